#include "nerbeam.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* A hypothesis of the beam extended by one label: small, as a token can
 * have a few dozen and they are sorted; the rest of its history is that
 * of beam hypothesis from. */
struct cand {
	float score;
	uint8_t from;		/* the hypothesis it extends */
	uint8_t label;
	uint8_t gold;		/* the gold sequence so far */
};

int
nerbeam_init(struct nerbeam *b, const char *const *labels, size_t n)
{
	size_t a, c;

	memset(b, 0, sizeof(*b));
	if (n == 0 || n > NERBEAM_MAXLABEL)
		return -1;
	b->nlabel = n;
	for (a = 0; a < n; a++) {
		b->begins[a] = labels[a][0] == 'B';
		for (c = 0; c < n; c++)	/* I-X only after B-X or I-X */
			b->legal[a * n + c] = labels[c][0] != 'I' ||
			    (labels[a][0] != 'O' &&
			    strcmp(labels[a] + 1, labels[c] + 1) == 0);
	}
	return 0;
}

void
nerbeam_free(struct nerbeam *b)
{
	free(b->trail);
	b->trail = NULL;
	b->captrail = 0;
}

/* Better first: by score, ties by history, then label. */
static inline int
cand_before(const struct cand *a, const struct cand *b)
{
	if (a->score != b->score)
		return a->score > b->score;
	if (a->from != b->from)
		return a->from < b->from;
	return a->label < b->label;
}

/* Sort, best first: an insertion sort, as there are a few dozen at most
 * and qsort's indirect calls cost more than the comparisons. */
static void
sort_cands(struct cand *c, size_t n)
{
	size_t i, j;
	struct cand t;

	for (i = 1; i < n; i++) {
		t = c[i];
		for (j = i; j > 0 && cand_before(&t, &c[j - 1]); j--)
			c[j] = c[j - 1];
		c[j] = t;
	}
}

/* Extend hypothesis k of the beam by every legal label of token i. */
static size_t
expand(const struct nerbeam *b, size_t i, const struct nerbeam_hyp *h,
    int gold_so_far, unsigned k, nerbeam_score_fn score, void *ctx,
    const uint16_t *pos, const uint8_t *gold, struct cand *out)
{
	float s[NERBEAM_MAXLABEL];
	struct nerctx c = { pos, h->p1, h->p2, FTAG_NONE, h->estart };
	unsigned prev = h->p1 == FTAG_NONE ? 0 : h->p1, l;
	const unsigned char *legal = b->legal + prev * b->nlabel;
	size_t m = 0;

	if (score(ctx, i, &c, s)) {
		out[0].score = h->score;
		out[0].from = (uint8_t)k;
		out[0].label = 0;
		out[0].gold = gold_so_far && gold && gold[i] == 0;
		return 1;
	}
	for (l = 0; l < b->nlabel; l++) {
		if (!legal[l])
			continue;
		out[m].score = h->score + s[l];
		out[m].from = (uint8_t)k;
		out[m].label = (uint8_t)l;
		out[m].gold = gold_so_far && gold && gold[i] == l;
		m++;
	}
	return m;
}

/* h, a hypothesis of the beam before token i, extended by candidate c. */
static void
extend(const struct nerbeam *b, struct nerbeam_hyp *h, const struct cand *c,
    size_t i)
{
	h->score = c->score;
	h->from = c->from;
	h->label = c->label;
	h->p2 = h->p1;
	h->p1 = h->label;
	if (b->begins[h->label])
		h->estart = i;
}

/* The best NERBEAM_WIDTH candidates, one per history state, as the new
 * beam (from the old one, old); returns how many, and whether the gold
 * sequence is among them. */
static size_t
prune(const struct nerbeam *b, struct cand *cand, size_t nc, size_t i,
    const struct nerbeam_hyp *old, struct nerbeam_hyp *beam, int *golds,
    int *gold_in)
{
	size_t a, k, nb = 0;
	float best;

	if (b->margin > 0 && nc > 1) {
		/* what scores below the margin is never taken: leave it out
		 * of the sort */
		for (best = cand[0].score, a = 1; a < nc; a++)
			best = cand[a].score > best ? cand[a].score : best;
		for (a = k = 0; a < nc; a++)
			if (!(cand[a].score < best - b->margin))
				cand[k++] = cand[a];
		nc = k;
	}
	sort_cands(cand, nc);
	*gold_in = 0;
	for (a = 0; a < nc && nb < NERBEAM_WIDTH; a++) {
		struct nerbeam_hyp h = old[cand[a].from];

		extend(b, &h, &cand[a], i);
		for (k = 0; k < nb; k++)	/* the same future: keep the best */
			if (beam[k].p1 == h.p1 && beam[k].p2 == h.p2 &&
			    beam[k].estart == h.estart)
				break;
		if (k < nb)
			continue;
		golds[nb] = cand[a].gold;
		*gold_in |= cand[a].gold;
		beam[nb++] = h;
	}
	return nb;
}

/* The best sequence of the first m tokens, read backwards (the trail is
 * laid out for n). */
static void
backtrack(const struct nerbeam *b, size_t n, size_t m, uint8_t *out)
{
	const unsigned *from = b->trail, *label = b->trail + n * NERBEAM_WIDTH;
	size_t i, best = 0;

	for (i = m; i-- > 0; ) {
		out[i] = (uint8_t)label[i * NERBEAM_WIDTH + best];
		best = from[i * NERBEAM_WIDTH + best];
	}
}

int
nerbeam_decode(struct nerbeam *b, size_t n, nerbeam_score_fn score,
    void *ctx, const uint16_t *pos, const uint8_t *gold, uint8_t *out,
    size_t *stop)
{
	struct nerbeam_hyp beam[NERBEAM_WIDTH], old[NERBEAM_WIDTH];
	struct cand cand[NERBEAM_WIDTH * NERBEAM_MAXLABEL];
	int golds[NERBEAM_WIDTH], gold_in;
	size_t i, k, nb = 1, nc;
	unsigned *from, *label;

	*stop = n;
	if (n == 0)
		return 0;
	if (grow(&b->trail, 2 * n * NERBEAM_WIDTH, &b->captrail,
	    sizeof(*b->trail)) < 0)
		return -1;
	from = b->trail;
	label = b->trail + n * NERBEAM_WIDTH;
	memset(beam, 0, sizeof(beam));
	beam[0].p1 = beam[0].p2 = FTAG_NONE;
	golds[0] = 1;
	for (i = 0; i < n; i++) {
		for (k = nc = 0; k < nb; k++)
			nc += expand(b, i, &beam[k], golds[k], (unsigned)k, score,
			    ctx, pos, gold, cand + nc);
		if (nc == 1) {	/* one hypothesis, one label: no choice */
			extend(b, &beam[0], &cand[0], i);
			gold_in = golds[0] = cand[0].gold;
		} else {
			memcpy(old, beam, nb * sizeof(*beam));
			nb = prune(b, cand, nc, i, old, beam, golds, &gold_in);
		}
		for (k = 0; k < nb; k++) {
			from[i * NERBEAM_WIDTH + k] = beam[k].from;
			label[i * NERBEAM_WIDTH + k] = beam[k].label;
		}
		if (gold && !gold_in) {		/* early update from here */
			*stop = i + 1;
			break;
		}
	}
	backtrack(b, n, *stop, out);
	return 0;
}

void
nerbeam_context(const struct nerbeam *b, const uint8_t *labels, size_t i,
    const uint16_t *pos, struct nerctx *c)
{
	size_t j;

	c->pos = pos;
	c->p1 = i > 0 ? labels[i - 1] : FTAG_NONE;
	c->p2 = i > 1 ? labels[i - 2] : FTAG_NONE;
	c->docmem = FTAG_NONE;
	c->estart = 0;
	for (j = i; j-- > 0; )
		if (b->begins[labels[j]]) {
			c->estart = j;
			break;
		}
}
