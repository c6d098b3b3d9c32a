/* savecheck.h - `rekindle check-save`: what in a save still fits the story
 * as it is now, and where its replay would stop. */
#ifndef REKINDLE_SAVECHECK_H
#define REKINDLE_SAVECHECK_H

#include "core/sandbox.h"

/* Checks the save file against the story at story_path (NULL: the story
 * of the save's id in the story folders). Prints a report; returns 0 when
 * the whole path replays, 1 when it stops, 2 for a bad command line. */
int savecheck_run(const char *save_path, const char *story_path, const SandboxLimits *limits);

#endif
