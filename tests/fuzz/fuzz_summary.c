/* fuzz_summary: the summarizer (summary.h) with data/idf.tsv.
 *
 * Input: see fuzz_input in fuzz.h; documents ("%%" lines) make a cluster.
 * The mode's bits 4-5 pick -n (none, 1, 3, 10), bits 6-7 -r (none, 0.1,
 * 0.5, 1), bits 8-9 -w (none, 1, 20, 100), bit 10 --lead. */
#include "fuzz.h"
#include "summary.h"

static struct summarizer *sm;
static struct sum_choice *ch;
static size_t chcap;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char path[4096], err[4352];

	(void)argc;
	(void)argv;
	fuzz_datadir();
	if ((sm = summarizer_new()) == NULL ||
	    datadir_find("idf.tsv", path, sizeof(path)) < 0 ||
	    summarizer_load_idf(sm, path, err, sizeof(err)) < 0) {
		fprintf(stderr, "fuzz_summary: cannot load idf.tsv\n");
		abort();
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t nsent[] = { 0, 1, 3, 10 }, words[] = { 0, 1, 20,
		100 };
	static const double ratio[] = { 0, 0.1, 0.5, 1 };
	struct fuzz_input in;
	struct sum_sent *s;
	struct sum_opts o;
	long n, k;
	size_t i;

	if (fuzz_input_parse(&in, data, size) < 0 ||
	    (s = calloc(in.n + 1, sizeof(*s))) == NULL) {
		fuzz_input_free(&in);
		return 0;
	}
	memset(&o, 0, sizeof(o));
	o.nsent = nsent[(in.mode >> 4) & 3];
	o.ratio = ratio[(in.mode >> 6) & 3];
	o.words = words[(in.mode >> 8) & 3];
	o.lead = (in.mode >> 10) & 1;
	for (i = 0; i < in.n; i++) {
		s[i].text = in.s[i].text;
		s[i].len = in.s[i].len;
		s[i].para = in.s[i].para;
		s[i].doc = in.s[i].doc;
	}
	n = summarize(sm, s, in.n, &o, &ch, &chcap);
	FUZZ_CHECK(n >= 0);
	FUZZ_CHECK((n == 0) == (in.n == 0));
	for (k = 0; k < n; k++) {
		FUZZ_CHECK(ch[k].idx < in.n);
		FUZZ_CHECK(k == 0 || ch[k].idx > ch[k - 1].idx);
		FUZZ_CHECK(ch[k].score == ch[k].score);	/* not NaN */
	}
	free(s);
	fuzz_input_free(&in);
	return 0;
}
