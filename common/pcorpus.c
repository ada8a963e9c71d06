#include "pcorpus.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

void
pcorpus_init(struct people_corpus *c)
{
	memset(c, 0, sizeof(*c));
	wordset_init(&c->byfold);
}

static void
cperson_free(struct cperson *p)
{
	buf_free(&p->name);
	buf_free(&p->fold);
	buf_free(&p->title);
	buf_free(&p->affil);
	buf_free(&p->aliases);
}

void
pcorpus_free(struct people_corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		cperson_free(&c->p[i]);
	free(c->p);
	wordset_free(&c->byfold);
	pcorpus_init(c);
}

static size_t
non_ascii(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += (unsigned char)*s >= 0x80;
	return n;
}

/* A title's rank by its text: formal (a capital) first, then words. */
static size_t
title_rank(const char *t)
{
	size_t words = *t != '\0', cap = 0;
	const char *p;

	for (p = t; *p; p++) {
		words += *p == ' ';
		cap |= *p >= 'A' && *p <= 'Z';
	}
	return words + 100 * cap;
}

/* Add each alias of a comma-separated list. */
static void
alias_list_add(struct buf *aliases, const char *name, const char *list)
{
	const char *p = list, *comma;
	size_t n;
	struct buf one = BUF_INIT;

	while (p && *p) {
		comma = strchr(p, ',');
		n = comma ? (size_t)(comma - p) : strlen(p);
		buf_reset(&one);
		buf_add(&one, p, n);
		if (one.l)
			people_add_alias(aliases, name, one.s);
		p = comma ? comma + 1 : p + n;
	}
	buf_free(&one);
}

int
pcorpus_add(struct people_corpus *c, const char *name, const char *title,
    const char *affil, unsigned long mentions, const char *aliases)
{
	struct buf f = BUF_INIT;
	struct cperson *p = NULL;
	int at;

	people_fold(&f, name, strlen(name));
	/* by folded name: a hash, so a million people take no longer a
	 * person than ten (a name over 255 bytes is a person of its own) */
	if ((at = wordset_get(&c->byfold, f.s, f.l)) > 0)
		p = &c->p[at - 1];
	if (p == NULL) {
		if (grow(&c->p, c->n, &c->cap, sizeof(*c->p)) < 0 || c->n >=
		    INT_MAX || (f.l <= WORDSET_MAXKEY && wordset_put(&c->byfold,
		    f.s, f.l, (int)c->n + 1) < 0)) {
			buf_free(&f);
			return -1;
		}
		p = &c->p[c->n++];
		memset(p, 0, sizeof(*p));
		buf_adds(&p->name, name);
		buf_add(&p->fold, f.s, f.l);
	} else if (non_ascii(name) > non_ascii(p->name.s)) {
		alias_list_add(&p->aliases, name, p->name.s);
		buf_reset(&p->name);
		buf_adds(&p->name, name);
	} else {
		alias_list_add(&p->aliases, p->name.s, name);
	}
	buf_free(&f);
	if (title_rank(title) > p->title_rank) {
		buf_reset(&p->title);
		buf_adds(&p->title, title);
		p->title_rank = title_rank(title);
	}
	if (p->affil.l == 0 && *affil)
		buf_adds(&p->affil, affil);
	alias_list_add(&p->aliases, p->name.s, aliases);
	p->docs++;
	p->mentions += mentions;
	return 0;
}

int
pcorpus_add_person(struct people_corpus *c, const struct person *p)
{
	return pcorpus_add(c, p->name.s, p->title.l ? p->title.s : "",
	    p->affil.l ? p->affil.s : "", p->mentions, p->aliases.l ?
	    p->aliases.s : "");
}

static int
cperson_cmp(const void *x, const void *y)
{
	const struct cperson *a = x, *b = y;

	if (a->mentions != b->mentions)
		return a->mentions > b->mentions ? -1 : 1;
	return strcmp(a->name.s, b->name.s);
}

void
pcorpus_finish(struct people_corpus *c)
{
	struct wordset last;
	const char *sp;
	size_t i, k, hit;
	int v;

	/* the full names by their last word: the one person "Fidan" alone
	 * can be, or -1 when several are */
	wordset_init(&last);
	for (k = 0; k < c->n; k++) {
		if ((sp = strrchr(c->p[k].fold.s, ' ')) == NULL)
			continue;
		sp++;
		v = wordset_get(&last, sp, strlen(sp));
		if (wordset_put(&last, sp, strlen(sp), v ? -1 : (int)k + 1) < 0)
			continue;	/* too long: not joined */
	}
	/* "Fidan" alone joins the one full name "Hakan Fidan" */
	for (i = 0; i < c->n; i++) {
		if (strchr(c->p[i].fold.s, ' '))
			continue;
		v = wordset_get(&last, c->p[i].fold.s, c->p[i].fold.l);
		if (v <= 0)
			continue;
		hit = (size_t)v - 1;
		c->p[hit].docs += c->p[i].docs;	/* an upper bound */
		c->p[hit].mentions += c->p[i].mentions;
		alias_list_add(&c->p[hit].aliases, c->p[hit].name.s,
		    c->p[i].name.s);
		if (c->p[i].title_rank > c->p[hit].title_rank) {
			buf_reset(&c->p[hit].title);
			buf_add(&c->p[hit].title, c->p[i].title.s, c->p[i].title.l);
			c->p[hit].title_rank = c->p[i].title_rank;
		}
		c->p[i].mentions = 0;
		c->p[i].docs = 0;
	}
	wordset_free(&last);
	wordset_free(&c->byfold);	/* the indexes change below */
	wordset_init(&c->byfold);
	for (i = k = 0; i < c->n; i++) {
		if (c->p[i].docs == 0) {
			cperson_free(&c->p[i]);
			continue;
		}
		c->p[k++] = c->p[i];
	}
	c->n = k;
	if (c->n > 1)
		qsort(c->p, c->n, sizeof(*c->p), cperson_cmp);
}
