/* datadir.c: the directory of the word lists and models (datadir.h). */
#include "datadir.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DATADIR
#define DATADIR "/usr/local/share/newsfilters"
#endif

static const char *userdir;
static char chosen[PATH_MAX + 64];
static const char *chosen_how;

void
datadir_set(const char *dir)
{
	userdir = dir;
	chosen_how = NULL;
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

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void
take(const char *dir, const char *how)
{
	snprintf(chosen, sizeof(chosen), "%s", dir);
	chosen_how = how;
}

/* Beside the program, the first directory that is one; or DATADIR. */
static void
choose_installed(void)
{
	static const char *const beside[] = { "../share/newsfilters",
		"../data" };
	char exe[PATH_MAX], dir[PATH_MAX + 32], real[PATH_MAX];
	size_t i;

	if (exe_dir(exe, sizeof(exe)) == 0) {
		for (i = 0; i < sizeof(beside) / sizeof(beside[0]); i++) {
			snprintf(dir, sizeof(dir), "%s/%s", exe, beside[i]);
			if (!is_dir(dir))
				continue;
			take(realpath(dir, real) ? real : dir,
			    "beside the program");
			return;
		}
	}
	if (is_dir(DATADIR)) {
		take(DATADIR, "compiled in");
		return;
	}
	if (exe_dir(exe, sizeof(exe)) == 0) {
		snprintf(dir, sizeof(dir), "%s/%s", exe, beside[0]);
		take(dir, "none found; the first place searched, beside the "
		    "program");
	} else {
		take(DATADIR, "none found; compiled in");
	}
}

const char *
datadir(const char **how)
{
	const char *env = getenv("NEWSFILTERS_DATA");

	if (chosen_how == NULL) {
		if (userdir)
			take(userdir, "--data-dir");
		else if (env && *env)
			take(env, "NEWSFILTERS_DATA");
		else
			choose_installed();
	}
	if (how)
		*how = chosen_how;
	return chosen;
}

int
datadir_path(const char *name, char *out, size_t size)
{
	int n = snprintf(out, size, "%s/%s", datadir(NULL), name);

	return n > 0 && (size_t)n < size ? 0 : -1;
}

int
datadir_holds(const char *path)
{
	const char *dir = datadir(NULL);
	size_t n = strlen(dir);

	return strncmp(path, dir, n) == 0 && path[n] == '/';
}

void
datadir_cannot_open(const char *path, const char *reason, char *err,
    size_t errsize)
{
	const char *how;

	datadir(&how);
	if (datadir_holds(path))
		snprintf(err, errsize, "%s: cannot open data file: %s (the data "
		    "directory: %s)", path, reason, how);
	else
		snprintf(err, errsize, "%s: cannot open data file: %s", path,
		    reason);
}

int
datadir_find(const char *name, char *out, size_t size)
{
	if (datadir_path(name, out, size) < 0)
		return -1;
	return access(out, R_OK) == 0 ? 0 : -1;
}
