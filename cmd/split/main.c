/* news-split: documents into paragraph- and sentence-level records. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "docread.h"
#include "err.h"
#include "filter.h"
#include "sentrec.h"
#include "split.h"

static const char about[] =
"Split news articles into sentence records: doc sent para start end text.\n";

static const char options[] =
"      --docs            input lines are ID<TAB>TEXT, TEXT escaped\n"
"      --csv             input is CSV (RFC 4180) with a header row\n"
"      --id-col COL      CSV column of the document id, name or number [id]\n"
"      --text-col COL    CSV column of the text [text]\n"
"      --title-col COL   CSV column that becomes the first paragraph [none]\n"
"      --id ID           document id of standard input [-]\n"
"  -a, --abbrev FILE     more abbreviations (WORD[<TAB>title] a line); "
"repeatable\n"
"      --starters FILE   more sentence-starter words; repeatable\n";

enum { OPT_DOCS = FILTER_OPT_OWN, OPT_CSVIN, OPT_IDCOL, OPT_TEXTCOL,
	OPT_TITLECOL, OPT_ID, OPT_STARTERS };

static const struct option longopts[] = {
	{ "docs", no_argument, NULL, OPT_DOCS },
	{ "csv", no_argument, NULL, OPT_CSVIN },
	{ "id-col", required_argument, NULL, OPT_IDCOL },
	{ "text-col", required_argument, NULL, OPT_TEXTCOL },
	{ "title-col", required_argument, NULL, OPT_TITLECOL },
	{ "id", required_argument, NULL, OPT_ID },
	{ "abbrev", required_argument, NULL, 'a' },
	{ "starters", required_argument, NULL, OPT_STARTERS },
	{ NULL, 0, NULL, 0 }
};

#define MAXLISTS 64

struct run {
	enum docfmt fmt;
	struct docread_opts csv;
	const char *stdin_id;
	int csvcols, idgiven;
	const char *extra[MAXLISTS];		/* user word lists ... */
	enum split_list extrakind[MAXLISTS];	/* ... and what they are */
	int nextra;
	struct splitter *sp;
	struct docids ids;
	struct doc d;
};

static int
add_list(struct run *r, enum split_list kind, const char *path)
{
	if (r->nextra == MAXLISTS) {
		warnf("too many word lists (at most %d)", MAXLISTS);
		return -1;
	}
	r->extrakind[r->nextra] = kind;
	r->extra[r->nextra++] = path;
	return 0;
}

static int
option(void *ctx, struct filter *f, int opt, const char *arg)
{
	struct run *r = ctx;

	(void)f;
	switch (opt) {
	case OPT_DOCS: r->fmt = DOC_TSV; return 0;
	case OPT_CSVIN: r->fmt = DOC_CSV; return 0;
	case OPT_IDCOL: r->csv.idcol = arg; r->csvcols = 1; return 0;
	case OPT_TEXTCOL: r->csv.textcol = arg; r->csvcols = 1; return 0;
	case OPT_TITLECOL: r->csv.titlecol = arg; r->csvcols = 1; return 0;
	case OPT_ID: r->stdin_id = arg; r->idgiven = 1; return 0;
	case 'a': return add_list(r, SPLIT_ABBREV, arg);
	case OPT_STARTERS: return add_list(r, SPLIT_STARTERS, arg);
	}
	return -1;
}

static void
start(void *ctx, struct filter *f)
{
	struct run *r = ctx;
	char err[4352];

	(void)f;
	if (r->csvcols && r->fmt != DOC_CSV)
		dief(EXIT_USAGE, "--id-col, --text-col and --title-col need --csv");
	if (r->idgiven && r->fmt != DOC_TEXT)
		dief(EXIT_USAGE, "--id names plain-text standard input; --docs "
		    "and --csv records carry their own ids");
	if (r->stdin_id[0] == '#')
		dief(EXIT_USAGE, "--id '%s': an id may not start with '#', which "
		    "readers take for a comment", r->stdin_id);
	if ((r->sp = splitter_open(r->extra, r->extrakind, r->nextra, err,
	    sizeof(err))) == NULL)
		dief(EXIT_USAGE, "%s", err);
	doc_init(&r->d);
}

/* A document (or a part of a long plain text) split and written whole,
 * then flushed: `tail -f | news-split --docs` sees each document as soon
 * as it is split. */
static void
split_one(struct run *r, struct filter *f, struct doc *d)
{
	char err[4352];
	int skip = doc_refused(&r->ids, d, err, sizeof(err));

	if (skip < 0)
		dief(EXIT_BADINPUT, "out of memory");
	if (*err)
		warnf("%s", err);
	f->ret |= skip;
	if (skip)
		return;
	if (doc_check_utf8(d, err, sizeof(err))) {
		warnf("%s", err);
		f->ret = 1;
	}
	if (split_doc(r->sp, d) < 0)
		dief(EXIT_BADINPUT, "%s:%lu: out of memory", d->file, d->line);
	sentrec_write_doc(&f->ro, d);
	if (d->base == 0)	/* its first part */
		progress_doc(&f->pg);
	progress_text(&f->pg, d->nsent, d->text.l);
	filter_flush(f);
}

static void
read_file(void *ctx, struct filter *f, FILE *fp, const char *name)
{
	struct run *r = ctx;
	struct docreader *dr;
	char err[512];
	int rc;

	dr = docread_open(fp, name, fp == stdin ? r->stdin_id : name, r->fmt,
	    &r->csv);
	if (dr == NULL)
		dief(EXIT_BADINPUT, "out of memory");
	while ((rc = docread_next(dr, &r->d, err, sizeof(err))) != DR_EOF) {
		if (rc == DR_DOC) {
			split_one(r, f, &r->d);
			continue;
		}
		warnf("%s", err);
		f->ret = 1;
		if (rc == DR_FATAL)
			break;
	}
	docread_close(dr);
}

static void
finish(void *ctx, struct filter *f)
{
	struct run *r = ctx;

	(void)f;
	doc_free(&r->d);
	docids_free(&r->ids);
	splitter_free(r->sp);
}

static const struct filter_prog prog = {
	.name = "news-split",
	.about = about,
	.options = options,
	.example = "news-split -H article.txt | cut -f2,6",
	.shortopts = "a:",
	.longopts = longopts,
	.columns = sentrec_columns,
	.ncolumns = SENTREC_NFIELD,
	.option = option,
	.start = start,
	.read_file = read_file,
	.finish = finish,
};

int
main(int argc, char **argv)
{
	static struct run r = {
		.csv = { .idcol = "id", .textcol = "text" },
		.stdin_id = "-",
	};

	return filter_main(&prog, &r, argc, argv);
}
