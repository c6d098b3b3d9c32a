/* rtest.c - randomtest: plays a story many times, choosing at random.
 *
 * The parent loads the story, then forks workers: each inherits the loaded
 * state (so each has its own Lua state) and plays every jobs-th run. Workers
 * send lines through a pipe: "S i" before run i, "E ..." for a story error,
 * and their counts at the end. A worker that dies (a watchdog stop, a crash)
 * is reported with its seed; a tracer replays that seed alone, streaming its
 * steps, to recover the path; then a new worker carries on. */
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
#include "core/load.h"
#include "core/runtime.h"
#include "tools/coverage.h"

/* Free-text answers the random player gives (the empty one keeps the default). */
static const char *const ANSWERS[] = {"Robin", "", "Zoë Ng"};
#define NANSWERS 3
#define MAX_ERRORS 20 /* errors reported in full; the rest are counted */

/* ----------------------------------------------------------- the counts */

typedef struct {
    long runs, choices, errors;
    long min_decisions, max_decisions;
    long *scene_visits;   /* per scene */
    long *choice_taken;   /* per choice (Choice.index) */
    long *ending_count;   /* per scene (endings only) */
    double *meter_min, *meter_max, *meter_sum; /* per scene x meter, at endings */
    long *tag_kind;       /* per tag x {0, 1, 2+ taken} x kind */
    long best_runs, best_no;          /* no pressure, average meter >= 70: how many, how many not reconciled */
    long pressure_wins;               /* 2+ pressure choices and a reconciled ending */
    uint64_t pressure_win_seed;
} Stats;

typedef struct {
    uint64_t seed;        /* the first run that met it */
    char *path;
    char *message;
    long count;           /* runs that met the same message */
} Failure;

/* Where a worker is, in memory shared with the parent: knowing which run a
 * worker died in costs no system call per run. */
typedef struct {
    volatile long current;   /* the run it last started, or -1 */
    volatile long started;   /* runs it started */
} Progress;

typedef struct {
    const Story *story;
    const RtestOptions *opt;
    Progress *progress;   /* one per worker slot, shared */
    int pressure_tag;     /* index in story->tags, or -1 */
    int reconciled_kind;  /* index in story->kinds, or -1 */
} Ctx;

static size_t tag_cells(const Story *s)
{
    return (size_t)s->ntags * 3 * (size_t)s->nkinds;
}

static bool stats_init(Stats *st, const Story *s)
{
    memset(st, 0, sizeof *st);
    size_t cells = (size_t)s->nscenes * (size_t)s->nmeters + 1;
    st->min_decisions = -1;
    st->scene_visits = calloc((size_t)s->nscenes + 1, sizeof *st->scene_visits);
    st->choice_taken = calloc((size_t)s->nchoices + 1, sizeof *st->choice_taken);
    st->ending_count = calloc((size_t)s->nscenes + 1, sizeof *st->ending_count);
    st->meter_min = calloc(cells, sizeof *st->meter_min);
    st->meter_max = calloc(cells, sizeof *st->meter_max);
    st->meter_sum = calloc(cells, sizeof *st->meter_sum);
    st->tag_kind = calloc(tag_cells(s) + 1, sizeof *st->tag_kind);
    return st->scene_visits && st->choice_taken && st->ending_count && st->meter_min && st->meter_max &&
           st->meter_sum && st->tag_kind;
}

static void stats_free(Stats *st)
{
    free(st->scene_visits);
    free(st->choice_taken);
    free(st->ending_count);
    free(st->meter_min);
    free(st->meter_max);
    free(st->meter_sum);
    free(st->tag_kind);
}

static int kind_index(const Story *s, const char *kind)
{
    for (int k = 0; k < s->nkinds; k++)
        if (strcmp(s->kinds[k], kind) == 0) return k;
    return -1;
}

/* Adds a playthrough, ended or stopped by an error, to the counts. */
static void count_run(const Ctx *c, Stats *st, const Run *r)
{
    const Story *s = c->story;
    st->runs++;
    if (r->phase == PHASE_FAILED) st->errors++;
    st->choices += r->decisions;
    if (st->min_decisions < 0 || r->decisions < st->min_decisions) st->min_decisions = r->decisions;
    if (r->decisions > st->max_decisions) st->max_decisions = r->decisions;
    for (int i = 0; i < s->nscenes; i++) st->scene_visits[i] += r->visits[i];
    if (r->phase != PHASE_ENDED) return;
    int e = r->scene, kind = kind_index(s, s->scenes[e].kind);
    long seen = st->ending_count[e]++;
    double mean = 0;
    for (int m = 0; m < s->nmeters; m++) {
        double v = r->meters[m];
        size_t cell = (size_t)e * (size_t)s->nmeters + (size_t)m;
        if (seen == 0 || v < st->meter_min[cell]) st->meter_min[cell] = v;
        if (seen == 0 || v > st->meter_max[cell]) st->meter_max[cell] = v;
        st->meter_sum[cell] += v;
        mean += v / s->nmeters;
    }
    /* How endings fall by the tags of the choices taken. */
    int *taken = calloc((size_t)s->ntags + 1, sizeof *taken);
    if (taken == NULL) return;
    for (int i = 0; i < r->npath; i++) {
        const Choice *ch = r->path[i].choice;
        if (ch == NULL) continue;
        for (int t = 0; t < ch->ntags; t++)
            for (int k = 0; k < s->ntags; k++)
                if (strcmp(ch->tags[t], s->tags[k]) == 0) taken[k]++;
    }
    for (int t = 0; t < s->ntags; t++) {
        int bucket = taken[t] >= 2 ? 2 : taken[t];
        st->tag_kind[((size_t)t * 3 + (size_t)bucket) * (size_t)s->nkinds + (size_t)kind]++;
    }
    int pressure = c->pressure_tag >= 0 ? taken[c->pressure_tag] : 0;
    if (pressure >= 2 && kind == c->reconciled_kind && st->pressure_wins++ == 0) st->pressure_win_seed = r->seed;
    if (pressure == 0 && s->nmeters > 0 && mean >= 70) {
        st->best_runs++;
        st->best_no += kind != c->reconciled_kind;
    }
    free(taken);
}

/* ------------------------------------------------------------ one play */

static void send(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Writes a line straight to the pipe: nothing buffered is lost if the
 * process is ended by the watchdog. */
static void send(int fd, const char *fmt, ...)
{
    char buf[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    size_t len = (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1;
    for (size_t off = 0; off < len;) {
        ssize_t w = write(fd, buf + off, len - off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        off += (size_t)w;
    }
}

/* Tabs and newlines would break the line protocol. */
static void flatten(char *s)
{
    for (; *s; s++)
        if (*s == '\t' || *s == '\n') *s = ' ';
}

/* Plays one run; with trace_fd >= 0, sends each step before taking it.
 * Returns false on a story error (message in err). */
static bool play_one(const Ctx *c, Stats *st, uint64_t seed, int trace_fd, char *err, size_t errlen)
{
    Run r;
    Rng chooser;
    rng_seed(&chooser, seed ^ 0x9e3779b97f4a7c15ULL);
    bool ok = run_start_quiet(&r, c->story, seed, true, err, errlen);
    while (ok && r.phase != PHASE_ENDED) {
        if (r.decisions >= c->opt->max_steps) {
            snprintf(err, errlen, "%s: no ending after %d choices (a loop?) in scene '%s'", c->story->path,
                     c->opt->max_steps, c->story->scenes[r.scene].name);
            ok = false;
            break;
        }
        if (r.phase == PHASE_CHOICE) {
            int k = (int)rng_range(&chooser, 0, r.navail - 1);
            if (trace_fd >= 0) send(trace_fd, "T %s\n", r.avail[k]->id);
            st->choice_taken[r.avail[k]->index]++;
            ok = run_choose(&r, k, err, errlen);
        } else if (r.phase == PHASE_ASK) {
            const char *a = ANSWERS[rng_range(&chooser, 0, NANSWERS - 1)];
            if (trace_fd >= 0) send(trace_fd, "T =%s\n", a);
            ok = run_answer(&r, a, err, errlen) == ANSWER_OK;
        } else if (r.phase == PHASE_PRONOUN) {
            Pronoun p = (Pronoun)rng_range(&chooser, 0, PRONOUN_COUNT - 1);
            if (trace_fd >= 0) send(trace_fd, "T @%s\n", pronoun_id(p));
            ok = run_pick_pronoun(&r, p, err, errlen);
        } else {
            ok = false; /* PHASE_FAILED: err is set */
        }
    }
    if (!ok) r.phase = PHASE_FAILED; /* a loop cut short, too */
    count_run(c, st, &r);
    if (!ok && trace_fd < 0) {
        char *path = run_path_text(&r);
        flatten(err);
        if (path) flatten(path);
        send(STDOUT_FILENO, "E %llu\t%s\t%s\n", (unsigned long long)seed, path ? path : "", err);
        free(path);
    }
    run_free(&r);
    return ok;
}

/* --------------------------------------------------------------- workers */

static void send_array(int fd, const char *name, const long *v, size_t n)
{
    char buf[64];
    send(fd, "A %s", name);
    for (size_t i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, " %ld", v[i]);
        send(fd, "%s", buf);
    }
    send(fd, "\n");
}

static void send_doubles(int fd, const char *name, const double *v, size_t n)
{
    send(fd, "A %s", name);
    for (size_t i = 0; i < n; i++) send(fd, " %.17g", v[i]);
    send(fd, "\n");
}

/* A worker's life: runs first, first + jobs, ... < runs; stdout is the pipe. */
static void worker(Ctx *c, Story *story, long first, Progress *at)
{
    const RtestOptions *o = c->opt;
    Stats st;
    char err[SANDBOX_ERROR_MAX];
    if (!stats_init(&st, story)) _exit(3);
    for (long i = first; i < o->runs; i += o->jobs) {
        at->current = i;
        at->started++;
        if (play_one(c, &st, o->seed + (uint64_t)i, -1, err, sizeof err) || !sandbox_stopped()) continue;
        /* A stopped story never runs again: load it afresh. */
        char lerr[8192];
        load_close(story);
        story = load_open(o->path, &o->limits, lerr, sizeof lerr, NULL, NULL);
        if (story == NULL) _exit(3);
        sandbox_track_lines(false);
        c->story = story;
    }
    const Story *s = c->story;
    size_t cells = (size_t)s->nscenes * (size_t)s->nmeters;
    send(STDOUT_FILENO, "X %ld %ld %ld %ld %ld %ld %ld %ld %llu\n", st.runs, st.choices, st.errors,
         st.min_decisions, st.max_decisions, st.best_runs, st.best_no, st.pressure_wins,
         (unsigned long long)st.pressure_win_seed);
    send_array(STDOUT_FILENO, "visits", st.scene_visits, (size_t)s->nscenes);
    send_array(STDOUT_FILENO, "taken", st.choice_taken, (size_t)s->nchoices);
    send_array(STDOUT_FILENO, "endings", st.ending_count, (size_t)s->nscenes);
    send_doubles(STDOUT_FILENO, "min", st.meter_min, cells);
    send_doubles(STDOUT_FILENO, "max", st.meter_max, cells);
    send_doubles(STDOUT_FILENO, "sum", st.meter_sum, cells);
    send_array(STDOUT_FILENO, "tags", st.tag_kind, tag_cells(s));
    if (o->coverage) {
        const long *hits;
        const unsigned char *code;
        int n = sandbox_coverage_result(&hits, &code);
        send_array(STDOUT_FILENO, "covhits", hits, (size_t)n);
        send(STDOUT_FILENO, "A covcode");
        for (int i = 0; i < n; i++) send(STDOUT_FILENO, " %d", code[i]);
        send(STDOUT_FILENO, "\n");
    }
    send(STDOUT_FILENO, "D\n");
    stats_free(&st);
    _exit(0);
}

typedef struct {
    pid_t pid;
    int fd;
    long first;       /* its first run */
    Progress *progress; /* its slot in the shared memory */
    long *endings;    /* its ending counts, kept until its meter lines are merged */
    bool done;        /* it sent "D" */
    char buf[1 << 16];
    size_t len;
    char crash[512];  /* a line that was not protocol: what it said as it died */
} Worker;

static bool spawn(Worker *w, Ctx *c, Story *story, long first)
{
    int fds[2];
    w->progress->current = -1;
    w->progress->started = 0;
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
        worker(c, story, first, w->progress);
    }
    close(fds[1]);
    Progress *at = w->progress;
    long *endings = w->endings;
    memset(w, 0, sizeof *w);
    w->progress = at;
    w->endings = endings;
    w->pid = pid;
    w->fd = fds[0];
    w->first = first;
    return true;
}

/* ------------------------------------------------------------ the parent */

typedef struct {
    Stats total;
    long *cov_hits;       /* per line, summed over the workers */
    long *cov_code;       /* per line: non-zero when it holds code that ran */
    int cov_nhits, cov_ncode;
    long lost;            /* runs whose counts died with a worker */
    Failure failures[MAX_ERRORS];
    int nfailures;
    long started;
} Results;

static void add_longs(long *to, const char *text, size_t n)
{
    char *end;
    for (size_t i = 0; i < n; i++) {
        to[i] += strtol(text, &end, 10);
        text = end;
    }
}

static void merge_doubles(double *to, const char *text, size_t n, int how, const long *seen, const long *had,
                          int nmeters)
{
    char *end;
    for (size_t i = 0; i < n; i++) {
        double v = strtod(text, &end);
        text = end;
        size_t scene = nmeters ? i / (size_t)nmeters : 0;
        if (seen[scene] == 0) continue;       /* the worker never ended here */
        if (how == 0) to[i] += v;             /* sum */
        else if (had[scene] == 0) to[i] = v;  /* first to end here */
        else if (how < 0 ? v < to[i] : v > to[i]) to[i] = v;
    }
}

/* Adds a line of numbers into *v, growing it to hold them all. */
static void add_growing(long **v, int *n, const char *text)
{
    char *end;
    for (int i = 0;; i++, text = end) {
        long x = strtol(text, &end, 10);
        if (end == text) return;
        if (i >= *n) {
            long *grown = realloc(*v, sizeof *grown * (size_t)(i + 256));
            if (grown == NULL) return;
            memset(grown + *n, 0, sizeof *grown * (size_t)(i + 256 - *n));
            *v = grown;
            *n = i + 256;
        }
        (*v)[i] += x;
    }
}

/* Keeps one failure per distinct message: the first seed to meet it. */
static void add_failure(Results *res, uint64_t seed, const char *path, const char *msg)
{
    res->total.errors++;
    msg = msg ? msg : "";
    for (int i = 0; i < res->nfailures; i++)
        if (strcmp(res->failures[i].message, msg) == 0) {
            res->failures[i].count++;
            if (seed < res->failures[i].seed) { /* report the same one whatever the workers' timing */
                char *p = strdup(path ? path : "");
                if (p) {
                    free(res->failures[i].path);
                    res->failures[i].path = p;
                    res->failures[i].seed = seed;
                }
            }
            return;
        }
    if (res->nfailures == MAX_ERRORS) return;
    Failure *f = &res->failures[res->nfailures++];
    f->seed = seed;
    f->path = strdup(path ? path : "");
    f->message = strdup(msg);
    f->count = 1;
}

/* Handles one line from a worker. The X line comes before the arrays; the
 * worker's ending counts are kept aside to merge its meter ranges. */
static void handle_line(Ctx *c, Worker *w, Results *res, char *line)
{
    long *w_endings = w->endings;
    const Story *s = c->story;
    size_t cells = (size_t)s->nscenes * (size_t)s->nmeters;
    Stats *t = &res->total;
    if (line[0] == 'E' && line[1] == ' ') {
        char *seed = line + 2, *path = strchr(seed, '\t'), *msg = path ? strchr(path + 1, '\t') : NULL;
        if (path) *path++ = '\0';
        if (msg) *msg++ = '\0';
        add_failure(res, strtoull(seed, NULL, 10), path, msg);
        res->total.errors--; /* the worker counts its errors in its X line */
    } else if (line[0] == 'X') {
        long v[9] = {0};
        char *p = line + 1, *end;
        for (int i = 0; i < 9; i++, p = end) v[i] = strtol(p, &end, 10);
        t->runs += v[0];
        t->choices += v[1];
        t->errors += v[2];
        if (v[3] >= 0 && (t->min_decisions < 0 || v[3] < t->min_decisions)) t->min_decisions = v[3];
        if (v[4] > t->max_decisions) t->max_decisions = v[4];
        t->best_runs += v[5];
        t->best_no += v[6];
        if (v[7] > 0 && t->pressure_wins == 0) t->pressure_win_seed = (uint64_t)v[8];
        t->pressure_wins += v[7];
    } else if (strncmp(line, "A visits ", 9) == 0) {
        add_longs(t->scene_visits, line + 9, (size_t)s->nscenes);
    } else if (strncmp(line, "A taken ", 8) == 0) {
        add_longs(t->choice_taken, line + 8, (size_t)s->nchoices);
    } else if (strncmp(line, "A endings ", 10) == 0) {
        memset(w_endings, 0, sizeof *w_endings * (size_t)s->nscenes);
        add_longs(w_endings, line + 10, (size_t)s->nscenes);
    } else if (strncmp(line, "A min ", 6) == 0) {
        merge_doubles(t->meter_min, line + 6, cells, -1, w_endings, t->ending_count, s->nmeters);
    } else if (strncmp(line, "A max ", 6) == 0) {
        merge_doubles(t->meter_max, line + 6, cells, 1, w_endings, t->ending_count, s->nmeters);
    } else if (strncmp(line, "A sum ", 6) == 0) {
        merge_doubles(t->meter_sum, line + 6, cells, 0, w_endings, t->ending_count, s->nmeters);
        for (int i = 0; i < s->nscenes; i++) t->ending_count[i] += w_endings[i];
    } else if (strncmp(line, "A covhits ", 10) == 0) {
        add_growing(&res->cov_hits, &res->cov_nhits, line + 10);
    } else if (strncmp(line, "A covcode ", 10) == 0) {
        add_growing(&res->cov_code, &res->cov_ncode, line + 10);
    } else if (strncmp(line, "A tags ", 7) == 0) {
        add_longs(t->tag_kind, line + 7, tag_cells(s));
    } else if (line[0] == 'D' && line[1] == '\0') {
        w->done = true;
    } else if (line[0] && !w->crash[0]) {
        snprintf(w->crash, sizeof w->crash, "%s", line);
    }
}

/* Replays one seed alone in a child that streams its steps; returns the
 * path it reached (malloc'd) before it stopped. */
static char *trace_seed(Ctx *c, Story *story, uint64_t seed)
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
        Stats st;
        char err[SANDBOX_ERROR_MAX];
        if (stats_init(&st, story)) play_one(c, &st, seed, fds[1], err, sizeof err);
        _exit(0);
    }
    close(fds[1]);
    if (pid < 0) {
        close(fds[0]);
        return NULL;
    }
    size_t cap = 4096, len = 0;
    char *all = malloc(cap);
    ssize_t n;
    while (all && (n = read(fds[0], all + len, cap - len - 1)) != 0) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        len += (size_t)n;
        if (len + 1 >= cap) {
            char *grown = realloc(all, cap *= 2);
            if (grown == NULL) break;
            all = grown;
        }
    }
    close(fds[0]);
    waitpid(pid, NULL, 0);
    if (all == NULL) return NULL;
    all[len] = '\0';
    /* "T step" lines become a path. */
    Buf path = {0};
    for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "T ", 2) != 0) continue;
        const char *p = line + 2;
        StepKind kind = *p == '=' ? STEP_ANSWER : *p == '@' ? STEP_PRONOUN : STEP_CHOICE;
        path_add(&path, kind, kind == STEP_CHOICE ? p : p + 1);
    }
    free(all);
    return buf_take(&path);
}

static void draw_progress(long done, long total, bool final)
{
    int cells = 30, filled = total > 0 ? (int)(done * cells / total) : cells;
    fprintf(stderr, "\r  [");
    for (int i = 0; i < cells; i++) fputs(i < filled ? "#" : ".", stderr);
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

/* Runs all workers to the end, restarting any that die. */
static bool run_workers(Ctx *c, Story *story, Results *res)
{
    const RtestOptions *o = c->opt;
    Worker *ws = calloc((size_t)o->jobs, sizeof *ws);
    struct pollfd *pfds = calloc((size_t)o->jobs, sizeof *pfds);
    Progress *shared = mmap(NULL, sizeof *shared * (size_t)o->jobs, PROT_READ | PROT_WRITE,
                            MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (!ws || !pfds || shared == MAP_FAILED) return false;
    for (int j = 0; j < o->jobs; j++) {
        ws[j].progress = &shared[j];
        if ((ws[j].endings = calloc((size_t)story->nscenes + 1, sizeof *ws[j].endings)) == NULL) return false;
    }
    int alive = 0;
    for (int j = 0; j < o->jobs; j++) {
        if (j >= o->runs) {
            ws[j].fd = -1;
            continue;
        }
        if (!spawn(&ws[j], c, story, j)) return false;
        alive++;
    }
    double last_draw = 0;
    while (alive > 0) {
        for (int j = 0; j < o->jobs; j++) {
            pfds[j].fd = ws[j].fd;
            pfds[j].events = POLLIN;
        }
        if (poll(pfds, (nfds_t)o->jobs, 200) < 0 && errno != EINTR) break;
        for (int j = 0; j < o->jobs; j++) {
            Worker *w = &ws[j];
            if (w->fd < 0 || !(pfds[j].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = read(w->fd, w->buf + w->len, sizeof w->buf - w->len - 1);
            if (n > 0) {
                w->len += (size_t)n;
                w->buf[w->len] = '\0';
                char *line = w->buf, *nl;
                while ((nl = strchr(line, '\n')) != NULL) {
                    *nl = '\0';
                    handle_line(c, w, res, line);
                    line = nl + 1;
                }
                w->len = strlen(line);
                memmove(w->buf, line, w->len + 1);
                if (w->len == sizeof w->buf - 1) w->len = 0; /* a runaway line: drop it */
                continue;
            }
            if (n < 0 && errno == EINTR) continue;
            /* End of the pipe: finished, or died. */
            close(w->fd);
            w->fd = -1;
            int status = 0;
            waitpid(w->pid, &status, 0);
            alive--;
            if (w->done) continue;
            long run = w->progress->current >= 0 ? w->progress->current : w->first;
            uint64_t seed = o->seed + (uint64_t)run;
            char msg[700];
            if (w->crash[0]) snprintf(msg, sizeof msg, "%s", w->crash);
            else if (WIFSIGNALED(status)) snprintf(msg, sizeof msg, "the engine was ended by signal %d", WTERMSIG(status));
            else snprintf(msg, sizeof msg, "the engine stopped with status %d", WEXITSTATUS(status));
            char *path = trace_seed(c, story, seed);
            add_failure(res, seed, path, msg);
            res->total.runs++;
            res->lost += w->progress->started - 1; /* played, but their counts die with it */
            res->total.runs += w->progress->started - 1;
            res->started += w->progress->started;
            free(path);
            if (run + o->jobs < o->runs) {
                if (!spawn(w, c, story, run + o->jobs)) return false;
                alive++;
            }
        }
        if (o->progress && now_seconds() - last_draw > 0.1) {
            long started = res->started;
            for (int j = 0; j < o->jobs; j++) started += ws[j].progress->started;
            draw_progress(started, o->runs, false);
            last_draw = now_seconds();
        }
    }
    if (o->progress) draw_progress(o->runs, o->runs, true);
    for (int j = 0; j < o->jobs; j++) free(ws[j].endings);
    free(ws);
    free(pfds);
    munmap(shared, sizeof *shared * (size_t)o->jobs);
    return true;
}

/* -------------------------------------------------------------- reports */

static void report_text(const Ctx *c, const Results *res, double seconds)
{
    const Story *s = c->story;
    const Stats *t = &res->total;
    const RtestOptions *o = c->opt;
    printf("randomtest %s: %ld runs, %ld choices, %ld error%s (seed %llu, %d worker%s, %.2f s, %.0f choices/s)\n",
           o->path, t->runs, t->choices, t->errors, t->errors == 1 ? "" : "s", (unsigned long long)o->seed, o->jobs,
           o->jobs == 1 ? "" : "s", seconds, seconds > 0 ? (double)t->choices / seconds : 0.0);
    if (t->min_decisions >= 0) printf("choices per playthrough: %ld to %ld\n", t->min_decisions, t->max_decisions);
    if (res->lost) printf("(the counts of %ld runs were lost with workers that died; their errors are below)\n", res->lost);

    printf("\nEndings\n");
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (!sc->is_ending) continue;
        long n = t->ending_count[i];
        printf("  %-28s %-11s %7ld  %5.1f%%", sc->name, sc->kind, n, t->runs ? 100.0 * (double)n / (double)t->runs : 0.0);
        for (int m = 0; n > 0 && m < s->nmeters; m++) {
            size_t cell = (size_t)i * (size_t)s->nmeters + (size_t)m;
            printf("  %s %.0f-%.0f (avg %.0f)", s->meters[m].name, t->meter_min[cell], t->meter_max[cell],
                   t->meter_sum[cell] / (double)n);
        }
        printf("\n");
    }

    printf("\nScenes (visits)\n");
    for (int i = 0; i < s->nscenes; i++)
        if (!s->scenes[i].is_ending) printf("  %-36s %9ld\n", s->scenes[i].name, t->scene_visits[i]);
    printf("\nChoices (taken)\n");
    for (int i = 0; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *ch = &s->scenes[i].choices[k];
            printf("  %-24.24s %-36.36s %9ld\n", s->scenes[i].name, ch->id, t->choice_taken[ch->index]);
        }

    int never = 0;
    for (int i = 0; i < s->nscenes; i++) never += t->scene_visits[i] == 0;
    for (int i = 0; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) never += t->choice_taken[s->scenes[i].choices[k].index] == 0;
    printf("\nNever reached%s\n", never ? "" : ": nothing");
    for (int i = 0; i < s->nscenes; i++)
        if (t->scene_visits[i] == 0)
            printf("  %s:%d: %s '%s'\n", s->path, s->scenes[i].line, s->scenes[i].is_ending ? "ending" : "scene",
                   s->scenes[i].name);
    for (int i = 0; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *ch = &s->scenes[i].choices[k];
            if (t->choice_taken[ch->index] == 0 && t->scene_visits[i] > 0)
                printf("  %s:%d: choice '%s' (shown only when its condition holds?)\n", s->path, ch->line, ch->label);
        }

    printf("\nEndings by tags taken\n");
    for (int tg = 0; tg < s->ntags; tg++)
        for (int b = 0; b < 3; b++) {
            long row = 0;
            for (int k = 0; k < s->nkinds; k++) row += t->tag_kind[((size_t)tg * 3 + (size_t)b) * (size_t)s->nkinds + (size_t)k];
            if (row == 0) continue;
            printf("  %-10s %s", s->tags[tg], b == 0 ? "0 " : b == 1 ? "1 " : "2+");
            for (int k = 0; k < s->nkinds; k++) {
                long v = t->tag_kind[((size_t)tg * 3 + (size_t)b) * (size_t)s->nkinds + (size_t)k];
                printf("  %s %5.1f%%", s->kinds[k], 100.0 * (double)v / (double)row);
            }
            printf("   (%ld)\n", row);
        }

    printf("\nRules\n");
    if (c->pressure_tag >= 0 && c->reconciled_kind >= 0) {
        printf("  2+ pressure choices and a reconciled ending: %ld", t->pressure_wins);
        if (t->pressure_wins) printf(" (first with seed %llu)", (unsigned long long)t->pressure_win_seed);
        printf("\n");
        printf("  no pressure and average meter >= 70: %ld playthrough%s", t->best_runs, t->best_runs == 1 ? "" : "s");
        if (t->best_runs) printf(", %.1f%% of them not reconciled", 100.0 * (double)t->best_no / (double)t->best_runs);
        printf("\n");
    } else {
        printf("  (the story has no 'pressure' tag or 'reconciled' kind: nothing to check)\n");
    }

    if (t->errors) {
        printf("\nErrors (%ld)\n", t->errors);
        for (int i = 0; i < res->nfailures; i++) {
            const Failure *f = &res->failures[i];
            printf("  %s\n    %ld run%s, the first with seed %llu\n", f->message, f->count, f->count == 1 ? "" : "s",
                   (unsigned long long)f->seed);
            if (strlen(f->path) <= 300)
                printf("    see it happen: rekindle --seed %llu --replay '%s' %s\n", (unsigned long long)f->seed,
                       f->path, o->path);
            else
                printf("    its path is %zu characters long: --json prints it whole\n", strlen(f->path));
        }
        long listed = 0;
        for (int i = 0; i < res->nfailures; i++) listed += res->failures[i].count;
        if (t->errors > listed) printf("  ... and %ld more runs with other errors\n", t->errors - listed);
    }
}

static void json_string(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') printf("\\%c", ch);
        else if (ch < 0x20) printf("\\u%04x", ch);
        else putchar(ch);
    }
    putchar('"');
}

static void report_json(const Ctx *c, const Results *res, double seconds)
{
    const Story *s = c->story;
    const Stats *t = &res->total;
    printf("{\"story\":");
    json_string(s->path);
    printf(",\"seed\":%llu,\"runs\":%ld,\"choices\":%ld,\"errors\":%ld,\"seconds\":%.3f,", (unsigned long long)c->opt->seed,
           t->runs, t->choices, t->errors, seconds);
    printf("\"min_choices\":%ld,\"max_choices\":%ld,\"scenes\":{", t->min_decisions, t->max_decisions);
    for (int i = 0; i < s->nscenes; i++) {
        printf("%s", i ? "," : "");
        json_string(s->scenes[i].name);
        printf(":%ld", t->scene_visits[i]);
    }
    printf("},\"choices_taken\":{");
    for (int i = 0, first = 1; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++, first = 0) {
            char key[256];
            snprintf(key, sizeof key, "%s/%s", s->scenes[i].name, s->scenes[i].choices[k].id);
            printf("%s", first ? "" : ",");
            json_string(key);
            printf(":%ld", t->choice_taken[s->scenes[i].choices[k].index]);
        }
    printf("},\"endings\":{");
    for (int i = 0, first = 1; i < s->nscenes; i++) {
        if (!s->scenes[i].is_ending) continue;
        long n = t->ending_count[i];
        printf("%s", first ? "" : ",");
        first = 0;
        json_string(s->scenes[i].name);
        printf(":{\"kind\":");
        json_string(s->scenes[i].kind);
        printf(",\"count\":%ld,\"meters\":{", n);
        for (int m = 0; m < s->nmeters; m++) {
            size_t cell = (size_t)i * (size_t)s->nmeters + (size_t)m;
            printf("%s", m ? "," : "");
            json_string(s->meters[m].name);
            if (n) printf(":{\"min\":%.2f,\"max\":%.2f,\"avg\":%.2f}", t->meter_min[cell], t->meter_max[cell],
                          t->meter_sum[cell] / (double)n);
            else printf(":null");
        }
        printf("}}");
    }
    printf("},\"tags\":{");
    for (int tg = 0; tg < s->ntags; tg++) {
        printf("%s", tg ? "," : "");
        json_string(s->tags[tg]);
        printf(":[");
        for (int b = 0; b < 3; b++) {
            printf("%s{", b ? "," : "");
            for (int k = 0; k < s->nkinds; k++) {
                printf("%s", k ? "," : "");
                json_string(s->kinds[k]);
                printf(":%ld", t->tag_kind[((size_t)tg * 3 + (size_t)b) * (size_t)s->nkinds + (size_t)k]);
            }
            printf("}");
        }
        printf("]");
    }
    printf("},\"pressure_wins\":%ld,\"best_runs\":%ld,\"best_not_reconciled\":%ld,\"failures\":[", t->pressure_wins,
           t->best_runs, t->best_no);
    for (int i = 0; i < res->nfailures; i++) {
        printf("%s{\"seed\":%llu,\"runs\":%ld,\"path\":", i ? "," : "", (unsigned long long)res->failures[i].seed,
               res->failures[i].count);
        json_string(res->failures[i].path);
        printf(",\"message\":");
        json_string(res->failures[i].message);
        printf("}");
    }
    printf("]}\n");
}

/* The workers' line counts plus the parent's own (loading the story). */
static int report_coverage(Results *res, const RtestOptions *o, const char *text, size_t len)
{
    const long *hits;
    const unsigned char *code;
    int n = sandbox_coverage_result(&hits, &code);
    int lines = res->cov_nhits > res->cov_ncode ? res->cov_nhits : res->cov_ncode;
    if (n > lines) lines = n;
    long *all = calloc((size_t)lines + 1, sizeof *all);
    unsigned char *flags = calloc((size_t)lines + 1, 1);
    int status = 1;
    if (all && flags) {
        for (int i = 0; i < lines; i++) {
            all[i] = (i < res->cov_nhits ? res->cov_hits[i] : 0) + (i < n ? hits[i] : 0);
            flags[i] = (i < res->cov_ncode && res->cov_code[i]) || (i < n && code[i]);
        }
        status = coverage_report(o->path, text, len, all, flags, lines, o->coverage_out);
    }
    free(all);
    free(flags);
    return status;
}

int rtest_run(const RtestOptions *o)
{
    char err[8192];
    char *text = NULL;
    size_t len = 0;
    sandbox_coverage(o->coverage);
    Story *story = load_open(o->path, &o->limits, err, sizeof err, &text, &len);
    if (story == NULL) {
        load_report(err, "error");
        return EXIT_STORY_ERROR;
    }
    sandbox_track_lines(false); /* speed; a replay of any error names its exact line */
    Ctx c = {.story = story, .opt = o, .pressure_tag = -1, .reconciled_kind = kind_index(story, "reconciled")};
    for (int t = 0; t < story->ntags; t++)
        if (strcmp(story->tags[t], "pressure") == 0) c.pressure_tag = t;
    Results res;
    memset(&res, 0, sizeof res);
    int status = EXIT_STORY_ERROR;
    double start = now_seconds();
    if (stats_init(&res.total, story) && run_workers(&c, story, &res)) {
        double seconds = now_seconds() - start;
        if (o->json) report_json(&c, &res, seconds);
        else report_text(&c, &res, seconds);
        status = res.total.errors ? EXIT_STORY_ERROR : EXIT_DONE;
        if (o->coverage && report_coverage(&res, o, text, len)) status = EXIT_STORY_ERROR;
    } else {
        fprintf(stderr, "rekindle randomtest: cannot start the workers: %s\n", strerror(errno));
    }
    for (int i = 0; i < res.nfailures; i++) {
        free(res.failures[i].path);
        free(res.failures[i].message);
    }
    stats_free(&res.total);
    free(res.cov_hits);
    free(res.cov_code);
    free(text);
    load_close(story);
    return status;
}
