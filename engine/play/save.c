/* save.c - saves, the autosave and the endings record, under the data
 * folder:
 *
 *     DATA/saves/STORY-ID/NAME.save     one save: a few "key value" lines
 *     DATA/endings/STORY-ID             the ids of the endings found, a line each
 *
 * A save holds the story's id and content hash, the seed and the path of
 * answers: replaying the path rebuilds the play, so nothing of the story's
 * Lua state is ever written or read. Writes go to a temporary file that is
 * flushed, fsynced and renamed over the old one: a crash or a full disk at any
 * moment leaves the previous save whole. */
#include "play/save.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/runtime.h"

#define SAVE_FORMAT "rekindle save 1"
#define SAVE_MAX ((size_t)1 << 20) /* no save of a real play comes near this */

static char data_dir[4096];

void save_set_dir(const char *dir)
{
    const char *env = getenv("REKINDLE_DATA"), *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (dir && *dir) snprintf(data_dir, sizeof data_dir, "%s", dir);
    else if (env && *env) snprintf(data_dir, sizeof data_dir, "%s", env);
    else if (xdg && *xdg) snprintf(data_dir, sizeof data_dir, "%s/rekindle", xdg);
    else snprintf(data_dir, sizeof data_dir, "%s/.local/share/rekindle", home && *home ? home : ".");
}

const char *save_dir(void)
{
    if (data_dir[0] == '\0') save_set_dir(NULL);
    return data_dir;
}

uint64_t save_hash(const char *text, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)text[i]) * 0x100000001b3ULL;
    return h;
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
static void file_of(char *buf, size_t size, const char *story_id, const char *name)
{
    if (name) snprintf(buf, size, "%s/saves/%s/%s.save", save_dir(), story_id, name);
    else snprintf(buf, size, "%s/endings/%s", save_dir(), story_id);
}

/* mkdir -p of the folder that holds path. */
static bool make_parents(const char *path, char *err, size_t errlen)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash == NULL) return true;
    *slash = '\0';
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(dir, 0755) != 0 && errno != EEXIST) goto fail;
        *p = '/';
    }
    if (mkdir(dir, 0755) == 0 || errno == EEXIST) return true;
fail:
    snprintf(err, errlen, "%s: cannot create the folder: %s", dir, strerror(errno));
    return false;
}

/* Writes text to path atomically. */
static bool write_atomically(const char *path, const char *text, size_t len, char *err, size_t errlen)
{
    char tmp[4300];
    if (!make_parents(path, err, errlen)) return false;
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
        return false;
    }
    for (size_t off = 0; off < len;) {
        ssize_t w = write(fd, text + off, len - off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            snprintf(err, errlen, "%s: cannot write (the previous copy is kept): %s", path,
                     w < 0 ? strerror(errno) : "no space");
            goto fail;
        }
        off += (size_t)w;
    }
    if (fsync(fd) != 0) {
        snprintf(err, errlen, "%s: cannot write (the previous copy is kept): %s", path, strerror(errno));
        goto fail;
    }
    if (close(fd) != 0) {
        fd = -1;
        snprintf(err, errlen, "%s: cannot write (the previous copy is kept): %s", path, strerror(errno));
        goto fail;
    }
    fd = -1;
    if (rename(tmp, path) != 0) {
        snprintf(err, errlen, "%s: cannot replace the old copy: %s", path, strerror(errno));
        goto fail;
    }
    /* Make the rename itself durable. */
    char dir[4200];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = '\0';
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    return true;
fail:
    if (fd >= 0) close(fd);
    unlink(tmp);
    return false;
}

/* Reads a whole small regular file (never a FIFO or a device, which could
 * block or never end); NULL with a message (ENOENT leaves err empty). */
static char *read_small(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    err[0] = '\0';
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno != ENOENT) snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: cannot read: not a regular file", path);
        close(fd);
        return NULL;
    }
    FILE *f = fdopen(fd, "rb");
    if (f == NULL) {
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    char *buf = malloc(max + 2);
    *len = buf ? fread(buf, 1, max + 1, f) : 0;
    bool bad = buf == NULL || ferror(f);
    fclose(f);
    if (bad) {
        snprintf(err, errlen, "%s: cannot read: %s", path, buf ? strerror(errno) : "out of memory");
        free(buf);
        return NULL;
    }
    if (*len > max) {
        snprintf(err, errlen, "%s: not a save: larger than %zu bytes", path, max);
        free(buf);
        return NULL;
    }
    buf[*len] = '\0';
    return buf;
}

/* ----------------------------------------------------------------- saves */

bool save_write(const char *story_id, const char *name, const Save *s, char *err, size_t errlen)
{
    char path[4200];
    file_of(path, sizeof path, story_id, name);
    size_t cap = strlen(s->path) + strlen(s->scene ? s->scene : "") + strlen(story_id) + 256;
    char *text = malloc(cap);
    if (text == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        return false;
    }
    int n = snprintf(text, cap, "%s\nstory %s\nhash %016" PRIx64 "\nseed %" PRIu64 "\ntime %lld\nscene %s\npath %s\n",
                     SAVE_FORMAT, story_id, s->hash, s->seed, s->time, s->scene ? s->scene : "", s->path);
    bool ok = n > 0 && (size_t)n < cap && write_atomically(path, text, (size_t)n, err, errlen);
    free(text);
    return ok;
}

void save_free(Save *s)
{
    free(s->story_id);
    free(s->path);
    free(s->scene);
    memset(s, 0, sizeof *s);
}

/* Parses the len bytes of text, "key value" lines after the format's; every
 * key once, in any order, none unknown. The path of answers must parse. */
static bool parse_save(const char *path, char *text, size_t len, Save *s, char *err, size_t errlen)
{
    static const char *const keys[] = {"story", "hash", "seed", "time", "scene", "path"};
    bool seen[6] = {false};
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
            for (int i = 0; i < 6; i++)
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
        }
        if (end && (end == value || *end || errno)) {
            snprintf(err, errlen, "%s: not a valid save: bad number in '%s'", path, keys[k]);
            return false;
        }
    }
    for (int i = 0; i < 6; i++)
        if (!seen[i]) {
            snprintf(err, errlen, "%s: not a valid save: no '%s' line", path, keys[i]);
            return false;
        }
    if (!s->story_id || !s->scene || !s->path) {
        snprintf(err, errlen, "%s: out of memory", path);
        return false;
    }
    Step *steps;
    int n;
    if (!path_parse(s->path, &steps, &n)) {
        snprintf(err, errlen, "%s: not a valid save: its path of answers does not parse", path);
        return false;
    }
    path_free(steps, n);
    return true;
}

bool save_read(const char *story_id, const char *name, Save *s, char *err, size_t errlen)
{
    char path[4200];
    size_t len;
    memset(s, 0, sizeof *s);
    file_of(path, sizeof path, story_id, name);
    char *text = read_small(path, SAVE_MAX, &len, err, errlen);
    if (text == NULL) {
        if (err[0] == '\0') snprintf(err, errlen, "no save called '%s' for this story", name);
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

bool save_exists(const char *story_id, const char *name)
{
    char path[4200];
    struct stat st;
    file_of(path, sizeof path, story_id, name);
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool save_delete(const char *story_id, const char *name, char *err, size_t errlen)
{
    char path[4200];
    file_of(path, sizeof path, story_id, name);
    if (unlink(path) == 0 || errno == ENOENT) return true;
    snprintf(err, errlen, "%s: cannot delete: %s", path, strerror(errno));
    return false;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **save_names(const char *story_id)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/saves/%s", save_dir(), story_id);
    DIR *d = opendir(dir);
    if (d == NULL) return NULL;
    char **names = calloc(1, sizeof *names);
    size_t n = 0;
    struct dirent *e;
    while (names && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len <= 5 || strcmp(e->d_name + len - 5, ".save") != 0) continue;
        char **grown = realloc(names, sizeof *names * (n + 2));
        if (grown == NULL) break;
        names = grown;
        if ((names[n] = strndup(e->d_name, len - 5)) == NULL) break;
        names[++n] = NULL;
    }
    closedir(d);
    if (names && n == 0) {
        free(names);
        return NULL;
    }
    if (names) qsort(names, n, sizeof *names, cmp_name);
    return names;
}

void save_free_names(char **names)
{
    for (char **p = names; p && *p; p++) free(*p);
    free(names);
}

/* --------------------------------------------------------------- endings */

int save_endings_known(const char *story_id, const char *const *ids, int n, bool *found)
{
    char path[4200], err[512];
    size_t len;
    int count = 0;
    memset(found, 0, sizeof *found * (size_t)n);
    file_of(path, sizeof path, story_id, NULL);
    char *text = read_small(path, SAVE_MAX, &len, err, sizeof err);
    if (text == NULL) return 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
        for (int i = 0; i < n; i++)
            if (!found[i] && strcmp(line, ids[i]) == 0) {
                found[i] = true;
                count++;
            }
    free(text);
    return count;
}

bool save_ending_found(const char *story_id, const char *ending_id, char *err, size_t errlen)
{
    char path[4200];
    size_t len = 0;
    file_of(path, sizeof path, story_id, NULL);
    char *old = read_small(path, SAVE_MAX, &len, err, errlen);
    if (old == NULL && err[0]) return false;
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
        ok = write_atomically(path, text, len + add - 1, err, errlen);
    }
    free(text);
    free(old);
    return ok;
}

bool save_forget_endings(const char *story_id, char *err, size_t errlen)
{
    char path[4200];
    file_of(path, sizeof path, story_id, NULL);
    if (unlink(path) == 0 || errno == ENOENT) return true;
    snprintf(err, errlen, "%s: cannot delete: %s", path, strerror(errno));
    return false;
}
