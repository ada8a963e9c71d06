/* news-summarize: extractive summaries of articles or clusters of
 * articles.  Options and records only; the method is common/summary.c. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "err.h"
#include "filter.h"
#include "sumgroup.h"
#include "tsv.h"

static const char about[] =
"Summarize each document: write the sentences chosen, in their original\n"
"order, as the sentence records they are (doc sent para start end text),\n"
"from sentence records (news-split), token records (news-tag) or CoNLL-U.\n";

static const char options[] =
"  -n N                  at most N sentences [3 when no length is given]\n"
"  -r RATIO              at most RATIO (0..1] of the sentences that can be\n"
"                        chosen, rounded up\n"
"  -w WORDS              at most WORDS words (a longer first sentence is\n"
"                        still given); with several of -n -r -w, all apply\n"
"      --cluster         summarize all input as one story (a cluster)\n"
"      --cluster-sep SEP the cluster of a document is its id up to the\n"
"                        first SEP (implies --cluster)\n"
"      --scores          add a column with each sentence's score\n"
"      --lead            the baseline: the first sentences of each document\n"
"      --idf FILE        background word statistics [idf.tsv in the data\n"
"                        directory]\n";

static const char notes[] =
"A document or cluster may hold at most 1000000 sentences, and its records\n"
"at most 256 MiB of memory (as read, and their text and id once more); a\n"
"larger one is reported and skipped.\n";

enum { OPT_CLUSTER = FILTER_OPT_OWN, OPT_SEP, OPT_SCORES, OPT_IDF,
	OPT_LEAD };

static const struct option longopts[] = {
	{ "cluster", no_argument, NULL, OPT_CLUSTER },
	{ "cluster-sep", required_argument, NULL, OPT_SEP },
	{ "scores", no_argument, NULL, OPT_SCORES },
	{ "lead", no_argument, NULL, OPT_LEAD },
	{ "idf", required_argument, NULL, OPT_IDF },
	{ NULL, 0, NULL, 0 }
};

static const char *const columns[] = { "doc", "sent", "para", "start",
	"end", "text", "score" };

struct run {
	struct filter *f;
	const char *idf;
	struct sumgroup g;
};

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

static int
option(void *ctx, struct filter *f, int opt, const char *arg)
{
	struct run *r = ctx;

	(void)f;
	switch (opt) {
	case 'n': r->g.len.nsent = parse_count("-n", arg); break;
	case 'r': r->g.len.ratio = parse_ratio(arg); break;
	case 'w': r->g.len.words = parse_count("-w", arg); break;
	case OPT_CLUSTER: r->g.cluster = 1; break;
	case OPT_SEP:
		if (*arg == '\0')
			dief(EXIT_USAGE, "--cluster-sep: empty separator");
		r->g.sep = arg;
		r->g.cluster = 1;
		break;
	case OPT_SCORES: r->g.scores = 1; break;
	case OPT_LEAD: r->g.len.lead = 1; break;
	case OPT_IDF: r->idf = arg; break;
	default: return -1;
	}
	return 0;
}

static void
start(void *ctx, struct filter *f)
{
	struct run *r = ctx;
	char path[4096], err[4352];
	const char *file = r->idf;

	r->f = f;
	filter_columns(f, columns, SENTREC_NFIELD + (size_t)r->g.scores);
	if ((r->g.sm = summarizer_new()) == NULL)
		dief(EXIT_BADINPUT, "out of memory");
	if (file == NULL) {
		datadir_path("idf.tsv", path, sizeof(path));
		file = path;
	}
	if (summarizer_load_idf(r->g.sm, file, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
}

/* A sentence into its group: its record as read (for the fields after
 * the sixth), or rebuilt from token records or CoNLL-U. */
static void
sentence(void *ctx, struct filter *f, const struct srec *rec,
    struct tsent *words)
{
	struct run *r = ctx;
	unsigned long line;
	const char *name = filter_input(f, &line);

	sumgroup_add(&r->g, &f->ro, words ? NULL : &f->rr->sr.tsv, rec, name,
	    line);
	if (r->g.bad)
		f->ret = 1;
}

/* A document ends: its summary, unless it is one of a cluster. */
static void
document_end(void *ctx, struct filter *f)
{
	struct run *r = ctx;

	if (!r->g.cluster)
		sumgroup_write(&r->g, &f->ro);
}

static void
finish(void *ctx, struct filter *f)
{
	struct run *r = ctx;

	sumgroup_write(&r->g, &f->ro);
	sumgroup_free(&r->g);
}

static const struct filter_prog prog = {
	.name = "news-summarize",
	.about = about,
	.options = options,
	.notes = notes,
	.example = "news-split article.txt | news-summarize -n 2",
	.shortopts = "n:r:w:",
	.longopts = longopts,
	.accepts = RK_BIT(RK_SENTENCES) | RK_BIT(RK_TOKENS) | RK_BIT(RK_CONLLU),
	.reads = "sentence records (news-split), token records (news-tag) or "
	    "CoNLL-U",
	.columns = columns,
	.ncolumns = SENTREC_NFIELD,
	.option = option,
	.start = start,
	.sentence = sentence,
	.document_end = document_end,
	.finish = finish,
};

int
main(int argc, char **argv)
{
	static struct run r;

	sumgroup_init(&r.g);
	return filter_main(&prog, &r, argc, argv);
}
