/* load.c - a story file into a fresh sandbox, and its problems reported. */
#include "core/load.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/disk.h"
#include "base/hash.h"
#include "base/text.h"
#include "core/runtime.h"
#include "core/script.h"

char *load_story_file(const char *path)
{
    if (!disk_is_dir(path)) return strdup(path);
    size_t n = strlen(path);
    bool slash = n > 0 && path[n - 1] == '/';
    char *file = malloc(n + sizeof "/" LOAD_FOLDER_STORY);
    if (file) sprintf(file, "%s%s%s", path, slash ? "" : "/", LOAD_FOLDER_STORY);
    return file;
}

Story *load_open(const char *path, const SandboxLimits *limits, char *err, size_t errlen)
{
    char *file = load_story_file(path);
    if (file == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        return NULL;
    }
    size_t len = 0;
    char *text = NULL;
    Story *s = NULL;
    if (strcmp(file, path) != 0 && !disk_is_file(file))
        snprintf(err, errlen, "%s: a folder without a %s (a story in several files starts there)", path,
                 LOAD_FOLDER_STORY);
    else if ((text = disk_read(file, sandbox_file_max(limits->memory_limit), &len, err, errlen)) == NULL) {
        if (strstr(err, "too large")) /* what to do about it */
            snprintf(err + strlen(err), errlen - strlen(err),
                     " (a sixteenth of the memory limit; more with --memory-limit MIB)");
    }
    else if (sandbox_open(limits, file, err, errlen) && script_install(err, errlen))
        s = story_load(file, text, len, err, errlen); /* it takes the text */
    else
        free(text);
    if (s == NULL) sandbox_close();
    free(file);
    return s;
}

uint64_t load_hash(const Story *s)
{
    uint64_t h = HASH_START;
    for (int i = 0; i < s->nfiles; i++) h = hash_bytes(h, s->texts[i], s->lens[i]);
    return h;
}

void load_close(Story *s)
{
    sandbox_close(); /* first: story code may still run while the state closes */
    run_drop_spare();
    story_free(s);
}

/* Story errors may quote story values: sanitize before printing. With no
 * memory left to do so, the message is still shown, with every byte outside
 * printable ASCII as '?', so the reason ("out of memory") is never lost. */
void load_report(const char *msg, const char *label)
{
    char *safe = text_sanitize(msg, strlen(msg));
    if (safe == NULL) {
        for (const char *c = msg; *c; c++)
            fputc(*c == '\n' || (*c >= ' ' && *c < 0x7f) ? *c : '?', stderr);
        if (msg[0] == '\0' || msg[strlen(msg) - 1] != '\n') fputc('\n', stderr);
        return;
    }
    const char *text = safe;
    for (const char *line = text; *line;) {
        const char *nl = strchr(line, '\n');
        int n = nl ? (int)(nl - line) : (int)strlen(line);
        /* "FILE:LINE: rest": the label goes after the second colon. */
        const char *c1 = memchr(line, ':', (size_t)n);
        const char *c2 = c1 ? memchr(c1 + 1, ':', (size_t)(n - (c1 + 1 - line))) : NULL;
        bool located = c2 && c2 > c1 + 1 && strspn(c1 + 1, "0123456789") == (size_t)(c2 - c1 - 1);
        if (label && located)
            fprintf(stderr, "%.*s: %s:%.*s\n", (int)(c2 - line), line, label, n - (int)(c2 + 1 - line), c2 + 1);
        else
            fprintf(stderr, "%.*s\n", n, line);
        line += n + (nl != NULL);
    }
    free(safe);
}
