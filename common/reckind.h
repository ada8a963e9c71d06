/* reckind.h: the kinds of record the programs write and read, and how to
 * tell them apart (docs/format.md, "Record kinds").
 *
 * Every program's output is a kind of record with its own columns; a
 * header line (-H) is "#" and the column names, which tell the kind
 * without doubt.  Without a header, a record's shape tells it: how many
 * fields it has and which of them are numbers.  A reader that is given a
 * kind it does not take says which kind it got, which program writes
 * that, and which it expected, instead of reading the fields as something
 * they are not.
 *
 * CoNLL-U is a kind too: its word lines have ten fields and a numeric ID,
 * and its comments ("# text = ", "# sent_id = ", "# newdoc") start with
 * "# " and a key.
 */
#ifndef NF_RECKIND_H
#define NF_RECKIND_H

#include <stddef.h>

enum reckind {
	RK_UNKNOWN,
	RK_SENTENCES,	/* doc sent para start end text (news-split) */
	RK_TOKENS,	/* doc sent tok start end form lemma upos xpos ner
			 * head rel para (news-tag) */
	RK_SPANS,	/* doc sent start end type text (news-tag --spans) */
	RK_PEOPLE,	/* doc name title affiliation mentions first aliases */
	RK_PEOPLE_CORPUS, /* name title affiliation docs mentions aliases */
	RK_QUOTES,	/* doc sent start end kind speaker mention cue quote
			 * mstart mend event */
	RK_CONLLU,
	RK_N
};

/* "sentence records (news-split)" and the like, for messages. */
const char *reckind_name(enum reckind k);
/* The header line of kind k ("#doc\tsent\t..."), without its newline,
 * or NULL for CoNLL-U. */
const char *reckind_header(enum reckind k);

/* The kind a header line (starting with '#', without its line end) names,
 * or RK_UNKNOWN when it is no header of ours (a comment). */
enum reckind reckind_of_header(const char *line, size_t n);

/* The kind a record's fields (escaped as in the input, or not: only
 * their counts and digits are looked at) look like, or RK_UNKNOWN. */
enum reckind reckind_of_fields(const char *const *field, const size_t *len,
    size_t nfield);

#endif
