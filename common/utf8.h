/* utf8.h: decoding and classifying UTF-8 text without a locale.
 *
 * The splitter and tokenizer need a handful of character classes (space,
 * upper, lower, letter, digit) for the scripts news carries: Latin with its
 * accents (Erdoğan, Yılmaz, Önal), Greek and Cyrillic.  Anything else counts
 * as "other", which is never a letter case signal.
 */
#ifndef NF_UTF8_H
#define NF_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFD

/* Decode the code point at s[0..n).  Returns its length in bytes (1-4) and
 * stores it in *cp; an invalid or truncated sequence gives length 1 and
 * *cp = -1.  n must be at least 1. */
int utf8_decode(const unsigned char *s, size_t n, int32_t *cp);

/* Decode the code point that ends just before s[i]; returns its start. */
size_t utf8_prev(const unsigned char *s, size_t i);

/* Count invalid bytes and NUL bytes in s[0..n); returns the offset of the
 * first of them, or n when there is none. */
size_t utf8_scan(const char *s, size_t n, size_t *invalid, size_t *nul);

/* Append s[0..n) to out with every invalid byte and every NUL replaced by
 * U+FFFD.  Returns the number of bytes replaced. */
struct buf;
size_t utf8_repair(struct buf *out, const char *s, size_t n);

/* ASCII letters, and ASCII lower case (other bytes unchanged): the word
 * lists are kept in lower case and looked up so. */
static inline int
ascii_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline unsigned char
ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

int u_isspace(int32_t cp);
int u_isupper(int32_t cp);
int u_islower(int32_t cp);
int u_isalpha(int32_t cp);	/* upper, lower, or a caseless letter we know */
int u_isdigit(int32_t cp);	/* ASCII digits only */
int u_isclosing(int32_t cp);	/* a closing quotation mark or bracket */

/* Byte classes for the hot loops: ASCII whitespace, and the lead bytes of
 * the non-ASCII spaces (C2, E1, E2, E3, EF), which need a closer look. */
enum { U8_SPACE = 1, U8_SPACELEAD = 2 };
extern const unsigned char utf8_byteclass[256];

int utf8_space_len_slow(const unsigned char *s, size_t n);

/* Whitespace at s[0..n): its byte length, or 0 when s does not start with
 * whitespace.  A table look-up for all but a few lead bytes. */
static inline int
utf8_space_len(const unsigned char *s, size_t n)
{
	unsigned char c = utf8_byteclass[s[0]];

	if (c == 0)
		return 0;
	return c == U8_SPACE ? 1 : utf8_space_len_slow(s, n);
}



/* Append s[0..n) to out with every run of whitespace squeezed to one space,
 * leading and trailing whitespace dropped, and invalid bytes and NULs
 * replaced by U+FFFD.  This is how a record's text field is made from the
 * document's bytes.  Returns the number of bytes replaced. */
size_t utf8_squeeze(struct buf *out, const char *s, size_t n);
#endif
