/* input.h: the file arguments of a filter, taken as Unix filters take
 * them: no file, or "-", is standard input (named "<stdin>" in messages);
 * a file that cannot be opened is reported ("PROG: FILE: reason") and the
 * others are still read.
 */
#ifndef NF_INPUT_H
#define NF_INPUT_H

#include <stdio.h>

/* What a program does with one open input, named label in messages. */
typedef void (*input_fn)(void *ctx, FILE *fp, const char *label);

/* Call fn on each of the n files (on standard input when n is 0); 1 if a
 * file could not be opened, else 0. */
int input_each(char *const *names, int n, input_fn fn, void *ctx);

#endif
