/*
 * match: the similarity of two claims, the decision and its explanation.
 * Words are aligned one to one by stem, then by transliteration key, then
 * by family (a shared first six letters), weighted by inverse document
 * frequency; figures are aligned by unit and counted noun.  A logistic
 * model over sixteen lexical features (word, n-gram and character 3-gram
 * overlaps, a BLEU-like and a METEOR-like score, cosine, edit distance,
 * names, numbers, figures, negation) gives the score, trained on MSRP to
 * say MATCH_SAME for a paraphrase.  Rules around it: a figure that surely
 * differs (one noun, a percentage, a sum, a day) is never the same claim
 * (MATCH_DIFFERENT when the rest is alike); a denial is not the same; and
 * below the threshold, a contained claim, a fair score or a shared figure
 * fact make MATCH_RELATED, which the cross-reference links and `parallax
 * match` answers 0.  Reads claims only: it never cuts text into claims
 * except in match_run_pairs(), the batch command.
 *
 * Notes for the next engineer.  MSRP (10-fold CV of the whole procedure,
 * tests/eval/train.py): the decision 76.6 % accuracy / 83.0 F1, the model
 * alone 77.0 / 83.5.  The rule that a sure figure difference is never the
 * same costs about half a point: MSRP's judges call a third of such pairs
 * paraphrases ("rose $2.11" / "jumped $1.63"), so prices, bare numbers,
 * years and weekdays are left to the model.  Lowering MATCH_CONTAIN_MIN or
 * making MATCH_RELATED answer 1 costs MSRP points; keep them apart.
 * Features that did not help: squares, lengths, LCS, character 4-grams,
 * the lower BLEU direction.
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
 * training file, document frequencies over the batch, fit on the pairs the
 * rules leave to the model, threshold chosen for accuracy); rerun it after
 * changing a feature or a rule.  Several features overlap, so single
 * weights (the negative BLEU one) mean little on their own.
 */
static const double match_weights[MATCH_NFEATURES] = {
	[MATCH_F_DICE] = -1.0781,
	[MATCH_F_CONTAIN] = 0.1380,
	[MATCH_F_ALLWORDS] = 4.9107,
	[MATCH_F_BIGRAM] = 1.6439,
	[MATCH_F_NAMES] = 0.5218,
	[MATCH_F_FIGSAME] = -0.1767,
	[MATCH_F_FIGDIFF] = -0.7680,
	[MATCH_F_NEGATION] = -1.0802,
	[MATCH_F_BLEU] = -7.4303,
	[MATCH_F_CHAR3] = 4.1107,
	[MATCH_F_COSINE] = 1.9048,
	[MATCH_F_NUMDIFF] = -0.3230,
	[MATCH_F_EXTRA] = -0.8938,
	[MATCH_F_EDIT] = -3.5716,
	[MATCH_F_METEOR] = -0.1319,
	[MATCH_F_UNSHARED] = -0.3205
};
static const double match_bias = 0.8796;
static const double match_threshold = 0.5135;

/* A shorter claim contained in a longer one states one fact with it
 * (MATCH_RELATED, or MATCH_SAME when the model says so) when at least this
 * share of its weight is shared and it has enough content (content words
 * and figures), so that a fragment matches nothing. */
#define MATCH_CONTAIN_MIN	0.9
#define MATCH_CONTAIN_WORDS	5

/* Below the model's threshold, claims are still related (one fact, one
 * of them saying more) from this score, or when they share a figure of
 * at least MATCH_FACT_MIN things, a name and this much of their words. */
#define MATCH_RELATED_MIN	0.35
#define MATCH_FACT_MIN		100
#define MATCH_FACT_DICE		0.25

/* A claim with a figure that surely differs from the other's is the same
 * claim with a different figure (MATCH_DIFFERENT) when the model would
 * give the two at least this score had the figure agreed. */
#define MATCH_DIFF_MIN		0.3

static const char *const match_feature_names[MATCH_NFEATURES] = {
	[MATCH_F_DICE] = "dice",
	[MATCH_F_CONTAIN] = "contain",
	[MATCH_F_ALLWORDS] = "allwords",
	[MATCH_F_BIGRAM] = "bigram",
	[MATCH_F_NAMES] = "names",
	[MATCH_F_FIGSAME] = "figsame",
	[MATCH_F_FIGDIFF] = "figdiff",
	[MATCH_F_NEGATION] = "negation",
	[MATCH_F_BLEU] = "bleu",
	[MATCH_F_CHAR3] = "char3",
	[MATCH_F_COSINE] = "cosine",
	[MATCH_F_NUMDIFF] = "numdiff",
	[MATCH_F_EXTRA] = "extra",
	[MATCH_F_EDIT] = "edit",
	[MATCH_F_METEOR] = "meteor",
	[MATCH_F_UNSHARED] = "unshared"
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
	case MATCH_RELATED:
		return "related";
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

static double
match_min(double x, double y)
{
	return x < y ? x : y;
}

static double
match_max(double x, double y)
{
	return x > y ? x : y;
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

/* A folded word that is a number as written ("50000", "6.4"). */
static bool
match_is_number_word(const char *w)
{
	return w[0] >= '0' && w[0] <= '9';
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
	bool			*fstrong_a;	/* … of one quantity for sure */
	size_t			*fb;
};

/* Words of one family: the same first MATCH_PREFIX letters, both longer
 * ("suspended" and "suspension", "investors" and "investment"). */
#define MATCH_PREFIX	6

static bool
match_is_kin(const struct claim_word *x, const struct claim_word *y)
{
	return strlen(x->word) > MATCH_PREFIX &&
	    strlen(y->word) > MATCH_PREFIX &&
	    strncmp(x->word, y->word, MATCH_PREFIX) == 0;
}

/* Whether content words i of a and j of b align in a pass: same stem,
 * then same name key, then the same family. */
static bool
match_word_pass(const struct claim_word *x, const struct claim_word *y,
    size_t pass)
{
	switch (pass) {
	case 0:
		return strcmp(x->stem, y->stem) == 0;
	case 1:
		return x->name != NULL && y->name != NULL &&
		    strcmp(x->name, y->name) == 0;
	default:
		return match_is_kin(x, y);
	}
}

/* Align content words one to one, pass by pass. */
static void
match_align_words(struct match_align *m, const struct match_df *df)
{
	const struct claim	*a = m->a, *b = m->b;
	size_t			 i, j, pass;

	for (i = 0; i < a->nwords; i++)
		m->weight_a[i] = match_weight(df, a->words[i].stem);
	for (j = 0; j < b->nwords; j++)
		m->weight_b[j] = match_weight(df, b->words[j].stem);
	for (pass = 0; pass < 3; pass++) {
		for (i = 0; i < a->nwords; i++) {
			if (m->wa[i] != 0 || !match_is_content(&a->words[i]))
				continue;
			for (j = 0; j < b->nwords; j++) {
				if (m->wb[j] != 0 ||
				    !match_is_content(&b->words[j]) ||
				    !match_word_pass(&a->words[i],
				    &b->words[j], pass))
					continue;
				m->wa[i] = j + 1;
				m->wb[j] = i + 1;
				break;
			}
		}
	}
}

/*
 * Whether two comparable figures that differ are surely one quantity: a
 * count of the same noun, a percentage, a sum of money, a day of a month.
 * Bare counts, prices, years and weekdays differ too often between claims
 * that are the same (a price and a closing price, "Monday" and
 * "yesterday") to tell a difference on their own.
 */
#define MATCH_SUM_MIN	1e5

static bool
match_is_strong(const struct claim_figure *x, const struct claim_figure *y)
{
	switch (x->unit) {
	case CLAIM_UNIT_COUNT:
		return x->noun != NULL && y->noun != NULL;
	case CLAIM_UNIT_PERCENT:
		return true;
	case CLAIM_UNIT_USD:
	case CLAIM_UNIT_GBP:
	case CLAIM_UNIT_EUR:
		/* A sum, or a hedge that differs; not a price, which moves
		 * between two reports of one day. */
		return x->qualifier != y->qualifier ||
		    fmin(x->value, y->value) >= MATCH_SUM_MIN;
	case CLAIM_UNIT_DATE:
		return x->month != 0 && y->month != 0 && x->day != 0 &&
		    y->day != 0;
	default:
		return false;
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
					m->fstrong_a[i] = pass == 1 &&
					    match_is_strong(&a->figures[i],
					    &b->figures[j]);
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
	m->fstrong_a = xcalloc(a->nfigures + 1, sizeof *m->fstrong_a);
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
	free(m->fstrong_a);
	free(m->fb);
}

static int
match_cmp_u64(const void *x, const void *y)
{
	unsigned long long	a = *(const unsigned long long *)x;
	unsigned long long	b = *(const unsigned long long *)y;

	return a < b ? -1 : a > b;
}

/* The size of the multiset intersection of two sorted arrays. */
static size_t
match_common(const unsigned long long *x, size_t nx,
    const unsigned long long *y, size_t ny)
{
	size_t	i = 0, j = 0, common = 0;

	while (i < nx && j < ny) {
		if (x[i] == y[j]) {
			common++;
			i++;
			j++;
		} else if (x[i] < y[j])
			i++;
		else
			j++;
	}
	return common;
}

/* Grams of one claim: word n-grams (as hashes of their stems) for n = 1
 * to MATCH_MAXN, and character 3-grams of its folded words. */
#define MATCH_MAXN	4

struct match_grams {
	unsigned long long	*stem;			/* one hash a word */
	unsigned long long	*word[MATCH_MAXN];	/* sorted */
	size_t			 nword[MATCH_MAXN];
	unsigned long long	*chr;			/* 3-grams, sorted */
	size_t			 nchr;
};

/* The character n-grams of the folded words joined by spaces, packed
 * into integers (n <= 8 bytes). */
static unsigned long long *
match_char_grams(const struct claim *c, size_t n, size_t *count)
{
	struct buf		 b;
	unsigned long long	*g, v;
	size_t			 i, k, len;
	char			*s;

	buf_init(&b);
	buf_addc(&b, ' ');
	for (i = 0; i < c->nwords; i++) {
		buf_adds(&b, c->words[i].word);
		buf_addc(&b, ' ');
	}
	s = buf_detach(&b, &len);
	*count = len >= n ? len - n + 1 : 0;
	g = xcalloc(*count + 1, sizeof *g);
	for (i = 0; i < *count; i++) {
		for (v = 0, k = 0; k < n; k++)
			v = v << 8 | (unsigned char)s[i + k];
		g[i] = v;
	}
	free(s);
	qsort(g, *count, sizeof *g, match_cmp_u64);
	return g;
}

static void
match_grams_init(struct match_grams *g, const struct claim *c)
{
	const char	*st;
	size_t		 i, n, k;
	unsigned long long h;

	g->stem = xcalloc(c->nwords + 1, sizeof *g->stem);
	for (i = 0; i < c->nwords; i++) {
		st = c->words[i].stem;
		g->stem[i] = util_hash64(st, strlen(st));
	}
	for (n = 1; n <= MATCH_MAXN; n++) {
		g->nword[n - 1] = c->nwords >= n ? c->nwords - n + 1 : 0;
		g->word[n - 1] = xcalloc(g->nword[n - 1] + 1,
		    sizeof *g->word[n - 1]);
		for (i = 0; i < g->nword[n - 1]; i++) {
			for (h = 0, k = 0; k < n; k++)
				h = h * 1000003ULL + g->stem[i + k];
			g->word[n - 1][i] = h;
		}
		qsort(g->word[n - 1], g->nword[n - 1], sizeof *g->word[0],
		    match_cmp_u64);
	}
	g->chr = match_char_grams(c, 3, &g->nchr);
}

static void
match_grams_fini(struct match_grams *g)
{
	size_t	k;

	free(g->stem);
	for (k = 0; k < MATCH_MAXN; k++)
		free(g->word[k]);
	free(g->chr);
}

static double
match_dice_counts(size_t common, size_t na, size_t nb)
{
	return na + nb == 0 ? 0 : 2.0 * (double)common / (double)(na + nb);
}

/*
 * Word n-gram overlaps: the Dice of unigrams and bigrams, and a BLEU-like
 * score each way (the geometric mean of the n-gram precisions for n = 1
 * to 4, add-one smoothed), of which the higher counts; the Dice of
 * character 3-grams.
 */
static void
match_ngram_features(const struct match_grams *ga,
    const struct match_grams *gb, double f[MATCH_NFEATURES])
{
	size_t	n, common;
	double	la = 0, lb = 0;

	for (n = 0; n < MATCH_MAXN; n++) {
		common = match_common(ga->word[n], ga->nword[n], gb->word[n],
		    gb->nword[n]);
		if (n == 0)
			f[MATCH_F_ALLWORDS] = match_dice_counts(common,
			    ga->nword[n], gb->nword[n]);
		if (n == 1)
			f[MATCH_F_BIGRAM] = match_dice_counts(common,
			    ga->nword[n], gb->nword[n]);
		la += log(((double)common + 1) / ((double)ga->nword[n] + 1));
		lb += log(((double)common + 1) / ((double)gb->nword[n] + 1));
	}
	f[MATCH_F_BLEU] = exp(match_max(la, lb) / MATCH_MAXN);
	common = match_common(ga->chr, ga->nchr, gb->chr, gb->nchr);
	f[MATCH_F_CHAR3] = match_dice_counts(common, ga->nchr, gb->nchr);
}

/* The cosine of the claims' stem vectors, term frequency times weight. */
static double
match_cosine(const struct match_align *m, const struct match_grams *ga,
    const struct match_grams *gb)
{
	const struct claim	*a = m->a, *b = m->b;
	double			 dot = 0, na = 0, nb = 0, ta, tb;
	size_t			 i, j, k;

	for (i = 0; i < a->nwords; i++) {
		for (k = 0; k < i && ga->stem[k] != ga->stem[i]; k++)
			continue;
		if (k < i)
			continue;	/* counted at its first place */
		for (ta = 0, k = i; k < a->nwords; k++)
			ta += ga->stem[k] == ga->stem[i];
		for (tb = 0, j = 0; j < b->nwords; j++)
			tb += gb->stem[j] == ga->stem[i];
		ta *= m->weight_a[i];
		na += ta * ta;
		dot += ta * tb * m->weight_a[i];
	}
	for (j = 0; j < b->nwords; j++) {
		for (k = 0; k < j && gb->stem[k] != gb->stem[j]; k++)
			continue;
		if (k < j)
			continue;
		for (tb = 0, k = j; k < b->nwords; k++)
			tb += gb->stem[k] == gb->stem[j];
		tb *= m->weight_b[j];
		nb += tb * tb;
	}
	return na > 0 && nb > 0 ? dot / sqrt(na * nb) : 0;
}

/* Numbers as written (folded words that start with a digit): the share
 * of them that only one claim has; 0 when neither has any. */
static double
match_numbers(const struct claim *a, const struct claim *b)
{
	size_t	i, j, only = 0, all = 0;
	bool	found;

	for (i = 0; i < a->nwords; i++) {
		if (!match_is_number_word(a->words[i].word))
			continue;
		all++;
		for (found = false, j = 0; j < b->nwords && !found; j++)
			found = strcmp(a->words[i].word, b->words[j].word) == 0;
		only += !found;
	}
	for (j = 0; j < b->nwords; j++) {
		if (!match_is_number_word(b->words[j].word))
			continue;
		all++;
		for (found = false, i = 0; i < a->nwords && !found; i++)
			found = strcmp(a->words[i].word, b->words[j].word) == 0;
		only += !found;
	}
	return all == 0 ? 0 : (double)only / (double)all;
}

/* Word edit distance of the stems / the longer claim. */
static double
match_edit(const struct match_grams *ga, size_t na,
    const struct match_grams *gb, size_t nb)
{
	size_t	*prev, *cur, *tmp, i, j, n, best;
	double	 r;

	n = na > nb ? na : nb;
	if (n == 0)
		return 0;
	prev = xcalloc(nb + 1, sizeof *prev);
	cur = xcalloc(nb + 1, sizeof *cur);
	for (j = 0; j <= nb; j++)
		prev[j] = j;
	for (i = 1; i <= na; i++) {
		cur[0] = i;
		for (j = 1; j <= nb; j++) {
			best = prev[j - 1] + (ga->stem[i - 1] !=
			    gb->stem[j - 1]);
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			cur[j] = best;
		}
		tmp = prev;
		prev = cur;
		cur = tmp;
	}
	r = (double)prev[nb] / (double)n;
	free(prev);
	free(cur);
	return r;
}

/* A METEOR-like score: the harmonic mean of the shares of the words
 * aligned (all words, by stem, one to one), less a penalty for aligned
 * words that come in many separate runs. */
static double
match_meteor(const struct match_grams *ga, size_t na,
    const struct match_grams *gb, size_t nb)
{
	size_t	*to, i, j, m = 0, chunks = 0;
	bool	*used;
	double	 p, r, fmean, frag;

	if (na == 0 || nb == 0)
		return 0;
	to = xcalloc(na, sizeof *to);
	used = xcalloc(nb, sizeof *used);
	for (i = 0; i < na; i++) {
		/* Prefer the word after the one the previous word took. */
		j = i > 0 && to[i - 1] != 0 ? to[i - 1] : nb;
		if (j < nb && !used[j] && ga->stem[i] == gb->stem[j]) {
			to[i] = j + 1;
			used[j] = true;
			continue;
		}
		for (j = 0; j < nb; j++) {
			if (!used[j] && ga->stem[i] == gb->stem[j]) {
				to[i] = j + 1;
				used[j] = true;
				break;
			}
		}
	}
	for (i = 0; i < na; i++) {
		if (to[i] == 0)
			continue;
		m++;
		if (i == 0 || to[i - 1] == 0 || to[i - 1] != to[i] - 1)
			chunks++;
	}
	free(to);
	free(used);
	if (m == 0)
		return 0;
	p = (double)m / (double)nb;
	r = (double)m / (double)na;
	fmean = 10 * p * r / (r + 9 * p);
	frag = (double)chunks / (double)m;
	return fmean * (1 - 0.5 * frag * frag * frag);
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

/* What the rules need beside the features. */
struct match_extent {
	double	contain;	/* weighted overlap / the lighter claim */
	size_t	shorter;	/* content words and figures of the lighter */
	size_t	unshared;	/* content words on one side only */
};

/* The features of an alignment and its extent. */
static void
match_compute(const struct match_align *m, double f[MATCH_NFEATURES],
    struct match_extent *x)
{
	struct match_side	sa, sb;
	struct match_grams	ga, gb;
	size_t			i, nsame = 0, ndiff = 0;
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
	x->contain = 0;
	if (match_min(sa.total, sb.total) > 0)
		x->contain = match_min(1, shared / match_min(sa.total,
		    sb.total));
	f[MATCH_F_CONTAIN] = x->contain;
	x->shorter = sa.total < sb.total ? sa.content + m->a->nfigures :
	    sb.content + m->b->nfigures;
	x->unshared = sa.unshared + sb.unshared;
	match_grams_init(&ga, m->a);
	match_grams_init(&gb, m->b);
	match_ngram_features(&ga, &gb, f);
	f[MATCH_F_COSINE] = match_cosine(m, &ga, &gb);
	f[MATCH_F_EDIT] = match_edit(&ga, m->a->nwords, &gb, m->b->nwords);
	f[MATCH_F_METEOR] = (match_meteor(&ga, m->a->nwords, &gb,
	    m->b->nwords) + match_meteor(&gb, m->b->nwords, &ga,
	    m->a->nwords)) / 2;
	match_grams_fini(&ga);
	match_grams_fini(&gb);
	f[MATCH_F_EXTRA] = log1p((double)(sa.unshared > sb.unshared ?
	    sa.unshared : sb.unshared));
	if (sa.names + sb.names > 0)
		f[MATCH_F_NAMES] = (double)(sa.names_unshared +
		    sb.names_unshared) / (double)(sa.names + sb.names);
	f[MATCH_F_NUMDIFF] = match_numbers(m->a, m->b);
	f[MATCH_F_FIGSAME] = nsame > 2 ? 2 : (double)nsame;
	f[MATCH_F_FIGDIFF] = ndiff > 0;
	f[MATCH_F_NEGATION] = match_negated(m->a) != match_negated(m->b);
	f[MATCH_F_UNSHARED] = match_min(
	    sa.total > 0 ? 1 - sa.shared / sa.total : 0,
	    sb.total > 0 ? 1 - sb.shared / sb.total : 0);
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

/* What the rules around the model say of an alignment. */
enum match_rule_kind {
	MATCH_RULE_MODEL,	/* the model decides */
	MATCH_RULE_DIFFERS,	/* a figure surely differs: never the same */
	MATCH_RULE_DENIAL,	/* one denies what the other says */
	MATCH_RULE_CONTAINED	/* related even when the model says no */
};

static enum match_rule_kind
match_rule_of(const struct match_align *m, const double f[MATCH_NFEATURES],
    const struct match_extent *x)
{
	size_t	i;

	for (i = 0; i < m->a->nfigures; i++) {
		if (m->fa[i] != 0 && m->fstrong_a[i])
			return MATCH_RULE_DIFFERS;
	}
	/* Only a negation apart: every content word shared both ways. */
	if (f[MATCH_F_NEGATION] != 0 && x->unshared == 0)
		return MATCH_RULE_DENIAL;
	if (x->contain >= MATCH_CONTAIN_MIN && x->shorter >= MATCH_CONTAIN_WORDS)
		return MATCH_RULE_CONTAINED;
	return MATCH_RULE_MODEL;
}

/*
 * Two claims that share a figure that says something (a count of a noun,
 * a sum, a percentage) and a name, and enough of their words besides,
 * report one fact however differently they frame it.
 */
static bool
match_shares_fact(const struct match_align *m, const double f[MATCH_NFEATURES])
{
	const struct claim_figure	*x;
	size_t				 i;
	bool				 fig = false;

	for (i = 0; i < m->a->nfigures && !fig; i++) {
		x = &m->a->figures[i];
		fig = m->fa[i] != 0 && !m->fdiff_a[i] &&
		    ((x->unit == CLAIM_UNIT_COUNT && x->noun != NULL &&
		    x->value >= MATCH_FACT_MIN) ||
		    x->unit == CLAIM_UNIT_PERCENT || x->unit == CLAIM_UNIT_USD ||
		    x->unit == CLAIM_UNIT_GBP || x->unit == CLAIM_UNIT_EUR);
	}
	return fig && f[MATCH_F_NAMES] < 1 && f[MATCH_F_DICE] >= MATCH_FACT_DICE;
}

/* Score and verdict of an alignment. */
static double
match_decide(const struct match_align *m, double f[MATCH_NFEATURES],
    enum match_verdict *verdict)
{
	struct match_extent	x;
	enum match_rule_kind	rule;
	double			p, g[MATCH_NFEATURES];

	match_compute(m, f, &x);
	p = match_model(f);
	rule = match_rule_of(m, f, &x);
	switch (rule) {
	case MATCH_RULE_DIFFERS:
		/* Alike but for the figure: a difference, not a match. */
		memcpy(g, f, sizeof g);
		g[MATCH_F_FIGDIFF] = 0;
		g[MATCH_F_FIGSAME] += 1;
		g[MATCH_F_NUMDIFF] = 0;
		*verdict = match_model(g) >= MATCH_DIFF_MIN ||
		    (x.contain >= MATCH_CONTAIN_MIN &&
		    x.shorter >= MATCH_CONTAIN_WORDS) ?
		    MATCH_DIFFERENT : MATCH_NONE;
		break;
	case MATCH_RULE_DENIAL:
		*verdict = MATCH_NONE;
		break;
	default:
		if (p >= match_threshold)
			*verdict = MATCH_SAME;
		else if (rule == MATCH_RULE_CONTAINED || p >= MATCH_RELATED_MIN ||
		    match_shares_fact(m, f))
			*verdict = MATCH_RELATED;
		else
			*verdict = MATCH_NONE;
		break;
	}
	return p;
}

int
match_rule(const struct claim *a, const struct claim *b,
    const struct match_df *df)
{
	struct match_align	m;
	struct match_extent	x;
	enum match_rule_kind	rule;
	double			f[MATCH_NFEATURES];

	match_align_init(&m, a, b, df);
	match_compute(&m, f, &x);
	rule = match_rule_of(&m, f, &x);
	match_align_fini(&m);
	return rule == MATCH_RULE_MODEL || rule == MATCH_RULE_CONTAINED ? 0 :
	    -1;
}

void
match_features(const struct claim *a, const struct claim *b,
    const struct match_df *df, double f[MATCH_NFEATURES])
{
	struct match_align	m;
	struct match_extent	x;

	match_align_init(&m, a, b, df);
	match_compute(&m, f, &x);
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
