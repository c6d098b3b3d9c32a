/* savecheck.c - `rekindle check-save` (see savecheck.h): the save's path of
 * answers replayed, step by step and without a screen, into the story as it
 * is now. */
#include "play/savecheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/status.h"
#include "base/text.h"
#include "core/load.h"
#include "core/path.h"
#include "core/runtime.h"
#include "play/library.h"
#include "play/save.h"

/* The story file of a story id, from the story folders: malloc'd or NULL. */
static char *story_of_id(const char *id, const SandboxLimits *limits)
{
    int n;
    Listed *l = library_list(limits, &n);
    char *path = NULL;
    for (int i = 0; i < n && !path; i++)
        if (strcmp(l[i].id, id) == 0) path = strdup(l[i].path);
    library_free(l, n);
    return path;
}

int savecheck_run(const char *save_path, const char *story_path, const SandboxLimits *limits)
{
    char err[8192];
    Save save;
    if (!save_read_file(save_path, &save, err, sizeof err)) {
        load_report(err, "error");
        return EXIT_STORY_ERROR;
    }
    char *found = story_path ? NULL : story_of_id(save.story_id, limits);
    const char *path = story_path ? story_path : found;
    int status = EXIT_STORY_ERROR;
    if (path == NULL) {
        fprintf(stderr, "rekindle check-save: no story with the id '%s' in the story folders (name its file)\n",
                save.story_id);
        status = EXIT_USAGE;
        goto done;
    }
    Story *s = load_open(path, limits, err, sizeof err);
    if (s == NULL) {
        load_report(err, "error");
        goto done;
    }
    if (strcmp(s->id, save.story_id) != 0) {
        fprintf(stderr, "rekindle check-save: the save is of the story '%s', and %s is '%s'\n", save.story_id, path, s->id);
        load_close(s);
        status = EXIT_USAGE;
        goto done;
    }
    Step *steps = NULL;
    int n = 0;
    path_parse(save.path, &steps, &n); /* save_read_file checked it parses */
    printf("%s: a save of %s (%s), seed %llu, %d step%s\n", save_path, s->title, path,
           (unsigned long long)save.seed, n, n == 1 ? "" : "s");
    printf("  %s\n", save.hash == load_hash(s) ? "the story is as it was when this was saved"
                                                : "the story has changed since this was saved");
    Run r;
    char place[256];
    int done = 0;
    bool ok = run_start_replay(&r, s, save.seed, steps, n, err, sizeof err);
    for (; ok && done < n; done++)
        if (!run_replay_step(&r, &steps[done], err, sizeof err)) break;
    run_place(&r, place, sizeof place);
    char *safe = text_sanitize(place, strlen(place));
    if (done == n) {
        printf("  every step still fits: restoring it plays to \"%s\" (scene '%s')\n", safe ? safe : "",
               s->scenes[r.scene].name);
        status = EXIT_DONE;
    } else {
        printf("  the replay stops at step %d of %d (\"%s\", scene '%s'): %s\n", done + 1, n, safe ? safe : "",
               s->scenes[r.scene].name, err);
        printf("  restoring it plays the first %d step%s, then goes on from there\n", done, done == 1 ? "" : "s");
    }
    free(safe);
    run_free(&r);
    path_free(steps, n);
    load_close(s);
done:
    free(found);
    save_free(&save);
    return status;
}
