/* interp.c - {placeholder} interpolation of variables, meters and pronouns.
 *
 * {word} is replaced; {Word} gives the same with its first letter capitalised;
 * {{ is a literal brace. Pronoun words are written in the "they" form, which
 * is also the form that needs no explaining: {they} {them} {their} {theirs}
 * {themself}, and for agreement {are} {were} {have} {do} {s} {es}. */
#include "core/interp.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

static const char *const PRONOUN_WORDS[] = {
    "they", "them", "their", "theirs", "themself", "are", "were", "have", "do", "s", "es", NULL,
};

static const char *const PRONOUN_FORMS[PRONOUN_COUNT][11] = {
    {"she", "her", "her", "hers", "herself", "is", "was", "has", "does", "s", "es"},
    {"he", "him", "his", "his", "himself", "is", "was", "has", "does", "s", "es"},
    {"they", "them", "their", "theirs", "themself", "are", "were", "have", "do", "", ""},
};

static const char *const LABELS[PRONOUN_COUNT] = {"she/her", "he/him", "they/them"};
static const char *const IDS[PRONOUN_COUNT] = {"she", "he", "they"};

const char *pronoun_label(Pronoun p) { return LABELS[p]; }
const char *pronoun_id(Pronoun p) { return IDS[p]; }

int pronoun_from_id(const char *id)
{
    for (int p = 0; p < PRONOUN_COUNT; p++)
        if (strcmp(IDS[p], id) == 0) return p;
    return -1;
}

static int pronoun_word(const char *word)
{
    for (int i = 0; PRONOUN_WORDS[i]; i++)
        if (strcmp(PRONOUN_WORDS[i], word) == 0) return i;
    return -1;
}

/* Scans a {word} at text (which points at '{'). Returns the length of the
 * whole placeholder including braces, or 0 if this is not one. */
static size_t scan_placeholder(const char *text, char *word, size_t wordlen)
{
    size_t n = 1;
    if (!(isalpha((unsigned char)text[n]) || text[n] == '_')) return 0;
    while (isalnum((unsigned char)text[n]) || text[n] == '_') n++;
    if (text[n] != '}' || n - 1 >= wordlen) return 0;
    memcpy(word, text + 1, n - 1);
    word[n - 1] = '\0';
    return n + 1;
}

/* Resolves word (maybe capitalised) to a slot: 0.. vars and meters,
 * -2 - i for pronoun word i, -1 when unknown. Sets *cap when the word was
 * capitalised to find it. */
static int resolve(const Story *s, char *word, bool *cap)
{
    *cap = false;
    int slot = story_slot(s, word);
    if (slot >= 0) return slot;
    int p = pronoun_word(word);
    if (p >= 0) return -2 - p;
    if (isupper((unsigned char)word[0])) {
        word[0] = (char)tolower((unsigned char)word[0]);
        *cap = true;
        slot = story_slot(s, word);
        if (slot >= 0) return slot;
        p = pronoun_word(word);
        if (p >= 0) return -2 - p;
        word[0] = (char)toupper((unsigned char)word[0]);
    }
    return -1;
}

bool interp_check(const Story *s, const char *text, char *bad, size_t badlen)
{
    char word[64];
    bool cap;
    for (const char *p = text; *p; p++) {
        if (p[0] == '{' && p[1] == '{') {
            p++;
            continue;
        }
        if (*p != '{') continue;
        size_t n = scan_placeholder(p, word, sizeof word);
        if (n == 0) continue;
        if (resolve(s, word, &cap) == -1) {
            snprintf(bad, badlen, "%s", word);
            return false;
        }
        p += n - 1;
    }
    return true;
}

void interp_format_value(const Value *v, char *buf, size_t size)
{
    switch (v->type) {
    case VAL_STRING: snprintf(buf, size, "%s", v->string ? v->string : ""); break;
    case VAL_BOOLEAN: snprintf(buf, size, "%s", v->boolean ? "true" : "false"); break;
    case VAL_NUMBER: {
        double n = v->number + 0.0; /* -0 reads as 0 */
        if (n == floor(n) && fabs(n) < 1e15)
            snprintf(buf, size, "%.0f", n);
        else
            snprintf(buf, size, "%.14g", n);
        break;
    }
    }
}

char *interp_fill(const InterpState *st, const char *text, char *bad, size_t badlen)
{
    Buf b = {0};
    char word[64], value[64];
    bool cap;
    buf_add(&b, "", 0);
    const char *p = text;
    while (*p) {
        const char *brace = strchr(p, '{');
        if (brace == NULL) {
            buf_add(&b, p, strlen(p));
            break;
        }
        buf_add(&b, p, (size_t)(brace - p));
        p = brace;
        if (p[1] == '{') {
            buf_add(&b, "{", 1);
            p += 2;
            continue;
        }
        size_t n = scan_placeholder(p, word, sizeof word);
        int slot = n ? resolve(st->story, word, &cap) : -1;
        if (slot == -1) {
            if (n && bad && badlen && bad[0] == '\0') snprintf(bad, badlen, "%s", word);
            buf_add(&b, p, n ? n : 1);
            p += n ? n : 1;
            continue;
        }
        const char *out = value; /* strings are copied whole, however long */
        if (slot <= -2) {
            out = PRONOUN_FORMS[st->pronoun][-2 - slot];
        } else if (slot < st->story->nvars && st->vars[slot].type == VAL_STRING) {
            out = st->vars[slot].string ? st->vars[slot].string : "";
        } else if (slot < st->story->nvars) {
            interp_format_value(&st->vars[slot], value, sizeof value);
        } else {
            Value m = {.type = VAL_NUMBER, .number = round(st->meters[slot - st->story->nvars])};
            interp_format_value(&m, value, sizeof value);
        }
        size_t len = strlen(out);
        if (cap && len > 0) {
            char first = (char)toupper((unsigned char)out[0]);
            buf_add(&b, &first, 1);
            buf_add(&b, out + 1, len - 1);
        } else {
            buf_add(&b, out, len);
        }
        p += n;
    }
    return buf_take(&b);
}
