/* stage.h: the tagger and word lists the stage targets load once, at
 * start-up, from data/ (as the programs do through annotator_open). */
#ifndef NF_FUZZ_STAGE_H
#define NF_FUZZ_STAGE_H

#include "annotate.h"
#include "depparse.h"
#include "fuzz.h"

static struct tagger stage_tagger;
static struct annotator stage_ann;

static inline void
stage_open(void)
{
	char err[4352];

	fuzz_datadir();
	if (annotator_open(&stage_ann, &stage_tagger, NULL, err,
	    sizeof(err)) < 0) {
		fprintf(stderr, "fuzz: %s\n", err);
		abort();
	}
}

/* The parser too, from data/parser.model, with a beam of 2: the same
 * code as the model's wider one, at a pace that lets the fuzzer try
 * many inputs. */
static inline void
stage_open_parser(void)
{
	char err[4352];

	if (annotator_open_parser(&stage_ann, NULL, err, sizeof(err)) < 0 ||
	    depparser_set_beam(stage_tagger.parser, 2) < 0) {
		fprintf(stderr, "fuzz: %s\n", err);
		abort();
	}
}

/* The sentence record of s, for annotate_record/annotate_tokens. */
static inline void
stage_srec(struct srec *rec, const struct fuzz_sent *s)
{
	memset(rec, 0, sizeof(*rec));
	rec->doc = "fuzz";
	rec->doclen = 4;
	rec->text = s->text;
	rec->textlen = s->len;
	rec->sent = s->sent;
	rec->para = s->para;
	rec->start = s->start;
	rec->end = s->end;
	rec->nfield = 6;
}

#endif
