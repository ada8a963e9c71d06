/* news-clusters: word clusters from raw text, as bit strings for news-tag.
 *
 *   news-clusters [-v] [-c CLUSTERS] [-i ITERATIONS] [-m MINCOUNT]
 *                 [-o OUT] [file ...]
 *
 * Reads tokenized text, one sentence a line, tokens separated by spaces,
 * and writes a "paths" file as Liang's wcluster does:
 *
 *   BITS<TAB>WORD<TAB>COUNT
 *
 * one line for every word seen at least MINCOUNT times, sorted by BITS and
 * then WORD in byte order.  Words whose bit strings share a long prefix
 * occur in similar contexts.
 *
 * Method.  Full Brown clustering is O(V C^2); this does it in two cheaper
 * steps that optimise the same objective, the mutual information between
 * the classes of adjacent words (a class bigram model):
 *
 * 1. The exchange algorithm (Kneser and Ney 1993, Martin et al. 1998): the
 *    C-1 most frequent words start in classes of their own and the rest in
 *    the last one; then, word by word in order of frequency, each word moves
 *    to the class that raises the likelihood most.  A pass costs
 *    O(C x distinct neighbouring word-class pairs); passes repeat until no
 *    word moves or ITERATIONS is reached.
 * 2. Brown's greedy merging over those C classes only: the pair whose
 *    merging loses the least mutual information is merged, C-1 times, with
 *    Brown's O(C^2) update of the losses after each merge.  The merge tree
 *    gives the bit strings: the path from the root, 0 for the child in the
 *    lower slot, 1 for the other.
 *
 * Sentence boundaries are one pinned pseudo-word, and words seen fewer
 * than MINCOUNT times share another: both count as contexts but take no
 * part in clustering.  Bit strings shorter than log2(CLUSTERS) are padded
 * with zeros (the padded string still names that leaf alone); a tree
 * deeper than 32, the most the model reader takes, is cut at 32 with a
 * warning.
 *
 * Deterministic: words are numbered by count and then bytes, every loop
 * runs in that order and ties go to the lower number, so the same input
 * gives the same bytes.  Words are kept as given, never lower-cased.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "hash.h"

#define MAXCLUSTERS	4096	/* the merge step is O(C^3) */
#define MAXBITS		32	/* what the model reader takes */
#define SENT_END	UINT32_MAX

/* ---- the vocabulary ---- */

struct word {
	size_t off;		/* into struct vocab's text */
	uint32_t len;
	uint32_t id;		/* number after sorting; unused until then */
	int64_t count;
	uint64_t h;
};

struct vocab {
	struct buf text;	/* every word, each followed by a NUL */
	struct word *w;
	size_t n, cap;
	uint32_t *slot;		/* open addressing: index + 1, 0 = empty */
	size_t mask;
	uint32_t *tok;		/* the text: word indices, SENT_END after lines */
	size_t ntok, tokcap;
	int64_t nwords;		/* tokens, boundaries not counted */
	char *line;		/* getline's buffer */
	size_t linecap;
};

static void
vocab_free(struct vocab *v)
{
	buf_free(&v->text);
	free(v->w);
	free(v->slot);
	free(v->tok);
	free(v->line);
}

static void
vocab_rehash(struct vocab *v)
{
	size_t size = v->mask ? (v->mask + 1) * 2 : 1 << 16, i, k;

	free(v->slot);
	v->slot = ecalloc(size, sizeof(*v->slot));
	v->mask = size - 1;
	for (i = 0; i < v->n; i++) {
		k = hash_mix(v->w[i].h) & v->mask;
		while (v->slot[k])
			k = (k + 1) & v->mask;
		v->slot[k] = (uint32_t)i + 1;
	}
}

static uint32_t
vocab_add(struct vocab *v, const char *s, size_t len)
{
	uint64_t h = hash_str(s, len);
	size_t k;
	struct word *w;

	if (v->n * 2 >= v->mask)
		vocab_rehash(v);
	for (k = hash_mix(h) & v->mask; v->slot[k]; k = (k + 1) & v->mask) {
		w = &v->w[v->slot[k] - 1];
		if (w->h == h && w->len == len &&
		    memcmp(v->text.s + w->off, s, len) == 0) {
			w->count++;
			return v->slot[k] - 1;
		}
	}
	if (v->n >= UINT32_MAX - 2 || len > UINT32_MAX ||
	    grow(&v->w, v->n, &v->cap, sizeof(*v->w)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	w = &v->w[v->n];
	w->off = v->text.l;
	w->len = (uint32_t)len;
	w->count = 1;
	w->h = h;
	if (buf_add(&v->text, s, len) < 0 || buf_addc(&v->text, '\0') < 0)
		dief(EXIT_BADINPUT, "out of memory");
	v->slot[k] = (uint32_t)v->n + 1;
	return (uint32_t)v->n++;
}

static void
vocab_push(struct vocab *v, uint32_t id)
{
	if (grow(&v->tok, v->ntok, &v->tokcap, sizeof(*v->tok)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	v->tok[v->ntok++] = id;
}

static int
issep(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0';
}

/* One line, one sentence.  Tabs, CRs and NULs separate tokens too, so no
 * word can break the output's columns. */
static void
read_line(struct vocab *v, const char *s, size_t n)
{
	size_t i = 0, j, had = 0;

	for (;;) {
		while (i < n && issep((unsigned char)s[i]))
			i++;
		if (i == n)
			break;
		for (j = i; j < n && !issep((unsigned char)s[j]); j++)
			;
		vocab_push(v, vocab_add(v, s + i, j - i));
		v->nwords++;
		had = 1;
		i = j;
	}
	if (had)
		vocab_push(v, SENT_END);
}

static int
read_file(struct vocab *v, FILE *fp, const char *name)
{
	ssize_t n;

	while ((n = getline(&v->line, &v->linecap, fp)) > 0)
		read_line(v, v->line, (size_t)n);
	if (ferror(fp)) {
		warnf("%s: read error:", name);
		return -1;
	}
	return 0;
}

static const struct vocab *sort_vocab;

/* Most frequent first, then byte order: the numbering everything uses. */
static int
word_cmp(const void *a, const void *b)
{
	const struct word *x = &sort_vocab->w[*(const uint32_t *)a];
	const struct word *y = &sort_vocab->w[*(const uint32_t *)b];
	size_t n = x->len < y->len ? x->len : y->len;
	int c;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	if ((c = memcmp(sort_vocab->text.s + x->off,
	    sort_vocab->text.s + y->off, n)) != 0)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}

/* Number the words seen at least mincount times 0..V-1; the rest become
 * V+1 (rare), and V is the sentence boundary.  Returns V; *order gets the
 * vocabulary indices of words 0..V-1. */
static uint32_t
vocab_number(struct vocab *v, int64_t mincount, uint32_t **order)
{
	uint32_t *ix = emalloc((v->n + 1) * sizeof(*ix)), nv = 0, i;

	for (i = 0; i < v->n; i++)
		if (v->w[i].count >= mincount)
			ix[nv++] = i;
	sort_vocab = v;
	qsort(ix, nv, sizeof(*ix), word_cmp);
	for (i = 0; i < v->n; i++)
		v->w[i].id = nv + 1;
	for (i = 0; i < nv; i++)
		v->w[ix[i]].id = i;
	*order = ix;
	return nv;
}

/* ---- bigram counts ---- */

/* Distinct word bigrams, both ways: the words after u are
 * rw[rs[u]..rs[u+1]) with counts rn[], the words before v are
 * lw[ls[v]..ls[v+1]) with counts ln[]. */
struct bigrams {
	uint32_t nw;		/* word ids 0..nw-1 (boundary and rare included) */
	size_t *rs, *ls;
	uint32_t *rw, *lw;
	int64_t *rn, *ln;
	size_t n;
	int64_t total;
};

static int
u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

static uint64_t *
pair_list(const struct vocab *v, uint32_t bound, size_t *np)
{
	uint64_t *p = emalloc((v->ntok + 1) * sizeof(*p));
	uint32_t prev = bound, cur;
	size_t i, n = 0;

	for (i = 0; i < v->ntok; i++) {
		cur = v->tok[i] == SENT_END ? bound : v->w[v->tok[i]].id;
		p[n++] = (uint64_t)prev << 32 | cur;
		prev = cur;
	}
	*np = n;
	return p;
}

static void
bigrams_build(struct bigrams *b, const struct vocab *v, uint32_t nv)
{
	size_t np, i, k, *fill;
	uint64_t *p = pair_list(v, nv, &np);
	uint32_t u, w;

	qsort(p, np, sizeof(*p), u64_cmp);
	b->nw = nv + 2;
	b->rs = ecalloc(b->nw + 1, sizeof(*b->rs));
	b->ls = ecalloc(b->nw + 1, sizeof(*b->ls));
	b->rw = emalloc(np * sizeof(*b->rw));
	b->rn = emalloc(np * sizeof(*b->rn));
	b->total = (int64_t)np;
	for (i = 0, k = 0; i < np; k++) {
		size_t j = i;

		while (j < np && p[j] == p[i])
			j++;
		u = (uint32_t)(p[i] >> 32);
		b->rw[k] = (uint32_t)p[i];
		b->rn[k] = (int64_t)(j - i);
		b->rs[u + 1]++;
		b->ls[b->rw[k] + 1]++;
		i = j;
	}
	b->n = k;
	for (u = 0; u < b->nw; u++) {
		b->rs[u + 1] += b->rs[u];
		b->ls[u + 1] += b->ls[u];
	}
	/* the left lists, by a counting sort of the right ones */
	b->lw = emalloc((b->n + 1) * sizeof(*b->lw));
	b->ln = emalloc((b->n + 1) * sizeof(*b->ln));
	fill = emalloc((b->nw + 1) * sizeof(*fill));
	memcpy(fill, b->ls, b->nw * sizeof(*fill));
	for (u = 0; u < b->nw; u++)
		for (k = b->rs[u]; k < b->rs[u + 1]; k++) {
			w = b->rw[k];
			b->lw[fill[w]] = u;
			b->ln[fill[w]++] = b->rn[k];
		}
	free(fill);
	free(p);
}

static void
bigrams_free(struct bigrams *b)
{
	free(b->rs);
	free(b->ls);
	free(b->rw);
	free(b->lw);
	free(b->rn);
	free(b->ln);
}

/* ---- n log n ---- */

static double *xlx_tab;
static int64_t xlx_n;

static void
xlx_init(int64_t total)
{
	int64_t i;

	xlx_n = total + 1 < (1 << 21) ? total + 1 : (1 << 21);
	xlx_tab = emalloc((size_t)xlx_n * sizeof(*xlx_tab));
	xlx_tab[0] = 0;
	for (i = 1; i < xlx_n; i++)
		xlx_tab[i] = (double)i * log((double)i);
}

static inline double
xlx(int64_t n)
{
	return n < xlx_n ? xlx_tab[n] : (double)n * log((double)n);
}

/* What merging the counts x and y adds to sum n log n. */
static inline double
g2(int64_t x, int64_t y)
{
	return xlx(x + y) - xlx(x) - xlx(y);
}

/* ---- class bigram counts ---- */

/* K classes: 0..C-1 are clustered, C is the sentence boundary and C+1 the
 * rare words.  n[c*K+d] counts class c followed by class d, nt is its
 * transpose (so both a row and a column are read in order), nl and nr are
 * the counts of c on the left and on the right of a bigram.  The objective
 * is sum n log n - sum nl log nl - sum nr log nr, which is the class
 * bigram mutual information times the number of bigrams, less a constant. */
struct classes {
	uint32_t c, k;
	int64_t *n, *nt, *nl, *nr;
	uint32_t *of;		/* the class of each word id */
	uint32_t *size;		/* words in each class */
};

static double
classes_objective(const struct classes *cl)
{
	double f = 0;
	size_t i;

	for (i = 0; i < (size_t)cl->k * cl->k; i++)
		f += xlx(cl->n[i]);
	for (i = 0; i < cl->k; i++)
		f -= xlx(cl->nl[i]) + xlx(cl->nr[i]);
	return f;
}

static void
classes_init(struct classes *cl, const struct bigrams *b, uint32_t c)
{
	uint32_t nv = b->nw - 2, u, k = c + 2;
	size_t j;

	cl->c = c;
	cl->k = k;
	cl->n = ecalloc((size_t)k * k, sizeof(*cl->n));
	cl->nt = ecalloc((size_t)k * k, sizeof(*cl->nt));
	cl->nl = ecalloc(k, sizeof(*cl->nl));
	cl->nr = ecalloc(k, sizeof(*cl->nr));
	cl->size = ecalloc(k, sizeof(*cl->size));
	cl->of = emalloc(b->nw * sizeof(*cl->of));
	/* Martin et al.: the frequent words alone, the rest together */
	for (u = 0; u < nv; u++)
		cl->of[u] = u < c ? u : c - 1;
	cl->of[nv] = c;
	cl->of[nv + 1] = c + 1;
	for (u = 0; u < b->nw; u++) {
		uint32_t cu = cl->of[u];

		cl->size[cu]++;
		for (j = b->rs[u]; j < b->rs[u + 1]; j++) {
			uint32_t cv = cl->of[b->rw[j]];

			cl->n[(size_t)cu * k + cv] += b->rn[j];
			cl->nt[(size_t)cv * k + cu] += b->rn[j];
			cl->nl[cu] += b->rn[j];
			cl->nr[cv] += b->rn[j];
		}
	}
}

static void
classes_free(struct classes *cl)
{
	free(cl->n);
	free(cl->nt);
	free(cl->nl);
	free(cl->nr);
	free(cl->of);
	free(cl->size);
}

/* ---- the exchange algorithm ---- */

/* One word's contexts, by class: r[d] counts its bigrams (w, v) with v in
 * class d, l[c] its bigrams (v, w) with v in c, v != w both times; s
 * counts (w, w).  rd and ld list the classes with nonzero counts. */
struct ctx {
	int64_t *r, *l, s, nl, nr;
	uint32_t *rd, *ld;
	uint32_t nrd, nld;
};

static void
ctx_collect(struct ctx *x, const struct bigrams *b, const uint32_t *of,
    uint32_t w)
{
	size_t j;
	uint32_t d;

	x->s = x->nl = x->nr = 0;
	x->nrd = x->nld = 0;
	for (j = b->rs[w]; j < b->rs[w + 1]; j++) {
		x->nl += b->rn[j];
		if (b->rw[j] == w) {
			x->s += b->rn[j];
			continue;
		}
		d = of[b->rw[j]];
		if (x->r[d] == 0)
			x->rd[x->nrd++] = d;
		x->r[d] += b->rn[j];
	}
	for (j = b->ls[w]; j < b->ls[w + 1]; j++) {
		x->nr += b->ln[j];
		if (b->lw[j] == w)
			continue;
		d = of[b->lw[j]];
		if (x->l[d] == 0)
			x->ld[x->nld++] = d;
		x->l[d] += b->ln[j];
	}
}

static void
ctx_clear(struct ctx *x)
{
	uint32_t i;

	for (i = 0; i < x->nrd; i++)
		x->r[x->rd[i]] = 0;
	for (i = 0; i < x->nld; i++)
		x->l[x->ld[i]] = 0;
}

/* Add (sign 1) or remove (sign -1) a word with contexts x to class a. */
static void
ctx_apply(struct classes *cl, const struct ctx *x, uint32_t a, int sign)
{
	size_t k = cl->k;
	uint32_t i, d;
	int64_t v;

	for (i = 0; i < x->nrd; i++) {
		d = x->rd[i];
		v = sign * x->r[d];
		cl->n[a * k + d] += v;
		cl->nt[d * k + a] += v;
	}
	for (i = 0; i < x->nld; i++) {
		d = x->ld[i];
		v = sign * x->l[d];
		cl->n[d * k + a] += v;
		cl->nt[a * k + d] += v;
	}
	cl->n[a * k + a] += sign * x->s;
	cl->nt[a * k + a] += sign * x->s;
	cl->nl[a] += sign * x->nl;
	cl->nr[a] += sign * x->nr;
}

/* What adding the word to class a would add to the objective. */
static double
ctx_gain(const struct classes *cl, const struct ctx *x, uint32_t a)
{
	const int64_t *row = cl->n + (size_t)a * cl->k;
	const int64_t *col = cl->nt + (size_t)a * cl->k;
	double g = 0;
	uint32_t i, d;

	for (i = 0; i < x->nrd; i++)
		if ((d = x->rd[i]) != a)
			g += xlx(row[d] + x->r[d]) - xlx(row[d]);
	for (i = 0; i < x->nld; i++)
		if ((d = x->ld[i]) != a)
			g += xlx(col[d] + x->l[d]) - xlx(col[d]);
	g += xlx(row[a] + x->r[a] + x->l[a] + x->s) - xlx(row[a]);
	g -= xlx(cl->nl[a] + x->nl) - xlx(cl->nl[a]);
	g -= xlx(cl->nr[a] + x->nr) - xlx(cl->nr[a]);
	return g;
}

/* One pass over the words; returns how many moved. */
static size_t
exchange_pass(struct classes *cl, const struct bigrams *b, struct ctx *x)
{
	uint32_t nv = b->nw - 2, w, a, k, best;
	double g, bestg;
	size_t moved = 0;

	for (w = 0; w < nv; w++) {
		a = cl->of[w];
		if (cl->size[a] == 1)
			continue;	/* keep every class in use */
		ctx_collect(x, b, cl->of, w);
		ctx_apply(cl, x, a, -1);
		best = a;
		bestg = ctx_gain(cl, x, a);
		for (k = 0; k < cl->c; k++) {
			if (k == a)
				continue;
			/* a margin, so rounding never moves a word back and forth */
			if ((g = ctx_gain(cl, x, k)) > bestg + 1e-9 * fabs(bestg) + 1e-9) {
				best = k;
				bestg = g;
			}
		}
		ctx_apply(cl, x, best, 1);
		ctx_clear(x);
		if (best != a) {
			cl->of[w] = best;
			cl->size[a]--;
			cl->size[best]++;
			moved++;
		}
	}
	return moved;
}

static void
exchange(struct classes *cl, const struct bigrams *b, int iterations,
    int verbose)
{
	struct ctx x;
	size_t moved;
	int it;

	x.r = ecalloc(cl->k, sizeof(*x.r));
	x.l = ecalloc(cl->k, sizeof(*x.l));
	x.rd = emalloc(cl->k * sizeof(*x.rd));
	x.ld = emalloc(cl->k * sizeof(*x.ld));
	if (verbose)
		fprintf(stderr, "%s: start: mutual information %.4f bits\n",
		    argv0, (classes_objective(cl) + xlx(b->total)) /
		    (double)b->total / log(2));
	for (it = 1; it <= iterations; it++) {
		moved = exchange_pass(cl, b, &x);
		if (verbose)
			fprintf(stderr, "%s: pass %d: %zu words moved, mutual "
			    "information %.4f bits\n", argv0, it, moved,
			    (classes_objective(cl) + xlx(b->total)) /
			    (double)b->total / log(2));
		if (moved == 0)
			break;
	}
	free(x.r);
	free(x.l);
	free(x.rd);
	free(x.ld);
}

/* ---- Brown's merging over the classes ---- */

struct merger {
	struct classes *cl;
	uint32_t *act, nact;	/* the classes still unmerged, ascending */
	double *loss;		/* loss[a*c+b], a < b: objective change */
};

/* What the row or column pair (a, b) contributes at context x: the
 * terms Brown's update replaces. */
static inline double
pair_at(const struct classes *cl, uint32_t a, uint32_t b, uint32_t x)
{
	size_t k = cl->k;

	return g2(cl->n[a * k + x], cl->n[b * k + x]) +
	    g2(cl->n[x * k + a], cl->n[x * k + b]);
}

/* The change in the objective if a and b were merged, from scratch. */
static double
merge_loss(const struct merger *m, uint32_t a, uint32_t b)
{
	const struct classes *cl = m->cl;
	size_t k = cl->k;
	const int64_t *n = cl->n;
	double g = 0;
	uint32_t i, x;

	for (i = 0; i < m->nact; i++)
		if ((x = m->act[i]) != a && x != b)
			g += pair_at(cl, a, b, x);
	for (x = cl->c; x < cl->k; x++)
		g += pair_at(cl, a, b, x);
	g += xlx(n[a * k + a] + n[a * k + b] + n[b * k + a] + n[b * k + b]) -
	    xlx(n[a * k + a]) - xlx(n[a * k + b]) - xlx(n[b * k + a]) -
	    xlx(n[b * k + b]);
	g -= g2(cl->nl[a], cl->nl[b]) + g2(cl->nr[a], cl->nr[b]);
	return g;
}

/* Fold class j into class i. */
static void
merge_counts(struct classes *cl, uint32_t i, uint32_t j)
{
	size_t k = cl->k, x;

	for (x = 0; x < k; x++)
		cl->n[i * k + x] += cl->n[j * k + x];
	for (x = 0; x < k; x++)
		if (x != j)
			cl->n[x * k + i] += cl->n[x * k + j];
	for (x = 0; x < k; x++)
		cl->n[j * k + x] = cl->n[x * k + j] = 0;
	cl->nl[i] += cl->nl[j];
	cl->nr[i] += cl->nr[j];
	cl->nl[j] = cl->nr[j] = 0;
}

static void
merge_step(struct merger *m, uint32_t i, uint32_t j)
{
	struct classes *cl = m->cl;
	uint32_t p, q, a, b, c = cl->c;

	/* Brown's update: for every other pair only the terms at contexts
	 * i and j change, and they become one term at the merged class */
	for (p = 0; p < m->nact; p++)
		for (q = p + 1; q < m->nact; q++) {
			a = m->act[p];
			b = m->act[q];
			if (a == i || a == j || b == i || b == j)
				continue;
			m->loss[a * c + b] -= pair_at(cl, a, b, i) +
			    pair_at(cl, a, b, j);
		}
	merge_counts(cl, i, j);
	for (p = 0, q = 0; p < m->nact; p++)
		if (m->act[p] != j)
			m->act[q++] = m->act[p];
	m->nact = q;
	for (p = 0; p < m->nact; p++)
		for (q = p + 1; q < m->nact; q++) {
			a = m->act[p];
			b = m->act[q];
			if (a == i || b == i)
				m->loss[a * c + b] = merge_loss(m, a, b);
			else
				m->loss[a * c + b] += pair_at(cl, a, b, i);
		}
}

/* Merge the classes down to one; kid[2*node], kid[2*node+1] are the
 * children of internal nodes c..2c-2 (leaves are the classes), and the
 * root is node 2c-2. */
static uint32_t *
merge_all(struct classes *cl)
{
	uint32_t c = cl->c, p, q, a, b, bi = 0, bj = 0, node = c;
	uint32_t *kid = emalloc(2 * (size_t)(2 * c) * sizeof(*kid));
	uint32_t *top = emalloc(c * sizeof(*top));	/* node of each slot */
	struct merger m;
	double best;

	m.cl = cl;
	m.act = emalloc(c * sizeof(*m.act));
	m.loss = emalloc((size_t)c * c * sizeof(*m.loss));
	for (p = 0; p < c; p++)
		m.act[p] = top[p] = p;
	m.nact = c;
	for (p = 0; p < c; p++)
		for (q = p + 1; q < c; q++)
			m.loss[p * c + q] = merge_loss(&m, p, q);
	while (m.nact > 1) {
		best = -HUGE_VAL;
		for (p = 0; p < m.nact; p++)
			for (q = p + 1; q < m.nact; q++) {
				a = m.act[p];
				b = m.act[q];
				if (m.loss[a * c + b] > best) {
					best = m.loss[a * c + b];
					bi = a;
					bj = b;
				}
			}
		merge_step(&m, bi, bj);
		kid[2 * node] = top[bi];
		kid[2 * node + 1] = top[bj];
		top[bi] = node++;
	}
	free(top);
	free(m.act);
	free(m.loss);
	return kid;
}

/* ---- bit strings ---- */

struct paths {
	char (*bits)[MAXBITS + 1];	/* of each class */
	int maxdepth;
	uint32_t cut;			/* classes whose path was cut */
};

static void
paths_walk(struct paths *pt, const uint32_t *kid, uint32_t c, uint32_t node,
    char *path, int depth)
{
	int i;

	if (depth > pt->maxdepth)
		pt->maxdepth = depth;
	if (node < c) {
		int n = depth < MAXBITS ? depth : MAXBITS;

		memcpy(pt->bits[node], path, (size_t)n);
		pt->bits[node][n] = '\0';
		pt->cut += depth > MAXBITS;
		return;
	}
	for (i = 0; i < 2; i++) {
		path[depth] = (char)('0' + i);
		paths_walk(pt, kid, c, kid[2 * node + i], path, depth + 1);
	}
}

static void
paths_make(struct paths *pt, const uint32_t *kid, uint32_t c, int minbits)
{
	char *path = emalloc((size_t)c + 1);
	uint32_t i;
	size_t n;

	pt->bits = ecalloc(c, sizeof(*pt->bits));
	pt->maxdepth = 0;
	pt->cut = 0;
	paths_walk(pt, kid, c, c == 1 ? 0 : 2 * c - 2, path, 0);
	for (i = 0; i < c; i++)
		for (n = strlen(pt->bits[i]); n < (size_t)minbits; n++) {
			pt->bits[i][n] = '0';
			pt->bits[i][n + 1] = '\0';
		}
	free(path);
}

/* ---- output ---- */

struct outrow {
	const char *bits, *word;
	uint32_t len;
	int64_t count;
};

static int
outrow_cmp(const void *a, const void *b)
{
	const struct outrow *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c;

	if ((c = strcmp(x->bits, y->bits)) != 0)
		return c;
	if ((c = memcmp(x->word, y->word, n)) != 0)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}

static void
write_paths(FILE *out, const struct vocab *v, const uint32_t *order,
    uint32_t nv, const uint32_t *of, const struct paths *pt)
{
	struct outrow *row = emalloc((nv + 1) * sizeof(*row));
	uint32_t i;

	for (i = 0; i < nv; i++) {
		const struct word *w = &v->w[order[i]];

		row[i].bits = pt->bits[of[i]];
		row[i].word = v->text.s + w->off;
		row[i].len = w->len;
		row[i].count = w->count;
	}
	qsort(row, nv, sizeof(*row), outrow_cmp);
	for (i = 0; i < nv; i++) {
		fputs(row[i].bits, out);
		putc('\t', out);
		fwrite(row[i].word, 1, row[i].len, out);
		fprintf(out, "\t%" PRId64 "\n", row[i].count);
	}
	free(row);
}

/* ---- main ---- */

static void
usage(FILE *fp, int status)
{
	fprintf(fp, "usage: %s [-v] [-c clusters] [-i iterations] "
	    "[-m mincount] [-o out] [file ...]\n", argv0);
	if (fp == stdout)
		fputs("Cluster the words of tokenized text (a sentence a line, "
		    "tokens separated\nby spaces) and write BITS<TAB>WORD<TAB>"
		    "COUNT lines, sorted.\n\n"
		    "  -c CLUSTERS   number of classes, a power of two, "
		    "2 to 4096 [256]\n"
		    "  -i ITERATIONS most passes of the exchange algorithm [20]\n"
		    "  -m MINCOUNT   cluster words seen at least this often [2]\n"
		    "  -o OUT        write to OUT instead of standard output\n"
		    "  -v            report progress on standard error\n"
		    "  -h            show this help and exit\n", fp);
	exit(status);
}

static long
number(const char *s, long lo, long hi, int opt)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno || end == s || *end || n < lo || n > hi) {
		warnf("-%c: '%s': not a number from %ld to %ld", opt, s, lo, hi);
		usage(stderr, EXIT_USAGE);
	}
	return n;
}

static int
read_inputs(struct vocab *v, int argc, char **argv)
{
	FILE *fp;
	int i, ret = EXIT_OK;

	if (argc == 0)
		return read_file(v, stdin, "<stdin>") < 0 ? EXIT_BADINPUT : ret;
	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			if (read_file(v, stdin, "<stdin>") < 0)
				ret = EXIT_BADINPUT;
			continue;
		}
		if ((fp = fopen(argv[i], "r")) == NULL) {
			warnf("%s:", argv[i]);
			ret = EXIT_BADINPUT;
			continue;
		}
		if (read_file(v, fp, argv[i]) < 0)
			ret = EXIT_BADINPUT;
		fclose(fp);
	}
	return ret;
}

int
main(int argc, char **argv)
{
	struct vocab v = { .text = BUF_INIT };
	struct bigrams b;
	struct classes cl;
	struct paths pt;
	long nclusters = 256, iterations = 20, mincount = 2;
	const char *outname = NULL;
	uint32_t *order, *kid, nv, c;
	int ch, verbose = 0, minbits = 0, ret;
	FILE *out = stdout;

	setprogname(argv[0]);
	while ((ch = getopt(argc, argv, "c:hi:m:o:v")) != -1)
		switch (ch) {
		case 'c':
			nclusters = number(optarg, 2, MAXCLUSTERS, ch);
			if (nclusters & (nclusters - 1)) {
				warnf("-c: '%s': not a power of two", optarg);
				usage(stderr, EXIT_USAGE);
			}
			break;
		case 'h':
			usage(stdout, EXIT_OK);
			break;
		case 'i':
			iterations = number(optarg, 0, INT_MAX, ch);
			break;
		case 'm':
			mincount = number(optarg, 1, LONG_MAX, ch);
			break;
		case 'o':
			outname = optarg;
			break;
		case 'v':
			verbose = 1;
			break;
		default:
			usage(stderr, EXIT_USAGE);
		}
	argc -= optind;
	argv += optind;
	while ((1L << minbits) < nclusters)
		minbits++;
	if (outname && (out = fopen(outname, "w")) == NULL)
		dief(EXIT_BADINPUT, "%s:", outname);

	ret = read_inputs(&v, argc, argv);
	free(v.slot);
	v.slot = NULL;
	nv = vocab_number(&v, mincount, &order);
	if (verbose)
		fprintf(stderr, "%s: %" PRId64 " tokens, %zu distinct words, "
		    "%" PRIu32 " seen at least %ld times\n", argv0, v.nwords,
		    v.n, nv, mincount);
	if (nv > 0) {
		bigrams_build(&b, &v, nv);
		free(v.tok);
		v.tok = NULL;
		xlx_init(b.total);
		c = nv < (uint32_t)nclusters ? nv : (uint32_t)nclusters;
		classes_init(&cl, &b, c);
		exchange(&cl, &b, (int)iterations, verbose);
		kid = merge_all(&cl);
		paths_make(&pt, kid, c, minbits);
		if (pt.cut)
			warnf("merge tree %d deep: the paths of %" PRIu32
			    " classes cut at %d bits", pt.maxdepth, pt.cut,
			    MAXBITS);
		if (verbose)
			fprintf(stderr, "%s: %" PRIu32 " classes, paths %d bits "
			    "deep at most\n", argv0, c, pt.maxdepth);
		write_paths(out, &v, order, nv, cl.of, &pt);
		free(pt.bits);
		free(kid);
		classes_free(&cl);
		bigrams_free(&b);
		free(xlx_tab);
	}
	free(order);
	vocab_free(&v);
	if (fshut(out, outname ? outname : "<stdout>") < 0)
		ret = EXIT_BADINPUT;
	return ret;
}
