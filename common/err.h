/* err.h: messages and the exiting wrappers.
 *
 * Every message goes to stderr as "PROG: what is wrong"; a format that ends
 * in ':' gets ": strerror(errno)" appended, as sbase's eprintf does.  stdout
 * is flushed first so messages and records keep their order on a terminal.
 *
 * Exit statuses shared by every program (docs/format.md):
 */
#ifndef NF_ERR_H
#define NF_ERR_H

#include <stddef.h>
#include <stdio.h>

enum {
	EXIT_OK = 0,
	EXIT_BADINPUT = 1,	/* some input bad or an I/O error; rest processed */
	EXIT_USAGE = 2		/* usage error, missing data file, bad pattern */
};

extern const char *argv0;	/* program name for messages; set by setprogname() */

void setprogname(const char *name);
void warnf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void dief(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Allocation that exits with a message on failure: only cmd/ and the e*
 * wrappers may exit, common/ code reports errors through return values. */
void *emalloc(size_t n);
void *ecalloc(size_t n, size_t size);
void *erealloc(void *p, size_t n);
char *estrdup(const char *s);

/* Flush and check a stream at exit: returns 0, or -1 after a message.  A
 * write to a full disk or /dev/full is caught here and not only by ferror. */
int fshut(FILE *fp, const char *name);

#endif
