/* depparse.h: dependency parsing, the syntax of a tagged sentence.
 *
 * Each word gets a head (another word of the sentence, or the root) and a
 * Universal Dependencies relation ("nsubj", "obj", "nmod:poss" ...), so
 * that a program can read who said what: the subject of "said", its
 * clausal complement, the apposition after a name.
 *
 * A transition-based parser: the arc-eager moves of depstate.h, scored by
 * an averaged perceptron (perceptron.h) over the features of depfeats.h,
 * trained by news-train-parser on UD English EWT and GUM.  It keeps the
 * best few move sequences at each step (a beam; one is greedy parsing).
 * Time and memory are linear in the sentence's length: a sentence longer
 * than DEP_WINDOW words is parsed in windows of that many, each window's
 * root attached to the one before as "parataxis", so that memory stays
 * bounded whatever the input.  A wire dateline that opens a sentence
 * ("BANGKOK, Thailand (AP) _", tsent_dateline_end()) is parsed as a tree
 * of its own, whose root hangs from the story's root as "parataxis".
 * Nothing recurses.  The trees are projective, with one root.
 *
 * It needs the words' parts of speech and tagger facts (feats.h): the
 * tagger calls it (tagger.h, TAG_PARSE).  It never reads or prints
 * records.
 */
#ifndef NF_DEPPARSE_H
#define NF_DEPPARSE_H

#include <stddef.h>

#include "depfeats.h"
#include "depstate.h"
#include "feats.h"
#include "model.h"

#define DEP_WINDOW 400		/* words parsed as one tree, at most */
#define DEP_BEAM_MAX 64
#define DEP_CTX_SLOTS 256	/* a power of two */
/* Move sequences that score this much below the best are dropped from the
 * beam, so that where one reading stands out the search follows it alone.
 * In the model's units, measured with this model (beam 12) on the dev
 * sets: at 240 UD EWT dev UAS is 0.8727 as with no margin, GUM dev 0.8708
 * instead of 0.8710, in about three quarters of the time; at 160, 0.8725
 * and 0.8686 in about half; at 80, 0.8630. */
#define DEP_MARGIN 240.0f

struct tsent;

/* Scores of every move class in configuration c, into scores[] (zeros
 * on entry): the model's, or in training the weights being learnt. */
typedef void dep_score_fn(void *ctx, const struct depsys *d,
    const struct depconf *c, const struct depword *w, float *scores);

struct depcand {
	float score;
	uint32_t conf;		/* the configuration it extends */
	uint16_t cls;		/* by this move */
};

/* A beam search over the configurations of one sentence. */
struct depbeam {
	int k;				/* configurations kept */
	float margin;			/* and only those scoring at most this
					 * much below the best (0: all k) */
	size_t nclass;
	const struct depconf **cur;	/* cur[0..ncur), best first */
	size_t ncur;
	const struct depconf **next;
	struct depcand *cand;
	float *scores;
	/* which classes are legal for each set of moves (depconf_moves(),
	 * below 32), as dep_move_legal() says for the root label
	 * legal_root: legal[moves * nclass + class], filled the first time
	 * the moves come (bit moves of legal_done) */
	uint8_t *legal;
	uint32_t legal_done;
	unsigned legal_root;
};

int depbeam_init(struct depbeam *b, int k, size_t nclass);
void depbeam_free(struct depbeam *b);
/* Start from configuration c. */
void depbeam_start(struct depbeam *b, const struct depconf *c);
/* One step: each configuration of the beam extended by each legal move,
 * scored by score(ctx, ...), and the k best kept (ties to the one found
 * first, so results depend on nothing but the model).  -1 when memory
 * runs out. */
int depbeam_step(struct depbeam *b, struct depsys *d, const struct depword *w,
    dep_score_fn *score, void *ctx);

struct depparser {
	struct model m;
	unsigned root, joint;	/* the labels "root" and "parataxis" */
	size_t nclass;
	int beam;		/* the beam's width; 1 is greedy */
	/* scratch, kept between sentences */
	struct depsys sys;
	struct depbeam b;
	struct depword *w;
	size_t capw;
	/* the scores of the features s0 alone decides, by node, and of
	 * those the buffer's front decides, by b (depfeats.h): a node is
	 * the top and b the same over many moves */
	float *s0rows, *brows;
	uint8_t *s0done, *bdone;
	/* the scores of the other features, by the set of their keys:
	 * items of a beam, and sentences, often share them (about a third
	 * of the look-ups); DEP_CTX_SLOTS slots, direct-mapped by a hash of
	 * the keys, each with its keys, which must all be equal */
	float *ctxrows;
	uint64_t *ctxkeys, *ctxhash;
	uint32_t *ctxn;
	int32_t *head;
	uint16_t *rel;
	size_t caphead;
};

/* Load the parser's model; 0, or -1 with "PATH: reason" in err.  The
 * beam's width is the one the model was trained with. */
int depparser_load(struct depparser *p, const char *path, char *err,
    size_t errsize);
void depparser_free(struct depparser *p);
/* Search with a beam of k instead (1 to DEP_BEAM_MAX): wider is a little
 * more accurate and slower, narrower faster; the model is best at the
 * width it was trained with.  -1 for a bad k or when memory runs out. */
int depparser_set_beam(struct depparser *p, int k);

/* Parse s, whose words have their parts of speech (tword.pos) and tagger
 * facts ft[0..s->n): fill each word's head and rel.  upos_id[c] tells
 * classes c apart by their universal tag (tagger.upos_id).  -1 when memory
 * runs out. */
int depparser_parse(struct depparser *p, const struct ftok *ft,
    const uint16_t *upos_id, struct tsent *s);

/* The name of relation rel ("nsubj"). */
const char *depparser_label(const struct depparser *p, unsigned rel);
/* The relation named s[0..n), or -1. */
int depparser_label_of(const struct depparser *p, const char *s, size_t n);

#endif
