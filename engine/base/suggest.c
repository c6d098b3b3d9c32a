/* suggest.c - "did you mean": edit distance over short names. */
#include "base/suggest.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define NAME_MAX_LEN 63 /* longer names are never suggested */

static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > NAME_MAX_LEN || lb > NAME_MAX_LEN) return 99;
    size_t row[NAME_MAX_LEN + 1];
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t cost = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]) ? 0 : 1;
            size_t best = diag + cost;
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

void suggest(char *buf, size_t size, const char *word, const char *const *cands, int n)
{
    const char *best = NULL;
    size_t bestd = strlen(word) / 3 + 1;
    if (bestd > 3) bestd = 3;
    for (int i = 0; i < n; i++) {
        size_t d = edit_distance(word, cands[i]);
        if (d <= bestd && (best == NULL || d < bestd)) { /* the first of equals */
            best = cands[i];
            bestd = d;
        }
    }
    if (best) snprintf(buf, size, " (did you mean '%s'?)", best);
    else if (size) buf[0] = '\0';
}
