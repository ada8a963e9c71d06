#include "depparse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "hash.h"
#include "perceptron.h"
#include "tagger.h"

/* ---- the beam ---- */

int
depbeam_init(struct depbeam *b, int k, size_t nclass)
{
	memset(b, 0, sizeof(*b));
	if (k < 1 || k > DEP_BEAM_MAX)
		return -1;
	b->k = k;
	b->nclass = nclass;
	b->cur = calloc((size_t)k, sizeof(*b->cur));
	b->next = calloc((size_t)k, sizeof(*b->next));
	b->cand = calloc((size_t)k + 1, sizeof(*b->cand));
	b->scores = calloc(nclass, sizeof(*b->scores));
	b->legal = malloc(32 * nclass);
	if (!b->cur || !b->next || !b->cand || !b->scores || !b->legal) {
		depbeam_free(b);
		return -1;
	}
	return 0;
}

void
depbeam_free(struct depbeam *b)
{
	free(b->cur);
	free(b->next);
	free(b->cand);
	free(b->scores);
	free(b->legal);
	memset(b, 0, sizeof(*b));
}

void
depbeam_start(struct depbeam *b, const struct depconf *c)
{
	b->cur[0] = c;
	b->ncur = 1;
}

/* Keep x among the n best candidates of cand[], best first: those found
 * earlier win ties, so it goes after every one that scores as high. */
static void
keep(struct depcand *cand, size_t *n, size_t k, const struct depcand *x)
{
	size_t i = *n;

	if (i == k && !(x->score > cand[k - 1].score))
		return;
	if (i == k)
		i--;
	while (i > 0 && x->score > cand[i - 1].score) {
		cand[i] = cand[i - 1];
		i--;
	}
	cand[i] = *x;
	if (*n < k)
		(*n)++;
}

/* The classes legal for the moves (depconf_moves()), one byte each. */
static const uint8_t *
legal_classes(struct depbeam *b, const struct depsys *d, unsigned moves)
{
	uint8_t *legal = b->legal + (size_t)moves * b->nclass;
	size_t c;

	if (b->legal_root != d->root) {
		b->legal_root = d->root;
		b->legal_done = 0;
	}
	if (!(b->legal_done >> moves & 1)) {
		for (c = 0; c < b->nclass; c++)
			legal[c] = (uint8_t)dep_move_legal(d, moves, (unsigned)c);
		b->legal_done |= 1u << moves;
	}
	return legal;
}

int
depbeam_step(struct depbeam *b, struct depsys *d, const struct depword *w,
    dep_score_fn *score, void *ctx)
{
	struct depcand x;
	const struct depconf **t;
	const uint8_t *legal;
	size_t i, nc = 0;
	unsigned moves, c;

	for (i = 0; i < b->ncur; i++) {
		const struct depconf *conf = b->cur[i];

		if ((moves = depconf_moves(d, conf)) == 0)
			continue;
		legal = legal_classes(b, d, moves & 31);
		memset(b->scores, 0, b->nclass * sizeof(*b->scores));
		score(ctx, d, conf, w, b->scores);
		x.conf = (uint32_t)i;
		for (c = 0; c < b->nclass; c++) {
			if (!legal[c])
				continue;
			x.score = conf->score + b->scores[c];
			x.cls = (uint16_t)c;
			keep(b->cand, &nc, (size_t)b->k, &x);
		}
	}
	if (b->margin > 0)	/* candidates are best first */
		while (nc > 1 && b->cand[nc - 1].score < b->cand[0].score -
		    b->margin)
			nc--;
	for (i = 0; i < nc; i++) {
		struct depconf *n = depconf_apply(d, b->cur[b->cand[i].conf],
		    b->cand[i].cls);

		if (n == NULL)
			return -1;
		n->score = b->cand[i].score;
		b->next[i] = n;
	}
	if (nc == 0)		/* every configuration was done */
		return 0;
	t = b->cur;
	b->cur = b->next;
	b->next = t;
	b->ncur = nc;
	return 0;
}

/* ---- the parser ---- */

static int
label_of(const struct model *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->ndep; i++)
		if (strcmp(m->dep_label[i], name) == 0)
			return (int)i;
	return -1;
}

/* The scores of the features one node or b decides, kept for the
 * sentence (depparser.s0rows, brows). */
static const float *
cached_row(struct depparser *p, float *rows, uint8_t *done, size_t i,
    const uint64_t *keys, size_t nk)
{
	float *row = rows + i * p->nclass;

	if (!done[i]) {
		memset(row, 0, p->nclass * sizeof(*row));
		perc_score(&p->m.dep_feats, p->m.dep_w, p->nclass, keys, nk, row);
		done[i] = 1;
	}
	return row;
}

/* The scores of the context features keys[0..nk), from the cache or
 * scored and kept there; the same keys always give the same row. */
static const float *
context_row(struct depparser *p, const uint64_t *keys, size_t nk)
{
	uint64_t h = HASH_INIT ^ nk;
	size_t i, slot;
	float *row;

	for (i = 0; i < nk; i++)	/* FNV-1a a key at a time */
		h = (h ^ keys[i]) * 1099511628211ULL;
	slot = (size_t)hash_mix(h) & (DEP_CTX_SLOTS - 1);
	row = p->ctxrows + slot * p->nclass;
	if (p->ctxhash[slot] == h && p->ctxn[slot] == nk &&
	    memcmp(p->ctxkeys + slot * DEP_FEAT_MAX, keys,
	    nk * sizeof(*keys)) == 0)
		return row;
	memset(row, 0, p->nclass * sizeof(*row));
	perc_score(&p->m.dep_feats, p->m.dep_w, p->nclass, keys, nk, row);
	memcpy(p->ctxkeys + slot * DEP_FEAT_MAX, keys, nk * sizeof(*keys));
	p->ctxhash[slot] = h;
	p->ctxn[slot] = (uint32_t)nk;
	return row;
}

static void
model_score(void *ctx, const struct depsys *d, const struct depconf *c,
    const struct depword *w, float *scores)
{
	struct depparser *p = ctx;
	uint64_t keys[DEP_FEAT_MAX];
	size_t nk = 0, s0 = (size_t)c->top->i, b = (size_t)c->b;
	const float *rows[3];

	if (!p->s0done[s0])
		nk = dep_s0_features(w, c->top->i, keys);
	rows[0] = cached_row(p, p->s0rows, p->s0done, s0, keys, nk);
	if (!p->bdone[b])
		nk = dep_buffer_features(d, w, b, keys);
	rows[1] = cached_row(p, p->brows, p->bdone, b, keys, nk);
	nk = dep_context_features(d, c, w, keys);
	rows[2] = context_row(p, keys, nk);
	/* in one pass, the same floats as adding each row in turn */
	rows_sum(scores, rows, 3, p->nclass);
}

int
depparser_load(struct depparser *p, const char *path, char *err,
    size_t errsize)
{
	int root, joint;

	memset(p, 0, sizeof(*p));
	if (model_load(&p->m, path, err, errsize) < 0)
		return -1;
	if (p->m.ndep == 0 || p->m.dep_feats.slot == NULL ||
	    (root = label_of(&p->m, "root")) < 0) {
		model_free(&p->m);
		snprintf(err, errsize, "%s: no parsing model", path);
		return -1;
	}
	/* what joins the windows of a long sentence: "parataxis", else
	 * "dep", else any label but root */
	if ((joint = label_of(&p->m, "parataxis")) < 0 &&
	    (joint = label_of(&p->m, "dep")) < 0)
		joint = root == 0 && p->m.ndep > 1 ? 1 : 0;
	p->root = (unsigned)root;
	p->joint = (unsigned)joint;
	p->nclass = 2 + 2 * p->m.ndep;
	p->beam = p->m.dep_beam ? (int)p->m.dep_beam : 1;
	depsys_init(&p->sys);
	/* the rows of a window's nodes 0..DEP_WINDOW and fronts 1..+1 */
	p->s0rows = calloc((DEP_WINDOW + 2) * p->nclass, sizeof(float));
	p->brows = calloc((DEP_WINDOW + 2) * p->nclass, sizeof(float));
	p->s0done = calloc(DEP_WINDOW + 2, 1);
	p->bdone = calloc(DEP_WINDOW + 2, 1);
	p->ctxrows = calloc(DEP_CTX_SLOTS * p->nclass, sizeof(float));
	p->ctxkeys = calloc(DEP_CTX_SLOTS * DEP_FEAT_MAX, sizeof(uint64_t));
	p->ctxhash = calloc(DEP_CTX_SLOTS, sizeof(uint64_t));
	p->ctxn = malloc(DEP_CTX_SLOTS * sizeof(uint32_t));
	if (p->ctxn)	/* no slot holds keys yet */
		memset(p->ctxn, 0xff, DEP_CTX_SLOTS * sizeof(uint32_t));
	if (!p->s0rows || !p->brows || !p->s0done || !p->bdone ||
	    !p->ctxrows || !p->ctxkeys || !p->ctxhash || !p->ctxn ||
	    depbeam_init(&p->b, p->beam, p->nclass) < 0) {
		depparser_free(p);
		snprintf(err, errsize, "%s: out of memory or damaged model", path);
		return -1;
	}
	p->b.margin = DEP_MARGIN;
	return 0;
}

int
depparser_set_beam(struct depparser *p, int k)
{
	struct depbeam b;

	if (depbeam_init(&b, k, p->nclass) < 0)
		return -1;
	b.margin = p->b.margin;
	depbeam_free(&p->b);
	p->b = b;
	p->beam = k;
	return 0;
}

void
depparser_free(struct depparser *p)
{
	model_free(&p->m);
	depsys_free(&p->sys);
	depbeam_free(&p->b);
	free(p->w);
	free(p->s0rows);
	free(p->brows);
	free(p->s0done);
	free(p->bdone);
	free(p->ctxrows);
	free(p->ctxkeys);
	free(p->ctxhash);
	free(p->ctxn);
	free(p->head);
	free(p->rel);
	memset(p, 0, sizeof(*p));
}

int
depparser_label_of(const struct depparser *p, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < p->m.ndep; i++)
		if (strlen(p->m.dep_label[i]) == n &&
		    memcmp(p->m.dep_label[i], s, n) == 0)
			return (int)i;
	return -1;
}

const char *
depparser_label(const struct depparser *p, unsigned rel)
{
	return rel < p->m.ndep ? p->m.dep_label[rel] : "dep";
}

static int
arcs_room(struct depparser *p, size_t n)
{
	int32_t *head;
	uint16_t *rel;

	if (n <= p->caphead)
		return 0;
	if ((head = realloc(p->head, n * sizeof(*head))) == NULL)
		return -1;
	p->head = head;
	if ((rel = realloc(p->rel, n * sizeof(*rel))) == NULL)
		return -1;
	p->rel = rel;
	p->caphead = n;
	return 0;
}

/* Parse words [first, first + n) of s as one tree; its root's head is
 * left 0. */
static int
parse_window(struct depparser *p, const struct ftok *ft,
    const uint16_t *upos_id, struct tsent *s, size_t first, size_t n)
{
	const struct depconf *c;
	size_t i, steps;

	if (grow(&p->w, n + 1, &p->capw, sizeof(*p->w)) < 0 ||
	    (c = depsys_start(&p->sys, n, p->root)) == NULL)
		return -1;
	depword_root(&p->w[0]);
	for (i = 0; i < n; i++)
		depword_set(&p->w[i + 1], &ft[first + i], s->w[first + i].pos,
		    upos_id[s->w[first + i].pos]);
	memset(p->s0done, 0, n + 2);
	memset(p->bdone, 0, n + 2);
	depbeam_start(&p->b, c);
	for (steps = 0; steps < 2 * n; steps++)
		if (depbeam_step(&p->b, &p->sys, p->w, model_score, p) < 0)
			return -1;
	for (i = 0; i <= n; i++) {
		p->head[i] = 0;
		p->rel[i] = (uint16_t)p->root;
	}
	depconf_arcs(p->b.cur[0], p->head, p->rel);
	for (i = 0; i < n; i++) {
		s->w[first + i].head = p->head[i + 1] ?
		    (uint32_t)(first + (size_t)p->head[i + 1]) : 0;
		s->w[first + i].rel = (uint8_t)p->rel[i + 1];
	}
	return 0;
}

int
depparser_parse(struct depparser *p, const struct ftok *ft,
    const uint16_t *upos_id, struct tsent *s)
{
	size_t first, n, i, root = 0, body;

	if (s->n == 0)
		return 0;
	if (arcs_room(p, s->n < DEP_WINDOW ? s->n + 1 : DEP_WINDOW + 1) < 0)
		return -1;
	/* a wire dateline ("BANGKOK, Thailand (AP) _") is no part of the
	 * story's clause: parsed with it, it took the root and left the
	 * clause in pieces */
	body = tsent_dateline_end(s);
	for (first = body; first < s->n; first += n) {
		n = s->n - first < DEP_WINDOW ? s->n - first : DEP_WINDOW;
		if (parse_window(p, ft, upos_id, s, first, n) < 0)
			return -1;
		for (i = first; i < first + n; i++) {
			if (s->w[i].head != 0)
				continue;
			if (first > body) {	/* a later window's root */
				s->w[i].head = (uint32_t)root;
				s->w[i].rel = (uint8_t)p->joint;
			} else {
				root = i + 1;
			}
		}
	}
	if (body > 0) {		/* the dateline hangs from the story's root */
		if (parse_window(p, ft, upos_id, s, 0, body) < 0)
			return -1;
		for (i = 0; i < body; i++)
			if (s->w[i].head == 0) {
				s->w[i].head = (uint32_t)root;
				s->w[i].rel = (uint8_t)p->joint;
			}
	}
	return 0;
}
