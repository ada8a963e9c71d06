/* wordends.c: strings found by the words they end or begin with
 * (wordends.h). */
#include "wordends.h"

#include <stdlib.h>
#include <string.h>

#include "hash.h"

/* A key is the hash of an end, a start or a whole string, each kind from
 * a seed of its own.  Ends and whole strings are hashed from the last
 * byte back, so that one pass over a string gives the keys of all its
 * ends.  Two texts with one hash only put a string on a list it does not
 * belong to: every string a list gives is tested before it is taken. */
enum { K_END = 1, K_START = 2, K_WHOLE = 3 };

#define NOLINK UINT32_MAX

struct wordends_key {
	uint64_t h;		/* 0: a free slot */
	uint32_t head, tail;	/* the list: string numbers, ascending */
};

struct wordends_link {
	uint32_t id, next;
};

static uint64_t
seed(int kind)
{
	return hash_byte(HASH_INIT, (unsigned char)kind);
}

static uint64_t
key_of(uint64_t h)
{
	h = hash_mix(h);
	return h ? h : 1;
}

void
wordends_init(struct wordends *we)
{
	memset(we, 0, sizeof(*we));
}

void
wordends_reset(struct wordends *we)
{
	size_t i;

	for (i = 0; i < we->n; i++)
		buf_reset(&we->str[i]);
	we->n = we->nkey = we->nlink = 0;
	if (we->key)
		memset(we->key, 0, we->capkey * sizeof(*we->key));
}

void
wordends_free(struct wordends *we)
{
	size_t i;

	for (i = 0; i < we->inited; i++)
		buf_free(&we->str[i]);
	free(we->str);
	free(we->key);
	free(we->link);
	wordends_init(we);
}

static struct wordends_key *
slot_of(const struct wordends *we, uint64_t h)
{
	size_t mask = we->capkey - 1, i = h & mask;

	while (we->key[i].h != 0 && we->key[i].h != h)
		i = (i + 1) & mask;
	return &we->key[i];
}

/* Room for one more key, the table at most half full. */
static int
key_room(struct wordends *we)
{
	struct wordends_key *old = we->key;
	size_t oldcap = we->capkey, i;

	if (we->nkey + 1 <= we->capkey / 2)
		return 0;
	we->capkey = oldcap ? oldcap * 2 : 256;
	if ((we->key = calloc(we->capkey, sizeof(*we->key))) == NULL) {
		we->key = old;
		we->capkey = oldcap;
		return -1;
	}
	for (i = 0; i < oldcap; i++)
		if (old[i].h != 0)
			*slot_of(we, old[i].h) = old[i];
	free(old);
	return 0;
}

static int
new_link(struct wordends *we, uint32_t id, uint32_t next)
{
	if (we->nlink >= NOLINK || grow(&we->link, we->nlink, &we->caplink,
	    sizeof(*we->link)) < 0)
		return -1;
	we->link[we->nlink].id = id;
	we->link[we->nlink++].next = next;
	return 0;
}

/* Put id on the list of key h, in order, once. */
static int
put(struct wordends *we, uint64_t h, uint32_t id)
{
	struct wordends_key *k;
	uint32_t prev, l;

	if (key_room(we) < 0)
		return -1;
	k = slot_of(we, key_of(h));
	if (k->h == 0) {
		if (new_link(we, id, NOLINK) < 0)
			return -1;
		k->h = key_of(h);
		k->head = k->tail = (uint32_t)(we->nlink - 1);
		we->nkey++;
		return 0;
	}
	if (we->link[k->tail].id < id) {	/* the usual case: a new string */
		if (new_link(we, id, NOLINK) < 0)
			return -1;
		we->link[k->tail].next = (uint32_t)(we->nlink - 1);
		k->tail = (uint32_t)(we->nlink - 1);
		return 0;
	}
	/* a string replaced: its number goes in among the others, after
	 * link prev (NOLINK: at the head); by index, as new_link() may move
	 * the links */
	for (prev = NOLINK, l = k->head; l != NOLINK && we->link[l].id < id;
	    l = we->link[l].next)
		prev = l;
	if (l != NOLINK && we->link[l].id == id)
		return 0;
	if (new_link(we, id, l) < 0)
		return -1;
	if (prev == NOLINK)
		k->head = (uint32_t)(we->nlink - 1);
	else
		we->link[prev].next = (uint32_t)(we->nlink - 1);
	return 0;
}

/* The keys of string id, s[0..n): its ends, its starts, itself. */
static int
put_keys(struct wordends *we, uint32_t id, const char *s, size_t n)
{
	uint64_t e = seed(K_END), w = seed(K_WHOLE), st = seed(K_START);
	size_t j;
	int rc = 0;

	for (j = n; ; j--) {	/* e: s[j..n), from the last byte back */
		if (j == 0 || s[j - 1] == ' ')
			rc |= put(we, e, id);
		if (j == 0)
			break;
		e = hash_byte(e, (unsigned char)s[j - 1]);
		w = hash_byte(w, (unsigned char)s[j - 1]);
	}
	rc |= put(we, w, id);
	for (j = 0; j <= n; j++) {	/* st: s[0..j) */
		if (j == n || s[j] == ' ')
			rc |= put(we, st, id);
		if (j < n)
			st = hash_byte(st, (unsigned char)s[j]);
	}
	return rc;
}

int
wordends_set(struct wordends *we, size_t id, const char *s)
{
	if (id > we->n || id >= NOLINK)
		return -1;
	if (id == we->n) {
		if (grow(&we->str, we->n, &we->cap, sizeof(*we->str)) < 0)
			return -1;
		if (we->n == we->inited) {
			we->str[we->n] = (struct buf)BUF_INIT;
			we->inited++;
		}
		we->n++;
	}
	buf_reset(&we->str[id]);
	if (buf_adds(&we->str[id], s) < 0)
		return -1;
	return put_keys(we, (uint32_t)id, s, strlen(s));
}

/* Is b an end of a (or a start, when start is set)? */
static int
word_edge(const char *a, const char *b, int start)
{
	size_t na = strlen(a), nb = strlen(b);

	if (nb > na)
		return 0;
	if (nb == na)
		return strcmp(a, b) == 0;
	if (!start)
		return a[na - nb - 1] == ' ' && strcmp(a + na - nb, b) == 0;
	return a[nb] == ' ' && strncmp(a, b, nb) == 0;
}

static int
fits(const struct wordends *we, uint32_t id, const char *q, int starts)
{
	const char *s = we->str[id].s ? we->str[id].s : "";

	return word_edge(s, q, 0) || (starts && word_edge(s, q, 1)) ||
	    word_edge(q, s, 0);
}

/* The smallest string below best on the list of key h that fits q. */
static long
first_on(const struct wordends *we, uint64_t h, const char *q, int starts,
    long best)
{
	const struct wordends_key *k;
	uint32_t l;

	if (we->capkey == 0 || (k = slot_of(we, key_of(h)))->h == 0)
		return best;
	for (l = k->head; l != NOLINK; l = we->link[l].next) {
		if (best >= 0 && we->link[l].id >= (uint32_t)best)
			break;
		if (fits(we, we->link[l].id, q, starts))
			return (long)we->link[l].id;
	}
	return best;
}

long
wordends_first(const struct wordends *we, const char *q, int starts)
{
	size_t n = strlen(q), j;
	uint64_t e = seed(K_END), w = seed(K_WHOLE), st = seed(K_START);
	long best = -1;

	/* strings that are an end of q */
	for (j = n; ; j--) {
		if (j == 0 || q[j - 1] == ' ')
			best = first_on(we, w, q, starts, best);
		if (j == 0)
			break;
		w = hash_byte(w, (unsigned char)q[j - 1]);
		e = hash_byte(e, (unsigned char)q[j - 1]);
	}
	/* strings q is an end of, or a start */
	best = first_on(we, e, q, starts, best);
	if (starts) {
		for (j = 0; j < n; j++)
			st = hash_byte(st, (unsigned char)q[j]);
		best = first_on(we, st, q, starts, best);
	}
	return best;
}
