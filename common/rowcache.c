#include "rowcache.h"

#include <stdlib.h>
#include <string.h>

#include "hash.h"

#define LINE 64			/* bytes of a cache line */

int
rowcache_init(struct rowcache *c, size_t slots, size_t nclass)
{
	memset(c, 0, sizeof(*c));
	c->nclass = nclass;
	c->size = (sizeof(uint64_t) + nclass * sizeof(float) + LINE - 1) /
	    LINE * LINE;
	c->mask = slots - 1;
	/* zeroed, key 0 marking an empty slot, by calloc: a large block comes
	 * as pages of zeros the system maps only when first written, so
	 * start-up does not pay for the whole cache */
	if ((c->mem = calloc(1, slots * c->size + LINE)) == NULL)
		return -1;
	c->slot = (unsigned char *)c->mem + (LINE - (uintptr_t)c->mem % LINE);
	return 0;
}

void
rowcache_free(struct rowcache *c)
{
	free(c->mem);
	memset(c, 0, sizeof(*c));
}

float *
rowcache_row(struct rowcache *c, uint64_t key, int *fresh)
{
	unsigned char *s = c->slot + (hash_mix(key) & c->mask) * c->size;
	uint64_t had;

	memcpy(&had, s, sizeof(had));
	*fresh = had != key;
	if (*fresh) {
		memcpy(s, &key, sizeof(key));
		memset(s + sizeof(key), 0, c->nclass * sizeof(float));
	}
	return (float *)(void *)(s + sizeof(key));
}
