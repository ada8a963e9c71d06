/* model.h: the tagger's model file, read with one mmap at start-up.
 *
 * Layout (all integers little-endian, as written by model_write()):
 *
 *   header   "NFMODEL" + format version byte, u32 section count,
 *            u32 checksum of the whole file (its own bytes as zeros),
 *            u64 total file size
 *   sections u32 id, u32 count, u64 offset, u64 bytes, for each section
 *   data     each section's bytes, 8-byte aligned
 *
 * Sections are arrays of one of three kinds: hashed tables of struct mslot
 * (a 32-bit key folded from the 64-bit hash, and a value holding a 24-bit
 * and an 8-bit number; key 0 marks an empty slot; a power of two of slots
 * at most 70% full, linear probing on hash_mix(key)), weight entries
 * (struct mweight), or string pools (NUL-terminated strings back to back).
 * Eight bytes a slot keep the model small; with half a million keys, two
 * features share a key about a dozen times, which a perceptron shrugs off.
 *
 * Loading checks the magic, the version, the checksum (so a flipped bit
 * anywhere is found), that every section lies inside the file and that
 * table sizes are powers of two, so a truncated or damaged file is refused
 * with a message.  What a table's values point to is checked where they
 * are used (mtable.limit), so that loading reads no more than the
 * checksum does and even a file made to fool the checksum is never read
 * out of bounds.
 */
#ifndef NF_MODEL_H
#define NF_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define MODEL_VERSION 4

enum model_section {
	MS_POS_CLASSES = 1,	/* pool: POS classes "XPOS\tUPOS" */
	MS_POS_FEATS,		/* table: feature -> a = first weight, b = count */
	MS_POS_WEIGHTS,		/* weights */
	MS_POS_DICT,		/* table: word -> a = class (unambiguous words) */
	MS_LEMMAS,		/* table: word+xpos -> a = pool offset, b = length */
	MS_LEMMA_POOL,		/* pool */
	MS_NER_CLASSES,		/* pool: "O", "B-PER", ... */
	MS_NER_FEATS,		/* table */
	MS_NER_WEIGHTS,		/* weights */
	MS_CLUSTERS,		/* table: word -> a = cluster bits, b = length */
	MS_GAZ,			/* table: word or phrase -> a = gazetteer bits
				 * and phrase starts (feats.h) */
	MS_ECLUSTERS,		/* table: lower-cased word -> a = bits, b = length
				 * (classes of pre-trained word vectors) */
	MS_DEP_LABELS,		/* pool: dependency relations, "root" among them */
	MS_DEP_FEATS,		/* table: parser feature -> weights */
	MS_DEP_WEIGHTS,		/* weights of the move classes (depstate.h) */
	MS_DEP_BEAM,		/* a u32: the beam width the parser was trained
				 * with */
	MS_QUOTE_FEATS,		/* table: feature of reported speech -> weights
				 * of keeping it or not (quotes.h) */
	MS_QUOTE_WEIGHTS,	/* weights */
	MS_MAX
};

/* What a writer gives for a table entry: a = up to 24 bits, b = 8 bits. */
struct mentry {
	uint64_t key;
	uint32_t a, b;
};

#define MENTRY_A_MAX (1u << 24)
#define MENTRY_B_MAX (1u << 8)

struct mslot {
	uint32_t key;
	uint32_t val;		/* a << 8 | b */
};

static inline uint32_t
mslot_a(const struct mslot *s)
{
	return s->val >> 8;
}

static inline uint32_t
mslot_b(const struct mslot *s)
{
	return s->val & 0xFF;
}

struct mweight {
	float w;
	uint32_t cls;
};

/* A feature with weights for more than MSLOT_DENSE_FROM(nclass) classes
 * keeps them as a row of a float for every class: its slot's b is
 * MSLOT_DENSE, and the row fills the MSLOT_DENSE_UNITS(nclass) weight
 * entries from a.  A row adds up eight classes at a time, while the
 * (class, weight) entries are added one by one, to scattered places: a
 * row of the hundred-odd parts of speech takes about the time of a dozen
 * entries.  So features with more than a dozen entries have rows, or
 * with more than half the classes when that is fewer (a row is then also
 * smaller). */
#define MSLOT_DENSE 0
#define MSLOT_DENSE_UNITS(nclass) (((nclass) + 1) / 2)
#define MSLOT_DENSE_FROM(nclass) \
	(MSLOT_DENSE_UNITS(nclass) < 12 ? MSLOT_DENSE_UNITS(nclass) : 12)

struct mtable {
	const struct mslot *slot;
	uint64_t mask;		/* slots - 1; no slots when slot is NULL */
	uint64_t limit;		/* entries of the section its values index
				 * (weights, pool bytes), which every use
				 * checks its a + b against; classes of the
				 * POS dictionary */
};

struct model {
	void *map;
	size_t size;
	const void *sec[MS_MAX];
	uint64_t count[MS_MAX];	/* entries (slots, weights or pool bytes) */
	struct mtable pos_feats, pos_dict, lemmas, ner_feats, clusters, gaz,
	    eclusters, dep_feats, quote_feats;
	const struct mweight *pos_w, *ner_w, *dep_w, *quote_w;
	const char **pos_class, **ner_class;	/* names, in class order */
	const char **dep_label;
	uint32_t dep_beam;
	size_t npos, nner, ndep;	/* ndep: labels; the parser has 2 + 2 *
					 * ndep move classes */
	const char *lemma_pool;
};

/* Map the model at path: a tagger's model (parts of speech, lemmas,
 * entities, word classes), a parser's, or the quotes' (MS_QUOTE_*), or
 * several.  Returns 0, or -1 with
 * "PATH: reason" in err. */
int model_load(struct model *m, const char *path, char *err, size_t errsize);
void model_free(struct model *m);

/* Keys are hashes (hash.h); 0 marks an empty slot, so it is never a key. */
static inline uint64_t
mkey(uint64_t h)
{
	return h ? h : 1;
}

/* The 32-bit key a 64-bit one is stored under; never 0. */
static inline uint32_t
mkey_fold(uint64_t key)
{
	uint32_t k = (uint32_t)(key ^ (key >> 32));

	return k ? k : 1;
}

/* Where the search for key starts in t (for prefetching). */
#define MTABLE_HOME(t, key) (&(t)->slot[hash_mix(mkey_fold(key)) & (t)->mask])

/* The slot holding key, or NULL. */
const struct mslot *mtable_get(const struct mtable *t, uint64_t key);

/* ---- writing, for the trainer ---- */

struct model_writer {
	struct buf data[MS_MAX];
	uint64_t count[MS_MAX];
};

void mwriter_init(struct model_writer *w);
void mwriter_free(struct model_writer *w);

/* Build a hashed table from n entries (keys distinct and non-zero) into
 * section id.  -1 when memory runs out or a value does not fit. */
int mwriter_table(struct model_writer *w, int id, const struct mentry *s,
    size_t n);
/* Append raw entries (weights or pool bytes) to section id. */
int mwriter_add(struct model_writer *w, int id, const void *p, size_t bytes,
    size_t count);
int model_write(const struct model_writer *w, const char *path, char *err,
    size_t errsize);

#endif
