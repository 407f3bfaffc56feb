/*
 * story: assign each imported article to a story through the store's
 * term index, keep story titles representative, and apply the user's
 * merge and split corrections.  Speaks to the store only through store.h;
 * no SQL, no curses, no printing.
 */
#include "parallax/story.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/article.h"
#include "parallax/claim.h"
#include "parallax/store.h"
#include "parallax/util.h"

/* Terms an article is indexed and looked up by. */
#define STORY_TERMS		32
/* Cosine between an article and a story's summed vector to join it. */
#define STORY_JOIN		0.25
/* Indexed terms an article must share with a story to join it. */
#define STORY_MIN_TERMS		3
/* Days an article may lie outside a story's date range and still join. */
#define STORY_DAYS		7
/*
 * Unseen articles assumed besides the store's own when weighing terms: in
 * a young store of a single story every shared word is in every article,
 * and plain idf would weigh the story's own words below each article's
 * chance words.
 */
#define STORY_PRIOR_DOCS	1000.0
/*
 * And a store that one story fills is taken for a sample of a world where
 * that story is one of STORY_WORLD_SHARE its size: otherwise, as the story
 * grows, its own words sink to the weight of words every article has, each
 * new article's chance words outweigh them, and one event breaks into
 * many stories.  Stores where no story holds more than 1/STORY_WORLD_SHARE
 * of the articles are not changed by it.
 */
#define STORY_WORLD_SHARE	30.0
/* Past this many articles a story's title is settled: no longer
 * recomputed at each import. */
#define STORY_TITLE_MAX		16
/* Threads at most that reindex cuts articles on. */
#define STORY_RECUT_THREADS	4

struct story_term {
	char	*term;
	double	 tf;
	double	 w;
	bool	 shared;	/* another article has it */
};

/* Terms in order of arrival, with a hash index (slot -> index + 1). */
struct story_vec {
	struct story_term	*v;
	size_t			 n;
	size_t			 cap;
	size_t			*slots;
	size_t			 nslots;
};

static size_t
story_vec_slot(const struct story_vec *sv, const char *term)
{
	size_t	i = (size_t)util_hash64(term, strlen(term)) &
		    (sv->nslots - 1);

	while (sv->slots[i] != 0 && strcmp(sv->v[sv->slots[i] - 1].term,
	    term) != 0)
		i = (i + 1) & (sv->nslots - 1);
	return i;
}

static void
story_vec_add(struct story_vec *sv, const char *term, double tf)
{
	size_t	i;

	if ((sv->n + 1) * 2 > sv->nslots) {
		free(sv->slots);
		sv->nslots = sv->nslots == 0 ? 256 : sv->nslots * 2;
		sv->slots = xcalloc(sv->nslots, sizeof *sv->slots);
		for (i = 0; i < sv->n; i++)
			sv->slots[story_vec_slot(sv, sv->v[i].term)] = i + 1;
	}
	i = story_vec_slot(sv, term);
	if (sv->slots[i] != 0) {
		sv->v[sv->slots[i] - 1].tf += tf;
		return;
	}
	if (sv->n == sv->cap) {
		sv->cap = sv->cap == 0 ? 64 : sv->cap * 2;
		sv->v = xreallocarray(sv->v, sv->cap, sizeof *sv->v);
	}
	sv->v[sv->n].term = xstrdup(term);
	sv->v[sv->n].tf = tf;
	sv->v[sv->n].w = 0;
	sv->v[sv->n].shared = true;
	sv->slots[i] = ++sv->n;
}

static void
story_vec_fini(struct story_vec *sv)
{
	for (size_t i = 0; i < sv->n; i++)
		free(sv->v[i].term);
	free(sv->v);
	free(sv->slots);
	memset(sv, 0, sizeof *sv);
}

/* Count the content words and names of a claim, scaled by factor. */
static void
story_vec_claim(struct story_vec *sv, const struct claim *c, double factor)
{
	char	*t;

	for (size_t i = 0; i < c->nwords; i++) {
		const struct claim_word *w = &c->words[i];
		if ((w->flags & CLAIM_WORD_STOP) || w->stem == NULL ||
		    strlen(w->stem) < 2)
			continue;
		story_vec_add(sv, w->stem, factor);
		if ((w->flags & CLAIM_WORD_NAME) && w->name != NULL) {
			t = xasprintf("n:%s", w->name);
			story_vec_add(sv, t, factor);
			free(t);
		}
	}
}

static int
story_by_weight(const void *a, const void *b)
{
	const struct story_term	*x = a, *y = b;

	if (x->w != y->w)
		return x->w < y->w ? 1 : -1;
	return strcmp(x->term, y->term);
}

/* Days since 1970 of a YYYY-MM-DD date, or -1. */
static long
story_days(const char *d)
{
	int	y, m, day;

	if (d == NULL || sscanf(d, "%4d-%2d-%2d", &y, &m, &day) != 3)
		return -1;
	/* Civil-from-days inverse (proleptic Gregorian). */
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static bool
story_dates_fit(const char *date, const char *first, const char *last)
{
	long	d = story_days(date), f = story_days(first),
		l = story_days(last);

	if (d < 0 || f < 0 || l < 0)
		return true;
	return d >= f - STORY_DAYS && d <= l + STORY_DAYS;
}

/*
 * Weigh the terms by tf-idf against the store and keep the strongest,
 * and also the strongest of those some other article has (only they can
 * link the article to a story): STORY_TERMS of each.  A story where every
 * article shares most words would otherwise be indexed and looked up by
 * each article's words of its own.
 */
static void
story_weigh(struct store *st, struct story_vec *sv)
{
	double	n = (double)store_ndocs(st) + STORY_PRIOR_DOCS;
	double	world = STORY_WORLD_SHARE * (double)store_largest_story(st);
	size_t	i, kept = 0, shared = 0;

	if (world > n)
		n = world;

	for (i = 0; i < sv->n; i++) {
		double df = (double)store_df(st, sv->v[i].term);
		sv->v[i].shared = df >= 2;
		sv->v[i].w = (1 + log(sv->v[i].tf)) *
		    log(1 + n / (df + 1));
	}
	if (sv->n > 1)
		qsort(sv->v, sv->n, sizeof *sv->v, story_by_weight);
	/* The order changed: the index is rebuilt on the next add. */
	free(sv->slots);
	sv->slots = NULL;
	sv->nslots = 0;
	for (i = 0; i < sv->n; i++) {
		bool keep = i < STORY_TERMS ||
		    (sv->v[i].shared && shared < STORY_TERMS);
		shared += sv->v[i].shared && keep;
		if (keep)
			sv->v[kept++] = sv->v[i];
		else
			free(sv->v[i].term);
	}
	sv->n = kept;
}

static char *
story_signature(const struct story_vec *sv)
{
	struct buf	b;

	buf_init(&b);
	for (size_t i = 0; i < sv->n; i++)
		buf_printf(&b, "%s\t%.6g\n", sv->v[i].term, sv->v[i].w);
	return buf_detach(&b, NULL);
}

/* Read a signature back into terms and weights. */
static void
story_parse_signature(const char *sig, struct story_vec *sv)
{
	const char	*p = sig, *tab, *nl;

	while (p != NULL && *p != '\0') {
		nl = strchr(p, '\n');
		tab = memchr(p, '\t', nl != NULL ? (size_t)(nl - p) :
		    strlen(p));
		if (tab == NULL)
			break;
		char *term = xstrndup(p, (size_t)(tab - p));
		story_vec_add(sv, term, 1);
		sv->v[sv->n - 1].w = strtod(tab + 1, NULL);
		free(term);
		p = nl != NULL ? nl + 1 : NULL;
	}
}

static void
story_arrays(const struct story_vec *sv, const char ***terms, double **w)
{
	*terms = xcalloc(sv->n + 1, sizeof **terms);
	*w = xcalloc(sv->n + 1, sizeof **w);
	for (size_t i = 0; i < sv->n; i++) {
		(*terms)[i] = sv->v[i].term;
		(*w)[i] = sv->v[i].w;
	}
}

/* The story to join, or 0 for a new one. */
static int
story_choose(struct store *st, const struct story_vec *sv, const char *date,
    int64_t *story, char **cause)
{
	struct store_candidate	*c;
	const char		**terms;
	double			*w, norm = 0, best = STORY_JOIN;
	size_t			 n, i;

	*story = 0;
	for (i = 0; i < sv->n; i++)
		norm += sv->v[i].w * sv->v[i].w;
	if (sv->n == 0 || norm <= 0)
		return 0;
	norm = sqrt(norm);
	story_arrays(sv, &terms, &w);
	/* Terms no other article has cannot be in any story's index. */
	for (i = n = 0; i < sv->n; i++) {
		if (sv->v[i].shared) {
			terms[n] = terms[i];
			w[n++] = w[i];
		}
	}
	if (store_story_candidates(st, terms, w, n, norm, STORY_MIN_TERMS,
	    STORY_JOIN, &c, &n, cause) != 0) {
		free(terms);
		free(w);
		return -1;
	}
	for (i = 0; i < n; i++) {
		double cos;
		if (c[i].norm2 <= 0 || c[i].nterms < STORY_MIN_TERMS)
			continue;
		if (!story_dates_fit(date, c[i].date_first, c[i].date_last))
			continue;
		cos = c[i].dot / (norm * sqrt(c[i].norm2));
		if (cos > best) {
			best = cos;
			*story = c[i].story;
		}
	}
	store_candidates_free(c, n);
	free(terms);
	free(w);
	return 0;
}

/* The content words of a title (stop words aside). */
static size_t
story_title_words(const struct claim *a)
{
	size_t	n = 0;

	for (size_t i = 0; i < a->nwords; i++)
		n += !(a->words[i].flags & CLAIM_WORD_STOP);
	return n;
}

/*
 * Word overlap of two folded titles, for picking the representative: the
 * Dice coefficient of their content words, so that neither a short title
 * that every other contains ("Sea wall") nor a long one that contains
 * every other wins for its length alone.
 */
static double
story_title_overlap(const struct claim *a, const struct claim *b)
{
	size_t	shared = 0, na = story_title_words(a),
		nb = story_title_words(b);

	for (size_t i = 0; i < a->nwords; i++) {
		if (a->words[i].flags & CLAIM_WORD_STOP)
			continue;
		for (size_t j = 0; j < b->nwords; j++) {
			if (strcmp(a->words[i].stem, b->words[j].stem) == 0) {
				shared++;
				break;
			}
		}
	}
	return na + nb == 0 ? 0 : 2.0 * (double)shared / (double)(na + nb);
}

/* Whether a title is a first sentence cut short (an article without a
 * headline is titled so, ending in an ellipsis). */
static bool
story_title_is_cut(const char *title)
{
	size_t	len = strlen(title);

	return len >= 3 && strcmp(title + len - 3, "\xe2\x80\xa6") == 0;
}

/* Make the story's title the headline that shares most with the others;
 * a real headline before a first sentence cut short, when there is one. */
int
story_retitle(struct store *st, int64_t story, char **cause)
{
	struct store_title	*t;
	struct claim		*c;
	size_t			 n, i, j, best = 0;
	double			 bestscore = -1;
	bool			 uncut = false;
	int			 rc;

	if (store_story_titles(st, story, STORY_TITLE_MAX + 1, &t, &n,
	    cause) != 0)
		return -1;
	if (n == 0 || n > STORY_TITLE_MAX) {
		store_titles_free(t, n);
		return 0;
	}
	c = xcalloc(n, sizeof *c);
	for (i = 0; i < n; i++) {
		claim_init(&c[i], t[i].title, 0, strlen(t[i].title));
		uncut |= !story_title_is_cut(t[i].title);
	}
	for (i = 0; i < n; i++) {
		double score = 0;
		if (uncut && story_title_is_cut(t[i].title))
			continue;
		for (j = 0; j < n; j++) {
			if (j != i)
				score += story_title_overlap(&c[i], &c[j]);
		}
		/* Prefer informative, not over-long headlines on ties. */
		score -= (double)strlen(t[i].title) / 1e4;
		if (score > bestscore) {
			bestscore = score;
			best = i;
		}
	}
	rc = store_story_set_title(st, story, t[best].title, cause);
	for (i = 0; i < n; i++)
		claim_fini(&c[i]);
	free(c);
	store_titles_free(t, n);
	return rc;
}

/* An article's claims, their stored form and its terms. */
struct story_prep {
	struct claim_list	 cl;
	char			**enc;
	struct story_vec	 sv;
	char			 lede_date[11];	/* YYYY-MM-DD, or "" */
};

/* Sentences of the lede looked at for the date of an undated article. */
#define STORY_LEDE_SENTENCES	3

/*
 * The date an undated article's lede gives in full ("Police arrested her
 * on Tuesday, March 5, 2024"), into out ("" when none): the event it
 * reports, within days of its publication, so that two events of one kind
 * a year apart stay two stories even without dates.
 */
static void
story_lede_date(const struct claim_list *cl, char out[11])
{
	size_t	seen = 0;

	out[0] = '\0';
	for (size_t i = 0; i < cl->nclaims && seen < STORY_LEDE_SENTENCES;
	    i++) {
		const struct claim *c = &cl->claims[i];
		if (c->kind == CLAIM_QUOTE)
			continue;
		seen++;
		for (size_t k = 0; k < c->nfigures; k++) {
			const struct claim_figure *f = &c->figures[k];
			if (f->unit == CLAIM_UNIT_DATE && f->year >= 1900 &&
			    f->year <= 9999 && f->month >= 1 &&
			    f->month <= 12 && f->day >= 1 && f->day <= 31) {
				snprintf(out, 11, "%04d-%02d-%02d", f->year,
				    f->month, f->day);
				return;
			}
		}
	}
}

static int
story_save_claims(struct store *st, int64_t id, const struct story_prep *p,
    char **cause)
{
	const struct claim_list	*cl = &p->cl;
	struct store_claim_row	*rows;
	size_t			 i;
	int			 rc;

	rows = xcalloc(cl->nclaims + 1, sizeof *rows);
	for (i = 0; i < cl->nclaims; i++) {
		rows[i].seq = i;
		rows[i].kind = (int)cl->claims[i].kind;
		rows[i].start = cl->claims[i].start;
		rows[i].end = cl->claims[i].end;
		rows[i].features = p->enc[i];
		rows[i].features_len = strlen(p->enc[i]);
	}
	rc = store_add_claims(st, id, rows, cl->nclaims, CLAIM_CUT_VERSION,
	    cause);
	free(rows);
	return rc;
}

struct story_prep *
story_prepare(const struct article *a)
{
	struct story_prep	*p = xcalloc(1, sizeof *p);
	struct claim		 title;
	size_t			 i;

	claim_extract(a->body, a->body_len, &p->cl);
	if (a->date == NULL || *a->date == '\0')
		story_lede_date(&p->cl, p->lede_date);
	p->enc = xcalloc(p->cl.nclaims + 1, sizeof *p->enc);
	for (i = 0; i < p->cl.nclaims; i++) {
		struct claim *c = &p->cl.claims[i];
		enum claim_kind kind = c->kind;
		size_t start = c->start, end = c->end;

		p->enc[i] = claim_features_encode(c);
		if (c->kind != CLAIM_QUOTE)
			story_vec_claim(&p->sv, c, 1);
		/* Only the span and the encoded form are stored: the
		 * words go now, not when the article is written (a large
		 * article's claims weigh several times its text). */
		claim_fini(c);
		c->kind = kind;
		c->start = start;
		c->end = end;
	}
	if (a->title != NULL) {
		claim_init(&title, a->title, 0, strlen(a->title));
		story_vec_claim(&p->sv, &title, 2);
		claim_fini(&title);
	}
	return p;
}

void
story_prep_free(struct story_prep *p)
{
	if (p == NULL)
		return;
	for (size_t i = 0; i < p->cl.nclaims; i++)
		free(p->enc[i]);
	free(p->enc);
	story_vec_fini(&p->sv);
	claim_list_fini(&p->cl);
	free(p);
}

int
story_import_prepared(struct store *st, const struct article *a,
    struct story_prep *p, int64_t *id, int64_t *story, bool *duplicate,
    char **cause)
{
	struct story_vec	*sv;
	const char		**terms, *date;
	double			*w;
	char			*sig;
	int			 rc;

	*duplicate = false;
	rc = store_find_body(st, a->body, a->body_len, id, cause);
	if (rc <= 0) {
		*duplicate = rc == 0;
		story_prep_free(p);
		return rc;
	}
	if (p == NULL)
		p = story_prepare(a);
	sv = &p->sv;
	/* An undated article is placed by the date its lede gives. */
	date = a->date != NULL && *a->date != '\0' ? a->date :
	    p->lede_date[0] != '\0' ? p->lede_date : NULL;
	story_arrays(sv, &terms, &w);
	store_df_add(st, terms, sv->n);
	free(terms);
	free(w);
	story_weigh(st, sv);
	rc = story_choose(st, sv, date, story, cause);
	if (rc == 0 && *story == 0)
		rc = store_story_create(st, a->title, story, cause);
	sig = story_signature(sv);
	if (rc == 0)
		rc = store_add_article(st, a, *story, sig, id, duplicate, cause);
	free(sig);
	if (rc == 0)
		rc = story_save_claims(st, *id, p, cause);
	story_arrays(sv, &terms, &w);
	if (rc == 0)
		rc = store_story_index_add(st, *story, terms, w, sv->n, 1,
		    date, cause);
	free(terms);
	free(w);
	if (rc == 0)
		rc = story_retitle(st, *story, cause);
	if (rc == 0)
		rc = store_story_touch(st, *story, cause);
	story_prep_free(p);
	return rc;
}

int
story_import(struct store *st, const struct article *a, int64_t *id,
    int64_t *story, bool *duplicate, char **cause)
{
	return story_import_prepared(st, a, NULL, id, story, duplicate,
	    cause);
}

/* The articles of story_reindex(), cut on several threads. */
struct story_recut {
	struct article		**arts;
	struct story_prep	**preps;
};

static void
story_recut_one(size_t i, void *arg)
{
	struct story_recut	*r = arg;

	if (r->arts[i] != NULL)
		r->preps[i] = story_prepare(r->arts[i]);
}

int
story_reindex(struct store *st, const int64_t *ids, size_t n,
    int64_t *stories, int *status, char **cause)
{
	struct story_recut	 r;
	size_t			 i;
	int			 rc = 0;

	r.arts = xcalloc(n + 1, sizeof *r.arts);
	r.preps = xcalloc(n + 1, sizeof *r.preps);
	for (i = 0; i < n && rc >= 0; i++) {
		stories[i] = 0;
		rc = status[i] = store_get_article(st, ids[i], &r.arts[i],
		    &stories[i], cause);
	}
	/* Cutting needs no store: the threads share the work, and the
	 * claims are written here in order. */
	if (rc >= 0) {
		util_parallel(n, util_processors(STORY_RECUT_THREADS),
		    story_recut_one, &r);
		rc = 0;
	}
	for (i = 0; i < n && rc == 0; i++) {
		if (status[i] == 0)
			rc = story_save_claims(st, ids[i], r.preps[i], cause);
	}
	for (i = 0; i < n; i++) {
		story_prep_free(r.preps[i]);
		article_free(r.arts[i]);
	}
	free(r.preps);
	free(r.arts);
	return rc < 0 ? -1 : 0;
}

int
story_merge(struct store *st, int64_t a, int64_t b, char **cause)
{
	int	rc;

	if (a == b) {
		*cause = xasprintf("story %lld cannot be merged with itself",
		    (long long)a);
		return 1;
	}
	for (int i = 0; i < 2; i++) {
		int64_t id = i == 0 ? a : b;
		rc = store_story_info(st, id, NULL, NULL, cause);
		if (rc == 1)
			*cause = xasprintf("no story %lld", (long long)id);
		if (rc != 0)
			return rc;
	}
	if (store_story_merge(st, a, b, cause) != 0 ||
	    story_retitle(st, a, cause) != 0)
		return -1;
	return 0;
}

int
story_split(struct store *st, int64_t article, int64_t *story,
    char **cause)
{
	struct store_title	*t;
	struct story_vec	 sv = { 0 };
	const char		**terms;
	double			*w;
	char			*sig = NULL, *date = NULL;
	int64_t			 old;
	size_t			 n;
	int			 rc;

	rc = store_article_signature(st, article, &old, &sig, &date, cause);
	if (rc == 1)
		*cause = xasprintf("no article %lld", (long long)article);
	if (rc != 0)
		return rc;
	if (store_story_titles(st, old, 2, &t, &n, cause) != 0) {
		free(sig);
		free(date);
		return -1;
	}
	store_titles_free(t, n);
	if (n <= 1) {
		*cause = xasprintf("article %lld is already alone in story "
		    "%lld", (long long)article, (long long)old);
		free(sig);
		free(date);
		return 1;
	}
	story_parse_signature(sig, &sv);
	story_arrays(&sv, &terms, &w);
	rc = store_story_create(st, NULL, story, cause);
	if (rc == 0)
		rc = store_article_move(st, article, *story, true, cause);
	if (rc == 0)
		rc = store_story_index_add(st, old, terms, w, sv.n, -1, NULL,
		    cause);
	if (rc == 0)
		rc = store_story_index_add(st, *story, terms, w, sv.n, 1, date,
		    cause);
	if (rc == 0)
		rc = story_retitle(st, old, cause);
	if (rc == 0)
		rc = story_retitle(st, *story, cause);
	if (rc == 0)
		rc = store_story_touch(st, old, cause);
	if (rc == 0)
		rc = store_story_touch(st, *story, cause);
	free(terms);
	free(w);
	story_vec_fini(&sv);
	free(sig);
	free(date);
	return rc;
}
