/* disk.h - the engine's one owner of files: reading whole small files
 * (never a FIFO or a device), writing them atomically, listing folders. */
#ifndef REKINDLE_DISK_H
#define REKINDLE_DISK_H

#include <stdbool.h>
#include <stddef.h>


/* Reads a whole regular file of at most max bytes; anything else (a FIFO, a
 * device, a folder) is refused before it is opened for reading, so nothing
 * blocks. Returns a malloc'd buffer (NUL appended, length in *len) or NULL
 * with a message naming the file in err; errno is ENOENT when the file does
 * not exist, ENOMEM when memory ran out. */
char *disk_read(const char *path, size_t max, size_t *len, char *err, size_t errlen);

/* Writes len bytes to path atomically: a temporary file beside it, written,
 * fsynced and renamed over the old one, then the folder fsynced; missing
 * folders are made. On any failure the old file is whole and err says why. */
bool disk_write(const char *path, const char *text, size_t len, char *err, size_t errlen);

/* Removes the temporaries disk_write leaves when it is killed mid-write
 * ("NAME.tmpPID" in dir) whose process is gone, or that are older than
 * DISK_STALE_SECONDS (their PID was reused: no write takes that long). A
 * live process's temporary, being written now, is never touched. Returns
 * how many were removed. */
#define DISK_STALE_SECONDS 3600
int disk_remove_stale_temporaries(const char *dir);

/* Makes the folder path and its missing parents. False when it cannot, with
 * errno EEXIST when path is there already (of any kind): a caller that
 * must not write into what was there can rely on it, without a race. */
bool disk_make_dir(const char *path, char *err, size_t errlen);

/* The names of the regular files in dir that end in suffix (and do not start
 * with '.'), sorted, in a malloc'd NULL-terminated array; NULL when the
 * folder cannot be read (errno says why: ENOMEM when memory ran out). Free
 * with disk_free_list. */
char **disk_list(const char *dir, const char *suffix);
/* The same for the folders in dir. */
char **disk_list_folders(const char *dir);
void disk_free_list(char **list);

/* True when path names anything at all (a FIFO, a device...). */
bool disk_exists(const char *path);
/* True when path names an existing regular file, or folder. */
bool disk_is_file(const char *path);
bool disk_is_dir(const char *path);

/* Watching files for changes (inotify): a descriptor that becomes readable
 * when any of the n files is written, replaced (as editors save: a new file
 * renamed over the old) or made. Their folders are watched, so a file
 * replaced is still seen. -1 when it cannot be watched. */
int disk_watch(const char *const *paths, int n);
/* After the descriptor was readable: reads what happened; true when one of
 * the watched files changed (not some other file of their folders). */
bool disk_watch_changed(int fd, const char *const *paths, int n);
void disk_unwatch(int fd);
/* The path of target as seen from the folder that file is in (that folder
 * and target must exist; links are followed): "../stories/x.lua", or "."
 * for the folder itself. Malloc'd, or NULL when either cannot be found. */
char *disk_relative(const char *file, const char *target);

/* The running binary's path (what /proc/self/exe links to, which a tool
 * such as valgrind may give as its client's), malloc'd, or NULL. */
char *disk_exe(void);

/* The directory the running binary is in, malloc'd, or NULL. */
char *disk_exe_dir(void);

#endif
