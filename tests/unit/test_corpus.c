/* Unit tests for train/corpus.c: GUM's Entity= mentions as the entity
 * labels the trainer learns (the Universal NER convention). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "unit.h"

/* A CoNLL-U word line: FORM, UPOS, XPOS and MISC. */
static void
word(FILE *fp, int id, const char *form, const char *upos, const char *xpos,
    const char *misc)
{
	fprintf(fp, "%d\t%s\t%s\t%s\t%s\t_\t0\tdep\t_\t%s\n", id, form, form,
	    upos, xpos, misc);
}

/* The labels of sentence k of c, one letter a word: O, P (B-PER), p
 * (I-PER), G and g (ORG), L and l (LOC). */
static const char *
labels(const struct corpus *c, size_t k)
{
	static char out[64];
	static const char letter[NER_N] = { 'O', 'P', 'p', 'G', 'g', 'L', 'l' };
	size_t i;

	for (i = 0; i < c->s[k].n && i + 1 < sizeof(out); i++)
		out[i] = letter[c->w[c->s[k].first + i].ner];
	out[i] = '\0';
	return out;
}

static void
sentences(FILE *fp)
{
	/* no identity, a relative clause in the mention: its head's run */
	fputs("# newdoc id = t\n", fp);
	word(fp, 1, "Byron", "PROPN", "NNP",
	    "Entity=(1-person-giv:act-sssss-cf1-1-coref-Lord_Byron)");
	word(fp, 2, "loved", "VERB", "VBD", "_");
	word(fp, 3, "Mary", "PROPN", "NNP",
	    "Entity=(2-person-new-snnnn-cf2-1,2-coref");
	word(fp, 4, "Chaworth", "PROPN", "NNP", "_");
	word(fp, 5, ",", "PUNCT", ",", "_");
	word(fp, 6, "whom", "PRON", "WP", "_");
	word(fp, 7, "he", "PRON", "PRP", "_");
	word(fp, 8, "met", "VERB", "VBD", "Entity=2)");
	fputc('\n', fp);
	/* an apposition with its identity; a title and a suffix around it */
	word(fp, 1, "the", "DET", "DT",
	    "Entity=(3-person-new-nnnnn-cf3-3-coref-Mark_Tedeschi");
	word(fp, 2, "prosecutor", "NOUN", "NN", "Entity=3)");
	word(fp, 3, ",", "PUNCT", ",", "_");
	word(fp, 4, "Mark", "PROPN", "NNP",
	    "Entity=(3-person-giv:act-nnnnn-cf3-1,2,4-appos-Mark_Tedeschi");
	word(fp, 5, "Tedeschi", "PROPN", "NNP", "_");
	word(fp, 6, ",", "PUNCT", ",", "_");
	word(fp, 7, "QC", "PROPN", "NNP", "Entity=3)");
	fputc('\n', fp);
	/* a group of people is no person; an acronym its identity does not
	 * spell is still the organisation */
	word(fp, 1, "Americans", "PROPN", "NNPS",
	    "Entity=(4-person-new-nnnnn-cf1-1-sgl)");
	word(fp, 2, "joined", "VERB", "VBD", "_");
	word(fp, 3, "UAAR", "PROPN", "NNP", "Entity=(5-organization-giv:act-"
	    "n____-cf3-1-appos-Union_of_Rationalist_Atheists)");
	fputc('\n', fp);
	/* two people in one mention; a hyphenated given name */
	word(fp, 1, "Ben", "PROPN", "NNP", "Entity=(6-person-new-nnnnn-cf1-1-sgl");
	word(fp, 2, "Chan", "PROPN", "NNP", "_");
	word(fp, 3, "and", "CCONJ", "CC", "_");
	word(fp, 4, "Leung", "PROPN", "NNP", "_");
	word(fp, 5, "Che", "PROPN", "NNP", "_");
	word(fp, 6, "-", "PUNCT", "HYPH", "_");
	word(fp, 7, "cheung", "PROPN", "NNP", "Entity=6)");
	word(fp, 8, "met", "VERB", "VBD", "_");
	word(fp, 9, "Lau", "PROPN", "NNP",
	    "Entity=(7-person-new-nnnnn-cf2-1-coref-Lau_Siu%2Dlai");
	word(fp, 10, "Siu", "PROPN", "NNP", "_");
	word(fp, 11, "-", "PUNCT", "HYPH", "_");
	word(fp, 12, "lai", "PROPN", "NNP", "Entity=7)");
	fputc('\n', fp);
}

int
main(void)
{
	char path[] = "/tmp/test_corpus.XXXXXX";
	struct corpus c;
	FILE *fp;
	int fd = mkstemp(path);

	if (fd < 0 || (fp = fdopen(fd, "w")) == NULL) {
		perror(path);
		return 1;
	}
	sentences(fp);
	fclose(fp);
	corpus_init(&c);
	CHECK_INT_EQ(corpus_add_conllu(&c, path, 1), 0);
	CHECK_INT_EQ(c.ns, 4);
	if (c.ns == 4) {
		CHECK_STR_EQ(labels(&c, 0), "POPpOOOO");
		CHECK_STR_EQ(labels(&c, 1), "OOOPpOO");
		CHECK_STR_EQ(labels(&c, 2), "OOG");
		CHECK_STR_EQ(labels(&c, 3), "PpOOOOOOPppp");
	}
	corpus_free(&c);
	remove(path);
	return unit_summary();
}
