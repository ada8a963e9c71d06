#include "lemma.h"

#include <string.h>

#include "hash.h"

static int
is_vowel(char c)
{
	return c && strchr("aeiou", c) != NULL;
}

static int
ends(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);

	return n > k && memcmp(s + n - k, suf, k) == 0;
}

/* Lower-case ASCII letters into out; other bytes as they are. */
static void
put_lower(struct buf *out, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		buf_addc(out, s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
}

/* "running" -> "run": a doubled final consonant after stripping, but not
 * the ll, ss, zz English keeps ("spelled" -> "spell") */
static size_t
undouble(const char *s, size_t n)
{
	if (n >= 3 && s[n - 1] == s[n - 2] && !is_vowel(s[n - 1]) &&
	    !strchr("lsz", s[n - 1]) && is_vowel(s[n - 3]))
		return n - 1;
	return n;
}

/* Does the stem want its silent e back?  "produc", "judg", "involv",
 * "realiz", "creat", "contribut" do; "bring", "visit" do not; a short
 * consonant-vowel-consonant stem does ("mak", "tak"). */
static int
wants_e(const char *s, size_t n)
{
	char last = s[n - 1], before = n >= 2 ? s[n - 2] : 0;

	if (n < 2 || last == before)
		return 0;
	if (last == 'c' || last == 'v' || last == 'z' || (last == 'g' &&
	    before != 'n'))
		return 1;
	if ((last == 't' && (before == 'a' || before == 'u')) && n >= 3 &&
	    !is_vowel(s[n - 3]))
		return 1;
	return n <= 4 && n >= 3 && !is_vowel(last) && !strchr("wxy", last) &&
	    is_vowel(before) && !is_vowel(s[n - 3]);
}

static void
strip_verb(struct buf *out, const char *w, size_t n, size_t cut)
{
	size_t m = n - cut, u = undouble(w, m);

	buf_add(out, w, u);
	if (u == m && wants_e(w, m))
		buf_addc(out, 'e');
}

void
lemma_rule(struct buf *out, const char *form, size_t n, const char *xpos)
{
	char w[256];
	size_t m;

	/* proper nouns and the pronoun "I" keep their case */
	if ((strncmp(xpos, "NNP", 3) == 0 && strcmp(xpos, "NNPS") != 0) ||
	    (n == 1 && form[0] == 'I')) {
		buf_add(out, form, n);
		return;
	}
	if (n >= sizeof(w)) {
		put_lower(out, form, n);
		return;
	}
	for (m = 0; m < n; m++)
		w[m] = form[m] >= 'A' && form[m] <= 'Z' ? form[m] + 32 : form[m];
	w[n] = '\0';
	if (!strcmp(xpos, "NNS") || !strcmp(xpos, "NNPS") || !strcmp(xpos, "VBZ")) {
		if (ends(w, n, "ies") && n > 4)
			buf_add(out, w, n - 3), buf_addc(out, 'y');
		else if (ends(w, n, "sses") || ends(w, n, "xes") ||
		    ends(w, n, "ches") || ends(w, n, "shes") || ends(w, n, "zzes"))
			buf_add(out, w, n - 2);
		else if (ends(w, n, "s") && !ends(w, n, "ss") && !ends(w, n, "us") &&
		    !ends(w, n, "is"))
			buf_add(out, w, n - 1);
		else
			buf_add(out, w, n);
	} else if (!strcmp(xpos, "VBG") && ends(w, n, "ing") && n > 5) {
		strip_verb(out, w, n, 3);
	} else if ((!strcmp(xpos, "VBD") || !strcmp(xpos, "VBN")) &&
	    ends(w, n, "ed") && n > 4) {
		if (ends(w, n, "ied"))
			buf_add(out, w, n - 3), buf_addc(out, 'y');
		else if (ends(w, n, "eed"))
			buf_add(out, w, n - 1);
		else
			strip_verb(out, w, n, 2);
	} else if ((!strcmp(xpos, "JJR") || !strcmp(xpos, "RBR")) &&
	    ends(w, n, "er") && n > 4) {
		if (ends(w, n, "ier"))
			buf_add(out, w, n - 3), buf_addc(out, 'y');
		else
			buf_add(out, w, undouble(w, n - 2));
	} else if ((!strcmp(xpos, "JJS") || !strcmp(xpos, "RBS")) &&
	    ends(w, n, "est") && n > 5) {
		if (ends(w, n, "iest"))
			buf_add(out, w, n - 4), buf_addc(out, 'y');
		else
			buf_add(out, w, undouble(w, n - 3));
	} else {
		buf_add(out, w, n);
	}
}

uint64_t
lemma_key(const char *form, size_t n, const char *xpos)
{
	uint64_t h = HASH_INIT;
	size_t i;

	for (i = 0; i < n; i++)
		h = hash_byte(h, (unsigned char)(form[i] >= 'A' && form[i] <= 'Z' ?
		    form[i] + 32 : form[i]));
	h = hash_byte(h, '\t');
	return mkey(hash_add(h, xpos, strlen(xpos)));
}

void
lemmatize(struct buf *out, const struct model *m, const char *form, size_t n,
    const char *xpos)
{
	const struct mslot *s = mtable_get(&m->lemmas, lemma_key(form, n, xpos));

	if (s && (uint64_t)mslot_a(s) + mslot_b(s) <= m->lemmas.limit)
		buf_add(out, m->lemma_pool + mslot_a(s), mslot_b(s));
	else
		lemma_rule(out, form, n, xpos);
}
