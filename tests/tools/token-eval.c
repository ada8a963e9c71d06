/* token-eval: score the tokenizer against the words of CoNLL-U files.
 *
 *   token-eval [-a ABBREV] [-v N] FILE.conllu ...
 *
 * For each sentence, its "# text = " comment is tokenized and compared
 * with the gold words.  The gold words get their spans by aligning them
 * left to right in the text, skipping whitespace; a multi-word token ("1-2
 * don't") is aligned by its surface form, and its words ("do", "n't") then
 * inside it.  A word that does not align (its form is not the text's) gets
 * no span: it counts as gold and can match nothing.  A token matches when
 * its byte span is a gold word's span.
 *
 * Prints, over all the files, the number of sentences, the share
 * tokenized exactly, and token precision, recall and F1; with -v, the first
 * N sentences that differ, each difference as "gold: a|b  got: ab".
 * The abbreviations are read from ABBREV [data/abbreviations.txt].
 * Exit status: 0, or 2 for a usage error or a file that cannot be read.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "token.h"
#include "utf8.h"

enum { G_WORD, G_RANGE, G_MEMBER };

struct gline {
	size_t off, len;	/* the form, in forms */
	int kind;
	long nmem;		/* G_RANGE: its number of words */
};

static struct tokenizer *tk;
static struct buf text = BUF_INIT, forms = BUF_INIT;
static struct gline *gl;
static size_t ngl, capgl;
static struct tokspan *gold, *pred;
static size_t ngold, capgold, cappred;
static int havetext;
static long nshow;

static unsigned long long nsent, nexact, ntgold, ntpred, ntmatch, nunaligned;

_Noreturn static void
usage(void)
{
	fputs("usage: token-eval [-a ABBREV] [-v N] FILE.conllu ...\n",
	    stderr);
	exit(EXIT_USAGE);
}

static void
add_gold(size_t s, size_t e)
{
	if (grow(&gold, ngold, &capgold, sizeof(*gold)) < 0)
		dief(EXIT_USAGE, "out of memory");
	gold[ngold].s = (uint32_t)s;
	gold[ngold].e = (uint32_t)e;
	ngold++;
}

/* Align form at or after *pos in text[0..lim), skipping whitespace only;
 * -1 when it is not there. */
static long
align(const char *form, size_t len, size_t *pos, size_t lim)
{
	const unsigned char *t = (const unsigned char *)text.s;
	size_t p = *pos;
	int sl;

	while (p < lim && (sl = utf8_space_len(t + p, lim - p)) > 0)
		p += (size_t)sl;
	if (len == 0 || len > lim - p || memcmp(text.s + p, form, len) != 0)
		return -1;
	*pos = p + len;
	return (long)p;
}

/* Gold spans of the current sentence; a word that does not align is the
 * empty span [0, 0), which no token has. */
static void
align_sentence(void)
{
	size_t i, k, pos = 0, mpos, end;
	long at;

	ngold = 0;
	for (i = 0; i < ngl; i++) {
		const char *f = forms.s + gl[i].off;

		if (gl[i].kind == G_WORD) {
			at = align(f, gl[i].len, &pos, text.l);
			add_gold(at < 0 ? 0 : (size_t)at, at < 0 ? 0 : pos);
			nunaligned += at < 0;
			continue;
		}
		if (gl[i].kind != G_RANGE)
			continue;
		at = align(f, gl[i].len, &pos, text.l);
		mpos = at < 0 ? 0 : (size_t)at;
		end = at < 0 ? 0 : pos;
		for (k = i + 1; k < ngl && gl[k].kind == G_MEMBER; k++) {
			long m = at < 0 ? -1 : align(forms.s + gl[k].off,
			    gl[k].len, &mpos, end);

			add_gold(m < 0 ? 0 : (size_t)m, m < 0 ? 0 : mpos);
			nunaligned += m < 0;
		}
		i = k - 1;
	}
}

static void
put_tokens(const char *label, const struct tokspan *sp, size_t a, size_t b)
{
	size_t i;

	printf("  %s ", label);
	for (i = a; i < b; i++) {
		if (i > a)
			putchar('|');
		if (sp[i].e > sp[i].s)
			fwrite(text.s + sp[i].s, 1, sp[i].e - sp[i].s, stdout);
		else
			fputs("<unaligned>", stdout);
	}
}

/* Print the regions where gold and prediction differ. */
static void
show_diff(size_t np)
{
	size_t gi = 0, pi = 0, g0, p0;
	uint32_t end;

	printf("%s\n", text.s);
	while (gi < ngold && pi < np) {
		if (gold[gi].s == pred[pi].s && gold[gi].e == pred[pi].e) {
			gi++;
			pi++;
			continue;
		}
		g0 = gi;
		p0 = pi;
		end = gold[gi].e > pred[pi].e ? gold[gi].e : pred[pi].e;
		for (;;) {
			if (gi < ngold && gold[gi].s < end) {
				if (gold[gi].e > end)
					end = gold[gi].e;
				gi++;
			} else if (pi < np && pred[pi].s < end) {
				if (pred[pi].e > end)
					end = pred[pi].e;
				pi++;
			} else {
				break;
			}
		}
		put_tokens("gold:", gold, g0, gi);
		put_tokens(" got:", pred, p0, pi);
		putchar('\n');
	}
	if (gi < ngold || pi < np) {
		put_tokens("gold:", gold, gi, ngold);
		put_tokens(" got:", pred, pi, np);
		putchar('\n');
	}
}

static void
score_sentence(void)
{
	size_t gi = 0, pi = 0, m = 0;
	long np;

	if (!havetext)
		return;
	align_sentence();
	if ((np = tokenize(tk, text.s, text.l, &pred, &cappred)) < 0)
		dief(EXIT_USAGE, "out of memory");
	while (gi < ngold && pi < (size_t)np) {
		if (gold[gi].s == pred[pi].s && gold[gi].e == pred[pi].e &&
		    gold[gi].e > gold[gi].s) {
			m++;
			gi++;
			pi++;
		} else if (gold[gi].s < pred[pi].s ||
		    (gold[gi].s == pred[pi].s && gold[gi].e < pred[pi].e)) {
			gi++;
		} else {
			pi++;
		}
	}
	nsent++;
	ntgold += ngold;
	ntpred += (size_t)np;
	ntmatch += m;
	if (m == ngold && m == (size_t)np) {
		nexact++;
	} else if (nshow > 0) {
		nshow--;
		show_diff((size_t)np);
	}
}

static void
reset_sentence(void)
{
	buf_reset(&text);
	buf_reset(&forms);
	ngl = 0;
	havetext = 0;
}

static void
add_line(const char *id, size_t idlen, const char *form, size_t flen)
{
	const char *dash = memchr(id, '-', idlen);
	int kind = G_WORD;
	long nmem = 0;

	if (memchr(id, '.', idlen))	/* an empty node: no surface */
		return;
	if (dash) {
		kind = G_RANGE;
		nmem = atol(dash + 1) - atol(id) + 1;
	} else if (ngl > 0) {
		size_t k = ngl;

		/* a word inside the last range */
		while (k > 0 && gl[k - 1].kind == G_MEMBER)
			k--;
		if (k > 0 && gl[k - 1].kind == G_RANGE &&
		    (long)(ngl - k) < gl[k - 1].nmem)
			kind = G_MEMBER;
	}
	if (grow(&gl, ngl, &capgl, sizeof(*gl)) < 0)
		dief(EXIT_USAGE, "out of memory");
	gl[ngl].off = forms.l;
	gl[ngl].len = flen;
	gl[ngl].kind = kind;
	gl[ngl].nmem = nmem;
	ngl++;
	if (buf_add(&forms, form, flen) < 0)
		dief(EXIT_USAGE, "out of memory");
}

static void
read_file(const char *path)
{
	FILE *fp;
	char *line = NULL, *tab1, *tab2;
	size_t cap = 0;
	ssize_t len;

	if ((fp = fopen(path, "r")) == NULL)
		dief(EXIT_USAGE, "%s:", path);
	reset_sentence();
	while ((len = getline(&line, &cap, fp)) > 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0) {
			score_sentence();
			reset_sentence();
		} else if (strncmp(line, "# text = ", 9) == 0) {
			buf_reset(&text);
			if (buf_add(&text, line + 9, (size_t)len - 9) < 0)
				dief(EXIT_USAGE, "out of memory");
			havetext = 1;
		} else if (line[0] != '#' && (tab1 = strchr(line, '\t')) &&
		    (tab2 = strchr(tab1 + 1, '\t'))) {
			add_line(line, (size_t)(tab1 - line), tab1 + 1,
			    (size_t)(tab2 - tab1 - 1));
		}
	}
	if (ferror(fp))
		dief(EXIT_USAGE, "%s:", path);
	score_sentence();
	free(line);
	fclose(fp);
}

static double
ratio(unsigned long long a, unsigned long long b)
{
	return b ? (double)a / (double)b : 0.0;
}

int
main(int argc, char *argv[])
{
	const char *abbrev = "data/abbreviations.txt";
	char err[512], *end;
	double p, r;
	int ch;

	setprogname(argv[0]);
	while ((ch = getopt(argc, argv, "a:v:")) != -1) {
		switch (ch) {
		case 'a':
			abbrev = optarg;
			break;
		case 'v':
			errno = 0;
			nshow = strtol(optarg, &end, 10);
			if (errno || *end || nshow < 0)
				usage();
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage();
	if ((tk = tokenizer_new()) == NULL)
		dief(EXIT_USAGE, "out of memory");
	if (tokenizer_load_abbrev(tk, abbrev, err, sizeof(err)) < 0)
		dief(EXIT_USAGE, "%s", err);
	for (; argc > 0; argc--, argv++)
		read_file(*argv);
	p = ratio(ntmatch, ntpred);
	r = ratio(ntmatch, ntgold);
	printf("sentences %llu exact %llu (%.2f%%)\n", nsent, nexact,
	    100 * ratio(nexact, nsent));
	printf("tokens gold %llu pred %llu match %llu unaligned %llu\n",
	    ntgold, ntpred, ntmatch, nunaligned);
	printf("precision %.4f recall %.4f F1 %.4f\n", p, r,
	    p + r > 0 ? 2 * p * r / (p + r) : 0.0);
	tokenizer_free(tk);
	free(gl);
	free(gold);
	free(pred);
	buf_free(&text);
	buf_free(&forms);
	if (fflush(stdout) == EOF || ferror(stdout))
		dief(EXIT_BADINPUT, "<stdout>:");
	return EXIT_OK;
}
