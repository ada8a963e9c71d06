/* fuzz_token: the tokenizer (token.h) with data/abbreviations.txt, on any
 * bytes as one sentence.
 *
 * Checks what token.h promises: tokens non-empty, in order, not
 * overlapping, holding no whitespace, and covering every byte that is not
 * whitespace. */
#include "fuzz.h"
#include "token.h"
#include "utf8.h"

static struct tokenizer *tk;
static struct tokspan *spans;
static size_t cap;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char path[4096], err[4352];

	(void)argc;
	(void)argv;
	fuzz_datadir();
	if ((tk = tokenizer_new()) == NULL ||
	    datadir_find("abbreviations.txt", path, sizeof(path)) < 0 ||
	    tokenizer_load_abbrev(tk, path, err, sizeof(err)) < 0) {
		fprintf(stderr, "fuzz_token: cannot load the abbreviations\n");
		abort();
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const unsigned char *t = data;
	char *copy = malloc(size + 1);
	long n, k;
	size_t pos = 0;
	int sp;

	/* an exact-size copy, so ASan sees a read past the end */
	if (copy == NULL)
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';
	n = tokenize(tk, copy, size, &spans, &cap);
	FUZZ_CHECK(n >= 0);
	for (k = 0; k < n; k++) {
		size_t s = spans[k].s, e = spans[k].e;

		FUZZ_CHECK(s < e && e <= size && s >= pos);
		while (pos < s) {	/* between tokens: whitespace only */
			sp = utf8_space_len(t + pos, size - pos);
			FUZZ_CHECK(sp > 0);
			pos += (size_t)sp;
		}
		FUZZ_CHECK(pos == s);
		for (pos = s; pos < e; pos++)	/* no whitespace inside */
			FUZZ_CHECK(utf8_space_len(t + pos, e - pos) == 0);
	}
	while (pos < size) {
		sp = utf8_space_len(t + pos, size - pos);
		FUZZ_CHECK(sp > 0);
		pos += (size_t)sp;
	}
	free(copy);
	return 0;
}
