/* news-tag: tokens, lemmas, parts of speech and named entities. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "conllu.h"
#include "datadir.h"
#include "depparse.h"
#include "docorder.h"
#include "err.h"
#include "input.h"
#include "progress.h"
#include "rules.h"
#include "sentrec.h"
#include "tagger.h"
#include "token.h"
#include "tokout.h"
#include "tsv.h"

#ifndef VERSION
#define VERSION "dev"
#endif

static const char usage_text[] =
"usage: news-tag [options] [file ...]\n"
"Tag sentence records (news-split output) with tokens, lemmas, parts of\n"
"speech, named entities and, with --parse, dependencies: one record a token,\n"
"    doc sent tok start end form lemma upos xpos ner head rel\n"
"With no file, or when file is -, read standard input.\n"
"\n"
"  -H, --header          print a header line naming the columns\n"
"  -v, --verbose         at the end, a line of counts and MB/s on stderr\n"
"      --progress        the same, updated while reading (on a terminal)\n"
"      --parse           fill head and rel: the dependency parse\n"
"      --spans           one record an entity: doc sent start end type text\n"
"      --input FORMAT    records (sentence records) or conllu [records]\n"
"      --output FORMAT   tokens or conllu [tokens; conllu for conllu input]\n"
"      --csv             token or entity records as CSV (RFC 4180)\n"
"      --json            token or entity records as JSON Lines\n"
"      --format FMT      tsv, csv or json: the same as --csv, --json [tsv]\n"
"      --rules FILE      entity rules, LABEL<TAB>PCRE2-pattern a line\n"
"      --model FILE      the model [tagger.model beside the program]\n"
"      --parser-model FILE  the parser's model [parser.model]\n"
"      --beam K          the parser's beam width, 1 to 64 [the model's]\n"
"      --data-dir DIR    directory of the model and word lists\n"
"  -h, --help            show this help and exit\n"
"      --version         show the version and exit\n"
"\n"
"Exit status: 0 all input processed, 1 some input bad (the rest processed),\n"
"2 usage error, bad rule or missing or damaged model.\n"
"\n"
"Example: news-split article.txt | news-tag --spans\n";

enum { OPT_SPANS = 256, OPT_INPUT, OPT_OUTPUT, OPT_RULES, OPT_MODEL,
	OPT_DATADIR, OPT_VERSION, OPT_CSV, OPT_FORMAT, OPT_JSON, OPT_PROGRESS,
	OPT_PARSE, OPT_PARSER_MODEL, OPT_BEAM };

static const struct option longopts[] = {
	{ "header", no_argument, NULL, 'H' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "spans", no_argument, NULL, OPT_SPANS },
	{ "parse", no_argument, NULL, OPT_PARSE },
	{ "parser-model", required_argument, NULL, OPT_PARSER_MODEL },
	{ "beam", required_argument, NULL, OPT_BEAM },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "input", required_argument, NULL, OPT_INPUT },
	{ "output", required_argument, NULL, OPT_OUTPUT },
	{ "rules", required_argument, NULL, OPT_RULES },
	{ "model", required_argument, NULL, OPT_MODEL },
	{ "data-dir", required_argument, NULL, OPT_DATADIR },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

struct run {
	int header, conllu_in;
	int verbose, live;
	struct progress pg;
	enum tokout_fmt fmt;
	enum recfmt rfmt;
	const char *model, *rules, *parser_model;
	int beam;		/* the parser's beam width, 0: the model's */
	unsigned what;		/* TAG_ flags */
	struct tagger tagger;
	struct annotator ann;	/* tokenizer and tagger of records */
	struct rules *rs;
	struct tsent sent;
	struct buf lastdoc, out;
	struct tokout to;
	int ret;
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
	int c, spans = 0, outset = 0;
	char *end;

	r->fmt = TO_TOKENS;
	r->what = TAG_ALL;
	while ((c = getopt_long(argc, argv, "Hhv", longopts, NULL)) != -1) {
		switch (c) {
		case 'H': r->header = 1; break;
		case 'v': r->verbose = 1; break;
		case OPT_PROGRESS: r->live = 1; break;
		case OPT_SPANS: spans = 1; break;
		case OPT_PARSE: r->what |= TAG_PARSE; break;
		case OPT_PARSER_MODEL: r->parser_model = optarg; break;
		case OPT_BEAM:
			r->beam = (int)strtol(optarg, &end, 10);
			if (*end || r->beam < 1 || r->beam > DEP_BEAM_MAX)
				dief(EXIT_USAGE, "--beam '%s': a number from 1 to %d",
				    optarg, DEP_BEAM_MAX);
			break;
		case OPT_CSV: r->rfmt = RF_CSV; break;
		case OPT_FORMAT:
			if (recfmt_parse(optarg, &r->rfmt) < 0)
				dief(EXIT_USAGE, "--format '%s': tsv, csv or json",
				    optarg);
			break;
		case OPT_JSON: r->rfmt = RF_JSON; break;
		case OPT_INPUT:
			if (strcmp(optarg, "conllu") == 0)
				r->conllu_in = 1;
			else if (strcmp(optarg, "records") != 0)
				dief(EXIT_USAGE, "--input: 'records' or 'conllu', "
				    "not '%s'", optarg);
			break;
		case OPT_OUTPUT:
			outset = 1;
			if (strcmp(optarg, "conllu") == 0)
				r->fmt = TO_CONLLU;
			else if (strcmp(optarg, "tokens") == 0)
				r->fmt = TO_TOKENS;
			else
				dief(EXIT_USAGE, "--output: 'tokens' or 'conllu', "
				    "not '%s'", optarg);
			break;
		case OPT_RULES: r->rules = optarg; break;
		case OPT_MODEL: r->model = optarg; break;
		case OPT_DATADIR: datadir_set(optarg); break;
		case 'h': usage(EXIT_OK);
		case OPT_VERSION:
			printf("news-tag (newsfilters) %s\n", VERSION);
			exit(EXIT_OK);
		default: usage(EXIT_USAGE);
		}
	}
	if (r->conllu_in && (spans || (outset && r->fmt != TO_CONLLU)))
		dief(EXIT_USAGE, "--input conllu writes CoNLL-U only");
	if (r->conllu_in && r->rules)
		dief(EXIT_USAGE, "--rules match sentence text, which --input conllu "
		    "does not give");
	if (r->conllu_in)
		r->fmt = TO_CONLLU;
	if (spans) {
		if (r->fmt == TO_CONLLU && outset)
			dief(EXIT_USAGE, "--spans and --output conllu exclude "
			    "each other");
		r->fmt = TO_SPANS;
	}
	if (r->rfmt != RF_TSV && r->fmt == TO_CONLLU)
		dief(EXIT_USAGE, "--csv and --json write records, not CoNLL-U");
}

static void
load(struct run *r)
{
	char err[4352];

	if (annotator_open(&r->ann, &r->tagger, r->model, err, sizeof(err)) < 0 ||
	    ((r->what & TAG_PARSE) && annotator_open_parser(&r->ann,
	    r->parser_model, err, sizeof(err)) < 0))
		dief(EXIT_USAGE, "%s", err);
	if (r->beam && r->tagger.parser &&
	    depparser_set_beam(r->tagger.parser, r->beam) < 0)
		dief(EXIT_USAGE, "out of memory");
	if (r->rules && (r->rs = rules_load(r->rules, err, sizeof(err))) == NULL)
		dief(EXIT_USAGE, "%s", err);
}

/* Output held longer is written (not flushed): a long document, or one
 * long sentence, is not held whole. */
#define OUT_FLUSH ((size_t)1 << 16)

static void
flush_out(struct run *r)
{
	progress_out(&r->pg, &r->out);
	if (r->out.l && fwrite(r->out.s, 1, r->out.l, stdout) != r->out.l)
		dief(EXIT_BADINPUT, "write error on <stdout>:");
	buf_reset(&r->out);
}

/* Let the records out now: the next read may wait (tail -f). */
static void
flush_now(struct run *r)
{
	flush_out(r);
	if (fflush(stdout) == EOF)
		dief(EXIT_BADINPUT, "write error on <stdout>:");
}

/* One sentence record, line lineno of the input name: tokenize, tag,
 * write. */
static void
tag_record(struct run *r, const struct srec *rec, const char *name,
    unsigned long lineno)
{
	struct window w;
	char err[512];
	int rc;

	if (r->lastdoc.l != rec->doclen ||
	    memcmp(r->lastdoc.s ? r->lastdoc.s : "", rec->doc, rec->doclen)) {
		tagger_newdoc(&r->tagger);
		progress_doc(&r->pg);
		buf_reset(&r->lastdoc);
		buf_add(&r->lastdoc, rec->doc, rec->doclen);
		flush_now(r);	/* a document at a time, for tail -f */
	}
	progress_text(&r->pg, 1, rec->end - rec->start);
	/* a window at a time: one for a sentence of up to WINDOW_TOKENS
	 * tokens, which memory holds whole (annotate.h) */
	annotate_begin(&r->ann, rec);
	while ((rc = annotate_window(&r->ann, &r->sent, r->what, &w)) > 0) {
		if (r->rs && rules_apply(r->rs, &r->tagger, &r->sent, w.text,
		    w.len, w.spans, err, sizeof(err)) < 0) {
			warnf("%s:%lu: rule %s", name, lineno, err);
			r->ret = 1;
		}
		window_own(&r->sent, &w);
		r->to.tok0 = w.tok0;
		r->to.cont = !w.first;
		r->to.more = !w.last;
		tokout_sentence(&r->to, &r->out, &r->tagger, &r->sent, rec);
		if (r->out.l >= OUT_FLUSH)
			flush_out(r);
	}
	if (rc < 0)
		dief(EXIT_BADINPUT, "out of memory");
}

static void
tag_records(struct run *r, FILE *fp, const char *name)
{
	struct sentrec_reader sr;
	struct srec rec;
	char err[512];
	int rc;

	sentrec_init(&sr, fp, name);
	sr.order = &r->order;
	while ((rc = sentrec_next(&sr, &rec, err, sizeof(err))) != SR_EOF) {
		if (rc == SR_REC || rc == SR_FIXED) {
			if (rc == SR_FIXED) {	/* reported, read as repaired */
				warnf("%s", err);
				r->ret = 1;
			}
			tag_record(r, &rec, name, sr.tsv.lr.lineno);
			/* all that was read is tagged */
			if (sr.tsv.lr.rpos >= sr.tsv.lr.rlen)
				flush_now(r);
			else if (r->out.l >= OUT_FLUSH)
				flush_out(r);
			continue;
		}
		warnf("%s", err);
		r->ret = 1;
		if (rc == SR_FATAL)
			break;
	}
	sentrec_free(&sr);
}

static void
tag_conllu(struct run *r, FILE *fp, const char *name)
{
	struct conllu_reader cr;
	struct conllu_sent cs;
	char err[512];
	size_t i, n;
	const char *f;
	int rc;

	conllu_init(&cr, fp, name);
	conllu_sent_init(&cs);
	while ((rc = conllu_next(&cr, &cs, err, sizeof(err))) != CONLLU_EOF) {
		if (rc != CONLLU_SENT) {
			warnf("%s", err);
			r->ret = 1;
			if (rc == CONLLU_ERR)
				break;
			continue;
		}
		tsent_clear(&r->sent);
		for (i = 0; i < cs.nrow; i++) {
			if (cs.row[i].kind == CL_COMMENT &&
			    strncmp(conllu_field(&cs, i, 0, NULL), "# newdoc", 8) == 0)
				tagger_newdoc(&r->tagger);
			if (cs.row[i].kind != CL_WORD)
				continue;
			f = conllu_field(&cs, i, CF_FORM, &n);
			if (tsent_add(&r->sent, f, n, 0, 0) < 0)
				dief(EXIT_BADINPUT, "out of memory");
		}
		if (tagger_run(&r->tagger, &r->sent, r->what) < 0)
			dief(EXIT_BADINPUT, "out of memory");
		tokout_conllu_sentence(&r->to, &r->out, &r->tagger, &r->sent, &cs);
		flush_out(r);
	}
	conllu_sent_free(&cs);
	conllu_free_reader(&cr);
}

/* One input: records or CoNLL-U, tagged and written. */
static void
tag_file(void *ctx, FILE *fp, const char *label)
{
	struct run *r = ctx;

	if (r->conllu_in)
		tag_conllu(r, fp, label);
	else
		tag_records(r, fp, label);
	flush_out(r);
}

int
main(int argc, char **argv)
{
	struct run r;

	memset(&r, 0, sizeof(r));
	setprogname(argv[0]);
	argv[0] = (char *)argv0;
	signal(SIGPIPE, SIG_DFL);
	parse_options(argc, argv, &r);
	argc -= optind;
	argv += optind;
	load(&r);
	tsent_init(&r.sent);
	tokout_init(&r.to, r.fmt, r.rs);
	r.to.rfmt = r.rfmt;
	progress_init(&r.pg, r.verbose, r.live);
	if (r.header) {
		tokout_header(&r.to, &r.out);
		flush_out(&r);
		r.pg.recs = 0;
	}
	r.ret |= input_each(argv, argc, tag_file, &r);
	flush_out(&r);
	progress_end(&r.pg);
	tsent_free(&r.sent);
	annotator_close(&r.ann);
	rules_free(r.rs);
	tokout_free(&r.to);
	buf_free(&r.lastdoc);
	buf_free(&r.out);
	docorder_free(&r.order);
	if (fshut(stdout, "<stdout>") < 0)
		r.ret = 1;
	return r.ret ? EXIT_BADINPUT : EXIT_OK;
}
