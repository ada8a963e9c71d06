/* token.h: words of one sentence, in the style of UD English EWT.
 *
 * The tagger is trained on EWT, so its tokens are cut as EWT cuts them
 * (measured on EWT train with tests/tools/token-eval):
 *   - clitics split off, straight, curly or backtick apostrophe, any case:
 *     "don't" do|n't, "can't" ca|n't, "won't" wo|n't, "Bush's" Bush|'s,
 *     "they're" they|'re, 've 'll 'd 'm; a plural possessive keeps its
 *     apostrophe apart ("parents'" parents|'); fused forms as EWT has them:
 *     "cannot" can|not, "gonna" gon|na, "wanna" wan|na, "gotta" got|ta,
 *     "dont" do|nt, "im" i|m and a few more;
 *   - punctuation apart: quotes, brackets, , ; : and the like one a token; a
 *     run of . ! ? ("...", "?!") is one token, as are "--" and other runs of
 *     one symbol ("***", "==");
 *   - hyphens are tokens of their own ("long-standing" long|-|standing,
 *     "S-400" S|-|400, "Türkiye-U.S." Türkiye|-|U.S.), except after the
 *     prefixes EWT keeps ("non-", "anti-", "e-mail", "co-", "mid-" ...) and
 *     in telephone numbers;
 *   - currency signs and units apart from numbers: "$1.13bn" $|1.13|bn,
 *     "1.75%" 1.75|%, "35mm" 35|mm, but "3.5", "1,000", "3/9/2005", "11:16",
 *     "1990s" and "21st" whole;
 *   - a full stop stays on an abbreviation (the list loaded with
 *     tokenizer_load_abbrev: "Mr." "Inc." "etc."), an initial ("J."), letters
 *     with inner dots ("U.S." "a.m." "Ph.D.") when a word follows; the full
 *     stop that ends the sentence is always a token of its own, as in EWT
 *     ("in the U.S." ... U.S|.); any other full stop is split off;
 *   - URLs, e-mail addresses and emoticons (":)" ";-)") are one token.
 *
 * Every token is a substring of the text, so offsets stay exact.  One pass,
 * linear in the length of the text; no allocation but the growth of the
 * caller's span array.  Invalid UTF-8 bytes count as letters.
 */
#ifndef NF_TOKEN_H
#define NF_TOKEN_H

#include <stddef.h>
#include <stdint.h>

struct tokspan {
	uint32_t s, e;	/* a token: bytes [s, e) of the text */
};

struct tokenizer;

/* A tokenizer with its built-in word lists and no abbreviations; NULL when
 * memory runs out.  The caller owns it and frees it with tokenizer_free().
 * Once loaded it is only read, so threads may share it. */
struct tokenizer *tokenizer_new(void);
void tokenizer_free(struct tokenizer *tk);

/* Load (or add to) the abbreviation list, in the format of
 * data/abbreviations.txt: WORD[<TAB>title|any], without the full stop; a
 * word in lower case matches any case, others match exactly, as for the
 * sentence splitter.  0, or -1 with "FILE:LINE: reason" in err. */
int tokenizer_load_abbrev(struct tokenizer *tk, const char *path, char *err,
    size_t errsize);

/* Tokenize s[0..n), one sentence (n < 4 GiB).  The spans go to *out, an
 * array of *cap elements that is grown with grow() from buf.h (start with
 * NULL and 0; the caller owns it and frees it).  Returns the number of
 * tokens, or -1 when memory runs out or n is too large.  Tokens are
 * non-empty, in order, non-overlapping, and cover every byte that is not
 * whitespace (utf8_space_len); none holds whitespace. */
long tokenize(const struct tokenizer *tk, const char *s, size_t n,
    struct tokspan **out, size_t *cap);

#endif
