/* test_transcript.c - unit tests for core/transcript.c, the format of a
 * transcript test: a header written is read back the same, answers are
 * told from what was shown, parts follow one another, and a file that is
 * not one, or a header that says too little, is refused with its line.
 * Also base/disk.c's relative paths, which a header's story is written in. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/disk.h"
#include "core/transcript.h"

static bool parse(const char *text, Transcript *t, char *err)
{
    return transcript_parse(text, strlen(text), t, err, 256);
}

static void test_header_round_trip(void **state)
{
    (void)state;
    TranscriptHead h = {.story = "../stories/x.lua", .seed = 18446744073709551615ULL, .width = 76, .replay = "a,=Sam"};
    char *head = transcript_head(&h), err[256];
    assert_non_null(head);
    assert_string_equal(head, "# rekindle transcript: `rekindle test FILE` replays it\n# story: ../stories/x.lua\n"
                              "# seed: 18446744073709551615\n# width: 76\n# replay: a,=Sam\n");
    char *text = malloc(strlen(head) + 64);
    sprintf(text, "%s\n  Hello.\n> 1\n# ending: z\n", head);
    Transcript t;
    assert_true(parse(text, &t, err));
    assert_int_equal(t.nparts, 1);
    assert_int_equal(t.parts[0].line, 1);
    assert_string_equal(t.parts[0].head.story, "../stories/x.lua");
    assert_true(t.parts[0].head.seed == 18446744073709551615ULL);
    assert_int_equal(t.parts[0].head.width, 76);
    assert_string_equal(t.parts[0].head.replay, "a,=Sam");
    assert_string_equal(t.parts[0].ending, "z");
    assert_int_equal(t.parts[0].first, 5); /* the empty line after the header */
    assert_int_equal(t.parts[0].end, 9);
    transcript_free(&t);
    free(text);
    free(head);
    /* no replay: no such line; the width defaults to a pipe's */
    head = transcript_head(&(TranscriptHead){.story = "s.lua", .seed = 3, .width = 80});
    assert_null(strstr(head, "# replay"));
    free(head);
    assert_true(parse("# rekindle transcript\n# story: s.lua\n# seed: 3\n  Hi.\n", &t, err));
    assert_int_equal(t.parts[0].head.width, 80);
    assert_null(t.parts[0].head.replay);
    assert_null(t.parts[0].ending);
    transcript_free(&t);
}

static void test_answers_and_comments(void **state)
{
    (void)state;
    const char *a;
    char *line = transcript_answer("3");
    assert_string_equal(line, "> 3");
    assert_true(transcript_is_answer(line, &a));
    assert_string_equal(a, "3");
    free(line);
    line = transcript_answer(""); /* Enter: no space left at the end of the line */
    assert_string_equal(line, ">");
    assert_true(transcript_is_answer(line, &a));
    assert_string_equal(a, "");
    free(line);
    assert_true(transcript_is_answer(">  two spaces", &a));
    assert_string_equal(a, " two spaces");
    assert_false(transcript_is_answer(">3", &a));
    assert_false(transcript_is_answer("  > 3", &a));
    assert_true(transcript_is_comment("# note"));
    assert_false(transcript_is_comment("  # shown"));
    line = transcript_ending("the_drawer");
    assert_string_equal(line, "# ending: the_drawer");
    free(line);
}

static void test_parts_follow_one_another(void **state)
{
    (void)state;
    char err[256];
    Transcript t;
    const char *text = "# my notes on this file\n\n"
                       "# rekindle transcript\n# story: a.lua\n# seed: 1\n  One.\n> 1\n# ending: x\n"
                       "# rekindle transcript\n# story: a.lua\n# seed: 2\n# replay: go\n  Two.\n> 2";
    assert_true(parse(text, &t, err));
    assert_int_equal(t.nparts, 2);
    assert_int_equal(t.parts[0].line, 3);
    assert_int_equal(t.parts[0].first, 5);
    assert_int_equal(t.parts[0].end, 8);
    assert_string_equal(t.parts[0].ending, "x");
    assert_int_equal(t.parts[1].line, 9);
    assert_true(t.parts[1].head.seed == 2);
    assert_string_equal(t.parts[1].head.replay, "go");
    assert_null(t.parts[1].ending);
    assert_int_equal(t.parts[1].end, 14); /* a last line without its newline counts */
    assert_string_equal(t.lines[13], "> 2");
    transcript_free(&t);
}

static void test_what_is_not_a_transcript(void **state)
{
    (void)state;
    char err[256];
    Transcript t;
    assert_false(parse("  It has been three days.\n> 1\n", &t, err));
    assert_non_null(strstr(err, "1: not a transcript to test"));
    assert_false(parse("", &t, err));
    assert_non_null(strstr(err, "not a transcript to test"));
    assert_false(parse("# only a comment\n", &t, err));
    assert_false(parse("# rekindle transcript\n# seed: 1\n  Hi.\n", &t, err));
    assert_string_equal(err, "1: the header says no story (# story: FILE)");
    assert_false(parse("\n# rekindle transcript\n# story: s.lua\n  Hi.\n", &t, err));
    assert_string_equal(err, "2: the header says no seed (# seed: N)");
    assert_false(parse("# rekindle transcript\n# story: s.lua\n# seed: -1\n", &t, err));
    assert_string_equal(err, "3: the seed is not a whole number: '-1'");
    assert_false(parse("# rekindle transcript\n# story: s.lua\n# seed: 1\n# width: 10\n", &t, err));
    assert_string_equal(err, "4: the width is not a number from 20 to 1000: '10'");
    assert_false(parse("# rekindle transcript\n# story: s.lua\n# seed: 99999999999999999999\n", &t, err));
}

static void test_relative_paths(void **state)
{
    (void)state;
    char dir[] = "/tmp/rekindle-relXXXXXX";
    assert_non_null(mkdtemp(dir));
    char a[256], b[256], c[256];
    snprintf(a, sizeof a, "%s/tests", dir);
    snprintf(b, sizeof b, "%s/tests/deep", dir);
    snprintf(c, sizeof c, "%s/story.lua", dir);
    assert_int_equal(mkdir(a, 0700), 0);
    assert_int_equal(mkdir(b, 0700), 0);
    FILE *f = fopen(c, "w");
    assert_non_null(f);
    fclose(f);
    char file[300], *rel;
    snprintf(file, sizeof file, "%s/tests/deep/x.transcript", dir); /* need not exist */
    assert_non_null(rel = disk_relative(file, c));
    assert_string_equal(rel, "../../story.lua");
    free(rel);
    snprintf(file, sizeof file, "%s/x.transcript", dir);
    assert_non_null(rel = disk_relative(file, c));
    assert_string_equal(rel, "story.lua");
    free(rel);
    assert_non_null(rel = disk_relative(file, dir)); /* a story's folder */
    assert_string_equal(rel, ".");
    free(rel);
    snprintf(file, sizeof file, "%s/x.transcript", b);
    assert_non_null(rel = disk_relative(file, a));
    assert_string_equal(rel, "..");
    free(rel);
    char d[256];
    snprintf(d, sizeof d, "%s/testsx", dir);
    assert_int_equal(mkdir(d, 0700), 0);
    snprintf(file, sizeof file, "%s/x.transcript", d);
    assert_non_null(rel = disk_relative(file, b)); /* "tests" starts "testsx" but is not its folder */
    assert_string_equal(rel, "../tests/deep");
    free(rel);
    rmdir(d);
    assert_null(disk_relative("/nonexistent/dir/x.transcript", c));
    assert_null(disk_relative(file, "/nonexistent.lua"));
    unlink(c);
    rmdir(b);
    rmdir(a);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_header_round_trip),
        cmocka_unit_test(test_answers_and_comments),
        cmocka_unit_test(test_parts_follow_one_another),
        cmocka_unit_test(test_what_is_not_a_transcript),
        cmocka_unit_test(test_relative_paths),
    };
    return cmocka_run_group_tests_name("transcript", tests, NULL, NULL) ? 1 : 0;
}
