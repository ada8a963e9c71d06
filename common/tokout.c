#include "tokout.h"

#include <string.h>

#include "rules.h"
#include "tsv.h"

void
tokout_init(struct tokout *o, enum tokout_fmt fmt, const struct rules *rules)
{
	memset(o, 0, sizeof(*o));
	o->fmt = fmt;
	o->rules = rules;
}

void
tokout_free(struct tokout *o)
{
	buf_free(&o->lastdoc);
	buf_free(&o->tmp);
}

void
tokout_header(struct tokout *o, struct buf *out)
{
	if (o->fmt == TO_TOKENS)
		buf_adds(out, TOKOUT_TOKENS_HEADER);
	else if (o->fmt == TO_SPANS)
		buf_adds(out, TOKOUT_SPANS_HEADER);
}

const char *
tokout_label(const struct tokout *o, const struct tagger *t,
    const struct tsent *s, size_t i, int *begins)
{
	const struct tword *w = &s->w[i];

	if (w->rule && o->rules) {
		*begins = w->rule_begin;
		return rules_label(o->rules, w->rule - 1u);
	}
	if (t->m.nner == 0) {
		*begins = 0;
		return NULL;
	}
	return tagger_ner_type(t, w->ner, begins);
}

/* "B-PER", "I-ORG", "O" */
static void
put_label(struct buf *out, const char *type, int begins)
{
	if (type == NULL) {
		buf_addc(out, 'O');
		return;
	}
	buf_adds(out, begins ? "B-" : "I-");
	tsv_put_str(out, type);
}

static void
put_token(struct buf *out, const struct tokout *o, const struct tagger *t,
    const struct tsent *s, size_t i, const struct srec *rec)
{
	const struct tword *w = &s->w[i];
	const char *type;
	int begins;

	tsv_put(out, rec->doc, rec->doclen);
	tsv_put_tab(out);
	tsv_put_uint(out, rec->sent);
	tsv_put_tab(out);
	tsv_put_uint(out, i + 1);
	tsv_put_tab(out);
	tsv_put_uint(out, w->start);
	tsv_put_tab(out);
	tsv_put_uint(out, w->end);
	tsv_put_tab(out);
	tsv_put(out, tsent_form(s, i), w->len);
	tsv_put_tab(out);
	tsv_put(out, s->lemmas.s + w->loff, w->llen);
	tsv_put_tab(out);
	tsv_put_str(out, t->upos[w->pos]);
	tsv_put_tab(out);
	tsv_put_str(out, t->xpos[w->pos]);
	tsv_put_tab(out);
	type = tokout_label(o, t, s, i, &begins);
	put_label(out, type, begins);
	tsv_put_end(out);
}

/* The words [a, b) form one entity: does word b continue it? */
static size_t
entity_end(const struct tokout *o, const struct tagger *t,
    const struct tsent *s, size_t a)
{
	const char *type, *next;
	size_t b;
	int begins;

	type = tokout_label(o, t, s, a, &begins);
	for (b = a + 1; b < s->n; b++) {
		next = tokout_label(o, t, s, b, &begins);
		if (next == NULL || begins || strcmp(next, type) != 0)
			break;
	}
	return b;
}

static void
put_spans(struct buf *out, const struct tokout *o, const struct tagger *t,
    const struct tsent *s, const struct srec *rec)
{
	const char *type;
	size_t i, b;
	int begins;
	size_t ts, te;

	for (i = 0; i < s->n; i = b) {
		type = tokout_label(o, t, s, i, &begins);
		if (type == NULL) {
			b = i + 1;
			continue;
		}
		b = entity_end(o, t, s, i);
		tsv_put(out, rec->doc, rec->doclen);
		tsv_put_tab(out);
		tsv_put_uint(out, rec->sent);
		tsv_put_tab(out);
		tsv_put_uint(out, s->w[i].start);
		tsv_put_tab(out);
		tsv_put_uint(out, s->w[b - 1].end);
		tsv_put_tab(out);
		tsv_put_str(out, type);
		tsv_put_tab(out);
		/* the entity's text as the sentence gives it */
		ts = s->w[i].start - rec->start;
		te = s->w[b - 1].end - rec->start;
		if (te <= rec->textlen && ts <= te)
			tsv_put(out, rec->text + ts, te - ts);
		tsv_put_end(out);
	}
}

/* MISC with NER=<label> added, in place of any NER= it had (so that a
 * tagged file tagged again keeps one label a word). */
static const char *
misc_with_ner(struct tokout *o, const char *misc, size_t n, const char *type,
    int begins)
{
	const char *p = misc, *end = misc + n, *bar;

	buf_reset(&o->tmp);
	if (!(n == 1 && misc[0] == '_')) {
		for (; p < end; p = bar + 1) {
			if ((bar = memchr(p, '|', (size_t)(end - p))) == NULL)
				bar = end;
			if (bar - p >= 4 && memcmp(p, "NER=", 4) == 0)
				continue;
			buf_add(&o->tmp, p, (size_t)(bar - p));
			buf_addc(&o->tmp, '|');
		}
	}
	buf_adds(&o->tmp, "NER=");
	if (type == NULL) {
		buf_addc(&o->tmp, 'O');
	} else {
		buf_adds(&o->tmp, begins ? "B-" : "I-");
		buf_adds(&o->tmp, type);
	}
	return o->tmp.s;
}

void
tokout_conllu_sentence(struct tokout *o, struct buf *out,
    const struct tagger *t, const struct tsent *s, const struct conllu_sent *cs)
{
	const char *repl[CF_N] = { 0 }, *type;
	struct buf lemma = BUF_INIT;
	size_t i, w = 0, n;
	int begins;

	for (i = 0; i < cs->nrow; i++) {
		if (cs->row[i].kind != CL_WORD) {
			conllu_put_row(out, cs, i, NULL);
			continue;
		}
		buf_reset(&lemma);
		buf_add(&lemma, s->lemmas.s + s->w[w].loff, s->w[w].llen);
		repl[CF_LEMMA] = lemma.s ? lemma.s : "_";
		repl[CF_UPOS] = t->upos[s->w[w].pos];
		repl[CF_XPOS] = t->xpos[s->w[w].pos];
		type = tokout_label(o, t, s, w, &begins);
		conllu_field(cs, i, CF_MISC, &n);
		repl[CF_MISC] = misc_with_ner(o, conllu_field(cs, i, CF_MISC, NULL),
		    n, type, begins);
		conllu_put_row(out, cs, i, repl);
		w++;
	}
	buf_addc(out, '\n');
	buf_free(&lemma);
}

/* CoNLL-U from sentence records: one document's comments, then words. */
static void
put_conllu(struct buf *out, struct tokout *o, const struct tagger *t,
    const struct tsent *s, const struct srec *rec)
{
	const char *type;
	size_t i, mark;
	int begins;

	if (o->lastdoc.l != rec->doclen || memcmp(o->lastdoc.s ? o->lastdoc.s :
	    "", rec->doc, rec->doclen) != 0) {
		buf_reset(&o->lastdoc);
		buf_add(&o->lastdoc, rec->doc, rec->doclen);
		buf_adds(out, "# newdoc id = ");
		tsv_put(out, rec->doc, rec->doclen);
		buf_addc(out, '\n');
	}
	buf_adds(out, "# sent_id = ");
	tsv_put(out, rec->doc, rec->doclen);
	buf_addc(out, '-');
	tsv_put_uint(out, rec->sent);
	buf_adds(out, "\n# text = ");
	/* a comment is one line: a TAB, CR or LF that a record's text may
	 * hold (escaped) becomes a space */
	mark = out->l;
	buf_add(out, rec->text, rec->textlen);
	for (i = mark; i < out->l; i++)
		if (out->s[i] == '\n' || out->s[i] == '\r' || out->s[i] == '\t')
			out->s[i] = ' ';
	buf_addc(out, '\n');
	for (i = 0; i < s->n; i++) {
		const struct tword *w = &s->w[i];

		tsv_put_uint(out, i + 1);
		buf_addc(out, '\t');
		buf_add(out, tsent_form(s, i), w->len);
		buf_addc(out, '\t');
		buf_add(out, s->lemmas.s + w->loff, w->llen);
		buf_addc(out, '\t');
		buf_adds(out, t->upos[w->pos]);
		buf_addc(out, '\t');
		buf_adds(out, t->xpos[w->pos]);
		buf_adds(out, "\t_\t_\t_\t_\t");
		type = tokout_label(o, t, s, i, &begins);
		buf_adds(out, misc_with_ner(o, "_", 1, type, begins));
		if (i + 1 < s->n && w->end == s->w[i + 1].start)
			buf_adds(out, "|SpaceAfter=No");
		buf_addc(out, '\n');
	}
	buf_addc(out, '\n');
}

void
tokout_sentence(struct tokout *o, struct buf *out, const struct tagger *t,
    const struct tsent *s, const struct srec *rec)
{
	size_t i;

	switch (o->fmt) {
	case TO_TOKENS:
		for (i = 0; i < s->n; i++)
			put_token(out, o, t, s, i, rec);
		break;
	case TO_SPANS:
		put_spans(out, o, t, s, rec);
		break;
	case TO_CONLLU:
		put_conllu(out, o, t, s, rec);
		break;
	}
}
