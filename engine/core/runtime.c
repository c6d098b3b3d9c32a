/* runtime.c - a playthrough: a pure function of story, seed and answers.
 *
 * What the player reads after an answer is one screen: the text of the
 * choice taken, then the scene it leads to, then every scene that scene
 * flows on to without a choice, until one asks for an answer or ends. */
#include "core/runtime.h"

#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/text.h"
#include "core/template.h"
#include "core/value.h"

#define FLOW_MAX 1000 /* scenes one answer may flow through before it is a loop */
#define GLUE "<>"     /* at the end or start of a paragraph: it runs on into the next */

/* ---------------------------------------------------------------- helpers */

static void free_strings(char **v, int n)
{
    if (v == NULL) return;
    for (int i = 0; i < n; i++) free(v[i]);
    free(v);
}

static bool fail(Run *r, char *err, size_t errlen, const char *msg)
{
    if (msg) snprintf(err, errlen, "%s", msg);
    r->phase = PHASE_FAILED;
    return false;
}

static bool oom(Run *r, char *err, size_t errlen)
{
    snprintf(err, errlen, "%s: out of memory", r->story->path);
    return fail(r, err, errlen, NULL);
}

static TemplateState template_state(Run *r)
{
    return (TemplateState){.story = r->story, .vars = r->vars, .meters = r->meters, .pronoun = r->pronoun,
                           .visits = r->visits, .chosen = r->chosen, .counters = r->counters, .rng = &r->rng,
                           .temps = &r->temps};
}

/* Renders a compiled text into *out (malloc'd), or NULL when quiet: tools
 * that play without showing anything skip all text, which cannot change
 * what happens. */
static bool fill(Run *r, const Template *t, char **out, char *err, size_t errlen)
{
    *out = NULL;
    if (r->quiet || t == NULL) return true;
    Buf b = {0};
    TemplateState st = template_state(r);
    template_render(t, &st, &b);
    *out = buf_take(&b);
    return *out != NULL || oom(r, err, errlen);
}

/* Text a story function returned: compiled now, without alternatives. */
static bool fill_computed(Run *r, const char *text, const Paragraph *p, char **out, char *err, size_t errlen)
{
    char msg[300];
    *out = NULL;
    Template *t = template_compile((Story *)r->story, text, false, msg, sizeof msg, NULL, 0);
    if (t == NULL) {
        snprintf(err, errlen, "%s:%d: the text it returned: %s", story_path(r->story, p->file), p->line, msg);
        return fail(r, err, errlen, NULL);
    }
    bool ok = fill(r, t, out, err, errlen);
    template_free(t);
    return ok;
}

/* Empties the screen; the arrays, sized once for the largest scene, are
 * kept for the next. */
static void clear_screen(Run *r)
{
    free(r->ending_title);
    free(r->reflection);
    free_strings(r->recap, 2 * r->nrecap);
    r->ending_title = r->reflection = NULL;
    r->recap = NULL;
    r->nrecap = 0;
    for (int i = 0; i < r->nparas; i++) free(r->paras[i]);
    for (int i = 0; r->labels && i < r->nshown; i++) {
        free(r->labels[i]);
        free(r->reasons[i]);
        r->labels[i] = r->reasons[i] = NULL;
    }
    free(r->prompt);
    r->prompt = NULL;
    r->nparas = r->nshown = r->navail = r->nentered = 0;
    r->glue_next = false;
}

/* Allocates the per-scene arrays once, for the scene with most choices
 * (counted when the story is checked, which every loaded story is). */
static bool alloc_scene_buffers(Run *r)
{
    size_t nc = (size_t)r->story->most_choices + 1;
    r->shown = calloc(nc, sizeof *r->shown);
    r->avail = calloc(nc, sizeof *r->avail);
    r->selectable = calloc(nc, sizeof *r->selectable);
    r->labels = calloc(nc, sizeof *r->labels);
    r->reasons = calloc(nc, sizeof *r->reasons);
    return r->shown && r->avail && r->selectable && r->labels && r->reasons;
}

static void free_scene_buffers(Run *r)
{
    clear_screen(r);
    free(r->paras);
    free(r->entered);
    free(r->shown);
    free(r->avail);
    free(r->selectable);
    free(r->labels);
    free(r->reasons);
}

/* ------------------------------------------------------------- the screen */

/* Adds a paragraph to the screen (taking `text`), gluing it to the one
 * before when either says so with "<>". */
static bool add_para(Run *r, char *text, char *err, size_t errlen)
{
    size_t n = strlen(text);
    bool glue_before = r->glue_next || strncmp(text, GLUE, 2) == 0;
    bool glue_after = n >= 2 && strcmp(text + n - 2, GLUE) == 0;
    if (glue_after) text[n -= 2] = '\0';
    char *body = strncmp(text, GLUE, 2) == 0 ? text + 2 : text;
    r->glue_next = glue_after;
    if (glue_before && r->nparas > 0 && strcmp(r->paras[r->nparas - 1], TEXT_PAGE_BREAK) != 0) {
        Buf b = {0};
        buf_puts(&b, r->paras[r->nparas - 1]);
        buf_puts(&b, body);
        free(text);
        char *joined = buf_take(&b);
        if (joined == NULL) return oom(r, err, errlen);
        free(r->paras[r->nparas - 1]);
        r->paras[r->nparas - 1] = joined;
        return true;
    }
    if (body != text) memmove(text, body, strlen(body) + 1);
    if (text[0] == '\0' && !glue_after) {
        free(text);
        return true;
    }
    if (r->nparas == r->cap_paras) {
        int cap = r->cap_paras ? 2 * r->cap_paras : 16;
        char **grown = realloc(r->paras, sizeof *grown * (size_t)cap);
        if (grown == NULL) {
            free(text);
            return oom(r, err, errlen);
        }
        r->paras = grown;
        r->cap_paras = cap;
    }
    r->paras[r->nparas++] = text;
    return true;
}

/* The text of a paragraph this time, or NULL for none: its alternative is
 * picked and its counter moved on even when quiet, as the story's own. */
static bool paragraph_text(Run *r, const Paragraph *p, char **out, char *err, size_t errlen)
{
    int *count = p->nalts ? &r->counters[p->counter] : NULL;
    int k = -1;
    *out = NULL;
    switch (p->kind) {
    case PARA_TEXT: return fill(r, p->tmpl, out, err, errlen);
    case PARA_BREAK:
        if (!r->quiet && (*out = strdup(TEXT_PAGE_BREAK)) == NULL) return oom(r, err, errlen);
        return true;
    case PARA_FUNCTION: {
        char *computed;
        if (!script_text(&r->script, p->fn, &computed, err, errlen)) return fail(r, err, errlen, NULL);
        bool ok = computed == NULL || fill_computed(r, computed, p, out, err, errlen);
        free(computed);
        return ok;
    }
    case PARA_SEQUENCE: k = *count < p->nalts ? *count : p->nalts - 1; break;
    case PARA_CYCLE: k = *count % p->nalts; break;
    case PARA_SHUFFLE:
        /* Under an oracle nothing is shown: a draw would only multiply the search. */
        k = r->rng.oracle ? 0 : (int)rng_range(&r->rng, 0, p->nalts - 1);
        break;
    case PARA_ONCE_ONLY: k = *count < p->nalts ? *count : -1; break;
    }
    if (p->kind == PARA_CYCLE) *count = (*count + 1) % p->nalts;
    else if (*count < p->nalts) (*count)++; /* sequences and once-only stop counting at the end */
    return k < 0 || fill(r, p->alt_tmpls[k], out, err, errlen);
}

static bool add_paragraphs(Run *r, const Paragraph *paras, int n, char *err, size_t errlen)
{
    for (int i = 0; i < n; i++) {
        char *text;
        if (!paragraph_text(r, &paras[i], &text, err, errlen)) return false;
        if (text && !add_para(r, text, err, errlen)) return false;
    }
    return true;
}

/* ------------------------------------------------------------- choices */

/* Notes, for a tool that asked (quicktest), that a condition was run and
 * whether it held. */
static void log_condition(Run *r, int slot, bool held)
{
    if (r->conditions == NULL) return;
    unsigned char bit = held ? CONDITION_TRUE : CONDITION_FALSE;
    if (r->conditions[slot] & bit) return;
    r->conditions[slot] |= bit;
    if (r->condition_news) (*r->condition_news)++;
}

/* Adds choice c to what the scene shows, evaluating whether it can be taken. */
static bool show_choice(Run *r, const Choice *c, char *err, size_t errlen)
{
    int n = r->nshown;
    bool ok = true;
    if (c->available_fn != STORY_NOREF) {
        if (!script_condition(&r->script, c->available_fn, &ok, err, errlen)) return fail(r, err, errlen, NULL);
        log_condition(r, 2 * c->index + 1, ok);
    }
    if (!fill(r, c->label_t, &r->labels[n], err, errlen)) return false;
    if (!ok && c->reason_t && !fill(r, c->reason_t, &r->reasons[n], err, errlen)) {
        free(r->labels[n]); /* not shown: nothing else frees it */
        r->labels[n] = NULL;
        return false;
    }
    r->shown[n] = c;
    r->selectable[n] = ok;
    r->nshown++;
    if (ok) r->avail[r->navail++] = c;
    return true;
}

static bool offer_choices(Run *r, const Scene *sc, char *err, size_t errlen)
{
    const Choice *fallback = NULL;
    for (int i = 0; i < sc->nchoices; i++) {
        const Choice *c = &sc->choices[i];
        if (c->once && r->chosen[c->index]) continue;
        if (c->when_fn != STORY_NOREF) {
            bool shown;
            if (!script_condition(&r->script, c->when_fn, &shown, err, errlen)) return fail(r, err, errlen, NULL);
            log_condition(r, 2 * c->index, shown);
            if (!shown) continue;
        }
        if (c->fallback) fallback = c;
        else if (!show_choice(r, c, err, errlen)) return false;
    }
    /* The fallback appears only when nothing else can be taken. */
    if (r->navail == 0 && fallback && !show_choice(r, fallback, err, errlen)) return false;
    if (r->navail == 0) {
        snprintf(err, errlen, "%s:%d: scene '%s' has no available choice: every one is used up or its "
                 "condition is false", story_path(r->story, sc->file), sc->line, sc->name);
        return fail(r, err, errlen, NULL);
    }
    r->phase = PHASE_CHOICE;
    return true;
}

/* ------------------------------------------------------------- entering */

/* Fills in the labels and notes of the choices earned so far. */
static bool fill_recap(Run *r, char *err, size_t errlen)
{
    free_strings(r->recap, 2 * r->nrecap);
    r->nrecap = r->nearned;
    r->recap = calloc(2 * (size_t)r->nearned + 1, sizeof *r->recap);
    if (r->recap == NULL) return oom(r, err, errlen);
    for (int i = 0; i < r->nearned; i++) {
        const Choice *c = r->earned[i];
        if (!fill(r, c->label_t, &r->recap[2 * i], err, errlen)) return false;
        if (!fill(r, c->note_t, &r->recap[2 * i + 1], err, errlen)) return false;
        double weight = 0;
        for (int k = 0; k < c->nchanges; k++) weight += c->changes[k].delta;
        r->note_views[i] = (NoteView){r->recap[2 * i], r->recap[2 * i + 1], weight, c->turning_point};
    }
    return true;
}

int run_notes(Run *r, const NoteView **views, char *err, size_t errlen)
{
    if (!fill_recap(r, err, errlen)) return -1;
    *views = r->note_views;
    return r->nearned;
}

/* A declaration, for messages: where it is and what it is. */
typedef struct {
    const char *path;
    int line;
    char what[120];
} Where;

static Where where_scene(const Run *r, const Scene *sc)
{
    Where w = {story_path(r->story, sc->file), sc->line, ""};
    snprintf(w.what, sizeof w.what, "scene '%s'", sc->name);
    return w;
}

static Where where_choice(const Run *r, const Choice *c)
{
    Where w = {story_path(r->story, c->file), c->line, ""};
    snprintf(w.what, sizeof w.what, "choice '%s'", c->label);
    return w;
}

/* A scene named by a function, or -1 (nil, when `optional`). */
static bool computed_scene(Run *r, int fn, const Where *w, bool optional, int *scene, char *err, size_t errlen)
{
    char *name;
    *scene = -1;
    if (!script_target(&r->script, fn, optional, &name, err, errlen)) return fail(r, err, errlen, NULL);
    if (name == NULL) return true;
    *scene = story_scene(r->story, name);
    if (*scene < 0) {
        char *safe = text_sanitize(name, strlen(name));
        snprintf(err, errlen, "%s:%d: %s went to unknown scene '%.80s'", w->path, w->line, w->what, safe ? safe : "?");
        free(safe);
    }
    free(name);
    return *scene >= 0 || fail(r, err, errlen, NULL);
}

static bool push_call(Run *r, int back_to, const Where *w, char *err, size_t errlen)
{
    if (r->ncalls == STORY_CALL_DEPTH) {
        snprintf(err, errlen, "%s:%d: %s calls scenes nested deeper than %d", w->path, w->line, w->what,
                 STORY_CALL_DEPTH);
        return fail(r, err, errlen, NULL);
    }
    r->calls[r->ncalls++] = back_to;
    return true;
}

static bool pop_call(Run *r, const Where *w, int *to, char *err, size_t errlen)
{
    if (r->ncalls == 0) {
        snprintf(err, errlen, "%s:%d: %s goes back, but no scene was called", w->path, w->line, w->what);
        return fail(r, err, errlen, NULL);
    }
    *to = r->calls[--r->ncalls];
    return true;
}

/* Where a scene that moves on by itself goes next. */
static bool flow_on(Run *r, const Scene *sc, int *next, char *err, size_t errlen)
{
    Where w = where_scene(r, sc);
    if (sc->flow_back) return pop_call(r, &w, next, err, errlen);
    *next = sc->flow;
    if (sc->flow_fn != STORY_NOREF && !computed_scene(r, sc->flow_fn, &w, false, next, err, errlen)) return false;
    int call = sc->flow_call;
    if (sc->flow_call_fn != STORY_NOREF && !computed_scene(r, sc->flow_call_fn, &w, true, &call, err, errlen))
        return false;
    if (call >= 0) {
        if (!push_call(r, *next, &w, err, errlen)) return false;
        *next = call;
    }
    return true;
}

/* Enters a scene and every scene it flows on to, adding their text to the
 * screen, until one asks for an answer or ends. */
static bool enter(Run *r, int index, char *err, size_t errlen)
{
    for (int steps = 0;; steps++) {
        const Scene *sc = &r->story->scenes[index];
        if (steps == FLOW_MAX) {
            snprintf(err, errlen, "%s:%d: scene '%s' flows on without a choice more than %d times (a loop?)",
                     story_path(r->story, sc->file), sc->line, sc->name, FLOW_MAX);
            return fail(r, err, errlen, NULL);
        }
        r->scene = index;
        if (sc->chapter) r->chapter = index;
        if (r->visits[index]++ == 0) r->touched_scenes[r->ntouched_scenes++] = index;
        if (r->nentered == r->cap_entered) {
            int cap = r->cap_entered ? 2 * r->cap_entered : 8;
            int *grown = realloc(r->entered, sizeof *grown * (size_t)cap);
            if (grown == NULL) return oom(r, err, errlen);
            r->entered = grown;
            r->cap_entered = cap;
        }
        r->entered[r->nentered++] = index;
        r->last_turn[index] = r->decisions;
        temps_clear(&r->temps);
        if (!add_paragraphs(r, sc->paras, sc->nparas, err, errlen)) return false;
        if (sc->is_ending) {
            r->phase = PHASE_ENDED;
            if (!fill(r, sc->title_t, &r->ending_title, err, errlen)) return false;
            if (!fill(r, sc->reflection_t, &r->reflection, err, errlen)) return false;
            return fill_recap(r, err, errlen);
        }
        if (sc->ask) {
            r->phase = PHASE_ASK;
            return fill(r, sc->ask->prompt_t, &r->prompt, err, errlen);
        }
        if (sc->nchoices > 0) return offer_choices(r, sc, err, errlen);
        if (!flow_on(r, sc, &index, err, errlen)) return false;
    }
}

static bool record(Run *r, StepKind kind, const char *text, const Choice *choice)
{
    if (r->npath == r->cappath) {
        int cap = r->cappath ? 2 * r->cappath : 32;
        Step *p = realloc(r->path, sizeof *p * (size_t)cap);
        if (p == NULL) return false;
        r->path = p;
        r->cappath = cap;
    }
    /* A replayed step keeps the chance it carried, so the path replays the same. */
    const char *chance = kind == STEP_START ? text : r->replaying_chance;
    Step *p = &r->path[r->npath];
    p->kind = kind;
    p->choice = choice;
    p->text = choice ? choice->id : strdup(kind == STEP_START ? "" : text); /* a choice's id lives in the story */
    p->chance = chance ? strdup(chance) : NULL;
    if (p->text == NULL || (chance && p->chance == NULL)) {
        if (!choice) free(p->text);
        free(p->chance);
        return false;
    }
    r->npath++;
    return true;
}

/* ------------------------------------------------------------------ start */

static int64_t forced_range(RngOracle *o, int64_t lo, int64_t hi)
{
    Forced *f = (Forced *)o;
    Run *r = (Run *)(void *)((char *)f - offsetof(Run, forced));
    if (f->pos >= f->n) return rng_range_seeded(&r->rng, lo, hi);
    double v = f->values[f->pos++];
    return v < (double)lo ? lo : v > (double)hi ? hi : (int64_t)v; /* an edited story may draw otherwise */
}

static double forced_real(RngOracle *o)
{
    Forced *f = (Forced *)o;
    Run *r = (Run *)(void *)((char *)f - offsetof(Run, forced));
    if (f->pos >= f->n) return rng_float_seeded(&r->rng);
    double v = f->values[f->pos++];
    return v < 0 ? 0 : v >= 1 ? 0.999999 : v;
}

typedef struct {
    uint64_t seed;
    bool quiet;
    RngOracle *oracle;
    unsigned char *conditions, *reads;
    const Step *replay;
    int nreplay;
} Start;

/* ------------------------------------------------------------- the spare */

/* The arrays sized by the story's scenes and choices, kept from the last run
 * freed (see run_drop_spare): visits, last_turn, chosen and the touched lists
 * are all zero; the views and earned are written before they are read. */
static struct {
    int nscenes, nchoices;
    int *visits, *last_turn, *chosen, *touched_scenes, *touched_choices;
    const Choice **earned;
    ChoiceView *choice_views;
    NoteView *note_views;
} spare;

void run_drop_spare(void)
{
    free(spare.visits);
    free(spare.last_turn);
    free(spare.chosen);
    free(spare.touched_scenes);
    free(spare.touched_choices);
    free(spare.earned);
    free(spare.choice_views);
    free(spare.note_views);
    memset(&spare, 0, sizeof spare);
}

static bool take_spare(Run *r, const Story *s)
{
    if (spare.visits == NULL || spare.nscenes != s->nscenes || spare.nchoices != s->nchoices) return false;
    r->visits = spare.visits;
    r->last_turn = spare.last_turn;
    r->chosen = spare.chosen;
    r->touched_scenes = spare.touched_scenes;
    r->touched_choices = spare.touched_choices;
    r->earned = spare.earned;
    r->choice_views = spare.choice_views;
    r->note_views = spare.note_views;
    memset(&spare, 0, sizeof spare);
    return true;
}

/* Clears what the run touched and keeps its arrays, when there is room. */
static void give_spare(Run *r)
{
    const Story *s = r->story;
    if (spare.visits != NULL || !s || !r->visits || !r->last_turn || !r->chosen || !r->touched_scenes ||
        !r->touched_choices || !r->earned || !r->choice_views || !r->note_views)
        return;
    for (int i = 0; i < r->ntouched_scenes; i++) {
        int k = r->touched_scenes[i];
        r->visits[k] = r->last_turn[k] = 0;
    }
    for (int i = 0; i < r->ntouched_choices; i++) r->chosen[r->touched_choices[i]] = 0;
    spare.nscenes = s->nscenes;
    spare.nchoices = s->nchoices;
    spare.visits = r->visits;
    spare.last_turn = r->last_turn;
    spare.chosen = r->chosen;
    spare.touched_scenes = r->touched_scenes;
    spare.touched_choices = r->touched_choices;
    spare.earned = r->earned;
    spare.choice_views = r->choice_views;
    spare.note_views = r->note_views;
    r->visits = r->last_turn = r->chosen = r->touched_scenes = r->touched_choices = NULL;
    r->earned = NULL;
    r->choice_views = NULL;
    r->note_views = NULL;
}

static bool start(Run *r, const Story *s, const Start *how, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    r->quiet = how->quiet;
    r->conditions = how->conditions;
    r->story = s;
    r->seed = how->seed;
    r->phase = PHASE_FAILED;
    r->pronoun = PRONOUN_THEY;
    r->chapter = -1;
    rng_seed(&r->rng, how->seed);
    r->rng.oracle = how->oracle;
    r->forced.values = how->replay ? path_chance(how->replay, how->nreplay, &r->forced.n) : NULL;
    if (r->forced.values) {
        r->forced.base = (RngOracle){forced_range, forced_real};
        r->rng.oracle = &r->forced.base;
    }
    r->vars = calloc((size_t)s->nvars + 1, sizeof *r->vars);
    r->meters = calloc((size_t)s->nmeters + 1, sizeof *r->meters);
    r->counters = calloc((size_t)s->ncounters + 1, sizeof *r->counters);
    r->achieved = calloc((size_t)s->nachievements + 1, sizeof *r->achieved);
    r->meter_views = calloc((size_t)s->nmeters + 1, sizeof *r->meter_views);
    if (!take_spare(r, s)) {
        r->visits = calloc((size_t)s->nscenes + 1, sizeof *r->visits);
        r->last_turn = calloc((size_t)s->nscenes + 1, sizeof *r->last_turn);
        r->touched_scenes = calloc((size_t)s->nscenes + 1, sizeof *r->touched_scenes);
        r->chosen = calloc((size_t)s->nchoices + 1, sizeof *r->chosen);
        r->touched_choices = calloc((size_t)s->nchoices + 1, sizeof *r->touched_choices);
        r->choice_views = calloc((size_t)s->nchoices + PRONOUN_COUNT, sizeof *r->choice_views);
        r->note_views = calloc((size_t)s->nchoices + 1, sizeof *r->note_views);
        r->earned = calloc((size_t)s->nchoices + 1, sizeof *r->earned);
    }
    if (!r->vars || !r->meters || !r->visits || !r->last_turn || !r->touched_scenes || !r->counters || !r->chosen ||
        !r->touched_choices || !r->achieved || !r->choice_views || !r->meter_views || !r->note_views || !r->earned ||
        !alloc_scene_buffers(r))
        return oom(r, err, errlen);
    for (int i = 0; i < s->nvars; i++)
        if (!value_copy(&r->vars[i], &s->vars[i].initial)) return oom(r, err, errlen);
    for (int i = 0; i < s->nmeters; i++) r->meters[i] = s->meters[i].start;
    r->script = (ScriptState){.story = s, .vars = r->vars, .meters = r->meters, .pronoun = &r->pronoun,
                              .rng = &r->rng, .visits = r->visits, .last_turn = r->last_turn,
                              .turn = &r->decisions, .reads = how->reads, .chosen = r->chosen,
                              .achieved = r->achieved, .temps = &r->temps};
    if (how->nreplay > 0 && how->replay[0].kind == STEP_START &&
        !record(r, STEP_START, how->replay[0].chance, NULL))
        return oom(r, err, errlen);
    return enter(r, s->start, err, errlen);
}

bool run_start(Run *r, const Story *s, uint64_t seed, char *err, size_t errlen)
{
    return start(r, s, &(Start){.seed = seed}, err, errlen);
}

bool run_start_replay(Run *r, const Story *s, uint64_t seed, const Step *steps, int nsteps, char *err, size_t errlen)
{
    return start(r, s, &(Start){.seed = seed, .replay = steps, .nreplay = nsteps}, err, errlen);
}

bool run_start_quiet(Run *r, const Story *s, uint64_t seed, bool quiet, char *err, size_t errlen)
{
    return start(r, s, &(Start){.seed = seed, .quiet = quiet}, err, errlen);
}

bool run_start_oracle(Run *r, const Story *s, RngOracle *oracle, unsigned char *conditions, unsigned char *reads,
                      char *err, size_t errlen)
{
    return start(r, s, &(Start){.quiet = true, .oracle = oracle, .conditions = conditions, .reads = reads}, err,
                 errlen);
}

void run_free(Run *r)
{
    give_spare(r);
    free_scene_buffers(r);
    for (int i = 0; r->vars && i < r->story->nvars; i++) value_free(&r->vars[i]);
    temps_clear(&r->temps);
    free(r->vars);
    free(r->meters);
    free(r->visits);
    free(r->last_turn);
    free(r->touched_scenes);
    free(r->counters);
    free(r->chosen);
    free(r->touched_choices);
    free(r->achieved);
    for (int i = 0; i < r->npath; i++) {
        if (r->path[i].choice == NULL) free(r->path[i].text);
        free(r->path[i].chance);
    }
    free(r->forced.values);
    free(r->path);
    free(r->earned);
    free(r->choice_views);
    free(r->meter_views);
    free(r->note_views);
    memset(r, 0, sizeof *r);
}

/* ------------------------------------------------------------- answers */

/* Picks, with the seeded RNG, one scene of the choice's storylet group
 * whose condition holds. */
static bool pick_storylet(Run *r, const Choice *c, int *target, char *err, size_t errlen)
{
    const StoryletGroup *g = &r->story->groups[c->group];
    int *open = malloc(sizeof *open * (size_t)g->nscenes);
    int n = 0;
    if (open == NULL) return oom(r, err, errlen);
    for (int i = 0; i < g->nscenes; i++) {
        const Scene *sc = &r->story->scenes[g->scenes[i]];
        bool ok = true;
        if (sc->when_fn != STORY_NOREF) {
            if (!script_condition(&r->script, sc->when_fn, &ok, err, errlen)) {
                free(open);
                return fail(r, err, errlen, NULL);
            }
            log_condition(r, 2 * r->story->nchoices + g->scenes[i], ok);
        }
        if (ok) open[n++] = g->scenes[i];
    }
    if (n > 0) *target = open[rng_range(&r->rng, 0, n - 1)];
    free(open);
    if (n > 0) return true;
    snprintf(err, errlen, "%s:%d: choice '%s': no scene of storylet group '%s' is available now",
             story_path(r->story, c->file), c->line, c->label, g->name);
    return fail(r, err, errlen, NULL);
}

/* Where a choice leads: its target, a computed one, a storylet, or back;
 * with a call, the called scene first. */
static bool choice_target(Run *r, const Choice *c, int *target, char *err, size_t errlen)
{
    *target = c->target;
    if (!c->back && c->go_fn == STORY_NOREF && c->group < 0 && c->call_fn == STORY_NOREF && c->call < 0)
        return true; /* a plain go: nothing can fail, so no message to prepare */
    Where w = where_choice(r, c);
    if (c->back) return pop_call(r, &w, target, err, errlen);
    if (c->go_fn != STORY_NOREF && !computed_scene(r, c->go_fn, &w, false, target, err, errlen)) return false;
    if (c->group >= 0 && !pick_storylet(r, c, target, err, errlen)) return false;
    int call = c->call;
    if (c->call_fn != STORY_NOREF && !computed_scene(r, c->call_fn, &w, true, &call, err, errlen)) return false;
    if (call < 0) return true;
    bool goes = c->target_name || c->go_fn != STORY_NOREF;
    if (!push_call(r, goes ? *target : r->scene, &w, err, errlen)) return false;
    *target = call;
    return true;
}

bool run_choose(Run *r, int k, char *err, size_t errlen)
{
    if (r->phase != PHASE_CHOICE || k < 0 || k >= r->navail) {
        snprintf(err, errlen, "no such choice");
        return false;
    }
    const Choice *c = r->avail[k];
    if (!record(r, STEP_CHOICE, c->id, c)) return oom(r, err, errlen);
    r->decisions++;
    for (int i = 0; i < c->nchanges; i++) {
        double *m = &r->meters[c->changes[i].meter];
        double d = c->changes[i].delta;
        if (c->changes[i].fair) d = d > 0 ? (100 - *m) * d / 100 : *m * d / 100;
        *m += d;
        *m = *m < 0 ? 0 : *m > 100 ? 100 : *m;
    }
    if (r->chosen[c->index]++ == 0) r->touched_choices[r->ntouched_choices++] = c->index;
    if (c->achievement >= 0) r->achieved[c->achievement] = true;
    if (c->note) {
        bool seen = false;
        for (int i = 0; i < r->nearned; i++) seen = seen || r->earned[i] == c;
        if (!seen) r->earned[r->nearned++] = c;
    }
    if (c->effect_fn != STORY_NOREF && !script_effect(&r->script, c->effect_fn, err, errlen))
        return fail(r, err, errlen, NULL);
    clear_screen(r);
    if (!add_paragraphs(r, c->content, c->ncontent, err, errlen)) return false;
    int target;
    if (!choice_target(r, c, &target, err, errlen)) return false;
    return enter(r, target, err, errlen);
}

/* Drops control characters, collapses runs of spaces, trims. malloc'd. */
static char *clean_answer(const char *text)
{
    char *safe = text_sanitize(text, strlen(text));
    if (safe == NULL) return NULL;
    size_t n = 0;
    bool space = true; /* at the start: skip leading spaces */
    for (const char *p = safe; *p; p++) {
        if (*p == ' ' || *p == '\n') {
            space = true;
            continue;
        }
        if (space && n > 0) safe[n++] = ' ';
        space = false;
        safe[n++] = *p;
    }
    safe[n] = '\0';
    return safe;
}

static int utf8_length(const char *s)
{
    int n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* Whether an answer is one a question that says what it accepts takes;
 * stores the value it gives. */
static bool accepted(const Ask *a, const char *answer, Value *v)
{
    if (a->number) {
        char *end;
        double n = strtod(answer, &end);
        /* In the bounds first (NaN is not): only then is the cast to a whole number defined. */
        if (end == answer || *end != '\0' || !(n >= a->lo && n <= a->hi) || n != (double)(long long)n) return false;
        *v = (Value){.type = VAL_NUMBER, .number = n};
        return true;
    }
    for (int i = 0; i < a->naccept; i++)
        if (strcasecmp(a->accept[i], answer) == 0) {
            *v = (Value){.type = VAL_STRING, .string = a->accept[i]};
            return true;
        }
    return a->naccept == 0;
}

/* Whether text has a letter (any character beyond ASCII counts as one). */
static bool has_letter(const char *text)
{
    for (const unsigned char *c = (const unsigned char *)text; *c; c++)
        if (*c >= 0x80 || isalpha(*c)) return true;
    return false;
}

bool run_answer_default(const Run *r, char *buf, size_t size)
{
    if (r->phase != PHASE_ASK) return false;
    const Value *v = &r->vars[r->story->scenes[r->scene].ask->var];
    if (v->type == VAL_STRING && v->string[0]) snprintf(buf, size, "%s", v->string);
    else if (v->type == VAL_NUMBER) snprintf(buf, size, "%.0f", v->number);
    else return false;
    return true;
}

AnswerResult run_answer(Run *r, const char *text, char *err, size_t errlen)
{
    if (r->phase != PHASE_ASK) {
        snprintf(err, errlen, "no question is being asked");
        return ANSWER_ERROR;
    }
    const Ask *a = r->story->scenes[r->scene].ask;
    char *answer = clean_answer(text);
    if (answer == NULL) return oom(r, err, errlen), ANSWER_ERROR;
    if (utf8_length(answer) > STORY_NAME_MAX) {
        free(answer);
        return ANSWER_TOO_LONG;
    }
    Value given = {.type = VAL_STRING, .string = answer};
    if (((a->number || a->naccept) && answer[0] && !accepted(a, answer, &given)) ||
        (a->pronouns && answer[0] && !has_letter(answer))) { /* a name has a letter: "1" is a slip */
        free(answer);
        return ANSWER_NOT_ACCEPTED;
    }
    if (!record(r, STEP_ANSWER, answer, NULL)) {
        free(answer);
        return oom(r, err, errlen), ANSWER_ERROR;
    }
    if (answer[0]) {
        Value copy;
        if (!value_copy(&copy, &given)) {
            free(answer);
            return oom(r, err, errlen), ANSWER_ERROR;
        }
        value_free(&r->vars[a->var]);
        r->vars[a->var] = copy;
    }
    free(answer);
    if (a->pronouns) {
        const Value *v = &r->vars[a->var];
        const char *name = v->type == VAL_STRING && v->string[0] ? v->string : "this person";
        size_t n = strlen(name) + 64;
        free(r->prompt);
        if ((r->prompt = malloc(n)) == NULL) return oom(r, err, errlen), ANSWER_ERROR;
        snprintf(r->prompt, n, "Which pronouns should the story use for %s?", name);
        r->phase = PHASE_PRONOUN;
        return ANSWER_OK;
    }
    clear_screen(r);
    return enter(r, a->target, err, errlen) ? ANSWER_OK : ANSWER_ERROR;
}

bool run_pick_pronoun(Run *r, Pronoun p, char *err, size_t errlen)
{
    if (r->phase != PHASE_PRONOUN || p < 0 || p >= PRONOUN_COUNT) {
        snprintf(err, errlen, "no pronouns are being asked for");
        return false;
    }
    r->pronoun = p;
    if (!record(r, STEP_PRONOUN, pronoun_id(p), NULL)) return oom(r, err, errlen);
    clear_screen(r);
    return enter(r, r->story->scenes[r->scene].ask->target, err, errlen);
}

int run_find_choice(const Run *r, const char *id)
{
    for (int i = 0; i < r->navail; i++)
        if (strcmp(r->avail[i]->id, id) == 0) return i;
    return -1;
}

static bool replay_step(Run *r, const Step *step, char *err, size_t errlen);

bool run_replay_step(Run *r, const Step *step, char *err, size_t errlen)
{
    r->replaying_chance = step->chance;
    bool ok = replay_step(r, step, err, errlen);
    r->replaying_chance = NULL;
    return ok;
}

static bool replay_step(Run *r, const Step *step, char *err, size_t errlen)
{
    switch (step->kind) {
    case STEP_START: return true; /* its chance was taken at the start */
    case STEP_CHOICE: {
        int k = r->phase == PHASE_CHOICE ? run_find_choice(r, step->text) : -1;
        if (k < 0) {
            snprintf(err, errlen, "the choice '%s' is not available in scene '%s'", step->text,
                     r->story->scenes[r->scene].name);
            return false;
        }
        return run_choose(r, k, err, errlen);
    }
    case STEP_ANSWER:
        switch (run_answer(r, step->text, err, errlen)) {
        case ANSWER_OK: return true;
        case ANSWER_TOO_LONG:
            snprintf(err, errlen, "the answer '%.60s' is too long (more than %d characters)", step->text,
                     STORY_NAME_MAX);
            return false;
        case ANSWER_NOT_ACCEPTED:
            snprintf(err, errlen, "the answer '%.60s' is not one the question accepts", step->text);
            return false;
        case ANSWER_ERROR: return false;
        }
        return false;
    case STEP_JUMP: return run_jump(r, step->text, err, errlen);
    case STEP_SET: {
        const char *eq = strchr(step->text, '=');
        char name[256];
        if (eq == NULL || (size_t)(eq - step->text) >= sizeof name) {
            snprintf(err, errlen, "a set step without a value: '%s'", step->text);
            return false;
        }
        snprintf(name, sizeof name, "%.*s", (int)(eq - step->text), step->text);
        return run_set(r, name, eq + 1, err, errlen);
    }
    case STEP_PRONOUN: {
        int p = pronoun_from_id(step->text);
        if (p < 0) {
            snprintf(err, errlen, "unknown pronouns '%s'", step->text);
            return false;
        }
        return run_pick_pronoun(r, (Pronoun)p, err, errlen);
    }
    }
    return false;
}

/* ------------------------------------------------------------ dev console */

bool run_jump(Run *r, const char *name, char *err, size_t errlen)
{
    int scene = story_scene(r->story, name);
    if (scene < 0) {
        snprintf(err, errlen, "no scene is called '%s'", name);
        return false;
    }
    if (!record(r, STEP_JUMP, name, NULL)) return oom(r, err, errlen);
    clear_screen(r);
    r->ncalls = 0; /* a jump leaves any called scene behind */
    return enter(r, scene, err, errlen);
}

bool run_set(Run *r, const char *name, const char *value, char *err, size_t errlen)
{
    int slot = story_slot(r->story, name);
    if (slot < 0) {
        snprintf(err, errlen, "no variable or meter is called '%s'", name);
        return false;
    }
    char step[512]; /* as the path records it: refused whole rather than kept cut */
    if (snprintf(step, sizeof step, "%s=%s", name, value) >= (int)sizeof step) {
        snprintf(err, errlen, "that value is too long to keep in the path");
        return false;
    }
    char *end;
    double number = strtod(value, &end);
    bool is_number = end != value && *end == '\0' && !isnan(number); /* as s.NAME = value refuses NaN */
    if (slot >= r->story->nvars) {
        if (!is_number) {
            snprintf(err, errlen, "meter '%s' takes a number from 0 to 100", name);
            return false;
        }
        r->meters[slot - r->story->nvars] = number < 0 ? 0 : number > 100 ? 100 : number;
    } else {
        Value v = {.type = VAL_STRING};
        if (strcmp(value, "true") == 0 || strcmp(value, "false") == 0) v = (Value){.type = VAL_BOOLEAN, .boolean = value[0] == 't'};
        else if (is_number) v = (Value){.type = VAL_NUMBER, .number = number};
        else if ((v.string = strdup(value)) == NULL) return oom(r, err, errlen);
        if (r->story->vars[slot].initial.type != v.type) {
            snprintf(err, errlen, "variable '%s' holds %s", name,
                     r->story->vars[slot].initial.type == VAL_NUMBER    ? "a number"
                     : r->story->vars[slot].initial.type == VAL_BOOLEAN ? "true or false"
                     : r->story->vars[slot].initial.type == VAL_SET     ? "a set (set it from story code)"
                                                                         : "text");
            value_free(&v);
            return false;
        }
        value_free(&r->vars[slot]);
        r->vars[slot] = v;
    }
    return record(r, STEP_SET, step, NULL) || oom(r, err, errlen);
}

/* ------------------------------------------------------------------ views */

static void meter_views(Run *r)
{
    for (int i = 0; i < r->story->nmeters; i++)
        r->meter_views[i] = (MeterView){r->story->meters[i].name, r->meters[i], r->story->meters[i].start};
}

void run_place(const Run *r, char *buf, size_t size)
{
    if (size == 0) return;
    buf[0] = '\0';
    if (r->chapter >= 0) {
        snprintf(buf, size, "%s", r->story->scenes[r->chapter].chapter);
        return;
    }
    const char *text = NULL; /* the first words on the screen */
    for (int i = 0; i < r->nparas && !text; i++)
        if (r->paras[i] && strcmp(r->paras[i], TEXT_PAGE_BREAK) != 0 && r->paras[i][0]) text = r->paras[i];
    if (text == NULL && r->prompt) text = r->prompt;
    if (text == NULL) return;
    size_t n = 0;
    int words = 0;
    bool cut = false;
    for (const char *c = text; *c && n + 4 < size; c++) {
        if (*c == TEXT_ITALIC || *c == TEXT_BOLD) continue;
        if ((*c == ' ' || *c == '\n') && ++words == 7) {
            cut = c[1] != '\0';
            break;
        }
        buf[n++] = *c == '\n' ? ' ' : *c;
    }
    size_t k = n; /* never half a character: drop a last one cut short */
    while (k > 0 && ((unsigned char)buf[k - 1] & 0xC0) == 0x80) k--;
    if (k > 0) {
        unsigned char lead = (unsigned char)buf[k - 1];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (n - (k - 1) < need) n = k - 1;
    }
    buf[n] = '\0';
    if (cut) snprintf(buf + n, size - n, "\u2026");
}

void run_scene_view(Run *r, SceneView *v)
{
    memset(v, 0, sizeof *v);
    v->story_title = r->story->title;
    v->paragraphs = (const char *const *)r->paras;
    v->nparagraphs = r->nparas;
    if (r->phase == PHASE_PRONOUN) {
        v->paragraphs = (const char *const *)&r->prompt;
        v->nparagraphs = 1;
        for (int p = 0; p < PRONOUN_COUNT; p++)
            r->choice_views[p] = (ChoiceView){pronoun_label((Pronoun)p), true, NULL};
        v->nchoices = PRONOUN_COUNT;
    } else if (r->phase == PHASE_CHOICE) {
        for (int i = 0; i < r->nshown; i++)
            r->choice_views[i] = (ChoiceView){r->labels[i], r->selectable[i], r->reasons[i]};
        v->nchoices = r->nshown;
    }
    v->choices = r->choice_views;
    v->chapter = r->chapter >= 0 ? r->story->scenes[r->chapter].chapter : NULL;
    meter_views(r);
    v->meters = r->meter_views;
    v->nmeters = r->story->show_meters ? r->story->nmeters : 0;
}

void run_outcome_view(Run *r, OutcomeView *v)
{
    memset(v, 0, sizeof *v);
    v->story_title = r->story->title;
    v->title = r->ending_title;
    v->kind = story_kind(r->story, r->scene);
    v->paragraphs = (const char *const *)r->paras;
    v->nparagraphs = r->nparas;
    v->reflection = r->reflection;
    meter_views(r);
    v->meters = r->meter_views;
    v->nmeters = r->story->nmeters;
    v->notes = r->note_views; /* filled in on entering the ending */
    v->nnotes = r->nearned;
}

/* ------------------------------------------------------------------ paths */

char *run_path_text(const Run *r)
{
    Buf b = {0};
    for (int i = 0; i < r->npath; i++) path_add(&b, r->path[i].kind, r->path[i].text, r->path[i].chance);
    return buf_take(&b);
}

/* ------------------------------------------------------------- snapshots */

static void *copy_of(const void *src, size_t size)
{
    void *d = malloc(size ? size : 1);
    if (d && size) memcpy(d, src, size);
    return d;
}

bool run_clone(Run *dst, const Run *src)
{
    const Story *s = src->story;
    memset(dst, 0, sizeof *dst);
    dst->story = s;
    dst->quiet = src->quiet;
    dst->seed = src->seed;
    dst->rng = src->rng;
    dst->pronoun = src->pronoun;
    dst->scene = src->scene;
    dst->chapter = src->chapter;
    dst->phase = src->phase;
    dst->decisions = src->decisions;
    dst->ncalls = src->ncalls;
    memcpy(dst->calls, src->calls, sizeof dst->calls);
    dst->conditions = src->conditions;
    dst->condition_news = src->condition_news;
    dst->vars = calloc((size_t)s->nvars + 1, sizeof *dst->vars);
    dst->meters = copy_of(src->meters, sizeof *src->meters * (size_t)s->nmeters);
    dst->visits = copy_of(src->visits, sizeof *src->visits * (size_t)s->nscenes);
    dst->last_turn = copy_of(src->last_turn, sizeof *src->last_turn * (size_t)s->nscenes);
    dst->counters = copy_of(src->counters, sizeof *src->counters * (size_t)s->ncounters);
    dst->chosen = copy_of(src->chosen, sizeof *src->chosen * (size_t)s->nchoices);
    dst->touched_scenes = copy_of(src->touched_scenes, sizeof *src->touched_scenes * ((size_t)s->nscenes + 1));
    dst->touched_choices = copy_of(src->touched_choices, sizeof *src->touched_choices * ((size_t)s->nchoices + 1));
    dst->ntouched_scenes = src->ntouched_scenes;
    dst->ntouched_choices = src->ntouched_choices;
    dst->achieved = copy_of(src->achieved, sizeof *src->achieved * (size_t)s->nachievements);
    dst->earned = copy_of(src->earned, sizeof *src->earned * ((size_t)s->nchoices + 1));
    dst->nearned = src->nearned;
    dst->choice_views = calloc((size_t)s->nchoices + PRONOUN_COUNT, sizeof *dst->choice_views);
    dst->meter_views = calloc((size_t)s->nmeters + 1, sizeof *dst->meter_views);
    dst->note_views = calloc((size_t)s->nchoices + 1, sizeof *dst->note_views);
    bool buffers = alloc_scene_buffers(dst);
    if (buffers) {
        memcpy(dst->shown, src->shown, sizeof *src->shown * (size_t)src->nshown);
        memcpy(dst->avail, src->avail, sizeof *src->avail * (size_t)src->navail);
        memcpy(dst->selectable, src->selectable, sizeof *src->selectable * (size_t)src->nshown);
        dst->nshown = src->nshown;
        dst->navail = src->navail;
    }
    if (src->prompt) dst->prompt = strdup(src->prompt);
    bool ok = dst->vars && dst->meters && dst->visits && dst->last_turn && dst->touched_scenes &&
              dst->touched_choices && dst->counters && dst->chosen &&
              dst->achieved && dst->earned && dst->choice_views && dst->meter_views && dst->note_views && buffers &&
              (!src->prompt || dst->prompt) && temps_copy(&dst->temps, &src->temps);
    for (int i = 0; dst->vars && i < s->nvars; i++) ok = value_copy(&dst->vars[i], &src->vars[i]) && ok;
    dst->script = (ScriptState){.story = s, .vars = dst->vars, .meters = dst->meters, .pronoun = &dst->pronoun,
                                .rng = &dst->rng, .visits = dst->visits, .last_turn = dst->last_turn,
                                .turn = &dst->decisions, .reads = src->script.reads, .chosen = dst->chosen,
                                .achieved = dst->achieved, .temps = &dst->temps};
    return ok;
}
