/* path.h - a playthrough's answers as text, for replays and saves: steps
 * joined by ','; a choice is its id, a typed answer '=' and the text, a
 * pronoun pick '@' and its id. A step may end with the outcomes of chance it
 * met, in braces ("knock{3 1}"); a path may start with those of the first
 * scene alone ("{2},knock"). A comma, a backslash or a brace in a step is
 * escaped with a backslash. Parsed as data, never run. */
#ifndef REKINDLE_PATH_H
#define REKINDLE_PATH_H

#include <stdbool.h>

#include "base/buf.h"

/* STEP_JUMP ("!scene") and STEP_SET ("$name=value") are the developer
 * console's: a jump to a scene, a variable or meter set by hand. */
typedef enum { STEP_CHOICE, STEP_ANSWER, STEP_PRONOUN, STEP_START, STEP_JUMP, STEP_SET } StepKind;

typedef struct {
    StepKind kind;        /* STEP_START: only the chance met entering the first scene */
    char *text;           /* the choice id, the typed answer, or the pronoun id; owned, except
                             in a run's path where a choice's id is the story's */
    char *chance;         /* the outcomes of chance, "3 1" (owned), or NULL */
    const struct Choice *choice; /* in a run's path: the choice taken (else NULL) */
} Step;

/* Appends one step to a path being written (with the ',' before it unless
 * it is the first); chance may be NULL. */
void path_add(Buf *b, StepKind kind, const char *text, const char *chance);

/* Parses a path into a malloc'd array of steps; false if malformed (errno
 * EINVAL) or out of memory (ENOMEM). */
bool path_parse(const char *text, Step **steps, int *n);
void path_free(Step *steps, int n);

/* The outcomes of chance the steps carry, in order, as numbers: a malloc'd
 * array (NULL when there are none, or out of memory: see *n). */
double *path_chance(const Step *steps, int nsteps, int *n);

#endif
