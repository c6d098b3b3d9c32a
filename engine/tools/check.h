/* check.h - static checks of a loaded story, without playing it: the story
 * graph (reachability, ways out), what the source uses and declares, and
 * the static rules the story declares (a meter change carries a note). */
#ifndef REKINDLE_CHECK_H
#define REKINDLE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "core/story.h"

/* A note says what check could not judge; it fails nothing, not even --strict. */
typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef struct {
    DiagLevel level;
    int file, line;       /* Story.files[file] */
    char *message;  /* owned */
} Diagnostic;

typedef struct {
    Diagnostic *items;  /* sorted by line */
    int count;
    int errors;
    int warnings;
} CheckReport;

/* Checks a story: its model, and its source for what only a scan can tell. */
void check_story(const Story *s, CheckReport *out);
void check_free(CheckReport *r);

#endif
