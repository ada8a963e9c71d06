/* recout.h: one writer for every program's output records, in the
 * toolkit's TSV (docs/format.md), CSV (RFC 4180, for spreadsheets) or JSON
 * Lines (one object a record, the column names as keys, for jq).
 *
 * A program names its columns once, then gives each record's fields in
 * order: strings (recout_str) or numbers (recout_uint, recout_num), and
 * ends the record (recout_end).  TSV escapes TAB, LF, CR and backslash;
 * CSV quotes every text field with libcsv and leaves numbers bare; JSON
 * writes numbers as numbers and strings escaped (control characters as
 * \u00XX).  The header (recout_header) is "#name<TAB>..." in TSV, the
 * names in CSV, and nothing in JSON, whose keys name every field.
 */
#ifndef NF_RECOUT_H
#define NF_RECOUT_H

#include <stddef.h>

#include "buf.h"

enum recfmt { RF_TSV, RF_CSV, RF_JSON };

struct recout {
	enum recfmt fmt;
	const char *const *cols;	/* column names */
	size_t ncol;
	size_t col;			/* the next field's column */
	struct buf *out;
};

/* "tsv", "csv" or "json" into *fmt; -1 if name is none of them. */
int recfmt_parse(const char *name, enum recfmt *fmt);

void recout_init(struct recout *r, struct buf *out, enum recfmt fmt,
    const char *const *cols, size_t ncol);
/* The header line (nothing for JSON). */
void recout_header(struct recout *r);
void recout_str(struct recout *r, const char *s, size_t n);
void recout_uint(struct recout *r, unsigned long long v);
/* No value: an empty field, or null in JSON. */
void recout_none(struct recout *r);
/* A number with up to 4 decimals ("0.1234"). */
void recout_num(struct recout *r, double v);
void recout_end(struct recout *r);

#endif
