#include "recread.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "depparse.h"

void
recread_init(struct recread *r, FILE *fp, const char *name, unsigned accepts,
    const struct tagger *t)
{
	memset(r, 0, sizeof(*r));
	r->accepts = accepts;
	r->tagger = t;
	sentrec_init(&r->sr, fp, name);
	tsent_init(&r->t);
	conllu_sent_init(&r->cs);
}

void
recread_free(struct recread *r)
{
	sentrec_free(&r->sr);
	lr_free(&r->cr.lr);
	conllu_sent_free(&r->cs);
	tsent_free(&r->t);
	buf_free(&r->doc);
	buf_free(&r->text);
	buf_free(&r->cur);
	memset(r, 0, sizeof(*r));
}

static const char *
rr_name(const struct recread *r)
{
	return r->sr.tsv.lr.name ? r->sr.tsv.lr.name : r->cr.lr.name;
}

unsigned long
recread_line(const struct recread *r)
{
	return r->kind == RK_CONLLU ? r->cr.lr.lineno : r->sr.tsv.lr.lineno;
}

static int
rr_error(struct recread *r, char *err, size_t errsize, int rc,
    const char *what)
{
	snprintf(err, errsize, "%s:%lu: %s", rr_name(r), recread_line(r), what);
	return rc;
}

/* A read error: "FILE: reason", as the programs have always said it. */
static int
rr_read_error(struct recread *r, char *err, size_t errsize)
{
	snprintf(err, errsize, "%s: %s", rr_name(r), strerror(errno));
	return RR_FATAL;
}

/* ---- the kind of an input ---- */

/* "# text = ...", "# newdoc", "# newpar": CoNLL-U's comments. */
static int
conllu_comment(const char *s, size_t n)
{
	return n > 2 && s[1] == ' ' && (memmem(s, n, " = ", 3) != NULL ||
	    (n >= 8 && memcmp(s, "# newdoc", 8) == 0) ||
	    (n >= 8 && memcmp(s, "# newpar", 8) == 0));
}

/* An ID of CoNLL-U: 1, 1-2 or 1.1. */
static int
conllu_id(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == 0)
		return 0;
	if (i < n && (s[i] == '-' || s[i] == '.'))
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
	return i == n;
}

#define KIND_FIELDS 16

/* The kind of a data line, from its fields' counts and digits. */
static enum reckind
kind_of_line(const char *s, size_t n)
{
	const char *f[KIND_FIELDS];
	size_t len[KIND_FIELDS], nf = 0, i, start = 0;

	for (i = 0; i <= n && nf < KIND_FIELDS; i++)
		if (i == n || s[i] == '\t') {
			f[nf] = s + start;
			len[nf++] = i - start;
			start = i + 1;
		}
	if (i <= n)		/* more fields than any kind has */
		return RK_UNKNOWN;
	if (nf == 10 && conllu_id(f[0], len[0]) && !conllu_id(f[4], len[4]))
		return RK_CONLLU;
	return reckind_of_fields(f, len, nf);
}

/* Read up to the first record, and tell the kind from it or from a
 * header line before it; the record is left to be read again.  1 when
 * the kind is known, else an RR_ value. */
static int
detect(struct recread *r, char *err, size_t errsize)
{
	struct linereader *lr = &r->sr.tsv.lr;
	enum reckind k;
	int rc;

	if ((r->accepts & (r->accepts - 1)) == 0) {	/* one kind: as told */
		for (k = RK_UNKNOWN; k < RK_N && !(r->accepts & RK_BIT(k)); k++)
			;
		r->kind = k;
		return 1;
	}
	for (;;) {
		if ((rc = lr_next(lr)) == LR_EOF)
			return RR_EOF;
		if (rc == LR_ERR)
			return rr_read_error(r, err, errsize);
		if (rc == LR_TOOLONG)
			return rr_error(r, err, errsize, RR_BAD, "line too long");
		if (lr->line.l == 0)
			continue;
		r->kindline = lr->lineno;
		if (lr->line.s[0] == '#') {
			if ((k = reckind_of_header(lr->line.s,
			    lr->line.l)) != RK_UNKNOWN) {
				r->kind = k;	/* the header is read */
				return 1;
			}
			if (!conllu_comment(lr->line.s, lr->line.l))
				continue;
			k = RK_CONLLU;
		} else {
			k = kind_of_line(lr->line.s, lr->line.l);
		}
		/* a line of no kind is read as what the program reads first,
		 * whose reader says what is wrong with it, line by line */
		if (k == RK_UNKNOWN && (r->accepts & RK_BIT(RK_SENTENCES)))
			k = RK_SENTENCES;
		r->kind = k;
		lr_unread(lr);
		return 1;
	}
}

/* ---- tags given as text ---- */

/* What a word's tags said, for the sentence's tsent.done. */
struct given {
	int pos, lemma, ner, parse;
};

static void
given_start(struct given *g)
{
	g->pos = g->lemma = g->ner = g->parse = 1;
}

static unsigned
given_done(const struct given *g, size_t n)
{
	if (n == 0)
		return 0;
	return (g->pos ? TAG_POS : 0) | (g->lemma && g->pos ? TAG_LEMMAS : 0) |
	    (g->ner ? TAG_ENTITIES : 0) | (g->parse && g->pos ? TAG_PARSE : 0);
}

static int
empty_tag(const char *s, size_t n)
{
	return n == 0 || (n == 1 && s[0] == '_');
}

/* The tags of the word just added to r->t, given as text. */
static int
word_tags(struct recread *r, struct given *g, const char *lemma, size_t ln,
    const char *upos, size_t un, const char *xpos, size_t xn,
    const char *ner, size_t nn)
{
	struct tword *w = &r->t.w[r->t.n - 1];
	int c = -1;

	if (r->tagger && !(empty_tag(upos, un) && empty_tag(xpos, xn)))
		c = tagger_class_of(r->tagger, xpos, xn, upos, un);
	if (c < 0)
		g->pos = 0;
	else
		w->pos = (uint16_t)c;
	if (empty_tag(lemma, ln) && !(ln == 1 && w->len == 1 &&
	    tsent_form(&r->t, r->t.n - 1)[0] == '_'))
		g->lemma = 0;
	w->loff = (uint32_t)r->t.lemmas.l;
	w->llen = (uint32_t)ln;
	if (buf_add(&r->t.lemmas, lemma, ln) < 0 ||
	    buf_addc(&r->t.lemmas, '\0') < 0)
		return -1;
	if (ner == NULL || r->tagger == NULL || r->tagger->m.nner == 0)
		g->ner = 0;
	else
		w->ner = (uint8_t)tagger_label_of(r->tagger, ner, nn);
	return 0;
}

static int
number(const char *s, size_t n, size_t *v)
{
	size_t i;

	if (n == 0 || n > 18)
		return -1;
	for (*v = 0, i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (size_t)(s[i] - '0');
	}
	return 0;
}

/* The head and relation of the word just added, given as text; a
 * relation the parser does not know, or no parser, is no parse. */
static void
word_parse(struct recread *r, struct given *g, const char *head, size_t hn,
    const char *rel, size_t rn)
{
	struct tword *w = &r->t.w[r->t.n - 1];
	const struct depparser *p = r->tagger ? r->tagger->parser : NULL;
	size_t h;
	int l = -1;

	if (p == NULL || number(head, hn, &h) < 0 ||
	    (l = depparser_label_of(p, rel, rn)) < 0) {
		g->parse = 0;
		return;
	}
	w->head = (uint32_t)h;
	w->rel = (uint8_t)l;
}

/* Heads inside the sentence, else no parse. */
static void
check_heads(struct recread *r, struct given *g)
{
	size_t i;

	for (i = 0; i < r->t.n; i++)
		if (r->t.w[i].head > r->t.n)
			g->parse = 0;
}

/* ---- token records ---- */

#define TOK_FIELDS 13

static int
same_field(const struct tsv_reader *t, size_t k, const struct buf *b)
{
	return t->len[k] == b->l && memcmp(t->field[k], b->s ? b->s : "",
	    b->l) == 0;
}

/* The sentence record's text and document id from r->text and r->doc
 * (kept NUL-terminated). */
static int
set_rec(struct recread *r)
{
	if (buf_addc(&r->text, '\0') < 0 || buf_addc(&r->doc, '\0') < 0)
		return -1;
	r->text.l--;
	r->doc.l--;
	r->rec.text = r->text.s;
	r->rec.textlen = r->text.l;
	r->rec.doc = r->doc.s;
	r->rec.doclen = r->doc.l;
	r->rec.nfield = SENTREC_NFIELD;
	return 0;
}

/* The sentence record of the words read: the text their forms make, a
 * space where the offsets leave room for one. */
static int
rebuild_text(struct recread *r)
{
	size_t i;

	buf_reset(&r->text);
	for (i = 0; i < r->t.n; i++) {
		const struct tword *w = &r->t.w[i];

		if (i > 0 && w->start > r->t.w[i - 1].end &&
		    buf_addc(&r->text, ' ') < 0)
			return -1;
		if (buf_add(&r->text, tsent_form(&r->t, i), w->len) < 0)
			return -1;
		r->t.w[i].glued = i > 0 && w->start == r->t.w[i - 1].end;
	}
	r->rec.start = r->t.n ? r->t.w[0].start : 0;
	r->rec.end = r->t.n ? r->t.w[r->t.n - 1].end : 0;
	return set_rec(r);
}

/* One token record into r->t; the first of a sentence sets its
 * document, number and paragraph. */
static int
token_record(struct recread *r, struct given *g, char *err, size_t errsize)
{
	const struct tsv_reader *t = &r->sr.tsv;
	size_t v[5], k;
	char what[96];

	if (t->nfield != TOK_FIELDS && t->nfield != 12 && t->nfield != 10) {
		snprintf(what, sizeof(what), "expected %d fields in a token "
		    "record, got %zu", TOK_FIELDS, t->nfield);
		return rr_error(r, err, errsize, RR_BAD, what);
	}
	for (k = 1; k < 5; k++)
		if (number(t->field[k], t->len[k], &v[k]) < 0)
			return rr_error(r, err, errsize, RR_BAD,
			    "sent, tok, start and end must be numbers");
	if (v[3] > v[4])
		return rr_error(r, err, errsize, RR_BAD, "start is after end");
	if (v[2] != r->t.n + 1)
		return rr_error(r, err, errsize, RR_BAD,
		    "tok does not follow the token before");
	/* the sentence spans its first token's start to its last's end */
	if (r->t.n > 0 && v[3] < r->t.w[r->t.n - 1].end)
		return rr_error(r, err, errsize, RR_BAD,
		    "start is before the end of the token before");
	if (r->t.n == 0) {
		buf_reset(&r->doc);
		if (buf_add(&r->doc, t->field[0], t->len[0]) < 0)
			return rr_error(r, err, errsize, RR_FATAL, "out of memory");
		r->rec.sent = v[1];
		r->rec.para = 1;
		if (t->nfield == TOK_FIELDS && number(t->field[12], t->len[12],
		    &v[0]) == 0 && v[0] > 0)
			r->rec.para = v[0];
	}
	if (tsent_add(&r->t, t->field[5], t->len[5], v[3], v[4]) < 0 ||
	    word_tags(r, g, t->field[6], t->len[6], t->field[7], t->len[7],
	    t->field[8], t->len[8], t->field[9], t->len[9]) < 0)
		return rr_error(r, err, errsize, RR_FATAL, "out of memory");
	if (t->nfield >= 12)
		word_parse(r, g, t->field[10], t->len[10], t->field[11],
		    t->len[11]);
	else
		g->parse = 0;
	return RR_SENT;
}

/* The token records of one sentence: those of its document and number,
 * up to the first of another, which is read again next time. */
static int
next_tokens(struct recread *r, char *err, size_t errsize)
{
	struct tsv_reader *t = &r->sr.tsv;
	struct given g;
	int rc;

	tsent_clear(&r->t);
	given_start(&g);
	t->keepraw = 1;
	for (;;) {
		rc = tsv_next(t);
		if (rc == TSV_EOF)
			break;
		if (rc == TSV_ERR)
			return rr_read_error(r, err, errsize);
		if (rc == TSV_TOOLONG)
			return rr_error(r, err, errsize, RR_BAD, "line too long");
		if (rc != TSV_RECORD)
			return rr_error(r, err, errsize, RR_BAD, tsv_reason(rc));
		if (r->t.n > 0 && (!same_field(t, 0, &r->doc) ||
		    strtoul(t->field[1], NULL, 10) != r->rec.sent)) {
			tsv_unread(t);
			break;
		}
		if ((rc = token_record(r, &g, err, errsize)) != RR_SENT) {
			/* the tokens read so far are dropped with it: say so */
			if (rc == RR_BAD && r->t.n > 0)
				snprintf(err + strlen(err), errsize -
				    strlen(err), " (sentence %lu of '%s' "
				    "skipped)", r->rec.sent, r->doc.s);
			return rc;
		}
	}
	if (r->t.n == 0)
		return RR_EOF;
	check_heads(r, &g);
	r->t.done = given_done(&g, r->t.n);
	return rebuild_text(r) < 0 ? rr_error(r, err, errsize, RR_FATAL,
	    "out of memory") : RR_SENT;
}

/* ---- CoNLL-U ---- */

/* The value of comment "# KEY = VALUE" of row i, or NULL. */
static const char *
comment_value(const struct conllu_sent *cs, size_t i, const char *key,
    size_t *n)
{
	size_t len, kl = strlen(key);
	const char *s = conllu_field(cs, i, 0, &len);

	if (len < kl + 5 || memcmp(s, "# ", 2) != 0 ||
	    memcmp(s + 2, key, kl) != 0 || memcmp(s + 2 + kl, " = ", 3) != 0)
		return NULL;
	*n = len - kl - 5;
	return s + kl + 5;
}

/* The comments of a sentence: a new document, a new paragraph, its text
 * (into r->text; NULL text when it has none). */
static int
conllu_comments(struct recread *r, int *has_text)
{
	const struct conllu_sent *cs = &r->cs;
	const char *v;
	size_t i, n;

	*has_text = 0;
	for (i = 0; i < cs->nrow; i++) {
		if (cs->row[i].kind != CL_COMMENT)
			continue;
		if ((v = comment_value(cs, i, "newdoc id", &n)) != NULL ||
		    strncmp(conllu_field(cs, i, 0, NULL), "# newdoc", 8) == 0) {
			buf_reset(&r->cur);
			if (v ? buf_add(&r->cur, v, n) < 0 :
			    buf_adds(&r->cur, rr_name(r)) < 0)
				return -1;
			r->newdoc = 1;
		} else if (strncmp(conllu_field(cs, i, 0, NULL),
		    "# newpar", 8) == 0) {
			r->para++;
		} else if ((v = comment_value(cs, i, "text", &n)) != NULL) {
			buf_reset(&r->text);
			if (buf_add(&r->text, v, n) < 0)
				return -1;
			*has_text = 1;
		}
	}
	return 0;
}

/* SpaceAfter=No in MISC? */
static int
no_space_after(const char *misc, size_t n)
{
	const char *p = memmem(misc, n, "SpaceAfter=No", 13);

	return p && (p == misc || p[-1] == '|') &&
	    (p + 13 == misc + n || p[13] == '|');
}

/* NER=LABEL in MISC, or NULL. */
static const char *
misc_ner(const char *misc, size_t n, size_t *len)
{
	const char *p = misc, *end = misc + n, *bar;

	for (; p < end; p = bar + 1) {
		if ((bar = memchr(p, '|', (size_t)(end - p))) == NULL)
			bar = end;
		if (bar - p > 4 && memcmp(p, "NER=", 4) == 0) {
			*len = (size_t)(bar - p) - 4;
			return p + 4;
		}
	}
	return NULL;
}

/* Does the "# text = " line hold the sentence's words, in order?  Where
 * it does not (another tool's slip, or a hand edit), the text is made
 * from the words instead, so that every word has its place in it. */
static int
text_holds_words(const struct recread *r)
{
	const struct conllu_sent *cs = &r->cs;
	const char *form, *p;
	size_t i, at = 0, fl;

	if (r->text.s == NULL)
		return 0;
	for (i = 0; i < cs->nrow; i++) {
		if (cs->row[i].kind != CL_WORD)
			continue;
		form = conllu_field(cs, i, CF_FORM, &fl);
		if ((p = memmem(r->text.s + at, r->text.l - at, form, fl)) ==
		    NULL)
			return 0;
		at = (size_t)(p - r->text.s) + fl;
	}
	return 1;
}

/* The words of the CoNLL-U sentence into r->t, at their places in the
 * text (found in order: text_holds_words), or the text made of them. */
static int
conllu_words(struct recread *r, int has_text, struct given *g)
{
	const struct conllu_sent *cs = &r->cs;
	size_t i, at = 0, fl, ml, nl = 0, lel, ul, xl;
	const char *form, *misc, *ner, *p, *lemma, *upos, *xpos;
	int glue = 1;

	for (i = 0; i < cs->nrow; i++) {
		if (cs->row[i].kind != CL_WORD)
			continue;
		form = conllu_field(cs, i, CF_FORM, &fl);
		misc = conllu_field(cs, i, CF_MISC, &ml);
		if (has_text && (p = memmem(r->text.s + at, r->text.l - at, form,
		    fl)) != NULL) {
			at = (size_t)(p - r->text.s);
		} else {
			if (!glue)
				at++;
			if (!has_text && ((!glue && buf_addc(&r->text, ' ') < 0) ||
			    buf_add(&r->text, form, fl) < 0))
				return -1;
		}
		if (tsent_add(&r->t, form, fl, r->off + at, r->off + at + fl) < 0)
			return -1;
		r->t.w[r->t.n - 1].glued = r->t.n > 1 && glue;
		at += fl;
		glue = no_space_after(misc, ml);
		ner = misc_ner(misc, ml, &nl);
		lemma = conllu_field(cs, i, CF_LEMMA, &lel);
		upos = conllu_field(cs, i, CF_UPOS, &ul);
		xpos = conllu_field(cs, i, CF_XPOS, &xl);
		if (word_tags(r, g, lemma, lel, upos, ul, xpos, xl, ner, nl) < 0)
			return -1;
		form = conllu_field(cs, i, CF_HEAD, &fl);
		misc = conllu_field(cs, i, CF_DEPREL, &ml);
		word_parse(r, g, form, fl, misc, ml);
	}
	return 0;
}

static int
next_conllu(struct recread *r, char *err, size_t errsize)
{
	struct given g;
	int rc, has_text;

	if (r->cr.lr.fp == NULL) {	/* the line reader moves over */
		r->cr.lr = r->sr.tsv.lr;
		memset(&r->sr.tsv.lr, 0, sizeof(r->sr.tsv.lr));
		buf_adds(&r->cur, rr_name(r));
	}
	for (;;) {
		if ((rc = conllu_next(&r->cr, &r->cs, err, errsize)) == CONLLU_EOF)
			return RR_EOF;
		if (rc == CONLLU_ERR)
			return RR_FATAL;
		if (rc == CONLLU_BAD)
			return RR_BAD;
		buf_reset(&r->text);
		if (conllu_comments(r, &has_text) < 0)
			return rr_error(r, err, errsize, RR_FATAL, "out of memory");
		if (r->cs.nword > 0)
			break;
	}
	if (r->newdoc) {
		r->newdoc = 0;
		r->sent = r->off = 0;
		r->para = r->para > 0 ? 1 : 0;
	}
	tsent_clear(&r->t);
	given_start(&g);
	if (has_text && !text_holds_words(r)) {
		buf_reset(&r->text);
		has_text = 0;
	}
	if (conllu_words(r, has_text, &g) < 0)
		return rr_error(r, err, errsize, RR_FATAL, "out of memory");
	check_heads(r, &g);
	r->t.done = given_done(&g, r->t.n);
	buf_reset(&r->doc);
	if (buf_add(&r->doc, r->cur.s, r->cur.l) < 0 || set_rec(r) < 0)
		return rr_error(r, err, errsize, RR_FATAL, "out of memory");
	r->rec.sent = ++r->sent;
	r->rec.para = r->para ? r->para : 1;
	r->rec.start = r->off;
	r->rec.end = r->off + r->text.l;
	r->off = r->rec.end + 1;
	return RR_SENT;
}

/* ---- reading ---- */

int
recread_next(struct recread *r, const struct srec **rec, struct tsent **words,
    char *err, size_t errsize)
{
	int rc;

	*rec = &r->rec;
	*words = NULL;
	if (r->kind == RK_UNKNOWN && (rc = detect(r, err, errsize)) != 1)
		return rc;
	if (!(r->accepts & RK_BIT(r->kind)))
		return RR_KIND;
	switch (r->kind) {
	case RK_SENTENCES:
		rc = sentrec_next(&r->sr, &r->rec, err, errsize);
		return rc == SR_REC ? RR_SENT : rc == SR_FIXED ? RR_FIXED :
		    rc == SR_EOF ? RR_EOF : rc == SR_BAD ? RR_BAD : RR_FATAL;
	case RK_TOKENS:
		rc = next_tokens(r, err, errsize);
		break;
	case RK_CONLLU:
		rc = next_conllu(r, err, errsize);
		break;
	default:
		rc = tsv_next(&r->sr.tsv);
		if (rc == TSV_EOF)
			return RR_EOF;
		if (rc == TSV_ERR)
			return rr_read_error(r, err, errsize);
		if (rc != TSV_RECORD)
			return rr_error(r, err, errsize, RR_BAD, rc == TSV_TOOLONG ?
			    "line too long" : tsv_reason(rc));
		return RR_OTHER;
	}
	if (rc == RR_SENT)
		*words = &r->t;
	return rc;
}
