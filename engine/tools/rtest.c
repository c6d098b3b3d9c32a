/* rtest.c - randomtest: plays a story many times, choosing at random.
 *
 * The parent loads the story, then forks workers: each inherits the loaded
 * state (so each has its own Lua state) and plays every jobs-th run. Each
 * worker adds its counts into its own slot of memory shared with the parent,
 * run by run, so nothing is parsed and a worker that dies keeps what it
 * counted. Only errors travel through a pipe, as lines of any length: each
 * distinct message once per worker with its first seed and path, and the
 * number of times each was met at the end. A worker that dies (a watchdog
 * stop, a crash) is reported with the seed it was playing; a tracer replays
 * that seed alone, streaming its steps, to recover the path; then a new
 * worker carries on in the same slot. */
#include "tools/rtest.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/status.h"
#include "base/text.h"
#include "core/load.h"
#include "core/runtime.h"
#include "tools/answers.h"
#include "tools/coverage.h"
#include "tools/rules.h"

#define MAX_ERRORS 20     /* distinct errors reported in full; the rest are counted */
#define GO_SEEN 8         /* targets remembered per computed `go` */
#define REPLAY_SHOWN 300  /* characters of a path printed in a replay line */

/* ------------------------------------------------------------ the counts */

/* Where the counts of a slot live: one block, laid out the same in every
 * worker's shared slot and in the parent's total. */
typedef struct {
    long runs, choices, errors, started;
    long min_decisions, max_decisions;
    long current;         /* the run the worker playing in this slot last started, or -1 */
    long chars;           /* with --checksum: bytes of paragraph text seen */
    unsigned long hash;   /* with --checksum: per run, a hash of choices and text, summed */
} Totals;

typedef struct {
    Totals *t;
    long *visits;         /* per scene: entered */
    long *taken;          /* per choice (Choice.index) */
    long *endings;        /* per scene (endings only) */
    double *mmin, *mmax, *msum; /* per scene x meter, at endings */
    long *tag_kind;       /* per tag x {0, 1, 2+ taken} x (kind, or none) */
    long *broken;         /* per rule: playthroughs that broke it */
    long *share_counted, *share_hit; /* per rule of kind share */
    int *go_seen;         /* per computed go (see Layout.go_of): scenes it led to, +1; 0 empty */
    long *cov_hits;       /* per line of the story: times it ran (with --coverage) */
    unsigned char *cov_code; /* per line: it holds code of a function that ran */
} Counts;

typedef struct {
    size_t size;          /* bytes of one block */
    int ngo;              /* choices with a computed go */
    int nlines;           /* lines of the story counted for coverage (0 without --coverage) */
    int *go_of;           /* per choice: its computed-go slot, or -1 */
    int *go_choice;       /* per computed-go slot: the choice's index */
    const Choice **by_index; /* per choice index: the choice */
} Layout;

static size_t cells(const Story *s) { return (size_t)s->nscenes * (size_t)s->nmeters; }
static size_t tag_cells(const Story *s) { return (size_t)s->ntags * 3 * ((size_t)s->nkinds + 1); }

/* Points c into block; returns the bytes used. Doubles first keeps them aligned. */
static size_t bind(const Story *s, const Layout *lay, Counts *c, char *block)
{
    size_t off = 0;
#define TAKE(field, n)                                    \
    do {                                                  \
        c->field = (void *)(block ? block + off : NULL);  \
        off += sizeof *c->field * (n);                    \
    } while (0)
    TAKE(mmin, cells(s));
    TAKE(mmax, cells(s));
    TAKE(msum, cells(s));
    TAKE(t, 1);
    TAKE(visits, (size_t)s->nscenes);
    TAKE(taken, (size_t)s->nchoices);
    TAKE(endings, (size_t)s->nscenes);
    TAKE(tag_kind, tag_cells(s));
    TAKE(broken, (size_t)s->nrules);
    TAKE(share_counted, (size_t)s->nrules);
    TAKE(share_hit, (size_t)s->nrules);
    TAKE(cov_hits, (size_t)lay->nlines);
    TAKE(go_seen, (size_t)lay->ngo * GO_SEEN);
    TAKE(cov_code, (size_t)lay->nlines);
#undef TAKE
    return off;
}

static bool layout_init(Layout *lay, const Story *s, int nlines)
{
    memset(lay, 0, sizeof *lay);
    lay->nlines = nlines;
    lay->go_of = malloc(sizeof *lay->go_of * ((size_t)s->nchoices + 1));
    lay->go_choice = malloc(sizeof *lay->go_choice * ((size_t)s->nchoices + 1));
    lay->by_index = malloc(sizeof *lay->by_index * ((size_t)s->nchoices + 1));
    if (!lay->go_of || !lay->go_choice || !lay->by_index) return false;
    for (int i = 0; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *c = &s->scenes[i].choices[k];
            lay->by_index[c->index] = c;
            lay->go_of[c->index] = c->go_fn != STORY_NOREF ? lay->ngo : -1;
            if (c->go_fn != STORY_NOREF) lay->go_choice[lay->ngo++] = c->index;
        }
    Counts c;
    lay->size = (bind(s, lay, &c, NULL) + 15) / 16 * 16; /* slots follow each other: keep each aligned */
    return true;
}

static void layout_free(Layout *lay)
{
    free(lay->go_of);
    free(lay->go_choice);
    free(lay->by_index);
}

static void counts_reset(Counts *c, const Layout *lay)
{
    memset(c->mmin, 0, lay->size); /* mmin is the block's first field */
    c->t->min_decisions = -1;
    c->t->current = -1;
}

/* Adds a playthrough, ended or stopped by an error, to the counts. */
static void count_run(const Story *s, Counts *c, const Run *r, const int *track)
{
    Totals *t = c->t;
    t->runs++;
    if (r->phase == PHASE_FAILED) t->errors++;
    t->choices += r->decisions;
    if (t->min_decisions < 0 || r->decisions < t->min_decisions) t->min_decisions = r->decisions;
    if (r->decisions > t->max_decisions) t->max_decisions = r->decisions;
    for (int i = 0; i < r->ntouched_scenes; i++) c->visits[r->touched_scenes[i]] += r->visits[r->touched_scenes[i]];
    if (r->phase != PHASE_ENDED) return;
    int e = r->scene;
    long seen = c->endings[e]++;
    for (int m = 0; m < s->nmeters; m++) {
        double v = r->meters[m];
        size_t cell = (size_t)e * (size_t)s->nmeters + (size_t)m;
        if (seen == 0 || v < c->mmin[cell]) c->mmin[cell] = v;
        if (seen == 0 || v > c->mmax[cell]) c->mmax[cell] = v;
        c->msum[cell] += v;
    }
    /* How endings fall by the tags of the choices taken. */
    int kind = s->scenes[e].kind < 0 ? s->nkinds : s->scenes[e].kind;
    for (int tg = 0; tg < s->ntags; tg++) {
        int n = track[s->nrules + tg], bucket = n >= 2 ? 2 : n;
        c->tag_kind[((size_t)tg * 3 + (size_t)bucket) * ((size_t)s->nkinds + 1) + (size_t)kind]++;
    }
    for (int i = 0; i < s->nrules; i++) {
        if (s->rules[i].kind != RULE_SHARE) continue;
        bool counts, hit;
        rules_share(s, i, track, r, &counts, &hit);
        c->share_counted[i] += counts;
        c->share_hit[i] += hit;
    }
}

/* Notes where a computed `go` led. */
static void note_go(const Layout *lay, Counts *c, const Choice *ch, int scene)
{
    int g = lay->go_of[ch->index];
    if (g < 0) return;
    int *seen = &c->go_seen[(size_t)g * GO_SEEN];
    for (int i = 0; i < GO_SEEN; i++) {
        if (seen[i] == scene + 1) return;
        if (seen[i] == 0) {
            seen[i] = scene + 1;
            return;
        }
    }
}

/* ---------------------------------------------------------- the pipe */

/* Writes all of a line straight to the pipe: nothing buffered is lost if
 * the process is ended by the watchdog. */
static void send_all(int fd, const char *s, size_t len)
{
    for (size_t off = 0; off < len;) {
        ssize_t w = write(fd, s + off, len - off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        off += (size_t)w;
    }
}

/* Tabs and newlines would break the line protocol. */
static void flatten(char *s)
{
    for (; s && *s; s++)
        if (*s == '\t' || *s == '\n') *s = ' ';
}

/* --------------------------------------------------------------- one play */

typedef struct {
    const Story *story;
    const RtestOptions *opt;
    const Layout *lay;
    int *track;           /* the rules' counts of the run being played */
    int scenes[64];       /* the scene after each of the last steps (a ring), to name a loop */
} Player;

/* "it goes round 'a', 'b'": the scenes of a play's last steps, in the
 * order the story declares them, so one loop is one message wherever the
 * play was cut; *line is the first one's. */
static void describe_loop(const Player *p, int nsteps, char *buf, size_t size, int *file, int *line)
{
    const Story *s = p->story;
    int from = nsteps > 64 ? nsteps - 64 : 0, in[64], n = 0;
    for (int i = from; i < nsteps; i++) {
        int scene = p->scenes[i % 64], k = 0;
        while (k < n && in[k] != scene) k++;
        if (k == n) in[n++] = scene;
    }
    for (int i = 1; i < n; i++) /* a few scenes: insertion sort by declaration */
        for (int k = i; k > 0 && in[k] < in[k - 1]; k--) {
            int t = in[k];
            in[k] = in[k - 1];
            in[k - 1] = t;
        }
    size_t len = (size_t)snprintf(buf, size, "it goes round");
    for (int i = 0; i < n && i < 4 && len < size; i++)
        len += (size_t)snprintf(buf + len, size - len, "%s '%s'", i ? "," : "", s->scenes[in[i]].name);
    if (n > 4 && len < size) snprintf(buf + len, size - len, " and %d more", n - 4);
    *line = n ? s->scenes[in[0]].line : 0;
    *file = n ? s->scenes[in[0]].file : 0;
}

/* --checksum: a run's hash takes each paragraph's length and each choice's
 * place among those open, in the order they come (tests/bench/floor.lua
 * and ink.js compute the same). */
static uint32_t hash_text(const Run *r, Totals *t, uint32_t h)
{
    for (int i = 0; i < r->nparas; i++) {
        if (strcmp(r->paras[i], TEXT_PAGE_BREAK) == 0) continue;
        size_t len = strlen(r->paras[i]);
        t->chars += (long)len;
        h = h * 31 + (uint32_t)len;
    }
    return h;
}

/* Plays one run; with trace_fd >= 0, sends each step before taking it.
 * Returns false on a story error or a broken rule (message in err); the
 * run, freed by the caller, holds the path. */
static bool play_one(Player *p, Counts *c, Run *r, uint64_t seed, int trace_fd, char *err, size_t errlen)
{
    const Story *s = p->story;
    Rng chooser;
    rng_seed(&chooser, seed ^ 0x9e3779b97f4a7c15ULL);
    rules_start(s, p->track);
    bool checksum = p->opt->checksum;
    bool ok = run_start_quiet(r, s, seed, !checksum, err, errlen);
    uint32_t h = ok && checksum ? hash_text(r, c->t, 0) : 0;
    char line[512];
    while (ok && r->phase != PHASE_ENDED) {
        if (r->decisions >= p->opt->max_steps) {
            char loop[300];
            int file, at;
            describe_loop(p, r->npath, loop, sizeof loop, &file, &at);
            snprintf(err, errlen, "%s:%d: no ending after %d choices: %s (a loop?)", story_path(s, file), at,
                     p->opt->max_steps, loop);
            ok = false;
            break;
        }
        if (r->phase == PHASE_CHOICE) {
            int k = (int)rng_range(&chooser, 0, r->navail - 1);
            const Choice *ch = r->avail[k];
            if (trace_fd >= 0) send_all(trace_fd, line, (size_t)snprintf(line, sizeof line, "T %s\n", ch->id));
            c->taken[ch->index]++;
            rules_choose(s, p->track, ch);
            ok = run_choose(r, k, err, errlen);
            if (ok) note_go(p->lay, c, ch, r->scene);
            if (ok && checksum) h = hash_text(r, c->t, h * 31 + (uint32_t)k + 1);
        } else if (r->phase == PHASE_ASK) {
            char answers[ANSWERS_MAX][ANSWER_LEN];
            bool sampled;
            int n = answers_for(s->scenes[r->scene].ask, answers, &sampled);
            const char *a = answers[rng_range(&chooser, 0, n - 1)];
            if (trace_fd >= 0) send_all(trace_fd, line, (size_t)snprintf(line, sizeof line, "T =%s\n", a));
            ok = run_answer(r, a, err, errlen) == ANSWER_OK;
        } else if (r->phase == PHASE_PRONOUN) {
            Pronoun pr = (Pronoun)rng_range(&chooser, 0, PRONOUN_COUNT - 1);
            if (trace_fd >= 0) send_all(trace_fd, line, (size_t)snprintf(line, sizeof line, "T @%s\n", pronoun_id(pr)));
            ok = run_pick_pronoun(r, pr, err, errlen);
        } else {
            ok = false; /* PHASE_FAILED: err is set */
        }
        if (r->npath > 0) p->scenes[(r->npath - 1) % 64] = r->scene;
    }
    int broken = -1;
    if (ok) {
        char why[600];
        if (!rules_judge(s, p->track, r, &broken, why, sizeof why, err, errlen)) ok = false;
        else if (broken >= 0) {
            snprintf(err, errlen, "%s:%d: rule '%s' broken: %s", story_path(s, s->rules[broken].file), s->rules[broken].line,
                     s->rules[broken].name, why);
            c->broken[broken]++;
            ok = false;
        }
    }
    if (!ok && broken < 0) r->phase = PHASE_FAILED; /* a loop cut short, too */
    count_run(s, c, r, p->track);
    c->t->hash = (uint32_t)(c->t->hash + h);
    if (broken >= 0) c->t->errors++; /* the play ended, but the rule makes it a failure */
    return ok;
}

/* ----------------------------------------------------------- workers */

typedef struct {
    char *message;
    uint64_t seed;        /* the first run that met it */
    char *path;
    long count;
} Failure;

typedef struct {
    Failure items[MAX_ERRORS];
    int n;
} Failures;

static void failures_free(Failures *f)
{
    for (int i = 0; i < f->n; i++) {
        free(f->items[i].message);
        free(f->items[i].path);
    }
    f->n = 0;
}

/* Adds a failure; true when its message is new. One path per message: the
 * lowest seed's, so the report is the same whatever the workers' timing. */
static bool failures_add(Failures *f, const char *msg, uint64_t seed, const char *path, long count)
{
    for (int i = 0; i < f->n; i++) {
        Failure *x = &f->items[i];
        if (strcmp(x->message, msg) != 0) continue;
        x->count += count;
        if (path && seed < x->seed) {
            char *copy = strdup(path);
            if (copy) {
                free(x->path);
                x->path = copy;
                x->seed = seed;
            }
        }
        return false;
    }
    if (f->n == MAX_ERRORS) return false;
    f->items[f->n++] = (Failure){strdup(msg), seed, path ? strdup(path) : NULL, count};
    return true;
}

/* A worker's life: runs first, first + jobs, ... < runs; stdout is the pipe. */
static void worker(Player *p, Story *story, Counts *c, long first)
{
    const RtestOptions *o = p->opt;
    char err[SANDBOX_ERROR_MAX];
    Failures mine = {0};
    for (long i = first; i < o->runs; i += o->jobs) {
        c->t->current = i;
        c->t->started++;
        Run r;
        uint64_t seed = o->seed + (uint64_t)i;
        if (!play_one(p, c, &r, seed, -1, err, sizeof err)) {
            flatten(err);
            if (failures_add(&mine, err, seed, NULL, 1)) { /* a new message: its path goes to the parent now */
                char *path = run_path_text(&r);
                Buf b = {0};
                buf_printf(&b, "E %llu\t%s\t%s\n", (unsigned long long)seed, err, path ? path : "");
                if (!b.failed) send_all(STDOUT_FILENO, b.data, b.len);
                buf_free(&b);
                free(path);
            }
        }
        run_free(&r);
        if (!sandbox_stopped()) continue;
        /* A stopped story never runs again: load it afresh. */
        char lerr[8192];
        load_close(story);
        story = load_open(o->path, &o->limits, lerr, sizeof lerr);
        if (story == NULL) _exit(3);
        sandbox_track_lines(false);
        p->story = story;
    }
    if (o->coverage) { /* the lines this worker ran, for the parent */
        const long *hits;
        const unsigned char *code;
        int n = sandbox_coverage_result(&hits, &code);
        for (int l = 0; l < n && l < p->lay->nlines; l++) {
            c->cov_hits[l] += hits[l];
            c->cov_code[l] |= code[l];
        }
    }
    for (int i = 0; i < mine.n; i++) { /* how often each was met */
        Buf b = {0};
        buf_printf(&b, "C %ld\t%s\n", mine.items[i].count - 1, mine.items[i].message);
        if (!b.failed) send_all(STDOUT_FILENO, b.data, b.len);
        buf_free(&b);
    }
    send_all(STDOUT_FILENO, "D\n", 2);
    _exit(0);
}

typedef struct {
    pid_t pid;
    int fd;               /* the pipe, or -1 */
    long first;           /* its first run */
    Counts counts;        /* its slot */
    Buf in;               /* what it sent that is not yet a whole line */
    bool done;            /* it sent "D" */
    char crash[512];      /* a line that was not protocol: what it said as it died */
} Worker;

static bool spawn(Worker *w, Player *p, Story *story, long first)
{
    int fds[2];
    if (pipe(fds) != 0) return false;
    (void)fflush(stdout); /* so a child never writes the parent's buffer again */
    (void)fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return false;
    }
    if (pid == 0) {
        sandbox_forked();
        close(fds[0]);
        dup2(fds[1], STDOUT_FILENO);
        dup2(fds[1], STDERR_FILENO); /* the watchdog's last words come through the pipe too */
        close(fds[1]);
        worker(p, story, &w->counts, first);
    }
    close(fds[1]);
    w->pid = pid;
    w->fd = fds[0];
    w->first = first;
    w->done = false;
    w->crash[0] = '\0';
    buf_free(&w->in);
    return true;
}

/* ------------------------------------------------------------ the parent */

typedef struct {
    Counts total;
    char *total_block;
    Failures failures;
} Results;

/* Handles one line from a worker. */
static void handle_line(Worker *w, Results *res, char *line)
{
    if (line[0] == 'E' && line[1] == ' ') {
        char *seed = line + 2, *msg = strchr(seed, '\t'), *path = msg ? strchr(msg + 1, '\t') : NULL;
        if (msg == NULL || path == NULL) return;
        *msg++ = '\0';
        *path++ = '\0';
        failures_add(&res->failures, msg, strtoull(seed, NULL, 10), path, 1);
    } else if (line[0] == 'C' && line[1] == ' ') {
        char *msg = strchr(line, '\t');
        if (msg) failures_add(&res->failures, msg + 1, UINT64_MAX, NULL, strtol(line + 2, NULL, 10));
    } else if (line[0] == 'D' && line[1] == '\0') {
        w->done = true;
    } else if (line[0] && !w->crash[0]) {
        snprintf(w->crash, sizeof w->crash, "%s", line);
    }
}

/* Reads what a worker sent; false at the end of its pipe. */
static bool read_worker(Worker *w, Results *res)
{
    char chunk[1 << 16];
    ssize_t n = read(w->fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) return true;
    if (n <= 0) return false;
    buf_add(&w->in, chunk, (size_t)n);
    if (w->in.failed) return false;
    char *line = w->in.data, *nl;
    while ((nl = memchr(line, '\n', w->in.len - (size_t)(line - w->in.data))) != NULL) {
        *nl = '\0';
        handle_line(w, res, line);
        line = nl + 1;
    }
    size_t rest = w->in.len - (size_t)(line - w->in.data);
    memmove(w->in.data, line, rest);
    w->in.len = rest;
    return true;
}

/* Replays one seed alone in a child that streams its steps; returns the
 * path it reached (malloc'd) before it stopped. */
static char *trace_seed(Player *p, Story *story, Counts *scratch, uint64_t seed)
{
    int fds[2];
    if (pipe(fds) != 0) return NULL;
    (void)fflush(stdout); /* so a child never writes the parent's buffer again */
    pid_t pid = fork();
    if (pid == 0) {
        sandbox_forked();
        close(fds[0]);
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) dup2(devnull, STDERR_FILENO); /* its last words were heard already */
        p->story = story;
        Run r;
        char err[SANDBOX_ERROR_MAX];
        play_one(p, scratch, &r, seed, fds[1], err, sizeof err);
        _exit(0);
    }
    close(fds[1]);
    if (pid < 0) {
        close(fds[0]);
        return NULL;
    }
    Buf all = {0};
    char chunk[4096];
    for (ssize_t n; (n = read(fds[0], chunk, sizeof chunk)) != 0;) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        buf_add(&all, chunk, (size_t)n);
    }
    close(fds[0]);
    waitpid(pid, NULL, 0);
    char *text = buf_take(&all);
    if (text == NULL) return NULL;
    Buf path = {0}; /* "T step" lines become a path */
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "T ", 2) != 0) continue;
        const char *st = line + 2;
        StepKind kind = *st == '=' ? STEP_ANSWER : *st == '@' ? STEP_PRONOUN : STEP_CHOICE;
        path_add(&path, kind, kind == STEP_CHOICE ? st : st + 1, NULL);
    }
    free(text);
    return buf_take(&path);
}

static void draw_progress(long done, long total, bool final)
{
    int ncells = 30, filled = total > 0 ? (int)(done * ncells / total) : ncells;
    fprintf(stderr, "\r  [");
    for (int i = 0; i < ncells; i++) fputs(i < filled ? "#" : ".", stderr);
    fprintf(stderr, "] %ld/%ld runs", done, total);
    if (final) fputs("\r\033[K", stderr);
    (void)fflush(stderr); /* progress only */
}

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A worker's pipe ended: finished, or died. Reports a death with the seed
 * it was playing and starts a new worker on the runs left. */
static bool reap(Player *p, Story *story, Worker *w, Results *res, Counts *scratch, int *alive)
{
    const RtestOptions *o = p->opt;
    close(w->fd);
    w->fd = -1;
    int status = 0;
    waitpid(w->pid, &status, 0);
    (*alive)--;
    if (w->done) return true;
    long run = w->counts.t->current >= 0 ? w->counts.t->current : w->first;
    uint64_t seed = o->seed + (uint64_t)run;
    char msg[700];
    if (w->crash[0]) snprintf(msg, sizeof msg, "%s", w->crash);
    else if (WIFSIGNALED(status)) snprintf(msg, sizeof msg, "the engine was ended by signal %d", WTERMSIG(status));
    else snprintf(msg, sizeof msg, "the engine stopped with status %d", WEXITSTATUS(status));
    flatten(msg);
    char *path = trace_seed(p, story, scratch, seed);
    failures_add(&res->failures, msg, seed, path ? path : "", 1);
    free(path);
    w->counts.t->runs++; /* the run it died in */
    w->counts.t->errors++;
    w->counts.t->current = -1;
    if (run + o->jobs >= o->runs) return true;
    if (!spawn(w, p, story, run + o->jobs)) return false;
    (*alive)++;
    return true;
}

/* Runs all workers to the end, restarting any that die. */
static bool run_workers(Player *p, Story *story, Results *res, char *shared, Counts *scratch)
{
    const RtestOptions *o = p->opt;
    bool ok = true;
    int alive = 0;
    Worker *ws = calloc((size_t)o->jobs, sizeof *ws);
    struct pollfd *pfds = calloc((size_t)o->jobs, sizeof *pfds);
    if (!ws || !pfds) ok = false;
    for (int j = 0; ok && j < o->jobs; j++) {
        ws[j].fd = -1;
        bind(story, p->lay, &ws[j].counts, shared + (size_t)j * p->lay->size);
        counts_reset(&ws[j].counts, p->lay);
        if (j < o->runs) ok = spawn(&ws[j], p, story, j) && ++alive;
    }
    double last_draw = 0;
    while (ok && alive > 0) {
        for (int j = 0; j < o->jobs; j++) pfds[j] = (struct pollfd){.fd = ws[j].fd, .events = POLLIN};
        if (poll(pfds, (nfds_t)o->jobs, 200) < 0 && errno != EINTR) ok = false;
        for (int j = 0; ok && j < o->jobs; j++)
            if (ws[j].fd >= 0 && (pfds[j].revents & (POLLIN | POLLHUP | POLLERR)) && !read_worker(&ws[j], res))
                ok = reap(p, story, &ws[j], res, scratch, &alive);
        if (o->progress && now_seconds() - last_draw > 0.1) {
            long started = 0;
            for (int j = 0; j < o->jobs; j++) started += ws[j].counts.t->started;
            draw_progress(started, o->runs, false);
            last_draw = now_seconds();
        }
    }
    if (o->progress) draw_progress(o->runs, o->runs, true);
    for (int j = 0; ws && j < o->jobs; j++) { /* after a failure: leave no child or descriptor behind */
        if (ws[j].fd >= 0) {
            kill(ws[j].pid, SIGKILL);
            close(ws[j].fd);
            waitpid(ws[j].pid, NULL, 0);
        }
        buf_free(&ws[j].in);
    }
    free(ws);
    free(pfds);
    return ok;
}

/* Adds a slot's counts into the total. */
static void merge(const Story *s, const Layout *lay, Counts *to, const Counts *from)
{
    Totals *t = to->t;
    const Totals *f = from->t;
    t->runs += f->runs;
    t->choices += f->choices;
    t->errors += f->errors;
    t->chars += f->chars;
    t->hash = (uint32_t)(t->hash + f->hash);
    if (f->min_decisions >= 0 && (t->min_decisions < 0 || f->min_decisions < t->min_decisions))
        t->min_decisions = f->min_decisions;
    if (f->max_decisions > t->max_decisions) t->max_decisions = f->max_decisions;
    for (int i = 0; i < s->nscenes; i++) {
        to->visits[i] += from->visits[i];
        if (from->endings[i] == 0) continue;
        for (int m = 0; m < s->nmeters; m++) {
            size_t cell = (size_t)i * (size_t)s->nmeters + (size_t)m;
            bool first = to->endings[i] == 0;
            if (first || from->mmin[cell] < to->mmin[cell]) to->mmin[cell] = from->mmin[cell];
            if (first || from->mmax[cell] > to->mmax[cell]) to->mmax[cell] = from->mmax[cell];
            to->msum[cell] += from->msum[cell];
        }
        to->endings[i] += from->endings[i];
    }
    for (int i = 0; i < s->nchoices; i++) to->taken[i] += from->taken[i];
    for (size_t i = 0; i < tag_cells(s); i++) to->tag_kind[i] += from->tag_kind[i];
    for (int i = 0; i < s->nrules; i++) {
        to->broken[i] += from->broken[i];
        to->share_counted[i] += from->share_counted[i];
        to->share_hit[i] += from->share_hit[i];
    }
    for (int g = 0; g < lay->ngo; g++)
        for (int k = 0; k < GO_SEEN && from->go_seen[g * GO_SEEN + k]; k++)
            note_go(lay, to, lay->by_index[lay->go_choice[g]], from->go_seen[g * GO_SEEN + k] - 1);
    for (int l = 0; l < lay->nlines; l++) {
        to->cov_hits[l] += from->cov_hits[l];
        to->cov_code[l] |= from->cov_code[l];
    }
}

/* A `share` rule's verdict: 0 kept, 1 broken, -1 not judged (no play counted). */
static int share_verdict(const Story *s, const Counts *c, int rule, double *pct)
{
    long n = c->share_counted[rule];
    *pct = n ? 100.0 * (double)c->share_hit[rule] / (double)n : 0;
    if (n == 0) return -1;
    return *pct + 1e-9 < s->rules[rule].percent;
}

/* -------------------------------------------------------------- reports */

static void print_kinds(const Story *s, const Rule *r)
{
    for (int k = 0, first = 1; k < s->nkinds; k++)
        if (r->kinds && r->kinds[k]) {
            printf("%s%s", first ? "" : " or ", s->kinds[k]);
            first = 0;
        }
}

static void report_rules(const Story *s, const Counts *c)
{
    printf("\nRules\n");
    if (s->nrules == 0) printf("  (the story declares none)\n");
    for (int i = 0; i < s->nrules; i++) {
        const Rule *r = &s->rules[i];
        printf("  %s: ", r->name);
        double pct;
        switch (r->kind) {
        case RULE_SHARE:
            switch (share_verdict(s, c, i, &pct)) {
            case -1: printf("not judged: no playthrough went without '%s'\n", s->tags[r->tag]); break;
            default:
                printf("%s: %.1f%% of the %ld plays without '%s' end in ", share_verdict(s, c, i, &pct) ? "BROKEN" : "kept",
                       pct, c->share_counted[i], s->tags[r->tag]);
                print_kinds(s, r);
                printf(" (at least %g%%)\n", r->percent);
            }
            break;
        case RULE_NOTES: printf("checked by 'rekindle check'\n"); break;
        default:
            if (c->broken[i]) printf("BROKEN in %ld playthrough%s (see the errors)\n", c->broken[i], c->broken[i] == 1 ? "" : "s");
            else printf("kept\n");
        }
    }
}

/* The replay line of a failure: the whole path, or for a loop enough of
 * it to watch the loop go round. */
static void print_replay(const RtestOptions *o, const Failure *f)
{
    const char *path = f->path ? f->path : "";
    size_t len = strlen(path);
    bool loop = strstr(f->message, "(a loop?)") != NULL;
    if (loop && len > REPLAY_SHOWN) {
        size_t cut = REPLAY_SHOWN;
        while (cut > 0 && path[cut] != ',') cut--;
        int steps = 1;
        for (size_t i = 0; i < cut; i++) steps += path[i] == ',';
        printf("    see it go round (its first %d steps): rekindle --seed %llu --replay '%.*s' %s\n", steps,
               (unsigned long long)f->seed, (int)cut, path, o->path);
        return;
    }
    printf("    see it happen: rekindle --seed %llu --replay '%s' %s\n", (unsigned long long)f->seed, path, o->path);
}

static void report_text(const Story *s, const RtestOptions *o, const Layout *lay, const Results *res, double seconds)
{
    const Counts *c = &res->total;
    const Totals *t = c->t;
    printf("randomtest %s: %ld runs, %ld choices, %ld error%s (seed %llu, %d worker%s, %.2f s, %.0f choices/s)\n",
           o->path, t->runs, t->choices, t->errors, t->errors == 1 ? "" : "s", (unsigned long long)o->seed, o->jobs,
           o->jobs == 1 ? "" : "s", seconds, seconds > 0 ? (double)t->choices / seconds : 0.0);
    if (t->min_decisions >= 0) printf("choices per playthrough: %ld to %ld\n", t->min_decisions, t->max_decisions);
    if (o->checksum)
        printf("checksum: %ld runs, %ld choices, %ld characters, hash %lu\n", t->runs, t->choices, t->chars, t->hash);

    printf("\nEndings\n");
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (!sc->is_ending) continue;
        long n = c->endings[i];
        const char *kind = story_kind(s, i);
        printf("  %-28s %-11s %7ld  %5.1f%%", sc->name, kind ? kind : "-", n,
               t->runs ? 100.0 * (double)n / (double)t->runs : 0.0);
        for (int m = 0; n > 0 && m < s->nmeters; m++) {
            size_t cell = (size_t)i * (size_t)s->nmeters + (size_t)m;
            printf("  %s %.0f-%.0f (avg %.0f)", s->meters[m].name, c->mmin[cell], c->mmax[cell],
                   c->msum[cell] / (double)n);
        }
        printf("\n");
    }

    printf("\nScenes (visits)\n");
    for (int i = 0; i < s->nscenes; i++)
        if (!s->scenes[i].is_ending) printf("  %-36s %9ld\n", s->scenes[i].name, c->visits[i]);
    printf("\nChoices (taken)\n");
    for (int i = 0; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *ch = &s->scenes[i].choices[k];
            printf("  %-24.24s %-36.36s %9ld\n", s->scenes[i].name, ch->id, c->taken[ch->index]);
        }
    if (lay->ngo) {
        printf("\nWhere computed 'go's led\n");
        for (int g = 0; g < lay->ngo; g++) {
            const Choice *ch = lay->by_index[lay->go_choice[g]];
            printf("  %s:%d: choice '%s':", story_path(s, ch->file), ch->line, ch->label);
            const int *seen = &c->go_seen[g * GO_SEEN];
            for (int k = 0; k < GO_SEEN && seen[k]; k++) printf("%s %s", k ? "," : "", s->scenes[seen[k] - 1].name);
            printf("%s\n", seen[0] == 0 ? " (never taken)" : seen[GO_SEEN - 1] ? ", ..." : "");
        }
    }

    int never = 0;
    for (int i = 0; i < s->nscenes; i++) never += c->visits[i] == 0;
    for (int i = 0; i < s->nchoices; i++) never += c->taken[i] == 0;
    printf("\nNever reached%s\n", never ? "" : ": nothing");
    for (int i = 0; i < s->nscenes; i++)
        if (c->visits[i] == 0)
            printf("  %s:%d: %s '%s'\n", story_path(s, s->scenes[i].file), s->scenes[i].line,
                   s->scenes[i].is_ending ? "ending" : "scene",
                   s->scenes[i].name);
    for (int i = 0; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *ch = &s->scenes[i].choices[k];
            if (c->taken[ch->index] == 0 && c->visits[i] > 0)
                printf("  %s:%d: choice '%s'%s\n", story_path(s, ch->file), ch->line, ch->label,
                       ch->when_fn != STORY_NOREF || ch->available_fn != STORY_NOREF ? " (its condition never held?)" : "");
        }

    if (s->ntags) {
        printf("\nEndings by tags taken\n");
        size_t nk = (size_t)s->nkinds + 1;
        for (int tg = 0; tg < s->ntags; tg++)
            for (int b = 0; b < 3; b++) {
                const long *row = &c->tag_kind[((size_t)tg * 3 + (size_t)b) * nk];
                long all = 0;
                for (size_t k = 0; k < nk; k++) all += row[k];
                if (all == 0) continue;
                printf("  %-10s %s", s->tags[tg], b == 0 ? "0 " : b == 1 ? "1 " : "2+");
                for (size_t k = 0; k < nk; k++)
                    if (k < (size_t)s->nkinds || row[k])
                        printf("  %s %5.1f%%", k < (size_t)s->nkinds ? s->kinds[k] : "(no kind)",
                               100.0 * (double)row[k] / (double)all);
                printf("   (%ld)\n", all);
            }
    }

    report_rules(s, c);

    if (t->errors) {
        printf("\nErrors (%ld)\n", t->errors);
        long listed = 0;
        for (int i = 0; i < res->failures.n; i++) {
            const Failure *f = &res->failures.items[i];
            listed += f->count;
            printf("  %s\n    %ld run%s, the first with seed %llu\n", f->message, f->count, f->count == 1 ? "" : "s",
                   (unsigned long long)f->seed);
            print_replay(o, f);
        }
        if (t->errors > listed) printf("  ... and %ld more runs with other errors\n", t->errors - listed);
    }
}

/* A JSON string: sanitized first, so the output is valid UTF-8 whatever the
 * story's messages hold. */
static void json_string(const char *s)
{
    char *safe = text_sanitize(s, strlen(s));
    putchar('"');
    for (const char *p = safe ? safe : ""; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == '"' || ch == '\\') printf("\\%c", ch);
        else if (ch < 0x20) printf("\\u%04x", ch);
        else putchar(ch);
    }
    putchar('"');
    free(safe);
}

static void report_json(const Story *s, const RtestOptions *o, const Results *res, double seconds)
{
    const Counts *c = &res->total;
    const Totals *t = c->t;
    printf("{\"story\":");
    json_string(s->path);
    printf(",\"seed\":%llu,\"runs\":%ld,\"choices\":%ld,\"errors\":%ld,\"seconds\":%.3f,", (unsigned long long)o->seed,
           t->runs, t->choices, t->errors, seconds);
    printf("\"min_choices\":%ld,\"max_choices\":%ld,\"scenes\":{", t->min_decisions, t->max_decisions);
    for (int i = 0; i < s->nscenes; i++) {
        printf("%s", i ? "," : "");
        json_string(s->scenes[i].name);
        printf(":%ld", c->visits[i]);
    }
    printf("},\"choices_taken\":{");
    for (int i = 0, first = 1; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++, first = 0) {
            Buf key = {0};
            buf_printf(&key, "%s/%s", s->scenes[i].name, s->scenes[i].choices[k].id);
            printf("%s", first ? "" : ",");
            json_string(key.data ? key.data : "");
            buf_free(&key);
            printf(":%ld", c->taken[s->scenes[i].choices[k].index]);
        }
    printf("},\"endings\":{");
    for (int i = 0, first = 1; i < s->nscenes; i++) {
        if (!s->scenes[i].is_ending) continue;
        long n = c->endings[i];
        printf("%s", first ? "" : ",");
        first = 0;
        json_string(s->scenes[i].name);
        printf(":{\"kind\":");
        if (story_kind(s, i)) json_string(story_kind(s, i));
        else printf("null");
        printf(",\"count\":%ld,\"meters\":{", n);
        for (int m = 0; m < s->nmeters; m++) {
            size_t cell = (size_t)i * (size_t)s->nmeters + (size_t)m;
            printf("%s", m ? "," : "");
            json_string(s->meters[m].name);
            if (n) printf(":{\"min\":%.2f,\"max\":%.2f,\"avg\":%.2f}", c->mmin[cell], c->mmax[cell], c->msum[cell] / (double)n);
            else printf(":null");
        }
        printf("}}");
    }
    printf("},\"rules\":[");
    for (int i = 0; i < s->nrules; i++) {
        double pct = 0;
        int verdict = s->rules[i].kind == RULE_SHARE ? share_verdict(s, c, i, &pct) : c->broken[i] > 0;
        printf("%s{\"name\":", i ? "," : "");
        json_string(s->rules[i].name);
        printf(",\"broken\":%s,\"playthroughs_breaking\":%ld", verdict == 1 ? "true" : verdict == 0 ? "false" : "null",
               c->broken[i]);
        if (s->rules[i].kind == RULE_SHARE) printf(",\"percent\":%.2f,\"plays_counted\":%ld", pct, c->share_counted[i]);
        printf("}");
    }
    printf("],\"failures\":[");
    for (int i = 0; i < res->failures.n; i++) {
        const Failure *f = &res->failures.items[i];
        printf("%s{\"seed\":%llu,\"runs\":%ld,\"path\":", i ? "," : "", (unsigned long long)f->seed, f->count);
        json_string(f->path ? f->path : "");
        printf(",\"message\":");
        json_string(f->message);
        printf("}");
    }
    printf("]}\n");
}

int rtest_run(const RtestOptions *o)
{
    char err[8192];
    sandbox_coverage(o->coverage);
    Story *story = load_open(o->path, &o->limits, err, sizeof err);
    if (story == NULL) {
        load_report(err, "error");
        return EXIT_STORY_ERROR;
    }
    sandbox_track_lines(false); /* speed; a replay of any error names its exact line */
    Layout lay;
    Results res;
    memset(&res, 0, sizeof res);
    int status = EXIT_STORY_ERROR;
    int *track = malloc(sizeof *track * ((size_t)rules_size(story) + 1));
    Player p = {.story = story, .opt = o, .lay = &lay, .track = track};
    int nlines = sandbox_lines(); /* of every file of the story */
    char *shared = MAP_FAILED, *scratch_block = NULL;
    Counts scratch;
    size_t shared_size = 0;
    if (track && layout_init(&lay, story, o->coverage ? nlines : 0)) {
        shared_size = lay.size * ((size_t)o->jobs + 1);
        shared = mmap(NULL, shared_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        res.total_block = calloc(1, lay.size);
        scratch_block = calloc(1, lay.size);
    }
    double start = now_seconds();
    if (shared != MAP_FAILED && res.total_block && scratch_block) {
        bind(story, &lay, &res.total, res.total_block);
        counts_reset(&res.total, &lay);
        bind(story, &lay, &scratch, scratch_block);
        counts_reset(&scratch, &lay);
        if (run_workers(&p, story, &res, shared, &scratch)) {
            for (int j = 0; j < o->jobs; j++) {
                Counts w;
                bind(story, &lay, &w, shared + (size_t)j * lay.size);
                merge(story, &lay, &res.total, &w);
            }
            double seconds = now_seconds() - start;
            bool broken = false;
            for (int i = 0; i < story->nrules; i++) {
                double pct;
                broken = broken || (story->rules[i].kind == RULE_SHARE && share_verdict(story, &res.total, i, &pct) == 1);
            }
            if (o->json) report_json(story, o, &res, seconds);
            else report_text(story, o, &lay, &res, seconds);
            status = res.total.t->errors || broken ? EXIT_STORY_ERROR : EXIT_DONE;
            if (o->coverage && coverage_report(story, res.total.cov_hits, res.total.cov_code, lay.nlines,
                                               res.total.visits, o->coverage_out))
                status = EXIT_STORY_ERROR;
        } else {
            fprintf(stderr, "rekindle randomtest: cannot run the workers: %s\n", strerror(errno));
        }
    } else {
        fprintf(stderr, "rekindle randomtest: out of memory\n");
    }
    if (shared != MAP_FAILED) munmap(shared, shared_size);
    failures_free(&res.failures);
    free(res.total_block);
    free(scratch_block);
    free(track);
    layout_free(&lay);
    load_close(story);
    return status;
}
