/* replay.c - runs saved inputs through a fuzz harness, for builds without
 * libFuzzer (gcc's): `replay_NAME FILE|FOLDER...` passes each file (each
 * file of a folder, in name order) to LLVMFuzzerTestOneInput once. A crash
 * or a sanitizer report ends it as it would end the fuzzer; otherwise it
 * prints how many inputs ran and exits 0. */
#include <dirent.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

/* The harnesses that need no set-up leave it out. */
__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

static int replayed;

static void replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        exit(2);
    }
    size_t cap = 4096, len = 0;
    uint8_t *data = malloc(cap);
    size_t n;
    while (data && (n = fread(data + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) data = realloc(data, cap *= 2);
    }
    if (data == NULL || ferror(f)) {
        fprintf(stderr, "%s: cannot read\n", path);
        exit(2);
    }
    fclose(f);
    /* A copy of exactly the input's size, so reading past it is caught. */
    uint8_t *input = malloc(len ? len : 1);
    if (input == NULL) exit(2);
    memcpy(input, data, len);
    free(data);
    fprintf(stderr, "replay: %s\n", path);
    LLVMFuzzerTestOneInput(input, len);
    free(input);
    replayed++;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static void replay_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        exit(2);
    }
    if (!S_ISDIR(st.st_mode)) {
        replay_file(path);
        return;
    }
    struct dirent **names;
    int n = scandir(path, &names, NULL, by_name);
    if (n < 0) {
        perror(path);
        exit(2);
    }
    for (int i = 0; i < n; i++) {
        char file[4096];
        snprintf(file, sizeof file, "%s/%s", path, names[i]->d_name);
        if (names[i]->d_name[0] != '.' && stat(file, &st) == 0 && S_ISREG(st.st_mode)) replay_file(file);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE|FOLDER...\n", argv[0]);
        return 2;
    }
    /* Absolute paths first: a harness may change its folder as it starts. */
    char **paths = calloc((size_t)argc, sizeof *paths);
    bool found = paths != NULL;
    for (int i = 1; found && i < argc; i++)
        if ((paths[i] = realpath(argv[i], NULL)) == NULL) {
            perror(argv[i]);
            found = false;
        }
    if (!found) {
        for (int i = 1; paths && i < argc; i++) free(paths[i]);
        free(paths);
        return 2;
    }
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++) {
        replay_path(paths[i]);
        free(paths[i]);
    }
    free(paths);
    fprintf(stderr, "replayed %d input%s\n", replayed, replayed == 1 ? "" : "s"); /* stdout may be quieted */
    return 0;
}
