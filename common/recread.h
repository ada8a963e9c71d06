/* recread.h: a program's input records, of whichever kind it reads.
 *
 * The programs after news-split read sentence records; those that work on
 * tagged words also read news-tag's token records and CoNLL-U (news-tag's,
 * or another tool's: UDPipe, Stanza and spaCy write it), so that a
 * pipeline tags once and fans out.  A recread takes one input, finds the
 * kind of its records from a header line or the first record's shape
 * (reckind.h), and gives them a sentence at a time:
 *
 *   - sentence records as they are (sentrec.h);
 *   - token records gathered into their sentences: the words with the
 *     tags they carry, and the sentence record rebuilt (its text is the
 *     words with a space where their offsets leave a gap, which is the
 *     text news-split wrote);
 *   - CoNLL-U sentences: the words with the tags they carry (UPOS and
 *     XPOS, LEMMA, HEAD and DEPREL, NER= in MISC), the text from
 *     "# text = " or the words, documents from "# newdoc id = ",
 *     paragraphs from "# newpar"; offsets count the sentences' texts in
 *     order, a newline between them;
 *   - records of another kind the program takes (people records for
 *     news-extract-people --corpus) as fields.
 *
 * Tags given as text become the tagger's classes (tagger_class_of,
 * tagger_label_of, depparser_label_of); tsent.done says which were given,
 * so that a stage tags only what is missing.  A kind the program does not
 * take is an error (RR_KIND): the program names what it got and what it
 * reads.  A format module: it parses, stages never see a line.
 */
#ifndef NF_RECREAD_H
#define NF_RECREAD_H

#include <stdio.h>

#include "conllu.h"
#include "reckind.h"
#include "sentrec.h"
#include "tagger.h"

#define RK_BIT(k) (1u << (k))

struct recread {
	unsigned accepts;		/* RK_BIT()s of the kinds taken */
	enum reckind kind;		/* of this input, once known */
	unsigned long kindline;		/* the line that told it */
	const struct tagger *tagger;	/* for tags given as text, or NULL */
	struct sentrec_reader sr;	/* its line reader reads the input */
	struct conllu_reader cr;	/* CoNLL-U: the line reader moves here */
	struct conllu_sent cs;
	struct tsent t;			/* the sentence of words, tags given */
	struct srec rec;		/* and its sentence record, rebuilt */
	struct buf doc, text, cur;	/* their bytes; the current document */
	unsigned long sent, para;	/* CoNLL-U: numbers in the document */
	size_t off;			/* and the next sentence's offset */
	int newdoc;
};

enum {
	RR_SENT = 1,		/* a sentence: *rec, and *words unless NULL */
	RR_FIXED = 2,		/* the same, repaired (err says how) */
	RR_OTHER = 3,		/* a record of another kind: r->sr.tsv */
	RR_EOF = 0,
	RR_BAD = -1,		/* a bad record or sentence, skipped (err) */
	RR_FATAL = -2,		/* a read error or no memory (err) */
	RR_KIND = -3		/* records of a kind not taken: r->kind */
};

void recread_init(struct recread *r, FILE *fp, const char *name,
    unsigned accepts, const struct tagger *t);
void recread_free(struct recread *r);

/* The next sentence or record.  *rec is the sentence record; *words the
 * sentence's words with their tags, or NULL for a sentence record, whose
 * words the program tokenizes and tags itself.  Both stay valid until
 * the next call.  err gets "FILE:LINE: reason" for RR_FIXED, RR_BAD and
 * RR_FATAL. */
int recread_next(struct recread *r, const struct srec **rec,
    struct tsent **words, char *err, size_t errsize);

/* The input line last read (for messages). */
unsigned long recread_line(const struct recread *r);

#endif
