/* split.h: paragraphs and sentences of a document.
 *
 * A rule cascade in one pass over the bytes (docs/splitting.md):
 *   1. lines are grouped into blocks at blank lines; inside a block each line
 *      break is a wrap (the sentence goes on) or a hard break that starts a
 *      new paragraph (one paragraph a line, a headline or byline above text);
 *   2. each paragraph is cut into whitespace-separated chunks, and a sentence
 *      ends after a chunk with terminal punctuation (. ! ? ...) unless the
 *      chunk is an abbreviation, initial, number or list marker that the
 *      next chunk shows to continue; closing quotes and brackets stay with
 *      the sentence they close; a full stop with no space after it ends a
 *      sentence when a capitalised word follows ("time.She"), except in
 *      domains, URLs and e-mail addresses.
 * The word lists (abbreviations, sentence starters, top-level domains) are
 * data files loaded at start-up.  Time is linear in the input.
 */
#ifndef NF_SPLIT_H
#define NF_SPLIT_H

#include <stddef.h>

#include "doc.h"

struct splitter;

/* Word-list kinds a splitter loads; each names a data file. */
enum split_list {
	SPLIT_ABBREV,		/* abbreviations.txt: WORD[<TAB>title] */
	SPLIT_STARTERS,		/* sentence-starters.txt */
	SPLIT_TLDS,		/* tlds.txt */
	SPLIT_NLISTS
};

extern const char *const split_list_file[SPLIT_NLISTS];

struct splitter *splitter_new(void);
void splitter_free(struct splitter *sp);

/* Load (or add to) one word list; -1 with "FILE:LINE: reason" in err. */
int splitter_load(struct splitter *sp, enum split_list which,
    const char *path, char *err, size_t errsize);

/* A splitter with the data directory's word lists, then n more of the
 * user's (path[i] of kind[i]); NULL with the reason in err. */
struct splitter *splitter_open(const char *const *path,
    const enum split_list *kind, int n, char *err, size_t errsize);

/* Fill d->sent from d->text; -1 when memory runs out.  The splitter keeps
 * scratch space between calls, so one splitter serves one thread. */
int split_doc(struct splitter *sp, struct doc *d);

#endif
