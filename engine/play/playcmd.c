/* playcmd.c - the commands a player can type at a choice prompt, one table:
 * help, quit, save, restore (load), saves, undo, restart, stats, recap,
 * endings, transcript and again. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "play/playstate.h"
#include "base/buf.h"
#include "core/script.h"
#include "play/save.h"

typedef struct {
    const char *name;
    const char *arg;   /* how its argument is written in help, or NULL: it takes none */
    /* Runs the command; false when the argument does not fit it (then the
     * input is taken as the start of a choice's text instead). */
    bool (*fn)(Play *p, const char *arg);
    const char *help;
} Command;


static bool cmd_help(Play *p, const char *arg);

/* Appends to a text being built for play_text. */
static void add(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void add(char *buf, size_t size, const char *fmt, ...)
{
    size_t n = strlen(buf);
    if (n >= size) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + n, size - n, fmt, ap);
    va_end(ap);
}

static bool cmd_quit(Play *p, const char *arg)
{
    (void)arg;
    p->quit = true;
    return true;
}

static bool cmd_menu(Play *p, const char *arg)
{
    (void)arg;
    p->quit = p->menu = true;
    return true;
}

static const char NAME_HINT[] =
    "A save's name is one word of letters, digits, - and _ (up to 32), like save before-the-letter.";

static bool cmd_save(Play *p, const char *arg)
{
    char err[1024], msg[1200];
    const char *name = arg ? arg : SAVE_DEFAULT;
    if (strcmp(name, SAVE_AUTOSAVE) == 0) {
        p->command_hint = "autosave is the save made after every answer: give yours another name.";
        return false;
    }
    if (!save_name_ok(name)) {
        p->command_hint = NAME_HINT;
        return false;
    }
    if (play_save(p, name, err, sizeof err)) snprintf(msg, sizeof msg, "Saved as '%s'.", name);
    else snprintf(msg, sizeof msg, "Could not save: %s", err);
    play_hint(p, msg);
    return true;
}

static bool cmd_restore(Play *p, const char *arg)
{
    char err[1024], msg[1400];
    const char *name = arg ? arg : SAVE_DEFAULT;
    Save s;
    if (!save_name_ok(name)) {
        p->command_hint = NAME_HINT;
        return false;
    }
    if (!save_read(p->story->id, name, &s, err, sizeof err)) {
        snprintf(msg, sizeof msg, "Could not restore: %s", err);
        play_hint(p, msg);
        return true;
    }
    snprintf(msg, sizeof msg, "Restored '%s'.%s", name,
             s.hash == p->hash ? "" : " The story has changed since it was saved: it was replayed as far as it still fits.");
    play_rebuild(p, s.seed, s.path, msg);
    save_free(&s);
    return true;
}

static bool cmd_saves(Play *p, const char *arg)
{
    char text[4096] = "", err[1024];
    (void)arg;
    errno = 0;
    char **names = save_names(p->story->id);
    if (names == NULL) {
        play_hint(p, errno == ENOMEM ? "Could not list the saves: out of memory."
                                     : "No saves yet: type save, or save NAME.");
        return true;
    }
    add(text, sizeof text, "Saves of %s:\n", p->story->title);
    for (char **n = names; *n; n++) {
        Save s;
        if (!save_read(p->story->id, *n, &s, err, sizeof err)) {
            add(text, sizeof text, "  %-12s (unreadable: %s)\n", *n, err);
            continue;
        }
        char when[64] = "";
        time_t t = (time_t)s.time;
        struct tm tm;
        if (localtime_r(&t, &tm)) strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
        char where[400];
        save_describe(&s, where, sizeof where);
        add(text, sizeof text, "  %-12s %s, %s\n", *n, where, when);
        save_free(&s);
    }
    save_free_names(names);
    play_text(p, text);
    return true;
}

static bool cmd_undo(Play *p, const char *arg)
{
    (void)arg;
    Run *r = &p->run;
    int keep = r->npath - 1;
    if (keep >= 0 && r->path[keep].kind == STEP_PRONOUN) keep--; /* back to the question itself */
    if (keep < 0) {
        play_hint(p, "Nothing to undo.");
        return true;
    }
    /* The path of the first `keep` steps: cut the text at the keep-th comma. */
    char *path = run_path_text(r);
    if (path == NULL) return true;
    int commas = 0;
    char *cut = path;
    for (; *cut && commas < keep; cut++) {
        if (*cut == '\\' && cut[1]) cut++;
        else if (*cut == ',') commas++;
    }
    if (commas == keep && keep > 0) cut[-1] = '\0';
    else if (keep == 0) path[0] = '\0';
    play_rebuild(p, r->seed, path[0] ? path : NULL, "Undone.");
    free(path);
    return true;
}

static bool cmd_restart(Play *p, const char *arg)
{
    (void)arg;
    if (p->run.npath > 0 && play_confirm(p, "Start again from the beginning? [y/N] ", false) != 1) {
        play_hint(p, "Not restarted.");
        return true;
    }
    play_rebuild(p, p->run.seed, NULL, "From the beginning.");
    return true;
}

/* A meter as the outcome shows it, on one line. */
static void add_meter(const RenderOpts *o, char *text, size_t size, const char *name, double value)
{
    char bar[128];
    if (o->plain) {
        add(text, size, "%s: %.0f of 100\n", name, value);
        return;
    }
    render_bar(bar, sizeof bar, value, 20, true);
    add(text, size, "%-10s %s %3.0f of 100\n", name, bar, value);
}

/* Drawn through play_show, so the transcript gets the plain form. */
static void draw_stats(const RenderOpts *o, const void *view)
{
    const Play *p = view;
    char text[2048] = "";
    for (int i = 0; i < p->story->nmeters; i++)
        add_meter(o, text, sizeof text, p->story->meters[i].name, p->run.meters[i]);
    render_text(o, text);
}

static bool cmd_stats(Play *p, const char *arg)
{
    (void)arg;
    if (p->story->nmeters == 0) play_hint(p, "This story keeps no meters.");
    else play_show(p, draw_stats, p);
    return true;
}

typedef struct {
    const NoteView *notes;
    int n;
} Notes;

static void draw_recap(const RenderOpts *o, const void *view)
{
    const Notes *r = view;
    render_text(o, "What your choices have touched so far:");
    for (int i = 0; i < r->n; i++) { /* each hangs from its bullet */
        render_hanging(o, o->plain ? "-" : "\u00B7", r->notes[i].choice ? r->notes[i].choice : "", 2);
        render_hanging(o, NULL, r->notes[i].note ? r->notes[i].note : "", 4);
    }
}

static bool cmd_recap(Play *p, const char *arg)
{
    char err[1024];
    Notes r;
    (void)arg;
    r.n = run_notes(&p->run, &r.notes, err, sizeof err);
    if (r.n <= 0) play_hint(p, r.n == 0 ? "No notes earned yet." : err);
    else play_show(p, draw_recap, &r);
    return true;
}

static bool cmd_endings(Play *p, const char *arg)
{
    char text[4096] = "";
    const Story *s = p->story;
    int nmax = s->nscenes > s->nachievements ? s->nscenes : s->nachievements;
    const char **ids = calloc((size_t)nmax + 1, sizeof *ids);
    const Scene **endings = calloc((size_t)nmax + 1, sizeof *endings);
    bool *found = calloc((size_t)nmax + 1, sizeof *found);
    int n = 0;
    (void)arg;
    if (ids && endings && found) {
        for (int i = 0; i < s->nscenes; i++)
            if (s->scenes[i].is_ending) {
                endings[n] = &s->scenes[i];
                ids[n++] = s->scenes[i].name;
            }
        int known = save_known(s->id, SAVE_ENDINGS, ids, n, found);
        add(text, sizeof text, "Endings found: %d of %d.\n", known, n);
        for (int i = 0; i < n; i++) /* the ones not found by the writer's hint, as achievements are */
            if (found[i]) add(text, sizeof text, "  %s\n", endings[i]->title);
            else if (endings[i]->hint) add(text, sizeof text, "  (not yet) %s\n", endings[i]->hint);
            else add(text, sizeof text, "  (not yet found)\n");
        if (s->nachievements) {
            for (int i = 0; i < s->nachievements; i++) ids[i] = s->achievements[i].id;
            known = save_known(s->id, SAVE_ACHIEVEMENTS, ids, s->nachievements, found);
            add(text, sizeof text, "Achievements: %d of %d.\n", known, s->nachievements);
            for (int i = 0; i < s->nachievements; i++) {
                const Achievement *a = &s->achievements[i];
                if (found[i]) add(text, sizeof text, "  %s\n", a->title);
                else if (a->hint) add(text, sizeof text, "  (not yet) %s\n", a->hint);
                else add(text, sizeof text, "  (not yet earned)\n");
            }
        }
        play_text(p, text);
    }
    free(ids);
    free(endings);
    free(found);
    return true;
}

static bool cmd_transcript(Play *p, const char *arg)
{
    char msg[1200];
    if (arg == NULL) {
        play_hint(p, p->transcript ? "The transcript is on: transcript off stops it."
                                   : "The transcript is off: transcript on [FILE] starts it.");
        return true;
    }
    if (strcasecmp(arg, "off") == 0) {
        transcript_set(p, NULL, NULL);
        play_hint(p, "Transcript off.");
        return true;
    }
    const char *file = NULL;
    if (strcasecmp(arg, "on") == 0) file = "rekindle-transcript.txt";
    else if (strncasecmp(arg, "on ", 3) == 0) file = arg + 3;
    if (file == NULL) return false;
    FILE *f = fopen(file, "a");
    if (f == NULL) {
        snprintf(msg, sizeof msg, "Could not open %s for the transcript.", file);
        play_hint(p, msg);
        return true;
    }
    transcript_set(p, f, file);
    snprintf(msg, sizeof msg, "Transcript on: writing to %s.", file);
    play_hint(p, msg); /* not in it: a replay would not say it */
    /* It starts with the scene, drawn again, so that it replays from there;
     * at an ending, with the next play's first scene. */
    if (p->run.phase != PHASE_ENDED) play_scene(p);
    return true;
}

static bool cmd_again(Play *p, const char *arg)
{
    (void)arg;
    play_scene(p);
    return true;
}

static const Command COMMANDS[] = {
    {"help", NULL, cmd_help, "show this help"},
    {"again", NULL, cmd_again, "show the scene again"},
    {"stats", NULL, cmd_stats, "the meters now"},
    {"recap", NULL, cmd_recap, "the notes your choices have earned so far"},
    {"endings", NULL, cmd_endings, "the endings and achievements of this story you have found"},
    {"undo", NULL, cmd_undo, "take back the last answer (again and again)"},
    {"save", "[NAME]", cmd_save, "save the play (as NAME)"},
    {"restore", "[NAME]", cmd_restore, "go back to a save (load does the same)"},
    {"load", "[NAME]", cmd_restore, NULL},
    {"saves", NULL, cmd_saves, "list the saves of this story"},
    {"restart", NULL, cmd_restart, "start the story again"},
    {"transcript", "on [FILE]|off", cmd_transcript, "record the play, to replay with rekindle test"},
    {"menu", NULL, cmd_menu, "back to the list of stories (the play is kept)"},
    {"quit", NULL, cmd_quit, "stop playing (the play is kept: it can be continued)"},
    {"q", NULL, cmd_quit, NULL},
    {"exit", NULL, cmd_quit, NULL},
    {NULL, NULL, NULL, NULL},
};

/* Drawn through play_show: each command with its help hanging beside it. */
static void draw_help(const RenderOpts *o, const void *view)
{
    (void)view;
    render_text(o, "Type the number of a choice, or the first words of it (Tab completes). Commands:");
    for (const Command *c = COMMANDS; c->name; c++) {
        if (c->help == NULL) continue;
        char head[64];
        snprintf(head, sizeof head, "  %s%s%s", c->name, c->arg ? " " : "", c->arg ? c->arg : "");
        render_hanging(o, head, c->help, 24);
    }
    render_text(o, "At a question, the commands work too; to answer with one of their words, put it in "
                   "quotes (\"Help\"). If the window changes size, again shows the scene anew at the new width.");
}

static bool cmd_help(Play *p, const char *arg)
{
    (void)arg;
    play_show(p, draw_help, NULL);
    return true;
}

/* ------------------------------------------------------ the developer's */

static void dev_vars(Play *p)
{
    const Story *s = p->story;
    Buf b = {0};
    for (int i = 0; i < s->nvars; i++) {
        const Value *v = &p->run.vars[i];
        buf_printf(&b, "%s = ", s->vars[i].name);
        if (v->type == VAL_STRING) buf_printf(&b, "\"%s\"\n", v->string);
        else if (v->type == VAL_NUMBER) buf_printf(&b, "%g\n", v->number);
        else if (v->type == VAL_BOOLEAN) buf_printf(&b, "%s\n", v->boolean ? "true" : "false");
        else {
            buf_puts(&b, "{");
            for (int k = 0; k < v->nwords; k++) buf_printf(&b, "%s\"%s\"", k ? ", " : " ", v->words[k]);
            buf_puts(&b, v->nwords ? " }\n" : "}\n");
        }
    }
    for (int i = 0; i < s->nmeters; i++) buf_printf(&b, "%s = %g (a meter)\n", s->meters[i].name, p->run.meters[i]);
    if (b.len == 0) buf_puts(&b, "The story keeps no variables or meters.");
    char *text = buf_take(&b);
    if (text) play_text(p, text);
    free(text);
}

/* The choices of this scene that are not shown, and why. */
static void dev_hidden(Play *p)
{
    const Run *r = &p->run;
    const Scene *sc = &p->story->scenes[r->scene];
    Buf b = {0};
    for (int k = 0; k < sc->nchoices; k++) {
        const Choice *c = &sc->choices[k];
        bool shown = false;
        for (int i = 0; i < r->nshown; i++) shown = shown || r->shown[i] == c;
        if (shown) continue;
        const char *why = c->once && r->chosen[c->index] ? "once only, and taken"
                          : c->fallback                   ? "a fallback: other choices are open"
                                                          : "its when is false";
        buf_printf(&b, "%s (%s:%d): %s\n", c->label, story_path(p->story, c->file), c->line, why);
    }
    if (b.len == 0) buf_puts(&b, "Every choice of this scene is shown.");
    char *text = buf_take(&b);
    if (text) play_text(p, text);
    free(text);
}

static const char DEV_HELP[] =
    "The developer's commands (--dev):\n"
    "  :goto SCENE        jump to a scene\n"
    "  :vars              the variables and meters now\n"
    "  :set NAME VALUE    set a variable or meter (true, false, a number or text)\n"
    "  :eval CODE         run story code, with the state as s, and show what it returns\n"
    "  :hidden            the choices of this scene that are not shown, and why\n"
    "  :path              the seed and the answers so far, and how to replay them\n"
    "A jump and a set are kept in the path: undo, saves and --watch replay them.";

/* ":word arg": true when it was one of the developer's commands. */
static bool dev_command(Play *p, const char *input)
{
    char err[2048], msg[2400];
    size_t word = strcspn(input, " \t");
    const char *arg = input + word;
    while (*arg == ' ' || *arg == '\t') arg++;
#define IS(w) (word == strlen(w) && strncmp(input, w, word) == 0)
    if (IS(":vars")) dev_vars(p);
    else if (IS(":hidden")) dev_hidden(p);
    else if (IS(":help")) play_text(p, DEV_HELP);
    else if (IS(":path")) {
        char *path = run_path_text(&p->run);
        snprintf(msg, sizeof msg, "Seed %llu; answers: %s\nrekindle --seed %llu --replay '%s' %s",
                 (unsigned long long)p->run.seed, path && path[0] ? path : "(none yet)",
                 (unsigned long long)p->run.seed, path ? path : "", p->opt->path);
        play_text(p, msg);
        free(path);
    } else if (IS(":goto") && *arg) {
        if (!run_jump(&p->run, arg, err, sizeof err)) {
            play_hint(p, err);
        } else { /* rebuilt from the path, the jump in it, and drawn afresh */
            char *path = run_path_text(&p->run);
            play_rebuild(p, p->run.seed, path, NULL);
            free(path);
        }
    } else if (IS(":set") && *arg) {
        char name[256];
        size_t n = strcspn(arg, " \t");
        const char *value = arg + n;
        while (*value == ' ' || *value == '\t') value++;
        snprintf(name, sizeof name, "%.*s", (int)(n < sizeof name ? n : sizeof name - 1), arg);
        if (!*value) play_hint(p, "Type :set NAME VALUE.");
        else if (!run_set(&p->run, name, value, err, sizeof err)) play_hint(p, err);
        else play_hint(p, "Set. Text already on the screen stays as it was; what comes next sees it.");
    } else if (IS(":eval") && *arg) {
        char *out = NULL;
        if (!script_eval(&p->run.script, arg, &out, err, sizeof err)) play_hint(p, err);
        else play_text(p, out && out[0] ? out : "(nothing)");
        free(out);
    } else {
        play_hint(p, "Not a developer's command: :help lists them.");
    }
#undef IS
    return true;
}

bool play_command(Play *p, const char *input)
{
    p->command_hint = NULL;
    if (p->opt->dev && input[0] == ':') return dev_command(p, input);
    size_t word = strcspn(input, " \t");
    const char *arg = input + word;
    while (*arg == ' ' || *arg == '\t') arg++;
    for (const Command *c = COMMANDS; c->name; c++) {
        if (strlen(c->name) != word || strncasecmp(c->name, input, word) != 0) continue;
        if (*arg && c->arg == NULL) return false; /* more words: the start of a choice */
        return c->fn(p, *arg ? arg : NULL);
    }
    return false;
}

const char *const *play_command_words(void)
{
    static const char *words[sizeof COMMANDS / sizeof COMMANDS[0]];
    if (words[0] == NULL)
        for (size_t i = 0; COMMANDS[i].name; i++) words[i] = COMMANDS[i].name;
    return words;
}
