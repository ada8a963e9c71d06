#include "annotate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datadir.h"
#include "depparse.h"

int
annotator_open(struct annotator *a, struct tagger *t, const char *model,
    char *err, size_t errsize)
{
	char path[4096];

	memset(a, 0, sizeof(*a));
	if (model == NULL) {
		datadir_path("tagger.model", path, sizeof(path));
		model = path;
	}
	/* a missing model is said as a missing word list is (datadir.h);
	 * a damaged one, by the model's loader */
	if (access(model, R_OK) != 0) {
		datadir_cannot_open(model, strerror(errno), err, errsize);
		return -1;
	}
	if (tagger_load(t, model, err, errsize) < 0)
		return -1;
	a->tagger = t;
	if ((a->tk = tokenizer_new()) == NULL) {
		snprintf(err, errsize, "out of memory");
		return -1;
	}
	datadir_path("abbreviations.txt", path, sizeof(path));
	return tokenizer_load_abbrev(a->tk, path, err, errsize);
}

int
annotator_open_parser(struct annotator *a, const char *model, char *err,
    size_t errsize)
{
	char path[4096];

	if (model == NULL) {
		datadir_path("parser.model", path, sizeof(path));
		model = path;
	}
	if (access(model, R_OK) != 0) {	/* said as annotator_open() says it */
		datadir_cannot_open(model, strerror(errno), err, errsize);
		return -1;
	}
	return tagger_load_parser(a->tagger, model, err, errsize);
}

void
annotator_close(struct annotator *a)
{
	if (a->tagger)
		tagger_free(a->tagger);
	tokenizer_free(a->tk);
	free(a->spans);
	free(a->wspans);
	free(a->tmp);
	memset(a, 0, sizeof(*a));
}

/* s: the sentence's tokens [c0, c1) (numbers of the sentence; a->spans
 * holds them from a->base on), with their offsets in the document. */
static int
fill(struct annotator *a, const struct srec *rec, size_t c0, size_t c1,
    struct tsent *s)
{
	const struct tokspan *sp = a->spans - a->base;
	size_t i, st, e;

	tsent_clear(s);
	for (i = c0; i < c1; i++) {
		st = rec->start + sp[i].s;
		e = rec->start + sp[i].e;
		if (e > rec->end)
			e = rec->end;
		if (st > e)
			st = e;
		if (tsent_add(s, rec->text + sp[i].s, sp[i].e - sp[i].s, st,
		    e) < 0)
			return -1;
		/* from the text: the offsets are cut at the record's end */
		s->w[i - c0].glued = i > 0 && sp[i].s == sp[i - 1].e;
	}
	return 0;
}

int
annotate_record(struct annotator *a, const struct srec *rec, struct tsent *s,
    unsigned what)
{
	if (annotate_tokens(a, rec, s) < 0)
		return -1;
	return tagger_run(a->tagger, s, what);
}

int
annotate_tokens(struct annotator *a, const struct srec *rec, struct tsent *s)
{
	long n = tokenize(a->tk, rec->text, rec->textlen, &a->spans,
	    &a->capspans);

	if (n < 0)
		return -1;
	a->nspans = (size_t)n;
	a->base = 0;
	return fill(a, rec, 0, (size_t)n, s);
}

/* ---- windows ---- */

void
annotate_begin(struct annotator *a, const struct srec *rec)
{
	a->rec = rec;
	a->part = (struct tokpart)TOKPART_INIT;
	a->nspans = a->base = a->next = 0;
	a->single = a->done = 0;
}

/* Read tokens ahead until the sentence's token want is read, or the
 * text's end; -1 when memory runs out. */
static int
read_ahead(struct annotator *a, size_t want)
{
	const struct srec *rec = a->rec;
	size_t i;
	long n;

	while (a->base + a->nspans <= want && a->part.pos < rec->textlen) {
		n = tokenize_part(a->tk, rec->text, rec->textlen, &a->part,
		    a->part.pos + WINDOW_PART, &a->tmp, &a->captmp);
		if (n < 0)
			return -1;
		for (i = 0; i < (size_t)n; i++) {
			if (grow(&a->spans, a->nspans, &a->capspans,
			    sizeof(*a->spans)) < 0)
				return -1;
			a->spans[a->nspans++] = a->tmp[i];
		}
	}
	return 0;
}

/* The tokens of the sentence read so far, and whether that is all. */
static size_t
read_end(const struct annotator *a, int *all)
{
	*all = a->part.pos >= a->rec->textlen;
	return a->base + a->nspans;
}

/* Can two windows meet before token j: after ", " or between two words in
 * lower case with a space between? */
static int
good_seam(const struct annotator *a, size_t j)
{
	const struct tokspan *sp = a->spans - a->base;
	const char *t = a->rec->text;
	unsigned char c1 = (unsigned char)t[sp[j - 1].s],
	    c2 = (unsigned char)t[sp[j].s];

	if (sp[j].s == sp[j - 1].e)
		return 0;
	if (sp[j - 1].e - sp[j - 1].s == 1 && strchr(",;:", c1) && c1)
		return 1;
	return c1 >= 'a' && c1 <= 'z' && c2 >= 'a' && c2 <= 'z';
}

/* Where the window that owns tokens from own0 ends, total tokens in all. */
static size_t
seam(const struct annotator *a, size_t own0, size_t total)
{
	size_t j, end = own0 + WINDOW_TOKENS;

	if (end >= total)
		return total;
	for (j = end; j < end + WINDOW_CONTEXT / 2 && j < total; j++)
		if (good_seam(a, j))
			return j;
	return end;
}

/* The window's spans from its text, whose first byte is token c0's. */
static int
window_text(struct annotator *a, size_t c0, size_t c1, struct window *w)
{
	const struct tokspan *sp = a->spans - a->base;
	size_t i, base = sp[c0].s;

	if (grow(&a->wspans, c1 - c0, &a->capwspans, sizeof(*a->wspans)) < 0)
		return -1;
	for (i = c0; i < c1; i++) {
		a->wspans[i - c0].s = sp[i].s - (uint32_t)base;
		a->wspans[i - c0].e = sp[i].e - (uint32_t)base;
	}
	w->text = a->rec->text + base;
	w->len = sp[c1 - 1].e - base;
	w->spans = a->wspans;
	return 0;
}

/* The sentence whole, one window: what annotate_tokens() gives. */
static int
single_window(struct annotator *a, struct tsent *s, unsigned what,
    struct window *w, size_t total)
{
	a->single = a->done = 1;
	if (fill(a, a->rec, 0, total, s) < 0 ||
	    (what && tagger_run(a->tagger, s, what) < 0))
		return -1;
	w->own0 = w->tok0 = 0;
	w->own1 = total;
	w->first = w->last = 1;
	w->text = a->rec->text;
	w->len = a->rec->textlen;
	w->spans = a->spans;
	return 1;
}

/* The parse of a window, its context included, as the sentence's: heads
 * numbered in the sentence, those of the words it owns inside them.  A
 * word whose head is outside (or the root) is the window's root: the
 * first window's is the sentence's, later ones hang from it as
 * "parataxis", as the parser joins the pieces of a long sentence
 * (depparse.h); any other such word hangs from its window's root. */
static void
own_heads(struct annotator *a, struct tsent *s, const struct window *w)
{
	size_t i, root = 0, h;
	const struct depparser *p = a->tagger->parser;

	for (i = w->own0; i < w->own1; i++) {
		h = s->w[i].head;
		if (h > w->own0 && h <= w->own1) {
			s->w[i].head = (uint32_t)(h - 1 - w->own0 + w->tok0 + 1);
			continue;
		}
		if (root == 0) {	/* the window's root */
			root = i - w->own0 + w->tok0 + 1;
			if (w->first) {
				a->root = root;
				s->w[i].head = 0;
				s->w[i].rel = (uint8_t)p->root;
			} else {
				s->w[i].head = (uint32_t)a->root;
				s->w[i].rel = (uint8_t)p->joint;
			}
			continue;
		}
		s->w[i].head = (uint32_t)root;
	}
}

int
annotate_window(struct annotator *a, struct tsent *s, unsigned what,
    struct window *w)
{
	size_t own0 = a->next, own1, c0, c1, total, ctx = what ?
	    WINDOW_CONTEXT : 0, keep;
	int all;

	if (a->done)
		return 0;
	if (read_ahead(a, own0 + WINDOW_TOKENS + WINDOW_CONTEXT / 2 + ctx) < 0)
		return -1;
	total = read_end(a, &all);
	if (own0 == 0 && all && total <= WINDOW_TOKENS)
		return single_window(a, s, what, w, total);
	own1 = seam(a, own0, total);
	c0 = own0 >= ctx ? own0 - ctx : 0;
	c1 = own1 + ctx < total ? own1 + ctx : total;
	if (fill(a, a->rec, c0, c1, s) < 0 || window_text(a, c0, c1, w) < 0 ||
	    (what && tagger_run(a->tagger, s, what) < 0))
		return -1;
	w->own0 = own0 - c0;
	w->own1 = own1 - c0;
	w->tok0 = own0;
	w->first = own0 == 0;
	if (s->done & TAG_PARSE)
		own_heads(a, s, w);
	w->last = all && own1 == total;
	a->done = w->last;
	a->next = own1;
	/* forget what no later window looks at: they begin at own1 less
	 * their context, and the token before tells whether it is glued */
	keep = own1 > WINDOW_CONTEXT + 1 ? own1 - WINDOW_CONTEXT - 1 : 0;
	if (keep > a->base) {
		memmove(a->spans, a->spans + (keep - a->base),
		    (a->base + a->nspans - keep) * sizeof(*a->spans));
		a->nspans -= keep - a->base;
		a->base = keep;
	}
	return 1;
}

void
window_own(struct tsent *s, const struct window *w)
{
	if (w->own0 > 0)
		memmove(s->w, s->w + w->own0, (w->own1 - w->own0) *
		    sizeof(*s->w));
	s->n = w->own1 - w->own0;
}
