/* test_sandbox.c - unit tests for engine/sandbox.c at its C interface: what
 * the engine itself does with the state, which no story can show end to end.
 *
 * After a limit stops a story, sandbox_protect never runs anything on the
 * state again; memory errors raised by the engine's own pushes are contained
 * in the protected call. The time limit is CPU time: waiting (here a sleep
 * standing in for a busy machine) does not count. The hostile stories
 * themselves are in tests/suites/sandbox.sh. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <errno.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

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

/* Sleeps ms milliseconds of wall time, using no CPU. */
static void sleep_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&t, &t) != 0 && errno == EINTR) continue;
}

/* sleep_ms(n) for story code: the process is not running, as on a busy machine. */
static int lua_sleep_ms(lua_State *L)
{
    sleep_ms((long)luaL_checkinteger(L, 1));
    return 0;
}

/* Runs the story source passed as the light userdata with sleep_ms() in its
 * environment. */
static int run_source_with_sleep(lua_State *L)
{
    sandbox_push_env(L);
    lua_pushcfunction(L, lua_sleep_ms);
    lua_setfield(L, -2, "sleep_ms");
    lua_pop(L, 1);
    return run_source(L);
}

/* Sleeps 2.5 s inside the call, where no hook runs. */
static int sleep_in_c(lua_State *L)
{
    (void)L;
    sleep_ms(2500);
    return 0;
}

static double cpu_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
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
    assert_string_equal(err, TEST_PATH ":2: story stopped: it ran past the time limit (0.1 s of CPU per call)");
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

/* Waiting is not CPU time: a call that sleeps three times its limit between
 * two bits of work is not stopped. */
static void test_time_limit_counts_cpu_not_waiting(void **state)
{
    (void)state;
    char err[SANDBOX_ERROR_MAX];
    open_sandbox(0.2, 64);
    bool ok = sandbox_protect(run_source_with_sleep,
                              "local n = 0\nfor i = 1, 1e6 do n = n + i end\nsleep_ms(600)\n"
                              "for i = 1, 1e6 do n = n + i end\n",
                              err, sizeof err);
    if (!ok) fail_msg("%s", err);
    sandbox_close();
}

/* A runaway call gets its whole limit of CPU, and little more. */
static void test_time_limit_gives_the_call_its_cpu(void **state)
{
    (void)state;
    char err[SANDBOX_ERROR_MAX];
    open_sandbox(0.2, 64);
    double before = cpu_seconds();
    assert_false(sandbox_protect(run_source, "local x = 1\nwhile true do end\n", err, sizeof err));
    double used = cpu_seconds() - before;
    assert_non_null(strstr(err, "time limit"));
    if (used < 0.195 || used > 0.5) fail_msg("the call used %.3f s of CPU, its limit being 0.2 s", used);
    sandbox_close();
}

/* The watchdog counts CPU time too: a call that waits far past the limit
 * plus its grace (0.01 s + 2.04 s) without using CPU is not ended. */
static void test_watchdog_counts_cpu_not_waiting(void **state)
{
    (void)state;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        char err[SANDBOX_ERROR_MAX];
        sandbox_forked();
        open_sandbox(0.01, 64);
        _exit(sandbox_protect(sleep_in_c, NULL, err, sizeof err) ? 0 : 2);
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_call_after_a_time_stop),
        cmocka_unit_test(test_no_call_after_a_memory_stop),
        cmocka_unit_test(test_a_caught_stop_still_stops),
        cmocka_unit_test(test_engine_memory_errors_stay_in_the_call),
        cmocka_unit_test(test_calls_run_until_a_stop),
        cmocka_unit_test(test_time_limit_counts_cpu_not_waiting),
        cmocka_unit_test(test_time_limit_gives_the_call_its_cpu),
        cmocka_unit_test(test_watchdog_counts_cpu_not_waiting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
