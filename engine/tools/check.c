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

/* ------------------------------------------------------------- reports */

static void add(CheckReport *r, DiagLevel level, int line, const char *fmt, ...)
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
    r->items[r->count++] = (Diagnostic){level, line, copy};
    if (level == DIAG_ERROR) r->errors++;
    else r->warnings++;
}

static int cmp_diag(const void *a, const void *b)
{
    const Diagnostic *x = a, *y = b;
    return x->line != y->line ? (x->line > y->line) - (x->line < y->line) : (int)x->level - (int)y->level;
}

void check_free(CheckReport *r)
{
    for (int i = 0; i < r->count; i++) free(r->items[i].message);
    free(r->items);
    memset(r, 0, sizeof *r);
}

/* -------------------------------------------------------------- source */

/* The source split into lines (not NUL-terminated: use lengths). */
typedef struct {
    const char **start;
    int *len;
    int n;
} Lines;

static void split_lines(const char *text, size_t len, Lines *ls)
{
    int n = 1;
    for (size_t i = 0; i < len; i++) n += text[i] == '\n';
    ls->start = malloc(sizeof *ls->start * (size_t)n);
    ls->len = malloc(sizeof *ls->len * (size_t)n);
    ls->n = 0;
    if (ls->start == NULL || ls->len == NULL) return;
    const char *p = text, *end = text + len;
    while (p <= end && ls->n < n) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL) nl = end;
        ls->start[ls->n] = p;
        ls->len[ls->n++] = (int)(nl - p);
        p = nl + 1;
    }
}

static void free_lines(Lines *ls)
{
    free(ls->start);
    free(ls->len);
}

/* True when the text before a quote at q declares or names a target
 * statically (scene "x", go = "x", ...): such quotes are not code. */
static bool declaration_quote(const char *line, const char *q)
{
    static const char *const heads[] = {"scene", "ending", "go =", "go=", "call =", "call=", "start =",
                                        "start=", "into =", "into=", "storylets", "group =", "group=", NULL};
    while (q > line && (q[-1] == ' ' || q[-1] == '\t')) q--;
    for (int i = 0; heads[i]; i++) {
        size_t n = strlen(heads[i]);
        if ((size_t)(q - line) >= n && strncmp(q - n, heads[i], n) == 0) return true;
    }
    return false;
}

/* The scenes a `go` function may lead to, as a guess: every scene whose name
 * is quoted in code anywhere in the source (helpers included), as opposed to
 * in declarations. Sets code_scenes[i]. */
static void quoted_scenes(const Story *s, const Lines *ls, bool *code_scenes)
{
    for (int l = 0; l < ls->n; l++) {
        const char *line = ls->start[l], *p = line, *end = p + ls->len[l];
        while (p < end) {
            if (p + 1 < end && p[0] == '-' && p[1] == '-') break; /* a comment */
            if (*p != '"' && *p != '\'') {
                p++;
                continue;
            }
            const char *open = p;
            char q = *p++;
            const char *close = memchr(p, q, (size_t)(end - p));
            if (close == NULL) break;
            char name[128];
            size_t n = (size_t)(close - p);
            if (n < sizeof name && !declaration_quote(line, open)) {
                memcpy(name, p, n);
                name[n] = '\0';
                int sc = story_scene(s, name);
                if (sc >= 0) code_scenes[sc] = true;
            }
            p = close + 1;
        }
    }
}

/* --------------------------------------------------------------- graph */

typedef struct {
    int **to;     /* per scene: the scenes it can lead to */
    int *n, *cap;
    int nscenes;
} Graph;

static void edge(Graph *g, int from, int to)
{
    if (to < 0) return;
    for (int i = 0; i < g->n[from]; i++)
        if (g->to[from][i] == to) return;
    if (g->n[from] == g->cap[from]) {
        int cap = g->cap[from] ? 2 * g->cap[from] : 4;
        int *grown = realloc(g->to[from], sizeof *grown * (size_t)cap);
        if (grown == NULL) return;
        g->to[from] = grown;
        g->cap[from] = cap;
    }
    g->to[from][g->n[from]++] = to;
}

static bool build_graph(const Story *s, const Lines *ls, Graph *g)
{
    g->nscenes = s->nscenes;
    g->to = calloc((size_t)s->nscenes + 1, sizeof *g->to);
    g->n = calloc((size_t)s->nscenes + 1, sizeof *g->n);
    g->cap = calloc((size_t)s->nscenes + 1, sizeof *g->cap);
    if (!g->to || !g->n || !g->cap) return false;
    /* Where every `back` may return: the return points of all calls. */
    int *returns = malloc(sizeof *returns * ((size_t)s->nchoices + 1));
    bool *code_scenes = calloc((size_t)s->nscenes + 1, sizeof *code_scenes);
    int nreturns = 0;
    if (returns == NULL || code_scenes == NULL) {
        free(returns);
        free(code_scenes);
        return false;
    }
    quoted_scenes(s, ls, code_scenes);
    for (int i = 0; i < s->nscenes; i++)
        for (int c = 0; c < s->scenes[i].nchoices; c++) {
            const Choice *ch = &s->scenes[i].choices[c];
            if (ch->call >= 0) returns[nreturns++] = ch->target_name || ch->go_fn != STORY_NOREF ? ch->target : i;
        }
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (sc->ask) edge(g, i, sc->ask->target);
        for (int c = 0; c < sc->nchoices; c++) {
            const Choice *ch = &sc->choices[c];
            edge(g, i, ch->call >= 0 ? ch->call : ch->target);
            if (ch->call >= 0 && !ch->target_name && ch->go_fn == STORY_NOREF) edge(g, i, i);
            if (ch->call >= 0) edge(g, i, ch->target);
            if (ch->group >= 0)
                for (int k = 0; k < s->groups[ch->group].nscenes; k++) edge(g, i, s->groups[ch->group].scenes[k]);
            if (ch->go_fn != STORY_NOREF)
                for (int k = 0; k < s->nscenes; k++)
                    if (code_scenes[k]) edge(g, i, k);
            if (ch->back)
                for (int k = 0; k < nreturns; k++) edge(g, i, returns[k]);
        }
    }
    free(returns);
    free(code_scenes);
    return true;
}

static void free_graph(Graph *g)
{
    for (int i = 0; g->to && i < g->nscenes; i++) free(g->to[i]);
    free(g->to);
    free(g->n);
    free(g->cap);
}

static void reach_from(const Graph *g, int from, bool *reach)
{
    int *stack = malloc(sizeof *stack * ((size_t)g->nscenes + 1));
    int top = 0;
    memset(reach, 0, sizeof *reach * (size_t)g->nscenes);
    if (stack == NULL || from < 0) {
        free(stack);
        return;
    }
    reach[from] = true;
    stack[top++] = from;
    while (top > 0) {
        int v = stack[--top];
        for (int i = 0; i < g->n[v]; i++)
            if (!reach[g->to[v][i]]) {
                reach[g->to[v][i]] = true;
                stack[top++] = g->to[v][i];
            }
    }
    free(stack);
}

void check_reachable(const Story *s, const char *text, size_t len, int from, bool *reach)
{
    Lines ls;
    Graph g = {0};
    split_lines(text, len, &ls);
    if (build_graph(s, &ls, &g)) reach_from(&g, from, reach);
    free_graph(&g);
    free_lines(&ls);
}

/* ----------------------------------------------------- the scene checks */

static void check_graph(const Story *s, const Graph *g, CheckReport *r)
{
    bool *reach = calloc((size_t)s->nscenes + 1, sizeof *reach);
    bool *ends = calloc((size_t)s->nscenes + 1, sizeof *ends);
    if (!reach || !ends) goto done;
    reach_from(g, s->start, reach);
    /* Which scenes can still reach an ending: grow from the endings. */
    for (int i = 0; i < s->nscenes; i++) ends[i] = s->scenes[i].is_ending;
    for (bool grew = true; grew;) {
        grew = false;
        for (int i = 0; i < s->nscenes; i++)
            for (int k = 0; k < g->n[i] && !ends[i]; k++)
                if (ends[g->to[i][k]]) ends[i] = grew = true;
    }
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (!reach[i])
            add(r, DIAG_WARNING, sc->line, "%s '%s' can never be reached from the start", sc->is_ending ? "ending" : "scene",
                sc->name);
        else if (!ends[i])
            add(r, DIAG_ERROR, sc->line, "scene '%s' can never lead to an ending: a loop with no way out", sc->name);
    }
done:
    free(reach);
    free(ends);
}

static void check_choices(const Story *s, CheckReport *r)
{
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        bool can_empty = sc->nchoices > 0, fallback = false;
        for (int c = 0; c < sc->nchoices; c++) {
            const Choice *ch = &sc->choices[c];
            fallback = fallback || ch->fallback;
            if (!ch->once && ch->when_fn == STORY_NOREF && ch->available_fn == STORY_NOREF) can_empty = false;
            if (ch->nchanges > 0 && ch->note == NULL)
                add(r, DIAG_WARNING, ch->line, "choice '%s' changes %s but has no note to say what it taught",
                    ch->label, s->meters[ch->changes[0].meter].name);
            for (int d = 0; d < c; d++)
                if (strcmp(sc->choices[d].label, ch->label) == 0)
                    add(r, DIAG_WARNING, ch->line, "scene '%s' has two choices labelled '%s' (the other on line %d)",
                        sc->name, ch->label, sc->choices[d].line);
        }
        if (can_empty && !fallback)
            add(r, DIAG_WARNING, sc->line,
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
    return strcmp(name, "pronoun") == 0;
}

/* Scans for s.NAME and state.NAME (a guess at how functions name their
 * argument) and {NAME}; marks declared names used, reports the others. */
static void check_names(const Story *s, const Lines *ls, CheckReport *r)
{
    int nslots = s->nvars + s->nmeters;
    bool *used = calloc((size_t)nslots + 1, sizeof *used);
    if (used == NULL) return;
    for (int l = 0; l < ls->n; l++) {
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
            if (skip == 1 && (we >= end || *we != '}')) continue;
            if (skip == 1 && isupper((unsigned char)name[0])) name[0] = (char)tolower((unsigned char)name[0]);
            int slot = story_slot(s, name);
            if (slot >= 0) used[slot] = true;
            else if (skip > 1 && !pronoun_or_api(name))
                add(r, DIAG_WARNING, l + 1, "'%s' is not a declared variable or meter (a guess from scanning "
                                            "for s.%s)", name, name);
        }
    }
    for (int i = 0; i < s->nscenes; i++)
        if (s->scenes[i].ask) used[s->scenes[i].ask->var] = true;
    for (int i = 0; i < s->nscenes; i++)
        for (int c = 0; c < s->scenes[i].nchoices; c++)
            for (int k = 0; k < s->scenes[i].choices[c].nchanges; k++)
                used[s->nvars + s->scenes[i].choices[c].changes[k].meter] = true;
    for (int i = 0; i < nslots; i++)
        if (!used[i])
            add(r, DIAG_WARNING, s->line, "%s '%s' is declared but never used (a guess from scanning the source)",
                i < s->nvars ? "variable" : "meter", i < s->nvars ? s->vars[i].name : s->meters[i - s->nvars].name);
    free(used);
}

void check_story(const Story *s, const char *text, size_t len, CheckReport *out)
{
    Lines ls;
    Graph g = {0};
    memset(out, 0, sizeof *out);
    split_lines(text, len, &ls);
    if (build_graph(s, &ls, &g)) check_graph(s, &g, out);
    check_choices(s, out);
    check_names(s, &ls, out);
    free_graph(&g);
    free_lines(&ls);
    if (out->count > 1) qsort(out->items, (size_t)out->count, sizeof *out->items, cmp_diag);
}
