/* rouge: ROUGE-1, ROUGE-2 and ROUGE-L of summaries, averaged over
 * documents or clusters; the C twin of ../shared/eval/rouge.py, which
 * prints the same lines for the same files (scripts/eval-summarize.sh
 * checks that when the Python scorer is there).
 *
 *   rouge [--words N] [--stem] [--group] REFS PRED
 *
 * REFS: ID<TAB>TEXT (the lines of one id are joined into one reference) or
 * ID<TAB>REF_NO<TAB>...<TAB>TEXT (several references an id, scores pooled
 * over them as ROUGE-1.5.5 -f A does).  PRED: sentence records
 * (news-summarize output).  Documents are matched on the id's last path
 * component; --group matches a record's id up to its first '/' (clusters).
 * --words N cuts the summary and each reference to their first N
 * whitespace-separated words; --stem Porter-stems words longer than 3
 * letters.  Words are runs of [a-z0-9] after folding (stem_fold).  An id
 * of REFS without a predicted sentence scores 0.
 *
 * Exit status: 0, 2 usage or a file that cannot be read.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "hash.h"
#include "stem.h"
#include "tsv.h"
#include "utf8.h"

/* A growable list of strings, each NUL-terminated in one buffer. */
struct strs {
	struct buf b;
	size_t *off;
	size_t n, cap;
};

struct ref {			/* one reference of one id */
	char *refno;
	struct buf text;	/* its lines, joined by spaces */
};

struct item {			/* one id of REFS */
	char *key;
	struct ref *r;
	size_t nr, rcap;
	struct buf pred;	/* the predicted sentences, joined by spaces */
	int haspred;
};

static struct item *items;
static size_t nitem, itemcap;
static size_t *slot;		/* key hash -> item index + 1 */
static size_t nslot;
static long limit;
static int stemming, group;

static const char *
basename_of(const char *s)
{
	const char *p = strrchr(s, '/');

	return p ? p + 1 : s;
}

static void
rehash(void)
{
	size_t i, j, n = nslot ? nslot * 2 : 1024;

	free(slot);
	slot = ecalloc(n, sizeof(*slot));
	nslot = n;
	for (i = 0; i < nitem; i++) {
		j = hash_mix(hash_str(items[i].key, strlen(items[i].key))) &
		    (n - 1);
		while (slot[j])
			j = (j + 1) & (n - 1);
		slot[j] = i + 1;
	}
}

/* The item of key, added when add is set; NULL when absent. */
static struct item *
find(const char *key, size_t n, int add)
{
	size_t j;

	if ((nitem + 1) * 2 > nslot)
		rehash();
	j = hash_mix(hash_str(key, n)) & (nslot - 1);
	while (slot[j]) {
		if (strlen(items[slot[j] - 1].key) == n &&
		    memcmp(items[slot[j] - 1].key, key, n) == 0)
			return &items[slot[j] - 1];
		j = (j + 1) & (nslot - 1);
	}
	if (!add)
		return NULL;
	if (grow(&items, nitem, &itemcap, sizeof(*items)) < 0)
		dief(EXIT_USAGE, "out of memory");
	memset(&items[nitem], 0, sizeof(*items));
	items[nitem].key = emalloc(n + 1);
	memcpy(items[nitem].key, key, n);
	items[nitem].key[n] = '\0';
	slot[j] = ++nitem;
	return &items[nitem - 1];
}

static void
join(struct buf *b, const char *s, size_t n)
{
	if (b->l)
		buf_addc(b, ' ');
	buf_add(b, s, n);
}

static void
read_refs(const char *path)
{
	struct tsv_reader r;
	FILE *fp;
	struct item *it;
	const char *key, *refno;
	size_t i;
	int rc;

	if ((fp = fopen(path, "r")) == NULL)
		dief(EXIT_USAGE, "%s:", path);
	tsv_init(&r, fp, path);
	while ((rc = tsv_next(&r)) != TSV_EOF) {
		if (rc != TSV_RECORD)
			dief(EXIT_USAGE, "%s:%lu: bad line", path, r.lr.lineno);
		if (r.nfield < 2)
			dief(EXIT_USAGE, "%s:%lu: expected at least 2 fields, "
			    "got %zu", path, r.lr.lineno, r.nfield);
		key = r.nfield == 2 ? basename_of(r.field[0]) : r.field[0];
		refno = r.nfield == 2 ? "1" : r.field[1];
		it = find(key, strlen(key), 1);
		for (i = 0; i < it->nr; i++)
			if (strcmp(it->r[i].refno, refno) == 0)
				break;
		if (i == it->nr) {
			if (grow(&it->r, it->nr, &it->rcap, sizeof(*it->r)) < 0)
				dief(EXIT_USAGE, "out of memory");
			it->r[i].refno = estrdup(refno);
			memset(&it->r[i].text, 0, sizeof(it->r[i].text));
			it->nr++;
		}
		join(&it->r[i].text, r.field[r.nfield - 1],
		    r.len[r.nfield - 1]);
	}
	tsv_free(&r);
	fclose(fp);
}

static void
read_pred(const char *path)
{
	struct tsv_reader r;
	FILE *fp;
	struct item *it;
	const char *key, *p;
	size_t n;
	int rc;

	if ((fp = fopen(path, "r")) == NULL)
		dief(EXIT_USAGE, "%s:", path);
	tsv_init(&r, fp, path);
	while ((rc = tsv_next(&r)) != TSV_EOF) {
		if (rc != TSV_RECORD)
			dief(EXIT_USAGE, "%s:%lu: bad line", path, r.lr.lineno);
		if (r.nfield < 6)
			dief(EXIT_USAGE, "%s:%lu: expected at least 6 fields, "
			    "got %zu", path, r.lr.lineno, r.nfield);
		if (group) {
			key = r.field[0];
			n = (p = strchr(key, '/')) ? (size_t)(p - key) : strlen(key);
		} else {
			key = basename_of(r.field[0]);
			n = strlen(key);
		}
		if ((it = find(key, n, 0)) == NULL)
			continue;
		if (it->haspred)
			buf_addc(&it->pred, ' ');
		buf_add(&it->pred, r.field[5], r.len[5]);
		it->haspred = 1;
	}
	tsv_free(&r);
	fclose(fp);
}

/* ---- words ---- */

static struct buf fold, cut, word;
static uint64_t *wid;		/* word keys of the text last tokenized */
static size_t nw, wcap;

/* Python's str.split(): whitespace as Unicode has it (utf8_space_len
 * knows the same set less the ASCII separators 1C..1F, which it also
 * counts). */
static void
cut_words(const char *s, size_t n, long lim)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, st;
	long k = 0;
	int sp;

	buf_reset(&cut);
	while (i < n && k < lim) {
		if ((sp = utf8_space_len(u + i, n - i)) > 0) {
			i += (size_t)sp;
			continue;
		}
		st = i;
		while (i < n && utf8_space_len(u + i, n - i) == 0)
			i++;
		if (k++)
			buf_addc(&cut, ' ');
		buf_add(&cut, s + st, i - st);
	}
}

static void
tokens(const char *s, size_t n)
{
	size_t i, st, len;

	if (limit > 0) {
		cut_words(s, n, limit);
		s = cut.s ? cut.s : "";
		n = cut.l;
	}
	buf_reset(&fold);
	if (stem_fold(&fold, s, n) < 0)
		dief(EXIT_USAGE, "out of memory");
	nw = 0;
	for (i = 0; i < fold.l;) {
		if (!((fold.s[i] >= 'a' && fold.s[i] <= 'z') ||
		    (fold.s[i] >= '0' && fold.s[i] <= '9'))) {
			i++;
			continue;
		}
		st = i;
		while (i < fold.l && ((fold.s[i] >= 'a' && fold.s[i] <= 'z') ||
		    (fold.s[i] >= '0' && fold.s[i] <= '9')))
			i++;
		buf_reset(&word);
		buf_add(&word, fold.s + st, i - st);
		len = word.l;
		if (stemming && len > 3)
			len = stem_porter(word.s, len);
		if (grow(&wid, nw, &wcap, sizeof(*wid)) < 0)
			dief(EXIT_USAGE, "out of memory");
		wid[nw++] = hash_str(word.s, len);
	}
}

static int
cmpu64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* The n-grams of w[0..nw) as sorted keys in *g; returns their number. */
static size_t
ngrams(const uint64_t *w, size_t len, int n, uint64_t **g, size_t *cap)
{
	size_t i, k = 0;

	for (i = 0; i + (size_t)n <= len; i++) {
		if (grow(g, k, cap, sizeof(**g)) < 0)
			dief(EXIT_USAGE, "out of memory");
		(*g)[k++] = n == 1 ? w[i] : hash_mix(w[i] * 31 + hash_mix(w[i + 1]));
	}
	qsort(*g, k, sizeof(**g), cmpu64);
	return k;
}

/* Clipped matches of two sorted multisets. */
static size_t
overlap(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, hit = 0;

	while (i < na && j < nb) {
		if (a[i] < b[j])
			i++;
		else if (a[i] > b[j])
			j++;
		else {
			hit++;
			i++;
			j++;
		}
	}
	return hit;
}

static size_t
lcs(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	static size_t *prev, *cur, cap;
	size_t i, j, *t;

	if (na == 0 || nb == 0)
		return 0;
	if (nb + 1 > cap) {
		cap = nb + 1;
		prev = erealloc(prev, cap * sizeof(*prev));
		cur = erealloc(cur, cap * sizeof(*cur));
	}
	memset(prev, 0, (nb + 1) * sizeof(*prev));
	for (i = 0; i < na; i++) {
		cur[0] = 0;
		for (j = 0; j < nb; j++)
			cur[j + 1] = a[i] == b[j] ? prev[j] + 1 :
			    (prev[j + 1] > cur[j] ? prev[j + 1] : cur[j]);
		t = prev;
		prev = cur;
		cur = t;
	}
	return prev[nb];
}

static void
f1(double hit, double npred, double nref, double *f, double *r)
{
	double p = npred ? hit / npred : 0.0;

	*r = nref ? hit / nref : 0.0;
	*f = p + *r ? 2 * p * *r / (p + *r) : 0.0;
}

int
main(int argc, char **argv)
{
	uint64_t *pw = NULL, *pg = NULL, *rg = NULL, *rw = NULL;
	size_t npw, pwcap = 0, pgcap = 0, rgcap = 0, rwcap = 0, i, k, npg,
	    nrg, lens = 0;
	double tot[6] = { 0 }, f, r, hit, nref, n;
	int a, g;
	struct item *it;

	setprogname(argv[0]);
	for (a = 1; a < argc && argv[a][0] == '-' && argv[a][1]; a++) {
		if (strcmp(argv[a], "--words") == 0 && a + 1 < argc)
			limit = strtol(argv[++a], NULL, 10);
		else if (strcmp(argv[a], "--stem") == 0)
			stemming = 1;
		else if (strcmp(argv[a], "--group") == 0)
			group = 1;
		else
			break;
	}
	if (argc - a != 2)
		dief(EXIT_USAGE, "usage: rouge [--words N] [--stem] [--group] "
		    "REFS PRED");
	read_refs(argv[a]);
	read_pred(argv[a + 1]);
	for (i = 0; i < nitem; i++) {
		it = &items[i];
		tokens(it->pred.s ? it->pred.s : "", it->pred.l);
		npw = nw;
		if (grow(&pw, npw, &pwcap, sizeof(*pw)) < 0)
			dief(EXIT_USAGE, "out of memory");
		memcpy(pw, wid, npw * sizeof(*pw));
		lens += npw;
		for (g = 1; g <= 2; g++) {
			npg = ngrams(pw, npw, g, &pg, &pgcap);
			hit = nref = 0;
			for (k = 0; k < it->nr; k++) {
				tokens(it->r[k].text.s, it->r[k].text.l);
				nrg = ngrams(wid, nw, g, &rg, &rgcap);
				hit += (double)overlap(pg, npg, rg, nrg);
				nref += (double)nrg;
			}
			f1(hit, (double)npg * (double)it->nr, nref, &f, &r);
			tot[(g - 1) * 2] += f;
			tot[(g - 1) * 2 + 1] += r;
		}
		hit = nref = 0;
		for (k = 0; k < it->nr; k++) {
			tokens(it->r[k].text.s, it->r[k].text.l);
			if (grow(&rw, nw, &rwcap, sizeof(*rw)) < 0)
				dief(EXIT_USAGE, "out of memory");
			memcpy(rw, wid, nw * sizeof(*rw));
			hit += (double)lcs(rw, nw, pw, npw);
			nref += (double)nw;
		}
		f1(hit, (double)npw * (double)it->nr, nref, &f, &r);
		tot[4] += f;
		tot[5] += r;
	}
	n = nitem ? (double)nitem : 1.0;
	printf("%zu %s, mean summary length %.1f words\n", nitem,
	    group ? "clusters" : "documents", (double)lens / n);
	printf("ROUGE-1 F %.4f R %.4f | ROUGE-2 F %.4f R %.4f | ROUGE-L F %.4f "
	    "R %.4f\n", tot[0] / n, tot[1] / n, tot[2] / n, tot[3] / n,
	    tot[4] / n, tot[5] / n);
	printf("R2 %.4f\n", tot[2] / n);
	return fshut(stdout, "<stdout>") < 0 ? 1 : 0;
}
