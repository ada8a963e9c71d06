/* sumgroup.h: the records of a document, or of a cluster of documents,
 * held for news-summarize, and its summary written as records.
 *
 * news-summarize reads a document's sentence records (or a cluster's:
 * --cluster, --cluster-sep) into a group, has the summarizer (summary.h)
 * choose among them, and writes the choices as the records they were: in
 * TSV each as it was read, with any fields after the sixth; in CSV and
 * JSON Lines through recout.h.  A group over SUM_MAX_SENTS sentences or
 * SUM_MAX_BYTES of records held is reported and skipped; a cluster whose
 * documents come back after other clusters too (docorder.h).
 */
#ifndef NF_SUMGROUP_H
#define NF_SUMGROUP_H

#include <stddef.h>

#include "buf.h"
#include "docorder.h"
#include "recout.h"
#include "sentrec.h"
#include "summary.h"
#include "tsv.h"

struct sgrec;

struct sumgroup {
	int scores;		/* write each choice's score too */
	int cluster;		/* a group is a cluster of documents */
	const char *sep;	/* its key is a doc id up to sep (or all) */
	struct sum_opts len;
	struct summarizer *sm;
	int bad;		/* some input was reported */
	/* the document or cluster being read */
	struct buf key;		/* its doc id, or cluster key */
	struct buf lastdoc;	/* doc id of the last record */
	struct buf arena;
	struct sgrec *rec;
	size_t nrec, reccap, ndoc;
	size_t textbytes;	/* the sentence text of those records */
	int skipping;		/* over a limit: drop records until key changes */
	struct sum_sent *sent;
	size_t sentcap;
	struct sum_choice *ch;
	size_t chcap;
	struct docorder clusters;	/* the clusters seen, --cluster-sep */
};

/* g's settings (scores, cluster, sep, len, sm) are the caller's to set
 * after this. */
void sumgroup_init(struct sumgroup *g);
void sumgroup_free(struct sumgroup *g);

/* Add a sentence: its record, as read (t, for the fields after the
 * sixth) or rebuilt (t NULL: from token records or CoNLL-U); name and
 * line for messages.  When it begins another group, the summary of the
 * one before goes to ro first (out, ro's buffer, for TSV).  Exits when
 * memory runs out. */
void sumgroup_add(struct sumgroup *g, struct recout *ro,
    const struct tsv_reader *t, const struct srec *rec, const char *name,
    unsigned long line);
/* The summary of the group read, to ro; the group is then empty. */
void sumgroup_write(struct sumgroup *g, struct recout *ro);

#endif
