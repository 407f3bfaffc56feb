/* Unit tests of story: assignment at import through the index, twin
 * events kept apart, titles, merge and split. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax/article.h"
#include "parallax/store.h"
#include "parallax/story.h"
#include "parallax/util.h"

struct fixture {
	char		 dir[32];
	struct store	*st;
};

static int
setup(void **state)
{
	struct fixture	*f = xcalloc(1, sizeof *f);
	char		*path, *cause = NULL;
	int		 rc;

	strcpy(f->dir, "/tmp/parallax-story.XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	path = xasprintf("%s/store.db", f->dir);
	rc = store_open(path, false, &f->st, &cause);
	free(path);
	if (rc != 0) {
		free(cause);
		return -1;
	}
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;
	char		*cmd = xasprintf("rm -rf '%s'", f->dir);
	int		 rc;

	store_close(f->st);
	rc = system(cmd);
	free(cmd);
	free(f);
	return rc == 0 ? 0 : -1;
}

/* Import one article in its own transaction; returns its story. */
static int64_t
import(struct store *st, const char *source, const char *date,
    const char *title, const char *body, int64_t *id)
{
	struct article	 a = { 0 };
	int64_t		 story = 0, aid = 0;
	char		*cause = NULL;
	bool		 dup;

	a.source = (char *)(uintptr_t)source;
	a.date = (char *)(uintptr_t)date;
	a.title = (char *)(uintptr_t)title;
	a.body = (char *)(uintptr_t)body;
	a.body_len = strlen(body);
	a.origin = (char *)(uintptr_t)"test";
	assert_int_equal(store_begin(st, &cause), 0);
	assert_int_equal(story_import(st, &a, &aid, &story, &dup, &cause), 0);
	assert_false(dup);
	assert_int_equal(store_commit(st, &cause), 0);
	if (id != NULL)
		*id = aid;
	return story;
}

static const char *flood_a =
    "Floodwater reached the old mill district of Tessaly on Monday after "
    "the river Arno Vell burst its banks, and 3,000 residents left their "
    "homes. Mayor Ilse Brandt said the Tessaly flood barrier failed at "
    "dawn. Rescue boats worked along Quay Street all day.";
static const char *flood_b =
    "The river Arno Vell flooded Tessaly's mill district on Monday, "
    "forcing about 3,000 residents from their homes, after the flood "
    "barrier gave way at dawn, Mayor Ilse Brandt said. Boats rescued "
    "families from Quay Street.";
static const char *budget =
    "The Kellmar regional assembly approved a budget of 40 million euros "
    "for new school buildings on Wednesday, with the opposition Green "
    "bloc voting against. The assembly speaker Hanno Reit called the vote "
    "historic.";
/* The same kind of event, another place, months later. */
static const char *flood_twin =
    "Floodwater reached the harbour district of Morrow on Monday after the "
    "river Selle burst its banks, and 2,000 residents left their homes. "
    "Governor Pia Aalto said the Morrow sea wall failed at dawn. Rescue "
    "boats worked along Harbour Road all day.";

static void
test_story_same_event_joins(void **state)
{
	struct fixture	*f = *state;
	int64_t		 s1, s2, s3;

	s1 = import(f->st, "Wire", "2025-03-03", "Tessaly flooded",
	    flood_a, NULL);
	s2 = import(f->st, "Post", "2025-03-03", "Flood hits Tessaly mill "
	    "district", flood_b, NULL);
	s3 = import(f->st, "Wire", "2025-03-04", "Kellmar school budget "
	    "passes", budget, NULL);
	assert_int_equal(s1, s2);
	assert_true(s3 != s1);
}

static void
test_story_twin_event_apart(void **state)
{
	struct fixture	*f = *state;
	int64_t		 s1, s2;

	s1 = import(f->st, "Wire", "2025-03-03", "Tessaly flooded",
	    flood_a, NULL);
	s2 = import(f->st, "Post", "2025-09-20", "Morrow flooded",
	    flood_twin, NULL);
	assert_true(s1 != s2);
}

/* Two arrests of one person a year apart, in articles without dates:
 * the date each lede gives keeps them apart; two reports of one arrest
 * still join. */
static void
test_story_undated_twins(void **state)
{
	struct fixture	*f = *state;
	int64_t		 s1, s2, s3, s4;

	s1 = import(f->st, "Wire", NULL, "Orla Venn arrested at Harwick "
	    "port", "Police in Harwick arrested the climate activist Orla "
	    "Venn on Tuesday, March 5, 2024, after she chained herself to a "
	    "crane at the port's coal terminal. Venn was charged with "
	    "obstructing port operations and released on bail.", NULL);
	s2 = import(f->st, "Post", NULL, "Orla Venn held after crane "
	    "protest", "Climate campaigner Orla Venn was arrested in Harwick "
	    "on March 5, 2024 after chaining herself to a crane at the coal "
	    "terminal, police said. She was charged with obstruction and "
	    "bailed.", NULL);
	s3 = import(f->st, "Wire", NULL, "Orla Venn arrested again in "
	    "Harwick", "Police arrested the climate activist Orla Venn in "
	    "Harwick on Thursday, February 13, 2025, after she blocked the "
	    "gate of the port's new gas terminal. Venn was charged with "
	    "obstructing port operations, police said.", NULL);
	s4 = import(f->st, "Post", "", "Venn detained at Harwick gas "
	    "terminal", "Orla Venn was detained in Harwick again on February "
	    "13, 2025 after blocking the gate of the port's new gas terminal, "
	    "and was charged with obstruction, police said.", NULL);
	assert_int_equal(s1, s2);
	assert_int_equal(s3, s4);
	assert_true(s1 != s3);
}

static void
test_story_title_representative(void **state)
{
	struct fixture	*f = *state;
	char		*title, *cause;
	int64_t		 s;

	import(f->st, "Wire", "2025-03-03", "Tessaly flood: mill district "
	    "under water", flood_a, NULL);
	import(f->st, "Post", "2025-03-03", "LIVE updates", flood_b, NULL);
	s = import(f->st, "Daily", "2025-03-03", "Mill district of Tessaly "
	    "flooded as barrier fails", "Floodwater covered the mill "
	    "district of Tessaly on Monday when the flood barrier on the Arno "
	    "Vell failed, and 3,000 residents fled, Mayor Ilse Brandt said.",
	    NULL);
	assert_int_equal(store_story_info(f->st, s, &title, NULL, &cause), 0);
	/* The headline that shares most with the others, not "LIVE". */
	assert_non_null(strstr(title, "Tessaly"));
	free(title);
}

/* A short headline that the others contain does not win for being
 * short: the common one does. */
static void
test_story_title_not_shortest(void **state)
{
	struct fixture	*f = *state;
	char		*title, *cause;
	int64_t		 s;

	import(f->st, "Wire", "2025-03-03", "Tessaly flood barrier fails",
	    flood_a, NULL);
	import(f->st, "Post", "2025-03-03", "Tessaly flood barrier fails, "
	    "mill district under water", flood_b, NULL);
	import(f->st, "Daily", "2025-03-03", "Tessaly flood barrier fails, "
	    "mill district under water", "Floodwater covered the mill "
	    "district of Tessaly on Monday when the flood barrier on the Arno "
	    "Vell failed, and 3,000 residents fled, Mayor Ilse Brandt said.",
	    NULL);
	s = import(f->st, "Herald", "2025-03-03", "Tessaly flood", "The flood "
	    "barrier on the Arno Vell failed on Monday and the mill district "
	    "of Tessaly went under water, Mayor Ilse Brandt said.", NULL);
	assert_int_equal(store_story_info(f->st, s, &title, NULL, &cause), 0);
	assert_string_equal(title, "Tessaly flood barrier fails, mill district "
	    "under water");
	free(title);
}

/* Articles without a headline are titled with their first sentence, cut
 * short; a real headline is the story's title even if it shares less. */
static void
test_story_title_not_cut(void **state)
{
	struct fixture	*f = *state;
	char		*title, *cause;
	int64_t		 s;

	import(f->st, "Wire", "2025-03-03", "Floodwater reached the old mill "
	    "district of Tessaly on Monday after the river Arno Vell burst "
	    "its\xe2\x80\xa6", flood_a, NULL);
	import(f->st, "Post", "2025-03-03", "The river Arno Vell flooded "
	    "Tessaly's mill district on Monday, forcing about 3,000 "
	    "residents\xe2\x80\xa6", flood_b, NULL);
	s = import(f->st, "Daily", "2025-03-03", "Barrier fails in Tessaly",
	    "Floodwater covered the mill district of Tessaly on Monday when "
	    "the flood barrier on the Arno Vell failed, and 3,000 residents "
	    "fled, Mayor Ilse Brandt said.", NULL);
	assert_int_equal(store_story_info(f->st, s, &title, NULL, &cause), 0);
	assert_string_equal(title, "Barrier fails in Tessaly");
	free(title);
}

static void
test_story_split_and_merge(void **state)
{
	struct fixture	*f = *state;
	char		*cause;
	int64_t		 s1, s2, a2, ns, story;
	char		*sig, *date;

	s1 = import(f->st, "Wire", "2025-03-03", "Tessaly flooded",
	    flood_a, NULL);
	s2 = import(f->st, "Post", "2025-03-03", "Flood in Tessaly",
	    flood_b, &a2);
	assert_int_equal(s1, s2);
	assert_int_equal(store_begin(f->st, &cause), 0);
	assert_int_equal(story_split(f->st, a2, &ns, &cause), 0);
	assert_int_equal(store_commit(f->st, &cause), 0);
	assert_true(ns != s1);
	assert_int_equal(store_article_signature(f->st, a2, &story, &sig,
	    &date, &cause), 0);
	assert_int_equal(story, ns);
	assert_non_null(sig);
	free(sig);
	free(date);
	/* Alone already: nothing to split. */
	assert_int_equal(store_begin(f->st, &cause), 0);
	assert_int_equal(story_split(f->st, a2, &ns, &cause), 1);
	free(cause);
	assert_int_equal(story_merge(f->st, s1, ns, &cause), 0);
	assert_int_equal(store_commit(f->st, &cause), 0);
	assert_int_equal(store_article_signature(f->st, a2, &story, &sig,
	    &date, &cause), 0);
	assert_int_equal(story, s1);
	free(sig);
	free(date);
	assert_int_equal(store_story_info(f->st, ns, NULL, NULL, &cause), 1);
	assert_int_equal(story_merge(f->st, s1, 999, &cause), 1);
	assert_string_equal(cause, "no story 999");
	free(cause);
	assert_int_equal(story_merge(f->st, s1, s1, &cause), 1);
	free(cause);
}

static void
test_story_duplicate(void **state)
{
	struct fixture	*f = *state;
	struct article	 a = { 0 };
	int64_t		 id1, id2, story;
	char		*cause;
	bool		 dup;

	import(f->st, "Wire", "2025-03-03", "Tessaly flooded", flood_a,
	    &id1);
	a.source = (char *)(uintptr_t)"Other";
	a.title = (char *)(uintptr_t)"Copy";
	a.body = (char *)(uintptr_t)flood_a;
	a.body_len = strlen(flood_a);
	a.origin = (char *)(uintptr_t)"copy";
	assert_int_equal(store_begin(f->st, &cause), 0);
	assert_int_equal(story_import(f->st, &a, &id2, &story, &dup, &cause),
	    0);
	assert_int_equal(store_commit(f->st, &cause), 0);
	assert_true(dup);
	assert_int_equal(id1, id2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_story_same_event_joins,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_twin_event_apart,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_undated_twins,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_title_not_shortest,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_title_not_cut,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_title_representative,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_split_and_merge,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_duplicate, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
