/* qtest.h - quicktest: every reachable state of a story when there are few
 * enough of them, and beyond that a search that goes after what has not
 * been covered yet (scenes, choices, conditions, endings, the story's rules). */
#ifndef REKINDLE_QTEST_H
#define REKINDLE_QTEST_H

#include <stdbool.h>

#include "core/sandbox.h"

typedef struct {
    const char *path;
    long max_states;      /* past this many states the exact search gives way to the guided one */
    long steps;           /* steps the guided search may take */
    double seconds;       /* and the time it may take at most */
    const char *coverage_out; /* NULL: list never-run lines; else write the annotated story there */
    SandboxLimits limits;
} QtestOptions;

/* Runs the search and prints the report; returns an exit status (0 no
 * errors, 1 errors or broken rules found, or the story did not load). */
int qtest_run(const QtestOptions *o);

#endif
