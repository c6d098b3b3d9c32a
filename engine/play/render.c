/* render.c - text out: styles, meter bars, scenes and the outcome panel.
 * Everything here writes; nothing reads input or knows about Lua. Measuring
 * and wrapping text is base/text.c's. */
#include "play/render.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/text.h"

#define MARGIN 2        /* left margin of every screen */
#define CHOICE_INDENT 7 /* "    1  " : where a choice's text starts */
#define HEADER_CELLS 5  /* cells in the small bars of a scene header */
#define OUTCOME_CELLS 20

/* One accent at most, and it is typographic: bold and dim read the same on
 * light and dark backgrounds, colours do not. Never a background colour. */
#define SGR_BOLD "\033[1m"
#define SGR_DIM "\033[2m"
#define SGR_ITALIC "\033[3m"
#define SGR_RESET "\033[0m"

/* ===================== bars ===================== */

static double clamp100(double v)
{
    if (!(v >= 0)) /* also NaN */
        return 0;
    return v > 100 ? 100 : v;
}

/* A bar with the given glyphs for full and empty cells; stops before a
 * glyph that would not fit, and always terminates buf. */
static void bar(char *buf, size_t size, double value, int cells, const char *full,
                const char *empty)
{
    if (!buf || size == 0)
        return;
    buf[0] = '\0';
    if (cells <= 0)
        return;
    int filled = (int)(clamp100(value) * cells / 100 + 0.5);
    size_t o = 0;
    for (int i = 0; i < cells; i++) {
        const char *g = i < filled ? full : empty;
        size_t n = strlen(g);
        if (o + n + 1 > size)
            break;
        memcpy(buf + o, g, n);
        o += n;
    }
    buf[o] = '\0';
}

void render_bar(char *buf, size_t size, double value, int cells, bool unicode)
{
    bar(buf, size, value, cells, unicode ? "\u2588" : "#", unicode ? "\u2591" : ".");
}

/* ===================== drawing helpers ===================== */

static bool usable(const RenderOpts *o)
{
    return o && o->out && o->width > 0;
}

/* The escape sequence for a style, or "" when styles are off: without
 * colour, and always in plain mode, not a single escape is written. */
static const char *sgr_code(const RenderOpts *o, const char *code)
{
    return o->color && !o->plain && code ? code : "";
}

static void sgr(const RenderOpts *o, const char *code)
{
    fputs(sgr_code(o, code), o->out);
}

static void put_spaces(FILE *f, int n)
{
    while (n-- > 0)
        fputc(' ', f);
}

/* s drawn in a style, reset after it. */
static void put_styled(const RenderOpts *o, const char *style, const char *s)
{
    sgr(o, style);
    fputs(s, o->out);
    if (style)
        sgr(o, SGR_RESET);
}

static bool is_blank(const char *s)
{
    for (; s && *s; s++)
        if (*s != ' ' && *s != '\n' && *s != '\t')
            return false;
    return true;
}

/* A safe copy of story text: views are sanitized upstream, but the terminal
 * is where a slip would turn into an escape sequence, so check again. The
 * emphasis marks stay: put_line turns them into styles. */
static char *clean(const char *s)
{
    return text_sanitize_styled(s ? s : "", s ? strlen(s) : 0);
}

/* Emphasis on at a point of a paragraph: what put_line carries from line to line. */
enum { EM_ITALIC = 1, EM_BOLD = 2 };

static void apply_styles(const RenderOpts *o, const char *style, int em)
{
    sgr(o, style);
    if (em & EM_ITALIC) sgr(o, SGR_ITALIC);
    if (em & EM_BOLD) sgr(o, SGR_BOLD);
}

/* Writes n bytes of a wrapped line in `style`, turning emphasis marks into
 * italic and bold (nothing at all in plain mode or without colour). */
static void put_line(const RenderOpts *o, const char *s, size_t n, const char *style, int *em)
{
    apply_styles(o, style, *em);
    for (size_t i = 0; i < n; i++) {
        if (s[i] != TEXT_ITALIC && s[i] != TEXT_BOLD) {
            fputc(s[i], o->out);
            continue;
        }
        *em ^= s[i] == TEXT_ITALIC ? EM_ITALIC : EM_BOLD;
        sgr(o, SGR_RESET); /* there is no "italic off" every terminal knows */
        apply_styles(o, style, *em);
    }
    if (style || *em) sgr(o, SGR_RESET);
}

/* A clean copy for a one-line field (title, kind, meter name). */
static char *clean_line(const char *s)
{
    char *c = clean(s);
    for (char *p = c; p && *p; p++)
        if (*p == '\n')
            *p = ' ';
    return c;
}

/* A copy of s cut to at most maxw columns, with "…" where it was cut. */
static char *fit(const char *s, int maxw)
{
    size_t n = strlen(s), used = n;
    bool cut = text_width(s) > maxw;
    char *c = malloc(n + sizeof "\u2026");
    if (!c)
        return NULL;
    if (cut) {
        int w = 0;
        used = 0;
        while (used < n) {
            int cw;
            size_t cl = text_cluster(s + used, n - used, &cw);
            if (w + cw > maxw - 1) /* keep a column for the ellipsis */
                break;
            w += cw;
            used += cl;
        }
    }
    memcpy(c, s, used);
    strcpy(c + used, cut && maxw >= 1 ? "\u2026" : "");
    return c;
}

/* Draws text wrapped at width with an indent, each line's text in style.
 * lead, when given, replaces the indent of the first line: a number or a
 * bullet, possibly styled, exactly `indent` columns wide. */
static void put_wrapped(const RenderOpts *o, const char *text, int indent, int width,
                        const char *style, const char *lead)
{
    char *c = clean(text);
    char *w = c ? text_wrap(c, width, indent) : NULL;
    free(c);
    if (!w)
        return;
    indent = text_wrap_indent(width < 1 ? 1 : width, indent);
    int em = 0;
    for (char *line = w; *line;) {
        char *nl = strchr(line, '\n'); /* text_wrap ends every line with one */
        size_t n = (size_t)(nl - line);
        if (n > 0) {
            if (lead) {
                fputs(lead, o->out);
                lead = NULL;
            } else {
                fwrite(line, 1, (size_t)indent, o->out);
            }
            put_line(o, line + indent, n - (size_t)indent, style, &em);
        }
        fputc('\n', o->out);
        line = nl + 1;
    }
    free(w);
}

/* Draws a row of items at the margin, two spaces apart, starting a new row
 * when the next one would pass the width. */
static void put_rows(const RenderOpts *o, char *const *items, int n, const char *style)
{
    int col = 0;
    for (int i = 0; i < n; i++) {
        if (!items[i])
            continue;
        int w = text_width(items[i]);
        if (col > 0 && col + 2 + w > o->width) {
            fputc('\n', o->out);
            col = 0;
        }
        put_spaces(o->out, col == 0 ? MARGIN : 2);
        col += col == 0 ? MARGIN : 2;
        put_styled(o, style, items[i]);
        col += w;
    }
    if (col > 0)
        fputc('\n', o->out);
}

/* ===================== scenes ===================== */

/* The header: title on the left, small meters on the right when both fit
 * on one line; otherwise the title (wrapped) over rows of meters. Plain, the
 * title alone: bars of glyphs mean nothing to a screen reader, and the
 * meters are shown in words at the ending. Returns whether anything was
 * drawn. */
static bool scene_header(const RenderOpts *o, const SceneView *v)
{
    bool chapter = !is_blank(v->chapter);
    if (o->plain) {
        if (is_blank(v->story_title))
            return false;
        char line[1024];
        snprintf(line, sizeof line, "%s%s%s", v->story_title, chapter ? ", " : "", chapter ? v->chapter : "");
        put_wrapped(o, line, MARGIN, o->width, NULL, NULL);
        return true;
    }
    /* On the right: the meters when the story shows them, else the chapter. */
    int nm = v->meters && v->nmeters > 0 ? v->nmeters : chapter ? 1 : 0;
    char *title = clean_line(v->story_title);
    char **items = nm ? calloc((size_t)nm, sizeof *items) : NULL;
    bool drawn = false;
    int avail = o->width - MARGIN, mw = 0;

    if (!title || (nm && !items))
        goto done;
    if (v->nmeters == 0 && chapter) {
        char *name = clean_line(v->chapter);
        items[0] = name ? fit(name, avail / 2) : NULL;
        free(name);
        mw = items[0] ? text_width(items[0]) : 0;
    }
    for (int i = 0; i < v->nmeters && v->meters; i++) {
        char cells[HEADER_CELLS * 3 + 1], *name = clean_line(v->meters[i].name);
        char *short_name = name ? fit(name, avail - HEADER_CELLS - 1) : NULL;
        bar(cells, sizeof cells, v->meters[i].value, HEADER_CELLS, "\u25A0", "\u25A1");
        size_t len = short_name ? strlen(short_name) + 1 + sizeof cells : 0;
        if (len && (items[i] = malloc(len)) != NULL) {
            snprintf(items[i], len, "%s%s%s", short_name, *short_name ? " " : "", cells);
            mw += (mw ? 2 : 0) + text_width(items[i]);
        }
        free(name);
        free(short_name);
    }

    int tw = text_width(title);
    if (tw > 0 && nm > 0 && tw + 4 + mw <= avail) {
        put_spaces(o->out, MARGIN);
        put_styled(o, SGR_BOLD, title);
        put_spaces(o->out, avail - tw - mw);
        for (int i = 0, first = 1; i < nm; i++) {
            if (!items[i])
                continue;
            if (!first)
                put_spaces(o->out, 2);
            put_styled(o, SGR_DIM, items[i]);
            first = 0;
        }
        fputc('\n', o->out);
        drawn = true;
        goto done;
    }
    if (tw > 0) {
        put_wrapped(o, title, MARGIN, o->width, SGR_BOLD, NULL);
        drawn = true;
    }
    if (mw > 0) {
        put_rows(o, items, nm, SGR_DIM);
        drawn = true;
    }
done:
    for (int i = 0; items && i < nm; i++)
        free(items[i]);
    free(items);
    free(title);
    return drawn;
}

static void scene_choices(const RenderOpts *o, const SceneView *v)
{
    int number = 0;
    for (int i = 0; i < v->nchoices; i++) {
        const ChoiceView *c = &v->choices[i];
        char lead[64];
        if (c->available) {
            int digits = snprintf(NULL, 0, "%d", ++number);
            int pad = CHOICE_INDENT - 2 - digits;
            snprintf(lead, sizeof lead, "%*s%s%d%s  ", pad > 0 ? pad : 0, "",
                     sgr_code(o, SGR_BOLD), number, sgr_code(o, SGR_RESET));
            put_wrapped(o, is_blank(c->label) ? "?" : c->label, CHOICE_INDENT, o->width,
                        NULL, lead);
            continue;
        }
        /* Unavailable: a dash instead of a number, all of it dim. */
        const char *label = is_blank(c->label) ? "?" : c->label;
        bool why = !is_blank(c->reason);
        size_t len = strlen(label) + (why ? strlen(c->reason) + 4 : 0) + 1;
        char *text = malloc(len);
        if (!text)
            continue;
        snprintf(text, len, why ? "%s  (%s)" : "%s", label, why ? c->reason : "");
        snprintf(lead, sizeof lead, "    %s-%s  ", sgr_code(o, SGR_DIM),
                 sgr_code(o, SGR_RESET));
        put_wrapped(o, text, CHOICE_INDENT, o->width, SGR_DIM, lead);
        free(text);
    }
}

/* For a pager: the block that follows is not to be split. */
static void keep_together(const RenderOpts *o)
{
    if (o->breaks)
        fputs(RENDER_KEEP, o->out);
}

/* A scene's or an ending's paragraphs, wrapped; a page break marks where
 * the pager pauses (when it may). */
static void put_paragraphs(const RenderOpts *o, const char *const *paragraphs, int n)
{
    for (int i = 0; paragraphs && i < n; i++) {
        if (paragraphs[i] && strcmp(paragraphs[i], TEXT_PAGE_BREAK) == 0) {
            if (o->breaks)
                fputs(RENDER_PAGE_BREAK, o->out);
            continue;
        }
        if (is_blank(paragraphs[i]))
            continue;
        put_wrapped(o, paragraphs[i], MARGIN, o->width, NULL, NULL);
        fputc('\n', o->out);
    }
}

void render_scene(const RenderOpts *o, const SceneView *v)
{
    if (!usable(o) || !v)
        return;
    fputc('\n', o->out);
    if (scene_header(o, v))
        fputc('\n', o->out);
    put_paragraphs(o, v->paragraphs, v->nparagraphs);
    if (!is_blank(v->notice)) {
        put_wrapped(o, v->notice, MARGIN, o->width, SGR_BOLD, NULL);
        fputc('\n', o->out);
    }
    if (v->choices && v->nchoices > 0) {
        keep_together(o);
        scene_choices(o, v);
        fputc('\n', o->out);
    }
}

/* ===================== the outcome ===================== */

static void rule(const RenderOpts *o)
{
    put_spaces(o->out, MARGIN);
    sgr(o, SGR_DIM);
    for (int i = MARGIN; i < o->width; i++)
        fputs("\u2500", o->out);
    sgr(o, SGR_RESET);
    fputc('\n', o->out);
}

/* Plain: one line of words, "Ending: TITLE (KIND)", wrapped like text. */
static void outcome_title_plain(const RenderOpts *o, const char *title, const char *kind)
{
    bool named = !is_blank(title), kinded = !is_blank(kind);
    size_t len = sizeof "Ending:  ()" + strlen(title) + strlen(kind);
    char *line = malloc(len);
    if (!line)
        return;
    snprintf(line, len, "Ending%s%s%s%s%s", named ? ": " : "", named ? title : "",
             kinded ? " (" : "", kinded ? kind : "", kinded ? ")" : "");
    put_wrapped(o, line, MARGIN, o->width, NULL, NULL);
    free(line);
}

/* The ending's title and kind between two rules, inset one column inside
 * them; stacked when they do not fit side by side. */
static void outcome_title(const RenderOpts *o, const OutcomeView *v)
{
    const int inset = MARGIN + 1, right = o->width - 1;
    char *title = clean_line(v->title), *kind = clean_line(v->kind), *tag = NULL;
    if (!title || !kind)
        goto done;
    if (o->plain) {
        outcome_title_plain(o, title, kind);
        goto done;
    }
    if (!is_blank(kind)) {
        size_t len = strlen(kind) + sizeof "ending: ";
        if ((tag = malloc(len)) != NULL)
            snprintf(tag, len, "ending: %s", kind);
    }
    int tw = text_width(title), kw = tag ? text_width(tag) : 0;

    rule(o);
    if (tw == 0 && !tag)
        goto done; /* nothing to name: one rule is enough */
    if (inset + tw + 4 + kw <= right) {
        put_spaces(o->out, inset);
        put_styled(o, SGR_BOLD, title);
        if (tag) {
            put_spaces(o->out, right - inset - tw - kw);
            put_styled(o, SGR_DIM, tag);
        }
        fputc('\n', o->out);
    } else {
        if (tw > 0)
            put_wrapped(o, title, inset, right, SGR_BOLD, NULL);
        if (tag)
            put_wrapped(o, tag, inset, right, SGR_DIM, NULL);
    }
    rule(o);
done:
    free(title);
    free(kind);
    free(tag);
}

/* Plain: "patience: 62 of 100", one a line, wrapped like text. */
static void outcome_meters_plain(const RenderOpts *o, const MeterView *m, int n)
{
    for (int i = 0; i < n; i++) {
        char *name = clean_line(m[i].name);
        if (!name)
            continue;
        int value = (int)(clamp100(m[i].value) + 0.5);
        size_t len = strlen(name) + sizeof ": 100 of 100, from 100";
        char *line = malloc(len);
        if (line) {
            int start = (int)(clamp100(m[i].start) + 0.5);
            if (is_blank(name))
                snprintf(line, len, "%d of 100, from %d", value, start);
            else
                snprintf(line, len, "%s: %d of 100, from %d", name, value, start);
            put_wrapped(o, line, MARGIN, o->width, NULL, NULL);
        }
        free(line);
        free(name);
    }
}

/* Meters as "name  ████░░░░  62": two to a line when they fit, else one,
 * with shorter bars (and at worst shortened names) when narrow. */
static void outcome_meters(const RenderOpts *o, const MeterView *m, int n)
{
    if (o->plain) {
        outcome_meters_plain(o, m, n);
        return;
    }
    const int avail = o->width - MARGIN, gap = 5, fixed = 2 + 2 + 3 + 9; /* "  ", bar, "  62", " from 50" */
    char **names = calloc((size_t)n, sizeof *names);
    int namew = 0, cells = OUTCOME_CELLS, cols = 2;

    if (!names)
        return;
    for (int i = 0; i < n; i++) {
        names[i] = clean_line(m[i].name);
        int w = names[i] ? text_width(names[i]) : 0;
        namew = w > namew ? w : namew;
    }
    /* Two columns, with bars down to 8 cells if need be; else one. */
    int two = (avail - gap) / 2 - fixed - namew;
    if (n >= 2 && two >= 8) {
        cells = two < OUTCOME_CELLS ? two : OUTCOME_CELLS;
    } else {
        cols = 1;
        if (namew + fixed + cells > avail)
            cells = avail - fixed - namew;
        if (cells < 6) {
            cells = avail - fixed - 1 < 6 ? avail - fixed - 1 : 6;
            namew = avail - fixed - cells;
        }
    }
    if (cells < 1)
        cells = 1, namew = avail - fixed - cells;
    for (int i = 0; i < n; i++) {
        char cellbuf[OUTCOME_CELLS * 3 + 1];
        char *name = names[i] ? fit(names[i], namew) : NULL;
        if (!name)
            continue;
        bool first = i % cols == 0;
        put_spaces(o->out, first ? MARGIN : gap);
        fputs(name, o->out);
        put_spaces(o->out, namew - text_width(name) + 2);
        render_bar(cellbuf, sizeof cellbuf, m[i].value, cells, true);
        fputs(cellbuf, o->out);
        int value = (int)(clamp100(m[i].value) + 0.5);
        int start = (int)(clamp100(m[i].start) + 0.5);
        fprintf(o->out, "  %*s%s%d%s %sfrom %*d%s", value < 10 ? 2 : value < 100 ? 1 : 0, "", sgr_code(o, SGR_BOLD),
                value, sgr_code(o, SGR_RESET), sgr_code(o, SGR_DIM), start < 10 ? 1 : start < 100 ? 2 : 3, start,
                sgr_code(o, SGR_RESET));
        if (first && cols == 2 && i < n - 1)
            put_spaces(o->out, (start < 10 ? 2 : start < 100 ? 1 : 0));
        if (!first || cols == 1 || i == n - 1)
            fputc('\n', o->out);
        free(name);
    }
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* The turning points: at most TURNING_MAX of the notes, those the writer
 * marked first, then those whose choices moved the meters most; told as
 * what helped and what cost the player, each in the order earned. The full
 * list is the recap's. */
#define TURNING_MAX 5
#define TURNING_LABEL 34 /* columns of a label kept: two fit a line */

/* The words of s that fit in maxw columns, and an ellipsis when some are
 * left out ("..." when plain); the whole of s when it fits. malloc'd. */
static char *first_words(const RenderOpts *o, const char *s, int maxw)
{
    if (text_width(s) <= maxw)
        return strdup(s);
    char *c = fit(s, maxw); /* cut anywhere, then back to the last whole word */
    if (!c)
        return NULL;
    size_t n = strlen(c) - strlen("\u2026");
    size_t space = n;
    while (space > 0 && c[space] != ' ')
        space--;
    if (space > 0)
        n = space;
    while (n > 0 && strchr(" ,;:.-", c[n - 1]))
        n--;
    strcpy(c + n, o->plain ? "..." : "\u2026"); /* "..." is no longer than the cut */
    return c;
}

static bool weighs_more(const NoteView *a, const NoteView *b)
{
    if (a->turning != b->turning) return a->turning;
    return fabs(a->weight) > fabs(b->weight);
}

static void outcome_turning_line(const RenderOpts *o, const char *heading, const NoteView *notes, const bool *chosen,
                                 int n, bool helped)
{
    Buf b = {0};
    for (int i = 0; i < n; i++) {
        if (!chosen[i] || (notes[i].weight >= 0) != helped)
            continue;
        /* A long label is cut to its first words: enough to know the choice by. */
        char *label = clean_line(notes[i].choice), *cut = label ? first_words(o, label, TURNING_LABEL) : NULL;
        if (cut)
            buf_printf(&b, "%s%s", b.len ? (o->plain ? "; " : " \u00B7 ") : "", cut);
        free(label);
        free(cut);
    }
    if (b.len > 0 && !b.failed) { /* "What helped: a · b", wrapped under its first item */
        char lead[128];
        int hw = text_width(heading);
        snprintf(lead, sizeof lead, "%*s%s%s%s ", MARGIN, "", sgr_code(o, SGR_BOLD), heading, sgr_code(o, SGR_RESET));
        if (MARGIN + hw + 1 < o->width / 2)
            put_wrapped(o, b.data, MARGIN + hw + 1, o->width, NULL, lead);
        else { /* too narrow to hang from the heading */
            put_wrapped(o, heading, MARGIN, o->width, SGR_BOLD, NULL);
            put_wrapped(o, b.data, MARGIN + 2, o->width, NULL, NULL);
        }
    }
    buf_free(&b);
}

static void outcome_notes(const RenderOpts *o, const NoteView *notes, int n)
{
    bool *chosen = calloc((size_t)n + 1, sizeof *chosen);
    if (chosen == NULL)
        return;
    for (int k = 0; k < TURNING_MAX; k++) { /* the weightiest not yet chosen, TURNING_MAX times */
        int best = -1;
        for (int i = 0; i < n; i++)
            if (!chosen[i] && !is_blank(notes[i].choice) && (notes[i].turning || notes[i].weight != 0) &&
                (best < 0 || weighs_more(&notes[i], &notes[best])))
                best = i;
        if (best < 0)
            break;
        chosen[best] = true;
    }
    outcome_turning_line(o, "What helped:", notes, chosen, n, true);
    outcome_turning_line(o, "What cost you:", notes, chosen, n, false);
    free(chosen);
}

void render_outcome(const RenderOpts *o, const OutcomeView *v)
{
    if (!usable(o) || !v)
        return;
    /* What comes before the last page break leads in to the ending, like a
     * scene's text; the panel (title, text, reflection, meters, turning
     * points) follows it, so that it fits one screen. */
    int lead_in = 0;
    for (int i = 0; v->paragraphs && i < v->nparagraphs; i++)
        if (v->paragraphs[i] && strcmp(v->paragraphs[i], TEXT_PAGE_BREAK) == 0)
            lead_in = i + 1;
    if (lead_in > 0) {
        fputc('\n', o->out);
        put_paragraphs(o, v->paragraphs, lead_in);
    }
    fputc('\n', o->out);
    outcome_title(o, v);
    fputc('\n', o->out);
    put_paragraphs(o, v->paragraphs ? v->paragraphs + lead_in : NULL, v->nparagraphs - lead_in);
    /* The reflection is set apart by an indent on both sides: not bold,
     * which is hard to read at length, nor italic, which not every terminal shows. */
    if (!is_blank(v->reflection)) {
        put_wrapped(o, v->reflection, MARGIN + 2, o->width - 2, NULL, NULL);
        fputc('\n', o->out);
    }
    if (v->meters && v->nmeters > 0) {
        keep_together(o);
        outcome_meters(o, v->meters, v->nmeters);
        fputc('\n', o->out);
    }
    if (v->notes && v->nnotes > 0) {
        keep_together(o);
        outcome_notes(o, v->notes, v->nnotes);
    }
}

/* ===================== hints and help ===================== */

void render_hint(const RenderOpts *o, const char *text)
{
    if (!usable(o) || is_blank(text))
        return;
    put_wrapped(o, text, MARGIN, o->width, NULL, NULL); /* not dim: a hint must be easy to read */
}

void render_hanging(const RenderOpts *o, const char *lead, const char *text, int indent)
{
    if (!usable(o) || !text)
        return;
    int at = MARGIN + indent;
    char *head = NULL;
    if (lead && text_width(lead) < indent) {
        size_t n = strlen(lead) + (size_t)at + 1;
        if ((head = malloc(n)) != NULL)
            snprintf(head, n, "%*s%s%*s", MARGIN, "", lead, indent - text_width(lead), "");
    } else if (lead) { /* too wide to hang from: a line of its own */
        put_wrapped(o, lead, MARGIN, o->width, NULL, NULL);
    }
    put_wrapped(o, text, at, o->width, NULL, head);
    free(head);
}

int render_width(int asked, int columns)
{
    int w = asked > 0 ? asked : columns <= 0 ? 80 : columns > 76 ? 76 : columns;
    return w < 20 ? 20 : w;
}

void render_text(const RenderOpts *o, const char *text)
{
    if (!usable(o) || !text)
        return;
    put_wrapped(o, text, MARGIN, o->width, NULL, NULL);
}
