/* tokens-check: check news-tag's output against the document it tagged.
 *
 *   tokens-check DOC.txt TOKENS.tsv [SENTS.tsv]
 *   tokens-check --spans DOC.txt SPANS.tsv [SENTS.tsv]
 *
 * DOC.txt is one plain-text document, TOKENS.tsv the token records
 * (doc sent tok start end form lemma upos xpos ner) that news-tag wrote for
 * it, and SENTS.tsv, when given, the sentence records (news-split's output
 * on DOC.txt) that news-tag read.  It checks:
 *
 *   - every record has 13 fields, and sent, tok, start and end are numbers
 *     without sign or leading zeros; all records have the same doc id;
 *   - sentence numbers never go down, and tok runs 1, 2, ... in each
 *     sentence;
 *   - start < end <= the document's length, and the document's bytes
 *     [start, end) are the form, byte for byte;
 *   - the tokens of a sentence are in order and do not overlap;
 *   - lemma and xpos are not empty, upos is one of the 17 Universal tags,
 *     and ner is O, B-TYPE or I-TYPE, where I-TYPE follows B-TYPE or
 *     I-TYPE of the same TYPE in the same sentence;
 *   - with SENTS.tsv: each token's sentence is a sentence of SENTS.tsv, the
 *     token lies inside it, every sentence has tokens, and the forms of a
 *     sentence's tokens put together are its text without the spaces (the
 *     tokens cover every byte that is not whitespace).
 *
 * With --spans the records are entity records (doc sent start end type
 * text): 6 fields, start < end <= the document's length, the document's
 * bytes [start, end) with their whitespace squeezed (utf8_squeeze, as in
 * a sentence's text) are the text, type is not empty, and the entities are
 * in order and do not overlap; with SENTS.tsv, each lies inside its
 * sentence.
 *
 * Each violation is printed as "tokens-check: FILE:LINE: what is wrong" (at
 * most MAXSHOWN of them).  Exit status: 0 all fine, 1 a violation, 2 usage
 * or an input that cannot be read.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "tsv.h"
#include "utf8.h"

#define MAXSHOWN 20

struct sent {
	unsigned long long sent, start, end;
	char *text;		/* without its spaces */
	size_t textlen;
	struct buf forms;	/* the forms of its tokens, put together */
	int seen;
};

static unsigned long nviol;

__attribute__((format(printf, 3, 4))) static void
viol(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	if (++nviol > MAXSHOWN)
		return;
	fprintf(stderr, "tokens-check: %s:%lu: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

_Noreturn static void
usage(void)
{
	fputs("usage: tokens-check DOC.txt TOKENS.tsv [SENTS.tsv]\n"
	    "       tokens-check --spans DOC.txt SPANS.tsv [SENTS.tsv]\n",
	    stderr);
	exit(2);
}

/* Up to 40 bytes of s, control characters as \xNN, for messages; two
 * buffers in turn, so that one message can show two snippets. */
static const char *
snippet(const char *s, size_t n)
{
	static char bufs[2][4 * 40 + 8];
	static int turn;
	char *out = bufs[turn ^= 1];
	size_t i, o = 0;
	unsigned char c;

	for (i = 0; i < n && i < 40; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != 0x7F)
			out[o++] = (char)c;
		else
			o += (size_t)snprintf(out + o, sizeof(bufs[0]) - o,
			    "\\x%02x", c);
	}
	if (n > 40) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
	return out;
}

/* A decimal number without sign or leading zeros. */
static int
parse_num(const char *s, size_t n, unsigned long long *v)
{
	size_t i;

	if (n == 0 || n > 19 || (n > 1 && s[0] == '0'))
		return -1;
	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (unsigned long long)(s[i] - '0');
	}
	return 0;
}

static FILE *
open_or_die(const char *name)
{
	FILE *fp = fopen(name, "rb");

	if (fp == NULL) {
		fprintf(stderr, "tokens-check: %s: %s\n", name, strerror(errno));
		exit(2);
	}
	return fp;
}

static void
read_doc(const char *name, struct buf *doc)
{
	FILE *fp = open_or_die(name);
	char chunk[1 << 16];
	size_t got;

	while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(doc, chunk, got);
	if (ferror(fp)) {
		fprintf(stderr, "tokens-check: %s: read error\n", name);
		exit(2);
	}
	fclose(fp);
}

/* The next record of r with the numbers of fields num[0..nnum) parsed
 * into v; malformed records are reported and skipped.  0 at the end. */
static int
next_record(struct tsv_reader *r, const char *name, size_t nfield,
    const int *num, const char *const *numname, size_t nnum,
    unsigned long long *v)
{
	size_t i;
	int rc, bad;

	while ((rc = tsv_next(r)) != TSV_EOF) {
		if (rc == TSV_ERR) {
			fprintf(stderr, "tokens-check: %s: %s\n", name,
			    strerror(errno));
			exit(2);
		}
		if (rc != TSV_RECORD) {
			viol(name, r->lr.lineno, "%s", rc == TSV_TOOLONG ?
			    "line too long" : tsv_reason(rc));
			continue;
		}
		if (r->nfield != nfield) {
			viol(name, r->lr.lineno, "expected %zu fields, got %zu",
			    nfield, r->nfield);
			continue;
		}
		for (i = 0, bad = 0; i < nnum; i++)
			if (parse_num(r->field[num[i]], r->len[num[i]], &v[i]) < 0) {
				viol(name, r->lr.lineno, "field %d (%s) '%s' is "
				    "not a number", num[i] + 1, numname[i],
				    snippet(r->field[num[i]], r->len[num[i]]));
				bad = 1;
			}
		if (!bad)
			return 1;
	}
	return 0;
}

static struct sent *
read_sents(const char *name, size_t *nsent)
{
	static const int num[] = { 1, 3, 4 };
	static const char *const numname[] = { "sent", "start", "end" };
	struct tsv_reader r;
	struct sent *s = NULL, *p;
	size_t n = 0, cap = 0, i;
	unsigned long long v[3];
	FILE *fp = open_or_die(name);

	tsv_init(&r, fp, name);
	while (next_record(&r, name, 6, num, numname, 3, v)) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			s = erealloc(s, cap * sizeof(*s));
		}
		p = &s[n++];
		memset(p, 0, sizeof(*p));
		p->sent = v[0];
		p->start = v[1];
		p->end = v[2];
		p->text = emalloc(r.len[5] + 1);
		for (i = 0; i < r.len[5]; i++)
			if (r.field[5][i] != ' ')
				p->text[p->textlen++] = r.field[5][i];
	}
	tsv_free(&r);
	fclose(fp);
	*nsent = n;
	return s;
}

static struct sent *
find_sent(struct sent *s, size_t n, unsigned long long sent)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i].sent == sent)
			return &s[i];
	return NULL;
}

static int
is_upos(const char *t)
{
	static const char *const upos[] = { "ADJ", "ADP", "ADV", "AUX", "CCONJ",
		"DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
		"SCONJ", "SYM", "VERB", "X" };
	size_t i;

	for (i = 0; i < sizeof(upos) / sizeof(upos[0]); i++)
		if (strcmp(t, upos[i]) == 0)
			return 1;
	return 0;
}

/* Common to tokens and spans: one record's doc id, offsets and text;
 * with squeeze, text is compared with the document's bytes squeezed. */
static void
check_common(const char *name, unsigned long line, const struct buf *doc,
    struct buf *firstid, const char *id, size_t idlen,
    unsigned long long start, unsigned long long end, const char *text,
    size_t textlen, const char *what, int squeeze)
{
	static struct buf sq = BUF_INIT;
	const char *want;
	size_t wantlen;

	if (firstid->l == 0 && idlen) {
		buf_add(firstid, id, idlen);
	} else if (firstid->l != idlen || memcmp(firstid->s, id, idlen) != 0) {
		viol(name, line, "document id '%s' differs from the first "
		    "record's '%s'", snippet(id, idlen),
		    snippet(firstid->s, firstid->l));
	}
	if (start >= end) {
		viol(name, line, "start %llu is not before end %llu", start, end);
		return;
	}
	if (end > doc->l) {
		viol(name, line, "end %llu is past the end of the document "
		    "(%zu bytes)", end, doc->l);
		return;
	}
	want = doc->s + start;
	wantlen = (size_t)(end - start);
	if (squeeze) {
		buf_reset(&sq);
		utf8_squeeze(&sq, want, wantlen);
		want = sq.s ? sq.s : "";
		wantlen = sq.l;
	}
	if (wantlen != textlen || memcmp(want, text, textlen) != 0)
		viol(name, line, "document bytes [%llu, %llu)%s are '%s', the %s "
		    "is '%s'", start, end, squeeze ? " squeezed" : "",
		    snippet(want, wantlen), what, snippet(text, textlen));
}

static void
check_tokens(const char *name, const struct buf *doc, struct sent *sents,
    size_t nsent, int have_sents)
{
	static const int num[] = { 1, 2, 3, 4 };
	static const char *const numname[] = { "sent", "tok", "start", "end" };
	struct tsv_reader r;
	struct buf firstid = BUF_INIT, prevtype = BUF_INIT;
	unsigned long long v[4], prevsent = 0, prevtok = 0, prevend = 0;
	struct sent *s = NULL;
	const char *ner, *type;
	size_t typelen;
	int inside = 0;
	FILE *fp = open_or_die(name);
	unsigned long line;
	size_t i;

	tsv_init(&r, fp, name);
	while (next_record(&r, name, 13, num, numname, 4, v)) {
		line = r.lr.lineno;
		if (v[0] < prevsent)
			viol(name, line, "sentence %llu after sentence %llu",
			    v[0], prevsent);
		if (v[0] != prevsent) {
			prevtok = 0;
			prevend = 0;
			inside = 0;
			s = have_sents ? find_sent(sents, nsent, v[0]) : NULL;
			if (have_sents && s == NULL)
				viol(name, line, "sentence %llu is not in the "
				    "sentence records", v[0]);
		}
		if (v[1] != prevtok + 1)
			viol(name, line, "token number %llu, expected %llu",
			    v[1], prevtok + 1);
		if (v[2] < prevend)
			viol(name, line, "token [%llu, %llu) starts before the "
			    "end %llu of the one before it", v[2], v[3], prevend);
		check_common(name, line, doc, &firstid, r.field[0], r.len[0],
		    v[2], v[3], r.field[5], r.len[5], "form", 0);
		if (r.len[6] == 0)
			viol(name, line, "empty lemma");
		if (!is_upos(r.field[7]))
			viol(name, line, "'%s' is not a Universal POS tag",
			    snippet(r.field[7], r.len[7]));
		if (r.len[8] == 0)
			viol(name, line, "empty xpos");
		ner = r.field[9];
		if (strcmp(ner, "O") == 0) {
			inside = 0;
		} else if ((ner[0] == 'B' || ner[0] == 'I') && ner[1] == '-' &&
		    ner[2] != '\0') {
			type = ner + 2;
			typelen = r.len[9] - 2;
			if (ner[0] == 'I' && (!inside || prevtype.l != typelen ||
			    memcmp(prevtype.s, type, typelen) != 0))
				viol(name, line, "'%s' does not continue an entity "
				    "of its type", ner);
			buf_reset(&prevtype);
			buf_add(&prevtype, type, typelen);
			inside = 1;
		} else {
			viol(name, line, "'%s' is not a BIO label",
			    snippet(ner, r.len[9]));
			inside = 0;
		}
		if (s != NULL) {
			s->seen = 1;
			if (v[2] < s->start || v[3] > s->end)
				viol(name, line, "token [%llu, %llu) is outside its "
				    "sentence [%llu, %llu)", v[2], v[3], s->start,
				    s->end);
			buf_add(&s->forms, r.field[5], r.len[5]);
		}
		prevsent = v[0];
		prevtok = v[1];
		if (v[3] > prevend)
			prevend = v[3];
	}
	for (i = 0; i < nsent; i++) {
		s = &sents[i];
		if (!s->seen)
			viol(name, r.lr.lineno, "sentence %llu has no tokens",
			    s->sent);
		else if (s->forms.l != s->textlen ||
		    memcmp(s->forms.s, s->text, s->textlen) != 0)
			viol(name, r.lr.lineno, "the forms of sentence %llu put "
			    "together are '%s', its text without spaces is '%s'",
			    s->sent, snippet(s->forms.s, s->forms.l),
			    snippet(s->text, s->textlen));
	}
	buf_free(&firstid);
	buf_free(&prevtype);
	tsv_free(&r);
	fclose(fp);
}

static void
check_spans(const char *name, const struct buf *doc, struct sent *sents,
    size_t nsent, int have_sents)
{
	static const int num[] = { 1, 2, 3 };
	static const char *const numname[] = { "sent", "start", "end" };
	struct tsv_reader r;
	struct buf firstid = BUF_INIT;
	unsigned long long v[3], prevsent = 0, prevend = 0;
	struct sent *s;
	FILE *fp = open_or_die(name);
	unsigned long line;

	tsv_init(&r, fp, name);
	while (next_record(&r, name, 6, num, numname, 3, v)) {
		line = r.lr.lineno;
		if (v[0] < prevsent)
			viol(name, line, "sentence %llu after sentence %llu",
			    v[0], prevsent);
		if (v[1] < prevend)
			viol(name, line, "entity [%llu, %llu) starts before the "
			    "end %llu of the one before it", v[1], v[2], prevend);
		check_common(name, line, doc, &firstid, r.field[0], r.len[0],
		    v[1], v[2], r.field[5], r.len[5], "text", 1);
		if (r.len[4] == 0)
			viol(name, line, "empty entity type");
		if (have_sents) {
			if ((s = find_sent(sents, nsent, v[0])) == NULL)
				viol(name, line, "sentence %llu is not in the "
				    "sentence records", v[0]);
			else if (v[1] < s->start || v[2] > s->end)
				viol(name, line, "entity [%llu, %llu) is outside "
				    "its sentence [%llu, %llu)", v[1], v[2],
				    s->start, s->end);
		}
		prevsent = v[0];
		if (v[2] > prevend)
			prevend = v[2];
	}
	buf_free(&firstid);
	tsv_free(&r);
	fclose(fp);
}

int
main(int argc, char **argv)
{
	struct buf doc = BUF_INIT;
	struct sent *sents = NULL;
	size_t nsent = 0, i;
	int spans = 0, a = 1;

	setprogname("tokens-check");
	if (a < argc && strcmp(argv[a], "--spans") == 0) {
		spans = 1;
		a++;
	}
	if (argc - a != 2 && argc - a != 3)
		usage();
	read_doc(argv[a], &doc);
	if (argc - a == 3)
		sents = read_sents(argv[a + 2], &nsent);
	if (spans)
		check_spans(argv[a + 1], &doc, sents, nsent, argc - a == 3);
	else
		check_tokens(argv[a + 1], &doc, sents, nsent, argc - a == 3);
	if (nviol > MAXSHOWN)
		fprintf(stderr, "tokens-check: %lu more violations not shown\n",
		    nviol - MAXSHOWN);
	for (i = 0; i < nsent; i++) {
		free(sents[i].text);
		buf_free(&sents[i].forms);
	}
	free(sents);
	buf_free(&doc);
	return nviol ? 1 : 0;
}
