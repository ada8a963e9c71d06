/* token.h: words of one sentence, in the style of UD English EWT.
 *
 * The tagger is trained on EWT, so its tokens are cut as EWT cuts them
 * (measured on EWT train with tests/tools/token-eval):
 *   - clitics split off, with a straight, curly or backtick apostrophe, in
 *     any case: "don't" do|n't, "can't" ca|n't, "won't" wo|n't, "Bush's"
 *     Bush|'s, "they're" they|'re, 've 'll 'd 'm; "80's" stays whole; a
 *     plural possessive keeps its apostrophe apart ("parents'" parents|');
 *     fused forms as EWT has them: "cannot" can|not, "gonna" gon|na,
 *     "wanna" wan|na, "gotta" got|ta, "dont" do|nt, "im" i|m and a few more;
 *   - punctuation apart, one mark a token: quotes, brackets, , ; : and the
 *     like; but a run of full stops ("...", "…."), a run of ! and ? ("?!"),
 *     "--", "''" and other runs of one symbol ("***", "==") are one token;
 *   - hyphens are tokens of their own ("long-standing" long|-|standing,
 *     "S-400" S|-|400, "Türkiye-U.S." Türkiye|-|U.S.), except after the
 *     prefixes EWT keeps ("non-", "anti-", "co-", "mid-", "e-mail" ...) and
 *     in telephone numbers ("713-853-3989"); ranges split ("1969|-|1970");
 *   - currency signs and units apart from numbers: "$1.13bn" $|1.13|bn,
 *     "1.75%" 1.75|%, "35mm" 35|mm, "5pm" 5|pm; "US$" is one token; "3.5",
 *     "1,000", "3/9/2005", "11:16", "1990s" and "21st" stay whole;
 *   - a full stop stays on an abbreviation (the list loaded with
 *     tokenizer_load_abbrev: "Mr." "Inc." "etc."), an initial ("J.") and
 *     letters with inner dots ("U.S." "a.m." "Ph.D."), also when the next
 *     word is glued on ("Mr.Smith" Mr.|Smith); but the full stop that ends
 *     the sentence (only closing quotes and brackets after it) is a token of
 *     its own even after an abbreviation, as in EWT ("in the U.S." ...
 *     U.S|.); any other full stop is split off;
 *   - URLs, e-mail addresses, domains with a path ("aa.com.tr/en"),
 *     handles ("@Reuters"), hashtags ("#MeToo") and emoticons (":)" ";-)")
 *     are one token each.
 *
 * Every token is a substring of the text, so offsets stay exact.  One pass,
 * linear in the length of the text; no allocation but the growth of the
 * caller's span array.  Letters are what utf8.h says, and any other
 * character that is not punctuation or a symbol (other scripts, combining
 * marks) counts as one; so does an invalid UTF-8 byte, which thus stays
 * inside its word.  A NUL is a symbol.
 */
#ifndef NF_TOKEN_H
#define NF_TOKEN_H

#include <stddef.h>
#include <stdint.h>

struct tokspan {
	uint32_t s, e;	/* a token: bytes [s, e) of the text */
};

struct tokenizer;

/* Is s[0..n) (n > 0) one of the emoticons the tokenizer keeps whole, ":)"
 * ";-)" "^_^"?  The sentence splitter ends sentences after them. */
int token_is_emoticon(const char *s, size_t n);

/* A tokenizer with its built-in word lists and no abbreviations; NULL when
 * memory runs out.  The caller owns it and frees it with tokenizer_free().
 * Once loaded it is only read, so threads may share it. */
struct tokenizer *tokenizer_new(void);
void tokenizer_free(struct tokenizer *tk);

/* Load (or add to) the abbreviation list, in the format of
 * data/abbreviations.txt: WORD[<TAB>title|place|any], without the full
 * stop; a word in lower case matches any case, others match exactly, as
 * for the sentence splitter.  0, or -1 with "FILE:LINE: reason" in err. */
int tokenizer_load_abbrev(struct tokenizer *tk, const char *path, char *err,
    size_t errsize);

/* The kinds of abbreviations.txt's second field: any (or none: ends a
 * sentence only before a sentence starter), title ("Mr.": never before a
 * name), place ("Calif.": a state or province after a city, which ends a
 * sentence before any capital as a word would).  0 for another. */
enum { ABBR_ANY = 1, ABBR_TITLE = 2, ABBR_PLACE = 3 };
int abbrev_kind_of(const char *kind);

/* Tokenize s[0..n), one sentence (n < 4 GiB).  The spans go to *out, an
 * array of *cap elements that is grown with grow() from buf.h (start with
 * NULL and 0; the caller owns it and frees it).  Returns the number of
 * tokens, or -1 when memory runs out or n is too large.  Tokens are
 * non-empty, in order, non-overlapping, and cover every byte that is not
 * whitespace (utf8_space_len); none holds whitespace. */
long tokenize(const struct tokenizer *tk, const char *s, size_t n,
    struct tokspan **out, size_t *cap);

/* The same a part at a time, for a sentence too long to hold all its
 * tokens (annotate.h): the tokens of the whitespace-separated chunks of
 * s[0..n) that begin in [part->pos, to), into *out as above (from its
 * start), with part->pos moved to where they end.  Begin with a zeroed
 * part (TOKPART_INIT) and call again with it: the parts together are the
 * tokens tokenize() gives. */
struct tokpart {
	size_t pos;		/* where the next part begins */
	size_t tail;		/* where the closers at the end begin */
	int started;
};

#define TOKPART_INIT { 0, 0, 0 }

long tokenize_part(const struct tokenizer *tk, const char *s, size_t n,
    struct tokpart *part, size_t to, struct tokspan **out, size_t *cap);

#endif
