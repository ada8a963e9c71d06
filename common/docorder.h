/* docorder.h: each document one run of records.
 *
 * The programs after news-split take a document to be the run of records
 * that share its id: a document whose records come back after other
 * documents would be taken for two documents of one id, counted and
 * summarized twice, its people split (issue 21).  A docorder follows the
 * ids of a stream (across its files) and tells a new document from the
 * one going on and from one that ended before.  news-split asks it too:
 * there, each document is one record (or file), and an id it has seen
 * before is one document given twice.
 *
 * Memory: the ids seen are kept as 64-bit hashes in a table a quarter to
 * half full, 16 to 32 bytes a document, for as long as the stream lasts
 * (32 MB for a million documents).  Two ids with one hash (about one
 * chance in 30 million for a million documents) would make a new document
 * look like one seen before: reported, never silently merged.
 */
#ifndef NF_DOCORDER_H
#define NF_DOCORDER_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct docorder {
	uint64_t *seen;		/* hash table of the ids seen, 0 free */
	size_t nseen, capseen;
	struct buf cur;		/* the id of the run going on */
	int started;
	int again;		/* that run is of a document seen before */
};

enum {
	DO_NEW = 1,	/* a document not seen before: the run begins */
	DO_SAME = 2,	/* the document of the run going on */
	DO_AGAIN = 3,	/* a document that ended before: a new run of it */
	DO_NOMEM = -1
};

void docorder_init(struct docorder *o);
void docorder_free(struct docorder *o);

/* The record with document id id[0..n): one of the DO_ values.  After
 * DO_AGAIN, o->again stays set while the run goes on (DO_SAME). */
int docorder_next(struct docorder *o, const char *id, size_t n);

/* For readers of whole documents (news-split): 1 if id was not seen
 * before, and is now; 0 if it was; -1 when memory runs out. */
int docorder_add(struct docorder *o, const char *id, size_t n);

#endif
