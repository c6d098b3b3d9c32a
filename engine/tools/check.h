/* check.h - static checks of a loaded story, without playing it: the story
 * graph (reachability, ways out), what the source uses and declares, and
 * habits of the collection (a meter change carries a note). */
#ifndef REKINDLE_CHECK_H
#define REKINDLE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "core/story.h"

typedef enum { DIAG_ERROR, DIAG_WARNING } DiagLevel;

typedef struct {
    DiagLevel level;
    int line;
    char *message;  /* owned */
} Diagnostic;

typedef struct {
    Diagnostic *items;  /* sorted by line */
    int count;
    int errors;
    int warnings;
} CheckReport;

/* Checks a story; `text` is its source (for what only a scan can tell). */
void check_story(const Story *s, const char *text, size_t len, CheckReport *out);
void check_free(CheckReport *r);

/* The scenes each scene can lead to, as the graph tools see it: static
 * targets, called scenes and where they return, storylet candidates, and
 * (a guess) for a `go` function every scene named in quotes in code. Fills reach[] (nscenes
 * flags) with the scenes reachable from `from`. */
void check_reachable(const Story *s, const char *text, size_t len, int from, bool *reach);

#endif
