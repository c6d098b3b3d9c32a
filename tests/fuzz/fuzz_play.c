/* fuzz_play.c - the whole play loop, as `rekindle STORY` runs it with its
 * answers piped in: the input's lines are the player's (choices by number
 * or words, answers, commands, the developer console's), on
 * tests/stories/features.lua. An input holding a line "----" brings its own
 * story: the text before that line, played with the lines after it.
 *
 * The seed, the width, plain or styled output, the developer console and a
 * transcript are picked from a hash of the input, so a kept input replays
 * the same. At most 100 lines are read: an undo replays the whole play, so
 * more would make one input slow, not find more. The harness runs inside
 * its own folder, where a `transcript on FILE` writes (and a name with a
 * '/' is dropped, so nothing is written outside it). */
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/hash.h"
#include "fuzz.h"
#include "play/play.h"

#define SEPARATOR "\n----\n"
#define MAX_LINES 100

static char features[512], story[512], input[512], transcript[512];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    snprintf(features, sizeof features, "%s",
             fuzz_features());
    fuzz_path(story, sizeof story, "story.lua");
    fuzz_path(input, sizeof input, "input");
    fuzz_path(transcript, sizeof transcript, "transcript.txt");
    if (chdir(fuzz_dir()) != 0) abort();
    unsetenv("REKINDLE_DATA"); /* saves stay off: the answers come from a file */
    fuzz_quiet_stdout();
    return 0;
}

/* A transcript named with a path could be written anywhere. */
static bool writes_outside(const char *line, size_t len)
{
    while (len > 0 && isspace((unsigned char)*line)) line++, len--;
    return len >= 10 && strncasecmp(line, "transcript", 10) == 0 && memchr(line, '/', len) != NULL;
}

/* The player's lines, into the file that becomes standard input. */
static void write_lines(const char *data, size_t size)
{
    FILE *f = fopen(input, "wb");
    if (f == NULL) abort();
    int lines = 0;
    for (size_t at = 0; at < size && lines < MAX_LINES; lines++) {
        const char *nl = memchr(data + at, '\n', size - at);
        size_t len = nl ? (size_t)(nl - (data + at)) : size - at;
        if (!writes_outside(data + at, len)) {
            fwrite(data + at, 1, len, f);
            fputc('\n', f);
        }
        at += len + 1;
    }
    if (fclose(f) != 0) abort();
    if (freopen(input, "r", stdin) == NULL) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (features[0] == '\0') LLVMFuzzerInitialize(NULL, NULL);
    fuzz_keep_input(data, size);
    const char *text = (const char *)data;
    uint64_t h = hash_bytes(HASH_START, data, size);
    const char *sep = size >= strlen(SEPARATOR) ? memmem(text, size, SEPARATOR, strlen(SEPARATOR)) : NULL;
    const char *path = features;
    if (sep) {
        fuzz_write("story.lua", text, (size_t)(sep - text));
        path = story;
        size -= (size_t)(sep - text) + strlen(SEPARATOR);
        text = sep + strlen(SEPARATOR);
    }
    write_lines(text, size);

    PlayOptions o = {.path = path, .seed = h % 4 + 1, .seed_given = true, .width = (int)(h >> 8) % 100,
                     .color = h & 0x10000, .plain = h & 0x20000, .dev = h & 0x40000,
                     .transcript = h & 0x80000 ? transcript : NULL, .limits = fuzz_limits};
    (void)play(&o);

    /* What the play wrote: gone before the next. */
    (void)unlink(transcript);
    (void)unlink("rekindle-transcript.txt");
    return 0;
}
