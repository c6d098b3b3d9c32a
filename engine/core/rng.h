/* rng.h - the engine's seeded random numbers (xoshiro256**): the only
 * chance a story gets, so a playthrough replays exactly from its seed. */
#ifndef REKINDLE_RNG_H
#define REKINDLE_RNG_H

#include <stdint.h>

/* Stands in for the generator when a tool explores every outcome of chance
 * (quicktest): every draw is asked of it instead. */
typedef struct RngOracle RngOracle;
struct RngOracle {
    int64_t (*range)(RngOracle *o, int64_t lo, int64_t hi);
    double (*real)(RngOracle *o);
};

typedef struct {
    uint64_t s[4];
    RngOracle *oracle;  /* NULL: draw from the seeded state */
} Rng;

void rng_seed(Rng *r, uint64_t seed);
uint64_t rng_next(Rng *r);
/* A float in [0, 1). */
double rng_float(Rng *r);
/* An integer in [lo, hi] (lo <= hi), without modulo bias. */
int64_t rng_range(Rng *r, int64_t lo, int64_t hi);
/* The same from the seeded state alone, whatever oracle stands in. */
double rng_float_seeded(Rng *r);
int64_t rng_range_seeded(Rng *r, int64_t lo, int64_t hi);

#endif
