/* suggest.h - "did you mean": the closest of a list of names to a word
 * that names nothing, for messages a writer can act on. */
#ifndef REKINDLE_SUGGEST_H
#define REKINDLE_SUGGEST_H

#include <stddef.h>

/* Writes " (did you mean 'x'?)" into buf for the candidate closest to word
 * (case aside, a few edits away at most), or "" when none is close. */
void suggest(char *buf, size_t size, const char *word, const char *const *cands, int n);

#endif
