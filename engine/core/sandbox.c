/* sandbox.c - the one lua_State: a whitelisted environment built by copying,
 * text-only loading, a CPU deadline, a watchdog for runaway library calls, a
 * memory cap, and error messages that never trust the error object.
 *
 * The findings this answers are listed in docs/architecture.md ("Sandbox"). */
#include "core/sandbox_lua.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lualib.h>

#include "base/text.h"

enum { STOP_NONE, STOP_TIME, STOP_MEMORY };

/* The hook sees every new story line and every return (to know the line a
 * library call or an allocation comes from) and counts instructions. Tools
 * that play thousands of times turn the line tracking off (it costs a hook
 * call per line); their reports then name the line near a stop. */
#define HOOK_MASK (LUA_MASKLINE | LUA_MASKRET | LUA_MASKCOUNT)
#define HOOK_MASK_FAST LUA_MASKCOUNT
#define HOOK_MASK_COVERAGE (HOOK_MASK | LUA_MASKCALL)

/* The hook mask in force: line tracking and coverage need more events. */
static int hook_mask(void);
#define HOOK_COUNT 1000
#define WHERE_LEVELS 64        /* stack levels searched for the story's line */
#define MESSAGE_MAX 1000       /* bytes of an error message kept */
#define PRINT_MAX ((size_t)16 << 10) /* bytes print may write per call into the story */

/* A file of the story. Its lines are numbered after those of the files
 * loaded before it, so that one number (a "place") says file and line: what
 * a signal handler can read, and what coverage counts by. */
typedef struct {
    char *chunkname;           /* "@" path: how Lua names the file */
    char *path;                /* sanitized: the watchdog writes it as is */
    size_t path_len;
    int base;                  /* the place of its line 1, less one */
    int lines;                 /* 0 until its text is loaded */
} StoryFile;

/* The module's state. A file-scope struct because the allocator and the
 * SIGPROF handler have no other way to reach it; nothing outside this file
 * sees it. */
static struct {
    lua_State *L;
    SandboxLimits limits;
    size_t used;               /* bytes allocated by the state */
    bool cap_on;               /* the memory cap is enforced once set-up is done */
    int64_t limit_ns;          /* the time limit, in ns of CPU */
    int64_t extra_ns;          /* more for the current call: loading gets the limit again per MiB of source */
    volatile sig_atomic_t extra_rings; /* the watchdog's rings that extra_ns is worth */
    int64_t armed_at;          /* CLOCK_MONOTONIC ns when the current call began */
    int64_t deadline;          /* CLOCK_MONOTONIC ns: the hook looks at the CPU clock from then on */
    int64_t cpu_base;          /* the thread's CPU clock, in ns, less what the call used before it was read */
    bool cpu_known;            /* cpu_base is set for the current call */
    volatile sig_atomic_t armed;         /* a call into the story is running */
    volatile sig_atomic_t timer_running; /* the watchdog timer is set */
    volatile sig_atomic_t watch_rings;   /* times it rang during the current call */
    const char *volatile short_name;     /* a library call that is never long is running: its name
                                            ("string.find"), a string literal; else NULL */
    int short_rings;           /* rings in a call that end it inside such a library call */
    double period_ns;          /* the watch period, in ns of CPU */
    struct itimerval watch_timer; /* rings every watch period of the process's CPU time */
    int stopped;               /* STOP_*: sticky; the state is then only closed */
    int stop_line;             /* the story line a limit stopped, or 0 */
    volatile sig_atomic_t line; /* the story line running, as the hook last saw it (a place) */
    bool track_lines;          /* the hook follows every line (see HOOK_MASK) */
    StoryFile files[SANDBOX_FILES_MAX]; /* the story's files, the first opened with the state */
    int nfiles;
    int last_file;             /* the file the hook last found a line in: most lines are there too */
    char watchdog_msg[160];    /* the watchdog's message after "FILE:LINE: " */
    size_t watchdog_len;
    char short_msg[80];        /* the end of its message when a short call ran on */
    size_t short_len;
    size_t printed;            /* bytes print wrote during the current call */
} sb;

/* Line coverage, for the tools (randomtest, quicktest --coverage): kept
 * apart from `sb` because it outlives one state (a tool reloads the story
 * after a stop) and is gathered over many plays. */
static struct {
    bool on;
    long *hits;            /* per line: times it ran */
    unsigned char *code;   /* per line: it holds code of a function that ran */
    unsigned char *seen;   /* per line: a function defined there was already looked at */
    int nlines;            /* the arrays' length */
} cov;

/* Keys in the registry. */
static const char ENV_KEY = 'e';

/* Marks the story stopped; the first reason and line stay. */
static void stop(int why, int line)
{
    if (sb.stopped != STOP_NONE) return;
    sb.stopped = why;
    sb.stop_line = line;
}

/* ---------------------------------------------------------------- memory */

/* A lua_Alloc with a byte cap. When ptr is NULL, osize is a type tag, not a
 * size. A shrink is never refused (Lua assumes it cannot fail). */
static void *sb_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb.used -= old;
        return NULL;
    }
    if (sb.cap_on && nsize > old && sb.used - old + nsize > sb.limits.memory_limit) {
        /* The first refusal stops the story: a caught memory error would turn
         * a memory bomb into a retry loop. The hook raises at its next event,
         * so not even a __close handler runs on. */
        stop(STOP_MEMORY, sb.line);
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p == NULL) return nsize <= old ? ptr : NULL;
    sb.used = sb.used - old + nsize;
    return p;
}

/* ------------------------------------------------------------------- CPU */

/* The time limit counts the CPU time of the thread running the story, so a
 * busy machine does not shorten it. Reading that clock is a system call,
 * too dear for every call into the story (a turn of randomtest makes
 * several), while CLOCK_MONOTONIC is read in the vDSO. So the monotonic
 * clock is a pre-filter: a call never uses more CPU time than the wall time
 * it takes, and only once the wall deadline passes does the hook read the
 * CPU clock: past the limit the story stops, else the deadline moves on by
 * the CPU time left. Most calls end within a millisecond; a call that runs
 * longer reads the CPU clock once, at the first count event (every 1,000
 * instructions) past that millisecond or past the deadline, and the wall
 * time until then counts as CPU time: at most about a millisecond too much
 * on a busy machine, unless a long library call came first. */
#define CPU_READ_AFTER 1000000 /* ns of a call before its CPU time is followed */

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The hook's time check, at a count event of an armed call: true once the
 * call has used its CPU time. */
static bool out_of_time(void)
{
    int64_t now = clock_ns(CLOCK_MONOTONIC);
    if (!sb.cpu_known && (now - sb.armed_at >= CPU_READ_AFTER || now >= sb.deadline)) {
        sb.cpu_base = clock_ns(CLOCK_THREAD_CPUTIME_ID) - (now - sb.armed_at);
        sb.cpu_known = true;
    }
    if (now < sb.deadline) return false;
    int64_t left = sb.limit_ns + sb.extra_ns - (clock_ns(CLOCK_THREAD_CPUTIME_ID) - sb.cpu_base);
    if (left <= 0) return true;
    sb.deadline = now + left;
    return false;
}

/* The story file a function comes from, or -1 for engine code. */
static int story_file(const lua_Debug *ar)
{
    if (ar->source == NULL || ar->source[0] != '@') return -1;
    if (sb.last_file < sb.nfiles && strcmp(ar->source, sb.files[sb.last_file].chunkname) == 0) return sb.last_file;
    for (int i = 0; i < sb.nfiles; i++)
        if (strcmp(ar->source, sb.files[i].chunkname) == 0) return sb.last_file = i;
    return -1;
}

/* The place of line `line` of a function from story file f. */
static int place(int f, int line)
{
    return sb.files[f].base + line;
}

/* The file of a place, and its line there. Async-signal-safe. */
static int file_of_place(int at, int *line)
{
    int f = 0;
    while (f + 1 < sb.nfiles && at > sb.files[f + 1].base) f++;
    *line = at - sb.files[f].base;
    return f;
}

/* The path of the file of a place (as the story named it), and its line. */
static const char *path_of_place(int at, int *line)
{
    return sb.files[file_of_place(at, line)].chunkname + 1;
}

/* The place of the innermost story function running on thread L, else the
 * place the hook last saw. Never allocates. */
static int story_line(lua_State *L, lua_Debug *ar)
{
    for (int level = 0; level < WHERE_LEVELS && lua_getstack(L, level, ar); level++) {
        int f = lua_getinfo(L, "Sl", ar) ? story_file(ar) : -1;
        if (f >= 0 && ar->currentline > 0) return place(f, ar->currentline);
    }
    ar->source = NULL;
    return sb.line;
}

/* The one hook. It notes the story line running (for the watchdog and the
 * memory cap, which cannot look at the stack), checks the deadline, and once
 * the story is stopped raises on every line and instruction, so neither a
 * pcall loop nor a __close handler runs on. */
/* Grows the coverage arrays to hold line n; false when out of memory. */
static bool cov_room(int n)
{
    if (n < cov.nlines) return true;
    int len = n + 256;
    long *hits = realloc(cov.hits, sizeof *hits * (size_t)len);
    if (hits) cov.hits = hits;
    unsigned char *code = realloc(cov.code, (size_t)len);
    if (code) cov.code = code;
    unsigned char *seen = realloc(cov.seen, (size_t)len);
    if (seen) cov.seen = seen;
    if (!hits || !code || !seen) return false;
    memset(cov.hits + cov.nlines, 0, sizeof *hits * (size_t)(len - cov.nlines));
    memset(cov.code + cov.nlines, 0, (size_t)(len - cov.nlines));
    memset(cov.seen + cov.nlines, 0, (size_t)(len - cov.nlines));
    cov.nlines = len;
    return true;
}

/* A story function is called: the first time, note which lines hold its code. */
static void cov_function(lua_State *L, lua_Debug *ar)
{
    /* The main chunk is the story file running as it loads: its lines are
     * the declarations, which count as run when a play enters their scene. */
    int f = lua_getinfo(L, "S", ar) ? story_file(ar) : -1;
    if (f < 0 || ar->what[0] == 'm' || ar->linedefined < 0 || !cov_room(place(f, ar->lastlinedefined)))
        return;
    int first = place(f, ar->linedefined);
    if (cov.seen[first]) return;
    cov.seen[first] = 1;
    if (!lua_getinfo(L, "L", ar)) return; /* pushes a table whose keys are the lines */
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_Integer line = lua_tointeger(L, -2);
        if (line > 0 && line <= sb.files[f].lines && cov_room(place(f, (int)line))) cov.code[place(f, (int)line)] = 1;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void sb_hook(lua_State *L, lua_Debug *ar)
{
    lua_Debug caller;
    if (ar->event == LUA_HOOKLINE) {
        int f = lua_getinfo(L, "S", ar) ? story_file(ar) : -1;
        if (f >= 0) {
            sb.line = place(f, ar->currentline);
            if (cov.on && ar->what[0] != 'm' && cov_room(sb.line)) cov.hits[sb.line]++;
        }
    } else if (ar->event == LUA_HOOKCALL || ar->event == LUA_HOOKTAILCALL) {
        cov_function(L, ar);
    } else if (ar->event == LUA_HOOKRET) { /* back in the caller, on the line it was on */
        int f = lua_getstack(L, 1, &caller) && lua_getinfo(L, "Sl", &caller) ? story_file(&caller) : -1;
        if (f >= 0) sb.line = place(f, caller.currentline);
    } else {
        if (!sb.track_lines) sb.line = story_line(L, &caller);
        if (sb.stopped == STOP_NONE && sb.armed && out_of_time()) stop(STOP_TIME, story_line(L, &caller));
    }
    if (sb.stopped == STOP_NONE) return;
    lua_sethook(L, sb_hook, hook_mask(), 1);
    luaL_error(L, "story stopped");
}

/* Writes the decimal digits of n (>= 0) into buf; returns their count.
 * Async-signal-safe, unlike snprintf. */
static size_t format_uint(char *buf, long n)
{
    char tmp[24];
    size_t len = 0;
    do tmp[len++] = (char)('0' + n % 10);
    while ((n /= 10) > 0 && len < sizeof tmp);
    for (size_t i = 0; i < len; i++) buf[i] = tmp[len - 1 - i];
    return len;
}

/* The watchdog: a library call (pattern backtracking, a huge sort) runs where
 * no hook fires. An ITIMER_PROF timer rings every watch period of the
 * process's CPU time (user and system); the ring that makes WATCH_STEPS + 1
 * in one call, when the call has used more than the time limit plus a grace
 * of CPU time (and at most one period more), ends the process with
 * "FILE:LINE: message", written with write() alone. The grace (three limits
 * and two seconds) is longer than the slowest single call the memory cap
 * allows: sorting the 3 million numbers 64 MiB holds takes over a second.
 *
 * A library call that is never long unless it runs away (SHORT_CALLS: the
 * pattern functions, whose backtracking can run for minutes, and
 * table.move, whose range can be all the integers) gets a grace of
 * SHORT_GRACE only: no such call a story needs takes a noticeable time, so
 * the story ends within about SHORT_GRACE plus a period of the limit.
 *
 * The timer is set once and left running while calls follow each other
 * (setting it on every call would cost a system call each): a ring between
 * calls turns it off, and the next call sets it again. It counts only CPU
 * time, so it never rings while the player thinks. */
#define WATCH_STEPS 20
#define SHORT_GRACE 0.5 /* s of CPU past the limit a short call may run */

static void on_prof(int sig)
{
    (void)sig;
    int saved_errno = errno;
    if (!sb.armed) {
        struct itimerval off = {0};
        setitimer(ITIMER_PROF, &off, NULL);
        sb.timer_running = false;
        errno = saved_errno;
        return;
    }
    sb.watch_rings++;
    const char *name = sb.short_name;
    bool short_call = name && sb.watch_rings > sb.short_rings;
    if (sb.watch_rings <= WATCH_STEPS + sb.extra_rings && !short_call) {
        errno = saved_errno;
        return;
    }
    char num[24];
    size_t n = 0;
    int line;
    const StoryFile *file = &sb.files[file_of_place(sb.line, &line)];
    num[n++] = ':';
    if (line > 0) {
        n += format_uint(num + n, line);
        num[n++] = ':';
    }
    num[n++] = ' ';
    ssize_t w = write(STDERR_FILENO, file->path, file->path_len);
    w = write(STDERR_FILENO, num, n);
    if (short_call) {
        static const char head[] = "story stopped: a library call (";
        w = write(STDERR_FILENO, head, sizeof head - 1);
        w = write(STDERR_FILENO, name, strlen(name)); /* strlen is async-signal-safe */
        w = write(STDERR_FILENO, sb.short_msg, sb.short_len);
    } else {
        w = write(STDERR_FILENO, sb.watchdog_msg, sb.watchdog_len);
    }
    (void)w;
    _exit(1);
}

/* The watch period for the limits: (limit + grace) / WATCH_STEPS. */
static void set_watch_period(double limit)
{
    double period = (limit * 4.0 + 2.0) / WATCH_STEPS;
    struct itimerval *t = &sb.watch_timer;
    t->it_interval.tv_sec = (time_t)period;
    t->it_interval.tv_usec = (suseconds_t)((period - (double)(time_t)period) * 1e6);
    t->it_value = t->it_interval;
    sb.period_ns = period * 1e9;
    sb.short_rings = (int)ceil((limit + SHORT_GRACE) / period);
    if (sb.short_rings > WATCH_STEPS) sb.short_rings = WATCH_STEPS;
}

static void arm(void)
{
    sb.armed_at = clock_ns(CLOCK_MONOTONIC);
    sb.deadline = sb.armed_at + sb.limit_ns;
    sb.extra_ns = 0;
    sb.extra_rings = 0;
    sb.cpu_known = false;
    sb.watch_rings = 0; /* before armed: a ring in between finds the count new */
    sb.short_name = NULL; /* a short call left by an error counts no more */
    sb.armed = true;
    if (!sb.timer_running) {
        sb.timer_running = true;
        setitimer(ITIMER_PROF, &sb.watch_timer, NULL);
    }
}

void sandbox_allow_source(size_t bytes)
{
    int64_t more = (int64_t)((double)sb.limit_ns * ((double)bytes / (double)SANDBOX_SOURCE_UNIT));
    sb.extra_ns += more;
    sb.deadline += more;
    sb.extra_rings = (sig_atomic_t)((double)sb.extra_ns / sb.period_ns) + 1; /* a ring each for the time added */
}

size_t sandbox_file_max(size_t memory_limit)
{
    return memory_limit / 16 > SANDBOX_FILE_MAX ? memory_limit / 16 : SANDBOX_FILE_MAX;
}

size_t sandbox_memory_limit(void)
{
    return sb.limits.memory_limit;
}

size_t sandbox_kept_max(void)
{
    return sb.limits.memory_limit / 4;
}

static void disarm(void)
{
    sb.armed = false; /* the timer runs on; see on_prof */
}

/* ---------------------------------------------------------- environment */

/* print: to stderr, for authors debugging a story. Sanitized like all story
 * output, so a story cannot drive the terminal, and capped per call. */
static int sb_print(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL); /* may run __tostring: story code, still under the hook */
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    if (sb.printed >= PRINT_MAX) return 0;
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (len > PRINT_MAX - sb.printed) len = PRINT_MAX - sb.printed;
    sb.printed += len + 1;
    char *safe = text_sanitize(s, len);
    if (safe == NULL) return luaL_error(L, "not enough memory");
    fprintf(stderr, "print: %s\n", safe);
    if (sb.printed >= PRINT_MAX) fputs("print: (more output dropped)\n", stderr);
    free(safe);
    return 0;
}

/* ---------------------------------------------------- ordered traversal */

/* Lua walks a table's string keys in an order that hangs on a hash seed
 * picked afresh for every lua_State, so the stock `pairs` and `next` would
 * make a playthrough differ from one process to the next. The story's
 * versions visit keys in one order everywhere: numbers ascending (a list's
 * items 1 to n in order), then strings in byte order, then false, then true.
 * Other keys (tables, functions, coroutines) are placed by their address,
 * which changes from run to run and has no order that could stand in for
 * it: walking a table that holds one is an error that says so. */

enum { KEY_NUMBER, KEY_STRING, KEY_FALSE, KEY_TRUE };

typedef struct {
    int kind;              /* KEY_*: the order of the kinds */
    bool isint;
    union {
        lua_Integer i;
        lua_Number n;
        const char *s;     /* anchored by the table walked */
    } v;
    uint64_t head;         /* strings: the first 8 bytes, big-endian, zero-padded */
    size_t len;
    lua_Integer slot;      /* pairs: the key's place in the snapshot before sorting */
} Key;

/* Describes the key at idx; false when its type has no order. */
static bool key_of(lua_State *L, int idx, Key *k)
{
    switch (lua_type(L, idx)) {
    case LUA_TNUMBER:
        k->kind = KEY_NUMBER;
        k->isint = lua_isinteger(L, idx);
        if (k->isint) k->v.i = lua_tointeger(L, idx);
        else k->v.n = lua_tonumber(L, idx);
        return true;
    case LUA_TSTRING:
        k->kind = KEY_STRING;
        k->v.s = lua_tolstring(L, idx, &k->len);
        k->head = 0;
        for (size_t i = 0; i < 8; i++)
            k->head = k->head << 8 | (i < k->len ? (unsigned char)k->v.s[i] : 0);
        return true;
    case LUA_TBOOLEAN:
        k->kind = lua_toboolean(L, idx) ? KEY_TRUE : KEY_FALSE;
        return true;
    default:
        return false;
    }
}

/* Compares an integer with a float exactly (a key is never NaN). */
static int cmp_int_float(lua_Integer i, lua_Number f)
{
    if (f >= 9223372036854775808.0) return -1;  /* 2^63: past every integer */
    if (f < -9223372036854775808.0) return 1;
    lua_Number whole = floor(f);
    lua_Integer fi = (lua_Integer)whole;        /* exact: in range, no fraction */
    if (i != fi) return i < fi ? -1 : 1;
    return f > whole ? -1 : 0;
}

static int key_cmp(const Key *a, const Key *b)
{
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    if (a->kind == KEY_STRING) {
        if (a->head != b->head) return a->head < b->head ? -1 : 1;
        size_t common = a->len < b->len ? a->len : b->len;
        int c = common > 8 ? memcmp(a->v.s + 8, b->v.s + 8, common - 8) : 0;
        if (c != 0) return c < 0 ? -1 : 1;
        return a->len < b->len ? -1 : a->len > b->len;
    }
    if (a->kind != KEY_NUMBER) return 0;
    if (a->isint && b->isint) return a->v.i < b->v.i ? -1 : a->v.i > b->v.i;
    if (!a->isint && !b->isint) return a->v.n < b->v.n ? -1 : a->v.n > b->v.n;
    return a->isint ? cmp_int_float(a->v.i, b->v.n) : -cmp_int_float(b->v.i, a->v.n);
}

/* Sorts k[0..n-1] (distinct keys) with scratch room for n more; no
 * allocation, so all the memory a walk takes is the story's, under the cap. */
static void sort_keys(Key *k, Key *scratch, lua_Integer n)
{
    if (n <= 12) {
        for (lua_Integer i = 1; i < n; i++) {
            Key x = k[i];
            lua_Integer j = i;
            for (; j > 0 && key_cmp(&k[j - 1], &x) > 0; j--) k[j] = k[j - 1];
            k[j] = x;
        }
        return;
    }
    lua_Integer half = n / 2;
    sort_keys(k, scratch, half);
    sort_keys(k + half, scratch, n - half);
    if (key_cmp(&k[half - 1], &k[half]) < 0) return; /* already in order */
    memcpy(scratch, k, sizeof *k * (size_t)half);
    lua_Integer a = 0, b = half, out = 0;
    while (a < half && b < n) k[out++] = key_cmp(&scratch[a], &k[b]) < 0 ? scratch[a++] : k[b++];
    while (a < half) k[out++] = scratch[a++];
}

/* Raises the error for a key (at idx) that has no order. */
static int unordered_key(lua_State *L, const char *fn, int idx)
{
    return luaL_error(L, "%s: cannot walk a table with a %s as a key: only number, string and "
                         "boolean keys have an order that is the same in every run",
                      fn, luaL_typename(L, idx));
}

/* next(t [, k]): the first key after k (the first key, when k is nil) in
 * the order above, and its value; nil after the last. Stateless, so each
 * call scans the table: pairs is the way to walk one. */
static int sb_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    Key after, best, k;
    bool from_start = lua_isnil(L, 2), found = false;
    if (!from_start && !key_of(L, 2, &after)) return unordered_key(L, "next", 2);
    lua_pushnil(L);                  /* 3: the best key so far */
    lua_pushnil(L);                  /* 4: the walk's key */
    while (lua_next(L, 1)) {
        if (!key_of(L, 4, &k)) return unordered_key(L, "next", 4);
        if ((from_start || key_cmp(&k, &after) > 0) && (!found || key_cmp(&k, &best) < 0)) {
            lua_pushvalue(L, 4);
            lua_replace(L, 3);
            best = k;                /* a string stays anchored at 3 */
            found = true;
        }
        lua_pop(L, 1);
    }
    if (!found) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushvalue(L, 3);
    lua_pushvalue(L, 3);
    lua_rawget(L, 1);
    return 2;
}

/* The iterator pairs returns. Upvalues: the table, its keys in order (a
 * snapshot taken by pairs), the position of the last key handed out, and
 * the number of keys. A key given a value of nil since the snapshot is
 * passed over; a key added since is not visited. */
static int ordered_iter(lua_State *L)
{
    lua_Integer pos = lua_tointeger(L, lua_upvalueindex(3));
    lua_Integer n = lua_tointeger(L, lua_upvalueindex(4));
    lua_settop(L, 2);
    if (lua_isnil(L, 2)) {
        pos = 0;
    } else {
        bool in_step = pos >= 1 && pos <= n;
        if (in_step) {
            lua_rawgeti(L, lua_upvalueindex(2), pos);
            in_step = lua_rawequal(L, -1, 2);
            lua_pop(L, 1);
        }
        if (!in_step) { /* called by hand with another key: answer as next does */
            lua_pushvalue(L, lua_upvalueindex(1));
            lua_replace(L, 1);
            return sb_next(L);
        }
    }
    while (pos < n) {
        pos++;
        lua_rawgeti(L, lua_upvalueindex(2), pos);
        lua_pushvalue(L, -1);
        if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) {
            lua_pushinteger(L, pos);
            lua_replace(L, lua_upvalueindex(3));
            return 2;
        }
        lua_pop(L, 2);
    }
    lua_pushinteger(L, pos);
    lua_replace(L, lua_upvalueindex(3));
    lua_pushnil(L);
    return 1;
}

static int pairs_metamethod_done(lua_State *L, int status, lua_KContext ctx)
{
    (void)L;
    (void)status;
    (void)ctx;
    return 3;
}

/* The iterator of pairs over an empty table. */
static int empty_iter(lua_State *L)
{
    lua_pushnil(L);
    return 1;
}

#define PAIRS_ON_STACK 32 /* keys sorted in a buffer on the C stack */

/* pairs(t): __pairs when t's metatable has one (setmetatable lets stories
 * set it), else the keys of t in the order above. The keys are copied and
 * sorted once, here; the loop then costs a raw read per key. */
static int sb_pairs(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_callk(L, 1, 3, 0, pairs_metamethod_done);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        int t = lua_type(L, 2);
        if (t != LUA_TNUMBER && t != LUA_TSTRING && t != LUA_TBOOLEAN) return unordered_key(L, "pairs", 2);
        n++;
    }
    if (n == 0) {
        lua_pushcfunction(L, empty_iter);
        lua_pushvalue(L, 1);
        lua_pushnil(L);
        return 3;
    }
    if (n > INT_MAX / 2) return luaL_error(L, "pairs: table too large");
    lua_pushvalue(L, 1);                    /* 2: upvalue 1, the table */
    lua_createtable(L, (int)n, 0);          /* 3: upvalue 2, the keys */
    Key on_stack[2 * PAIRS_ON_STACK];
    Key *keys = on_stack;
    if (n > PAIRS_ON_STACK) keys = lua_newuserdatauv(L, sizeof *keys * 2 * (size_t)n, 0);
    else lua_pushnil(L);                    /* 4 either way */
    lua_Integer i = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {                /* the table has not changed since */
        lua_pop(L, 1);
        if (i == n) { lua_pop(L, 1); break; }
        lua_pushvalue(L, 5);
        lua_rawseti(L, 3, i + 1);
        key_of(L, 5, &keys[i]);             /* anchored by the table and the keys */
        keys[i].slot = i;
        i++;
    }
    n = i;
    sort_keys(keys, keys + n, n);
    /* Puts the keys in order in place: position j gets the key at keys[j].slot. */
    for (lua_Integer j = 0; j < n; j++) {
        if (keys[j].slot < 0) continue;
        lua_rawgeti(L, 3, j + 1);           /* the key at j, moved last */
        lua_Integer at = j;
        for (;;) {
            lua_Integer from = keys[at].slot;
            keys[at].slot = -1;
            if (from == j) break;
            lua_rawgeti(L, 3, from + 1);
            lua_rawseti(L, 3, at + 1);
            at = from;
        }
        lua_rawseti(L, 3, at + 1);
    }
    lua_settop(L, 3);
    lua_pushinteger(L, 0);                  /* upvalue 3: the position */
    lua_pushinteger(L, n);                  /* upvalue 4: the count */
    lua_pushcclosure(L, ordered_iter, 4);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* Marks an engine-owned metatable copy; the value says whether the story's
 * original was protected with __metatable. */
static const char MT_COPY_KEY = 'm';

/* Pushes t[name] read raw; returns its type. */
static int rawfield(lua_State *L, int t, const char *name)
{
    t = lua_absindex(L, t);
    lua_pushstring(L, name);
    return lua_rawget(L, t);
}

/* setmetatable installs an engine-owned copy of the metatable: a story that
 * later adds __mode or __gc to its own table changes nothing, and the copy
 * (whose __metatable hands back the original) is never reachable. */
static int sb_setmetatable(lua_State *L)
{
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (lua_getmetatable(L, 1)) {
        bool protected_mt;
        if (lua_rawgetp(L, -1, &MT_COPY_KEY) != LUA_TNIL)
            protected_mt = lua_toboolean(L, -1);
        else
            protected_mt = rawfield(L, -2, "__metatable") != LUA_TNIL;
        if (protected_mt) return luaL_error(L, "cannot change a protected metatable");
    }
    lua_settop(L, 2);
    if (t == LUA_TNIL) {
        lua_pushnil(L);
        lua_setmetatable(L, 1);
        lua_settop(L, 1);
        return 1;
    }
    /* Raw reads only: the story's table may have a metatable of its own. */
    if (lua_rawgetp(L, 2, &MT_COPY_KEY) != LUA_TNIL) return luaL_error(L, "bad metatable");
    if (rawfield(L, 2, "__gc") != LUA_TNIL)
        return luaL_error(L, "finalizers (__gc) are not available to stories");
    if (rawfield(L, 2, "__mode") != LUA_TNIL)
        return luaL_error(L, "weak tables (__mode) are not available to stories");
    bool protected_mt = rawfield(L, 2, "__metatable") != LUA_TNIL;
    lua_settop(L, 2);
    lua_newtable(L);                       /* 3: the copy */
    lua_pushnil(L);
    while (lua_next(L, 2)) {               /* raw walk of the original */
        lua_pushvalue(L, -2);
        lua_insert(L, -2);                 /* key, key, value */
        lua_rawset(L, 3);
    }
    if (!protected_mt) {
        lua_pushvalue(L, 2);
        lua_setfield(L, 3, "__metatable"); /* getmetatable hands back the original */
    }
    lua_pushboolean(L, protected_mt);
    lua_rawsetp(L, 3, &MT_COPY_KEY);
    lua_setmetatable(L, 1);
    lua_settop(L, 1);
    return 1;
}

/* stopcheck(...): raises while the story is stopped, else returns its
 * arguments. The Lua-side wrappers of pcall, xpcall, coroutine.resume,
 * coroutine.close and load pass their results through it, so a caught
 * "not enough memory" (false or nil, then the message) stops the story too. */
static int sb_stopcheck(lua_State *L)
{
    if (!lua_toboolean(L, 1) && lua_type(L, 2) == LUA_TSTRING &&
        strcmp(lua_tostring(L, 2), "not enough memory") == 0)
        stop(STOP_MEMORY, sb.line);
    if (sb.stopped != STOP_NONE) {
        lua_sethook(L, sb_hook, HOOK_MASK, 1);
        return luaL_error(L, "story stopped");
    }
    return lua_gettop(L);
}

/* Wrappers that must be Lua functions so coroutines can yield through them.
 * The chunk is engine code, loaded before any story code. */
static const char WRAPPERS[] =
    "local env, G, stopcheck = ...\n"
    "local pcall, xpcall, error, type = G.pcall, G.xpcall, G.error, G.type\n"
    "local pack, unpack, byte = G.table.pack, G.table.unpack, G.string.byte\n"
    "local co = G.coroutine\n"
    "local create, resume, status, close = co.create, co.resume, co.status, co.close\n"
    "local load, collectgarbage = G.load, G.collectgarbage\n"
    "env.pcall = function(...) return stopcheck(pcall(...)) end\n"
    /* A message handler of an error the hook raises runs inside the hook,
     * with hooks off: once the story is stopped, the story's never runs. */
    "env.xpcall = function(f, h, ...)\n"
    "  if type(h) ~= 'function' then error(\"bad argument #2 to 'xpcall' (function expected)\", 2) end\n"
    "  return stopcheck(xpcall(f, function(...) stopcheck() return h(...) end, ...))\n"
    "end\n"
    "local c = env.coroutine\n"
    "c.resume = function(...) return stopcheck(resume(...)) end\n"
    /* Nested closes through __close handlers overflow the C stack in Lua 5.4.4. */
    "local depth = 0\n"
    "local function closew(t)\n"
    "  if depth >= 32 then error('too many nested coroutine.close calls', 2) end\n"
    "  depth = depth + 1\n"
    "  local ok, a, b = pcall(close, t)\n"
    "  depth = depth - 1\n"
    "  if not ok then stopcheck(false, a) error(a, 0) end\n"
    "  return stopcheck(a, b)\n"
    "end\n"
    "c.close = closew\n"
    /* wrap closes a failed coroutine itself; route that through closew. */
    "c.wrap = function(f)\n"
    "  if type(f) ~= 'function' then error(\"bad argument #1 to 'wrap' (function expected)\", 2) end\n"
    "  local t = create(f)\n"
    "  return function(...)\n"
    "    local r = pack(c.resume(t, ...))\n"
    "    if r[1] then return unpack(r, 2, r.n) end\n"
    "    if status(t) == 'dead' then closew(t) end\n"
    "    error(r[2], 0)\n"
    "  end\n"
    "end\n"
    /* Text only: a crafted binary chunk crashes Lua. */
    "env.load = function(chunk, name, mode, e)\n"
    "  if type(chunk) ~= 'string' then error('load: stories can load only strings of source text', 2) end\n"
    "  if mode ~= nil and mode ~= 't' then error(\"load: stories can load only source text (mode 't')\", 2) end\n"
    "  if byte(chunk, 1) == 27 then error('load: binary (precompiled) chunks are not available to stories', 2) end\n"
    "  if e == nil then e = env end\n"
    "  return stopcheck(load(chunk, name, 't', e))\n"
    "end\n"
    "env.collectgarbage = function(opt)\n"
    "  if opt == 'count' then return collectgarbage('count') end\n"
    "  error(\"collectgarbage: stories may only ask for 'count'\", 2)\n"
    "end\n";

static const char *const BASE_NAMES[] = {
    "assert", "error", "ipairs", "rawequal", "rawget", "rawlen", "rawset",
    "select", "getmetatable", "tonumber", "tostring", "type", "_VERSION", NULL,
};

/* Copies table G[name] into env[name], leaving out the names in `drop`. */
static void copy_library(lua_State *L, int env, const char *name, const char *const *drop)
{
    lua_getglobal(L, name);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        bool skip = false;
        if (lua_type(L, -2) == LUA_TSTRING)
            for (const char *const *d = drop; d && *d; d++)
                if (strcmp(lua_tostring(L, -2), *d) == 0) skip = true;
        if (skip) {
            lua_pop(L, 1);
            continue;
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    lua_setfield(L, env, name);
    lua_pop(L, 1);
}

/* The library calls that are never long unless they run away (see
 * on_prof), and the names the watchdog gives them. */
static const struct {
    const char *library, *function, *name;
} SHORT_CALLS[] = {
    {"string", "find", "string.find"},   {"string", "match", "string.match"},
    {"string", "gmatch", "string.gmatch"}, {"string", "gsub", "string.gsub"},
    {"table", "move", "table.move"},
};
#define NSHORT (sizeof SHORT_CALLS / sizeof SHORT_CALLS[0])

/* A short call (upvalue 1, the library function; upvalue 2, its index in
 * SHORT_CALLS) under the watchdog's short grace: no hook fires inside it.
 * An error passes through once the mark is taken off. */
static int sb_short_call(lua_State *L)
{
    int n = lua_gettop(L);
    const char *name = SHORT_CALLS[lua_tointeger(L, lua_upvalueindex(2))].name;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    const char *outer = sb.short_name; /* gsub's replacement function may make one too */
    sb.short_name = name;
    int status = lua_pcall(L, n, LUA_MULTRET, 0);
    sb.short_name = outer;
    if (status != LUA_OK) return lua_error(L);
    return lua_gettop(L);
}

/* gmatch matches in the iterator it returns: that is what is watched. */
static int sb_gmatch(lua_State *L)
{
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, 1);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushcclosure(L, sb_short_call, 2);
    return 1;
}

/* Puts the short calls of the story's libraries (env at index env) under
 * the watchdog's short grace. */
static void watch_short_calls(lua_State *L, int env)
{
    for (size_t i = 0; i < NSHORT; i++) {
        lua_getfield(L, env, SHORT_CALLS[i].library);
        lua_getfield(L, -1, SHORT_CALLS[i].function);
        lua_pushinteger(L, (lua_Integer)i);
        bool gmatch = strcmp(SHORT_CALLS[i].function, "gmatch") == 0;
        lua_pushcclosure(L, gmatch ? sb_gmatch : sb_short_call, 2);
        lua_setfield(L, -2, SHORT_CALLS[i].function);
        lua_pop(L, 1);
    }
}

/* Builds the story environment; runs in protected mode during open. */
static int build_env(lua_State *L)
{
    static const char *const no_dump[] = {"dump", NULL};
    static const char *const no_seed[] = {"randomseed", NULL};
    luaL_openlibs(L); /* the real globals: reachable by engine code only */
    lua_newtable(L);
    int env = lua_gettop(L);
    for (const char *const *n = BASE_NAMES; *n; n++) {
        lua_getglobal(L, *n);
        lua_setfield(L, env, *n);
    }
    lua_pushcfunction(L, sb_print);
    lua_setfield(L, env, "print");
    lua_pushcfunction(L, sb_setmetatable);
    lua_setfield(L, env, "setmetatable");
    lua_pushcfunction(L, sb_pairs);
    lua_setfield(L, env, "pairs");
    lua_pushcfunction(L, sb_next);
    lua_setfield(L, env, "next");
    copy_library(L, env, "string", no_dump);
    copy_library(L, env, "table", NULL);
    copy_library(L, env, "math", no_seed); /* script.c installs the seeded random */
    copy_library(L, env, "utf8", NULL);
    copy_library(L, env, "coroutine", NULL);
    watch_short_calls(L, env);
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");

    if (luaL_loadbufferx(L, WRAPPERS, sizeof WRAPPERS - 1, "=wrappers", "t") != LUA_OK)
        return lua_error(L);
    lua_pushvalue(L, env);
    lua_pushglobaltable(L);
    lua_pushcfunction(L, sb_stopcheck);
    lua_call(L, 3, 0);

    /* Strings share one metatable: point it at the sandbox's string copy. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_getfield(L, env, "string");
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    lua_pushvalue(L, env);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &ENV_KEY);
    return 0;
}

/* ------------------------------------------------------------ the state */

static int sb_panic(lua_State *L)
{
    const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "unknown error";
    fprintf(stderr, "rekindle: unrecoverable Lua error: %.200s\n", msg);
    _exit(1);
}

/* True when msg starts with "prefix:". */
static bool starts_with_place(const char *msg, const char *prefix)
{
    size_t n = strlen(prefix);
    return n > 0 && strncmp(msg, prefix, n) == 0 && msg[n] == ':';
}

/* The story file of that path, added when new (with its lines unknown);
 * its index, or -1 when out of memory or room. */
static int add_file(const char *path)
{
    for (int i = 0; i < sb.nfiles; i++)
        if (strcmp(sb.files[i].chunkname + 1, path) == 0) return i;
    if (sb.nfiles == SANDBOX_FILES_MAX) return -1;
    StoryFile *f = &sb.files[sb.nfiles];
    f->chunkname = malloc(strlen(path) + 2);
    f->path = text_sanitize(path, strlen(path));
    if (f->chunkname == NULL || f->path == NULL) {
        free(f->chunkname);
        free(f->path);
        return -1;
    }
    sprintf(f->chunkname, "@%s", path);
    f->path_len = strlen(f->path);
    f->base = sb.nfiles ? f[-1].base + f[-1].lines : 0;
    f->lines = 0;
    return sb.nfiles++;
}

/* The message handler. Keeps the error object only when it is a string or a
 * number (a table's __tostring could error or loop, and __name is the
 * story's), cuts it short, and makes it start with the story's FILE:LINE. */
static int sb_msgh(lua_State *L)
{
    int t = lua_type(L, 1);
    size_t len;
    const char *msg;
    if (t == LUA_TSTRING || t == LUA_TNUMBER) {
        msg = lua_tolstring(L, 1, &len);
    } else {
        msg = lua_pushfstring(L, "(error object is a %s value)", lua_typename(L, t));
        len = strlen(msg);
    }
    lua_Debug ar;
    int line;
    const char *path = path_of_place(story_line(L, &ar), &line);
    bool placed = ar.source != NULL && starts_with_place(msg, ar.short_src);
    for (int i = 0; i < sb.nfiles && !placed; i++) placed = starts_with_place(msg, sb.files[i].chunkname + 1);
    if (placed) lua_pushliteral(L, "");
    else if (line > 0) lua_pushfstring(L, "%s:%d: ", path, line);
    else lua_pushfstring(L, "%s: ", path);
    lua_pushlstring(L, msg, len < MESSAGE_MAX ? len : MESSAGE_MAX);
    lua_pushstring(L, len < MESSAGE_MAX ? "" : "...");
    lua_concat(L, 3);
    return 1;
}

bool sandbox_open(const SandboxLimits *limits, const char *path, char *err, size_t errlen)
{
    sandbox_close();
    memset(&sb, 0, sizeof sb);
    sb.limits = *limits;
    if (add_file(path) < 0) {
        snprintf(err, errlen, "%s: out of memory", path);
        sandbox_close();
        return false;
    }
    sb.watchdog_len = (size_t)snprintf(sb.watchdog_msg, sizeof sb.watchdog_msg,
        "story stopped: a library call ran far past the time limit (%.3g s of CPU per call)\n",
        limits->time_limit);
    sb.short_len = (size_t)snprintf(sb.short_msg, sizeof sb.short_msg,
        ") ran past the time limit (%.3g s of CPU per call)\n", limits->time_limit);
    /* Clamped so that the count of ns cannot overflow (the command line
     * allows 0.01 to 3600 s). */
    double limit = limits->time_limit < 1e-3 ? 1e-3 : limits->time_limit > 1e6 ? 1e6 : limits->time_limit;
    sb.limit_ns = (int64_t)(limit * 1e9);
    set_watch_period(limit);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_prof;
    sa.sa_flags = SA_RESTART; /* a ring between calls must not cut a read short */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGPROF, &sa, NULL);
    sb.timer_running = true; /* first: a ring in between would turn it off */
    setitimer(ITIMER_PROF, &sb.watch_timer, NULL); /* with this state's period */

    sb.L = lua_newstate(sb_alloc, NULL);
    if (sb.L == NULL) {
        snprintf(err, errlen, "cannot create the Lua state: out of memory");
        sandbox_close();
        return false;
    }
    lua_atpanic(sb.L, sb_panic);
    /* The hook goes on the main thread before any story code runs, so every
     * coroutine inherits it. */
    sb.track_lines = true;
    lua_sethook(sb.L, sb_hook, hook_mask(), HOOK_COUNT);
    lua_pushcfunction(sb.L, build_env);
    if (lua_pcall(sb.L, 0, 0, 0) != LUA_OK) {
        snprintf(err, errlen, "cannot set up the sandbox: %s",
                 lua_type(sb.L, -1) == LUA_TSTRING ? lua_tostring(sb.L, -1) : "?");
        sandbox_close();
        return false;
    }
    lua_gc(sb.L, LUA_GCCOLLECT);
    sb.cap_on = true;
    return true;
}

static int hook_mask(void)
{
    return cov.on ? HOOK_MASK_COVERAGE : sb.track_lines ? HOOK_MASK : HOOK_MASK_FAST;
}

void sandbox_coverage(bool on)
{
    cov.on = on;
}

int sandbox_coverage_result(const long **hits, const unsigned char **code)
{
    *hits = cov.hits;
    *code = cov.code;
    return cov.nlines;
}

int sandbox_line_index(int file, int line)
{
    return file >= 0 && file < sb.nfiles ? place(file, line) : -1;
}

int sandbox_lines(void)
{
    return sb.nfiles ? place(sb.nfiles - 1, sb.files[sb.nfiles - 1].lines) + 1 : 0;
}

void sandbox_forked(void)
{
    sb.timer_running = false; /* a child does not inherit the timer */
    if (cov.hits) memset(cov.hits, 0, sizeof *cov.hits * (size_t)cov.nlines); /* the parent's counts stay its own */
}

void sandbox_track_lines(bool on)
{
    sb.track_lines = on;
    if (sb.L && sb.stopped == STOP_NONE) lua_sethook(sb.L, sb_hook, hook_mask(), HOOK_COUNT);
}

void sandbox_close(void)
{
    if (sb.L != NULL) {
        arm(); /* keep the watchdog on while the state is freed */
        lua_close(sb.L);
        disarm();
        sb.L = NULL;
    }
    for (int i = 0; i < sb.nfiles; i++) {
        free(sb.files[i].chunkname);
        free(sb.files[i].path);
    }
    sb.nfiles = 0;
}

bool sandbox_stopped(void)
{
    return sb.stopped != STOP_NONE;
}

/* Writes "FILE:LINE: story stopped: ..." naming the limit into err. */
static void stop_message(char *err, size_t errlen)
{
    char where[24] = "";
    int line;
    const char *path = path_of_place(sb.stop_line, &line);
    if (line > 0) snprintf(where, sizeof where, "%d:", line);
    if (sb.stopped == STOP_TIME)
        snprintf(err, errlen, "%s:%s story stopped: it ran past the time limit (%.3g s of CPU per call; more with "
                 "--time-limit SECS)", path, where,
                 sb.limits.time_limit);
    else
        snprintf(err, errlen, "%s:%s story stopped: it used more than the memory limit (%zu MiB; more with "
                 "--memory-limit MIB)", path, where, sb.limits.memory_limit >> 20);
}

bool sandbox_protect(lua_CFunction f, void *ud, char *err, size_t errlen)
{
    lua_State *L = sb.L;
    if (sb.stopped != STOP_NONE) { /* never call into a stopped story again */
        stop_message(err, errlen);
        return false;
    }
    int top = lua_gettop(L);
    if (!lua_checkstack(L, 3)) {
        snprintf(err, errlen, "%s: no room on the Lua stack", sb.files[0].chunkname + 1);
        return false;
    }
    sb.line = 0;
    sb.printed = 0;
    lua_pushcfunction(L, sb_msgh);
    lua_pushcfunction(L, f);
    lua_pushlightuserdata(L, ud);
    arm();
    int status = lua_pcall(L, 1, 0, top + 1);
    disarm();
    if (status == LUA_ERRMEM) stop(STOP_MEMORY, sb.line);
    bool ok = status == LUA_OK && sb.stopped == STOP_NONE;
    if (!ok && sb.stopped != STOP_NONE) {
        stop_message(err, errlen);
    } else if (!ok) {
        /* Only the message handler's messages (LUA_ERRRUN) carry a place. */
        const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "error in error handling";
        int line;
        const char *path = path_of_place(sb.line, &line);
        if (status == LUA_ERRRUN) snprintf(err, errlen, "%s", msg);
        else snprintf(err, errlen, "%s:%d: %s", path, line, msg);
    }
    lua_settop(L, top);
    return ok;
}

void sandbox_guard(lua_State *L, lua_CFunction index, lua_CFunction newindex)
{
    lua_newtable(L);
    lua_pushcfunction(L, index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

void sandbox_push_env(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &ENV_KEY);
}

int sandbox_load_chunk(lua_State *L, const char *text, size_t len, const char *path)
{
    if (len >= 4 && memcmp(text, LUA_SIGNATURE, 4) == 0)
        luaL_error(L, "%s: precompiled Lua is not accepted; a story must be Lua source text", path);
    int f = add_file(path);
    if (f < 0) luaL_error(L, "%s: a story may have at most %d files", path, SANDBOX_FILES_MAX);
    if (sb.files[f].lines == 0 && f == sb.nfiles - 1) { /* its lines number on from the files before */
        int lines = 1;
        for (size_t i = 0; i < len; i++) lines += text[i] == '\n';
        sb.files[f].lines = lines;
    }
    lua_pushfstring(L, "@%s", path);
    const char *chunkname = lua_tostring(L, -1);
    int status = luaL_loadbufferx(L, text, len, chunkname, "t");
    lua_remove(L, -2);
    if (status != LUA_OK) return status;
    sandbox_push_env(L);
    lua_setupvalue(L, -2, 1); /* _ENV: the sandbox, never the real globals */
    return LUA_OK;
}

void sandbox_push_chunk(lua_State *L, const char *text, size_t len, const char *path)
{
    if (sandbox_load_chunk(L, text, len, path) != LUA_OK) lua_error(L);
}

int sandbox_error_at(lua_State *L, const char *path, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lua_pushfstring(L, "%s:%d: ", path, line);
    lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    lua_concat(L, 2);
    return lua_error(L);
}
