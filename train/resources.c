#include "resources.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "feats.h"
#include "hash.h"
#include "token.h"
#include "tsv.h"

struct slots {
	struct mentry *s;
	size_t n, cap;
};

/* Add or merge (OR the bits of a) an entry. */
static void
slots_put(struct slots *t, uint64_t key, uint32_t a, uint32_t b, int merge)
{
	size_t i;

	/* lists are small enough for a linear merge pass at the end; here
	 * append and let finish() combine duplicates */
	(void)merge;
	if (grow(&t->s, t->n, &t->cap, sizeof(*t->s)) < 0)
		dief(1, "out of memory");
	i = t->n++;
	t->s[i].key = key;
	t->s[i].a = a;
	t->s[i].b = b;
}

static int
slot_cmp(const void *x, const void *y)
{
	const struct mentry *a = x, *b = y;

	return a->key < b->key ? -1 : a->key > b->key;
}

/* Sort by key; duplicates OR their bits (gazetteers) or keep the first
 * (clusters: the file's first line for a word wins). */
static void
finish(struct slots *t, int or_bits)
{
	size_t i, k = 0;

	qsort(t->s, t->n, sizeof(*t->s), slot_cmp);
	for (i = 0; i < t->n; i++) {
		if (k && t->s[k - 1].key == t->s[i].key) {
			if (or_bits)
				t->s[k - 1].a |= t->s[i].a;
			continue;
		}
		t->s[k++] = t->s[i];
	}
	t->n = k;
}

static int
read_clusters(struct slots *t, const char *path, int lower)
{
	struct linereader lr;
	FILE *fp = fopen(path, "r");
	char *tab, *word, *end;
	uint32_t bits;
	size_t len, i;

	if (fp == NULL) {
		warnf("%s:", path);
		return -1;
	}
	lr_init(&lr, fp, path);
	while (lr_next(&lr) == LR_LINE) {
		if ((tab = strchr(lr.line.s, '\t')) == NULL)
			continue;
		word = tab + 1;
		end = strchr(word, '\t');
		len = end ? (size_t)(end - word) : strlen(word);
		if ((size_t)(tab - lr.line.s) > 24)	/* MENTRY_A_MAX */
			continue;
		for (bits = 0, i = 0; lr.line.s + i < tab; i++)
			bits = bits << 1 | (lr.line.s[i] == '1');
		slots_put(t, mkey(lower ? ftok_norm_key(word, len) :
		    hash_str(word, len)), bits, (uint32_t)(tab - lr.line.s), 0);
	}
	lr_free(&lr);
	fclose(fp);
	return 0;
}

static const struct { const char *file; unsigned bit; int column; } gazfiles[] = {
	{ "first-names.txt", GAZ_FIRST, 0 },
	{ "surnames.txt", GAZ_SURNAME, 0 },
	{ "countries.tsv", GAZ_COUNTRY, 0 },
	{ "countries.tsv", GAZ_COUNTRY, 1 },
	{ "cities.txt", GAZ_CITY, 0 },
	{ "regions.txt", GAZ_REGION, 0 },
	{ "organizations.txt", GAZ_ORG, 0 },
	{ "titles.txt", GAZ_TITLE, 0 },
	{ "org-heads.txt", GAZ_ORGHEAD, 0 },
	{ "loc-heads.txt", GAZ_LOCHEAD, 0 },
	{ "teams.txt", GAZ_TEAM, 0 },
	{ "misc.txt", GAZ_MISC, 0 },
	{ "misc-words.txt", GAZ_MISCHEAD, 0 },
};

/* Add the entry of a word or a phrase, cut into tokens as news-tag will
 * see them, with gazetteer bits a; a phrase also marks its first word as
 * one that begins a phrase of its length. */
static void
put_entry(struct slots *t, const struct tokenizer *tk, const char *s,
    size_t n, uint32_t a)
{
	static struct tokspan *sp;
	static size_t cap;
	uint64_t norm[PHRASE_MAX];
	long k, i;

	k = tokenize(tk, s, n, &sp, &cap);
	if (k == 1)
		slots_put(t, mkey(ftok_norm_key(s, n)), a, 0, 1);
	if (k <= 1 || k > PHRASE_MAX)
		return;
	for (i = 0; i < k; i++)
		norm[i] = ftok_norm_key(s + sp[i].s, sp[i].e - sp[i].s);
	slots_put(t, phrase_key(norm, (size_t)k), a, 0, 1);
	slots_put(t, mkey(norm[0]), 1u << (GAZ_STARTS_SHIFT + k - 2), 0, 1);
}

static void
read_gazetteer(struct slots *t, const struct tokenizer *tk, const char *dir,
    int k)
{
	char path[4096];
	struct linereader lr;
	FILE *fp;
	char *s;
	size_t n;
	int col;

	snprintf(path, sizeof(path), "%s/%s", dir, gazfiles[k].file);
	if ((fp = fopen(path, "r")) == NULL)
		return;		/* lists are optional */
	lr_init(&lr, fp, path);
	while (lr_next(&lr) == LR_LINE) {
		s = lr.line.s;
		if (*s == '#' || *s == '\0')
			continue;
		for (col = 0; col < gazfiles[k].column && s; col++)
			if ((s = strchr(s, '\t')) != NULL)
				s++;
		if (s == NULL)
			continue;
		if ((n = strcspn(s, "\t")) > 0)
			put_entry(t, tk, s, n, gazfiles[k].bit);
	}
	lr_free(&lr);
	fclose(fp);
}

static int
cluster_table(struct model_writer *w, int id, const char *path, int lower)
{
	struct slots t = { NULL, 0, 0 };

	if (read_clusters(&t, path, lower) < 0)
		return -1;
	finish(&t, 0);
	if (mwriter_table(w, id, t.s, t.n) < 0)
		dief(1, "out of memory");
	fprintf(stderr, "news-train: %s: %zu words\n", path, t.n);
	free(t.s);
	return 0;
}

int
resources_write(struct model_writer *w, const char *clusters,
    const char *eclusters, const char *gazdir)
{
	struct slots t = { NULL, 0, 0 };
	size_t k;

	if (clusters && cluster_table(w, MS_CLUSTERS, clusters, 0) < 0)
		return -1;
	if (eclusters && cluster_table(w, MS_ECLUSTERS, eclusters, 1) < 0)
		return -1;
	if (gazdir) {
		struct tokenizer *tk = tokenizer_new();
		char path[4096], err[4352];

		snprintf(path, sizeof(path), "%s/../abbreviations.txt", gazdir);
		if (tk == NULL || tokenizer_load_abbrev(tk, path, err,
		    sizeof(err)) < 0)
			dief(1, "%s", tk ? err : "out of memory");
		for (k = 0; k < sizeof(gazfiles) / sizeof(gazfiles[0]); k++)
			read_gazetteer(&t, tk, gazdir, (int)k);
		tokenizer_free(tk);
		finish(&t, 1);
		if (mwriter_table(w, MS_GAZ, t.s, t.n) < 0)
			dief(1, "out of memory");
		fprintf(stderr, "news-train: %zu gazetteer words\n", t.n);
	}
	free(t.s);
	return 0;
}

static void
view(const struct model_writer *w, int id, struct mtable *t)
{
	t->slot = w->count[id] ? (const struct mslot *)w->data[id].s : NULL;
	t->mask = w->count[id] ? w->count[id] - 1 : 0;
}

int
resources_model(const struct model_writer *w, struct model *m)
{
	memset(m, 0, sizeof(*m));
	view(w, MS_CLUSTERS, &m->clusters);
	view(w, MS_GAZ, &m->gaz);
	view(w, MS_ECLUSTERS, &m->eclusters);
	return 0;
}
