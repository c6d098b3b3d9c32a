/* library.h - the bundled stories: the folders they are found in, and a
 * listing of them (title, blurb, counts, what they cover). */
#ifndef REKINDLE_LIBRARY_H
#define REKINDLE_LIBRARY_H

#include <stdbool.h>

#include "core/sandbox.h"

#define LIBRARY_DEFAULT "water-on-thursdays.lua" /* the story `rekindle` alone plays */

typedef struct {
    char *path;                 /* the story file */
    char *id;                   /* the story's id (saves are kept by it) */
    char *title, *blurb, *file; /* sanitized for the terminal; file is the base name */
    int scenes, endings;
    char **ending_ids;          /* endings' names, `endings` of them */
    int *covers, ncovers;       /* what the story says it covers, as it says it */
} Listed;

/* The first story file of that name in the story folders ($REKINDLE_PATH,
 * then beside the program), malloc'd, or NULL. */
char *library_find(const char *file);

/* Loads every story in the story folders; malloc'd array of *n entries. A
 * story that fails to load is reported on stderr and left out. */
Listed *library_list(const SandboxLimits *limits, int *n);
void library_free(Listed *l, int n);
/* True when the last library_list met a story that failed to load. */
bool library_failed(void);

/* Moves the default story to the front: the menu's order, which its
 * numbers follow. */
void library_default_first(Listed *l, int n);
/* The story a player named: its number (from 1), its whole title, or the
 * start of exactly one title (any case). Its index; -1 for none, -2 when
 * the start fits several. */
int library_match(const Listed *l, int n, const char *what);
/* library_match over the stories in the menu's order: the story's file,
 * malloc'd, or NULL with the reason in err. */
char *library_pick(const char *what, const SandboxLimits *limits, char *err, size_t errlen);

/* `rekindle list`: each story's title, blurb and file; with `markdown`, a
 * table of them for a README (stories/readme.sh makes stories/README.md).
 * Returns 0, or 1 when no story was found or one failed to load. */
int library_print(const SandboxLimits *limits, bool color, bool markdown);

#endif
