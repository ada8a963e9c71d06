/* news-extract-people: the people of each article, with title and
 * affiliation. */
#include <stdlib.h>

#include "datadir.h"
#include "err.h"
#include "filter.h"
#include "pcorpus.h"
#include "people.h"

static const char about[] =
"The people of each document, a record each:\n"
"    doc name title affiliation mentions first aliases\n"
"from sentence records (news-split), or token records (news-tag) or\n"
"CoNLL-U, whose entities are then used as they are.\n";

static const char options[] =
"      --corpus          one record a person across all documents:\n"
"                        name title affiliation docs mentions aliases;\n"
"                        input may also be this program's per-document\n"
"                        records, to merge shards\n"
"      --bylines         also bylines', photo credits' and contact\n"
"                        lines' people (author, photographer, contact)\n";

enum { OPT_CORPUS = FILTER_OPT_OWN, OPT_BYLINES };

static const struct option longopts[] = {
	{ "corpus", no_argument, NULL, OPT_CORPUS },
	{ "bylines", no_argument, NULL, OPT_BYLINES },
	{ NULL, 0, NULL, 0 }
};

static const char *const columns[] = { "doc", "name", "title",
	"affiliation", "mentions", "first", "aliases" };
static const char *const corpus_columns[] = { "name", "title",
	"affiliation", "docs", "mentions", "aliases" };

struct run {
	int corpus, bylines;
	struct people_lex lex;
	struct people people;
	struct people_corpus all;
	struct tsent sent;
};

static int
option(void *ctx, struct filter *f, int opt, const char *arg)
{
	struct run *r = ctx;

	(void)f;
	(void)arg;
	if (opt != OPT_BYLINES && opt != OPT_CORPUS)
		return -1;
	*(opt == OPT_BYLINES ? &r->bylines : &r->corpus) = 1;
	return 0;
}

static void
start(void *ctx, struct filter *f)
{
	struct run *r = ctx;
	char path[4096], err[4352];

	datadir_path("gazetteers", path, sizeof(path));
	if (people_lex_load(&r->lex, path, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
	people_init(&r->people);
	filter_open_parser(f, NULL, PEOPLE_BEAM);
	r->people.parse = 1;
	pcorpus_init(&r->all);
	tsent_init(&r->sent);
	if (r->corpus) {
		filter_columns(f, corpus_columns,
		    sizeof(corpus_columns) / sizeof(corpus_columns[0]));
		f->accepts |= RK_BIT(RK_PEOPLE);
	}
}

static void
sentence(void *ctx, struct filter *f, const struct srec *rec,
    struct tsent *words)
{
	struct run *r = ctx;
	int rc;

	if (words == NULL)	/* tokenized and tagged here, a window at a time */
		rc = people_add_record(&r->people, &r->lex, &f->ann, rec,
		    &r->sent);
	else
		rc = tagger_run(&f->tagger, words, PEOPLE_TAGS) < 0 ||
		    tagger_facts(&f->tagger, words) < 0 ? -1 :
		    people_sentence(&r->people, &r->lex, &f->tagger, words,
		    rec->sent, rec->start);
	if (rc < 0)
		dief(EXIT_BADINPUT, "out of memory");
}

/* With --corpus, a record of an earlier run is merged as it is: the
 * reduce step of a map/reduce over shards. */
static void
record(void *ctx, struct filter *f, enum reckind kind,
    const struct tsv_reader *t)
{
	struct run *r = ctx;

	(void)f;
	(void)kind;
	if (pcorpus_add(&r->all, t->field[1], t->field[2], t->field[3],
	    strtoul(t->field[4], NULL, 10), t->field[6]) < 0)
		dief(EXIT_BADINPUT, "out of memory");
}

/* The people of the document just read, a record each. */
static void
document_end(void *ctx, struct filter *f)
{
	struct run *r = ctx;
	const struct person *p;
	size_t i;

	people_end(&r->people, &r->lex);
	for (i = 0; i < r->people.n; i++) {
		p = &r->people.p[i];
		if (p->role != ROLE_STORY && !r->bylines)
			continue;	/* a byline's: no person of the story */
		if (r->corpus && pcorpus_add_person(&r->all, p) < 0)
			dief(EXIT_BADINPUT, "out of memory");
		if (r->corpus)
			continue;
		recout_str(&f->ro, f->doc.s, f->doc.l);
		recout_str(&f->ro, p->name.s, p->name.l);
		recout_str(&f->ro, p->title.s, p->title.l);
		recout_str(&f->ro, p->affil.s, p->affil.l);
		recout_uint(&f->ro, p->mentions);
		recout_uint(&f->ro, p->first);
		recout_str(&f->ro, p->aliases.s, p->aliases.l);
		recout_end(&f->ro);
	}
	people_clear(&r->people);
}

/* --corpus: everyone, most mentioned first. */
static void
finish(void *ctx, struct filter *f)
{
	struct run *r = ctx;
	const struct cperson *p;
	size_t i;

	if (r->corpus) {
		pcorpus_finish(&r->all);
		for (i = 0; i < r->all.n; i++) {
			p = &r->all.p[i];
			recout_str(&f->ro, p->name.s, p->name.l);
			recout_str(&f->ro, p->title.s, p->title.l);
			recout_str(&f->ro, p->affil.s, p->affil.l);
			recout_uint(&f->ro, p->docs);
			recout_uint(&f->ro, p->mentions);
			recout_str(&f->ro, p->aliases.s, p->aliases.l);
			recout_end(&f->ro);
		}
	}
	pcorpus_free(&r->all);
	tsent_free(&r->sent);
	people_free(&r->people);
	people_lex_free(&r->lex);
}

static const struct filter_prog prog = {
	.name = "news-extract-people",
	.about = about,
	.options = options,
	.example = "news-split article.txt | news-extract-people",
	.longopts = longopts,
	FILTER_READS_WORDS,
	.tags = 1,
	.columns = columns,
	.ncolumns = sizeof(columns) / sizeof(columns[0]),
	.option = option,
	.start = start,
	.sentence = sentence,
	.record = record,
	.document_end = document_end,
	.finish = finish,
};

int
main(int argc, char **argv)
{
	static struct run r;

	return filter_main(&prog, &r, argc, argv);
}
