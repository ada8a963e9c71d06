/* tsv.h: the record protocol's reader and writer (docs/format.md).
 *
 * A record is one line of TAB-separated fields; inside a field TAB, newline,
 * carriage return and backslash are escaped as \t \n \r \\ and nothing else
 * is.  Lines starting with '#' and empty lines are not records.  A CR before
 * the LF ends the line too (CRLF files); a CR anywhere else in a record is
 * an error (TSV_BADCR), never a line end: a field holds it as \r.  A UTF-8 byte-order mark at the
 * start of the input is skipped (lr_next, for every line-based format).
 *
 * The reader streams: it holds one line at a time in a buffer it reuses.
 * Lines longer than TSV_MAX_LINE are consumed and reported, never cut.
 */
#ifndef NF_TSV_H
#define NF_TSV_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"

#define TSV_MAX_LINE ((size_t)1 << 30)	/* 1 GiB */

/* Raw line reader over a FILE, with line numbers for messages. */
struct linereader {
	FILE *fp;
	const char *name;	/* borrowed; used in messages */
	unsigned long lineno;	/* number of the line last returned */
	size_t maxline;		/* longest line accepted */
	int keepcr;		/* keep a CR before the LF (CSV needs it) */
	struct buf line;	/* the line last returned, without its end */
	char *rbuf;		/* read buffer */
	size_t rpos, rlen;
	int eof, err;
	int again;		/* lr_unread(): give line once more */
};

enum {
	LR_LINE = 1,		/* a line is in lr->line */
	LR_EOF = 0,
	LR_ERR = -1,		/* read error: errno is set */
	LR_TOOLONG = -2		/* line over maxline, skipped; lineno counts it */
};

void lr_init(struct linereader *lr, FILE *fp, const char *name);
int lr_next(struct linereader *lr);
/* The next lr_next() gives the line in lr->line once more (as it is then:
 * a caller that changed it puts it back first), with its number. */
void lr_unread(struct linereader *lr);
void lr_free(struct linereader *lr);

/* Record reader on top of the line reader. */
struct tsv_reader {
	struct linereader lr;
	char **field;		/* field[i] points into lr.line, NUL-terminated */
	size_t *len;		/* len[i] is its length after unescaping */
	size_t nfield, cap;
	int keepraw;		/* keep each line as read, for tsv_unread() */
	struct buf raw;
};

enum {
	TSV_RECORD = 1,
	TSV_EOF = 0,
	TSV_ERR = -1,		/* read error: errno is set */
	TSV_TOOLONG = -2,	/* the record is skipped */
	TSV_BADESC = -3,	/* a bad escape: the record is skipped */
	TSV_BADCR = -4		/* a raw CR in the record: it is skipped */
};

void tsv_init(struct tsv_reader *r, FILE *fp, const char *name);
int tsv_next(struct tsv_reader *r);	/* one of the TSV_ values */
/* With keepraw set, the next tsv_next() gives the record just read once
 * more (a reader that read one record too far). */
void tsv_unread(struct tsv_reader *r);
/* What is wrong with a record tsv_next() skipped as TSV_BADESC or
 * TSV_BADCR, for "FILE:LINE: reason" messages (one wording everywhere). */
const char *tsv_reason(int rc);
void tsv_free(struct tsv_reader *r);

/* Undo the escapes of s[0..*n) in place; -1 on a bad escape. */
int tsv_unescape(char *s, size_t *n);

/* Append s[0..n) to out escaped. */
void tsv_put(struct buf *out, const char *s, size_t n);
void tsv_put_str(struct buf *out, const char *s);
void tsv_put_uint(struct buf *out, unsigned long long v);
void tsv_put_tab(struct buf *out);
void tsv_put_end(struct buf *out);	/* ends the record with '\n' */

#endif
