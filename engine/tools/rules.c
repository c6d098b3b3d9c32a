/* rules.c - a story's own rules, followed along a playthrough and judged at
 * its end. */
#include "tools/rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/script.h"

/* Counts are kept small so that quicktest can put them in its state key:
 * past these, more of the same changes nothing a rule can see. */
#define REPAIRS_MAX 4   /* `unless` repairs beyond a `never` rule's times */
#define TAG_MAX 255

int rules_size(const Story *s)
{
    return s->nrules + s->ntags;
}

void rules_start(const Story *s, int *track)
{
    memset(track, 0, sizeof *track * (size_t)rules_size(s));
}

static bool has_tag(const Choice *c, int tag)
{
    for (int i = 0; i < c->ntags; i++)
        if (c->tags[i] == tag) return true;
    return false;
}

void rules_choose(const Story *s, int *track, const Choice *c)
{
    for (int i = 0; i < s->nrules; i++) {
        const Rule *r = &s->rules[i];
        switch (r->kind) {
        case RULE_NEVER:
            /* A repair counts against an act taken before it, never ahead. */
            if (r->unless >= 0 && has_tag(c, r->unless) && track[i] > 0) track[i]--;
            if (has_tag(c, r->tag) && track[i] < r->times + (r->unless >= 0 ? REPAIRS_MAX : 0)) track[i]++;
            break;
        case RULE_SHARE:
            if (has_tag(c, r->tag)) track[i] = 1;
            break;
        case RULE_MIN_CHOICES:
            if (track[i] < r->count) track[i]++;
            break;
        case RULE_CHECK:
        case RULE_NOTES: break;
        }
    }
    for (int t = 0; t < c->ntags; t++)
        if (track[s->nrules + c->tags[t]] < TAG_MAX) track[s->nrules + c->tags[t]]++;
}

/* "together" or "together or engaged": a rule's kinds, for messages. */
static void kinds_text(const Story *s, const Rule *r, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int k = 0; k < s->nkinds && n < size; k++)
        if (r->kinds && r->kinds[k]) n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? " or " : "", s->kinds[k]);
}

bool rules_judge(const Story *s, const int *track, Run *run, int *broken, char *why, size_t whylen, char *err,
                 size_t errlen)
{
    int kind = s->scenes[run->scene].kind;
    char kinds[200];
    *broken = -1;
    for (int i = 0; i < s->nrules && *broken < 0; i++) {
        const Rule *r = &s->rules[i];
        kinds_text(s, r, kinds, sizeof kinds);
        switch (r->kind) {
        case RULE_NEVER:
            if (kind >= 0 && r->kinds[kind] && track[i] >= r->times) {
                *broken = i;
                snprintf(why, whylen, "an ending of kind %s after %d choice%s tagged '%s'%s", kinds, track[i],
                         track[i] == 1 ? "" : "s", s->tags[r->tag], r->unless >= 0 ? " and not repaired" : "");
            }
            break;
        case RULE_MIN_CHOICES:
            if (run->decisions < r->count) {
                *broken = i;
                snprintf(why, whylen, "the playthrough ended after %d choice%s, fewer than %d", run->decisions,
                         run->decisions == 1 ? "" : "s", r->count);
            }
            break;
        case RULE_CHECK: {
            PlayInfo play = {.ending = s->scenes[run->scene].name, .kind = kind >= 0 ? s->kinds[kind] : NULL,
                             .decisions = run->decisions, .tag_counts = track + s->nrules};
            bool ok;
            char *reason = NULL;
            if (!script_rule(&run->script, r->fn, &play, &ok, &reason, err, errlen)) return false;
            if (!ok) {
                *broken = i;
                snprintf(why, whylen, "%s", reason ? reason : "its check returned false");
            }
            free(reason);
            break;
        }
        case RULE_SHARE:
        case RULE_NOTES: break;
        }
    }
    return true;
}

void rules_share(const Story *s, int rule, const int *track, const Run *r, bool *counts, bool *hit)
{
    int kind = s->scenes[r->scene].kind;
    *counts = track[rule] == 0;
    *hit = *counts && kind >= 0 && s->rules[rule].kinds[kind];
}

bool rules_any(const Story *s, RuleKind kind)
{
    for (int i = 0; i < s->nrules; i++)
        if (s->rules[i].kind == kind) return true;
    return false;
}
