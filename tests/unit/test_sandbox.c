/* test_sandbox.c - unit tests for engine/sandbox.c at its C interface: what
 * the engine itself does with the state, which no story can show end to end.
 *
 * After a limit stops a story, sandbox_protect never runs anything on the
 * state again; memory errors raised by the engine's own pushes are contained
 * in the protected call. The time limit is CPU time: waiting (here a sleep
 * standing in for a busy machine) does not count. The story's pairs and next
 * visit keys in one order in every state. The hostile stories themselves are
 * in tests/suites/sandbox.sh. */
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
    assert_string_equal(err, TEST_PATH ":2: story stopped: it ran past the time limit (0.1 s of CPU per call; more with --time-limit SECS)");
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
    assert_string_equal(err, TEST_PATH ":2: story stopped: it used more than the memory limit (16 MiB; more with --memory-limit MIB)");
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
    assert_non_null(strstr(err, "memory limit (16 MiB; more with --memory-limit MIB)"));
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

/* A runaway call gets its whole limit of CPU, and is ended by the limit's
 * own check long before the watchdog's grace (3 limits + 2 s): the upper
 * bound leaves room for a loaded machine's slow ticks. */
static void test_time_limit_gives_the_call_its_cpu(void **state)
{
    (void)state;
    char err[SANDBOX_ERROR_MAX];
    open_sandbox(0.2, 64);
    double before = cpu_seconds();
    assert_false(sandbox_protect(run_source, "local x = 1\nwhile true do end\n", err, sizeof err));
    double used = cpu_seconds() - before;
    assert_non_null(strstr(err, "time limit"));
    if (used < 0.195 || used > 1.0) fail_msg("the call used %.3f s of CPU, its limit being 0.2 s", used);
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

/* Runs src, which must end without an error. */
static void assert_runs(const char *src)
{
    char err[SANDBOX_ERROR_MAX];
    if (!sandbox_protect(run_source, (void *)src, err, sizeof err)) fail_msg("%s", err);
}

/* Runs src, which must fail with an error containing `want`. */
static void assert_fails(const char *src, const char *want)
{
    char err[SANDBOX_ERROR_MAX];
    assert_false(sandbox_protect(run_source, (void *)src, err, sizeof err));
    if (strstr(err, want) == NULL) fail_msg("error '%s' lacks '%s'", err, want);
}

/* Lua helpers for the order tests: keys(t) joins what pairs visits; check
 * raises with what it got when it differs from what it wants. */
#define ORDER_HELPERS                                                                       \
    "local function keys(t, walk)\n"                                                         \
    "  local r = {}\n"                                                                       \
    "  for k, v in (walk or pairs)(t) do r[#r + 1] = tostring(k) .. '=' .. tostring(v) end\n" \
    "  return table.concat(r, ' ')\n"                                                        \
    "end\n"                                                                                  \
    "local function check(got, want) if got ~= want then error('got ' .. got, 2) end end\n"

/* Numbers ascending (integers and floats together), strings in byte order,
 * false, true; the same in every state (each has its own string hash seed). */
static void test_pairs_order(void **state)
{
    (void)state;
    for (int i = 0; i < 10; i++) {
        open_sandbox(1, 64);
        assert_runs(ORDER_HELPERS
                    "check(keys({ h = 1, g = 2, f = 3, e = 4, d = 5, c = 6, b = 7, a = 8, ab = 9, B = 10 }),\n"
                    "  'B=10 a=8 ab=9 b=7 c=6 d=5 e=4 f=3 g=2 h=1')\n"
                    "check(keys({ 'x', 'y', 'z', [0] = 0, [-1.5] = 1, [2.5] = 2, [2^63] = 3, [-math.huge] = 4,\n"
                    "             [math.mininteger] = 5, [math.maxinteger] = 6, [true] = 7, [false] = 8,\n"
                    "             ['10'] = 9, ['9'] = 10, [''] = 11, ['a\\0b'] = 12, ['a'] = 13 }),\n"
                    "  '-inf=4 -9223372036854775808=5 -1.5=1 0=0 1=x 2=y 2.5=2 3=z 9223372036854775807=6 '\n"
                    "  .. '9.2233720368548e+18=3 =11 10=9 9=10 a=13 a\\0b=12 false=8 true=7')\n"
                    "check(keys({}), '')\n"
                    "local t = {} for i = 100, 1, -1 do t['k' .. i] = i end\n"
                    "local prev = '' for k in pairs(t) do assert(k > prev, k) prev = k end\n");
        sandbox_close();
    }
}

/* The order against a plain sort: random tables of integers, floats, huge
 * numbers, booleans and strings (some with zero and high bytes, some sharing
 * their first 8 bytes), walked by pairs, in the order table.sort gives them
 * with the documented rule (string < is byte order in the C locale). */
static void test_pairs_order_matches_a_sort(void **state)
{
    (void)state;
    open_sandbox(10, 64);
    assert_runs("local function rank(k)\n"
                "  if type(k) == 'number' then return 1 elseif type(k) == 'string' then return 2 end\n"
                "  return k and 4 or 3\n"
                "end\n"
                "local function before(a, b)\n"
                "  local ra, rb = rank(a), rank(b)\n"
                "  if ra ~= rb then return ra < rb end\n"
                "  return ra <= 2 and a < b\n"
                "end\n"
                "local seed = 12345\n"
                "local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648 return (seed // 65536) % n end\n"
                "local function word()\n"
                "  local b = {}\n"
                "  for j = 1, rnd(12) do b[j] = string.char(rnd(5) == 0 and rnd(256) or 97 + rnd(3)) end\n"
                "  return table.concat(b)\n"
                "end\n"
                "for round = 1, 300 do\n"
                "  local t, list = {}, {}\n"
                "  for i = 1, rnd(80) do\n"
                "    local c, k = rnd(8)\n"
                "    if c == 0 then k = rnd(100) - 50\n"
                "    elseif c == 1 then k = (rnd(2000) - 1000) / 8\n"
                "    elseif c == 2 then k = ({ math.maxinteger, math.mininteger, 2^63, -2^63, 2^53 + 1, math.huge, -math.huge, 1e300 })[rnd(8) + 1]\n"
                "    elseif c == 3 then k = rnd(2) == 0\n"
                "    elseif c == 4 then k = 'abcdefgh' .. word()\n"
                "    else k = word() end\n"
                "    if type(k) == 'number' then k = math.tointeger(k) or k end\n" /* as a key stores it */
                "    if t[k] == nil then t[k] = i list[#list + 1] = k end\n"
                "  end\n"
                "  table.sort(list, before)\n"
                "  local j = 0\n"
                "  for k in pairs(t) do\n"
                "    j = j + 1\n"
                "    if k ~= list[j] or math.type(k) ~= math.type(list[j]) then\n"
                "      error(('round %d, key %d: %q, expected %q'):format(round, j, k, list[j]))\n"
                "    end\n"
                "  end\n"
                "  assert(j == #list)\n"
                "end\n");
    sandbox_close();
}

/* Lua allows assigning nil to any field, and changing existing ones, while
 * a traversal runs: a cleared key is passed over, a changed value is seen,
 * a new key is not visited. */
static void test_pairs_changes_during_traversal(void **state)
{
    (void)state;
    open_sandbox(1, 64);
    assert_runs(ORDER_HELPERS
                "local t = { a = 1, b = 2, c = 3, d = 4, e = 5 }\n"
                "local seen = {}\n"
                "for k, v in pairs(t) do\n"
                "  seen[#seen + 1] = k .. '=' .. v\n"
                "  t[k] = nil\n"                       /* the key being visited */
                "  if k == 'a' then t.c = nil t.d = 40 t.zz = 'new' end\n"
                "end\n"
                "check(table.concat(seen, ' '), 'a=1 b=2 d=40 e=5')\n"
                "check(keys(t), 'zz=new')\n"
                /* Clearing every key as it is visited empties the table. */
                "local u = { 1, 2, 3, x = 1, y = 2 }\n"
                "for k in pairs(u) do u[k] = nil end\n"
                "assert(next(u) == nil)\n");
    sandbox_close();
}

/* next: the first key, the key after a key, nil at the end; the emptiness
 * check next(t) == nil; and a loop written with next. */
static void test_next(void **state)
{
    (void)state;
    open_sandbox(1, 64);
    assert_runs(ORDER_HELPERS
                "assert(next({}) == nil)\n"
                "local t = { z = 26, y = 25, [3] = 'three' }\n"
                "assert(next(t) == 3)\n"
                "local k, v = next(t, 3) assert(k == 'y' and v == 25)\n"
                "assert(next(t, 'y') == 'z' and next(t, 'z') == nil)\n"
                "assert(next(t, 'x') == 'y')\n"        /* a key not in the table: the one after it */
                "t[3], t.y, t.z = nil, nil, nil\n"
                "assert(next(t) == nil)\n"
                "check(keys({ q = 1, w = 2, e = 3, [false] = 4 }, function(t) return next, t, nil end),\n"
                "  'e=3 q=1 w=2 false=4')\n"
                /* The iterator pairs returns answers a key out of step as next does. */
                "local f, s = pairs({ b = 1, a = 2, c = 3 })\n"
                "assert(f(s, nil) == 'a' and f(s, 'b') == 'c' and f(s, 'a') == 'b' and f(s, 'c') == nil)\n");
    sandbox_close();
}

/* Keys that are tables, functions or coroutines are placed by address, which
 * changes from run to run: walking such a table is an error (a catchable
 * one, not a stop). */
static void test_pairs_refuses_keys_without_an_order(void **state)
{
    (void)state;
    open_sandbox(1, 64);
    assert_fails("local t = { a = 1 }\nt[{}] = 2\nfor k in pairs(t) do end\n",
                 TEST_PATH ":3: pairs: cannot walk a table with a table as a key");
    assert_fails("local t = { [print] = 1 }\nlocal k = next(t)\n",
                 TEST_PATH ":2: next: cannot walk a table with a function as a key");
    assert_fails("local t = { a = 1 }\nlocal k = next(t, coroutine.create(print))\n",
                 TEST_PATH ":2: next: cannot walk a table with a thread as a key");
    assert_runs("local ok, e = pcall(pairs, { [{}] = 1 })\n"
                "assert(not ok and e:find('only number, string and boolean keys', 1, true))\n"
                "for k in pairs({ [1] = {}, x = print }) do end\n");   /* tables and functions as values are fine */
    assert_false(sandbox_stopped());
    assert_fails("for k in pairs(nil) do end\n", "table expected, got nil");
    sandbox_close();
}

/* A __pairs metamethod (setmetatable copies it) decides what pairs walks. */
static void test_pairs_metamethod(void **state)
{
    (void)state;
    open_sandbox(1, 64);
    assert_runs(ORDER_HELPERS
                "local t = setmetatable({ hidden = 1 }, { __pairs = function(t)\n"
                "  return function(_, k) if k == nil then return 'only', t.hidden end end, t, nil\n"
                "end })\n"
                "check(keys(t), 'only=1')\n"
                "check(keys(t, function(t) return next, t, nil end), 'hidden=1')\n");
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
        cmocka_unit_test(test_time_limit_counts_cpu_not_waiting),
        cmocka_unit_test(test_time_limit_gives_the_call_its_cpu),
        cmocka_unit_test(test_watchdog_counts_cpu_not_waiting),
        cmocka_unit_test(test_pairs_order),
        cmocka_unit_test(test_pairs_order_matches_a_sort),
        cmocka_unit_test(test_pairs_changes_during_traversal),
        cmocka_unit_test(test_next),
        cmocka_unit_test(test_pairs_refuses_keys_without_an_order),
        cmocka_unit_test(test_pairs_metamethod),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
