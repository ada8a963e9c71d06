/* fuzz_names: the index of names (wordends.h) against the scan it
 * replaced (issue 21), which must give the same answers for any bytes.
 *
 * The first byte is skipped (it once picked another index, of where a
 * document writes a word, since removed with the code that used it).
 * The rest is lines: "+S" adds string S, "=KS" (K a digit) puts S in
 * place of string K, "?S" and "!S" ask for the first string that fits S
 * (with starts for "!"): the answer must be that of asking every string
 * in turn, as people.c did. */
#include "fuzz.h"
#include "wordends.h"

/* Split p[0..n) at newlines into at most max lines. */
static size_t
lines(const char *p, size_t n, const char **line, size_t *len, size_t max)
{
	const char *end = p + n, *nl;
	size_t k = 0;

	while (p < end && k < max) {
		nl = memchr(p, '\n', (size_t)(end - p));
		line[k] = p;
		len[k++] = (size_t)((nl ? nl : end) - p);
		p = nl ? nl + 1 : end;
	}
	return k;
}

#define MAXLINES 256

/* words_edge() of people.c as it was */
static int
edge(const char *a, const char *b, int at_end)
{
	size_t na = strlen(a), nb = strlen(b);

	if (nb > na)
		return 0;
	if (nb == na)
		return strcmp(a, b) == 0;
	if (at_end)
		return a[na - nb - 1] == ' ' && strcmp(a + na - nb, b) == 0;
	return a[nb] == ' ' && strncmp(a, b, nb) == 0;
}

static void
ends(const char *p, size_t n)
{
	const char *l[MAXLINES];
	size_t len[MAXLINES], nl, i, k, ns = 0;
	char *str[MAXLINES], *s;
	struct wordends we;
	long want, got;

	nl = lines(p, n, l, len, MAXLINES);
	wordends_init(&we);
	for (i = 0; i < nl; i++) {
		if (len[i] == 0)
			continue;
		/* strings are C strings: a NUL ends one early */
		s = strndup(l[i] + 1, len[i] - 1);
		FUZZ_CHECK(s != NULL);
		if (l[i][0] == '+') {
			FUZZ_CHECK(wordends_set(&we, ns, s) == 0);
			str[ns++] = s;
			continue;
		}
		if (l[i][0] == '=' && len[i] >= 2 && l[i][1] >= '0' &&
		    l[i][1] <= '9' && (size_t)(l[i][1] - '0') < ns) {
			k = (size_t)(l[i][1] - '0');
			free(str[k]);
			str[k] = strdup(s + 1);
			FUZZ_CHECK(str[k] != NULL);
			FUZZ_CHECK(wordends_set(&we, k, str[k]) == 0);
		} else if (l[i][0] == '?' || l[i][0] == '!') {
			int starts = l[i][0] == '!';

			for (want = -1, k = 0; k < ns && want < 0; k++)
				if (edge(str[k], s, 1) || (starts &&
				    edge(str[k], s, 0)) || edge(s, str[k], 1))
					want = (long)k;
			got = wordends_first(&we, s, starts);
			FUZZ_CHECK(got == want);
		}
		free(s);
	}
	for (k = 0; k < ns; k++)
		free(str[k]);
	wordends_free(&we);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	ends((const char *)data + 1, size - 1);
	return 0;
}
