/* story.c - the story model once declared: its checks (names resolved,
 * placeholders known, storylet groups gathered), its lookups, and freeing.
 * No Lua here: the language that builds the model is lang.c's. */
#include "core/story.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "base/suggest.h"
#include "core/template.h"
#include "core/value.h"

/* ------------------------------------------------------------ problems */

void story_problem(Buf *out, const char *path, int line, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    buf_printf(out, "%s:%d: %s\n", path, line, msg);
}

/* ---------------------------------------------------------- validation */

typedef struct {
    Story *story;
    int file;             /* of the declaration being checked */
    Buf *out;
} Checker;

#define PROBLEM(k, line, ...) story_problem((k)->out, story_path((k)->story, (k)->file), line, __VA_ARGS__)

/* Resolves a target scene name, reporting unknown ones with a suggestion. */
static int resolve_target(Checker *k, const char *name, int line, const char *what)
{
    Story *s = k->story;
    int t = story_scene(s, name);
    if (t >= 0) return t;
    const char **names = malloc(sizeof *names * (size_t)(s->nscenes + 1));
    char hint[96] = "";
    if (names) {
        for (int i = 0; i < s->nscenes; i++) names[i] = s->scenes[i].name;
        suggest(hint, sizeof hint, name, names, s->nscenes);
        free(names);
    }
    PROBLEM(k, line, "%s leads to unknown scene '%s'%s", what, name, hint);
    return -1;
}

/* The line where `pat` ("{word}") is written: the first one at or after line `from`
 * (the declaration holding the text) and before the next scene declared
 * below it. Paragraphs and notes record no line of their own; when the text
 * was built elsewhere, the declaration's line is the best there is. */
static int placeholder_line(const Checker *k, int from, const char *pat)
{
    int to = INT_MAX;
    for (int i = 0; i < k->story->nscenes; i++)
        if (k->story->scenes[i].line > from && k->story->scenes[i].line < to) to = k->story->scenes[i].line;
    size_t n = strlen(pat);
    const char *p = k->story->texts[k->file], *end = p + k->story->lens[k->file];
    int line = 1;
    for (; p < end && line < from; p++) line += *p == '\n';
    for (; p + n <= end && line < to; p++) {
        if (memcmp(p, pat, n) == 0) return line;
        line += *p == '\n';
    }
    return from;
}

/* Compiles a text of the story; a mistake is reported at the line where the
 * brace group at fault is written. */
static Template *compile(Checker *k, const char *text, int line, const char *what, bool alternatives)
{
    char err[300], where[80];
    if (text == NULL) return NULL;
    Template *t = template_compile(k->story, text, alternatives, err, sizeof err, where, sizeof where);
    if (t == NULL) PROBLEM(k, where[0] ? placeholder_line(k, line, where) : line, "%s: %s", what, err);
    return t;
}

static void compile_paragraphs(Checker *k, Paragraph *paras, int n, const char *what)
{
    for (int p = 0; p < n; p++) {
        Paragraph *para = &paras[p];
        k->file = para->file;
        para->tmpl = compile(k, para->text, para->line, what, true);
        if (para->nalts && (para->alt_tmpls = calloc((size_t)para->nalts, sizeof *para->alt_tmpls)) == NULL) {
            PROBLEM(k, para->line, "out of memory");
            continue;
        }
        for (int a = 0; a < para->nalts; a++) para->alt_tmpls[a] = compile(k, para->alts[a], para->line, what, true);
    }
}

/* Scene lookups: a hash table of scene indices by name (open addressing,
 * linear probing, at most half full), kept as each scene is declared, so
 * that declaring a scene never scans the earlier ones and a story of any
 * size loads in time linear in its size. */
static size_t name_slot(const char *name, size_t nslots)
{
    return (size_t)hash_bytes(HASH_START, name, strlen(name)) & (nslots - 1);
}

static void slot_in(int *slots, size_t nslots, const Story *s, int i)
{
    size_t at = name_slot(s->scenes[i].name, nslots);
    while (slots[at]) at = (at + 1) & (nslots - 1);
    slots[at] = i + 1;
}

bool story_index_scene(Story *s)
{
    if ((size_t)s->nscenes * 2 > s->nslots) {
        size_t n = s->nslots ? s->nslots * 2 : 64;
        int *slots = calloc(n, sizeof *slots);
        if (slots == NULL) return false;
        for (int i = 0; i < s->nscenes - 1; i++) slot_in(slots, n, s, i);
        free(s->slots);
        s->slots = slots;
        s->nslots = n;
    }
    slot_in(s->slots, s->nslots, s, s->nscenes - 1);
    return true;
}

static int find_group(const Story *s, const char *name)
{
    for (int g = 0; g < s->ngroups; g++)
        if (strcmp(s->groups[g].name, name) == 0) return g;
    return -1;
}

/* Gathers the scenes that name a storylet group, in declaration order. */
static void build_groups(Checker *k)
{
    Story *s = k->story;
    for (int i = 0; i < s->nscenes; i++) {
        Scene *sc = &s->scenes[i];
        if (sc->group_name == NULL) continue;
        k->file = sc->file;
        /* Reported, but the group is still made: a choice naming it does
         * have candidates, and saying otherwise would mislead. */
        if (story_scene(s, sc->group_name) >= 0)
            PROBLEM(k, sc->line, "%s '%s': its group '%s' has the name of a scene", sc->is_ending ? "ending" : "scene",
                    sc->name, sc->group_name);
        int g = find_group(s, sc->group_name);
        if (g < 0) {
            StoryletGroup *grown = realloc(s->groups, sizeof *grown * (size_t)(s->ngroups + 1));
            if (grown) s->groups = grown;
            char *name = grown ? strdup(sc->group_name) : NULL;
            if (name == NULL) {
                PROBLEM(k, sc->line, "out of memory");
                return;
            }
            g = s->ngroups++;
            s->groups[g] = (StoryletGroup){name, NULL, 0};
        }
        StoryletGroup *grp = &s->groups[g];
        int *grown = realloc(grp->scenes, sizeof *grown * (size_t)(grp->nscenes + 1));
        if (grown == NULL) {
            PROBLEM(k, sc->line, "out of memory");
            return;
        }
        grp->scenes = grown;
        grp->scenes[grp->nscenes++] = i;
        sc->group = g;
    }
}

static int find_achievement(const Story *s, const char *id)
{
    for (int i = 0; i < s->nachievements; i++)
        if (strcmp(s->achievements[i].id, id) == 0) return i;
    return -1;
}

static void check_choice(Checker *k, Scene *sc, Choice *ch, int *fallbacks)
{
    Story *s = k->story;
    char what[128];
    snprintf(what, sizeof what, "choice '%s'", ch->label);
    k->file = ch->file;
    ch->label_t = compile(k, ch->label, ch->line, what, true);
    ch->note_t = compile(k, ch->note, ch->line, what, true);
    ch->reason_t = compile(k, ch->reason, ch->line, what, true);
    compile_paragraphs(k, ch->content, ch->ncontent, what);
    k->file = ch->file;
    if (ch->fallback && ++*fallbacks == 2)
        PROBLEM(k, ch->line, "%s: scene '%s' already has a fallback choice", what, sc->name);
    if (ch->call_name) ch->call = resolve_target(k, ch->call_name, ch->line, what);
    if (ch->achieve && (ch->achievement = find_achievement(s, ch->achieve)) < 0)
        PROBLEM(k, ch->line, "%s: no achievement '%s' is declared", what, ch->achieve);
    if (ch->group == STORY_GROUP_UNRESOLVED) {
        ch->group = find_group(s, ch->target_name);
        if (ch->group < 0)
            PROBLEM(k, ch->line, "%s: storylet group '%s' has no candidates (no scene has group = \"%s\")", what,
                    ch->target_name, ch->target_name);
    } else if (ch->target_name) {
        ch->target = resolve_target(k, ch->target_name, ch->line, what);
    }
}

/* Compiles a scene's texts and resolves where it flows. */
static void check_scene(Checker *k, Scene *sc, int *index)
{
    char what[128];
    snprintf(what, sizeof what, "%s '%s'", sc->is_ending ? "ending" : "scene", sc->name);
    k->file = sc->file;
    bool flows = sc->flow_name || sc->flow_fn != STORY_NOREF || sc->flow_back;
    if (!sc->is_ending && sc->nchoices == 0 && sc->ask == NULL && !flows)
        PROBLEM(k, sc->line, "%s has no way out: give it a choice, an ask or a go, or make it an ending", what);
    compile_paragraphs(k, sc->paras, sc->nparas, what);
    k->file = sc->file;
    sc->title_t = compile(k, sc->title, sc->line, what, true);
    sc->reflection_t = compile(k, sc->reflection, sc->line, what, true);
    if (sc->flow_name) sc->flow = resolve_target(k, sc->flow_name, sc->line, what);
    if (sc->flow_call_name) sc->flow_call = resolve_target(k, sc->flow_call_name, sc->line, what);
    if (sc->ask) {
        k->file = sc->ask->file;
        sc->ask->prompt_t = compile(k, sc->ask->prompt, sc->ask->line, "ask", true);
        sc->ask->target = resolve_target(k, sc->ask->target_name, sc->ask->line, "ask");
    }
    int fallbacks = 0;
    for (int c = 0; c < sc->nchoices; c++) {
        sc->choices[c].index = (*index)++;
        check_choice(k, sc, &sc->choices[c], &fallbacks);
    }
}

/* The index of a word in a vocabulary, or -1 after a problem naming the
 * rule and the closest word. */
static int rule_word(Checker *k, const Rule *r, char **list, int n, const char *word, const char *one,
                     const char *where)
{
    for (int i = 0; i < n; i++)
        if (strcmp(list[i], word) == 0) return i;
    char hint[96];
    suggest(hint, sizeof hint, word, (const char *const *)list, n);
    PROBLEM(k, r->line, "rule '%s': no %s has the %s '%s'%s", r->name, where, one, word, hint);
    return -1;
}

static void resolve_rule(Checker *k, Rule *r)
{
    Story *s = k->story;
    k->file = r->file;
    r->tag = r->unless = -1;
    if (r->tag_name) r->tag = rule_word(k, r, s->tags, s->ntags, r->tag_name, "tag", "choice");
    if (r->unless_name) r->unless = rule_word(k, r, s->tags, s->ntags, r->unless_name, "tag", "choice");
    if (r->nkind_names == 0) return;
    r->kinds = calloc((size_t)s->nkinds + 1, sizeof *r->kinds);
    if (r->kinds == NULL) {
        PROBLEM(k, r->line, "out of memory");
        return;
    }
    for (int i = 0; i < r->nkind_names; i++) {
        int kind = rule_word(k, r, s->kinds, s->nkinds, r->kind_names[i], "kind", "ending");
        if (kind >= 0) r->kinds[kind] = true;
    }
}

void story_validate(Story *s, Buf *out)
{
    Checker k = {s, 0, out};
    if (s->nscenes == 0) PROBLEM(&k, s->line, "the story has no scenes");
    k.file = 0;
    if (s->start_name) s->start = resolve_target(&k, s->start_name, s->line, "story: start");
    build_groups(&k);
    /* Choices are numbered first: the text may name them ({taken id}). */
    int index = 0;
    for (int i = 0; i < s->nscenes; i++)
        for (int c = 0; c < s->scenes[i].nchoices; c++) s->scenes[i].choices[c].index = index++;
    index = 0;
    for (int i = 0; i < s->nscenes; i++) {
        check_scene(&k, &s->scenes[i], &index);
        if (s->scenes[i].nchoices > s->most_choices) s->most_choices = s->scenes[i].nchoices;
    }
    s->nchoices = index;
    for (int i = 0; i < s->nrules; i++) resolve_rule(&k, &s->rules[i]);
}

/* ---------------------------------------------------------------- freeing */

void story_free_paragraph(Paragraph *p)
{
    free(p->text);
    template_free(p->tmpl);
    for (int i = 0; i < p->nalts; i++) {
        free(p->alts[i]);
        if (p->alt_tmpls) template_free(p->alt_tmpls[i]);
    }
    free(p->alts);
    free(p->alt_tmpls);
}

void story_free_choice(Choice *c)
{
    free(c->reason);
    free(c->call_name);
    free(c->id);
    free(c->label);
    free(c->target_name);
    free(c->note);
    free(c->achieve);
    template_free(c->label_t);
    template_free(c->note_t);
    template_free(c->reason_t);
    for (int i = 0; i < c->ncontent; i++) story_free_paragraph(&c->content[i]);
    free(c->content);
    free(c->changes);
    free(c->tags);
}

void story_free_ask(Ask *a)
{
    if (a == NULL) return;
    free(a->prompt);
    template_free(a->prompt_t);
    free(a->target_name);
    for (int i = 0; i < a->naccept; i++) free(a->accept[i]);
    free(a->accept);
}

static void free_words(char **words, int n)
{
    for (int i = 0; i < n; i++) free(words[i]);
    free(words);
}

static void free_scene(Scene *sc)
{
    free(sc->name);
    for (int p = 0; p < sc->nparas; p++) story_free_paragraph(&sc->paras[p]);
    free(sc->group_name);
    free(sc->chapter);
    free(sc->hint);
    free(sc->paras);
    for (int c = 0; c < sc->nchoices; c++) story_free_choice(&sc->choices[c]);
    free(sc->choices);
    story_free_ask(sc->ask);
    free(sc->ask);
    free(sc->title);
    free(sc->reflection);
    template_free(sc->title_t);
    template_free(sc->reflection_t);
    free(sc->flow_name);
    free(sc->flow_call_name);
}

void story_free(Story *s)
{
    if (s == NULL) return;
    free(s->path);
    for (int i = 0; i < s->nfiles; i++) {
        free(s->files[i]);
        free(s->texts[i]);
    }
    free(s->files);
    free(s->texts);
    free(s->lens);
    free(s->id);
    free(s->title);
    free(s->author);
    free(s->blurb);
    free(s->start_name);
    for (int i = 0; i < s->nmeters; i++) free(s->meters[i].name);
    free(s->meters);
    for (int i = 0; i < s->nvars; i++) {
        free(s->vars[i].name);
        value_free(&s->vars[i].initial);
    }
    for (int i = 0; i < s->nachievements; i++) {
        free(s->achievements[i].id);
        free(s->achievements[i].title);
        free(s->achievements[i].hint);
    }
    free(s->achievements);
    free(s->vars);
    free_words(s->kinds, s->nkinds);
    free_words(s->tags, s->ntags);
    free(s->covers);
    for (int i = 0; i < s->nrules; i++) {
        Rule *r = &s->rules[i];
        free(r->name);
        free_words(r->kind_names, r->nkind_names);
        free(r->tag_name);
        free(r->unless_name);
        free(r->kinds);
    }
    free(s->rules);
    for (int i = 0; i < s->ngroups; i++) {
        free(s->groups[i].name);
        free(s->groups[i].scenes);
    }
    free(s->groups);
    for (int i = 0; i < s->nscenes; i++) free_scene(&s->scenes[i]);
    free(s->scenes);
    free(s->slots);
    free(s);
}

/* ---------------------------------------------------------------- lookups */

int story_scene(const Story *s, const char *name)
{
    if (s->nslots == 0) return -1;
    for (size_t at = name_slot(name, s->nslots); s->slots[at]; at = (at + 1) & (s->nslots - 1))
        if (strcmp(s->scenes[s->slots[at] - 1].name, name) == 0) return s->slots[at] - 1;
    return -1;
}

const char *story_path(const Story *s, int file)
{
    return file >= 0 && file < s->nfiles ? s->files[file] : s->path;
}

int story_choice(const Story *s, const char *name)
{
    const char *slash = strrchr(name, '/');
    int found = -1;
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (slash && (strlen(sc->name) != (size_t)(slash - name) || strncmp(sc->name, name, (size_t)(slash - name))))
            continue;
        for (int k = 0; k < sc->nchoices; k++)
            if (strcmp(sc->choices[k].id, slash ? slash + 1 : name) == 0) {
                if (found >= 0) return -2; /* more than one */
                found = sc->choices[k].index;
            }
    }
    return found;
}

const char *story_kind(const Story *s, int scene)
{
    int k = s->scenes[scene].kind;
    return k >= 0 ? s->kinds[k] : NULL;
}

int story_meter(const Story *s, const char *name)
{
    int lo = 0, hi = s->nmeters - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(s->meters[mid].name, name);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

int story_slot(const Story *s, const char *name)
{
    /* Both lists are sorted by name when the story declaration is read. */
    int lo = 0, hi = s->nvars - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(s->vars[mid].name, name);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    int m = story_meter(s, name);
    return m < 0 ? -1 : s->nvars + m;
}
