#include "doc.h"

#include <stdlib.h>
#include <string.h>

void
doc_init(struct doc *d)
{
	memset(d, 0, sizeof(*d));
	d->utf8 = -1;
}

void
doc_clear(struct doc *d)
{
	buf_reset(&d->id);
	buf_reset(&d->text);
	d->nsent = 0;
	d->line = 0;
	d->record = 0;
	d->base = 0;
	d->sent0 = d->para0 = d->paras = 0;
	d->utf8 = -1;
}

void
doc_free(struct doc *d)
{
	buf_free(&d->id);
	buf_free(&d->text);
	free(d->sent);
	doc_init(d);
}

int
doc_add_sent(struct doc *d, size_t start, size_t end, unsigned long para,
    int spaced)
{
	if (grow(&d->sent, d->nsent, &d->capsent, sizeof(*d->sent)) < 0)
		return -1;
	d->sent[d->nsent].start = start;
	d->sent[d->nsent].end = end;
	d->sent[d->nsent].para = para;
	d->sent[d->nsent].spaced = spaced;
	d->nsent++;
	return 0;
}
