#include "sentrec.h"

#include <errno.h>
#include <string.h>

#include "docorder.h"
#include "recout.h"
#include "tsv.h"
#include "utf8.h"

/* Escape out->s[mark..] in place of itself (backslashes are rare). */
static void
escape_tail(struct buf *out, size_t mark)
{
	struct buf tmp = BUF_INIT;

	buf_add(&tmp, out->s + mark, out->l - mark);
	out->l = mark;
	tsv_put(out, tmp.s, tmp.l);
	buf_free(&tmp);
}

size_t
sentrec_put_doc(struct buf *out, const struct doc *d)
{
	struct buf id = BUF_INIT;
	size_t i, bad = 0, n, nbad, nnul;
	const struct sent *s;
	int clean;

	/* the id is the same on every record: escape it once */
	tsv_put(&id, d->id.s, d->id.l);
	if (d->utf8 < 0) {
		utf8_scan(d->text.s, d->text.l, &nbad, &nnul);
		clean = nbad + nnul == 0;
	} else {
		clean = d->utf8;
	}
	for (i = 0; i < d->nsent; i++) {
		s = &d->sent[i];
		buf_add(out, id.s, id.l);
		tsv_put_tab(out);
		tsv_put_uint(out, d->sent0 + i + 1);
		tsv_put_tab(out);
		tsv_put_uint(out, s->para);
		tsv_put_tab(out);
		tsv_put_uint(out, d->base + s->start);
		tsv_put_tab(out);
		tsv_put_uint(out, d->base + s->end);
		tsv_put_tab(out);
		/* squeezed text has no TAB, CR or LF; only backslashes need
		 * escaping, and only when there are any */
		n = s->end - s->start;
		if (clean && s->spaced && !memchr(d->text.s + s->start, '\\', n)) {
			buf_add(out, d->text.s + s->start, n);
		} else {
			size_t tail = out->l;

			bad += utf8_squeeze(out, d->text.s + s->start, n);
			if (memchr(out->s + tail, '\\', out->l - tail))
				escape_tail(out, tail);
		}
		tsv_put_end(out);
	}
	buf_free(&id);
	return bad;
}

const char *const sentrec_columns[SENTREC_NFIELD] = { "doc", "sent", "para",
	"start", "end", "text" };

size_t
sentrec_write_doc(struct recout *r, const struct doc *d)
{
	struct buf text = BUF_INIT;
	size_t i, bad = 0;
	const struct sent *s;

	if (r->fmt == RF_TSV)
		return sentrec_put_doc(r->out, d);
	for (i = 0; i < d->nsent; i++) {
		s = &d->sent[i];
		buf_reset(&text);
		bad += utf8_squeeze(&text, d->text.s + s->start,
		    s->end - s->start);
		recout_str(r, d->id.s, d->id.l);
		recout_uint(r, d->sent0 + i + 1);
		recout_uint(r, s->para);
		recout_uint(r, d->base + s->start);
		recout_uint(r, d->base + s->end);
		recout_str(r, text.s ? text.s : "", text.l);
		recout_end(r);
	}
	buf_free(&text);
	return bad;
}

void
sentrec_init(struct sentrec_reader *r, FILE *fp, const char *name)
{
	tsv_init(&r->tsv, fp, name);
	r->doc = (struct buf)BUF_INIT;
	r->text = (struct buf)BUF_INIT;
	r->order = NULL;
}

void
sentrec_free(struct sentrec_reader *r)
{
	tsv_free(&r->tsv);
	buf_free(&r->doc);
	buf_free(&r->text);
}

/* A decimal number that fits size_t; no sign, no spaces. */
static int
parse_num(const char *s, size_t n, size_t *v)
{
	size_t i, x = 0;

	if (n == 0 || n > 19)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		x = x * 10 + (size_t)(s[i] - '0');
	}
	*v = x;
	return 0;
}

static int
sr_bad(struct sentrec_reader *r, char *err, size_t errsize, const char *what)
{
	snprintf(err, errsize, "%s:%lu: %s", r->tsv.lr.name, r->tsv.lr.lineno,
	    what);
	return SR_BAD;
}

/* Field k of the line, or a copy in out with its invalid UTF-8 and NUL
 * bytes replaced; *bad counts them. */
static const char *
clean_field(struct sentrec_reader *r, size_t k, struct buf *out, size_t *len,
    size_t *bad, size_t *nul)
{
	size_t invalid, nuls;

	*len = r->tsv.len[k];
	if (utf8_scan(r->tsv.field[k], *len, &invalid, &nuls) == *len)
		return r->tsv.field[k];
	buf_reset(out);
	utf8_repair(out, r->tsv.field[k], *len);
	*bad += invalid;
	*nul += nuls;
	*len = out->l;
	return out->s;
}

/* The document id and text of rec, made valid UTF-8 without NULs, as
 * news-split makes them: every program after it can count on that. */
static int
repair(struct sentrec_reader *r, struct srec *rec, char *err, size_t errsize)
{
	size_t bad = 0, nul = 0;
	char what[96];

	rec->doc = clean_field(r, 0, &r->doc, &rec->doclen, &bad, &nul);
	rec->text = clean_field(r, 5, &r->text, &rec->textlen, &bad, &nul);
	if (bad + nul == 0)
		return SR_REC;
	if (rec->doc == NULL || rec->text == NULL) {
		snprintf(err, errsize, "%s: out of memory", r->tsv.lr.name);
		return SR_FATAL;
	}
	snprintf(what, sizeof(what), "%s (%zu bytes replaced by U+FFFD)",
	    bad && nul ? "invalid UTF-8 and NUL bytes" : bad ? "invalid UTF-8" :
	    "NUL bytes", bad + nul);
	sr_bad(r, err, errsize, what);
	return SR_FIXED;
}

static int
next_record(struct sentrec_reader *r, struct srec *rec, char *err,
    size_t errsize)
{
	static const char *const name[] = { "doc", "sent", "para", "start",
		"end", "text" };
	size_t v[6], k;
	char what[96];
	int rc = tsv_next(&r->tsv);

	if (rc == TSV_EOF)
		return SR_EOF;
	if (rc == TSV_ERR) {
		snprintf(err, errsize, "%s: %s", r->tsv.lr.name, strerror(errno));
		return SR_FATAL;
	}
	if (rc == TSV_TOOLONG)
		return sr_bad(r, err, errsize, "line too long");
	if (rc == TSV_BADESC || rc == TSV_BADCR)
		return sr_bad(r, err, errsize, tsv_reason(rc));
	if (r->tsv.nfield < SENTREC_NFIELD) {
		snprintf(what, sizeof(what), "expected %d fields, got %zu",
		    SENTREC_NFIELD, r->tsv.nfield);
		return sr_bad(r, err, errsize, what);
	}
	for (k = 1; k < 5; k++)
		if (parse_num(r->tsv.field[k], r->tsv.len[k], &v[k]) < 0) {
			snprintf(what, sizeof(what), "field %zu (%s) is not a "
			    "number: '%.20s'", k + 1, name[k], r->tsv.field[k]);
			return sr_bad(r, err, errsize, what);
		}
	if (v[3] > v[4])
		return sr_bad(r, err, errsize, "start is after end");
	if (v[1] == 0 || v[2] == 0)
		return sr_bad(r, err, errsize, "sentence and paragraph numbers "
		    "start at 1");
	rec->sent = v[1];
	rec->para = v[2];
	rec->start = v[3];
	rec->end = v[4];
	rec->nfield = r->tsv.nfield;
	return repair(r, rec, err, errsize);
}

#define SKIP 100	/* not an SR_ value: a record of a run skipped */

/* Is rec of a document seen before, in a new run of its records?  The
 * first record of the run is reported (SR_BAD), the others skipped. */
static int
check_order(struct sentrec_reader *r, const struct srec *rec, char *err,
    size_t errsize)
{
	char what[320];

	switch (docorder_next(r->order, rec->doc, rec->doclen)) {
	case DO_NOMEM:
		snprintf(err, errsize, "%s: out of memory", r->tsv.lr.name);
		return SR_FATAL;
	case DO_AGAIN:
		snprintf(what, sizeof(what), "document '%.200s' again after "
		    "other documents: a document's records must come together; "
		    "these are skipped", rec->doc);
		return sr_bad(r, err, errsize, what);
	case DO_SAME:
		return r->order->again ? SKIP : SR_REC;
	}
	return SR_REC;
}

int
sentrec_next(struct sentrec_reader *r, struct srec *rec, char *err,
    size_t errsize)
{
	int rc, k;

	for (;;) {
		rc = next_record(r, rec, err, errsize);
		if (r->order == NULL || (rc != SR_REC && rc != SR_FIXED))
			return rc;
		if ((k = check_order(r, rec, err, errsize)) == SKIP)
			continue;
		return k == SR_REC ? rc : k;
	}
}
