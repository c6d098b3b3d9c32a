/* probe_fail.c - a probe (see README.md): one test passes, the
 * next fails an assertion. The harness must report that test as failed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

static void test_passes(void **state)
{
    (void)state;
    assert_int_equal(2 + 2, 4);
}

static void test_fails_an_assertion(void **state)
{
    (void)state;
    fail_msg("this probe fails on purpose");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passes),
        cmocka_unit_test(test_fails_an_assertion),
    };
    return cmocka_run_group_tests_name("probe: a failed assertion", tests, NULL, NULL) ? 1 : 0;
}
