/* qtest.c - quicktest: breadth-first search over a story's states.
 *
 * A state is a quiet run's C state after entering a scene (story functions
 * keep no state of their own: see the determinism rules), so a state is
 * explored by cloning it and applying one answer. Chance is explored too: the
 * generator is replaced by an oracle that answers each draw with the first
 * value of its range, remembers the draws, and is then run again with the
 * next combination, like an odometer. Ranges of up to CHANCE_FULL values are
 * enumerated; larger ones (and float draws) are sampled, and then the search
 * no longer claims anything is "never" so.
 *
 * States are deduplicated by a hash of what can matter: scene, once-only
 * choices taken, the call stack, pressure choices taken (0, 1, 2+),
 * visit counts only when the story's code asks for them, and only the
 * variables, meters and pronoun that story code reads. Which those are is found by
 * searching again until a search reads nothing outside its key: then states
 * with equal keys behave alike, and the search is exact. */
#include "tools/qtest.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/hash.h"
#include "base/status.h"
#include "core/load.h"
#include "core/runtime.h"
#include "tools/coverage.h"

#define CHANCE_FULL 100     /* draws over at most this many values are enumerated */
#define CHANCE_SAMPLES 5    /* larger ones are sampled at this many points */
#define MAX_DRAWS 32        /* draws in one step, beyond which the rest take their first value */
#define MAX_COMBINATIONS 20000 /* outcomes of chance explored for one step */
#define MAX_ERRORS 20

static const char *const ANSWERS[] = {"Robin", ""};
#define NANSWERS 2

/* ---------------------------------------------------------------- chance */

typedef struct {
    int64_t lo, hi;
    int index, count;   /* which of `count` outcomes */
    bool real;          /* a float draw */
    bool sampled;       /* not every value of the range is tried */
} Draw;

typedef struct {
    RngOracle base;
    Draw draws[MAX_DRAWS];
    int ndraws;         /* recorded this time */
    int nforced;        /* the first nforced come from the previous combination */
    int pos;
    bool overflow;      /* more draws than MAX_DRAWS */
} Oracle;

static int64_t draw_value(const Draw *d)
{
    if (!d->sampled) return d->lo + d->index;
    uint64_t span = (uint64_t)d->hi - (uint64_t)d->lo;
    return (int64_t)((uint64_t)d->lo + span / (uint64_t)(d->count - 1) * (uint64_t)d->index);
}

static Draw *next_draw(Oracle *o, int64_t lo, int64_t hi, bool real)
{
    if (o->pos >= MAX_DRAWS) {
        o->overflow = true;
        return NULL;
    }
    Draw *d = &o->draws[o->pos];
    if (o->pos >= o->nforced) {
        uint64_t span = (uint64_t)hi - (uint64_t)lo;
        *d = (Draw){.lo = lo, .hi = hi, .index = 0, .real = real};
        d->sampled = real || span >= CHANCE_FULL;
        d->count = d->sampled ? CHANCE_SAMPLES : (int)span + 1;
        o->ndraws = o->pos + 1;
    }
    o->pos++;
    return d;
}

static int64_t oracle_range(RngOracle *base, int64_t lo, int64_t hi)
{
    Draw *d = next_draw((Oracle *)base, lo, hi, false);
    return d ? draw_value(d) : lo;
}

static double oracle_real(RngOracle *base)
{
    Draw *d = next_draw((Oracle *)base, 0, CHANCE_SAMPLES - 1, true);
    return d ? (double)d->index / CHANCE_SAMPLES : 0.0;
}

/* Moves to the next combination of outcomes; false when all were tried. */
static bool oracle_next(Oracle *o)
{
    for (int i = o->ndraws - 1; i >= 0; i--)
        if (o->draws[i].index + 1 < o->draws[i].count) {
            o->draws[i].index++;
            o->nforced = o->ndraws = i + 1;
            return true;
        }
    return false;
}

/* ----------------------------------------------------------------- states */

typedef struct {
    int parent;         /* node it was reached from, -1 for the start */
    char *step;         /* the answer that led here, with the chance it met */
    int pressure;       /* pressure choices on the way here, counted up to 2 */
    Run *run;           /* while waiting to be explored */
} Node;

typedef struct {
    const QtestOptions *opt;
    const Story *story;
    bool use_visits;    /* the code asks visits() or turns_since() */
    int pressure_tag;
    Node *nodes;
    long nnodes, capnodes;
    uint64_t *seen;     /* open-addressing hash set of state keys */
    size_t seen_cap, seen_len;
    long transitions;
    bool cut_short;     /* --max-states reached */
    bool sampled;       /* some chance was sampled */
    bool overflowed;    /* too many draws or combinations in a step */
    long *reached;      /* per scene */
    long *taken;        /* per choice */
    long pressure_wins;
    char *pressure_win_path;
    char *errors[MAX_ERRORS];
    char *error_paths[MAX_ERRORS];
    int nerrors;
    long total_errors;
    unsigned char *conditions;
    unsigned char *reads;   /* slots story code read during this search */
    unsigned char *keyed;   /* slots in the state key: those read in the search before */
} Search;

static uint64_t state_key(const Search *q, const Run *r, int pressure)
{
    const Story *s = q->story;
    uint64_t h = HASH_START;
    h = hash_bytes(h, &r->scene, sizeof r->scene);
    h = hash_bytes(h, &r->phase, sizeof r->phase);
    if (q->keyed[s->nvars + s->nmeters]) h = hash_bytes(h, &r->pronoun, sizeof r->pronoun);
    h = hash_bytes(h, &pressure, sizeof pressure);
    h = hash_bytes(h, &r->ncalls, sizeof r->ncalls);
    h = hash_bytes(h, r->calls, sizeof *r->calls * (size_t)r->ncalls);
    for (int i = 0; i < s->nvars; i++) {
        const Value *v = &r->vars[i];
        if (!q->keyed[i]) continue;
        if (v->type == VAL_STRING) h = hash_bytes(h, v->string, strlen(v->string) + 1);
        else if (v->type == VAL_BOOLEAN) h = hash_bytes(h, &v->boolean, sizeof v->boolean);
        else {
            double d = v->number == 0 ? 0 : v->number; /* -0 and 0 are one value */
            h = hash_bytes(h, &d, sizeof d);
        }
    }
    for (int i = 0; i < s->nmeters; i++) {
        if (!q->keyed[s->nvars + i]) continue;
        double d = r->meters[i] == 0 ? 0 : r->meters[i];
        h = hash_bytes(h, &d, sizeof d);
    }
    h = hash_bytes(h, r->taken, sizeof *r->taken * (size_t)s->nchoices);
    if (q->use_visits) {
        h = hash_bytes(h, r->visits, sizeof *r->visits * (size_t)s->nscenes);
        for (int i = 0; i < s->nscenes; i++) {
            int since = r->visits[i] ? r->decisions - r->last_turn[i] : -1;
            h = hash_bytes(h, &since, sizeof since);
        }
    }
    return h ? h : 1; /* 0 marks an empty slot */
}

/* Adds key to the set; false if it was there already. */
static bool remember(Search *q, uint64_t key)
{
    if (2 * (q->seen_len + 1) > q->seen_cap) {
        size_t cap = q->seen_cap ? 2 * q->seen_cap : 1024;
        uint64_t *grown = calloc(cap, sizeof *grown);
        if (grown == NULL) return false;
        for (size_t i = 0; i < q->seen_cap; i++)
            if (q->seen[i])
                for (size_t j = q->seen[i] & (cap - 1);; j = (j + 1) & (cap - 1))
                    if (grown[j] == 0) {
                        grown[j] = q->seen[i];
                        break;
                    }
        free(q->seen);
        q->seen = grown;
        q->seen_cap = cap;
    }
    for (size_t j = key & (q->seen_cap - 1);; j = (j + 1) & (q->seen_cap - 1)) {
        if (q->seen[j] == key) return false;
        if (q->seen[j] == 0) {
            q->seen[j] = key;
            q->seen_len++;
            return true;
        }
    }
}

/* The path to a node (and one step more), as text. malloc'd. */
static char *path_to(const Search *q, long node, const char *more)
{
    size_t len = more ? strlen(more) + 2 : 1;
    for (long n = node; n >= 0; n = q->nodes[n].parent) len += strlen(q->nodes[n].step) + 1;
    char *out = malloc(len + 1);
    if (out == NULL) return NULL;
    out[len] = '\0';
    size_t end = len;
    if (more) {
        end -= strlen(more);
        memcpy(out + end, more, strlen(more));
    }
    for (long n = node; n >= 0; n = q->nodes[n].parent) {
        const char *step = q->nodes[n].step;
        if (!step[0]) continue;
        if (end < len && out[end] != '\0') out[--end] = ',';
        end -= strlen(step);
        memcpy(out + end, step, strlen(step));
    }
    memmove(out, out + end, len - end + 1);
    return out;
}

static void record_error(Search *q, long node, const char *step, const char *msg)
{
    q->total_errors++;
    for (int i = 0; i < q->nerrors; i++)
        if (strcmp(q->errors[i], msg) == 0) return; /* one path per distinct error */
    if (q->nerrors == MAX_ERRORS) return;
    q->errors[q->nerrors] = strdup(msg);
    q->error_paths[q->nerrors++] = path_to(q, node, step);
}

static bool add_node(Search *q, long parent, const char *step, int pressure, Run *run)
{
    if (q->nnodes == q->capnodes) {
        long cap = q->capnodes ? 2 * q->capnodes : 256;
        Node *grown = realloc(q->nodes, sizeof *grown * (size_t)cap);
        if (grown == NULL) return false;
        q->nodes = grown;
        q->capnodes = cap;
    }
    q->nodes[q->nnodes++] = (Node){(int)parent, strdup(step), pressure, run};
    return q->nodes[q->nnodes - 1].step != NULL;
}

/* The step's text with the chance it met: "id" or "id (chance 3, 1)". */
static void describe_step(char *buf, size_t size, const char *answer, const Oracle *o)
{
    size_t n = (size_t)snprintf(buf, size, "%s", answer);
    for (int i = 0; i < o->ndraws && n < size; i++)
        n += (size_t)snprintf(buf + n, size - n, "%s%lld%s", i ? " " : " {chance ",
                              (long long)draw_value(&o->draws[i]), i + 1 == o->ndraws ? "}" : "");
}

static bool has_tag(const Choice *c, int tag, const Story *s)
{
    for (int i = 0; tag >= 0 && i < c->ntags; i++)
        if (strcmp(c->tags[i], s->tags[tag]) == 0) return true;
    return false;
}

/* Applies answer `a` of the node's state (or starts, when node < 0), once
 * for every combination of chance. */
static bool expand(Search *q, long node, int a)
{
    const Story *s = q->story;
    Oracle o = {.base = {oracle_range, oracle_real}};
    Run *from = node >= 0 ? q->nodes[node].run : NULL;
    int pressure = node >= 0 ? q->nodes[node].pressure : 0;
    char answer[256] = "", step[1024], err[SANDBOX_ERROR_MAX];
    const Choice *choice = NULL;
    if (from && from->phase == PHASE_CHOICE) {
        choice = from->avail[a];
        snprintf(answer, sizeof answer, "%s", choice->id);
        if (has_tag(choice, q->pressure_tag, s) && pressure < 2) pressure++;
    } else if (from && from->phase == PHASE_ASK) {
        snprintf(answer, sizeof answer, "=%s", ANSWERS[a]);
    } else if (from) {
        snprintf(answer, sizeof answer, "@%s", pronoun_id((Pronoun)a));
    }
    for (long combos = 0;; combos++) {
        if (combos == MAX_COMBINATIONS) {
            q->overflowed = true;
            break;
        }
        Run *r = malloc(sizeof *r);
        if (r == NULL) return false;
        o.pos = 0;
        o.ndraws = o.nforced;
        bool ok;
        if (from == NULL) {
            ok = run_start_oracle(r, s, &o.base, q->conditions, q->reads, err, sizeof err);
        } else {
            if (!run_clone(r, from)) {
                run_free(r);
                free(r);
                return false;
            }
            r->rng.oracle = &o.base;
            if (from->phase == PHASE_CHOICE) ok = run_choose(r, a, err, sizeof err);
            else if (from->phase == PHASE_ASK) ok = run_answer(r, ANSWERS[a], err, sizeof err) == ANSWER_OK;
            else ok = run_pick_pronoun(r, (Pronoun)a, err, sizeof err);
        }
        r->rng.oracle = NULL;
        q->transitions++;
        if (o.overflow) q->overflowed = true;
        for (int i = 0; i < o.ndraws; i++) q->sampled = q->sampled || o.draws[i].sampled;
        describe_step(step, sizeof step, answer, &o);
        if (choice) q->taken[choice->index]++;
        if (!ok || r->phase == PHASE_FAILED) {
            q->reached[r->scene]++; /* the error happened there */
            record_error(q, node, step, err);
            run_free(r);
            free(r);
        } else {
            q->reached[r->scene]++;
            if (r->phase == PHASE_ENDED) {
                if (pressure >= 2 && strcmp(s->scenes[r->scene].kind, "reconciled") == 0 && q->pressure_wins++ == 0)
                    q->pressure_win_path = path_to(q, node, step);
                run_free(r);
                free(r);
            } else if (remember(q, state_key(q, r, pressure))) {
                if (q->nnodes >= q->opt->max_states) {
                    q->cut_short = true;
                    run_free(r);
                    free(r);
                } else if (!add_node(q, node, step, pressure, r)) {
                    return false;
                }
            } else {
                run_free(r);
                free(r);
            }
        }
        if (!oracle_next(&o)) break;
    }
    return true;
}

static int options_of(const Run *r)
{
    switch (r->phase) {
    case PHASE_CHOICE: return r->navail;
    case PHASE_ASK: return NANSWERS;
    case PHASE_PRONOUN: return PRONOUN_COUNT;
    default: return 0;
    }
}

static bool search(Search *q)
{
    if (!expand(q, -1, 0)) return false;
    for (long n = 0; n < q->nnodes; n++) {
        Run *r = q->nodes[n].run;
        int options = options_of(r);
        for (int a = 0; a < options; a++)
            if (!expand(q, n, a)) return false;
        run_free(r);
        free(r);
        q->nodes[n].run = NULL;
    }
    return true;
}

/* -------------------------------------------------------------- reports */

static void report(const Search *q, double seconds)
{
    const Story *s = q->story;
    bool complete = !q->cut_short && !q->sampled && !q->overflowed;
    printf("quicktest %s: %s: %ld states, %ld steps, %ld error%s (%.2f s)\n", s->path,
           complete ? "complete" : "incomplete", q->nnodes, q->transitions, q->total_errors,
           q->total_errors == 1 ? "" : "s", seconds);
    if (q->cut_short) printf("  cut short at %ld states (--max-states)\n", q->opt->max_states);
    if (q->sampled) printf("  chance over more than %d values, or a float draw, was sampled\n", CHANCE_FULL);
    if (q->overflowed) printf("  a step drew chance more than %d times, or had more than %d outcomes\n", MAX_DRAWS,
                              MAX_COMBINATIONS);
    if (!complete) printf("  so nothing below is claimed to be \"never\": use randomtest as well\n");

    printf("\n%s\n", complete ? "Never reached" : "Not reached in this search");
    int none = 1;
    for (int i = 0; i < s->nscenes; i++)
        if (q->reached[i] == 0) {
            printf("  %s:%d: %s '%s'\n", s->path, s->scenes[i].line, s->scenes[i].is_ending ? "ending" : "scene",
                   s->scenes[i].name);
            none = 0;
        }
    for (int i = 0; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *c = &s->scenes[i].choices[k];
            if (q->taken[c->index] == 0 && q->reached[i] > 0) {
                printf("  %s:%d: choice '%s'\n", s->path, c->line, c->label);
                none = 0;
            }
        }
    if (none) printf("  nothing\n");

    printf("\n%s\n", complete ? "Conditions that are never true" : "Conditions not true in this search");
    none = 1;
    for (int i = 0; i < s->nscenes; i++) {
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *c = &s->scenes[i].choices[k];
            for (int which = 0; which < 2; which++) {
                unsigned char f = q->conditions[2 * c->index + which];
                if ((f & CONDITION_RUN) && !(f & CONDITION_HELD)) {
                    printf("  %s:%d: choice '%s': its '%s' condition\n", s->path, c->line, c->label,
                           which ? "available" : "when");
                    none = 0;
                }
            }
        }
        unsigned char f = q->conditions[2 * s->nchoices + i];
        if ((f & CONDITION_RUN) && !(f & CONDITION_HELD)) {
            printf("  %s:%d: storylet '%s': its 'when' condition\n", s->path, s->scenes[i].line, s->scenes[i].name);
            none = 0;
        }
    }
    if (none) printf("  none\n");

    printf("\nRules\n");
    if (q->pressure_tag < 0) {
        printf("  (the story has no 'pressure' tag: nothing to check)\n");
    } else if (q->pressure_wins) {
        printf("  2+ pressure choices and a reconciled ending: found, e.g. %s\n", q->pressure_win_path);
    } else {
        printf("  2+ pressure choices and a reconciled ending: %s\n", complete ? "never" : "not found");
    }

    if (q->total_errors) {
        printf("\nErrors\n");
        for (int i = 0; i < q->nerrors; i++)
            printf("  %s\n    path: %s\n", q->errors[i], q->error_paths[i] ? q->error_paths[i] : "?");
    }
}

/* Forgets a search's results, keeping what it learned of the key. */
static void search_reset(Search *q)
{
    const Story *s = q->story;
    for (long n = 0; n < q->nnodes; n++) {
        if (q->nodes[n].run) {
            run_free(q->nodes[n].run);
            free(q->nodes[n].run);
        }
        free(q->nodes[n].step);
    }
    for (int i = 0; i < q->nerrors; i++) {
        free(q->errors[i]);
        free(q->error_paths[i]);
    }
    free(q->pressure_win_path);
    free(q->nodes);
    free(q->seen);
    q->nodes = NULL;
    q->seen = NULL;
    q->pressure_win_path = NULL;
    q->nnodes = q->capnodes = q->transitions = q->pressure_wins = q->total_errors = 0;
    q->seen_cap = q->seen_len = 0;
    q->nerrors = 0;
    q->cut_short = q->sampled = q->overflowed = false;
    memset(q->reached, 0, sizeof *q->reached * (size_t)s->nscenes);
    memset(q->taken, 0, sizeof *q->taken * (size_t)s->nchoices);
    memset(q->conditions, 0, 2 * (size_t)s->nchoices + (size_t)s->nscenes);
}

/* Searches until the key holds every slot the search reads. */
static bool search_to_fixpoint(Search *q)
{
    int nslots = q->story->nvars + q->story->nmeters + 1; /* and the pronoun */
    for (;;) {
        memset(q->reads, 0, (size_t)nslots);
        if (!search(q)) return false;
        bool grew = false;
        for (int i = 0; i < nslots; i++)
            if (q->reads[i] && !q->keyed[i]) q->keyed[i] = grew = true;
        if (!grew || q->cut_short) return true;
        search_reset(q);
    }
}

int qtest_run(const QtestOptions *o)
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
    sandbox_track_lines(false);
    Search q;
    memset(&q, 0, sizeof q);
    q.opt = o;
    q.story = story;
    q.pressure_tag = -1;
    for (int t = 0; t < story->ntags; t++)
        if (strcmp(story->tags[t], "pressure") == 0) q.pressure_tag = t;
    q.use_visits = strstr(text, "visits(") || strstr(text, "turns_since(");
    size_t nslots = (size_t)(story->nvars + story->nmeters) + 1;
    q.reached = calloc((size_t)story->nscenes + 1, sizeof *q.reached);
    q.taken = calloc((size_t)story->nchoices + 1, sizeof *q.taken);
    q.conditions = calloc(2 * (size_t)story->nchoices + (size_t)story->nscenes + 1, 1);
    q.reads = calloc(nslots, 1);
    q.keyed = calloc(nslots, 1);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int status = EXIT_STORY_ERROR;
    if (q.reached && q.taken && q.conditions && q.reads && q.keyed && search_to_fixpoint(&q)) {
        clock_gettime(CLOCK_MONOTONIC, &t1);
        report(&q, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
        status = q.total_errors ? EXIT_STORY_ERROR : EXIT_DONE;
        if (o->coverage) {
            const long *hits;
            const unsigned char *code;
            int n = sandbox_coverage_result(&hits, &code);
            if (coverage_report(o->path, text, len, hits, code, n, o->coverage_out)) status = EXIT_STORY_ERROR;
        }
    } else {
        fprintf(stderr, "rekindle quicktest: out of memory\n");
    }
    search_reset(&q);
    free(q.reached);
    free(q.taken);
    free(q.conditions);
    free(q.reads);
    free(q.keyed);
    load_close(story);
    free(text);
    return status;
}
