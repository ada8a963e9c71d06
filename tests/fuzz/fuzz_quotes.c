/* fuzz_quotes: news-extract-quotes' stage (quotes.h), as
 * cmd/extract-quotes/main.c drives it: each sentence tokenized into the
 * document a window at a time (qdoc_add_record), a section of the document
 * extracted when it ends (the fuzz build's windows and sections are a few
 * words), then quotes_extract, which tags what it needs and finds the
 * people; word lists and model from data/.  Checked: the records of a
 * section come in the order of their offsets.  Input: see fuzz_input in
 * fuzz.h. */
#include "people.h"
#include "quotes.h"
#include "stage.h"

static struct people_lex plex;
static struct quotes_lex qlex;
static struct people pp;
static struct qdoc qd;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char path[4096], err[4352], *slash;

	(void)argc;
	(void)argv;
	stage_open();
	if (datadir_find("gazetteers/titles.txt", path, sizeof(path)) < 0)
		abort();
	if ((slash = strrchr(path, '/')) != NULL)
		*slash = '\0';
	if (people_lex_load(&plex, path, err, sizeof(err)) < 0 ||
	    datadir_find("quote-verbs.tsv", path, sizeof(path)) < 0 ||
	    quotes_lex_load(&qlex, path, err, sizeof(err)) < 0) {
		fprintf(stderr, "fuzz_quotes: %s\n", err);
		abort();
	}
	if (datadir_find("gazetteers/first-names-gender.tsv", path,
	    sizeof(path)) < 0 || quotes_lex_genders(&qlex, path, err,
	    sizeof(err)) < 0) {
		fprintf(stderr, "fuzz_quotes: %s\n", err);
		abort();
	}
	people_init(&pp);
	qdoc_init(&qd);
	return 0;
}

static void
flush_section(void *ctx)
{
	size_t i;

	(void)ctx;
	if (qd.n)
		FUZZ_CHECK(quotes_extract(&qd, &qlex, &stage_tagger, &pp,
		    &plex) == 0);
	for (i = 0; i < qd.nq; i++) {
		const struct quote *q = &qd.q[i];

		FUZZ_CHECK(q->kind <= Q_INDIRECT);
		FUZZ_CHECK(i == 0 || qd.q[i - 1].start <= q->start);
		(void)strlen(q->speaker.s ? q->speaker.s : "");
		(void)strlen(q->text.s ? q->text.s : "");
	}
	qdoc_clear(&qd);
}

static void
flush_doc(void)
{
	flush_section(NULL);
	people_clear(&pp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_input in;
	struct srec rec;
	size_t i, doc = 0;

	if (fuzz_input_parse(&in, data, size) < 0) {
		fuzz_input_free(&in);
		return 0;
	}
	tagger_newdoc(&stage_tagger);
	for (i = 0; i < in.n; i++) {
		if (in.s[i].doc != doc) {
			flush_doc();
			tagger_newdoc(&stage_tagger);
			doc = in.s[i].doc;
		}
		stage_srec(&rec, &in.s[i]);
		FUZZ_CHECK(qdoc_add_record(&qd, &stage_ann, &rec, flush_section,
		    NULL) == 0);
	}
	flush_doc();
	fuzz_input_free(&in);
	return 0;
}
