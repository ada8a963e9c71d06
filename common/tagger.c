#include "tagger.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "lemma.h"
#include "nerbeam.h"
#include "perceptron.h"

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
tsent_add(struct tsent *s, const char *form, size_t len, size_t start,
    size_t end)
{
	struct tword *w;

	if (grow(&s->w, s->n, &s->cap, sizeof(*s->w)) < 0)
		return -1;
	w = &s->w[s->n];
	memset(w, 0, sizeof(*w));
	w->off = (uint32_t)s->forms.l;
	w->len = (uint32_t)len;
	w->start = start;
	w->end = end;
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
	if (!t->names || !t->xpos || !t->upos)
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

int
tagger_load(struct tagger *t, const char *path, char *err, size_t errsize)
{
	memset(t, 0, sizeof(*t));
	if (model_load(&t->m, path, err, errsize) < 0)
		return -1;
	t->mem = calloc(1, sizeof(*t->mem));
	t->scores = calloc(t->m.npos + t->m.nner + 1, sizeof(*t->scores));
	t->wkey = calloc(POS_CACHE, sizeof(*t->wkey));
	t->wscore = calloc((size_t)POS_CACHE * (t->m.npos + 1),
	    sizeof(*t->wscore));
	if (!t->mem || !t->scores || !t->wkey || !t->wscore || split_classes(t) < 0 ||
	    ner_tables(t) < 0 || (t->m.nner && nerbeam_init(&t->beam,
	    t->m.ner_class, t->m.nner) < 0)) {
		tagger_free(t);
		snprintf(err, errsize, "%s: out of memory", path);
		return -1;
	}
	return 0;
}

void
tagger_free(struct tagger *t)
{
	model_free(&t->m);
	free(t->xpos);
	free(t->upos);
	free(t->names);
	free(t->ner_type);
	free(t->mem);
	free(t->ft);
	free(t->pos);
	free(t->scores);
	free(t->wkey);
	free(t->wscore);
	nerbeam_free(&t->beam);
	free(t->labels);
	memset(t, 0, sizeof(*t));
}

const char *
tagger_ner_type(const struct tagger *t, unsigned l, int *begins)
{
	const char *c = t->m.ner_class[l];

	*begins = c[0] == 'B';
	return c[0] == 'O' ? NULL : c + 2;
}

/* ---- tagging ---- */

/* The scores of token i's own POS features, from the cache when the same
 * word (as first word of a sentence or not) was scored before. */
static void
word_scores(struct tagger *t, const struct ftok *ft, size_t i, float *scores)
{
	uint64_t keys[FEAT_MAX], key = mkey(ft[i].form_h ^ ((uint64_t)
	    ft[i].flags << 56));
	size_t slot = hash_mix(key) & (POS_CACHE - 1), nk;
	float *row = t->wscore + slot * t->m.npos;

	if (t->wkey[slot] == key) {
		memcpy(scores, row, t->m.npos * sizeof(*scores));
		return;
	}
	nk = pos_word_features(ft, i, keys);
	memset(scores, 0, t->m.npos * sizeof(*scores));
	perc_score(&t->m.pos_feats, t->m.pos_w, keys, nk, scores);
	memcpy(row, scores, t->m.npos * sizeof(*scores));
	t->wkey[slot] = key;
}

static void
tag_pos(struct tagger *t, const struct ftok *ft, size_t n)
{
	uint64_t keys[FEAT_MAX];
	const struct mslot *d;
	unsigned p1 = FTAG_NONE, p2 = FTAG_NONE;
	size_t i, nk;
	int best;

	for (i = 0; i < n; i++) {
		if ((d = mtable_get(&t->m.pos_dict, ft[i].form_h)) != NULL) {
			best = (int)mslot_a(d);
		} else {
			word_scores(t, ft, i, t->scores);
			nk = pos_context_features(ft, n, i, p1, p2, keys);
			perc_score(&t->m.pos_feats, t->m.pos_w, keys, nk, t->scores);
			best = perc_best(t->scores, t->m.npos, NULL);
		}
		t->pos[i] = (uint16_t)best;
		p2 = p1;
		p1 = (unsigned)best;
	}
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
	unsigned prev = c->p1 == FTAG_NONE ? 0 : c->p1;
	size_t nk, row;

	if (tagger_plainly_outside(t, sc->ft, i, prev))
		return 1;
	if (sc->cached != i) {	/* once a token: what no label changes */
		cx.docmem = mem_get(t->mem, sc->ft[i].norm_h);
		nk = ner_static_features(sc->ft, sc->n, i, &cx, keys);
		memset(sc->base, 0, sizeof(sc->base));
		perc_score(&t->m.ner_feats, t->m.ner_w, keys, nk, sc->base);
		sc->cached = i;
	}
	row = c->p1 < t->m.nner ? c->p1 : t->m.nner;
	if (sc->label_tok[row] != i) {
		nk = ner_label_features(sc->ft, sc->n, i, &cx, keys);
		memcpy(sc->label[row], sc->base, t->m.nner * sizeof(*scores));
		perc_score(&t->m.ner_feats, t->m.ner_w, keys, nk,
		    sc->label[row]);
		sc->label_tok[row] = i;
	}
	nk = ner_path_features(sc->ft, sc->n, i, &cx, keys);
	memcpy(scores, sc->label[row], t->m.nner * sizeof(*scores));
	perc_score(&t->m.ner_feats, t->m.ner_w, keys, nk, scores);
	return 0;
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

int
tagger_tag(struct tagger *t, struct tsent *s)
{
	size_t i;

	if (grow(&t->ft, s->n, &t->capft, sizeof(*t->ft)) < 0 ||
	    grow(&t->pos, s->n, &t->cappos, sizeof(*t->pos)) < 0)
		return -1;
	for (i = 0; i < s->n; i++)
		ftok_init(&t->ft[i], tsent_form(s, i), s->w[i].len, i == 0, &t->m);
	ftok_phrases(t->ft, s->n, &t->m);
	tag_pos(t, t->ft, s->n);
	for (i = 0; i < s->n; i++)
		s->w[i].pos = t->pos[i];
	if (t->m.nner && tag_ner(t, t->ft, s) < 0)
		return -1;
	lemmas(t, s);
	return 0;
}
