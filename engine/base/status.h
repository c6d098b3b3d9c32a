/* status.h - the exit statuses: the command line's contract, the same for
 * playing and for every tool. */
#ifndef REKINDLE_STATUS_H
#define REKINDLE_STATUS_H

enum {
    EXIT_DONE = 0,         /* an ending was reached, or the player quit; a tool found nothing wrong */
    EXIT_STORY_ERROR = 1,  /* the story failed to load or to run, or memory ran out; a tool found problems */
    EXIT_USAGE = 2,        /* a bad command line */
    EXIT_INPUT_ENDED = 3,  /* scripted input ran out before an ending */
    EXIT_OUTPUT = 4,       /* what the command printed could not be written (a full disk, a closed pipe) */
    EXIT_INTERRUPTED = 130,
};

#endif
