#include "token.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"
#include "wordset.h"

struct tokenizer {
	struct wordset abbrev;	/* data/abbreviations.txt */
	struct wordset prefix;	/* "non" in "non-violent": the hyphen stays */
	struct wordset unit;	/* "bn" in "1.13bn": split from the number */
	struct wordset domain;	/* "com" in "x.com": a domain or file name */
	struct wordset fused;	/* "cannot": the value - 1 is where it splits */
};

/* EWT keeps the hyphen after these (measured on EWT train: "non-" 28 kept,
 * none split; "self-" 11 split, none kept, so it is not here). */
static const char *const prefixes[] = {
	"e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "pro",
	"multi", "ex", "sub", "semi", "cross", "neo", "psycho", "socio",
	"arch", "counter", "intra", "inter", "un", "micro", "macro", "ultra",
	"extra", "infra", "pan", "mini", NULL
};

/* Letters after a number that EWT makes a word of their own ("35mm",
 * "5pm", "$5m"); ordinals ("21st") and decades ("1990s") stay whole. */
static const char *const units[] = {
	"am", "pm", "k", "m", "b", "bn", "mn", "t", "tn", "tr", "mm", "cm",
	"km", "kg", "mg", "ml", "ft", "sqft", "hz", "khz", "mhz", "ghz", "mph",
	"kph", "kmh", "lb", "lbs", "oz", "p", "c", "f", "min", "mins", "hr",
	"hrs", "yr", "yrs", "gb", "mb", "kb", "tb", "x", "kw", "mw", "gw",
	"kwh", "mwh", "hh", "watt", "minutes", "mil", "bln", "mln", NULL
};

/* The last part of a domain or a file name: "anadolu.com.tr", "a.doc". */
static const char *const domains[] = {
	"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io",
	"co", "uk", "us", "ca", "de", "fr", "tr", "au", "ru", "cn", "jp", "in",
	"it", "es", "nl", "ch", "se", "no", "eu", "tv", "me", "be", "at", "pl",
	"br", "mx", "za", "nz", "ie", "il", "gr", "pt", "dk", "fi", "kr", "az",
	"ir", "pk", "sa", "ae", "eg", "ua", "ly", "ws", "fm", "ai", "news",
	"htm", "html", "php", "asp", "aspx", "jsp", "cgi", "doc", "docx",
	"xls", "xlsx", "pdf", "txt", "ppt", "pptx", "jpg", "jpeg", "gif",
	"png", "zip", "exe", "csv", "xml", NULL
};

/* Words EWT splits without an apostrophe, and where. */
static const struct {
	const char *w;
	int at;
} fused[] = {
	{ "cannot", 3 }, { "gonna", 3 }, { "wanna", 3 }, { "gotta", 3 },
	{ "dont", 2 }, { "didnt", 3 }, { "doesnt", 4 }, { "cant", 2 },
	{ "wont", 2 }, { "isnt", 2 }, { "wasnt", 3 }, { "arent", 3 },
	{ "werent", 4 }, { "couldnt", 5 }, { "wouldnt", 5 },
	{ "shouldnt", 6 }, { "havent", 4 }, { "hasnt", 3 }, { "hadnt", 3 },
	{ "aint", 2 }, { "im", 1 }, { "ive", 1 }, { "youre", 3 },
	{ "theyre", 4 }, { "thats", 4 }, { "theres", 5 }, { "whats", 4 },
	{ NULL, 0 }
};

/* Emoticons, longest first where one begins another. */
static const char *const emoticons[] = {
	":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ";-)", ":'(", ":))", ":((",
	":)", ":(", ":D", ":P", ":p", ":/", ":O", ":o", ":|", ":]", ":[",
	";)", ";D", ";P", ";p", "=)", "=(", "=D", "<3", "^_^", "^^", NULL
};

/* The state of one call of tokenize(). */
struct tz {
	const struct tokenizer *tk;
	const unsigned char *t;
	size_t n;
	size_t tail;		/* only closers and whitespace from here on */
	struct tokspan **out;
	size_t *cap;
	size_t nt;
	int oom;
};

int
abbrev_kind_of(const char *kind)
{
	if (kind == NULL || strcmp(kind, "any") == 0)
		return ABBR_ANY;
	if (strcmp(kind, "place") == 0)
		return ABBR_PLACE;
	return strcmp(kind, "title") == 0 ? ABBR_TITLE : 0;
}

static int
put_all(struct wordset *ws, const char *const *w)
{
	for (; *w; w++)
		if (wordset_put(ws, *w, strlen(*w), 1) < 0)
			return -1;
	return 0;
}

struct tokenizer *
tokenizer_new(void)
{
	struct tokenizer *tk = calloc(1, sizeof(*tk));
	int i, bad;

	if (tk == NULL)
		return NULL;
	bad = put_all(&tk->prefix, prefixes) < 0 ||
	    put_all(&tk->unit, units) < 0 || put_all(&tk->domain, domains) < 0;
	for (i = 0; !bad && fused[i].w; i++)
		bad = wordset_put(&tk->fused, fused[i].w, strlen(fused[i].w),
		    fused[i].at + 1) < 0;
	if (bad) {
		tokenizer_free(tk);
		return NULL;
	}
	return tk;
}

void
tokenizer_free(struct tokenizer *tk)
{
	if (tk == NULL)
		return;
	wordset_free(&tk->abbrev);
	wordset_free(&tk->prefix);
	wordset_free(&tk->unit);
	wordset_free(&tk->domain);
	wordset_free(&tk->fused);
	free(tk);
}

int
tokenizer_load_abbrev(struct tokenizer *tk, const char *path, char *err,
    size_t errsize)
{
	return wordset_load(&tk->abbrev, path, abbrev_kind_of, err, errsize);
}

/* ---- characters ---- */

static inline int32_t
cp_at(const struct tz *z, size_t i, size_t end, int *len)
{
	int32_t cp;

	if (z->t[i] < 0x80) {	/* most of the text: no decoding */
		*len = 1;
		return z->t[i];
	}
	*len = utf8_decode(z->t + i, end - i, &cp);
	return cp;
}

static int
is_apos(int32_t c)
{
	return c == '\'' || c == 0x2019 || c == '`' || c == 0x2BC;
}

/* A single quotation mark or apostrophe; two in a row are one token. */
static int
is_quote1(int32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x2018 || c == '`';
}

static int
is_hyphen(int32_t c)
{
	return c == '-' || c == 0x2010 || c == 0x2011;
}


/* Letters, digits and anything else that is not punctuation or a symbol
 * (other scripts, combining marks); an invalid byte counts as a letter so
 * that it stays inside a word. */
static int is_word_other(int32_t c);

static inline int
is_word(int32_t c)
{
	if (c >= 0 && c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z') || c == '_';
	return is_word_other(c);
}

static int
is_word_other(int32_t c)
{
	if (c < 0)
		return 1;
	/* Latin-1 punctuation and signs, but ª º µ, the soft hyphen,
	 * superscripts and fractions */
	if (c <= 0xBF)
		return c == 0xAA || c == 0xBA || c == 0xB5 || c == 0xAD ||
		    c == 0xB2 || c == 0xB3 || c == 0xB9 ||
		    (c >= 0xBC && c <= 0xBE);
	if (c == 0xD7 || c == 0xF7 || c == 0x2BC)
		return 0;
	if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
	    (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
	    (c >= 0x1F000 && c <= 0x1FAFF))
		return 0;
	return 1;
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
word_at(const struct tz *z, size_t i, size_t end)
{
	int len;

	return i < end && is_word(cp_at(z, i, end, &len));
}

/* A wordset look-up of s[0..n) in ASCII lower case. */
static int
get_lower(const struct wordset *ws, const unsigned char *s, size_t n)
{
	char low[32];
	size_t i;

	if (n > sizeof(low) || n == 0 || !wordset_maybe(ws, ascii_lower(s[0]),
	    ascii_lower(s[n - 1]), n))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)ascii_lower(s[i]);
	return wordset_get(ws, low, n);
}

/* ---- output ---- */

static void
emit(struct tz *z, size_t s, size_t e)
{
	if (s >= e || z->oom)
		return;
	if (grow(z->out, z->nt, z->cap, sizeof(**z->out)) < 0) {
		z->oom = 1;
		return;
	}
	(*z->out)[z->nt].s = (uint32_t)s;
	(*z->out)[z->nt].e = (uint32_t)e;
	z->nt++;
}

/* ---- clitics ---- */

/* The length of an apostrophe ending just before byte q (after lo), or 0. */
static int
apos_before(const struct tz *z, size_t q, size_t lo)
{
	size_t p;
	int32_t cp;

	if (q <= lo)
		return 0;
	p = utf8_prev(z->t, q);
	if (p < lo)
		return 0;
	utf8_decode(z->t + p, q - p, &cp);
	return is_apos(cp) ? (int)(q - p) : 0;
}

static int
is_suffix(const unsigned char *s, size_t k)
{
	static const char *const sfx[] = { "s", "d", "m", "re", "ve", "ll",
		NULL };
	const char *const *p;
	char low[2] = { 0, 0 };
	size_t i;

	if (k > sizeof(low))
		return 0;
	for (i = 0; i < k; i++)
		low[i] = (char)(s[i] | 0x20);
	for (p = sfx; *p; p++)
		if (strlen(*p) == k && memcmp(*p, low, k) == 0)
			return 1;
	return 0;
}

/* Where the clitic at the end of the word [s, e) starts ("'s", "'re",
 * "n't"), or e when there is none; the rest must not be empty. */
static size_t
clitic_start(const struct tz *z, size_t s, size_t e)
{
	size_t k, q;
	int al;

	for (k = 1; k <= 2 && k < e - s; k++) {
		q = e - k;
		if (!ascii_alpha(z->t[q]) || (al = apos_before(z, q, s)) == 0)
			continue;
		/* "80's" and "AK47's" stay whole, as in EWT */
		if (is_suffix(z->t + q, k) && q - (size_t)al > s &&
		    !(k == 1 && is_digit(z->t[q - (size_t)al - 1])))
			return q - (size_t)al;
		if (k == 1 && (z->t[q] | 0x20) == 't' && q - (size_t)al > s + 1 &&
		    (z->t[q - (size_t)al - 1] | 0x20) == 'n')
			return q - (size_t)al - 1;
	}
	return e;
}

/* The length of a clitic that starts with the apostrophe at i and is a
 * whole word ("'s" after "U.S.", "'ll" standing alone), or 0. */
static size_t
clitic_at(const struct tz *z, size_t i, size_t b)
{
	size_t k, q;
	int len;

	if (i >= b || !is_apos(cp_at(z, i, b, &len)))
		return 0;
	q = i + (size_t)len;
	for (k = 0; q + k < b && k < 3 && ascii_alpha(z->t[q + k]); k++)
		;
	if (k == 0 || k > 2 || word_at(z, q + k, b) || !is_suffix(z->t + q, k))
		return 0;
	return q + k - i;
}

/* ---- words ---- */

/* Is c, between two word characters, part of the word?  prev is the code
 * point before it; the byte after it is t[j]. */
static int
joins(const struct tz *z, int32_t c, int32_t prev, size_t j, size_t b)
{
	if (c == '.' || c == '&' || c == '@' || is_apos(c) || is_hyphen(c))
		return 1;
	if (prev < '0' || prev > '9' || !is_digit(z->t[j]))
		return 0;
	if (c == ':' || c == '/')
		return 1;
	/* "1,000" but not "[13,14]" */
	return c == ',' && j + 3 <= b && is_digit(z->t[j + 1]) &&
	    is_digit(z->t[j + 2]) && (j + 3 == b || !is_digit(z->t[j + 3]));
}

static int is_abbrev(const struct tz *z, size_t s, size_t e);
static int in_list(const struct tz *z, size_t s, size_t e);

/* A full stop at j after the word part [seg, j) that ends an abbreviation
 * glued to the next word: "Mr.Smith", "S.Korea", "P.O.Box", "Nov.28".
 * Only short parts are looked at, so that time stays linear. */
static int
glued_abbrev(const struct tz *z, size_t seg, size_t j, size_t b)
{
	int32_t c1, c2;
	int l1, l2;

	if (j - seg > 32 || j + 1 >= b)
		return 0;
	if (is_digit(z->t[j + 1]))
		return in_list(z, seg, j);
	c1 = cp_at(z, j + 1, b, &l1);
	if (!u_isupper(c1) || j + 1 + (size_t)l1 >= b)
		return 0;
	c2 = cp_at(z, j + 1 + (size_t)l1, b, &l2);
	return u_islower(c2) && is_abbrev(z, seg, j);
}

/* The end of the run of word characters and joiners from j, the word
 * starting at i. */
static size_t
run_end(const struct tz *z, size_t i, size_t j, size_t b)
{
	size_t seg = i;
	int32_t c, prev = -2;
	int len, nlen;

	while (j < b) {
		c = cp_at(z, j, b, &len);
		if (!is_word(c)) {
			if (prev == -2 || j + (size_t)len >= b ||
			    !is_word(cp_at(z, j + (size_t)len, b, &nlen)) ||
			    !joins(z, c, prev, j + (size_t)len, b))
				break;
			if (c == '.' && glued_abbrev(z, seg, j, b))
				break;
			if (is_hyphen(c))
				seg = j + (size_t)len;
		}
		prev = c;
		j += (size_t)len;
	}
	return j;
}

/* Does [i, b) start with w (lower case, or not a letter), in any case?
 * Most words differ at their first byte, so w is not measured first. */
static int
starts_ci(const struct tz *z, size_t i, size_t b, const char *w)
{
	size_t k;

	for (k = 0; w[k]; k++)
		if (i + k >= b || (z->t[i + k] | 0x20) != w[k])
			return 0;
	return 1;
}

static int
is_url_start(const struct tz *z, size_t i, size_t b)
{
	return starts_ci(z, i, b, "http://") || starts_ci(z, i, b, "https://") ||
	    starts_ci(z, i, b, "ftp://") || starts_ci(z, i, b, "mailto:") ||
	    (starts_ci(z, i, b, "www.") && word_at(z, i + 4, b));
}

/* A URL from i runs to the end of the chunk, less the punctuation after
 * it; a closing bracket stays when the URL opened it: "(see
 * http://x.org/a_(b))." keeps one ")" of two. */
static size_t
url_end(const struct tz *z, size_t i, size_t b)
{
	size_t e = b, k, p;
	long paren = 0, square = 0;
	int32_t c;

	for (k = i; k < b; k++) {
		paren += (z->t[k] == '(') - (z->t[k] == ')');
		square += (z->t[k] == '[') - (z->t[k] == ']');
	}
	while (e > i + 1) {
		p = utf8_prev(z->t, e);
		utf8_decode(z->t + p, e - p, &c);
		if (c == ')' || c == ']') {
			long *open = c == ')' ? &paren : &square;

			if (*open >= 0)
				break;
			(*open)++;
		} else if (!u_isclosing(c) && c != 0x2026 && !(c > 0 &&
		    c < 0x80 && strchr(".,;:!?>", c))) {
			break;
		}
		e = p;
	}
	return e;
}

/* The last dot-separated part of [s, e) names a domain or a file type. */
static int
is_domain(const struct tz *z, size_t s, size_t e)
{
	size_t p = e;

	while (p > s && ascii_alpha(z->t[p - 1]))
		p--;
	return p > s + 1 && z->t[p - 1] == '.' && e - p >= 2 &&
	    get_lower(&z->tk->domain, z->t + p, e - p);
}

/* [s, e) is in the abbreviation list: exactly, or in lower case when the
 * entry is. */
static int
in_list(const struct tz *z, size_t s, size_t e)
{
	return wordset_get(&z->tk->abbrev, (const char *)z->t + s, e - s) ||
	    get_lower(&z->tk->abbrev, z->t + s, e - s);
}

/* Keeps its full stop before another word: an abbreviation of the list,
 * one letter ("J."), or letters with inner dots ("U.S", "a.m", "Ph.D"). */
static int
is_abbrev(const struct tz *z, size_t s, size_t e)
{
	size_t i, piece = 0, dots = 0;
	int32_t c;
	int len;

	if (in_list(z, s, e))
		return 1;
	for (i = s; i < e; i += (size_t)len) {
		c = cp_at(z, i, e, &len);
		if (c == '.') {
			if (piece == 0)
				return 0;
			dots++;
			piece = 0;
		} else if (u_isalpha(c)) {
			if (++piece > 3)
				return 0;
		} else {
			return 0;
		}
	}
	if (dots == 0)
		return piece == 1;
	return piece > 0 && !is_domain(z, s, e);
}

/* Every hyphen-separated part of [s, e) is digits (or digits and '/', as in
 * "713/853-6197"), after an optional '+'; returns the number of hyphens, or
 * -1. */
static int
digit_parts(const struct tz *z, size_t s, size_t e, size_t *first,
    size_t *last)
{
	size_t i, start;
	int nh = 0;

	if (z->t[s] == '+')
		s++;
	start = s;
	*first = 0;
	for (i = s; i < e; i++) {
		if (z->t[i] == '-') {
			if (i == start)
				return -1;
			if (nh++ == 0)
				*first = i - start;
			start = i + 1;
		} else if (!is_digit(z->t[i]) && z->t[i] != '/') {
			return -1;
		}
	}
	*last = e - start;
	return nh;
}

/* Telephone numbers and post codes keep their hyphens ("713-853-3989",
 * "345-9945", "77415-0027"); ranges do not ("1969-1970", "5-10"). */
static int
is_phone(const struct tz *z, size_t s, size_t e)
{
	size_t first = 0, last = 0;
	int nh = digit_parts(z, s, e, &first, &last);

	if (nh >= 2)
		return 1;
	return nh == 1 && last == 4 && first != 4 && first != 0;
}

/* One part of a word, with its full stop when dot: a fused form and a
 * number with a unit come apart. */
static void
emit_piece(struct tz *z, size_t s, size_t e, int dot)
{
	const struct tokenizer *tk = z->tk;
	size_t k, d;
	int at;

	if (s >= e)
		return;
	if (!dot && e - s <= 8) {
		for (k = s; k < e && ascii_alpha(z->t[k]); k++)
			;
		if (k == e && (at = get_lower(&tk->fused, z->t + s, e - s)) > 0) {
			emit(z, s, s + (size_t)at - 1);
			emit(z, s + (size_t)at - 1, e);
			return;
		}
	}
	if (!dot && is_digit(z->t[s])) {
		for (d = s; d < e && (is_digit(z->t[d]) || z->t[d] == '.' ||
		    z->t[d] == ',' || z->t[d] == ':'); d++)
			;
		for (k = d; k < e && ascii_alpha(z->t[k]); k++)
			;
		if (k == e && d < e && is_digit(z->t[d - 1]) &&
		    get_lower(&tk->unit, z->t + d, e - d)) {
			emit(z, s, d);
			emit(z, d, e);
			return;
		}
	}
	emit(z, s, e + (dot ? 1 : 0));
}

/* The word [s, e) (no clitic), its full stop with it when dot: hyphens
 * split off except after a prefix, in numbers and in addresses. */
static void
emit_parts(struct tz *z, size_t s, size_t e, int dot, int whole)
{
	size_t ps = s, seg = s, h;
	int32_t c;
	int len;

	if (!whole)
		whole = is_phone(z, s, e);
	for (h = s; !whole && h < e; h += (size_t)len) {
		c = cp_at(z, h, e, &len);
		if (!is_hyphen(c))
			continue;
		if (!get_lower(&z->tk->prefix, z->t + seg, h - seg)) {
			emit_piece(z, ps, h, 0);
			emit(z, h, h + (size_t)len);
			ps = h + (size_t)len;
		}
		seg = h + (size_t)len;
	}
	emit_piece(z, ps, e, dot);
}

/* Start of the last hyphen-separated part of [s, e). */
static size_t
last_part(const struct tz *z, size_t s, size_t e)
{
	size_t p = e;
	int32_t c;

	while (p > s) {
		size_t q = utf8_prev(z->t, p);

		utf8_decode(z->t + q, p - q, &c);
		if (q < s || is_hyphen(c))
			break;
		p = q;
	}
	return p;
}

/* Does the full stop at e go with the word [i, e)?  Not when it ends the
 * sentence or starts "...", but "Inc.." is "Inc." and ".". */
static int
abbrev_dot(const struct tz *z, size_t i, size_t e, size_t b)
{
	size_t dots;

	for (dots = 1; e + dots < b && z->t[e + dots] == '.'; dots++)
		;
	if (dots > 2 || (dots == 1 && e + 1 >= z->tail))
		return 0;
	return is_abbrev(z, last_part(z, i, e), e);
}

/* The end of the plain word at i: ASCII letters, then the end of the
 * chunk or a byte that joins nothing to letters and starts no URL, sign
 * or abbreviation.  Such a word, most of them, is one token as it stands
 * (or two when fused, emit_piece()): what word() would find by the long
 * way.  0 when the word at i is not plain. */
static size_t
plain_word_end(const struct tz *z, size_t i, size_t b)
{
	size_t e = i;
	unsigned char c;

	while (e < b && ascii_alpha(z->t[e]))
		e++;
	if (e == i)
		return 0;
	if (e == b)
		return e;
	c = z->t[e];
	/* other scripts and typographic apostrophes, word characters, what
	 * joins a letter to what follows, and "US$" and "http:" */
	if (c >= 0x80 || is_word(c) || joins(z, c, z->t[e - 1], e + 1, b) ||
	    c == '$' || c == ':')
		return 0;
	return e;
}

/* The word that starts at i (its scan from j, after a sign); returns
 * where the next token starts. */
static size_t
word(struct tz *z, size_t i, size_t j, size_t b)
{
	size_t e, c, k;
	int dot = 0, whole;

	if (i == j && (e = plain_word_end(z, i, b)) != 0) {
		emit_piece(z, i, e, 0);
		return e;
	}
	if (is_url_start(z, i, b)) {
		e = url_end(z, i, b);
		emit(z, i, e);
		return e;
	}
	e = run_end(z, i, j, b);
	/* "US$", "HK$" */
	if (e < b && z->t[e] == '$' && e - i <= 3) {
		for (k = i; k < e && z->t[k] >= 'A' && z->t[k] <= 'Z'; k++)
			;
		if (k == e) {
			emit(z, i, e + 1);
			return e + 1;
		}
	}
	whole = memchr(z->t + i, '@', e - i) != NULL || is_domain(z, i, e);
	if (whole && e < b && z->t[e] == '/') {
		/* a domain with a path: "aa.com.tr/en/x" */
		e = url_end(z, i, b);
		emit(z, i, e);
		return e;
	}
	c = whole ? e : clitic_start(z, i, e);
	if (c == e && e < b && z->t[e] == '.')
		dot = abbrev_dot(z, i, e, b);
	emit_parts(z, i, c, dot, whole);
	emit(z, c, e);
	e += (size_t)dot;
	if (dot && (k = clitic_at(z, e, b)) > 0) {
		emit(z, e, e + k);
		e += k;
	}
	return e;
}

/* ---- punctuation ---- */

int
token_is_emoticon(const char *s, size_t n)
{
	const char *const *p;

	for (p = emoticons; *p; p++)
		if (**p == s[0] && strlen(*p) == n && memcmp(s, *p, n) == 0)
			return 1;
	return 0;
}

static size_t
emoticon(const struct tz *z, size_t i, size_t b)
{
	const char *const *p;
	size_t n;

	if (i > 0 && is_digit(z->t[i - 1]))
		return 0;
	for (p = emoticons; *p; p++) {
		if ((unsigned char)**p != z->t[i])
			continue;	/* most punctuation: no strlen */
		n = strlen(*p);
		if (b - i >= n && memcmp(z->t + i, *p, n) == 0 &&
		    !word_at(z, i + n, b) && (i + n == b || z->t[i + n] != '/'))
			return n;
	}
	return 0;
}

/* "'em", "'til", "'cause", "'n'", "'90s": elisions that are one word. */
static size_t
elision(const struct tz *z, size_t i, size_t b)
{
	static const char *const el[] = { "em", "til", "cause", "n", NULL };
	const char *const *p;
	size_t q, k, n;
	int len;

	if (!is_apos(cp_at(z, i, b, &len)))
		return 0;
	q = i + (size_t)len;
	if (q + 2 <= b && is_digit(z->t[q]) && is_digit(z->t[q + 1])) {
		k = q + 2;
		if (k < b && z->t[k] == 's')
			k++;
		return word_at(z, k, b) ? 0 : k - i;
	}
	for (p = el; *p; p++) {
		n = strlen(*p);
		if (starts_ci(z, q, b, *p) && !word_at(z, q + n, b))
			return q + n - i;
	}
	return 0;
}

/* The punctuation or symbol at i; returns where the next token starts. */
static size_t
punct(struct tz *z, size_t a, size_t i, size_t b)
{
	size_t k;
	int32_t c;
	int len, len2;
	unsigned char ch;

	if ((k = emoticon(z, i, b)) > 0 || (k = clitic_at(z, i, b)) > 0 ||
	    (k = elision(z, i, b)) > 0) {
		emit(z, i, i + k);
		return i + k;
	}
	c = cp_at(z, i, b, &len);
	if (c == '+' && i + 1 < b && is_digit(z->t[i + 1]) &&
	    (i == a || !word_at(z, utf8_prev(z->t, i), i)))
		return word(z, i, i + 1, b);
	/* ".doc", "@Reuters", "#MeToo" (but "#" "1", as in EWT) */
	if ((c == '.' || c == '@' || (c == '#' && i + 1 < b &&
	    ascii_alpha(z->t[i + 1]))) && word_at(z, i + 1, b) &&
	    (i == a || !word_at(z, utf8_prev(z->t, i), i)))
		return word(z, i, i + 1, b);
	if (c == '.' || c == 0x2026) {
		/* "...", "…." one token, "...?" two, ".?" one */
		for (k = i + (size_t)len; k < b && z->t[k] == '.'; k++)
			;
		if (k == i + 1)
			for (; k < b && (z->t[k] == '!' || z->t[k] == '?'); k++)
				;
		emit(z, i, k);
		return k;
	}
	if (c == '!' || c == '?') {
		for (k = i + 1; k < b && (z->t[k] == '!' || z->t[k] == '?'); k++)
			;
		emit(z, i, k);
		return k;
	}
	if (is_quote1(c) && i + (size_t)len < b &&
	    is_quote1(cp_at(z, i + (size_t)len, b, &len2))) {
		emit(z, i, i + (size_t)(len + len2));	/* '' ’’ `` */
		return i + (size_t)(len + len2);
	}
	if (c < 0x80 && c > 0 && strchr("-*=_~+<>#^$/\\", c)) {
		ch = (unsigned char)c;
		for (k = i + 1; k < b && z->t[k] == ch; k++)
			;
		emit(z, i, k);
		return k;
	}
	emit(z, i, i + (size_t)len);
	return i + (size_t)len;
}

/* ---- the sentence ---- */

static void
chunk(struct tz *z, size_t a, size_t b)
{
	size_t i = a;
	int len;

	while (i < b && !z->oom) {
		if (is_word(cp_at(z, i, b, &len)))
			i = word(z, i, i, b);
		else
			i = punct(z, a, i, b);
	}
}

/* Where the closers and whitespace at the end of the text begin. */
static size_t
tail_start(const struct tz *z)
{
	size_t e = z->n, p;
	int32_t c;

	while (e > 0) {
		p = utf8_prev(z->t, e);
		if (utf8_space_len(z->t + p, e - p) != (int)(e - p)) {
			utf8_decode(z->t + p, e - p, &c);
			if (!u_isclosing(c))
				break;
		}
		e = p;
	}
	return e;
}

long
tokenize_part(const struct tokenizer *tk, const char *s, size_t n,
    struct tokpart *part, size_t to, struct tokspan **out, size_t *cap)
{
	struct tz z;
	size_t i = part->pos, j;
	int sl;

	if (n > UINT32_MAX || n > (size_t)LONG_MAX || i > n)
		return -1;
	memset(&z, 0, sizeof(z));
	z.tk = tk;
	z.t = (const unsigned char *)s;
	z.n = n;
	z.out = out;
	z.cap = cap;
	if (!part->started) {	/* once a sentence: a long tail is long */
		part->tail = tail_start(&z);
		part->started = 1;
	}
	z.tail = part->tail;
	while (i < to && i < n && !z.oom) {
		if ((sl = utf8_space_len(z.t + i, n - i)) > 0) {
			i += (size_t)sl;
			continue;
		}
		for (j = i + 1; j < n; j++) {
			if (z.t[j] > ' ' && z.t[j] < 0x7F)
				continue;
			if (utf8_space_len(z.t + j, n - j) > 0)
				break;
		}
		chunk(&z, i, j);
		i = j;
	}
	part->pos = i;
	return z.oom ? -1 : (long)z.nt;
}

long
tokenize(const struct tokenizer *tk, const char *s, size_t n,
    struct tokspan **out, size_t *cap)
{
	struct tokpart part = { 0, 0, 0 };

	return tokenize_part(tk, s, n, &part, n, out, cap);
}
