#include "reckind.h"

#include <string.h>

struct kindinfo {
	const char *name;
	const char *header;
};

static const struct kindinfo kinds[RK_N] = {
	[RK_UNKNOWN] = { "records of no known kind", NULL },
	[RK_SENTENCES] = { "sentence records (news-split)",
	    "#doc\tsent\tpara\tstart\tend\ttext" },
	[RK_TOKENS] = { "token records (news-tag)",
	    "#doc\tsent\ttok\tstart\tend\tform\tlemma\tupos\txpos\tner\thead\trel\tpara" },
	[RK_SPANS] = { "entity records (news-tag --spans)",
	    "#doc\tsent\tstart\tend\ttype\ttext" },
	[RK_PEOPLE] = { "people records (news-extract-people)",
	    "#doc\tname\ttitle\taffiliation\tmentions\tfirst\taliases" },
	[RK_PEOPLE_CORPUS] = { "people records (news-extract-people --corpus)",
	    "#name\ttitle\taffiliation\tdocs\tmentions\taliases" },
	[RK_QUOTES] = { "quote records (news-extract-quotes)",
	    "#doc\tsent\tstart\tend\tkind\tspeaker\tmention\tcue\tquote" },
	[RK_CONLLU] = { "CoNLL-U", NULL },
};

const char *
reckind_name(enum reckind k)
{
	return k < RK_N ? kinds[k].name : kinds[RK_UNKNOWN].name;
}

const char *
reckind_header(enum reckind k)
{
	return k < RK_N ? kinds[k].header : NULL;
}

/* Does line[0..n) start with header h, followed by nothing or a TAB (the
 * header of a record with more columns passed on)? */
static int
header_is(const char *line, size_t n, const char *h)
{
	size_t hl = strlen(h);

	return n >= hl && memcmp(line, h, hl) == 0 &&
	    (n == hl || line[hl] == '\t');
}

enum reckind
reckind_of_header(const char *line, size_t n)
{
	int k;

	/* the token header with or without head and rel (before the
	 * parser), and the quote header with or without its last columns */
	static const char old_tokens[] =
	    "#doc\tsent\ttok\tstart\tend\tform\tlemma\tupos\txpos\tner";

	for (k = RK_SENTENCES; k < RK_N; k++)
		if (kinds[k].header && header_is(line, n, kinds[k].header))
			return (enum reckind)k;
	if (header_is(line, n, old_tokens))
		return RK_TOKENS;
	return RK_UNKNOWN;
}

static int
number(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > 19)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
quote_kind(const char *s, size_t n)
{
	return (n == 6 && memcmp(s, "direct", 6) == 0) ||
	    (n == 7 && memcmp(s, "partial", 7) == 0) ||
	    (n == 8 && memcmp(s, "indirect", 8) == 0);
}

/* An entity label of token records: O, B-TYPE or I-TYPE. */
static int
bio_label(const char *s, size_t n)
{
	return (n == 1 && s[0] == 'O') ||
	    (n > 2 && (s[0] == 'B' || s[0] == 'I') && s[1] == '-');
}

/* An entity type: PER, ORG, LOC or a rule's label, capitals and '_'. */
static int
entity_type(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '_' ||
		    (i > 0 && s[i] >= '0' && s[i] <= '9')))
			return 0;
	return n > 0;
}

/* Fields 1..4 (from 0) numbers: sent and three more. */
static int
four_numbers(const char *const *f, const size_t *len)
{
	return number(f[1], len[1]) && number(f[2], len[2]) &&
	    number(f[3], len[3]) && number(f[4], len[4]);
}

enum reckind
reckind_of_fields(const char *const *f, const size_t *len, size_t nfield)
{
	if (nfield == 10 && number(f[0], len[0]) && !number(f[4], len[4]))
		return RK_CONLLU;
	if (nfield >= 9 && number(f[1], len[1]) && number(f[2], len[2]) &&
	    number(f[3], len[3]) && quote_kind(f[4], len[4]))
		return RK_QUOTES;
	if ((nfield == 13 || nfield == 10) && four_numbers(f, len) &&
	    bio_label(f[9], len[9]))
		return RK_TOKENS;
	if (nfield >= 6 && four_numbers(f, len))
		return RK_SENTENCES;
	if (nfield == 6 && number(f[1], len[1]) && number(f[2], len[2]) &&
	    number(f[3], len[3]) && entity_type(f[4], len[4]))
		return RK_SPANS;
	/* a name, a title and an affiliation are never numbers */
	if (nfield == 7 && !number(f[1], len[1]) && number(f[4], len[4]) &&
	    number(f[5], len[5]))
		return RK_PEOPLE;
	if (nfield == 6 && !number(f[0], len[0]) && !number(f[1], len[1]) &&
	    !number(f[2], len[2]) && number(f[3], len[3]) &&
	    number(f[4], len[4]))
		return RK_PEOPLE_CORPUS;
	return RK_UNKNOWN;
}
