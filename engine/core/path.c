/* path.c - a playthrough's answers as text, written and parsed. */
#include "core/path.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

void path_add(Buf *b, StepKind kind, const char *text, const char *chance)
{
    if (b->len > 0) buf_add(b, ",", 1);
    if (kind == STEP_ANSWER) buf_add(b, "=", 1);
    if (kind == STEP_PRONOUN) buf_add(b, "@", 1);
    if (kind == STEP_JUMP) buf_add(b, "!", 1);
    if (kind == STEP_SET) buf_add(b, "$", 1);
    for (const char *p = text; kind != STEP_START && *p; p++) {
        if (strchr(",\\{}", *p)) buf_add(b, "\\", 1);
        buf_add(b, p, 1);
    }
    if (chance) buf_printf(b, "{%s}", chance);
}

void path_free(Step *steps, int n)
{
    for (int i = 0; i < n; i++) {
        free(steps[i].text);
        free(steps[i].chance);
    }
    free(steps);
}

/* True when s is numbers separated by single spaces. */
static bool numbers(const char *s)
{
    if (*s == '\0') return false;
    for (char *end; *s; s = end) {
        double v = strtod(s, &end);
        if (end == s || !isfinite(v) || (*end && *end != ' ') || (*end == ' ' && end[1] == '\0')) return false;
        if (*end) end++;
    }
    return true;
}

bool path_parse(const char *text, Step **steps_out, int *n_out)
{
    size_t len = strlen(text);
    Step *steps = calloc(len / 2 + 2, sizeof *steps);
    char *buf = malloc(len + 1);
    int n = 0;
    bool no_memory = steps == NULL || buf == NULL;
    if (no_memory) goto fail;
    for (const char *p = text; *p;) {
        StepKind kind = *p == '=' ? STEP_ANSWER : *p == '@' ? STEP_PRONOUN : *p == '{' ? STEP_START
                      : *p == '!' ? STEP_JUMP : *p == '$' ? STEP_SET : STEP_CHOICE;
        if (kind == STEP_START && n > 0) goto fail; /* chance alone comes first, or not at all */
        if (kind != STEP_START && kind != STEP_CHOICE) p++;
        size_t k = 0;
        while (*p && *p != ',' && *p != '{') {
            if (*p == '\\' && p[1]) p++;
            buf[k++] = *p++;
        }
        buf[k] = '\0';
        if (kind == STEP_CHOICE && k == 0) goto fail; /* an empty id */
        /* Counted before it holds anything, so that path_free frees all of it
         * whichever check fails (a '{' never closed leaked its text). */
        Step *step = &steps[n++];
        step->kind = kind;
        if ((step->text = strdup(buf)) == NULL) {
            no_memory = true;
            goto fail;
        }
        if (*p == '{') {
            const char *close = strchr(p, '}');
            if (close == NULL) goto fail;
            step->chance = strndup(p + 1, (size_t)(close - p - 1));
            no_memory = step->chance == NULL;
            if (no_memory || !numbers(step->chance)) goto fail;
            p = close + 1;
            if (*p && *p != ',') goto fail;
        }
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
    errno = no_memory ? ENOMEM : EINVAL;
    return false;
}

double *path_chance(const Step *steps, int nsteps, int *n)
{
    int count = 0;
    for (int i = 0; i < nsteps; i++)
        for (const char *c = steps[i].chance; c && *c; c++) count += c == steps[i].chance || c[-1] == ' ';
    *n = count;
    double *v = count ? malloc(sizeof *v * (size_t)count) : NULL;
    if (v == NULL) return NULL;
    int k = 0;
    for (int i = 0; i < nsteps; i++)
        for (char *c = steps[i].chance, *end; c && *c; c = *end ? end + 1 : end) v[k++] = strtod(c, &end);
    return v;
}
