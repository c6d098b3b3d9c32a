/* interp.h - {placeholder} interpolation: variables, meters and the other
 * person's pronouns. Pure C; the runtime supplies the values. */
#ifndef REKINDLE_INTERP_H
#define REKINDLE_INTERP_H

#include <stdbool.h>
#include <stddef.h>

#include "core/story.h"

typedef enum { PRONOUN_SHE, PRONOUN_HE, PRONOUN_THEY, PRONOUN_COUNT } Pronoun;

/* The pronoun set's label as offered to the player ("she/her") and its
 * stable id for paths ("she"). */
const char *pronoun_label(Pronoun p);
const char *pronoun_id(Pronoun p);
/* The pronoun with that id, or -1. */
int pronoun_from_id(const char *id);

/* Checks that every {word} in text names a variable, a meter or a pronoun
 * word. Returns true, or false with the first unknown word copied to bad. */
bool interp_check(const Story *s, const char *text, char *bad, size_t badlen);

/* Values to fill placeholders from. */
typedef struct {
    const Story *story;
    const Value *vars;     /* story->nvars */
    const double *meters;  /* story->nmeters */
    Pronoun pronoun;
} InterpState;

/* Returns a malloc'd copy of text with placeholders filled in, or NULL when
 * out of memory. An unknown {word} is copied to bad (if bad is not NULL and
 * was empty) and left as written. */
char *interp_fill(const InterpState *st, const char *text, char *bad, size_t badlen);

/* Formats a value as the player reads it (numbers without a needless ".0").
 * Writes into buf. */
void interp_format_value(const Value *v, char *buf, size_t size);

#endif
