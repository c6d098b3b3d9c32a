/* runtime.h - one playthrough: the current scene, variables, meters, visit
 * counts, once-only choices taken, the path of answers and the seeded RNG.
 * No I/O of any kind.
 *
 * A scene's text and the availability of its choices are evaluated once, when
 * the scene is entered; the views built from them are reused for every
 * redraw, completion and resize. */
#ifndef REKINDLE_RUNTIME_H
#define REKINDLE_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/interp.h"
#include "core/path.h"
#include "core/rng.h"
#include "core/script.h"
#include "core/story.h"
#include "core/value.h"
#include "core/view.h"

typedef enum {
    PHASE_CHOICE,   /* waiting for a choice */
    PHASE_ASK,      /* waiting for a free-text answer */
    PHASE_PRONOUN,  /* waiting for a pronoun pick */
    PHASE_ENDED,    /* at an ending */
    PHASE_FAILED,   /* a story error stopped the playthrough */
} Phase;

enum { CONDITION_TRUE = 1, CONDITION_FALSE = 2 }; /* Run.conditions: what a condition was seen to be */


/* A replay's outcomes of chance, taken in order by every draw until they
 * run out (then the seeded generator draws). */
typedef struct {
    RngOracle base;
    double *values;
    int n, pos;
} Forced;

typedef struct {
    const Story *story;
    bool quiet;           /* run_start_quiet: no text is filled in */
    uint64_t seed;
    Rng rng;
    Forced forced;        /* run_start_replay: the chance its path carries */
    const char *replaying_chance; /* during run_replay_step: the chance the step carries, kept in the path */
    Value *vars;
    double *meters;
    Pronoun pronoun;
    ScriptState script;   /* what story functions see: points into this run */
    int scene;            /* current scene index */
    int chapter;          /* the scene whose chapter the play is in, or -1 */
    Phase phase;
    int *visits;          /* per scene: times entered */
    int *touched_scenes;  /* the scenes entered at least once, in order: what a reset clears */
    int ntouched_scenes;
    int *last_turn;       /* per scene: the value of `decisions` when last entered */
    int *counters;        /* per text variation: times shown */
    int calls[STORY_CALL_DEPTH]; /* called scenes: where each `back` returns to */
    int ncalls;
    int *chosen;          /* per choice (Choice.index): times taken */
    int *touched_choices; /* the choices taken at least once, in order: what a reset clears */
    int ntouched_choices;
    bool *achieved;       /* per achievement: earned in this play */
    Temps temps;          /* the current scene's temporary values (s.here) */
    Step *path;           /* every answer, in order */
    int npath, cappath;
    const Choice **earned; /* choices whose notes were earned, in order, no repeats */
    int nearned;
    int decisions;        /* choices made (not counting questions): the turn */

    /* The screen since the last answer, evaluated once. */
    char **paras;         /* paragraphs; TEXT_PAGE_BREAK marks a pause */
    int nparas, cap_paras;
    bool glue_next;       /* the last paragraph ended with "<>": the next runs on */
    int *entered;         /* the scenes entered for this screen, in order (flow passes through several) */
    int nentered, cap_entered;
    const Choice **shown; /* choices shown, in order */
    bool *selectable;     /* for each shown: can be taken now */
    char **labels;        /* for each shown: the label, filled in */
    char **reasons;       /* for each shown and not selectable: why, or NULL */
    int nshown;
    const Choice **avail; /* the selectable ones, numbered 1.. for the player */
    int navail;
    char *prompt;         /* PHASE_ASK: the question, filled in */
    char *ending_title;   /* PHASE_ENDED: title and reflection, filled in */
    char *reflection;
    char **recap;         /* label, note, label, note... of the notes earned, filled in */
    int nrecap;

    long *condition_news; /* NULL, or (the caller's) a count of the times a condition was first seen true or false */
    unsigned char *conditions; /* NULL, or (owned by the caller) CONDITION_* flags: choice i's when
                                  at 2i, its available at 2i+1, scene k's storylet when at
                                  2 * story->nchoices + k */

    /* Views handed to render. */
    ChoiceView *choice_views;
    MeterView *meter_views;
    NoteView *note_views;
} Run;

/* Starts a playthrough at the story's start scene. False + err on a story
 * error (the run is then PHASE_FAILED and must still be freed). */
bool run_start(Run *r, const Story *s, uint64_t seed, char *err, size_t errlen);
/* A start for a replay of steps: when they carry outcomes of chance (as
 * quicktest's paths do), every draw takes them in order until they run out. */
bool run_start_replay(Run *r, const Story *s, uint64_t seed, const Step *steps, int nsteps, char *err, size_t errlen);
/* The same for tools that play without showing anything: text is checked
 * (story code still runs, placeholders are still checked) but not filled in,
 * and the views are left empty. */
bool run_start_quiet(Run *r, const Story *s, uint64_t seed, bool quiet, char *err, size_t errlen);
/* A quiet start whose chance comes from an oracle, logging conditions into
 * `conditions` (see Run.conditions) and the slots story code reads into
 * `reads` (see ScriptState.reads). */
bool run_start_oracle(Run *r, const Story *s, RngOracle *oracle, unsigned char *conditions, unsigned char *reads,
                      char *err, size_t errlen);
void run_free(Run *r);
/* run_free keeps the per-scene and per-choice arrays of the run it frees
 * for the next run of a story of the same size, cleared only where the run
 * touched them, so that a tool playing thousands of runs pays for the
 * scenes a run enters, not for every scene of the story. This lets them go
 * (load_close calls it). */
void run_drop_spare(void);

/* Takes available choice k (0-based). */
bool run_choose(Run *r, int k, char *err, size_t errlen);

typedef enum { ANSWER_OK, ANSWER_TOO_LONG, ANSWER_NOT_ACCEPTED, ANSWER_ERROR } AnswerResult;
/* Gives the free-text answer to the current ask. Control characters are
 * dropped and spaces trimmed; an empty answer keeps the variable's value.
 * A question that says what it accepts refuses anything else. */
AnswerResult run_answer(Run *r, const char *text, char *err, size_t errlen);
/* What an empty answer to the current question keeps, as text; false when
 * the variable holds nothing to keep. */
bool run_answer_default(const Run *r, char *buf, size_t size);

bool run_pick_pronoun(Run *r, Pronoun p, char *err, size_t errlen);

/* The developer console: a jump to a scene (its text shown afresh), and a
 * variable or meter set by hand ("true", "false", a number, else text).
 * Both go into the path, so undo, saves and reloads replay them. */
bool run_jump(Run *r, const char *scene, char *err, size_t errlen);
bool run_set(Run *r, const char *name, const char *value, char *err, size_t errlen);

/* Finds the available choice whose id is `id`; -1 if none. */
int run_find_choice(const Run *r, const char *id);

/* Replays one recorded step. */
bool run_replay_step(Run *r, const Step *step, char *err, size_t errlen);

/* A copy of a quiet run's state (not its path or shown text), to explore
 * from. False when out of memory (free it all the same). */
bool run_clone(Run *dst, const Run *src);

/* The path as text, for replays and saves (see path.h). malloc'd. */
char *run_path_text(const Run *r);

/* Views of the current scene and, at an ending, of the outcome. Valid until
 * the next call that changes the run. */
void run_scene_view(Run *r, SceneView *v);
/* Where the play is, for the player (saves, messages): the chapter's name,
 * else the first words on the screen. Never a scene's internal name. */
void run_place(const Run *r, char *buf, size_t size);
void run_outcome_view(Run *r, OutcomeView *v);
/* The notes earned so far, filled in; returns how many, or -1 on a story
 * error (in err). Valid until the next call that changes the run. */
int run_notes(Run *r, const NoteView **views, char *err, size_t errlen);

#endif
