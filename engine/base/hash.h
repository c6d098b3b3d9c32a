/* hash.h - FNV-1a, 64 bits: content hashes of stories for saves, and keys
 * of states for quicktest. Not for anything an attacker chooses to collide. */
#ifndef REKINDLE_HASH_H
#define REKINDLE_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_START 0xcbf29ce484222325ULL

/* Folds n bytes into h (start from HASH_START). */
static inline uint64_t hash_bytes(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    return h;
}

#endif
