/* transcript.h - a transcript as a test: the plain-text log of a play (what
 * was shown and what was typed) in parts, each opened by a header that says
 * how to play it again. The play loop writes it; `rekindle test` reads it,
 * replays it and compares. Text only, no I/O.
 *
 *   # rekindle transcript: `rekindle test FILE` replays it
 *   # story: ../stories/the-letter.lua   (from the transcript's folder)
 *   # seed: 1
 *   # width: 80
 *   # replay: a,b    (only when the part starts in the middle of a play)
 *     ...the text shown, as --plain shows it...
 *   > 3              (what was typed: "> " and the answer; ">" for Enter)
 *     ...
 *   # ending: slipway   (when the play reached an ending: the part ends there)
 *
 * A file may hold several parts, one after another (--transcript appends).
 * Any other line starting with '#' is a comment. What a play shows never
 * starts with '#' or '>': its text is indented. */
#ifndef REKINDLE_TRANSCRIPT_H
#define REKINDLE_TRANSCRIPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TRANSCRIPT_MAGIC "# rekindle transcript"
#define TRANSCRIPT_EXT ".transcript" /* what `rekindle test DIR` looks for */

typedef struct {
    const char *story;  /* as written: a relative path starts at the transcript's folder */
    uint64_t seed;
    int width;
    const char *replay; /* the answers before the part began, as --replay takes them, or NULL */
} TranscriptHead;

/* The header of a part, each line ending in '\n' (malloc'd; NULL when out
 * of memory). */
char *transcript_head(const TranscriptHead *h);

/* The line a typed answer is kept as (malloc'd): "> answer", or ">" for an
 * empty one. */
char *transcript_answer(const char *answer);

/* The line that ends a part at an ending (malloc'd): "# ending: NAME". */
char *transcript_ending(const char *name);

/* Whether a line is a kept answer; *answer then points at what was typed. */
bool transcript_is_answer(const char *line, const char **answer);

/* Whether a line is the header's or a comment. */
bool transcript_is_comment(const char *line);

typedef struct {
    int line;            /* its magic line, counted from 1 */
    TranscriptHead head; /* pointing into the Transcript's text */
    const char *ending;  /* the ending it reached, or NULL */
    int first, end;      /* its body: lines[first] to lines[end - 1], header excluded */
} TranscriptPart;

typedef struct {
    char *text;          /* the file's text, cut into lines */
    char **lines;        /* without their '\n'; lines[i] is line i + 1 */
    int nlines;
    TranscriptPart *parts;
    int nparts;
} Transcript;

/* Parses a transcript's text (copied). False with "LINE: why" in err when
 * it is not one: no part, a header without a story or seed, a bad value.
 * Lines before the first part must be comments. */
bool transcript_parse(const char *text, size_t len, Transcript *t, char *err, size_t errlen);
void transcript_free(Transcript *t);

#endif
