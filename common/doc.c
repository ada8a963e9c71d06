#include "doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

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

/* Line of the document where byte off lies, for messages. */
static unsigned long
line_of(const struct doc *d, size_t off)
{
	unsigned long line = d->line;
	const char *p = d->text.s, *end = d->text.s + off;

	if (d->record)		/* the record's own line */
		return line;
	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

int
doc_check_utf8(struct doc *d, char *err, size_t errsize)
{
	size_t bad, nul, first = utf8_scan(d->text.s, d->text.l, &bad, &nul);

	d->utf8 = bad + nul == 0;
	if (d->utf8)
		return 0;
	snprintf(err, errsize, "%s:%lu: %s (%zu bytes replaced by U+FFFD)",
	    d->file, line_of(d, first), !nul ? "invalid UTF-8" : !bad ?
	    "NUL bytes" : "invalid UTF-8 and NUL bytes", bad + nul);
	return 1;
}

int
doc_refused(struct docids *ids, const struct doc *d, char *err,
    size_t errsize)
{
	int isnew;

	*err = '\0';
	if (d->base != 0)	/* a later part of a plain text */
		return ids->skip;
	ids->skip = 1;
	if (d->id.l && d->id.s[0] == '#') {
		snprintf(err, errsize, "%s:%lu: document id '%s' starts with "
		    "'#', which readers take for a comment; skipped", d->file,
		    d->line, d->id.s);
		return 1;
	}
	if ((isnew = docorder_add(&ids->seen, d->id.s, d->id.l)) < 0)
		return -1;
	if (!isnew) {
		snprintf(err, errsize, "%s:%lu: document id '%s' given before: "
		    "each document needs an id of its own; skipped", d->file,
		    d->line, d->id.s);
		return 1;
	}
	return ids->skip = 0;
}

void
docids_free(struct docids *ids)
{
	docorder_free(&ids->seen);
}
