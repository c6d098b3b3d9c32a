/* test_rng.c - unit tests for engine/rng.c: the seeded generator every
 * playthrough replays from. Same seed, same sequence; the algorithm is the
 * published xoshiro256** seeded through splitmix64 (so seeds in saves keep
 * their meaning); ranges are inclusive and unbiased, floats in [0, 1).
 *
 * Every statistical test runs on fixed seeds, so it is deterministic: the
 * bounds are loose enough (p < 0.001 for a fair generator) that only a
 * real bias fails them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdbool.h>
#include <stdio.h>

#include "core/rng.h"

/* ===================== a reference, from the published algorithms ===================== */

static uint64_t ref_splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64_t ref_rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

/* xoshiro256** 1.0 (Blackman and Vigna). */
static uint64_t ref_next(uint64_t s[4])
{
    const uint64_t result = ref_rotl(s[1] * 5, 7) * 9;
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = ref_rotl(s[3], 45);
    return result;
}

/* Chi-square statistic of counts against equal expectations. */
static double chi_square(const long *counts, int n, long total)
{
    double expect = (double)total / n, chi = 0;
    for (int i = 0; i < n; i++) chi += (counts[i] - expect) * (counts[i] - expect) / expect;
    return chi;
}

/* ===================== sequences ===================== */

static void test_reference_vector(void **state)
{
    (void)state;
    /* splitmix64's published first outputs from 0: checks the reference itself. */
    uint64_t x = 0;
    assert_true(ref_splitmix64(&x) == 0xe220a8397b1dcdafULL);
    assert_true(ref_splitmix64(&x) == 0x6e789e6aa1b965f4ULL);
    assert_true(ref_splitmix64(&x) == 0x06c45d188009454fULL);
}

static void test_matches_reference(void **state)
{
    (void)state;
    const uint64_t seeds[] = {0, 1, 42, 0xdeadbeefULL, UINT64_MAX};
    for (size_t k = 0; k < sizeof seeds / sizeof seeds[0]; k++) {
        uint64_t x = seeds[k], s[4];
        for (int i = 0; i < 4; i++) s[i] = ref_splitmix64(&x);
        Rng r;
        rng_seed(&r, seeds[k]);
        for (int i = 0; i < 4; i++) assert_true(r.s[i] == s[i]);
        for (int i = 0; i < 1000; i++) {
            uint64_t want = ref_next(s), got = rng_next(&r);
            if (got != want) fail_msg("seed %llu, draw %d: %llx, want %llx", (unsigned long long)seeds[k], i,
                                      (unsigned long long)got, (unsigned long long)want);
        }
    }
}

static void test_same_seed_same_sequence(void **state)
{
    (void)state;
    Rng a, b;
    rng_seed(&a, 12345);
    rng_seed(&b, 12345);
    for (int i = 0; i < 10000; i++) {
        assert_true(rng_next(&a) == rng_next(&b));
        assert_true(rng_range(&a, 1, 100) == rng_range(&b, 1, 100));
        assert_true(rng_float(&a) == rng_float(&b));
    }
    /* Seeding again starts the sequence over. */
    rng_seed(&a, 12345);
    uint64_t first = rng_next(&a);
    rng_seed(&a, 12345);
    assert_true(rng_next(&a) == first);
}

static void test_different_seeds_differ(void **state)
{
    (void)state;
    /* Neighbouring seeds give unrelated sequences. */
    for (uint64_t seed = 0; seed < 100; seed++) {
        Rng a, b;
        rng_seed(&a, seed);
        rng_seed(&b, seed + 1);
        int same = 0;
        for (int i = 0; i < 100; i++) same += rng_next(&a) == rng_next(&b);
        assert_int_equal(same, 0);
    }
    /* And a sequence does not repeat its first values soon. */
    Rng r;
    rng_seed(&r, 7);
    uint64_t first = rng_next(&r);
    for (int i = 0; i < 100000; i++) assert_true(rng_next(&r) != first);
}

/* ===================== ranges ===================== */

static void test_range_bounds_inclusive(void **state)
{
    (void)state;
    Rng r;
    rng_seed(&r, 1);
    bool seen[7] = {false};
    for (int i = 0; i < 10000; i++) {
        int64_t v = rng_range(&r, -3, 3);
        assert_true(v >= -3 && v <= 3);
        seen[v + 3] = true;
    }
    for (int i = 0; i < 7; i++)
        if (!seen[i]) fail_msg("rng_range(-3, 3) never gave %d", i - 3);

    /* One value; both ends of int64; a range that spans every value. */
    for (int i = 0; i < 100; i++) assert_int_equal(rng_range(&r, 5, 5), 5);
    for (int i = 0; i < 100; i++) {
        assert_true(rng_range(&r, INT64_MAX - 1, INT64_MAX) >= INT64_MAX - 1);
        assert_true(rng_range(&r, INT64_MIN, INT64_MIN + 1) <= INT64_MIN + 1);
    }
    bool negative = false, positive = false;
    for (int i = 0; i < 100; i++) {
        int64_t v = rng_range(&r, INT64_MIN, INT64_MAX);
        negative = negative || v < 0;
        positive = positive || v > 0;
    }
    assert_true(negative && positive);
}

static void test_range_dice_chi_square(void **state)
{
    (void)state;
    /* 60,000 rolls of a die for each of five seeds; chi-square with 5
     * degrees of freedom is above 20.5 with probability 0.001. */
    for (uint64_t seed = 1; seed <= 5; seed++) {
        Rng r;
        rng_seed(&r, seed);
        long counts[6] = {0};
        for (int i = 0; i < 60000; i++) {
            int64_t v = rng_range(&r, 1, 6);
            assert_true(v >= 1 && v <= 6);
            counts[v - 1]++;
        }
        double chi = chi_square(counts, 6, 60000);
        if (chi > 20.5)
            fail_msg("seed %llu: chi-square %.2f (counts %ld %ld %ld %ld %ld %ld)", (unsigned long long)seed, chi,
                     counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }
}

static void test_range_no_modulo_bias(void **state)
{
    (void)state;
    /* A span of about 2/3 of 2^64: plain `x % n` would give the lower half
     * of it two draws in three. Rejection sampling gives one in two. */
    const uint64_t n = 0xAAAAAAAAAAAAAAAAULL;
    const int64_t lo = INT64_MIN, hi = (int64_t)((uint64_t)INT64_MIN + (n - 1));
    Rng r;
    rng_seed(&r, 2024);
    long lower = 0;
    const long draws = 20000;
    for (long i = 0; i < draws; i++) {
        int64_t v = rng_range(&r, lo, hi);
        assert_true(v >= lo && v <= hi);
        lower += (uint64_t)v - (uint64_t)lo < n / 2;
    }
    double share = (double)lower / draws;
    if (fabs(share - 0.5) > 0.02) fail_msg("lower half drawn %.3f of the time", share);
}

/* ===================== floats ===================== */

static void test_float_range(void **state)
{
    (void)state;
    Rng r;
    rng_seed(&r, 99);
    long counts[10] = {0};
    double sum = 0, lowest = 1, highest = 0;
    const long draws = 100000;
    for (long i = 0; i < draws; i++) {
        double f = rng_float(&r);
        assert_true(f >= 0.0 && f < 1.0);
        /* 53 bits of a double, no more: f * 2^53 is a whole number. */
        double scaled = f * 9007199254740992.0;
        assert_true(scaled == floor(scaled));
        counts[(int)(f * 10)]++;
        sum += f;
        if (f < lowest) lowest = f;
        if (f > highest) highest = f;
    }
    assert_true(fabs(sum / draws - 0.5) < 0.005);
    assert_true(lowest < 0.001 && highest > 0.999);
    /* 9 degrees of freedom: above 27.9 with probability 0.001. */
    double chi = chi_square(counts, 10, draws);
    if (chi > 27.9) fail_msg("chi-square %.2f over ten buckets", chi);
}

static void test_float_from_top_bits(void **state)
{
    (void)state;
    /* The float is the top 53 bits of the next draw. */
    Rng a, b;
    rng_seed(&a, 5);
    rng_seed(&b, 5);
    for (int i = 0; i < 1000; i++) {
        uint64_t x = rng_next(&a);
        double want = (double)(x >> 11) / 9007199254740992.0;
        assert_true(rng_float(&b) == want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_vector),
        cmocka_unit_test(test_matches_reference),
        cmocka_unit_test(test_same_seed_same_sequence),
        cmocka_unit_test(test_different_seeds_differ),
        cmocka_unit_test(test_range_bounds_inclusive),
        cmocka_unit_test(test_range_dice_chi_square),
        cmocka_unit_test(test_range_no_modulo_bias),
        cmocka_unit_test(test_float_range),
        cmocka_unit_test(test_float_from_top_bits),
    };
    return cmocka_run_group_tests_name("rng", tests, NULL, NULL) ? 1 : 0;
}
