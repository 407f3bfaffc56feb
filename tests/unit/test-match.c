/*
 * test-match: scores, verdicts and explanations of claim pairs (fictional
 * sentences), document-frequency weights, and the batch command.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/claim.h"
#include "parallax/match.h"
#include "parallax/util.h"

/* Compare two sentences with equal weights; the caller finis *r. */
static void
compare(const char *x, const char *y, struct match_result *r)
{
	struct claim	a, b;

	claim_init(&a, x, 0, strlen(x));
	claim_init(&b, y, 0, strlen(y));
	match_claims(&a, &b, NULL, r);
	claim_fini(&a);
	claim_fini(&b);
}

/* The explanation of two sentences as text. */
static char *
explain(const char *x, const char *y)
{
	struct match_result	 r;
	char			*t;

	compare(x, y, &r);
	t = match_result_text(&r);
	match_result_fini(&r);
	return t;
}

static void
test_match_reworded_same(void **state)
{
	struct match_result	 r;
	char			*t;

	(void)state;
	compare("Floods forced 40,000 people from their homes in Vardale on "
	    "Tuesday.", "On Tuesday, floods drove 40,000 people from their "
	    "homes in Vardale.", &r);
	assert_int_equal(r.verdict, MATCH_SAME);
	assert_true(r.score > 0.9 && r.score <= 1);
	assert_true(r.features[MATCH_F_FIGSAME] == 2);
	t = match_result_text(&r);
	assert_string_equal(t,
	    "verdict same, score 0.96\n"
	    "words agree: floods, people, homes\n"
	    "only in first: forced\n"
	    "only in second: drove\n"
	    "names agree: vardale, tuesday\n"
	    "figures agree: 40000 peopl = 40000 peopl, "
	    "date tuesday = date tuesday\n");
	free(t);
	match_result_fini(&r);
}

static void
test_match_unrelated_none(void **state)
{
	struct match_result	r;

	(void)state;
	compare("The central bank raised interest rates by a quarter point.",
	    "Floods forced 40,000 people from their homes in Vardale on "
	    "Tuesday.", &r);
	assert_int_equal(r.verdict, MATCH_NONE);
	assert_true(r.score >= 0 && r.score < 0.05);
	assert_int_equal(r.nsame_words, 0);
	assert_int_equal(r.nonly_a, 7);
	assert_int_equal(r.nonly_b, 6);
	match_result_fini(&r);
}

/* A claim contained in a longer one states one fact with it: related,
 * linked by the cross-reference, though not a paraphrase. */
static void
test_match_contained_related(void **state)
{
	struct match_result	r;

	(void)state;
	compare("Repairs to the river wall will cost more than $100 million.",
	    "The mayor's office said on Wednesday that repairs to the river "
	    "wall and the harbour will cost more than $100 million over five "
	    "years.", &r);
	assert_int_equal(r.verdict, MATCH_RELATED);
	assert_true(r.features[MATCH_F_CONTAIN] == 1);
	assert_int_equal(r.nonly_a, 0);
	match_result_fini(&r);
	/* A fragment is contained too, but too short to match. */
	compare("The river wall.", "Repairs to the river wall will cost more "
	    "than $100 million.", &r);
	assert_true(r.features[MATCH_F_CONTAIN] == 1);
	assert_int_equal(r.verdict, MATCH_NONE);
	match_result_fini(&r);
}

static void
test_match_figure_different(void **state)
{
	struct match_result	r;

	(void)state;
	compare("About 40,000 people were evacuated from Vardale after the "
	    "river burst its banks.", "About 50,000 people were evacuated "
	    "from Vardale after the river burst its banks.", &r);
	assert_int_equal(r.verdict, MATCH_DIFFERENT);
	assert_int_equal(r.ndiff_figures, 1);
	assert_string_equal(r.diff_figures[0].a, "about 40000 peopl");
	assert_string_equal(r.diff_figures[0].b, "about 50000 peopl");
	assert_int_equal(r.diff_figures[0].ia, 0);
	assert_int_equal(r.diff_figures[0].ib, 0);
	assert_int_equal(r.nsame_figures, 0);
	match_result_fini(&r);
}

static void
test_match_qualifier_different(void **state)
{
	char	*t;

	(void)state;
	t = explain("The council said repairs would cost more than "
	    "$100 million.", "The council said repairs would cost "
	    "$100 million.");
	assert_string_equal(t,
	    "verdict different, score 0.96\n"
	    "words agree: council, repairs, cost\n"
	    "figures differ: more than usd 100000000 / usd 100000000\n");
	free(t);
}

static void
test_match_money_forms_same(void **state)
{
	char	*t;

	(void)state;
	t = explain("The council said repairs would cost $100mn.",
	    "The council said repairs would cost 100 million dollars.");
	assert_string_equal(t,
	    "verdict same, score 0.81\n"
	    "words agree: council, repairs, cost\n"
	    "figures agree: usd 100000000 = usd 100000000\n");
	free(t);
}

static void
test_match_spelling_same(void **state)
{
	struct match_result	 r;
	char			*t;

	(void)state;
	compare("The defence ministry denied the report.",
	    "The defense ministry denied the report.", &r);
	assert_int_equal(r.verdict, MATCH_SAME);
	assert_true(r.features[MATCH_F_DICE] == 1);
	match_result_fini(&r);
	t = explain("Evgeny Prigozhin said his fighters would leave the city.",
	    "Yevgeny Prigojine said his fighters would leave the city.");
	assert_string_equal(t,
	    "verdict same, score 0.97\n"
	    "words agree: fighters, leave, city\n"
	    "names agree: evgeny = yevgeny, prigozhin = prigojine\n");
	free(t);
}

static void
test_match_explanation_words(void **state)
{
	char	*t;

	(void)state;
	t = explain("Rescue teams searched the flooded centre of Vardale.",
	    "Rescue teams searched the flooded harbour of Vardale.");
	assert_string_equal(t,
	    "verdict same, score 0.99\n"
	    "words agree: rescue, teams, searched, flooded\n"
	    "only in first: center\n"
	    "only in second: harbor\n"
	    "names agree: vardale\n");
	free(t);
	/* A negation on one side only: not the same claim. */
	t = explain("The dam held overnight.",
	    "The dam has not held overnight.");
	assert_string_equal(t,
	    "verdict none, score 0.95\n"
	    "words agree: dam, held, overnight\n");
	free(t);
}

static void
test_match_verdict_names(void **state)
{
	(void)state;
	assert_string_equal(match_verdict_name(MATCH_NONE), "none");
	assert_string_equal(match_verdict_name(MATCH_SAME), "same");
	assert_string_equal(match_verdict_name(MATCH_DIFFERENT), "different");
	assert_string_equal(match_verdict_name(MATCH_RELATED), "related");
	assert_string_equal(match_feature_name(MATCH_F_DICE), "dice");
	assert_string_equal(match_feature_name(MATCH_F_NEGATION), "negation");
}

static void
test_match_df_weights(void **state)
{
	static const char *const docs[] = {
		"The ferry sank near the harbour.",
		"The ferry was late.",
		"The ferry left early.",
		"The ferry carried goats."
	};
	struct match_dftable	*t = match_dftable_create();
	struct match_df		 df;
	struct claim		 c, a, b;
	double			 fe[MATCH_NFEATURES], fw[MATCH_NFEATURES];
	size_t			 i;

	(void)state;
	for (i = 0; i < UTIL_NELEM(docs); i++) {
		claim_init(&c, docs[i], 0, strlen(docs[i]));
		match_dftable_add(t, &c);
		claim_fini(&c);
	}
	match_dftable_use(t, &df);
	assert_int_equal(df.ndocs, 4);
	assert_int_equal(df.df("ferri", df.arg), 4);
	assert_int_equal(df.df("the", df.arg), 4);
	assert_int_equal(df.df("harbor", df.arg), 1);
	assert_int_equal(df.df("goat", df.arg), 1);
	assert_int_equal(df.df("absent", df.arg), 0);
	/* Sharing the rare word counts for more than sharing the common. */
	claim_init(&a, "ferry goats", 0, 11);
	claim_init(&b, "ferry boats", 0, 11);
	match_features(&a, &b, NULL, fe);
	match_features(&a, &b, &df, fw);
	assert_true(fe[MATCH_F_DICE] == 0.5);
	assert_true(fw[MATCH_F_DICE] < 0.5);
	claim_fini(&b);
	claim_init(&b, "cheese goats", 0, 12);
	match_features(&a, &b, &df, fw);
	assert_true(fw[MATCH_F_DICE] > 0.5);
	claim_fini(&a);
	claim_fini(&b);
	match_dftable_free(t);
	match_dftable_free(NULL);
}

/* A percentage, a count of one noun, a day of a month: surely one
 * quantity, so a different value is a difference whatever the model says
 * of the rest. */
static void
test_match_strong_different(void **state)
{
	struct match_result	r;

	(void)state;
	compare("The union said 88% of members who voted had backed the deal.",
	    "The union said 90% of members who voted supported the offer.",
	    &r);
	assert_int_equal(r.verdict, MATCH_DIFFERENT);
	assert_int_equal(r.ndiff_figures, 1);
	assert_string_equal(r.diff_figures[0].a, "88%");
	match_result_fini(&r);
	compare("The new contract takes effect on 18 November.",
	    "The new contract will take effect on November 19.", &r);
	assert_int_equal(r.verdict, MATCH_DIFFERENT);
	assert_string_equal(r.diff_figures[0].b, "date 11-19");
	match_result_fini(&r);
}

/* A price, a weekday or a bare number that differs is left to the
 * model: two reports of one thing often differ there. */
static void
test_match_weak_difference_model(void **state)
{
	struct match_result	r;

	(void)state;
	compare("Shares of Tarnwell rose 30 cents to close at $14.20 on "
	    "Friday.", "Shares of Tarnwell rose 30 cents to close at $14.10 "
	    "on Friday.", &r);
	assert_int_equal(r.ndiff_figures, 1);
	assert_int_equal(r.verdict, MATCH_SAME);
	match_result_fini(&r);
	compare("The ferry to Oskel was cancelled on Monday because of the "
	    "storm.", "The ferry to Oskel was cancelled on Tuesday because "
	    "of the storm.", &r);
	assert_int_equal(r.ndiff_figures, 1);
	assert_int_equal(r.verdict, MATCH_SAME);
	match_result_fini(&r);
}

/* Sharing a figure that says something and a name, with a fair share of
 * words: one fact, told with more on each side. */
static void
test_match_shared_fact_related(void **state)
{
	struct match_result	r;

	(void)state;
	compare("Halvik Bank has apologised to 2.3 million customers after "
	    "thieves copied addresses and phone numbers from its servers.",
	    "Halvik Bank said on Monday that thieves had taken the records "
	    "of 2.3 million customers through a contractor's account.", &r);
	assert_int_equal(r.nsame_figures, 1);
	assert_int_equal(r.verdict, MATCH_RELATED);
	match_result_fini(&r);
	/* "people" counts whoever the other figure counts. */
	compare("Thieves copied the details of 2,300,000 people.",
	    "Thieves copied the details of 2.3mn customers.", &r);
	assert_int_equal(r.nsame_figures, 1);
	match_result_fini(&r);
}

/* What the rules say, for training. */
static void
test_match_rule(void **state)
{
	static const char *const x[][2] = {
		{ "About 40,000 people fled the floods in Vardale.",
		    "About 50,000 people fled the floods in Vardale." },
		{ "The dam held overnight.", "The dam has not held overnight." },
		{ "The dam held overnight.", "The old dam held overnight." },
		{ "The price rose to $14.20.", "The price rose to $14.10." }
	};
	static const int want[] = { -1, -1, 0, 0 };
	struct claim	a, b;
	size_t		i;

	(void)state;
	for (i = 0; i < UTIL_NELEM(x); i++) {
		claim_init(&a, x[i][0], 0, strlen(x[i][0]));
		claim_init(&b, x[i][1], 0, strlen(x[i][1]));
		assert_int_equal(match_rule(&a, &b, NULL), want[i]);
		claim_fini(&a);
		claim_fini(&b);
	}
}

/* Word forms: irregular past forms meet their verb, and word families
 * meet by their first letters. */
static void
test_match_word_forms(void **state)
{
	struct match_result	r;

	(void)state;
	compare("Hackers stole the records of the clinic.",
	    "The records of the clinic were stolen by hackers.", &r);
	assert_int_equal(r.nonly_a, 0);
	assert_int_equal(r.nonly_b, 0);
	match_result_fini(&r);
	compare("Ferries were suspended at Oskel.",
	    "The suspension of ferries at Oskel.", &r);
	assert_int_equal(r.nonly_a, 0);
	assert_int_equal(r.nonly_b, 0);
	match_result_fini(&r);
}

/* Run match_run_pairs() on a string; returns its output, *rc its status. */
static char *
run_pairs(const char *input, int *rc, char **cause)
{
	FILE	*in, *out;
	char	*data = NULL;
	size_t	 len = 0;

	in = fmemopen((void *)(uintptr_t)input, strlen(input), "r");
	assert_non_null(in);
	out = open_memstream(&data, &len);
	assert_non_null(out);
	*cause = NULL;
	*rc = match_run_pairs(in, out, cause);
	fclose(in);
	fclose(out);
	return data;
}

static void
test_match_run_pairs(void **state)
{
	char	*out, *cause;
	int	 rc;

	(void)state;
	out = run_pairs(
	    "p1\tThe defence ministry denied the report.\t"
	    "The defense ministry denied the report.\n"
	    "p2\tThe central bank raised rates.\t"
	    "Floods forced thousands from their homes.\r\n", &rc, &cause);
	assert_int_equal(rc, 0);
	assert_null(cause);
	assert_string_equal(out, "p1\t0.9930\t1\np2\t0.0034\t0\n");
	free(out);
	/* MSRP rows with a BOM and a header; a malformed line is refused and
	 * the rest still done. */
	out = run_pairs(
	    "\xef\xbb\xbfQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
	    "1\t11\t12\tThe ferry sank near the harbour.\t"
	    "The ferry sank near the harbor.\n"
	    "just one field\n"
	    "\n"
	    "7\t1\t2\ta\tb\n"
	    "0\t13\t14\tThe ferry sank.\tGoats ate the hay.\n", &rc, &cause);
	assert_int_equal(rc, -1);
	assert_string_equal(cause, "2 lines refused");
	assert_string_equal(out, "2\t0.9930\t1\n6\t0.0031\t0\n");
	free(cause);
	free(out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match_reworded_same),
		cmocka_unit_test(test_match_unrelated_none),
		cmocka_unit_test(test_match_contained_related),
		cmocka_unit_test(test_match_figure_different),
		cmocka_unit_test(test_match_qualifier_different),
		cmocka_unit_test(test_match_money_forms_same),
		cmocka_unit_test(test_match_spelling_same),
		cmocka_unit_test(test_match_explanation_words),
		cmocka_unit_test(test_match_verdict_names),
		cmocka_unit_test(test_match_df_weights),
		cmocka_unit_test(test_match_run_pairs),
		cmocka_unit_test(test_match_strong_different),
		cmocka_unit_test(test_match_weak_difference_model),
		cmocka_unit_test(test_match_shared_fact_related),
		cmocka_unit_test(test_match_rule),
		cmocka_unit_test(test_match_word_forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
