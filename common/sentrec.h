/* sentrec.h: the sentence record, news-split's output and the input of
 * every later program (docs/format.md):
 *
 *     doc  sent  para  start  end  text
 *
 * The writer formats a document's sentences; the text field is the squeezed
 * sentence (utf8_squeeze).  Formatting only: no splitting here.
 */
#ifndef NF_SENTREC_H
#define NF_SENTREC_H

#include <stdio.h>

#include "buf.h"
#include "doc.h"
#include "tsv.h"

#define SENTREC_NFIELD 6
#define SENTREC_HEADER "#doc\tsent\tpara\tstart\tend\ttext\n"

/* Append the records of all of d's sentences to out; returns the number of
 * bytes that had to be replaced by U+FFFD. */
size_t sentrec_put_doc(struct buf *out, const struct doc *d);
/* The same through a record writer, in any of its formats (recout.h):
 * its columns are sentrec_columns. */
struct recout;
extern const char *const sentrec_columns[SENTREC_NFIELD];
size_t sentrec_write_doc(struct recout *r, const struct doc *d);

/* ---- reading, for every program after news-split ---- */

struct srec {
	const char *doc, *text;	/* unescaped, NUL-terminated, borrowed */
	size_t doclen, textlen;
	unsigned long sent, para;
	size_t start, end;
	size_t nfield;		/* fields of the record (6, or more to pass on) */
};

struct docorder;

struct sentrec_reader {
	struct tsv_reader tsv;
	struct buf doc, text;	/* repaired copies of the fields, when needed */
	/* the documents of the stream, when the caller sets it (borrowed,
	 * kept across its files): a document whose records come back after
	 * other documents is reported (SR_BAD) at the first record of that
	 * run, and the rest of the run is skipped (docorder.h) */
	struct docorder *order;
};

void sentrec_init(struct sentrec_reader *r, FILE *fp, const char *name);
void sentrec_free(struct sentrec_reader *r);

enum { SR_REC = 1, SR_FIXED = 2, SR_EOF = 0, SR_BAD = -1, SR_FATAL = -2 };

/* The next sentence record.  SR_BAD: the line is malformed, or begins a
 * second run of a document (with order set), err says "FILE:LINE: what is
 * wrong", and reading goes on with the next line;
 * SR_FIXED: a record to process, whose document id or text held invalid
 * UTF-8 or NUL bytes, replaced by U+FFFD as news-split replaces them (err
 * says how many: the caller reports it and exits 1); SR_FATAL: a read
 * error. */
int sentrec_next(struct sentrec_reader *r, struct srec *rec, char *err,
    size_t errsize);

#endif
