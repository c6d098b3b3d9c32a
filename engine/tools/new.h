/* new.h - `rekindle new NAME`: a new folder holding a small story that
 * works, to start from, with what an editor and luacheck need beside it. */
#ifndef REKINDLE_NEW_H
#define REKINDLE_NEW_H

/* Takes the arguments from "new" on; returns the exit status. */
int new_story(int argc, char **argv);

#endif
