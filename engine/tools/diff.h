/* diff.h - a small line diff of our own, printed as unified hunks, so that
 * `rekindle test` needs no diffutils: the common start and end are set
 * aside, and the lines between are matched by their longest common
 * subsequence (when they are too many for that, all of them differ). */
#ifndef REKINDLE_DIFF_H
#define REKINDLE_DIFF_H

#include <stdbool.h>
#include <stdio.h>

typedef struct {
    const char *const *lines;
    const int *numbers; /* each line's number in its file, for the hunks' headers */
    int n;
} DiffSide;

/* The index of the first line where a and b differ (one may end there), or
 * -1 when they are the same. */
int diff_first(const DiffSide *a, const DiffSide *b);

/* Prints the hunks that turn a into b, with `context` lines of each side
 * around every change ("@@ -12,7 +12,6 @@", then lines starting with ' ',
 * '-' or '+', an empty line kept empty, as diff --suppress-blank-empty), at most max_lines lines of them: past that, how many changed
 * lines are left out. Prints nothing when a and b are the same. False when
 * out of memory. */
bool diff_print(FILE *out, const DiffSide *a, const DiffSide *b, int context, int max_lines);

#endif
