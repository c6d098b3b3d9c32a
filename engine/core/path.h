/* path.h - a playthrough's answers as text, for replays and saves: steps
 * joined by ','; a choice is its id, a typed answer '=' and the text, a
 * pronoun pick '@' and its id; a comma or a backslash in a step is escaped
 * with a backslash.
 * Parsed as data, never run. */
#ifndef REKINDLE_PATH_H
#define REKINDLE_PATH_H

#include <stdbool.h>

#include "base/buf.h"

typedef enum { STEP_CHOICE, STEP_ANSWER, STEP_PRONOUN } StepKind;

typedef struct {
    StepKind kind;
    char *text;      /* the choice id, the typed answer, or the pronoun id; owned, except
                        in a run's path where a choice's id is the story's */
    const struct Choice *choice; /* in a run's path: the choice taken (else NULL) */
} Step;

/* Appends one step to a path being written (with the ',' before it unless
 * it is the first). */
void path_add(Buf *b, StepKind kind, const char *text);

/* Parses a path into a malloc'd array of steps; false if malformed. */
bool path_parse(const char *text, Step **steps, int *n);
void path_free(Step *steps, int n);

#endif
