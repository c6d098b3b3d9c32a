/* menu.h - the title menu: `rekindle` alone, on a terminal. */
#ifndef REKINDLE_MENU_H
#define REKINDLE_MENU_H

#include "play/play.h"

/* Shows the bundled stories (title, blurb, endings found, a play to
 * continue) and plays the one picked, until the player leaves. `o` is the
 * template for each play (its path is filled in). Returns an exit status. */
int menu_run(PlayOptions *o);

#endif
