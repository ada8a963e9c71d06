/* news-tag: tokens, lemmas, parts of speech, named entities and
 * dependency parses. */
#include <stdlib.h>
#include <string.h>

#include "depparse.h"
#include "err.h"
#include "filter.h"
#include "rules.h"
#include "tokout.h"

static const char about[] =
"Tag sentence records (news-split output) with tokens, lemmas, parts of\n"
"speech, named entities and, with --parse, dependencies: one record a token,\n"
"    doc sent tok start end form lemma upos xpos ner head rel para\n"
"CoNLL-U input is tagged as its words are given, and written as CoNLL-U.\n";

static const char options[] =
"      --parse           fill head and rel: the dependency parse\n"
"      --spans           one record an entity: doc sent start end type text\n"
"      --input FORMAT    records (sentence records) or conllu [found out]\n"
"      --output FORMAT   tokens or conllu [tokens; conllu for conllu input]\n"
"      --rules FILE      entity rules, LABEL<TAB>PCRE2-pattern a line\n"
"      --parser-model FILE  the parser's model [parser.model]\n"
"      --beam K          the parser's beam width, 1 to 64 [the model's]\n";

enum { OPT_SPANS = FILTER_OPT_OWN, OPT_INPUT, OPT_OUTPUT, OPT_RULES,
	OPT_PARSE, OPT_PARSER_MODEL, OPT_BEAM };

static const struct option longopts[] = {
	{ "spans", no_argument, NULL, OPT_SPANS },
	{ "parse", no_argument, NULL, OPT_PARSE },
	{ "parser-model", required_argument, NULL, OPT_PARSER_MODEL },
	{ "beam", required_argument, NULL, OPT_BEAM },
	{ "input", required_argument, NULL, OPT_INPUT },
	{ "output", required_argument, NULL, OPT_OUTPUT },
	{ "rules", required_argument, NULL, OPT_RULES },
	{ NULL, 0, NULL, 0 }
};

struct run {
	int spans, outset, conllu_in, records_in, beam;
	enum tokout_fmt fmt;
	unsigned what;			/* TAG_ flags */
	const char *rules, *parser_model;
	struct rules *rs;
	struct tsent sent;
	struct tokout to;
};

static int
option(void *ctx, struct filter *f, int opt, const char *arg)
{
	struct run *r = ctx;
	char *end;

	(void)f;
	switch (opt) {
	case OPT_SPANS: r->spans = 1; break;
	case OPT_PARSE: r->what |= TAG_PARSE; break;
	case OPT_PARSER_MODEL: r->parser_model = arg; break;
	case OPT_RULES: r->rules = arg; break;
	case OPT_BEAM:
		r->beam = (int)strtol(arg, &end, 10);
		if (*end || r->beam < 1 || r->beam > DEP_BEAM_MAX)
			dief(EXIT_USAGE, "--beam '%s': a number from 1 to %d",
			    arg, DEP_BEAM_MAX);
		break;
	case OPT_INPUT:
		r->conllu_in = strcmp(arg, "conllu") == 0;
		r->records_in = strcmp(arg, "records") == 0;
		if (!r->conllu_in && !r->records_in)
			dief(EXIT_USAGE, "--input: 'records' or 'conllu', not '%s'",
			    arg);
		break;
	case OPT_OUTPUT:
		r->outset = 1;
		if (strcmp(arg, "conllu") == 0)
			r->fmt = TO_CONLLU;
		else if (strcmp(arg, "tokens") != 0)
			dief(EXIT_USAGE, "--output: 'tokens' or 'conllu', not '%s'",
			    arg);
		break;
	default: return -1;
	}
	return 0;
}

/* What the options ask for, checked together: CoNLL-U in, CoNLL-U out;
 * entity records or CSV and JSON are records, not CoNLL-U. */
static void
check_options(struct run *r, struct filter *f)
{
	if (r->conllu_in && (r->spans || r->rules || (r->outset &&
	    r->fmt != TO_CONLLU)))
		dief(EXIT_USAGE, r->rules ? "--rules match sentence text, which "
		    "--input conllu does not give" : "--input conllu writes "
		    "CoNLL-U only");
	if (r->spans && (r->fmt == TO_CONLLU || r->conllu_in))
		dief(EXIT_USAGE, "--spans and --output conllu exclude each other");
	r->fmt = r->conllu_in ? TO_CONLLU : r->spans ? TO_SPANS : r->fmt;
	if (f->fmt != RF_TSV && r->fmt == TO_CONLLU)
		dief(EXIT_USAGE, "--csv and --json write records, not CoNLL-U");
	if (r->conllu_in || r->records_in)
		f->accepts = RK_BIT(r->conllu_in ? RK_CONLLU : RK_SENTENCES);
}

static void
start(void *ctx, struct filter *f)
{
	struct run *r = ctx;
	char err[4352];

	r->what |= TAG_ALL;
	check_options(r, f);
	if (r->what & TAG_PARSE)
		filter_open_parser(f, r->parser_model);
	if (r->beam && f->tagger.parser &&
	    depparser_set_beam(f->tagger.parser, r->beam) < 0)
		dief(EXIT_USAGE, "out of memory");
	if (r->rules && (r->rs = rules_load(r->rules, err, sizeof(err))) == NULL)
		dief(EXIT_USAGE, "%s", err);
	tsent_init(&r->sent);
	tokout_init(&r->to, r->fmt, r->rs);
	r->to.rfmt = f->fmt;
	if (f->header)		/* the writer's, none for CoNLL-U */
		tokout_header(&r->to, &f->out);
	f->header = 0;
}

/* Output held longer is written (not flushed): a long document, or one
 * long sentence, is not held whole. */
#define OUT_FLUSH ((size_t)1 << 16)

/* A sentence record: tokenized, tagged and written a window at a time
 * (one for a sentence of up to WINDOW_TOKENS tokens: annotate.h). */
static void
tag_record(struct run *r, struct filter *f, const struct srec *rec)
{
	struct window w;
	unsigned long line;
	char err[512];
	int rc;

	annotate_begin(&f->ann, rec);
	while ((rc = annotate_window(&f->ann, &r->sent, r->what, &w)) > 0) {
		if (r->rs && rules_apply(r->rs, &f->tagger, &r->sent, w.text,
		    w.len, w.spans, err, sizeof(err)) < 0) {
			const char *name = filter_input(f, &line);

			warnf("%s:%lu: rule %s", name, line, err);
			f->ret = 1;
		}
		window_own(&r->sent, &w);
		r->to.tok0 = w.tok0;
		r->to.cont = !w.first;
		r->to.more = !w.last;
		tokout_sentence(&r->to, &f->out, &f->tagger, &r->sent, rec);
		if (f->out.l >= OUT_FLUSH)
			filter_flush(f);
	}
	if (rc < 0)
		dief(EXIT_BADINPUT, "out of memory");
}

static void
sentence(void *ctx, struct filter *f, const struct srec *rec,
    struct tsent *words)
{
	struct run *r = ctx;

	if (words == NULL) {
		tag_record(r, f, rec);
	} else {	/* CoNLL-U: its words tagged afresh, never its tags kept */
		if (r->spans || (r->outset && r->fmt != TO_CONLLU))
			dief(EXIT_USAGE, "CoNLL-U input is written as CoNLL-U only");
		words->done = 0;
		if (tagger_run(&f->tagger, words, r->what) < 0)
			dief(EXIT_BADINPUT, "out of memory");
		tokout_conllu_sentence(&r->to, &f->out, &f->tagger, words,
		    filter_conllu(f));
	}
	/* all that was read is tagged: out with it (tail -f) */
	if (filter_drained(f) || f->out.l >= OUT_FLUSH)
		filter_flush(f);
}

static void
finish(void *ctx, struct filter *f)
{
	struct run *r = ctx;

	(void)f;
	tsent_free(&r->sent);
	rules_free(r->rs);
	tokout_free(&r->to);
}

static const struct filter_prog prog = {
	.name = "news-tag",
	.about = about,
	.options = options,
	.example = "news-split article.txt | news-tag --spans",
	.longopts = longopts,
	.accepts = RK_BIT(RK_SENTENCES) | RK_BIT(RK_CONLLU),
	.reads = "sentence records (news-split) or CoNLL-U",
	.tags = 1,
	.option = option,
	.start = start,
	.sentence = sentence,
	.finish = finish,
};

int
main(int argc, char **argv)
{
	static struct run r;

	return filter_main(&prog, &r, argc, argv);
}
