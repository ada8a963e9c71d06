/* datafile.c: the lines of a data file, checked for shape and completeness
 * (datafile.h). */
#include "datafile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"

int
datafile_open(struct datafile *f, const char *path, char *err,
    size_t errsize)
{
	memset(f, 0, sizeof(*f));
	f->path = path;
	if ((f->fp = fopen(path, "r")) == NULL) {
		datadir_cannot_open(path, strerror(errno), err, errsize);
		return -1;
	}
	lr_init(&f->lr, f->fp, path);
	f->lr.maxline = DATAFILE_MAXLINE;
	f->need_end = datadir_holds(path);
	return 0;
}

void
datafile_close(struct datafile *f)
{
	if (f->fp == NULL)
		return;
	lr_free(&f->lr);
	fclose(f->fp);
	f->fp = NULL;
}

static int
bad(struct datafile *f, char *err, size_t errsize, const char *what)
{
	snprintf(err, errsize, "%s:%lu: %s", f->path, f->lr.lineno, what);
	return DF_ERR;
}

/* A line that is neither blank nor a comment. */
static int
is_entry(const char *s, size_t n)
{
	if (n == 0 || s[0] == '#')
		return 0;
	return strspn(s, " \t") < n;
}

/* "#end<TAB>N": the count of entries, which must be f->entries. */
static int
end_line(struct datafile *f, char *err, size_t errsize)
{
	char what[160], *e;
	unsigned long n;

	errno = 0;
	n = strtoul(f->lr.line.s + 5, &e, 10);
	if (f->lr.line.s[5] < '0' || f->lr.line.s[5] > '9' || *e != '\0' ||
	    errno)
		return bad(f, err, errsize, "expected #end<TAB>COUNT");
	if (f->ended)
		return bad(f, err, errsize, "a second #end line");
	if (n != f->entries) {
		snprintf(what, sizeof(what), "damaged data file: %lu entries, "
		    "but its #end line says %lu", f->entries, n);
		return bad(f, err, errsize, what);
	}
	f->ended = 1;
	return DF_ENTRY;
}

int
datafile_next(struct datafile *f, char *err, size_t errsize)
{
	char what[160];
	size_t n;
	int rc;

	while ((rc = lr_next(&f->lr)) == LR_LINE) {
		n = f->lr.line.l;
		if (memchr(f->lr.line.s, '\r', n) != NULL)
			return bad(f, err, errsize, "carriage return inside "
			    "the line");
		if (memchr(f->lr.line.s, '\0', n) != NULL)
			return bad(f, err, errsize, "NUL byte inside the line");
		if (strncmp(f->lr.line.s, "#end\t", 5) == 0) {
			if (end_line(f, err, errsize) == DF_ERR)
				return DF_ERR;
			continue;
		}
		if (!is_entry(f->lr.line.s, n))
			continue;
		if (f->ended)
			return bad(f, err, errsize, "damaged data file: an entry "
			    "after its #end line");
		f->entries++;
		while (n && (f->lr.line.s[n - 1] == ' ' ||
		    f->lr.line.s[n - 1] == '\t'))
			n--;
		f->lr.line.s[n] = '\0';
		f->lr.line.l = n;
		return DF_ENTRY;
	}
	if (rc == LR_ERR) {
		snprintf(err, errsize, "%s: %s", f->path, strerror(errno));
		return DF_ERR;
	}
	if (rc == LR_TOOLONG)
		return bad(f, err, errsize, "line too long");
	if (f->need_end && !f->ended) {
		snprintf(what, sizeof(what), "data file cut short: no #end line "
		    "after its %lu entries", f->entries);
		return bad(f, err, errsize, what);
	}
	return DF_END;
}

int
datafile_each(const char *path, datafile_fn fn, void *ctx, char *err,
    size_t errsize)
{
	struct datafile f;
	int rc;

	if (datafile_open(&f, path, err, errsize) < 0)
		return -1;
	while ((rc = datafile_next(&f, err, errsize)) == DF_ENTRY)
		if (fn(ctx, f.lr.line.s, f.lr.line.l, path, f.lr.lineno, err,
		    errsize) < 0) {
			rc = DF_ERR;
			break;
		}
	datafile_close(&f);
	return rc == DF_END ? 0 : -1;
}
