/* Unit tests for common/token.c: EWT-style tokens and their invariants.
 *
 * The abbreviations are read from data/, relative to the top of the
 * repository, where `make check` runs the tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "token.h"
#include "utf8.h"
#include "unit.h"

static struct tokenizer *tk;
static struct tokspan *sp;
static size_t cap;
static struct buf joined;

/* Tokens are non-empty, in order, apart, free of whitespace, and every
 * byte between them is whitespace. */
static int
invariants(const char *s, size_t n, long nt)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t prev = 0, j;
	int32_t cp;
	int sl;
	long i;

	if (nt < 0)
		return 0;
	for (i = 0; i <= nt; i++) {
		size_t ts = i < nt ? sp[i].s : n, te = i < nt ? sp[i].e : n;

		if (ts < prev || te > n || (i < nt && ts >= te))
			return 0;
		for (j = prev; j < ts; j += (size_t)sl)	/* the gap */
			if ((sl = utf8_space_len(u + j, ts - j)) == 0)
				return 0;
		for (j = ts; j < te; j += (size_t)utf8_decode(u + j, te - j,
		    &cp))
			if (utf8_space_len(u + j, te - j) > 0)
				return 0;
		prev = te;
	}
	return 1;
}

/* The tokens of s[0..n) joined by '|'. */
static const char *
tokn(const char *s, size_t n)
{
	long nt = tokenize(tk, s, n, &sp, &cap), i;

	CHECK(invariants(s, n, nt));
	buf_reset(&joined);
	for (i = 0; i < nt; i++) {
		if (i > 0)
			buf_addc(&joined, '|');
		buf_add(&joined, s + sp[i].s, sp[i].e - sp[i].s);
	}
	return joined.s ? joined.s : "";
}

static const char *
tok(const char *s)
{
	return tokn(s, strlen(s));
}

#define CHECK_TOK(in, want) CHECK_STR_EQ(tok(in), (want))

static void
test_clitics(void)
{
	CHECK_TOK("I don't know.", "I|do|n't|know|.");
	CHECK_TOK("They can't, and won't.", "They|ca|n't|,|and|wo|n't|.");
	CHECK_TOK("We're here, you'll see, I'd go, I'm off, they've left",
	    "We|'re|here|,|you|'ll|see|,|I|'d|go|,|I|'m|off|,|they|'ve|left");
	CHECK_TOK("DON'T Isn't", "DO|N'T|Is|n't");
	CHECK_TOK("Bush's plan", "Bush|'s|plan");
	CHECK_TOK("Türkiye’s role and Erdoğan’s visit",
	    "Türkiye|’s|role|and|Erdoğan|’s|visit");
	CHECK_TOK("it’s didn’t we’ll", "it|’s|did|n’t|we|’ll");
	CHECK_TOK("the U.S.'s role", "the|U.S.|'s|role");
	CHECK_TOK("the parents' rights", "the|parents|'|rights");
	CHECK_TOK("O'Brien's O'Neill", "O'Brien|'s|O'Neill");
	CHECK_TOK("the 1990's", "the|1990's");
	CHECK_TOK("cannot gonna wanna gotta dont Im",
	    "can|not|gon|na|wan|na|got|ta|do|nt|I|m");
	CHECK_TOK("rock 'n' roll in the '90s", "rock|'n|'|roll|in|the|'90s");
	CHECK_TOK("'s n't", "'s|n't");
}

static void
test_abbreviations(void)
{
	CHECK_TOK("the U.S. and Türkiye", "the|U.S.|and|Türkiye");
	CHECK_TOK("Mr. Smith met Dr. Jones of Acme Inc. today.",
	    "Mr.|Smith|met|Dr.|Jones|of|Acme|Inc.|today|.");
	CHECK_TOK("J. Edgar Hoover", "J.|Edgar|Hoover");
	CHECK_TOK("at 5 a.m. on Jan. 20", "at|5|a.m.|on|Jan.|20");
	CHECK_TOK("apples, pears, etc., and more",
	    "apples|,|pears|,|etc.|,|and|more");
	CHECK_TOK("Mr.Smith in S.Korea", "Mr.|Smith|in|S.|Korea");
	CHECK_TOK("Is it the U.S.?", "Is|it|the|U.S.|?");
	/* as in EWT, the last full stop is a token even after an
	 * abbreviation */
	CHECK_TOK("relations with the U.S.", "relations|with|the|U.S|.");
	CHECK_TOK("pears, etc.", "pears|,|etc|.");
	CHECK_TOK("Acme Inc..", "Acme|Inc.|.");
	CHECK_TOK("\"He left the U.S.\"", "\"|He|left|the|U.S|.|\"");
	/* a word that is no abbreviation loses its full stop */
	CHECK_TOK("He left. Then", "He|left|.|Then");
}

static void
test_numbers(void)
{
	CHECK_TOK("$1.13bn", "$|1.13|bn");
	CHECK_TOK("rose 1.75% to $100", "rose|1.75|%|to|$|100");
	CHECK_TOK("3.5 1,000 3/9/2005 11:16", "3.5|1,000|3/9/2005|11:16");
	CHECK_TOK("35mm at 5pm, 7:30PM", "35|mm|at|5|pm|,|7:30|PM");
	CHECK_TOK("the 21st century, the 1990s", "the|21st|century|,|the|1990s");
	CHECK_TOK("€5m US$4.5 £30", "€|5|m|US$|4.5|£|30");
	CHECK_TOK("[13,14]", "[|13|,|14|]");
	CHECK_TOK("call 713-853-3989 or +44 20", "call|713-853-3989|or|+44|20");
	CHECK_TOK("in 1969-1970", "in|1969|-|1970");
	CHECK_TOK("No. 10, the No.1 seed", "No.|10|,|the|No.|1|seed");
}

static void
test_hyphens(void)
{
	CHECK_TOK("Türkiye-U.S. relations", "Türkiye|-|U.S.|relations");
	CHECK_TOK("S-400 and F-35 jets", "S|-|400|and|F|-|35|jets");
	CHECK_TOK("a two-day, long-standing visit",
	    "a|two|-|day|,|long|-|standing|visit");
	CHECK_TOK("Ahmed al-Sharaa", "Ahmed|al|-|Sharaa");
	CHECK_TOK("non-operational e-mail co-chaired anti-American",
	    "non-operational|e-mail|co-chaired|anti-American");
	CHECK_TOK("U.S.-led", "U.S.|-|led");
	CHECK_TOK("yes--no - maybe — or –", "yes|--|no|-|maybe|—|or|–");
}

static void
test_urls(void)
{
	CHECK_TOK("See https://www.aa.com.tr/en/world/x-y (link).",
	    "See|https://www.aa.com.tr/en/world/x-y|(|link|)|.");
	CHECK_TOK("(http://en.wikipedia.org/wiki/Foo_(bar)).",
	    "(|http://en.wikipedia.org/wiki/Foo_(bar)|)|.");
	CHECK_TOK("visit www.example.com.", "visit|www.example.com|.");
	CHECK_TOK("at aa.com.tr/en, daily", "at|aa.com.tr/en|,|daily");
	CHECK_TOK("Write to john.smith@example.com.",
	    "Write|to|john.smith@example.com|.");
	CHECK_TOK("<news@aa.com.tr>", "<|news@aa.com.tr|>");
	CHECK_TOK("follow @Reuters and #MeToo", "follow|@Reuters|and|#MeToo");
}

static void
test_punctuation(void)
{
	CHECK_TOK("\"Hello,\" he said.", "\"|Hello|,|\"|he|said|.");
	CHECK_TOK("“Hello,” he said: ‘yes’; no!",
	    "“|Hello|,|”|he|said|:|‘|yes|’|;|no|!");
	CHECK_TOK("'Hello'", "'|Hello|'");
	CHECK_TOK("``Hi''", "``|Hi|''");
	CHECK_TOK("(CAATSA) [sic] {x}", "(|CAATSA|)|[|sic|]|{|x|}");
	CHECK_TOK("Well... maybe… What?! Now.", "Well|...|maybe|…|What|?!|Now|.");
	CHECK_TOK("wait…. Why...? Ok.?", "wait|….|Why|...|?|Ok|.?");
	CHECK_TOK("great :) ok ;-) Note:Do", "great|:)|ok|;-)|Note|:|Do");
	CHECK_TOK("It ended.", "It|ended|.");
	CHECK_TOK("a*b = c", "a|*|b|=|c");
}

static void
test_spaces(void)
{
	CHECK_TOK("", "");
	CHECK_TOK(" \t\n ", "");
	/* no-break, thin and ideographic spaces, a tab and a newline */
	CHECK_TOK(" a\xC2\xA0" "b\xE2\x80\x89" "c\xE3\x80\x80" "d\te\nf ",
	    "a|b|c|d|e|f");
	CHECK_TOK("U.S.\xC2\xA0officials", "U.S.|officials");
}

static void
test_invalid(void)
{
	/* invalid bytes are letters: they stay in words */
	CHECK_TOK("ab\xFF" "cd \xC3 x\x80 \xE2\x80", "ab\xFF" "cd|\xC3|x\x80|"
	    "\xE2\x80");
	CHECK_TOK("\xFF's \xC0.", "\xFF|'s|\xC0|.");
}

/* A NUL is a symbol of its own. */
static void
test_nul(void)
{
	long nt = tokenize(tk, "a\0b c", 5, &sp, &cap);

	CHECK(invariants("a\0b c", 5, nt));
	CHECK_INT_EQ(nt, 4);
}

/* Long inputs of one pattern; linear time keeps these fast. */
static void
test_long(void)
{
	static const char *const pat[] = { "a", "a.", "a-", "'", "A.Bb.", "1,000,",
		":-)", "a'", ".", "U.S.", "x@", "(", "-a", NULL };
	size_t n = (size_t)1 << 20, i, k, pl;
	clock_t t0 = clock();
	char *s = malloc(n);
	long nt;

	CHECK(s != NULL);
	if (s == NULL)
		return;
	memset(s, 'a', n);
	nt = tokenize(tk, s, n, &sp, &cap);
	CHECK_INT_EQ(nt, 1);
	CHECK(nt == 1 && sp[0].s == 0 && sp[0].e == n);
	for (k = 0; pat[k]; k++) {
		pl = strlen(pat[k]);
		for (i = 0; i < n; i++)
			s[i] = pat[k][i % pl];
		nt = tokenize(tk, s, n, &sp, &cap);
		CHECK(invariants(s, n, nt));
	}
	/* a quadratic pass would take hours here */
	CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 20.0);
	free(s);
}

/* Random strings of awkward pieces keep the invariants. */
static void
test_random(void)
{
	static const char *const piece[] = { "a", "Z", "1", "7", ".", "-",
		"'", "’", "$", "%", "@", "/", ":", ",", " ", "\xC2\xA0", "\xFF",
		"\xE2\x80", "http://", "www.", "n't", "U.S", "(", ")", "\"", "…",
		"ğ", "s", "Mr", "--", "#", "+", "com", "\t", "?", "!", "mm",
		"&", ";", "non", "\xE2\x80\x89", "`", "–", NULL };
	unsigned long x = 12345;
	char s[64];
	size_t np, n, k;
	int i, bad = 0;

	for (np = 0; piece[np]; np++)
		;
	for (i = 0; i < 50000; i++) {
		n = 0;
		for (;;) {
			const char *p;

			x = x * 6364136223846793005UL + 1442695040888963407UL;
			p = piece[(x >> 33) % np];
			k = strlen(p);
			if (n + k > sizeof(s) || (x >> 20) % 13 == 0)
				break;
			memcpy(s + n, p, k);
			n += k;
		}
		if (!invariants(s, n, tokenize(tk, s, n, &sp, &cap)) && bad++ < 5) {
			fputs("test_token: invariants fail on ", stderr);
			unit_quote(s, n);
			fputc('\n', stderr);
		}
	}
	CHECK_INT_EQ(bad, 0);
}

static void
test_load_error(void)
{
	struct tokenizer *t2 = tokenizer_new();
	char err[256] = "";

	CHECK(t2 != NULL);
	if (t2 == NULL)
		return;
	CHECK_INT_EQ(tokenizer_load_abbrev(t2, "tests/no/such.txt", err,
	    sizeof(err)), -1);
	CHECK(strncmp(err, "tests/no/such.txt: ", 19) == 0);
	/* without abbreviations "Mr." loses its full stop */
	CHECK_INT_EQ(tokenize(t2, "Mr. X", 5, &sp, &cap), 3);
	tokenizer_free(t2);
}

int
main(void)
{
	char err[512];
	int rc;

	if ((tk = tokenizer_new()) == NULL ||
	    tokenizer_load_abbrev(tk, "data/abbreviations.txt", err,
	    sizeof(err)) < 0) {
		fprintf(stderr, "test_token: %s (run from the top of the "
		    "repository)\n", tk ? err : "out of memory");
		CHECK(!"abbreviations loaded");
	} else {
		test_clitics();
		test_abbreviations();
		test_numbers();
		test_hyphens();
		test_urls();
		test_punctuation();
		test_spaces();
		test_invalid();
		test_nul();
		test_long();
		test_random();
		test_load_error();
	}
	rc = unit_summary();
	tokenizer_free(tk);
	free(sp);
	buf_free(&joined);
	return rc;
}
