/* text.c - text primitives every layer may use: UTF-8 decoding, display
 * width, character clusters, sanitizing for the terminal, and wrapping.
 *
 * Widths are measured in terminal columns with a private C.UTF-8 locale, so
 * the result is the same whatever setlocale() the rest of the program did. */
#include "base/text.h"

#include <locale.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* ===================== UTF-8 and display width ===================== */

/* Decodes the code point at s (n > 0 bytes available). Returns its length
 * and stores it in *cp; bytes that do not start a valid, shortest-form,
 * non-surrogate sequence give *cp = -1 and length 1, so each invalid byte
 * stands for itself (and becomes one U+FFFD). Never reads past s[n-1]. */
static int utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    unsigned c = s[0], lo = 0x80, hi = 0xBF;
    int32_t v;
    int len;

    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; /* shorter forms are overlong */
        else if (c == 0xED)
            hi = 0x9F; /* U+D800..DFFF are surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90; /* overlong */
        else if (c == 0xF4)
            hi = 0x8F; /* beyond U+10FFFF */
    } else {
        goto invalid;
    }
    if ((size_t)len > n)
        goto invalid;
    for (int i = 1; i < len; i++) {
        unsigned b = s[i];
        if (b < lo || b > hi)
            goto invalid;
        lo = 0x80, hi = 0xBF; /* only the second byte has special bounds */
        v = (v << 6) | (int32_t)(b & 0x3F);
    }
    *cp = v;
    return len;
invalid:
    *cp = -1;
    return 1;
}

/* The only mutable file-scope state: a C.UTF-8 locale created on first use
 * and kept (never freed) for the life of the process, so wcwidth() answers
 * for UTF-8 even when the program runs under setlocale(LC_ALL, "C").
 * Initialised without a lock: the engine draws from a single thread. */
static struct {
    locale_t loc; /* (locale_t)0 when C.UTF-8 does not exist here */
    bool tried;   /* newlocale() was called already */
} width_locale;

static locale_t utf8_locale(void)
{
    if (!width_locale.tried) {
        width_locale.tried = true;
        width_locale.loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    }
    return width_locale.loc;
}

static bool in_ranges(int32_t cp, const int32_t (*r)[2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cp >= r[i][0] && cp <= r[i][1])
            return true;
    return false;
}

/* Width from a small table, for systems without a C.UTF-8 locale: good
 * enough for accents, CJK and common emoji. */
static int table_width(int32_t cp)
{
    static const int32_t zero[][2] = {
        {0x0300, 0x036F}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
        {0x200B, 0x200F}, /* zero-width space, joiners, direction marks */
        {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, /* variation selectors */
        {0xFE20, 0xFE2F},
    };
    static const int32_t wide[][2] = {
        {0x1100, 0x115F},   {0x2E80, 0xA4CF},   {0xAC00, 0xD7A3},
        {0xF900, 0xFAFF},   {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},
        {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF},
        {0x20000, 0x3FFFD},
    };
    if (in_ranges(cp, zero, sizeof zero / sizeof zero[0]))
        return 0;
    if (in_ranges(cp, wide, sizeof wide / sizeof wide[0]))
        return 2;
    return 1;
}

/* Columns taken by one code point (-1: an invalid byte, shown as U+FFFD).
 * Controls take none, except '\t', which is shown as a space. */
static int cp_width(int32_t cp)
{
    if (cp < 0)
        return 1;
    if (cp < 0x20)
        return cp == '\t';
    if (cp < 0x7F)
        return 1;
    if (cp <= 0x9F)
        return 0; /* DEL and C1 */

    locale_t loc = utf8_locale();
    if (loc == (locale_t)0)
        return table_width(cp);
    locale_t old = uselocale(loc);
    int w = wcwidth((wchar_t)cp);
    uselocale(old);
    return w < 0 ? 1 : w; /* unassigned or unknown: assume one column */
}

int text_width(const char *s)
{
    if (!s)
        return 0;
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    int w = 0;
    while (n > 0) {
        int32_t cp;
        int len = utf8_decode(p, n, &cp);
        w += cp_width(cp);
        p += len;
        n -= (size_t)len;
    }
    return w;
}

/* Length in bytes of the character cluster at s: one code point with the
 * zero-width ones after it (combining marks, variation selectors) and, after
 * a zero-width joiner, the code point it joins. Splitting text only between
 * clusters keeps accents on their letters. Stores its width in *w. */
size_t text_cluster(const char *s, size_t n, int *w)
{
    const unsigned char *p = (const unsigned char *)s;
    int32_t cp;
    size_t len = (size_t)utf8_decode(p, n, &cp);
    bool joined = cp == 0x200D;
    *w = cp_width(cp);
    while (len < n) {
        int32_t next;
        int l = utf8_decode(p + len, n - len, &next);
        int nw = cp_width(next);
        if (!(joined && next > 0x20) && !(next >= 0xA0 && nw == 0))
            break;
        *w += nw;
        len += (size_t)l;
        joined = next == 0x200D;
    }
    return len;
}

/* ===================== sanitizing ===================== */

char *text_sanitize(const char *s, size_t len)
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
        int n = utf8_decode(p + i, len - i, &cp);
        if (cp < 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else if (cp == '\t') {
            out[o++] = ' ';
        } else if (cp == '\n' || (cp >= 0x20 && cp != 0x7F && (cp < 0x80 || cp > 0x9F))) {
            memcpy(out + o, p + i, (size_t)n);
            o += (size_t)n;
        } /* else: C0, DEL or C1 control, dropped (ESC, '\r', CSI...) */
        i += (size_t)n;
    }
    out[o] = '\0';
    return out;
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
        /* Too long for any line: split it between clusters. */
        for (const char *q = word; q < p;) {
            int cw;
            size_t cl = text_cluster(q, (size_t)(p - q), &cw);
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
