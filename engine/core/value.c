/* value.c - story values: copies, truth, hashes and sets of words. */
#include "core/value.h"

#include <stdlib.h>
#include <string.h>

#include "base/hash.h"

bool value_copy(Value *dst, const Value *src)
{
    *dst = *src;
    dst->string = NULL;
    dst->words = NULL;
    dst->nwords = 0;
    if (src->type == VAL_STRING && (dst->string = strdup(src->string ? src->string : "")) == NULL) return false;
    if (src->type != VAL_SET) return true;
    dst->words = malloc(sizeof *dst->words * ((size_t)src->nwords + 1));
    if (dst->words == NULL) return false;
    for (int i = 0; i < src->nwords; i++) {
        if ((dst->words[i] = strdup(src->words[i])) == NULL) {
            value_free(dst);
            return false;
        }
        dst->nwords++;
    }
    return true;
}

void value_free(Value *v)
{
    free(v->string);
    for (int i = 0; i < v->nwords; i++) free(v->words[i]);
    free(v->words);
    v->string = NULL;
    v->words = NULL;
    v->nwords = 0;
}

bool value_truth(const Value *v)
{
    switch (v->type) {
    case VAL_STRING: return v->string && v->string[0];
    case VAL_NUMBER: return v->number != 0;
    case VAL_BOOLEAN: return v->boolean;
    case VAL_SET: return v->nwords > 0;
    }
    return false;
}

uint64_t value_hash(uint64_t h, const Value *v)
{
    switch (v->type) {
    case VAL_STRING: return hash_bytes(h, v->string ? v->string : "", v->string ? strlen(v->string) + 1 : 1);
    case VAL_BOOLEAN: return hash_bytes(h, &v->boolean, sizeof v->boolean);
    case VAL_NUMBER: {
        double d = v->number == 0 ? 0 : v->number; /* -0 and 0 are one value */
        return hash_bytes(h, &d, sizeof d);
    }
    case VAL_SET:
        for (int i = 0; i < v->nwords; i++) h = hash_bytes(h, v->words[i], strlen(v->words[i]) + 1);
        return hash_bytes(h, &v->nwords, sizeof v->nwords);
    }
    return h;
}

/* Where word is, or where it would go (*found says which). */
static int find(const Value *v, const char *word, bool *found)
{
    int lo = 0, hi = v->nwords - 1;
    *found = false;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2, c = strcmp(v->words[mid], word);
        if (c == 0) {
            *found = true;
            return mid;
        }
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return lo;
}

bool value_set_has(const Value *v, const char *word)
{
    bool found;
    find(v, word, &found);
    return found;
}

bool value_set_add(Value *v, const char *word)
{
    bool found;
    int at = find(v, word, &found);
    if (found) return true;
    char **grown = realloc(v->words, sizeof *grown * ((size_t)v->nwords + 1));
    char *copy = grown ? strdup(word) : NULL;
    if (grown) v->words = grown;
    if (copy == NULL) return false;
    memmove(v->words + at + 1, v->words + at, sizeof *v->words * (size_t)(v->nwords - at));
    v->words[at] = copy;
    v->nwords++;
    return true;
}

bool value_set_remove(Value *v, const char *word)
{
    bool found;
    int at = find(v, word, &found);
    if (!found) return true;
    free(v->words[at]);
    memmove(v->words + at, v->words + at + 1, sizeof *v->words * (size_t)(v->nwords - at - 1));
    v->nwords--;
    return true;
}

void value_set_text(const Value *v, Buf *out)
{
    for (int i = 0; i < v->nwords; i++) {
        if (i > 0) buf_puts(out, i == v->nwords - 1 ? " and " : ", ");
        buf_puts(out, v->words[i]);
    }
}

/* ---------------------------------------------------------- temporaries */

const Value *temps_get(const Temps *t, const char *name)
{
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->names[i], name) == 0) return &t->values[i];
    return NULL;
}

bool temps_set(Temps *t, const char *name, const Value *v)
{
    Value copy;
    if (!value_copy(&copy, v)) return false;
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->names[i], name) == 0) {
            value_free(&t->values[i]);
            t->values[i] = copy;
            return true;
        }
    char **names = realloc(t->names, sizeof *names * ((size_t)t->n + 1));
    if (names) t->names = names;
    Value *values = names ? realloc(t->values, sizeof *values * ((size_t)t->n + 1)) : NULL;
    if (values) t->values = values;
    char *key = values ? strdup(name) : NULL;
    if (key == NULL) {
        value_free(&copy);
        return false;
    }
    t->names[t->n] = key;
    t->values[t->n++] = copy;
    return true;
}

void temps_clear(Temps *t)
{
    for (int i = 0; i < t->n; i++) {
        free(t->names[i]);
        value_free(&t->values[i]);
    }
    free(t->names);
    free(t->values);
    *t = (Temps){0};
}

bool temps_copy(Temps *dst, const Temps *src)
{
    *dst = (Temps){0};
    for (int i = 0; i < src->n; i++)
        if (!temps_set(dst, src->names[i], &src->values[i])) {
            temps_clear(dst);
            return false;
        }
    return true;
}
