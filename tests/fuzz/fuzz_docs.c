/* fuzz_docs: news-split's --docs reader (docread.h, DOC_TSV), ID<TAB>TEXT
 * a line. */
#include "docread.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct docreader *r;
	struct doc d;
	char err[512];
	unsigned long ndoc = 0, nerr = 0;
	FILE *fp;
	int rc;

	if ((fp = fuzz_file(data, size)) == NULL)
		return 0;
	doc_init(&d);
	r = docread_open(fp, "fuzz", NULL, DOC_TSV, NULL);
	FUZZ_CHECK(r != NULL);
	while ((rc = docread_next(r, &d, err, sizeof(err))) != DR_EOF) {
		if (rc == DR_FATAL)
			break;
		if (rc == DR_BAD) {
			FUZZ_CHECK(strncmp(err, "fuzz:", 5) == 0);
			FUZZ_CHECK(++nerr <= size);
			continue;
		}
		FUZZ_CHECK(rc == DR_DOC);
		FUZZ_CHECK(++ndoc <= size);
		FUZZ_CHECK(d.record == 1 && d.line >= 1 && d.line <= size);
		FUZZ_CHECK(d.id.l + d.text.l <= size);
		FUZZ_CHECK(d.text.s == NULL || d.text.s[d.text.l] == '\0');
	}
	docread_close(r);
	doc_free(&d);
	fclose(fp);
	return 0;
}
