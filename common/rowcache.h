/* rowcache.h: score rows kept for keys seen before.
 *
 * Most of a token's features are facts of one word: its own form, suffixes
 * and classes, or those of the word to its left or right.  Their summed
 * weights are the same wherever the word stands, and news repeats its
 * words, so the tagger sums them once and keeps the row of class scores
 * here: one table of scored rows, direct-mapped by key, where a newer key
 * takes the slot of an older one.  A row read back is the row that was
 * computed for that key, so the output never depends on what was cached.
 *
 * A slot holds its key and its row together, in whole cache lines, so that
 * a look-up waits on memory once.
 */
#ifndef NF_ROWCACHE_H
#define NF_ROWCACHE_H

#include <stddef.h>
#include <stdint.h>

struct rowcache {
	unsigned char *slot;	/* slots of size bytes: key, then row */
	void *mem;		/* what was allocated */
	size_t mask;		/* slots - 1 */
	size_t size;		/* bytes a slot */
	size_t nclass;		/* floats a row */
};

/* A cache of slots (a power of two) rows of nclass scores; -1 when memory
 * runs out. */
int rowcache_init(struct rowcache *c, size_t slots, size_t nclass);
void rowcache_free(struct rowcache *c);

/* The row of key (never 0).  Returns it, with *fresh 0 when it holds the
 * scores computed for key before, or 1 when it was zeroed for the caller
 * to fill. */
float *rowcache_row(struct rowcache *c, uint64_t key, int *fresh);

#endif
