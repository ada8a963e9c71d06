#include "depfeats.h"

#include "hash.h"
#include "model.h"

#define NONE_WORD 0x6E6F6E65ULL	/* no node there */
#define ROOT_WORD 0x726F6F74ULL
#define ROOT_POS 0xFFFFu

/* A key from a template number and up to three values. */
static inline uint64_t
fkey(unsigned tmpl, uint64_t a, uint64_t b, uint64_t c)
{
	uint64_t h = ((uint64_t)tmpl + 1) * 0xD6E8FEB86659FD93ULL;

	h = (h ^ a) * 0x9E3779B97F4A7C15ULL;
	h = (h ^ b) * 0xC2B2AE3D27D4EB4FULL;
	h = (h ^ c) * 0x165667B19E3779F9ULL;
	return mkey(hash_mix(h));
}

/* A cluster path of len bits as one value: the bits and their count. */
static uint32_t
cluster_value(uint32_t bits, unsigned len, unsigned max)
{
	if (len == 0)
		return 0;
	if (len > max)
		len = max;
	return (bits >> (32 - len)) | (uint32_t)len << 24;
}

void
depword_set(struct depword *dw, const struct ftok *ft, unsigned pos,
    unsigned upos)
{
	dw->w = ft->norm_h;
	dw->p = pos + 1;
	dw->u = upos + 1;
	dw->c = cluster_value(ft->cluster, ft->clen, 32);
	dw->c4 = cluster_value(ft->cluster, ft->clen, 4);
	dw->e = cluster_value(ft->ecluster, ft->eclen, 32);
	dw->suf = ft->suf_h[2];
}

void
depword_root(struct depword *dw)
{
	dw->w = dw->suf = ROOT_WORD;
	dw->p = dw->u = ROOT_POS;
	dw->c = dw->c4 = dw->e = ROOT_POS;
}

/* What the templates read of one node: none when i is DEP_NONE. */
struct nodef {
	uint64_t w, suf;
	uint32_t p, u, c, c4, e;
	uint32_t l;		/* label of its arc + 1, 0 without one */
};

static void
node_facts(const struct depword *w, int32_t i, uint32_t label,
    struct nodef *f)
{
	if (i == DEP_NONE) {
		f->w = f->suf = NONE_WORD;
		f->p = f->u = f->c = f->c4 = f->e = f->l = 0;
		return;
	}
	f->w = w[i].w;
	f->suf = w[i].suf;
	f->p = w[i].p;
	f->u = w[i].u;
	f->c = w[i].c;
	f->c4 = w[i].c4;
	f->e = w[i].e;
	f->l = label;
}

/* A stack entry's node, with its label when it has a head. */
static void
entry_facts(const struct depword *w, const struct depnode *x,
    struct nodef *f)
{
	if (x == NULL)
		node_facts(w, DEP_NONE, 0, f);
	else
		node_facts(w, x->i, x->has_head ? x->rel + 1u : 0, f);
}

/* Distance between s0 and n0 in buckets: 1 2 3 4 5-6 7-10 11+. */
static unsigned
distance(int32_t s0, int32_t n0)
{
	int32_t d;

	if (s0 == DEP_NONE || n0 == DEP_NONE)
		return 0;
	d = n0 - s0;
	return d < 5 ? (unsigned)d : d < 7 ? 5 : d < 11 ? 6 : 7;
}

static unsigned
capped(unsigned v)
{
	return v < 6 ? v : 6;
}

/* The nodes the templates read. */
struct around {
	struct nodef s0, n0, n1, n2, s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l,
	    n0l2, s1;
	unsigned dist, s0vl, s0vr, n0vl;
	uint64_t s0sl, s0sr, n0sl;
};

/* s0's head is the entry below it when it has one, and that one's head
 * the entry below that (depstate.h). */
static void
gather_stack(const struct depword *w, const struct depnode *s0,
    struct around *a)
{
	const struct depnode *s1 = s0->below;

	entry_facts(w, s0, &a->s0);
	entry_facts(w, s1, &a->s1);
	entry_facts(w, s0->has_head ? s1 : NULL, &a->s0h);
	entry_facts(w, s0->has_head && s1 && s1->has_head ? s1->below : NULL,
	    &a->s0h2);
	node_facts(w, s0->l1, s0->l1rel + 1u, &a->s0l);
	node_facts(w, s0->l2, s0->l2rel + 1u, &a->s0l2);
	node_facts(w, s0->r1, s0->r1rel + 1u, &a->s0r);
	node_facts(w, s0->r2, s0->r2rel + 1u, &a->s0r2);
	a->s0vl = capped(s0->nleft);
	a->s0vr = capped(s0->nright);
	a->s0sl = s0->lset;
	a->s0sr = s0->rset;
}

static void
gather(const struct depsys *d, const struct depconf *c,
    const struct depword *w, struct around *a)
{
	size_t b = (size_t)c->b;
	int32_t n0 = b <= d->n ? (int32_t)b : DEP_NONE;

	gather_stack(w, c->top, a);
	node_facts(w, n0, 0, &a->n0);
	node_facts(w, b + 1 <= d->n ? (int32_t)b + 1 : DEP_NONE, 0, &a->n1);
	node_facts(w, b + 2 <= d->n ? (int32_t)b + 2 : DEP_NONE, 0, &a->n2);
	node_facts(w, n0 == DEP_NONE ? DEP_NONE : c->front.l1,
	    c->front.l1rel + 1u, &a->n0l);
	node_facts(w, n0 == DEP_NONE ? DEP_NONE : c->front.l2,
	    c->front.l2rel + 1u, &a->n0l2);
	a->dist = distance(c->top->i, n0);
	a->n0vl = n0 == DEP_NONE ? 0 : capped(c->front.nleft);
	a->n0sl = n0 == DEP_NONE ? 0 : c->front.lset;
}

/* Those of s0 alone: what its word is. */
static size_t
s0_static(const struct nodef *s0, uint64_t *k)
{
	size_t n = 0;

	k[n++] = fkey(1, s0->w, s0->p, 0);
	k[n++] = fkey(2, s0->w, 0, 0);
	k[n++] = fkey(3, s0->p, 0, 0);
	k[n++] = fkey(76, s0->c, 0, 0);
	k[n++] = fkey(86, s0->e, 0, 0);
	k[n++] = fkey(101, s0->suf, s0->p, 0);
	return n;
}

/* Those of the buffer's first words alone. */
static size_t
buffer_static(const struct nodef *n0, const struct nodef *n1,
    const struct nodef *n2, uint64_t *k)
{
	size_t n = 0;

	k[n++] = fkey(4, n0->w, n0->p, 0);
	k[n++] = fkey(5, n0->w, 0, 0);
	k[n++] = fkey(6, n0->p, 0, 0);
	k[n++] = fkey(7, n1->w, n1->p, 0);
	k[n++] = fkey(8, n1->w, 0, 0);
	k[n++] = fkey(9, n1->p, 0, 0);
	k[n++] = fkey(10, n2->w, n2->p, 0);
	k[n++] = fkey(11, n2->w, 0, 0);
	k[n++] = fkey(12, n2->p, 0, 0);
	k[n++] = fkey(20, n0->p, n1->p, 0);
	k[n++] = fkey(21, n0->p, n1->p, n2->p);
	k[n++] = fkey(77, n0->c, 0, 0);
	k[n++] = fkey(78, n1->c, 0, 0);
	k[n++] = fkey(87, n0->e, 0, 0);
	k[n++] = fkey(89, n1->e, n0->u, 0);
	k[n++] = fkey(100, n0->suf, n0->p, 0);
	return n;
}

/* Words and parts of speech of s0, n0, n1, n2 together. */
static size_t
base_features(const struct around *a, uint64_t *k)
{
	const struct nodef *s0 = &a->s0, *n0 = &a->n0, *n1 = &a->n1;
	size_t n = 0;

	k[n++] = fkey(13, s0->w ^ n0->w * 31, s0->p, n0->p);
	k[n++] = fkey(14, s0->w, s0->p, n0->w);
	k[n++] = fkey(15, s0->w, n0->w, n0->p);
	k[n++] = fkey(16, s0->w, s0->p, n0->p);
	k[n++] = fkey(17, s0->p, n0->w, n0->p);
	k[n++] = fkey(18, s0->w, n0->w, 0);
	k[n++] = fkey(19, s0->p, n0->p, 0);
	k[n++] = fkey(22, s0->p, n0->p, n1->p);
	k[n++] = fkey(23, a->s0h.p, s0->p, n0->p);
	k[n++] = fkey(24, s0->p, a->s0l.p, n0->p);
	k[n++] = fkey(25, s0->p, a->s0r.p, n0->p);
	k[n++] = fkey(26, s0->p, n0->p, a->n0l.p);
	return n;
}

/* Distance, valency and the words around s0 and n0 in the tree. */
static size_t
tree_features(const struct around *a, uint64_t *k)
{
	const struct nodef *s0 = &a->s0, *n0 = &a->n0;
	size_t n = 0;

	k[n++] = fkey(27, s0->w, a->dist, 0);
	k[n++] = fkey(28, s0->p, a->dist, 0);
	k[n++] = fkey(29, n0->w, a->dist, 0);
	k[n++] = fkey(30, n0->p, a->dist, 0);
	k[n++] = fkey(31, s0->w, n0->w, a->dist);
	k[n++] = fkey(32, s0->p, n0->p, a->dist);
	k[n++] = fkey(33, s0->w, a->s0vr, 0);
	k[n++] = fkey(34, s0->p, a->s0vr, 0);
	k[n++] = fkey(35, s0->w, a->s0vl, 0);
	k[n++] = fkey(36, s0->p, a->s0vl, 0);
	k[n++] = fkey(37, n0->w, a->n0vl, 0);
	k[n++] = fkey(38, n0->p, a->n0vl, 0);
	k[n++] = fkey(39, a->s0h.w, 0, 0);
	k[n++] = fkey(40, a->s0h.p, 0, 0);
	k[n++] = fkey(41, s0->l, 0, 0);
	k[n++] = fkey(42, a->s0l.w, 0, 0);
	k[n++] = fkey(43, a->s0l.p, 0, 0);
	k[n++] = fkey(44, a->s0l.l, 0, 0);
	k[n++] = fkey(45, a->s0r.w, 0, 0);
	k[n++] = fkey(46, a->s0r.p, 0, 0);
	k[n++] = fkey(47, a->s0r.l, 0, 0);
	k[n++] = fkey(48, a->n0l.w, 0, 0);
	k[n++] = fkey(49, a->n0l.p, 0, 0);
	k[n++] = fkey(50, a->n0l.l, 0, 0);
	return n;
}

/* Second-order nodes, label sets, and the node below s0. */
static size_t
far_features(const struct around *a, uint64_t *k)
{
	const struct nodef *s0 = &a->s0, *n0 = &a->n0;
	size_t n = 0;

	k[n++] = fkey(51, a->s0h2.w, 0, 0);
	k[n++] = fkey(52, a->s0h2.p, 0, 0);
	k[n++] = fkey(53, a->s0h.l, 0, 0);
	k[n++] = fkey(54, a->s0l2.w, 0, 0);
	k[n++] = fkey(55, a->s0l2.p, 0, 0);
	k[n++] = fkey(56, a->s0l2.l, 0, 0);
	k[n++] = fkey(57, a->s0r2.w, 0, 0);
	k[n++] = fkey(58, a->s0r2.p, 0, 0);
	k[n++] = fkey(59, a->s0r2.l, 0, 0);
	k[n++] = fkey(60, a->n0l2.w, 0, 0);
	k[n++] = fkey(61, a->n0l2.p, 0, 0);
	k[n++] = fkey(62, a->n0l2.l, 0, 0);
	k[n++] = fkey(63, s0->p, a->s0l.p, a->s0l2.p);
	k[n++] = fkey(64, s0->p, a->s0r.p, a->s0r2.p);
	k[n++] = fkey(65, s0->p, a->s0h.p, a->s0h2.p);
	k[n++] = fkey(66, n0->p, a->n0l.p, a->n0l2.p);
	k[n++] = fkey(67, s0->w, a->s0sr, 0);
	k[n++] = fkey(68, s0->p, a->s0sr, 0);
	k[n++] = fkey(69, s0->w, a->s0sl, 0);
	k[n++] = fkey(70, s0->p, a->s0sl, 0);
	k[n++] = fkey(71, n0->w, a->n0sl, 0);
	k[n++] = fkey(72, n0->p, a->n0sl, 0);
	k[n++] = fkey(73, a->s1.p, s0->p, n0->p);
	k[n++] = fkey(74, a->s1.w, s0->p, n0->p);
	k[n++] = fkey(75, s0->p, s0->l, n0->p);
	return n;
}

/* Word clusters in place of words. */
static size_t
cluster_features(const struct around *a, uint64_t *k)
{
	const struct nodef *s0 = &a->s0, *n0 = &a->n0, *n1 = &a->n1;
	size_t n = 0;

	k[n++] = fkey(79, s0->c, n0->c, 0);
	k[n++] = fkey(80, s0->c, n0->p, 0);
	k[n++] = fkey(81, s0->p, n0->c, 0);
	k[n++] = fkey(82, s0->c4, n0->c4, n1->c4);
	k[n++] = fkey(83, s0->c4, n0->p, a->dist);
	k[n++] = fkey(84, s0->p, n0->c4, a->dist);
	k[n++] = fkey(85, a->s0h.c, s0->c4, n0->c4);
	k[n++] = fkey(88, s0->e, n0->e, 0);
	return n;
}

/* Universal parts of speech, coarser than the Penn tags the others use,
 * and the ends of words. */
static size_t
coarse_features(const struct around *a, uint64_t *k)
{
	const struct nodef *s0 = &a->s0, *n0 = &a->n0, *n1 = &a->n1;
	size_t n = 0;

	k[n++] = fkey(90, s0->u, n0->u, 0);
	k[n++] = fkey(91, s0->u, n0->u, n1->u);
	k[n++] = fkey(92, a->s0h.u, s0->u, n0->u);
	k[n++] = fkey(93, s0->u, a->s0l.u, n0->u);
	k[n++] = fkey(94, s0->u, a->s0r.u, n0->u);
	k[n++] = fkey(95, s0->u, n0->u, a->n0l.u);
	k[n++] = fkey(96, a->s1.u, s0->u, n0->u);
	k[n++] = fkey(97, s0->u, n0->u, a->dist);
	k[n++] = fkey(98, s0->suf, n0->u, 0);
	k[n++] = fkey(99, s0->u, n0->suf, 0);
	return n;
}

size_t
dep_s0_features(const struct depword *w, int32_t s0, uint64_t *keys)
{
	struct nodef f;

	node_facts(w, s0, 0, &f);
	return s0_static(&f, keys);
}

size_t
dep_buffer_features(const struct depsys *d, const struct depword *w,
    size_t b, uint64_t *keys)
{
	struct nodef n0, n1, n2;

	node_facts(w, b <= d->n ? (int32_t)b : DEP_NONE, 0, &n0);
	node_facts(w, b + 1 <= d->n ? (int32_t)b + 1 : DEP_NONE, 0, &n1);
	node_facts(w, b + 2 <= d->n ? (int32_t)b + 2 : DEP_NONE, 0, &n2);
	return buffer_static(&n0, &n1, &n2, keys);
}

size_t
dep_context_features(const struct depsys *d, const struct depconf *c,
    const struct depword *w, uint64_t *keys)
{
	struct around a;
	size_t n;

	gather(d, c, w, &a);
	n = base_features(&a, keys);
	n += tree_features(&a, keys + n);
	n += far_features(&a, keys + n);
	n += cluster_features(&a, keys + n);
	n += coarse_features(&a, keys + n);
	return n;
}

size_t
dep_features(const struct depsys *d, const struct depconf *c,
    const struct depword *w, uint64_t *keys)
{
	size_t n = dep_s0_features(w, c->top->i, keys);

	n += dep_buffer_features(d, w, (size_t)c->b, keys + n);
	return n + dep_context_features(d, c, w, keys + n);
}
