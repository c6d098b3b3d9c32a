/* sandbox.h - the one lua_State of the process, owned by sandbox.c.
 *
 * Story code runs only through sandbox_protect(): a protected call with the
 * CPU deadline, the watchdog and the memory cap armed. Only modules that
 * speak Lua (story.c, script.c) include this header; term, render and main
 * never see a lua_State. */
#ifndef REKINDLE_SANDBOX_H
#define REKINDLE_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

#include <lua.h>

typedef struct {
    double time_limit;    /* seconds of CPU a single call into the story may take */
    size_t memory_limit;  /* bytes the story may allocate in all */
} SandboxLimits;

#define SANDBOX_DEFAULT_TIME_LIMIT 1.0
#define SANDBOX_DEFAULT_MEMORY_LIMIT ((size_t)64 << 20)
#define SANDBOX_ERROR_MAX 1024  /* size of an error buffer */

/* Creates the state and its safe environment; `path` names the story in
 * watchdog messages. Returns false (message in err) when that fails. */
bool sandbox_open(const SandboxLimits *limits, const char *path, char *err, size_t errlen);

/* Closes the state (the watchdog stays armed while finalizing). Safe to call
 * when no state is open. */
void sandbox_close(void);

/* Runs f(L) with ud as its only argument (a light userdata) in protected
 * mode with every limit armed. On success returns true and leaves the stack
 * as it was. On failure fills err with "FILE:LINE: message" (not yet
 * sanitized for the terminal) and returns false; after a limit stopped the
 * story, every later call fails at once. */
bool sandbox_protect(lua_CFunction f, void *ud, char *err, size_t errlen);

/* Inside a protected call: loads a story chunk from text (never bytecode)
 * with the sandbox environment as its _ENV and pushes it as a function. */
void sandbox_push_chunk(lua_State *L, const char *text, size_t len, const char *path);

/* Inside a protected call: pushes the environment table stories see. */
void sandbox_push_env(lua_State *L);

/* Raises a Lua error "FILE:LINE: message" for a declaration made at `line`. */
int sandbox_error_at(lua_State *L, const char *path, int line, const char *fmt, ...);

/* Whether the hook follows every line, so that a stop inside a library call
 * or an allocation names its exact line (on by default). Tools that play a
 * story thousands of times turn it off for speed: their stops then name a
 * line near the one at fault. Coroutines created later follow. */
void sandbox_track_lines(bool on);

/* Line coverage for the tools: turn it on before opening the state; it
 * counts over every state opened after, until the process ends. */
void sandbox_coverage(bool on);
/* The counts so far: per line, times run and whether it holds code of a
 * function that ran. Returns the arrays' length (lines 0..n-1). */
int sandbox_coverage_result(const long **hits, const unsigned char **code);

/* Call in a child after fork(): timers are not inherited, and coverage
 * counts start again from zero (the parent keeps those from before). */
void sandbox_forked(void);

/* True once a limit (time, memory) has stopped the story. */
bool sandbox_stopped(void);

#endif
