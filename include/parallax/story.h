/*
 * story: which story an article belongs to.  At import each article joins
 * the story whose indexed terms (distinctive words, names and the title)
 * it shares most, or starts a new one; the index is looked up, never the
 * whole store scanned.  Also the user's corrections (merge, split), which
 * persist because assignment only ever happens at import.
 */
#ifndef PARALLAX_STORY_H
#define PARALLAX_STORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct article;
struct store;

/*
 * Import one clean article inside the store's open transaction: find
 * whether its body is already stored (*duplicate, *id the existing
 * article), else cut it into claims with their features, choose or
 * create its story (*story), store the article and its claims, and update
 * the story index and document frequencies.  0, or -1 with *cause (the
 * store is unusable: the caller rolls back).
 */
int	story_import(struct store *st, const struct article *a, int64_t *id,
	    int64_t *story, bool *duplicate, char **cause);

/*
 * What story_import() computes of an article without the store (its
 * claims, their stored form, its terms), made ahead of it: in any thread,
 * so that a batch cuts the next articles into claims while the store
 * takes this one.  story_import_prepared() is story_import() given p,
 * which it consumes (NULL: computed there, as story_import() does).
 */
struct story_prep;
struct story_prep *story_prepare(const struct article *a);
void	story_prep_free(struct story_prep *p);
int	story_import_prepared(struct store *st, const struct article *a,
	    struct story_prep *p, int64_t *id, int64_t *story,
	    bool *duplicate, char **cause);

/*
 * Cut n stored articles into claims again with the present rules (on
 * several threads), in place of the claims an older parallax cut, inside
 * a transaction.  For each, status[i] is 0, or 1 when there is no such
 * article, and stories[i] its story, which the caller marks with
 * store_story_recut() so that its cached cross-reference is computed
 * again.  Their stories, the story index and the document frequencies
 * stay as they are.  0 or -1.
 */
int	story_reindex(struct store *st, const int64_t *ids, size_t n,
	    int64_t *stories, int *status, char **cause);

/* Choose the story's title again: the headline of its articles that
 * shares most words with the others (inside a transaction).  0 or -1. */
int	story_retitle(struct store *st, int64_t story, char **cause);

/* Move every article of story b into story a; b disappears.  0, 1 when
 * either story does not exist (*cause says which), -1 on error. */
int	story_merge(struct store *st, int64_t a, int64_t b, char **cause);

/* Take an article out of its story into a new story of its own (*story).
 * 0, 1 when there is no such article or it is alone already, -1. */
int	story_split(struct store *st, int64_t article, int64_t *story,
	    char **cause);

#endif
