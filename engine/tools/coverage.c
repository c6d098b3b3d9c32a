/* coverage.c - the coverage report: never-run ranges, or the story annotated
 * with hit counts. A line "has code" when a function that ran holds it, or
 * when it ran itself; code in functions that never ran at all is not known
 * to the engine, so it is not listed. */
#include "tools/coverage.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <stdbool.h>

static long hits_at(const long *hits, int n, int line)
{
    return line < n ? hits[line] : 0;
}

static int has_code(const long *hits, const unsigned char *code, int n, int line)
{
    return line < n && (code[line] || hits[line] > 0);
}

int coverage_report(const char *path, const char *text, size_t len, const long *hits,
                    const unsigned char *code, int n, const char *annotate)
{
    int lines = 1, with_code = 0, ran = 0;
    for (size_t i = 0; i < len; i++) lines += text[i] == '\n';
    for (int l = 1; l <= lines; l++) {
        with_code += has_code(hits, code, n, l);
        ran += hits_at(hits, n, l) > 0;
    }
    printf("\nCoverage: %d of %d lines with code ran (%.1f%%)\n", ran, with_code,
           with_code ? 100.0 * ran / with_code : 100.0);
    int start = 0;
    bool any = false;
    for (int l = 1; l <= lines + 1; l++) {
        bool dead = l <= lines && has_code(hits, code, n, l) && hits_at(hits, n, l) == 0;
        if (dead && !start) start = l;
        if (!dead && start) {
            if (!any) printf("Never run\n");
            any = true;
            if (start == l - 1) printf("  %s:%d\n", path, start);
            else printf("  %s:%d-%d\n", path, start, l - 1);
            start = 0;
        }
    }
    if (annotate == NULL) return 0;
    FILE *out = strcmp(annotate, "-") == 0 ? stdout : fopen(annotate, "w");
    if (out == NULL) {
        fprintf(stderr, "rekindle: cannot write %s: %s\n", annotate, strerror(errno));
        return 1;
    }
    const char *p = text, *end = text + len;
    for (int l = 1; p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        int w = nl ? (int)(nl - p) : (int)(end - p);
        if (hits_at(hits, n, l) > 0) fprintf(out, "%9ld: %.*s\n", hits_at(hits, n, l), w, p);
        else if (has_code(hits, code, n, l)) fprintf(out, "    #####: %.*s\n", w, p);
        else fprintf(out, "        -: %.*s\n", w, p);
        p += w + 1;
    }
    if (out == stdout) {
        printf("\n");
        return 0;
    }
    if (ferror(out) | fclose(out)) { /* both: fclose must run */
        fprintf(stderr, "rekindle: cannot write %s: %s\n", annotate, strerror(errno ? errno : EIO));
        return 1;
    }
    return 0;
}
