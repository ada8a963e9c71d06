/* news-train: build news-tag's model from annotated text.
 *
 *   news-train -o MODEL [-e EPOCHS] [--clusters FILE] [--gazetteers DIR]
 *              [--ner-weight W] [--ner FILE.iob2]...
 *              [--ner-conllu FILE.conllu]... POS.conllu...
 *
 * Trains the part-of-speech perceptron on the CoNLL-U files, learns the
 * lemma exceptions, then trains the entity perceptron on the NER files
 * (Universal NER .iob2, and CoNLL-U files whose GUM Entity= annotations
 * give named person, place and organisation mentions), and writes one
 * model file.  --ner-weight W weighs the entity updates of the NER files
 * named after it (1 until then); --ner-prune W drops the entity model's
 * averaged weights below W in magnitude (--prune's W by default).  Deterministic: the same data give the
 * same bytes.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "err.h"
#include "feats.h"
#include "hash.h"
#include "lemma.h"
#include "model.h"
#include "nerbeam.h"
#include "perceptron.h"
#include "postrain.h"
#include "resources.h"
#include "tagger.h"

#define MAXFILES 1024

struct opts {
	const char *out, *clusters, *eclusters, *gazdir;
	int epochs, ner_epochs, ner_mincount, ner_runs;
	const char *ner[MAXFILES], *nerconllu[MAXFILES];
	float nerw[MAXFILES], nerconllu_w[MAXFILES];	/* their weights */
	float weight;		/* --ner-weight: of the files after it */
	int nner, nnerconllu;
	float prune, ner_prune;	/* --ner-prune: -1 for --prune's */
};

/* ---- deterministic shuffling ---- */

static uint64_t rng_state = 0x2545F4914F6CDD1DULL;

static uint64_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* Sentences wanted, by documents in a shuffled order; sentences keep
 * their order inside a document. */
static size_t *
doc_order(const struct corpus *c, int (*want)(const struct csent *),
    size_t *n)
{
	size_t *order = ecalloc(c->ns + 1, sizeof(*order));
	size_t *docs = ecalloc(c->ns + 1, sizeof(*docs)), nd = 0, i, j, k;

	for (i = 0; i < c->ns; i++)
		if (i == 0 || c->s[i].doc != c->s[i - 1].doc)
			docs[nd++] = i;
	for (i = nd; i > 1; i--) {
		j = rng() % i;
		k = docs[i - 1];
		docs[i - 1] = docs[j];
		docs[j] = k;
	}
	*n = 0;
	for (i = 0; i < nd; i++)
		for (j = docs[i]; j < c->ns && c->s[j].doc == c->s[docs[i]].doc; j++)
			if (want(&c->s[j]))
				order[(*n)++] = j;
	free(docs);
	return order;
}

/* ---- POS classes ---- */

struct classes {
	char **name;
	size_t n;
};

static int
strp_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
class_of(const struct classes *cl, const char *name)
{
	char *const *p = bsearch(&name, cl->name, cl->n, sizeof(*cl->name),
	    strp_cmp);

	return p ? (int)(p - cl->name) : -1;
}

/* Number the "XPOS\tUPOS" pairs of the corpus in string order. */
static void
number_classes(struct corpus *c, struct classes *cl)
{
	char tmp[128];
	size_t i, k, cap = 0;

	cl->n = 0;
	cl->name = NULL;
	for (i = 0; i < c->nw; i++) {
		if (!c->s || c->w[i].xpos == 0)
			continue;
		snprintf(tmp, sizeof(tmp), "%s\t%s", c->text.s + c->w[i].xpos,
		    c->text.s + c->w[i].upos);
		for (k = 0; k < cl->n && strcmp(cl->name[k], tmp); k++)
			;
		if (k == cl->n) {
			if (grow(&cl->name, cl->n, &cap, sizeof(*cl->name)) < 0)
				dief(1, "out of memory");
			cl->name[cl->n++] = estrdup(tmp);
		}
	}
	qsort(cl->name, cl->n, sizeof(*cl->name), strp_cmp);
	for (i = 0; i < c->nw; i++) {
		if (c->w[i].xpos == 0)
			continue;
		snprintf(tmp, sizeof(tmp), "%s\t%s", c->text.s + c->w[i].xpos,
		    c->text.s + c->w[i].upos);
		c->w[i].pos = (uint16_t)class_of(cl, tmp);
	}
}

/* ---- the POS model ---- */

static int
has_pos(const struct csent *s)
{
	return s->has_pos;
}

static int
has_ner(const struct csent *s)
{
	return s->has_ner;
}

static void
train_pos(const struct corpus *c, const struct classes *cl,
    const struct model *res, struct ptrain *p, int epochs)
{
	size_t *order, n, right, total;
	int e;

	for (e = 1; e <= epochs; e++) {
		order = doc_order(c, has_pos, &n);
		right = total = 0;
		pos_train_epoch(c, order, n, res, p, cl->n, &right, &total);
		fprintf(stderr, "news-train: pos epoch %d: %.2f%% on training data\n",
		    e, 100.0 * (double)right / (double)(total ? total : 1));
		free(order);
	}
}

#ifndef DICT_MIN
#define DICT_MIN 10
#endif
#ifndef DICT_PURITY
#define DICT_PURITY 990	/* per mille */
#endif

/* Frequent words seen with one class only skip the model when tagging. */
static void
write_pos_dict(const struct corpus *c, const struct classes *cl,
    struct model_writer *mw)
{
	struct seen { uint64_t key; uint32_t n, cls, ncls; } *t;
	size_t cap = 1, i, j, nd = 0;
	struct mentry *slots;

	while (cap < 2 * c->nw + 2)
		cap *= 2;
	t = ecalloc(cap, sizeof(*t));
	for (i = 0; i < c->nw; i++) {
		uint64_t key = mkey(hash_str(cw_form(c, &c->w[i]), c->w[i].flen));

		if (c->w[i].xpos == 0)
			continue;
		for (j = hash_mix(key) & (cap - 1); t[j].key && t[j].key != key;
		    j = (j + 1) & (cap - 1))
			;
		if (t[j].key == 0) {
			t[j].key = key;
			t[j].cls = c->w[i].pos;
		}
		t[j].n++;
		t[j].ncls += t[j].cls == c->w[i].pos;
	}
	slots = ecalloc(cap, sizeof(*slots));
	for (j = 0; j < cap; j++)
		/* Honnibal's rule: seen often, and with one tag nearly always */
		if (t[j].key && t[j].n >= DICT_MIN && t[j].ncls * 1000 >=
		    t[j].n * DICT_PURITY) {
			slots[nd].key = t[j].key;
			slots[nd++].a = t[j].cls;
		}
	if (mwriter_table(mw, MS_POS_DICT, slots, nd) < 0)
		dief(1, "out of memory");
	fprintf(stderr, "news-train: %zu unambiguous words\n", nd);
	(void)cl;
	free(slots);
	free(t);
}

static void
write_classes(struct model_writer *mw, int id, const char *const *names,
    size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (mwriter_add(mw, id, names[i], strlen(names[i]) + 1,
		    strlen(names[i]) + 1) < 0)
			dief(1, "out of memory");
}

/* ---- lemmas ---- */

struct lemma_count {
	uint64_t key;		/* form and xpos */
	uint64_t lemma;		/* hash of the lemma */
	size_t word;		/* a word with this form, tag and lemma */
};

static int
lemma_cmp(const void *a, const void *b)
{
	const struct lemma_count *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->lemma != y->lemma)
		return x->lemma < y->lemma ? -1 : 1;
	return 0;
}

/* For each form and tag the most frequent lemma, kept where the rules
 * would say otherwise. */
static void
write_lemmas(const struct corpus *c, struct model_writer *mw)
{
	struct lemma_count *lc = ecalloc(c->nw + 1, sizeof(*lc));
	struct mentry *slots = ecalloc(c->nw + 1, sizeof(*slots));
	struct buf rule = BUF_INIT;
	size_t i, j, n = 0, ns = 0, best;
	uint32_t pool = 0;


	for (i = 0; i < c->nw; i++) {
		const struct cword *w = &c->w[i];

		if (w->xpos == 0 || w->llen == 0)
			continue;
		lc[n].key = lemma_key(cw_form(c, w), w->flen, c->text.s + w->xpos);
		lc[n].lemma = hash_str(c->text.s + w->lemma, w->llen);
		lc[n].word = i;
		n++;
	}
	qsort(lc, n, sizeof(*lc), lemma_cmp);
	for (i = 0; i < n; i = j) {
		const struct cword *w;
		uint32_t bestn = 0, run;
		size_t k;

		best = i;
		for (j = i; j < n && lc[j].key == lc[i].key; j = k) {
			for (k = j; k < n && lc[k].key == lc[j].key &&
			    lc[k].lemma == lc[j].lemma; k++)
				;
			run = (uint32_t)(k - j);
			if (run > bestn) {
				bestn = run;
				best = j;
			}
		}
		w = &c->w[lc[best].word];
		buf_reset(&rule);
		lemma_rule(&rule, cw_form(c, w), w->flen, c->text.s + w->xpos);
		if (rule.l == w->llen && strncasecmp(rule.s, c->text.s + w->lemma,
		    rule.l) == 0)
			continue;	/* the rule gets it right */
		slots[ns].key = lc[best].key;
		slots[ns].a = pool;
		slots[ns].b = w->llen;
		ns++;
		if (mwriter_add(mw, MS_LEMMA_POOL, c->text.s + w->lemma, w->llen,
		    w->llen) < 0)
			dief(1, "out of memory");
		pool += w->llen;
	}
	if (mwriter_table(mw, MS_LEMMAS, slots, ns) < 0)
		dief(1, "out of memory");
	fprintf(stderr, "news-train: %zu lemma exceptions\n", ns);
	buf_free(&rule);
	free(lc);
	free(slots);
}

/* ---- the entity model ---- */

/* Scores for the beam search while training (nerbeam.h). */
struct train_scoring {
	const struct tagger *tg;
	struct ptrain *p;
	const struct ftok *ft;
	size_t n;
	const uint64_t *memk;
	const uint16_t *memt;
};

static unsigned
train_mem(const struct train_scoring *sc, size_t i)
{
	size_t slot = sc->ft[i].norm_h & 4095;

	return sc->memk[slot] == sc->ft[i].norm_h ? sc->memt[slot] : FTAG_NONE;
}


/* The keys of token i in context c, or 0 when it is plainly outside. */
static size_t
train_keys(const struct train_scoring *sc, size_t i, const struct nerctx *c,
    uint64_t *keys)
{
	struct nerctx cx = *c;

	if (tagger_plainly_outside(sc->tg, sc->ft, i,
	    c->p1 == FTAG_NONE ? 0 : c->p1))
		return 0;
	cx.docmem = train_mem(sc, i);
	return ner_features(sc->ft, sc->n, i, &cx, keys);
}

static int
train_score(void *ctx, size_t i, const struct nerctx *c, float *scores)
{
	struct train_scoring *sc = ctx;
	uint64_t keys[FEAT_MAX];
	size_t nk = train_keys(sc, i, c, keys);

	if (nk == 0)
		return 1;
	memset(scores, 0, NER_N * sizeof(*scores));
	ptrain_score(sc->p, keys, nk, scores);
	return 0;
}

/* Move the weights of tokens [0, stop) towards the gold labels and away
 * from the predicted ones. */
static void
structured_update(const struct nerbeam *nb, struct train_scoring *sc,
    const uint16_t *pos, const uint8_t *gold, const uint8_t *pred, size_t stop,
    float weight)
{
	uint64_t keys[FEAT_MAX];
	struct nerctx c;
	size_t i, nk;

	if (memcmp(gold, pred, stop) == 0)
		return;
	for (i = 0; i < stop; i++) {
		nerbeam_context(nb, gold, i, pos, &c);
		if ((nk = train_keys(sc, i, &c, keys)) > 0 &&
		    ptrain_adjust(sc->p, keys, nk, gold[i], weight) < 0)
			dief(1, "out of memory");
		nerbeam_context(nb, pred, i, pos, &c);
		if ((nk = train_keys(sc, i, &c, keys)) > 0 &&
		    ptrain_adjust(sc->p, keys, nk, pred[i], -weight) < 0)
			dief(1, "out of memory");
	}
}

/* The counting pass: every key the gold labels give, counted once. */
static void
count_keys(struct train_scoring *sc, const struct nerbeam *nb,
    const uint16_t *pos, const uint8_t *gold)
{
	uint64_t keys[FEAT_MAX];
	struct nerctx c;
	size_t i, nk;

	for (i = 0; i < sc->n; i++) {
		nerbeam_context(nb, gold, i, pos, &c);
		if ((nk = train_keys(sc, i, &c, keys)) > 0 &&
		    ptrain_count(sc->p, keys, nk) < 0)
			dief(1, "out of memory");
	}
}

/* The POS tags the tagger will see: its own. */
static void
own_pos(const struct corpus *c, const struct csent *s, const struct tagger *tg,
    struct tsent *ts, uint16_t *pos)
{
	size_t i;

	tsent_clear(ts);
	for (i = 0; i < s->n; i++)
		tsent_add(ts, cw_form(c, &c->w[s->first + i]),
		    c->w[s->first + i].flen, 0, 0);
	tagger_tag((struct tagger *)tg, ts);
	for (i = 0; i < s->n; i++)
		pos[i] = ts->w[i].pos;
}

static void
remember(const struct corpus *c, const struct csent *s, const struct ftok *ft,
    uint64_t *memk, uint16_t *memt)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		int l = c->w[s->first + i].ner;
		size_t slot = ft[i].norm_h & 4095;

		if (l && (ft[i].flags & FT_UPPER)) {
			memk[slot] = ft[i].norm_h;
			memt[slot] = (uint16_t)(l - (l % 2 == 0));
		}
	}
}

static void
train_ner(const struct corpus *c, const struct tagger *tg, struct ptrain *p,
    int epochs, unsigned mincount)
{
	struct ftok *ft = NULL;
	uint16_t *pos = NULL;
	uint8_t *gold = NULL, *pred = NULL;
	size_t capft = 0, cappos = 0, capg = 0, capp = 0, *order, n, k, i, stop;
	size_t right, total;
	struct tsent ts;
	struct nerbeam nb;
	uint64_t memk[4096];
	uint16_t memt[4096];
	uint32_t lastdoc = (uint32_t)-1;
	struct train_scoring sc = { tg, p, NULL, 0, memk, memt };
	int e;

	if (nerbeam_init(&nb, ner_label, NER_N) < 0)
		dief(1, "too many entity labels");
	tsent_init(&ts);
	for (e = mincount > 1 ? 0 : 1; e <= epochs; e++) {
		order = doc_order(c, has_ner, &n);
		right = total = 0;
		for (k = 0; k < n; k++) {
			const struct csent *s = &c->s[order[k]];

			if (s->doc != lastdoc) {
				memset(memk, 0, sizeof(memk));
				lastdoc = s->doc;
			}
			if (grow(&ft, s->n, &capft, sizeof(*ft)) < 0 ||
			    grow(&pos, s->n, &cappos, sizeof(*pos)) < 0 ||
			    grow(&gold, s->n, &capg, 1) < 0 ||
			    grow(&pred, s->n, &capp, 1) < 0)
				dief(1, "out of memory");
			own_pos(c, s, tg, &ts, pos);
			sentence_ftoks(c, s, &tg->m, ft);
			for (i = 0; i < s->n; i++)
				gold[i] = c->w[s->first + i].ner;
			sc.ft = ft;
			sc.n = s->n;
			if (e == 0) {
				count_keys(&sc, &nb, pos, gold);
			} else {
				if (nerbeam_decode(&nb, s->n, train_score, &sc, pos,
				    gold, pred, &stop) < 0)
					dief(1, "out of memory");
				structured_update(&nb, &sc, pos, gold, pred, stop,
				    s->weight);
				for (i = 0; i < s->n; i++)
					ptrain_tick(p);
				for (i = 0; i < stop; i++)
					right += gold[i] == pred[i];
				total += s->n;
			}
			remember(c, s, ft, memk, memt);
		}
		if (e == 0)
			ptrain_mincount(p, mincount);
		else
			fprintf(stderr, "news-train: ner epoch %d: %.2f%% on "
			    "training data\n", e, 100.0 * (double)right /
			    (double)(total ? total : 1));
		free(order);
	}
	nerbeam_free(&nb);
	tsent_free(&ts);
	free(ft);
	free(pos);
	free(gold);
	free(pred);
}

/* ---- main ---- */

/* Add an entity training file, Universal NER's .iob2 or GUM's CoNLL-U,
 * whose updates count weight times: a corpus less like news (tweets)
 * can teach what names look like without outweighing the rest. */
static int
add_ner_file(struct corpus *c, const char *path, int conllu, float weight)
{
	size_t from = c->ns;

	if ((conllu ? corpus_add_conllu(c, path, 1) :
	    corpus_add_iob2(c, path)) < 0)
		return -1;
	for (; from < c->ns; from++)
		c->s[from].weight = weight;
	return 0;
}

static void
usage(void)
{
	fputs("usage: news-train -o MODEL [-e EPOCHS] [--ner-epochs N] "
	    "[--clusters FILE]\n"
	    "                  [--gazetteers DIR] [--ner-weight W] "
	    "[--ner FILE.iob2]... [--ner-conllu FILE]...\n"
	    "                  [--prune W] [--ner-prune W] POS.conllu...\n",
	    stderr);
	exit(EXIT_USAGE);
}

static void
parse(int argc, char **argv, struct opts *o)
{
	static const struct option lo[] = {
		{ "clusters", required_argument, NULL, 'c' },
		{ "vector-classes", required_argument, NULL, 'V' },
		{ "gazetteers", required_argument, NULL, 'g' },
		{ "ner", required_argument, NULL, 'n' },
		{ "ner-conllu", required_argument, NULL, 'N' },
		{ "ner-epochs", required_argument, NULL, 'E' },
		{ "prune", required_argument, NULL, 'p' },
		{ "ner-mincount", required_argument, NULL, 'M' },
		{ "seed", required_argument, NULL, 's' },
		{ "ner-runs", required_argument, NULL, 'R' },
		{ "ner-weight", required_argument, NULL, 'W' },
		{ "ner-prune", required_argument, NULL, 'P' },
		{ NULL, 0, NULL, 0 }
	};
	int ch;

	o->epochs = 10;
	o->ner_epochs = 10;
	o->ner_runs = 1;
	o->prune = 0.0f;
	o->weight = 1.0f;
	o->ner_prune = -1.0f;
	while ((ch = getopt_long(argc, argv, "o:e:", lo, NULL)) != -1) {
		switch (ch) {
		case 'o': o->out = optarg; break;
		case 'e': o->epochs = atoi(optarg); break;
		case 'E': o->ner_epochs = atoi(optarg); break;
		case 'c': o->clusters = optarg; break;
		case 'V': o->eclusters = optarg; break;
		case 'g': o->gazdir = optarg; break;
		case 'p': o->prune = strtof(optarg, NULL); break;
		case 'M': o->ner_mincount = atoi(optarg); break;
		case 'R': o->ner_runs = atoi(optarg); break;
		case 'W': o->weight = strtof(optarg, NULL); break;
		case 'P': o->ner_prune = strtof(optarg, NULL); break;
		case 's':
			rng_state = strtoull(optarg, NULL, 10) * 0x9E3779B97F4A7C15ULL
			    | 1;
			break;
		case 'n':
			if (o->nner < MAXFILES) {
				o->nerw[o->nner] = o->weight;
				o->ner[o->nner++] = optarg;
			}
			break;
		case 'N':
			if (o->nnerconllu < MAXFILES) {
				o->nerconllu_w[o->nnerconllu] = o->weight;
				o->nerconllu[o->nnerconllu++] = optarg;
			}
			break;
		default: usage();
		}
	}
	if (o->out == NULL || optind == argc)
		usage();
}

int
main(int argc, char **argv)
{
	struct opts o = { 0 };
	struct corpus pc, nc;
	struct classes cl;
	struct model_writer mw;
	struct model res;
	struct ptrain *p;
	struct tagger tg;
	char err[512];
	int i;
	long nf;

	setprogname(argv[0]);
	parse(argc, argv, &o);
	corpus_init(&pc);
	for (i = optind; i < argc; i++)
		if (corpus_add_conllu(&pc, argv[i], 0) < 0)
			return 1;
	number_classes(&pc, &cl);
	fprintf(stderr, "news-train: %zu sentences, %zu words, %zu POS classes\n",
	    pc.ns, pc.nw, cl.n);

	mwriter_init(&mw);
	if (resources_write(&mw, o.clusters, o.eclusters, o.gazdir) < 0 ||
	    resources_model(&mw, &res) < 0)
		return 1;
	write_classes(&mw, MS_POS_CLASSES, (const char *const *)cl.name, cl.n);
	p = ptrain_new(cl.n);
	train_pos(&pc, &cl, &res, p, o.epochs);
	if ((nf = ptrain_write(p, &mw, MS_POS_FEATS, MS_POS_WEIGHTS, o.prune)) < 0)
		dief(1, "out of memory");
	fprintf(stderr, "news-train: %ld POS features\n", nf);
	ptrain_free(p);
	write_pos_dict(&pc, &cl, &mw);
	write_lemmas(&pc, &mw);
	if (model_write(&mw, o.out, err, sizeof(err)) < 0)
		dief(1, "%s", err);

	if (o.nner + o.nnerconllu > 0) {
		corpus_init(&nc);
		for (i = 0; i < o.nner; i++)
			if (add_ner_file(&nc, o.ner[i], 0, o.nerw[i]) < 0)
				return 1;
		for (i = 0; i < o.nnerconllu; i++)
			if (add_ner_file(&nc, o.nerconllu[i], 1,
			    o.nerconllu_w[i]) < 0)
				return 1;
		fprintf(stderr, "news-train: %zu NER sentences\n", nc.ns);
		if (tagger_load(&tg, o.out, err, sizeof(err)) < 0)
			dief(1, "%s", err);
		write_classes(&mw, MS_NER_CLASSES, ner_label, NER_N);
		p = ptrain_new(NER_N);
		for (i = 0; i < o.ner_runs; i++) {
			struct ptrain *one = ptrain_new(NER_N);

			train_ner(&nc, &tg, one, o.ner_epochs,
			    (unsigned)o.ner_mincount);
			if (ptrain_add(p, one, 1.0 / o.ner_runs) < 0)
				dief(1, "out of memory");
			ptrain_free(one);
		}
		tagger_free(&tg);
		if ((nf = ptrain_write(p, &mw, MS_NER_FEATS, MS_NER_WEIGHTS,
		    o.ner_prune < 0 ? o.prune : o.ner_prune)) < 0)
			dief(1, "out of memory");
		fprintf(stderr, "news-train: %ld NER features\n", nf);
		ptrain_free(p);
		corpus_free(&nc);
		if (model_write(&mw, o.out, err, sizeof(err)) < 0)
			dief(1, "%s", err);
	}
	mwriter_free(&mw);
	corpus_free(&pc);
	for (i = 0; i < (int)cl.n; i++)
		free(cl.name[i]);
	free(cl.name);
	return 0;
}
