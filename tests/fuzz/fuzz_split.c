/* fuzz_split: the sentence splitter (split.h) with the word lists of data/,
 * on any bytes as one document, and the records it writes (sentrec.h).
 *
 * Checks the invariants of docs/format.md: sentences in order, not
 * overlapping, neither starting nor ending with whitespace, never empty,
 * every byte that is not whitespace inside exactly one sentence, paragraph
 * numbers from 1 and never going down; one record a sentence. */
#include "fuzz.h"
#include "sentrec.h"
#include "split.h"
#include "utf8.h"

static struct splitter *sp;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char path[4096], err[4352];
	int i;

	(void)argc;
	(void)argv;
	fuzz_datadir();
	if ((sp = splitter_new()) == NULL)
		abort();
	for (i = 0; i < SPLIT_NLISTS; i++) {
		if (datadir_find(split_list_file[i], path, sizeof(path)) < 0 ||
		    splitter_load(sp, (enum split_list)i, path, err,
		    sizeof(err)) < 0) {
			fprintf(stderr, "fuzz_split: cannot load %s\n", path);
			abort();
		}
	}
	return 0;
}

/* Length of the character at t[i..n): whitespace, or one code point (an
 * invalid byte is one). */
static size_t
char_len(const unsigned char *t, size_t i, size_t n, int *space)
{
	int32_t cp;
	int k = utf8_space_len(t + i, n - i);

	*space = k > 0;
	if (k > 0)
		return (size_t)k;
	return (size_t)utf8_decode(t + i, n - i, &cp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const unsigned char *t;
	struct doc d;
	struct buf out = BUF_INIT;
	size_t i, k, pos, lastend = 0, lines = 0, last;
	unsigned long para = 1;
	int space;

	doc_init(&d);
	buf_adds(&d.id, "fuzz");
	buf_add(&d.text, data, size);
	d.file = "fuzz";
	d.line = 1;
	d.utf8 = -1;
	FUZZ_CHECK(split_doc(sp, &d) == 0);
	t = (const unsigned char *)d.text.s;
	pos = 0;
	for (k = 0; k < d.nsent; k++) {
		const struct sent *s = &d.sent[k];

		FUZZ_CHECK(s->start < s->end && s->end <= size);
		FUZZ_CHECK(s->start >= lastend);
		FUZZ_CHECK(s->para >= para);
		para = s->para;
		/* between sentences: whitespace only */
		while (pos < s->start) {
			pos += char_len(t, pos, size, &space);
			FUZZ_CHECK(space);
		}
		FUZZ_CHECK(pos == s->start);
		/* inside: starts and ends with something else */
		last = pos;
		char_len(t, pos, size, &space);
		FUZZ_CHECK(!space);
		while (pos < s->end) {
			i = char_len(t, pos, size, &space);
			pos += i;
			if (!space)
				last = pos;
		}
		FUZZ_CHECK(last == s->end);
		lastend = s->end;
	}
	while (pos < size) {
		pos += char_len(t, pos, size, &space);
		FUZZ_CHECK(space);
	}
	FUZZ_CHECK(d.nsent == 0 || d.paras >= para);
	sentrec_put_doc(&out, &d);
	for (i = 0; i < out.l; i++)
		lines += out.s[i] == '\n';
	FUZZ_CHECK(lines == d.nsent);
	buf_free(&out);
	doc_free(&d);
	return 0;
}
