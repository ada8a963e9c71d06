/* wordset.h: a set of words with a small integer value each, loaded from
 * word-list files (data/NAME.txt).
 *
 * File format: one entry a line; an optional second field after a TAB is a
 * kind name the caller maps to a value; '#' starts a comment line; blank
 * lines are skipped; trailing spaces are ignored; the files of the data
 * directory end with a line "#end<TAB>COUNT" (datafile.h).
 *
 * Open addressing with FNV-1a hashing; keys are copied and owned by the set.
 * Lookups take a length, so callers pass slices of their text unchanged.
 */
#ifndef NF_WORDSET_H
#define NF_WORDSET_H

#include <stddef.h>
#include <stdint.h>

struct wordset {
	char **key;
	unsigned char *klen;	/* keys are at most 255 bytes */
	int *val;
	size_t n, cap;		/* cap is a power of two */
	/* the lengths, first and last bytes of the keys, a bit each: most
	 * look-ups are of words that are not there, and these turn most away
	 * before hashing (wordset_maybe()) */
	uint64_t lens[4], first[4], last[4];
};

#define WORDSET_MAXKEY 255

void wordset_init(struct wordset *ws);
void wordset_free(struct wordset *ws);

/* Add or overwrite; -1 when out of memory or the key is too long. */
int wordset_put(struct wordset *ws, const char *s, size_t n, int val);

/* The value of s[0..n), or 0 when absent (so store values >= 1). */
int wordset_get(const struct wordset *ws, const char *s, size_t n);

/* Can a key of n > 0 bytes that starts with byte first and ends with byte
 * last be in ws?  0 when it surely is not: a test to make before building
 * a key to look up (a lower-cased copy, say). */
static inline int
wordset_bit(const uint64_t *bits, size_t v)	/* v < 256 */
{
	return bits[v / 64] >> v % 64 & 1;
}

static inline int
wordset_maybe(const struct wordset *ws, unsigned char first,
    unsigned char last, size_t n)
{
	return n <= WORDSET_MAXKEY && wordset_bit(ws->lens, n) &&
	    wordset_bit(ws->first, first) && wordset_bit(ws->last, last);
}

/* Maps a kind name from the second column to a value; returns 0 for an
 * unknown kind.  NULL kind means the column was absent. */
typedef int (*wordset_kindfn)(const char *kind);

/* Load a word-list file (datafile.h).  Returns 0, or -1 with a message of
 * the form "FILE:LINE: what is wrong" (or "FILE: cannot open data file:
 * REASON") in err. */
int wordset_load(struct wordset *ws, const char *path, wordset_kindfn kind,
    char *err, size_t errsize);

#endif
