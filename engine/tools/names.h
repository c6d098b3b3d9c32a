/* names.h - the names in Lua source, outside strings and comments: what a
 * scan of a story's text can tell without running it. */
#ifndef REKINDLE_NAMES_H
#define REKINDLE_NAMES_H

#include <stddef.h>

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
