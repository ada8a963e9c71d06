#include "conllu.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void
conllu_init(struct conllu_reader *r, FILE *fp, const char *name)
{
	lr_init(&r->lr, fp, name);
}

void
conllu_free_reader(struct conllu_reader *r)
{
	lr_free(&r->lr);
}

void
conllu_sent_init(struct conllu_sent *s)
{
	memset(s, 0, sizeof(*s));
}

void
conllu_sent_free(struct conllu_sent *s)
{
	buf_free(&s->data);
	free(s->row);
	conllu_sent_init(s);
}

const char *
conllu_field(const struct conllu_sent *s, size_t i, int f, size_t *n)
{
	if (n)
		*n = s->row[i].len[f];
	return s->data.s + s->row[i].off[f];
}

static int
row_kind(const char *id)
{
	if (strchr(id, '-'))
		return CL_RANGE;
	if (strchr(id, '.'))
		return CL_EMPTY;
	return CL_WORD;
}

/* Store the current line as a row; -1 with a reason in *why. */
static int
add_row(struct conllu_sent *s, const char *line, size_t n, const char **why)
{
	struct conllu_row *row;
	size_t base, f = 0, i, start;

	if (grow(&s->row, s->nrow, &s->caprow, sizeof(*s->row)) < 0 ||
	    buf_reserve(&s->data, n + 1) < 0) {
		*why = "out of memory";
		return -1;
	}
	row = &s->row[s->nrow];
	memset(row, 0, sizeof(*row));
	base = s->data.l;
	buf_add(&s->data, line, n);
	buf_addc(&s->data, '\0');
	if (line[0] == '#') {
		row->kind = CL_COMMENT;
		row->off[0] = base;
		row->len[0] = n;
		s->nrow++;
		return 0;
	}
	for (i = start = 0; i <= n; i++) {
		if (i < n && line[i] != '\t')
			continue;
		if (f == CF_N) {
			f++;
			break;
		}
		row->off[f] = base + start;
		row->len[f] = i - start;
		s->data.s[base + i] = '\0';
		f++;
		start = i + 1;
	}
	if (f != CF_N) {
		*why = "expected 10 fields";
		return -1;
	}
	row->kind = row_kind(s->data.s + row->off[CF_ID]);
	s->nword += row->kind == CL_WORD;
	s->nrow++;
	return 0;
}

static void
sent_clear(struct conllu_sent *s)
{
	buf_reset(&s->data);
	s->nrow = s->nword = 0;
}

int
conllu_next(struct conllu_reader *r, struct conllu_sent *s, char *err,
    size_t errsize)
{
	const char *why = NULL;
	unsigned long badline = 0;
	int rc;

	sent_clear(s);
	while ((rc = lr_next(&r->lr)) != LR_EOF) {
		if (rc == LR_ERR) {
			snprintf(err, errsize, "%s: %s", r->lr.name, strerror(errno));
			return CONLLU_ERR;
		}
		if (rc == LR_TOOLONG) {
			why = "line too long";
			badline = r->lr.lineno;
			continue;
		}
		if (r->lr.line.l == 0) {
			if (s->nrow == 0 && !why)
				continue;	/* blank lines between sentences */
			break;
		}
		if (s->nrow == 0)
			s->line = r->lr.lineno;
		if (!why && add_row(s, r->lr.line.s, r->lr.line.l, &why) < 0)
			badline = r->lr.lineno;
	}
	if (why) {
		snprintf(err, errsize, "%s:%lu: %s", r->lr.name, badline, why);
		return CONLLU_BAD;
	}
	return s->nrow ? CONLLU_SENT : CONLLU_EOF;
}

void
conllu_put_row(struct buf *out, const struct conllu_sent *s, size_t i,
    const char *const repl[CF_N])
{
	const struct conllu_row *row = &s->row[i];
	int f;

	if (row->kind == CL_COMMENT) {
		buf_add(out, s->data.s + row->off[0], row->len[0]);
		buf_addc(out, '\n');
		return;
	}
	for (f = 0; f < CF_N; f++) {
		if (f)
			buf_addc(out, '\t');
		if (repl && repl[f])
			buf_adds(out, repl[f]);
		else
			buf_add(out, s->data.s + row->off[f], row->len[f]);
	}
	buf_addc(out, '\n');
}
