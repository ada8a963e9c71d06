#include "wordset.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datafile.h"

void
wordset_init(struct wordset *ws)
{
	memset(ws, 0, sizeof(*ws));
}

void
wordset_free(struct wordset *ws)
{
	size_t i;

	for (i = 0; i < ws->cap; i++)
		free(ws->key[i]);
	free(ws->key);
	free(ws->klen);
	free(ws->val);
	wordset_init(ws);
}

static uint32_t
fnv1a(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--) {
		h ^= (unsigned char)*s++;
		h *= 16777619u;
	}
	return h;
}

static size_t
wordset_slot(const struct wordset *ws, const char *s, size_t n)
{
	size_t mask = ws->cap - 1, i = fnv1a(s, n) & mask;

	while (ws->key[i] &&
	    !(ws->klen[i] == n && memcmp(ws->key[i], s, n) == 0))
		i = (i + 1) & mask;
	return i;
}

static int
wordset_grow(struct wordset *ws)
{
	struct wordset big;
	size_t i, j;

	memcpy(&big, ws, sizeof(big));
	big.cap = ws->cap ? ws->cap * 2 : 64;
	big.key = calloc(big.cap, sizeof(*big.key));
	big.klen = calloc(big.cap, 1);
	big.val = calloc(big.cap, sizeof(*big.val));
	if (!big.key || !big.klen || !big.val) {
		free(big.key);
		free(big.klen);
		free(big.val);
		return -1;
	}
	for (i = 0; i < ws->cap; i++) {
		if (ws->key[i] == NULL)
			continue;
		j = wordset_slot(&big, ws->key[i], ws->klen[i]);
		big.key[j] = ws->key[i];
		big.klen[j] = ws->klen[i];
		big.val[j] = ws->val[i];
	}
	free(ws->key);
	free(ws->klen);
	free(ws->val);
	ws->key = big.key;
	ws->klen = big.klen;
	ws->val = big.val;
	ws->cap = big.cap;
	return 0;
}

static void
set_bit(uint64_t *bits, size_t v)	/* the other side of wordset_bit() */
{
	bits[v / 64] |= 1ULL << v % 64;
}

int
wordset_put(struct wordset *ws, const char *s, size_t n, int val)
{
	size_t i;

	if (n > WORDSET_MAXKEY)
		return -1;
	/* keep the load under one half so probes stay short */
	if ((ws->n + 1) * 2 > ws->cap && wordset_grow(ws) < 0)
		return -1;
	i = wordset_slot(ws, s, n);
	if (ws->key[i] == NULL) {
		if ((ws->key[i] = malloc(n + 1)) == NULL)
			return -1;
		memcpy(ws->key[i], s, n);
		ws->key[i][n] = '\0';
		ws->klen[i] = (unsigned char)n;
		ws->n++;
		set_bit(ws->lens, n);
		if (n > 0) {
			set_bit(ws->first, (unsigned char)s[0]);
			set_bit(ws->last, (unsigned char)s[n - 1]);
		}
	}
	ws->val[i] = val;
	return 0;
}

int
wordset_get(const struct wordset *ws, const char *s, size_t n)
{
	size_t i;

	if (ws->cap == 0 || (n > 0 ? !wordset_maybe(ws, (unsigned char)s[0],
	    (unsigned char)s[n - 1], n) : !wordset_bit(ws->lens, 0)))
		return 0;
	i = wordset_slot(ws, s, n);
	return ws->key[i] ? ws->val[i] : 0;
}

static size_t
trim_right(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\r' || s[n - 1] == '\t'))
		n--;
	return n;
}

static int
wordset_line(struct wordset *ws, char *s, size_t n, wordset_kindfn kind,
    const char *path, unsigned long lineno, char *err, size_t errsize)
{
	char *tab = memchr(s, '\t', n);
	size_t wn = tab ? (size_t)(tab - s) : n;
	int val = 1;

	if (tab) {
		*tab = '\0';
		tab++;
		tab[trim_right(tab, n - wn - 1)] = '\0';
	}
	wn = trim_right(s, wn);
	if (kind && (val = kind(tab)) == 0) {
		snprintf(err, errsize, "%s:%lu: unknown kind '%s'", path, lineno,
		    tab ? tab : "");
		return -1;
	}
	if (wordset_put(ws, s, wn, val) < 0) {
		snprintf(err, errsize, "%s:%lu: entry too long or out of memory",
		    path, lineno);
		return -1;
	}
	return 0;
}

struct load {
	struct wordset *ws;
	wordset_kindfn kind;
};

static int
load_line(void *ctx, char *line, size_t len, const char *path,
    unsigned long lineno, char *err, size_t errsize)
{
	struct load *l = ctx;

	return wordset_line(l->ws, line, len, l->kind, path, lineno, err,
	    errsize);
}

int
wordset_load(struct wordset *ws, const char *path, wordset_kindfn kind,
    char *err, size_t errsize)
{
	struct load l = { ws, kind };

	return datafile_each(path, load_line, &l, err, errsize);
}
