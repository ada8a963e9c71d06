/* roles.h: the title noun and affiliation a dependency parse gives a
 * person's name.
 *
 * The syntax behind news-extract-people's titles after a name: an
 * apposition ("Jane Roe, a politics professor at the University of
 * Kent"), a title the name is in apposition to ("the company's chief
 * executive, John Doe"), a copula ("John Doe is the chief of Acme"), and
 * lists matched in order by "respectively" ("A and B, a businessman and a
 * diplomat respectively").  It reads heads and relations only (UD
 * English, as news-tag --parse writes them) and the entity labels; which
 * nouns are titles and which names are countries is people.c's to say.
 * It never reads or prints records and allocates nothing.
 */
#ifndef NF_ROLES_H
#define NF_ROLES_H

#include <stddef.h>

#include "tagger.h"

struct role {
	size_t noun;		/* the title's head noun */
	size_t ta, tb;		/* the title's words: the noun, its modifiers
				 * before it, a complement after it ("of
				 * state", "to Türkiye") */
	size_t aa, ab;		/* the affiliation's words, an organisation
				 * or place entity; aa == ab when none */
};

/* The role the parse of s (TAG_PARSE, with t's parser loaded) gives the
 * person named by words [a, b): 1 with it in *r, or 0 when it gives
 * none. */
int roles_of(const struct tagger *t, const struct tsent *s, size_t a,
    size_t b, struct role *r);

/* Is word i "member" or "members", a title whose complement with "of"
 * stays in it ("member of the Rajya Sabha") and is its affiliation
 * too? */
int roles_member(const struct tsent *s, size_t i);

/* Is word i, in any case, a noun that names a work before its title
 * ("the film", "his novel", "a column headlined"): what comes after it is
 * the work's name, neither a person nor speech. */
int roles_work_noun(const struct tsent *s, size_t i);

#endif
