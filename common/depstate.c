#include "depstate.h"

#include <stdlib.h>
#include <string.h>

/* ---- the arena ---- */

#define BLOCK_BYTES (256 * 1024)
#define KEEP_BLOCKS 16		/* kept for the next sentence, at most */

struct depblock {
	struct depblock *next;
	size_t size;
	_Alignas(16) unsigned char data[];
};

void
depsys_init(struct depsys *d)
{
	memset(d, 0, sizeof(*d));
}

void
depsys_free(struct depsys *d)
{
	struct depblock *b, *next;

	for (b = d->first; b; b = next) {
		next = b->next;
		free(b);
	}
	depsys_init(d);
}

static void *
arena_alloc(struct depsys *d, size_t bytes)
{
	struct depblock *b;
	void *p;

	bytes = (bytes + 15) & ~(size_t)15;
	while (d->cur == NULL || d->used + bytes > d->cur->size) {
		if (d->cur && d->cur->next) {
			d->cur = d->cur->next;
			d->used = 0;
			continue;
		}
		if ((b = malloc(sizeof(*b) + BLOCK_BYTES)) == NULL)
			return NULL;
		b->next = NULL;
		b->size = BLOCK_BYTES;
		if (d->cur)
			d->cur->next = b;
		else
			d->first = b;
		d->cur = b;
		d->used = 0;
	}
	p = d->cur->data + d->used;
	d->used += bytes;
	return p;
}

/* Back to the first block; blocks beyond KEEP_BLOCKS go, so that one long
 * sentence does not hold its memory for the rest of the input. */
static void
arena_reset(struct depsys *d)
{
	struct depblock *b = d->first, *next, *x;
	int k;

	for (k = 1; b && k < KEEP_BLOCKS; k++)
		b = b->next;
	if (b) {
		for (next = b->next, b->next = NULL; next; next = x) {
			x = next->next;
			free(next);
		}
	}
	d->cur = d->first;
	d->used = 0;
}

/* ---- configurations ---- */

static struct depnode *
new_node(struct depsys *d, const struct depnode *copy_of)
{
	struct depnode *x = arena_alloc(d, sizeof(*x));

	if (x && copy_of)
		*x = *copy_of;
	return x;
}

static void
node_clear(struct depnode *x, int32_t i, const struct depnode *below)
{
	memset(x, 0, sizeof(*x));
	x->below = below;
	x->i = i;
	x->l1 = x->l2 = x->r1 = x->r2 = DEP_NONE;
}

static void
front_clear(struct depfront *f)
{
	memset(f, 0, sizeof(*f));
	f->l1 = f->l2 = DEP_NONE;
}

struct depconf *
depsys_start(struct depsys *d, size_t n, unsigned root)
{
	struct depconf *c;
	struct depnode *r;

	arena_reset(d);
	d->n = n;
	d->root = root;
	if ((c = arena_alloc(d, sizeof(*c))) == NULL ||
	    (r = new_node(d, NULL)) == NULL)
		return NULL;
	node_clear(r, 0, NULL);
	memset(c, 0, sizeof(*c));
	c->top = r;
	c->b = 1;
	c->rootchild = DEP_NONE;
	front_clear(&c->front);
	c->dep = c->head = DEP_NONE;
	c->gold = 1;
	return c;
}

int32_t
depconf_rest_target(const struct depconf *c)
{
	const struct depnode *below = c->top->below;

	if (below && below->i > 0)
		return below->i;
	return c->rootchild != DEP_NONE ? c->rootchild : 0;
}

unsigned
depconf_moves(const struct depsys *d, const struct depconf *c)
{
	const struct depnode *s = c->top;

	if ((size_t)c->b > d->n) {	/* attach a top left without a head */
		if (s->i == 0)
			return 0;
		if (s->has_head)
			return DEPM_REDUCE;
		return depconf_rest_target(c) == 0 ? DEPM_RIGHT_ROOT : DEPM_RIGHT;
	}
	if (s->i == 0)
		return DEPM_SHIFT | (c->rootchild == DEP_NONE ? DEPM_RIGHT_ROOT : 0);
	return DEPM_SHIFT | DEPM_RIGHT | (s->has_head ? DEPM_REDUCE : DEPM_LEFT);
}

int
dep_move_legal(const struct depsys *d, unsigned moves, unsigned cls)
{
	int kind = dep_kind(cls);

	if (kind < DEP_LEFT)
		return (moves >> kind) & 1;
	if (dep_label(cls) == d->root)
		return kind == DEP_RIGHT && (moves & DEPM_RIGHT_ROOT);
	return (moves & (kind == DEP_LEFT ? DEPM_LEFT : DEPM_RIGHT)) != 0;
}

int
depconf_legal(const struct depsys *d, const struct depconf *c, unsigned cls)
{
	return dep_move_legal(d, depconf_moves(d, c), cls);
}

/* Node x, a copy made for the new configuration, gets dependent dep with
 * label l on its right. */
static void
add_right(struct depnode *x, int32_t dep, unsigned l)
{
	x->r2 = x->r1;
	x->r1 = dep;
	x->r2rel = x->r1rel;
	x->r1rel = (uint16_t)l;
	x->nright++;
	x->rset |= 1ULL << (l % DEP_MAXLABELS);
}

/* The buffer's first word, onto the stack over below. */
static struct depnode *
push_front(struct depsys *d, struct depconf *c, const struct depnode *below)
{
	struct depnode *x = new_node(d, NULL);

	if (x == NULL)
		return NULL;
	node_clear(x, c->b, below);
	x->l1 = c->front.l1;
	x->l2 = c->front.l2;
	x->l1rel = c->front.l1rel;
	x->l2rel = c->front.l2rel;
	x->nleft = c->front.nleft;
	x->lset = c->front.lset;
	front_clear(&c->front);
	c->b++;
	return x;
}

static void
set_arc(struct depconf *c, int32_t head, int32_t dep, unsigned l)
{
	c->head = head;
	c->dep = dep;
	c->rel = (uint16_t)l;
	if (head == 0)
		c->rootchild = dep;
}

/* RIGHT: b under s; or, with the buffer empty, s under its target. */
static int
apply_right(struct depsys *d, struct depconf *c, unsigned l)
{
	const struct depnode *s = c->top;
	struct depnode *h, *x;
	int32_t target;

	if ((size_t)c->b > d->n) {
		target = depconf_rest_target(c);
		set_arc(c, target, s->i, l);
		c->top = s->below;
		if (s->below && s->below->i == target) {
			if ((h = new_node(d, s->below)) == NULL)
				return -1;
			add_right(h, s->i, l);
			c->top = h;
		}
		return 0;
	}
	if ((h = new_node(d, s)) == NULL)
		return -1;
	add_right(h, c->b, l);
	set_arc(c, s->i, c->b, l);
	if ((x = push_front(d, c, h)) == NULL)
		return -1;
	x->has_head = 1;
	x->rel = (uint16_t)l;
	c->top = x;
	return 0;
}

struct depconf *
depconf_apply(struct depsys *d, const struct depconf *old, unsigned cls)
{
	struct depconf *c = arena_alloc(d, sizeof(*c));
	struct depfront *f;
	unsigned l = dep_label(cls);

	if (c == NULL)
		return NULL;
	*c = *old;
	c->prev = old;
	c->cls = (uint16_t)cls;
	c->dep = c->head = DEP_NONE;
	switch (dep_kind(cls)) {
	case DEP_SHIFT:
		if ((c->top = push_front(d, c, old->top)) == NULL)
			return NULL;
		break;
	case DEP_REDUCE:
		c->top = old->top->below;
		break;
	case DEP_LEFT:		/* left dependents come nearest first */
		f = &c->front;
		set_arc(c, c->b, old->top->i, l);
		f->l2 = f->l1;
		f->l2rel = f->l1rel;
		f->l1 = old->top->i;
		f->l1rel = (uint16_t)l;
		f->nleft++;
		f->lset |= 1ULL << (l % DEP_MAXLABELS);
		c->top = old->top->below;
		break;
	default:
		if (apply_right(d, c, l) < 0)
			return NULL;
		break;
	}
	return c;
}

void
depconf_arcs(const struct depconf *c, int32_t *head, uint16_t *rel)
{
	for (; c; c = c->prev)
		if (c->dep != DEP_NONE) {
			head[c->dep] = c->head;
			rel[c->dep] = c->rel;
		}
}

/* ---- the dynamic oracle ---- */

/* Words from the buffer's front on whose gold head is h. */
static unsigned
buffer_children(const struct depsys *d, const struct depconf *c, int32_t h,
    const int32_t *ghead)
{
	unsigned k = 0;
	size_t i;

	for (i = (size_t)c->b; i <= d->n; i++)
		k += ghead[i] == h;
	return k;
}

/* Words on the stack, still without a head, whose gold head is h. */
static unsigned
stack_children(const struct depconf *c, int32_t h, const int32_t *ghead)
{
	const struct depnode *x;
	unsigned k = 0;

	for (x = c->top; x; x = x->below)
		k += x->i > 0 && !x->has_head && ghead[x->i] == h;
	return k;
}

/* Can a word still get head h, which is on the stack?  Not the root once
 * it has taken its word. */
static int
stack_head_open(const struct depconf *c, int32_t h)
{
	const struct depnode *x;

	if (h == 0 && c->rootchild != DEP_NONE)
		return 0;
	for (x = c->top; x; x = x->below)
		if (x->i == h)
			return 1;
	return 0;
}

unsigned
depconf_cost(const struct depsys *d, const struct depconf *c, unsigned cls,
    const int32_t *ghead, const uint16_t *grel)
{
	int32_t s = c->top->i, b = c->b;
	unsigned l = dep_label(cls), k;

	switch (dep_kind(cls)) {
	case DEP_SHIFT:
		return (unsigned)stack_head_open(c, ghead[b]) +
		    stack_children(c, b, ghead);
	case DEP_REDUCE:
		return buffer_children(d, c, s, ghead);
	case DEP_LEFT:
		k = buffer_children(d, c, s, ghead);
		if (ghead[s] > b)
			k++;
		else if (ghead[s] == b && grel[s] != l)
			k++;
		return k;
	default:
		if ((size_t)b > d->n) {
			int32_t t = depconf_rest_target(c);

			return ghead[s] != t ? 1 : grel[s] != l;
		}
		k = stack_children(c, b, ghead);
		if (ghead[b] == s)
			k += grel[b] != l;
		else if (ghead[b] > b || stack_head_open(c, ghead[b]))
			k++;
		if (s == 0)	/* the root takes one word: not its gold one */
			k += buffer_children(d, c, 0, ghead) - (ghead[b] == 0);
		return k;
	}
}

/* ---- projective trees ---- */

/* Is a an ancestor of d (or d itself)?  Steps are bounded by n, so a
 * cycle in bad input ends the walk. */
static int
dominates(const int32_t *head, size_t n, int32_t a, int32_t d)
{
	size_t steps;

	for (steps = 0; steps <= n && d > 0; steps++, d = head[d])
		if (d == a)
			return 1;
	return a == 0 || d == a;
}

/* Does the arc to d cross another: is some word between d and its head
 * not a descendant of the head? */
static int
crosses(const int32_t *head, size_t n, int32_t d)
{
	int32_t h = head[d], lo = h < d ? h : d, hi = h < d ? d : h, k;

	for (k = lo + 1; k < hi; k++)
		if (!dominates(head, n, h, k))
			return 1;
	return 0;
}

static int32_t
arc_length(const int32_t *head, int32_t d)
{
	return head[d] < d ? d - head[d] : head[d] - d;
}

int
dep_projectivize(int32_t *head, size_t n)
{
	int lifted = 0;
	size_t i;
	int32_t best;

	for (;;) {
		best = DEP_NONE;
		for (i = 1; i <= n; i++)
			if (head[i] > 0 && crosses(head, n, (int32_t)i) &&
			    (best == DEP_NONE || arc_length(head, (int32_t)i) <
			    arc_length(head, best)))
				best = (int32_t)i;
		if (best == DEP_NONE || (size_t)lifted > 4 * n)
			return lifted;
		head[best] = head[head[best]];
		lifted++;
	}
}
