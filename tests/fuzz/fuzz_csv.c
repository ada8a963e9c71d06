/* fuzz_csv: news-split's --csv reader (docread.h, DOC_CSV, libcsv).
 *
 * The first byte picks the columns: bits 0-1 the id column, 2-3 the text
 * column, 4-5 the title column (none, by name or by number); the rest is
 * the CSV. */
#include "docread.h"
#include "fuzz.h"

static const char *const idcols[] = { "id", "1", "2", "doc" };
static const char *const textcols[] = { "text", "2", "1", "body" };
static const char *const titlecols[] = { NULL, "title", "3", "0" };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct docread_opts o;
	struct docreader *r;
	struct doc d;
	char err[512];
	unsigned long n = 0;
	FILE *fp;
	int rc;

	if (size == 0)
		return 0;
	o.idcol = idcols[data[0] & 3];
	o.textcol = textcols[(data[0] >> 2) & 3];
	o.titlecol = titlecols[(data[0] >> 4) & 3];
	if ((fp = fuzz_file(data + 1, size - 1)) == NULL)
		return 0;
	doc_init(&d);
	r = docread_open(fp, "fuzz", NULL, DOC_CSV, &o);
	FUZZ_CHECK(r != NULL);
	while ((rc = docread_next(r, &d, err, sizeof(err))) != DR_EOF) {
		FUZZ_CHECK(++n <= size + 2);
		if (rc == DR_FATAL)
			break;
		if (rc == DR_BAD) {
			FUZZ_CHECK(strncmp(err, "fuzz:", 5) == 0);
			continue;
		}
		FUZZ_CHECK(rc == DR_DOC);
		FUZZ_CHECK(d.record == 1 && d.line >= 1 && d.line <= size);
		FUZZ_CHECK(d.id.l + d.text.l <= 3 * size + 2);
	}
	docread_close(r);
	doc_free(&d);
	fclose(fp);
	return 0;
}
