/* fuzz_people: news-extract-people's stage (people.h): each sentence
 * tagged and its people added a window at a time (people_add_record; the
 * fuzz build's windows are a few words), a document's people found again by name
 * (people_find) and merged across documents (pcorpus), with the word
 * lists of data/gazetteers.  Input: see fuzz_input in fuzz.h. */
#include "pcorpus.h"
#include "people.h"
#include "stage.h"

static struct people_lex lex;
static struct people pp;
static struct tsent sent;

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
	if (people_lex_load(&lex, path, err, sizeof(err)) < 0) {
		fprintf(stderr, "fuzz_people: %s\n", err);
		abort();
	}
	people_init(&pp);
	tsent_init(&sent);
	return 0;
}

static void
add_doc(struct people_corpus *c)
{
	const struct person *p;
	size_t i;

	for (i = 0; i < pp.n; i++) {
		p = &pp.p[i];
		FUZZ_CHECK(p->name.l > 0);
		FUZZ_CHECK(pcorpus_add(c, p->name.s, p->title.l ? p->title.s :
		    "", p->affil.l ? p->affil.s : "", p->mentions,
		    p->aliases.l ? p->aliases.s : "") == 0);
	}
	people_clear(&pp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_input in;
	struct people_corpus c;
	struct srec rec;
	size_t i, k, a, doc = 0;
	int begins;

	if (fuzz_input_parse(&in, data, size) < 0) {
		fuzz_input_free(&in);
		return 0;
	}
	pcorpus_init(&c);
	tagger_newdoc(&stage_tagger);
	for (i = 0; i < in.n; i++) {
		if (in.s[i].doc != doc) {
			add_doc(&c);
			tagger_newdoc(&stage_tagger);
			doc = in.s[i].doc;
		}
		stage_srec(&rec, &in.s[i]);
		FUZZ_CHECK(people_add_record(&pp, &lex, &stage_ann, &rec,
		    &sent) == 0);
		/* every PER entity of its last window, looked up */
		for (k = 0; k < sent.n; ) {
			const char *type = tagger_ner_type(&stage_tagger,
			    sent.w[k].ner, &begins);

			if (type == NULL || strcmp(type, "PER") != 0) {
				k++;
				continue;
			}
			for (a = k++; k < sent.n && tagger_ner_type(&stage_tagger,
			    sent.w[k].ner, &begins) && !begins; k++)
				;
			(void)people_find(&pp, &lex, &sent, a, k);
		}
	}
	add_doc(&c);
	pcorpus_finish(&c);
	for (i = 0; i < c.n; i++)
		FUZZ_CHECK(c.p[i].docs >= 1);
	pcorpus_free(&c);
	fuzz_input_free(&in);
	return 0;
}
