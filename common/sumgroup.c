#include "sumgroup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

/* A buffered record: its output line (escaped, without the line end) and
 * its text (unescaped), both in the arena, by offset. */
struct sgrec {
	size_t line, linelen, text, textlen, doc;
	size_t id, idlen;	/* the doc id, unescaped, in the arena */
	unsigned long sent, para;
	size_t start, end;
};

void
sumgroup_init(struct sumgroup *g)
{
	memset(g, 0, sizeof(*g));
	docorder_init(&g->clusters);
}

void
sumgroup_free(struct sumgroup *g)
{
	summarizer_free(g->sm);
	free(g->rec);
	free(g->sent);
	free(g->ch);
	buf_free(&g->key);
	buf_free(&g->lastdoc);
	buf_free(&g->arena);
	docorder_free(&g->clusters);
	memset(g, 0, sizeof(*g));
}

void
sumgroup_write(struct sumgroup *r, struct recout *ro)
{
	char num[32];
	size_t i;
	long n, k;
	struct sgrec *q;

	if (grow(&r->sent, r->nrec, &r->sentcap, sizeof(*r->sent)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	for (i = 0; i < r->nrec; i++) {
		q = &r->rec[i];
		r->sent[i].text = r->arena.s + q->text;
		r->sent[i].len = q->textlen;
		r->sent[i].para = q->para;
		r->sent[i].doc = q->doc;
	}
	if ((n = summarize(r->sm, r->sent, r->nrec, &r->len, &r->ch,
	    &r->chcap)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	for (k = 0; k < n; k++) {
		q = &r->rec[r->ch[k].idx];
		if (ro->fmt != RF_TSV) {
			recout_str(ro, r->arena.s + q->id, q->idlen);
			recout_uint(ro, q->sent);
			recout_uint(ro, q->para);
			recout_uint(ro, q->start);
			recout_uint(ro, q->end);
			recout_str(ro, r->arena.s + q->text, q->textlen);
			if (r->scores)
				recout_num(ro, r->ch[k].score);
			recout_end(ro);
			continue;
		}
		/* TSV: the record as it came, with any fields after the
		 * sixth */
		buf_add(ro->out, r->arena.s + q->line, q->linelen);
		if (r->scores) {
			snprintf(num, sizeof(num), "\t%.4f", r->ch[k].score);
			buf_adds(ro->out, num);
		}
		buf_addc(ro->out, '\n');
	}
	r->nrec = r->ndoc = 0;
	r->textbytes = 0;
	buf_reset(&r->arena);
	buf_reset(&r->lastdoc);
}

/* The group key of a record: its doc id, its cluster's, or "" for one
 * cluster of everything. */
static size_t
group_key(const struct sumgroup *r, const struct srec *rec)
{
	const char *p;

	if (!r->cluster)
		return rec->doclen;
	if (r->sep == NULL)
		return 0;
	p = strstr(rec->doc, r->sep);
	return p ? (size_t)(p - rec->doc) : rec->doclen;
}

static int
same(const struct buf *b, const char *s, size_t n)
{
	return b->l == n && memcmp(b->s ? b->s : "", s, n) == 0;
}

/* Would the record read (line t) take the document or cluster over a
 * limit?  Said with what was counted: the memory limit is on the records
 * held, each as read and with its text and document id once more, which is
 * more than the sentence text (issue 21). */
static int
over_limit(const struct sumgroup *r, size_t linelen, const struct srec *rec,
    const char *name, unsigned long lineno)
{
	char what[300];
	size_t held = r->arena.l + 2 * linelen;

	/* "document 'ID'", "cluster 'KEY'", or "cluster" for all the input */
	snprintf(what, sizeof(what), "%s%s%.200s%s", r->cluster ? "cluster" :
	    "document", r->key.l ? " '" : "", r->key.l ? r->key.s : "",
	    r->key.l ? "'" : "");
	if (r->nrec >= SUM_MAX_SENTS)
		warnf("%s:%lu: %s is over the limit of %zu sentences; skipped",
		    name, lineno, what, SUM_MAX_SENTS);
	else if (held > SUM_MAX_BYTES)
		warnf("%s:%lu: %s is over the limit of %zu MiB of records held "
		    "in memory (each record as read, with its text and "
		    "document id once more): %zu MiB with this record, of "
		    "which %zu MiB sentence text; skipped", name, lineno, what,
		    SUM_MAX_BYTES >> 20, held >> 20,
		    (r->textbytes + rec->textlen) >> 20);
	else
		return 0;
	return 1;
}

/* A cluster (--cluster-sep) whose documents come back after other
 * clusters: reported, and this run of them skipped, as a document's
 * records are (docorder.h). */
static int
cluster_again(struct sumgroup *r, const char *name, unsigned long lineno)
{
	int k = docorder_next(&r->clusters, r->key.s, r->key.l);

	if (k == DO_NOMEM)
		dief(EXIT_BADINPUT, "out of memory");
	if (k != DO_AGAIN)
		return 0;
	warnf("%s:%lu: cluster '%s' again after other clusters: a cluster's "
	    "documents must come together; these are skipped", name, lineno,
	    r->key.s);
	r->bad = 1;
	r->skipping = 1;
	return 1;
}

/* The record as read (its fields, t), with the id and text as
 * repaired; or, from token records or CoNLL-U (t NULL), as rebuilt. */
static int
put_record(struct buf *b, const struct tsv_reader *t, const struct srec *rec)
{
	size_t f;

	if (t == NULL) {
		tsv_put(b, rec->doc, rec->doclen);
		tsv_put_tab(b);
		tsv_put_uint(b, rec->sent);
		tsv_put_tab(b);
		tsv_put_uint(b, rec->para);
		tsv_put_tab(b);
		tsv_put_uint(b, rec->start);
		tsv_put_tab(b);
		tsv_put_uint(b, rec->end);
		tsv_put_tab(b);
		tsv_put(b, rec->text, rec->textlen);
		return b->s ? 0 : -1;
	}
	for (f = 0; f < t->nfield; f++) {
		if (f > 0)
			tsv_put_tab(b);
		if (f == 0)
			tsv_put(b, rec->doc, rec->doclen);
		else if (f == 5)
			tsv_put(b, rec->text, rec->textlen);
		else
			tsv_put(b, t->field[f], t->len[f]);
	}
	return b->s ? 0 : -1;
}

void
sumgroup_add(struct sumgroup *r, struct recout *ro,
    const struct tsv_reader *t, const struct srec *rec, const char *name,
    unsigned long lineno)
{
	size_t keylen = group_key(r, rec);
	struct sgrec *q;

	if (!same(&r->key, rec->doc, keylen)) {
		if (!r->skipping)
			sumgroup_write(r, ro);
		r->skipping = 0;
		buf_reset(&r->key);
		if (buf_add(&r->key, rec->doc, keylen) < 0)
			dief(EXIT_BADINPUT, "out of memory");
		if (r->sep && cluster_again(r, name, lineno))
			return;
	}
	if (r->skipping)
		return;
	if (over_limit(r, t ? t->lr.line.l : rec->doclen + rec->textlen + 64,
	    rec, name, lineno)) {
		r->bad = 1;
		r->skipping = 1;
		r->nrec = r->ndoc = 0;
		r->textbytes = 0;
		buf_reset(&r->arena);
		buf_reset(&r->lastdoc);
		return;
	}
	if (grow(&r->rec, r->nrec, &r->reccap, sizeof(*r->rec)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	if (r->nrec > 0 && !same(&r->lastdoc, rec->doc, rec->doclen))
		r->ndoc++;
	buf_reset(&r->lastdoc);
	buf_add(&r->lastdoc, rec->doc, rec->doclen);
	q = &r->rec[r->nrec++];
	q->doc = r->ndoc;
	q->para = rec->para;
	q->line = r->arena.l;
	if (put_record(&r->arena, t, rec) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	q->linelen = r->arena.l - q->line;
	q->text = r->arena.l;
	q->textlen = rec->textlen;
	r->textbytes += rec->textlen;
	if (buf_add(&r->arena, rec->text, rec->textlen) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	q->id = r->arena.l;
	q->idlen = rec->doclen;
	if (buf_add(&r->arena, rec->doc, rec->doclen) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	q->sent = rec->sent;
	q->start = rec->start;
	q->end = rec->end;
}

