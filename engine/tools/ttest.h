/* ttest.h - `rekindle test`: the transcripts a writer recorded, replayed,
 * and what the story shows now compared with what they hold. */
#ifndef REKINDLE_TTEST_H
#define REKINDLE_TTEST_H

#include <stdbool.h>

#include "core/sandbox.h"

typedef struct {
    char **paths;         /* transcript files, and folders of them */
    int npaths;
    bool accept;          /* rewrite a changed transcript with the play as it is now */
    SandboxLimits limits; /* handed on to each replay */
} TtestOptions;

/* Tests every transcript, prints what differs and a summary; returns an
 * exit status (0 all passed, 1 any failed). */
int ttest_run(const TtestOptions *o);

#endif
