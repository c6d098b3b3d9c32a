/* story.h - the story model: what a story file declares, checked and held
 * in C structs so that only dynamic parts (conditions, effects, computed
 * text and targets) ever call back into Lua.
 *
 * Function fields hold registry references into the sandbox state; they mean
 * nothing once the sandbox is closed. */
#ifndef REKINDLE_STORY_H
#define REKINDLE_STORY_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

#define STORY_NOREF (-2) /* no Lua function (same value as LUA_NOREF) */

typedef struct Template Template; /* text compiled for rendering: template.h */
#define STORY_NAME_MAX 40 /* longest free-text answer, in characters */

typedef enum { VAL_STRING, VAL_NUMBER, VAL_BOOLEAN, VAL_SET } ValueType;

/* A variable's value. A set is words, kept sorted, so it reads the same in
 * every process (see value.h). */
typedef struct {
    ValueType type;
    double number;
    bool boolean;
    char *string;  /* owned */
    char **words;  /* VAL_SET: owned, sorted, no repeats */
    int nwords;
} Value;

typedef struct {
    char *name;
    double start;  /* 0..100 */
} Meter;

typedef struct {
    char *name;
    Value initial;
} Var;

typedef struct {
    int meter;     /* index into Story.meters */
    double delta;  /* points, or with `fair` a percentage of the way to 100 (or 0) */
    bool fair;     /* fairmath: "%+20" / "%-20" */
} MeterChange;

/* How a paragraph's text is chosen each time its scene is entered. */
typedef enum {
    PARA_TEXT,      /* always `text` */
    PARA_FUNCTION,  /* what `fn` returns */
    PARA_SEQUENCE,  /* alts in turn, then stays on the last */
    PARA_CYCLE,     /* alts in turn, round and round */
    PARA_SHUFFLE,   /* one of alts at random (seeded) */
    PARA_ONCE_ONLY, /* alts in turn, then nothing */
    PARA_BREAK,     /* page_break: the player presses Enter to read on */
} ParagraphKind;

typedef struct {
    ParagraphKind kind;
    char *text;    /* PARA_TEXT: as written (may hold {placeholders}) */
    Template *tmpl; /* PARA_TEXT: compiled */
    int fn;        /* PARA_FUNCTION: a function of the state returning the text */
    char **alts;   /* variations: the alternatives */
    Template **alt_tmpls;
    int nalts;
    int counter;   /* variations: index of this paragraph's counter in a run */
    int file, line; /* where it is declared: Story.files[file], line */
} Paragraph;

typedef struct Choice { /* pointers, then ints, then flags: no padding, for stories of many choices */
    char *id;             /* stable: given, or derived from the label */
    char *label;
    Template *label_t, *note_t, *reason_t; /* compiled */
    Paragraph *content;   /* what the player says or does, shown when it is taken */
    char *target_name;    /* the scene or storylet group it leads to as written, or NULL */
    char *call_name;      /* a scene to call first, returning here (or to `go`) */
    char *achieve;        /* an achievement it earns, or NULL */
    char *reason;         /* shown when not selectable */
    char *note;           /* the lesson, shown in the recap, or NULL */
    MeterChange *changes;
    int *tags;            /* indices into Story.tags */
    int ncontent;
    int target;           /* scene index, or -1 when go_fn, group or back decides */
    int group;            /* storylet group index, -1, or STORY_GROUP_UNRESOLVED while loading */
    int go_fn;
    int call;             /* its index, or -1 */
    int call_fn;          /* or a function naming it (nil: no call), or STORY_NOREF */
    int achievement;      /* its index */
    int when_fn;          /* condition for being shown, or STORY_NOREF */
    int available_fn;     /* condition for being selectable, or STORY_NOREF */
    int effect_fn;        /* effect, or STORY_NOREF */
    int nchanges;
    int ntags;
    int index;            /* position in the whole story: once-only flags use it */
    int file, line;
    bool back;            /* returns from the scene that was called */
    bool once;            /* gone after it is taken */
    bool fallback;        /* shown only when no other choice is available */
    bool turning_point;   /* the writer says it mattered most: the ending lists it first */
} Choice;

typedef struct {
    char *prompt;
    Template *prompt_t;
    int var;              /* index into Story.vars: a string variable, or a number one with `number` */
    bool pronouns;        /* then ask for the person's pronouns */
    bool number;          /* a whole number from lo to hi */
    double lo, hi;
    char **accept;        /* or one of these words (any case), or NULL for free text */
    int naccept;
    char *target_name;
    int target;
    int file, line;
} Ask;

typedef struct {
    char *name;
    int *scenes;          /* candidates, in declaration order */
    int nscenes;
} StoryletGroup;

typedef struct {
    char *name;
    int file, line;
    Paragraph *paras;
    int nparas;
    Choice *choices;
    int nchoices;
    Ask *ask;             /* or NULL; a scene with an ask has no choices */
    char *group_name;     /* storylet group it is a candidate of, or NULL */
    char *chapter;        /* the chapter it starts (shown while playing, and where saves stand), or NULL */
    int group;            /* its index, or -1 */
    int when_fn;          /* a storylet's condition, or STORY_NOREF */
    bool is_ending;
    char *title;          /* endings: title, kind, reflection */
    Template *title_t, *reflection_t;
    int kind;             /* index into Story.kinds, or -1 when the ending names none */
    char *reflection;
    char *hint;           /* endings: a clue shown while the ending is not yet found, or NULL */
    /* A scene without choices flows on: to `go` (a scene, or a function
     * naming one), first calling `call` if given, or `back` to its caller. */
    char *flow_name;
    int flow;             /* its index, or -1 */
    int flow_fn;
    char *flow_call_name;
    int flow_call;
    int flow_call_fn;
    bool flow_back;
} Scene;

/* Something a player can earn besides an ending, kept with the endings found. */
typedef struct {
    char *id;
    char *title;
    char *hint;           /* shown while it is not yet earned */
    int file, line;
} Achievement;

/* A rule the story declares about its own playthroughs, which randomtest
 * and quicktest check (story.c has the details of each kind). */
typedef enum {
    RULE_NEVER,       /* no ending of `kinds` after `times` choices tagged `tag` (less those repaired by `unless`) */
    RULE_SHARE,       /* at least `percent` of the plays that took no choice tagged `tag` end in `kinds` */
    RULE_MIN_CHOICES, /* every playthrough makes at least `count` choices */
    RULE_CHECK,       /* `fn`, given the finished playthrough, returns true (or false and why) */
    RULE_NOTES,       /* every choice that changes a meter has a note (a static check) */
} RuleKind;

typedef struct {
    RuleKind kind;
    char *name;
    int file, line;
    char **kind_names;    /* NEVER, SHARE: the ending kinds it is about, as written */
    int nkind_names;
    char *tag_name, *unless_name; /* as written; resolved into: */
    bool *kinds;          /* NEVER, SHARE: per Story.kinds, the kinds it is about */
    int tag;              /* NEVER: the tag that rules them out; SHARE: the tag the plays did not take */
    int times;            /* NEVER: how many such choices (1 and up) */
    int unless;           /* NEVER: a later choice with this tag repairs one, or -1 */
    double percent;       /* SHARE */
    int count;            /* MIN_CHOICES */
    int fn;               /* CHECK */
} Rule;

typedef struct {
    char *path;           /* the story file, for messages */
    char **files;         /* it and the files it includes: files[0] is path */
    char **texts;         /* their text, for tools that read the source */
    size_t *lens;
    int nfiles;
    int line;             /* where story { ... } is declared */
    char *id, *title, *author, *blurb;
    char *start_name;     /* the start scene as written */
    int start;            /* scene index */
    Meter *meters;        /* sorted by name */
    int nmeters;
    Var *vars;            /* sorted by name */
    int nvars;
    char **kinds;         /* ending kinds: those declared, else those the endings name */
    int nkinds;
    bool kinds_declared;  /* then an ending must name one of them */
    bool show_meters;     /* the meters show while playing, not only at the end and on `stats` */
    char **tags;          /* choice tags: those declared, else those the choices name */
    int ntags;
    bool tags_declared;
    int *covers;          /* what the story says it covers: numbers its collection names */
    int ncovers;
    Rule *rules;          /* in declaration order */
    int nrules;
    Achievement *achievements;
    int nachievements;
    StoryletGroup *groups;
    int ngroups;
    int ncounters;        /* text variations: one counter each in a run */
    Scene *scenes;        /* in declaration order */
    int nscenes;
    int *slots;           /* a hash table of scene indices + 1 by name (0: empty); see story_scene */
    size_t nslots;        /* its size: a power of two, at least twice nscenes */
    int nchoices;         /* in all scenes */
    int most_choices;     /* the most choices one scene has (once checked) */
} Story;

#define STORY_GROUP_UNRESOLVED (-2) /* Choice.group: a storylet group named, not yet found */

/* Loads and validates a story from its source text inside the sandbox
 * (which must be open): the story language, in lang.c. It takes `text`
 * (malloc'd) whatever happens; the files it includes are read from path's
 * folder. On failure returns NULL and writes each problem as
 * "FILE:LINE: message" lines into err. The caller frees with story_free. */
Story *story_load(const char *path, char *text, size_t len, char *err, size_t errlen);

/* Once every declaration is in: resolves the names of scenes and groups,
 * compiles the text, numbers the choices and indexes the scenes. Each
 * problem goes to out as a "FILE:LINE: message" line. */
void story_validate(Story *s, Buf *out);
/* Appends "PATH:LINE: message\n" to out. */
void story_problem(Buf *out, const char *path, int line, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

void story_free(Story *s);
void story_free_paragraph(Paragraph *p);
void story_free_choice(Choice *c);
void story_free_ask(Ask *a); /* its fields, not the Ask itself */

/* The deepest nesting of called scenes (tunnels). */
#define STORY_CALL_DEPTH 16

/* The file a declaration is in (its `file`), for messages. */
const char *story_path(const Story *s, int file);

/* Index of a scene by name, or -1. */
int story_scene(const Story *s, const char *name);
/* Adds the last scene declared to the table story_scene looks in; false
 * when out of memory. */
bool story_index_scene(Story *s);

/* The index (Choice.index) of the choice with that id, or "scene/id";
 * -1 when none has it, -2 when choices of several scenes do. */
int story_choice(const Story *s, const char *name);

/* The kind of an ending, or NULL when it names none. */
const char *story_kind(const Story *s, int scene);

/* Index of a meter by name (into Story.meters), or -1. */
int story_meter(const Story *s, const char *name);

/* Index of a variable or meter by name: vars are 0..nvars-1, meters
 * nvars..nvars+nmeters-1; -1 when unknown. */
int story_slot(const Story *s, const char *name);

#endif
