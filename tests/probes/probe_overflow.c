/* sanitizer build only: probe_overflow.c - a probe (see README.md).
 * The second test overflows a signed int; UndefinedBehaviorSanitizer stops
 * the binary there (exit status 98 under tests/run.sh), the tests after it
 * never run. The harness must report it. Without the sanitizer the overflow
 * goes unnoticed, so the normal build does not run this probe. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

static void test_passes(void **state)
{
    (void)state;
    assert_true(1);
}

static void test_overflows_a_signed_int(void **state)
{
    (void)state;
    volatile int big = INT_MAX; /* volatile: computed at run time, not folded */
    int sum = big + 1;
    assert_true(sum != 0);
}

static void test_after_the_overflow(void **state)
{
    (void)state;
    assert_true(1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passes),
        cmocka_unit_test(test_overflows_a_signed_int),
        cmocka_unit_test(test_after_the_overflow),
    };
    return cmocka_run_group_tests_name("probe: a signed overflow", tests, NULL, NULL) ? 1 : 0;
}
