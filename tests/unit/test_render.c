/* test_render.c - unit tests for engine/play/render.c: bars, and the scene
 * and outcome screens drawn into memory. The text primitives underneath
 * (sanitizing, width, wrapping) are tested in test_text.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h> /* NAN, a macro: no libm needed */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "play/render.h"

/* ===================== helpers ===================== */

/* A copy of s without its ANSI escape sequences (ESC [ ... final byte). */
static char *strip_sgr(const char *s)
{
    char *out = malloc(strlen(s) + 1), *o = out;
    assert_non_null(out);
    while (*s) {
        if (s[0] == '\033' && s[1] == '[') {
            s += 2;
            while (*s && !(*s >= 0x40 && *s <= 0x7E))
                s++;
            if (*s)
                s++;
            continue;
        }
        *o++ = *s++;
    }
    *o = '\0';
    return out;
}

/* Fails when a line of text (escapes stripped) is wider than width, or
 * ends in a space. Returns the number of lines. */
static int check_lines(const char *text, int width)
{
    char *plain = strip_sgr(text);
    int lines = 0;
    for (char *line = plain; *line;) {
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
    free(plain);
    return lines;
}

/* Every escape sequence is a bold, dim or reset SGR (no colour, above all no
 * background), and every line that styles something resets afterwards. */
static void check_styles(const char *text)
{
    const char *line = text;
    while (*line) {
        const char *nl = strchr(line, '\n');
        assert_non_null(nl);
        const char *last_reset = NULL, *last_other = NULL;
        for (const char *p = line; p < nl; p++) {
            if (*p != '\033')
                continue;
            if (strncmp(p, "\033[0m", 4) == 0)
                last_reset = p;
            else if (strncmp(p, "\033[1m", 4) == 0 || strncmp(p, "\033[2m", 4) == 0)
                last_other = p;
            else
                fail_msg("unexpected escape sequence in \"%.*s\"", (int)(nl - line), line);
        }
        if (last_other && (!last_reset || last_reset < last_other))
            fail_msg("style not reset on \"%.*s\"", (int)(nl - line), line);
        line = nl + 1;
    }
}

/* A memory stream to draw into: open, draw with &c.o, then close to get the
 * text (NUL-terminated, the caller frees). */
typedef struct {
    char *buf;    /* what was drawn, valid after canvas_close */
    size_t size;  /* its length */
    RenderOpts o; /* the options to draw with, .out being the stream */
} Canvas;

static const RenderOpts *canvas_open(Canvas *c, int width, bool color, bool plain)
{
    c->buf = NULL;
    c->size = 0;
    c->o = (RenderOpts){.out = open_memstream(&c->buf, &c->size), .width = width,
                        .color = color, .plain = plain};
    assert_non_null(c->o.out);
    return &c->o;
}

static char *canvas_close(Canvas *c)
{
    assert_int_equal(fclose(c->o.out), 0);
    assert_non_null(c->buf);
    return c->buf;
}

/* Draws one call into memory and leaves the text in result. */
#define DRAW_MODE(result, width_, color_, plain_, call)                        \
    do {                                                                       \
        Canvas canvas_;                                                        \
        const RenderOpts *o = canvas_open(&canvas_, (width_), (color_), (plain_)); \
        call;                                                                  \
        (result) = canvas_close(&canvas_);                                     \
    } while (0)
#define DRAW(result, width_, color_, call) DRAW_MODE(result, width_, color_, false, call)
/* Plain mode, with colour asked for too: plain must win. */
#define DRAW_PLAIN(result, width_, call) DRAW_MODE(result, width_, true, true, call)

/* ===================== bars ===================== */

static void test_bar_unicode(void **state)
{
    (void)state;
    char buf[128];
    render_bar(buf, sizeof buf, 50, 10, true);
    assert_string_equal(buf, "\u2588\u2588\u2588\u2588\u2588\u2591\u2591\u2591\u2591\u2591");
    render_bar(buf, sizeof buf, 62, 20, true);
    assert_int_equal(text_width(buf), 20);
    assert_int_equal(strlen(buf), 60);
    assert_memory_equal(buf + 11 * 3, "\u2588\u2591", 6); /* 12 full, 8 empty */
}

static void test_bar_ascii_and_rounding(void **state)
{
    (void)state;
    char buf[64];
    render_bar(buf, sizeof buf, 62, 20, false);
    assert_string_equal(buf, "############........");
    render_bar(buf, sizeof buf, 25, 10, false); /* 2.5 cells rounds up */
    assert_string_equal(buf, "###.......");
    render_bar(buf, sizeof buf, 24, 10, false);
    assert_string_equal(buf, "##........");
    render_bar(buf, sizeof buf, 0, 5, false);
    assert_string_equal(buf, ".....");
    render_bar(buf, sizeof buf, 100, 5, false);
    assert_string_equal(buf, "#####");
}

static void test_bar_clamps_and_small_buffers(void **state)
{
    (void)state;
    char buf[64];
    render_bar(buf, sizeof buf, -40, 5, false);
    assert_string_equal(buf, ".....");
    render_bar(buf, sizeof buf, 250, 5, false);
    assert_string_equal(buf, "#####");
    render_bar(buf, sizeof buf, 50, 0, true);
    assert_string_equal(buf, "");
    /* Room for two glyphs only: no half glyph, always terminated. */
    char small[8];
    memset(small, 'x', sizeof small);
    render_bar(small, 7, 100, 5, true);
    assert_string_equal(small, "\u2588\u2588");
    render_bar(small, 1, 100, 5, false);
    assert_string_equal(small, "");
}

/* ===================== scene ===================== */

static const char *const scene_paras[] = {
    "It has been three days since Maya said she needed space. Your phone lies "
    "face-down on the counter, next to the blue mug she forgot to take.",
    "The kettle clicks off.\nSomewhere upstairs a neighbour is practising scales.",
};
static const ChoiceView scene_choices[] = {
    {"Write her a long message explaining everything", true, NULL},
    {"Put the phone in a drawer and go for a walk", true, NULL},
    {"Call her", false, "you promised to give her a week"},
    {"Check her profile, just once, to see whether she is doing all right", true, NULL},
};
static const MeterView scene_meters[] = {{"patience", 50, 50}, {"respect", 40, 50}, {"trust", 30, 50}};
static const SceneView scene_view = {"Three Days of Quiet", scene_paras, 2, scene_choices, 4,
                                     scene_meters, 3, NULL, NULL};

static void test_scene_content(void **state)
{
    (void)state;
    char *out;
    DRAW(out, 80, false, render_scene(o, &scene_view));
    assert_non_null(strstr(out, "\n  Three Days of Quiet "));
    assert_non_null(strstr(out, "patience \u25A0\u25A0\u25A0\u25A1\u25A1"));
    assert_non_null(strstr(out, "\n  It has been three days"));
    assert_non_null(strstr(out, "\n    1  Write her a long message explaining everything\n"));
    assert_non_null(strstr(out, "\n    2  Put the phone in a drawer"));
    assert_non_null(strstr(out, "\n    -  Call her  (you promised to give her a week)\n"));
    /* Numbers skip the unavailable choice. */
    assert_non_null(strstr(out, "\n    3  Check her profile"));
    /* Header, paragraphs and choices are separated by blank lines. */
    assert_non_null(strstr(out, "to take.\n\n  The kettle clicks off.\n  Somewhere"));
    assert_non_null(strstr(out, "scales.\n\n    1  "));
    free(out);
}

static void test_scene_widths_and_colour(void **state)
{
    (void)state;
    for (int width = 20; width <= 100; width++) {
        for (int color = 0; color <= 1; color++) {
            char *out;
            DRAW(out, width, color, render_scene(o, &scene_view));
            check_lines(out, width);
            if (color) {
                check_styles(out);
                assert_non_null(strstr(out, "\033[1m1\033[0m"));
            } else {
                assert_null(strchr(out, '\033'));
            }
            char *plain = strip_sgr(out);
            if (width >= 21) /* narrower, the title wraps */
                assert_non_null(strstr(plain, "Three Days of Quiet"));
            assert_non_null(strstr(plain, "\n    1  Write"));
            assert_non_null(strstr(plain, "\n    -  Call"));
            free(plain);
            free(out);
        }
    }
}

static void test_scene_at_40(void **state)
{
    (void)state;
    char *out;
    DRAW(out, 40, false, render_scene(o, &scene_view));
    /* The meters move under the title; choices wrap under their text. */
    assert_non_null(strstr(out, "\n  Three Days of Quiet\n  patience "));
    assert_non_null(strstr(out, "\n    1  Write her a long message\n"
                                "       explaining everything\n"));
    assert_non_null(strstr(out, "\n    -  Call her  (you promised to give\n"
                                "       her a week)\n"));
    assert_int_equal(check_lines(out, 40) > 10, 1);
    free(out);
}

static void test_scene_hostile_content(void **state)
{
    (void)state;
    static const char *const paras[] = {
        "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xAD"
        "\xE3\x82\xB9\xE3\x83\x88\xE3\x81\xA7\xE3\x81\x99\xE6\x97\xA5\xE6\x9C\xAC"
        "\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x86\xE3\x82\xAD\xE3\x82\xB9\xE3\x83\x88",
        "averyveryveryveryveryveryveryveryverylongwordwithoutanyspacesatall",
        "Escapes \033[2J\033]52;c;eA==\a in text",
        NULL,
        "",
    };
    static const ChoiceView choices[] = {
        {"unbreakablechoicelabelthatgoesonandonandonforeverandever", true, NULL},
        {NULL, true, NULL},
        {"Wait", false, NULL},
        {"Go", false, "a reason that is itself long enough to need wrapping twice over"},
    };
    static const MeterView meters[] = {
        {"an extremely long meter name that cannot possibly fit", 120, 50},
        {"\xE4\xBF\xA1\xE4\xBB\xBB", -5, -5},
        {NULL, 50, 50},
        {"\033[31mevil\033[0m", 70, 1e9},
    };
    static const SceneView v = {
        "A Title So Long That It Will Have To Wrap Around The Header Line Twice",
        paras, 5, choices, 4, meters, 4, NULL, NULL};
    for (int width = 20; width <= 100; width += 3) {
        for (int color = 0; color <= 1; color++) {
            char *out;
            DRAW(out, width, color, render_scene(o, &v));
            check_lines(out, width);
            if (color)
                check_styles(out);
            else
                assert_null(strchr(out, '\033'));
            assert_null(strstr(out, "\033[2J"));
            assert_null(strstr(out, "\033]"));
            assert_null(strchr(out, '\a'));
            free(out);
        }
    }
}

static void test_scene_empty_fields(void **state)
{
    (void)state;
    static const SceneView empty = {0};
    char *out;
    DRAW(out, 40, true, render_scene(o, &empty));
    assert_string_equal(out, "\n");
    free(out);
    static const ChoiceView one = {"Leave", true, NULL};
    static const SceneView only_choice = {NULL, NULL, 0, &one, 1, NULL, 0, NULL, NULL};
    DRAW(out, 40, false, render_scene(o, &only_choice));
    assert_string_equal(out, "\n    1  Leave\n\n");
    free(out);
    static const SceneView title_only = {"Title", NULL, 0, NULL, 0, NULL, 0, NULL, NULL};
    DRAW(out, 40, false, render_scene(o, &title_only));
    assert_string_equal(out, "\n  Title\n\n");
    free(out);
    /* A NULL view or NULL stream is ignored. */
    DRAW(out, 40, false, render_scene(o, NULL));
    assert_string_equal(out, "");
    free(out);
    render_scene(NULL, &scene_view);
    RenderOpts no_out = {.out = NULL, .width = 40, .color = false};
    render_scene(&no_out, &scene_view);
}

/* ===================== outcome ===================== */

static const char *const ending_paras[] = {
    "Maya says she is not ready, maybe not ever. You hear yourself thank her for "
    "being honest, and you mean it.",
};
static const MeterView ending_meters[] = {{"patience", 62, 50}, {"respect", 81.4, 50}, {"trust", 29.5, 8}};
static const NoteView ending_notes[] = {
    {"Put the phone in a drawer and go for a walk",
     "Space lets both of you hear yourselves think.", 10, false},
    {"Say sorry without a \"but\"", "An apology that explains itself is an argument.", 15, false},
    {"Text at midnight", "A text at midnight asks for an answer at midnight.", -20, false},
};
static const OutcomeView ending_view = {
    "Three Days of Quiet", "Thank You for Telling Me", "growth", ending_paras, 1,
    "Accepting a decision you did not want is respect in its plainest form.",
    ending_meters, 3, ending_notes, 3};

static void test_outcome_content_80(void **state)
{
    (void)state;
    char *out;
    DRAW(out, 80, false, render_outcome(o, &ending_view));
    /* Title and kind on one line, between two rules. */
    assert_non_null(strstr(out, "\n   Thank You for Telling Me "));
    char *tl = strstr(out, "Thank You for Telling Me");
    assert_non_null(tl);
    char *eol = strchr(tl, '\n');
    char *kind = strstr(out, "ending: growth\n");
    assert_non_null(kind);
    assert_true(kind < eol);
    assert_non_null(strstr(out, "  \u2500\u2500\u2500"));
    assert_non_null(strstr(out, "\n  Maya says she is not ready"));
    assert_non_null(strstr(out, "Accepting a decision you did not want"));
    /* The reflection is set apart by its indent. */
    assert_non_null(strstr(out, "\n    Accepting"));
    /* Two meters to a line, rounded values, each with where it started. */
    assert_non_null(strstr(out, "\n  patience  \u2588"));
    char *pl = strstr(out, "patience");
    char *pe = strchr(pl, '\n');
    char *re = strstr(pl, "respect");
    assert_non_null(re);
    assert_true(re < pe);
    assert_non_null(strstr(out, "   62 from 50"));
    assert_non_null(strstr(out, "   81 from 50"));
    assert_non_null(strstr(out, "   30 from 8")); /* 29.5 rounds up */
    assert_null(strstr(out, "81.4"));
    /* The turning points: what helped and what cost, by their labels; the
     * notes themselves are the recap's. */
    /* a long label by its first words */
    assert_non_null(strstr(out, "\n  What helped: Put the phone in a drawer and go\u2026 \u00B7 Say sorry without a \"but\"\n"));
    assert_non_null(strstr(out, "\n  What cost you: Text at midnight\n"));
    assert_null(strstr(out, "Space lets both"));
    check_lines(out, 80);
    free(out);
}

static void test_outcome_content_40(void **state)
{
    (void)state;
    char *out;
    DRAW(out, 40, false, render_outcome(o, &ending_view));
    /* Stacked title and kind; one meter to a line; notes wrapped under
     * their bullet. */
    assert_non_null(strstr(out, "\n   Thank You for Telling Me\n   ending: growth\n"));
    char *pl = strstr(out, "patience");
    assert_non_null(pl);
    char *pe = strchr(pl, '\n');
    char *re = strstr(pl, "respect");
    assert_non_null(re);
    assert_true(re > pe);
    assert_non_null(strstr(out, "\n  What helped: Put the phone in a drawer\n"
                                "               and go\u2026 \u00B7 Say sorry\n"));
    check_lines(out, 40);
    free(out);
}

/* At most five turning points: those the writer marked, then those that
 * moved the meters most; each told in the order it was earned. */
static void test_outcome_turning_points(void **state)
{
    (void)state;
    static const NoteView notes[] = {
        {"A", "a", 1, false},  {"B", "b", -30, false}, {"C", "c", 0, true},  {"D", "d", 20, false},
        {"E", "e", 2, false},  {"F", "f", -25, false}, {"G", "g", 0, false}, {"H", "h", 40, false},
    };
    static const OutcomeView v = {NULL, "T", NULL, NULL, 0, NULL, NULL, 0, notes, 8};
    char *out;
    DRAW_PLAIN(out, 80, render_outcome(o, &v));
    /* C (marked), then H 40, B -30, F -25, D 20: A, E and G are left to the recap */
    assert_non_null(strstr(out, "\n  What helped: C; D; H\n"));
    assert_non_null(strstr(out, "\n  What cost you: B; F\n"));
    free(out);
}

static void test_outcome_widths_and_colour(void **state)
{
    (void)state;
    for (int width = 20; width <= 100; width++) {
        for (int color = 0; color <= 1; color++) {
            char *out;
            DRAW(out, width, color, render_outcome(o, &ending_view));
            check_lines(out, width);
            if (color) {
                check_styles(out);
                assert_non_null(strstr(out, "\033[1m"));
            } else {
                assert_null(strchr(out, '\033'));
            }
            char *plain = strip_sgr(out);
            assert_non_null(strstr(plain, "What helped:"));
            assert_non_null(strstr(plain, "ending: growth"));
            assert_non_null(strstr(plain, "Text at midnight"));
            free(plain);
            free(out);
        }
    }
}

static void test_outcome_hostile_content(void **state)
{
    (void)state;
    static const char *const paras[] = {"x\033[6n", NULL, ""};
    static const MeterView meters[] = {
        {"a meter name far too long for any sensible narrow terminal", 33, 50},
        {"\xE4\xBF\xA1\xE4\xBB\xBB", 1e9, -1e9}, {NULL, -1, NAN}, {"m", NAN, 50}};
    static const NoteView notes[] = {
        {NULL, "A note without its choice.", 5, true},
        {"A choice without its note", NULL, -5, false},
        {NULL, NULL, NAN, true},
        {"averyveryveryveryveryverylongchoicelabelwithoutspaces", "ok", 1e300, false}};
    static const OutcomeView v = {
        NULL, "An Ending Title Long Enough To Wrap On Narrow Screens For Sure",
        "a-kind-of-ending-that-is-very-long", paras, 3, "\033]52;c;eA==\a", meters, 4,
        notes, 4};
    for (int width = 20; width <= 100; width += 3) {
        for (int color = 0; color <= 1; color++) {
            char *out;
            DRAW(out, width, color, render_outcome(o, &v));
            check_lines(out, width);
            if (color)
                check_styles(out);
            else
                assert_null(strchr(out, '\033'));
            assert_null(strchr(out, '\a'));
            free(out);
        }
    }
}

static void test_outcome_empty_fields(void **state)
{
    (void)state;
    static const OutcomeView bare = {NULL, "The End", NULL, NULL, 0, NULL, NULL, 0, NULL, 0};
    char *out;
    DRAW(out, 40, false, render_outcome(o, &bare));
    assert_non_null(strstr(out, "   The End\n"));
    assert_null(strstr(out, "ending:"));
    assert_null(strstr(out, "What helped"));
    check_lines(out, 40);
    free(out);
    static const OutcomeView none = {0};
    DRAW(out, 40, true, render_outcome(o, &none));
    check_lines(out, 40);
    check_styles(out);
    free(out);
    /* Notes that say nothing: no heading either. */
    static const NoteView blank = {NULL, "", 0, false};
    static const OutcomeView blank_notes = {NULL, "T", "apart", NULL, 0, NULL, NULL, 0, &blank, 1};
    DRAW(out, 40, false, render_outcome(o, &blank_notes));
    assert_null(strstr(out, "What helped"));
    assert_null(strstr(out, "What cost you"));
    free(out);
    DRAW(out, 40, false, render_outcome(o, NULL));
    assert_string_equal(out, "");
    free(out);
    render_outcome(NULL, &ending_view);
}

/* ===================== plain ===================== */

/* Plain output, for screen readers and pipes: no escape sequence or other
 * control (but '\n'), and every run of non-ASCII bytes comes from the story's
 * own text (one of the n strings in story): no glyph of the engine's. */
static void check_plain(const char *out, const char *const *story, int n)
{
    for (const char *p = out; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20 && c != '\n')
            fail_msg("control byte 0x%02X in plain output at \"%.20s\"", c, p);
        if (c < 0x80)
            continue;
        size_t run = 1;
        while ((unsigned char)p[run] >= 0x80)
            run++;
        bool found = false;
        for (int i = 0; i < n && !found; i++) {
            const char *t = story[i];
            for (; t && *t && !found; t++)
                found = strncmp(t, p, run) == 0;
        }
        if (!found)
            fail_msg("non-ASCII bytes not from the story in plain output: \"%.*s\"", (int)run, p);
        p += run - 1;
    }
}

/* How many times needle occurs in s, read as one line: a wrapped line's
 * break and the indent after it count as a single space. */
static int count(const char *s, const char *needle)
{
    char *flat = malloc(strlen(s) + 1), *f = flat;
    assert_non_null(flat);
    for (const char *p = s; *p;) {
        if (*p != '\n') {
            *f++ = *p++;
            continue;
        }
        while (*p == '\n' || *p == ' ')
            p++;
        *f++ = ' ';
    }
    *f = '\0';
    int n = 0;
    for (const char *p = strstr(flat, needle); p; p = strstr(p + 1, needle))
        n++;
    free(flat);
    return n;
}

static void test_plain_scene(void **state)
{
    (void)state;
    char *out;
    DRAW_PLAIN(out, 80, render_scene(o, &scene_view));
    /* The header is the title alone; the rest is the normal screen. */
    assert_string_equal(out,
        "\n"
        "  Three Days of Quiet\n"
        "\n"
        "  It has been three days since Maya said she needed space. Your phone lies\n"
        "  face-down on the counter, next to the blue mug she forgot to take.\n"
        "\n"
        "  The kettle clicks off.\n"
        "  Somewhere upstairs a neighbour is practising scales.\n"
        "\n"
        "    1  Write her a long message explaining everything\n"
        "    2  Put the phone in a drawer and go for a walk\n"
        "    -  Call her  (you promised to give her a week)\n"
        "    3  Check her profile, just once, to see whether she is doing all right\n"
        "\n");
    check_plain(out, NULL, 0);
    free(out);
}

static void test_plain_outcome(void **state)
{
    (void)state;
    char *out;
    DRAW_PLAIN(out, 80, render_outcome(o, &ending_view));
    assert_string_equal(out,
        "\n"
        "  Ending: Thank You for Telling Me (growth)\n"
        "\n"
        "  Maya says she is not ready, maybe not ever. You hear yourself thank her for\n"
        "  being honest, and you mean it.\n"
        "\n"
        "    Accepting a decision you did not want is respect in its plainest form.\n"
        "\n"
        "  patience: 62 of 100, from 50\n"
        "  respect: 81 of 100, from 50\n"
        "  trust: 30 of 100, from 8\n"
        "\n"
        "  What helped: Put the phone in a drawer and go...; Say sorry without a \"but\"\n"
        "  What cost you: Text at midnight\n");
    check_plain(out, NULL, 0);
    free(out);
}

static void test_plain_title_and_kind_variants(void **state)
{
    (void)state;
    static const OutcomeView untitled = {NULL, NULL, "apart", NULL, 0, NULL, NULL, 0, NULL, 0};
    static const OutcomeView no_kind = {NULL, "The End", "", NULL, 0, NULL, NULL, 0, NULL, 0};
    static const OutcomeView nothing = {0};
    static const MeterView nameless = {NULL, 7.4, 7.4};
    static const OutcomeView meter = {NULL, "T", NULL, NULL, 0, NULL, &nameless, 1, NULL, 0};
    char *out;
    DRAW_PLAIN(out, 40, render_outcome(o, &untitled));
    assert_string_equal(out, "\n  Ending (apart)\n\n");
    free(out);
    DRAW_PLAIN(out, 40, render_outcome(o, &no_kind));
    assert_string_equal(out, "\n  Ending: The End\n\n");
    free(out);
    DRAW_PLAIN(out, 40, render_outcome(o, &nothing));
    assert_string_equal(out, "\n  Ending\n\n");
    free(out);
    DRAW_PLAIN(out, 40, render_outcome(o, &meter));
    assert_string_equal(out, "\n  Ending: T\n\n  7 of 100, from 7\n\n");
    free(out);
    /* A scene without a title has no header at all. */
    static const ChoiceView one = {"Leave", true, NULL};
    static const SceneView untitled_scene = {NULL, NULL, 0, &one, 1, scene_meters, 3, NULL, NULL};
    DRAW_PLAIN(out, 40, render_scene(o, &untitled_scene));
    assert_string_equal(out, "\n    1  Leave\n\n");
    free(out);
}

/* At every width, with story text in other scripts and hostile bytes: the
 * lines fit, nothing but the story's text is non-ASCII, there is no escape,
 * every meter is in words and the ending is named. */
static void test_plain_widths_and_story_text(void **state)
{
    (void)state;
    static const char *const paras[] = {
        "Caf\xC3\xA9 cr\xC3\xA8me \xE2\x80\x94 \xE4\xB8\xAD\xE6\x96\x87 and cafe\xCC\x81 "
        "\xF0\x9F\x8C\xB1 \xE2\x80\x9Cquoted\xE2\x80\x9D\xE2\x80\xA6",
        "Escapes \033[2J\033]52;c;eA==\a in text \xC2\x9B" "31m",
    };
    static const ChoiceView choices[] = {
        {"R\xC3\xA9pondre \xC3\xA0 \xC5\x81ucja", true, NULL},
        {"\xE7\xAD\x89\xE5\xBE\x85", false, "pas encore \xE2\x80\x94 attends"},
    };
    static const MeterView meters[] = {
        {"patience", 62, 50}, {"\xE4\xBF\xA1\xE4\xBB\xBB", 1e9, 0}, {"a meter name far too long for a narrow line", -3, 100},
    };
    static const NoteView notes[] = {{"R\xC3\xA9pondre", "Le\xC3\xA7on apprise.", 5, false}};
    static const SceneView scene = {"Tr\xC3\xA8s \xE2\x80\x94 Quiet", paras, 2, choices, 2, meters, 3, NULL, NULL};
    static const OutcomeView ending = {"Tr\xC3\xA8s", "Fin \xC2\xB7 \xC3\xA9t\xC3\xA9", "growth",
                                       paras, 2, "R\xC3\xA9" "flexion.", meters, 3, notes, 1};
    static const char *const story[] = {
        /* One element over two lines: the parentheses say so. */
        ("Caf\xC3\xA9 cr\xC3\xA8me \xE2\x80\x94 \xE4\xB8\xAD\xE6\x96\x87 and cafe\xCC\x81 "
         "\xF0\x9F\x8C\xB1 \xE2\x80\x9Cquoted\xE2\x80\x9D\xE2\x80\xA6"),
        "R\xC3\xA9pondre \xC3\xA0 \xC5\x81ucja", "\xE7\xAD\x89\xE5\xBE\x85",
        "pas encore \xE2\x80\x94 attends", "\xE4\xBF\xA1\xE4\xBB\xBB",
        "Le\xC3\xA7on apprise.", "Tr\xC3\xA8s \xE2\x80\x94 Quiet", "Fin \xC2\xB7 \xC3\xA9t\xC3\xA9",
    };
    const int nstory = (int)(sizeof story / sizeof story[0]);
    for (int width = 20; width <= 100; width++) {
        char *out;
        DRAW_PLAIN(out, width, render_scene(o, &scene));
        check_lines(out, width);
        check_plain(out, story, nstory);
        assert_null(strstr(out, "of 100")); /* no meters in a scene's header */
        free(out);

        DRAW_PLAIN(out, width, render_scene(o, &scene_view));
        check_lines(out, width);
        check_plain(out, NULL, 0);
        free(out);

        DRAW_PLAIN(out, width, render_outcome(o, &ending));
        check_lines(out, width);
        check_plain(out, story, nstory);
        if (width >= 34) { /* narrower, the lines wrap */
            assert_non_null(strstr(out, "\n  Ending: Fin \xC2\xB7 \xC3\xA9t\xC3\xA9 (growth)\n"));
            assert_non_null(strstr(out, "\n  patience: 62 of 100, from 50\n"));
            assert_non_null(strstr(out, "\n  \xE4\xBF\xA1\xE4\xBB\xBB: 100 of 100, from 0\n"));
            assert_non_null(strstr(out, "\n  What helped: R\xC3\xA9pondre\n"));
        }
        assert_int_equal(count(out, "of 100"), 3);
        free(out);

        DRAW_PLAIN(out, width, render_outcome(o, &ending_view));
        check_lines(out, width);
        check_plain(out, NULL, 0);
        assert_int_equal(count(out, "of 100"), 3);
        assert_non_null(strstr(out, "Ending:"));
        free(out);
    }
}

static void test_plain_hint_and_text(void **state)
{
    (void)state;
    char *out;
    DRAW_PLAIN(out, 30, render_hint(o, "Type a number."));
    assert_string_equal(out, "  Type a number.\n");
    free(out);
    DRAW_PLAIN(out, 30, render_text(o, "Commands:\n  quit  stop"));
    assert_string_equal(out, "  Commands:\n    quit  stop\n");
    free(out);
}

/* ===================== hint and text ===================== */

static void test_hint(void **state)
{
    (void)state;
    char *out;
    DRAW(out, 30, false, render_hint(o, "Type a number from 1 to 3, or help."));
    assert_string_equal(out, "  Type a number from 1 to 3,\n  or help.\n");
    free(out);
    DRAW(out, 30, true, render_hint(o, "Type a number."));
    assert_string_equal(out, "  Type a number.\n"); /* not dim: a hint must be easy to read */
    free(out);
    DRAW(out, 30, true, render_hint(o, NULL));
    assert_string_equal(out, "");
    free(out);
}

static void test_text(void **state)
{
    (void)state;
    char *out;
    DRAW(out, 24, true, render_text(o, "Commands:\n  undo    take back a choice\n"));
    assert_string_equal(out, "  Commands:\n    undo    take back a\n  choice\n");
    assert_null(strchr(out, '\033'));
    free(out);
    DRAW(out, 24, false, render_text(o, "bell\a and \033[2J clear"));
    assert_string_equal(out, "  bell and [2J clear\n");
    free(out);
}

int main(void)
{
    const struct CMUnitTest draw[] = {
        cmocka_unit_test(test_bar_unicode),
        cmocka_unit_test(test_bar_ascii_and_rounding),
        cmocka_unit_test(test_bar_clamps_and_small_buffers),
        cmocka_unit_test(test_scene_content),
        cmocka_unit_test(test_scene_widths_and_colour),
        cmocka_unit_test(test_scene_at_40),
        cmocka_unit_test(test_scene_hostile_content),
        cmocka_unit_test(test_scene_empty_fields),
        cmocka_unit_test(test_outcome_content_80),
        cmocka_unit_test(test_outcome_content_40),
        cmocka_unit_test(test_outcome_widths_and_colour),
        cmocka_unit_test(test_outcome_hostile_content),
        cmocka_unit_test(test_outcome_empty_fields),
        cmocka_unit_test(test_outcome_turning_points),
        cmocka_unit_test(test_hint),
        cmocka_unit_test(test_text),
    };
    const struct CMUnitTest plain[] = {
        cmocka_unit_test(test_plain_scene),
        cmocka_unit_test(test_plain_outcome),
        cmocka_unit_test(test_plain_title_and_kind_variants),
        cmocka_unit_test(test_plain_widths_and_story_text),
        cmocka_unit_test(test_plain_hint_and_text),
    };
    int failed = 0;
    failed += cmocka_run_group_tests_name("bars and screens", draw, NULL, NULL);
    failed += cmocka_run_group_tests_name("plain", plain, NULL, NULL);
    return failed ? 1 : 0;
}
