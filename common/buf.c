#include "buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
buf_reserve(struct buf *b, size_t extra)
{
	size_t need, m;
	char *s;

	if (extra > SIZE_MAX - b->l - 1) {
		b->failed = 1;
		return -1;
	}
	need = b->l + extra + 1;
	if (need <= b->m && b->s != NULL)	/* (s is NULL only while m is 0) */
		return 0;
	m = b->m ? b->m : 64;
	while (m < need)
		m = m > SIZE_MAX / 2 ? need : m * 2;
	if ((s = realloc(b->s, m)) == NULL) {
		b->failed = 1;
		return -1;
	}
	b->s = s;
	b->m = m;
	return 0;
}

int
buf_add_grow(struct buf *b, const void *p, size_t n)
{
	if (buf_reserve(b, n) < 0)
		return -1;
	if (n)
		memcpy(b->s + b->l, p, n);
	b->l += n;
	b->s[b->l] = '\0';
	return 0;
}

int
buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

void
buf_reset(struct buf *b)
{
	b->l = 0;
	b->failed = 0;
	if (b->s)
		b->s[0] = '\0';
}

void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->l = b->m = 0;
	b->failed = 0;
}

int
grow(void *pp, size_t n, size_t *cap, size_t size)
{
	void *p, *q;
	size_t c;

	if (n < *cap)
		return 0;
	c = *cap ? *cap : 16;
	while (c <= n) {
		if (c > SIZE_MAX / 2 / size)
			return -1;
		c *= 2;
	}
	/* through memcpy: pp may point to any kind of object pointer */
	memcpy(&p, pp, sizeof(p));
	if ((q = realloc(p, c * size)) == NULL)
		return -1;
	memcpy(pp, &q, sizeof(q));
	*cap = c;
	return 0;
}
