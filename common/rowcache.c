#include "rowcache.h"

#include <stdlib.h>
#include <string.h>

#include "hash.h"

int
rowcache_init(struct rowcache *c, size_t slots, size_t nclass)
{
	memset(c, 0, sizeof(*c));
	c->stride = (nclass + ROW_ALIGN - 1) / ROW_ALIGN * ROW_ALIGN;
	if (c->stride == 0)
		c->stride = ROW_ALIGN;
	c->mask = slots - 1;
	c->key = calloc(slots, sizeof(*c->key));
	c->row = aligned_alloc(ROW_ALIGN * sizeof(float),
	    slots * c->stride * sizeof(float));
	if (c->key == NULL || c->row == NULL) {
		rowcache_free(c);
		return -1;
	}
	return 0;
}

void
rowcache_free(struct rowcache *c)
{
	free(c->key);
	free(c->row);
	memset(c, 0, sizeof(*c));
}

float *
rowcache_row(struct rowcache *c, uint64_t key, int *fresh)
{
	size_t slot = hash_mix(key) & c->mask;
	float *row = c->row + slot * c->stride;

	*fresh = c->key[slot] != key;
	if (*fresh) {
		memset(row, 0, c->stride * sizeof(*row));
		c->key[slot] = key;
	}
	return row;
}

void
row_add(float *restrict dst, const float *restrict src, size_t n)
{
	size_t i, j;

	/* in blocks of ROW_ALIGN, a shape the compiler turns into vector adds */
	for (i = 0; i < n; i += ROW_ALIGN)
		for (j = 0; j < ROW_ALIGN; j++)
			dst[i + j] += src[i + j];
}
