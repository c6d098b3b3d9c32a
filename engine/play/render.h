/* render.h - text out: styles, meter bars, scenes and the outcome panel.
 * Never reads input. */
#ifndef REKINDLE_RENDER_H
#define REKINDLE_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/view.h"

/* Initialize with designated initializers: fields may be added. */
typedef struct {
    FILE *out;    /* where to draw */
    int width;    /* columns to wrap at (the caller clamps it to >= 20) */
    bool color;   /* ANSI bold/dim allowed (ignored when plain) */
    bool plain;   /* for screen readers and pipes: no escape sequences, no
                   * box, bar or rule glyphs, ASCII punctuation; only the
                   * story's own text may hold non-ASCII characters */
    bool breaks;  /* a story's page break is drawn as RENDER_PAGE_BREAK, for a
                   * pager to stop at (else it is left out) */
} RenderOpts;

/* The width to wrap at: `asked` (--width) when given, else the terminal's
 * `columns` up to a comfortable measure (76, so text runs about 72
 * columns), else 80 when output is not a terminal; never under 20. */
int render_width(int asked, int columns);

/* The line a page break is drawn as (see RenderOpts.breaks). */
#define RENDER_PAGE_BREAK "\f\n"
/* With breaks, the line drawn before a block a pager should not split (the
 * choices, the meters): the block ends at the next empty line. */
#define RENDER_KEEP "\v\n"

/* A bar of `cells` cells for a 0..100 value, e.g. "████████░░░░" (or
 * "########...." when !unicode). Writes into buf (NUL-terminated). */
void render_bar(char *buf, size_t size, double value, int cells, bool unicode);

/* Draws a scene: a header line (story title, small meter bars; plain: the
 * title alone), paragraphs, then the numbered choices. Unavailable choices
 * show "-" and their reason. */
void render_scene(const RenderOpts *o, const SceneView *v);

/* Draws the outcome panel of an ending (see docs/architecture.md). Plain:
 * "Ending: TITLE (KIND)" instead of the ruled title, meters as
 * "patience: 62 of 100", one a line, and "-" as the notes' bullet. */
void render_outcome(const RenderOpts *o, const OutcomeView *v);

/* A short message in the hint style (e.g. "Type a number from 1 to 3."). */
void render_hint(const RenderOpts *o, const char *text);

/* The whole of a help text, wrapped. */
void render_text(const RenderOpts *o, const char *text);

/* text wrapped `indent` columns in from the margin, every line; with lead,
 * the lead first (a command's name, a number) in those columns, when it
 * fits in them. */
void render_hanging(const RenderOpts *o, const char *lead, const char *text, int indent);

#endif
