/* render.h - text out: sanitizing, UTF-8-aware wrapping, styles, meter bars,
 * scenes and the outcome panel. Never reads input. */
#ifndef REKINDLE_RENDER_H
#define REKINDLE_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "view.h"

/* Initialize with designated initializers: fields may be added. */
typedef struct {
    FILE *out;    /* where to draw */
    int width;    /* columns to wrap at (the caller clamps it to >= 20) */
    bool color;   /* ANSI bold/dim allowed (ignored when plain) */
    bool plain;   /* for screen readers and pipes: no escape sequences, no
                   * box, bar or rule glyphs, ASCII punctuation; only the
                   * story's own text may hold non-ASCII characters */
} RenderOpts;

/* Returns a malloc'd copy of s[0..len) that is valid UTF-8 and safe to show
 * on a terminal: invalid bytes become U+FFFD, C0 controls other than '\n'
 * and '\t', DEL, and C1 controls (U+0080..U+009F) are dropped; '\t' becomes
 * a space. The caller frees. Returns NULL only when out of memory. */
char *render_sanitize(const char *s, size_t len);

/* Display width in terminal columns of valid UTF-8 text: wide (CJK) characters
 * count 2, combining marks 0, others 1. Independent of the process locale. */
int render_width(const char *s);

/* Word-wraps UTF-8 text so no line is wider than width columns, each line
 * prefixed with `indent` spaces (counted in the width). '\n' in text forces
 * a break; a word longer than the line is split at character boundaries.
 * Returns a malloc'd string, every line ending in '\n'. The caller frees. */
char *render_wrap(const char *text, int width, int indent);

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

#endif
