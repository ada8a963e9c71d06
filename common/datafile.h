/* datafile.h: the lines of a data file (a word list, idf.tsv), checked for
 * shape and completeness.
 *
 * Every data file of the data directory (datadir.h) ends with the line
 *
 *     #end<TAB>N
 *
 * where N counts its entries: the lines that are neither comments (a '#'
 * first) nor blank.  A file without that line, with another count, or
 * with an entry after it, was cut short or damaged, and is refused as a
 * whole: a list read in part would change the output without a word
 * (issue 21: idf.tsv cut to 128 of its 9,380 lines changed every summary
 * score).  scripts/make-idf.sh writes the line; scripts/seal-data.sh writes
 * it for the lists kept by hand.  A file the user names with an option
 * (--idf, --verbs, -a) may go without it; if it has one, it is checked.
 *
 * Lines end with LF or CRLF; a CR anywhere else, a NUL byte, and a line
 * over DATAFILE_MAXLINE bytes, are errors.
 *
 * Messages: "PATH: cannot open data file: REASON" when it cannot be
 * opened (with how the data directory was chosen, for its files), else
 * "PATH:LINE: REASON".
 */
#ifndef NF_DATAFILE_H
#define NF_DATAFILE_H

#include <stddef.h>
#include <stdio.h>

#include "tsv.h"

#define DATAFILE_MAXLINE 4096

struct datafile {
	FILE *fp;
	struct linereader lr;
	const char *path;	/* borrowed */
	unsigned long entries;	/* read so far */
	int need_end;		/* a file of the data directory */
	int ended;		/* the end line was read */
};

/* Open path; 0, or -1 with the message in err. */
int datafile_open(struct datafile *f, const char *path, char *err,
    size_t errsize);

enum { DF_ENTRY = 1, DF_END = 0, DF_ERR = -1 };

/* The next entry, in f->lr.line (its line end and trailing blanks taken
 * off, NUL-terminated; f->lr.lineno its line); DF_END after the last, when
 * the file is whole; DF_ERR with "PATH:LINE: reason" in err. */
int datafile_next(struct datafile *f, char *err, size_t errsize);

void datafile_close(struct datafile *f);

/* Open and read all of path, calling fn on each entry; 0, or -1 with the
 * message in err (fn's own, when it returns -1). */
typedef int (*datafile_fn)(void *ctx, char *line, size_t len,
    const char *path, unsigned long lineno, char *err, size_t errsize);
int datafile_each(const char *path, datafile_fn fn, void *ctx, char *err,
    size_t errsize);

#endif
