/* news-extract-quotes: who said what in each article: quotations and
 * reported speech, with the speaker and the reporting verb. */
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "depparse.h"
#include "err.h"
#include "filter.h"
#include "people.h"
#include "quotes.h"

static const char about[] =
"The quotations and reported speech of each document, a record each:\n"
"    doc sent start end kind speaker mention cue quote mstart mend event\n"
"kind is direct, partial or indirect; start and end are the byte offsets\n"
"of the quoted content in the document, mstart and mend those of the\n"
"mention (empty without one); event numbers the reported-speech events of\n"
"the document, the same for the parts of an interrupted quotation.  From\n"
"sentence records (news-split), or token records (news-tag) or CoNLL-U,\n"
"whose tags are then used as they are.\n";

static const char options[] =
"      --verbs FILE      reporting verbs, lemma TAB speech|quote\n"
"                        [quote-verbs.tsv in the data directory]\n"
"      --parser-model FILE  the dependency parser's model [parser.model]\n"
"      --quotes-model FILE  which reported speech to keep [quotes.model]\n"
"      --beam K          the parser's beam width, 1 to 64 [4]\n";

enum { OPT_VERBS = FILTER_OPT_OWN, OPT_PARSER, OPT_QMODEL, OPT_BEAM };

static const struct option longopts[] = {
	{ "verbs", required_argument, NULL, OPT_VERBS },
	{ "parser-model", required_argument, NULL, OPT_PARSER },
	{ "quotes-model", required_argument, NULL, OPT_QMODEL },
	{ "beam", required_argument, NULL, OPT_BEAM },
	{ NULL, 0, NULL, 0 }
};

static const char *const columns[] = { "doc", "sent", "start", "end", "kind",
	"speaker", "mention", "cue", "quote", "mstart", "mend", "event" };

static const char *const kind_name[] = { "direct", "partial", "indirect" };

struct run {
	const char *verbs, *parser, *qmodel;
	int beam;		/* the parser's beam width, 0: QUOTES_BEAM */
	struct filter *f;
	struct people_lex plex;
	struct quotes_lex qlex;
	struct people people;
	struct qdoc qdoc;
};

static int
option(void *ctx, struct filter *f, int opt, const char *arg)
{
	struct run *r = ctx;

	char *end;

	(void)f;
	switch (opt) {
	case OPT_VERBS: r->verbs = arg; return 0;
	case OPT_PARSER: r->parser = arg; return 0;
	case OPT_QMODEL: r->qmodel = arg; return 0;
	case OPT_BEAM:
		r->beam = (int)strtol(arg, &end, 10);
		if (*end || r->beam < 1 || r->beam > DEP_BEAM_MAX) {
			warnf("--beam '%s': a number from 1 to %d", arg,
			    DEP_BEAM_MAX);
			return -1;
		}
		return 0;
	}
	return -1;
}

static void
start(void *ctx, struct filter *f)
{
	struct run *r = ctx;
	char path[4096], err[4352];

	r->f = f;
	filter_open_parser(f, r->parser);
	if (depparser_set_beam(f->tagger.parser, r->beam ? r->beam :
	    QUOTES_BEAM) < 0)
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
	people_init(&r->people);
	qdoc_init(&r->qdoc);
}

/* The quotations of the document, or section of one, read so far, a
 * record each. */
static void
end_section(void *ctx)
{
	struct run *r = ctx;
	struct filter *f = r->f;
	const struct quote *q;
	size_t i;

	if (r->qdoc.n && quotes_extract(&r->qdoc, &r->qlex, &f->tagger,
	    &r->people, &r->plex) < 0)
		dief(EXIT_BADINPUT, "out of memory");
	for (i = 0; i < r->qdoc.nq; i++) {
		q = &r->qdoc.q[i];
		recout_str(&f->ro, f->doc.s, f->doc.l);
		recout_uint(&f->ro, q->sent);
		recout_uint(&f->ro, q->start);
		recout_uint(&f->ro, q->end);
		recout_str(&f->ro, kind_name[q->kind], strlen(kind_name[q->kind]));
		recout_str(&f->ro, q->speaker.s, q->speaker.l);
		recout_str(&f->ro, q->mention.s, q->mention.l);
		recout_str(&f->ro, q->cue.s, q->cue.l);
		recout_str(&f->ro, q->text.s, q->text.l);
		if (q->mention.l) {
			recout_uint(&f->ro, q->mstart);
			recout_uint(&f->ro, q->mend);
		} else {
			recout_none(&f->ro);
			recout_none(&f->ro);
		}
		recout_uint(&f->ro, q->event);
		recout_end(&f->ro);
	}
	qdoc_clear(&r->qdoc);
	filter_flush(f);
}

/* A sentence into the document in memory, tokenized (and tagged when the
 * input gave the tags); the stage tags what it needs.  A very long
 * sentence is added a window at a time, and a very long document is
 * taken in sections (quotes.h). */
static void
sentence(void *ctx, struct filter *f, const struct srec *rec,
    struct tsent *words)
{
	struct run *r = ctx;

	if ((words == NULL ? qdoc_add_record(&r->qdoc, &f->ann, rec,
	    end_section, r) : qdoc_add_words(&r->qdoc, rec, words, end_section,
	    r)) < 0)
		dief(EXIT_BADINPUT, "out of memory");
}

static void
document_end(void *ctx, struct filter *f)
{
	struct run *r = ctx;

	(void)f;
	end_section(r);
	people_clear(&r->people);
}

static void
finish(void *ctx, struct filter *f)
{
	struct run *r = ctx;

	(void)f;
	qdoc_free(&r->qdoc);
	people_free(&r->people);
	people_lex_free(&r->plex);
	quotes_lex_free(&r->qlex);
}

static const struct filter_prog prog = {
	.name = "news-extract-quotes",
	.about = about,
	.options = options,
	.example = "news-split article.txt | news-extract-quotes",
	.longopts = longopts,
	.accepts = RK_BIT(RK_SENTENCES) | RK_BIT(RK_TOKENS) | RK_BIT(RK_CONLLU),
	.reads = "sentence records (news-split), token records (news-tag) or "
	    "CoNLL-U",
	.tags = 1,
	.columns = columns,
	.ncolumns = sizeof(columns) / sizeof(columns[0]),
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

	return filter_main(&prog, &r, argc, argv);
}
