/* text.h - text primitives for every layer: sanitizing for the terminal,
 * display width, character clusters and word wrapping of UTF-8 text. */
#ifndef REKINDLE_TEXT_H
#define REKINDLE_TEXT_H

#include <stddef.h>

/* A paragraph that is only this marks a page break: the player reads on
 * with Enter. Sanitizing drops the byte from any text a story writes. */
#define TEXT_PAGE_BREAK "\f"

/* Emphasis travels in text as these bytes, each turning its style on or
 * off; they take no columns, the renderer turns them into styles or drops
 * them, and text_sanitize drops them. */
#define TEXT_ITALIC '\x0e'
#define TEXT_BOLD '\x0f'

/* Returns a malloc'd copy of s[0..len) that is valid UTF-8 and safe to show
 * on a terminal: invalid bytes become U+FFFD, C0 controls other than '\n'
 * and '\t', DEL, and C1 controls (U+0080..U+009F) are dropped; '\t' becomes
 * a space. The caller frees. Returns NULL only when out of memory. */
char *text_sanitize(const char *s, size_t len);
/* Words in s (runs of anything but spaces, tabs and newlines); 0 for NULL. */
long text_words(const char *s);

/* The same, keeping the emphasis marks (TEXT_ITALIC, TEXT_BOLD). */
char *text_sanitize_styled(const char *s, size_t len);

/* The first byte of s[0..n) that does not start valid UTF-8 (shortest
 * form, no surrogates), or NULL when all of it is valid. */
const char *text_invalid_utf8(const char *s, size_t n);

/* Display width in terminal columns of UTF-8 text: the sum of its
 * clusters' widths (see text_cluster). Wide (CJK) characters and emoji
 * count 2, combining marks 0, most others 1; an invalid byte counts 1, as
 * the U+FFFD it will be shown as. Widths follow the Unicode tables of
 * utf8proc, not the process locale nor the C library. */
int text_width(const char *s);

/* The columns of the n bytes at s when each code point is drawn apart, as
 * a terminal that does not join emoji sequences draws them: a picture
 * sequence glued by joiners takes all its pictures' columns. */
int text_width_apart(const char *s, size_t n);
/* The widest a real cluster is drawn apart: a family of four (8 columns). */
#define TEXT_CLUSTER_APART_MAX 8

/* Length in bytes of the character cluster (extended grapheme cluster,
 * Unicode UAX #29) at s, n bytes available: what must never be split across
 * lines, such as a letter with its accents, an emoji with its skin tone or
 * ZWJ sequence, a flag. Stores its width in columns in *w: the width of its
 * first code point that has one, 2 for a flag or for an emoji asked to show
 * as a picture (VS16, skin tone). Returns 0 only when n is 0. */
size_t text_cluster(const char *s, size_t n, int *w);

/* Word-wraps UTF-8 text so no line is wider than width columns, each line
 * prefixed with `indent` spaces (counted in the width). '\n' in text forces
 * a break; a word longer than the line is split between clusters, never
 * inside one, unless the cluster is text glued by joiners: drawn apart
 * (text_width_apart) wider than any real cluster and than the line. It is
 * then split between the code points a terminal would draw apart, so a
 * line of it is no wider than width on any terminal. Only a cluster wider
 * than the room after the indent (an emoji in one column) makes a line
 * wider than width: it stands alone on it.
 * Returns a malloc'd string, every line ending in '\n'. The caller frees. */
char *text_wrap(const char *text, int width, int indent);

/* s past any leading spaces, punctuation and quotation marks (ASCII, and
 * the typographer's quotes, dashes and ellipsis): where a label's words
 * start, for matching what a player typed. */
const char *text_skip_quotes(const char *s);

/* The indent text_wrap really uses for (width, indent): at least one column
 * is always left for text. */
int text_wrap_indent(int width, int indent);

#endif
