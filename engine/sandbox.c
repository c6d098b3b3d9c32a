/* sandbox.c - the one lua_State: a whitelisted environment built by copying,
 * text-only loading, a CPU deadline, a watchdog for runaway library calls, a
 * memory cap, and error messages that never trust the error object.
 *
 * The findings this answers are listed in docs/architecture.md ("Sandbox"). */
#include "sandbox.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lualib.h>

enum { STOP_NONE, STOP_TIME, STOP_MEMORY };

/* The module's state. A file-scope struct because the allocator and the
 * SIGALRM handler have no other way to reach it; nothing outside this file
 * sees it. */
static struct {
    lua_State *L;
    SandboxLimits limits;
    size_t used;               /* bytes allocated by the state */
    bool cap_on;               /* the memory cap is enforced once set-up is done */
    struct timespec deadline;  /* the current call into the story must end by then */
    bool armed;                /* a deadline is set */
    int stopped;               /* STOP_*: sticky; the state is then only closed */
    char where[256];           /* "FILE:LINE" where a limit stopped the story */
    char watchdog_msg[512];    /* written by the SIGALRM handler, prepared in advance */
    size_t watchdog_len;
    int env_ref;               /* registry ref of the story environment */
} sb;

/* Keys in the registry. */
static const char ENV_KEY = 'e';

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
        /* A caught memory error would turn a bomb into a retry loop: stop. */
        if (sb.stopped == STOP_NONE) sb.stopped = STOP_MEMORY;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p == NULL) return nsize <= old ? ptr : NULL;
    sb.used = sb.used - old + nsize;
    return p;
}

/* ------------------------------------------------------------------- CPU */

static bool past_deadline(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > sb.deadline.tv_sec ||
           (now.tv_sec == sb.deadline.tv_sec && now.tv_nsec >= sb.deadline.tv_nsec);
}

static const char *stop_reason(void)
{
    switch (sb.stopped) {
    case STOP_TIME: return "story stopped: it ran past the time limit";
    case STOP_MEMORY: return "story stopped: it used more memory than the limit";
    default: return "story stopped";
    }
}

/* Records FILE:LINE of the running story function, without allocating. */
static void note_where(lua_State *L)
{
    lua_Debug ar;
    if (sb.where[0] != '\0') return;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
            snprintf(sb.where, sizeof sb.where, "%s:%d", ar.short_src, ar.currentline);
            return;
        }
    }
}

/* One count hook checks the deadline and the stop flag. Once stopped it
 * re-arms itself to fire on every instruction, so no pcall loop outruns it. */
static void sb_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    if (sb.stopped == STOP_NONE && sb.armed && past_deadline()) sb.stopped = STOP_TIME;
    if (sb.stopped == STOP_NONE) return;
    note_where(L);
    lua_sethook(L, sb_hook, LUA_MASKCOUNT, 1);
    luaL_error(L, "%s", stop_reason());
}

/* The watchdog: a library call (pattern backtracking, a huge sort) runs where
 * no hook fires. Past the deadline plus a grace, end the process. */
static void on_alarm(int sig)
{
    (void)sig;
    ssize_t w = write(STDERR_FILENO, sb.watchdog_msg, sb.watchdog_len);
    (void)w;
    _exit(1);
}

static void arm(void)
{
    double limit = sb.limits.time_limit;
    clock_gettime(CLOCK_MONOTONIC, &sb.deadline);
    sb.deadline.tv_sec += (time_t)limit;
    sb.deadline.tv_nsec += (long)((limit - (double)(time_t)limit) * 1e9);
    if (sb.deadline.tv_nsec >= 1000000000L) {
        sb.deadline.tv_sec++;
        sb.deadline.tv_nsec -= 1000000000L;
    }
    sb.armed = true;
    /* Grace: longer than the slowest single call the memory cap allows. */
    double grace = limit * 3.0 + 2.0;
    struct itimerval t = {0};
    t.it_value.tv_sec = (time_t)(limit + grace);
    t.it_value.tv_usec = (suseconds_t)((limit + grace - (double)(time_t)(limit + grace)) * 1e6);
    setitimer(ITIMER_REAL, &t, NULL);
}

static void disarm(void)
{
    struct itimerval t = {0};
    setitimer(ITIMER_REAL, &t, NULL);
    sb.armed = false;
}

/* ---------------------------------------------------------- environment */

/* print: to stderr, for authors debugging a story; capped and sanitized by
 * dropping control bytes, so a story cannot drive the terminal. */
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
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (len > 4096) len = 4096;
    fputs("print: ", stderr);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != 0x7f) fputc(c, stderr);
        else if (c == '\t') fputc(' ', stderr);
    }
    fputc('\n', stderr);
    return 0;
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
 * coroutine.close and load pass their results through it. */
static int sb_stopcheck(lua_State *L)
{
    if (sb.stopped != STOP_NONE) {
        note_where(L);
        return luaL_error(L, "%s", stop_reason());
    }
    return lua_gettop(L);
}

/* Wrappers that must be Lua functions so coroutines can yield through them.
 * The chunk is engine code, loaded before any story code. */
static const char WRAPPERS[] =
    "local env, G, stopcheck = ...\n"
    "local pcall, xpcall, error, type, select = G.pcall, G.xpcall, G.error, G.type, G.select\n"
    "local pack, unpack = G.table.pack, G.table.unpack\n"
    "local co = G.coroutine\n"
    "local create, resume, status, close = co.create, co.resume, co.status, co.close\n"
    "local load, collectgarbage = G.load, G.collectgarbage\n"
    "env.pcall = function(...) return stopcheck(pcall(...)) end\n"
    "env.xpcall = function(...) return stopcheck(xpcall(...)) end\n"
    "local c = env.coroutine\n"
    "c.resume = function(...) return stopcheck(resume(...)) end\n"
    /* Nested closes through __close handlers overflow the C stack in Lua 5.4.4. */
    "local depth = 0\n"
    "local function closew(t)\n"
    "  if depth >= 32 then error('too many nested coroutine.close calls', 2) end\n"
    "  depth = depth + 1\n"
    "  local r = pack(pcall(close, t))\n"
    "  depth = depth - 1\n"
    "  stopcheck()\n"
    "  if not r[1] then error(r[2], 0) end\n"
    "  return unpack(r, 2, r.n)\n"
    "end\n"
    "c.close = closew\n"
    /* wrap closes a failed coroutine itself; route that through closew. */
    "c.wrap = function(f)\n"
    "  local t = create(f)\n"
    "  return function(...)\n"
    "    local r = pack(c.resume(t, ...))\n"
    "    if r[1] then return unpack(r, 2, r.n) end\n"
    "    if status(t) == 'dead' then closew(t) end\n"
    "    error(r[2], 0)\n"
    "  end\n"
    "end\n"
    "env.load = function(chunk, name, mode, e)\n"
    "  if type(chunk) ~= 'string' then error('load: stories can load only strings', 2) end\n"
    "  if e == nil then e = env end\n"
    "  return stopcheck(load(chunk, name, 't', e))\n"
    "end\n"
    "env.collectgarbage = function(opt)\n"
    "  if opt == 'count' then return collectgarbage('count') end\n"
    "  error(\"collectgarbage: stories may only ask for 'count'\", 2)\n"
    "end\n";

static const char *const BASE_NAMES[] = {
    "assert", "error", "ipairs", "next", "pairs", "rawequal", "rawget", "rawlen", "rawset",
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
    copy_library(L, env, "string", no_dump);
    copy_library(L, env, "table", NULL);
    copy_library(L, env, "math", no_seed); /* script.c installs the seeded random */
    copy_library(L, env, "utf8", NULL);
    copy_library(L, env, "coroutine", NULL);
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

/* Keeps an error message only when it is a string or a number: a table's
 * __tostring could error or loop, and __name is story-controlled. */
static int sb_msgh(lua_State *L)
{
    int t = lua_type(L, 1);
    if (t == LUA_TSTRING) return 1;
    if (t == LUA_TNUMBER) {
        lua_pushstring(L, lua_tostring(L, 1)); /* a copy: never convert in place */
        return 1;
    }
    lua_pushfstring(L, "(error object is a %s value)", lua_typename(L, t));
    return 1;
}

bool sandbox_open(const SandboxLimits *limits, const char *path, char *err, size_t errlen)
{
    sandbox_close();
    memset(&sb, 0, sizeof sb);
    sb.limits = *limits;
    sb.watchdog_len = (size_t)snprintf(sb.watchdog_msg, sizeof sb.watchdog_msg,
        "%s: story stopped: a single library call ran far past the time limit (%.3g s)\n",
        path, limits->time_limit);
    if (sb.watchdog_len >= sizeof sb.watchdog_msg) sb.watchdog_len = sizeof sb.watchdog_msg - 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);

    sb.L = lua_newstate(sb_alloc, NULL);
    if (sb.L == NULL) {
        snprintf(err, errlen, "cannot create the Lua state: out of memory");
        return false;
    }
    lua_atpanic(sb.L, sb_panic);
    /* The hook goes on the main thread before any story code runs, so every
     * coroutine inherits it. */
    lua_sethook(sb.L, sb_hook, LUA_MASKCOUNT, 1000);
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

void sandbox_close(void)
{
    if (sb.L == NULL) return;
    arm(); /* finalizing runs story __close handlers: keep the watchdog on */
    lua_close(sb.L);
    disarm();
    sb.L = NULL;
}

bool sandbox_stopped(void)
{
    return sb.stopped != STOP_NONE;
}

bool sandbox_protect(lua_CFunction f, void *ud, char *err, size_t errlen)
{
    lua_State *L = sb.L;
    if (sb.stopped != STOP_NONE) {
        snprintf(err, errlen, "%s: %s", sb.where[0] ? sb.where : "story", stop_reason());
        return false;
    }
    int top = lua_gettop(L);
    if (!lua_checkstack(L, 3)) {
        snprintf(err, errlen, "story: %s", "no room on the Lua stack");
        return false;
    }
    lua_pushcfunction(L, sb_msgh);
    lua_pushcfunction(L, f);
    lua_pushlightuserdata(L, ud);
    arm();
    int status = lua_pcall(L, 1, 0, top + 1);
    disarm();
    bool ok = status == LUA_OK && sb.stopped == STOP_NONE;
    if (!ok) {
        if (sb.stopped != STOP_NONE)
            snprintf(err, errlen, "%s: %s", sb.where[0] ? sb.where : "story", stop_reason());
        else if (status == LUA_ERRMEM)
            snprintf(err, errlen, "story: not enough memory");
        else if (lua_type(L, -1) == LUA_TSTRING)
            snprintf(err, errlen, "%s", lua_tostring(L, -1));
        else
            snprintf(err, errlen, "story: error in the error handler");
    }
    lua_settop(L, top);
    return ok;
}

void sandbox_push_env(lua_State *L)
{
    lua_rawgetp(L, LUA_REGISTRYINDEX, &ENV_KEY);
}

void sandbox_push_chunk(lua_State *L, const char *text, size_t len, const char *path)
{
    if (len >= 4 && memcmp(text, LUA_SIGNATURE, 4) == 0)
        luaL_error(L, "%s: precompiled Lua is not accepted; a story must be Lua source text", path);
    lua_pushfstring(L, "@%s", path);
    const char *chunkname = lua_tostring(L, -1);
    int status = luaL_loadbufferx(L, text, len, chunkname, "t");
    lua_remove(L, -2);
    if (status != LUA_OK) lua_error(L);
    sandbox_push_env(L);
    lua_setupvalue(L, -2, 1); /* _ENV: the sandbox, never the real globals */
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
