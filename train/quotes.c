/* news-train-quotes: learn which reported speech news-extract-quotes
 * keeps, from a corpus of attributions (PolNeAR).
 *
 *   news-train-quotes -o MODEL [-e EPOCHS] [--mincount N] [--prune W]
 *                     [--data-dir DIR] [--dump FILE] SENTENCES.tsv...
 *
 * SENTENCES are news-split's records of the corpus's articles, each
 * document id the path of its text (CORPUS/SPLIT/text/ARTICLE.txt); the
 * annotations are read from CORPUS/SPLIT/attributions/ARTICLE_ANN.ann,
 * the first file of the article in name order (PolNeAR's README: one
 * annotator an article).  Each document goes through the stage of
 * news-extract-quotes (quotes.h) with the parse, which proposes reported
 * speech (a cue, its content, its source) and notes each proposal's
 * features; a proposal is right when its cue word is in the cue of an
 * annotated attribution and its content overlaps that attribution's
 * content with F1 >= 0.5 (over bytes, as the scorer's overlap over
 * words).  An averaged perceptron over those features learns to keep
 * the right ones.  Brat offsets are code points; the text is read to map
 * them to the bytes of the records.  Deterministic: the same data give
 * the same bytes.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "datadir.h"
#include "depparse.h"
#include "err.h"
#include "model.h"
#include "people.h"
#include "perceptron.h"
#include "quotes.h"
#include "sentrec.h"

struct range {
	size_t a, b;		/* bytes [a, b) */
};

struct event {
	struct range cue[4], content[4];
	int ncue, ncontent;
};

struct sample {
	size_t key0, nkeys;
	int gold;
};

struct trainer {
	struct tagger tagger;
	struct annotator ann;
	struct people_lex plex;
	struct quotes_lex qlex;
	struct people people;
	struct qdoc qdoc;
	struct buf doc;
	/* what was learned from */
	struct sample *s;
	size_t ns, caps;
	uint64_t *keys;
	size_t nkeys, capkeys;
	size_t npos, nevents, found;
	/* the annotation files, sorted */
	char **annf;
	size_t nann;
	char *anndir;
	FILE *dump;		/* --dump: each proposal, right or not */
};

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .ann files of dir, sorted by name. */
static void
list_ann(struct trainer *tr, const char *dir)
{
	DIR *dp;
	struct dirent *e;
	size_t cap = 0;

	if (tr->anndir && strcmp(tr->anndir, dir) == 0)
		return;
	while (tr->nann)
		free(tr->annf[--tr->nann]);
	free(tr->anndir);
	if ((tr->anndir = strdup(dir)) == NULL)
		dief(1, "out of memory");
	if ((dp = opendir(dir)) == NULL)
		dief(1, "%s:", dir);
	while ((e = readdir(dp)) != NULL) {
		size_t n = strlen(e->d_name);

		if (n < 5 || strcmp(e->d_name + n - 4, ".ann") != 0)
			continue;
		if (grow(&tr->annf, tr->nann, &cap, sizeof(*tr->annf)) < 0 ||
		    (tr->annf[tr->nann++] = strdup(e->d_name)) == NULL)
			dief(1, "out of memory");
	}
	closedir(dp);
	qsort(tr->annf, tr->nann, sizeof(*tr->annf), cmpstr);
}

/* The byte offset of each code point of text, and of its end. */
static size_t *
cp_offsets(const char *text, size_t n, size_t *ncp)
{
	size_t *off = malloc((n + 1) * sizeof(*off)), i, k = 0;

	if (off == NULL)
		dief(1, "out of memory");
	for (i = 0; i < n; i++)
		if (((unsigned char)text[i] & 0xC0) != 0x80)
			off[k++] = i;
	off[k] = n;
	*ncp = k;
	return off;
}

static char *
read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	struct buf b = BUF_INIT;
	char chunk[65536];
	size_t n;

	if (fp == NULL)
		dief(1, "%s:", path);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		if (buf_add(&b, chunk, n) < 0)
			dief(1, "out of memory");
	if (ferror(fp))
		dief(1, "%s:", path);
	fclose(fp);
	*len = b.l;
	if (b.s == NULL && (b.s = strdup("")) == NULL)
		dief(1, "out of memory");
	return b.s;
}

/* The pieces "A B;C D" into r (code points to bytes); their number. */
static int
pieces(const char *s, const size_t *off, size_t ncp, struct range *r,
    int max)
{
	int n = 0;
	char *end;

	while (*s && n < max) {
		unsigned long a = strtoul(s, &end, 10), b;

		if (end == s || *end != ' ')
			break;
		s = end + 1;
		b = strtoul(s, &end, 10);
		if (end == s || a > b || b > ncp)
			break;
		r[n].a = off[a], r[n].b = off[b];
		n++;
		s = end;
		if (*s == ';')
			s++;
	}
	return n;
}

#define MAXSPANS 4096
#define MAXEVENTS 1024

/* The attributions of the article whose text is at path. */
static size_t
read_events(struct trainer *tr, const char *path, struct event *ev)
{
	static char type[MAXSPANS][16];
	static struct range span[MAXSPANS][4];
	static int nspan[MAXSPANS];
	char dir[4096], name[1024], annpath[8192], *line = NULL;
	const char *slash, *base;
	size_t cap = 0, ncp, len, i, nev = 0, nl;
	size_t *off;
	char *text;
	FILE *fp;

	/* CORPUS/SPLIT/text/ARTICLE.txt -> CORPUS/SPLIT/attributions */
	if ((slash = strrchr(path, '/')) == NULL || (size_t)(slash - path) <
	    5 || strncmp(slash - 5, "/text", 5) != 0)
		dief(1, "%s: not CORPUS/SPLIT/text/ARTICLE.txt", path);
	base = slash + 1;
	snprintf(dir, sizeof(dir), "%.*s/attributions", (int)(slash - 5 - path),
	    path);
	nl = strlen(base);
	if (nl < 5 || strcmp(base + nl - 4, ".txt") != 0)
		dief(1, "%s: not a .txt file", path);
	snprintf(name, sizeof(name), "%.*s_", (int)(nl - 4), base);
	list_ann(tr, dir);
	for (i = 0; i < tr->nann; i++)
		if (strncmp(tr->annf[i], name, strlen(name)) == 0 &&
		    strlen(tr->annf[i]) == strlen(name) + 8)
			break;
	if (i == tr->nann)
		return 0;
	snprintf(annpath, sizeof(annpath), "%s/%s", dir, tr->annf[i]);
	text = read_file(path, &len);
	off = cp_offsets(text, len, &ncp);
	free(text);
	if ((fp = fopen(annpath, "r")) == NULL)
		dief(1, "%s:", annpath);
	memset(nspan, 0, sizeof(nspan));
	while (getline(&line, &cap, fp) > 0) {
		char *tab, *sp;
		unsigned long id;

		if (line[0] == 'T') {
			id = strtoul(line + 1, &tab, 10);
			if (*tab != '\t' || id >= MAXSPANS ||
			    (sp = strchr(tab + 1, ' ')) == NULL)
				continue;
			snprintf(type[id], sizeof(type[id]), "%.*s",
			    (int)(sp - tab - 1), tab + 1);
			nspan[id] = pieces(sp + 1, off, ncp, span[id], 4);
		} else if (line[0] == 'E' && nev < MAXEVENTS) {
			struct event *e = &ev[nev];
			char *p = strchr(line, '\t'), *tok;

			if (p == NULL)
				continue;
			memset(e, 0, sizeof(*e));
			for (tok = strtok(p + 1, " \t\n"); tok; tok = strtok(NULL,
			    " \t\n")) {
				char *colon = strchr(tok, ':');
				int k, *n;
				struct range *r;

				if (colon == NULL || colon[1] != 'T')
					continue;
				id = strtoul(colon + 2, NULL, 10);
				if (id >= MAXSPANS)
					continue;
				if (strncmp(tok, "Cue", 3) == 0)
					r = e->cue, n = &e->ncue;
				else if (strncmp(tok, "Content", 7) == 0)
					r = e->content, n = &e->ncontent;
				else
					continue;
				for (k = 0; k < nspan[id] && *n < 4; k++)
					r[(*n)++] = span[id][k];
			}
			if (e->ncue && e->ncontent)
				nev++;
		}
	}
	free(line);
	fclose(fp);
	free(off);
	return nev;
}

static size_t
overlap(size_t a, size_t b, size_t c, size_t d)
{
	size_t lo = a > c ? a : c, hi = b < d ? b : d;

	return hi > lo ? hi - lo : 0;
}

/* Is proposal f one of the attributions? */
static int
right(const struct qfeat *f, const struct event *ev, size_t nev)
{
	size_t i, plen, glen, common;
	int k;

	plen = f->end - f->start - (f->xend > f->xstart ? f->xend - f->xstart :
	    0);
	for (i = 0; i < nev; i++) {
		const struct event *e = &ev[i];
		int cue = 0;

		for (k = 0; k < e->ncue; k++)
			cue |= overlap(f->cue_start, f->cue_end, e->cue[k].a,
			    e->cue[k].b) > 0;
		if (!cue)
			continue;
		glen = common = 0;
		for (k = 0; k < e->ncontent; k++) {
			glen += e->content[k].b - e->content[k].a;
			/* the hole lies inside the content */
			common += overlap(f->start, f->end, e->content[k].a,
			    e->content[k].b) - overlap(f->xstart, f->xend,
			    e->content[k].a, e->content[k].b);
		}
		if (plen && glen && common) {
			double p = (double)common / plen, r = (double)common / glen;

			if (2 * p * r / (p + r) >= 0.5)
				return 1;
		}
	}
	return 0;
}

/* Run the stage on the document read, and take its proposals. */
static void
flush_doc(struct trainer *tr)
{
	static struct event ev[MAXEVENTS];
	struct qdoc *d = &tr->qdoc;
	size_t nev, i;

	if (d->n == 0)
		return;
	d->learn = 1;
	if (quotes_extract(d, &tr->qlex, &tr->tagger, &tr->people,
	    &tr->plex) < 0)
		dief(1, "out of memory");
	nev = read_events(tr, tr->doc.s, ev);
	tr->nevents += nev;
	if (tr->dump) {
		size_t len;
		char *text = read_file(tr->doc.s, &len);

		for (i = 0; i < d->nfeat; i++) {
			const struct qfeat *f = &d->feat[i];

			fprintf(tr->dump, "%d\t%.*s\t%.*s\n", right(f, ev, nev),
			    (int)(f->cue_end - f->cue_start), text + f->cue_start,
			    (int)(f->end - f->start > 150 ? 150 : f->end - f->start),
			    text + f->start);
		}
		free(text);
	}
	for (i = 0; i < d->nfeat; i++) {
		const struct qfeat *f = &d->feat[i];
		struct sample *s;

		if (grow(&tr->s, tr->ns, &tr->caps, sizeof(*tr->s)) < 0)
			dief(1, "out of memory");
		if (tr->nkeys + f->nkeys > tr->capkeys) {
			size_t cap = (tr->nkeys + f->nkeys) * 2;
			uint64_t *p = realloc(tr->keys, cap * sizeof(*p));

			if (p == NULL)
				dief(1, "out of memory");
			tr->keys = p;
			tr->capkeys = cap;
		}
		s = &tr->s[tr->ns++];
		s->key0 = tr->nkeys;
		s->nkeys = f->nkeys;
		s->gold = right(f, ev, nev);
		tr->npos += s->gold;
		memcpy(tr->keys + tr->nkeys, d->keys + f->key0,
		    f->nkeys * sizeof(*tr->keys));
		tr->nkeys += f->nkeys;
	}
	qdoc_clear(d);
	people_clear(&tr->people);
}

static void
read_records(struct trainer *tr, const char *path)
{
	struct sentrec_reader sr;
	struct srec rec;
	struct qsent *q;
	char err[512];
	FILE *fp;
	int rc;

	if ((fp = fopen(path, "r")) == NULL)
		dief(1, "%s:", path);
	sentrec_init(&sr, fp, path);
	while ((rc = sentrec_next(&sr, &rec, err, sizeof(err))) != SR_EOF) {
		if (rc != SR_REC)
			dief(1, "%s", err);
		if (tr->doc.l != rec.doclen || memcmp(tr->doc.s ? tr->doc.s : "",
		    rec.doc, rec.doclen)) {
			flush_doc(tr);
			buf_reset(&tr->doc);
			if (buf_add(&tr->doc, rec.doc, rec.doclen) < 0)
				dief(1, "out of memory");
			tagger_newdoc(&tr->tagger);
		}
		if ((q = qdoc_add(&tr->qdoc)) == NULL ||
		    annotate_tokens(&tr->ann, &rec, &q->t) < 0 ||
		    buf_add(&q->text, rec.text, rec.textlen) < 0)
			dief(1, "out of memory");
		q->start = rec.start;
		q->end = rec.end;
		q->sent = rec.sent;
		q->para = rec.para;
	}
	flush_doc(tr);
	sentrec_free(&sr);
	fclose(fp);
}

static uint64_t
rng(uint64_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 7;
	*x ^= *x << 17;
	return *x;
}

static struct ptrain *
train(struct trainer *tr, int epochs, int mincount)
{
	struct ptrain *p = ptrain_new(2);
	size_t *order, i, j, right_n;
	uint64_t seed = 0x9E3779B97F4A7C15ULL;
	float sc[2];
	int e;

	if (p == NULL || (order = malloc((tr->ns + 1) * sizeof(*order))) ==
	    NULL)
		dief(1, "out of memory");
	for (i = 0; i < tr->ns; i++) {
		order[i] = i;
		if (mincount > 1 && ptrain_count(p, tr->keys + tr->s[i].key0,
		    tr->s[i].nkeys) < 0)
			dief(1, "out of memory");
	}
	if (mincount > 1)
		ptrain_mincount(p, (unsigned)mincount);
	for (e = 0; e < epochs; e++) {
		for (i = tr->ns; i > 1; i--) {
			size_t t;

			j = rng(&seed) % i;
			t = order[i - 1], order[i - 1] = order[j], order[j] = t;
		}
		right_n = 0;
		for (i = 0; i < tr->ns; i++) {
			const struct sample *s = &tr->s[order[i]];
			int guess;

			sc[0] = sc[1] = 0;
			ptrain_score(p, tr->keys + s->key0, s->nkeys, sc);
			guess = sc[1] > sc[0];
			right_n += guess == s->gold;
			if (ptrain_update(p, tr->keys + s->key0, s->nkeys, s->gold,
			    guess) < 0)
				dief(1, "out of memory");
		}
		fprintf(stderr, "news-train-quotes: epoch %d: %.4f of %zu "
		    "proposals right\n", e + 1, (double)right_n / (tr->ns ?
		    tr->ns : 1), tr->ns);
	}
	free(order);
	return p;
}

static void
write_model(const struct ptrain *p, const char *out, float prune)
{
	struct model_writer w;
	char err[512];
	long nf;

	mwriter_init(&w);
	if ((nf = ptrain_write(p, &w, MS_QUOTE_FEATS, MS_QUOTE_WEIGHTS,
	    prune)) < 0)
		dief(1, "out of memory");
	if (model_write(&w, out, err, sizeof(err)) < 0)
		dief(1, "%s", err);
	fprintf(stderr, "news-train-quotes: %s: %ld features, %llu weights\n",
	    out, nf, (unsigned long long)w.count[MS_QUOTE_WEIGHTS]);
	mwriter_free(&w);
}

static void
usage(void)
{
	fputs("usage: news-train-quotes -o MODEL [-e EPOCHS] [--prune W] "
	    "[--mincount N] [--data-dir DIR] [--dump FILE] SENTENCES.tsv...\n",
	    stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "prune", required_argument, NULL, 'p' },
		{ "data-dir", required_argument, NULL, 'D' },
		{ "dump", required_argument, NULL, 'd' },
		{ "mincount", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 }
	};
	static struct trainer tr;
	const char *out = NULL;
	char path[4096], err[4352];
	struct ptrain *p;
	float prune = 0;
	int c, epochs = 10, mincount = 1;
	char *end;

	setprogname(argv[0]);
	while ((c = getopt_long(argc, argv, "o:e:", lo, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'e':
			epochs = (int)strtol(optarg, &end, 10);
			if (*end || epochs < 1)
				usage();
			break;
		case 'p':
			prune = strtof(optarg, &end);
			if (*end || prune < 0)
				usage();
			break;
		case 'D': datadir_set(optarg); break;
		case 'm':
			mincount = (int)strtol(optarg, &end, 10);
			if (*end || mincount < 1)
				usage();
			break;
		case 'd':
			if ((tr.dump = fopen(optarg, "w")) == NULL)
				dief(2, "%s:", optarg);
			break;
		default: usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (out == NULL || argc == 0)
		usage();
	if (annotator_open(&tr.ann, &tr.tagger, NULL, err, sizeof(err)) < 0 ||
	    annotator_open_parser(&tr.ann, NULL, err, sizeof(err)) < 0)
		dief(2, "%s", err);
	if (depparser_set_beam(tr.tagger.parser, QUOTES_BEAM) < 0)
		dief(1, "out of memory");
	datadir_path("gazetteers", path, sizeof(path));
	if (people_lex_load(&tr.plex, path, err, sizeof(err)) < 0)
		dief(2, "%s", err);
	datadir_path("quote-verbs.tsv", path, sizeof(path));
	if (quotes_lex_load(&tr.qlex, path, err, sizeof(err)) < 0)
		dief(2, "%s", err);
	datadir_path("gazetteers/first-names-gender.tsv", path, sizeof(path));
	if (quotes_lex_genders(&tr.qlex, path, err, sizeof(err)) < 0)
		dief(2, "%s", err);
	people_init(&tr.people);
	qdoc_init(&tr.qdoc);
	for (c = 0; c < argc; c++)
		read_records(&tr, argv[c]);
	fprintf(stderr, "news-train-quotes: %zu attributions, %zu proposals, "
	    "%zu of them right\n", tr.nevents, tr.ns, tr.npos);
	p = train(&tr, epochs, mincount);
	write_model(p, out, prune);
	ptrain_free(p);
	if (tr.dump && fclose(tr.dump) == EOF)
		dief(1, "--dump:");
	qdoc_free(&tr.qdoc);
	people_free(&tr.people);
	people_lex_free(&tr.plex);
	quotes_lex_free(&tr.qlex);
	annotator_close(&tr.ann);
	return 0;
}
