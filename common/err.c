#include "err.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char *argv0 = "newsfilters";

void
setprogname(const char *name)
{
	const char *slash = strrchr(name, '/');

	argv0 = slash ? slash + 1 : name;
}

__attribute__((format(printf, 1, 0))) static void
vwarn(const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);

	fflush(stdout);
	fprintf(stderr, "%s: ", argv0);
	vfprintf(stderr, fmt, ap);
	if (n && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void
warnf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void
dief(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	exit(status);
}

void *
emalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		dief(EXIT_BADINPUT, "out of memory allocating %zu bytes", n);
	return p;
}

void *
ecalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		dief(EXIT_BADINPUT, "out of memory allocating %zu x %zu bytes", n, size);
	return p;
}

void *
erealloc(void *p, size_t n)
{
	if ((p = realloc(p, n ? n : 1)) == NULL)
		dief(EXIT_BADINPUT, "out of memory allocating %zu bytes", n);
	return p;
}

char *
estrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(emalloc(n), s, n);
}

int
fshut(FILE *fp, const char *name)
{
	int ret = 0;

	/* fflush before ferror: buffered bytes only meet the disk here */
	if (fflush(fp) == EOF) {
		warnf("write error on %s:", name);
		ret = -1;
	} else if (ferror(fp)) {
		warnf("write error on %s", name);
		ret = -1;
	}
	if (fp != stdout && fp != stderr && fclose(fp) == EOF && ret == 0) {
		warnf("close %s:", name);
		ret = -1;
	}
	return ret;
}
