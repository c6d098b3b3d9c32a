/* term.h - the terminal: readline (prompt, history, Tab completion) when
 * stdin is a terminal, plain line reading otherwise; width; Ctrl-C. Knows
 * nothing of stories. */
#ifndef REKINDLE_TERM_H
#define REKINDLE_TERM_H

#include <stdbool.h>

/* Sets up signals and readline. `color` says whether styles were in use, so
 * Ctrl-C can reset them before leaving; `plain` keeps readline from sending
 * escape sequences of its own. */
void term_init(bool color, bool plain);

/* True when stdin / stdout is a terminal. */
bool term_input_is_tty(void);
bool term_output_is_tty(void);

/* Columns of the output terminal now (it follows resizes), or 0 when stdout
 * is not a terminal. */
int term_columns(void);
/* Rows of the output terminal now, or 0 when stdout is not a terminal. */
int term_rows(void);

/* Whether answers read from a non-terminal are echoed after their prompt
 * (on by default; off for --plain, so nothing is read twice). */
void term_set_echo(bool on);

/* Reads one line after printing prompt. On a terminal: readline with Tab
 * completion over `words` (NULL-terminated, may be NULL) and history when
 * `remember` is set. Otherwise a plain line, echoed after the prompt so a
 * scripted play reads like a played one. Returns a malloc'd line without its
 * newline, or NULL at the end of input, or when stdout can no longer be
 * written (ferror(stdout) then says so). */
char *term_read(const char *prompt, const char *const *words, bool remember);

/* True when stdout can no longer be written (a closed pipe, a full disk):
 * a play then stops, as nothing more can be shown. term_output_errno says
 * why (the first failure's errno), or 0 while all is well. */
bool term_output_lost(void);
int term_output_errno(void);

/* Reads one key press, unechoed (for a pager); EOF at the end of input. */
int term_read_key(void);
/* Gives a key back: the next term_read on a terminal reads it first. */
void term_keep_key(int c);

/* The answers remembered for the Up arrow: one added (as from a file of
 * past plays), and the last max of them, a line each, malloc'd. */
void term_history_add(const char *line);
char *term_history_text(int max);

/* An answer to a yes-or-no question: 1 for y or yes, 0 for n or no (any
 * case), the default for nothing, -1 for anything else (ask again). */
int term_yes_no(const char *answer, bool yes_by_default);

/* A descriptor that ends a read on a terminal when it becomes readable
 * (-1: none): term_read then returns NULL and term_woken says why. */
void term_set_wake(int fd);
bool term_woken(void);

/* Whether the last term_read returned NULL for Ctrl-C on an empty line
 * (not for the end of input). Ctrl-C on a line being typed clears it. */
bool term_interrupted(void);

/* Whether the last term_read returned NULL because memory ran out while it
 * read or echoed the line (not for the end of input). */
bool term_out_of_memory(void);

#endif
