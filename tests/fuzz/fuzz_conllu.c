/* fuzz_conllu: the CoNLL-U reader (conllu.h), and writing each sentence
 * back (conllu_put_row), which must give the lines read. */
#include "conllu.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conllu_reader cr;
	struct conllu_sent cs;
	struct buf out = BUF_INIT;
	const char *repl[CF_N] = { NULL };
	char err[512];
	size_t i, n, words;
	unsigned long nsent = 0;
	int f, rc;
	FILE *fp;

	if ((fp = fuzz_file(data, size)) == NULL)
		return 0;
	conllu_init(&cr, fp, "fuzz");
	conllu_sent_init(&cs);
	repl[CF_UPOS] = "X";
	while ((rc = conllu_next(&cr, &cs, err, sizeof(err))) != CONLLU_EOF) {
		FUZZ_CHECK(++nsent <= size);
		if (rc == CONLLU_ERR)
			break;
		if (rc == CONLLU_BAD) {
			FUZZ_CHECK(strncmp(err, "fuzz:", 5) == 0);
			continue;
		}
		FUZZ_CHECK(rc == CONLLU_SENT && cs.nrow > 0);
		words = 0;
		for (i = 0; i < cs.nrow; i++) {
			words += cs.row[i].kind == CL_WORD;
			if (cs.row[i].kind == CL_COMMENT) {
				conllu_field(&cs, i, 0, &n);
				continue;
			}
			for (f = 0; f < CF_N; f++) {
				const char *s = conllu_field(&cs, i, f, &n);

				FUZZ_CHECK(s[n] == '\0');
				FUZZ_CHECK(memchr(s, '\t', n) == NULL);
			}
			buf_reset(&out);
			conllu_put_row(&out, &cs, i, NULL);
			conllu_put_row(&out, &cs, i, repl);
		}
		FUZZ_CHECK(words == cs.nword);
	}
	buf_free(&out);
	conllu_sent_free(&cs);
	conllu_free_reader(&cr);
	fclose(fp);
	return 0;
}
