/* analyze.c - the command lines of check, randomtest and quicktest: options,
 * loading each story, printing reports. The analyses themselves live in
 * check.c, rtest.c and qtest.c. */
#include "analyze.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "play.h"

static int usage(const char *cmd, const char *msg, const char *arg)
{
    fprintf(stderr, "rekindle %s: ", cmd);
    fprintf(stderr, msg, arg);
    fprintf(stderr, "\nTry 'rekindle --help' for more information.\n");
    return EXIT_USAGE;
}

/* ---------------------------------------------------------------- check */

static int check_one(const char *path, const SandboxLimits *limits, bool strict)
{
    char err[8192];
    char *text = NULL;
    size_t len = 0;
    Story *s = play_load(path, limits, err, sizeof err, &text, &len);
    if (s == NULL) {
        play_report(err, "error");
        return 1;
    }
    CheckReport r;
    check_story(s, text, len, &r);
    int conditions = 0;
    for (int i = 0; i < s->nscenes; i++) {
        conditions += s->scenes[i].when_fn != STORY_NOREF;
        for (int c = 0; c < s->scenes[i].nchoices; c++)
            conditions += (s->scenes[i].choices[c].when_fn != STORY_NOREF) +
                          (s->scenes[i].choices[c].available_fn != STORY_NOREF);
    }
    char line[1024];
    for (int i = 0; i < r.count; i++) {
        snprintf(line, sizeof line, "%s:%d: %s", path, r.items[i].line, r.items[i].message);
        play_report(line, r.items[i].level == DIAG_ERROR ? "error" : "warning");
    }
    fprintf(stderr, "%s: %d error%s, %d warning%s", path, r.errors, r.errors == 1 ? "" : "s", r.warnings,
            r.warnings == 1 ? "" : "s");
    if (conditions)
        fprintf(stderr, "; %d condition%s not run here (randomtest and quicktest run them)", conditions,
                conditions == 1 ? "" : "s");
    fputc('\n', stderr);
    int failed = r.errors > 0 || (strict && r.warnings > 0);
    check_free(&r);
    play_unload(s);
    free(text);
    return failed;
}

int analyze_check(int argc, char **argv, const SandboxLimits *limits)
{
    static const struct option longopts[] = {{"strict", no_argument, NULL, 's'}, {NULL, 0, NULL, 0}};
    bool strict = false;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+", longopts, NULL)) != -1) {
        if (c == 's') strict = true;
        else return usage("check", "unknown option '%s'", argv[optind - 1]);
    }
    if (optind >= argc) return usage("check", "%s", "needs one or more story files");
    int failed = 0;
    for (int i = optind; i < argc; i++) failed |= check_one(argv[i], limits, strict);
    return failed ? EXIT_STORY_ERROR : EXIT_DONE;
}
