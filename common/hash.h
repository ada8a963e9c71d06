/* hash.h: 64-bit FNV-1a, for feature and word keys.
 *
 * Features and words are looked up by a 64-bit hash of their text instead
 * of the text itself: one key per entry, no strings in the model, and with
 * a few million entries at most the chance of two keys colliding is below
 * one in a million.  Training and tagging must hash the same way, so both
 * use these functions only.
 */
#ifndef NF_HASH_H
#define NF_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_INIT 14695981039346656037ULL

static inline uint64_t
hash_add(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;

	while (n--) {
		h ^= *s++;
		h *= 1099511628211ULL;
	}
	return h;
}

static inline uint64_t
hash_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * 1099511628211ULL;
}

static inline uint64_t
hash_str(const void *p, size_t n)
{
	return hash_add(HASH_INIT, p, n);
}

/* Spread the bits of a key for table indexing (FNV's low bits are weak). */
static inline uint64_t
hash_mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h;
}

#endif
