/* helpers.h - what the story, runtime and interpolation tests share:
 * loading a story from a string inside a fresh sandbox, checking
 * "FILE:LINE: " error prefixes, and stepping a playthrough by choice id.
 *
 * Stories are loaded under the fake path TEST_PATH (no file is written), so
 * every message the engine makes starts with "t.lua:LINE: ". */
#ifndef REKINDLE_TEST_HELPERS_H
#define REKINDLE_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/runtime.h"
#include "core/sandbox.h"
#include "core/script.h"
#include "core/story.h"

#define TEST_PATH "t.lua"
#define ERR_MAX 8192 /* room for several error lines at once */

/* Opens a fresh sandbox with the default limits and loads src into it.
 * Returns the story, or NULL with the messages in err (the sandbox then
 * stays open until unload_story). */
static inline Story *load_story(const char *src, char *err, size_t errlen)
{
    SandboxLimits limits = {SANDBOX_DEFAULT_TIME_LIMIT, SANDBOX_DEFAULT_MEMORY_LIMIT};
    err[0] = '\0';
    if (!sandbox_open(&limits, TEST_PATH, err, errlen)) fail_msg("sandbox_open: %s", err);
    if (!script_install(err, errlen)) fail_msg("script_install: %s", err);
    char *text = strdup(src); /* the story takes its text */
    if (text == NULL) fail_msg("out of memory");
    return story_load(TEST_PATH, text, strlen(src), err, errlen);
}

/* Closes the sandbox, then frees the story (either may be absent). */
static inline void unload_story(Story *s)
{
    sandbox_close();
    story_free(s);
}

/* Loads a story that must be valid; fails the test with its errors if not. */
static inline Story *load_ok(const char *src)
{
    char err[ERR_MAX];
    Story *s = load_story(src, err, sizeof err);
    if (s == NULL) fail_msg("the story did not load:\n%s", err);
    return s;
}

/* The 1-based line of src holding the first occurrence of needle: expected
 * lines are found from the source, so a story can be edited without
 * recounting. Fails the test when needle is absent. */
static inline int line_of(const char *src, const char *needle)
{
    const char *at = strstr(src, needle);
    if (at == NULL) fail_msg("'%s' is not in the story", needle);
    int line = 1;
    for (const char *p = src; p < at; p++) line += *p == '\n';
    return line;
}

/* Number of '\n'-terminated lines in err. */
static inline int count_lines(const char *err)
{
    int n = 0;
    for (const char *p = err; *p; p++) n += *p == '\n';
    return n;
}

/* True when some line of err starts with "t.lua:LINE: " and holds every one
 * of the fragments (a NULL-terminated list). */
static inline bool has_error_line(const char *err, int line, const char *const *fragments)
{
    char prefix[64];
    snprintf(prefix, sizeof prefix, "%s:%d: ", TEST_PATH, line);
    for (const char *l = err; *l;) {
        const char *end = strchr(l, '\n');
        size_t len = end ? (size_t)(end - l) : strlen(l);
        if (len >= strlen(prefix) && strncmp(l, prefix, strlen(prefix)) == 0) {
            bool all = true;
            for (const char *const *f = fragments; *f && all; f++) {
                const char *hit = strstr(l, *f);
                all = hit != NULL && hit + strlen(*f) <= l + len;
            }
            if (all) return true;
        }
        if (end == NULL) break;
        l = end + 1;
    }
    return false;
}

/* Asserts that err has a line "t.lua:LINE: ..." with all the fragments. */
#define assert_error_line(err, line, ...)                                                    \
    do {                                                                                     \
        const char *const frags_[] = {__VA_ARGS__, NULL};                                    \
        if (!has_error_line((err), (line), frags_))                                          \
            fail_msg("no error at line %d with \"%s\"... in:\n%s", (line), frags_[0], (err)); \
    } while (0)

/* Loads src, which must fail with exactly one message, at `line`, holding
 * every fragment; closes the sandbox. */
#define assert_load_error(src, line, ...)                                                    \
    do {                                                                                     \
        char e_[ERR_MAX];                                                                    \
        Story *s_ = load_story((src), e_, sizeof e_);                                       \
        if (s_ != NULL) {                                                                    \
            unload_story(s_);                                                                \
            fail_msg("the story loaded; expected an error at line %d", (line));              \
        }                                                                                    \
        unload_story(NULL);                                                                  \
        assert_error_line(e_, (line), __VA_ARGS__);                                          \
        if (count_lines(e_) != 1) fail_msg("expected one error line, got:\n%s", e_);         \
    } while (0)

/* ---------------------------------------------------------- playthroughs */

/* Starts a run that must start. */
static inline void start_ok(Run *r, const Story *s, uint64_t seed)
{
    char err[SANDBOX_ERROR_MAX];
    if (!run_start(r, s, seed, err, sizeof err)) fail_msg("run_start: %s", err);
}

/* Takes the available choice with that id; fails the test when it is not
 * available or the step fails. */
static inline void choose_id(Run *r, const char *id)
{
    char err[SANDBOX_ERROR_MAX];
    int k = run_find_choice(r, id);
    if (k < 0) fail_msg("choice '%s' is not available in scene '%s'", id, r->story->scenes[r->scene].name);
    if (!run_choose(r, k, err, sizeof err)) fail_msg("choosing '%s': %s", id, err);
}

/* The value of a declared variable of the run. */
static inline const Value *var_of(const Run *r, const char *name)
{
    int slot = story_slot(r->story, name);
    if (slot < 0 || slot >= r->story->nvars) fail_msg("no variable '%s'", name);
    return &r->vars[slot];
}

/* The value of a declared meter of the run. */
static inline double meter_of(const Run *r, const char *name)
{
    int slot = story_slot(r->story, name);
    if (slot < r->story->nvars) fail_msg("no meter '%s'", name);
    return r->meters[slot - r->story->nvars];
}

/* The name of the run's current scene. */
static inline const char *scene_of(const Run *r)
{
    return r->story->scenes[r->scene].name;
}

#endif
