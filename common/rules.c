#include "rules.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tsv.h"

struct rule {
	char *label;
	pcre2_code *re;
	unsigned long line;
};

struct rules {
	struct rule *r;
	size_t n, cap;
	char *path;
	pcre2_match_data *md;
	pcre2_match_context *mc;
};

void
rules_free(struct rules *rs)
{
	size_t i;

	if (rs == NULL)
		return;
	for (i = 0; i < rs->n; i++) {
		free(rs->r[i].label);
		pcre2_code_free(rs->r[i].re);
	}
	free(rs->r);
	free(rs->path);
	pcre2_match_data_free(rs->md);
	pcre2_match_context_free(rs->mc);
	free(rs);
}

const char *
rules_label(const struct rules *rs, unsigned i)
{
	return i < rs->n ? rs->r[i].label : "";
}

static int
add_rule(struct rules *rs, char *line, size_t n, unsigned long lineno,
    char *err, size_t errsize)
{
	char *tab = memchr(line, '\t', n), msg[256];
	struct rule *r;
	int code;
	PCRE2_SIZE off;

	if (tab == NULL || tab == line || tab + 1 == line + n) {
		snprintf(err, errsize, "%s:%lu: expected LABEL<TAB>PATTERN",
		    rs->path, lineno);
		return -1;
	}
	if (grow(&rs->r, rs->n, &rs->cap, sizeof(*rs->r)) < 0)
		goto nomem;
	r = &rs->r[rs->n];
	r->line = lineno;
	r->re = pcre2_compile((PCRE2_SPTR)(tab + 1), (PCRE2_SIZE)(line + n -
	    tab - 1), PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &code,
	    &off, NULL);
	if (r->re == NULL) {
		pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, sizeof(msg));
		snprintf(err, errsize, "%s:%lu: bad pattern at offset %zu: %s",
		    rs->path, lineno, (size_t)off, msg);
		return -1;
	}
	/* the interpreter takes over where JIT is not available */
	pcre2_jit_compile(r->re, PCRE2_JIT_COMPLETE);
	if ((r->label = strndup(line, (size_t)(tab - line))) == NULL) {
		pcre2_code_free(r->re);
		goto nomem;
	}
	rs->n++;
	return 0;
nomem:
	snprintf(err, errsize, "%s: out of memory", rs->path);
	return -1;
}

struct rules *
rules_load(const char *path, char *err, size_t errsize)
{
	struct rules *rs = calloc(1, sizeof(*rs));
	struct linereader lr;
	FILE *fp;
	int rc, bad = 0;

	if (rs == NULL || (rs->path = strdup(path)) == NULL) {
		snprintf(err, errsize, "%s: out of memory", path);
		rules_free(rs);
		return NULL;
	}
	if ((fp = fopen(path, "r")) == NULL) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		rules_free(rs);
		return NULL;
	}
	lr_init(&lr, fp, path);
	lr.maxline = 1 << 20;
	while (!bad && (rc = lr_next(&lr)) != LR_EOF) {
		if (rc != LR_LINE) {
			snprintf(err, errsize, "%s:%lu: %s", path, lr.lineno,
			    rc == LR_TOOLONG ? "line too long" : strerror(errno));
			bad = 1;
		} else if (lr.line.l && lr.line.s[0] != '#') {
			bad = add_rule(rs, lr.line.s, lr.line.l, lr.lineno, err,
			    errsize) < 0;
		}
	}
	lr_free(&lr);
	fclose(fp);
	if (!bad && rs->n) {
		rs->mc = pcre2_match_context_create(NULL);
		rs->md = pcre2_match_data_create(16, NULL);
		if (!rs->mc || !rs->md) {
			snprintf(err, errsize, "%s: out of memory", path);
			bad = 1;
		} else {
			pcre2_set_match_limit(rs->mc, RULES_MATCH_LIMIT);
			pcre2_set_depth_limit(rs->mc, RULES_DEPTH_LIMIT);
		}
	}
	if (bad) {
		rules_free(rs);
		return NULL;
	}
	return rs;
}

/* Words [a, b) become rule k's entity; the entities they cut into, the
 * model's or an earlier rule's, are dropped whole, so no half entity is
 * left. */
static int
inside(const struct tagger *t, const struct tsent *s, size_t i)
{
	int begins;

	if (s->w[i].rule)
		return !s->w[i].rule_begin;
	return t->m.nner && tagger_ner_type(t, s->w[i].ner, &begins) && !begins;
}

static void
drop(struct tsent *s, size_t i)
{
	s->w[i].ner = 0;
	s->w[i].rule = 0;
	s->w[i].rule_begin = 0;
}

static void
mark(const struct tagger *t, struct tsent *s, size_t a, size_t b, unsigned k)
{
	size_t i;

	/* back to the first word of an entity that word a continues */
	for (i = a; i > 0 && i < s->n && inside(t, s, i); i--)
		;
	for (; i < a; i++)
		drop(s, i);
	for (i = b; i < s->n && inside(t, s, i); i++)
		drop(s, i);
	for (i = a; i < b; i++) {
		s->w[i].ner = 0;
		s->w[i].rule = (uint16_t)(k + 1);
		s->w[i].rule_begin = i == a;
	}
}

static void
match_words(const struct tagger *t, struct tsent *s,
    const struct tokspan *spans, size_t ms, size_t me, unsigned k)
{
	size_t a, b;

	for (a = 0; a < s->n && spans[a].e <= ms; a++)
		;
	for (b = a; b < s->n && spans[b].s < me; b++)
		;
	if (b > a)
		mark(t, s, a, b, k);
}

int
rules_apply(struct rules *rs, const struct tagger *t, struct tsent *s,
    const char *text, size_t n, const struct tokspan *spans, char *err,
    size_t errsize)
{
	PCRE2_SIZE *ov, at;
	size_t k;
	int rc, ret = 0;

	for (k = 0; k < rs->n; k++) {
		for (at = 0; at <= n; ) {
			rc = pcre2_match(rs->r[k].re, (PCRE2_SPTR)text, n, at, 0,
			    rs->md, rs->mc);
			if (rc == PCRE2_ERROR_NOMATCH)
				break;
			if (rc < 0) {
				char msg[128];

				pcre2_get_error_message(rc, (PCRE2_UCHAR *)msg,
				    sizeof(msg));
				snprintf(err, errsize, "%s:%lu: %s; the rule is "
				    "skipped for this sentence", rs->path,
				    rs->r[k].line, msg);
				ret = -1;
				break;
			}
			ov = pcre2_get_ovector_pointer(rs->md);
			if (ov[1] > ov[0])
				match_words(t, s, spans, ov[0], ov[1], (unsigned)k);
			/* an empty match moves on by one character */
			if (ov[1] > at) {
				at = ov[1];
			} else {
				at++;
				while (at < n && (text[at] & 0xC0) == 0x80)
					at++;
			}
		}
	}
	return ret;
}
