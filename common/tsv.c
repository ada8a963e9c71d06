#include "tsv.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* the read buffer; the fuzz build makes it tiny (TSV_RBUF_SIZE), so that
 * short inputs reach the code for lines that span reads */
#ifdef TSV_RBUF_SIZE
#define RBUF_SIZE TSV_RBUF_SIZE
#else
#define RBUF_SIZE (1 << 16)
#endif

void
lr_init(struct linereader *lr, FILE *fp, const char *name)
{
	memset(lr, 0, sizeof(*lr));
	lr->fp = fp;
	lr->name = name;
	lr->maxline = TSV_MAX_LINE;
}

void
lr_free(struct linereader *lr)
{
	buf_free(&lr->line);
	free(lr->rbuf);
	lr->rbuf = NULL;
}

/* read(2), not fread: a pipe from `tail -f` must yield each line as it
 * arrives instead of waiting for a full buffer. */
static void
lr_fill(struct linereader *lr)
{
	ssize_t n;

	lr->rpos = lr->rlen = 0;
	if (lr->rbuf == NULL && (lr->rbuf = malloc(RBUF_SIZE)) == NULL) {
		errno = ENOMEM;
		lr->err = lr->eof = 1;
		return;
	}
	do
		n = read(fileno(lr->fp), lr->rbuf, RBUF_SIZE);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		lr->err = 1;
	if (n <= 0)
		lr->eof = 1;
	else
		lr->rlen = (size_t)n;
}

/* Append up to the next '\n'; returns 1 when the line is complete. */
static int
lr_take(struct linereader *lr, int *toolong)
{
	char *p = lr->rbuf + lr->rpos;
	size_t avail = lr->rlen - lr->rpos;
	char *nl = memchr(p, '\n', avail);
	size_t n = nl ? (size_t)(nl - p) : avail;

	if (!*toolong && lr->line.l + n > lr->maxline) {
		*toolong = 1;
		buf_reset(&lr->line);
	}
	if (!*toolong && buf_add(&lr->line, p, n) < 0)
		*toolong = 1;
	lr->rpos += n + (nl != NULL);
	return nl != NULL;
}

void
lr_unread(struct linereader *lr)
{
	lr->again = 1;
}

int
lr_next(struct linereader *lr)
{
	int toolong = 0, got = 0;

	if (lr->again) {
		lr->again = 0;
		return LR_LINE;
	}
	buf_reset(&lr->line);
	for (;;) {
		if (lr->rpos >= lr->rlen) {
			if (lr->eof)
				break;
			lr_fill(lr);
			if (lr->eof)
				break;
		}
		got = 1;
		if (lr_take(lr, &toolong))
			break;
	}
	if (lr->err) {
		lr->err = 0;
		return LR_ERR;
	}
	if (!got)
		return LR_EOF;
	lr->lineno++;
	if (toolong) {
		buf_reset(&lr->line);
		return LR_TOOLONG;
	}
	if (!lr->keepcr && lr->line.l && lr->line.s[lr->line.l - 1] == '\r')
		lr->line.s[--lr->line.l] = '\0';
	/* a byte-order mark that an editor put at the start of the input is
	 * not part of the first field (a document id, a label) */
	if (lr->lineno == 1 && lr->line.l >= 3 &&
	    memcmp(lr->line.s, "\xEF\xBB\xBF", 3) == 0) {
		lr->line.l -= 3;
		memmove(lr->line.s, lr->line.s + 3, lr->line.l + 1);
	}
	return LR_LINE;
}

void
tsv_init(struct tsv_reader *r, FILE *fp, const char *name)
{
	memset(r, 0, sizeof(*r));
	lr_init(&r->lr, fp, name);
}

void
tsv_free(struct tsv_reader *r)
{
	lr_free(&r->lr);
	free(r->field);
	free(r->len);
	buf_free(&r->raw);
	r->field = NULL;
	r->len = NULL;
}

int
tsv_unescape(char *s, size_t *n)
{
	char *end = s + *n, *w, *r = memchr(s, '\\', *n), *next;
	size_t run;

	if (r == NULL)
		return 0;
	for (w = r; r < end; ) {
		if (++r == end)
			return -1;	/* a lone backslash at the end */
		switch (*r++) {
		case 't': *w++ = '\t'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		case '\\': *w++ = '\\'; break;
		default: return -1;
		}
		/* move the run up to the next backslash in one go */
		next = memchr(r, '\\', (size_t)(end - r));
		run = (size_t)((next ? next : end) - r);
		memmove(w, r, run);
		w += run;
		r += run;
	}
	*w = '\0';
	*n = (size_t)(w - s);
	return 0;
}

static int
tsv_addfield(struct tsv_reader *r, char *s, size_t n)
{
	size_t cap = r->cap;

	/* two arrays of one length: cap is the smaller capacity */
	if (grow(&r->field, r->nfield, &cap, sizeof(*r->field)) < 0 ||
	    grow(&r->len, r->nfield, &r->cap, sizeof(*r->len)) < 0)
		return -1;
	r->field[r->nfield] = s;
	r->len[r->nfield] = n;
	r->nfield++;
	return 0;
}

/* Split the current line at TABs, then unescape each field in place. */
static int
tsv_split(struct tsv_reader *r)
{
	char *s = r->lr.line.s, *end = s + r->lr.line.l, *tab;
	size_t i;

	r->nfield = 0;
	/* lr_next() took the CR of a CRLF line end off: any other is raw */
	if (memchr(s, '\r', r->lr.line.l) != NULL)
		return TSV_BADCR;
	for (;;) {
		tab = memchr(s, '\t', (size_t)(end - s));
		if (tsv_addfield(r, s, (size_t)((tab ? tab : end) - s)) < 0) {
			errno = ENOMEM;
			return TSV_ERR;
		}
		if (tab == NULL)
			break;
		*tab = '\0';
		s = tab + 1;
	}
	for (i = 0; i < r->nfield; i++)
		if (tsv_unescape(r->field[i], &r->len[i]) < 0)
			return TSV_BADESC;
	return TSV_RECORD;
}

int
tsv_next(struct tsv_reader *r)
{
	int rc;

	for (;;) {
		rc = lr_next(&r->lr);
		if (rc == LR_EOF)
			return TSV_EOF;
		if (rc == LR_ERR)
			return TSV_ERR;
		if (rc == LR_TOOLONG)
			return TSV_TOOLONG;
		if (r->lr.line.l == 0 || r->lr.line.s[0] == '#')
			continue;
		if (r->keepraw) {
			buf_reset(&r->raw);
			if (buf_add(&r->raw, r->lr.line.s, r->lr.line.l) < 0) {
				errno = ENOMEM;
				return TSV_ERR;
			}
		}
		return tsv_split(r);
	}
}

void
tsv_unread(struct tsv_reader *r)
{
	buf_reset(&r->lr.line);
	buf_add(&r->lr.line, r->raw.s ? r->raw.s : "", r->raw.l);
	lr_unread(&r->lr);
}

const char *
tsv_reason(int rc)
{
	if (rc == TSV_BADCR)
		return "carriage return inside the record (escape it as \\r)";
	return "bad escape (only \\t \\n \\r \\\\ are allowed)";
}

/* Bytes that need escaping are rare; copy the runs between them whole. */
/* Does any of the eight bytes of v need a look: below 0x0E (tab, newline,
 * carriage return among them) or a backslash?  (The "has less" and "has
 * zero" tests of Anderson's bit twiddling hacks.) */
static inline int
may_escape(uint64_t v)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones << 7;
	uint64_t bs = v ^ (ones * '\\');

	return (((v - ones * 0x0E) & ~v) | ((bs - ones) & ~bs)) & high ? 1 : 0;
}

void
tsv_put(struct buf *out, const char *s, size_t n)
{
	size_t i = 0, run = 0;
	uint64_t v;
	char esc;

	for (; i + 8 <= n; i += 8) {	/* most fields have nothing to escape */
		memcpy(&v, s + i, 8);
		if (may_escape(v))
			break;
	}
	for (; i < n; i++) {
		switch (s[i]) {
		case '\t': esc = 't'; break;
		case '\n': esc = 'n'; break;
		case '\r': esc = 'r'; break;
		case '\\': esc = '\\'; break;
		default: continue;
		}
		buf_add(out, s + run, i - run);
		buf_addc(out, '\\');
		buf_addc(out, esc);
		run = i + 1;
	}
	buf_add(out, s + run, n - run);
}

void
tsv_put_str(struct buf *out, const char *s)
{
	tsv_put(out, s, strlen(s));
}

void
tsv_put_uint(struct buf *out, unsigned long long v)
{
	char tmp[24];
	int i = (int)sizeof(tmp);

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	buf_add(out, tmp + i, sizeof(tmp) - (size_t)i);
}

void
tsv_put_tab(struct buf *out)
{
	buf_addc(out, '\t');
}

void
tsv_put_end(struct buf *out)
{
	buf_addc(out, '\n');
}
