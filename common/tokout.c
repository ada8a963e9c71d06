#include "tokout.h"

#include <string.h>

#include <stdio.h>

#include "depparse.h"
#include "recout.h"
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

static void writer(struct recout *r, struct buf *out, const struct tokout *o);

void
tokout_header(struct tokout *o, struct buf *out)
{
	struct recout r;

	if (o->fmt == TO_CONLLU)
		return;
	writer(&r, out, o);
	recout_header(&r);
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

static const char *const token_columns[] = { "doc", "sent", "tok", "start",
	"end", "form", "lemma", "upos", "xpos", "ner", "head", "rel", "para" };
static const char *const span_columns[] = { "doc", "sent", "start", "end",
	"type", "text" };

static void
writer(struct recout *r, struct buf *out, const struct tokout *o)
{
	if (o->fmt == TO_SPANS)
		recout_init(r, out, o->rfmt, span_columns,
		    sizeof(span_columns) / sizeof(span_columns[0]));
	else
		recout_init(r, out, o->rfmt, token_columns,
		    sizeof(token_columns) / sizeof(token_columns[0]));
}

/* "B-PER", "I-ORG", "O" */
static void
put_label(struct recout *r, const char *type, int begins)
{
	char label[64];
	int n;

	if (type == NULL) {
		recout_str(r, "O", 1);
		return;
	}
	n = snprintf(label, sizeof(label), "%s-%s", begins ? "B" : "I", type);
	recout_str(r, label, n < 0 ? 0 : (size_t)n < sizeof(label) ?
	    (size_t)n : sizeof(label) - 1);
}

/* The head's word number (0: the root) and the relation, or two empty
 * fields when the sentence was not parsed. */
static void
put_parse(struct recout *r, const struct tagger *t, const struct tsent *s,
    size_t i)
{
	const char *rel;

	if (!(s->done & TAG_PARSE)) {
		recout_none(r);
		recout_none(r);
		return;
	}
	rel = depparser_label(t->parser, s->w[i].rel);
	recout_uint(r, s->w[i].head);
	recout_str(r, rel, strlen(rel));
}

static void
put_token(struct recout *r, const struct tokout *o, const struct tagger *t,
    const struct tsent *s, size_t i, const struct srec *rec)
{
	const struct tword *w = &s->w[i];
	const char *type;
	int begins;

	recout_str(r, rec->doc, rec->doclen);
	recout_uint(r, rec->sent);
	recout_uint(r, o->tok0 + i + 1);
	recout_uint(r, w->start);
	recout_uint(r, w->end);
	recout_str(r, tsent_form(s, i), w->len);
	recout_str(r, s->lemmas.s + w->loff, w->llen);
	recout_str(r, t->upos[w->pos], strlen(t->upos[w->pos]));
	recout_str(r, t->xpos[w->pos], strlen(t->xpos[w->pos]));
	type = tokout_label(o, t, s, i, &begins);
	put_label(r, type, begins);
	put_parse(r, t, s, i);
	recout_uint(r, rec->para);
	recout_end(r);
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
put_spans(struct recout *r, const struct tokout *o, const struct tagger *t,
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
		recout_str(r, rec->doc, rec->doclen);
		recout_uint(r, rec->sent);
		recout_uint(r, s->w[i].start);
		recout_uint(r, s->w[b - 1].end);
		recout_str(r, type, strlen(type));
		/* the entity's text as the sentence gives it */
		ts = s->w[i].start - rec->start;
		te = s->w[b - 1].end - rec->start;
		if (te <= rec->textlen && ts <= te)
			recout_str(r, rec->text + ts, te - ts);
		else
			recout_str(r, "", 0);
		recout_end(r);
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
	char head[24];
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
		if (s->done & TAG_PARSE) {	/* never the input's tree */
			snprintf(head, sizeof(head), "%u", (unsigned)s->w[w].head);
			repl[CF_HEAD] = head;
			repl[CF_DEPREL] = depparser_label(t->parser, s->w[w].rel);
			repl[CF_DEPS] = "_";
		}
		conllu_put_row(out, cs, i, repl);
		w++;
	}
	buf_addc(out, '\n');
	buf_free(&lemma);
}

/* HEAD and DEPREL of word i, "_" for both when not parsed. */
static void
put_conllu_parse(struct buf *out, const struct tagger *t,
    const struct tsent *s, size_t i)
{
	if (!(s->done & TAG_PARSE)) {
		buf_adds(out, "_\t_");
		return;
	}
	tsv_put_uint(out, s->w[i].head);
	buf_addc(out, '\t');
	buf_adds(out, depparser_label(t->parser, s->w[i].rel));
}

/* CoNLL-U from sentence records: one document's comments, then words. */
static void
put_conllu(struct buf *out, struct tokout *o, const struct tagger *t,
    const struct tsent *s, const struct srec *rec)
{
	const char *type;
	size_t i, mark;
	int begins;

	if (o->cont)	/* a window after the sentence's first */
		goto words;
	if (o->lastdoc.l != rec->doclen || memcmp(o->lastdoc.s ? o->lastdoc.s :
	    "", rec->doc, rec->doclen) != 0) {
		buf_reset(&o->lastdoc);
		buf_add(&o->lastdoc, rec->doc, rec->doclen);
		buf_adds(out, "# newdoc id = ");
		tsv_put(out, rec->doc, rec->doclen);
		buf_addc(out, '\n');
		o->lastpara = 0;
	}
	if (rec->para != o->lastpara) {
		buf_adds(out, "# newpar\n");
		o->lastpara = rec->para;
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
words:
	for (i = 0; i < s->n; i++) {
		const struct tword *w = &s->w[i];

		tsv_put_uint(out, o->tok0 + i + 1);
		buf_addc(out, '\t');
		buf_add(out, tsent_form(s, i), w->len);
		buf_addc(out, '\t');
		buf_add(out, s->lemmas.s + w->loff, w->llen);
		buf_addc(out, '\t');
		buf_adds(out, t->upos[w->pos]);
		buf_addc(out, '\t');
		buf_adds(out, t->xpos[w->pos]);
		buf_adds(out, "\t_\t");
		put_conllu_parse(out, t, s, i);
		buf_adds(out, "\t_\t");
		type = tokout_label(o, t, s, i, &begins);
		buf_adds(out, misc_with_ner(o, "_", 1, type, begins));
		if (tsent_glued(s, i))
			buf_adds(out, "|SpaceAfter=No");
		buf_addc(out, '\n');
	}
	if (!o->more)
		buf_addc(out, '\n');
}

void
tokout_sentence(struct tokout *o, struct buf *out, const struct tagger *t,
    const struct tsent *s, const struct srec *rec)
{
	struct recout r;
	size_t i;

	writer(&r, out, o);
	switch (o->fmt) {
	case TO_TOKENS:
		for (i = 0; i < s->n; i++)
			put_token(&r, o, t, s, i, rec);
		break;
	case TO_SPANS:
		put_spans(&r, o, t, s, rec);
		break;
	case TO_CONLLU:
		put_conllu(out, o, t, s, rec);
		break;
	}
}
