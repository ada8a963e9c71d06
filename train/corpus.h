/* corpus.h: annotated training text in memory, for news-train.
 *
 * Words of CoNLL-U files (UD EWT, GUM) with their lemma and POS, and words
 * of Universal NER files with BIO labels; GUM's named person, place and
 * organisation mentions become BIO labels too.  Sentences keep their
 * document, so document-level features can be learned in order.
 */
#ifndef NF_CORPUS_H
#define NF_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum { NER_O, NER_BPER, NER_IPER, NER_BORG, NER_IORG, NER_BLOC, NER_ILOC,
	NER_N };
extern const char *const ner_label[NER_N];

struct cword {
	uint32_t form, flen;	/* bytes of corpus.text */
	uint32_t lemma, llen;
	uint32_t xpos, upos;	/* offsets of NUL-terminated tags in text */
	uint32_t deprel;	/* and of the dependency relation */
	int32_t head;		/* dependency head: word number, 0 the root,
				 * -1 none given */
	uint16_t pos;		/* POS class, once classes are numbered */
	uint8_t ner;
};

struct csent {
	size_t first, n;	/* words */
	uint32_t doc;
	uint8_t has_pos, has_ner;
	float weight;		/* of its entity updates in training: 1 unless
				 * news-train --ner-weight says otherwise */
};

struct corpus {
	struct buf text;
	struct cword *w;
	size_t nw, capw;
	struct csent *s;
	size_t ns, caps;
	uint32_t ndoc;
};

void corpus_init(struct corpus *c);
void corpus_free(struct corpus *c);

/* Add a CoNLL-U file; with ner, GUM Entity= annotations give labels.
 * 0, or -1 with a message printed. */
int corpus_add_conllu(struct corpus *c, const char *path, int ner);

/* Add a Universal NER file (idx, token, BIO label per line). */
int corpus_add_iob2(struct corpus *c, const char *path);

static inline const char *
cw_form(const struct corpus *c, const struct cword *w)
{
	return c->text.s + w->form;
}

#endif
