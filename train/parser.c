/* news-train-parser: build the dependency parser's model from treebanks.
 *
 *   news-train-parser -o MODEL -t TAGGER.model [-e EPOCHS] [options]
 *                     TREEBANK.conllu...
 *
 * Reads the words, heads and relations of the CoNLL-U files, tags their
 * parts of speech with the tagger's model (so that training sees the tags
 * that parsing will see, not the gold ones), and trains an averaged
 * perceptron over the arc-eager moves (depstate.h) with the features of
 * depfeats.h.  Training follows a dynamic oracle (Goldberg and Nivre
 * 2012): after the first epochs it often takes the move the model
 * predicted, right or wrong, and learns the best move from where that
 * leads, as parsing will have to.  Non-projective trees are made
 * projective first.  Deterministic: the same data give the same bytes.
 */
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "depfeats.h"
#include "depparse.h"
#include "depstate.h"
#include "err.h"
#include "model.h"
#include "perceptron.h"
#include "postrain.h"
#include "tagger.h"

#define MAXFILES 1024

struct opts {
	const char *out, *tagger, *try_prune;
	int epochs, explore_from, mincount, gold_pos, jackknife, pos_epochs;
	int beam, update_always;
	int parse_beam;		/* the width the model asks to parse with */
	double explore;
	float prune;
	const char *files[MAXFILES];
	int nfiles;
};

/* A training sentence: its words' parser facts (node 0 the root) and its
 * gold tree, made projective. */
struct tsample {
	size_t n;
	struct depword *w;	/* w[0..n] */
	int32_t *head;		/* head[1..n] */
	uint16_t *rel;
};

struct labels {
	char *name[DEP_MAXLABELS];
	size_t n;
	unsigned root;
};

/* Random numbers from a state of their own (xorshift), so that each
 * jackknife fold, run in a thread, shuffles as it would alone. */
static uint64_t
rng_next(uint64_t *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 7;
	*state ^= *state << 17;
	return *state;
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t
rng(void)
{
	return rng_next(&rng_state);
}

static void
shuffle_with(size_t *order, size_t n, uint64_t *state)
{
	size_t i, j, k;

	for (i = n; i > 1; i--) {
		j = rng_next(state) % i;
		k = order[i - 1];
		order[i - 1] = order[j];
		order[j] = k;
	}
}

static void
shuffle(size_t *order, size_t n)
{
	shuffle_with(order, n, &rng_state);
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every relation of the corpus, in byte order. */
static void
collect_labels(const struct corpus *c, struct labels *lb)
{
	size_t i, k;
	int root = -1;

	lb->n = 0;
	for (i = 0; i < c->nw; i++) {
		const char *r = c->text.s + c->w[i].deprel;

		for (k = 0; k < lb->n && strcmp(lb->name[k], r) != 0; k++)
			;
		if (k < lb->n || !*r || strcmp(r, "_") == 0)
			continue;
		if (lb->n == DEP_MAXLABELS)
			dief(1, "more than %d relations", DEP_MAXLABELS);
		lb->name[lb->n++] = estrdup(r);
	}
	qsort(lb->name, lb->n, sizeof(*lb->name), name_cmp);
	for (k = 0; k < lb->n; k++)
		if (strcmp(lb->name[k], "root") == 0)
			root = (int)k;
	if (root < 0)
		dief(1, "no relation 'root' in the treebanks");
	lb->root = (unsigned)root;
}

static int
label_index(const struct labels *lb, const char *r)
{
	size_t k;

	for (k = 0; k < lb->n; k++)
		if (strcmp(lb->name[k], r) == 0)
			return (int)k;
	return -1;
}

/* The POS class of the tagger's model for a word's gold tags, or -1. */
static int
gold_class(const struct tagger *t, const char *xpos, const char *upos)
{
	size_t i;

	for (i = 0; i < t->m.npos; i++)
		if (strcmp(t->xpos[i], xpos) == 0 && strcmp(t->upos[i], upos) == 0)
			return (int)i;
	return -1;
}

/* Sentence s of the corpus as a sample, its words tagged pos[0..s->n), or
 * -1 if its tree is not whole. */
static int
make_sample(const struct corpus *c, const struct csent *s,
    const struct labels *lb, const struct tagger *t, const uint16_t *pos,
    struct ftok *ft, struct tsample *out)
{
	size_t i, n = s->n;

	for (i = 0; i < n; i++) {
		const struct cword *w = &c->w[s->first + i];

		if (w->head < 0 || (size_t)w->head > n ||
		    label_index(lb, c->text.s + w->deprel) < 0)
			return -1;
	}
	sentence_ftoks(c, s, &t->m, ft);
	out->n = n;
	out->w = ecalloc(n + 1, sizeof(*out->w));
	out->head = ecalloc(n + 1, sizeof(*out->head));
	out->rel = ecalloc(n + 1, sizeof(*out->rel));
	depword_root(&out->w[0]);
	for (i = 0; i < n; i++) {
		const struct cword *w = &c->w[s->first + i];

		depword_set(&out->w[i + 1], &ft[i], pos[i], t->upos_id[pos[i]]);
		out->head[i + 1] = w->head;
		out->rel[i + 1] = (uint16_t)label_index(lb, c->text.s +
		    w->deprel);
	}
	dep_projectivize(out->head, n);
	return 0;
}

/* Each word's gold POS class, in cword.pos. */
static void
gold_classes(struct corpus *c, const struct tagger *t)
{
	size_t i;
	int k;

	for (i = 0; i < c->nw; i++) {
		const struct cword *w = &c->w[i];

		k = gold_class(t, c->text.s + w->xpos, c->text.s + w->upos);
		c->w[i].pos = (uint16_t)(k < 0 ? 0 : k);
	}
}

/* One jackknife fold: the sentences of every document whose number is
 * fold modulo the folds, tagged by a POS model trained on the others. */
struct fold {
	const struct opts *o;
	const struct corpus *c;
	const struct model *res;
	size_t nclass;
	uint16_t *pos;		/* shared: each fold writes its own words */
	int k;
	size_t right, total;
};

static int
in_fold(const struct fold *f, const struct csent *s)
{
	return (int)(s->doc % (uint32_t)f->o->jackknife) == f->k;
}

static void *
fold_run(void *arg)
{
	struct fold *f = arg;
	const struct corpus *c = f->c;
	size_t *order = ecalloc(c->ns + 1, sizeof(*order)), n, i, k, r, t;
	struct ptrain *p = ptrain_new(f->nclass), *avg = ptrain_new(f->nclass);
	uint64_t state = 0x9E3779B97F4A7C15ULL ^ (uint64_t)(f->k + 1) << 32;
	int e;

	if (p == NULL || avg == NULL)
		dief(1, "out of memory");
	for (i = n = 0; i < c->ns; i++)
		if (!in_fold(f, &c->s[i]))
			order[n++] = i;
	for (e = 1; e <= f->o->pos_epochs; e++) {
		shuffle_with(order, n, &state);
		r = t = 0;
		pos_train_epoch(c, order, n, f->res, p, f->nclass, &r, &t);
	}
	if (ptrain_add(avg, p, 1.0) < 0)
		dief(1, "out of memory");
	for (i = 0; i < c->ns; i++) {
		const struct csent *s = &c->s[i];

		if (!in_fold(f, s))
			continue;
		pos_tag_sentence(c, s, f->res, avg, f->nclass, f->pos + s->first);
		for (k = 0; k < s->n; k++)
			f->right += f->pos[s->first + k] == c->w[s->first + k].pos;
		f->total += s->n;
	}
	ptrain_free(p);
	ptrain_free(avg);
	free(order);
	return NULL;
}

/* Jackknifing: every fold at once, JACKKNIFE_THREADS at a time (make
 * model has two cores); the folds share nothing they write. */
#define JACKKNIFE_THREADS 2

static void
jackknife(const struct opts *o, const struct corpus *c,
    const struct model *res, size_t nclass, uint16_t *pos)
{
	struct fold *f = ecalloc((size_t)o->jackknife, sizeof(*f));
	pthread_t th[JACKKNIFE_THREADS];
	int k, j, n;

	for (k = 0; k < o->jackknife; k += n) {
		for (n = 0; n < JACKKNIFE_THREADS && k + n < o->jackknife; n++) {
			f[k + n] = (struct fold){ o, c, res, nclass, pos, k + n, 0, 0 };
			if (pthread_create(&th[n], NULL, fold_run, &f[k + n]) != 0)
				dief(1, "cannot start a thread");
		}
		for (j = 0; j < n; j++)
			pthread_join(th[j], NULL);
	}
	for (k = 0; k < o->jackknife; k++)
		fprintf(stderr, "news-train-parser: jackknife fold %d: %.2f%% of "
		    "tags right\n", k + 1, 100.0 * (double)f[k].right /
		    (double)(f[k].total ? f[k].total : 1));
	free(f);
}

/* The classes that training sees: jackknifed, the tagger's own or gold. */
static uint16_t *
training_tags(const struct opts *o, const struct corpus *c, struct tagger *t)
{
	uint16_t *pos = ecalloc(c->nw + 1, sizeof(*pos));
	struct tsent ts;
	size_t i, k;

	if (o->gold_pos) {
		for (i = 0; i < c->nw; i++)
			pos[i] = c->w[i].pos;
		return pos;
	}
	if (o->jackknife > 1) {
		jackknife(o, c, &t->m, t->m.npos, pos);
		return pos;
	}
	tsent_init(&ts);
	for (i = 0; i < c->ns; i++) {
		const struct csent *s = &c->s[i];

		tsent_clear(&ts);
		for (k = 0; k < s->n; k++)
			if (tsent_add(&ts, cw_form(c, &c->w[s->first + k]),
			    c->w[s->first + k].flen, 0, 0) < 0)
				dief(1, "out of memory");
		if (tagger_run(t, &ts, TAG_POS) < 0)
			dief(1, "out of memory");
		for (k = 0; k < s->n; k++)
			pos[s->first + k] = ts.w[k].pos;
	}
	tsent_free(&ts);
	return pos;
}

static struct tsample *
load_samples(const struct opts *o, struct labels *lb, size_t *ns)
{
	struct corpus c;
	struct tagger t;
	struct tsample *smp;
	struct ftok *ft = NULL;
	uint16_t *pos;
	char err[512];
	size_t i, skipped = 0, capft = 0;
	int k;

	corpus_init(&c);
	for (k = 0; k < o->nfiles; k++)
		if (corpus_add_conllu(&c, o->files[k], 0) < 0)
			exit(1);
	collect_labels(&c, lb);
	if (tagger_load(&t, o->tagger, err, sizeof(err)) < 0)
		dief(1, "%s", err);
	gold_classes(&c, &t);
	pos = training_tags(o, &c, &t);
	smp = ecalloc(c.ns + 1, sizeof(*smp));
	for (i = *ns = 0; i < c.ns; i++) {
		if (c.s[i].n == 0)
			continue;
		if (grow(&ft, c.s[i].n, &capft, sizeof(*ft)) < 0)
			dief(1, "out of memory");
		if (make_sample(&c, &c.s[i], lb, &t, pos + c.s[i].first, ft,
		    &smp[*ns]) < 0)
			skipped++;
		else
			(*ns)++;
	}
	fprintf(stderr, "news-train-parser: %zu sentences, %zu relations "
	    "(%zu sentences without a whole tree left out)\n", *ns, lb->n,
	    skipped);
	free(ft);
	free(pos);
	tagger_free(&t);
	corpus_free(&c);
	return smp;
}

/* ---- training ---- */

struct trainer {
	struct ptrain *p;
	struct depsys d;
	struct depbeam beam;
	size_t nclass;
	float *scores;
	unsigned *cost;
	unsigned long moves, wrong;
	int update_always;	/* at the worst step even when the parse ends
				 * right */
	const struct depconf **path;	/* the gold path, for beam updates */
	uint16_t *pathcls;
	size_t cappath;
};

static void
train_score(void *ctx, const struct depsys *d, const struct depconf *c,
    const struct depword *w, float *scores)
{
	uint64_t keys[DEP_FEAT_MAX];

	ptrain_score(ctx, keys, dep_features(d, c, w, keys), scores);
}

/* The cost of each class in c: the oracle's cost for each move kind, plus
 * one for a label other than the gold arc's; illegal classes get ~0u.
 * The arc a kind would make is gold or not whatever its label, so one
 * call of the oracle a kind does. */
static void
class_costs(const struct depsys *d, const struct depconf *c,
    const struct tsample *x, size_t nclass, unsigned *cost)
{
	int32_t s = depconf_s0(c), b = c->b;
	unsigned kc[4], glabel[4] = { 0, 0, 0, 0 }, moves = depconf_moves(d, c);
	int gold_arc[4] = { 0, 0, 0, 0 }, kind;
	size_t k;

	if ((size_t)b > d->n) {		/* attaching the rest */
		if (s > 0 && x->head[s] == depconf_rest_target(c)) {
			gold_arc[DEP_RIGHT] = 1;
			glabel[DEP_RIGHT] = x->rel[s];
		}
	} else {
		if (s > 0 && x->head[s] == b) {
			gold_arc[DEP_LEFT] = 1;
			glabel[DEP_LEFT] = x->rel[s];
		}
		if (x->head[b] == s) {
			gold_arc[DEP_RIGHT] = 1;
			glabel[DEP_RIGHT] = x->rel[b];
		}
	}
	for (kind = 0; kind < 4; kind++)
		kc[kind] = 0;
	for (kind = 0; kind < 4; kind++) {
		unsigned cls = dep_class(kind, glabel[kind]);

		if (kind >= DEP_LEFT && !gold_arc[kind])	/* any legal label */
			for (k = 2 + (kind == DEP_RIGHT); k < nclass; k += 2)
				if (dep_move_legal(d, moves, (unsigned)k)) {
					cls = (unsigned)k;
					break;
				}
		if (dep_move_legal(d, moves, cls))
			kc[kind] = depconf_cost(d, c, cls, x->head, x->rel);
	}
	for (k = 0; k < nclass; k++) {
		kind = dep_kind((unsigned)k);
		if (!dep_move_legal(d, moves, (unsigned)k))
			cost[k] = ~0u;
		else
			cost[k] = kc[kind] + (gold_arc[kind] &&
			    dep_label((unsigned)k) != glabel[kind]);
	}
}

/* The best-scoring class of the lowest cost (scores NULL: the first). */
static int
best_cheapest(const float *scores, const unsigned *cost, size_t nclass)
{
	unsigned low = ~0u;
	int best = -1;
	size_t c;

	for (c = 0; c < nclass; c++)
		if (cost[c] < low)
			low = cost[c];
	for (c = 0; c < nclass; c++)
		if (cost[c] == low && (best < 0 ||
		    (scores && scores[c] > scores[best])))
			best = (int)c;
	return best;
}

static int
best_legal(const struct depsys *d, const struct depconf *c,
    const float *scores, size_t nclass)
{
	unsigned moves = depconf_moves(d, c);
	int best = -1;
	size_t k;

	for (k = 0; k < nclass; k++)
		if (dep_move_legal(d, moves, (unsigned)k) &&
		    (best < 0 || scores[k] > scores[best]))
			best = (int)k;
	return best;
}

/* Greedy training on one sentence: parse it with the current weights,
 * learning from each wrong move (Goldberg and Nivre 2012).  With count
 * set, only count the features along the gold path.  explore: the chance
 * of following a wrong prediction. */
static void
train_greedy(struct trainer *tr, const struct tsample *x, double explore,
    int count, const struct labels *lb)
{
	uint64_t keys[DEP_FEAT_MAX];
	const struct depconf *c = depsys_start(&tr->d, x->n, lb->root);
	size_t nk;
	int pred, gold, next;

	while (c && !depconf_done(&tr->d, c)) {
		nk = dep_features(&tr->d, c, x->w, keys);
		memset(tr->scores, 0, tr->nclass * sizeof(*tr->scores));
		if (!count)
			ptrain_score(tr->p, keys, nk, tr->scores);
		class_costs(&tr->d, c, x, tr->nclass, tr->cost);
		pred = best_legal(&tr->d, c, tr->scores, tr->nclass);
		gold = best_cheapest(tr->scores, tr->cost, tr->nclass);
		next = gold;
		if (count) {
			if (ptrain_count(tr->p, keys, nk) < 0)
				dief(1, "out of memory");
		} else {
			tr->moves++;
			if (tr->cost[pred] > tr->cost[gold]) {
				tr->wrong++;
				if ((double)(rng() % 1000000) < explore * 1e6)
					next = pred;
			}
			if (ptrain_update(tr->p, keys, nk, gold,
			    tr->cost[pred] > tr->cost[gold] ? pred : gold) < 0)
				dief(1, "out of memory");
		}
		c = depconf_apply(&tr->d, c, (unsigned)next);
	}
	if (c == NULL)
		dief(1, "out of memory");
}

/* The gold path of x (the first cheapest move at each step: a projective
 * tree's moves cost nothing), 2n configurations after the first. */
static void
gold_path(struct trainer *tr, const struct tsample *x, const struct labels *lb)
{
	const struct depconf *c = depsys_start(&tr->d, x->n, lb->root);
	size_t t, steps = 2 * x->n;
	int cls;

	if (steps + 1 > tr->cappath) {
		tr->cappath = steps + 1;
		tr->path = erealloc(tr->path, tr->cappath * sizeof(*tr->path));
		tr->pathcls = erealloc(tr->pathcls, tr->cappath *
		    sizeof(*tr->pathcls));
	}
	for (t = 0; t < steps; t++) {
		tr->path[t] = c;
		class_costs(&tr->d, c, x, tr->nclass, tr->cost);
		cls = best_cheapest(NULL, tr->cost, tr->nclass);
		tr->pathcls[t] = (uint16_t)cls;
		if ((c = depconf_apply(&tr->d, c, (unsigned)cls)) == NULL)
			dief(1, "out of memory");
	}
	tr->path[steps] = c;
}

/* Move the weights of c's features for class cls by delta. */
static void
adjust(struct trainer *tr, const struct tsample *x, const struct depconf *c,
    unsigned cls, float delta)
{
	uint64_t keys[DEP_FEAT_MAX];
	size_t nk = dep_features(&tr->d, c, x->w, keys);

	if (ptrain_adjust(tr->p, keys, nk, (int)cls, delta) < 0)
		dief(1, "out of memory");
}

/* The update at the step of largest violation (Huang et al. 2012): the
 * gold path's moves up to it up, those of the best configuration there
 * down, from where the two part. */
static void
beam_update(struct trainer *tr, const struct tsample *x,
    const struct depconf *best, size_t steps)
{
	const struct depconf **chain = ecalloc(steps + 1, sizeof(*chain));
	const struct depconf *c;
	size_t t, k = steps;

	for (c = best; c && c->prev; c = c->prev)
		chain[--k] = c;		/* chain[t]: the configuration after move t */
	for (t = 0; t < steps && chain[t]->cls == tr->pathcls[t]; t++)
		;
	for (; t < steps; t++) {
		adjust(tr, x, tr->path[t], tr->pathcls[t], 1.0f);
		adjust(tr, x, chain[t]->prev, chain[t]->cls, -1.0f);
	}
	free(chain);
}

/* Beam training on one sentence: search with the current weights beside
 * the gold path, and update where the best in the beam beats the gold
 * path by the most. */
static void
train_beam(struct trainer *tr, const struct tsample *x, const struct labels *lb)
{
	uint64_t keys[DEP_FEAT_MAX];
	const struct depconf *gold, *worst = NULL;
	float gscore = 0, most = 0;
	size_t t, i, nk, steps = 2 * x->n, at = 0;

	gold_path(tr, x, lb);
	depbeam_start(&tr->beam, tr->path[0]);
	gold = tr->path[0];
	ptrain_tick(tr->p);
	for (t = 0; t < steps; t++) {
		nk = dep_features(&tr->d, tr->path[t], x->w, keys);
		memset(tr->scores, 0, tr->nclass * sizeof(*tr->scores));
		ptrain_score(tr->p, keys, nk, tr->scores);
		gscore += tr->scores[tr->pathcls[t]];
		if (depbeam_step(&tr->beam, &tr->d, x->w, train_score, tr->p) < 0)
			dief(1, "out of memory");
		for (i = 0; gold && i < tr->beam.ncur; i++)
			if (tr->beam.cur[i]->prev == gold &&
			    tr->beam.cur[i]->cls == tr->pathcls[t])
				break;
		gold = gold && i < tr->beam.ncur ? tr->beam.cur[i] : NULL;
		if (tr->beam.cur[0] != gold &&
		    (worst == NULL || tr->beam.cur[0]->score - gscore >= most)) {
			most = tr->beam.cur[0]->score - gscore;
			worst = tr->beam.cur[0];
			at = t + 1;
		}
	}
	tr->moves++;		/* sentences, here */
	if (worst && gold && tr->beam.cur[0] == gold && !tr->update_always)
		worst = NULL;	/* the parse came out right: nothing to fix */
	if (worst) {
		tr->wrong++;
		beam_update(tr, x, worst, at);
	}
}

static struct ptrain *
train(const struct opts *o, const struct tsample *smp, size_t ns,
    const struct labels *lb)
{
	struct trainer tr;
	size_t *order = ecalloc(ns + 1, sizeof(*order)), i;
	int e;

	memset(&tr, 0, sizeof(tr));
	tr.nclass = 2 + 2 * lb->n;
	tr.update_always = o->update_always;
	if ((tr.p = ptrain_new(tr.nclass)) == NULL ||
	    depbeam_init(&tr.beam, o->beam, tr.nclass) < 0)
		dief(1, "out of memory or bad beam width");
	tr.scores = ecalloc(tr.nclass, sizeof(*tr.scores));
	tr.cost = ecalloc(tr.nclass, sizeof(*tr.cost));
	depsys_init(&tr.d);
	if (o->mincount > 1) {
		for (i = 0; i < ns; i++)
			train_greedy(&tr, &smp[i], 0, 1, lb);
		ptrain_mincount(tr.p, (unsigned)o->mincount);
	}
	for (i = 0; i < ns; i++)
		order[i] = i;
	for (e = 1; e <= o->epochs; e++) {
		double explore = e >= o->explore_from ? o->explore : 0;

		shuffle(order, ns);
		tr.moves = tr.wrong = 0;
		for (i = 0; i < ns; i++)
			if (o->beam > 1)
				train_beam(&tr, &smp[order[i]], lb);
			else
				train_greedy(&tr, &smp[order[i]], explore, 0, lb);
		fprintf(stderr, "news-train-parser: epoch %d: %.2f%% of %s wrong\n",
		    e, 100.0 * (double)tr.wrong / (double)(tr.moves ? tr.moves : 1),
		    o->beam > 1 ? "sentences" : "moves");
	}
	depsys_free(&tr.d);
	depbeam_free(&tr.beam);
	free(tr.path);
	free(tr.pathcls);
	free(tr.scores);
	free(tr.cost);
	free(order);
	return tr.p;
}

static void
write_model(const struct opts *o, const struct ptrain *p,
    const struct labels *lb, const char *out, float prune)
{
	struct model_writer w;
	char err[512];
	size_t k;
	long nf;

	mwriter_init(&w);
	for (k = 0; k < lb->n; k++)
		if (mwriter_add(&w, MS_DEP_LABELS, lb->name[k],
		    strlen(lb->name[k]) + 1, strlen(lb->name[k]) + 1) < 0)
			dief(1, "out of memory");
	if ((nf = ptrain_write(p, &w, MS_DEP_FEATS, MS_DEP_WEIGHTS,
	    prune)) < 0)
		dief(1, "out of memory");
	if (o->parse_beam > 1 || o->beam > 1) {
		uint32_t bw = (uint32_t)(o->parse_beam ? o->parse_beam : o->beam);
		unsigned char b4[4] = { (unsigned char)bw, (unsigned char)(bw >> 8),
			(unsigned char)(bw >> 16), (unsigned char)(bw >> 24) };

		if (mwriter_add(&w, MS_DEP_BEAM, b4, 4, 1) < 0)
			dief(1, "out of memory");
	}
	if (model_write(&w, out, err, sizeof(err)) < 0)
		dief(1, "%s", err);
	fprintf(stderr, "news-train-parser: %s: %ld features, %llu weights\n",
	    out, nf, (unsigned long long)w.count[MS_DEP_WEIGHTS]);
	mwriter_free(&w);
}

static void
usage(void)
{
	fputs("usage: news-train-parser -o MODEL -t TAGGER.model [-e EPOCHS] "
	    "[--explore P] [--explore-from EPOCH] [--mincount N] [--prune W] "
	    "[--gold-pos | --jackknife K [--pos-epochs N]] [--beam K] "
	    "[--parse-beam K] [--update-always] [--try-prune P,...] "
	    "TREEBANK.conllu...\n", stderr);
	exit(2);
}

static void
parse_opts(int argc, char **argv, struct opts *o)
{
	static const struct option lo[] = {
		{ "explore", required_argument, NULL, 'x' },
		{ "explore-from", required_argument, NULL, 'f' },
		{ "mincount", required_argument, NULL, 'm' },
		{ "prune", required_argument, NULL, 'p' },
		{ "gold-pos", no_argument, NULL, 'g' },
		{ "jackknife", required_argument, NULL, 'j' },
		{ "pos-epochs", required_argument, NULL, 'P' },
		{ "beam", required_argument, NULL, 'b' },
		{ "try-prune", required_argument, NULL, 'T' },
		{ "update-always", no_argument, NULL, 'U' },
		{ "parse-beam", required_argument, NULL, 'B' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->epochs = 15;
	o->explore = 0.9;
	o->explore_from = 2;
	o->mincount = 1;
	o->pos_epochs = 10;
	o->beam = 1;
	while ((c = getopt_long(argc, argv, "o:t:e:", lo, NULL)) != -1) {
		switch (c) {
		case 'o': o->out = optarg; break;
		case 't': o->tagger = optarg; break;
		case 'e': o->epochs = atoi(optarg); break;
		case 'x': o->explore = atof(optarg); break;
		case 'f': o->explore_from = atoi(optarg); break;
		case 'm': o->mincount = atoi(optarg); break;
		case 'p': o->prune = (float)atof(optarg); break;
		case 'g': o->gold_pos = 1; break;
		case 'j': o->jackknife = atoi(optarg); break;
		case 'P': o->pos_epochs = atoi(optarg); break;
		case 'b': o->beam = atoi(optarg); break;
		case 'T': o->try_prune = optarg; break;
		case 'U': o->update_always = 1; break;
		case 'B': o->parse_beam = atoi(optarg); break;
		default: usage();
		}
	}
	if (!o->out || !o->tagger || optind == argc || argc - optind > MAXFILES)
		usage();
	for (; optind < argc; optind++)
		o->files[o->nfiles++] = argv[optind];
}

int
main(int argc, char **argv)
{
	struct opts o;
	struct labels lb;
	struct tsample *smp;
	struct ptrain *p;
	size_t ns, i;

	setprogname(argv[0]);
	parse_opts(argc, argv, &o);
	smp = load_samples(&o, &lb, &ns);
	p = train(&o, smp, ns, &lb);
	write_model(&o, p, &lb, o.out, o.prune);
	if (o.try_prune) {	/* OUT.P for each P of a comma-separated list */
		char *list = estrdup(o.try_prune), *tok, *save = NULL;
		char path[4096];

		for (tok = strtok_r(list, ",", &save); tok;
		    tok = strtok_r(NULL, ",", &save)) {
			snprintf(path, sizeof(path), "%s.%s", o.out, tok);
			write_model(&o, p, &lb, path, strtof(tok, NULL));
		}
		free(list);
	}
	ptrain_free(p);
	for (i = 0; i < ns; i++) {
		free(smp[i].w);
		free(smp[i].head);
		free(smp[i].rel);
	}
	free(smp);
	for (i = 0; i < lb.n; i++)
		free(lb.name[i]);
	return 0;
}
