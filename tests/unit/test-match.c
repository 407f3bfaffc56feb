/*
 * test-match: scores, verdicts and explanations of claim pairs (fictional
 * sentences), document-frequency weights, and the batch command.
 */
#include <math.h>
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
#include "parallax/text.h"
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

/* Words that news reports use for one another agree, and weigh the
 * same both ways; a number in words is the number. */
static void
test_match_synonyms_same(void **state)
{
	struct match_dftable	*t = match_dftable_create();
	struct match_df		 df;
	struct match_result	 r;
	struct claim		 a, b, c;
	enum match_verdict	 v;
	double			 ab, ba;
	char			*x;
	const char		*sa = "Kessler Rail bought the Orvane depot "
	    "for its night trains.";
	const char		*sb = "Kessler Rail acquired the Orvane depot "
	    "for its night trains.";
	const char		*sc = "Kessler Rail bought new carriages.";

	(void)state;
	compare(sa, sb, &r);
	assert_int_equal(r.verdict, MATCH_SAME);
	x = match_result_text(&r);
	assert_null(strstr(x, "only in"));
	assert_non_null(strstr(x, "bought"));
	free(x);
	match_result_fini(&r);
	/* "bought" is in two claims, "acquired" in one: the two words
	 * still weigh the same, and the score is the same both ways. */
	claim_init(&a, sa, 0, strlen(sa));
	claim_init(&b, sb, 0, strlen(sb));
	claim_init(&c, sc, 0, strlen(sc));
	match_dftable_add(t, &a);
	match_dftable_add(t, &b);
	match_dftable_add(t, &c);
	match_dftable_use(t, &df);
	ab = match_score(&a, &b, &df, &v);
	assert_int_equal(v, MATCH_SAME);
	ba = match_score(&b, &a, &df, &v);
	assert_true(ab == ba);
	claim_fini(&a);
	claim_fini(&b);
	claim_fini(&c);
	match_dftable_free(t);
	/* Troops and soldiers, fourteen and 14. */
	compare("Fourteen soldiers were hurt in the Dunhollow blast.",
	    "14 troops were hurt in the Dunhollow blast.", &r);
	assert_int_equal(r.verdict, MATCH_SAME);
	assert_true(r.features[MATCH_F_NUMDIFF] == 0);
	assert_int_equal(r.nonly_a, 0);
	assert_int_equal(r.nonly_b, 0);
	match_result_fini(&r);
	/* Words of two groups do not agree. */
	compare("Ticket prices rose at Kessler Rail.",
	    "Ticket prices fell at Kessler Rail.", &r);
	assert_int_equal(r.nonly_a, 1);
	assert_string_equal(r.only_a[0], "rose");
	match_result_fini(&r);
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
	    "verdict same, score 0.95\n"
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

/* One sum that the two claims hedge differently ("about", "more than"),
 * with a name and a few words shared, is one fact with a different figure;
 * another sum is not. */
static void
test_match_hedged_sum_different(void **state)
{
	struct match_result	r;
	const char		*b = "Officials said the guild's chief Mira "
	    "Orlan is spending more than $40 million per month to keep the "
	    "Orlan Guild's river boats running, but struggles to hire crews.";

	(void)state;
	compare("The Orlan Guild is spending about $40million a month on its "
	    "river fleet, officials in Tamsk said.", b, &r);
	assert_int_equal(r.verdict, MATCH_DIFFERENT);
	assert_true(r.score < 0.35);
	assert_int_equal(r.ndiff_figures, 1);
	match_result_fini(&r);
	compare("The Orlan Guild is spending about $60million a month on its "
	    "river fleet, officials in Tamsk said.", b, &r);
	assert_int_equal(r.verdict, MATCH_NONE);
	match_result_fini(&r);
}

/* Five content words in a row, not all names, taken from one source:
 * related whatever else the claims say; a shorter run is not enough. */
static void
test_match_shared_run_related(void **state)
{
	struct match_result	r;
	const char		*b = "The Kessin, carrying a cargo of copper "
	    "ore from Valmar, ran aground off Tessel Point early on Monday, "
	    "the coastguard said, adding that all twenty crew were rescued "
	    "by helicopter.";

	(void)state;
	compare("Harbour officials said photographs showed the Kessin "
	    "freighter, long a fixture of the northern route, carrying a "
	    "cargo of copper ore from Valmar.", b, &r);
	assert_int_equal(r.verdict, MATCH_RELATED);
	assert_true(r.score < 0.35);
	match_result_fini(&r);
	compare("Harbour officials said photographs showed the Kessin "
	    "freighter, long a fixture of the northern route, loaded with "
	    "ore.", b, &r);
	assert_int_equal(r.verdict, MATCH_NONE);
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
	    "verdict different, score 0.97\n"
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
	    "verdict same, score 0.86\n"
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
	    "verdict none, score 0.94\n"
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

/* Figures that one rounding or one hedge reconciles are not a
 * difference: a percentage given to one decimal less, a bound that the
 * other figure keeps, "nearly" and "about" one number, a price beside a
 * sum.  Zeros that end a whole number are not rounding. */
static void
test_match_rounded_not_different(void **state)
{
	struct match_result	r;

	(void)state;
	compare("Shares of Orvane fell 1.23 percent on Tuesday after the "
	    "chief executive resigned.", "Shares of Orvane fell 1.2 percent "
	    "on Tuesday after the chief executive resigned.", &r);
	assert_int_equal(r.ndiff_figures, 1);
	assert_int_not_equal(r.verdict, MATCH_DIFFERENT);
	match_result_fini(&r);
	compare("Sales at Marrow Foods rose more than 6 percent in the "
	    "spring.", "Sales at Marrow Foods rose 6.4 percent in the spring.",
	    &r);
	assert_int_not_equal(r.verdict, MATCH_DIFFERENT);
	match_result_fini(&r);
	compare("Nearly 24 miners were rescued from the Tolvik pit on "
	    "Sunday.", "About 24 miners were rescued from the Tolvik pit on "
	    "Sunday.", &r);
	assert_int_not_equal(r.verdict, MATCH_DIFFERENT);
	match_result_fini(&r);
	compare("Brasco lost $1.2 billion, or $2.11 a share, on sales of "
	    "nearly $3.1 billion.", "Brasco lost $1.2 billion on sales of "
	    "just under $3.1 billion.", &r);
	assert_int_not_equal(r.verdict, MATCH_DIFFERENT);
	match_result_fini(&r);
	/* Still differences. */
	compare("Sales at Marrow Foods rose 40 percent in the spring.",
	    "Sales at Marrow Foods rose 43 percent in the spring.", &r);
	assert_int_equal(r.verdict, MATCH_DIFFERENT);
	match_result_fini(&r);
	compare("The storm destroyed 100 homes in Tolvik on Sunday.",
	    "The storm destroyed 149 homes in Tolvik on Sunday.", &r);
	assert_int_equal(r.verdict, MATCH_DIFFERENT);
	match_result_fini(&r);
	compare("Sales at Marrow Foods rose more than 6 percent in the "
	    "spring.", "Sales at Marrow Foods rose 7.4 percent in the spring.",
	    &r);
	assert_int_equal(r.verdict, MATCH_DIFFERENT);
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
	assert_string_equal(out, "p1\t0.9934\t1\np2\t0.0026\t0\n");
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
	assert_string_equal(out, "2\t0.9934\t1\n6\t0.0040\t0\n");
	free(cause);
	free(out);
}

/*
 * Prepared claims give exactly what match_score() gives, in a context of
 * their own or one shared with other claims, and both what the matcher
 * gave when the table below was written (tests/tools/match-dump on these
 * pairs: every pair of the sentences, then the extra pairs, with document
 * frequencies over all the pairs' claims; rewritten only when a feature,
 * a weight or a rule changes on purpose).  Fictional sentences.
 */
static const char *const golden_sentences[] = {
	"Floods forced 40,000 people from their homes in Vardale on "
	    "Tuesday.",
	"On Tuesday, floods drove some 40,000 residents from their "
	    "homes in Vardale.",
	"About 50,000 people were evacuated from Vardale after the "
	    "Orren burst its banks.",
	"The Orren river burst its banks early on Tuesday, flooding "
	    "central Vardale.",
	"\"We have never seen water this high,\" said Mayor Ilse "
	    "Brandvold.",
	"Mayor Ilse Brandvold said she had never seen the water so "
	    "high.",
	"Yevgeny Talmark, the regional governor, did not order an "
	    "evacuation.",
	"Governor Evgeny Talmark ordered the evacuation of three "
	    "districts.",
	"Repairs to the flood walls will cost more than $100 "
	    "million, the council said.",
	"The council put the cost of repairing the flood walls at "
	    "$100mn.",
	"The council said repairs would cost about 90 million "
	    "dollars.",
	"Kessler Rail cut 1,200 jobs on Monday as ticket sales fell "
	    "12%.",
	"Kessler Rail said on Monday it would shed 1,200 jobs after "
	    "a 12 per cent fall in ticket sales.",
	"Ticket sales at Kessler Rail fell 15% last year, the "
	    "company said.",
	"The rail operator's chief executive, Marta Ovell, said the "
	    "cuts were painful but necessary.",
	"\"These cuts are painful but necessary,\" Marta Ovell told "
	    "staff.",
	"Unions at Kessler Rail called a strike for 3 March.",
	"The strike at Kessler Rail will begin on 5 March, union "
	    "leaders said.",
	"Astronomers at the Pellin observatory found a comet with a "
	    "90-year orbit.",
	"A comet that returns every 90 years was spotted by the "
	    "Pellin observatory.",
	"The comet will pass within 40 million kilometres of Earth "
	    "in 2031.",
	"No comet has come this close since 1911, the observatory "
	    "said.",
	"The price of bread in Sarnow rose 8% in a single month.",
	"Bakers in Sarnow say they cannot absorb the higher cost of "
	    "flour.",
};

static const char *const golden_extra[][2] = {
	{ "The bridge over the Lisk will reopen on Friday after six "
	    "weeks of repairs.",
	    "After six weeks of repairs, the Lisk bridge reopens on "
	    "Friday." },
	{ "The bridge over the Lisk will reopen on Friday after six "
	    "weeks of repairs.",
	    "The bridge over the Lisk will not reopen on Friday after "
	    "six weeks of repairs." },
	{ "Police arrested 14 people after the match in Dunhollow.",
	    "Police in Dunhollow detained 19 people after the match." },
	{ "Police arrested 14 people after the match in Dunhollow.",
	    "Fourteen people were arrested by police after the match in "
	    "Dunhollow, officers said on Sunday night." },
	{ "The museum received 2.3 million visitors in 2024, a "
	    "record.",
	    "A record 2.3mn people visited the museum in 2024." },
	{ "The museum received 2.3 million visitors in 2024, a "
	    "record.",
	    "The museum received 2.1 million visitors in 2024." },
	{ "Prime Minister Aleksei Varn met the Halden delegation on "
	    "Wednesday.",
	    "Prime Minister Alexei Varn met a delegation from Halden on "
	    "Wednesday." },
	{ "Prime Minister Aleksei Varn met the Halden delegation on "
	    "Wednesday.",
	    "Prime Minister Aleksei Varn met the Halden delegation on "
	    "12 June." },
	{ "Inflation in Ostria slowed to 3.1% in May from 3.4% in "
	    "April.",
	    "Ostrian inflation eased to 3.1 per cent in May, down from "
	    "3.4 per cent." },
	{ "Inflation in Ostria slowed to 3.1% in May from 3.4% in "
	    "April.",
	    "Inflation in Ostria rose to 3.6% in May." },
	{ "The hospital opened a field ward with 200 beds.",
	    "A field ward with 200 beds was opened by the hospital on "
	    "the edge of the city, staff said." },
	{ "The hospital opened a field ward with 200 beds.",
	    "The hospital opened a field ward with 120 beds." },
	{ "Farmers blocked the motorway near Celle with 300 tractors.",
	    "About 300 tractors blocked the motorway near Celle as "
	    "farmers protested." },
	{ "Farmers blocked the motorway near Celle with 300 tractors.",
	    "The transport minister promised to meet the farmers next "
	    "week." },
	{ "\"The water came in the night and took everything,\" said "
	    "Anja Roos.",
	    "Anja Roos said the water had come in the night and taken "
	    "everything." },
	{ "\"The water came in the night and took everything,\" said "
	    "Anja Roos.",
	    "\"Nothing was taken by the water,\" said Anja Roos." },
	{ "The company's profit rose to €45 million in the third "
	    "quarter.",
	    "Third-quarter profit climbed to 45 million euros, the "
	    "company said." },
	{ "The company's profit rose to €45 million in the third "
	    "quarter.",
	    "The company's profit fell to €40 million in the third "
	    "quarter." },
	{ "Wildfires have burned 12,000 hectares of forest in the "
	    "Marrow hills since Sunday.",
	    "Since Sunday, 12,000 hectares of forest have burned in the "
	    "Marrow hills." },
	{ "Wildfires have burned 12,000 hectares of forest in the "
	    "Marrow hills since Sunday.",
	    "Firefighters from four countries are fighting the blazes." },
	{ "The vote was postponed until after the summer recess.",
	    "The vote will not take place before the summer recess." },
	{ "The vote was postponed until after the summer recess.",
	    "Lawmakers postponed the vote until after the summer "
	    "recess, citing the floods." },
	{ "Shares in Orvane fell 7% after the chief executive "
	    "resigned.",
	    "Orvane's shares dropped 7 percent following the "
	    "resignation of its chief executive." },
	{ "Shares in Orvane fell 7% after the chief executive "
	    "resigned.",
	    "Shares in Orvane rose 7% after the chief executive "
	    "resigned." },
};

struct golden {
	double	ab;		/* score of (a, b) and its verdict */
	char	vab;
	double	ba;		/* of (b, a) */
	char	vba;
};

static const struct golden golden[] = {
	{ 0.86967740825750828, 'S', 0.86967740825750828, 'S' },
	{ 0.056610045689968171, 'N', 0.056610045689968171, 'N' },
	{ 0.046520518562872468, 'N', 0.046520518562872468, 'N' },
	{ 0.001205132963913724, 'N', 0.001205132963913724, 'N' },
	{ 0.0012443628919140525, 'N', 0.0012443628919140525, 'N' },
	{ 0.0014021912023698987, 'N', 0.0014021912023698987, 'N' },
	{ 0.0038662371042763582, 'N', 0.0038662371042763582, 'N' },
	{ 0.018606234367607454, 'N', 0.018606234367607454, 'N' },
	{ 0.014597547441644623, 'N', 0.014597547441644623, 'N' },
	{ 0.0043317098973500914, 'N', 0.0043317098973500914, 'N' },
	{ 0.0029078876976879305, 'N', 0.0029078876976879305, 'N' },
	{ 0.003797531413636522, 'N', 0.003797531413636522, 'N' },
	{ 0.0030891694217696775, 'N', 0.0030891694217696775, 'N' },
	{ 0.0025210117631910933, 'N', 0.0025210117631910933, 'N' },
	{ 0.0034267364638233223, 'N', 0.0034267364638233223, 'N' },
	{ 0.0043031160181441286, 'N', 0.0043031160181441286, 'N' },
	{ 0.00583555845369971, 'N', 0.00583555845369971, 'N' },
	{ 0.0036750245150260564, 'N', 0.0036750245150260564, 'N' },
	{ 0.0037835406686421158, 'N', 0.0037835406686421158, 'N' },
	{ 0.0076113152211837228, 'N', 0.0076113152211837228, 'N' },
	{ 0.0015038370710743622, 'N', 0.0015038370710743622, 'N' },
	{ 0.010283521047187277, 'N', 0.010283521047187277, 'N' },
	{ 0.0051138762159276784, 'N', 0.0051138762159276784, 'N' },
	{ 0.019695309173857232, 'N', 0.019695309173857232, 'N' },
	{ 0.049743728042886036, 'N', 0.049743728042886036, 'N' },
	{ 0.0011824631460371265, 'N', 0.0011824631460371265, 'N' },
	{ 0.001282772074342549, 'N', 0.001282772074342549, 'N' },
	{ 0.0014353790888405713, 'N', 0.0014353790888405713, 'N' },
	{ 0.0040111222444336276, 'N', 0.0040111222444336276, 'N' },
	{ 0.020428488638379799, 'N', 0.020428488638379799, 'N' },
	{ 0.015904639979766773, 'N', 0.015904639979766773, 'N' },
	{ 0.004297964888494721, 'N', 0.004297964888494721, 'N' },
	{ 0.0029633395141865047, 'N', 0.0029633395141865047, 'N' },
	{ 0.0055008100587373449, 'N', 0.0055008100587373449, 'N' },
	{ 0.0031843991070859621, 'N', 0.0031843991070859621, 'N' },
	{ 0.0027101498888170194, 'N', 0.0027101498888170194, 'N' },
	{ 0.0034566071417950601, 'N', 0.0034566071417950601, 'N' },
	{ 0.0039451793729962424, 'N', 0.0039451793729962424, 'N' },
	{ 0.0060611871242335288, 'N', 0.0060611871242335288, 'N' },
	{ 0.0038981763446600008, 'N', 0.0038981763446600008, 'N' },
	{ 0.0038447748377389659, 'N', 0.0038447748377389659, 'N' },
	{ 0.010120956576690933, 'N', 0.010120956576690933, 'N' },
	{ 0.0015184662090629835, 'N', 0.0015184662090629835, 'N' },
	{ 0.0076381872947784979, 'N', 0.0076381872947784979, 'N' },
	{ 0.0053021393715349408, 'N', 0.0053021393715349408, 'N' },
	{ 0.18004200971827022, 'N', 0.18004200971827022, 'N' },
	{ 0.0012700502869822299, 'N', 0.0012700502869822299, 'N' },
	{ 0.0026554894622431964, 'N', 0.0026554894622431964, 'N' },
	{ 0.0078710080287035696, 'N', 0.0078710080287035696, 'N' },
	{ 0.031834220665715909, 'N', 0.031834220665715909, 'N' },
	{ 0.0075147533350795794, 'N', 0.0075147533350795794, 'N' },
	{ 0.009821858550696087, 'N', 0.009821858550696087, 'N' },
	{ 0.013063096737406556, 'N', 0.013063096737406556, 'N' },
	{ 0.0032770076335380317, 'N', 0.0032770076335380317, 'N' },
	{ 0.0093864193248220963, 'N', 0.0093864193248220963, 'N' },
	{ 0.0050552716242498099, 'N', 0.0050552716242498099, 'N' },
	{ 0.0097104836316512979, 'N', 0.0097104836316512979, 'N' },
	{ 0.0036030807445707725, 'N', 0.0036030807445707725, 'N' },
	{ 0.0040663156600632888, 'N', 0.0040663156600632888, 'N' },
	{ 0.0059098017936658137, 'N', 0.0059098017936658137, 'N' },
	{ 0.0061195003362640244, 'N', 0.0061195003362640244, 'N' },
	{ 0.0062857274354396675, 'N', 0.0062857274354396675, 'N' },
	{ 0.0070213486259882128, 'N', 0.0070213486259882128, 'N' },
	{ 0.0029971603324843417, 'N', 0.0029971603324843417, 'N' },
	{ 0.0071744081189716322, 'N', 0.0071744081189716322, 'N' },
	{ 0.0065784494247258752, 'N', 0.0065784494247258752, 'N' },
	{ 0.0011321044060147857, 'N', 0.0011321044060147857, 'N' },
	{ 0.0019212920924186257, 'N', 0.0019212920924186257, 'N' },
	{ 0.0018185440477873301, 'N', 0.0018185440477873301, 'N' },
	{ 0.0037462927207266416, 'N', 0.0037462927207266416, 'N' },
	{ 0.017746090624909582, 'N', 0.017746090624909582, 'N' },
	{ 0.020552753744772629, 'N', 0.020552753744772629, 'N' },
	{ 0.0050997985989364985, 'N', 0.0050997985989364985, 'N' },
	{ 0.002428924951436312, 'N', 0.002428924951436312, 'N' },
	{ 0.0040644687227607184, 'N', 0.0040644687227607184, 'N' },
	{ 0.0042270341366672246, 'N', 0.0042270341366672246, 'N' },
	{ 0.0068530913567256668, 'N', 0.0068530913567256668, 'N' },
	{ 0.0032615146149188594, 'N', 0.0032615146149188594, 'N' },
	{ 0.0022981574410016448, 'N', 0.0022981574410016448, 'N' },
	{ 0.011352878776033025, 'N', 0.011352878776033025, 'N' },
	{ 0.00424016752834523, 'N', 0.00424016752834523, 'N' },
	{ 0.0042976139970776171, 'N', 0.0042976139970776171, 'N' },
	{ 0.0056267272289191725, 'N', 0.0056267272289191725, 'N' },
	{ 0.0013797646404372136, 'N', 0.0013797646404372136, 'N' },
	{ 0.0056686494089321464, 'N', 0.0056686494089321464, 'N' },
	{ 0.0056955406975770246, 'N', 0.0056955406975770246, 'N' },
	{ 0.90399472411257553, 'S', 0.90399472411257553, 'S' },
	{ 0.0045273582273663683, 'N', 0.0045273582273663683, 'N' },
	{ 0.0010636163161911907, 'N', 0.0010636163161911907, 'N' },
	{ 0.0019491041566121387, 'N', 0.0019491041566121387, 'N' },
	{ 0.0011731751422642558, 'N', 0.0011731751422642558, 'N' },
	{ 0.0019280647998721153, 'N', 0.0019280647998721153, 'N' },
	{ 0.0010098358177562587, 'N', 0.0010098358177562587, 'N' },
	{ 0.001518074276919664, 'N', 0.001518074276919664, 'N' },
	{ 0.0017273966714654442, 'N', 0.0017273966714654442, 'N' },
	{ 0.0023607110062617885, 'N', 0.0023607110062617885, 'N' },
	{ 0.0025820886409329133, 'N', 0.0025820886409329133, 'N' },
	{ 0.0011631768692459503, 'N', 0.0011631768692459503, 'N' },
	{ 0.002063278062545242, 'N', 0.002063278062545242, 'N' },
	{ 0.0012021123418768267, 'N', 0.0012021123418768267, 'N' },
	{ 0.0012388643462776508, 'N', 0.0012388643462776508, 'N' },
	{ 0.0012083702883784631, 'N', 0.0012083702883784631, 'N' },
	{ 0.01192711055575804, 'N', 0.01192711055575804, 'N' },
	{ 0.0012155954740042507, 'N', 0.0012155954740042507, 'N' },
	{ 0.0021996179782505175, 'N', 0.0021996179782505175, 'N' },
	{ 0.0073532185923263667, 'N', 0.0073532185923263667, 'N' },
	{ 0.0017329789454020449, 'N', 0.0017329789454020449, 'N' },
	{ 0.0033631062310908364, 'N', 0.0033631062310908364, 'N' },
	{ 0.0020538616353217862, 'N', 0.0020538616353217862, 'N' },
	{ 0.0042325176895992881, 'N', 0.0042325176895992881, 'N' },
	{ 0.0010637563300824203, 'N', 0.0010637563300824203, 'N' },
	{ 0.0016563429589831681, 'N', 0.0016563429589831681, 'N' },
	{ 0.0028497374302599082, 'N', 0.0028497374302599082, 'N' },
	{ 0.0038831088136604256, 'N', 0.0038831088136604256, 'N' },
	{ 0.002639421037308774, 'N', 0.002639421037308774, 'N' },
	{ 0.0011439958009243651, 'N', 0.0011439958009243651, 'N' },
	{ 0.0034583081338364291, 'N', 0.0034583081338364291, 'N' },
	{ 0.0019634163895915751, 'N', 0.0019634163895915751, 'N' },
	{ 0.0019927926297416436, 'N', 0.0019927926297416436, 'N' },
	{ 0.0020243342263150475, 'N', 0.0020243342263150475, 'N' },
	{ 0.013111002130613104, 'N', 0.013111002130613104, 'N' },
	{ 0.002040715431942181, 'N', 0.002040715431942181, 'N' },
	{ 0.0049691177557833191, 'N', 0.0049691177557833191, 'N' },
	{ 0.23090463550975457, 'N', 0.2309046355097544, 'N' },
	{ 0.0029681438015370909, 'N', 0.0029681438015370909, 'N' },
	{ 0.0032178147541741344, 'N', 0.0032178147541741344, 'N' },
	{ 0.002581497041275263, 'N', 0.002581497041275263, 'N' },
	{ 0.00098915433943659679, 'N', 0.00098915433943659679, 'N' },
	{ 0.0010045924977599154, 'N', 0.0010045924977599154, 'N' },
	{ 0.0016479528807461072, 'N', 0.0016479528807461072, 'N' },
	{ 0.0018271283797022609, 'N', 0.0018271283797022609, 'N' },
	{ 0.0015209439802922216, 'N', 0.0015209439802922216, 'N' },
	{ 0.0014641896144942789, 'N', 0.0014641896144942789, 'N' },
	{ 0.0019528624868655089, 'N', 0.0019528624868655089, 'N' },
	{ 0.0024059887854151825, 'N', 0.0024059887854151825, 'N' },
	{ 0.0018823936135449655, 'N', 0.0018823936135449655, 'N' },
	{ 0.0022508055873052889, 'N', 0.0022508055873052889, 'N' },
	{ 0.0073493862227419814, 'N', 0.0073493862227419814, 'N' },
	{ 0.0021582949832246738, 'N', 0.0021582949832246738, 'N' },
	{ 0.0021278330183848158, 'N', 0.0021278330183848158, 'N' },
	{ 0.0061612190560598737, 'N', 0.0061612190560598737, 'N' },
	{ 0.015702989761183721, 'N', 0.015702989761183721, 'N' },
	{ 0.006948679096149114, 'N', 0.006948679096149114, 'N' },
	{ 0.0026489271717052712, 'N', 0.0026489271717052712, 'N' },
	{ 0.0025980709115129572, 'N', 0.0025980709115129572, 'N' },
	{ 0.0042203349147120544, 'N', 0.0042203349147120544, 'N' },
	{ 0.0049864318058391458, 'N', 0.0049864318058391458, 'N' },
	{ 0.003319162748304278, 'N', 0.003319162748304278, 'N' },
	{ 0.015582905397890149, 'N', 0.015582905397890149, 'N' },
	{ 0.0053810697861972753, 'N', 0.0053810697861972753, 'N' },
	{ 0.0050356523813036378, 'N', 0.0050356523813036378, 'N' },
	{ 0.0051810748868351139, 'N', 0.0051810748868351139, 'N' },
	{ 0.014749108809074053, 'N', 0.014749108809074053, 'N' },
	{ 0.0022273999275173638, 'N', 0.0022273999275173638, 'N' },
	{ 0.011239215043937999, 'N', 0.011239215043937999, 'N' },
	{ 0.010233766555455766, 'N', 0.010233766555455766, 'N' },
	{ 0.50423486825360198, 'D', 0.50423486825360198, 'D' },
	{ 0.26520549311228125, 'D', 0.26520549311228125, 'D' },
	{ 0.0034495619086453732, 'N', 0.0034495619086453732, 'N' },
	{ 0.0051494979155072952, 'N', 0.0051494979155072952, 'N' },
	{ 0.012842146663755339, 'N', 0.012842146663755339, 'N' },
	{ 0.011193116161765243, 'N', 0.011193116161765243, 'N' },
	{ 0.0054201297117126073, 'N', 0.0054201297117126073, 'N' },
	{ 0.0043585369219039773, 'N', 0.0043585369219039773, 'N' },
	{ 0.028933259938572427, 'N', 0.028933259938572427, 'N' },
	{ 0.0076942371766103293, 'N', 0.0076942371766103293, 'N' },
	{ 0.0080231700055146161, 'N', 0.0080231700055146161, 'N' },
	{ 0.037279483380900306, 'N', 0.037279483380900306, 'N' },
	{ 0.0046394666200752603, 'N', 0.0046394666200752603, 'N' },
	{ 0.030133646815550183, 'N', 0.030133646815550183, 'N' },
	{ 0.030393748954026228, 'N', 0.030393748954026228, 'N' },
	{ 0.1616395916209081, 'N', 0.1616395916209081, 'N' },
	{ 0.0032395627161846468, 'N', 0.0032395627161846468, 'N' },
	{ 0.0032089698696699093, 'N', 0.0032089698696699093, 'N' },
	{ 0.0091513268811784197, 'N', 0.0091513268811784197, 'N' },
	{ 0.010854510163299188, 'N', 0.010854510163299188, 'N' },
	{ 0.0034607581569081028, 'N', 0.0034607581569081028, 'N' },
	{ 0.0073819470137080475, 'N', 0.0073819470137080475, 'N' },
	{ 0.0132729518702192, 'N', 0.0132729518702192, 'N' },
	{ 0.010429911892221033, 'N', 0.010429911892221033, 'N' },
	{ 0.0063718010987719211, 'N', 0.0063718010987719211, 'N' },
	{ 0.018315981242345635, 'N', 0.018315981242345635, 'N' },
	{ 0.0013693116601588332, 'N', 0.0013693116601588332, 'N' },
	{ 0.050745972678784751, 'N', 0.050745972678784751, 'N' },
	{ 0.048994524207476325, 'N', 0.048994524207476325, 'N' },
	{ 0.0029241197147007528, 'N', 0.0029241197147007528, 'N' },
	{ 0.01017328769576391, 'N', 0.01017328769576391, 'N' },
	{ 0.0082040515126005718, 'N', 0.0082040515126005718, 'N' },
	{ 0.0086785923721124734, 'N', 0.0086785923721124734, 'N' },
	{ 0.0061144376205120293, 'N', 0.0061144376205120293, 'N' },
	{ 0.0041081913765461942, 'N', 0.0041081913765461942, 'N' },
	{ 0.012589268228043543, 'N', 0.012589268228043543, 'N' },
	{ 0.020851947437219239, 'N', 0.020851947437219239, 'N' },
	{ 0.013242331092961574, 'N', 0.013242331092961574, 'N' },
	{ 0.023805217943069147, 'N', 0.023805217943069147, 'N' },
	{ 0.0030065131929410847, 'N', 0.0030065131929410847, 'N' },
	{ 0.028911223074525535, 'N', 0.028911223074525535, 'N' },
	{ 0.052463159730464337, 'N', 0.052463159730464337, 'N' },
	{ 0.88108628264053046, 'S', 0.88108628264053046, 'S' },
	{ 0.12085268246885471, 'N', 0.12085268246885481, 'N' },
	{ 0.019046816754333545, 'N', 0.019046816754333545, 'N' },
	{ 0.0116233887563822, 'N', 0.0116233887563822, 'N' },
	{ 0.015325649293259481, 'N', 0.015325649293259481, 'N' },
	{ 0.031402976208128798, 'N', 0.031402976208128798, 'N' },
	{ 0.0031032842262841633, 'N', 0.0031032842262841633, 'N' },
	{ 0.0031498959502027483, 'N', 0.0031498959502027483, 'N' },
	{ 0.0031692200036276558, 'N', 0.0031692200036276558, 'N' },
	{ 0.0010818981013956249, 'N', 0.0010818981013956249, 'N' },
	{ 0.0017283479273748617, 'N', 0.0017283479273748617, 'N' },
	{ 0.003068195694597041, 'N', 0.003068195694597041, 'N' },
	{ 0.077260985117480696, 'N', 0.077260985117480696, 'N' },
	{ 0.010816463872442034, 'N', 0.010816463872442034, 'N' },
	{ 0.0039852754436560537, 'N', 0.0039852754436560537, 'N' },
	{ 0.019832678424825261, 'N', 0.019832678424825261, 'N' },
	{ 0.025535018434681471, 'N', 0.025535018434681471, 'N' },
	{ 0.0059598908972984411, 'N', 0.0059598908972984411, 'N' },
	{ 0.0047049200670477853, 'N', 0.0047049200670477853, 'N' },
	{ 0.0054950832091700836, 'N', 0.0054950832091700836, 'N' },
	{ 0.0015042077003454169, 'N', 0.0015042077003454169, 'N' },
	{ 0.0044001335622299307, 'N', 0.0044001335622299307, 'N' },
	{ 0.0064083368165960952, 'N', 0.0064083368165960952, 'N' },
	{ 0.016420961056640919, 'N', 0.016420961056640919, 'N' },
	{ 0.0046019453813216796, 'N', 0.0046019453813216796, 'N' },
	{ 0.051651291157662774, 'N', 0.051651291157662774, 'N' },
	{ 0.14194447661743492, 'N', 0.14194447661743492, 'N' },
	{ 0.039820102451971241, 'N', 0.039820102451971241, 'N' },
	{ 0.031035598615703156, 'N', 0.031035598615703156, 'N' },
	{ 0.0052465762620797244, 'N', 0.0052465762620797244, 'N' },
	{ 0.0052350342173123707, 'N', 0.0052350342173123707, 'N' },
	{ 0.002602500899872357, 'N', 0.002602500899872357, 'N' },
	{ 0.007923916760636425, 'N', 0.007923916760636425, 'N' },
	{ 0.37625804399448465, 'R', 0.37625804399448443, 'R' },
	{ 0.0062609021990498075, 'N', 0.0062609021990498075, 'N' },
	{ 0.057889553463734637, 'N', 0.057889553463734637, 'N' },
	{ 0.0043660049058772488, 'N', 0.0043660049058772488, 'N' },
	{ 0.004363315354290272, 'N', 0.004363315354290272, 'N' },
	{ 0.005367698297247688, 'N', 0.005367698297247688, 'N' },
	{ 0.0030288401963542017, 'N', 0.0030288401963542017, 'N' },
	{ 0.0054065576199897247, 'N', 0.0054065576199897247, 'N' },
	{ 0.010704523544886853, 'N', 0.010704523544886853, 'N' },
	{ 0.0035953095455943623, 'N', 0.0035953095455943623, 'N' },
	{ 0.0059266253433826917, 'N', 0.0059266253433826917, 'N' },
	{ 0.003518904695973647, 'N', 0.003518904695973647, 'N' },
	{ 0.0034147445397669325, 'N', 0.0034147445397669325, 'N' },
	{ 0.0034396018301625997, 'N', 0.0034396018301625997, 'N' },
	{ 0.0019883425644769831, 'N', 0.0019883425644769831, 'N' },
	{ 0.0035287078418621289, 'N', 0.0035287078418621289, 'N' },
	{ 0.011219661500333138, 'N', 0.011219661500333138, 'N' },
	{ 0.40446534863342892, 'D', 0.40446534863342892, 'D' },
	{ 0.017273737969018946, 'N', 0.017273737969018946, 'N' },
	{ 0.0056444283111309682, 'N', 0.0056444283111309682, 'N' },
	{ 0.0041048210812326368, 'N', 0.0041048210812326368, 'N' },
	{ 0.0014046136137958666, 'N', 0.0014046136137958666, 'N' },
	{ 0.0073008229993739198, 'N', 0.0073008229993739198, 'N' },
	{ 0.002755160840696175, 'N', 0.002755160840696175, 'N' },
	{ 0.010374055211036263, 'N', 0.010374055211036263, 'N' },
	{ 0.0063532931415624296, 'N', 0.0063532931415624296, 'N' },
	{ 0.013902523566243694, 'N', 0.013902523566243694, 'N' },
	{ 0.0043222654503448999, 'N', 0.0043222654503448999, 'N' },
	{ 0.0076643741339879144, 'N', 0.0076643741339879144, 'N' },
	{ 0.007801183566690695, 'N', 0.007801183566690695, 'N' },
	{ 0.5113192710484229, 'R', 0.5113192710484229, 'R' },
	{ 0.020319992788910959, 'N', 0.020319992788910959, 'N' },
	{ 0.023804082870122291, 'N', 0.023804082870122291, 'N' },
	{ 0.013246152552539152, 'N', 0.013246152552539152, 'N' },
	{ 0.0049478839370693693, 'N', 0.0049478839370693693, 'N' },
	{ 0.017418559588041321, 'N', 0.017418559588041321, 'N' },
	{ 0.020580860582852498, 'N', 0.020580860582852498, 'N' },
	{ 0.0093489478738308634, 'N', 0.0093489478738308634, 'N' },
	{ 0.0048732968954121117, 'N', 0.0048732968954121117, 'N' },
	{ 0.0053998835908148522, 'N', 0.0053998835908148522, 'N' },
	{ 0.029043557754199919, 'N', 0.029043557754199919, 'N' },
	{ 0.014660174676217545, 'N', 0.014660174676217545, 'N' },
	{ 0.0025466084779911715, 'N', 0.0025466084779911715, 'N' },
	{ 0.0026051679347229239, 'N', 0.0026051679347229239, 'N' },
	{ 0.10718277524480026, 'N', 0.10718277524480026, 'N' },
	{ 0.94556838502722618, 'S', 0.94556838502722618, 'S' },
	{ 0.97403932804323945, 'N', 0.97403932804323945, 'N' },
	{ 0.96917805799305412, 'D', 0.96917805799305412, 'D' },
	{ 0.6278228961502631, 'S', 0.6278228961502631, 'S' },
	{ 0.55845675650528004, 'S', 0.55845675650528004, 'S' },
	{ 0.92328713910814264, 'D', 0.92328713910814264, 'D' },
	{ 0.99209705141247351, 'S', 0.99209705141247351, 'S' },
	{ 0.93974080651037151, 'S', 0.93974080651037151, 'S' },
	{ 0.77276886870270611, 'S', 0.77276886870270611, 'S' },
	{ 0.70566263136527974, 'D', 0.70566263136527974, 'D' },
	{ 0.18213851613517351, 'R', 0.18213851613517351, 'R' },
	{ 0.97470286776568127, 'D', 0.97470286776568127, 'D' },
	{ 0.92074791810945711, 'S', 0.92074791810945711, 'S' },
	{ 0.023210421722916898, 'N', 0.023210421722916898, 'N' },
	{ 0.98528298596385311, 'S', 0.98528298596385311, 'S' },
	{ 0.41485777389965262, 'R', 0.41485777389965262, 'R' },
	{ 0.98262532650466938, 'S', 0.98262532650466938, 'S' },
	{ 0.96917427162562431, 'D', 0.96917427162562431, 'D' },
	{ 0.98085387059690776, 'S', 0.98085387059690776, 'S' },
	{ 0.0051400928543297066, 'N', 0.0051400928543297066, 'N' },
	{ 0.50588926621176866, 'R', 0.50588926621176866, 'R' },
	{ 0.83288426354914613, 'S', 0.83288426354914613, 'S' },
	{ 0.93055936728854083, 'S', 0.93055936728854083, 'S' },
	{ 0.98936042442041428, 'S', 0.98936042442041428, 'S' },
};

static char
golden_letter(enum match_verdict v)
{
	return "NSDR"[v];
}

/* A claim of a text as `parallax match` makes one. */
static void
golden_claim(struct claim *c, const char *s)
{
	char	*clean = text_clean_line(s, strlen(s));

	claim_init(c, clean, 0, strlen(clean));
	free(clean);
}

static void
test_match_prepared_same(void **state)
{
	size_t			 ns = UTIL_NELEM(golden_sentences);
	size_t			 ne = UTIL_NELEM(golden_extra);
	size_t			 n = ns * (ns - 1) / 2 + ne, i, j, k;
	struct claim		*a, *b;
	struct match_dftable	*t = match_dftable_create();
	struct match_df		 df;
	struct match_ctx	*ctx, *flat;
	struct match_prep	*pa, *pb, *qa, *qb;
	struct match_result	 r1, r2;
	enum match_verdict	 v, w;
	double			 s, p;
	char			*t1, *t2;

	(void)state;
	assert_int_equal(n, UTIL_NELEM(golden));
	a = xcalloc(n, sizeof *a);
	b = xcalloc(n, sizeof *b);
	for (k = 0, i = 0; i < ns; i++) {
		for (j = i + 1; j < ns; j++, k++) {
			golden_claim(&a[k], golden_sentences[i]);
			golden_claim(&b[k], golden_sentences[j]);
		}
	}
	for (i = 0; i < ne; i++, k++) {
		golden_claim(&a[k], golden_extra[i][0]);
		golden_claim(&b[k], golden_extra[i][1]);
	}
	for (k = 0; k < n; k++) {
		match_dftable_add(t, &a[k]);
		match_dftable_add(t, &b[k]);
	}
	match_dftable_use(t, &df);
	ctx = match_ctx_create(&df);
	flat = match_ctx_create(NULL);
	for (k = 0; k < n; k++) {
		/* The old matcher's scores and verdicts, both ways. */
		s = match_score(&a[k], &b[k], &df, &v);
		assert_true(fabs(s - golden[k].ab) <= 1e-9);
		assert_int_equal(golden_letter(v), golden[k].vab);
		s = match_score(&b[k], &a[k], &df, &v);
		assert_true(fabs(s - golden[k].ba) <= 1e-9);
		assert_int_equal(golden_letter(v), golden[k].vba);
		/* Prepared in one context: the very same numbers. */
		pa = match_prepare(ctx, &a[k]);
		pb = match_prepare(ctx, &b[k]);
		p = match_score_prep(ctx, pa, pb, &w);
		s = match_score(&a[k], &b[k], &df, &v);
		assert_true(p == s);
		assert_int_equal(w, v);
		p = match_score_prep(ctx, pb, pa, &w);
		s = match_score(&b[k], &a[k], &df, &v);
		assert_true(p == s);
		assert_int_equal(w, v);
		/* The explanation too. */
		match_claims_prep(ctx, pa, pb, &r1);
		match_claims(&a[k], &b[k], &df, &r2);
		t1 = match_result_text(&r1);
		t2 = match_result_text(&r2);
		assert_string_equal(t1, t2);
		free(t1);
		free(t2);
		match_result_fini(&r1);
		/* Only the figures: those of the whole explanation. */
		match_figures_prep(ctx, pa, pb, &r1);
		assert_int_equal(r1.nsame_figures, r2.nsame_figures);
		assert_int_equal(r1.ndiff_figures, r2.ndiff_figures);
		for (i = 0; i < r1.ndiff_figures; i++) {
			assert_string_equal(r1.diff_figures[i].a,
			    r2.diff_figures[i].a);
			assert_int_equal(r1.diff_figures[i].ib,
			    r2.diff_figures[i].ib);
		}
		assert_int_equal(r1.nsame_words, 0);
		match_result_fini(&r1);
		match_result_fini(&r2);
		match_prep_free(pa);
		match_prep_free(pb);
		/* Equal weights. */
		qa = match_prepare(flat, &a[k]);
		qb = match_prepare(flat, &b[k]);
		p = match_score_prep(flat, qa, qb, &w);
		s = match_score(&a[k], &b[k], NULL, &v);
		assert_true(p == s);
		assert_int_equal(w, v);
		match_prep_free(qa);
		match_prep_free(qb);
	}
	/* The verdicts seen: every kind. */
	for (i = 0; i < 4; i++) {
		for (k = 0; k < n && golden[k].vab != "NSDR"[i]; k++)
			continue;
		assert_true(k < n);
	}
	match_ctx_free(ctx);
	match_ctx_free(flat);
	for (k = 0; k < n; k++) {
		claim_fini(&a[k]);
		claim_fini(&b[k]);
	}
	free(a);
	free(b);
	match_dftable_free(t);
}

/* A long claim (more words than the bit-parallel edit distance takes)
 * and an empty one are scored as before. */
static void
test_match_prepared_long(void **state)
{
	struct buf		 x, y;
	struct claim		 a, b, e;
	struct match_ctx	*ctx = match_ctx_create(NULL);
	struct match_prep	*pa, *pb, *pe;
	enum match_verdict	 v, w;
	double			 s, p;
	size_t			 i;

	(void)state;
	buf_init(&x);
	buf_init(&y);
	for (i = 0; i < 40; i++) {
		buf_printf(&x, "The ferry from Ostrel to Vanmark carried %zu "
		    "passengers and ", i + 10);
		buf_printf(&y, "the ferry to Vanmark from Ostrel took %zu "
		    "passengers and ", i + 12);
	}
	buf_adds(&x, "nobody else.");
	buf_adds(&y, "nobody more.");
	claim_init(&a, x.data, 0, x.len);
	claim_init(&b, y.data, 0, y.len);
	claim_init(&e, "", 0, 0);
	assert_true(a.nwords > 64 && b.nwords > 64);
	pa = match_prepare(ctx, &a);
	pb = match_prepare(ctx, &b);
	pe = match_prepare(ctx, &e);
	p = match_score_prep(ctx, pa, pb, &w);
	s = match_score(&a, &b, NULL, &v);
	assert_true(p == s);
	assert_int_equal(w, v);
	p = match_score_prep(ctx, pa, pe, &w);
	s = match_score(&a, &e, NULL, &v);
	assert_true(p == s);
	assert_int_equal(w, v);
	assert_int_equal(v, MATCH_NONE);
	p = match_score_prep(ctx, pe, pe, &w);
	s = match_score(&e, &e, NULL, &v);
	assert_true(p == s);
	assert_int_equal(w, v);
	match_prep_free(pa);
	match_prep_free(pb);
	match_prep_free(pe);
	match_ctx_free(ctx);
	claim_fini(&a);
	claim_fini(&b);
	claim_fini(&e);
	buf_fini(&x);
	buf_fini(&y);
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
		cmocka_unit_test(test_match_rounded_not_different),
		cmocka_unit_test(test_match_shared_fact_related),
		cmocka_unit_test(test_match_rule),
		cmocka_unit_test(test_match_word_forms),
		cmocka_unit_test(test_match_hedged_sum_different),
		cmocka_unit_test(test_match_shared_run_related),
		cmocka_unit_test(test_match_prepared_same),
		cmocka_unit_test(test_match_prepared_long),
		cmocka_unit_test(test_match_synonyms_same),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
