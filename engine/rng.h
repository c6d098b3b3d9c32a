/* rng.h - the engine's seeded random numbers (xoshiro256**): the only
 * chance a story gets, so a playthrough replays exactly from its seed. */
#ifndef REKINDLE_RNG_H
#define REKINDLE_RNG_H

#include <stdint.h>

typedef struct {
    uint64_t s[4];
} Rng;

void rng_seed(Rng *r, uint64_t seed);
uint64_t rng_next(Rng *r);
/* A float in [0, 1). */
double rng_float(Rng *r);
/* An integer in [lo, hi] (lo <= hi), without modulo bias. */
int64_t rng_range(Rng *r, int64_t lo, int64_t hi);

#endif
