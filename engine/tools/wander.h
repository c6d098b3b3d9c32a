/* wander.h - random plays in this process, counted: how often each scene
 * was entered and each choice taken, where computed `go`s led, and how
 * many words each play showed. What the map shades and stats quotes; the
 * thorough tools (randomtest, quicktest) have their own. */
#ifndef REKINDLE_WANDER_H
#define REKINDLE_WANDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/story.h"

#define WANDER_GO_SEEN 8 /* targets remembered per computed go */

typedef struct {
    long plays;           /* played */
    long ended;           /* of them, reached an ending */
    long *visits;         /* per scene: plays that entered it */
    long *taken;          /* per choice (Choice.index): plays that took it */
    int *go_seen;         /* per choice: up to WANDER_GO_SEEN scenes its computed go led to, -1 after */
    int *flow_seen;       /* per scene: the same for a scene whose own go or call is computed */
    long *words;          /* with text: per play, words shown (plays of them) */
    long *choices;        /* per play, choices made */
} Wander;

/* Plays `plays` times at random from seed; with `text`, fills in the text
 * to count its words (slower). False with err on a story error (the first
 * one met); the counts so far stay. Free with wander_free either way. */
bool wander(const Story *s, long plays, uint64_t seed, bool text, Wander *w, char *err, size_t errlen);
void wander_free(Wander *w);

#endif
