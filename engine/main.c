/* main.c - the command line: options, finding stories, dispatch. */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "disk.h"
#include "play.h"
#include "save.h"
#include "render.h"
#include "term.h"

#ifndef REKINDLE_VERSION
#define REKINDLE_VERSION "0.1.0"
#endif

#define DEFAULT_STORY "water-on-thursdays.lua"

static const char USAGE[] =
    "Usage: rekindle [OPTIONS] [STORY.lua]\n"
    "       rekindle list [--markdown]\n"
    "       rekindle check [--strict] STORY.lua...\n"
    "       rekindle randomtest [--runs N] [--seed S] [--max-steps N] [--jobs N]\n"
    "                           [--json] [--coverage[=FILE]] STORY.lua\n"
    "       rekindle quicktest [--max-states N] [--coverage[=FILE]] STORY.lua\n"
    "\n"
    "Plays an interactive story in the terminal. With no STORY, plays the default\n"
    "story. `list` shows the bundled stories (--markdown: their coverage table).\n"
    "`check` reports problems without playing; `randomtest` plays many times at\n"
    "random; `quicktest` explores every reachable state (see docs/authoring.md).\n"
    "\n"
    "Options:\n"
    "  --seed N            replay exactly: the same seed and answers give the same play\n"
    "  --replay PATH       replay a path of choices (as randomtest prints it), then play on\n"
    "  --width N           wrap text at N columns (default: the terminal's, at most 100;\n"
    "                      80 when output is not a terminal)\n"
    "  --no-color          no colour or bold (also: NO_COLOR set, or output not a terminal)\n"
    "  --plain             for screen readers and pipes: no colour, glyphs or redrawing,\n"
    "                      answers not echoed (also when TERM=dumb)\n"
    "  --transcript FILE   append a plain-text log of the play to FILE\n"
    "  --data-dir DIR      where saves and endings found are kept (env REKINDLE_DATA;\n"
    "                      default $XDG_DATA_HOME/rekindle or ~/.local/share/rekindle)\n"
    "  --time-limit SECS   CPU time one call into the story may take (default 1;\n"
    "                      env REKINDLE_TIME_LIMIT)\n"
    "  --memory-limit MIB  memory the story may use (default 64; env REKINDLE_MEMORY_LIMIT)\n"
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
    "130 interrupted.\n";

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

/* ---------------------------------------------------------- story folders */

/* Adds folder d to the list unless it does not exist or is there already
 * (REKINDLE_PATH may name the folder beside the program). */
static void add_dir(char **dirs, int *n, const char *d)
{
    char *real = realpath(d, NULL);
    if (real == NULL || *n >= 63) {
        free(real);
        return;
    }
    for (int i = 0; i < *n; i++)
        if (strcmp(dirs[i], real) == 0) {
            free(real);
            return;
        }
    dirs[(*n)++] = real;
}

/* The folders stories are looked for in, in order: malloc'd, NULL-ended. */
static char **story_dirs(void)
{
    char **dirs = calloc(64, sizeof *dirs);
    int n = 0;
    if (dirs == NULL) return NULL;
    const char *env = getenv("REKINDLE_PATH");
    char *copy = env ? strdup(env) : NULL;
    for (char *save = NULL, *d = copy ? strtok_r(copy, ":", &save) : NULL; d; d = strtok_r(NULL, ":", &save))
        add_dir(dirs, &n, d);
    free(copy);
    char *exe = disk_exe_dir();
    const char *rel[] = {"/stories", "/../share/rekindle/stories"};
    for (int i = 0; exe && i < 2; i++) {
        char *d = malloc(strlen(exe) + strlen(rel[i]) + 1);
        if (d) {
            sprintf(d, "%s%s", exe, rel[i]);
            add_dir(dirs, &n, d);
        }
        free(d);
    }
    free(exe);
    return dirs;
}

/* The first story file of that name in the story folders, malloc'd. */
static char *find_story(const char *file)
{
    char **dirs = story_dirs();
    char *found = NULL;
    for (int i = 0; dirs && dirs[i] && !found; i++) {
        char *path = malloc(strlen(dirs[i]) + strlen(file) + 2);
        if (path == NULL) break;
        sprintf(path, "%s/%s", dirs[i], file);
        if (disk_is_file(path)) found = path;
        else free(path);
    }
    disk_free_list(dirs);
    return found;
}

/* The situations of the collection (docs: shared CONTENT.md), as the
 * coverage table names them. */
static const char *const SITUATIONS[16] = {
    "Self-reflection: what went wrong, your own part",
    "Giving space and time; the urge to text",
    "Reaching out again, lightly, without pressure",
    "Communication: honest, no blame, listening",
    "A sincere, specific apology, without excuses",
    "Understanding their perspective",
    "Addressing past issues maturely, when the time is right",
    "Rebuilding trust: consistency, kept promises",
    "Showing change through actions, not words",
    "Rebuilding a genuine friendship first",
    "New and shared memories; quality time",
    "Vulnerability: saying what you feel",
    "Shared goals for a future together",
    "Seeking professional support",
    "Patience: no hurry, no pressure",
    "Respecting their choice; ready for any outcome",
};

typedef struct {
    char *title, *blurb, *file; /* sanitized, malloc'd */
    int scenes, endings;
    bool covers[17];
} Listed;

/* The table stories/README.md holds, generated from the stories themselves. */
static void print_markdown(const Listed *l, int n)
{
    printf("# The stories\n\n"
           "Generated by `rekindle list --markdown` from each story's own declarations\n"
           "(`title`, `blurb`, `covers`, its scenes and endings); `make test` checks that\n"
           "this file is up to date.\n\n"
           "| story | file | scenes | endings | situations | blurb |\n|---|---|---|---|---|---|\n");
    for (int i = 0; i < n; i++) {
        printf("| %s | `%s` | %d | %d |", l[i].title, l[i].file, l[i].scenes, l[i].endings);
        const char *sep = " ";
        for (int k = 1; k <= 16; k++)
            if (l[i].covers[k]) {
                printf("%s%d", sep, k);
                sep = ", ";
            }
        printf(" | %s |\n", l[i].blurb);
    }
    printf("\n## Which story covers which situation\n\n| # | situation | stories |\n|---|---|---|\n");
    for (int k = 1; k <= 16; k++) {
        printf("| %d | %s |", k, SITUATIONS[k - 1]);
        const char *sep = " ";
        for (int i = 0; i < n; i++)
            if (l[i].covers[k]) {
                printf("%s%s", sep, l[i].title);
                sep = ", ";
            }
        printf("%s|\n", *sep == ',' ? " " : " (none) ");
    }
}

static int cmd_list(const SandboxLimits *limits, bool color, bool markdown)
{
    char **dirs = story_dirs();
    int status = EXIT_DONE, n = 0;
    Listed *l = NULL;
    for (int d = 0; dirs && dirs[d]; d++) {
        char **files = disk_list(dirs[d], ".lua");
        for (int i = 0; files && files[i]; i++) {
            char err[8192];
            Story *s = play_load(files[i], limits, err, sizeof err, NULL, NULL);
            if (s == NULL) {
                play_report(err, NULL);
                status = EXIT_STORY_ERROR;
                continue;
            }
            Listed *grown = realloc(l, sizeof *l * (size_t)(n + 1));
            if (grown == NULL) break;
            l = grown;
            Listed *e = &l[n++];
            memset(e, 0, sizeof *e);
            const char *base = strrchr(files[i], '/');
            e->title = render_sanitize(s->title, strlen(s->title));
            e->blurb = render_sanitize(s->blurb ? s->blurb : "", s->blurb ? strlen(s->blurb) : 0);
            e->file = render_sanitize(base ? base + 1 : files[i], strlen(base ? base + 1 : files[i]));
            for (int k = 0; k < s->nscenes; k++) {
                if (s->scenes[k].is_ending) e->endings++;
                else e->scenes++;
            }
            for (int k = 0; k < s->ncovers; k++) e->covers[s->covers[k]] = true;
            if (!markdown) {
                if (color) printf("\033[1m%s\033[0m\n", e->title ? e->title : "");
                else printf("%s\n", e->title ? e->title : "");
                printf("  %s\n  %s\n", e->blurb ? e->blurb : "", files[i]);
            }
            play_unload(s);
        }
        disk_free_list(files);
    }
    disk_free_list(dirs);
    if (markdown) print_markdown(l, n);
    for (int i = 0; i < n; i++) {
        free(l[i].title);
        free(l[i].blurb);
        free(l[i].file);
    }
    free(l);
    if (n == 0) fputs("rekindle: no stories found (set REKINDLE_PATH to a folder of .lua stories)\n", stderr);
    return n == 0 ? EXIT_STORY_ERROR : status;
}

/* ------------------------------------------------------------------ main */

static bool is_tool(const char *word)
{
    return strcmp(word, "check") == 0 || strcmp(word, "randomtest") == 0 || strcmp(word, "quicktest") == 0 ||
           strcmp(word, "list") == 0;
}

/* True when the first argument that is not an option names a tool. */
static bool first_word_is_tool(int argc, char **argv)
{
    static const char *const with_value[] = {"--seed", "--width", "--time-limit", "--memory-limit", "--replay",
                                             "--transcript", "--data-dir", NULL};
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] != '-') return is_tool(argv[i]);
        for (const char *const *w = with_value; *w; w++)
            if (strcmp(argv[i], *w) == 0) i++; /* skip its value */
    }
    return false;
}

int main(int argc, char **argv)
{
    enum { OPT_SEED = 256, OPT_WIDTH, OPT_NO_COLOR, OPT_TIME, OPT_MEMORY, OPT_REPLAY, OPT_PLAIN, OPT_TRANSCRIPT,
           OPT_DATA };
    static const struct option longopts[] = {
        {"seed", required_argument, NULL, OPT_SEED},
        {"width", required_argument, NULL, OPT_WIDTH},
        {"no-color", no_argument, NULL, OPT_NO_COLOR},
        {"time-limit", required_argument, NULL, OPT_TIME},
        {"memory-limit", required_argument, NULL, OPT_MEMORY},
        {"replay", required_argument, NULL, OPT_REPLAY},
        {"plain", no_argument, NULL, OPT_PLAIN},
        {"transcript", required_argument, NULL, OPT_TRANSCRIPT},
        {"data-dir", required_argument, NULL, OPT_DATA},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    setlocale(LC_ALL, "");
    signal(SIGXFSZ, SIG_IGN); /* a full disk (or ulimit -f) is an error to report, not a death */
    const char *data_dir = NULL;
    PlayOptions o = {0};
    o.limits.time_limit = SANDBOX_DEFAULT_TIME_LIMIT;
    o.limits.memory_limit = SANDBOX_DEFAULT_MEMORY_LIMIT;
    o.color = term_output_is_tty() && getenv("NO_COLOR") == NULL;
    double v;
    const char *env = getenv("REKINDLE_TIME_LIMIT");
    if (env && *env) {
        if (!parse_number(env, 0.01, 3600, &v)) return usage_error("REKINDLE_TIME_LIMIT: not a number of seconds: '%s'", env);
        o.limits.time_limit = v;
    }
    env = getenv("REKINDLE_MEMORY_LIMIT");
    if (env && *env) {
        if (!parse_number(env, 1, 65536, &v)) return usage_error("REKINDLE_MEMORY_LIMIT: not a number of MiB: '%s'", env);
        o.limits.memory_limit = (size_t)v << 20;
    }

    opterr = 0;
    int c;
    /* Options may come anywhere for a play; a tool's own options follow its name. */
    const char *optstring = first_word_is_tool(argc, argv) ? "+hV" : "hV";
    while ((c = getopt_long(argc, argv, optstring, longopts, NULL)) != -1) {
        switch (c) {
        case OPT_SEED:
            if (!parse_number(optarg, 0, 1e18, &v) || v != (double)(uint64_t)v)
                return usage_error("--seed needs a whole number, not '%s'", optarg);
            o.seed = strtoull(optarg, NULL, 10);
            o.seed_given = true;
            break;
        case OPT_WIDTH:
            if (!parse_number(optarg, 20, 1000, &v)) return usage_error("--width needs a number from 20 to 1000, not '%s'", optarg);
            o.width = (int)v;
            break;
        case OPT_NO_COLOR: o.color = false; break;
        case OPT_REPLAY: o.replay = optarg; break;
        case OPT_PLAIN: o.plain = true; break;
        case OPT_TRANSCRIPT: o.transcript = optarg; break;
        case OPT_DATA: data_dir = optarg; break;
        case OPT_TIME:
            if (!parse_number(optarg, 0.01, 3600, &v)) return usage_error("--time-limit needs seconds (0.01 to 3600), not '%s'", optarg);
            o.limits.time_limit = v;
            break;
        case OPT_MEMORY:
            if (!parse_number(optarg, 1, 65536, &v)) return usage_error("--memory-limit needs MiB (1 to 65536), not '%s'", optarg);
            o.limits.memory_limit = (size_t)v << 20;
            break;
        case 'h': fputs(USAGE, stdout); return EXIT_DONE;
        case 'V': printf("rekindle %s\n", REKINDLE_VERSION); return EXIT_DONE;
        default: {
            const char *bad = argv[optind - 1];
            return usage_error("unknown or incomplete option '%s'", bad);
        }
        }
    }
    save_set_dir(data_dir);
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0) o.plain = true;
    if (o.plain) o.color = false;
    const char *arg = optind < argc ? argv[optind] : NULL;
    bool tool = arg && (is_tool(arg) || strcmp(arg, "list") == 0);
    if (!tool && argc - optind > 1) return usage_error("too many arguments, starting at '%s'", argv[optind + 1]);
    if (arg && strcmp(arg, "list") == 0) {
        bool markdown = optind + 1 < argc && strcmp(argv[optind + 1], "--markdown") == 0;
        if (argc - optind > (markdown ? 2 : 1)) return usage_error("list takes only --markdown, not '%s'", argv[optind + 1]);
        return cmd_list(&o.limits, o.color, markdown);
    }
    if (arg && strcmp(arg, "check") == 0) return analyze_check(argc - optind, argv + optind, &o.limits);
    if (arg && strcmp(arg, "randomtest") == 0) return analyze_randomtest(argc - optind, argv + optind, &o.limits);
    if (arg && strcmp(arg, "quicktest") == 0) return analyze_quicktest(argc - optind, argv + optind, &o.limits);

    char *found = NULL;
    if (arg == NULL) {
        found = find_story(DEFAULT_STORY);
        if (found == NULL) {
            fprintf(stderr, "rekindle: the default story %s was not found (set REKINDLE_PATH)\n", DEFAULT_STORY);
            return EXIT_STORY_ERROR;
        }
        o.path = found;
    } else {
        if (!disk_is_file(arg) && strchr(arg, '/') == NULL) found = find_story(arg);
        if (found == NULL && !disk_is_file(arg)) return usage_error("no story file '%s'", arg);
        o.path = found ? found : arg;
    }
    int status = play(&o);
    free(found);
    return status;
}
