/* fuzz_answer.c - what a player types, line by line, given to a small
 * story's questions (a name and its pronouns, a number, one of some words,
 * free text) and choices, as the runtime takes answers: run_answer,
 * run_pick_pronoun, and a choice by its id or number. Also asks each line
 * as a yes-or-no answer.
 *
 * Besides crashes, it checks the path of answers: the path written after
 * the lines parses, and replaying it in a fresh run ends in the same scene
 * with the same path, whatever bytes the answers held. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "core/path.h"
#include "core/runtime.h"
#include "core/script.h"
#include "fuzz.h"
#include "play/term.h"

static const char STORY[] =
    "story { id = \"answers\", title = \"Answers\", start = \"name\",\n"
    "  vars = { name = \"Sam\", n = 5, drink = \"tea\", note = \"\" } }\n"
    "scene \"name\" { ask \"Who?\" { into = \"name\", pronouns = true, go = \"count\" } }\n"
    "scene \"count\" { ask \"How many?\" { into = \"n\", number = { -5, 30 }, go = \"drink\" } }\n"
    "scene \"drink\" { ask \"Tea or coffee?\" { into = \"drink\", one_of = { \"tea\", \"coffee\", \"earl_grey\" }, go = \"free\" } }\n"
    "scene \"free\" { ask \"Anything else?\" { into = \"note\", go = \"pick\" } }\n"
    "scene \"pick\" {\n"
    "  \"{Name} said {note}; {they} drank {n} cups of {drink}.\",\n"
    "  choice \"'Friends suits me.'\" { id = \"friends\", go = \"pick\", once = true },\n"
    "  choice \"Ask again\" { id = \"again\", go = \"name\" },\n"
    "  choice \"Leave\" { id = \"leave\", go = \"done\" },\n"
    "}\n"
    "ending \"done\" { title = \"Done\", \"{Name}: {n}, {drink}, {note}.\" }\n";

static Story *story;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[8192];
    const char *path = fuzz_write("answers.lua", STORY, strlen(STORY));
    if (!sandbox_open(&fuzz_limits, path, err, sizeof err) || !script_install(err, sizeof err) ||
        (story = story_load(path, strdup(STORY), strlen(STORY), err, sizeof err)) == NULL) {
        fprintf(stderr, "fuzz_answer: the story does not load:\n%s", err);
        abort();
    }
    return 0;
}

/* One line given as the runtime's caller gives it at this phase. */
static void answer(Run *r, const char *line, char *err, size_t errlen)
{
    (void)term_yes_no(line, line[0] & 1);
    if (r->phase == PHASE_ASK) {
        char keep[256];
        (void)run_answer_default(r, keep, sizeof keep);
        (void)run_answer(r, line, err, errlen);
    } else if (r->phase == PHASE_PRONOUN) {
        (void)run_pick_pronoun(r, (Pronoun)(atoi(line) - 1), err, errlen);
    } else if (r->phase == PHASE_CHOICE) {
        int k = run_find_choice(r, text_skip_quotes(line));
        if (k < 0) k = atoi(line) - 1;
        if (k >= 0 && k < r->navail) (void)run_choose(r, k, err, errlen);
    }
}

/* The path replayed into a fresh run must lead to the same place. */
static void check_replay(const Run *r)
{
    char err[SANDBOX_ERROR_MAX];
    char *text = run_path_text(r);
    Step *steps;
    int n;
    if (text == NULL) abort();
    if (!path_parse(text, &steps, &n)) {
        fprintf(stderr, "the path written does not parse: %s\n", text);
        abort();
    }
    Run again;
    if (!run_start_replay(&again, story, r->seed, steps, n, err, sizeof err)) abort();
    for (int i = 0; i < n; i++)
        if (!run_replay_step(&again, &steps[i], err, sizeof err)) {
            fprintf(stderr, "step %d of the path written does not replay: %s\n%s\n", i + 1, err, text);
            abort();
        }
    char *text2 = run_path_text(&again);
    if (text2 == NULL || strcmp(text, text2) != 0 || again.scene != r->scene || again.phase != r->phase) {
        fprintf(stderr, "the replay differs:\n%s\n%s\n", text, text2 ? text2 : "(null)");
        abort();
    }
    free(text2);
    run_free(&again);
    path_free(steps, n);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (story == NULL) LLVMFuzzerInitialize(NULL, NULL);
    fuzz_keep_input(data, size);
    char err[SANDBOX_ERROR_MAX];
    char *input = fuzz_string(data, size);
    Run r;
    if (!run_start(&r, story, 1, err, sizeof err)) abort();
    for (char *line = input, *next; line && r.phase != PHASE_ENDED && r.phase != PHASE_FAILED; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        answer(&r, line, err, sizeof err);
    }
    if (r.phase == PHASE_FAILED) {
        fprintf(stderr, "a story error from answers alone: %s\n", err);
        abort();
    }
    check_replay(&r);
    run_free(&r);
    free(input);
    return 0;
}
