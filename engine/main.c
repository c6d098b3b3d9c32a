/* main.c - the command line: the options of playing, the table of
 * subcommands, and the exit status (output that could not be written
 * counts). Everything else is the layers' below. */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/disk.h"
#include "base/status.h"
#include "play/library.h"
#include "play/menu.h"
#include "play/play.h"
#include "play/savecheck.h"
#include "play/save.h"
#include "play/term.h"
#include "tools/analyze.h"
#include "tools/new.h"

#ifndef REKINDLE_VERSION
#define REKINDLE_VERSION "0.1.0"
#endif

static const char USAGE[] =
    "Usage: rekindle [OPTIONS] [STORY]\n"
    "       rekindle list [--markdown]\n"
    "       rekindle check [--strict] STORY...\n"
    "       rekindle randomtest [--runs N] [--seed S] [--max-steps N] [--jobs N]\n"
    "                           [--json] [--coverage[=FILE]] [--checksum] STORY\n"
    "       rekindle quicktest [--max-states N] [--steps N] [--seconds N]\n"
    "                          [--coverage[=FILE]] STORY\n"
    "       rekindle map [-o FILE.dot|svg|png] [--plays N] [--around SCENE\n"
    "                    [--depth N]] STORY\n"
    "       rekindle stats [--plays N] STORY\n"
    "       rekindle check-save SAVE [STORY]\n"
    "       rekindle new NAME\n"
    "       rekindle test [--accept] TRANSCRIPT|FOLDER...\n"
    "\n"
    "Plays an interactive story in the terminal. With no STORY: the menu of\n"
    "stories on a terminal, else the default story. A STORY is a .lua file, a\n"
    "folder with a story.lua (a story in several files), or a story's number or\n"
    "title as the menu shows them. `list` shows the bundled stories (--markdown:\n"
    "their coverage table). `check` reports problems without playing;\n"
    "`randomtest` plays many times at random; `quicktest` tries every state it\n"
    "can, then goes after what is not yet covered; both judge the rules a story\n"
    "declares (see docs/authoring.md). `test` replays transcripts recorded with\n"
    "--transcript (a folder: its *.transcript files) and shows where the story's\n"
    "text now differs; --accept takes the new text into them. `map` draws the\n"
    "scene graph (Graphviz), shaded by random plays; `stats` counts scenes,\n"
    "choices and words; `check-save` says whether a save still fits the story.\n"
    "`new` makes the folder NAME with a small story to start from, its README,\n"
    "and files for luacheck and editors.\n"
    "\n"
    "Options:\n"
    "  --seed N            replay exactly: the same seed and answers, the same play\n"
    "  --replay PATH       replay a path of choices (as the tools print it), then\n"
    "                      play on\n"
    "  --width N           wrap text at N columns (default: the terminal's, at most\n"
    "                      76; 80 when output is not a terminal)\n"
    "  --no-color          no colour or bold (also: NO_COLOR set, or output not a\n"
    "                      terminal)\n"
    "  --plain             for screen readers and pipes: no colour, glyphs or\n"
    "                      redrawing, answers not echoed (also when TERM=dumb)\n"
    "  --transcript FILE   append a plain-text log of the play to FILE: what is\n"
    "                      shown and typed, which `rekindle test FILE` replays\n"
    "  --watch             while writing: when the story's files are saved, reload\n"
    "                      it and play on from the same place\n"
    "  --dev               the developer's commands while playing (:help lists\n"
    "                      them: :goto, :vars, :set, :eval, :hidden, :path)\n"
    "  --from SCENE        start at a scene (with --dev)\n"
    "  --data-dir DIR      where saves and endings found are kept (env\n"
    "                      REKINDLE_DATA; default $XDG_DATA_HOME/rekindle or\n"
    "                      ~/.local/share/rekindle)\n"
    "  --time-limit SECS   CPU time one call into the story may take (default 1;\n"
    "                      env REKINDLE_TIME_LIMIT)\n"
    "  --memory-limit MIB  memory the story may use (default 64; env\n"
    "                      REKINDLE_MEMORY_LIMIT)\n"
    "  -h, --help          show this help\n"
    "  -V, --version       show the version\n"
    "\n"
    "While playing, type a choice's number or the start of its text; `help` lists\n"
    "the commands. When input is not a terminal, answers are read one per line.\n"
    "\n"
    "Stories are looked for in $REKINDLE_PATH (folders separated by ':'), then\n"
    "beside the program.\n"
    "\n"
    "Exit status: 0 ending reached or quit (tools: nothing wrong found), 1 story\n"
    "error (tools: problems found), 2 usage error, 3 input ended before an ending,\n"
    "4 output could not be written, 130 interrupted.\n";

static int usage_error(const char *fmt, const char *arg)
{
    fputs("rekindle: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'rekindle --help' for more information.\n", stderr);
    return EXIT_USAGE;
}

/* Parses a number in [lo, hi]; false if it is not one. */
static bool parse_number(const char *s, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || *end != '\0' || errno != 0 || !(v >= lo && v <= hi)) return false;
    *out = v;
    return true;
}

/* ------------------------------------------------------------ commands */

static int run_list(int argc, char **argv, PlayOptions *o)
{
    bool markdown = argc > 1 && strcmp(argv[1], "--markdown") == 0;
    if (argc > (markdown ? 2 : 1)) return usage_error("list takes only --markdown, not '%s'", argv[markdown ? 2 : 1]);
    return library_print(&o->limits, o->color, markdown);
}

static int run_check(int argc, char **argv, PlayOptions *o) { return analyze_check(argc, argv, &o->limits); }
static int run_randomtest(int argc, char **argv, PlayOptions *o) { return analyze_randomtest(argc, argv, &o->limits); }
static int run_quicktest(int argc, char **argv, PlayOptions *o) { return analyze_quicktest(argc, argv, &o->limits); }
static int run_map(int argc, char **argv, PlayOptions *o) { return analyze_map(argc, argv, &o->limits); }
static int run_stats(int argc, char **argv, PlayOptions *o) { return analyze_stats(argc, argv, &o->limits); }
static int run_test(int argc, char **argv, PlayOptions *o) { return analyze_test(argc, argv, &o->limits); }

static int run_check_save(int argc, char **argv, PlayOptions *o)
{
    if (argc < 2 || argc > 3 || argv[1][0] == '-') return usage_error("check-save takes a save file, and a story file if%s",
                                                                   " the story is not in the story folders");
    return savecheck_run(argv[1], argc == 3 ? argv[2] : NULL, &o->limits);
}

static int run_new(int argc, char **argv, PlayOptions *o)
{
    (void)o;
    return new_story(argc, argv);
}

/* The subcommands: each takes the arguments from its own name on. */
static const struct {
    const char *name;
    int (*run)(int argc, char **argv, PlayOptions *o);
} COMMANDS[] = {
    {"list", run_list},
    {"check", run_check},
    {"randomtest", run_randomtest},
    {"quicktest", run_quicktest},
    {"map", run_map},
    {"stats", run_stats},
    {"check-save", run_check_save},
    {"new", run_new},
    {"test", run_test},
};

/* Plays STORY (a file, a story's folder, or a story of the story folders
 * named by file, number or title), or with none the menu (on a terminal)
 * or the default story. A play can ask for the menu (its `menu` command). */
static int run_play(const char *arg, PlayOptions *o)
{
    if (arg == NULL && term_input_is_tty() && term_output_is_tty()) return menu_run(o);
    char *found = NULL, err[512];
    if (arg == NULL) {
        found = library_find(LIBRARY_DEFAULT);
        if (found == NULL) {
            fprintf(stderr, "rekindle: the default story %s was not found (set REKINDLE_PATH)\n", LIBRARY_DEFAULT);
            return EXIT_STORY_ERROR;
        }
    } else if (!disk_exists(arg)) { /* else a FIFO is refused as what it is */
        if (strchr(arg, '/') == NULL) found = library_find(arg);
        if (found == NULL && (found = library_pick(arg, &o->limits, err, sizeof err)) == NULL)
            return usage_error("%s", err);
    }
    o->path = found ? found : arg;
    int status = play(o);
    free(found);
    o->path = NULL;
    if (status == EXIT_DONE && o->wants_menu && term_input_is_tty() && term_output_is_tty()) return menu_run(o);
    return status;
}

/* ------------------------------------------------------------- options */

enum { OPT_SEED = 256, OPT_WIDTH, OPT_NO_COLOR, OPT_TIME, OPT_MEMORY, OPT_REPLAY, OPT_PLAIN, OPT_TRANSCRIPT, OPT_DATA,
       OPT_WATCH, OPT_DEV, OPT_FROM };

static const struct option LONGOPTS[] = {
    {"seed", required_argument, NULL, OPT_SEED},
    {"width", required_argument, NULL, OPT_WIDTH},
    {"no-color", no_argument, NULL, OPT_NO_COLOR},
    {"time-limit", required_argument, NULL, OPT_TIME},
    {"memory-limit", required_argument, NULL, OPT_MEMORY},
    {"replay", required_argument, NULL, OPT_REPLAY},
    {"plain", no_argument, NULL, OPT_PLAIN},
    {"transcript", required_argument, NULL, OPT_TRANSCRIPT},
    {"data-dir", required_argument, NULL, OPT_DATA},
    {"watch", no_argument, NULL, OPT_WATCH},
    {"dev", no_argument, NULL, OPT_DEV},
    {"from", required_argument, NULL, OPT_FROM},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

/* The limits from the environment; false (after a message) on a bad value. */
static bool limits_from_env(SandboxLimits *limits)
{
    double v;
    const char *env = getenv("REKINDLE_TIME_LIMIT");
    if (env && *env) {
        if (!parse_number(env, 0.01, 3600, &v)) {
            usage_error("REKINDLE_TIME_LIMIT: not a number of seconds: '%s'", env);
            return false;
        }
        limits->time_limit = v;
    }
    env = getenv("REKINDLE_MEMORY_LIMIT");
    if (env && *env) {
        if (!parse_number(env, 1, 65536, &v)) {
            usage_error("REKINDLE_MEMORY_LIMIT: not a number of MiB: '%s'", env);
            return false;
        }
        limits->memory_limit = (size_t)v << 20;
    }
    return true;
}

/* Applies one option; returns -1 to go on, else the exit status to end with. */
static int apply_option(int c, PlayOptions *o, const char **data_dir, bool *for_play, char **argv)
{
    double v;
    switch (c) {
    case OPT_SEED:
        if (!parse_number(optarg, 0, 1e18, &v) || v != (double)(uint64_t)v)
            return usage_error("--seed needs a whole number, not '%s'", optarg);
        o->seed = strtoull(optarg, NULL, 10);
        o->seed_given = *for_play = true;
        return -1;
    case OPT_WIDTH:
        if (!parse_number(optarg, 20, 1000, &v)) return usage_error("--width needs a number from 20 to 1000, not '%s'", optarg);
        o->width = (int)v;
        *for_play = true;
        return -1;
    case OPT_NO_COLOR: o->color = false; return -1;
    case OPT_REPLAY: o->replay = optarg; *for_play = true; return -1;
    case OPT_PLAIN: o->plain = true; return -1;
    case OPT_TRANSCRIPT: o->transcript = optarg; *for_play = true; return -1;
    case OPT_DATA: *data_dir = optarg; return -1;
    case OPT_WATCH: o->watch = true; *for_play = true; return -1;
    case OPT_DEV: o->dev = true; *for_play = true; return -1;
    case OPT_FROM: o->from = optarg; o->dev = true; *for_play = true; return -1;
    case OPT_TIME:
        if (!parse_number(optarg, 0.01, 3600, &v)) return usage_error("--time-limit needs seconds (0.01 to 3600), not '%s'", optarg);
        o->limits.time_limit = v;
        return -1;
    case OPT_MEMORY:
        if (!parse_number(optarg, 1, 65536, &v)) return usage_error("--memory-limit needs MiB (1 to 65536), not '%s'", optarg);
        o->limits.memory_limit = (size_t)v << 20;
        return -1;
    case 'h': fputs(USAGE, stdout); return EXIT_DONE;
    case 'V': printf("rekindle %s\n", REKINDLE_VERSION); return EXIT_DONE;
    default: return usage_error("unknown or incomplete option '%s'", argv[optind - 1]);
    }
}

/* Everything up to the subcommand or the story, then (for a story) the
 * options after it. "+": getopt stops at the first word, so a subcommand's
 * own options are never taken for ours. */
static int run(int argc, char **argv)
{
    PlayOptions o = {.limits = {SANDBOX_DEFAULT_TIME_LIMIT, SANDBOX_DEFAULT_MEMORY_LIMIT}};
    o.color = term_output_is_tty() && getenv("NO_COLOR") == NULL;
    if (!limits_from_env(&o.limits)) return EXIT_USAGE;
    const char *data_dir = NULL, *story = NULL;
    bool for_play = false; /* an option that only playing uses was given */
    int c, status;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+hV", LONGOPTS, NULL)) != -1)
        if ((status = apply_option(c, &o, &data_dir, &for_play, argv)) >= 0) return status;
    save_set_dir(data_dir);
    const char *term = getenv("TERM");
    if (o.plain || (term && strcmp(term, "dumb") == 0)) o.plain = true, o.color = false;
    if (optind < argc) {
        for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++) {
            if (strcmp(argv[optind], COMMANDS[i].name) != 0) continue;
            if (for_play)
                return usage_error("options for playing do not apply to '%s': a tool's own options follow its name",
                                   argv[optind]);
            return COMMANDS[i].run(argc - optind, argv + optind, &o);
        }
        story = argv[optind++];
        while (optind < argc) {
            if ((c = getopt_long(argc, argv, "+hV", LONGOPTS, NULL)) == -1)
                return usage_error("too many arguments, starting at '%s'", argv[optind]);
            if ((status = apply_option(c, &o, &data_dir, &for_play, argv)) >= 0) return status;
        }
        save_set_dir(data_dir);
        if (o.plain) o.color = false;
    }
    return run_play(story, &o);
}

/* Whether stdout is a pipe whose reader has gone (`rekindle | head -1`). */
static bool output_pipe_closed(void)
{
    struct pollfd out = {.fd = STDOUT_FILENO, .events = 0};
    return poll(&out, 1, 0) == 1 && (out.revents & POLLERR);
}

int main(int argc, char **argv)
{
    /* Only the character type: what is a letter, how wide it shows. Numbers
     * stay C's (Lua reads and prints them with the locale's decimal point),
     * and loading the other categories costs a dozen files at start. */
    setlocale(LC_CTYPE, "");
    signal(SIGXFSZ, SIG_IGN); /* a full disk (or ulimit -f) is an error to report, not a death */
    signal(SIGPIPE, SIG_IGN); /* a closed pipe too: a play stops at its next step, with status 4 */
    int status = run(argc, argv);
    /* What could not be written is an error, said once, here; a reader that
     * went away on purpose needs no message. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (output_pipe_closed()) return status ? status : EXIT_OUTPUT;
        int e = term_output_errno() ? term_output_errno() : errno ? errno : EIO;
        fprintf(stderr, "rekindle: cannot write the output: %s\n", strerror(e));
        return status ? status : EXIT_OUTPUT;
    }
    return status;
}
