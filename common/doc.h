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

#endif
