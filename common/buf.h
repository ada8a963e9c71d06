/* buf.h: growable byte buffers.
 *
 * Invariant: b->s is NULL only while b->m == 0; once memory is held, b->s[b->l]
 * is always '\0', so b->s may be passed to C string functions (the bytes may
 * still hold NULs of their own).  Initialise with BUF_INIT; release with
 * buf_free().  The buffer owns its memory.
 *
 * Functions returning int give 0 on success and -1 when memory runs out (the
 * buffer is then unchanged, and failed is set until the next buf_reset(),
 * so that a writer of many small pieces can check once, before it writes
 * the buffer out, that nothing went missing).
 */
#ifndef NF_BUF_H
#define NF_BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	size_t l;	/* bytes in use */
	size_t m;	/* bytes allocated */
	char *s;
	int failed;	/* an append failed since buf_reset(): what it holds
			 * is not all that was written to it */
};

#define BUF_INIT { 0, 0, NULL, 0 }

int buf_reserve(struct buf *b, size_t extra);	/* room for extra bytes + NUL */
int buf_add_grow(struct buf *b, const void *p, size_t n);
int buf_adds(struct buf *b, const char *s);
void buf_reset(struct buf *b);			/* length 0, memory kept */
void buf_free(struct buf *b);

/* Append n bytes, or one.  Inline, as output is written a field and a
 * separator at a time: only a buffer that must grow takes a call. */
static inline int
buf_add(struct buf *b, const void *p, size_t n)
{
	/* no memory yet, or no room for n + NUL */
	if (b->s == NULL || n >= b->m || b->l >= b->m - n)
		return buf_add_grow(b, p, n);
	if (n)
		memcpy(b->s + b->l, p, n);
	b->l += n;
	b->s[b->l] = '\0';
	return 0;
}

static inline int
buf_addc(struct buf *b, int c)
{
	char ch = (char)c;

	return buf_add(b, &ch, 1);
}

/* Make room in the array *pp, of *cap elements of size bytes, for an
 * element at index n, doubling it (from 16 elements) when full.  pp is the
 * address of the array pointer.  -1, array unchanged, when memory runs out
 * or the size would overflow. */
int grow(void *pp, size_t n, size_t *cap, size_t size);

#endif
