/* lemma.h: lemmas from the word and its Penn Treebank tag.
 *
 * Two steps, as the better lemmatizers do: an exception table learned from
 * the training data (lower-cased form and tag -> lemma, for every pair the
 * rules get wrong: "was"/VBD -> "be", "children"/NNS -> "child"), then
 * English suffix rules for every other word ("visited" -> "visit",
 * "studies" -> "study", "bigger" -> "big").  Proper nouns keep their case;
 * everything else is lower-cased.
 */
#ifndef NF_LEMMA_H
#define NF_LEMMA_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "model.h"

/* The key of a form and tag in the exception table. */
uint64_t lemma_key(const char *form, size_t n, const char *xpos);

/* Append the rule lemma of form[0..n) tagged xpos to out. */
void lemma_rule(struct buf *out, const char *form, size_t n, const char *xpos);

/* Append the lemma to out: the model's exception if it has one, else the
 * rule lemma. */
void lemmatize(struct buf *out, const struct model *m, const char *form,
    size_t n, const char *xpos);

#endif
