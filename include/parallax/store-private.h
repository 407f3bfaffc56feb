/*
 * store-private: what store.c shares with its helper files and nobody
 * else uses.
 *
 * The overlay holds what a batch changes in the term tables, in memory.
 * Each term the batch meets is interned once, with its document
 * frequency (stored and added).  For the story index it holds each
 * (term, story) pair's stored weight (base) and the batch's change
 * (delta), and each touched story's norm and date range as they stand
 * now.  store.c reads through it while the batch runs and writes it out,
 * pairs sorted, in one pass when it grows large or the batch commits,
 * instead of one upsert for every term of every article.  No SQL here.
 */
#ifndef PARALLAX_STORE_PRIVATE_H
#define PARALLAX_STORE_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Dates are YYYY-MM-DD; "" when unknown. */
#define STORE_DATE_MAX	16

struct store_term {
	char		*term;
	size_t		 head;		/* newest pair of the term, index + 1 */
	long		 n;		/* articles of the batch with it */
	long		 base;		/* stored document frequency, or -1 */
	int64_t		 kth;		/* store_term_kth() in store.c, or 0 */
	bool		 indexed;	/* the batch wrote pairs of it */
	uint32_t	 npairs;	/* pairs of it in the overlay */
};

struct store_pair {
	const char	*term;		/* interned: one pointer per term */
	int64_t		 story;
	double		 base;		/* the weight in the store */
	double		 delta;		/* the batch's change */
	size_t		 next;		/* next pair of the term, index + 1 */
	uint32_t	 ord;		/* pairs of the term added before */
	unsigned	 seen;		/* scratch mark for readers */
	bool		 stored;	/* the store has the pair (base) */
};

struct store_story_state {
	int64_t		 story;
	double		 norm2;		/* as it stands, with the batch */
	double		 dnorm;		/* the batch's change to norm2 */
	char		 first[STORE_DATE_MAX];
	char		 last[STORE_DATE_MAX];
	bool		 dated;		/* the batch widened the range */
	bool		 fresh;		/* created by this batch */
};

struct store_overlay;

struct store_overlay	*store_overlay_new(void);
void	store_overlay_free(struct store_overlay *);
/* Forget everything; or only the story index (pairs and stories, and
 * what was read of the stored index), once written to the store. */
void	store_overlay_clear(struct store_overlay *);
void	store_overlay_clear_index(struct store_overlay *);
/* Pairs held: the caller flushes past a bound, so memory stays flat. */
size_t	store_overlay_npairs(const struct store_overlay *);
/* Terms held. */
size_t	store_overlay_nterms(const struct store_overlay *);

/* The term's entry, added (n 0, base -1) when new. */
struct store_term *store_overlay_intern(struct store_overlay *,
	    const char *term);
/* The table of terms: cap slots, empty ones with a NULL term. */
struct store_term *store_overlay_terms(struct store_overlay *, size_t *cap);

/* The pair, or NULL. */
struct store_pair *store_overlay_pair(struct store_overlay *,
	    const char *term, int64_t story);
/* A new pair (it must not exist) with the stored weight base. */
struct store_pair *store_overlay_add_pair(struct store_overlay *,
	    const char *term, int64_t story, double base);
/* The most recently added pair of a term, or NULL; then follow next.
 * A pair's rank in that order is its term's npairs - 1 - ord. */
struct store_pair *store_overlay_term(struct store_overlay *,
	    const char *term);
struct store_pair *store_overlay_next(struct store_overlay *,
	    const struct store_pair *);

/* The story's state, or NULL; add one (it must not exist). */
struct store_story_state *store_overlay_story(struct store_overlay *,
	    int64_t story);
struct store_story_state *store_overlay_add_story(struct store_overlay *,
	    int64_t story);

/* Every pair, sorted by term then story (for writing out in index
 * order): afterwards the overlay is only good for clearing.  Every story
 * the batch touched. */
struct store_pair *store_overlay_sorted(struct store_overlay *, size_t *n);
struct store_story_state *store_overlay_stories(struct store_overlay *,
	    size_t *n);

#endif
