/* test_disk.c - unit tests for engine/base/disk.c: atomic writes and the
 * sweeping of the temporaries a killed write leaves ("NAME.tmpPID"), which
 * removes those of processes that are gone and old ones, and never a live
 * process's nor a file that only looks like one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/disk.h"

static char dir[64]; /* /tmp/rekindle-disk-XXXXXX */

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/rekindle-disk-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    (void)state;
    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Writes dir/name; when age is not 0, dates it that many seconds back. */
static void put(const char *name, long age)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("partial\n", f);
    assert_int_equal(fclose(f), 0);
    if (age) {
        struct timeval t[2];
        gettimeofday(&t[0], NULL);
        t[0].tv_sec -= age;
        t[1] = t[0];
        assert_int_equal(utimes(path, t), 0);
    }
}

static bool there(const char *name)
{
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return disk_is_file(path);
}

/* The PID of a process that has ended (and been reaped). */
static long gone_pid(void)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) _exit(0);
    assert_int_equal(waitpid(pid, NULL, 0), pid);
    return (long)pid;
}

static void test_sweep_removes_only_stale_temporaries(void **state)
{
    (void)state;
    char name[64];
    long gone = gone_pid(), live = (long)getppid(), self = (long)getpid();
    snprintf(name, sizeof name, "a.save.tmp%ld", gone);
    put(name, 0); /* its writer is gone: removed */
    snprintf(name, sizeof name, "b.save.tmp%ld", live);
    put(name, 0); /* a live process writing now: kept */
    snprintf(name, sizeof name, "c.save.tmp%ld", live);
    put(name, DISK_STALE_SECONDS + 60); /* too old to be a write in progress: removed */
    snprintf(name, sizeof name, "d.save.tmp%ld", self);
    put(name, 0); /* this process's own: kept */
    put("e.save.tmp", 0);           /* no PID */
    put("f.save.tmp0123", 0);       /* not how a PID is written */
    put("g.save.tmp12x", 0);        /* not digits */
    put("h.save.tmp99999999999", 0); /* no such PID */
    put(".tmp5", 0);                /* no name before it */
    put("i.save", 0);
    assert_int_equal(disk_remove_stale_temporaries(dir), 2);
    snprintf(name, sizeof name, "a.save.tmp%ld", gone);
    assert_false(there(name));
    snprintf(name, sizeof name, "b.save.tmp%ld", live);
    assert_true(there(name));
    snprintf(name, sizeof name, "c.save.tmp%ld", live);
    assert_false(there(name));
    snprintf(name, sizeof name, "d.save.tmp%ld", self);
    assert_true(there(name));
    const char *kept[] = {"e.save.tmp", "f.save.tmp0123", "g.save.tmp12x", "h.save.tmp99999999999", ".tmp5", "i.save"};
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
        if (!there(kept[i])) fail_msg("%s was removed", kept[i]);
    }
    /* a folder that cannot be read: nothing to do */
    assert_int_equal(disk_remove_stale_temporaries("/nonexistent/rekindle"), 0);
}

/* A temporary that is a folder, not a file, is left alone. */
static void test_sweep_leaves_folders(void **state)
{
    (void)state;
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/x.save.tmp%ld", dir, gone_pid());
    assert_int_equal(mkdir(path, 0755), 0);
    assert_int_equal(disk_remove_stale_temporaries(dir), 0);
    assert_true(disk_is_dir(path));
}

/* A write leaves no temporary beside the file it replaces. */
static void test_write_leaves_no_temporary(void **state)
{
    (void)state;
    char path[PATH_MAX], err[512], tmp[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/w.save", dir);
    assert_true(disk_write(path, "one\n", 4, err, sizeof err));
    assert_true(disk_write(path, "two\n", 4, err, sizeof err));
    size_t len;
    char *text = disk_read(path, 100, &len, err, sizeof err);
    assert_non_null(text);
    assert_string_equal(text, "two\n");
    free(text);
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    assert_false(disk_is_file(tmp));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_sweep_removes_only_stale_temporaries, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(test_sweep_leaves_folders, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(test_write_leaves_no_temporary, make_dir, remove_dir),
    };
    return cmocka_run_group_tests_name("disk", tests, NULL, NULL);
}
