/* rules.h: user entity rules, LABEL<TAB>PCRE2-pattern a line.
 *
 * Each match in a sentence's text becomes an entity of type LABEL over the
 * words it touches, and wins over the model's entities it overlaps (as
 * spaCy's EntityRuler does).  Patterns are compiled once, JIT-compiled when
 * PCRE2 can, in UTF and UCP mode with invalid UTF-8 tolerated, and matched
 * under a match and depth limit, so a catastrophic pattern gives an error
 * instead of hanging.  Lines starting with '#' and blank lines are skipped.
 */
#ifndef NF_RULES_H
#define NF_RULES_H

#include <stddef.h>

#include "tagger.h"
#include "token.h"

#define RULES_MATCH_LIMIT 1000000	/* pcre2_set_match_limit */
#define RULES_DEPTH_LIMIT 10000		/* pcre2_set_depth_limit */

struct rules;

/* NULL with "FILE:LINE: reason" (a bad pattern: its offset and PCRE2's
 * message) in err. */
struct rules *rules_load(const char *path, char *err, size_t errsize);
void rules_free(struct rules *rs);
const char *rules_label(const struct rules *rs, unsigned i);

/* Match every rule in text[0..n), whose words are s's words at spans, and
 * mark the words.  -1 with "FILE:LINE: reason" in err when a pattern hits
 * a limit (the rest of the rules still apply). */
int rules_apply(struct rules *rs, const struct tagger *t, struct tsent *s,
    const char *text, size_t n, const struct tokspan *spans, char *err,
    size_t errsize);

#endif
