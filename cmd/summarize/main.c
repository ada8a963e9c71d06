/* news-summarize: extractive summaries of articles or clusters of
 * articles.  Options and records only; the method is common/summary.c. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "docorder.h"
#include "err.h"
#include "input.h"
#include "progress.h"
#include "recout.h"
#include "sentrec.h"
#include "summary.h"
#include "tsv.h"

#ifndef VERSION
#define VERSION "dev"
#endif

static const char usage_text[] =
"usage: news-summarize [options] [file ...]\n"
"Summarize each document of sentence records (news-split output): write\n"
"the sentences chosen, in their original order, as the same records\n"
"(doc sent para start end text).\n"
"With no file, or when file is -, read standard input.\n"
"\n"
"  -n N                  at most N sentences [3 when no length is given]\n"
"  -r RATIO              at most RATIO (0..1] of the sentences that can be\n"
"                        chosen, rounded up\n"
"  -w WORDS              at most WORDS words (a longer first sentence is\n"
"                        still given); with several of -n -r -w, all apply\n"
"      --cluster         summarize all input as one story (a cluster)\n"
"      --cluster-sep SEP the cluster of a document is its id up to the\n"
"                        first SEP (implies --cluster)\n"
"      --scores          add a column with each sentence's score\n"
"      --csv             write CSV (RFC 4180) instead of TSV\n"
"      --json            write JSON Lines: an object a record\n"
"      --format FMT      tsv, csv or json: the same as --csv, --json [tsv]\n"
"      --lead            the baseline: the first sentences of each document\n"
"  -H, --header          print a header line naming the columns\n"
"  -v, --verbose         at the end, a line of counts and MB/s on stderr\n"
"      --progress        the same, updated while reading (on a terminal)\n"
"      --idf FILE        background word statistics [idf.tsv in the data\n"
"                        directory]\n"
"      --data-dir DIR    directory of the data files\n"
"  -h, --help            show this help and exit\n"
"      --version         show the version and exit\n"
"\n"
"A document or cluster may hold at most 1000000 sentences, and its records\n"
"at most 256 MiB of memory (as read, and their text and id once more); a\n"
"larger one is reported and skipped.\n"
"\n"
"Exit status: 0 all input processed, 1 some input bad (the rest processed),\n"
"2 usage error or missing data file.\n"
"\n"
"Example: news-split article.txt | news-summarize -n 2\n";

enum { OPT_CLUSTER = 256, OPT_SEP, OPT_SCORES, OPT_IDF, OPT_DATADIR,
	OPT_VERSION, OPT_LEAD, OPT_CSV, OPT_FORMAT, OPT_JSON, OPT_PROGRESS };

static const struct option longopts[] = {
	{ "cluster", no_argument, NULL, OPT_CLUSTER },
	{ "cluster-sep", required_argument, NULL, OPT_SEP },
	{ "scores", no_argument, NULL, OPT_SCORES },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "lead", no_argument, NULL, OPT_LEAD },
	{ "header", no_argument, NULL, 'H' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "idf", required_argument, NULL, OPT_IDF },
	{ "data-dir", required_argument, NULL, OPT_DATADIR },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

/* A buffered record: its output line (escaped, without the line end) and
 * its text (unescaped), both in the arena, by offset. */
struct rec {
	size_t line, linelen, text, textlen, doc;
	size_t id, idlen;	/* the doc id, unescaped, in the arena */
	unsigned long sent, para;
	size_t start, end;
};

struct run {
	int header, scores, cluster, ret;
	int verbose, live;
	struct progress pg;
	enum recfmt fmt;
	const char *sep, *idf;
	struct sum_opts len;
	struct summarizer *sm;
	/* the document or cluster being read */
	struct buf key;		/* its doc id, or cluster key */
	struct buf lastdoc;	/* doc id of the last record */
	struct buf arena;
	struct rec *rec;
	size_t nrec, reccap, ndoc;
	size_t textbytes;	/* the sentence text of those records */
	int skipping;		/* over a limit: drop records until key changes */
	struct sum_sent *sent;
	size_t sentcap;
	struct sum_choice *ch;
	size_t chcap;
	struct buf out;
	struct docorder order;	/* the documents seen (docorder.h) */
	struct docorder clusters;	/* and the clusters, --cluster-sep */
};

_Noreturn static void
usage(int status)
{
	fputs(usage_text, status ? stderr : stdout);
	exit(status);
}

static size_t
parse_count(const char *opt, const char *s)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || errno || v == 0 ||
	    v > SUM_MAX_SENTS * 100ULL)
		dief(EXIT_USAGE, "%s: expected a whole number from 1, not '%s'",
		    opt, s);
	return (size_t)v;
}

static double
parse_ratio(const char *s)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || *end != '\0' || errno || !(v > 0 && v <= 1))
		dief(EXIT_USAGE, "-r: expected a ratio above 0 and at most 1, "
		    "not '%s'", s);
	return v;
}

static void
parse_options(int argc, char **argv, struct run *r)
{
	int c;

	while ((c = getopt_long(argc, argv, "n:r:w:Hhv", longopts, NULL)) != -1) {
		switch (c) {
		case 'n': r->len.nsent = parse_count("-n", optarg); break;
		case 'r': r->len.ratio = parse_ratio(optarg); break;
		case 'w': r->len.words = parse_count("-w", optarg); break;
		case 'H': r->header = 1; break;
		case 'v': r->verbose = 1; break;
		case OPT_PROGRESS: r->live = 1; break;
		case OPT_CLUSTER: r->cluster = 1; break;
		case OPT_SEP:
			if (*optarg == '\0')
				dief(EXIT_USAGE, "--cluster-sep: empty separator");
			r->sep = optarg;
			r->cluster = 1;
			break;
		case OPT_SCORES: r->scores = 1; break;
		case OPT_CSV: r->fmt = RF_CSV; break;
		case OPT_FORMAT:
			if (recfmt_parse(optarg, &r->fmt) < 0)
				dief(EXIT_USAGE, "--format '%s': tsv, csv or json",
				    optarg);
			break;
		case OPT_JSON: r->fmt = RF_JSON; break;
		case OPT_LEAD: r->len.lead = 1; break;
		case OPT_IDF: r->idf = optarg; break;
		case OPT_DATADIR: datadir_set(optarg); break;
		case 'h': usage(EXIT_OK);
		case OPT_VERSION:
			printf("news-summarize (newsfilters) %s\n", VERSION);
			exit(EXIT_OK);
		default: usage(EXIT_USAGE);
		}
	}
}

static void
load(struct run *r)
{
	char path[4096], err[4352];
	const char *file = r->idf;

	if ((r->sm = summarizer_new()) == NULL)
		dief(EXIT_BADINPUT, "out of memory");
	if (file == NULL) {
		datadir_path("idf.tsv", path, sizeof(path));
		file = path;
	}
	if (summarizer_load_idf(r->sm, file, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
}

static void
write_out(struct run *r)
{
	progress_out(&r->pg, &r->out);
	if (r->out.l && (fwrite(r->out.s, 1, r->out.l, stdout) != r->out.l ||
	    fflush(stdout) == EOF))
		dief(EXIT_BADINPUT, "write error on <stdout>:");
	buf_reset(&r->out);
}

/* Summarize the records read so far and write the choices. */
static void
flush_group(struct run *r)
{
	static const char *const columns[] = { "doc", "sent", "para", "start",
		"end", "text", "score" };
	struct recout ro;
	char num[32];
	size_t i;
	long n, k;
	struct rec *q;

	if (grow(&r->sent, r->nrec, &r->sentcap, sizeof(*r->sent)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	for (i = 0; i < r->nrec; i++) {
		q = &r->rec[i];
		r->sent[i].text = r->arena.s + q->text;
		r->sent[i].len = q->textlen;
		r->sent[i].para = q->para;
		r->sent[i].doc = q->doc;
	}
	if ((n = summarize(r->sm, r->sent, r->nrec, &r->len, &r->ch,
	    &r->chcap)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	recout_init(&ro, &r->out, r->fmt, columns, SENTREC_NFIELD + r->scores);
	for (k = 0; k < n; k++) {
		q = &r->rec[r->ch[k].idx];
		if (r->fmt != RF_TSV) {
			recout_str(&ro, r->arena.s + q->id, q->idlen);
			recout_uint(&ro, q->sent);
			recout_uint(&ro, q->para);
			recout_uint(&ro, q->start);
			recout_uint(&ro, q->end);
			recout_str(&ro, r->arena.s + q->text, q->textlen);
			if (r->scores)
				recout_num(&ro, r->ch[k].score);
			recout_end(&ro);
			continue;
		}
		/* TSV: the record as it came, with any fields after the
		 * sixth */
		buf_add(&r->out, r->arena.s + q->line, q->linelen);
		if (r->scores) {
			snprintf(num, sizeof(num), "\t%.4f", r->ch[k].score);
			buf_adds(&r->out, num);
		}
		buf_addc(&r->out, '\n');
	}
	write_out(r);
	r->nrec = r->ndoc = 0;
	r->textbytes = 0;
	buf_reset(&r->arena);
	buf_reset(&r->lastdoc);
}

/* The group key of a record: its doc id, its cluster's, or "" for one
 * cluster of everything. */
static size_t
group_key(const struct run *r, const struct srec *rec)
{
	const char *p;

	if (!r->cluster)
		return rec->doclen;
	if (r->sep == NULL)
		return 0;
	p = strstr(rec->doc, r->sep);
	return p ? (size_t)(p - rec->doc) : rec->doclen;
}

static int
same(const struct buf *b, const char *s, size_t n)
{
	return b->l == n && memcmp(b->s ? b->s : "", s, n) == 0;
}

/* Would the record read (line t) take the document or cluster over a
 * limit?  Said with what was counted: the memory limit is on the records
 * held, each as read and with its text and document id once more, which is
 * more than the sentence text (issue 21). */
static int
over_limit(const struct run *r, const struct tsv_reader *t,
    const struct srec *rec, const char *name, unsigned long lineno)
{
	char what[300];
	size_t held = r->arena.l + 2 * t->lr.line.l;

	/* "document 'ID'", "cluster 'KEY'", or "cluster" for all the input */
	snprintf(what, sizeof(what), "%s%s%.200s%s", r->cluster ? "cluster" :
	    "document", r->key.l ? " '" : "", r->key.l ? r->key.s : "",
	    r->key.l ? "'" : "");
	if (r->nrec >= SUM_MAX_SENTS)
		warnf("%s:%lu: %s is over the limit of %zu sentences; skipped",
		    name, lineno, what, SUM_MAX_SENTS);
	else if (held > SUM_MAX_BYTES)
		warnf("%s:%lu: %s is over the limit of %zu MiB of records held "
		    "in memory (each record as read, with its text and "
		    "document id once more): %zu MiB with this record, of "
		    "which %zu MiB sentence text; skipped", name, lineno, what,
		    SUM_MAX_BYTES >> 20, held >> 20,
		    (r->textbytes + rec->textlen) >> 20);
	else
		return 0;
	return 1;
}

/* A cluster (--cluster-sep) whose documents come back after other
 * clusters: reported, and this run of them skipped, as a document's
 * records are (docorder.h). */
static int
cluster_again(struct run *r, const char *name, unsigned long lineno)
{
	int k = docorder_next(&r->clusters, r->key.s, r->key.l);

	if (k == DO_NOMEM)
		dief(EXIT_BADINPUT, "out of memory");
	if (k != DO_AGAIN)
		return 0;
	warnf("%s:%lu: cluster '%s' again after other clusters: a cluster's "
	    "documents must come together; these are skipped", name, lineno,
	    r->key.s);
	r->ret = 1;
	r->skipping = 1;
	return 1;
}

static void
add_record(struct run *r, const struct tsv_reader *t, const struct srec *rec,
    const char *name, unsigned long lineno)
{
	size_t keylen = group_key(r, rec), f;
	struct rec *q;

	if (!same(&r->key, rec->doc, keylen)) {
		if (!r->skipping)
			flush_group(r);
		r->skipping = 0;
		buf_reset(&r->key);
		if (buf_add(&r->key, rec->doc, keylen) < 0)
			dief(EXIT_BADINPUT, "out of memory");
		if (r->sep && cluster_again(r, name, lineno))
			return;
	}
	if (r->skipping)
		return;
	if (over_limit(r, t, rec, name, lineno)) {
		r->ret = 1;
		r->skipping = 1;
		r->nrec = r->ndoc = 0;
		r->textbytes = 0;
		buf_reset(&r->arena);
		buf_reset(&r->lastdoc);
		return;
	}
	if (grow(&r->rec, r->nrec, &r->reccap, sizeof(*r->rec)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	if (r->nrec > 0 && !same(&r->lastdoc, rec->doc, rec->doclen))
		r->ndoc++;
	if (r->nrec == 0 || !same(&r->lastdoc, rec->doc, rec->doclen))
		progress_doc(&r->pg);
	progress_text(&r->pg, 1, rec->end - rec->start);
	buf_reset(&r->lastdoc);
	buf_add(&r->lastdoc, rec->doc, rec->doclen);
	q = &r->rec[r->nrec++];
	q->doc = r->ndoc;
	q->para = rec->para;
	q->line = r->arena.l;
	for (f = 0; f < t->nfield; f++) {	/* the record as read, */
		if (f > 0)
			tsv_put_tab(&r->arena);
		if (f == 0)	/* with the id and text as repaired */
			tsv_put(&r->arena, rec->doc, rec->doclen);
		else if (f == 5)
			tsv_put(&r->arena, rec->text, rec->textlen);
		else
			tsv_put(&r->arena, t->field[f], t->len[f]);
	}
	q->linelen = r->arena.l - q->line;
	q->text = r->arena.l;
	q->textlen = rec->textlen;
	r->textbytes += rec->textlen;
	if (buf_add(&r->arena, rec->text, rec->textlen) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	q->id = r->arena.l;
	q->idlen = rec->doclen;
	if (buf_add(&r->arena, rec->doc, rec->doclen) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	q->sent = rec->sent;
	q->start = rec->start;
	q->end = rec->end;
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
		if (rc == SR_REC || rc == SR_FIXED) {
			if (rc == SR_FIXED) {	/* reported, read as repaired */
				warnf("%s", err);
				r->ret = 1;
			}
			add_record(r, &sr.tsv, &rec, name, sr.tsv.lr.lineno);
			continue;
		}
		warnf("%s", err);
		r->ret = 1;
		if (rc == SR_FATAL)
			break;
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
	progress_init(&r.pg, r.verbose, r.live);
	if (r.header) {
		static const char *const columns[] = { "doc", "sent", "para",
			"start", "end", "text", "score" };
		struct recout ro;

		recout_init(&ro, &r.out, r.fmt, columns,
		    SENTREC_NFIELD + r.scores);
		recout_header(&ro);
		write_out(&r);
		r.pg.recs = 0;
	}
	r.ret |= input_each(argv, argc, read_records, &r);
	flush_group(&r);
	progress_end(&r.pg);
	summarizer_free(r.sm);
	free(r.rec);
	free(r.sent);
	free(r.ch);
	buf_free(&r.key);
	buf_free(&r.lastdoc);
	buf_free(&r.arena);
	buf_free(&r.out);
	docorder_free(&r.order);
	docorder_free(&r.clusters);
	if (fshut(stdout, "<stdout>") < 0)
		r.ret = 1;
	return r.ret ? EXIT_BADINPUT : EXIT_OK;
}
