/* summary.c: extractive summaries (summary.h says what and how). */
#include "summary.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "datafile.h"
#include "hash.h"
#include "stem.h"
#include "utf8.h"

#ifdef SUM_TUNE
#define TUNABLE
#else
#define TUNABLE const
#endif

/* The weights of the method, tuned on BBC News extracts, DUC 2003 clusters,
 * GUM's one-sentence summaries and Wikinews headlines
 * (scripts/eval-summarize.sh).  A build with -DSUM_TUNE reads them from
 * $SUM_P instead (development only).
 *
 * Some weigh more the shorter the summary: with k the number of sentences
 * it will have (at least 1), they are multiplied by 1 / k^len_exp. */
static TUNABLE struct params {
	double pos_exp;		/* position prior (k / (k + rank))^pos_exp */
	double w_pos, w_cent, w_head, w_centroid, w_freq;
	double pos_short;	/* w_pos * (1 + pos_short / k^len_exp) */
	double lede;		/* the lede's bonus, lede / k^len_exp */
	double w_quote;		/* penalty for the share of the sentence that
				 * is quoted, w_quote / k^len_exp */
	double len_exp;
	double freq_norm;	/* word frequency / terms^freq_norm */
	double fwd, back, cross;	/* PacSum edge weights: toward the earlier
					 * sentence, the later one, another
					 * document's */
	double beta;		/* edge threshold: min + beta * (max - min) */
	double mmr;		/* redundancy penalty */
	double dup;		/* similarity that makes a near-duplicate */
	double min_words;	/* sentences with fewer words that have a
				 * letter are not chosen */
	double lede_min;	/* nor is a lede with fewer */
	double w_para, para_exp;	/* the lead paragraph's bonus,
					 * w_para / k^para_exp */
} P = {
	.pos_exp = 1.0,
	.w_pos = 0.5, .w_cent = 0.25, .w_head = 0.5, .w_centroid = 0.5,
	.w_freq = 1.0,
	.pos_short = 4.0, .lede = 1.5, .w_quote = 1.5, .len_exp = 1.5,
	.freq_norm = 0.5,
	.fwd = 1.0, .back = 0.0, .cross = 1.0,
	.beta = 0.3,
	.mmr = 0.5,
	.dup = 0.7,
	.min_words = 4,
	.lede_min = 10,
	.w_para = 12, .para_exp = 2.5,
};

#ifdef SUM_TUNE
/* Development only: SUM_P="name=value,..." overrides the weights. */
static void
tune(void)
{
	static const struct { const char *name; double *v; } f[] = {
		{ "pos_exp", &P.pos_exp }, { "w_pos", &P.w_pos },
		{ "w_cent", &P.w_cent }, { "w_head", &P.w_head },
		{ "w_centroid", &P.w_centroid }, { "w_freq", &P.w_freq },
		{ "pos_short", &P.pos_short }, { "lede", &P.lede },
		{ "w_quote", &P.w_quote }, { "len_exp", &P.len_exp },
		{ "freq_norm", &P.freq_norm },
		{ "fwd", &P.fwd }, { "back", &P.back }, { "cross", &P.cross },
		{ "beta", &P.beta }, { "mmr", &P.mmr }, { "dup", &P.dup },
		{ "min_words", &P.min_words }, { "lede_min", &P.lede_min },
		{ "w_para", &P.w_para }, { "para_exp", &P.para_exp },
	};
	static int done;
	const char *e = getenv("SUM_P"), *eq;
	size_t i, n;

	if (done || e == NULL)
		return;
	done = 1;
	while (*e) {
		n = strcspn(e, ",");
		eq = memchr(e, '=', n);
		for (i = 0; eq && i < sizeof(f) / sizeof(f[0]); i++)
			if (strlen(f[i].name) == (size_t)(eq - e) &&
			    memcmp(f[i].name, e, (size_t)(eq - e)) == 0)
				*f[i].v = strtod(eq + 1, NULL);
		e += n + (e[n] == ',');
	}
}
#endif

/* English function words: they say nothing about what a sentence is
 * about.  Sorted, for bsearch; compared after folding. */
static const char *const stopwords[] = {
	"a", "about", "above", "after", "again", "against", "all", "also",
	"am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
	"before", "being", "below", "between", "both", "but", "by", "can",
	"could", "did", "do", "does", "doing", "down", "during", "each",
	"even", "few", "for", "from", "further", "had", "has", "have",
	"having", "he", "her", "here", "hers", "herself", "him", "himself",
	"his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
	"itself", "just", "may", "me", "might", "more", "most", "much",
	"must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
	"once", "only", "or", "other", "our", "ours", "ourselves", "out",
	"over", "own", "same", "shall", "she", "should", "so", "some",
	"such", "than", "that", "the", "their", "theirs", "them",
	"themselves", "then", "there", "these", "they", "this", "those",
	"through", "to", "too", "under", "until", "up", "us", "very", "was",
	"we", "were", "what", "when", "where", "which", "while", "who",
	"whom", "whose", "why", "will", "with", "would", "yet", "you", "your",
	"yours", "yourself", "yourselves"
};

/* 64-bit keys to 32-bit values, open addressing, power-of-two size. */
struct table {
	uint64_t *key;		/* 0 marks a free slot (a key of 0 is made 1) */
	uint32_t *val;
	size_t cap, n;
};

/* What summarize() knows of a sentence. */
struct sinfo {
	size_t t0, nt;		/* its terms: tw[t0 .. t0 + nt) */
	double norm;		/* length of its weight vector */
	size_t words;		/* runs of non-space */
	size_t lwords;		/* those with a letter */
	size_t rank;		/* among the choosable sentences of its doc */
	int ok;			/* may be chosen */
	int head;		/* a headline: the query */
	int lede;		/* its document's lede */
	int leadpara;		/* in its document's lead paragraph, and
				 * neither a question nor a fragment */
	double quoted;		/* share of its letters and digits that are
				 * inside quotation marks */
	int question;		/* ends with a question mark */
	double score;		/* relevance */
};

struct tw {
	uint32_t t;		/* term number in this call */
	float w;
};

struct summarizer {
	struct table idf;	/* stem key -> document frequency */
	double ndocs;		/* documents behind idf */
	struct table terms;	/* stem key -> term number, per call */
	double *tidf;		/* term number -> idf */
	double *dense, *centroid;	/* term number -> weight */
	double *sdf;		/* term number -> choosable sentences with it */
	size_t ntcap;
	struct sinfo *si;
	size_t sicap;
	struct tw *tw;
	size_t twcap, ntw;
	uint64_t *keys;
	size_t keycap;
	size_t *cand;		/* the graph's sentences, in input order */
	size_t candcap;
	double *pre, *cent, *maxsim;
	size_t precap, centcap, maxsimcap;
	float *sim;		/* ncand x ncand similarities */
	size_t simcap;
	unsigned char *taken;
	size_t takencap;
	struct buf word;
};

/* ---- tables ---- */

static uint64_t
fixkey(uint64_t k)
{
	return k ? k : 1;
}

static int
table_grow(struct table *t)
{
	struct table nt;
	size_t i, j, cap = t->cap ? t->cap * 2 : 1024;

	nt.key = calloc(cap, sizeof(*nt.key));
	nt.val = malloc(cap * sizeof(*nt.val));
	if (nt.key == NULL || nt.val == NULL) {
		free(nt.key);
		free(nt.val);
		return -1;
	}
	for (i = 0; i < t->cap; i++) {
		if (!t->key[i])
			continue;
		j = hash_mix(t->key[i]) & (cap - 1);
		while (nt.key[j])
			j = (j + 1) & (cap - 1);
		nt.key[j] = t->key[i];
		nt.val[j] = t->val[i];
	}
	free(t->key);
	free(t->val);
	t->key = nt.key;
	t->val = nt.val;
	t->cap = cap;
	return 0;
}

/* The slot of key k: where it is, or where it would go. */
static size_t
table_slot(const struct table *t, uint64_t k)
{
	size_t j = hash_mix(k) & (t->cap - 1);

	while (t->key[j] && t->key[j] != k)
		j = (j + 1) & (t->cap - 1);
	return j;
}

static int
table_get(const struct table *t, uint64_t k, uint32_t *v)
{
	size_t j;

	if (t->cap == 0)
		return 0;
	j = table_slot(t, fixkey(k));
	if (!t->key[j])
		return 0;
	*v = t->val[j];
	return 1;
}

/* Find k, or add it with value v; *v gets the stored value.  -1: no
 * memory. */
static int
table_put(struct table *t, uint64_t k, uint32_t *v)
{
	size_t j;

	k = fixkey(k);
	if ((t->n + 1) * 2 > t->cap && table_grow(t) < 0)
		return -1;
	j = table_slot(t, k);
	if (t->key[j]) {
		*v = t->val[j];
		return 0;
	}
	t->key[j] = k;
	t->val[j] = *v;
	t->n++;
	return 0;
}

static void
table_clear(struct table *t)
{
	if (t->n)
		memset(t->key, 0, t->cap * sizeof(*t->key));
	t->n = 0;
}

static void
table_free(struct table *t)
{
	free(t->key);
	free(t->val);
	memset(t, 0, sizeof(*t));
}

/* ---- set-up ---- */

struct summarizer *
summarizer_new(void)
{
	return calloc(1, sizeof(struct summarizer));
}

void
summarizer_free(struct summarizer *sm)
{
	if (sm == NULL)
		return;
	table_free(&sm->idf);
	table_free(&sm->terms);
	free(sm->tidf);
	free(sm->dense);
	free(sm->centroid);
	free(sm->sdf);
	free(sm->si);
	free(sm->tw);
	free(sm->keys);
	free(sm->cand);
	free(sm->pre);
	free(sm->cent);
	free(sm->maxsim);
	free(sm->sim);
	free(sm->taken);
	buf_free(&sm->word);
	free(sm);
}

/* One line of idf.tsv: STEM<TAB>COUNT, or @docs<TAB>N. */
static int
idf_line(void *ctx, char *line, size_t len, const char *path,
    unsigned long lineno, char *err, size_t errsize)
{
	struct summarizer *sm = ctx;
	char *tab = memchr(line, '\t', len), *end;
	unsigned long v;
	uint32_t df;

	errno = 0;
	if (tab == NULL || tab == line || (v = strtoul(tab + 1, &end, 10),
	    *end != '\0') || end == tab + 1 || errno || v > UINT32_MAX) {
		snprintf(err, errsize, "%s:%lu: expected STEM<TAB>COUNT", path,
		    lineno);
		return -1;
	}
	if (strncmp(line, "@docs\t", 6) == 0) {
		sm->ndocs = (double)v;
		return 0;
	}
	df = (uint32_t)v;
	if (table_put(&sm->idf, hash_str(line, (size_t)(tab - line)),
	    &df) < 0) {
		snprintf(err, errsize, "%s: out of memory", path);
		return -1;
	}
	return 0;
}

int
summarizer_load_idf(struct summarizer *sm, const char *path, char *err,
    size_t errsize)
{
	if (datafile_each(path, idf_line, sm, err, errsize) < 0)
		return -1;
	if (sm->ndocs < 1) {
		snprintf(err, errsize, "%s: no '@docs' line", path);
		return -1;
	}
	return 0;
}

/* ---- terms ---- */

/* The first bytes first: a bsearch() of the stop words meets few words
 * that begin alike, and strcmp() of short strings costs more, and more or
 * less by where they lie, than that test. */
static int
cmpstr(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;

	if (*x != *y)
		return (unsigned char)*x < (unsigned char)*y ? -1 : 1;
	return strcmp(x, y);
}

static int
is_stop(const char *w)
{
	return bsearch(&w, stopwords, sizeof(stopwords) / sizeof(stopwords[0]),
	    sizeof(stopwords[0]), cmpstr) != NULL;
}

static int
is_wordchar(int32_t cp)
{
	return cp >= 0 && (u_isalpha(cp) || u_isdigit(cp));
}

long
sum_terms(struct summarizer *sm, const char *text, size_t n,
    uint64_t **keys, size_t *cap, struct buf *stems)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i = 0, start, k, nkey = 0;
	int32_t cp;
	int len, ascii;

	while (i < n) {
		len = utf8_decode(u + i, n - i, &cp);
		if (!is_wordchar(cp)) {
			i += (size_t)len;
			continue;
		}
		start = i;
		while (i < n) {
			len = utf8_decode(u + i, n - i, &cp);
			if (!is_wordchar(cp))
				break;
			i += (size_t)len;
		}
		buf_reset(&sm->word);
		if (stem_fold(&sm->word, text + start, i - start) < 0)
			return -1;
		if (sm->word.l < 2 || is_stop(sm->word.s))
			continue;
		ascii = 1;
		for (k = 0; k < sm->word.l; k++)
			if ((unsigned char)sm->word.s[k] >= 0x80)
				ascii = 0;
		if (ascii && sm->word.l > 3)
			sm->word.l = stem_porter(sm->word.s, sm->word.l);
		if (grow(keys, nkey, cap, sizeof(**keys)) < 0)
			return -1;
		(*keys)[nkey++] = hash_str(sm->word.s, sm->word.l);
		if (stems && (buf_add(stems, sm->word.s, sm->word.l) < 0 ||
		    buf_addc(stems, '\0') < 0))
			return -1;
	}
	return (long)nkey;
}

/* ---- sentences ---- */

/* The last character of the sentence that is not a closing quote or
 * bracket; 0 if none. */
static int32_t
final_mark(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t cp;
	size_t i;

	while (n > 0) {
		i = utf8_prev(u, n);
		utf8_decode(u + i, n - i, &cp);
		if (cp != '"' && cp != '\'' && cp != ')' && cp != ']' &&
		    !u_isclosing(cp))
			return cp;
		n = i;
	}
	return 0;
}

/* Does the sentence end as a sentence does (. ! ? or an ellipsis, maybe
 * inside closing quotes or brackets)?  Headlines, bylines, datelines and
 * captions do not. */
static int
ends_sentence(const char *s, size_t n)
{
	int32_t cp = final_mark(s, n);

	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

/* Words: runs of non-space; *lw gets those with a letter. */
static size_t
count_words(const char *s, size_t n, size_t *lw)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, w = 0;
	int in = 0, sp, len, letter = 0;
	int32_t cp;

	*lw = 0;
	while (i < n) {
		if ((sp = utf8_space_len(u + i, n - i)) > 0) {
			in = 0;
			i += (size_t)sp;
			continue;
		}
		if (!in) {
			w++;
			letter = 0;
		}
		in = 1;
		len = utf8_decode(u + i, n - i, &cp);
		if (!letter && cp >= 0 && u_isalpha(cp)) {
			letter = 1;
			++*lw;
		}
		i += (size_t)len;
	}
	return w;
}

/* The share of the letters and digits of s[0..n) that are inside
 * quotation marks.  A straight quote opens after a space or at the start
 * and closes elsewhere; a closing mark with none open (the end of a
 * quotation that began in an earlier sentence) puts what came before it
 * inside. */
static double
quoted_share(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, all = 0, in = 0;
	int32_t cp, prev = ' ';
	int len, open = 0, seen = 0, opening;

	while (i < n) {
		len = utf8_decode(u + i, n - i, &cp);
		i += (size_t)len;
		if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0xAB ||
		    cp == 0xBB) {
			if (cp == '"')
				opening = !open && (u_isspace(prev) ||
				    prev == '(' || prev == '[' ||
				    prev == 0x2014 || prev == 0x2013);
			else
				opening = cp == 0x201C || cp == 0xAB;
			if (!opening && !open && !seen)
				in = all;	/* closes a quotation begun before */
			open = opening;
			seen = 1;
		} else if (is_wordchar(cp)) {
			all++;
			in += (size_t)open;
		}
		prev = cp;
	}
	return all ? (double)in / (double)all : 0;
}

/* Make room for nt term numbers in the per-term arrays. */
static int
term_room(struct summarizer *sm, size_t nt)
{
	size_t cap = sm->ntcap, n;
	double *a, *b, *c;

	if (nt <= cap)
		return 0;
	n = cap ? cap : 1024;
	while (n < nt)
		n *= 2;
	if ((a = realloc(sm->tidf, n * sizeof(*a))) == NULL)
		return -1;
	sm->tidf = a;
	if ((b = realloc(sm->dense, n * sizeof(*b))) == NULL)
		return -1;
	sm->dense = b;
	if ((c = realloc(sm->centroid, n * sizeof(*c))) == NULL)
		return -1;
	sm->centroid = c;
	if ((c = realloc(sm->sdf, n * sizeof(*c))) == NULL)
		return -1;
	sm->sdf = c;
	memset(sm->dense + cap, 0, (n - cap) * sizeof(*b));
	sm->ntcap = n;
	return 0;
}

static double
idf_of(const struct summarizer *sm, uint64_t key)
{
	uint32_t df = 0;

	if (sm->ndocs < 1)
		return 1.0;
	table_get(&sm->idf, key, &df);
	return log((sm->ndocs + 1.0) / (df + 0.5));
}

/* The terms and weights of sentence i. */
static int
sentence_terms(struct summarizer *sm, const struct sum_sent *s, size_t i)
{
	struct sinfo *si = &sm->si[i];
	long nk, k;
	uint32_t t;
	size_t j, first;
	double w, norm = 0;

	if ((nk = sum_terms(sm, s->text, s->len, &sm->keys, &sm->keycap,
	    NULL)) < 0)
		return -1;
	first = sm->ntw;
	for (k = 0; k < nk; k++) {
		t = (uint32_t)sm->terms.n;
		if (table_put(&sm->terms, sm->keys[k], &t) < 0 ||
		    term_room(sm, (size_t)t + 1) < 0)
			return -1;
		sm->tidf[t] = idf_of(sm, sm->keys[k]);
		if (sm->dense[t] == 0) {
			if (grow(&sm->tw, sm->ntw, &sm->twcap,
			    sizeof(*sm->tw)) < 0)
				return -1;
			sm->tw[sm->ntw].t = t;
			sm->tw[sm->ntw].w = 0;
			sm->ntw++;
		}
		sm->dense[t] += 1;	/* term frequency, for now */
	}
	for (j = first; j < sm->ntw; j++) {
		t = sm->tw[j].t;
		w = (1.0 + log(sm->dense[t])) * sm->tidf[t];
		sm->tw[j].w = (float)w;
		norm += w * w;
		sm->dense[t] = 0;
	}
	si->t0 = first;
	si->nt = sm->ntw - first;
	si->norm = sqrt(norm);
	return 0;
}

/* Does the sentence hold a picture credit, "Image: NAME", "Photo: NAME",
 * "(credit: NAME)"?  Its paragraph is then a caption. */
static int
has_credit(const char *s, size_t n)
{
	static const char *const cue[] = { "image", "images", "photo",
	    "photos", "photograph", "picture", "pictures", "credit" };
	const char *c = s, *end = s + n, *w;
	size_t k, len;

	while ((c = memchr(c, ':', (size_t)(end - c))) != NULL) {
		for (w = c; w > s && (w[-1] | 0x20) >= 'a' &&
		    (w[-1] | 0x20) <= 'z'; w--)
			;
		len = (size_t)(c - w);
		for (k = 0; k < sizeof(cue) / sizeof(cue[0]); k++)
			if (strlen(cue[k]) == len &&
			    strncasecmp(w, cue[k], len) == 0 &&
			    c + 1 < end && c[1] == ' ')
				return 1;
		c++;
	}
	return 0;
}

/* Does the text start with a lower-case word (after quotes or brackets;
 * "eBay" and "iPhone" do not count)?  Then it is a fragment: a caption,
 * or a piece of a sentence. */
static int
starts_lower(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	int32_t cp;
	int len, lower = -1;

	while (i < n) {
		len = utf8_decode(u + i, n - i, &cp);
		i += (size_t)len;
		if (cp >= 0 && u_isalpha(cp)) {
			if (lower < 0)
				lower = u_islower(cp);
			else if (u_isupper(cp))
				return 0;
		} else if (lower >= 0 || (cp >= 0 && u_isdigit(cp))) {
			break;
		}
	}
	return lower > 0;
}

/* The lead paragraph of each document is the paragraph of its first
 * choosable sentence that is not a fragment (a caption's "pilgrims at the
 * Grand Mosque in 2008."): news tells the story there, and the sentences
 * after the first in it go on with the story where later ones turn to
 * details, background and quotations.  Its questions (an interview's
 * opening question) are not the story. */
static void
lead_paragraphs(struct summarizer *sm, const struct sum_sent *s, size_t n)
{
	size_t i, first = SIZE_MAX;

	for (i = 0; i < n; i++) {
		if (i == 0 || s[i].doc != s[i - 1].doc)
			first = SIZE_MAX;
		if (first == SIZE_MAX && sm->si[i].ok &&
		    !starts_lower(s[i].text, s[i].len))
			first = i;
		sm->si[i].leadpara = first != SIZE_MAX && sm->si[i].ok &&
		    s[i].para == s[first].para && !sm->si[i].question &&
		    !starts_lower(s[i].text, s[i].len);
	}
}

/* Which sentences may be chosen, their ranks, and the headlines. */
static void
mark_sentences(struct summarizer *sm, const struct sum_sent *s, size_t n)
{
	size_t i, j, k, nok = 0, rank = 0;
	int pass, ends, lede = 0, credit;

	for (i = 0; i < n; i++) {
		ends = ends_sentence(s[i].text, s[i].len);
		sm->si[i].head = (i == 0 || s[i].doc != s[i - 1].doc) && !ends &&
		    sm->si[i].nt > 0;
		sm->si[i].ok = ends && sm->si[i].lwords >= P.min_words &&
		    sm->si[i].nt > 0;
	}
	/* captions: a short paragraph with a picture credit, or the
	 * sentence with the credit in a longer one */
	for (i = 0; i < n; i = j) {
		for (j = i, credit = 0; j < n && s[j].doc == s[i].doc &&
		    s[j].para == s[i].para; j++)
			if (has_credit(s[j].text, s[j].len))
				credit = 1;
		for (k = i; credit && k < j; k++)
			if (j - i <= 4 || has_credit(s[k].text, s[k].len))
				sm->si[k].ok = 0;
	}
	for (i = 0; i < n; i++)
		nok += (size_t)sm->si[i].ok;
	/* nothing looks like a sentence: take what has words, or anything */
	for (pass = 0; nok == 0 && pass < 2; pass++)
		for (i = 0; i < n; i++) {
			sm->si[i].ok = pass == 1 || sm->si[i].nt > 0;
			nok += (size_t)sm->si[i].ok;
		}
	for (i = 0; i < n; i++) {
		if (i > 0 && s[i].doc != s[i - 1].doc) {
			rank = 0;
			lede = 0;
		}
		sm->si[i].rank = rank;
		sm->si[i].lede = 0;
		if (!lede && sm->si[i].ok && rank < 3 &&
		    ends_sentence(s[i].text, s[i].len) &&
		    !sm->si[i].question && !starts_lower(s[i].text, s[i].len) &&
		    sm->si[i].lwords >= P.lede_min)
			sm->si[i].lede = lede = 1;
		rank += (size_t)sm->si[i].ok;
	}
	lead_paragraphs(sm, s, n);
}

/* Cosine of sentences a and b, with a's weights spread in dense[]. */
static double
cos_dense(const struct summarizer *sm, size_t a, size_t b)
{
	const struct sinfo *sa = &sm->si[a], *sb = &sm->si[b];
	double dot = 0;
	size_t j;

	if (sa->norm == 0 || sb->norm == 0)
		return 0;
	for (j = sb->t0; j < sb->t0 + sb->nt; j++)
		dot += sm->dense[sm->tw[j].t] * sm->tw[j].w;
	return dot / (sa->norm * sb->norm);
}

static void
spread(struct summarizer *sm, size_t i, double *v, double f)
{
	const struct sinfo *si = &sm->si[i];
	size_t j;

	for (j = si->t0; j < si->t0 + si->nt; j++)
		v[sm->tw[j].t] += f * sm->tw[j].w;
}

static void
unspread(struct summarizer *sm, size_t i, double *v)
{
	const struct sinfo *si = &sm->si[i];
	size_t j;

	for (j = si->t0; j < si->t0 + si->nt; j++)
		v[sm->tw[j].t] = 0;
}

/* Cosine of sentence i and the vector v of length vnorm. */
static double
cos_vec(const struct summarizer *sm, size_t i, const double *v, double vnorm)
{
	const struct sinfo *si = &sm->si[i];
	double dot = 0;
	size_t j;

	if (si->norm == 0 || vnorm == 0)
		return 0;
	for (j = si->t0; j < si->t0 + si->nt; j++)
		dot += v[sm->tw[j].t] * sm->tw[j].w;
	return dot / (si->norm * vnorm);
}

static double
vnorm(const double *v, size_t n)
{
	double s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s += v[i] * v[i];
	return sqrt(s);
}

/* How many sentences at most, from the length asked for and the number of
 * choosable sentences nok. */
static size_t
max_sentences(const struct sum_opts *len, size_t nok)
{
	size_t m = SIZE_MAX, r;

	if (len->nsent == 0 && len->ratio <= 0 && len->words == 0)
		m = 3;
	if (len->nsent)
		m = len->nsent;
	if (len->ratio > 0) {
		r = (size_t)ceil(len->ratio * (double)nok - 1e-9);
		if (r < 1)
			r = 1;
		if (r < m)
			m = r;
	}
	return m;
}

/* About how many sentences the summary will have, k >= 1: the number
 * asked for, or a ratio's, or a word budget over the mean length of the
 * choosable sentences, whichever is smallest, and no more than there are
 * choosable sentences.  For all the input: a cluster's summary of -w 100
 * is about five sentences, whatever the number of its articles. */
static double
summary_length(const struct summarizer *sm, size_t n,
    const struct sum_opts *len)
{
	size_t i, nok = 0, nw = 0;
	double k;

	for (i = 0; i < n; i++)
		if (sm->si[i].ok) {
			nok++;
			nw += sm->si[i].words;
		}
	k = (double)max_sentences(len, nok);
	if (k > (double)nok)
		k = (double)nok;
	if (len->words && nw > 0 &&
	    (double)len->words * (double)nok / (double)nw < k)
		k = (double)len->words * (double)nok / (double)nw;
	return k < 1 ? 1 : k;
}

/* The cheap part of relevance, for every choosable sentence: position,
 * lede, quotation, word frequency, headline and centroid.  Stored in
 * pre[]. */
static void
pre_scores(struct summarizer *sm, size_t n, const struct sum_opts *len)
{
	size_t i, j, nt = sm->terms.n;
	double hn, cn, *head = sm->dense, mx = 0, d, k, shrt, wpos;
	const struct sinfo *si;
	int nhead = 0;

	/* the shorter the summary, the more it must be the point of the
	 * story, which news puts first: position and the lede weigh more,
	 * quotations less; and the first k sentences are about as likely
	 * as each other to be in it */
	k = summary_length(sm, n, len);
	shrt = 1.0 / pow(k, P.len_exp);
	wpos = P.w_pos * (1.0 + P.pos_short * shrt);

	memset(sm->centroid, 0, nt * sizeof(*sm->centroid));
	memset(sm->sdf, 0, nt * sizeof(*sm->sdf));
	for (i = 0; i < n; i++) {
		if (sm->si[i].ok && sm->si[i].norm > 0)
			spread(sm, i, sm->centroid, 1.0 / sm->si[i].norm);
		if (sm->si[i].ok)
			for (j = sm->si[i].t0; j < sm->si[i].t0 + sm->si[i].nt; j++)
				sm->sdf[sm->tw[j].t] += 1;
		if (sm->si[i].head) {
			spread(sm, i, head, 1.0 / sm->si[i].norm);
			nhead++;
		}
	}
	hn = nhead ? vnorm(head, nt) : 0;
	cn = vnorm(sm->centroid, nt);
	/* word frequency (Luhn; OTS and SumBasic score so): for each term of
	 * the sentence, how many other sentences have it; divided by the
	 * square root of its number of terms, so that a sentence that says
	 * more of what the document is about scores more, but a long one
	 * does not win on length alone */
	for (i = 0; i < n; i++) {
		si = &sm->si[i];
		if (!si->ok)
			continue;
		for (j = si->t0, d = 0; j < si->t0 + si->nt; j++)
			d += sm->sdf[sm->tw[j].t] - 1;
		if (si->nt > 0)
			d /= pow((double)si->nt, P.freq_norm);
		sm->pre[i] = d;
		if (d > mx)
			mx = d;
	}
	for (i = 0; i < n; i++) {
		si = &sm->si[i];
		if (!si->ok)
			continue;
		if (len->lead) {
			sm->pre[i] = 1.0 / (1.0 + (double)si->rank);
			continue;
		}
		sm->pre[i] = P.w_freq * (mx > 0 ? sm->pre[i] / mx : 0) +
		    wpos * pow(k / (k + (double)si->rank), P.pos_exp) +
		    (si->lede ? P.lede * shrt : 0) +
		    (si->leadpara ? P.w_para / pow(k, P.para_exp) : 0) -
		    P.w_quote * shrt * si->quoted +
		    P.w_head * cos_vec(sm, i, head, hn) +
		    P.w_centroid * cos_vec(sm, i, sm->centroid, cn);
	}
	memset(head, 0, nt * sizeof(*head));
}

/* Rank sentence indexes by pre[], best first, ties to the earlier. */
static const double *sort_key;

static int
cmp_pre(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	if (sort_key[x] != sort_key[y])
		return sort_key[x] > sort_key[y] ? -1 : 1;
	return x < y ? -1 : x > y;
}

static int
cmp_idx(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* The graph's sentences: every choosable one, or the SUM_MAX_GRAPH with
 * the best cheap scores; in input order. */
static size_t
pick_candidates(struct summarizer *sm, size_t n)
{
	size_t i, nc = 0;

	for (i = 0; i < n; i++)
		if (sm->si[i].ok)
			sm->cand[nc++] = i;
	if (nc > SUM_MAX_GRAPH) {
		sort_key = sm->pre;
		qsort(sm->cand, nc, sizeof(*sm->cand), cmp_pre);
		nc = SUM_MAX_GRAPH;
		qsort(sm->cand, nc, sizeof(*sm->cand), cmp_idx);
	}
	return nc;
}

/* Similarities of the candidates, and their PacSum centrality. */
static void
centrality(struct summarizer *sm, const struct sum_sent *s, size_t nc)
{
	size_t a, b, i, j;
	double lo = 1, hi = 0, thr, e, mx = 0, x;

	for (a = 0; a < nc; a++) {
		i = sm->cand[a];
		spread(sm, i, sm->dense, 1.0);
		sm->sim[a * nc + a] = 1;
		for (b = a + 1; b < nc; b++) {
			x = cos_dense(sm, i, sm->cand[b]);
			sm->sim[a * nc + b] = sm->sim[b * nc + a] = (float)x;
			if (x < lo)
				lo = x;
			if (x > hi)
				hi = x;
		}
		unspread(sm, i, sm->dense);
		sm->cent[a] = 0;
	}
	thr = lo + P.beta * (hi - lo);
	for (a = 0; a < nc; a++) {
		i = sm->cand[a];
		for (b = a + 1; b < nc; b++) {
			j = sm->cand[b];
			if ((e = sm->sim[a * nc + b] - thr) <= 0)
				continue;
			if (s[i].doc == s[j].doc) {
				sm->cent[a] += P.fwd * e;
				sm->cent[b] += P.back * e;
			} else {
				sm->cent[a] += P.cross * e;
				sm->cent[b] += P.cross * e;
			}
		}
	}
	for (a = 0; a < nc; a++)
		if (sm->cent[a] > mx)
			mx = sm->cent[a];
	for (a = 0; a < nc; a++)
		sm->cent[a] = mx > 0 ? sm->cent[a] / mx : 0;
}

/* Maximal Marginal Relevance over the candidates; the choices go to out
 * in input order. */
static long
select_mmr(struct summarizer *sm, size_t nc, size_t nok,
    const struct sum_opts *len, struct sum_choice **out, size_t *cap)
{
	size_t a, b, best, nout = 0, words = 0, maxn, i;
	double v, bestv;

	maxn = max_sentences(len, nok);
	for (a = 0; a < nc; a++) {
		sm->maxsim[a] = 0;
		sm->taken[a] = 0;
	}
	while (nout < maxn) {
		best = SIZE_MAX;
		bestv = -HUGE_VAL;
		for (a = 0; a < nc; a++) {
			if (sm->taken[a] || (!len->lead && nout > 0 &&
			    sm->maxsim[a] >= P.dup))
				continue;
			if (len->words && nout > 0 &&
			    words + sm->si[sm->cand[a]].words > len->words)
				continue;
			v = sm->si[sm->cand[a]].score -
			    (len->lead ? 0 : P.mmr * sm->maxsim[a]);
			if (v > bestv) {
				bestv = v;
				best = a;
			}
		}
		if (best == SIZE_MAX)
			break;
		sm->taken[best] = 1;
		i = sm->cand[best];
		words += sm->si[i].words;
		if (grow(out, nout, cap, sizeof(**out)) < 0)
			return -1;
		(*out)[nout].idx = i;
		(*out)[nout].score = sm->si[i].score;
		nout++;
		for (b = 0; b < nc; b++)
			if (sm->sim[best * nc + b] > sm->maxsim[b])
				sm->maxsim[b] = sm->sim[best * nc + b];
	}
	return (long)nout;
}

static int
cmp_choice(const void *a, const void *b)
{
	size_t x = ((const struct sum_choice *)a)->idx;
	size_t y = ((const struct sum_choice *)b)->idx;

	return x < y ? -1 : x > y;
}

/* Make room for n sentences in the per-sentence arrays. */
static int
sent_room(struct summarizer *sm, size_t n)
{
	size_t nc = n < SUM_MAX_GRAPH ? n : SUM_MAX_GRAPH;

	if (grow(&sm->si, n, &sm->sicap, sizeof(*sm->si)) < 0 ||
	    grow(&sm->cand, n, &sm->candcap, sizeof(*sm->cand)) < 0 ||
	    grow(&sm->pre, n, &sm->precap, sizeof(*sm->pre)) < 0 ||
	    grow(&sm->cent, nc, &sm->centcap, sizeof(*sm->cent)) < 0 ||
	    grow(&sm->maxsim, nc, &sm->maxsimcap, sizeof(*sm->maxsim)) < 0 ||
	    grow(&sm->taken, nc, &sm->takencap, sizeof(*sm->taken)) < 0 ||
	    grow(&sm->sim, nc * nc, &sm->simcap, sizeof(*sm->sim)) < 0)
		return -1;
	return 0;
}

long
summarize(struct summarizer *sm, const struct sum_sent *s, size_t n,
    const struct sum_opts *len, struct sum_choice **out, size_t *cap)
{
	size_t i, a, nc, nok = 0;
	long nout;

#ifdef SUM_TUNE
	tune();
#endif
	if (n == 0)
		return 0;
	if (n > SUM_MAX_SENTS || sent_room(sm, n) < 0)
		return -1;
	table_clear(&sm->terms);
	sm->ntw = 0;
	for (i = 0; i < n; i++) {
		if (sentence_terms(sm, &s[i], i) < 0)
			return -1;
		sm->si[i].words = count_words(s[i].text, s[i].len,
		    &sm->si[i].lwords);
		sm->si[i].quoted = quoted_share(s[i].text, s[i].len);
		sm->si[i].question = final_mark(s[i].text, s[i].len) == '?';
		sm->si[i].score = 0;
	}
	if (term_room(sm, sm->terms.n + 1) < 0)
		return -1;
	mark_sentences(sm, s, n);
	pre_scores(sm, n, len);
	nc = pick_candidates(sm, n);
	if (!len->lead)
		centrality(sm, s, nc);
	for (a = 0; a < nc; a++) {
		i = sm->cand[a];
		sm->si[i].score = sm->pre[i] + (len->lead ? 0 :
		    P.w_cent * sm->cent[a]);
	}
	for (i = 0; i < n; i++)
		nok += (size_t)sm->si[i].ok;
	if ((nout = select_mmr(sm, nc, nok, len, out, cap)) < 0)
		return -1;
	qsort(*out, (size_t)nout, sizeof(**out), cmp_choice);
	return nout;
}
