/* analyze.c - the command lines of the tools (check, randomtest, quicktest,
 * map, stats, test): options, loading each story, printing reports. The
 * analyses themselves live in check.c, rtest.c, qtest.c and ttest.c. */
#include "tools/analyze.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/disk.h"
#include "base/status.h"
#include "base/text.h"
#include "core/load.h"
#include "core/transcript.h"
#include "tools/check.h"
#include "tools/map.h"
#include "tools/qtest.h"
#include "tools/rtest.h"
#include "tools/ttest.h"

/* Writes all of len bytes to fd; false when it cannot. */
static bool write_all(int fd, const char *s, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, s, len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        s += n;
        len -= (size_t)n;
    }
    return true;
}

static int usage(const char *cmd, const char *msg, const char *arg)
{
    fprintf(stderr, "rekindle %s: ", cmd);
    fprintf(stderr, msg, arg);
    fprintf(stderr, "\nTry 'rekindle --help' for more information.\n");
    return EXIT_USAGE;
}

/* The limits may also be given after a tool's name. */
enum { O_TIME = 200, O_MEMORY };
#define LIMIT_OPTIONS {"time-limit", required_argument, NULL, O_TIME}, {"memory-limit", required_argument, NULL, O_MEMORY}

/* Handles O_TIME and O_MEMORY; false (after a message) on a bad value. */
static bool limit_option(const char *cmd, int c, SandboxLimits *limits)
{
    char *end;
    double v = strtod(optarg, &end);
    if (c == O_TIME && end != optarg && !*end && v >= 0.01 && v <= 3600) {
        limits->time_limit = v;
        return true;
    }
    if (c == O_MEMORY && end != optarg && !*end && v >= 1 && v <= 65536) {
        limits->memory_limit = (size_t)v << 20;
        return true;
    }
    usage(cmd, "bad value '%s' for a limit", optarg);
    return false;
}

/* ---------------------------------------------------------------- check */

static int check_one(const char *path, const SandboxLimits *limits, bool strict)
{
    char err[8192];
    Story *s = load_open(path, limits, err, sizeof err);
    if (s == NULL) {
        load_report(err, "error");
        return 1;
    }
    CheckReport r;
    check_story(s, &r);
    int conditions = 0;
    for (int i = 0; i < s->nscenes; i++) {
        conditions += s->scenes[i].when_fn != STORY_NOREF;
        for (int c = 0; c < s->scenes[i].nchoices; c++)
            conditions += (s->scenes[i].choices[c].when_fn != STORY_NOREF) +
                          (s->scenes[i].choices[c].available_fn != STORY_NOREF);
    }
    char line[1024];
    for (int i = 0; i < r.count; i++) {
        snprintf(line, sizeof line, "%s:%d: %s", story_path(s, r.items[i].file), r.items[i].line, r.items[i].message);
        static const char *const LEVELS[] = {"error", "warning", "note"};
        load_report(line, LEVELS[r.items[i].level]);
    }
    fprintf(stderr, "%s: %d error%s, %d warning%s", path, r.errors, r.errors == 1 ? "" : "s", r.warnings,
            r.warnings == 1 ? "" : "s");
    if (conditions)
        fprintf(stderr, "; %d condition%s not run here (randomtest and quicktest run them)", conditions,
                conditions == 1 ? "" : "s");
    fputc('\n', stderr);
    int failed = r.errors > 0 || (strict && r.warnings > 0);
    check_free(&r);
    load_close(s);
    return failed;
}

/* ----------------------------------------------------------- randomtest */

static bool whole_number(const char *s, long lo, long hi, long *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* Parses a tool's options, wherever they stand among its files (as GNU
 * tools do): each goes to `own`, or is a limit; returns -1, then optind is
 * the first file, or the exit status to end with. */
typedef int (*OwnOption)(int c, void *opts);

static int parse_options(const char *cmd, int argc, char **argv, const struct option *longopts, OwnOption own,
                         void *opts, SandboxLimits *limits)
{
    int c;
    optind = 0; /* 0, not 1: glibc then starts afresh, and permutes (main's getopt did not) */
    opterr = 0;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (c == O_TIME || c == O_MEMORY) {
            if (!limit_option(cmd, c, limits)) return EXIT_USAGE;
            continue;
        }
        int status = c == '?' ? usage(cmd, "unknown or incomplete option '%s'", argv[optind - 1]) : own(c, opts);
        if (status >= 0) return status;
    }
    return -1;
}

enum { O_RUNS = 1, O_SEED, O_STEPS, O_JOBS, O_JSON, O_COVERAGE, O_CHECKSUM, O_STATES, O_SECONDS };

static int randomtest_option(int c, void *opts)
{
    RtestOptions *o = opts;
    long v;
    switch (c) {
    case O_RUNS:
        if (!whole_number(optarg, 1, 100000000, &v)) return usage("randomtest", "--runs needs a number from 1, not '%s'", optarg);
        o->runs = v;
        return -1;
    case O_SEED:
        if (!whole_number(optarg, 0, 1000000000000L, &v)) return usage("randomtest", "--seed needs a whole number, not '%s'", optarg);
        o->seed = (uint64_t)v;
        return -1;
    case O_STEPS:
        if (!whole_number(optarg, 1, 10000000, &v)) return usage("randomtest", "--max-steps needs a number from 1, not '%s'", optarg);
        o->max_steps = (int)v;
        return -1;
    case O_JOBS:
        if (!whole_number(optarg, 1, 256, &v)) return usage("randomtest", "--jobs needs a number from 1 to 256, not '%s'", optarg);
        o->jobs = (int)v;
        return -1;
    case O_JSON: o->json = true; return -1;
    case O_CHECKSUM: o->checksum = true; return -1;
    case O_COVERAGE:
        o->coverage = true;
        o->coverage_out = optarg;
        return -1;
    }
    return usage("randomtest", "unknown option '%s'", "?");
}

int analyze_randomtest(int argc, char **argv, const SandboxLimits *limits)
{
    static const struct option longopts[] = {
        {"runs", required_argument, NULL, O_RUNS},       {"seed", required_argument, NULL, O_SEED},
        {"max-steps", required_argument, NULL, O_STEPS}, {"jobs", required_argument, NULL, O_JOBS},
        {"json", no_argument, NULL, O_JSON},             {"coverage", optional_argument, NULL, O_COVERAGE},
        {"checksum", no_argument, NULL, O_CHECKSUM},     LIMIT_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    RtestOptions o = {.runs = 10000, .seed = 1, .max_steps = 1000, .jobs = cpus > 0 ? (int)cpus : 1,
                      .limits = *limits};
    int status = parse_options("randomtest", argc, argv, longopts, randomtest_option, &o, &o.limits);
    if (status >= 0) return status;
    if (argc - optind != 1) return usage("randomtest", "%s", "needs exactly one story file");
    o.path = argv[optind];
    o.progress = isatty(STDERR_FILENO) && !o.json;
    return rtest_run(&o);
}

/* ------------------------------------------------------------ quicktest */

static int quicktest_option(int c, void *opts)
{
    QtestOptions *o = opts;
    long v;
    switch (c) {
    case O_STATES:
        if (!whole_number(optarg, 1, 100000000, &v)) return usage("quicktest", "--max-states needs a number from 1, not '%s'", optarg);
        o->max_states = v;
        return -1;
    case O_STEPS:
        if (!whole_number(optarg, 0, 1000000000, &v)) return usage("quicktest", "--steps needs a number from 0, not '%s'", optarg);
        o->steps = v;
        return -1;
    case O_SECONDS:
        if (!whole_number(optarg, 1, 86400, &v)) return usage("quicktest", "--seconds needs a number from 1, not '%s'", optarg);
        o->seconds = (double)v;
        return -1;
    case O_COVERAGE:
        o->coverage_out = optarg;
        return -1;
    }
    return usage("quicktest", "unknown option '%s'", "?");
}

int analyze_quicktest(int argc, char **argv, const SandboxLimits *limits)
{
    static const struct option longopts[] = {
        {"max-states", required_argument, NULL, O_STATES},
        {"steps", required_argument, NULL, O_STEPS},
        {"seconds", required_argument, NULL, O_SECONDS},
        {"coverage", optional_argument, NULL, O_COVERAGE},
        LIMIT_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    QtestOptions o = {.max_states = 50000, .steps = 200000, .seconds = 60, .limits = *limits};
    int status = parse_options("quicktest", argc, argv, longopts, quicktest_option, &o, &o.limits);
    if (status >= 0) return status;
    if (argc - optind != 1) return usage("quicktest", "%s", "needs exactly one story file");
    o.path = argv[optind];
    return qtest_run(&o);
}

/* ---------------------------------------------------------------- check */

static int check_option(int c, void *opts)
{
    *(bool *)opts = true; /* --strict, its one option */
    (void)c;
    return -1;
}

int analyze_check(int argc, char **argv, const SandboxLimits *limits)
{
    static const struct option longopts[] = {{"strict", no_argument, NULL, 's'}, LIMIT_OPTIONS, {NULL, 0, NULL, 0}};
    SandboxLimits lim = *limits;
    bool strict = false;
    int status = parse_options("check", argc, argv, longopts, check_option, &strict, &lim);
    if (status >= 0) return status;
    if (optind >= argc) return usage("check", "%s", "needs one or more story files");
    int failed = 0;
    for (int i = optind; i < argc; i++) failed |= check_one(argv[i], &lim, strict);
    return failed ? EXIT_STORY_ERROR : EXIT_DONE;
}

/* ------------------------------------------------------------------ map */

typedef struct {
    const char *out;      /* -o FILE, or NULL for stdout */
    long plays;
    uint64_t seed;
    const char *around;
    int depth;
} MapArgs;

enum { O_OUT = 300, O_PLAYS, O_AROUND, O_DEPTH, O_MSEED };

static int map_option(int c, void *opts)
{
    MapArgs *a = opts;
    long v;
    switch (c) {
    case O_OUT: a->out = optarg; return -1;
    case O_PLAYS:
        if (!whole_number(optarg, 0, 1000000, &v)) return usage("map", "--plays needs a number from 0, not '%s'", optarg);
        a->plays = v;
        return -1;
    case O_MSEED:
        if (!whole_number(optarg, 0, 1000000000000L, &v)) return usage("map", "--seed needs a whole number, not '%s'", optarg);
        a->seed = (uint64_t)v;
        return -1;
    case O_AROUND: a->around = optarg; return -1;
    case O_DEPTH:
        if (!whole_number(optarg, 0, 1000, &v)) return usage("map", "--depth needs a number from 0, not '%s'", optarg);
        a->depth = (int)v;
        return -1;
    }
    return usage("map", "unknown option '%s'", "?");
}

/* The Graphviz format a file's name asks for ("svg", "png", "pdf"), or NULL
 * for DOT itself. */
static const char *rendered_format(const char *file)
{
    static const char *const formats[] = {"svg", "png", "pdf", NULL};
    const char *dot = file ? strrchr(file, '.') : NULL;
    for (int i = 0; dot && formats[i]; i++)
        if (strcmp(dot + 1, formats[i]) == 0) return formats[i];
    return NULL;
}

/* Runs Graphviz's dot on the text, writing the format to file. */
static int render_with_dot(const char *format, const char *file, const char *text, size_t len)
{
    int fds[2];
    char flag[16];
    snprintf(flag, sizeof flag, "-T%s", format);
    if (pipe(fds) != 0) return usage("map", "cannot run dot: %s", strerror(errno));
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[0], STDIN_FILENO);
        close(fds[0]);
        close(fds[1]);
        execlp("dot", "dot", flag, "-o", file, (char *)NULL);
        fprintf(stderr, "rekindle map: cannot run Graphviz's dot (%s): install graphviz, or write -o FILE.dot\n",
                strerror(errno));
        _exit(127);
    }
    close(fds[0]);
    bool written = pid > 0 && write_all(fds[1], text, len);
    close(fds[1]);
    int st = 0;
    if (pid > 0) waitpid(pid, &st, 0);
    if (pid < 0 || !written || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
        if (pid > 0 && WIFEXITED(st) && WEXITSTATUS(st) == 127) return EXIT_USAGE;
        fprintf(stderr, "rekindle map: dot could not draw %s\n", file);
        return EXIT_STORY_ERROR;
    }
    return EXIT_DONE;
}

int analyze_map(int argc, char **argv, const SandboxLimits *limits)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, O_OUT}, {"plays", required_argument, NULL, O_PLAYS},
        {"seed", required_argument, NULL, O_MSEED}, {"around", required_argument, NULL, O_AROUND},
        {"depth", required_argument, NULL, O_DEPTH}, LIMIT_OPTIONS, {NULL, 0, NULL, 0},
    };
    SandboxLimits lim = *limits;
    MapArgs a = {.plays = 1000, .seed = 1, .depth = 2};
    for (int i = 1; i + 1 < argc; i++) /* -o FILE, as compilers take it */
        if (strcmp(argv[i], "-o") == 0) argv[i] = "--output";
    int status = parse_options("map", argc, argv, longopts, map_option, &a, &lim);
    if (status >= 0) return status;
    if (argc - optind != 1) return usage("map", "%s", "needs exactly one story file");
    char err[8192];
    Story *s = load_open(argv[optind], &lim, err, sizeof err);
    if (s == NULL) {
        load_report(err, "error");
        return EXIT_STORY_ERROR;
    }
    Wander w = {0};
    MapOptions mo = {.plays = NULL, .around = -1, .depth = a.depth};
    if (a.around && (mo.around = story_scene(s, a.around)) < 0) {
        load_close(s);
        return usage("map", "--around: no scene called '%s'", a.around);
    }
    if (a.plays > 0) {
        sandbox_track_lines(false);
        if (!wander(s, a.plays, a.seed, false, &w, err, sizeof err)) {
            load_report(err, "error");
            fprintf(stderr, "rekindle map: the shading stops at that error (randomtest shows it in full)\n");
        }
        mo.plays = &w;
    }
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    bool ok = mem && map_write(s, &mo, mem);
    if (mem && fclose(mem) != 0) ok = false;
    wander_free(&w);
    load_close(s);
    if (!ok) {
        free(text);
        fprintf(stderr, "rekindle map: out of memory\n");
        return EXIT_STORY_ERROR;
    }
    const char *format = rendered_format(a.out);
    if (format) status = render_with_dot(format, a.out, text, len);
    else if (a.out) status = disk_write(a.out, text, len, err, sizeof err) ? EXIT_DONE : (load_report(err, "error"), EXIT_OUTPUT);
    else status = fwrite(text, 1, len, stdout) == len ? EXIT_DONE : EXIT_OUTPUT;
    free(text);
    return status;
}

/* ---------------------------------------------------------------- stats */

static long paragraph_words(const Paragraph *p, int n)
{
    long w = 0;
    for (int i = 0; i < n; i++) {
        w += text_words(p[i].text);
        for (int k = 0; k < p[i].nalts; k++) w += text_words(p[i].alts[k]);
    }
    return w;
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

typedef struct {
    long plays;
    uint64_t seed;
} StatsArgs;

static int stats_option(int c, void *opts)
{
    StatsArgs *a = opts;
    long v;
    if (c == O_PLAYS && whole_number(optarg, 1, 1000000, &v)) a->plays = v;
    else if (c == O_MSEED && whole_number(optarg, 0, 1000000000000L, &v)) a->seed = (uint64_t)v;
    else return usage("stats", "bad value '%s'", optarg);
    return -1;
}

/* The lowest, the median and the highest of n values (sorted in place). */
static void spread(long *v, long n, long out[3])
{
    qsort(v, (size_t)n, sizeof *v, cmp_long);
    out[0] = n ? v[0] : 0;
    out[1] = n ? v[n / 2] : 0;
    out[2] = n ? v[n - 1] : 0;
}

int analyze_stats(int argc, char **argv, const SandboxLimits *limits)
{
    static const struct option longopts[] = {
        {"plays", required_argument, NULL, O_PLAYS}, {"seed", required_argument, NULL, O_MSEED}, LIMIT_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    SandboxLimits lim = *limits;
    StatsArgs a = {.plays = 1000, .seed = 1};
    int status = parse_options("stats", argc, argv, longopts, stats_option, &a, &lim);
    if (status >= 0) return status;
    if (argc - optind != 1) return usage("stats", "%s", "needs exactly one story file");
    char err[8192];
    Story *s = load_open(argv[optind], &lim, err, sizeof err);
    if (s == NULL) {
        load_report(err, "error");
        return EXIT_STORY_ERROR;
    }
    int endings = 0, asks = 0, choices = 0, functions = 0;
    long words = 0;
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        endings += sc->is_ending;
        asks += sc->ask != NULL;
        choices += sc->nchoices;
        words += paragraph_words(sc->paras, sc->nparas) + text_words(sc->title) + text_words(sc->reflection);
        for (int k = 0; k < sc->nparas; k++) functions += sc->paras[k].kind == PARA_FUNCTION;
        for (int k = 0; k < sc->nchoices; k++)
            words += text_words(sc->choices[k].label) + paragraph_words(sc->choices[k].content, sc->choices[k].ncontent);
    }
    printf("%s (%s)\n", s->title, argv[optind]);
    printf("  %d scenes, %d endings", s->nscenes - endings, endings);
    for (int k = 0, first = 1; k < s->nkinds; k++) {
        int n = 0;
        for (int i = 0; i < s->nscenes; i++) n += s->scenes[i].is_ending && s->scenes[i].kind == k;
        if (n) printf("%s%s %d", first ? " (" : ", ", s->kinds[k], n), first = 0;
        if (k == s->nkinds - 1 && !first) putchar(')');
    }
    printf(", %d choices, %d question%s\n", choices, asks, asks == 1 ? "" : "s");
    printf("  %ld words written as text%s\n", words,
           functions ? " (and what its text functions write, which is counted below)" : "");
    Wander w;
    sandbox_track_lines(false);
    bool ok = wander(s, a.plays, a.seed, true, &w, err, sizeof err);
    if (!ok) {
        load_report(err, "error");
        fprintf(stderr, "rekindle stats: a play met that error; randomtest shows it in full\n");
    } else {
        long spread_words[3], spread_choices[3];
        spread(w.words, w.plays, spread_words);
        spread(w.choices, w.plays, spread_choices); /* sorts them: w is freed next */
        printf("  a play reads %ld to %ld words (median %ld), and makes %ld to %ld choices (median %ld)\n",
               spread_words[0], spread_words[2], spread_words[1], spread_choices[0], spread_choices[2],
               spread_choices[1]);
        printf("  the longest of %ld random plays: %ld choices; %ld reached an ending\n", w.plays, spread_choices[2],
               w.ended);
    }
    wander_free(&w);
    load_close(s);
    return ok ? EXIT_DONE : EXIT_STORY_ERROR;
}

/* ----------------------------------------------------------------- test */

enum { O_ACCEPT = 1 };

static int test_option(int c, void *opts)
{
    TtestOptions *o = opts;
    if (c == O_ACCEPT) o->accept = true;
    return -1;
}

int analyze_test(int argc, char **argv, const SandboxLimits *limits)
{
    static const struct option longopts[] = {
        {"accept", no_argument, NULL, O_ACCEPT}, LIMIT_OPTIONS, {NULL, 0, NULL, 0},
    };
    TtestOptions o = {.limits = *limits};
    int status = parse_options("test", argc, argv, longopts, test_option, &o, &o.limits);
    if (status >= 0) return status;
    if (optind >= argc) return usage("test", "%s", "needs transcripts, or folders of them (*" TRANSCRIPT_EXT ")");
    o.paths = argv + optind;
    o.npaths = argc - optind;
    return ttest_run(&o);
}
