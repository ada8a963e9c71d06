/* fuzz_names: the two indexes of names against the scans they replace
 * (issue 21), which must give the same answers for any bytes.
 *
 * The first byte picks the index.  Even: nameidx.h.  The rest up to the
 * first NUL is the document, a sentence a line; after it, a word a line
 * to look up: the sentences must be those where the old scan of
 * news-extract-quotes (memmem, then the test of the place) finds the word,
 * in order, and a second look-up must give the same list and keep the
 * caller's place.  Odd: wordends.h.  The rest is lines: "+S" adds string
 * S, "=KS" (K a digit) puts S in place of string K, "?S" and "!S" ask for
 * the first string that fits S (with starts for "!"): the answer must be
 * that of asking every string in turn, as people.c did. */
#include "fuzz.h"
#include "nameidx.h"
#include "wordends.h"

/* The scan news-extract-quotes made: does text[0..len) write w[0..n) after
 * a capitalised word? */
static int
old_scan(const char *t, size_t len, const char *w, size_t n)
{
	const char *hit, *h;

	if (len == 0 || n == 0)
		return 0;
	for (hit = memmem(t, len, w, n); hit; hit = memmem(hit + 1,
	    len - (size_t)(hit + 1 - t), w, n)) {
		h = hit;
		if (h - t < 3 || h[-1] != ' ')
			continue;
		for (h -= 2; h > t && h[-1] != ' '; h--)
			;
		if ((*h >= 'A' && *h <= 'Z') || (unsigned char)*h >= 0xC0)
			return 1;
	}
	return 0;
}

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

static void
names(const char *doc, size_t docn, const char *q, size_t qn)
{
	const char *sl[MAXLINES], *ql[MAXLINES];
	size_t slen[MAXLINES], qlen[MAXLINES], ns, nq, i, k, j;
	struct nameidx ix;
	struct nameidx_hits h;
	char *copy[MAXLINES];

	ns = lines(doc, docn, sl, slen, MAXLINES);
	nq = lines(q, qn, ql, qlen, MAXLINES);
	nameidx_init(&ix);
	for (i = 0; i < ns; i++) {
		/* the texts are NUL-terminated buffers, as qsent.text is */
		copy[i] = malloc(slen[i] + 1);
		FUZZ_CHECK(copy[i] != NULL);
		memcpy(copy[i], sl[i], slen[i]);
		copy[i][slen[i]] = '\0';
		FUZZ_CHECK(nameidx_add(&ix, (uint32_t)i, copy[i], slen[i]) == 0);
	}
	for (k = 0; k < nq; k++) {
		if (qlen[k] == 0)
			continue;
		FUZZ_CHECK(nameidx_find(&ix, ql[k], qlen[k], &h) == 0);
		for (i = j = 0; i < ns; i++) {
			if (!old_scan(copy[i], slen[i], ql[k], qlen[k]))
				continue;
			FUZZ_CHECK(j < h.n && h.s[j] == i);
			j++;
		}
		FUZZ_CHECK(j == h.n);
		/* the caller's place is kept */
		*h.next = h.n;
		FUZZ_CHECK(nameidx_find(&ix, ql[k], qlen[k], &h) == 0);
		FUZZ_CHECK(*h.next == h.n);
	}
	for (i = 0; i < ns; i++)
		free(copy[i]);
	nameidx_free(&ix);
}

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
	const char *p = (const char *)data + 1, *nul;
	size_t n;

	if (size == 0)
		return 0;
	n = size - 1;
	if (data[0] & 1) {
		ends(p, n);
		return 0;
	}
	nul = memchr(p, '\0', n);
	if (nul == NULL)
		return 0;
	names(p, (size_t)(nul - p), nul + 1, n - (size_t)(nul - p) - 1);
	return 0;
}
