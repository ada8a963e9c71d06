/* news-tokens: the tokens of sentence records, a sentence a line, separated
 * by single spaces; the raw text news-clusters learns from.  It needs no
 * model, so the model can be built from nothing.
 *
 *   news-split --docs docs.tsv | news-tokens [--data-dir DIR] > text
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "err.h"
#include "sentrec.h"
#include "token.h"

int
main(int argc, char **argv)
{
	struct sentrec_reader r;
	struct tokenizer *tk = tokenizer_new();
	struct tokspan *sp = NULL;
	struct srec rec;
	char path[4096], err[4352];
	size_t cap = 0;
	long n, i;
	int rc, ret = 0;

	setprogname(argv[0]);
	if (argc == 3 && strcmp(argv[1], "--data-dir") == 0)
		datadir_set(argv[2]);
	else if (argc != 1)
		dief(EXIT_USAGE, "usage: news-tokens [--data-dir DIR] < records");
	if (tk == NULL || datadir_find("abbreviations.txt", path, sizeof(path)) < 0 ||
	    tokenizer_load_abbrev(tk, path, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s: cannot load the abbreviations", path);
	sentrec_init(&r, stdin, "<stdin>");
	while ((rc = sentrec_next(&r, &rec, err, sizeof(err))) != SR_EOF) {
		if (rc != SR_REC) {
			warnf("%s", err);
			ret = 1;
			if (rc == SR_FATAL)
				break;
			continue;
		}
		if ((n = tokenize(tk, rec.text, rec.textlen, &sp, &cap)) < 0)
			dief(EXIT_BADINPUT, "out of memory");
		for (i = 0; i < n; i++) {
			if (i)
				putchar(' ');
			fwrite(rec.text + sp[i].s, 1, sp[i].e - sp[i].s, stdout);
		}
		putchar('\n');
	}
	sentrec_free(&r);
	tokenizer_free(tk);
	free(sp);
	if (fshut(stdout, "<stdout>") < 0)
		ret = 1;
	return ret;
}
