#include "tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "depparse.h"
#include "hash.h"
#include "lemma.h"
#include "nerbeam.h"
#include "perceptron.h"
#include "rowcache.h"
#include "utf8.h"

/* The parts of a token's features whose scores are kept (rowcache.h). */
enum part { POS_WORD, POS_LEFT, POS_RIGHT, POS_TAGS, NER_WORD, NER_LEFT,
	NER_RIGHT, NER_POS, NER_AROUND, NER_HEAD, NER_LABEL, NER_PATH, NPART };
_Static_assert(NPART == TAGGER_CACHES, "a cache for each part");

/* ---- sentences ---- */

void
tsent_init(struct tsent *s)
{
	memset(s, 0, sizeof(*s));
}

void
tsent_clear(struct tsent *s)
{
	buf_reset(&s->forms);
	buf_reset(&s->lemmas);
	s->n = 0;
	s->done = 0;
}

void
tsent_free(struct tsent *s)
{
	buf_free(&s->forms);
	buf_free(&s->lemmas);
	free(s->w);
	tsent_init(s);
}

int
tsent_copy(struct tsent *dst, const struct tsent *src)
{
	size_t i;

	tsent_clear(dst);
	if (buf_add(&dst->forms, src->forms.s ? src->forms.s : "",
	    src->forms.l) < 0 || buf_add(&dst->lemmas, src->lemmas.s ?
	    src->lemmas.s : "", src->lemmas.l) < 0)
		return -1;
	for (i = 0; i < src->n; i++) {
		if (grow(&dst->w, i, &dst->cap, sizeof(*dst->w)) < 0)
			return -1;
		dst->w[i] = src->w[i];
	}
	dst->n = src->n;
	dst->done = src->done;
	return 0;
}

int
tsent_add(struct tsent *s, const char *form, size_t len, size_t start,
    size_t end)
{
	struct tword *w;

	if (grow(&s->w, s->n, &s->cap, sizeof(*s->w)) < 0)
		return -1;
	w = &s->w[s->n];
	memset(w, 0, sizeof(*w));
	s->done = 0;
	w->off = (uint32_t)s->forms.l;
	w->len = (uint32_t)len;
	w->start = start;
	w->end = end;
	w->glued = s->n > 0 && s->w[s->n - 1].end == start;
	if (buf_add(&s->forms, form, len) < 0 || buf_addc(&s->forms, '\0') < 0)
		return -1;
	s->n++;
	return 0;
}

/* ---- what earlier mentions in the document were ---- */

#define MEM_SLOTS 4096		/* a power of two; older words are forgotten */

struct docmem {
	uint64_t key[MEM_SLOTS];
	uint16_t type[MEM_SLOTS];
};

static unsigned
mem_get(const struct docmem *m, uint64_t key)
{
	size_t i = key & (MEM_SLOTS - 1);

	return m->key[i] == key ? m->type[i] : FTAG_NONE;
}

static void
mem_put(struct docmem *m, uint64_t key, unsigned type)
{
	size_t i = key & (MEM_SLOTS - 1);

	m->key[i] = key;
	m->type[i] = (uint16_t)type;
}

void
tagger_newdoc(struct tagger *t)
{
	memset(t->mem, 0, sizeof(*t->mem));
}

/* ---- loading ---- */

/* Split each POS class "XPOS\tUPOS" into its two tags. */
static int
split_classes(struct tagger *t)
{
	size_t i, total = 0;
	char *p;

	for (i = 0; i < t->m.npos; i++)
		total += strlen(t->m.pos_class[i]) + 1;
	t->names = malloc(total ? total : 1);
	t->xpos = calloc(t->m.npos + 1, sizeof(*t->xpos));
	t->upos = calloc(t->m.npos + 1, sizeof(*t->upos));
	t->upos_id = calloc(t->m.npos + 1, sizeof(*t->upos_id));
	if (!t->names || !t->xpos || !t->upos || !t->upos_id)
		return -1;
	for (i = 0, p = t->names; i < t->m.npos; i++) {
		char *tab;

		memcpy(p, t->m.pos_class[i], strlen(t->m.pos_class[i]) + 1);
		t->xpos[i] = p;
		tab = strchr(p, '\t');
		t->upos[i] = tab ? tab + 1 : p;
		if (tab)
			*tab = '\0';
		p += strlen(t->m.pos_class[i]) + 1;
	}
	for (i = 0; i < t->m.npos; i++)		/* the first of its UPOS */
		for (t->upos_id[i] = 0; strcmp(t->upos[t->upos_id[i]],
		    t->upos[i]) != 0; t->upos_id[i]++)
			;
	return 0;
}

/* Entity labels "B-PER", "I-PER", ... : the type each belongs to. */
static int
ner_tables(struct tagger *t)
{
	size_t n = t->m.nner, a, b;
	const char **c = t->m.ner_class;

	if ((t->ner_type = calloc(n + 1, sizeof(*t->ner_type))) == NULL)
		return -1;
	for (a = 0; a < n; a++) {
		if (c[a][0] == 'O')
			continue;
		for (b = 0; b < n; b++)
			if (c[b][0] == 'B' && strcmp(c[a] + 1, c[b] + 1) == 0)
				t->ner_type[a] = (unsigned)b;
	}
	return 0;
}

/* The score caches: the POS parts' rows are long (a score for each of
 * about a hundred classes), so fewer of them are kept. */
static int
make_caches(struct tagger *t)
{
	static const size_t slots[NPART] = { 32768, 16384, 16384, 4096,
		32768, 32768, 32768, 8192, 8192, 32768, 32768, 4096 };
	size_t p;

	for (p = 0; p < NPART; p++)
		if (rowcache_init(&t->cache[p], slots[p],
		    p < NER_WORD ? t->m.npos : t->m.nner) < 0)
			return -1;
	t->scores = calloc(t->m.npos + 1, sizeof(float));
	t->fkey = calloc(FACT_CACHE, sizeof(*t->fkey));
	t->facts = calloc(FACT_CACHE, sizeof(*t->facts));
	return t->scores && t->fkey && t->facts ? 0 : -1;
}

int
tagger_load(struct tagger *t, const char *path, char *err, size_t errsize)
{
	memset(t, 0, sizeof(*t));
	if (model_load(&t->m, path, err, errsize) < 0)
		return -1;
	if (t->m.npos == 0) {
		model_free(&t->m);
		snprintf(err, errsize, "%s: no part-of-speech model", path);
		return -1;
	}
	t->mem = calloc(1, sizeof(*t->mem));
	if (!t->mem || make_caches(t) < 0 || split_classes(t) < 0 ||
	    ner_tables(t) < 0 || (t->m.nner && nerbeam_init(&t->beam,
	    t->m.ner_class, t->m.nner) < 0)) {
		tagger_free(t);
		snprintf(err, errsize, "%s: out of memory", path);
		return -1;
	}
	t->beam.margin = NER_MARGIN;
	return 0;
}

void
tagger_free(struct tagger *t)
{
	size_t p;

	model_free(&t->m);
	free(t->xpos);
	free(t->upos);
	free(t->upos_id);
	free(t->names);
	free(t->ner_type);
	free(t->mem);
	free(t->ft);
	free(t->pos);
	free(t->saved_pos);
	free(t->scores);
	free(t->fkey);
	free(t->facts);
	for (p = 0; p < TAGGER_CACHES; p++)
		rowcache_free(&t->cache[p]);
	nerbeam_free(&t->beam);
	free(t->labels);
	if (t->parser) {
		depparser_free(t->parser);
		free(t->parser);
	}
	memset(t, 0, sizeof(*t));
}

unsigned
tagger_gaz_bits(const struct tagger *t, const char *form, size_t len)
{
	const struct mslot *s = mtable_get(&t->m.gaz, ftok_norm_key(form, len));

	return s ? mslot_a(s) & GAZ_CLASSES : 0;
}

int
tagger_common_word(const struct tagger *t, const char *form, size_t len)
{
	char low[64];

	if (len == 0 || len >= sizeof(low))
		return 0;
	memcpy(low, form, len);
	low[0] = (char)ascii_lower((unsigned char)low[0]);
	return mtable_get(&t->m.pos_dict, hash_str(low, len)) != NULL;
}

unsigned
tagger_phrase_bits(const struct tagger *t, size_t i)
{
	return i < t->capft ? t->ft[i].pgaz & GAZ_CLASSES : 0;
}

const char *
tagger_ner_type(const struct tagger *t, unsigned l, int *begins)
{
	const char *c = t->m.ner_class[l];

	*begins = c[0] == 'B';
	return c[0] == 'O' ? NULL : c + 2;
}

const char *
tsent_entity(const struct tagger *t, const struct tsent *s, size_t i)
{
	int begins;

	if (t->m.nner == 0)
		return NULL;
	return tagger_ner_type(t, s->w[i].ner, &begins);
}

int
tsent_entity_is(const struct tagger *t, const struct tsent *s, size_t i,
    const char *type)
{
	const char *e = tsent_entity(t, s, i);

	return e && strcmp(e, type) == 0;
}

int
tsent_entity_begins(const struct tagger *t, const struct tsent *s, size_t i)
{
	int begins;

	return t->m.nner && tagger_ner_type(t, s->w[i].ner, &begins) && begins;
}

size_t
tsent_entity_start(const struct tagger *t, const struct tsent *s, size_t i)
{
	const char *type = tsent_entity(t, s, i);

	if (type == NULL)
		return i;
	while (!tsent_entity_begins(t, s, i) && i > 0 &&
	    tsent_entity_is(t, s, i - 1, type))
		i--;
	return i;
}

size_t
tsent_entity_end(const struct tagger *t, const struct tsent *s, size_t i)
{
	const char *type = tsent_entity(t, s, i);

	if (type == NULL)
		return i + 1;
	for (i++; i < s->n && !tsent_entity_begins(t, s, i) &&
	    tsent_entity_is(t, s, i, type); i++)
		;
	return i;
}

static int
word_is(const struct tsent *s, size_t i, const char *w)
{
	return strcmp(tsent_form(s, i), w) == 0;
}

int
tsent_in_capitals(const struct tsent *s, size_t i)
{
	const char *f = tsent_form(s, i);
	size_t k, n = s->w[i].len, letters = 0;

	for (k = 0; k < n; k++) {
		if (f[k] >= 'A' && f[k] <= 'Z')
			letters++;
		else if (f[k] != '\'' && f[k] != '-' && f[k] != '.')
			return 0;
	}
	return letters >= 2;
}

static int
dateline_dash(const struct tsent *s, size_t i)
{
	static const char *const dash[] = { "_", "-", "--", "\xE2\x80\x93",
		"\xE2\x80\x94", NULL };

	return tsent_form_in(s, i, dash);
}

size_t
tsent_dateline_end(const struct tsent *s)
{
	size_t i = 0, k;

	while (i < s->n && i < 4 && tsent_in_capitals(s, i))
		i++;
	if (i == 0 || i >= s->n)
		return 0;
	if (word_is(s, i, ",")) {	/* ", Thailand", ", Nov. 3" */
		for (k = ++i; i < s->n && i < k + 4 && (tsent_capitalized(s, i) ||
		    (tsent_form(s, i)[0] >= '0' && tsent_form(s, i)[0] <= '9'));
		    i++)
			;
		if (i == k)
			return 0;
	}
	if (i < s->n && word_is(s, i, "(")) {	/* "(AP)" */
		for (k = ++i; i < s->n && i < k + 3 && !word_is(s, i, ")");
		    i++)
			;
		if (i == k || i >= s->n || !word_is(s, i, ")"))
			return 0;
		i++;
	}
	/* a hyphen with space around it, not the one of "ABS-CBN" */
	if (i + 1 >= s->n || !dateline_dash(s, i) || (word_is(s, i, "-") &&
	    (tsent_glued(s, i - 1) || tsent_glued(s, i))))
		return 0;
	return i + 1;
}

/* ---- tagging ---- */

/* scores += the weights of keys[0..nk) in the POS or the entity model. */
static void
pos_score(const struct tagger *t, const uint64_t *keys, size_t nk,
    float *scores)
{
	perc_score(&t->m.pos_feats, t->m.pos_w, t->m.npos, keys, nk, scores);
}

static void
ner_score_keys(const struct tagger *t, const uint64_t *keys, size_t nk,
    float *scores)
{
	perc_score(&t->m.ner_feats, t->m.ner_w, t->m.nner, keys, nk, scores);
}

/* Where a part's features are taken: token i of ft[0..n), the tags p1
 * and p2 before it (POS), or the entity context c. */
struct at {
	const struct ftok *ft;
	size_t n, i;
	unsigned p1, p2;
	const struct nerctx *c;
};

/* The key a part is kept under: what decides its features. */
static uint64_t
part_key(enum part p, const struct at *a)
{
	const struct ftok *w = &a->ft[a->i];

	switch (p) {
	case POS_WORD:		/* first in a sentence or not, capitals, ... */
		return mkey(w->form_h ^ (uint64_t)w->flags << 56);
	case NER_WORD:		/* and the gazetteer phrase it is in */
		return mkey(w->form_h ^ (uint64_t)w->flags << 56 ^
		    (uint64_t)w->pgaz << 40 ^ (uint64_t)w->pbegin << 39);
	case POS_LEFT:
	case NER_LEFT:
		return mkey(ftok_near(a->ft, a->n, a->i, -1)->form_h);
	case POS_RIGHT:
	case NER_RIGHT:
		return mkey(ftok_near(a->ft, a->n, a->i, 1)->form_h);
	case POS_TAGS:
		return ((uint64_t)a->p1 << 16 | a->p2) + 1;
	case NER_POS:
		return ner_pos_key(a->n, a->i, a->c);
	case NER_AROUND:
		return ner_around_key(a->ft, a->n, a->i, a->c);
	case NER_HEAD:
		return ner_head_key(a->ft, a->n, a->i);
	case NER_LABEL:
		return ner_label_key(a->ft, a->n, a->i, a->c);
	case NER_PATH:
		return ner_path_key(a->ft, a->n, a->i, a->c);
	default:
		return 1;
	}
}

static size_t
part_features(enum part p, const struct at *a, uint64_t *keys)
{
	const struct ftok *ft = a->ft;
	size_t n = a->n, i = a->i;

	switch (p) {
	case POS_WORD:
		return pos_word_features(ft, i, keys);
	case POS_LEFT:
		return pos_left_features(ftok_near(ft, n, i, -1), keys);
	case POS_RIGHT:
		return pos_right_features(ftok_near(ft, n, i, 1), keys);
	case POS_TAGS:
		return pos_tag_features(a->p1, a->p2, keys);
	case NER_WORD:
		return ner_word_features(&ft[i], keys);
	case NER_LEFT:
		return ner_left_features(ftok_near(ft, n, i, -1), keys);
	case NER_RIGHT:
		return ner_right_features(ftok_near(ft, n, i, 1), keys);
	case NER_POS:
		return ner_pos_features(n, i, a->c, keys);
	case NER_AROUND:
		return ner_around_features(ft, n, i, a->c, keys);
	case NER_HEAD:
		return ner_head_features(ft, n, i, keys);
	case NER_LABEL:
		return ner_label_features(ft, n, i, a->c, keys);
	case NER_PATH:
		return ner_path_features(ft, n, i, a->c, keys);
	default:
		return 0;
	}
}

/* The scores of part p of the features at a: a row of the cache, summed
 * when the same word (or tags, or classes) did not come before. */
static const float *
part_row(struct tagger *t, enum part p, const struct at *a)
{
	struct rowcache *c = &t->cache[p];
	int fresh;
	float *row = rowcache_row(c, part_key(p, a), &fresh);

	if (fresh) {
		uint64_t keys[FEAT_MAX];
		size_t nk = part_features(p, a, keys);

		if (p < NER_WORD)
			pos_score(t, keys, nk, row);
		else
			ner_score_keys(t, keys, nk, row);
	}
	return row;
}

/* scores = the sum of parts [first, last] of the features at a; each
 * part has a cache of its own, so that the rows stay where they are. */
static void
sum_parts(struct tagger *t, enum part first, enum part last,
    const struct at *a, float *scores)
{
	const float *rows[NPART];
	enum part p;

	for (p = first; p <= last; p++)
		rows[p - first] = part_row(t, p, a);
	rows_sum(scores, rows, (size_t)(last - first + 1),
	    t->cache[first].nclass);
}

/* Tag the parts of speech of the words before end that are not tagged
 * yet.  Tagging goes left to right, each tag a feature of the next two
 * words, so the words up to end can be tagged without those after them:
 * the entity search asks only for the tags around the words it scores. */
static void
pos_until(struct tagger *t, const struct ftok *ft, size_t n, size_t end)
{
	uint64_t keys[FEAT_MAX];
	const struct mslot *d;
	struct at a = { ft, n, t->pos_next, t->pos_p1, t->pos_p2, NULL };
	size_t nk;
	float *scores = t->scores;
	unsigned best;

	for (; a.i < n && a.i < end; a.i++) {
		if ((d = mtable_get(&t->m.pos_dict, ft[a.i].form_h)) != NULL &&
		    mslot_a(d) < t->m.pos_dict.limit) {
			best = mslot_a(d);
		} else {
			sum_parts(t, POS_WORD, POS_TAGS, &a, scores);
			nk = pos_pair_features(ft, n, a.i, a.p1, keys);
			pos_score(t, keys, nk, scores);
			best = (unsigned)perc_best(scores, t->m.npos, NULL);
		}
		t->pos[a.i] = (uint16_t)best;
		a.p2 = a.p1;
		a.p1 = best;
	}
	t->pos_next = a.i;
	t->pos_p1 = a.p1;
	t->pos_p2 = a.p2;
}

/* A frequent lower-case word with one part of speech ("the", "of", ",")
 * outside an entity starts none: the model is not asked.  Names are
 * neither unambiguous nor frequent enough to be in the POS dictionary. */
int
tagger_plainly_outside(const struct tagger *t, const struct ftok *ft, size_t i,
    unsigned prev)
{
	return prev == 0 && !(ft[i].flags & FT_UPPER) && ft[i].gaz == 0 &&
	    mtable_get(&t->m.pos_dict, ft[i].form_h) != NULL;
}

/* In tagging, any word that starts with a lower-case letter, after O and
 * outside the gazetteers, is taken as outside too.  Training still gives
 * the model these words, as examples of what is not a name; but the model
 * so trained almost never starts an entity on one, and not asking it saves
 * an eighth of news-tag's time.  Measured on UNER EWT dev, where one entity in
 * fourteen starts in lower case ("kerala", "taco bell"): F1 0.7331
 * instead of 0.7295, as the beam keeps better hypotheses; retraining with
 * this rule did worse on the sample articles' people. */
static int
lower_after_outside(const struct ftok *ft, size_t i, unsigned prev)
{
	return prev == 0 && (ft[i].flags & FT_LOWER) &&
	    (ft[i].gaz & ~GAZ_HEADS) == 0 && ft[i].pgaz == 0;
}

/* The scores of token i for the beam search (nerbeam.h). */
struct ner_scoring {
	struct tagger *t;
	const struct ftok *ft;
	size_t n;
	size_t cached;			/* token whose static scores are kept */
	float base[NERBEAM_MAXLABEL];	/* them */
	/* and the scores of the label-before features, by that label (the
	 * last row for none), for the token each row was made for */
	size_t label_tok[NERBEAM_MAXLABEL + 1];
	float label[NERBEAM_MAXLABEL + 1][NERBEAM_MAXLABEL];
};

static int
ner_score(void *ctx, size_t i, const struct nerctx *c, float *scores)
{
	struct ner_scoring *sc = ctx;
	struct tagger *t = sc->t;
	uint64_t keys[FEAT_MAX];
	struct nerctx cx = *c;
	struct at a = { sc->ft, sc->n, i, 0, 0, &cx };
	unsigned prev = c->p1 == FTAG_NONE ? 0 : c->p1;
	size_t nk, row;

	if (tagger_plainly_outside(t, sc->ft, i, prev) ||
	    lower_after_outside(sc->ft, i, prev))
		return 1;
	pos_until(t, sc->ft, sc->n, i + 2);	/* its tag and its neighbours' */
	if (sc->cached != i) {	/* once a token: what no label changes */
		cx.docmem = mem_get(t->mem, sc->ft[i].norm_h);
		sum_parts(t, NER_WORD, NER_HEAD, &a, sc->base);
		nk = ner_far_features(sc->ft, sc->n, i, keys);
		nk += ner_pair_features(sc->ft, sc->n, i, keys + nk);
		ner_score_keys(t, keys, nk, sc->base);
		sc->cached = i;
	}
	row = c->p1 < t->m.nner ? c->p1 : t->m.nner;
	if (sc->label_tok[row] != i) {
		memcpy(sc->label[row], sc->base, t->m.nner * sizeof(*scores));
		row_add(sc->label[row], part_row(t, NER_LABEL, &a), t->m.nner);
		sc->label_tok[row] = i;
	}
	memcpy(scores, sc->label[row], t->m.nner * sizeof(*scores));
	row_add(scores, part_row(t, NER_PATH, &a), t->m.nner);
	return 0;
}

/* The document remembers the initials of each entity of two or more
 * capitalised words with its type, as the trainer does (train/main.c),
 * so that "HANO" after "Housing Authority of New Orleans" is known. */
static void
remember_acronyms(struct tagger *t, const struct ftok *ft,
    const struct tsent *s)
{
	size_t i = 0, j;
	uint64_t key;

	while (i < s->n) {
		unsigned type = t->ner_type[s->w[i].ner];

		if (s->w[i].ner == 0) {
			i++;
			continue;
		}
		for (j = i + 1; j < s->n && s->w[j].ner != 0 &&
		    s->w[j].ner != type && t->ner_type[s->w[j].ner] == type; j++)
			;
		if ((key = ner_acronym_key(ft, i, j)) != 0)
			mem_put(t->mem, key, type);
		i = j;
	}
}

static int
tag_ner(struct tagger *t, const struct ftok *ft, struct tsent *s)
{
	struct ner_scoring sc = { t, ft, s->n, (size_t)-1, { 0 }, { 0 },
	    { { 0 } } };
	size_t i, stop;

	for (i = 0; i <= NERBEAM_MAXLABEL; i++)
		sc.label_tok[i] = (size_t)-1;

	if (grow(&t->labels, s->n, &t->caplabels, sizeof(*t->labels)) < 0 ||
	    nerbeam_decode(&t->beam, s->n, ner_score, &sc, t->pos, NULL,
	    t->labels, &stop) < 0)
		return -1;
	for (i = 0; i < s->n; i++)
		s->w[i].ner = t->labels[i];
	for (i = 0; i < s->n; i++)
		if (s->w[i].ner && (ft[i].flags & FT_UPPER))
			mem_put(t->mem, ft[i].norm_h, t->ner_type[s->w[i].ner]);
	remember_acronyms(t, ft, s);
	return 0;
}

static void
lemmas(struct tagger *t, struct tsent *s)
{
	size_t i, before;

	buf_reset(&s->lemmas);
	for (i = 0; i < s->n; i++) {
		before = s->lemmas.l;
		lemmatize(&s->lemmas, &t->m, tsent_form(s, i), s->w[i].len,
		    t->xpos[s->w[i].pos]);
		s->w[i].loff = (uint32_t)before;
		s->w[i].llen = (uint32_t)(s->lemmas.l - before);
		buf_addc(&s->lemmas, '\0');
	}
}

/* ftok_init(), from the facts kept of the same word before: most of a
 * text's words came before, and hashing their affixes and looking up their
 * classes is a good part of the work. */
static void
word_facts(struct tagger *t, struct ftok *f, const char *form, size_t len,
    int first)
{
	uint64_t key = mkey(hash_str(form, len));
	size_t slot = hash_mix(key) & (FACT_CACHE - 1);

	if (t->fkey[slot] == key) {
		*f = t->facts[slot];
		f->form = form;
	} else {
		ftok_init(f, form, len, 0, &t->m);
		t->facts[slot] = *f;
		t->fkey[slot] = key;
	}
	if (first)
		f->flags |= FT_FIRST;
}

static int
same(const char *a, const char *b, size_t bn)
{
	return strlen(a) == bn && memcmp(a, b, bn) == 0;
}

int
tagger_class_of(const struct tagger *t, const char *xpos, size_t xn,
    const char *upos, size_t un)
{
	size_t i;
	int byx = -1, byu = -1;

	for (i = 0; i < t->m.npos; i++) {
		int x = same(t->xpos[i], xpos, xn), u = same(t->upos[i], upos, un);

		if (x && u)
			return (int)i;
		if (x && byx < 0)
			byx = (int)i;
		if (u && byu < 0)
			byu = (int)i;
	}
	return byx >= 0 ? byx : byu;
}

unsigned
tagger_label_of(const struct tagger *t, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < t->m.nner; i++)
		if (same(t->m.ner_class[i], s, n))
			return (unsigned)i;
	return 0;
}

int
tagger_load_parser(struct tagger *t, const char *path, char *err,
    size_t errsize)
{
	struct depparser *p = calloc(1, sizeof(*p));

	if (p == NULL) {
		snprintf(err, errsize, "%s: out of memory", path);
		return -1;
	}
	if (depparser_load(p, path, err, errsize) < 0) {
		free(p);
		return -1;
	}
	if (t->parser) {
		depparser_free(t->parser);
		free(t->parser);
	}
	t->parser = p;
	return 0;
}

/* Label name's number + 1, or (unsigned)-1, which no label matches, when
 * the entity model has no such label. */
static unsigned
person_label(const struct tagger *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->m.nner; i++)
		if (strcmp(t->m.ner_class[i], name) == 0)
			return (unsigned)i + 1;
	return (unsigned)-1;	/* no label + 1 equals it */
}

/* Has word i of s the label whose number + 1 is l1? */
static int
has_label(const struct tsent *s, size_t i, unsigned l1)
{
	return (unsigned)s->w[i].ner + 1 == l1;
}

/* Is word i of s a capitalised word of a person's name of two words or
 * more that begins with a given name the lists know, tagged ADJ, NOUN or
 * VERB?  (The given name keeps out titles the entity model took for a
 * name: "a Republican National Committeeman".) */
static int
name_word(const struct tagger *t, const struct tsent *s, size_t i)
{
	static const char *const open[] = { "ADJ", "NOUN", "VERB", NULL };
	const char *u = t->upos[s->w[i].pos];
	size_t k, a = i;

	if (!(t->ft[i].flags & FT_UPPER) || !(has_label(s, i, t->iper1) ||
	    (has_label(s, i, t->bper1) && i + 1 < s->n && has_label(s, i + 1,
	    t->iper1))))
		return 0;
	while (a > 0 && has_label(s, a, t->iper1))
		a--;
	if (!(t->ft[a].gaz & GAZ_FIRST))
		return 0;
	for (k = 0; open[k]; k++)
		if (strcmp(u, open[k]) == 0)
			return 1;
	return 0;
}

/* Parse s, its person names read as proper nouns: the words of a name of
 * two or more the entity model found, capitalised, that the POS model
 * took for an adjective, a common noun or a verb ("Jeremy Dear", "Mark
 * Hope", "Ray Walker") would cut the name in two for the parser. */
static int
parse_names(struct tagger *t, struct tsent *s)
{
	size_t i;
	int nnp, rc;

	if (t->nnp1 == 0) {	/* once: the classes do not change */
		t->nnp1 = tagger_class_of(t, "NNP", 3, "PROPN", 5) + 1;
		t->bper1 = person_label(t, "B-PER");
		t->iper1 = person_label(t, "I-PER");
	}
	nnp = t->nnp1 - 1;
	if (grow(&t->saved_pos, s->n, &t->capsaved, sizeof(*t->saved_pos)) < 0)
		return -1;
	for (i = 0; i < s->n; i++) {
		t->saved_pos[i] = s->w[i].pos;
		if (nnp >= 0 && name_word(t, s, i))
			s->w[i].pos = (uint16_t)nnp;
	}
	rc = depparser_parse(t->parser, t->ft, t->upos_id, s);
	for (i = 0; i < s->n; i++)
		s->w[i].pos = t->saved_pos[i];
	return rc;
}

int
tagger_run(struct tagger *t, struct tsent *s, unsigned what)
{
	size_t i;

	if ((what & TAG_PARSE) && t->parser == NULL)
		return -1;
	if (what & (TAG_LEMMAS | TAG_PARSE))	/* they look at the POS */
		what |= TAG_POS;
	if (what & TAG_PARSE)		/* and the parse at the names */
		what |= TAG_ENTITIES;
	what &= ~s->done;
	if (what == 0)
		return 0;
	if (grow(&t->ft, s->n, &t->capft, sizeof(*t->ft)) < 0 ||
	    grow(&t->pos, s->n, &t->cappos, sizeof(*t->pos)) < 0)
		return -1;
	for (i = 0; i < s->n; i++)
		word_facts(t, &t->ft[i], tsent_form(s, i), s->w[i].len, i == 0);
	ftok_phrases(t->ft, s->n, &t->m);
	t->pos_next = 0;
	t->pos_p1 = t->pos_p2 = FTAG_NONE;
	if ((what & TAG_ENTITIES) && t->m.nner && tag_ner(t, t->ft, s) < 0)
		return -1;
	if (what & TAG_POS) {
		pos_until(t, t->ft, s->n, s->n);
		for (i = 0; i < s->n; i++)
			s->w[i].pos = t->pos[i];
	}
	if (what & TAG_LEMMAS)
		lemmas(t, s);
	if ((what & TAG_PARSE) && parse_names(t, s) < 0)
		return -1;
	s->done |= what;
	return 0;
}

int
tagger_facts(struct tagger *t, const struct tsent *s)
{
	size_t i;

	if (grow(&t->ft, s->n, &t->capft, sizeof(*t->ft)) < 0)
		return -1;
	for (i = 0; i < s->n; i++)
		word_facts(t, &t->ft[i], tsent_form(s, i), s->w[i].len, i == 0);
	ftok_phrases(t->ft, s->n, &t->m);
	return 0;
}

int
tagger_tag(struct tagger *t, struct tsent *s)
{
	return tagger_run(t, s, TAG_ALL);
}
