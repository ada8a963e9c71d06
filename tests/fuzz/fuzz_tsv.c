/* fuzz_tsv: the record reader (tsv.h) and the sentence-record reader
 * (sentrec.h) over any bytes, and the escape round trip.
 *
 * The first byte picks the longest line accepted (small ones exercise
 * LR_TOOLONG); the rest is the input stream.  The reader follows the
 * documents (docorder.h): the records it gives must come in one run a
 * document. */
#include "docorder.h"
#include "fuzz.h"
#include "sentrec.h"

#define MAXDOCS 64

/* The documents of the records given so far: a new id must be one not
 * given before (up to MAXDOCS of them are remembered). */
struct runs {
	char *id[MAXDOCS];
	size_t n;
};

static void
check_run(struct runs *r, const struct srec *rec)
{
	size_t i;

	if (r->n && strcmp(r->id[r->n - 1], rec->doc) == 0)
		return;
	for (i = 0; i < r->n; i++)
		FUZZ_CHECK(strcmp(r->id[i], rec->doc) != 0);
	if (r->n < MAXDOCS)
		FUZZ_CHECK((r->id[r->n++] = strdup(rec->doc)) != NULL);
}

static void
roundtrip(const uint8_t *data, size_t size)
{
	struct buf esc = BUF_INIT;
	size_t n;

	/* unescape(escape(x)) == x for any bytes */
	tsv_put(&esc, (const char *)data, size);
	n = esc.l;
	if (esc.s != NULL) {
		FUZZ_CHECK(memchr(esc.s, '\t', esc.l) == NULL);
		FUZZ_CHECK(memchr(esc.s, '\n', esc.l) == NULL);
		FUZZ_CHECK(memchr(esc.s, '\r', esc.l) == NULL);
		FUZZ_CHECK(tsv_unescape(esc.s, &n) == 0);
		FUZZ_CHECK(n == size);
		FUZZ_CHECK(size == 0 || memcmp(esc.s, data, size) == 0);
	}
	buf_free(&esc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sentrec_reader sr;
	struct docorder order;
	struct runs runs = { { NULL }, 0 };
	struct srec rec;
	char err[512];
	unsigned long lastline = 0;
	size_t i;
	FILE *fp;
	int rc;

	roundtrip(data, size);
	if (size == 0)
		return 0;
	if ((fp = fuzz_file(data + 1, size - 1)) == NULL)
		return 0;
	sentrec_init(&sr, fp, "fuzz");
	docorder_init(&order);
	sr.order = &order;
	if (data[0] < 32)
		sr.tsv.lr.maxline = data[0];
	while ((rc = sentrec_next(&sr, &rec, err, sizeof(err))) != SR_EOF) {
		FUZZ_CHECK(sr.tsv.lr.lineno > lastline);
		lastline = sr.tsv.lr.lineno;
		FUZZ_CHECK(lastline <= size);
		if (rc == SR_FATAL)
			break;
		if (rc == SR_BAD) {
			FUZZ_CHECK(strncmp(err, "fuzz:", 5) == 0);
			continue;
		}
		FUZZ_CHECK(rc == SR_REC || rc == SR_FIXED);
		check_run(&runs, &rec);
		FUZZ_CHECK(memchr(rec.doc, '\0', rec.doclen) == NULL);
		FUZZ_CHECK(memchr(rec.text, '\0', rec.textlen) == NULL);
		FUZZ_CHECK(rec.nfield >= SENTREC_NFIELD);
		FUZZ_CHECK(rec.start <= rec.end);
		FUZZ_CHECK(rec.sent >= 1 && rec.para >= 1);
		FUZZ_CHECK(rec.doc[rec.doclen] == '\0');
		FUZZ_CHECK(rec.text[rec.textlen] == '\0');
		FUZZ_CHECK(sr.tsv.lr.line.l <= sr.tsv.lr.maxline);
		for (i = 0; i < sr.tsv.nfield; i++)
			FUZZ_CHECK(sr.tsv.field[i][sr.tsv.len[i]] == '\0');
	}
	sentrec_free(&sr);
	docorder_free(&order);
	for (i = 0; i < runs.n; i++)
		free(runs.id[i]);
	fclose(fp);
	return 0;
}
