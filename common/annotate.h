/* annotate.h: a sentence record to a tagged sentence, the first step of
 * every program after news-split: tokenize the text field, map the tokens
 * to document offsets, tag them.
 *
 * Offsets: the record's start plus the token's place in the text field,
 * which is exact where the sentence's whitespace was one byte wide;
 * otherwise later tokens shift, and a token past the sentence's end is
 * clamped to it (docs/man/news-tag.1).
 *
 * ---- Windows: a sentence too long to hold whole ----
 *
 * A sentence of at most WINDOW_TOKENS tokens is one window, the whole
 * sentence, tokenized and tagged as annotate_record() does it: a normal
 * sentence is untouched by what follows.  A longer one (a page without
 * punctuation, a table run into one line) would take memory in proportion
 * to its length, some 55 bytes a byte of text, so it is taken in windows
 * (issue 21).  A window owns about WINDOW_TOKENS consecutive tokens of the
 * sentence, and is tokenized and tagged with up to WINDOW_CONTEXT tokens
 * of the sentence before and after them, so that every token it owns is
 * tagged among the words around it, as it is in the whole sentence.  A
 * stage takes from each window the tokens it owns (window_own()), so that
 * every token is taken once, with the tags of the window that owns it.
 * Windows meet where a name is unlikely to go on: after a comma, semicolon
 * or colon followed by a space, or between two words in lower case with a
 * space between, the first such place from WINDOW_TOKENS tokens on (within
 * WINDOW_CONTEXT / 2 more), else right there.  An entity or a quotation
 * that crosses the place where two windows meet is cut there.
 *
 * A stage that needs more than tags (a parser) takes the same windows: it
 * works on the window with its context and keeps what it finds for the
 * tokens the window owns.  Tokenizing only (what == 0, for a stage that
 * tags later what it needs) gives windows without context.
 *
 * Memory: one window with its context, and the tokens read ahead to find
 * the next (a part of about WINDOW_PART bytes of text at a time), whatever
 * the sentence's length; time linear in it.
 */
#ifndef NF_ANNOTATE_H
#define NF_ANNOTATE_H

#include "sentrec.h"
#include "tagger.h"
#include "token.h"

/* the fuzz build makes them tiny (tests/fuzz/README.md), so that short
 * inputs reach the windows */
#ifndef WINDOW_TOKENS
#define WINDOW_TOKENS 1000	/* a sentence of more tokens is windowed */
#endif
#ifndef WINDOW_CONTEXT
#define WINDOW_CONTEXT 50	/* context tokens on either side */
#endif
#ifndef WINDOW_PART
#define WINDOW_PART ((size_t)1 << 16)	/* bytes tokenized at a time */
#endif

struct annotator {
	struct tagger *tagger;
	struct tokenizer *tk;
	/* the tokens of the sentence read ahead: spans[0] is the sentence's
	 * token number base; all of them for one window, which
	 * annotate_record() and annotate_tokens() always make */
	struct tokspan *spans;
	size_t nspans, capspans, base;
	/* the windows of the record going on */
	const struct srec *rec;
	struct tokpart part;
	size_t next;		/* the sentence's number of the next token to own */
	size_t root;		/* with a parse, the sentence's number (from
				 * 1) of its first window's root */
	int single, done;
	struct tokspan *wspans;	/* the window's spans, from its text */
	size_t capwspans;
	struct tokspan *tmp;	/* a part's tokens */
	size_t captmp;
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

/* Tokenize and tag rec into s with what (TAG_ flags, tagger.h), the whole
 * sentence however long; -1 when memory runs out. */
int annotate_record(struct annotator *a, const struct srec *rec,
    struct tsent *s, unsigned what);
/* Tokenize only, for a stage that tags what it needs (tagger_tag). */
int annotate_tokens(struct annotator *a, const struct srec *rec,
    struct tsent *s);

struct window {
	size_t own0, own1;	/* the words it owns: s->w[own0 .. own1) */
	size_t tok0;		/* the sentence's number (from 0) of own0 */
	int first, last;	/* the sentence's first, or last, window */
	/* its text and its words' places in it, for what matches the text
	 * (rules.h): for a sentence of one window, the record's text and
	 * every token; else the text from its first word to its last */
	const char *text;
	size_t len;
	const struct tokspan *spans;
};

/* Begin the windows of rec, which must stay as it is until the last. */
void annotate_begin(struct annotator *a, const struct srec *rec);
/* The next window of the record begun, into s: tokenized and, when what
 * is not 0, tagged with what, with its context.  1, or 0 when there is
 * none left, -1 when memory runs out.  A record without a token is one
 * window without one. */
int annotate_window(struct annotator *a, struct tsent *s, unsigned what,
    struct window *w);
/* Keep in s only the words the window owns, as they were tagged. */
void window_own(struct tsent *s, const struct window *w);

#endif
