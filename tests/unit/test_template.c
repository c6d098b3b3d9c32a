/* test_template.c - unit tests for core/template.c: placeholders of
 * variables, meters and pronoun words, {{ escapes, inline conditions and
 * alternatives, emphasis, and the mistakes compiling reports. Pure C: the
 * story model is built by hand, no Lua. */
#include "helpers.h"

#include <math.h>

#include "core/interp.h"
#include "core/template.h"
#include "core/value.h"

/* ===================== a story model built by hand ===================== */

enum { V_COUNT, V_EMPTY, V_FLAG, V_LETTER, V_NAME, V_OFF, V_RATIO, V_ZERO, NVARS };
enum { M_PATIENCE, M_RESPECT, M_TRUST, NMETERS };

static Var vars[NVARS] = {
    [V_COUNT] = {"count", {.type = VAL_NUMBER, .number = 3}},
    [V_EMPTY] = {"empty", {.type = VAL_STRING, .string = ""}},
    [V_FLAG] = {"flag", {.type = VAL_BOOLEAN, .boolean = true}},
    [V_LETTER] = {"letter", {.type = VAL_STRING}}, /* filled in by setup */
    [V_NAME] = {"name", {.type = VAL_STRING, .string = "maya"}},
    [V_OFF] = {"off", {.type = VAL_BOOLEAN}},
    [V_RATIO] = {"ratio", {.type = VAL_NUMBER, .number = 2.5}},
    [V_ZERO] = {"zero", {.type = VAL_NUMBER}},
};
static Meter meters[NMETERS] = {{"patience", 50}, {"respect", 50}, {"trust", 50}};
/* Two scenes, the first with a choice whose id is "wave". */
static Choice wave = {.id = "wave", .label = "Wave", .index = 0};
static Scene scenes[2] = {{.name = "station", .choices = &wave, .nchoices = 1}, {.name = "cafe"}};
static Story story = {.path = "t.lua", .vars = vars, .nvars = NVARS, .meters = meters, .nmeters = NMETERS,
                      .scenes = scenes, .nscenes = 2, .nchoices = 1};

/* The values a fill reads: copies of the initial ones, changed per test. */
static Value values[NVARS];
static double levels[NMETERS];
static int visits[2], chosen[1], counters[64];
static Temps temps;
static Rng rng;

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
    memset(visits, 0, sizeof visits);
    memset(chosen, 0, sizeof chosen);
    memset(counters, 0, sizeof counters);
    story.ncounters = 0;
    rng_seed(&rng, 1);
    /* The scenes' lookup table, as the loader fills it in. */
    story.nscenes = 0;
    while (story.nscenes < 2) {
        story.nscenes++;
        if (!story_index_scene(&story)) return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    temps_clear(&temps);
    free(story.slots);
    story.slots = NULL;
    story.nslots = 0;
    return 0;
}

/* Compiles and renders text with pronoun p; NULL (and the message in err)
 * when it does not compile. */
static char *render(Pronoun p, const char *text, char *err, size_t errlen)
{
    char where[80];
    Template *t = template_compile(&story, text, true, err, errlen, where, sizeof where);
    if (t == NULL) return NULL;
    TemplateState st = {.story = &story, .vars = values, .meters = levels, .pronoun = p, .visits = visits,
                        .chosen = chosen, .counters = counters, .rng = &rng, .temps = &temps};
    Buf b = {0};
    template_render(t, &st, &b);
    template_free(t);
    return buf_take(&b);
}

/* Fills text for the pronoun p and compares; bad words must be none. */
static void check_fill(Pronoun p, const char *text, const char *want)
{
    char err[300];
    char *got = render(p, text, err, sizeof err);
    if (got == NULL) fail_msg("\"%s\" does not compile: %s", text, err);
    assert_string_equal(got, want);
    free(got);
}

/* Compiling text must fail with a message holding `want`. */
static void check_refused(const char *text, const char *want)
{
    char err[300];
    char *got = render(PRONOUN_THEY, text, err, sizeof err);
    if (got) fail_msg("\"%s\" compiled to \"%s\"", text, got);
    if (strstr(err, want) == NULL) fail_msg("\"%s\": message \"%s\" lacks \"%s\"", text, err, want);
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
    char err[300];
    char *got = render(PRONOUN_THEY, "<{letter}>", err, sizeof err);
    assert_non_null(got);
    assert_int_equal(strlen(got), strlen(letter) + 2);
    assert_int_equal(strncmp(got + 1, letter, strlen(letter)), 0);
    assert_string_equal(got + strlen(got) - 4, "END>");
    free(got);
    got = render(PRONOUN_THEY, "{Letter}", err, sizeof err);
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
    Value v = {.type = VAL_NUMBER, .number = 42.0};
    interp_format_value(&v, buf, sizeof buf);
    assert_string_equal(buf, "42");
    v.number = -7.25;
    interp_format_value(&v, buf, sizeof buf);
    assert_string_equal(buf, "-7.25");
    v = (Value){.type = VAL_BOOLEAN, .boolean = true};
    interp_format_value(&v, buf, sizeof buf);
    assert_string_equal(buf, "true");
    v.boolean = false;
    interp_format_value(&v, buf, sizeof buf);
    assert_string_equal(buf, "false");
    v = (Value){.type = VAL_STRING, .string = "some words"};
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
    check_fill(PRONOUN_SHE, "}{they}}", "}she}");
    check_fill(PRONOUN_SHE, "{{they}}", "{they}}");
    check_fill(PRONOUN_SHE, "{ name }", "maya"); /* spaces inside are trimmed */
    check_refused("{ not a placeholder}", "is not a placeholder: write a name, or a condition like {met: a | b}");
    check_refused("{}", "is not a placeholder");
    check_refused("{na-me}", "is not a placeholder");
    check_refused("{name", "a '{' that is never closed");
    check_refused("ends with {", "a '{' that is never closed");
}

static void test_unknown_words(void **state)
{
    (void)state;
    check_refused("Hi {nobody}.", "unknown placeholder {nobody} (not a variable, meter or pronoun)");
    check_refused("{nmae}", "unknown placeholder {nmae} (not a variable, meter or pronoun) (did you mean 'name'?)");
    check_refused("{pronoun}", "unknown placeholder {pronoun}");
    check_refused("{She}", "unknown placeholder {She}");
    check_refused("{they}{her}", "unknown placeholder {her}");
    check_refused("{TRUST}", "unknown placeholder {TRUST}");
}

/* ===================== conditions ===================== */

static void test_conditions(void **state)
{
    (void)state;
    check_fill(PRONOUN_SHE, "She {flag: smiles | looks away}.", "She smiles.");
    check_fill(PRONOUN_SHE, "She {off: smiles | looks away}.", "She looks away.");
    check_fill(PRONOUN_SHE, "She {not off: smiles | looks away}.", "She smiles.");
    check_fill(PRONOUN_SHE, "[{off: never}]", "[]");
    check_fill(PRONOUN_SHE, "{count > 2: many | few} {count >= 4: lots | not lots} {count==3:three}", "many not lots three");
    check_fill(PRONOUN_SHE, "{trust < 51: low} {trust ~= 50: moved | still}", "low still");
    check_fill(PRONOUN_SHE, "{name == maya: It is Maya. | Someone else.}", "It is Maya.");
    check_fill(PRONOUN_SHE, "{empty: full | empty} {zero: one | none}", "empty none");
    check_fill(PRONOUN_SHE, "{flag: {Name} nods {count} times | no}", "Maya nods 3 times");
    check_fill(PRONOUN_SHE, "{flag: a {off: b | c} d}", "a c d");
    check_fill(PRONOUN_SHE, "{seen cafe: back again | first time}", "first time");
    visits[1] = 1;
    check_fill(PRONOUN_SHE, "{seen cafe: back again | first time}", "back again");
    check_fill(PRONOUN_SHE, "{taken wave: you waved | you didn't}", "you didn't");
    chosen[0] = 2;
    check_fill(PRONOUN_SHE, "{taken station/wave: you waved}", "you waved");
    check_refused("{seen nowhere: x}", "{seen nowhere}: no scene is called that");
    check_refused("{taken bow: x}", "{taken bow}: no choice has that id");
    check_refused("{flag: a | b | c}", "has more than two branches");
    check_refused("{count >> 2: a}", "unknown comparison '>>'");
    check_refused("{nobody: a}", "unknown placeholder {nobody}");
}

static void test_sets_and_temporaries(void **state)
{
    (void)state;
    Value clues = {.type = VAL_SET};
    assert_true(value_set_add(&clues, "the knife"));
    assert_true(value_set_add(&clues, "a letter"));
    assert_true(value_set_add(&clues, "the knife"));
    assert_int_equal(clues.nwords, 2);
    assert_string_equal(clues.words[0], "a letter"); /* sorted: the same in every process */
    values[V_EMPTY] = clues;
    check_fill(PRONOUN_SHE, "You found {empty}.", "You found a letter and the knife.");
    check_fill(PRONOUN_SHE, "{empty has knife: yes | no} {empty has a: yes | no}", "no no");
    assert_true(value_set_add(&values[V_EMPTY], "knife"));
    check_fill(PRONOUN_SHE, "{empty has knife: yes | no}", "yes");
    check_fill(PRONOUN_SHE, "{empty: some | none}", "some");
    value_free(&values[V_EMPTY]);
    values[V_EMPTY] = vars[V_EMPTY].initial;

    Value mood = {.type = VAL_STRING, .string = "cross"};
    assert_true(temps_set(&temps, "mood", &mood));
    check_fill(PRONOUN_SHE, "She is {here.mood}. {here.mood == cross: Careful. | Go on.}", "She is cross. Careful.");
    check_fill(PRONOUN_SHE, "[{here.nothing}]", "[]");
}

/* ===================== alternatives ===================== */

static void test_alternatives(void **state)
{
    (void)state;
    char err[300];
    char where[80];
    Template *seq = template_compile(&story, "{sequence: one | two | three}", true, err, sizeof err, where, sizeof where);
    Template *cyc = template_compile(&story, "{cycle: a | b}", true, err, sizeof err, where, sizeof where);
    Template *once = template_compile(&story, "[{once: first | second}]", true, err, sizeof err, where, sizeof where);
    assert_non_null(seq);
    assert_non_null(cyc);
    assert_non_null(once);
    assert_int_equal(story.ncounters, 3);
    TemplateState st = {.story = &story, .vars = values, .meters = levels, .visits = visits, .chosen = chosen,
                        .counters = counters, .rng = &rng, .temps = &temps};
    const char *want[4][3] = {{"one", "a", "[first]"}, {"two", "b", "[second]"}, {"three", "a", "[]"}, {"three", "b", "[]"}};
    for (int i = 0; i < 4; i++) {
        Template *ts[3] = {seq, cyc, once};
        for (int k = 0; k < 3; k++) {
            Buf b = {0};
            template_render(ts[k], &st, &b);
            char *got = buf_take(&b);
            assert_string_equal(got, want[i][k]);
            free(got);
        }
    }
    template_free(seq);
    template_free(cyc);
    template_free(once);
    /* Text a function returns may not hold alternatives: nothing counts them. */
    assert_null(template_compile(&story, "{cycle: a | b}", false, err, sizeof err, NULL, 0));
    assert_non_null(strstr(err, "alternatives go in the text you write"));
    check_refused("{shuffle: only}", "needs at least two alternatives");
}

/* ===================== emphasis ===================== */

static void test_emphasis(void **state)
{
    (void)state;
    check_fill(PRONOUN_SHE, "She *meant* it.", "She \x0emeant\x0e it.");
    check_fill(PRONOUN_SHE, "**Now.**", "\x0fNow.\x0f");
    check_fill(PRONOUN_SHE, "5 * 3 and 2*x", "5 * 3 and 2*x");
    check_fill(PRONOUN_SHE, "a \\*star\\* b", "a *star* b");
    check_fill(PRONOUN_SHE, "*{Name}* said", "\x0eMaya\x0e said");
    /* Bytes a story writes itself never pass as marks. */
    check_fill(PRONOUN_SHE, "x\x0ey\x0fz", "xyz");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_string_vars, setup, teardown),
        cmocka_unit_test_setup_teardown(test_long_string_var, setup, teardown),
        cmocka_unit_test_setup_teardown(test_numbers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_format_value, setup, teardown),
        cmocka_unit_test_setup_teardown(test_booleans, setup, teardown),
        cmocka_unit_test_setup_teardown(test_meters_rounded, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pronoun_she, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pronoun_he, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pronoun_they, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pronoun_sentence, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pronoun_ids, setup, teardown),
        cmocka_unit_test_setup_teardown(test_double_brace, setup, teardown),
        cmocka_unit_test_setup_teardown(test_not_placeholders, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_words, setup, teardown),
        cmocka_unit_test_setup_teardown(test_conditions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sets_and_temporaries, setup, teardown),
        cmocka_unit_test_setup_teardown(test_alternatives, setup, teardown),
        cmocka_unit_test_setup_teardown(test_emphasis, setup, teardown),
    };
    return cmocka_run_group_tests_name("text templates", tests, NULL, NULL) ? 1 : 0;
}
