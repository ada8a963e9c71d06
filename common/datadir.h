/* datadir.h: where the programs find their word lists and models.
 *
 * Search order for a data file NAME:
 *   1. the directory given with --data-dir (datadir_set);
 *   2. $NEWSFILTERS_DATA;
 *   3. beside the executable: ../share/newsfilters (an installed tree, so a
 *      relocated PREFIX works) and ../data (the build tree);
 *   4. DATADIR compiled in (PREFIX/share/newsfilters).
 * The first directory holding NAME wins.
 */
#ifndef NF_DATADIR_H
#define NF_DATADIR_H

#include <stddef.h>

void datadir_set(const char *dir);	/* borrowed; must outlive the lookups */

/* Full path of data file name in out[0..size); 0 when found, -1 when no
 * directory holds it (out then names the first candidate, for messages). */
int datadir_find(const char *name, char *out, size_t size);

#endif
