/* filter.h: the skeleton of every program that reads records.
 *
 * A program (cmd/<name>/main.c) says what it is in a struct filter_prog:
 * its name, what it does, its own options, the kinds of record it reads,
 * its output's columns, and what it does at the start, with each sentence
 * (or record of another kind), at the end of each document and at the
 * end.  filter_main() does the rest, the same way for every program:
 *
 *   - the options they all have: -H, -v, --progress, --csv, --json,
 *     --format, --data-dir, --model (for those that tag), --help and
 *     --version, with the program's own; the usage text;
 *   - the files, or standard input ("-"), one after the other, each
 *     read by a recread (recread.h): sentence records, token records or
 *     CoNLL-U as the program takes them, a kind it does not take being an
 *     error that names what was given and what the program reads (status
 *     1, the rest of that file unread);
 *   - documents: a run of sentences with one id; an id that comes back
 *     after other documents is an error and its run is skipped
 *     (docorder.h); the tagger's document memory starts afresh with
 *     each;
 *   - the output records (recout.h in f->ro, TSV, CSV or JSON), written
 *     when a document ends or the program says (filter_flush), a write
 *     error being fatal; -v and --progress (progress.h); the exit status.
 *
 * The callbacks get the program's own state (ctx) and the filter.
 */
#ifndef NF_FILTER_H
#define NF_FILTER_H

#include <getopt.h>
#include <stddef.h>

#include "annotate.h"
#include "buf.h"
#include "docorder.h"
#include "progress.h"
#include "recout.h"
#include "recread.h"
#include "tagger.h"

/* A program's own long options have values from here on. */
#define FILTER_OPT_OWN 512

struct filter;

struct filter_prog {
	const char *name;		/* "news-extract-people" */
	const char *about;		/* what it does: the usage's first lines */
	const char *options;		/* its own options' lines of the usage */
	const char *notes;		/* lines after the options, or NULL */
	const char *example;		/* "news-split a.txt | news-..." */
	const char *shortopts;		/* its own, as getopt takes them */
	const struct option *longopts;	/* its own, a zero entry last */
	unsigned accepts;		/* RK_BIT()s of the kinds it reads */
	const char *reads;		/* and as said in messages */
	int tags;			/* it loads news-tag's model */
	const char *const *columns;	/* of its output records */
	size_t ncolumns;

	/* an option of its own (from shortopts or longopts); 0, or -1 when
	 * the argument is wrong (a usage error, after a message) */
	int (*option)(void *ctx, struct filter *f, int opt, const char *arg);
	/* after the options, before the input: load what it needs (and
	 * choose other columns: filter_columns) */
	void (*start)(void *ctx, struct filter *f);
	/* a sentence: its record, and when the input gave them (token
	 * records, CoNLL-U), its words with their tags (words->done) */
	void (*sentence)(void *ctx, struct filter *f, const struct srec *rec,
	    struct tsent *words);
	/* a record of another kind it reads (fields in t), or NULL */
	void (*record)(void *ctx, struct filter *f, enum reckind kind,
	    const struct tsv_reader *t);
	/* the document whose sentences came last has ended, or NULL */
	void (*document_end)(void *ctx, struct filter *f);
	/* all the input is read, or NULL */
	void (*finish)(void *ctx, struct filter *f);
};

struct filter {
	const struct filter_prog *p;
	unsigned accepts;		/* the kinds read: p->accepts, and what
					 * start() adds */
	int header, verbose, live;
	int ret;			/* some input was bad: exit 1 */
	enum recfmt fmt;
	struct recout ro;		/* the output records, into out */
	struct buf out;
	struct progress pg;
	const char *model;		/* --model, or NULL */
	struct tagger tagger;		/* when the program tags (loaded by */
	struct annotator ann;		/* filter_open_tagger) */
	struct recread *rr;		/* the input being read */
	struct docorder order;
	struct buf doc;			/* the document going on (its id,
					 * still, in document_end) */
	int indoc, skipping;
};

/* The program's main: everything, then the exit status. */
int filter_main(const struct filter_prog *p, void *ctx, int argc,
    char **argv);

/* Load news-tag's model (--model, or the data directory's) and the
 * tokenizer into f->tagger and f->ann; exits with status 2 when they are
 * missing or damaged. */
void filter_open_tagger(struct filter *f);
/* The parser's model too (data/parser.model). */
void filter_open_parser(struct filter *f, const char *model);

/* Output records of other columns than p->columns (--corpus). */
void filter_columns(struct filter *f, const char *const *cols, size_t n);
/* Write what is in f->out now (a write error ends the program). */
void filter_flush(struct filter *f);
/* The CoNLL-U sentence the sentence callback got words from, or NULL. */
const struct conllu_sent *filter_conllu(const struct filter *f);
/* Is all that was read so far processed (no more input waiting in the
 * read buffer)?  For a program that writes as soon as it can (tail -f). */
int filter_drained(const struct filter *f);
/* The current input's name and line, for messages. */
const char *filter_input(const struct filter *f, unsigned long *line);

#endif
