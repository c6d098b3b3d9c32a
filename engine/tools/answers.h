/* answers.h - the answers the tools give a question: those it accepts when
 * it says (every number of a small range, every word), else sample names. */
#ifndef REKINDLE_ANSWERS_H
#define REKINDLE_ANSWERS_H

#include <stdbool.h>

#include "core/story.h"

#define ANSWERS_MAX 101     /* a range of more numbers than this is sampled */
#define ANSWER_LEN 48

/* Fills answers (ANSWERS_MAX of them at most) for the question; returns how
 * many. *sampled says whether they are only some of what it accepts. */
int answers_for(const Ask *a, char answers[][ANSWER_LEN], bool *sampled);

#endif
