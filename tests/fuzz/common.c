/* common.c - the harnesses' folder, files and limits (see fuzz.h). */
#include "fuzz.h"

#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const SandboxLimits fuzz_limits = {FUZZ_TIME_LIMIT, FUZZ_MEMORY_LIMIT};

static const char features[] =
#include "fuzz/features.inc"
    ;
static const char features_evening[] =
#include "fuzz/features-evening.inc"
    ;

static char dir[64];

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    (void)remove(path);
    return 0;
}

/* Removes the folder and all in it (links are removed, never followed). */
static void remove_dir(void)
{
    (void)nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

const char *fuzz_dir(void)
{
    if (dir[0] == '\0') {
        const char *tmp = getenv("TMPDIR");
        snprintf(dir, sizeof dir, "%.40s/rekindle-fuzz-XXXXXX", tmp && tmp[0] == '/' ? tmp : "/tmp");
        if (mkdtemp(dir) == NULL) {
            perror("fuzz: mkdtemp");
            abort();
        }
        atexit(remove_dir);
    }
    return dir;
}

void fuzz_path(char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/%s", fuzz_dir(), name);
}

const char *fuzz_write(const char *name, const void *data, size_t size)
{
    static char path[512];
    fuzz_path(path, sizeof path, name);
    FILE *f = fopen(path, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        perror(path);
        abort();
    }
    return path;
}

char *fuzz_string(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (s == NULL) abort();
    if (size) memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

void fuzz_quiet_stdout(void)
{
    (void)fflush(stdout);
    if (freopen("/dev/null", "w", stdout) == NULL) abort();
}

const char *fuzz_features(void)
{
    static char path[512];
    if (path[0] == '\0') {
        fuzz_write("features-evening.lua", features_evening, strlen(features_evening));
        snprintf(path, sizeof path, "%s", fuzz_write("features.lua", features, strlen(features)));
    }
    return path;
}

void fuzz_keep_input(const uint8_t *data, size_t size)
{
    static int fd = -2;
    if (fd == -2) {
        const char *path = getenv("FUZZ_LAST_INPUT");
        fd = path && *path ? open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
    }
    if (fd < 0) return;
    if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != (ssize_t)size) {
        perror("FUZZ_LAST_INPUT");
        abort();
    }
}
