/* fuzz_tagger: tokenize and tag a window at a time (annotate_window: the
 * tokenizer, then the tagger with data/tagger.model; the fuzz build's
 * windows are a dozen words, annotate.h), and write the tokens and
 * entities as news-tag does (tokout.h).  Checked: the words the windows
 * own are the sentence's tokens (tokenize()), each once, in order, with
 * their offsets, whether tagged or only tokenized; the windows' numbers,
 * first and last; a window's text and spans give its words; classes in
 * range, lemma and form offsets inside their buffers; and parsed
 * (data/parser.model), the words' heads are a tree over the sentence, one
 * root, whatever the windows.  Input: see fuzz_input in fuzz.h. */
#include "depparse.h"
#include "stage.h"
#include "tokout.h"

static struct tokout to_tokens, to_spans;
static struct tsent sent;
static struct buf out;
static struct tokenizer *tk;
static struct tokspan *ref;
static size_t capref;

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
	tk = stage_ann.tk;
	return 0;
}

static void
check_tags(void)
{
	size_t k;
	int begins;

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
}

/* The window's words against the reference tokens from number w->tok0. */
static void
check_window(const struct srec *rec, const struct window *w, size_t nref)
{
	size_t k, t;

	FUZZ_CHECK(w->own0 <= w->own1 && w->own1 <= sent.n);
	for (k = w->own0; k < w->own1; k++) {
		t = w->tok0 + (k - w->own0);
		FUZZ_CHECK(t < nref);
		FUZZ_CHECK(sent.w[k].len == ref[t].e - ref[t].s);
		FUZZ_CHECK(memcmp(tsent_form(&sent, k), rec->text + ref[t].s,
		    sent.w[k].len) == 0);
		/* the window's text gives the word */
		FUZZ_CHECK(w->spans[k].e <= w->len);
		FUZZ_CHECK(memcmp(w->text + w->spans[k].s, rec->text + ref[t].s,
		    sent.w[k].len) == 0);
	}
}

/* The windows of rec, tagged with what, own each token once, in order. */
static void
windows(const struct srec *rec, unsigned what, size_t nref)
{
	struct window w;
	size_t next = 0;
	int rc, first = 1;

	annotate_begin(&stage_ann, rec);
	while ((rc = annotate_window(&stage_ann, &sent, what, &w)) > 0) {
		FUZZ_CHECK(w.tok0 == next);
		FUZZ_CHECK(w.first == first);
		check_window(rec, &w, nref);
		if (what)
			check_tags();
		next += w.own1 - w.own0;
		first = 0;
		if (w.last)
			break;
		FUZZ_CHECK(w.own1 > w.own0);
	}
	FUZZ_CHECK(rc == 1 && w.last);
	FUZZ_CHECK(annotate_window(&stage_ann, &sent, what, &w) == 0);
	FUZZ_CHECK(next == nref);
}

/* The heads of a sentence of n words, parsed a window at a time: in the
 * sentence, one root, no cycle. */
static void
check_tree(const uint32_t *head, size_t n)
{
	size_t i, steps, roots = 0;
	uint32_t h;

	for (i = 0; i < n; i++) {
		FUZZ_CHECK(head[i] <= n && head[i] != i + 1);
		roots += head[i] == 0;
		for (h = (uint32_t)i + 1, steps = 0; h != 0 && steps <= n; steps++)
			h = head[h - 1];
		FUZZ_CHECK(h == 0);
	}
	FUZZ_CHECK(n == 0 || roots == 1);
}

static uint32_t *heads;
static size_t capheads;

static void
write_windows(const struct srec *rec)
{
	struct window w;
	size_t n = 0, k;

	annotate_begin(&stage_ann, rec);
	while (annotate_window(&stage_ann, &sent, TAG_ALL | TAG_PARSE, &w) > 0) {
		window_own(&sent, &w);
		for (k = 0; k < sent.n; k++) {
			FUZZ_CHECK(sent.w[k].rel < stage_tagger.parser->m.ndep);
			FUZZ_CHECK(grow(&heads, n, &capheads, sizeof(*heads)) == 0);
			heads[n++] = sent.w[k].head;
		}
		to_tokens.tok0 = to_spans.tok0 = w.tok0;
		to_tokens.cont = to_spans.cont = !w.first;
		to_tokens.more = to_spans.more = !w.last;
		buf_reset(&out);
		tokout_sentence(&to_tokens, &out, &stage_tagger, &sent, rec);
		tokout_sentence(&to_spans, &out, &stage_tagger, &sent, rec);
	}
	check_tree(heads, n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_input in;
	struct srec rec;
	size_t i, doc = (size_t)-1;
	long nref;

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
		nref = tokenize(tk, rec.text, rec.textlen, &ref, &capref);
		FUZZ_CHECK(nref >= 0);
		windows(&rec, TAG_ALL, (size_t)nref);
		windows(&rec, 0, (size_t)nref);
		write_windows(&rec);
	}
	fuzz_input_free(&in);
	return 0;
}
