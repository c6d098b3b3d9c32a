/* test_language.c - unit tests for the story language's newer features:
 * text variations, visits() and turns_since(), fallback and closed choices,
 * called scenes, fairmath, storylets, declared tags and covers.
 *
 * Load errors are compared whole: the exact "t.lua:LINE: message\n" the
 * author sees, the line found with line_of() from a piece of the source.
 * Run-time behaviour is stepped with run_start / run_choose / choose_id. */
#include "helpers.h"

/* ===================== helpers ===================== */

/* Loading src must fail with exactly one line: "t.lua:L: msg\n", where L is
 * the line holding `needle`. */
static void expect_load_error(const char *src, const char *needle, const char *msg)
{
    char err[ERR_MAX], want[1024];
    Story *s = load_story(src, err, sizeof err);
    if (s != NULL) {
        unload_story(s);
        fail_msg("the story loaded; expected \"%s\"", msg);
    }
    unload_story(NULL);
    snprintf(want, sizeof want, "%s:%d: %s\n", TEST_PATH, line_of(src, needle), msg);
    if (strcmp(err, want) != 0) fail_msg("expected:\n%sgot:\n%s", want, err);
}

/* Taking choice `id` must fail the run with exactly "t.lua:L: msg", where L
 * is the line of src holding `needle`. */
static void expect_choose_error(Run *r, const char *src, const char *id, const char *needle, const char *msg)
{
    char err[SANDBOX_ERROR_MAX], want[SANDBOX_ERROR_MAX];
    int k = run_find_choice(r, id);
    if (k < 0) fail_msg("choice '%s' is not available in scene '%s'", id, scene_of(r));
    if (run_choose(r, k, err, sizeof err)) fail_msg("choosing '%s' did not fail", id);
    assert_int_equal(r->phase, PHASE_FAILED);
    snprintf(want, sizeof want, "%s:%d: %s", TEST_PATH, line_of(src, needle), msg);
    if (strcmp(err, want) != 0) fail_msg("expected:\n%s\ngot:\n%s", want, err);
}

/* The scene's paragraphs joined with '|', into buf. */
static const char *paras(const Run *r, char *buf, size_t size)
{
    buf[0] = '\0';
    for (int i = 0; i < r->nparas; i++) {
        if (i) strncat(buf, "|", size - strlen(buf) - 1);
        strncat(buf, r->paras[i], size - strlen(buf) - 1);
    }
    return buf;
}

#define assert_paras(r, want)                                   \
    do {                                                        \
        char b_[1024];                                          \
        assert_string_equal(paras((r), b_, sizeof b_), (want)); \
    } while (0)

/* The ids of the choices the scene shows (closed ones in brackets), joined
 * with ' ', into buf. */
static const char *shown(const Run *r, char *buf, size_t size)
{
    buf[0] = '\0';
    for (int i = 0; i < r->nshown; i++) {
        if (i) strncat(buf, " ", size - strlen(buf) - 1);
        if (!r->selectable[i]) strncat(buf, "[", size - strlen(buf) - 1);
        strncat(buf, r->shown[i]->id, size - strlen(buf) - 1);
        if (!r->selectable[i]) strncat(buf, "]", size - strlen(buf) - 1);
    }
    return buf;
}

#define assert_shown(r, want)                                   \
    do {                                                        \
        char b_[1024];                                          \
        assert_string_equal(shown((r), b_, sizeof b_), (want)); \
    } while (0)

static double number_of(const Run *r, const char *name)
{
    const Value *v = var_of(r, name);
    assert_int_equal(v->type, VAL_NUMBER);
    return v->number;
}

/* ===================== load errors ===================== */

static void test_load_unknown_tag(void **state)
{
    (void)state;
    static const char typo[] =
        "story {\n"
        "  id = \"x\", title = \"X\", start = \"a\",\n"
        "  tags = { \"pressure\", \"space\" },\n"
        "}\n"
        "scene \"a\" {\n"
        "  choice \"Wait\" { go = \"a\", tags = { \"space\" } },\n"
        "  choice \"Text again\" { go = \"a\", tags = { \"presure\" } },\n"
        "}\n";
    expect_load_error(typo, "Text again",
                      "choice 'Text again': tag 'presure' is not one the story declares (did you mean 'pressure'?); "
                      "declare it in story { tags = ... }");

    /* Declared tags are all there is: 'apology' is unknown here. */
    static const char replaced[] =
        "story { id = \"x\", title = \"X\", start = \"a\", tags = { \"phone\" } }\n"
        "scene \"a\" {\n"
        "  choice \"Sorry\" { go = \"a\", tags = { \"phone\", \"apology\" } },\n"
        "}\n";
    expect_load_error(replaced, "Sorry",
                      "choice 'Sorry': tag 'apology' is not one the story declares; declare it in story { tags = ... }");

    /* Without a declaration, the tags are the words the choices use, in order. */
    static const char undeclared[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"A\" { go = \"a\", tags = { \"cards\", \"tea\" } },\n"
        "  choice \"B\" { go = \"a\", tags = { \"tea\", \"rain\" } },\n"
        "}\n";
    Story *u = load_ok(undeclared);
    assert_false(u->tags_declared);
    assert_int_equal(u->ntags, 3);
    assert_string_equal(u->tags[0], "cards");
    assert_string_equal(u->tags[2], "rain");
    assert_int_equal(u->scenes[0].choices[1].tags[0], 1);
    unload_story(u);

    /* A tag is a word: a hyphen says so. */
    static const char hyphen[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"A\" { go = \"a\", tags = { \"no-contact\" } } }\n";
    expect_load_error(hyphen, "\"A\"",
                      "choice 'A': tag 'no-contact' is not a word: use letters, digits and _ (a '-' is not allowed: "
                      "write 'the_end' for 'the-end')");

    static const char ok[] =
        "story { id = \"x\", title = \"X\", start = \"a\", tags = { \"phone\", \"kindness\" } }\n"
        "scene \"a\" { choice \"A\" { go = \"a\", tags = { \"kindness\", \"phone\" } } }\n";
    Story *s = load_ok(ok);
    assert_true(s->tags_declared);
    assert_int_equal(s->ntags, 2);
    assert_string_equal(s->tags[0], "phone");
    assert_int_equal(s->scenes[0].choices[0].ntags, 2);
    assert_string_equal(s->tags[s->scenes[0].choices[0].tags[0]], "kindness");
    unload_story(s);
}

static void test_load_call_to_unknown_scene(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Check the phone\" { call = \"phnoe\" },\n"
        "}\n"
        "scene \"phone\" { choice \"Down\" { back = true } }\n";
    expect_load_error(src, "Check the phone",
                      "choice 'Check the phone' leads to unknown scene 'phnoe' (did you mean 'phone'?)");

    /* The call's go is checked too. */
    static const char go[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Ring\" { call = \"phone\", go = \"streeet\" },\n"
        "}\n"
        "scene \"phone\" { choice \"Down\" { back = true } }\n"
        "scene \"street\" { choice \"Home\" { go = \"a\" } }\n";
    expect_load_error(go, "Ring", "choice 'Ring' leads to unknown scene 'streeet' (did you mean 'street'?)");
}

static void test_load_storylets_of_an_empty_group(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Wander\" { go = storylets \"nite\" },\n"
        "}\n"
        "ending \"bar\" { group = \"night\", title = \"Bar\", kind = \"growth\" }\n";
    expect_load_error(src, "Wander",
                      "choice 'Wander': storylet group 'nite' has no candidates (no scene has group = \"nite\")");
}

static void test_load_two_fallbacks(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Stay\" { go = \"a\", once = true },\n"
        "  choice \"Sleep\" { go = \"a\", fallback = true },\n"
        "  choice \"Leave\" { go = \"a\", fallback = true },\n"
        "}\n";
    expect_load_error(src, "Leave", "choice 'Leave': scene 'a' already has a fallback choice");

    /* One fallback in each of two scenes is fine. */
    static const char two_scenes[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Sleep\" { go = \"b\", fallback = true } }\n"
        "scene \"b\" { choice \"Sleep\" { go = \"a\", fallback = true } }\n";
    Story *s = load_ok(two_scenes);
    assert_true(s->scenes[0].choices[0].fallback);
    assert_true(s->scenes[1].choices[0].fallback);
    unload_story(s);
}

static void test_load_reason_without_available(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Wait\" { go = \"a\" },\n"
        "  choice \"Call\" { go = \"a\", reason = \"not yet\" },\n"
        "}\n";
    expect_load_error(src, "Call", "choice 'Call': a 'reason' needs an 'available' condition to explain");

    /* A reason's placeholders are checked like a label's. */
    static const char placeholder[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"Sam\" } }\n"
        "scene \"a\" {\n"
        "  choice \"Wait\" { go = \"a\" },\n"
        "  choice \"Call\" { go = \"a\", available = function(s) return false end,\n"
        "    reason = \"{nmae} asked for time\" },\n"
        "}\n";
    expect_load_error(placeholder, "{nmae}",
                      "choice 'Call': unknown placeholder {nmae} (not a variable, meter or pronoun) (did you mean 'name'?)");

    /* `available` alone is fine; its choice just shows no reason. */
    static const char alone[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Call\" { go = \"a\", available = function(s) return true end } }\n";
    Story *s = load_ok(alone);
    assert_int_not_equal(s->scenes[0].choices[0].available_fn, STORY_NOREF);
    assert_null(s->scenes[0].choices[0].reason);
    unload_story(s);
}

static void test_load_back_with_go_or_call(void **state)
{
    (void)state;
    static const char go[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Phone\" { call = \"p\" } }\n"
        "scene \"p\" {\n"
        "  choice \"Down\" { back = true, go = \"a\" },\n"
        "}\n";
    expect_load_error(go, "Down", "choice 'Down': 'back' returns to the caller, so it takes no 'go' or 'call'");

    static const char call[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Phone\" { call = \"p\" } }\n"
        "scene \"p\" {\n"
        "  choice \"Down\" { back = true, call = \"p\" },\n"
        "}\n";
    expect_load_error(call, "Down", "choice 'Down': 'back' returns to the caller, so it takes no 'go' or 'call'");

    static const char fn[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Phone\" { call = \"p\" } }\n"
        "scene \"p\" {\n"
        "  choice \"Down\" { back = true, go = function(s) return \"a\" end },\n"
        "}\n";
    expect_load_error(fn, "Down", "choice 'Down': 'back' returns to the caller, so it takes no 'go' or 'call'");
}

static void test_load_choice_leading_nowhere(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Stay\" { go = \"a\" },\n"
        "  choice \"Drift\" { once = true },\n"
        "}\n";
    expect_load_error(src, "Drift", "choice 'Drift': missing field 'go' (the scene it leads to), or a gather after it in its scene");

    static const char not_back[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Drift\" { back = false },\n"
        "}\n";
    expect_load_error(not_back, "Drift", "choice 'Drift': missing field 'go' (the scene it leads to), or a gather after it in its scene");
}

static void test_load_group_named_like_a_scene(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"On\" { go = \"b\" } }\n"
        "scene \"b\" { group = \"a\",\n"
        "  choice \"Back\" { go = \"a\" },\n"
        "}\n";
    expect_load_error(src, "scene \"b\"", "scene 'b': its group 'a' has the name of a scene");

    /* Used as a target, the clash is still the one error: the group does
     * have candidates, and saying otherwise would mislead. */
    static const char used[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"On\" { go = storylets \"a\" } }\n"
        "\n"
        "ending \"b\" { group = \"a\", title = \"B\", kind = \"growth\" }\n";
    expect_load_error(used, "ending \"b\"", "ending 'b': its group 'a' has the name of a scene");
}

static void test_load_when_without_group(void **state)
{
    (void)state;
    static const char scene[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"On\" { go = \"b\" } }\n"
        "scene \"b\" {\n"
        "  when = function(s) return true end,\n"
        "  choice \"Back\" { go = \"a\" },\n"
        "}\n";
    expect_load_error(scene, "scene \"b\"", "scene 'b': 'when' is for storylets; give the scene a group too");

    static const char ending[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"On\" { go = \"b\" } }\n"
        "ending \"b\" { title = \"B\", kind = \"growth\", when = function(s) return true end }\n";
    expect_load_error(ending, "ending \"b\"", "ending 'b': 'when' is for storylets; give the scene a group too");
}

static void test_load_bad_fairmath(void **state)
{
    (void)state;
    static const char *const bad[] = {"%+", "+20%", "%+200", "%-101", "%20", "%+x", "%+20%", "%*20",
                                      "%+-20", "%+nan", "%+inf", "", "20", "% +20",
                                      "%+ 20", "%+0x14", "%+2e1", "%+1.2.3", "%+."};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char src[512];
        snprintf(src, sizeof src,
                 "story { id = \"x\", title = \"X\", start = \"a\", meters = { patience = 50 } }\n"
                 "scene \"a\" {\n"
                 "  choice \"Wait\" { go = \"a\" },\n"
                 "  choice \"Breathe\" { go = \"a\", patience = \"%s\" },\n"
                 "}\n",
                 bad[i]);
        expect_load_error(src, "Breathe",
                          "choice 'Breathe': field 'patience' must be a number, or a fairmath string "
                          "like \"%+20\", not string");
    }

    static const char good[] =
        "story { id = \"x\", title = \"X\", start = \"a\", meters = { patience = 50, trust = 50 } }\n"
        "scene \"a\" {\n"
        "  choice \"Up\" { go = \"a\", patience = \"%+20\", trust = \"%-100\" },\n"
        "  choice \"Half\" { go = \"a\", patience = \"%+12.5\", trust = \"%-0\" },\n"
        "  choice \"Plain\" { go = \"a\", patience = -20 },\n"
        "}\n";
    Story *s = load_ok(good);
    const Choice *c = s->scenes[0].choices;
    int patience = story_slot(s, "patience") - s->nvars, trust = story_slot(s, "trust") - s->nvars;
    assert_int_equal(c[0].nchanges, 2);
    assert_int_equal(c[0].changes[0].meter, patience);
    assert_true(c[0].changes[0].fair);
    assert_true(c[0].changes[0].delta == 20);
    assert_int_equal(c[0].changes[1].meter, trust);
    assert_true(c[0].changes[1].fair);
    assert_true(c[0].changes[1].delta == -100);
    assert_true(c[1].changes[0].fair);
    assert_true(c[1].changes[0].delta == 12.5);
    assert_false(c[2].changes[0].fair);
    assert_true(c[2].changes[0].delta == -20);
    unload_story(s);
}

static void test_load_covers(void **state)
{
    (void)state;
    static const char *const bad[] = {"{ 10000 }", "{ 0 }", "{ 1, 2.5 }", "{ \"3\" }", "{ -1 }", "{ 1, true }"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char src[512];
        snprintf(src, sizeof src,
                 "story {\n"
                 "  id = \"x\", title = \"X\", start = \"a\",\n"
                 "  covers = %s,\n"
                 "}\n"
                 "scene \"a\" { choice \"Go\" { go = \"a\" } }\n",
                 bad[i]);
        expect_load_error(src, "story {", "story: covers must be a list of whole numbers from 1");
    }
    static const char word[] =
        "story { id = \"x\", title = \"X\", start = \"a\", covers = 3 }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    expect_load_error(word, "story {", "story: field 'covers' must be a list of whole numbers, not number");

    static const char ok[] =
        "story { id = \"x\", title = \"X\", start = \"a\", covers = { 1, 17, 7 } }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    Story *s = load_ok(ok);
    assert_int_equal(s->ncovers, 3);
    assert_int_equal(s->covers[0], 1);
    assert_int_equal(s->covers[1], 17);
    assert_int_equal(s->covers[2], 7);
    unload_story(s);
}

static void test_load_bad_variations(void **state)
{
    (void)state;
    static const char *const kinds[] = {"sequence", "cycle", "shuffle", "once_only"};
    for (size_t i = 0; i < 4; i++) {
        char src[512], msg[256];
        snprintf(src, sizeof src,
                 "story { id = \"x\", title = \"X\", start = \"a\" }\n"
                 "scene \"a\" {\n"
                 "  \"Text.\",\n"
                 "  %s {},\n"
                 "  choice \"Go\" { go = \"a\" },\n"
                 "}\n",
                 kinds[i]);
        snprintf(msg, sizeof msg, "%s needs at least one text", kinds[i]);
        expect_load_error(src, "{},", msg);

        snprintf(src, sizeof src,
                 "story { id = \"x\", title = \"X\", start = \"a\" }\n"
                 "scene \"a\" {\n"
                 "  %s {\n"
                 "    \"One.\",\n"
                 "    2,\n"
                 "  },\n"
                 "  choice \"Go\" { go = \"a\" },\n"
                 "}\n",
                 kinds[i]);
        snprintf(msg, sizeof msg, "%s: item 2 is number, not text", kinds[i]);
        expect_load_error(src, kinds[i], msg);

        snprintf(src, sizeof src,
                 "story { id = \"x\", title = \"X\", start = \"a\" }\n"
                 "scene \"a\" {\n"
                 "  %s { \"One.\", function(s) return \"Two.\" end },\n"
                 "  choice \"Go\" { go = \"a\" },\n"
                 "}\n",
                 kinds[i]);
        snprintf(msg, sizeof msg, "%s: item 2 is function, not text", kinds[i]);
        expect_load_error(src, kinds[i], msg);

        snprintf(src, sizeof src,
                 "story { id = \"x\", title = \"X\", start = \"a\" }\n"
                 "scene \"a\" {\n"
                 "  %s \"One.\",\n"
                 "  choice \"Go\" { go = \"a\" },\n"
                 "}\n",
                 kinds[i]);
        snprintf(msg, sizeof msg, "%s needs a list of texts: %s { \"first\", \"second\" }", kinds[i], kinds[i]);
        expect_load_error(src, kinds[i], msg);
    }
    static const char field[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  cycle { \"One.\", \"Two.\", loop = true },\n"
        "  choice \"Go\" { go = \"a\" },\n"
        "}\n";
    expect_load_error(field, "cycle", "cycle: unknown field 'loop'");

    /* Each text's placeholders are checked, at the text's line. */
    static const char placeholder[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"Sam\" } }\n"
        "scene \"a\" {\n"
        "  sequence {\n"
        "    \"Hello {name}.\",\n"
        "    \"Hello again {nmae}.\",\n"
        "  },\n"
        "  choice \"Go\" { go = \"a\" },\n"
        "}\n";
    expect_load_error(placeholder, "{nmae}", "scene 'a': unknown placeholder {nmae} (not a variable, meter or pronoun) (did you mean 'name'?)");
}

/* ===================== fairmath ===================== */

static const char FAIR[] =
    "story { id = \"fair\", title = \"Fair\", start = \"a\", meters = { patience = 50 } }\n"
    "scene \"a\" {\n"
    "  \"Patience {patience}.\",\n"
    "  choice \"Up\" { go = \"a\", patience = \"%+20\" },\n"
    "  choice \"Down\" { go = \"a\", patience = \"%-20\" },\n"
    "  choice \"All the way\" { go = \"a\", patience = \"%+100\" },\n"
    "  choice \"None left\" { go = \"a\", patience = \"%-100\" },\n"
    "  choice \"Set 90\" { go = \"a\", effect = function(s) s.patience = 90 end },\n"
    "  choice \"Set 50\" { go = \"a\", effect = function(s) s.patience = 50 end },\n"
    "  choice \"Up then set\" { go = \"a\", patience = \"%+20\", effect = function(s) s.patience = s.patience + 1 end },\n"
    "}\n";

static void test_fairmath_arithmetic(void **state)
{
    (void)state;
    Story *s = load_ok(FAIR);
    Run r;
    start_ok(&r, s, 1);
    choose_id(&r, "up");
    assert_true(meter_of(&r, "patience") == 60); /* 50 + 20% of 50 */
    assert_paras(&r, "Patience 60.");
    choose_id(&r, "set-90");
    choose_id(&r, "up");
    assert_true(meter_of(&r, "patience") == 92); /* 90 + 20% of 10 */
    choose_id(&r, "set-50");
    choose_id(&r, "down");
    assert_true(meter_of(&r, "patience") == 40); /* 50 - 20% of 50 */
    choose_id(&r, "down");
    assert_true(meter_of(&r, "patience") == 32); /* 40 - 20% of 40 */
    /* The ends: never past them, and reached only by 100%. */
    choose_id(&r, "all-the-way");
    assert_true(meter_of(&r, "patience") == 100);
    choose_id(&r, "up");
    assert_true(meter_of(&r, "patience") == 100);
    choose_id(&r, "none-left");
    assert_true(meter_of(&r, "patience") == 0);
    choose_id(&r, "down");
    assert_true(meter_of(&r, "patience") == 0);
    choose_id(&r, "up");
    assert_true(meter_of(&r, "patience") == 20);
    /* The change comes before the effect: 20 -> 36 -> 37. */
    choose_id(&r, "up-then-set");
    assert_true(meter_of(&r, "patience") == 37);
    run_free(&r);
    unload_story(s);
}

/* ===================== variations ===================== */

static const char VARY[] =
    "story { id = \"vary\", title = \"Vary\", start = \"a\", vars = { looks = 0 } }\n"
    "scene \"a\" {\n"
    "  sequence { \"S1\", \"S2\", \"S3\" },\n"
    "  cycle { \"C1\", \"C2\" },\n"
    "  once_only { \"O1\", \"O2\" },\n"
    "  choice \"Again\" { go = \"a\" },\n"
    "  choice \"Away\" { go = \"b\" },\n"
    "  choice \"Look\" { go = \"a\", available = function(s) s.looks = s.looks + 1 return true end },\n"
    "}\n"
    "scene \"b\" {\n"
    "  \"B.\",\n"
    "  sequence { \"B1\", \"B2\" },\n"
    "  choice \"Back\" { go = \"a\" },\n"
    "  choice \"Stay\" { go = \"b\" },\n"
    "}\n";

static void test_variation_counters(void **state)
{
    (void)state;
    Story *s = load_ok(VARY);
    assert_int_equal(s->ncounters, 4);
    const Scene *a = &s->scenes[story_scene(s, "a")];
    assert_int_equal(a->nparas, 3);
    assert_int_equal(a->paras[0].kind, PARA_SEQUENCE);
    assert_int_equal(a->paras[1].kind, PARA_CYCLE);
    assert_int_equal(a->paras[2].kind, PARA_ONCE_ONLY);
    assert_int_equal(a->paras[0].nalts, 3);
    assert_string_equal(a->paras[0].alts[2], "S3");
    Run r;
    start_ok(&r, s, 1);
    assert_paras(&r, "S1|C1|O1");
    choose_id(&r, "again");
    assert_paras(&r, "S2|C2|O2");
    choose_id(&r, "again");
    assert_paras(&r, "S3|C1"); /* once_only has run out */
    choose_id(&r, "again");
    assert_paras(&r, "S3|C2"); /* the sequence stays on its last text */
    choose_id(&r, "again");
    assert_paras(&r, "S3|C1"); /* the cycle wraps */
    /* Counters stop at the end (sequence, once_only) or wrap (cycle): they
     * never grow without bound. */
    assert_int_equal(r.counters[a->paras[0].counter], 3);
    assert_int_equal(r.counters[a->paras[1].counter], 1);
    assert_int_equal(r.counters[a->paras[2].counter], 2);
    run_free(&r);

    /* A new run starts every counter again. */
    start_ok(&r, s, 1);
    assert_paras(&r, "S1|C1|O1");
    run_free(&r);
    unload_story(s);
}

static void test_variations_advance_once_per_entry(void **state)
{
    (void)state;
    Story *s = load_ok(VARY);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    start_ok(&r, s, 1);
    assert_paras(&r, "S1|C1|O1");
    assert_true(number_of(&r, "looks") == 1);
    /* Views, lookups and refused choices evaluate nothing again. */
    for (int i = 0; i < 5; i++) {
        SceneView v;
        run_scene_view(&r, &v);
        assert_int_equal(v.nparagraphs, 3);
        assert_string_equal(v.paragraphs[0], "S1");
    }
    assert_int_equal(run_find_choice(&r, "nope"), -1);
    assert_false(run_choose(&r, 99, err, sizeof err));
    assert_false(run_choose(&r, -1, err, sizeof err));
    assert_int_equal(run_answer(&r, "x", err, sizeof err), ANSWER_ERROR);
    assert_true(number_of(&r, "looks") == 1);
    choose_id(&r, "again");
    assert_paras(&r, "S2|C2|O2");
    assert_true(number_of(&r, "looks") == 2);

    /* Another scene's visits do not move a's counters, nor a's b's. */
    choose_id(&r, "away");
    assert_paras(&r, "B.|B1");
    choose_id(&r, "stay");
    assert_paras(&r, "B.|B2");
    choose_id(&r, "back");
    assert_paras(&r, "S3|C1");
    choose_id(&r, "away");
    assert_paras(&r, "B.|B2");
    run_free(&r);
    unload_story(s);
}

static void test_shuffle_is_seeded(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"sh\", title = \"Sh\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  shuffle { \"X1\", \"X2\", \"X3\" },\n"
        "  choice \"Again\" { go = \"a\" },\n"
        "}\n";
    Story *s = load_ok(src);
    bool seen[3] = {false, false, false};
    for (uint64_t seed = 1; seed <= 8; seed++) {
        char first[64] = "", second[64] = "";
        for (int pass = 0; pass < 2; pass++) {
            char *out = pass ? second : first;
            Run r;
            start_ok(&r, s, seed);
            for (int i = 0; i < 10; i++) {
                assert_int_equal(r.nparas, 1);
                assert_int_equal(strlen(r.paras[0]), 2);
                assert_true(r.paras[0][0] == 'X' && r.paras[0][1] >= '1' && r.paras[0][1] <= '3');
                seen[r.paras[0][1] - '1'] = true;
                strncat(out, r.paras[0] + 1, 1);
                choose_id(&r, "again");
            }
            run_free(&r);
        }
        assert_string_equal(first, second); /* one seed, one order */
    }
    assert_true(seen[0] && seen[1] && seen[2]);
    /* Drawn from the seed, not taken in turn: seeds start on different texts. */
    bool differ = false;
    for (uint64_t seed = 2; seed <= 8 && !differ; seed++) {
        Run a, b;
        start_ok(&a, s, 1);
        char first[8];
        snprintf(first, sizeof first, "%s", a.paras[0]);
        run_free(&a);
        start_ok(&b, s, seed);
        differ = strcmp(first, b.paras[0]) != 0;
        run_free(&b);
    }
    assert_true(differ);
    unload_story(s);
}

/* ===================== visits and turns_since ===================== */

static const char VISITS[] =
    "story {\n"
    "  id = \"visits\", title = \"Visits\", start = \"name\",\n"
    "  vars = { name = \"\", va = -9, vb = -9, ta = -9, tb = -9, went = -9 },\n"
    "}\n"
    "local function note(s)\n"
    "  s.va, s.vb = visits(\"a\"), visits(\"b\")\n"
    "  s.ta, s.tb = turns_since(\"a\"), turns_since(\"b\")\n"
    "end\n"
    "scene \"name\" { ask \"Name?\" { into = \"name\", pronouns = true, go = \"a\" } }\n"
    "scene \"a\" {\n"
    "  function(s) note(s) end,\n"
    "  choice \"To b\" { go = \"b\" },\n"
    "  choice \"Stay\" { go = \"a\" },\n"
    "  choice \"Third\" { go = \"z\", when = function(s) return visits(\"a\") >= 3 end },\n"
    "}\n"
    "scene \"b\" {\n"
    "  function(s) note(s) end,\n"
    "  choice \"To a\" { go = \"a\" },\n"
    "  choice \"Stay\" { go = \"b\" },\n"
    "  choice \"Count\" { go = function(s) s.went = visits(\"b\") return \"a\" end },\n"
    "}\n"
    "ending \"z\" { title = \"Z\", kind = \"growth\", function(s) return \"a \" .. turns_since(\"a\") .. \", b \" .. turns_since(\"b\") end }\n";

/* Asserts visits("a"), visits("b"), turns_since("a"), turns_since("b") as the
 * scene last entered saw them. */
static void expect_counts(const Run *r, int va, int vb, int ta, int tb)
{
    double got[4] = {number_of(r, "va"), number_of(r, "vb"), number_of(r, "ta"), number_of(r, "tb")};
    if (got[0] != va || got[1] != vb || got[2] != ta || got[3] != tb)
        fail_msg("in %s: visits a %g b %g, turns_since a %g b %g; expected %d %d %d %d", scene_of(r), got[0],
                 got[1], got[2], got[3], va, vb, ta, tb);
}

static void test_visits_and_turns_since(void **state)
{
    (void)state;
    Story *s = load_ok(VISITS);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    start_ok(&r, s, 1);
    /* Questions are not turns. */
    assert_int_equal(run_answer(&r, "Robin", err, sizeof err), ANSWER_OK);
    assert_true(run_pick_pronoun(&r, PRONOUN_SHE, err, sizeof err));
    expect_counts(&r, 1, 0, 0, -1); /* the current visit counts; b never seen */
    choose_id(&r, "to-b");
    expect_counts(&r, 1, 1, 1, 0);
    choose_id(&r, "stay");
    expect_counts(&r, 1, 2, 2, 0);
    choose_id(&r, "stay");
    expect_counts(&r, 1, 3, 3, 0);
    choose_id(&r, "to-a");
    expect_counts(&r, 2, 3, 0, 1);
    assert_int_equal(run_find_choice(&r, "third"), -1); /* visits("a") is 2 */
    choose_id(&r, "stay");
    expect_counts(&r, 3, 3, 0, 2);
    assert_true(run_find_choice(&r, "third") >= 0);
    assert_int_equal(r.visits[story_scene(s, "a")], 3);
    assert_int_equal(r.visits[story_scene(s, "b")], 3);
    assert_int_equal(r.visits[story_scene(s, "name")], 1);
    choose_id(&r, "to-b");
    /* A go function runs before the next scene is entered. */
    choose_id(&r, "count");
    assert_true(number_of(&r, "went") == 4);
    expect_counts(&r, 4, 4, 0, 1);
    choose_id(&r, "third");
    assert_int_equal(r.phase, PHASE_ENDED);
    assert_paras(&r, "a 1, b 2");
    run_free(&r);
    unload_story(s);
}

static void test_visits_of_an_unknown_scene(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"On\" { go = \"b\" },\n"
        "  choice \"Ask\" { go = function(s) return turns_since(\"kitchen\") > 0 and \"a\" or \"b\" end },\n"
        "}\n"
        "scene \"b\" {\n"
        "  function(s) return \"Seen \" .. visits(\"nope\") end,\n"
        "  choice \"Back\" { go = \"a\" },\n"
        "}\n";
    Story *s = load_ok(src);
    Run r;
    start_ok(&r, s, 1);
    expect_choose_error(&r, src, "on", "visits(\"nope\")", "no scene is called 'nope'");
    run_free(&r);
    start_ok(&r, s, 1);
    expect_choose_error(&r, src, "ask", "turns_since(\"kitchen\")", "no scene is called 'kitchen'");
    run_free(&r);
    unload_story(s);
}

/* ===================== fallback ===================== */

static const char FALLBACK[] =
    "story { id = \"fb\", title = \"Fb\", start = \"a\", vars = { open = false } }\n"
    "scene \"a\" {\n"
    "  choice \"Sleep\" { go = \"z\", fallback = true },\n"
    "  choice \"Long\" { go = \"a\", once = true },\n"
    "  choice \"Angry\" { go = \"a\", once = true },\n"
    "  choice \"Later\" { go = \"a\", when = function(s) return s.open end },\n"
    "  choice \"Call\" { go = \"a\", available = function(s) return false end, reason = \"no\" },\n"
    "}\n"
    "ending \"z\" { title = \"Z\", kind = \"growth\", \"Z.\" }\n";

static void test_fallback_only_when_nothing_else(void **state)
{
    (void)state;
    Story *s = load_ok(FALLBACK);
    Run r;
    start_ok(&r, s, 1);
    assert_shown(&r, "long angry [call]");
    assert_int_equal(run_find_choice(&r, "sleep"), -1);
    choose_id(&r, "long");
    assert_shown(&r, "angry [call]");
    choose_id(&r, "angry");
    /* Only a closed choice is left: it does not count, and the fallback
     * comes last whatever its place in the scene. */
    assert_shown(&r, "[call] sleep");
    assert_int_equal(r.navail, 1);
    assert_int_equal(run_find_choice(&r, "sleep"), 0);
    SceneView v;
    run_scene_view(&r, &v);
    assert_int_equal(v.nchoices, 2);
    assert_string_equal(v.choices[1].label, "Sleep");
    assert_true(v.choices[1].available);
    choose_id(&r, "sleep");
    assert_int_equal(r.phase, PHASE_ENDED);
    run_free(&r);
    unload_story(s);

    /* A fallback hidden by its own `when` leaves the scene stuck. */
    static const char hidden[] =
        "story { id = \"fb\", title = \"Fb\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Once\" { go = \"a\", once = true },\n"
        "  choice \"Sleep\" { go = \"a\", fallback = true, when = function(s) return false end },\n"
        "}\n";
    s = load_ok(hidden);
    start_ok(&r, s, 1);
    expect_choose_error(&r, hidden, "once", "scene \"a\"",
                        "scene 'a' has no available choice: every one is used up or its condition is false");
    run_free(&r);
    unload_story(s);
}

/* ===================== closed choices ===================== */

static const char CLOSED[] =
    "story { id = \"cl\", title = \"Cl\", start = \"a\", vars = { name = \"Sam\", day = 3, checks = 0 } }\n"
    "scene \"a\" {\n"
    "  choice \"Call {name}\" {\n"
    "    go = \"z\", id = \"call\",\n"
    "    available = function(s) s.checks = s.checks + 1 return s.day >= 7 end,\n"
    "    reason = \"{name} asked for a week; it is day {day}\",\n"
    "  },\n"
    "  choice \"Run\" { go = \"a\", effect = function(s) s.day = s.day + 2 end },\n"
    "  choice \"Shout\" { go = \"a\", available = function(s) return false end },\n"
    "  choice \"Sleep\" { go = \"a\" },\n"
    "}\n"
    "ending \"z\" { title = \"Z\", kind = \"reconciled\", \"Z.\" }\n";

static void test_closed_choices(void **state)
{
    (void)state;
    Story *s = load_ok(CLOSED);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    start_ok(&r, s, 1);
    assert_shown(&r, "[call] run [shout] sleep");
    assert_int_equal(r.nshown, 4);
    assert_int_equal(r.navail, 2);
    /* Numbering skips closed choices: 0 is Run, 1 is Sleep. */
    assert_int_equal(run_find_choice(&r, "call"), -1);
    assert_int_equal(run_find_choice(&r, "shout"), -1);
    assert_int_equal(run_find_choice(&r, "run"), 0);
    assert_int_equal(run_find_choice(&r, "sleep"), 1);
    assert_false(run_choose(&r, 2, err, sizeof err));
    assert_int_equal(r.phase, PHASE_CHOICE);
    assert_int_equal(r.npath, 0);

    SceneView v;
    run_scene_view(&r, &v);
    assert_int_equal(v.nchoices, 4);
    assert_string_equal(v.choices[0].label, "Call Sam");
    assert_false(v.choices[0].available);
    assert_string_equal(v.choices[0].reason, "Sam asked for a week; it is day 3");
    assert_true(v.choices[1].available);
    assert_null(v.choices[1].reason);
    assert_false(v.choices[2].available);
    assert_null(v.choices[2].reason); /* closed without a reason */
    assert_true(v.choices[3].available);
    assert_true(number_of(&r, "checks") == 1); /* evaluated once, on entry */

    assert_true(run_choose(&r, 1, err, sizeof err));
    assert_int_equal(r.path[0].kind, STEP_CHOICE);
    assert_string_equal(r.path[0].text, "sleep");
    assert_true(number_of(&r, "checks") == 2);
    assert_string_equal(r.reasons[0], "Sam asked for a week; it is day 3");
    choose_id(&r, "run");
    assert_string_equal(r.reasons[0], "Sam asked for a week; it is day 5");
    choose_id(&r, "run");
    /* Day 7: open, numbered first, no reason. */
    assert_shown(&r, "call run [shout] sleep");
    assert_null(r.reasons[0]);
    run_scene_view(&r, &v);
    assert_true(v.choices[0].available);
    assert_null(v.choices[0].reason);
    assert_int_equal(run_find_choice(&r, "call"), 0);
    choose_id(&r, "call");
    assert_int_equal(r.phase, PHASE_ENDED);
    run_free(&r);
    unload_story(s);
}

/* ===================== called scenes ===================== */

static const char CALLS[] =
    "story {\n"
    "  id = \"calls\", title = \"Calls\", start = \"hub\", meters = { patience = 50 },\n"
    "  vars = { late = false },\n"
    "}\n"
    "scene \"hub\" {\n"
    "  choice \"Phone\" { call = \"phone\" },\n"
    "  choice \"Friend\" { call = \"friend\", go = \"street\" },\n"
    "  choice \"Chance\" { call = \"friend\", go = function(s) return \"street\" end },\n"
    "  choice \"Wander\" { call = \"friend\", go = storylets \"night\" },\n"
    "  choice \"Deep\" { call = \"hub\" },\n"
    "  choice \"Up\" { back = true },\n"
    "}\n"
    "scene \"phone\" {\n"
    "  choice \"Down\" { back = true, patience = 10 },\n"
    "  choice \"Again\" { call = \"phone\" },\n"
    "  choice \"Friend\" { call = \"friend\" },\n"
    "}\n"
    "scene \"friend\" {\n"
    "  choice \"Bye\" { back = true, effect = function(s) s.late = true end },\n"
    "}\n"
    "scene \"street\" { choice \"Home\" { go = \"hub\" } }\n"
    "scene \"bar\" { group = \"night\", choice \"Home\" { go = \"hub\" } }\n";

static void test_call_and_back(void **state)
{
    (void)state;
    Story *s = load_ok(CALLS);
    int hub = story_scene(s, "hub"), phone = story_scene(s, "phone"), street = story_scene(s, "street");
    const Choice *c = &s->scenes[hub].choices[0];
    assert_int_equal(c->call, phone);
    assert_int_equal(c->target, -1);
    assert_true(s->scenes[phone].choices[0].back);
    assert_int_equal(s->scenes[hub].choices[1].target, street);
    Run r;
    start_ok(&r, s, 1);
    assert_int_equal(r.ncalls, 0);

    /* Back to the caller. */
    choose_id(&r, "phone");
    assert_string_equal(scene_of(&r), "phone");
    assert_int_equal(r.ncalls, 1);
    assert_int_equal(r.calls[0], hub);
    choose_id(&r, "down");
    assert_string_equal(scene_of(&r), "hub");
    assert_int_equal(r.ncalls, 0);
    assert_true(meter_of(&r, "patience") == 60); /* a back choice changes meters like any other */
    assert_int_equal(r.visits[hub], 2);

    /* Back to the call's go: a scene, a function's answer, a storylet. */
    static const char *const via[] = {"friend", "chance", "wander"};
    static const char *const to[] = {"street", "street", "bar"};
    for (int i = 0; i < 3; i++) {
        choose_id(&r, via[i]);
        assert_string_equal(scene_of(&r), "friend");
        assert_int_equal(r.ncalls, 1);
        assert_int_equal(r.calls[0], story_scene(s, to[i]));
        choose_id(&r, "bye");
        assert_string_equal(scene_of(&r), to[i]);
        assert_int_equal(r.ncalls, 0);
        choose_id(&r, "home");
    }

    /* Nested: the stack unwinds in order. */
    choose_id(&r, "phone");
    choose_id(&r, "again");
    choose_id(&r, "friend");
    assert_int_equal(r.ncalls, 3);
    assert_int_equal(r.calls[0], hub);
    assert_int_equal(r.calls[1], phone);
    assert_int_equal(r.calls[2], phone);
    choose_id(&r, "bye");
    assert_string_equal(scene_of(&r), "phone");
    assert_int_equal(r.ncalls, 2);
    choose_id(&r, "down");
    assert_string_equal(scene_of(&r), "phone");
    choose_id(&r, "down");
    assert_string_equal(scene_of(&r), "hub");
    assert_int_equal(r.ncalls, 0);
    run_free(&r);
    unload_story(s);
}

static void test_call_depth_and_back_errors(void **state)
{
    (void)state;
    Story *s = load_ok(CALLS);
    Run r;
    start_ok(&r, s, 1);
    expect_choose_error(&r, CALLS, "up", "\"Up\"", "choice 'Up' goes back, but no scene was called");
    run_free(&r);

    start_ok(&r, s, 1);
    for (int i = 1; i <= STORY_CALL_DEPTH; i++) {
        choose_id(&r, "deep");
        assert_int_equal(r.ncalls, i);
    }
    assert_int_equal(r.visits[story_scene(s, "hub")], STORY_CALL_DEPTH + 1);
    char msg[128];
    snprintf(msg, sizeof msg, "choice 'Deep' calls scenes nested deeper than %d", STORY_CALL_DEPTH);
    expect_choose_error(&r, CALLS, "deep", "\"Deep\"", msg);
    run_free(&r);

    /* At the deepest, every level still comes back. */
    start_ok(&r, s, 1);
    for (int i = 0; i < STORY_CALL_DEPTH; i++) choose_id(&r, "deep");
    for (int i = 0; i < STORY_CALL_DEPTH; i++) choose_id(&r, "up");
    assert_int_equal(r.ncalls, 0);
    expect_choose_error(&r, CALLS, "up", "\"Up\"", "choice 'Up' goes back, but no scene was called");
    run_free(&r);
    unload_story(s);
}

/* ===================== storylets ===================== */

static const char STORYLETS[] =
    "story { id = \"st\", title = \"St\", start = \"a\", vars = { late = false } }\n"
    "scene \"a\" {\n"
    "  choice \"Wander\" { go = storylets \"night\" },\n"
    "  choice \"Late\" { go = storylets \"night\", effect = function(s) s.late = true end },\n"
    "  choice \"Nowhere\" { go = storylets \"never\" },\n"
    "}\n"
    "scene \"park\" { group = \"night\", choice \"Home\" { go = \"a\" } }\n"
    "ending \"never-1\" { group = \"never\", when = function(s) return false end, title = \"N\", kind = \"apart\" }\n"
    "scene \"cafe\" { group = \"night\", when = function(s) return not s.late end, choice \"Home\" { go = \"a\" } }\n"
    "scene \"club\" { group = \"night\", when = function(s) return s.late end, choice \"Home\" { go = \"a\" } }\n"
    "ending \"never-2\" { group = \"never\", when = function(s) return false end, title = \"N\", kind = \"apart\" }\n";

/* The scene `id` leads to from a, for a run with `seed`. */
static const char *pick(const Story *s, uint64_t seed, const char *id)
{
    Run r;
    start_ok(&r, s, seed);
    choose_id(&r, id);
    const char *name = scene_of(&r);
    run_free(&r);
    return name;
}

static void test_storylets(void **state)
{
    (void)state;
    Story *s = load_ok(STORYLETS);
    assert_int_equal(s->ngroups, 2);
    int night = s->scenes[story_scene(s, "park")].group;
    assert_string_equal(s->groups[night].name, "night");
    assert_int_equal(s->groups[night].nscenes, 3); /* in declaration order */
    assert_int_equal(s->groups[night].scenes[0], story_scene(s, "park"));
    assert_int_equal(s->groups[night].scenes[1], story_scene(s, "cafe"));
    assert_int_equal(s->groups[night].scenes[2], story_scene(s, "club"));
    assert_int_equal(s->scenes[0].choices[0].group, night);
    assert_int_equal(s->scenes[0].choices[0].target, -1);

    int park = 0, cafe = 0;
    for (uint64_t seed = 1; seed <= 40; seed++) {
        const char *first = pick(s, seed, "wander");
        assert_string_equal(first, pick(s, seed, "wander")); /* one seed, one pick */
        if (strcmp(first, "club") == 0) fail_msg("seed %d: 'club' picked though its when is false", (int)seed);
        park += strcmp(first, "park") == 0;
        cafe += strcmp(first, "cafe") == 0;
        /* The choice's effect comes first: the conditions see it. */
        const char *late = pick(s, seed, "late");
        if (strcmp(late, "cafe") == 0) fail_msg("seed %d: 'cafe' picked though its when is false", (int)seed);
    }
    if (park == 0 || cafe == 0) fail_msg("in 40 seeds: park %d times, cafe %d: both should come up", park, cafe);

    /* No candidate now: an error at the choice's line. */
    Run r;
    start_ok(&r, s, 1);
    expect_choose_error(&r, STORYLETS, "nowhere", "Nowhere",
                        "choice 'Nowhere': no scene of storylet group 'never' is available now");
    run_free(&r);
    unload_story(s);
}

int main(void)
{
    const struct CMUnitTest load[] = {
        cmocka_unit_test(test_load_unknown_tag),
        cmocka_unit_test(test_load_call_to_unknown_scene),
        cmocka_unit_test(test_load_storylets_of_an_empty_group),
        cmocka_unit_test(test_load_two_fallbacks),
        cmocka_unit_test(test_load_reason_without_available),
        cmocka_unit_test(test_load_back_with_go_or_call),
        cmocka_unit_test(test_load_choice_leading_nowhere),
        cmocka_unit_test(test_load_group_named_like_a_scene),
        cmocka_unit_test(test_load_when_without_group),
        cmocka_unit_test(test_load_bad_fairmath),
        cmocka_unit_test(test_load_covers),
        cmocka_unit_test(test_load_bad_variations),
    };
    const struct CMUnitTest run[] = {
        cmocka_unit_test(test_fairmath_arithmetic),
        cmocka_unit_test(test_variation_counters),
        cmocka_unit_test(test_variations_advance_once_per_entry),
        cmocka_unit_test(test_shuffle_is_seeded),
        cmocka_unit_test(test_visits_and_turns_since),
        cmocka_unit_test(test_visits_of_an_unknown_scene),
        cmocka_unit_test(test_fallback_only_when_nothing_else),
        cmocka_unit_test(test_closed_choices),
        cmocka_unit_test(test_call_and_back),
        cmocka_unit_test(test_call_depth_and_back_errors),
        cmocka_unit_test(test_storylets),
    };
    int failed = 0;
    failed += cmocka_run_group_tests_name("language: load errors", load, NULL, NULL);
    failed += cmocka_run_group_tests_name("language: playing", run, NULL, NULL);
    return failed ? 1 : 0;
}
