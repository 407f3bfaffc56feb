/*
 * test-claim: figures parsed and normalised, word features (stems, stop
 * words, names, spelling variants, transliteration keys, irregular
 * verbs), the encoded features round trip, the word cache (across threads
 * and when it is emptied), and the claims of a small fictional article.
 */
#include <glob.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/claim.h"
#include "parallax/text.h"
#include "parallax/util.h"

/* All figures of a text as "figure text|span; …". */
static char *
figures_of(const char *text)
{
	struct claim_figure	*f;
	struct buf		 b;
	size_t			 n, i;
	char			*t;

	n = claim_figures(text, strlen(text), &f);
	buf_init(&b);
	for (i = 0; i < n; i++) {
		t = claim_figure_text(&f[i]);
		buf_printf(&b, "%s%s|%.*s", i == 0 ? "" : "; ", t,
		    (int)(f[i].end - f[i].start), text + f[i].start);
		free(t);
	}
	claim_figures_free(f, n);
	return buf_detach(&b, NULL);
}

static const struct {
	const char	*text;
	const char	*want;
} figure_cases[] = {
	{ "The fund got $100mn.", "usd 100000000|$100mn" },
	{ "The fund got $100million.", "usd 100000000|$100million" },
	{ "The fund got $100 million.", "usd 100000000|$100 million" },
	{ "The fund got 100 million dollars.",
	    "usd 100000000|100 million dollars" },
	{ "The fund got $100m.", "usd 100000000|$100m" },
	{ "The fund got $100-million.", "usd 100000000|$100-million" },
	{ "The score was 3-2.", "3|3" },
	{ "Nearly 250 alleged victims sued.",
	    "nearly 250 victim|Nearly 250 alleged victims" },
	{ "It led for 26 consecutive weeks.",
	    "26 week|26 consecutive weeks" },
	{ "It cost $1.5bn.", "usd 1500000000|$1.5bn" },
	{ "It cost 1.5 billion dollars.",
	    "usd 1500000000|1.5 billion dollars" },
	{ "Turnout was 90 per cent.", "90%|90 per cent" },
	{ "Turnout was 90 percent.", "90%|90 percent" },
	{ "Turnout was 90%.", "90%|90%" },
	{ "Some 50,000 personnel were sent.",
	    "about 50000 personnel|Some 50,000 personnel" },
	{ "About 50 000 personnel were sent.",
	    "about 50000 personnel|About 50 000 personnel" },
	{ "They sent 50000 personnel.", "50000 personnel|50000 personnel" },
	{ "About 1,000 people came.", "about 1000 peopl|About 1,000 people" },
	{ "It happened on Nov. 18.", "date 11-18|Nov. 18" },
	{ "It happened on November 18.", "date 11-18|November 18" },
	{ "It happened on 18 November.", "date 11-18|18 November" },
	{ "It happened on the 18th of November.",
	    "date 11-18|the 18th of November" },
	{ "It happened on Tuesday, Nov. 18, 2023.",
	    "date 2023-11-18 tuesday|Tuesday, Nov. 18, 2023" },
	{ "It happened on Friday.", "date friday|Friday" },
	{ "In November 2023 they left.", "date 2023-11-00|November 2023" },
	{ "More than $100 million was raised.",
	    "more than usd 100000000|More than $100 million" },
	{ "At least 40,000 convicts were recruited.",
	    "at least 40000 convict|At least 40,000 convicts" },
	{ "Nearly 20 percent voted.", "nearly 20%|Nearly 20 percent" },
	{ "Up to two million people fled.",
	    "up to 2000000 peopl|Up to two million people" },
	{ "A dozen officers and twenty-five soldiers stayed.",
	    "12 offic|A dozen officers; 25 soldier|twenty-five soldiers" },
	{ "Hundreds of protesters gathered.",
	    "more than 100 protest|Hundreds of protesters" },
	{ "The plant opened in 1998.", "year 1998|1998" },
	{ "It was \xc2\xa3" "5bn or \xe2\x82\xac" "3 billion or US$20 million.",
	    "gbp 5000000000|\xc2\xa3" "5bn; eur 3000000000|\xe2\x82\xac"
	    "3 billion; usd 20000000|US$20 million" },
	{ "Almost 300 euros were lost.", "nearly eur 300|Almost 300 euros" },
	{ "Fewer than ten ships sailed.",
	    "less than 10 ship|Fewer than ten ships" },
	{ "A million people marched.", "1000000 peopl|A million people" },
	{ "Ten people and 50,000 Russian troops.",
	    "10 peopl|Ten people; 50000 troop|50,000 Russian troops" },
	{ "Around 3,000 new homes and 12 per cent growth.",
	    "about 3000 home|Around 3,000 new homes; 12%|12 per cent" },
	{ "Exports fell to \xc2\xa3" "2.3 billion.",
	    "gbp 2300000000|\xc2\xa3" "2.3 billion" },
	{ "Codes are not figures: 5G, COVID-19, F-16, 10:30, 1990s.", "" },
	{ "One of them had been there in the morning.", "" },
	{ "The 50\xc2\xa0" "000 evacuees returned.", "50000 evacue|50\xc2\xa0"
	    "000 evacuees" },
	/* Halves and fractions. */
	{ "About half a million people marched.",
	    "about 500000 peopl|About half a million people" },
	{ "Half a dozen boats sank.", "6 boat|Half a dozen boats" },
	{ "Two and a half million people voted.",
	    "2500000 peopl|Two and a half million people" },
	{ "Shares rose 3 1/2 percent.", "3.5%|3 1/2 percent" },
	{ "Shares rose 3\xc2\xbd percent.", "3.5%|3\xc2\xbd percent" },
	{ "Rates rose \xc2\xbd percent.", "0.5%|\xc2\xbd percent" },
	{ "It rose \xe2\x85\x93 in a year.", "0.333333333333333|"
	    "\xe2\x85\x93" },
	{ "Filed on 3 1/2/2020 and on 9/11.", "3|3" },
	/* Pence, cents and British "pc". */
	{ "The shares fell 72 cents.", "usd 0.72|72 cents" },
	{ "Stamps cost 72p, or 40 pence.",
	    "gbp 0.72|72p; gbp 0.4|40 pence" },
	{ "Prices rose 12pc, wages 3 pc.", "12%|12pc; 3%|3 pc" },
	{ "The 5P code and 3PC are codes; it ended at 3p.m. sharp.", "" },
	/* Pounds: a weight, unless in millions or said to be sterling. */
	{ "The boys weighed 136 pounds.", "136 pound|136 pounds" },
	{ "It cost 50 million pounds, or 500 pounds sterling.",
	    "gbp 50000000|50 million pounds; gbp 500|500 pounds" },
	/* A currency joined by hyphens. */
	{ "It is a 2-billion-dollar deal.",
	    "usd 2000000000|2-billion-dollar" },
	{ "A 100-million-euro loan.", "eur 100000000|100-million-euro" },
	/* The head of a compound noun. */
	{ "Seven public hospital workers were hurt.",
	    "7 worker|Seven public hospital workers" },
	{ "Three police officers and five news outlets.",
	    "3 offic|Three police officers; 5 outlet|five news outlets" },
	{ "One person dies every day.", "1 person|One person" },
	{ "50,000 personnel deployed.", "50000 personnel|50,000 personnel" },
	{ "Some 1,2 million women take it.",
	    "about 1200000 women|Some 1,2 million women" },
	{ "Turnout was 4,5 per cent.", "4.5%|4,5 per cent" },
	{ "It cost 1,25 billion euros.",
	    "eur 1250000000|1,25 billion euros" },
	{ "Items 1,2 and 3 were approved.", "1|1; 2|2; 3|3" },
	/* A list marker counts items, not things. */
	{ "2. Close the gates.", "" },
	{ "\u2022 10. Tugs wait at the breakwater.", "" },
	{ "3) Ships of 12 000 tonnes wait.", "12000 tonn|12 000 tonnes" },
	{ "- 40 people died.", "40 peopl|40 people" }
};

static void
test_claim_figure_table(void **state)
{
	size_t	i;
	char	*got;

	(void)state;
	for (i = 0; i < UTIL_NELEM(figure_cases); i++) {
		got = figures_of(figure_cases[i].text);
		if (strcmp(got, figure_cases[i].want) != 0)
			print_error("case %zu: %s\n", i, figure_cases[i].text);
		assert_string_equal(got, figure_cases[i].want);
		free(got);
	}
}

/* The one figure of a text (asserting there is exactly one). */
static struct claim_figure *
one_figure(const char *text)
{
	struct claim_figure	*f;

	assert_int_equal(claim_figures(text, strlen(text), &f), 1);
	return f;
}

static void
test_claim_figure_equivalences(void **state)
{
	static const char *const money[] = {
		"$100mn", "$100million", "$100 million", "100 million dollars",
		"$100m", "US$100 million", "$100-million"
	};
	struct claim_figure	*a, *b, *c;
	size_t			 i;

	(void)state;
	a = one_figure(money[0]);
	for (i = 1; i < UTIL_NELEM(money); i++) {
		b = one_figure(money[i]);
		assert_true(claim_figure_is_same(a, b));
		claim_figures_free(b, 1);
	}
	/* A hedge is kept apart: not the same figure, but comparable. */
	b = one_figure("more than $100 million");
	assert_int_equal(b->qualifier, CLAIM_QUAL_MORE_THAN);
	assert_true(b->value == 1e8);
	assert_false(claim_figure_is_same(a, b));
	assert_true(claim_figure_is_comparable(a, b));
	claim_figures_free(b, 1);
	/* "about" agrees with a plain figure. */
	b = one_figure("about $100 million");
	assert_true(claim_figure_is_same(a, b));
	claim_figures_free(b, 1);
	/* Rounding: $114 million is $114.3 million, not $120 million. */
	b = one_figure("$114 million");
	c = one_figure("$114.3 million");
	assert_true(claim_figure_is_same(b, c));
	claim_figures_free(c, 1);
	c = one_figure("$120 million");
	assert_false(claim_figure_is_same(b, c));
	claim_figures_free(c, 1);
	claim_figures_free(b, 1);
	/* Other currency: neither same nor comparable. */
	b = one_figure("\xc2\xa3" "100 million");
	assert_false(claim_figure_is_same(a, b));
	assert_false(claim_figure_is_comparable(a, b));
	claim_figures_free(b, 1);
	claim_figures_free(a, 1);
	/* Counts of different nouns are not comparable. */
	a = one_figure("50,000 personnel");
	b = one_figure("40,000 convicts");
	assert_false(claim_figure_is_comparable(a, b));
	claim_figures_free(b, 1);
	b = one_figure("40,000 personnel");
	assert_true(claim_figure_is_comparable(a, b));
	assert_false(claim_figure_is_same(a, b));
	claim_figures_free(b, 1);
	claim_figures_free(a, 1);
	/* Dates. */
	a = one_figure("Nov. 18");
	b = one_figure("18 November 2023");
	assert_true(claim_figure_is_same(a, b));
	claim_figures_free(b, 1);
	b = one_figure("November 19");
	assert_false(claim_figure_is_same(a, b));
	assert_true(claim_figure_is_comparable(a, b));
	claim_figures_free(b, 1);
	claim_figures_free(a, 1);
	/* One figure written in several ways. */
	static const char *const alike[][3] = {
		{ "72 cents", "$0.72", "US$0.72" },
		{ "half a million people", "500,000 people",
		    "0.5 million people" },
		{ "3 1/2 percent", "3.5%", "3\xc2\xbd per cent" },
		{ "12pc", "12 per cent", "12 pc" },
		{ "40p", "40 pence", "\xc2\xa3" "0.40" },
		{ "a 2-billion-dollar deal", "$2bn", "2 billion dollars" },
		{ "seven hospital workers", "seven public hospital workers",
		    "7 workers" }
	};
	for (i = 0; i < UTIL_NELEM(alike); i++) {
		a = one_figure(alike[i][0]);
		for (size_t k = 1; k < 3; k++) {
			b = one_figure(alike[i][k]);
			if (!claim_figure_is_same(a, b))
				print_error("%s / %s\n", alike[i][0],
				    alike[i][k]);
			assert_true(claim_figure_is_same(a, b));
			claim_figures_free(b, 1);
		}
		claim_figures_free(a, 1);
	}
}

static void
test_claim_spelling_variants(void **state)
{
	static const struct {
		const char	*in;
		const char	*out;
	} cases[] = {
		{ "defence", "defense" }, { "Defences", "defenses" },
		{ "organisation", "organization" },
		{ "organisations", "organizations" },
		{ "organised", "organized" }, { "realise", "realize" },
		{ "centre", "center" }, { "centres", "centers" },
		{ "metre", "meter" }, { "colour", "color" },
		{ "favourite", "favorite" }, { "labourers", "laborers" },
		{ "travelled", "traveled" }, { "cancelling", "canceling" },
		{ "fuelled", "fueled" }, { "analyse", "analyze" },
		{ "paralysed", "paralyzed" }, { "programme", "program" },
		{ "licence", "license" }, { "grey", "gray" },
		/* Not British: left alone. */
		{ "promise", "promise" }, { "surprised", "surprised" },
		{ "hour", "hour" }, { "four", "four" }, { "detour", "detour" },
		{ "compelled", "compelled" }, { "rise", "rise" },
		{ "exercise", "exercise" }, { "spelled", "spelled" },
		{ "acre", "acre" }, { "50,000", "50000" },
		{ "\xe2\x80\x9cWorld\xe2\x80\x9d", "\"world\"" }
	};
	size_t	i;
	char	*got;

	(void)state;
	for (i = 0; i < UTIL_NELEM(cases); i++) {
		got = claim_normalise_word(cases[i].in, strlen(cases[i].in));
		assert_string_equal(got, cases[i].out);
		free(got);
	}
}

static void
test_claim_name_keys(void **state)
{
	static const char *const same[][2] = {
		{ "Evgeny", "Yevgeny" }, { "Prigozhin", "Prigojine" },
		{ "Aleksei", "Alexei" }, { "Alexey", "Aleksei" },
		{ "Putin", "Poutine" }, { "Zelensky", "Zelenskyy" },
		{ "Tchaikovsky", "Chaikovsky" }, { "Andrey", "Andrei" },
		{ "Dmitriev", "Dmitryev" }, { "Jos\xc3\xa9", "Jose" }
	};
	static const char *const differ[][2] = {
		{ "Jones", "James" }, { "Kim", "Kirby" }, { "Biden", "Baden" },
		{ "Smith", "Smart" }, { "Ivanov", "Ivanova" },
		{ "Lee", "Li" }, { "Paris", "Prague" }, { "Jan", "Ian" }
	};
	char	*a, *b;
	size_t	 i;

	(void)state;
	a = claim_name_key("Yevgeny", 7);
	assert_string_equal(a, "evgeni");
	free(a);
	a = claim_name_key("Prigojine", 9);
	assert_string_equal(a, "prigojin");
	free(a);
	for (i = 0; i < UTIL_NELEM(same); i++) {
		a = claim_name_key(same[i][0], strlen(same[i][0]));
		b = claim_name_key(same[i][1], strlen(same[i][1]));
		assert_string_equal(a, b);
		free(a);
		free(b);
	}
	for (i = 0; i < UTIL_NELEM(differ); i++) {
		a = claim_name_key(differ[i][0], strlen(differ[i][0]));
		b = claim_name_key(differ[i][1], strlen(differ[i][1]));
		assert_string_not_equal(a, b);
		free(a);
		free(b);
	}
}

static void
test_claim_stop_words(void **state)
{
	(void)state;
	assert_true(claim_is_stop_word("the"));
	assert_true(claim_is_stop_word("said"));
	assert_true(claim_is_stop_word("'s"));
	assert_false(claim_is_stop_word("evacuated"));
	assert_false(claim_is_stop_word("us"));
	assert_false(claim_is_stop_word(""));
}

/* The words of a claim as "word/stem/name/flags …". */
static char *
words_of(const struct claim *c)
{
	struct buf	b;
	size_t		i;

	buf_init(&b);
	for (i = 0; i < c->nwords; i++)
		buf_printf(&b, "%s%s/%s/%s/%u", i == 0 ? "" : " ",
		    c->words[i].word, c->words[i].stem,
		    c->words[i].name != NULL ? c->words[i].name : "-",
		    c->words[i].flags);
	return buf_detach(&b, NULL);
}

static void
test_claim_features(void **state)
{
	const char	*s = "The Defence Ministry said Yevgeny Prigojine's "
	    "men travelled to the centre.";
	struct claim	 c;
	char		*w;

	(void)state;
	claim_init(&c, s, 0, strlen(s));
	assert_int_equal(c.kind, CLAIM_STATEMENT);
	assert_int_equal(c.nfigures, 0);
	w = words_of(&c);
	assert_string_equal(w, "the/the/-/1 defense/defens/defens/2 "
	    "ministry/ministri/ministri/2 said/say/-/1 "
	    "yevgeny/yevgeni/evgeni/2 prigojine's/prigojin/prigojin/2 "
	    "men/men/-/0 traveled/travel/-/0 to/to/-/1 the/the/-/1 "
	    "center/center/-/0");
	free(w);
	claim_fini(&c);
	/* A sub-span: offsets of figures are into the whole text. */
	s = "Intro. Some 50,000 personnel left.";
	claim_init(&c, s, 7, strlen(s));
	assert_int_equal(c.kind, CLAIM_FIGURE);
	assert_int_equal(c.start, 7);
	assert_int_equal(c.nfigures, 1);
	assert_int_equal(c.figures[0].start, 7);
	assert_int_equal(c.figures[0].end, 28);
	assert_string_equal(c.figures[0].noun, "personnel");
	assert_int_equal(c.figures[0].qualifier, CLAIM_QUAL_ABOUT);
	claim_fini(&c);
}

static void
test_claim_encode_round_trip(void **state)
{
	const char	*s = "Nearly 40,000 people left Vardale on Tuesday, "
	    "said the mayor's office \\ with a\ttab.";
	struct claim	 c, d;
	char		*e, *e2, *cause = NULL;
	size_t		 i;

	(void)state;
	claim_init(&c, s, 0, strlen(s));
	c.kind = CLAIM_QUOTE;
	c.speaker_start = 3;
	c.speaker_end = 9;
	e = claim_features_encode(&c);
	assert_int_equal(claim_features_decode(e, strlen(e), &d, &cause), 0);
	assert_int_equal(d.kind, CLAIM_QUOTE);
	assert_int_equal(d.start, c.start);
	assert_int_equal(d.end, c.end);
	assert_int_equal(d.speaker_start, 3);
	assert_int_equal(d.speaker_end, 9);
	assert_int_equal(d.nwords, c.nwords);
	for (i = 0; i < c.nwords; i++) {
		assert_string_equal(d.words[i].word, c.words[i].word);
		assert_string_equal(d.words[i].stem, c.words[i].stem);
		assert_int_equal(d.words[i].flags, c.words[i].flags);
		if (c.words[i].name == NULL)
			assert_null(d.words[i].name);
		else
			assert_string_equal(d.words[i].name, c.words[i].name);
	}
	assert_int_equal(d.nfigures, 2);
	assert_int_equal(c.nfigures, 2);
	for (i = 0; i < c.nfigures; i++) {
		assert_true(claim_figure_is_same(&c.figures[i],
		    &d.figures[i]));
		assert_true(d.figures[i].value == c.figures[i].value);
		assert_int_equal(d.figures[i].qualifier,
		    c.figures[i].qualifier);
		assert_int_equal(d.figures[i].start, c.figures[i].start);
		assert_int_equal(d.figures[i].end, c.figures[i].end);
	}
	assert_string_equal(d.figures[0].noun, "peopl");
	assert_int_equal(d.figures[1].weekday, 2);
	e2 = claim_features_encode(&d);
	assert_string_equal(e, e2);
	free(e2);
	free(e);
	claim_fini(&c);
	claim_fini(&d);
}

/* Stores before version 4 hold the first form: it reads back as the
 * same claim, which encodes in the second. */
static void
test_claim_decode_first_form(void **state)
{
	const char	*old = "c1 1 0 20 3 9\n"
	    "w 2 vardale = vardal\nw 1 the = -\nw 0 people peopl -\n"
	    "w 2 lucas luca lucas\nw 0 a\\sb = -\n"
	    "f 0 0 40000 peopl 0 0 0 0 0 13\n";
	const char	*now = "c2 1 0 20 3 9\n"
	    "2vardale = vardal\n1the\n0people peopl\n2lucas luca =\n"
	    "0a\\sb\nf 0 0 40000 peopl 0 0 0 0 0 13\n";
	struct claim	 c, d;
	char		*e, *cause = NULL;

	(void)state;
	assert_int_equal(claim_features_decode(old, strlen(old), &c, &cause),
	    0);
	assert_int_equal(c.nwords, 5);
	assert_string_equal(c.words[0].name, "vardal");
	assert_null(c.words[1].name);
	assert_string_equal(c.words[2].stem, "peopl");
	assert_string_equal(c.words[4].word, "a b");
	e = claim_features_encode(&c);
	assert_string_equal(e, now);
	assert_int_equal(claim_features_decode(e, strlen(e), &d, &cause), 0);
	assert_int_equal(d.nwords, 5);
	assert_string_equal(d.words[3].name, "lucas");
	assert_string_equal(d.words[3].stem, "luca");
	assert_int_equal(d.words[3].flags, 2);
	assert_null(d.words[2].name);
	assert_string_equal(d.words[4].word, "a b");
	assert_int_equal(d.nfigures, 1);
	free(e);
	claim_fini(&c);
	claim_fini(&d);
}

/* A figure written by an earlier build under a locale with a decimal
 * comma ("3,5") is read as the number it is. */
static void
test_claim_decode_comma_value(void **state)
{
	const char	*enc = "c2 1 0 20 0 0\n0people peopl\n"
	    "f 0 0 3,5 peopl 0 0 0 0 0 13\n";
	struct claim	 c;
	char		*cause = NULL;

	(void)state;
	assert_int_equal(claim_features_decode(enc, strlen(enc), &c, &cause),
	    0);
	assert_int_equal(c.nfigures, 1);
	assert_true(c.figures[0].value == 3.5);
	claim_fini(&c);
}

static void
test_claim_decode_errors(void **state)
{
	static const struct {
		const char	*in;
		const char	*cause;
	} cases[] = {
		{ "", "features:0: empty" },
		{ "c3 0 0 1 0 0\n", "features:1: not a claim header" },
		{ "c1 7 0 1 0 0\n", "features:1: bad kind" },
		{ "c1 0 5 1 0 0\n", "features:1: bad span" },
		{ "c1 0 0 5 0 0\nw 0 a\n",
		    "features:2: a word needs 4 fields" },
		{ "c1 0 0 5 0 0\nw 9 a = -\n", "features:2: bad word flags" },
		{ "c1 0 0 5 0 0\nw 0 a\\q = -\n", "features:2: bad word" },
		{ "c1 0 0 5 0 0\nf 0 0 x - 0 0 0 0 0 1\n",
		    "features:2: bad figure value" },
		{ "c1 0 0 5 0 0\nf 0 0 1 - 13 0 0 0 0 1\n",
		    "features:2: bad figure field" },
		{ "c1 0 0 5 0 0\nz\n", "features:2: unknown record" },
		{ "c1 0 0 5 0 0\n0a\n", "features:2: unknown record" },
		{ "c2 0 0 5 0 0\nw 0 a = -\n",
		    "features:2: unknown record" },
		{ "c2 0 0 5 0 0\n0a b c d\n",
		    "features:2: a word needs 1 to 3 fields" },
		{ "c2 0 0 5 0 0\n9a\n", "features:2: bad word flags" },
		{ "c2 0 0 5 0 0\n0\n", "features:2: bad word" },
		{ "c2 0 0 5 0 0\n0a\\q\n", "features:2: bad word" },
		{ "c2 0 0 5 0 0\n2a = \\q\n", "features:2: bad word" },
		{ "c2 0 0 5 0 0\nf 0 0 x - 0 0 0 0 0 1\n",
		    "features:2: bad figure value" }
	};
	struct claim	c;
	char		*cause;
	size_t		 i;

	(void)state;
	for (i = 0; i < UTIL_NELEM(cases); i++) {
		cause = NULL;
		assert_int_equal(claim_features_decode(cases[i].in,
		    strlen(cases[i].in), &c, &cause), -1);
		assert_string_equal(cause, cases[i].cause);
		assert_int_equal(c.nwords, 0);
		assert_null(c.words);
		free(cause);
		claim_fini(&c);
	}
}

/* Irregular past forms are stemmed as their verb; the word stays. */
static void
test_claim_irregular_stems(void **state)
{
	static const char *const x[][2] = {
		{ "stole", "steal" }, { "stolen", "steal" },
		{ "steals", "steal" }, { "struck", "strike" },
		{ "Took", "take" }, { "left", "left" }, { "held", "hold" }
	};
	struct claim	c;
	size_t		i;

	(void)state;
	for (i = 0; i < UTIL_NELEM(x); i++) {
		claim_init(&c, x[i][0], 0, strlen(x[i][0]));
		assert_int_equal(c.nwords, 1);
		assert_string_equal(c.words[0].stem, x[i][1]);
		assert_true(strcmp(c.words[0].word, x[i][0]) == 0 || i == 4);
		claim_fini(&c);
	}
}

/* "people" agrees with any counted noun, but only to agree. */
static void
test_claim_people_figures(void **state)
{
	struct claim_figure	*f, *g;

	(void)state;
	assert_int_equal(claim_figures("2,300,000 people", 16, &f), 1);
	assert_int_equal(claim_figures("2.3mn customers", 15, &g), 1);
	assert_true(claim_figure_is_same(&f[0], &g[0]));
	g[0].value = 2.5e6;
	assert_false(claim_figure_is_same(&f[0], &g[0]));
	assert_false(claim_figure_is_comparable(&f[0], &g[0]));
	claim_figures_free(f, 1);
	claim_figures_free(g, 1);
}

/* Figure values are written exactly, whole numbers without printf. */
static void
test_claim_encode_values(void **state)
{
	const char	*s = "It cost $2.5 billion, or 14.7% of the budget.";
	struct claim	 c, d;
	char		*e, *cause = NULL;

	(void)state;
	claim_init(&c, s, 0, strlen(s));
	e = claim_features_encode(&c);
	assert_non_null(strstr(e, "\nf 2 0 2500000000 - 0 0 0 0 8 20\n"));
	assert_non_null(strstr(e, "\nf 1 0 14.699999999999999 - "));
	assert_int_equal(claim_features_decode(e, strlen(e), &d, &cause), 0);
	assert_true(d.figures[1].value == 14.7);
	/* Decoded words live in one block, as extracted ones do. */
	assert_non_null(d.strings);
	assert_int_equal(d.nwords, c.nwords);
	for (size_t i = 0; i < c.nwords; i++) {
		assert_string_equal(d.words[i].word, c.words[i].word);
		assert_string_equal(d.words[i].stem, c.words[i].stem);
	}
	free(e);
	claim_fini(&c);
	claim_fini(&d);
}

static void *
cache_thread(void *arg)
{
	struct claim	*c = arg;
	const char	*s = "Rescuers struck camp near Keldry's ruined tower.";

	claim_init(c, s, 0, strlen(s));
	return NULL;
}

/* The word cache is per thread and gives every thread the same words,
 * before and after it empties itself. */
static void
test_claim_word_cache(void **state)
{
	const char	*s = "Rescuers struck camp near Keldry's ruined tower.";
	struct claim	 a, b, big;
	struct buf	 text;
	pthread_t	 t;
	size_t		 i;

	(void)state;
	claim_init(&a, s, 0, strlen(s));
	assert_int_equal(pthread_create(&t, NULL, cache_thread, &b), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_int_equal(a.nwords, b.nwords);
	for (i = 0; i < a.nwords; i++) {
		assert_string_equal(a.words[i].word, b.words[i].word);
		assert_string_equal(a.words[i].stem, b.words[i].stem);
		assert_int_equal(a.words[i].flags, b.words[i].flags);
	}
	claim_fini(&b);
	/* More distinct words than the cache keeps. */
	buf_init(&text);
	for (i = 0; i < 40000; i++)
		buf_printf(&text, "w%zux ", i);
	claim_init(&big, text.data, 0, text.len);
	assert_int_equal(big.nwords, 40000);
	assert_string_equal(big.words[39999].word, "w39999x");
	claim_fini(&big);
	buf_fini(&text);
	claim_init(&b, s, 0, strlen(s));
	for (i = 0; i < a.nwords; i++) {
		assert_string_equal(a.words[i].stem, b.words[i].stem);
		if (a.words[i].name != NULL)
			assert_string_equal(a.words[i].name, b.words[i].name);
	}
	claim_fini(&a);
	claim_fini(&b);
}

static void
test_claim_article(void **state)
{
	const char	*body = "Floods forced 40,000 people from their homes "
	    "in Vardale on Tuesday.\n\n\"We have never seen water this "
	    "high,\" said Mayor Ilse Brandt. Repairs will cost more than "
	    "$100 million, officials said.";
	struct claim_list	 l;
	const struct claim	*q;

	(void)state;
	claim_extract(body, strlen(body), &l);
	assert_int_equal(l.nclaims, 4);
	assert_int_equal(l.claims[0].kind, CLAIM_FIGURE);
	assert_int_equal(l.claims[0].start, 0);
	assert_int_equal(l.claims[0].end, 67);
	assert_int_equal(l.claims[1].kind, CLAIM_STATEMENT);
	assert_int_equal(l.claims[2].kind, CLAIM_FIGURE);
	assert_int_equal(l.claims[2].nfigures, 1);
	assert_int_equal(l.claims[2].figures[0].qualifier,
	    CLAIM_QUAL_MORE_THAN);
	assert_memory_equal(body + l.claims[2].figures[0].start,
	    "more than $100 million", 22);
	q = &l.claims[3];
	assert_int_equal(q->kind, CLAIM_QUOTE);
	assert_int_equal(q->end - q->start, 34);
	assert_memory_equal(body + q->start,
	    "We have never seen water this high", 34);
	assert_int_equal(q->speaker_end - q->speaker_start, 17);
	assert_memory_equal(body + q->speaker_start, "Mayor Ilse Brandt", 17);
	assert_int_equal(q->nwords, 7);
	assert_string_equal(claim_kind_name(q->kind), "quote");
	claim_list_fini(&l);
	assert_int_equal(l.nclaims, 0);
	/* An empty body has no claims. */
	claim_extract("", 0, &l);
	assert_int_equal(l.nclaims, 0);
	claim_list_fini(&l);
}

/*
 * What the rules cut from the fixtures' texts, in the form the store keeps
 * (kind, span and claim_features_encode() of each claim), hashed: a store
 * holds claims of the version it was cut by (CLAIM_CUT_VERSION), and
 * `parallax reindex` cuts again only those of an older one.  When this
 * test fails on the sum, the rules have changed what they give: raise
 * CLAIM_CUT_VERSION and put the version and the new sum here.
 */
static const int cut_version = 5;
static const unsigned long long cut_sum = 0xa167283fb7687aceULL;

static void
test_claim_cut_version(void **state)
{
	static const char *const patterns[] = {
		"tests/fixtures/stories/*/*.txt",
		"tests/fixtures/wide/*.txt",
		"tests/fixtures/cut/*.txt",
	};
	struct claim_list	 cl;
	struct buf		 b;
	glob_t			 g;
	char			*data, *body, *cause, *enc;
	size_t			 len, blen, nfiles = 0;
	unsigned long long	 sum;

	(void)state;
	buf_init(&b);
	for (size_t p = 0; p < UTIL_NELEM(patterns); p++) {
		assert_int_equal(glob(patterns[p], 0, NULL, &g), 0);
		for (size_t i = 0; i < g.gl_pathc; i++, nfiles++) {
			assert_int_equal(util_read_file(g.gl_pathv[i],
			    (size_t)1 << 24, &data, &len, &cause), 0);
			body = text_clean_body(data, len, &blen, NULL);
			claim_extract(body, blen, &cl);
			for (size_t k = 0; k < cl.nclaims; k++) {
				enc = claim_features_encode(&cl.claims[k]);
				buf_printf(&b, "%d %zu %zu %s\n",
				    (int)cl.claims[k].kind,
				    cl.claims[k].start, cl.claims[k].end, enc);
				free(enc);
			}
			claim_list_fini(&cl);
			free(body);
			free(data);
		}
		globfree(&g);
	}
	assert_true(nfiles >= 10);
	sum = util_hash64(b.data, b.len);
	buf_fini(&b);
	if (cut_version != CLAIM_CUT_VERSION || sum != cut_sum)
		fail_msg("the fixtures' claims sum to 0x%llxULL with "
		    "CLAIM_CUT_VERSION %d; this test knows 0x%llxULL with "
		    "version %d: when the rules changed on purpose, raise "
		    "CLAIM_CUT_VERSION and write both here", sum,
		    CLAIM_CUT_VERSION, cut_sum, cut_version);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_claim_figure_table),
		cmocka_unit_test(test_claim_figure_equivalences),
		cmocka_unit_test(test_claim_spelling_variants),
		cmocka_unit_test(test_claim_name_keys),
		cmocka_unit_test(test_claim_stop_words),
		cmocka_unit_test(test_claim_features),
		cmocka_unit_test(test_claim_encode_round_trip),
		cmocka_unit_test(test_claim_decode_first_form),
		cmocka_unit_test(test_claim_decode_comma_value),
		cmocka_unit_test(test_claim_decode_errors),
		cmocka_unit_test(test_claim_article),
		cmocka_unit_test(test_claim_irregular_stems),
		cmocka_unit_test(test_claim_people_figures),
		cmocka_unit_test(test_claim_encode_values),
		cmocka_unit_test(test_claim_word_cache),
		cmocka_unit_test(test_claim_cut_version),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
