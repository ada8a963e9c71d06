#include "perceptron.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "hash.h"

/* Eight floats, for GCC's and Clang's portable vector operations: two
 * SSE registers on any x86-64 or ARM64 processor, or one AVX register in
 * the copies of the functions made for processors with AVX2. */
typedef float v8f __attribute__((vector_size(32)));
typedef int32_t v8i __attribute__((vector_size(32)));
typedef float v4f __attribute__((vector_size(16)));

/* A copy of the function for AVX2 besides the one for any x86-64, chosen
 * when the program starts: scores are long rows of floats, and eight at
 * a time halves the work of summing them.  Only where GCC makes the
 * copies (it needs the GNU C library's ifunc). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && \
    defined(__gnu_linux__)
#define VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define VECTOR_CLONES
#endif

/* x = the eight floats at p (a macro: a function returning a vector
 * would have two calling conventions, with AVX and without) */
#define V8_LOAD(x, p) memcpy(&(x), (p), sizeof(v8f))
#define V4_LOAD(x, p) memcpy(&(x), (p), sizeof(v4f))

/* rows_sum() of dst and src, written out: called through rows_sum() with
 * a row pointer array, it cost news-extract-people a sixth more
 * instructions, as it is called for every dense row of the model. */
VECTOR_CLONES void
row_add(float *restrict dst, const float *restrict src, size_t n)
{
	size_t i;

	v8f x, y;
	v4f x4, y4;

	for (i = 0; i + 8 <= n; i += 8) {
		V8_LOAD(x, dst + i);
		V8_LOAD(y, src + i);
		x += y;
		memcpy(dst + i, &x, sizeof(x));
	}
	if (i + 4 <= n) {	/* the entity model's rows are seven long */
		V4_LOAD(x4, dst + i);
		V4_LOAD(y4, src + i);
		x4 += y4;
		memcpy(dst + i, &x4, sizeof(x4));
		i += 4;
	}
	for (; i < n; i++)
		dst[i] += src[i];
}

VECTOR_CLONES void
rows_sum(float *restrict dst, const float *const *src, size_t nsrc, size_t n)
{
	size_t i, k;
	v8f x, y;
	v4f x4, y4;

	if (nsrc == 0) {
		memset(dst, 0, n * sizeof(*dst));
		return;
	}
	for (i = 0; i + 8 <= n; i += 8) {
		V8_LOAD(x, src[0] + i);
		for (k = 1; k < nsrc; k++) {
			V8_LOAD(y, src[k] + i);
			x += y;
		}
		memcpy(dst + i, &x, sizeof(x));
	}
	if (i + 4 <= n) {
		V4_LOAD(x4, src[0] + i);
		for (k = 1; k < nsrc; k++) {
			V4_LOAD(y4, src[k] + i);
			x4 += y4;
		}
		memcpy(dst + i, &x4, sizeof(x4));
		i += 4;
	}
	for (; i < n; i++) {
		dst[i] = src[0][i];
		for (k = 1; k < nsrc; k++)
			dst[i] += src[k][i];
	}
}

void
perc_score(const struct mtable *feats, const struct mweight *w, size_t nclass,
    const uint64_t *keys, size_t nkeys, float *scores)
{
	const struct mslot *s, *hit[PERC_MAXKEYS];
	const struct mweight *e, *end;
	size_t i, n;

	if (feats->slot == NULL)
		return;
	if (nkeys > PERC_MAXKEYS)
		nkeys = PERC_MAXKEYS;
	/* the table is far larger than the caches: ask for every slot first,
	 * so the misses overlap instead of coming one after another */
	for (i = 0; i < nkeys; i++)
		__builtin_prefetch(MTABLE_HOME(feats, keys[i]));
	for (i = n = 0; i < nkeys; i++)
		if ((s = mtable_get(feats, keys[i])) != NULL &&
		    (uint64_t)mslot_a(s) + (mslot_b(s) == MSLOT_DENSE ?
		    MSLOT_DENSE_UNITS(nclass) : mslot_b(s)) <= feats->limit) {
			__builtin_prefetch(w + mslot_a(s));
			hit[n++] = s;
		}
	for (i = 0; i < n; i++) {
		e = w + mslot_a(hit[i]);
		if (mslot_b(hit[i]) == MSLOT_DENSE) {
			row_add(scores, (const float *)(const void *)e, nclass);
			continue;
		}
		for (end = e + mslot_b(hit[i]); e < end; e++)
			if (e->cls < nclass)	/* a damaged model's never are */
				scores[e->cls] += e->w;
	}
}

/* The first of the highest of scores[0..n), n >= 8: a running maximum
 * and where it was, for each of eight lanes (one score at a time would be
 * a chain of dependent comparisons), then the lowest place among the
 * lanes that hold the highest. */
static inline size_t
first_best(const float *scores, size_t n)
{
	v8f m8, x;
	v8i gt, at = { 0, 1, 2, 3, 4, 5, 6, 7 }, best_at = at;
	const v8i step = { 8, 8, 8, 8, 8, 8, 8, 8 };
	float m;
	size_t c, j, best;

	V8_LOAD(m8, scores);
	for (c = 8; c + 8 <= n; c += 8) {
		V8_LOAD(x, scores + c);
		at += step;
		gt = x > m8;
		m8 = (v8f)(((v8i)x & gt) | ((v8i)m8 & ~gt));
		best_at = (at & gt) | (best_at & ~gt);
	}
	for (m = m8[0], best = (size_t)best_at[0], j = 1; j < 8; j++)
		if (m8[j] > m || (m8[j] == m && (size_t)best_at[j] < best)) {
			m = m8[j];
			best = (size_t)best_at[j];
		}
	for (; c < n; c++)
		if (scores[c] > m) {
			m = scores[c];
			best = c;
		}
	return best;
}

VECTOR_CLONES int
perc_best(const float *scores, size_t nclass, const unsigned char *allowed)
{
	size_t c;
	int best = -1;

	if (allowed == NULL && nclass >= 8)	/* the first that is highest */
		return (int)first_best(scores, nclass);
	for (c = 0; c < nclass; c++)
		if ((!allowed || allowed[c]) && (best < 0 || scores[c] > scores[best]))
			best = (int)c;
	return best < 0 ? 0 : best;
}

/* ---- training ---- */

struct pentry {
	double total;		/* weight summed over time, up to ts */
	float w;
	uint32_t ts;		/* instance count when total was last brought up */
	uint32_t cls;
};

struct pfeat {
	uint64_t key;
	struct pentry *e;
	uint32_t n, cap;
};

struct pcount {
	uint64_t key;
	uint32_t n;
};

struct ptrain {
	size_t nclass;
	uint32_t time;		/* instances seen */
	struct pfeat *f;	/* open addressing, key 0 empty */
	size_t nf, capf;
	struct pcount *c;	/* feature counts, when a cut-off is set */
	size_t nc, capc;
	uint32_t mincount;
	int final;		/* w holds the averaged weights (ptrain_add) */
};

struct ptrain *
ptrain_new(size_t nclass)
{
	struct ptrain *p = calloc(1, sizeof(*p));

	if (p)
		p->nclass = nclass;
	return p;
}

void
ptrain_free(struct ptrain *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->capf; i++)
		free(p->f[i].e);
	free(p->f);
	free(p->c);
	free(p);
}

static struct pcount *
cfind(const struct ptrain *p, uint64_t key)
{
	size_t mask = p->capc - 1, i;

	if (p->capc == 0)
		return NULL;
	for (i = hash_mix(key) & mask; p->c[i].key; i = (i + 1) & mask)
		if (p->c[i].key == key)
			return &p->c[i];
	return NULL;
}

static int
cgrow(struct ptrain *p)
{
	size_t cap = p->capc ? p->capc * 2 : 1 << 16, i, j;
	struct pcount *c = calloc(cap, sizeof(*c));

	if (c == NULL)
		return -1;
	for (i = 0; i < p->capc; i++) {
		if (p->c[i].key == 0)
			continue;
		for (j = hash_mix(p->c[i].key) & (cap - 1); c[j].key;
		    j = (j + 1) & (cap - 1))
			;
		c[j] = p->c[i];
	}
	free(p->c);
	p->c = c;
	p->capc = cap;
	return 0;
}

int
ptrain_count(struct ptrain *p, const uint64_t *keys, size_t nkeys)
{
	struct pcount *c;
	size_t i, j;

	for (i = 0; i < nkeys; i++) {
		if ((c = cfind(p, keys[i])) != NULL) {
			c->n++;
			continue;
		}
		if ((p->nc + 1) * 2 > p->capc && cgrow(p) < 0)
			return -1;
		for (j = hash_mix(keys[i]) & (p->capc - 1); p->c[j].key;
		    j = (j + 1) & (p->capc - 1))
			;
		p->c[j].key = keys[i];
		p->c[j].n = 1;
		p->nc++;
	}
	return 0;
}

void
ptrain_mincount(struct ptrain *p, unsigned n)
{
	p->mincount = n;
}

/* Features seen fewer times than the cut-off are not learned: a weight
 * from one or two examples fits the training data, not the language. */
static int
too_rare(const struct ptrain *p, uint64_t key)
{
	const struct pcount *c;

	if (p->mincount <= 1)
		return 0;
	c = cfind(p, key);
	return c == NULL || c->n < p->mincount;
}

static struct pfeat *
pfind(const struct ptrain *p, uint64_t key)
{
	size_t mask = p->capf - 1, i;

	if (p->capf == 0)
		return NULL;
	for (i = hash_mix(key) & mask; p->f[i].key; i = (i + 1) & mask)
		if (p->f[i].key == key)
			return &p->f[i];
	return NULL;
}

static int
pgrow(struct ptrain *p)
{
	size_t cap = p->capf ? p->capf * 2 : 1 << 16, i, j;
	struct pfeat *f = calloc(cap, sizeof(*f));

	if (f == NULL)
		return -1;
	for (i = 0; i < p->capf; i++) {
		if (p->f[i].key == 0)
			continue;
		for (j = hash_mix(p->f[i].key) & (cap - 1); f[j].key;
		    j = (j + 1) & (cap - 1))
			;
		f[j] = p->f[i];
	}
	free(p->f);
	p->f = f;
	p->capf = cap;
	return 0;
}

static struct pfeat *
padd(struct ptrain *p, uint64_t key)
{
	struct pfeat *f = pfind(p, key);
	size_t i;

	if (f)
		return f;
	if ((p->nf + 1) * 2 > p->capf && pgrow(p) < 0)
		return NULL;
	for (i = hash_mix(key) & (p->capf - 1); p->f[i].key;
	    i = (i + 1) & (p->capf - 1))
		;
	p->f[i].key = key;
	p->nf++;
	return &p->f[i];
}

void
ptrain_score(const struct ptrain *p, const uint64_t *keys, size_t nkeys,
    float *scores)
{
	const struct pfeat *f;
	size_t i;
	uint32_t j;

	for (i = 0; i < nkeys; i++) {
		if ((f = pfind(p, keys[i])) == NULL)
			continue;
		for (j = 0; j < f->n; j++)
			scores[f->e[j].cls] += f->e[j].w;
	}
}

static int
pbump(struct ptrain *p, struct pfeat *f, uint32_t cls, float delta)
{
	struct pentry *e;
	uint32_t j;

	for (j = 0; j < f->n && f->e[j].cls != cls; j++)
		;
	if (j == f->n) {
		size_t cap = f->cap;

		if (grow(&f->e, f->n, &cap, sizeof(*f->e)) < 0)
			return -1;
		f->cap = (uint32_t)cap;
		memset(&f->e[j], 0, sizeof(f->e[j]));
		f->e[j].cls = cls;
		f->e[j].ts = p->time;
		f->n++;
	}
	e = &f->e[j];
	e->total += (double)(p->time - e->ts) * e->w;
	e->ts = p->time;
	e->w += delta;
	return 0;
}

int
ptrain_update(struct ptrain *p, const uint64_t *keys, size_t nkeys,
    int truth, int guess)
{
	struct pfeat *f;
	size_t i;

	p->time++;
	if (truth == guess)
		return 0;
	for (i = 0; i < nkeys; i++) {
		if (too_rare(p, keys[i]))
			continue;
		if ((f = padd(p, keys[i])) == NULL ||
		    pbump(p, f, (uint32_t)truth, 1.0f) < 0 ||
		    (f = pfind(p, keys[i])) == NULL ||
		    pbump(p, f, (uint32_t)guess, -1.0f) < 0)
			return -1;
	}
	return 0;
}

void
ptrain_tick(struct ptrain *p)
{
	p->time++;
}

int
ptrain_adjust(struct ptrain *p, const uint64_t *keys, size_t nkeys, int cls,
    float delta)
{
	struct pfeat *f;
	size_t i;

	for (i = 0; i < nkeys; i++) {
		if (too_rare(p, keys[i]))
			continue;
		if ((f = padd(p, keys[i])) == NULL ||
		    pbump(p, f, (uint32_t)cls, delta) < 0)
			return -1;
	}
	return 0;
}

static int
slot_cmp(const void *a, const void *b)
{
	const struct mentry *x = a, *y = b;

	return x->key < y->key ? -1 : x->key > y->key;
}

long
ptrain_write(const struct ptrain *p, struct model_writer *w, int feats,
    int weights, float prune)
{
	struct mentry *slots;
	struct mweight *ws = NULL;	/* one feature's weights */
	float *row = NULL;		/* or its dense row */
	size_t i, n = 0, k;
	uint32_t j, off = 0;
	double avg;

	if ((slots = calloc(p->nf ? p->nf : 1, sizeof(*slots))) == NULL)
		return -1;
	for (i = 0; i < p->capf; i++)
		if (p->f[i].key)
			slots[n++].key = p->f[i].key;
	/* key order, so the same training gives the same bytes */
	qsort(slots, n, sizeof(*slots), slot_cmp);
	if ((ws = calloc(p->nclass + 1, sizeof(*ws))) == NULL ||
	    (row = calloc(p->nclass + 1, sizeof(*row))) == NULL)
		goto nomem;
	for (i = k = 0; i < n; i++) {
		const struct pfeat *f = pfind(p, slots[i].key);
		size_t nw = 0;

		for (j = 0; j < f->n; j++) {
			const struct pentry *e = &f->e[j];

			avg = p->final ? e->w : (e->total + (double)(p->time -
			    e->ts) * e->w) / (p->time ? p->time : 1);
			if (fabs(avg) < prune || e->cls >= p->nclass)
				continue;
			ws[nw].w = (float)avg;
			ws[nw++].cls = e->cls;
		}
		if (nw == 0)
			continue;
		slots[k].key = slots[i].key;
		slots[k].a = off;
		if (nw > MSLOT_DENSE_FROM(p->nclass)) {	/* a row (model.h) */
			memset(row, 0, p->nclass * sizeof(*row));
			for (j = 0; j < nw; j++)
				row[ws[j].cls] = ws[j].w;
			slots[k].b = MSLOT_DENSE;
			nw = MSLOT_DENSE_UNITS(p->nclass);
			if (mwriter_add(w, weights, row, nw * sizeof(*ws), nw) < 0)
				goto nomem;
		} else {
			slots[k].b = (uint32_t)nw;
			if (mwriter_add(w, weights, ws, nw * sizeof(*ws), nw) < 0)
				goto nomem;
		}
		off += (uint32_t)nw;
		k++;
	}
	if (mwriter_table(w, feats, slots, k) < 0)
		goto nomem;
	free(slots);
	free(ws);
	free(row);
	return (long)k;
nomem:
	free(slots);
	free(ws);
	free(row);
	return -1;
}

int
ptrain_add(struct ptrain *dst, const struct ptrain *src, double scale)
{
	struct pfeat *f;
	double avg;
	size_t i;
	uint32_t j;

	dst->final = 1;
	for (i = 0; i < src->capf; i++) {
		const struct pfeat *sf = &src->f[i];

		if (sf->key == 0 || (f = padd(dst, sf->key)) == NULL)
			continue;
		for (j = 0; j < sf->n; j++) {
			const struct pentry *e = &sf->e[j];

			avg = (e->total + (double)(src->time - e->ts) * e->w) /
			    (src->time ? src->time : 1);
			if (pbump(dst, f, e->cls, (float)(avg * scale)) < 0)
				return -1;
		}
	}
	return 0;
}
