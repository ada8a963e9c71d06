/* wordends.h: strings found by the words they end or begin with.
 *
 * news-extract-people merges a mention into the first person of the
 * document whose name, case and diacritics folded, ends with the
 * mention's words ("fidan" in "hakan fidan"), begins with them (a
 * one-word mention), or is itself the end of the mention's words.  Asking
 * every person in turn made the work grow with the square of the
 * document's length (issue 21); this index answers in time that depends
 * on the words asked about and the strings that share them, not on how
 * many strings there are.
 *
 * Strings are numbered from 0 in the order they are added; one may be
 * replaced by another (a fuller form of a name).  An end of s is s itself
 * or what follows one of its spaces; a start of s is s itself or what
 * precedes one of its spaces.  The index keeps a copy of each string and
 * owns it.
 */
#ifndef NF_WORDENDS_H
#define NF_WORDENDS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct wordends_key;
struct wordends_link;

struct wordends {
	struct buf *str;		/* the strings, by number */
	size_t n, cap, inited;
	struct wordends_key *key;	/* hash table: a key's list */
	size_t nkey, capkey;
	struct wordends_link *link;	/* the lists, linked */
	size_t nlink, caplink;
};

void wordends_init(struct wordends *we);
void wordends_reset(struct wordends *we);	/* no strings; memory kept */
void wordends_free(struct wordends *we);

/* String number id becomes s: id == we->n adds it.  -1 when memory runs
 * out or id is out of range. */
int wordends_set(struct wordends *we, size_t id, const char *s);

/* The smallest number whose string s has q as an end, or as a start when
 * starts is set, or is an end of q; -1 when there is none. */
long wordends_first(const struct wordends *we, const char *q, int starts);

#endif
