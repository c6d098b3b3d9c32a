/* graph.c - the scene graph of a story, for the tools. */
#include "tools/graph.h"

#include <stdlib.h>
#include <string.h>

void graph_edge(Graph *g, int from, int to)
{
    if (to < 0 || from < 0) return;
    for (int i = 0; i < g->n[from]; i++)
        if (g->to[from][i] == to) return;
    if (g->n[from] == g->cap[from]) {
        int cap = g->cap[from] ? 2 * g->cap[from] : 4;
        int *grown = realloc(g->to[from], sizeof *grown * (size_t)cap);
        if (grown == NULL) return;
        g->to[from] = grown;
        g->cap[from] = cap;
    }
    g->to[from][g->n[from]++] = to;
}

bool graph_build(const Story *s, Graph *g)
{
    memset(g, 0, sizeof *g);
    g->nscenes = s->nscenes;
    g->to = calloc((size_t)s->nscenes + 1, sizeof *g->to);
    g->n = calloc((size_t)s->nscenes + 1, sizeof *g->n);
    g->cap = calloc((size_t)s->nscenes + 1, sizeof *g->cap);
    g->computed = calloc((size_t)s->nscenes + 1, sizeof *g->computed);
    /* Where every `back` may return: the return points of all calls. */
    int *returns = malloc(sizeof *returns * ((size_t)s->nchoices + (size_t)s->nscenes + 1));
    if (!g->to || !g->n || !g->cap || !g->computed || !returns) {
        free(returns);
        return false;
    }
    int nreturns = 0;
    for (int i = 0; i < s->nscenes; i++) {
        for (int c = 0; c < s->scenes[i].nchoices; c++) {
            const Choice *ch = &s->scenes[i].choices[c];
            if ((ch->call >= 0 || ch->call_fn != STORY_NOREF) && ch->go_fn == STORY_NOREF)
                returns[nreturns++] = ch->target_name ? ch->target : i;
        }
        const Scene *sc = &s->scenes[i]; /* a scene that calls as it flows returns to where it goes */
        if ((sc->flow_call >= 0 || sc->flow_call_fn != STORY_NOREF) && sc->flow >= 0) returns[nreturns++] = sc->flow;
    }
    for (int i = 0; i < s->nscenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (sc->ask) graph_edge(g, i, sc->ask->target);
        for (int c = 0; c < sc->nchoices; c++) {
            const Choice *ch = &sc->choices[c];
            graph_edge(g, i, ch->call >= 0 ? ch->call : ch->target);
            if (ch->call >= 0) graph_edge(g, i, ch->target);
            if (ch->group >= 0)
                for (int k = 0; k < s->groups[ch->group].nscenes; k++) graph_edge(g, i, s->groups[ch->group].scenes[k]);
            if (ch->go_fn != STORY_NOREF || ch->call_fn != STORY_NOREF) g->computed[i] = true;
            if (ch->call_fn != STORY_NOREF) graph_edge(g, i, ch->target);
            if (ch->back)
                for (int k = 0; k < nreturns; k++) graph_edge(g, i, returns[k]);
        }
        /* A scene that moves on by itself. */
        graph_edge(g, i, sc->flow_call >= 0 ? sc->flow_call : sc->flow);
        if (sc->flow_call >= 0 || sc->flow_call_fn != STORY_NOREF) graph_edge(g, i, sc->flow);
        if (sc->flow_fn != STORY_NOREF || sc->flow_call_fn != STORY_NOREF) g->computed[i] = true;
        if (sc->flow_back)
            for (int k = 0; k < nreturns; k++) graph_edge(g, i, returns[k]);
    }
    free(returns);
    return true;
}

void graph_free(Graph *g)
{
    for (int i = 0; g->to && i < g->nscenes; i++) free(g->to[i]);
    free(g->to);
    free(g->n);
    free(g->cap);
    free(g->computed);
    memset(g, 0, sizeof *g);
}

void graph_reach(const Graph *g, int from, bool *reach)
{
    int *stack = malloc(sizeof *stack * ((size_t)g->nscenes + 1));
    int top = 0;
    memset(reach, 0, sizeof *reach * (size_t)g->nscenes);
    if (stack == NULL || from < 0) {
        free(stack);
        return;
    }
    reach[from] = true;
    stack[top++] = from;
    while (top > 0) {
        int v = stack[--top];
        for (int i = 0; i < g->n[v]; i++)
            if (!reach[g->to[v][i]]) {
                reach[g->to[v][i]] = true;
                stack[top++] = g->to[v][i];
            }
    }
    free(stack);
}

void graph_distance(const Graph *g, const bool *goal, int *dist)
{
    /* Breadth-first from the goals, over the edges reversed. */
    int n = g->nscenes;
    int *count = calloc((size_t)n + 1, sizeof *count), *start = calloc((size_t)n + 2, sizeof *start);
    int *from = malloc(sizeof *from * ((size_t)n + 1)), *queue = malloc(sizeof *queue * ((size_t)n + 1));
    for (int i = 0; i < n; i++) dist[i] = -1;
    if (!count || !start || !from || !queue) goto done;
    int edges = 0;
    for (int v = 0; v < n; v++)
        for (int i = 0; i < g->n[v]; i++) count[g->to[v][i]]++, edges++;
    int *rev = malloc(sizeof *rev * ((size_t)edges + 1));
    if (rev == NULL) goto done;
    for (int v = 0; v < n; v++) start[v + 1] = start[v] + count[v];
    memcpy(from, start, sizeof *from * (size_t)n);
    for (int v = 0; v < n; v++)
        for (int i = 0; i < g->n[v]; i++) rev[from[g->to[v][i]]++] = v;
    int head = 0, tail = 0;
    for (int v = 0; v < n; v++)
        if (goal[v]) {
            dist[v] = 0;
            queue[tail++] = v;
        }
    while (head < tail) {
        int v = queue[head++];
        for (int k = start[v]; k < start[v + 1]; k++)
            if (dist[rev[k]] < 0) {
                dist[rev[k]] = dist[v] + 1;
                queue[tail++] = rev[k];
            }
    }
    free(rev);
done:
    free(count);
    free(start);
    free(from);
    free(queue);
}
