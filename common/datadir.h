/* datadir.h: the directory of the programs' word lists and models.
 *
 * The data directory is chosen once, as a whole, and every data file is
 * read from it: a file missing from it is an error, never taken from
 * another directory, which may hold another version's files (issue 21).
 * It is the first of these that applies:
 *   1. the directory given with --data-dir (datadir_set);
 *   2. $NEWSFILTERS_DATA;
 *   3. beside the executable, the first of ../share/newsfilters (an
 *      installed tree, so a relocated PREFIX works) and ../data (the build
 *      tree) that is a directory;
 *   4. DATADIR, compiled in (PREFIX/share/newsfilters), if a directory.
 * 1 and 2 are taken as given.  When none applies, the first place 3
 * searches stands for it, so that messages name where the files were
 * looked for first.
 *
 * Every message about a data file has one form, "PATH: REASON", PATH the
 * file's path in the data directory (or as the user gave it); a file that
 * cannot be opened is "PATH: cannot open data file: REASON (the data
 * directory: HOW IT WAS CHOSEN)".
 */
#ifndef NF_DATADIR_H
#define NF_DATADIR_H

#include <stddef.h>

void datadir_set(const char *dir);	/* borrowed; before the first look-up */

/* The data directory, and in *how (when not NULL) how it was chosen, for
 * messages ("--data-dir", "NEWSFILTERS_DATA", ...). */
const char *datadir(const char **how);

/* Full path of data file name in out[0..size): 0, or -1 when it does not
 * fit (out then holds as much as fits).  Whether the file exists is for
 * the reader to find out (datafile.h). */
int datadir_path(const char *name, char *out, size_t size);

/* Is path a file of the data directory, as datadir_path() makes them? */
int datadir_holds(const char *path);

/* "PATH: cannot open data file: REASON", and how the data directory was
 * chosen when PATH is in it, into err. */
void datadir_cannot_open(const char *path, const char *reason, char *err,
    size_t errsize);

/* datadir_path(), then 0 when the file can be read, else -1. */
int datadir_find(const char *name, char *out, size_t size);

#endif
