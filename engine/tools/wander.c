/* wander.c - random plays in this process, counted (see wander.h). */
#include "tools/wander.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "core/rng.h"
#include "core/runtime.h"
#include "tools/answers.h"

#define WANDER_MAX_STEPS 2000 /* a play still going after this many choices is a loop: stop it */

/* Words in the paragraphs on the screen now. */
static long words_shown(const Run *r)
{
    long n = 0;
    for (int i = 0; i < r->nparas; i++) n += text_words(r->paras[i]);
    return n;
}

static void note_seen(int *seen, int scene)
{
    for (int i = 0; i < WANDER_GO_SEEN; i++) {
        if (seen[i] == scene) return;
        if (seen[i] < 0) {
            seen[i] = scene;
            return;
        }
    }
}

/* Where scenes whose flow is computed led, on the screen just entered. */
static void note_flows(const Story *s, const Run *r, Wander *w)
{
    for (int i = 0; i + 1 < r->nentered; i++) {
        const Scene *sc = &s->scenes[r->entered[i]];
        if (sc->flow_fn != STORY_NOREF || sc->flow_call_fn != STORY_NOREF)
            note_seen(&w->flow_seen[r->entered[i] * WANDER_GO_SEEN], r->entered[i + 1]);
    }
}

/* One play from seed: counts into w. */
static bool play_one(const Story *s, uint64_t seed, bool text, Wander *w, char *err, size_t errlen)
{
    Run r;
    Rng chooser;
    rng_seed(&chooser, seed ^ 0x9e3779b97f4a7c15ULL);
    bool ok = run_start_quiet(&r, s, seed, !text, err, errlen);
    bool *entered = calloc((size_t)s->nscenes + 1, sizeof *entered);
    bool *took = calloc((size_t)s->nchoices + 1, sizeof *took);
    long words = 0;
    ok = ok && entered && took;
    while (ok) { /* each screen: what it entered, then the answer given to it */
        if (r.phase != PHASE_ENDED && r.decisions >= WANDER_MAX_STEPS) break;
        for (int i = 0; i < r.nentered; i++) entered[r.entered[i]] = true;
        note_flows(s, &r, w);
        if (text) words += words_shown(&r);
        if (r.phase == PHASE_ENDED) {
            w->ended++;
            break;
        }
        if (r.phase == PHASE_CHOICE) {
            int k = (int)rng_range(&chooser, 0, r.navail - 1);
            const Choice *c = r.avail[k];
            took[c->index] = true;
            ok = run_choose(&r, k, err, errlen);
            if (ok && c->go_fn != STORY_NOREF) note_seen(&w->go_seen[c->index * WANDER_GO_SEEN], r.entered[0]);
        } else if (r.phase == PHASE_ASK) {
            char answers[ANSWERS_MAX][ANSWER_LEN];
            bool sampled;
            int n = answers_for(s->scenes[r.scene].ask, answers, &sampled);
            ok = run_answer(&r, answers[rng_range(&chooser, 0, n - 1)], err, errlen) == ANSWER_OK;
        } else if (r.phase == PHASE_PRONOUN) {
            ok = run_pick_pronoun(&r, (Pronoun)rng_range(&chooser, 0, PRONOUN_COUNT - 1), err, errlen);
        } else {
            ok = false; /* PHASE_FAILED: err is set */
        }
    }
    for (int i = 0; entered && i < s->nscenes; i++) w->visits[i] += entered[i];
    for (int i = 0; took && i < s->nchoices; i++) w->taken[i] += took[i];
    if (w->words) w->words[w->plays] = words;
    w->choices[w->plays] = r.decisions;
    w->plays++;
    free(entered);
    free(took);
    run_free(&r);
    return ok;
}

bool wander(const Story *s, long plays, uint64_t seed, bool text, Wander *w, char *err, size_t errlen)
{
    memset(w, 0, sizeof *w);
    w->visits = calloc((size_t)s->nscenes + 1, sizeof *w->visits);
    w->taken = calloc((size_t)s->nchoices + 1, sizeof *w->taken);
    w->go_seen = malloc(sizeof *w->go_seen * WANDER_GO_SEEN * ((size_t)s->nchoices + 1));
    w->flow_seen = malloc(sizeof *w->flow_seen * WANDER_GO_SEEN * ((size_t)s->nscenes + 1));
    w->choices = calloc((size_t)plays + 1, sizeof *w->choices);
    if (text) w->words = calloc((size_t)plays + 1, sizeof *w->words);
    if (!w->visits || !w->taken || !w->go_seen || !w->flow_seen || !w->choices || (text && !w->words)) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    memset(w->go_seen, 0xff, sizeof *w->go_seen * WANDER_GO_SEEN * ((size_t)s->nchoices + 1));
    memset(w->flow_seen, 0xff, sizeof *w->flow_seen * WANDER_GO_SEEN * ((size_t)s->nscenes + 1));
    for (long i = 0; i < plays; i++)
        if (!play_one(s, seed + (uint64_t)i, text, w, err, errlen)) return false;
    return true;
}

void wander_free(Wander *w)
{
    free(w->visits);
    free(w->taken);
    free(w->go_seen);
    free(w->flow_seen);
    free(w->words);
    free(w->choices);
    memset(w, 0, sizeof *w);
}
