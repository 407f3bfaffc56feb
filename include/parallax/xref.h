/*
 * xref: the cross-reference of one story.  Groups the matching claims of
 * different outlets into shared claims (without chaining), counts the
 * outlets that carry each, and records where outlets differ on a figure,
 * a date or a speaker.  Reads claims through the store, never SQL itself;
 * results are cached in the store per story version.
 */
#ifndef PARALLAX_XREF_H
#define PARALLAX_XREF_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parallax/claim.h"

struct store;

/* No shared claim: the value of xref_span.group for a unique claim. */
#define XREF_NONE	((size_t)-1)

enum xref_what {
	XREF_DIFF_FIGURE,
	XREF_DIFF_DATE,
	XREF_DIFF_SPEAKER
};

/* One claim of an article as the reader colours it: its span of the body,
 * its kind, the shared claim it belongs to (XREF_NONE when only this
 * outlet carries it), and for a quotation the span of its speaker in the
 * body (speaker_start == speaker_end when unknown). */
struct xref_span {
	size_t		 start;
	size_t		 end;
	enum claim_kind	 kind;
	size_t		 group;
	size_t		 speaker_start;
	size_t		 speaker_end;
};

/* An article of the story, with every claim it makes, in body order
 * (sentences and quotations interleaved by start). */
struct xref_article {
	int64_t			 id;
	char			*source;
	char			*title;
	char			*date;		/* may be NULL */
	char			*origin;
	struct xref_span	*spans;
	size_t			 nspans;
	size_t			 nsentences;	/* spans that are sentences */
	size_t			 nshared;	/* of them carried elsewhere */
};

/* Where one outlet words a shared claim. */
struct xref_mention {
	size_t		 article;	/* index into xref_story.articles */
	size_t		 span;		/* index into that article's spans */
	size_t		 start;
	size_t		 end;
};

/* An outlet that states the claim differently: `this` is the value in the
 * first mention of the claim, `that` the value in the article's own.  A
 * value is normalised ("more than usd 100000000", "date 11-18"), for
 * comparing; a text is the words the article uses for it ("more than
 * $100 million", "Nov. 18"), for showing.  A speaker's value and text
 * are both the words that name the speaker. */
struct xref_difference {
	size_t		 article;
	enum xref_what	 what;
	char		*this_value;
	char		*that_value;
	char		*this_text;
	char		*that_text;
};

/* A shared claim: two or more mentions from at least two outlets. */
struct xref_claim {
	size_t			 id;		/* 1-based, stable in a version */
	enum claim_kind		 kind;
	size_t			 nsources;	/* distinct outlets */
	struct xref_mention	*mentions;
	size_t			 nmentions;
	struct xref_difference	*diffs;
	size_t			 ndiffs;
};

/* The cross-reference of one story.  Claims are ordered most widely
 * carried first. */
struct xref_story {
	int64_t			 id;
	char			*title;
	struct xref_article	*articles;
	size_t			 narticles;
	struct xref_claim	*claims;
	size_t			 nclaims;
	size_t			 nsources;	/* distinct outlets of the story */
	/* The story's version when its claims were read: what a cache of
	 * this cross-reference is valid for. */
	int64_t			 version;
};

/*
 * The cross-reference of a story: from the store's cache when the story
 * has not changed since it was computed, else computed from the stored
 * claims (and cached when the store is writable).  Returns 0 and *out
 * (free with xref_story_free()), 1 when there is no such story, -1 with
 * *cause on error.
 */
int	xref_story_get(struct store *st, int64_t story, struct xref_story **out,
	    char **cause);

/* The same from the cache only: 0 and *out as above, 2 when the story's
 * cross-reference must be computed first, 1 and -1 as above. */
int	xref_story_cached(struct store *st, int64_t story,
	    struct xref_story **out, char **cause);

/* The same without looking at the cache: computed afresh, then cached. */
int	xref_story_refresh(struct store *st, int64_t story,
	    struct xref_story **out, char **cause);

/*
 * Compute a story's cross-reference afresh, as xref_story_get() does when
 * the cache has none, without caching it: 0 and *out, 1 or -1 as above.
 * Safe on a thread of its own with a store of its own (the interface's
 * background work); gives up (-1, *cause "cancelled") soon after another
 * thread sets *stop (NULL: never).
 */
int	xref_story_compute(struct store *st, int64_t story,
	    const atomic_bool *stop, struct xref_story **out, char **cause);

/* A story's cross-reference in the form the store caches
 * (store_xref_cache_put(); the caller frees it). */
char	*xref_story_encode(const struct xref_story *x);

/* Free a story's cross-reference; NULL is fine. */
void	xref_story_free(struct xref_story *x);

/* Compare the claims of a large story on at most n threads, the
 * caller's included (0, the default: one a processor, at most four).
 * The result is the same whatever n is.  For tests and benchmarks. */
void	xref_set_threads(size_t n);

/* The name of a difference kind: "figure", "date", "speaker". */
const char *xref_what_name(enum xref_what w);

#endif
