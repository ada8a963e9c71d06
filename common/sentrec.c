#include "sentrec.h"

#include <string.h>

#include "tsv.h"
#include "utf8.h"

/* Escape out->s[mark..] in place of itself (backslashes are rare). */
static void
escape_tail(struct buf *out, size_t mark)
{
	struct buf tmp = BUF_INIT;

	buf_add(&tmp, out->s + mark, out->l - mark);
	out->l = mark;
	tsv_put(out, tmp.s, tmp.l);
	buf_free(&tmp);
}

size_t
sentrec_put_doc(struct buf *out, const struct doc *d)
{
	struct buf id = BUF_INIT;
	size_t i, bad = 0, n, nbad, nnul;
	const struct sent *s;
	int clean;

	/* the id is the same on every record: escape it once */
	tsv_put(&id, d->id.s, d->id.l);
	utf8_scan(d->text.s, d->text.l, &nbad, &nnul);
	clean = nbad + nnul == 0;
	for (i = 0; i < d->nsent; i++) {
		s = &d->sent[i];
		buf_add(out, id.s, id.l);
		tsv_put_tab(out);
		tsv_put_uint(out, d->sent0 + i + 1);
		tsv_put_tab(out);
		tsv_put_uint(out, s->para);
		tsv_put_tab(out);
		tsv_put_uint(out, d->base + s->start);
		tsv_put_tab(out);
		tsv_put_uint(out, d->base + s->end);
		tsv_put_tab(out);
		/* squeezed text has no TAB, CR or LF; only backslashes need
		 * escaping, and only when there are any */
		n = s->end - s->start;
		if (clean && s->spaced && !memchr(d->text.s + s->start, '\\', n)) {
			buf_add(out, d->text.s + s->start, n);
		} else {
			size_t tail = out->l;

			bad += utf8_squeeze(out, d->text.s + s->start, n);
			if (memchr(out->s + tail, '\\', out->l - tail))
				escape_tail(out, tail);
		}
		tsv_put_end(out);
	}
	buf_free(&id);
	return bad;
}
