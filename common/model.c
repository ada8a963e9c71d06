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
#define HEADER_BYTES 24		/* magic 7, version 1, nsec 4, pad 4, size 8 */
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

static int
table_of(struct model *m, int id, struct mtable *t)
{
	uint64_t n = m->count[id];

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

/* Every weight range of a feature table must lie inside its weights, and
 * every class inside the class list. */
static int
check_weights(const struct mtable *t, const struct mweight *w, uint64_t nw,
    size_t nclass)
{
	uint64_t i, j;

	for (i = 0; t->slot && i <= t->mask; i++) {
		if (t->slot[i].key == 0)
			continue;
		uint64_t a = mslot_a(&t->slot[i]), b = mslot_b(&t->slot[i]);

		if (b == MSLOT_DENSE)
			b = MSLOT_DENSE_UNITS(nclass);
		if (a + b > nw)
			return -1;
		if (mslot_b(&t->slot[i]) == MSLOT_DENSE)
			continue;
		for (j = a; j < a + b; j++)
			if (w[j].cls >= nclass)
				return -1;
	}
	return 0;
}

/* Every class a table names (a = class) must be a real one. */
static int
check_classes(const struct mtable *t, size_t nclass)
{
	uint64_t i;

	for (i = 0; t->slot && i <= t->mask; i++)
		if (t->slot[i].key && mslot_a(&t->slot[i]) >= nclass)
			return -1;
	return 0;
}

static int
check_pool_refs(const struct mtable *t, uint64_t poolbytes)
{
	uint64_t i;

	for (i = 0; t->slot && i <= t->mask; i++)
		if (t->slot[i].key && (uint64_t)mslot_a(&t->slot[i]) +
		    mslot_b(&t->slot[i]) > poolbytes)
			return -1;
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
		[MS_DEP_BEAM] = 4
	};

	if (m->size < HEADER_BYTES || memcmp(p, MAGIC, 7) != 0)
		return bad(err, errsize, path, "not a newsfilters model file");
	if (p[7] != MODEL_VERSION)
		return bad(err, errsize, path, "model format version not supported");
	nsec = rd32(p + 8);
	if (rd64(p + 16) != m->size)
		return bad(err, errsize, path, "truncated or damaged model file");
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
	    (m->sec[MS_DEP_LABELS] == NULL || m->sec[MS_DEP_FEATS] == NULL))
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
	if (m->sec[MS_DEP_BEAM]) {
		if (m->count[MS_DEP_BEAM] != 1)
			return bad(err, errsize, path, "damaged parser settings");
		m->dep_beam = rd32(m->sec[MS_DEP_BEAM]);
		if (m->dep_beam < 1 || m->dep_beam > 64)
			return bad(err, errsize, path, "damaged parser settings");
	}
	m->lemma_pool = m->sec[MS_LEMMA_POOL];
	if (table_of(m, MS_POS_FEATS, &m->pos_feats) < 0 ||
	    table_of(m, MS_POS_DICT, &m->pos_dict) < 0 ||
	    table_of(m, MS_LEMMAS, &m->lemmas) < 0 ||
	    table_of(m, MS_NER_FEATS, &m->ner_feats) < 0 ||
	    table_of(m, MS_CLUSTERS, &m->clusters) < 0 ||
	    table_of(m, MS_GAZ, &m->gaz) < 0 ||
	    table_of(m, MS_ECLUSTERS, &m->eclusters) < 0 ||
	    table_of(m, MS_DEP_FEATS, &m->dep_feats) < 0)
		return bad(err, errsize, path, "damaged table");
	if (check_weights(&m->pos_feats, m->pos_w, m->count[MS_POS_WEIGHTS],
	    m->npos) < 0 || check_weights(&m->ner_feats, m->ner_w,
	    m->count[MS_NER_WEIGHTS], m->nner) < 0 ||
	    check_weights(&m->dep_feats, m->dep_w, m->count[MS_DEP_WEIGHTS],
	    2 + 2 * m->ndep) < 0 ||
	    check_classes(&m->pos_dict, m->npos) < 0 ||
	    check_pool_refs(&m->lemmas, m->count[MS_LEMMA_POOL]) < 0)
		return bad(err, errsize, path, "damaged weights");
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
	char tmp[4096];
	static const unsigned char zero[8];
	uint64_t off, size;
	uint32_t nsec = 0;
	FILE *fp;
	int i, k;

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
	size = off;
	put64(head + 16, size);
	/* a new file renamed over the old one: a program that has the old
	 * model mapped keeps reading it intact */
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	if ((fp = fopen(tmp, "wb")) == NULL) {
		snprintf(err, errsize, "%s: %s", tmp, strerror(errno));
		return -1;
	}
	off = HEADER_BYTES + (uint64_t)nsec * SECDIR_BYTES;
	fwrite(head, 1, (size_t)off, fp);
	for (i = 1; i < MS_MAX; i++) {
		if (w->data[i].l == 0)
			continue;
		fwrite(zero, 1, (size_t)(((off + 7) & ~(uint64_t)7) - off), fp);
		off = (off + 7) & ~(uint64_t)7;
		fwrite(w->data[i].s, 1, w->data[i].l, fp);
		off += w->data[i].l;
	}
	if (ferror(fp) | fclose(fp) || rename(tmp, path) < 0) {
		snprintf(err, errsize, "%s: write error", path);
		remove(tmp);
		return -1;
	}
	return 0;
}
