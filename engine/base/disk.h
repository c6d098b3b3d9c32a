/* disk.h - everything the engine reads from or writes to disk. */
#ifndef REKINDLE_DISK_H
#define REKINDLE_DISK_H

#include <stdbool.h>
#include <stddef.h>

#define DISK_STORY_MAX ((size_t)4 << 20) /* largest story file accepted */

/* Reads a whole file of at most max bytes. Returns a malloc'd buffer (NUL
 * appended, length in *len) or NULL with a message naming the file in err. */
char *disk_read(const char *path, size_t max, size_t *len, char *err, size_t errlen);

/* Lists the regular files in dir whose names end in suffix, sorted, as
 * malloc'd full paths in a malloc'd NULL-terminated array (NULL if the
 * directory cannot be read). Free with disk_free_list. */
char **disk_list(const char *dir, const char *suffix);
void disk_free_list(char **list);

/* True when path names an existing regular file. */
bool disk_is_file(const char *path);

/* The directory the running binary is in, malloc'd, or NULL. */
char *disk_exe_dir(void);

#endif
