/* interp.c - pronouns and values, as the reader sees them. The text that
 * holds them is template.c's. */
#include "core/interp.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static const char *const PRONOUN_WORDS[] = {
    "they", "them", "their", "theirs", "themself", "are", "were", "have", "do", "s", "es", NULL,
};

static const char *const PRONOUN_FORMS[PRONOUN_COUNT][11] = {
    {"she", "her", "her", "hers", "herself", "is", "was", "has", "does", "s", "es"},
    {"he", "him", "his", "his", "himself", "is", "was", "has", "does", "s", "es"},
    {"they", "them", "their", "theirs", "themself", "are", "were", "have", "do", "", ""},
};

static const char *const LABELS[PRONOUN_COUNT] = {"she/her", "he/him", "they/them"};
static const char *const IDS[PRONOUN_COUNT] = {"she", "he", "they"};

const char *pronoun_label(Pronoun p) { return LABELS[p]; }
const char *pronoun_id(Pronoun p) { return IDS[p]; }

int pronoun_from_id(const char *id)
{
    for (int p = 0; p < PRONOUN_COUNT; p++)
        if (strcmp(IDS[p], id) == 0) return p;
    return -1;
}

int pronoun_word(const char *word)
{
    for (int i = 0; PRONOUN_WORDS[i]; i++)
        if (strcmp(PRONOUN_WORDS[i], word) == 0) return i;
    return -1;
}

const char *pronoun_form(Pronoun p, int word)
{
    return PRONOUN_FORMS[p][word];
}

void interp_format_value(const Value *v, char *buf, size_t size)
{
    switch (v->type) {
    case VAL_STRING: snprintf(buf, size, "%s", v->string ? v->string : ""); break;
    case VAL_BOOLEAN: snprintf(buf, size, "%s", v->boolean ? "true" : "false"); break;
    case VAL_SET: snprintf(buf, size, "%d words", v->nwords); break;
    case VAL_NUMBER: {
        double n = v->number + 0.0; /* -0 reads as 0 */
        if (n == floor(n) && fabs(n) < 1e15)
            snprintf(buf, size, "%.0f", n);
        else
            snprintf(buf, size, "%.14g", n);
        break;
    }
    }
}
