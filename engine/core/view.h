/* view.h - what the player sees, as plain data.
 *
 * The runtime fills these from the story (text already interpolated and
 * sanitized); render.c draws them. Neither side knows how the other works,
 * and nothing here points into Lua. */
#ifndef REKINDLE_VIEW_H
#define REKINDLE_VIEW_H

#include <stdbool.h>

typedef struct {
    const char *name;  /* meter name, e.g. "patience" */
    double value;      /* 0..100 */
    double start;      /* where it started, 0..100 */
} MeterView;

typedef struct {
    const char *label;   /* the choice's text */
    bool available;      /* false: shown dimmed with a dash instead of a number */
    const char *reason;  /* why it is unavailable, or NULL */
} ChoiceView;

typedef struct {
    const char *story_title;
    const char *const *paragraphs;  /* each may contain '\n' for forced breaks */
    int nparagraphs;
    const ChoiceView *choices;      /* numbered 1.. in order, skipping unavailable */
    int nchoices;
    const MeterView *meters;        /* shown in the status line when the story asks (show_meters) */
    int nmeters;
    const char *chapter;            /* the chapter the play is in, or NULL */
    const char *notice;             /* the player's own news (an achievement), shown before the choices, or NULL */
} SceneView;

typedef struct {
    const char *choice;  /* the label of the choice that earned it */
    const char *note;    /* the lesson it touched */
    double weight;       /* what the choice did to the meters, summed: > 0 it helped, < 0 it cost */
    bool turning;        /* the writer marked it a turning point */
} NoteView;

typedef struct {
    const char *story_title;
    const char *title;                /* the ending's title */
    const char *kind;                 /* the ending's kind, or NULL */
    const char *const *paragraphs;    /* the ending's text */
    int nparagraphs;
    const char *reflection;           /* may be NULL */
    const MeterView *meters;
    int nmeters;
    const NoteView *notes;            /* in the order earned */
    int nnotes;
} OutcomeView;

#endif
