/* save.h - the player's data on disk: saves, the autosave, and the endings
 * found. Everything is written atomically (temporary file, fsync, rename),
 * and everything read is parsed as data, with a size cap, never run. */
#ifndef REKINDLE_SAVE_H
#define REKINDLE_SAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SAVE_AUTOSAVE "autosave"
#define SAVE_DEFAULT "save"      /* the name `save` uses when given none */
#define SAVE_NAME_MAX 32

typedef struct {
    char *story_id;
    uint64_t hash;     /* of the story's text when saved */
    uint64_t seed;
    char *path;        /* the answers, as run_path_text writes them */
    char *scene;       /* where the play stood: the scene's name (for tools) */
    char *place;       /* where it stood in the player's words (run_place), or "" */
    int choices;       /* choices made (from the path) */
    long long time;    /* when, in seconds since 1970 */
} Save;

/* Where the data lives: --data-dir, else $REKINDLE_DATA, else
 * $XDG_DATA_HOME/rekindle, else ~/.local/share/rekindle (the home folder
 * from $HOME, or the password database). Call once before the rest; NULL
 * keeps the default. With no home folder at all, saves are off. */
void save_set_dir(const char *dir);
const char *save_dir(void);
/* Whether --data-dir or $REKINDLE_DATA named the folder. */
bool save_dir_chosen(void);
/* Keeps nothing from now on: every write fails with the reason, every
 * read finds nothing. NULL while saves are on. */
void save_off(const char *reason);
const char *save_off_reason(void);

/* True when name is usable as a save's name: 1 to 32 of A-Z a-z 0-9 - _. */
bool save_name_ok(const char *name);

/* Each returns false with a message naming the file in err. */
bool save_write(const char *story_id, const char *name, const Save *s, char *err, size_t errlen);
bool save_read(const char *story_id, const char *name, Save *s, char *err, size_t errlen);
/* A save file named by its path, whatever story it belongs to. */
bool save_read_file(const char *path, Save *s, char *err, size_t errlen);
bool save_delete(const char *story_id, const char *name, char *err, size_t errlen);
void save_free(Save *s);
/* The answers typed in past plays, for the Up arrow: a line each. Kept
 * beside the saves when a data folder is named, else in the XDG state
 * folder ($XDG_STATE_HOME/rekindle, or ~/.local/state/rekindle). NULL or
 * false when there is none, or when nothing is kept. */
char *save_history_read(void);
bool save_history_write(const char *text, char *err, size_t errlen);

/* Where a save stands, for the player: "\"November\", after 12 choices". */
void save_describe(const Save *s, char *buf, size_t size);
bool save_exists(const char *story_id, const char *name);

/* The names of a story's saves, sorted, malloc'd, NULL-terminated (NULL
 * when there are none or the folder cannot be read; errno is then ENOMEM
 * when memory ran out). */
char **save_names(const char *story_id);
void save_free_names(char **names);

/* What a player has found of a story, kept across plays: its endings and
 * its achievements, each a list of ids. */
typedef enum { SAVE_ENDINGS, SAVE_ACHIEVEMENTS } SaveRecord;
bool save_found(const char *story_id, SaveRecord which, const char *id, char *err, size_t errlen);
/* Fills found[i] for each of the n ids given; returns how many. */
int save_known(const char *story_id, SaveRecord which, const char *const *ids, int n, bool *found);
/* (After it, errno is 0 when the record was read or there is none yet,
 * ENOMEM when memory ran out: the count is then 0.) */
/* Forgets both. */
bool save_forget_endings(const char *story_id, char *err, size_t errlen);

#endif
