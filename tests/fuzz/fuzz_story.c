/* fuzz_story.c - a story from arbitrary text: loaded into a fresh sandbox
 * with small limits, then checked and mapped as `rekindle check` and
 * `rekindle map` do. Whatever the text, the engine must report problems,
 * never crash, leak or read out of bounds.
 *
 * The story's folder holds part.lua, so `include "part.lua"` works. An
 * input whose first line is "--big" (a Lua comment) gets that line replaced
 * by `local BIG = ("x"):rep(1 << 20)`, so a few uses of BIG pass the 16 MiB
 * budget of text the engine copies, as no small text could otherwise. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/load.h"
#include "core/script.h"
#include "core/story.h"
#include "fuzz.h"
#include "tools/check.h"
#include "tools/map.h"

static const char PART[] = "scene \"part\" {\n  \"A scene from another file.\",\n  choice \"Back\" { go = \"part\" },\n}\n";

#define BIG_MARK "--big"
#define BIG_LINE "local BIG = (\"x\"):rep(1 << 20)"

static char file_path[512];
static FILE *devnull;
static bool verbose; /* FUZZ_VERBOSE=1: what loading said, to see what a seed reaches */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_write("part.lua", PART, strlen(PART));
    fuzz_path(file_path, sizeof file_path, "story.lua");
    verbose = getenv("FUZZ_VERBOSE") != NULL;
    devnull = fopen("/dev/null", "w");
    if (devnull == NULL) abort();
    return 0;
}

/* The text to load: the input, or with --big its first line replaced. */
static char *story_text(const uint8_t *data, size_t size, size_t *len)
{
    size_t mark = strlen(BIG_MARK);
    if (size < mark || memcmp(data, BIG_MARK, mark) != 0 || (size > mark && data[mark] != '\n')) {
        *len = size;
        return fuzz_string(data, size);
    }
    size_t line = strlen(BIG_LINE);
    char *text = malloc(line + size - mark + 1);
    if (text == NULL) abort();
    memcpy(text, BIG_LINE, line);
    memcpy(text + line, data + mark, size - mark);
    *len = line + size - mark;
    text[*len] = '\0';
    return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (file_path[0] == '\0') LLVMFuzzerInitialize(NULL, NULL);
    char err[8192];
    size_t len;
    char *text = story_text(data, size, &len);
    Story *s = NULL;
    if (sandbox_open(&fuzz_limits, file_path, err, sizeof err) && script_install(err, sizeof err))
        s = story_load(file_path, text, len, err, sizeof err); /* it takes the text */
    else
        free(text);
    if (s == NULL) {
        if (verbose) fprintf(stderr, "%s", err);
        sandbox_close();
        return 0;
    }
    CheckReport r;
    check_story(s, &r);
    if (verbose) fprintf(stderr, "loaded: %d scenes, %d errors, %d warnings\n", s->nscenes, r.errors, r.warnings);
    check_free(&r);
    MapOptions mo = {.plays = NULL, .around = -1, .depth = 0};
    map_write(s, &mo, devnull);
    (void)load_hash(s);
    load_close(s);
    return 0;
}
