/* interp.h - the other person's pronouns, as the player picks them and as
 * the text writes them, and values as the player reads them. */
#ifndef REKINDLE_INTERP_H
#define REKINDLE_INTERP_H

#include <stddef.h>

#include "core/story.h"

typedef enum { PRONOUN_SHE, PRONOUN_HE, PRONOUN_THEY, PRONOUN_COUNT } Pronoun;

/* The pronoun set's label as offered to the player ("she/her") and its
 * stable id for paths ("she"). */
const char *pronoun_label(Pronoun p);
const char *pronoun_id(Pronoun p);
/* The pronoun with that id, or -1. */
int pronoun_from_id(const char *id);

/* Pronoun words are written in the "they" form, which needs no explaining:
 * they them their theirs themself, and for agreement are were have do s es.
 * The index of such a word, or -1; and its form for a pronoun set. */
int pronoun_word(const char *word);
const char *pronoun_form(Pronoun p, int word);

/* Formats a value as the player reads it (numbers without a needless ".0").
 * Writes into buf. */
void interp_format_value(const Value *v, char *buf, size_t size);

#endif
