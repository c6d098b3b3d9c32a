/* play.c - the play loop: draws the current scene, reads an answer, passes
 * it to the runtime. Commands ("help", "quit") are a table; anything else at
 * a choice prompt picks a choice by number or by the start of its text. */
#include "play.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "disk.h"
#include "render.h"
#include "runtime.h"
#include "script.h"
#include "term.h"

#define AUTO_WIDTH_MAX 100 /* lines longer than this are hard to read */

typedef struct {
    const PlayOptions *opt;
    Story *story;
    Run run;
    RenderOpts ro;
    bool quit;
} Play;

/* ------------------------------------------------------------- messages */

/* Story errors may quote story values: sanitize before printing. */
void play_report(const char *msg, const char *label)
{
    char *safe = render_sanitize(msg, strlen(msg));
    const char *text = safe ? safe : "error (unprintable message)";
    for (const char *line = text; *line;) {
        const char *nl = strchr(line, '\n');
        int n = nl ? (int)(nl - line) : (int)strlen(line);
        /* "FILE:LINE: rest": the label goes after the second colon. */
        const char *c1 = memchr(line, ':', (size_t)n);
        const char *c2 = c1 ? memchr(c1 + 1, ':', (size_t)(n - (c1 + 1 - line))) : NULL;
        bool located = c2 && c2 > c1 + 1 && strspn(c1 + 1, "0123456789") == (size_t)(c2 - c1 - 1);
        if (label && located)
            fprintf(stderr, "%.*s: %s:%.*s\n", (int)(c2 - line), line, label, n - (int)(c2 + 1 - line), c2 + 1);
        else
            fprintf(stderr, "%.*s\n", n, line);
        line += n + (nl != NULL);
    }
    free(safe);
}

static void print_error(const char *msg)
{
    play_report(msg, NULL);
}

static void update_width(Play *p)
{
    int w = p->opt->width;
    if (w <= 0) {
        w = term_columns();
        if (w <= 0) w = 80;
        else if (w > AUTO_WIDTH_MAX) w = AUTO_WIDTH_MAX;
    }
    p->ro.width = w < 20 ? 20 : w;
}

/* --------------------------------------------------------------- loading */

Story *play_load(const char *path, const SandboxLimits *limits, char *err, size_t errlen, char **text_out,
                 size_t *len_out)
{
    size_t len = 0;
    char *text = disk_read(path, DISK_STORY_MAX, &len, err, errlen);
    if (text == NULL) return NULL;
    Story *s = NULL;
    if (sandbox_open(limits, path, err, errlen) && script_install(err, errlen))
        s = story_load(path, text, len, err, errlen);
    if (s == NULL) sandbox_close();
    if (s && text_out) {
        *text_out = text;
        *len_out = len;
    } else {
        free(text);
    }
    return s;
}

void play_unload(Story *s)
{
    sandbox_close(); /* first: story code may still run while the state closes */
    story_free(s);
}

/* -------------------------------------------------------------- commands */

typedef struct {
    const char *name;
    void (*fn)(Play *p);
    const char *help;
} Command;

static void cmd_help(Play *p);

static void cmd_quit(Play *p)
{
    p->quit = true;
}

static const Command COMMANDS[] = {
    {"help", cmd_help, "show this help"},
    {"quit", cmd_quit, "stop playing"},
    {NULL, NULL, NULL},
};

static void cmd_help(Play *p)
{
    char buf[2048];
    size_t n = (size_t)snprintf(buf, sizeof buf,
        "Type the number of a choice, or the first words of it (Tab completes). "
        "Commands:\n");
    for (const Command *c = COMMANDS; c->name && n < sizeof buf; c++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "  %-6s %s\n", c->name, c->help);
    if (n < sizeof buf)
        snprintf(buf + n, sizeof buf - n, "This play's seed is %llu: rekindle --seed %llu %s replays it.",
                 (unsigned long long)p->run.seed, (unsigned long long)p->run.seed, p->opt->path);
    render_text(&p->ro, buf);
}

static const Command *find_command(const char *word)
{
    for (const Command *c = COMMANDS; c->name; c++)
        if (strcasecmp(c->name, word) == 0) return c;
    return NULL;
}

/* ------------------------------------------------------------ answering */

/* Trims spaces in place. */
static char *trim(char *s)
{
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
    return s;
}

/* Picks a choice by number or by the start of its text; only choices that
 * can be taken count. Returns its number less one (the runtime's index), or
 * -1 after showing a hint. */
static int pick(Play *p, const char *input, const ChoiceView *choices, int n)
{
    char hint[512];
    int open = 0;
    for (int i = 0; i < n; i++) open += choices[i].available;
    char *end;
    long k = strtol(input, &end, 10);
    if (end != input && *end == '\0') {
        if (k >= 1 && k <= open) return (int)k - 1;
        if (open == 1) snprintf(hint, sizeof hint, "There is one choice: type 1.");
        else snprintf(hint, sizeof hint, "There are %d choices: type a number from 1 to %d.", open, open);
        render_hint(&p->ro, hint);
        return -1;
    }
    int found = -1, matches = 0, number = 0;
    const ChoiceView *closed = NULL;
    size_t len = strlen(input);
    for (int i = 0; i < n; i++) {
        bool fits = strncasecmp(choices[i].label, input, len) == 0;
        if (choices[i].available) {
            if (fits) {
                found = number;
                matches++;
            }
            number++;
        } else if (fits) {
            closed = &choices[i];
        }
    }
    if (matches == 1) return found;
    if (matches > 1) {
        render_hint(&p->ro, "That fits more than one choice: type more of it, or its number.");
    } else if (closed) {
        snprintf(hint, sizeof hint, "You can't choose that now%s%s%s.", closed->reason ? " (" : "",
                 closed->reason ? closed->reason : "", closed->reason ? ")" : "");
        render_hint(&p->ro, hint);
    } else {
        snprintf(hint, sizeof hint, "No choice starts like that. Type a number from 1 to %d, or help.", open);
        render_hint(&p->ro, hint);
    }
    return -1;
}

/* Completion words: the commands, then the choices' labels. */
static const char **completions(const ChoiceView *choices, int n)
{
    int ncmd = (int)(sizeof COMMANDS / sizeof COMMANDS[0]) - 1;
    const char **words = calloc((size_t)(ncmd + n + 1), sizeof *words);
    if (words == NULL) return NULL;
    for (int i = 0; i < ncmd; i++) words[i] = COMMANDS[i].name;
    for (int i = 0, w = ncmd; i < n; i++)
        if (choices[i].available) words[w++] = choices[i].label;
    return words;
}

typedef enum { READ_OK, READ_EOF, READ_QUIT } ReadResult;

/* Reads a choice (or runs commands) until one is picked. */
static ReadResult read_choice(Play *p, const SceneView *v, int *chosen)
{
    const char **words = completions(v->choices, v->nchoices);
    ReadResult result = READ_EOF;
    while (!p->quit) {
        char *line = term_read("> ", words, true);
        if (line == NULL) break;
        char *in = trim(line);
        const Command *cmd = find_command(in);
        if (cmd) {
            cmd->fn(p);
        } else if (in[0] == '\0') {
            render_hint(&p->ro, "Type the number of a choice, or help.");
        } else if ((*chosen = pick(p, in, v->choices, v->nchoices)) >= 0) {
            result = READ_OK;
            free(line);
            break;
        }
        free(line);
    }
    free(words);
    return p->quit ? READ_QUIT : result;
}

/* ---------------------------------------------------------------- phases */

static void show_scene(Play *p, SceneView *v)
{
    update_width(p);
    run_scene_view(&p->run, v);
    render_scene(&p->ro, v);
}

/* Returns false when input ended or the player quit. */
static bool step(Play *p, char *err, size_t errlen)
{
    Run *r = &p->run;
    SceneView v;
    int k;
    switch (r->phase) {
    case PHASE_CHOICE:
        show_scene(p, &v);
        if (read_choice(p, &v, &k) != READ_OK) return false;
        run_choose(r, k, err, errlen);
        return true;
    case PHASE_ASK: {
        show_scene(p, &v);
        for (;;) {
            render_text(&p->ro, r->prompt); /* again after a hint */
            char *line = term_read("> ", NULL, false);
            if (line == NULL) return false;
            AnswerResult a = run_answer(r, line, err, errlen);
            free(line);
            if (a != ANSWER_TOO_LONG) return true;
            char hint[96];
            snprintf(hint, sizeof hint, "Please keep it to %d characters.", STORY_NAME_MAX);
            render_hint(&p->ro, hint);
        }
    }
    case PHASE_PRONOUN: {
        run_scene_view(r, &v);
        v.story_title = NULL; /* a question between scenes: no header */
        v.nmeters = 0;
        update_width(p);
        render_scene(&p->ro, &v);
        if (read_choice(p, &v, &k) != READ_OK) return false;
        run_pick_pronoun(r, (Pronoun)k, err, errlen);
        return true;
    }
    case PHASE_ENDED:
    case PHASE_FAILED: break;
    }
    return true;
}

static uint64_t fresh_seed(void)
{
    uint64_t seed = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        if (fread(&seed, sizeof seed, 1, f) != 1) seed = 0;
        fclose(f);
    }
    return (seed % 1000000000ULL) + 1; /* short enough to type back */
}

/* Replays --replay's path silently; a step that no longer fits stops the
 * replay with a message, and play goes on from there. False on a story error. */
static bool replay(Play *p, char *err, size_t errlen)
{
    Step *steps;
    int n;
    if (p->opt->replay == NULL) return true;
    if (!path_parse(p->opt->replay, &steps, &n)) {
        fprintf(stderr, "rekindle: --replay: not a path of choices: '%s'\n", p->opt->replay);
        return true;
    }
    for (int i = 0; i < n && p->run.phase != PHASE_ENDED; i++) {
        if (!run_replay_step(&p->run, &steps[i], err, errlen)) {
            if (p->run.phase == PHASE_FAILED) break;
            char msg[1024];
            snprintf(msg, sizeof msg, "%.300s: replay stopped at step %d of %d: %.600s", p->opt->path, i + 1, n, err);
            print_error(msg);
            break;
        }
    }
    path_free(steps, n);
    return p->run.phase != PHASE_FAILED;
}

/* One playthrough from a fresh load. Returns an exit status. */
static int play_once(Play *p, uint64_t seed)
{
    char err[8192];
    p->story = play_load(p->opt->path, &p->opt->limits, err, sizeof err, NULL, NULL);
    if (p->story == NULL) {
        print_error(err);
        return EXIT_STORY_ERROR;
    }
    int status = EXIT_DONE;
    if (run_start(&p->run, p->story, seed, err, sizeof err) && replay(p, err, sizeof err)) {
        while (!p->quit && p->run.phase != PHASE_ENDED && p->run.phase != PHASE_FAILED) {
            if (!step(p, err, sizeof err) && !p->quit) {
                if (!term_input_is_tty()) {
                    fprintf(stderr, "%s: input ended at scene '%s' before an ending\n", p->opt->path,
                            p->story->scenes[p->run.scene].name);
                    status = EXIT_INPUT_ENDED;
                } else {
                    fputc('\n', stdout); /* Ctrl-D: leave the prompt line tidy */
                }
                p->quit = true;
            }
        }
    }
    if (p->run.phase == PHASE_FAILED) {
        print_error(err);
        status = EXIT_STORY_ERROR;
    } else if (p->run.phase == PHASE_ENDED) {
        OutcomeView ov;
        update_width(p);
        run_outcome_view(&p->run, &ov);
        render_outcome(&p->ro, &ov);
    }
    sandbox_close(); /* before the run: story code sees the run's state */
    run_free(&p->run);
    story_free(p->story);
    p->story = NULL;
    fflush(stdout);
    return status;
}

int play(const PlayOptions *o)
{
    Play p;
    memset(&p, 0, sizeof p);
    p.opt = o;
    p.ro.out = stdout;
    p.ro.color = o->color;
    term_init(o->color);
    uint64_t seed = o->seed_given ? o->seed : fresh_seed();
    for (;;) {
        bool ended;
        int status = play_once(&p, seed);
        ended = status == EXIT_DONE && !p.quit;
        if (!ended || !term_input_is_tty()) return status;
        char *again = term_read("Play again? [y/N] ", NULL, false);
        bool yes = again && (again[0] == 'y' || again[0] == 'Y');
        free(again);
        if (!yes) return EXIT_DONE;
        seed = o->seed_given ? o->seed : fresh_seed();
    }
}
