/* annotate.h: a sentence record to a tagged sentence, the first step of
 * every program after news-split: tokenize the text field, map the tokens
 * to document offsets, tag them.
 *
 * Offsets: the record's start plus the token's place in the text field,
 * which is exact where the sentence's whitespace was one byte wide;
 * otherwise later tokens shift, and a token past the sentence's end is
 * clamped to it (docs/man/news-tag.1).
 */
#ifndef NF_ANNOTATE_H
#define NF_ANNOTATE_H

#include "sentrec.h"
#include "tagger.h"
#include "token.h"

struct annotator {
	struct tagger *tagger;
	struct tokenizer *tk;
	struct tokspan *spans;	/* the last sentence's tokens in its text */
	size_t capspans;
};

/* Load the model at model (NULL: tagger.model from the data directory,
 * datadir.h) into t, and a tokenizer with the data directory's
 * abbreviations; a->tagger is then t.  -1 with "FILE: reason" in err. */
int annotator_open(struct annotator *a, struct tagger *t, const char *model,
    char *err, size_t errsize);
/* Load the dependency parser's model at model (NULL: parser.model from the
 * data directory) into the tagger, for TAG_PARSE.  -1 with "FILE: reason"
 * in err. */
int annotator_open_parser(struct annotator *a, const char *model, char *err,
    size_t errsize);
/* Free the tokenizer and the tagger. */
void annotator_close(struct annotator *a);

/* Tokenize and tag rec into s with what (TAG_ flags, tagger.h); -1 when
 * memory runs out. */
int annotate_record(struct annotator *a, const struct srec *rec,
    struct tsent *s, unsigned what);
/* Tokenize only, for a stage that tags what it needs (tagger_tag). */
int annotate_tokens(struct annotator *a, const struct srec *rec,
    struct tsent *s);

#endif
