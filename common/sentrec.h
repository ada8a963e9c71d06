/* sentrec.h: the sentence record, news-split's output and the input of
 * every later program (docs/format.md):
 *
 *     doc  sent  para  start  end  text
 *
 * The writer formats a document's sentences; the text field is the squeezed
 * sentence (utf8_squeeze).  Formatting only: no splitting here.
 */
#ifndef NF_SENTREC_H
#define NF_SENTREC_H

#include "buf.h"
#include "doc.h"

#define SENTREC_NFIELD 6
#define SENTREC_HEADER "#doc\tsent\tpara\tstart\tend\ttext\n"

/* Append the records of all of d's sentences to out; returns the number of
 * bytes that had to be replaced by U+FFFD. */
size_t sentrec_put_doc(struct buf *out, const struct doc *d);

#endif
