/* test_sandbox.c - unit tests for engine/sandbox.c at its C interface: what
 * the engine itself does with the state, which no story can show end to end.
 *
 * After a limit stops a story, sandbox_protect never runs anything on the
 * state again; memory errors raised by the engine's own pushes are contained
 * in the protected call. The hostile stories themselves are in
 * tests/suites/sandbox.sh. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <string.h>

#include <lauxlib.h>

#include "core/sandbox_lua.h"

#define TEST_PATH "t.lua"

/* Runs the story source (a C string) passed as the light userdata. */
static int run_source(lua_State *L)
{
    const char *src = lua_touserdata(L, 1);
    sandbox_push_chunk(L, src, strlen(src), TEST_PATH);
    lua_call(L, 0, 0);
    return 0;
}

/* Sets the bool passed as the light userdata: proof the call ran. */
static int set_flag(lua_State *L)
{
    *(bool *)lua_touserdata(L, 1) = true;
    return 0;
}

/* Engine code pushing more than the memory cap allows. */
static int push_too_much(lua_State *L)
{
    for (int i = 0; i < 64; i++) {
        luaL_Buffer b;
        luaL_buffinitsize(L, &b, (size_t)1 << 20);
        luaL_pushresultsize(&b, (size_t)1 << 20);
    }
    return 0;
}

static void open_sandbox(double seconds, size_t mib)
{
    SandboxLimits limits = {seconds, mib << 20};
    char err[SANDBOX_ERROR_MAX];
    if (!sandbox_open(&limits, TEST_PATH, err, sizeof err)) fail_msg("sandbox_open: %s", err);
}

/* After the stop, a call is refused with the same message and never runs. */
static void assert_refused_after_stop(const char *why)
{
    char err[SANDBOX_ERROR_MAX];
    bool ran = false;
    assert_true(sandbox_stopped());
    assert_false(sandbox_protect(set_flag, &ran, err, sizeof err));
    assert_false(ran);
    assert_non_null(strstr(err, why));
    assert_int_equal(strncmp(err, TEST_PATH ":2: ", strlen(TEST_PATH ":2: ")), 0);
}

static void test_no_call_after_a_time_stop(void **state)
{
    (void)state;
    char err[SANDBOX_ERROR_MAX];
    open_sandbox(0.1, 64);
    assert_false(sandbox_protect(run_source, "local x = 1\nwhile true do end\n", err, sizeof err));
    assert_string_equal(err, TEST_PATH ":2: story stopped: it ran past the time limit (0.1 s per call)");
    assert_refused_after_stop("time limit");
    sandbox_close();
}

static void test_no_call_after_a_memory_stop(void **state)
{
    (void)state;
    char err[SANDBOX_ERROR_MAX];
    open_sandbox(1, 16);
    assert_false(sandbox_protect(run_source, "local x = 1\nlocal s = string.rep('x', 2^30)\n", err,
                                 sizeof err));
    assert_string_equal(err, TEST_PATH ":2: story stopped: it used more than the memory limit (16 MiB)");
    assert_refused_after_stop("memory limit");
    sandbox_close();
}

/* A stop caught by the story still stops it, and the call reports it. */
static void test_a_caught_stop_still_stops(void **state)
{
    (void)state;
    char err[SANDBOX_ERROR_MAX];
    open_sandbox(0.1, 64);
    assert_false(sandbox_protect(run_source, "local x = 1\npcall(function() while true do end end)\n",
                                 err, sizeof err));
    assert_non_null(strstr(err, "time limit"));
    assert_refused_after_stop("time limit");
    sandbox_close();
}

static void test_engine_memory_errors_stay_in_the_call(void **state)
{
    (void)state;
    char err[SANDBOX_ERROR_MAX];
    open_sandbox(1, 16);
    assert_false(sandbox_protect(push_too_much, NULL, err, sizeof err));
    assert_non_null(strstr(err, "memory limit (16 MiB)"));
    assert_true(sandbox_stopped());
    sandbox_close();
}

/* Without a stop, calls go on: each gets a deadline of its own. */
static void test_calls_run_until_a_stop(void **state)
{
    (void)state;
    char err[SANDBOX_ERROR_MAX];
    bool ran = false;
    open_sandbox(1, 64);
    for (int i = 0; i < 3; i++)
        assert_true(sandbox_protect(run_source, "local n = 0\nfor i = 1, 1000 do n = n + i end\n", err,
                                    sizeof err));
    assert_true(sandbox_protect(set_flag, &ran, err, sizeof err));
    assert_true(ran);
    assert_false(sandbox_stopped());
    sandbox_close();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_call_after_a_time_stop),
        cmocka_unit_test(test_no_call_after_a_memory_stop),
        cmocka_unit_test(test_a_caught_stop_still_stops),
        cmocka_unit_test(test_engine_memory_errors_stay_in_the_call),
        cmocka_unit_test(test_calls_run_until_a_stop),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
