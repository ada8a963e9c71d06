#include "filter.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "err.h"
#include "input.h"

#ifndef VERSION
#define VERSION "dev"
#endif

enum { OPT_PROGRESS = 256, OPT_CSV, OPT_JSON, OPT_FORMAT, OPT_DATADIR,
	OPT_MODEL, OPT_VERSION };

static const struct option common_opts[] = {
	{ "header", no_argument, NULL, 'H' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "data-dir", required_argument, NULL, OPT_DATADIR },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "model", required_argument, NULL, OPT_MODEL },	/* last: taggers' */
};

#define NCOMMON (sizeof(common_opts) / sizeof(common_opts[0]))

static const char common_usage[] =
"  -H, --header          print a header line naming the columns\n"
"  -v, --verbose         at the end, a line of counts and MB/s on stderr\n"
"      --progress        the same, updated while reading (on a terminal)\n"
"      --csv             write CSV (RFC 4180) instead of TSV\n"
"      --json            write JSON Lines: an object a record\n"
"      --format FMT      tsv, csv or json: the same as --csv, --json [tsv]\n";

static const char tagger_usage[] =
"      --model FILE      news-tag's model [tagger.model in the data directory]\n";

static const char end_usage[] =
"      --data-dir DIR    directory of the models and word lists\n"
"  -h, --help            show this help and exit\n"
"      --version         show the version and exit\n";

_Noreturn static void
usage(const struct filter_prog *p, int status)
{
	FILE *fp = status ? stderr : stdout;

	fprintf(fp, "usage: %s [options] [file ...]\n%s", p->name, p->about);
	fputs("With no file, or when file is -, read standard input.\n\n", fp);
	fputs(p->options ? p->options : "", fp);
	fputs(common_usage, fp);
	if (p->tags)
		fputs(tagger_usage, fp);
	fputs(end_usage, fp);
	if (p->notes)
		fprintf(fp, "\n%s", p->notes);
	fputs("\nExit status: 0 all input processed, 1 some input bad (the rest "
	    "processed),\n2 usage error, or a missing or damaged model or word "
	    "list.\n", fp);
	fprintf(fp, "\nExample: %s\n", p->example);
	exit(status);
}

/* The program's long options after the common ones, in one array. */
static struct option *
all_options(const struct filter_prog *p)
{
	size_t n = 0, k = NCOMMON - (p->tags ? 0 : 1), i;
	struct option *o;

	while (p->longopts && p->longopts[n].name)
		n++;
	o = ecalloc(k + n + 1, sizeof(*o));
	for (i = 0; i < k; i++)
		o[i] = common_opts[i];
	for (i = 0; i < n; i++)
		o[k + i] = p->longopts[i];
	return o;
}

static void
parse_options(struct filter *f, void *ctx, int argc, char **argv)
{
	const struct filter_prog *p = f->p;
	/* Static, so that an option error's exit leaves it reachable. */
	static struct option *opts;
	char shortopts[64];
	int c;

	opts = all_options(p);
	snprintf(shortopts, sizeof(shortopts), "Hhv%s",
	    p->shortopts ? p->shortopts : "");
	while ((c = getopt_long(argc, argv, shortopts, opts, NULL)) != -1) {
		switch (c) {
		case 'H': f->header = 1; break;
		case 'v': f->verbose = 1; break;
		case OPT_PROGRESS: f->live = 1; break;
		case OPT_CSV: f->fmt = RF_CSV; break;
		case OPT_JSON: f->fmt = RF_JSON; break;
		case OPT_FORMAT:
			if (recfmt_parse(optarg, &f->fmt) < 0)
				dief(EXIT_USAGE, "--format '%s': tsv, csv or json",
				    optarg);
			break;
		case OPT_DATADIR: datadir_set(optarg); break;
		case OPT_MODEL: f->model = optarg; break;
		case 'h': free(opts); usage(p, EXIT_OK);
		case OPT_VERSION:
			printf("%s (newsfilters) %s\n", p->name, VERSION);
			exit(EXIT_OK);
		case '?': case ':': free(opts); usage(p, EXIT_USAGE);
		default:
			if (p->option == NULL || p->option(ctx, f, c, optarg) < 0)
				exit(EXIT_USAGE);
			break;
		}
	}
	free(opts);
	opts = NULL;
}

void
filter_open_tagger(struct filter *f)
{
	char err[4352];

	if (annotator_open(&f->ann, &f->tagger, f->model, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
}

void
filter_open_parser(struct filter *f, const char *model)
{
	char err[4352];

	if (annotator_open_parser(&f->ann, model, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
}

void
filter_columns(struct filter *f, const char *const *cols, size_t n)
{
	recout_init(&f->ro, &f->out, f->fmt, cols, n);
}

void
filter_flush(struct filter *f)
{
	if (f->out.failed)	/* a record lost bytes: never a partial one */
		dief(EXIT_BADINPUT, "out of memory while writing records");
	progress_out(&f->pg, &f->out);
	if (f->out.l && (fwrite(f->out.s, 1, f->out.l, stdout) != f->out.l ||
	    fflush(stdout) == EOF))
		dief(EXIT_BADINPUT, "write error on <stdout>:");
	buf_reset(&f->out);
}

const struct conllu_sent *
filter_conllu(const struct filter *f)
{
	return f->rr && f->rr->kind == RK_CONLLU ? &f->rr->cs : NULL;
}

int
filter_drained(const struct filter *f)
{
	const struct linereader *lr;

	if (f->rr == NULL)
		return 1;
	lr = f->rr->kind == RK_CONLLU ? &f->rr->cr.lr : &f->rr->sr.tsv.lr;
	return lr->rpos >= lr->rlen && !lr->again;
}

const char *
filter_input(const struct filter *f, unsigned long *line)
{
	*line = f->rr ? recread_line(f->rr) : 0;
	return f->rr ? f->rr->sr.tsv.lr.name ? f->rr->sr.tsv.lr.name :
	    f->rr->cr.lr.name : "<stdin>";
}

/* ---- the input ---- */

static void
end_document(struct filter *f, void *ctx)
{
	if (!f->indoc)
		return;
	if (f->p->document_end)
		f->p->document_end(ctx, f);
	filter_flush(f);
	f->indoc = 0;
}

/* Is rec of a document of its own, the one going on, or one that came
 * before (reported; its run skipped)?  0: process it, 1: skip it. */
static int
follow_document(struct filter *f, void *ctx, const struct srec *rec)
{
	unsigned long line;
	const char *name;

	switch (docorder_next(&f->order, rec->doc, rec->doclen)) {
	case DO_NOMEM:
		dief(EXIT_BADINPUT, "out of memory");
	case DO_SAME:
		return f->skipping;
	case DO_AGAIN:
		end_document(f, ctx);
		name = filter_input(f, &line);
		warnf("%s:%lu: document '%.200s' again after other documents: a "
		    "document's records must come together; these are skipped",
		    name, line, rec->doc);
		f->ret = 1;
		f->skipping = 1;
		return 1;
	}
	end_document(f, ctx);
	buf_reset(&f->doc);
	if (buf_add(&f->doc, rec->doc, rec->doclen) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	f->skipping = 0;
	f->indoc = 1;
	if (f->p->tags)
		tagger_newdoc(&f->tagger);
	progress_doc(&f->pg);
	return 0;
}

/* A kind of record the program does not read: what it got, and what to
 * give it instead. */
static void
wrong_kind(struct filter *f, const struct recread *rr)
{
	unsigned long line;
	const char *name = filter_input(f, &line);

	warnf("%s:%lu: %s, but %s reads %s", name, rr->kindline ?
	    rr->kindline : line, reckind_name(rr->kind), f->p->name,
	    f->p->reads);
	f->ret = 1;
}

struct readctx {
	struct filter *f;
	void *ctx;
};

static void
read_input(void *arg, FILE *fp, const char *name)
{
	struct readctx *rc = arg;
	struct filter *f = rc->f;
	struct recread rr;
	const struct srec *rec;
	struct tsent *words;
	char err[512];
	int k;

	recread_init(&rr, fp, name, f->accepts, f->p->tags ? &f->tagger :
	    NULL);
	f->rr = &rr;
	while ((k = recread_next(&rr, &rec, &words, err, sizeof(err))) !=
	    RR_EOF) {
		if (k == RR_KIND) {
			wrong_kind(f, &rr);
			break;
		}
		if (k == RR_BAD || k == RR_FATAL || k == RR_FIXED) {
			warnf("%s", err);
			f->ret = 1;
			if (k == RR_FATAL)
				break;
			if (k == RR_BAD)
				continue;
		}
		if (k == RR_OTHER) {
			if (f->p->record)
				f->p->record(rc->ctx, f, rr.kind, &rr.sr.tsv);
			continue;
		}
		if (follow_document(f, rc->ctx, rec))
			continue;
		progress_text(&f->pg, 1, rec->end - rec->start);
		f->p->sentence(rc->ctx, f, rec, words);
	}
	f->rr = NULL;
	recread_free(&rr);
}

int
filter_main(const struct filter_prog *p, void *ctx, int argc, char **argv)
{
	static struct filter f;
	struct readctx rc = { &f, ctx };

	setprogname(argv[0]);
	argv[0] = (char *)argv0;
	signal(SIGPIPE, SIG_DFL);
	f.p = p;
	f.accepts = p->accepts;
	parse_options(&f, ctx, argc, argv);
	argc -= optind;
	argv += optind;
	docorder_init(&f.order);
	filter_columns(&f, p->columns, p->ncolumns);
	if (p->tags)
		filter_open_tagger(&f);
	if (p->start)
		p->start(ctx, &f);
	progress_init(&f.pg, f.verbose, f.live);
	if (f.header) {
		recout_header(&f.ro);
		filter_flush(&f);
		f.pg.recs = 0;
	}
	f.ret |= input_each(argv, argc, read_input, &rc);
	end_document(&f, ctx);
	if (p->finish)
		p->finish(ctx, &f);
	filter_flush(&f);
	progress_end(&f.pg);
	if (p->tags)
		annotator_close(&f.ann);
	docorder_free(&f.order);
	buf_free(&f.doc);
	buf_free(&f.out);
	if (fshut(stdout, "<stdout>") < 0)
		f.ret = 1;
	return f.ret ? EXIT_BADINPUT : EXIT_OK;
}
