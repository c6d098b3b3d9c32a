/* qtest.c - quicktest: first every state, then what has not been covered.
 *
 * A state is a quiet run's C state after entering a scene (story functions
 * keep no state of their own: see the determinism rules), so a state is
 * explored by cloning it and applying one answer.
 *
 * The exact search is breadth-first. Chance is explored too: the generator is
 * replaced by an oracle that answers each draw with the first value of its
 * range, remembers the draws, and is then run again with the next
 * combination, like an odometer. Ranges of up to CHANCE_FULL values are
 * enumerated; larger ones (and float draws) are sampled. States are
 * deduplicated by a key of what can matter: scene, once-only choices taken,
 * the call stack, the counts the story's rules follow, and only the
 * variables, meters, pronoun and visit counts that story code was seen to
 * read. Which those are is learned by searching again until a search reads
 * nothing outside its key: then states with equal keys behave alike, the
 * search is exact, and it may say "never".
 *
 * When a story has more states than --max-states (a story with a real
 * memory), the search says so and goes on from the states it has, after
 * what it has not covered yet, the way coverage-guided fuzzers go after
 * branches rather than states: walks from saved states that prefer choices
 * never taken, keeping every state that reached something new (a scene, a
 * choice, a condition's other outcome, an ending), and walks that hunt a
 * rule's violation (toward the choices it counts, then toward the endings it
 * forbids). Its report then says "not reached in this search". */
#include "tools/qtest.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "base/hash.h"
#include "base/status.h"
#include "core/load.h"
#include "core/runtime.h"
#include "core/value.h"
#include "tools/answers.h"
#include "tools/coverage.h"
#include "tools/graph.h"
#include "tools/rules.h"

#define CHANCE_FULL 100        /* draws over at most this many values are enumerated */
#define CHANCE_SAMPLES 5       /* larger ones are sampled at this many points */
#define MAX_DRAWS 32           /* draws in one step, beyond which the rest take their first value */
#define MAX_COMBINATIONS 20000 /* outcomes of chance explored for one step */
#define MAX_ERRORS 20
#define POOL_MAX 4096          /* saved states the guided search walks from */
#define WALK_MAX 400           /* steps of one walk */
#define FRONTIER_BYTES ((size_t)512 << 20) /* what the exact search's waiting states may take */


/* ---------------------------------------------------------------- chance */

typedef struct {
    int64_t lo, hi;
    int index, count;   /* exact: which of `count` outcomes */
    bool real;          /* a float draw */
    bool sampled;       /* exact: not every value of the range is tried */
    double value;       /* the outcome given */
} Draw;

/* Answers the draws of a step: an odometer over their outcomes (exact), or
 * a seeded generator (guided); either way it writes them down, so a path
 * can carry them and replay. */
typedef struct {
    RngOracle base;
    Draw draws[MAX_DRAWS];
    int ndraws;         /* recorded this time */
    int nforced;        /* exact: the first nforced come from the previous combination */
    int pos;
    bool overflow;      /* more draws than MAX_DRAWS */
    Rng *random;        /* guided: the generator */
} Oracle;

static double odometer_value(const Draw *d)
{
    if (d->real) return (double)d->index / CHANCE_SAMPLES;
    if (!d->sampled) return (double)(d->lo + d->index);
    uint64_t span = (uint64_t)d->hi - (uint64_t)d->lo;
    return (double)(int64_t)((uint64_t)d->lo + span / (uint64_t)(d->count - 1) * (uint64_t)d->index);
}

static Draw *next_draw(Oracle *o, int64_t lo, int64_t hi, bool real)
{
    if (o->pos >= MAX_DRAWS) {
        o->overflow = true;
        return NULL;
    }
    Draw *d = &o->draws[o->pos];
    if (o->random) {
        *d = (Draw){.lo = lo, .hi = hi, .real = real};
        d->value = real ? rng_float(o->random) : (double)rng_range(o->random, lo, hi);
        o->ndraws = o->pos + 1;
    } else if (o->pos >= o->nforced) {
        uint64_t span = (uint64_t)hi - (uint64_t)lo;
        *d = (Draw){.lo = lo, .hi = hi, .real = real};
        d->sampled = real || span >= CHANCE_FULL;
        d->count = d->sampled ? CHANCE_SAMPLES : (int)span + 1;
        d->value = odometer_value(d);
        o->ndraws = o->pos + 1;
    }
    o->pos++;
    return d;
}

static int64_t oracle_range(RngOracle *base, int64_t lo, int64_t hi)
{
    Draw *d = next_draw((Oracle *)base, lo, hi, false);
    return d ? (int64_t)d->value : lo;
}

static double oracle_real(RngOracle *base)
{
    Draw *d = next_draw((Oracle *)base, 0, 0, true);
    return d ? d->value : 0.0;
}

/* Exact: moves to the next combination of outcomes; false when all were tried. */
static bool oracle_next(Oracle *o)
{
    for (int i = o->ndraws - 1; i >= 0; i--)
        if (o->draws[i].index + 1 < o->draws[i].count) {
            o->draws[i].index++;
            o->draws[i].value = odometer_value(&o->draws[i]);
            o->nforced = o->ndraws = i + 1;
            return true;
        }
    return false;
}

/* The step's chance as a path carries it: "3 1", or NULL when none. */
static const char *chance_text(const Oracle *o, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int i = 0; i < o->ndraws && n < size; i++)
        n += (size_t)snprintf(buf + n, size - n, "%s%.6g", i ? " " : "", o->draws[i].value);
    return o->ndraws ? buf : NULL;
}

/* ----------------------------------------------------------------- states */

typedef struct {
    int parent;         /* node it was reached from, -1 for the start */
    char *step;         /* the steps that led here from the parent, as path text */
    Run *run;           /* while waiting to be explored, or kept to walk from */
    int *track;         /* the rules' counts, beside the run */
    int scene;          /* where it stands */
    bool champion;      /* it holds an extreme: the guided search keeps its run */
} Node;

typedef struct {
    const QtestOptions *opt;
    const Story *story;
    Graph graph;
    int ntrack;         /* ints of a rules track */
    int nkeyed_track;   /* of those, how many go in the key (the tags only when a check rule reads them) */
    Node *nodes;
    long nnodes, capnodes;
    long expanded;      /* exact: nodes explored so far */
    long max_states;
    uint64_t *keys;     /* open-addressing hash map of state keys ... */
    int *key_node;      /* ... to the node that holds the state */
    size_t keycap, keylen;
    int *edge_from, *edge_to; /* exact: transitions between states, to find traps */
    long nedges, capedges;
    bool *ends;         /* exact, per node: a transition from it ends the story (or fails) */
    long transitions;
    bool cut_short;     /* --max-states reached: the search went on guided */
    bool sampled;       /* some chance was sampled */
    bool overflowed;    /* too many draws or combinations in a step */
    bool answers_read;  /* story code reads a free-text answer, and only samples were tried */
    bool guided;        /* the guided search ran */
    bool timed_out;     /* it stopped at --seconds */
    bool stopped;       /* a limit stopped the story: no call can run again */
    long guided_steps, walks;
    long *reached;      /* per scene */
    long *taken;        /* per choice */
    long news;          /* conditions first seen one way or the other */
    double *lowest, *highest; /* per depth x armed x (meter, then number variable): the extremes seen */
    bool *once;         /* per choice: it is once-only (its being taken is part of a state) */
    int *champion;      /* per such extreme, high then low: the node that holds it, or -1 */
    unsigned char *conditions;
    unsigned char *reads;   /* what story code read during this search */
    unsigned char *keyed;   /* what the state key holds: what the search before read */
    int **go_seen;      /* per choice index with a computed go: scenes it led to (-1 ended) */
    char *errors[MAX_ERRORS];
    char *error_paths[MAX_ERRORS];
    int nerrors;
    long total_errors;
    long *share_counted, *share_hit; /* per rule of kind share: plays without its tag, and those ending in its kinds */
    char **share_example;  /* per share rule: a path of a counted play that ends elsewhere */
    int **hunt_dist;       /* per never rule: steps to an ending it forbids, per scene */
    double started;
} Search;

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static uint64_t state_key(const Search *q, const Run *r, const int *track)
{
    const Story *s = q->story;
    uint64_t h = HASH_START;
    h = hash_bytes(h, &r->scene, sizeof r->scene);
    h = hash_bytes(h, &r->phase, sizeof r->phase);
    if (q->keyed[SCRIPT_READS_PRONOUN(s)]) h = hash_bytes(h, &r->pronoun, sizeof r->pronoun);
    h = hash_bytes(h, track, sizeof *track * (size_t)q->nkeyed_track);
    h = hash_bytes(h, &r->ncalls, sizeof r->ncalls);
    h = hash_bytes(h, r->calls, sizeof *r->calls * (size_t)r->ncalls);
    for (int i = 0; i < s->nvars; i++)
        if (q->keyed[i]) h = value_hash(h, &r->vars[i]);
    for (int i = 0; i < s->nmeters; i++) {
        if (!q->keyed[s->nvars + i]) continue;
        double d = r->meters[i] == 0 ? 0 : r->meters[i];
        h = hash_bytes(h, &d, sizeof d);
    }
    /* Once-only choices taken; all counts when story code asks taken(). */
    bool counts = q->keyed[SCRIPT_READS_TAKEN(s)];
    for (int i = 0; i < s->nchoices; i++)
        if (counts || q->once[i]) {
            int n = counts ? r->chosen[i] : r->chosen[i] > 0;
            h = hash_bytes(h, &n, sizeof n);
        }
    if (q->keyed[SCRIPT_READS_HERE(s)])
        for (int i = 0; i < r->temps.n; i++) {
            h = hash_bytes(h, r->temps.names[i], strlen(r->temps.names[i]) + 1);
            h = value_hash(h, &r->temps.values[i]);
        }
    if (q->keyed[SCRIPT_READS_VISITS(s)]) {
        h = hash_bytes(h, r->visits, sizeof *r->visits * (size_t)s->nscenes);
        for (int i = 0; i < s->nscenes; i++) {
            int since = r->visits[i] ? r->decisions - r->last_turn[i] : -1;
            h = hash_bytes(h, &since, sizeof since);
        }
    }
    return h ? h : 1; /* 0 marks an empty slot */
}

/* The node holding a key, or -1; with add >= 0, records it for that node. */
static int find_key(Search *q, uint64_t key, int add)
{
    if (add >= 0 && 2 * (q->keylen + 1) > q->keycap) {
        size_t cap = q->keycap ? 2 * q->keycap : 1024;
        uint64_t *keys = calloc(cap, sizeof *keys);
        int *nodes = malloc(sizeof *nodes * cap);
        if (keys == NULL || nodes == NULL) {
            free(keys);
            free(nodes);
            return -1;
        }
        for (size_t i = 0; i < q->keycap; i++)
            if (q->keys[i])
                for (size_t j = q->keys[i] & (cap - 1);; j = (j + 1) & (cap - 1))
                    if (keys[j] == 0) {
                        keys[j] = q->keys[i];
                        nodes[j] = q->key_node[i];
                        break;
                    }
        free(q->keys);
        free(q->key_node);
        q->keys = keys;
        q->key_node = nodes;
        q->keycap = cap;
    }
    if (q->keycap == 0) return -1;
    for (size_t j = key & (q->keycap - 1);; j = (j + 1) & (q->keycap - 1)) {
        if (q->keys[j] == key) return q->key_node[j];
        if (q->keys[j] == 0) {
            if (add < 0) return -1;
            q->keys[j] = key;
            q->key_node[j] = add;
            q->keylen++;
            return -1;
        }
    }
}

/* The path to a node, and more steps after it, as text. malloc'd. */
static char *path_to(const Search *q, long node, const char *more)
{
    int depth = 0;
    for (long n = node; n >= 0; n = q->nodes[n].parent) depth++;
    const char **parts = malloc(sizeof *parts * ((size_t)depth + 1));
    if (parts == NULL) return NULL;
    int k = depth;
    for (long n = node; n >= 0; n = q->nodes[n].parent) parts[--k] = q->nodes[n].step;
    Buf b = {0};
    buf_add(&b, "", 0);
    for (int i = 0; i < depth; i++)
        if (parts[i][0]) buf_printf(&b, "%s%s", b.len ? "," : "", parts[i]);
    if (more && more[0]) buf_printf(&b, "%s%s", b.len ? "," : "", more);
    free(parts);
    return buf_take(&b);
}

static void record_error(Search *q, long node, const char *steps, const char *msg)
{
    q->total_errors++;
    if (sandbox_stopped()) q->stopped = true; /* every call from now on fails: the search ends */
    for (int i = 0; i < q->nerrors; i++)
        if (strcmp(q->errors[i], msg) == 0) return; /* one path per distinct error */
    if (q->nerrors == MAX_ERRORS) return;
    q->errors[q->nerrors] = strdup(msg);
    q->error_paths[q->nerrors++] = path_to(q, node, steps);
}

static int add_node(Search *q, long parent, const char *step, Run *run, const int *track)
{
    if (q->nnodes == q->capnodes) {
        long cap = q->capnodes ? 2 * q->capnodes : 256;
        Node *grown = realloc(q->nodes, sizeof *grown * (size_t)cap);
        bool *ends = realloc(q->ends, sizeof *ends * (size_t)cap);
        if (grown) q->nodes = grown;
        if (ends) q->ends = ends;
        if (!grown || !ends) return -1;
        q->capnodes = cap;
    }
    int *copy = malloc(sizeof *copy * ((size_t)q->ntrack + 1));
    char *text = strdup(step);
    if (copy == NULL || text == NULL) {
        free(copy);
        free(text);
        return -1;
    }
    memcpy(copy, track, sizeof *copy * (size_t)q->ntrack);
    q->ends[q->nnodes] = false;
    q->nodes[q->nnodes] = (Node){(int)parent, text, run, copy, run->scene, false};
    return (int)q->nnodes++;
}

static void drop_run(Node *n)
{
    if (n->run) {
        run_free(n->run);
        free(n->run);
        n->run = NULL;
    }
}

static bool add_edge(Search *q, long from, long to)
{
    if (q->nedges == q->capedges) {
        long cap = q->capedges ? 2 * q->capedges : 1024;
        int *f = realloc(q->edge_from, sizeof *f * (size_t)cap);
        if (f) q->edge_from = f;
        int *t = realloc(q->edge_to, sizeof *t * (size_t)cap);
        if (t) q->edge_to = t;
        if (!f || !t) return false;
        q->capedges = cap;
    }
    q->edge_from[q->nedges] = (int)from;
    q->edge_to[q->nedges++] = (int)to;
    return true;
}

/* ------------------------------------------------------------ one step */

/* Where a computed `go` led: remembered for the report. */
static void note_go(Search *q, const Choice *c, int scene)
{
    int *seen = q->go_seen[c->index];
    if (seen == NULL) return;
    for (int i = 0; i < 8; i++) {
        if (seen[i] == scene) return;
        if (seen[i] == -1) {
            seen[i] = scene;
            return;
        }
    }
}

/* At an ending: the story's rules judged, share rules counted. */
static void judge(Search *q, long node, const char *steps, Run *r, const int *track)
{
    const Story *s = q->story;
    int broken;
    char why[600], err[SANDBOX_ERROR_MAX], msg[1200];
    if (!rules_judge(s, track, r, &broken, why, sizeof why, err, sizeof err)) {
        record_error(q, node, steps, err);
        return;
    }
    if (broken >= 0) {
        snprintf(msg, sizeof msg, "%s:%d: rule '%s' broken: %s", story_path(s, s->rules[broken].file), s->rules[broken].line,
                 s->rules[broken].name, why);
        record_error(q, node, steps, msg);
    }
    for (int i = 0; i < s->nrules; i++) {
        if (s->rules[i].kind != RULE_SHARE) continue;
        bool counts, hit;
        rules_share(s, i, track, r, &counts, &hit);
        q->share_counted[i] += counts;
        q->share_hit[i] += hit;
        if (counts && !hit && q->share_example[i] == NULL) q->share_example[i] = path_to(q, node, steps);
    }
}

/* Applies answer `a` of a run (a clone), with the oracle answering chance.
 * The step's text (with its chance) goes to `step`. */
static bool apply(Search *q, Run *r, int *track, int a, Oracle *o, Buf *step, char *err, size_t errlen)
{
    const Story *s = q->story;
    char chance[400];
    bool ok;
    o->pos = 0;
    o->ndraws = o->random ? 0 : o->nforced;
    r->rng.oracle = &o->base;
    if (r->phase == PHASE_CHOICE) {
        const Choice *c = r->avail[a];
        rules_choose(s, track, c);
        q->taken[c->index]++;
        ok = run_choose(r, a, err, errlen);
        if (ok && c->go_fn != STORY_NOREF) note_go(q, c, r->scene);
        path_add(step, STEP_CHOICE, c->id, chance_text(o, chance, sizeof chance));
    } else if (r->phase == PHASE_ASK) {
        char answers[ANSWERS_MAX][ANSWER_LEN];
        bool sampled;
        answers_for(s->scenes[r->scene].ask, answers, &sampled);
        ok = run_answer(r, answers[a], err, errlen) == ANSWER_OK;
        path_add(step, STEP_ANSWER, answers[a], chance_text(o, chance, sizeof chance));
    } else {
        ok = run_pick_pronoun(r, (Pronoun)a, err, errlen);
        path_add(step, STEP_PRONOUN, pronoun_id((Pronoun)a), chance_text(o, chance, sizeof chance));
    }
    r->rng.oracle = NULL;
    q->transitions++;
    if (o->overflow) q->overflowed = true;
    for (int i = 0; i < o->ndraws; i++) q->sampled = q->sampled || o->draws[i].sampled;
    for (int i = 0; i < r->nentered; i++) q->reached[r->entered[i]]++;
    if (!ok) q->reached[r->scene] += r->nentered == 0; /* the error happened there */
    return ok && r->phase != PHASE_FAILED;
}

static int options_of(const Run *r)
{
    switch (r->phase) {
    case PHASE_CHOICE: return r->navail;
    case PHASE_ASK: {
        char answers[ANSWERS_MAX][ANSWER_LEN];
        bool sampled;
        return answers_for(r->story->scenes[r->scene].ask, answers, &sampled);
    }
    case PHASE_PRONOUN: return PRONOUN_COUNT;
    default: return 0;
    }
}

/* ------------------------------------------------------- the exact search */

/* Starts, or applies answer `a` of a node's state, once for every
 * combination of chance. */
static bool expand(Search *q, long node, int a)
{
    const Story *s = q->story;
    Oracle o = {.base = {oracle_range, oracle_real}};
    char err[SANDBOX_ERROR_MAX], chance[400]; /* (q->nodes moves as nodes are added: index it each time) */
    int *track = malloc(sizeof *track * ((size_t)q->ntrack + 1));
    if (track == NULL) return false;
    for (long combos = 0;; combos++) {
        if (combos == MAX_COMBINATIONS) {
            q->overflowed = true;
            break;
        }
        Run *r = malloc(sizeof *r);
        if (r == NULL) break;
        Buf step = {0};
        bool ok;
        if (node < 0) {
            rules_start(s, track);
            o.pos = 0;
            o.ndraws = o.nforced;
            ok = run_start_oracle(r, s, &o.base, q->conditions, q->reads, err, sizeof err);
            r->rng.oracle = NULL;
            for (int i = 0; i < r->nentered; i++) q->reached[r->entered[i]]++;
            if (chance_text(&o, chance, sizeof chance)) path_add(&step, STEP_START, "", chance);
            for (int i = 0; i < o.ndraws; i++) q->sampled = q->sampled || o.draws[i].sampled;
            ok = ok && r->phase != PHASE_FAILED;
        } else {
            memcpy(track, q->nodes[node].track, sizeof *track * (size_t)q->ntrack);
            if (!run_clone(r, q->nodes[node].run)) {
                run_free(r);
                free(r);
                break;
            }
            ok = apply(q, r, track, a, &o, &step, err, sizeof err);
        }
        const char *text = step.data ? step.data : "";
        if (!ok) {
            record_error(q, node, text, err);
            if (node >= 0) q->ends[node] = true; /* an error is not a trap: it is reported as it is */
        } else if (r->phase == PHASE_ENDED) {
            judge(q, node, text, r, track);
            if (node >= 0) q->ends[node] = true;
        } else {
            uint64_t key = state_key(q, r, track);
            int known = find_key(q, key, -1);
            if (known >= 0) {
                if (node >= 0) add_edge(q, node, known);
            } else if (q->nnodes >= q->max_states) {
                q->cut_short = true; /* the guided search takes it from here */
            } else {
                int n = add_node(q, node, text, r, track);
                if (n < 0) {
                    buf_free(&step);
                    break;
                }
                find_key(q, key, n);
                if (node >= 0) add_edge(q, node, n);
                r = NULL; /* the node has it */
            }
        }
        if (r) {
            run_free(r);
            free(r);
        }
        buf_free(&step);
        if (!oracle_next(&o)) break;
    }
    free(track);
    return true;
}

static bool search_exact(Search *q)
{
    if (!expand(q, -1, 0)) return false;
    for (; q->expanded < q->nnodes && !q->cut_short && !q->stopped; q->expanded++) {
        long n = q->expanded;
        int options = options_of(q->nodes[n].run);
        for (int a = 0; a < options && !q->stopped; a++)
            if (!expand(q, n, a)) return false;
        drop_run(&q->nodes[n]);
    }
    return true;
}

/* Exact and complete: the states from which no ending can be reached. */
static long find_trap(Search *q)
{
    bool grew = true;
    while (grew) { /* grow "can end" backwards over the transitions */
        grew = false;
        for (long e = 0; e < q->nedges; e++)
            if (q->ends[q->edge_to[e]] && !q->ends[q->edge_from[e]]) q->ends[q->edge_from[e]] = grew = true;
    }
    for (long n = 0; n < q->nnodes; n++)
        if (!q->ends[n]) return n;
    return -1;
}

/* ------------------------------------------------------ the guided search */

typedef struct {
    int *nodes;         /* nodes whose runs it keeps */
    int n, newest;      /* newest: where the states that found something new start */
} Pool;

/* Keeps a node's run to walk from; when full, forgets one of the older ones. */
static void pool_add(Search *q, Pool *p, Rng *rng, int node)
{
    if (p->n < POOL_MAX) {
        p->nodes[p->n++] = node;
        return;
    }
    int victim = (int)rng_range(rng, 0, POOL_MAX - 1);
    for (int tries = 0; tries < 16 && q->nodes[p->nodes[victim]].champion; tries++)
        victim = (int)rng_range(rng, 0, POOL_MAX - 1);
    if (!q->nodes[p->nodes[victim]].champion) drop_run(&q->nodes[p->nodes[victim]]);
    p->nodes[victim] = node;
}

/* Picks the answer a walk gives: a choice never taken, one a hunted rule
 * counts, one that leads toward an ending it forbids, or any. */
static int pick(Search *q, const Run *r, const int *track, int hunt, Rng *rng)
{
    int n = options_of(r);
    if (r->phase != PHASE_CHOICE) return (int)rng_range(rng, 0, n - 1);
    const Story *s = q->story;
    if (hunt >= 0 && rng_range(rng, 0, 3) > 0) {
        /* First the choices the rule counts; then, never a repair, the way
         * to the nearest ending it forbids. */
        const Rule *rule = &s->rules[hunt];
        bool counting = track[hunt] < rule->times;
        int best = -1, best_dist = 1 << 30;
        for (int k = 0; k < n; k++) {
            const Choice *c = r->avail[k];
            bool counted = false, repair = false;
            for (int t = 0; t < c->ntags; t++) {
                counted = counted || c->tags[t] == rule->tag;
                repair = repair || c->tags[t] == rule->unless;
            }
            int to = c->call >= 0 ? c->call : c->target;
            int d = to >= 0 && q->hunt_dist[hunt] ? q->hunt_dist[hunt][to] : -1;
            if (counting ? counted : (!repair && d >= 0 && d < best_dist)) {
                best = k;
                best_dist = counting ? 0 : d;
                if (counting) break;
            }
        }
        if (best >= 0) return best;
    }
    int fresh[64], nfresh = 0;
    for (int k = 0; k < n && nfresh < 64; k++)
        if (q->taken[r->avail[k]->index] == 0) fresh[nfresh++] = k;
    if (nfresh > 0 && rng_range(rng, 0, 9) < 8) return fresh[rng_range(rng, 0, nfresh - 1)];
    return (int)rng_range(rng, 0, n - 1);
}

/* Extremes are kept per number of choices made (up to DEPTHS), and apart
 * for states where a `never` rule's choices were taken ("armed"): the way to
 * an ending that asks for a high score is to climb, choice by choice, from
 * the best state at each depth (a fuzzer's value profile). */
#define DEPTHS 256

static bool armed(const Search *q, const int *track)
{
    const Story *s = q->story;
    for (int i = 0; i < s->nrules; i++)
        if (s->rules[i].kind == RULE_NEVER && track[i] >= s->rules[i].times) return true;
    return false;
}

/* Notes the extremes a state beats; their slots go to `slots` (the node
 * made of the state becomes their champion). */
static int new_extremes(Search *q, const Run *r, const int *track, int *slots, int max)
{
    const Story *s = q->story;
    int width = s->nmeters + s->nvars, n = 0;
    int depth = r->decisions < DEPTHS ? r->decisions : DEPTHS - 1;
    size_t at = ((size_t)depth * 2 + armed(q, track)) * (size_t)width;
    double *lo = &q->lowest[at], *hi = &q->highest[at];
    for (int i = 0; i < width && n + 2 <= max; i++) {
        double v;
        if (i < s->nmeters) v = r->meters[i];
        else if (r->vars[i - s->nmeters].type == VAL_NUMBER) v = r->vars[i - s->nmeters].number;
        else continue;
        if (v > hi[i]) hi[i] = v, slots[n++] = (int)(2 * (at + (size_t)i));
        if (v < lo[i]) lo[i] = v, slots[n++] = (int)(2 * (at + (size_t)i) + 1);
    }
    return n;
}

/* A hunt starts from an armed champion, at a depth picked at random. */
static int armed_champion(const Search *q, Rng *rng)
{
    const Story *s = q->story;
    int width = s->nmeters + s->nvars;
    for (int tries = 0; width > 0 && tries < 32; tries++) {
        size_t at = ((size_t)rng_range(rng, 0, DEPTHS - 1) * 2 + 1) * (size_t)width;
        int slot = (int)(2 * (at + (size_t)rng_range(rng, 0, width - 1))) + (int)rng_range(rng, 0, 1);
        int node = q->champion[slot];
        if (node >= 0 && q->nodes[node].run) return node;
    }
    return -1;
}

/* True once every scene, choice, condition outcome and ending is covered:
 * nothing is left to go after. */
static bool all_covered(const Search *q)
{
    const Story *s = q->story;
    for (int i = 0; i < s->nscenes; i++)
        if (q->reached[i] == 0) return false;
    for (int i = 0; i < s->nchoices; i++)
        if (q->taken[i] == 0) return false;
    for (int i = 0; i < 2 * s->nchoices + s->nscenes; i++)
        if (q->conditions[i] && q->conditions[i] != (CONDITION_TRUE | CONDITION_FALSE)) return false;
    for (int i = 0; i < s->nrules; i++)
        if (s->rules[i].kind == RULE_NEVER) return false; /* a rule is hunted until the budget ends */
    return true;
}

/* A walk from a saved state; new ground becomes a saved state itself. */
static void walk(Search *q, Pool *p, int from, int hunt, Rng *rng)
{
    Run *r = malloc(sizeof *r);
    int *track = malloc(sizeof *track * ((size_t)q->ntrack + 1));
    Oracle o = {.base = {oracle_range, oracle_real}, .random = rng};
    Buf steps = {0};
    char err[SANDBOX_ERROR_MAX];
    if (r == NULL || track == NULL || !run_clone(r, q->nodes[from].run)) {
        if (r) run_free(r);
        free(r);
        free(track);
        return;
    }
    memcpy(track, q->nodes[from].track, sizeof *track * (size_t)q->ntrack);
    r->condition_news = &q->news;
    q->walks++;
    int parent = from;
    for (int i = 0; i < WALK_MAX && q->guided_steps < q->opt->steps; i++) {
        long news = q->news;
        int scene_seen = -1, choice_seen = -1;
        int a = pick(q, r, track, hunt, rng);
        if (r->phase == PHASE_CHOICE) choice_seen = (int)q->taken[r->avail[a]->index];
        q->guided_steps++;
        bool ok = apply(q, r, track, a, &o, &steps, err, sizeof err);
        for (int e = 0; e < r->nentered; e++)
            if (q->reached[r->entered[e]] == 1) scene_seen = 0; /* reached for the first time */
        if (!ok) {
            record_error(q, parent, steps.data, err);
            break;
        }
        if (r->phase == PHASE_ENDED) {
            judge(q, parent, steps.data, r, track);
            break;
        }
        int slots[64];
        int nslots = new_extremes(q, r, track, slots, 64);
        bool fresh = q->news != news || scene_seen == 0 || choice_seen == 0 || nslots > 0;
        if (!fresh) continue;
        uint64_t key = state_key(q, r, track);
        if (find_key(q, key, -1) >= 0) continue;
        Run *keep = malloc(sizeof *keep);
        if (keep == NULL || !run_clone(keep, r)) {
            if (keep) run_free(keep);
            free(keep);
            continue;
        }
        int n = add_node(q, parent, steps.data, keep, track);
        if (n < 0) {
            run_free(keep);
            free(keep);
            break;
        }
        find_key(q, key, n);
        pool_add(q, p, rng, n);
        for (int k = 0; k < nslots; k++) {
            int old = q->champion[slots[k]];
            q->champion[slots[k]] = n;
            q->nodes[n].champion = true;
            if (old >= 0) q->nodes[old].champion = false; /* it may still hold another; then it stays in the pool anyway */
        }
        parent = n;
        buf_free(&steps);
    }
    run_free(r);
    free(r);
    free(track);
    buf_free(&steps);
}

static void search_guided(Search *q)
{
    const Story *s = q->story;
    Pool p = {.nodes = malloc(sizeof *p.nodes * POOL_MAX)};
    Rng rng;
    rng_seed(&rng, 1); /* the same search every time */
    if (p.nodes == NULL) return;
    q->guided = true;
    /* The exact search's waiting states are where it goes on from. */
    long waiting = q->nnodes - q->expanded, every = waiting / POOL_MAX + 1;
    for (long n = q->expanded; n < q->nnodes; n++) {
        if ((n - q->expanded) % every == 0 && p.n < POOL_MAX) p.nodes[p.n++] = (int)n;
        else drop_run(&q->nodes[n]);
    }
    p.newest = p.n;
    int nhunts = 0, hunts[64];
    for (int i = 0; i < s->nrules && nhunts < 64; i++)
        if (s->rules[i].kind == RULE_NEVER) hunts[nhunts++] = i;
    for (long round = 0; p.n > 0 && q->guided_steps < q->opt->steps && !q->stopped; round++) {
        if (round % 64 == 0 && now_seconds() - q->started > q->opt->seconds) {
            q->timed_out = true;
            break;
        }
        if (all_covered(q)) break;
        /* Half the walks start where something new was found last. */
        int lo = rng_range(&rng, 0, 1) && p.newest < p.n ? p.newest : 0;
        int from = p.nodes[rng_range(&rng, lo, p.n - 1)];
        int hunt = nhunts && rng_range(&rng, 0, 2) == 0 ? hunts[round % nhunts] : -1;
        int champ = hunt >= 0 && rng_range(&rng, 0, 1) ? armed_champion(q, &rng) : -1;
        if (champ >= 0) from = champ;
        walk(q, &p, from, hunt, &rng);
    }
    free(p.nodes);
}

/* -------------------------------------------------------------- reports */

static void report_conditions(const Search *q, bool complete, unsigned char missing, const char *heading)
{
    const Story *s = q->story;
    printf("\n%s%s\n", heading, complete ? "" : " in this search");
    int none = 1;
    for (int i = 0; i < s->nscenes; i++) {
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *c = &s->scenes[i].choices[k];
            for (int which = 0; which < 2; which++) {
                unsigned char f = q->conditions[2 * c->index + which];
                if (f && !(f & missing)) {
                    printf("  %s:%d: choice '%s': its '%s' condition\n", story_path(s, c->file), c->line, c->label,
                           which ? "available" : "when");
                    none = 0;
                }
            }
        }
        unsigned char f = q->conditions[2 * s->nchoices + i];
        if (f && !(f & missing)) {
            printf("  %s:%d: storylet '%s': its 'when' condition\n", story_path(s, s->scenes[i].file), s->scenes[i].line,
                   s->scenes[i].name);
            none = 0;
        }
    }
    if (none) printf("  none\n");
}

static void report(const Search *q, bool complete, long trap, double seconds)
{
    const Story *s = q->story;
    printf("quicktest %s: %s: %ld states, %ld steps, %ld error%s (%.2f s)\n", s->path,
           complete ? "complete" : "not complete", q->nnodes, q->transitions, q->total_errors,
           q->total_errors == 1 ? "" : "s", seconds);
    if (q->cut_short && q->guided_steps == 0)
        printf("  the story has more than %ld states (--max-states), so every state could not be tried; by then\n"
               "  everything a search could go after was covered\n", q->max_states);
    else if (q->cut_short)
        printf("  the story has more than %ld states (--max-states), so every state could not be tried; a search\n"
               "  after what was not yet covered went on for %ld steps in %ld walks%s\n",
               q->max_states, q->guided_steps, q->walks, q->timed_out ? ", until --seconds ran out" : "");
    if (q->stopped)
        printf("  a limit stopped the story (see Errors), and a stopped story runs no more: the search ended\n"
               "  there; mend that and run it again\n");
    if (q->sampled) printf("  chance over more than %d values, or a float draw, was sampled\n", CHANCE_FULL);
    if (q->overflowed) printf("  a step drew chance more than %d times, or had more than %d outcomes\n", MAX_DRAWS,
                              MAX_COMBINATIONS);
    if (q->answers_read)
        printf("  story code reads a typed answer, and only samples were tried (a question can say what it takes)\n");
    if (!complete) printf("  so nothing below is claimed to be \"never\": use randomtest as well\n");

    printf("\n%s\n", complete ? "Never reached" : "Not reached in this search");
    int none = 1;
    for (int i = 0; i < s->nscenes; i++)
        if (q->reached[i] == 0) {
            printf("  %s:%d: %s '%s'\n", story_path(s, s->scenes[i].file), s->scenes[i].line,
                   s->scenes[i].is_ending ? "ending" : "scene",
                   s->scenes[i].name);
            none = 0;
        }
    for (int i = 0; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *c = &s->scenes[i].choices[k];
            if (q->taken[c->index] == 0 && q->reached[i] > 0) {
                printf("  %s:%d: choice '%s'\n", story_path(s, c->file), c->line, c->label);
                none = 0;
            }
        }
    if (none) printf("  nothing\n");
    report_conditions(q, complete, CONDITION_TRUE, "Conditions never true");
    report_conditions(q, complete, CONDITION_FALSE, "Conditions never false");

    bool gos = false;
    for (int i = 0; i < s->nchoices; i++) gos = gos || q->go_seen[i];
    if (gos) {
        printf("\nWhere computed 'go's led\n");
        for (int i = 0; i < s->nscenes; i++)
            for (int k = 0; k < s->scenes[i].nchoices; k++) {
                const Choice *c = &s->scenes[i].choices[k];
                const int *seen = q->go_seen[c->index];
                if (seen == NULL) continue;
                printf("  %s:%d: choice '%s':", story_path(s, c->file), c->line, c->label);
                for (int j = 0; j < 8 && seen[j] >= 0; j++) printf("%s %s", j ? "," : "", s->scenes[seen[j]].name);
                printf("%s\n", seen[0] < 0 ? " (never taken)" : seen[7] >= 0 ? ", ..." : "");
            }
    }

    printf("\nRules\n");
    if (s->nrules == 0) printf("  (the story declares none)\n");
    for (int i = 0; i < s->nrules; i++) {
        const Rule *r = &s->rules[i];
        printf("  %s: ", r->name);
        bool broken = false;
        char prefix[300];
        snprintf(prefix, sizeof prefix, "%s:%d: rule '%s' broken", story_path(s, r->file), r->line, r->name);
        for (int e = 0; e < q->nerrors; e++) broken = broken || strncmp(q->errors[e], prefix, strlen(prefix)) == 0;
        if (r->kind == RULE_NOTES) printf("checked by 'rekindle check'\n");
        else if (broken) printf("BROKEN (see the errors)\n");
        else if (r->kind != RULE_SHARE) printf("%s\n", complete ? "kept: never broken" : "no violation found in this search");
        else if (q->share_counted[i] == 0) printf("not judged: no playthrough went without '%s'\n", s->tags[r->tag]);
        else if (q->share_hit[i] == 0 && complete)
            printf("BROKEN: no playthrough without '%s' ends in one of its kinds\n", s->tags[r->tag]);
        else if (q->share_hit[i] == 0)
            printf("no playthrough without '%s' ending in one of its kinds was found in this search\n", s->tags[r->tag]);
        else printf("a playthrough without '%s' can end in its kinds; randomtest measures the share\n", s->tags[r->tag]);
    }

    if (trap >= 0) {
        char *path = path_to(q, trap, NULL);
        printf("\nA state from which no ending can be reached (a loop with no way out)\n  in scene '%s'\n",
               s->scenes[q->nodes[trap].scene].name);
        if (path && path[0]) printf("    see it happen: rekindle --replay '%s' %s\n", path, s->path);
        else printf("    from the start: rekindle %s\n", s->path);
        free(path);
    }
    if (q->total_errors) {
        printf("\nErrors\n");
        for (int i = 0; i < q->nerrors; i++)
            printf("  %s\n    see it happen: rekindle --replay '%s' %s\n", q->errors[i],
                   q->error_paths[i] ? q->error_paths[i] : "", s->path);
    }
}

/* Searches exactly until the key holds every slot the search reads. */
static bool search_to_fixpoint(Search *q)
{
    int n = SCRIPT_READS(q->story);
    for (;;) {
        memset(q->reads, 0, (size_t)n);
        if (!search_exact(q)) return false;
        bool grew = false;
        for (int i = 0; i < n; i++)
            if (q->reads[i] && !q->keyed[i]) q->keyed[i] = grew = true;
        if (!grew || q->cut_short || q->stopped) return true;
        /* Forget this search's results, keeping what it learned of the key. */
        for (long i = 0; i < q->nnodes; i++) {
            drop_run(&q->nodes[i]);
            free(q->nodes[i].step);
            free(q->nodes[i].track);
        }
        for (int i = 0; i < q->nerrors; i++) {
            free(q->errors[i]);
            free(q->error_paths[i]);
        }
        const Story *s = q->story;
        for (int i = 0; i < s->nrules; i++) {
            free(q->share_example[i]);
            q->share_example[i] = NULL;
        }
        q->nnodes = q->expanded = q->transitions = q->total_errors = q->nedges = 0;
        q->nerrors = 0;
        q->keylen = 0;
        if (q->keys) memset(q->keys, 0, sizeof *q->keys * q->keycap);
        q->sampled = q->overflowed = q->answers_read = false;
        memset(q->reached, 0, sizeof *q->reached * (size_t)s->nscenes);
        memset(q->taken, 0, sizeof *q->taken * (size_t)s->nchoices);
        memset(q->conditions, 0, 2 * (size_t)s->nchoices + (size_t)s->nscenes);
        memset(q->share_counted, 0, sizeof *q->share_counted * (size_t)s->nrules);
        memset(q->share_hit, 0, sizeof *q->share_hit * (size_t)s->nrules);
        for (int i = 0; i < s->nchoices; i++)
            if (q->go_seen[i]) memset(q->go_seen[i], 0xff, sizeof *q->go_seen[i] * 8);
    }
}

static bool search_init(Search *q, const QtestOptions *o, const Story *s)
{
    memset(q, 0, sizeof *q);
    q->opt = o;
    q->story = s;
    q->ntrack = rules_size(s);
    q->nkeyed_track = rules_any(s, RULE_CHECK) ? q->ntrack : s->nrules;
    /* The waiting states of a breadth-first search take memory: a run holds
     * arrays the size of the story. */
    size_t run_bytes = sizeof(Run) + 64 * ((size_t)s->nscenes + (size_t)s->nchoices + (size_t)s->nvars) + 4096;
    q->max_states = o->max_states;
    if ((size_t)q->max_states > FRONTIER_BYTES / run_bytes) q->max_states = (long)(FRONTIER_BYTES / run_bytes);
    size_t nconds = 2 * (size_t)s->nchoices + (size_t)s->nscenes + 1;
    q->reached = calloc((size_t)s->nscenes + 1, sizeof *q->reached);
    q->taken = calloc((size_t)s->nchoices + 1, sizeof *q->taken);
    q->conditions = calloc(nconds, 1);
    q->reads = calloc((size_t)SCRIPT_READS(s), 1);
    q->keyed = calloc((size_t)SCRIPT_READS(s), 1);
    q->go_seen = calloc((size_t)s->nchoices + 1, sizeof *q->go_seen);
    q->share_counted = calloc((size_t)s->nrules + 1, sizeof *q->share_counted);
    q->share_hit = calloc((size_t)s->nrules + 1, sizeof *q->share_hit);
    q->share_example = calloc((size_t)s->nrules + 1, sizeof *q->share_example);
    q->hunt_dist = calloc((size_t)s->nrules + 1, sizeof *q->hunt_dist);
    size_t extremes = (size_t)DEPTHS * 2 * (size_t)(s->nmeters + s->nvars) + 1;
    q->lowest = malloc(sizeof *q->lowest * extremes);
    q->highest = malloc(sizeof *q->highest * extremes);
    q->champion = malloc(sizeof *q->champion * 2 * extremes);
    for (size_t i = 0; q->lowest && q->highest && q->champion && i < extremes; i++) {
        q->lowest[i] = 1e300;
        q->highest[i] = -1e300;
        q->champion[2 * i] = q->champion[2 * i + 1] = -1;
    }
    q->once = calloc((size_t)s->nchoices + 1, sizeof *q->once);
    for (int i = 0; q->once && i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) q->once[s->scenes[i].choices[k].index] = s->scenes[i].choices[k].once;
    if (!q->once || !q->reached || !q->taken || !q->conditions || !q->reads || !q->keyed || !q->go_seen || !q->share_counted ||
        !q->share_hit || !q->share_example || !q->hunt_dist || !q->lowest || !q->highest || !q->champion || !graph_build(s, &q->graph))
        return false;
    for (int i = 0; i < s->nscenes; i++)
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *c = &s->scenes[i].choices[k];
            if (c->go_fn == STORY_NOREF) continue;
            if ((q->go_seen[c->index] = malloc(sizeof(int) * 8)) == NULL) return false;
            memset(q->go_seen[c->index], 0xff, sizeof(int) * 8);
        }
    /* For the hunt: how far each scene is from an ending a rule forbids. */
    bool *goal = calloc((size_t)s->nscenes + 1, sizeof *goal);
    if (goal == NULL) return false;
    for (int i = 0; i < s->nrules; i++) {
        const Rule *r = &s->rules[i];
        if (r->kind != RULE_NEVER) continue;
        for (int sc = 0; sc < s->nscenes; sc++) goal[sc] = s->scenes[sc].is_ending && s->scenes[sc].kind >= 0 &&
                                                          r->kinds[s->scenes[sc].kind];
        if ((q->hunt_dist[i] = malloc(sizeof(int) * ((size_t)s->nscenes + 1))) != NULL)
            graph_distance(&q->graph, goal, q->hunt_dist[i]);
    }
    free(goal);
    return true;
}

static void search_free(Search *q)
{
    const Story *s = q->story;
    for (long n = 0; n < q->nnodes; n++) {
        drop_run(&q->nodes[n]);
        free(q->nodes[n].step);
        free(q->nodes[n].track);
    }
    for (int i = 0; i < q->nerrors; i++) {
        free(q->errors[i]);
        free(q->error_paths[i]);
    }
    for (int i = 0; q->go_seen && i < s->nchoices; i++) free(q->go_seen[i]);
    for (int i = 0; i < s->nrules; i++) {
        if (q->share_example) free(q->share_example[i]);
        if (q->hunt_dist) free(q->hunt_dist[i]);
    }
    free(q->nodes);
    free(q->ends);
    free(q->keys);
    free(q->key_node);
    free(q->edge_from);
    free(q->edge_to);
    free(q->reached);
    free(q->taken);
    free(q->conditions);
    free(q->reads);
    free(q->keyed);
    free(q->go_seen);
    free(q->share_counted);
    free(q->share_hit);
    free(q->share_example);
    free(q->hunt_dist);
    free(q->lowest);
    free(q->highest);
    free(q->once);
    free(q->champion);
    graph_free(&q->graph);
}

int qtest_run(const QtestOptions *o)
{
    char err[8192];
    sandbox_coverage(true);
    Story *story = load_open(o->path, &o->limits, err, sizeof err);
    if (story == NULL) {
        load_report(err, "error");
        return EXIT_STORY_ERROR;
    }
    sandbox_track_lines(false);
    Search q;
    int status = EXIT_STORY_ERROR;
    if (search_init(&q, o, story)) {
        q.started = now_seconds();
        if (search_to_fixpoint(&q)) {
            bool exact = !q.cut_short && !q.stopped;
            if (q.cut_short && !q.stopped) {
                for (int i = 0; i < SCRIPT_READS(story); i++) q.keyed[i] |= q.reads[i];
                search_guided(&q);
            }
            for (int i = 0; i < story->nscenes; i++) { /* story code compares a typed answer: samples are not enough */
                char answers[ANSWERS_MAX][ANSWER_LEN];
                bool sampled = false;
                if (story->scenes[i].ask) answers_for(story->scenes[i].ask, answers, &sampled);
                if (sampled && q.reads[story->scenes[i].ask->var]) q.answers_read = true;
            }
            bool complete = exact && !q.sampled && !q.overflowed && !q.answers_read;
            long trap = complete ? find_trap(&q) : -1;
            report(&q, complete, trap, now_seconds() - q.started);
            status = q.total_errors || trap >= 0 ? EXIT_STORY_ERROR : EXIT_DONE;
            for (int i = 0; complete && i < story->nrules; i++)
                if (story->rules[i].kind == RULE_SHARE && q.share_counted[i] && q.share_hit[i] == 0)
                    status = EXIT_STORY_ERROR;
            const long *hits;
            const unsigned char *code;
            int n = sandbox_coverage_result(&hits, &code);
            if (coverage_report(story, hits, code, n, q.reached, o->coverage_out)) status = EXIT_STORY_ERROR;
        } else {
            fprintf(stderr, "rekindle quicktest: out of memory\n");
        }
    } else {
        fprintf(stderr, "rekindle quicktest: out of memory\n");
    }
    search_free(&q);
    load_close(story);
    return status;
}
