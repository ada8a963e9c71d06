#include "roles.h"

#include <string.h>

#include "depparse.h"

#define NONE ((size_t)-1)

/* ---- the tree ---- */

static size_t
head(const struct tsent *s, size_t i)
{
	return s->w[i].head == 0 ? NONE : (size_t)s->w[i].head - 1;
}

static const char *
rel(const struct tagger *t, const struct tsent *s, size_t i)
{
	return depparser_label(t->parser, s->w[i].rel);
}

static int
rel_is(const struct tagger *t, const struct tsent *s, size_t i, const char *r)
{
	return strcmp(rel(t, s, i), r) == 0;
}

/* The relation is r or one of its subtypes ("nsubj", "nsubj:pass"). */
static int
rel_kind(const struct tagger *t, const struct tsent *s, size_t i,
    const char *r)
{
	size_t n = strlen(r);
	const char *l = rel(t, s, i);

	return strncmp(l, r, n) == 0 && (l[n] == '\0' || l[n] == ':');
}

/* Is word i in the subtree of word top? */
static int
under(const struct tsent *s, size_t i, size_t top)
{
	size_t k;

	for (k = 0; i != NONE && k <= s->n; k++, i = head(s, i))
		if (i == top)
			return 1;
	return 0;
}

/* The last word of the subtree of word top. */
static size_t
subtree_end(const struct tsent *s, size_t top)
{
	size_t i, end = top;

	for (i = top + 1; i < s->n; i++)
		if (under(s, i, top))
			end = i;
	return end;
}

/* The first child of word h after word from with relation kind r, or
 * NONE. */
static size_t
child(const struct tagger *t, const struct tsent *s, size_t h, size_t from,
    const char *r)
{
	size_t i;

	for (i = from; i < s->n; i++)
		if (head(s, i) == h && rel_kind(t, s, i, r))
			return i;
	return NONE;
}

/* ---- words ---- */

/* The words [*a, *b) of the entity word i is in. */
static void
entity_span(const struct tagger *t, const struct tsent *s, size_t i,
    size_t *a, size_t *b)
{
	*a = tsent_entity_start(t, s, i);
	*b = tsent_entity_end(t, s, i);
}

/* Is word i a proper noun of two capitals or more, no entity's? */
static int
acronym_at(const struct tagger *t, const struct tsent *s, size_t i)
{
	const char *f = tsent_form(s, i);
	size_t k;

	if (s->w[i].len < 2 || tsent_entity(t, s, i) != NULL ||
	    strcmp(t->upos[s->w[i].pos], "PROPN") != 0)
		return 0;
	for (k = 0; k < s->w[i].len; k++)
		if (f[k] < 'A' || f[k] > 'Z')
			return 0;
	return 1;
}

/* A common noun, or a capitalised one ("President"), that names no
 * person; or an adjective, which a title's head is tagged now and then
 * ("the chief executive"). */
static int
nounish(const struct tagger *t, const struct tsent *s, size_t i)
{
	const char *u = t->upos[s->w[i].pos];

	return (strcmp(u, "NOUN") == 0 || strcmp(u, "PROPN") == 0 ||
	    strcmp(u, "ADJ") == 0) &&
	    !tsent_entity_is(t, s, i, "PER");
}

/* ---- the noun ---- */

/* The word of [a, b) whose head is outside it: the name's head. */
static size_t
name_head(const struct tsent *s, size_t a, size_t b)
{
	size_t i, h;

	for (i = a; i < b; i++)
		if ((h = head(s, i)) == NONE || h < a || h >= b)
			return i;
	return NONE;
}

/* The names joined to h by "and" (h first, or the first of them), in
 * order, into l: how many, at most max. */
static size_t
conj_names(const struct tagger *t, const struct tsent *s, size_t h,
    size_t *l, size_t max)
{
	size_t first = h, i, n = 0;

	if (rel_is(t, s, h, "conj") && head(s, h) != NONE)
		first = head(s, h);
	l[n++] = first;
	for (i = first + 1; i < s->n && n < max; i++)
		if (head(s, i) == first && rel_is(t, s, i, "conj"))
			l[n++] = i;
	return n;
}

/* "A and B, a businessman and a diplomat respectively": the noun of the
 * list that has h's place in its list of names, or NONE. */
static size_t
respectively(const struct tagger *t, const struct tsent *s, size_t h)
{
	size_t names[8], nouns[8], nn, k, c, i, r, nk;

	for (r = 0; r < s->n && strcmp(tsent_form(s, r), "respectively"); r++)
		;
	if (r == s->n)
		return NONE;
	nn = conj_names(t, s, h, names, 8);
	if (nn < 2)
		return NONE;
	for (k = 0; k < nn; k++) {
		if ((c = child(t, s, names[k], names[k] + 1, "appos")) == NONE ||
		    !under(s, r, c) || !nounish(t, s, c))
			continue;
		nk = 0;
		nouns[nk++] = c;
		for (i = c + 1; i < s->n && nk < 8; i++)
			if (head(s, i) == c && rel_is(t, s, i, "conj"))
				nouns[nk++] = i;
		if (nk != nn)
			return NONE;
		for (i = 0; i < nn; i++)
			if (names[i] == h)
				return nouns[i];
	}
	return NONE;
}

/* A noun after verb v introduced by "as" ("resigned as governor"): the
 * noun, or NONE. */
static size_t
as_child(const struct tagger *t, const struct tsent *s, size_t v)
{
	size_t i, c;

	for (i = v + 1; i < s->n; i++)
		if (head(s, i) == v && (rel_kind(t, s, i, "obl") ||
		    rel_kind(t, s, i, "xcomp") || rel_kind(t, s, i, "advcl")) &&
		    nounish(t, s, i) && (c = child(t, s, i, v + 1, "case")) !=
		    NONE && c < i && strcmp(tsent_form(s, c), "as") == 0)
			return i;
	return NONE;
}

/* The title noun of the name whose head is h: its apposition, the noun
 * it is in apposition to, the predicate of a copula it is the subject
 * of, a noun it is "as" of a verb it is the subject of; NONE if none. */
static size_t
title_noun(const struct tagger *t, const struct tsent *s, size_t h)
{
	static const char *const cop[] = { "is", "was", "has", "had",
		"becomes", "became", "remains", "remained", "will", "'s", NULL };
	static const char *const become[] = { "become", "becomes", "became",
		"remain", "remains", "remained", "elected", "appointed",
		"named", NULL };
	size_t n, c, like;

	if ((n = respectively(t, s, h)) != NONE)
		return n;
	if ((n = child(t, s, h, h + 1, "appos")) != NONE && nounish(t, s, n))
		return n;
	n = head(s, h);
	if (n != NONE && n < h && rel_is(t, s, h, "appos") && nounish(t, s, n))
		return n;
	/* "X became prime minister", "X was elected president" */
	if (n != NONE && n > h && rel_kind(t, s, h, "nsubj") &&
	    tsent_form_in(s, n, become) && ((c = child(t, s, n, n + 1,
	    "xcomp")) != NONE || (rel_is(t, s, h, "nsubj:pass") &&
	    (c = child(t, s, n, n + 1, "obj")) != NONE)) && nounish(t, s, c))
		return c;
	/* "X resigned as the governor", "was sworn in as the new governor" */
	if (n != NONE && n > h && rel_kind(t, s, h, "nsubj") &&
	    (c = as_child(t, s, n)) != NONE)
		return c;
	/* "X is the chief of Y": the copula right after the name; not a
	 * likeness ("Trump was like a sprinter") */
	if (n != NONE && n > h && rel_kind(t, s, h, "nsubj") &&
	    nounish(t, s, n) && (c = child(t, s, n, h + 1, "cop")) != NONE &&
	    c < n && tsent_form_in(s, c, cop) && ((like = child(t, s, n, h + 1,
	    "case")) == NONE || like > n))
		return n;
	return NONE;
}

/* ---- its title and affiliation ---- */

/* The words before noun n that modify it (adjectives, nouns before it,
 * "former"), as far left as they go unbroken. */
static size_t
title_start(const struct tagger *t, const struct tsent *s, size_t n)
{
	static const char *const stop[] = { "det", "nmod:poss", "case",
		"punct", "cc", "conj", "appos", "cop", "nsubj", "nummod",
		"advmod", NULL };
	static const char *const title_prefix[] = { "vice", "co", "ex", NULL };
	const char *const *q;
	const char *x;
	size_t a = n, h;

	while (a > 0) {
		/* the hyphen of "vice-president", as the tokenizer cuts it
		 * (not "now-former") */
		if (a >= 2 && strcmp(tsent_form(s, a - 1), "-") == 0 &&
		    s->w[a - 1].glued && a < s->n && s->w[a].glued &&
		    tsent_form_in_ci(s, a - 2, title_prefix)) {
			a -= 2;
			continue;
		}
		h = head(s, a - 1);
		x = t->xpos[s->w[a - 1].pos];
		/* not a superlative: "the most brilliant scientist" */
		if (h == NONE || h < a || h > n || tsent_entity_is(t, s, a - 1, "PER") ||
		    strcmp(x, "JJS") == 0 || strcmp(x, "RBS") == 0)
			break;
		if (a - 1 > 0 && head(s, a - 2) == a - 1 &&
		    rel_is(t, s, a - 2, "advmod"))
			break;
		for (q = stop; *q && !rel_is(t, s, a - 1, *q); q++)
			;
		if (*q)
			break;
		a--;
	}
	return a;
}

/* An affiliation: the organisation or place entity at word i, into r. */
static int
affil_at(const struct tagger *t, const struct tsent *s, size_t i,
    int places, struct role *r)
{
	if (!(tsent_entity_is(t, s, i, "ORG") || (places && tsent_entity_is(t, s, i,
	    "LOC"))))
		return 0;
	entity_span(t, s, i, &r->aa, &r->ab);
	/* "Youth Forum Zimbabwe" tagged a place at its last word: capitalised
	 * words before it that the parse makes part of its name */
	while (r->aa > 0 && tsent_entity(t, s, r->aa - 1) == NULL &&
	    tsent_capitalized(s, r->aa - 1) && head(s, r->aa - 1) >= r->aa &&
	    head(s, r->aa - 1) < r->ab && (rel_kind(t, s, r->aa - 1,
	    "compound") || rel_kind(t, s, r->aa - 1, "flat")))
		r->aa--;
	return 1;
}

/* Has [a, b) a person or organisation entity in it, or with places set,
 * any entity? */
static int
has_entity(const struct tagger *t, const struct tsent *s, size_t a,
    size_t b, int places)
{
	for (; a < b; a++)
		if (tsent_entity_is(t, s, a, "PER") || tsent_entity_is(t, s, a, "ORG") ||
		    (places && tsent_entity(t, s, a)))
			return 1;
	return 0;
}

/* The first organisation entity in [a, b), else the last place entity,
 * as the affiliation ("head of currency strategy at Bank of America in
 * New York", "of the Polish city of Gdańsk"). */
static void
affil_entity(const struct tagger *t, const struct tsent *s, size_t a,
    size_t b, struct role *r)
{
	size_t i;

	for (i = a; i < b; i++)
		if (affil_at(t, s, i, 0, r))
			return;
	while (b-- > a)
		if (affil_at(t, s, b, 1, r))
			return;
}

/* An organisation the tagger left unlabelled, the capitalised word m and
 * the capitalised words the parse hangs before it ("strategist at
 * Prudential Securities", "director at Intelsat"), into r. */
static int
unlabelled_org(const struct tagger *t, const struct tsent *s, size_t m,
    struct role *r)
{
	static const char *const glue[] = { "of", "for", "and", "&", "-",
		NULL };
	size_t a = m, b = m + 1, end = subtree_end(s, m);

	if (m == 0 || !tsent_capitalized(s, m) || tsent_entity(t, s, m))
		return 0;
	/* the words before it that the parse hangs on it ("Prudential",
	 * tagged alone, of "Prudential Securities"; "New York University
	 * School") */
	while (a > 0 && head(s, a - 1) > a - 1 && head(s, a - 1) <= m &&
	    tsent_capitalized(s, a - 1) && !tsent_entity_is(t, s, a - 1,
	    "PER") && (rel_kind(t, s, a - 1, "compound") || rel_kind(t, s,
	    a - 1, "flat") || rel_kind(t, s, a - 1, "amod") ||
	    rel_kind(t, s, a - 1, "nmod")))
		a--;
	/* over a plural's possessive apostrophe: "Elementary Teachers'
	 * Federation of Ontario" */
	while (a >= 2 && strcmp(tsent_form(s, a - 1), "'") == 0 &&
	    s->w[a - 1].glued && tsent_capitalized(s, a - 2) &&
	    head(s, a - 2) == a && tsent_entity(t, s, a - 2) == NULL) {
		a -= 2;
		while (a > 0 && head(s, a - 1) == a && tsent_capitalized(s,
		    a - 1) && tsent_entity(t, s, a - 1) == NULL)
			a--;
	}
	/* and its capitalised words after it, with the words that glue them
	 * ("Center of Media Justice", "Urban-Brookings Tax Policy Center") */
	while (b <= end && (tsent_capitalized(s, b) || (b + 1 <= end &&
	    tsent_form_in(s, b, glue) && tsent_capitalized(s, b + 1))))
		b++;
	r->aa = a;
	r->ab = b;
	return 1;
}

/* The organisation of an "at", "with" or "for" complement of noun n from
 * word from on ("director for satellite engineering at Intelsat": of
 * "engineering"), into r: its preposition's word, or NONE.  A place, or
 * one no entity names, only after "at" or "with": after "for" it is as
 * often a portfolio. */
static size_t
org_complement_of(const struct tagger *t, const struct tsent *s, size_t n,
    size_t from, struct role *r)
{
	static const char *const prep[] = { "at", "with", "for", NULL };
	size_t m, c;

	for (m = from; m < s->n && r->aa == r->ab; m++)
		if (head(s, m) == n && rel_is(t, s, m, "nmod") &&
		    (c = child(t, s, m, 0, "case")) != NONE && c > n &&
		    tsent_form_in(s, c, prep) && (affil_at(t, s, m,
		    strcmp(tsent_form(s, c), "for") != 0, r) ||
		    /* not "minister for East African Affairs" */
		    (strcmp(tsent_form(s, c), "for") != 0 &&
		    unlabelled_org(t, s, m, r))))
			return c;
	return NONE;
}

/* The complements of noun n after it: "of/at/with/from/for ORG" and "of
 * PLACE" are the affiliation, "of state", "to Türkiye", "for the Middle
 * East" part of the title when they follow it unbroken. */
static void
complements(const struct tagger *t, const struct tsent *s, size_t n,
    struct role *r)
{
	static const char *const org[] = { "of", "at", "with", "from", "for",
		NULL };
	static const char *const place[] = { "of", "at", "with", "from",
		NULL };
	static const char *const title[] = { "of", "to", "for", "In", NULL };
	size_t m, c, end;

	for (m = n + 1; m < s->n; m++) {
		if (head(s, m) != n || !rel_is(t, s, m, "nmod") ||
		    (c = child(t, s, m, 0, "case")) == NONE || c < n)
			continue;
		end = subtree_end(s, m);
		if (r->aa == r->ab && ((tsent_form_in(s, c, org) &&
		    affil_at(t, s, m, 0, r)) || (tsent_form_in(s, c, place) &&
		    affil_at(t, s, m, 1, r)))) {
			/* "member of the Rajya Sabha": the title too */
			if (c == r->tb && roles_member(s, n) &&
			    strcmp(tsent_form(s, c), "of") == 0)
				r->tb = end + 1;
			break;
		}
		if (c == r->tb && tsent_form_in(s, c, title)) {
			/* "head of currency strategy": the title; an
			 * organisation may follow, hung on it ("director for
			 * satellite engineering at Intelsat") or on the title
			 * ("at Bank of America") */
			struct role o = *r;
			size_t oc = org_complement_of(t, s, m, m + 1, &o);

			if (oc != NONE)
				end = oc - 1;
			if (end < r->tb + 6 && !has_entity(t, s, c, end + 1,
			    strcmp(tsent_form(s, c), "of") == 0)) {
				r->tb = end + 1;
				r->aa = o.aa;
				r->ab = o.ab;
				m = end;
				continue;
			}
		}
		/* "of the Polish city of Gdańsk"; but an organisation no
		 * entity names comes first ("of the Elementary Teachers'
		 * Federation of Ontario") */
		if (r->aa == r->ab && strcmp(tsent_form(s, c), "of") == 0 &&
		    !(unlabelled_org(t, s, m, r) && (r->ab > r->aa + 1 ||
		    tsent_in_capitals(s, r->aa)))) {
			r->aa = r->ab = 0;	/* not "leader of the Jews" */
			affil_entity(t, s, m, end + 1, r);
		}
		break;
	}
	if (r->aa == r->ab)	/* an organisation no entity names */
		org_complement_of(t, s, n, n + 1, r);
}

/* An organisation or place that owns noun n: "China's Huawei", "Acme's
 * chief executive". */
static void
possessor(const struct tagger *t, const struct tsent *s, size_t n,
    struct role *r)
{
	size_t p = child(t, s, n, 0, "nmod:poss");

	if (r->aa == r->ab && p != NONE && p < n)
		affil_at(t, s, p, 1, r);
}

int
roles_member(const struct tsent *s, size_t i)
{
	static const char *const member[] = { "member", "members", "Member",
		"Members", NULL };

	return tsent_form_in(s, i, member);
}

int
roles_of(const struct tagger *t, const struct tsent *s, size_t a, size_t b,
    struct role *r)
{
	size_t h, n;

	if (t->parser == NULL || !(s->done & TAG_PARSE) ||
	    (h = name_head(s, a, b)) == NONE ||
	    (n = title_noun(t, s, h)) == NONE)
		return 0;
	r->noun = n;
	r->ta = title_start(t, s, n);
	r->tb = n + 1;
	r->aa = r->ab = 0;
	/* "Acme chief executive": an organisation before the title ("a
	 * Toronto lawyer" is one who lives there) */
	while (r->ta < n && tsent_entity_is(t, s, r->ta, "ORG")) {
		if (r->aa == r->ab)
			entity_span(t, s, r->ta, &r->aa, &r->ab);
		r->ta++;
	}
	/* or an acronym the entity model left out ("NUJ General
	 * Secretary"), a proper noun in capitals */
	if (r->ta < n && r->aa == r->ab && acronym_at(t, s, r->ta)) {
		r->aa = r->ta++;
		r->ab = r->ta;
	}
	complements(t, s, n, r);
	possessor(t, s, n, r);
	return 1;
}

int
roles_work_noun(const struct tsent *s, size_t i)
{
	static const char *const work[] = { "film", "movie", "book", "song",
		"album", "show", "series", "novel", "documentary", "program",
		"programme", "play", "musical", "article", "column", "op-ed",
		"editorial", "headline", "poem", "episode", "podcast", "titled",
		"entitled", "headlined", "memoir", "report", "single", "track",
		"opera", "exhibition", "exhibit", "painting", "magazine",
		"newspaper", "broadcast", "segment", "hashtag", "sitcom",
		"biography", NULL };

	return i < s->n && tsent_form_in_ci(s, i, work);
}
