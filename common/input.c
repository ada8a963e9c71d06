/* input.c: a filter's file arguments (input.h). */
#include "input.h"

#include <string.h>

#include "err.h"

static int
input_one(const char *name, input_fn fn, void *ctx)
{
	FILE *fp = stdin;

	if (strcmp(name, "-") != 0 && (fp = fopen(name, "r")) == NULL) {
		warnf("%s:", name);
		return 1;
	}
	fn(ctx, fp, fp == stdin ? "<stdin>" : name);
	if (fp != stdin)
		fclose(fp);
	return 0;
}

int
input_each(char *const *names, int n, input_fn fn, void *ctx)
{
	int i, ret = 0;

	if (n == 0)
		return input_one("-", fn, ctx);
	for (i = 0; i < n; i++)
		ret |= input_one(names[i], fn, ctx);
	return ret;
}
