/* playstate.h - what play.c and its commands (playcmd.c) share: one play of
 * one story in the terminal. Private to those two files. */
#ifndef REKINDLE_PLAYSTATE_H
#define REKINDLE_PLAYSTATE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "core/runtime.h"
#include "play/play.h"
#include "play/render.h"

typedef struct {
    const PlayOptions *opt;
    Story *story;         /* loaded afresh for every start, undo and restore */
    uint64_t hash;        /* of its source, as saves record it */
    Run run;
    RenderOpts ro;
    FILE *transcript;     /* a plain-text log of the play, or NULL (core/transcript.h) */
    char *transcript_name; /* its file (malloc'd), which its header's story path starts from */
    bool recording;       /* a part of it is open: from a scene, with its header, to the ending */
    int log_width;        /* the width that part is drawn at, whatever the terminal does */
    bool output_failed;   /* the transcript could not be written: the play ends with EXIT_OUTPUT */
    bool memory_failed;   /* the play could not go on for want of memory (said): it ends with EXIT_STORY_ERROR */
    bool quit;            /* the player asked to stop */
    const char *command_hint; /* set by a command that knew its word but not its argument */
    bool menu;            /* ... and to go to the menu */
    bool again;           /* at an ending: to play again */
    bool rebuild;         /* a command asked to rebuild the play from: */
    uint64_t rebuild_seed;
    char *rebuild_path;   /* the answers to replay (malloc'd), or NULL for the start */
    char *rebuild_note;   /* what to say once rebuilt (malloc'd), or NULL */
    bool autosave_failed; /* said once already */
    bool *recorded;       /* per achievement: earned in this play and recorded */
    int watch_fd;         /* --watch: the story's files, or -1 */
    char **watched;       /* their names (the story is gone while a reload fails) */
    int nwatched;
    int last_shown;       /* what `again` repeats: 0 nothing, 1 the scene */
    bool question_shown;  /* a command at a question drew it again already */
} Play;

/* Output goes to the screen and, when on, the transcript. */
typedef void (*Draw)(const RenderOpts *o, const void *view);
void play_show(Play *p, Draw draw, const void *view); /* the transcript's o is plain */
/* Starts the transcript in file f (named name), or stops it (f NULL). A part
 * opens at the next scene drawn (see core/transcript.h). */
void transcript_set(Play *p, FILE *f, const char *name);
void play_text(Play *p, const char *text);
/* Flushes the transcript; when it cannot be written, says so once and turns it off. */
void transcript_flush(Play *p);
void play_hint(Play *p, const char *text);
void play_scene(Play *p);   /* the current scene (or question), as on entry */

/* Saves the play as it stands under name (SAVE_AUTOSAVE too). */
bool play_save(Play *p, const char *name, char *err, size_t errlen);

/* Asks a yes-or-no question until y, n or Enter (the default) is typed:
 * 1 yes, 0 no, -1 when input ends. */
int play_confirm(Play *p, const char *question, bool yes_by_default);

/* Asks for the play to be rebuilt from seed and path (NULL: the start),
 * saying `note` afterwards. */
void play_rebuild(Play *p, uint64_t seed, const char *path, const char *note);

/* Says "STORY: out of memory" and ends the play with EXIT_STORY_ERROR: for
 * what cannot go on, or be left out, without memory. */
void play_out_of_memory(Play *p);


/* Commands at a choice prompt (playcmd.c). play_command runs input if it is
 * a command (an exact command word, or one followed by a valid argument) and
 * returns true; otherwise false, and the input picks a choice. */
bool play_command(Play *p, const char *input);
/* The command words, NULL-terminated, for Tab completion. */
const char *const *play_command_words(void);

#endif
