/* news-split: documents into paragraph- and sentence-level records. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "docorder.h"
#include "docread.h"
#include "err.h"
#include "progress.h"
#include "recout.h"
#include "sentrec.h"
#include "split.h"
#include "utf8.h"

#ifndef VERSION
#define VERSION "dev"
#endif

static const char usage_text[] =
"usage: news-split [options] [file ...]\n"
"Split news articles into sentence records: doc sent para start end text.\n"
"With no file, or when file is -, read standard input.\n"
"\n"
"  -H, --header          print a header line naming the columns\n"
"  -v, --verbose         at the end, a line of counts and MB/s on stderr\n"
"      --progress        the same, updated while reading (on a terminal)\n"
"      --format FMT      output as tsv, csv (RFC 4180) or json (JSON Lines)\n"
"                        [tsv]\n"
"      --docs            input lines are ID<TAB>TEXT, TEXT escaped\n"
"      --csv             input is CSV (RFC 4180) with a header row\n"
"      --id-col COL      CSV column of the document id, name or number [id]\n"
"      --text-col COL    CSV column of the text [text]\n"
"      --title-col COL   CSV column that becomes the first paragraph [none]\n"
"      --id ID           document id of standard input [-]\n"
"  -a, --abbrev FILE     more abbreviations (WORD[<TAB>title] a line); repeatable\n"
"      --starters FILE   more sentence-starter words; repeatable\n"
"      --data-dir DIR    directory of the word lists [beside the program]\n"
"  -h, --help            show this help and exit\n"
"      --version         show the version and exit\n"
"\n"
"Exit status: 0 all input processed, 1 some input bad (the rest processed),\n"
"2 usage error or missing word list.\n"
"\n"
"Example: news-split -H article.txt | cut -f2,6\n";

enum { OPT_DOCS = 256, OPT_CSV, OPT_IDCOL, OPT_TEXTCOL, OPT_TITLECOL, OPT_ID,
	OPT_STARTERS, OPT_DATADIR, OPT_VERSION, OPT_FORMAT, OPT_PROGRESS };

static const struct option longopts[] = {
	{ "header", no_argument, NULL, 'H' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "docs", no_argument, NULL, OPT_DOCS },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "id-col", required_argument, NULL, OPT_IDCOL },
	{ "text-col", required_argument, NULL, OPT_TEXTCOL },
	{ "title-col", required_argument, NULL, OPT_TITLECOL },
	{ "id", required_argument, NULL, OPT_ID },
	{ "abbrev", required_argument, NULL, 'a' },
	{ "starters", required_argument, NULL, OPT_STARTERS },
	{ "data-dir", required_argument, NULL, OPT_DATADIR },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

#define MAXLISTS 64

/* what the run has done, for -v and --progress */
static struct progress pg;

struct options {
	int header, verbose, live;
	enum recfmt out;
	enum docfmt fmt;
	struct docread_opts csv;
	const char *stdin_id;
	const char *extra[MAXLISTS];	/* user word lists ... */
	enum split_list extrakind[MAXLISTS];	/* ... and what they are */
	int nextra;
};

_Noreturn static void
usage(int status)
{
	fputs(usage_text, status ? stderr : stdout);
	exit(status);
}

static void
add_list(struct options *o, enum split_list kind, const char *path)
{
	if (o->nextra == MAXLISTS)
		dief(EXIT_USAGE, "too many word lists (at most %d)", MAXLISTS);
	o->extrakind[o->nextra] = kind;
	o->extra[o->nextra++] = path;
}

static void
parse_options(int argc, char **argv, struct options *o)
{
	int c, csvcols = 0, idgiven = 0;

	o->csv.idcol = "id";
	o->csv.textcol = "text";
	o->stdin_id = "-";
	while ((c = getopt_long(argc, argv, "Ha:hv", longopts, NULL)) != -1) {
		switch (c) {
		case 'H': o->header = 1; break;
		case 'v': o->verbose = 1; break;
		case OPT_PROGRESS: o->live = 1; break;
		case OPT_DOCS: o->fmt = DOC_TSV; break;
		case OPT_FORMAT:
			if (recfmt_parse(optarg, &o->out) < 0)
				dief(EXIT_USAGE, "--format '%s': tsv, csv or json",
				    optarg);
			break;
		case OPT_CSV: o->fmt = DOC_CSV; break;
		case OPT_IDCOL: o->csv.idcol = optarg; csvcols = 1; break;
		case OPT_TEXTCOL: o->csv.textcol = optarg; csvcols = 1; break;
		case OPT_TITLECOL: o->csv.titlecol = optarg; csvcols = 1; break;
		case OPT_ID: o->stdin_id = optarg; idgiven = 1; break;
		case 'a': add_list(o, SPLIT_ABBREV, optarg); break;
		case OPT_STARTERS: add_list(o, SPLIT_STARTERS, optarg); break;
		case OPT_DATADIR: datadir_set(optarg); break;
		case 'h': usage(EXIT_OK);
		case OPT_VERSION:
			printf("news-split (newsfilters) %s\n", VERSION);
			exit(EXIT_OK);
		default: usage(EXIT_USAGE);
		}
	}
	if (csvcols && o->fmt != DOC_CSV)
		dief(EXIT_USAGE, "--id-col, --text-col and --title-col need --csv");
	if (idgiven && o->fmt != DOC_TEXT)
		dief(EXIT_USAGE, "--id names plain-text standard input; --docs "
		    "and --csv records carry their own ids");
	if (o->stdin_id[0] == '#')
		dief(EXIT_USAGE, "--id '%s': an id may not start with '#', which "
		    "readers take for a comment", o->stdin_id);
}

static struct splitter *
load_splitter(const struct options *o)
{
	struct splitter *sp = splitter_new();
	char path[4096], err[4352];
	int i;

	if (sp == NULL)
		dief(EXIT_BADINPUT, "out of memory");
	for (i = 0; i < SPLIT_NLISTS; i++) {
		datadir_path(split_list_file[i], path, sizeof(path));
		if (splitter_load(sp, (enum split_list)i, path, err,
		    sizeof(err)) < 0)
			dief(EXIT_USAGE, "%s", err);
	}
	for (i = 0; i < o->nextra; i++)
		if (splitter_load(sp, o->extrakind[i], o->extra[i], err,
		    sizeof(err)) < 0)
			dief(EXIT_USAGE, "%s", err);
	return sp;
}

/* Line of the document where byte off lies, for messages. */
static unsigned long
line_of(const struct doc *d, size_t off)
{
	unsigned long line = d->line;
	const char *p = d->text.s, *end = d->text.s + off;

	if (d->record)		/* the record's own line */
		return line;
	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

/* Warn about bytes that will be written as U+FFFD; 1 if there were any. */
static int
check_utf8(struct doc *d)
{
	size_t bad, nul, first = utf8_scan(d->text.s, d->text.l, &bad, &nul);

	d->utf8 = bad + nul == 0;
	if (d->utf8)
		return 0;
	warnf("%s:%lu: %s (%zu bytes replaced by U+FFFD)", d->file,
	    line_of(d, first), !nul ? "invalid UTF-8" : !bad ? "NUL bytes" :
	    "invalid UTF-8 and NUL bytes", bad + nul);
	return 1;
}

/* A document whose id an earlier one had: the readers after news-split
 * would take the two for one (docorder.h).  Asked once a document, at its
 * first part; 1 when it is to be skipped. */
static struct docorder seen_ids;

static int
id_again(struct doc *d)
{
	static int again;

	if (d->base != 0)	/* a later part of a plain text */
		return again;
	if ((again = docorder_add(&seen_ids, d->id.s, d->id.l)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	again = !again;
	if (again)
		warnf("%s:%lu: document id '%s' given before: each document "
		    "needs an id of its own; skipped", d->file, d->line,
		    d->id.s);
	return again;
}

static int
emit_doc(struct splitter *sp, struct doc *d, struct buf *out,
    enum recfmt fmt)
{
	struct recout ro;
	int ret = 0;

	if (d->id.l && d->id.s[0] == '#') {
		if (d->base == 0)	/* once, not for each part */
			warnf("%s:%lu: document id '%s' starts with '#', which "
			    "readers take for a comment; skipped", d->file,
			    d->line, d->id.s);
		return 1;
	}
	if (id_again(d))
		return 1;
	ret |= check_utf8(d);
	if (split_doc(sp, d) < 0)
		dief(EXIT_BADINPUT, "%s:%lu: out of memory", d->file, d->line);
	buf_reset(out);
	recout_init(&ro, out, fmt, sentrec_columns, SENTREC_NFIELD);
	sentrec_write_doc(&ro, d);
	if (d->base == 0)	/* its first part */
		progress_doc(&pg);
	progress_text(&pg, d->nsent, d->text.l);
	progress_out(&pg, out);
	if (out->l == 0)
		return ret;
	/* a whole document at once, then flush: `tail -f | news-split --docs`
	 * sees each document as soon as it is split */
	if (out->failed)	/* a record lost bytes: never a partial one */
		dief(EXIT_BADINPUT, "out of memory while writing records");
	if (fwrite(out->s, 1, out->l, stdout) != out->l || fflush(stdout) == EOF)
		dief(EXIT_BADINPUT, "write error on <stdout>:");
	return ret;
}

static int
split_file(struct splitter *sp, const struct options *o, const char *name,
    struct doc *d, struct buf *out)
{
	FILE *fp = stdin;
	struct docreader *r;
	const char *label = strcmp(name, "-") == 0 ? "<stdin>" : name;
	char err[512];
	int rc, ret = 0;

	if (fp != NULL && strcmp(name, "-") != 0 && (fp = fopen(name, "r")) == NULL) {
		warnf("%s:", name);
		return 1;
	}
	r = docread_open(fp, label, fp == stdin ? o->stdin_id : name, o->fmt,
	    &o->csv);
	if (r == NULL)
		dief(EXIT_BADINPUT, "out of memory");
	while ((rc = docread_next(r, d, err, sizeof(err))) != DR_EOF) {
		if (rc == DR_DOC) {
			ret |= emit_doc(sp, d, out, o->out);
			continue;
		}
		warnf("%s", err);
		ret = 1;
		if (rc == DR_FATAL)
			break;
	}
	docread_close(r);
	if (fp != stdin)
		fclose(fp);
	return ret;
}

int
main(int argc, char **argv)
{
	struct options o = { 0 };
	struct splitter *sp;
	struct doc d;
	struct buf out = BUF_INIT;
	int i, ret = 0;

	setprogname(argv[0]);
	argv[0] = (char *)argv0;	/* getopt's messages name the program */
	/* a closed pipe (`| head`) ends us quietly, even when the parent
	 * ignored SIGPIPE */
	signal(SIGPIPE, SIG_DFL);
	parse_options(argc, argv, &o);
	argc -= optind;
	argv += optind;
	sp = load_splitter(&o);
	doc_init(&d);
	progress_init(&pg, o.verbose, o.live);
	if (o.header) {
		struct recout ro;

		recout_init(&ro, &out, o.out, sentrec_columns, SENTREC_NFIELD);
		recout_header(&ro);
		if (out.l && fwrite(out.s, 1, out.l, stdout) != out.l)
			dief(EXIT_BADINPUT, "write error on <stdout>:");
		buf_reset(&out);
	}
	if (argc == 0)
		ret |= split_file(sp, &o, "-", &d, &out);
	for (i = 0; i < argc; i++)
		ret |= split_file(sp, &o, argv[i], &d, &out);
	progress_end(&pg);
	doc_free(&d);
	buf_free(&out);
	splitter_free(sp);
	docorder_free(&seen_ids);
	if (fshut(stdout, "<stdout>") < 0)
		ret = 1;
	return ret ? EXIT_BADINPUT : EXIT_OK;
}
