/* probe_status.c - a probe (see README.md): every test passes,
 * then the binary exits with status 3, as a crash in a destructor or a
 * sanitizer's report at exit would. The harness must report the status. */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passes),
    };
    int failed = cmocka_run_group_tests_name("probe: a bad exit status", tests, NULL, NULL);
    return failed ? 1 : 3;
}
