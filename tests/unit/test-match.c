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
	assert_string_equal(out, "p1\t0.9938\t1\np2\t0.0022\t0\n");
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
	assert_string_equal(out, "2\t0.9938\t1\n6\t0.0033\t0\n");
	free(cause);
	free(out);
}

/*
 * Prepared claims give exactly what match_score() gives, in a context of
 * their own or one shared with other claims, and both what the matcher
 * gave when the table below was written (tests/tools/match-dump on these
 * pairs: every pair of the sentences, then the extra pairs, with document
 * frequencies over all the pairs' claims; rewritten only when a feature
 * or a weight changes on purpose).  Fictional sentences.
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
	{ 0.86654573070717733, 'S', 0.86654573070717733, 'S' },
	{ 0.043061062271587555, 'N', 0.043061062271587555, 'N' },
	{ 0.041963421652020147, 'N', 0.041963421652020147, 'N' },
	{ 0.0011126415974292588, 'N', 0.0011126415974292588, 'N' },
	{ 0.0011502392377373625, 'N', 0.0011502392377373625, 'N' },
	{ 0.0012910110605012799, 'N', 0.0012910110605012799, 'N' },
	{ 0.0035140527852279527, 'N', 0.0035140527852279527, 'N' },
	{ 0.016863338327782588, 'N', 0.016863338327782588, 'N' },
	{ 0.013183476330850888, 'N', 0.013183476330850888, 'N' },
	{ 0.0039577325267115843, 'N', 0.0039577325267115843, 'N' },
	{ 0.0021978446221536576, 'N', 0.0021978446221536576, 'N' },
	{ 0.0028794584236631242, 'N', 0.0028794584236631242, 'N' },
	{ 0.002829338939017002, 'N', 0.002829338939017002, 'N' },
	{ 0.0023052971143945325, 'N', 0.0023052971143945325, 'N' },
	{ 0.003127211533064909, 'N', 0.003127211533064909, 'N' },
	{ 0.0039306250502964277, 'N', 0.0039306250502964277, 'N' },
	{ 0.0053725604879287245, 'N', 0.0053725604879287245, 'N' },
	{ 0.0033651731519126816, 'N', 0.0033651731519126816, 'N' },
	{ 0.0034683393247285713, 'N', 0.0034683393247285713, 'N' },
	{ 0.0070142821287821995, 'N', 0.0070142821287821995, 'N' },
	{ 0.0013892781601651781, 'N', 0.0013892781601651781, 'N' },
	{ 0.0095906308727576866, 'N', 0.0095906308727576866, 'N' },
	{ 0.0047089680862791557, 'N', 0.0047089680862791557, 'N' },
	{ 0.017831715136277123, 'N', 0.017831715136277123, 'N' },
	{ 0.045665662377751264, 'N', 0.045665662377751264, 'N' },
	{ 0.0010909358442624344, 'N', 0.0010909358442624344, 'N' },
	{ 0.0011878302595372599, 'N', 0.0011878302595372599, 'N' },
	{ 0.0013227258890878759, 'N', 0.0013227258890878759, 'N' },
	{ 0.0036508012419987131, 'N', 0.0036508012419987131, 'N' },
	{ 0.018903293250274157, 'N', 0.018903293250274157, 'N' },
	{ 0.01466058670382725, 'N', 0.01466058670382725, 'N' },
	{ 0.0039257424184740907, 'N', 0.0039257424184740907, 'N' },
	{ 0.0022428772262850674, 'N', 0.0022428772262850674, 'N' },
	{ 0.0042087078735935438, 'N', 0.0042087078735935438, 'N' },
	{ 0.0029217005949574285, 'N', 0.0029217005949574285, 'N' },
	{ 0.0024865363314811105, 'N', 0.0024865363314811105, 'N' },
	{ 0.0031555022475843507, 'N', 0.0031555022475843507, 'N' },
	{ 0.0035918881369053674, 'N', 0.0035918881369053674, 'N' },
	{ 0.0055911245578336571, 'N', 0.0055911245578336571, 'N' },
	{ 0.0035796603729198774, 'N', 0.0035796603729198774, 'N' },
	{ 0.0035287882397604972, 'N', 0.0035287882397604972, 'N' },
	{ 0.0093930742553614589, 'N', 0.0093930742553614589, 'N' },
	{ 0.0014033016579635422, 'N', 0.0014033016579635422, 'N' },
	{ 0.007074429053552894, 'N', 0.007074429053552894, 'N' },
	{ 0.0048923808595510354, 'N', 0.0048923808595510354, 'N' },
	{ 0.17338523316614415, 'N', 0.17338523316614415, 'N' },
	{ 0.0011748820001283933, 'N', 0.0011748820001283933, 'N' },
	{ 0.0024772883055583813, 'N', 0.0024772883055583813, 'N' },
	{ 0.0071609803135891667, 'N', 0.0071609803135891667, 'N' },
	{ 0.029392385640575756, 'N', 0.029392385640575756, 'N' },
	{ 0.0069336657051659945, 'N', 0.0069336657051659945, 'N' },
	{ 0.0091198970881251357, 'N', 0.0091198970881251357, 'N' },
	{ 0.012170150814303633, 'N', 0.012170150814303633, 'N' },
	{ 0.0030099131168774976, 'N', 0.0030099131168774976, 'N' },
	{ 0.008836098454198105, 'N', 0.008836098454198105, 'N' },
	{ 0.0046452203094997984, 'N', 0.0046452203094997984, 'N' },
	{ 0.0091532212630161917, 'N', 0.0091532212630161917, 'N' },
	{ 0.0032943608561217656, 'N', 0.0032943608561217656, 'N' },
	{ 0.003706401205169249, 'N', 0.003706401205169249, 'N' },
	{ 0.0054343184211735332, 'N', 0.0054343184211735332, 'N' },
	{ 0.0056328663357999948, 'N', 0.0056328663357999948, 'N' },
	{ 0.0057915949285760283, 'N', 0.0057915949285760283, 'N' },
	{ 0.006440805451118037, 'N', 0.006440805451118037, 'N' },
	{ 0.0027834870517786793, 'N', 0.0027834870517786793, 'N' },
	{ 0.0065863629318078367, 'N', 0.0065863629318078367, 'N' },
	{ 0.0060814338014902091, 'N', 0.0060814338014902091, 'N' },
	{ 0.0010437176595263903, 'N', 0.0010437176595263903, 'N' },
	{ 0.0017785880759867358, 'N', 0.0017785880759867358, 'N' },
	{ 0.0016744940698542761, 'N', 0.0016744940698542761, 'N' },
	{ 0.0034064282349812302, 'N', 0.0034064282349812302, 'N' },
	{ 0.016641559712002374, 'N', 0.016641559712002374, 'N' },
	{ 0.019396351307108067, 'N', 0.019396351307108067, 'N' },
	{ 0.0046798946742383132, 'N', 0.0046798946742383132, 'N' },
	{ 0.0018362979509756302, 'N', 0.0018362979509756302, 'N' },
	{ 0.0031128020293235124, 'N', 0.0031128020293235124, 'N' },
	{ 0.003878968216887642, 'N', 0.003878968216887642, 'N' },
	{ 0.0063240084065577934, 'N', 0.0063240084065577934, 'N' },
	{ 0.0029735802754552098, 'N', 0.0029735802754552098, 'N' },
	{ 0.0020926431958481341, 'N', 0.0020926431958481341, 'N' },
	{ 0.010616687844620006, 'N', 0.010616687844620006, 'N' },
	{ 0.0038941530495883009, 'N', 0.0038941530495883009, 'N' },
	{ 0.0039488073230637896, 'N', 0.0039488073230637896, 'N' },
	{ 0.0051974347871774646, 'N', 0.0051974347871774646, 'N' },
	{ 0.0012748298658910918, 'N', 0.0012748298658910918, 'N' },
	{ 0.0052374345276111432, 'N', 0.0052374345276111432, 'N' },
	{ 0.0052243933849950375, 'N', 0.0052243933849950375, 'N' },
	{ 0.89245451936367115, 'S', 0.89245451936367115, 'S' },
	{ 0.0041258830627202547, 'N', 0.0041258830627202547, 'N' },
	{ 0.00097575540490641691, 'N', 0.00097575540490641691, 'N' },
	{ 0.0018064802125624738, 'N', 0.0018064802125624738, 'N' },
	{ 0.0010820473122900318, 'N', 0.0010820473122900318, 'N' },
	{ 0.0017804541113231108, 'N', 0.0017804541113231108, 'N' },
	{ 0.00093247633783564141, 'N', 0.00093247633783564141, 'N' },
	{ 0.0014061688191610584, 'N', 0.0014061688191610584, 'N' },
	{ 0.0016016645577775954, 'N', 0.0016016645577775954, 'N' },
	{ 0.0021972921361570717, 'N', 0.0021972921361570717, 'N' },
	{ 0.0023812095086018377, 'N', 0.0023812095086018377, 'N' },
	{ 0.0010716738515098253, 'N', 0.0010716738515098253, 'N' },
	{ 0.0019156229265156702, 'N', 0.0019156229265156702, 'N' },
	{ 0.0011097485412087931, 'N', 0.0011097485412087931, 'N' },
	{ 0.0011449667663808564, 'N', 0.0011449667663808564, 'N' },
	{ 0.0011157425061448024, 'N', 0.0011157425061448024, 'N' },
	{ 0.011151770814242255, 'N', 0.011151770814242255, 'N' },
	{ 0.0011226643558169341, 'N', 0.0011226643558169341, 'N' },
	{ 0.0020345855951283765, 'N', 0.0020345855951283765, 'N' },
	{ 0.0067021203656200262, 'N', 0.0067021203656200262, 'N' },
	{ 0.0015887235454376245, 'N', 0.0015887235454376245, 'N' },
	{ 0.0031435545578433386, 'N', 0.0031435545578433386, 'N' },
	{ 0.0019108518465922762, 'N', 0.0019108518465922762, 'N' },
	{ 0.0039415716203971439, 'N', 0.0039415716203971439, 'N' },
	{ 0.00098479112945020169, 'N', 0.00098479112945020169, 'N' },
	{ 0.0015409582012746706, 'N', 0.0015409582012746706, 'N' },
	{ 0.0026527557897511153, 'N', 0.0026527557897511153, 'N' },
	{ 0.0036386346570039603, 'N', 0.0036386346570039603, 'N' },
	{ 0.002437974462075112, 'N', 0.002437974462075112, 'N' },
	{ 0.0010533458608217008, 'N', 0.0010533458608217008, 'N' },
	{ 0.0032284381358965793, 'N', 0.0032284381358965793, 'N' },
	{ 0.0018181043241965909, 'N', 0.0018181043241965909, 'N' },
	{ 0.0018462860568225021, 'N', 0.0018462860568225021, 'N' },
	{ 0.0018758137444183222, 'N', 0.0018758137444183222, 'N' },
	{ 0.012147276818176903, 'N', 0.012147276818176903, 'N' },
	{ 0.0018914977691847769, 'N', 0.0018914977691847769, 'N' },
	{ 0.0046495641678103404, 'N', 0.0046495641678103404, 'N' },
	{ 0.20174857703239193, 'N', 0.20174857703239193, 'N' },
	{ 0.0027569961698198468, 'N', 0.0027569961698198468, 'N' },
	{ 0.0029971268065048409, 'N', 0.0029971268065048409, 'N' },
	{ 0.0023840078711040331, 'N', 0.0023840078711040331, 'N' },
	{ 0.00091198440470854957, 'N', 0.00091198440470854957, 'N' },
	{ 0.00092675503625584167, 'N', 0.00092675503625584167, 'N' },
	{ 0.0015202809979061008, 'N', 0.0015202809979061008, 'N' },
	{ 0.001687363433419044, 'N', 0.001687363433419044, 'N' },
	{ 0.0013986671710776056, 'N', 0.0013986671710776056, 'N' },
	{ 0.0013502799891890105, 'N', 0.0013502799891890105, 'N' },
	{ 0.0018027977640791893, 'N', 0.0018027977640791893, 'N' },
	{ 0.0022286971816012002, 'N', 0.0022286971816012002, 'N' },
	{ 0.0017348330943502913, 'N', 0.0017348330943502913, 'N' },
	{ 0.0020711821627286387, 'N', 0.0020711821627286387, 'N' },
	{ 0.0067212090154841848, 'N', 0.0067212090154841848, 'N' },
	{ 0.0019828650182483845, 'N', 0.0019828650182483845, 'N' },
	{ 0.0019587661700941525, 'N', 0.0019587661700941525, 'N' },
	{ 0.0056111994473375401, 'N', 0.0056111994473375401, 'N' },
	{ 0.014577725500589124, 'N', 0.014577725500589124, 'N' },
	{ 0.0063257232426440716, 'N', 0.0063257232426440716, 'N' },
	{ 0.0024080761748805084, 'N', 0.0024080761748805084, 'N' },
	{ 0.0023601236461289724, 'N', 0.0023601236461289724, 'N' },
	{ 0.0038301558049410726, 'N', 0.0038301558049410726, 'N' },
	{ 0.0045804824772598613, 'N', 0.0045804824772598613, 'N' },
	{ 0.0030225822741008997, 'N', 0.0030225822741008997, 'N' },
	{ 0.014637609471909721, 'N', 0.014637609471909721, 'N' },
	{ 0.0049015275966349473, 'N', 0.0049015275966349473, 'N' },
	{ 0.0045738119654248838, 'N', 0.0045738119654248838, 'N' },
	{ 0.0047108261065081257, 'N', 0.0047108261065081257, 'N' },
	{ 0.013596154305573647, 'N', 0.013596154305573647, 'N' },
	{ 0.0020436670936045311, 'N', 0.0020436670936045311, 'N' },
	{ 0.010296606066535537, 'N', 0.010296606066535537, 'N' },
	{ 0.009434541945444342, 'N', 0.009434541945444342, 'N' },
	{ 0.42401003522177233, 'D', 0.42401003522177233, 'D' },
	{ 0.2055763614397815, 'D', 0.2055763614397815, 'D' },
	{ 0.0031745259006793376, 'N', 0.0031745259006793376, 'N' },
	{ 0.0047642166090417302, 'N', 0.0047642166090417302, 'N' },
	{ 0.011991320256528729, 'N', 0.011991320256528729, 'N' },
	{ 0.010459316985270332, 'N', 0.010459316985270332, 'N' },
	{ 0.0049587105695331549, 'N', 0.0049587105695331549, 'N' },
	{ 0.0039831711720066769, 'N', 0.0039831711720066769, 'N' },
	{ 0.027586197045756235, 'N', 0.027586197045756235, 'N' },
	{ 0.0071294003984370222, 'N', 0.0071294003984370222, 'N' },
	{ 0.0074456272614617071, 'N', 0.0074456272614617071, 'N' },
	{ 0.035508946596031432, 'N', 0.035508946596031432, 'N' },
	{ 0.0042823894621343483, 'N', 0.0042823894621343483, 'N' },
	{ 0.027423555128593763, 'N', 0.027423555128593763, 'N' },
	{ 0.028512098031239271, 'N', 0.028512098031239271, 'N' },
	{ 0.12237632189511238, 'N', 0.12237632189511241, 'N' },
	{ 0.0029742341691997879, 'N', 0.0029742341691997879, 'N' },
	{ 0.002945095687631159, 'N', 0.002945095687631159, 'N' },
	{ 0.0085178247163757437, 'N', 0.0085178247163757437, 'N' },
	{ 0.010177580369604084, 'N', 0.010177580369604084, 'N' },
	{ 0.0031594344350463952, 'N', 0.0031594344350463952, 'N' },
	{ 0.0067983763518983369, 'N', 0.0067983763518983369, 'N' },
	{ 0.01244240539355344, 'N', 0.01244240539355344, 'N' },
	{ 0.0097054173264925544, 'N', 0.0097054173264925544, 'N' },
	{ 0.0058836486888832647, 'N', 0.0058836486888832647, 'N' },
	{ 0.017206197459501592, 'N', 0.017206197459501592, 'N' },
	{ 0.0012452259523839657, 'N', 0.0012452259523839657, 'N' },
	{ 0.048911976048160208, 'N', 0.048911976048160208, 'N' },
	{ 0.047923535275848805, 'N', 0.047923535275848805, 'N' },
	{ 0.0026706366880453552, 'N', 0.0026706366880453552, 'N' },
	{ 0.0095203952093044983, 'N', 0.0095203952093044983, 'N' },
	{ 0.0075297848127180841, 'N', 0.0075297848127180841, 'N' },
	{ 0.0080439555056355978, 'N', 0.0080439555056355978, 'N' },
	{ 0.0056048452597865393, 'N', 0.0056048452597865393, 'N' },
	{ 0.0037460176428086313, 'N', 0.0037460176428086313, 'N' },
	{ 0.011650557432516185, 'N', 0.011650557432516185, 'N' },
	{ 0.019450138390804027, 'N', 0.019450138390804027, 'N' },
	{ 0.012234548268366757, 'N', 0.012234548268366757, 'N' },
	{ 0.022290911023455134, 'N', 0.022290911023455134, 'N' },
	{ 0.0027304269682369947, 'N', 0.0027304269682369947, 'N' },
	{ 0.026343843479865101, 'N', 0.026343843479865101, 'N' },
	{ 0.04885484941919277, 'N', 0.04885484941919277, 'N' },
	{ 0.87119034273021079, 'S', 0.87119034273021079, 'S' },
	{ 0.09515384222340853, 'N', 0.09515384222340853, 'N' },
	{ 0.017566168023119843, 'N', 0.017566168023119843, 'N' },
	{ 0.010546374324171744, 'N', 0.010546374324171744, 'N' },
	{ 0.013926239125699909, 'N', 0.013926239125699909, 'N' },
	{ 0.029025318225076265, 'N', 0.029025318225076265, 'N' },
	{ 0.0028445155984636317, 'N', 0.0028445155984636317, 'N' },
	{ 0.0028888598744022829, 'N', 0.0028888598744022829, 'N' },
	{ 0.0029072511891965309, 'N', 0.0029072511891965309, 'N' },
	{ 0.0010015983469686422, 'N', 0.0010015983469686422, 'N' },
	{ 0.0012990307853985926, 'N', 0.0012990307853985926, 'N' },
	{ 0.0028111505328030414, 'N', 0.0028111505328030414, 'N' },
	{ 0.058439179705249013, 'N', 0.058439179705249013, 'N' },
	{ 0.0098917991424010473, 'N', 0.0098917991424010473, 'N' },
	{ 0.0036362839576760176, 'N', 0.0036362839576760176, 'N' },
	{ 0.017991368160904679, 'N', 0.017991368160904679, 'N' },
	{ 0.023354951577561057, 'N', 0.023354951577561057, 'N' },
	{ 0.0055526085831133455, 'N', 0.0055526085831133455, 'N' },
	{ 0.0043398900247873431, 'N', 0.0043398900247873431, 'N' },
	{ 0.0050780436463005226, 'N', 0.0050780436463005226, 'N' },
	{ 0.0013928127493854617, 'N', 0.0013928127493854617, 'N' },
	{ 0.0033609565043127062, 'N', 0.0033609565043127062, 'N' },
	{ 0.0059058906615495725, 'N', 0.0059058906615495725, 'N' },
	{ 0.015007666348300129, 'N', 0.015007666348300129, 'N' },
	{ 0.0042043185444175218, 'N', 0.0042043185444175218, 'N' },
	{ 0.050090717812992749, 'N', 0.050090717812992749, 'N' },
	{ 0.13949709094010232, 'N', 0.13949709094010232, 'N' },
	{ 0.037919656083088407, 'N', 0.037919656083088407, 'N' },
	{ 0.029478648847989477, 'N', 0.029478648847989477, 'N' },
	{ 0.0048244589869376603, 'N', 0.0048244589869376603, 'N' },
	{ 0.0049306132275623443, 'N', 0.0049306132275623443, 'N' },
	{ 0.0019537887166328361, 'N', 0.0019537887166328361, 'N' },
	{ 0.0072920923842892983, 'N', 0.0072920923842892983, 'N' },
	{ 0.36880612038853383, 'R', 0.36880612038853383, 'R' },
	{ 0.005637418447746503, 'N', 0.005637418447746503, 'N' },
	{ 0.05453539860044767, 'N', 0.05453539860044767, 'N' },
	{ 0.0040260800384842189, 'N', 0.0040260800384842189, 'N' },
	{ 0.0040233030361961882, 'N', 0.0040233030361961882, 'N' },
	{ 0.0049656018396944833, 'N', 0.0049656018396944833, 'N' },
	{ 0.002839927897759833, 'N', 0.002839927897759833, 'N' },
	{ 0.0050025696470533277, 'N', 0.0050025696470533277, 'N' },
	{ 0.0099142225418288651, 'N', 0.0099142225418288651, 'N' },
	{ 0.0032869882273114511, 'N', 0.0032869882273114511, 'N' },
	{ 0.0054380251791830078, 'N', 0.0054380251791830078, 'N' },
	{ 0.0032145343483559524, 'N', 0.0032145343483559524, 'N' },
	{ 0.0031158565232615723, 'N', 0.0031158565232615723, 'N' },
	{ 0.0031393952665469509, 'N', 0.0031393952665469509, 'N' },
	{ 0.0018374627902335598, 'N', 0.0018374627902335598, 'N' },
	{ 0.0032238272619431571, 'N', 0.0032238272619431571, 'N' },
	{ 0.010311414807528224, 'N', 0.010311414807528224, 'N' },
	{ 0.33487357253201477, 'D', 0.33487357253201477, 'D' },
	{ 0.016288934822408941, 'N', 0.016288934822408941, 'N' },
	{ 0.0051787135755123233, 'N', 0.0051787135755123233, 'N' },
	{ 0.0037428286126801667, 'N', 0.0037428286126801667, 'N' },
	{ 0.0012933250075238048, 'N', 0.0012933250075238048, 'N' },
	{ 0.0067131187984769752, 'N', 0.0067131187984769752, 'N' },
	{ 0.0025106998710176845, 'N', 0.0025106998710176845, 'N' },
	{ 0.0096398716315477754, 'N', 0.0096398716315477754, 'N' },
	{ 0.0058565078599371991, 'N', 0.0058565078599371991, 'N' },
	{ 0.013030539187596059, 'N', 0.013030539187596059, 'N' },
	{ 0.0040438292257265248, 'N', 0.0040438292257265248, 'N' },
	{ 0.0070790548133002141, 'N', 0.0070790548133002141, 'N' },
	{ 0.007191387192474025, 'N', 0.007191387192474025, 'N' },
	{ 0.50505232814952161, 'S', 0.50505232814952161, 'S' },
	{ 0.018545863726402375, 'N', 0.018545863726402375, 'N' },
	{ 0.021666537481257714, 'N', 0.021666537481257714, 'N' },
	{ 0.012399196862249438, 'N', 0.012399196862249438, 'N' },
	{ 0.0045427124875425809, 'N', 0.0045427124875425809, 'N' },
	{ 0.015932307980775513, 'N', 0.015932307980775513, 'N' },
	{ 0.018932323861676259, 'N', 0.018932323861676259, 'N' },
	{ 0.0086288936721030645, 'N', 0.0086288936721030645, 'N' },
	{ 0.0044715550161150922, 'N', 0.0044715550161150922, 'N' },
	{ 0.0040420886861319682, 'N', 0.0040420886861319682, 'N' },
	{ 0.027435534310593514, 'N', 0.027435534310593514, 'N' },
	{ 0.013679634249549337, 'N', 0.013679634249549337, 'N' },
	{ 0.0023585208920861886, 'N', 0.0023585208920861886, 'N' },
	{ 0.0024131651075669203, 'N', 0.0024131651075669203, 'N' },
	{ 0.1045804005317936, 'N', 0.1045804005317936, 'N' },
	{ 0.94134233131549283, 'S', 0.94134233131549283, 'S' },
	{ 0.97423977664960681, 'N', 0.97423977664960681, 'N' },
	{ 0.96099395619832118, 'D', 0.96099395619832106, 'D' },
	{ 0.61100668875858344, 'S', 0.61100668875858344, 'S' },
	{ 0.54700898754618044, 'S', 0.54700898754618044, 'S' },
	{ 0.90666756002704518, 'D', 0.90666756002704518, 'D' },
	{ 0.99166498605148123, 'S', 0.99166498605148123, 'S' },
	{ 0.94171345984020571, 'S', 0.94171345984020571, 'S' },
	{ 0.77510511287751582, 'S', 0.77510511287751582, 'S' },
	{ 0.66400190389314584, 'D', 0.66400190389314584, 'D' },
	{ 0.16438068608773607, 'R', 0.16438068608773607, 'R' },
	{ 0.96900560628269494, 'D', 0.96900560628269494, 'D' },
	{ 0.91682104814566523, 'S', 0.91682104814566523, 'S' },
	{ 0.021078575524246881, 'N', 0.021078575524246881, 'N' },
	{ 0.98522591191523801, 'S', 0.98522591191523801, 'S' },
	{ 0.40839584781598487, 'R', 0.40839584781598487, 'R' },
	{ 0.98214802200716989, 'S', 0.98214802200716989, 'S' },
	{ 0.96427114008870651, 'D', 0.96427114008870651, 'D' },
	{ 0.98095102582085347, 'S', 0.98095102582085347, 'S' },
	{ 0.004670368536646376, 'N', 0.004670368536646376, 'N' },
	{ 0.50175823806591824, 'S', 0.50175823806591824, 'S' },
	{ 0.83169015008352609, 'S', 0.83169015008352609, 'S' },
	{ 0.92366401072761983, 'S', 0.92366401072761983, 'S' },
	{ 0.99005623006007049, 'S', 0.99005623006007049, 'S' },
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
