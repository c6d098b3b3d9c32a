/* text.c - text primitives every layer may use: UTF-8 decoding, display
 * width, character clusters, sanitizing for the terminal, and wrapping.
 *
 * Decoding, widths and grapheme clusters come from utf8proc: its tables
 * follow the Unicode version built into the library, not the locale nor the
 * C library's tables, so text measures the same under any setlocale(). */
#include "base/text.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

/* ===================== UTF-8, clusters and display width ===================== */

#define REPLACEMENT 0xFFFD /* how an invalid byte is shown */
#define VS16 0xFE0F        /* variation selector 16: "show as an emoji picture" */

/* Decodes the code point at s (n > 0 bytes available). Returns its length
 * and stores it in *cp; bytes that do not start a valid, shortest-form,
 * non-surrogate sequence give *cp = -1 and length 1, so each invalid byte
 * stands for itself (and becomes one U+FFFD). Never reads past s[n-1]. */
static size_t utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    utf8proc_ssize_t len = utf8proc_iterate(s, n < 4 ? (utf8proc_ssize_t)n : 4, cp);
    if (len < 1) {
        *cp = -1;
        return 1;
    }
    return (size_t)len;
}

const char *text_invalid_utf8(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    while (n > 0) {
        int32_t cp;
        size_t len = utf8_decode(p, n, &cp);
        if (cp < 0)
            return (const char *)p;
        p += len;
        n -= len;
    }
    return NULL;
}

/* The code point a terminal is given for cp: U+FFFD for an invalid byte. */
static int32_t shown(int32_t cp)
{
    return cp < 0 ? REPLACEMENT : cp;
}

/* Columns taken by one code point on its own. Controls take none, except
 * '\t', which is shown as a space. */
static int cp_width(int32_t cp)
{
    return cp == '\t' ? 1 : utf8proc_charwidth(shown(cp));
}

static bool is_regional_indicator(int32_t cp)
{
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

static bool is_emoji_modifier(int32_t cp) /* the five skin tones */
{
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
}

static bool is_pictograph(int32_t cp)
{
    return cp >= 0 && utf8proc_get_property(cp)->boundclass ==
                          UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC;
}

/* What VS16 turns into an emoji picture: pictographs and keycap bases. */
static bool has_emoji_form(int32_t cp)
{
    return is_pictograph(cp) || (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
}

/* The width of a cluster, built up one code point at a time. A cluster is
 * drawn as its base, the first code point with a width, and takes the
 * base's columns: what follows (marks, joiners, the rest of a ZWJ sequence)
 * is drawn over it. Two regional indicators make a flag, two columns; VS16
 * or a skin tone after an emoji base asks for the picture, two columns. A
 * skin tone after anything else is a swatch of its own, and adds. */
typedef struct {
    int32_t base; /* the base, valid once width > 0 */
    int width;    /* columns so far: 0 until there is a base */
} ClusterWidth;

static void cluster_add(ClusterWidth *c, int32_t cp)
{
    int w = cp_width(cp);
    if (c->width == 0) {
        c->base = cp;
        c->width = w;
    } else if (is_regional_indicator(cp) && is_regional_indicator(c->base)) {
        c->width = 2; /* the grapheme rules pair them two by two */
    } else if (cp == VS16 && has_emoji_form(c->base)) {
        c->width = 2;
    } else if (is_emoji_modifier(cp)) {
        c->width = is_pictograph(c->base) ? 2 : c->width + w;
    }
}

/* Length in bytes of the extended grapheme cluster (Unicode UAX #29) at s:
 * a base with its marks, an emoji with its modifiers and joined pictures,
 * a flag. Splitting text only between clusters keeps them whole. Invalid
 * bytes are taken as the U+FFFD they will be shown as. */
size_t text_cluster(const char *s, size_t n, int *w)
{
    const unsigned char *p = (const unsigned char *)s;
    ClusterWidth c = {0, 0};
    int32_t state = 0, cp, next;
    if (n == 0) {
        *w = 0;
        return 0;
    }
    size_t len = utf8_decode(p, n, &cp);
    cluster_add(&c, cp);
    while (len < n) {
        size_t l = utf8_decode(p + len, n - len, &next);
        if (utf8proc_grapheme_break_stateful(shown(cp), shown(next), &state))
            break;
        cluster_add(&c, next);
        cp = next;
        len += l;
    }
    *w = c.width;
    return len;
}

int text_width_apart(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    int w = 0;
    while (n > 0) {
        int32_t cp;
        size_t len = utf8_decode(p, n, &cp);
        w += cp_width(cp);
        p += len;
        n -= len;
    }
    return w;
}

/* Length of the piece of a cluster at s that a terminal drawing each code
 * point apart puts in one place: a code point and the zero-width ones after
 * it (a joiner stays with what it follows). Its width in *w. */
static size_t cluster_piece(const char *s, size_t n, int *w)
{
    const unsigned char *p = (const unsigned char *)s;
    int32_t cp;
    size_t len = utf8_decode(p, n, &cp);
    *w = cp_width(cp);
    while (len < n) {
        size_t l = utf8_decode(p + len, n - len, &cp);
        if (cp_width(cp) > 0)
            break;
        len += l;
    }
    return len;
}

int text_width(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    int w = 0;
    while (n > 0) {
        int cw;
        size_t len = text_cluster(s, n, &cw);
        w += cw;
        s += len;
        n -= len;
    }
    return w;
}

/* ===================== sanitizing ===================== */

static char *sanitize(const char *s, size_t len, bool keep_marks)
{
    if (!s)
        len = 0;
    if (len > (SIZE_MAX - 1) / 3)
        return NULL;
    char *out = malloc(3 * len + 1); /* worst case: every byte -> U+FFFD */
    if (!out)
        return NULL;
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, o = 0;
    while (i < len) {
        int32_t cp;
        size_t n = utf8_decode(p + i, len - i, &cp);
        if (cp < 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else if (cp == '\t') {
            out[o++] = ' ';
        } else if (cp == '\n' || (cp >= 0x20 && cp != 0x7F && (cp < 0x80 || cp > 0x9F)) ||
                   (keep_marks && (cp == TEXT_ITALIC || cp == TEXT_BOLD))) {
            memcpy(out + o, p + i, n);
            o += n;
        } /* else: C0, DEL or C1 control, dropped (ESC, '\r', CSI...) */
        i += n;
    }
    out[o] = '\0';
    return out;
}

char *text_sanitize(const char *s, size_t len)
{
    return sanitize(s, len, false);
}

char *text_sanitize_styled(const char *s, size_t len)
{
    return sanitize(s, len, true);
}

/* ===================== wrapping ===================== */

/* A growing string; after a failed allocation it stays failed. */
typedef struct {
    char *p;    /* the text, NUL-terminated when non-NULL */
    size_t len; /* bytes used, without the NUL */
    size_t cap; /* bytes allocated */
    bool oom;   /* an allocation failed: the result is lost */
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (n > SIZE_MAX / 4 - b->len) { /* keeps the doubling below finite */
        b->oom = true;
        return;
    }
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = true;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void buf_spaces(Buf *b, int n)
{
    static const char sp[] = "                                ";
    while (n > 0) {
        int k = n < (int)sizeof sp - 1 ? n : (int)sizeof sp - 1;
        buf_add(b, sp, (size_t)k);
        n -= k;
    }
}

/* Keeps at least one column for text, whatever the caller asked. */
int text_wrap_indent(int width, int indent)
{
    if (indent < 0)
        return 0;
    return indent >= width ? width - 1 : indent;
}

static bool in_ranges(int32_t cp, const int32_t (*r)[2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i][0] && cp <= r[i][1])
            return true;
    return false;
}

/* Punctuation that must not start a line (closing marks) or end one
 * (opening marks): the line-breaking rules of Chinese and Japanese, applied
 * where a break would otherwise fall next to a wide character. */
static bool no_line_start(int32_t cp)
{
    static const int32_t r[][2] = {
        {'!', '!'},       {')', ')'},       {',', ','},       {'.', '.'},
        {':', ';'},       {'?', '?'},       {']', ']'},       {'}', '}'},
        {0x3001, 0x3002}, /* 、。 */       {0x3009, 0x3009}, {0x300B, 0x300B},
        {0x300D, 0x300D}, {0x300F, 0x300F}, {0x3011, 0x3011}, /* 〉》」』】 */
        {0x30FB, 0x30FC}, /* ・ー */       {0xFF01, 0xFF01}, {0xFF09, 0xFF09},
        {0xFF0C, 0xFF0C}, {0xFF0E, 0xFF0E}, {0xFF1A, 0xFF1B}, {0xFF1F, 0xFF1F},
        {0xFF3D, 0xFF3D}, {0xFF5D, 0xFF5D}, /* ！）．，：；？］｝ */
    };
    return in_ranges(cp, r, sizeof r / sizeof r[0]);
}

static bool no_line_end(int32_t cp)
{
    static const int32_t r[][2] = {
        {'(', '('},       {'[', '['},       {'{', '{'},       {0x3008, 0x3008},
        {0x300A, 0x300A}, {0x300C, 0x300C}, {0x300E, 0x300E}, {0x3010, 0x3010},
        {0xFF08, 0xFF08}, {0xFF3B, 0xFF3B}, {0xFF5B, 0xFF5B}, /* 〈《「『【（［｛ */
    };
    return in_ranges(cp, r, sizeof r / sizeof r[0]);
}

/* Whether the cluster of n bytes at s is text glued by joiners rather than
 * one character: drawn apart it is wider than any real cluster (a family
 * of four, TEXT_CLUSTER_APART_MAX) and than the room on a line. */
static bool too_wide_apart(const char *s, size_t n, int avail)
{
    int apart = text_width_apart(s, n);
    return apart > TEXT_CLUSTER_APART_MAX && apart > avail;
}

/* Wraps one line of text (no '\n' in [s, e)) into b, each output line
 * indented. A break may fall on a run of spaces (dropped there) or next to a
 * wide character, so CJK text wraps without spaces. Spaces at the very
 * start of the line are kept when they fit: they are the author's. */
static void wrap_line(Buf *b, const char *s, const char *e, int avail, int indent)
{
    const char *p = s;
    bool open = false, first = true; /* a line is being filled; first word */
    int col = 0;                     /* columns used on the open line */

    while (p < e) {
        const char *gap = p;
        while (p < e && (*p == ' ' || *p == '\t'))
            p++;
        int gapw = (int)(p - gap);
        if (p == e)
            break; /* trailing spaces are never written */

        /* The word: up to a space, or a wide character on its own (with
         * any punctuation that may not be parted from it). */
        const char *word = p;
        int ww = 0;
        bool prev_wide = false;
        int32_t prev = 0;
        while (p < e && *p != ' ' && *p != '\t') {
            int cw;
            int32_t cp;
            size_t cl = text_cluster(p, (size_t)(e - p), &cw);
            if (too_wide_apart(p, cl, avail))
                cw = text_width_apart(p, cl); /* the word is split below */
            utf8_decode((const unsigned char *)p, (size_t)(e - p), &cp);
            if (p > word && (prev_wide || cw >= 2) && !no_line_start(cp) &&
                !no_line_end(prev))
                break;
            ww += cw;
            prev_wide = cw >= 2;
            prev = cp;
            p += cl;
        }

        if (open) {
            if (col + gapw + ww <= avail) {
                buf_spaces(b, gapw);
                buf_add(b, word, (size_t)(p - word));
                col += gapw + ww;
                continue;
            }
            buf_add(b, "\n", 1); /* break here; the gap goes with it */
            open = false;
        }
        if (!first || gapw + ww > avail)
            gapw = 0;
        first = false;
        buf_spaces(b, indent + gapw);
        open = true;
        col = gapw;
        if (ww <= avail - col) {
            buf_add(b, word, (size_t)(p - word));
            col += ww;
            continue;
        }
        /* Too long for any line: split it between clusters, and a cluster
         * that would not fit on a line even drawn apart (pictures or
         * letters glued by joiners, on a terminal that does not join them)
         * between the pieces it would be drawn as. */
        const char *apart_end = word; /* the end of a cluster being split */
        for (const char *q = word; q < p;) {
            int cw;
            size_t cl = text_cluster(q, (size_t)(p - q), &cw);
            if (q >= apart_end && too_wide_apart(q, cl, avail))
                apart_end = q + cl;
            if (q < apart_end)
                cl = cluster_piece(q, (size_t)(apart_end - q), &cw);
            if (col > 0 && col + cw > avail) {
                buf_add(b, "\n", 1);
                buf_spaces(b, indent);
                col = 0;
            }
            buf_add(b, q, cl);
            col += cw;
            q += cl;
        }
    }
    buf_add(b, "\n", 1); /* ends the open line, or is the empty line */
}

const char *text_skip_quotes(const char *s)
{
    static const char *const marks[] = {"\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026", NULL};
    for (;;) {
        if (*s && (unsigned char)*s < 0x80 && (ispunct((unsigned char)*s) || isspace((unsigned char)*s))) {
            s++;
            continue;
        }
        bool skipped = false;
        for (int i = 0; marks[i] && !skipped; i++)
            if (strncmp(s, marks[i], strlen(marks[i])) == 0) {
                s += strlen(marks[i]);
                skipped = true;
            }
        if (!skipped) return s;
    }
}

char *text_wrap(const char *text, int width, int indent)
{
    Buf b = {0};
    if (width < 1)
        width = 1;
    indent = text_wrap_indent(width, indent);
    buf_add(&b, "", 0); /* empty text still gives a string */
    if (text) {
        const char *p = text, *end = text + strlen(text);
        while (p < end) {
            const char *eol = memchr(p, '\n', (size_t)(end - p));
            if (!eol)
                eol = end;
            wrap_line(&b, p, eol, width - indent, indent);
            p = eol < end ? eol + 1 : end;
        }
    }
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    return b.p;
}

long text_words(const char *s)
{
    long n = 0;
    bool in = false;
    for (; s && *s; s++) {
        bool space = *s == ' ' || *s == '\n' || *s == '\t';
        if (!space && !in) n++;
        in = !space;
    }
    return n;
}
