/* answers.c - the answers the tools give a question. */
#include "tools/answers.h"

#include <stdio.h>
#include <string.h>

/* A free-text question gets a name, the empty answer (which keeps the
 * variable's value) and a name outside ASCII. */
static const char *const SAMPLES[] = {"Robin", "", "Zoë Ng"};

int answers_for(const Ask *a, char answers[][ANSWER_LEN], bool *sampled)
{
    int n = 0;
    *sampled = false;
    if (a->number) {
        double span = a->hi - a->lo;
        if (span < ANSWERS_MAX) {
            for (double v = a->lo; v <= a->hi && n < ANSWERS_MAX; v++) snprintf(answers[n++], ANSWER_LEN, "%.0f", v);
            return n;
        }
        /* The ends, the middle, and next to each end. */
        double picks[] = {a->lo, a->lo + 1, (double)(long long)((a->lo + a->hi) / 2), a->hi - 1, a->hi};
        for (int i = 0; i < 5; i++) snprintf(answers[n++], ANSWER_LEN, "%.0f", picks[i]);
        *sampled = true;
        return n;
    }
    if (a->naccept > 0) {
        for (int i = 0; i < a->naccept && n < ANSWERS_MAX; i++) snprintf(answers[n++], ANSWER_LEN, "%s", a->accept[i]);
        *sampled = a->naccept > ANSWERS_MAX;
        return n;
    }
    for (size_t i = 0; i < sizeof SAMPLES / sizeof SAMPLES[0]; i++) snprintf(answers[n++], ANSWER_LEN, "%s", SAMPLES[i]);
    *sampled = true;
    return n;
}
