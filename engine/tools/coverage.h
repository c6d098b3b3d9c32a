/* coverage.h - reports which lines of a story ran, from the sandbox's counts. */
#ifndef REKINDLE_COVERAGE_H
#define REKINDLE_COVERAGE_H

#include <stddef.h>

/* Prints a summary and the line ranges with code that never ran; with
 * `annotate` (a file name, or "-" for stdout), writes the story there with
 * each line's count, like gcov. Returns 0, or 1 if `annotate` can't be written. */
int coverage_report(const char *path, const char *text, size_t len, const long *hits,
                    const unsigned char *code, int n, const char *annotate);

#endif
