/* offsets-check: check news-split's output against the documents it split.
 *
 *   offsets-check DOC.txt SENTS.tsv
 *   offsets-check --docs DOCS.tsv SENTS.tsv
 *   offsets-check --csv [--id-col C] [--text-col C] [--title-col C]
 *                 DOCS.csv SENTS.tsv
 *
 * It checks the invariants of sentence records (docs/format.md):
 *
 *   - every record has 6 fields, and sent, para, start and end are numbers;
 *   - sent runs 1, 2, ... n in each document; para starts at 1 and goes up
 *     by 0 or 1 from record to record;
 *   - start < end <= the document's length, both on character boundaries,
 *     and the sentence neither starts nor ends with whitespace;
 *   - utf8_squeeze(doc[start, end)) == text (the writer's own function);
 *   - independently of utf8_squeeze, for documents that are valid UTF-8
 *     without NULs: the non-whitespace bytes of doc[start, end), in order,
 *     are the bytes of text other than its spaces;
 *   - sentences come in document order and do not overlap;
 *   - every non-whitespace byte of the document is in a sentence.
 *
 * Whitespace is what utf8_space_len() says it is.  With --docs and --csv the
 * documents are read with the library's own reader (docread.h), and the
 * records must come in the order of the documents; documents whose id
 * starts with '#' are refused by news-split, so they must have no records.
 *
 * Each violation is printed as "offsets-check: FILE:LINE: what is wrong"
 * (at most MAXSHOWN of them).  Exit status: 0 all fine, 1 a violation,
 * 2 usage or an input that cannot be read.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "docread.h"
#include "err.h"
#include "tsv.h"
#include "utf8.h"

#define MAXSHOWN 20

enum { F_SPACE = 1, F_CHAR = 2, F_COVERED = 4 };

struct rec {
	char *id;
	size_t idlen;
	char *text;
	size_t textlen;
	unsigned long line;	/* line in the sentence file */
	unsigned long sent, para;
	size_t start, end;
};

static const char *sentfile;
static unsigned long nviol;

__attribute__((format(printf, 3, 4))) static void
viol(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	if (++nviol > MAXSHOWN)
		return;
	fprintf(stderr, "offsets-check: %s:%lu: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

_Noreturn static void
usage(void)
{
	fputs("usage: offsets-check DOC.txt SENTS.tsv\n"
	    "       offsets-check --docs DOCS.tsv SENTS.tsv\n"
	    "       offsets-check --csv [--id-col C] [--text-col C] "
	    "[--title-col C] DOCS.csv SENTS.tsv\n", stderr);
	exit(2);
}

/* Up to 40 bytes of s as a C-like string, for messages; two buffers in
 * turn, so that one message can show two snippets. */
static const char *
snippet(const char *s, size_t n)
{
	static char bufs[2][4 * 40 + 8];
	static int turn;
	char *out = bufs[turn ^= 1];
	size_t i, o = 0;
	unsigned char c;

	for (i = 0; i < n && i < 40; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7F && c != '\\')
			out[o++] = (char)c;
		else if (c == '\\') {
			out[o++] = '\\';
			out[o++] = '\\';
		} else if (c >= 0x80)
			out[o++] = (char)c;	/* keep UTF-8 readable */
		else
			o += (size_t)snprintf(out + o, sizeof(bufs[0]) - o,
			    "\\x%02x", c);
	}
	if (n > 40) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
	return out;
}

/* A decimal number without sign or leading zeros. */
static int
parse_num(const char *s, size_t n, unsigned long long *v)
{
	size_t i;

	if (n == 0 || n > 19 || (n > 1 && s[0] == '0'))
		return -1;
	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (unsigned long long)(s[i] - '0');
	}
	return 0;
}

static char *
dupmem(const char *s, size_t n)
{
	char *p = emalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Read every record of the sentence file; malformed ones are reported and
 * dropped. */
static struct rec *
read_records(const char *name, size_t *nrec)
{
	static const char *numname[] = { "sent", "para", "start", "end" };
	struct tsv_reader r;
	struct rec *rec = NULL, *p;
	size_t n = 0, cap = 0;
	unsigned long long v[4];
	FILE *fp = fopen(name, "rb");
	int rc, i, bad;

	if (fp == NULL) {
		fprintf(stderr, "offsets-check: %s: %s\n", name, strerror(errno));
		exit(2);
	}
	tsv_init(&r, fp, name);
	while ((rc = tsv_next(&r)) != TSV_EOF) {
		if (rc == TSV_ERR) {
			fprintf(stderr, "offsets-check: %s: %s\n", name,
			    strerror(errno));
			exit(2);
		}
		if (rc == TSV_TOOLONG) {
			viol(name, r.lr.lineno, "line too long");
			continue;
		}
		if (rc == TSV_BADESC || rc == TSV_BADCR) {
			viol(name, r.lr.lineno, "%s", tsv_reason(rc));
			continue;
		}
		if (r.nfield != 6) {
			viol(name, r.lr.lineno, "expected 6 fields, got %zu",
			    r.nfield);
			continue;
		}
		for (i = 0, bad = 0; i < 4; i++)
			if (parse_num(r.field[i + 1], r.len[i + 1], &v[i]) < 0) {
				viol(name, r.lr.lineno, "field %d (%s) '%s' is "
				    "not a number", i + 2, numname[i],
				    snippet(r.field[i + 1], r.len[i + 1]));
				bad = 1;
			}
		if (bad)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			rec = erealloc(rec, cap * sizeof(*rec));
		}
		p = &rec[n++];
		p->id = dupmem(r.field[0], r.len[0]);
		p->idlen = r.len[0];
		p->text = dupmem(r.field[5], r.len[5]);
		p->textlen = r.len[5];
		p->line = r.lr.lineno;
		p->sent = (unsigned long)v[0];
		p->para = (unsigned long)v[1];
		p->start = (size_t)v[2];
		p->end = (size_t)v[3];
	}
	tsv_free(&r);
	fclose(fp);
	*nrec = n;
	return rec;
}

/* Line of the document where byte off lies, for messages: for a plain-text
 * document the line in the file, otherwise the line of the record. */
static unsigned long
doc_line(const struct doc *d, enum docfmt fmt, size_t off)
{
	unsigned long line = d->line ? d->line : 1;
	size_t i;

	if (fmt != DOC_TEXT)
		return line;
	for (i = 0; i < off && i < d->text.l; i++)
		if (d->text.s[i] == '\n')
			line++;
	return line;
}

/* Mark whitespace and character starts. */
static void
classify(const struct doc *d, unsigned char *flag)
{
	const unsigned char *u = (const unsigned char *)d->text.s;
	size_t i = 0, n = d->text.l, k;
	int len;
	int32_t cp;

	memset(flag, 0, n);
	while (i < n) {
		flag[i] |= F_CHAR;
		if ((len = utf8_space_len(u + i, n - i)) > 0) {
			for (k = 0; k < (size_t)len; k++)
				flag[i + k] |= F_SPACE;
			i += (size_t)len;
			continue;
		}
		len = u[i] ? utf8_decode(u + i, n - i, &cp) : 1;
		i += (size_t)len;
	}
}

/* The non-whitespace bytes of s[start, end) in order against the bytes of
 * text other than ' '; 0 when equal, else the offset in the document of
 * the first difference (or end). */
static int
same_nonspace(const struct doc *d, const unsigned char *flag,
    const struct rec *r, size_t *where)
{
	size_t i = r->start, j = 0;

	for (;;) {
		while (i < r->end && (flag[i] & F_SPACE))
			i++;
		while (j < r->textlen && r->text[j] == ' ')
			j++;
		if (i == r->end || j == r->textlen)
			break;
		if (d->text.s[i] != r->text[j]) {
			*where = i;
			return -1;
		}
		i++;
		j++;
	}
	if (i == r->end && j == r->textlen)
		return 0;
	*where = i;
	return -1;
}

static void
check_doc(const char *docfile, enum docfmt fmt, const struct doc *d,
    const struct rec *rec, size_t nrec, struct buf *tmp)
{
	size_t n = d->text.l, k, i, prev_end = 0, bad, nul, where, run;
	unsigned char *flag = emalloc(n ? n : 1);
	unsigned long prev_para = 0;
	const struct rec *r;
	int valid;

	classify(d, flag);
	utf8_scan(d->text.s, n, &bad, &nul);
	valid = bad + nul == 0;
	for (k = 0; k < nrec; k++) {
		r = &rec[k];
		if (fmt == DOC_TEXT && (r->idlen != rec[0].idlen ||
		    memcmp(r->id, rec[0].id, r->idlen) != 0))
			viol(sentfile, r->line, "document id '%s' differs from "
			    "the first record's '%s'", r->id, rec[0].id);
		if (r->sent != k + 1)
			viol(sentfile, r->line, "sentence number %lu, expected "
			    "%zu", r->sent, k + 1);
		if (k == 0 && r->para != 1)
			viol(sentfile, r->line, "first paragraph number is %lu, "
			    "expected 1", r->para);
		else if (k > 0 && r->para < prev_para)
			viol(sentfile, r->line, "paragraph number %lu after %lu "
			    "decreases", r->para, prev_para);
		else if (k > 0 && r->para > prev_para + 1)
			viol(sentfile, r->line, "paragraph number %lu after %lu "
			    "skips a number", r->para, prev_para);
		prev_para = r->para;
		if (r->start >= r->end) {
			viol(sentfile, r->line, "start %zu is not before end %zu",
			    r->start, r->end);
			continue;
		}
		if (r->end > n) {
			viol(sentfile, r->line, "end %zu is past the end of the "
			    "document (%zu bytes)", r->end, n);
			continue;
		}
		if (r->start < prev_end)
			viol(sentfile, r->line, "sentence [%zu, %zu) starts before "
			    "the end %zu of the one before it (overlap or out of "
			    "order)", r->start, r->end, prev_end);
		if (r->end > prev_end)
			prev_end = r->end;
		if (!(flag[r->start] & F_CHAR))
			viol(sentfile, r->line, "start %zu is inside a character",
			    r->start);
		if (r->end < n && !(flag[r->end] & F_CHAR))
			viol(sentfile, r->line, "end %zu is inside a character",
			    r->end);
		if (flag[r->start] & F_SPACE)
			viol(sentfile, r->line, "sentence starts with whitespace "
			    "at %zu", r->start);
		if (flag[r->end - 1] & F_SPACE)
			viol(sentfile, r->line, "sentence ends with whitespace "
			    "at %zu", r->end - 1);
		if (r->textlen == 0)
			viol(sentfile, r->line, "empty text");
		buf_reset(tmp);
		utf8_squeeze(tmp, d->text.s + r->start, r->end - r->start);
		if (tmp->l != r->textlen || memcmp(tmp->s, r->text, tmp->l) != 0) {
			for (i = 0; i < tmp->l && i < r->textlen &&
			    tmp->s[i] == r->text[i]; i++)
				;
			viol(sentfile, r->line, "text differs from the squeezed "
			    "document bytes [%zu, %zu) at text byte %zu: "
			    "document has '%s'", r->start, r->end, i,
			    snippet(tmp->s + i, tmp->l - i));
			viol(sentfile, r->line, "... and the record has '%s'",
			    snippet(r->text + i, r->textlen - i));
		}
		if (valid && same_nonspace(d, flag, r, &where) < 0)
			viol(sentfile, r->line, "non-whitespace bytes of [%zu, %zu) "
			    "differ from the text from document byte %zu on",
			    r->start, r->end, where);
		for (i = r->start; i < r->end; i++) {
			if (flag[i] & F_COVERED) {
				viol(sentfile, r->line, "byte %zu is in two "
				    "sentences", i);
				break;
			}
		}
		for (i = r->start; i < r->end; i++)
			flag[i] |= F_COVERED;
	}
	/* uncovered stretches, whitespace inside them included */
	for (i = 0; i < n; i++) {
		if (flag[i] & (F_SPACE | F_COVERED))
			continue;
		for (run = i; i < n && !(flag[i] & F_COVERED); i++)
			;
		for (where = i; flag[where - 1] & F_SPACE; where--)
			;
		viol(docfile, doc_line(d, fmt, run), "bytes [%zu, %zu) of "
		    "document '%s' are in no sentence: '%s'", run, where,
		    snippet(d->id.s, d->id.l),
		    snippet(d->text.s + run, where - run));
	}
	free(flag);
}

int
main(int argc, char **argv)
{
	enum docfmt fmt = DOC_TEXT;
	struct docread_opts opts = { "id", "text", NULL };
	struct docreader *dr;
	struct doc d;
	struct buf tmp = BUF_INIT;
	struct rec *rec;
	size_t nrec, ri = 0, j, k;
	const char *docfile;
	char err[512];
	int i, rc;
	FILE *fp;

	setprogname("offsets-check");
	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
		if (strcmp(argv[i], "--docs") == 0)
			fmt = DOC_TSV;
		else if (strcmp(argv[i], "--csv") == 0)
			fmt = DOC_CSV;
		else if (strcmp(argv[i], "--id-col") == 0 && i + 1 < argc)
			opts.idcol = argv[++i];
		else if (strcmp(argv[i], "--text-col") == 0 && i + 1 < argc)
			opts.textcol = argv[++i];
		else if (strcmp(argv[i], "--title-col") == 0 && i + 1 < argc)
			opts.titlecol = argv[++i];
		else
			usage();
	}
	if (argc - i != 2)
		usage();
	docfile = argv[i];
	sentfile = argv[i + 1];
	rec = read_records(sentfile, &nrec);
	if ((fp = fopen(docfile, "rb")) == NULL) {
		fprintf(stderr, "offsets-check: %s: %s\n", docfile,
		    strerror(errno));
		return 2;
	}
	if ((dr = docread_open(fp, docfile, NULL, fmt, &opts)) == NULL)
		dief(2, "out of memory");
	doc_init(&d);
	if (fmt == DOC_TEXT) {
		/* the whole file at once: news-split reads it in parts, and
		 * the check is that the parts do not show */
		char chunk[1 << 16];
		size_t got;

		buf_adds(&d.id, docfile);
		while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0)
			buf_add(&d.text, chunk, got);
		check_doc(docfile, fmt, &d, rec, rec ? nrec : 0, &tmp);
		ri = nrec;
	}
	while (fmt != DOC_TEXT &&
	    (rc = docread_next(dr, &d, err, sizeof(err))) != DR_EOF) {
		if (rc == DR_BAD)	/* news-split skips it too */
			continue;
		if (rc == DR_FATAL) {
			fprintf(stderr, "offsets-check: %s\n", err);
			return 2;
		}
		if (rec == NULL) {	/* no records at all */
			check_doc(docfile, fmt, &d, NULL, 0, &tmp);
			continue;
		}
		if (d.id.l && d.id.s[0] == '#')
			continue;	/* refused: its records, if any, are left over */
		/* this document's records: the run with its id, up to the
		 * next sentence 1 (two documents may share an id) */
		for (j = ri; j < nrec && rec[j].idlen == d.id.l &&
		    memcmp(rec[j].id, d.id.s, d.id.l) == 0 &&
		    (j == ri || rec[j].sent != 1); j++)
			;
		check_doc(docfile, fmt, &d, rec + ri, j - ri, &tmp);
		ri = j;
	}
	for (k = ri; k < nrec; k++)
		if (k == ri || strcmp(rec[k].id, rec[k - 1].id) != 0)
			viol(sentfile, rec[k].line, "record of document '%s' "
			    "matches no document of %s at this place",
			    snippet(rec[k].id, rec[k].idlen), docfile);
	if (nviol > MAXSHOWN)
		fprintf(stderr, "offsets-check: %lu more violations not shown\n",
		    nviol - MAXSHOWN);
	docread_close(dr);
	fclose(fp);
	doc_free(&d);
	buf_free(&tmp);
	for (k = 0; k < nrec; k++) {
		free(rec[k].id);
		free(rec[k].text);
	}
	free(rec);
	return nviol ? 1 : 0;
}
