/* recout.c: output records as TSV, CSV or JSON Lines (recout.h). */
#include "recout.h"

#include <csv.h>
#include <stdio.h>
#include <string.h>

#include "tsv.h"

int
recfmt_parse(const char *name, enum recfmt *fmt)
{
	if (strcmp(name, "tsv") == 0)
		*fmt = RF_TSV;
	else if (strcmp(name, "csv") == 0)
		*fmt = RF_CSV;
	else if (strcmp(name, "json") == 0)
		*fmt = RF_JSON;
	else
		return -1;
	return 0;
}

void
recout_init(struct recout *r, struct buf *out, enum recfmt fmt,
    const char *const *cols, size_t ncol)
{
	r->fmt = fmt;
	r->cols = cols;
	r->ncol = ncol;
	r->col = 0;
	r->out = out;
}

void
recout_header(struct recout *r)
{
	size_t i;

	if (r->fmt == RF_JSON)
		return;
	if (r->fmt == RF_TSV)
		buf_addc(r->out, '#');
	for (i = 0; i < r->ncol; i++) {
		if (i)
			buf_addc(r->out, r->fmt == RF_TSV ? '\t' : ',');
		buf_adds(r->out, r->cols[i]);
	}
	buf_addc(r->out, '\n');
}

/* What goes before field r->col: a separator, or in JSON the key. */
static void
field_start(struct recout *r)
{
	if (r->fmt == RF_JSON) {
		buf_adds(r->out, r->col ? ",\"" : "{\"");
		buf_adds(r->out, r->col < r->ncol ? r->cols[r->col] : "extra");
		buf_adds(r->out, "\":");
	} else if (r->col) {
		buf_addc(r->out, r->fmt == RF_TSV ? '\t' : ',');
	}
	r->col++;
}

static void
json_str(struct buf *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, run = 0;
	unsigned char c;

	buf_addc(out, '"');
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_add(out, s + run, i - run);
		run = i + 1;
		buf_addc(out, '\\');
		switch (c) {
		case '"': buf_addc(out, '"'); break;
		case '\\': buf_addc(out, '\\'); break;
		case '\n': buf_addc(out, 'n'); break;
		case '\r': buf_addc(out, 'r'); break;
		case '\t': buf_addc(out, 't'); break;
		default:
			buf_adds(out, "u00");
			buf_addc(out, hex[c >> 4]);
			buf_addc(out, hex[c & 15]);
		}
	}
	buf_add(out, s + run, n - run);
	buf_addc(out, '"');
}

void
recout_str(struct recout *r, const char *s, size_t n)
{
	field_start(r);
	switch (r->fmt) {
	case RF_TSV:
		tsv_put(r->out, s, n);
		break;
	case RF_CSV:
		/* a field quoted doubles its quotes: at most 2n + 2 bytes */
		if (buf_reserve(r->out, 2 * n + 2) == 0) {
			r->out->l += csv_write(r->out->s + r->out->l, 2 * n + 2,
			    s, n);
			r->out->s[r->out->l] = '\0';
		}
		break;
	case RF_JSON:
		json_str(r->out, s, n);
		break;
	}
}

void
recout_uint(struct recout *r, unsigned long long v)
{
	field_start(r);
	tsv_put_uint(r->out, v);
}

void
recout_none(struct recout *r)
{
	field_start(r);
	if (r->fmt == RF_JSON)
		buf_adds(r->out, "null");
}

void
recout_num(struct recout *r, double v)
{
	char num[64];
	int n = snprintf(num, sizeof(num), "%.4f", v);

	field_start(r);
	if (n > 0 && (size_t)n < sizeof(num))
		buf_add(r->out, num, (size_t)n);
}

void
recout_end(struct recout *r)
{
	if (r->fmt == RF_JSON)
		buf_addc(r->out, '}');
	buf_addc(r->out, '\n');
	r->col = 0;
}
