/* pcorpus.h: the people of many documents, for news-extract-people
 * --corpus.
 *
 * Each document's people (people.h), or this program's own per-document
 * records, are merged on their folded names; a person known by one name
 * joins the one full name ending in it at the end.  Memory grows with the
 * number of distinct people, not with the input.  It never reads or
 * prints records.
 */
#ifndef NF_PCORPUS_H
#define NF_PCORPUS_H

#include <stddef.h>

#include "buf.h"
#include "people.h"
#include "wordset.h"

struct cperson {
	struct buf name, fold, title, affil, aliases;
	size_t title_rank;
	unsigned long docs, mentions;
};

struct people_corpus {
	struct cperson *p;
	size_t n, cap;
	struct wordset byfold;	/* folded name -> index + 1 */
};

void pcorpus_init(struct people_corpus *c);
void pcorpus_free(struct people_corpus *c);

/* Add one document's person (as news-extract-people writes it): the same
 * folded name is one person; the spelling with more letters beyond ASCII
 * ("Yılmaz" over "Yilmaz") and the most specific title win. */
int pcorpus_add(struct people_corpus *c, const char *name, const char *title,
    const char *affil, unsigned long mentions, const char *aliases);

/* The same for a person of a document (struct people). */
int pcorpus_add_person(struct people_corpus *c, const struct person *p);

/* Join people known by one name to the one full name ending in it, and
 * sort by mentions (then name): call once, before reading c->p. */
void pcorpus_finish(struct people_corpus *c);

#endif
