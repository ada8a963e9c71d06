/* tokout.h: news-tag's output formats, from one tagged sentence.
 *
 *   TO_TOKENS  doc sent tok start end form lemma upos xpos ner head rel para
 *              (head and rel empty when the sentence was not parsed; para
 *              the sentence's paragraph, so that a reader of tokens knows
 *              what a reader of sentence records knows)
 *   TO_SPANS   doc sent start end type text   (one record an entity)
 *   TO_CONLLU  CoNLL-U ("# newpar" before a paragraph's first sentence)
 *              with LEMMA, UPOS, XPOS filled and NER=<label> added
 *              to MISC, and HEAD and DEPREL when parsed (DEPS then "_");
 *              input CoNLL-U keeps its other fields and comments
 *
 * An entity is a B- label and the I- labels of its type after it; a user
 * rule's match (rules.h) replaces the model's labels of the words it
 * covers.  Formatting only.
 */
#ifndef NF_TOKOUT_H
#define NF_TOKOUT_H

#include "buf.h"
#include "conllu.h"
#include "recout.h"
#include "sentrec.h"
#include "tagger.h"

enum tokout_fmt { TO_TOKENS, TO_SPANS, TO_CONLLU };

struct rules;

struct tokout {
	enum tokout_fmt fmt;
	enum recfmt rfmt;		/* tokens and spans: TSV, CSV or JSON */
	const struct rules *rules;	/* labels of rule matches, or NULL */
	struct buf lastdoc;		/* CoNLL-U: the current document */
	unsigned long lastpara;		/* and paragraph */
	struct buf tmp;
	/* a window of a long sentence (annotate.h): the sentence's tokens
	 * before it, whether it goes on one and whether one follows (for
	 * CoNLL-U, a sentence's comments and blank line once) */
	size_t tok0;
	int cont, more;
};

#define TOKOUT_TOKENS_HEADER \
	"#doc\tsent\ttok\tstart\tend\tform\tlemma\tupos\txpos\tner\thead\trel\tpara\n"
#define TOKOUT_SPANS_HEADER "#doc\tsent\tstart\tend\ttype\ttext\n"

void tokout_init(struct tokout *o, enum tokout_fmt fmt,
    const struct rules *rules);
void tokout_free(struct tokout *o);
void tokout_header(struct tokout *o, struct buf *out);

/* A sentence tagged from a sentence record (or a window of one: see
 * tok0, cont and more). */
void tokout_sentence(struct tokout *o, struct buf *out, const struct tagger *t,
    const struct tsent *s, const struct srec *rec);

/* A sentence tagged from CoNLL-U input, written back as CoNLL-U (or as
 * token records with offsets inside the sentence). */
void tokout_conllu_sentence(struct tokout *o, struct buf *out,
    const struct tagger *t, const struct tsent *s, const struct conllu_sent *cs);

/* Word i's entity label: its type or NULL for O, and whether it begins
 * an entity. */
const char *tokout_label(const struct tokout *o, const struct tagger *t,
    const struct tsent *s, size_t i, int *begins);

#endif
