/* disk.c - reading story files and listing story folders. Files are read
 * with a size cap before anything else looks at them. */
#include "base/disk.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *disk_read(const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    char *buf = NULL;
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        goto done;
    }
    if ((size_t)st.st_size > max) {
        snprintf(err, errlen, "%s: too large (%lld bytes; the limit is %zu)", path, (long long)st.st_size, max);
        goto done;
    }
    buf = malloc((size_t)st.st_size + 1);
    if (buf == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        goto done;
    }
    *len = fread(buf, 1, (size_t)st.st_size, f);
    if (ferror(f)) {
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
        free(buf);
        buf = NULL;
        goto done;
    }
    buf[*len] = '\0';
done:
    fclose(f);
    return buf;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **disk_list(const char *dir, const char *suffix)
{
    DIR *d = opendir(dir);
    if (d == NULL) return NULL;
    char **list = calloc(1, sizeof *list);
    size_t n = 0, slen = strlen(suffix);
    struct dirent *e;
    while (list && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len <= slen || strcmp(e->d_name + len - slen, suffix) != 0) continue;
        char *path = malloc(strlen(dir) + len + 2);
        char **grown = realloc(list, sizeof *list * (n + 2));
        if (path == NULL || grown == NULL) {
            free(path);
            if (grown) list = grown;
            break;
        }
        list = grown;
        sprintf(path, "%s/%s", dir, e->d_name);
        if (!disk_is_file(path)) {
            free(path);
            continue;
        }
        list[n++] = path;
        list[n] = NULL;
    }
    closedir(d);
    if (list) qsort(list, n, sizeof *list, cmp_str);
    return list;
}

void disk_free_list(char **list)
{
    if (list == NULL) return;
    for (char **p = list; *p; p++) free(*p);
    free(list);
}

bool disk_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *disk_exe_dir(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return NULL;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (slash == NULL) return NULL;
    *slash = '\0';
    return strdup(buf[0] ? buf : "/");
}
