/* graph.h - the scene graph as the tools see it: where each scene can lead
 * by what the story declares (targets, called scenes and where they return,
 * storylet candidates, questions). Where a computed `go` leads no reading
 * of the source can know: the graph marks those scenes, and a tool adds the
 * edges it saw such a `go` take. */
#ifndef REKINDLE_GRAPH_H
#define REKINDLE_GRAPH_H

#include <stdbool.h>

#include "core/story.h"

typedef struct {
    int **to;             /* per scene: the scenes it can lead to */
    int *n, *cap;
    int nscenes;
    bool *computed;       /* per scene: it has a choice whose `go` is a function */
} Graph;

/* False when out of memory (free it all the same). */
bool graph_build(const Story *s, Graph *g);
void graph_edge(Graph *g, int from, int to);
void graph_free(Graph *g);

/* reach[] (one flag per scene): the scenes reachable from `from`. */
void graph_reach(const Graph *g, int from, bool *reach);

/* dist[] (per scene): the fewest steps to a scene for which goal[] is set,
 * or -1 where none can be reached (as far as the graph knows). */
void graph_distance(const Graph *g, const bool *goal, int *dist);

#endif
