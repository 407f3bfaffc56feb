/*
 * store: the SQLite article store, the only module that speaks SQL.
 * Outlets, articles with their clean bodies, full-text search, and the
 * claims and stories derived from them.  Opaque; every call reports
 * failure as -1 with a cause the caller frees.
 */
#ifndef PARALLAX_STORE_H
#define PARALLAX_STORE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct article;
struct store;

/* The schema version this build writes (PRAGMA user_version). */
#define STORE_SCHEMA_VERSION	5

/*
 * The default store path: $XDG_DATA_HOME/parallax/store.db, else
 * $HOME/.local/share/parallax/store.db.  Caller frees; NULL if neither
 * variable is set.
 */
char	*store_default_path(void);

/*
 * Open the store at path, creating it (and, when create_dirs is true, its
 * folders with mode 0700) if it does not exist, and migrating an older
 * schema.  A file that is not a parallax store (not SQLite, another
 * program's database, truncated, or from a newer parallax) is refused and
 * left untouched.  Returns 0 and *out, or -1 and *cause.
 */
int	store_open(const char *path, bool create_dirs, struct store **out,
	    char **cause);

/* Another connection to a store this process has open, for another
 * thread (store_open() would inspect the file, and closing it would drop
 * the locks the open connection holds on it).  As store_open(). */
int	store_open_again(const struct store *st, struct store **out,
	    char **cause);

/* Close the store; NULL is fine. */
void	store_close(struct store *st);

/* Batch transactions: every write between begin and commit lands whole or
 * not at all.  Rollback never fails. */
int	store_begin(struct store *st, char **cause);
int	store_commit(struct store *st, char **cause);
void	store_rollback(struct store *st);

/*
 * Add an article (inside a transaction) to story story_id, or to a new
 * story titled after it when story_id is 0.  An article whose clean body
 * is already stored is not added again: *duplicate is set and *id is the
 * existing article.  Returns 0 or -1 with *cause.
 */
int	store_add_article(struct store *st, const struct article *a,
	    int64_t story_id, const char *signature, int64_t *id,
	    bool *duplicate, char **cause);

/* The article whose clean body is these bytes: 0 and *id when stored,
 * 1 when not, -1 on error. */
int	store_find_body(struct store *st, const char *body, size_t len,
	    int64_t *id, char **cause);

/* One article as lists show it: borrowed strings, valid until the list
 * that holds it is freed. */
struct store_entry {
	int64_t	 id;
	int64_t	 story;
	char	*source;
	char	*title;
	char	*date;		/* may be NULL */
	char	*origin;
	int64_t	 added;		/* Unix time of import */
};

struct store_story {
	int64_t			 id;
	char			*title;
	int64_t			 updated;	/* Unix time of the last change */
	size_t			 nsources;	/* distinct outlets */
	long			 nclaims;	/* shared claims, -1: unknown
						   until its xref is computed */
	struct store_entry	*articles;
	size_t			 narticles;
};

struct store_story_list {
	struct store_story	*v;
	size_t			 n;
};

/* Every story with its articles, newest story first and articles by date.
 * Free with store_story_list_free(). */
int	store_list_stories(struct store *st, struct store_story_list *out,
	    char **cause);
void	store_story_list_free(struct store_story_list *l);

/*
 * Load one article whole.  Returns 0 and *out (caller frees with
 * article_free()) and *story, 1 when there is no such article, -1 on error.
 */
int	store_get_article(struct store *st, int64_t id, struct article **out,
	    int64_t *story, char **cause);

/* Full-text search results, best first. */
struct store_hit {
	struct store_entry	 entry;
	char			*snippet;	/* clean text, "[" "]" mark hits */
};

struct store_hits {
	struct store_hit	*v;
	size_t			 n;
};

/* Search titles and bodies.  The query is taken as plain words (every word
 * must appear, prefixes with a trailing '*'), never as FTS syntax that
 * could fail.  Free with store_hits_free(). */
int	store_search(struct store *st, const char *query, size_t limit,
	    struct store_hits *out, char **cause);
void	store_hits_free(struct store_hits *h);

/* Remove an article (with its claims); a story left empty goes too.
 * *found tells whether it existed. */
int	store_remove_article(struct store *st, int64_t id, bool *found,
	    char **cause);

/* Number of articles in the store. */
int	store_count_articles(struct store *st, int64_t *n, char **cause);

/* A number that changes whenever another process commits to the store:
 * cheap enough to poll.  0 or -1 with *cause. */
int	store_data_version(struct store *st, uint64_t *version, char **cause);

/* ---- claims ---- */

/* One stored claim: its features as claim_features_encode() wrote them
 * (borrowed: valid only during the callback or call). */
struct store_claim_row {
	int64_t		 article;
	size_t		 seq;
	int		 kind;
	size_t		 start;
	size_t		 end;
	const char	*features;
	size_t		 features_len;
};

/* Save the claims of an article, cut by rules of version cut
 * (CLAIM_CUT_VERSION), in place of any it had (inside a transaction). */
int	store_add_claims(struct store *st, int64_t article,
	    const struct store_claim_row *rows, size_t n, int cut,
	    char **cause);

/* How many articles have claims cut by rules older than cut (or none
 * saved).  0 or -1 with *cause. */
int	store_count_stale(struct store *st, int cut, int64_t *n, char **cause);

/* The articles, by id, whose claims are older than cut (every article
 * when all), of one story when story is not 0: *ids, free()d by the
 * caller.  0 or -1 with *cause. */
int	store_stale_articles(struct store *st, int cut, bool all,
	    int64_t story, int64_t **ids, size_t *n, char **cause);

/* Call fn for every claim of every article of a story, by article and
 * seq.  fn returns non-zero to stop.  0 or -1 with *cause. */
typedef int (*store_claim_fn)(const struct store_claim_row *row, void *arg);
int	store_story_claims(struct store *st, int64_t story, store_claim_fn fn,
	    void *arg, char **cause);

/* ---- document frequencies (per article) ---- */

/* Count one more article containing each of the n distinct terms.  Kept
 * in memory and written when the batch commits. */
void	store_df_add(struct store *st, const char *const *terms, size_t n);

/* The number of articles containing term, including the open batch.
 * Outside a batch each term is read once and kept until store_ndocs()
 * finds that another process has changed the store. */
long	store_df(struct store *st, const char *term);

/* The number of articles, including the open batch.  Outside a batch
 * it also starts a fresh reading: the count and the term counts kept
 * since the store last changed are dropped. */
int64_t	store_ndocs(struct store *st);

/* The number of articles of the largest story, including the open batch:
 * counted once a batch (or a reading), then kept true as articles are
 * added; 0 when the store has no story. */
int64_t	store_largest_story(struct store *st);

/* ---- stories and their index ---- */

/* Create an empty story; 0 and *id, or -1. */
int	store_story_create(struct store *st, const char *title, int64_t *id,
	    char **cause);

/* A story that shares indexed terms with an article: dot is the sum of
 * weight products over the shared terms, shared2 the sum of the story's
 * squared weights of those terms, norm2 the squared norm of the story's
 * whole term vector, dates the range of its articles' dates. */
struct store_candidate {
	int64_t	 story;
	double	 dot;
	double	 shared2;
	double	 norm2;
	size_t	 nterms;
	char	*date_first;
	char	*date_last;
};

/*
 * The stories sharing at least min_terms of the n weighted terms (most
 * recent stories first per term, a bounded number per term) whose cosine
 * with the article (of norm norm) can exceed min_cos: since norm2 is at
 * least shared2, the others cannot, and their norm and dates are never
 * read.  Free with store_candidates_free().
 */
int	store_story_candidates(struct store *st, const char *const *terms,
	    const double *w, size_t n, double norm, size_t min_terms,
	    double min_cos, struct store_candidate **out, size_t *nout,
	    char **cause);
void	store_candidates_free(struct store_candidate *c, size_t n);

/* Add (sign 1) or remove (sign -1) an article's weighted terms to a
 * story's index, updating its norm and, when adding, its date range. */
int	store_story_index_add(struct store *st, int64_t story,
	    const char *const *terms, const double *w, size_t n, double sign,
	    const char *date, char **cause);

/* The articles of one story, by id.  Free with store_entries_free(). */
int	store_story_articles(struct store *st, int64_t story,
	    struct store_entry **out, size_t *n, char **cause);
void	store_entries_free(struct store_entry *e, size_t n);

/* Delete a story that has no articles left. */
int	store_story_drop_if_empty(struct store *st, int64_t story,
	    char **cause);

/* The titles of a story's first max articles. */
struct store_title {
	int64_t	 article;
	char	*title;
};
int	store_story_titles(struct store *st, int64_t story, size_t max,
	    struct store_title **out, size_t *n, char **cause);
void	store_titles_free(struct store_title *t, size_t n);

int	store_story_set_title(struct store *st, int64_t story,
	    const char *title, char **cause);

/* Mark a story changed (its version goes up, its cache goes stale). */
int	store_story_touch(struct store *st, int64_t story, char **cause);

/* Mark a story's claims changed but not the story: its cache goes stale,
 * its time (and so its place among the newest) stays. */
int	store_story_recut(struct store *st, int64_t story, char **cause);

/* A story's title (caller frees; title may be NULL) and version: 0, 1
 * when there is no such story, -1 on error. */
int	store_story_info(struct store *st, int64_t story, char **title,
	    int64_t *version, char **cause);

/* An article's story, signature and date (caller frees both strings,
 * which may be NULL): 0, 1 when there is no such article, -1. */
int	store_article_signature(struct store *st, int64_t article,
	    int64_t *story, char **sig, char **date, char **cause);

/* Put an article into another story; pinned marks a user's correction. */
int	store_article_move(struct store *st, int64_t article, int64_t story,
	    bool pinned, char **cause);

/* Move every article of story from into story into and delete from. */
int	store_story_merge(struct store *st, int64_t into, int64_t from,
	    char **cause);

/* The cached cross-reference of a story, valid for its current version:
 * 0 and *data (caller frees), 1 when there is none, -1 on error. */
int	store_xref_cache_get(struct store *st, int64_t story, char **data,
	    size_t *len, char **cause);
/* Cache a story's cross-reference computed from its given version: only
 * while the story still has that version (else nothing is written, and 0:
 * a stale result must not pass for the new one). */
int	store_xref_cache_put(struct store *st, int64_t story, int64_t version,
	    const char *data, size_t len, size_t nclaims, char **cause);

/* ---- paged listing for the interface ---- */

/*
 * The stories as store_list_stories() orders them (newest first), every
 * one when limit is 0, else the first limit (a quick query for a first
 * screen), but without their articles: articles is NULL, narticles is
 * the number of its articles (read from an index) and nsources is 0
 * (counting outlets reads every article row: see store_story_noutlets()).
 * Load a story's articles with store_story_articles().  Free with
 * store_story_heads_free() (not store_story_list_free()).
 */
int	store_list_story_heads(struct store *st, size_t limit,
	    struct store_story_list *out, char **cause);
void	store_story_heads_free(struct store_story_list *l);

/* The number of distinct outlets of a story's articles: 0 and *n, or -1
 * with *cause. */
int	store_story_noutlets(struct store *st, int64_t story, size_t *n,
	    char **cause);

/* How long a call waits for another process's lock before it fails
 * (60 s from store_open()).  The interface shortens it so that a
 * best-effort cache write never stalls it while an import runs. */
void	store_set_busy_timeout(struct store *st, int ms);
/* The same, for a connection on a thread that may be asked to stop: a
 * wait ends as soon as *stop is set. */
void	store_set_busy_stop(struct store *st, int ms, const atomic_bool *stop);

/* ---- feeds ---- */

/* A followed feed as the store keeps it.  Strings may be NULL. */
struct store_feed {
	int64_t	 id;
	char	*url;
	char	*source;	/* the outlet the user named (--source) */
	char	*title;		/* the feed's own title, from its last fetch */
	char	*etag;		/* validators of the last good response */
	char	*last_modified;
	bool	 fulltext;	/* fetch the page of summary-only items */
	long	 last_status;	/* HTTP status of the last fetch, 0: none */
	char	*last_error;	/* why the last fetch failed, NULL if it did
				   not */
	int64_t	 last_fetch;	/* Unix time, 0: never fetched */
	int64_t	 nitems;	/* items seen */
	int64_t	 narticles;	/* of which imported as articles */
};

/* Follow a feed (inside a transaction).  A URL already followed is left
 * as it is: *existed is set and *id is that feed.  0 or -1. */
int	store_feed_add(struct store *st, const char *url, const char *source,
	    bool fulltext, int64_t *id, bool *existed, char **cause);

/* The feed with this URL: 0 and *id, 1 when not followed, -1. */
int	store_feed_find(struct store *st, const char *url, int64_t *id,
	    char **cause);

/* Every followed feed, by id.  Free with store_feeds_free(). */
int	store_feed_list(struct store *st, struct store_feed **out, size_t *n,
	    char **cause);
void	store_feeds_free(struct store_feed *v, size_t n);

/* Stop following a feed (inside a transaction) and forget its items; the
 * articles imported from it stay.  *found tells whether it existed. */
int	store_feed_remove(struct store *st, int64_t id, bool *found,
	    char **cause);

/* Whether the feed's item with this key was seen: 0 seen, 1 not, -1. */
int	store_feed_has_item(struct store *st, int64_t feed, const char *key,
	    char **cause);

/* Record an item as seen (inside a transaction), with the article made
 * of it (0: none, the item had no usable text).  Seen again: no change. */
int	store_feed_add_item(struct store *st, int64_t feed, const char *key,
	    int64_t article, char **cause);

/* Keep the validators of a good response for the next conditional
 * request (NULL clears one).  Inside a transaction. */
int	store_feed_set_cache(struct store *st, int64_t feed, const char *etag,
	    const char *last_modified, char **cause);

/* Record the outcome of a fetch at time when: the feed's title (NULL
 * keeps the stored one), the HTTP status and the error (NULL: success).
 * Inside a transaction. */
int	store_feed_set_result(struct store *st, int64_t feed,
	    const char *title, long status, const char *error, int64_t when,
	    char **cause);

#endif
