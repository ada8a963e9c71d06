#include "datadir.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef DATADIR
#define DATADIR "/usr/local/share/newsfilters"
#endif

static const char *userdir;

void
datadir_set(const char *dir)
{
	userdir = dir;
}

static int
try_path(const char *dir, const char *name, char *out, size_t size)
{
	int n = snprintf(out, size, "%s/%s", dir, name);

	return n > 0 && (size_t)n < size && access(out, R_OK) == 0;
}

/* Directory of the running program, from /proc (Linux). */
static int
exe_dir(char *out, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", out, size - 1);
	char *slash;

	if (n <= 0)
		return -1;
	out[n] = '\0';
	if ((slash = strrchr(out, '/')) == NULL)
		return -1;
	*slash = '\0';
	return 0;
}

int
datadir_find(const char *name, char *out, size_t size)
{
	static const char *beside[] = { "../share/newsfilters", "../data" };
	char exe[PATH_MAX], dir[PATH_MAX + 32];
	const char *env = getenv("NEWSFILTERS_DATA");
	size_t i;

	if (userdir)
		return try_path(userdir, name, out, size) ? 0 : -1;
	if (env && *env)
		return try_path(env, name, out, size) ? 0 : -1;
	if (exe_dir(exe, sizeof(exe)) == 0) {
		for (i = 0; i < sizeof(beside) / sizeof(beside[0]); i++) {
			snprintf(dir, sizeof(dir), "%s/%s", exe, beside[i]);
			if (try_path(dir, name, out, size))
				return 0;
		}
	}
	if (try_path(DATADIR, name, out, size))
		return 0;
	snprintf(out, size, "%s/%s", DATADIR, name);
	return -1;
}
