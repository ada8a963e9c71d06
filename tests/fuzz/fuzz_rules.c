/* fuzz_rules: the rule-file loader (rules.h) and its matching.
 *
 * Input: the rule file (LABEL<TAB>PCRE2-pattern a line) up to the first
 * NUL byte; after it, a sentence to match the rules on, tokenized and
 * tagged as news-tag does (a fixed sentence when there is none). */
#include "rules.h"
#include "stage.h"

static struct tsent sent;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	stage_open();
	tsent_init(&sent);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char dflt[] = "Foreign Minister Hakan Fidan met Marco "
	    "Rubio in Washington on Tuesday.";
	const uint8_t *nul = memchr(data, '\0', size);
	size_t rlen = nul ? (size_t)(nul - data) : size;
	struct fuzz_sent fs;
	struct rules *rs;
	struct srec rec;
	char path[64], err[4352];
	int fd;

	if ((fd = fuzz_fd(data, rlen)) < 0)
		return 0;
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	rs = rules_load(path, err, sizeof(err));
	close(fd);
	if (rs == NULL) {
		FUZZ_CHECK(strncmp(err, path, strlen(path)) == 0);
		return 0;
	}
	memset(&fs, 0, sizeof(fs));
	if (nul) {
		fs.len = size - rlen - 1;
		fs.text = malloc(fs.len + 1);
		if (fs.text == NULL)
			goto out;
		memcpy(fs.text, nul + 1, fs.len);
		fs.text[fs.len] = '\0';
	} else {
		fs.len = sizeof(dflt) - 1;
		fs.text = strdup(dflt);
		if (fs.text == NULL)
			goto out;
	}
	fs.end = fs.len;
	fs.sent = fs.para = 1;
	stage_srec(&rec, &fs);
	tagger_newdoc(&stage_tagger);
	FUZZ_CHECK(annotate_record(&stage_ann, &rec, &sent, TAG_ALL) == 0);
	(void)rules_apply(rs, &stage_tagger, &sent, rec.text, rec.textlen,
	    stage_ann.spans, err, sizeof(err));
	for (size_t i = 0; i < sent.n; i++)
		if (sent.w[i].rule)
			(void)strlen(rules_label(rs, sent.w[i].rule - 1u));
	free(fs.text);
out:
	rules_free(rs);
	return 0;
}
