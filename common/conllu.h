/* conllu.h: CoNLL-U sentences, read and written (universaldependencies.org
 * format): comment lines, then one line a word with ten TAB-separated
 * fields ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC, a blank line
 * after each sentence.  Multi-word token ranges ("1-2") and empty nodes
 * ("1.1") are kept as they are, so a sentence goes out as it came in with
 * only the fields a stage set changed.
 *
 * A format module: it parses and prints, the tagger fills the fields.
 */
#ifndef NF_CONLLU_H
#define NF_CONLLU_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"
#include "tsv.h"

enum { CL_COMMENT, CL_RANGE, CL_EMPTY, CL_WORD };
enum { CF_ID, CF_FORM, CF_LEMMA, CF_UPOS, CF_XPOS, CF_FEATS, CF_HEAD,
	CF_DEPREL, CF_DEPS, CF_MISC, CF_N };

struct conllu_row {
	int kind;
	size_t off[CF_N];	/* fields in conllu_sent.data (comments: off[0]) */
	size_t len[CF_N];
};

struct conllu_sent {
	struct buf data;	/* the lines' bytes, fields NUL-terminated */
	struct conllu_row *row;
	size_t nrow, caprow;
	size_t nword;		/* rows of kind CL_WORD */
	unsigned long line;	/* input line of its first row */
};

struct conllu_reader {
	struct linereader lr;
};

void conllu_init(struct conllu_reader *r, FILE *fp, const char *name);
void conllu_free_reader(struct conllu_reader *r);

enum { CONLLU_SENT = 1, CONLLU_EOF = 0, CONLLU_ERR = -1, CONLLU_BAD = -2 };

/* Read the next sentence.  CONLLU_BAD: the sentence is malformed, err says
 * where ("FILE:LINE: reason") and it is skipped; reading goes on. */
int conllu_next(struct conllu_reader *r, struct conllu_sent *s, char *err,
    size_t errsize);

void conllu_sent_init(struct conllu_sent *s);
void conllu_sent_free(struct conllu_sent *s);

/* Field f of row i: NUL-terminated, length in *n if n is not NULL. */
const char *conllu_field(const struct conllu_sent *s, size_t i, int f,
    size_t *n);

/* Append row i to out as a line, with fields replaced where repl[f] is not
 * NULL (repl may be NULL). */
void conllu_put_row(struct buf *out, const struct conllu_sent *s, size_t i,
    const char *const repl[CF_N]);

#endif
