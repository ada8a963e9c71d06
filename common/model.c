#include "model.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hash.h"

#define MAGIC "NFMODEL"
#define HEADER_BYTES 24		/* magic 7, version 1, nsec 4, checksum 4,
				 * size 8 */
#define SUM_AT 12		/* where the checksum is */
#define SECDIR_BYTES 24		/* id 4, count 4, offset 8, bytes 8 */

const struct mslot *
mtable_get(const struct mtable *t, uint64_t key)
{
	uint32_t k = mkey_fold(key);
	uint64_t i;

	if (t->slot == NULL)
		return NULL;
	for (i = hash_mix(k) & t->mask;; i = (i + 1) & t->mask) {
		if (t->slot[i].key == k)
			return &t->slot[i];
		if (t->slot[i].key == 0)
			return NULL;
	}
}

/* ---- the checksum ---- */

/* A 32-bit sum of the file's bytes, its own four counted as zeros: one
 * multiply a word, so checking a model costs a few milliseconds at
 * start-up (a perceptron's weights hold no sum of their own, and one
 * flipped bit in them changes every score that reads it). */
struct msum {
	uint64_t h[4], len;
	unsigned char part[32];
	size_t npart;
};

static uint64_t
le64(const unsigned char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

static inline uint64_t
msum_mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
	return h ^ h >> 29;
}

/* 32 bytes, a word to each of four sums: they do not wait for each
 * other, so the processor works on all four at once. */
static void
msum_block(struct msum *s, const unsigned char *p)
{
	s->h[0] = msum_mix(s->h[0], le64(p));
	s->h[1] = msum_mix(s->h[1], le64(p + 8));
	s->h[2] = msum_mix(s->h[2], le64(p + 16));
	s->h[3] = msum_mix(s->h[3], le64(p + 24));
}

static void
msum_add(struct msum *s, const void *data, size_t n)
{
	const unsigned char *p = data;

	s->len += n;
	while (s->npart && n) {
		s->part[s->npart++] = *p++;
		n--;
		if (s->npart == 32) {
			msum_block(s, s->part);
			s->npart = 0;
		}
	}
	for (; n >= 32; p += 32, n -= 32)
		msum_block(s, p);
	memcpy(s->part, p, n);
	s->npart = n;
}

static uint32_t
msum_end(struct msum *s)
{
	uint64_t h;

	if (s->npart) {
		memset(s->part + s->npart, 0, 32 - s->npart);
		msum_block(s, s->part);
	}
	h = msum_mix(msum_mix(msum_mix(msum_mix(s->len, s->h[0]), s->h[1]),
	    s->h[2]), s->h[3]);
	return (uint32_t)(h ^ h >> 32);
}

/* The checksum of a whole file image p[0..size), size >= HEADER_BYTES. */
static uint32_t
file_sum(const unsigned char *p, size_t size)
{
	struct msum s = { { 1, 2, 3, 4 }, 0, { 0 }, 0 };
	static const unsigned char zero[4];

	msum_add(&s, p, SUM_AT);
	msum_add(&s, zero, 4);
	msum_add(&s, p + SUM_AT + 4, size - SUM_AT - 4);
	return msum_end(&s);
}

/* ---- loading ---- */

static uint32_t
rd32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static uint64_t
rd64(const unsigned char *p)
{
	return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

static int
bad(char *err, size_t errsize, const char *path, const char *why)
{
	snprintf(err, errsize, "%s: %s", path, why);
	return -1;
}

/* Class names from a pool of count NUL-terminated strings. */
static const char **
pool_names(const char *pool, uint64_t bytes, size_t *n)
{
	const char **names;
	uint64_t i, k = 0;

	for (i = 0; i < bytes; i++)
		k += pool[i] == '\0';
	if (bytes == 0 || pool[bytes - 1] != '\0' || k > 65535)
		return NULL;
	if ((names = calloc(k, sizeof(*names))) == NULL)
		return NULL;
	*n = 0;
	for (i = 0; i < bytes; i += strlen(pool + i) + 1)
		names[(*n)++] = pool + i;
	return names;
}

/* Table id, whose values index limit entries of another section. */
static int
table_of(struct model *m, int id, struct mtable *t, uint64_t limit)
{
	uint64_t n = m->count[id];

	t->limit = limit;
	if (m->sec[id] == NULL) {
		t->slot = NULL;
		t->mask = 0;
		return 0;
	}
	if (n == 0 || (n & (n - 1)) != 0)
		return -1;
	t->slot = m->sec[id];
	t->mask = n - 1;
	return 0;
}

static int
parse_sections(struct model *m, const char *path, char *err, size_t errsize)
{
	const unsigned char *p = m->map;
	uint32_t nsec, i, id;
	uint64_t off, bytes, cnt;
	static const size_t unit[MS_MAX] = {
		[MS_POS_CLASSES] = 1, [MS_POS_FEATS] = sizeof(struct mslot),
		[MS_POS_WEIGHTS] = sizeof(struct mweight),
		[MS_POS_DICT] = sizeof(struct mslot),
		[MS_LEMMAS] = sizeof(struct mslot), [MS_LEMMA_POOL] = 1,
		[MS_NER_CLASSES] = 1, [MS_NER_FEATS] = sizeof(struct mslot),
		[MS_NER_WEIGHTS] = sizeof(struct mweight),
		[MS_CLUSTERS] = sizeof(struct mslot),
		[MS_GAZ] = sizeof(struct mslot),
		[MS_ECLUSTERS] = sizeof(struct mslot),
		[MS_DEP_LABELS] = 1, [MS_DEP_FEATS] = sizeof(struct mslot),
		[MS_DEP_WEIGHTS] = sizeof(struct mweight),
		[MS_DEP_BEAM] = 4,
		[MS_QUOTE_FEATS] = sizeof(struct mslot),
		[MS_QUOTE_WEIGHTS] = sizeof(struct mweight)
	};

	if (m->size < HEADER_BYTES || memcmp(p, MAGIC, 7) != 0)
		return bad(err, errsize, path, "not a newsfilters model file");
	if (p[7] != MODEL_VERSION)
		return bad(err, errsize, path, "model format version not supported; "
		    "rebuild it with make model");
	nsec = rd32(p + 8);
	if (rd64(p + 16) != m->size)
		return bad(err, errsize, path, "truncated or damaged model file");
	if (file_sum(p, m->size) != rd32(p + SUM_AT))
		return bad(err, errsize, path, "damaged model file (checksum)");
	if (nsec > MS_MAX || HEADER_BYTES + (uint64_t)nsec * SECDIR_BYTES > m->size)
		return bad(err, errsize, path, "damaged section directory");
	for (i = 0; i < nsec; i++) {
		const unsigned char *d = p + HEADER_BYTES + i * SECDIR_BYTES;

		id = rd32(d);
		cnt = rd32(d + 4);
		off = rd64(d + 8);
		bytes = rd64(d + 16);
		if (id == 0 || id >= MS_MAX || off % 8 || off > m->size ||
		    bytes > m->size - off || bytes != cnt * unit[id])
			return bad(err, errsize, path, "damaged section");
		m->sec[id] = p + off;
		m->count[id] = cnt;
	}
	return 0;
}

static int
bind_sections(struct model *m, const char *path, char *err, size_t errsize)
{
	if ((m->sec[MS_POS_CLASSES] == NULL || m->sec[MS_POS_FEATS] == NULL) &&
	    (m->sec[MS_DEP_LABELS] == NULL || m->sec[MS_DEP_FEATS] == NULL) &&
	    m->sec[MS_QUOTE_FEATS] == NULL)
		return bad(err, errsize, path, "no part-of-speech or parsing model");
	if (m->sec[MS_POS_CLASSES])
		m->pos_class = pool_names(m->sec[MS_POS_CLASSES],
		    m->count[MS_POS_CLASSES], &m->npos);
	if (m->sec[MS_NER_CLASSES])
		m->ner_class = pool_names(m->sec[MS_NER_CLASSES],
		    m->count[MS_NER_CLASSES], &m->nner);
	if (m->sec[MS_DEP_LABELS])
		m->dep_label = pool_names(m->sec[MS_DEP_LABELS],
		    m->count[MS_DEP_LABELS], &m->ndep);
	if ((m->sec[MS_POS_CLASSES] && !m->pos_class) ||
	    (m->sec[MS_NER_CLASSES] && !m->ner_class) ||
	    (m->sec[MS_DEP_LABELS] && (!m->dep_label || m->ndep > 64)))
		return bad(err, errsize, path, "damaged class list");
	m->pos_w = m->sec[MS_POS_WEIGHTS];
	m->ner_w = m->sec[MS_NER_WEIGHTS];
	m->dep_w = m->sec[MS_DEP_WEIGHTS];
	m->quote_w = m->sec[MS_QUOTE_WEIGHTS];
	if (m->sec[MS_DEP_BEAM]) {
		if (m->count[MS_DEP_BEAM] != 1)
			return bad(err, errsize, path, "damaged parser settings");
		m->dep_beam = rd32(m->sec[MS_DEP_BEAM]);
		if (m->dep_beam < 1 || m->dep_beam > 64)
			return bad(err, errsize, path, "damaged parser settings");
	}
	m->lemma_pool = m->sec[MS_LEMMA_POOL];
	if (table_of(m, MS_POS_FEATS, &m->pos_feats,
	    m->count[MS_POS_WEIGHTS]) < 0 ||
	    table_of(m, MS_POS_DICT, &m->pos_dict, m->npos) < 0 ||
	    table_of(m, MS_LEMMAS, &m->lemmas, m->count[MS_LEMMA_POOL]) < 0 ||
	    table_of(m, MS_NER_FEATS, &m->ner_feats,
	    m->count[MS_NER_WEIGHTS]) < 0 ||
	    table_of(m, MS_CLUSTERS, &m->clusters, 0) < 0 ||
	    table_of(m, MS_GAZ, &m->gaz, 0) < 0 ||
	    table_of(m, MS_ECLUSTERS, &m->eclusters, 0) < 0 ||
	    table_of(m, MS_DEP_FEATS, &m->dep_feats,
	    m->count[MS_DEP_WEIGHTS]) < 0 ||
	    table_of(m, MS_QUOTE_FEATS, &m->quote_feats,
	    m->count[MS_QUOTE_WEIGHTS]) < 0)
		return bad(err, errsize, path, "damaged table");
	return 0;
}

int
model_load(struct model *m, const char *path, char *err, size_t errsize)
{
	struct stat st;
	int fd;

	memset(m, 0, sizeof(*m));
	if ((fd = open(path, O_RDONLY)) < 0 || fstat(fd, &st) < 0) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode) || st.st_size < HEADER_BYTES) {
		close(fd);
		return bad(err, errsize, path, S_ISREG(st.st_mode) ?
		    "truncated or damaged model file" : "not a regular file");
	}
	m->size = (size_t)st.st_size;
	m->map = mmap(NULL, m->size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (m->map == MAP_FAILED) {
		m->map = NULL;
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (parse_sections(m, path, err, errsize) < 0 ||
	    bind_sections(m, path, err, errsize) < 0) {
		model_free(m);
		return -1;
	}
	return 0;
}

void
model_free(struct model *m)
{
	if (m->map)
		munmap(m->map, m->size);
	free(m->pos_class);
	free(m->ner_class);
	free(m->dep_label);
	memset(m, 0, sizeof(*m));
}

/* ---- writing ---- */

void
mwriter_init(struct model_writer *w)
{
	memset(w, 0, sizeof(*w));
}

void
mwriter_free(struct model_writer *w)
{
	int i;

	for (i = 0; i < MS_MAX; i++)
		buf_free(&w->data[i]);
}

int
mwriter_add(struct model_writer *w, int id, const void *p, size_t bytes,
    size_t count)
{
	if (buf_add(&w->data[id], p, bytes) < 0)
		return -1;
	w->count[id] += count;
	return 0;
}

int
mwriter_table(struct model_writer *w, int id, const struct mentry *s, size_t n)
{
	uint64_t size = 1, i, j;
	struct mslot *t;
	uint32_t k;

	/* a load of at most 0.7 keeps probes short (about 2 on a miss) */
	while (size * 7 < (uint64_t)n * 10 + 1)
		size *= 2;
	if ((t = calloc(size, sizeof(*t))) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i].a >= MENTRY_A_MAX || s[i].b >= MENTRY_B_MAX) {
			free(t);
			return -1;
		}
		k = mkey_fold(s[i].key);
		/* two keys folding into one: the first entry keeps it */
		for (j = hash_mix(k) & (size - 1); t[j].key && t[j].key != k;
		    j = (j + 1) & (size - 1))
			;
		if (t[j].key == k)
			continue;
		t[j].key = k;
		t[j].val = s[i].a << 8 | s[i].b;
	}
	buf_reset(&w->data[id]);
	w->count[id] = 0;
	i = (uint64_t)mwriter_add(w, id, t, size * sizeof(*t), size);
	free(t);
	return (int)i;
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static void
put64(unsigned char *p, uint64_t v)
{
	put32(p, (uint32_t)v);
	put32(p + 4, (uint32_t)(v >> 32));
}

int
model_write(const struct model_writer *w, const char *path, char *err,
    size_t errsize)
{
	unsigned char head[HEADER_BYTES + MS_MAX * SECDIR_BYTES];
	struct buf file = BUF_INIT;
	char tmp[4096];
	static const unsigned char zero[8];
	uint64_t off;
	uint32_t nsec = 0;
	FILE *fp;
	int i, k, rc = 0;

	for (i = 1; i < MS_MAX; i++)
		nsec += w->data[i].l > 0;
	off = HEADER_BYTES + (uint64_t)nsec * SECDIR_BYTES;
	memset(head, 0, sizeof(head));
	memcpy(head, MAGIC, 7);
	head[7] = MODEL_VERSION;
	put32(head + 8, nsec);
	for (i = 1, k = 0; i < MS_MAX; i++) {
		unsigned char *d = head + HEADER_BYTES + k * SECDIR_BYTES;

		if (w->data[i].l == 0)
			continue;
		off = (off + 7) & ~(uint64_t)7;
		put32(d, (uint32_t)i);
		put32(d + 4, (uint32_t)w->count[i]);
		put64(d + 8, off);
		put64(d + 16, w->data[i].l);
		off += w->data[i].l;
		k++;
	}
	put64(head + 16, off);
	/* the file in memory first, for its checksum */
	off = HEADER_BYTES + (uint64_t)nsec * SECDIR_BYTES;
	rc |= buf_add(&file, head, (size_t)off);
	for (i = 1; i < MS_MAX; i++) {
		if (w->data[i].l == 0)
			continue;
		rc |= buf_add(&file, zero, (size_t)(((off + 7) & ~(uint64_t)7) - off));
		off = (off + 7) & ~(uint64_t)7;
		rc |= buf_add(&file, w->data[i].s, w->data[i].l);
		off += w->data[i].l;
	}
	if (rc < 0) {
		buf_free(&file);
		snprintf(err, errsize, "%s: out of memory", path);
		return -1;
	}
	put32((unsigned char *)file.s + SUM_AT,
	    file_sum((const unsigned char *)file.s, file.l));
	/* a new file renamed over the old one: a program that has the old
	 * model mapped keeps reading it intact */
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	if ((fp = fopen(tmp, "wb")) == NULL) {
		snprintf(err, errsize, "%s: %s", tmp, strerror(errno));
		buf_free(&file);
		return -1;
	}
	fwrite(file.s, 1, file.l, fp);
	buf_free(&file);
	if (ferror(fp) | fclose(fp) || rename(tmp, path) < 0) {
		snprintf(err, errsize, "%s: write error", path);
		remove(tmp);
		return -1;
	}
	return 0;
}
