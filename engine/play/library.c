/* library.c - finding the bundled stories and listing them. */
#include "play/library.h"

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/disk.h"
#include "base/text.h"
#include "core/load.h"
#include "play/play.h"
#include "play/render.h"

static bool failed; /* a story of the last listing did not load */

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

/* A story file, or a story's folder. */
static bool is_story(const char *path)
{
    if (disk_is_file(path)) return true;
    char *file = disk_is_dir(path) ? load_story_file(path) : NULL;
    bool found = file && disk_is_file(file);
    free(file);
    return found;
}

/* The first story of that name (a file, or a folder with a story.lua) in
 * the story folders, malloc'd. */
char *library_find(const char *file)
{
    char **dirs = story_dirs();
    char *found = NULL;
    for (int i = 0; dirs && dirs[i] && !found; i++) {
        char *path = malloc(strlen(dirs[i]) + strlen(file) + 2);
        if (path == NULL) break;
        sprintf(path, "%s/%s", dirs[i], file);
        if (is_story(path)) found = path;
        else free(path);
    }
    disk_free_list(dirs);
    return found;
}

static char *clean(const char *s)
{
    char *c = text_sanitize(s ? s : "", s ? strlen(s) : 0);
    return c ? c : strdup("");
}

/* Adds the story at dir/name to the list, or reports why it cannot be. */
static void add_story(Listed **l, int *n, const char *dir, const char *name, const SandboxLimits *limits)
{
    char err[8192], path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    Story *s = load_open(path, limits, err, sizeof err);
    if (s == NULL) {
        load_report(err, NULL);
        failed = true;
        return;
    }
    Listed *grown = realloc(*l, sizeof **l * (size_t)(*n + 1));
    if (grown == NULL) {
        load_close(s);
        return;
    }
    *l = grown;
    Listed *e = &grown[(*n)++];
    memset(e, 0, sizeof *e);
    e->path = strdup(path);
    e->id = strdup(s->id);
    e->title = clean(s->title);
    e->blurb = clean(s->blurb);
    e->file = clean(name);
    e->ending_ids = calloc((size_t)s->nscenes + 1, sizeof *e->ending_ids);
    for (int k = 0; k < s->nscenes; k++) {
        if (!s->scenes[k].is_ending) e->scenes++;
        else if (e->ending_ids) e->ending_ids[e->endings++] = strdup(s->scenes[k].name);
    }
    e->covers = malloc(sizeof *e->covers * ((size_t)s->ncovers + 1));
    for (int k = 0; e->covers && k < s->ncovers; k++) e->covers[e->ncovers++] = s->covers[k];
    load_close(s);
}

Listed *library_list(const SandboxLimits *limits, int *count)
{
    char **dirs = story_dirs();
    int n = 0;
    Listed *l = NULL;
    failed = false;
    for (int d = 0; dirs && dirs[d]; d++) {
        char **files = disk_list(dirs[d], ".lua");
        for (int i = 0; files && files[i]; i++) add_story(&l, &n, dirs[d], files[i], limits);
        disk_free_list(files);
        /* a story in several files: a folder with a story.lua */
        char **folders = disk_list_folders(dirs[d]);
        for (int i = 0; folders && folders[i]; i++) {
            char path[PATH_MAX];
            snprintf(path, sizeof path, "%s/%s", dirs[d], folders[i]);
            if (is_story(path)) add_story(&l, &n, dirs[d], folders[i], limits);
        }
        disk_free_list(folders);
    }
    disk_free_list(dirs);
    *count = n;
    return l;
}

void library_free(Listed *l, int n)
{
    for (int i = 0; i < n; i++) {
        free(l[i].path);
        free(l[i].id);
        free(l[i].title);
        free(l[i].blurb);
        free(l[i].file);
        for (int k = 0; k < l[i].endings; k++) free(l[i].ending_ids[k]);
        free(l[i].ending_ids);
        free(l[i].covers);
    }
    free(l);
}

bool library_failed(void)
{
    return failed;
}

void library_default_first(Listed *l, int n)
{
    for (int i = 1; i < n; i++)
        if (strcmp(l[i].file, LIBRARY_DEFAULT) == 0) {
            Listed d = l[i];
            memmove(&l[1], &l[0], sizeof *l * (size_t)i);
            l[0] = d;
        }
}

int library_match(const Listed *l, int n, const char *what)
{
    size_t len = strlen(what);
    if (len == 0) return -1;
    if (strspn(what, "0123456789") == len) {
        long k = strtol(what, NULL, 10);
        return k >= 1 && k <= n ? (int)k - 1 : -1;
    }
    int found = -1, count = 0;
    for (int i = 0; i < n; i++) /* a whole title first, then the start of one */
        if (strcasecmp(l[i].title, what) == 0) return i;
    for (int i = 0; i < n; i++)
        if (strncasecmp(l[i].title, what, len) == 0) {
            found = i;
            count++;
        }
    return count == 1 ? found : count > 1 ? -2 : -1;
}

char *library_pick(const char *what, const SandboxLimits *limits, char *err, size_t errlen)
{
    int n;
    Listed *l = library_list(limits, &n);
    library_default_first(l, n);
    int k = library_match(l, n, what);
    char *path = k >= 0 ? strdup(l[k].path) : NULL;
    if (k == -2) snprintf(err, errlen, "'%s' is the start of more than one story's title (rekindle list shows them)", what);
    else if (k < 0 && strspn(what, "0123456789") == strlen(what))
        snprintf(err, errlen, "there is no story %s: the stories are numbered 1 to %d", what, n);
    else if (k < 0) snprintf(err, errlen, "no story file or title '%s' (rekindle list shows the stories)", what);
    library_free(l, n);
    return path;
}

/* ------------------------------------------------------------ listing */

/* The table of the stories, for a README. */
static void print_markdown(const Listed *l, int n)
{
    printf("| story | file | scenes | endings | covers | blurb |\n|---|---|---|---|---|---|\n");
    for (int i = 0; i < n; i++) {
        printf("| %s | `%s` | %d | %d |", l[i].title, l[i].file, l[i].scenes, l[i].endings);
        for (int k = 0; k < l[i].ncovers; k++) printf("%s%d", k ? ", " : " ", l[i].covers[k]);
        printf(" | %s |\n", l[i].blurb);
    }
}

int library_print(const SandboxLimits *limits, bool color, bool markdown)
{
    int n;
    Listed *l = library_list(limits, &n);
    for (int i = 0; i < n && !markdown; i++) {
        if (color) printf("\033[1m%s\033[0m\n", l[i].title);
        else printf("%s\n", l[i].title);
        printf("  %s\n  %s\n", l[i].blurb, l[i].path);
    }
    if (markdown) print_markdown(l, n);
    int status = n == 0 || library_failed() ? 1 : 0;
    library_free(l, n);
    if (n == 0) fputs("rekindle: no stories found (set REKINDLE_PATH to a folder of .lua stories)\n", stderr);
    return status;
}
