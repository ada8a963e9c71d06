/* summary.h: extractive summaries of a document or a cluster of documents.
 *
 * The stage takes the sentences of one document, or of every document of a
 * cluster, in memory and returns the ones chosen; it never reads or writes
 * records (cmd/summarize/main.c does).  The method (docs/man/news-summarize.1):
 *
 *   - terms: words lower-cased, diacritics folded, Porter-stemmed (stem.h),
 *     stop words left out; weights (1 + log tf) * idf, the idf from
 *     background document frequencies (data/idf.tsv, built from UD EWT, GUM
 *     and Wikinews by scripts/make-idf.sh);
 *   - which sentences may be chosen: not headlines, datelines, bylines,
 *     captions or subheads (a paragraph's lines without final punctuation,
 *     a short paragraph with a picture credit "Image: ..."), not sentences
 *     of fewer than 4 words with a letter or without a term; when a
 *     document has none left, any sentence with a term, then any sentence;
 *   - the lede: the first of a document's first three choosable sentences
 *     that is a full statement (10 words or more, not a question, not
 *     starting with a lower-case word);
 *   - relevance: a position prior k / (k + rank), with k about the number
 *     of sentences of the summary, whose weight, like a bonus for the lede
 *     and a penalty for quoted speech, grows as k shrinks (a short summary
 *     must be the point, which news puts first); a bonus for the lead
 *     paragraph (the paragraph of the first choosable sentence that is not
 *     a fragment; not its questions), steeper still in k, so that two or
 *     three sentences keep to the lead paragraph where news tells the
 *     story, and longer summaries hardly feel it; word frequency over the
 *     square root of the sentence's terms; position-augmented centrality
 *     on the cosine similarity graph (PacSum: an edge counts more toward
 *     the earlier sentence); the similarity to the headlines (the query)
 *     and to the centroid of all sentences;
 *   - selection: Maximal Marginal Relevance, relevance minus the highest
 *     similarity to a sentence already chosen; a near-duplicate of a chosen
 *     sentence is never chosen;
 *   - output: the chosen sentences in input order (document, then
 *     position).  Deterministic: equal scores go to the earlier sentence.
 *
 * Costs: linear in the text, plus the similarity graph over at most
 * SUM_MAX_GRAPH candidate sentences (those with the best position, headline
 * and centroid scores), so a document of any length takes bounded time.
 */
#ifndef NF_SUMMARY_H
#define NF_SUMMARY_H

#include <stddef.h>
#include <stdint.h>

/* The most sentences and bytes of text one document or cluster may have
 * (the reader enforces them; summarize() refuses more). */
#define SUM_MAX_SENTS ((size_t)1000000)
#define SUM_MAX_BYTES ((size_t)256 << 20)
/* The most sentences the similarity graph and selection look at, and so
 * the longest summary. */
#define SUM_MAX_GRAPH 1000

struct sum_sent {
	const char *text;	/* the sentence (unescaped); borrowed */
	size_t len;
	unsigned long para;	/* paragraph number in its document */
	size_t doc;		/* its document's index in the cluster, from 0 */
};

/* The length asked for; every limit given applies (0: none).  With none
 * at all, 3 sentences.  A summary is never empty when there are
 * sentences. */
struct sum_opts {
	size_t nsent;		/* at most this many sentences */
	double ratio;		/* at most ceil(ratio * choosable sentences) */
	size_t words;		/* at most this many words (runs of non-space);
				 * the first sentence is kept even if longer */
	int lead;		/* the LEAD baseline: the first choosable
				 * sentences of each document (in a cluster,
				 * every document's first, then second ...),
				 * without redundancy removal */
};

struct sum_choice {
	size_t idx;		/* index of the sentence in the input */
	double score;		/* its relevance, 0..1 or so */
};

struct summarizer;

/* A summarizer without background statistics (every word then weighs the
 * same); NULL when memory runs out.  Free with summarizer_free(). */
struct summarizer *summarizer_new(void);
void summarizer_free(struct summarizer *sm);

/* Load the background document frequencies: lines "STEM<TAB>DF", one line
 * "@docs<TAB>N" (the number of documents counted), '#' comments.  0, or -1
 * with "FILE[:LINE]: reason" in err. */
int summarizer_load_idf(struct summarizer *sm, const char *path, char *err,
    size_t errsize);

/* Summarize the n sentences s (n <= SUM_MAX_SENTS): one document, or a
 * cluster whose documents follow each other with increasing doc indexes.
 * The choices go to *out, an array of *cap elements grown with grow()
 * (buf.h; start with NULL and 0, the caller frees it), in input order.
 * Returns their number (0 only when n is 0), or -1 when memory runs out
 * or n is too large. */
long summarize(struct summarizer *sm, const struct sum_sent *s, size_t n,
    const struct sum_opts *len, struct sum_choice **out, size_t *cap);

/* The terms of text[0..n), as summarize() sees them: each term's 64-bit key
 * (hash.h of the stem) goes to *keys, grown with grow(); the stems are
 * appended to *stems, if not NULL, each followed by a NUL.  Returns the
 * number of terms, -1 when memory runs out.  For scripts/make-idf.sh. */
struct buf;
long sum_terms(struct summarizer *sm, const char *text, size_t n,
    uint64_t **keys, size_t *cap, struct buf *stems);

#endif
