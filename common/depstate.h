/* depstate.h: the arc-eager transition system of the dependency parser.
 *
 * A sentence of n words is parsed as nodes 1..n, node 0 being the root.
 * A configuration has a stack (the root at its bottom), a buffer (the
 * words from b to n, in order) and the arcs made so far.  Four kinds of
 * move change it (Nivre 2003):
 *
 *   SHIFT      push the buffer's first word b
 *   REDUCE     pop the stack's top s, which has its head already
 *   LEFT(l)    s gets b as its head, with label l, and is popped
 *   RIGHT(l)   b gets s as its head, with label l, and is pushed
 *
 * The root takes one word, with the label "root" and no other.  Once the
 * buffer is empty, RIGHT(l) attaches a top s that has no head to the node
 * below it (or, where that is the root, to the word the root took, or to
 * the root itself when it took none) and pops it.  So every word is pushed
 * once and popped once: a parse is exactly 2n moves, whatever they are,
 * and ends in a tree with one root.  The trees are projective.
 *
 * A move and its label are one class of the parser's model: SHIFT 0,
 * REDUCE 1, LEFT(l) 2 + 2l, RIGHT(l) 3 + 2l.
 *
 * Configurations are persistent: a move makes a new one that shares the
 * old one's stack, so a beam of them (depparse.h) costs no copying and a
 * parse's memory grows by a few dozen bytes a move.  Each remembers the
 * move and arc that made it; depconf_arcs() reads the tree back.  They
 * live in a depsys's arena until the next sentence.
 *
 * For training, depconf_cost() is the dynamic oracle of Goldberg and Nivre
 * (2012): how many arcs of a projective gold tree a move makes unreachable,
 * whatever came before, so that training can follow the parser's own
 * mistakes and learn the best move from there.
 */
#ifndef NF_DEPSTATE_H
#define NF_DEPSTATE_H

#include <stddef.h>
#include <stdint.h>

enum { DEP_SHIFT, DEP_REDUCE, DEP_LEFT, DEP_RIGHT };

#define DEP_NONE (-1)		/* no node */
#define DEP_MAXLABELS 64	/* labels fit a 64-bit set */

static inline unsigned
dep_class(int kind, unsigned label)
{
	return kind < DEP_LEFT ? (unsigned)kind : 2 + 2 * label +
	    (kind == DEP_RIGHT);
}

static inline int
dep_kind(unsigned cls)
{
	return cls < 2 ? (int)cls : cls % 2 ? DEP_RIGHT : DEP_LEFT;
}

static inline unsigned
dep_label(unsigned cls)
{
	return cls < 2 ? 0 : (cls - 2) / 2;
}

/* A stack entry: a node and the dependents it has so far. */
struct depnode {
	const struct depnode *below;
	int32_t i;
	int32_t l1, l2;		/* leftmost and second leftmost dependents */
	int32_t r1, r2;		/* rightmost and second rightmost */
	uint16_t l1rel, l2rel, r1rel, r2rel;	/* their labels */
	uint16_t nleft, nright;
	uint16_t rel;		/* the label of its own arc, when has_head */
	uint8_t has_head;	/* its head is then the entry below it */
	uint64_t lset, rset;	/* labels of its left and right dependents */
};

/* The left dependents of the buffer's first word, which is not on the
 * stack yet. */
struct depfront {
	int32_t l1, l2;
	uint16_t l1rel, l2rel, nleft;
	uint64_t lset;
};

struct depconf {
	const struct depconf *prev;	/* the configuration before the move */
	const struct depnode *top;	/* the stack */
	int32_t b;		/* the buffer is b..n; empty when b > n */
	int32_t rootchild;	/* the word the root took, or DEP_NONE */
	struct depfront front;
	int32_t dep, head;	/* the arc the move made (dep DEP_NONE: none) */
	uint16_t rel;
	uint16_t cls;		/* the move */
	float score;		/* of the moves up to here, for a beam */
	uint8_t gold;		/* on the gold path (training) */
};

struct depblock;

/* A sentence's transition system: its length, the label "root", and the
 * arena its configurations live in. */
struct depsys {
	size_t n;
	unsigned root;
	struct depblock *first, *cur;	/* the arena's blocks, in order */
	size_t used;			/* bytes of cur in use */
};

void depsys_init(struct depsys *d);
void depsys_free(struct depsys *d);
/* A new sentence of n words: forget every configuration of the last one
 * (keeping the memory) and give the first one, or NULL when memory runs
 * out. */
struct depconf *depsys_start(struct depsys *d, size_t n, unsigned root);

static inline int
depconf_done(const struct depsys *d, const struct depconf *c)
{
	return (size_t)c->b > d->n && c->top->i == 0;
}

static inline int32_t
depconf_s0(const struct depconf *c)
{
	return c->top->i;
}

/* Where RIGHT attaches c's top once the buffer is empty. */
int32_t depconf_rest_target(const struct depconf *c);

/* The kinds of move legal in c, as bits: */
enum {
	DEPM_SHIFT = 1, DEPM_REDUCE = 2,
	DEPM_LEFT = 4,		/* LEFT with any label but root */
	DEPM_RIGHT = 8,		/* RIGHT with any label but root */
	DEPM_RIGHT_ROOT = 16	/* RIGHT with the label root */
};
unsigned depconf_moves(const struct depsys *d, const struct depconf *c);
/* Is class cls legal, given c's depconf_moves()? */
int dep_move_legal(const struct depsys *d, unsigned moves, unsigned cls);
/* Is class cls legal in c? */
int depconf_legal(const struct depsys *d, const struct depconf *c,
    unsigned cls);
/* The configuration after the legal move cls, or NULL when memory runs
 * out. */
struct depconf *depconf_apply(struct depsys *d, const struct depconf *c,
    unsigned cls);
/* The arcs of c and the configurations before it: head[i] and rel[i] of
 * each node 1..n that has one (others are left alone). */
void depconf_arcs(const struct depconf *c, int32_t *head, uint16_t *rel);

/* ---- training ---- */

/* The dynamic oracle: the number of arcs of the gold tree (gold head and
 * label of each node 1..n, the root's word having head 0) that the legal
 * move cls makes unreachable from c.  The gold tree must be projective. */
unsigned depconf_cost(const struct depsys *d, const struct depconf *c,
    unsigned cls, const int32_t *ghead, const uint16_t *grel);

/* Make a tree projective by lifting each arc that crosses another to the
 * head's head, shortest first (the usual pseudo-projective lift, without
 * marking the labels); head[1..n], head[0] unused.  Returns the number of
 * arcs lifted. */
int dep_projectivize(int32_t *head, size_t n);

#endif
