#include "people.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datafile.h"
#include "hash.h"
#include "roles.h"
#include "tsv.h"
#include "utf8.h"

/* ---- word lists ---- */

static int
kind_any(const char *kind)
{
	(void)kind;
	return 1;
}

enum { MOD_STATUS = 1, MOD_RANK, MOD_PORTFOLIO };

static int
kind_of_modifier(const char *kind)
{
	if (kind == NULL)
		return 0;
	if (strcmp(kind, "status") == 0)
		return MOD_STATUS;
	if (strcmp(kind, "rank") == 0)
		return MOD_RANK;
	return strcmp(kind, "portfolio") == 0 ? MOD_PORTFOLIO : 0;
}

static int
add_canon(struct people_lex *lx, const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < lx->ncanon; i++)
		if (strlen(lx->canon.s + lx->canon_off[i]) == n &&
		    memcmp(lx->canon.s + lx->canon_off[i], name, n) == 0)
			return (int)i + 1;
	if (grow(&lx->canon_off, lx->ncanon, &lx->capcanon,
	    sizeof(*lx->canon_off)) < 0)
		return -1;
	lx->canon_off[lx->ncanon] = lx->canon.l;
	buf_add(&lx->canon, name, n);
	buf_addc(&lx->canon, '\0');
	return (int)++lx->ncanon;
}

/* countries.tsv, parties.tsv: CANONICAL<TAB>VARIANT; both name it */
struct names {
	struct people_lex *lx;
	struct wordset *ws;
};

static int
name_line(void *ctx, char *line, size_t len, const char *path,
    unsigned long lineno, char *err, size_t errsize)
{
	struct names *nm = ctx;
	char *tab = memchr(line, '\t', len);
	int idx;

	if (tab == NULL || tab == line || tab + 1 == line + len) {
		snprintf(err, errsize, "%s:%lu: expected CANONICAL<TAB>VARIANT",
		    path, lineno);
		return -1;
	}
	if ((idx = add_canon(nm->lx, line, (size_t)(tab - line))) < 0 ||
	    wordset_put(nm->ws, line, (size_t)(tab - line), idx) < 0 ||
	    wordset_put(nm->ws, tab + 1, strlen(tab + 1), idx) < 0) {
		snprintf(err, errsize, "%s:%lu: name too long or out of memory",
		    path, lineno);
		return -1;
	}
	return 0;
}

static int
load_names(struct people_lex *lx, struct wordset *ws, const char *path,
    char *err, size_t errsize)
{
	struct names nm = { lx, ws };

	return datafile_each(path, name_line, &nm, err, errsize);
}

static int
alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ascii_alpha(c) || c >= 0x80;
}

/* lx->title_ends from lx->titles: every tail of a title that starts with
 * a letter or digit at a place where a token can, lower-cased, so that
 * head_at() asks for the titles ending at a word only when one can
 * ("general" for "secretary-general"; "state" for "secretary of state";
 * not "." for "Sen.", which would be every full stop). */
static int
title_ends(struct people_lex *lx)
{
	const struct wordset *t = &lx->titles;
	char low[WORDSET_MAXKEY + 1];
	size_t i, p, n;

	for (i = 0; i < t->cap; i++) {
		if (t->key[i] == NULL)
			continue;
		n = t->klen[i];
		for (p = 0; p < n; p++)
			low[p] = (char)ascii_lower((unsigned char)t->key[i][p]);
		for (p = 0; p < n; p++)
			if ((p == 0 || !alnum((unsigned char)low[p - 1])) &&
			    alnum((unsigned char)low[p]) &&
			    wordset_put(&lx->title_ends, low + p, n - p, 1) < 0)
				return -1;
	}
	return 0;
}

int
people_lex_load(struct people_lex *lx, const char *dir, char *err,
    size_t errsize)
{
	char path[4096];

	memset(lx, 0, sizeof(*lx));
	wordset_init(&lx->titles);
	wordset_init(&lx->modifiers);
	wordset_init(&lx->honorifics);
	wordset_init(&lx->countries);
	wordset_init(&lx->parties);
	wordset_init(&lx->title_ends);
	wordset_init(&lx->state_titles);
	wordset_init(&lx->not_people);
	wordset_init(&lx->thing_nouns);
	wordset_init(&lx->title_forms);
	snprintf(path, sizeof(path), "%s/titles.txt", dir);
	if (wordset_load(&lx->titles, path, kind_any, err, errsize) < 0)
		return -1;
	if (title_ends(lx) < 0) {
		snprintf(err, errsize, "%s: out of memory", path);
		return -1;
	}
	snprintf(path, sizeof(path), "%s/title-modifiers.tsv", dir);
	if (wordset_load(&lx->modifiers, path, kind_of_modifier, err,
	    errsize) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/honorifics.txt", dir);
	if (wordset_load(&lx->honorifics, path, kind_any, err, errsize) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/state-titles.txt", dir);
	if (wordset_load(&lx->state_titles, path, kind_any, err, errsize) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/not-people.txt", dir);
	if (wordset_load(&lx->not_people, path, kind_any, err, errsize) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/thing-nouns.txt", dir);
	if (wordset_load(&lx->thing_nouns, path, kind_any, err, errsize) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/title-forms.tsv", dir);
	if (load_names(lx, &lx->title_forms, path, err, errsize) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/parties.tsv", dir);
	if (load_names(lx, &lx->parties, path, err, errsize) < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/countries.tsv", dir);
	return load_names(lx, &lx->countries, path, err, errsize);
}

void
people_lex_free(struct people_lex *lx)
{
	wordset_free(&lx->titles);
	wordset_free(&lx->title_ends);
	wordset_free(&lx->modifiers);
	wordset_free(&lx->honorifics);
	wordset_free(&lx->countries);
	wordset_free(&lx->parties);
	wordset_free(&lx->state_titles);
	wordset_free(&lx->not_people);
	wordset_free(&lx->thing_nouns);
	wordset_free(&lx->title_forms);
	buf_free(&lx->canon);
	free(lx->canon_off);
}

/* ---- words ---- */

/* Does s[i..n) start a word with the Arabic article and its hyphen
 * ("al-Assad", "el-Sisi", "Al-")? */
static int
article_hyphen(const char *s, size_t i, size_t n)
{
	return i + 3 < n && (i == 0 || s[i - 1] == ' ') &&
	    (s[i] == 'a' || s[i] == 'A' || s[i] == 'e' || s[i] == 'E') &&
	    (s[i + 1] == 'l' || s[i + 1] == 'L') && s[i + 2] == '-';
}

/* Lower-case ASCII, and the Latin letters news names carry folded to
 * ASCII: "Yılmaz", "Yilmaz" and "YILMAZ" are one name.  The Arabic
 * article's hyphen becomes a space, so that "Sisi" is an end of "Abdel
 * Fattah el-Sisi", as "Assad" of "Bashar al-Assad". */
void
people_fold(struct buf *out, const char *s, size_t n)
{
	static const char *const two[] = {
		"\xC3\xA0" "a", "\xC3\xA1" "a", "\xC3\xA2" "a", "\xC3\xA3" "a",
		"\xC3\xA4" "a", "\xC3\xA5" "a", "\xC3\xA7" "c", "\xC3\xA8" "e",
		"\xC3\xA9" "e", "\xC3\xAA" "e", "\xC3\xAB" "e", "\xC3\xAC" "i",
		"\xC3\xAD" "i", "\xC3\xAE" "i", "\xC3\xAF" "i", "\xC3\xB1" "n",
		"\xC3\xB2" "o", "\xC3\xB3" "o", "\xC3\xB4" "o", "\xC3\xB5" "o",
		"\xC3\xB6" "o", "\xC3\xB8" "o", "\xC3\xB9" "u", "\xC3\xBA" "u",
		"\xC3\xBB" "u", "\xC3\xBC" "u", "\xC4\xB1" "i", "\xC4\xB0" "i",
		"\xC4\x9F" "g", "\xC4\x9E" "g", "\xC5\x9F" "s", "\xC5\x9E" "s",
		"\xC4\x8D" "c", "\xC5\xA1" "s", "\xC5\xBE" "z",
		"\xC5\x82" "l", "\xC5\x81" "l", "\xC5\x84" "n", "\xC5\x83" "n",
		"\xC5\x9B" "s", "\xC5\x9A" "s", "\xC5\xBA" "z", "\xC5\xBC" "z",
		"\xC5\xBB" "z", "\xC4\x99" "e", "\xC4\x85" "a", "\xC4\x87" "c",
		"\xC4\x86" "c", "\xC5\x99" "r", "\xC4\x9B" "e", NULL };
	size_t i, k;
	unsigned char c, d;

	buf_add(out, "", 0);	/* a string even when nothing is added */
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (article_hyphen(s, i, n)) {
			buf_addc(out, c >= 'A' && c <= 'Z' ? c + 32 : c);
			buf_adds(out, "l ");
			i += 2;
			continue;
		}
		if (c < 0x80) {
			buf_addc(out, c >= 'A' && c <= 'Z' ? c + 32 : c);
			continue;
		}
		if (i + 1 < n) {
			d = (unsigned char)s[i + 1];
			if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97)
				d += 0x20;	/* Latin-1 capitals */
			for (k = 0; two[k]; k++)
				if ((unsigned char)two[k][0] == c &&
				    (unsigned char)two[k][1] == d) {
					buf_addc(out, two[k][2]);
					i++;
					break;
				}
			if (two[k])
				continue;
		}
		buf_addc(out, c);
	}
}

static const char *
form(const struct tsent *s, size_t i)
{
	return tsent_form(s, i);
}

static int
form_is(const struct tsent *s, size_t i, const char *w)
{
	return strcmp(form(s, i), w) == 0;
}

/* Are words i and j of s written alike? */
static int
same_form(const struct tsent *s, size_t i, size_t j)
{
	return s->w[i].len == s->w[j].len && memcmp(form(s, i), form(s, j),
	    s->w[i].len) == 0;
}

/* Past a capitalised possessor at word c of words [c, e) ("Argentina's
 * Amnesty International", "Canada's Transportation Safety Board"): where
 * what it owns starts, or c. */
static size_t
past_possessor(const struct tsent *s, size_t c, size_t e)
{
	return c + 2 < e && tsent_possessive(s, c + 1) ? c + 2 : c;
}

/* Is w, lower-cased (ASCII), the lower-case word low? */
static int
lower_in_str(const char *w, const char *low)
{
	for (; *w && *low; w++, low++)
		if (ascii_lower((unsigned char)*w) != (unsigned char)*low)
			return 0;
	return *w == '\0' && *low == '\0';
}

/* Look w up lower-cased (ASCII) in ws; titles are listed in lower case.
 * Returns the entry's value, 0 if absent. */
static int
lower_in(const struct wordset *ws, const char *w, size_t n)
{
	char low[256];
	size_t i;
	int v;

	if ((v = wordset_get(ws, w, n)) != 0)
		return v;
	if (n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)ascii_lower((unsigned char)w[i]);
	return wordset_get(ws, low, n);
}

/* Append words [a, b) as the text has them: a space only where the text
 * had whitespace between two words. */
static void
words_text(struct buf *out, const struct tsent *s, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++) {
		if (i > a && !tsent_glued(s, i - 1))
			buf_addc(out, ' ');
		buf_add(out, form(s, i), s->w[i].len);
	}
}

/* A name from words [a, b): brackets left out ("President (Donald)
 * Trump" names Donald Trump), words apart where the text has them apart. */
static void
name_text(struct buf *out, const struct tsent *s, size_t a, size_t b)
{
	size_t i;
	int gap = 0;

	for (i = a; i < b; i++) {
		if (form_is(s, i, "(") || form_is(s, i, ")")) {
			gap = 1;
			continue;
		}
		if (out->l && (gap || !tsent_glued(s, i - 1)))
			buf_addc(out, ' ');
		buf_add(out, form(s, i), s->w[i].len);
		gap = 0;
	}
}

/* Words a name may hold in lower case: "Mohammed bin Salman", "Ahmed
 * al-Sharaa", "Ursula von der Leyen". */
static int
particle(const struct tsent *s, size_t i)
{
	static const char *const p[] = { "bin", "bint", "ibn", "al", "el",
		"abu", "van", "von", "der", "den", "de", "da", "di", "du", "del",
		"della", "la", "le", "dos", "das", "y", "-", "'", ".", NULL };

	return tsent_form_in(s, i, p);
}

/* Where the capitalised words from word i end, with "of", "and" and
 * "for" between them ("Port Authority of New York and New Jersey",
 * "League for the Defence of Human Rights"). */
static size_t
proper_end(const struct tsent *s, size_t i)
{
	while (i < s->n && (tsent_capitalized(s, i) || ((form_is(s, i, "of") ||
	    form_is(s, i, "and") || form_is(s, i, "for")) && i + 1 < s->n &&
	    (tsent_capitalized(s, i + 1) || (form_is(s, i + 1, "the") &&
	    i + 2 < s->n && tsent_capitalized(s, i + 2))))))
		i += form_is(s, i + 1, "the") && !tsent_capitalized(s, i) ? 2 : 1;
	return i;
}

int
people_party_state(const struct people_lex *lx, const struct tsent *s,
    size_t i)
{
	const char *party;

	if (i + 2 >= s->n || !form_is(s, i + 1, "-") || !tsent_glued(s, i) ||
	    !tsent_glued(s, i + 1) || !tsent_capitalized(s, i + 2))
		return 0;
	if (form_is(s, i, "D"))
		party = "Democrat";
	else if (form_is(s, i, "R"))
		party = "Republican";
	else
		return 0;
	return wordset_get(&lx->parties, party, strlen(party));
}

/* "NAME, from the Federation of Small Businesses,": an organisation after
 * the name, its words in [*a, *b). */
static int
from_org(const struct tsent *s, size_t i, size_t *a, size_t *b)
{
	size_t j;

	if (i + 2 >= s->n || !form_is(s, i, ",") || !(form_is(s, i + 1, "from") ||
	    form_is(s, i + 1, "of")))
		return 0;
	j = i + 2;
	if (form_is(s, j, "the"))
		j++;
	*a = j;
	*b = j = proper_end(s, j);
	return j > *a && tsent_capitalized(s, j - 1);
}

/* Is word i a surname with a particle elided before it ("d'Estaing",
 * "dell'Utri")? */
static int
elided_particle(const struct tsent *s, size_t i)
{
	const char *f = form(s, i);
	size_t k;

	for (k = 0; k < 4 && f[k] >= 'a' && f[k] <= 'z'; k++)
		;
	return k > 0 && k < 4 && (f[k] == '\'' || strncmp(f + k,
	    "\xE2\x80\x99", 3) == 0) && (f[k + (f[k] == '\'' ? 1 : 3)] >=
	    'A' && f[k + (f[k] == '\'' ? 1 : 3)] <= 'Z');
}

/* Where a name in the words [a, b) ends: before its first lower-case word
 * that is no particle (an entity that ran on: "Chan of People Power"). */
static size_t
name_end(const struct tsent *s, size_t a, size_t b)
{
	size_t i;

	for (i = a + 1; i < b; i++) {
		unsigned char c = (unsigned char)form(s, i)[0];

		if (c >= 'a' && c <= 'z' && !particle(s, i) &&
		    !(i > a && tsent_glued(s, i - 1)) && !elided_particle(s, i))
			return i;
	}
	return b;
}

/* Is there "according to" in the five words before word e? */
static int
according_before(const struct tsent *s, size_t e)
{
	size_t k;

	for (k = e; k >= 2 && k + 5 > e; k--)
		if (form_is(s, k - 1, "to") && (form_is(s, k - 2, "according") ||
		    form_is(s, k - 2, "According")))
			return 1;
	return 0;
}

/* Is word i punctuation: no letter or digit at its start? */
static int
punct_at(const struct tsent *s, size_t i)
{
	unsigned char c = (unsigned char)form(s, i)[0];

	return c < 0x80 && !ascii_alpha(c) && !(c >= '0' && c <= '9');
}

/* Are all the bytes of word i between lo and hi ('A' to 'Z', '0' to '9')? */
static int
bytes_within(const struct tsent *s, size_t i, char lo, char hi)
{
	const char *w = form(s, i);
	size_t n = s->w[i].len, k;

	for (k = 0; k < n; k++)
		if (w[k] < lo || w[k] > hi)
			return 0;
	return 1;
}

/* Is word i two or more capital letters ("MP", "QC")? */
static int
all_caps(const struct tsent *s, size_t i)
{
	return s->w[i].len >= 2 && bytes_within(s, i, 'A', 'Z');
}

/* Are words [a, b), before a comma, the place of the wire dateline that
 * opens the sentence ("MARIJA BISTRICA, Croatia (AP) _",
 * tsent_dateline_end())?  A place, though the tagger may take it for a
 * name. */
static int
dateline_place(const struct tsent *s, size_t a, size_t b)
{
	return a == 0 && b < s->n && form_is(s, b, ",") &&
	    tsent_dateline_end(s) > b + 1;
}

/* Is word i a word of lower-case letters, and no function word ("women",
 * "schools", not "the", "that", "to")? */
static int
ascii_lower_word(const struct tsent *s, size_t i)
{
	static const char *const fn[] = { "the", "a", "an", "that", "this",
		"these", "those", "his", "her", "their", "its", "our", "to",
		"of", "for", "on", "at", "in", "by", "with", "and", "or", NULL };
	const char *w = form(s, i);
	size_t n = s->w[i].len, k;

	for (k = 0; k < n; k++)
		if (w[k] < 'a' || w[k] > 'z')
			return 0;
	return n > 0 && !tsent_form_in(s, i, fn);
}

/* Is word e a title with a prefix written on with a hyphen
 * ("co-chairman", "vice-chair", "ex-president")? */
static int
prefixed_title(const struct people_lex *lx, const struct tsent *s, size_t e)
{
	static const char *const pre[] = { "co-", "Co-", "vice-", "Vice-",
		"ex-", "Ex-", "joint-", "Joint-", NULL };
	const char *w = form(s, e);
	size_t n = s->w[e].len, k;
	const char *const *q;

	if (n < 6 || !(w[2] == '-' || w[3] == '-' || w[4] == '-' ||
	    w[5] == '-'))
		return 0;	/* most words: no prefix and hyphen */
	for (q = pre; *q; q++) {
		k = strlen(*q);
		if (n > k + 2 && strncmp(w, *q, k) == 0)
			return lower_in(&lx->titles, w + k, n - k) != 0;
	}
	return 0;
}

static int is_modifier(const struct people_lex *lx, const struct tsent *s,
    size_t i);
static int country_of(const struct people_lex *lx, const struct tsent *s,
    size_t i);

/* Are words x and e, with a space between, a title ("prime minister")? */
static int
spaced_title(const struct people_lex *lx, const struct tsent *s, size_t x,
    size_t e)
{
	char w[128];
	size_t nx = s->w[x].len, ne = s->w[e].len;

	if (nx + ne + 1 >= sizeof(w))
		return 0;
	memcpy(w, form(s, x), nx);
	w[nx] = ' ';
	memcpy(w + nx + 1, form(s, e), ne);
	return lower_in(&lx->titles, w, nx + 1 + ne) != 0;
}

/* A title head ending at word e, one to six words long ("minister",
 * "secretary of state", "editor-in-chief", which the tokenizer cuts in
 * five): its first word, or (size_t)-1. */
static size_t
head_at(const struct people_lex *lx, const struct tsent *s, size_t e)
{
	struct buf b = BUF_INIT;
	size_t k, found = (size_t)-1;

	if (prefixed_title(lx, s, e))
		return e;	/* "co-chairman", "ex-president" */
	if (!lower_in(&lx->title_ends, form(s, e), s->w[e].len))
		return found;	/* no title ends so */
	for (k = 0; k < 6 && k <= e; k++) {
		buf_reset(&b);
		words_text(&b, s, e - k, e + 1);
		if (b.l && lower_in(&lx->titles, b.s, b.l))
			found = e - k;
	}
	buf_free(&b);
	/* the end of a word made with a hyphen that is no title
	 * ("front-runner"), unless a modifier, a country or "then" starts it
	 * or the words are a title spaced ("then-prime-minister",
	 * "then-U.S.-president") */
	if (found == e && e >= 2 && form_is(s, e - 1, "-") &&
	    tsent_glued(s, e - 2) && tsent_glued(s, e - 1) &&
	    !is_modifier(lx, s, e - 2) && !spaced_title(lx, s, e - 2, e) &&
	    !country_of(lx, s, e - 2) && !form_is(s, e - 2, "then"))
		return (size_t)-1;	/* but "then-U.S.-president" */
	/* ranks that are adjectives in lower case after a determiner: "a
	 * major Warhol donor program", "the private Smith Foundation" (but
	 * "Major Tom Lewis", "a psychology major") */
	if (found == e && e > 0 && (form_is(s, e, "major") || form_is(s, e,
	    "private")) && (form_is(s, e - 1, "a") || form_is(s, e - 1, "an") ||
	    form_is(s, e - 1, "the")))
		return (size_t)-1;
	return found;
}

static int
is_modifier(const struct people_lex *lx, const struct tsent *s, size_t i)
{
	return lower_in(&lx->modifiers, form(s, i), s->w[i].len);
}

/* The kind of the modifier of one to three words that ends at word e
 * ("home affairs", "work and pensions", "deputy"), the longest, with its
 * first word in *first; 0 if none. */
static int
modifier_ending(const struct people_lex *lx, const struct tsent *s, size_t e,
    size_t *first)
{
	struct buf b = BUF_INIT;
	size_t k;
	int m = 0;

	for (k = e >= 2 ? 2 : e; m == 0 && k > 0; k--) {
		buf_reset(&b);
		words_text(&b, s, e - k, e + 1);
		if ((m = lower_in(&lx->modifiers, b.s, b.l)) != 0)
			*first = e - k;
	}
	buf_free(&b);
	if (m == 0 && (m = is_modifier(lx, s, e)) != 0)
		*first = e;
	return m;
}

static int
country_of(const struct people_lex *lx, const struct tsent *s, size_t i)
{
	return wordset_get(&lx->countries, form(s, i), s->w[i].len);
}

/* The country, or with parties set the country or party, that the one
 * to three words ending at word e name: its index + 1, or 0.  The longest
 * first ("Liberal Democrat" before "Democrat", "South Korean" before
 * "Korean"); names of several words start with a capital ("Republic of
 * Belarus", "Lib Dem"), so only such runs are looked up whole, and one
 * word without a copy. */
static int
named_ending(const struct people_lex *lx, const struct tsent *s, size_t e,
    int parties)
{
	struct buf b = BUF_INIT;
	size_t k, at = e;
	int v = 0;

	for (k = e < 2 ? e + 1 : 3; k-- > 1 && v == 0; ) {
		if (!tsent_capitalized(s, e - k))
			continue;
		buf_reset(&b);
		words_text(&b, s, e - k, e + 1);
		if (b.l && (v = wordset_get(&lx->countries, b.s, b.l)) == 0 &&
		    parties)
			v = wordset_get(&lx->parties, b.s, b.l);
		at = e - k;
	}
	buf_free(&b);
	if (v == 0) {
		at = e;
		if ((v = wordset_get(&lx->countries, form(s, e),
		    s->w[e].len)) == 0 && parties)
			v = wordset_get(&lx->parties, form(s, e), s->w[e].len);
	}
	if (v == 0 || (at > 0 && form_is(s, at - 1, "New")))
		return 0;	/* "New Jersey", "New Mexico": not the country */
	return v;
}

/* A country or party named by the one to three words ending at word e
 * ("Turkish", "Lib Dem", "Liberal Democrat"): its index + 1, or 0. */
static int
affil_before(const struct people_lex *lx, const struct tsent *s, size_t e)
{
	return named_ending(lx, s, e, 1);
}

/* The country or party words [a, b) name whole: its index + 1, or 0. */
static int
k_words(const struct people_lex *lx, const struct tsent *s, size_t a,
    size_t b)
{
	struct buf w = BUF_INIT;
	int v = 0;

	words_text(&w, s, a, b);
	if (w.l && (v = wordset_get(&lx->countries, w.s, w.l)) == 0)
		v = wordset_get(&lx->parties, w.s, w.l);
	buf_free(&w);
	return v;
}

static int
is_prep(const struct tsent *s, size_t i)
{
	return form_is(s, i, "to") || form_is(s, i, "for") ||
	    form_is(s, i, "of") || form_is(s, i, "on") || form_is(s, i, "at") ||
	    form_is(s, i, "In");	/* a title in title case: "Chair In
					 * Global Islamic Politics" */
}

/* ---- titles ---- */

struct title {
	size_t a, b;		/* its words */
	int affil;		/* country index + 1, or 0 */
	size_t oa, ob;		/* or an organisation's words, oa < ob */
	int plural;		/* its head a plural ("Presidents A and B") */
	size_t head;		/* that head, when plural */
};

/* Is word of the "of" after "member" or "members", whose complement is
 * the title ("member of the Rajya Sabha") as well as the affiliation? */
static int
member_of(const struct tsent *s, size_t of)
{
	return of > 0 && form_is(s, of, "of") && roles_member(s, of - 1);
}

/* Are words [c, e) after "of" at word of a portfolio, the title's:
 * "Minister of Education", "Minister of Foreign Affairs"? */
static int
portfolio_of(const struct people_lex *lx, const struct tsent *s, size_t of,
    size_t c, size_t e)
{
	size_t first;

	return c < e && form_is(s, of, "of") && modifier_ending(lx, s, e - 1,
	    &first) == MOD_PORTFOLIO && first == c;
}

/* The title [t->a, t->b) ends in "of" or "at" and capitalised words [c,
 * e): a country there is its affiliation and leaves the title ("Prime
 * Minister of India"), and so does another name ("chief financial officer
 * of Huawei", "President of the European Council", "professor at Deakin
 * University"). */
static void
title_of(const struct people_lex *lx, const struct tsent *s, struct title *t,
    size_t of, size_t e)
{
	size_t c = of + 1;
	int v;

	if (c < e && form_is(s, c, "the"))
		c++;
	c = past_possessor(s, c, e);	/* "of Argentina's Amnesty ..." */
	if (c >= e || !(form_is(s, of, "of") || form_is(s, of, "at")))
		return;
	if (portfolio_of(lx, s, of, c, e))
		return;
	if ((v = k_words(lx, s, c, e)) != 0)
		t->affil = v;
	else {
		t->oa = c;
		t->ob = e;
	}
	if (!member_of(s, of))
		t->b = of;
}

/* Is word i written with a full stop after letters ("Sen.", "Gov.")? */
static int
abbreviated(const struct tsent *s, size_t i)
{
	size_t n = s->w[i].len;

	return n > 1 && form(s, i)[n - 1] == '.' && ascii_alpha((unsigned
	    char)form(s, i)[n - 2]);
}

/* Does a title start at word a with the Games it was won at ("Olympic
 * 100m champion"), so that a city before it names the Games ("Sydney
 * Olympic ..."), not the person's side? */
static int
games_title(const struct tsent *s, size_t a)
{
	return form_is(s, a, "Olympic") || form_is(s, a, "Paralympic");
}

/* A distance of a race or an event that ends at word e: a number and
 * "m" or "km" written on to it ("100m", "10,000m", "4km"), which the
 * tokenizer cuts in two.  Its first word, or (size_t)-1. */
static size_t
distance(const struct tsent *s, size_t e)
{
	const char *f;
	size_t k, n;

	if (e == 0 || !(form_is(s, e, "m") || form_is(s, e, "km")) ||
	    !tsent_glued(s, e - 1))
		return (size_t)-1;
	f = form(s, e - 1);
	n = s->w[e - 1].len;
	for (k = 0; k < n && ((f[k] >= '0' && f[k] <= '9') || (k > 0 &&
	    f[k] == ',')); k++)
		;
	return k == n && n > 0 ? e - 1 : (size_t)-1;
}

/* Grow a title leftwards over modifiers, a race's distance and further
 * heads ("Deputy Foreign Minister", "Olympic 100m champion"), then read a
 * demonym or country before it, unless the title starts with the Games.
 * Before a capitalised head only capitalised modifiers count, but for the
 * status words news writes in lower case ("former President", not
 * "under President"). */
static void
title_left(const struct people_lex *lx, const struct tsent *s, size_t head,
    struct title *t)
{
	static const char *const ranks[] = { "Gen.", "Col.", "Adm.", "Lt.",
		"Maj.", "Capt.", "Brig.", "Cmdr.", "Sgt.", NULL };
	size_t h, f = 0;
	int m;

	t->a = head;
	while (t->a > 0) {
		m = modifier_ending(lx, s, t->a - 1, &f);
		if (m == 0 && (f = distance(s, t->a - 1)) != (size_t)-1)
			m = MOD_PORTFOLIO;	/* "Olympic 100m champion" */
		if (m && tsent_capitalized(s, head) && !tsent_capitalized(s, f) &&
		    m != MOD_STATUS)
			break;
		if (m)
			t->a = f;
		else if (!abbreviated(s, t->a) && !(tsent_capitalized(s,
		    t->a) && !tsent_capitalized(s, t->a - 1)) &&
		    (h = head_at(lx, s, t->a - 1)) != (size_t)-1)
			t->a = h;	/* not "candidate Sen.", "co-author
					 * Professor" */
		else if (t->a > 1 && form_is(s, t->a - 1, "and") &&
		    !tsent_capitalized(s, head) &&
		    (h = head_at(lx, s, t->a - 2)) != (size_t)-1 &&
		    !(h > 0 && is_prep(s, h - 1)))
			t->a = h;	/* "computer scientist and mathematician",
					 * not "for president and professor X" */
		else
			break;
	}
	if (games_title(s, t->a))
		return;
	if (t->a > 0 && (t->affil = affil_before(lx, s, t->a - 1)) == 0 &&
	    t->a > 1 && form_is(s, t->a - 1, "'s"))
		t->affil = affil_before(lx, s, t->a - 2);
	/* "former Chilean dictator Gen. NAME": the rank is the title, the
	 * country the one of the title before it (not "Republican
	 * candidate Gov. NAME": a party is no governor's side) */
	if (t->affil == 0 && t->a > 1 && tsent_form_in(s, t->a, ranks) &&
	    (h = head_at(lx, s, t->a - 1)) != (size_t)-1 && h < t->a) {
		struct title u = *t;

		title_left(lx, s, h, &u);
		t->affil = u.affil;
	}
}

/* Is word e the plural of a one-word title head ("Presidents",
 * "officers")? */
static int
plural_head(const struct people_lex *lx, const struct tsent *s, size_t e)
{
	const char *f = form(s, e);
	size_t n = s->w[e].len;
	char w[16];

	/* "Sens.", "Reps.": the abbreviation's plural */
	if (n > 4 && n < sizeof(w) && f[n - 1] == '.' && f[n - 2] == 's' &&
	    f[n - 3] != 's') {
		memcpy(w, f, n - 2);
		w[n - 2] = '.';
		return lower_in(&lx->titles, w, n - 1);
	}
	return n > 3 && f[n - 1] == 's' && f[n - 2] != 's' &&
	    lower_in(&lx->titles, f, n - 1);
}

/* Is word k "of", "and" or "for" inside a proper name that runs on both
 * sides of it, not after a title ("League for the Defence", but not
 * "Minister of India")? */
static int
inner_connective(const struct people_lex *lx, const struct tsent *s,
    size_t k)
{
	return k > 0 && k + 1 < s->n && (form_is(s, k, "of") ||
	    form_is(s, k, "and") || form_is(s, k, "for")) &&
	    (tsent_capitalized(s, k + 1) || (form_is(s, k + 1, "the") &&
	    k + 2 < s->n && tsent_capitalized(s, k + 2))) &&
	    (tsent_capitalized(s, k - 1) ||
	    form_is(s, k - 1, "the")) && head_at(lx, s, k - 1) == (size_t)-1;
}

/* "spokeswoman for women", "chief inspector of schools", "spokesman for
 * the committee": a title head and a preposition before one to three
 * lower-case words ending at word e, "the" first among them or not, the
 * complement of the title; the head's first word, or (size_t)-1. */
static size_t
common_complement(const struct people_lex *lx, const struct tsent *s,
    size_t e)
{
	size_t k, j;

	for (j = 1; j <= 3 && e >= j + 1; j++) {
		k = e - j;
		/* "for women", "of schools", "for the committee" */
		if (!ascii_lower_word(s, k + 1) && !(form_is(s, k + 1, "the") &&
		    k + 1 < e && is_prep(s, k)))
			return (size_t)-1;
		if (is_prep(s, k) && !form_is(s, k, "In") &&
		    !tsent_capitalized(s, k - 1))
			return head_at(lx, s, k - 1);
	}
	return (size_t)-1;
}

/* "TITLE [to|for|of the COMPLEMENT] [,] NAME": the title before word a
 * (the complement's names may be joined by hyphens: "nominee for
 * Windsor-West"). */
static int
title_before(const struct people_lex *lx, const struct tsent *s, size_t a,
    size_t b, struct title *t)
{
	size_t e, k, head;
	int comma = 0;

	if (a == 0)
		return 0;
	e = a - 1;
	/* "Member of parliament (MP) NAME": the title's abbreviation */
	if (e >= 3 && form_is(s, e, ")") && all_caps(s, e - 1) &&
	    form_is(s, e - 2, "("))
		e -= 3;
	/* "his counterpart, NAME", "President (Donald) Trump", "its
	 * chairman, Sir NAME" */
	while (e > 0 && lower_in(&lx->honorifics, form(s, e), s->w[e].len))
		e--;
	if ((form_is(s, e, ",") || form_is(s, e, "(")) && e > 0) {
		/* not "according to his agent, NAME had undergone": the
		 * source, and the name the next clause's subject */
		if (form_is(s, e, ",") && b < s->n && !punct_at(s, b) &&
		    according_before(s, e))
			return 0;
		comma = form_is(s, e, ",");
		e--;
	}
	while (e > 0 && lower_in(&lx->honorifics, form(s, e), s->w[e].len))
		e--;
	/* "at 9 AM John Smith": a time, not a title of capitals */
	if (e > 0 && all_caps(s, e) && form(s, e - 1)[0] >= '0' &&
	    form(s, e - 1)[0] <= '9')
		return 0;
	t->b = e + 1;
	t->oa = t->ob = 0;
	/* a complement: "Ambassador to Türkiye", "envoy for the Middle
	 * East", "president of the League for the Defence of Human Rights" */
	for (k = e; k > 0 && k + 10 > e && tsent_capitalized(s, e) &&
	    (tsent_capitalized(s, k) || form_is(s, k, "the") ||
	    inner_connective(lx, s, k) || (tsent_possessive(s, k) &&
	    tsent_capitalized(s, k - 1)) ||	/* "of Tanzania's" */
	    (form_is(s, k, "-") && tsent_glued(s, k - 1) && tsent_glued(s,
	    k) && tsent_capitalized(s, k - 1))) &&	/* "Windsor-West" */
	    head_at(lx, s, k) == (size_t)-1; k--)
		;
	t->plural = 0;
	if ((head = common_complement(lx, s, e)) != (size_t)-1) {
		title_left(lx, s, head, t);	/* "spokeswoman for women" */
		/* "a spokesman for the party, NAME": the party is one named
		 * before, no part of the title */
		for (k = head + 1; k < e && !form_is(s, k, "the"); k++)
			;
		if (k < e && k > head + 1 && is_prep(s, k - 1))
			t->b = k - 1;
		return 1;
	}
	if (comma && k < e && k > 0 && form_is(s, k, "in") &&
	    (head = head_at(lx, s, k - 1)) != (size_t)-1) {
		/* "The BBC's correspondent in Jakarta, NAME": where the
		 * title is held is no part of it */
		title_left(lx, s, head, t);
		t->b = k;
		return 1;
	}
	if (k < e && k > 0 && is_prep(s, k) &&
	    ((head = head_at(lx, s, k - 1)) != (size_t)-1 ||
	    plural_head(lx, s, k - 1))) {
		if (head == (size_t)-1) {	/* "members of the House" */
			head = t->head = k - 1;
			t->plural = 1;
		}
		title_left(lx, s, head, t);
		title_of(lx, s, t, k, e + 1);
		return 1;
	}
	if (e >= 2 && !comma && (form_is(s, e, "including") ||
	    form_is(s, e, "like") || (form_is(s, e, "as") &&
	    form_is(s, e - 1, "such"))) && plural_head(lx, s, e -
	    (form_is(s, e, "as") ? 2 : 1))) {
		/* "artists including A and B", "playwrights such as A" */
		e -= form_is(s, e, "as") ? 2 : 1;
		t->b = e + 1;
		head = t->head = e;
		t->plural = 1;
		title_left(lx, s, head, t);
		return 1;
	}
	if ((head = head_at(lx, s, e)) == (size_t)-1) {
		/* "officers A and B", "his counterparts, A and B", but not
		 * "with young voters, Graham said" */
		if (!plural_head(lx, s, e) || (e + 1 < a && !(b < s->n &&
		    (form_is(s, b, "and") || form_is(s, b, ",")))))
			return 0;
		head = t->head = e;	/* "officers A and B" */
		t->plural = 1;
	}
	title_left(lx, s, head, t);
	return 1;
}

/* Is word i a person's age: one to three digits? */
static int
age_word(const struct tsent *s, size_t i)
{
	return s->w[i].len >= 1 && s->w[i].len <= 3 &&
	    bytes_within(s, i, '0', '9');
}

/* Words that say when an apposition held: "NAME, then the deputy
 * director", "formerly the agency's chief of staff". */
static int
when_word(const struct tsent *s, size_t i)
{
	static const char *const w[] = { "then", "formerly", "now",
		"currently", "previously", "once", "later", "also", NULL };

	return tsent_form_in(s, i, w);
}

/* A title that goes on after word b with "and" and another title
 * ("president and chief executive officer"): where it ends, or b. */
static size_t
and_title(const struct people_lex *lx, const struct tsent *s, size_t b)
{
	size_t i, e, h;

	if (b + 1 >= s->n || !form_is(s, b, "and"))
		return b;
	for (i = b + 1; i < s->n && is_modifier(lx, s, i); i++)
		;
	for (e = i + 4; e-- > i; )
		if (e < s->n && (h = head_at(lx, s, e)) != (size_t)-1 &&
		    h <= i && h > b)
			return e + 1;
	return b;
}

/* "the General Services Administration's": capitalised words and "'s"
 * from word i, their words in [t->oa, t->ob); where the words after
 * "'s" start, or i. */
static size_t
owner_before(const struct tagger *tg, const struct tsent *s, size_t i,
    struct title *t)
{
	size_t e, k;

	for (e = i; e < s->n && e < i + 6 && tsent_capitalized(s, e); e++)
		;
	if (e == i || e + 1 >= s->n || !form_is(s, e, "'s"))
		return i;
	for (k = i; k < e && !tsent_entity_is(tg, s, k, "PER"); k++)
		;
	if (k == e) {	/* a person's ("Governor Chris Christie's") is none */
		t->oa = i;
		t->ob = e;
	}
	return e + 1;
}

/* Does a title start at word i ("general" of "general secretary")? */
static int
title_starts(const struct people_lex *lx, const struct tsent *s, size_t i)
{
	size_t k;

	for (k = i; k < s->n && k < i + 4; k++)
		if (head_at(lx, s, k) == i)
			return 1;
	return 0;
}

/* "the NUJ general secretary", "a Goldman Sachs analyst": an organisation
 * named right before the words of a title at word i, an entity's words or
 * capitals no entity holds, into [t->oa, t->ob) when there is none yet;
 * the word after it, or i. */
static size_t
org_before_title(const struct people_lex *lx, const struct tagger *tg,
    const struct tsent *s, size_t i, struct title *t)
{
	size_t e = i;

	if (i >= s->n || t->oa < t->ob)
		return i;
	if (tsent_entity_is(tg, s, i, "ORG") && tsent_entity_begins(tg, s, i))
		e = tsent_entity_end(tg, s, i);
	else if (tsent_entity(tg, s, i) == NULL && all_caps(s, i) &&
	    head_at(lx, s, i) == (size_t)-1)
		e = i + 1;
	if (e == i || e >= s->n || (!title_starts(lx, s, e) &&
	    !is_modifier(lx, s, e)))
		return i;
	t->oa = i;
	t->ob = e;
	return e;
}

static int title_at(const struct people_lex *lx, const struct tagger *tg,
    const struct tsent *s, size_t i, struct title *t);

/* "NAME, [then] [the] [ORG's] TITLE [of|for COMPLEMENT]": an apposition
 * after the name. */
static int
title_after(const struct people_lex *lx, const struct tagger *tg,
    const struct tsent *s, size_t b, struct title *t)
{
	size_t i = b;

	if (i >= s->n || !form_is(s, i, ","))
		return 0;
	i++;
	/* "Luiz Silveira, 34, a horse trainer": past the age */
	if (i + 2 < s->n && age_word(s, i) && form_is(s, i + 1, ","))
		i += 2;
	if (i < s->n && when_word(s, i))
		i++;
	if (i + 1 < s->n && form_is(s, i, "-") && tsent_glued(s, i - 1) &&
	    tsent_glued(s, i))
		i++;		/* "then-Governor" */
	return title_at(lx, tg, s, i, t);
}

/* "NAME was elected president", "is named chief executive", "was
 * appointed as the new governor", "will become the first Minister of",
 * "to continue as first minister", "NAME's confirmation as leader": the
 * title after the verb, the words after the name at word b, for a
 * sentence the parse did not read. */
static int
title_elected(const struct people_lex *lx, const struct tagger *tg,
    const struct tsent *s, size_t b, struct title *t)
{
	static const char *const as[] = { "as", NULL };
	static const char *const aux[] = { "was", "is", "has", "had", "will",
		"been", "be", "were", "'s", "to", NULL };
	static const char *const verb[] = { "elected", "re-elected", "named",
		"appointed", "reappointed", "nominated", "become", "became",
		"becomes", NULL };
	/* only with "as" after: a role held on ("to continue as first
	 * minister", "remains as coach"), or confirmed */
	static const char *const held[] = { "confirmed", "continue", "continues",
		"continued", "remain", "remains", "remained", "serve", "serves",
		"served", NULL };
	/* "Liz Truss' confirmation as party leader" */
	static const char *const act[] = { "confirmation", "election",
		"re-election", "appointment", "nomination", "reappointment", NULL };
	static const char *const apostrophe[] = { "'", "\xE2\x80\x99", NULL };
	size_t i = b;

	if (i + 2 < s->n && (tsent_possessive(s, i) || (tsent_form_in(s, i,
	    apostrophe) && tsent_glued(s, i - 1))) &&
	    tsent_form_in_ci(s, i + 1, act) && tsent_form_in_ci(s, i + 2, as))
		return title_at(lx, tg, s, i + 3, t);
	while (i < s->n && i < b + 3 && tsent_form_in(s, i, aux))
		i++;
	if (i + 1 < s->n && tsent_form_in(s, i, held) && i > b &&
	    form_is(s, i + 1, "as"))
		return title_at(lx, tg, s, i + 2, t);
	if (i >= s->n || !tsent_form_in_ci(s, i, verb) || (i == b &&
	    !tsent_capitalized(s, i)))	/* a headline's "X Elected As" */
		return 0;
	i++;
	if (i < s->n && tsent_form_in_ci(s, i, as))
		i++;
	return title_at(lx, tg, s, i, t);
}

/* "to succeed NAME as leader of the party", "replaced NAME as coach":
 * the title NAME, at words [a, b), held; into t.  1 if there is one. */
static int
title_succeeded(const struct people_lex *lx, const struct tagger *tg,
    const struct tsent *s, size_t a, size_t b, struct title *t)
{
	static const char *const succeed[] = { "succeed", "succeeds",
		"succeeded", "succeeding", "replace", "replaces", "replaced",
		"replacing", NULL };

	return a > 0 && b + 1 < s->n && tsent_form_in(s, a - 1, succeed) &&
	    form_is(s, b, "as") && title_at(lx, tg, s, b + 1, t);
}

/* Past a compound adjective of lower-case words joined by hyphens at word
 * i ("up-and-coming", "well-known", "Wharton-educated") that ends in no
 * title or modifier ("vice-president" stays): the word after it, or i. */
static size_t
past_compound(const struct people_lex *lx, const struct tsent *s, size_t i)
{
	size_t e = i;

	/* the first word may be a name: "Wharton-educated", "London-based" */
	while (e + 2 < s->n && (!tsent_capitalized(s, e) || (e == i &&
	    !tsent_capitalized(s, e + 2))) && form_is(s, e + 1, "-") &&
	    tsent_glued(s, e) && tsent_glued(s, e + 1))
		e += 2;
	if (e == i || head_at(lx, s, e) != (size_t)-1 || is_modifier(lx, s, e))
		return i;
	return e + 1;
}

/* "[the] [ORG's] TITLE [of|for COMPLEMENT]" from word i: the title of an
 * apposition or after "was elected", into t.  1 if there is one. */
static int
title_at(const struct people_lex *lx, const struct tagger *tg,
    const struct tsent *s, size_t i, struct title *t)
{
	size_t e, k, at = i;

	if (i < s->n && (form_is(s, i, "the") || form_is(s, i, "a") ||
	    form_is(s, i, "an")))
		i++;
	t->affil = 0;
	t->oa = t->ob = 0;
	i = owner_before(tg, s, i, t);
	/* "the commission's vice president", "the national team's head
	 * coach": an owner no entity names */
	for (k = i; k < s->n && k < i + 2 && ascii_lower_word(s, k); k++)
		;
	if (k > i && k + 1 < s->n && tsent_possessive(s, k) &&
	    head_at(lx, s, k - 1) == (size_t)-1)
		i = k + 1;
	i = org_before_title(lx, tg, s, i, t);
	i = past_compound(lx, s, i);	/* "an up-and-coming former ..." */
	t->a = i;
	/* "a Turkish diplomat", "a Democratic congressman", "Conservative
	 * Party leader", "a Lib Dem councillor" */
	if (i + 1 < s->n && (t->affil = k_words(lx, s, i, i + 2)) != 0)
		t->a = i += 2;
	else if (i < s->n && (t->affil = k_words(lx, s, i, i + 1)) != 0)
		t->a = ++i;
	while (i < s->n && is_modifier(lx, s, i))
		i++;
	/* "a former DUP economy minister": the party after the status */
	if (i > t->a && (k = org_before_title(lx, tg, s, i, t)) != i)
		for (i = k; i < s->n && is_modifier(lx, s, i); i++)
			;
	for (e = i; e < s->n && e < i + 4; e++)
		if (head_at(lx, s, e) != (size_t)-1 && head_at(lx, s, e) <= i)
			break;
	if (e >= s->n || e >= i + 4)
		return 0;
	/* a name that is also a title's word, alone: "Unlike Feinstein,
	 * Boxer has failed" (Barbara Boxer), not "a Senator from" */
	if (e == at && tsent_capitalized(s, e) && tsent_entity_is(tg, s, e,
	    "PER"))
		return 0;
	/* the longest head from there: "secretary of state", not
	 * "secretary" */
	for (k = e + 1; k < s->n && k < e + 4; k++)
		if (head_at(lx, s, k) != (size_t)-1 && head_at(lx, s, k) <= i)
			e = k;
	t->b = e + 1;
	/* "NAME, the Republican presidential nominee's eldest daughter":
	 * another's title */
	if (tsent_possessive(s, t->b))
		return 0;
	/* the title of the next name of a list: "Mr. P. W. Botha, Gen.
	 * Magnus Malan" */
	if (t->b < s->n && tsent_entity_is(tg, s, t->b, "PER") &&
	    tsent_entity_begins(tg, s, t->b))
		return 0;
	t->b = and_title(lx, s, t->b);
	if (t->b + 1 < s->n && is_prep(s, t->b)) {	/* "of State" */
		e = t->b + 1;
		if (form_is(s, e, "the"))
			e++;
		e = proper_end(s, e);
		if (e > t->b + 1 && tsent_capitalized(s, e - 1)) {
			k = t->b;
			t->b = e;
			title_of(lx, s, t, k, e);
		}
	}
	return 1;
}

/* ---- people ---- */

void
people_init(struct people *pp)
{
	memset(pp, 0, sizeof(*pp));
}

void
people_clear(struct people *pp)
{
	size_t i;

	for (i = 0; i < pp->n; i++) {
		buf_reset(&pp->p[i].name);
		buf_reset(&pp->p[i].title);
		buf_reset(&pp->p[i].affil);
		buf_reset(&pp->p[i].aliases);
	}
	pp->n = 0;
	pp->list = 0;
	pp->last = 0;
	pp->last_sent = 0;
	pp->lead = 0;
	pp->lead_sent = 0;
	pp->nthings = 0;
	pp->norgwords = 0;
	pp->nunnamed = 0;
	pp->home = 0;
	pp->home_seen = 0;
	pp->body = 0;
	pp->country_total = 0;
	if (pp->country_hits)
		memset(pp->country_hits, 0, pp->ncountry * sizeof(*pp->country_hits));
	wordends_reset(&pp->names);
	wordends_reset(&pp->mids);
}

void
people_free(struct people *pp)
{
	size_t i;

	for (i = 0; i < pp->inited; i++) {
		buf_free(&pp->p[i].name);
		buf_free(&pp->p[i].title);
		buf_free(&pp->p[i].affil);
		buf_free(&pp->p[i].aliases);
	}
	free(pp->p);
	free(pp->country_hits);
	wordends_free(&pp->names);
	wordends_free(&pp->mids);
	people_init(pp);
}

/* Add alias to the comma-separated list unless it is name or listed. */
void
people_add_alias(struct buf *aliases, const char *name, const char *alias)
{
	const char *q = aliases->s;
	size_t n = strlen(alias);

	if (strcmp(name, alias) == 0 || n == 0)
		return;
	while (q && *q) {		/* already there? */
		const char *comma = strchr(q, ',');
		size_t len = comma ? (size_t)(comma - q) : strlen(q);

		if (len == n && memcmp(q, alias, n) == 0)
			return;
		q = comma ? comma + 1 : q + len;
	}
	if (aliases->l)
		buf_addc(aliases, ',');
	buf_adds(aliases, alias);
}

static struct person *person_match(const struct people *pp, const char *name,
    size_t ntok);

/* A folded name less "jr.", "sr.", "iii" at its end, which a later
 * mention leaves out ("DeBartolo" is "Edward J. DeBartolo Jr."). */
static void
fold_name(struct buf *f, const char *name)
{
	static const char *const g[] = { " jr.", " jr", " sr.", " sr", " ii",
		" iii", NULL };
	size_t k, n;

	people_fold(f, name, strlen(name));
	for (k = 0; g[k]; k++) {
		n = strlen(g[k]);
		if (f->l > n + 1 && memcmp(f->s + f->l - n, g[k], n) == 0) {
			f->l -= n;
			if (f->s[f->l - 1] == ',')	/* "Vance, Jr." */
				f->l--;
			f->s[f->l] = '\0';
			return;
		}
	}
}

/* Person i's name is now name: the index learns its folded form. */
static int
index_name(struct people *pp, size_t i, const char *name)
{
	struct buf f = BUF_INIT;
	char *sp;
	int rc;

	fold_name(&f, name);
	rc = f.s ? wordends_set(&pp->names, i, f.s) : -1;
	/* and the words before its last, for a name of three or more */
	if (rc == 0 && (sp = strrchr(f.s, ' ')) != NULL && strchr(f.s, ' ') !=
	    sp)
		*sp = '\0';
	else if (rc == 0)
		f.s[0] = '\0';
	if (rc == 0)
		rc = wordends_set(&pp->mids, i, f.s);
	buf_free(&f);
	return rc;
}

/* Letters beyond ASCII in s, less the initials ("K.") it has: of two
 * forms of a name of as many words, the one with more is spelled out
 * ("Jarosław Kaczyński" over a headline's "Jaroslaw Kaczynski", "Richard
 * Kenneth Guy" over "Richard K. Guy"). */
static long
spelling(const char *s)
{
	long n = 0;
	const char *w = s;

	for (; *s; s++) {
		n += (unsigned char)*s >= 0x80;
		if (*s == '.' && s - w == 1)
			n -= 10;
		if (*s == ' ')
			w = s + 1;
	}
	return n;
}

static int
better_spelled(const char *name, const char *old)
{
	return spelling(name) > spelling(old);
}

/* Do names a and b fold to the same? */
static int
same_name(const char *a, const char *b)
{
	struct buf fa = BUF_INIT, fb = BUF_INIT;
	int same;

	people_fold(&fa, a, strlen(a));
	people_fold(&fb, b, strlen(b));
	same = fa.l == fb.l && memcmp(fa.s, fb.s, fa.l) == 0;
	buf_free(&fa);
	buf_free(&fb);
	return same;
}

/* "Smith's father, Joseph,", "his wife, Mary,": a one-word name in
 * apposition to a relation of a person named or meant before is a person
 * of its own, not one whose name it begins or ends; so is a full name
 * after its surname alone and "and". */
static int
kept_apart(const struct people_lex *lx, const struct tagger *t,
    const struct tsent *s, size_t a, size_t b)
{
	static const char *const poss[] = { "his", "her", "their", "His",
		"Her", "Their", NULL };
	size_t k;

	/* "Clinton and Hillary Rodham Clinton": the surname just named
	 * alone is another person's */
	if (b > a + 1 && a >= 2 && form_is(s, a - 1, "and") &&
	    same_form(s, a - 2, b - 1))
		return 1;
	/* "..., NAME," between commas, after a lower-case noun no title */
	if (b != a + 1 || a < 3 || b >= s->n || !form_is(s, b, ",") ||
	    !form_is(s, a - 1, ",") || tsent_capitalized(s, a - 2) ||
	    head_at(lx, s, a - 2) != (size_t)-1)
		return 0;
	for (k = 0; poss[k]; k++)
		if (form_is(s, a - 3, poss[k]))
			return 1;
	/* a person's: "Smith's father" */
	return a >= 4 && form_is(s, a - 3, "'s") && tsent_entity_is(t, s, a - 4,
	    "PER");
}

/* The person a mention is, by its folded name; created if none fits, or
 * when apart and none has that name whole. */
static struct person *
person_for(struct people *pp, const char *name, size_t ntok, int apart)
{
	struct person *p = person_match(pp, name, ntok);

	if (p && apart && !same_name(p->name.s, name))
		p = NULL;	/* another of that name */

	if (p) {
		if (ntok > p->ntok || (ntok == p->ntok && better_spelled(name,
		    p->name.s))) {	/* a fuller form */
			struct buf old = BUF_INIT;

			buf_add(&old, p->name.s, p->name.l);
			buf_reset(&p->name);
			buf_adds(&p->name, name);
			people_add_alias(&p->aliases, p->name.s, old.s);
			buf_free(&old);
			p->ntok = ntok;
			if (index_name(pp, (size_t)(p - pp->p), name) < 0)
				return NULL;
		} else {
			people_add_alias(&p->aliases, p->name.s, name);
		}
		return p;
	}
	if (grow(&pp->p, pp->n, &pp->cap, sizeof(*pp->p)) < 0)
		return NULL;
	if (pp->n == pp->inited) {	/* buffers kept from documents before */
		memset(&pp->p[pp->n], 0, sizeof(pp->p[pp->n]));
		pp->inited++;
	}
	p = &pp->p[pp->n++];
	buf_adds(&p->name, name);
	p->ntok = ntok;
	p->mentions = p->first = 0;
	p->title_words = 0;
	p->possessive = 0;
	p->known = 0;
	p->role = ROLE_STORY;
	if (index_name(pp, pp->n - 1, name) < 0)
		return NULL;
	return p;
}

/* "The researcher for Human Rights Watch, NAME": an organisation that
 * ends the title after "for" is the affiliation, not the title's ("envoy
 * for the Middle East", a place, stays). */
static void
for_org(const struct tagger *tg, const struct tsent *s, struct title *t)
{
	size_t k, c;

	if (t->oa < t->ob || t->affil)
		return;
	for (k = t->a + 1; k + 1 < t->b && !form_is(s, k, "for"); k++)
		;
	if (k + 1 >= t->b)
		return;
	c = past_possessor(s, k + 1 + form_is(s, k + 1, "the"), t->b);
	if (c < t->b && tsent_entity_is(tg, s, c, "ORG") &&
	    tsent_entity_begins(tg, s, c) && tsent_entity_end(tg, s, c) == t->b) {
		t->oa = c, t->ob = t->b;
		t->b = k;
	}
}

/* The most specific title wins: a formal one, capitalised ("President",
 * "Secretary of State"), over a role noun ("counterpart"); then the one
 * of more words ("Deputy Foreign Minister" over "Minister"). */
static size_t
specificity(const struct tsent *s, const struct title *t)
{
	size_t i, formal = 0;

	for (i = t->a; i < t->b; i++)
		formal |= tsent_capitalized(s, i);
	return (t->b - t->a) + 100 * formal;
}

static void
keep_title(const struct people_lex *lx, const struct tsent *s,
    struct person *p, const struct title *t)
{
	size_t words = specificity(s, t);

	if (words > p->title_words) {
		buf_reset(&p->title);
		if (t->plural && t->head >= t->a && t->head < t->b) {
			/* one of them: "member" of "members of the House" */
			words_text(&p->title, s, t->a, t->head + 1);
			if (p->title.l > 2 &&
			    p->title.s[p->title.l - 1] == '.') {
				/* "Sens." is "Sen." */
				p->title.s[p->title.l - 2] = '.';
				p->title.s[--p->title.l] = '\0';
			} else if (p->title.l > 1)
				p->title.s[--p->title.l] = '\0';
			if (t->head + 1 < t->b && !tsent_glued(s, t->head))
				buf_addc(&p->title, ' ');
			words_text(&p->title, s, t->head + 1, t->b);
		} else
			words_text(&p->title, s, t->a, t->b);
		p->title_words = words;
	}
	if (t->affil && p->affil.l == 0)
		buf_adds(&p->affil, lx->canon.s + lx->canon_off[t->affil - 1]);
	if (t->oa < t->ob && p->affil.l == 0)
		words_text(&p->affil, s, t->oa, t->ob);
}

/* A web address or a site's name, "Znak.com", "Caliber.Az": letters, a
 * dot, letters (two or more on each side, so not "J.R." or "Ph.D."). */
static int
site_name(const struct tsent *s, size_t i)
{
	const char *w = form(s, i), *dot = strrchr(w, '.');
	const char *p;

	if (dot == NULL || dot - w < 2 || strlen(dot + 1) < 2)
		return 0;
	for (p = dot + 1; *p; p++)
		if (!ascii_alpha((unsigned char)*p))
			return 0;
	return ascii_alpha((unsigned char)dot[-1]) &&
	    ascii_alpha((unsigned char)dot[-2]);
}

/* "T.J.", "A.", "K.": a capital and a full stop, once or more. */
static int
initials(const struct tsent *s, size_t i)
{
	const char *w = form(s, i);

	if (*w == '\0')
		return 0;
	for (; *w; w += 2)
		if (!(w[0] >= 'A' && w[0] <= 'Z') || w[1] != '.')
			return 0;
	return 1;
}

/* "Jr.", "Sr.", "III": what follows a surname, never a title */
int
people_generation(const struct tsent *s, size_t i)
{
	static const char *const g[] = { "Jr", "Jr.", "Sr", "Sr.", "II",
		"III", "IV", NULL };

	return tsent_form_in(s, i, g);
}

/* Does the name that ends at word b end with an abbreviation of two
 * letters or more ("W. Va.", "Calif."), no surname, no "Jr."? */
static int
abbreviated_end(const struct tsent *s, size_t b)
{
	size_t n;

	if (b == 0)
		return 0;
	n = s->w[b - 1].len;
	return n >= 3 && form(s, b - 1)[n - 1] == '.' &&
	    !people_generation(s, b - 1) && memchr(form(s, b - 1), '.',
	    n - 1) == NULL;
}

/* "Jordan Lee", "Israel Katz": a country's own name (not a demonym, not
 * an abbreviation) before one last word of a name is a given name. */
static int
given_country(const struct people_lex *lx, const struct tsent *s, size_t i,
    size_t b)
{
	int v = country_of(lx, s, i);

	return v && i + 2 == b && (i == 0 || !tsent_capitalized(s, i - 1) ||
	    form_is(s, i - 1, "The")) && strcmp(lx->canon.s +
	    lx->canon_off[v - 1], form(s, i)) == 0 && !tsent_glued(s, i);
}

static int only_a_name(const struct tagger *t, const struct tsent *s,
    size_t i);
static int ends_statement(const struct tsent *s);

/* Word i's Penn tag, the sentence tagged first if it is not yet (people
 * asks for entities alone most of the time); NULL when that fails. */
static const char *
word_xpos(struct tagger *t, struct tsent *s, size_t i)
{
	if (tagger_run(t, s, TAG_POS) < 0)
		return NULL;
	return t->xpos[s->w[i].pos];
}

/* "Auston Matthews", the given name left outside the entity: a surname
 * alone at word a, a surname the lists know, and before it a word in
 * capitals and small letters that no entity holds and no list knows as
 * anything but a name, which starts the sentence or follows a word that
 * is not capitalised, and after the surname a word that is not. */
static int
left_out_given_name(struct tagger *t, struct tsent *s, size_t a)
{
	size_t g = a - 1;
	const char *x;

	if (tsent_entity_end(t, s, a) != a + 1 || tsent_entity(t, s, g) ||
	    tsent_glued(s, a) || !(tagger_gaz_bits(t, form(s, a),
	    s->w[a].len) & GAZ_SURNAME) || !only_a_name(t, s, g) ||
	    (g > 0 && tsent_capitalized(s, g - 1)) || (a + 1 < s->n &&
	    tsent_capitalized(s, a + 1)) || !ends_statement(s))
		return 0;	/* nor in a headline ("Derelict Obama and ...") */
	/* a proper noun: not "After Trump", "Both Sanders", "''Did Trump",
	 * whose capital a sentence or a quotation gave */
	x = word_xpos(t, s, g);
	return x && strcmp(x, "NNP") == 0;
}

/* Initials before a name the tagger left out ("T.J." of "T.J. Brodie",
 * "A. K. M."), the first part of a hyphenated given name ("Tak-" of
 * "Tak-Sing Wong") and, in the body (not a document's first sentence, a
 * headline), a given name (left_out_given_name()): where the name at
 * word a starts, not before word lo. */
static size_t
name_left(struct tagger *t, struct tsent *s, size_t a, size_t lo,
    int body)
{

	for (;;) {
		if (a > lo && tsent_entity(t, s, a - 1))
			return a;	/* another entity's */
		if (a > lo && initials(s, a - 1))
			a--;
		else if (a > lo + 1 && a >= 2 && form_is(s, a - 1, "He") &&
		    !tsent_capitalized(s, a - 2))
			a--;	/* "and He Cihong": a family name, not "he" */
		else if (a >= lo + 3 && form_is(s, a - 2, "-") &&
		    tsent_glued(s, a - 3) && tsent_glued(s, a - 2) &&
		    tsent_capitalized(s, a - 3) && tsent_capitalized(s, a - 1) &&
		    tsent_glued(s, a - 1) == 0)
			a -= 3;
		else if (a >= lo + 2 && form_is(s, a - 1, "-") &&
		    tsent_glued(s, a - 2) && tsent_glued(s, a - 1) &&
		    tsent_capitalized(s, a - 2) && tsent_entity(t, s,
		    a - 2) == NULL)
			a -= 2;		/* "Bar" "-" "Illan", "Illan" alone a name */
		else if (body && a > lo && left_out_given_name(t, s, a))
			return a - 1;
		else
			return a;
	}
}

/* Where the name of the entity at words [a, b) starts, past honorifics,
 * titles, modifiers and demonyms; b if the entity is no person's name
 * ("Türkiye"). */
static size_t
name_start(const struct people_lex *lx, const struct tsent *s, size_t a,
    size_t b)
{
	size_t in = a, k;

	for (k = a; k < b; k++)
		if (site_name(s, k))
			return b;	/* a news site, not a person */
	while (in + 1 < b && !given_country(lx, s, in, b) &&
	    (form_is(s, in, "The") || form_is(s, in, "the") ||
	    lower_in(&lx->honorifics, form(s, in), s->w[in].len) ||
	    is_modifier(lx, s, in) || country_of(lx, s, in) ||
	    affil_before(lx, s, in) || head_at(lx, s, in) == in ||
	    plural_head(lx, s, in)))	/* "Sens. Olympia Snowe" tagged whole */
		in++;
	/* a country or a title alone ("U.S. Ambassador" tagged a person) */
	if (in + 1 == b && (country_of(lx, s, in) || (tsent_capitalized(s, in) &&
	    head_at(lx, s, in) != (size_t)-1) || lower_in(&lx->honorifics,
	    form(s, in), s->w[in].len)))
		return b;	/* "President" of "Vice President" too; "Mr" */
	for (k = in; k < b && !tsent_capitalized(s, k); k++)
		;
	if (k == b)
		return b;	/* "To be frank": no capital, no name */
	/* "Editorial Manager Chet Clem": a title head with two words after it
	 * ends a title, whatever words of its own the title begins with; not
	 * a surname before "Jr." ("Martin Luther King Jr.") nor the first
	 * part of a double-barrelled one ("Dick King-Smith") */
	for (k = b; k >= in + 3; k--)
		if (head_at(lx, s, k - 3) != (size_t)-1 &&
		    !people_generation(s, k - 2) && !form_is(s, k - 2, "-"))
			return k - 2;
	return in;
}

/* The person whose folded name ends with the folded words of name (or,
 * for one word, starts with it), or equals it, or is the end of it; the
 * first such person, NULL if none (wordends.h). */
/* Do folded words x[0..xn) and y[0..yn) name the same, or is one the
 * initial of the other ("k." and "kenneth")? */
static int
same_word(const char *x, size_t xn, const char *y, size_t yn)
{
	if (xn == yn && memcmp(x, y, xn) == 0)
		return 1;
	if (xn > yn)
		return same_word(y, yn, x, xn);
	return (xn == 1 || (xn == 2 && x[1] == '.')) && yn > 2 && x[0] == y[0];
}

/* The person whose folded name f has the first and the last word of the
 * folded mention q, which has a middle the name lacks or the other way
 * round ("robert mugabe", "robert gabriel mugabe"; "richard k. guy"):
 * the first person whose name ends with q's last word, if it fits. */
static long
first_last_match(const struct people *pp, const char *q)
{
	const char *ql = strrchr(q, ' '), *qf = strchr(q, ' ');
	const char *f, *fl, *ff;
	long i;

	if (ql == NULL || (i = wordends_first(&pp->names, ql + 1, 0)) < 0)
		return -1;
	f = pp->names.str[i].s;
	fl = strrchr(f, ' ');
	ff = strchr(f, ' ');
	if (fl == NULL || strcmp(fl, ql) != 0 || (fl == ff && ql == qf))
		return -1;
	return same_word(q, (size_t)(qf - q), f, (size_t)(ff - f)) ? i : -1;
}

/* The other way round: a person known by one name so far that is the
 * word before the last of the folded mention q ("rossello" for "ricardo
 * rossello nevares"), or -1. */
static long
second_surname(const struct people *pp, const char *q)
{
	const char *last = strrchr(q, ' '), *w;
	char word[WORDSET_MAXKEY + 1];
	long i;

	for (w = last; w > q && w[-1] != ' '; w--)
		;
	if (last == NULL || w == q || (size_t)(last - w) > WORDSET_MAXKEY)
		return -1;
	memcpy(word, w, (size_t)(last - w));
	word[last - w] = '\0';
	i = wordends_first(&pp->names, word, 0);
	return i >= 0 && strchr(pp->names.str[i].s, ' ') == NULL ? i : -1;
}

static struct person *
person_match(const struct people *pp, const char *name, size_t ntok)
{
	struct buf fa = BUF_INIT;
	long i;

	fold_name(&fa, name);
	i = fa.s ? wordends_first(&pp->names, fa.s, ntok == 1) : -1;
	if (i < 0 && fa.s && ntok > 1)
		i = first_last_match(pp, fa.s);
	/* "Rosselló" of "Ricardo Rosselló Nevares": a name's word before
	 * its last, a first surname of two */
	if (i < 0 && fa.s && ntok == 1)
		i = wordends_first(&pp->mids, fa.s, 0);
	if (i < 0 && fa.s && ntok >= 3)
		i = second_surname(pp, fa.s);
	buf_free(&fa);
	return i >= 0 ? &pp->p[i] : NULL;
}

const struct person *
people_find(const struct people *pp, const struct people_lex *lx,
    const struct tsent *s, size_t a, size_t b)
{
	struct buf name = BUF_INIT;
	const struct person *p = NULL;
	size_t in;

	b = name_end(s, a, b);
	if ((in = name_start(lx, s, a, b)) == b)
		return NULL;
	name_text(&name, s, in, b);
	if (name.l)
		p = person_match(pp, name.s, b - in);
	buf_free(&name);
	return p;
}

/* "Cream's drummer Ginger Baker", "ABS-CBN CEO Carlo Katigbak", "Seoul
 * Mayor Park Won-soon": an organisation or place that owns the title
 * before the name, or names it right before it, is its affiliation,
 * unless a country is. */
/* "Senate President NAME", "Police spokesman NAME": capitalised words
 * the tagger left unlabelled before the title at word end, the last of
 * them a word that ends organisation names (org-heads.txt, in the model):
 * the organisation, into t. */
static void
org_unlabelled(const struct tagger *tg, const struct tsent *s, size_t end,
    struct title *t)
{
	size_t e = end - 1;

	if (!tsent_capitalized(s, e) || !(tagger_gaz_bits(tg, form(s, e),
	    s->w[e].len) & GAZ_ORGHEAD))
		return;
	/* back over capitalised words, hyphens and dashes glued between
	 * them ("African Export–Import Bank") and a possessive glued to one
	 * ("Worker's Party") */
	while (e > 0 && tsent_entity(tg, s, e - 1) == NULL &&
	    (tsent_capitalized(s, e - 1) || (e > 1 && tsent_glued(s, e - 2) &&
	    tsent_capitalized(s, e - 2) && (tsent_possessive(s, e - 1) ||
	    (tsent_glued(s, e - 1) && !ascii_alpha((unsigned char)form(s,
	    e - 1)[0]))))))
		e--;
	if (e > 0 && tsent_entity(tg, s, e - 1))
		e = tsent_entity_start(tg, s, e - 1);	/* "Breitbart" "News
							 * Daily" */
	if (form_is(s, e, "The"))
		e++;
	if (e < end - 1 || e == 0 || !tsent_capitalized(s, e - 1)) {
		t->oa = e;
		t->ob = end;
	}
}

static void
org_owner(const struct tagger *tg, const struct tsent *s, struct title *t)
{
	const char *type;
	size_t e;

	size_t end = t->a;

	if (end >= 2 && form_is(s, end - 1, "'s"))
		end--;
	if (t->affil || t->oa < t->ob || end < 1 || games_title(s, t->a))
		return;
	if ((type = tsent_entity(tg, s, end - 1)) == NULL) {
		org_unlabelled(tg, s, end, t);
		return;
	}
	if (strcmp(type, "ORG") != 0 && strcmp(type, "LOC") != 0)
		return;
	for (e = end - 1; e > 0 && tsent_entity(tg, s, e - 1) &&
	    !tsent_entity_begins(tg, s, e); e--)
		;
	if (tsent_entity_end(tg, s, e) != end)
		return;		/* the title is in it: "House of Representatives" */
	/* "ABS-CBN" tagged at "CBN" */
	while (e >= 2 && form_is(s, e - 1, "-") && tsent_glued(s, e - 2) &&
	    tsent_glued(s, e - 1) && tsent_capitalized(s, e - 2))
		e -= 2;
	t->oa = e;
	t->ob = end;
}

/* "Muhammadu Buhari of Nigeria", "Mike Ryan of the World Health
 * Organization": an organisation or place entity after "of" or "from"
 * right after the name, its words in [*a, *b). */
/* "Mike Powell of Dresdner Kleinwort Wasserstein": a person entity that
 * starts at word i right after a person's name and "of" (or "of the"),
 * which names the person's firm, not another person. */
static int
person_of_person(const struct tagger *tg, const struct tsent *s, size_t i)
{
	size_t of = i - 1, e;

	if (i >= 1 && form_is(s, i - 1, "the"))
		of--;
	if (!(i >= 3 && of >= 1 && of < i && form_is(s, of, "of") &&
	    tsent_entity_is(tg, s, i, "PER") &&
	    tsent_entity_begins(tg, s, i) && tsent_entity_is(tg, s, of - 1,
	    "PER")))
		return 0;
	/* not a name that runs on ("the Bill and Melinda Gates
	 * Foundation"), nor a town before its state ("of Allen, Texas") */
	e = tsent_entity_end(tg, s, i);
	return !(e < s->n && (form_is(s, e, "and") || form_is(s, e, "&") ||
	    (form_is(s, e, ",") && e + 1 < s->n && tsent_entity_is(tg, s,
	    e + 1, "LOC"))));
}

static int
of_entity(const struct tagger *tg, const struct tsent *s, size_t b,
    size_t *a, size_t *e)
{
	const char *type;
	size_t i = b + 1;

	if (b + 1 >= s->n || !(form_is(s, b, "of") || form_is(s, b, "from")))
		return 0;
	if (form_is(s, i, "the") && i + 1 < s->n)
		i++;
	type = tsent_entity(tg, s, i);
	/* "of the human rights group Amnesty International": what the
	 * organisation is, then its name */
	if (type == NULL && form_is(s, i - 1, "the")) {
		size_t k = i;

		while (k < s->n && k < i + 4 && ascii_lower_word(s, k))
			k++;
		if (k > i && k < s->n && tsent_entity_is(tg, s, k, "ORG") &&
		    tsent_entity_begins(tg, s, k)) {
			i = k;
			type = tsent_entity(tg, s, i);
		}
	}
	if (type == NULL || !tsent_entity_begins(tg, s, i) ||
	    !(strcmp(type, "ORG") == 0 || strcmp(type, "LOC") == 0 ||
	    person_of_person(tg, s, i)))
		return 0;
	*a = i;
	*e = tsent_entity_end(tg, s, i);
	return 1;
}

/* Person p, named in sentence sent up to word end, heads a list of
 * names that share its title, and its affiliation too when affil. */
static void
start_list(struct people *pp, const struct person *p, unsigned long sent,
    size_t end, int affil)
{
	pp->list = (size_t)(p - pp->p) + 1;
	pp->list_sent = sent;
	pp->list_end = end;
	pp->list_affil = affil;
}

/* Is the name at word a of sentence sent the next of a list after a
 * plural title: "Presidents A of X and B", "officers A and B", with only
 * "of" or "from", capitalised words and a party and state in brackets
 * between the names and "and" or a comma before this one? */
static int
in_list(const struct people *pp, const struct people_lex *lx,
    const struct tsent *s, size_t a, unsigned long sent)
{
	size_t k;

	while (a > 0 && lower_in(&lx->honorifics, form(s, a - 1),
	    s->w[a - 1].len))
		a--;		/* "actors A and Sir Roger Moore" */
	if (pp->list == 0 || pp->list_sent != sent || a < pp->list_end + 1 ||
	    a > pp->list_end + 10 || !(form_is(s, a - 1, "and") ||
	    form_is(s, a - 1, ",")))
		return 0;
	for (k = pp->list_end; k + 1 < a; k++)
		if (!tsent_capitalized(s, k) && !form_is(s, k, "of") &&
		    !form_is(s, k, "from") && !form_is(s, k, "the") &&
		    !form_is(s, k, ",") && !form_is(s, k, "(") &&
		    !form_is(s, k, ")") && !form_is(s, k, "-") &&
		    !form_is(s, k, "."))
			return 0;	/* but "Sens. A (D-Mont.) and B" */
	return 1;
}

/* ---- bylines, credits and contacts ---- */

/* "By Vafa Guliyeva" alone: the author. */
static int
byline(const struct tsent *s)
{
	size_t i;

	if (s->n < 3 || s->n > 6 || !form_is(s, 0, "By"))
		return 0;
	for (i = 1; i < s->n; i++)
		if (!tsent_capitalized(s, i) && !form_is(s, i, "-"))
			return 0;
	return 1;
}

/* Word i sets a byline's parts apart ("Jane Roe · CBC News · Posted:
 * ...", "Jane Roe | Reuters"). */
static int
byline_separator(const struct tsent *s, size_t i)
{
	static const char *const sep[] = { "\xC2\xB7", "|", "\xE2\x80\xA2",
		"\xE2\x80\x94", "\xE2\x80\x93", "-", "--", "/", NULL };

	return tsent_form_in(s, i, sep);
}

/* After a byline's names and a separator, its outlet and date: words
 * from i on, none of them a word in lower case. */
static int
rest_of_byline(const struct tsent *s, size_t i)
{
	for (; i < s->n; i++)
		if (form(s, i)[0] >= 'a' && form(s, i)[0] <= 'z')
			return 0;
	return 1;
}

/* A line of nothing but people's names, before the story's first
 * statement ("Ontario to cap wait times" / "Allison Jones" / "The
 * Canadian Press" / "TORONTO -- ..."): the authors, as a byline without
 * "By" gives them. */
static int
names_only_line(struct tagger *t, const struct tsent *s)
{
	const char *type;
	size_t i = 0;

	if (s->n < 2 || s->n > 24)
		return 0;
	while (i < s->n) {
		type = tsent_entity(t, s, i);
		if (type == NULL || strcmp(type, "PER") != 0)
			return 0;
		i = tsent_entity_end(t, s, i);
		if (i < s->n && byline_separator(s, i))
			return rest_of_byline(s, i + 1);
		if (i < s->n && !form_is(s, i, "and") && !form_is(s, i, ","))
			return 0;
		if (i < s->n && ++i == s->n)
			return 0;
	}
	return s->n <= 9;
}

/* Does sentence s end as a statement does: a full stop, a question or
 * exclamation mark, maybe in a closing quotation mark? */
static int
ends_statement(const struct tsent *s)
{
	size_t e = s->n;

	while (e > 0 && (form_is(s, e - 1, "\"") || form_is(s, e - 1, "”") ||
	    form_is(s, e - 1, "''") || form_is(s, e - 1, "'") ||
	    form_is(s, e - 1, "’")))
		e--;
	return e > 0 && (form_is(s, e - 1, ".") || form_is(s, e - 1, "!") ||
	    form_is(s, e - 1, "?"));
}

/* A byline with more in it: "By Jane Roe and John Doe, Reuters", "By
 * Jane Roe | Staff Reporter": "By" and a short line of capitalised words,
 * "and", "in", "for", "with" and punctuation. */
static int
byline_line(const struct tsent *s)
{
	static const char *const joins[] = { "and", "in", "for", "with", "of",
		"the", NULL };
	size_t i, k;

	if (s->n < 3 || s->n > 16 || !(form_is(s, 0, "By") ||
	    form_is(s, 0, "BY")))
		return 0;
	for (i = 1; i < s->n; i++) {
		unsigned char c = (unsigned char)form(s, i)[0];

		if (tsent_capitalized(s, i) || !((c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9')))
			continue;
		for (k = 0; joins[k] && !form_is(s, i, joins[k]); k++)
			;
		if (joins[k] == NULL)
			return 0;
	}
	return 1;
}

/* Word i is a credit's label: "Photo", "Photograph", "Image", "Credit",
 * "Picture", in any case, with an "s" or not. */
static int
credit_word(const struct tsent *s, size_t i)
{
	static const char *const w[] = { "photo", "photos", "photograph",
		"photographs", "image", "images", "credit", "picture",
		"pictures", "photographer", NULL };

	return tsent_form_in_ci(s, i, w);
}

/* Is sentence s a reporting credit, as wires and papers end a story:
 * "(Reporting by A; Additional reporting by B; Editing by C)", "A and B
 * contributed reporting.", "A contributed to this report."? */
static int
credit_sentence(const struct tsent *s)
{
	static const char *const label[] = { "reporting", "editing",
		"writing", "compiled", NULL };
	static const char *const work[] = { "reporting", "report", "story",
		"article", NULL };
	size_t i = 0;

	if (i < s->n && form_is(s, i, "("))
		i++;
	if (i < s->n && lower_in_str(form(s, i), "additional"))
		i++;
	if (i + 1 < s->n && tsent_form_in_ci(s, i, label) && (form_is(s, i + 1,
	    "by") || form_is(s, i + 1, "By")))
		return 1;
	/* "With files from CTV News Toronto's Colin D'Mello", "-- With
	 * files from The Canadian Press" */
	for (i = 0; i < s->n && i < 3 && !tsent_capitalized(s, i); i++)
		;
	if (i + 2 < s->n && lower_in_str(form(s, i), "with") &&
	    form_is(s, i + 1, "files") && form_is(s, i + 2, "from"))
		return 1;
	for (i = 0; i + 1 < s->n; i++)
		if (form_is(s, i, "contributed") && (tsent_form_in_ci(s, i + 1,
		    work) || (form_is(s, i + 1, "to") && i + 3 < s->n &&
		    tsent_form_in_ci(s, i + 3, work))))
			return 1;
	return 0;
}

/* What the name at words [a, b) is to the story, by the words around it:
 * an author of a reporting credit (credit_sentence()), a photo credit
 * ("(Jane Roe/Reuters)", "Photo: Jane Roe", "Photo by Jane Roe"), a
 * contact ("Contact Jane Roe at", "reach Jane Roe at", "Follow Jane Roe
 * on Twitter"), or one of the story (ROLE_STORY). */
static enum people_role
name_role(const struct tsent *s, size_t a, size_t b)
{
	static const char *const social[] = { "Twitter", "X", "Instagram",
		"Facebook", "TikTok", "Threads", "Bluesky", "LinkedIn",
		"YouTube", "Mastodon", NULL };

	if (credit_sentence(s))
		return ROLE_BYLINE;
	/* "Follow Jane Roe on Twitter", not "fans follow Greta Thunberg on
	 * her travels" */
	if (a >= 1 && b + 1 < s->n && form_is(s, b, "on") &&
	    lower_in_str(form(s, a - 1), "follow") &&
	    tsent_form_in(s, b + 1, social))
		return ROLE_CONTACT;
	if (b + 1 < s->n && form_is(s, b, "/") && tsent_capitalized(s, b + 1) &&
	    a > 0 && (form_is(s, a - 1, "(") || form_is(s, a - 1, "[")))
		return ROLE_CREDIT;
	if (a >= 2 && (form_is(s, a - 1, ":") || form_is(s, a - 1, "by") ||
	    form_is(s, a - 1, "By")) && credit_word(s, a - 2))
		return ROLE_CREDIT;
	if (a >= 1 && b < s->n && (form_is(s, b, "at") ||
	    form_is(s, b, "on")) && (lower_in_str(form(s, a - 1), "contact") ||
	    lower_in_str(form(s, a - 1), "reach") ||
	    lower_in_str(form(s, a - 1), "email")))
		return ROLE_CONTACT;
	return ROLE_STORY;
}

/* ---- titles from the parse ---- */

/* Does the name [a, b) have what a parse can read a title from next to
 * it: a comma, or a copula ("is", "was"), and a word that can end a
 * title soon after ("Jane Roe, a politics professor"), a title and a
 * comma before it ("the company's chief executive, John Doe"), or
 * "respectively" in the sentence?  Only such sentences are parsed. */
static int
wants_parse(const struct people_lex *lx, const struct tsent *s, size_t a,
    size_t b)
{
	static const char *const cop[] = { "is", "was", "has", "had",
		"becomes", "became", "remains", "remained", "will", "were",
		NULL };
	size_t i;

	if (s->n > PEOPLE_PARSE_MAX)
		return 0;
	for (i = 0; i < s->n; i++)
		if (form_is(s, i, "respectively"))
			return 1;
	if (a >= 2 && form_is(s, a - 1, ",") && lower_in(&lx->title_ends,
	    form(s, a - 2), s->w[a - 2].len))
		return 1;
	if (b >= s->n)
		return 0;
	if (!form_is(s, b, ",") && !tsent_form_in(s, b, cop))
		return 0;
	if (b + 3 < s->n && age_word(s, b + 1) && form_is(s, b + 2, ","))
		b += 2;		/* "NAME, 34, a horse trainer" */
	for (i = b + 1; i < s->n && i < b + 5; i++)
		if (lower_in(&lx->title_ends, form(s, i), s->w[i].len))
			return 1;
	return 0;
}

/* "NAME resigned as the governor of ...", "was sworn in as Puerto Rico's
 * new governor": "as" and a word that can end a title soon after it, in
 * the words after the name. */
static int
as_title(const struct people_lex *lx, const struct tsent *s, size_t b)
{
	size_t i, k;

	for (i = b; i < s->n && i < b + 10; i++) {
		if (form_is(s, i, ",") || form_is(s, i, ";"))
			return 0;
		if (!form_is(s, i, "as"))
			continue;
		for (k = i + 1; k < s->n && k < i + 6; k++)
			if (lower_in(&lx->title_ends, form(s, k), s->w[k].len))
				return 1;
	}
	return 0;
}

/* A country or party the title's first one to three words name ("South
 * Korean", "British"): t->affil, and the title starts after them. */
static void
country_first(const struct people_lex *lx, const struct tsent *s,
    struct title *t)
{
	size_t k;
	int v;

	for (k = 3; k > 0; k--)
		if (t->a + k < t->b && (v = k_words(lx, s, t->a, t->a + k))) {
			t->affil = v;
			t->a += k;
			return;
		}
}

/* The affiliation in words [a, b): a country by its canonical name,
 * anything else as the text has it, without "the". */
static void
set_affil(const struct people_lex *lx, const struct tsent *s,
    struct person *p, size_t a, size_t b)
{
	if (a < b && form_is(s, a, "the"))
		a++;
	if (a >= b || p->affil.l)
		return;
	if (k_words(lx, s, a, b))
		buf_adds(&p->affil, lx->canon.s +
		    lx->canon_off[k_words(lx, s, a, b) - 1]);
	else
		words_text(&p->affil, s, a, b);
}

/* Are words [a, b), after a title's preposition, a determiner and common
 * nouns, none a portfolio: a relation rather than part of the title
 * ("lawyer for the victim"), not a field ("secretary of the economy",
 * "envoy for the Middle East")? */
static int
common_relation(const struct people_lex *lx, const struct tsent *s,
    size_t a, size_t b)
{
	static const char *const det[] = { "the", "a", "an", "his", "her",
		"their", "its", "our", "my", "your", NULL };
	size_t i;

	if (!tsent_form_in(s, a, det))
		return 0;
	for (i = a + 1; i < b; i++)
		if (tsent_capitalized(s, i) || is_modifier(lx, s, i) ==
		    MOD_PORTFOLIO)
			return 0;
	return 1;
}

/* Is word i "the", "a" or "an"? */
static int
article(const struct tsent *s, size_t i)
{
	return form_is(s, i, "the") || form_is(s, i, "a") || form_is(s, i,
	    "an");
}

/* "chairman of the Commons public accounts committee", "president of
 * the students' union": the title's head noun, then "of" or "at" and a
 * body named in lower case, up to five words ending in a word that ends
 * organisations' names (org-heads.txt, which the model holds), up to word
 * e.  Not "member of the committee", whose title keeps it. */
static int
org_complement(const struct tagger *t, const struct tsent *s, size_t noun,
    size_t e)
{
	size_t k = noun + 2;

	if (e <= k || !(form_is(s, noun + 1, "of") || form_is(s, noun + 1,
	    "at")) || roles_member(s, noun))
		return 0;
	k += article(s, k);
	return k < e && e - k <= 5 && (tagger_gaz_bits(t, form(s, e - 1),
	    s->w[e - 1].len) & GAZ_ORGHEAD) && !tsent_capitalized(s, e - 1);
}

/* The title and affiliation the parse gives the name [a, b) of p (roles.h),
 * the sentence parsed first if it needs it: 1 if it gave a title, 0 if
 * not, -1 when memory runs out. */
static int
parse_role(struct people *pp, const struct people_lex *lx, struct tagger *t,
    struct tsent *s, size_t a, size_t b, struct person *p)
{
	struct role r;
	struct title tt = { 0, 0, 0, 0, 0, 0, 0 };
	size_t k;

	/* the parse is the costly part: not for a person with a formal
	 * title and an affiliation already */
	if (!pp->parse || t->parser == NULL || (p->title_words >= 100 &&
	    p->affil.l) || (!wants_parse(lx, s, a, b) &&
	    !(s->n <= PEOPLE_PARSE_MAX && as_title(lx, s, b))))
		return 0;
	if (!(s->done & TAG_PARSE) && tagger_run(t, s, TAG_PARSE) < 0)
		return -1;
	if (!roles_of(t, s, a, b, &r) || head_at(lx, s, r.noun) ==
	    (size_t)-1)
		return 0;
	tt.a = r.ta;
	tt.b = r.tb == r.noun + 1 ? and_title(lx, s, r.tb) : r.tb;
	if (tt.b > r.noun + 2 && common_relation(lx, s, r.noun + 2, tt.b))
		tt.b = r.noun + 1;	/* "lawyer for the victim" */
	/* "Minister of Indigenous Services": a portfolio the parse took
	 * for the organisation is the title's */
	if (r.aa < r.ab && r.noun + 1 < r.aa && portfolio_of(lx, s, r.noun + 1,
	    r.aa, r.ab) && r.aa == r.noun + 2) {
		tt.b = r.ab;
		r.aa = r.ab = 0;
	}
	/* "director general of the British Chambers of Commerce": a
	 * name of two words or more, or an acronym, after "of" or "at" is
	 * the affiliation, unless the title list has it ("secretary of
	 * state"; "Speaker of the House" stays whole) */
	if (tt.b > r.noun + 2 && r.aa == r.ab && (form_is(s, r.noun + 1,
	    "of") || form_is(s, r.noun + 1, "at")) && head_at(lx, s,
	    tt.b - 1) > r.noun && (k = r.noun + 2 + form_is(s, r.noun + 2,
	    "the")) < tt.b && proper_end(s, k) == tt.b &&
	    tsent_capitalized(s, tt.b - 1) && (tt.b > k + 1 ||
	    (all_caps(s, k) && s->w[k].len >= 3)) &&
	    !portfolio_of(lx, s, r.noun + 1, k, tt.b)) {
		r.aa = k;
		r.ab = tt.b;
		tt.b = r.noun + 1;
	} else if (r.aa == r.ab && org_complement(t, s, r.noun, tt.b)) {
		r.aa = r.noun + 2 + article(s, r.noun + 2);
		r.ab = tt.b;
		tt.b = r.noun + 1;
	}
	country_first(lx, s, &tt);
	if (r.aa < r.ab)	/* the organisation of a job first */
		set_affil(lx, s, p, r.aa, r.ab);
	keep_title(lx, s, p, &tt);
	return 1;
}

/* One mention, words [a, b): titles and honorifics inside the entity are
 * moved out of the name ("Saudi Crown Prince Mohammed bin Salman"). */
static const char *const role_title[] = { NULL, "author", "photographer",
	"contact" };

/* A person of role r named at words [a, b): the title of the role, and for
 * a credit the agency after "/" ("(Jane Roe/Reuters)"). */
static void
role_mention(const struct tsent *s, struct person *p, size_t b,
    enum people_role r)
{
	size_t e;

	if (p->title_words == 0) {
		buf_adds(&p->title, role_title[r]);
		p->title_words = 1;
	}
	if (r != ROLE_CREDIT || p->affil.l || b + 1 >= s->n ||
	    !form_is(s, b, "/"))
		return;
	for (e = b + 1; e < s->n && e < b + 6 && tsent_capitalized(s, e); e++)
		;
	words_text(&p->affil, s, b + 1, e);
}

/* Does a title that starts at word a, a comma before the name at word
 * in, start in another person's name ("Winston Duke, Mark Ruffalo":
 * "Duke" is no title of Ruffalo's)? */
static int
in_person(const struct people_lex *lx, const struct tagger *tg,
    const struct tsent *s, size_t a, size_t in)
{
	size_t e;

	if (in == 0 || !form_is(s, in - 1, ",") || !tsent_entity_is(tg, s, a,
	    "PER") || tsent_entity_begins(tg, s, a) ||
	    (e = tsent_entity_end(tg, s, a)) > in)
		return 0;
	/* a name, not a title the tagger took for one ("The Vice
	 * President, Mike Pence") */
	return name_start(lx, s, tsent_entity_start(tg, s, a), e) < e;
}

/* Is word k a country, or a name of a person the document named before
 * ("Harris" of "Kamala Harris")? */
static int
known_part(const struct people *pp, const struct people_lex *lx,
    const struct tsent *s, size_t k)
{
	char w[128];
	size_t n = s->w[k].len;

	if (country_of(lx, s, k))
		return 1;
	if (n >= sizeof(w))
		return 0;
	memcpy(w, form(s, k), n);
	w[n] = '\0';
	return person_match(pp, w, 1) != NULL;
}

/* Is x the Penn tag of a participle or a past tense? */
static int
participle_tag(const char *x)
{
	return strcmp(x, "VBG") == 0 || strcmp(x, "VBN") == 0 ||
	    strcmp(x, "VBD") == 0;
}

/* Is the name [a, b) a compound of a name and a hyphen, not a person:
 * "Trump-loving", "Trump-critic", or two names the document gives people
 * or countries ("Biden-Harris", "Trump-Ukraine")?  A double-barrelled
 * name ("Gallego-Lazo", "Holtz-Eakin") is a person's. */
static int
name_compound(const struct people *pp, const struct people_lex *lx,
    struct tagger *t, struct tsent *s, size_t a, size_t b)
{
	/* a name inside a phrase made one word: "paint-Trump-as-a-plutocrat",
	 * "pro-Trump" (but "al-Assad": the particles) */
	if (a >= 2 && form_is(s, a - 1, "-") && tsent_glued(s, a - 2) &&
	    tsent_glued(s, a - 1) && !tsent_capitalized(s, a - 2) &&
	    !particle(s, a - 2))
		return 1;
	if (b != a + 3 || !form_is(s, a + 1, "-") || !tsent_glued(s, a) ||
	    !tsent_glued(s, a + 1) || particle(s, a) || form_is(s, a, "Al") ||
	    form_is(s, a, "El"))
		return 0;	/* "al-Assad", "Al-Quaety" */
	if (!tsent_capitalized(s, a + 2))
		return 1;
	if (known_part(pp, lx, s, a) && known_part(pp, lx, s, a + 2))
		return 1;
	/* a headline's participle: "Clinton-Supporting", "Trump-Backed" */
	if (known_part(pp, lx, s, a + 2) || tagger_run(t, s, TAG_POS) < 0)
		return 0;
	return participle_tag(t->xpos[s->w[a + 2].pos]);
}

/* What the mention [a, b) of p says of the name: a possessive after it
 * ("Sotheby's"), a name the lists know or an honorific before it. */
static void
note_form(const struct people_lex *lx, const struct tagger *t,
    const struct tsent *s, size_t a, size_t b, struct person *p)
{
	if (tsent_possessive(s, b))
		p->possessive++;
	if (b > a + 1 || (tagger_gaz_bits(t, form(s, a), s->w[a].len) &
	    (GAZ_FIRST | GAZ_SURNAME)) || (a > 0 && lower_in(&lx->honorifics,
	    form(s, a - 1), s->w[a - 1].len)))
		p->known = 1;
}

static int
mention(struct people *pp, const struct people_lex *lx, struct tagger *tg,
    struct tsent *s, size_t a, size_t b, unsigned long sent,
    enum people_role role)
{
	struct buf name = BUF_INIT;
	struct title t = { 0, 0, 0, 0, 0, 0, 0 };
	struct person *p;
	size_t in = a, end = name_end(s, a, b), org = 0, orgend = 0, ntok;
	size_t post = 0;
	static const char *const counts[] = { "two", "three", "four", "five",
		"both", NULL };
	int parsed, titled, listed = 0, v;

	/* "Raymond Chan of People Power": the name stops at a lower-case word
	 * other than a particle; "of"/"from" an organisation is the
	 * affiliation */
	if (end < b && end + 1 < b && (form_is(s, end, "of") ||
	    form_is(s, end, "from"))) {
		org = end + 1;
		if (org < b && form_is(s, org, "the"))
			org++;
		orgend = b;
	}
	b = end;
	if ((in = name_start(lx, s, a, b)) == b || (b == in + 1 &&
	    (people_generation(s, in) || initials(s, in))) ||
	    name_compound(pp, lx, tg, s, in, b))
		return 0;	/* "Jr." of "Joe Smith, Jr.", "P." alone */
	/* "Margaret Moran MP": a title in capitals after the name */
	if (b >= in + 3 && all_caps(s, b - 1) && head_at(lx, s, b - 1) ==
	    b - 1)
		post = --b;
	else if (b < s->n && b > in + 1 && all_caps(s, b) && head_at(lx, s,
	    b) == b && !(b + 1 < s->n && tsent_capitalized(s, b + 1)))
		post = b;
	name_text(&name, s, in, b);
	ntok = b - in;
	if (pp->borrow) {	/* "Tomasz" of "Tomasz and Marek Sekielski" */
		buf_addc(&name, ' ');
		buf_add(&name, form(s, pp->borrow - 1), s->w[pp->borrow - 1].len);
		ntok = 2;
	}
	/* "Lib Dem", "Tory", "Republicans": a party the tagger took for a
	 * person; "God" */
	if (name.l == 0 || wordset_get(&lx->parties, name.s, name.l) ||
	    wordset_get(&lx->countries, name.s, name.l) ||
	    lower_in(&lx->not_people, name.s, name.l)) {
		buf_free(&name);
		return 0;
	}
	/* "Ginger Baker, born Peter Edward Baker": another name of the
	 * person named just before */
	if (in > 0 && (form_is(s, in - 1, "born") || form_is(s, in - 1,
	    "née")) && pp->last && pp->last_sent == sent &&
	    person_match(pp, name.s, ntok) == NULL) {
		p = &pp->p[pp->last - 1];
		people_add_alias(&p->aliases, p->name.s, name.s);
		p->mentions++;
		buf_free(&name);
		return 0;
	}
	p = person_for(pp, name.s, ntok, kept_apart(lx, tg, s, in, b));
	buf_free(&name);
	if (p == NULL)
		return -1;
	pp->last = (size_t)(p - pp->p) + 1;
	pp->last_sent = sent;
	if (role == ROLE_STORY && (pp->lead == 0 || pp->lead_sent != sent)) {
		pp->lead = pp->last;
		pp->lead_sent = sent;
	}
	if (p->mentions++ == 0)
		p->first = sent;
	note_form(lx, tg, s, in, b, p);
	if (org && org < orgend && p->affil.l == 0)
		words_text(&p->affil, s, org, orgend);
	if (p->affil.l == 0 && from_org(s, b, &org, &orgend))
		words_text(&p->affil, s, org, orgend);
	if (p->affil.l == 0 && b + 1 < s->n && (form_is(s, b, "(") ||
	    form_is(s, b, ",")) && (v = people_party_state(lx, s, b + 1)) != 0)
		buf_adds(&p->affil, lx->canon.s + lx->canon_off[v - 1]);
	if (role == ROLE_STORY)
		role = name_role(s, in, b);
	if (role == ROLE_STORY && p->role != ROLE_STORY) {
		/* a byline's person in the story: its role's title goes */
		buf_reset(&p->title);
		buf_reset(&p->affil);
		p->title_words = 0;
	}
	if (p->mentions == 1 || role == ROLE_STORY)
		p->role = role;
	if (role != ROLE_STORY) {
		if (p->role == role)
			role_mention(s, p, b, role);
		return 0;
	}
	/* the words before the name, inside the entity or not; after it,
	 * what the parse says, else the words */
	if ((titled = title_before(lx, s, in, b, &t) &&
	    !in_person(lx, tg, s, t.a, in))) {
		org_owner(tg, s, &t);
		for_org(tg, s, &t);
		keep_title(lx, s, p, &t);
		if (t.plural)
			start_list(pp, p, sent, b, 0);
	} else if ((listed = in_list(pp, lx, s, in, sent)) && p->title.l == 0 &&
	    pp->p[pp->list - 1].title.l) {
		buf_adds(&p->title, pp->p[pp->list - 1].title.s);
		p->title_words = pp->p[pp->list - 1].title_words;
	}
	if (listed)
		pp->list_end = b;
	if ((parsed = parse_role(pp, lx, tg, s, in, b, p)) < 0)
		return -1;
	if (!parsed && (title_after(lx, tg, s, b, &t) ||
	    title_elected(lx, tg, s, b, &t) ||
	    title_succeeded(lx, tg, s, in, b, &t))) {
		for_org(tg, s, &t);
		keep_title(lx, s, p, &t);
	}
	if (p->title.l == 0 && post) {
		words_text(&p->title, s, post, post + 1);
		p->title_words = 1;
	}
	/* "Dr. Joel Smithers" with no other title: a doctor */
	if (p->title.l == 0 && in > 0 && (form_is(s, in - 1, "Dr.") ||
	    form_is(s, in - 1, "Dr")))
		buf_adds(&p->title, "doctor");
	if (p->affil.l == 0 && of_entity(tg, s, b, &org, &orgend))
		set_affil(lx, s, p, org, orgend);
	/* "Libertarian Gary Johnson", "Democrat Jane Roe": a party or
	 * country right before a name with no title before it */
	if (p->affil.l == 0 && !titled && in > 0 && (v = affil_before(lx, s,
	    in - 1)) != 0) {
		buf_adds(&p->affil, lx->canon.s + lx->canon_off[v - 1]);
		/* "Libyans A and B", "Britons A, B and C" */
		if (!listed && form(s, in - 1)[s->w[in - 1].len - 1] == 's')
			start_list(pp, p, sent, b, 1);
	} else if (p->affil.l == 0 && !titled && !listed && in > 2 &&
	    form_is(s, in - 1, ",") && form(s, in - 2)[s->w[in - 2].len -
	    1] == 's' && tsent_form_in_ci(s, in - 3, counts) &&
	    (v = affil_before(lx, s, in - 2)) != 0) {
		/* "Two Libyans, A and B," */
		buf_adds(&p->affil, lx->canon.s + lx->canon_off[v - 1]);
		start_list(pp, p, sent, b, 1);
	}
	if (listed && pp->list_affil && p->affil.l == 0 &&
	    pp->p[pp->list - 1].affil.l)
		buf_adds(&p->affil, pp->p[pp->list - 1].affil.s);
	return 0;
}


/* Is word i a verb or a modal, by its part of speech (tagged here if the
 * sentence was not)?  1 or 0, or -1 when memory runs out. */
static int
verb_at(struct tagger *t, struct tsent *s, size_t i)
{
	const char *x = word_xpos(t, s, i);

	if (x == NULL)
		return -1;
	return x[0] == 'V' || strcmp(x, "MD") == 0;
}

/* Is word i a common noun (NN or NNS)?  Tags the sentence if it is not
 * yet; 0 when that fails. */
static int
common_noun(struct tagger *t, struct tsent *s, size_t i)
{
	const char *x = word_xpos(t, s, i);

	return x && x[0] == 'N' && x[1] == 'N' && x[2] != 'P';
}

/* Where the subject of sentence s may start: after "But" or "And", else
 * at its first word.  (Not after an introduction up to its comma: "In
 * the same interview, the former president said" went to the wrong
 * people of PolNeAR and DUC; nor after "Yet," which turns from the one
 * named before as often as not.) */
static size_t
subject_start(const struct tsent *s)
{
	static const char *const link[] = { "But", "And", NULL };

	if (s->n > 1 && tsent_form_in(s, 0, link))
		return 1 + (s->n > 2 && form_is(s, 1, ","));
	return 0;
}

/* "the chancellor" after "Gordon Brown": a definite title with no name
 * after it names the person named just before (in this sentence or the
 * two before), when the document gave that person no title, and the
 * sentence that named that person named no other before: not "Mrs May"
 * of "Hancock had been expected ..., following Mrs May's resignation.
 * And the health secretary confirmed", nor "Sean Hannity" of "Sean
 * Hannity asked Kasich ...  The candidate said".  Words
 * [i, *end) when word i starts one: 1, else 0, or -1 when memory runs
 * out for tagging the parts of speech it looks at.  Stricter than
 * people_title_subject(), since the title is given to a person: only
 * modifiers and countries before the head (read as widely, "The Indiana
 * governor" and "The FBI director" went to the wrong people of PolNeAR's
 * development articles). */
static int
later_title(const struct people_lex *lx, struct tagger *t, struct tsent *s,
    size_t i, size_t *end)
{
	size_t j, e, h;
	int v;

	/* the subject of its sentence: "The chancellor said", "But the
	 * Prime Minister was barracked"; not "assumes the presidency if the President and ...
	 * are killed" */
	if (i != subject_start(s) || !(form_is(s, i, "The") || (i > 0 &&
	    form_is(s, i, "the"))))
		return 0;
	j = i + 1;
	while (j < s->n && j < i + 4 && (is_modifier(lx, s, j) ||
	    country_of(lx, s, j)))
		j++;
	for (e = j; e < s->n && e < j + 4; e++) {
		if ((h = head_at(lx, s, e)) == (size_t)-1 || h != j)
			continue;	/* the head right after the modifiers */
		if (e + 1 >= s->n)
			return 0;
		if ((v = verb_at(t, s, e + 1)) <= 0)
			return v;	/* "the chancellor, Gordon Brown" */
		*end = e + 1;
		return 1;
	}
	return 0;
}

int
people_title_subject(const struct people_lex *lx, struct tagger *t,
    struct tsent *s, size_t *a, size_t *b)
{
	size_t i = 0, e;

	if (s->n == 0)
		return 0;
	if (!form_is(s, 0, "The")) {	/* after an introduction */
		while (i < s->n && i < 8 && !form_is(s, i, ","))
			i++;
		if (i + 2 >= s->n || i == 8 || !form_is(s, i + 1, "the"))
			return 0;
		i++;
	}
	for (e = i + 1; e + 1 < s->n && e < i + 6; e++) {
		int v;

		if (!tsent_capitalized(s, e) && !(form(s, e)[0] >= 'a' &&
		    form(s, e)[0] <= 'z'))
			return 0;	/* "the minister, Gordon Brown" */
		if (head_at(lx, s, e) == (size_t)-1 || tsent_capitalized(s,
		    e + 1))
			continue;
		if ((v = verb_at(t, s, e + 1)) < 0)
			return -1;
		if (v) {
			*a = i, *b = e + 1;
			return 1;
		}
	}
	return 0;
}

/* Does text t hold word w[0..n) whole, ASCII case folded? */
static int
holds_word(const struct buf *t, const char *w, size_t n)
{
	size_t i, k;

	for (i = 0; i + n <= t->l; i++) {
		if (i > 0 && t->s[i - 1] != ' ' && t->s[i - 1] != '-')
			continue;
		if (i + n < t->l && t->s[i + n] != ' ' && t->s[i + n] != '-')
			continue;
		for (k = 0; k < n && ascii_lower((unsigned char)t->s[i + k]) ==
		    ascii_lower((unsigned char)w[k]); k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

const struct person *
people_title_holder(const struct people *pp, const struct people_lex *lx,
    const struct tsent *s, size_t a, size_t b, unsigned long sent)
{
	const struct person *found = NULL;
	size_t i, k;

	if (b < a + 2 || !(form_is(s, a, "the") || form_is(s, a, "The")) ||
	    head_at(lx, s, b - 1) == (size_t)-1 || head_at(lx, s, b - 1) <= a)
		return NULL;
	for (k = a + 1; k < b; k++)
		if (!ascii_alpha((unsigned char)form(s, k)[0]))
			return NULL;	/* "the president's", "the minister, X" */
	for (i = 0; i < pp->n; i++) {
		const struct person *p = &pp->p[i];

		if (p->role != ROLE_STORY || p->title.l == 0 || p->first > sent)
			continue;
		for (k = a + 1; k < b && holds_word(&p->title, form(s, k),
		    s->w[k].len); k++)
			;
		if (k < b)
			continue;
		if (found)
			return NULL;	/* two presidents: which one? */
		found = p;
	}
	return found;
}

static void
title_of_last(struct people *pp, const struct tsent *s, size_t a, size_t b,
    unsigned long sent)
{
	struct person *p;

	if (pp->lead == 0 || pp->lead_sent + 2 < sent || pp->lead != pp->last)
		return;
	p = &pp->p[pp->lead - 1];
	if (p->title_words > 0)
		return;
	words_text(&p->title, s, a, b);
	p->title_words = 1;	/* any title before or after a name wins */
}

static int
joined(const struct tsent *s, size_t i)	/* words i and i + 1 touch */
{
	return tsent_glued(s, i);
}

/* A name the tagger cut at a hyphen goes on to the end of its hyphenated
 * given name: "Lee" + "Cheuk-yan", "Yau Wai" + "-ching" (Cantonese names
 * are written so).  Where the entity ending before word b ends. */
static size_t
hyphenated_end(const struct tsent *s, size_t b)
{
	for (;;) {
		if (b > 0 && b + 1 < s->n && form_is(s, b, "-") &&
		    joined(s, b - 1) && joined(s, b))
			b += 2;			/* "Wai" "-" "ching" */
		else if (b + 2 < s->n && tsent_capitalized(s, b) &&
		    form_is(s, b + 1, "-") && joined(s, b) && joined(s, b + 1) &&
		    !tsent_capitalized(s, b + 2))
			b += 3;			/* "Cheuk" "-" "yan" */
		else
			return b;
	}
}

/* A surname the tagger cut off at its lower-case particle ("Abdel Fattah"
 * + "el-Sisi", "Hassan" + "al-Turabi", "Valéry Giscard" + "d'Estaing"):
 * the particle, glued to a hyphen or to the surname or not, then a
 * person entity that starts right there, or one capitalised
 * word that no entity holds and no other follows ("Nick Van" + "den
 * Brul", "Ursula" + "von der Leyen").  Where that ends, or b. */
static size_t
particle_surname(const struct tagger *t, const struct tsent *s, size_t b)
{
	size_t k = b + 1;

	if (b < s->n && elided_particle(s, b) && tsent_entity(t, s, b) == NULL)
		return b + 1;	/* "Valéry Giscard" + "d'Estaing" */
	if (b + 1 >= s->n || !particle(s, b) || tsent_capitalized(s, b) ||
	    form_is(s, b, "-") || form_is(s, b, "'") || form_is(s, b, "."))
		return b;
	if (form_is(s, k, "-") && tsent_glued(s, b) && k + 1 < s->n &&
	    tsent_glued(s, k))
		k++;
	else if (k + 1 < s->n && (form_is(s, k, "der") || form_is(s, k,
	    "la") || form_is(s, k, "los")))
		k++;		/* "von der", "de la", "de los" */
	if (k < s->n && tsent_entity(t, s, k) == NULL &&
	    tsent_capitalized(s, k) && !tsent_in_capitals(s, k) &&
	    (k + 1 == s->n || !tsent_capitalized(s, k + 1)))
		return k + 1;
	if (!tsent_entity_begins(t, s, k) || !tsent_entity_is(t, s, k, "PER"))
		return b;
	return tsent_entity_end(t, s, k);
}

/* Is s written in title case, as headlines are: most of its words of
 * four letters or more capitalised? */
static int
title_case(const struct tsent *s)
{
	size_t i, words = 0, caps = 0;

	for (i = 0; i < s->n; i++) {
		if (s->w[i].len < 4)
			continue;
		words++;
		caps += tsent_capitalized(s, i) != 0;
	}
	return words >= 3 && caps * 3 >= words * 2;
}

/* Is word i a name and nothing else the lists know: a capital and small
 * letters ("Yelling", "Kluft"), no class of the gazetteers but a given
 * name's or a surname's, and no frequent word of one part of speech
 * ("Again", "Plan")? */
static int
only_a_name(const struct tagger *t, const struct tsent *s, size_t i)
{
	const unsigned other = GAZ_CLASSES & ~(GAZ_FIRST | GAZ_SURNAME);
	const char *f = form(s, i);
	size_t k, n = s->w[i].len;

	if (n < 2 || f[0] < 'A' || f[0] > 'Z')
		return 0;
	for (k = 1; k < n; k++)
		if (!((f[k] >= 'a' && f[k] <= 'z') ||
		    (unsigned char)f[k] >= 0x80))
			return 0;
	return !(tagger_gaz_bits(t, f, n) & other) &&
	    !tagger_common_word(t, f, n);
}

/* "Hayley Yelling", the surname left outside the entity: a given name
 * alone at words [a, b) and after it a word in capitals and small
 * letters that no entity holds and no list knows as anything but a
 * name, before a word that is not capitalised. */
static int
left_out_surname(const struct tagger *t, const struct tsent *s, size_t a,
    size_t b)
{
	return b == a + 1 && b + 1 < s->n && tsent_entity(t, s, b) == NULL &&
	    !tsent_glued(s, a) && (tagger_gaz_bits(t, form(s, a),
	    s->w[a].len) & GAZ_FIRST) && !tsent_capitalized(s, b + 1) &&
	    only_a_name(t, s, b) && !title_case(s);
}

/* What a name the tagger cut short at words [a, b) goes on with: "Jr."
 * ("Edward J. DeBartolo Jr."), a surname after a particle, "He" written
 * with a capital inside a sentence, a given name ("Liu He"), not the
 * pronoun, and a surname left out of a given name's entity
 * (left_out_surname()).  Where it ends. */
static size_t
name_right(const struct tagger *t, const struct tsent *s, size_t a,
    size_t b)
{
	size_t e;

	if ((e = particle_surname(t, s, b)) > b)
		return e;
	if (b < s->n && people_generation(s, b) && !form_is(s, b, "IV"))
		return b + 1;
	/* "Cyrus R. Vance, Jr." */
	if (b + 1 < s->n && form_is(s, b, ",") && people_generation(s, b + 1) &&
	    !form_is(s, b + 1, "IV"))
		return b + 2;
	if (b + 1 < s->n && form_is(s, b, "He") && !tsent_capitalized(s, b + 1))
		return b + 1;
	if (left_out_surname(t, s, a, b))
		return b + 1;
	return b;
}

/* "the Bill and Melinda Gates Foundation", "the John Smith Memorial
 * Hospital", "the Milton Shulman Award": a name after "the" or a
 * possessive that runs on, in capitalised words and "and", "of", "&",
 * into a word that ends names of organisations, places or things, names
 * what is named for the person, not the person. */
static int
named_for(const struct tagger *t, const struct tsent *s, size_t a, size_t b)
{
	static const char *const facility[] = { "airport", "stadium",
		"arena", "bridge", "hospital", "museum", "library", "memorial",
		"airbase", "theatre", "theater", "playhouse", "auditorium",
		"area", "district", "neighbourhood", "neighborhood", "suburb",
		"village", "township", NULL };
	static const char *const scope[] = { "International", "National",
		"Regional", "Municipal", "Memorial", NULL };
	size_t k;

	/* a place named for a person, its kind in lower case, as the news
	 * agencies write it ("Leonardo da Vinci airport", "Kennedy airport",
	 * "Ben Gurion International airport"), or capitalised ("the Ethel
	 * Barrymore Theatre") */
	for (k = b; k < s->n && k < b + 2 && tsent_form_in(s, k, scope); k++)
		;
	if (k < s->n && tsent_form_in_ci(s, k, facility))
		return 1;
	/* one word and an organisation's head right after it: "Breitbart
	 * News Daily", "Trump Organization", with no "the" */
	if (b == a + 1 && b < s->n && tsent_capitalized(s, b) &&
	    (tagger_gaz_bits(t, form(s, b), s->w[b].len) & GAZ_ORGHEAD))
		return 1;
	if (a == 0 || !(form_is(s, a - 1, "the") || form_is(s, a - 1, "The") ||
	    tsent_possessive(s, a - 1)))
		return 0;
	for (k = b; k < s->n && k < b + 5; k++) {
		/* "the Milton Shulman Award", "London's Mike Smith Stadium" */
		if (tsent_capitalized(s, k) && (tagger_gaz_bits(t, form(s, k),
		    s->w[k].len) & (GAZ_ORGHEAD | GAZ_LOCHEAD | GAZ_MISCHEAD)))
			return 1;
		if (!tsent_capitalized(s, k) && (tsent_possessive(s, a - 1) ||
		    (!form_is(s, k, "and") && !form_is(s, k, "of") &&
		    !form_is(s, k, "&"))))
			return 0;	/* not "CNN's Anderson Cooper and Fox
					 * News' Chris Wallace" */
	}
	return 0;
}

/* Does the name [a, b) of s end in a company's suffix, a word that ends
 * organisation names written in capitals or with a full stop ("Smith
 * Jones LLP", "Acme Inc.")? */
static int
company_suffix(const struct tagger *t, const struct tsent *s, size_t a,
    size_t b)
{
	const char *last = form(s, b - 1);
	size_t len = s->w[b - 1].len, k;
	int caps = len > 1;

	if (b - a < 2 || !(tagger_gaz_bits(t, last, len) & GAZ_ORGHEAD))
		return 0;
	for (k = 0; k < len; k++)
		if (last[k] >= 'a' && last[k] <= 'z')
			caps = 0;
	return caps || last[len - 1] == '.';
}

/* Is word i of s one of the words of events, trophies, diseases or teams
 * (data/gazetteers/misc.txt, misc-words.txt and teams.txt, which the
 * model holds), and no given name or surname? */
static int
thing_word(const struct tagger *t, const struct tsent *s, size_t i,
    unsigned classes)
{
	unsigned g = tagger_gaz_bits(t, form(s, i), s->w[i].len);

	return (g & classes) && !(g & (GAZ_FIRST | GAZ_SURNAME));
}

/* "Walter Reed Hospital", "Karl Marx Avenue", "Jefferson Parish": a name
 * that ends in a word that ends names of organisations or places, and is
 * no given name and surname alone ("Darrell Castle")? */
static int
place_named_for(const struct tagger *t, const struct tsent *s, size_t a,
    size_t b)
{
	return b - a >= 2 && thing_word(t, s, b - 1, GAZ_ORGHEAD |
	    GAZ_LOCHEAD) && (b - a >= 3 || !(tagger_gaz_bits(t, form(s, a),
	    s->w[a].len) & GAZ_FIRST));
}

/* Is word i the "Storm" or "Depression" of "Tropical Storm" (a surname
 * too, which thing_word() refuses)? */
static int
tropical(const struct tsent *s, size_t i)
{
	return i > 0 && (form_is(s, i, "Storm") || form_is(s, i,
	    "Depression")) && (form_is(s, i - 1, "Tropical") || form_is(s,
	    i - 1, "Subtropical") || form_is(s, i - 1, "tropical"));
}

/* "Jonathan Strange and Mr Norrell by Susanna Clarke": a name [a, b)
 * right before "by" and another person's name, with another name joined
 * to it by "and" between, is a work's title, not one who does anything
 * in the story; but not one after "of" ("a portrait of Churchill by
 * Graham Sutherland" is of the man). */
static int
work_by(const struct tagger *t, const struct tsent *s, size_t a, size_t b)
{
	size_t k = b;

	if (a > 0 && form_is(s, a - 1, "of"))
		return 0;
	if (k + 1 < s->n && (form_is(s, k, "and") || form_is(s, k, "&")))
		for (k++; k < s->n && tsent_capitalized(s, k); k++)
			;
	return k + 1 < s->n && form_is(s, k, "by") && tsent_entity_is(t, s,
	    k + 1, "PER");
}

/* "Pratt & Whitney", "Marks & Spencer", "Procter & Gamble": a name
 * joined by "&" to a capitalised word is a firm's, or a duo's or a
 * work's, no one person's. */
static int
ampersand(const struct tsent *s, size_t a, size_t b)
{
	return (b + 1 < s->n && form_is(s, b, "&") && tsent_capitalized(s,
	    b + 1)) || (a > 1 && form_is(s, a - 1, "&") && tsent_capitalized(s,
	    a - 2));
}

/* A name that ends in such a word ("Canadian Open", "Stanley Cup", "Down
 * Syndrome", "Maple Leafs") or begins with, or comes after, one that
 * begins the names of storms ("Hurricane Dorian") names no person; nor does one in such a
 * phrase ("Parkinson" of "Parkinson's disease"), nor a company's name
 * ("Pratt & Whitney"), nor a work's title. */
static int
thing_name(const struct tagger *t, const struct tsent *s, size_t a, size_t b)
{
	size_t k;

	for (k = a; k < b; k++)
		if (tagger_phrase_bits(t, k) & (GAZ_MISC | GAZ_TEAM))
			return 1;
	return thing_word(t, s, b - 1, GAZ_MISC | GAZ_MISCHEAD | GAZ_TEAM) ||
	    (b - a >= 2 && tsent_capitalized(s, b - 1) && roles_work_noun(s,
	    b - 1) && !(tagger_gaz_bits(t, form(s, b - 1), s->w[b - 1].len) &
	    (GAZ_FIRST | GAZ_SURNAME))) ||	/* "The Bernie Show" */
	    place_named_for(t, s, a, b) ||
	    (b - a > 1 && thing_word(t, s, a, GAZ_MISCHEAD)) ||
	    (a > 0 && (s->w[a - 1].len && form(s, a - 1)[0] >= 'A' &&
	    form(s, a - 1)[0] <= 'Z') && (thing_word(t, s, a - 1,
	    GAZ_MISCHEAD) || tropical(s, a - 1))) ||
	    company_suffix(t, s, a, b) ||
	    named_for(t, s, a, b) || work_by(t, s, a, b) ||
	    ampersand(s, a, b);
}

/* Is word i the name of a person the document named before ("If
 * Clinton and Monica Lewinsky are called", after "President Clinton")? */
static int named_person(const struct people *pp, const struct tsent *s,
    size_t a, size_t b);

static int
named_before(const struct people *pp, const struct tsent *s, size_t i)
{
	return named_person(pp, s, i, i + 1);
}

/* Is the name [a, b) a place: after "in" or "near" and before a comma
 * and a country or another place ("in Marija Bistrica, Croatia's
 * leading shrine", "in Karol Bagh, New Delhi"), not
 * before that country's title ("in Ban Ki-moon, South Korea's foreign
 * minister")? */
static int
place_in_country(const struct people_lex *lx, const struct tagger *t,
    const struct tsent *s, size_t a, size_t b)
{
	size_t k;

	if (a == 0 || !(form_is(s, a - 1, "in") || form_is(s, a - 1, "near")) ||
	    b + 1 >= s->n || !form_is(s, b, ",") || !tsent_capitalized(s,
	    b + 1) || !(country_of(lx, s, b + 1) || (tsent_entity_is(t, s,
	    b + 1, "LOC") && tsent_entity_begins(t, s, b + 1))))
		return 0;
	for (k = b + 2; k < s->n && k < b + 6; k++)
		if (head_at(lx, s, k) != (size_t)-1)
			return 0;
	return 1;
}

/* Is the name [a, b) a place's or a firm's: one word after "the" before
 * punctuation or a possessive ("visitors to the Tate.", "the Tate's
 * collection"), which no title, honorific or plural is? */
static int
the_one_word(const struct people_lex *lx, const struct tsent *s, size_t a,
    size_t b)
{
	const char *f = form(s, a);
	size_t n = s->w[a].len;

	static const char *const ends[] = { ".", ",", ";", ":", "!", "?", ")",
		NULL };

	return b == a + 1 && a > 0 && form_is(s, a - 1, "the") &&
	    (b == s->n || tsent_form_in(s, b, ends) ||
	    tsent_possessive(s, b)) && f[n - 1] != 's' &&
	    !lower_in(&lx->titles, f, n) && !lower_in(&lx->honorifics, f, n);
}

/* Is the name [a, b) a family's, no one person's: one word in the plural
 * after "the" ("the Clintons", "the Obamas")? */
static int
family(const struct tsent *s, size_t a, size_t b)
{
	size_t n = s->w[a].len;

	return b == a + 1 && a > 0 && (form_is(s, a - 1, "the") ||
	    form_is(s, a - 1, "The")) && n > 3 && form(s, a)[n - 1] == 's' &&
	    form(s, a)[n - 2] >= 'a' && form(s, a)[n - 2] <= 'z' &&
	    form(s, a)[n - 2] != 's';
}

static uint64_t name_hash(const struct tsent *s, size_t a, size_t b);
static int work_name(struct tagger *t, struct tsent *s, size_t a);

/* Is the name [a, b) a part an actor plays: after a person's name and
 * "as", maybe with a common noun between ("Richard Griffiths as teacher
 * Hector", "Jessica Lange as Amanda Wingfield")?  Not before "'s"
 * ("Thomas Eagleton as George McGovern's running mate"), nor before a
 * verb, where "as" is "while" ("Ann Lee as Tom Hale looked on").  Only
 * this mention: the name may be a person's elsewhere. */
static int
role_played(struct tagger *t, struct tsent *s, size_t a, size_t b)
{
	size_t k = a;

	if (tsent_possessive(s, b))
		return 0;
	if (k >= 2 && !tsent_capitalized(s, k - 1) && !form_is(s, k - 1, "as"))
		k--;		/* "teacher" */
	if (k < 2 || !form_is(s, k - 1, "as") || !tsent_entity_is(t, s, k - 2,
	    "PER"))
		return 0;
	return b >= s->n || verb_at(t, s, b) == 0;
}

/* Does word i start with a lower-case letter of ASCII? */
static int
lower_word(const struct tsent *s, size_t i)
{
	unsigned char c = (unsigned char)form(s, i)[0];

	return c >= 'a' && c <= 'z';
}

/* Is word i a common noun that says what a named thing is ("retailer",
 * "chains", "agency": thing-nouns.txt), in lower case or first in its
 * sentence ("Bookmaker William Hill")?  Not as a verb ("to brand Smith",
 * "he brands Smith"; but "store chains", a noun and VBZ, is one). */
static int
thing_noun(const struct people_lex *lx, struct tagger *t, struct tsent *s,
    size_t i)
{
	const char *x;

	if (!(lower_word(s, i) ? wordset_get(&lx->thing_nouns, form(s, i),
	    s->w[i].len) : i == 0 && lower_in(&lx->thing_nouns, form(s, i),
	    s->w[i].len)) || tagger_run(t, s, TAG_POS) < 0)
		return 0;
	x = t->xpos[s->w[i].pos];
	if (strcmp(x, "VBZ") == 0 && i > 0)	/* "store chains" */
		x = t->xpos[s->w[i - 1].pos];
	return x[0] != 'V' && x[0] != 'P';	/* "the daily": JJ */
}

/* Does an apposition after the name that ends before word b have such a
 * noun for its head ("Roscosmos, the Russian space agency,")?  The head
 * is the last word before the punctuation or the word that ends the
 * noun phrase; not before a possessive ("the company's founder"). */
static int
thing_apposition(const struct people_lex *lx, struct tagger *t,
    struct tsent *s, size_t b)
{
	static const char *const ends[] = { "of", "that", "which", "who",
		"whose", "based", "in", "at", "with", "for", "and", "or", "to",
		"on", "from", "since", "after", "owned", "run", NULL };
	size_t j;

	if (b + 3 >= s->n || !form_is(s, b, ",") || !(form_is(s, b + 1,
	    "the") || form_is(s, b + 1, "a") || form_is(s, b + 1, "an")))
		return 0;
	for (j = b + 2; j < s->n && j < b + 8; j++)
		if (punct_at(s, j) || tsent_form_in(s, j, ends))
			break;
	return j > b + 2 && (j == s->n || !tsent_possessive(s, j)) &&
	    thing_noun(lx, t, s, j - 1);
}

/* Is the name [a, b), one word, or two with "and" or "&" between, the
 * owner of a person named in full ("Ernst and Young's Sanjay Mehta",
 * "Lehman's Paul Sheard"): a firm, whose people are named so?  The
 * first word of a pair too ("Ernst"). */
static int
firm_possessor(const struct tagger *t, const struct tsent *s, size_t a,
    size_t b)
{
	size_t e = b;

	if (b != a + 1)
		return 0;
	if (e + 1 < s->n && (form_is(s, e, "and") || form_is(s, e, "&")) &&
	    tsent_capitalized(s, e + 1))
		e += 2;		/* "Ernst" of "Ernst and Young's" */
	else if (a >= 2 && (form_is(s, a - 1, "and") || form_is(s, a - 1,
	    "&")) && tsent_capitalized(s, a - 2) && (a < 3 ||
	    !tsent_capitalized(s, a - 3)))
		;		/* "Young" */
	else if (a > 0 && tsent_capitalized(s, a - 1))
		return 0;	/* "Hans Christian Andersen's", in parts */
	/* the person's name begins with a given name, no title ("Trump's
	 * Special Presidential Envoy", tagged a person, is his envoy) */
	return e + 2 < s->n && tsent_possessive(s, e) &&
	    tsent_entity_is(t, s, e + 1, "PER") &&
	    tsent_entity_begins(t, s, e + 1) &&
	    tsent_entity_end(t, s, e + 1) >= e + 3 &&
	    (tagger_gaz_bits(t, form(s, e + 1), s->w[e + 1].len) &
	    (GAZ_FIRST | GAZ_TITLE)) == GAZ_FIRST;
}

/* Where the list of capitalised names that ends with the one at word a
 * starts ("Osler, Hoskin and Harcourt" for "Harcourt"): back over "and"
 * or a comma and the name before, as far as they go. */
static size_t
list_start(const struct tsent *s, size_t a)
{
	size_t k = a;

	while (k >= 2 && (form_is(s, k - 1, "and") || form_is(s, k - 1,
	    ",")) && tsent_capitalized(s, k - 2)) {
		k -= 2;
		while (k > 0 && tsent_capitalized(s, k - 1))
			k--;
	}
	return k;
}

/* Is the name [a, b), maybe the last of a list, a firm's that people
 * work at: right after "at" and a title ("lawyers at Osler, Hoskin and
 * Harcourt", "an analyst at Smith Barney"), not before a possessive ("a
 * nurse at Smith's bedside")? */
static int
employer_name(const struct people_lex *lx, const struct tsent *s, size_t a,
    size_t b)
{
	size_t k;

	if (b < s->n && tsent_possessive(s, b))
		return 0;
	/* after a comma, a list goes on ("Osler, Hoskin and"); else the name
	 * is an apposition ("A spokesman at The Hague, Jim Landale,") */
	if (a > 0 && form_is(s, a - 1, ",") && !(b + 1 < s->n &&
	    (form_is(s, b, "and") || form_is(s, b, ",")) &&
	    tsent_capitalized(s, b + 1)))
		return 0;
	k = list_start(s, a);
	return k >= 2 && form_is(s, k - 1, "at") && (k == 2 ||
	    !tsent_capitalized(s, k - 2)) && (head_at(lx, s, k - 2) !=
	    (size_t)-1 || plural_head(lx, s, k - 2));
}

/* Is the name [a, b) a firm's or a product's: after what it is ("the
 * software maker Intuit"; back over the names of a list: "store chains
 * Woolworths and Coles"), or with it in an apposition? */
static int
firm_name(const struct people_lex *lx, struct tagger *t, struct tsent *s,
    size_t a, size_t b)
{
	size_t k = list_start(s, a);

	return (k > 0 && thing_noun(lx, t, s, k - 1)) ||
	    thing_apposition(lx, t, s, b) || firm_possessor(t, s, a, b) ||
	    employer_name(lx, s, a, b);
}

/* Is word i a hyphen or an en dash glued to the words on both sides? */
static int
glued_dash(const struct tsent *s, size_t i)
{
	return i > 0 && i + 1 < s->n && (form_is(s, i, "-") ||
	    form_is(s, i, "\xe2\x80\x93")) && tsent_glued(s, i - 1) &&
	    tsent_glued(s, i);
}

/* Is the name [a, b) two surnames joined by a dash, alone, before a
 * common noun they name ("the Saffir-Simpson scale", "Creutzfeldt-Jakob
 * disease"), with the first one outside the entity or in it? */
static int
eponym_pair(struct tagger *t, struct tsent *s, size_t a, size_t b)
{
	if (a >= 2 && glued_dash(s, a - 1) && tsent_capitalized(s, a - 2))
		a -= 2;
	return b == a + 3 && glued_dash(s, a + 1) && tsent_capitalized(s, a) &&
	    s->w[a].len >= 2 &&	/* not "the J-Lo stuff" */
	    b < s->n && lower_word(s, b) && common_noun(t, s, b);
}

static uint64_t folded_hash(const char *w, size_t n);

/* The words of the name [a, b), refused for a thing's, are no person's
 * name alone in this document, before or after (drop_org_names()). */
static void
thing_words(struct people *pp, const struct tsent *s, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (tsent_capitalized(s, i))
			pp->orgwords[pp->norgwords++ % PEOPLE_ORGWORDS] =
			    folded_hash(form(s, i), s->w[i].len);
}

/* Is the name [a, b) one of a person the document named before ("Van
 * Halen" after "Eddie Van Halen", though the band is named so too;
 * "Trump" after "President Donald Trump", though the headline's "the
 * Biden-Trump debate" is none)? */
static int
named_person(const struct people *pp, const struct tsent *s, size_t a,
    size_t b)
{
	struct buf w = BUF_INIT;
	int known;

	name_text(&w, s, a, b);
	known = w.l && person_match(pp, w.s, b - a) != NULL;
	buf_free(&w);
	return known;
}

/* Is the PER entity [a, b) of s a thing: a name thing_name() refuses, a
 * work's title (work_name()), a firm's (firm_name()), a place's
 * (the_one_word()), an eponym (eponym_pair()), or the last word alone or
 * the whole of one refused before in the document, unless a person the
 * document named bears it?  What is refused is remembered so. */
static int
thing(struct people *pp, const struct people_lex *lx, struct tagger *t,
    struct tsent *s, size_t a, size_t b)
{
	uint64_t h = hash_str(form(s, b - 1), s->w[b - 1].len), whole;
	unsigned k;
	int earlier = 0;

	if (thing_name(t, s, a, b)) {
		pp->things[pp->nthings++ % PEOPLE_THINGS] = h;
		return 1;
	}
	/* a work's title, whole: "Mary Poppins' flight" after "the film
	 * Mary Poppins" (but "Andy Warhol" after "the Andy Warhol
	 * Foundation" is a person); a firm's or a product's name */
	earlier = firm_name(lx, t, s, a, b) || the_one_word(lx, s, a, b);
	if (earlier || work_name(t, s, a) || eponym_pair(t, s, a, b)) {
		pp->things[pp->nthings++ % PEOPLE_THINGS] = h;
		if (b - a > 1)
			pp->things[pp->nthings++ % PEOPLE_THINGS] =
			    name_hash(s, a, b);
		/* a firm's or a place's name: its earlier mentions too
		 * ("Coles" before "store chains Woolworths and Coles") */
		if (earlier)
			thing_words(pp, s, a, b);
		return 1;
	}
	if (pp->nthings == 0)
		return 0;	/* most documents: no hash to compare */
	whole = name_hash(s, a, b);
	for (k = 0; k < pp->nthings && k < PEOPLE_THINGS; k++)
		if ((b - a == 1 && pp->things[k] == h) || pp->things[k] ==
		    whole)
			return !named_person(pp, s, a, b);
	return 0;
}

/* "Hurricane Georges", however the tagger labelled it: word i begins the
 * name of a storm (a word that begins or ends names of things, GAZ_MISCHEAD,
 * at the start of a capitalised name) and the one after is a storm's name,
 * which names no person alone later ("As soon as Georges passed"). */
static void
storm_name(struct people *pp, const struct tagger *t, const struct tsent *s,
    size_t i)
{
	if (i + 1 >= s->n || !tsent_capitalized(s, i) ||
	    !tsent_capitalized(s, i + 1) || (i > 0 && tsent_capitalized(s,
	    i - 1) && !tropical(s, i)) || (i + 2 < s->n &&
	    tsent_capitalized(s, i + 2)) || !(thing_word(t, s, i,
	    GAZ_MISCHEAD) || tropical(s, i)) ||
	    thing_word(t, s, i + 1, GAZ_MISC | GAZ_MISCHEAD))
		return;
	pp->things[pp->nthings++ % PEOPLE_THINGS] = hash_str(form(s, i + 1),
	    s->w[i + 1].len);
}

/* The hash of the words [a, b), a space between each. */
static uint64_t
name_hash(const struct tsent *s, size_t a, size_t b)
{
	uint64_t h = 0;
	size_t i;

	for (i = a; i < b; i++)
		h = h * 1000003u ^ hash_str(form(s, i), s->w[i].len);
	return h;
}

/* Is the name at word a the title of a work: after a noun that names
 * one ("children's film Mary Poppins", "the novel Eve Green")? */
static int
work_name(struct tagger *t, struct tsent *s, size_t a)
{
	if (a == 0 || !roles_work_noun(s, a - 1) || (a >= 2 && form_is(s,
	    a - 2, "to")))
		return 0;	/* "to film Tom Hale", a verb however tagged */
	return common_noun(t, s, a - 1);
}

/* "Ambassador to Türkiye Thomas Barrack" tagged as one place: a place or
 * organisation entity [a, b) that begins with a whole country name and
 * goes on with a given name and one to three more capitalised words, none
 * of which ends or names an organisation or place ("US Park Police"), has
 * a person at its end.  Where that person's name starts, or b.  A country
 * that is a given name too ("Jordan Lee") starts no such split. */
static size_t
person_after_country(const struct people_lex *lx, const struct tagger *t,
    const struct tsent *s, size_t a, size_t b)
{
	struct buf w = BUF_INIT;
	size_t j, k, found = b;

	for (j = a; j < b && j < a + 3 && found == b; j++) {
		buf_reset(&w);
		words_text(&w, s, a, j + 1);
		if (w.l == 0 || !wordset_get(&lx->countries, w.s, w.l) ||
		    j + 2 >= b || (j == a && tagger_gaz_bits(t, form(s, a),
		    s->w[a].len) & GAZ_FIRST))
			continue;
		if (!(tagger_gaz_bits(t, form(s, j + 1), s->w[j + 1].len) &
		    GAZ_FIRST) || tsent_glued(s, j))
			continue;
		for (k = j + 1; k < b && k < j + 5 && tsent_capitalized(s, k) &&
		    !(tagger_gaz_bits(t, form(s, k), s->w[k].len) &
		    (GAZ_HEADS | GAZ_ORG | GAZ_TEAM)); k++)
			;
		if (k == b)
			found = j + 1;
	}
	buf_free(&w);
	return found;
}

/* "Sweden's Carolina Kluft" tagged as a place: a place entity of a
 * given name and one more capitalised word that no list knows as a place,
 * an organisation or a thing, right after a country's possessive, is a
 * person. */
static int
countrys_person(const struct people_lex *lx, const struct tagger *t,
    const struct tsent *s, size_t a, size_t b)
{
	return b == a + 2 && a >= 2 && tsent_entity_is(t, s, a, "LOC") &&
	    tsent_possessive(s, a - 1) && country_of(lx, s, a - 2) &&
	    (tagger_gaz_bits(t, form(s, a), s->w[a].len) & GAZ_FIRST) &&
	    only_a_name(t, s, a + 1);
}

/* "Tomasz and Marek Sekielski": a given name alone before "and" and a
 * person's name of two words or more shares that name's surname.  The
 * surname's word + 1, or 0. */
static size_t
shared_surname(const struct tagger *t, const struct tsent *s, size_t a,
    size_t b)
{
	size_t e;

	if (b != a + 1 || b + 2 >= s->n || !form_is(s, b, "and") ||
	    !(tagger_gaz_bits(t, form(s, a), s->w[a].len) & GAZ_FIRST) ||
	    !tsent_entity_is(t, s, b + 1, "PER") ||
	    !tsent_entity_begins(t, s, b + 1))
		return 0;
	e = tsent_entity_end(t, s, b + 1);
	/* not "Clinton and Hillary Rodham Clinton": the surname itself */
	if (same_form(s, a, e - 1))
		return 0;
	return e > b + 2 && tsent_capitalized(s, e - 1) ? e : 0;
}

/* Is word i after a capitalised title ("President Moon")? */
static int
titled_before(const struct people_lex *lx, const struct tsent *s, size_t i)
{
	return i > 0 && tsent_capitalized(s, i - 1) && head_at(lx, s, i - 1) !=
	    (size_t)-1;
}

/* Does an apposition with a title start at word b (", the secretary
 * general of the United Nations")? */
static int
appos_title(const struct people_lex *lx, const struct tsent *s, size_t b)
{
	size_t k;

	if (b >= s->n || !form_is(s, b, ","))
		return 0;
	for (k = b + 1; k < s->n && k < b + 6 && !form_is(s, k, ","); k++)
		if (head_at(lx, s, k) != (size_t)-1)
			return 1;
	return 0;
}

/* "Mayor Park Won-soon", "President Moon Jae-in", "Ban Ki-moon, the
 * secretary general": after a capitalised title or before an apposition
 * with one, a capitalised word and a hyphenated given name with a small
 * letter after the hyphen, which the tagger may leave outside any entity,
 * is a person's name, family name first.  Where it ends, or 0. */
static size_t
family_first(const struct people_lex *lx, const struct tagger *t,
    const struct tsent *s, size_t i)
{
	size_t k;

	if (i + 3 >= s->n || !(titled_before(lx, s, i) ||
	    appos_title(lx, s, i + 4)) || !tsent_capitalized(s, i) ||
	    !tsent_capitalized(s, i + 1) || tsent_glued(s, i) ||
	    !form_is(s, i + 2, "-") || !tsent_glued(s, i + 1) ||
	    !tsent_glued(s, i + 2) || tsent_capitalized(s, i + 3) ||
	    !ascii_alpha((unsigned char)form(s, i + 3)[0]))
		return 0;
	for (k = i; k < i + 4; k++)
		if (tsent_entity(t, s, k) && !tsent_entity_is(t, s, k, "PER"))
			return 0;
	return i + 4;
}

/* The hash of a title head's last word, lower case. */
static uint64_t
head_hash(const char *w, size_t n)
{
	char low[64];
	size_t i;

	if (n > sizeof(low))
		n = sizeof(low);
	for (i = 0; i < n; i++)
		low[i] = (char)ascii_lower((unsigned char)w[i]);
	return hash_str(low, n);
}

/* "Kenya's president said": a country entity at words [a, b), "'s",
 * modifiers and a title head with no name after it: remembered for
 * people_end(). */
static void
unnamed_title(struct people *pp, const struct people_lex *lx,
    const struct tsent *s, size_t a, size_t b)
{
	size_t h = b, e;
	int v = k_words(lx, s, a, b);

	if (v == 0 || wordset_get(&lx->parties, form(s, a), s->w[a].len))
		return;
	if (h >= s->n || !form_is(s, h, "'s"))
		return;		/* "United States doctor": the person's? */
	h++;
	while (h < s->n && is_modifier(lx, s, h))
		h++;
	for (e = h; e < s->n && e < h + 3 && head_at(lx, s, e) != h; e++)
		;
	if (e >= s->n || e >= h + 3 || (e + 1 < s->n && (tsent_capitalized(s,
	    e + 1) || form_is(s, e + 1, ",") || form_is(s, e + 1, "("))))
		return;		/* none, or a name after it */
	pp->unnamed[pp->nunnamed % PEOPLE_THINGS] = head_hash(form(s, e),
	    s->w[e].len);
	pp->unnamed_country[pp->nunnamed++ % PEOPLE_THINGS] = v;
}

/* Does word i end as the names of languages do ("English", "Burmese",
 * "Russian", "Arabic", "French"), not as those of countries ("Burma",
 * "Japan")? */
static int
language_like(const struct tsent *s, size_t i)
{
	static const char *const end[] = { "ish", "ese", "ian", "ic", "ch",
		NULL };
	static const char *const word[] = { "German", "Korean", "Greek",
		"Thai", NULL };
	const char *w = form(s, i);
	size_t n = s->w[i].len, k, l;

	for (k = 0; end[k]; k++)
		if ((l = strlen(end[k])) < n && memcmp(w + n - l, end[k], l) == 0)
			return 1;
	return tsent_form_in(s, i, word);
}

/* Is word i, a country's word, a language, not a people: "in English.",
 * "French-speaking", "Arabic-language"? */
static int
language_named(const struct tsent *s, size_t i)
{
	static const char *const use[] = { "speaking", "speaker", "speakers",
		"language", NULL };

	if (i + 2 < s->n && form_is(s, i + 1, "-") && tsent_glued(s, i) &&
	    tsent_glued(s, i + 1) && tsent_form_in(s, i + 2, use))
		return 1;
	return i > 0 && form_is(s, i - 1, "in") && language_like(s, i) &&
	    (i + 1 >= s->n || !ascii_alpha((unsigned char)form(s, i + 1)[0]));
}

/* Count the countries sentence s names ("Polish", "New Zealand", "Gdańsk,
 * Poland") in pp->country_hits; the one it names alone, index + 1, or 0
 * for none or several. */
static int
count_countries(struct people *pp, const struct people_lex *lx,
    const struct tsent *s)
{
	size_t e;
	int v, one = 0, several = 0;

	if (pp->ncountry < lx->ncanon) {
		/* once: the lists of one program's run do not change */
		free(pp->country_hits);
		pp->ncountry = 0;
		if ((pp->country_hits = calloc(lx->ncanon,
		    sizeof(*pp->country_hits))) != NULL)
			pp->ncountry = lx->ncanon;
	}
	for (e = 0; e < s->n; e++) {
		if (!tsent_capitalized(s, e))
			continue;
		v = named_ending(lx, s, e, 0);
		if (v == 0 || language_named(s, e))
			continue;
		several |= one && v != one;
		one = v;
		if ((size_t)v <= pp->ncountry)
			pp->country_hits[v - 1]++;
		pp->country_total++;
	}
	return several ? 0 : one;
}

/* Does title end in a title only a state has ("Interior Minister",
 * "prime minister")?  Its last one to three words, lower case. */
static int
state_title(const struct people_lex *lx, const char *title)
{
	const char *p = title + strlen(title);
	int words = 0;

	while (p > title && words < 3) {
		for (p--; p > title && p[-1] != ' '; p--)
			;
		words++;
		if (lower_in(&lx->state_titles, p, strlen(p)))
			return 1;
	}
	return 0;
}

/* Each person of the story with no affiliation and a title only a state
 * has takes the country the document is about: the one its first
 * sentence names alone, which is at least 60% of the document's mentions
 * of countries. */
static void
home_country(struct people *pp, const struct people_lex *lx)
{
	struct person *p;
	size_t i;

	if (pp->home == 0)
		return;
	/* a diplomatic story names several countries, and its headline
	 * may name the visitor's: "Fidan meets US envoy" names Türkiye and
	 * its Foreign Minister in the body more often than the US */
	if (pp->home > (int)pp->ncountry || 5 * pp->country_hits[pp->home -
	    1] < 3 * pp->country_total)
		return;
	for (i = 0; i < pp->n; i++) {
		p = &pp->p[i];
		if (p->affil.l || p->title.l == 0 || p->role != ROLE_STORY ||
		    !state_title(lx, p->title.s))
			continue;
		buf_adds(&p->affil, lx->canon.s + lx->canon_off[pp->home - 1]);
	}
}

/* The folded hash of n bytes of s. */
static uint64_t
folded_hash(const char *w, size_t n)
{
	struct buf f = BUF_INIT;
	uint64_t h;

	people_fold(&f, w, n);
	h = hash_str(f.s ? f.s : "", f.l);
	buf_free(&f);
	return h;
}

/* Remember the capitalised words of an organisation, or of a place of
 * two words or more that ends in a word that ends names of places or
 * organisations ("Warner Bros", "Fishmongers' Hall"), at [a, b), but for
 * those after a given
 * name or a title, which may be a person's in it ("Newt Gingrich" in an
 * entity the tagger ran on, "Sultan Qaboos Grand Mosque"). */
static void
org_words(struct people *pp, const struct tagger *t, const struct tsent *s,
    size_t a, size_t b)
{
	size_t i;

	if (!tsent_entity_is(t, s, a, "ORG") && (b < a + 2 ||
	    !(tagger_gaz_bits(t, form(s, b - 1), s->w[b - 1].len) &
	    (GAZ_ORGHEAD | GAZ_LOCHEAD))))
		return;		/* a place: "Warner Bros", not "House Newt
				 * Gingrich" */
	for (i = a; i < b; i++)
		if (tsent_capitalized(s, i) && !(i > a &&
		    (tagger_gaz_bits(t, form(s, i - 1), s->w[i - 1].len) &
		    (GAZ_FIRST | GAZ_TITLE))))
			pp->orgwords[pp->norgwords++ % PEOPLE_ORGWORDS] =
			    folded_hash(form(s, i), s->w[i].len);
}

/* Is name (one word) a word of the document's organisations or places
 * (org_words())? */
static int
org_word(const struct people *pp, const char *name)
{
	uint64_t h = folded_hash(name, strlen(name));
	unsigned k;

	for (k = 0; k < pp->norgwords && k < PEOPLE_ORGWORDS; k++)
		if (pp->orgwords[k] == h)
			return 1;
	return 0;
}

/* The one person of the document other than one whose name of two
 * words or more begins with one's name (a word), or NULL if none or
 * several. */
static struct person *
given_name_of(struct people *pp, const struct person *one)
{
	struct person *hit = NULL;
	size_t i, n = one->name.l;

	for (i = 0; i < pp->n; i++) {
		struct person *q = &pp->p[i];

		if (q == one || q->ntok < 2 || q->role != ROLE_STORY ||
		    q->mentions == 0 || q->name.l <= n || q->name.s[n] != ' ' ||
		    memcmp(q->name.s, one->name.s, n) != 0)
			continue;
		if (hit)
			return NULL;	/* two: which? */
		hit = q;
	}
	return hit;
}

/* "Richard and Judy choose top books" before "Richard Madeley and Judy
 * Finnigan": a given name alone, with no title, named before the one
 * person of the document whose name begins with it, is that person (a
 * given name after the full name merges as it is named). */
static void
merge_given_names(struct people *pp)
{
	struct person *p, *q;
	size_t i;

	for (i = 0; i < pp->n; i++) {
		p = &pp->p[i];
		if (p->ntok != 1 || p->title.l || p->role != ROLE_STORY ||
		    p->mentions == 0 || (q = given_name_of(pp, p)) == NULL ||
		    q->first <= p->first)
			continue;	/* after it: kept apart on purpose
					 * ("Smith's father, Joseph") */
		q->mentions += p->mentions;
		q->first = p->first;
		people_add_alias(&q->aliases, q->name.s, p->name.s);
		p->mentions = 0;	/* drop_org_names() takes it out */
	}
}

/* Is s a word of capital letters ("PAL", "NATO")?  Alone, with no title
 * and no name a list knows, the tagger's person is an organisation's
 * initials. */
static int
acronym(const char *s)
{
	size_t n = 0;

	for (; *s; s++, n++)
		if (*s < 'A' || *s > 'Z')
			return 0;
	return n >= 2;
}

/* "Warner" of a document about "Time Warner" and "Warner Bros": people
 * of one word, no title and no other name, whose word the document's
 * organisations and places hold, or that no list knows and only a
 * possessive names ("at Sotheby's"), and those merged into another
 * (no mentions left), are taken out (their buffers emptied and kept
 * past pp->n). */
static void
drop_org_names(struct people *pp)
{
	struct person tmp;
	size_t i, j = 0;

	for (i = 0; i < pp->n; i++) {
		struct person *p = &pp->p[i];

		if (p->mentions == 0 || (p->ntok == 1 && p->title.l == 0 &&
		    p->aliases.l == 0 && p->role == ROLE_STORY &&
		    (org_word(pp, p->name.s) || (!p->known &&
		    (p->possessive == p->mentions || acronym(p->name.s)))))) {
			buf_reset(&p->name);
			buf_reset(&p->title);
			buf_reset(&p->affil);
			buf_reset(&p->aliases);
			continue;
		}
		if (j != i) {
			tmp = pp->p[j];
			pp->p[j] = pp->p[i];
			pp->p[i] = tmp;
		}
		j++;
	}
	pp->n = j;
}

/* The canonical form of title word w[0..n) (title-forms.tsv), as written
 * or with its first letter in lower case ("Spokeswoman"); NULL if none. */
static const char *
title_form(const struct people_lex *lx, const char *w, size_t n)
{
	char low[64];
	int v;

	if ((v = wordset_get(&lx->title_forms, w, n)) == 0 && n < sizeof(low) &&
	    w[0] >= 'A' && w[0] <= 'Z') {
		memcpy(low, w, n);
		low[0] = (char)ascii_lower((unsigned char)w[0]);
		v = wordset_get(&lx->title_forms, low, n);
	}
	return v ? lx->canon.s + lx->canon_off[v - 1] : NULL;
}

/* A title with its abbreviations spelled out: "Lt. Gov." is Lieutenant
 * Governor (title-forms.tsv). */
static void
title_forms(const struct people_lex *lx, struct buf *t)
{
	struct buf out = BUF_INIT;
	const char *canon;
	size_t i, j;

	if (t->l == 0)
		return;
	for (i = 0; i < t->l; i = j + 1) {
		for (j = i; j < t->l && t->s[j] != ' '; j++)
			;
		if (i > 0)
			buf_addc(&out, ' ');
		if ((canon = title_form(lx, t->s + i, j - i)) != NULL)
			buf_adds(&out, canon);
		else
			buf_add(&out, t->s + i, j - i);
	}
	if (out.failed) {
		buf_free(&out);
		return;		/* the title as written */
	}
	buf_free(t);
	*t = out;
}

void
people_end(struct people *pp, const struct people_lex *lx)
{
	struct person *p, *hit;
	const char *sp;
	uint64_t h;
	unsigned k;
	size_t i;

	for (k = 0; k < pp->nunnamed && k < PEOPLE_THINGS; k++) {
		hit = NULL;
		for (i = 0; i < pp->n; i++) {
			p = &pp->p[i];
			if (p->affil.l || p->title.l == 0 || p->role !=
			    ROLE_STORY)
				continue;
			sp = strrchr(p->title.s, ' ');
			sp = sp ? sp + 1 : p->title.s;
			h = head_hash(sp, strlen(sp));
			if (h != pp->unnamed[k])
				continue;
			if (hit) {
				hit = NULL;	/* two: which? */
				break;
			}
			hit = p;
		}
		if (hit)
			buf_adds(&hit->affil, lx->canon.s +
			    lx->canon_off[pp->unnamed_country[k] - 1]);
	}
	home_country(pp, lx);
	merge_given_names(pp);
	drop_org_names(pp);
	for (i = 0; i < pp->n; i++)
		title_forms(lx, &pp->p[i].title);
}

/* An entity of another type at word i: its end in *b, and the person at
 * its end, if it has one (person_after_country()). */
static int
other_entity(struct people *pp, const struct people_lex *lx,
    struct tagger *t, struct tsent *s, size_t i, size_t *b,
    unsigned long sent)
{
	size_t at;

	*b = tsent_entity_end(t, s, i);
	if (countrys_person(lx, t, s, i, *b))
		return mention(pp, lx, t, s, i, *b, sent, ROLE_STORY);
	unnamed_title(pp, lx, s, i, *b);
	org_words(pp, t, s, i, *b);
	if ((at = person_after_country(lx, t, s, i, *b)) == *b)
		return 0;
	return mention(pp, lx, t, s, at, *b, sent, ROLE_STORY);
}

int
people_sentence(struct people *pp, const struct people_lex *lx,
    struct tagger *t, struct tsent *s, unsigned long sent, size_t sent_start)
{
	const char *type;
	size_t i, b;
	int later;
	enum people_role line;
	size_t prev = 0;

	(void)sent_start;
	if (!pp->home_seen) {
		pp->home_seen = 1;
		pp->home = count_countries(pp, lx, s);
	} else
		count_countries(pp, lx, s);
	line = byline_line(s) ? ROLE_BYLINE : ROLE_STORY;
	if (!pp->body && names_only_line(t, s))
		line = ROLE_BYLINE;
	else if (!pp->body && s->n >= 6 && ends_statement(s))
		pp->body = 1;
	if (byline(s))
		return mention(pp, lx, t, s, 1, s->n, sent, ROLE_BYLINE);
	for (i = 0; i < s->n; i = b) {
		b = i + 1;
		if (t->m.nner == 0)
			break;
		storm_name(pp, t, s, i);
		type = tsent_entity(t, s, i);
		if (type == NULL && (b = family_first(lx, t, s, i)) > i + 1) {
			if (mention(pp, lx, t, s, i, b, sent, line) < 0)
				return -1;
			continue;
		}
		b = i + 1;
		if (type == NULL && (later = later_title(lx, t, s, i,
		    &b)) != 0) {
			if (later < 0)
				return -1;
			title_of_last(pp, s, i + 1, b, sent);
			continue;
		}
		if (type == NULL)
			continue;
		if (strcmp(type, "PER") != 0) {
			if (other_entity(pp, lx, t, s, i, &b, sent) < 0)
				return -1;
			continue;
		}
		b = name_right(t, s, i, hyphenated_end(s, tsent_entity_end(t,
		    s, i)));
		if ((i >= 2 && people_party_state(lx, s, i - 2)) ||
		    person_of_person(t, s, i) || dateline_place(s, i, b) ||
		    abbreviated_end(s, b))
			continue;	/* "Nev." of "(D-Nev.)", "W. Va." */
		i = name_left(t, s, i, prev, sent > 1);
		prev = b;
		if (thing(pp, lx, t, s, i, b) || family(s, i, b) ||
		    role_played(t, s, i, b) || place_in_country(lx, t, s, i, b))
			continue;
		pp->borrow = shared_surname(t, s, i, b);
		if (pp->borrow && named_before(pp, s, i))
			pp->borrow = 0;	/* "Clinton and Monica Lewinsky" */
		if (mention(pp, lx, t, s, i, b, sent, line) < 0)
			return -1;
		pp->borrow = 0;
	}
	return 0;
}

int
people_add_record(struct people *pp, const struct people_lex *lx,
    struct annotator *a, const struct srec *rec, struct tsent *s)
{
	struct window w;
	int rc;

	annotate_begin(a, rec);
	while ((rc = annotate_window(a, s, PEOPLE_TAGS, &w)) > 0) {
		window_own(s, &w);
		if (people_sentence(pp, lx, a->tagger, s, rec->sent,
		    rec->start) < 0)
			return -1;
	}
	return rc;
}
