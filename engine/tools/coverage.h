/* coverage.h - reports which lines of a story ran: the lines of functions
 * that ran, by the sandbox's counts, and the text of scenes, by how often a
 * play entered the scene (never by the load, which runs every line once). */
#ifndef REKINDLE_COVERAGE_H
#define REKINDLE_COVERAGE_H

#include <stddef.h>

#include "core/story.h"

/* Prints a summary and the line ranges never run; with `annotate` (a file
 * name, or "-" for stdout), writes the story there with each line's count,
 * like gcov. hits and code are per line (n of them); visits per scene, or
 * NULL. Returns 0, or 1 if `annotate` can't be written. */
int coverage_report(const Story *s, const long *hits, const unsigned char *code, int n, const long *visits,
                    const char *annotate);

#endif
