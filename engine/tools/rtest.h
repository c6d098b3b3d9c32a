/* rtest.h - randomtest: many playthroughs choosing at random, spread over
 * forked workers, each with its own Lua state. */
#ifndef REKINDLE_RTEST_H
#define REKINDLE_RTEST_H

#include <stdbool.h>
#include <stdint.h>

#include "core/sandbox.h"

typedef struct {
    const char *path;
    long runs;            /* playthroughs */
    uint64_t seed;        /* run i plays with seed + i */
    int max_steps;        /* a playthrough longer than this is an error (a loop?) */
    int jobs;             /* worker processes */
    bool json;            /* the report as JSON on stdout */
    bool progress;        /* a progress bar on stderr */
    bool coverage;        /* count the story lines that ran */
    bool checksum;        /* fill in the text and print a checksum of the walk (tests/bench) */
    const char *coverage_out; /* NULL: list never-run lines; else write the annotated story there */
    SandboxLimits limits;
} RtestOptions;

/* Runs the test and prints the report; returns an exit status (0 no
 * errors, 1 errors found or the story did not load). */
int rtest_run(const RtestOptions *o);

#endif
