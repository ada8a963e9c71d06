#include "postrain.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"

void
sentence_ftoks(const struct corpus *c, const struct csent *s,
    const struct model *res, struct ftok *ft)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		const struct cword *w = &c->w[s->first + i];

		ftok_init(&ft[i], cw_form(c, w), w->flen, i == 0, res);
	}
	ftok_phrases(ft, s->n, res);
}

/* Scratch for a sentence's facts and one word's scores. */
struct posscratch {
	struct ftok *ft;
	size_t capft;
	float *scores;
};

static void
scratch_for(struct posscratch *x, const struct csent *s, size_t nclass)
{
	if (grow(&x->ft, s->n, &x->capft, sizeof(*x->ft)) < 0)
		dief(1, "out of memory");
	if (x->scores == NULL)
		x->scores = ecalloc(nclass, sizeof(*x->scores));
}

/* Tag s left to right with p's weights; with learn, update p on each
 * mistake.  Returns the words tagged right. */
static size_t
pos_sentence(const struct corpus *c, const struct csent *s,
    const struct model *res, struct ptrain *p, const struct ptrain *fixed,
    size_t nclass, struct posscratch *x, uint16_t *out)
{
	uint64_t keys[FEAT_MAX];
	unsigned p1 = FTAG_NONE, p2 = FTAG_NONE;
	size_t i, nk, right = 0;
	int guess;

	scratch_for(x, s, nclass);
	sentence_ftoks(c, s, res, x->ft);
	for (i = 0; i < s->n; i++) {
		int truth = c->w[s->first + i].pos;

		nk = pos_features(x->ft, s->n, i, p1, p2, keys);
		memset(x->scores, 0, nclass * sizeof(*x->scores));
		ptrain_score(p ? p : fixed, keys, nk, x->scores);
		guess = perc_best(x->scores, nclass, NULL);
		if (p && ptrain_update(p, keys, nk, truth, guess) < 0)
			dief(1, "out of memory");
		if (out)
			out[i] = (uint16_t)guess;
		right += guess == truth;
		p2 = p1;
		p1 = (unsigned)guess;
	}
	return right;
}

void
pos_train_epoch(const struct corpus *c, const size_t *order, size_t n,
    const struct model *res, struct ptrain *p, size_t nclass,
    size_t *right, size_t *total)
{
	struct posscratch x = { NULL, 0, NULL };
	size_t k;

	for (k = 0; k < n; k++) {
		const struct csent *s = &c->s[order[k]];

		*right += pos_sentence(c, s, res, p, NULL, nclass, &x, NULL);
		*total += s->n;
	}
	free(x.ft);
	free(x.scores);
}

void
pos_tag_sentence(const struct corpus *c, const struct csent *s,
    const struct model *res, const struct ptrain *p, size_t nclass,
    uint16_t *pos)
{
	struct posscratch x = { NULL, 0, NULL };

	pos_sentence(c, s, res, NULL, p, nclass, &x, pos);
	free(x.ft);
	free(x.scores);
}
