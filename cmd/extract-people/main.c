/* news-extract-people: the people of each article, with title and
 * affiliation. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "datadir.h"
#include "docorder.h"
#include "err.h"
#include "input.h"
#include "progress.h"
#include "people.h"
#include "recout.h"
#include "sentrec.h"
#include "tsv.h"

#ifndef VERSION
#define VERSION "dev"
#endif

static const char usage_text[] =
"usage: news-extract-people [options] [file ...]\n"
"The people of each document of sentence records (news-split output), a\n"
"record each: doc name title affiliation mentions first aliases.\n"
"With no file, or when file is -, read standard input.\n"
"\n"
"  -H, --header          print a header line naming the columns\n"
"  -v, --verbose         at the end, a line of counts and MB/s on stderr\n"
"      --progress        the same, updated while reading (on a terminal)\n"
"      --csv             write CSV (RFC 4180) instead of TSV\n"
"      --json            write JSON Lines: an object a record\n"
"      --format FMT      tsv, csv or json: the same as --csv, --json [tsv]\n"
"      --corpus          one record a person across all documents:\n"
"                        name title affiliation docs mentions aliases;\n"
"                        input may also be this program's per-document\n"
"                        records (7 fields), to merge shards\n"
"      --model FILE      news-tag's model [tagger.model beside the program]\n"
"      --data-dir DIR    directory of the model and word lists\n"
"  -h, --help            show this help and exit\n"
"      --version         show the version and exit\n"
"\n"
"Exit status: 0 all input processed, 1 some input bad (the rest processed),\n"
"2 usage error or missing model or word list.\n"
"\n"
"Example: news-split article.txt | news-extract-people\n";

static const char *const columns[] = { "doc", "name", "title",
	"affiliation", "mentions", "first", "aliases" };
static const char *const corpus_columns[] = { "name", "title",
	"affiliation", "docs", "mentions", "aliases" };

enum { OPT_MODEL = 256, OPT_DATADIR, OPT_VERSION, OPT_CORPUS, OPT_CSV,
	OPT_FORMAT, OPT_JSON, OPT_PROGRESS };

static const struct option longopts[] = {
	{ "header", no_argument, NULL, 'H' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "corpus", no_argument, NULL, OPT_CORPUS },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "model", required_argument, NULL, OPT_MODEL },
	{ "data-dir", required_argument, NULL, OPT_DATADIR },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

struct run {
	int header, ret, corpus;
	int verbose, live;
	struct progress pg;
	enum recfmt fmt;
	struct recout ro;
	struct people_corpus all;
	const char *model;
	struct tagger tagger;
	struct annotator ann;
	struct people_lex lex;
	struct people people;
	struct tsent sent;
	struct buf doc, out;
	struct docorder order;	/* the documents seen (docorder.h) */
};

_Noreturn static void
usage(int status)
{
	fputs(usage_text, status ? stderr : stdout);
	exit(status);
}

static void
parse_options(int argc, char **argv, struct run *r)
{
	int c;

	while ((c = getopt_long(argc, argv, "Hhv", longopts, NULL)) != -1) {
		switch (c) {
		case 'H': r->header = 1; break;
		case 'v': r->verbose = 1; break;
		case OPT_PROGRESS: r->live = 1; break;
		case OPT_CORPUS: r->corpus = 1; break;
		case OPT_CSV: r->fmt = RF_CSV; break;
		case OPT_FORMAT:
			if (recfmt_parse(optarg, &r->fmt) < 0)
				dief(EXIT_USAGE, "--format '%s': tsv, csv or json",
				    optarg);
			break;
		case OPT_JSON: r->fmt = RF_JSON; break;
		case OPT_MODEL: r->model = optarg; break;
		case OPT_DATADIR: datadir_set(optarg); break;
		case 'h': usage(EXIT_OK);
		case OPT_VERSION:
			printf("news-extract-people (newsfilters) %s\n", VERSION);
			exit(EXIT_OK);
		default: usage(EXIT_USAGE);
		}
	}
}

static void
load(struct run *r)
{
	char path[4096], err[4352];

	if (annotator_open(&r->ann, &r->tagger, r->model, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
	datadir_path("gazetteers", path, sizeof(path));
	if (people_lex_load(&r->lex, path, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
}

/* Write what is in the output buffer, flushed: a document at a time. */
static void
write_out(struct run *r)
{
	progress_out(&r->pg, &r->out);
	if (r->out.l && (fwrite(r->out.s, 1, r->out.l, stdout) != r->out.l ||
	    fflush(stdout) == EOF))
		dief(EXIT_BADINPUT, "write error on <stdout>:");
	buf_reset(&r->out);
}

/* The people of the document just read, a record each. */
static void
flush_doc(struct run *r)
{
	const struct person *p;
	size_t i;

	for (i = 0; i < r->people.n; i++) {
		p = &r->people.p[i];
		if (r->corpus) {
			if (pcorpus_add(&r->all, p->name.s, p->title.l ?
			    p->title.s : "", p->affil.l ? p->affil.s : "",
			    p->mentions, p->aliases.l ? p->aliases.s : "") < 0)
				dief(EXIT_BADINPUT, "out of memory");
			continue;
		}
		recout_str(&r->ro, r->doc.s, r->doc.l);
		recout_str(&r->ro, p->name.s, p->name.l);
		recout_str(&r->ro, p->title.s, p->title.l);
		recout_str(&r->ro, p->affil.s, p->affil.l);
		recout_uint(&r->ro, p->mentions);
		recout_uint(&r->ro, p->first);
		recout_str(&r->ro, p->aliases.s, p->aliases.l);
		recout_end(&r->ro);
	}
	people_clear(&r->people);
	write_out(r);
}

static int
is_number(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return n > 0 && n < 19;
}

/* With --corpus, a record of an earlier run (doc name title affiliation
 * mentions first aliases) is merged as it is: the reduce step of a
 * map/reduce over shards. */
static int
people_record(struct run *r, const struct tsv_reader *t)
{
	if (t->nfield != 7 || !is_number(t->field[4], t->len[4]) ||
	    !is_number(t->field[5], t->len[5]) || t->len[1] == 0)
		return 0;
	if (pcorpus_add(&r->all, t->field[1], t->field[2], t->field[3],
	    strtoul(t->field[4], NULL, 10), t->field[6]) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	return 1;
}

/* --corpus: everyone, most mentioned first. */
static void
write_corpus(struct run *r)
{
	const struct cperson *p;
	size_t i;

	pcorpus_finish(&r->all);
	for (i = 0; i < r->all.n; i++) {
		p = &r->all.p[i];
		recout_str(&r->ro, p->name.s, p->name.l);
		recout_str(&r->ro, p->title.s, p->title.l);
		recout_str(&r->ro, p->affil.s, p->affil.l);
		recout_uint(&r->ro, p->docs);
		recout_uint(&r->ro, p->mentions);
		recout_str(&r->ro, p->aliases.s, p->aliases.l);
		recout_end(&r->ro);
	}
	write_out(r);
}

static void
read_records(void *ctx, FILE *fp, const char *name)
{
	struct run *r = ctx;
	struct sentrec_reader sr;
	struct srec rec;
	char err[512];
	int rc;

	sentrec_init(&sr, fp, name);
	sr.order = &r->order;
	while ((rc = sentrec_next(&sr, &rec, err, sizeof(err))) != SR_EOF) {
		if (rc == SR_BAD && r->corpus && people_record(r, &sr.tsv))
			continue;
		if (rc == SR_FIXED) {	/* reported, and read as repaired */
			warnf("%s", err);
			r->ret = 1;
		} else if (rc != SR_REC) {
			warnf("%s", err);
			r->ret = 1;
			if (rc == SR_FATAL)
				break;
			continue;
		}
		if (r->doc.l != rec.doclen ||
		    memcmp(r->doc.s ? r->doc.s : "", rec.doc, rec.doclen)) {
			flush_doc(r);
			buf_reset(&r->doc);
			buf_add(&r->doc, rec.doc, rec.doclen);
			tagger_newdoc(&r->tagger);
			progress_doc(&r->pg);
		}
		progress_text(&r->pg, 1, rec.end - rec.start);
		if (people_add_record(&r->people, &r->lex, &r->ann, &rec,
		    &r->sent) < 0)
			dief(EXIT_BADINPUT, "out of memory");
	}
	sentrec_free(&sr);
}

int
main(int argc, char **argv)
{
	static struct run r;

	setprogname(argv[0]);
	argv[0] = (char *)argv0;
	signal(SIGPIPE, SIG_DFL);
	parse_options(argc, argv, &r);
	argc -= optind;
	argv += optind;
	load(&r);
	tsent_init(&r.sent);
	people_init(&r.people);
	pcorpus_init(&r.all);
	if (r.corpus)
		recout_init(&r.ro, &r.out, r.fmt, corpus_columns,
		    sizeof(corpus_columns) / sizeof(corpus_columns[0]));
	else
		recout_init(&r.ro, &r.out, r.fmt, columns,
		    sizeof(columns) / sizeof(columns[0]));
	progress_init(&r.pg, r.verbose, r.live);
	if (r.header) {
		recout_header(&r.ro);
		write_out(&r);
		r.pg.recs = 0;
	}
	r.ret |= input_each(argv, argc, read_records, &r);
	flush_doc(&r);
	if (r.corpus)
		write_corpus(&r);
	progress_end(&r.pg);
	pcorpus_free(&r.all);
	tsent_free(&r.sent);
	people_free(&r.people);
	people_lex_free(&r.lex);
	annotator_close(&r.ann);
	buf_free(&r.doc);
	buf_free(&r.out);
	docorder_free(&r.order);
	if (fshut(stdout, "<stdout>") < 0)
		r.ret = 1;
	return r.ret ? EXIT_BADINPUT : EXIT_OK;
}
