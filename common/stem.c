#include "stem.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* Is w[i] a consonant?  'y' is one at the start or after a vowel. */
static int
cons(const char *w, size_t i)
{
	switch (w[i]) {
	case 'a': case 'e': case 'i': case 'o': case 'u':
		return 0;
	case 'y':
		return i == 0 || !cons(w, i - 1);
	default:
		return 1;
	}
}

/* m(): the number of vowel-consonant sequences of w[0..n). */
static int
measure(const char *w, size_t n)
{
	size_t i = 0;
	int m = 0;

	while (i < n && cons(w, i))
		i++;
	while (i < n) {
		while (i < n && !cons(w, i))
			i++;
		if (i >= n)
			break;
		m++;
		while (i < n && cons(w, i))
			i++;
	}
	return m;
}

static int
has_vowel(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!cons(w, i))
			return 1;
	return 0;
}

/* ends in a double consonant */
static int
dcons(const char *w, size_t n)
{
	return n >= 2 && w[n - 1] == w[n - 2] && cons(w, n - 1);
}

/* consonant-vowel-consonant, the last not w, x or y */
static int
cvc(const char *w, size_t n)
{
	return n >= 3 && cons(w, n - 3) && !cons(w, n - 2) && cons(w, n - 1) &&
	    !strchr("wxy", w[n - 1]);
}

/* Compared from the end, a byte at a time: most suffixes fail on the
 * last letter, and a libc memcmp() of a few bytes costs more than that
 * loop, and more or less by where the suffix literals happen to lie. */
static int
ends(const char *w, size_t n, const char *suf)
{
	size_t k = strlen(suf);

	if (n < k)
		return 0;
	while (k > 0)
		if (w[--n] != suf[--k])
			return 0;
	return 1;
}

/* Replace suffix suf by rep when the stem's m() > 0.  Returns 1 when the
 * word ends in suf (replaced or not), which ends the step. */
static int
rep_m0(char *w, size_t *n, const char *suf, const char *rep)
{
	size_t k = strlen(suf), r = strlen(rep), st;

	if (!ends(w, *n, suf))
		return 0;
	st = *n - k;
	if (measure(w, st) > 0) {
		memcpy(w + st, rep, r);	/* rep is never longer than suf */
		*n = st + r;
	}
	return 1;
}

static void
step1(char *w, size_t *n)
{
	static const char *const sufs[] = { "ed", "ing" };
	size_t i, k;

	if (ends(w, *n, "sses") || ends(w, *n, "ies"))
		*n -= 2;
	else if (ends(w, *n, "ss"))
		;
	else if (ends(w, *n, "s"))
		*n -= 1;
	if (ends(w, *n, "eed")) {
		if (measure(w, *n - 3) > 0)
			*n -= 1;
	} else {
		for (i = 0; i < 2; i++) {
			k = strlen(sufs[i]);
			if (!ends(w, *n, sufs[i]) || !has_vowel(w, *n - k))
				continue;
			*n -= k;
			if (ends(w, *n, "at") || ends(w, *n, "bl") ||
			    ends(w, *n, "iz"))
				w[(*n)++] = 'e';
			else if (dcons(w, *n) && !strchr("lsz", w[*n - 1]))
				*n -= 1;
			else if (measure(w, *n) == 1 && cvc(w, *n))
				w[(*n)++] = 'e';
			break;
		}
	}
	if (ends(w, *n, "y") && has_vowel(w, *n - 1))
		w[*n - 1] = 'i';
}

static void
step2_3(char *w, size_t *n)
{
	static const char *const s2[][2] = {
		{ "ational", "ate" }, { "tional", "tion" }, { "enci", "ence" },
		{ "anci", "ance" }, { "izer", "ize" }, { "bli", "ble" },
		{ "alli", "al" }, { "entli", "ent" }, { "eli", "e" },
		{ "ousli", "ous" }, { "ization", "ize" }, { "ation", "ate" },
		{ "ator", "ate" }, { "alism", "al" }, { "iveness", "ive" },
		{ "fulness", "ful" }, { "ousness", "ous" }, { "aliti", "al" },
		{ "iviti", "ive" }, { "biliti", "ble" }, { "logi", "log" }
	};
	static const char *const s3[][2] = {
		{ "icate", "ic" }, { "ative", "" }, { "alize", "al" },
		{ "iciti", "ic" }, { "ical", "ic" }, { "ful", "" }, { "ness", "" }
	};
	size_t i;

	for (i = 0; i < sizeof(s2) / sizeof(s2[0]); i++)
		if (rep_m0(w, n, s2[i][0], s2[i][1]))
			break;
	for (i = 0; i < sizeof(s3) / sizeof(s3[0]); i++)
		if (rep_m0(w, n, s3[i][0], s3[i][1]))
			break;
}

static void
step4_5(char *w, size_t *n)
{
	static const char *const s4[] = { "al", "ance", "ence", "er", "ic",
		"able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
		"ism", "ate", "iti", "ous", "ive", "ize" };
	size_t i, st;
	int m;

	for (i = 0; i < sizeof(s4) / sizeof(s4[0]); i++) {
		if (!ends(w, *n, s4[i]))
			continue;
		st = *n - strlen(s4[i]);
		if (measure(w, st) > 1 && (strcmp(s4[i], "ion") != 0 ||
		    (st > 0 && (w[st - 1] == 's' || w[st - 1] == 't'))))
			*n = st;
		break;
	}
	if (ends(w, *n, "e")) {
		m = measure(w, *n - 1);
		if (m > 1 || (m == 1 && !cvc(w, *n - 1)))
			*n -= 1;
	}
	if (measure(w, *n) > 1 && dcons(w, *n) && w[*n - 1] == 'l')
		*n -= 1;
}

size_t
stem_porter(char *w, size_t n)
{
	if (n <= 2)
		return n;
	step1(w, &n);
	step2_3(w, &n);
	step4_5(w, &n);
	return n;
}

/* The folded form of the letters U+00C0..U+017F (Latin-1 and Latin
 * Extended-A): what Unicode NFKD, dropping the combining marks and casefold
 * give, as ../shared/eval/_common.py's fold() does ("\xc3\xa6" is æ,
 * which does not decompose). */
static const char *const latin[0x180 - 0xC0] = {
		"a", "a", "a", "a", "a", "a", "\xc3\xa6", "c",
		"e", "e", "e", "e", "i", "i", "i", "i",
		"\xc3\xb0", "n", "o", "o", "o", "o", "o", "\xc3\x97",
		"\xc3\xb8", "u", "u", "u", "u", "y", "\xc3\xbe", "ss",
		"a", "a", "a", "a", "a", "a", "\xc3\xa6", "c",
		"e", "e", "e", "e", "i", "i", "i", "i",
		"\xc3\xb0", "n", "o", "o", "o", "o", "o", "\xc3\xb7",
		"\xc3\xb8", "u", "u", "u", "u", "y", "\xc3\xbe", "y",
		"a", "a", "a", "a", "a", "a", "c", "c",
		"c", "c", "c", "c", "c", "c", "d", "d",
		"\xc4\x91", "\xc4\x91", "e", "e", "e", "e", "e", "e",
		"e", "e", "e", "e", "g", "g", "g", "g",
		"g", "g", "g", "g", "h", "h", "\xc4\xa7", "\xc4\xa7",
		"i", "i", "i", "i", "i", "i", "i", "i",
		"i", "i", "ij", "ij", "j", "j", "k", "k",
		"\xc4\xb8", "l", "l", "l", "l", "l", "l", "l\xc2\xb7",
		"l\xc2\xb7", "\xc5\x82", "\xc5\x82", "n", "n", "n", "n", "n",
		"n", "\xca\xbcn", "\xc5\x8b", "\xc5\x8b", "o", "o", "o", "o",
		"o", "o", "\xc5\x93", "\xc5\x93", "r", "r", "r", "r",
		"r", "r", "s", "s", "s", "s", "s", "s",
		"s", "s", "t", "t", "t", "t", "\xc5\xa7", "\xc5\xa7",
		"u", "u", "u", "u", "u", "u", "u", "u",
		"u", "u", "u", "u", "w", "w", "y", "y",
		"y", "z", "z", "z", "z", "z", "z", "s",
};

static const char *
latin_base(int32_t cp)
{
	return cp >= 0xC0 && cp < 0x180 ? latin[cp - 0xC0] : NULL;
}

int
stem_fold(struct buf *out, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	const char *base;
	size_t i = 0;
	int32_t cp;
	int k, rc = 0;

	while (i < n) {
		if (u[i] < 0x80) {
			rc |= buf_addc(out, u[i] >= 'A' && u[i] <= 'Z' ?
			    u[i] + 32 : u[i]);
			i++;
			continue;
		}
		k = utf8_decode(u + i, n - i, &cp);
		if ((base = latin_base(cp)) != NULL)
			rc |= buf_adds(out, base);
		else if (cp == 0x2018 || cp == 0x2019)
			rc |= buf_addc(out, '\'');
		else if (cp == 0x201C || cp == 0x201D)
			rc |= buf_addc(out, '"');
		else if (cp == 0x2013 || cp == 0x2014)
			rc |= buf_addc(out, '-');
		else
			rc |= buf_add(out, s + i, k);
		i += k;
	}
	return rc ? -1 : 0;
}
