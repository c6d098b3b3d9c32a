/* sandbox_lua.h - calls into the sandbox's lua_State, for the modules that
 * speak Lua (the story language, script calls). Story code runs only through
 * sandbox_protect(): a protected call with the CPU deadline, the watchdog
 * and the memory cap armed. */
#ifndef REKINDLE_SANDBOX_LUA_H
#define REKINDLE_SANDBOX_LUA_H

#include <stdbool.h>
#include <stddef.h>

#include <lua.h>

#include "core/sandbox.h"

/* Runs f(L) with ud as its only argument (a light userdata) in protected
 * mode with every limit armed. On success returns true and leaves the stack
 * as it was. On failure fills err with "FILE:LINE: message" (not yet
 * sanitized for the terminal) and returns false; after a limit stopped the
 * story, every later call fails at once. */
bool sandbox_protect(lua_CFunction f, void *ud, char *err, size_t errlen);

/* Gives the table on top of the stack a metatable of index and newindex
 * that story code can neither read nor replace. */
void sandbox_guard(lua_State *L, lua_CFunction index, lua_CFunction newindex);

/* Inside a protected call: loads a story chunk from text (never bytecode)
 * with the sandbox environment as its _ENV and pushes it as a function. */
void sandbox_push_chunk(lua_State *L, const char *text, size_t len, const char *path);

/* The same, leaving a syntax error's message on the stack and returning its
 * status instead of raising it, for a caller that can say it better. */
int sandbox_load_chunk(lua_State *L, const char *text, size_t len, const char *path);

/* Inside a protected call: pushes the environment table stories see. */
void sandbox_push_env(lua_State *L);

/* Raises a Lua error "FILE:LINE: message" for a declaration made at `line`. */
int sandbox_error_at(lua_State *L, const char *path, int line, const char *fmt, ...);

#endif
