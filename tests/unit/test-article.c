/*
 * test-article: the article parsers on fictional articles: header blocks,
 * headlines, datelines, every family of page furniture, HTML bodies and
 * metadata, refusals, dates and the caller's hints.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "parallax/article.h"
#include "parallax/util.h"

#define FIXTURES "tests/fixtures/article/"

/* Parse a string that must be accepted. */
static struct article *
parse_ok(const char *s, const char *origin, const struct article_hints *h)
{
	struct article	*a = NULL;
	char		*cause = NULL;

	if (article_parse(s, strlen(s), origin, h, &a, &cause) != 0) {
		print_error("refused: %s\n", cause);
		free(cause);
		fail();
	}
	assert_non_null(a);
	return a;
}

/* Parse len bytes that must be refused; returns the cause. */
static char *
parse_refused(const char *s, size_t len, const char *origin,
    const struct article_hints *h)
{
	struct article	*a = NULL;
	char		*cause = NULL;

	assert_int_equal(article_parse(s, len, origin, h, &a, &cause), -1);
	assert_null(a);
	assert_non_null(cause);
	return cause;
}

static struct article *
parse_fixture(const char *name, const struct article_hints *h)
{
	struct article	*a = NULL;
	char		*cause = NULL, *path;

	path = xasprintf("%s%s", FIXTURES, name);
	if (article_parse_file(path, h, &a, &cause) != 0) {
		print_error("%s: %s\n", path, cause);
		free(cause);
		free(path);
		fail();
	}
	free(path);
	return a;
}

static void
test_article_header_block(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_fixture("header.txt", NULL);
	assert_string_equal(a->title, "Ferry fares frozen in Vellmar");
	assert_string_equal(a->source, "Vellmar Courier");
	assert_string_equal(a->author, "Ada Brenning");
	assert_string_equal(a->date, "2023-03-06");
	assert_string_equal(a->url, "https://courier.example/ferry-fares");
	assert_string_equal(a->origin, FIXTURES "header.txt");
	assert_string_equal(a->body, "The Vellmar ferry company will keep "
	    "fares at current levels until the summer, its chief executive "
	    "said on Tuesday.\n\nPassenger numbers rose by a fifth after the "
	    "harbour bridge closed, the company said.");
	assert_int_equal(a->body_len, strlen(a->body));
	assert_int_equal(a->dropped, 0);
	article_free(a);
}

static void
test_article_header_needs_every_line(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Title: Harbour news\nSummary: ferries\n\n"
	    "The ferry company added two boats to the morning timetable on "
	    "Friday.\n", "x.txt", NULL);
	/* Not a header: the heuristics take the block for a headline. */
	assert_null(a->source);
	assert_string_equal(a->title, "Title: Harbour news");
	assert_string_equal(a->body, "The ferry company added two boats to "
	    "the morning timetable on Friday.");
	article_free(a);
}

static void
test_article_heuristic_title(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Old town market moves to the quay\n\n"
	    "The weekly market in Vellmar's old town will move to the quay "
	    "from April, the council said.\n"
	    "Traders had asked for more room for years.\n", "m.txt", NULL);
	assert_string_equal(a->title, "Old town market moves to the quay");
	assert_string_equal(a->body, "The weekly market in Vellmar's old town "
	    "will move to the quay from April, the council said.\n\n"
	    "Traders had asked for more room for years.");
	assert_null(a->date);
	assert_null(a->source);
	article_free(a);
}

/* A caption line ending in an agency credit, right under the headline,
 * is neither the title nor body text. */
static void
test_article_caption_credit_under_title(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Harbour wall holds as storm hits Vellmar\n"
	    "Waves break over the quay on Monday night (VELLMAR PRESS)\n\n"
	    "The old harbour wall held through the night, the port said.\n",
	    "w.txt", NULL);
	assert_string_equal(a->title, "Harbour wall holds as storm hits "
	    "Vellmar");
	assert_string_equal(a->body, "The old harbour wall held through the "
	    "night, the port said.");
	article_free(a);
}

static void
test_article_title_from_first_sentence(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("The council of Vellmar met late on Thursday to discuss "
	    "the closure of the harbour bridge, which carries most of the "
	    "traffic between the two halves of the city. It ended at "
	    "midnight.\n", "c.txt", NULL);
	assert_string_equal(a->title, "The council of Vellmar met late on "
	    "Thursday to discuss the closure of the harbour bridge, which"
	    "\xE2\x80\xA6");
	article_free(a);
	a = parse_ok("Ferries ran late. Buses too.\n", "s.txt", NULL);
	assert_string_equal(a->title, "Ferries ran late.");
	article_free(a);
}

static void
test_article_dateline(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Council votes to repair bridge\n\n"
	    "VELLMAR, March 9, 2023 (Harbour Wire) - The city council voted "
	    "on Thursday to pay for repairs to the harbour bridge.\n",
	    "d.txt", NULL);
	assert_string_equal(a->title, "Council votes to repair bridge");
	assert_string_equal(a->date, "2023-03-09");
	assert_string_equal(a->body, "The city council voted on Thursday to "
	    "pay for repairs to the harbour bridge.");
	article_free(a);

	a = parse_ok("VELLMAR (Harbour Wire) \xE2\x80\x94 Ferry crews said "
	    "on Friday that they would work extra shifts over the weekend.\n",
	    "d.txt", NULL);
	assert_null(a->date);
	assert_string_equal(a->body, "Ferry crews said on Friday that they "
	    "would work extra shifts over the weekend.");
	article_free(a);

	/* A month and day without a year give no date. */
	a = parse_ok("NORTH VELLMAR, March 9 (Harbour Wire) - Buses were full "
	    "again on Friday, the transport office said.\n", "d.txt", NULL);
	assert_null(a->date);
	assert_string_equal(a->body, "Buses were full again on Friday, the "
	    "transport office said.");
	article_free(a);

	/* Capitals and a hyphen without a dateline's parts stay. */
	a = parse_ok("NATO - the alliance - was not mentioned in the "
	    "council's debate on the harbour bridge, members said.\n",
	    "d.txt", NULL);
	assert_string_equal(a->body, "NATO - the alliance - was not "
	    "mentioned in the council's debate on the harbour bridge, members "
	    "said.");
	article_free(a);
}

/* A full date in the file's name or the article's address, when the text
 * gives none. */
static void
test_article_origin_date(void **state)
{
	static const struct {
		const char	*origin;
		const char	*date;	/* NULL: none */
	} cases[] = {
		{ "wire/NW-20250309-quake.txt", "2025-03-09" },
		{ "2025-03-09-quake.txt", "2025-03-09" },
		{ "IMG_2024_02_29.txt", "2024-02-29" },
		{ "quake.2025.03.09.txt", "2025-03-09" },
		{ "https://news.example/world/2025/03/09/quake", "2025-03-09" },
		{ "https://news.example/a?day=20250309", "2025-03-09" },
		/* The file's own name before its folders. */
		{ "2024-01-01/NW-20250309-quake.txt", "2025-03-09" },
		{ "2024-01-01/quake.txt", "2024-01-01" },
		/* Not dates: letters or digits touching, other lengths,
		 * mixed separators, no such day, out of range. */
		{ "000_bf1ca7114d4f3a23.txt", NULL },
		{ "a20250309.txt", NULL },
		{ "NW-20250309b.txt", NULL },
		{ "id-2025030912.txt", NULL },
		{ "id-120250309.txt", NULL },
		{ "quake-2025-03.txt", NULL },
		{ "quake-2025-03_09.txt", NULL },
		{ "quake-20250230.txt", NULL },
		{ "quake-20231301.txt", NULL },
		{ "quake-20230229.txt", NULL },
		{ "quake-18990309.txt", NULL },
		{ "quake-29990309.txt", NULL },
		{ "quake.txt", NULL },
	};
	struct article_hints	h = { 0 };
	struct article		*a;
	size_t			 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		a = parse_ok("Quake shakes Vellmar\n\nA strong earthquake "
		    "shook Vellmar on Sunday, officials said.\n",
		    cases[i].origin, NULL);
		if (cases[i].date == NULL && a->date != NULL)
			fail_msg("%s: date %s, wanted none", cases[i].origin,
			    a->date);
		if (cases[i].date != NULL && (a->date == NULL ||
		    strcmp(a->date, cases[i].date) != 0))
			fail_msg("%s: date %s, wanted %s", cases[i].origin,
			    a->date != NULL ? a->date : "none", cases[i].date);
		article_free(a);
	}

	/* A yearless dateline leaves the date to the name. */
	a = parse_ok("NORTH VELLMAR, March 9 (Harbour Wire) - Buses were full "
	    "again on Friday, the transport office said.\n",
	    "NW-20250309-buses.txt", NULL);
	assert_string_equal(a->date, "2025-03-09");
	article_free(a);

	/* What the article says comes first: a header, a dateline, a page's
	 * tags, --date. */
	a = parse_ok("Title: Buses full\nDate: 2024-05-01\n\nBuses were "
	    "full again on Friday.\n", "NW-20250309-buses.txt", NULL);
	assert_string_equal(a->date, "2024-05-01");
	article_free(a);
	a = parse_ok("VELLMAR, March 8, 2025 (Harbour Wire) - Buses were "
	    "full again on Friday.\n", "NW-20250309-buses.txt", NULL);
	assert_string_equal(a->date, "2025-03-08");
	article_free(a);
	a = parse_ok("<html><head><meta property=\"article:published_time\" "
	    "content=\"2025-03-08T21:00:00Z\"></head><body><article><p>Buses "
	    "were full again on Friday, the transport office said.</p>"
	    "</article></body></html>", "2025-03-09-buses.html", NULL);
	assert_string_equal(a->date, "2025-03-08");
	article_free(a);
	h.date = "2023-07-01";
	a = parse_ok("Buses were full again on Friday.\n",
	    "NW-20250309-buses.txt", &h);
	assert_string_equal(a->date, "2023-07-01");
	article_free(a);
}

static void
test_article_date_token(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("date 2023-03-07\nTram strike enters second week\n\n"
	    "Tram drivers in Vellmar walked out again on Tuesday, the union "
	    "said.\n", "t.txt", NULL);
	assert_string_equal(a->date, "2023-03-07");
	assert_string_equal(a->title, "Tram strike enters second week");
	assert_string_equal(a->body, "Tram drivers in Vellmar walked out "
	    "again on Tuesday, the union said.");
	article_free(a);
}

static void
test_article_furniture_families(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_fixture("furniture.txt", NULL);
	assert_string_equal(a->title, "Vellmar harbour bridge closed for "
	    "three weeks after inspectors find crack");
	assert_string_equal(a->author, "Ada Brenning");
	assert_string_equal(a->date, "2023-03-04");
	assert_null(a->source);
	assert_string_equal(a->body,
	    "The harbour bridge in Vellmar closed on Monday after inspectors "
	    "found a crack in one of its steel girders, the city's transport "
	    "office said.\n\n"
	    "Ferries will run every 20 minutes and buses will detour through "
	    "the old town, the office said in a statement.\n\n"
	    "Residents who want text alerts can sign up on the city website, "
	    "a spokeswoman said, and read more about the detours there.\n\n"
	    "- The bridge carries about 30,000 vehicles a day, according to "
	    "the transport office.\n\n"
	    "- It last closed for repairs in 2011.\n\n"
	    "\"We will not reopen a bridge we cannot trust,\" said the city "
	    "engineer, Jonas Pell.");
	/* 8 banner lines, byline, date line, 3 credits and captions at the
	 * top and in the body, 4 of a link list, share, advertisement,
	 * sign-in, newsletter, courtesy, staff credit, 5 comment-form and
	 * copyright lines. */
	assert_int_equal(a->dropped, 28);
	article_free(a);
}

static void
test_article_banner_run(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Every harbour story in one place.\nOne reader.\n"
	    "Start reading\nCity\n\n"
	    "Ferry timetable changes from Monday\n\n"
	    "The ferry company will run an extra boat every morning from "
	    "Monday, it said.\n", "b.txt", NULL);
	assert_string_equal(a->title, "Ferry timetable changes from Monday");
	assert_string_equal(a->body, "The ferry company will run an extra "
	    "boat every morning from Monday, it said.");
	assert_int_equal(a->dropped, 4);
	article_free(a);
}

static void
test_article_labels_above_headline(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Vellmar Courier\nCity\nMira Holt\n\n"
	    "Harbour cranes to be replaced by 2025\n\n"
	    "The port authority will replace its four oldest cranes by 2025, "
	    "its director said on Monday.\n", "l.txt", NULL);
	assert_string_equal(a->title, "Harbour cranes to be replaced by 2025");
	assert_string_equal(a->body, "The port authority will replace its "
	    "four oldest cranes by 2025, its director said on Monday.");
	assert_int_equal(a->dropped, 3);
	article_free(a);
}

static void
test_article_captions(void **state)
{
	static const char *const captions[] = {
		"(Picture: Vellmar Port Authority)",
		"(HARBOUR WIRE)",
		"(AP Photo/Lena Marr)",
		"[Image: the closed bridge at dawn]",
		"Courtesy of the Vellmar Port Authority",
		"Photo: Tomas Erl/Harbour Wire",
		"Image: Vellmar Courier",
		"Photograph: Lena Marr for the Courier",
		"Image credit: Port Authority",
		"Crews inspect the girder on Monday. Photo: Tomas Erl"
	};
	struct article	*a;
	char		*s;
	size_t		 i;

	(void)state;
	for (i = 0; i < UTIL_NELEM(captions); i++) {
		s = xasprintf("The bridge deck was closed to all traffic on "
		    "Monday morning, the office said.\n\n%s\n\n"
		    "Engineers will return on Wednesday to measure the crack "
		    "again, it added.\n", captions[i]);
		a = parse_ok(s, "c.txt", NULL);
		assert_string_equal(a->body, "The bridge deck was closed to "
		    "all traffic on Monday morning, the office said.\n\n"
		    "Engineers will return on Wednesday to measure the crack "
		    "again, it added.");
		assert_int_equal(a->dropped, 1);
		article_free(a);
		free(s);
	}
}

static void
test_article_sentences_kept(void **state)
{
	static const char *const kept[] = {
		"Residents can sign up for text alerts on the city website, "
		"the office said.",
		"Those who read more than the first page of the report will "
		"find the crack was known in 2019.",
		"- The bridge carries about 30,000 vehicles a day.",
		"Share prices of the ferry company rose 4% on Monday.",
		"Officials declined to comment.",
		"(The bridge opened in 1961 and was widened in 1987.)",
		"By Monday the crack had grown by two millimetres.",
		"Editing by hand is slow, the engineers said of the old "
		"drawings.",
		"Traffic was diverted by Vellmar Police.",
		"Courtesy of the city, every resident was given a free ferry "
		"pass this week.",
		"Copyright law was changed in 2019, the minister said."
	};
	struct article	*a;
	char		*s, *want;
	size_t		 i;

	(void)state;
	for (i = 0; i < UTIL_NELEM(kept); i++) {
		s = xasprintf("The bridge deck was closed to all traffic on "
		    "Monday morning, the office said.\n\n%s\n\n"
		    "Engineers will return on Wednesday to measure the crack "
		    "again, it added.\n", kept[i]);
		want = xasprintf("The bridge deck was closed to all traffic on "
		    "Monday morning, the office said.\n\n%s\n\n"
		    "Engineers will return on Wednesday to measure the crack "
		    "again, it added.", kept[i]);
		a = parse_ok(s, "k.txt", NULL);
		assert_string_equal(a->body, want);
		assert_int_equal(a->dropped, 0);
		article_free(a);
		free(want);
		free(s);
	}
}

static void
test_article_last_sentence_kept(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("The bridge deck was closed to all traffic on Monday "
	    "morning, the office said.\n"
	    "The bridge will reopen in March.\n"
	    "Share this article\n"
	    "Leave a Reply\n", "e.txt", NULL);
	assert_string_equal(a->body, "The bridge deck was closed to all "
	    "traffic on Monday morning, the office said.\n\n"
	    "The bridge will reopen in March.");
	assert_int_equal(a->dropped, 2);
	article_free(a);
}

static void
test_article_related_list(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("The bridge deck was closed to all traffic on Monday "
	    "morning, the office said.\n\n"
	    "Related stories:\n"
	    "Tram strike enters its second week\n"
	    "\xE2\x80\xA2 Ferry fares frozen until summer\n"
	    "Old town market moves to the quay\n\n"
	    "Engineers will return on Wednesday to measure the crack again, "
	    "it added.\n", "r.txt", NULL);
	assert_string_equal(a->body, "The bridge deck was closed to all "
	    "traffic on Monday morning, the office said.\n\n"
	    "Engineers will return on Wednesday to measure the crack again, "
	    "it added.");
	assert_int_equal(a->dropped, 4);
	article_free(a);
}

static void
test_article_credits_and_copyright(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("The bridge deck was closed to all traffic on Monday "
	    "morning, the office said.\n\n"
	    "Reporting by Mira Holt; Editing by Karl Osk and Lena Marr\n\n"
	    "Engineers will return on Wednesday to measure the crack again, "
	    "it added.\n\n"
	    "Copyright 2023 Harbour Wire\n"
	    "Writing by Jonas Pell.\n", "w.txt", NULL);
	assert_string_equal(a->body, "The bridge deck was closed to all "
	    "traffic on Monday morning, the office said.\n\n"
	    "Engineers will return on Wednesday to measure the crack again, "
	    "it added.");
	assert_int_equal(a->dropped, 3);
	article_free(a);
}

static void
test_article_paragraphs(void **state)
{
	struct article	*a;

	(void)state;
	/* Hard-wrapped lines are joined; a blank line parts paragraphs. */
	a = parse_ok("The harbour bridge in Vellmar closed on Monday after\n"
	    "inspectors found a crack in one of its steel girders, the\n"
	    "city's transport office said in a short statement.\n\n"
	    "Ferries will run every twenty minutes until it opens again,\n"
	    "and buses will take a detour through the old town, the\n"
	    "office said.\n", "p.txt", NULL);
	assert_string_equal(a->body, "The harbour bridge in Vellmar closed "
	    "on Monday after inspectors found a crack in one of its steel "
	    "girders, the city's transport office said in a short statement."
	    "\n\nFerries will run every twenty minutes until it opens again, "
	    "and buses will take a detour through the old town, the office "
	    "said.");
	article_free(a);

	/* Long lines that each end a sentence are paragraphs; a line cut
	 * before a lower-case word is joined. */
	a = parse_ok("Ferries will run every twenty minutes until the harbour "
	    "bridge opens again, the office said.\n"
	    "Buses will take a detour through the old town while the "
	    "bridge\nis closed, the office added.\n", "q.txt", NULL);
	assert_string_equal(a->body, "Ferries will run every twenty minutes "
	    "until the harbour bridge opens again, the office said.\n\n"
	    "Buses will take a detour through the old town while the bridge "
	    "is closed, the office added.");
	article_free(a);
}

static void
test_article_all_furniture_refused(void **state)
{
	const char	*s = "Sign in\nSubscribe\nShare this article\n"
	    "Download the app\nAdvertisement\n(Picture: Port Authority)\n"
	    "Already a member? Sign in here\n";
	char		*cause;

	(void)state;
	cause = parse_refused(s, strlen(s), "f.txt", NULL);
	assert_string_equal(cause, "no article text found");
	free(cause);
}

static void
test_article_empty_and_blank(void **state)
{
	char	*cause;

	(void)state;
	cause = parse_refused("", 0, "e.txt", NULL);
	assert_string_equal(cause, "file is empty");
	free(cause);
	cause = parse_refused(" \n\t\r\n  \n", 8, "e.txt", NULL);
	assert_string_equal(cause, "file has no text");
	free(cause);
	/* Only a BOM and control characters: no text either. */
	cause = parse_refused("\xEF\xBB\xBF\x01\x1B[0m\n", 9, "e.txt", NULL);
	assert_string_equal(cause, "file has no text");
	free(cause);
}

static void
test_article_nul_refused(void **state)
{
	static const char	 data[] = "Ferry\0fares";
	char			*cause;

	(void)state;
	cause = parse_refused(data, sizeof data - 1, "n.txt", NULL);
	assert_string_equal(cause, "binary file (NUL byte at offset 5)");
	free(cause);
}

static void
test_article_invalid_utf8_counted(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("The caf\xE9 on the quay reopened on Monday, its owner "
	    "said, and sold \xFF" "coffee to ferry crews.\n", "u.txt", NULL);
	assert_int_equal(a->invalid, 2);
	assert_string_equal(a->body, "The caf\xEF\xBF\xBD on the quay "
	    "reopened on Monday, its owner said, and sold \xEF\xBF\xBD"
	    "coffee to ferry crews.");
	article_free(a);
}

static void
test_article_html_og(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_fixture("og.html", NULL);
	assert_string_equal(a->title, "Tram strike enters its second week");
	assert_string_equal(a->source, "The Vellmar Courier");
	assert_string_equal(a->author, "Mira Holt");
	assert_string_equal(a->date, "2023-03-08");
	assert_string_equal(a->url, "https://courier.example/tram-strike");
	/* Scripts, styles, nav, the header, figure, aside, share buttons and
	 * footer are gone; entities are decoded. */
	assert_string_equal(a->body, "Tram drivers in Vellmar stayed off work "
	    "for an eighth day on Wednesday, leaving commuters to crowd onto "
	    "buses and ferries.\n\n"
	    "The drivers\xE2\x80\x99 union wants a 6% raise & shorter shifts; "
	    "the city has offered 3.5%.\n\n"
	    "\xE2\x80\x9CWe are ready to talk tonight,\xE2\x80\x9D the "
	    "union\xE2\x80\x99s chair, Oskar Venn, said.");
	article_free(a);
}

static void
test_article_html_article_element(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<html><head><title>Cranes</title></head><body>"
	    "<div id=\"top\"><p>Teaser: the ferry company added a boat on "
	    "the morning route, it said on Friday.</p>"
	    "<p>Teaser: the market moves to the quay in April after years "
	    "of talks, the council said.</p></div>"
	    "<article><p>The port authority will replace its four oldest "
	    "cranes by 2025.</p><p>Its director said the new cranes would be "
	    "electric.</p></article></body></html>", "c.html", NULL);
	assert_string_equal(a->title, "Cranes");
	assert_string_equal(a->body, "The port authority will replace its four "
	    "oldest cranes by 2025.\n\nIts director said the new cranes would "
	    "be electric.");
	article_free(a);
}

static void
test_article_html_densest_block(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<!doctype html><html><body>"
	    "<div class=\"links\"><p><a href=\"/a\">Tram strike enters its "
	    "second week as talks stall again</a></p><p><a href=\"/b\">Ferry "
	    "fares frozen until the summer holidays begin</a></p></div>"
	    "<div class=\"story\"><p>The harbour bridge in Vellmar closed on "
	    "Monday.</p><p>Ferries will run every 20 minutes, the office "
	    "said.</p><p>Repairs will take three weeks.</p></div>"
	    "<div><p>Short note.</p></div>"
	    "</body></html>", "page.txt", NULL);
	assert_string_equal(a->body, "The harbour bridge in Vellmar closed on "
	    "Monday.\n\nFerries will run every 20 minutes, the office said."
	    "\n\nRepairs will take three weeks.");
	article_free(a);
}

/* Each paragraph in blocks of its own, as many publishing systems
 * write them: every paragraph is kept, not the longest alone. */
static void
test_article_html_wrapped_paragraphs(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<!doctype html><html><body><main><div id=\"content\">"
	    "<h1>Sea wall to be rebuilt</h1>"
	    "<div class=\"block\"><div class=\"text\"><p>The sea wall at "
	    "Caldmouth will be rebuilt by the spring, the harbour authority "
	    "said on Tuesday.</p></div></div>"
	    "<div class=\"block\"><div class=\"text\"><p>Engineers found "
	    "last month that its footings had moved in three places after "
	    "the winter storms, the authority's engineer Mara Quill told "
	    "reporters.</p></div></div>"
	    "<div class=\"block\"><div class=\"text\"><p>\"We will not cut "
	    "corners,\" Quill said.</p></div></div>"
	    "<div class=\"block\"><div class=\"text\"><h2>Cost</h2>"
	    "</div></div>"
	    "<div class=\"block\"><div class=\"text\"><p>The work will cost "
	    "4.2 million pounds, paid mostly by the region.</p></div></div>"
	    "</div><div class=\"cards\"><article class=\"card\"><h3>Tram "
	    "depot reopens</h3><p>Drivers returned to work at dawn on "
	    "Friday.</p></article></div></main></body></html>", "wall.html",
	    NULL);
	assert_string_equal(a->body, "The sea wall at Caldmouth will be "
	    "rebuilt by the spring, the harbour authority said on Tuesday."
	    "\n\nEngineers found last month that its footings had moved in "
	    "three places after the winter storms, the authority's engineer "
	    "Mara Quill told reporters.\n\n\"We will not cut corners,\" Quill "
	    "said.\n\nCost\n\nThe work will cost 4.2 million pounds, paid "
	    "mostly by the region.");
	article_free(a);
}

/* An intro set apart in a block of its own before the body leads it
 * (a picture between them or a byline block before it does not stop
 * that); a page without a title tag takes its top heading, unless that
 * is a logo linking home. */
static void
test_article_html_lead(void **state)
{
	static const char *const body =
	    "<p>Engineers found last month that its "
	    "footings had moved in three places after the winter storms, "
	    "the engineer told reporters.</p><p>\"We will not cut "
	    "corners,\" the engineer said of the work, which starts in May "
	    "and must end before the first autumn gales.</p><p>The work "
	    "will cost 4.2 million pounds, paid mostly by the region.</p>"
	    "</div></main></body></html>";
	struct article	*a;
	char		*page;

	(void)state;
	page = xasprintf("<!doctype html><html><body><main>"
	    "<h1>Sea wall to be rebuilt</h1>"
	    "<div class=\"meta\"><p>By Mara Quill</p></div>"
	    "<div class=\"intro\"><p>The sea wall at Caldmouth will be "
	    "rebuilt by the spring, the harbour authority said on "
	    "Tuesday.</p></div>"
	    "<figure><img src=\"w.jpg\"><figcaption>The wall after the "
	    "storms.</figcaption></figure><div class=\"body\">%s", body);
	a = parse_ok(page, "wall.html", NULL);
	assert_string_equal(a->title, "Sea wall to be rebuilt");
	assert_string_equal(a->body, "The sea wall at Caldmouth will be "
	    "rebuilt by the spring, the harbour authority said on Tuesday."
	    "\n\nEngineers found last month that its footings had moved in "
	    "three places after the winter storms, the engineer told "
	    "reporters.\n\n\"We will not cut corners,\" the engineer said "
	    "of the work, which starts in May and must end before the first "
	    "autumn gales.\n\nThe work will cost 4.2 million pounds, paid "
	    "mostly by the region.");
	article_free(a);
	free(page);
	/* The same when the page marks its body with itemprop. */
	page = xasprintf("<!doctype html><html><body><main>"
	    "<div class=\"intro\"><p>The sea wall at Caldmouth will be "
	    "rebuilt by the spring.</p></div>"
	    "<div itemprop=\"articleBody\">%s", body);
	a = parse_ok(page, "wall.html", NULL);
	assert_true(util_has_prefix_ci(a->body, "The sea wall at Caldmouth "
	    "will be rebuilt by the spring.\n\nEngineers found"));
	article_free(a);
	free(page);
	/* Links before the body lead nothing; a logo is no title. */
	page = xasprintf("<!doctype html><html><body><main>"
	    "<h1><a href=\"/\">Harbour Wire</a></h1>"
	    "<div class=\"more\"><p><a href=\"/t\">Tram strike ends after "
	    "talks</a> and <a href=\"/f\">ferry fares frozen</a>.</p></div>"
	    "<div class=\"body\">%s", body);
	a = parse_ok(page, "wall.html", NULL);
	assert_string_not_equal(a->title, "Harbour Wire");
	assert_true(util_has_prefix_ci(a->body, "Engineers found"));
	article_free(a);
	free(page);
}

/* A text split in two around an advertisement is read whole; a block of
 * a few short teasers beside a long text is not taken in. */
static void
test_article_html_split_text(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<!doctype html><html><body><div class=\"page\">"
	    "<div class=\"part\"><p>The tram depot in Vellmar reopened on "
	    "Friday after a fire closed it in March.</p><p>Drivers returned "
	    "to work at dawn, the operator said.</p></div>"
	    "<div class=\"slot\"><a href=\"/x\">Advertisement</a></div>"
	    "<div class=\"part\"><p>Repairs to the roof cost the city a "
	    "little over two million crowns.</p><p>The first trams left the "
	    "depot at six in the morning.</p></div>"
	    "</div></body></html>", "depot.html", NULL);
	assert_string_equal(a->body, "The tram depot in Vellmar reopened on "
	    "Friday after a fire closed it in March.\n\nDrivers returned to "
	    "work at dawn, the operator said.\n\nRepairs "
	    "to the roof cost the city a little over two million crowns.\n\n"
	    "The first trams left the depot at six in the morning.");
	article_free(a);
	a = parse_ok("<!doctype html><html><body><div class=\"page\">"
	    "<div class=\"story\"><p>The tram depot in Vellmar reopened on "
	    "Friday after a fire closed it in March, and drivers returned "
	    "to work at dawn.</p><p>Repairs to the roof cost the city a "
	    "little over two million crowns, the operator said on Friday, "
	    "and the first trams left the depot at six in the morning.</p>"
	    "<p>The operator said timetables would be back to normal by "
	    "the end of the month, once every driver had been retrained on "
	    "the new signalling in the depot yard.</p></div>"
	    "<div class=\"more\"><p>Ferry fares frozen.</p><p>Quay to "
	    "be repaved.</p></div>"
	    "</div></body></html>", "depot.html", NULL);
	assert_null(strstr(a->body, "Ferry fares"));
	assert_non_null(strstr(a->body, "signalling in the depot yard."));
	article_free(a);

	/* Columns of one kind, however short the later ones. */
	a = parse_ok("<!doctype html><html><body><section>"
	    "<div class=\"col\"><div><p>The tram depot in Vellmar reopened "
	    "on Friday after a fire closed it in March, the operator said."
	    "</p><p>Drivers returned to work at dawn, and the first trams "
	    "left the depot at six in the morning.</p></div></div>"
	    "<div class=\"slot\"></div>"
	    "<div class=\"col\"><div><p>Repairs cost two million crowns."
	    "</p></div></div>"
	    "</section></body></html>", "depot.html", NULL);
	assert_non_null(strstr(a->body, "Repairs cost two million crowns."));
	article_free(a);
}

/* Short lines that are mostly links close many pages (tags, "our
 * standards"); a last sentence with a link in it is still prose. */
static void
test_article_html_link_lines_at_bottom(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<!doctype html><html><body><main>"
	    "<div class=\"text\"><p>The quay at Vellmar will be repaved "
	    "over the summer, the council said on Monday.</p>"
	    "<p>The full plans are on <a href=\"/plans\">the council's "
	    "website</a> until the end of May.</p>"
	    "<div class=\"tags\"><a href=\"/t/quays\">Quays</a> "
	    "<a href=\"/t/council\">Council</a></div>"
	    "<p class=\"trust\">Our Standards: <a href=\"/trust\">The "
	    "Harbour Wire Trust Principles.</a></p>"
	    "</div></main></body></html>", "quay.html", NULL);
	assert_string_equal(a->body, "The quay at Vellmar will be repaved "
	    "over the summer, the council said on Monday.\n\nThe full plans "
	    "are on the council's website until the end of May.");
	article_free(a);
}

/* A page that builds its text with scripts gives it in its JSON-LD: the
 * articleBody is read (entities decoded, lines as paragraphs) with its
 * date; a page whose own paragraphs hold the text keeps them, and a
 * script that is not JSON is passed over. */
static void
test_article_html_json_ld(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<html><head><title>Quay to be repaved</title>"
	    "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": "
	    "\"WebSite\"}, {\"@type\": \"NewsArticle\", \"datePublished\": "
	    "\"2025-02-11T09:00:00Z\", \"articleBody\": \"The quay at Vellmar "
	    "will be repaved over the summer, the council said on Monday.\\n"
	    "&quot;It is long overdue,&quot; said Ana Holt, who runs a caf\u00e9 "
	    "on the quay.\\nThe work will cost 300,000 crowns &amp; take ten "
	    "weeks.\"}]}</script>"
	    "<script type=\"application/ld+json\">{not json</script>"
	    "</head><body><div id=\"app\"><p>Loading\u2026</p></div>"
	    "</body></html>", "quay.html", NULL);
	assert_string_equal(a->body, "The quay at Vellmar will be repaved "
	    "over the summer, the council said on Monday.\n\n\"It is long "
	    "overdue,\" said Ana Holt, who runs a caf\u00e9 on the quay.\n\n"
	    "The work will cost 300,000 crowns & take ten weeks.");
	assert_string_equal(a->date, "2025-02-11");
	article_free(a);
	/* Its headline, author and publisher when the page gives none. */
	a = parse_ok("<html><head><script type=\"application/ld+json\">"
	    "{\"@type\": \"NewsArticle\", \"headline\": \"Quay to be "
	    "repaved\", \"author\": [{\"@type\": \"Person\", \"name\": "
	    "\"Tess Arden\"}], \"publisher\": {\"name\": \"Harbour Live\"}, "
	    "\"articleBody\": \"The quay at Vellmar will be repaved over the "
	    "summer, the council said on Monday, and the market will move "
	    "indoors to the old fish hall meanwhile, its traders said. The "
	    "work will cost 300,000 crowns and take ten weeks.\"}"
	    "</script></head><body><div id=\"app\"></div></body></html>",
	    "quay.html", NULL);
	assert_string_equal(a->title, "Quay to be repaved");
	assert_string_equal(a->author, "Tess Arden");
	assert_string_equal(a->source, "Harbour Live");
	article_free(a);
	a = parse_ok("<html><head><script type=\"application/ld+json\">"
	    "{\"@type\": \"NewsArticle\", \"articleBody\": \"The quay at "
	    "Vellmar will be repaved over the summer, the council said on "
	    "Monday. It will cost 300,000 crowns and take ten weeks, and the "
	    "market will move indoors to the old fish hall meanwhile, the "
	    "council said.\"}</script></head><body>"
	    "<p>The quay at Vellmar will be repaved over the summer, the "
	    "council said on Monday.</p><p>It will cost 300,000 crowns and "
	    "take ten weeks, and the market will move indoors to the old fish "
	    "hall meanwhile, the council said.</p></body></html>", "quay.html",
	    NULL);
	assert_string_equal(a->body, "The quay at Vellmar will be repaved "
	    "over the summer, the council said on Monday.\n\nIt will cost "
	    "300,000 crowns and take ten weeks, and the market will move "
	    "indoors to the old fish hall meanwhile, the council said.");
	article_free(a);
}

static void
test_article_html_chrome_dropped(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<html><body><article>"
	    "<nav><a href=\"/\">Home</a></nav>"
	    "<script>var advert = 'buy now';</script>"
	    "<style>.x { color: red }</style>"
	    "<noscript>Enable scripts to read more</noscript>"
	    "<p>The tram depot reopened on Friday.<br>Drivers returned to "
	    "work at dawn.</p>"
	    "<aside><p>Most read: ferry fares frozen</p></aside>"
	    "<form><input name=\"q\"><button>Search</button></form>"
	    "<iframe src=\"/ad\"></iframe>"
	    "<svg><text>logo</text></svg>"
	    "<ul><li>The union won a 5% raise.</li><li>Shifts stay the same."
	    "</li></ul>"
	    "</article></body></html>", "t.html", NULL);
	assert_string_equal(a->body, "The tram depot reopened on Friday.\n\n"
	    "Drivers returned to work at dawn.\n\n"
	    "The union won a 5% raise.\n\nShifts stay the same.");
	article_free(a);
}

static void
test_article_html_no_external_entities(void **state)
{
	struct article	*a;
	char		 dir[] = "/tmp/parallax-article-XXXXXX";
	char		*path, *html;
	FILE		*f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/secret.txt", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs("PRIVATE-MARKER\n", f);
	fclose(f);
	html = xasprintf("<!DOCTYPE html SYSTEM \"file://%s\" [\n"
	    "<!ENTITY xxe SYSTEM \"file://%s\">]>\n"
	    "<html><body><p>The ferry ran late on Monday &xxe; the crew "
	    "said.</p><p>&amp; then it rained.</p></body></html>", path,
	    path);
	a = parse_ok(html, "x.html", NULL);
	assert_null(strstr(a->body, "PRIVATE-MARKER"));
	assert_non_null(strstr(a->body, "The ferry ran late on Monday"));
	assert_non_null(strstr(a->body, "& then it rained."));
	article_free(a);
	free(html);
	unlink(path);
	free(path);
	rmdir(dir);
}

static void
test_article_html_not_html(void **state)
{
	struct article_hints	 h = { .format = ARTICLE_HTML };
	const char		*text = "The ferry ran late on Monday, the "
	    "crew said.\n";
	char			*cause;

	(void)state;
	cause = parse_refused(text, strlen(text), "story.html", NULL);
	assert_string_equal(cause, "not HTML: no HTML tags found");
	free(cause);
	cause = parse_refused(text, strlen(text), "story.HTM", NULL);
	assert_string_equal(cause, "not HTML: no HTML tags found");
	free(cause);
	cause = parse_refused(text, strlen(text), "story.txt", &h);
	assert_string_equal(cause, "not HTML: no HTML tags found");
	free(cause);
}

#define SITE	"<meta property=\"og:site_name\" content=\"Vellmar Courier\">"
#define H1_TEXT	"Harbour bridge shut for repairs"
#define H1	"<h1>" H1_TEXT "</h1>"

static void
test_article_html_title_suffix(void **state)
{
	/* The page's head, its body, and the title wanted. */
	static const struct {
		const char	*head;
		const char	*body;
		const char	*title;
	} cases[] = {
		/* A suffix that names the outlet goes; another stays. */
		{ "<title>Bridge shut - Vellmar Courier</title>" SITE, "",
		    "Bridge shut" },
		{ "<title>Bridge shut | A timeline</title>" SITE, "",
		    "Bridge shut | A timeline" },
		/* A title that only names the site gives way to the
		 * headline; one of its own words stays beside another. */
		{ "<title>Vellmar Courier</title>" SITE, H1, H1_TEXT },
		{ "<title>Vellmar Courier | News</title>", H1, H1_TEXT },
		{ "<title>Crack closes Vellmar's harbour bridge</title>",
		    "<h1>Bridge shut for repairs</h1>",
		    "Crack closes Vellmar's harbour bridge" },
		/* Without a site name, the page's own headline shows what
		 * the suffix is. */
		{ "<title>Bridge shut - The Vellmar Echo</title>",
		    "<h1>Bridge shut</h1>", "Bridge shut" }
	};
	struct article	*a;
	char		*html;

	(void)state;
	for (size_t i = 0; i < UTIL_NELEM(cases); i++) {
		html = xasprintf("<html><head>%s</head><body>%s<p>The harbour "
		    "bridge in Vellmar was shut on Monday after a crack was "
		    "found in its deck.</p></body></html>", cases[i].head,
		    cases[i].body);
		a = parse_ok(html, "s.html", NULL);
		if (strcmp(a->title, cases[i].title) != 0)
			print_error("case %zu\n", i);
		assert_string_equal(a->title, cases[i].title);
		if (strstr(cases[i].head, "og:site_name") != NULL)
			assert_string_equal(a->source, "Vellmar Courier");
		article_free(a);
		free(html);
	}
}

static void
test_article_html_byline_and_time(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<html><body><article><h1>Cranes arrive</h1>"
	    "<span class=\"byline\">By Lena Marr</span>"
	    "<time datetime=\"2023-04-02T09:00:00Z\">2 April</time>"
	    "<p>Two new cranes arrived in the port of Vellmar on Sunday, the "
	    "authority said.</p></article></body></html>", "c.html", NULL);
	assert_string_equal(a->title, "Cranes arrive");
	assert_string_equal(a->author, "Lena Marr");
	assert_string_equal(a->date, "2023-04-02");
	assert_string_equal(a->body, "Two new cranes arrived in the port of "
	    "Vellmar on Sunday, the authority said.");
	article_free(a);
}

/* A site naming itself as the author gives way to the byline. */
static void
test_article_html_site_as_author(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<html><head><meta name=\"author\" content=\"Vellmar "
	    "Courier\"><meta property=\"og:site_name\" content=\"Vellmar "
	    "Courier\"></head><body><article><h1>Cranes arrive</h1>"
	    "<span class=\"byline\">By Lena Marr</span>"
	    "<p>Two new cranes arrived in the port of Vellmar on Sunday, the "
	    "authority said.</p></article></body></html>", "c.html", NULL);
	assert_string_equal(a->author, "Lena Marr");
	assert_string_equal(a->source, "Vellmar Courier");
	article_free(a);
}

/*
 * A later author tag names the writer when the first names the site; a
 * byline that marks its name part gives that part alone, without the
 * writer's role and town beside it.
 */
static void
test_article_html_author_parts(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("<html><head><meta name=\"author\" content=\"Vellmar "
	    "Courier\"><meta property=\"og:site_name\" content=\"Vellmar "
	    "Courier\"><meta property=\"article:author\" content=\"Lena "
	    "Marr\"></head><body><article><h1>Cranes arrive</h1>"
	    "<p>Two new cranes arrived in the port of Vellmar on Sunday, the "
	    "authority said.</p></article></body></html>", "c.html", NULL);
	assert_string_equal(a->author, "Lena Marr");
	article_free(a);
	a = parse_ok("<html><body><article><h1>Cranes arrive</h1>"
	    "<div class=\"vc-byline\"><span class=\"vc-byline__name\">By "
	    "Lena Marr</span><span class=\"vc-byline__role\">Port "
	    "correspondent, Vellmar</span></div>"
	    "<p>Two new cranes arrived in the port of Vellmar on Sunday, the "
	    "authority said.</p></article></body></html>", "c.html", NULL);
	assert_string_equal(a->author, "Lena Marr");
	article_free(a);
}

static void
test_article_auto_format(void **state)
{
	struct article	*a;
	char		*html;

	(void)state;
	/* HTML content in a .txt file is read as HTML. */
	a = parse_ok("\xEF\xBB\xBF  <!DOCTYPE html><html><head><title>Quay"
	    "</title></head><body><p>The quay was repaved.</p></body></html>",
	    "q.txt", NULL);
	assert_string_equal(a->title, "Quay");
	assert_string_equal(a->body, "The quay was repaved.");
	article_free(a);

	/* An XML declaration and a comment before a long head. */
	html = xasprintf("<?xml version=\"1.0\"?>\n<!-- saved page -->\n"
	    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Quay"
	    "</title><style>%0*d</style></head><body><p>The quay was "
	    "repaved.</p></body></html>", 2000, 0);
	a = parse_ok(html, "q", NULL);
	assert_string_equal(a->body, "The quay was repaved.");
	article_free(a);
	free(html);

	/* Text that mentions a tag late is text. */
	a = parse_ok("The quay was repaved on Monday, the office said.\n",
	    "q", NULL);
	assert_string_equal(a->body, "The quay was repaved on Monday, the "
	    "office said.");
	article_free(a);
}

static void
test_article_raw_format(void **state)
{
	struct article_hints	 h = { .format = ARTICLE_RAW };
	struct article		*a;

	(void)state;
	a = parse_ok("Title: Not a header\n\nShare this article\n\n\n"
	    "The quay was  repaved.  \n", "r.txt", &h);
	assert_string_equal(a->body, "Title: Not a header\n\nShare this "
	    "article\n\nThe quay was repaved.");
	assert_null(a->source);
	assert_null(a->date);
	assert_int_equal(a->dropped, 0);
	assert_string_equal(a->title, "Title: Not a header");
	article_free(a);
}

static void
test_article_hints_win(void **state)
{
	struct article_hints	 h = {
		.source = "Harbour Wire",
		.title = "Fares frozen",
		.date = "7 March 2023",
		.url = "https://wire.example/fares",
		.fallback_source = "folder"
	};
	struct article		*a;

	(void)state;
	a = parse_fixture("header.txt", &h);
	assert_string_equal(a->source, "Harbour Wire");
	assert_string_equal(a->title, "Fares frozen");
	assert_string_equal(a->date, "2023-03-07");
	assert_string_equal(a->url, "https://wire.example/fares");
	assert_string_equal(a->author, "Ada Brenning");
	article_free(a);
}

static void
test_article_fallback_source_last(void **state)
{
	struct article_hints	 h = { .fallback_source = "folder" };
	struct article		*a;

	(void)state;
	a = parse_fixture("header.txt", &h);
	assert_string_equal(a->source, "Vellmar Courier");
	article_free(a);
	a = parse_ok("The quay was repaved on Monday, the office said.\n",
	    "q.txt", &h);
	assert_string_equal(a->source, "folder");
	article_free(a);
	/* A date hint that is not a date leaves the file's date. */
	h.date = "soon";
	a = parse_fixture("header.txt", &h);
	assert_string_equal(a->date, "2023-03-06");
	article_free(a);
}

static void
test_article_parse_date(void **state)
{
	static const struct {
		const char	*in;
		const char	*out;
	} table[] = {
		{ "2022-11-18", "2022-11-18" },
		{ "  2022-11-18  ", "2022-11-18" },
		{ "2022-11-18T10:00:00Z", "2022-11-18" },
		{ "2022-11-18T10:00:00+01:00", "2022-11-18" },
		{ "2022/11/18", "2022-11-18" },
		{ "Fri, 18 Nov 2022 10:00:00 GMT", "2022-11-18" },
		{ "18 Nov 2022", "2022-11-18" },
		{ "18 November 2022", "2022-11-18" },
		{ "18th November 2022", "2022-11-18" },
		{ "November 18, 2022", "2022-11-18" },
		{ "Nov. 18, 2022", "2022-11-18" },
		{ "Sept. 3, 2021", "2021-09-03" },
		{ "Friday, November 18, 2022 at 10:00", "2022-11-18" },
		{ "2024-02-29", "2024-02-29" },
		{ "2000-02-29", "2000-02-29" },
		{ "2023-02-29", NULL },
		{ "1900-02-29", NULL },
		{ "2022-13-01", NULL },
		{ "2022-04-31", NULL },
		{ "2022-00-10", NULL },
		{ "32 January 2022", NULL },
		{ "Nov 18", NULL },
		{ "Smarch 3, 2022", NULL },
		{ "20221118", NULL },
		{ "9:41 AM GMT, February 11, 2025", "2025-02-11" },
		{ "09.00 BST 11 February 2025", "2025-02-11" },
		{ "10:15 a.m. ET Feb. 11, 2025", "2025-02-11" },
		{ "11.02.2025", NULL },
		{ "February 11, 20259:41 AM GMTUpdated 2 hours ago",
		    "2025-02-11" },
		{ "11 February 202509.00 BST", "2025-02-11" },
		{ "November 18, 20221118", NULL },
		{ "9:41 AM GMT", NULL },
		{ "", NULL },
		{ "yesterday", NULL }
	};
	char	*got;
	size_t	 i;

	(void)state;
	for (i = 0; i < UTIL_NELEM(table); i++) {
		got = article_parse_date(table[i].in);
		if (table[i].out == NULL) {
			if (got != NULL)
				print_error("%s -> %s\n", table[i].in, got);
			assert_null(got);
		} else {
			assert_non_null(got);
			assert_string_equal(got, table[i].out);
		}
		free(got);
	}
	assert_null(article_parse_date(NULL));
}

static void
test_article_parse_file_errors(void **state)
{
	struct article	*a = NULL;
	char		*cause = NULL;

	(void)state;
	assert_int_equal(article_parse_file(FIXTURES "no-such-file.txt", NULL,
	    &a, &cause), -1);
	assert_null(a);
	assert_non_null(cause);
	free(cause);
	article_free(NULL);
}

static void
test_article_control_characters_cleaned(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Quay \x1B[31mrepaved\x1B[0m\r\n\r\n"
	    "The quay\xE2\x80\x8B was repaved on Monday, the office "
	    "said.\x07\r\n", "c.txt", NULL);
	assert_string_equal(a->title, "Quay repaved");
	assert_string_equal(a->body, "The quay was repaved on Monday, the "
	    "office said.");
	article_free(a);
}

/* The end note of The Meridian Post's pages ("Have a news tip?",
 * mostly a link) is furniture, as tests/fixtures/EXPECTED.md says; the
 * last paragraph before it stays. */
static void
test_article_html_end_note(void **state)
{
	static const char *const pages[] = {
		"2025-03-09-varnholt-earthquake.html",
		"2025-06-05-corvel-bank-hack.html",
		"2025-10-14-caldmouth-port-strike-ends.html"
	};
	struct article	*a;
	char		*name;
	size_t		 i;

	(void)state;
	for (i = 0; i < UTIL_NELEM(pages); i++) {
		name = xasprintf("../stories/The Meridian Post/%s", pages[i]);
		a = parse_fixture(name, NULL);
		free(name);
		assert_null(strstr(a->body, "news tip"));
		assert_null(strstr(a->body, "Contact The Meridian Post"));
		assert_true(a->body_len > 1000);
		assert_int_equal(a->body[a->body_len - 1], '.');
		article_free(a);
	}
}

/* Notes on where a text comes from and short lines of capitalised
 * words end a copied page; prose at the end stays, names and all. */
static void
test_article_end_notes(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Quay to be repaved\n\n"
	    "The quay at Vellmar will be repaved over the summer, the council "
	    "said on Monday.\n\n"
	    "The council's plan was first published in 2019.\n\n"
	    "Reporting by Tess Arden; Editing by Jon Fell\n\n"
	    "Our Standards: The Harbour Wire Trust Principles.\n\n"
	    "This article was originally published on harbourwire.example.\n",
	    "quay.txt", NULL);
	assert_string_equal(a->body, "The quay at Vellmar will be repaved "
	    "over the summer, the council said on Monday.\n\nThe council's "
	    "plan was first published in 2019.");
	article_free(a);
	a = parse_ok("Quay to be repaved\n\n"
	    "The quay at Vellmar will be repaved over the summer, the council "
	    "said on Monday.\n\n"
	    "Mara Quill is Chief Engineer.\n\n"
	    "First Published Works Of The Harbour Poets.\n", "quay.txt",
	    NULL);
	assert_string_equal(a->body, "The quay at Vellmar will be repaved "
	    "over the summer, the council said on Monday.\n\nMara Quill is "
	    "Chief Engineer.");
	article_free(a);
}

/*
 * Notes on the page itself end it too: an update note, a disclaimer, an
 * address to write to, an editor's note, a handle to follow, and a
 * sign-up prompt before them.  A correction
 * that states a fact, a last sentence on "this story", and an address
 * inside a sentence stay.
 */
static void
test_article_page_notes(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Pilots strike at Tarrow Point\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping.\n\n"
	    "Port officials said 23 vessels were waiting at anchor.\n\n"
	    "This story has been updated with comment from the port "
	    "authority.\n\n"
	    "Sign up for our newsletter to get the latest news delivered to "
	    "your inbox.\n\n"
	    "Reporting by Elin Markham; Editing by Tom Hale\n\n"
	    "The views expressed in this article are the author's own.\n\n"
	    "Contact the author at elin.markham@example.com.\n",
	    "pilots.txt", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping.\n\n"
	    "Port officials said 23 vessels were waiting at anchor.");
	article_free(a);

	a = parse_ok("Pilots strike at Tarrow Point\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping.\n\n"
	    "Anyone stranded can write to help@tarrowport.example or call "
	    "the port's office, officials said.\n\n"
	    "The port authority did not respond to a request for comment on "
	    "this story.\n\n"
	    "This story has been corrected to show that 23 vessels, not 32, "
	    "were waiting.\n",
	    "pilots.txt", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping.\n\n"
	    "Anyone stranded can write to help@tarrowport.example or call the "
	    "port's office, officials said.\n\nThe port authority did not "
	    "respond to a request for comment on this story.\n\nThis story "
	    "has been corrected to show that 23 vessels, not 32, were "
	    "waiting.");
	article_free(a);

	/* A labelled note on the page, and a prompt to follow a handle;
	 * a labelled correction that states a fact, and a last sentence
	 * that starts with "Follow-up", stay. */
	a = parse_ok("Pilots strike at Tarrow Point\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping.\n\n"
	    "Correction: The strike began on Monday, not Sunday.\n\n"
	    "Follow-up talks are planned for Friday, the union said.\n\n"
	    "Editor's note: An earlier version of this article misstated "
	    "the number of pilots.\n\n"
	    "Follow Elin Markham on X at @elinmarkham.\n",
	    "pilots.txt", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping.\n\n"
	    "Correction: The strike began on Monday, not Sunday.\n\n"
	    "Follow-up talks are planned for Friday, the union said.");
	article_free(a);

	/* The outlet asking for tips goes. */
	a = parse_ok("Pilots strike at Tarrow Point\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping.\n\n"
	    "Have a tip? Email us at tips@tarrowherald.example.\n",
	    "pilots.txt", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping.");
	article_free(a);

	/* An appeal of the report that ends with an address stays. */
	a = parse_ok("Pilots strike at Tarrow Point\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping.\n\n"
	    "Anyone stranded should email help@tarrowport.example.\n",
	    "pilots.txt", NULL);
	assert_non_null(strstr(a->body, "Anyone stranded should email"));
	article_free(a);

	/* A handle is no address. */
	a = parse_ok("Pilots strike at Tarrow Point\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping.\n\n"
	    "The union thanked its members on social media at @tarrowpilots.\n",
	    "pilots.txt", NULL);
	assert_non_null(strstr(a->body, "@tarrowpilots."));
	article_free(a);
}

/* A sentence of the report among short furniture lines (a caption line
 * before it, a list heading after it) is not part of their run; a promo
 * that speaks to the reader is, and so is a question that is a link. */
static void
test_article_run_sentence(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Harbour pilots at Tarrow Point walked off the job on "
	    "Monday, halting all commercial shipping at the port.\n"
	    "Ships waiting outside the harbour on Monday\n"
	    "Port officials said 23 vessels were waiting at anchor by Monday "
	    "evening.\n"
	    "Most viewed\n", "pilots.txt", NULL);
	assert_non_null(strstr(a->body, "Port officials said 23 vessels"));
	assert_null(strstr(a->body, "Most viewed"));
	article_free(a);

	/* A list's heading takes its links, a question among them too,
	 * up to prose (a longer question is prose). */
	a = parse_ok("Harbour pilots at Tarrow Point walked off the job on "
	    "Monday, halting all commercial shipping at the port.\n"
	    "Related\n"
	    "Why are the pilots striking?\n"
	    "Ferry fares to rise by a fifth\n"
	    "Why would a port authority cancel a pay agreement in the "
	    "middle of the busiest season?\n"
	    "Port officials said 23 vessels were waiting at anchor.\n",
	    "pilots.txt", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping at the "
	    "port.\n\nWhy would a port authority cancel a pay agreement in "
	    "the middle of the busiest season?\n\nPort officials said 23 "
	    "vessels were waiting at anchor.");
	article_free(a);

	a = parse_ok("Pilots strike at Tarrow Point\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping at the port.\n\n"
	    "Port officials said 23 vessels were waiting at anchor.\n\n"
	    "Keep reading\n"
	    "Read stories from hundreds of papers, picked out for you.\n"
	    "Members sign in here\n", "pilots.txt", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping at the "
	    "port.\n\nPort officials said 23 vessels were waiting at "
	    "anchor.");
	article_free(a);
}

/* A link list's heading as the label of a link ("Also read: …") goes
 * wherever it stands; after such a label a sentence, and "Latest:" before
 * a report, stay. */
static void
test_article_list_labels(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Pilots strike at Tarrow Point\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping at the port.\n\n"
	    "Also read: Ferry fares to rise by a fifth as fuel costs climb\n\n"
	    "Related: The union said it would meet the authority on "
	    "Friday.\n\n"
	    "Latest: Pilots return to work at Tarrow Point\n\n"
	    "Port officials said 23 vessels were waiting at anchor.\n",
	    "pilots.txt", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping at the "
	    "port.\n\nRelated: The union said it would meet the authority "
	    "on Friday.\n\nLatest: Pilots return to work at Tarrow Point"
	    "\n\nPort officials said 23 vessels were waiting at anchor.");
	article_free(a);

	a = parse_ok("<html><body><article>"
	    "<p>Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping at the port.</p>"
	    "<p><strong>Also read:</strong> <a href=\"/f\">Ferry fares rise "
	    "by a fifth.</a></p>"
	    "<p>Port officials said 23 vessels were waiting at anchor.</p>"
	    "</article></body></html>", "pilots.html", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping at the "
	    "port.\n\nPort officials said 23 vessels were waiting at "
	    "anchor.");
	article_free(a);
}

/* A byline that carries the page's other parts after " | " or " · "
 * ("By Elin Markham and Tom Hale | Published 2 June 2025, 18:05 BST") is a
 * byline: its name is the author, its date the date. */
static void
test_article_byline_parts(void **state)
{
	static const struct {
		const char	*line;
		const char	*author;
		const char	*date;	/* NULL: none */
	} cases[] = {
		{ "By Elin Markham and Tom Hale | Published 2 June 2025, "
		  "18:05 BST", "Elin Markham and Tom Hale", "2025-06-02" },
		{ "By Elin Markham \xC2\xB7 June 2, 2025", "Elin Markham",
		  "2025-06-02" },
		{ "By Elin Markham | Transport correspondent", "Elin Markham",
		  NULL },
	};
	struct article	*a;
	char		*text;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		text = xasprintf("Pilots strike at Tarrow Point\n%s\n"
		    "Harbour pilots at Tarrow Point walked off the job on "
		    "Monday, halting all commercial shipping.\n", cases[i].line);
		a = parse_ok(text, "pilots.txt", NULL);
		assert_string_equal(a->body, "Harbour pilots at Tarrow Point "
		    "walked off the job on Monday, halting all commercial "
		    "shipping.");
		assert_string_equal(a->author, cases[i].author);
		if (cases[i].date == NULL)
			assert_null(a->date);
		else
			assert_string_equal(a->date, cases[i].date);
		article_free(a);
		free(text);
	}
}

/* A note on the writer who signed the byline ends a page; the name in a
 * sentence of the report, or the note in the middle, stays. */
static void
test_article_author_bio(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Pilots strike at Tarrow Point\nBy Elin Markham\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping at the port.\n\n"
	    "Port officials said 23 vessels were waiting at anchor.\n\n"
	    "Elin Markham is the Tarrow Herald's transport correspondent. She "
	    "has covered shipping since 2015.\n", "pilots.txt", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping at the "
	    "port.\n\nPort officials said 23 vessels were waiting at "
	    "anchor.");
	article_free(a);

	a = parse_ok("Pilots strike at Tarrow Point\nBy Elin Markham\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping at the port.\n\n"
	    "Elin Markham is among the passengers held at anchor on the "
	    "ferry.\n\n"
	    "Elin Markham's ferry was one of 23 vessels waiting at anchor.\n",
	    "pilots.txt", NULL);
	assert_non_null(strstr(a->body, "Elin Markham is among"));
	assert_non_null(strstr(a->body, "Elin Markham's ferry"));
	article_free(a);
}

/*
 * Copied pages' tops: the title, the date and the body each gives.
 * - Labels, the headline, a standfirst, a byline and what follows it
 *   ("Reporting from …", a labelled time, the listening prompt): the
 *   headline is the line before the byline, and a labelled time is no
 *   more text than a date.
 * - A standfirst without a full stop still ends the headline's search
 *   and is kept; the name line, dates and "Last modified" after it are
 *   not text.
 */
static void
test_article_copied_tops(void **state)
{
	static const struct {
		const char	*text;
		const char	*body;
	} cases[] = {
		{ "Advertisement\nSupported by\n"
		  "Sea wall to be rebuilt by spring\n"
		  "The authority says the work will cost 4.2 million pounds "
		  "and will be paid for mostly by the region.\n"
		  "By Tess Arden\nReporting from Caldmouth\nFeb. 11, 2025\n"
		  "Updated 9:41 a.m. ET\n"
		  "Listen to this article · 4:12 min Learn more\n"
		  "Share full article\n"
		  "The sea wall at Caldmouth will be rebuilt by the spring, "
		  "the harbour authority said on Tuesday.\n"
		  "Posted 3 hours ago\n"
		  "Published On 11 Feb 202511 Feb 2025\n"
		  "Updated figures at 9:41 showed the tide had turned.\n",
		  "The authority says the work will cost 4.2 million pounds "
		  "and will be paid for mostly by the region.\n\nThe sea wall "
		  "at Caldmouth will be rebuilt by the spring, the harbour "
		  "authority said on Tuesday.\n\nUpdated figures at 9:41 "
		  "showed the tide had turned." },
		{ "Harbour\nThis article is more than 2 years old\n"
		  "Sea wall to be rebuilt by spring\n"
		  "Authority says the work will cost 4.2 million pounds and "
		  "will mostly be paid for by the region\n"
		  "Tess Arden Harbour correspondent\n"
		  "Tue 11 Feb 2025 09.00 GMT\n"
		  "Last modified on Tue 11 Feb 2025 10.12 GMT\n"
		  "The sea wall at Caldmouth will be rebuilt by the spring, "
		  "the harbour authority said on Tuesday.\n"
		  "Engineers found that its footings had moved in three "
		  "places.\n",
		  "Authority says the work will cost 4.2 million pounds and "
		  "will mostly be paid for by the region\n\nThe sea wall at "
		  "Caldmouth will be rebuilt by the spring, the harbour "
		  "authority said on Tuesday.\n\nEngineers found that its "
		  "footings had moved in three places." }
	};
	struct article	*a;

	(void)state;
	for (size_t i = 0; i < UTIL_NELEM(cases); i++) {
		a = parse_ok(cases[i].text, "wall.txt", NULL);
		assert_string_equal(a->title,
		    "Sea wall to be rebuilt by spring");
		assert_string_equal(a->date, "2025-02-11");
		assert_string_equal(a->body, cases[i].body);
		article_free(a);
	}
}

/* A wire report's end: rules of underscores, the thanks to other
 * writers, a "follow" line with an address; a correction note is text. */
static void
test_article_wire_end(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Sea wall to be rebuilt by spring\n"
	    "The sea wall at Caldmouth will be rebuilt by the spring, the "
	    "harbour authority said on Tuesday.\n"
	    "* * *\n"
	    "Engineers found that its footings had moved in three places.\n"
	    "___\n"
	    "Harbour Wire writer Jon Fell in Vellmar contributed to this "
	    "report.\n"
	    "___\n"
	    "Follow Tess Arden at https://social.example/tessarden\n"
	    "___\n"
	    "This story has been corrected to show that the wall is 2 "
	    "kilometres long, not 3. The full report is at "
	    "https://harbour.example/report.\n", "wall.txt", NULL);
	assert_string_equal(a->body, "The sea wall at Caldmouth will be "
	    "rebuilt by the spring, the harbour authority said on Tuesday."
	    "\n\nEngineers found that its footings had moved in three places."
	    "\n\nThis story has been corrected to show that the wall is 2 "
	    "kilometres long, not 3. The full report is at "
	    "https://harbour.example/report.");
	article_free(a);
}

/* A copied page without blank lines: the headline is the top line that
 * tells what the lede tells, not the place line or the caption after it;
 * a picture agency's credit and the unpunctuated caption under it are
 * not text, here or lower down. */
static void
test_article_headline_by_lede(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Sea wall to be rebuilt by spring\n11 February 2025\n"
	    "Share\nSave\nTess Arden\nHarbour Broadcasting News, Caldmouth\n"
	    "Getty Images\nThe wall was damaged in January's storms\n"
	    "The sea wall at Caldmouth will be rebuilt by the spring, the "
	    "harbour authority said on Tuesday.\n"
	    "Harbour Press Agency\n"
	    "Mara Quill said the work would take three months\n"
	    "Engineers found that its footings had moved in three places.\n",
	    "wall.txt", NULL);
	assert_string_equal(a->title, "Sea wall to be rebuilt by spring");
	assert_string_equal(a->body, "The sea wall at Caldmouth will be "
	    "rebuilt by the spring, the harbour authority said on Tuesday."
	    "\n\nEngineers found that its footings had moved in three "
	    "places.");
	article_free(a);
	/* A promo for another story before the headline. */
	a = parse_ok("Ferry fares frozen until the summer\n"
	    "Quay market moves indoors for winter\n"
	    "Sea wall to be rebuilt by spring\n"
	    "The sea wall at Caldmouth will be rebuilt by the spring, the "
	    "harbour authority said on Tuesday.\n", "wall.txt", NULL);
	assert_string_equal(a->title, "Sea wall to be rebuilt by spring");
	article_free(a);
}

/* An embedded post: its links are cut and its words kept; the line that
 * signs it goes, as do bare times in a live page. */
static void
test_article_embedded_post(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Sea wall: live updates\n\n10:42 GMT\n\n"
	    "The harbour authority has confirmed the sea wall will be rebuilt "
	    "by spring.\n\n9.58am\n\n"
	    "Work will start next month. pic.twitter.com/AbCdEf123\n\n"
	    "\u2014 Mara Quill (@maraquill) February 11, 2025\n\n"
	    "Residents have complained of flooding since December. "
	    "https://t.co/XyZ12\n", "live.txt", NULL);
	assert_string_equal(a->body, "The harbour authority has confirmed the "
	    "sea wall will be rebuilt by spring.\n\nWork will start next "
	    "month.\n\nResidents have complained of flooding since December.");
	article_free(a);
}

static void
test_article_standfirst_kept(void **state)
{
	struct article	*a;

	(void)state;
	/* Headline, standfirst, author, date and "Share" on single lines,
	 * tags and a reuse link at the end. */
	a = parse_fixture("standfirst.txt", NULL);
	assert_string_equal(a->title, "Harbour bridge to stay shut until May, "
	    "Vellmar council admits");
	assert_string_equal(a->date, "2023-03-13");
	assert_string_equal(a->body, "Repairs to the crack found last week "
	    "will take longer than first thought, officials said.\n\n"
	    "The harbour bridge in Vellmar will stay closed until at least "
	    "May, the city council admitted on Monday, after engineers found "
	    "that the crack in its main girder ran deeper than a first "
	    "inspection had shown.\n\n"
	    "The council had said last week that the bridge would reopen "
	    "within three weeks.\n\n"
	    "\xE2\x80\x9CWe were too optimistic,\xE2\x80\x9D the deputy "
	    "mayor, Hanna Lind, told reporters. \xE2\x80\x9CThe safety of "
	    "everyone who crosses that bridge comes first.\xE2\x80\x9D\n\n"
	    "Ferry services will be doubled from Wednesday.");
	assert_int_equal(a->dropped, 9);
	article_free(a);
}

static void
test_article_menu_and_caption_label(void **state)
{
	struct article	*a;

	(void)state;
	/* A menu, "Published" labels, an image source and a caption whose
	 * label stands on the line before it, topic and story links. */
	a = parse_fixture("labels.txt", NULL);
	assert_string_equal(a->title, "Vellmar ferry crews strike over pay");
	assert_string_equal(a->body, "Ferry crews in Vellmar have walked out "
	    "over pay, days after the harbour bridge was closed for repairs."
	    "\n\nThe strike leaves thousands of commuters without a way "
	    "across the harbour.");
	assert_int_equal(a->dropped, 17);
	article_free(a);
}

static void
test_article_comment_form(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_fixture("comments.txt", NULL);
	assert_string_equal(a->title, "Tram drivers accept new pay offer");
	assert_string_equal(a->date, "2023-03-20");
	assert_string_equal(a->body, "Tram drivers in Vellmar have voted to "
	    "accept a 5% pay rise, ending a strike that lasted almost two "
	    "weeks.\n\nThe union said 81% of members who voted backed the "
	    "deal.");
	assert_int_equal(a->dropped, 16);
	article_free(a);
}

/* Readers' comments copied below the text (a heading, then names, times,
 * the comments and their buttons) are not the report's; a subheading
 * about comments with no comment after it stays, even above the page's
 * time. */
static void
test_article_comment_thread(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Pilots strike halts port\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping at the port.\n\n"
	    "Port officials said 23 vessels were waiting at anchor.\n\n"
	    "3 comments\nBram Tell\nJune 2, 2025 at 7:14 pm\n"
	    "About time someone stood up to the port authority. They have "
	    "been squeezing everyone for years.\nReply\nInes Vale\n"
	    "June 2, 2025 at 8:02 pm\n"
	    "My fuel delivery is already two days late because of this "
	    "strike, and nobody will tell me when it will arrive.\nReply\n",
	    "pilots.txt", NULL);
	assert_string_equal(a->body, "Harbour pilots at Tarrow Point walked "
	    "off the job on Monday, halting all commercial shipping at the "
	    "port.\n\nPort officials said 23 vessels were waiting at "
	    "anchor.");
	article_free(a);

	a = parse_ok("Pilots strike halts port\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping at the port.\n\n"
	    "Public comments\n\n"
	    "The authority received 240 written comments on its pay plan "
	    "before it cancelled the agreement in March.\n", "pilots.txt",
	    NULL);
	assert_non_null(strstr(a->body, "The authority received 240"));
	article_free(a);

	/* Nor does one with the page's time at its end. */
	a = parse_ok("Pilots strike halts port\n\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping at the port.\n\n"
	    "Comments\n\n"
	    "The minister's comments on the strike drew criticism from both "
	    "unions on Tuesday.\n\n"
	    "Updated June 3, 2025\n", "pilots.txt", NULL);
	assert_non_null(strstr(a->body, "The minister's comments"));
	article_free(a);
}

/* A live page copied as text: its key events (clock times before short
 * headlines) and its toggle are not the headline, and each entry's time
 * stamp is neither text nor joined to the text around it. */
static void
test_article_live_page(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("Tarrow Point pilots strike: live updates\n"
	    "Key events\n"
	    "18:40 Port says 23 ships waiting\n"
	    "17:05 Union rejects talks\n"
	    "Show key events only\n"
	    "18:40 BST\n"
	    "Port officials said 23 vessels were waiting at anchor by Monday "
	    "evening.\n"
	    "17:05 BST\n"
	    "The pilots' association rejected an invitation to talks.\n"
	    "16:20 BST\n"
	    "Harbour pilots at Tarrow Point walked off the job on Monday, "
	    "halting all commercial shipping at the port.\n", "live.txt",
	    NULL);
	assert_string_equal(a->title,
	    "Tarrow Point pilots strike: live updates");
	assert_string_equal(a->body, "Port officials said 23 vessels were "
	    "waiting at anchor by Monday evening.\n\nThe pilots' association "
	    "rejected an invitation to talks.\n\nHarbour pilots at Tarrow "
	    "Point walked off the job on Monday, halting all commercial "
	    "shipping at the port.");
	article_free(a);
}

/* A page in another encoding that declares it, or that its server
 * names, is read in it (ISO-8859-1 as windows-1252, as browsers do); a
 * page that declares one but is UTF-8, or declares one that cannot be
 * read, is read as UTF-8. */
static void
test_article_page_encoding(void **state)
{
	static const struct {
		const char	*page;
		const char	*body;
		size_t		 invalid;
	} cases[] = {
		{ "<html><head><meta charset=\"windows-1252\"></head><body>"
		  "<p>The caf\xe9 owners said: \x93We will stay shut.\x94</p>"
		  "</body></html>",
		  "The caf\xc3\xa9 owners said: \xe2\x80\x9cWe will stay "
		  "shut.\xe2\x80\x9d", 0 },
		{ "<html><head><meta http-equiv=\"Content-Type\" "
		  "content=\"text/html; charset=ISO-8859-1\"></head><body>"
		  "<p>The caf\xe9 owners said: \x93We will stay shut.\x94</p>"
		  "</body></html>",
		  "The caf\xc3\xa9 owners said: \xe2\x80\x9cWe will stay "
		  "shut.\xe2\x80\x9d", 0 },
		{ "<?xml version=\"1.0\" encoding=\"windows-1251\"?><html>"
		  "<body><p>\xcf\xf0\xe8\xe2\xe5\xf2, Vellmar.</p></body>"
		  "</html>",
		  "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, "
		  "Vellmar.", 0 },
		{ "<html><head><meta charset=\"windows-1252\"></head><body>"
		  "<p>The caf\xc3\xa9 owners stayed shut.</p></body></html>",
		  "The caf\xc3\xa9 owners stayed shut.", 0 },
		{ "<html><head><meta charset=\"x-no-such-code\"></head><body>"
		  "<p>The caf\xe9 owners stayed shut.</p></body></html>",
		  "The caf\xef\xbf\xbd owners stayed shut.", 1 },
	};
	struct article	*a;
	size_t		 i;

	struct article_hints	 h = { 0 };
	const char		*page = "<html><body><p>The caf\xe9 owners "
	    "stayed shut.</p></body></html>";

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		a = parse_ok(cases[i].page, "page.html", NULL);
		assert_string_equal(a->body, cases[i].body);
		assert_int_equal(a->invalid, cases[i].invalid);
		article_free(a);
	}

	/* A fetched page that declares nothing is read in the encoding
	 * its server names; what the page declares comes first. */
	h.content_type = "text/html; charset=ISO-8859-1";
	a = parse_ok(page, "https://news.example/cafe", &h);
	assert_string_equal(a->body, "The caf\xc3\xa9 owners stayed shut.");
	article_free(a);
	h.content_type = "text/html";
	a = parse_ok(page, "https://news.example/cafe", &h);
	assert_int_equal(a->invalid, 1);
	article_free(a);
	h.content_type = "text/html; charset=koi8-r";
	a = parse_ok("<html><head><meta charset=\"windows-1252\"></head>"
	    "<body><p>The caf\xe9 owners stayed shut.</p></body></html>",
	    "https://news.example/cafe", &h);
	assert_string_equal(a->body, "The caf\xc3\xa9 owners stayed shut.");
	article_free(a);
}

static void
test_article_outlet_dateline(void **state)
{
	struct article	*a;

	(void)state;
	a = parse_ok("(Harbour Wire) - Two new cranes arrived in the port of "
	    "Vellmar on Sunday, the authority said.\n", "o.txt", NULL);
	assert_string_equal(a->body, "Two new cranes arrived in the port of "
	    "Vellmar on Sunday, the authority said.");
	article_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_article_header_block),
		cmocka_unit_test(test_article_header_needs_every_line),
		cmocka_unit_test(test_article_heuristic_title),
		cmocka_unit_test(test_article_caption_credit_under_title),
		cmocka_unit_test(test_article_title_from_first_sentence),
		cmocka_unit_test(test_article_dateline),
		cmocka_unit_test(test_article_date_token),
		cmocka_unit_test(test_article_origin_date),
		cmocka_unit_test(test_article_furniture_families),
		cmocka_unit_test(test_article_banner_run),
		cmocka_unit_test(test_article_labels_above_headline),
		cmocka_unit_test(test_article_captions),
		cmocka_unit_test(test_article_sentences_kept),
		cmocka_unit_test(test_article_last_sentence_kept),
		cmocka_unit_test(test_article_related_list),
		cmocka_unit_test(test_article_credits_and_copyright),
		cmocka_unit_test(test_article_paragraphs),
		cmocka_unit_test(test_article_all_furniture_refused),
		cmocka_unit_test(test_article_empty_and_blank),
		cmocka_unit_test(test_article_nul_refused),
		cmocka_unit_test(test_article_invalid_utf8_counted),
		cmocka_unit_test(test_article_html_og),
		cmocka_unit_test(test_article_html_article_element),
		cmocka_unit_test(test_article_html_densest_block),
		cmocka_unit_test(test_article_html_wrapped_paragraphs),
		cmocka_unit_test(test_article_html_lead),
		cmocka_unit_test(test_article_html_split_text),
		cmocka_unit_test(test_article_html_link_lines_at_bottom),
		cmocka_unit_test(test_article_html_json_ld),
		cmocka_unit_test(test_article_html_chrome_dropped),
		cmocka_unit_test(test_article_html_no_external_entities),
		cmocka_unit_test(test_article_html_not_html),
		cmocka_unit_test(test_article_html_title_suffix),
		cmocka_unit_test(test_article_html_byline_and_time),
		cmocka_unit_test(test_article_html_site_as_author),
		cmocka_unit_test(test_article_html_author_parts),
		cmocka_unit_test(test_article_auto_format),
		cmocka_unit_test(test_article_raw_format),
		cmocka_unit_test(test_article_hints_win),
		cmocka_unit_test(test_article_fallback_source_last),
		cmocka_unit_test(test_article_parse_date),
		cmocka_unit_test(test_article_parse_file_errors),
		cmocka_unit_test(test_article_control_characters_cleaned),
		cmocka_unit_test(test_article_standfirst_kept),
		cmocka_unit_test(test_article_html_end_note),
		cmocka_unit_test(test_article_end_notes),
		cmocka_unit_test(test_article_page_notes),
		cmocka_unit_test(test_article_run_sentence),
		cmocka_unit_test(test_article_list_labels),
		cmocka_unit_test(test_article_author_bio),
		cmocka_unit_test(test_article_byline_parts),
		cmocka_unit_test(test_article_copied_tops),
		cmocka_unit_test(test_article_wire_end),
		cmocka_unit_test(test_article_headline_by_lede),
		cmocka_unit_test(test_article_embedded_post),
		cmocka_unit_test(test_article_menu_and_caption_label),
		cmocka_unit_test(test_article_comment_form),
		cmocka_unit_test(test_article_comment_thread),
		cmocka_unit_test(test_article_live_page),
		cmocka_unit_test(test_article_page_encoding),
		cmocka_unit_test(test_article_outlet_dateline)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
