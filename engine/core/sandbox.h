/* sandbox.h - the one lua_State of the process, owned by sandbox.c: opening
 * and closing it, its limits, and what the tools switch on. Nothing here
 * names a Lua type: the calls into Lua are in sandbox_lua.h, which only the
 * modules that speak Lua include. */
#ifndef REKINDLE_SANDBOX_H
#define REKINDLE_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    double time_limit;    /* seconds of CPU a single call into the story may take */
    size_t memory_limit;  /* bytes the story may allocate in all */
} SandboxLimits;

#define SANDBOX_DEFAULT_TIME_LIMIT 1.0
#define SANDBOX_DEFAULT_MEMORY_LIMIT ((size_t)64 << 20)
#define SANDBOX_ERROR_MAX 1024  /* size of an error buffer */
#define SANDBOX_FILES_MAX 64    /* files one story may have */
#define SANDBOX_FILE_MAX ((size_t)4 << 20)     /* the least size a story file may have */
#define SANDBOX_SOURCE_UNIT ((size_t)1 << 20)  /* loading may take the time limit again per this much source */

/* Creates the state and its safe environment; `path` names the story in
 * watchdog messages. Returns false (message in err) when that fails. */
bool sandbox_open(const SandboxLimits *limits, const char *path, char *err, size_t errlen);

/* Closes the state (the watchdog stays armed while finalizing). Safe to call
 * when no state is open. */
void sandbox_close(void);

/* Whether the hook follows every line, so that a stop inside a library call
 * or an allocation names its exact line (on by default). Tools that play a
 * story thousands of times turn it off for speed: their stops then name a
 * line near the one at fault. Coroutines created later follow. */
void sandbox_track_lines(bool on);

/* Line coverage for the tools: turn it on before opening the state; it
 * counts over every state opened after, until the process ends. */
void sandbox_coverage(bool on);
/* The counts so far: per line, times run and whether it holds code of a
 * function that ran. Returns the arrays' length (lines 0..n-1). The lines
 * of all the story's files are in one array: line L of its file i (in the
 * order they loaded: the first file, then each it includes) is at
 * sandbox_line_index(i, L), and the loaded story needs sandbox_lines(). */
int sandbox_coverage_result(const long **hits, const unsigned char **code);
int sandbox_line_index(int file, int line);
int sandbox_lines(void);

/* Call in a child after fork(): timers are not inherited, and coverage
 * counts start again from zero (the parent keeps those from before). */
void sandbox_forked(void);

/* While a story loads (one call), for each file read: the call may take
 * the time limit again for each MiB of it, so a story of any size loads. */
void sandbox_allow_source(size_t bytes);
/* The largest story file: a sixteenth of the memory limit, at least 4 MiB. */
size_t sandbox_file_max(size_t memory_limit);
/* The open state's memory limit, in bytes. */
size_t sandbox_memory_limit(void);
/* What the engine may keep of a story outside the Lua heap (its text,
 * scenes and choices): a quarter of the memory limit. */
size_t sandbox_kept_max(void);

/* True once a limit (time, memory) has stopped the story. */
bool sandbox_stopped(void);

#endif
