/* feats.h: the features of the part-of-speech and entity models.
 *
 * One extractor for training and tagging, so the two can never disagree.
 * Each token's word-level facts (hashes of its form, lower-cased form,
 * affixes and shape, its word cluster and gazetteer classes) are computed
 * once per sentence into a struct ftok; a feature is then a 64-bit key mixed
 * from a template number and those hashes (and the tags already chosen on
 * the left), looked up in the model.
 */
#ifndef NF_FEATS_H
#define NF_FEATS_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

#define FEAT_MAX 96		/* most keys one token can produce */
#define FTAG_NONE 0xFFFF	/* no tag: before the sentence start */

enum {				/* ftok.flags */
	FT_UPPER = 1,		/* starts with a capital */
	FT_ALLCAPS = 2,
	FT_DIGIT = 4,
	FT_HYPHEN = 8,
	FT_FIRST = 16,		/* first token of its sentence */
	FT_LOWER = 32		/* starts with a lower-case letter */
};

/* Gazetteer classes (bits of ftok.gaz, from the model's MS_GAZ table).
 * Bits 10 to 13 of a table entry are the phrase starts (below), so the
 * classes added later take bit 6 (once kept for demonyms, which no list
 * ever set) and bits 14 and 15: a model made before them reads the same. */
enum {
	GAZ_FIRST = 1, GAZ_SURNAME = 2, GAZ_COUNTRY = 4, GAZ_CITY = 8,
	GAZ_ORG = 16, GAZ_TITLE = 32,
	GAZ_TEAM = 64,		/* sports teams and leagues: Maple Leafs, NHL */
	GAZ_REGION = 128,
	GAZ_ORGHEAD = 256,	/* ends organisation names: University, Inc. */
	GAZ_LOCHEAD = 512,	/* ends place names: River, Strip, County */
	GAZ_MISC = 1 << 14,	/* named things that are no entity: Stanley
				 * Cup, Alzheimer's, Brent */
	GAZ_MISCHEAD = 1 << 15,	/* ends (or begins) such names: Open, Act,
				 * Syndrome, Hurricane */
	GAZ_CLASSES = 0xC3FF,	/* all of them */
	/* the words that end names ("street", "bank", "open"), which begin
	 * none */
	GAZ_HEADS = GAZ_ORGHEAD | GAZ_LOCHEAD | GAZ_MISCHEAD
};

/* Above the first ten classes, the entry of a word that begins gazetteer
 * phrases has a bit for each length of them (2 to PHRASE_MAX words), so
 * that a tagger looks phrases up only where one can start. */
#define GAZ_STARTS_SHIFT 10
#define GAZ_STARTS_MASK 0xF

struct ftok {
	const char *form;
	uint32_t len;
	uint16_t flags;
	uint16_t gaz;
	uint64_t form_h, norm_h, shape_h, hyph_h;	/* hyph: after the last '-' */
	uint64_t suf_h[4], pre_h[3];	/* suffixes of 1-4, prefixes of 1-3 */
	uint32_t cluster;	/* cluster bit string, most significant first */
	uint8_t clen;		/* its length in bits; 0: no cluster */
	uint32_t ecluster;	/* word-vector class bits, most significant first */
	uint8_t eclen;		/* its length in bits; 0: none */
	uint16_t pgaz;		/* gazetteer bits of a phrase it is part of */
	uint8_t starts;		/* bit k - 2: a phrase of k words may begin
				 * here (GAZ_STARTS_SHIFT) */
	uint8_t pbegin;		/* it begins that phrase */
};

/* Word-level facts of form[0..len), the first of its sentence or not; m
 * may be NULL (no clusters or gazetteers). */
void ftok_init(struct ftok *t, const char *form, size_t len, int first,
    const struct model *m);

/* Mark the tokens of t[0..n) that form a gazetteer phrase of two to five
 * words ("New York", "United Nations"); the longest match wins. */
void ftok_phrases(struct ftok *t, size_t n, const struct model *m);

/* The key of a phrase from its words' norm_h values. */
uint64_t phrase_key(const uint64_t *norm, size_t k);

#define PHRASE_MAX 5

/* The key of a word as gazetteers and clusters are looked up by it: its
 * lower-cased form with digits as 0 (ftok.norm_h). */
uint64_t ftok_norm_key(const char *form, size_t len);

/* Keys of the part-of-speech features of token i of t[0..n), given the
 * classes of the two tokens before it (FTAG_NONE at the start).  Returns the
 * number of keys written to keys[0..FEAT_MAX). */
size_t pos_features(const struct ftok *t, size_t n, size_t i, unsigned p1,
    unsigned p2, uint64_t *keys);

/* The two parts of pos_features(): the word's own features, and those of
 * its context and the tags before it. */
size_t pos_word_features(const struct ftok *t, size_t i, uint64_t *keys);
size_t pos_context_features(const struct ftok *t, size_t n, size_t i,
    unsigned p1, unsigned p2, uint64_t *keys);
/* The parts of pos_context_features(), so that a tagger can keep the
 * scores of those that one word or the tags alone decide: the features of
 * the word before (l1) and after (r1), of the two tags before, and the
 * rest. */
size_t pos_left_features(const struct ftok *l1, uint64_t *keys);
size_t pos_right_features(const struct ftok *r1, uint64_t *keys);
size_t pos_tag_features(unsigned p1, unsigned p2, uint64_t *keys);
size_t pos_pair_features(const struct ftok *t, size_t n, size_t i,
    unsigned p1, uint64_t *keys);

/* Token i + d of t[0..n), or an empty token with no facts beyond either
 * end of the sentence. */
const struct ftok *ftok_near(const struct ftok *t, size_t n, size_t i, int d);

/* What the entity model knows of token i besides its words. */
struct nerctx {
	const uint16_t *pos;	/* POS classes of the sentence */
	unsigned p1, p2;	/* entity labels of the two tokens before */
	unsigned docmem;	/* label an earlier mention of this word in the
				 * document had, or FTAG_NONE */
	size_t estart;		/* where the entity the label before belongs
				 * to starts (when p1 is not O) */
};

/* All the keys of the entity features of token i: those that do not
 * depend on the labels before, then those that do (their sum; a beam
 * search scores the first part once a token). */
size_t ner_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys);
size_t ner_static_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys);
/* The parts of ner_static_features(): the word's own features (with its
 * gazetteer phrase), those of the word before (l1) and after (r1), which
 * one word decides and a tagger may keep, and the rest. */
size_t ner_word_features(const struct ftok *w, uint64_t *keys);
size_t ner_left_features(const struct ftok *l1, uint64_t *keys);
size_t ner_right_features(const struct ftok *r1, uint64_t *keys);
size_t ner_context_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys);
/* The parts of ner_context_features(): the words two away and pairs of
 * the word's shape with its neighbours (too many values to keep), and
 * three that few values decide, each with its key: the parts of speech
 * around the word; its gazetteer classes, flags and memory and those
 * around it; the name it begins, when it has a capital. */
size_t ner_far_features(const struct ftok *t, size_t n, size_t i,
    uint64_t *keys);
size_t ner_pair_features(const struct ftok *t, size_t n, size_t i,
    uint64_t *keys);
size_t ner_pos_features(size_t n, size_t i, const struct nerctx *c,
    uint64_t *keys);
uint64_t ner_pos_key(size_t n, size_t i, const struct nerctx *c);
size_t ner_around_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys);
uint64_t ner_around_key(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c);
size_t ner_head_features(const struct ftok *t, size_t n, size_t i,
    uint64_t *keys);
uint64_t ner_head_key(const struct ftok *t, size_t n, size_t i);
/* What decides ner_label_features(), as a key. */
uint64_t ner_label_key(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c);
/* What decides ner_path_features(), as a key. */
uint64_t ner_path_key(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c);
size_t ner_history_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys);
/* The history features in two parts: those of the label before alone
 * (scored once a token and label), and those of the longer path. */
size_t ner_label_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys);
size_t ner_path_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys);

#endif
