/* check.c - static checks: the scene graph and a scan of the source.
 *
 * Everything here reads the model and the source text; no Lua runs. What
 * depends on conditions (code) is left to randomtest and quicktest, and what
 * comes from scanning the source says it is a guess. */
#include "tools/check.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "tools/graph.h"
#include "tools/names.h"

/* ------------------------------------------------------------- reports */

static void add(CheckReport *r, DiagLevel level, int file, int line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Diagnostic *d = realloc(r->items, sizeof *d * (size_t)(r->count + 1));
    char *copy = strdup(msg);
    if (d == NULL || copy == NULL) {
        free(copy);
        if (d) r->items = d;
        return;
    }
    r->items = d;
    r->items[r->count++] = (Diagnostic){level, file, line, copy};
    if (level == DIAG_ERROR) r->errors++;
    else if (level == DIAG_WARNING) r->warnings++;
}

static int cmp_diag(const void *a, const void *b)
{
    const Diagnostic *x = a, *y = b;
    if (x->file != y->file) return x->file - y->file;
    return x->line != y->line ? (x->line > y->line) - (x->line < y->line) : (int)x->level - (int)y->level;
}

void check_free(CheckReport *r)
{
    for (int i = 0; i < r->count; i++) free(r->items[i].message);
    free(r->items);
    memset(r, 0, sizeof *r);
}

/* ----------------------------------------------------- the scene checks */

static void check_graph(const Story *s, const Graph *g, CheckReport *r)
{
    bool *reach = calloc((size_t)s->nscenes + 1, sizeof *reach);
    bool *ends = calloc((size_t)s->nscenes + 1, sizeof *ends);
    if (!reach || !ends) goto done;
    graph_reach(g, s->start, reach);
    bool computed = false;
    for (int i = 0; i < s->nscenes; i++) computed = computed || (reach[i] && g->computed[i]);
    /* Which scenes can still reach an ending: grow from the endings. A
     * computed go may lead to one: no reading of the source can say. */
    for (int i = 0; i < s->nscenes; i++) ends[i] = s->scenes[i].is_ending || g->computed[i];
    for (bool grew = true; grew;) {
        grew = false;
        for (int i = 0; i < s->nscenes; i++)
            for (int k = 0; k < g->n[i] && !ends[i]; k++)
                if (ends[g->to[i][k]]) ends[i] = grew = true;
    }
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        const char *what = sc->is_ending ? "ending" : "scene";
        if (!reach[i] && computed)
            add(r, DIAG_NOTE, sc->file, sc->line, "%s '%s' is not judged: only a computed go could lead to it (randomtest "
                "and quicktest show where they lead)", what, sc->name);
        else if (!reach[i])
            add(r, DIAG_WARNING, sc->file, sc->line, "%s '%s' can never be reached from the start", what, sc->name);
        else if (!ends[i])
            add(r, DIAG_ERROR, sc->file, sc->line, "scene '%s' can never lead to an ending: a loop with no way out", sc->name);
    }
done:
    free(reach);
    free(ends);
}

static void check_choices(const Story *s, CheckReport *r)
{
    bool notes = false; /* the story's own rule: every change of a meter says what it taught */
    for (int i = 0; i < s->nrules; i++) notes = notes || s->rules[i].kind == RULE_NOTES;
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        bool can_empty = sc->nchoices > 0, fallback = false;
        for (int c = 0; c < sc->nchoices; c++) {
            const Choice *ch = &sc->choices[c];
            fallback = fallback || ch->fallback;
            if (!ch->once && ch->when_fn == STORY_NOREF && ch->available_fn == STORY_NOREF) can_empty = false;
            if (notes && ch->nchanges > 0 && ch->note == NULL)
                add(r, DIAG_WARNING, ch->file, ch->line, "choice '%s' changes %s but has no note to say what it taught (the "
                    "story's rule)", ch->label, s->meters[ch->changes[0].meter].name);
            for (int d = 0; d < c; d++)
                if (strcmp(sc->choices[d].label, ch->label) == 0)
                    add(r, DIAG_WARNING, ch->file, ch->line, "scene '%s' has two choices labelled '%s' (the other on line %d)",
                        sc->name, ch->label, sc->choices[d].line);
        }
        if (can_empty && !fallback)
            add(r, DIAG_WARNING, sc->file, sc->line,
                "scene '%s': every choice is once-only or conditional, so all can be gone at once, and there "
                "is no fallback (conditions are not run here; randomtest and quicktest run them)",
                sc->name);
    }
}

/* --------------------------------------------------- names in the source */

static bool is_word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

static bool pronoun_or_api(const char *name)
{
    return strcmp(name, "pronoun") == 0 || strcmp(name, "here") == 0;
}

/* Scans for s.NAME and state.NAME (a guess at how functions name their
 * argument) and {NAME}; marks declared names used, reports the others. */
static void check_names(const Story *s, CheckReport *r)
{
    int nslots = s->nvars + s->nmeters;
    bool *used = calloc((size_t)nslots + 1, sizeof *used);
    if (used == NULL) return;
    for (int file = 0; file < s->nfiles; file++) {
        Lines lines, *ls = &lines;
        lines_split(s->texts[file], s->lens[file], ls);
        for (int l = 1; l <= ls->n; l++) {
            const char *p = ls->start[l], *end = p + ls->len[l];
            for (const char *q = p; q < end; q++) {
                if (q + 1 < end && q[0] == '-' && q[1] == '-') break; /* a comment */
                size_t skip = 0;
                if (*q == '{') skip = 1;
                else if (q + 1 < end && *q == 's' && q[1] == '.' && (q == p || !is_word_char(q[-1]))) skip = 2;
                else if (q + 5 < end && strncmp(q, "state.", 6) == 0 && (q == p || !is_word_char(q[-1]))) skip = 6;
                if (!skip) continue;
                const char *w = q + skip, *we = w;
                while (we < end && is_word_char(*we)) we++;
                char name[64];
                size_t n = (size_t)(we - w);
                if (n == 0 || n >= sizeof name || isdigit((unsigned char)*w)) continue;
                memcpy(name, w, n);
                name[n] = '\0';
                if (skip == 1 && isupper((unsigned char)name[0])) name[0] = (char)tolower((unsigned char)name[0]);
                int slot = story_slot(s, name);
                if (slot >= 0) used[slot] = true;
                else if (skip > 1 && !pronoun_or_api(name))
                    add(r, DIAG_WARNING, file, l, "'%s' is not a declared variable or meter (a guess from scanning "
                                                  "for s.%s)", name, name);
            }
        }
        lines_free(ls);
    }
    for (int i = 0; i < s->nscenes; i++)
        if (s->scenes[i].ask) used[s->scenes[i].ask->var] = true;
    for (int i = 0; i < s->nscenes; i++)
        for (int c = 0; c < s->scenes[i].nchoices; c++)
            for (int k = 0; k < s->scenes[i].choices[c].nchanges; k++)
                used[s->nvars + s->scenes[i].choices[c].changes[k].meter] = true;
    for (int i = 0; i < nslots; i++)
        if (!used[i])
            add(r, DIAG_WARNING, 0, s->line, "%s '%s' is declared but never used (a guess from scanning the source)",
                i < s->nvars ? "variable" : "meter", i < s->nvars ? s->vars[i].name : s->meters[i - s->nvars].name);
    free(used);
}

/* ------------------------------------- helpers used above their definition */

/* A local function is known only below the line that defines it: a scene
 * function above that calls it finds a global that is not there, and the
 * play stops with "not defined". Definitions are found at the left margin:
 * `local function NAME` and `local NAME = function`; a global of the name
 * (`function NAME`, `NAME = ...`) anywhere clears it. */
typedef struct {
    const char *name;
    size_t len;
    int line;
    bool global;
} Def;

typedef struct {
    Def defs[256];
    int n;
    int step;             /* where in a definition the names so far are */
    const Name *prev;     /* the name before, in the definitions pass */
    Name last;
    int file;
    CheckReport *r;
    bool reported[256];
} Helpers;

static bool is(const Name *n, const char *word)
{
    return n->len == strlen(word) && memcmp(n->start, word, n->len) == 0;
}

static void add_def(Helpers *h, const Name *n, bool global)
{
    for (int i = 0; i < h->n; i++)
        if (h->defs[i].len == n->len && memcmp(h->defs[i].name, n->start, n->len) == 0) {
            h->defs[i].global |= global;
            return;
        }
    if (h->n < 256) h->defs[h->n++] = (Def){n->start, n->len, n->line, global};
}

/* Pass 1: `local function X`, `local X = function`, `function X`, `X = `. */
static void find_defs(const Name *n, void *ud)
{
    Helpers *h = ud;
    switch (h->step) {
    case 1: /* after "local" at the margin */
        h->step = is(n, "function") ? 2 : 3;
        if (h->step == 3) h->last = *n;
        return;
    case 2: add_def(h, n, false); break;                         /* local function X */
    case 3: if (is(n, "function") && n->before == '=') add_def(h, &h->last, false); break; /* local X = function */
    case 4: if (n->before == 'a') add_def(h, n, true); break;    /* function X */
    }
    h->step = 0;
    if (n->column == 0 && is(n, "local")) h->step = 1;
    else if (n->column == 0 && is(n, "function")) h->step = 4;
}

/* Pass 2: a use above every definition of the name. */
static void find_uses(const Name *n, void *ud)
{
    Helpers *h = ud;
    if (n->before == '.' || n->before == ':') return;
    for (int i = 0; i < h->n; i++) {
        Def *d = &h->defs[i];
        if (d->global || d->len != n->len || memcmp(d->name, n->start, n->len) != 0) continue;
        if (n->line < d->line && !h->reported[i]) {
            h->reported[i] = true;
            add(h->r, DIAG_WARNING, h->file, n->line,
                "'%.*s' is used above the line that defines it (%d): a local function is known only below its "
                "definition, so move it up", (int)n->len, n->start, d->line);
        }
    }
}

/* Pass 1b: a global assignment `X = ...` at the margin clears X. */
static void find_globals(const Name *n, void *ud)
{
    Helpers *h = ud;
    if (h->prev && h->prev->column == 0 && h->prev->line == n->line && n->before == '=')
        for (int i = 0; i < h->n; i++)
            if (h->defs[i].len == h->prev->len && memcmp(h->defs[i].name, h->prev->start, h->prev->len) == 0 &&
                h->defs[i].line != h->prev->line)
                h->defs[i].global = true;
    h->last = *n;
    h->prev = &h->last;
}

static void check_helpers(const Story *s, CheckReport *r)
{
    Helpers *h = malloc(sizeof *h);
    for (int f = 0; h && f < s->nfiles; f++) {
        memset(h, 0, sizeof *h);
        h->file = f;
        h->r = r;
        names_scan(s->texts[f], s->lens[f], find_defs, h);
        names_scan(s->texts[f], s->lens[f], find_globals, h);
        names_scan(s->texts[f], s->lens[f], find_uses, h);
    }
    free(h);
}

/* ----------------------------------------------------------- encoding */

#define ENCODING_LINES_MAX 10 /* lines named per file; then one count */

/* Text that is not UTF-8 (Latin-1, a Windows code page) plays, each bad
 * byte shown as U+FFFD: say where, and how to fix it. */
static void check_encoding(const Story *s, CheckReport *r)
{
    for (int f = 0; f < s->nfiles; f++) {
        const char *text = s->texts[f], *end = text + s->lens[f];
        int line = 1, bad = 0;
        for (const char *p = text; p < end; line++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p)), *eol = nl ? nl : end;
            const char *at = text_invalid_utf8(p, (size_t)(eol - p));
            if (at && ++bad <= ENCODING_LINES_MAX)
                add(r, DIAG_WARNING, f, line, "not UTF-8 (byte 0x%02X at column %d): it shows as \xEF\xBF\xBD; save "
                    "the file as UTF-8", (unsigned char)*at, (int)(at - p) + 1);
            p = eol + 1;
        }
        if (bad > ENCODING_LINES_MAX)
            add(r, DIAG_WARNING, f, line - 1, "not UTF-8 on %d more lines", bad - ENCODING_LINES_MAX);
    }
}

void check_story(const Story *s, CheckReport *out)
{
    Graph g = {0};
    memset(out, 0, sizeof *out);
    if (graph_build(s, &g)) check_graph(s, &g, out);
    check_choices(s, out);
    check_names(s, out);
    check_helpers(s, out);
    check_encoding(s, out);
    graph_free(&g);
    if (out->count > 1) qsort(out->items, (size_t)out->count, sizeof *out->items, cmp_diag);
}
