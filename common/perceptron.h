/* perceptron.h: averaged perceptron scoring and training (Collins 2002).
 *
 * A model maps each feature key (hash.h) to a short list of (class, weight)
 * entries; a class's score is the sum of its weights over the features that
 * fire.  Tagging reads the lists from a model file (model.h); training keeps
 * them in memory, updates them on each mistake and writes the averaged
 * weights.  Both sides score the same way, so one feature extractor
 * (feats.h) serves both.
 */
#ifndef NF_PERCEPTRON_H
#define NF_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

#define PERC_MAXKEYS 128	/* keys scored at once, at most */

/* scores[0..nclass) += the weights of every key found in the table. */
void perc_score(const struct mtable *feats, const struct mweight *w,
    size_t nclass, const uint64_t *keys, size_t nkeys, float *scores);

/* dst[0..n) += src[0..n): a dense row of scores, from the model or a
 * cache (rowcache.h). */
void row_add(float *restrict dst, const float *restrict src, size_t n);
/* dst[0..n) = src[0][k] + src[1][k] + ... for each k, added in that order
 * (the same floats as row_add() of each row onto zeros): summing them in
 * one pass reads and writes dst once. */
void rows_sum(float *restrict dst, const float *const *src, size_t nsrc,
    size_t n);

/* The best class among allowed ones (allowed NULL: all); ties go to the
 * lower class number, so results do not depend on anything but the model. */
int perc_best(const float *scores, size_t nclass, const unsigned char *allowed);

/* ---- training ---- */

struct ptrain;

struct ptrain *ptrain_new(size_t nclass);
void ptrain_free(struct ptrain *p);

/* Scores with the current (not averaged) weights. */
void ptrain_score(const struct ptrain *p, const uint64_t *keys, size_t nkeys,
    float *scores);

/* One training instance seen: on a mistake (guess != truth) move the keys'
 * weights towards truth and away from guess.  -1 when memory runs out. */
int ptrain_update(struct ptrain *p, const uint64_t *keys, size_t nkeys,
    int truth, int guess);

/* For structured training: one more instance seen, and the keys' weights
 * for class cls moved by delta (+1 towards the gold sequence, -1 away from
 * the predicted one). */
void ptrain_tick(struct ptrain *p);
int ptrain_adjust(struct ptrain *p, const uint64_t *keys, size_t nkeys,
    int cls, float delta);

/* Count the keys of one instance (a pass before training), and learn only
 * keys counted at least n times. */
int ptrain_count(struct ptrain *p, const uint64_t *keys, size_t nkeys);
void ptrain_mincount(struct ptrain *p, unsigned n);

/* Add src's averaged weights times scale to dst, which then holds final
 * weights: averaging models trained on different shufflings (an ensemble
 * of one size) cuts the variance a perceptron shows between runs. */
int ptrain_add(struct ptrain *dst, const struct ptrain *src, double scale);

/* Write the averaged weights to the feats and weights sections, leaving
 * out entries whose averaged weight is below prune in magnitude. Returns
 * the number of features written, or -1 when memory runs out. */
long ptrain_write(const struct ptrain *p, struct model_writer *w, int feats,
    int weights, float prune);

#endif
