/* unit.h: a header-only unit test framework, just enough for common/.
 *
 *     CHECK(cond)                  cond is true
 *     CHECK_INT_EQ(got, want)      integers, compared as long long
 *     CHECK_STR_EQ(got, want)      NUL-terminated strings (NULL allowed)
 *     CHECK_MEM_EQ(got, n, want)   got[0..n) equals the string want
 *
 * A failed check prints "FILE:LINE: ..." on stderr with what was expected and
 * what was found, and the test goes on.  main() ends with
 *
 *     return unit_summary();
 *
 * which prints "N passed, N failed" alone on a line and returns 1 if any check
 * failed, 0 otherwise.
 */
#ifndef NF_UNIT_H
#define NF_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_npass, unit_nfail;

/* Print s[0..n) in double quotes with control and non-ASCII bytes escaped,
 * so a failure shows exactly which bytes differ. */
static inline void
unit_quote(const char *s, size_t n)
{
	size_t i;
	unsigned char c;

	if (s == NULL) {
		fputs("NULL", stderr);
		return;
	}
	fputc('"', stderr);
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			fprintf(stderr, "\\%c", c);
		else if (c < 0x20 || c >= 0x7F)
			fprintf(stderr, "\\x%02X", c);
		else
			fputc(c, stderr);
	}
	fputc('"', stderr);
}

static inline int
unit_ok(int ok)
{
	if (ok)
		unit_npass++;
	else
		unit_nfail++;
	return ok;
}

static inline void
unit_check(int ok, const char *file, int line, const char *expr)
{
	if (!unit_ok(ok))
		fprintf(stderr, "%s:%d: CHECK(%s) failed\n", file, line, expr);
}

static inline void
unit_check_int(long long got, long long want, const char *file, int line,
    const char *expr)
{
	if (!unit_ok(got == want))
		fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", file, line,
		    expr, got, want);
}

static inline void
unit_check_mem(const char *got, size_t n, const char *want, const char *file,
    int line, const char *expr)
{
	int ok;

	if (got == NULL || want == NULL)
		ok = got == want || (want != NULL && n == 0 && *want == '\0');
	else
		ok = strlen(want) == n && memcmp(got, want, n) == 0;
	if (unit_ok(ok))
		return;
	fprintf(stderr, "%s:%d: %s is ", file, line, expr);
	unit_quote(got, n);
	fputs(", want ", stderr);
	unit_quote(want, want ? strlen(want) : 0);
	fputc('\n', stderr);
}

static inline void
unit_check_str(const char *got, const char *want, const char *file, int line,
    const char *expr)
{
	if (got == NULL)
		unit_check_mem(NULL, 0, want, file, line, expr);
	else
		unit_check_mem(got, strlen(got), want, file, line, expr);
}

static inline int
unit_summary(void)
{
	fflush(stderr);
	printf("%d passed, %d failed\n", unit_npass, unit_nfail);
	fflush(stdout);
	return unit_nfail > 0;
}

#define CHECK(cond) unit_check(!!(cond), __FILE__, __LINE__, #cond)
#define CHECK_INT_EQ(got, want) unit_check_int((long long)(got), \
	(long long)(want), __FILE__, __LINE__, #got)
#define CHECK_STR_EQ(got, want) unit_check_str((got), (want), __FILE__, \
	__LINE__, #got)
#define CHECK_MEM_EQ(got, n, want) unit_check_mem((got), (n), (want), \
	__FILE__, __LINE__, #got)

#endif
