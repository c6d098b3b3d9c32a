/* value.h - the values of story variables: copying, freeing, comparing,
 * and sets of words (kept sorted and without repeats, so that a set reads,
 * hashes and iterates the same in every process). */
#ifndef REKINDLE_VALUE_H
#define REKINDLE_VALUE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/story.h"

/* A deep copy into *dst; false when out of memory (dst is then empty). */
bool value_copy(Value *dst, const Value *src);
void value_free(Value *v);

/* Whether a value counts as true in a condition of the text: true, a
 * non-zero number, a non-empty string or set. */
bool value_truth(const Value *v);

/* Folds the value into an FNV-1a hash (see base/hash.h). */
uint64_t value_hash(uint64_t h, const Value *v);

/* Sets of words. value_set_add and _remove return false when out of memory. */
bool value_set_has(const Value *v, const char *word);
bool value_set_add(Value *v, const char *word);
bool value_set_remove(Value *v, const char *word);

/* The words joined for the reader: "a", "a and b", "a, b and c". */
void value_set_text(const Value *v, Buf *out);

/* A scene's temporary values (s.here.name in story code): named when first
 * set, gone when the next scene is entered. */
typedef struct Temps {
    char **names;
    Value *values;
    int n;
} Temps;

const Value *temps_get(const Temps *t, const char *name);
bool temps_set(Temps *t, const char *name, const Value *v); /* copies v; false when out of memory */
void temps_clear(Temps *t);
bool temps_copy(Temps *dst, const Temps *src);

#endif
