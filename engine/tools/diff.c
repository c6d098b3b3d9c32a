/* diff.c - a line diff as unified hunks (see diff.h). */
#include "tools/diff.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Lines between the common start and end past which the table of common
 * subsequences (a uint16_t per pair of lines, 8 MiB) is not made. */
#define DIFF_CELLS ((size_t)4 << 20)

typedef enum { SAME, GONE, ADDED } OpKind;

/* One line of the edit: kept, removed from a or added from b; ia and ib are
 * where each side stands (for ADDED, ia is the next line of a). */
typedef struct {
    OpKind kind;
    int ia, ib;
} Op;

static bool same(const DiffSide *a, int i, const DiffSide *b, int j) { return strcmp(a->lines[i], b->lines[j]) == 0; }

int diff_first(const DiffSide *a, const DiffSide *b)
{
    int i = 0;
    while (i < a->n && i < b->n && same(a, i, b, i)) i++;
    return i == a->n && i == b->n ? -1 : i;
}

/* The edit from a to b as ops (malloc'd, *nops of them), or NULL. */
static Op *edit(const DiffSide *a, const DiffSide *b, int *nops)
{
    int start = 0, end = 0; /* lines alike at the start, and at the end */
    while (start < a->n && start < b->n && same(a, start, b, start)) start++;
    while (end < a->n - start && end < b->n - start && same(a, a->n - 1 - end, b, b->n - 1 - end)) end++;
    int m = a->n - start - end, n = b->n - start - end, k = 0;
    Op *ops = malloc(sizeof *ops * ((size_t)a->n + (size_t)b->n + 1));
    uint16_t *lcs = NULL; /* lcs[i * (n + 1) + j]: the longest common subsequence of a's and b's middles from i and j */
    if ((size_t)m * (size_t)n <= DIFF_CELLS) lcs = calloc(((size_t)m + 1) * ((size_t)n + 1), sizeof *lcs);
    if (ops == NULL || (lcs == NULL && (size_t)m * (size_t)n <= DIFF_CELLS)) {
        free(ops);
        free(lcs);
        return NULL;
    }
#define L(i, j) lcs[(size_t)(i) * ((size_t)n + 1) + (size_t)(j)]
    for (int i = m - 1; lcs && i >= 0; i--)
        for (int j = n - 1; j >= 0; j--)
            L(i, j) = same(a, start + i, b, start + j) ? (uint16_t)(L(i + 1, j + 1) + 1)
                      : L(i + 1, j) >= L(i, j + 1) ? L(i + 1, j) : L(i, j + 1);
    for (int i = 0; i < start; i++) ops[k++] = (Op){SAME, i, i};
    int i = 0, j = 0;
    while (lcs && i < m && j < n) {
        if (same(a, start + i, b, start + j)) ops[k++] = (Op){SAME, start + i++, start + j++};
        else if (L(i + 1, j) >= L(i, j + 1)) ops[k++] = (Op){GONE, start + i++, start + j};
        else ops[k++] = (Op){ADDED, start + i, start + j++};
    }
#undef L
    for (; i < m; i++) ops[k++] = (Op){GONE, start + i, start + j};
    for (; j < n; j++) ops[k++] = (Op){ADDED, start + m, start + j};
    for (int e = 0; e < end; e++) ops[k++] = (Op){SAME, start + m + e, start + n + e};
    free(lcs);
    *nops = k;
    return ops;
}

/* "12,7" for a hunk's lines of one side: its first line's number and how
 * many; with none, the number of the line before, as diff -u says it. */
static void range(FILE *out, const DiffSide *s, const Op *ops, int from, int to, bool side_a)
{
    int count = 0, first = -1;
    for (int k = from; k < to; k++) {
        if (ops[k].kind == (side_a ? ADDED : GONE)) continue;
        if (first < 0) first = side_a ? ops[k].ia : ops[k].ib;
        count++;
    }
    int before = side_a ? ops[from].ia - 1 : ops[from].ib - 1;
    int number = first >= 0 ? s->numbers[first] : before >= 0 ? s->numbers[before] : 0;
    fprintf(out, "%d,%d", number, count);
}

bool diff_print(FILE *out, const DiffSide *a, const DiffSide *b, int context, int max_lines)
{
    int nops = 0, shown = 0;
    Op *ops = edit(a, b, &nops);
    if (ops == NULL) return false;
    for (int k = 0; k < nops;) {
        if (ops[k].kind == SAME) {
            k++;
            continue;
        }
        int from = k > context ? k - context : 0, last = k; /* the hunk: its last change */
        for (int j = k + 1; j < nops && j - last <= 2 * context + 1; j++)
            if (ops[j].kind != SAME) last = j; /* changes this close share the hunk */
        int to = last + context + 1 < nops ? last + context + 1 : nops;
        fputs("@@ -", out);
        range(out, a, ops, from, to, true);
        fputs(" +", out);
        range(out, b, ops, from, to, false);
        fputs(" @@\n", out);
        int j = from;
        for (; j < to && shown < max_lines; j++, shown++) {
            const Op *o = &ops[j];
            const char *line = o->kind == ADDED ? b->lines[o->ib] : a->lines[o->ia];
            if (o->kind == SAME && line[0] == '\0') fputc('\n', out); /* no space at the end of a line */
            else fprintf(out, "%c%s\n", o->kind == SAME ? ' ' : o->kind == GONE ? '-' : '+', line);
        }
        if (shown >= max_lines) { /* enough to read: count the rest */
            int left = 0;
            for (; j < nops; j++) left += ops[j].kind != SAME;
            if (left > 0) fprintf(out, "... and %d more changed line%s\n", left, left == 1 ? "" : "s");
            break;
        }
        k = to;
    }
    free(ops);
    return true;
}
