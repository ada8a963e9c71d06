#include "annotate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datadir.h"

int
annotator_open(struct annotator *a, struct tagger *t, const char *model,
    char *err, size_t errsize)
{
	char path[4096];

	memset(a, 0, sizeof(*a));
	if (model == NULL) {
		datadir_path("tagger.model", path, sizeof(path));
		model = path;
	}
	/* a missing model is said as a missing word list is (datadir.h);
	 * a damaged one, by the model's loader */
	if (access(model, R_OK) != 0) {
		datadir_cannot_open(model, strerror(errno), err, errsize);
		return -1;
	}
	if (tagger_load(t, model, err, errsize) < 0)
		return -1;
	a->tagger = t;
	if ((a->tk = tokenizer_new()) == NULL) {
		snprintf(err, errsize, "out of memory");
		return -1;
	}
	datadir_path("abbreviations.txt", path, sizeof(path));
	return tokenizer_load_abbrev(a->tk, path, err, errsize);
}

int
annotator_open_parser(struct annotator *a, const char *model, char *err,
    size_t errsize)
{
	char path[4096];

	if (model == NULL) {
		datadir_path("parser.model", path, sizeof(path));
		model = path;
	}
	if (access(model, R_OK) != 0) {	/* said as annotator_open() says it */
		datadir_cannot_open(model, strerror(errno), err, errsize);
		return -1;
	}
	return tagger_load_parser(a->tagger, model, err, errsize);
}

void
annotator_close(struct annotator *a)
{
	if (a->tagger)
		tagger_free(a->tagger);
	tokenizer_free(a->tk);
	free(a->spans);
	memset(a, 0, sizeof(*a));
}

int
annotate_record(struct annotator *a, const struct srec *rec, struct tsent *s,
    unsigned what)
{
	if (annotate_tokens(a, rec, s) < 0)
		return -1;
	return tagger_run(a->tagger, s, what);
}

int
annotate_tokens(struct annotator *a, const struct srec *rec, struct tsent *s)
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
		/* from the text: the offsets are cut at the record's end */
		s->w[i].glued = i > 0 && a->spans[i].s == a->spans[i - 1].e;
	}
	return 0;
}
