/* fuzz_tagger: tokenize, tag and parse (annotate_record: tokenizer, then
 * the tagger with data/tagger.model and the parser with data/parser.model),
 * check that each parse is a tree, and write the tokens and entities as
 * news-tag does (tokout.h).  Input: see fuzz_input in fuzz.h. */
#include "depparse.h"
#include "stage.h"
#include "tokout.h"

static struct tokout to_tokens, to_spans;
static struct tsent sent;
static struct buf out;

/* Every head inside the sentence, one root, and no cycle. */
static void
check_tree(const struct tsent *s)
{
	size_t i, steps, roots = 0;
	uint32_t h;

	for (i = 0; i < s->n; i++) {
		FUZZ_CHECK(s->w[i].head <= s->n && s->w[i].head != i + 1);
		FUZZ_CHECK(s->w[i].rel < stage_tagger.parser->m.ndep);
		roots += s->w[i].head == 0;
		for (h = (uint32_t)i + 1, steps = 0; h != 0 && steps <= s->n;
		    steps++)
			h = s->w[h - 1].head;
		FUZZ_CHECK(h == 0);
	}
	FUZZ_CHECK(s->n == 0 || roots == 1);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	stage_open();
	stage_open_parser();
	tsent_init(&sent);
	tokout_init(&to_tokens, TO_TOKENS, NULL);
	tokout_init(&to_spans, TO_SPANS, NULL);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_input in;
	struct srec rec;
	size_t i, k, doc = (size_t)-1;
	int begins;

	if (fuzz_input_parse(&in, data, size) < 0) {
		fuzz_input_free(&in);
		return 0;
	}
	for (i = 0; i < in.n; i++) {
		if (in.s[i].doc != doc) {
			tagger_newdoc(&stage_tagger);
			doc = in.s[i].doc;
		}
		stage_srec(&rec, &in.s[i]);
		FUZZ_CHECK(annotate_record(&stage_ann, &rec, &sent,
		    TAG_ALL | TAG_PARSE) == 0);
		check_tree(&sent);
		for (k = 0; k < sent.n; k++) {
			const struct tword *w = &sent.w[k];

			FUZZ_CHECK(w->pos < stage_tagger.m.npos);
			FUZZ_CHECK(stage_tagger.m.nner == 0 ||
			    w->ner < stage_tagger.m.nner);
			FUZZ_CHECK(w->start <= w->end);
			FUZZ_CHECK(w->loff + w->llen <= sent.lemmas.l);
			FUZZ_CHECK(w->off + w->len <= sent.forms.l);
			(void)strlen(stage_tagger.xpos[w->pos]);
			(void)strlen(stage_tagger.upos[w->pos]);
			(void)tagger_ner_type(&stage_tagger, w->ner, &begins);
		}
		buf_reset(&out);
		tokout_sentence(&to_tokens, &out, &stage_tagger, &sent, &rec);
		tokout_sentence(&to_spans, &out, &stage_tagger, &sent, &rec);
	}
	fuzz_input_free(&in);
	return 0;
}
