/* term.c - readline behind four small functions, with a plain fallback
 * when stdin is not a terminal. */
#include "play/term.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "base/text.h"

/* Set by term_init, read by the SIGINT handler: the only globals here. */
static volatile sig_atomic_t styles_on;
static volatile sig_atomic_t reading;     /* readline is waiting for the player */
static volatile sig_atomic_t interrupted; /* Ctrl-C came while it was */
static struct termios key_saved;          /* the modes term_read_key changed, */
static volatile sig_atomic_t key_raw;     /* while they are changed */
static bool left_by_interrupt;            /* the last term_read ended with Ctrl-C on an empty line */
static int wake_fd = -1;                  /* a descriptor that, readable, ends a read (files changed) */
static bool woken;                        /* the last term_read ended so */
static bool out_of_memory;                /* the last term_read ended so */
static const char *const *completion_words;
static bool echo_answers = true; /* scripted input: show each answer after its prompt */

/* Ctrl-C. While readline waits for the player, only noted: the read it
 * interrupts decides (term_getc). Anywhere else (story code running, text
 * being written, a "more" pause reading a key raw), put back the terminal's
 * modes, reset styles and leave with the conventional status. */
static void on_interrupt(int sig)
{
    (void)sig;
    if (reading) {
        interrupted = 1;
        return;
    }
    if (key_raw) tcsetattr(STDIN_FILENO, TCSANOW, &key_saved); /* async-signal-safe */
    static const char reset[] = "\033[0m\n";
    ssize_t w = styles_on ? write(STDOUT_FILENO, reset, sizeof reset - 1) : write(STDOUT_FILENO, "\n", 1);
    (void)w;
    _exit(130);
}

/* Completion: the whole line is one word, matched case-insensitively
 * against commands and choice labels. */
static char *complete_next(const char *text, int state)
{
    static int i;
    if (state == 0) i = 0;
    const char *typed = text_skip_quotes(text); /* 'friends' completes "'Friends suits me.'" */
    size_t len = strlen(typed);
    while (completion_words && completion_words[i]) {
        const char *w = completion_words[i++];
        if (strncasecmp(text_skip_quotes(w), typed, len) == 0) return strdup(w);
    }
    return NULL;
}

static char **complete(const char *text, int start, int end)
{
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1; /* never fall back to file names */
    return rl_completion_matches(text, complete_next);
}

/* readline's reading of a key. After Ctrl-C, a line being typed is
 * cleared, as in a shell; on an empty line, the reading ends as if Enter
 * were pressed, and term_interrupted says why. */
static int term_getc(FILE *in)
{
    for (;;) {
        unsigned char c;
        struct pollfd fds[2] = {{fileno(in), POLLIN, 0}, {wake_fd, POLLIN, 0}};
        if (wake_fd >= 0 && poll(fds, 2, -1) > 0 && (fds[1].revents & POLLIN) && !(fds[0].revents & POLLIN)) {
            woken = true; /* what was typed so far goes: the screen is about to change */
            rl_replace_line("", 0);
            return '\n';
        }
        ssize_t n = read(fileno(in), &c, 1);
        if (n == 1) return c;
        if (n == 0 || errno != EINTR) return EOF;
        if (!interrupted) continue; /* another signal (a resize) */
        interrupted = 0;
        if (rl_end == 0) {
            left_by_interrupt = true;
            return '\n';
        }
        rl_replace_line("", 0);
        rl_redisplay();
    }
}

void term_init(bool color, bool plain)
{
    styles_on = color;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    rl_readline_name = "rekindle";
    rl_catch_signals = 0; /* Ctrl-C comes to on_interrupt, never to readline */
    rl_getc_function = term_getc;
    rl_attempted_completion_function = complete;
    rl_completer_word_break_characters = "";
    rl_basic_word_break_characters = "";
    rl_completion_append_character = '\0';
    /* Readline exits the process when it runs out of memory, and reads its
     * terminal settings and inputrc: set it up only when it reads (from a
     * terminal). */
    if (plain && term_input_is_tty()) { /* no escape sequences at all, not even readline's own */
        rl_initialize();
        rl_variable_bind("enable-bracketed-paste", "off");
    }
}

void term_history_add(const char *line)
{
    if (line[0]) add_history(line);
}

char *term_history_text(int max)
{
    HIST_ENTRY **list = history_list();
    int n = 0;
    while (list && list[n]) n++;
    size_t size = 1;
    for (int i = n > max ? n - max : 0; i < n; i++) size += strlen(list[i]->line) + 1;
    char *text = malloc(size), *at = text;
    for (int i = n > max ? n - max : 0; text && i < n; i++) at += sprintf(at, "%s\n", list[i]->line);
    if (text) *at = '\0';
    return text;
}

int term_yes_no(const char *answer, bool yes_by_default)
{
    while (*answer == ' ' || *answer == '\t') answer++;
    size_t n = strlen(answer);
    while (n > 0 && (answer[n - 1] == ' ' || answer[n - 1] == '\t')) n--;
    if (n == 0) return yes_by_default;
    if ((n == 1 || n == 3) && strncasecmp(answer, "yes", n) == 0) return 1;
    if ((n == 1 || n == 2) && strncasecmp(answer, "no", n) == 0) return 0;
    return -1;
}

int term_read_key(void)
{
    (void)fflush(stdout);
    struct termios saved, raw;
    if (tcgetattr(STDIN_FILENO, &saved) != 0) return EOF;
    raw = saved;
    raw.c_lflag &= (tcflag_t) ~(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    key_saved = saved; /* first: Ctrl-C from now on puts the modes back */
    key_raw = 1;
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    unsigned char c;
    ssize_t n;
    do n = read(STDIN_FILENO, &c, 1);
    while (n < 0 && errno == EINTR);
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    key_raw = 0;
    return n == 1 ? c : EOF;
}

void term_keep_key(int c)
{
    rl_stuff_char(c); /* the next readline reads it first */
}

void term_set_wake(int fd)
{
    wake_fd = fd;
}

bool term_woken(void)
{
    return woken;
}

bool term_interrupted(void)
{
    return left_by_interrupt;
}

bool term_out_of_memory(void)
{
    return out_of_memory;
}

bool term_input_is_tty(void)
{
    return isatty(STDIN_FILENO);
}

bool term_output_is_tty(void)
{
    return isatty(STDOUT_FILENO);
}

void term_set_echo(bool on)
{
    echo_answers = on;
}

int term_rows(void)
{
    struct winsize ws;
    if (!isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0) return 0;
    return ws.ws_row;
}

int term_columns(void)
{
    struct winsize ws;
    if (!isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0) return 0;
    return ws.ws_col;
}

static int output_errno;

bool term_output_lost(void)
{
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout)) return false;
    if (output_errno == 0) output_errno = errno ? errno : EIO;
    return true;
}

int term_output_errno(void)
{
    return output_errno;
}

char *term_read(const char *prompt, const char *const *words, bool remember)
{
    /* The prompt shows. When the output is gone (a closed pipe, a full
     * disk), no question is asked without its screen: the input ends here,
     * and the error stays on the stream for the caller and main. */
    if (term_output_lost()) return NULL;
    left_by_interrupt = woken = out_of_memory = false;
    if (term_input_is_tty()) {
        completion_words = words;
        reading = 1;
        char *line = readline(prompt);
        reading = 0;
        completion_words = NULL;
        if (left_by_interrupt || woken) {
            free(line);
            if (left_by_interrupt) fputc('\n', stdout);
            return NULL;
        }
        if (line && remember) term_history_add(line);
        return line;
    }
    char *line = NULL;
    size_t cap = 0;
    errno = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        out_of_memory = errno == ENOMEM;
        free(line);
        return NULL;
    }
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
    /* Echo what a terminal would have shown, made safe to print: no C0,
     * C1 (UTF-8 encoded, as U+0080..U+009F) or DEL, invalid bytes as U+FFFD. */
    if (echo_answers) {
        char *safe = text_sanitize(line, strlen(line)); /* the line as the caller sees it */
        if (safe == NULL) {
            free(line);
            out_of_memory = true;
            return NULL;
        }
        printf("%s%s\n", prompt, safe);
        free(safe);
    }
    return line;
}
