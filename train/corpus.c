#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conllu.h"
#include "err.h"
#include "tsv.h"

const char *const ner_label[NER_N] = {
	"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"
};

void
corpus_init(struct corpus *c)
{
	memset(c, 0, sizeof(*c));
}

void
corpus_free(struct corpus *c)
{
	buf_free(&c->text);
	free(c->w);
	free(c->s);
	corpus_init(c);
}

static uint32_t
add_text(struct corpus *c, const char *s, size_t n)
{
	uint32_t off = (uint32_t)c->text.l;

	if (buf_add(&c->text, s, n) < 0 || buf_addc(&c->text, '\0') < 0)
		dief(1, "out of memory");
	return off;
}

static struct cword *
new_word(struct corpus *c)
{
	if (grow(&c->w, c->nw, &c->capw, sizeof(*c->w)) < 0)
		dief(1, "out of memory");
	memset(&c->w[c->nw], 0, sizeof(c->w[0]));
	return &c->w[c->nw++];
}

static struct csent *
new_sent(struct corpus *c)
{
	if (grow(&c->s, c->ns, &c->caps, sizeof(*c->s)) < 0)
		dief(1, "out of memory");
	memset(&c->s[c->ns], 0, sizeof(c->s[0]));
	c->s[c->ns].first = c->nw;
	c->s[c->ns].doc = c->ndoc;
	c->s[c->ns].weight = 1.0f;
	return &c->s[c->ns++];
}

/* ---- GUM entities ---- */

struct mention {
	size_t start, end;	/* words, end exclusive */
	int type;		/* NER_BPER, NER_BORG, NER_BLOC or 0 */
	int id;
	int head;		/* the first word of its minimal span, counted
				 * from 1 in the mention; 0: not given */
	char ident[96];		/* Wikipedia identity, "Donald_Trump", or "" */
};

static int
gum_type(const char *s, size_t n)
{
	if (n == 6 && memcmp(s, "person", 6) == 0)
		return NER_BPER;
	if (n == 5 && memcmp(s, "place", 5) == 0)
		return NER_BLOC;
	if (n == 12 && memcmp(s, "organization", 12) == 0)
		return NER_BORG;
	return 0;
}

/* The fields of an opening after its type, "new-sssss-cf3-1,2-coref-
 * Cyclone_Phailin": information status, salience, centering, the minimal
 * span (word numbers in the mention), the kind of link and the Wikipedia
 * identity, which is the rest (GUM writes a dash in it as %2D).  Sets the
 * mention's head (the minimal span's first word) and identity. */
static void
opening_fields(const char *s, const char *e, struct mention *m)
{
	const char *p = s;
	int field;

	m->head = 0;
	m->ident[0] = '\0';
	for (field = 0; field < 5; field++) {
		if (p >= e || *p != '-')
			return;
		p++;
		if (field == 3)
			m->head = atoi(p);
		while (p < e && *p != '-')
			p++;
	}
	if (p < e && *p == '-' && (size_t)(e - p) <= sizeof(m->ident)) {
		memcpy(m->ident, p + 1, (size_t)(e - p - 1));
		m->ident[e - p - 1] = '\0';
	}
}

/* Parse "Entity=(3-organization-...(4-place-...)" openings and "3)"
 * closings of word w into the mention list. */
static void
gum_entities(const char *misc, size_t w, struct mention *m, size_t *nm,
    size_t max, struct mention *open, size_t *nopen)
{
	const char *p = strstr(misc, "Entity="), *end;
	size_t k;

	if (p == NULL)
		return;
	p += 7;
	end = p + strcspn(p, "|");
	while (p < end) {
		if (*p == '(') {
			const char *dash = memchr(p, '-', (size_t)(end - p));
			const char *t2, *stop;

			p++;
			if (dash == NULL || *nopen == max)
				break;
			t2 = dash + 1;
			stop = t2 + strcspn(t2, "-()|");
			open[*nopen].id = atoi(p);
			open[*nopen].type = gum_type(t2, (size_t)(stop - t2));
			open[*nopen].start = w;
			p = stop;
			while (p < end && *p != '(' && *p != ')')
				p++;
			opening_fields(stop, p, &open[*nopen]);
			(*nopen)++;
			if (p < end && *p == ')') {	/* a one-word mention */
				(*nopen)--;
				if (*nm < max) {
					m[*nm] = open[*nopen];
					m[(*nm)++].end = w + 1;
				}
				p++;
			}
		} else if (*p >= '0' && *p <= '9') {
			int id = atoi(p);

			while (p < end && *p != ')')
				p++;
			p++;
			for (k = *nopen; k-- > 0; )
				if (open[k].id == id) {
					if (*nm < max) {
						m[*nm] = open[k];
						m[(*nm)++].end = w + 1;
					}
					open[k] = open[--*nopen];
					break;
				}
		} else {
			p++;
		}
	}
}

static int
capitalized(const char *f)
{
	return (*f >= 'A' && *f <= 'Z') || (unsigned char)*f >= 0xC0;
}

/* Function words allowed inside a name: "Bank of America", "al-Sharaa" */
static int
name_glue(const char *f)
{
	static const char *const glue[] = { "of", "the", "and", "for", "de",
		"del", "la", "le", "al", "bin", "von", "van", "da", "du", "&",
		"-", ".", "'s", "on", "in", "at", NULL };
	const char *const *g;

	for (g = glue; *g; g++)
		if (strcmp(f, *g) == 0)
			return 1;
	return 0;
}

/* Is word form f one of the words of identity id ("Donald_Trump")? */
static int
in_identity(const char *id, const char *f)
{
	size_t n = strlen(f);
	const char *p;

	for (p = id; (p = strstr(p, f)) != NULL; p++)
		if ((p == id || p[-1] == '_' || (p - id >= 3 &&
		    strncmp(p - 3, "%2D", 3) == 0)) && (p[n] == '\0' ||
		    p[n] == '_' || p[n] == ',' || strncmp(p + n, "%2D", 3) == 0))
			return 1;
	return 0;
}

/* Does word i of w[a..) belong in a name: capitalised, or the part after
 * a hyphen ("Yiu - chung")? */
static int
name_word(const struct corpus *c, const struct cword *w, size_t a, size_t i)
{
	return capitalized(cw_form(c, &w[i])) || (i > a &&
	    strcmp(cw_form(c, &w[i - 1]), "-") == 0);
}

static int
is_upos(const struct corpus *c, const struct cword *w, const char *tag)
{
	return strcmp(c->text.s + w->upos, tag) == 0;
}

/* Without an identity, the capitalised run (glued by "of", "the" and the
 * like) around the mention's head, the first capitalised word of its
 * minimal span: "Mary Chaworth" of "Mary Chaworth, whom he met", "Mu Li"
 * of "Senior researcher Mu Li, of the University".  0 if none. */
static int
head_run(const struct corpus *c, const struct cword *w, size_t *a, size_t *b,
    int head, int person)
{
	size_t h, lo, hi;
	const char *f;

	h = *a + (size_t)head - 1;
	if (head < 1 || h >= *b || !capitalized(cw_form(c, &w[h])))
		return 0;
	for (lo = h; lo > *a && capitalized(cw_form(c, &w[lo - 1])); lo--)
		;
	for (hi = h + 1; hi < *b; hi++) {
		f = cw_form(c, &w[hi]);
		if (name_word(c, w, *a, hi))
			continue;
		/* "Leung Yiu-chung of NWSC and James To" is two people */
		if (!name_glue(f) || hi + 1 >= *b || !capitalized(cw_form(c,
		    &w[hi + 1])) || (person && (strcmp(f, "and") == 0 ||
		    strcmp(f, "of") == 0 || strcmp(f, "&") == 0)))
			break;
	}
	*a = lo;
	*b = hi;
	return 1;
}

/* Are words [a, b) capitalised, or glue between capitalised ones?  Not
 * "and" in a person's name: "Ben Chan and Leung Che-cheung" are two. */
static int
all_name(const struct corpus *c, const struct cword *w, size_t a, size_t b,
    int person)
{
	size_t i;
	const char *f;

	for (i = a; i < b; i++) {
		f = cw_form(c, &w[i]);
		if (person && (strcmp(f, "and") == 0 || strcmp(f, "&") == 0))
			return 0;
		if (!name_word(c, w, a, i) && !name_glue(f))
			return 0;
	}
	return a < b;
}

/* With a Wikipedia identity, the words of [*a, *b) it names: "Donald
 * Trump" of "President Donald Trump".  0 (and no change) when there is
 * none, or it names none of them ("UAAR" for the Union of Rationalist
 * Atheists and Agnostics). */
static int
by_identity(const struct corpus *c, const struct cword *w, const char *ident,
    size_t *a, size_t *b)
{
	size_t i = *a, j = *b;

	if (ident[0] == '\0')
		return 0;
	while (i < j && !in_identity(ident, cw_form(c, &w[i])))
		i++;
	while (j > i && !in_identity(ident, cw_form(c, &w[j - 1])))
		j--;
	if (i == j)
		return 0;
	*a = i;
	*b = j;
	return 1;
}

/* A named mention: capitalised words, possibly glued by "of", "the" and
 * the like, ending in a proper noun ("the United States", "University of
 * Helsinki"); with a Wikipedia identity, only the words it names
 * ("President Donald Trump 's" -> "Donald Trump"), else the run around
 * its head.  A person's name in the plural ("Americans", "Democrats") is a
 * group, not a named person, and no entity in Universal NER.  Returns 0 if
 * none. */
static int
named_part(const struct corpus *c, size_t first, struct mention *m)
{
	size_t a = m->start, b = m->end;
	const struct cword *w = c->w + first;

	while (b > a && (is_upos(c, &w[b - 1], "PART") ||
	    is_upos(c, &w[b - 1], "PUNCT")))
		b--;
	while (a < b && !capitalized(cw_form(c, &w[a])))
		a++;
	if (!by_identity(c, w, m->ident, &a, &b) &&
	    !all_name(c, w, a, b, m->type == NER_BPER)) {
		a = m->start;
		if (!head_run(c, w, &a, &b, m->head, m->type == NER_BPER))
			return 0;
	}
	if (a == b || !is_upos(c, &w[b - 1], "PROPN") ||
	    !all_name(c, w, a, b, m->type == NER_BPER))
		return 0;
	if (m->type == NER_BPER && strcmp(c->text.s + w[b - 1].xpos, "NNPS") == 0)
		return 0;
	m->start = a;
	m->end = b;
	return 1;
}

/* Label the sentence's words from its outermost named mentions. */
static void
label_mentions(struct corpus *c, const struct csent *s, struct mention *m,
    size_t nm)
{
	size_t i, k, j;

	for (i = 0; i < nm; i++)
		if (!m[i].type || !named_part(c, s->first, &m[i]))
			m[i].type = 0;
	for (i = 0; i < nm; i++) {
		if (!m[i].type)
			continue;
		for (k = 0; k < nm; k++)	/* inside a longer named one? */
			if (k != i && m[k].type && m[k].start <= m[i].start &&
			    m[k].end >= m[i].end && m[k].end - m[k].start >
			    m[i].end - m[i].start)
				break;
		if (k < nm)
			continue;
		for (j = m[i].start; j < m[i].end; j++)
			c->w[s->first + j].ner = (uint8_t)(j == m[i].start ?
			    m[i].type : m[i].type + 1);
	}
}

/* ---- CoNLL-U ---- */

#define MAXMENTION 512

static void
add_conllu_sent(struct corpus *c, const struct conllu_sent *cs, int ner)
{
	struct mention m[MAXMENTION], open[MAXMENTION];
	size_t nm = 0, nopen = 0, i, w = 0, n;
	struct csent *s;
	struct cword *cw;
	const char *f;

	s = new_sent(c);
	s->has_pos = 1;
	s->has_ner = (uint8_t)ner;
	for (i = 0; i < cs->nrow; i++) {
		if (cs->row[i].kind == CL_COMMENT &&
		    strncmp(conllu_field(cs, i, 0, NULL), "# newdoc", 8) == 0)
			s->doc = ++c->ndoc;
		if (cs->row[i].kind != CL_WORD)
			continue;
		cw = new_word(c);
		f = conllu_field(cs, i, CF_FORM, &n);
		cw->form = add_text(c, f, n);
		cw->flen = (uint32_t)n;
		f = conllu_field(cs, i, CF_LEMMA, &n);
		cw->lemma = add_text(c, f, n);
		cw->llen = (uint32_t)n;
		f = conllu_field(cs, i, CF_XPOS, &n);
		cw->xpos = add_text(c, f, n);
		f = conllu_field(cs, i, CF_UPOS, &n);
		cw->upos = add_text(c, f, n);
		f = conllu_field(cs, i, CF_DEPREL, &n);
		cw->deprel = add_text(c, f, n);
		f = conllu_field(cs, i, CF_HEAD, NULL);
		cw->head = *f >= '0' && *f <= '9' ? (int32_t)strtol(f, NULL, 10) :
		    -1;
		if (ner)
			gum_entities(conllu_field(cs, i, CF_MISC, NULL), w, m, &nm,
			    MAXMENTION, open, &nopen);
		w++;
	}
	s->n = c->nw - s->first;
	if (ner)
		label_mentions(c, s, m, nm);
}

int
corpus_add_conllu(struct corpus *c, const char *path, int ner)
{
	struct conllu_reader r;
	struct conllu_sent cs;
	char err[512];
	FILE *fp;
	int rc;

	if ((fp = fopen(path, "r")) == NULL) {
		warnf("%s:", path);
		return -1;
	}
	conllu_init(&r, fp, path);
	conllu_sent_init(&cs);
	c->ndoc++;		/* a file is a document unless it says more */
	while ((rc = conllu_next(&r, &cs, err, sizeof(err))) != CONLLU_EOF) {
		if (rc == CONLLU_ERR) {
			warnf("%s", err);
			break;
		}
		if (rc == CONLLU_BAD) {
			warnf("%s", err);
			continue;
		}
		if (cs.nword)
			add_conllu_sent(c, &cs, ner);
	}
	conllu_sent_free(&cs);
	conllu_free_reader(&r);
	fclose(fp);
	return rc == CONLLU_ERR ? -1 : 0;
}

/* ---- Universal NER ---- */

static int
ner_of(const char *tag)
{
	int k;

	for (k = 0; k < NER_N; k++)
		if (strcmp(tag, ner_label[k]) == 0)
			return k;
	return NER_O;		/* OTH and the like */
}

int
corpus_add_iob2(struct corpus *c, const char *path)
{
	struct tsv_reader r;
	struct csent *s = NULL;
	struct cword *cw;
	FILE *fp;
	int rc;

	if ((fp = fopen(path, "r")) == NULL) {
		warnf("%s:", path);
		return -1;
	}
	tsv_init(&r, fp, path);
	c->ndoc++;
	/* the record reader skips blank lines: a sentence ends where the
	 * token number starts again at 1 */
	while ((rc = lr_next(&r.lr)) != LR_EOF) {
		char *line = r.lr.line.s, *t1, *t2, *t3;

		if (rc != LR_LINE)
			break;
		if (strncmp(line, "# newdoc", 8) == 0)
			c->ndoc++;
		if (line[0] == '#' || line[0] == '\0') {
			s = NULL;
			continue;
		}
		if ((t1 = strchr(line, '\t')) == NULL ||
		    (t2 = strchr(t1 + 1, '\t')) == NULL)
			continue;
		*t1 = *t2 = '\0';
		if ((t3 = strchr(t2 + 1, '\t')) != NULL)
			*t3 = '\0';
		if (s == NULL) {
			s = new_sent(c);
			s->has_ner = 1;
		}
		cw = new_word(c);
		cw->form = add_text(c, t1 + 1, strlen(t1 + 1));
		cw->flen = (uint32_t)strlen(t1 + 1);
		cw->ner = (uint8_t)ner_of(t2 + 1);
		s->n = c->nw - s->first;
	}
	tsv_free(&r);
	fclose(fp);
	return 0;
}
