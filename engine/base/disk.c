/* disk.c - the engine's one owner of files. Files are read whole, with a
 * size cap, before anything else looks at them; writes never leave a file
 * half written. */
#include "base/disk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ------------------------------------------------------------ reading */

char *disk_read(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    if (errlen) err[0] = '\0';
    /* O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then
     * refuses it, and anything else that is not a regular file. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(e));
        errno = e;
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: cannot read: not a regular file", path);
        close(fd);
        errno = EINVAL;
        return NULL;
    }
    if ((size_t)st.st_size > max) {
        snprintf(err, errlen, "%s: too large (%lld bytes; the limit is %zu)", path, (long long)st.st_size, max);
        close(fd);
        errno = EFBIG;
        return NULL;
    }
    /* The size may change under us: read up to max + 1 and check again. */
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
            free(buf);
            buf = NULL;
            break;
        }
        if (r == 0) break;
        n += (size_t)r;
        if (n > max) {
            snprintf(err, errlen, "%s: too large (over %zu bytes)", path, max);
            free(buf);
            buf = NULL;
            break;
        }
        if (n == cap) {
            char *grown = realloc(buf, (cap *= 2) + 1);
            if (grown == NULL) free(buf);
            buf = grown;
        }
    }
    int why = EIO;
    if (buf == NULL && err[0] == '\0') {
        snprintf(err, errlen, "%s: out of memory", path);
        why = ENOMEM;
    }
    close(fd);
    if (buf == NULL) {
        errno = why;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* ------------------------------------------------------------ writing */

/* mkdir -p of the folder that holds path. */
static bool make_parents(const char *path, char *err, size_t errlen)
{
    char dir[PATH_MAX];
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
    if (dir[0] == '\0' || mkdir(dir, 0755) == 0 || errno == EEXIST) return true;
fail:
    snprintf(err, errlen, "%s: cannot create the folder: %s", dir, strerror(errno));
    return false;
}

/* Makes a rename in the folder holding path durable. False when the
 * folder cannot be synced (a file system without that is fine). */
static bool sync_folder(const char *path)
{
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = '\0';
    else snprintf(dir, sizeof dir, ".");
    int fd = open(dir[0] ? dir : "/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return true; /* the file is written; only its durability is unknown */
    bool ok = fsync(fd) == 0 || errno == EINVAL;
    close(fd);
    return ok;
}

bool disk_write(const char *path, const char *text, size_t len, char *err, size_t errlen)
{
    char tmp[PATH_MAX];
    if (!make_parents(path, err, errlen)) return false;
    if (snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid()) >= (int)sizeof tmp) {
        snprintf(err, errlen, "%s: the name is too long", path);
        return false;
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
        return false;
    }
    const char *why = NULL;
    for (size_t off = 0; off < len && !why;) {
        ssize_t w = write(fd, text + off, len - off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) why = w < 0 ? strerror(errno) : "no space";
        else off += (size_t)w;
    }
    if (!why && fsync(fd) != 0) why = strerror(errno);
    if (close(fd) != 0 && !why) why = strerror(errno);
    if (!why && rename(tmp, path) != 0) {
        snprintf(err, errlen, "%s: cannot replace the old copy: %s", path, strerror(errno));
        unlink(tmp);
        return false;
    }
    if (why) {
        snprintf(err, errlen, "%s: cannot write (the previous copy is kept): %s", path, why);
        unlink(tmp);
        return false;
    }
    if (!sync_folder(path)) {
        snprintf(err, errlen, "%s: written, but its folder could not be synced: %s", path, strerror(errno));
        return false;
    }
    return true;
}

/* The PID in a temporary's name "NAME.tmpPID", or 0 when it is not one. */
static long temporary_pid(const char *name)
{
    const char *tmp = NULL;
    for (const char *p = strstr(name, ".tmp"); p; p = strstr(p + 1, ".tmp")) tmp = p;
    if (tmp == NULL || tmp == name) return 0;
    const char *digits = tmp + strlen(".tmp");
    if (*digits < '1' || *digits > '9' || strspn(digits, "0123456789") != strlen(digits) || strlen(digits) > 9)
        return 0;
    return strtol(digits, NULL, 10);
}

static bool process_alive(long pid)
{
    return kill((pid_t)pid, 0) == 0 || errno == EPERM; /* EPERM: alive, another user's */
}

int disk_remove_stale_temporaries(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL) return 0;
    int removed = 0;
    time_t now = time(NULL);
    struct dirent *e;
    char path[PATH_MAX];
    while ((e = readdir(d)) != NULL) {
        long pid = temporary_pid(e->d_name);
        struct stat st;
        if (pid == 0 || pid == (long)getpid()) continue;
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path) continue;
        if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode)) continue;
        bool old = now - st.st_mtime > DISK_STALE_SECONDS;
        if ((old || !process_alive(pid)) && unlink(path) == 0) removed++;
    }
    closedir(d);
    return removed;
}

/* ------------------------------------------------------------ folders */

bool disk_make_dir(const char *path, char *err, size_t errlen)
{
    if (!make_parents(path, err, errlen)) return false;
    if (mkdir(path, 0755) == 0) return true;
    int e = errno;
    snprintf(err, errlen, "%s: cannot create the folder: %s", path, strerror(e));
    errno = e;
    return false;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir that end in suffix, do not start with '.', and pass keep
 * (given the whole path), sorted. */
static char **list_names(const char *dir, const char *suffix, bool (*keep)(const char *path))
{
    DIR *d = opendir(dir);
    if (d == NULL) return NULL;
    char **list = calloc(1, sizeof *list);
    size_t n = 0, slen = strlen(suffix);
    struct dirent *e;
    char path[PATH_MAX];
    while (list && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < slen || strcmp(e->d_name + len - slen, suffix) != 0) continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (!keep(path)) continue;
        char **grown = realloc(list, sizeof *list * (n + 2));
        if (grown != NULL) list = grown;
        if (grown == NULL || (list[n] = strdup(e->d_name)) == NULL) { /* never a list with names missing */
            disk_free_list(list);
            list = NULL;
            break;
        }
        list[++n] = NULL;
    }
    closedir(d);
    if (list) qsort(list, n, sizeof *list, cmp_str);
    else errno = ENOMEM;
    return list;
}

char **disk_list(const char *dir, const char *suffix)
{
    return list_names(dir, suffix, disk_is_file);
}

char **disk_list_folders(const char *dir)
{
    return list_names(dir, "", disk_is_dir);
}

void disk_free_list(char **list)
{
    if (list == NULL) return;
    for (char **p = list; *p; p++) free(*p);
    free(list);
}

/* ------------------------------------------------------------- watching */

int disk_watch(const char *const *paths, int n)
{
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    for (int i = 0; fd >= 0 && i < n; i++) {
        char dir[PATH_MAX];
        const char *slash = strrchr(paths[i], '/');
        if (slash) snprintf(dir, sizeof dir, "%.*s", (int)(slash - paths[i]) + (slash == paths[i]), paths[i]);
        else snprintf(dir, sizeof dir, ".");
        if (inotify_add_watch(fd, dir, IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE) < 0) {
            close(fd);
            return -1;
        }
    }
    return fd;
}

bool disk_watch_changed(int fd, const char *const *paths, int n)
{
    char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
    bool changed = false;
    ssize_t len;
    while ((len = read(fd, buf, sizeof buf)) > 0) /* the folder's events: which were ours? */
        for (char *p = buf; p < buf + len;) {
            const struct inotify_event *e = (const struct inotify_event *)p;
            for (int i = 0; e->len && i < n; i++) {
                const char *base = strrchr(paths[i], '/');
                changed = changed || strcmp(e->name, base ? base + 1 : paths[i]) == 0;
            }
            p += sizeof *e + e->len;
        }
    return changed;
}

void disk_unwatch(int fd)
{
    if (fd >= 0) close(fd);
}

bool disk_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

bool disk_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool disk_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char *disk_relative(const char *file, const char *target)
{
    char from[PATH_MAX], to[PATH_MAX], *dir = strdup(file);
    if (dir == NULL) return NULL;
    char *slash = strrchr(dir, '/');
    if (slash) slash[slash == dir] = '\0'; /* "/x" is in "/" */
    bool found = realpath(slash ? dir : ".", from) && realpath(target, to);
    free(dir);
    if (!found) return NULL;
    size_t common = 0; /* the longest start of both that ends where a name does */
    for (size_t i = 0;; i++) {
        if ((from[i] == '/' || !from[i]) && (to[i] == '/' || !to[i])) common = i;
        if (from[i] != to[i] || !from[i]) break;
    }
    size_t ups = 0;
    for (const char *s = from + common; *s; s++) /* each name of from below the common part */
        if (*s == '/' && s[1]) ups++;
    const char *rest = to + common + (to[common] == '/');
    size_t len = ups * 3 + strlen(rest) + 2;
    char *out = malloc(len);
    if (out == NULL) return NULL;
    out[0] = '\0';
    for (size_t i = 0; i < ups; i++) strcat(out, "../");
    strcat(out, rest);
    if (out[0] == '\0') strcpy(out, ".");
    else if (out[strlen(out) - 1] == '/') out[strlen(out) - 1] = '\0';
    return out;
}

char *disk_exe(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return NULL;
    buf[n] = '\0';
    return strdup(buf);
}

char *disk_exe_dir(void)
{
    char *buf = disk_exe(), *slash = buf ? strrchr(buf, '/') : NULL;
    if (slash == NULL) {
        free(buf);
        return NULL;
    }
    *slash = '\0';
    char *dir = strdup(buf[0] ? buf : "/");
    free(buf);
    return dir;
}
