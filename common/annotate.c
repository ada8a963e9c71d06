#include "annotate.h"

int
annotate_record(struct annotator *a, const struct srec *rec, struct tsent *s)
{
	long n, i;
	size_t st, e;

	n = tokenize(a->tk, rec->text, rec->textlen, &a->spans, &a->capspans);
	if (n < 0)
		return -1;
	tsent_clear(s);
	for (i = 0; i < n; i++) {
		st = rec->start + a->spans[i].s;
		e = rec->start + a->spans[i].e;
		if (e > rec->end)
			e = rec->end;
		if (st > e)
			st = e;
		if (tsent_add(s, rec->text + a->spans[i].s,
		    a->spans[i].e - a->spans[i].s, st, e) < 0)
			return -1;
	}
	return tagger_tag(a->tagger, s);
}
