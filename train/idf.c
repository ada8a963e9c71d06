/* news-idf: background document frequencies for news-summarize.
 *
 *   news-idf [-m MIN] < docs.tsv > data/idf.tsv
 *
 * Reads documents, one a line (ID<TAB>TEXT, escaped as the record protocol
 * says, '#' comments), takes their terms as news-summarize does
 * (sum_terms: folded, stop words out, Porter stems) and writes the number
 * of documents, "@docs<TAB>N", then "STEM<TAB>DF" for every stem found in
 * at least MIN documents (default 2), sorted by stem, so the file is the
 * same from the same input.  scripts/make-idf.sh runs it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "hash.h"
#include "summary.h"
#include "tsv.h"

struct stem {
	uint64_t key;
	size_t name;		/* offset in the names buffer */
	unsigned long df, lastdoc;
};

static struct stem *st;
static size_t nst, stcap;
static size_t *slot;		/* open addressing: stem index + 1, 0 free */
static size_t nslot;
static struct buf names = BUF_INIT;

static void
rehash(void)
{
	size_t i, j, n = nslot ? nslot * 2 : 1 << 16;

	free(slot);
	slot = ecalloc(n, sizeof(*slot));
	nslot = n;
	for (i = 0; i < nst; i++) {
		j = hash_mix(st[i].key) & (n - 1);
		while (slot[j])
			j = (j + 1) & (n - 1);
		slot[j] = i + 1;
	}
}

static void
count(uint64_t key, const char *name, unsigned long doc)
{
	size_t j;

	if ((nst + 1) * 2 > nslot)
		rehash();
	j = hash_mix(key) & (nslot - 1);
	while (slot[j] && st[slot[j] - 1].key != key)
		j = (j + 1) & (nslot - 1);
	if (!slot[j]) {
		if (grow(&st, nst, &stcap, sizeof(*st)) < 0)
			dief(EXIT_BADINPUT, "out of memory");
		st[nst].key = key;
		st[nst].name = names.l;
		st[nst].df = 0;
		st[nst].lastdoc = 0;
		if (buf_adds(&names, name) < 0 || buf_addc(&names, '\0') < 0)
			dief(EXIT_BADINPUT, "out of memory");
		slot[j] = ++nst;
	}
	if (st[slot[j] - 1].lastdoc != doc) {
		st[slot[j] - 1].lastdoc = doc;
		st[slot[j] - 1].df++;
	}
}

static int
cmpname(const void *a, const void *b)
{
	return strcmp(names.s + ((const struct stem *)a)->name,
	    names.s + ((const struct stem *)b)->name);
}

int
main(int argc, char **argv)
{
	struct summarizer *sm = summarizer_new();
	struct tsv_reader r;
	struct buf stems = BUF_INIT;
	uint64_t *keys = NULL;
	size_t cap = 0, i, off;
	unsigned long ndoc = 0, min = 2;
	long n, k;
	int rc;

	setprogname(argv[0]);
	if (argc == 3 && strcmp(argv[1], "-m") == 0)
		min = strtoul(argv[2], NULL, 10);
	else if (argc != 1)
		dief(EXIT_USAGE, "usage: news-idf [-m MIN] < docs.tsv");
	if (sm == NULL)
		dief(EXIT_BADINPUT, "out of memory");
	tsv_init(&r, stdin, "<stdin>");
	while ((rc = tsv_next(&r)) != TSV_EOF) {
		if (rc != TSV_RECORD || r.nfield < 2)
			dief(EXIT_BADINPUT, "<stdin>:%lu: expected ID<TAB>TEXT",
			    r.lr.lineno);
		ndoc++;
		buf_reset(&stems);
		if ((n = sum_terms(sm, r.field[1], r.len[1], &keys, &cap,
		    &stems)) < 0)
			dief(EXIT_BADINPUT, "out of memory");
		for (k = 0, off = 0; k < n; k++) {
			count(keys[k], stems.s + off, ndoc);
			off += strlen(stems.s + off) + 1;
		}
	}
	tsv_free(&r);
	qsort(st, nst, sizeof(*st), cmpname);
	printf("@docs\t%lu\n", ndoc);
	for (i = 0; i < nst; i++)
		if (st[i].df >= min)
			printf("%s\t%lu\n", names.s + st[i].name, st[i].df);
	summarizer_free(sm);
	free(keys);
	free(st);
	free(slot);
	buf_free(&stems);
	buf_free(&names);
	return fshut(stdout, "<stdout>") < 0 ? EXIT_BADINPUT : EXIT_OK;
}
