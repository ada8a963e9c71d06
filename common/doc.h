/* doc.h: a document in memory, the unit every stage works on.
 *
 * Readers (docread.h) fill id and text; news-split's stage (split.h) fills
 * the sentences.  One document lives at a time: callers reuse a struct doc
 * across documents with doc_clear(), which keeps the memory.
 *
 * A long plain-text document may come in parts, each cut at a paragraph
 * break, so that memory stays bounded by the longest paragraph rather than
 * the file: text is then the part, base its offset in the document, and
 * sent0 and para0 count the sentences and paragraphs of the earlier parts.
 * Offsets in sent[] are relative to text; writers add base.
 */
#ifndef NF_DOC_H
#define NF_DOC_H

#include <stddef.h>

#include "buf.h"
#include "docorder.h"

struct sent {
	size_t start, end;	/* byte offsets in text, end exclusive */
	unsigned long para;	/* paragraph number from 1 */
	int spaced;		/* words apart by single ASCII spaces only, so
				 * the text needs no squeezing */
};

struct doc {
	struct buf id;
	struct buf text;
	const char *file;	/* where it came from, for messages (borrowed) */
	unsigned long line;	/* input line where it starts, 0 if none */
	int record;		/* read from one record (--docs, CSV), so
				 * messages name that record's line */
	size_t base;		/* offset of text[0] in the whole document */
	unsigned long sent0;	/* sentences in the earlier parts */
	unsigned long para0;	/* paragraphs in the earlier parts */
	unsigned long paras;	/* paragraphs up to the end of this part, set
				 * by the splitter */
	int utf8;		/* text known to be valid UTF-8 without NULs
				 * (1), known not to be (0), or unknown (-1) */
	struct sent *sent;
	size_t nsent, capsent;
};

void doc_init(struct doc *d);
void doc_clear(struct doc *d);		/* empty it, keep the memory */
void doc_free(struct doc *d);
/* Append a sentence; -1 when memory runs out. */
int doc_add_sent(struct doc *d, size_t start, size_t end, unsigned long para,
    int spaced);

/* Look for bytes that will be written as U+FFFD (invalid UTF-8, NUL),
 * and set d->utf8: 0 when there are none, else 1 with "FILE:LINE:
 * invalid UTF-8 (N bytes replaced by U+FFFD)" in err, LINE that of the
 * first. */
int doc_check_utf8(struct doc *d, char *err, size_t errsize);

/* The ids of the documents read so far (news-split): a document whose id
 * an earlier one had would be taken for that one by the readers after
 * news-split (docorder.h). */
struct docids {
	struct docorder seen;
	int skip;		/* the answer for the document going on */
};

/* 1 when document d is to be skipped, with the reason in err: its id
 * starts with '#', which readers take for a comment, or was given
 * before; 0 when it is to be split.  Asked for each part of a document:
 * a later part gets the first part's answer, with err empty; -1 when
 * memory runs out. */
int doc_refused(struct docids *ids, const struct doc *d, char *err,
    size_t errsize);
void docids_free(struct docids *ids);

#endif
