/* nameidx.c: where a document writes a word after a capitalised word
 * (nameidx.h). */
#include "nameidx.h"

#include <stdlib.h>
#include <string.h>

#include "hash.h"

/* A place: the text from it to the next space (its run) decides the
 * order; the rest of the text, for words with a space in them. */
struct nameidx_place {
	const char *at;
	uint32_t run, rest;	/* bytes to the next space, and to the end */
	uint32_t s;
};

struct nameidx_word {
	uint64_t h;		/* 0: a free slot */
	size_t key, keylen;	/* its bytes in keys */
	size_t list, n;		/* its sentences in list */
	size_t next;		/* the caller's place in them */
};

void
nameidx_init(struct nameidx *ix)
{
	memset(ix, 0, sizeof(*ix));
}

void
nameidx_reset(struct nameidx *ix)
{
	ix->nplace = ix->nlist = ix->nword = 0;
	ix->sorted = 0;
	if (ix->word)
		memset(ix->word, 0, ix->capword * sizeof(*ix->word));
	buf_reset(&ix->keys);
}

void
nameidx_free(struct nameidx *ix)
{
	free(ix->place);
	free(ix->list);
	free(ix->word);
	buf_free(&ix->keys);
	nameidx_init(ix);
}

/* Does the run of bytes before the space before p begin with a capital?
 * The test the scan it replaces made, byte for byte (quotes.c). */
static int
after_capital(const char *t, const char *p)
{
	const char *h = p - 2;

	while (h > t && h[-1] != ' ')
		h--;
	return (*h >= 'A' && *h <= 'Z') || (unsigned char)*h >= 0xC0;
}

int
nameidx_add(struct nameidx *ix, uint32_t s, const char *text, size_t n)
{
	const char *p, *end = text + n, *sp;

	if (n > UINT32_MAX)
		return -1;
	if (n < 3)
		return 0;
	for (p = text + 3; p <= end; p++) {
		if (p[-1] != ' ' || !after_capital(text, p))
			continue;
		if (grow(&ix->place, ix->nplace, &ix->capplace,
		    sizeof(*ix->place)) < 0)
			return -1;
		sp = memchr(p, ' ', (size_t)(end - p));
		ix->place[ix->nplace].at = p;
		ix->place[ix->nplace].run = (uint32_t)((sp ? sp : end) - p);
		ix->place[ix->nplace].rest = (uint32_t)(end - p);
		ix->place[ix->nplace].s = s;
		ix->nplace++;
	}
	ix->sorted = 0;
	return 0;
}

/* The runs in byte order, a shorter one before those it begins; then by
 * sentence and place, so that the order is total. */
static int
place_cmp(const void *x, const void *y)
{
	const struct nameidx_place *a = x, *b = y;
	size_t n = a->run < b->run ? a->run : b->run;
	int c = memcmp(a->at, b->at, n);

	if (c != 0)
		return c;
	if (a->run != b->run)
		return a->run < b->run ? -1 : 1;
	if (a->s != b->s)
		return a->s < b->s ? -1 : 1;
	return a->at < b->at ? -1 : a->at > b->at;
}

/* Where place x stands to key w[0..n): below, inside (0) or above the
 * places whose run begins with it (prefix) or is it (!prefix). */
static int
key_cmp(const struct nameidx_place *x, const char *w, size_t n, int prefix)
{
	size_t m = x->run < n ? x->run : n;
	int c = memcmp(x->at, w, m);

	if (c != 0)
		return c;
	if (x->run < n)
		return -1;
	return x->run > n && !prefix;
}

/* The first place at or above the key (above: past those inside). */
static size_t
bound(const struct nameidx *ix, const char *w, size_t n, int prefix,
    int above)
{
	size_t lo = 0, hi = ix->nplace, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = key_cmp(&ix->place[mid], w, n, prefix);
		if (c < 0 || (above && c == 0))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
u32_cmp(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;

	return a < b ? -1 : a > b;
}

/* The list of w: the sentences of the places that write it. */
static int
make_list(struct nameidx *ix, struct nameidx_word *wd, const char *w,
    size_t n)
{
	const char *sp = memchr(w, ' ', n);
	size_t key = sp ? (size_t)(sp - w) : n, lo, hi, i, k;
	const struct nameidx_place *x;

	lo = bound(ix, w, key, sp == NULL, 0);
	hi = bound(ix, w, key, sp == NULL, 1);
	wd->list = ix->nlist;
	for (i = lo; i < hi; i++) {
		x = &ix->place[i];
		/* a word with a space goes on past the run */
		if (sp && (x->rest < n || memcmp(x->at, w, n) != 0))
			continue;
		if (grow(&ix->list, ix->nlist, &ix->caplist,
		    sizeof(*ix->list)) < 0)
			return -1;
		ix->list[ix->nlist++] = x->s;
	}
	wd->n = ix->nlist - wd->list;
	if (wd->n > 1)
		qsort(ix->list + wd->list, wd->n, sizeof(*ix->list), u32_cmp);
	for (i = k = 0; i < wd->n; i++)
		if (k == 0 || ix->list[wd->list + i] != ix->list[wd->list + k - 1])
			ix->list[wd->list + k++] = ix->list[wd->list + i];
	ix->nlist = wd->list + k;
	wd->n = k;
	return 0;
}

static uint64_t
word_hash(const char *w, size_t n)
{
	uint64_t h = hash_mix(hash_str(w, n));

	return h ? h : 1;	/* 0 marks a free slot */
}

static struct nameidx_word *
slot_of(const struct nameidx *ix, uint64_t h, const char *w, size_t n)
{
	size_t mask = ix->capword - 1, i = h & mask;
	struct nameidx_word *wd;

	for (;; i = (i + 1) & mask) {
		wd = &ix->word[i];
		if (wd->h == 0 || (wd->h == h && wd->keylen == n &&
		    memcmp(ix->keys.s + wd->key, w, n) == 0))
			return wd;
	}
}

/* Room for one more word, the table at most half full. */
static int
word_room(struct nameidx *ix)
{
	struct nameidx_word *old = ix->word, *wd;
	size_t oldcap = ix->capword, i;

	if (ix->nword + 1 <= ix->capword / 2)
		return 0;
	ix->capword = oldcap ? oldcap * 2 : 64;
	if ((ix->word = calloc(ix->capword, sizeof(*ix->word))) == NULL) {
		ix->word = old;
		ix->capword = oldcap;
		return -1;
	}
	for (i = 0; i < oldcap; i++) {
		if (old[i].h == 0)
			continue;
		wd = slot_of(ix, old[i].h, ix->keys.s + old[i].key,
		    old[i].keylen);
		*wd = old[i];
	}
	free(old);
	return 0;
}

int
nameidx_find(struct nameidx *ix, const char *w, size_t n,
    struct nameidx_hits *hits)
{
	uint64_t h = word_hash(w, n);
	struct nameidx_word *wd;

	if (!ix->sorted) {
		if (ix->nplace > 1)
			qsort(ix->place, ix->nplace, sizeof(*ix->place),
			    place_cmp);
		ix->sorted = 1;
	}
	if (word_room(ix) < 0)
		return -1;
	wd = slot_of(ix, h, w, n);
	if (wd->h == 0) {
		wd->key = ix->keys.l;
		if (buf_add(&ix->keys, w, n) < 0 || make_list(ix, wd, w, n) < 0)
			return -1;
		wd->h = h;
		wd->keylen = n;
		wd->next = 0;
		ix->nword++;
	}
	hits->s = wd->n ? ix->list + wd->list : NULL;
	hits->n = wd->n;
	hits->next = &wd->next;
	return 0;
}
