/* runtime.c - a playthrough: a pure function of story, seed and answers. */
#include "runtime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"

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

/* Fills placeholders and makes the text safe to show. *out is malloc'd. */
static bool fill(Run *r, const char *text, int line, char **out, char *err, size_t errlen)
{
    InterpState st = {r->story, r->vars, r->meters, r->pronoun};
    char bad[64] = "";
    char *filled = interp_fill(&st, text, bad, sizeof bad);
    if (filled == NULL) return oom(r, err, errlen);
    if (bad[0]) {
        free(filled);
        snprintf(err, errlen, "%s:%d: unknown placeholder {%s} (not a variable, meter or pronoun)",
                 r->story->path, line, bad);
        return fail(r, err, errlen, NULL);
    }
    *out = render_sanitize(filled, strlen(filled));
    free(filled);
    if (*out == NULL) return oom(r, err, errlen);
    return true;
}

static void clear_scene(Run *r)
{
    free(r->ending_title);
    free(r->reflection);
    free_strings(r->recap, 2 * r->nearned);
    r->ending_title = r->reflection = NULL;
    r->recap = NULL;
    free_strings(r->paras, r->nparas);
    free_strings(r->labels, r->navail);
    free(r->avail);
    free(r->prompt);
    r->paras = r->labels = NULL;
    r->avail = NULL;
    r->prompt = NULL;
    r->nparas = r->navail = 0;
}

/* -------------------------------------------------------------- entering */

/* Fills in what the outcome shows: title, reflection, the notes earned. */
static bool enter_ending(Run *r, const Scene *sc, char *err, size_t errlen)
{
    r->recap = calloc(2 * (size_t)r->nearned + 1, sizeof *r->recap);
    if (r->recap == NULL) return oom(r, err, errlen);
    if (!fill(r, sc->title, sc->line, &r->ending_title, err, errlen)) return false;
    if (sc->reflection && !fill(r, sc->reflection, sc->line, &r->reflection, err, errlen)) return false;
    for (int i = 0; i < r->nearned; i++) {
        const Choice *c = r->earned[i];
        if (!fill(r, c->label, c->line, &r->recap[2 * i], err, errlen)) return false;
        if (!fill(r, c->note, c->line, &r->recap[2 * i + 1], err, errlen)) return false;
    }
    return true;
}

/* Evaluates the scene's text and its choices' availability, once. */
static bool enter(Run *r, int index, char *err, size_t errlen)
{
    const Scene *sc = &r->story->scenes[index];
    clear_scene(r);
    r->scene = index;
    r->visits[index]++;
    r->paras = calloc((size_t)sc->nparas + 1, sizeof *r->paras);
    r->avail = calloc((size_t)sc->nchoices + 1, sizeof *r->avail);
    r->labels = calloc((size_t)sc->nchoices + 1, sizeof *r->labels);
    if (!r->paras || !r->avail || !r->labels) return oom(r, err, errlen);

    for (int i = 0; i < sc->nparas; i++) {
        const Paragraph *p = &sc->paras[i];
        char *computed = NULL;
        const char *text = p->text;
        if (text == NULL) {
            if (!script_text(&r->script, p->fn, &computed, err, errlen)) return fail(r, err, errlen, NULL);
            text = computed;
        }
        if (text && text[0]) {
            bool ok = fill(r, text, p->line, &r->paras[r->nparas], err, errlen);
            free(computed);
            if (!ok) return false;
            r->nparas++;
        } else {
            free(computed);
        }
    }
    if (sc->is_ending) {
        r->phase = PHASE_ENDED;
        return enter_ending(r, sc, err, errlen);
    }
    if (sc->ask) {
        r->phase = PHASE_ASK;
        return fill(r, sc->ask->prompt, sc->ask->line, &r->prompt, err, errlen);
    }
    for (int i = 0; i < sc->nchoices; i++) {
        const Choice *c = &sc->choices[i];
        if (c->once && r->taken[c->index]) continue;
        if (c->when_fn != STORY_NOREF) {
            bool shown;
            if (!script_condition(&r->script, c->when_fn, &shown, err, errlen)) return fail(r, err, errlen, NULL);
            if (!shown) continue;
        }
        if (!fill(r, c->label, c->line, &r->labels[r->navail], err, errlen)) return false;
        r->avail[r->navail++] = c;
    }
    if (r->navail == 0) {
        snprintf(err, errlen, "%s:%d: scene '%s' has no available choice: every one is used up or its "
                 "condition is false", r->story->path, sc->line, sc->name);
        return fail(r, err, errlen, NULL);
    }
    r->phase = PHASE_CHOICE;
    return true;
}

static bool record(Run *r, StepKind kind, const char *text)
{
    Step *p = realloc(r->path, sizeof *p * (size_t)(r->npath + 1));
    if (p == NULL) return false;
    r->path = p;
    p[r->npath].kind = kind;
    p[r->npath].text = strdup(text);
    if (p[r->npath].text == NULL) return false;
    r->npath++;
    return true;
}

/* ------------------------------------------------------------------ public */

bool run_start(Run *r, const Story *s, uint64_t seed, char *err, size_t errlen)
{
    memset(r, 0, sizeof *r);
    r->story = s;
    r->seed = seed;
    r->phase = PHASE_FAILED;
    r->pronoun = PRONOUN_THEY;
    rng_seed(&r->rng, seed);
    r->vars = calloc((size_t)s->nvars + 1, sizeof *r->vars);
    r->meters = calloc((size_t)s->nmeters + 1, sizeof *r->meters);
    r->visits = calloc((size_t)s->nscenes + 1, sizeof *r->visits);
    r->taken = calloc((size_t)s->nchoices + 1, sizeof *r->taken);
    r->choice_views = calloc((size_t)s->nchoices + PRONOUN_COUNT, sizeof *r->choice_views);
    r->meter_views = calloc((size_t)s->nmeters + 1, sizeof *r->meter_views);
    r->note_views = calloc((size_t)s->nchoices + 1, sizeof *r->note_views);
    r->earned = calloc((size_t)s->nchoices + 1, sizeof *r->earned);
    if (!r->vars || !r->meters || !r->visits || !r->taken || !r->choice_views || !r->meter_views ||
        !r->note_views || !r->earned)
        return oom(r, err, errlen);
    for (int i = 0; i < s->nvars; i++) {
        r->vars[i] = s->vars[i].initial;
        if (r->vars[i].type == VAL_STRING && (r->vars[i].string = strdup(s->vars[i].initial.string)) == NULL)
            return oom(r, err, errlen);
    }
    for (int i = 0; i < s->nmeters; i++) r->meters[i] = s->meters[i].start;
    r->script = (ScriptState){s, r->vars, r->meters, &r->pronoun, &r->rng};
    return enter(r, s->start, err, errlen);
}

void run_free(Run *r)
{
    clear_scene(r);
    if (r->vars)
        for (int i = 0; i < r->story->nvars; i++) free(r->vars[i].string);
    free(r->vars);
    free(r->meters);
    free(r->visits);
    free(r->taken);
    for (int i = 0; i < r->npath; i++) free(r->path[i].text);
    free(r->path);
    free(r->earned);
    free(r->choice_views);
    free(r->meter_views);
    free(r->note_views);
    memset(r, 0, sizeof *r);
}

bool run_choose(Run *r, int k, char *err, size_t errlen)
{
    if (r->phase != PHASE_CHOICE || k < 0 || k >= r->navail) {
        snprintf(err, errlen, "no such choice");
        return false;
    }
    const Choice *c = r->avail[k];
    if (!record(r, STEP_CHOICE, c->id)) return oom(r, err, errlen);
    r->decisions++;
    for (int i = 0; i < c->nchanges; i++) {
        double *m = &r->meters[c->changes[i].meter];
        *m += c->changes[i].delta;
        *m = *m < 0 ? 0 : *m > 100 ? 100 : *m;
    }
    if (c->once) r->taken[c->index] = true;
    if (c->note) {
        bool seen = false;
        for (int i = 0; i < r->nearned; i++) seen = seen || r->earned[i] == c;
        if (!seen) r->earned[r->nearned++] = c;
    }
    if (c->effect_fn != STORY_NOREF && !script_effect(&r->script, c->effect_fn, err, errlen))
        return fail(r, err, errlen, NULL);
    int target = c->target;
    if (c->go_fn != STORY_NOREF) {
        char *name;
        if (!script_target(&r->script, c->go_fn, &name, err, errlen)) return fail(r, err, errlen, NULL);
        target = story_scene(r->story, name);
        if (target < 0) {
            char *safe = render_sanitize(name, strlen(name));
            snprintf(err, errlen, "%s:%d: choice '%s' went to unknown scene '%.80s'", r->story->path,
                     c->line, c->label, safe ? safe : "?");
            free(safe);
        }
        free(name);
        if (target < 0) return fail(r, err, errlen, NULL);
    }
    return enter(r, target, err, errlen);
}

/* Drops control characters, collapses runs of spaces, trims. malloc'd. */
static char *clean_answer(const char *text)
{
    char *safe = render_sanitize(text, strlen(text));
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
    if (!record(r, STEP_ANSWER, answer)) {
        free(answer);
        return oom(r, err, errlen), ANSWER_ERROR;
    }
    if (answer[0]) {
        free(r->vars[a->var].string);
        r->vars[a->var].string = answer;
    } else {
        free(answer);
    }
    if (a->pronouns) {
        const char *name = r->vars[a->var].string[0] ? r->vars[a->var].string : "this person";
        size_t n = strlen(name) + 64;
        free(r->prompt);
        if ((r->prompt = malloc(n)) == NULL) return oom(r, err, errlen), ANSWER_ERROR;
        snprintf(r->prompt, n, "Which pronouns should the story use for %s?", name);
        r->phase = PHASE_PRONOUN;
        return ANSWER_OK;
    }
    return enter(r, a->target, err, errlen) ? ANSWER_OK : ANSWER_ERROR;
}

bool run_pick_pronoun(Run *r, Pronoun p, char *err, size_t errlen)
{
    if (r->phase != PHASE_PRONOUN || p < 0 || p >= PRONOUN_COUNT) {
        snprintf(err, errlen, "no pronouns are being asked for");
        return false;
    }
    r->pronoun = p;
    if (!record(r, STEP_PRONOUN, pronoun_id(p))) return oom(r, err, errlen);
    return enter(r, r->story->scenes[r->scene].ask->target, err, errlen);
}

int run_find_choice(const Run *r, const char *id)
{
    for (int i = 0; i < r->navail; i++)
        if (strcmp(r->avail[i]->id, id) == 0) return i;
    return -1;
}

bool run_replay_step(Run *r, const Step *step, char *err, size_t errlen)
{
    switch (step->kind) {
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
        case ANSWER_ERROR: return false;
        }
        return false;
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

/* ------------------------------------------------------------------ views */

static void meter_views(Run *r)
{
    for (int i = 0; i < r->story->nmeters; i++)
        r->meter_views[i] = (MeterView){r->story->meters[i].name, r->meters[i]};
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
        for (int i = 0; i < r->navail; i++) r->choice_views[i] = (ChoiceView){r->labels[i], true, NULL};
        v->nchoices = r->navail;
    }
    v->choices = r->choice_views;
    meter_views(r);
    v->meters = r->meter_views;
    v->nmeters = r->story->nmeters;
}

void run_outcome_view(Run *r, OutcomeView *v)
{
    const Scene *sc = &r->story->scenes[r->scene];
    memset(v, 0, sizeof *v);
    v->story_title = r->story->title;
    v->title = r->ending_title;
    v->kind = sc->kind;
    v->paragraphs = (const char *const *)r->paras;
    v->nparagraphs = r->nparas;
    v->reflection = r->reflection;
    meter_views(r);
    v->meters = r->meter_views;
    v->nmeters = r->story->nmeters;
    for (int i = 0; i < r->nearned; i++)
        r->note_views[i] = (NoteView){r->recap[2 * i], r->recap[2 * i + 1]};
    v->notes = r->note_views;
    v->nnotes = r->nearned;
}
