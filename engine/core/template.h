/* template.h - the text a story writes, compiled once at load: placeholders
 * ({name}, {Name}, pronoun words), inline conditions ({met: a | b}),
 * inline alternatives ({cycle: a | b}) and emphasis (*italic*, **bold**).
 * Rendering one costs no parsing: it walks what was compiled. */
#ifndef REKINDLE_TEMPLATE_H
#define REKINDLE_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "core/interp.h"
#include "core/rng.h"
#include "core/story.h"

typedef struct Template Template;

/* Compiles `text` against the story's names; alternatives (allowed only
 * where `alternatives` is set) take counters from story->ncounters. On a
 * mistake returns NULL with the message in err and the brace group at fault
 * in `where` (may be NULL), to find its line. */
Template *template_compile(Story *s, const char *text, bool alternatives, char *err, size_t errlen, char *where,
                           size_t wherelen);
void template_free(Template *t);

/* True when a template is plain text with nothing to fill in. */
bool template_is_literal(const Template *t);

/* What rendering reads. */
typedef struct {
    const Story *story;
    const Value *vars;      /* story->nvars */
    const double *meters;   /* story->nmeters */
    Pronoun pronoun;
    const int *visits;      /* per scene */
    const int *chosen;      /* per choice: times taken */
    int *counters;          /* per counter: times shown (advanced by rendering) */
    Rng *rng;               /* for {shuffle: ...} */
    const struct Temps *temps; /* the scene's temporary values */
} TemplateState;

/* Appends the rendered text to out: values sanitized, emphasis as marks. */
void template_render(const Template *t, TemplateState *st, Buf *out);

#endif
