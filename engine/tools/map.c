/* map.c - the story as a picture: its scene graph in Graphviz's DOT (see
 * map.h). Graphviz lays it out; this file only says what is there. */
#include "tools/map.h"

#include <stdlib.h>
#include <string.h>

#include "tools/graph.h"

#define LABEL_MAX 28 /* columns of a choice's label on its arrow */

/* The fills of ending kinds, by the kind's index, and what a story with
 * more kinds than these reuses. */
static const char *const KIND_FILL[] = {"#b7e4c7", "#a9d6f5", "#d9d9d9", "#f6d6ad", "#e4c1f9", "#fff3b0"};
#define NFILLS (sizeof KIND_FILL / sizeof KIND_FILL[0])

/* Writes text as the inside of a DOT string, cut to max bytes (never in a
 * character) with an ellipsis. */
static void put_escaped(FILE *out, const char *text, size_t max)
{
    size_t n = strlen(text);
    bool cut = n > max;
    if (cut) {
        n = max;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) n--;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '"' || c == '\\') fputc('\\', out);
        if (c >= 0x20) fputc(c, out);
    }
    if (cut) fputs("\u2026", out);
}

/* Per scene: the chapter it is in, by the order scenes are declared (a
 * scene that names a chapter starts it), or -1. */
static int *chapters_of(const Story *s)
{
    int *of = malloc(sizeof *of * ((size_t)s->nscenes + 1));
    for (int i = 0, cur = -1; of && i < s->nscenes; i++) {
        if (s->scenes[i].chapter) cur = i;
        of[i] = cur;
    }
    return of;
}

/* The graph as drawn: what the story declares, and where computed gos were
 * seen to lead. */
static bool build(const Story *s, const MapOptions *o, Graph *g)
{
    if (!graph_build(s, g)) return false;
    for (int i = 0; o->plays && i < s->nscenes; i++) {
        for (int j = 0; j < WANDER_GO_SEEN && o->plays->flow_seen[i * WANDER_GO_SEEN + j] >= 0; j++)
            graph_edge(g, i, o->plays->flow_seen[i * WANDER_GO_SEEN + j]);
        for (int k = 0; k < s->scenes[i].nchoices; k++) {
            const Choice *c = &s->scenes[i].choices[k];
            for (int j = 0; j < WANDER_GO_SEEN && o->plays->go_seen[c->index * WANDER_GO_SEEN + j] >= 0; j++)
                graph_edge(g, i, o->plays->go_seen[c->index * WANDER_GO_SEEN + j]);
        }
    }
    return true;
}

/* Which scenes to draw: all, or those within depth steps of `around`,
 * following arrows either way. */
static bool *shown_scenes(const Story *s, const MapOptions *o, const Graph *g)
{
    bool *shown = calloc((size_t)s->nscenes + 1, sizeof *shown);
    int *dist = malloc(sizeof *dist * ((size_t)s->nscenes + 1));
    if (!shown || !dist) {
        free(shown);
        free(dist);
        return NULL;
    }
    for (int i = 0; i < s->nscenes; i++) {
        shown[i] = o->around < 0;
        dist[i] = -1;
    }
    if (o->around >= 0) {
        dist[o->around] = 0;
        shown[o->around] = true;
        for (int d = 0; d < o->depth; d++)
            for (int a = 0; a < s->nscenes; a++)
                for (int e = 0; e < g->n[a]; e++) {
                    int b = g->to[a][e];
                    if (dist[a] == d && dist[b] < 0) dist[b] = d + 1;
                    else if (dist[b] == d && dist[a] < 0) dist[a] = d + 1;
                }
        for (int i = 0; i < s->nscenes; i++) shown[i] = dist[i] >= 0;
    }
    free(dist);
    return shown;
}

/* A hex colour between white and a blue, by how often plays got there. */
static void shade(char *buf, double f)
{
    int r = 255 - (int)(f * (255 - 0x9d)), gg = 255 - (int)(f * (255 - 0xb4)), b = 255 - (int)(f * (255 - 0xe8));
    snprintf(buf, 8, "#%02x%02x%02x", r, gg, b);
}

static void put_scene(FILE *out, const Story *s, const MapOptions *o, int i, const bool *reach)
{
    const Scene *sc = &s->scenes[i];
    const Wander *w = o->plays;
    char fill[8] = "#ffffff", note[64] = "";
    if (sc->is_ending && sc->kind >= 0) snprintf(fill, sizeof fill, "%s", KIND_FILL[(size_t)sc->kind % NFILLS]);
    if (w && w->plays > 0) {
        double f = (double)w->visits[i] / (double)w->plays;
        if (w->visits[i] == 0) snprintf(note, sizeof note, "\\nnever reached");
        else if (100 * f < 1) snprintf(note, sizeof note, "\\nunder 1%% of plays");
        else snprintf(note, sizeof note, "\\n%.0f%% of plays", 100 * f);
        if (w->visits[i] == 0 && !sc->is_ending) snprintf(fill, sizeof fill, "#ffd6d6");
        else if (!sc->is_ending) shade(fill, f);
    }
    fprintf(out, "  s%d [label=\"", i);
    put_escaped(out, sc->is_ending && sc->title ? sc->title : sc->name, 60);
    fprintf(out, "%s%s\", fillcolor=\"%s\"", note, reach[i] ? "" : "\\nunreachable", fill);
    if (sc->is_ending) fputs(", shape=box, style=\"filled,bold\"", out);
    if (i == s->start) fputs(", peripheries=2, penwidth=2", out);
    if (!reach[i]) fputs(", color=red, penwidth=2", out);
    fputs("];\n", out);
}

/* An arrow for a choice (or a scene's own flow) from scene a to b. */
static void put_arrow(FILE *out, const MapOptions *o, int a, int b, const Choice *c, const char *extra)
{
    fprintf(out, "  s%d -> s%d [", a, b);
    if (c) {
        fputs("label=\"", out);
        put_escaped(out, c->label, LABEL_MAX);
        if (c->once) fputs(" (once)", out);
        if (c->fallback) fputs(" (fallback)", out);
        fputs("\"", out);
        if (c->when_fn != STORY_NOREF || c->available_fn != STORY_NOREF || c->fallback) fputs(", style=dashed", out);
        if (o->plays && o->plays->plays > 0 && o->plays->taken[c->index] == 0)
            fputs(", color=gray60, fontcolor=gray45", out);
    } else {
        fputs("color=gray40", out);
    }
    if (extra) fprintf(out, ", %s", extra);
    fputs("];\n", out);
}

static void put_choices(FILE *out, const Story *s, const MapOptions *o, int i, const bool *shown)
{
    const Scene *sc = &s->scenes[i];
    for (int k = 0; k < sc->nchoices; k++) {
        const Choice *c = &sc->choices[k];
        if (c->call >= 0 && shown[c->call]) put_arrow(out, o, i, c->call, NULL, "style=dotted, arrowhead=empty, label=\"call\"");
        if (c->target >= 0 && shown[c->target]) put_arrow(out, o, i, c->target, c, NULL);
        if (c->group >= 0) { /* to the group's deck, which leads to each of its cards */
            fprintf(out, "  s%d -> g%d [label=\"", i, c->group);
            put_escaped(out, c->label, LABEL_MAX);
            fputs("\"];\n", out);
        }
        for (int j = 0; c->go_fn != STORY_NOREF && o->plays && j < WANDER_GO_SEEN; j++) {
            int to = o->plays->go_seen[c->index * WANDER_GO_SEEN + j];
            if (to < 0) break;
            if (shown[to]) put_arrow(out, o, i, to, c, "color=purple, fontcolor=purple");
        }
    }
    if (sc->ask && sc->ask->target >= 0 && shown[sc->ask->target])
        put_arrow(out, o, i, sc->ask->target, NULL, "label=\"(an answer)\"");
    if (sc->flow_call >= 0 && shown[sc->flow_call])
        put_arrow(out, o, i, sc->flow_call, NULL, "style=dotted, arrowhead=empty, label=\"call\"");
    if (sc->flow >= 0 && shown[sc->flow]) put_arrow(out, o, i, sc->flow, NULL, NULL);
    for (int j = 0; o->plays && j < WANDER_GO_SEEN; j++) { /* a computed flow, where plays saw it go */
        int to = o->plays->flow_seen[i * WANDER_GO_SEEN + j];
        if (to < 0) break;
        if (shown[to]) put_arrow(out, o, i, to, NULL, "color=purple, style=dashed");
    }
}

bool map_write(const Story *s, const MapOptions *o, FILE *out)
{
    Graph g = {0};
    bool *reach = calloc((size_t)s->nscenes + 1, sizeof *reach), *shown = NULL;
    int *chapter = chapters_of(s);
    bool ok = reach && chapter && build(s, o, &g) && (shown = shown_scenes(s, o, &g)) != NULL;
    if (ok) {
        graph_reach(&g, s->start, reach);
        for (int i = 0; o->plays && i < s->nscenes; i++) /* reached by code the graph cannot read */
            reach[i] = reach[i] || o->plays->visits[i] > 0;
        bool chapters = false;
        for (int i = 0; i < s->nscenes; i++) chapters = chapters || chapter[i] >= 0;
        fputs("digraph story {\n  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, fontsize=16, label=\"", out);
        put_escaped(out, s->title, 200);
        if (o->plays) fprintf(out, " (shaded by %ld random plays)", o->plays->plays);
        fputs("\"];\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n"
              "  edge [fontname=\"Helvetica\", fontsize=8];\n", out);
        /* Clusters: the chapters, else the files of a story in several. */
        int groups = chapters ? s->nscenes : s->nfiles > 1 ? s->nfiles : 0;
        for (int gi = 0; gi < groups; gi++) {
            bool any = false;
            for (int i = 0; i < s->nscenes && !any; i++)
                any = shown[i] && (chapters ? chapter[i] == gi : s->scenes[i].file == gi);
            if (!any) continue;
            fprintf(out, " subgraph cluster_%d {\n  label=\"", gi);
            put_escaped(out, chapters ? s->scenes[gi].chapter : story_path(s, gi), 100);
            fputs("\"; style=rounded; color=gray70;\n", out);
            for (int i = 0; i < s->nscenes; i++)
                if (shown[i] && (chapters ? chapter[i] == gi : s->scenes[i].file == gi)) put_scene(out, s, o, i, reach);
            fputs(" }\n", out);
        }
        for (int i = 0; i < s->nscenes; i++)
            if (shown[i] && (groups == 0 || (chapters && chapter[i] < 0))) put_scene(out, s, o, i, reach);
        for (int i = 0; i < s->nscenes; i++)
            if (shown[i]) put_choices(out, s, o, i, shown);
        /* A storylet group: one node, its cards drawn from it. */
        for (int k = 0; k < s->ngroups; k++) {
            fprintf(out, "  g%d [label=\"", k);
            put_escaped(out, s->groups[k].name, 60);
            fputs("\n(storylets)\", shape=ellipse, style=filled, fillcolor=\"#fff7d6\"];\n", out);
            for (int m = 0; m < s->groups[k].nscenes; m++)
                if (shown[s->groups[k].scenes[m]])
                    fprintf(out, "  g%d -> s%d [style=dashed, color=gray50, arrowhead=veevee];\n", k, s->groups[k].scenes[m]);
        }
        /* A legend for the endings' fills. */
        fputs(" subgraph cluster_legend {\n  label=\"endings\"; style=rounded; color=gray80;\n", out);
        for (int k = 0; k < s->nkinds; k++) {
            fprintf(out, "  kind%d [label=\"", k);
            put_escaped(out, s->kinds[k], 60);
            fprintf(out, "\", fillcolor=\"%s\", style=\"filled,bold\"];\n", KIND_FILL[(size_t)k % NFILLS]);
        }
        fputs(" }\n}\n", out);
    }
    graph_free(&g);
    free(reach);
    free(shown);
    free(chapter);
    return ok;
}
