/* resources.h: word clusters and gazetteers for the model, read from text
 * files when training and stored as model tables (MS_CLUSTERS, MS_GAZ).
 *
 *   clusters    Brown-style paths: BITS<TAB>WORD[<TAB>COUNT] a line
 *   eclusters   the same format, classes of pre-trained word vectors for
 *               lower-cased words (news-embclust)
 *   gazetteers  a directory of word lists (data/gazetteers/): first-names,
 *               surnames, countries (both columns), cities, regions,
 *               organizations, titles; one-word entries only
 */
#ifndef NF_RESOURCES_H
#define NF_RESOURCES_H

#include "model.h"

/* Read the files (either may be NULL) into w's sections; -1 after a
 * message. */
int resources_write(struct model_writer *w, const char *clusters,
    const char *eclusters, const char *gazdir);

/* A model that sees only w's cluster and gazetteer tables, for extracting
 * features while training. */
int resources_model(const struct model_writer *w, struct model *m);

#endif
