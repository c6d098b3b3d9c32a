/* ttest.c - `rekindle test`: replays each part of a transcript (see
 * core/transcript.h) with its seed, width and answers, and compares what
 * the story shows now with what the transcript holds.
 *
 * The replay is the engine itself in a child process (the binary running,
 * --plain --seed S --width W [--replay P] --transcript /dev/fd/N STORY),
 * its answers on stdin. It records its own transcript into a pipe, so the
 * play is written by the same code that wrote the original, and the tools
 * never include the play loop. It keeps nothing (no data folder), as a
 * first play would. The diff is our own (tools/diff.c), not diffutils. */
#include "tools/ttest.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/disk.h"
#include "base/status.h"
#include "core/transcript.h"
#include "tools/diff.h"

#define TRANSCRIPT_MAX ((size_t)16 << 20) /* the largest transcript read */
#define DIFF_CONTEXT 3
#define DIFF_LINES 60 /* lines of diff shown for one part; the rest is counted */
#define SAID_LINES 20 /* lines of what a replay wrote on stderr shown */

typedef struct {
    const TtestOptions *o;
    int passed, failed;
} Tester;

/* What a replay gave. */
typedef struct {
    Buf log;    /* the transcript it recorded */
    Buf said;   /* what it wrote on stderr */
    int status; /* its exit status, or 128 + the signal that ended it */
} Replay;

/* ------------------------------------------------------------ replaying */

/* A pipe whose ends are numbered 10 or more, so that moving the child's
 * ends to 0 to 3 never overwrites another; both close on exec. */
static bool high_pipe(int fds[2])
{
    int low[2];
    if (pipe(low) != 0) return false;
    for (int i = 0; i < 2; i++) {
        fds[i] = fcntl(low[i], F_DUPFD_CLOEXEC, 10);
        close(low[i]);
    }
    if (fds[0] >= 0 && fds[1] >= 0) return true;
    if (fds[0] >= 0) close(fds[0]);
    if (fds[1] >= 0) close(fds[1]);
    return false;
}

/* In the child: stdin the answers, stdout nowhere, stderr and the
 * transcript's descriptor into the parent's pipes; then the engine. */
static void exec_engine(char **argv, int in, int said, int log)
{
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (dup2(in, STDIN_FILENO) < 0 || dup2(said, STDERR_FILENO) < 0 || null < 0 ||
        dup2(null, STDOUT_FILENO) < 0 || fcntl(log, F_SETFD, 0) != 0)
        _exit(127);
    unsetenv("REKINDLE_DATA"); /* nothing kept, nothing read: a first play */
    signal(SIGPIPE, SIG_DFL);
    execv(argv[0], argv);
    fprintf(stderr, "cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

/* Feeds the answers and gathers what comes back until the child has closed
 * both pipes; poll, so that neither side waits on a full pipe. */
static void exchange(int in, int log, int said, const char *answers, size_t len, Replay *r)
{
    struct pollfd pf[3] = {{in, POLLOUT, 0}, {log, POLLIN, 0}, {said, POLLIN, 0}};
    size_t sent = 0;
    (void)fcntl(in, F_SETFL, O_NONBLOCK);
    if (len == 0) {
        close(in);
        pf[0].fd = -1;
    }
    while (pf[1].fd >= 0 || pf[2].fd >= 0) {
        if (poll(pf, 3, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (pf[0].fd >= 0 && pf[0].revents) {
            ssize_t n = write(in, answers + sent, len - sent);
            if (n > 0) sent += (size_t)n;
            if (sent == len || (n < 0 && errno != EAGAIN && errno != EINTR)) { /* all given, or it stopped reading */
                close(in);
                pf[0].fd = -1;
            }
        }
        for (int i = 1; i < 3; i++) {
            if (pf[i].fd < 0 || !pf[i].revents) continue;
            char chunk[8192];
            ssize_t n = read(pf[i].fd, chunk, sizeof chunk);
            if (n > 0) buf_add(i == 1 ? &r->log : &r->said, chunk, (size_t)n);
            else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                close(pf[i].fd);
                pf[i].fd = -1;
            }
        }
    }
    if (pf[0].fd >= 0) close(pf[0].fd);
}

/* Plays the story with the part's header and answers; false (with why in
 * err) when no child could be started. */
static bool replay(const TtestOptions *o, const TranscriptHead *h, const char *story, const char *answers,
                   size_t len, Replay *r, char *err, size_t errlen)
{
    int in[2], log[2], said[2];
    char seed[32], width[16], time_limit[32], memory[32], logfile[32];
    memset(r, 0, sizeof *r);
    if (!high_pipe(in)) goto fail;
    if (!high_pipe(log)) {
        close(in[0]), close(in[1]);
        goto fail;
    }
    if (!high_pipe(said)) {
        close(in[0]), close(in[1]), close(log[0]), close(log[1]);
        goto fail;
    }
    snprintf(seed, sizeof seed, "%" PRIu64, h->seed);
    snprintf(width, sizeof width, "%d", h->width);
    snprintf(time_limit, sizeof time_limit, "%g", o->limits.time_limit);
    snprintf(memory, sizeof memory, "%zu", o->limits.memory_limit >> 20);
    snprintf(logfile, sizeof logfile, "/dev/fd/%d", log[1]);
    char *exe = disk_exe();
    if (exe && (access(exe, X_OK) != 0 || strstr(exe, " (deleted)"))) { /* the build replaced it meanwhile */
        free(exe);
        exe = NULL;
    }
    char *argv[] = {exe ? exe : "/proc/self/exe", "--plain", "--seed", seed, "--width", width, "--time-limit", time_limit,
                    "--memory-limit", memory, "--transcript", logfile, "--replay", (char *)h->replay, "--",
                    (char *)story, NULL};
    if (h->replay == NULL) memmove(&argv[12], &argv[14], 3 * sizeof *argv); /* no --replay */
    (void)fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) exec_engine(argv, in[0], said[1], log[1]);
    free(exe);
    close(in[0]), close(log[1]), close(said[1]);
    if (pid < 0) {
        close(in[1]), close(log[0]), close(said[0]);
        goto fail;
    }
    exchange(in[1], log[0], said[0], answers, len, r);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) continue;
    r->status = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 128;
    buf_add(&r->log, "", 0);
    buf_add(&r->said, "", 0);
    if (!r->log.failed && !r->said.failed) return true;
    snprintf(err, errlen, "out of memory");
    buf_free(&r->log);
    buf_free(&r->said);
    return false;
fail:
    snprintf(err, errlen, "cannot start a replay: %s", strerror(errno));
    return false;
}

/* ------------------------------------------------------------ comparing */

/* The lines of a part that are not comments, with their numbers in its
 * file; the lines point into the transcript. */
typedef struct {
    const char **lines;
    int *numbers;
    int n;
} Lines;

static void lines_free(Lines *l)
{
    free(l->lines);
    free(l->numbers);
}

static DiffSide side(const Lines *l) { return (DiffSide){(const char *const *)l->lines, l->numbers, l->n}; }

/* The part's recorded lines (not its comments), numbered as in the file. */
static bool recorded_lines(const Transcript *t, const TranscriptPart *p, Lines *l)
{
    int most = p->end - p->first + 1;
    l->lines = malloc(sizeof *l->lines * (size_t)most);
    l->numbers = malloc(sizeof *l->numbers * (size_t)most);
    l->n = 0;
    if (!l->lines || !l->numbers) return false;
    for (int i = p->first; i < p->end; i++) {
        if (transcript_is_comment(t->lines[i])) continue;
        l->lines[l->n] = t->lines[i];
        l->numbers[l->n++] = i + 1;
    }
    return true;
}

/* The story a part names, from the transcript's folder (malloc'd). */
static char *story_path(const char *file, const char *story)
{
    Buf b = {0};
    const char *slash = strrchr(file, '/');
    if (story[0] == '/') buf_puts(&b, story);
    else if (slash) buf_printf(&b, "%.*s/%s", (int)(slash - file), file, story);
    else buf_printf(&b, "./%s", story); /* never a bare word, which the engine would take for a command */
    return buf_take(&b);
}

/* What a replay played: its transcript's first part (none when the story
 * did not load). */
typedef struct {
    Transcript t;
    Lines lines;
    const char *ending;
} Played;

static bool read_played(const Replay *r, Played *pl)
{
    char err[256];
    memset(pl, 0, sizeof *pl);
    if (!transcript_parse(r->log.data, r->log.len, &pl->t, err, sizeof err)) return true; /* nothing recorded */
    pl->ending = pl->t.parts[0].ending;
    return recorded_lines(&pl->t, &pl->t.parts[0], &pl->lines);
}

static void played_free(Played *pl)
{
    lines_free(&pl->lines);
    transcript_free(&pl->t);
}

/* Whether two endings (or none) are the same. */
static bool same_ending(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

/* The first answer that moved the recorded play on and does not now: the
 * index of its line in was (else -1), and of what was said instead in now.
 * A taken answer leads to a new screen, which starts with an empty line; a
 * refused one is answered at once by a hint. */
static int refused_answer(const Lines *was, const Lines *now, int *said)
{
    const char *a;
    for (int i = 0, j = 0;; i++, j++) {
        while (i < was->n && !transcript_is_answer(was->lines[i], &a)) i++;
        while (j < now->n && !transcript_is_answer(now->lines[j], &a)) j++;
        if (i >= was->n || j >= now->n || strcmp(was->lines[i], now->lines[j]) != 0) return -1;
        bool taken = i + 1 >= was->n || was->lines[i + 1][0] == '\0';
        bool taken_now = j + 1 >= now->n || now->lines[j + 1][0] == '\0';
        if (taken && !taken_now) {
            *said = j + 1;
            return i;
        }
    }
}

/* Prints why a part failed, from how its replay ended, at line. */
static void verdict(const char *file, int line, const TranscriptPart *p, const Replay *r, const Lines *was,
                    const Played *now)
{
    int said = 0, refused = refused_answer(was, &now->lines, &said);
    printf("%s:%d: ", file, line);
    if (r->status == EXIT_STORY_ERROR) {
        printf("the story stopped with an error\n");
    } else if (refused >= 0) {
        const char *hint = now->lines.lines[said];
        while (*hint == ' ') hint++;
        printf("the answers no longer fit the story: '%s' on line %d is not taken now (\"%s\")%s\n",
               was->lines[refused], was->numbers[refused], hint,
               r->status == EXIT_INPUT_ENDED ? ", and the replay ran out of answers before an ending" : "");
    } else if (r->status == EXIT_INPUT_ENDED && p->ending)
        printf("the answers no longer fit the story: the recording reached the ending '%s', the replay ran out of "
               "answers before any ending\n", p->ending);
    else if (r->status == EXIT_DONE && !same_ending(p->ending, now->ending))
        printf("the play now %s%s%s, not %s%s%s; it differs from the recording from here\n",
               now->ending ? "reaches the ending '" : "stops", now->ending ? now->ending : " before an ending",
               now->ending ? "'" : "", p->ending ? "the ending '" : "stopping before an ending",
               p->ending ? p->ending : "", p->ending ? "'" : "");
    else if (r->status == EXIT_DONE || r->status == EXIT_INPUT_ENDED)
        printf("the play differs from the recording from here\n");
    else
        printf("the replay ended with status %d\n", r->status);
}

/* Prints what went wrong with a part: where, why, what the engine said and
 * the diff. */
static void report(const char *file, const TranscriptPart *p, const Replay *r, const Lines *was, const Played *now)
{
    DiffSide a = side(was), b = side(&now->lines);
    int first = diff_first(&a, &b);
    int line = first < 0 ? p->line : first < was->n ? was->numbers[first] : was->n ? was->numbers[was->n - 1] : p->line;
    verdict(file, line, p, r, was, now);
    printf("  replayed: %s, seed %" PRIu64 ", width %d%s%s\n", p->head.story, p->head.seed, p->head.width,
           p->head.replay ? ", after " : "", p->head.replay ? p->head.replay : "");
    int shown = 0;
    for (const char *s = r->said.data; s && *s; shown++) {
        const char *nl = strchr(s, '\n');
        int n = nl ? (int)(nl - s) : (int)strlen(s);
        if (shown == SAID_LINES) {
            printf("  (and more)\n");
            break;
        }
        printf("  it said: %.*s\n", n, s);
        s += n + (nl != NULL);
    }
    if (first >= 0) {
        printf("--- %s (recorded)\n+++ %s (played now)\n", file, file);
        if (!diff_print(stdout, &a, &b, DIFF_CONTEXT, DIFF_LINES)) printf("(out of memory for the diff)\n");
    }
    putchar('\n');
}

/* Replays one part. True when it passed; when it did not and --accept may
 * take the play as it is now, *accepted gets its lines (malloc'd text). */
static bool test_part(Tester *t, const char *file, const Transcript *tr, const TranscriptPart *p, char **accepted)
{
    char err[512];
    *accepted = NULL;
    char *story = story_path(file, p->head.story);
    Buf answers = {0};
    for (int i = p->first; i < p->end; i++) {
        const char *a;
        if (transcript_is_answer(tr->lines[i], &a)) buf_printf(&answers, "%s\n", a);
    }
    char *text = buf_take(&answers);
    bool passed = false;
    Replay r;
    Lines was = {0};
    if (story == NULL || text == NULL) {
        printf("%s:%d: out of memory\n", file, p->line);
    } else if (!disk_is_file(story) && !disk_is_dir(story)) {
        printf("%s:%d: the story %s is not there (looked for %s)\n", file, p->line, p->head.story, story);
    } else if (!replay(t->o, &p->head, story, text, strlen(text), &r, err, sizeof err)) {
        printf("%s:%d: %s\n", file, p->line, err);
    } else {
        Played now = {0};
        if (!recorded_lines(tr, p, &was) || !read_played(&r, &now)) {
            printf("%s:%d: out of memory\n", file, p->line);
        } else {
            DiffSide a = side(&was), b = side(&now.lines);
            bool ended = r.status == EXIT_DONE || (r.status == EXIT_INPUT_ENDED && !p->ending);
            passed = ended && diff_first(&a, &b) < 0 && same_ending(p->ending, now.ending);
            if (!passed) report(file, p, &r, &was, &now);
            int said;
            bool fits = ended && refused_answer(&was, &now.lines, &said) < 0;
            if (!passed && t->o->accept && fits) {
                Buf out = {0};
                for (int i = 0; i < now.lines.n; i++) buf_printf(&out, "%s\n", now.lines.lines[i]);
                char *end = now.ending ? transcript_ending(now.ending) : NULL;
                if (end) buf_printf(&out, "%s\n", end);
                free(end);
                *accepted = buf_take(&out);
            } else if (!passed && t->o->accept) {
                printf("  not accepted: its answers no longer fit the story (record this play again)\n");
            }
        }
        played_free(&now);
        buf_free(&r.log);
        buf_free(&r.said);
    }
    lines_free(&was);
    free(story);
    free(text);
    return passed;
}

/* Writes the transcript again with the accepted parts' new lines in place
 * of their old ones; headers and comments before a part are kept. */
static bool rewrite(const char *file, const Transcript *tr, char **accepted)
{
    char err[512];
    Buf b = {0};
    int part = 0;
    for (int i = 0; i < tr->nlines; i++) {
        while (part < tr->nparts && i >= tr->parts[part].end) part++;
        const TranscriptPart *p = part < tr->nparts ? &tr->parts[part] : NULL;
        if (p && accepted[part] && i >= p->first) {
            if (i == p->first) buf_puts(&b, accepted[part]);
            continue;
        }
        buf_printf(&b, "%s\n", tr->lines[i]);
    }
    char *text = buf_take(&b);
    bool ok = text && disk_write(file, text, strlen(text), err, sizeof err);
    if (!ok) printf("%s: not rewritten: %s\n", file, text ? err : "out of memory");
    free(text);
    return ok;
}

static void test_file(Tester *t, const char *file)
{
    char err[1024];
    size_t len;
    char *text = disk_read(file, TRANSCRIPT_MAX, &len, err, sizeof err);
    Transcript tr;
    if (text == NULL) {
        printf("%s\n", err);
        t->failed++;
        return;
    }
    if (!transcript_parse(text, len, &tr, err, sizeof err)) {
        printf("%s:%s\n", file, err);
        free(text);
        t->failed++;
        return;
    }
    free(text);
    char **accepted = calloc((size_t)tr.nparts, sizeof *accepted);
    int failed = 0, taken = 0;
    for (int i = 0; i < tr.nparts; i++) {
        char *now = NULL;
        if (test_part(t, file, &tr, &tr.parts[i], &now)) continue;
        if (now && accepted) accepted[i] = now, taken++;
        else failed++, free(now);
    }
    if (taken > 0 && rewrite(file, &tr, accepted))
        printf("%s: accepted: it holds the play as it is now\n", file);
    else if (taken > 0) failed++;
    if (failed) t->failed++;
    else t->passed++;
    for (int i = 0; accepted && i < tr.nparts; i++) free(accepted[i]);
    free(accepted);
    transcript_free(&tr);
}

/* ------------------------------------------------------------- the run */

/* A folder: its transcripts, then its folders', in name order. */
static void test_folder(Tester *t, const char *dir, int *found)
{
    char **files = disk_list(dir, TRANSCRIPT_EXT), **dirs = disk_list_folders(dir);
    size_t n = strlen(dir);
    const char *sep = n > 0 && dir[n - 1] == '/' ? "" : "/";
    for (char **f = files; f && *f; f++) {
        Buf b = {0};
        buf_printf(&b, "%s%s%s", dir, sep, *f);
        char *path = buf_take(&b);
        if (path) test_file(t, path), (*found)++;
        free(path);
    }
    for (char **d = dirs; d && *d; d++) {
        Buf b = {0};
        buf_printf(&b, "%s%s%s", dir, sep, *d);
        char *path = buf_take(&b);
        if (path) test_folder(t, path, found);
        free(path);
    }
    disk_free_list(files);
    disk_free_list(dirs);
}

int ttest_run(const TtestOptions *o)
{
    Tester t = {.o = o}; /* SIGPIPE is ignored (main): a replay that stops reading its answers does not end us */
    for (int i = 0; i < o->npaths; i++) {
        const char *path = o->paths[i];
        if (disk_is_dir(path)) {
            int found = 0;
            test_folder(&t, path, &found);
            if (found == 0) {
                printf("%s: no transcripts in it (files ending in %s)\n", path, TRANSCRIPT_EXT);
                t.failed++;
            }
        } else if (disk_is_file(path)) {
            test_file(&t, path);
        } else {
            printf("%s: no such transcript or folder\n", path);
            t.failed++;
        }
    }
    printf("%d passed, %d failed\n", t.passed, t.failed);
    return t.failed ? EXIT_STORY_ERROR : EXIT_DONE;
}
