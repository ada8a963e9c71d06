/* nerbeam.h: beam search over entity label sequences, for tagging and for
 * training (the structured perceptron of Collins and Roark 2004, with
 * early update).
 *
 * A label sequence scores the sum of its labels' scores, each given the
 * labels before it.  Greedy left-to-right choice cannot take back an early
 * label ("to the U.S. Sedat Önal": after a place, "Sedat" looks like more
 * of the place until "Önal" shows a person); the beam keeps NERBEAM_WIDTH
 * sequences, and training on the beam teaches the model scores that add
 * up.  Only legal BIO sequences are built.  The caller supplies the scores,
 * so the same search serves the model file (tagging) and the weights being
 * learned (training).
 */
#ifndef NF_NERBEAM_H
#define NF_NERBEAM_H

#include <stddef.h>
#include <stdint.h>

#include "feats.h"

#define NERBEAM_WIDTH 4
#define NERBEAM_MAXLABEL 16

/* Fill scores[0..nlabel) for token i given the history in c (p1, p2,
 * estart).  Return 1 instead when the token is plainly outside any entity
 * (label 0 only; scores untouched). */
typedef int (*nerbeam_score_fn)(void *ctx, size_t i, const struct nerctx *c,
    float *scores);

struct nerbeam_hyp {
	float score;
	unsigned p1, p2;
	size_t estart;
	unsigned from, label;
};

struct nerbeam {
	size_t nlabel;
	unsigned char legal[NERBEAM_MAXLABEL * NERBEAM_MAXLABEL];
	unsigned char begins[NERBEAM_MAXLABEL];
	unsigned *trail;	/* back-pointers and labels */
	size_t captrail;
	float margin;		/* in tagging, hypotheses that score this much
				 * below the best are dropped (0: none are) */
};

/* Labels are "O" (first), "B-TYPE", "I-TYPE"; -1 if there are too many. */
int nerbeam_init(struct nerbeam *b, const char *const *labels, size_t n);
void nerbeam_free(struct nerbeam *b);

/* Label tokens 0..n) into out.  With gold (training), stop where the gold
 * sequence falls out of the beam: *stop is the number of tokens labelled
 * (n when it never did), and out holds the best sequence up to there.
 * -1 when memory runs out. */
int nerbeam_decode(struct nerbeam *b, size_t n, nerbeam_score_fn score,
    void *ctx, const uint16_t *pos, const uint8_t *gold, uint8_t *out,
    size_t *stop);

/* The history (p1, p2, estart) a label sequence gives token i. */
void nerbeam_context(const struct nerbeam *b, const uint8_t *labels, size_t i,
    const uint16_t *pos, struct nerctx *c);

#endif
