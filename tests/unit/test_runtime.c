/* test_runtime.c - unit tests for engine/runtime.c: a playthrough as a pure
 * function of story, seed and answers. Meters, once-only choices, `when`
 * conditions, effects, `go` functions, notes, free-text answers and pronouns,
 * the recorded path and its replay, and story errors at their lines.
 *
 * Only one sandbox exists at a time, so runs that are compared are first
 * written down as text traces (scene, paragraphs, choices, variables,
 * meters, path) and the traces compared. */
#include "helpers.h"

#include <math.h>

/* ===================== stories ===================== */

static const char RT[] =
    "story {\n"
    "  id = \"rt\", title = \"Runtime\", start = \"name\",\n"
    "  meters = { patience = 50, trust = 50 },\n"
    "  vars = { name = \"Sam\", texts = 0, calls = 0, checks = 0, flag = false, word = \"\",\n"
    "           seen = -1 },\n"
    "}\n"
    "\n"
    "scene \"name\" {\n"
    "  \"A quiet flat.\",\n"
    "  ask \"What is their name?\" { into = \"name\", pronouns = true, go = \"kitchen\" },\n"
    "}\n"
    "\n"
    "scene \"kitchen\" {\n"
    "  \"{Name} said {they} need{s} space.\",\n"
    "  function(s) s.calls = s.calls + 1 return \"Entered \" .. s.calls .. \" times.\" end,\n"
    "  choice \"Write {them} a text\" {\n"
    "    go = \"kitchen\", patience = -30, trust = 60,\n"
    "    effect = function(s) s.texts = s.texts + 1 s.seen = s.patience end,\n"
    "    note = \"Texts ask for answers.\",\n"
    "  },\n"
    "  choice \"Journal\" { go = \"kitchen\", once = true, patience = 5, note = \"Writing is for you.\" },\n"
    "  choice \"Flag it\" {\n"
    "    go = \"kitchen\",\n"
    "    effect = function(s) s.flag = true s.word = \"set\" end,\n"
    "    when = function(s) s.checks = s.checks + 1 return not s.flag end,\n"
    "  },\n"
    "  choice \"Coat\" { go = \"out\", when = function(s) return s.flag end },\n"
    "  choice \"Fork\" { go = function(s) if s.texts >= 2 then return \"out\" end return \"kitchen\" end },\n"
    "}\n"
    "\n"
    "ending \"out\" {\n"
    "  title = \"Out, {name}\", kind = \"growth\",\n"
    "  \"Gone out after {texts} texts.\",\n"
    "  reflection = \"{They} will call when {they} {are} ready.\",\n"
    "}\n";

/* RT with the kitchen's choices in another order: a path of ids replays. */
static const char RT_REORDERED[] =
    "story {\n"
    "  id = \"rt\", title = \"Runtime\", start = \"name\",\n"
    "  meters = { patience = 50, trust = 50 },\n"
    "  vars = { name = \"Sam\", texts = 0, calls = 0, checks = 0, flag = false, word = \"\",\n"
    "           seen = -1 },\n"
    "}\n"
    "scene \"name\" {\n"
    "  \"A quiet flat.\",\n"
    "  ask \"What is their name?\" { into = \"name\", pronouns = true, go = \"kitchen\" },\n"
    "}\n"
    "scene \"kitchen\" {\n"
    "  \"{Name} said {they} need{s} space.\",\n"
    "  function(s) s.calls = s.calls + 1 return \"Entered \" .. s.calls .. \" times.\" end,\n"
    "  choice \"Fork\" { go = function(s) if s.texts >= 2 then return \"out\" end return \"kitchen\" end },\n"
    "  choice \"Coat\" { go = \"out\", when = function(s) return s.flag end },\n"
    "  choice \"Flag it\" {\n"
    "    go = \"kitchen\",\n"
    "    effect = function(s) s.flag = true s.word = \"set\" end,\n"
    "    when = function(s) s.checks = s.checks + 1 return not s.flag end,\n"
    "  },\n"
    "  choice \"Journal\" { go = \"kitchen\", once = true, patience = 5, note = \"Writing is for you.\" },\n"
    "  choice \"Write {them} a text\" {\n"
    "    go = \"kitchen\", patience = -30, trust = 60,\n"
    "    effect = function(s) s.texts = s.texts + 1 s.seen = s.patience end,\n"
    "    note = \"Texts ask for answers.\",\n"
    "  },\n"
    "}\n"
    "ending \"out\" {\n"
    "  title = \"Out, {name}\", kind = \"growth\",\n"
    "  \"Gone out after {texts} texts.\",\n"
    "  reflection = \"{They} will call when {they} {are} ready.\",\n"
    "}\n";

/* Text and targets drawn from the seeded math.random (tests/stories/chance.lua). */
static const char CHANCE[] =
    "story {\n"
    "  id = \"chance\", title = \"Chance\", start = \"name\",\n"
    "  meters = { trust = 50 }, vars = { name = \"Sam\", roll = 0 },\n"
    "}\n"
    "scene \"name\" { ask \"Name?\" { into = \"name\", pronouns = true, go = \"roll\" } }\n"
    "scene \"roll\" {\n"
    "  function(s) s.roll = math.random(1000000) return \"You rolled \" .. s.roll .. \".\" end,\n"
    "  choice \"Again\" { go = \"roll2\" },\n"
    "}\n"
    "scene \"roll2\" {\n"
    "  function(s) return \"Then \" .. math.random(1000000) .. \" and \" .. math.random() .. \".\" end,\n"
    "  choice \"Once more\" { go = \"roll3\", effect = function(s) s.trust = math.random(0, 100) end },\n"
    "}\n"
    "scene \"roll3\" {\n"
    "  \"Trust is now {trust}.\",\n"
    "  choice \"Stop\" { go = \"stop\", when = function(s) return math.random(4) == 1 end },\n"
    "  choice \"Continue\" { go = function(s) if math.random(2) == 1 then return \"stop\" end return \"roll\" end },\n"
    "}\n"
    "ending \"stop\" { title = \"Stopped\", kind = \"apart\", \"Done.\" }\n";

/* Story errors at run time, each at a line found with line_of(). */
static const char ERRS[] =
    "story {\n"
    "  id = \"errs\", title = \"Errs\", start = \"a\",\n"
    "  meters = { trust = 50 },\n"
    "  vars = { count = 0 },\n"
    "}\n"
    "scene \"a\" {\n"
    "  \"Start.\",\n"
    "  choice \"Undeclared\" { go = \"a\", effect = function(s)\n"
    "    s.nope = 1 -- undeclared\n"
    "  end },\n"
    "  choice \"Wrong type\" { go = \"a\", effect = function(s)\n"
    "    local n = 1\n"
    "    s.count = \"many\" -- wrong type\n"
    "  end },\n"
    "  choice \"Meter type\" { go = \"a\", effect = function(s) s.trust = {} end }, -- meter type\n"
    "  choice \"Pronoun\" { go = \"a\", effect = function(s) s.pronoun = \"she\" end }, -- pronoun\n"
    "  choice \"Read\" { go = \"b\" },\n"
    "  choice \"Lost\" { go = function(s) return \"nowhere\" end }, -- lost\n"
    "  choice \"Number\" {\n"
    "    go = function(s) return 5 end, -- number\n"
    "  },\n"
    "  choice \"Stuck\" { go = \"stuck\" },\n"
    "  choice \"Used up\" { go = \"once\" },\n"
    "  choice \"Raise\" { go = \"a\", effect = function(s) error(\"raised here\") end }, -- raise\n"
    "}\n"
    "scene \"b\" {\n"
    "  function(s) return \"Value: \" .. s.missing end, -- read\n"
    "  choice \"Back\" { go = \"a\" },\n"
    "}\n"
    "scene \"stuck\" { -- stuck\n"
    "  choice \"Never\" { go = \"a\", when = function(s) return false end },\n"
    "  choice \"Nor this\" { go = \"a\", when = function(s) return s.count > 100 end },\n"
    "}\n"
    "scene \"once\" { -- once\n"
    "  \"Once.\",\n"
    "  choice \"Only once\" { go = \"once\", once = true },\n"
    "}\n";

/* ===================== traces ===================== */

/* Appends the run's state as text: scene, phase, what is shown, variables,
 * meters (every bit), pronoun, path and notes. */
static void trace(FILE *f, const Run *r)
{
    const Story *s = r->story;
    fprintf(f, "scene %s phase %d pronoun %s decisions %d\n", scene_of(r), (int)r->phase,
            pronoun_id(r->pronoun), r->decisions);
    for (int i = 0; i < r->nparas; i++) fprintf(f, "  para %s\n", r->paras[i]);
    if (r->phase == PHASE_CHOICE)
        for (int i = 0; i < r->navail; i++) fprintf(f, "  choice %s %s\n", r->avail[i]->id, r->labels[i]);
    if (r->prompt) fprintf(f, "  prompt %s\n", r->prompt);
    if (r->ending_title) fprintf(f, "  ending %s / %s\n", r->ending_title, r->reflection ? r->reflection : "");
    for (int i = 0; i < s->nvars; i++) {
        char buf[256];
        interp_format_value(&r->vars[i], buf, sizeof buf);
        fprintf(f, "  var %s=%s\n", s->vars[i].name, buf);
    }
    for (int i = 0; i < s->nmeters; i++) fprintf(f, "  meter %s=%a\n", s->meters[i].name, r->meters[i]);
    for (int i = 0; i < r->npath; i++) fprintf(f, "  step %d %s\n", (int)r->path[i].kind, r->path[i].text);
    for (int i = 0; i < r->nearned; i++) fprintf(f, "  note %s\n", r->earned[i]->id);
}

typedef struct {
    FILE *f;
    char *text;
    size_t len;
} Trace;

static void trace_open(Trace *t)
{
    t->text = NULL;
    t->f = open_memstream(&t->text, &t->len);
    assert_non_null(t->f);
}

static char *trace_close(Trace *t)
{
    assert_int_equal(fclose(t->f), 0);
    return t->text;
}

/* Starts RT and answers its questions: name, then pronouns. */
static void start_rt(Run *r, const Story *s, const char *name, Pronoun p)
{
    char err[SANDBOX_ERROR_MAX];
    start_ok(r, s, 1);
    assert_int_equal(run_answer(r, name, err, sizeof err), ANSWER_OK);
    assert_true(run_pick_pronoun(r, p, err, sizeof err));
    assert_string_equal(scene_of(r), "kitchen");
}

/* Chooses the step that fails, and checks the run failed at `line`. */
static void expect_failure(Run *r, const char *id, int line, const char *fragment)
{
    char err[SANDBOX_ERROR_MAX], prefix[64];
    int k = run_find_choice(r, id);
    assert_true(k >= 0);
    assert_false(run_choose(r, k, err, sizeof err));
    assert_int_equal(r->phase, PHASE_FAILED);
    snprintf(prefix, sizeof prefix, "%s:%d: ", TEST_PATH, line);
    if (strncmp(err, prefix, strlen(prefix)) != 0 || strstr(err, fragment) == NULL)
        fail_msg("expected \"%s...%s\", got \"%s\"", prefix, fragment, err);
}

/* ===================== a playthrough ===================== */

static void test_start(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_ok(&r, s, 99);
    assert_int_equal(r.phase, PHASE_ASK);
    assert_string_equal(scene_of(&r), "name");
    assert_int_equal(r.seed, 99);
    assert_int_equal(r.nparas, 1);
    assert_string_equal(r.paras[0], "A quiet flat.");
    assert_string_equal(r.prompt, "What is their name?");
    assert_string_equal(var_of(&r, "name")->string, "Sam");
    assert_true(var_of(&r, "texts")->number == 0);
    assert_false(var_of(&r, "flag")->boolean);
    assert_true(meter_of(&r, "patience") == 50);
    assert_int_equal(r.pronoun, PRONOUN_THEY);
    assert_int_equal(r.npath, 0);
    assert_int_equal(r.visits[story_scene(s, "name")], 1);
    /* The story's own values are copies: the run does not write them. */
    assert_ptr_not_equal(var_of(&r, "name")->string, s->vars[story_slot(s, "name")].initial.string);
    run_free(&r);
    unload_story(s);
}

static void test_answer_and_pronoun(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    start_ok(&r, s, 1);
    assert_int_equal(run_answer(&r, "  Robin  ", err, sizeof err), ANSWER_OK);
    assert_int_equal(r.phase, PHASE_PRONOUN);
    assert_string_equal(var_of(&r, "name")->string, "Robin");
    assert_non_null(strstr(r.prompt, "Robin"));
    /* Pronoun choices are offered as the three sets. */
    SceneView v;
    run_scene_view(&r, &v);
    assert_int_equal(v.nchoices, PRONOUN_COUNT);
    assert_string_equal(v.choices[0].label, "she/her");
    assert_string_equal(v.choices[2].label, "they/them");
    assert_false(run_choose(&r, 0, err, sizeof err)); /* not a choice */

    assert_true(run_pick_pronoun(&r, PRONOUN_SHE, err, sizeof err));
    assert_int_equal(r.phase, PHASE_CHOICE);
    assert_int_equal(r.pronoun, PRONOUN_SHE);
    assert_string_equal(r.paras[0], "Robin said she needs space.");
    assert_string_equal(r.labels[0], "Write her a text");
    assert_int_equal(r.npath, 2);
    assert_int_equal(r.path[0].kind, STEP_ANSWER);
    assert_string_equal(r.path[0].text, "Robin");
    assert_int_equal(r.path[1].kind, STEP_PRONOUN);
    assert_string_equal(r.path[1].text, "she");
    assert_int_equal(r.decisions, 0); /* questions are not decisions */
    run_free(&r);

    /* he/him, and they/them. */
    start_rt(&r, s, "Ali", PRONOUN_HE);
    assert_string_equal(r.paras[0], "Ali said he needs space.");
    run_free(&r);
    start_rt(&r, s, "Kai", PRONOUN_THEY);
    assert_string_equal(r.paras[0], "Kai said they need space.");
    assert_string_equal(r.labels[0], "Write them a text");
    run_free(&r);
    unload_story(s);
}

static void test_answer_cleaning(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"  Maya  ", "Maya"},
        {"Ma\x01ya", "Maya"},
        {"Ma\x7fya\r", "Maya"},
        {"\x1b[31mRed", "[31mRed"},
        {"Mary \t  Ann", "Mary Ann"},
        {"Line\nbreak", "Line break"},
        {"Zoë", "Zoë"},
        {"", "Sam"},      /* empty keeps the default */
        {"   \t ", "Sam"}, /* and so does nothing but spaces */
        {"\x01\x02", "Sam"},
    };
    Story *s = load_ok(RT);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Run r;
        char err[SANDBOX_ERROR_MAX];
        start_ok(&r, s, 1);
        assert_int_equal(run_answer(&r, cases[i].in, err, sizeof err), ANSWER_OK);
        if (strcmp(var_of(&r, "name")->string, cases[i].want) != 0)
            fail_msg("answer %zu: got \"%s\", want \"%s\"", i, var_of(&r, "name")->string, cases[i].want);
        /* The path keeps the cleaned answer: empty when it kept the default. */
        assert_int_equal(r.npath, 1);
        assert_string_equal(r.path[0].text, strcmp(cases[i].want, "Sam") == 0 ? "" : cases[i].want);
        run_free(&r);
    }
    unload_story(s);
}

static void test_pronoun_prompt_without_name(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"\" } }\n"
        "scene \"a\" { ask \"Name?\" { into = \"name\", pronouns = true, go = \"b\" } }\n"
        "ending \"b\" { title = \"B\", kind = \"growth\", \"[{name}] {they} {are} here.\" }\n";
    Story *s = load_ok(src);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    start_ok(&r, s, 1);
    assert_int_equal(run_answer(&r, "  ", err, sizeof err), ANSWER_OK);
    assert_int_equal(r.phase, PHASE_PRONOUN);
    assert_string_equal(r.prompt, "Which pronouns should the story use for this person?");
    assert_true(run_pick_pronoun(&r, PRONOUN_HE, err, sizeof err));
    assert_int_equal(r.phase, PHASE_ENDED);
    assert_string_equal(r.paras[0], "[] he is here.");
    run_free(&r);
    unload_story(s);
}

static void test_answer_too_long(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    char err[SANDBOX_ERROR_MAX], text[256];
    start_ok(&r, s, 1);
    memset(text, 'x', 41);
    text[41] = '\0';
    assert_int_equal(run_answer(&r, text, err, sizeof err), ANSWER_TOO_LONG);
    assert_int_equal(r.phase, PHASE_ASK); /* asked again */
    assert_int_equal(r.npath, 0);
    assert_string_equal(var_of(&r, "name")->string, "Sam");

    /* 40 characters fit, even written in two-byte letters. */
    text[0] = '\0';
    for (int i = 0; i < 40; i++) strcat(text, "é");
    assert_int_equal(run_answer(&r, text, err, sizeof err), ANSWER_OK);
    assert_string_equal(var_of(&r, "name")->string, text);
    run_free(&r);

    start_ok(&r, s, 1);
    strcat(text, "é");
    assert_int_equal(run_answer(&r, text, err, sizeof err), ANSWER_TOO_LONG);
    /* Spaces trimmed away do not count. */
    snprintf(text, sizeof text, "   %s   ", "Abcdefghijabcdefghijabcdefghijabcdefghij");
    assert_int_equal(run_answer(&r, text, err, sizeof err), ANSWER_OK);
    assert_int_equal(strlen(var_of(&r, "name")->string), 40);
    run_free(&r);

    /* A name has a letter: "1" (meant for the pronoun question) is asked again. */
    start_ok(&r, s, 1);
    assert_int_equal(run_answer(&r, "1", err, sizeof err), ANSWER_NOT_ACCEPTED);
    assert_int_equal(r.phase, PHASE_ASK);
    assert_int_equal(run_answer(&r, "R2", err, sizeof err), ANSWER_OK);
    assert_string_equal(var_of(&r, "name")->string, "R2");
    run_free(&r);
    unload_story(s);
}

/* A number question refuses what is not a whole number in its bounds,
 * however large: no NaN, infinity or huge value is ever turned into an
 * integer (undefined in C; found by tests/fuzz/fuzz_answer.c). */
static void test_answer_number_out_of_any_range(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"n\", title = \"N\", start = \"a\", vars = { n = 0 } }\n"
        "scene \"a\" { ask \"How many?\" { into = \"n\", number = { -5, 30 }, go = \"b\" } }\n"
        "ending \"b\" { title = \"B\", \"{n}\" }\n";
    static const char *const refused[] = {"1e300", "-1e300", "nan", "-nan", "inf", "infinity", "1e19", "0x1p70",
                                          "31", "-6", "2.5", "ten"};
    char err[SANDBOX_ERROR_MAX];
    Story *s = load_ok(src);
    Run r;
    start_ok(&r, s, 1);
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        if (run_answer(&r, refused[i], err, sizeof err) != ANSWER_NOT_ACCEPTED) fail_msg("'%s' was taken", refused[i]);
        assert_int_equal(r.phase, PHASE_ASK);
    }
    assert_int_equal(run_answer(&r, "-5", err, sizeof err), ANSWER_OK);
    assert_true(var_of(&r, "n")->number == -5);
    run_free(&r);
    unload_story(s);
}

static void test_meters_clamp(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    choose_id(&r, "write-them-a-text");
    assert_true(meter_of(&r, "patience") == 20);
    assert_true(meter_of(&r, "trust") == 100); /* 50 + 60, clamped */
    choose_id(&r, "write-them-a-text");
    assert_true(meter_of(&r, "patience") == 0); /* 20 - 30, clamped */
    assert_true(meter_of(&r, "trust") == 100);
    /* Clamped for real: the next rise starts from 0, not from -10. */
    choose_id(&r, "journal");
    assert_true(meter_of(&r, "patience") == 5);
    run_free(&r);
    unload_story(s);

    /* Effects that set meters are clamped too. */
    static const char src[] =
        "story { id = \"m\", title = \"M\", start = \"a\", meters = { trust = 50 } }\n"
        "scene \"a\" {\n"
        "  \"Trust {trust}.\",\n"
        "  choice \"High\" { go = \"a\", effect = function(s) s.trust = 150 end },\n"
        "  choice \"Low\" { go = \"a\", effect = function(s) s.trust = -5 end },\n"
        "  choice \"Half\" { go = \"a\", effect = function(s) s.trust = s.trust + 0.5 end },\n"
        "}\n";
    s = load_ok(src);
    start_ok(&r, s, 1);
    choose_id(&r, "high");
    assert_true(meter_of(&r, "trust") == 100);
    assert_string_equal(r.paras[0], "Trust 100.");
    choose_id(&r, "low");
    assert_true(meter_of(&r, "trust") == 0);
    choose_id(&r, "half");
    assert_true(meter_of(&r, "trust") == 0.5);
    assert_string_equal(r.paras[0], "Trust 1."); /* shown rounded */
    run_free(&r);
    unload_story(s);
}

static void test_once_only(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    int journal = run_find_choice(&r, "journal");
    assert_true(journal >= 0);
    int before = r.navail;
    choose_id(&r, "journal");
    assert_string_equal(scene_of(&r), "kitchen");
    assert_int_equal(run_find_choice(&r, "journal"), -1);
    assert_int_equal(r.navail, before - 1);
    for (int i = 0; i < r.navail; i++) assert_string_not_equal(r.labels[i], "Journal");
    /* It stays gone on later visits, and the others stay. */
    choose_id(&r, "write-them-a-text");
    assert_int_equal(run_find_choice(&r, "journal"), -1);
    assert_true(run_find_choice(&r, "write-them-a-text") >= 0);
    assert_true(run_find_choice(&r, "fork") >= 0);
    run_free(&r);

    /* Another run has its own once-only flags. */
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    assert_true(run_find_choice(&r, "journal") >= 0);
    run_free(&r);
    unload_story(s);
}

static void test_when_on_entry(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    assert_int_equal(run_find_choice(&r, "coat"), -1);
    assert_true(run_find_choice(&r, "flag-it") >= 0);
    assert_true(var_of(&r, "checks")->number == 1);
    /* Choices are numbered among the available ones. */
    assert_string_equal(r.avail[2]->id, "flag-it");
    assert_string_equal(r.avail[3]->id, "fork");

    choose_id(&r, "flag-it");
    assert_true(var_of(&r, "flag")->boolean);
    assert_true(run_find_choice(&r, "coat") >= 0);
    assert_int_equal(run_find_choice(&r, "flag-it"), -1);
    assert_true(var_of(&r, "checks")->number == 2); /* once per entry */

    /* Views, however often, call no story code. */
    SceneView v;
    for (int i = 0; i < 5; i++) run_scene_view(&r, &v);
    assert_true(var_of(&r, "checks")->number == 2);
    assert_int_equal(v.nchoices, r.navail);

    choose_id(&r, "coat");
    assert_int_equal(r.phase, PHASE_ENDED);
    run_free(&r);
    unload_story(s);
}

static void test_text_once_per_entry(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    assert_true(var_of(&r, "calls")->number == 1);
    assert_int_equal(r.nparas, 2);
    assert_string_equal(r.paras[1], "Entered 1 times.");
    SceneView v;
    for (int i = 0; i < 3; i++) {
        run_scene_view(&r, &v);
        assert_int_equal(v.nparagraphs, 2);
        assert_string_equal(v.paragraphs[1], "Entered 1 times.");
    }
    assert_true(var_of(&r, "calls")->number == 1);
    choose_id(&r, "journal");
    assert_true(var_of(&r, "calls")->number == 2);
    assert_string_equal(r.paras[1], "Entered 2 times.");
    assert_int_equal(r.visits[story_scene(s, "kitchen")], 2);
    run_free(&r);
    unload_story(s);
}

static void test_effects_and_order(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    choose_id(&r, "write-them-a-text");
    assert_true(var_of(&r, "texts")->number == 1);
    /* The effect ran after the meter change: it saw patience at 20. */
    assert_true(var_of(&r, "seen")->number == 20);
    choose_id(&r, "flag-it");
    assert_true(var_of(&r, "flag")->boolean);
    assert_string_equal(var_of(&r, "word")->string, "set");
    assert_int_equal(r.decisions, 2);
    run_free(&r);
    unload_story(s);
}

static void test_go_function(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    choose_id(&r, "fork"); /* no texts yet: back to the kitchen */
    assert_string_equal(scene_of(&r), "kitchen");
    assert_int_equal(r.phase, PHASE_CHOICE);
    choose_id(&r, "write-them-a-text");
    choose_id(&r, "write-them-a-text");
    choose_id(&r, "fork"); /* now out */
    assert_string_equal(scene_of(&r), "out");
    assert_int_equal(r.phase, PHASE_ENDED);
    assert_string_equal(r.ending_title, "Out, Robin");
    assert_string_equal(r.reflection, "She will call when she is ready.");
    assert_int_equal(r.nparas, 1);
    assert_string_equal(r.paras[0], "Gone out after 2 texts.");
    run_free(&r);
    unload_story(s);
}

static void test_notes_earned(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    choose_id(&r, "journal");
    choose_id(&r, "write-them-a-text");
    choose_id(&r, "flag-it"); /* no note */
    choose_id(&r, "write-them-a-text");
    assert_int_equal(r.nearned, 2);
    assert_string_equal(r.earned[0]->id, "journal");
    assert_string_equal(r.earned[1]->id, "write-them-a-text");
    choose_id(&r, "coat");

    OutcomeView v;
    run_outcome_view(&r, &v);
    assert_string_equal(v.story_title, "Runtime");
    assert_string_equal(v.title, "Out, Robin");
    assert_string_equal(v.kind, "growth");
    assert_string_equal(v.reflection, "She will call when she is ready.");
    assert_int_equal(v.nparagraphs, 1);
    assert_int_equal(v.nnotes, 2);
    assert_string_equal(v.notes[0].choice, "Journal");
    assert_string_equal(v.notes[0].note, "Writing is for you.");
    assert_string_equal(v.notes[1].choice, "Write her a text"); /* filled in */
    assert_string_equal(v.notes[1].note, "Texts ask for answers.");
    assert_int_equal(v.nmeters, 2);
    assert_string_equal(v.meters[0].name, "patience");
    assert_true(v.meters[0].value == meter_of(&r, "patience"));
    assert_string_equal(v.meters[1].name, "trust");
    assert_true(v.meters[1].value == 100);
    run_free(&r);
    unload_story(s);
}

static void test_scene_view(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_rt(&r, s, "Robin", PRONOUN_HE);
    SceneView v;
    run_scene_view(&r, &v);
    assert_string_equal(v.story_title, "Runtime");
    assert_int_equal(v.nparagraphs, 2);
    assert_string_equal(v.paragraphs[0], "Robin said he needs space.");
    assert_int_equal(v.nchoices, 4);
    const char *labels[] = {"Write him a text", "Journal", "Flag it", "Fork"};
    for (int i = 0; i < 4; i++) {
        assert_string_equal(v.choices[i].label, labels[i]);
        assert_true(v.choices[i].available);
    }
    assert_int_equal(v.nmeters, 0); /* the meters show at the end, unless the story asks */
    assert_null(v.chapter);
    run_free(&r);
    unload_story(s);

    /* show_meters puts them in the view; a chapter stays until the next. */
    static const char shown[] =
        "story { id = \"x\", title = \"X\", start = \"a\", meters = { patience = 50 }, show_meters = true }\n"
        "scene \"a\" { chapter = \"Autumn\", \"A.\", choice \"On\" { go = \"b\" } }\n"
        "scene \"b\" { \"B.\", choice \"On\" { go = \"c\" } }\n"
        "scene \"c\" { chapter = \"Winter\", \"C.\", choice \"On\" { go = \"z\" } }\n"
        "ending \"z\" { title = \"Z\", \"Z.\" }\n";
    char err[SANDBOX_ERROR_MAX];
    s = load_ok(shown);
    start_ok(&r, s, 1);
    const char *chapters[] = {"Autumn", "Autumn", "Winter"};
    for (int i = 0; i < 3; i++) {
        run_scene_view(&r, &v);
        assert_int_equal(v.nmeters, 1);
        assert_string_equal(v.meters[0].name, "patience");
        assert_true(v.meters[0].value == 50);
        assert_string_equal(v.chapter, chapters[i]);
        assert_true(run_choose(&r, 0, err, sizeof err));
    }
    run_free(&r);
    unload_story(s);
}

static void test_wrong_moves_change_nothing(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    start_ok(&r, s, 1);
    assert_false(run_choose(&r, 0, err, sizeof err)); /* asking, not choosing */
    assert_false(run_pick_pronoun(&r, PRONOUN_SHE, err, sizeof err));
    assert_int_equal(r.phase, PHASE_ASK);
    assert_int_equal(run_answer(&r, "Robin", err, sizeof err), ANSWER_OK);
    assert_int_equal(run_answer(&r, "Again", err, sizeof err), ANSWER_ERROR);
    assert_true(run_pick_pronoun(&r, PRONOUN_SHE, err, sizeof err));
    assert_false(run_choose(&r, r.navail, err, sizeof err));
    assert_false(run_choose(&r, -1, err, sizeof err));
    assert_int_equal(run_answer(&r, "Robin", err, sizeof err), ANSWER_ERROR);
    assert_int_equal(r.phase, PHASE_CHOICE);
    assert_int_equal(r.npath, 2);
    assert_int_equal(r.decisions, 0);
    assert_int_equal(run_find_choice(&r, "no-such-choice"), -1);
    run_free(&r);
    unload_story(s);
}

/* ===================== paths and replay ===================== */

/* A copy of a run's path. */
typedef struct {
    Step steps[64];
    int n;
} Path;

static void copy_path(Path *p, const Run *r)
{
    assert_true(r->npath <= 64);
    p->n = r->npath;
    for (int i = 0; i < r->npath; i++) {
        p->steps[i] = (Step){.kind = r->path[i].kind, .text = strdup(r->path[i].text)};
        assert_non_null(p->steps[i].text);
    }
}

static void free_path(Path *p)
{
    for (int i = 0; i < p->n; i++) free(p->steps[i].text);
    p->n = 0;
}

/* Replays a path in a fresh run of src and returns its final trace. */
static char *replay(const char *src, uint64_t seed, const Path *p)
{
    Story *s = load_ok(src);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    start_ok(&r, s, seed);
    for (int i = 0; i < p->n; i++)
        if (!run_replay_step(&r, &p->steps[i], err, sizeof err)) fail_msg("replaying step %d: %s", i, err);
    Trace t;
    trace_open(&t);
    trace(t.f, &r);
    run_free(&r);
    unload_story(s);
    return trace_close(&t);
}

static void test_path_and_replay(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    const char *ids[] = {"journal", "write-them-a-text", "fork", "flag-it", "write-them-a-text", "coat"};
    for (int i = 0; i < 6; i++) {
        choose_id(&r, ids[i]);
        /* Each step records the id, never the position. */
        assert_int_equal(r.path[r.npath - 1].kind, STEP_CHOICE);
        assert_string_equal(r.path[r.npath - 1].text, ids[i]);
    }
    assert_int_equal(r.npath, 8);
    assert_int_equal(r.phase, PHASE_ENDED);
    Path p;
    copy_path(&p, &r);
    Trace t;
    trace_open(&t);
    trace(t.f, &r);
    char *want = trace_close(&t);
    run_free(&r);
    unload_story(s);

    char *got = replay(RT, 1, &p);
    assert_string_equal(got, want);
    free(got);
    /* The same path replays when the choices are listed in another order. */
    got = replay(RT_REORDERED, 1, &p);
    assert_string_equal(got, want);
    free(got);
    free(want);
    free_path(&p);
}

static void test_replay_mismatch(void **state)
{
    (void)state;
    Story *s = load_ok(RT);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    start_rt(&r, s, "Robin", PRONOUN_SHE);
    choose_id(&r, "journal");
    /* A once-only choice already taken is not there to replay. */
    Step step = {.kind = STEP_CHOICE, .text = "journal"};
    assert_false(run_replay_step(&r, &step, err, sizeof err));
    assert_non_null(strstr(err, "'journal'"));
    assert_non_null(strstr(err, "'kitchen'"));
    /* Steps of the wrong kind, or unknown pronouns, are refused. */
    step = (Step){.kind = STEP_PRONOUN, .text = "she"};
    assert_false(run_replay_step(&r, &step, err, sizeof err));
    step = (Step){.kind = STEP_ANSWER, .text = "Robin"};
    assert_false(run_replay_step(&r, &step, err, sizeof err));
    assert_int_equal(r.phase, PHASE_CHOICE);
    run_free(&r);

    start_ok(&r, s, 1);
    step = (Step){.kind = STEP_ANSWER, .text = "This answer is far too long to be anybody's name at all"};
    err[0] = '\0';
    assert_false(run_replay_step(&r, &step, err, sizeof err));
    assert_non_null(strstr(err, "too long"));
    assert_int_equal(run_answer(&r, "Robin", err, sizeof err), ANSWER_OK);
    step = (Step){.kind = STEP_PRONOUN, .text = "it"};
    assert_false(run_replay_step(&r, &step, err, sizeof err));
    assert_non_null(strstr(err, "'it'"));
    run_free(&r);
    unload_story(s);
}

/* ===================== determinism ===================== */

/* Plays CHANCE with the given seed, always the same answers, and returns
 * the trace of every step; when p is not NULL, the path is copied to it and
 * the trace of the last state to *last. */
static char *play_chance(uint64_t seed, Path *p, char **last)
{
    Story *s = load_ok(CHANCE);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    Trace t;
    trace_open(&t);
    start_ok(&r, s, seed);
    trace(t.f, &r);
    assert_int_equal(run_answer(&r, "Ana", err, sizeof err), ANSWER_OK);
    assert_true(run_pick_pronoun(&r, PRONOUN_HE, err, sizeof err));
    for (int i = 0; i < 40 && r.phase == PHASE_CHOICE; i++) {
        trace(t.f, &r);
        const char *scene = scene_of(&r);
        if (strcmp(scene, "roll") == 0) choose_id(&r, "again");
        else if (strcmp(scene, "roll2") == 0) choose_id(&r, "once-more");
        else choose_id(&r, "continue");
    }
    trace(t.f, &r);
    if (p) {
        copy_path(p, &r);
        Trace end;
        trace_open(&end);
        trace(end.f, &r);
        *last = trace_close(&end);
    }
    run_free(&r);
    unload_story(s);
    return trace_close(&t);
}

static void test_determinism(void **state)
{
    (void)state;
    Path p;
    char *last;
    char *a = play_chance(7, &p, &last);
    char *b = play_chance(7, NULL, NULL);
    assert_string_equal(a, b);
    assert_non_null(strstr(a, "You rolled "));
    assert_non_null(strstr(last, "scene stop"));
    free(b);

    /* Replaying the recorded path ends in the same state. */
    char *got = replay(CHANCE, 7, &p);
    assert_string_equal(got, last);
    free(got);
    free(last);
    free_path(&p);
    free(a);
}

static void test_seeds_differ(void **state)
{
    (void)state;
    enum { N = 6 };
    char *traces[N];
    for (int i = 0; i < N; i++) traces[i] = play_chance((uint64_t)i * 1000 + 1, NULL, NULL);
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++)
            if (strcmp(traces[i], traces[j]) == 0) fail_msg("seeds %d and %d played alike", i * 1000 + 1, j * 1000 + 1);
    for (int i = 0; i < N; i++) free(traces[i]);
}

/* ===================== story errors at run time ===================== */

/* Plays ERRS: takes `first` (when not NULL), then `id`, which must fail at
 * the line holding `marker` with a message holding `fragment`. */
static void errs_case(const char *first, const char *id, const char *marker, const char *fragment)
{
    Story *s = load_ok(ERRS);
    Run r;
    start_ok(&r, s, 1);
    if (first) choose_id(&r, first);
    expect_failure(&r, id, line_of(ERRS, marker), fragment);
    run_free(&r);
    unload_story(s);
}

static void test_error_undeclared_write(void **state)
{
    (void)state;
    errs_case(NULL, "undeclared", "-- undeclared", "'nope' is not a variable or meter");
}

static void test_error_wrong_type(void **state)
{
    (void)state;
    errs_case(NULL, "wrong-type", "-- wrong type", "variable 'count' holds a number, not string");
    errs_case(NULL, "meter-type", "-- meter type", "meter 'trust' takes a number, not table");
    errs_case(NULL, "pronoun", "-- pronoun", "'pronoun'");
}

static void test_error_undeclared_read(void **state)
{
    (void)state;
    errs_case(NULL, "read", "-- read", "'missing' is not a variable or meter");
    errs_case(NULL, "raise", "-- raise", "raised here");
}

static void test_error_go_function(void **state)
{
    (void)state;
    errs_case(NULL, "lost", "choice \"Lost\"", "choice 'Lost' went to unknown scene 'nowhere'");
    errs_case(NULL, "number", "-- number", "a 'go' function must return a scene name");
}

static void test_error_no_available_choice(void **state)
{
    (void)state;
    errs_case(NULL, "stuck", "-- stuck", "scene 'stuck' has no available choice");
    /* Used up: the scene's only choice is once-only. */
    errs_case("used-up", "only-once", "-- once", "scene 'once' has no available choice");
}

static void test_error_at_start(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  function(s)\n"
        "    error(\"the first scene is broken\")\n"
        "  end,\n"
        "  choice \"Go\" { go = \"a\" },\n"
        "}\n";
    Story *s = load_ok(src);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    assert_false(run_start(&r, s, 1, err, sizeof err));
    assert_int_equal(r.phase, PHASE_FAILED);
    assert_int_equal(strncmp(err, "t.lua:4: ", 9), 0);
    assert_non_null(strstr(err, "the first scene is broken"));
    run_free(&r);
    unload_story(s);
}

/* The story language is for loading: called later it must fail cleanly,
 * never reach the loader's state, which is gone. */
static void test_error_declaring_after_load(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Declare\" { go = \"a\", effect = function(s)\n"
        "    local c = choice \"Late\" { go = \"a\" } -- late\n"
        "  end },\n"
        "  choice \"Scene\" { go = \"a\", effect = function(s) scene \"b\" { \"B.\" } end }, -- scene\n"
        "  choice \"Story\" { go = \"b\" },\n"
        "}\n"
        "scene \"b\" { story, choice \"Back\" { go = \"a\" } }\n";
    const char *ids[] = {"declare", "scene"};
    const char *markers[] = {"-- late", "-- scene"};
    for (int i = 0; i < 2; i++) {
        Story *s = load_ok(src);
        Run r;
        start_ok(&r, s, 1);
        expect_failure(&r, ids[i], line_of(src, markers[i]), "only while the story file loads");
        run_free(&r);
        unload_story(s);
    }
    /* The DSL function itself as a computed paragraph. */
    Story *s = load_ok(src);
    Run r;
    char err[SANDBOX_ERROR_MAX];
    start_ok(&r, s, 1);
    assert_false(run_choose(&r, run_find_choice(&r, "story"), err, sizeof err));
    assert_non_null(strstr(err, "only while the story file loads"));
    run_free(&r);
    unload_story(s);
}

int main(void)
{
    const struct CMUnitTest play[] = {
        cmocka_unit_test(test_start),
        cmocka_unit_test(test_answer_and_pronoun),
        cmocka_unit_test(test_answer_cleaning),
        cmocka_unit_test(test_pronoun_prompt_without_name),
        cmocka_unit_test(test_answer_too_long),
        cmocka_unit_test(test_answer_number_out_of_any_range),
        cmocka_unit_test(test_meters_clamp),
        cmocka_unit_test(test_once_only),
        cmocka_unit_test(test_when_on_entry),
        cmocka_unit_test(test_text_once_per_entry),
        cmocka_unit_test(test_effects_and_order),
        cmocka_unit_test(test_go_function),
        cmocka_unit_test(test_notes_earned),
        cmocka_unit_test(test_scene_view),
        cmocka_unit_test(test_wrong_moves_change_nothing),
    };
    const struct CMUnitTest replays[] = {
        cmocka_unit_test(test_path_and_replay),
        cmocka_unit_test(test_replay_mismatch),
        cmocka_unit_test(test_determinism),
        cmocka_unit_test(test_seeds_differ),
    };
    const struct CMUnitTest errors[] = {
        cmocka_unit_test(test_error_undeclared_write),
        cmocka_unit_test(test_error_wrong_type),
        cmocka_unit_test(test_error_undeclared_read),
        cmocka_unit_test(test_error_go_function),
        cmocka_unit_test(test_error_no_available_choice),
        cmocka_unit_test(test_error_at_start),
        cmocka_unit_test(test_error_declaring_after_load),
    };
    int failed = 0;
    failed += cmocka_run_group_tests_name("a playthrough", play, NULL, NULL);
    failed += cmocka_run_group_tests_name("paths and replay", replays, NULL, NULL);
    failed += cmocka_run_group_tests_name("story errors at run time", errors, NULL, NULL);
    return failed ? 1 : 0;
}
