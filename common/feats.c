#include "feats.h"

#include <string.h>

#include "hash.h"
#include "utf8.h"

#define NORM_MAX 64		/* longer words are cut for the word feature */

/* A key from a template number and up to two values. */
static inline uint64_t
key2(unsigned tmpl, uint64_t a, uint64_t b)
{
	return mkey(hash_mix(a * 0x9E3779B97F4A7C15ULL + b +
	    (uint64_t)tmpl * 0xD6E8FEB86659FD93ULL));
}

static inline uint64_t
key1(unsigned tmpl, uint64_t a)
{
	return key2(tmpl, a, 0);
}

/* Character classes for the shape: "Erdoğan" is "Xx", "S-400" "X-d",
 * "U.S." "X.X.", runs of one class squeezed to two. */
static char
shape_class(int32_t cp)
{
	if (u_isupper(cp))
		return 'X';
	if (u_islower(cp) || u_isalpha(cp))
		return 'x';
	if (u_isdigit(cp))
		return 'd';
	return cp < 0x80 && cp > ' ' ? (char)cp : '*';
}

static void
ftok_shape(struct ftok *t)
{
	const unsigned char *s = (const unsigned char *)t->form;
	size_t i = 0;
	char prev = 0, c;
	int run = 0, len;
	int32_t cp;
	uint64_t h = HASH_INIT;

	while (i < t->len) {
		len = utf8_decode(s + i, t->len - i, &cp);
		c = shape_class(cp);
		if (i == 0) {
			if (u_isupper(cp))
				t->flags |= FT_UPPER;
			else if (u_islower(cp))
				t->flags |= FT_LOWER;
		}
		if (u_isdigit(cp))
			t->flags |= FT_DIGIT;
		if (cp == '-')
			t->flags |= FT_HYPHEN;
		run = c == prev ? run + 1 : 1;
		if (run <= 2)
			h = hash_byte(h, (unsigned char)c);
		prev = c;
		i += (size_t)len;
	}
	t->shape_h = h;
}

/* Lower case, digits as 0: "2019" and "1987" are one word to the model. */
static size_t
normalize(const char *s, size_t n, char *out)
{
	size_t i;
	unsigned char c;

	if (n > NORM_MAX)
		n = NORM_MAX;
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 :
		    c >= '0' && c <= '9' ? '0' : c);
	}
	return n;
}

uint64_t
ftok_norm_key(const char *form, size_t len)
{
	char norm[NORM_MAX];

	return hash_str(norm, normalize(form, len, norm));
}

static void
ftok_lookups(struct ftok *t, const struct model *m)
{
	const struct mslot *s;

	if (m == NULL)
		return;
	if ((s = mtable_get(&m->clusters, t->form_h)) != NULL ||
	    (s = mtable_get(&m->clusters, t->norm_h)) != NULL) {
		t->clen = (uint8_t)(mslot_b(s) < 24 ? mslot_b(s) : 24);
		t->cluster = t->clen ? mslot_a(s) << (32 - t->clen) : 0;
	}
	if ((s = mtable_get(&m->gaz, t->norm_h)) != NULL) {
		t->gaz = (uint16_t)(mslot_a(s) & GAZ_CLASSES);
		t->starts = (uint8_t)(mslot_a(s) >> GAZ_STARTS_SHIFT &
		    GAZ_STARTS_MASK);
	}
	if ((s = mtable_get(&m->eclusters, t->norm_h)) != NULL) {
		t->eclen = (uint8_t)(mslot_b(s) < 24 ? mslot_b(s) : 24);
		t->ecluster = t->eclen ? mslot_a(s) << (32 - t->eclen) : 0;
	}
}

void
ftok_init(struct ftok *t, const char *form, size_t len, int first,
    const struct model *m)
{
	char norm[NORM_MAX];
	size_t nl = normalize(form, len, norm), k;
	const char *dash = memrchr(form, '-', len);
	int up = 1;

	memset(t, 0, sizeof(*t));
	t->form = form;
	t->len = (uint32_t)len;
	t->form_h = hash_str(form, len);
	t->norm_h = hash_str(norm, nl);
	for (k = 0; k < 4; k++)
		t->suf_h[k] = k < nl ? hash_str(norm + nl - k - 1, k + 1) : 0;
	for (k = 0; k < 3; k++)
		t->pre_h[k] = k < nl ? hash_str(norm, k + 1) : 0;
	if (dash && dash + 1 < form + len) {	/* "long-standing": "standing" */
		size_t off = (size_t)(dash + 1 - form);

		t->hyph_h = off < nl ? hash_str(norm + off, nl - off) :
		    hash_str(dash + 1, len - off);
	}
	ftok_shape(t);
	if (first)
		t->flags |= FT_FIRST;
	for (k = 0; k < len; k++)
		if (form[k] >= 'a' && form[k] <= 'z')
			up = 0;
	if (up && (t->flags & FT_UPPER) && len > 1)
		t->flags |= FT_ALLCAPS;
	ftok_lookups(t, m);
}

uint64_t
phrase_key(const uint64_t *norm, size_t k)
{
	return mkey(hash_add(hash_byte(HASH_INIT, ' '), norm, k * sizeof(*norm)));
}

void
ftok_phrases(struct ftok *t, size_t n, const struct model *m)
{
	uint64_t norm[PHRASE_MAX] = { 0 };
	const struct mslot *s;
	size_t i, k, j;

	if (m == NULL || m->gaz.slot == NULL)
		return;
	for (i = 0; i < n; i++) {
		if (t[i].starts == 0)
			continue;
		for (k = 0; k < PHRASE_MAX && i + k < n; k++)
			norm[k] = t[i + k].norm_h;
		for (; k >= 2; k--) {
			if (!(t[i].starts & 1u << (k - 2)) || (s =
			    mtable_get(&m->gaz, phrase_key(norm, k))) == NULL)
				continue;
			for (j = 0; j < k; j++) {
				t[i + j].pgaz = (uint16_t)mslot_a(s);
				t[i + j].pbegin = j == 0;
			}
			i += k - 1;
			break;
		}
	}
}

/* Bit-string prefixes of a word class: coarse to fine. */
static size_t
bits_keys(unsigned tmpl, uint32_t bits, uint8_t blen, uint64_t *keys)
{
	static const uint8_t len[] = { 4, 8, 12, 20 };
	size_t k, n = 0;

	if (blen == 0)
		return 0;
	for (k = 0; k < sizeof(len); k++) {
		uint8_t l = len[k] < blen ? len[k] : blen;

		keys[n++] = key2(tmpl + (unsigned)k, bits >> (32 - l), l);
		if (l == blen)
			break;
	}
	return n;
}

/* The word's classes: from the training text, and from word vectors. */
static size_t
cluster_keys(unsigned tmpl, const struct ftok *t, uint64_t *keys)
{
	size_t n = bits_keys(tmpl, t->cluster, t->clen, keys);

	return n + bits_keys(tmpl + 200, t->ecluster, t->eclen, keys + n);
}

/* The part-of-speech features of the word itself: the same wherever it
 * stands (but first in a sentence or not), so a tagger may keep their
 * scores for frequent words. */
size_t
pos_word_features(const struct ftok *t, size_t i, uint64_t *keys)
{
	const struct ftok *w = &t[i];
	size_t k = 0, j;

	keys[k++] = key1(1, 0);					/* bias */
	keys[k++] = key1(2, w->norm_h);
	keys[k++] = key1(3, w->form_h);
	for (j = 0; j < 4; j++)
		if (w->suf_h[j])
			keys[k++] = key1(4 + (unsigned)j, w->suf_h[j]);
	for (j = 0; j < 3; j++)
		if (w->pre_h[j])
			keys[k++] = key1(8 + (unsigned)j, w->pre_h[j]);
	keys[k++] = key1(11, w->shape_h);
	keys[k++] = key1(12, w->flags);
	if (w->hyph_h)
		keys[k++] = key1(13, w->hyph_h);
	k += cluster_keys(40, w, keys + k);
	return k;
}

static const struct ftok none;	/* beyond either end of the sentence */

const struct ftok *
ftok_near(const struct ftok *t, size_t n, size_t i, int d)
{
	if (d < 0 && (size_t)-d > i)
		return &none;
	if (d > 0 && i + (size_t)d >= n)
		return &none;
	return &t[(ptrdiff_t)i + d];
}

/* The features of the word before, which depend on nothing else. */
size_t
pos_left_features(const struct ftok *l1, uint64_t *keys)
{
	size_t k = 0;

	keys[k++] = key1(14, l1->norm_h);
	keys[k++] = key1(15, l1->suf_h[2]);
	keys[k++] = key1(28, l1->shape_h);
	return k + cluster_keys(48, l1, keys + k);
}

/* Those of the word after. */
size_t
pos_right_features(const struct ftok *r1, uint64_t *keys)
{
	size_t k = 0;

	keys[k++] = key1(17, r1->norm_h);
	keys[k++] = key1(18, r1->suf_h[2]);
	keys[k++] = key1(27, r1->shape_h);
	return k + cluster_keys(44, r1, keys + k);
}

/* Those of the two tags before. */
size_t
pos_tag_features(unsigned p1, unsigned p2, uint64_t *keys)
{
	keys[0] = key1(20, p1);
	keys[1] = key2(21, p1, p2);
	keys[2] = key1(23, p2);
	return 3;
}

/* The rest: the words two away, pairs of the word with its neighbours and
 * with the tag before. */
size_t
pos_pair_features(const struct ftok *t, size_t n, size_t i, unsigned p1,
    uint64_t *keys)
{
	const struct ftok *w = &t[i], *l1 = ftok_near(t, n, i, -1);
	const struct ftok *r1 = ftok_near(t, n, i, 1);
	size_t k = 0;

	keys[k++] = key1(16, ftok_near(t, n, i, -2)->norm_h);
	keys[k++] = key1(19, ftok_near(t, n, i, 2)->norm_h);
	keys[k++] = key2(22, p1, w->norm_h);
	keys[k++] = key2(24, w->norm_h, r1->norm_h);
	keys[k++] = key2(25, l1->norm_h, w->norm_h);
	keys[k++] = key2(26, p1, w->suf_h[2]);
	return k;
}

size_t
pos_context_features(const struct ftok *t, size_t n, size_t i, unsigned p1,
    unsigned p2, uint64_t *keys)
{
	size_t k = pos_left_features(ftok_near(t, n, i, -1), keys);

	k += pos_right_features(ftok_near(t, n, i, 1), keys + k);
	k += pos_tag_features(p1, p2, keys + k);
	return k + pos_pair_features(t, n, i, p1, keys + k);
}

size_t
pos_features(const struct ftok *t, size_t n, size_t i, unsigned p1,
    unsigned p2, uint64_t *keys)
{
	size_t k = pos_word_features(t, i, keys);

	return k + pos_context_features(t, n, i, p1, p2, keys + k);
}

/* "of", "and", "the", "for", "&" inside a name ("Bank of America") */
static int
name_glue(const struct ftok *t)
{
	static uint64_t glue[5];
	size_t k;

	if (glue[0] == 0) {
		glue[0] = ftok_norm_key("of", 2);
		glue[1] = ftok_norm_key("and", 3);
		glue[2] = ftok_norm_key("the", 3);
		glue[3] = ftok_norm_key("for", 3);
		glue[4] = ftok_norm_key("&", 1);
	}
	for (k = 0; k < 5; k++)
		if (t->norm_h == glue[k])
			return 1;
	return 0;
}

/* The last capitalised word of the name that starts at i ("University" for
 * "Georgetown" in "Georgetown University"): the type of a name is mostly
 * in its head, which a left-to-right tagger has not reached yet. */
static const struct ftok *
name_head(const struct ftok *t, size_t n, size_t i, size_t *len)
{
	size_t j, last = i;

	for (j = i + 1; j < n && j < i + 8; j++) {
		if (t[j].flags & FT_UPPER)
			last = j;
		else if (!name_glue(&t[j]))
			break;
	}
	*len = last - i + 1;
	return &t[last];
}

/* The entity features of the word itself, its place in a gazetteer
 * phrase included. */
size_t
ner_word_features(const struct ftok *w, uint64_t *keys)
{
	size_t k = 0, j;

	keys[k++] = key1(101, 0);
	keys[k++] = key1(102, w->norm_h);
	keys[k++] = key1(103, w->form_h);
	for (j = 0; j < 4; j++)
		if (w->suf_h[j])
			keys[k++] = key1(104 + (unsigned)j, w->suf_h[j]);
	for (j = 0; j < 3; j++)
		if (w->pre_h[j])
			keys[k++] = key1(108 + (unsigned)j, w->pre_h[j]);
	keys[k++] = key1(111, w->shape_h);
	keys[k++] = key1(112, w->flags);
	keys[k++] = key1(126, w->gaz);
	keys[k++] = key2(127, w->gaz, w->flags);
	if (w->pgaz)
		keys[k++] = key2(155, w->pgaz, w->pbegin);
	if (w->hyph_h)
		keys[k++] = key1(137, w->hyph_h);
	return k + cluster_keys(140, w, keys + k);
}

/* Those of the word before, and of the word after. */
size_t
ner_left_features(const struct ftok *l1, uint64_t *keys)
{
	size_t k = 0;

	keys[k++] = key1(113, l1->form_h);
	keys[k++] = key1(117, l1->shape_h);
	keys[k++] = key1(128, l1->gaz);
	return k + cluster_keys(148, l1, keys + k);
}

size_t
ner_right_features(const struct ftok *r1, uint64_t *keys)
{
	size_t k = 0;

	keys[k++] = key1(115, r1->form_h);
	keys[k++] = key1(118, r1->shape_h);
	keys[k++] = key1(129, r1->gaz);
	return k + cluster_keys(144, r1, keys + k);
}

/* The rest of what does not depend on the labels before, in parts (the
 * union is ner_context_features()): the words two away; the parts of
 * speech around the word; gazetteer classes around it, the document's
 * memory of it and its flags; pairs of its shape with its neighbours; and
 * the name it begins. */
size_t
ner_far_features(const struct ftok *t, size_t n, size_t i, uint64_t *keys)
{
	keys[0] = key1(114, ftok_near(t, n, i, -2)->norm_h);
	keys[1] = key1(116, ftok_near(t, n, i, 2)->norm_h);
	return 2;
}

/* The tags of words i - 1, i and i + 1, FTAG_NONE beyond the sentence. */
static void
pos_around(size_t n, size_t i, const struct nerctx *c, unsigned *l,
    unsigned *w, unsigned *r)
{
	*l = i > 0 ? c->pos[i - 1] : FTAG_NONE;
	*w = c->pos[i];
	*r = i + 1 < n ? c->pos[i + 1] : FTAG_NONE;
}

size_t
ner_pos_features(size_t n, size_t i, const struct nerctx *c, uint64_t *keys)
{
	unsigned posl, pos, posr;

	pos_around(n, i, c, &posl, &pos, &posr);
	keys[0] = key1(119, pos);
	keys[1] = key2(120, posl, pos);
	keys[2] = key2(121, pos, posr);
	return 3;
}

uint64_t
ner_pos_key(size_t n, size_t i, const struct nerctx *c)
{
	unsigned posl, pos, posr;

	pos_around(n, i, c, &posl, &pos, &posr);
	return ((uint64_t)posl << 32 | (uint64_t)pos << 16 | posr) + 1;
}

static size_t
ner_mem_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys)
{
	const struct ftok *w = &t[i], *l1 = ftok_near(t, n, i, -1);

	keys[0] = key2(130, l1->gaz, w->gaz);
	keys[1] = key1(131, c->docmem);
	keys[2] = key2(132, c->docmem, w->flags);
	return 3;
}

static size_t
ner_gaz_features(const struct ftok *t, size_t n, size_t i, uint64_t *keys)
{
	const struct ftok *w = &t[i], *r1 = ftok_near(t, n, i, 1);

	keys[0] = key2(160, w->gaz, (uint64_t)r1->gaz << 8 |
	    (r1->flags & FT_UPPER) | (w->flags & FT_UPPER) << 4);
	return 1;
}

size_t
ner_around_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys)
{
	size_t k = ner_mem_features(t, n, i, c, keys);

	return k + ner_gaz_features(t, n, i, keys + k);
}

uint64_t
ner_around_key(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c)
{
	const struct ftok *w = &t[i], *l1 = ftok_near(t, n, i, -1);
	const struct ftok *r1 = ftok_near(t, n, i, 1);

	return key2(3, (uint64_t)l1->gaz << 32 | (uint64_t)w->gaz << 16 |
	    r1->gaz, (uint64_t)c->docmem << 32 |
	    (uint64_t)(r1->flags & FT_UPPER) << 16 | w->flags);
}

size_t
ner_pair_features(const struct ftok *t, size_t n, size_t i, uint64_t *keys)
{
	const struct ftok *w = &t[i], *l1 = ftok_near(t, n, i, -1);
	const struct ftok *r1 = ftok_near(t, n, i, 1);

	keys[0] = key2(133, l1->norm_h, w->shape_h);
	keys[1] = key2(134, w->shape_h, r1->norm_h);
	keys[2] = key2(135, l1->suf_h[2], w->shape_h);
	return 3;
}

size_t
ner_head_features(const struct ftok *t, size_t n, size_t i, uint64_t *keys)
{
	size_t len;
	const struct ftok *h;

	if (!(t[i].flags & FT_UPPER))
		return 0;
	h = name_head(t, n, i, &len);
	keys[0] = key2(138, h->norm_h, len > 3 ? 3 : len);
	keys[1] = key1(139, h->suf_h[2]);
	keys[2] = key2(152, h->gaz, len > 1);
	return 3;
}

uint64_t
ner_head_key(const struct ftok *t, size_t n, size_t i)
{
	size_t len;
	const struct ftok *h;

	if (!(t[i].flags & FT_UPPER))
		return 1;
	h = name_head(t, n, i, &len);
	return key2(2, key2(0, h->norm_h, h->suf_h[2]),
	    (uint64_t)h->gaz << 8 | (len > 3 ? 3 : len));
}

size_t
ner_context_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys)
{
	size_t k = ner_far_features(t, n, i, keys);

	k += ner_pos_features(n, i, c, keys + k);
	k += ner_mem_features(t, n, i, c, keys + k);
	k += ner_pair_features(t, n, i, keys + k);
	k += ner_gaz_features(t, n, i, keys + k);
	return k + ner_head_features(t, n, i, keys + k);
}

/* The entity features that do not depend on the labels before: scored
 * once a token, whatever the history a beam hypothesis has. */
size_t
ner_static_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys)
{
	size_t k = ner_word_features(&t[i], keys);

	k += ner_left_features(ftok_near(t, n, i, -1), keys + k);
	k += ner_right_features(ftok_near(t, n, i, 1), keys + k);
	return k + ner_context_features(t, n, i, c, keys + k);
}

/* The entity features of the labels before (c->p1, c->p2, c->estart). */
/* The history features that depend on the label before alone (and the
 * token): the same for every hypothesis of a beam that ends in it. */
size_t
ner_label_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys)
{
	const struct ftok *w = &t[i], *l1 = ftok_near(t, n, i, -1);
	const struct ftok *r1 = ftok_near(t, n, i, 1);
	size_t k = 0;

	keys[k++] = key1(122, c->p1);
	keys[k++] = key2(124, c->p1, w->shape_h);
	keys[k++] = key2(125, c->p1, w->norm_h);
	keys[k++] = key2(136, c->p1, c->pos[i]);
	keys[k++] = key2(153, c->p1, w->gaz);
	keys[k++] = key2(161, c->p1, (uint64_t)l1->gaz << 16 | w->gaz |
	    (uint64_t)(l1->pgaz != 0) << 32);
	if (w->pgaz)
		keys[k++] = key2(156, w->pgaz, (uint64_t)w->pbegin << 8 | c->p1);
	keys[k++] = key2(154, c->p1, (uint64_t)w->gaz << 16 | r1->gaz);
	return k;
}

uint64_t
ner_label_key(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c)
{
	const struct ftok *w = &t[i], *l1 = ftok_near(t, n, i, -1);
	const struct ftok *r1 = ftok_near(t, n, i, 1);

	return key2(0, w->form_h, key2(0, (uint64_t)c->p1 << 48 |
	    (uint64_t)c->pos[i] << 32 | (uint64_t)l1->gaz << 16 | r1->gaz,
	    (uint64_t)(l1->pgaz != 0) << 32 | (uint64_t)w->pgaz << 8 |
	    w->pbegin));
}

/* The rest: the two labels before, and the entity so far. */
size_t
ner_path_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys)
{
	const struct ftok *w = &t[i];
	size_t k = 0;

	(void)n;
	keys[k++] = key2(123, c->p1, c->p2);
	if (c->p1 != 0 && c->p1 != FTAG_NONE && c->estart < i) {
		/* what the entity so far is: its first word, its length */
		const struct ftok *e = &t[c->estart];

		keys[k++] = key2(157, c->p1, (uint64_t)e->gaz << 16 | w->gaz);
		keys[k++] = key2(158, c->p1, e->norm_h);
		keys[k++] = key2(159, c->p1, i - c->estart > 3 ? 3 : i - c->estart);
	}
	return k;
}

uint64_t
ner_path_key(const struct ftok *t, size_t n, size_t i, const struct nerctx *c)
{
	const struct ftok *e = &t[c->estart];
	uint64_t labels = (uint64_t)c->p1 << 16 | c->p2;

	(void)n;
	if (c->p1 == 0 || c->p1 == FTAG_NONE || c->estart >= i)
		return key1(0, labels);
	return key2(1, labels << 8 | (i - c->estart > 3 ? 3 : i - c->estart),
	    key2(0, e->norm_h, (uint64_t)e->gaz << 16 | t[i].gaz));
}

size_t
ner_history_features(const struct ftok *t, size_t n, size_t i,
    const struct nerctx *c, uint64_t *keys)
{
	size_t k = ner_label_features(t, n, i, c, keys);

	return k + ner_path_features(t, n, i, c, keys + k);
}

size_t
ner_features(const struct ftok *t, size_t n, size_t i, const struct nerctx *c,
    uint64_t *keys)
{
	size_t k = ner_static_features(t, n, i, c, keys);

	return k + ner_history_features(t, n, i, c, keys + k);
}
