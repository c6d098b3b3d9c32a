/* play.c - the play loop: draws the current scene, reads an answer, passes
 * it to the runtime, autosaves. Commands live in playcmd.c; anything else
 * at a choice prompt picks a choice by number or by the start of its text.
 *
 * Every start, undo and restore loads the story afresh and replays the path
 * of answers from its seed, so nothing a story kept in its own locals
 * survives, and a save is only a seed and a path. */
#include "play/playstate.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/buf.h"
#include "base/disk.h"
#include "base/text.h"
#include "core/load.h"
#include "core/script.h"
#include "core/transcript.h"
#include "play/save.h"
#include "play/term.h"


/* ------------------------------------------------------------- messages */

static void update_width(Play *p)
{
    p->ro.width = render_width(p->opt->width, term_columns());
}

/* ---------------------------------------------------------------- output */

static void draw_scene(const RenderOpts *o, const void *v) { render_scene(o, v); }
static void draw_outcome(const RenderOpts *o, const void *v) { render_outcome(o, v); }
static void draw_text(const RenderOpts *o, const void *v) { render_text(o, v); }
static void draw_hint(const RenderOpts *o, const void *v) { render_hint(o, v); }

/* The lines of a drawn text (each with its newline). */
typedef struct {
    const char **at;
    size_t *len;
    int n;
} Lines;

static bool is_line(const Lines *ls, int i, const char *marker)
{
    return ls->len[i] == strlen(marker) && memcmp(ls->at[i], marker, ls->len[i]) == 0;
}

/* Whether anything but empty lines and markers is left from line i on. */
static bool more_to_read(const Lines *ls, int i)
{
    for (; i < ls->n; i++)
        if (ls->len[i] > 1 && !is_line(ls, i, RENDER_PAGE_BREAK) && !is_line(ls, i, RENDER_KEEP)) return true;
    return false;
}

/* Lines from i to the end of the block that starts there (the next empty line). */
static int block_height(const Lines *ls, int i)
{
    int h = 0;
    while (i + h < ls->n && ls->len[i + h] > 1) h++;
    return h;
}

/* Waits at a pause: Space or Enter read on; q shows the rest of the passage
 * without stopping; any other key (a choice's number) is kept for the
 * answer, and the rest shows. The marker is erased once passed. Returns 0
 * to go on pausing, 1 to stop pausing, -1 at the end of input. */
static int pause_here(Play *p, const char *marker)
{
    fputs(marker, stdout);
    int c = term_read_key();
    if (p->ro.plain) fputc('\n', stdout);
    else fputs("\r\033[K", stdout);
    if (c == EOF || c == 4) return -1; /* Ctrl-D */
    if (c == ' ' || c == '\n' || c == '\r') return 0;
    if (c != 'q' && c != 'Q') term_keep_key(c);
    return 1;
}

/* Writes what was drawn, pausing with "more" when a passage is taller than
 * the terminal, and at the story's page breaks: never when input or output
 * is not a terminal (scripts do not page), never for empty lines at the
 * end, and never inside a block drawn to be kept together (the choices,
 * the meters) when the block fits a screen. */
static void page(Play *p, const char *text, size_t len)
{
    int rows = term_rows(), shown = 0;
    bool pager = rows >= 4 && term_input_is_tty() && term_output_is_tty();
    Lines ls = {0};
    for (const char *s = text, *end = text + len; s < end; ls.n++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        s = nl ? nl + 1 : end;
    }
    ls.at = malloc(sizeof *ls.at * ((size_t)ls.n + 1));
    ls.len = malloc(sizeof *ls.len * ((size_t)ls.n + 1));
    if (!ls.at || !ls.len) { /* out of memory: all of it unpaged, without the pager's marker lines */
        for (const char *s = text, *end = text + len; s < end;) {
            const char *nl = memchr(s, '\n', (size_t)(end - s));
            size_t n = nl ? (size_t)(nl - s) + 1 : (size_t)(end - s);
            bool marker = (n == 2 && (memcmp(s, RENDER_PAGE_BREAK, 2) == 0 || memcmp(s, RENDER_KEEP, 2) == 0));
            if (!marker) fwrite(s, 1, n, stdout);
            s += n;
        }
        goto done;
    }
    int k = 0;
    for (const char *s = text, *end = text + len; s < end; k++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        ls.at[k] = s;
        ls.len[k] = nl ? (size_t)(nl - s) + 1 : (size_t)(end - s);
        s += ls.len[k];
    }
    const char *more = p->ro.plain ? "-- more: press Enter --" : "  -- more --";
    for (int i = 0; i < ls.n; i++) {
        bool story_break = is_line(&ls, i, RENDER_PAGE_BREAK), keep = is_line(&ls, i, RENDER_KEEP);
        int stop = 0;
        if (pager && story_break && more_to_read(&ls, i + 1))
            stop = pause_here(p, "  (Enter to read on) ");
        else if (pager && keep && shown > 0 && shown + block_height(&ls, i + 1) > rows - 2 &&
                 block_height(&ls, i + 1) <= rows - 2)
            stop = pause_here(p, more);
        else if (pager && !story_break && !keep && shown >= rows - 2 && more_to_read(&ls, i))
            stop = pause_here(p, more);
        if (stop < 0) goto done;
        if (stop > 0) pager = false;
        if (story_break || keep || (stop == 0 && pager && shown >= rows - 2)) {
            shown = 0;
            if (story_break || keep) continue; /* markers are never shown */
        }
        fwrite(ls.at[i], 1, ls.len[i], stdout);
        shown++;
    }
done:
    free(ls.at);
    free(ls.len);
}

void play_out_of_memory(Play *p)
{
    (void)fflush(stdout);
    fprintf(stderr, "%s: out of memory\n", p->opt->path);
    p->memory_failed = true;
    p->quit = true;
}

/* Draws to the screen (paged) and, without styles, to the transcript. The
 * renderer leaves out what it has no memory for; a failed allocation sets
 * errno to ENOMEM (POSIX), and nothing else it calls does, so errno tells
 * whether the text drawn is whole. Then it is drawn again straight to the
 * screen, unpaged, and if that too falls short the play ends, saying so:
 * lines never go missing in silence. */
static void play_show_to(Play *p, Draw draw, const void *view, const void *log_view)
{
    char *buf = NULL;
    size_t len = 0;
    update_width(p);
    RenderOpts o = p->ro;
    o.breaks = true; /* the pager stops at the story's page breaks */
    o.out = open_memstream(&buf, &len);
    errno = 0;
    if (o.out != NULL) draw(&o, view);
    bool whole = o.out != NULL && !ferror(o.out) && errno != ENOMEM;
    if (o.out != NULL && fclose(o.out) != 0) whole = false;
    if (whole && buf != NULL) {
        page(p, buf, len);
    } else if (!p->memory_failed) {
        errno = 0;
        draw(&p->ro, view);
        if (errno == ENOMEM) play_out_of_memory(p);
    }
    free(buf);
    if (p->transcript && p->recording) {
        o = p->ro;
        o.out = p->transcript;
        o.color = false;
        o.plain = true; /* a plain-text log */
        o.width = p->log_width;
        draw(&o, log_view);
        transcript_flush(p);
    }
}

void play_show(Play *p, Draw draw, const void *view) { play_show_to(p, draw, view, view); }

void transcript_set(Play *p, FILE *f, const char *name)
{
    if (p->transcript && fclose(p->transcript) != 0) p->output_failed = true;
    free(p->transcript_name);
    p->transcript = f;
    p->transcript_name = f && name ? strdup(name) : NULL;
    p->recording = false;
}

/* Closes the transcript's part at an ending, naming it: what follows (the
 * endings found, what next) is the player's, not the story's. */
static void transcript_end(Play *p)
{
    if (p->transcript == NULL || !p->recording) return;
    char *line = transcript_ending(p->story->scenes[p->run.scene].name);
    fprintf(p->transcript, "%s\n", line ? line : "#");
    free(line);
    p->recording = false;
    transcript_flush(p);
}

/* Opens a part of the transcript at a scene, unless one is open: its header
 * says how to play again to here (the seed, the answers so far) and the
 * width it is drawn at, so `rekindle test` can replay it. */
static void transcript_begin(Play *p)
{
    if (p->transcript == NULL || p->recording) return;
    char *replay = run_path_text(&p->run);
    char *story = p->transcript_name ? disk_relative(p->transcript_name, p->opt->path) : NULL;
    update_width(p);
    p->log_width = p->ro.width;
    TranscriptHead h = {.story = story ? story : p->opt->path, .seed = p->run.seed, .width = p->log_width,
                        .replay = replay};
    char *head = transcript_head(&h);
    if (head) fputs(head, p->transcript);
    free(head);
    free(story);
    free(replay);
    p->recording = true;
    transcript_flush(p);
}

void transcript_flush(Play *p)
{
    if (p->transcript == NULL || (fflush(p->transcript) == 0 && !ferror(p->transcript))) return;
    char msg[300];
    snprintf(msg, sizeof msg, "Could not write the transcript: %s. It is off now.", strerror(errno ? errno : EIO));
    (void)fclose(p->transcript); /* it failed already */
    p->transcript = NULL; /* before the hint, which would write to it */
    transcript_set(p, NULL, NULL);
    p->output_failed = true;
    play_hint(p, msg);
}

void play_text(Play *p, const char *text) { play_show(p, draw_text, text); }
void play_hint(Play *p, const char *text) { play_show(p, draw_hint, text); }

static char *record_achievements(Play *p, char **earned);

/* A question, and what Enter keeps. */
static void show_question(Play *p)
{
    char keeps[STORY_NAME_MAX * 4 + 32], value[STORY_NAME_MAX * 4 + 1];
    play_text(p, p->run.prompt);
    if (run_answer_default(&p->run, value, sizeof value)) {
        snprintf(keeps, sizeof keeps, "(Enter keeps %s.)", value);
        play_hint(p, keeps);
    }
    p->question_shown = true;
}

void play_scene(Play *p)
{
    SceneView v;
    run_scene_view(&p->run, &v);
    if (p->run.phase == PHASE_PRONOUN) { /* a question between scenes: no header */
        v.story_title = NULL;
        v.nmeters = 0;
    }
    char *earned = NULL, *news = record_achievements(p, &earned); /* said under the text that earned it */
    SceneView logged = v;
    v.notice = news;
    logged.notice = earned;
    transcript_begin(p);
    play_show_to(p, draw_scene, &v, &logged);
    free(news);
    free(earned);
    if (p->run.phase == PHASE_ASK) show_question(p);
    p->last_shown = 1;
}

/* --watch: the story's files, watched while it is played. */
static void watch_story(Play *p)
{
    if (!p->opt->watch || !term_input_is_tty()) return;
    disk_unwatch(p->watch_fd);
    p->watch_fd = disk_watch((const char *const *)p->story->files, p->story->nfiles);
    term_set_wake(p->watch_fd);
    for (int i = 0; i < p->nwatched; i++) free(p->watched[i]);
    free(p->watched);
    p->watched = NULL;
    p->nwatched = 0;
    if ((p->watched = calloc((size_t)p->story->nfiles + 1, sizeof *p->watched)) == NULL) return;
    for (int i = 0; i < p->story->nfiles; i++)
        if ((p->watched[i] = strdup(p->story->files[i])) != NULL) p->nwatched++;
}

static bool watched_changed(Play *p)
{
    return disk_watch_changed(p->watch_fd, (const char *const *)p->watched, p->nwatched);
}

/* --watch, when a reload failed: the error stands until the writer saves a
 * fix (then true: load again) or leaves (false). */
static bool wait_for_fix(Play *p)
{
    play_hint(p, "Fix it and save: the story reloads and plays on from where you were (quit leaves).");
    for (;;) {
        char *line = term_read("  (waiting for the story) > ", NULL, false);
        if (line == NULL && term_woken()) {
            if (watched_changed(p)) return true;
            continue;
        }
        bool quit = line == NULL || strcasecmp(line, "quit") == 0 || strcasecmp(line, "q") == 0;
        free(line);
        if (quit) return false;
    }
}

/* Reads a line; the transcript gets it too, a question other than the
 * prompt of choices on a line of its own. Under --watch, a saved change to
 * the story reloads it and replays the answers so far (then NULL). */
static char *read_line(Play *p, const char *prompt, const char *const *words, bool remember)
{
    char *line;
    while ((line = term_read(prompt, words, remember)) == NULL && term_woken()) {
        if (!watched_changed(p)) continue; /* another file of the folder */
        char *path = run_path_text(&p->run); /* the answers so far, replayed into the story as it is now */
        play_rebuild(p, p->run.seed, path && path[0] ? path : NULL, "The story changed: reloaded, and played to here.");
        free(path);
        return NULL;
    }
    if (line && p->transcript && p->recording) {
        size_t n = strlen(prompt);
        while (n > 0 && prompt[n - 1] == ' ') n--;
        if (strcmp(prompt, "> ") != 0) fprintf(p->transcript, "%.*s\n", (int)n, prompt);
        char *safe = text_sanitize(line, strlen(line)), *kept = safe ? transcript_answer(safe) : NULL;
        fprintf(p->transcript, "%s\n", kept ? kept : ">");
        free(safe);
        free(kept);
        transcript_flush(p);
    }
    return line;
}

/* --------------------------------------------------------------- loading */

static void unload(Play *p)
{
    sandbox_close(); /* before the run: story code sees the run's state */
    run_free(&p->run);
    story_free(p->story);
    p->story = NULL;
}

/* Loads the story afresh and plays seed and path silently; a step that no
 * longer fits stops the replay with a message, and play goes on from there.
 * False on a story error (reported). */

static bool begin(Play *p, uint64_t seed, const char *path)
{
    char err[8192];
    unload(p);
    p->story = load_open(p->opt->path, &p->opt->limits, err, sizeof err);
    if (p->story == NULL) {
        load_report(err, NULL);
        return false;
    }
    p->hash = load_hash(p->story);
    Step *steps = NULL;
    int n = 0;
    bool valid = path == NULL || path_parse(path, &steps, &n);
    if (!valid && errno == ENOMEM) { /* not the path's fault: never play on from the start instead */
        snprintf(err, sizeof err, "%s: out of memory", p->opt->path);
        load_report(err, NULL);
        return false;
    }
    if (!run_start_replay(&p->run, p->story, seed, steps, n, err, sizeof err)) {
        path_free(steps, n);
        load_report(err, NULL);
        return false;
    }
    if (!valid) {
        snprintf(err, sizeof err, "%s: the saved path of answers is not valid", p->opt->path);
        load_report(err, NULL);
        return true;
    }
    for (int i = 0; i < n && p->run.phase != PHASE_ENDED; i++) {
        if (!run_replay_step(&p->run, &steps[i], err, sizeof err)) {
            if (p->run.phase == PHASE_FAILED) break;
            char msg[1200];
            char place[256];
            run_place(&p->run, place, sizeof place);
            snprintf(msg, sizeof msg, "%.300s: replay stopped at step %d of %d (at \"%.200s\"): %.600s", p->opt->path,
                     i + 1, n, place, err);
            load_report(msg, NULL);
            break;
        }
    }
    path_free(steps, n);
    if (p->run.phase == PHASE_FAILED) {
        load_report(err, NULL);
        return false;
    }
    free(p->recorded);
    p->recorded = calloc((size_t)p->story->nachievements + 1, sizeof *p->recorded);
    if (p->recorded == NULL) {
        load_report("out of memory", NULL);
        return false;
    }
    free(record_achievements(p, NULL)); /* a replay earns nothing new to say */
    return true;
}

void play_rebuild(Play *p, uint64_t seed, const char *path, const char *note)
{
    free(p->rebuild_path);
    free(p->rebuild_note);
    p->rebuild_seed = seed;
    p->rebuild_path = path ? strdup(path) : NULL;
    p->rebuild_note = note ? strdup(note) : NULL;
    if ((path && !p->rebuild_path) || (note && !p->rebuild_note)) { /* never to the start instead, nor unsaid */
        play_out_of_memory(p);
        return;
    }
    p->rebuild = true;
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
static int pick(Play *p, const char *input, const ChoiceView *choices, int n, const char *command_hint)
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
        play_hint(p, hint);
        return -1;
    }
    int found = -1, matches = 0, number = 0;
    const ChoiceView *closed = NULL;
    input = text_skip_quotes(input); /* 'friends' picks "'Friends suits me.'" */
    size_t len = strlen(input);
    for (int i = 0; i < n; i++) {
        bool fits = len > 0 && strncasecmp(text_skip_quotes(choices[i].label), input, len) == 0;
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
        play_hint(p, "That fits more than one choice: type more of it, or its number.");
    } else if (closed) {
        snprintf(hint, sizeof hint, "You can't choose that now%s%s%s.", closed->reason ? " (" : "",
                 closed->reason ? closed->reason : "", closed->reason ? ")" : "");
        play_hint(p, hint);
    } else if (command_hint) { /* a command's word, with an argument it cannot take */
        play_hint(p, command_hint);
    } else {
        snprintf(hint, sizeof hint, "No choice starts like that. Type a number from 1 to %d, or help.", open);
        play_hint(p, hint);
    }
    return -1;
}

/* Completion words: the commands, then the open choices' labels. */
static const char **completions(const ChoiceView *choices, int n)
{
    const char *const *cmds = play_command_words();
    int ncmd = 0;
    while (cmds[ncmd]) ncmd++;
    const char **words = calloc((size_t)(ncmd + n + 1), sizeof *words);
    if (words == NULL) return NULL;
    for (int i = 0; i < ncmd; i++) words[i] = cmds[i];
    for (int i = 0, w = ncmd; i < n; i++)
        if (choices[i].available) words[w++] = choices[i].label;
    return words;
}

typedef enum { READ_OK, READ_EOF, READ_STOP } ReadResult;

/* Reads a choice (or runs commands) until one is picked, input ends, or a
 * command stops or rebuilds the play. */
static ReadResult read_choice(Play *p, int *chosen)
{
    SceneView v;
    run_scene_view(&p->run, &v);
    const char **words = completions(v.choices, v.nchoices);
    ReadResult result = READ_EOF;
    while (!p->quit && !p->rebuild) {
        char *line = read_line(p, "> ", words, true);
        if (line == NULL) break;
        char *in = trim(line);
        if (in[0] == '\0') {
            play_hint(p, "Type the number of a choice, or help.");
        } else if (!play_command(p, in)) {
            run_scene_view(&p->run, &v); /* a command may have drawn: the view is the same */
            if ((*chosen = pick(p, in, v.choices, v.nchoices, p->command_hint)) >= 0) result = READ_OK;
        }
        free(line);
        if (result == READ_OK) break;
    }
    free(words);
    return p->quit || p->rebuild ? READ_STOP : result;
}

/* Shows the scene and takes one answer. READ_OK when the run moved on. */
static ReadResult step(Play *p, char *err, size_t errlen)
{
    Run *r = &p->run;
    int k;
    play_scene(p);
    switch (r->phase) {
    case PHASE_CHOICE:
    case PHASE_PRONOUN: {
        ReadResult res = read_choice(p, &k);
        if (res != READ_OK) return res;
        if (r->phase == PHASE_CHOICE) run_choose(r, k, err, errlen);
        else run_pick_pronoun(r, (Pronoun)k, err, errlen);
        return READ_OK;
    }
    case PHASE_ASK:
        for (;;) { /* at a question, a command's word runs it; in quotes, it is the answer */
            char *line = read_line(p, "> ", NULL, false);
            if (line == NULL) return READ_EOF;
            char *in = trim(line);
            size_t n = strlen(in);
            bool quoted = n >= 2 && (in[0] == '"' || in[0] == '\'') && in[n - 1] == in[0];
            p->question_shown = false;
            if (quoted) {
                in[n - 1] = '\0';
                in++;
            } else if (play_command(p, in)) {
                free(line);
                if (p->quit || p->rebuild) return READ_STOP;
                if (!p->question_shown) show_question(p); /* after the command's output, the question again */
                continue;
            }
            AnswerResult a = run_answer(r, in, err, errlen);
            free(line);
            if (a != ANSWER_TOO_LONG && a != ANSWER_NOT_ACCEPTED) return READ_OK;
            const Ask *ask = p->story->scenes[r->scene].ask;
            Buf hint = {0};
            if (a == ANSWER_TOO_LONG) buf_printf(&hint, "Please keep it to %d characters.", STORY_NAME_MAX);
            else if (ask->number) buf_printf(&hint, "Type a whole number from %.0f to %.0f.", ask->lo, ask->hi);
            else if (ask->pronouns) buf_puts(&hint, "Type a name.");
            else buf_puts(&hint, "Type one of: ");
            for (int i = 0; a == ANSWER_NOT_ACCEPTED && !ask->number && i < ask->naccept; i++)
                buf_printf(&hint, "%s%s", ask->accept[i], i + 1 < ask->naccept ? ", " : ".");
            char *text = buf_take(&hint);
            if (text) play_hint(p, text);
            free(text);
            show_question(p);
        }
    case PHASE_ENDED:
    case PHASE_FAILED: break;
    }
    return READ_OK;
}

/* ---------------------------------------------------------------- saves */

/* Records the achievements the play has earned and not yet recorded, and
 * returns what to say of those earned for the first time ever ("Achievement:
 * TITLE.", a line each; malloc'd, or NULL for nothing). *earned, unless
 * earned is NULL, says all of them, as a first play would: the transcript's,
 * which must not depend on what this player found before. */
static char *record_achievements(Play *p, char **earned)
{
    const Story *s = p->story;
    char err[1024];
    Buf news = {0}, all = {0};
    for (int i = 0; i < s->nachievements; i++) {
        if (!p->run.achieved[i] || p->recorded[i]) continue;
        p->recorded[i] = true;
        buf_printf(&all, "%sAchievement: %s.", all.len ? "\n" : "", s->achievements[i].title);
        const char *id = s->achievements[i].id;
        bool known = false;
        save_known(s->id, SAVE_ACHIEVEMENTS, &id, 1, &known);
        if (known) continue;
        /* When nothing is kept, the achievement is still said. */
        if (!save_off_reason() && !save_found(s->id, SAVE_ACHIEVEMENTS, id, err, sizeof err)) {
            char msg[1200];
            snprintf(msg, sizeof msg, "Could not record the achievement: %s", err);
            play_hint(p, msg);
        } else {
            buf_printf(&news, "%sAchievement: %s.", news.len ? "\n" : "", s->achievements[i].title);
        }
    }
    if (earned) *earned = buf_take(&all);
    else buf_free(&all);
    if (news.failed) { /* recorded, but never unsaid */
        buf_free(&news);
        play_hint(p, "Achievement: (its title could not be shown: out of memory).");
        return NULL;
    }
    return buf_take(&news);
}

bool play_save(Play *p, const char *name, char *err, size_t errlen)
{
    char place[256];
    char *path = run_path_text(&p->run);
    if (path == NULL) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    run_place(&p->run, place, sizeof place);
    Save s = {.hash = p->hash, .seed = p->run.seed, .path = path, .scene = p->story->scenes[p->run.scene].name,
              .place = place, .time = (long long)time(NULL)};
    bool ok = save_write(p->story->id, name, &s, err, errlen);
    free(path);
    return ok;
}

static void autosave(Play *p)
{
    char err[1024];
    if (save_off_reason()) return;
    if (!play_save(p, SAVE_AUTOSAVE, err, sizeof err) && !p->autosave_failed) {
        p->autosave_failed = true;
        char msg[1200];
        snprintf(msg, sizeof msg, "Could not autosave: %s", err);
        play_hint(p, msg);
    }
}

/* At an ending: the endings found, recorded and counted; the count goes
 * into line ("" when nothing is kept). */
static void record_ending(Play *p, char *line, size_t size)
{
    char err[1024];
    line[0] = '\0';
    const Story *s = p->story;
    if (save_off_reason()) return;
    const char **ids = calloc((size_t)s->nscenes + 1, sizeof *ids);
    bool *found = calloc((size_t)s->nscenes + 1, sizeof *found);
    int n = 0;
    if (!save_found(s->id, SAVE_ENDINGS, s->scenes[p->run.scene].name, err, sizeof err)) {
        char msg[1200];
        snprintf(msg, sizeof msg, "Could not record the ending: %s", err);
        play_hint(p, msg);
    }
    save_delete(s->id, SAVE_AUTOSAVE, err, sizeof err); /* a finished play does not continue */
    if (ids && found) {
        for (int i = 0; i < s->nscenes; i++)
            if (s->scenes[i].is_ending) ids[n++] = s->scenes[i].name;
        int known = save_known(s->id, SAVE_ENDINGS, ids, n, found);
        if (errno == ENOMEM) snprintf(line, size, "Endings found: not counted (out of memory).");
        else snprintf(line, size, "Endings found: %d of %d.", known, n);
    } else {
        snprintf(line, size, "Endings found: not counted (out of memory).");
    }
    free(ids);
    free(found);
}

static uint64_t fresh_seed(void)
{
    uint64_t seed = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        if (fread(&seed, sizeof seed, 1, f) != 1) seed = 0;
        (void)fclose(f); /* read-only: nothing to lose */
    }
    return (seed % 1000000000ULL) + 1; /* short enough to type back */
}

int play_confirm(Play *p, const char *question, bool yes_by_default)
{
    for (;;) {
        char *answer = read_line(p, question, NULL, false);
        if (answer == NULL) return -1;
        int yes = term_yes_no(answer, yes_by_default);
        free(answer);
        if (yes >= 0) return yes;
        play_hint(p, yes_by_default ? "Type y or n (Enter is yes)." : "Type y or n (Enter is no).");
    }
}

/* On a terminal, with an autosave of this story: offers to continue it. */
static bool offer_continue(Play *p, uint64_t *seed, char **path)
{
    char err[8192];
    char id[128];
    /* The id is the story's; load it once to learn it. */
    Story *s = load_open(p->opt->path, &p->opt->limits, err, sizeof err);
    if (s == NULL) return false;
    snprintf(id, sizeof id, "%s", s->id);
    load_close(s);
    Save save;
    if (!save_exists(id, SAVE_AUTOSAVE)) return false;
    if (!save_read(id, SAVE_AUTOSAVE, &save, err, sizeof err)) {
        load_report(err, NULL);
        return false;
    }
    char question[600], where[400];
    if (!save.path[0]) { /* no answer yet: nothing to continue */
        save_free(&save);
        return false;
    }
    save_describe(&save, where, sizeof where);
    snprintf(question, sizeof question, "You have a play in progress: %s.", where);
    play_text(p, question);
    bool yes = play_confirm(p, "  Continue it? [Y/n] ", true) == 1;
    if (yes) {
        *seed = save.seed;
        *path = strdup(save.path);
    }
    save_free(&save);
    return yes;
}

/* ------------------------------------------------------------ the play */

#define HISTORY_MAX 500 /* answers kept for the Up arrow across plays */

/* Leaving before an ending: where the play is. */
static void say_kept(Play *p)
{
    char msg[1200];
    if (p->run.npath == 0) return; /* nothing to keep */
    if (save_off_reason()) snprintf(msg, sizeof msg, "This play is not kept: %s.", save_off_reason());
    else if (p->opt->from_menu) snprintf(msg, sizeof msg, "Your play is kept: choose the story again to continue it.");
    else snprintf(msg, sizeof msg, "Your play is kept: rekindle %.900s continues it.", p->opt->path);
    play_hint(p, msg);
}

/* At an ending, on a terminal: what next? Commands that look back (endings,
 * recap, saves, help) run here too. True when undo or restore rebuilt the
 * play, which goes on; else it ends, to play again (Play.again), to the menu
 * (Play.menu), or to leave. */
static bool after_ending(Play *p, const char *found)
{
    static const char *const words[] = {"play", "undo", "restore", "endings", "recap", "menu", "quit", NULL};
    for (bool first = true;; first = false) {
        char question[300];
        snprintf(question, sizeof question, "%s%s%sPlay again, undo, restore, endings, menu or quit?", first ? "\n" : "",
                 first ? found : "", first && found[0] ? " " : "");
        play_text(p, question);
        char *line = read_line(p, "> ", words, true);
        if (line == NULL) return false;
        char *in = trim(line);
        bool leave = !*in || !strcasecmp(in, "quit") || !strcasecmp(in, "q") || !strcasecmp(in, "exit") ||
                     !strcasecmp(in, "n") || !strcasecmp(in, "no");
        bool again = !strcasecmp(in, "play") || !strcasecmp(in, "play again") || !strcasecmp(in, "p") ||
                     !strcasecmp(in, "y") || !strcasecmp(in, "yes");
        bool menu = !strcasecmp(in, "menu") || !strcasecmp(in, "m");
        bool done = leave || again || menu || play_command(p, in);
        free(line);
        if (!done) {
            play_hint(p, "Type play, undo, restore, endings, recap, menu or quit (or help).");
            continue;
        }
        if (p->rebuild) return true;
        if (leave || again || menu || p->quit) {
            p->again = again;
            p->menu = p->menu || menu;
            return false;
        }
    }
}

/* One playthrough, to an ending, a quit or the end of input. */
static int play_through(Play *p, uint64_t seed, const char *path)
{
    char err[8192];
    int status = EXIT_DONE;
    if (!begin(p, seed, path)) return EXIT_STORY_ERROR;
    if (p->opt->from && path == NULL && !run_jump(&p->run, p->opt->from, err, sizeof err)) {
        fprintf(stderr, "rekindle: --from: %s\n", err);
        return EXIT_USAGE;
    }
    watch_story(p);
    while (!p->quit) {
        if (term_output_lost()) {
            status = EXIT_OUTPUT;
            break;
        }
        if (p->rebuild) {
            p->rebuild = false;
            bool loaded;
            while (!(loaded = begin(p, p->rebuild_seed, p->rebuild_path)) && p->opt->watch && wait_for_fix(p))
                ;
            if (!loaded) return EXIT_STORY_ERROR;
            watch_story(p);
            if (p->rebuild_note) play_hint(p, p->rebuild_note);
            autosave(p);
        }
        if (p->run.phase == PHASE_FAILED) {
            load_report(err, NULL);
            return EXIT_STORY_ERROR;
        }
        if (p->memory_failed) return EXIT_STORY_ERROR; /* said */
        if (p->run.phase == PHASE_ENDED) {
            OutcomeView ov;
            run_outcome_view(&p->run, &ov);
            play_show(p, draw_outcome, &ov);
            char *earned = NULL, *news = record_achievements(p, &earned), found[200], line[220];
            play_show_to(p, draw_hint, news ? news : "", earned ? earned : "");
            free(news);
            free(earned);
            transcript_end(p);
            record_ending(p, found, sizeof found);
            if (term_input_is_tty() && after_ending(p, found)) continue; /* undone or restored */
            if (!term_input_is_tty() && found[0]) {
                snprintf(line, sizeof line, "\n%s", found);
                play_text(p, line);
            }
            break;
        }
        ReadResult r = step(p, err, sizeof err);
        if (r == READ_OK) {
            if (p->run.phase != PHASE_FAILED) autosave(p);
        } else if (r == READ_EOF) {
            if (term_output_lost()) {
                status = EXIT_OUTPUT;
            } else if (term_out_of_memory()) {
                fprintf(stderr, "%s: out of memory while reading the answer\n", p->opt->path);
                status = EXIT_STORY_ERROR;
            } else if (!term_input_is_tty()) {
                char place[256];
                run_place(&p->run, place, sizeof place);
                fprintf(stderr, "%s: input ended before an ending, after %d choice%s (at \"%s\")\n", p->opt->path,
                        p->run.decisions, p->run.decisions == 1 ? "" : "s", place);
                status = EXIT_INPUT_ENDED;
            } else if (term_interrupted()) {
                status = EXIT_INTERRUPTED;
            } else {
                fputc('\n', stdout); /* Ctrl-D: leave the prompt line tidy */
            }
            p->quit = true;
        }
    }
    if (p->memory_failed) status = EXIT_STORY_ERROR; /* said */
    p->recording = false;
    if (p->quit && term_input_is_tty()) say_kept(p);
    (void)fflush(stdout); /* an error stays on the stream: main reports it */
    return status;
}

int play(PlayOptions *o)
{
    Play p;
    memset(&p, 0, sizeof p);
    p.watch_fd = -1;
    p.opt = o;
    p.ro.out = stdout;
    p.ro.color = o->color;
    p.ro.plain = o->plain;
    term_init(o->color, o->plain);
    term_set_echo(!o->plain);
    if (o->transcript) {
        FILE *f = fopen(o->transcript, "a");
        if (f == NULL) {
            fprintf(stderr, "rekindle: cannot write the transcript %s\n", o->transcript);
            return EXIT_USAGE;
        }
        transcript_set(&p, f, o->transcript);
    }
    if (!term_input_is_tty() && !save_dir_chosen()) /* a script must not replace a person's play */
        save_off("the answers come from a pipe (--data-dir DIR keeps them)");
    uint64_t seed = o->seed_given ? o->seed : fresh_seed();
    char *path = o->replay ? strdup(o->replay) : NULL;
    static bool history_loaded; /* once a process: the menu plays again and again */
    char *history = term_input_is_tty() && !history_loaded ? save_history_read() : NULL; /* the Up arrow reaches past plays */
    history_loaded = true;
    for (char *line = history ? strtok(history, "\n") : NULL; line; line = strtok(NULL, "\n")) term_history_add(line);
    free(history);
    if (term_input_is_tty() && !o->replay && !o->seed_given) offer_continue(&p, &seed, &path);
    int status;
    for (;;) {
        status = play_through(&p, seed, path);
        free(path);
        path = NULL;
        if (status != EXIT_DONE || p.quit || !p.again) break;
        p.again = false;
        seed = o->seed_given ? o->seed : fresh_seed();
    }
    o->wants_menu = p.menu;
    if (term_input_is_tty() && (history = term_history_text(HISTORY_MAX)) != NULL) {
        char err[1024];
        save_history_write(history, err, sizeof err); /* losing it loses only the Up arrow's reach */
        free(history);
    }
    unload(&p);
    term_set_wake(-1);
    disk_unwatch(p.watch_fd);
    for (int i = 0; i < p.nwatched; i++) free(p.watched[i]);
    free(p.watched);
    free(p.rebuild_path);
    free(p.rebuild_note);
    free(p.recorded);
    transcript_set(&p, NULL, NULL);
    return status == EXIT_DONE && p.output_failed ? EXIT_OUTPUT : status;
}
