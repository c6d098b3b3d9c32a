/* coverage.c - the coverage report: never-run ranges, or the story annotated
 * with hit counts. A line "has code" when a function that ran holds it; code
 * in functions that never ran at all is not known to the engine, so it is
 * not listed. The lines of a scene's own declaration count as run as often
 * as a play entered the scene. */
#include "tools/coverage.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The source split into lines, 1-based. */
typedef struct {
    const char **start;
    int *len;
    int n;
} Lines;

static bool split(const char *text, size_t len, Lines *ls)
{
    int n = 1;
    for (size_t i = 0; i < len; i++) n += text[i] == '\n';
    ls->start = calloc((size_t)n + 2, sizeof *ls->start);
    ls->len = calloc((size_t)n + 2, sizeof *ls->len);
    ls->n = n;
    if (!ls->start || !ls->len) return false;
    const char *p = text, *end = text + len;
    for (int l = 1; l <= n; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        ls->start[l] = p;
        ls->len[l] = (int)((nl ? nl : end) - p);
        p = nl ? nl + 1 : end;
    }
    return true;
}

/* True for a line with nothing but spaces, punctuation or a comment. */
static bool empty_line(const char *s, int n)
{
    for (int i = 0; i < n; i++) {
        if (s[i] == '-' && i + 1 < n && s[i + 1] == '-') return true;
        if (!strchr(" \t{}(),;", s[i])) return false;
    }
    return true;
}

/* True for a line that only closes a function ("end", "end,", "end)"):
 * Lua counts it as code, but it runs only when the function falls off its
 * end, so a function that always returns would show it as never run. */
static bool closing_end(const char *s, int n)
{
    int i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    if (n - i < 3 || strncmp(s + i, "end", 3) != 0) return false;
    for (i += 3; i < n; i++)
        if (!strchr(" \t,;)}", s[i])) return false;
    return true;
}

/* Per line: the scene whose declaration holds it, or -1. A declaration runs
 * from its line to its closing brace at the start of a line, or to the line
 * before the next thing written at the left margin. */
static int *scene_of_lines(const Story *s, const Lines *ls)
{
    int *of = malloc(sizeof *of * ((size_t)ls->n + 2));
    if (of == NULL) return NULL;
    for (int l = 0; l <= ls->n + 1; l++) of[l] = -1;
    for (int i = 0; i < s->nscenes; i++) {
        int l = s->scenes[i].line;
        if (s->scenes[i].file != 0 || l < 1 || l > ls->n) continue;
        of[l] = i;
        for (l++; l <= ls->n; l++) {
            char first = ls->len[l] ? ls->start[l][0] : ' ';
            if (first == '}') {
                of[l] = i;
                break;
            }
            if (first != ' ' && first != '\t' && !empty_line(ls->start[l], ls->len[l])) break;
            of[l] = i;
        }
    }
    return of;
}

int coverage_report(const Story *s, const long *hits, const unsigned char *code, int n, const long *visits,
                    const char *annotate)
{
    const char *text = s->texts[0];
    size_t len = s->lens[0];
    Lines ls = {0};
    int *scene = NULL;
    long *count = NULL; /* per line: times run, or -1 for a line without code */
    int status = 1;
    if (!split(text, len, &ls) || (scene = scene_of_lines(s, &ls)) == NULL ||
        (count = malloc(sizeof *count * ((size_t)ls.n + 2))) == NULL) {
        fprintf(stderr, "rekindle: out of memory\n");
        goto done;
    }
    int with_code = 0, ran = 0;
    for (int l = 1; l <= ls.n; l++) {
        bool fn = l < n && ((code[l] && !closing_end(ls.start[l], ls.len[l])) || hits[l] > 0);
        if (fn) count[l] = hits[l];
        else if (scene[l] >= 0 && visits && !empty_line(ls.start[l], ls.len[l])) count[l] = visits[scene[l]];
        else count[l] = -1;
        with_code += count[l] >= 0;
        ran += count[l] > 0;
    }
    printf("\nCoverage: %d of %d lines with code or scene text ran (%.1f%%)\n", ran, with_code,
           with_code ? 100.0 * ran / with_code : 100.0);
    int start = 0;
    bool any = false;
    for (int l = 1; l <= ls.n + 1; l++) {
        bool dead = l <= ls.n && count[l] == 0;
        if (dead && !start) start = l;
        if (!dead && start) {
            if (!any) printf("Never run\n");
            any = true;
            if (start == l - 1) printf("  %s:%d\n", s->path, start);
            else printf("  %s:%d-%d\n", s->path, start, l - 1);
            start = 0;
        }
    }
    status = 0;
    if (annotate == NULL) goto done;
    FILE *out = strcmp(annotate, "-") == 0 ? stdout : fopen(annotate, "w");
    if (out == NULL) {
        fprintf(stderr, "rekindle: cannot write %s: %s\n", annotate, strerror(errno));
        status = 1;
        goto done;
    }
    for (int l = 1; l <= ls.n; l++) {
        if (l == ls.n && ls.len[l] == 0) break; /* the file's last newline */
        if (count[l] > 0) fprintf(out, "%9ld: %.*s\n", count[l], ls.len[l], ls.start[l]);
        else if (count[l] == 0) fprintf(out, "    #####: %.*s\n", ls.len[l], ls.start[l]);
        else fprintf(out, "        -: %.*s\n", ls.len[l], ls.start[l]);
    }
    if (out == stdout) {
        printf("\n");
    } else if (ferror(out) | fclose(out)) { /* both: fclose must run */
        fprintf(stderr, "rekindle: cannot write %s: %s\n", annotate, strerror(errno ? errno : EIO));
        status = 1;
    }
done:
    free(ls.start);
    free(ls.len);
    free(scene);
    free(count);
    return status;
}
