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
	    "verdict same, score 0.85\n"
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
	assert_string_equal(out, "p1\t0.9938\t1\np2\t0.0024\t0\n");
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
	assert_string_equal(out, "2\t0.9938\t1\n6\t0.0035\t0\n");
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
	{ 0.86656717490400825, 'S', 0.86656717490400825, 'S' },
	{ 0.054310002610302603, 'N', 0.054310002610302603, 'N' },
	{ 0.043484306728891531, 'N', 0.043484306728891531, 'N' },
	{ 0.0011483846918735304, 'N', 0.0011483846918735304, 'N' },
	{ 0.0011940645276834129, 'N', 0.0011940645276834129, 'N' },
	{ 0.0013367478598859052, 'N', 0.0013367478598859052, 'N' },
	{ 0.0036697490999136302, 'N', 0.0036697490999136302, 'N' },
	{ 0.017827846268820231, 'N', 0.017827846268820231, 'N' },
	{ 0.013865865948306745, 'N', 0.013865865948306745, 'N' },
	{ 0.0041573192466357019, 'N', 0.0041573192466357019, 'N' },
	{ 0.0028080512429638524, 'N', 0.0028080512429638524, 'N' },
	{ 0.0036754144408436152, 'N', 0.0036754144408436152, 'N' },
	{ 0.0029564993379757004, 'N', 0.0029564993379757004, 'N' },
	{ 0.002388951040094641, 'N', 0.002388951040094641, 'N' },
	{ 0.0032640238825006824, 'N', 0.0032640238825006824, 'N' },
	{ 0.0041239228587964466, 'N', 0.0041239228587964466, 'N' },
	{ 0.0055599512545021846, 'N', 0.0055599512545021846, 'N' },
	{ 0.0035152294298184789, 'N', 0.0035152294298184789, 'N' },
	{ 0.0036420370590354752, 'N', 0.0036420370590354752, 'N' },
	{ 0.007330766305902005, 'N', 0.007330766305902005, 'N' },
	{ 0.0014396393055858051, 'N', 0.0014396393055858051, 'N' },
	{ 0.0099042652681889127, 'N', 0.0099042652681889127, 'N' },
	{ 0.0049018670674390334, 'N', 0.0049018670674390334, 'N' },
	{ 0.018839064670682897, 'N', 0.018839064670682897, 'N' },
	{ 0.047003190379670171, 'N', 0.047003190379670171, 'N' },
	{ 0.00112213406960554, 'N', 0.00112213406960554, 'N' },
	{ 0.0012278542173479773, 'N', 0.0012278542173479773, 'N' },
	{ 0.0013753728059805259, 'N', 0.0013753728059805259, 'N' },
	{ 0.0038379052072608621, 'N', 0.0038379052072608621, 'N' },
	{ 0.019570240784689004, 'N', 0.019570240784689004, 'N' },
	{ 0.015095531707568942, 'N', 0.015095531707568942, 'N' },
	{ 0.0041179116773931608, 'N', 0.0041179116773931608, 'N' },
	{ 0.0028604837376665806, 'N', 0.0028604837376665806, 'N' },
	{ 0.0053467371010921276, 'N', 0.0053467371010921276, 'N' },
	{ 0.0030400795723218368, 'N', 0.0030400795723218368, 'N' },
	{ 0.0025853263371720756, 'N', 0.0025853263371720756, 'N' },
	{ 0.0032987061025544339, 'N', 0.0032987061025544339, 'N' },
	{ 0.0037100280011738728, 'N', 0.0037100280011738728, 'N' },
	{ 0.0057955510621501977, 'N', 0.0057955510621501977, 'N' },
	{ 0.0037426847450679783, 'N', 0.0037426847450679783, 'N' },
	{ 0.0036803396231091675, 'N', 0.0036803396231091675, 'N' },
	{ 0.0097524533360850794, 'N', 0.0097524533360850794, 'N' },
	{ 0.001456710568580207, 'N', 0.001456710568580207, 'N' },
	{ 0.0072768795667531236, 'N', 0.0072768795667531236, 'N' },
	{ 0.0050993667282263821, 'N', 0.0050993667282263821, 'N' },
	{ 0.1755320672781111, 'N', 0.1755320672781111, 'N' },
	{ 0.0012241460176077288, 'N', 0.0012241460176077288, 'N' },
	{ 0.0025691627195811263, 'N', 0.0025691627195811263, 'N' },
	{ 0.0074882261269138524, 'N', 0.0074882261269138524, 'N' },
	{ 0.030453685286530342, 'N', 0.030453685286530342, 'N' },
	{ 0.0072291067851794726, 'N', 0.0072291067851794726, 'N' },
	{ 0.0094768572249937458, 'N', 0.0094768572249937458, 'N' },
	{ 0.012716917364768526, 'N', 0.012716917364768526, 'N' },
	{ 0.0031480833669445037, 'N', 0.0031480833669445037, 'N' },
	{ 0.0091806635422155974, 'N', 0.0091806635422155974, 'N' },
	{ 0.0048587358984642582, 'N', 0.0048587358984642582, 'N' },
	{ 0.0094760590737988301, 'N', 0.0094760590737988301, 'N' },
	{ 0.0034697086043908249, 'N', 0.0034697086043908249, 'N' },
	{ 0.0038492251716874034, 'N', 0.0038492251716874034, 'N' },
	{ 0.0056254550644008368, 'N', 0.0056254550644008368, 'N' },
	{ 0.0058725369428191693, 'N', 0.0058725369428191693, 'N' },
	{ 0.0060676569717169398, 'N', 0.0060676569717169398, 'N' },
	{ 0.0066779188933455136, 'N', 0.0066779188933455136, 'N' },
	{ 0.0028680704139874107, 'N', 0.0028680704139874107, 'N' },
	{ 0.0068560650891365859, 'N', 0.0068560650891365859, 'N' },
	{ 0.0063486784799958694, 'N', 0.0063486784799958694, 'N' },
	{ 0.0010739752726188264, 'N', 0.0010739752726188264, 'N' },
	{ 0.0018350389935064574, 'N', 0.0018350389935064574, 'N' },
	{ 0.0017401213587497188, 'N', 0.0017401213587497188, 'N' },
	{ 0.0035556930158367555, 'N', 0.0035556930158367555, 'N' },
	{ 0.01697263535586032, 'N', 0.01697263535586032, 'N' },
	{ 0.019869702588429957, 'N', 0.019869702588429957, 'N' },
	{ 0.0048371979489597334, 'N', 0.0048371979489597334, 'N' },
	{ 0.0023222644802004923, 'N', 0.0023222644802004923, 'N' },
	{ 0.003943592059667874, 'N', 0.003943592059667874, 'N' },
	{ 0.0040249860082263644, 'N', 0.0040249860082263644, 'N' },
	{ 0.0065152933916441539, 'N', 0.0065152933916441539, 'N' },
	{ 0.003101518271357121, 'N', 0.003101518271357121, 'N' },
	{ 0.0021580427992741653, 'N', 0.0021580427992741653, 'N' },
	{ 0.010886128811383148, 'N', 0.010886128811383148, 'N' },
	{ 0.0040585576531975195, 'N', 0.0040585576531975195, 'N' },
	{ 0.0041258108145056718, 'N', 0.0041258108145056718, 'N' },
	{ 0.0053819497543459187, 'N', 0.0053819497543459187, 'N' },
	{ 0.0013144506245790651, 'N', 0.0013144506245790651, 'N' },
	{ 0.0054311668887985168, 'N', 0.0054311668887985168, 'N' },
	{ 0.0054293235067524592, 'N', 0.0054293235067524592, 'N' },
	{ 0.90012751811983382, 'S', 0.90012751811983382, 'S' },
	{ 0.0042999422223448857, 'N', 0.0042999422223448857, 'N' },
	{ 0.0010111166461503546, 'N', 0.0010111166461503546, 'N' },
	{ 0.0018740034264495659, 'N', 0.0018740034264495659, 'N' },
	{ 0.0011114104345225093, 'N', 0.0011114104345225093, 'N' },
	{ 0.0018329204399275792, 'N', 0.0018329204399275792, 'N' },
	{ 0.00096226253589103128, 'N', 0.00096226253589103128, 'N' },
	{ 0.0014646407422297669, 'N', 0.0014646407422297669, 'N' },
	{ 0.0016663821504664604, 'N', 0.0016663821504664604, 'N' },
	{ 0.0022731355471699985, 'N', 0.0022731355471699985, 'N' },
	{ 0.0024561264344709808, 'N', 0.0024561264344709808, 'N' },
	{ 0.0011121292467532332, 'N', 0.0011121292467532332, 'N' },
	{ 0.0019984264132136792, 'N', 0.0019984264132136792, 'N' },
	{ 0.0011448806990732676, 'N', 0.0011448806990732676, 'N' },
	{ 0.0011876428326154549, 'N', 0.0011876428326154549, 'N' },
	{ 0.0011521421856416046, 'N', 0.0011521421856416046, 'N' },
	{ 0.011588330063611561, 'N', 0.011588330063611561, 'N' },
	{ 0.0011605361964399138, 'N', 0.0011605361964399138, 'N' },
	{ 0.0020969992188025342, 'N', 0.0020969992188025342, 'N' },
	{ 0.0069883844121884434, 'N', 0.0069883844121884434, 'N' },
	{ 0.0016421533005312268, 'N', 0.0016421533005312268, 'N' },
	{ 0.0032782371473883045, 'N', 0.0032782371473883045, 'N' },
	{ 0.0019608463613391331, 'N', 0.0019608463613391331, 'N' },
	{ 0.0040504892281512756, 'N', 0.0040504892281512756, 'N' },
	{ 0.0010158842882118646, 'N', 0.0010158842882118646, 'N' },
	{ 0.001616056971023313, 'N', 0.001616056971023313, 'N' },
	{ 0.0027455529366877751, 'N', 0.0027455529366877751, 'N' },
	{ 0.0037516837586359366, 'N', 0.0037516837586359366, 'N' },
	{ 0.0025381243473194606, 'N', 0.0025381243473194606, 'N' },
	{ 0.0010898382329641674, 'N', 0.0010898382329641674, 'N' },
	{ 0.0033693553468665391, 'N', 0.0033693553468665391, 'N' },
	{ 0.0018765313692038967, 'N', 0.0018765313692038967, 'N' },
	{ 0.0019108606150057082, 'N', 0.0019108606150057082, 'N' },
	{ 0.0019380637579520872, 'N', 0.0019380637579520872, 'N' },
	{ 0.012627875101374326, 'N', 0.012627875101374326, 'N' },
	{ 0.0019572961374961732, 'N', 0.0019572961374961732, 'N' },
	{ 0.0047826700086893541, 'N', 0.0047826700086893541, 'N' },
	{ 0.21682545321419266, 'N', 0.21682545321419266, 'N' },
	{ 0.0028771294371864584, 'N', 0.0028771294371864584, 'N' },
	{ 0.0031060560846943612, 'N', 0.0031060560846943612, 'N' },
	{ 0.002496981576864904, 'N', 0.002496981576864904, 'N' },
	{ 0.00094876479289509653, 'N', 0.00094876479289509653, 'N' },
	{ 0.00096682610201541711, 'N', 0.00096682610201541711, 'N' },
	{ 0.0015901223884944541, 'N', 0.0015901223884944541, 'N' },
	{ 0.0017646452526397186, 'N', 0.0017646452526397186, 'N' },
	{ 0.0014464408235849698, 'N', 0.0014464408235849698, 'N' },
	{ 0.0014090612570389412, 'N', 0.0014090612570389412, 'N' },
	{ 0.0018908292690610889, 'N', 0.0018908292690610889, 'N' },
	{ 0.0023127941195284813, 'N', 0.0023127941195284813, 'N' },
	{ 0.0018089969639153399, 'N', 0.0018089969639153399, 'N' },
	{ 0.0021405561473092959, 'N', 0.0021405561473092959, 'N' },
	{ 0.007082832608720703, 'N', 0.007082832608720703, 'N' },
	{ 0.0020340160135771208, 'N', 0.0020340160135771208, 'N' },
	{ 0.0020360589586672696, 'N', 0.0020360589586672696, 'N' },
	{ 0.0058536559974209845, 'N', 0.0058536559974209845, 'N' },
	{ 0.015007706076411628, 'N', 0.015007706076411628, 'N' },
	{ 0.0066247806227367444, 'N', 0.0066247806227367444, 'N' },
	{ 0.0025131586283704682, 'N', 0.0025131586283704682, 'N' },
	{ 0.0024545245852060104, 'N', 0.0024545245852060104, 'N' },
	{ 0.0039747358103544407, 'N', 0.0039747358103544407, 'N' },
	{ 0.0048366009997274327, 'N', 0.0048366009997274327, 'N' },
	{ 0.0031830031561417634, 'N', 0.0031830031561417634, 'N' },
	{ 0.015071052444922685, 'N', 0.015071052444922685, 'N' },
	{ 0.0051698233946651725, 'N', 0.0051698233946651725, 'N' },
	{ 0.0047713473882577632, 'N', 0.0047713473882577632, 'N' },
	{ 0.004939941199940112, 'N', 0.004939941199940112, 'N' },
	{ 0.014014538409666091, 'N', 0.014014538409666091, 'N' },
	{ 0.0021201589500235273, 'N', 0.0021201589500235273, 'N' },
	{ 0.010657360598487644, 'N', 0.010657360598487644, 'N' },
	{ 0.0097408350996290131, 'N', 0.0097408350996290131, 'N' },
	{ 0.48706832347723156, 'D', 0.48706832347723156, 'D' },
	{ 0.25189216470753489, 'D', 0.25189216470753489, 'D' },
	{ 0.0033510860610585893, 'N', 0.0033510860610585893, 'N' },
	{ 0.0050086414186219681, 'N', 0.0050086414186219681, 'N' },
	{ 0.012465045160038948, 'N', 0.012465045160038948, 'N' },
	{ 0.010895283517964278, 'N', 0.010895283517964278, 'N' },
	{ 0.0051718448605584397, 'N', 0.0051718448605584397, 'N' },
	{ 0.00418869557580487, 'N', 0.00418869557580487, 'N' },
	{ 0.028915564565787543, 'N', 0.028915564565787543, 'N' },
	{ 0.0074032842005075329, 'N', 0.0074032842005075329, 'N' },
	{ 0.0077911969686887709, 'N', 0.0077911969686887709, 'N' },
	{ 0.037427816931567964, 'N', 0.037427816931567964, 'N' },
	{ 0.0044800284479281647, 'N', 0.0044800284479281647, 'N' },
	{ 0.02790441324914681, 'N', 0.02790441324914681, 'N' },
	{ 0.028847461957841949, 'N', 0.028847461957841949, 'N' },
	{ 0.1498649355677478, 'N', 0.1498649355677478, 'N' },
	{ 0.0031043326596160515, 'N', 0.0031043326596160515, 'N' },
	{ 0.0030686693177550011, 'N', 0.0030686693177550011, 'N' },
	{ 0.0088699001273991867, 'N', 0.0088699001273991867, 'N' },
	{ 0.010426434030149704, 'N', 0.010426434030149704, 'N' },
	{ 0.0033035309271854203, 'N', 0.0033035309271854203, 'N' },
	{ 0.0070907218142167352, 'N', 0.0070907218142167352, 'N' },
	{ 0.01280360315782151, 'N', 0.01280360315782151, 'N' },
	{ 0.010100865529280228, 'N', 0.010100865529280228, 'N' },
	{ 0.0061684251516361055, 'N', 0.0061684251516361055, 'N' },
	{ 0.017945910557348867, 'N', 0.017945910557348867, 'N' },
	{ 0.0012858377561085182, 'N', 0.0012858377561085182, 'N' },
	{ 0.048610213398525635, 'N', 0.048610213398525635, 'N' },
	{ 0.048316657068371904, 'N', 0.048316657068371904, 'N' },
	{ 0.0027959969278545794, 'N', 0.0027959969278545794, 'N' },
	{ 0.0099706994153124836, 'N', 0.0099706994153124836, 'N' },
	{ 0.007876720900502324, 'N', 0.007876720900502324, 'N' },
	{ 0.0084483893375737872, 'N', 0.0084483893375737872, 'N' },
	{ 0.0058474868385664895, 'N', 0.0058474868385664895, 'N' },
	{ 0.0038975557010893329, 'N', 0.0038975557010893329, 'N' },
	{ 0.012224332137564032, 'N', 0.012224332137564032, 'N' },
	{ 0.019999532116238262, 'N', 0.019999532116238262, 'N' },
	{ 0.012776523251125311, 'N', 0.012776523251125311, 'N' },
	{ 0.023636052053482813, 'N', 0.023636052053482813, 'N' },
	{ 0.0028389258812802948, 'N', 0.0028389258812802948, 'N' },
	{ 0.026697313001307798, 'N', 0.026697313001307798, 'N' },
	{ 0.050063629945004545, 'N', 0.050063629945004545, 'N' },
	{ 0.8725646694648006, 'S', 0.8725646694648006, 'S' },
	{ 0.11784918777014548, 'N', 0.11784918777014548, 'N' },
	{ 0.018118955542667209, 'N', 0.018118955542667209, 'N' },
	{ 0.010940632076082745, 'N', 0.010940632076082745, 'N' },
	{ 0.014561955513500625, 'N', 0.014561955513500625, 'N' },
	{ 0.03023897865433223, 'N', 0.03023897865433223, 'N' },
	{ 0.0029460385342557336, 'N', 0.0029460385342557336, 'N' },
	{ 0.0030000137200760901, 'N', 0.0030000137200760901, 'N' },
	{ 0.0030224415697420932, 'N', 0.0030224415697420932, 'N' },
	{ 0.0010465138171405746, 'N', 0.0010465138171405746, 'N' },
	{ 0.0016462690931264667, 'N', 0.0016462690931264667, 'N' },
	{ 0.0029055228437976886, 'N', 0.0029055228437976886, 'N' },
	{ 0.072921131310159815, 'N', 0.072921131310159815, 'N' },
	{ 0.010336321127058666, 'N', 0.010336321127058666, 'N' },
	{ 0.0037730070115738882, 'N', 0.0037730070115738882, 'N' },
	{ 0.01880665014616115, 'N', 0.01880665014616115, 'N' },
	{ 0.024374720533086779, 'N', 0.024374720533086779, 'N' },
	{ 0.0057497979453036358, 'N', 0.0057497979453036358, 'N' },
	{ 0.0044999268254465336, 'N', 0.0044999268254465336, 'N' },
	{ 0.0052776817116113916, 'N', 0.0052776817116113916, 'N' },
	{ 0.0014484246819561973, 'N', 0.0014484246819561973, 'N' },
	{ 0.0041947356481225996, 'N', 0.0041947356481225996, 'N' },
	{ 0.0060904042647569974, 'N', 0.0060904042647569974, 'N' },
	{ 0.015724359397562653, 'N', 0.015724359397562653, 'N' },
	{ 0.0043607275552453913, 'N', 0.0043607275552453913, 'N' },
	{ 0.050639837490311472, 'N', 0.050639837490311472, 'N' },
	{ 0.14125387127247879, 'N', 0.14125387127247879, 'N' },
	{ 0.038591342846037748, 'N', 0.038591342846037748, 'N' },
	{ 0.030067863137431299, 'N', 0.030067863137431299, 'N' },
	{ 0.0050606254641482233, 'N', 0.0050606254641482233, 'N' },
	{ 0.0051426240524875735, 'N', 0.0051426240524875735, 'N' },
	{ 0.0024555247337760882, 'N', 0.0024555247337760882, 'N' },
	{ 0.0075179650352064677, 'N', 0.0075179650352064677, 'N' },
	{ 0.37328693574168242, 'R', 0.37328693574168242, 'R' },
	{ 0.0058833482525775371, 'N', 0.0058833482525775371, 'N' },
	{ 0.055590677660874069, 'N', 0.055590677660874069, 'N' },
	{ 0.0041934014062428877, 'N', 0.0041934014062428877, 'N' },
	{ 0.0041906173908823922, 'N', 0.0041906173908823922, 'N' },
	{ 0.0051566885183511341, 'N', 0.0051566885183511341, 'N' },
	{ 0.0029641611176615896, 'N', 0.0029641611176615896, 'N' },
	{ 0.0052027982126638039, 'N', 0.0052027982126638039, 'N' },
	{ 0.010171603207063815, 'N', 0.010171603207063815, 'N' },
	{ 0.0034605974884097026, 'N', 0.0034605974884097026, 'N' },
	{ 0.0057350630234748014, 'N', 0.0057350630234748014, 'N' },
	{ 0.0033712476705579138, 'N', 0.0033712476705579138, 'N' },
	{ 0.0032501187448475692, 'N', 0.0032501187448475692, 'N' },
	{ 0.0032789535719234585, 'N', 0.0032789535719234585, 'N' },
	{ 0.0019043055319628731, 'N', 0.0019043055319628731, 'N' },
	{ 0.0033826883660687556, 'N', 0.0033826883660687556, 'N' },
	{ 0.01046426883439886, 'N', 0.01046426883439886, 'N' },
	{ 0.38965222774172426, 'D', 0.38965222774172426, 'D' },
	{ 0.016742957302860198, 'N', 0.016742957302860198, 'N' },
	{ 0.0053879059721906675, 'N', 0.0053879059721906675, 'N' },
	{ 0.0038936619253156896, 'N', 0.0038936619253156896, 'N' },
	{ 0.0013395604622813302, 'N', 0.0013395604622813302, 'N' },
	{ 0.0070096804325344951, 'N', 0.0070096804325344951, 'N' },
	{ 0.0026005140336856744, 'N', 0.0026005140336856744, 'N' },
	{ 0.01007237120152627, 'N', 0.01007237120152627, 'N' },
	{ 0.0061466635266982355, 'N', 0.0061466635266982355, 'N' },
	{ 0.013591808440159498, 'N', 0.013591808440159498, 'N' },
	{ 0.0042035268058424917, 'N', 0.0042035268058424917, 'N' },
	{ 0.0073594703463415604, 'N', 0.0073594703463415604, 'N' },
	{ 0.0074314880159270314, 'N', 0.0074314880159270314, 'N' },
	{ 0.50556468638600605, 'R', 0.50556468638600605, 'R' },
	{ 0.019682428105492353, 'N', 0.019682428105492353, 'N' },
	{ 0.022876680286459616, 'N', 0.022876680286459616, 'N' },
	{ 0.012802246704414039, 'N', 0.012802246704414039, 'N' },
	{ 0.0047335888352835701, 'N', 0.0047335888352835701, 'N' },
	{ 0.016641955462775988, 'N', 0.016641955462775988, 'N' },
	{ 0.019936715104650463, 'N', 0.019936715104650463, 'N' },
	{ 0.0089008655524066282, 'N', 0.0089008655524066282, 'N' },
	{ 0.0046470285058941661, 'N', 0.0046470285058941661, 'N' },
	{ 0.0050980558408151135, 'N', 0.0050980558408151135, 'N' },
	{ 0.028168765971069574, 'N', 0.028168765971069574, 'N' },
	{ 0.014149549570550649, 'N', 0.014149549570550649, 'N' },
	{ 0.0024682117125306331, 'N', 0.0024682117125306331, 'N' },
	{ 0.002463411390349988, 'N', 0.002463411390349988, 'N' },
	{ 0.10394182482613902, 'N', 0.10394182482613902, 'N' },
	{ 0.9426273304241749, 'S', 0.9426273304241749, 'S' },
	{ 0.97390741012666437, 'N', 0.97390741012666437, 'N' },
	{ 0.96902936216467872, 'D', 0.9690293621646785, 'D' },
	{ 0.61386176703679463, 'S', 0.61386176703679463, 'S' },
	{ 0.55401442820407354, 'S', 0.55401442820407354, 'S' },
	{ 0.92372073177619296, 'D', 0.92372073177619296, 'D' },
	{ 0.99208198296115213, 'S', 0.99208198296115213, 'S' },
	{ 0.94138966421204717, 'S', 0.94138966421204717, 'S' },
	{ 0.7776343610585037, 'S', 0.7776343610585037, 'S' },
	{ 0.70958845786974334, 'D', 0.70958845786974334, 'D' },
	{ 0.16909432544414835, 'R', 0.16909432544414835, 'R' },
	{ 0.97511501994851635, 'D', 0.97511501994851635, 'D' },
	{ 0.91819288824841849, 'S', 0.91819288824841849, 'S' },
	{ 0.022176669523675568, 'N', 0.022176669523675568, 'N' },
	{ 0.9852527178532986, 'S', 0.9852527178532986, 'S' },
	{ 0.40943916055613511, 'R', 0.40943916055613511, 'R' },
	{ 0.98216436816308206, 'S', 0.98216436816308206, 'S' },
	{ 0.97073128636588724, 'D', 0.97073128636588724, 'D' },
	{ 0.98089522487036152, 'S', 0.98089522487036152, 'S' },
	{ 0.0048992572238848947, 'N', 0.0048992572238848947, 'N' },
	{ 0.50190833990948314, 'R', 0.50190833990948314, 'R' },
	{ 0.83356864469885694, 'S', 0.83356864469885694, 'S' },
	{ 0.92519452599749785, 'S', 0.92519452599749785, 'S' },
	{ 0.98985815505660846, 'S', 0.98985815505660846, 'S' },
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
