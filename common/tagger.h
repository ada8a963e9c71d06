/* tagger.h: parts of speech, lemmas and named entities of a sentence.
 *
 * The stage behind news-tag: it takes a tokenized sentence (struct tsent)
 * and fills each word's POS class (a Penn Treebank tag with its Universal
 * tag), lemma and entity label, from a model file trained by news-train
 * (model.h, feats.h).  POS: a greedy averaged perceptron, left to right,
 * with the two tags before as features and a dictionary of unambiguous
 * frequent words.  Entities: a second perceptron over BIO labels that also
 * sees the POS tags, gazetteers, word clusters and what earlier mentions of
 * the same word in the document were labelled; only legal BIO sequences
 * are produced.  It never reads or prints records.
 */
#ifndef NF_TAGGER_H
#define NF_TAGGER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "feats.h"
#include "model.h"
#include "nerbeam.h"
#include "rowcache.h"

struct tword {
	uint32_t off, len;	/* form: bytes of tsent.forms */
	size_t start, end;	/* offsets in the document, when known */
	uint16_t pos;		/* POS class */
	uint8_t ner;		/* entity label (class of the NER model) */
	uint32_t loff, llen;	/* lemma: bytes of tsent.lemmas */
	uint16_t rule;		/* user rule label (rules.h) + 1, or 0 */
	uint8_t rule_begin;	/* the first word of a rule's match */
	uint8_t glued;		/* no whitespace between it and the word before
				 * in the text (tsent_glued()) */
	uint8_t rel;		/* dependency relation (label of the parser) */
	uint32_t head;		/* its head: word number from 1, 0 for the
				 * sentence's root (TAG_PARSE) */
};

struct tsent {
	struct buf forms;	/* the forms, each NUL-terminated */
	struct buf lemmas;
	struct tword *w;
	size_t n, cap;
	unsigned done;		/* what tagging filled in (TAG_ flags) */
};

void tsent_init(struct tsent *s);
void tsent_clear(struct tsent *s);
void tsent_free(struct tsent *s);
/* dst becomes a copy of src, tags and all; -1 when memory runs out. */
int tsent_copy(struct tsent *dst, const struct tsent *src);
/* Append a word; -1 when memory runs out. */
int tsent_add(struct tsent *s, const char *form, size_t len, size_t start,
    size_t end);
static inline const char *
tsent_form(const struct tsent *s, size_t i)
{
	return s->forms.s + s->w[i].off;
}
/* Is word i one of the words of list (NULL-ended), exactly? */
static inline int
tsent_form_in(const struct tsent *s, size_t i, const char *const *list)
{
	const char *f = tsent_form(s, i);

	for (; *list; list++)
		if (strcmp(f, *list) == 0)
			return 1;
	return 0;
}
/* Is word i one of the words of list (NULL-ended, in lower case), its
 * ASCII letters in any case ("Photo", "FILM")? */
static inline int
tsent_form_in_ci(const struct tsent *s, size_t i, const char *const *list)
{
	const char *f = tsent_form(s, i), *w, *l;

	for (; *list; list++) {
		for (w = f, l = *list; *w && *l && (*w == *l || (*w >= 'A' &&
		    *w <= 'Z' && *w + 32 == *l)); w++, l++)
			;
		if (*w == '\0' && *l == '\0')
			return 1;
	}
	return 0;
}
/* Is word i, if there is one, the possessive "'s" or "’s"? */
static inline int
tsent_possessive(const struct tsent *s, size_t i)
{
	static const char *const pos[] = { "'s", "\xE2\x80\x99s", NULL };

	return i < s->n && tsent_form_in(s, i, pos);
}
/* Do words i and i + 1 touch in the text, with no whitespace between?
 * tsent_add() takes it from the offsets (the word starts where the one
 * before ends); a caller that knows the text better sets tword.glued, as
 * annotate_tokens() does: a record's offsets may not match its text. */
static inline int
tsent_glued(const struct tsent *s, size_t i)
{
	return i + 1 < s->n && s->w[i + 1].glued;
}

struct docmem;
struct depparser;

#define TAGGER_CACHES 12		/* the parts in tagger.c */
/* Entity hypotheses that score this much below the best are dropped from
 * the beam, so that a token after plain words meets one hypothesis, O, and
 * is skipped when it is plainly outside too.  In the model's units,
 * measured with this model: at 150 the labels of 2 million tokens of news
 * and of UNER EWT dev are those of no margin; at 60 UNER EWT dev F1 is
 * 0.7324 instead of 0.7331 (PER the same), Wikinews quote speakers 124 of
 * 136 right instead of 123, the bench corpus's people a little better
 * ("Mohammad bin Salman" whole, "Sadiq Khan" with his title) and a little
 * worse (a princess missed, "Lord" and "Mayor" as names), and
 * news-extract-people takes 16% less time. */
#define NER_MARGIN 60.0f
#define FACT_CACHE 16384	/* words whose facts (struct ftok) are kept */

struct tagger {
	struct model m;
	const char **xpos, **upos;	/* of each POS class */
	uint16_t *upos_id;	/* and the first class with its UPOS */
	char *names;			/* their storage */
	unsigned *ner_type;		/* entity type index of each label, 0: O */
	struct docmem *mem;
	/* scratch, kept between sentences */
	struct ftok *ft;
	size_t capft;
	uint16_t *pos;
	size_t cappos;
	size_t pos_next;	/* the words before it have their tags in pos */
	unsigned pos_p1, pos_p2;	/* the last two of those tags */
	float *scores;
	/* the scores of the parts of features one word decides, by word */
	struct rowcache cache[TAGGER_CACHES];
	uint64_t *fkey;		/* and the facts of words (FACT_CACHE) */
	struct ftok *facts;
	struct nerbeam beam;
	uint8_t *labels;
	size_t caplabels;
	struct depparser *parser;	/* for TAG_PARSE, or NULL */
	uint16_t *saved_pos;		/* the POS of a sentence being parsed */
	size_t capsaved;
	/* for parse_names(), looked up once: the NNP class + 1, and the
	 * B-PER and I-PER labels + 1 (0: not looked up yet) */
	int nnp1;
	unsigned bper1, iper1;
};

/* Load the model; 0, or -1 with "PATH: reason" in err. */
int tagger_load(struct tagger *t, const char *path, char *err, size_t errsize);
void tagger_free(struct tagger *t);

/* Load the dependency parser's model, for TAG_PARSE; 0, or -1 with
 * "PATH: reason" in err. */
int tagger_load_parser(struct tagger *t, const char *path, char *err,
    size_t errsize);

/* A new document starts: forget what earlier mentions were labelled. */
void tagger_newdoc(struct tagger *t);

/* What tagger_run() fills in: each word's part of speech (tword.pos),
 * entity label (ner) and lemma (loff, llen), and with a parser loaded its
 * dependency head and relation (head, rel).  Lemmas and parses need the
 * parts of speech, which are tagged with them; parses need the entities
 * too (a person's name is a proper noun to the parser, whatever part of
 * speech its words have).  Entities need those of the
 * words around the ones the entity search scores, which it tags as it
 * goes, but tword.pos is filled only when TAG_POS is asked (now or later).
 * TAG_ALL is all but the parse. */
enum {
	TAG_POS = 1, TAG_ENTITIES = 2, TAG_LEMMAS = 4,
	TAG_ALL = 7,
	TAG_PARSE = 8
};

/* Tag s in place with what (TAG_ flags) it does not have yet; -1 when
 * memory runs out, or TAG_PARSE is asked with no parser loaded.  A program that does not need lemmas, or parts of
 * speech, saves their time; the rest is the same as with TAG_ALL. */
int tagger_run(struct tagger *t, struct tsent *s, unsigned what);
/* All of it: tagger_run(t, s, TAG_ALL). */
int tagger_tag(struct tagger *t, struct tsent *s);

/* Is token i of ft, after entity label prev, plainly outside any entity:
 * a frequent lower-case word of one part of speech ("the", "of") after O?
 * The model is not asked about such tokens, in tagging or training. */
int tagger_plainly_outside(const struct tagger *t, const struct ftok *ft,
    size_t i, unsigned prev);

/* The POS class of tags given as text (token records, CoNLL-U from
 * another tool): the class of both tags, else the first with the Penn
 * tag, else the first with the universal one, else -1. */
int tagger_class_of(const struct tagger *t, const char *xpos, size_t xn,
    const char *upos, size_t un);
/* The entity label of "B-PER", "I-LOC", "O" ...; O for a type the model
 * does not have (a rule's). */
unsigned tagger_label_of(const struct tagger *t, const char *s, size_t n);

/* The gazetteer classes (GAZ_ bits of feats.h) of the word form[0..len),
 * looked up as the entity model looks it up; 0 for none. */
unsigned tagger_gaz_bits(const struct tagger *t, const char *form, size_t len);

/* Is the word form[0..len), its first letter in lower case, a frequent
 * word of one part of speech in the training text (the POS dictionary:
 * "how", "again", "family"), which a capital makes no name? */
int tagger_common_word(const struct tagger *t, const char *form, size_t len);

/* Take the facts of s's words (its phrases' gazetteer classes) as
 * tagger_run() takes them, for a sentence whose tags came with it (token
 * records, CoNLL-U), so that tagger_phrase_bits() reads s; -1 when memory
 * runs out. */
int tagger_facts(struct tagger *t, const struct tsent *s);

/* The gazetteer classes of the phrase ("Stanley Cup", "Parkinson 's")
 * that word i of the sentence tagged last is part of, 0 for none. */
unsigned tagger_phrase_bits(const struct tagger *t, size_t i);

/* The entity type of label l ("PER", ...) or NULL for O, and whether it
 * begins an entity. */
const char *tagger_ner_type(const struct tagger *t, unsigned l, int *begins);

/* The entities of a tagged sentence, for the stages that read them
 * (people, roles, quotes): the type of word i ("PER", ...), NULL outside
 * any entity or with a model without entities; whether one begins at i;
 * the first word and the end (one past the last word) of the entity that
 * word i is in. */
const char *tsent_entity(const struct tagger *t, const struct tsent *s,
    size_t i);
int tsent_entity_is(const struct tagger *t, const struct tsent *s, size_t i,
    const char *type);
int tsent_entity_begins(const struct tagger *t, const struct tsent *s,
    size_t i);
size_t tsent_entity_start(const struct tagger *t, const struct tsent *s,
    size_t i);
size_t tsent_entity_end(const struct tagger *t, const struct tsent *s,
    size_t i);

/* Is word i in capitals, two letters or more, with maybe an apostrophe,
 * hyphens or full stops ("PENCE", "O'REILLY", "WINSTON-SALEM", "ST.")? */
int tsent_in_capitals(const struct tsent *s, size_t i);

/* A wire story's dateline that opens sentence s, a place in capitals,
 * maybe a comma and a country or a date, maybe an agency in brackets, and
 * a dash or an underscore ("BANGKOK, Thailand (AP) _", "OTTAWA --",
 * "BEIJING, Nov. 3 (Xinhua) --"): the word after it, or 0 if there is
 * none or nothing follows it. */
size_t tsent_dateline_end(const struct tsent *s);

/* Does word i begin with a capital letter, or a letter beyond ASCII
 * ("Erdoğan", "Çavuşoğlu"), as names do? */
static inline int
tsent_capitalized(const struct tsent *s, size_t i)
{
	unsigned char c = (unsigned char)tsent_form(s, i)[0];

	return (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

#endif
