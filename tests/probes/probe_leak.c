/* sanitizer build only: probe_leak.c - a probe (see README.md).
 * Every test passes, but one leaks a block: LeakSanitizer reports it when the
 * binary exits (exit status 99 under tests/run.sh). The harness must report
 * it. Without the sanitizer nobody looks, so the normal build does not run
 * this probe. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* Not inlined: no copy of the pointer outlives this call in a register or
 * on a live stack frame, where the leak checker would take it as a use. */
static __attribute__((noinline)) void leak(void)
{
    char *volatile block = malloc(4096);
    assert_non_null(block);
    memset(block, 'x', 4096);
    block = NULL;
}

static void test_leaks_a_block(void **state)
{
    (void)state;
    leak();
}

static void test_passes(void **state)
{
    (void)state;
    assert_true(1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_leaks_a_block),
        cmocka_unit_test(test_passes),
    };
    return cmocka_run_group_tests_name("probe: a leak", tests, NULL, NULL) ? 1 : 0;
}
