/* names.c - the names in Lua source, outside strings and comments. */
#include "tools/names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

bool lines_split(const char *text, size_t len, Lines *ls)
{
    int n = 1;
    for (size_t i = 0; i < len; i++) n += text[i] == '\n';
    ls->start = calloc((size_t)n + 2, sizeof *ls->start);
    ls->len = calloc((size_t)n + 2, sizeof *ls->len);
    ls->n = n;
    if (!ls->start || !ls->len) {
        ls->n = 0;
        return false;
    }
    const char *p = text, *end = text + len;
    for (int l = 1; l <= n; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        ls->start[l] = p;
        ls->len[l] = (int)((nl ? nl : end) - p);
        p = nl ? nl + 1 : end;
    }
    return true;
}

void lines_free(Lines *ls)
{
    free(ls->start);
    free(ls->len);
    ls->start = NULL;
    ls->len = NULL;
}

static bool word_start(char c) { return isalpha((unsigned char)c) || c == '_'; }
static bool word_char(char c) { return isalnum((unsigned char)c) || c == '_'; }

/* At "[[" or "[==[": the level (the count of '='), else -1. */
static int long_bracket(const char *p, const char *end)
{
    if (p >= end || *p != '[') return -1;
    int level = 0;
    for (p++; p < end && *p == '='; p++) level++;
    return p < end && *p == '[' ? level : -1;
}

/* Skips a long string or comment opened at p (level known): returns the end. */
static const char *skip_long(const char *p, const char *end, int level, int *line)
{
    for (p += level + 2; p < end; p++) {
        if (*p == '\n') (*line)++;
        if (*p != ']') continue;
        const char *q = p + 1;
        int eq = 0;
        while (q < end && *q == '=') q++, eq++;
        if (eq == level && q < end && *q == ']') return q + 1;
    }
    return end;
}

void names_scan(const char *text, size_t len, void (*fn)(const Name *name, void *ud), void *ud)
{
    const char *p = text, *end = text + len, *line_start = text;
    int line = 1, level;
    char before = 0;
    while (p < end) {
        char c = *p;
        if (c == '\n') {
            line++;
            line_start = ++p;
        } else if (c == '-' && p + 1 < end && p[1] == '-') { /* a comment, long or to the end of the line */
            if ((level = long_bracket(p + 2, end)) >= 0) {
                p = skip_long(p + 2, end, level, &line);
            } else {
                while (p < end && *p != '\n') p++;
            }
        } else if ((level = long_bracket(p, end)) >= 0) {
            int first = line;
            p = skip_long(p, end, level, &line);
            if (line != first) line_start = p; /* close enough: columns only matter at a line's start */
            before = ']';
        } else if (c == '"' || c == '\'') {
            for (p++; p < end && *p != c && *p != '\n'; p++)
                if (*p == '\\' && p + 1 < end && *++p == '\n') line++; /* an escaped newline */
            if (p < end && *p == c) p++;
            before = c;
        } else if (word_start(c)) {
            const char *w = p;
            while (p < end && word_char(*p)) p++;
            Name n = {w, (size_t)(p - w), line, (int)(w - line_start), before};
            fn(&n, ud);
            before = 'a';
        } else if (isdigit((unsigned char)c)) {
            while (p < end && (word_char(*p) || *p == '.')) p++;
            before = '0';
        } else {
            if (!isspace((unsigned char)c)) before = c;
            p++;
        }
    }
}
