/* quotes.h: who said what in a document: quotations and reported speech,
 * with the speaker and the reporting verb.
 *
 * The stage behind news-extract-quotes.  It takes a whole document of
 * tagged sentences (one at a time in memory) and the people of that
 * document (people.h), and finds
 *   - quotations: spans between quotation marks, paired across sentences
 *     and paragraphs (news style: a paragraph that leaves a quote open
 *     continues it in the next paragraph that opens one), robust to marks
 *     that never close or never open;
 *   - their attribution, by patterns over tokens, parts of speech and
 *     entities, most reliable first: '"Q," SPEAKER VERB', '"Q," VERB
 *     SPEAKER', 'SPEAKER VERB (that|:|,) "Q"', 'adding: "Q"', and a quote
 *     with none inherits the speaker of the quote before it in the same or
 *     the previous paragraph;
 *   - reported speech without quotation marks: 'SPEAKER VERB (OBJECT)
 *     (that) CLAUSE', 'CLAUSE, SPEAKER VERB', 'CLAUSE, VERB SPEAKER',
 *     'according to SPEAKER, CLAUSE', ', adding (that) CLAUSE'.
 * Speakers that are personal names become the person's full name
 * (people_find), "he" and "she" the person last named; other speakers
 * stay as written ("the official", "Ankara").  The reporting verbs are a
 * word list (data/quote-verbs.tsv).  It never reads or prints records.
 */
#ifndef NF_QUOTES_H
#define NF_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "annotate.h"
#include "buf.h"
#include "model.h"
#include "people.h"
#include "tagger.h"
#include "wordset.h"

enum qkind { Q_DIRECT, Q_PARTIAL, Q_INDIRECT };

/* One sentence of the document, as the caller read and tagged it. */
struct qsent {
	struct tsent t;		/* its words, offsets in the document;
				 * tokenized by the caller (annotate_tokens) */
	struct buf text;	/* the record's text */
	size_t start, end;	/* its offsets in the document */
	unsigned long sent, para;
	int tagged;		/* tagged yet: set by the stage, which tags
				 * only the sentences it needs */
	int parsed;		/* parsed (TAG_PARSE) by the stage */
	size_t g0;		/* scratch: its first word's index in the
				 * document */
	size_t dateline;	/* scratch: the word after a wire dateline
				 * that opens it (tsent_dateline_end), or 0 */
};

/* One record: a reported-speech event, or one part of one (the parts of
 * an interrupted quotation, '"A," he said. "B."', are records of their
 * own that share the event). */
struct quote {
	unsigned long sent;	/* the sentence where the content starts */
	size_t start, end;	/* the content's offsets in the document */
	enum qkind kind;
	struct buf speaker, mention, cue, text;
	size_t mstart, mend;	/* the mention's offsets, when mention.l */
	unsigned long event;	/* the event's number in the document, 1... */
};

struct quotes_lex {
	struct wordset verbs;	/* lemma -> QV_SPEECH or QV_QUOTE */
	struct wordset forms;	/* the forms they may take */
	struct wordset genders;	/* first name -> 'f' or 'm' */
	struct model model;	/* which reported speech to keep, or none
				 * (model.quote_feats.slot NULL): keep all */
};

/* ---- which reported speech to keep: a learned model ----
 *
 * The parse proposes reported speech (a cue, its content, its source);
 * an averaged perceptron over features of the proposal (the cue, how
 * the parse links the three, the quotation marks, the words) keeps it or
 * not.  news-train-quotes (train/quotes.c) learns it from PolNeAR's
 * attributions: it runs the stage with qdoc.learn set, which keeps each
 * proposal's offsets and features, the same features the stage scores. */
#define QFEAT_MAX 48		/* features of one proposal, at most */
/* The parser's beam here, and in training: news-tag parses with the
 * model's 12, but a beam of 4 takes half the time for a little less
 * (docs/quotes.md has the figures). */
#define QUOTES_BEAM 4

struct qfeat {
	size_t cue_start, cue_end;	/* the cue's offsets in the document */
	size_t start, end;		/* the content's, hole and all */
	size_t xstart, xend;		/* the hole, when xstart < xend */
	size_t key0, nkeys;		/* its features: qdoc.keys[key0..) */
};

enum { QV_SPEECH = 1, QV_QUOTE = 2, QV_NOUN = 4, QV_PAST = 8 };

struct qtok;
struct qspan;
struct qcand;

struct qdoc {
	struct qsent *s;
	size_t n, cap, inited;
	struct quote *q;
	size_t nq, capq, qinited;
	struct qtok *tok;	/* scratch: every word of the document */
	size_t ntok, captok;
	struct qspan *span;	/* scratch: the quotations */
	size_t nspan, capspan;
	struct qcand *cand;	/* scratch: reported speech the parse shows */
	size_t ncand, capcand;
	uint32_t *lo, *hi;	/* scratch: the parsed sentence's subtrees */
	size_t caplh;
	size_t lhsent;		/* which sentence they are of, + 1 */
	const void *relfor;	/* relmap is for this parser's labels */
	unsigned char relmap[256];	/* parser label -> enum qrel */
	unsigned long nevent;	/* events so far */
	int learn;		/* keep the proposals' features (training) */
	struct qfeat *feat;
	size_t nfeat, capfeat;
	uint64_t *keys;
	size_t nkeys, capkeys;
	size_t words, counted;	/* the words of sentences [0, counted) */
};

/* A document is held whole, but for a very long one, which is taken in
 * sections so that memory stays bounded (issue 21): a section ends at the
 * first paragraph that begins after QDOC_SECTION_WORDS words, or at twice
 * that many words wherever it is (inside a paragraph, or between the
 * windows of one long sentence, annotate.h).  The caller extracts the
 * section and clears the document, but not its people, which carry over.
 * A quotation is not paired, and a name not looked for, across sections;
 * documents of a million words are a book's length, and few. */
#ifndef QDOC_SECTION_WORDS	/* the fuzz build makes it small */
#define QDOC_SECTION_WORDS ((size_t)1 << 20)
#endif

/* Load the reporting verbs (lemma TAB speech|quote); 0, or -1 with
 * "FILE:LINE: reason" in err. */
int quotes_lex_load(struct quotes_lex *lx, const char *path, char *err,
    size_t errsize);
/* Load the given names of known gender (name TAB f|m), whom "he" and
 * "she" may mean; without them any person may be meant. */
int quotes_lex_genders(struct quotes_lex *lx, const char *path, char *err,
    size_t errsize);
/* Load the model of which reported speech to keep (news-train-quotes). */
int quotes_lex_model(struct quotes_lex *lx, const char *path, char *err,
    size_t errsize);
/* All of them: the verbs from the file named (NULL: quote-verbs.tsv in
 * the data directory), the genders of first names from the data
 * directory, and with_model, the model from the file named (NULL:
 * quotes.model there); 0, or -1 with the reason in err. */
int quotes_lex_open(struct quotes_lex *lx, const char *verbs,
    const char *model, int with_model, char *err, size_t errsize);
void quotes_lex_free(struct quotes_lex *lx);

void qdoc_init(struct qdoc *d);
void qdoc_clear(struct qdoc *d);	/* a new document; memory kept */
void qdoc_free(struct qdoc *d);
/* A new, empty sentence at the end of the document for the caller to
 * fill; NULL when memory runs out. */
struct qsent *qdoc_add(struct qdoc *d);
/* Does a section end before the next sentence, of paragraph para? */
int qdoc_section_ends(struct qdoc *d, unsigned long para);
/* Add sentence record rec at the end of the document, tokenized with a
 * (the stage tags what it needs), a window at a time: a sentence of more
 * than WINDOW_TOKENS tokens is a sentence of the document a window (of
 * its own tokens) at a time (annotate.h).  When a section ends first, call
 * end_section(ctx), which extracts the document's quotations and clears
 * it (qdoc_clear).  -1 when memory runs out. */
int qdoc_add_record(struct qdoc *d, struct annotator *a,
    const struct srec *rec, void (*end_section)(void *), void *ctx);
/* The same for a sentence whose words came with their tags (token
 * records, CoNLL-U: recread.h), which the stage uses as they are. */
int qdoc_add_words(struct qdoc *d, const struct srec *rec,
    const struct tsent *words, void (*end_section)(void *), void *ctx);

/* Find the document's quotations and reported speech into d->q, in the
 * order of their offsets.  The stage tags (with t) the sentences that may
 * hold reported speech, and those that name or precede a speaker, and
 * adds their people to pp, the document's (empty at first): the rest of
 * the text is only tokenized, which makes it several times faster than
 * tagging everything.  -1 when memory runs out. */
int quotes_extract(struct qdoc *d, const struct quotes_lex *lx,
    struct tagger *t, struct people *pp, const struct people_lex *plx);

#endif
