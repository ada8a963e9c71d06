/* stem.h: the Porter (1980) stemmer and the word folding of ROUGE.
 *
 * stem_porter() is the algorithm ROUGE-1.5.5 applies with -m, step for step
 * as ../shared/eval/rouge.py writes it, so that news-summarize's terms and
 * the C scorer tests/tools/rouge agree with the reference scorer.  It works
 * on lower-case ASCII words; other bytes are left alone.
 *
 * stem_fold() makes a word's comparison form: ASCII lower case, Latin
 * letters with diacritics (Latin-1 and Latin Extended-A: é, ğ, ı, ø ...)
 * folded to their base letter, curly quotes and dashes to ASCII.  Other
 * characters are copied unchanged.
 */
#ifndef NF_STEM_H
#define NF_STEM_H

#include <stddef.h>

#include "buf.h"

/* Stem the lower-case word w[0..n) in place; returns its new length (never
 * more than n).  Words of up to 2 bytes are returned as they are. */
size_t stem_porter(char *w, size_t n);

/* Append the folded form of s[0..n) to out; -1 when memory runs out. */
int stem_fold(struct buf *out, const char *s, size_t n);

#endif
