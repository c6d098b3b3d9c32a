/* play.h - playing a story in the terminal: loads it into the sandbox, runs
 * the playthrough, draws it and reads the player's answers. */
#ifndef REKINDLE_PLAY_H
#define REKINDLE_PLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "core/sandbox.h"
#include "core/story.h"

/* Exit statuses: the command line's contract. */
enum {
    EXIT_DONE = 0,         /* an ending was reached, or the player quit */
    EXIT_STORY_ERROR = 1,  /* the story failed to load or to run */
    EXIT_USAGE = 2,        /* a bad command line */
    EXIT_INPUT_ENDED = 3,  /* scripted input ran out before an ending */
    EXIT_INTERRUPTED = 130,
};

typedef struct {
    const char *path;      /* the story file */
    uint64_t seed;
    bool seed_given;       /* --seed: replays exactly; else a fresh seed each play */
    int width;             /* --width, or 0 to follow the terminal */
    const char *replay;    /* --replay: a path to replay before playing on, or NULL */
    bool color;
    bool plain;            /* --plain or TERM=dumb: no styles, glyphs or echo */
    const char *transcript; /* --transcript FILE, or NULL */
    SandboxLimits limits;
} PlayOptions;

/* Plays the story; returns an exit status. */
int play(const PlayOptions *o);

/* Loads a story into a fresh sandbox. Returns NULL on failure, with the
 * problems as "FILE:LINE: message" lines in err (not yet sanitized). The
 * story's functions stay callable until play_unload. If text is not NULL it
 * receives the source (malloc'd, length in *len). */
Story *play_load(const char *path, const SandboxLimits *limits, char *err, size_t errlen, char **text, size_t *len);

/* Prints a message to stderr made safe for the terminal; with `label`
 * ("error"), inserts it after each line's "FILE:LINE: ". */
void play_report(const char *msg, const char *label);
void play_unload(Story *s);

#endif
