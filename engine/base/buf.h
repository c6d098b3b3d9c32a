/* buf.h - a growing string. After a failed allocation it stays failed and
 * drops everything added, so callers check once, at the end. */
#ifndef REKINDLE_BUF_H
#define REKINDLE_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *data;    /* NUL-terminated once anything was added, else NULL */
    size_t len;    /* bytes used, without the NUL */
    size_t cap;
    bool failed;   /* an allocation failed: the text is lost */
} Buf;

void buf_add(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The text, handed over to the caller (malloc'd; "" when nothing was
 * added), or NULL when an allocation failed. The Buf is empty after. */
char *buf_take(Buf *b);
void buf_free(Buf *b);

#endif
