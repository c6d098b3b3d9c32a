/* coverage.c - the coverage report: never-run ranges, or the story annotated
 * with hit counts. A line "has code" when a function that ran holds it; code
 * in functions that never ran at all is not known to the engine, so it is
 * not listed. The lines of a scene's own declaration count as run as often
 * as a play entered the scene. */
#include "tools/coverage.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sandbox.h"
#include "tools/names.h"

/* True for a line with nothing but spaces, punctuation or a comment. */
static bool empty_line(const char *s, int n)
{
    for (int i = 0; i < n; i++) {
        if (s[i] == '-' && i + 1 < n && s[i + 1] == '-') return true;
        if (!strchr(" \t{}(),;", s[i])) return false;
    }
    return true;
}

/* True for a line that only closes a function ("end", "end,", "end)"):
 * Lua counts it as code, but it runs only when the function falls off its
 * end, so a function that always returns would show it as never run. */
static bool closing_end(const char *s, int n)
{
    int i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    if (n - i < 3 || strncmp(s + i, "end", 3) != 0) return false;
    for (i += 3; i < n; i++)
        if (!strchr(" \t,;)}", s[i])) return false;
    return true;
}

/* Per line: the scene whose declaration holds it, or -1. A declaration runs
 * from its line to its closing brace at the start of a line, or to the line
 * before the next thing written at the left margin. */
static int *scene_of_lines(const Story *s, int file, const Lines *ls)
{
    int *of = malloc(sizeof *of * ((size_t)ls->n + 2));
    if (of == NULL) return NULL;
    for (int l = 0; l <= ls->n + 1; l++) of[l] = -1;
    for (int i = 0; i < s->nscenes; i++) {
        int l = s->scenes[i].line;
        if (s->scenes[i].file != file || l < 1 || l > ls->n) continue;
        of[l] = i;
        for (l++; l <= ls->n; l++) {
            char first = ls->len[l] ? ls->start[l][0] : ' ';
            if (first == '}') {
                of[l] = i;
                break;
            }
            if (first != ' ' && first != '\t' && !empty_line(ls->start[l], ls->len[l])) break;
            of[l] = i;
        }
    }
    return of;
}

/* One file of the story, its lines counted: times run, or -1 for a line
 * without code. */
typedef struct {
    Lines ls;
    long *count;
} Counted;

static bool count_file(const Story *s, int f, const long *hits, const unsigned char *code, int n,
                       const long *visits, Counted *c)
{
    int *scene = NULL;
    if (!lines_split(s->texts[f], s->lens[f], &c->ls) || (scene = scene_of_lines(s, f, &c->ls)) == NULL ||
        (c->count = malloc(sizeof *c->count * ((size_t)c->ls.n + 2))) == NULL) {
        free(scene);
        return false;
    }
    const Lines *ls = &c->ls;
    for (int l = 1; l <= ls->n; l++) {
        int at = sandbox_line_index(f, l);
        bool fn = at >= 0 && at < n && ((code[at] && !closing_end(ls->start[l], ls->len[l])) || hits[at] > 0);
        if (fn) c->count[l] = hits[at];
        else if (scene[l] >= 0 && visits && !empty_line(ls->start[l], ls->len[l])) c->count[l] = visits[scene[l]];
        else c->count[l] = -1;
    }
    free(scene);
    return true;
}

/* Prints the ranges of a file's lines that never ran; returns whether any did not. */
static bool print_never_run(const char *path, const Counted *c, bool any)
{
    int start = 0;
    for (int l = 1; l <= c->ls.n + 1; l++) {
        bool dead = l <= c->ls.n && c->count[l] == 0;
        if (dead && !start) start = l;
        if (!dead && start) {
            if (!any) printf("Never run\n");
            any = true;
            if (start == l - 1) printf("  %s:%d\n", path, start);
            else printf("  %s:%d-%d\n", path, start, l - 1);
            start = 0;
        }
    }
    return any;
}

/* Writes a file annotated with its counts, like gcov. */
static void annotate_file(FILE *out, const Counted *c)
{
    const Lines *ls = &c->ls;
    for (int l = 1; l <= ls->n; l++) {
        if (l == ls->n && ls->len[l] == 0) break; /* the file's last newline */
        if (c->count[l] > 0) fprintf(out, "%9ld: %.*s\n", c->count[l], ls->len[l], ls->start[l]);
        else if (c->count[l] == 0) fprintf(out, "    #####: %.*s\n", ls->len[l], ls->start[l]);
        else fprintf(out, "        -: %.*s\n", ls->len[l], ls->start[l]);
    }
}

int coverage_report(const Story *s, const long *hits, const unsigned char *code, int n, const long *visits,
                    const char *annotate)
{
    Counted *files = calloc((size_t)s->nfiles, sizeof *files);
    int status = 1;
    for (int f = 0; files && f < s->nfiles; f++)
        if (!count_file(s, f, hits, code, n, visits, &files[f])) {
            fprintf(stderr, "rekindle: out of memory\n");
            goto done;
        }
    if (files == NULL) {
        fprintf(stderr, "rekindle: out of memory\n");
        goto done;
    }
    int with_code = 0, ran = 0;
    for (int f = 0; f < s->nfiles; f++)
        for (int l = 1; l <= files[f].ls.n; l++) {
            with_code += files[f].count[l] >= 0;
            ran += files[f].count[l] > 0;
        }
    printf("\nCoverage: %d of %d lines with code or scene text ran (%.1f%%)\n", ran, with_code,
           with_code ? 100.0 * ran / with_code : 100.0);
    bool any = false;
    for (int f = 0; f < s->nfiles; f++) any = print_never_run(s->files[f], &files[f], any);
    status = 0;
    if (annotate == NULL) goto done;
    FILE *out = strcmp(annotate, "-") == 0 ? stdout : fopen(annotate, "w");
    if (out == NULL) {
        fprintf(stderr, "rekindle: cannot write %s: %s\n", annotate, strerror(errno));
        status = 1;
        goto done;
    }
    for (int f = 0; f < s->nfiles; f++) {
        if (s->nfiles > 1) fprintf(out, "%s==> %s <==\n", f ? "\n" : "", s->files[f]);
        annotate_file(out, &files[f]);
    }
    if (out == stdout) {
        printf("\n");
    } else if (ferror(out) | fclose(out)) { /* both: fclose must run */
        fprintf(stderr, "rekindle: cannot write %s: %s\n", annotate, strerror(errno ? errno : EIO));
        status = 1;
    }
done:
    for (int f = 0; files && f < s->nfiles; f++) {
        lines_free(&files[f].ls);
        free(files[f].count);
    }
    free(files);
    return status;
}
