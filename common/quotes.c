/* quotes.c: quotations and reported speech of a document (quotes.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "datadir.h"
#include "depparse.h"
#include "hash.h"
#include "perceptron.h"
#include "quotes.h"
#include "roles.h"

#define NONE ((size_t)-1)

/* Sentences of more words than this are read by the patterns alone, not
 * parsed: the parse costs time, and such a "sentence" is mostly a list or
 * a table that speaks for no one. */
#define QPARSE_MAX 150

struct qtok {
	uint32_t s, i;		/* sentence, word in it */
	uint32_t span;		/* quotation (index + 1) it is part of, or 0 */
	uint8_t skip;		/* a mark inside a quotation, or a word of a
				 * dateline: not content */
};

struct qspan {
	size_t a, b;		/* content: words [a, b) of the document */
	size_t om, cm;		/* opening and closing mark, or NONE */
	int dbl;		/* double quotation marks, not single */
	size_t owner;		/* the reported speech that holds it (index + 1
				 * in qdoc.cand), or 0 */
	int used;		/* on a record already */
};

/* Reported speech the parse shows: a cue, what it reports, who. */
struct qcand {
	uint32_t s;		/* the sentence */
	uint32_t cue;		/* the cue's word */
	uint32_t ca, cb;	/* content: words [ca, cb) of the sentence */
	uint32_t xa, xb;	/* less words [xa, xb): the attribution inside
				 * it ('"A," he said, "B"'), when xa < xb */
	uint32_t sa, sb;	/* the source: words [sa, sb), none if equal */
	uint32_t ka, kb;	/* its head phrase (struct who) */
	int quote_only;		/* a cue of quotations, not of a clause */
	unsigned char type;	/* how the parse links cue and content (CT_) */
	unsigned char how;	/* and cue and source (SRC_) */
	const char *cue_text;	/* "according to", or NULL: the cue's lemma */
	unsigned long event;	/* on records as this event, or 0 */
};

/* What the rules look at, for one document. */
struct ctx {
	struct qdoc *d;
	const struct quotes_lex *lx;
	struct tagger *t;
	struct people *pp;
	const struct people_lex *plx;
	int failed;		/* memory ran out while tagging */
	int proposing;		/* the patterns propose reported speech to the
				 * model (judge) instead of putting it on
				 * records */
	struct pgender *pg;	/* what honorifics say of people's genders */
	size_t npg, cappg;
	int pg_done;
	size_t end_s;		/* the sentence the last record ends in */
};

/* A person of the document and the gender an honorific before one of
 * their mentions gives them ("Ms Sturgeon"): 'f', 'm', or 0 when two
 * mentions disagree. */
struct pgender {
	const struct person *p;
	int g;
};

/* A speaker found for an event: the words that name it, in sentence s. */
struct who {
	size_t s, a, b;		/* mention: words [a, b) of sentence s */
	size_t cue;		/* the reporting verb's word in s, or NONE */
	const char *cue_text;	/* or a fixed cue ("according to") */
	size_t ka, kb;		/* the mention's head phrase, less what
				 * describes it ("A Turkish official" of "A
				 * Turkish official, requesting anonymity"),
				 * when ka < kb */
};

/* ---- word lists ---- */

static int
verb_kind(const char *kind)
{
	if (kind == NULL || strcmp(kind, "speech") == 0)
		return QV_SPEECH;
	if (strcmp(kind, "speech-noun") == 0)
		return QV_SPEECH | QV_NOUN;
	if (strcmp(kind, "speech-past") == 0)
		return QV_SPEECH | QV_PAST;
	if (strcmp(kind, "quote") == 0)
		return QV_QUOTE;
	return 0;
}

/* The forms a verb may take, over-generated ("sayed"): they only pick
 * the sentences worth tagging. */
static int
add_forms(struct wordset *forms, const char *l, int kind)
{
	static const char *const irregular[] = { "said", "told", "wrote",
		"written", "according", NULL };
	static const char *const all[] = { "", "s", "es", "d", "ed", "ing",
		NULL };
	const char *const *ends = all + (kind & QV_PAST ? 3 : kind & QV_NOUN ?
	    1 : 0);
	const char *const *e;
	char w[WORDSET_MAXKEY + 1];
	size_t n = strlen(l);
	int rc = 0;

	if (n == 0 || n + 5 > sizeof(w))
		return 0;
	for (e = irregular; *e; e++)
		rc |= wordset_put(forms, *e, strlen(*e), 1);
	for (e = ends; *e; e++) {
		snprintf(w, sizeof(w), "%s%s", l, *e);
		rc |= wordset_put(forms, w, strlen(w), 1);
	}
	/* "issuing", "replied", "replies", "admitted", "admitting" */
	memcpy(w, l, n);
	if (n > 1 && l[n - 1] == 'e') {
		memcpy(w + n - 1, "ing", 4);
		rc |= wordset_put(forms, w, strlen(w), 1);
	}
	if (n > 1 && l[n - 1] == 'y') {
		memcpy(w + n - 1, "ied", 4);
		rc |= wordset_put(forms, w, strlen(w), 1);
		memcpy(w + n - 1, "ies", 4);
		rc |= wordset_put(forms, w, strlen(w), 1);
	}
	w[n] = l[n - 1];
	memcpy(w + n + 1, "ed", 3);
	rc |= wordset_put(forms, w, strlen(w), 1);
	memcpy(w + n + 1, "ing", 4);
	rc |= wordset_put(forms, w, strlen(w), 1);
	return rc;
}

int
quotes_lex_load(struct quotes_lex *lx, const char *path, char *err,
    size_t errsize)
{
	size_t i;

	wordset_init(&lx->verbs);
	wordset_init(&lx->forms);
	wordset_init(&lx->genders);
	memset(&lx->model, 0, sizeof(lx->model));
	if (wordset_load(&lx->verbs, path, verb_kind, err, errsize) < 0)
		return -1;
	for (i = 0; i < lx->verbs.cap; i++)
		if (lx->verbs.key[i] && (lx->verbs.val[i] & QV_SPEECH) &&
		    add_forms(&lx->forms, lx->verbs.key[i], lx->verbs.val[i]) <
		    0) {
			snprintf(err, errsize, "out of memory");
			return -1;
		}
	return 0;
}

static int
gender_kind(const char *kind)
{
	return kind == NULL ? 0 : strcmp(kind, "f") == 0 ? 'f' :
	    strcmp(kind, "m") == 0 ? 'm' : 0;
}

int
quotes_lex_genders(struct quotes_lex *lx, const char *path, char *err,
    size_t errsize)
{
	return wordset_load(&lx->genders, path, gender_kind, err, errsize);
}

int
quotes_lex_open(struct quotes_lex *lx, const char *verbs, const char *model,
    int with_model, char *err, size_t errsize)
{
	char path[4096];

	if (verbs == NULL) {
		datadir_path("quote-verbs.tsv", path, sizeof(path));
		verbs = path;
	}
	if (quotes_lex_load(lx, verbs, err, errsize) < 0)
		return -1;
	/* whom "he" and "she" may mean: a data file like the others, missed
	 * when missing (it was optional, which let an incomplete install
	 * change the speakers without a word) */
	datadir_path("gazetteers/first-names-gender.tsv", path, sizeof(path));
	if (quotes_lex_genders(lx, path, err, errsize) < 0)
		return -1;
	if (!with_model)
		return 0;
	if (model == NULL) {
		datadir_path("quotes.model", path, sizeof(path));
		model = path;
	}
	return quotes_lex_model(lx, model, err, errsize);
}

int
quotes_lex_model(struct quotes_lex *lx, const char *path, char *err,
    size_t errsize)
{
	if (model_load(&lx->model, path, err, errsize) < 0)
		return -1;
	if (lx->model.quote_feats.slot == NULL || lx->model.quote_w == NULL) {
		model_free(&lx->model);
		snprintf(err, errsize, "%s: not a model of news-extract-quotes",
		    path);
		return -1;
	}
	return 0;
}

void
quotes_lex_free(struct quotes_lex *lx)
{
	model_free(&lx->model);
	wordset_free(&lx->verbs);
	wordset_free(&lx->forms);
	wordset_free(&lx->genders);
}

/* ---- the document ---- */

void
qdoc_init(struct qdoc *d)
{
	memset(d, 0, sizeof(*d));
}

void
qdoc_clear(struct qdoc *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		tsent_clear(&d->s[i].t);
		buf_reset(&d->s[i].text);
	}
	for (i = 0; i < d->nq; i++) {
		buf_reset(&d->q[i].speaker);
		buf_reset(&d->q[i].mention);
		buf_reset(&d->q[i].cue);
		buf_reset(&d->q[i].text);
	}
	d->n = d->nq = d->ntok = d->nspan = d->ncand = 0;
	d->nfeat = d->nkeys = 0;
	d->lhsent = 0;
	d->nevent = 0;
	d->words = d->counted = 0;
}

void
qdoc_free(struct qdoc *d)
{
	size_t i;

	for (i = 0; i < d->inited; i++) {
		tsent_free(&d->s[i].t);
		buf_free(&d->s[i].text);
	}
	for (i = 0; i < d->qinited; i++) {
		buf_free(&d->q[i].speaker);
		buf_free(&d->q[i].mention);
		buf_free(&d->q[i].cue);
		buf_free(&d->q[i].text);
	}
	free(d->s);
	free(d->q);
	free(d->tok);
	free(d->span);
	free(d->cand);
	free(d->feat);
	free(d->keys);
	free(d->lo);
	free(d->hi);
	qdoc_init(d);
}

struct qsent *
qdoc_add(struct qdoc *d)
{
	struct qsent *q;

	if (grow(&d->s, d->n, &d->cap, sizeof(*d->s)) < 0)
		return NULL;
	if (d->n == d->inited) {
		memset(&d->s[d->n], 0, sizeof(d->s[d->n]));
		tsent_init(&d->s[d->n].t);
		d->inited++;
	}
	q = &d->s[d->n++];
	q->start = q->end = 0;
	q->sent = q->para = 0;
	q->tagged = q->parsed = 0;
	return q;
}

int
qdoc_section_ends(struct qdoc *d, unsigned long para)
{
	for (; d->counted < d->n; d->counted++)
		d->words += d->s[d->counted].t.n;
	if (d->words >= 2 * QDOC_SECTION_WORDS)
		return 1;
	return d->words >= QDOC_SECTION_WORDS && d->n > 0 &&
	    d->s[d->n - 1].para != para;
}

int
qdoc_add_record(struct qdoc *d, struct annotator *a, const struct srec *rec,
    void (*end_section)(void *), void *ctx)
{
	struct qsent *q;
	struct window w;
	size_t base;

	annotate_begin(a, rec);
	do {
		if (qdoc_section_ends(d, rec->para))
			end_section(ctx);
		if ((q = qdoc_add(d)) == NULL || annotate_window(a, &q->t, 0,
		    &w) != 1)
			return -1;
		/* its text, from its first word: offsets in it are the
		 * words' offsets less q->start */
		base = (size_t)(w.text - rec->text);
		if (buf_add(&q->text, w.text, w.len) < 0)
			return -1;
		q->start = rec->start + base;
		q->end = w.first && w.last ? rec->end : q->start + w.len <
		    rec->end ? q->start + w.len : rec->end;
		q->sent = rec->sent;
		q->para = rec->para;
	} while (!w.last);
	return 0;
}

int
qdoc_add_words(struct qdoc *d, const struct srec *rec,
    const struct tsent *words, void (*end_section)(void *), void *ctx)
{
	struct qsent *q;

	if (qdoc_section_ends(d, rec->para))
		end_section(ctx);
	if ((q = qdoc_add(d)) == NULL || tsent_copy(&q->t, words) < 0)
		return -1;
	buf_reset(&q->text);
	if (buf_add(&q->text, rec->text, rec->textlen) < 0)
		return -1;
	q->start = rec->start;
	q->end = rec->end;
	q->sent = rec->sent;
	q->para = rec->para;
	return 0;
}

static struct quote *
new_quote(struct qdoc *d)
{
	struct quote *q;

	if (grow(&d->q, d->nq, &d->capq, sizeof(*d->q)) < 0)
		return NULL;
	if (d->nq == d->qinited) {
		memset(&d->q[d->nq], 0, sizeof(d->q[d->nq]));
		d->qinited++;
	}
	q = &d->q[d->nq++];
	buf_reset(&q->speaker);
	buf_reset(&q->mention);
	buf_reset(&q->cue);
	buf_reset(&q->text);
	return q;
}

/* ---- words ---- */

static const char *
form(const struct qsent *q, size_t i)
{
	return tsent_form(&q->t, i);
}

static int
is(const struct qsent *q, size_t i, const char *w)
{
	return i < q->t.n && strcmp(form(q, i), w) == 0;
}

/* Case-blind for ASCII: "According", "according". */
static int
is_ci(const struct qsent *q, size_t i, const char *w)
{
	return i < q->t.n && strcasecmp(form(q, i), w) == 0;
}

static const char *
lemma(const struct qsent *q, size_t i)
{
	return q->t.lemmas.s ? q->t.lemmas.s + q->t.w[i].loff : form(q, i);
}

static const char *
xpos(struct ctx *c, const struct qsent *q, size_t i)
{
	return c->t->xpos[q->t.w[i].pos];
}

static int
xpos_is(struct ctx *c, const struct qsent *q, size_t i, const char *x)
{
	return i < q->t.n && strcmp(xpos(c, q, i), x) == 0;
}

static int
xpos_starts(struct ctx *c, const struct qsent *q, size_t i,
    const char *x)
{
	return i < q->t.n && strncmp(xpos(c, q, i), x, strlen(x)) == 0;
}

static int
finite_verb(struct ctx *c, const struct qsent *q, size_t i)
{
	return xpos_is(c, q, i, "VBD") || xpos_is(c, q, i, "VBZ") ||
	    xpos_is(c, q, i, "VBP") || xpos_is(c, q, i, "MD");
}

static int
noun(struct ctx *c, const struct qsent *q, size_t i)
{
	return xpos_starts(c, q, i, "NN");
}

static int
letter_or_digit(const struct qsent *q, size_t i)
{
	unsigned char ch = (unsigned char)form(q, i)[0];

	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	    (ch >= '0' && ch <= '9') || ch >= 0xC0;
}

static int
capitalized(const struct qsent *q, size_t i)
{
	return tsent_capitalized(&q->t, i);
}

/* Are words 0 to b - 1 a name as a headline puts one before a colon: one
 * to four proper nouns, each capitalised and not in capitals alone (not
 * "BREAKING", "WATCH")? */
static int
name_label(struct ctx *c, const struct qsent *q, size_t b)
{
	const char *f;
	size_t i;

	if (b == 0 || b > 4)
		return 0;
	for (i = 0; i < b; i++) {
		f = form(q, i);
		if (!xpos_starts(c, q, i, "NNP") || !capitalized(q, i) ||
		    f[1] < 'a' || f[1] > 'z')
			return 0;
	}
	return 1;
}

/* The personal pronouns that can be a subject, either case. */
static const char *const subject_pronouns[] = { "he", "she", "it", "they",
	"we", "I", "He", "She", "It", "They", "We", NULL };

/* The entity type of word i ("PER", ...), or NULL. */
static const char *
ner(struct ctx *c, const struct qsent *q, size_t i, int *begins)
{
	int b;

	if (c->t->m.nner == 0)
		return NULL;
	return tagger_ner_type(c->t, q->t.w[i].ner, begins ? begins : &b);
}

/* Is word i in an entity of that type ("PER", "LOC")? */
static int
ner_is(struct ctx *c, const struct qsent *q, size_t i, const char *type)
{
	const char *t = ner(c, q, i, NULL);

	return t && strcmp(t, type) == 0;
}

static int
is_per(struct ctx *c, const struct qsent *q, size_t i)
{
	return ner_is(c, q, i, "PER");
}

static uint32_t
span_of(struct ctx *c, const struct qsent *q, size_t i)
{
	return c->d->tok[q->g0 + i].span;
}

static int
subject_pronoun(const struct qsent *q, size_t i)
{
	return i < q->t.n && tsent_form_in(&q->t, i, subject_pronouns);
}

/* A word a noun phrase may hold, for speakers: "a Turkish Foreign
 * Ministry source", "Sources familiar with the matter", "Trump's special
 * envoy for the Middle East". */
static int
np_word(struct ctx *c, const struct qsent *q, size_t i)
{
	static const char *const x[] = { "DT", "PDT", "PRP$", "JJ", "JJR",
		"JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "NFP",
		NULL };
	static const char *const prep[] = { "of", "for", "with", "from", "at",
		"in", "to", "and", "&", "across", "within", "inside", "outside",
		"near", "around", "between", "among", "by", NULL };
	const char *const *w;
	const char *xp = xpos(c, q, i);

	for (w = x; *w; w++)
		if (strcmp(xp, *w) == 0)
			return 1;
	/* the participle of a compound adjective: "Moscow-based",
	 * "state-owned" */
	if ((strcmp(xp, "VBN") == 0 || strcmp(xp, "VBG") == 0) && i >= 2 &&
	    is(q, i - 1, "-") && q->t.w[i].glued && q->t.w[i - 1].glued)
		return 1;
	for (w = prep; *w; w++)
		if (is(q, i, *w))
			/* "Fidan and Rubio", not "their minds and several" */
			return !(is(q, i, "and") || is(q, i, "&")) || (i > 0 &&
			    xpos_starts(c, q, i - 1, "NNP"));
	return is_per(c, q, i);
}

static int day_word(const struct qsent *q, size_t i);

/* Words a phrase may not start or end with. */
static int
np_edge_bad(struct ctx *c, const struct qsent *q, size_t i)
{
	return xpos_is(c, q, i, "IN") || xpos_is(c, q, i, "TO") ||
	    xpos_is(c, q, i, "CC") || xpos_is(c, q, i, "POS") ||
	    xpos_is(c, q, i, "HYPH") || is(q, i, "and") || is(q, i, "&");
}

static int
np_has_head(struct ctx *c, const struct qsent *q, size_t a, size_t b)
{
	static const char *const alone[] = { "several", "many", "some",
		"others", "both", "all", "most", "few", "Several", "Many",
		"Some", "Others", "Both", "All", "Most", "Few", NULL };
	const char *const *w;
	size_t i;

	for (w = alone; b == a + 1 && *w; w++)
		if (is(q, a, *w))
			return 1;
	for (i = a; i < b; i++)
		if ((noun(c, q, i) && !day_word(q, i)) || xpos_is(c, q, i, "PRP") ||
		    xpos_is(c, q, i, "CD") || is_per(c, q, i))
			return 1;
	return 0;
}

/* Trim the edges of phrase [*a, *b) (and a time at its end: "a poll
 * published last week"); 0 if nothing is left or it has no noun. */
static int
np_trim(struct ctx *c, const struct qsent *q, size_t *a, size_t *b)
{
	while (*a < *b && (np_edge_bad(c, q, *a) || (day_word(q, *a) &&
	    capitalized(q, *a) && *a + 1 < *b)))
		(*a)++;
	while (*b > *a + 1 && day_word(q, *b - 1) && (day_word(q, *b - 2) ||
	    xpos_is(c, q, *b - 2, "IN")))
		*b -= 2;
	while (*b > *a && np_edge_bad(c, q, *b - 1))
		(*b)--;
	return *a < *b && np_has_head(c, q, *a, *b);
}

/* ---- reporting verbs ---- */

/* The reporting verb word i is a form of, as the word list spells it
 * (into e), and its class; 0 if it is none. */
static int
verb_lemma(struct ctx *c, const struct qsent *q, size_t i, char *e,
    size_t esize)
{
	const char *l;
	int k;

	if (i >= q->t.n || !(xpos_starts(c, q, i, "VB") || (xpos_is(c, q, i,
	    "NNS") && form(q, i)[q->t.w[i].len - 1] == 's')))
		return 0;
	l = lemma(q, i);
	if (strlen(l) + 2 > esize)
		return 0;
	snprintf(e, esize, "%s", l);
	if ((k = wordset_get(&c->lx->verbs, e, strlen(e))) == 0) {
		/* a silent e the lemma rules could not know: "underscored",
		 * "praised" */
		snprintf(e, esize, "%se", l);
		k = wordset_get(&c->lx->verbs, e, strlen(e));
	}
	return k & (QV_SPEECH | QV_QUOTE);
}

static int
verb_class(struct ctx *c, const struct qsent *q, size_t i)
{
	char e[64];

	return verb_lemma(c, q, i, e, sizeof(e));
}

static int
be_form(const struct qsent *q, size_t i)
{
	static const char *const be[] = { "is", "are", "was", "were", "be",
		"been", "being", "'s", "'re", "am", NULL };
	const char *const *b;

	for (b = be; *b; b++)
		if (is_ci(q, i, *b))
			return 1;
	return 0;
}

static int
form_of_have(const struct qsent *q, size_t i)
{
	return is_ci(q, i, "has") || is_ci(q, i, "have") || is_ci(q, i, "had");
}

static int punct_word(const struct qsent *q, size_t i);

/* Is one of words [a, b) a verb (or a modal)? */
static int
has_verb(struct ctx *c, const struct qsent *q, size_t a, size_t b)
{
	for (; a < b; a++)
		if (xpos_starts(c, q, a, "VB") || xpos_is(c, q, a, "MD"))
			return 1;
	return 0;
}

/* Does only punctuation follow from word i to the end of the sentence? */
static int
sentence_final(const struct qsent *q, size_t i)
{
	for (; i < q->t.n; i++)
		if (!punct_word(q, i))
			return 0;
	return 1;
}

/* Where a prepositional phrase starts that comes between an auxiliary
 * and the verb at e ("has in the past said", "had on several occasions
 * called"), or NONE: it is no subject. */
static size_t
adjunct_after_aux(struct ctx *c, const struct qsent *q, size_t lo,
    size_t e)
{
	size_t a;

	for (a = e; a > lo + 1 && !span_of(c, q, a - 1); a--) {
		if (a < e && xpos_is(c, q, a - 1, "IN"))
			return form_of_have(q, a - 2) || xpos_is(c, q, a - 2,
			    "MD") ? a - 1 : NONE;
		if (!np_word(c, q, a - 1))
			break;
	}
	return NONE;
}

/* Word i is a reporting verb that reports (not "is expected to say",
 * "will tell"): finite, perfect ("has said"), or a participle after a
 * comma (", adding"); the verb's class, or 0. */
static int
cue_at(struct ctx *c, const struct qsent *q, size_t i)
{
	int k = verb_class(c, q, i);
	size_t j = i, a;

	if (k == 0 || span_of(c, q, i))
		return 0;
	while (j > 0 && xpos_starts(c, q, j - 1, "RB"))
		j--;
	if (xpos_is(c, q, i, "VBD") || xpos_is(c, q, i, "VBZ") ||
	    xpos_is(c, q, i, "VBP"))
		return k;
	if (xpos_is(c, q, i, "VBN") && j > 0 && form_of_have(q, j - 1))
		return k;	/* "has said" */
	if (xpos_is(c, q, i, "VBN") && (a = adjunct_after_aux(c, q, 0, j)) !=
	    NONE && form_of_have(q, a - 1))
		return k;	/* "has in the past said" */
	/* "sources confirmed", "X, also commented" tagged VBN; but not a
	 * passive ("was told", "a process called", "figures reported by") */
	if (xpos_is(c, q, i, "VBN") && k == QV_SPEECH && j > 0 &&
	    !is(q, i + 1, "by") && !be_form(q, j - 1) && (noun(c, q, j - 1) ||
	    subject_pronoun(q, j - 1) || is(q, j - 1, ",")))
		return k;
	/* "... that a top aide described as": active, in a relative clause */
	if (xpos_is(c, q, i, "VBN") && j > 0 && noun(c, q, j - 1)) {
		while (j > 0 && np_word(c, q, j - 1) && !is(q, j - 1, "that"))
			j--;
		if (j > 0 && (is(q, j - 1, "that") || is(q, j - 1, "which") ||
		    is(q, j - 1, "whom")))
			return k;
	}
	/* "..., Caliber.Az reports": a verb the tagger took for a plural */
	if (xpos_is(c, q, i, "NNS") && j > 0 && ner(c, q, j - 1, NULL))
		return k;
	if (xpos_is(c, q, i, "VBG") && j > 0 && is(q, j - 1, ","))
		return k;
	/* "CLAUSE, say scientists": a present tense after the comma the
	 * tagger took for the base form, its subject after it to the end
	 * (not "say, 10 percent", nor "cannot have visitors, write letters,
	 * or receive mail") */
	if (xpos_is(c, q, i, "VB") && k == QV_SPEECH && j > 0 && is(q, j - 1,
	    ",") && i + 1 < q->t.n && (noun(c, q, i + 1) || xpos_is(c, q,
	    i + 1, "DT") || xpos_is(c, q, i + 1, "JJ"))) {
		for (j = i + 1; j < q->t.n && np_word(c, q, j) && !is(q, j,
		    "and"); j++)
			;
		if (sentence_final(q, j))
			return k;
	}
	return 0;
}

static int
participle(struct ctx *c, const struct qsent *q, size_t v)
{
	return xpos_is(c, q, v, "VBG");
}

/* ---- speakers ---- */

/* The subject of the verb at word v, no further left than lo: "the
 * source", "he", "Trump's special envoy for the Middle East, Steve
 * Witkoff", "A Turkish official, requesting anonymity,".  Fills w's
 * mention; 0 if there is none. */
/* Brackets of a few words that end at word e, after a word past lo
 * ("(D-Mo.)"): where the opening one is, or NONE. */
static size_t
bracket_before(const struct qsent *q, size_t lo, size_t e)
{
	size_t k;

	if (e < lo + 3 || !is(q, e - 1, ")"))
		return NONE;
	for (k = e - 1; k > lo + 1 && k + 8 > e; k--)
		if (is(q, k - 1, "("))
			return k - 1;
	return NONE;
}

/* Is one of words [a, b) a comma? */
static int
comma_in(const struct qsent *q, size_t a, size_t b)
{
	for (; a < b; a++)
		if (is(q, a, ","))
			return 1;
	return 0;
}

/* Where a source [a, e) that is only the "Jr." of "Cyrus R. Vance, Jr."
 * starts with the name before its comma: back over the words of a noun
 * phrase, not before lo; a if it is no such word. */
static size_t
past_generation(struct ctx *c, const struct qsent *q, size_t lo, size_t a,
    size_t e)
{
	if (a + 1 != e || a < lo + 2 || !is(q, a - 1, ",") ||
	    !people_generation(&q->t, a))
		return a;
	for (a--; a > lo && np_word(c, q, a - 1) && !span_of(c, q, a - 1);
	    a--)
		;
	return a;
}

static int
subject_of(struct ctx *c, const struct qsent *q, size_t v, size_t lo,
    struct who *w)
{
	size_t e = v, a, comma, k;

	for (;;) {
		if (e > lo && (xpos_starts(c, q, e - 1, "RB") ||
		    xpos_is(c, q, e - 1, "MD") || form_of_have(q, e - 1)) &&
		    !is(q, e - 1, "not"))
			e--;
		else if (e > lo + 1 && day_word(q, e - 1) && (xpos_is(c, q,
		    e - 2, "IN") || is(q, e - 2, ",")))
			e -= 1 + xpos_is(c, q, e - 2, "IN");	/* "on Sunday" */
		else if ((k = adjunct_after_aux(c, q, lo, e)) != NONE)
			e = k;		/* "has in the past said" */
		else
			break;
	}
	if (e > lo && subject_pronoun(q, e - 1)) {
		w->a = e - 1, w->b = e;
		return 1;
	}
	/* "Sen. Claire McCaskill (D-Mo.) said": the name before the
	 * brackets, the mention with them */
	if ((k = bracket_before(q, lo, e)) != NONE) {
		if (!subject_of(c, q, k, lo, w) || w->b != k)
			return 0;
		w->b = e;
		return 1;
	}
	/* "NP, APPOSITION, said" or "NP, requesting anonymity, told" */
	if (e > lo + 1 && is(q, e - 1, ",")) {
		for (comma = e - 1; comma > lo && !is(q, comma - 1, ","); comma--)
			if (span_of(c, q, comma - 1))
				return 0;
		if (comma == lo)
			return 0;
		comma--;		/* the first comma */
		a = comma + 1;
		if (xpos_is(c, q, a, "VBG") || xpos_is(c, q, a, "VBN") ||
		    is(q, a, "who") || is(q, a, "which")) {
			if (!subject_of(c, q, comma, lo, w))
				return 0;
			return 1;
		}
		{
			size_t b = e - 1, na = comma;

			if (!np_trim(c, q, &a, &b) || b != e - 1)
				return 0;
			while (na > lo && np_word(c, q, na - 1) &&
			    !span_of(c, q, na - 1))
				na--;
			if (na < comma && np_trim(c, q, &na, &comma)) {
				w->a = na, w->b = e - 1;
				return 1;
			}
			return 0;
		}
	}
	for (a = e; a > lo && np_word(c, q, a - 1) && !span_of(c, q, a - 1);
	    a--)
		;
	/* "Ms Robinson, who presents The Weakest Link tells": the object of
	 * a relative clause whose closing comma was left out; the subject
	 * is the noun before the clause */
	if (a >= lo + 3 && xpos_starts(c, q, a - 1, "VB") && (is(q, a - 2,
	    "who") || is(q, a - 2, "which")) && is(q, a - 3, ","))
		return subject_of(c, q, a - 3, lo, w);
	a = past_generation(c, q, lo, a, e);
	{
		size_t b = e;

		if (!np_trim(c, q, &a, &b) || b != e)
			return 0;
	}
	w->a = a, w->b = e;
	return 1;
}

/* The phrase after an inverted verb: "said the source", "said Mr Smith,
 * the chancellor". */
static int
object_after(struct ctx *c, const struct qsent *q, size_t i,
    struct who *w)
{
	size_t b = i;

	if (i < q->t.n && subject_pronoun(q, i)) {
		w->a = i, w->b = i + 1;
		return 1;
	}
	if (i >= q->t.n || np_edge_bad(c, q, i))
		return 0;
	while (b < q->t.n && np_word(c, q, b) && !span_of(c, q, b))
		b++;
	w->a = i, w->b = b;
	return np_trim(c, q, &w->a, &w->b) && w->a == i;
}

/* ---- quotation marks ---- */

enum { MK_NONE, MK_OPEN, MK_CLOSE, MK_EITHER };

/* Could word f be a quotation mark? */
static int
quote_char(const char *f)
{
	if (f[0] == '"' || f[0] == '\'' || f[0] == '`')
		return f[1] == '\0' || (f[1] == f[0] && f[2] == '\0');
	if (f[0] == '\xE2' && f[1] == '\x80' && f[3] == '\0')
		return f[2] == '\x98' || f[2] == '\x99' || f[2] == '\x9C' ||
		    f[2] == '\x9D' || f[2] == '\x9E';
	return f[0] == '\xC2' && (f[1] == '\xAB' || f[1] == '\xBB') &&
	    f[2] == '\0';
}

/* Tag sentence s with parts of speech and lemmas, if it is not yet (its
 * entities and people are taken in at the start, in document order). */
static void
tag(struct ctx *c, size_t s)
{
	struct qsent *q = &c->d->s[s];

	if (q->tagged)
		return;
	q->tagged = 1;
	if (tagger_run(c->t, &q->t, TAG_ALL) < 0)
		c->failed = 1;
}

/* A sentence worth tagging: one with a quotation mark or a word that may
 * be a reporting verb.  Others are tagged only when a speaker's name or
 * "he" needs them. */
static int
wants_tags(struct ctx *c, const struct qsent *q)
{
	char low[32];
	size_t i, k, n;
	const char *f;

	for (i = 0; i < q->t.n; i++) {
		f = form(q, i);
		n = q->t.w[i].len;
		if (quote_char(f))
			return 1;
		if (n >= sizeof(low) || n < 3)
			continue;
		for (k = 0; k < n; k++)
			low[k] = (char)(f[k] >= 'A' && f[k] <= 'Z' ? f[k] + 32 :
			    f[k]);
		if (wordset_get(&c->lx->forms, low, n))
			return 1;
	}
	return 0;
}

static int
spaced_before(const struct qsent *q, size_t i)
{
	return i == 0 || q->t.w[i - 1].end < q->t.w[i].start ||
	    is(q, i - 1, "(") || is(q, i - 1, "[") || is(q, i - 1, "\xE2\x80\x94");
}

static int
spaced_after(const struct qsent *q, size_t i)
{
	return i + 1 >= q->t.n || q->t.w[i].end < q->t.w[i + 1].start;
}

/* Is word i a quotation mark, and which way does it face?  *dbl: a
 * double one.  An apostrophe ("nations’") is none. */
static int
mark_at(struct ctx *c, const struct qsent *q, size_t i, int *dbl)
{
	const char *f = form(q, i);
	int before, after;

	*dbl = 1;
	if (!quote_char(f))
		return MK_NONE;
	if (strcmp(f, "\xE2\x80\x9C") == 0 || strcmp(f, "\xE2\x80\x9E") == 0 ||
	    strcmp(f, "\xC2\xAB") == 0 || strcmp(f, "``") == 0)
		return MK_OPEN;
	if (strcmp(f, "\xE2\x80\x9D") == 0 || strcmp(f, "\xC2\xBB") == 0)
		return MK_CLOSE;
	before = spaced_before(q, i);
	after = spaced_after(q, i);
	/* '' opens as well as closes in some papers ("''This isn't it,''
	 * he said"): a straight mark */
	if (strcmp(f, "\"") == 0 || strcmp(f, "''") == 0)
		return before && !after ? MK_OPEN : !before && after ?
		    MK_CLOSE : MK_EITHER;
	*dbl = 0;
	if (strcmp(f, "\xE2\x80\x98") == 0)
		return MK_OPEN;
	if (strcmp(f, "\xE2\x80\x99") == 0)
		return before || xpos_is(c, q, i, "POS") ? MK_NONE : MK_CLOSE;
	if (strcmp(f, "'") == 0 && !xpos_is(c, q, i, "POS"))
		return before && !after ? MK_OPEN : !before && after ?
		    MK_CLOSE : MK_NONE;
	return MK_NONE;
}

static int
add_span(struct qdoc *d, size_t om, size_t a, size_t b, size_t cm, int dbl)
{
	struct qspan *sp;
	size_t g;

	while (a < b && d->tok[a].skip)
		a++;
	if (a >= b)
		return 0;
	if (grow(&d->span, d->nspan, &d->capspan, sizeof(*d->span)) < 0)
		return -1;
	sp = &d->span[d->nspan++];
	sp->a = a, sp->b = b, sp->om = om, sp->cm = cm, sp->dbl = dbl;
	sp->owner = 0;
	sp->used = 0;
	for (g = a; g < b; g++)
		if (d->tok[g].span == 0)
			d->tok[g].span = (uint32_t)d->nspan;
	if (om != NONE)
		d->tok[om].span = (uint32_t)d->nspan;
	if (cm != NONE)
		d->tok[cm].span = (uint32_t)d->nspan;
	return 0;
}

static const struct qsent *
sent_of(const struct qdoc *d, size_t g)
{
	return &d->s[d->tok[g].s];
}

/* A closing mark with no opening one: the quotation is taken to start at
 * the clause before it, after the last comma, colon or quotation that
 * leaves it five words or more (not inside a list: "peace, trade and
 * commerce"). */
static size_t
clause_start(struct ctx *c, size_t g)
{
	const struct qsent *q = sent_of(c->d, g);
	size_t i = c->d->tok[g].i, words = 0;

	for (; i > 0 && !span_of(c, q, i - 1); i--) {
		if ((is(q, i - 1, ",") || is(q, i - 1, ":") || is(q, i - 1,
		    ";")) && words >= 5)
			break;
		words += letter_or_digit(q, i - 1);
	}
	return q->g0 + i;
}

/* The last word of the paragraph that word g is in, plus one. */
static size_t
para_end(const struct qdoc *d, size_t g)
{
	size_t s = d->tok[g].s;

	while (s + 1 < d->n && d->s[s + 1].para == d->s[s].para)
		s++;
	return d->s[s].g0 + d->s[s].t.n;
}

/* Does word g start a paragraph (past the document's first)?  A
 * quotation left open at the end of one is looked at there, not at each
 * sentence of the paragraphs it runs on through. */
static int
new_para(const struct qdoc *d, size_t g)
{
	return g > 0 && d->tok[g].i == 0 && sent_of(d, g)->para !=
	    sent_of(d, g - 1)->para;
}

/* Pair the double quotation marks of the document. */
static int
pair_double(struct ctx *c)
{
	struct qdoc *d = c->d;
	size_t g, open = NONE;
	int mk, dbl;

	for (g = 0; g < d->ntok; g++) {
		const struct qsent *q = sent_of(d, g);
		size_t i = d->tok[g].i;

		if (i == 0 && open != NONE && new_para(d, g)) {
			/* a paragraph left the quotation open: it goes on if
			 * this one opens one, else it ended with its
			 * paragraph */
			mk = mark_at(c, q, 0, &dbl);
			if (dbl && (mk == MK_OPEN || mk == MK_EITHER)) {
				d->tok[g].skip = 1;
				continue;
			}
			if (add_span(d, open, open + 1, g, NONE, 1) < 0)
				return -1;
			open = NONE;
		}
		mk = mark_at(c, q, i, &dbl);
		if (mk == MK_NONE || !dbl)
			continue;
		if (open == NONE && mk != MK_CLOSE) {
			open = g;
		} else if (open != NONE && mk != MK_OPEN) {
			if (add_span(d, open, open + 1, g, g, 1) < 0)
				return -1;
			open = NONE;
		} else if (open != NONE) {
			/* opened twice: the first ran to here */
			if (add_span(d, open, open + 1, g, NONE, 1) < 0)
				return -1;
			open = g;
		} else if (add_span(d, NONE, clause_start(c, g), g, g, 1) < 0) {
			return -1;
		}
	}
	if (open != NONE && add_span(d, open, open + 1, para_end(d, open), NONE,
	    1) < 0)
		return -1;
	return 0;
}

/* In a document that quotes with single marks only (papers that write
 * 'Not only are they marginalised,' he said): a quotation runs across
 * sentences to its closing mark, and across paragraphs when the next one
 * opens with a mark, as the convention for a long quotation has it.  One
 * left open at the end of its paragraph is dropped: an apostrophe ("the
 * '90s") opens none. */
static int
pair_single_long(struct ctx *c)
{
	struct qdoc *d = c->d;
	size_t g, open = NONE;
	int mk, dbl;

	for (g = 0; g < d->ntok; g++) {
		const struct qsent *q = sent_of(d, g);
		size_t i = d->tok[g].i;

		if (i == 0 && open != NONE && new_para(d, g)) {
			if (mark_at(c, q, 0, &dbl) == MK_OPEN && !dbl) {
				d->tok[g].skip = 1;	/* it goes on */
				continue;
			}
			open = NONE;
		}
		mk = mark_at(c, q, i, &dbl);
		if (mk == MK_NONE || dbl)
			continue;
		if (mk == MK_OPEN) {
			open = g;	/* opened twice: the first opened none */
		} else if (mk == MK_CLOSE && open != NONE) {
			if (add_span(d, open, open + 1, g, g, 0) < 0)
				return -1;
			open = NONE;
		}
	}
	return 0;
}

/* Does the document hold a double quotation mark? */
static int
has_double(struct ctx *c)
{
	const struct qdoc *d = c->d;
	size_t g;
	int dbl;

	for (g = 0; g < d->ntok; g++)
		if (mark_at(c, sent_of(d, g), d->tok[g].i, &dbl) != MK_NONE &&
		    dbl)
			return 1;
	return 0;
}

/* Single quotation marks outside double ones, paired in a sentence:
 * headlines, and papers that quote with them (across sentences where they
 * quote with nothing else: pair_single_long()). */
static int
pair_single(struct ctx *c)
{
	struct qdoc *d = c->d;
	size_t s, i, j;
	int mk = MK_NONE, dbl;

	if (!has_double(c))
		return pair_single_long(c);
	for (s = 0; s < d->n; s++) {
		const struct qsent *q = &d->s[s];

		for (i = 0; i < q->t.n; i++) {
			if (span_of(c, q, i) || mark_at(c, q, i, &dbl) !=
			    MK_OPEN || dbl)
				continue;
			for (j = i + 1; j < q->t.n && !span_of(c, q, j); j++)
				if ((mk = mark_at(c, q, j, &dbl)) != MK_NONE &&
				    !dbl)
					break;
			if (j >= q->t.n || span_of(c, q, j) || mk != MK_CLOSE)
				continue;
			if (add_span(d, q->g0 + i, q->g0 + i + 1, q->g0 + j,
			    q->g0 + j, 0) < 0)
				return -1;
			i = j;
		}
	}
	return 0;
}

/* ---- events ---- */

/* Append words [a, b) of sentence q as its text has them. */
static void
add_text(struct buf *out, const struct qsent *q, size_t a, size_t b)
{
	size_t from, to;

	if (a >= b)
		return;
	from = q->t.w[a].start - q->start;
	to = q->t.w[b - 1].end - q->start;
	if (to > q->text.l)
		to = q->text.l;
	if (from >= to)
		return;
	if (out->l)
		buf_addc(out, ' ');
	buf_add(out, q->text.s + from, to - from);
}

/* The content of words [a, b) of the document, marks inside left out. */
static void
content_text(const struct qdoc *d, struct buf *out, size_t a, size_t b)
{
	size_t g = a, s, e;

	while (g < b) {
		s = d->tok[g].s;
		for (e = g; e < b && d->tok[e].s == s && !d->tok[e].skip; e++)
			;
		add_text(out, &d->s[s], d->tok[g].i, d->tok[g].i + (e - g));
		g = e;
		while (g < b && d->tok[g].skip)
			g++;
	}
}

static int gender_before(struct ctx *c, const struct qsent *q, size_t a);

/* The slot of person p in c->pg, a table of open addressing keyed by the
 * pointer, whose size c->cappg is 0 or a power of two: p's, or the empty
 * one where it would go. */
static struct pgender *
pg_slot(struct ctx *c, const struct person *p)
{
	size_t h = ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ULL;

	for (h &= c->cappg - 1; c->pg[h].p && c->pg[h].p != p;
	    h = (h + 1) & (c->cappg - 1))
		;
	return &c->pg[h];
}

/* Note gender g of person p; when two mentions disagree, none. */
static int
pg_note(struct ctx *c, const struct person *p, int g)
{
	struct pgender *e;

	if (2 * (c->npg + 1) > c->cappg) {	/* at most half full */
		struct pgender *old = c->pg;
		size_t i, n = c->cappg;

		c->cappg = n ? 2 * n : 64;
		if ((c->pg = calloc(c->cappg, sizeof(*c->pg))) == NULL) {
			c->pg = old, c->cappg = n;
			return -1;
		}
		for (i = 0; i < n; i++)
			if (old[i].p)
				*pg_slot(c, old[i].p) = old[i];
		free(old);
	}
	e = pg_slot(c, p);
	if (e->p == NULL) {
		e->p = p, e->g = g;
		c->npg++;
	} else if (e->g != g) {
		e->g = 0;
	}
	return 0;
}

/* Note what the honorifics of the document say of its people's genders
 * (c->pg), once: the last word of each name after one. */
static void
honorific_genders(struct ctx *c)
{
	const struct qdoc *d = c->d;
	size_t s, i;

	c->pg_done = 1;
	for (s = 0; s < d->n; s++) {
		const struct qsent *q = &d->s[s];

		for (i = 0; i < q->t.n; i++) {
			const struct person *p;
			int g;

			if (!capitalized(q, i) || (i + 1 < q->t.n &&
			    capitalized(q, i + 1)) || (g = gender_before(c, q,
			    i)) == 0 || (p = people_find(c->pp, c->plx, &q->t,
			    i, i + 1)) == NULL)
				continue;
			if (pg_note(c, p, g) < 0) {
				c->failed = 1;
				return;
			}
		}
	}
}

/* The gender of a person: of their first name, 'f' or 'm', else what an
 * honorific before a mention of them says, or 0 if unknown. */
static int
gender_of(struct ctx *c, const struct person *p)
{
	const char *sp = memchr(p->name.s, ' ', p->name.l);
	const struct pgender *e;
	int g;

	if (sp != NULL && c->lx->genders.n && (g = wordset_get(
	    &c->lx->genders, p->name.s, (size_t)(sp - p->name.s))) != 0)
		return g;
	if (!c->pg_done)
		honorific_genders(c);
	if (c->npg == 0)
		return 0;
	e = pg_slot(c, p);
	return e->p ? e->g : 0;
}

static int name_is_subject(struct ctx *c, const struct qsent *q, size_t a,
    size_t b);

/* Where the title before a name at word a starts: up to four words
 * back that are capitalised, nouns or adjectives, and over an "of" or
 * "for" between capitalised words, which is inside a name ("Office of
 * Civil Defense director Renato Arevalo", "Secretary of State"). */
static size_t
title_start(struct ctx *c, const struct qsent *q, size_t a)
{
	size_t k, from = a;
	int hops = 0;

	for (;;) {
		for (k = from; k > 0 && from - k < 4 && (capitalized(q, k - 1) ||
		    noun(c, q, k - 1) || xpos_starts(c, q, k - 1, "JJ")) &&
		    !is_per(c, q, k - 1); k--)
			;
		if (hops++ < 2 && k >= 2 && k < from && capitalized(q, k) &&
		    capitalized(q, k - 2) && (is(q, k - 1, "of") ||
		    is(q, k - 1, "for"))) {
			from = k - 1;
			continue;
		}
		return k;
	}
}

/* Has sentence q a reporting verb outside quotations? */
static int
reports(struct ctx *c, const struct qsent *q)
{
	size_t j;

	for (j = 0; j < q->t.n; j++)
		if (!span_of(c, q, j) && cue_at(c, q, j))
			return 1;
	return 0;
}

/* Is the name at words [a, b) an object or a possessive ("spoke to
 * Martin Smith", "pardoned by Trump", "Trump's conduct"), which "he"
 * rarely means, rather than a subject? */
static int
oblique(struct ctx *c, const struct qsent *q, size_t a, size_t b)
{
	static const char *const prep[] = { "to", "of", "by", "with", "from",
		"for", "between", "against", "on", "at", "about", "under",
		"toward", "towards", "than", "including", "like", "among",
		"over", "and", NULL };
	const char *const *p;
	size_t k;

	if (tsent_possessive(&q->t, b) || xpos_is(c, q, b, "POS"))
		return 1;
	/* the parse knows a subject past a title with a preposition in it
	 * ("spokeswoman for women Sandra Gidley said") */
	if (q->parsed && name_is_subject(c, q, a, b))
		return 0;
	/* past a title: "with President Trump", "of journalist Jamal" */
	k = title_start(c, q, a);
	/* "according to" names the source: a subject's part; so does an
	 * interview's "with" in a sentence that reports no speech ("the
	 * show included an interview with Augusto Pinochet Hiriart.
	 * ``...,'' he said") */
	if (k >= 2 && is(q, k - 1, "to") && is_ci(q, k - 2, "according"))
		return 0;
	if (k >= 2 && is(q, k - 1, "with") && (is(q, k - 2, "interview") ||
	    is(q, k - 2, "interviews") || is(q, k - 2, "conversation")) &&
	    !reports(c, q))
		return 0;	/* but "X said in an interview with CNN's Y" */
	/* "chairman and chief executive Richard Parsons": two titles, not
	 * "with Obama and Biden" */
	if (k >= 2 && is(q, k - 1, "and") && !capitalized(q, k - 2))
		return 0;
	for (p = prep; k > 0 && *p; p++)
		if (is(q, k - 1, *p))
			return 1;
	return 0;
}

/* The gender the words before a name at word a give it: an honorific
 * ("Mr.", "Mrs", "Ms") or a gendered title ("Queen", "Congresswoman"),
 * 'f' or 'm', or 0. */
static int
gender_before(struct ctx *c, const struct qsent *q, size_t a)
{
	static const char *const male[] = { "mr", "sir", "lord", "king",
		"prince", "duke", "father", "brother", "uncle", "congressman",
		"chairman", "spokesman", "councilman", "assemblyman", "businessman",
		"sheikh", NULL };
	static const char *const female[] = { "mrs", "ms", "miss", "madam",
		"dame", "lady", "queen", "princess", "duchess", "mother", "sister",
		"aunt", "congresswoman", "chairwoman", "spokeswoman",
		"councilwoman", "assemblywoman", "businesswoman", "actress", NULL };
	const char *const *w;
	char low[32];
	size_t k, i, n;

	(void)c;
	for (k = a; k > 0 && a - k < 3; k--) {
		const char *f = form(q, k - 1);

		n = q->t.w[k - 1].len;
		if (f[n ? n - 1 : 0] == '.')
			n--;		/* "Mr." */
		if (n == 0 || n >= sizeof(low))
			return 0;
		for (i = 0; i < n; i++)
			low[i] = (char)(f[i] >= 'A' && f[i] <= 'Z' ? f[i] + 32 :
			    f[i]);
		low[n] = '\0';
		for (w = male; *w; w++)
			if (strcmp(low, *w) == 0)
				return 'm';
		for (w = female; *w; w++)
			if (strcmp(low, *w) == 0)
				return 'f';
		if (!capitalized(q, k - 1))
			return 0;
	}
	return 0;
}

/* The person of the document whose name is the speaker of record o, or
 * NULL. */
static const struct person *
speaker_person(const struct ctx *c, const struct quote *o)
{
	size_t i;

	for (i = 0; i < c->pp->n; i++)
		if (c->pp->p[i].name.l == o->speaker.l &&
		    memcmp(c->pp->p[i].name.s, o->speaker.s, o->speaker.l) == 0)
			return &c->pp->p[i];
	return NULL;
}

/* The person of the latest record so far whose content starts in
 * sentence sent and whose mention is a definite title ("the president")
 * that stands for a person of the story (titled()) of the gender given or
 * of none known ('"...," the president said.  "...," he said'), or "he"
 * or "she" that stood for one of that gender ('she said she felt ...
 * "...," she said').  A name in the mention is found where the sentence
 * names it. */
/* Is mention m "he" or "she" of gender g ('m' or 'f')? */
static int
pronoun_of(const char *m, int g)
{
	return g == 'm' ? strcmp(m, "he") == 0 || strcmp(m, "He") == 0 :
	    g == 'f' ? strcmp(m, "she") == 0 || strcmp(m, "She") == 0 : 0;
}

static const struct person *
reported_person(struct ctx *c, unsigned long sent, int gender)
{
	const struct quote *o;
	const struct person *p;
	size_t i;
	int g;

	for (i = c->d->nq; i-- > 0 && c->d->q[i].sent >= sent; ) {
		o = &c->d->q[i];
		if (o->sent != sent || o->speaker.l == 0)
			continue;
		if (o->mention.l >= 4 && (memcmp(o->mention.s, "the ", 4) == 0 ||
		    memcmp(o->mention.s, "The ", 4) == 0) && (p =
		    speaker_person(c, o)) != NULL && p->role == ROLE_STORY &&
		    ((g = gender_of(c, p)) == gender || g == 0))
			return p;
		/* "she said she felt ...  ... she said": the one the
		 * pronoun before stood for, of the same gender */
		if (pronoun_of(o->mention.s, gender) && (p = speaker_person(c,
		    o)) != NULL && p->role == ROLE_STORY && gender_of(c, p) ==
		    gender)
			return p;
	}
	return NULL;
}

/* "He" looks back this many sentences at most, in the three paragraphs
 * before: a paragraph of a transcript or a blog can be very long, and a
 * look all the way back for every "he" made the work grow with the square
 * of its length.  On the evaluation sets and the bench corpus the person
 * is never more than 12 sentences back, and the paragraphs end the look
 * within 18. */
#define HE_SENTENCES 50

/* Where a subordinate clause that opens sentence q ends ("While the
 * nominee, Tony Francis, declined to speak to media, | incumbent Andrew
 * Dowie wants ..."): the comma after its first finite verb; 0 if the
 * sentence opens with none. */
static size_t
subordinate_end(struct ctx *c, const struct qsent *q)
{
	static const char *const sub[] = { "While", "Although", "Though",
		"Whereas", "After", "Before", "When", "Because", "Since", "If",
		"Unless", "Once", NULL };
	size_t i, k;

	for (k = 0; sub[k] && (q->t.n == 0 || !is(q, 0, sub[k])); k++)
		;
	if (sub[k] == NULL)
		return 0;
	for (i = 1; i < q->t.n && !finite_verb(c, q, i); i++)
		;
	for (; i < q->t.n; i++)
		if (is(q, i, ","))
			return i;
	return 0;
}

/* The person named before word i of sentence s, outside quotations, whom
 * "he" or "she" means: in the nearest sentence that names one of a
 * matching gender, the first such name (the subject, in English order:
 * "Mr Balls ... had suggested that Mr Brown would", then "He said"), and
 * one whose gender is known before one whose gender is not; one the main
 * clause names before one only a clause before it names. */
static const struct person *
person_before(struct ctx *c, size_t s, size_t i, int gender,
    struct who *nominal)
{
	const struct qdoc *d = c->d;
	size_t b, a;
	unsigned long para = d->s[s].para;
	size_t first = s >= HE_SENTENCES ? s - HE_SENTENCES : 0, from = s;

	for (;;) {
		const struct qsent *q = &d->s[s];
		const struct person *known = NULL, *unknown = NULL;
		const struct person *sknown = NULL, *sunknown = NULL;
		size_t known_at = 0, unknown_at = 0, sknown_at = 0;
		size_t sunknown_at = 0, sub;

		tag(c, s);
		sub = subordinate_end(c, q);
		for (b = i; b > 0; b = a) {
			const struct person *p;
			int g;

			a = b - 1;
			if (span_of(c, q, a))
				continue;
			if (!is_per(c, q, a) && !(capitalized(q, a) &&
			    gender_before(c, q, a)))
				continue;	/* but "Mr Balls", untagged */
			while (a > 0 && is_per(c, q, a - 1))
				a--;
			if (oblique(c, q, a, b) || (p = people_find(c->pp,
			    c->plx, &q->t, a, b)) == NULL ||
			    p->role != ROLE_STORY)
				continue;	/* a byline or credit is no speaker */
			if ((g = gender_of(c, p)) == 0)
				g = gender_before(c, q, a);
			if (g == gender && a < sub)
				sknown = p, sknown_at = a;
			else if (g == gender)
				known = p, known_at = a; /* the leftmost wins */
			else if (g == 0 && a < sub)
				sunknown = p, sunknown_at = a;
			else if (g == 0)
				unknown = p, unknown_at = a;
		}
		/* one named only in a clause before the main one comes after
		 * those the main clause names */
		if (known == NULL && sknown)
			known = sknown, known_at = sknown_at;
		if (unknown == NULL && sunknown)
			unknown = sunknown, unknown_at = sunknown_at;
		/* "The Tory leader was asked ...  He replies": a title
		 * without a name, the subject of the sentence just before,
		 * before any name in it */
		if (s + 1 == from) {
			size_t ta, tb;
			int r = people_title_subject(c->plx, c->t,
			    &c->d->s[s].t, &ta, &tb);

			if (r < 0)
				c->failed = 1;
			if (r > 0 && (known ? known_at : unknown ? unknown_at :
			    SIZE_MAX) > ta) {
				nominal->s = s, nominal->a = ta, nominal->b = tb;
				return NULL;
			}
		}
		if (known || unknown)
			return known ? known : unknown;
		if ((known = reported_person(c, q->sent, gender)) != NULL)
			return known;
		if (s == first || d->s[s - 1].para + 3 < para)
			return NULL;
		s--;
		i = d->s[s].t.n;
	}
}

/* Does the speaker of record o look plural, which "it" is not: its last
 * word ending in "s" with no capital after its first word ("Officials",
 * "the police officers"; not "the Times"), or "police" or "people", or
 * two joined by "and" ("Firefighters and police")?  Or a phrase of a
 * preposition ("to a statement")? */
static int
plural_speaker(const struct quote *o)
{
	const char *s = o->speaker.s, *e = s + o->speaker.l, *w;

	if (o->speaker.l == 0)
		return 0;
	if (o->speaker.l >= 3 && memcmp(s, "to ", 3) == 0)
		return 1;
	/* "Firefighters and police", "the police", "people" */
	if (memmem(s, o->speaker.l, " and ", 5) != NULL || (o->speaker.l >= 6 &&
	    memcmp(e - 6, "police", 6) == 0) || (o->speaker.l >= 6 &&
	    memcmp(e - 6, "people", 6) == 0))
		return 1;
	if (e[-1] != 's')
		return 0;
	for (w = s; w < e; w++)
		if (w > s && w[-1] == ' ' && *w >= 'A' && *w <= 'Z')
			return 0;
	return 1;
}

/* The latest record whose content starts in the three sentences before
 * sentence sent and whose speaker is named, no pronoun, no person and
 * not plural: whom "it" stands for; plural: whom "they" stands for; or
 * NULL. */
static const struct quote *
source_before(const struct ctx *c, unsigned long sent, int plural)
{
	const struct quote *o;
	const char *const *x;
	size_t i;

	/* records go on in document order: back from the last, no further
	 * than three sentences */
	for (i = c->d->nq; i-- > 0; ) {
		o = &c->d->q[i];
		if (o->sent + 3 < sent)
			break;
		if (o->sent >= sent || o->speaker.l == 0)
			continue;
		for (x = subject_pronouns; *x && !(strlen(*x) == o->speaker.l &&
		    memcmp(*x, o->speaker.s, o->speaker.l) == 0); x++)
			;
		if (*x == NULL && speaker_person(c, o) == NULL &&
		    plural_speaker(o) == plural)
			return o;
	}
	return NULL;
}

static const char *const relative[] = { "who", "whose", "whom", "which",
	NULL };

/* The end of the words [lo, hi) of a mention before a relative clause
 * that follows a name in them ("James Landrum, of Plano, whose wife's
 * sister, Terri Bell, died": the relative clause's names are not the
 * speaker); hi when there is none. */
static size_t
before_relative(struct ctx *c, const struct qsent *q, size_t lo, size_t hi)
{
	size_t i;
	int named = 0;

	for (i = lo; i < hi; i++) {
		if (is_per(c, q, i))
			named = 1;
		else if (named && is(q, i - 1, ",") &&
		    tsent_form_in(&q->t, i, relative))
			return i - 1;
	}
	return hi;
}

/* The speaker for words [a, b) of mention w's sentence: the person a
 * definite title without a name stands for, when the document gives one
 * person that title ("the president" is President Clinton, once the story
 * named him), else the words. */
static void
titled(struct ctx *c, const struct who *w, size_t a, size_t b,
    struct buf *speaker)
{
	const struct qsent *q = &c->d->s[w->s];
	const struct person *p = people_title_holder(c->pp, c->plx, &q->t, a,
	    b, q->sent);

	if (p)
		buf_add(speaker, p->name.s, p->name.l);
	else
		add_text(speaker, q, a, b);
}

/* The speaker the mention names: a person's full name, what "it" or
 * "he"/"she" stand for, or the mention. */
static void
resolve(struct ctx *c, const struct who *w, struct buf *speaker)
{
	const struct qsent *q = &c->d->s[w->s];
	const struct person *p = NULL;
	const struct quote *o;
	size_t a, b;
	int pass;

	if (w->b == w->a + 1 && (is_ci(q, w->a, "he") || is_ci(q, w->a,
	    "she"))) {
		struct who nominal = { 0, 0, 0, NONE, NULL, 0, 0 };

		p = person_before(c, w->s, w->a, is_ci(q, w->a, "he") ? 'm' :
		    'f', &nominal);
		if (p == NULL && nominal.a < nominal.b) {
			titled(c, &nominal, nominal.a, nominal.b, speaker);
			return;
		}
	}
	/* "it": the source no person of the report before ('The Ugandan
	 * Media Council said ... It said') */
	if (w->b == w->a + 1 && is_ci(q, w->a, "it") && (o = source_before(c,
	    q->sent, 0)) != NULL) {
		buf_add(speaker, o->speaker.s, o->speaker.l);
		return;
	}
	/* "they": the plural source of the report before ('diplomats
	 * said ... They said') */
	if (w->b == w->a + 1 && is_ci(q, w->a, "they") && (o =
	    source_before(c, q->sent, 1)) != NULL) {
		buf_add(speaker, o->speaker.s, o->speaker.l);
		return;
	}
	/* the last name in the mention that is no object: "Trump's special
	 * envoy ..., Steve Witkoff" is Steve Witkoff, "Carl Hensman of the
	 * Bill and Melinda Gates Foundation" is Carl Hensman; first in the
	 * mention's head phrase, when the parse gave one ("President Trump,
	 * who appointed Murphy") */
	for (pass = w->ka < w->kb ? -1 : 0; pass < 1 && p == NULL; pass++) {
		size_t lo = pass < 0 ? w->ka : w->a, hi = pass < 0 ? w->kb : w->b;

		hi = before_relative(c, q, lo, hi);
		for (b = hi; b > lo; b = a) {
			a = b - 1;
			if (!is_per(c, q, a))
				continue;
			while (a > lo && is_per(c, q, a - 1))
				a--;
			/* the state of "Rep. Peter King, R-N.Y." */
			if (people_party_state(c->plx, &q->t, a) ||
			    (a >= lo + 2 && people_party_state(c->plx, &q->t,
			    a - 2)))
				continue;
			/* "a top Trump aide": a name that modifies a noun */
			/* nor an object's or a possessor's ("A spokesman for
			 * Justin Trudeau", "Pagliano's lawyer"): who spoke is
			 * the phrase */
			if ((b < w->b && noun(c, q, b) && !is_per(c, q, b)) ||
			    oblique(c, q, a, b))
				continue;
			p = people_find(c->pp, c->plx, &q->t, a, b);
			break;
		}
	}
	/* a name the tagger did not take for a person there ("Mijares"),
	 * though it did where the document gave it whole: the person it
	 * names, as news-extract-people merges such a mention */
	if (p == NULL && w->b == w->a + 1 && capitalized(q, w->a))
		p = people_find(c->pp, c->plx, &q->t, w->a, w->b);
	/* nor after an honorific ("Mr Balls, who stepped down, had
	 * suggested") */
	for (a = w->a; p == NULL && a < w->b && a < w->a + 3; a++)
		if (capitalized(q, a) && !is_per(c, q, a) && gender_before(c,
		    q, a) && (a + 1 == w->b || !capitalized(q, a + 1)))
			p = people_find(c->pp, c->plx, &q->t, a, a + 1);
	if (p) {
		buf_add(speaker, p->name.s, p->name.l);
		return;
	}
	if (w->ka < w->kb) {
		titled(c, w, w->ka, w->kb, speaker);
		return;
	}
	/* "Harakat-ul-Ansar, a Pakistan-based organization labeled ...",
	 * "the father of one of the men who died": the words before what
	 * describes them; the mention keeps it all */
	for (b = w->a; b < w->b && (b == w->a || span_of(c, q, b) ||
	    !(is(q, b, ",") || tsent_form_in(&q->t, b, relative))); b++)
		;
	titled(c, w, w->a, b, speaker);
}

/* Leave marks and a comma before the closing mark (it belongs to the
 * attribution) out of words [*a, *b); 0 if nothing is left. */
static int
trim_content(const struct qdoc *d, size_t *a, size_t *b)
{
	while (*a < *b && d->tok[*a].skip)
		(*a)++;
	while (*b > *a && (is(sent_of(d, *b - 1), d->tok[*b - 1].i, ",") ||
	    d->tok[*b - 1].skip))
		(*b)--;
	return *a < *b;
}

static int widen(struct ctx *c, const struct who *w, struct who *out);

static int relative_subject(struct ctx *c, const struct qsent *q,
    const struct who *w, size_t *rel);

/* Does the comma right after mention w close an apposition in it
 * ("Douglas Brinkley, a historian who attended the session, said")?
 * PolNeAR's sources keep such a comma: all 15 times on its development
 * set where the parse left it outside the mention. */
static int
apposition_comma(const struct qsent *q, const struct who *w)
{
	size_t i;

	if (w->b >= q->t.n || w->a >= w->b || !is(q, w->b, ","))
		return 0;
	for (i = w->a; i < w->b; i++)
		if (is(q, i, ","))
			return 1;
	return 0;
}

/* Mention w less the words of the dateline it starts in ("CAIRO, Egypt
 * (AP) _ Libya has denied"), into *out: 1, or 0 if it starts after one. */
static int
past_dateline(const struct qsent *q, const struct who *w, struct who *out)
{
	size_t end = q->dateline;

	if (w->a >= end || w->b <= end)
		return 0;
	*out = *w;
	out->a = end;
	if (out->ka < end && out->kb > end)
		out->ka = end;
	else if (out->ka < end)
		out->ka = out->kb = 0;	/* no head phrase past it */
	return 1;
}

/* A record of words [a, b) of the document, kind kind, said by w (or by
 * no one known); part of event *event, or of a new one when it is 0 (its
 * number is then left there).  -1 when memory runs out. */
static int
emit(struct ctx *c, enum qkind kind, size_t a, size_t b,
    const struct who *w, unsigned long *event)
{
	struct qdoc *d = c->d;
	struct quote *o;
	const struct qsent *first;
	size_t ma, mb, sid;

	if (!trim_content(d, &a, &b))
		return 0;
	/* a partial record that holds a quotation's opening mark and ends
	 * with its words holds its closing mark too */
	if (kind == Q_PARTIAL && (sid = d->tok[b - 1].span) != 0 &&
	    d->span[sid - 1].cm == b && d->span[sid - 1].om != NONE &&
	    d->span[sid - 1].om >= a)
		b++;
	if ((o = new_quote(d)) == NULL)
		return -1;
	first = sent_of(d, a);
	o->sent = first->sent;
	o->start = first->t.w[d->tok[a].i].start;
	o->end = sent_of(d, b - 1)->t.w[d->tok[b - 1].i].end;
	o->kind = kind;
	o->mstart = o->mend = 0;
	c->end_s = d->tok[b - 1].s;
	if (*event == 0)
		*event = ++d->nevent;
	o->event = *event;
	content_text(d, &o->text, a, b);
	if (w) {
		const struct qsent *ws = &d->s[w->s];
		struct who wide;

		if (widen(c, w, &wide))
			w = &wide;
		if (past_dateline(ws, w, &wide))
			w = &wide;
		resolve(c, w, &o->speaker);
		/* the mention as PolNeAR marks a source: the relative pronoun
		 * of "X, who said", an apposition with its closing comma */
		ma = w->a, mb = w->b;
		if (relative_subject(c, ws, w, &ma))
			mb = ma + 1;
		else if (apposition_comma(ws, w))
			mb++;
		add_text(&o->mention, ws, ma, mb);
		if (o->mention.l) {
			o->mstart = ws->t.w[ma].start;
			o->mend = ws->t.w[mb - 1].end;
		}
		if (w->cue_text)
			buf_adds(&o->cue, w->cue_text);
		else if (w->cue != NONE) {
			char e[64];

			if (verb_lemma(c, ws, w->cue, e, sizeof(e)))
				buf_adds(&o->cue, e);
			else
				buf_adds(&o->cue, lemma(ws, w->cue));
		}
	}
	return 0;
}

/* Another part of the event of record qi: words [a, b), with its speaker,
 * mention and cue. */
static int
emit_part(struct ctx *c, size_t qi, enum qkind kind, size_t a, size_t b)
{
	struct qdoc *d = c->d;
	struct quote *o, *p;
	unsigned long ev = d->q[qi].event;

	if (!trim_content(d, &a, &b))
		return 0;
	if (emit(c, kind, a, b, NULL, &ev) < 0)
		return -1;
	o = &d->q[d->nq - 1];
	p = &d->q[qi];
	if (buf_add(&o->speaker, p->speaker.s, p->speaker.l) < 0 ||
	    buf_add(&o->mention, p->mention.s, p->mention.l) < 0 ||
	    buf_add(&o->cue, p->cue.s, p->cue.l) < 0)
		return -1;
	o->mstart = p->mstart;
	o->mend = p->mend;
	return 0;
}

/* ---- attribution of quotations ---- */

/* '"Q," the agency quoted X as saying': X said it, with the cue at v
 * ("quoted") and "as" and a reporting participle after X; '"Q," X was
 * quoted as saying', the words from lo to "was" said it. */
static int
quoted_as(struct ctx *c, const struct qsent *q, size_t v, size_t lo,
    struct who *w)
{
	size_t e;

	if (strcmp(lemma(q, v), "quote") != 0)
		return 0;
	if (xpos_is(c, q, v, "VBN") && v >= lo + 2 && be_form(q, v - 1) &&
	    v + 2 < q->t.n && is(q, v + 1, "as") && participle(c, q, v + 2) &&
	    verb_class(c, q, v + 2) != 0) {
		w->a = lo, w->b = v - 1;
		w->cue = v + 2;
		w->ka = w->kb = 0;
		return np_trim(c, q, &w->a, &w->b) && w->b == v - 1;
	}
	if (!xpos_is(c, q, v, "VBD") && !xpos_is(c, q, v, "VBZ") &&
	    !xpos_is(c, q, v, "VBP"))
		return 0;
	for (e = v + 1; e < q->t.n && e < v + 20 && !is(q, e, "as"); e++)
		if (span_of(c, q, e))
			return 0;
	if (e == v + 1 || e + 1 >= q->t.n || !participle(c, q, e + 1) ||
	    verb_class(c, q, e + 1) == 0)
		return 0;
	w->a = v + 1, w->b = e;
	if (!np_trim(c, q, &w->a, &w->b))
		return 0;
	w->cue = e + 1;
	w->ka = w->kb = 0;
	return 1;
}

/* '"Q," SPEAKER VERB' or '"Q," VERB SPEAKER' after the closing mark. */
static int
attrib_after(struct ctx *c, const struct qsent *q, size_t i,
    struct who *w)
{
	size_t v, lo;

	if (i < q->t.n && (is(q, i, ",") || is(q, i, "\xE2\x80\x94")))
		i++;
	if (i >= q->t.n)
		return 0;
	if (cue_at(c, q, i) && object_after(c, q, i + 1, w)) {
		w->cue = i;
		return 1;
	}
	lo = i;
	for (v = i + 1; v < q->t.n && v < i + 30 && !span_of(c, q, v); v++) {
		if (quoted_as(c, q, v, lo, w))
			return 1;
		if (!cue_at(c, q, v) || participle(c, q, v))
			continue;
		if (subject_of(c, q, v, lo, w) && w->a == lo) {
			w->cue = v;
			return 1;
		}
		return 0;
	}
	return 0;
}

/* The speaker of a participle (", adding"): the subject of the reporting
 * verb before it in the sentence, or of the quotation it follows. */
static int first_subject(struct ctx *c, const struct qsent *q, size_t v,
    struct who *w);

static int
participle_subject(struct ctx *c, const struct qsent *q, size_t v,
    struct who *w)
{
	size_t u, lo = 0;

	for (u = v; u-- > 0; ) {
		if (span_of(c, q, u)) {
			lo = u + 1;
			break;
		}
	}
	for (u = v; u-- > lo; )
		if (cue_at(c, q, u) && !participle(c, q, u) &&
		    subject_of(c, q, u, lo, w))
			return 1;
	/* '"Q1," X said, adding: "Q2"' */
	if (lo > 0)
		return attrib_after(c, q, lo, w);
	/* "X has voiced support, telling the paper: ..." */
	return first_subject(c, q, v, w);
}

/* 'SPEAKER VERB (that|:|,) "Q"', 'X described as "Q"': the nearest
 * reporting verb before the opening mark at word i. */
static int
dash(const struct qsent *q, size_t i)
{
	return is(q, i, "\xE2\x80\x94") || is(q, i, "\xE2\x80\x93") ||
	    is(q, i, "--");
}

static int names_person(struct ctx *c, const struct who *w);

/* The subject of the verb at v when it has none of its own: "... and
 * said", the clause's first subject; "Chris Christie, who denounced",
 * the name before "who". */
static int
other_subject(struct ctx *c, const struct qsent *q, size_t v, size_t lo,
    struct who *w)
{
	size_t e = v, a;

	while (e > lo && xpos_starts(c, q, e - 1, "RB"))
		e--;
	if (e > lo && (is(q, e - 1, "and") || is(q, e - 1, "but"))) {
		/* "he described X and urged Y": the verb before's subject */
		for (a = e - 1; a-- > lo && !is(q, a, ";"); )
			if (finite_verb(c, q, a) && !span_of(c, q, a) &&
			    subject_of(c, q, a, lo, w))
				return 1;
		return first_subject(c, q, v, w);
	}
	if (e > lo + 1 && is(q, e - 1, "who")) {
		e -= 1 + is(q, e - 2, ",");
		for (a = e; a > lo && np_word(c, q, a - 1) && !span_of(c, q,
		    a - 1); a--)
			;
		w->a = a, w->b = e;
		return np_trim(c, q, &w->a, &w->b) && w->b == e;
	}
	return 0;
}

/* The first finite verb before word e, or NONE. */
static size_t
first_finite(struct ctx *c, const struct qsent *q, size_t e)
{
	size_t f;

	for (f = 0; f < e; f++)
		if (finite_verb(c, q, f) && !span_of(c, q, f))
			return f;
	return NONE;
}

/* Is the verb at v one whose object is the one spoken to ("told",
 * "asked", "informed", "reminded", "assured")? */
static int
addressee_verb(const struct qsent *q, size_t v)
{
	static const char *const to[] = { "tell", "ask", "inform", "remind",
		"assure", NULL };
	const char *const *x;

	for (x = to; *x; x++)
		if (strcmp(lemma(q, v), *x) == 0)
			return 1;
	return 0;
}

static int
attrib_before(struct ctx *c, const struct qsent *q, size_t i,
    struct who *w)
{
	size_t v, lo = 0, dashes = 0;

	for (v = i; v-- > 0; )
		if (span_of(c, q, v)) {
			lo = v + 1;
			break;
		}
	for (v = i; v-- > lo && v + 40 > i; ) {
		/* "commented — which the BBC noted as unusual — "Q"": not
		 * the verb inside the dashes */
		if (dash(q, v))
			dashes++;
		if (dashes % 2)
			continue;
		if (is_ci(q, v, "according") && is(q, v + 1, "to")) {
			size_t b;

			for (b = v + 2; b < i && np_word(c, q, b); b++)
				;
			w->a = v + 2, w->b = b;
			w->cue_text = "according to";
			return np_trim(c, q, &w->a, &w->b) && w->a == v + 2;
		}
		if (!cue_at(c, q, v))
			continue;
		w->cue = v;
		if (participle(c, q, v)) {
			struct who s = *w;

			if (!participle_subject(c, q, v, &s))
				return 0;
			w->a = s.a, w->b = s.b;
			return 1;
		}
		if (subject_of(c, q, v, lo, w) || other_subject(c, q, v, lo, w))
			return 1;
		/* 'Remarked the scientist Tierra Curry, "Q"'; but the object
		 * of "told" is whom it was told to ('..., told researchers:
		 * "Q"') */
		if ((v == lo || is(q, v - 1, ",")) && !addressee_verb(q, v) &&
		    object_after(c, q, v + 1, w) && w->b + 1 >= i)
			return 1;
		/* a reporting verb, but no speaker to be found: a quotation
		 * still, not scare quotes */
		w->a = w->b = 0;
		return 1;
	}
	/* 'characterized the call as "perfectly fine"': the verb of the
	 * clause that holds "as" */
	if (i >= 2 && lo == 0 && (is(q, i - 1, "as") || (is(q, i - 2, "as") &&
	    xpos_is(c, q, i - 1, "DT"))) && (v = first_finite(c, q, i)) !=
	    NONE && !be_form(q, v) && !form_of_have(q, v) &&
	    !xpos_is(c, q, v, "MD") && first_subject(c, q, v + 1, w) &&
	    names_person(c, w)) {
		w->cue = v;
		return 1;
	}
	/* 'Trump defended his decision, "Q"', 'Graham spoke on Fox News,
	 * "Q"': a person's clause that a comma or colon hands to the
	 * quotation; its verb is the cue */
	if (i >= 3 && lo == 0 && (is(q, i - 1, ",") || is(q, i - 1, ":")) &&
	    (v = first_finite(c, q, i - 1)) != NONE && first_subject(c, q,
	    v + 1, w) && names_person(c, w) && !xpos_is(c, q, v, "MD") &&
	    !be_form(q, v) && !form_of_have(q, v)) {
		size_t u;

		w->cue = v;	/* "went on to add," is "add" */
		for (u = v + 1; u + 1 < i; u++)
			if (verb_class(c, q, u))
				w->cue = u;
		return 1;
	}
	/* a headline: "Erdoğan: 'We will not bow'" (an entity, or a name
	 * the tagger left out in a headline's want of context) */
	if (i >= 2 && is(q, i - 1, ":") && lo == 0 && ((ner(c, q, 0, NULL) &&
	    ner(c, q, i - 2, NULL)) || name_label(c, q, i - 1))) {
		w->a = 0, w->b = i - 1;
		w->cue_text = "say";
		return 1;
	}
	return 0;
}

static size_t
words_in(const struct qdoc *d, size_t a, size_t b)
{
	size_t g, n = 0;

	for (g = a; g < b; g++)
		n += letter_or_digit(sent_of(d, g), d->tok[g].i);
	return n;
}

/* Does the quotation open a clause ('"Q," he said', 'said: "Q"') rather
 * than sit inside the writer's sentence ('described as "Q"')? */
static int
opens_clause(struct ctx *c, const struct qspan *sp)
{
	const struct qsent *q;
	size_t i;

	if (sp->om == NONE)
		return sent_of(c->d, sp->a) != sent_of(c->d, sp->b - 1);
	q = sent_of(c->d, sp->om);
	i = c->d->tok[sp->om].i;
	if (i == 0 || is(q, i - 1, ":") || is(q, i - 1, ",") ||
	    is(q, i - 1, "(") || is(q, i - 1, "\xE2\x80\x94"))
		return 1;
	/* 'said "I can do it"' opens one, 'said "three terrorists" were
	 * killed' does not */
	while (i > 0 && (day_word(q, i - 1) || xpos_is(c, q, i - 1, "IN")))
		i--;
	return i > 0 && cue_at(c, q, i - 1) && capitalized(sent_of(c->d,
	    sp->a), c->d->tok[sp->a].i);
}

/* Every word of the quotation a capitalised word: a name or a title in
 * quotation marks ("Operation Iron Wall"), not speech. */
static int
name_like(const struct qdoc *d, const struct qspan *sp)
{
	size_t g, words = 0;

	for (g = sp->a; g < sp->b; g++) {
		const struct qsent *q = sent_of(d, g);
		size_t i = d->tok[g].i;

		if (!letter_or_digit(q, i))
			continue;
		if (!capitalized(q, i) && !is(q, i, "of") && !is(q, i, "the") &&
		    !is(q, i, "and"))
			return 0;
		words++;
	}
	return words > 0 && words <= 6;
}

/* A title of a work in quotation marks, not speech: after the noun of
 * a work or "titled" ('the film "13th"', 'a column headlined "Why We
 * Lost"'), or a name of capitalised words after a possessive
 * ('Springsteen's "American Skin (41 Shots)"'). */
static int
work_title(const struct qdoc *d, const struct qspan *sp)
{
	const struct qsent *q;
	size_t i;

	if (sp->om == NONE)
		return 0;
	q = sent_of(d, sp->om);
	i = d->tok[sp->om].i;
	if (i == 0)
		return 0;
	if (roles_work_noun(&q->t, i - 1))
		return 1;
	return name_like(d, sp) && tsent_possessive(&q->t, i - 1);
}

/* A line of links inside an article ("WATCH: ...", "READ MORE: ..."):
 * a label of capitals and a colon, not a speaker. */
static int
link_line(const struct qsent *q)
{
	static const char *const label[] = { "WATCH", "READ", "MORE",
		"RELATED", "SEE", "LISTEN", "VIDEO", "PHOTOS", "PHOTO", "CLICK",
		"ALSO", "SUBSCRIBE", "FOLLOW", "LIVE", "UPDATE", "ADVERTISEMENT",
		"SPONSORED", "RECOMMENDED", "TRENDING", "GALLERY", "LATEST", NULL };
	const char *const *w;
	size_t i;

	for (i = 0; i < q->t.n && i < 4 && !is(q, i, ":"); i++) {
		for (w = label; *w; w++)
			if (is(q, i, *w))
				break;
		if (*w == NULL)
			return 0;
	}
	return i > 0 && i < q->t.n && is(q, i, ":");
}

struct last {
	int have;
	struct who w;
	unsigned long para;
	size_t quote;		/* the last quotation's record + 1, or 0 */
	unsigned long qpara;	/* the paragraph it ends in */
	int qlast;		/* it ends in that paragraph's last sentence */
};

/* Where the record just made ends, into last. */
static void
last_quote_end(const struct ctx *c, struct last *last)
{
	const struct qdoc *d = c->d;
	size_t s = c->end_s;

	last->qpara = d->s[s].para;
	last->qlast = s + 1 >= d->n || d->s[s + 1].para != d->s[s].para;
}

/* '"Q1," X said. "Q2."' and '"Q1", X said, "Q2"' are one event: Q2 is a
 * record of its own, a part of the event of record qi, with its speaker.
 * The quotation it continues is direct now: it goes on. */
static int
extend(struct ctx *c, size_t qi, size_t a, size_t b)
{
	if (c->d->q[qi].kind == Q_PARTIAL)
		c->d->q[qi].kind = Q_DIRECT;
	return emit_part(c, qi, Q_DIRECT, a, b);
}

static int has_span(struct ctx *c, const struct qsent *q, size_t a, size_t b);

static int has_dep(struct ctx *c, const struct qsent *q, size_t v, int rel,
    const char *const *forms);
static int fragment_clause(struct ctx *c, const struct qspan *sp,
    const struct who *w, size_t *ga, size_t *gb);

/* "Ford was also asked about the rally": the subject of a passive "ask"
 * at word v, the one who answers, into w's mention (with no cue); 0 if
 * none. */
static int
asked_subject(struct ctx *c, const struct qsent *q, size_t v,
    struct who *w)
{
	size_t k = v;

	if (strcmp(lemma(q, v), "ask") != 0 || !xpos_is(c, q, v, "VBN"))
		return 0;
	while (k > 0 && xpos_starts(c, q, k - 1, "RB"))
		k--;
	if (k < 2 || !be_form(q, k - 1) || !subject_of(c, q,
	    k - 1, 0, w))
		return 0;
	w->cue = NONE;		/* what follows answers; no verb reports it */
	return 1;
}

/* A reporting verb of any kind, with its subject, in the sentence before
 * sentence s when that one holds no quotation: 'McGurk criticized the
 * decision via Twitter. "Q"'. */
static int
cue_before(struct ctx *c, size_t s, struct who *w)
{
	const struct qsent *p;
	size_t v;

	if (s == 0 || c->d->s[s - 1].para + 1 < c->d->s[s].para)
		return 0;
	p = &c->d->s[s - 1];
	tag(c, s - 1);
	if (has_span(c, p, 0, p->t.n))
		return 0;
	for (v = 0; v < p->t.n; v++) {
		*w = (struct who){ s - 1, 0, 0, v, NULL, 0, 0 };
		if (((cue_at(c, p, v) && !participle(c, p, v) &&
		    subject_of(c, p, v, 0, w)) || asked_subject(c, p, v, w)) &&
		    names_person(c, w))
			return 1;
	}
	return 0;
}

/* Does the quotation end with a mark of the end of a clause, inside it
 * or just after it ('"Q," said', '"Q" - said')? */
static int
ends_clause(const struct qdoc *d, const struct qspan *sp)
{
	static const char *const end[] = { ",", ".", "!", "?", ":", ";",
		"\xE2\x80\x94", "\xE2\x80\x93", "-", "...", "\xE2\x80\xA6",
		NULL };
	const struct qsent *q, *cq;
	size_t i;

	if (sp->b <= sp->a || sp->cm == NONE)
		return 0;
	q = sent_of(d, sp->b - 1);
	cq = sent_of(d, sp->cm);
	i = d->tok[sp->cm].i + 1;
	return tsent_form_in(&q->t, d->tok[sp->b - 1].i, end) ||
	    i >= cq->t.n || tsent_form_in(&cq->t, i, end);
}


/* '"Q" ― Jane Roe': a dash after the closing mark, or starting the
 * sentence after it, in its paragraph or the next, and then one to five
 * capitalised words that end the sentence name the speaker, as
 * testimonials and epigraphs are signed.  Into w, with no cue. */
static int
dash_name(const struct ctx *c, const struct qspan *sp, struct who *w)
{
	const struct qdoc *d = c->d;
	const struct qsent *q = sent_of(d, sp->cm);
	size_t s = d->tok[sp->cm].s, i = d->tok[sp->cm].i + 1, e, k;

	if (i >= q->t.n) {	/* the signature a sentence of its own, or
				 * a line */
		if (s + 1 >= d->n || d->s[s + 1].para > q->para + 1)
			return 0;
		q = &d->s[++s];
		i = 0;
	}
	if (!(dash(q, i) || is(q, i, "\xE2\x80\x95") || is(q, i, "-")))
		return 0;
	for (e = q->t.n; e > i + 1 && punct_word(q, e - 1); e--)
		;
	if (e <= i + 1 || e > i + 6)
		return 0;
	for (k = i + 1; k < e; k++)
		if (!capitalized(q, k) && !is(q, k, "de") && !is(q, k, "van"))
			return 0;
	*w = (struct who){ s, i + 1, e, NONE, NULL, 0, 0 };
	return 1;
}

/* Does sentence q open with a quotation mark and a transcript's label:
 * one to three words in capitals and a colon ('"WALLACE: Let's start')?
 * The colon's word, or 0. */
static size_t
label_end(const struct qsent *q)
{
	size_t k;

	for (k = 1; k < q->t.n && k < 4 && tsent_in_capitals(&q->t, k); k++)
		;
	return k > 1 && k + 1 < q->t.n && is(q, k, ":") && !link_line(q) ?
	    k : 0;
}

/* A quotation that opens a paragraph with one to three words in capitals
 * and a colon is a line of a transcript ('"WALLACE: Let's start with
 * ..."'): those words are its speaker, into w, and the colon its cue.
 * The first word of what was said, or 0. */
static size_t
transcript_label(struct ctx *c, const struct qspan *sp, struct who *w)
{
	const struct qdoc *d = c->d;
	const struct qsent *q = sent_of(d, sp->a);
	size_t i = d->tok[sp->a].i, k;

	if (sp->om == NONE || d->tok[sp->om].i != 0 || i != 1 || (d->tok[
	    sp->a].s > 0 && d->s[d->tok[sp->a].s - 1].para == q->para) ||
	    (k = label_end(q)) == 0 || sp->a + (k - i) + 1 >= sp->b)
		return 0;
	*w = (struct who){ d->tok[sp->a].s, i, k, NONE, ":", 0, 0 };
	return sp->a + (k - i) + 1;
}

static int
attribute_span(struct ctx *c, const struct qspan *sp, struct last *last)
{
	const struct qdoc *d = c->d;
	struct who w = { 0, 0, 0, NONE, NULL, 0, 0 };
	int found = 0, direct = opens_clause(c, sp), rc;
	unsigned long ev = 0;
	size_t nw = words_in(d, sp->a, sp->b), ga, gb;
	const struct qsent *q;
	unsigned long para;

	/* '"Q," said X', not 'the "experts" said the bridge was safe' */
	if (sp->cm != NONE && (direct || ends_clause(d, sp))) {
		q = sent_of(d, sp->cm);
		w.s = d->tok[sp->cm].s;
		found = attrib_after(c, q, d->tok[sp->cm].i + 1, &w);
	}
	if (!found && direct && sp->cm != NONE)
		found = dash_name(c, sp, &w);
	if (!found) {
		size_t g = sp->om != NONE ? sp->om : sp->a;

		q = sent_of(d, g);
		w = (struct who){ d->tok[g].s, 0, 0, NONE, NULL, 0, 0 };
		found = attrib_before(c, q, d->tok[g].i, &w);
		/* 'SPEAKER said:' closing the sentence before */
		if (!found && d->tok[g].i == 0 && w.s > 0) {
			const struct qsent *p = &d->s[w.s - 1];

			if (p->t.n > 1 && is(p, p->t.n - 1, ":")) {
				tag(c, w.s - 1);
				w.s--;
				found = attrib_before(c, p, p->t.n - 1, &w);
			}
		}
	}
	/* a word or two after a verb with no speaker: a term, not speech */
	if (found && w.a == w.b && w.cue_text == NULL && nw < 3)
		return 0;
	/* "Person of the Year", 'called it "Learning Together"': a name */
	if (work_title(d, sp) || link_line(sent_of(d, sp->a)))
		return 0;
	if (name_like(d, sp) && nw <= 5 && !(sp->om != NONE &&
	    d->tok[sp->om].i == 0))
		return 0;
	para = sent_of(d, sp->a)->para;
	/* a transcript's line: '"PENCE: Well, look, ..."' */
	if (!found && (ga = transcript_label(c, sp, &w)) != 0) {
		rc = emit(c, Q_DIRECT, ga, sp->b, &w, &ev);
		last->quote = 0;	/* its lines are no halves of one */
		last->have = 1;		/* a paragraph more is the speaker's */
		last->w = w;
		last->para = para;
		return rc;
	}
	if (!found) {
		size_t g0 = sp->om != NONE ? sp->om : sp->a;

		if (!direct || nw < 4)
			return 0;	/* scare quotes, names */
		/* the quotation after an attributed one in its paragraph, or
		 * a paragraph of quotation right after a direct one: the
		 * quotation goes on, as a long one does paragraph by
		 * paragraph; after a partial or indirect one, a new event */
		if (last->quote && (last->qpara == para || (last->qpara +
		    1 == para && last->qlast && new_para(d, g0) &&
		    d->q[last->quote - 1].kind == Q_DIRECT)))
			return extend(c, last->quote - 1, sp->a, sp->b);
		/* after 'McGurk also criticized the decision via Twitter.' */
		if (cue_before(c, d->tok[sp->a].s, &w))
			rc = emit(c, Q_DIRECT, sp->a, sp->b, &w, &ev);
		/* a paragraph of quotation after a speaker's paragraph */
		else if (last->have && last->para + 1 >= para)
			rc = emit(c, Q_DIRECT, sp->a, sp->b, &last->w, &ev);
		else if (nw >= 6)
			rc = emit(c, Q_DIRECT, sp->a, sp->b, NULL, &ev);
		else
			return 0;
		last->quote = c->d->nq;
		last_quote_end(c, last);
		return rc;
	}
	/* '"Q1", X said, "Q2"': the second half of one quotation */
	if (last->quote && last->w.s == w.s && last->w.cue == w.cue &&
	    w.cue != NONE && direct)
		return extend(c, last->quote - 1, sp->a, sp->b);
	last->have = 1;
	last->w = w;
	last->para = d->s[w.s].para;
	if (!direct && fragment_clause(c, sp, &w, &ga, &gb))
		rc = emit(c, Q_PARTIAL, ga < sp->a ? ga : sp->a, gb > sp->b ?
		    gb : sp->b, &w, &ev);
	else
		rc = emit(c, direct ? Q_DIRECT : Q_PARTIAL, sp->a, sp->b, &w,
		    &ev);
	last->quote = c->d->nq;
	last_quote_end(c, last);
	return rc;
}

/* ---- reported speech ---- */

static int
day_word(const struct qsent *q, size_t i)
{
	static const char *const w[] = { "Monday", "Tuesday", "Wednesday",
		"Thursday", "Friday", "Saturday", "Sunday", "yesterday",
		"today", "tonight", "earlier", "later", "previously", "also",
		"again", "repeatedly", "publicly", "privately", "separately",
		"recently", "week", "month", "year", "night", "morning",
		"afternoon", "evening", "weekend", "January", "February",
		"March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December", NULL };
	const char *const *p;

	for (p = w; *p; p++)
		if (is(q, i, *p))
			return 1;
	return 0;
}

/* Where the reported clause from word a ends: before ", and VERB"
 * (another thing the speaker did), ", without ...", ", adding",
 * a semicolon, or the sentence's closing punctuation. */
static size_t
clause_end(struct ctx *c, const struct qsent *q, size_t a)
{
	size_t i, n = q->t.n;

	for (i = a; i < n; i++) {
		size_t k = i + is(q, i, ",");

		if (is(q, i, ";") || (is(q, i, ":") && i + 1 < n &&
		    span_of(c, q, i + 1)))
			return i;
		/* "... and urged the crowd", "..., and has demanded", "... and
		 * that she was considering it", ", but "that she ..."" */
		if (i > a && (is(q, k, "and") || is(q, k, "but")) &&
		    (xpos_is(c, q, k + 1, "VBD") || xpos_is(c, q, k + 1, "VBZ") ||
		    is(q, k + 1, "that") || (k > i && (xpos_starts(c, q, k + 1,
		    "VB") || xpos_is(c, q, k + 1, "MD") || span_of(c, q,
		    k + 1) || (xpos_starts(c, q, k + 1, "RB") &&
		    xpos_starts(c, q, k + 2, "VB"))))))
			return i;
		if (!is(q, i, ","))
			continue;
		if (is(q, i + 1, "without") || (xpos_is(c, q, i + 1, "VBG") &&
		    verb_class(c, q, i + 1)))
			return i;
	}
	while (n > a && (xpos_is(c, q, n - 1, ".") || is(q, n - 1, ")")))
		n--;
	return n;
}

static int
has_span(struct ctx *c, const struct qsent *q, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (span_of(c, q, i))
			return 1;
	return 0;
}

static int
has_finite(struct ctx *c, const struct qsent *q, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (finite_verb(c, q, i))
			return 1;
	return 0;
}

static int propose_pattern(struct ctx *c, const struct qsent *q, size_t a,
    size_t b, const struct who *w);

static int
report(struct ctx *c, const struct qsent *q, size_t a, size_t b,
    struct who *w)
{
	unsigned long ev = 0;

	if (b <= a || has_span(c, q, a, b) || !has_finite(c, q, a, b) ||
	    b - a < 3)
		return 0;
	if (c->proposing)
		return propose_pattern(c, q, a, b, w);
	return emit(c, Q_INDIRECT, q->g0 + a, q->g0 + b, w, &ev);
}

/* Where a clause reported by the verb at v starts: after "that", or at a
 * subject followed by a finite verb ("said the talks would ..."); NONE
 * if the verb reports no clause ("said in an interview"). */
static size_t complement_at(struct ctx *c, const struct qsent *q, size_t v,
    int object);

/* Where a clause reported by the verb at v starts: after "that", or at a
 * subject followed by a finite verb; for "tell" and its kind, past an
 * object first ("told Reuters that"), or without one ("warned the plan
 * could fail"); NONE if the verb reports no clause ("said in an
 * interview"). */
static size_t
complement(struct ctx *c, const struct qsent *q, size_t v)
{
	size_t j = complement_at(c, q, v, 1);

	return j != NONE ? j : complement_at(c, q, v, 0);
}

static size_t
complement_at(struct ctx *c, const struct qsent *q, size_t v, int object)
{
	size_t j = v + 1, k, n = q->t.n;
	static const char *const obj[] = { "tell", "inform", "assure",
		"remind", "warn", "notify", "brief", "advise", "reassure",
		"promise", "urge", "ask", NULL };
	const char *const *o;

	for (o = obj; *o; o++)
		if (strcmp(lemma(q, v), *o) == 0)
			break;
	if (*o && object) {		/* "told Reuters", "warned them" */
		/* one phrase: "told Wikinews this might happen" */
		for (k = j; k < n && k < j + 6 && (np_word(c, q, k) ||
		    xpos_is(c, q, k, "PRP")) && !is(q, k, "that") && (k == j ||
		    !(xpos_is(c, q, k, "DT") || xpos_starts(c, q, k, "PRP"))) &&
		    !(k > j && xpos_is(c, q, k - 1, "PRP")); k++)
			;
		j = k;
	}
	/* time and manner: "on Wednesday", "ahead of Fidan's visit" */
	for (k = j; k < n && k < j + 12; k++) {
		if (is(q, k, "that"))
			return k + 1;
		if (is(q, k, ",") || finite_verb(c, q, k) || span_of(c, q, k) ||
		    xpos_is(c, q, k, "VB") || xpos_starts(c, q, k, "W"))
			break;
	}
	/* "on Monday", "last week", "on September 11" */
	while (j < n && (day_word(q, j) || (xpos_is(c, q, j, "IN") &&
	    day_word(q, j + 1)) || ((is(q, j, "last") || is(q, j, "this") ||
	    is(q, j, "next")) && day_word(q, j + 1)) || (xpos_is(c, q, j,
	    "CD") && j > 0 && day_word(q, j - 1))))
		j++;
	if (j >= n || !(xpos_is(c, q, j, "DT") || subject_pronoun(q, j) ||
	    xpos_is(c, q, j, "PRP$") || noun(c, q, j) || xpos_starts(c, q, j,
	    "JJ") || xpos_is(c, q, j, "CD") || xpos_is(c, q, j, "EX")))
		return NONE;
	/* its subject, a phrase, then a verb: "said the recent phone call
	 * between Erdoğan and Trump may bring", not "pledged funds and
	 * Syria is" */
	for (k = j + 1; k < n && k < j + 20; k++) {
		if (finite_verb(c, q, k))
			return j;
		if (!np_word(c, q, k) && !xpos_starts(c, q, k, "RB") &&
		    !xpos_is(c, q, k, "VBN") && !xpos_is(c, q, k, "VBG") &&
		    !(is(q, k, "and") && xpos_is(c, q, k - 1, "PRP")))
			return NONE;	/* "she and her family had" */
	}
	return NONE;
}

/* Does nothing but adjuncts follow the verb at v to the clause's end
 * ("..., a source said on Wednesday after the talks.")? */
static int
only_adjuncts(struct ctx *c, const struct qsent *q, size_t v)
{
	size_t i, e = clause_end(c, q, v + 1);

	for (i = v + 1; i < e; i++) {
		/* ", but a breakthrough never came": another clause */
		if (is(q, i, ",") && (xpos_is(c, q, i + 1, "CC") ||
		    xpos_is(c, q, i + 1, "IN")))
			return 1;
		if (finite_verb(c, q, i) || is(q, i, "that") ||
		    span_of(c, q, i))
			return 0;
	}
	return 1;
}

/* "According to X, CLAUSE" and "CLAUSE, according to X." */
static int
according(struct ctx *c, const struct qsent *q, size_t i,
    size_t sent)
{
	struct who w = { sent, i + 2, i + 2, NONE, "according to", 0, 0 };
	size_t b, e;

	if (!is_ci(q, i, "according") || !is(q, i + 1, "to") || span_of(c, q,
	    i))
		return 0;
	for (b = i + 2; b < q->t.n && np_word(c, q, b) && !span_of(c, q, b);
	    b++)
		;
	/* "According to a poll published by NBC News last week, ..." */
	if (i == 0 && !is(q, b, ",")) {
		size_t k;

		for (k = b; k < q->t.n && k < b + 10 && !is(q, k, ",") &&
		    !finite_verb(c, q, k) && !span_of(c, q, k); k++)
			;
		if (is(q, k, ","))
			b = k;
	}
	w.b = b;
	if (!np_trim(c, q, &w.a, &w.b) || w.a != i + 2)
		return 0;
	if (i == 0 && is(q, b, ","))
		return report(c, q, b + 1, clause_end(c, q, b + 1), &w);
	e = clause_end(c, q, b);
	if (i > 0 && is(q, i - 1, ",") && e == b)
		return report(c, q, 0, i - 1, &w);
	return 0;
}

/* Does the mention name a person, or is it "he" or "she"?  A quotation
 * paragraph after reported speech inherits only such a speaker. */
static int
names_person(struct ctx *c, const struct who *w)
{
	const struct qsent *q = &c->d->s[w->s];
	size_t i;

	for (i = w->a; i < w->b; i++)
		if (is_per(c, q, i) || is_ci(q, i, "he") || is_ci(q, i, "she"))
			return 1;
	return 0;
}

/* The subject of the first finite verb before word v. */
static int
first_subject(struct ctx *c, const struct qsent *q, size_t v, struct who *w)
{
	size_t f;

	for (f = 0; f < v; f++)
		if (finite_verb(c, q, f) && !span_of(c, q, f))
			return subject_of(c, q, f, 0, w);
	return 0;
}

static int
reported_speech(struct ctx *c, size_t s, struct last *last)
{
	const struct qsent *q = &c->d->s[s];
	struct who w, subj = { s, 0, 0, NONE, NULL, 0, 0 };
	size_t v, from;
	int have_subj = 0, rc;

	for (v = 0; v < q->t.n; v++) {
		if ((rc = according(c, q, v, s)) != 0) {
			if (rc < 0)
				return -1;
			continue;
		}
		if (cue_at(c, q, v) != QV_SPEECH)
			continue;
		w = (struct who){ s, 0, 0, v, NULL, 0, 0 };
		if (participle(c, q, v)) {
			if (!have_subj && !participle_subject(c, q, v, &subj))
				continue;
			w.a = subj.a, w.b = subj.b;
		} else if (subject_of(c, q, v, 0, &w)) {
			subj = w, have_subj = 1;
			/* "CLAUSE, SPEAKER said." */
			if (w.a > 1 && is(q, w.a - 1, ",") &&
			    only_adjuncts(c, q, v)) {
				if (report(c, q, 0, w.a - 1, &w) < 0)
					return -1;
				goto done;
			}
		} else if (v > 0 && (is(q, v - 1, "and") || is(q, v - 1,
		    "but")) && (have_subj || first_subject(c, q, v, &subj))) {
			/* "called the deal "lousy" and said he would ...",
			 * "declined the request and said ..." */
			w.a = subj.a, w.b = subj.b;
		} else if (v > 1 && is(q, v - 1, ",") && object_after(c, q,
		    v + 1, &w) && only_adjuncts(c, q, w.b - 1)) {
			/* "CLAUSE, said the minister." */
			if (report(c, q, 0, v - 1, &w) < 0)
				return -1;
			goto done;
		} else {
			continue;
		}
		if ((from = complement(c, q, v)) == NONE)
			continue;
		/* "said X could be "inevitable" and that she was ..." */
		for (;;) {
			size_t e = clause_end(c, q, from);

			if (report(c, q, from, e, &w) < 0)
				return -1;
			e += is(q, e, ",");
			if (!(is(q, e, "and") || is(q, e, "but")) ||
			    !is(q, e + 1, "that"))
				break;
			from = e + 2;
		}
done:
		if (names_person(c, &w)) {
			last->have = 1;
			last->w = w;
			last->para = q->para;
		}
	}
	return 0;
}

/* ---- reported speech read from the parse ---- */

/* The relations the parse is read by (docs/parsing.md). */
enum qrel { R_OTHER, R_NSUBJ, R_NSUBJPASS, R_CSUBJ, R_CCOMP, R_XCOMP,
	R_PARATAXIS, R_CONJ, R_ADVCL, R_RELCL, R_ACL, R_OBL, R_AGENT, R_CASE,
	R_FIXED, R_MARK, R_PUNCT, R_OBJ, R_IOBJ, R_APPOS, R_ROOT, R_AUX,
	R_AUXPASS, R_ADVMOD, R_CC, R_NMOD, R_DEP, R_COP, R_FLAT, R_COMPOUND,
	R_LIST, R_NRELS };

static const struct {
	const char *name;
	unsigned char rel;
} rel_names[] = {
	{ "nsubj", R_NSUBJ }, { "nsubj:outer", R_NSUBJ },
	{ "nsubj:pass", R_NSUBJPASS }, { "csubj", R_CSUBJ },
	{ "csubj:pass", R_CSUBJ }, { "csubj:outer", R_CSUBJ },
	{ "ccomp", R_CCOMP }, { "xcomp", R_XCOMP },
	{ "parataxis", R_PARATAXIS }, { "conj", R_CONJ },
	{ "advcl", R_ADVCL }, { "advcl:relcl", R_ADVCL },
	{ "acl:relcl", R_RELCL }, { "acl", R_ACL }, { "obl", R_OBL },
	{ "obl:unmarked", R_OBL }, { "obl:agent", R_AGENT },
	{ "case", R_CASE }, { "fixed", R_FIXED }, { "mark", R_MARK },
	{ "punct", R_PUNCT }, { "obj", R_OBJ }, { "iobj", R_IOBJ },
	{ "appos", R_APPOS }, { "root", R_ROOT }, { "aux", R_AUX },
	{ "aux:pass", R_AUXPASS }, { "advmod", R_ADVMOD }, { "cc", R_CC },
	{ "nmod", R_NMOD }, { "nmod:poss", R_NMOD }, { "nmod:desc", R_NMOD },
	{ "nmod:unmarked", R_NMOD }, { "dep", R_DEP }, { "cop", R_COP },
	{ "flat", R_FLAT }, { "compound", R_COMPOUND }, { "list", R_LIST },
	{ NULL, 0 }
};

/* What each of the parser's labels is to the rules. */
static void
relmap_for(struct qdoc *d, const struct depparser *p)
{
	size_t l, k;

	if (d->relfor == p)
		return;
	memset(d->relmap, R_OTHER, sizeof(d->relmap));
	for (l = 0; l < p->m.ndep && l < sizeof(d->relmap); l++)
		for (k = 0; rel_names[k].name; k++)
			if (strcmp(depparser_label(p, (unsigned)l),
			    rel_names[k].name) == 0)
				d->relmap[l] = rel_names[k].rel;
	d->relfor = p;
}

/* Word i's head in its sentence, or NONE for the root. */
static size_t
phead(const struct qsent *q, size_t i)
{
	uint32_t h = q->t.w[i].head;

	return h == 0 || h > q->t.n ? NONE : h - 1;
}

static int
prel(const struct ctx *c, const struct qsent *q, size_t i)
{
	return c->d->relmap[q->t.w[i].rel];
}

/* Is the name at words [a, b) of parsed sentence q the subject of a
 * verb? */
static int
name_is_subject(struct ctx *c, const struct qsent *q, size_t a, size_t b)
{
	size_t i, h;

	for (i = a; i < b; i++)
		if ((h = phead(q, i)) == NONE || h < a || h >= b)
			return prel(c, q, i) == R_NSUBJ ||
			    prel(c, q, i) == R_NSUBJPASS;
	return 0;
}

/* Is the subject of w's cue a relative pronoun right after mention w,
 * the noun it stands for ("Mr. Kamin, who said ...")?  Its word in *rel:
 * the mention is the pronoun, as PolNeAR marks it, and the speaker is
 * read in the noun. */
static int
relative_subject(struct ctx *c, const struct qsent *q, const struct who *w,
    size_t *rel)
{
	size_t j = w->b;

	if (!q->parsed || w->cue == NONE || w->cue_text || w->a >= w->b)
		return 0;
	if (j < q->t.n && is(q, j, ","))
		j++;
	if (j >= w->cue || !(is_ci(q, j, "who") || is_ci(q, j, "which") ||
	    is_ci(q, j, "that")) || phead(q, j) != w->cue ||
	    prel(c, q, j) != R_NSUBJ)
		return 0;
	*rel = j;
	return 1;
}

/* The extent of every subtree of parsed sentence s: words [lo[i],
 * hi[i]] (the parse is projective, so a subtree has no gaps). */
static int
subtrees(struct ctx *c, size_t s)
{
	struct qdoc *d = c->d;
	const struct qsent *q = &d->s[s];
	size_t i, j, k, n = q->t.n;

	if (d->lhsent == s + 1)
		return 0;
	if (n > d->caplh) {
		uint32_t *lo = realloc(d->lo, n * sizeof(*lo));
		uint32_t *hi;

		if (lo == NULL)
			return -1;
		d->lo = lo;
		if ((hi = realloc(d->hi, n * sizeof(*hi))) == NULL)
			return -1;
		d->hi = hi;
		d->caplh = n;
	}
	for (i = 0; i < n; i++)
		d->lo[i] = d->hi[i] = (uint32_t)i;
	for (i = 0; i < n; i++)
		for (j = phead(q, i), k = 0; j != NONE && k < n; j = phead(q,
		    j), k++) {
			if (d->lo[j] > i)
				d->lo[j] = (uint32_t)i;
			if (d->hi[j] < i)
				d->hi[j] = (uint32_t)i;
		}
	d->lhsent = s + 1;
	return 0;
}

/* The first dependent of v with relation rel, from word from on; NONE. */
static size_t
child_from(struct ctx *c, const struct qsent *q, size_t v, int rel,
    size_t from)
{
	size_t i = c->d->lo[v] > from ? c->d->lo[v] : from;

	for (; i <= c->d->hi[v]; i++)
		if (phead(q, i) == v && prel(c, q, i) == rel)
			return i;
	return NONE;
}

static size_t
child(struct ctx *c, const struct qsent *q, size_t v, int rel)
{
	return child_from(c, q, v, rel, 0);
}

/* Does v have a dependent word w with relation rel among the forms? */
static int
has_dep(struct ctx *c, const struct qsent *q, size_t v, int rel,
    const char *const *forms)
{
	const char *const *f;
	size_t i;

	for (i = c->d->lo[v]; i <= c->d->hi[v]; i++) {
		if (phead(q, i) != v || prel(c, q, i) != rel)
			continue;
		for (f = forms; *f; f++)
			if (is_ci(q, i, *f))
				return 1;
	}
	return 0;
}

/* A word that only punctuates (not a quotation mark, which tells a
 * quotation apart). */
static int
punct_word(const struct qsent *q, size_t i)
{
	const char *f = form(q, i);

	return !letter_or_digit(q, i) && !quote_char(f);
}

/* Trim punctuation, and a leading "that", off words [*a, *b). */
static int
trim_clause(const struct qsent *q, size_t *a, size_t *b)
{
	while (*a < *b && (punct_word(q, *a) || is_ci(q, *a, "that")))
		(*a)++;
	while (*b > *a && punct_word(q, *b - 1) && !is(q, *b - 1, "?") &&
	    !is(q, *b - 1, "!"))
		(*b)--;
	return *a < *b;
}

/* Words outside the quotation that a fragment's clause may have: 84 of
 * the 87 partial quotations of the Wikinews gold and of a BBC check have
 * at most 20 */
#define FRAGMENT_CLAUSE_MAX 20

/* Is h, a dependent of cue v that holds a quoted fragment, the predicate
 * of a small clause whose subject is v's object ('called the move a
 * "smash and grab"', 'described BA's results as "pretty modest"',
 * 'referred to him as "Chinese-American"')?  Then the object starts the
 * content: *a goes back to its first word (after the "to" of "referred
 * to him"). */
static int
small_clause(struct ctx *c, const struct qsent *q, size_t v, size_t h,
    size_t *a)
{
	const struct qdoc *d = c->d;
	static const char *const as[] = { "as", NULL };
	size_t i, o = NONE;
	int r = prel(c, q, h);

	if (r != R_XCOMP && !((r == R_OBL || r == R_ADVCL) && (has_dep(c, q,
	    h, R_CASE, as) || has_dep(c, q, h, R_MARK, as))))
		return 0;
	for (i = v + 1; i < d->lo[h]; i++)
		if (phead(q, i) == v && (prel(c, q, i) == R_OBJ || (prel(c, q,
		    i) == R_OBL && d->lo[i] == v + 1)) && o == NONE)
			o = i;
	if (o == NONE || d->hi[o] >= d->lo[h])
		return 0;
	*a = d->lo[o];
	if (prel(c, q, *a) == R_CASE && phead(q, *a) == o)
		(*a)++;
	return 1;
}

/* The reported clause around quoted fragment sp of sentence s, after its
 * cue w->cue, from the parse: the clause the fragment is in ('says the
 * party is improving and it is "conceivable" it could win': "it is
 * "conceivable" it could win"), or what the cue governs that holds it
 * ('warned the BBC to steer away from "demonising" Mr Campbell'); or,
 * before an attribution after it, the clause the fragment heads ('the
 * mood was "not good," said coach Nick Nurse').  Its first and last word
 * of the document in *ga, *gb; 0 when the parse shows none. */
static int
fragment_clause(struct ctx *c, const struct qspan *sp, const struct who *w,
    size_t *ga, size_t *gb)
{
	const struct qdoc *d = c->d;
	const struct qsent *q = &d->s[w->s];
	size_t a, b, e, h, i, n, lim;
	int small;

	if (!q->parsed || w->cue == NONE || d->tok[sp->a].s != w->s ||
	    d->tok[sp->b - 1].s != w->s || subtrees(c, w->s) < 0)
		return 0;
	a = d->tok[sp->a].i, b = d->tok[sp->b - 1].i + 1;
	/* the clause before an attribution after it ('the mood was "not
	 * good," said coach Nick Nurse'), which must end where it starts */
	if (a <= w->cue && !(b <= w->cue && (w->a == w->b || w->a >= b)))
		return 0;
	lim = a <= w->cue ? (w->a < w->b && w->a < w->cue ? w->a : w->cue) :
	    q->t.n;
	for (h = NONE, i = a; i < b; i++)	/* the fragment's head */
		if (phead(q, i) == NONE || phead(q, i) < a || phead(q, i) >= b)
			h = h == NONE ? i : h;
	for (n = 0; h != NONE && n < q->t.n; n++) {
		size_t up = phead(q, h);

		if (child(c, q, h, R_NSUBJ) != NONE || up == w->cue)
			break;		/* a clause, or what the cue governs */
		if (up == NONE)
			return 0;
		h = up;
	}
	if (h == NONE || n == q->t.n || prel(c, q, h) == R_NSUBJ ||
	    (lim == q->t.n && d->lo[h] <= w->cue) || d->lo[h] >= lim)
		return 0;
	/* before the attribution, only the clause the fragment heads ('the
	 * mood was "not good,"'): a parse that hangs it on a verb above it
	 * is taken for broken */
	if (lim < q->t.n && (n > 0 || child(c, q, h, R_NSUBJ) == NONE))
		return 0;
	a = d->lo[h], b = d->hi[h] + 1;
	if (b > lim)
		b = lim;	/* the attribution the parse hung on it */
	while (a < b && (prel(c, q, a) == R_CC || prel(c, q, a) == R_MARK ||
	    punct_word(q, a) || (prel(c, q, a) == R_ADVMOD && a + 1 < b &&
	    is(q, a + 1, ","))) && phead(q, a) == h)
		a++;	/* "and", "but", "that", "however," of "said, however, that" */
	small = small_clause(c, q, w->cue, h, &a);
	/* the fragment's own last word, not its closing punctuation, which
	 * the parse may hang on the sentence's root */
	for (e = d->tok[sp->b - 1].i + 1; e > d->tok[sp->a].i + 1 &&
	    punct_word(q, e - 1); e--)
		;
	if (!trim_clause(q, &a, &b) || (!small && has_finite(c, q, a, b) ==
	    0) || a > d->tok[sp->a].i || b < e)
		return 0;
	/* some words besides the quotation, not a paragraph's worth (the
	 * parse of a long sentence can hang most of it on the fragment) */
	for (n = 0, i = a; i < b; i++)
		n += letter_or_digit(q, i) && !span_of(c, q, i);
	if (n == 0 || n > FRAGMENT_CLAUSE_MAX)
		return 0;
	*ga = q->g0 + a, *gb = q->g0 + b;
	return 1;
}

/* Is word e a quotation mark that closes one of words [a, e) ('the
 * so-called "experts"')? */
static int
closes_mark(const struct qsent *q, size_t a, size_t e)
{
	size_t i;

	if (!quote_char(form(q, e)))
		return 0;
	for (i = a; i < e; i++)
		if (quote_char(form(q, i)))
			return 1;
	return 0;
}

/* Words that open a clause beside the one before it ("A, while X said
 * B"), not a part of it nor an attribution of it. */
static const char *const contrast[] = { "while", "whereas", "although",
	"though", "but", NULL };

/* Where a source in words [*a, b) starts, into *a: past punctuation,
 * a conjunction, and the "in" of a statement; 0 if it is an adjunct. */
static int
source_start(const struct qsent *q, size_t *a, size_t b)
{
	static const char *const adjunct_start[] = { "in", "on", "at",
		"during", "after", "before", "since", "over", "from", NULL };
	static const char *const medium[] = { "statement", "report",
		"interview", "letter", "release", "communique", "broadcast",
		NULL };
	static const char *const clause_word[] = { "that", "who", "which",
		NULL };
	size_t i, j;

	/* "A was branded "X", while teaching unions warned": the words
	 * after a contrast that opens a clause of its own, when they are a
	 * noun phrase: nothing closes or opens in them (not "Jones, while
	 * visiting Paris,", "(a wide margin, but one that ...)") */
	for (i = *a; i + 2 < b; i++)
		if (is(q, i, ",") && tsent_form_in_ci(&q->t, i + 1, contrast)) {
			for (j = i + 2; j < b && j < i + 10 && !is(q, j, ",") &&
			    !is(q, j, "(") && !is(q, j, ")") &&
			    !tsent_form_in_ci(&q->t, j, clause_word); j++)
				;
			if (j == b)
				*a = i + 2;
		}
	while (*a < b && !letter_or_digit(q, *a))
		(*a)++;
	/* "... and in a government statement": the statement; "But
	 * research to be released this week suggests"; "even a top GOP
	 * strategist said" */
	if (*a + 2 < b && (is_ci(q, *a, "and") || is_ci(q, *a, "but")))
		(*a)++;
	if (*a + 1 < b && is_ci(q, *a, "even"))
		(*a)++;
	if (*a + 2 < b && is(q, *a, "in") && (is(q, *a + 1, "a") || is(q,
	    *a + 1, "an") || is(q, *a + 1, "the")))
		for (i = *a + 2; i < b && i < *a + 5; i++)
			if (tsent_form_in(&q->t, i, medium)) {
				*a += 1;
				break;
			}
	/* never an adjunct alone ("in the past", "after an
	 * investigation"; but "in an online video announcement, Minister
	 * X" names one) */
	if (*a < b && tsent_form_in(&q->t, *a, adjunct_start)) {
		for (i = *a + 1; i < b && !is(q, i, ","); i++)
			;
		if (i >= b)
			return 0;
	}
	return *a < b;
}

/* The words of phrase [*a, *b) that name a source: no punctuation or
 * quotation marks at its edges, but for the closing mark of a quotation
 * it holds (closes_mark()), nor when and where it was said or an
 * emphasis; 0 if nothing is left. */
static int
trim_source(const struct qsent *q, size_t *a, size_t *b)
{
	static const char *const adjunct[] = { "during", "after", "before",
		"while", "when", NULL };
	size_t i;

	if (!source_start(q, a, *b))
		return 0;
	/* not when it was said: "one Indonesian during a
	 * question-and-answer period" */
	for (i = *a + 1; i < *b && !is(q, i, ","); i++)
		if (tsent_form_in(&q->t, i, adjunct)) {
			*b = i;
			break;
		}
	/* nor where, nor an emphasis: "a Western ambassador here",
	 * "Commission officials themselves" */
	if (*b >= *a + 2 && (is(q, *b - 1, "here") || is(q, *b - 1,
	    "themselves") || is(q, *b - 1, "himself") || is(q, *b - 1,
	    "herself") || is(q, *b - 1, "itself")))
		(*b)--;
	/* not a time after it: "The Times on Saturday said" */
	while (*b >= *a + 3 && day_word(q, *b - 1) && (is(q, *b - 2, "on") ||
	    is(q, *b - 2, "in")))
		*b -= 2;
	while (*b > *a && !letter_or_digit(q, *b - 1) && !is(q, *b - 1, ")") &&
	    !is(q, *b - 1, "%") && !closes_mark(q, *a, *b - 1))
		(*b)--;		/* but "47%" */
	return *a < *b;
}

enum { SRC_NONE, SRC_SUBJ, SRC_AGENT, SRC_SHARED, SRC_ANTECEDENT };

/* How the parse links a cue and its content. */
enum { CT_CCOMP, CT_BEFORE, CT_PARA, CT_SMALL, CT_INVERTED, CT_TRAILING,
	CT_ACCORDING, CT_PATTERN };

/* The head phrase of the phrase headed by k, less the clauses,
 * appositions and asides after the head: words [*a, *b). */
static void
head_phrase(struct ctx *c, const struct qsent *q, size_t k, size_t *a,
    size_t *b)
{
	size_t i;
	int r;

	*a = c->d->lo[k], *b = c->d->hi[k] + 1;
	for (i = k + 1; i <= c->d->hi[k]; i++) {
		if (phead(q, i) != k)
			continue;
		r = prel(c, q, i);
		if (r == R_ACL || r == R_RELCL || r == R_APPOS ||
		    r == R_PARATAXIS || (r == R_PUNCT && !is(q, i, ")") &&
		    !closes_mark(q, *a, i))) {
			*b = c->d->lo[i];
			break;
		}
	}
	trim_source(q, a, b);
}

/* Where the noun phrase that ends at noun n starts: back over the words
 * the parse hangs inside it, up to a preposition or punctuation. */
static size_t
noun_phrase_to(struct ctx *c, const struct qsent *q, size_t n)
{
	size_t f = n;

	while (f > 0 && phead(q, f - 1) != NONE && phead(q, f - 1) > f - 1 &&
	    phead(q, f - 1) <= n && prel(c, q, f - 1) != R_CASE &&
	    prel(c, q, f - 1) != R_FIXED && !punct_word(q, f - 1))
		f--;
	return f;
}

/* Does word i say how near a count is ("Almost half", "Nearly 60
 * percent")? */
static int
approximator(const struct qsent *q, size_t i)
{
	static const char *const w[] = { "almost", "nearly", "about",
		"roughly", "approximately", "around", NULL };

	return tsent_form_in_ci(&q->t, i, w);
}

/* The source phrase headed by k: all its words, and its head phrase. */
static int
source_phrase(struct ctx *c, const struct qsent *q, size_t k,
    struct qcand *o)
{
	size_t a = c->d->lo[k], b = c->d->hi[k] + 1, ka, kb, i;

	while (a < b && prel(c, q, a) == R_CASE && phead(q, a) == k)
		a++;			/* "by" of an agent */
	/* "Almost half said", the adverb parsed as the verb's */
	if (a > 0 && approximator(q, a - 1) && (xpos_is(c, q, a, "CD") ||
	    is_ci(q, a, "half") || is_ci(q, a, "a")) && (a == 1 ||
	    punct_word(q, a - 2)))
		a--;
	/* the subject of "who said" is the noun the clause hangs on (not
	 * "the WHO noted", the organisation tagged a pronoun) */
	if (a + 1 == b && (xpos_starts(c, q, a, "W") || is_ci(q, a, "that")) &&
	    !tsent_in_capitals(&q->t, a) &&
	    phead(q, k) != NONE && prel(c, q, phead(q, k)) == R_RELCL &&
	    phead(q, phead(q, k)) != NONE && phead(q, phead(q, k)) < a) {
		size_t h = phead(q, phead(q, k));

		a = c->d->lo[h], b = c->d->lo[phead(q, k)];
		while (a < b && prel(c, q, a) == R_CASE && phead(q, a) == h)
			a++;	/* "praised by David Kamin, who said" */
		while (b > a && (xpos_starts(c, q, b - 1, "W") ||
		    punct_word(q, b - 1) || is_ci(q, b - 1, "that")))
			b--;
		if (!trim_source(q, &a, &b))
			return 0;
		o->sa = (uint32_t)a, o->sb = (uint32_t)b;
		o->ka = o->kb = 0;
		return 1;
	}
	/* "according to police, who said", the clause not parsed as the
	 * noun's: the noun before the comma is the speaker, "who" the
	 * mention */
	if (a + 1 == b && xpos_starts(c, q, a, "W") && a >= 2 &&
	    is(q, a - 1, ",") && noun(c, q, a - 2)) {
		o->sa = (uint32_t)a, o->sb = (uint32_t)b;
		o->ka = (uint32_t)noun_phrase_to(c, q, a - 2);
		o->kb = (uint32_t)a - 1;
		return 1;
	}
	/* "Mike Smith, president of the union, which represents teachers":
	 * an aside on a word deeper in the apposition is not part of the
	 * name (PolNeAR's sources mostly stop there) */
	for (i = k + 1; i < b; i++) {
		size_t hd = phead(q, i);
		int r = prel(c, q, i);

		size_t j = c->d->lo[i];

		if (hd == k || hd == NONE || hd < k || hd >= b ||
		    phead(q, hd) == k || !(r ==
		    R_APPOS || r == R_RELCL || r == R_ACL || r == R_PARATAXIS) ||
		    j <= a + 1 || (r == R_APPOS && ner_is(c, q, hd, "LOC") &&
		    ner_is(c, q, i, "LOC")))
			continue;	/* not the state of "Houston, Texas," */
		if (is(q, j, ",") || is(q, j - 1, ",")) {
			b = j + is(q, j, ",");	/* the comma closes the name */
			break;
		}
	}
	if (!trim_source(q, &a, &b))
		return 0;
	/* an apposition's closing comma, which the phrase holds ("Jane Roe,
	 * a lawyer,"): PolNeAR's sources keep it nine times in ten when
	 * there is a comma inside, and never otherwise */
	if (b <= c->d->hi[k] && is(q, b, ",")) {
		for (i = a; i < b && !is(q, i, ","); i++)
			;
		b += i < b;
	}
	head_phrase(c, q, k, &ka, &kb);
	if (ka < a)
		ka = a;
	o->sa = (uint32_t)a, o->sb = (uint32_t)b;
	o->ka = o->kb = 0;
	if (ka < kb && (ka > a || kb < b))
		o->ka = (uint32_t)ka, o->kb = (uint32_t)kb;
	return 1;
}

/* The mention a pattern found, as the parse has the phrase it heads:
 * '"Q," said Charlie King, a prominent Democrat' names "Charlie King, a
 * prominent Democrat".  0 when the parse says nothing more. */
static int
widen(struct ctx *c, const struct who *w, struct who *out)
{
	const struct qsent *q = &c->d->s[w->s];
	struct qcand k;
	size_t i, h = NONE;

	if (!q->parsed || w->a >= w->b || w->cue_text || subtrees(c,
	    w->s) < 0)
		return 0;
	for (i = w->a; i < w->b; i++) {
		size_t hd = phead(q, i);

		if (hd == NONE || hd < w->a || hd >= w->b) {
			if (h != NONE)
				return 0;	/* not one phrase */
			h = i;
		}
	}
	if (h == NONE || !(noun(c, q, h) || xpos_is(c, q, h, "PRP")) ||
	    c->d->lo[h] < w->a || (w->cue != NONE && c->d->lo[h] <= w->cue &&
	    c->d->hi[h] >= w->cue) || has_span(c, q, c->d->lo[h],
	    c->d->hi[h] + 1))
		return 0;
	memset(&k, 0, sizeof(k));
	if (!source_phrase(c, q, h, &k) || (k.sa == w->a && k.sb == w->b))
		return 0;
	*out = *w;
	out->a = k.sa, out->b = k.sb;
	out->ka = w->a, out->kb = w->b;
	return 1;
}

/* A name or noun after the verb at v that the parse did not make its
 * subject: the first nominal dependent after it, or NONE. */
static size_t
inverted_subject(struct ctx *c, const struct qsent *q, size_t v)
{
	size_t i;
	int r;

	for (i = v + 1; i <= c->d->hi[v]; i++) {
		if (phead(q, i) != v)
			continue;
		r = prel(c, q, i);
		/* "said Saturday": a time, whatever the parse calls it */
		if (r == R_PUNCT || r == R_ADVMOD || r == R_OBL ||
		    day_word(q, i))
			continue;
		if ((r == R_NMOD || r == R_OBJ || r == R_DEP || r == R_APPOS ||
		    r == R_OTHER) && (noun(c, q, i) || xpos_is(c, q, i, "PRP")))
			return i;
		return NONE;
	}
	return NONE;
}

/* Is the phrase headed by k part of a quotation that holds more than it
 * and not the verb at v?  The parse's mistake when it makes it v's
 * subject ('"I am happy to see you all, members of the athletics family,
 * respond," said Diack'); a subject in scare quotes is its own
 * quotation ('the "experts" say'). */
static int
inside_quotation(struct ctx *c, const struct qsent *q, size_t k, size_t v)
{
	uint32_t id = span_of(c, q, k);
	const struct qspan *sp;

	if (id == 0 || span_of(c, q, v) == id)
		return 0;
	sp = &c->d->span[id - 1];
	return sp->a < q->g0 + c->d->lo[k] || sp->b > q->g0 + c->d->hi[k] + 1;
}

/* A subject at k that is a participle's clause before a comma ("Writing
 * his Christmas message in the Northern Echo, the Bishop said"): the head
 * of the noun phrase between the comma and the verb at v, which the
 * parse hung elsewhere, or NONE. */
static size_t
after_participle(struct ctx *c, const struct qsent *q, size_t k, size_t v)
{
	size_t e, i, h = NONE, hd;

	if (k >= v || !xpos_is(c, q, k, "VBG") || c->d->lo[k] != k)
		return NONE;
	for (e = v - 1; e > k && !is(q, e, ","); e--)
		;
	if (e == k || e + 1 >= v)
		return NONE;
	for (i = e + 1; i < v; i++) {
		hd = phead(q, i);
		if (hd != NONE && hd > e && hd < v)
			continue;
		if (h != NONE || !(noun(c, q, i) || xpos_is(c, q, i, "PRP")))
			return NONE;	/* not one noun phrase */
		h = i;
	}
	return h;
}

/* Who the verb at v speaks for: its subject, the agent of a passive, the
 * subject of the verb it is coordinated with or depends on ("said ... and
 * added", "declined to say", ", adding"), or the noun a relative clause
 * hangs on ("Jones, who said").  Into o's source. */
/* The capitalised name hung on the verb at v right before the comma that
 * opens its subject k, when k is an apposition ("a prospective Labour
 * MP", "the party's chairman"): that name's head, or NONE. */
static size_t
name_before_apposition(struct ctx *c, const struct qsent *q, size_t v,
    size_t k)
{
	size_t j, lo = c->d->lo[k];
	int r;

	if (lo < 2 || !is(q, lo - 1, ",") || !(is_ci(q, lo, "a") ||
	    is_ci(q, lo, "an") || is_ci(q, lo, "the")))
		return NONE;
	for (j = 0; j < lo - 1; j++) {
		/* its subtree ends at the comma, or before it */
		if (phead(q, j) != v || (c->d->hi[j] + 2 != lo &&
		    c->d->hi[j] + 1 != lo))
			continue;
		r = prel(c, q, j);
		if ((r == R_OTHER || r == R_DEP || r == R_NMOD) &&
		    xpos_is(c, q, j, "NNP") && capitalized(q, c->d->lo[j]))
			return j;
	}
	return NONE;
}

/* A name and its apposition that the parse made a clause of the verb at
 * v, right before its subject k, the apposition's closing comma left out
 * ('Rabbi Marvin Hier, founder of the group the Simon Wiesenthal Center
 * said'): the clause's head, or NONE. */
static size_t
name_as_clause(struct ctx *c, const struct qsent *q, size_t v, size_t k)
{
	size_t j, lo = c->d->lo[k];

	for (j = 0; j < lo; j++)
		if (phead(q, j) == v && prel(c, q, j) == R_CCOMP &&
		    c->d->hi[j] + 1 == lo && (is_per(c, q, j) ||
		    is_per(c, q, j + 1)) && !has_verb(c, q, c->d->lo[j], lo) &&
		    !has_span(c, q, c->d->lo[j], lo))
			return j;
	return NONE;
}

/* Are words [a, b) of sentence q all proper nouns (an honorific one
 * of them: "Mrs May")? */
static int
proper_run(struct ctx *c, const struct qsent *q, size_t a, size_t b)
{
	for (; a < b; a++)
		if (!xpos_starts(c, q, a, "NNP"))
			return 0;
	return 1;
}

/* "X issued a statement saying", "released a letter saying": for cue v
 * hung on h, a noun that is the object of a verb of putting out words,
 * that verb, whose subject spoke; else h.  (Not "found a note saying":
 * the finder wrote nothing; other rules read that one.) */
static size_t
issued(struct ctx *c, const struct qsent *q, size_t v, size_t h)
{
	static const char *const put_out[] = { "issue", "release", "post",
		"publish", "send", "write", "tweet", "sign", "file", "make",
		"give", "deliver", "put", NULL };
	size_t up, k;

	if (prel(c, q, v) != R_ACL || !noun(c, q, h) || prel(c, q, h) !=
	    R_OBJ || (up = phead(q, h)) == NONE || up > h)
		return h;
	for (k = 0; put_out[k]; k++)
		if (strcmp(lemma(q, up), put_out[k]) == 0)
			return up;
	return h;
}

static int
parse_source(struct ctx *c, const struct qsent *q, size_t v,
    struct qcand *o, int depth)
{
	size_t k, h, adj;
	int r;

	k = child(c, q, v, R_NSUBJ);
	adj = adjunct_after_aux(c, q, 0, v);
	/* not a time the parse took for the subject ("in a statement
	 * Saturday confirmed"), nor the noun of a phrase between an
	 * auxiliary and the verb ("has in recent weeks said") */
	while (k != NONE && (inside_quotation(c, q, k, v) || day_word(q, k) ||
	    (adj != NONE && c->d->lo[k] == adj + 1)))
		k = child_from(c, q, v, R_NSUBJ, k + 1);
	/* the auxiliary's subject before such a phrase, however the parse
	 * hung the verb on the auxiliary */
	if (k == NONE && adj != NONE) {
		struct who w = { 0 };

		if (!subject_of(c, q, v, 0, &w))
			return SRC_NONE;
		o->sa = (uint32_t)w.a, o->sb = (uint32_t)w.b;
		o->ka = o->kb = 0;
		return SRC_SUBJ;
	}
	if (k != NONE && (h = after_participle(c, q, k, v)) != NONE)
		k = h;
	/* "But Mr Balls, a prospective Labour MP, said" parsed with the
	 * apposition for the subject and the name hung on the verb apart:
	 * the name and its apposition, the name the head */
	/* and 'Rabbi Marvin Hier, founder of the group the Simon
	 * Wiesenthal Center said', the name and apposition parsed as a
	 * clause: either way the source runs from the name to the
	 * apposition's end (and its comma), its head the name up to its
	 * comma */
	if (k != NONE && ((h = name_before_apposition(c, q, v, k)) != NONE ||
	    (h = name_as_clause(c, q, v, k)) != NONE)) {
		size_t e = c->d->hi[k] + 1, ka = c->d->lo[h], kb = ka;

		while (kb <= c->d->hi[h] && !is(q, kb, ","))
			kb++;
		if (!trim_source(q, &ka, &kb))
			return SRC_NONE;
		o->sa = (uint32_t)c->d->lo[h];
		o->sb = (uint32_t)(e + (e < q->t.n && is(q, e, ",")));
		o->ka = (uint32_t)ka, o->kb = (uint32_t)kb;
		return SRC_SUBJ;
	}
	/* "the United States President Donald Trump reported" parsed as two
	 * subjects side by side: one phrase, the second its head */
	if (k != NONE && (h = child_from(c, q, v, R_NSUBJ, k + 1)) != NONE &&
	    c->d->lo[h] == c->d->hi[k] + 1 && h < v && !punct_word(q,
	    c->d->lo[h])) {
		if (!source_phrase(c, q, h, o))
			return SRC_NONE;
		if (o->sa > c->d->lo[k])
			o->sa = (uint32_t)c->d->lo[k];
		return SRC_SUBJ;
	}
	if (k != NONE)
		return source_phrase(c, q, k, o) ? SRC_SUBJ : SRC_NONE;
	if ((k = child(c, q, v, R_AGENT)) != NONE)
		return source_phrase(c, q, k, o) ? SRC_AGENT : SRC_NONE;
	if (child(c, q, v, R_NSUBJPASS) != NONE || depth > 3)
		return SRC_NONE;
	/* the subject after the verb, which the parse took for something
	 * else ('"Q," said Daryl Kimball, executive director') */
	if ((prel(c, q, v) == R_PARATAXIS || child(c, q, v, R_CCOMP) <
	    v) && (k = inverted_subject(c, q, v)) != NONE &&
	    !day_word(q, k))
		return source_phrase(c, q, k, o) ? SRC_SUBJ : SRC_NONE;
	/* "CLAUSE, the games' organizers said Monday", the noun phrase
	 * parsed into the clause: the one that ends before the verb, after
	 * a comma */
	if (prel(c, q, v) == R_PARATAXIS && v >= 2 && noun(c, q, v - 1) &&
	    c->d->hi[v - 1] == v - 1 && c->d->lo[v - 1] > 0 &&
	    (is(q, c->d->lo[v - 1], ",") || is(q, c->d->lo[v - 1] - 1, ",")))
		return source_phrase(c, q, v - 1, o) ? SRC_SUBJ : SRC_NONE;
	if ((h = phead(q, v)) == NONE)
		return SRC_NONE;
	r = prel(c, q, v);
	/* "X was quoted as saying": the one quoted */
	if (xpos_is(c, q, v, "VBG") && v > 0 && is(q, v - 1, "as") &&
	    strcmp(lemma(q, h), "quote") == 0 && (k = child(c, q, h,
	    R_NSUBJPASS)) != NONE && k < h)
		return source_phrase(c, q, k, o) ? SRC_SUBJ : SRC_NONE;
	/* ", adding": the speaker of the reporting verb before it, however
	 * the parse attached it; so too for a verb the parse coordinated
	 * with one inside a quotation ('"we will comply," Omar said, but
	 * added ...') */
	if ((xpos_is(c, q, v, "VBG") && r != R_ROOT) || (r == R_CONJ &&
	    span_of(c, q, h) && !span_of(c, q, v))) {
		size_t u;

		for (u = v; u-- > 0; )
			if (xpos_starts(c, q, u, "VB") && !xpos_is(c, q, u, "VBG") &&
			    !span_of(c, q, u) && verb_class(c, q, u) &&
			    parse_source(c, q, u, o, depth + 1))
				return SRC_SHARED;
		h = issued(c, q, v, h);
		return parse_source(c, q, h, o, depth + 1) ? SRC_SHARED :
		    SRC_NONE;
	}
	/* a verb coordinated with a passive main verb shares its subject,
	 * not its agent ("FBI officials were angered by the deal and
	 * predicted"; not a passive in a reported clause: "she thinks the
	 * video should be released but said") */
	if (r == R_CONJ && prel(c, q, h) == R_ROOT && child(c, q, h,
	    R_NSUBJ) == NONE && (k = child(c, q, h, R_NSUBJPASS)) != NONE &&
	    k < h)
		return source_phrase(c, q, k, o) ? SRC_SHARED : SRC_NONE;
	if (r == R_CONJ || r == R_XCOMP)
		return parse_source(c, q, h, o, depth + 1) ? SRC_SHARED :
		    SRC_NONE;
	/* "Jean-Marc Ayrault, the foreign minister, said ...", the verb
	 * parsed as a dependent of the name before it */
	if (h < v && (finite_verb(c, q, v) || (xpos_is(c, q, v, "VBN") &&
	    child(c, q, v, R_CCOMP) != NONE)) && (noun(c, q, h) || xpos_is(c,
	    q, h, "PRP")) && (r == R_NMOD || r == R_ACL || r == R_DEP || r ==
	    R_APPOS || r == R_OTHER || r == R_ADVCL || (r == R_PARATAXIS &&
	    prel(c, q, h) == R_ROOT))) {
		size_t a = c->d->lo[h], b = c->d->lo[v], i;

		/* not what the parse hung before the name, up to a comma
		 * ("Yesterday afternoon, Nancy Pelosi, the Speaker, said");
		 * never a preposition's noun ("has in the past called") */
		for (i = h; i > a; i--)
			if (is(q, i - 1, ",")) {
				a = i;
				break;
			}
		if (phead(q, a) == h && prel(c, q, a) == R_CASE &&
		    !comma_in(q, a, v))
			return SRC_NONE;
		/* "But Clinton, who ... chaos, insisted" parsed with the
		 * relative clause's noun as the head: the noun before it */
		if (a >= 2 && a < b && tsent_form_in(&q->t, a, relative) &&
		    is(q, a - 1, ",") && noun(c, q, a - 2)) {
			b = a - 1;
			a = noun_phrase_to(c, q, a - 2);
		}
		/* "appeal to voters for their backing, Mrs May said": a
		 * name alone between the last comma and the verb is the
		 * source, not the phrase the parse hung it in */
		for (i = v; i > a + 1 && !is(q, i - 1, ","); i--)
			;
		if (i > a + 1 && i < v && proper_run(c, q, i, v))
			a = i, b = v;
		if (!trim_source(q, &a, &b) || has_span(c, q, a, b))
			return SRC_NONE;
		o->sa = (uint32_t)a, o->sb = (uint32_t)b;
		o->ka = o->kb = 0;
		return SRC_ANTECEDENT;
	}
	if (r == R_RELCL && h < v) {
		size_t a = c->d->lo[h], b = c->d->lo[v];

		while (b > a && (xpos_starts(c, q, b - 1, "W") ||
		    (punct_word(q, b - 1) && !is(q, b - 1, ")"))))
			b--;	/* not the bracket of "(D-Mo.)" */
		if (!trim_source(q, &a, &b))
			return SRC_NONE;
		o->sa = (uint32_t)a, o->sb = (uint32_t)b;
		o->ka = o->kb = 0;
		return SRC_ANTECEDENT;
	}
	return SRC_NONE;
}

/* Is the subject of verb v a person's name, or "he" or "she"? */
static int
person_subject(struct ctx *c, const struct qsent *q, size_t v)
{
	static const char *const person[] = { "he", "she", NULL };
	size_t n = child(c, q, v, R_NSUBJ);

	/* or a name after an honorific the tagger left untagged ("Mr ap
	 * Iorwerth") */
	return n != NONE && (is_per(c, q, n) || tsent_form_in_ci(&q->t, n,
	    person) || gender_before(c, q, n) != 0);
}

/* A cue that does not report: "could say", "to tell", "did not say",
 * "time will tell". */
static int
not_reporting(struct ctx *c, const struct qsent *q, size_t v)
{
	static const char *const modal[] = { "can", "could", "should", "may",
		"might", "must", "wo", "ca", NULL };
	static const char *const to[] = { "to", NULL };
	static const char *const neg[] = { "not", "n't", "never", "n’t",
		NULL };
	static const char *const future[] = { "will", "'ll", "shall", NULL };
	size_t h;

	/* a speech to come, of a person ("Mr Jones will add that ...",
	 * "He will insist"), not "time will tell", "the media will tell
	 * you", "a politician who will say whatever" */
	if (has_dep(c, q, v, R_AUX, future) && !person_subject(c, q, v))
		return 1;
	if (has_dep(c, q, v, R_AUX, modal) || has_dep(c, q, v, R_MARK, modal) ||
	    has_dep(c, q, v, R_ADVMOD, neg) || child(c, q, v, R_AUXPASS) !=
	    NONE || child(c, q, v, R_NSUBJPASS) != NONE)
		return 1;
	/* "declined to say", "refused to tell", "to tell the truth", but
	 * "went on to say" and a speech to come, "is expected to say",
	 * "is set to say" */
	if (has_dep(c, q, v, R_MARK, to) || has_dep(c, q, v, R_AUX, to))
		return !(prel(c, q, v) == R_XCOMP && (h = phead(q, v)) !=
		    NONE && (strcmp(lemma(q, h), "go") == 0 ||
		    strcmp(lemma(q, h), "continue") == 0 ||
		    strcmp(lemma(q, h), "expect") == 0 ||
		    strcmp(lemma(q, h), "set") == 0));
	/* "declined saying" */
	if (prel(c, q, v) == R_XCOMP && (h = phead(q, v)) != NONE)
		return !(strcmp(lemma(q, h), "go") == 0 || strcmp(lemma(q, h),
		    "continue") == 0);
	return 0;
}

static int
add_cand(struct ctx *c, const struct qcand *k)
{
	struct qdoc *d = c->d;

	size_t j;

	/* one reading of a cue's content: the first, the parse's own */
	for (j = d->ncand; j-- > 0 && d->cand[j].s == k->s; )
		if (d->cand[j].cue == k->cue && d->cand[j].ca < k->cb &&
		    k->ca < d->cand[j].cb)
			return 0;
	if (grow(&d->cand, d->ncand, &d->capcand, sizeof(*d->cand)) < 0)
		return -1;
	d->cand[d->ncand++] = *k;
	return 0;
}

/* Is the conjunct verb at i ", and has demanded": after a comma and a
 * conjunction, finite or with a finite auxiliary, so that it goes on
 * with what the speaker did rather than what was said? */
static int
comma_and_finite(struct ctx *c, const struct qsent *q, size_t i)
{
	size_t k = c->d->lo[i];

	if (k < 1 || !is(q, k - 1, ",") || !(is(q, k, "and") || is(q, k, "but")))
		if (!(is(q, k, ",") && (is(q, k + 1, "and") || is(q, k + 1,
		    "but"))))
			return 0;
	if (finite_verb(c, q, i))
		return 1;
	for (k = c->d->lo[i]; k < i; k++)
		if (phead(q, k) == i && prel(c, q, k) == R_AUX &&
		    finite_verb(c, q, k))
			return 1;
	return 0;
}

/* Reported speech the patterns found (report()), as a proposal. */
static int
propose_pattern(struct ctx *c, const struct qsent *q, size_t a, size_t b,
    const struct who *w)
{
	struct qcand k;
	size_t cue = w->cue;

	if (cue == NONE) {	/* "according to X": its first word */
		if (w->a < 2 || !is_ci(q, w->a - 2, "according"))
			return 0;
		cue = w->a - 2;
	}
	memset(&k, 0, sizeof(k));
	k.s = (uint32_t)(q - c->d->s);
	k.cue = (uint32_t)cue;
	k.ca = (uint32_t)a, k.cb = (uint32_t)b;
	k.sa = (uint32_t)w->a, k.sb = (uint32_t)w->b;
	k.ka = (uint32_t)w->ka, k.kb = (uint32_t)w->kb;
	k.cue_text = w->cue_text;
	k.type = CT_PATTERN;
	k.how = SRC_SUBJ;
	return add_cand(c, &k);
}

/* A candidate for the content words [a, b) of sentence s with the hole
 * [xa, xb), if something is left of it. */
static int
propose(struct ctx *c, struct qcand *k, size_t a, size_t b, size_t xa,
    size_t xb)
{
	const struct qsent *q = &c->d->s[k->s];
	size_t i, words = 0;

	if (a < q->dateline)	/* no content starts in a dateline */
		a = q->dateline;
	if (!trim_clause(q, &a, &b))
		return 0;
	/* "said Thursday he would", "said yesterday morning that": when
	 * it was said (but "said Friday was the deadline", "Friday's
	 * decision") */
	if (a > 0 && xpos_starts(c, q, a - 1, "VB")) {
		size_t e = a;

		while (e + 1 < b && day_word(q, e) && !tsent_possessive(&q->t,
		    e + 1) && !xpos_starts(c, q, e + 1, "VB") &&
		    !xpos_is(c, q, e + 1, "MD"))
			e++;
		if (e > a) {
			a = e;
			if (!trim_clause(q, &a, &b))
				return 0;
		}
	}
	/* "said there was fraud and urged the crowd to march": a cue
	 * coordinated into the clause, with no subject of its own, is
	 * another thing the speaker did, not what was said */
	for (i = a + 2; i < b; i++)
		if (prel(c, q, i) == R_CONJ && xpos_starts(c, q, i, "VB") &&
		    !span_of(c, q, i) && (verb_class(c, q, i) ||
		    comma_and_finite(c, q, i)) && child(c, q, i, R_NSUBJ) ==
		    NONE && c->d->lo[i] > a + 1 && (i < xa || c->d->lo[i] >= xb)) {
			b = c->d->lo[i];
			if (!trim_clause(q, &a, &b))
				return 0;
			break;
		}
	/* ", without elaborating": how it was said, not what; ", adding:
	 * ...": another report, the cue's own */
	for (i = a + 2; i + 1 < b; i++)
		if (is(q, i, ",") && (is(q, i + 1, "without") || is(q, i + 1,
		    "declining") || (xpos_is(c, q, i + 1, "VBG") &&
		    verb_class(c, q, i + 1))) && !span_of(c, q, i) && (i < xa ||
		    i >= xb)) {
			b = i;
			break;
		}
	for (i = a; i < b; i++)
		if ((i < xa || i >= xb) && letter_or_digit(q, i))
			words++;
	if (words < 2 && !(words == 1 && span_of(c, q, a + (a == xa ? xb -
	    xa : 0))))
		return 0;
	k->ca = (uint32_t)a, k->cb = (uint32_t)b;
	k->xa = (uint32_t)xa, k->xb = (uint32_t)xb;
	return add_cand(c, k);
}

/* Does the cue at v introduce its parataxis p, with a colon or a
 * quotation ('said: "Q"'), rather than stand beside it? */
static int
introduces(struct ctx *c, const struct qsent *q, size_t v, size_t p)
{
	size_t i;

	for (i = v + 1; i <= c->d->lo[p] + 1 && i < q->t.n; i++)
		if (is(q, i, ":") || span_of(c, q, i))
			return 1;
	return 0;
}

/* The end of what the cue at v accuses its object o of ("accused X of
 * Y for Z", "accused A and B of being"): the verb's words up to the
 * clause's closing punctuation, when an "of" follows the object's first
 * word; NONE if none does. */
static size_t
accused_of(struct ctx *c, const struct qsent *q, size_t v, size_t o)
{
	size_t i, b = c->d->hi[v] + 1;

	for (i = o + 1; i < b && !is(q, i, "of"); i++)
		if (span_of(c, q, i))
			return NONE;
	if (i >= b)
		return NONE;
	while (b > i && punct_word(q, b - 1))
		b--;
	return b > i + 1 ? b : NONE;
}

/* Can word i begin the subject of a clause: a determiner, a noun, a
 * pronoun, an adjective or a number, and no word of time ("This year,
 * he said, ...", "In a statement, she said, ...", "However, ...")? */
static int
subject_word(struct ctx *c, const struct qsent *q, size_t i)
{
	size_t j;

	for (j = i; j < q->t.n && !is(q, j, ","); j++)
		if (day_word(q, j))
			return 0;
	return xpos_starts(c, q, i, "NN") || xpos_starts(c, q, i, "PRP") ||
	    xpos_is(c, q, i, "DT") || xpos_starts(c, q, i, "JJ") ||
	    xpos_is(c, q, i, "CD");
}

/* Does the verb at v come right after the closing mark and comma of a
 * quotation that opens the sentence ('"Q," said'; not 'The government,
 * in a statement condemning the "repugnant murders," said')? */
static int
after_quotation(const struct qsent *q, size_t v)
{
	return v >= 2 && quote_char(form(q, v - 1)) && (is(q, v - 2, ",") ||
	    is(q, v - 2, "?") || is(q, v - 2, "!")) && q->dateline < v &&
	    quote_char(form(q, q->dateline));
}

/* "The plan, the minister said, is a disgrace", "This, Ms Diemont warns,
 * is \"scary\"": an attribution between commas after the subject of
 * the clause it reports, however the parse hangs them together; the
 * clause less the attribution, proposed for candidate k. */
static int
aside_attribution(struct ctx *c, const struct qsent *q, size_t v,
    struct qcand *k)
{
	size_t e = v + 1, a = q->dateline;
	int type = k->type, rc;

	if (k->sa >= k->sb || k->sa < a + 2 || k->sa > a + 9 ||
	    !is(q, k->sa - 1, ",") || k->sb != v ||
	    has_finite(c, q, a, k->sa - 1) || has_span(c, q, a, k->sa - 1) ||
	    !subject_word(c, q, a))
		return 0;
	while (e < q->t.n && (day_word(q, e) || xpos_is(c, q, e, "RB")))
		e++;		/* "said on Monday", "said privately" */
	if (e + 2 >= q->t.n || !is(q, e, ",") || sentence_final(q, e + 1) ||
	    !has_finite(c, q, e + 1, q->t.n))
		return 0;
	k->type = CT_INVERTED;
	rc = propose(c, k, a, q->t.n, k->sa - 1, e + 1);
	k->type = type;
	return rc;
}

/* "said the talks went well and it was hard to say when": a clause the
 * parse joins to cue v by "and" or "but" right after its reported clause
 * ending at word b, with a subject of its own that names no one (a
 * pronoun's or a name's clause is the speaker's or another's doing: "and
 * he left", "and Smith agreed") and no reporting verb of its own, goes on
 * the report.  Where the report ends: that clause's end, or b. */
static size_t
joined_report_end(struct ctx *c, const struct qsent *q, size_t v, size_t b)
{
	static const char *const pron[] = { "he", "she", "they", "we", "I",
		"you", NULL };
	const uint32_t *lo = c->d->lo, *hi = c->d->hi;
	size_t j, a, subj;

	for (j = b; j < q->t.n; j++)
		if (phead(q, j) == v && prel(c, q, j) == R_CONJ)
			break;
	if (j >= q->t.n)
		return b;
	a = lo[j];
	if (a == b + 1 && is(q, b, ","))
		b++;
	if (a != b || !(is(q, a, "and") || is(q, a, "but")) || is(q, a + 1,
	    "that") ||	/* "and that ...": and_that()'s */
	    !(xpos_starts(c, q, j, "VB") || xpos_starts(c, q, j, "JJ") ||
	    xpos_starts(c, q, j, "NN")))
		return b;
	if ((subj = child(c, q, j, R_NSUBJ)) == NONE &&
	    (subj = child(c, q, j, R_NSUBJPASS)) == NONE)
		subj = a + 1 < j && (is_ci(q, a + 1, "it") || is_ci(q, a + 1,
		    "there")) ? a + 1 : NONE;
	if (subj == NONE || subj > j || tsent_form_in_ci(&q->t, subj, pron) ||
	    is_per(c, q, subj) || xpos_starts(c, q, subj, "NNP") ||
	    verb_class(c, q, j) || span_of(c, q, j))
		return b;
	return hi[j] + 1;
}

/* Is word i of sentence q inside a quotation that began before it? */
static int
mid_quotation(struct ctx *c, const struct qsent *q, size_t i)
{
	uint32_t sp = span_of(c, q, i);

	return sp && c->d->span[sp - 1].a < q->g0 + i &&
	    c->d->span[sp - 1].om != NONE && c->d->span[sp - 1].om < q->g0 + i;
}


/* Is the sentence before word a, where the attribution of cue v starts,
 * what v reports ("CLAUSE, X said.")?  The attribution runs to the end
 * and a comma (or a quotation and a comma) ends the clause; not "A,
 * while X warned B", a clause of its own beside A, nor "A, X said B" with
 * the verb parsed as a clause of a noun of A and its own clause after
 * it. */
static int
clause_before_reported(struct ctx *c, const struct qsent *q, size_t v,
    size_t a)
{
	if (a <= 1 || !sentence_final(q, c->d->hi[v] + 1) ||
	    tsent_form_in_ci(&q->t, a, contrast) || is_ci(q, a, "and") ||
	    is_ci(q, a, "yet"))
		return 0;
	if (prel(c, q, v) == R_ACL && child_from(c, q, v, R_CCOMP, v + 1) !=
	    NONE && !has_span(c, q, 0, a))
		return 0;
	return is(q, a - 1, ",") || (span_of(c, q, a - 1) && is(q, a - 2,
	    ","));
}

static int
cue_candidates(struct ctx *c, size_t s, size_t v, int kind)
{
	const struct qsent *q = &c->d->s[s];
	const uint32_t *lo = c->d->lo, *hi = c->d->hi;
	struct qcand k;
	size_t i, h, a, b, first = NONE, last = NONE;
	int r;

	memset(&k, 0, sizeof(k));
	k.s = (uint32_t)s;
	k.cue = (uint32_t)v;
	k.quote_only = !(kind & QV_SPEECH);
	k.how = (unsigned char)parse_source(c, q, v, &k, 0);
	if (k.sa < k.sb)
		k.sa = (uint32_t)past_generation(c, q, 0, k.sa, k.sb);
	k.type = CT_TRAILING;
	/* first, as it is the surest reading where it applies */
	/* "CLAUSE, X said." however the parse hangs the cue on the clause
	 * (the object, an adverbial clause, an address): the sentence up to
	 * the attribution, which runs to its end */
	if (k.sa < k.sb && k.sa > 1 && prel(c, q, v) != R_ROOT &&
	    prel(c, q, v) != R_CONJ && !(k.sb == k.sa + 1 &&
	    xpos_starts(c, q, k.sa, "W") && child_from(c, q, v, R_CCOMP,
	    v + 1) != NONE)) {	/* not "..., according to police, who said S" */
		a = lo[v] < k.sa ? lo[v] : k.sa;
		while (a < k.sa && punct_word(q, a))
			a++;	/* the comma the parse hung on the cue */
		if (clause_before_reported(c, q, v, a) &&
		    propose(c, &k, 0, a, 0, 0) < 0)
			return -1;
	}
	if (aside_attribution(c, q, v, &k) < 0)
		return -1;
	for (i = lo[v]; i <= hi[v]; i++) {
		if (phead(q, i) != v)
			continue;
		r = prel(c, q, i);
		/* '"Q," said the chairman of the select committee': after
		 * a quotation the words after the verb name its speaker,
		 * however the parse reads a verb into them */
		if (r == R_CCOMP && i > v && after_quotation(q, v))
			continue;
		if (r == R_CCOMP || (r == R_PARATAXIS && i > v &&
		    introduces(c, q, v, i))) {
			/* a clause before the verb has a verb or is quoted:
			 * not 'Rabbi Marvin Hier, founder of the group said',
			 * a name the parse took for one */
			if (i < v && !has_verb(c, q, lo[i], hi[i] + 1) &&
			    !has_span(c, q, lo[i], hi[i] + 1))
				continue;
			/* nor a clause that starts inside a quotation begun
			 * before it ('telling the BBC: "This is the best
			 * deal, so if the House says no, we would have no
			 * deal"'): the parse hung a piece of it on the verb */
			if (i > v && mid_quotation(c, q, lo[i]))
				continue;
			k.type = r == R_PARATAXIS ? CT_PARA : i < v ? CT_BEFORE :
			    CT_CCOMP;
			b = hi[i] + 1;
			if (r == R_CCOMP && i > v)
				b = joined_report_end(c, q, v, b);
			if (propose(c, &k, lo[i], b, 0, 0) < 0)
				return -1;
		} else if (i > v && (r == R_OBJ || r == R_XCOMP || r == R_OBL ||
		    r == R_ADVCL)) {
			/* from the object to the last phrase that is quoted */
			if (first == NONE && (r == R_OBJ || has_span(c, q, lo[i],
			    hi[i] + 1)))
				first = lo[i];
			if (has_span(c, q, lo[i], hi[i] + 1))
				last = hi[i] + 1;
		}
	}
	/* 'called the plan "a disgrace"', 'described him as "unfit"': the
	 * small clause of the object and what it is called, when quoted */
	if (first != NONE && last != NONE && first < last) {
		k.quote_only = 1;
		k.type = CT_SMALL;
		if (propose(c, &k, first, last, 0, 0) < 0)
			return -1;
		k.quote_only = !(kind & QV_SPEECH);
	}
	/* "accused Netanyahu of blackmail", "accused them of being":
	 * what the accused is said to have done, with the accused */
	if (strcmp(lemma(q, v), "accuse") == 0 && (i = child_from(c, q, v,
	    R_OBJ, v + 1)) != NONE && (b = accused_of(c, q, v, i)) != NONE) {
		k.type = CT_SMALL;
		if (propose(c, &k, lo[i], b, 0, 0) < 0)
			return -1;
	}
	/* "CLAUSE, X said", "A, X said, B": the cue hangs on the clause */
	if (prel(c, q, v) == R_PARATAXIS && (h = phead(q, v)) != NONE) {
		a = lo[v], b = hi[v] + 1;
		while (a > lo[h] && punct_word(q, a - 1))
			a--;
		while (b <= hi[h] && punct_word(q, b) && !is(q, b, "."))
			b++;
		k.type = CT_INVERTED;
		if (propose(c, &k, lo[h], hi[h] + 1, a, b) < 0)
			return -1;
	}
	return 0;
}

/* Is the clause at h a relative, coordinated or loosely joined clause
 * of the one above it, which no reporting verb heads? */
static int
clause_goes_on(struct ctx *c, const struct qsent *q, size_t h)
{
	int r = prel(c, q, h);

	return (r == R_RELCL || r == R_CONJ || r == R_PARATAXIS) &&
	    !verb_class(c, q, phead(q, h));
}

/* "according to X" (X an oblique of the clause, "according" its case):
 * X is the source, the clause less the phrase the content. */
static int
according_candidate(struct ctx *c, size_t s, size_t i)
{
	const struct qsent *q = &c->d->s[s];
	const uint32_t *lo = c->d->lo, *hi = c->d->hi;
	struct qcand k;
	size_t x, h, a, b, e;
	int final;

	if (!is_ci(q, i, "according") || !is(q, i + 1, "to") ||
	    span_of(c, q, i) || (x = phead(q, i)) == NONE || x < i ||
	    (h = phead(q, x)) == NONE)
		return 0;
	/* the clause it is said of, not a phrase the parse hung it on
	 * ("leads with Trump, according to Politico"), nor, at the end of
	 * the sentence, a relative or coordinated clause before it
	 * ("passengers, most of whom worked for the Authority, according to
	 * the director": the whole sentence is what the director said) */
	final = sentence_final(q, hi[x] + 1);
	while (phead(q, h) != NONE && ((child(c, q, h, R_NSUBJ) == NONE &&
	    child(c, q, h, R_NSUBJPASS) == NONE && child(c, q, h, R_CSUBJ) ==
	    NONE && prel(c, q, h) != R_CCOMP && prel(c, q, h) !=
	    R_PARATAXIS) || (final && clause_goes_on(c, q, h))))
		h = phead(q, h);
	memset(&k, 0, sizeof(k));
	k.s = (uint32_t)s;
	k.cue = (uint32_t)i;
	k.cue_text = "according to";
	k.type = CT_ACCORDING;
	k.how = SRC_SUBJ;
	if (!source_phrase(c, q, x, &k))
		return 0;
	if (k.sa < i + 2)
		k.sa = (uint32_t)(i + 2);
	if (k.ka < k.kb && k.ka < k.sa)	/* the head phrase too */
		k.ka = k.sa;
	a = lo[x], b = hi[x] + 1;
	while (a > lo[h] && punct_word(q, a - 1))
		a--;
	while (b <= hi[h] && punct_word(q, b) && !is(q, b, "."))
		b++;
	/* not a report of the source's own after it ("according to
	 * police, who said ...") */
	for (e = b; e <= hi[h]; e++)
		if (phead(q, e) == h && prel(c, q, e) == R_PARATAXIS &&
		    verb_class(c, q, e)) {
			e = lo[e];
			break;
		}
	if (e > hi[h])
		e = hi[h] + 1;
	return propose(c, &k, lo[h], e, a, b < e ? b : e);
}

static int in_content(const struct qcand *k, size_t i);

/* For training: proposal k's offsets and features, into d->feat. */
static int
learn_cand(struct ctx *c, const struct qcand *k, const uint64_t *keys,
    size_t nk)
{
	struct qdoc *d = c->d;
	const struct qsent *q = &d->s[k->s];
	struct qfeat *f;
	size_t i;

	if (grow(&d->feat, d->nfeat, &d->capfeat, sizeof(*d->feat)) < 0)
		return -1;
	if (d->nkeys + nk > d->capkeys) {
		size_t cap = (d->nkeys + nk) * 2;
		uint64_t *p = realloc(d->keys, cap * sizeof(*p));

		if (p == NULL)
			return -1;
		d->keys = p;
		d->capkeys = cap;
	}
	f = &d->feat[d->nfeat++];
	f->cue_start = q->t.w[k->cue].start;
	f->cue_end = q->t.w[k->cue_text ? k->cue + 1 : k->cue].end;
	f->start = q->t.w[k->ca].start;
	f->end = q->t.w[k->cb - 1].end;
	/* as a record has it: a quotation it holds whole, even the
	 * sentences before or after */
	for (i = k->ca; i < k->cb; i++) {
		uint32_t sp = span_of(c, q, i);

		if (sp && in_content(k, i)) {
			const struct qspan *p = &d->span[sp - 1];
			const struct qsent *pa = sent_of(d, p->a);
			const struct qsent *pb = sent_of(d, p->b - 1);

			if (pa->t.w[d->tok[p->a].i].start < f->start)
				f->start = pa->t.w[d->tok[p->a].i].start;
			if (pb->t.w[d->tok[p->b - 1].i].end > f->end)
				f->end = pb->t.w[d->tok[p->b - 1].i].end;
		}
	}
	f->xstart = f->xend = 0;
	if (k->xa < k->xb) {
		f->xstart = q->t.w[k->xa].start;
		f->xend = q->t.w[k->xb - 1].end;
	}
	f->key0 = d->nkeys;
	f->nkeys = nk;
	memcpy(d->keys + d->nkeys, keys, nk * sizeof(*keys));
	d->nkeys += nk;
	return 0;
}

/* ---- which proposals to keep ---- */

static uint64_t
fkey(unsigned tpl, const char *a, const char *b)
{
	uint64_t h = hash_byte(HASH_INIT, (unsigned char)tpl);

	h = hash_add(h, a, strlen(a));
	h = hash_byte(h, 0);
	return mkey(hash_add(h, b, strlen(b)));
}

static const char *
bucket(size_t n)
{
	return n <= 1 ? "1" : n <= 2 ? "2" : n <= 4 ? "4" : n <= 8 ? "8" :
	    n <= 16 ? "16" : n <= 32 ? "32" : "more";
}

/* A word as features see it: lower case if it is a short function word,
 * else its tag. */
static const char *
fword(struct ctx *c, const struct qsent *q, size_t i, char *buf,
    size_t size)
{
	const char *f;
	size_t k, n;

	if (i >= q->t.n)
		return "<none>";
	f = form(q, i);
	n = q->t.w[i].len;
	if (n >= size || n > 8 || (noun(c, q, i) || xpos_starts(c, q, i,
	    "JJ") || xpos_is(c, q, i, "CD")))
		return xpos(c, q, i);
	for (k = 0; k < n; k++)
		buf[k] = (char)(f[k] >= 'A' && f[k] <= 'Z' ? f[k] + 32 : f[k]);
	buf[n] = '\0';
	return buf;
}

/* What kind of source a proposal names: a pronoun by its form, a
 * person, a name, a noun, or none. */
static const char *
source_kind(struct ctx *c, const struct qsent *q, const struct qcand *k,
    char *buf, size_t size)
{
	size_t i;

	if (k->sa >= k->sb)
		return "none";
	if (k->sb == k->sa + 1 && xpos_starts(c, q, k->sa, "PRP"))
		return fword(c, q, k->sa, buf, size);
	for (i = k->sa; i < k->sb; i++)
		if (is_per(c, q, i))
			return "PER";
	for (i = k->sa; i < k->sb; i++)
		if (ner(c, q, i, NULL))
			return "ENT";
	if (xpos_starts(c, q, k->sa, "W"))
		return "wh";
	return xpos(c, q, k->sb - 1);
}

/* The features of proposal k (at most QFEAT_MAX) into keys. */
static size_t
cand_features(struct ctx *c, const struct qcand *k, uint64_t *keys)
{
	static const char *const type[] = { "ccomp", "before", "para",
		"small", "inverted", "trailing", "according", "pattern" };
	static const char *const how[] = { "none", "subj", "agent", "shared",
		"antecedent" };
	const struct qdoc *d = c->d;
	const struct qsent *q = &d->s[k->s];
	char b1[16], b2[16], lem[64];
	const char *ty = type[k->type], *rel, *sk, *qs;
	size_t i, n = 0, words = 0, quoted = 0, finite = 0, v = k->cue;

	if (k->cue_text)
		snprintf(lem, sizeof(lem), "%s", k->cue_text);
	else if (!verb_lemma(c, q, v, lem, sizeof(lem)))
		snprintf(lem, sizeof(lem), "%s", lemma(q, v));
	rel = c->t->parser ? depparser_label(c->t->parser, q->t.w[v].rel) :
	    "";
	sk = source_kind(c, q, k, b1, sizeof(b1));
	for (i = k->ca; i < k->cb; i++) {
		if (!in_content(k, i))
			continue;
		if (letter_or_digit(q, i)) {
			words++;
			quoted += span_of(c, q, i) != 0;
		}
		finite += finite_verb(c, q, i);
	}
	qs = quoted == 0 ? "none" : quoted == words ? "all" : "some";
	keys[n++] = fkey(0, "", "");
	keys[n++] = fkey(1, lem, "");
	keys[n++] = fkey(2, ty, "");
	keys[n++] = fkey(3, ty, lem);
	keys[n++] = fkey(4, xpos(c, q, v), "");
	keys[n++] = fkey(5, rel, "");
	keys[n++] = fkey(6, rel, ty);
	keys[n++] = fkey(7, how[k->how], sk);
	keys[n++] = fkey(8, sk, lem);
	keys[n++] = fkey(9, bucket(words), "");
	keys[n++] = fkey(10, bucket(words), ty);
	keys[n++] = fkey(11, qs, "");
	keys[n++] = fkey(12, qs, lem);
	keys[n++] = fkey(13, qs, ty);
	keys[n++] = fkey(14, finite ? "finite" : "nonfinite", ty);
	keys[n++] = fkey(15, finite ? "finite" : "nonfinite", lem);
	keys[n++] = fkey(16, fword(c, q, k->ca, b2, sizeof(b2)), "");
	keys[n++] = fkey(17, fword(c, q, k->ca ? k->ca - 1 : q->t.n, b2,
	    sizeof(b2)), ty);
	keys[n++] = fkey(18, fword(c, q, v + 1, b2, sizeof(b2)), "");
	keys[n++] = fkey(19, fword(c, q, v ? v - 1 : q->t.n, b2, sizeof(b2)),
	    "");
	keys[n++] = fkey(20, xpos(c, q, v), rel);
	keys[n++] = fkey(21, k->s == 0 ? "first" : k->s == 1 &&
	    d->s[0].para != q->para ? "lead" : d->s[k->s - 1].para !=
	    q->para ? "para" : "inside", ty);
	keys[n++] = fkey(22, k->sa < k->sb ? (k->sa < v ? "before" :
	    "after") : "none", ty);
	keys[n++] = fkey(23, k->xa < k->xb ? "hole" : "whole", qs);
	if (!k->cue_text && c->t->parser)
		for (i = c->d->lo[v]; i <= c->d->hi[v] && n + 2 < QFEAT_MAX;
		    i++) {
			int r;

			if (phead(q, i) != v)
				continue;
			r = prel(c, q, i);
			if (r == R_AUX || r == R_ADVMOD || r == R_IOBJ ||
			    r == R_OBJ || r == R_MARK)
				keys[n++] = fkey(24, depparser_label(c->t->parser,
				    q->t.w[i].rel), fword(c, q, i, b2,
				    sizeof(b2)));
		}
	return n;
}

/* Is candidate k the clause before a sentence-final attribution, "CLAUSE,
 * X said." with a reporting verb and its subject, or the one after
 * "According to X," that opens the sentence, the clause a finite one with
 * a subject of its own?  Whatever else the model weighs, that is reported
 * speech ("The fish will defend the reefs, scientists say."). */
static int
sure_report(struct ctx *c, const struct qcand *k)
{
	const struct qsent *q = &c->d->s[k->s];
	size_t i, from = k->ca;
	int subj = 0, fin = 0;

	if (k->type == CT_ACCORDING) {
		/* "According to X, CLAUSE": the phrase first, its comma */
		if (k->xa != k->ca || k->xb >= k->cb || !is(q, k->xb - 1, ","))
			return 0;
		from = k->xb;
	} else if (k->type != CT_TRAILING || k->sa >= k->sb ||
	    k->quote_only || k->ca != q->dateline || k->sa < 2 ||
	    !is(q, k->sa - 1, ",") || !sentence_final(q, k->cue + 1) ||
	    has_span(c, q, k->ca, k->cb))
		return 0;
	for (i = from; i < k->cb; i++) {
		subj |= prel(c, q, i) == R_NSUBJ || prel(c, q, i) == R_NSUBJPASS;
		fin |= finite_verb(c, q, i);
	}
	return subj && fin;
}

/* Keep the proposals the model keeps, from the from-th on (all with no
 * model); for training, note each one's features. */
static int
judge(struct ctx *c, size_t from)
{
	struct qdoc *d = c->d;
	const struct model *m = &c->lx->model;
	uint64_t keys[QFEAT_MAX];
	size_t j, to = from, nk;
	float sc[2];

	for (j = from; j < d->ncand; j++) {
		struct qcand *k = &d->cand[j];

		nk = cand_features(c, k, keys);
		if (d->learn && learn_cand(c, k, keys, nk) < 0)
			return -1;
		if (m->quote_feats.slot) {
			sc[0] = sc[1] = 0;
			perc_score(&m->quote_feats, m->quote_w, 2, keys, nk, sc);
#ifdef QDEBUG
			{
				const struct qsent *q = &d->s[k->s];
				struct buf t = BUF_INIT;

				add_text(&t, q, k->ca, k->cb);
				fprintf(stderr, "cand %s type %d how %d score %.2f: %.*s\n",
				    form(q, k->cue), k->type, k->how, sc[1] - sc[0],
				    (int)(t.l > 80 ? 80 : t.l), t.s);
				buf_free(&t);
			}
#endif
			if (sc[1] <= sc[0] && !sure_report(c, k))
				continue;
		}
		d->cand[to++] = *k;
	}
	d->ncand = to;
	return 0;
}

/* Where the model keeps the clause after a cue ("Legault said it is
 * likely"), words before its source that open with a gerund and hold
 * no quotation are the speaker's doing, not a second report ("Answering
 * questions from X, who asked ..., Legault said it is likely": an adjunct
 * the parse took for the root); other words there go on the report ("So
 * when Patriot signaled ..., Mr. Barrett said, "we were floored."", and
 * "Bound together by ..., the two nations", a past participle of the
 * report's own subject).
 * Drops such trailing candidates among the from-th on. */
static void
one_clause_a_cue(struct ctx *c, size_t from)
{
	struct qdoc *d = c->d;
	size_t j, k, to = from;

	for (j = from; j < d->ncand; j++) {
		const struct qcand *t = &d->cand[j];
		int after = 0;

		if (t->type == CT_TRAILING && !t->quote_only &&
		    xpos_is(c, &d->s[t->s], t->ca, "VBG") &&
		    !has_span(c, &d->s[t->s], t->ca, t->cb))
			for (k = from; k < d->ncand && !after; k++)
				after = k != j && d->cand[k].cue == t->cue &&
				    d->cand[k].s == t->s &&
				    d->cand[k].type == CT_CCOMP;
		if (!after)
			d->cand[to++] = *t;
	}
	d->ncand = to;
}

/* "One said they were "glad", while another said it was "too late"": a
 * kept report whose source and cue stand in another kept report's
 * content after a contrasting "while", "whereas", ", but" or ", though"
 * is a second report beside the first, not a part of what the first
 * said; the first's content ends before it.  (A report with no such word in front
 * is one the first reports: "officials said police said the man fled".)
 * Ends the contents of the from-th candidates on. */
static void
contrast_ends(struct ctx *c, size_t from)
{
	struct qdoc *d = c->d;
	size_t j, k, e;

	for (j = from; j < d->ncand; j++) {
		struct qcand *t = &d->cand[j];
		const struct qsent *q = &d->s[t->s];

		for (k = from; k < d->ncand; k++) {
			const struct qcand *o = &d->cand[k];

			if (k == j || o->s != t->s || o->cue >= t->cb ||
			    o->cue < t->ca + 4 || (o->sa < o->sb &&
			    (o->sa <= t->ca || o->sb > o->cue)) ||
			    (t->xa < t->xb && o->cue >= t->xa))
				continue;
			/* the word before the source, or a word or two
			 * before the cue when the parse found none */
			e = o->sa < o->sb ? o->sa - 1 : o->cue - 1;
			while (o->sa >= o->sb && e > o->cue - 3 &&
			    !tsent_form_in_ci(&q->t, e, contrast) &&
			    letter_or_digit(q, e))
				e--;
			/* "while" and "whereas" alone, the others after a
			 * comma ("said A, though she noted B") */
			if (e <= t->ca + 1 || !tsent_form_in_ci(&q->t, e,
			    contrast) || !(is_ci(q, e, "while") ||
			    is_ci(q, e, "whereas") || is(q, e - 1, ",")))
				continue;
			if (is(q, e - 1, ","))
				e--;
			if (e < t->cb)
				t->cb = (uint32_t)e;
		}
	}
}

/* The candidates of parsed sentence s. */
static int
sentence_candidates(struct ctx *c, size_t s)
{
	const struct qsent *q = &c->d->s[s];
	size_t v, from = c->d->ncand;
	int kind;

	if (link_line(q))
		return 0;
	if (subtrees(c, s) < 0)
		return -1;
	for (v = 0; v < q->t.n; v++) {
		if (according_candidate(c, s, v) < 0)
			return -1;
		if (span_of(c, q, v) || !xpos_starts(c, q, v, "VB") ||
		    (kind = verb_class(c, q, v)) == 0 ||
		    not_reporting(c, q, v))
			continue;
		if (cue_candidates(c, s, v, kind) < 0)
			return -1;
	}
	/* and what the patterns over words and tags find, where the parse
	 * went wrong: the model weighs both */
	{
		struct last none = { 0, { 0, 0, 0, NONE, NULL, 0, 0 }, 0, 0, 0, 0 };

		c->proposing = 1;
		if (reported_speech(c, s, &none) < 0)
			return -1;
		c->proposing = 0;
	}
	if (judge(c, from) < 0)
		return -1;
	one_clause_a_cue(c, from);
	contrast_ends(c, from);
	return 0;
}

/* Is word i of candidate k's sentence in its content? */
static int
in_content(const struct qcand *k, size_t i)
{
	return i >= k->ca && i < k->cb && (i < k->xa || i >= k->xb);
}

/* Which reported speech holds each quotation: the one with the least
 * content that has words of it (the innermost). */
static void
own_spans(struct ctx *c)
{
	struct qdoc *d = c->d;
	size_t j, i;

	for (j = 0; j < d->ncand; j++) {
		const struct qcand *k = &d->cand[j];
		const struct qsent *q = &d->s[k->s];

		/* with no source, the patterns may find the quotation one */
		if (k->sa == k->sb)
			continue;
		for (i = k->ca; i < k->cb; i++) {
			uint32_t sp = span_of(c, q, i);
			struct qspan *p;

			if (!sp || !in_content(k, i))
				continue;
			p = &d->span[sp - 1];
			if (work_title(d, p) || (k->type == CT_SMALL && p->om ==
			    NONE))
				continue;
			if (p->owner == 0 || d->cand[p->owner - 1].cb -
			    d->cand[p->owner - 1].ca > k->cb - k->ca)
				p->owner = j + 1;
		}
	}
}

static int emit_piece(struct ctx *c, struct qcand *k, size_t a, size_t b,
    const struct who *w);

/* Word i of candidate k's piece [a, ...) is in a quotation another
 * candidate has put on its record: the quotation's owner, number owner +
 * 1, or 0 when no candidate owns it.  When that one's
 * cue is in the piece before i ("claimed she made the decision alone,
 * insisting she was "never pressured""), k's piece ends before the cue
 * and the rest is the other's; else the quotation is the other's and k
 * gives nothing. */
static int
other_report(struct ctx *c, struct qcand *k, size_t a, size_t i,
    size_t owner, const struct who *w)
{
	const struct qcand *o;
	const struct qsent *q = &c->d->s[k->s];

	/* a quotation put on a record by a candidate that owns none */
	if (owner == 0 || owner > c->d->ncand)
		return 0;
	o = &c->d->cand[owner - 1];
	/* a clause after its own cue, with a verb of its own before the
	 * other's cue */
	if (o->s != k->s || k->cue >= a || o->cue <= a || o->cue >= i ||
	    !has_finite(c, q, a, o->cue))
		return 0;
	return emit_piece(c, k, a, o->cue, w);
}

/* One part of candidate k: words [a, b) of its sentence.  The quotation
 * it is, when all its words are quoted ('"Q," he said': direct, all the
 * quotation, even the sentences before); the reported clause with the
 * quotations it holds ('said she wanted to "emphasize" the risk':
 * partial); or the clause (indirect). */
static int
emit_piece(struct ctx *c, struct qcand *k, size_t a, size_t b,
    const struct who *w)
{
	struct qdoc *d = c->d;
	const struct qsent *q = &d->s[k->s];
	size_t i, ga, gb, words = 0, quoted = 0;
	uint32_t one = 0;
	int many = 0;
	enum qkind kind = Q_INDIRECT;

	/* not the sentence's link to the one before ("Meanwhile, X will
	 * defend his title, officials said") */
	while (a + 2 < b && xpos_is(c, q, a, "RB") && is(q, a + 1, ",") &&
	    !span_of(c, q, a))
		a += 2;
	if (!trim_clause(q, &a, &b))
		return 0;
	ga = q->g0 + a;
	gb = q->g0 + b;
	for (i = a; i < b; i++) {
		uint32_t sp = span_of(c, q, i);

		if (sp) {
			struct qspan *p = &d->span[sp - 1];

			if (p->used && p->owner != (size_t)(k - d->cand) + 1)
				return other_report(c, k, a, i, p->owner, w);
			if (one && sp != one)
				many = 1;
			one = sp;
			if (p->a < ga)
				ga = p->a;
			if (p->b > gb)
				gb = p->b;
		}
		if (letter_or_digit(q, i)) {
			words++;
			quoted += sp != 0;
		}
	}
	if (!one && k->quote_only)
		return 0;
	if (one) {
		kind = Q_PARTIAL;
		if (!many && quoted == words) {
			const struct qspan *p = &d->span[one - 1];

			kind = Q_DIRECT;
			ga = p->a, gb = p->b;
		}
		for (i = a; i < b; i++)
			if (span_of(c, q, i))
				d->span[span_of(c, q, i) - 1].used = 1;
	}
	return emit(c, kind, ga, gb, w, &k->event);
}

/* Where "and that" or "but that" joins a second reported clause to the
 * first in k's content ("said the vote was fair and that she would stay"),
 * or NONE. */
static size_t
and_that(struct ctx *c, const struct qcand *k)
{
	const struct qsent *q = &c->d->s[k->s];
	size_t i;

	for (i = k->ca + 2; i + 3 < k->cb; i++)
		if ((is(q, i, "and") || is(q, i, "but")) && is_ci(q, i + 1,
		    "that") && prel(c, q, i + 1) == R_MARK &&
		    !span_of(c, q, i) && !span_of(c, q, i + 1))
			return i;
	return NONE;
}

/* A report the parse found no source for, its cue after a quotation
 * ('"Q," Sen. Claire McCaskill (D-Mo.) said', the name parsed into the
 * quotation): the source the words give, as for a quotation no parse
 * reads (attrib_after()), into w. */
static void
pattern_source(struct ctx *c, struct who *w)
{
	const struct qsent *q = &c->d->s[w->s];
	struct who p = { w->s, 0, 0, NONE, NULL, 0, 0 };
	size_t i;

	for (i = w->cue; i > 0 && !quote_char(form(q, i - 1)); i--)
		;
	if (i > 0 && attrib_after(c, q, i, &p) && p.cue == w->cue &&
	    p.a < p.b) {
		w->a = p.a, w->b = p.b;
		w->ka = p.ka, w->kb = p.kb;
		return;
	}
	/* else the noun phrase right before a reporting verb that reports
	 * ("In a call with analysts, Pfizer chief executive Ian Read said",
	 * the name parsed into the adjunct); not a preposition's ("a report
	 * to Congress suggested", "At the same time police said") */
	p = (struct who){ w->s, 0, 0, NONE, NULL, 0, 0 };
	if (cue_at(c, q, w->cue) && subject_of(c, q, w->cue, 0, &p) &&
	    p.a < p.b && p.b <= w->cue && !has_span(c, q, p.a, p.b) &&
	    !day_word(q, p.b - 1) && !(p.a > 0 && (xpos_is(c, q, p.a - 1,
	    "IN") || xpos_is(c, q, p.a - 1, "TO")))) {
		w->a = p.a, w->b = p.b;
		w->ka = w->kb = 0;
	}
}

/* The event of another candidate of k's cue that is on records, or 0.
 * Candidates are in sentence order (candidates() proposes them sentence
 * by sentence), so those of k's sentence are k's neighbours: looking at
 * them alone keeps a document of many reports linear. */
static unsigned long
cue_event(const struct qdoc *d, const struct qcand *k)
{
	size_t i = (size_t)(k - d->cand), j;

	for (j = i; j > 0 && d->cand[j - 1].s == k->s; j--)
		;
	for (; j < d->ncand && d->cand[j].s == k->s; j++)
		if (d->cand[j].cue == k->cue && d->cand[j].event &&
		    d->cand[j].event != ~0UL)
			return d->cand[j].event;
	return 0;
}

/* Put candidate k on records, in one event with the other candidates of
 * its cue. */
static int
emit_cand(struct ctx *c, struct qcand *k, struct last *last)
{
	struct qdoc *d = c->d;
	struct who w = { k->s, k->sa, k->sb, k->cue, k->cue_text, k->ka,
		k->kb };
	size_t m, nq = d->nq;
	unsigned long ev;

	if (k->event)
		return 0;
	if (w.a >= w.b && w.cue_text == NULL && w.cue != NONE)
		pattern_source(c, &w);
	k->event = cue_event(d, k);
	if (k->xa < k->xb) {
		if (emit_piece(c, k, k->ca, k->xa, &w) < 0 ||
		    emit_piece(c, k, k->xb, k->cb, &w) < 0)
			return -1;
	} else if ((m = and_that(c, k)) != NONE) {
		/* "said A and that B": two things said, two events */
		if (emit_piece(c, k, k->ca, m, &w) < 0)
			return -1;
		ev = k->event;
		k->event = 0;
		if (emit_piece(c, k, m + 2, k->cb, &w) < 0)
			return -1;
		if (k->event == 0)
			k->event = ev;
	} else if (emit_piece(c, k, k->ca, k->cb, &w) < 0) {
		return -1;
	}
	if (k->event == 0)
		k->event = ~0UL;	/* nothing was left: never again */
	if (d->nq > nq) {
		/* a quotation paragraph after it may be the same speaker's:
		 * after a quotation, any speaker; after indirect speech, a
		 * person */
		int quoted = d->q[d->nq - 1].kind != Q_INDIRECT;

		/* a report in a sentence of its own between two quotations
		 * parts them: the second is no continuation of the first */
		if (!quoted && last->quote &&
		    d->q[last->quote - 1].sent != d->q[d->nq - 1].sent)
			last->quote = 0;
		if (quoted || names_person(c, &w)) {
			last->have = 1;
			last->w = w;
			last->para = d->s[k->s].para;
		}
		if (quoted) {
			last->quote = d->nq;
			last_quote_end(c, last);
		}
	}
	return 0;
}

/* ---- the document ---- */

static int
index_words(struct qdoc *d)
{
	size_t s, i, n = 0;

	for (s = 0; s < d->n; s++)
		n += d->s[s].t.n;
	if (n > d->captok) {
		struct qtok *t = realloc(d->tok, n * sizeof(*t));

		if (t == NULL)
			return -1;
		d->tok = t;
		d->captok = n;
	}
	d->ntok = n;
	for (s = n = 0; s < d->n; s++) {
		d->s[s].g0 = n;
		d->s[s].dateline = tsent_dateline_end(&d->s[s].t);
		for (i = 0; i < d->s[s].t.n; i++, n++) {
			d->tok[n].s = (uint32_t)s;
			d->tok[n].i = (uint32_t)i;
			d->tok[n].span = 0;
			/* no content starts with a wire dateline */
			d->tok[n].skip = i < d->s[s].dateline;
		}
	}
	return 0;
}

/* The spans in document order into order[]: pair_double() made spans
 * [0, nd) and pair_single() spans [nd, n), each run in order already, so
 * they merge. */
static void
merge_spans(const struct qspan *sp, size_t nd, size_t n, size_t *order)
{
	size_t i = 0, j = nd, k = 0;

	while (i < nd || j < n)
		order[k++] = j >= n || (i < nd && sp[i].a <= sp[j].a) ? i++ :
		    j++;
}

static int
by_offset(const void *x, const void *y)
{
	const struct quote *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

/* Does tagged sentence q hold a reporting verb, as a verb, or
 * "according to"?  Only such a sentence is parsed. */
static int
has_cue(struct ctx *c, const struct qsent *q)
{
	size_t i;

	for (i = 0; i < q->t.n; i++)
		if ((xpos_starts(c, q, i, "VB") && verb_class(c, q, i)) ||
		    (is_ci(q, i, "according") && is(q, i + 1, "to")))
			return 1;
	return 0;
}

/* Tag every sentence in document order, as news-extract-people does, so
 * that the people are the same: entities, and for a sentence that may
 * report speech (wants_tags) all tags and the parse; then take in the
 * sentence's people. */
static int
tag_document(struct ctx *c)
{
	struct qdoc *d = c->d;
	size_t s;

	for (s = 0; s < d->n; s++) {
		struct qsent *q = &d->s[s];
		unsigned what = PEOPLE_TAGS;

		if (wants_tags(c, q)) {
			what = TAG_ALL;
			q->tagged = 1;
		}
		if (tagger_run(c->t, &q->t, what) < 0 ||
		    people_sentence(c->pp, c->plx, c->t, &q->t, q->sent,
		    q->start) < 0)
			return -1;
		/* the parse, the costly part, only where a cue can read it */
		if (q->tagged && c->t->parser && q->t.n <= QPARSE_MAX &&
		    has_cue(c, q)) {
			if (tagger_run(c->t, &q->t, TAG_PARSE) < 0)
				return -1;
			q->parsed = 1;
		}
	}
	return 0;
}

/* Number the events in the order of their first records. */
static int
number_events(struct qdoc *d)
{
	unsigned long *map, n = 0;
	size_t i;

	if ((map = calloc(d->nevent + 1, sizeof(*map))) == NULL)
		return -1;
	for (i = 0; i < d->nq; i++) {
		unsigned long e = d->q[i].event;

		if (e > d->nevent)
			e = 0;
		if (map[e] == 0)
			map[e] = ++n;
		d->q[i].event = map[e];
	}
	free(map);
	return 0;
}

int
quotes_extract(struct qdoc *d, const struct quotes_lex *lx, struct tagger *t,
    struct people *pp, const struct people_lex *plx)
{
	struct ctx c = { d, lx, t, pp, plx, 0, 0, NULL, 0, 0, 0, 0 };
	struct last last = { 0, { 0, 0, 0, NONE, NULL, 0, 0 }, 0, 0, 0, 0 };
	size_t s, k, j, nd, *order;
	int rc = 0;

	if (tag_document(&c) < 0)
		return -1;
	if (t->parser)
		relmap_for(d, t->parser);
	if (index_words(d) < 0 || pair_double(&c) < 0)
		return -1;
	nd = d->nspan;
	if (pair_single(&c) < 0)
		return -1;
	for (s = 0; s < d->n; s++)
		if (d->s[s].parsed && sentence_candidates(&c, s) < 0)
			return -1;
	own_spans(&c);
	if ((order = malloc((d->nspan + 1) * sizeof(*order))) == NULL)
		return -1;
	merge_spans(d->span, nd, d->nspan, order);
	/* in document order: quotations and reported speech of a sentence
	 * before the next sentence's, so "he" and floating quotations find
	 * the speaker before them */
	k = j = 0;
	for (s = 0; s < d->n && rc == 0; s++) {
		for (; k < d->nspan && d->tok[d->span[order[k]].a].s == s &&
		    rc == 0; k++) {
			struct qspan *sp = &d->span[order[k]];

			if (sp->used)
				continue;
			if (sp->owner)
				rc = emit_cand(&c, &d->cand[sp->owner - 1], &last);
			if (rc == 0 && !sp->used) {
				sp->used = 1;
				rc = attribute_span(&c, sp, &last);
			}
		}
		for (; j < d->ncand && d->cand[j].s == s && rc == 0; j++)
			rc = emit_cand(&c, &d->cand[j], &last);
		if (rc == 0 && d->s[s].tagged && !d->s[s].parsed &&
		    !link_line(&d->s[s]))
			rc = reported_speech(&c, s, &last);
	}
	free(order);
	free(c.pg);
	if (rc < 0 || c.failed)
		return -1;
	if (d->nq > 1)
		qsort(d->q, d->nq, sizeof(*d->q), by_offset);
	return number_events(d);
}
