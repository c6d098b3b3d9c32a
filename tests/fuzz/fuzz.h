/* fuzz.h - what the fuzz harnesses share. Each harness is one file that
 * defines LLVMFuzzerTestOneInput; clang links it with libFuzzer (make fuzz),
 * and any compiler links it with replay.c, a main that runs saved inputs
 * through it (make fuzz-replay, tests/suites/fuzz.sh).
 *
 * A harness works in a folder of its own, made once per process and removed
 * at its end: story files, saves and transcripts go there, never into the
 * folder the fuzzer was started from. */
#ifndef REKINDLE_FUZZ_H
#define REKINDLE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "core/sandbox.h"

/* libFuzzer's entry points. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Small limits, so that one input runs in well under a second even when it
 * loops: a tenth of a second of CPU per call into the story, 16 MiB of Lua
 * memory (the 16 MiB budget of text the engine copies is outside it). */
#define FUZZ_TIME_LIMIT 0.1
#define FUZZ_MEMORY_LIMIT ((size_t)16 << 20)
extern const SandboxLimits fuzz_limits;

/* The harness's own folder (made on first use, removed at exit). */
const char *fuzz_dir(void);
/* Writes path = fuzz_dir()/name into buf. */
void fuzz_path(char *buf, size_t size, const char *name);
/* Writes a file of the harness's folder; returns its path (a static buffer
 * per call: copy it to keep it). Aborts when the write fails: that is the
 * machine's problem, not a finding. */
const char *fuzz_write(const char *name, const void *data, size_t size);
/* A malloc'd copy of data with a NUL appended. */
char *fuzz_string(const uint8_t *data, size_t size);
/* Standard output goes to /dev/null: what is drawn is not checked, only
 * that drawing it is safe, and a terminal would change what is drawn. */
void fuzz_quiet_stdout(void);

/* With FUZZ_LAST_INPUT set, writes each input to that file before it runs:
 * when the engine's watchdog ends the process, which libFuzzer cannot
 * report, run.sh keeps the input from there. Every harness calls it first. */
void fuzz_keep_input(const uint8_t *data, size_t size);

/* The story the play and save harnesses run when the input brings none:
 * tests/stories/features.lua and the file it includes, built in (see the
 * Makefile) and written into the harness's folder on first use. Returns
 * the path of features.lua there. */
const char *fuzz_features(void);

#endif
