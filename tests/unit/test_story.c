/* test_story.c - unit tests for engine/story.c: the model a story file
 * declares (scenes, choices, endings, meters, variables) and every check made
 * while loading, each pinned to its "FILE:LINE: " prefix.
 *
 * Stories are C strings, one Lua line per literal; expected lines come from
 * line_of(), which finds a piece of the source, so the line numbers asserted
 * are the ones a reader sees. */
#include "helpers.h"

#include <math.h>

/* ===================== the model ===================== */

static const char MODEL[] =
    "story {\n"
    "  id = \"model-test\", title = \"Model Test\", author = \"Ann\", blurb = \"A blurb.\",\n"
    "  start = \"kitchen\",\n"
    "  meters = { trust = 30, patience = 50, respect = 70 },\n"
    "  vars = { name = \"Sam\", texts = 0, brave = true, ratio = 2.5 }, tags = { \"pressure\", \"phone\" },\n"
    "}\n"
    "\n"
    "scene \"kitchen\" {\n"
    "  \"It has been three days since {name} left.\",\n"
    "  function(s) return nil end,\n"
    "  choice \"Put the phone away\" { go = \"walk\", patience = 10, respect = -5 },\n"
    "  choice \"Call, just once\" {\n"
    "    id = \"call\", go = \"kitchen\", once = true, tags = { \"pressure\", \"phone\" },\n"
    "    note = \"Calling asks for an answer.\",\n"
    "    trust = -10,\n"
    "  },\n"
    "  choice \"Wait...   and SEE!\" {\n"
    "    go = function(s) return \"walk\" end,\n"
    "    when = function(s) return true end,\n"
    "    effect = function(s) s.texts = s.texts + 1 end,\n"
    "  },\n"
    "}\n"
    "\n"
    "scene \"walk\" {\n"
    "  ask \"What is their name?\" { into = \"name\", pronouns = true, go = \"end\" },\n"
    "}\n"
    "\n"
    "ending \"end\" {\n"
    "  title = \"The End of {name}\", kind = \"growth\",\n"
    "  \"Quiet.\",\n"
    "  reflection = \"Space is given.\",\n"
    "}\n";

static void test_model_story_fields(void **state)
{
    (void)state;
    Story *s = load_ok(MODEL);
    assert_string_equal(s->path, TEST_PATH);
    assert_string_equal(s->id, "model-test");
    assert_string_equal(s->title, "Model Test");
    assert_string_equal(s->author, "Ann");
    assert_string_equal(s->blurb, "A blurb.");
    assert_int_equal(s->start, story_scene(s, "kitchen"));
    assert_int_equal(s->start, 0);
    /* Without a declaration, the kinds are those the endings name. */
    assert_false(s->kinds_declared);
    assert_int_equal(s->nkinds, 1);
    assert_string_equal(s->kinds[0], "growth");
    unload_story(s);
}

static void test_model_scenes(void **state)
{
    (void)state;
    Story *s = load_ok(MODEL);
    assert_int_equal(s->nscenes, 3);
    const char *names[] = {"kitchen", "walk", "end"};
    const char *decls[] = {"scene \"kitchen\"", "scene \"walk\"", "ending \"end\""};
    for (int i = 0; i < 3; i++) {
        assert_string_equal(s->scenes[i].name, names[i]);
        assert_int_equal(s->scenes[i].line, line_of(MODEL, decls[i]));
        assert_int_equal(story_scene(s, names[i]), i);
    }
    assert_int_equal(story_scene(s, "nowhere"), -1);

    const Scene *k = &s->scenes[0];
    assert_false(k->is_ending);
    assert_null(k->ask);
    assert_int_equal(k->nparas, 2);
    assert_string_equal(k->paras[0].text, "It has been three days since {name} left.");
    assert_int_equal(k->paras[0].fn, STORY_NOREF);
    assert_null(k->paras[1].text); /* a function paragraph */
    assert_int_not_equal(k->paras[1].fn, STORY_NOREF);
    assert_int_equal(k->paras[1].line, line_of(MODEL, "function(s) return nil end"));
    unload_story(s);
}

static void test_model_choices(void **state)
{
    (void)state;
    Story *s = load_ok(MODEL);
    const Scene *k = &s->scenes[0];
    assert_int_equal(k->nchoices, 3);
    assert_int_equal(s->nchoices, 3);

    const Choice *a = &k->choices[0], *b = &k->choices[1], *c = &k->choices[2];
    /* In the order written, numbered across the story. */
    assert_string_equal(a->label, "Put the phone away");
    assert_string_equal(b->label, "Call, just once");
    assert_string_equal(c->label, "Wait...   and SEE!");
    assert_int_equal(a->index, 0);
    assert_int_equal(b->index, 1);
    assert_int_equal(c->index, 2);
    assert_int_equal(a->line, line_of(MODEL, "choice \"Put"));
    assert_int_equal(b->line, line_of(MODEL, "choice \"Call"));
    assert_int_equal(c->line, line_of(MODEL, "choice \"Wait"));

    /* Derived ids, and a given one. */
    assert_string_equal(a->id, "put-the-phone-away");
    assert_string_equal(b->id, "call");
    assert_string_equal(c->id, "wait-and-see");

    /* Targets: by name, or computed. */
    assert_string_equal(a->target_name, "walk");
    assert_int_equal(a->target, story_scene(s, "walk"));
    assert_int_equal(a->go_fn, STORY_NOREF);
    assert_int_equal(b->target, story_scene(s, "kitchen"));
    assert_null(c->target_name);
    assert_int_equal(c->target, -1);
    assert_int_not_equal(c->go_fn, STORY_NOREF);

    /* Conditions and effects. */
    assert_int_equal(a->when_fn, STORY_NOREF);
    assert_int_equal(a->effect_fn, STORY_NOREF);
    assert_int_not_equal(c->when_fn, STORY_NOREF);
    assert_int_not_equal(c->effect_fn, STORY_NOREF);

    /* once, notes, tags. */
    assert_false(a->once);
    assert_true(b->once);
    assert_null(a->note);
    assert_string_equal(b->note, "Calling asks for an answer.");
    assert_int_equal(a->ntags, 0);
    assert_int_equal(b->ntags, 2);
    assert_string_equal(s->tags[b->tags[0]], "pressure");
    assert_string_equal(s->tags[b->tags[1]], "phone");

    /* Meter changes name the meter by its index in the sorted list. */
    assert_int_equal(a->nchanges, 2);
    double patience = NAN, respect = NAN;
    for (int i = 0; i < a->nchanges; i++) {
        const char *m = s->meters[a->changes[i].meter].name;
        if (strcmp(m, "patience") == 0) patience = a->changes[i].delta;
        else if (strcmp(m, "respect") == 0) respect = a->changes[i].delta;
        else fail_msg("unexpected change to meter '%s'", m);
    }
    assert_true(patience == 10);
    assert_true(respect == -5);
    assert_int_equal(b->nchanges, 1);
    assert_string_equal(s->meters[b->changes[0].meter].name, "trust");
    assert_true(b->changes[0].delta == -10);
    assert_int_equal(c->nchanges, 0);
    unload_story(s);
}

static void test_model_ask(void **state)
{
    (void)state;
    Story *s = load_ok(MODEL);
    const Scene *w = &s->scenes[1];
    assert_non_null(w->ask);
    assert_int_equal(w->nchoices, 0);
    assert_string_equal(w->ask->prompt, "What is their name?");
    assert_int_equal(w->ask->var, story_slot(s, "name"));
    assert_string_equal(s->vars[w->ask->var].name, "name");
    assert_true(w->ask->pronouns);
    assert_string_equal(w->ask->target_name, "end");
    assert_int_equal(w->ask->target, story_scene(s, "end"));
    assert_int_equal(w->ask->line, line_of(MODEL, "ask \"What"));
    unload_story(s);
}

static void test_model_ending(void **state)
{
    (void)state;
    Story *s = load_ok(MODEL);
    const Scene *e = &s->scenes[2];
    assert_true(e->is_ending);
    assert_int_equal(e->nchoices, 0);
    assert_null(e->ask);
    assert_string_equal(e->title, "The End of {name}");
    assert_string_equal(story_kind(s, story_scene(s, "end")), "growth");
    assert_string_equal(e->reflection, "Space is given.");
    assert_int_equal(e->nparas, 1);
    assert_string_equal(e->paras[0].text, "Quiet.");
    /* Scenes that are not endings have none of it. */
    assert_null(s->scenes[0].title);
    assert_int_equal(s->scenes[0].kind, -1);
    assert_null(s->scenes[0].reflection);
    unload_story(s);
}

static void test_model_meters_sorted(void **state)
{
    (void)state;
    Story *s = load_ok(MODEL);
    assert_int_equal(s->nmeters, 3);
    assert_string_equal(s->meters[0].name, "patience");
    assert_string_equal(s->meters[1].name, "respect");
    assert_string_equal(s->meters[2].name, "trust");
    assert_true(s->meters[0].start == 50);
    assert_true(s->meters[1].start == 70);
    assert_true(s->meters[2].start == 30);
    unload_story(s);
}

static void test_model_vars_typed(void **state)
{
    (void)state;
    Story *s = load_ok(MODEL);
    assert_int_equal(s->nvars, 4);
    /* Sorted by name, each with its type. */
    assert_string_equal(s->vars[0].name, "brave");
    assert_int_equal(s->vars[0].initial.type, VAL_BOOLEAN);
    assert_true(s->vars[0].initial.boolean);
    assert_string_equal(s->vars[1].name, "name");
    assert_int_equal(s->vars[1].initial.type, VAL_STRING);
    assert_string_equal(s->vars[1].initial.string, "Sam");
    assert_string_equal(s->vars[2].name, "ratio");
    assert_int_equal(s->vars[2].initial.type, VAL_NUMBER);
    assert_true(s->vars[2].initial.number == 2.5);
    assert_string_equal(s->vars[3].name, "texts");
    assert_int_equal(s->vars[3].initial.type, VAL_NUMBER);
    assert_true(s->vars[3].initial.number == 0);

    /* Slots: variables first, then meters. */
    assert_int_equal(story_slot(s, "brave"), 0);
    assert_int_equal(story_slot(s, "texts"), 3);
    assert_int_equal(story_slot(s, "patience"), 4);
    assert_int_equal(story_slot(s, "trust"), 6);
    assert_int_equal(story_slot(s, "pronoun"), -1);
    assert_int_equal(story_slot(s, "nothing"), -1);
    unload_story(s);
}

/* A one-scene story with the given choices, for the id tests. */
static Story *load_labels(const char *choices, char *err, size_t errlen)
{
    char src[2048];
    snprintf(src, sizeof src,
             "story { id = \"ids\", title = \"Ids\", start = \"a\" }\n"
             "scene \"a\" {\n%s}\n"
             "ending \"b\" { title = \"B\", kind = \"growth\" }\n",
             choices);
    return load_story(src, err, errlen);
}

static void test_model_derived_ids(void **state)
{
    (void)state;
    char err[ERR_MAX];
    Story *s = load_labels("  choice \"Don't  text -- call!\" { go = \"b\" },\n"
                           "  choice \"  ÉCOUTER, café au lait  \" { go = \"b\" },\n"
                           "  choice \"“…”\" { go = \"b\" },\n"
                           "  choice \"«»\" { go = \"b\" },\n"
                           "  choice \"Write {them} 2 LONG letters\" { go = \"b\" },\n"
                           "  choice \"one two three four five six seven eight nine ten\" { go = \"b\" },\n",
                           err, sizeof err);
    if (s == NULL) fail_msg("%s", err);
    const Choice *c = s->scenes[0].choices;
    assert_string_equal(c[0].id, "don-t-text-call");
    /* Non-ASCII letters separate words but are left out. */
    assert_string_equal(c[1].id, "couter-caf-au-lait");
    /* No ASCII letter at all: a hash, stable and different per label. */
    assert_int_equal(strlen(c[2].id), 9);
    assert_int_equal(c[2].id[0], 'c');
    assert_string_not_equal(c[2].id, c[3].id);
    assert_string_equal(c[4].id, "write-them-2-long-letters");
    /* Long labels give ids of bounded length that never end in '-'. */
    assert_true(strlen(c[5].id) <= 41);
    assert_true(strlen(c[5].id) >= 30);
    assert_int_equal(strncmp(c[5].id, "one-two-three-four-five-six-seven", 33), 0);
    assert_int_not_equal(c[5].id[strlen(c[5].id) - 1], '-');
    unload_story(s);

    /* The same label gives the same id in another load. */
    s = load_labels("  choice \"“…”\" { go = \"b\" },\n", err, sizeof err);
    if (s == NULL) fail_msg("%s", err);
    char again[64];
    snprintf(again, sizeof again, "%s", s->scenes[0].choices[0].id);
    unload_story(s);
    s = load_labels("  choice \"Other\" { go = \"b\" },\n  choice \"“…”\" { go = \"b\" },\n", err,
                    sizeof err);
    if (s == NULL) fail_msg("%s", err);
    assert_string_equal(s->scenes[0].choices[1].id, again);
    unload_story(s);
}

static void test_model_custom_kinds_and_no_meters(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"k\", title = \"K\", start = \"a\", kinds = { \"calm\", \"storm\" } }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" { title = \"B\", kind = \"storm\" }\n";
    Story *s = load_ok(src);
    assert_int_equal(s->nkinds, 2);
    assert_string_equal(s->kinds[0], "calm");
    assert_string_equal(s->kinds[1], "storm");
    assert_int_equal(s->nmeters, 0);
    assert_int_equal(s->nvars, 0);
    assert_null(s->author);
    assert_null(s->blurb);
    assert_null(s->scenes[1].reflection);
    assert_int_equal(s->scenes[1].nparas, 0);
    unload_story(s);
}

/* Choices made by helper functions are placed where the scene lists them. */
static void test_model_choices_from_functions(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"fn\", title = \"Fn\", start = \"a\" }\n"
        "local function back(to) return choice(\"Back to \" .. to) { go = to } end\n"
        "local stay = choice \"Stay\" { go = \"a\" }\n"
        "scene \"a\" { \"A.\", back(\"b\"), stay }\n"
        "scene \"b\" { back(\"a\"), choice \"Leave\" { go = \"c\" } }\n"
        "ending \"c\" { title = \"C\", kind = \"apart\" }\n";
    Story *s = load_ok(src);
    assert_int_equal(s->scenes[0].nchoices, 2);
    assert_string_equal(s->scenes[0].choices[0].id, "back-to-b");
    assert_string_equal(s->scenes[0].choices[1].id, "stay");
    assert_int_equal(s->scenes[0].choices[1].line, 3);
    assert_string_equal(s->scenes[1].choices[0].id, "back-to-a");
    assert_int_equal(s->scenes[1].choices[0].target, 0);
    /* Indexes follow the scenes, not the order the choices were made in. */
    assert_int_equal(s->scenes[0].choices[0].index, 0);
    assert_int_equal(s->scenes[0].choices[1].index, 1);
    assert_int_equal(s->scenes[1].choices[0].index, 2);
    assert_int_equal(s->scenes[1].choices[1].index, 3);
    unload_story(s);
}

/* ===================== errors while the file runs ===================== */

static void test_error_syntax(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "\n"
        "scene \"a\" {\n"
        "  \"One.\",\n"
        "  choice \"Go\" { go = \"b\" },\n"
        "}\n"
        "ending \"b\" { title = \"B\" kind = \"growth\" }\n"
        "\n";
    assert_load_error(src, 7, "'}' expected");
}

static void test_error_lua_runtime(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "local t = nil\n"
        "\n"
        "local n = t.field\n";
    assert_load_error(src, 4, "attempt to index a nil value");
}

static void test_error_missing_start(void **state)
{
    (void)state;
    static const char src[] =
        "-- a comment first\n"
        "story { id = \"x\", title = \"X\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(src, 2, "story: missing field 'start'");
}

static void test_error_unknown_start(void **state)
{
    (void)state;
    static const char src[] =
        "\n"
        "story { id = \"x\", title = \"X\", start = \"kitchn\" }\n"
        "scene \"kitchen\" { choice \"Go\" { go = \"kitchen\" } }\n";
    assert_load_error(src, 2, "story: start leads to unknown scene 'kitchn'", "(did you mean 'kitchen'?)");
}

static void test_error_no_story(void **state)
{
    (void)state;
    static const char src[] = "local x = 1\n";
    assert_load_error(src, 1, "no story { ... } declaration");
}

static void test_error_unknown_target(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"hall\" }\n"
        "scene \"hall\" {\n"
        "  \"A door.\",\n"
        "  choice \"Stay\" { go = \"hall\" },\n"
        "  choice \"Go to the garden\" {\n"
        "    go = \"gardn\",\n"
        "  },\n"
        "}\n"
        "ending \"garden\" { title = \"G\", kind = \"growth\" }\n";
    assert_load_error(src, 5, "choice 'Go to the garden' leads to unknown scene 'gardn' (did you mean 'garden'?)");
}

static void test_error_unknown_target_far(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"hall\" }\n"
        "scene \"hall\" { choice \"Leave\" { go = \"attic\" } }\n"
        "ending \"garden\" { title = \"G\", kind = \"growth\" }\n";
    char err[ERR_MAX];
    Story *s = load_story(src, err, sizeof err);
    assert_null(s);
    unload_story(NULL);
    assert_error_line(err, 2, "leads to unknown scene 'attic'");
    /* Nothing close enough to suggest. */
    assert_null(strstr(err, "did you mean"));
}

static void test_error_ask_unknown_target(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"Sam\" } }\n"
        "scene \"a\" {\n"
        "  ask \"Name?\" { into = \"name\", go = \"kitchne\" },\n"
        "}\n"
        "ending \"kitchen\" { title = \"K\", kind = \"growth\" }\n";
    assert_load_error(src, 3, "ask leads to unknown scene 'kitchne' (did you mean 'kitchen'?)");
}

static void test_error_duplicate_scene(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" { title = \"B\", kind = \"growth\" }\n"
        "\n"
        "ending \"a\" { title = \"A\", kind = \"growth\" }\n";
    assert_load_error(src, 5, "ending 'a': the name is already used on line 2");
}

static void test_error_no_way_out(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"dead\" } }\n"
        "scene \"dead\" {\n"
        "  \"Nothing to do here.\",\n"
        "}\n";
    assert_load_error(src, 3, "scene 'dead' has no way out");
}

static void test_error_field_types(void **state)
{
    (void)state;
    static const char go[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Go\" { go = 5 },\n"
        "}\n";
    assert_load_error(go, 3, "choice 'Go': field 'go' must be a scene name, storylets \"group\" or a function, not number");

    static const char once[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  \"Text.\",\n"
        "  choice \"Go\" { go = \"a\", once = \"yes\" },\n"
        "}\n";
    assert_load_error(once, 4, "choice 'Go': field 'once' must be true or false, not string");

    static const char note[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Go\" { go = \"a\", note = {} },\n"
        "}\n";
    assert_load_error(note, 3, "choice 'Go': field 'note' must be a string, not table");

    static const char meters[] =
        "\n"
        "story { id = \"x\", title = \"X\", start = \"a\", meters = 5 }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(meters, 2, "story: field 'meters' must be a table", "not number");

    static const char start[] =
        "story {\n"
        "  id = \"x\", title = \"X\", start = \"a\",\n"
        "  meters = { patience = 150 },\n"
        "}\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(start, 1, "story: meter 'patience' starts at 150, outside 0 to 100");

    static const char change[] =
        "story { id = \"x\", title = \"X\", start = \"a\", meters = { trust = 5 } }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\", trust = \"lots\" } }\n";
    assert_load_error(change, 2, "choice 'Go': field 'trust' must be a number, or a fairmath string like \"%+20\", not string");

    static const char when[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\", when = true } }\n";
    assert_load_error(when, 2, "choice 'Go': field 'when' must be a function, not boolean");

    static const char var[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { seen = function() end } }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(var, 1, "story: variable 'seen' must start as a string, number, boolean or a list of words "
                              "(a set), not function");
    static const char set[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { seen = { \"a\", 2 } } }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(set, 1, "story: variable 'seen' must start as a string, number, boolean or a list of words");

    static const char title[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" { title = 7, kind = \"growth\" }\n";
    assert_load_error(title, 3, "ending 'b': field 'title' must be a string, not number");
}

static void test_error_meter_named_pronoun(void **state)
{
    (void)state;
    /* s.pronoun is the player's pick: a meter of that name could never be read. */
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\", meters = { pronoun = 5 } }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(src, 1, "'pronoun'");
}

static void test_error_meter_named_like_a_field(void **state)
{
    (void)state;
    /* `note = "..."` in a choice would be read both as the note and as a change. */
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\", meters = { note = 5 } }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\", note = \"Hm.\" } }\n";
    assert_load_error(src, 1, "'note' is a field of choices and cannot be a meter");
}

static void test_error_items_where_fields_belong(void **state)
{
    (void)state;
    /* A scene's list holds its paragraphs, a choice's the text shown when
     * it is taken; elsewhere an item is a mistake. */
    static const char choice[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Go\" { \"a\", go = \"a\" },\n"
        "}\n";
    Story *with_text = load_ok(choice);
    assert_int_equal(with_text->scenes[0].choices[0].ncontent, 1);
    assert_string_equal(with_text->scenes[0].choices[0].content[0].text, "a");
    unload_story(with_text);

    static const char story[] =
        "story { \"x\", id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(story, 1, "story: unexpected item 1");

    static const char ask[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"\" } }\n"
        "scene \"a\" { ask \"Name?\" { \"a\", into = \"name\", go = \"a\" } }\n";
    assert_load_error(ask, 2, "ask: unexpected item 1");

    /* A number question's bounds are whole numbers a double holds exactly. */
    static const char *const bounds[] = {"{ 0, 1/0 }", "{ 0/0, 1 }", "{ 1.5, 3 }", "{ -1e16, 0 }", "{ 3, 1 }"};
    for (size_t i = 0; i < sizeof bounds / sizeof *bounds; i++) {
        char number[512];
        snprintf(number, sizeof number,
                 "story { id = \"x\", title = \"X\", start = \"a\", vars = { n = 0 } }\n"
                 "scene \"a\" { ask \"N?\" { into = \"n\", number = %s, go = \"a\" } }\n",
                 bounds[i]);
        assert_load_error(number, 2, "ask: 'number' is { lowest, highest }, two whole numbers");
    }

    static const char ending[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" { title = \"B\", kind = \"growth\", \"One.\", \"Two.\" }\n";
    Story *s = load_ok(ending);
    assert_int_equal(s->scenes[1].nparas, 2);
    unload_story(s);
}

static void test_error_ids(void **state)
{
    (void)state;
    static const char empty[] =
        "story { id = \"\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(empty, 1, "story: id '' must be a word of a-z, 0-9 and '-'");

    static const char upper[] =
        "story { id = \"My Story\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(upper, 1, "story: id 'My Story' must be a word");

    /* Paths record choice ids one per step: no spaces, no line breaks. */
    static const char choice[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Go\" { go = \"a\", id = \"go there\" },\n"
        "}\n";
    assert_load_error(choice, 3, "choice 'Go': id 'go there' must be a word of a-z, 0-9 and '-'");

    static const char blank[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\", id = \"\" } }\n";
    assert_load_error(blank, 2, "choice 'Go': id '' must be a word");
}

static void test_error_unknown_fields(void **state)
{
    (void)state;
    static const char meter[] =
        "story { id = \"x\", title = \"X\", start = \"a\", meters = { patience = 50 } }\n"
        "\n"
        "scene \"a\" {\n"
        "  choice \"Wait\" { go = \"a\", pateince = 5 },\n"
        "}\n";
    assert_load_error(meter, 4, "choice 'Wait': unknown field 'pateince' (did you mean 'patience'?)");

    static const char when[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Wait\" {\n"
        "    go = \"a\",\n"
        "    wehn = function(s) return true end,\n"
        "  },\n"
        "}\n";
    assert_load_error(when, 3, "choice 'Wait': unknown field 'wehn' (did you mean 'when'?)");

    static const char story[] =
        "story { id = \"x\", tilte = \"X\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(story, 1, "story: unknown field 'tilte' (did you mean 'title'?)");

    static const char ending[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" { title = \"B\", kind = \"growth\", reflexion = \"R\" }\n";
    assert_load_error(ending, 3, "ending 'b': unknown field 'reflexion' (did you mean 'reflection'?)");

    static const char far[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\", colour = \"red\" } }\n";
    assert_load_error(far, 2, "choice 'Go': unknown field 'colour'");
    char err[ERR_MAX];
    assert_null(load_story(far, err, sizeof err));
    unload_story(NULL);
    assert_null(strstr(err, "did you mean"));
}

static void test_error_duplicate_ids(void **state)
{
    (void)state;
    static const char derived[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Wait.\" { go = \"a\" },\n"
        "  choice \"Go\" { go = \"a\" },\n"
        "  choice \"Wait!\" { go = \"a\" },\n"
        "}\n";
    assert_load_error(derived, 5, "scene 'a': two choices have the id 'wait' (line 3)");

    static const char given[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Stay\" { go = \"a\", id = \"go\" },\n"
        "  choice \"Go\" { go = \"a\" },\n"
        "}\n";
    assert_load_error(given, 4, "two choices have the id 'go' (line 3)");

    /* One id in two scenes is fine. */
    static const char two_scenes[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "scene \"b\" { choice \"Go\" { go = \"a\" } }\n";
    unload_story(load_ok(two_scenes));
}

static void test_error_choice_outside_scene(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n"
        "local lost = choice \"Lost\" { go = \"a\" }\n";
    assert_load_error(src, 3, "choice 'Lost' is not inside any scene");

    static const char ask[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"\" } }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n"
        "\n"
        "local q = ask \"Name?\" { into = \"name\", go = \"a\" }\n";
    assert_load_error(ask, 4, "ask 'Name?' is not inside any scene");
}

static void test_error_choice_without_table(void **state)
{
    (void)state;
    static const char in_scene[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  \"Text.\",\n"
        "  choice \"Go\" { go = \"a\" },\n"
        "  choice \"Forgotten\",\n"
        "}\n";
    assert_load_error(in_scene, 5, "choice 'Forgotten' is missing its { fields }");

    static const char at_top[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n"
        "choice \"Forgotten\"\n";
    assert_load_error(at_top, 3, "choice 'Forgotten' is missing its { fields }");

    static const char scene[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n"
        "scene \"b\"\n";
    assert_load_error(scene, 3, "scene 'b' is missing its { fields }");

    static const char not_table[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Go\" \"there\",\n"
        "}\n";
    assert_load_error(not_table, 3, "choice 'Go' needs a table of fields, not string");
}

static void test_error_story_placement(void **state)
{
    (void)state;
    static const char twice[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n"
        "story { id = \"y\", title = \"Y\", start = \"a\" }\n";
    assert_load_error(twice, 3, "story { ... } is declared twice (first on line 1)");

    static const char twice_early[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "\n"
        "story { id = \"y\", title = \"Y\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(twice_early, 3, "story { ... } is declared twice (first on line 1)");

    /* The first scene is where the mistake shows. */
    static const char late[] =
        "\n"
        "scene \"a\" { choice \"Go\" { go = \"a\" } }\n"
        "story { id = \"x\", title = \"X\", start = \"a\" }\n";
    assert_load_error(late, 2, "story { ... } must come before the scenes");

    static const char late_choice[] =
        "local c = choice \"Go\" { go = \"a\" }\n"
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { c }\n";
    assert_load_error(late_choice, 1, "story { ... } must come before the scenes");
}

static void test_error_unknown_placeholders(void **state)
{
    (void)state;
    static const char text[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"Sam\" } }\n"
        "scene \"a\" {\n"
        "  \"{Name} is here.\",\n"
        "  \"{name} said {nmae} twice.\",\n"
        "  choice \"Go\" { go = \"a\" },\n"
        "}\n";
    assert_load_error(text, 4, "scene 'a': unknown placeholder {nmae}");

    static const char label[] =
        "story { id = \"x\", title = \"X\", start = \"a\", meters = { trust = 1 } }\n"
        "scene \"a\" {\n"
        "  \"Trust is {trust}.\",\n"
        "  choice \"Tell {tehm} {trust}\" { go = \"a\" },\n"
        "}\n";
    assert_load_error(label, 4, "choice 'Tell {tehm} {trust}': unknown placeholder {tehm}");

    static const char note[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" {\n"
        "  choice \"Go\" {\n"
        "    go = \"a\",\n"
        "    note = \"{Their} {mood} matters.\",\n"
        "  },\n"
        "}\n";
    assert_load_error(note, 5, "unknown placeholder {mood}");

    static const char ending[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" {\n"
        "  title = \"B\", kind = \"growth\",\n"
        "  reflection = \"{They} {wre} right.\",\n"
        "}\n";
    assert_load_error(ending, 5, "ending 'b': unknown placeholder {wre}");

    static const char ask[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"\" } }\n"
        "scene \"a\" {\n"
        "  ask \"Who is {who}?\" { into = \"name\", go = \"a\" },\n"
        "}\n";
    assert_load_error(ask, 3, "unknown placeholder {who}");

    /* {{ is a brace; any other brace opens a placeholder or a condition. */
    static const char literal[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { \"{{unknown} and {{}\", choice \"Go\" { go = \"a\" } }\n";
    unload_story(load_ok(literal));
    static const char spaced[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { \"and { this }\", choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(spaced, 2, "scene 'a': unknown placeholder {this}");
}

static void test_error_ending_kind(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\", kinds = { \"growth\", \"apart\" } }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" {\n"
        "  title = \"B\", kind = \"grwoth\",\n"
        "}\n";
    assert_load_error(src, 3, "ending 'b': kind 'grwoth' is not one the story declares (did you mean 'growth'?); "
                              "declare it in story { kinds = ... }");

    static const char custom[] =
        "story { id = \"x\", title = \"X\", start = \"a\", kinds = { \"calm\" } }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" { title = \"B\", kind = \"growth\" }\n";
    assert_load_error(custom, 3, "kind 'growth' is not one the story declares");

    static const char missing[] =
        "story { id = \"x\", title = \"X\", start = \"a\", kinds = { \"calm\" } }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" { title = \"B\" }\n";
    assert_load_error(missing, 3, "ending 'b': missing field 'kind' (one of the story's kinds)");

    static const char hyphen[] =
        "story { id = \"x\", title = \"X\", start = \"a\", kinds = { \"the-end\" } }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n";
    assert_load_error(hyphen, 1, "story: kind 'the-end' is not a word: use letters, digits and _ (a '-' is not "
                                 "allowed: write 'the_end' for 'the-end')");

    /* Without declared kinds, any word does, and none at all. */
    static const char free_kinds[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" }, choice \"Stay\" { go = \"c\" } }\n"
        "ending \"b\" { title = \"B\", kind = \"tea\" }\n"
        "ending \"c\" { title = \"C\" }\n";
    Story *s = load_ok(free_kinds);
    assert_int_equal(s->nkinds, 1);
    assert_null(story_kind(s, story_scene(s, "c")));
    assert_string_equal(story_kind(s, story_scene(s, "b")), "tea");
    unload_story(s);
}

static void test_error_ask_into(void **state)
{
    (void)state;
    static const char number[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { count = 0 } }\n"
        "scene \"a\" {\n"
        "  \"Text.\",\n"
        "  ask \"How many?\" { into = \"count\", go = \"a\" },\n"
        "}\n";
    assert_load_error(number, 4, "ask: 'into' must name a string variable", "'count' is not one");

    static const char meter[] =
        "story { id = \"x\", title = \"X\", start = \"a\", meters = { trust = 5 } }\n"
        "scene \"a\" { ask \"Trust?\" { into = \"trust\", go = \"a\" } }\n";
    assert_load_error(meter, 2, "'trust' is not one");

    static const char undeclared[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { ask \"Name?\" { into = \"name\", go = \"a\" } }\n";
    assert_load_error(undeclared, 2, "'name' is not one");
}

static void test_error_scene_shapes(void **state)
{
    (void)state;
    static const char ending_choice[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { choice \"Go\" { go = \"b\" } }\n"
        "ending \"b\" {\n"
        "  title = \"B\", kind = \"growth\",\n"
        "  choice \"Again\" { go = \"a\" },\n"
        "}\n";
    assert_load_error(ending_choice, 5, "ending 'b' cannot have choices");

    static const char ask_and_choice[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"\" } }\n"
        "scene \"a\" {\n"
        "  ask \"Name?\" { into = \"name\", go = \"a\" },\n"
        "  choice \"Go\" { go = \"a\" },\n"
        "}\n";
    assert_load_error(ask_and_choice, 2, "scene 'a': a scene with an ask cannot also have choices");

    static const char used_twice[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "local c = choice \"Go\" { go = \"a\" }\n"
        "scene \"a\" { c }\n"
        "scene \"b\" { c }\n";
    assert_load_error(used_twice, 4, "scene 'b': a choice or ask is used twice");

    static const char item[] =
        "story { id = \"x\", title = \"X\", start = \"a\" }\n"
        "scene \"a\" { \"Text.\", 42, choice \"Go\" { go = \"a\" } }\n";
    assert_load_error(item, 2, "scene 'a': item 2 is number");
}

/* Checks made after the file has run are all reported, each at its line. */
static void test_error_many_at_once(void **state)
{
    (void)state;
    static const char src[] =
        "story { id = \"x\", title = \"X\", start = \"a\", vars = { name = \"Sam\" } }\n"
        "scene \"a\" {\n"
        "  choice \"North\" { go = \"nowhere\" },\n"
        "  choice \"South\" { go = \"b\" },\n"
        "  choice \"East {nmae}\" { go = \"elsewhere\" },\n"
        "}\n"
        "scene \"b\" {\n"
        "  \"Empty.\",\n"
        "}\n"
        "ending \"c\" { title = \"The {end}\", kind = \"apart\" }\n";
    char err[ERR_MAX];
    Story *s = load_story(src, err, sizeof err);
    unload_story(s);
    assert_null(s);
    assert_error_line(err, 3, "choice 'North' leads to unknown scene 'nowhere'");
    assert_error_line(err, 5, "unknown placeholder {nmae}");
    assert_error_line(err, 5, "choice 'East {nmae}' leads to unknown scene 'elsewhere'");
    assert_error_line(err, 7, "scene 'b' has no way out");
    assert_error_line(err, 10, "ending 'c': unknown placeholder {end}");
    assert_int_equal(count_lines(err), 5);
}

/* A load that fails leaves nothing behind, and the next load works. */
static void test_error_then_ok(void **state)
{
    (void)state;
    char err[ERR_MAX];
    for (int i = 0; i < 3; i++) {
        assert_null(load_story("story { id = \"x\" ", err, sizeof err));
        unload_story(NULL);
        assert_error_line(err, 1, "expected");
        Story *s = load_ok(MODEL);
        assert_int_equal(s->nscenes, 3);
        unload_story(s);
    }
}

int main(void)
{
    const struct CMUnitTest model[] = {
        cmocka_unit_test(test_model_story_fields),
        cmocka_unit_test(test_model_scenes),
        cmocka_unit_test(test_model_choices),
        cmocka_unit_test(test_model_ask),
        cmocka_unit_test(test_model_ending),
        cmocka_unit_test(test_model_meters_sorted),
        cmocka_unit_test(test_model_vars_typed),
        cmocka_unit_test(test_model_derived_ids),
        cmocka_unit_test(test_model_custom_kinds_and_no_meters),
        cmocka_unit_test(test_model_choices_from_functions),
    };
    const struct CMUnitTest errors[] = {
        cmocka_unit_test(test_error_syntax),
        cmocka_unit_test(test_error_lua_runtime),
        cmocka_unit_test(test_error_missing_start),
        cmocka_unit_test(test_error_unknown_start),
        cmocka_unit_test(test_error_no_story),
        cmocka_unit_test(test_error_unknown_target),
        cmocka_unit_test(test_error_unknown_target_far),
        cmocka_unit_test(test_error_ask_unknown_target),
        cmocka_unit_test(test_error_duplicate_scene),
        cmocka_unit_test(test_error_no_way_out),
        cmocka_unit_test(test_error_field_types),
        cmocka_unit_test(test_error_meter_named_pronoun),
        cmocka_unit_test(test_error_meter_named_like_a_field),
        cmocka_unit_test(test_error_items_where_fields_belong),
        cmocka_unit_test(test_error_ids),
        cmocka_unit_test(test_error_unknown_fields),
        cmocka_unit_test(test_error_duplicate_ids),
        cmocka_unit_test(test_error_choice_outside_scene),
        cmocka_unit_test(test_error_choice_without_table),
        cmocka_unit_test(test_error_story_placement),
        cmocka_unit_test(test_error_unknown_placeholders),
        cmocka_unit_test(test_error_ending_kind),
        cmocka_unit_test(test_error_ask_into),
        cmocka_unit_test(test_error_scene_shapes),
        cmocka_unit_test(test_error_many_at_once),
        cmocka_unit_test(test_error_then_ok),
    };
    int failed = 0;
    failed += cmocka_run_group_tests_name("story model", model, NULL, NULL);
    failed += cmocka_run_group_tests_name("load errors", errors, NULL, NULL);
    return failed ? 1 : 0;
}
