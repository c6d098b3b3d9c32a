/* play.h - playing a story in the terminal: loads it into the sandbox, runs
 * the playthrough, draws it and reads the player's answers. */
#ifndef REKINDLE_PLAY_H
#define REKINDLE_PLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "base/status.h"
#include "core/sandbox.h"

typedef struct {
    const char *path;      /* the story file */
    uint64_t seed;
    bool seed_given;       /* --seed: replays exactly; else a fresh seed each play */
    int width;             /* --width, or 0 to follow the terminal */
    const char *replay;    /* --replay: a path to replay before playing on, or NULL */
    bool color;
    bool plain;            /* --plain or TERM=dumb: no styles, glyphs or echo */
    const char *transcript; /* --transcript FILE, or NULL */
    bool from_menu;        /* chosen in the menu, which the player goes back to */
    bool watch;            /* --watch: reload the story when its files change, and play on from there */
    bool dev;              /* --dev: the developer console's commands (:goto, :set, :eval...) */
    const char *from;      /* --from SCENE: start there (a jump, as :goto makes) */
    bool wants_menu;       /* set by play: the player asked for the menu */
    SandboxLimits limits;
} PlayOptions;

/* Plays the story; returns an exit status. */
int play(PlayOptions *o);

#endif
