/* progress.h: what a long run has done, on standard error.
 *
 * -v: one line at the end ("news-tag: 4 documents, 86 sentences, 3,021
 * records out; 0.01 MB of text in 0.05 s, 0.19 MB/s").  --progress: the
 * same figures on one line that updates about twice a second while the
 * input is read, only when standard error is a terminal (a log file gets
 * no carriage returns).  The text counted is the articles' (the spans of
 * the sentence records), the measure of make bench.
 */
#ifndef NF_PROGRESS_H
#define NF_PROGRESS_H

#include <stddef.h>

#include "buf.h"

struct progress {
	int verbose, live, shown;
	unsigned long docs, sents, recs;
	unsigned long long bytes;
	double t0, last;
	unsigned tick;
};

/* live only when standard error is a terminal */
void progress_init(struct progress *p, int verbose, int live);
void progress_doc(struct progress *p);
void progress_text(struct progress *p, size_t sents, size_t bytes);
/* The records in out, about to be written: one a line. */
void progress_out(struct progress *p, const struct buf *out);
/* The summary line of -v; ends the live line. */
void progress_end(struct progress *p);

#endif
