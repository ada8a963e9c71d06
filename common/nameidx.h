/* nameidx.h: where a document writes a word after a capitalised word.
 *
 * news-extract-quotes gives a speaker known by one name ("Fidan") the full
 * name the document gives elsewhere ("Hakan Fidan"): it tags the
 * sentences that write the word after a capitalised word.  Finding them
 * by reading every sentence again for each speaker made the work grow
 * with the square of the document's length (issue 21); this index finds
 * them in time linear in the document, whatever the words.
 *
 * A place is byte p of a sentence's text with p >= 3 and a space before
 * it, where the run of bytes before that space, back to the space before
 * it (or the start of the text), begins with an ASCII capital or a byte
 * of 0xC0 or more.  A word w is written there when the text at p starts
 * with w's bytes (so "Fidan" is also written in "Fidan's" and "Fidanov").
 *
 * Each distinct word looked up gets its list of sentences once, in
 * ascending order, and a place in it that the caller moves on and that is
 * kept between look-ups: a caller that never goes back over what it has
 * dealt with does work in proportion to the document, not to the
 * document times the look-ups.  The index borrows the texts: they must
 * not change or move until nameidx_reset().
 */
#ifndef NF_NAMEIDX_H
#define NF_NAMEIDX_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct nameidx_place;
struct nameidx_word;

struct nameidx {
	struct nameidx_place *place;	/* every place, sorted by its text */
	size_t nplace, capplace;
	int sorted;
	uint32_t *list;			/* the words' lists, back to back */
	size_t nlist, caplist;
	struct nameidx_word *word;	/* the words looked up (a hash table) */
	size_t nword, capword;
	struct buf keys;		/* their bytes */
};

/* The sentences that write a word, and the caller's place among them. */
struct nameidx_hits {
	const uint32_t *s;	/* sentence numbers, ascending */
	size_t n;
	size_t *next;		/* the first one not yet dealt with */
};

void nameidx_init(struct nameidx *ix);
void nameidx_reset(struct nameidx *ix);	/* a new document; memory kept */
void nameidx_free(struct nameidx *ix);

/* Index the places of sentence s (numbered by the caller, ascending),
 * whose text is text[0..n); -1 when memory runs out. */
int nameidx_add(struct nameidx *ix, uint32_t s, const char *text, size_t n);

/* The sentences that write w[0..n) at a place, into *hits, which stays
 * valid until the next call; -1 when memory runs out. */
int nameidx_find(struct nameidx *ix, const char *w, size_t n,
    struct nameidx_hits *hits);

#endif
