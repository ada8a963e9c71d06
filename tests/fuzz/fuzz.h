/* fuzz.h: shared plumbing of the libFuzzer targets in tests/fuzz/.
 *
 * Each target is one fuzz_NAME.c with LLVMFuzzerTestOneInput (and, when it
 * loads data files, LLVMFuzzerInitialize); `make fuzz` builds them against
 * the library compiled with -fsanitize=fuzzer,address,undefined (see
 * tests/fuzz/README.md).  Helpers here:
 *
 *   fuzz_file()     the input as a FILE that read(2) on its descriptor sees
 *                   (a memfd: fmemopen has no descriptor, and the line
 *                   reader reads with read(2));
 *   fuzz_datadir()  point datadir_find() at the repository's data/ (or
 *                   $NEWSFILTERS_DATA);
 *   fuzz_input      the input of the stage targets cut into documents,
 *                   paragraphs and sentences (see below);
 *   FUZZ_CHECK()    an invariant: abort() with a message when it fails, so
 *                   libFuzzer keeps the input as a crash.
 */
#ifndef NF_FUZZ_H
#define NF_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "datadir.h"
#include "tsv.h"

#ifndef FUZZ_DATADIR
#define FUZZ_DATADIR "data"
#endif

#define FUZZ_CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, \
		    __LINE__, #cond); \
		abort(); \
	} \
} while (0)

static inline void
fuzz_datadir(void)
{
	const char *env = getenv("NEWSFILTERS_DATA");

	datadir_set(env && *env ? env : FUZZ_DATADIR);
}

/* A descriptor holding data[0..size), positioned at 0; -1 on failure. */
static inline int
fuzz_fd(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz", MFD_CLOEXEC);
	size_t off = 0;
	ssize_t n;

	if (fd < 0)
		return -1;
	while (off < size) {
		if ((n = write(fd, data + off, size - off)) <= 0) {
			close(fd);
			return -1;
		}
		off += (size_t)n;
	}
	lseek(fd, 0, SEEK_SET);
	return fd;
}

static inline FILE *
fuzz_file(const uint8_t *data, size_t size)
{
	int fd = fuzz_fd(data, size);
	FILE *fp;

	if (fd < 0)
		return NULL;
	if ((fp = fdopen(fd, "r")) == NULL)
		close(fd);
	return fp;
}

/* ---- the input of the stage targets (tagger, people, quotes, summary) ----
 *
 * Lines of text, each a sentence record's text field:
 *   - a first line "%N" (N decimal) sets the mode, 0 without it;
 *   - a line "%%" starts a new document;
 *   - an empty line starts a new paragraph;
 *   - any other line is a sentence; its escapes (\t \n \r \\) are undone
 *     when they are valid, so a text may hold the bytes a record can.
 * Offsets: mode & 3 picks how start and end relate to the text, as bad
 * records may have them: 0 the place of the line in the input; 1 every
 * sentence from 0; 2 end short of the text; 3 end past it.  mode & 4: every
 * sentence is number 1; mode & 8: every sentence is a paragraph of its own.
 * Higher bits are the target's own.
 */
struct fuzz_sent {
	char *text;		/* NUL-terminated, malloc'd */
	size_t len;
	size_t start, end;
	unsigned long sent, para;
	size_t doc;		/* index of its document, from 0 */
};

struct fuzz_input {
	unsigned long mode;
	struct fuzz_sent *s;
	size_t n;
	size_t ndoc;
};

static inline void
fuzz_input_free(struct fuzz_input *in)
{
	size_t i;

	for (i = 0; i < in->n; i++)
		free(in->s[i].text);
	free(in->s);
	memset(in, 0, sizeof(*in));
}

static inline int
fuzz_input_parse(struct fuzz_input *in, const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size, *nl;
	size_t off = 0, len, cap = 0, tl;
	unsigned long sent = 0, para = 1;
	int first = 1, newpara = 0;
	struct fuzz_sent *s;

	memset(in, 0, sizeof(*in));
	in->ndoc = 1;
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		len = (size_t)((nl ? nl : end) - p);
		if (first && len >= 2 && p[0] == '%' && p[1] >= '0' &&
		    p[1] <= '9') {
			in->mode = strtoul(p + 1, NULL, 10);
		} else if (len == 2 && p[0] == '%' && p[1] == '%') {
			in->ndoc++;
			sent = 0;
			para = 1;
			newpara = 0;
		} else if (len == 0) {
			newpara = 1;
		} else {
			if (in->n == cap) {
				cap = cap ? 2 * cap : 16;
				s = realloc(in->s, cap * sizeof(*s));
				if (s == NULL)
					return -1;
				in->s = s;
			}
			s = &in->s[in->n];
			if ((s->text = malloc(len + 1)) == NULL)
				return -1;
			in->n++;
			memcpy(s->text, p, len);
			s->text[len] = '\0';
			tl = len;
			if (tsv_unescape(s->text, &tl) == 0)
				s->len = tl;
			else {
				memcpy(s->text, p, len);
				s->text[len] = '\0';
				s->len = len;
			}
			if (newpara && sent > 0)
				para++;
			newpara = 0;
			sent++;
			s->sent = in->mode & 4 ? 1 : sent;
			s->para = in->mode & 8 ? sent : para;
			s->doc = in->ndoc - 1;
			switch (in->mode & 3) {
			case 0: s->start = off; s->end = off + s->len; break;
			case 1: s->start = 0; s->end = s->len; break;
			case 2: s->start = off; s->end = off + s->len / 2; break;
			default: s->start = off; s->end = off + 2 * s->len + 5;
			}
		}
		first = 0;
		off += len + 1;
		p += len + 1;
	}
	return 0;
}

#endif
