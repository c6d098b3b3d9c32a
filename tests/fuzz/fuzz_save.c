/* fuzz_save.c - a save file of arbitrary bytes: parsed as `rekindle` reads
 * a save, described as the menu describes it, and, when it parses, checked
 * and replayed against tests/stories/features.lua as `rekindle check-save`
 * does (a save of any other story is refused there). Besides crashes, it
 * checks that a save written from what was read reads back the same. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/path.h"
#include "fuzz.h"
#include "play/save.h"
#include "play/savecheck.h"

static char story[512];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    snprintf(story, sizeof story, "%s", fuzz_features());
    save_set_dir(fuzz_dir());
    fuzz_quiet_stdout();
    return 0;
}

static bool same(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* Writes the save as the play loop would (under its own story's id) and
 * reads it back: every field must come back as it went. */
static void round_trip(const Save *s)
{
    char err[8192];
    Save back;
    if (!save_write("features", "fuzz", s, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        abort();
    }
    if (!save_read("features", "fuzz", &back, err, sizeof err)) {
        fprintf(stderr, "a save written cannot be read back: %s\n", err);
        abort();
    }
    if (back.hash != s->hash || back.seed != s->seed || back.time != s->time || back.choices != s->choices ||
        !same(back.path, s->path) || !same(back.scene, s->scene) || !same(back.place, s->place)) {
        fprintf(stderr, "a save read back differs from what was written\n");
        abort();
    }
    save_free(&back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (story[0] == '\0') LLVMFuzzerInitialize(NULL, NULL);
    fuzz_keep_input(data, size);
    const char *file = fuzz_write("input.save", data, size);
    char err[8192], where[512];
    Save s;
    if (!save_read_file(file, &s, err, sizeof err)) return 0;
    save_describe(&s, where, sizeof where);
    round_trip(&s);
    Step *steps;
    int n, nchance;
    if (path_parse(s.path, &steps, &n)) {
        free(path_chance(steps, n, &nchance));
        path_free(steps, n);
    }
    save_free(&s);
    savecheck_run(file, story, &fuzz_limits);
    return 0;
}
