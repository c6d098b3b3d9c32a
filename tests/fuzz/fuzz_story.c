/* fuzz_story.c - a story from arbitrary text: loaded into a fresh sandbox
 * with small limits, then checked and mapped as `rekindle check` and
 * `rekindle map` do. Whatever the text, the engine must report problems,
 * never crash, leak or read out of bounds. A story that loads is then
 * played a few steps without a screen, choices and answers picked by a
 * hash of the input, and once to an end as `rekindle map` plays it to shade
 * the map: story code and the runtime meet the text too, far faster than
 * through the play loop.
 *
 * The story's folder holds part.lua, so `include "part.lua"` works. An
 * input whose first line is "--big" (a Lua comment) gets that line replaced
 * by `local BIG = ("x"):rep(1 << 20)`, so a few uses of BIG pass the 16 MiB
 * budget of text the engine copies, as no small text could otherwise. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "core/load.h"
#include "core/runtime.h"
#include "core/script.h"
#include "core/story.h"
#include "fuzz.h"
#include "tools/answers.h"
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

#define WANDER_STEPS 20

static void play_a_little(const Story *s, uint64_t h)
{
    char err[SANDBOX_ERROR_MAX];
    char answers[ANSWERS_MAX][ANSWER_LEN];
    bool sampled;
    Run r;
    if (run_start_quiet(&r, s, h, false, err, sizeof err)) {
        for (int i = 0; i < WANDER_STEPS; i++, h = h * 6364136223846793005ULL + 1442695040888963407ULL) {
            bool ok = false;
            if (r.phase == PHASE_CHOICE && r.navail > 0) {
                ok = run_choose(&r, (int)(h >> 33) % r.navail, err, sizeof err);
            } else if (r.phase == PHASE_ASK) {
                int n = answers_for(s->scenes[r.scene].ask, answers, &sampled);
                ok = n > 0 && run_answer(&r, answers[(h >> 33) % (uint64_t)n], err, sizeof err) == ANSWER_OK;
            } else if (r.phase == PHASE_PRONOUN) {
                ok = run_pick_pronoun(&r, (Pronoun)((h >> 33) % PRONOUN_COUNT), err, sizeof err);
            }
            if (!ok) break;
            SceneView v;
            run_scene_view(&r, &v);
        }
        const NoteView *notes;
        (void)run_notes(&r, &notes, err, sizeof err);
        if (r.phase == PHASE_ENDED) {
            OutcomeView ov;
            run_outcome_view(&r, &ov);
        }
        char place[256];
        run_place(&r, place, sizeof place);
        free(run_path_text(&r));
    }
    run_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (file_path[0] == '\0') LLVMFuzzerInitialize(NULL, NULL);
    fuzz_keep_input(data, size);
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
    uint64_t h = hash_bytes(HASH_START, data, size);
    play_a_little(s, h);
    /* One random play, as `rekindle map` shades the map by them: without
     * text, as map plays (with it, as `stats` plays, a scene of 12 MiB of
     * text that loops to itself is filled in 2,000 times: minutes). */
    Wander w;
    (void)wander(s, 1, h, false, &w, err, sizeof err);
    MapOptions mo = {.plays = &w, .around = -1, .depth = 0};
    map_write(s, &mo, devnull);
    wander_free(&w);
    (void)load_hash(s);
    load_close(s);
    return 0;
}
