/* rng.c - xoshiro256** seeded through splitmix64. */
#include "core/rng.h"

#include <stddef.h>

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void rng_seed(Rng *r, uint64_t seed)
{
    r->oracle = NULL;
    for (int i = 0; i < 4; i++) r->s[i] = splitmix64(&seed);
}

uint64_t rng_next(Rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

double rng_float(Rng *r)
{
    if (r->oracle) return r->oracle->real(r->oracle);
    return rng_float_seeded(r);
}

double rng_float_seeded(Rng *r)
{
    return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

int64_t rng_range(Rng *r, int64_t lo, int64_t hi)
{
    if (r->oracle) return r->oracle->range(r->oracle, lo, hi);
    return rng_range_seeded(r, lo, hi);
}

int64_t rng_range_seeded(Rng *r, int64_t lo, int64_t hi)
{
    uint64_t span = (uint64_t)hi - (uint64_t)lo; /* hi - lo, may be the full range */
    if (span == UINT64_MAX) return (int64_t)rng_next(r);
    uint64_t n = span + 1;
    uint64_t limit = UINT64_MAX - UINT64_MAX % n; /* reject the biased tail */
    uint64_t x;
    do x = rng_next(r);
    while (x >= limit);
    return (int64_t)((uint64_t)lo + x % n);
}
