/* depfeats.h: the features of the dependency parser's moves.
 *
 * One extractor for training and parsing, so the two never disagree.  A
 * feature is a 64-bit key mixed from a template number and the values it
 * combines; the model (model.h) maps it to weights of the move classes
 * (depstate.h).  The templates are those of Zhang and Nivre (2011) for
 * arc-eager parsing, over the stack's top s0, the buffer's first three
 * words n0 n1 n2 and their heads and dependents: words, parts of speech,
 * labels, the distance between s0 and n0, how many dependents a word has
 * on each side (valency) and the set of their labels, alone and combined;
 * plus word classes learned from raw text (the tagger's Brown clusters,
 * feats.h) in place of words, which Koo et al. (2008) found to help on
 * words that training saw rarely.
 */
#ifndef NF_DEPFEATS_H
#define NF_DEPFEATS_H

#include <stddef.h>
#include <stdint.h>

#include "depstate.h"
#include "feats.h"

#define DEP_FEAT_MAX 128	/* keys one configuration gives, at most */

/* What the features know of a node. */
struct depword {
	uint64_t w;		/* the word, normalized (ftok.norm_h) */
	uint32_t p;		/* its part of speech (POS class + 1) */
	uint32_t u;		/* its universal part of speech (any number
				 * that tells them apart) */
	uint32_t c;		/* its word cluster, as written by cluster_value */
	uint32_t c4;		/* the cluster's first four bits */
	uint32_t e;		/* its class of word vectors */
	uint64_t suf;		/* its last three letters */
};

/* Facts of a word from its tagger facts, POS class and universal POS. */
void depword_set(struct depword *dw, const struct ftok *ft, unsigned pos,
    unsigned upos);
/* The facts of node 0, the root. */
void depword_root(struct depword *dw);

/* The keys of configuration c of d, words w[0..d->n] (w[0] the root),
 * into keys[0..DEP_FEAT_MAX); returns how many.  They are the union of
 * three parts, so that a parser can keep the scores of the first two:
 * those of the stack's top alone, which its node decides; those of the
 * buffer's first words alone, which b decides; and the rest. */
size_t dep_features(const struct depsys *d, const struct depconf *c,
    const struct depword *w, uint64_t *keys);
size_t dep_s0_features(const struct depword *w, int32_t s0, uint64_t *keys);
size_t dep_buffer_features(const struct depsys *d, const struct depword *w,
    size_t b, uint64_t *keys);
size_t dep_context_features(const struct depsys *d, const struct depconf *c,
    const struct depword *w, uint64_t *keys);

#endif
