/* names.h - Lua source as the tools read it without running it: its lines,
 * and the names outside strings and comments. */
#ifndef REKINDLE_NAMES_H
#define REKINDLE_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/* A text split into lines, 1-based: start[1..n] and len[1..n] (not
 * NUL-terminated). */
typedef struct {
    const char **start;
    int *len;
    int n;
} Lines;

/* Splits text; false when out of memory. Free with lines_free (also after
 * a failure). */
bool lines_split(const char *text, size_t len, Lines *ls);
void lines_free(Lines *ls);

/* One name as it stands in the source. */
typedef struct {
    const char *start;
    size_t len;
    int line;        /* 1-based */
    int column;      /* 0-based, in bytes */
    char before;     /* the last character before it that is not a space, or 0 */
} Name;

/* Calls fn for each name (a word of letters, digits and _ that does not
 * start with a digit, keywords included) outside strings and comments, in
 * order. */
void names_scan(const char *text, size_t len, void (*fn)(const Name *name, void *ud), void *ud);

#endif
