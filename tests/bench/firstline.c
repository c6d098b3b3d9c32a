/* firstline.c - the bench's stopwatch: runs a command with stdin at end of
 * file and prints, on one line, the seconds from starting it to the first
 * line of its output that holds TEXT, the peak memory (KiB) of the process
 * until then and the CPU time (user and system, seconds) it used; then ends
 * it. Exit 1 when the text never came.
 *
 *   firstline TEXT COMMAND [ARGS...]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: firstline TEXT COMMAND [ARGS...]\n");
        return 2;
    }
    int fds[2];
    if (pipe(fds) != 0) return 2;
    double start = now();
    pid_t pid = fork();
    if (pid < 0) return 2;
    if (pid == 0) {
        int null = open("/dev/null", O_RDONLY);
        dup2(null, STDIN_FILENO);
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    close(fds[1]);
    static char seen[1 << 16];
    size_t len = 0;
    double at = -1;
    for (;;) {
        ssize_t n = read(fds[0], seen + len, sizeof seen - 1 - len);
        if (n <= 0) break;
        len += (size_t)n;
        seen[len] = '\0';
        char *hit = strstr(seen, argv[1]);
        if (hit && strchr(hit, '\n')) {
            at = now() - start;
            break;
        }
        if (len == sizeof seen - 1) len = 0; /* a long preamble: look in what comes next */
    }
    kill(pid, SIGKILL);
    int status;
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    if (at < 0) return 1;
    double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
                 (double)ru.ru_stime.tv_usec / 1e6;
    printf("%.6f %ld %.6f\n", at, ru.ru_maxrss, cpu);
    return 0;
}
