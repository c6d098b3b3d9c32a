/* script.h - calls into story functions (conditions, effects, computed text
 * and targets) with the playthrough's state, through the sandbox.
 *
 * Story functions see the state as one table `s` whose fields are the
 * declared variables and meters (and the read-only `pronoun`); assigning an
 * undeclared name or a value of the wrong type is an error at the story's
 * line. math.random draws from the bound Rng. */
#ifndef REKINDLE_SCRIPT_H
#define REKINDLE_SCRIPT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/interp.h"
#include "core/rng.h"
#include "core/story.h"

typedef struct {
    const Story *story;
    Value *vars;        /* story->nvars, owned by the runtime */
    double *meters;     /* story->nmeters, clamped to 0..100 */
    Pronoun *pronoun;
    Rng *rng;
    const int *visits;     /* per scene: times entered */
    const int *last_turn;  /* per scene: the turn it was last entered on */
    const int *turn;       /* turns so far (answers given) */
    unsigned char *reads;  /* NULL, or per slot (see story_slot), then the SCRIPT_READS_* below:
                              set when story code reads it (size: SCRIPT_READS(story)) */
    int *chosen;           /* per choice: times taken */
    bool *achieved;        /* per achievement: earned */
    struct Temps *temps;   /* the scene's temporary values (s.here) */
} ScriptState;

/* The entries of ScriptState.reads after the slots. */
#define SCRIPT_READS_PRONOUN(s) ((s)->nvars + (s)->nmeters)
#define SCRIPT_READS_VISITS(s) ((s)->nvars + (s)->nmeters + 1) /* visits() or turns_since() */
#define SCRIPT_READS_TAKEN(s) ((s)->nvars + (s)->nmeters + 2)  /* taken() */
#define SCRIPT_READS_HERE(s) ((s)->nvars + (s)->nmeters + 3)   /* s.here */
#define SCRIPT_READS(s) ((s)->nvars + (s)->nmeters + 4)

/* A finished playthrough, as a story's `check` rule sees it. */
typedef struct {
    const char *ending;     /* the ending scene's name */
    const char *kind;       /* its kind, or NULL */
    int decisions;          /* choices made */
    const int *tag_counts;  /* per Story.tags: choices taken with it */
} PlayInfo;

/* Installs math.random and the state table in the sandbox environment;
 * call after sandbox_open and before story_load. */
bool script_install(char *err, size_t errlen);

/* The developer console: runs code (an expression, or statements) with the
 * state as `s`; *out is what it returned, as text (malloc'd, maybe empty). */
bool script_eval(ScriptState *st, const char *code, char **out, char *err, size_t errlen);

/* Each returns false with "FILE:LINE: message" in err on a story error. */
bool script_text(ScriptState *st, int fn, char **out, char *err, size_t errlen);      /* *out malloc'd or NULL */
bool script_condition(ScriptState *st, int fn, bool *out, char *err, size_t errlen);
bool script_effect(ScriptState *st, int fn, char *err, size_t errlen);
/* A scene name a function returns (*out malloc'd); with `optional`, nil
 * gives *out = NULL. */
bool script_target(ScriptState *st, int fn, bool optional, char **out, char *err, size_t errlen);
/* A rule's check: fn(play, s) returns true, or false and (maybe) why. */
bool script_rule(ScriptState *st, int fn, const PlayInfo *play, bool *ok, char **why, char *err, size_t errlen);

#endif
