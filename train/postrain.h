/* postrain.h: the part-of-speech perceptron's training and greedy tagging
 * on corpus sentences, shared by news-train (the tagger's model) and
 * news-train-parser (which tags its treebanks with models trained on the
 * other parts of them, so that it learns from tags as wrong as parsing
 * will see: jackknifing).  Features: pos_features() of feats.h, as the
 * tagger's.
 */
#ifndef NF_POSTRAIN_H
#define NF_POSTRAIN_H

#include <stddef.h>

#include "corpus.h"
#include "feats.h"
#include "model.h"
#include "perceptron.h"

/* The tagger facts of sentence s's words into ft[0..s->n); res gives the
 * word clusters and gazetteers (may be NULL). */
void sentence_ftoks(const struct corpus *c, const struct csent *s,
    const struct model *res, struct ftok *ft);

/* One epoch over the sentences order[0..n) of c, whose words carry their
 * gold class (cword.pos): tag each greedily with p's current weights and
 * learn from the mistakes.  Adds to *right and *total. */
void pos_train_epoch(const struct corpus *c, const size_t *order, size_t n,
    const struct model *res, struct ptrain *p, size_t nclass,
    size_t *right, size_t *total);

/* Tag sentence s greedily with p's weights (averaged ones: ptrain_add()
 * onto an empty model), classes into pos[0..s->n). */
void pos_tag_sentence(const struct corpus *c, const struct csent *s,
    const struct model *res, const struct ptrain *p, size_t nclass,
    uint16_t *pos);

#endif
