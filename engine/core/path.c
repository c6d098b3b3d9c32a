/* path.c - a playthrough's answers as text, written and parsed. */
#include "core/path.h"

#include <stdlib.h>
#include <string.h>

void path_add(Buf *b, StepKind kind, const char *text)
{
    if (b->len > 0) buf_add(b, ",", 1);
    if (kind == STEP_ANSWER) buf_add(b, "=", 1);
    if (kind == STEP_PRONOUN) buf_add(b, "@", 1);
    for (const char *p = text; *p; p++) {
        if (*p == ',' || *p == '\\') buf_add(b, "\\", 1);
        buf_add(b, p, 1);
    }
}

void path_free(Step *steps, int n)
{
    for (int i = 0; i < n; i++) free(steps[i].text);
    free(steps);
}

bool path_parse(const char *text, Step **steps_out, int *n_out)
{
    size_t len = strlen(text);
    Step *steps = calloc(len / 2 + 2, sizeof *steps);
    char *buf = malloc(len + 1);
    int n = 0;
    if (steps == NULL || buf == NULL) goto fail;
    for (const char *p = text; *p;) {
        StepKind kind = *p == '=' ? STEP_ANSWER : *p == '@' ? STEP_PRONOUN : STEP_CHOICE;
        if (kind != STEP_CHOICE) p++;
        size_t k = 0;
        while (*p && *p != ',') {
            if (*p == '\\' && p[1]) p++;
            buf[k++] = *p++;
        }
        buf[k] = '\0';
        if (kind == STEP_CHOICE && k == 0) goto fail; /* an empty id */
        steps[n].kind = kind;
        if ((steps[n].text = strdup(buf)) == NULL) goto fail;
        n++;
        if (*p == ',') {
            p++;
            if (*p == '\0') goto fail; /* a trailing comma */
        }
    }
    free(buf);
    *steps_out = steps;
    *n_out = n;
    return true;
fail:
    free(buf);
    path_free(steps, n);
    return false;
}

