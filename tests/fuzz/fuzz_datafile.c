/* fuzz_datafile: the data-file reader (datafile.h) and the loaders on it
 * (word lists, quote verbs, idf.tsv) over any bytes.
 *
 * The first byte: bit 0 makes the file one of the data directory, which
 * must end with its #end line; bits 1-2 pick the reader: the raw lines,
 * a word list (wordset_load), the reporting verbs (quotes_lex_load), the
 * idf file (summarizer_load_idf).  The rest is the file.  Checked: a file
 * taken whole had, when it must, an #end line whose count is the number of
 * entries read; every entry is NUL-terminated, not blank, no comment, no
 * CR; a refused file's message names it. */
#include "datafile.h"
#include "fuzz.h"
#include "quotes.h"
#include "summary.h"
#include "wordset.h"

struct seen {
	unsigned long n;
};

static int
entry(void *ctx, char *line, size_t len, const char *path,
    unsigned long lineno, char *err, size_t errsize)
{
	struct seen *s = ctx;

	(void)path;
	(void)lineno;
	(void)err;
	(void)errsize;
	FUZZ_CHECK(line[len] == '\0');
	FUZZ_CHECK(len > 0 && line[0] != '#');
	FUZZ_CHECK(line[len - 1] != ' ' && line[len - 1] != '\t');
	FUZZ_CHECK(memchr(line, '\r', len) == NULL);
	s->n++;
	return 0;
}

/* The count of the file's last "#end\tN" line, or -1. */
static long
end_count(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size, *q, *last = NULL;
	long n = 0;

	for (q = p; q + 5 <= end; q++)
		if ((q == p || q[-1] == '\n') && memcmp(q, "#end\t", 5) == 0)
			last = q;
	if (last == NULL)
		return -1;
	/* leading zeros count for nothing, as strtoul reads them */
	for (q = last + 5; q < end && *q == '0'; q++)
		;
	for (last = q; q < end && q < last + 18 && *q >= '0' && *q <= '9';
	    q++)
		n = n * 10 + (*q - '0');
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64], err[4352];
	struct seen s = { 0 };
	struct wordset ws;
	struct quotes_lex lx;
	struct summarizer *sm;
	int fd, rc, sealed;

	if (size == 0)
		return 0;
	sealed = data[0] & 1;
	if ((fd = fuzz_fd(data + 1, size - 1)) < 0)
		return 0;
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	datadir_set(sealed ? "/proc/self/fd" : "/nonexistent");
	err[0] = '\0';
	switch (data[0] >> 1 & 3) {
	case 0:
		rc = datafile_each(path, entry, &s, err, sizeof(err));
		if (rc == 0 && sealed)
			FUZZ_CHECK(end_count(data + 1, size - 1) == (long)s.n);
		break;
	case 1:
		wordset_init(&ws);
		rc = wordset_load(&ws, path, NULL, err, sizeof(err));
		wordset_free(&ws);
		break;
	case 2:
		rc = quotes_lex_load(&lx, path, err, sizeof(err));
		quotes_lex_free(&lx);
		break;
	default:
		if ((sm = summarizer_new()) == NULL)
			abort();
		rc = summarizer_load_idf(sm, path, err, sizeof(err));
		summarizer_free(sm);
	}
	if (rc < 0)
		FUZZ_CHECK(strncmp(err, path, strlen(path)) == 0);
	close(fd);
	return 0;
}
