/* Unit tests for common/tsv.c: escaping, unescaping and the record reader. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tsv.h"
#include "unit.h"

/* tsv_put of s[0..n) into a fresh buffer, compared with want. */
#define CHECK_PUT(str, len, want) do { \
	struct buf o_ = BUF_INIT; \
	tsv_put(&o_, (str), (len)); \
	CHECK_MEM_EQ(o_.s, o_.l, (want)); \
	buf_free(&o_); \
} while (0)

static void
test_put(void)
{
	struct buf o = BUF_INIT;

	CHECK_PUT("plain text, no escapes", 22, "plain text, no escapes");
	CHECK_PUT("", 0, "");
	CHECK_PUT("\t", 1, "\\t");
	CHECK_PUT("\n", 1, "\\n");
	CHECK_PUT("\r", 1, "\\r");
	CHECK_PUT("\\", 1, "\\\\");
	CHECK_PUT("a\tb\nc\rd\\e", 9, "a\\tb\\nc\\rd\\\\e");
	CHECK_PUT("\r\n\r\n", 4, "\\r\\n\\r\\n");
	CHECK_PUT("T\xC3\xBCrkiye \\n", 11, "T\xC3\xBCrkiye \\\\n");
	/* only the four characters are escaped: NUL and other controls pass */
	tsv_put(&o, "a\0b\x01", 4);
	CHECK_INT_EQ(o.l, 4);
	CHECK(memcmp(o.s, "a\0b\x01", 4) == 0);
	buf_free(&o);

	/* appending keeps what is there; a record is fields, TABs and a LF */
	tsv_put_str(&o, "doc 1");
	tsv_put_tab(&o);
	tsv_put_str(&o, "x\ty");
	tsv_put_tab(&o);
	tsv_put_uint(&o, 42);
	tsv_put_end(&o);
	CHECK_MEM_EQ(o.s, o.l, "doc 1\tx\\ty\t42\n");
	buf_free(&o);
}

static void
test_put_uint(void)
{
	static const struct {
		unsigned long long v;
		const char *want;
	} t[] = {
		{ 0, "0" }, { 7, "7" }, { 10, "10" }, { 1234567890, "1234567890" },
		{ 4294967296ULL, "4294967296" },
		{ ULLONG_MAX, "18446744073709551615" },
	};
	struct buf o = BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		buf_reset(&o);
		tsv_put_uint(&o, t[i].v);
		CHECK_MEM_EQ(o.s, o.l, t[i].want);
	}
	buf_free(&o);
}

/* Unescape a copy of s; returns the status and leaves the result in out. */
static int
unescape(const char *s, char *out, size_t outsize, size_t *n)
{
	*n = strlen(s);
	if (*n >= outsize)
		return -2;
	memcpy(out, s, *n + 1);
	return tsv_unescape(out, n);
}

static void
test_unescape(void)
{
	char tmp[64];
	size_t n;

	CHECK_INT_EQ(unescape("no escapes", tmp, sizeof(tmp), &n), 0);
	CHECK_MEM_EQ(tmp, n, "no escapes");
	CHECK_INT_EQ(unescape("", tmp, sizeof(tmp), &n), 0);
	CHECK_INT_EQ(n, 0);
	CHECK_INT_EQ(unescape("\\t\\n\\r\\\\", tmp, sizeof(tmp), &n), 0);
	CHECK_MEM_EQ(tmp, n, "\t\n\r\\");
	CHECK_INT_EQ(unescape("a\\\\tb", tmp, sizeof(tmp), &n), 0);
	CHECK_MEM_EQ(tmp, n, "a\\tb");
	CHECK_INT_EQ(unescape("Line one\\tx\\nLine two", tmp, sizeof(tmp), &n),
	    0);
	CHECK_MEM_EQ(tmp, n, "Line one\tx\nLine two");
	CHECK(tmp[n] == '\0');

	/* bad escapes */
	CHECK_INT_EQ(unescape("\\x", tmp, sizeof(tmp), &n), -1);
	CHECK_INT_EQ(unescape("a\\\"b", tmp, sizeof(tmp), &n), -1);
	CHECK_INT_EQ(unescape("\\N", tmp, sizeof(tmp), &n), -1);
	CHECK_INT_EQ(unescape("\\T", tmp, sizeof(tmp), &n), -1);
	CHECK_INT_EQ(unescape("trailing\\", tmp, sizeof(tmp), &n), -1);
	CHECK_INT_EQ(unescape("\\", tmp, sizeof(tmp), &n), -1);
	CHECK_INT_EQ(unescape("ok\\t then bad\\q", tmp, sizeof(tmp), &n), -1);
	CHECK_INT_EQ(unescape("\\\\\\", tmp, sizeof(tmp), &n), -1);
}

static void
test_roundtrip(void)
{
	static const char *const t[] = {
		"", "plain", "\t", "\\", "\\\\", "\\t", "a\tb\nc\rd\\e",
		"\n\n\n", "ends in backslash\\", "\r\n", "T\xC3\xBCrkiye\t\xC4\xB0",
	};
	struct buf o = BUF_INIT;
	size_t i, n;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		buf_reset(&o);
		tsv_put_str(&o, t[i]);
		CHECK(o.l == 0 || memchr(o.s, '\t', o.l) == NULL);
		CHECK(o.l == 0 || memchr(o.s, '\n', o.l) == NULL);
		CHECK(o.l == 0 || memchr(o.s, '\r', o.l) == NULL);
		n = o.l;
		if (o.s == NULL)
			buf_reserve(&o, 1);
		CHECK_INT_EQ(tsv_unescape(o.s, &n), 0);
		CHECK_MEM_EQ(o.s, n, t[i]);
	}
	buf_free(&o);
}

/* A temporary file holding s[0..n), positioned at its start. */
static FILE *
tmp_with(const char *s, size_t n)
{
	FILE *fp = tmpfile();

	if (fp == NULL) {
		perror("tmpfile");
		exit(2);
	}
	if (fwrite(s, 1, n, fp) != n || fflush(fp) != 0) {
		perror("tmpfile write");
		exit(2);
	}
	rewind(fp);
	return fp;
}

static void
test_reader(void)
{
	static const char text[] =
	    "# a comment\n"			/* 1 */
	    "\n"				/* 2 */
	    "a\tb\\tc\tx\\ny\r\n"		/* 3 */
	    "\r\n"				/* 4: empty once CR is gone */
	    "#doc\tsent\n"			/* 5 */
	    "one\n"				/* 6 */
	    "bad\\x\tz\n"			/* 7 */
	    " #not a comment\ta#b\n"		/* 8 */
	    "after\t\n"				/* 9 */
	    "\t\n"				/* 10 */
	    "back\\\\slash\\r\n"		/* 11 */
	    "last";				/* 12, no final newline */
	struct tsv_reader r;
	FILE *fp = tmp_with(text, sizeof(text) - 1);

	tsv_init(&r, fp, "tmp");
	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 3);
	CHECK_INT_EQ(r.nfield, 3);
	if (r.nfield == 3) {
		CHECK_MEM_EQ(r.field[0], r.len[0], "a");
		CHECK_MEM_EQ(r.field[1], r.len[1], "b\tc");
		CHECK_MEM_EQ(r.field[2], r.len[2], "x\ny");
		CHECK_STR_EQ(r.field[2], "x\ny");	/* NUL-terminated */
	}

	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 6);
	CHECK_INT_EQ(r.nfield, 1);
	CHECK_MEM_EQ(r.field[0], r.len[0], "one");

	CHECK_INT_EQ(tsv_next(&r), TSV_BADESC);
	CHECK_INT_EQ(r.lr.lineno, 7);

	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 8);
	CHECK_INT_EQ(r.nfield, 2);
	if (r.nfield == 2) {
		CHECK_MEM_EQ(r.field[0], r.len[0], " #not a comment");
		CHECK_MEM_EQ(r.field[1], r.len[1], "a#b");
	}

	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 9);
	CHECK_INT_EQ(r.nfield, 2);
	if (r.nfield == 2) {
		CHECK_MEM_EQ(r.field[0], r.len[0], "after");
		CHECK_INT_EQ(r.len[1], 0);
	}

	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 10);
	CHECK_INT_EQ(r.nfield, 2);

	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 11);
	CHECK_INT_EQ(r.nfield, 1);
	CHECK_MEM_EQ(r.field[0], r.len[0], "back\\slash\r");

	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 12);
	CHECK_MEM_EQ(r.field[0], r.len[0], "last");

	CHECK_INT_EQ(tsv_next(&r), TSV_EOF);
	CHECK_INT_EQ(tsv_next(&r), TSV_EOF);
	CHECK_INT_EQ(r.lr.lineno, 12);
	tsv_free(&r);
	fclose(fp);
}

static void
test_reader_empty(void)
{
	struct tsv_reader r;
	FILE *fp = tmp_with("", 0);

	tsv_init(&r, fp, "empty");
	CHECK_INT_EQ(tsv_next(&r), TSV_EOF);
	CHECK_INT_EQ(r.lr.lineno, 0);
	tsv_free(&r);
	fclose(fp);

	fp = tmp_with("# only\n\n#comments\n", 18);
	tsv_init(&r, fp, "comments");
	CHECK_INT_EQ(tsv_next(&r), TSV_EOF);
	CHECK_INT_EQ(r.lr.lineno, 3);
	tsv_free(&r);
	fclose(fp);
}

/* A line over lr.maxline is skipped whole, counted, and reading goes on. */
static void
test_reader_toolong(void)
{
	struct buf text = BUF_INIT;
	struct tsv_reader r;
	FILE *fp;
	size_t i;

	buf_adds(&text, "short\tline\n");			/* 1 */
	for (i = 0; i < 40; i++)				/* 2: 40 bytes */
		buf_addc(&text, 'x');
	buf_addc(&text, '\n');
	buf_adds(&text, "exactly 32 bytes long, so it fit\n");	/* 3 */
	buf_adds(&text, "exactly 33 bytes long, so too lon\n");	/* 4 */
	for (i = 0; i < 200000; i++)				/* 5: past the read buffer */
		buf_addc(&text, i % 7 ? 'y' : '\t');
	buf_addc(&text, '\n');
	buf_adds(&text, "next\tline\n");			/* 6 */
	fp = tmp_with(text.s, text.l);

	tsv_init(&r, fp, "long");
	r.lr.maxline = 32;
	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 1);
	CHECK_MEM_EQ(r.field[1], r.len[1], "line");
	CHECK_INT_EQ(tsv_next(&r), TSV_TOOLONG);
	CHECK_INT_EQ(r.lr.lineno, 2);
	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 3);
	CHECK_MEM_EQ(r.field[0], r.len[0], "exactly 32 bytes long, so it fit");
	CHECK_INT_EQ(tsv_next(&r), TSV_TOOLONG);
	CHECK_INT_EQ(r.lr.lineno, 4);
	CHECK_INT_EQ(tsv_next(&r), TSV_TOOLONG);
	CHECK_INT_EQ(r.lr.lineno, 5);
	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 6);
	CHECK_INT_EQ(r.nfield, 2);
	if (r.nfield == 2) {
		CHECK_MEM_EQ(r.field[0], r.len[0], "next");
		CHECK_MEM_EQ(r.field[1], r.len[1], "line");
	}
	CHECK_INT_EQ(tsv_next(&r), TSV_EOF);
	tsv_free(&r);
	fclose(fp);

	/* with the default limit the long line comes back whole */
	fp = tmp_with(text.s, text.l);
	tsv_init(&r, fp, "long");
	for (i = 0; i < 5; i++)
		CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 5);
	CHECK_INT_EQ(r.lr.line.l, 200000);
	CHECK_INT_EQ(r.nfield, 28573);	/* a TAB every 7th byte, from the first */
	CHECK_INT_EQ(r.len[0], 0);
	CHECK_MEM_EQ(r.field[1], r.len[1], "yyyyyy");
	tsv_free(&r);
	fclose(fp);
	buf_free(&text);
}

/* A CR ends a line only before its LF; anywhere else it is an error,
 * never a line end (issue 21), and an escaped one is data. */
static void
test_reader_cr(void)
{
	static const char text[] =
	    "a\tone\r\n"			/* 1: CRLF */
	    "b\ttw\ro\n"			/* 2: a raw CR inside */
	    "c\tthree\r\r\n"			/* 3: one before the CRLF */
	    "\rd\tfour\n"			/* 4: at the start */
	    "e\tfi\\rve\n"			/* 5: escaped */
	    "# a comment\r with one\n"		/* 6: not a record */
	    "f\tsix\r";			/* 7: at the end of the input */
	struct tsv_reader r;
	FILE *fp = tmp_with(text, sizeof(text) - 1);

	tsv_init(&r, fp, "tmp");
	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_MEM_EQ(r.field[1], r.len[1], "one");
	CHECK_INT_EQ(tsv_next(&r), TSV_BADCR);
	CHECK_INT_EQ(r.lr.lineno, 2);
	CHECK_INT_EQ(tsv_next(&r), TSV_BADCR);
	CHECK_INT_EQ(r.lr.lineno, 3);
	CHECK_INT_EQ(tsv_next(&r), TSV_BADCR);
	CHECK_INT_EQ(r.lr.lineno, 4);
	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 5);
	CHECK_MEM_EQ(r.field[1], r.len[1], "fi\rve");
	CHECK_INT_EQ(tsv_next(&r), TSV_RECORD);
	CHECK_INT_EQ(r.lr.lineno, 7);
	CHECK_MEM_EQ(r.field[1], r.len[1], "six");
	CHECK_INT_EQ(tsv_next(&r), TSV_EOF);
	CHECK_STR_EQ(tsv_reason(TSV_BADCR),
	    "carriage return inside the record (escape it as \\r)");
	tsv_free(&r);
	fclose(fp);
}

int
main(void)
{
	test_put();
	test_put_uint();
	test_unescape();
	test_roundtrip();
	test_reader();
	test_reader_empty();
	test_reader_toolong();
	test_reader_cr();
	return unit_summary();
}
