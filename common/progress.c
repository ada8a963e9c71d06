/* progress.c: counts and rates of a run, on standard error (progress.h). */
#include "progress.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "err.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void
progress_init(struct progress *p, int verbose, int live)
{
	memset(p, 0, sizeof(*p));
	p->verbose = verbose;
	p->live = live && isatty(STDERR_FILENO) == 1;
	if (p->verbose || p->live)
		p->t0 = p->last = now();
}

static void
report(const struct progress *p, const char *end, double t)
{
	double mb = p->bytes / 1e6, s = t - p->t0;

	fprintf(stderr, "%s: %lu documents, %lu sentences, %lu records out; "
	    "%.2f MB of text in %.2f s, %.2f MB/s%s", argv0, p->docs,
	    p->sents, p->recs, mb, s, s > 0 ? mb / s : 0.0, end);
}

static void
live(struct progress *p)
{
	double t;

	if (!p->live || ++p->tick % 256 != 0)
		return;
	if ((t = now()) - p->last < 0.5)
		return;
	p->last = t;
	p->shown = 1;
	report(p, "\r", t);
	fflush(stderr);
}

void
progress_doc(struct progress *p)
{
	p->docs++;
	live(p);
}

void
progress_text(struct progress *p, size_t sents, size_t bytes)
{
	p->sents += sents;
	p->bytes += bytes;
	live(p);
}

void
progress_out(struct progress *p, const struct buf *out)
{
	const char *s = out->s, *end = out->s + out->l;

	while (s && s < end && (s = memchr(s, '\n', (size_t)(end - s)))) {
		p->recs++;
		s++;
	}
}

void
progress_end(struct progress *p)
{
	if (p->verbose)
		report(p, "\n", now());
	else if (p->shown)
		fputs("\n", stderr);	/* the live line stays on the screen */
}
