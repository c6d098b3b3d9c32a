/* rules.h - the rules a story declares about its own playthroughs (see
 * story.h), followed along a playthrough and judged at its end: what
 * randomtest and quicktest share. The engine knows no rule of its own. */
#ifndef REKINDLE_RULES_H
#define REKINDLE_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "core/runtime.h"

/* What the rules need of a playthrough so far is a few small counts: per
 * rule (a `never` rule's unrepaired choices, whether a `share` rule's tag was
 * taken, choices made up to a `min_choices`), then per tag (how many choices
 * carried it, for `check` rules). A tool keeps them beside a run. */
int rules_size(const Story *s);
void rules_start(const Story *s, int *track);
void rules_choose(const Story *s, int *track, const Choice *c);

/* At an ending: the first rule the playthrough breaks, as its index (or -1)
 * and a sentence in `why`. False on a story error in a `check` function
 * (message in err). */
bool rules_judge(const Story *s, const int *track, Run *r, int *broken, char *why, size_t whylen, char *err,
                 size_t errlen);

/* For a `share` rule at an ending: whether the playthrough counts (it took
 * no choice with the rule's tag) and, if so, whether it ended in one of the
 * rule's kinds. */
void rules_share(const Story *s, int rule, const int *track, const Run *r, bool *counts, bool *hit);

/* Whether the story has rules of a kind. */
bool rules_any(const Story *s, RuleKind kind);

#endif
