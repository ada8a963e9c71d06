/* news-extract-quotes: who said what in each article: quotations and
 * reported speech, with the speaker and the reporting verb. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "datadir.h"
#include "depparse.h"
#include "docorder.h"
#include "err.h"
#include "input.h"
#include "progress.h"
#include "people.h"
#include "quotes.h"
#include "recout.h"
#include "sentrec.h"
#include "tsv.h"

#ifndef VERSION
#define VERSION "dev"
#endif

static const char usage_text[] =
"usage: news-extract-quotes [options] [file ...]\n"
"The quotations and reported speech of each document of sentence records\n"
"(news-split output), a record each:\n"
"doc sent start end kind speaker mention cue quote mstart mend event.\n"
"kind is direct, partial or indirect; start and end are the byte offsets\n"
"of the quoted content in the document, mstart and mend those of the\n"
"mention (empty without one); event numbers the reported-speech events of\n"
"the document, the same for the parts of an interrupted quotation.\n"
"With no file, or when file is -, read standard input.\n"
"\n"
"  -H, --header          print a header line naming the columns\n"
"  -v, --verbose         at the end, a line of counts and MB/s on stderr\n"
"      --progress        the same, updated while reading (on a terminal)\n"
"      --csv             write CSV (RFC 4180) instead of TSV\n"
"      --json            write JSON Lines: an object a record\n"
"      --format FMT      tsv, csv or json: the same as --csv, --json [tsv]\n"
"      --verbs FILE      reporting verbs, lemma TAB speech|quote\n"
"                        [quote-verbs.tsv in the data directory]\n"
"      --model FILE      news-tag's model [tagger.model beside the program]\n"
"      --parser-model FILE  the dependency parser's model [parser.model]\n"
"      --quotes-model FILE  which reported speech to keep [quotes.model]\n"
"      --beam K          the parser's beam width, 1 to 64 [%d]\n"
"      --data-dir DIR    directory of the model and word lists\n"
"  -h, --help            show this help and exit\n"
"      --version         show the version and exit\n"
"\n"
"Exit status: 0 all input processed, 1 some input bad (the rest processed),\n"
"2 usage error or missing model or word list.\n"
"\n"
"Example: news-split article.txt | news-extract-quotes\n";

static const char *const columns[] = { "doc", "sent", "start", "end", "kind",
	"speaker", "mention", "cue", "quote", "mstart", "mend", "event" };

enum { OPT_MODEL = 256, OPT_DATADIR, OPT_VERSION, OPT_VERBS, OPT_CSV,
	OPT_FORMAT, OPT_JSON, OPT_PROGRESS, OPT_PARSER, OPT_QMODEL, OPT_BEAM };

static const struct option longopts[] = {
	{ "header", no_argument, NULL, 'H' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "verbs", required_argument, NULL, OPT_VERBS },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "model", required_argument, NULL, OPT_MODEL },
	{ "parser-model", required_argument, NULL, OPT_PARSER },
	{ "quotes-model", required_argument, NULL, OPT_QMODEL },
	{ "beam", required_argument, NULL, OPT_BEAM },
	{ "data-dir", required_argument, NULL, OPT_DATADIR },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

struct run {
	int header, ret;
	int beam;		/* the parser's beam width */
	int verbose, live;
	struct progress pg;
	enum recfmt fmt;
	struct recout ro;
	const char *model, *parser, *qmodel, *verbs;
	struct tagger tagger;
	struct annotator ann;
	struct people_lex plex;
	struct quotes_lex qlex;
	struct people people;
	struct qdoc qdoc;
	struct buf doc, out;
	struct docorder order;	/* the documents seen (docorder.h) */
};

_Noreturn static void
usage(int status)
{
	fprintf(status ? stderr : stdout, usage_text, QUOTES_BEAM);
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
		case OPT_VERBS: r->verbs = optarg; break;
		case OPT_CSV: r->fmt = RF_CSV; break;
		case OPT_FORMAT:
			if (recfmt_parse(optarg, &r->fmt) < 0)
				dief(EXIT_USAGE, "--format '%s': tsv, csv or json",
				    optarg);
			break;
		case OPT_JSON: r->fmt = RF_JSON; break;
		case OPT_MODEL: r->model = optarg; break;
		case OPT_PARSER: r->parser = optarg; break;
		case OPT_QMODEL: r->qmodel = optarg; break;
		case OPT_BEAM: {
			char *end;

			r->beam = (int)strtol(optarg, &end, 10);
			if (*end || r->beam < 1 || r->beam > DEP_BEAM_MAX)
				dief(EXIT_USAGE, "--beam '%s': a number from 1 to %d",
				    optarg, DEP_BEAM_MAX);
			break;
		}
		case OPT_DATADIR: datadir_set(optarg); break;
		case 'h': usage(EXIT_OK);
		case OPT_VERSION:
			printf("news-extract-quotes (newsfilters) %s\n", VERSION);
			exit(EXIT_OK);
		default: usage(EXIT_USAGE);
		}
	}
}

static void
load(struct run *r)
{
	char path[4096], err[4352];

	if (annotator_open(&r->ann, &r->tagger, r->model, err, sizeof(err)) < 0 ||
	    annotator_open_parser(&r->ann, r->parser, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
	if (depparser_set_beam(r->tagger.parser, r->beam) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	datadir_path("gazetteers", path, sizeof(path));
	if (people_lex_load(&r->plex, path, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
	if (r->verbs == NULL) {
		datadir_path("quote-verbs.tsv", path, sizeof(path));
		r->verbs = path;
	}
	if (quotes_lex_load(&r->qlex, r->verbs, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
	r->verbs = NULL;
	/* whom "he" and "she" may mean: a data file like the others, missed
	 * when missing (it was optional, which let an incomplete install
	 * change the speakers without a word) */
	datadir_path("gazetteers/first-names-gender.tsv", path, sizeof(path));
	if (quotes_lex_genders(&r->qlex, path, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
	if (r->qmodel == NULL) {
		datadir_path("quotes.model", path, sizeof(path));
		r->qmodel = path;
	}
	if (quotes_lex_model(&r->qlex, r->qmodel, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
	r->qmodel = NULL;
}

static const char *const kind_name[] = { "direct", "partial", "indirect" };

/* The quotations of the document just read, a record each. */
static void
flush_doc(struct run *r)
{
	const struct quote *q;
	size_t i;

	if (r->qdoc.n && quotes_extract(&r->qdoc, &r->qlex, &r->tagger,
	    &r->people, &r->plex) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	for (i = 0; i < r->qdoc.nq; i++) {
		q = &r->qdoc.q[i];
		recout_str(&r->ro, r->doc.s, r->doc.l);
		recout_uint(&r->ro, q->sent);
		recout_uint(&r->ro, q->start);
		recout_uint(&r->ro, q->end);
		recout_str(&r->ro, kind_name[q->kind],
		    strlen(kind_name[q->kind]));
		recout_str(&r->ro, q->speaker.s, q->speaker.l);
		recout_str(&r->ro, q->mention.s, q->mention.l);
		recout_str(&r->ro, q->cue.s, q->cue.l);
		recout_str(&r->ro, q->text.s, q->text.l);
		if (q->mention.l) {
			recout_uint(&r->ro, q->mstart);
			recout_uint(&r->ro, q->mend);
		} else {
			recout_none(&r->ro);
			recout_none(&r->ro);
		}
		recout_uint(&r->ro, q->event);
		recout_end(&r->ro);
	}
	qdoc_clear(&r->qdoc);
	people_clear(&r->people);
	progress_out(&r->pg, &r->out);
	if (r->out.l && (fwrite(r->out.s, 1, r->out.l, stdout) != r->out.l ||
	    fflush(stdout) == EOF))
		dief(EXIT_BADINPUT, "write error on <stdout>:");
	buf_reset(&r->out);
}

/* Tokenize one sentence into the document in memory; the stage tags
 * what it needs. */
static void
add_sentence(struct run *r, const struct srec *rec)
{
	struct qsent *q;

	if ((q = qdoc_add(&r->qdoc)) == NULL ||
	    annotate_tokens(&r->ann, rec, &q->t) < 0 ||
	    buf_add(&q->text, rec->text, rec->textlen) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	q->start = rec->start;
	q->end = rec->end;
	q->sent = rec->sent;
	q->para = rec->para;
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
		add_sentence(r, &rec);
	}
	sentrec_free(&sr);
}

int
main(int argc, char **argv)
{
	static struct run r;

	r.beam = QUOTES_BEAM;
	setprogname(argv[0]);
	argv[0] = (char *)argv0;
	signal(SIGPIPE, SIG_DFL);
	parse_options(argc, argv, &r);
	argc -= optind;
	argv += optind;
	load(&r);
	people_init(&r.people);
	qdoc_init(&r.qdoc);
	recout_init(&r.ro, &r.out, r.fmt, columns,
	    sizeof(columns) / sizeof(columns[0]));
	progress_init(&r.pg, r.verbose, r.live);
	if (r.header) {
		recout_header(&r.ro);
		if (r.out.l && fwrite(r.out.s, 1, r.out.l, stdout) != r.out.l)
			dief(EXIT_BADINPUT, "write error on <stdout>:");
		buf_reset(&r.out);
	}
	r.ret |= input_each(argv, argc, read_records, &r);
	flush_doc(&r);
	progress_end(&r.pg);
	qdoc_free(&r.qdoc);
	people_free(&r.people);
	people_lex_free(&r.plex);
	quotes_lex_free(&r.qlex);
	annotator_close(&r.ann);
	buf_free(&r.doc);
	buf_free(&r.out);
	docorder_free(&r.order);
	if (fshut(stdout, "<stdout>") < 0)
		r.ret = 1;
	return r.ret ? EXIT_BADINPUT : EXIT_OK;
}
