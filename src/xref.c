/*
 * xref: the cross-reference of one story.  Loads the stored claims of the
 * story's articles and prepares each for matching as it is read (match
 * asks the store for each new term's document frequency in the read
 * transaction of the claims), finds candidate pairs through an inverted
 * index of their distinctive terms (match's, a word and its synonyms one
 * term) and of their specific figures (a count of a noun, a sum, a
 * percentage: a shared one is strong evidence even when the words around
 * it are common in the story; never all pairs), scores them with match
 * (each pair scored once, and once for all the copies of a claim that
 * outlets print word for word; a large story's pairs on several threads,
 * each comparing in a fork of the claims' match context, with the same
 * result however many there are), and groups the matching claims of
 * different outlets with complete linkage so that A~B and B~C never join
 * A and C unless A~C.  Records where outlets differ on a figure, a date
 * or a speaker.  Results are cached in the store per story version.  No
 * SQL, no curses, no printing.
 */
#include "parallax/xref.h"

#include <math.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "parallax/article.h"
#include "parallax/match.h"
#include "parallax/store.h"
#include "parallax/text.h"
#include "parallax/util.h"

/* Posting lists longer than this share of the story's claims are too
 * common to find candidates with. */
#define XREF_COMMON_SHARE	0.25
/* Candidates must share this share of the lighter claim's weight. */
#define XREF_MIN_SHARE		0.18
/*
 * Bounds for a story of thousands of articles, where a fact is in
 * thousands of claims: a claim finds candidates among the nearest
 * XREF_WINDOW later claims with each of its terms or figures, and is
 * compared with at most XREF_CANDIDATES of them, the likeliest: those
 * sharing a figure, then by shared weight.  Past XREF_BIG claims, the
 * _BIG bounds.  A story of a couple of hundred articles is within all.
 */
#define XREF_WINDOW		1024
#define XREF_CANDIDATES		256
#define XREF_BIG		16384
#define XREF_WINDOW_BIG		256
#define XREF_CANDIDATES_BIG	32
/* A count of a noun from this many things up is specific enough to find
 * candidates by (as are sums and percentages). */
#define XREF_FIGURE_MIN		100
/* Candidate pairs are scored by up to this many threads (one a
 * processor), when the story has at least XREF_THREAD_ARTICLES articles;
 * each takes XREF_CHUNK claims at a time. */
#define XREF_THREADS		4
#define XREF_THREAD_ARTICLES	24
#define XREF_CHUNK		8
/* Version tag of the cache: of its format and of the matcher that made
 * it (a cache of another matcher is recomputed). */
#define XREF_CACHE_MAGIC	"parallax-xref 12 " PARALLAX_VERSION

struct xref_claimref {
	size_t		 article;
	size_t		 seq;
	struct claim	*c;
	struct match_prep *prep;	/* c prepared for matching */
	double		 weight;	/* sum of its content terms' weights */
	size_t		 group;		/* working group, or XREF_NONE */
	int64_t		 outlet;	/* outlet key of its article */
	size_t		*figmates;	/* later claims sharing a figure */
	size_t		 nfigmates;
	size_t		 capfigmates;
	size_t		 copy;		/* the first claim it is a copy of */
	bool		 copied;	/* other claims are copies of it */
};

/* A specific figure of a claim, as a key that finds the claims of other
 * outlets stating it, however they hedge it. */
struct xref_figkey {
	char	*key;
	size_t	 claim;
};

/* A map of pairs of claims (a key of their numbers, + 1) to a verdict
 * and a score, by open addressing. */
struct xref_map {
	unsigned long long	*key;		/* 0: an empty slot */
	unsigned char		*v;
	double			*score;
	size_t			 cap;
	size_t			 n;
};

struct xref_crew;
struct xref_work;

static void	xref_crew_start(struct xref_work *, size_t);
static void	xref_crew_end(struct xref_work *, int);

struct xref_work {
	struct store		*st;
	struct xref_story	*x;
	int64_t			*outlet_of;	/* per article: outlet key */
	struct xref_claimref	*cl;
	size_t			 ncl;
	size_t			 capcl;
	unsigned long		 ndocs;
	char			*cause;
	struct match_ctx	*mctx;		/* the claims' prepared form */
	/* Posting lists of the claims' terms (by match's term ids): the
	 * claims with term t are post[start[t], start[t + 1]), in order. */
	size_t			*post;
	int64_t			*postout;	/* outlet of each (for the walk) */
	size_t			*start;
	size_t			 nterms;
	/* The next claim whose candidates no scorer has taken, and the
	 * threads that help score (started while the claims load, so that
	 * they are ready when the scoring starts). */
	atomic_size_t		 next;
	struct xref_crew	*crew;
	/* matched pairs, by xref_pair_key() */
	struct xref_map		 pairs;
	/* The article of the claim read last: claims come in article
	 * order. */
	size_t			 last_article;
	/* Set by another thread to give up (NULL: never). */
	const atomic_bool	*stop;
};

/* Has another thread asked the work to give up? */
static bool
xref_stopped(const struct xref_work *w)
{
	return w->stop != NULL && atomic_load(w->stop);
}

/* match's document frequencies: the store's, asked once a term (while
 * the claims are read, in their read transaction). */
static unsigned long
xref_df(const char *term, void *arg)
{
	struct xref_work	*w = arg;
	long			 df = store_df(w->st, term);

	return df > 0 ? (unsigned long)df : 0;
}

/* The key of claims i and j, in that order. */
static unsigned long long
xref_key(size_t i, size_t j)
{
	return ((unsigned long long)i << 32 | (unsigned long long)j) + 1;
}

/* The key of a pair, in either order. */
static unsigned long long
xref_pair_key(size_t i, size_t j)
{
	return i < j ? xref_key(i, j) : xref_key(j, i);
}

static size_t
xref_map_slot(const struct xref_map *m, unsigned long long k)
{
	size_t	i = (size_t)((k * 0x9e3779b97f4a7c15ULL) >> 20) &
		    (m->cap - 1);

	while (m->key[i] != 0 && m->key[i] != k)
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* Make room for more pairs in one step: the map stays at most half
 * full, and a known number of pairs is put without growing it twice. */
static void
xref_map_reserve(struct xref_map *m, size_t more)
{
	struct xref_map	old = *m;
	size_t		i, cap;

	if ((m->n + more) * 2 <= m->cap)
		return;
	for (cap = old.cap == 0 ? 256 : old.cap * 2; cap < (m->n + more) * 2;
	    cap *= 2)
		continue;
	m->cap = cap;
	m->key = xcalloc(m->cap, sizeof *m->key);
	m->v = xcalloc(m->cap, sizeof *m->v);
	m->score = xcalloc(m->cap, sizeof *m->score);
	for (size_t n = 0; n < old.cap; n++) {
		if (old.key[n] == 0)
			continue;
		i = xref_map_slot(m, old.key[n]);
		m->key[i] = old.key[n];
		m->v[i] = old.v[n];
		m->score[i] = old.score[n];
	}
	free(old.key);
	free(old.v);
	free(old.score);
}

static void
xref_map_put(struct xref_map *m, unsigned long long k, enum match_verdict v,
    double score)
{
	size_t	i;

	xref_map_reserve(m, 1);
	i = xref_map_slot(m, k);
	if (m->key[i] == 0)
		m->n++;
	m->key[i] = k;
	m->v[i] = (unsigned char)v;
	m->score[i] = score;
}

/* Whether k is in the map, and then its verdict and score. */
static bool
xref_map_get(const struct xref_map *m, unsigned long long k,
    enum match_verdict *v, double *score)
{
	size_t	i;

	if (m->cap == 0 || m->key[i = xref_map_slot(m, k)] == 0)
		return false;
	*v = (enum match_verdict)m->v[i];
	*score = m->score[i];
	return true;
}

static void
xref_map_fini(struct xref_map *m)
{
	free(m->key);
	free(m->v);
	free(m->score);
	memset(m, 0, sizeof *m);
}

static enum match_verdict
xref_pair_get(const struct xref_work *w, size_t a, size_t b)
{
	enum match_verdict	v;
	double			score;

	return xref_map_get(&w->pairs, xref_pair_key(a, b), &v, &score) ?
	    v : MATCH_NONE;
}

/* ---- loading ---- */

static int
xref_load_claim(const struct store_claim_row *r, void *arg)
{
	struct xref_work	*w = arg;
	struct xref_claimref	*ref;
	size_t			 a;
	char			*cause;

	if (xref_stopped(w))
		return 1;
	/* The claims come in the articles' order: look from the last. */
	for (a = w->last_article; a < w->x->narticles; a++) {
		if (w->x->articles[a].id == r->article)
			break;
	}
	for (a = a < w->x->narticles ? a : 0; a < w->x->narticles; a++) {
		if (w->x->articles[a].id == r->article)
			break;
	}
	if (a == w->x->narticles)
		return 0;
	w->last_article = a;
	if (w->ncl == w->capcl) {
		w->capcl = w->capcl == 0 ? 256 : w->capcl * 2;
		w->cl = xreallocarray(w->cl, w->capcl, sizeof *w->cl);
	}
	ref = &w->cl[w->ncl];
	memset(ref, 0, sizeof *ref);
	ref->c = xmalloc(sizeof *ref->c);
	if (claim_features_decode(r->features, r->features_len, ref->c,
	    &cause) != 0) {
		w->cause = xasprintf("article %lld claim %zu: %s",
		    (long long)r->article, r->seq, cause);
		free(cause);
		claim_fini(ref->c);
		free(ref->c);
		return 1;
	}
	ref->article = a;
	ref->seq = r->seq;
	ref->group = XREF_NONE;
	ref->c->start = r->start;
	ref->c->end = r->end;
	/* Prepare it now: match asks the store for the document frequency
	 * of each new term in the read transaction that reads the claims,
	 * not in one transaction each. */
	ref->prep = match_prepare(w->mctx, ref->c);
	w->ncl++;
	return 0;
}

static int
xref_load(struct xref_work *w, int64_t story, char **cause)
{
	struct store_entry	*e;
	struct xref_story	*x = w->x;
	size_t			 n, i, j;

	if (store_story_articles(w->st, story, &e, &n, cause) != 0)
		return -1;
	x->articles = xcalloc(n + 1, sizeof *x->articles);
	x->narticles = n;
	w->outlet_of = xcalloc(n + 1, sizeof *w->outlet_of);
	for (i = 0; i < n; i++) {
		x->articles[i].id = e[i].id;
		x->articles[i].source = xstrdup(e[i].source);
		x->articles[i].title = xstrdup(e[i].title);
		x->articles[i].date = e[i].date != NULL ? xstrdup(e[i].date) :
		    NULL;
		x->articles[i].origin = xstrdup(e[i].origin);
		for (j = 0; j < i && strcmp(e[j].source, e[i].source) != 0;
		    j++)
			;
		w->outlet_of[i] = (int64_t)j;
		if (j == i)
			x->nsources++;
	}
	store_entries_free(e, n);
	xref_crew_start(w, n);
	if (store_story_claims(w->st, story, xref_load_claim, w, cause) != 0)
		return -1;
	if (w->cause != NULL) {
		*cause = w->cause;
		w->cause = NULL;
		return -1;
	}
	if (xref_stopped(w)) {
		*cause = xstrdup("cancelled");
		return -1;
	}
	return 0;
}

/* ---- candidates and matching ---- */

/* Build the posting lists of the claims' terms, and each claim's
 * weight. */
static void
xref_index(struct xref_work *w)
{
	const uint32_t	*ids;
	const double	*wt;
	size_t		 i, k, n, t, total = 0;

	w->nterms = match_ctx_nterms(w->mctx);
	w->start = xcalloc(w->nterms + 1, sizeof *w->start);
	for (i = 0; i < w->ncl; i++) {
		struct xref_claimref *r = &w->cl[i];
		r->outlet = w->outlet_of[r->article];
		n = match_prep_terms(r->prep, &ids, &wt);
		for (k = 0; k < n; k++) {
			w->start[ids[k] + 1]++;
			r->weight += wt[k];
		}
		total += n;
	}
	for (t = 0; t < w->nterms; t++)
		w->start[t + 1] += w->start[t];
	w->post = xcalloc(total + 1, sizeof *w->post);
	w->postout = xcalloc(total + 1, sizeof *w->postout);
	/* Fill each list from its start, in claim order. */
	size_t *fill = xcalloc(w->nterms + 1, sizeof *fill);
	memcpy(fill, w->start, (w->nterms + 1) * sizeof *fill);
	for (i = 0; i < w->ncl; i++) {
		n = match_prep_terms(w->cl[i].prep, &ids, &wt);
		for (k = 0; k < n; k++) {
			w->post[fill[ids[k]]] = i;
			w->postout[fill[ids[k]]++] = w->cl[i].outlet;
		}
	}
	free(fill);
}

/* How many of the later claims with a term or figure are candidates. */
static size_t
xref_window(const struct xref_work *w)
{
	return w->ncl > XREF_BIG ? XREF_WINDOW_BIG : XREF_WINDOW;
}

/* The longest posting list that still finds candidates. */
static size_t
xref_maxpost(const struct xref_work *w)
{
	size_t	maxpost = (size_t)(XREF_COMMON_SHARE * (double)w->ncl);

	return maxpost < 8 ? 8 : maxpost;
}

/* The key of a figure specific enough to find candidates by (a count of
 * a noun, a sum, a percentage), or NULL.  The hedge is left out. */
static char *
xref_figure_key(const struct claim_figure *f)
{
	switch (f->unit) {
	case CLAIM_UNIT_COUNT:
		if (f->noun == NULL || f->value < XREF_FIGURE_MIN)
			return NULL;
		return xasprintf("c %.9g %s", f->value, f->noun);
	case CLAIM_UNIT_PERCENT:
	case CLAIM_UNIT_USD:
	case CLAIM_UNIT_GBP:
	case CLAIM_UNIT_EUR:
		return xasprintf("%d %.9g", (int)f->unit, f->value);
	default:
		return NULL;
	}
}

static int
xref_by_figkey(const void *x, const void *y)
{
	const struct xref_figkey *a = x, *b = y;
	int c = strcmp(a->key, b->key);

	if (c != 0)
		return c;
	return a->claim < b->claim ? -1 : a->claim > b->claim;
}

/*
 * A shared specific figure is strong evidence that two claims state one
 * fact even when their shared words are common in the story: give each
 * claim the later claims of other outlets that state one of its figures
 * (unless the figure is as common as a common word).
 */
static void
xref_index_figures(struct xref_work *w)
{
	struct xref_figkey	*k = NULL;
	size_t			 nk = 0, cap = 0, i, j, a, b, maxpost;

	for (i = 0; i < w->ncl; i++) {
		const struct claim *c = w->cl[i].c;
		for (j = 0; j < c->nfigures; j++) {
			char *key = xref_figure_key(&c->figures[j]);
			if (key == NULL)
				continue;
			if (nk == cap) {
				cap = cap == 0 ? 64 : cap * 2;
				k = xreallocarray(k, cap, sizeof *k);
			}
			k[nk].key = key;
			k[nk++].claim = i;
		}
	}
	if (nk > 0)
		qsort(k, nk, sizeof *k, xref_by_figkey);
	maxpost = xref_maxpost(w);
	for (i = 0; i < nk; i = j) {
		for (j = i + 1; j < nk && strcmp(k[i].key, k[j].key) == 0; j++)
			;
		if (j - i > maxpost)
			continue;
		for (a = i; a < j; a++) {
			struct xref_claimref *r = &w->cl[k[a].claim];
			size_t end = j - a > xref_window(w) ?
			    a + xref_window(w) : j;
			for (b = a + 1; b < end; b++) {
				size_t m = k[b].claim;
				if (m == k[a].claim ||
				    w->cl[m].outlet == r->outlet)
					continue;
				if (r->nfigmates == r->capfigmates) {
					r->capfigmates = r->capfigmates == 0 ?
					    4 : 2 * r->capfigmates;
					r->figmates = xreallocarray(r->figmates,
					    r->capfigmates,
					    sizeof *r->figmates);
				}
				r->figmates[r->nfigmates++] = m;
			}
		}
	}
	for (i = 0; i < nk; i++)
		free(k[i].key);
	free(k);
}

/* Find the claims that are copies of an earlier one (a wire report that
 * several outlets print word for word): a comparison with a copy is the
 * comparison with the first. */
static void
xref_find_copies(struct xref_work *w)
{
	size_t	*slot, cap = 16, i, k;

	while (cap < 2 * w->ncl)
		cap *= 2;
	slot = xcalloc(cap, sizeof *slot);
	for (i = 0; i < w->ncl; i++) {
		struct xref_claimref *r = &w->cl[i];
		k = (size_t)match_prep_hash(r->prep) & (cap - 1);
		r->copy = i;
		for (; slot[k] != 0; k = (k + 1) & (cap - 1)) {
			struct xref_claimref *o = &w->cl[slot[k] - 1];
			if (match_prep_same(o->prep, r->prep)) {
				r->copy = slot[k] - 1;
				o->copied = true;
				break;
			}
		}
		if (r->copy == i)
			slot[k] = i + 1;
	}
	free(slot);
}

/* A scorer: one thread's share of the candidate pairs, with a context
 * to compare in (the work's, or a fork of it) and what it found. */
/* A pair a scorer found, kept small: a story's claims number under 2^32
 * (xref_key() packs two in 64 bits), and a large one finds millions. */
struct xref_found {
	uint32_t		 i;
	uint32_t		 j;
	double			 score;
	unsigned char		 v;
};

/* A candidate of a claim, and how likely a match: sharing a figure
 * first, then by shared weight. */
struct xref_cand {
	size_t	j;
	double	key;
};

struct xref_scorer {
	struct xref_crew	*crew;
	struct xref_work	*w;
	struct match_ctx	*mctx;
	double			*acc;		/* per claim: shared weight */
	bool			*forced;	/* per claim: shares a figure */
	size_t			*touched;
	struct xref_cand	*cand;		/* claim i's, in touched order */
	struct xref_cand	*sel;		/* a copy to select from */
	/* Scores of pairs of claims that have copies, by (copy of i,
	 * copy of j). */
	struct xref_map		 memo;
	struct xref_found	*found;
	size_t			 nfound;
	size_t			 capfound;
};

/* The score and verdict of claims i and j (in that order), computed once
 * for a pair of claims that have copies. */
static double
xref_score(struct xref_scorer *s, size_t i, size_t j, enum match_verdict *v)
{
	const struct xref_work	*w = s->w;
	const struct xref_claimref *a = &w->cl[w->cl[i].copy];
	const struct xref_claimref *b = &w->cl[w->cl[j].copy];
	unsigned long long	k;
	double			score;

	if (!a->copied && !b->copied)
		return match_score_prep(s->mctx, w->cl[i].prep, w->cl[j].prep,
		    v);
	k = xref_key(w->cl[i].copy, w->cl[j].copy);
	if (xref_map_get(&s->memo, k, v, &score))
		return score;
	score = match_score_prep(s->mctx, a->prep, b->prep, v);
	xref_map_put(&s->memo, k, *v, score);
	return score;
}

static void
xref_found_add(struct xref_scorer *s, size_t i, size_t j,
    enum match_verdict v, double score)
{
	if (s->nfound == s->capfound) {
		s->capfound = s->capfound == 0 ? 256 : s->capfound * 2;
		s->found = xreallocarray(s->found, s->capfound,
		    sizeof *s->found);
	}
	s->found[s->nfound].i = (uint32_t)i;
	s->found[s->nfound].j = (uint32_t)j;
	s->found[s->nfound].v = (unsigned char)v;
	s->found[s->nfound].score = score;
	s->nfound++;
}

/* Whether candidate x is likelier than y (a total order). */
static bool
xref_cand_before(const struct xref_cand *x, const struct xref_cand *y)
{
	return x->key != y->key ? x->key > y->key : x->j < y->j;
}

/* Put the n-th likeliest of v[0..len) at v[n], the likelier before it
 * (quickselect). */
static void
xref_cand_select(struct xref_cand *v, size_t len, size_t n)
{
	size_t			lo = 0, hi = len - 1, i, k;
	struct xref_cand	pivot, t;

	while (lo < hi) {
		pivot = v[lo + (hi - lo) / 2];
		t = v[lo + (hi - lo) / 2];
		v[lo + (hi - lo) / 2] = v[hi];
		v[hi] = t;
		for (i = k = lo; i < hi; i++) {
			if (xref_cand_before(&v[i], &pivot)) {
				t = v[i];
				v[i] = v[k];
				v[k++] = t;
			}
		}
		t = v[k];
		v[k] = v[hi];
		v[hi] = t;
		if (k == n)
			return;
		if (k < n)
			lo = k + 1;
		else
			hi = k - 1;
	}
}

/* The first index of post[lo, hi) (ascending) above i. */
static size_t
xref_after(const size_t *post, size_t lo, size_t hi, size_t i)
{
	size_t	mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (post[mid] <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Score every candidate pair of claim i with later claims. */
static void
xref_candidates(struct xref_scorer *s, size_t i)
{
	const struct xref_work	*w = s->w;
	const struct xref_claimref *r = &w->cl[i];
	const uint32_t	*ids;
	const double	*wt;
	double		*acc = s->acc;
	bool		*forced = s->forced;
	size_t		*touched = s->touched;
	struct xref_cand last = { SIZE_MAX, -1 };
	size_t		 ntouched = 0, ncand = 0, maxpost, window, n, cap;

	maxpost = xref_maxpost(w);
	window = xref_window(w);
	n = match_prep_terms(r->prep, &ids, &wt);
	for (size_t k = 0; k < n; k++) {
		size_t lo = w->start[ids[k]], hi = w->start[ids[k] + 1];
		if (hi - lo > maxpost)
			continue;
		/* Postings are in claim order: the later claims are last;
		 * the nearest XREF_WINDOW of them, walked from the last. */
		lo = xref_after(w->post, lo, hi, i);
		if (hi - lo > window)
			hi = lo + window;
		for (size_t p = hi; p > lo; p--) {
			size_t j = w->post[p - 1];
			if (w->postout[p - 1] == r->outlet)
				continue;
			if (acc[j] == 0)
				touched[ntouched++] = j;
			acc[j] += wt[k];
		}
	}
	for (size_t p = 0; p < r->nfigmates; p++) {
		size_t j = r->figmates[p];
		if (acc[j] == 0 && !forced[j])
			touched[ntouched++] = j;
		forced[j] = true;
	}
	for (size_t p = 0; p < ntouched; p++) {
		size_t j = touched[p];
		double lighter = fmin(w->cl[i].weight, w->cl[j].weight);
		double share = lighter > 0 ? acc[j] / lighter : 0;
		bool force = forced[j];
		acc[j] = 0;
		forced[j] = false;
		if (share < XREF_MIN_SHARE && !force)
			continue;
		s->cand[ncand].j = j;
		s->cand[ncand++].key = force ? 2 + share : share;
	}
	/* Only the likeliest, past the bound: those up to the cap-th. */
	cap = w->ncl > XREF_BIG ? XREF_CANDIDATES_BIG : XREF_CANDIDATES;
	if (ncand > cap) {
		memcpy(s->sel, s->cand, ncand * sizeof *s->sel);
		xref_cand_select(s->sel, ncand, cap - 1);
		last = s->sel[cap - 1];
	}
	for (size_t p = 0; p < ncand; p++) {
		size_t j = s->cand[p].j;
		if (ncand > cap && xref_cand_before(&last, &s->cand[p]))
			continue;
		enum match_verdict v;
		double score = xref_score(s, i, j, &v);
		if (v != MATCH_NONE)
			xref_found_add(s, i, j, v, score);
	}
}

/* A scorer's loop: take the next XREF_CHUNK claims until none is left. */
static void *
xref_scorer_run(void *arg)
{
	struct xref_scorer	*s = arg;
	struct xref_work	*w = s->w;
	size_t			 i, end;

	for (;;) {
		if (xref_stopped(w))
			break;
		i = atomic_fetch_add(&w->next, XREF_CHUNK);
		if (i >= w->ncl)
			break;
		end = i + XREF_CHUNK < w->ncl ? i + XREF_CHUNK : w->ncl;
		for (; i < end; i++)
			xref_candidates(s, i);
	}
	return NULL;
}

static void
xref_scorer_init(struct xref_scorer *s, struct xref_work *w,
    struct match_ctx *mctx)
{
	s->w = w;
	s->mctx = mctx;
	s->acc = xcalloc(w->ncl + 1, sizeof *s->acc);
	s->forced = xcalloc(w->ncl + 1, sizeof *s->forced);
	s->touched = xcalloc(w->ncl + 1, sizeof *s->touched);
	s->cand = xcalloc(w->ncl + 1, sizeof *s->cand);
	s->sel = xcalloc(w->ncl + 1, sizeof *s->sel);
}

/* Put what a scorer found into the work's pairs, and free it. */
static void
xref_scorer_fini(struct xref_scorer *s, struct xref_work *w)
{
	for (size_t k = 0; k < s->nfound; k++)
		xref_map_put(&w->pairs, xref_pair_key(s->found[k].i,
		    s->found[k].j), (enum match_verdict)s->found[k].v,
		    s->found[k].score);
	if (s->mctx != w->mctx)
		match_ctx_free(s->mctx);
	free(s->acc);
	free(s->forced);
	free(s->touched);
	free(s->cand);
	free(s->sel);
	xref_map_fini(&s->memo);
	free(s->found);
}

/*
 * The threads that help the caller score.  They sleep while it reads and
 * prepares the claims; it wakes them (XREF_WAKE) before it indexes the
 * claims, so that the milliseconds a sleeping thread can take to wake
 * are spent meanwhile; they then wait for the index without sleeping
 * and score with the caller (XREF_SCORE), or give up (XREF_QUIT).
 */
enum { XREF_SLEEP, XREF_WAKE, XREF_SCORE, XREF_QUIT };

struct xref_crew {
	pthread_mutex_t		 mu;
	pthread_cond_t		 cv;
	atomic_int		 go;
	size_t			 n;
	pthread_t		 tid[XREF_THREADS];
	struct xref_scorer	 s[XREF_THREADS];
};

static void *
xref_crew_run(void *arg)
{
	struct xref_scorer	*s = arg;
	struct xref_crew	*c = s->crew;
	struct xref_work	*w = s->w;
	int			 go;

	pthread_mutex_lock(&c->mu);
	while (atomic_load(&c->go) == XREF_SLEEP)
		pthread_cond_wait(&c->cv, &c->mu);
	pthread_mutex_unlock(&c->mu);
	while ((go = atomic_load(&c->go)) == XREF_WAKE)
		sched_yield();
	if (go == XREF_SCORE) {
		xref_scorer_init(s, w, match_ctx_fork(w->mctx));
		xref_scorer_run(s);
	}
	return NULL;
}

/* The threads to compare on, the caller's included (0: one a
 * processor). */
static atomic_size_t	xref_threads;

void
xref_set_threads(size_t n)
{
	atomic_store(&xref_threads, n);
}

/* Start the helpers for a story of n articles, as many as there are
 * other processors or xref_set_threads() says (none for a small
 * story). */
static void
xref_crew_start(struct xref_work *w, size_t n)
{
	struct xref_crew	*c;
	sigset_t		 all, old;
	long			 cpus;
	size_t			 k, want;

	cpus = xref_threads != 0 ? (long)xref_threads :
	    sysconf(_SC_NPROCESSORS_ONLN);
	if (n < XREF_THREAD_ARTICLES || cpus < 2)
		return;
	want = (size_t)cpus < XREF_THREADS ? (size_t)cpus : XREF_THREADS;
	c = xcalloc(1, sizeof *c);
	atomic_init(&c->go, XREF_SLEEP);
	if (pthread_mutex_init(&c->mu, NULL) != 0) {
		free(c);
		return;
	}
	if (pthread_cond_init(&c->cv, NULL) != 0) {
		pthread_mutex_destroy(&c->mu);
		free(c);
		return;
	}
	/* The helpers take no signal: those are the interface's. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	for (k = 1; k < want; k++) {
		c->s[c->n].crew = c;
		c->s[c->n].w = w;
		if (pthread_create(&c->tid[c->n], NULL, xref_crew_run,
		    &c->s[c->n]) != 0)
			break;
		c->n++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	w->crew = c;
}

/* Tell the helpers what to do next. */
static void
xref_crew_tell(struct xref_crew *c, int go)
{
	pthread_mutex_lock(&c->mu);
	atomic_store(&c->go, go);
	pthread_cond_broadcast(&c->cv);
	pthread_mutex_unlock(&c->mu);
}

/* Have the helpers score with the caller (XREF_SCORE) or give up
 * (XREF_QUIT), and wait for them; their pairs join the work's. */
static void
xref_crew_end(struct xref_work *w, int go)
{
	struct xref_crew	*c = w->crew;
	struct xref_scorer	 own = { .w = w };
	size_t			 k;

	if (c == NULL)
		return;
	xref_crew_tell(c, go);
	if (go == XREF_SCORE) {
		xref_scorer_init(&own, w, w->mctx);
		xref_scorer_run(&own);
	}
	for (k = 0; k < c->n; k++)
		pthread_join(c->tid[k], NULL);
	if (go == XREF_SCORE) {
		/* The pairs all scorers found, at most: room at once. */
		size_t found = own.nfound;
		for (k = 0; k < c->n; k++)
			found += c->s[k].mctx != NULL ? c->s[k].nfound : 0;
		xref_map_reserve(&w->pairs, found);
		xref_scorer_fini(&own, w);
	}
	for (k = 0; k < c->n; k++) {
		if (c->s[k].mctx != NULL)
			xref_scorer_fini(&c->s[k], w);
	}
	pthread_cond_destroy(&c->cv);
	pthread_mutex_destroy(&c->mu);
	free(c);
	w->crew = NULL;
}

/* Score the candidate pairs of every claim, with the helpers if there
 * are any: the same pairs and scores whatever the number of threads
 * (each pair is scored by one scorer, in its own context; the pairs are
 * a set, ordered later by score). */
static void
xref_score_all(struct xref_work *w)
{
	atomic_init(&w->next, 0);
	if (w->crew != NULL) {
		xref_crew_end(w, XREF_SCORE);
		return;
	}
	struct xref_scorer own = { .w = w };
	xref_scorer_init(&own, w, w->mctx);
	xref_scorer_run(&own);
	xref_map_reserve(&w->pairs, own.nfound);
	xref_scorer_fini(&own, w);
}

/* ---- grouping ---- */

struct xref_edge {
	uint32_t	a;
	uint32_t	b;
	double		score;
};

/* Edges most likely first, then by their claims: a total order. */
static bool
xref_edge_before(const struct xref_edge *x, const struct xref_edge *y)
{
	if (x->score != y->score)
		return x->score > y->score;
	if (x->a != y->a)
		return x->a < y->a;
	return x->b < y->b;
}

/* Sort n edges: a merge sort with the comparison inline, where qsort()
 * would call it back some hundred thousand times for a large story. */
static void
xref_sort_edges(struct xref_edge *e, size_t n)
{
	struct xref_edge	*tmp, *src = e, *dst, *t;
	size_t			 width, i, l, r, lend, rend, k;

	dst = tmp = xcalloc(n + 1, sizeof *tmp);
	for (width = 1; width < n; width *= 2) {
		for (i = 0; i < n; i += 2 * width) {
			l = i;
			lend = r = i + width < n ? i + width : n;
			rend = i + 2 * width < n ? i + 2 * width : n;
			for (k = i; l < lend && r < rend; k++)
				dst[k] = xref_edge_before(&src[r], &src[l]) ?
				    src[r++] : src[l++];
			for (; l < lend; k++)
				dst[k] = src[l++];
			for (; r < rend; k++)
				dst[k] = src[r++];
		}
		t = src;
		src = dst;
		dst = t;
	}
	if (src != e)
		memcpy(e, src, n * sizeof *e);
	free(tmp);
}

struct xref_group {
	size_t	*m;		/* claim refs */
	size_t	 n;
	size_t	 quotes;	/* members that are quotations */
	bool	 dead;
};

/* Complete linkage: groups join only when every cross pair matched and
 * no article would appear twice. */
static bool
xref_can_join(const struct xref_work *w, const struct xref_group *g,
    const struct xref_group *h)
{
	for (size_t i = 0; i < g->n; i++) {
		for (size_t j = 0; j < h->n; j++) {
			if (w->cl[g->m[i]].article == w->cl[h->m[j]].article)
				return false;
			if (xref_pair_get(w, g->m[i], h->m[j]) == MATCH_NONE)
				return false;
		}
	}
	return true;
}

static void
xref_group(struct xref_work *w, struct xref_group **out, size_t *nout)
{
	struct xref_edge	*e;
	struct xref_group	*g;
	size_t			 ne = 0, i;

	e = xcalloc(w->pairs.n + 1, sizeof *e);
	for (i = 0; i < w->pairs.cap; i++) {
		if (w->pairs.key[i] == 0)
			continue;
		unsigned long long k = w->pairs.key[i] - 1;
		e[ne].a = (uint32_t)(k >> 32);
		e[ne].b = (uint32_t)(k & 0xffffffffu);
		e[ne].score = w->pairs.score[i];
		ne++;
	}
	xref_sort_edges(e, ne);
	g = xcalloc(w->ncl + 1, sizeof *g);
	for (i = 0; i < w->ncl; i++) {
		g[i].m = xmalloc(sizeof *g[i].m);
		g[i].m[0] = i;
		g[i].n = 1;
		w->cl[i].group = i;
	}
	for (i = 0; i < ne; i++) {
		size_t ga = w->cl[e[i].a].group, gb = w->cl[e[i].b].group;
		if (ga == gb || !xref_can_join(w, &g[ga], &g[gb]))
			continue;
		g[ga].m = xreallocarray(g[ga].m, g[ga].n + g[gb].n,
		    sizeof *g[ga].m);
		for (size_t k = 0; k < g[gb].n; k++) {
			g[ga].m[g[ga].n++] = g[gb].m[k];
			w->cl[g[gb].m[k]].group = ga;
		}
		g[gb].n = 0;
		g[gb].dead = true;
	}
	free(e);
	*out = g;
	*nout = w->ncl;
}

/* ---- differences ---- */

/*
 * Whether a (folded) speaker is an institution named by a definite
 * description, "the bank" or "the regional council": it points back to
 * whoever the article named before, so it contradicts no other speaker.
 * "the official", a person unnamed, is not one.
 */
static bool
xref_speaker_vague(const char *s)
{
	static const char *const nouns[] = {
		"bank", "company", "firm", "ministry", "government", "council",
		"authority", "agency", "department", "regulator", "group",
		"operator", "union", "police", "army", "military", "court",
		"board", "commission", "office", "embassy", "university",
		"hospital", "airline", "party", "organisation", "organization",
		"insurer", "retailer", "carmaker", "manufacturer", "utility",
		"statement", "report", "institute", "service", "club"
	};
	const char	*last;
	size_t		 words = 1;

	if (strncmp(s, "the ", 4) != 0)
		return false;
	for (const char *p = s + 4; *p != '\0'; p++)
		words += *p == ' ';
	if (words > 3)
		return false;
	last = strrchr(s, ' ') + 1;
	for (size_t i = 0; i < UTIL_NELEM(nouns); i++) {
		if (strcmp(last, nouns[i]) == 0)
			return true;
	}
	return false;
}

static bool
xref_speaker_agrees(const char *a, const char *b)
{
	return strstr(a, b) != NULL || strstr(b, a) != NULL ||
	    xref_speaker_vague(a) || xref_speaker_vague(b);
}

/* The bodies of a story's articles, each read when first needed: for
 * the speakers of quotations and the words of differing figures. */
struct xref_bodies {
	char	**v;
	size_t	 *len;
	bool	 *tried;
};

/* The body of article a, read from the store the first time it is asked
 * for (NULL when it cannot be read). */
static const char *
xref_body(struct xref_work *w, struct xref_bodies *bd, size_t a)
{
	struct article	*art;
	char		*c2 = NULL;

	if (bd->v[a] != NULL || bd->tried[a])
		return bd->v[a];
	bd->tried[a] = true;
	if (store_get_article(w->st, w->x->articles[a].id, &art, NULL,
	    &c2) == 0) {
		bd->v[a] = art->body;
		bd->len[a] = bd->v[a] != NULL ? strlen(bd->v[a]) : 0;
		art->body = NULL;
		article_free(art);
	} else
		free(c2);
	return bd->v[a];
}

/* The words that name a quotation's speaker (caller frees), or NULL. */
static char *
xref_speaker_words(struct xref_work *w, struct xref_bodies *bd,
    const struct xref_claimref *r)
{
	const char	*body;

	if (r->c->kind != CLAIM_QUOTE || r->c->speaker_end <= r->c->speaker_start
	    || (body = xref_body(w, bd, r->article)) == NULL ||
	    r->c->speaker_end > bd->len[r->article])
		return NULL;
	return xstrndup(body + r->c->speaker_start,
	    r->c->speaker_end - r->c->speaker_start);
}

/* The speaker of a quotation, folded for comparing (caller frees), or
 * NULL. */
static char *
xref_speaker(struct xref_work *w, struct xref_bodies *bd,
    const struct xref_claimref *r)
{
	char	*s = xref_speaker_words(w, bd, r), *f;

	if (s == NULL)
		return NULL;
	f = text_fold(s, strlen(s), NULL);
	free(s);
	return f;
}

/* Record a difference; the texts are taken (NULL: the values). */
static void
xref_add_diff(struct xref_claim *xc, size_t article, enum xref_what what,
    const char *this_value, const char *that_value, char *this_text,
    char *that_text)
{
	struct xref_difference	*d;

	xc->diffs = xreallocarray(xc->diffs, xc->ndiffs + 1,
	    sizeof *xc->diffs);
	d = &xc->diffs[xc->ndiffs++];
	d->article = article;
	d->what = what;
	d->this_value = xstrdup(this_value);
	d->that_value = xstrdup(that_value);
	d->this_text = this_text != NULL ? this_text : xstrdup(this_value);
	d->that_text = that_text != NULL ? that_text : xstrdup(that_value);
}

/* The words a figure is given in (caller frees), white space made single
 * spaces, or NULL when the body does not hold them. */
static char *
xref_figure_words(struct xref_work *w, struct xref_bodies *bd, size_t a,
    const struct claim_figure *f)
{
	const char	*body = xref_body(w, bd, a);
	struct buf	 b;
	bool		 space = false;

	if (body == NULL || f->end <= f->start || f->end > bd->len[a])
		return NULL;
	buf_init(&b);
	for (size_t i = f->start; i < f->end; i++) {
		if (body[i] == ' ' || body[i] == '\n' || body[i] == '\t') {
			space = b.len > 0;
			continue;
		}
		if (space)
			buf_addc(&b, ' ');
		space = false;
		buf_addc(&b, body[i]);
	}
	return buf_detach(&b, NULL);
}

/*
 * Record that o gives figure fo where ref gives fr.  The texts are the
 * words each article uses, unless they read alike (two years, say, that
 * only the normalised values tell apart).
 */
static void
xref_figure_diff(struct xref_work *w, struct xref_bodies *bd,
    struct xref_claim *xc, const struct xref_claimref *ref,
    const struct xref_claimref *o, const struct match_figure_pair *p)
{
	const struct claim_figure	*fr = &ref->c->figures[p->ia];
	const struct claim_figure	*fo = &o->c->figures[p->ib];
	char				*a, *b;

	a = xref_figure_words(w, bd, ref->article, fr);
	b = xref_figure_words(w, bd, o->article, fo);
	if (a == NULL || b == NULL || strcasecmp(a, b) == 0) {
		free(a);
		free(b);
		a = b = NULL;
	}
	xref_add_diff(xc, o->article, fr->unit == CLAIM_UNIT_DATE ?
	    XREF_DIFF_DATE : XREF_DIFF_FIGURE, p->a, p->b, a, b);
}

/* Differences of each mention against the first one. */
static void
xref_differences(struct xref_work *w, struct xref_claim *xc,
    const size_t *m, size_t n, struct xref_bodies *bd)
{
	const struct xref_claimref	*ref = &w->cl[m[0]];
	char				*sref;

	sref = xref_speaker(w, bd, ref);
	for (size_t i = 1; i < n; i++) {
		const struct xref_claimref *o = &w->cl[m[i]];
		struct match_result r;
		match_figures_prep(w->mctx, ref->prep, o->prep, &r);
		for (size_t k = 0; k < r.ndiff_figures; k++)
			xref_figure_diff(w, bd, xc, ref, o,
			    &r.diff_figures[k]);
		match_result_fini(&r);
		char *so = xref_speaker(w, bd, o);
		if (sref != NULL && so != NULL &&
		    !xref_speaker_agrees(sref, so)) {
			char *a = xref_speaker_words(w, bd, ref);
			char *b = xref_speaker_words(w, bd, o);
			xref_add_diff(xc, o->article, XREF_DIFF_SPEAKER, a, b,
			    NULL, NULL);
			free(a);
			free(b);
		}
		free(so);
	}
	free(sref);
}

/* How two mentions relate: -1 when they disagree (a differing figure or
 * date, or two known speakers that are not one person), 1 when both name
 * the same speaker, 0 otherwise. */
static int
xref_accord(struct xref_work *w, size_t a, size_t b, struct xref_bodies *bd)
{
	char	*sa, *sb;
	int	 r = 0;

	if (xref_pair_get(w, a, b) == MATCH_DIFFERENT)
		return -1;
	sa = xref_speaker(w, bd, &w->cl[a]);
	sb = xref_speaker(w, bd, &w->cl[b]);
	if (sa != NULL && sb != NULL)
		r = xref_speaker_agrees(sa, sb) ? 1 : -1;
	free(sa);
	free(sb);
	return r;
}

/* Put first the mention the others agree with most (one that names its
 * speaker on a tie): differences are then the outliers' against the
 * majority. */
static void
xref_majority_first(struct xref_work *w, size_t *m, size_t n,
    struct xref_bodies *bd)
{
	size_t	best = 0;
	long	bestscore = 0;

	for (size_t i = 0; i < n; i++) {
		const struct xref_claimref *r = &w->cl[m[i]];
		long score = 0;
		for (size_t j = 0; j < n; j++) {
			if (j != i)
				score += 2 * xref_accord(w, m[i], m[j], bd);
		}
		score += r->c->kind == CLAIM_QUOTE &&
		    r->c->speaker_end > r->c->speaker_start;
		if (i == 0 || score > bestscore) {
			bestscore = score;
			best = i;
		}
	}
	size_t t = m[best];
	memmove(m + 1, m, best * sizeof *m);
	m[0] = t;
}

static int
xref_by_carried(const void *x, const void *y)
{
	const struct xref_claim	*a = x, *b = y;

	if (a->nsources != b->nsources)
		return a->nsources < b->nsources ? 1 : -1;
	if (a->mentions[0].article != b->mentions[0].article)
		return a->mentions[0].article < b->mentions[0].article ? -1 : 1;
	return a->mentions[0].start < b->mentions[0].start ? -1 :
	    a->mentions[0].start > b->mentions[0].start;
}

static int
xref_by_start(const void *x, const void *y)
{
	const struct xref_span	*a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	/* A sentence before the quotation it holds. */
	return a->kind == CLAIM_QUOTE ? (b->kind == CLAIM_QUOTE ? 0 : 1) :
	    (b->kind == CLAIM_QUOTE ? -1 : 0);
}

/* True when every mention of h overlaps a mention of g in the same
 * article: h says again what g says (a quotation and the sentence that
 * holds it, matched crosswise). */
static bool
xref_is_redundant(const struct xref_work *w, const struct xref_group *g,
    const struct xref_group *h)
{
	for (size_t j = 0; j < h->n; j++) {
		const struct xref_claimref *b = &w->cl[h->m[j]];
		size_t i;
		for (i = 0; i < g->n; i++) {
			const struct xref_claimref *a = &w->cl[g->m[i]];
			if (a->article == b->article && a->c->start < b->c->end &&
			    b->c->start < a->c->end)
				break;
		}
		if (i == g->n)
			return false;
	}
	return true;
}

/* A live group of two or more, for ordering. */
struct xref_rank {
	size_t	n;
	size_t	quotes;
	size_t	group;
};

/* Larger groups first; of two equal groups, the one of quotations says
 * more (it has speakers): it is kept. */
static int
xref_by_size(const void *x, const void *y)
{
	const struct xref_rank	*a = x, *b = y;

	if (a->n != b->n)
		return a->n < b->n ? 1 : -1;
	if (a->quotes != b->quotes)
		return a->quotes < b->quotes ? 1 : -1;
	return a->group < b->group ? -1 : a->group > b->group;
}

/*
 * Drop the groups that only repeat a larger one.  A group that repeats g
 * has its first mention overlap a mention of g in the same article, so
 * only the groups of the claims overlapping that mention are looked at
 * (the claims of an article are together, in w->cl).
 */
static void
xref_prune(const struct xref_work *w, struct xref_group *g, size_t ng)
{
	struct xref_rank	*order;
	size_t			*rank, n = 0, i, k, lo, hi, gk;

	order = xcalloc(ng + 1, sizeof *order);
	rank = xcalloc(ng + 1, sizeof *rank);
	for (i = 0; i < ng; i++) {
		rank[i] = SIZE_MAX;
		if (g[i].dead || g[i].n < 2)
			continue;
		g[i].quotes = 0;
		for (k = 0; k < g[i].n; k++)
			g[i].quotes += w->cl[g[i].m[k]].c->kind == CLAIM_QUOTE;
		order[n].n = g[i].n;
		order[n].quotes = g[i].quotes;
		order[n++].group = i;
	}
	qsort(order, n, sizeof *order, xref_by_size);
	for (i = 0; i < n; i++)
		rank[order[i].group] = i;
	for (i = 0; i < n; i++) {
		const struct xref_group *h = &g[order[i].group];
		const struct xref_claimref *b = &w->cl[h->m[0]];
		for (lo = h->m[0]; lo > 0 &&
		    w->cl[lo - 1].article == b->article; lo--)
			;
		for (hi = h->m[0] + 1; hi < w->ncl &&
		    w->cl[hi].article == b->article; hi++)
			;
		for (k = lo; k < hi; k++) {
			const struct xref_claimref *a = &w->cl[k];
			gk = a->group;
			if (gk == XREF_NONE || rank[gk] >= i || g[gk].dead ||
			    !(a->c->start < b->c->end &&
			    b->c->start < a->c->end))
				continue;
			if (xref_is_redundant(w, &g[gk], h)) {
				g[order[i].group].dead = true;
				break;
			}
		}
	}
	free(rank);
	free(order);
}

/* Turn the working groups into the story's shared claims and spans. */
static void
xref_build(struct xref_work *w, struct xref_group *g, size_t ng,
    struct xref_bodies *bd)
{
	struct xref_story	*x = w->x;
	size_t			 i, k, *gid, cap = 0;

	xref_prune(w, g, ng);
	gid = xcalloc(ng + 1, sizeof *gid);
	for (i = 0; i < ng; i++) {
		gid[i] = XREF_NONE;
		if (g[i].dead || g[i].n < 2)
			continue;
		/* Mentions in article order. */
		for (size_t a = 1; a < g[i].n; a++) {
			for (size_t b = a; b > 0 && w->cl[g[i].m[b - 1]].article
			    > w->cl[g[i].m[b]].article; b--) {
				size_t t = g[i].m[b];
				g[i].m[b] = g[i].m[b - 1];
				g[i].m[b - 1] = t;
			}
		}
		xref_majority_first(w, g[i].m, g[i].n, bd);
		if (x->nclaims == cap) {
			cap = cap == 0 ? 64 : 2 * cap;
			x->claims = xreallocarray(x->claims, cap,
			    sizeof *x->claims);
		}
		struct xref_claim *xc = &x->claims[x->nclaims];
		memset(xc, 0, sizeof *xc);
		xc->kind = w->cl[g[i].m[0]].c->kind;
		xc->mentions = xcalloc(g[i].n, sizeof *xc->mentions);
		xc->nmentions = g[i].n;
		for (k = 0; k < g[i].n; k++) {
			const struct xref_claimref *r = &w->cl[g[i].m[k]];
			size_t j;
			xc->mentions[k].article = r->article;
			xc->mentions[k].span = r->seq;
			xc->mentions[k].start = r->c->start;
			xc->mentions[k].end = r->c->end;
			if (r->c->kind == CLAIM_QUOTE)
				xc->kind = CLAIM_QUOTE;
			else if (r->c->kind == CLAIM_FIGURE &&
			    xc->kind != CLAIM_QUOTE)
				xc->kind = CLAIM_FIGURE;
			for (j = 0; j < k && w->outlet_of[w->cl[g[i].m[j]]
			    .article] != w->outlet_of[r->article]; j++)
				;
			if (j == k)
				xc->nsources++;
		}
		xref_differences(w, xc, g[i].m, g[i].n, bd);
		gid[i] = x->nclaims++;
	}
	/* Most widely carried first; remember where each group went. */
	for (i = 0; i < x->nclaims; i++)
		x->claims[i].id = i;
	if (x->nclaims > 1)
		qsort(x->claims, x->nclaims, sizeof *x->claims,
		    xref_by_carried);
	size_t *rank = xcalloc(x->nclaims + 1, sizeof *rank);
	for (i = 0; i < x->nclaims; i++) {
		rank[x->claims[i].id] = i;
		x->claims[i].id = i + 1;
	}
	/* Spans of every article, in body order: counted first, so each
	 * article's array is allocated once. */
	for (i = 0; i < w->ncl; i++)
		x->articles[w->cl[i].article].nspans++;
	for (i = 0; i < x->narticles; i++) {
		struct xref_article *a = &x->articles[i];
		a->spans = xreallocarray(a->spans, a->nspans + 1,
		    sizeof *a->spans);
		a->nspans = 0;
	}
	for (i = 0; i < w->ncl; i++) {
		struct xref_article *a = &x->articles[w->cl[i].article];
		struct xref_span *s = &a->spans[a->nspans++];
		s->start = w->cl[i].c->start;
		s->end = w->cl[i].c->end;
		s->kind = w->cl[i].c->kind;
		s->speaker_start = w->cl[i].c->speaker_start;
		s->speaker_end = w->cl[i].c->speaker_end;
		size_t gi = w->cl[i].group;
		s->group = gi < ng && gid[gi] != XREF_NONE ? rank[gid[gi]] :
		    XREF_NONE;
	}
	free(rank);
	free(gid);
	for (i = 0; i < x->narticles; i++) {
		struct xref_article *a = &x->articles[i];
		/* Mentions name a span by its claim seq; make it an index
		 * into the sorted spans. */
		if (a->nspans > 1)
			qsort(a->spans, a->nspans, sizeof *a->spans,
			    xref_by_start);
		for (k = 0; k < a->nspans; k++) {
			if (a->spans[k].kind == CLAIM_QUOTE)
				continue;
			a->nsentences++;
			bool carried = a->spans[k].group != XREF_NONE;
			for (size_t q = 0; !carried && q < a->nspans; q++) {
				carried = a->spans[q].kind == CLAIM_QUOTE &&
				    a->spans[q].group != XREF_NONE &&
				    a->spans[q].start >= a->spans[k].start &&
				    a->spans[q].start < a->spans[k].end;
			}
			if (carried)
				a->nshared++;
		}
	}
	for (i = 0; i < x->nclaims; i++) {
		for (k = 0; k < x->claims[i].nmentions; k++) {
			struct xref_mention *m = &x->claims[i].mentions[k];
			struct xref_article *a = &x->articles[m->article];
			for (size_t s = 0; s < a->nspans; s++) {
				if (a->spans[s].start == m->start &&
				    a->spans[s].end == m->end &&
				    a->spans[s].group == i) {
					m->span = s;
					break;
				}
			}
		}
	}
}

/* ---- the cache ---- */

static void
xref_put_str(struct buf *b, const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		if (*s == '\t')
			buf_adds(b, "\\t");
		else if (*s == '\n')
			buf_adds(b, "\\n");
		else if (*s == '\\')
			buf_adds(b, "\\\\");
		else
			buf_addc(b, *s);
	}
	if (s == NULL)
		buf_adds(b, "\\0");
}

static char *
xref_get_str(const char *s, size_t len)
{
	struct buf	b;

	if (len == 2 && s[0] == '\\' && s[1] == '0')
		return NULL;
	buf_init(&b);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\\' && i + 1 < len) {
			i++;
			buf_addc(&b, s[i] == 't' ? '\t' : s[i] == 'n' ? '\n' :
			    s[i]);
		} else
			buf_addc(&b, s[i]);
	}
	return buf_detach(&b, NULL);
}

char *
xref_story_encode(const struct xref_story *x)
{
	struct buf	b;

	buf_init(&b);
	buf_printf(&b, "%s\n", XREF_CACHE_MAGIC);
	for (size_t i = 0; i < x->narticles; i++) {
		const struct xref_article *a = &x->articles[i];
		buf_printf(&b, "A\t%lld\t", (long long)a->id);
		xref_put_str(&b, a->source);
		buf_addc(&b, '\t');
		xref_put_str(&b, a->title);
		buf_addc(&b, '\t');
		xref_put_str(&b, a->date);
		buf_addc(&b, '\t');
		xref_put_str(&b, a->origin);
		buf_printf(&b, "\t%zu\t%zu\n", a->nsentences, a->nshared);
		for (size_t k = 0; k < a->nspans; k++) {
			const struct xref_span *s = &a->spans[k];
			buf_printf(&b, "S\t%zu\t%zu\t%d\t%lld\t%zu\t%zu\n",
			    s->start, s->end, (int)s->kind,
			    s->group == XREF_NONE ? -1LL : (long long)s->group,
			    s->speaker_start, s->speaker_end);
		}
	}
	for (size_t i = 0; i < x->nclaims; i++) {
		const struct xref_claim *c = &x->claims[i];
		buf_printf(&b, "C\t%zu\t%d\t%zu\n", c->id, (int)c->kind,
		    c->nsources);
		for (size_t k = 0; k < c->nmentions; k++)
			buf_printf(&b, "M\t%zu\t%zu\t%zu\t%zu\n",
			    c->mentions[k].article, c->mentions[k].span,
			    c->mentions[k].start, c->mentions[k].end);
		for (size_t k = 0; k < c->ndiffs; k++) {
			buf_printf(&b, "D\t%zu\t%d\t", c->diffs[k].article,
			    (int)c->diffs[k].what);
			xref_put_str(&b, c->diffs[k].this_value);
			buf_addc(&b, '\t');
			xref_put_str(&b, c->diffs[k].that_value);
			buf_addc(&b, '\t');
			xref_put_str(&b, c->diffs[k].this_text);
			buf_addc(&b, '\t');
			xref_put_str(&b, c->diffs[k].that_text);
			buf_addc(&b, '\n');
		}
	}
	return buf_detach(&b, NULL);
}

/* Split a line into at most max tab-separated fields (in place). */
static size_t
xref_fields(char *line, char **f, size_t max)
{
	size_t	n = 0;

	f[n++] = line;
	for (char *p = line; *p != '\0' && n < max; p++) {
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	}
	return n;
}

static int
xref_decode(struct xref_story *x, char *data)
{
	char	*line, *next, *f[8];
	size_t	 n, acap = 0, ccap = 0, scap = 0, mcap = 0, dcap = 0;

	line = data;
	next = strchr(line, '\n');
	if (next == NULL)
		return -1;
	*next = '\0';
	if (strcmp(line, XREF_CACHE_MAGIC) != 0)
		return -1;
	for (line = next + 1; *line != '\0'; line = next + 1) {
		if ((next = strchr(line, '\n')) == NULL)
			return -1;
		*next = '\0';
		n = xref_fields(line, f, 8);
		if (f[0][0] == 'A' && n == 8) {
			/* Doubling: a story of thousands of articles and
			 * claims is read without copying its arrays over
			 * and over. */
			if (x->narticles == acap) {
				acap = acap == 0 ? 16 : 2 * acap;
				x->articles = xreallocarray(x->articles, acap,
				    sizeof *x->articles);
			}
			struct xref_article *a = &x->articles[x->narticles++];
			memset(a, 0, sizeof *a);
			scap = 0;
			a->id = strtoll(f[1], NULL, 10);
			a->source = xref_get_str(f[2], strlen(f[2]));
			a->title = xref_get_str(f[3], strlen(f[3]));
			a->date = xref_get_str(f[4], strlen(f[4]));
			a->origin = xref_get_str(f[5], strlen(f[5]));
			a->nsentences = strtoul(f[6], NULL, 10);
			a->nshared = strtoul(f[7], NULL, 10);
			if (a->source == NULL || a->title == NULL ||
			    a->origin == NULL)
				return -1;
		} else if (f[0][0] == 'S' && n == 7 && x->narticles > 0) {
			struct xref_article *a =
			    &x->articles[x->narticles - 1];
			if (a->nspans == scap) {
				scap = scap == 0 ? 32 : 2 * scap;
				a->spans = xreallocarray(a->spans, scap,
				    sizeof *a->spans);
			}
			struct xref_span *s = &a->spans[a->nspans++];
			s->start = strtoul(f[1], NULL, 10);
			s->end = strtoul(f[2], NULL, 10);
			s->kind = (enum claim_kind)atoi(f[3]);
			long long g = strtoll(f[4], NULL, 10);
			s->group = g < 0 ? XREF_NONE : (size_t)g;
			s->speaker_start = strtoul(f[5], NULL, 10);
			s->speaker_end = strtoul(f[6], NULL, 10);
			if (s->speaker_end < s->speaker_start)
				return -1;
		} else if (f[0][0] == 'C' && n == 4) {
			if (x->nclaims == ccap) {
				ccap = ccap == 0 ? 64 : 2 * ccap;
				x->claims = xreallocarray(x->claims, ccap,
				    sizeof *x->claims);
			}
			struct xref_claim *c = &x->claims[x->nclaims++];
			memset(c, 0, sizeof *c);
			mcap = dcap = 0;
			c->id = strtoul(f[1], NULL, 10);
			c->kind = (enum claim_kind)atoi(f[2]);
			c->nsources = strtoul(f[3], NULL, 10);
		} else if (f[0][0] == 'M' && n == 5 && x->nclaims > 0) {
			struct xref_claim *c = &x->claims[x->nclaims - 1];
			if (c->nmentions == mcap) {
				mcap = mcap == 0 ? 4 : 2 * mcap;
				c->mentions = xreallocarray(c->mentions, mcap,
				    sizeof *c->mentions);
			}
			struct xref_mention *m = &c->mentions[c->nmentions++];
			m->article = strtoul(f[1], NULL, 10);
			m->span = strtoul(f[2], NULL, 10);
			m->start = strtoul(f[3], NULL, 10);
			m->end = strtoul(f[4], NULL, 10);
			if (m->article >= x->narticles)
				return -1;
		} else if (f[0][0] == 'D' && n == 7 && x->nclaims > 0) {
			struct xref_claim *c = &x->claims[x->nclaims - 1];
			if (c->ndiffs == dcap) {
				dcap = dcap == 0 ? 4 : 2 * dcap;
				c->diffs = xreallocarray(c->diffs, dcap,
				    sizeof *c->diffs);
			}
			struct xref_difference *d = &c->diffs[c->ndiffs++];
			memset(d, 0, sizeof *d);
			d->article = strtoul(f[1], NULL, 10);
			d->what = (enum xref_what)atoi(f[2]);
			d->this_value = xref_get_str(f[3], strlen(f[3]));
			d->that_value = xref_get_str(f[4], strlen(f[4]));
			d->this_text = xref_get_str(f[5], strlen(f[5]));
			d->that_text = xref_get_str(f[6], strlen(f[6]));
			if (d->this_value == NULL || d->that_value == NULL ||
			    d->this_text == NULL || d->that_text == NULL)
				return -1;
		} else
			return -1;
	}
	for (size_t i = 0; i < x->narticles; i++) {
		size_t j;
		for (j = 0; j < i && strcmp(x->articles[j].source,
		    x->articles[i].source) != 0; j++)
			;
		if (j == i)
			x->nsources++;
	}
	return 0;
}

/* ---- entry points ---- */

static void
xref_work_fini(struct xref_work *w)
{
	xref_crew_end(w, XREF_QUIT);
	for (size_t i = 0; i < w->ncl; i++) {
		match_prep_free(w->cl[i].prep);
		free(w->cl[i].figmates);
		claim_fini(w->cl[i].c);
		free(w->cl[i].c);
	}
	free(w->cl);
	match_ctx_free(w->mctx);
	free(w->post);
	free(w->postout);
	free(w->start);
	free(w->outlet_of);
	xref_map_fini(&w->pairs);
	free(w->cause);
}

static int
xref_compute(struct store *st, struct xref_story *x, int64_t story,
    const atomic_bool *stop, char **cause)
{
	struct xref_work	 w = { 0 };
	struct xref_group	*g = NULL;
	struct match_df		 df;
	struct xref_bodies	 bd;
	size_t			 ng = 0, i;

	w.st = st;
	w.x = x;
	w.stop = stop;
	w.ndocs = (unsigned long)store_ndocs(st);
	df.df = xref_df;
	df.arg = &w;
	df.ndocs = w.ndocs;
	w.mctx = match_ctx_create(&df);
	if (xref_load(&w, story, cause) != 0) {
		xref_work_fini(&w);
		return -1;
	}
	if (w.crew != NULL)
		xref_crew_tell(w.crew, XREF_WAKE);
	xref_index(&w);
	xref_find_copies(&w);
	xref_index_figures(&w);
	xref_score_all(&w);
	if (xref_stopped(&w)) {
		*cause = xstrdup("cancelled");
		xref_work_fini(&w);
		return -1;
	}
	xref_group(&w, &g, &ng);
	/* Bodies are read only for speakers and differing figures. */
	bd.v = xcalloc(x->narticles + 1, sizeof *bd.v);
	bd.len = xcalloc(x->narticles + 1, sizeof *bd.len);
	bd.tried = xcalloc(x->narticles + 1, sizeof *bd.tried);
	xref_build(&w, g, ng, &bd);
	for (i = 0; i < x->narticles; i++)
		free(bd.v[i]);
	free(bd.v);
	free(bd.len);
	free(bd.tried);
	for (i = 0; i < ng; i++)
		free(g[i].m);
	free(g);
	xref_work_fini(&w);
	return 0;
}

/* A story's cross-reference with only its id and title, *out; 1 when
 * there is no such story. */
static int
xref_story_new(struct store *st, int64_t story, struct xref_story **out,
    char **cause)
{
	struct xref_story	*x;
	char			*title = NULL;
	int64_t			 version = 0;
	int			 rc;

	/* The version before the claims are read: a change in between
	 * makes the cache stale at once, never a stale result current. */
	rc = store_story_info(st, story, &title, &version, cause);
	if (rc != 0)
		return rc;
	x = xcalloc(1, sizeof *x);
	x->id = story;
	x->version = version;
	x->title = title != NULL ? title : xstrdup("");
	*out = x;
	return 0;
}

int
xref_story_cached(struct store *st, int64_t story, struct xref_story **out,
    char **cause)
{
	struct xref_story	*x;
	char			*data;
	size_t			 len;
	int			 rc;

	if ((rc = xref_story_new(st, story, &x, cause)) != 0)
		return rc;
	rc = store_xref_cache_get(st, story, &data, &len, cause);
	if (rc < 0) {
		xref_story_free(x);
		return -1;
	}
	/* A bad cache is recomputed, never trusted. */
	if (rc == 0 && xref_decode(x, data) == 0) {
		free(data);
		*out = x;
		return 0;
	}
	if (rc == 0)
		free(data);
	xref_story_free(x);
	return 2;
}

int
xref_story_compute(struct store *st, int64_t story, const atomic_bool *stop,
    struct xref_story **out, char **cause)
{
	struct xref_story	*x;
	int			 rc;

	if ((rc = xref_story_new(st, story, &x, cause)) != 0)
		return rc;
	if (xref_compute(st, x, story, stop, cause) != 0) {
		xref_story_free(x);
		return -1;
	}
	*out = x;
	return 0;
}

int
xref_story_get(struct store *st, int64_t story, struct xref_story **out,
    char **cause)
{
	int	rc;

	rc = xref_story_cached(st, story, out, cause);
	return rc != 2 ? rc : xref_story_refresh(st, story, out, cause);
}

int
xref_story_refresh(struct store *st, int64_t story, struct xref_story **out,
    char **cause)
{
	struct xref_story	*x;
	char			*data, *c2;
	int			 rc;

	if ((rc = xref_story_compute(st, story, NULL, &x, cause)) != 0)
		return rc;
	data = xref_story_encode(x);
	/* Caching is best effort: a read-only store still answers. */
	if (store_xref_cache_put(st, story, x->version, data, strlen(data),
	    x->nclaims, &c2) != 0)
		free(c2);
	free(data);
	*out = x;
	return 0;
}

void
xref_story_free(struct xref_story *x)
{
	if (x == NULL)
		return;
	for (size_t i = 0; i < x->narticles; i++) {
		free(x->articles[i].source);
		free(x->articles[i].title);
		free(x->articles[i].date);
		free(x->articles[i].origin);
		free(x->articles[i].spans);
	}
	free(x->articles);
	for (size_t i = 0; i < x->nclaims; i++) {
		free(x->claims[i].mentions);
		for (size_t k = 0; k < x->claims[i].ndiffs; k++) {
			free(x->claims[i].diffs[k].this_value);
			free(x->claims[i].diffs[k].that_value);
			free(x->claims[i].diffs[k].this_text);
			free(x->claims[i].diffs[k].that_text);
		}
		free(x->claims[i].diffs);
	}
	free(x->claims);
	free(x->title);
	free(x);
}

const char *
xref_what_name(enum xref_what w)
{
	static const char	*names[] = {
		[XREF_DIFF_FIGURE] = "figure",
		[XREF_DIFF_DATE] = "date",
		[XREF_DIFF_SPEAKER] = "speaker",
	};

	return (size_t)w < UTIL_NELEM(names) ? names[w] : "?";
}
