/* Unit tests for common/depstate.c: the arc-eager transition system and
 * its dynamic oracle, on random trees.
 *
 *   - Following the cheapest move from the start rebuilds any projective
 *     tree exactly, in 2n moves, every move of cost 0.
 *   - Any sequence of legal moves ends after 2n moves in a tree: every word
 *     has a head, one word has the root, no cycle, no crossing arcs.
 *   - The oracle is sound where training leans on it most, on the way to
 *     the gold tree: from any configuration reached by moves of cost 0, a
 *     move of cost 0 keeps every gold arc within reach (following the
 *     oracle after it rebuilds the tree).  The converse need not hold: a
 *     move the oracle prices as in plain arc-eager may lose nothing here,
 *     because attaching what is left once the buffer is empty can still
 *     make the arc (to the word below, or to the root's word).
 *   - dep_projectivize() makes any tree projective, moving only the arcs
 *     that crossed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "depstate.h"
#include "unit.h"

#define MAXN 40
#define NLABEL 5		/* label 0 is root */

static uint64_t seed = 88172645463325252ULL;

static unsigned
rnd(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)(seed % n);
}

/* A random projective tree over words lo..hi whose root hangs from h. */
static void
random_span(int32_t *head, uint16_t *rel, int32_t lo, int32_t hi, int32_t h)
{
	int32_t r;

	if (lo > hi)
		return;
	r = lo + (int32_t)rnd((unsigned)(hi - lo + 1));
	head[r] = h;
	rel[r] = (uint16_t)(h == 0 ? 0 : 1 + rnd(NLABEL - 1));
	random_span(head, rel, lo, r - 1, r);
	random_span(head, rel, r + 1, hi, r);
}

/* A random tree, not always projective: any word's head, no cycle. */
static void
random_tree(int32_t *head, size_t n)
{
	int32_t order[MAXN + 1];
	size_t i, j;

	for (i = 1; i <= n; i++)
		order[i] = (int32_t)i;
	for (i = n; i > 1; i--) {
		j = 1 + rnd((unsigned)i);
		int32_t t = order[i];
		order[i] = order[j];
		order[j] = t;
	}
	head[order[1]] = 0;
	for (i = 2; i <= n; i++)	/* a head among those placed before */
		head[order[i]] = order[1 + rnd((unsigned)(i - 1))];
}

static int
cheapest(const struct depsys *d, const struct depconf *c,
    const int32_t *head, const uint16_t *rel, unsigned *cost)
{
	unsigned low = ~0u, k, nclass = 2 + 2 * NLABEL;
	int best = -1;

	for (k = 0; k < nclass; k++) {
		unsigned x;

		if (!depconf_legal(d, c, k))
			continue;
		x = depconf_cost(d, c, k, head, rel);
		if (x < low) {
			low = x;
			best = (int)k;
		}
	}
	*cost = low;
	return best;
}

/* Arcs of the tree made from c by following the oracle that the gold
 * tree does not have. */
static unsigned
loss_from(struct depsys *d, const struct depconf *c, const int32_t *head,
    const uint16_t *rel)
{
	int32_t h[MAXN + 1];
	uint16_t r[MAXN + 1];
	unsigned cost, lost = 0;
	size_t i;
	int k;

	while (!depconf_done(d, c)) {
		k = cheapest(d, c, head, rel, &cost);
		c = depconf_apply(d, c, (unsigned)k);
	}
	depconf_arcs(c, h, r);
	for (i = 1; i <= d->n; i++)
		lost += h[i] != head[i] || r[i] != rel[i];
	return lost;
}

static int
is_tree(const int32_t *h, const uint16_t *r, size_t n)
{
	size_t i, steps, roots = 0;
	int32_t x;

	for (i = 1; i <= n; i++) {
		if (h[i] < 0 || (size_t)h[i] > n || h[i] == (int32_t)i)
			return 0;
		if (h[i] == 0) {
			roots++;
			if (r[i] != 0)
				return 0;
		}
		for (x = (int32_t)i, steps = 0; x != 0 && steps <= n; steps++)
			x = h[x];
		if (x != 0)
			return 0;
	}
	return roots == 1;
}

static int
projective(const int32_t *h, size_t n)
{
	size_t i, j;

	for (i = 1; i <= n; i++)
		for (j = 1; j <= n; j++) {
			int32_t a = h[i] < (int32_t)i ? h[i] : (int32_t)i;
			int32_t b = h[i] < (int32_t)i ? (int32_t)i : h[i];
			int32_t c = h[j] < (int32_t)j ? h[j] : (int32_t)j;
			int32_t e = h[j] < (int32_t)j ? (int32_t)j : h[j];

			if (a < c && c < b && b < e)
				return 0;
		}
	return 1;
}

static void
test_oracle_rebuilds(struct depsys *d)
{
	int32_t head[MAXN + 1], h[MAXN + 1];
	uint16_t rel[MAXN + 1], r[MAXN + 1];
	const struct depconf *c;
	size_t n, i, moves;
	unsigned cost, bad;
	int t;

	for (t = 0; t < 2000; t++) {
		n = 1 + rnd(MAXN);
		random_span(head, rel, 1, (int32_t)n, 0);
		c = depsys_start(d, n, 0);
		for (moves = 0, bad = 0; !depconf_done(d, c); moves++) {
			int k = cheapest(d, c, head, rel, &cost);

			bad += cost != 0;
			c = depconf_apply(d, c, (unsigned)k);
		}
		CHECK_INT_EQ(moves, 2 * n);
		CHECK_INT_EQ(bad, 0);
		memset(h, 0xff, sizeof(h));
		depconf_arcs(c, h, r);
		for (i = 1; i <= n; i++)
			bad += h[i] != head[i] || r[i] != rel[i];
		CHECK_INT_EQ(bad, 0);
	}
}

static void
test_any_moves_make_a_tree(struct depsys *d)
{
	int32_t h[MAXN + 1];
	uint16_t r[MAXN + 1];
	const struct depconf *c;
	unsigned legal[2 + 2 * NLABEL], nl, k;
	size_t n, moves;
	int t, trees = 0, proj = 0;

	for (t = 0; t < 3000; t++) {
		n = 1 + rnd(MAXN);
		c = depsys_start(d, n, 0);
		for (moves = 0; !depconf_done(d, c); moves++) {
			for (nl = k = 0; k < 2 + 2 * NLABEL; k++)
				if (depconf_legal(d, c, k))
					legal[nl++] = k;
			if (nl == 0)
				break;
			c = depconf_apply(d, c, legal[rnd(nl)]);
		}
		CHECK_INT_EQ(moves, 2 * n);
		memset(h, 0xff, sizeof(h));
		depconf_arcs(c, h, r);
		trees += is_tree(h, r, n);
		proj += projective(h, n);
	}
	CHECK_INT_EQ(trees, 3000);
	CHECK_INT_EQ(proj, 3000);
}

/* From configurations on the way to a random tree, each legal move's
 * cost against what following the oracle after it loses. */
static void
test_cost_on_gold_paths(struct depsys *d)
{
	int32_t head[MAXN + 1];
	uint16_t rel[MAXN + 1];
	const struct depconf *c;
	size_t n, nz;
	unsigned k, zero[2 + 2 * NLABEL], cost, lost, wrong = 0, tried = 0;
	int t;

	for (t = 0; t < 300; t++) {
		n = 1 + rnd(14);
		random_span(head, rel, 1, (int32_t)n, 0);
		c = depsys_start(d, n, 0);
		while (!depconf_done(d, c)) {
			for (nz = k = 0; k < 2 + 2 * NLABEL; k++) {
				if (!depconf_legal(d, c, k))
					continue;
				cost = depconf_cost(d, c, k, head, rel);
				lost = loss_from(d, depconf_apply(d, c, k), head,
				    rel);
				tried++;
				wrong += cost == 0 && lost != 0;
				if (cost == 0)
					zero[nz++] = k;
			}
			if (nz == 0)
				break;
			c = depconf_apply(d, c, zero[rnd((unsigned)nz)]);
		}
	}
	CHECK(tried > 3000);
	CHECK_INT_EQ(wrong, 0);
}

static void
test_projectivize(void)
{
	int32_t head[MAXN + 1], orig[MAXN + 1];
	size_t n, i;
	int t, ok = 0, kept = 0;

	for (t = 0; t < 2000; t++) {
		n = 1 + rnd(MAXN);
		random_tree(head, n);
		memcpy(orig, head, sizeof(head));
		dep_projectivize(head, n);
		ok += projective(head, n);
		if (projective(orig, n)) {
			for (i = 1; i <= n && head[i] == orig[i]; i++)
				;
			kept += i > n;
		} else {
			kept++;
		}
	}
	CHECK_INT_EQ(ok, 2000);
	CHECK_INT_EQ(kept, 2000);
}

int
main(void)
{
	struct depsys d;

	depsys_init(&d);
	test_oracle_rebuilds(&d);
	test_any_moves_make_a_tree(&d);
	test_cost_on_gold_paths(&d);
	test_projectivize();
	depsys_free(&d);
	return unit_summary();
}
