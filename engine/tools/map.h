/* map.h - the story as a picture: its scene graph in Graphviz's DOT. */
#ifndef REKINDLE_MAP_H
#define REKINDLE_MAP_H

#include <stdio.h>

#include "core/story.h"
#include "tools/wander.h"

typedef struct {
    const Wander *plays; /* random plays to shade by and to draw computed gos from, or NULL */
    int around;          /* a scene to draw the neighbourhood of, or -1 for all */
    int depth;           /* with around: how many steps away, either way */
} MapOptions;

/* Writes the graph: scenes (the start marked, endings filled by kind,
 * scenes no play reached flagged), choices as arrows (dashed when they
 * have a condition, "once" marked, calls dotted), chapters or files as
 * clusters. Returns false when out of memory. */
bool map_write(const Story *s, const MapOptions *o, FILE *out);

#endif
