/* test_diff.c - unit tests for tools/diff.c, the line diff `rekindle test`
 * shows: where two texts first differ, and unified hunks numbered by the
 * lines' own numbers, with context, changes close together in one hunk,
 * and a long diff cut short with a count of what is left out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/diff.h"

#define MAX_LINES 64

/* A side made of the words of text split at '|', numbered from first. */
typedef struct {
    char *text;
    const char *lines[MAX_LINES];
    int numbers[MAX_LINES];
    DiffSide side;
} Side;

static void make_side(Side *s, const char *text, int first)
{
    s->text = strdup(text);
    int n = 0;
    for (char *p = s->text; *text && p; n++) {
        s->lines[n] = p;
        s->numbers[n] = first + n;
        p = strchr(p, '|');
        if (p) *p++ = '\0';
    }
    s->side = (DiffSide){s->lines, s->numbers, n};
}

/* The diff of a and b as printed, malloc'd. */
static char *diff(const char *a, const char *b, int first, int context, int max)
{
    Side sa, sb;
    make_side(&sa, a, first);
    make_side(&sb, b, first);
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    assert_true(diff_print(f, &sa.side, &sb.side, context, max));
    fclose(f);
    free(sa.text);
    free(sb.text);
    return out;
}

static int first(const char *a, const char *b)
{
    Side sa, sb;
    make_side(&sa, a, 1);
    make_side(&sb, b, 1);
    int i = diff_first(&sa.side, &sb.side);
    free(sa.text);
    free(sb.text);
    return i;
}

static void test_first_difference(void **state)
{
    (void)state;
    assert_int_equal(first("a|b|c", "a|b|c"), -1);
    assert_int_equal(first("", ""), -1);
    assert_int_equal(first("a|b|c", "a|x|c"), 1);
    assert_int_equal(first("a|b", "a|b|c"), 2); /* one ends there */
    assert_int_equal(first("a|b|c", "a"), 1);
}

static void test_one_changed_line(void **state)
{
    (void)state;
    char *out = diff("a|b|c|d|e|f|g|h", "a|b|c|d|E|f|g|h", 100, 3, 60);
    assert_string_equal(out, "@@ -101,7 +101,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    free(out);
    out = diff("a|b|c", "a|b|c", 1, 3, 60);
    assert_string_equal(out, "");
    free(out);
}

static void test_lines_added_and_removed(void **state)
{
    (void)state;
    char *out = diff("a|b|c", "a|x|b|c", 1, 1, 60);
    assert_string_equal(out, "@@ -1,2 +1,3 @@\n a\n+x\n b\n");
    free(out);
    out = diff("a|b|c", "a|c", 1, 0, 60);
    assert_string_equal(out, "@@ -2,1 +1,0 @@\n-b\n");
    free(out);
    out = diff("", "x|y", 1, 3, 60);
    assert_string_equal(out, "@@ -0,0 +1,2 @@\n+x\n+y\n");
    free(out);
}

static void test_hunks_apart_and_together(void **state)
{
    (void)state;
    /* with context 2, changes with four lines between share a hunk, as in
     * diff -u; with five or nine, they do not */
    char *out = diff("a|b|c|d|e|f", "A|b|c|d|e|F", 1, 2, 60);
    assert_string_equal(out, "@@ -1,6 +1,6 @@\n-a\n+A\n b\n c\n d\n e\n-f\n+F\n");
    free(out);
    out = diff("a|b|c|d|e|f|g", "A|b|c|d|e|f|G", 1, 2, 60);
    assert_string_equal(out, "@@ -1,3 +1,3 @@\n-a\n+A\n b\n c\n@@ -5,3 +5,3 @@\n e\n f\n-g\n+G\n");
    free(out);
    out = diff("a|1|2|3|4|5|6|7|8|9|b", "A|1|2|3|4|5|6|7|8|9|B", 1, 2, 60);
    assert_string_equal(out, "@@ -1,3 +1,3 @@\n-a\n+A\n 1\n 2\n@@ -9,3 +9,3 @@\n 8\n 9\n-b\n+B\n");
    free(out);
}

static void test_empty_lines_stay_empty(void **state)
{
    (void)state;
    char *out = diff("a||b", "a||c", 1, 3, 60);
    assert_string_equal(out, "@@ -1,3 +1,3 @@\n a\n\n-b\n+c\n");
    free(out);
}

static void test_long_diff_is_cut_short(void **state)
{
    (void)state;
    char *out = diff("a|b|c|d|e|f", "1|2|3|4|5|6", 1, 3, 4);
    assert_string_equal(out, "@@ -1,6 +1,6 @@\n-a\n-b\n-c\n-d\n... and 8 more changed lines\n");
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_difference),
        cmocka_unit_test(test_one_changed_line),
        cmocka_unit_test(test_lines_added_and_removed),
        cmocka_unit_test(test_hunks_apart_and_together),
        cmocka_unit_test(test_empty_lines_stay_empty),
        cmocka_unit_test(test_long_diff_is_cut_short),
    };
    return cmocka_run_group_tests_name("diff", tests, NULL, NULL) ? 1 : 0;
}
