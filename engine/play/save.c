/* save.c - saves, the autosave and the endings record, under the data
 * folder:
 *
 *     DATA/saves/STORY-ID/NAME.save     one save: a few "key value" lines
 *     DATA/endings/STORY-ID             the ids of the endings found, a line each
 *     DATA/achievements/STORY-ID        the ids of the achievements earned, a line each
 *
 * A save holds the story's id and content hash, the seed and the path of
 * answers: replaying the path rebuilds the play, so nothing of the story's
 * Lua state is ever written or read. Writes go to a temporary file that is
 * flushed, fsynced and renamed over the old one: a crash or a full disk at any
 * moment leaves the previous save whole. */
#include "play/save.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/disk.h"
#include "base/text.h"
#include "core/path.h"

#define SAVE_FORMAT "rekindle save 1"
#define SAVE_MAX ((size_t)1 << 20) /* no save of a real play comes near this */

static char data_dir[4096];
static bool chosen;        /* --data-dir or $REKINDLE_DATA named it */
static char off_reason[300]; /* when not empty, nothing is kept, and this says why */

/* The home folder, or NULL when there is none. */
static const char *save_home(void)
{
    const char *home = getenv("HOME");
    if (home && *home) return home;
    struct passwd *pw = getpwuid(getuid()); /* HOME unset: the password database knows */
    return pw && pw->pw_dir && *pw->pw_dir ? pw->pw_dir : NULL;
}

void save_set_dir(const char *dir)
{
    const char *env = getenv("REKINDLE_DATA"), *xdg = getenv("XDG_DATA_HOME"), *home = save_home();
    chosen = (dir && *dir) || (env && *env);
    off_reason[0] = '\0';
    if (dir && *dir) snprintf(data_dir, sizeof data_dir, "%s", dir);
    else if (env && *env) snprintf(data_dir, sizeof data_dir, "%s", env);
    else if (xdg && *xdg) snprintf(data_dir, sizeof data_dir, "%s/rekindle", xdg);
    else if (home) snprintf(data_dir, sizeof data_dir, "%s/.local/share/rekindle", home);
    else save_off("there is no home folder to keep them in (set HOME, or use --data-dir DIR)");
}

const char *save_dir(void)
{
    if (data_dir[0] == '\0' && off_reason[0] == '\0') save_set_dir(NULL);
    return data_dir;
}

bool save_dir_chosen(void)
{
    save_dir();
    return chosen;
}

void save_off(const char *reason)
{
    snprintf(off_reason, sizeof off_reason, "%s", reason);
    data_dir[0] = '\0';
}

const char *save_off_reason(void)
{
    save_dir();
    return off_reason[0] ? off_reason : NULL;
}

/* When nothing is kept: fills err with why, and is true. */
static bool off(char *err, size_t errlen)
{
    if (save_off_reason() == NULL) return false;
    snprintf(err, errlen, "saves are off: %s", off_reason);
    return true;
}

bool save_name_ok(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > SAVE_NAME_MAX) return false;
    for (const char *p = name; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_') return false;
    return true;
}

/* ------------------------------------------------------------- the files */

/* Story ids are a-z, 0-9 and '-' (the loader checks), names as above: no
 * path can climb out of the data folder. */
static const char *const RECORDS[] = {"endings", "achievements"};

static void record_of(char *buf, size_t size, const char *story_id, SaveRecord which)
{
    snprintf(buf, size, "%s/%s/%s", save_dir(), RECORDS[which], story_id);
}

static void file_of(char *buf, size_t size, const char *story_id, const char *name)
{
    snprintf(buf, size, "%s/saves/%s/%s.save", save_dir(), story_id, name);
}

/* ----------------------------------------------------------------- saves */

/* A save killed mid-write leaves its temporary ("NAME.save.tmpPID") beside
 * the saves: the folder of file is swept of those whose writer is gone,
 * the first time this process opens it (not at every autosave: a sweep
 * lists the folder). */
static void remove_stale_temporaries(const char *file)
{
    static char swept[4200];
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", file);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = '\0';
    if (strcmp(dir, swept) == 0) return;
    snprintf(swept, sizeof swept, "%s", dir);
    disk_remove_stale_temporaries(dir);
}

bool save_write(const char *story_id, const char *name, const Save *s, char *err, size_t errlen)
{
    char path[4200];
    if (off(err, errlen)) return false;
    file_of(path, sizeof path, story_id, name);
    size_t cap = strlen(s->path) + strlen(s->scene ? s->scene : "") + strlen(s->place ? s->place : "") +
                 strlen(story_id) + 256;
    char *text = malloc(cap);
    if (text == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        return false;
    }
    int n = snprintf(text, cap,
                     "%s\nstory %s\nhash %016" PRIx64 "\nseed %" PRIu64 "\ntime %lld\nscene %s\nplace %s\npath %s\n",
                     SAVE_FORMAT, story_id, s->hash, s->seed, s->time, s->scene ? s->scene : "",
                     s->place ? s->place : "", s->path);
    bool ok = n > 0 && (size_t)n < cap && disk_write(path, text, (size_t)n, err, errlen);
    free(text);
    remove_stale_temporaries(path);
    return ok;
}

void save_describe(const Save *s, char *buf, size_t size)
{
    char *place = s->place && s->place[0] ? text_sanitize(s->place, strlen(s->place)) : NULL; /* anyone's file */
    if (s->choices == 0 && !s->path[0]) snprintf(buf, size, "at the start");
    else if (place) snprintf(buf, size, "\"%s\", after %d choice%s", place, s->choices, s->choices == 1 ? "" : "s");
    else if (s->place && s->place[0]) /* never left out in silence */
        snprintf(buf, size, "(its place: out of memory), after %d choice%s", s->choices, s->choices == 1 ? "" : "s");
    else snprintf(buf, size, "after %d choice%s", s->choices, s->choices == 1 ? "" : "s");
    free(place);
}

/* The file of the answers typed, or false when there is none to keep. */
static bool history_file(char *buf, size_t size)
{
    const char *state = getenv("XDG_STATE_HOME"), *home = save_home();
    if (save_off_reason()) return false;
    if (chosen) snprintf(buf, size, "%s/history", data_dir);
    else if (state && *state) snprintf(buf, size, "%s/rekindle/history", state);
    else if (home) snprintf(buf, size, "%s/.local/state/rekindle/history", home);
    else return false;
    return true;
}

char *save_history_read(void)
{
    char path[4200], err[512];
    size_t len;
    return history_file(path, sizeof path) ? disk_read(path, SAVE_MAX, &len, err, sizeof err) : NULL;
}

bool save_history_write(const char *text, char *err, size_t errlen)
{
    char path[4200];
    if (!history_file(path, sizeof path)) return false;
    return disk_write(path, text, strlen(text), err, errlen);
}

void save_free(Save *s)
{
    free(s->story_id);
    free(s->path);
    free(s->scene);
    free(s->place);
    memset(s, 0, sizeof *s);
}

/* Parses the len bytes of text, "key value" lines after the format's; every
 * key once, in any order, none unknown. The path of answers must parse. */
static bool parse_save(const char *path, char *text, size_t len, Save *s, char *err, size_t errlen)
{
    /* "place" came later: a save without it is still whole. */
    static const char *const keys[] = {"story", "hash", "seed", "time", "scene", "path", "place"};
    enum { NKEYS = 7, REQUIRED = 6 };
    bool seen[NKEYS] = {false};
    char *line = text, *next;
    if (strncmp(text, SAVE_FORMAT "\n", strlen(SAVE_FORMAT) + 1) != 0) {
        snprintf(err, errlen, "%s: not a rekindle save (or from a newer version)", path);
        return false;
    }
    if (strlen(text) != len) {
        snprintf(err, errlen, "%s: not a valid save: it holds a NUL byte", path);
        return false;
    }
    for (line = text + strlen(SAVE_FORMAT) + 1; *line; line = next) {
        next = strchr(line, '\n');
        if (next == NULL) {
            snprintf(err, errlen, "%s: the save is cut short", path);
            return false;
        }
        *next++ = '\0';
        char *value = strchr(line, ' ');
        int k = -1;
        if (value) {
            *value++ = '\0';
            for (int i = 0; i < NKEYS; i++)
                if (strcmp(line, keys[i]) == 0) k = i;
        }
        if (k < 0 || seen[k]) {
            snprintf(err, errlen, "%s: not a valid save: %s line '%.40s'", path, k < 0 ? "unexpected" : "repeated", line);
            return false;
        }
        seen[k] = true;
        for (char *c = value; *c; c++)
            if ((unsigned char)*c < 0x20) {
                snprintf(err, errlen, "%s: not a valid save: a control character in '%s'", path, keys[k]);
                return false;
            }
        const char *digits = k == 1 ? "0123456789abcdef" : "0123456789"; /* no sign, no spaces */
        if (k >= 1 && k <= 3 && (value[0] == '\0' || strspn(value, digits) != strlen(value))) {
            snprintf(err, errlen, "%s: not a valid save: bad number in '%s'", path, keys[k]);
            return false;
        }
        char *end = NULL;
        errno = 0;
        switch (k) {
        case 0: s->story_id = strdup(value); break;
        case 1: s->hash = strtoull(value, &end, 16); break;
        case 2: s->seed = strtoull(value, &end, 10); break;
        case 3: s->time = strtoll(value, &end, 10); break;
        case 4: s->scene = strdup(value); break;
        case 5: s->path = strdup(value); break;
        case 6: s->place = strdup(value); break;
        }
        if (end && (end == value || *end || errno)) {
            snprintf(err, errlen, "%s: not a valid save: bad number in '%s'", path, keys[k]);
            return false;
        }
    }
    for (int i = 0; i < REQUIRED; i++)
        if (!seen[i]) {
            snprintf(err, errlen, "%s: not a valid save: no '%s' line", path, keys[i]);
            return false;
        }
    if (!seen[6]) s->place = strdup("");
    if (!s->story_id || !s->scene || !s->path || !s->place) {
        snprintf(err, errlen, "%s: out of memory", path);
        return false;
    }
    Step *steps;
    int n;
    if (!path_parse(s->path, &steps, &n)) {
        if (errno == ENOMEM) snprintf(err, errlen, "%s: out of memory", path);
        else snprintf(err, errlen, "%s: not a valid save: its path of answers does not parse", path);
        return false;
    }
    for (int i = 0; i < n; i++) s->choices += steps[i].kind == STEP_CHOICE;
    path_free(steps, n);
    return true;
}

bool save_read(const char *story_id, const char *name, Save *s, char *err, size_t errlen)
{
    char path[4200];
    size_t len;
    memset(s, 0, sizeof *s);
    if (off(err, errlen)) return false;
    file_of(path, sizeof path, story_id, name);
    remove_stale_temporaries(path); /* the folder is opened: sweep it */
    char *text = disk_read(path, SAVE_MAX, &len, err, errlen);
    if (text == NULL) {
        if (errno == ENOENT) snprintf(err, errlen, "no save called '%s' for this story", name);
        return false;
    }
    bool ok = parse_save(path, text, len, s, err, errlen);
    if (ok && strcmp(s->story_id, story_id) != 0) {
        snprintf(err, errlen, "%s: this save belongs to another story ('%.40s')", path, s->story_id);
        ok = false;
    }
    free(text);
    if (!ok) save_free(s);
    return ok;
}

bool save_read_file(const char *path, Save *s, char *err, size_t errlen)
{
    size_t len;
    memset(s, 0, sizeof *s);
    char *text = disk_read(path, SAVE_MAX, &len, err, errlen);
    if (text == NULL) return false;
    bool ok = parse_save(path, text, len, s, err, errlen);
    free(text);
    if (!ok) save_free(s);
    return ok;
}

bool save_exists(const char *story_id, const char *name)
{
    char path[4200];
    struct stat st;
    if (save_off_reason()) return false;
    file_of(path, sizeof path, story_id, name);
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool save_delete(const char *story_id, const char *name, char *err, size_t errlen)
{
    char path[4200];
    if (off(err, errlen)) return false;
    file_of(path, sizeof path, story_id, name);
    if (unlink(path) == 0 || errno == ENOENT) return true;
    snprintf(err, errlen, "%s: cannot delete: %s", path, strerror(errno));
    return false;
}

char **save_names(const char *story_id)
{
    char dir[4200];
    if (save_off_reason()) return NULL;
    snprintf(dir, sizeof dir, "%s/saves/%s", save_dir(), story_id);
    disk_remove_stale_temporaries(dir); /* the folder is opened: sweep it */
    char **names = disk_list(dir, ".save");
    if (names != NULL && names[0] == NULL) {
        disk_free_list(names);
        errno = 0; /* none */
        return NULL;
    }
    if (names == NULL) return NULL;
    for (char **p = names; *p; p++) (*p)[strlen(*p) - strlen(".save")] = '\0';
    return names;
}

void save_free_names(char **names)
{
    for (char **p = names; p && *p; p++) free(*p);
    free(names);
}

/* --------------------------------------------------------------- endings */

int save_known(const char *story_id, SaveRecord which, const char *const *ids, int n, bool *found)
{
    char path[4200], err[512];
    size_t len;
    int count = 0;
    memset(found, 0, sizeof *found * (size_t)n);
    if (save_off_reason()) return 0;
    record_of(path, sizeof path, story_id, which);
    char *text = disk_read(path, SAVE_MAX, &len, err, sizeof err);
    if (text == NULL) return 0; /* errno says why: ENOENT, none yet */
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
        for (int i = 0; i < n; i++)
            if (!found[i] && strcmp(line, ids[i]) == 0) {
                found[i] = true;
                count++;
            }
    free(text);
    errno = 0;
    return count;
}

bool save_found(const char *story_id, SaveRecord which, const char *ending_id, char *err, size_t errlen)
{
    char path[4200];
    size_t len = 0;
    if (off(err, errlen)) return false;
    record_of(path, sizeof path, story_id, which);
    char *old = disk_read(path, SAVE_MAX, &len, err, errlen);
    if (old == NULL && errno != ENOENT) return false;
    for (char *line = old; line && *line;) { /* already there? */
        char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) : strlen(line);
        if (n == strlen(ending_id) && strncmp(line, ending_id, n) == 0) {
            free(old);
            return true;
        }
        line += n + (nl != NULL);
    }
    size_t add = strlen(ending_id) + 2;
    char *text = malloc(len + add);
    bool ok = text != NULL;
    if (ok) {
        memcpy(text, old ? old : "", len);
        snprintf(text + len, add, "%s\n", ending_id);
        ok = disk_write(path, text, len + add - 1, err, errlen);
        remove_stale_temporaries(path);
    } else {
        snprintf(err, errlen, "%s: out of memory", path);
    }
    free(text);
    free(old);
    return ok;
}

bool save_forget_endings(const char *story_id, char *err, size_t errlen)
{
    if (off(err, errlen)) return false;
    for (int which = 0; which < 2; which++) {
        char path[4200];
        record_of(path, sizeof path, story_id, (SaveRecord)which);
        if (unlink(path) != 0 && errno != ENOENT) {
            snprintf(err, errlen, "%s: cannot delete: %s", path, strerror(errno));
            return false;
        }
    }
    return true;
}
