/* fuzz_recread: a program's input of whichever kind (recread.h) over any
 * bytes: the kind found from a header or the first record's shape, then
 * sentence records, token records gathered into sentences, or CoNLL-U,
 * with tags given as text mapped to the tagger's classes.
 *
 * The first byte picks the kinds taken (bits 0-2: sentences, tokens,
 * CoNLL-U; none set takes all three, as news-extract-quotes does).
 * Checked: every sentence has a document id and a text, its offsets in
 * order; the words given have tags the tagger has, heads within the
 * sentence; a kind not taken is refused, never read; the reader ends. */
#include "recread.h"
#include "stage.h"

static unsigned
kinds(uint8_t b)
{
	unsigned k = 0;

	if (b & 1)
		k |= RK_BIT(RK_SENTENCES);
	if (b & 2)
		k |= RK_BIT(RK_TOKENS);
	if (b & 4)
		k |= RK_BIT(RK_CONLLU);
	return k ? k : RK_BIT(RK_SENTENCES) | RK_BIT(RK_TOKENS) |
	    RK_BIT(RK_CONLLU);
}

static void
check_words(const struct tsent *w)
{
	size_t i;

	for (i = 0; i < w->n; i++) {
		FUZZ_CHECK(w->w[i].head <= w->n);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int opened;
	struct recread rr;
	const struct srec *rec;
	struct tsent *words;
	char err[512];
	unsigned long nrec = 0;
	unsigned accepts;
	FILE *fp;
	int k;

	if (!opened) {
		stage_open();
		opened = 1;
	}
	if (size == 0)
		return 0;
	accepts = kinds(data[0]);
	if ((fp = fuzz_file(data + 1, size - 1)) == NULL)
		return 0;
	recread_init(&rr, fp, "fuzz", accepts, &stage_tagger);
	while ((k = recread_next(&rr, &rec, &words, err, sizeof(err))) !=
	    RR_EOF) {
		FUZZ_CHECK(++nrec <= size);
		if (k == RR_KIND) {
			FUZZ_CHECK(!(accepts & RK_BIT(rr.kind)));
			break;
		}
		if (k == RR_FATAL)
			break;
		if (k == RR_BAD || k == RR_OTHER)
			continue;
		FUZZ_CHECK(rec->doc != NULL && rec->text != NULL);
		FUZZ_CHECK(rec->start <= rec->end);
		if (words != NULL)
			check_words(words);
	}
	recread_free(&rr);
	fclose(fp);
	return 0;
}
