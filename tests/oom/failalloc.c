/* failalloc.c - a test-only allocator that fails the k-th allocation.
 *
 * Built as BUILD/failalloc.so by `make oom` and `make test`, never linked
 * into rekindle: it takes effect only when preloaded,
 *
 *   LD_PRELOAD=build/failalloc.so REKINDLE_FAIL_ALLOC=K rekindle ...
 *
 * so the shipped binary has no such mode. Preloading (rather than wrapping
 * the engine's calls at link time) is the honest choice: it fails every
 * allocation of the process after start-up, the engine's own (malloc,
 * calloc, realloc, strdup, asprintf...), the one the sandbox gives Lua (it
 * calls realloc), and those made inside the C library for the engine
 * (getline, open_memstream, stdio buffers), readline and utf8proc.
 *
 * REKINDLE_FAIL_ALLOC:
 *   K    the K-th allocation (from 1) fails, every other one succeeds
 *   K+   the K-th and every later one fail (memory that stays exhausted)
 *   0    none fails: only count
 * REKINDLE_FAIL_ALLOC_COUNT=FILE: at exit, write the number of allocations
 * made to FILE (how many runs a full loop needs).
 * REKINDLE_FAIL_ALLOC_TRAP=1: raise SIGTRAP where the K-th fails, so that a
 * debugger shows who asked (gdb -ex run -ex bt).
 *
 * Counting starts when this library is initialised, before main; only
 * calls that ask for memory count (realloc(p, 0) frees). It interposes
 * malloc in front of the C library's, or of AddressSanitizer's when that
 * runtime is a shared library (gcc's): a runtime linked into the program
 * (clang's default) comes first and this library is then never called: the
 * count it writes is then 0, which the tests take as "not in effect". */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void (*real_free)(void *);
static int (*real_posix_memalign)(void **, size_t, size_t);
static void *(*real_aligned_alloc)(size_t, size_t);
static void *(*real_memalign)(size_t, size_t);

static unsigned long count;      /* allocations asked for so far */
static unsigned long fail_at;    /* 0: none fails */
static bool fail_after;          /* every one from fail_at on fails */
static bool trap;                /* raise SIGTRAP at the first failure */
static bool counting;            /* set once initialised */
static bool resolving;           /* dlsym is running: it may allocate */

/* While dlsym looks the real functions up it may ask for memory itself
 * (calloc for its error buffer): that comes from here, and is never freed
 * to the real allocator. */
static _Alignas(16) char boot[4096];
static size_t boot_used;

static void *boot_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (boot_used + n > sizeof boot) return NULL;
    void *p = boot + boot_used;
    boot_used += n;
    return p;
}

static bool from_boot(const void *p)
{
    return (const char *)p >= boot && (const char *)p < boot + sizeof boot;
}

static void resolve(void)
{
    if (real_malloc || resolving) return;
    resolving = true;
    real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
    real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
    real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
    real_posix_memalign = (int (*)(void **, size_t, size_t))dlsym(RTLD_NEXT, "posix_memalign");
    real_aligned_alloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "aligned_alloc");
    real_memalign = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "memalign");
    real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
    resolving = false;
}

/* True when this allocation is to fail. */
static bool refuse(void)
{
    if (!counting) return false;
    count++;
    if (fail_at == 0 || count < fail_at) return false;
    if (count == fail_at || fail_after) {
        if (trap && count == fail_at) raise(SIGTRAP);
        errno = ENOMEM;
        return true;
    }
    return false;
}

void *malloc(size_t n)
{
    if (!real_malloc) {
        if (resolving) return boot_alloc(n);
        resolve();
    }
    if (refuse()) return NULL;
    return real_malloc(n);
}

void *calloc(size_t m, size_t n)
{
    if (!real_calloc) {
        if (resolving) return boot_alloc(m * n); /* boot is zeroed, used once */
        resolve();
    }
    if (refuse()) return NULL;
    return real_calloc(m, n);
}

void *realloc(void *p, size_t n)
{
    if (!real_realloc) resolve();
    if (from_boot(p)) {
        void *q = malloc(n);
        if (q) memcpy(q, p, n < sizeof boot ? n : sizeof boot);
        return q;
    }
    if (n != 0 && refuse()) return NULL;
    return real_realloc(p, n);
}

void free(void *p)
{
    if (p == NULL || from_boot(p)) return;
    if (!real_free) resolve();
    real_free(p);
}

void *reallocarray(void *p, size_t m, size_t n)
{
    if (n != 0 && m > (size_t)-1 / n) {
        errno = ENOMEM;
        return NULL;
    }
    return realloc(p, m * n);
}

int posix_memalign(void **out, size_t align, size_t n)
{
    if (!real_posix_memalign) resolve();
    if (refuse()) return ENOMEM;
    return real_posix_memalign(out, align, n);
}

void *aligned_alloc(size_t align, size_t n)
{
    if (!real_aligned_alloc) resolve();
    if (refuse()) return NULL;
    return real_aligned_alloc(align, n);
}

void *memalign(size_t align, size_t n);
void *memalign(size_t align, size_t n)
{
    if (!real_memalign) resolve();
    if (refuse()) return NULL;
    return real_memalign(align, n);
}

__attribute__((constructor)) static void start(void)
{
    resolve();
    const char *k = getenv("REKINDLE_FAIL_ALLOC");
    if (k && *k) {
        char *end;
        fail_at = strtoul(k, &end, 10);
        fail_after = *end == '+';
    }
    trap = getenv("REKINDLE_FAIL_ALLOC_TRAP") != NULL;
    counting = true;
}

/* Writes the count without allocating. */
__attribute__((destructor)) static void finish(void)
{
    counting = false;
    const char *path = getenv("REKINDLE_FAIL_ALLOC_COUNT");
    if (path == NULL || *path == '\0') return;
    char num[32];
    int len = snprintf(num, sizeof num, "%lu\n", count);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return;
    if (write(fd, num, (size_t)len) < 0) { /* the test sees no count */ }
    close(fd);
}
