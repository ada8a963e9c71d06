/* docorder.c: each document one run of records (docorder.h). */
#include "docorder.h"

#include <stdlib.h>
#include <string.h>

#include "hash.h"

void
docorder_init(struct docorder *o)
{
	memset(o, 0, sizeof(*o));
}

void
docorder_free(struct docorder *o)
{
	free(o->seen);
	buf_free(&o->cur);
	docorder_init(o);
}

static uint64_t
id_hash(const char *id, size_t n)
{
	uint64_t h = hash_mix(hash_str(id, n));

	return h ? h : 1;	/* 0 marks a free slot */
}

static size_t
slot_of(const uint64_t *t, size_t cap, uint64_t h)
{
	size_t i = h & (cap - 1);

	while (t[i] != 0 && t[i] != h)
		i = (i + 1) & (cap - 1);
	return i;
}

/* Room for one more, the table at most half full. */
static int
room(struct docorder *o)
{
	uint64_t *old = o->seen;
	size_t oldcap = o->capseen, i;

	if (o->nseen + 1 <= o->capseen / 2)
		return 0;
	o->capseen = oldcap ? oldcap * 2 : 1024;
	if ((o->seen = calloc(o->capseen, sizeof(*o->seen))) == NULL) {
		o->seen = old;
		o->capseen = oldcap;
		return -1;
	}
	for (i = 0; i < oldcap; i++)
		if (old[i] != 0)
			o->seen[slot_of(o->seen, o->capseen, old[i])] = old[i];
	free(old);
	return 0;
}

int
docorder_add(struct docorder *o, const char *id, size_t n)
{
	uint64_t h = id_hash(id, n);
	size_t i;

	if (room(o) < 0)
		return -1;
	i = slot_of(o->seen, o->capseen, h);
	if (o->seen[i] == h)
		return 0;
	o->seen[i] = h;
	o->nseen++;
	return 1;
}

int
docorder_next(struct docorder *o, const char *id, size_t n)
{
	int added;

	if (o->started && o->cur.l == n && memcmp(o->cur.s ? o->cur.s : "",
	    id, n) == 0)
		return DO_SAME;
	if ((added = docorder_add(o, id, n)) < 0)
		return DO_NOMEM;
	buf_reset(&o->cur);
	if (buf_add(&o->cur, id, n) < 0)
		return DO_NOMEM;
	o->started = 1;
	o->again = !added;
	return added ? DO_NEW : DO_AGAIN;
}
