/*
 * match: how alike two claims are, whether they are the same claim, and
 * why.  A similarity in [0, 1] from a small logistic model over lexical
 * features (weighted word overlap and containment, word order, names,
 * figures), a verdict (none, same, the same claim with a different
 * figure, or related: one fact that one claim states with more), and an
 * explanation that lists the words, names and figures that
 * agree or differ.  Word weights come from document frequencies the
 * caller supplies (the store's, or a batch's own).  Works on claims only:
 * no store, no segmentation.
 */
#ifndef PARALLAX_MATCH_H
#define PARALLAX_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "parallax/claim.h"

enum match_verdict {
	MATCH_NONE,		/* not the same claim */
	MATCH_SAME,		/* the same claim, worded alike or not */
	MATCH_DIFFERENT,	/* the same claim with a different figure */
	MATCH_RELATED		/* one fact, but not a paraphrase: one claim
				 * says more, or says it more loosely (the
				 * cross-reference links it; `match` says 0) */
};

/*
 * Document frequencies for word weights: df(term, arg) is the number of
 * documents (claims) whose stems include term, out of ndocs.  With df NULL
 * or ndocs 0 every word weighs the same.
 */
typedef unsigned long (*match_df_fn)(const char *term, void *arg);

struct match_df {
	match_df_fn	 df;
	void		*arg;
	unsigned long	 ndocs;
};

/* An in-memory table of document frequencies over stems. */
struct match_dftable;

/* A new empty table; free with match_dftable_free() (NULL is fine). */
struct match_dftable *match_dftable_create(void);
void	match_dftable_free(struct match_dftable *t);

/* Count one document: every distinct stem of c once. */
void	match_dftable_add(struct match_dftable *t, const struct claim *c);

/* Point *df at the table (borrowed: the table must outlive its use). */
void	match_dftable_use(struct match_dftable *t, struct match_df *df);

/* The features of the model, in the order of the learned weights. */
enum match_feature {
	MATCH_F_DICE,		/* weighted content-word overlap (Dice) */
	MATCH_F_CONTAIN,	/* weighted overlap / the shorter claim */
	MATCH_F_ALLWORDS,	/* overlap of all stems, stop words too */
	MATCH_F_BIGRAM,		/* overlap of stem bigrams */
	MATCH_F_NAMES,		/* names on one side only / all names */
	MATCH_F_FIGSAME,	/* figures that agree (at most 2) */
	MATCH_F_FIGDIFF,	/* 1 when a figure differs */
	MATCH_F_NEGATION,	/* 1 when only one claim is negated */
	MATCH_F_BLEU,		/* BLEU-like n-gram precision, the higher way */
	MATCH_F_CHAR3,		/* overlap of character 3-grams (Dice) */
	MATCH_F_COSINE,		/* weighted cosine of the stem vectors */
	MATCH_F_NUMDIFF,	/* numbers on one side only / all numbers */
	MATCH_F_EXTRA,		/* log(1 + unshared content words, larger) */
	MATCH_F_EDIT,		/* word edit distance / the longer claim */
	MATCH_F_GAPS,		/* runs of unshared content words, more */
	MATCH_F_GAPSMIN,	/* … and fewer of the two claims */
	MATCH_NFEATURES
};

/* A figure of each claim, as text (claim_figure_text()), and its index. */
struct match_figure_pair {
	char	*a;
	char	*b;
	size_t	 ia;
	size_t	 ib;
};

/*
 * The result of comparing claims a and b.  Word lists hold folded words
 * (of a for shared words); names pair the two spellings ("evgeny" and
 * "yevgeny" as same_names[i].a / .b, indexes into words).  The result owns
 * everything in it.
 */
struct match_name_pair {
	char	*a;
	char	*b;
};

struct match_result {
	double			 score;
	enum match_verdict	 verdict;
	double			 features[MATCH_NFEATURES];
	char			**same_words;
	size_t			 nsame_words;
	char			**only_a;
	size_t			 nonly_a;
	char			**only_b;
	size_t			 nonly_b;
	struct match_name_pair	*same_names;
	size_t			 nsame_names;
	struct match_figure_pair *same_figures;
	size_t			 nsame_figures;
	struct match_figure_pair *diff_figures;
	size_t			 ndiff_figures;
};

/*
 * Compare two claims: score, verdict and explanation into *r (overwritten;
 * free with match_result_fini()).  df may be NULL (equal weights).
 */
void	match_claims(const struct claim *a, const struct claim *b,
	    const struct match_df *df, struct match_result *r);

/* The similarity of two claims in [0, 1] and the verdict (may be NULL),
 * without the explanation: for scoring many pairs.  Never allocates a
 * result. */
double	match_score(const struct claim *a, const struct claim *b,
	    const struct match_df *df, enum match_verdict *verdict);

/*
 * Comparing many claims: a context holds the weights of the stems it has
 * seen (df is asked once a stem) and the strings of its claims as small
 * integers; a prepared claim is everything a comparison reads of one
 * claim, computed once.  match_score_prep() and match_claims_prep() then
 * give exactly what match_score() and match_claims() give, without
 * comparing strings or allocating (but the first time claims that long
 * are compared).
 */
struct match_ctx;
struct match_prep;

/* A new context with the weights of df (copied; df->arg is borrowed and
 * must outlive the context), or equal weights when df is NULL.  Free with
 * match_ctx_free() (NULL is fine) after the claims prepared in it. */
struct match_ctx *match_ctx_create(const struct match_df *df);
void	match_ctx_free(struct match_ctx *ctx);

/* A context for comparing, in another thread, the claims prepared in
 * parent: it reads parent's terms and weights and has scratch space of
 * its own.  parent must outlive it and prepare nothing more meanwhile;
 * nothing can be prepared in a fork.  Free with match_ctx_free(). */
struct match_ctx *match_ctx_fork(const struct match_ctx *parent);

/* Prepare claim c in ctx.  c is borrowed: it must outlive the result and
 * not change.  Free with match_prep_free() (NULL is fine). */
struct match_prep *match_prepare(struct match_ctx *ctx, const struct claim *c);
void	match_prep_free(struct match_prep *p);

/* The content words of a prepared claim as terms of its context, each
 * once, in order of first use: *ids (1 to match_ctx_nterms() - 1; a word
 * and its synonyms are one term) and *weights (their inverse document
 * frequencies), both borrowed from p.  Returns their count.  For an
 * index of claims by term. */
size_t	match_prep_terms(const struct match_prep *p, const uint32_t **ids,
	    const double **weights);

/* One more than the largest term id of ctx so far. */
size_t	match_ctx_nterms(const struct match_ctx *ctx);

/* Whether two claims prepared in one context read the same to a
 * comparison (the same words and figures): then each gives the same
 * score and verdict with any third claim, in the same order.  And a hash
 * that two such claims share.  For callers that compare many claims of
 * which some are copies (a wire report several outlets print). */
bool	match_prep_same(const struct match_prep *a,
	    const struct match_prep *b);
unsigned long long match_prep_hash(const struct match_prep *p);

/* match_score() of two claims prepared in ctx.  ctx is the scratch space
 * of the comparison: one comparison in a context at a time. */
double	match_score_prep(struct match_ctx *ctx, const struct match_prep *a,
	    const struct match_prep *b, enum match_verdict *verdict);

/* match_claims() of two claims prepared in ctx, into *r (free with
 * match_result_fini()). */
void	match_claims_prep(struct match_ctx *ctx, const struct match_prep *a,
	    const struct match_prep *b, struct match_result *r);

/* Only the figures of match_claims_prep(): *r gets same_figures and
 * diff_figures as it would, and nothing else (score 0, MATCH_NONE, no
 * words).  For callers that look only at figures; free with
 * match_result_fini(). */
void	match_figures_prep(struct match_ctx *ctx, const struct match_prep *a,
	    const struct match_prep *b, struct match_result *r);

/* Only the features (for training, see tests/eval/train.py). */
void	match_features(const struct claim *a, const struct claim *b,
	    const struct match_df *df, double f[MATCH_NFEATURES]);

/*
 * The rules around the model, for training (tests/eval/train.py): -1
 * when a rule says the claims are not the same whatever the model says (a
 * figure that surely differs, a denial), 0 when the model decides whether
 * they are MATCH_SAME.
 */
int	match_rule(const struct claim *a, const struct claim *b,
	    const struct match_df *df);

/* Free what a result owns (not the struct). */
void	match_result_fini(struct match_result *r);

/* "none", "same", "different", "related". */
const char *match_verdict_name(enum match_verdict v);

/* The name of a feature ("dice", "contain", …). */
const char *match_feature_name(enum match_feature f);

/*
 * The explanation as lines of text, for people:
 *	verdict same, score 0.93
 *	words agree: a, b
 *	only in first: c
 *	only in second: d
 *	names agree: evgeny = yevgeny, prigozhin = prigojine
 *	figures agree: about 50000 personnel = 50000 personnel
 *	figures differ: 40000 peopl / 50000 peopl
 * Lines with nothing to list are left out.  Caller frees.
 */
char	*match_result_text(const struct match_result *r);

/*
 * The `parallax match` command: read every line of in, either
 * "id<TAB>text1<TAB>text2" or an MSRP row "label<TAB>id1<TAB>id2<TAB>s1<TAB>s2"
 * (whose printed id is its row number; a header row and a UTF-8 BOM are
 * skipped), build document frequencies over all the texts, then write
 * "id<TAB>score<TAB>0|1" for each pair (1 for MATCH_SAME).  A malformed
 * line is reported on stderr as "stdin:LINE: reason" and skipped.
 * Returns 0, or -1 with *cause set (caller frees) when a line was refused
 * or reading or writing failed; the other lines are still done.
 */
int	match_run_pairs(FILE *in, FILE *out, char **cause);

#endif
