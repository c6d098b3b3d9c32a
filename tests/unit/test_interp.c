/* test_interp.c - unit tests for engine/interp.c: {placeholder} filling of
 * variables, meters and pronoun words, {{ escapes, unknown words, and
 * interp_check. Pure C: the story model is built by hand, no Lua. */
#include "helpers.h"

#include <math.h>

#include "core/interp.h"

/* ===================== a story model built by hand ===================== */

enum { V_COUNT, V_EMPTY, V_FLAG, V_LETTER, V_NAME, V_OFF, V_RATIO, V_ZERO, NVARS };
enum { M_PATIENCE, M_RESPECT, M_TRUST, NMETERS };

static Var vars[NVARS] = {
    [V_COUNT] = {"count", {VAL_NUMBER, 3, false, NULL}},
    [V_EMPTY] = {"empty", {VAL_STRING, 0, false, ""}},
    [V_FLAG] = {"flag", {VAL_BOOLEAN, 0, true, NULL}},
    [V_LETTER] = {"letter", {VAL_STRING, 0, false, NULL}}, /* filled in by setup */
    [V_NAME] = {"name", {VAL_STRING, 0, false, "maya"}},
    [V_OFF] = {"off", {VAL_BOOLEAN, 0, false, NULL}},
    [V_RATIO] = {"ratio", {VAL_NUMBER, 2.5, false, NULL}},
    [V_ZERO] = {"zero", {VAL_NUMBER, 0, false, NULL}},
};
static Meter meters[NMETERS] = {{"patience", 50}, {"respect", 50}, {"trust", 50}};
static Story story = {.path = "t.lua", .vars = vars, .nvars = NVARS, .meters = meters, .nmeters = NMETERS};

/* The values a fill reads: copies of the initial ones, changed per test. */
static Value values[NVARS];
static double levels[NMETERS];

static char letter[2000];

static int setup(void **state)
{
    (void)state;
    /* A long string: 1,500 bytes of "abc...", then "END". */
    for (size_t i = 0; i < 1500; i++) letter[i] = (char)('a' + i % 26);
    strcpy(letter + 1500, "END");
    vars[V_LETTER].initial.string = letter;
    for (int i = 0; i < NVARS; i++) values[i] = vars[i].initial;
    for (int i = 0; i < NMETERS; i++) levels[i] = meters[i].start;
    return 0;
}

/* Fills text for the pronoun p and compares; bad words must be none. */
static void check_fill(Pronoun p, const char *text, const char *want)
{
    InterpState st = {&story, values, levels, p};
    char bad[64] = "";
    char *got = interp_fill(&st, text, bad, sizeof bad);
    assert_non_null(got);
    if (bad[0]) fail_msg("unexpected unknown word {%s} in \"%s\"", bad, text);
    assert_string_equal(got, want);
    free(got);
}

/* ===================== variables and meters ===================== */

static void test_string_vars(void **state)
{
    (void)state;
    check_fill(PRONOUN_THEY, "Hello, {name}.", "Hello, maya.");
    check_fill(PRONOUN_THEY, "{Name} waits.", "Maya waits.");
    check_fill(PRONOUN_THEY, "{name}{name}", "mayamaya");
    check_fill(PRONOUN_THEY, "[{empty}] [{Empty}]", "[] []");
    check_fill(PRONOUN_THEY, "", "");
    check_fill(PRONOUN_THEY, "No placeholders at all.", "No placeholders at all.");
    values[V_NAME].string = "Élodie";
    check_fill(PRONOUN_THEY, "{Name}", "Élodie");
    values[V_NAME].string = "robin";
    check_fill(PRONOUN_THEY, "{Name} and {name}", "Robin and robin");
}

static void test_long_string_var(void **state)
{
    (void)state;
    InterpState st = {&story, values, levels, PRONOUN_THEY};
    char *got = interp_fill(&st, "<{letter}>", NULL, 0);
    assert_non_null(got);
    assert_int_equal(strlen(got), strlen(letter) + 2);
    assert_int_equal(strncmp(got + 1, letter, strlen(letter)), 0);
    assert_string_equal(got + strlen(got) - 4, "END>");
    free(got);
    got = interp_fill(&st, "{Letter}", NULL, 0);
    assert_non_null(got);
    assert_int_equal(got[0], 'A');
    assert_string_equal(got + 1, letter + 1);
    free(got);
}

static void test_numbers(void **state)
{
    (void)state;
    check_fill(PRONOUN_THEY, "{count} texts", "3 texts");
    check_fill(PRONOUN_THEY, "{ratio}", "2.5");
    check_fill(PRONOUN_THEY, "{zero}", "0");
    values[V_COUNT].number = -4;
    check_fill(PRONOUN_THEY, "{count}", "-4");
    values[V_COUNT].number = 0.1 + 0.2;
    check_fill(PRONOUN_THEY, "{count}", "0.3");
    values[V_COUNT].number = 1234567;
    check_fill(PRONOUN_THEY, "{count}", "1234567");
    values[V_COUNT].number = 1e20;
    check_fill(PRONOUN_THEY, "{count}", "1e+20");
    values[V_COUNT].number = -0.0;
    check_fill(PRONOUN_THEY, "{count}", "0");
    values[V_COUNT].number = 1.0 / 3.0;
    check_fill(PRONOUN_THEY, "{count}", "0.33333333333333");
}

static void test_format_value(void **state)
{
    (void)state;
    char buf[64];
    Value v = {VAL_NUMBER, 42.0, false, NULL};
    interp_format_value(&v, buf, sizeof buf);
    assert_string_equal(buf, "42");
    v.number = -7.25;
    interp_format_value(&v, buf, sizeof buf);
    assert_string_equal(buf, "-7.25");
    v = (Value){VAL_BOOLEAN, 0, true, NULL};
    interp_format_value(&v, buf, sizeof buf);
    assert_string_equal(buf, "true");
    v.boolean = false;
    interp_format_value(&v, buf, sizeof buf);
    assert_string_equal(buf, "false");
    v = (Value){VAL_STRING, 0, false, "some words"};
    interp_format_value(&v, buf, sizeof buf);
    assert_string_equal(buf, "some words");
    interp_format_value(&v, buf, 5); /* cut to the buffer, terminated */
    assert_string_equal(buf, "some");
}

static void test_booleans(void **state)
{
    (void)state;
    check_fill(PRONOUN_THEY, "{flag}/{off}", "true/false");
    check_fill(PRONOUN_THEY, "{Flag}", "True");
}

static void test_meters_rounded(void **state)
{
    (void)state;
    static const struct {
        double level;
        const char *want;
    } cases[] = {
        {62.4, "62"}, {62.5, "63"}, {62.6, "63"}, {0, "0"}, {0.4, "0"}, {99.6, "100"}, {100, "100"}, {37, "37"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        levels[M_TRUST] = cases[i].level;
        check_fill(PRONOUN_THEY, "{trust}", cases[i].want);
    }
    levels[M_PATIENCE] = 12.2;
    levels[M_RESPECT] = 80;
    check_fill(PRONOUN_THEY, "p={patience} r={respect}", "p=12 r=80");
}

/* ===================== pronouns ===================== */

static const char PRONOUN_TEXT[] =
    "{they} {are} out|{them}|{their} coat|{theirs}|{themself}|{they} {were}|{they} {have}|{they} {do}|"
    "need{s}|watch{es}";

static void test_pronoun_she(void **state)
{
    (void)state;
    check_fill(PRONOUN_SHE, PRONOUN_TEXT,
               "she is out|her|her coat|hers|herself|she was|she has|she does|needs|watches");
    check_fill(PRONOUN_SHE, "{They} {Are} {Were} {Have} {Do} {Their} {Them} {Theirs} {Themself}",
               "She Is Was Has Does Her Her Hers Herself");
}

static void test_pronoun_he(void **state)
{
    (void)state;
    check_fill(PRONOUN_HE, PRONOUN_TEXT, "he is out|him|his coat|his|himself|he was|he has|he does|needs|watches");
    check_fill(PRONOUN_HE, "{They} {Are} {Were} {Have} {Do} {Their} {Them} {Theirs} {Themself}",
               "He Is Was Has Does His Him His Himself");
}

static void test_pronoun_they(void **state)
{
    (void)state;
    check_fill(PRONOUN_THEY, PRONOUN_TEXT,
               "they are out|them|their coat|theirs|themself|they were|they have|they do|need|watch");
    check_fill(PRONOUN_THEY, "{They} {Are} {Were} {Have} {Do} {Their} {Them} {Theirs} {Themself}",
               "They Are Were Have Do Their Them Theirs Themself");
}

static void test_pronoun_sentence(void **state)
{
    (void)state;
    const char *text = "{Name} said {they} need{s} space; {they} {are} tired.";
    check_fill(PRONOUN_SHE, text, "Maya said she needs space; she is tired.");
    check_fill(PRONOUN_HE, text, "Maya said he needs space; he is tired.");
    check_fill(PRONOUN_THEY, text, "Maya said they need space; they are tired.");
}

static void test_pronoun_ids(void **state)
{
    (void)state;
    const char *ids[] = {"she", "he", "they"};
    const char *labels[] = {"she/her", "he/him", "they/them"};
    for (int p = 0; p < PRONOUN_COUNT; p++) {
        assert_string_equal(pronoun_id((Pronoun)p), ids[p]);
        assert_string_equal(pronoun_label((Pronoun)p), labels[p]);
        assert_int_equal(pronoun_from_id(ids[p]), p);
    }
    assert_int_equal(pronoun_from_id("it"), -1);
    assert_int_equal(pronoun_from_id("She"), -1);
    assert_int_equal(pronoun_from_id(""), -1);
}

/* ===================== braces that are not placeholders ===================== */

static void test_double_brace(void **state)
{
    (void)state;
    check_fill(PRONOUN_THEY, "{{name}", "{name}");
    check_fill(PRONOUN_THEY, "a {{ b", "a { b");
    check_fill(PRONOUN_THEY, "{{{name}", "{maya");
    check_fill(PRONOUN_THEY, "{{{{", "{{");
    check_fill(PRONOUN_THEY, "x{{", "x{");
}

static void test_not_placeholders(void **state)
{
    (void)state;
    check_fill(PRONOUN_SHE, "{ not a placeholder}", "{ not a placeholder}");
    check_fill(PRONOUN_SHE, "{name }", "{name }");
    check_fill(PRONOUN_SHE, "{}", "{}");
    check_fill(PRONOUN_SHE, "{1st}", "{1st}");
    check_fill(PRONOUN_SHE, "{name", "{name");
    check_fill(PRONOUN_SHE, "ends with {", "ends with {");
    check_fill(PRONOUN_SHE, "}{they}}", "}she}");
    check_fill(PRONOUN_SHE, "{na-me}", "{na-me}");
    check_fill(PRONOUN_SHE, "{{they}}", "{they}}");
}

static void test_unknown_words(void **state)
{
    (void)state;
    InterpState st = {&story, values, levels, PRONOUN_SHE};
    char bad[64] = "";
    char *got = interp_fill(&st, "Hi {nobody}, {they} and {who}.", bad, sizeof bad);
    assert_non_null(got);
    assert_string_equal(got, "Hi {nobody}, she and {who}.");
    assert_string_equal(bad, "nobody"); /* the first one */
    free(got);

    /* A word already reported is not overwritten. */
    got = interp_fill(&st, "{who}", bad, sizeof bad);
    assert_string_equal(got, "{who}");
    assert_string_equal(bad, "nobody");
    free(got);

    /* Capitalised unknown words are reported as written. */
    bad[0] = '\0';
    got = interp_fill(&st, "{Nobody} {NAME}", bad, sizeof bad);
    assert_string_equal(got, "{Nobody} {NAME}");
    assert_string_equal(bad, "Nobody");
    free(got);

    /* Without a buffer, unknown words are still left as written. */
    got = interp_fill(&st, "{nobody}", NULL, 0);
    assert_string_equal(got, "{nobody}");
    free(got);
}

/* ===================== interp_check ===================== */

static void test_check(void **state)
{
    (void)state;
    char bad[64];
    static const char *const good[] = {
        "", "plain", "{name} {Name} {trust} {Patience} {flag} {count}",
        "{they} {Them} {their} {theirs} {themself} {are} {were} {have} {do} {s} {es}",
        "{{unknown}", "{ spaced }", "{}", "{1x}", "{unterminated",
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        bad[0] = '\0';
        if (!interp_check(&story, good[i], bad, sizeof bad))
            fail_msg("\"%s\" was refused for {%s}", good[i], bad);
    }
    static const struct {
        const char *text, *bad;
    } wrong[] = {
        {"{nmae}", "nmae"},
        {"{name} and {Nobody} and {x}", "Nobody"},
        {"{{ok} {pronoun}", "pronoun"},
        {"{She}", "She"},
        {"{they}{her}", "her"},
        {"{TRUST}", "TRUST"},
    };
    for (size_t i = 0; i < sizeof wrong / sizeof wrong[0]; i++) {
        bad[0] = '\0';
        if (interp_check(&story, wrong[i].text, bad, sizeof bad))
            fail_msg("\"%s\" was accepted", wrong[i].text);
        assert_string_equal(bad, wrong[i].bad);
    }
}

/* interp_check accepts exactly what interp_fill fills without a report. */
static void test_check_agrees_with_fill(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "{name}", "{nobody}", "{{nobody}", "{ name}", "{Name}", "{NAME}", "{s}{es}{S}", "{{{nobody}",
        "{x{name}}", "{name}{", "a{{b}}c{zz}",
    };
    InterpState st = {&story, values, levels, PRONOUN_HE};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        char bad_check[64] = "", bad_fill[64] = "";
        bool ok = interp_check(&story, texts[i], bad_check, sizeof bad_check);
        char *got = interp_fill(&st, texts[i], bad_fill, sizeof bad_fill);
        assert_non_null(got);
        free(got);
        if (ok != (bad_fill[0] == '\0'))
            fail_msg("check and fill disagree on \"%s\" (check %d, fill reported {%s})", texts[i], ok, bad_fill);
        if (!ok) assert_string_equal(bad_check, bad_fill);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_string_vars, setup),
        cmocka_unit_test_setup(test_long_string_var, setup),
        cmocka_unit_test_setup(test_numbers, setup),
        cmocka_unit_test_setup(test_format_value, setup),
        cmocka_unit_test_setup(test_booleans, setup),
        cmocka_unit_test_setup(test_meters_rounded, setup),
        cmocka_unit_test_setup(test_pronoun_she, setup),
        cmocka_unit_test_setup(test_pronoun_he, setup),
        cmocka_unit_test_setup(test_pronoun_they, setup),
        cmocka_unit_test_setup(test_pronoun_sentence, setup),
        cmocka_unit_test_setup(test_pronoun_ids, setup),
        cmocka_unit_test_setup(test_double_brace, setup),
        cmocka_unit_test_setup(test_not_placeholders, setup),
        cmocka_unit_test_setup(test_unknown_words, setup),
        cmocka_unit_test_setup(test_check, setup),
        cmocka_unit_test_setup(test_check_agrees_with_fill, setup),
    };
    return cmocka_run_group_tests_name("interpolation", tests, NULL, NULL) ? 1 : 0;
}
