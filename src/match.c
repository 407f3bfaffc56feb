/*
 * match: the similarity of two claims, the decision and its explanation.
 * Words are aligned one to one by stem (names also by transliteration
 * key), weighted by inverse document frequency; figures are aligned by
 * unit and counted noun.  A logistic model over a handful of features
 * gives the score; a differing figure in otherwise alike claims gives
 * MATCH_DIFFERENT.  Reads claims only: it never cuts text into claims
 * except in match_run_pairs(), the batch command.
 */
#include "parallax/match.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/text.h"
#include "parallax/util.h"

/*
 * The model.  These numbers were produced by tests/eval/train.py (run by
 * tests/eval/train.sh: logistic regression on the features of the MSRP
 * training file, document frequencies over the batch, threshold chosen for
 * accuracy); rerun it after changing a feature.  Several features overlap,
 * so single weights (the negative bigram one) mean little on their own.
 */
static const double match_weights[MATCH_NFEATURES] = {
	[MATCH_F_DICE] = 1.3933,
	[MATCH_F_CONTAIN] = 0.2257,
	[MATCH_F_ALLWORDS] = 7.2709,
	[MATCH_F_BIGRAM] = -5.3579,
	[MATCH_F_LCS] = 4.7000,
	[MATCH_F_LENRATIO] = 2.0895,
	[MATCH_F_EXTRA] = -0.6198,
	[MATCH_F_NAMES] = 0.3522,
	[MATCH_F_FIGSAME] = -0.0734,
	[MATCH_F_FIGDIFF] = -0.8374,
	[MATCH_F_FIGONLY] = -0.1936,
	[MATCH_F_NEGATION] = -1.1296
};
static const double match_bias = -5.7503;
static const double match_threshold = 0.5184;

/* A shorter claim contained in a longer one is the same claim when at
 * least this share of its weight is shared and it has enough content
 * (content words and figures), so that a fragment matches nothing. */
#define MATCH_CONTAIN_MIN	0.9
#define MATCH_CONTAIN_WORDS	5

/* The same words with a negation on one side only: a denial, not the same
 * claim.  (Below this overlap the negation is often in a side clause.) */
#define MATCH_DENIAL_DICE	0.8

static const char *const match_feature_names[MATCH_NFEATURES] = {
	[MATCH_F_DICE] = "dice",
	[MATCH_F_CONTAIN] = "contain",
	[MATCH_F_ALLWORDS] = "allwords",
	[MATCH_F_BIGRAM] = "bigram",
	[MATCH_F_LCS] = "lcs",
	[MATCH_F_LENRATIO] = "lenratio",
	[MATCH_F_EXTRA] = "extra",
	[MATCH_F_NAMES] = "names",
	[MATCH_F_FIGSAME] = "figsame",
	[MATCH_F_FIGDIFF] = "figdiff",
	[MATCH_F_FIGONLY] = "figonly",
	[MATCH_F_NEGATION] = "negation"
};

const char *
match_feature_name(enum match_feature f)
{
	return (size_t)f < MATCH_NFEATURES ? match_feature_names[f] : "?";
}

const char *
match_verdict_name(enum match_verdict v)
{
	switch (v) {
	case MATCH_SAME:
		return "same";
	case MATCH_DIFFERENT:
		return "different";
	default:
		return "none";
	}
}

/* Document frequencies: open addressing over stems. */
struct match_dfentry {
	char		*term;
	unsigned long	 df;
	unsigned long	 last;		/* the last document that counted it */
};

struct match_dftable {
	struct match_dfentry	*e;
	size_t			 cap;
	size_t			 n;
	unsigned long		 ndocs;
};

struct match_dftable *
match_dftable_create(void)
{
	struct match_dftable	*t = xcalloc(1, sizeof *t);

	t->cap = 1024;
	t->e = xcalloc(t->cap, sizeof *t->e);
	return t;
}

void
match_dftable_free(struct match_dftable *t)
{
	size_t	i;

	if (t == NULL)
		return;
	for (i = 0; i < t->cap; i++)
		free(t->e[i].term);
	free(t->e);
	free(t);
}

static struct match_dfentry *
match_dftable_slot(const struct match_dftable *t, const char *term)
{
	size_t	i;

	i = (size_t)util_hash64(term, strlen(term)) & (t->cap - 1);
	while (t->e[i].term != NULL && strcmp(t->e[i].term, term) != 0)
		i = (i + 1) & (t->cap - 1);
	return &t->e[i];
}

static void
match_dftable_grow(struct match_dftable *t)
{
	struct match_dfentry	*old = t->e, *e;
	size_t			 oldcap = t->cap, i;

	t->cap *= 2;
	t->e = xcalloc(t->cap, sizeof *t->e);
	for (i = 0; i < oldcap; i++) {
		if (old[i].term == NULL)
			continue;
		e = match_dftable_slot(t, old[i].term);
		*e = old[i];
	}
	free(old);
}

void
match_dftable_add(struct match_dftable *t, const struct claim *c)
{
	struct match_dfentry	*e;
	size_t			 i;

	t->ndocs++;
	for (i = 0; i < c->nwords; i++) {
		if (2 * (t->n + 1) > t->cap)
			match_dftable_grow(t);
		e = match_dftable_slot(t, c->words[i].stem);
		if (e->term == NULL) {
			e->term = xstrdup(c->words[i].stem);
			t->n++;
		}
		if (e->last != t->ndocs) {
			e->last = t->ndocs;
			e->df++;
		}
	}
}

static unsigned long
match_dftable_df(const char *term, void *arg)
{
	const struct match_dftable	*t = arg;
	const struct match_dfentry	*e = match_dftable_slot(t, term);

	return e->term == NULL ? 0 : e->df;
}

void
match_dftable_use(struct match_dftable *t, struct match_df *df)
{
	df->df = match_dftable_df;
	df->arg = t;
	df->ndocs = t->ndocs;
}

/* The weight of a term: a smoothed inverse document frequency. */
static double
match_weight(const struct match_df *df, const char *term)
{
	unsigned long	n;

	if (df == NULL || df->df == NULL || df->ndocs == 0)
		return 1;
	n = df->df(term, df->arg);
	if (n > df->ndocs)
		n = df->ndocs;
	return log((df->ndocs + 1.0) / (n + 1.0)) + 1;
}

/* Words that only spell out a figure's scale or unit. */
static const char *const match_unit_words[] = {
	"bn", "billion", "cent", "dollar", "dollars", "euro", "euros",
	"hundred", "million", "mn", "pct", "per", "percent", "thousand",
	"trillion"
};

static int
match_cmp_key(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/* Content words are the ones word overlap counts: not stop words, not
 * numbers nor their units (figures compare those). */
static bool
match_is_content(const struct claim_word *w)
{
	return (w->flags & CLAIM_WORD_STOP) == 0 &&
	    !(w->word[0] >= '0' && w->word[0] <= '9') &&
	    bsearch(w->word, match_unit_words, UTIL_NELEM(match_unit_words),
	    sizeof match_unit_words[0], match_cmp_key) == NULL;
}

/* The alignment of two claims' words and figures. */
struct match_align {
	const struct claim	*a;
	const struct claim	*b;
	size_t			*wa;		/* 1 + b word of each a word, or 0 */
	size_t			*wb;
	double			*weight_a;
	double			*weight_b;
	size_t			*fa;		/* b figure + 1, 0 none */
	bool			*fdiff_a;	/* fa is a differing pair */
	size_t			*fb;
};

/* Align content words: same stem first, then same name key. */
static void
match_align_words(struct match_align *m, const struct match_df *df)
{
	const struct claim	*a = m->a, *b = m->b;
	size_t			 i, j, pass;
	bool			 ok;

	for (i = 0; i < a->nwords; i++)
		m->weight_a[i] = match_weight(df, a->words[i].stem);
	for (j = 0; j < b->nwords; j++)
		m->weight_b[j] = match_weight(df, b->words[j].stem);
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < a->nwords; i++) {
			if (m->wa[i] != 0 || !match_is_content(&a->words[i]))
				continue;
			for (j = 0; j < b->nwords; j++) {
				if (m->wb[j] != 0 ||
				    !match_is_content(&b->words[j]))
					continue;
				if (pass == 0)
					ok = strcmp(a->words[i].stem,
					    b->words[j].stem) == 0;
				else
					ok = a->words[i].name != NULL &&
					    b->words[j].name != NULL &&
					    strcmp(a->words[i].name,
					    b->words[j].name) == 0;
				if (ok) {
					m->wa[i] = j + 1;
					m->wb[j] = i + 1;
					break;
				}
			}
		}
	}
}

/* Align figures: equal ones first, then comparable ones (a difference). */
static void
match_align_figures(struct match_align *m)
{
	const struct claim	*a = m->a, *b = m->b;
	size_t			 i, j, pass;
	bool			 ok;

	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < a->nfigures; i++) {
			if (m->fa[i] != 0)
				continue;
			for (j = 0; j < b->nfigures; j++) {
				if (m->fb[j] != 0)
					continue;
				ok = pass == 0 ?
				    claim_figure_is_same(&a->figures[i],
				    &b->figures[j]) :
				    claim_figure_is_comparable(&a->figures[i],
				    &b->figures[j]);
				if (ok) {
					m->fa[i] = j + 1;
					m->fb[j] = i + 1;
					m->fdiff_a[i] = pass == 1;
					break;
				}
			}
		}
	}
}

static void
match_align_init(struct match_align *m, const struct claim *a,
    const struct claim *b, const struct match_df *df)
{
	m->a = a;
	m->b = b;
	m->wa = xcalloc(a->nwords + 1, sizeof *m->wa);
	m->wb = xcalloc(b->nwords + 1, sizeof *m->wb);
	m->weight_a = xcalloc(a->nwords + 1, sizeof *m->weight_a);
	m->weight_b = xcalloc(b->nwords + 1, sizeof *m->weight_b);
	m->fa = xcalloc(a->nfigures + 1, sizeof *m->fa);
	m->fdiff_a = xcalloc(a->nfigures + 1, sizeof *m->fdiff_a);
	m->fb = xcalloc(b->nfigures + 1, sizeof *m->fb);
	match_align_words(m, df);
	match_align_figures(m);
}

static void
match_align_fini(struct match_align *m)
{
	free(m->wa);
	free(m->wb);
	free(m->weight_a);
	free(m->weight_b);
	free(m->fa);
	free(m->fdiff_a);
	free(m->fb);
}

static int
match_cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Dice over multisets of strings (sorted copies of pointers). */
static double
match_dice(char **x, size_t nx, char **y, size_t ny)
{
	size_t	i = 0, j = 0, common = 0;
	int	c;

	if (nx + ny == 0)
		return 0;
	qsort(x, nx, sizeof *x, match_cmp_str);
	qsort(y, ny, sizeof *y, match_cmp_str);
	while (i < nx && j < ny) {
		c = strcmp(x[i], y[j]);
		if (c == 0) {
			common++;
			i++;
			j++;
		} else if (c < 0)
			i++;
		else
			j++;
	}
	return 2.0 * (double)common / (double)(nx + ny);
}

/* The stems of a claim, or its stem bigrams ("a b"), as a string array. */
static char **
match_grams(const struct claim *c, size_t order, size_t *n)
{
	char	**g;
	size_t	  i;

	*n = c->nwords >= order ? c->nwords - order + 1 : 0;
	g = xcalloc(*n + 1, sizeof *g);
	for (i = 0; i < *n; i++) {
		if (order == 1)
			g[i] = xstrdup(c->words[i].stem);
		else
			g[i] = xasprintf("%s %s", c->words[i].stem,
			    c->words[i + 1].stem);
	}
	return g;
}

static void
match_grams_free(char **g, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(g[i]);
	free(g);
}

static double
match_gram_dice(const struct claim *a, const struct claim *b, size_t order)
{
	char	**ga, **gb;
	size_t	  na, nb;
	double	  d;

	ga = match_grams(a, order, &na);
	gb = match_grams(b, order, &nb);
	d = match_dice(ga, na, gb, nb);
	match_grams_free(ga, na);
	match_grams_free(gb, nb);
	return d;
}

/* Longest common subsequence of the stems / the longer claim. */
static double
match_lcs(const struct claim *a, const struct claim *b)
{
	size_t	*prev, *cur, *tmp, i, j, n;
	double	 r;

	n = a->nwords > b->nwords ? a->nwords : b->nwords;
	if (n == 0)
		return 0;
	prev = xcalloc(b->nwords + 1, sizeof *prev);
	cur = xcalloc(b->nwords + 1, sizeof *cur);
	for (i = 1; i <= a->nwords; i++) {
		for (j = 1; j <= b->nwords; j++) {
			if (strcmp(a->words[i - 1].stem,
			    b->words[j - 1].stem) == 0)
				cur[j] = prev[j - 1] + 1;
			else
				cur[j] = prev[j] > cur[j - 1] ? prev[j] :
				    cur[j - 1];
		}
		tmp = prev;
		prev = cur;
		cur = tmp;
	}
	r = (double)prev[b->nwords] / (double)n;
	free(prev);
	free(cur);
	return r;
}

/* Counts over one side of an alignment. */
struct match_side {
	double	total;		/* weight of content words */
	double	shared;
	size_t	content;
	size_t	unshared;
	size_t	names;
	size_t	names_unshared;
	size_t	figs_only;
};

static void
match_side(const struct claim *c, const size_t *w, const double *weight,
    const size_t *f, struct match_side *s)
{
	size_t	i;

	memset(s, 0, sizeof *s);
	for (i = 0; i < c->nwords; i++) {
		if (!match_is_content(&c->words[i]))
			continue;
		s->content++;
		s->total += weight[i];
		if (w[i] != 0)
			s->shared += weight[i];
		else
			s->unshared++;
		/* The first word is capitalised anyway. */
		if ((c->words[i].flags & CLAIM_WORD_NAME) && i > 0) {
			s->names++;
			if (w[i] == 0)
				s->names_unshared++;
		}
	}
	for (i = 0; i < c->nfigures; i++) {
		if (f[i] == 0)
			s->figs_only++;
	}
}

/* True when a claim has a negation ("not", "no", "never", "n't"). */
static bool
match_negated(const struct claim *c)
{
	static const char *const neg[] = { "not", "no", "never", "nor",
	    "none", "nothing", "neither", "without" };
	const char	*w;
	size_t		 i, k, n;

	for (i = 0; i < c->nwords; i++) {
		w = c->words[i].word;
		n = strlen(w);
		if (n > 3 && strcmp(w + n - 3, "n't") == 0)
			return true;
		for (k = 0; k < UTIL_NELEM(neg); k++) {
			if (strcmp(w, neg[k]) == 0)
				return true;
		}
	}
	return false;
}

static double
match_min(double x, double y)
{
	return x < y ? x : y;
}

/* The features of an alignment; also the containment and the content
 * words of the shorter claim for the containment rule. */
static void
match_compute(const struct match_align *m, double f[MATCH_NFEATURES],
    double *contain, size_t *shorter)
{
	struct match_side	sa, sb;
	size_t			i, nsame = 0, ndiff = 0, la, lb;
	double			shared;

	match_side(m->a, m->wa, m->weight_a, m->fa, &sa);
	match_side(m->b, m->wb, m->weight_b, m->fb, &sb);
	for (i = 0; i < m->a->nfigures; i++) {
		if (m->fa[i] != 0 && m->fdiff_a[i])
			ndiff++;
		else if (m->fa[i] != 0)
			nsame++;
	}
	shared = (sa.shared + sb.shared) / 2;
	memset(f, 0, sizeof(double) * MATCH_NFEATURES);
	if (sa.total + sb.total > 0)
		f[MATCH_F_DICE] = 2 * shared / (sa.total + sb.total);
	*contain = 0;
	if (match_min(sa.total, sb.total) > 0)
		*contain = match_min(1, shared / match_min(sa.total,
		    sb.total));
	f[MATCH_F_CONTAIN] = *contain;
	/* The size of the shorter claim: its content words and figures. */
	*shorter = sa.total < sb.total ? sa.content + m->a->nfigures :
	    sb.content + m->b->nfigures;
	f[MATCH_F_ALLWORDS] = match_gram_dice(m->a, m->b, 1);
	f[MATCH_F_BIGRAM] = match_gram_dice(m->a, m->b, 2);
	f[MATCH_F_LCS] = match_lcs(m->a, m->b);
	la = m->a->nwords;
	lb = m->b->nwords;
	if (la > 0 && lb > 0)
		f[MATCH_F_LENRATIO] = la < lb ? (double)la / (double)lb :
		    (double)lb / (double)la;
	f[MATCH_F_EXTRA] = log1p((double)(sa.unshared > sb.unshared ?
	    sa.unshared : sb.unshared));
	if (sa.names + sb.names > 0)
		f[MATCH_F_NAMES] = (double)(sa.names_unshared +
		    sb.names_unshared) / (double)(sa.names + sb.names);
	f[MATCH_F_FIGSAME] = nsame > 2 ? 2 : (double)nsame;
	f[MATCH_F_FIGDIFF] = ndiff > 0;
	f[MATCH_F_FIGONLY] = sa.figs_only + sb.figs_only > 2 ? 2 :
	    (double)(sa.figs_only + sb.figs_only);
	f[MATCH_F_NEGATION] = match_negated(m->a) != match_negated(m->b);
}

static double
match_model(const double f[MATCH_NFEATURES])
{
	double	z = match_bias;
	size_t	i;

	for (i = 0; i < MATCH_NFEATURES; i++)
		z += match_weights[i] * f[i];
	return 1 / (1 + exp(-z));
}

/* Score and verdict of an alignment. */
static double
match_decide(const struct match_align *m, double f[MATCH_NFEATURES],
    enum match_verdict *verdict)
{
	double	p, contain, g[MATCH_NFEATURES];
	size_t	shorter;

	match_compute(m, f, &contain, &shorter);
	p = match_model(f);
	if (f[MATCH_F_FIGDIFF] != 0) {
		/* Alike but for the figure: a difference, not a match. */
		memcpy(g, f, sizeof g);
		g[MATCH_F_FIGDIFF] = 0;
		g[MATCH_F_FIGSAME] += 1;
		*verdict = match_model(g) >= match_threshold ||
		    (contain >= MATCH_CONTAIN_MIN &&
		    shorter >= MATCH_CONTAIN_WORDS) ?
		    MATCH_DIFFERENT : MATCH_NONE;
	} else if (f[MATCH_F_NEGATION] != 0 &&
	    f[MATCH_F_DICE] >= MATCH_DENIAL_DICE)
		*verdict = MATCH_NONE;	/* one denies what the other says */
	else if (p >= match_threshold)
		*verdict = MATCH_SAME;
	else if (contain >= MATCH_CONTAIN_MIN &&
	    shorter >= MATCH_CONTAIN_WORDS) {
		/* Contained: as alike as the threshold says "same". */
		*verdict = MATCH_SAME;
		p = match_threshold;
	} else
		*verdict = MATCH_NONE;
	return p;
}

void
match_features(const struct claim *a, const struct claim *b,
    const struct match_df *df, double f[MATCH_NFEATURES])
{
	struct match_align	m;
	double			contain;
	size_t			shorter;

	match_align_init(&m, a, b, df);
	match_compute(&m, f, &contain, &shorter);
	match_align_fini(&m);
}

double
match_score(const struct claim *a, const struct claim *b,
    const struct match_df *df, enum match_verdict *verdict)
{
	struct match_align	m;
	enum match_verdict	v;
	double			f[MATCH_NFEATURES], p;

	match_align_init(&m, a, b, df);
	p = match_decide(&m, f, &v);
	match_align_fini(&m);
	if (verdict != NULL)
		*verdict = v;
	return p;
}

static void
match_push(char ***list, size_t *n, const char *s)
{
	*list = xreallocarray(*list, *n + 1, sizeof **list);
	(*list)[(*n)++] = xstrdup(s);
}

static void
match_push_figure(struct match_figure_pair **list, size_t *n,
    const struct claim_figure *a, size_t ia, const struct claim_figure *b,
    size_t ib)
{
	struct match_figure_pair	*p;

	*list = xreallocarray(*list, *n + 1, sizeof **list);
	p = &(*list)[(*n)++];
	p->a = claim_figure_text(a);
	p->b = claim_figure_text(b);
	p->ia = ia;
	p->ib = ib;
}

/* Fill the explanation of an alignment. */
static void
match_explain(const struct match_align *m, struct match_result *r)
{
	const struct claim_word	*wa, *wb;
	struct match_name_pair	*np;
	size_t			 i, j;

	for (i = 0; i < m->a->nwords; i++) {
		wa = &m->a->words[i];
		if (!match_is_content(wa))
			continue;
		if (m->wa[i] == 0) {
			match_push(&r->only_a, &r->nonly_a, wa->word);
			continue;
		}
		j = m->wa[i] - 1;
		wb = &m->b->words[j];
		/* Capitalised only as the first word: not a name. */
		if (wa->name == NULL || wb->name == NULL || (i == 0 &&
		    j == 0 && strcmp(wa->stem, wb->stem) == 0)) {
			match_push(&r->same_words, &r->nsame_words, wa->word);
			continue;
		}
		r->same_names = xreallocarray(r->same_names,
		    r->nsame_names + 1, sizeof *r->same_names);
		np = &r->same_names[r->nsame_names++];
		np->a = xstrdup(wa->word);
		np->b = xstrdup(wb->word);
	}
	for (j = 0; j < m->b->nwords; j++) {
		if (match_is_content(&m->b->words[j]) && m->wb[j] == 0)
			match_push(&r->only_b, &r->nonly_b,
			    m->b->words[j].word);
	}
	for (i = 0; i < m->a->nfigures; i++) {
		if (m->fa[i] == 0)
			continue;
		j = m->fa[i] - 1;
		if (m->fdiff_a[i])
			match_push_figure(&r->diff_figures, &r->ndiff_figures,
			    &m->a->figures[i], i, &m->b->figures[j], j);
		else
			match_push_figure(&r->same_figures, &r->nsame_figures,
			    &m->a->figures[i], i, &m->b->figures[j], j);
	}
}

void
match_claims(const struct claim *a, const struct claim *b,
    const struct match_df *df, struct match_result *r)
{
	struct match_align	m;

	memset(r, 0, sizeof *r);
	match_align_init(&m, a, b, df);
	r->score = match_decide(&m, r->features, &r->verdict);
	match_explain(&m, r);
	match_align_fini(&m);
}

static void
match_free_list(char **list, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

static void
match_free_figures(struct match_figure_pair *p, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(p[i].a);
		free(p[i].b);
	}
	free(p);
}

void
match_result_fini(struct match_result *r)
{
	size_t	i;

	match_free_list(r->same_words, r->nsame_words);
	match_free_list(r->only_a, r->nonly_a);
	match_free_list(r->only_b, r->nonly_b);
	for (i = 0; i < r->nsame_names; i++) {
		free(r->same_names[i].a);
		free(r->same_names[i].b);
	}
	free(r->same_names);
	match_free_figures(r->same_figures, r->nsame_figures);
	match_free_figures(r->diff_figures, r->ndiff_figures);
	memset(r, 0, sizeof *r);
}

static void
match_text_list(struct buf *b, const char *label, char **list, size_t n)
{
	size_t	i;

	if (n == 0)
		return;
	buf_printf(b, "%s: ", label);
	for (i = 0; i < n; i++)
		buf_printf(b, "%s%s", i == 0 ? "" : ", ", list[i]);
	buf_addc(b, '\n');
}

static void
match_text_figures(struct buf *b, const char *label,
    const struct match_figure_pair *p, size_t n, const char *sep)
{
	size_t	i;

	if (n == 0)
		return;
	buf_printf(b, "%s: ", label);
	for (i = 0; i < n; i++)
		buf_printf(b, "%s%s%s%s", i == 0 ? "" : ", ", p[i].a, sep,
		    p[i].b);
	buf_addc(b, '\n');
}

char *
match_result_text(const struct match_result *r)
{
	struct buf	b;
	size_t		i;

	buf_init(&b);
	buf_printf(&b, "verdict %s, score %.2f\n",
	    match_verdict_name(r->verdict), r->score);
	match_text_list(&b, "words agree", r->same_words, r->nsame_words);
	match_text_list(&b, "only in first", r->only_a, r->nonly_a);
	match_text_list(&b, "only in second", r->only_b, r->nonly_b);
	if (r->nsame_names > 0) {
		buf_adds(&b, "names agree: ");
		for (i = 0; i < r->nsame_names; i++) {
			buf_printf(&b, "%s%s", i == 0 ? "" : ", ",
			    r->same_names[i].a);
			if (strcmp(r->same_names[i].a, r->same_names[i].b)
			    != 0)
				buf_printf(&b, " = %s", r->same_names[i].b);
		}
		buf_addc(&b, '\n');
	}
	match_text_figures(&b, "figures agree", r->same_figures,
	    r->nsame_figures, " = ");
	match_text_figures(&b, "figures differ", r->diff_figures,
	    r->ndiff_figures, " / ");
	return buf_detach(&b, NULL);
}

/* One pair of match_run_pairs(). */
struct match_pair {
	char		*id;
	struct claim	 a;
	struct claim	 b;
};

/* Make a claim of a whole text read from a line. */
static void
match_text_claim(struct claim *c, const char *s)
{
	char	*clean = text_clean_line(s, strlen(s));

	claim_init(c, clean, 0, strlen(clean));
	free(clean);
}

static bool
match_is_number(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return false;
	}
	return true;
}

/* Parse one line into a pair; NULL (the reason in *why) when malformed,
 * "" (and *skip) for a header or a blank line. */
static const char *
match_parse_line(char *line, size_t lineno, struct match_pair *p, bool *skip)
{
	char	*f[6], *s = line;
	size_t	 n = 0;

	*skip = false;
	if (lineno == 1 && strncmp(s, "\xef\xbb\xbf", 3) == 0)
		s += 3;
	s[strcspn(s, "\r\n")] = '\0';
	if (*s == '\0') {
		*skip = true;
		return NULL;
	}
	for (;;) {
		f[n++] = s;
		s = strchr(s, '\t');
		if (s == NULL || n == UTIL_NELEM(f))
			break;
		*s++ = '\0';
	}
	if (n == 5 && !match_is_number(f[0]) && lineno == 1) {
		*skip = true;
		return NULL;
	}
	if (n == 5 && strcmp(f[0], "0") != 0 && strcmp(f[0], "1") != 0)
		return "the label of an MSRP row must be 0 or 1";
	if (n != 3 && n != 5)
		return "expected id, text, text (or an MSRP row)";
	p->id = n == 3 ? xstrdup(f[0]) : xasprintf("%zu", lineno);
	match_text_claim(&p->a, f[n - 2]);
	match_text_claim(&p->b, f[n - 1]);
	return NULL;
}

int
match_run_pairs(FILE *in, FILE *out, char **cause)
{
	struct match_pair	*pairs = NULL;
	struct match_dftable	*t = match_dftable_create();
	struct match_df		 df;
	enum match_verdict	 v;
	char			*line = NULL;
	const char		*why;
	size_t			 cap = 0, n = 0, lineno = 0, refused = 0, i;
	double			 score;
	bool			 skip;

	while (getline(&line, &cap, in) != -1) {
		lineno++;
		pairs = xreallocarray(pairs, n + 1, sizeof *pairs);
		why = match_parse_line(line, lineno, &pairs[n], &skip);
		if (why != NULL) {
			fprintf(stderr, "stdin:%zu: %s\n", lineno, why);
			refused++;
		} else if (!skip) {
			match_dftable_add(t, &pairs[n].a);
			match_dftable_add(t, &pairs[n].b);
			n++;
		}
	}
	free(line);
	match_dftable_use(t, &df);
	for (i = 0; i < n; i++) {
		score = match_score(&pairs[i].a, &pairs[i].b, &df, &v);
		fprintf(out, "%s\t%.4f\t%d\n", pairs[i].id, score,
		    v == MATCH_SAME);
		free(pairs[i].id);
		claim_fini(&pairs[i].a);
		claim_fini(&pairs[i].b);
	}
	free(pairs);
	match_dftable_free(t);
	if (ferror(in) || ferror(out) || fflush(out) != 0) {
		*cause = xstrdup("cannot read or write the pairs");
		return -1;
	}
	if (refused > 0) {
		*cause = xasprintf("%zu line%s refused", refused,
		    refused == 1 ? "" : "s");
		return -1;
	}
	return 0;
}
