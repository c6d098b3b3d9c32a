/* test_text.c - unit tests for engine/base/text.c: sanitizing for the
 * terminal, display width, character clusters and word wrapping.
 *
 * The width and wrap groups run under setlocale(LC_ALL, "C") on purpose:
 * text must be measured correctly whatever the process locale. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"

/* ===================== helpers ===================== */

/* A deterministic generator, so a failing fuzz case is the same every run. */
static uint32_t rng_next(uint32_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    return *state;
}

/* True when s[0..n) is valid UTF-8 (shortest forms, no surrogates). */
static bool valid_utf8(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t len;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (size_t k = 1; k < len; k++) {
            if (s[i + k] < lo || s[i + k] > hi)
                return false;
            lo = 0x80, hi = 0xBF;
        }
        i += len;
    }
    return true;
}

/* Sanitizes a string literal (length from sizeof, so embedded NULs count). */
#define SANITIZE(lit) text_sanitize((lit), sizeof(lit) - 1)

static void check_sanitize(const char *in, size_t len, const char *want)
{
    char *got = text_sanitize(in, len);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

static void check_wrap(const char *text, int width, int indent, const char *want)
{
    char *got = text_wrap(text, width, indent);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

/* Fails when a line of text is wider than width, or ends in a space.
 * Returns the number of lines. */
static int check_lines(const char *text, int width)
{
    char *copy = strdup(text);
    int lines = 0;
    assert_non_null(copy);
    for (char *line = copy; *line;) {
        char *nl = strchr(line, '\n');
        assert_non_null(nl); /* every line is finished */
        *nl = '\0';
        int w = text_width(line);
        if (w > width)
            fail_msg("line wider than %d (%d): \"%s\"", width, w, line);
        if (nl > line && nl[-1] == ' ')
            fail_msg("trailing space: \"%s\"", line);
        lines++;
        line = nl + 1;
    }
    free(copy);
    return lines;
}

/* ===================== sanitize ===================== */

static void test_sanitize_escape_sequences(void **state)
{
    (void)state;
    /* SGR, OSC 52 (clipboard write), CSI 6n (cursor report): ESC is dropped
     * and so is BEL, leaving only printable, harmless text. */
    check_sanitize("\033[31mred\033[0m", strlen("\033[31mred\033[0m"), "[31mred[0m");
    char *s = SANITIZE("\033]52;c;ZXZpbA==\a");
    assert_string_equal(s, "]52;c;ZXZpbA==");
    free(s);
    s = SANITIZE("where\033[6n?");
    assert_string_equal(s, "where[6n?");
    assert_null(strchr(s, '\033'));
    free(s);
}

static void test_sanitize_c1_controls(void **state)
{
    (void)state;
    /* U+009B is CSI in 8-bit terminals, U+0085 NEL, U+0090 DCS: all dropped. */
    char *s = SANITIZE("a\xC2\x9B" "31mb\xC2\x85" "c\xC2\x90" "d\xC2\x80\xC2\x9F");
    assert_string_equal(s, "a31mbcd");
    free(s);
    /* U+00A0 (no-break space) is the first printable after C1: kept. */
    check_sanitize("x\xC2\xA0y", 4, "x\xC2\xA0y");
    /* A raw 0x9B byte is not UTF-8 at all: replaced, never passed through. */
    check_sanitize("\x9B" "6n", 3, "\xEF\xBF\xBD" "6n");
}

static void test_sanitize_invalid_bytes(void **state)
{
    (void)state;
    check_sanitize("a\xFF" "b", 3, "a\xEF\xBF\xBD" "b");
    check_sanitize("\x80", 1, "\xEF\xBF\xBD");
    check_sanitize("\xFE\xFF", 2, "\xEF\xBF\xBD\xEF\xBF\xBD");
    /* A lead byte followed by ASCII: the ASCII survives. */
    check_sanitize("\xC3" "A", 2, "\xEF\xBF\xBD" "A");
    /* Surrogates (U+D800) and code points past U+10FFFF are invalid. */
    check_sanitize("\xED\xA0\x80", 3, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    check_sanitize("\xF4\x90\x80\x80", 4,
                   "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

static void test_sanitize_truncated_at_end(void **state)
{
    (void)state;
    check_sanitize("abc\xE2\x82", 5, "abc\xEF\xBF\xBD\xEF\xBF\xBD");
    check_sanitize("\xF0\x9F\x98", 3, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    /* len cuts a valid character in two: the first half is not trusted. */
    check_sanitize("caf\xC3\xA9", 4, "caf\xEF\xBF\xBD");
}

static void test_sanitize_overlong(void **state)
{
    (void)state;
    /* '/' as two, three and four bytes; NUL as two bytes. */
    check_sanitize("\xC0\xAF", 2, "\xEF\xBF\xBD\xEF\xBF\xBD");
    check_sanitize("\xE0\x80\xAF", 3, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    check_sanitize("\xF0\x80\x80\xAF", 4,
                   "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    check_sanitize("\xC1\x80", 2, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

static void test_sanitize_whitespace_and_c0(void **state)
{
    (void)state;
    char *s = SANITIZE("a\tb\r\nc\x7f\x00" "d\x01\x08\x0B\x0C" "e\n");
    assert_string_equal(s, "a b\ncde\n");
    free(s);
}

static void test_sanitize_keeps_valid_text(void **state)
{
    (void)state;
    const char *t = "Caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80 e\xCC\x81 \xEF\xBF\xBD";
    check_sanitize(t, strlen(t), t);
    check_sanitize(NULL, 0, "");
    check_sanitize("", 0, "");
}

/* Random bytes: the output is always valid UTF-8 with no control byte other
 * than '\n', and no C1 control encoded in UTF-8. */
static void test_sanitize_fuzz(void **state)
{
    (void)state;
    uint32_t seed = 12345;
    unsigned char in[64];
    for (int round = 0; round < 5000; round++) {
        size_t n = rng_next(&seed) % sizeof in;
        for (size_t i = 0; i < n; i++) {
            uint32_t r = rng_next(&seed);
            /* Bias toward bytes that make interesting sequences. */
            static const unsigned char pick[] = {0x1B, 0x9B, 0xC2, 0xE0, 0xED, 0xF0,
                                                 0xF4, 0x80, 0xBF, '\n', '\t', 'a'};
            in[i] = r & 0x100 ? pick[(r >> 9) % sizeof pick] : (unsigned char)r;
        }
        char *out = text_sanitize((const char *)in, n);
        assert_non_null(out);
        size_t len = strlen(out);
        assert_true(valid_utf8(out, len));
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)out[i];
            assert_false((c < 0x20 && c != '\n') || c == 0x7F);
            if (c == 0xC2)
                assert_false((unsigned char)out[i + 1] <= 0x9F);
        }
        free(out);
    }
}

/* ===================== width (under the C locale) ===================== */

static int setup_c_locale(void **state)
{
    (void)state;
    if (!setlocale(LC_ALL, "C"))
        return -1;
    return 0;
}

static void test_width_c_locale_active(void **state)
{
    (void)state;
    /* The point of this group: the process locale cannot decode UTF-8. */
    assert_int_equal((int)MB_CUR_MAX, 1);
    assert_string_equal(setlocale(LC_CTYPE, NULL), "C");
}

static void test_width_ascii(void **state)
{
    (void)state;
    assert_int_equal(text_width("hello"), 5);
    assert_int_equal(text_width("Three Days of Quiet"), 19);
    assert_int_equal(text_width(""), 0);
    assert_int_equal(text_width(NULL), 0);
}

static void test_width_accented(void **state)
{
    (void)state;
    assert_int_equal(text_width("caf\xC3\xA9"), 4);                 /* café */
    assert_int_equal(text_width("na\xC3\xAFve r\xC3\xA9sum\xC3\xA9"), 12);
    assert_int_equal(text_width("cafe\xCC\x81"), 4);                /* e + U+0301 */
    assert_int_equal(text_width("e\xCC\x81\xCC\xA7"), 1);           /* two marks */
    assert_int_equal(text_width("\xC5\x81\xC3\xB3" "d\xC5\xBA"), 4); /* Łódź */
}

static void test_width_cjk(void **state)
{
    (void)state;
    assert_int_equal(text_width("\xE4\xB8\xAD\xE6\x96\x87"), 4);             /* 中文 */
    assert_int_equal(text_width("\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4"), 6); /* 한국어 */
    assert_int_equal(text_width("\xEF\xBC\xA1\xEF\xBC\xA2"), 4);             /* ＡＢ */
    assert_int_equal(text_width("a\xE3\x81\x82" "b"), 4);                    /* aあb */
}

static void test_width_emoji(void **state)
{
    (void)state;
    assert_int_equal(text_width("\xF0\x9F\x98\x80"), 2);          /* 😀 */
    assert_int_equal(text_width("a\xF0\x9F\x8C\xB1" "b"), 4);     /* a🌱b */
    assert_int_equal(text_width("\xE2\x96\xA0\xE2\x96\xA1"), 2);  /* ■□ */
    assert_int_equal(text_width("\xE2\x96\x88\xE2\x96\x91"), 2);  /* █░ */
}

static void test_width_unassigned(void **state)
{
    (void)state;
    /* Unassigned code points and noncharacters still take a cell. */
    assert_int_equal(text_width("\xCD\xB8"), 1);      /* U+0378, unassigned */
    assert_int_equal(text_width("\xEF\xBF\xBE"), 1);  /* U+FFFE */
    assert_int_equal(text_width("\xEF\xBF\xBD"), 1);  /* U+FFFD */
}

static void test_width_invalid_bytes(void **state)
{
    (void)state;
    assert_int_equal(text_width("a\xFF" "b"), 3);
    assert_int_equal(text_width("\xE2\x82"), 2);
    assert_int_equal(text_width("\xC0\xAF" "x"), 3);
    assert_int_equal(text_width("\x80\x80\x80"), 3);
}

/* Bytes and width of the cluster at the start of s. */
static size_t cluster_at(const char *s, int *w)
{
    return text_cluster(s, strlen(s), w);
}

/* The cluster at the start of s is all of s, and w columns wide. */
static void check_one_cluster(const char *s, int w)
{
    int got;
    assert_int_equal(cluster_at(s, &got), strlen(s));
    assert_int_equal(got, w);
    assert_int_equal(text_width(s), w);
}

static void test_width_emoji_modifier(void **state)
{
    (void)state;
    /* A skin tone modifier colours the emoji before it: one picture, two
     * columns (it is two wide on its own, so adding widths gave 4). */
    check_one_cluster("\U0001F44D\U0001F3FD", 2); /* 👍🏽 */
    check_one_cluster("\U0001F44B\U0001F3FB", 2); /* 👋🏻 */
    /* A narrow base is shown as an emoji once modified. */
    check_one_cluster("\u270C\U0001F3FD", 2); /* ✌🏽 */
    /* Alone, or after a letter it cannot colour, the modifier is a swatch. */
    check_one_cluster("\U0001F3FD", 2);
    assert_int_equal(text_width("a\U0001F3FD"), 3);
    assert_int_equal(text_width("x \U0001F44D\U0001F3FD y"), 6);
}

static void test_width_zwj_sequences(void **state)
{
    (void)state;
    check_one_cluster("\U0001F469\u200D\U0001F469\u200D\U0001F467", 2); /* 👩‍👩‍👧 */
    check_one_cluster("\U0001F468\u200D\U0001F4BB", 2);                 /* 👨‍💻 */
    check_one_cluster("\U0001F469\U0001F3FD\u200D\U0001F4BB", 2);       /* 👩🏽‍💻 */
    check_one_cluster("\U0001F3F3\uFE0F\u200D\U0001F308", 2);           /* 🏳️‍🌈 */
    check_one_cluster("\u2764\uFE0F\u200D\U0001F525", 2);               /* ❤️‍🔥 */
    assert_int_equal(text_width("we \U0001F468\u200D\U0001F4BB code"), 10);
}

static void test_width_emoji_presentation(void **state)
{
    (void)state;
    /* VS16 asks for the emoji picture: a narrow emoji becomes two wide. */
    check_one_cluster("\u2764", 1);       /* ❤ */
    check_one_cluster("\u2764\uFE0F", 2); /* ❤️ */
    check_one_cluster("\u263A\uFE0F", 2); /* ☺️ */
    check_one_cluster("1\uFE0F\u20E3", 2); /* 1️⃣, a keycap */
    /* Already wide stays two; on a letter VS16 changes nothing. */
    check_one_cluster("\U0001F600\uFE0F", 2);
    check_one_cluster("a\uFE0F", 1);
}

static void test_width_flags(void **state)
{
    (void)state;
    int w;
    /* Two regional indicators make one flag, two columns. */
    check_one_cluster("\U0001F1EB\U0001F1F7", 2); /* 🇫🇷 */
    /* Two flags side by side stay two flags, not one pair of pairs. */
    const char *two = "\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA"; /* 🇫🇷🇩🇪 */
    assert_int_equal(cluster_at(two, &w), 8);
    assert_int_equal(w, 2);
    assert_int_equal(cluster_at(two + 8, &w), 8);
    assert_int_equal(text_width(two), 4);
    /* An odd one out is a letter in a box: one column. */
    assert_int_equal(text_width("\U0001F1EB\U0001F1F7\U0001F1E9"), 3);
    check_one_cluster("\U0001F1EB", 1);
}

static void test_cluster_boundaries(void **state)
{
    (void)state;
    int w;
    /* A base with its marks; Hangul syllables from jamo. */
    assert_int_equal(cluster_at("e\xCC\x81x", &w), 3);
    assert_int_equal(w, 1);
    check_one_cluster("\u1112\u1161\u11AB", 2); /* 한 from three jamo */
    /* A joiner stays with what it follows; letters do not join. */
    assert_int_equal(cluster_at("a\u200Db", &w), 4);
    assert_int_equal(w, 1);
    assert_int_equal(text_width("a\u200Db\u200Dc"), 3);
    /* Controls stand alone: '\t' shows as a space, '\n' takes nothing. */
    assert_int_equal(cluster_at("\t\xCC\x81", &w), 1);
    assert_int_equal(w, 1);
    assert_int_equal(cluster_at("\nx", &w), 1);
    assert_int_equal(w, 0);
    assert_int_equal(text_width("a\x1B\x7F\xC2\x85" "b"), 2); /* ESC, DEL, NEL */
    /* Each invalid byte is a U+FFFD of its own, marks may follow it. */
    assert_int_equal(cluster_at("\xE2\x82", &w), 1);
    assert_int_equal(w, 1);
    assert_int_equal(cluster_at("\xFF\xCC\x81", &w), 3);
    assert_int_equal(w, 1);
    /* Never past n, even in the middle of a sequence. */
    assert_int_equal(text_cluster("\U0001F44D\U0001F3FD", 5, &w), 4);
    assert_int_equal(w, 2);
    assert_int_equal(text_cluster("e\xCC\x81", 2, &w), 1);
}

/* ===================== wrap (under the C locale) ===================== */

static void test_wrap_ascii_exact(void **state)
{
    (void)state;
    check_wrap("the quick brown fox jumps over the lazy dog", 15, 2,
               "  the quick\n"
               "  brown fox\n"
               "  jumps over\n"
               "  the lazy dog\n");
    check_wrap("the quick brown fox", 80, 0, "the quick brown fox\n");
    /* Exactly the width fits. */
    check_wrap("aaaa bbbb", 9, 0, "aaaa bbbb\n");
    check_wrap("aaaa bbbb", 8, 0, "aaaa\nbbbb\n");
}

static void test_wrap_spaces(void **state)
{
    (void)state;
    /* Runs of spaces collapse at a break; nothing trails. */
    check_wrap("aaa     bbb", 5, 0, "aaa\nbbb\n");
    check_wrap("aaa bbb   ", 20, 0, "aaa bbb\n");
    /* Within a line the author's spacing stays. */
    check_wrap("Call her  (soon)", 40, 4, "    Call her  (soon)\n");
    /* A line of spaces is an empty line, with no indent. */
    check_wrap("a\n   \nb", 20, 2, "  a\n\n  b\n");
}

static void test_wrap_accented(void **state)
{
    (void)state;
    /* 10 columns but 13 bytes: must fit on one line of 10. */
    check_wrap("caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e", 10, 0,
               "caf\xC3\xA9 cr\xC3\xA8me\nbr\xC3\xBBl\xC3\xA9" "e\n");
    /* The same with combining marks (16 bytes for 10 columns). */
    check_wrap("cafe\xCC\x81 cre\xCC\x80me x", 10, 0, "cafe\xCC\x81 cre\xCC\x80me\nx\n");
}

static void test_wrap_combining_kept_with_base(void **state)
{
    (void)state;
    /* A word of four "é" (e + U+0301) split two per line. */
    check_wrap("e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81", 2, 0,
               "e\xCC\x81" "e\xCC\x81\n" "e\xCC\x81" "e\xCC\x81\n");
    /* Two marks on one base, split at width 1: a mark never starts a line. */
    char *w = text_wrap("a\xCC\x81\xCC\xA7" "b\xCC\x81" "c", 1, 0);
    assert_non_null(w);
    assert_string_equal(w, "a\xCC\x81\xCC\xA7\nb\xCC\x81\nc\n");
    free(w);
}

static void test_wrap_cjk_without_spaces(void **state)
{
    (void)state;
    /* 日本語のテキストです: ten wide characters, four to a line of 8. */
    check_wrap("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86"
               "\xE3\x82\xAD\xE3\x82\xB9\xE3\x83\x88\xE3\x81\xA7\xE3\x81\x99",
               8, 0,
               "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\n"
               "\xE3\x83\x86\xE3\x82\xAD\xE3\x82\xB9\xE3\x83\x88\n"
               "\xE3\x81\xA7\xE3\x81\x99\n");
    /* An odd width never cuts a wide character in two. */
    check_wrap("\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97", 5, 0,
               "\xE4\xB8\xAD\xE6\x96\x87\n\xE5\xAD\x97\n");
}

static void test_wrap_cjk_with_spaces(void **state)
{
    (void)state;
    /* 中文 English 中文字: the break may come next to a wide character. */
    check_wrap("\xE4\xB8\xAD\xE6\x96\x87 English \xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97", 14, 2,
               "  \xE4\xB8\xAD\xE6\x96\x87 English\n"
               "  \xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97\n");
    check_wrap("ab\xE4\xB8\xAD\xE6\x96\x87", 4, 0, "ab\xE4\xB8\xAD\n\xE6\x96\x87\n");
}

static void test_wrap_cjk_after_latin(void **state)
{
    (void)state;
    /* 日本語日本語 after "hello": the run starts on the same line, breaking
     * between wide characters, rather than leaving the line short. */
    check_wrap("hello \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E",
               12, 0,
               "hello \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\n"
               "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\n");
}

static void test_wrap_cjk_punctuation(void **state)
{
    (void)state;
    /* あいう。えお: "。" may not start a line, so "う" goes down with it. */
    check_wrap("\xE3\x81\x82\xE3\x81\x84\xE3\x81\x86\xE3\x80\x82\xE3\x81\x88\xE3\x81\x8A",
               6, 0,
               "\xE3\x81\x82\xE3\x81\x84\n"
               "\xE3\x81\x86\xE3\x80\x82\xE3\x81\x88\n"
               "\xE3\x81\x8A\n");
    /* あい「う」: "「" may not end a line nor "」" start one. */
    check_wrap("\xE3\x81\x82\xE3\x81\x84\xE3\x80\x8C\xE3\x81\x86\xE3\x80\x8D", 6, 0,
               "\xE3\x81\x82\xE3\x81\x84\n\xE3\x80\x8C\xE3\x81\x86\xE3\x80\x8D\n");
}

static void test_wrap_zwj_sequence_kept(void **state)
{
    (void)state;
    /* 👨 ZWJ 👩 is one picture, two columns: beside "ab" at 4, and at 3 it
     * moves to the next line whole. */
    check_wrap("ab\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9", 4, 0,
               "ab\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\n");
    check_wrap("ab\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9", 3, 0,
               "ab\n\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\n");
}

static void test_wrap_long_word_split(void **state)
{
    (void)state;
    check_wrap("abcdefghij", 4, 0, "abcd\nefgh\nij\n");
    check_wrap("abcdefghij", 6, 2, "  abcd\n  efgh\n  ij\n");
    /* The long word starts on its own line, then is split. */
    check_wrap("go https://example.org/a/b", 10, 0, "go\nhttps://ex\nample.org/\na/b\n");
}

static void test_wrap_forced_newlines(void **state)
{
    (void)state;
    check_wrap("a\nb", 20, 2, "  a\n  b\n");
    check_wrap("a\n\nb", 20, 2, "  a\n\n  b\n");
    check_wrap("a\n", 20, 2, "  a\n");
    check_wrap("\n", 20, 2, "\n");
    check_wrap("", 20, 2, "");
    check_wrap(NULL, 20, 2, "");
    check_wrap("one two\nthree four five", 10, 0, "one two\nthree four\nfive\n");
}

static void test_wrap_indent(void **state)
{
    (void)state;
    check_wrap("aa bb cc dd", 9, 4, "    aa bb\n    cc dd\n");
    /* An indent as wide as the line still leaves a column for text. */
    check_wrap("ab", 3, 5, "  a\n  b\n");
}

static void test_wrap_invalid_bytes(void **state)
{
    (void)state;
    check_wrap("\xFF\xFE abc \xE2\x82", 80, 0, "\xFF\xFE abc \xE2\x82\n");
    char *w = text_wrap("\xE2\x82", 1, 0);
    assert_non_null(w);
    assert_string_equal(w, "\xE2\n\x82\n");
    free(w);
    /* Random bytes at many widths: no crash, no overrun (ASan/valgrind). */
    uint32_t seed = 99;
    char in[48];
    for (int round = 0; round < 3000; round++) {
        size_t n = rng_next(&seed) % (sizeof in - 1);
        for (size_t i = 0; i < n; i++) {
            char c = (char)rng_next(&seed);
            in[i] = c ? c : ' ';
        }
        in[n] = '\0';
        w = text_wrap(in, 1 + (int)(rng_next(&seed) % 12), (int)(rng_next(&seed) % 4));
        assert_non_null(w);
        free(w);
    }
}

/* Removes spaces and newlines: wrapping may only move text, never lose it. */
static void squeeze(const char *s, char *out)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\n')
            *out++ = *s;
    *out = '\0';
}

static void test_wrap_property_widths(void **state)
{
    (void)state;
    static const char *corpus[] = {
        "It has been three days since Maya said she needed space. Your phone lies "
        "face-down on the counter, next to the blue mug she forgot to take.",
        "Caf\xC3\xA9 cr\xC3\xA8me, na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xE2\x80\x94 "
        "\xC5\x81\xC3\xB3\x64\xC5\xBA and cafe\xCC\x81 with combining marks.",
        "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xAD"
        "\xE3\x82\xB9\xE3\x83\x88\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82\xE4\xB8\xAD"
        "\xE6\x96\x87\xE4\xB9\x9F\xE4\xB8\x80\xE6\xA0\xB7\xE3\x80\x82 mixed with "
        "English words and \xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 too.",
        "Emoji \xF0\x9F\x98\x80\xF0\x9F\x8C\xB1\xF0\x9F\x92\x94 between words, "
        "supercalifragilisticexpialidociousandthensomemoretoolongforanyline.",
        "Line one\nLine two is a little longer than line one\n\nAfter a blank line.",
        "    indented by the author, then     several     spaces.",
    };
    for (size_t c = 0; c < sizeof corpus / sizeof corpus[0]; c++) {
        char *want = malloc(strlen(corpus[c]) + 1), *got = NULL;
        assert_non_null(want);
        squeeze(corpus[c], want);
        for (int width = 10; width <= 100; width++) {
            for (int indent = 0; indent <= 6; indent += 2) {
                char *w = text_wrap(corpus[c], width, indent);
                assert_non_null(w);
                check_lines(w, width);
                /* Every line that has text starts with the indent. */
                for (char *line = w; *line; line = strchr(line, '\n') + 1)
                    if (*line != '\n')
                        assert_int_equal((int)strspn(line, " ") >= indent, 1);
                got = realloc(got, strlen(w) + 1);
                assert_non_null(got);
                squeeze(w, got);
                assert_string_equal(got, want);
                free(w);
            }
        }
        free(got);
        free(want);
    }
}

static void test_wrap_emoji_kept_whole(void **state)
{
    (void)state;
    /* 👍🏽 is two columns: it fits beside "ab" at 4, not at 3. */
    check_wrap("ab\U0001F44D\U0001F3FD", 4, 0, "ab\U0001F44D\U0001F3FD\n");
    check_wrap("ab\U0001F44D\U0001F3FD", 3, 0, "ab\n\U0001F44D\U0001F3FD\n");
    /* 👩‍👩‍👧 twice at width 3: one family a line, never cut at a joiner. */
    check_wrap("\U0001F469\u200D\U0001F469\u200D\U0001F467"
               "\U0001F469\u200D\U0001F469\u200D\U0001F467", 3, 0,
               "\U0001F469\u200D\U0001F469\u200D\U0001F467\n"
               "\U0001F469\u200D\U0001F469\u200D\U0001F467\n");
}

static void test_wrap_flags(void **state)
{
    (void)state;
    const char *fr = "\U0001F1EB\U0001F1F7"; /* 🇫🇷 */
    char three[64];
    snprintf(three, sizeof three, "%s%s%s", fr, fr, fr);
    char want[128];
    snprintf(want, sizeof want, "%s%s\n%s\n", fr, fr, fr);
    check_wrap(three, 4, 0, want);
    snprintf(want, sizeof want, "%s\n%s\n%s\n", fr, fr, fr);
    check_wrap(three, 3, 0, want);
    /* Wider than the line: a flag stands alone rather than being cut. */
    check_wrap(three, 1, 0, want);
    snprintf(want, sizeof want, "  %s\n  %s\n  %s\n", fr, fr, fr);
    check_wrap(three, 3, 2, want);
}

static void test_wrap_zwj_glued_text(void **state)
{
    (void)state;
    /* Letters glued by joiners (30 of them): the joiner goes with the
     * letter before it, and the lines keep to the width. */
    char text[256] = "";
    for (int i = 0; i < 30; i++)
        strcat(text, i ? "\u200Dx" : "x");
    char *w = text_wrap(text, 20, 0);
    assert_non_null(w);
    assert_int_equal(check_lines(w, 20), 2);
    for (const char *p = w; (p = strchr(p, '\n')) != NULL; p++)
        assert_true(strncmp(p + 1, "\u200D", 3) != 0);
    free(w);
}

static void test_wrap_zwj_glued_pictures(void **state)
{
    (void)state;
    /* 16 pictures glued by joiners are one cluster, two columns where a
     * terminal joins them and 32 where it draws them apart: cut between
     * the pictures, each joiner with the picture before it, the lines keep
     * to 20 columns either way. */
    char text[256] = "go ";
    for (int i = 0; i < 16; i++)
        strcat(text, i ? "\u200D\U0001F600" : "\U0001F600");
    strcat(text, " end");
    char *w = text_wrap(text, 20, 2);
    assert_non_null(w);
    assert_int_equal(check_lines(w, 20), 3);
    for (char *line = w, *nl; (nl = strchr(line, '\n')) != NULL; line = nl + 1) {
        int apart = text_width_apart(line, (size_t)(nl - line));
        if (apart > 20)
            fail_msg("a line of %d columns drawn apart: \"%.*s\"", apart, (int)(nl - line), line);
        assert_true(strncmp(nl + 1, "\u200D", 3) != 0);
    }
    char *got = strdup(w), *want = strdup(text); /* the text is all there, in order */
    squeeze(w, got);
    squeeze(text, want);
    assert_string_equal(got, want);
    free(got);
    free(want);
    free(w);
    /* A real sequence, a family of four (8 columns apart), stays whole even
     * where it does not fit apart. */
    const char *family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
    char whole[64];
    snprintf(whole, sizeof whole, "%s\n", family);
    check_wrap(family, 3, 0, whole);
}

/* Pieces for random text. whole: a single cluster, which no break may cut;
 * pict: a pictograph, which a joiner glues to the next pictograph. */
static const struct {
    const char *s;
    bool whole, pict;
} pieces[] = {
    {"a", true, false},
    {"it", false, false},
    {"word", false, false},
    {"supercalifragilisticexpialidocious", false, false},
    {"\u00E9t\u00E9", false, false},                            /* été */
    {"cafe\xCC\x81", false, false},                             /* café, e + U+0301 */
    {"a\xCC\x81\xCC\xA7", true, false},                         /* a with two marks */
    {"\u4E2D", true, false},                                    /* 中 */
    {"\u6587\u5B57", false, false},                             /* 文字 */
    {"\u3042", true, false},                                    /* あ */
    {"\u3002", true, false},                                    /* 。 */
    {"\u300C", true, false},                                    /* 「 */
    {"\u300D", true, false},                                    /* 」 */
    {"\uFF01", true, false},                                    /* ！ */
    {"\u1112\u1161\u11AB", true, false},                        /* 한 from jamo */
    {"\U0001F600", true, true},                                 /* 😀 */
    {"\U0001F331", true, true},                                 /* 🌱 */
    {"\U0001F44D\U0001F3FD", true, true},                       /* 👍🏽 */
    {"\u270C\U0001F3FD", true, true},                           /* ✌🏽 */
    {"\u2764\uFE0F", true, true},                               /* ❤️ */
    {"1\uFE0F\u20E3", true, false},                             /* 1️⃣ */
    {"\U0001F469\u200D\U0001F469\u200D\U0001F467", true, true}, /* 👩‍👩‍👧 */
    {"\U0001F468\u200D\U0001F4BB", true, true},                 /* 👨‍💻 */
    {"\U0001F3F3\uFE0F\u200D\U0001F308", true, true},           /* 🏳️‍🌈 */
    {"\U0001F1EB\U0001F1F7", true, false},                      /* 🇫🇷 */
    {"\U0001F1E9\U0001F1EA", true, false},                      /* 🇩🇪 */
    {"\U0001F1EF\U0001F1F5", true, false},                      /* 🇯🇵 */
    {"\U0001F1EB", true, false},                                /* a lone indicator */
};
#define LONE_INDICATOR (sizeof pieces / sizeof pieces[0] - 1)

/* What goes between two pieces: mostly a space, sometimes nothing (pieces
 * run together: flags meet flags), a joiner, or a forced break. */
static const char *const joints[] = {" ", " ", " ", "  ", "", "", "\u200D", "\n"};

/* Random text, and what is known of it by construction. */
typedef struct {
    char text[1024];
    size_t whole[64][2]; /* byte ranges that are one cluster each */
    int nwhole;
    size_t zwj[64]; /* where a joiner glues two pieces */
    int nzwj;
} Sample;

static void random_text(uint32_t *seed, Sample *sm)
{
    const size_t npieces = sizeof pieces / sizeof pieces[0];
    int count = 1 + (int)(rng_next(seed) % 40);
    size_t prev = 0;
    sm->text[0] = '\0';
    sm->nwhole = sm->nzwj = 0;
    if (rng_next(seed) % 8 == 0)
        strcat(sm->text, "   "); /* the author's own indent */
    for (int i = 0; i < count; i++) {
        size_t k = rng_next(seed) % npieces;
        const char *j = i ? joints[rng_next(seed) % (sizeof joints / sizeof joints[0])] : "";
        bool zwj = strcmp(j, "\u200D") == 0;
        if (i && prev == LONE_INDICATOR && !zwj)
            j = " "; /* run together, it would pair with a flag after it */
        if (zwj)
            sm->zwj[sm->nzwj++] = strlen(sm->text);
        strcat(sm->text, j);
        size_t start = strlen(sm->text);
        assert_true(start + strlen(pieces[k].s) < sizeof sm->text);
        strcat(sm->text, pieces[k].s);
        size_t end = strlen(sm->text);
        if (zwj && pieces[prev].pict && pieces[k].pict) {
            sm->whole[sm->nwhole - 1][1] = end; /* a longer ZWJ sequence */
        } else if (pieces[k].whole) {
            sm->whole[sm->nwhole][0] = start;
            sm->whole[sm->nwhole++][1] = end;
        }
        prev = k;
    }
}

/* Bytes of the UTF-8 sequence whose lead byte is c (valid text). */
static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* True when a line may not start or end at byte off of the sample: inside
 * a cluster known by construction, or just before a joiner. Only pictures
 * glued by joiners into a cluster wider apart than any real one and than
 * the room may be cut, before a code point that takes columns. */
static bool cuts(const Sample *sm, size_t off, int room)
{
    for (int i = 0; i < sm->nwhole; i++)
        if (sm->whole[i][0] < off && off < sm->whole[i][1]) {
            const char *c = sm->text + sm->whole[i][0];
            int apart = text_width_apart(c, sm->whole[i][1] - sm->whole[i][0]);
            const char *at = sm->text + off;
            bool glued = apart > TEXT_CLUSTER_APART_MAX && apart > room;
            if (!glued || text_width_apart(at, utf8_len((unsigned char)*at)) == 0)
                return true;
        }
    for (int i = 0; i < sm->nzwj; i++)
        if (sm->zwj[i] == off)
            return true;
    return false;
}

/* Where text's line at s ends ('\n' or the end). */
static const char *line_end(const char *s)
{
    const char *nl = strchr(s, '\n');
    return nl ? nl : s + strlen(s);
}

/* Fails unless the line holds nothing but the indent and one cluster, two
 * columns wide (none is wider here), in a line with less room than that. */
static void check_lone_cluster(const char *line, int width, int ind, const char *text)
{
    const char *c = line + ind;
    int lw = text_width(line), cw;
    if (text_cluster(c, strlen(c), &cw) != strlen(c) || cw != 2 || width - ind >= 2)
        fail_msg("width %d, indent %d: a line of %d: \"%s\" from \"%s\"", width, ind, lw, line,
                 text);
}

/* Checks a wrap of the sample: every line with text starts with the indent
 * and is no wider than width, unless it holds a single cluster wider than
 * the room after the indent; no line ends in a space; the lines hold the
 * text in order, less the spaces where they break, and no break cuts a
 * cluster or parts a joiner from what it follows. */
static void check_wrap_sample(const Sample *sm, int width, int indent)
{
    const char *text = sm->text;
    char *w = text_wrap(text, width, indent);
    assert_non_null(w);
    int ind = text_wrap_indent(width, indent);
    const char *le = line_end(text), *p = text; /* the text's line, our place */
    bool done = *text == '\0';
    for (char *line = w; *line;) {
        char *nl = strchr(line, '\n');
        assert_non_null(nl);
        *nl = '\0';
        assert_false(done); /* no line beyond the text */
        const char *content = line;
        if (*line) {
            assert_true((int)strspn(line, " ") >= ind);
            content += ind;
            assert_true(*content);
            assert_true(nl[-1] != ' ');
        }
        if (text_width(line) > width)
            check_lone_cluster(line, width, ind, text);
        size_t n = strlen(content);
        if (n > 0) {
            if (*content != ' ')
                p += strspn(p, " ");
            if ((size_t)(le - p) < n || memcmp(p, content, n) != 0)
                fail_msg("\"%s\" is not next in \"%s\"", content, text);
            size_t off = (size_t)(p - text);
            if (cuts(sm, off, width - ind) || cuts(sm, off + n, width - ind))
                fail_msg("width %d: \"%s\" cuts a cluster of \"%s\"", width, content, text);
            p += n;
        }
        p += strspn(p, " ");
        if (p == le) { /* the text's line is done: on to the next */
            done = *le == '\0';
            p = done ? le : le + 1;
            le = line_end(p);
        } else {
            assert_true(n > 0); /* an empty line only for an empty line */
        }
        *nl = '\n';
        line = nl + 1;
    }
    if (!done && *p != '\0')
        fail_msg("width %d: text lost from \"%s\" in \"%s\"", width, p, text);
    free(w);
}

/* Random mixes of ASCII, CJK, marks, emoji, flags and joiners at every
 * width: no line too wide, no cluster cut, no text lost. */
static void test_wrap_property_clusters(void **state)
{
    (void)state;
    uint32_t seed = 2024;
    static Sample sm;
    for (int round = 0; round < 500; round++) {
        random_text(&seed, &sm);
        for (int width = 1; width <= 40; width++)
            check_wrap_sample(&sm, width, (int)(rng_next(&seed) % 7));
    }
}

int main(void)
{
    const struct CMUnitTest sanitize[] = {
        cmocka_unit_test(test_sanitize_escape_sequences),
        cmocka_unit_test(test_sanitize_c1_controls),
        cmocka_unit_test(test_sanitize_invalid_bytes),
        cmocka_unit_test(test_sanitize_truncated_at_end),
        cmocka_unit_test(test_sanitize_overlong),
        cmocka_unit_test(test_sanitize_whitespace_and_c0),
        cmocka_unit_test(test_sanitize_keeps_valid_text),
        cmocka_unit_test(test_sanitize_fuzz),
    };
    const struct CMUnitTest c_locale[] = {
        cmocka_unit_test(test_width_c_locale_active),
        cmocka_unit_test(test_width_ascii),
        cmocka_unit_test(test_width_accented),
        cmocka_unit_test(test_width_cjk),
        cmocka_unit_test(test_width_emoji),
        cmocka_unit_test(test_width_unassigned),
        cmocka_unit_test(test_width_invalid_bytes),
        cmocka_unit_test(test_width_emoji_modifier),
        cmocka_unit_test(test_width_zwj_sequences),
        cmocka_unit_test(test_width_emoji_presentation),
        cmocka_unit_test(test_width_flags),
        cmocka_unit_test(test_cluster_boundaries),
        cmocka_unit_test(test_wrap_ascii_exact),
        cmocka_unit_test(test_wrap_spaces),
        cmocka_unit_test(test_wrap_accented),
        cmocka_unit_test(test_wrap_combining_kept_with_base),
        cmocka_unit_test(test_wrap_cjk_without_spaces),
        cmocka_unit_test(test_wrap_cjk_with_spaces),
        cmocka_unit_test(test_wrap_cjk_after_latin),
        cmocka_unit_test(test_wrap_cjk_punctuation),
        cmocka_unit_test(test_wrap_zwj_sequence_kept),
        cmocka_unit_test(test_wrap_long_word_split),
        cmocka_unit_test(test_wrap_forced_newlines),
        cmocka_unit_test(test_wrap_indent),
        cmocka_unit_test(test_wrap_invalid_bytes),
        cmocka_unit_test(test_wrap_property_widths),
        cmocka_unit_test(test_wrap_emoji_kept_whole),
        cmocka_unit_test(test_wrap_flags),
        cmocka_unit_test(test_wrap_zwj_glued_text),
        cmocka_unit_test(test_wrap_zwj_glued_pictures),
        cmocka_unit_test(test_wrap_property_clusters),
    };
    int failed = 0;
    failed += cmocka_run_group_tests_name("sanitize", sanitize, NULL, NULL);
    failed += cmocka_run_group_tests_name("width and wrap, C locale", c_locale, setup_c_locale,
                                          NULL);
    return failed ? 1 : 0;
}
