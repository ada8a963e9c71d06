/* docread.h: documents from the three input forms of news-split.
 *
 *   DOC_TEXT  the whole stream is one document; its id is the reader's id;
 *             it comes in parts of about DOC_TEXT_PART bytes or more, each
 *             ending at a blank line (or, without one, at a line that ends
 *             a sentence before a capital), so memory is bounded by the
 *             longest paragraph (doc.h);
 *   DOC_TSV   one document a line, ID<TAB>TEXT, TEXT escaped (tsv.h);
 *   DOC_CSV   RFC 4180 CSV with a header row, read with libcsv; the id, text
 *             and optional title columns are chosen by name or 1-based
 *             number; a title becomes the first paragraph: TITLE "\n\n" TEXT.
 *
 * A reader streams: docread_next() fills one struct doc at a time and never
 * holds more than one record.  It only parses; it does not split.
 */
#ifndef NF_DOCREAD_H
#define NF_DOCREAD_H

#include <stddef.h>
#include <stdio.h>

#include "doc.h"

enum docfmt { DOC_TEXT, DOC_TSV, DOC_CSV };

#define DOC_MAX_SIZE ((size_t)1 << 30)	/* 1 GiB */
#define DOC_TEXT_PART ((size_t)1 << 20)	/* 1 MiB */

struct docread_opts {
	const char *idcol;	/* CSV columns: names or 1-based numbers */
	const char *textcol;
	const char *titlecol;	/* NULL: no title */
};

struct docreader;

/* fp and name (used in messages and as the DOC_TEXT id) are borrowed. */
struct docreader *docread_open(FILE *fp, const char *name, const char *id,
    enum docfmt fmt, const struct docread_opts *opts);

enum {
	DR_DOC = 1,	/* d holds a document */
	DR_EOF = 0,
	DR_BAD = -1,	/* a bad record, skipped; err says why; go on */
	DR_FATAL = -2	/* cannot go on with this input; err says why */
};

/* err gets "FILE:LINE: reason" or "FILE: reason". */
int docread_next(struct docreader *r, struct doc *d, char *err, size_t errsize);
void docread_close(struct docreader *r);

#endif
