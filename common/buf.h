/* buf.h: growable byte buffers.
 *
 * Invariant: b->s is NULL only while b->m == 0; once memory is held, b->s[b->l]
 * is always '\0', so b->s may be passed to C string functions (the bytes may
 * still hold NULs of their own).  Initialise with BUF_INIT; release with
 * buf_free().  The buffer owns its memory.
 *
 * Functions returning int give 0 on success and -1 when memory runs out (the
 * buffer is then unchanged).
 */
#ifndef NF_BUF_H
#define NF_BUF_H

#include <stddef.h>

struct buf {
	size_t l;	/* bytes in use */
	size_t m;	/* bytes allocated */
	char *s;
};

#define BUF_INIT { 0, 0, NULL }

int buf_reserve(struct buf *b, size_t extra);	/* room for extra bytes + NUL */
int buf_add(struct buf *b, const void *p, size_t n);
int buf_addc(struct buf *b, int c);
int buf_adds(struct buf *b, const char *s);
void buf_reset(struct buf *b);			/* length 0, memory kept */
void buf_free(struct buf *b);

/* Make room in the array *pp, of *cap elements of size bytes, for an
 * element at index n, doubling it (from 16 elements) when full.  pp is the
 * address of the array pointer.  -1, array unchanged, when memory runs out
 * or the size would overflow. */
int grow(void *pp, size_t n, size_t *cap, size_t size);

#endif
