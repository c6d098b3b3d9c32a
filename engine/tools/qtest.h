/* qtest.h - quicktest: an exhaustive search of a story's reachable states,
 * taking every choice, every outcome of chance and a few sample answers. */
#ifndef REKINDLE_QTEST_H
#define REKINDLE_QTEST_H

#include <stdbool.h>

#include "core/sandbox.h"

typedef struct {
    const char *path;
    long max_states;      /* the search stops (incomplete) past this many states */
    bool coverage;        /* count the story lines that ran */
    const char *coverage_out;
    SandboxLimits limits;
} QtestOptions;

/* Runs the search and prints the report; returns an exit status (0 no
 * errors, 1 errors found or the story did not load). */
int qtest_run(const QtestOptions *o);

#endif
