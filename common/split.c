#include "split.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "datadir.h"
#include "token.h"
#include "utf8.h"
#include "wordset.h"

const char *const split_list_file[SPLIT_NLISTS] = {
	"abbreviations.txt", "sentence-starters.txt", "tlds.txt"
};

/* What the chunk after a candidate boundary starts with. */
enum { NX_NONE, NX_LOWER, NX_UPPER, NX_DIGIT, NX_OTHER,
	NX_PUNCT,	/* , ; : which never start a sentence (":)" included) */
	NX_DASH		/* "--" "–" "—": goes on after "voila!", not after "." */
};

/* Terminal punctuation at the end of a chunk. */
enum { T_NONE, T_PERIOD, T_QM, T_ELLIPSIS };

/* 16 bytes a word: a document is at most DOC_MAX_SIZE (1 GiB) bytes, so
 * offsets fit 32 bits. */
struct chunk {
	uint32_t s, e;		/* non-whitespace bytes [s, e) */
	uint32_t line;		/* index of its line in the block */
	uint8_t dot;		/* holds a '.' before its last byte */
	uint8_t gap1;		/* one ASCII space, no more, before it */
};

/* Classes of the first and last bytes of a chunk, for the fast path. */
enum { B_LETTER = 1, B_WORDEND = 2 };	/* a letter; a letter, digit, ; or : */

struct splitter {
	struct wordset list[SPLIT_NLISTS];
	unsigned char cls[256];		/* B_ bits of each byte */
	struct chunk *ch;
	size_t nch, capch;
	size_t *linechunk;	/* first chunk of each line of the block */
	size_t *linelen;	/* trimmed byte length of each line */
	size_t nline, capline;
	const unsigned char *t;	/* the document being split */
	size_t n;
};

/* Everything known about the chunk after a candidate boundary. */
struct next {
	int cls;
	int link;		/* a URL: a symbol, not a word in lower case */
	int quote;		/* a quotation mark opens it */
	const char *word;	/* letters after any opening quote or bracket */
	size_t wlen;
};

/* The shape of a chunk's end: [core][terminal run][closers]. */
struct ending {
	int term;
	size_t cs, ce;		/* core: after openers, before the terminal run */
	size_t ndots;		/* dots in the run, an ellipsis character as 3 */
	int quoted;		/* a closing quotation mark follows the run */
	int closed;		/* a closing quote or bracket follows the run */
	int bracket;		/* the run alone in brackets: "[...]", "(?)" */
};

struct splitter *
splitter_new(void)
{
	struct splitter *sp = calloc(1, sizeof(*sp));
	int i;

	if (sp == NULL)
		return NULL;
	for (i = 0; i < SPLIT_NLISTS; i++)
		wordset_init(&sp->list[i]);
	for (i = 0; i < 256; i++) {
		if (((i | 0x20) >= 'a' && (i | 0x20) <= 'z'))
			sp->cls[i] = B_LETTER | B_WORDEND;
		else if ((i >= '0' && i <= '9') || i == ';' || i == ':')
			sp->cls[i] = B_WORDEND;
	}
	return sp;
}

void
splitter_free(struct splitter *sp)
{
	int i;

	if (sp == NULL)
		return;
	for (i = 0; i < SPLIT_NLISTS; i++)
		wordset_free(&sp->list[i]);
	free(sp->ch);
	free(sp->linechunk);
	free(sp->linelen);
	free(sp);
}

struct splitter *
splitter_open(const char *const *path, const enum split_list *kind, int n,
    char *err, size_t errsize)
{
	struct splitter *sp = splitter_new();
	char file[4096];
	int i, rc = 0;

	if (sp == NULL) {
		snprintf(err, errsize, "out of memory");
		return NULL;
	}
	for (i = 0; i < SPLIT_NLISTS && rc == 0; i++) {
		datadir_path(split_list_file[i], file, sizeof(file));
		rc = splitter_load(sp, (enum split_list)i, file, err, errsize);
	}
	for (i = 0; i < n && rc == 0; i++)
		rc = splitter_load(sp, kind[i], path[i], err, errsize);
	if (rc < 0) {
		splitter_free(sp);
		return NULL;
	}
	return sp;
}

int
splitter_load(struct splitter *sp, enum split_list which, const char *path,
    char *err, size_t errsize)
{
	return wordset_load(&sp->list[which], path,
	    which == SPLIT_ABBREV ? abbrev_kind_of : NULL, err, errsize);
}

/* ---- characters ---- */

static int32_t
cp_at(const struct splitter *sp, size_t i, int *len)
{
	int32_t cp;

	*len = utf8_decode(sp->t + i, sp->n - i, &cp);
	return cp;
}

/* The code point that ends at byte i (exclusive). */
static int32_t
cp_before(const struct splitter *sp, size_t i, size_t *start)
{
	int32_t cp;

	*start = utf8_prev(sp->t, i);
	utf8_decode(sp->t + *start, i - *start, &cp);
	return cp;
}

static int
is_opener(int32_t c)
{
	switch (c) {
	case '"': case '\'': case '(': case '[': case '{': case '*': case '_':
	case 0x201C: case 0x2018: case 0x201E: case 0x201A: case 0xAB:
	case 0x2039: case 0xBF: case 0xA1:
	/* bullets open list items */
	case 0x2022: case 0x25E6: case 0x25AA: case 0x2023: case 0x2043:
	case 0x25CF: case 0x2219:
		return 1;
	}
	return 0;
}

static int
is_bullet(int32_t c)
{
	return c == 0x2022 || c == 0x25E6 || c == 0x25AA || c == 0x2023 ||
	    c == 0x2043 || c == 0x25CF || c == 0x2219;
}


static int
is_quote(int32_t c)
{
	return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
	    c == 0xBB || c == 0x203A;
}

static int
is_vowel(unsigned char c)
{
	return strchr("aeiouyAEIOUY", c) != NULL && c != '\0';
}

static int
wordlist_has(const struct splitter *sp, int which, const char *s, size_t n)
{
	return wordset_get(&sp->list[which], s, n);
}

/* Abbreviation entries in lower case match any case; others match exactly. */
static int
abbrev_kind(const struct splitter *sp, const char *s, size_t n)
{
	char low[WORDSET_MAXKEY];
	size_t i;
	int k;

	if ((k = wordlist_has(sp, SPLIT_ABBREV, s, n)) != 0)
		return k;
	if (n > sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
	return wordlist_has(sp, SPLIT_ABBREV, low, n);
}

/* ---- chunks ---- */

static size_t
skip_openers(const struct splitter *sp, size_t i, size_t e)
{
	int len;

	while (i < e && is_opener(cp_at(sp, i, &len)))
		i += (size_t)len;
	return i;
}

/* The letters starting at i, for word-list look-ups. */
static size_t
letters_at(const struct splitter *sp, size_t i, size_t e)
{
	size_t j = i;
	int len;

	while (j < e && u_isalpha(cp_at(sp, j, &len)))
		j += (size_t)len;
	return j - i;
}

/* A URL: "http://...", "www....".  (Not an e-mail address: an author's
 * affiliation follows it on the title page of a paper.) */
static int
is_link(const struct splitter *sp, const struct chunk *c)
{
	const char *s = (const char *)sp->t + c->s;
	size_t n = c->e - c->s;

	return n > 4 && (memmem(s, n, "://", 3) || strncasecmp(s, "www.", 4) == 0);
}

static void
next_info(const struct splitter *sp, const struct chunk *c, struct next *nx)
{
	size_t i;
	int32_t cp;
	int len;

	nx->word = NULL;
	nx->wlen = 0;
	nx->link = 0;
	nx->quote = 0;
	if (c == NULL) {
		nx->cls = NX_NONE;
		return;
	}
	/* wire copy's `` opens a quotation too */
	i = c->s + 2 * (c->s + 2 < c->e && sp->t[c->s] == '`' &&
	    sp->t[c->s + 1] == '`');
	cp = cp_at(sp, i, &len);
	nx->quote = i > c->s || cp == '"' || cp == 0x201C || cp == 0x201E ||
	    cp == 0xAB;
	i = skip_openers(sp, i, c->e);
	if (i == c->e) {
		nx->cls = NX_OTHER;
		return;
	}
	cp = cp_at(sp, i, &len);
	if (cp == ',' || cp == ';' || cp == ':') {
		nx->cls = NX_PUNCT;
		return;
	}
	if (cp == 0x2013 || cp == 0x2014 ||
	    (cp == '-' && (i + 1 == c->e || sp->t[i + 1] == '-'))) {
		nx->cls = NX_DASH;
		return;
	}
	nx->word = (const char *)sp->t + i;
	nx->wlen = letters_at(sp, i, c->e);
	if ((cp == 'h' || cp == 'w') && is_link(sp, c)) {
		nx->cls = NX_OTHER;
		nx->link = 1;
	} else if (u_isupper(cp))
		nx->cls = NX_UPPER;
	else if (u_islower(cp))
		nx->cls = NX_LOWER;
	else if (u_isdigit(cp))
		nx->cls = NX_DIGIT;
	else
		nx->cls = NX_OTHER;
}

static int
is_starter(const struct splitter *sp, const struct next *nx)
{
	return nx->cls == NX_UPPER && nx->wlen &&
	    wordlist_has(sp, SPLIT_STARTERS, nx->word, nx->wlen);
}

/* . ! ? … ‽ and the full-width and ideographic stops and marks */
static int
is_term(int32_t c)
{
	return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x203D ||
	    c == 0xFF0E || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

/* A reference mark "[12]" ending at byte e: its start, or e if none. */
static size_t
footnote(const struct splitter *sp, size_t s, size_t e)
{
	size_t i = e;

	if (i - s < 3 || sp->t[i - 1] != ']')
		return e;
	for (i--; i > s && i + 4 >= e && sp->t[i - 1] >= '0' &&
	    sp->t[i - 1] <= '9'; i--)
		;
	return i > s && i + 1 < e - 1 && sp->t[i - 1] == '[' ? i - 1 : e;
}

static int
ends_plain(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 :
	    (c >= '0' && c <= '9') || c == ',' || c == ';' || c == ':';
}

static int
plain_start(unsigned char c)
{
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}

/* Parse the end of chunk c into core, terminal run and closers. */
static void
chunk_ending(const struct splitter *sp, const struct chunk *c,
    struct ending *en)
{
	size_t i = c->e, st, runstart;
	int32_t cp;
	int qm = 0;

	memset(en, 0, sizeof(*en));
	/* most chunks end in a letter, a digit or a comma: nothing to see */
	if (ends_plain(sp->t[c->e - 1]))
		return;
	for (;;) {
		if ((st = footnote(sp, c->s, i)) != i) {
			i = st;		/* "martyr.[1]": a reference mark */
			continue;
		}
		if (i == c->s || !u_isclosing(cp = cp_before(sp, i, &st)))
			break;
		en->closed = 1;
		if (is_quote(cp))
			en->quoted = 1;
		en->bracket = cp == ']' || cp == ')';	/* the innermost */
		i = st;
	}
	runstart = i;
	while (runstart > c->s && is_term(cp = cp_before(sp, runstart, &st))) {
		if (cp == '.' || cp == 0xFF0E || cp == 0x3002)
			en->ndots++;
		else if (cp == 0x2026)
			en->ndots += 3;
		else
			qm = 1;
		runstart = st;
	}
	if (runstart == i)
		return;
	en->cs = skip_openers(sp, c->s, runstart);
	if (en->cs > runstart)
		en->cs = runstart;
	en->ce = runstart;
	en->bracket = en->bracket && runstart > c->s &&
	    (sp->t[runstart - 1] == '[' || sp->t[runstart - 1] == '(');
	if (qm)
		en->term = T_QM;
	else if (en->ndots >= 3)
		en->term = T_ELLIPSIS;
	else
		en->term = T_PERIOD;
}

/* A chunk of dots only ("." "..." "…", closers allowed): its dot count. */
static size_t
dots_only(const struct splitter *sp, const struct chunk *c)
{
	struct ending en;

	/* only '.' and the first byte of U+2026 can open such a chunk */
	if (sp->t[c->s] != '.' && sp->t[c->s] != 0xE2)
		return 0;
	chunk_ending(sp, c, &en);
	if (en.term == T_NONE || en.term == T_QM || en.cs != en.ce ||
	    en.ce != c->s)
		return 0;
	return en.ndots;
}

/* ---- classes of the word before a full stop ---- */

static int
is_number(const struct splitter *sp, size_t s, size_t e)
{
	int digit = 0;

	for (; s < e; s++) {
		unsigned char c = sp->t[s];

		if (c >= '0' && c <= '9')
			digit = 1;
		else if (!strchr(".,$%#+-", c) || c == '\0')
			return 0;
	}
	return digit;
}

/* "U.S", "a.m", "Ph.D", "e.g": letters with inner dots, short pieces. */
static int
is_dotted_abbrev(const struct splitter *sp, size_t s, size_t e)
{
	size_t piece = 0, dots = 0;
	int32_t cp;
	int len;

	while (s < e) {
		cp = cp_at(sp, s, &len);
		if (cp == '.') {
			if (piece == 0)
				return 0;
			dots++;
			piece = 0;
		} else if (u_isalpha(cp)) {
			if (++piece > 3)
				return 0;
		} else {
			return 0;
		}
		s += (size_t)len;
	}
	return dots > 0 && piece > 0;
}

static const char *const weekdays[] = { "Monday", "Tuesday", "Wednesday",
	"Thursday", "Friday", "Saturday", "Sunday", NULL };
static const char *const months[] = { "January", "February", "March",
	"April", "May", "June", "July", "August", "September", "October",
	"November", "December", NULL };

static int
in_list(const char *const *list, const char *s, size_t n)
{
	for (; *list; list++)
		if (strlen(*list) == n && memcmp(*list, s, n) == 0)
			return 1;
	return 0;
}

/* One letter: an initial ("E." in "Jonas E. Smith") or a list mark. */
static int
is_single_letter(const struct splitter *sp, size_t s, size_t e)
{
	int len;

	return s < e && u_isalpha(cp_at(sp, s, &len)) && s + (size_t)len == e;
}

/* "Mr", "Blvd", "Sgt": a capital then lower-case letters and no vowel. */
static int
is_vowelless(const struct splitter *sp, size_t s, size_t e)
{
	size_t i;

	if (e - s < 2 || e - s > 4 || !(sp->t[s] >= 'A' && sp->t[s] <= 'Z'))
		return 0;
	for (i = s; i < e; i++) {
		if (is_vowel(sp->t[i]))
			return 0;
		if (i > s && !(sp->t[i] >= 'a' && sp->t[i] <= 'z'))
			return 0;
	}
	return 1;
}

static int
is_lower_word(const struct splitter *sp, size_t s, size_t e)
{
	int32_t cp;
	int len;

	if (e - s < 2)
		return 0;
	for (; s < e; s += (size_t)len) {
		cp = cp_at(sp, s, &len);
		if (!u_islower(cp) && cp != '\'' && cp != 0x2019)
			return 0;
	}
	return 1;
}

static int
starts_lower(const struct splitter *sp, const struct chunk *c)
{
	size_t i = skip_openers(sp, c->s, c->e);
	int len;

	return i < c->e && u_islower(cp_at(sp, i, &len));
}

/* ---- web text ---- */

/* An e-mail address with a domain ("kay.mann@enron.com", maybe in
 * angle brackets; "Rice@ENRON" is a mail system's name). */
static int
is_address(const struct splitter *sp, const struct chunk *c)
{
	const char *s = (const char *)sp->t + c->s, *at;
	size_t n = c->e - c->s;

	at = memchr(s, '@', n);
	return at && memchr(at, '.', n - (size_t)(at - s)) != NULL;
}

static int
is_emoticon(const struct splitter *sp, const struct chunk *c)
{
	return token_is_emoticon((const char *)sp->t + c->s, c->e - c->s);
}

/* Closing formulas of a letter, compared in lower case without the
 * comma: the name under them is not part of their sentence.  They are at
 * most SIGNOFF_MAX bytes long. */
#define SIGNOFF_MAX 15
#define SIGNOFF_FIRST "abcklmrstwy"	/* their first letters */
#define S(w) { w, sizeof(w) - 1 }
static const struct { const char *w; size_t n; } signoffs[] = {
	S("all the best"), S("best"), S("best regards"), S("best wishes"),
	S("cheers"), S("cordially"), S("kind regards"), S("kindest regards"),
	S("love"), S("many thanks"), S("regards"), S("respectfully"),
	S("sincerely"), S("sincerely yours"), S("take care"), S("thank you"),
	S("thanks"), S("thanks again"), S("warm regards"), S("warmest regards"),
	S("yours"), S("yours sincerely"), S("yours truly")
};
#undef S

/* Are chunks first..i (i ending in a comma) a sign-off?  Asked of every
 * comma among a sentence's first three words, so the length and the
 * first letter are looked at before any byte is copied. */
static int
is_signoff(const struct splitter *sp, const struct chunk *ch, size_t first,
    size_t i)
{
	char low[SIGNOFF_MAX + 1];
	size_t n = ch[i].e - 1 - ch[first].s, k, j;
	const unsigned char *t = sp->t;

	if (n > SIGNOFF_MAX || n < 4 || i - first > 2 ||
	    !memchr(SIGNOFF_FIRST, t[ch[first].s] | 0x20, sizeof(SIGNOFF_FIRST) - 1))
		return 0;
	for (k = first, n = 0; k <= i; k++) {
		for (j = ch[k].s; j < ch[k].e - (k == i); j++)
			low[n++] = (char)(t[j] >= 'A' && t[j] <= 'Z' ? t[j] + 32 :
			    t[j]);
		if (k < i)
			low[n++] = ' ';
	}
	for (k = 0; k < sizeof(signoffs) / sizeof(signoffs[0]); k++)
		if (signoffs[k].n == n && memcmp(signoffs[k].w, low, n) == 0)
			return 1;
	return 0;
}

/* After a chunk without final punctuation, web text ends a sentence:
 * after an emoticon or a link before a capitalised word or another link
 * ("great :) Now", "...pages.html It is"), after an emoticon that follows
 * final punctuation before any word ("great! :P you get"), and after a
 * sign-off before the name under it ("Thanks, Sean"). */
static int
web_end(const struct splitter *sp, const struct chunk *ch, size_t i,
    size_t first, size_t end)
{
	const struct chunk *c = &ch[i];
	unsigned char c0 = sp->t[c->s], last = sp->t[c->e - 1];
	struct ending en;
	struct next nx;

	/* most chunks here are words after a quotation mark or a bracket, or
	 * numbers: the cheap tests first (links and addresses have a dot) */
	if (i + 1 >= end)
		return 0;
	if (last == ',') {
		/* "Thanks, Kitty." and "Thank you, Mr. Chair." are one
		 * sentence, "Thanks, I know" is not a sign-off */
		if (!is_signoff(sp, ch, first, i))
			return 0;
		next_info(sp, &ch[i + 1], &nx);
		if (nx.cls != NX_UPPER || is_starter(sp, &nx))
			return 0;
		chunk_ending(sp, &ch[i + 1], &en);
		return en.term == T_NONE;
	}
	/* faces, not "<3", which stands for a verb ("I <3 NY") */
	if ((c0 == ':' || c0 == ';' || c0 == '=' || c0 == '^') &&
	    is_emoticon(sp, c)) {
		next_info(sp, &ch[i + 1], &nx);
		if (nx.cls == NX_UPPER || nx.link)
			return 1;
		if (i == first || nx.cls == NX_PUNCT)
			return 0;
		chunk_ending(sp, &ch[i - 1], &en);
		return en.term != T_NONE;
	}
	if (!c->dot)
		return 0;
	if (is_link(sp, c)) {
		next_info(sp, &ch[i + 1], &nx);
		return nx.cls == NX_UPPER || nx.link;
	}
	/* an e-mail header's "Name <address>"; but an author's address on
	 * the title page of a paper goes on to the affiliation */
	if (!is_address(sp, c))
		return 0;
	next_info(sp, &ch[i + 1], &nx);
	return last == '>' ? nx.cls == NX_UPPER : is_starter(sp, &nx);
}

/* "04/26/2001", "10/08/99": a date in figures, the whole chunk. */
static int
is_numdate(const struct splitter *sp, const struct chunk *c)
{
	const unsigned char *t = sp->t;
	size_t i = c->s, k, part, lo[] = { 1, 1, 2 }, hi[] = { 2, 2, 4 };

	for (part = 0; part < 3; part++) {
		for (k = 0; i < c->e && t[i] >= '0' && t[i] <= '9'; i++)
			k++;
		if (k < lo[part] || k > hi[part] ||
		    (part < 2 && (i == c->e || t[i++] != '/')))
			return 0;
	}
	return i == c->e;
}

/* "AM", "pm": two bytes at t. */
static int
ampm_at(const unsigned char *t)
{
	return (t[0] == 'A' || t[0] == 'a' || t[0] == 'P' || t[0] == 'p') &&
	    (t[1] | 0x20) == 'm';
}

/* "07:17", "03:14:14", "11:21AM": a clock time, the whole chunk. */
static int
is_clock(const struct splitter *sp, const struct chunk *c)
{
	const unsigned char *t = sp->t;
	size_t i = c->s, k, part = 0;

	for (;;) {
		for (k = 0; i < c->e && t[i] >= '0' && t[i] <= '9'; i++)
			k++;
		if (k < 1 || k > 2 || (part > 0 && k != 2))
			return 0;
		if (++part == 3 || i == c->e || t[i] != ':')
			break;
		i++;
	}
	return part >= 2 && (i == c->e || (c->e - i == 2 && ampm_at(t + i)));
}

static int
is_ampm(const struct splitter *sp, const struct chunk *c)
{
	return c->e - c->s == 2 && ampm_at(sp->t + c->s);
}

/* "Kay Mann 04/26/2001 07:17 AM Will you": a date and a clock time stamp
 * an e-mail's header.  When chunks i.. are one, the index of its last
 * chunk; else 0. */
static size_t
timestamp(const struct splitter *sp, size_t i, size_t b)
{
	const struct chunk *ch = sp->ch;

	if (i + 1 >= b || !is_numdate(sp, &ch[i]) || !is_clock(sp, &ch[i + 1]))
		return 0;
	return i + 2 < b && is_ampm(sp, &ch[i + 2]) ? i + 2 : i + 1;
}

/* ---- the decision at a chunk end ---- */

static int
period_boundary(const struct splitter *sp, const struct chunk *ch, size_t i,
    size_t first, const struct ending *en, const struct next *nx)
{
	size_t s = en->cs, e = en->ce, words = i - first + 1;
	int k;

	if (nx->cls == NX_NONE)
		return 1;
	if (s == e)
		return nx->cls == NX_UPPER || nx->cls == NX_DIGIT;
	if (is_number(sp, s, e))
		/* "1." opening a sentence is a list mark */
		return words > 1 || e - s > 3 ? nx->cls != NX_LOWER : 0;
	if (is_single_letter(sp, s, e))
		return words > 1 && i > first && starts_lower(sp, &ch[i - 1]) &&
		    is_starter(sp, nx);
	/* "at Rand Corp. ``A rogue state ...'': a quotation that opens with
	 * a capital starts a sentence after any abbreviation but a title's;
	 * a place's ends one as a word's does */
	if ((k = abbrev_kind(sp, (const char *)sp->t + s, e - s)) != 0 &&
	    k != ABBR_PLACE)
		return k == ABBR_ANY && (is_starter(sp, nx) ||
		    (nx->quote && nx->cls == NX_UPPER));
	if (is_dotted_abbrev(sp, s, e))
		return words >= 4 && is_starter(sp, nx);
	if (is_vowelless(sp, s, e))
		return is_starter(sp, nx);
	switch (nx->cls) {
	case NX_UPPER:
		return 1;
	case NX_DIGIT:
		/* "p. 55", "No. 10", "N°. 1026": short words before numbers */
		return e - s > 3 || starts_lower(sp, &ch[i]);
	case NX_OTHER:
	case NX_DASH:
		return 1;
	case NX_LOWER:
		/* "interested. jill allen": a plain lower-case word, not an
		 * abbreviation (those were looked up above), ends its sentence
		 * even when the next one starts in lower case; but a quotation
		 * or bracket closed after it goes on ('"great." she said') */
		return !en->closed && is_lower_word(sp, s, e);
	}
	return 0;
}

static int
all_closers(const struct splitter *sp, const struct chunk *c)
{
	size_t i = c->s;
	int len;

	while (i < c->e && u_isclosing(cp_at(sp, i, &len)))
		i += (size_t)len;
	return i == c->e;
}

/* Three dots trail off inside a sentence ("really ... well", "the thing
 * is . . . I didn't") unless a capitalised word other than "I" follows. */
static int
ellipsis_ends(const struct next *nx)
{
	return (nx->cls == NX_UPPER && !(nx->wlen == 1 && nx->word[0] == 'I')) ||
	    nx->link;
}

/* A "!" run that ends a sentence before lower case: two marks or more,
 * or one after a word all in lower case or all in capitals; "Yahoo! in"
 * goes on. */
static int
bang_ends(const struct splitter *sp, const struct chunk *c,
    const struct ending *en)
{
	size_t i;
	int lower = 0, upper = 0, len;
	int32_t cp;

	if (c->e - en->ce >= 2 || en->ce - en->cs < 2)
		return c->e - en->ce >= 2;
	for (i = en->cs; i < en->ce; i += (size_t)len) {
		cp = cp_at(sp, i, &len);
		lower |= u_islower(cp);
		upper |= u_isupper(cp);
		if (!u_isalpha(cp))
			return 0;
	}
	return !(lower && upper);
}

/* A spaced ellipsis after a word: "compounds. . . . The" ends after the
 * word's own full stop; ". . ." inside a sentence ends nothing. */
static int
before_dots(const struct splitter *sp, const struct chunk *ch, size_t i,
    size_t end, const struct ending *en)
{
	size_t j = i + 1, dots = 0, d;
	struct next nx;

	while (j < end && (d = dots_only(sp, &ch[j])) != 0) {
		dots += d;
		j++;
	}
	if (en->term != T_PERIOD || en->ndots != 1 || dots != 3)
		return 0;
	next_info(sp, j < end ? &ch[j] : NULL, &nx);
	return nx.cls == NX_UPPER;
}

/* Does a sentence end after chunk ch[i]?  The sentence began at chunk
 * first, at byte from (inside ch[i] after a glued split); a run of dot
 * chunks ending at ch[i] has rundots dots. */
static int
boundary_after(const struct splitter *sp, const struct chunk *ch, size_t i,
    size_t first, size_t from, size_t end, size_t rundots, size_t *last)
{
	struct ending en;
	struct next nx;
	size_t k = i + 1;

	*last = i;
	chunk_ending(sp, &ch[i], &en);
	if (en.term == T_NONE)
		return web_end(sp, ch, i, first, end);
	if (en.bracket)		/* "[...]", "(?)" */
		return 0;
	if (en.cs < from && from <= en.ce)
		en.cs = from;
	/* a quotation mark set off by a (thin) space still closes it */
	while (k < end && all_closers(sp, &ch[k])) {
		en.closed = en.quoted = 1;
		*last = k++;
	}
	if (k < end && dots_only(sp, &ch[k]))
		return before_dots(sp, ch, i, end, &en);
	next_info(sp, k < end ? &ch[k] : NULL, &nx);
	if (nx.cls == NX_NONE)
		return 1;
	if (nx.cls == NX_PUNCT)
		return 0;
	if (rundots) {		/* the last chunk of a run of dot chunks */
		if (rundots >= 4)
			return nx.cls != NX_LOWER;
		return rundots >= 3 ? ellipsis_ends(&nx) :
		    nx.cls == NX_UPPER || nx.cls == NX_DIGIT;
	}
	switch (en.term) {
	case T_QM:
		/* "Yahoo! in" goes on; an unquoted "?" before lower case, as in
		 * web text, does not, nor "!" after a word in lower case or
		 * capitals, or "!!" ("excellent! answered", "NO! changing") */
		if (nx.cls == NX_DASH)
			return 0;
		return nx.cls != NX_LOWER || (!en.quoted && (sp->t[en.ce] == '?' ||
		    (!en.closed && bang_ends(sp, &ch[i], &en))));
	case T_ELLIPSIS:
		return en.ndots >= 4 ? nx.cls != NX_LOWER : ellipsis_ends(&nx);
	}
	return period_boundary(sp, ch, i, first, &en, &nx);
}

/* ---- list items ---- */

enum { LIST_NONE, LIST_NUM, LIST_ALPHA };

/* "1." "2)" "3.)" "a." "b)", after any bullet: the item number or letter. */
static int
list_mark(const struct splitter *sp, const struct chunk *c, int *val)
{
	size_t i = skip_openers(sp, c->s, c->e), j = i, p;
	const unsigned char *t = sp->t;
	int v = 0;

	while (j < c->e && j - i < 3 && t[j] >= '0' && t[j] <= '9')
		v = v * 10 + (t[j++] - '0');
	if (j > i && j - i < 3) {
		p = j;
		if (p < c->e && t[p] == '.')
			p++;
		if (p < c->e && t[p] == ')')
			p++;
		if (p == j || p != c->e)
			return LIST_NONE;
		*val = v;
		return LIST_NUM;
	}
	if (((i + 2 == c->e && (t[i + 1] == '.' || t[i + 1] == ')')) ||
	    (i + 3 == c->e && t[i + 1] == '.' && t[i + 2] == ')')) &&
	    t[i] >= 'a' && t[i] <= 'z') {
		*val = t[i] - 'a' + 1;
		return LIST_ALPHA;
	}
	return LIST_NONE;
}

static int
all_openers(const struct splitter *sp, const struct chunk *c)
{
	return skip_openers(sp, c->s, c->e) == c->e;
}

static int
starts_with_bullet(const struct splitter *sp, const struct chunk *c)
{
	int len;

	return is_bullet(cp_at(sp, c->s, &len));
}

/* ---- full stops with no space after them ---- */

static int
is_url(const struct splitter *sp, const struct chunk *c)
{
	const char *s = (const char *)sp->t + c->s;
	size_t n = c->e - c->s;

	return memchr(s, '@', n) || (n > 4 && memmem(s, n, "://", 3)) ||
	    (n > 4 && strncmp(s, "www.", 4) == 0);
}

/* "time.She", "1,000.That": a split point after the dot at d, or 0. */
static int
glued_boundary(const struct splitter *sp, const struct chunk *c, size_t d)
{
	const unsigned char *t = sp->t;
	size_t r = d + 1, rw, rest, st;
	int32_t before = cp_before(sp, d, &st);
	struct next nx;
	int len;

	if (r + 1 >= c->e || !u_isupper(cp_at(sp, r, &len)))
		return 0;
	rw = letters_at(sp, r, c->e);
	if (rw < 2 || !u_islower(cp_at(sp, r + (size_t)len, &len)))
		return 0;
	nx.cls = NX_UPPER;
	nx.word = (const char *)t + r;
	nx.wlen = rw;
	if (u_isdigit(before))
		return is_starter(sp, &nx);
	if (!u_islower(before) || st == c->s || !u_isalpha(cp_before(sp, st, &st)))
		return 0;
	if (abbrev_kind(sp, (const char *)t + r, rw) && r + rw < c->e &&
	    t[r + rw] == '.')
		return 1;
	/* "Caliber.Az", "example.Com": a domain when the word ends the chunk */
	for (rest = r + rw; rest < c->e && strchr(",;:.!?)\"'", t[rest]); rest++)
		;
	if (rest == c->e) {
		char low[16];
		size_t k;

		if (rw < sizeof(low)) {
			for (k = 0; k < rw; k++)
				low[k] = (char)(t[r + k] | 0x20);
			if (wordlist_has(sp, SPLIT_TLDS, low, rw))
				return 0;
		}
	}
	return 1;
}

static int ends_with_continuation(const struct splitter *sp,
    const struct chunk *c);

/* ---- datelines ---- */

static int
chunk_is(const struct splitter *sp, const struct chunk *c, const char *const *words)
{
	size_t n = c->e - c->s;

	if (n && sp->t[c->e - 1] == ',')
		n--;
	return in_list(words, (const char *)sp->t + c->s, n);
}

static int
chunk_digits(const struct splitter *sp, const struct chunk *c, size_t lo,
    size_t hi)
{
	size_t i, n = c->e - c->s;

	if (n && sp->t[c->e - 1] == ',')
		n--;
	if (n < lo || n > hi)
		return 0;
	for (i = 0; i < n; i++)
		if (sp->t[c->s + i] < '0' || sp->t[c->s + i] > '9')
			return 0;
	return 1;
}

/* Are chunks w to w + 3 a full date ("Tuesday, September 1, 2015")? */
static int
full_date(const struct splitter *sp, size_t w)
{
	const struct chunk *ch = sp->ch;

	return chunk_is(sp, &ch[w], weekdays) && chunk_is(sp, &ch[w + 1],
	    months) && chunk_digits(sp, &ch[w + 2], 1, 2) &&
	    chunk_digits(sp, &ch[w + 3], 4, 4);
}

/* "Biologist Nick Bos tells Wikinews about ants Tuesday, September 1, 2015":
 * a headline run into its dateline.  When a paragraph ends in a full date
 * after a word with no final punctuation, the date is a sentence of its
 * own; returns the index of its weekday chunk, or 0. */
static size_t
dateline(const struct splitter *sp, size_t a, size_t b)
{
	const struct chunk *ch = sp->ch;
	struct ending en;
	size_t w;

	if (b - a < 5)
		return 0;
	w = b - 4;
	if (!full_date(sp, w))
		return 0;
	chunk_ending(sp, &ch[w - 1], &en);
	return en.term == T_NONE && !ends_with_continuation(sp, &ch[w - 1]) ?
	    w : 0;
}

/* "Thursday, March 15, 2012 Wikinews interviewed ...": a paragraph that
 * opens with a full date and goes on with a capitalised word is a
 * dateline run into the story; the date is a sentence of its own.
 * Returns the index of the chunk after the date, or 0. */
static size_t
leading_date(const struct splitter *sp, size_t a, size_t b)
{
	unsigned char c;

	if (b - a < 6 || !full_date(sp, a))
		return 0;
	c = (unsigned char)sp->t[sp->ch[a + 4].s];
	return c >= 'A' && c <= 'Z' ? a + 4 : 0;
}

/* ---- paragraphs into sentences ---- */

/* Where the open sentence of a paragraph starts. */
struct cursor {
	size_t start;		/* its first byte */
	size_t chunk;		/* the chunk holding that byte */
	size_t widegap;		/* the first chunk after chunk that has more
				 * than one space, or a line break, before it
				 * (none when it is not after chunk) */
	unsigned long para;
};

/* Close the sentence [cur->start, end), which ends in chunk last; the next
 * one starts at end, in chunk next. */
static int
emit(const struct splitter *sp, struct doc *d, struct cursor *cur, size_t end,
    size_t last, size_t next)
{
	int sl, spaced = !(cur->widegap > cur->chunk && cur->widegap <= last);

	while (cur->start < end &&
	    (sl = utf8_space_len(sp->t + cur->start, end - cur->start)))
		cur->start += (size_t)sl;
	if (end <= cur->start)
		return 0;
	if (doc_add_sent(d, cur->start, end, cur->para, spaced) < 0)
		return -1;
	cur->start = end;
	cur->chunk = next;
	return 0;
}

static int
split_glued(struct splitter *sp, struct doc *d, size_t i, struct cursor *cur)
{
	const struct chunk *c = &sp->ch[i];
	size_t k;

	if (!c->dot || c->e - c->s < 4 || is_url(sp, c))
		return 0;
	for (k = c->s + 1; k + 2 < c->e; k++)
		if (sp->t[k] == '.' && glued_boundary(sp, c, k) &&
		    emit(sp, d, cur, k + 1, i, i) < 0)
			return -1;
	return 0;
}

/* Does a new item start at chunk i: a bullet, or the next list mark? */
static int
item_starts(const struct splitter *sp, size_t i, int listtype, int *listval)
{
	int v;

	if (starts_with_bullet(sp, &sp->ch[i]))
		return 1;
	if (listtype && list_mark(sp, &sp->ch[i], &v) == listtype &&
	    v == *listval + 1) {
		*listval = v;
		return 1;
	}
	return 0;
}

/* Chunk i, after the sentence's first, is seen: keep it when it is the
 * sentence's first with a wide gap before it.  Only the first: a sentence
 * may be closed before a chunk already seen, whose gap is not its own. */
static void
wide_gap(const struct chunk *ch, struct cursor *cur, size_t i)
{
	if (!ch[i].gap1 && cur->widegap <= cur->chunk)
		cur->widegap = i;
}

/* A timestamp, chunks i..j, is a sentence of its own: the open sentence
 * ends before it unless a word leads into it ("sent on 04/26/2001 ..."),
 * and it ends unless lower case follows. */
static int
split_stamp(struct splitter *sp, struct doc *d, struct cursor *cur,
    size_t *first, size_t i, size_t j, size_t b)
{
	const struct chunk *ch = sp->ch;
	struct next nx;
	size_t k;
	unsigned char last;

	if (i > *first) {
		last = sp->t[ch[i - 1].e - 1];
		if ((plain_start(last) || last == '>' || last == ')') &&
		    !is_lower_word(sp, ch[i - 1].s, ch[i - 1].e)) {
			if (emit(sp, d, cur, ch[i - 1].e, i - 1, i) < 0)
				return -1;
			*first = i;
		}
	}
	for (k = i + 1; k <= j; k++)
		wide_gap(ch, cur, k);
	next_info(sp, j + 1 < b ? &ch[j + 1] : NULL, &nx);
	if (nx.cls == NX_NONE || nx.cls == NX_LOWER || nx.cls == NX_PUNCT)
		return 0;
	if (emit(sp, d, cur, ch[j].e, j, j + 1) < 0)
		return -1;
	*first = j + 1;
	return 0;
}

static int
split_paragraph(struct splitter *sp, struct doc *d, size_t a, size_t b,
    unsigned long para)
{
	const struct chunk *ch = sp->ch;
	struct cursor cur = { ch[a].s, a, 0, para };
	size_t i, first = a, rundots = 0, runstart = 0, dots, date, lead, last,
	    stamp;
	int listtype, listval = 0, v, mark;
	unsigned char c0, cl;

	listtype = list_mark(sp, &ch[a], &listval);
	date = dateline(sp, a, b);
	lead = leading_date(sp, a, b);
	for (i = a; i < b; i++) {
		if (i > a)
			wide_gap(ch, &cur, i);
		/* most chunks are plain words: no bullet, list mark, glued
		 * full stop or final punctuation to look at (one look-up of
		 * the first and last bytes tells); but a figure may open a
		 * timestamp, and a comma among a sentence's first three words
		 * may end a sign-off */
		c0 = sp->t[ch[i].s];
		cl = sp->t[ch[i].e - 1];
		if (!ch[i].dot && !listtype && i != date && i != lead &&
		    (sp->cls[c0] & B_LETTER) && (sp->cls[cl] & B_WORDEND))
			continue;	/* a word, the common case */
		if (!ch[i].dot && !listtype && plain_start(c0) &&
		    ends_plain(cl) && i != date && i != lead) {
			if (c0 > '9' && i - first > 2)
				continue;	/* a comma late in a sentence */
			if (c0 <= '9' && (stamp = timestamp(sp, i, b)) != 0) {
				if (split_stamp(sp, d, &cur, &first, i, stamp,
				    b) < 0)
					return -1;
				i = stamp;
				continue;
			}
			if (cl != ',' || !is_signoff(sp, ch, first, i))
				continue;
		}
		if (i > first && (i == date || i == lead ||
		    item_starts(sp, i, listtype, &listval))) {
			if (emit(sp, d, &cur, ch[i - 1].e, i - 1, i) < 0)
				return -1;
			first = i;
		} else if (i == first && (v = list_mark(sp, &ch[i], &mark))) {
			listtype = v;	/* a list may start after a sentence */
			listval = mark;
		}
		if (split_glued(sp, d, i, &cur) < 0)
			return -1;
		if ((dots = dots_only(sp, &ch[i])) != 0) {
			if (rundots == 0)
				runstart = i;
			rundots += dots;
			if (i + 1 < b && dots_only(sp, &ch[i + 1]))
				continue;
		}
		if (i == first && all_openers(sp, &ch[i]))
			first = i + 1;	/* "•" or "(" alone is not a word */
		/* ". . . The practice": dots that open a sentence end nothing */
		if (!(rundots && runstart == first) &&
		    boundary_after(sp, ch, i, first, cur.start, b, rundots,
		    &last)) {
			for (; i < last; i++)	/* closers taken along */
				wide_gap(ch, &cur, i + 1);
			if (emit(sp, d, &cur, ch[last].e, last, last + 1) < 0)
				return -1;
			first = i + 1;
		}
		rundots = 0;
	}
	return emit(sp, d, &cur, ch[b - 1].e, b - 1, b);
}

/* ---- lines and blocks ---- */

static int
add_chunk(struct splitter *sp, size_t s, size_t e, size_t line)
{
	/* once a word: test before calling */
	if (sp->nch >= sp->capch &&
	    grow(&sp->ch, sp->nch, &sp->capch, sizeof(*sp->ch)) < 0)
		return -1;
	sp->ch[sp->nch].s = (uint32_t)s;
	sp->ch[sp->nch].e = (uint32_t)e;
	sp->ch[sp->nch].line = (uint32_t)line;
	sp->nch++;
	return 0;
}

static int
add_line(struct splitter *sp, size_t len)
{
	size_t cap = sp->capline;

	/* two arrays of one length: capline is the smaller capacity */
	if (grow(&sp->linechunk, sp->nline, &cap, sizeof(size_t)) < 0 ||
	    grow(&sp->linelen, sp->nline, &sp->capline, sizeof(size_t)) < 0)
		return -1;
	sp->linechunk[sp->nline] = sp->nch;
	sp->linelen[sp->nline] = len;
	sp->nline++;
	return 0;
}

/* Chunk one line [s, e); returns -1 on memory, 0 for a blank line, else 1.
 * The hot loop of the splitter: one table look-up a byte. */
static int
chunk_line(struct splitter *sp, size_t s, size_t e)
{
	const unsigned char *t = sp->t;
	size_t i = s, cs, n0 = sp->nch, line = sp->nline;
	int sl, dot;

	for (;;) {
		while (i < e && (sl = utf8_space_len(t + i, e - i)) > 0)
			i += (size_t)sl;
		if (i >= e)
			break;
		cs = i++;
		dot = 0;
		while (i < e && (utf8_byteclass[t[i]] == 0 ||
		    (utf8_byteclass[t[i]] == U8_SPACELEAD &&
		    utf8_space_len_slow(t + i, e - i) == 0)))
			dot |= t[i++] == '.';
		if (add_chunk(sp, cs, i, line) < 0)
			return -1;
		sp->ch[sp->nch - 1].gap1 = sp->nch - 1 > n0 &&
		    sp->ch[sp->nch - 2].e + 1 == cs && t[cs - 1] == ' ';
		sp->ch[sp->nch - 1].dot = dot && t[i - 1] != '.' ? 1 : dot &&
		    memchr(t + cs + 1, '.', i - cs - 2) != NULL;
	}
	if (sp->nch == n0)
		return 0;
	if (add_line(sp, 0) < 0)
		return -1;
	sp->linechunk[line] = n0;
	sp->linelen[line] = sp->ch[sp->nch - 1].e - sp->ch[n0].s;
	return 1;
}

static int
ends_with_continuation(const struct splitter *sp, const struct chunk *c)
{
	unsigned char last = sp->t[c->e - 1];
	size_t st;
	int32_t cp = cp_before(sp, c->e, &st);

	return last == ',' || last == ';' || last == ':' || last == '-' ||
	    last == '(' || cp == 0x2013 || cp == 0x2014;
}

/* A line that opens with a list mark, a bullet or a dash opens an item. */
static int
opens_item(const struct splitter *sp, const struct chunk *c)
{
	int v;
	unsigned char b = sp->t[c->s];

	if (list_mark(sp, c, &v) != LIST_NONE || starts_with_bullet(sp, c))
		return 1;
	return c->e - c->s == 1 && (b == '-' || b == '*');
}

/* Is the break after line k (its last chunk is ch[j]) a wrap? */
static int
soft_break(struct splitter *sp, size_t k, size_t width, int wrapped)
{
	size_t j = sp->linechunk[k + 1] - 1, words = j + 1 - sp->linechunk[k], last;
	struct ending en;

	/* "The plan has three parts:" above "1. Cut taxes." */
	if (opens_item(sp, &sp->ch[j + 1]))
		return 0;
	/* a quotation mark or bracket alone closes the line above */
	if (all_closers(sp, &sp->ch[j + 1]))
		return 1;
	if (ends_with_continuation(sp, &sp->ch[j]))
		return 1;
	if (wrapped && sp->linelen[k] * 10 >= width * 6)
		return 1;
	chunk_ending(sp, &sp->ch[j], &en);
	if (en.term == T_NONE)
		return words >= 3 && starts_lower(sp, &sp->ch[j + 1]);
	/* "Mr.\nSmith": the line ends where no sentence can */
	return !boundary_after(sp, sp->ch, j, sp->linechunk[k], 0, sp->nch, 0,
	    &last);
}

/* Hard-wrapped text: most lines but the last fill a width of 50 to 200
 * bytes, and most of them end inside a sentence.  One paragraph a line has
 * lines of every length that end in final punctuation. */
static int
block_wrapped(const struct splitter *sp, size_t *width)
{
	size_t k, w = 0, full = 0, ended = 0;
	struct ending en;

	for (k = 0; k < sp->nline; k++)
		if (sp->linelen[k] > w)
			w = sp->linelen[k];
	*width = w;
	if (sp->nline < 3 || w > 200 || w < 50)
		return 0;
	for (k = 0; k + 1 < sp->nline; k++) {
		if (sp->linelen[k] * 4 >= w * 3)
			full++;
		chunk_ending(sp, &sp->ch[sp->linechunk[k + 1] - 1], &en);
		ended += en.term != T_NONE;
	}
	return full * 10 >= (sp->nline - 1) * 6 && ended * 2 < sp->nline - 1;
}

static int
split_block(struct splitter *sp, struct doc *d, unsigned long *para)
{
	size_t k, a = 0, width;
	int wrapped = block_wrapped(sp, &width);

	for (k = 0; k < sp->nline; k++) {
		if (k + 1 < sp->nline && soft_break(sp, k, width, wrapped))
			continue;
		if (split_paragraph(sp, d, sp->linechunk[a],
		    k + 1 < sp->nline ? sp->linechunk[k + 1] : sp->nch,
		    ++*para) < 0)
			return -1;
		a = k + 1;
	}
	sp->nch = sp->nline = 0;
	return 0;
}

int
split_doc(struct splitter *sp, struct doc *d)
{
	size_t i = 0, e, next;
	unsigned long para = d->para0;
	const char *nl;
	int rc;

	if (d->text.l >= UINT32_MAX)	/* readers keep to DOC_MAX_SIZE */
		return -1;
	sp->t = (const unsigned char *)d->text.s;
	sp->n = d->text.l;
	sp->nch = sp->nline = 0;
	d->nsent = 0;
	while (i < sp->n) {
		nl = memchr(sp->t + i, '\n', sp->n - i);
		e = nl ? (size_t)(nl - (const char *)sp->t) : sp->n;
		next = nl ? e + 1 : sp->n;
		/* a lone CR ends a line too */
		nl = memchr(sp->t + i, '\r', e - i);
		if (nl && (size_t)(nl - (const char *)sp->t) + 1 < e) {
			e = (size_t)(nl - (const char *)sp->t);
			next = e + 1;
		}
		if ((rc = chunk_line(sp, i, e)) < 0)
			return -1;
		if (rc == 0 && sp->nline && split_block(sp, d, &para) < 0)
			return -1;
		i = next;
	}
	if (sp->nline && split_block(sp, d, &para) < 0)
		return -1;
	d->paras = para;
	return 0;
}
