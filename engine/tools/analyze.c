/* analyze.c - the command lines of check, randomtest and quicktest: options,
 * loading each story, printing reports. The analyses themselves live in
 * check.c, rtest.c and qtest.c. */
#include "tools/analyze.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "base/status.h"
#include "core/load.h"
#include "tools/check.h"
#include "tools/qtest.h"
#include "tools/rtest.h"

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

enum { O_RUNS = 1, O_SEED, O_STEPS, O_JOBS, O_JSON, O_COVERAGE, O_STATES, O_SECONDS };

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
        LIMIT_OPTIONS,                                   {NULL, 0, NULL, 0},
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
