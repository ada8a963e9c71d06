#include "docread.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "tsv.h"

#define NOCOL ((size_t)-1)

/* RFC 4180: spaces are part of a field; libcsv trims them unless told. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

struct csvrow {
	struct buf data;	/* fields back to back, each NUL-terminated */
	size_t *off;
	size_t nfield, cap;
};

struct docreader {
	enum docfmt fmt;
	const char *name, *id;
	int done;
	unsigned long parts;		/* DOC_TEXT: parts returned so far */
	struct buf rest;		/* DOC_TEXT: read past the last cut */
	struct tsv_reader tsv;		/* DOC_TSV, and the lines of DOC_CSV */
	/* DOC_CSV */
	struct csv_parser csv;
	int csvok, header_seen, row_ready, row_bad;
	unsigned long rowline, nextrowline;
	struct csvrow row;
	struct docread_opts opts;
	size_t idcol, textcol, titlecol;
};

struct docreader *
docread_open(FILE *fp, const char *name, const char *id, enum docfmt fmt,
    const struct docread_opts *opts)
{
	struct docreader *r = calloc(1, sizeof(*r));

	if (r == NULL)
		return NULL;
	r->fmt = fmt;
	r->name = name;
	r->id = id ? id : name;
	tsv_init(&r->tsv, fp, name);
	if (opts)
		r->opts = *opts;
	if (fmt == DOC_CSV) {
		if (csv_init(&r->csv, CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
			free(r);
			return NULL;
		}
		csv_set_space_func(&r->csv, no_space);
		/* CRLF inside a quoted field is part of the value */
		r->tsv.lr.keepcr = 1;
		r->csvok = 1;
		r->nextrowline = 1;
	}
	return r;
}

void
docread_close(struct docreader *r)
{
	if (r == NULL)
		return;
	tsv_free(&r->tsv);
	if (r->csvok)
		csv_free(&r->csv);
	buf_free(&r->row.data);
	buf_free(&r->rest);
	free(r->row.off);
	free(r);
}

/* ---- plain text: the whole stream, in parts ---- */

/* A line end in t[lo..n) after which a new paragraph surely starts: after
 * a blank line, or else after a sentence end and before a capital.  Returns
 * the offset of the next line, or 0. */
static size_t
part_cut(const char *t, size_t lo, size_t n)
{
	const char *p = t + n, *q;

	while (p > t + lo && (p = memrchr(t + lo, '\n', (size_t)(p - t - lo))))
	{
		for (q = p; q > t && (q[-1] == ' ' || q[-1] == '\t' ||
		    q[-1] == '\r'); q--)
			;
		if (q > t && q[-1] == '\n')
			return (size_t)(p - t) + 1;
	}
	for (p = t + n; p > t + lo && (p = memrchr(t + lo, '\n',
	    (size_t)(p - t - lo))) != NULL; ) {
		q = p;
		if (q > t && q[-1] == '\r')
			q--;
		if (q > t && strchr(".!?", q[-1]) && q[-1] &&
		    p + 1 < t + n && p[1] >= 'A' && p[1] <= 'Z')
			return (size_t)(p - t) + 1;
	}
	return 0;
}

/* Start the next part: what followed the last cut moves to the front. */
static int
next_part(struct docreader *r, struct doc *d)
{
	const char *p = d->text.s, *end = d->text.s + d->text.l;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		d->line++;
		p++;
	}
	d->base += d->text.l;
	d->utf8 = -1;
	d->sent0 += d->nsent;
	d->para0 = d->paras;
	d->nsent = 0;
	buf_reset(&d->text);
	return buf_add(&d->text, r->rest.s, r->rest.l);
}

static int
read_text(struct docreader *r, struct doc *d, char *err, size_t errsize)
{
	FILE *fp = r->tsv.lr.fp;
	size_t got = 1, lo = 0, nl, cut, want = DOC_TEXT_PART;
	char *last;

	if (r->done)
		return DR_EOF;
	if (r->parts++ == 0) {
		doc_clear(d);
		if (buf_adds(&d->id, r->id) < 0)
			goto nomem;
		d->file = r->name;
		d->line = 1;
	} else if (next_part(r, d) < 0) {
		goto nomem;
	}
	for (;;) {
		while (got && d->text.l < want) {
			if (buf_reserve(&d->text, 1 << 16) < 0)
				goto nomem;
			got = fread(d->text.s + d->text.l, 1,
			    d->text.m - d->text.l - 1, fp);
			d->text.l += got;
			d->text.s[d->text.l] = '\0';
		}
		if (ferror(fp)) {
			snprintf(err, errsize, "%s: %s", r->name, strerror(errno));
			return DR_FATAL;
		}
		if (got == 0) {		/* the end: the rest is the last part */
			r->done = 1;
			return DR_DOC;
		}
		if ((cut = part_cut(d->text.s, lo, d->text.l)) != 0) {
			buf_reset(&r->rest);
			if (buf_add(&r->rest, d->text.s + cut, d->text.l - cut) < 0)
				goto nomem;
			d->text.l = cut;
			d->text.s[cut] = '\0';
			return DR_DOC;
		}
		if (d->text.l > DOC_MAX_SIZE) {
			snprintf(err, errsize, "%s:%lu: paragraph longer than %zu "
			    "bytes", r->name, d->line, DOC_MAX_SIZE);
			return DR_FATAL;
		}
		/* no cut yet: read on, looking again only at the new lines */
		last = memrchr(d->text.s, '\n', d->text.l);
		nl = last ? (size_t)(last - d->text.s) : 0;
		lo = nl > lo ? nl : lo;
		want = d->text.l + DOC_TEXT_PART;
	}
nomem:
	snprintf(err, errsize, "%s: out of memory", r->name);
	return DR_FATAL;
}

/* ---- ID<TAB>TEXT lines ---- */

static int
tsv_error(struct docreader *r, int rc, char *err, size_t errsize)
{
	unsigned long line = r->tsv.lr.lineno;

	if (rc == TSV_ERR) {
		snprintf(err, errsize, "%s: %s", r->name, strerror(errno));
		return DR_FATAL;
	}
	if (rc == TSV_TOOLONG)
		snprintf(err, errsize, "%s:%lu: line longer than %zu bytes",
		    r->name, line, TSV_MAX_LINE);
	else
		snprintf(err, errsize, "%s:%lu: %s", r->name, line,
		    tsv_reason(rc));
	return DR_BAD;
}

static int
read_tsv(struct docreader *r, struct doc *d, char *err, size_t errsize)
{
	int rc = tsv_next(&r->tsv);

	if (rc == TSV_EOF)
		return DR_EOF;
	if (rc != TSV_RECORD)
		return tsv_error(r, rc, err, errsize);
	if (r->tsv.nfield != 2) {
		snprintf(err, errsize, "%s:%lu: expected 2 fields (ID<TAB>TEXT), "
		    "got %zu", r->name, r->tsv.lr.lineno, r->tsv.nfield);
		return DR_BAD;
	}
	if (buf_add(&d->id, r->tsv.field[0], r->tsv.len[0]) < 0 ||
	    buf_add(&d->text, r->tsv.field[1], r->tsv.len[1]) < 0) {
		snprintf(err, errsize, "%s:%lu: out of memory", r->name,
		    r->tsv.lr.lineno);
		return DR_FATAL;
	}
	d->file = r->name;
	d->line = r->tsv.lr.lineno;
	d->record = 1;
	return DR_DOC;
}

/* ---- CSV through libcsv ---- */

static void
csv_field(void *s, size_t n, void *data)
{
	struct docreader *r = data;
	struct csvrow *row = &r->row;

	if (r->row_bad)
		return;
	if (grow(&row->off, row->nfield, &row->cap, sizeof(*row->off)) < 0) {
		r->row_bad = 1;
		return;
	}
	row->off[row->nfield++] = row->data.l;
	if (buf_add(&row->data, s ? s : "", s ? n : 0) < 0 ||
	    buf_addc(&row->data, '\0') < 0 || row->data.l > DOC_MAX_SIZE)
		r->row_bad = 1;
}

static void
csv_row(int c, void *data)
{
	struct docreader *r = data;

	(void)c;
	r->row_ready = 1;
}

static const char *
row_field(const struct docreader *r, size_t i, size_t *n)
{
	const struct csvrow *row = &r->row;
	size_t end = i + 1 < row->nfield ? row->off[i + 1] : row->data.l;

	*n = end - row->off[i] - 1;
	return row->data.s + row->off[i];
}

/* A column given by 1-based number or by header name. */
static size_t
find_column(const struct docreader *r, const char *want)
{
	char *end;
	unsigned long v;
	size_t i, n;
	const char *f;

	errno = 0;
	v = strtoul(want, &end, 10);
	if (*want >= '0' && *want <= '9' && *end == '\0' && errno == 0)
		return v >= 1 && v <= r->row.nfield ? v - 1 : NOCOL;
	for (i = 0; i < r->row.nfield; i++) {
		f = row_field(r, i, &n);
		if (i == 0 && n >= 3 && memcmp(f, "\xEF\xBB\xBF", 3) == 0) {
			f += 3;		/* a byte-order mark before the header */
			n -= 3;
		}
		if (strlen(want) == n && memcmp(f, want, n) == 0)
			return i;
	}
	return NOCOL;
}

static int
csv_header(struct docreader *r, char *err, size_t errsize)
{
	const char *missing = NULL;

	r->header_seen = 1;
	if ((r->idcol = find_column(r, r->opts.idcol)) == NOCOL)
		missing = r->opts.idcol;
	else if ((r->textcol = find_column(r, r->opts.textcol)) == NOCOL)
		missing = r->opts.textcol;
	else if (r->opts.titlecol &&
	    (r->titlecol = find_column(r, r->opts.titlecol)) == NOCOL)
		missing = r->opts.titlecol;
	if (!r->opts.titlecol)
		r->titlecol = NOCOL;
	if (missing == NULL)
		return 0;
	snprintf(err, errsize, "%s:%lu: no column '%s' in the CSV header",
	    r->name, r->rowline, missing);
	return -1;
}

static int
csv_doc(struct docreader *r, struct doc *d, char *err, size_t errsize)
{
	size_t need = r->idcol > r->textcol ? r->idcol : r->textcol, n;
	const char *f;

	if (r->titlecol != NOCOL && r->titlecol > need)
		need = r->titlecol;
	if (r->row_bad) {
		snprintf(err, errsize, "%s:%lu: record too large or out of memory",
		    r->name, r->rowline);
		return DR_BAD;
	}
	if (r->row.nfield <= need) {
		snprintf(err, errsize, "%s:%lu: expected at least %zu fields, got "
		    "%zu", r->name, r->rowline, need + 1, r->row.nfield);
		return DR_BAD;
	}
	f = row_field(r, r->idcol, &n);
	buf_add(&d->id, f, n);
	if (r->titlecol != NOCOL) {
		f = row_field(r, r->titlecol, &n);
		buf_add(&d->text, f, n);
		buf_add(&d->text, "\n\n", 2);
	}
	f = row_field(r, r->textcol, &n);
	buf_add(&d->text, f, n);
	d->file = r->name;
	d->line = r->rowline;
	d->record = 1;
	return DR_DOC;
}

/* A complete row is in r->row: the header, or a document. */
static int
csv_take_row(struct docreader *r, struct doc *d, char *err, size_t errsize)
{
	int rc;

	r->row_ready = 0;
	if (!r->header_seen)
		rc = csv_header(r, err, errsize) < 0 ? DR_FATAL : DR_EOF;
	else
		rc = csv_doc(r, d, err, errsize);
	r->row.nfield = 0;
	buf_reset(&r->row.data);
	r->row_bad = 0;
	return rc;
}

/* libcsv's parser states (csv.h): a quoted field still open at the end */
#define CSV_FIELD_BEGUN 2

static int
csv_finish(struct docreader *r, char *err, size_t errsize)
{
	int open = r->csv.quoted && r->csv.pstate == CSV_FIELD_BEGUN;

	r->done = 1;
	/* csv_fini honours CSV_STRICT_FINI only with CSV_STRICT, which would
	 * also reject stray quotes inside plain fields: look ourselves */
	if (csv_fini(&r->csv, csv_field, csv_row, r) != 0 || open) {
		r->row_ready = 0;
		snprintf(err, errsize, "%s:%lu: unclosed quote in the CSV record "
		    "that starts here", r->name, r->rowline);
		return DR_BAD;
	}
	return DR_EOF;
}

static int
read_csv(struct docreader *r, struct doc *d, char *err, size_t errsize)
{
	struct linereader *lr = &r->tsv.lr;
	int rc;

	for (;;) {
		if (r->row_ready) {
			rc = csv_take_row(r, d, err, errsize);
			if (rc != DR_EOF)
				return rc;
			continue;
		}
		if (r->done)
			return DR_EOF;
		rc = lr_next(lr);
		if (rc == LR_EOF) {
			if ((rc = csv_finish(r, err, errsize)) != DR_EOF)
				return rc;
			continue;
		}
		if (rc == LR_ERR) {
			snprintf(err, errsize, "%s: %s", r->name, strerror(errno));
			return DR_FATAL;
		}
		if (rc == LR_TOOLONG) {
			snprintf(err, errsize, "%s:%lu: line longer than %zu bytes",
			    r->name, lr->lineno, TSV_MAX_LINE);
			return DR_FATAL;
		}
		/* pstate 0 is libcsv's ROW_NOT_BEGUN: this line starts a row */
		if (r->csv.pstate == 0)
			r->rowline = lr->lineno;
		if (csv_parse(&r->csv, lr->line.s, lr->line.l, csv_field, csv_row,
		    r) != lr->line.l || csv_parse(&r->csv, "\n", 1, csv_field,
		    csv_row, r) != 1) {
			snprintf(err, errsize, "%s:%lu: %s", r->name, lr->lineno,
			    csv_strerror(csv_error(&r->csv)));
			return DR_FATAL;
		}
	}
}

int
docread_next(struct docreader *r, struct doc *d, char *err, size_t errsize)
{
	if (r->fmt != DOC_TEXT)		/* parts of a text carry over */
		doc_clear(d);
	switch (r->fmt) {
	case DOC_TEXT:
		return read_text(r, d, err, errsize);
	case DOC_TSV:
		return read_tsv(r, d, err, errsize);
	case DOC_CSV:
		return read_csv(r, d, err, errsize);
	}
	return DR_EOF;
}
