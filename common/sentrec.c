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
	size_t i, bad = 0, mark;
	const struct sent *s;

	for (i = 0; i < d->nsent; i++) {
		s = &d->sent[i];
		tsv_put(out, d->id.s, d->id.l);
		tsv_put_tab(out);
		tsv_put_uint(out, i + 1);
		tsv_put_tab(out);
		tsv_put_uint(out, s->para);
		tsv_put_tab(out);
		tsv_put_uint(out, s->start);
		tsv_put_tab(out);
		tsv_put_uint(out, s->end);
		tsv_put_tab(out);
		/* squeezed text has no TAB, CR or LF; only backslashes need
		 * escaping, and only when there are any */
		mark = out->l;
		bad += utf8_squeeze(out, d->text.s + s->start, s->end - s->start);
		if (memchr(out->s + mark, '\\', out->l - mark))
			escape_tail(out, mark);
		tsv_put_end(out);
	}
	return bad;
}
