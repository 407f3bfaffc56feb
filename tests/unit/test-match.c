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

/*
 * Prepared claims give exactly what match_score() gives, and both what the
 * matcher gave before claims were prepared: the scores and verdicts below
 * were written by that matcher (tests/tools/match-dump on these pairs:
 * every pair of the sentences, then the extra pairs, with document
 * frequencies over all the pairs' claims).  Fictional sentences.
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
	{ 0.86181497689329545, 'S', 0.86181497689329545, 'S' },
	{ 0.042488414811290114, 'N', 0.042488414811290114, 'N' },
	{ 0.055344840014095155, 'N', 0.055344840014095155, 'N' },
	{ 0.0016613827270097663, 'N', 0.0016613827270097663, 'N' },
	{ 0.001888641259655156, 'N', 0.001888641259655156, 'N' },
	{ 0.0019634927353639102, 'N', 0.0019634927353639102, 'N' },
	{ 0.0049608903636129704, 'N', 0.0049608903636129704, 'N' },
	{ 0.017791346674789349, 'N', 0.017791346674789349, 'N' },
	{ 0.012717110637151516, 'N', 0.012717110637151516, 'N' },
	{ 0.0058046408806128619, 'N', 0.0058046408806128619, 'N' },
	{ 0.0047117435607923197, 'N', 0.0047117435607923197, 'N' },
	{ 0.0062527299988177519, 'N', 0.0062527299988177519, 'N' },
	{ 0.0053124834340755982, 'N', 0.0053124834340755982, 'N' },
	{ 0.0041686323883628118, 'N', 0.0041686323883628118, 'N' },
	{ 0.0048335120625662966, 'N', 0.0048335120625662966, 'N' },
	{ 0.0063392975490377985, 'N', 0.0063392975490377985, 'N' },
	{ 0.0088875753741381631, 'N', 0.0088875753741381631, 'N' },
	{ 0.0065354824487975499, 'N', 0.0065354824487975499, 'N' },
	{ 0.0065185636961786614, 'N', 0.0065185636961786614, 'N' },
	{ 0.01146452913063631, 'N', 0.01146452913063631, 'N' },
	{ 0.0022789058565114186, 'N', 0.0022789058565114186, 'N' },
	{ 0.016154776668993891, 'N', 0.016154776668993891, 'N' },
	{ 0.0098165643862119963, 'N', 0.0098165643862119963, 'N' },
	{ 0.024886720492046259, 'N', 0.024886720492046259, 'N' },
	{ 0.061320175417622261, 'N', 0.061320175417622261, 'N' },
	{ 0.0017618159817888663, 'N', 0.0017618159817888663, 'N' },
	{ 0.0021156237930590864, 'N', 0.0021156237930590864, 'N' },
	{ 0.002192017547006615, 'N', 0.002192017547006615, 'N' },
	{ 0.0051988166551346195, 'N', 0.0051988166551346195, 'N' },
	{ 0.018244218942811564, 'N', 0.018244218942811564, 'N' },
	{ 0.013037678737939954, 'N', 0.013037678737939954, 'N' },
	{ 0.0061114789966050208, 'N', 0.0061114789966050208, 'N' },
	{ 0.0048092012926583862, 'N', 0.0048092012926583862, 'N' },
	{ 0.0088311133964743532, 'N', 0.0088311133964743532, 'N' },
	{ 0.0055788393153224005, 'N', 0.0055788393153224005, 'N' },
	{ 0.0051477751897518326, 'N', 0.0051477751897518326, 'N' },
	{ 0.005437925756516593, 'N', 0.005437925756516593, 'N' },
	{ 0.0047701803278642546, 'N', 0.0047701803278642546, 'N' },
	{ 0.0097506376947193597, 'N', 0.0097506376947193597, 'N' },
	{ 0.0068342943514273537, 'N', 0.0068342943514273537, 'N' },
	{ 0.0064448636255720788, 'N', 0.0064448636255720788, 'N' },
	{ 0.016753139943170792, 'N', 0.016753139943170792, 'N' },
	{ 0.0025447797996981394, 'N', 0.0025447797996981394, 'N' },
	{ 0.011507394622215948, 'N', 0.011507394622215948, 'N' },
	{ 0.010046347302269167, 'N', 0.010046347302269167, 'N' },
	{ 0.16853280567704396, 'N', 0.16853280567704396, 'N' },
	{ 0.0023589287792003455, 'N', 0.0023589287792003455, 'N' },
	{ 0.0046357759128239431, 'N', 0.0046357759128239431, 'N' },
	{ 0.006780138938490941, 'N', 0.006780138938490941, 'N' },
	{ 0.025351171046662041, 'N', 0.025351171046662041, 'N' },
	{ 0.010612143186181212, 'N', 0.010612143186181212, 'N' },
	{ 0.013520960041713312, 'N', 0.013520960041713312, 'N' },
	{ 0.01836451638843949, 'N', 0.01836451638843949, 'N' },
	{ 0.0055495376865552634, 'N', 0.0055495376865552634, 'N' },
	{ 0.017071267592130828, 'N', 0.017071267592130828, 'N' },
	{ 0.0087661530623904908, 'N', 0.0087661530623904908, 'N' },
	{ 0.018283129903183173, 'N', 0.018283129903183173, 'N' },
	{ 0.0060605326101407335, 'N', 0.0060605326101407335, 'N' },
	{ 0.0054205095497511383, 'N', 0.0054205095497511383, 'N' },
	{ 0.0089994079844063057, 'N', 0.0089994079844063057, 'N' },
	{ 0.0088987749428090755, 'N', 0.0088987749428090755, 'N' },
	{ 0.0098889519715774071, 'N', 0.0098889519715774071, 'N' },
	{ 0.0091535957061810152, 'N', 0.0091535957061810152, 'N' },
	{ 0.00391409874485933, 'N', 0.00391409874485933, 'N' },
	{ 0.0099407221222801694, 'N', 0.0099407221222801694, 'N' },
	{ 0.011443666776425426, 'N', 0.011443666776425426, 'N' },
	{ 0.0022526359308851292, 'N', 0.0022526359308851292, 'N' },
	{ 0.0038836515883346259, 'N', 0.0038836515883346259, 'N' },
	{ 0.0035970650062365703, 'N', 0.0035970650062365703, 'N' },
	{ 0.0090891855879188417, 'N', 0.0090891855879188417, 'N' },
	{ 0.01844137976729416, 'N', 0.01844137976729416, 'N' },
	{ 0.022388385248105956, 'N', 0.022388385248105956, 'N' },
	{ 0.0087341385079124107, 'N', 0.0087341385079124107, 'N' },
	{ 0.0038610241560675805, 'N', 0.0038610241560675805, 'N' },
	{ 0.0070202508273478773, 'N', 0.0070202508273478773, 'N' },
	{ 0.0082420487347916963, 'N', 0.0082420487347916963, 'N' },
	{ 0.012869126659282923, 'N', 0.012869126659282923, 'N' },
	{ 0.0061370673307443967, 'N', 0.0061370673307443967, 'N' },
	{ 0.0037117062498253747, 'N', 0.0037117062498253747, 'N' },
	{ 0.019042934355100065, 'N', 0.019042934355100065, 'N' },
	{ 0.0074441126421442832, 'N', 0.0074441126421442832, 'N' },
	{ 0.0074225514345478711, 'N', 0.0074225514345478711, 'N' },
	{ 0.010341499657360158, 'N', 0.010341499657360158, 'N' },
	{ 0.002225614616609712, 'N', 0.002225614616609712, 'N' },
	{ 0.010689922206817521, 'N', 0.010689922206817521, 'N' },
	{ 0.012704615729408748, 'N', 0.012704615729408748, 'N' },
	{ 0.9184795944232963, 'S', 0.9184795944232963, 'S' },
	{ 0.0080973836110037629, 'N', 0.0080973836110037629, 'N' },
	{ 0.0022066968970626509, 'N', 0.0022066968970626509, 'N' },
	{ 0.0030299749990161363, 'N', 0.0030299749990161363, 'N' },
	{ 0.0017798647649118556, 'N', 0.0017798647649118556, 'N' },
	{ 0.0031563633281403328, 'N', 0.0031563633281403328, 'N' },
	{ 0.0016058985669743905, 'N', 0.0016058985669743905, 'N' },
	{ 0.0027150596693184506, 'N', 0.0027150596693184506, 'N' },
	{ 0.0031427992226046269, 'N', 0.0031427992226046269, 'N' },
	{ 0.0050456490142048813, 'N', 0.0050456490142048813, 'N' },
	{ 0.0030105555125230551, 'N', 0.0030105555125230551, 'N' },
	{ 0.0018040419455826481, 'N', 0.0018040419455826481, 'N' },
	{ 0.0033690204026314988, 'N', 0.0033690204026314988, 'N' },
	{ 0.0016556077163830014, 'N', 0.0016556077163830014, 'N' },
	{ 0.0019913416577423569, 'N', 0.0019913416577423569, 'N' },
	{ 0.0018945078279401612, 'N', 0.0018945078279401612, 'N' },
	{ 0.02143895243206749, 'N', 0.02143895243206749, 'N' },
	{ 0.002080238170182794, 'N', 0.002080238170182794, 'N' },
	{ 0.0042954334093507742, 'N', 0.0042954334093507742, 'N' },
	{ 0.013331792070395528, 'N', 0.013331792070395528, 'N' },
	{ 0.0034468211649166486, 'N', 0.0034468211649166486, 'N' },
	{ 0.005667750453698113, 'N', 0.005667750453698113, 'N' },
	{ 0.0032978895961990485, 'N', 0.0032978895961990485, 'N' },
	{ 0.0068042580331362451, 'N', 0.0068042580331362451, 'N' },
	{ 0.0017054828705805217, 'N', 0.0017054828705805217, 'N' },
	{ 0.0035564356269694041, 'N', 0.0035564356269694041, 'N' },
	{ 0.0049716555278717994, 'N', 0.0049716555278717994, 'N' },
	{ 0.0078221578324393689, 'N', 0.0078221578324393689, 'N' },
	{ 0.0034237940642860608, 'N', 0.0034237940642860608, 'N' },
	{ 0.0017968460850394518, 'N', 0.0017968460850394518, 'N' },
	{ 0.0055783522802352135, 'N', 0.0055783522802352135, 'N' },
	{ 0.0026494201700067387, 'N', 0.0026494201700067387, 'N' },
	{ 0.0031727034313002653, 'N', 0.0031727034313002653, 'N' },
	{ 0.0029029143104199787, 'N', 0.0029029143104199787, 'N' },
	{ 0.02209990345355603, 'N', 0.02209990345355603, 'N' },
	{ 0.0036909567123905996, 'N', 0.0036909567123905996, 'N' },
	{ 0.0097048096854728746, 'N', 0.0097048096854728746, 'N' },
	{ 0.25007630828200655, 'N', 0.25007630828200655, 'N' },
	{ 0.0045223868315591425, 'N', 0.0045223868315591425, 'N' },
	{ 0.0043741309349566368, 'N', 0.0043741309349566368, 'N' },
	{ 0.0036995456528455431, 'N', 0.0036995456528455431, 'N' },
	{ 0.0014805322291504424, 'N', 0.0014805322291504424, 'N' },
	{ 0.0016003169258747628, 'N', 0.0016003169258747628, 'N' },
	{ 0.0027920509502935768, 'N', 0.0027920509502935768, 'N' },
	{ 0.0032047672333278933, 'N', 0.0032047672333278933, 'N' },
	{ 0.0025940603862177462, 'N', 0.0025940603862177462, 'N' },
	{ 0.002161416267758069, 'N', 0.002161416267758069, 'N' },
	{ 0.0036101399634107223, 'N', 0.0036101399634107223, 'N' },
	{ 0.003434773408063438, 'N', 0.003434773408063438, 'N' },
	{ 0.0031127429179627734, 'N', 0.0031127429179627734, 'N' },
	{ 0.0030492561945508066, 'N', 0.0030492561945508066, 'N' },
	{ 0.0092352495354575924, 'N', 0.0092352495354575924, 'N' },
	{ 0.0029357107431303201, 'N', 0.0029357107431303201, 'N' },
	{ 0.0043471927042637356, 'N', 0.0043471927042637356, 'N' },
	{ 0.0074303352387385183, 'N', 0.0074303352387385183, 'N' },
	{ 0.017628743513294434, 'N', 0.017628743513294434, 'N' },
	{ 0.0077710788928409781, 'N', 0.0077710788928409781, 'N' },
	{ 0.0037075622546528762, 'N', 0.0037075622546528762, 'N' },
	{ 0.0038542919133775721, 'N', 0.0038542919133775721, 'N' },
	{ 0.0061900796321299424, 'N', 0.0061900796321299424, 'N' },
	{ 0.01229617927812094, 'N', 0.01229617927812094, 'N' },
	{ 0.0073940737524597726, 'N', 0.0073940737524597726, 'N' },
	{ 0.0059097741672038302, 'N', 0.0059097741672038302, 'N' },
	{ 0.009659149274576501, 'N', 0.009659149274576501, 'N' },
	{ 0.0074277365974117354, 'N', 0.0074277365974117354, 'N' },
	{ 0.0088397649914434256, 'N', 0.0088397649914434256, 'N' },
	{ 0.017215323097445959, 'N', 0.017215323097445959, 'N' },
	{ 0.0024072337763556368, 'N', 0.0024072337763556368, 'N' },
	{ 0.013385238274207928, 'N', 0.013385238274207928, 'N' },
	{ 0.022782257875949119, 'N', 0.022782257875949119, 'N' },
	{ 0.40363389910060798, 'D', 0.40363389910060798, 'D' },
	{ 0.21216589492150845, 'D', 0.21216589492150845, 'D' },
	{ 0.0071067153050544916, 'N', 0.0071067153050544916, 'N' },
	{ 0.010893440853718281, 'N', 0.010893440853718281, 'N' },
	{ 0.027752061981917348, 'N', 0.027752061981917348, 'N' },
	{ 0.026073068431886344, 'N', 0.026073068431886344, 'N' },
	{ 0.0064933394433567384, 'N', 0.0064933394433567384, 'N' },
	{ 0.0066152952463332075, 'N', 0.0066152952463332075, 'N' },
	{ 0.055704567666533061, 'N', 0.055704567666533061, 'N' },
	{ 0.013703822294329241, 'N', 0.013703822294329241, 'N' },
	{ 0.016082822737408776, 'N', 0.016082822737408776, 'N' },
	{ 0.072229702610977109, 'N', 0.072229702610977109, 'N' },
	{ 0.0073711365751508266, 'N', 0.0073711365751508266, 'N' },
	{ 0.012976203332851488, 'N', 0.012976203332851488, 'N' },
	{ 0.027827042868602037, 'N', 0.027827042868602037, 'N' },
	{ 0.080081949331512275, 'N', 0.080081949331512275, 'N' },
	{ 0.0053536347664460701, 'N', 0.0053536347664460701, 'N' },
	{ 0.0051345261395974815, 'N', 0.0051345261395974815, 'N' },
	{ 0.018645980697278398, 'N', 0.018645980697278398, 'N' },
	{ 0.022536975739299484, 'N', 0.022536975739299484, 'N' },
	{ 0.0063541847573031851, 'N', 0.0063541847573031851, 'N' },
	{ 0.011063772504795929, 'N', 0.011063772504795929, 'N' },
	{ 0.019786485039340811, 'N', 0.019786485039340811, 'N' },
	{ 0.017590282986431179, 'N', 0.017590282986431179, 'N' },
	{ 0.011718167268602399, 'N', 0.011718167268602399, 'N' },
	{ 0.026372554441773624, 'N', 0.026372554441773624, 'N' },
	{ 0.0022463255490591254, 'N', 0.0022463255490591254, 'N' },
	{ 0.024086027937975506, 'N', 0.024086027937975506, 'N' },
	{ 0.049115894813260168, 'N', 0.049115894813260168, 'N' },
	{ 0.0050106432236000876, 'N', 0.0050106432236000876, 'N' },
	{ 0.0199053874493389, 'N', 0.0199053874493389, 'N' },
	{ 0.0163083971699623, 'N', 0.0163083971699623, 'N' },
	{ 0.017810090459131907, 'N', 0.017810090459131907, 'N' },
	{ 0.006397591363554723, 'N', 0.006397591363554723, 'N' },
	{ 0.0055350207057263904, 'N', 0.0055350207057263904, 'N' },
	{ 0.02361124473502229, 'N', 0.02361124473502229, 'N' },
	{ 0.037304058259730703, 'N', 0.037304058259730703, 'N' },
	{ 0.024473820829035733, 'N', 0.024473820829035733, 'N' },
	{ 0.042754803226948038, 'N', 0.042754803226948038, 'N' },
	{ 0.0043873183444270974, 'N', 0.0043873183444270974, 'N' },
	{ 0.011738600292553632, 'N', 0.011738600292553632, 'N' },
	{ 0.037960368167709146, 'N', 0.037960368167709146, 'N' },
	{ 0.86115096353349474, 'S', 0.86115096353349474, 'S' },
	{ 0.11967195167313975, 'N', 0.11967195167313975, 'N' },
	{ 0.019173348105574309, 'N', 0.019173348105574309, 'N' },
	{ 0.012225581854931911, 'N', 0.012225581854931911, 'N' },
	{ 0.017685342600645748, 'N', 0.017685342600645748, 'N' },
	{ 0.039042928099475488, 'N', 0.039042928099475488, 'N' },
	{ 0.0056096373377239007, 'N', 0.0056096373377239007, 'N' },
	{ 0.0055991980767260818, 'N', 0.0055991980767260818, 'N' },
	{ 0.0056880002154530958, 'N', 0.0056880002154530958, 'N' },
	{ 0.0018412984126061373, 'N', 0.0018412984126061373, 'N' },
	{ 0.0025312442297505118, 'N', 0.0025312442297505118, 'N' },
	{ 0.0053362994148437636, 'N', 0.0053362994148437636, 'N' },
	{ 0.063038637181302357, 'N', 0.063038637181302329, 'N' },
	{ 0.014020739472294059, 'N', 0.014020739472294059, 'N' },
	{ 0.0050016032033809183, 'N', 0.0050016032033809183, 'N' },
	{ 0.020997756195878833, 'N', 0.020997756195878833, 'N' },
	{ 0.031002816741581236, 'N', 0.031002816741581236, 'N' },
	{ 0.011521154527223274, 'N', 0.011521154527223274, 'N' },
	{ 0.0080365141425350461, 'N', 0.0080365141425350461, 'N' },
	{ 0.0097207059249872323, 'N', 0.0097207059249872323, 'N' },
	{ 0.0024364091467187318, 'N', 0.0024364091467187318, 'N' },
	{ 0.0063065178771610627, 'N', 0.0063065178771610627, 'N' },
	{ 0.010588274725422279, 'N', 0.010588274725422279, 'N' },
	{ 0.022969932151842058, 'N', 0.022969932151842058, 'N' },
	{ 0.0060991093599273988, 'N', 0.0060991093599273988, 'N' },
	{ 0.056171514889298661, 'N', 0.056171514889298661, 'N' },
	{ 0.17713232022704534, 'N', 0.17713232022704534, 'N' },
	{ 0.034692118944350127, 'N', 0.034692118944350127, 'N' },
	{ 0.023508581738648116, 'N', 0.023508581738648116, 'N' },
	{ 0.010535405414256698, 'N', 0.010535405414256698, 'N' },
	{ 0.01055600312008011, 'N', 0.01055600312008011, 'N' },
	{ 0.0036637950480980586, 'N', 0.0036637950480980586, 'N' },
	{ 0.01438876861500908, 'N', 0.01438876861500908, 'N' },
	{ 0.35055644501474542, 'R', 0.35055644501474542, 'R' },
	{ 0.0069835825753350239, 'N', 0.0069835825753350239, 'N' },
	{ 0.031825247209828364, 'N', 0.031825247209828364, 'N' },
	{ 0.0084233491066924172, 'N', 0.0084233491066924172, 'N' },
	{ 0.0092869043405874128, 'N', 0.0092869043405874128, 'N' },
	{ 0.011118431132628876, 'N', 0.011118431132628876, 'N' },
	{ 0.0060698655134677829, 'N', 0.0060698655134677829, 'N' },
	{ 0.010308099580379813, 'N', 0.010308099580379813, 'N' },
	{ 0.019229695287338457, 'N', 0.019229695287338457, 'N' },
	{ 0.0061642131336422717, 'N', 0.0061642131336422717, 'N' },
	{ 0.0071182738918174927, 'N', 0.0071182738918174927, 'N' },
	{ 0.0061606868537309794, 'N', 0.0061606868537309794, 'N' },
	{ 0.0057744374286167648, 'N', 0.0057744374286167648, 'N' },
	{ 0.0062922135744255684, 'N', 0.0062922135744255684, 'N' },
	{ 0.0019003968237183461, 'N', 0.0019003968237183461, 'N' },
	{ 0.0061026359243648307, 'N', 0.0061026359243648307, 'N' },
	{ 0.0064213014246366504, 'N', 0.0064213014246366504, 'N' },
	{ 0.29590193295905887, 'D', 0.29590193295905887, 'D' },
	{ 0.027661205386749963, 'N', 0.027661205386749963, 'N' },
	{ 0.0079293943091850224, 'N', 0.0079293943091850224, 'N' },
	{ 0.0051218776384636417, 'N', 0.0051218776384636417, 'N' },
	{ 0.0016247267611479593, 'N', 0.0016247267611479593, 'N' },
	{ 0.0081970537832975459, 'N', 0.0081970537832975459, 'N' },
	{ 0.0044033380154544092, 'N', 0.0044033380154544092, 'N' },
	{ 0.018975089736001014, 'N', 0.018975089736001014, 'N' },
	{ 0.010804916083426028, 'N', 0.010804916083426028, 'N' },
	{ 0.0272593624383346, 'N', 0.0272593624383346, 'N' },
	{ 0.0066074975346721793, 'N', 0.0066074975346721793, 'N' },
	{ 0.012772606398408397, 'N', 0.012772606398408397, 'N' },
	{ 0.013659253865989629, 'N', 0.013659253865989629, 'N' },
	{ 0.38675390788623765, 'R', 0.38675390788623742, 'R' },
	{ 0.031160864986379249, 'N', 0.031160864986379249, 'N' },
	{ 0.019158027675241118, 'N', 0.019158027675241118, 'N' },
	{ 0.021219815775638747, 'N', 0.021219815775638747, 'N' },
	{ 0.009413013012920815, 'N', 0.009413013012920815, 'N' },
	{ 0.028439586797115883, 'N', 0.028439586797115883, 'N' },
	{ 0.034213938219081037, 'N', 0.034213938219081037, 'N' },
	{ 0.01393376582291018, 'N', 0.01393376582291018, 'N' },
	{ 0.009374874575321995, 'N', 0.009374874575321995, 'N' },
	{ 0.005496712157392683, 'N', 0.005496712157392683, 'N' },
	{ 0.043293854363922066, 'N', 0.043293854363922066, 'N' },
	{ 0.024866114457495488, 'N', 0.024866114457495488, 'N' },
	{ 0.0049269425549895145, 'N', 0.0049269425549895145, 'N' },
	{ 0.0041463803102639316, 'N', 0.0041463803102639316, 'N' },
	{ 0.03602732118300616, 'N', 0.03602732118300616, 'N' },
	{ 0.9359967348848548, 'S', 0.9359967348848548, 'S' },
	{ 0.97414817038458157, 'N', 0.97414817038458157, 'N' },
	{ 0.80711518559800233, 'D', 0.80711518559800233, 'D' },
	{ 0.38476752427704103, 'R', 0.38476752427704103, 'R' },
	{ 0.66210725195189135, 'S', 0.66210725195189135, 'S' },
	{ 0.92323952863187242, 'D', 0.92323952863187242, 'D' },
	{ 0.99549093276908718, 'S', 0.99549093276908718, 'S' },
	{ 0.92556580386282294, 'S', 0.92556580386282294, 'S' },
	{ 0.85712327026898671, 'S', 0.85712327026898671, 'S' },
	{ 0.70258702900517922, 'D', 0.70258702900517922, 'D' },
	{ 0.17099691707895848, 'R', 0.17099691707895848, 'R' },
	{ 0.96907792327738573, 'D', 0.96907792327738573, 'D' },
	{ 0.92230936829491916, 'S', 0.92230936829491916, 'S' },
	{ 0.02993712704132875, 'N', 0.02993712704132875, 'N' },
	{ 0.97905118757817777, 'S', 0.97905118757817777, 'S' },
	{ 0.36423650559933385, 'R', 0.36423650559933385, 'R' },
	{ 0.97253596595225567, 'S', 0.97253596595225567, 'S' },
	{ 0.9716144663098748, 'D', 0.9716144663098748, 'D' },
	{ 0.98384590447886078, 'S', 0.98384590447886078, 'S' },
	{ 0.0098260508806631616, 'N', 0.0098260508806631616, 'N' },
	{ 0.51204363913027084, 'R', 0.51204363913027084, 'R' },
	{ 0.81186183585465377, 'S', 0.81186183585465377, 'S' },
	{ 0.76759009504359277, 'S', 0.76759009504359277, 'S' },
	{ 0.99098883342201272, 'S', 0.99098883342201272, 'S' },
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
