/* people.h: the people of a document, from its tagged sentences.
 *
 * The stage behind news-extract-people.  Mentions are the tagger's PER
 * entities, less honorifics ("Mr", "Dr"); a byline ("By Vafa Guliyeva")
 * is a person with the title "author".  Mentions merge into people: a
 * surname or a first name alone joins the full name that shares it, case
 * and diacritics folded (Yılmaz = Yilmaz), and a fuller form replaces a
 * shorter one.  Titles come from the words before a mention ("Deputy
 * Secretary of State", "U.S. Ambassador to Türkiye") or an apposition
 * after it ("..., the shadow chancellor"), with their heads, modifiers and
 * multi-word forms from word lists (data/gazetteers/titles.txt,
 * title-modifiers.tsv), or from a later definite mention ("the
 * chancellor" after "Gordon Brown", for a person given no other title);
 * the most specific title wins.  The affiliation is
 * the country a demonym or country name before the title names
 * (countries.tsv).  It never reads or prints records.
 */
#ifndef NF_PEOPLE_H
#define NF_PEOPLE_H

#include <stddef.h>

#include "annotate.h"
#include "buf.h"
#include "tagger.h"
#include "wordends.h"
#include "wordset.h"

struct people_lex {
	struct wordset titles;		/* heads, and multi-word titles */
	struct wordset title_ends;	/* how titles can end: each tail of
					 * each, lower case, from a place
					 * where a word can start */
	struct wordset modifiers;	/* deputy, foreign, former, ... */
	struct wordset honorifics;	/* Mr, Dr, Sir, ... */
	struct wordset countries;	/* variant -> index + 1 in canon */
	struct wordset parties;		/* variant -> index + 1 in canon */
	struct wordset state_titles;	/* titles of a state's office
					 * holders: president, king, ... */
	struct wordset not_people;	/* God, Allah: names of no person */
	struct wordset thing_nouns;	/* retailer, agency: what a named
					 * thing is */
	struct wordset title_forms;	/* "Sen.", "spokeswoman" -> index
					 * + 1 in canon: "Senator",
					 * "spokesperson" */
	struct buf canon;		/* canonical country names, NUL-ended */
	size_t *canon_off;
	size_t ncanon, capcanon;
};

/* What a person is to the document: one of its story, or only named in
 * a byline ("By Jane Roe"), a photo credit ("(Jane Roe/Reuters)",
 * "Photo: Jane Roe") or a contact line ("Contact Jane Roe at ..."). */
enum people_role { ROLE_STORY, ROLE_BYLINE, ROLE_CREDIT, ROLE_CONTACT };

struct person {
	struct buf name, title, affil, aliases;
	enum people_role role;	/* ROLE_STORY once the story names them */
	unsigned long mentions, first;
	size_t ntok;			/* words in name */
	size_t title_words;
	unsigned long possessive;	/* mentions before "'s" */
	int known;		/* a name the lists know, or after an
				 * honorific, in one of its mentions */
};

#define PEOPLE_THINGS 16
#define PEOPLE_ORGWORDS 64
/* Sentences of more words than this are never parsed for titles. */
#define PEOPLE_PARSE_MAX 100
/* The parser's beam for them: 4, as news-extract-quotes parses, so that
 * token records of news-tag --parse --beam 4 give both programs the parse
 * they make themselves (a beam of 1 reads as many titles right on the
 * Wikinews people dev set, 167 of 204 against 165, in a third of the
 * parsing time, but other ones). */
#define PEOPLE_BEAM 4

struct people {
	struct person *p;
	size_t n, cap;
	size_t inited;		/* entries whose buffers are initialised */
	size_t last;		/* the person named last (index + 1), or 0 */
	unsigned long last_sent;	/* in that sentence */
	size_t lead;		/* the first person a story's sentence named,
				 * of the last sentence that named one */
	unsigned long lead_sent;	/* that sentence */
	struct wordends names;	/* their names folded, by index */
	struct wordends mids;	/* and those of three words or more less
				 * the last word ("ricardo rossello") */
	/* the last words of the names found to name things, not people
	 * ("Dorian" of "Hurricane Dorian"), which alone name none either */
	uint64_t things[PEOPLE_THINGS];
	unsigned nthings;
	/* the words of the document's organisations, and of its places of
	 * two words or more that end in a word of such names, folded
	 * ("wells" of "Wells Fargo"): a one-word name among them with
	 * nothing else to show it is a person's names none */
	uint64_t orgwords[PEOPLE_ORGWORDS];
	unsigned norgwords;
	/* the person given a plural title last ("Presidents A of X and B"),
	 * or an affiliation by a word in the plural ("Libyans A and B"):
	 * index + 1, or 0; its sentence, the word after its name, and
	 * whether the names after it share its affiliation too */
	size_t list;
	unsigned long list_sent;
	size_t list_end;
	int list_affil;
	/* titles the document gives a country with but no name ("Kenya's
	 * president said"): the head's hash and the country's index + 1 */
	uint64_t unnamed[PEOPLE_THINGS];
	int unnamed_country[PEOPLE_THINGS];
	unsigned nunnamed;
	int home;		/* the country the first sentence names,
				 * alone: index + 1, or 0 */
	int home_seen;		/* the first sentence was read */
	int body;		/* a sentence of the story's body was read:
				 * lines of names before it are bylines */
	unsigned long *country_hits;	/* mentions of each country */
	size_t ncountry;
	unsigned long country_total;
	size_t borrow;		/* the next mention's surname: its word + 1
				 * ("Tomasz and Marek Sekielski"), or 0 */
	int parse;		/* read titles after names from the parse of
				 * the sentences that have them (roles.h),
				 * the tagger's parser loaded */
};

/* Load the word lists from the gazetteer directory dir; 0, or -1 with
 * "FILE:LINE: reason" in err. */
int people_lex_load(struct people_lex *lx, const char *dir, char *err,
    size_t errsize);
void people_lex_free(struct people_lex *lx);

void people_init(struct people *pp);
void people_clear(struct people *pp);	/* a new document */
void people_free(struct people *pp);

/* What people_sentence() needs a sentence tagged with (tagger_run()):
 * the entities.  The parts of speech of the few sentences it needs them
 * for it tags itself, with t, so that the rest are spared them. */
#define PEOPLE_TAGS TAG_ENTITIES

/* Add the people of tagged sentence s, sentence number sent, whose text
 * is text (the record's text field, for the spacing between words); -1
 * when memory runs out. */
int people_sentence(struct people *pp, const struct people_lex *lx,
    struct tagger *t, struct tsent *s, unsigned long sent,
    size_t sent_start);

/* The same for sentence record rec, tagged (PEOPLE_TAGS) with a into s, a
 * window at a time (annotate.h: one window for a sentence of up to
 * WINDOW_TOKENS tokens, each taken with the words it owns); -1 when memory
 * runs out. */
int people_add_record(struct people *pp, const struct people_lex *lx,
    struct annotator *a, const struct srec *rec, struct tsent *s);

/* The document's sentences are all in: a person with no affiliation
 * whose title's head is the one of a title the document gives a country
 * with but no name ("Kenya's president" earlier or later) takes that
 * country, if no other person without one has that head; one whose title
 * only a state has (state-titles.txt: "Interior Minister") takes the
 * country the document's first sentence names, if it names one alone.
 * A given name named before the one full name it begins is merged into
 * it; one-word names the document's organisations hold, or that no list
 * knows and only possessives name, are taken out; titles are written in
 * their canonical forms (title-forms.tsv: "Sen." is "Senator"). */
void people_end(struct people *pp, const struct people_lex *lx);

/* The person the PER entity at words [a, b) of s names, once the
 * document's people are known: its name taken as people_sentence takes it
 * (less honorifics and titles), matched as mentions merge ("Erdoğan" is
 * "Recep Tayyip Erdoğan").  NULL if it names none. */
const struct person *people_find(const struct people *pp,
    const struct people_lex *lx, const struct tsent *s, size_t a, size_t b);

/* Words [*a, *b) of s: a definite title, with no name, that is the
 * subject at its start or after an introduction and its comma ("The Tory
 * leader was asked", "In a furious response, the first minister said"):
 * 1, else 0, or -1 when memory runs out for the parts of speech. */
int people_title_subject(const struct people_lex *lx, struct tagger *t,
    struct tsent *s, size_t *a, size_t *b);

/* The one person of the document, named by sentence sent at the latest,
 * whose title holds every word of the definite title at words [a, b) of
 * s, "the" and a title with no name ("the president", "the foreign
 * minister"): whom the title stands for.  NULL if no person or more than
 * one holds it.  Once the document's people are known (people_end). */
const struct person *people_title_holder(const struct people *pp,
    const struct people_lex *lx, const struct tsent *s, size_t a, size_t b,
    unsigned long sent);

/* "Harry Reid (D-Nev.)", "Paul Ryan, R-Wis.,": a party's initial, a
 * hyphen and a state, written together, from word i of s (US news): the
 * party's canonical index + 1 (parties.tsv), or 0. */
int people_party_state(const struct people_lex *lx, const struct tsent *s,
    size_t i);

/* Is word i of s what follows a surname ("Jr.", "Sr.", "III")? */
int people_generation(const struct tsent *s, size_t i);

/* Append the folded form of name s[0..n) to out: ASCII lower-cased and
 * the Latin letters news names carry taken to their base letters
 * ("Yılmaz", "Yilmaz" and "YILMAZ" are one name); always a string. */
void people_fold(struct buf *out, const char *s, size_t n);

/* Add alias to the comma-separated list aliases unless it is name or
 * already there. */
void people_add_alias(struct buf *aliases, const char *name,
    const char *alias);

#endif
