/* Unit tests for common/split.c: sentence offsets and paragraph numbers.
 *
 * The word lists are read from data/, relative to the top of the
 * repository, where `make check` runs the tests.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "split.h"
#include "utf8.h"
#include "unit.h"

static struct splitter *sp;
static struct doc d;
static struct buf text;		/* the squeezed text of one sentence */

/* Split the NUL-terminated string s as one document. */
static void
split(const char *s)
{
	doc_clear(&d);
	buf_add(&d.text, s, strlen(s));
	CHECK_INT_EQ(split_doc(sp, &d), 0);
}

/* Sentence i (from 0) as the text field of its record. */
static const char *
sent_text(size_t i)
{
	buf_reset(&text);
	utf8_squeeze(&text, d.text.s + d.sent[i].start,
	    d.sent[i].end - d.sent[i].start);
	return text.s ? text.s : "";
}

/* Sentence i spans [s, e) in paragraph p and reads want. */
#define CHECK_SENT(i, s, e, p, want) do { \
	CHECK(d.nsent > (i)); \
	if (d.nsent > (i)) { \
		CHECK_INT_EQ(d.sent[i].start, (s)); \
		CHECK_INT_EQ(d.sent[i].end, (e)); \
		CHECK_INT_EQ(d.sent[i].para, (p)); \
		CHECK_STR_EQ(sent_text(i), (want)); \
	} \
} while (0)

static int
load_lists(void)
{
	char path[256], err[512];
	int i, ok = 1;

	if ((sp = splitter_new()) == NULL)
		return 0;
	for (i = 0; i < SPLIT_NLISTS; i++) {
		snprintf(path, sizeof(path), "data/%s", split_list_file[i]);
		if (splitter_load(sp, (enum split_list)i, path, err,
		    sizeof(err)) < 0) {
			fprintf(stderr, "test_split: %s (run from the top of "
			    "the repository)\n", err);
			ok = 0;
		}
	}
	return ok;
}

static void
test_two_sentences(void)
{
	split("The talks ended. Fidan left.");
	CHECK_INT_EQ(d.nsent, 2);
	CHECK_SENT(0, 0, 16, 1, "The talks ended.");
	CHECK_SENT(1, 17, 28, 1, "Fidan left.");

	/* no final punctuation: the end of the text ends the sentence */
	split("  The talks ended  ");
	CHECK_INT_EQ(d.nsent, 1);
	CHECK_SENT(0, 2, 17, 1, "The talks ended");
}

static void
test_abbreviations(void)
{
	split("Mr. Smith arrived. He spoke.");
	CHECK_INT_EQ(d.nsent, 2);
	CHECK_SENT(0, 0, 18, 1, "Mr. Smith arrived.");
	CHECK_SENT(1, 19, 28, 1, "He spoke.");

	/* "U.S." before a lower-case word goes on ... */
	split("U.S. officials met on Tuesday. They agreed.");
	CHECK_INT_EQ(d.nsent, 2);
	CHECK_SENT(0, 0, 30, 1, "U.S. officials met on Tuesday.");
	CHECK_SENT(1, 31, 43, 1, "They agreed.");

	/* ... and at the end of a sentence, before a sentence starter, ends */
	split("He flew to the U.S. How long will he stay?");
	CHECK_INT_EQ(d.nsent, 2);
	CHECK_SENT(0, 0, 19, 1, "He flew to the U.S.");
	CHECK_SENT(1, 20, 42, 1, "How long will he stay?");

	split("Dr. Jones met Gen. Smith in Jan. 2020. They talked.");
	CHECK_INT_EQ(d.nsent, 2);
	CHECK_SENT(0, 0, 38, 1, "Dr. Jones met Gen. Smith in Jan. 2020.");

	split("J. Edgar Hoover ran the F.B.I. for decades. It cost $1.13bn, "
	    "up 1.75% on Jan. 20. Rates rose 3.5 points.");
	CHECK_INT_EQ(d.nsent, 3);
	CHECK_SENT(0, 0, 43, 1, "J. Edgar Hoover ran the F.B.I. for decades.");
	CHECK_SENT(1, 44, 81, 1, "It cost $1.13bn, up 1.75% on Jan. 20.");
	CHECK_SENT(2, 82, 104, 1, "Rates rose 3.5 points.");
}

static void
test_headline(void)
{
	/* a headline line above text is a paragraph and a sentence; the
	 * offsets count bytes (ü is two) */
	split("Ankara, Washington to discuss Syria strategy\n"
	    "T\xC3\xBCrkiye and the United States are set to hold a meeting. "
	    "Sources confirmed it.\n");
	CHECK_INT_EQ(d.nsent, 3);
	CHECK_SENT(0, 0, 44, 1, "Ankara, Washington to discuss Syria strategy");
	CHECK_SENT(1, 45, 102, 2, "T\xC3\xBCrkiye and the United States are "
	    "set to hold a meeting.");
	CHECK_SENT(2, 103, 124, 2, "Sources confirmed it.");

	/* a headline and a byline, each a paragraph of its own */
	split("Strategic Dialogues and Common Grounds\n\nBy Vafa Guliyeva\n");
	CHECK_INT_EQ(d.nsent, 2);
	CHECK_SENT(0, 0, 38, 1, "Strategic Dialogues and Common Grounds");
	CHECK_SENT(1, 40, 56, 2, "By Vafa Guliyeva");
}

static void
test_paragraphs(void)
{
	split("First paragraph.\n\nSecond one? Yes.\n");
	CHECK_INT_EQ(d.nsent, 3);
	CHECK_SENT(0, 0, 16, 1, "First paragraph.");
	CHECK_SENT(1, 18, 29, 2, "Second one?");
	CHECK_SENT(2, 30, 34, 2, "Yes.");

	/* blank lines may hold spaces; several count as one break */
	split("One.\n \n\nTwo.\n\n\nThree.");
	CHECK_INT_EQ(d.nsent, 3);
	CHECK_SENT(0, 0, 4, 1, "One.");
	CHECK_SENT(1, 8, 12, 2, "Two.");
	CHECK_SENT(2, 15, 21, 3, "Three.");

	/* CRLF line ends */
	split("One.\r\n\r\nTwo.\r\n");
	CHECK_INT_EQ(d.nsent, 2);
	CHECK_SENT(0, 0, 4, 1, "One.");
	CHECK_SENT(1, 8, 12, 2, "Two.");
}

static void
test_wrapped(void)
{
	/* a line break inside a sentence does not end it */
	split("The talks were held in Washington\non Tuesday.\n\nFidan left.\n");
	CHECK_INT_EQ(d.nsent, 2);
	CHECK_SENT(0, 0, 45, 1, "The talks were held in Washington on Tuesday.");
	CHECK_SENT(1, 47, 58, 2, "Fidan left.");

	/* hard-wrapped text: sentences end mid-line and go on across lines */
	split("The talks between the two ministers were held in\n"
	    "Washington on Tuesday and lasted for about three\n"
	    "hours. Both sides called them constructive and said\n"
	    "they would meet again in May.\n");
	CHECK_INT_EQ(d.nsent, 2);
	CHECK_SENT(0, 0, 104, 1, "The talks between the two ministers were "
	    "held in Washington on Tuesday and lasted for about three hours.");
	CHECK_SENT(1, 105, 179, 1, "Both sides called them constructive and "
	    "said they would meet again in May.");
}

static void
test_empty(void)
{
	split("One sentence first.");
	CHECK_INT_EQ(d.nsent, 1);
	split("");			/* a reused doc is emptied */
	CHECK_INT_EQ(d.nsent, 0);

	doc_free(&d);		/* text.s is NULL here */
	doc_init(&d);
	CHECK_INT_EQ(split_doc(sp, &d), 0);
	CHECK_INT_EQ(d.nsent, 0);

	split(" \n\t\r\n \xC2\xA0\n\n");
	CHECK_INT_EQ(d.nsent, 0);
	split("\xEF\xBB\xBF\n");	/* a byte-order mark alone */
	CHECK_INT_EQ(d.nsent, 0);
}

/* Invariants of docs/format.md on a longer mixed document. */
static void
test_invariants(void)
{
	const char *t = "\xEF\xBB\xBFHeadline without a stop\n"
	    "By A. Writer\n\n"
	    "He said: \"The talks were useful.\" Then he left... Later, "
	    "the U.S.-led group met (in Ankara). Why? Nobody knows!\n"
	    "1. First item\n2. Second item\n\n"
	    "Visit www.example.com. Mail a.b@example.org today.She agreed.";
	size_t i, j, prev = 0;

	split(t);
	CHECK(d.nsent > 5);
	for (i = 0; i < d.nsent; i++) {
		CHECK(d.sent[i].start < d.sent[i].end);
		CHECK(d.sent[i].start >= prev);
		CHECK(d.sent[i].end <= d.text.l);
		CHECK(i == 0 || d.sent[i].para >= d.sent[i - 1].para);
		CHECK(i > 0 || d.sent[i].para == 1);
		CHECK(i == 0 || d.sent[i].para <= d.sent[i - 1].para + 1);
		/* no whitespace at either end */
		CHECK(utf8_space_len((const unsigned char *)d.text.s +
		    d.sent[i].start, d.sent[i].end - d.sent[i].start) == 0);
		CHECK(!u_isspace((unsigned char)d.text.s[d.sent[i].end - 1]));
		/* between sentences, only whitespace */
		for (j = prev; j < d.sent[i].start; ) {
			int sl = utf8_space_len((const unsigned char *)d.text.s +
			    j, d.text.l - j);

			CHECK(sl > 0);
			j += sl > 0 ? (size_t)sl : 1;
		}
		prev = d.sent[i].end;
	}
	for (j = prev; j < d.text.l; ) {
		int sl = utf8_space_len((const unsigned char *)d.text.s + j,
		    d.text.l - j);

		CHECK(sl > 0);
		j += sl > 0 ? (size_t)sl : 1;
	}
}

int
main(void)
{
	int rc;

	doc_init(&d);
	if (load_lists()) {
		test_two_sentences();
		test_abbreviations();
		test_headline();
		test_paragraphs();
		test_wrapped();
		test_empty();
		test_invariants();
	} else {
		CHECK(!"word lists loaded");
	}
	rc = unit_summary();
	splitter_free(sp);
	doc_free(&d);
	buf_free(&text);
	return rc;
}
