/* load.h - a story file into a fresh sandbox, and its problems reported:
 * what the play loop and every tool share. */
#ifndef REKINDLE_LOAD_H
#define REKINDLE_LOAD_H

#include <stddef.h>
#include <stdint.h>

#include "core/sandbox.h"
#include "core/story.h"

/* A story in several files lives in a folder, its first file named so. */
#define LOAD_FOLDER_STORY "story.lua"

/* The file to load for path: a folder's story.lua, or path itself;
 * malloc'd (NULL when out of memory). */
char *load_story_file(const char *path);

/* Loads a story (and the files it includes) into a fresh sandbox; path may
 * be the story's folder. Returns
 * NULL on failure, with the problems as "FILE:LINE: message" lines in err
 * (not yet sanitized). The story's functions stay callable until
 * load_close; its source is in Story.texts. */
Story *load_open(const char *path, const SandboxLimits *limits, char *err, size_t errlen);

/* A content hash of a story: every file of it (saves record it). */
uint64_t load_hash(const Story *s);

/* Closes the sandbox, then frees the story. */
void load_close(Story *s);

/* Prints a message to stderr made safe for the terminal; with `label`
 * ("error"), inserts it after each line's "FILE:LINE: ". */
void load_report(const char *msg, const char *label);

#endif
