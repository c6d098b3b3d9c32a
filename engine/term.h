/* term.h - the terminal: readline (prompt, history, Tab completion) when
 * stdin is a terminal, plain line reading otherwise; width; Ctrl-C. Knows
 * nothing of stories. */
#ifndef REKINDLE_TERM_H
#define REKINDLE_TERM_H

#include <stdbool.h>

/* Sets up signals and readline. `color` says whether styles were in use, so
 * Ctrl-C can reset them before leaving. */
void term_init(bool color);

/* True when stdin / stdout is a terminal. */
bool term_input_is_tty(void);
bool term_output_is_tty(void);

/* Columns of the output terminal now (it follows resizes), or 0 when stdout
 * is not a terminal. */
int term_columns(void);

/* Reads one line after printing prompt. On a terminal: readline with Tab
 * completion over `words` (NULL-terminated, may be NULL) and history when
 * `remember` is set. Otherwise a plain line, echoed after the prompt so a
 * scripted play reads like a played one. Returns a malloc'd line without its
 * newline, or NULL at the end of input. */
char *term_read(const char *prompt, const char *const *words, bool remember);

#endif
