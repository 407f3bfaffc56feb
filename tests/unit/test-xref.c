/* Unit tests of xref: shared claims across outlets, differences, unique
 * claims left alone, no chaining, spans, and the cache. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax/article.h"
#include "parallax/store.h"
#include "parallax/story.h"
#include "parallax/util.h"
#include "parallax/xref.h"

struct fixture {
	char		 dir[32];
	struct store	*st;
	int64_t		 story;
	const char	*bodies[3];
};

static const char *outlets[] = { "Harbour Gazette", "Northline Wire",
    "Valeport Daily" };
static const char *bodies[] = {
	"A fire destroyed the Ostrel timber yard on Friday night. "
	"\"We lost everything we had built in forty years,\" said owner "
	"Mara Voss. About 50,000 tonnes of timber burned, the fire service "
	"said. The yard's night guard raised the alarm at 11 p.m. "
	"The council bought the land for a park.",

	"Fire swept through the Ostrel timber yard late on Friday. "
	"Owner Mara Voss said: \"We lost everything we had built in forty "
	"years.\" Some 40,000 tonnes of timber burned, the fire service said. "
	"Neighbours watched the blaze from the harbour wall.",

	"The Ostrel timber yard burned down on Friday night. "
	"\"We lost everything we had built in forty years,\" Mara Voss told "
	"reporters. About 50,000 tonnes of timber burned, the fire service "
	"said. Insurers expect claims to run for months. "
	"The council purchased the land for a park.",
};

static int
setup(void **state)
{
	struct fixture	*f = xcalloc(1, sizeof *f);
	char		*path, *cause = NULL;
	int64_t		 id, story = 0;
	bool		 dup;

	strcpy(f->dir, "/tmp/parallax-xref.XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	path = xasprintf("%s/store.db", f->dir);
	if (store_open(path, false, &f->st, &cause) != 0)
		return -1;
	free(path);
	if (store_begin(f->st, &cause) != 0)
		return -1;
	for (size_t i = 0; i < 3; i++) {
		struct article a = { 0 };
		a.source = (char *)(uintptr_t)outlets[i];
		a.title = (char *)(uintptr_t)"Ostrel timber yard fire";
		a.date = (char *)(uintptr_t)"2025-05-02";
		a.origin = (char *)(uintptr_t)"test";
		a.body = (char *)(uintptr_t)bodies[i];
		a.body_len = strlen(bodies[i]);
		if (story_import(f->st, &a, &id, &story, &dup, &cause) != 0)
			return -1;
		if (i > 0 && story != f->story)
			return -1;
		f->story = story;
	}
	if (store_commit(f->st, &cause) != 0)
		return -1;
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

/* The shared claim whose mentions all contain words, or NULL. */
static const struct xref_claim *
find(const struct xref_story *x, const char *words)
{
	for (size_t i = 0; i < x->nclaims; i++) {
		const struct xref_claim *c = &x->claims[i];
		size_t k;
		for (k = 0; k < c->nmentions; k++) {
			const struct xref_mention *m = &c->mentions[k];
			const char *b = bodies[m->article];
			char *t = xstrndup(b + m->start, m->end - m->start);
			bool has = strstr(t, words) != NULL;
			free(t);
			if (!has)
				break;
		}
		if (k == c->nmentions)
			return c;
	}
	return NULL;
}

static void
test_xref_shared_quote(void **state)
{
	struct fixture		*f = *state;
	struct xref_story	*x;
	const struct xref_claim	*c;
	char			*cause;

	assert_int_equal(xref_story_get(f->st, f->story, &x, &cause), 0);
	assert_int_equal(x->narticles, 3);
	assert_int_equal(x->nsources, 3);
	c = find(x, "We lost everything we had built in forty years");
	assert_non_null(c);
	assert_int_equal(c->nsources, 3);
	assert_int_equal(c->kind, CLAIM_QUOTE);
	/* Each mention knows its speaker. */
	for (size_t k = 0; k < c->nmentions; k++) {
		const struct xref_mention *m = &c->mentions[k];
		const struct xref_span *s =
		    &x->articles[m->article].spans[m->span];
		const char *b = bodies[m->article];
		char *who = xstrndup(b + s->speaker_start,
		    s->speaker_end - s->speaker_start);
		assert_non_null(strstr(who, "Mara Voss"));
		free(who);
	}
	/* Most widely carried first. */
	assert_int_equal(x->claims[0].nsources, 3);
	xref_story_free(x);
}

static void
test_xref_figure_difference(void **state)
{
	struct fixture		*f = *state;
	struct xref_story	*x;
	const struct xref_claim	*c;
	char			*cause;

	assert_int_equal(xref_story_get(f->st, f->story, &x, &cause), 0);
	c = find(x, "tonnes of timber burned");
	assert_non_null(c);
	assert_int_equal(c->nsources, 3);
	assert_int_equal(c->ndiffs, 1);
	assert_int_equal(c->diffs[0].what, XREF_DIFF_FIGURE);
	/* The outlier is the one outlet that says 40,000. */
	assert_string_equal(x->articles[c->diffs[0].article].source,
	    "Northline Wire");
	assert_non_null(strstr(c->diffs[0].this_value, "50000"));
	assert_non_null(strstr(c->diffs[0].that_value, "40000"));
	/* Shown in each outlet's own words. */
	assert_string_equal(c->diffs[0].this_text, "About 50,000 tonnes");
	assert_string_equal(c->diffs[0].that_text, "Some 40,000 tonnes");
	xref_story_free(x);
}

/* A claim worded with words that stand for one another ("bought",
 * "purchased") is shared. */
static void
test_xref_synonyms(void **state)
{
	struct fixture		*f = *state;
	struct xref_story	*x;
	const struct xref_claim	*c;
	char			*cause;

	assert_int_equal(xref_story_get(f->st, f->story, &x, &cause), 0);
	c = find(x, "the land for a park");
	assert_non_null(c);
	assert_int_equal(c->nsources, 2);
	assert_int_equal(c->ndiffs, 0);
	xref_story_free(x);
}

static void
test_xref_unique_claims(void **state)
{
	struct fixture		*f = *state;
	struct xref_story	*x;
	char			*cause;

	assert_int_equal(xref_story_get(f->st, f->story, &x, &cause), 0);
	assert_null(find(x, "night guard"));
	assert_null(find(x, "harbour wall"));
	assert_null(find(x, "Insurers"));
	/* Every span of every article is in body order, and a unique
	 * sentence has no group. */
	for (size_t i = 0; i < x->narticles; i++) {
		const struct xref_article *a = &x->articles[i];
		assert_true(a->nsentences >= 4);
		assert_true(a->nshared >= 2 && a->nshared < a->nsentences);
		for (size_t k = 1; k < a->nspans; k++)
			assert_true(a->spans[k - 1].start <= a->spans[k].start);
	}
	xref_story_free(x);
}

static void
test_xref_mentions_point_at_spans(void **state)
{
	struct fixture		*f = *state;
	struct xref_story	*x;
	char			*cause;

	assert_int_equal(xref_story_get(f->st, f->story, &x, &cause), 0);
	for (size_t i = 0; i < x->nclaims; i++) {
		const struct xref_claim *c = &x->claims[i];
		assert_int_equal(c->id, i + 1);
		for (size_t k = 0; k < c->nmentions; k++) {
			const struct xref_mention *m = &c->mentions[k];
			const struct xref_span *s =
			    &x->articles[m->article].spans[m->span];
			assert_int_equal(s->start, m->start);
			assert_int_equal(s->end, m->end);
			assert_int_equal(s->group, i);
		}
	}
	xref_story_free(x);
}

static void
test_xref_cache(void **state)
{
	struct fixture		*f = *state;
	struct xref_story	*x, *y;
	char			*cause, *data;
	size_t			 len;

	assert_int_equal(store_xref_cache_get(f->st, f->story, &data, &len,
	    &cause), 1);
	assert_int_equal(xref_story_get(f->st, f->story, &x, &cause), 0);
	assert_int_equal(store_xref_cache_get(f->st, f->story, &data, &len,
	    &cause), 0);
	free(data);
	assert_int_equal(xref_story_get(f->st, f->story, &y, &cause), 0);
	assert_int_equal(x->nclaims, y->nclaims);
	assert_string_equal(x->articles[1].source, y->articles[1].source);
	assert_int_equal(x->claims[0].nmentions, y->claims[0].nmentions);
	for (size_t i = 0; i < x->narticles; i++) {
		for (size_t k = 0; k < x->articles[i].nspans; k++) {
			const struct xref_span *a = &x->articles[i].spans[k];
			const struct xref_span *b = &y->articles[i].spans[k];
			assert_int_equal(a->speaker_start, b->speaker_start);
			assert_int_equal(a->speaker_end, b->speaker_end);
			assert_int_equal(a->group, b->group);
		}
	}
	xref_story_free(y);
	/* A damaged cache is recomputed, never trusted. */
	assert_int_equal(store_xref_cache_put(f->st, f->story, x->version,
	    "garbage\n", 8, 0, &cause), 0);
	assert_int_equal(xref_story_get(f->st, f->story, &y, &cause), 0);
	assert_int_equal(x->nclaims, y->nclaims);
	xref_story_free(y);
	xref_story_free(x);
	assert_int_equal(xref_story_get(f->st, 999, &x, &cause), 1);
}

/* The interface's background work: the cache alone, a computation that
 * does not cache, a computation asked to stop, and a second connection
 * of the same process whose wait for a lock ends when asked to stop. */
static void
test_xref_background(void **state)
{
	struct fixture		*f = *state;
	struct xref_story	*x = NULL, *y = NULL;
	struct store		*again, *other;
	atomic_bool		 stop;
	char			*cause = NULL, *data;
	size_t			 len;

	assert_int_equal(xref_story_cached(f->st, f->story, &x, &cause), 2);
	assert_int_equal(xref_story_cached(f->st, 999, &x, &cause), 1);
	atomic_init(&stop, true);
	assert_int_equal(xref_story_compute(f->st, f->story, &stop, &x,
	    &cause), -1);
	assert_string_equal(cause, "cancelled");
	free(cause);
	cause = NULL;
	atomic_store(&stop, false);
	assert_int_equal(store_open_again(f->st, &again, &cause), 0);
	assert_int_equal(xref_story_compute(again, f->story, &stop, &x,
	    &cause), 0);
	assert_int_equal(x->nclaims > 0, true);
	/* Computing caches nothing: the caller does. */
	assert_int_equal(store_xref_cache_get(f->st, f->story, &data, &len,
	    &cause), 1);
	data = xref_story_encode(x);
	assert_int_equal(store_xref_cache_put(again, f->story, x->version,
	    data, strlen(data), x->nclaims, &cause), 0);
	assert_int_equal(xref_story_cached(f->st, f->story, &y, &cause), 0);
	assert_int_equal(y->nclaims, x->nclaims);
	xref_story_free(y);
	/* The story changed after its claims were read: the result is not
	 * cached under the new version. */
	assert_int_equal(store_story_touch(f->st, f->story, &cause), 0);
	assert_int_equal(store_xref_cache_put(again, f->story, x->version,
	    data, strlen(data), x->nclaims, &cause), 0);
	free(data);
	assert_int_equal(xref_story_cached(f->st, f->story, &y, &cause), 2);
	/* Another connection holds the write lock: a stopped wait gives
	 * the write up at once (else the test would wait ten minutes). */
	assert_int_equal(store_open_again(f->st, &other, &cause), 0);
	assert_int_equal(store_begin(other, &cause), 0);
	store_set_busy_stop(again, 600000, &stop);
	atomic_store(&stop, true);
	data = xref_story_encode(x);
	assert_int_equal(store_xref_cache_put(again, f->story, x->version,
	    data, strlen(data), x->nclaims, &cause), -1);
	assert_non_null(strstr(cause, "locked"));
	free(cause);
	free(data);
	store_rollback(other);
	store_close(other);
	store_close(again);
	/* Refreshing computes without looking, and caches. */
	assert_int_equal(xref_story_refresh(f->st, f->story, &y, &cause), 0);
	assert_int_equal(y->nclaims, x->nclaims);
	xref_story_free(y);
	assert_int_equal(xref_story_cached(f->st, f->story, &y, &cause), 0);
	xref_story_free(y);
	xref_story_free(x);
}

/* Import one article into the open batch, and its story into *first
 * (the story of the first article imported so). */
static void
import_into(struct fixture *f, const char *source, const char *title,
    const char *date, char *body, int64_t *first)
{
	struct article	 a = { 0 };
	char		*cause = NULL;
	int64_t		 id, story;
	bool		 dup;

	a.source = (char *)(uintptr_t)source;
	a.title = (char *)(uintptr_t)title;
	a.date = (char *)(uintptr_t)date;
	a.origin = (char *)(uintptr_t)"test";
	a.body = body;
	a.body_len = strlen(body);
	assert_int_equal(story_import(f->st, &a, &id, &story, &dup, &cause),
	    0);
	assert_false(dup);
	if (*first == 0)
		*first = story;
	else if (story != *first)
		assert_int_equal(story_merge(f->st, *first, story, &cause), 0);
}

/* Whether two cross-references of one story are the same. */
static void
assert_same_xref(const struct xref_story *x, const struct xref_story *y)
{
	assert_int_equal(x->nclaims, y->nclaims);
	assert_int_equal(x->narticles, y->narticles);
	for (size_t i = 0; i < x->nclaims; i++) {
		const struct xref_claim *a = &x->claims[i], *b = &y->claims[i];
		assert_int_equal(a->kind, b->kind);
		assert_int_equal(a->nsources, b->nsources);
		assert_int_equal(a->nmentions, b->nmentions);
		assert_int_equal(a->ndiffs, b->ndiffs);
		for (size_t k = 0; k < a->nmentions; k++) {
			assert_int_equal(a->mentions[k].article,
			    b->mentions[k].article);
			assert_int_equal(a->mentions[k].start,
			    b->mentions[k].start);
			assert_int_equal(a->mentions[k].end,
			    b->mentions[k].end);
		}
		for (size_t k = 0; k < a->ndiffs; k++) {
			assert_int_equal(a->diffs[k].what, b->diffs[k].what);
			assert_string_equal(a->diffs[k].this_value,
			    b->diffs[k].this_value);
			assert_string_equal(a->diffs[k].that_value,
			    b->diffs[k].that_value);
			assert_string_equal(a->diffs[k].this_text,
			    b->diffs[k].this_text);
			assert_string_equal(a->diffs[k].that_text,
			    b->diffs[k].that_text);
		}
	}
	for (size_t i = 0; i < x->narticles; i++) {
		assert_int_equal(x->articles[i].nspans, y->articles[i].nspans);
		assert_int_equal(x->articles[i].nshared,
		    y->articles[i].nshared);
		for (size_t k = 0; k < x->articles[i].nspans; k++)
			assert_int_equal(x->articles[i].spans[k].group,
			    y->articles[i].spans[k].group);
	}
}

/* A story large enough to be compared on several threads gives what one
 * thread gives, and finds the claims all its outlets share. */
static void
test_xref_threads(void **state)
{
	struct fixture		*f = *state;
	struct xref_story	*one, *many;
	char			*cause = NULL;
	int64_t			 first = 0;

	assert_int_equal(store_begin(f->st, &cause), 0);
	for (size_t i = 0; i < 36; i++) {
		char *src = xasprintf("Outlet %zu", i);
		char *body = xasprintf("%s Reporter %zu of %s counted %zu "
		    "engines at the yard gate.", bodies[i % 3], i, src,
		    10 + i);
		import_into(f, src, "Ostrel timber yard fire", "2025-05-02",
		    body, &first);
		free(src);
		free(body);
	}
	assert_int_equal(store_commit(f->st, &cause), 0);
	xref_set_threads(1);
	assert_int_equal(xref_story_get(f->st, first, &one, &cause), 0);
	/* The fixture's three and these, every outlet with the quote. */
	assert_int_equal(one->narticles, 39);
	assert_int_equal(one->claims[0].nsources, 39);
	for (size_t n = 2; n <= 4; n++) {
		assert_int_equal(store_xref_cache_put(f->st, first,
		    one->version, "stale\n", 6, 0, &cause), 0);
		xref_set_threads(n);
		assert_int_equal(xref_story_get(f->st, first, &many, &cause),
		    0);
		assert_same_xref(one, many);
		xref_story_free(many);
	}
	xref_set_threads(0);
	xref_story_free(one);
}

/* A claim carried by more outlets than a claim is compared with (the
 * likeliest XREF_CANDIDATES) is still found, by many of them, and the
 * claims each outlet has alone are not linked. */
static void
test_xref_many_outlets(void **state)
{
	struct fixture		*f = *state;
	struct xref_story	*x;
	char			*cause = NULL;
	int64_t			 first = 0;
	size_t			 i, k;

	assert_int_equal(store_begin(f->st, &cause), 0);
	for (i = 0; i < 270; i++) {
		char *src = xasprintf("Wire %zu", i);
		/* The notice, among sentences of each outlet's own. */
		char *body = xasprintf("Crew %zu painted hull %zu. Barge "
		    "%zu waited at berth %zu. Pilot %zu logged tide %zu. "
		    "The Ostrel lock gates will close for repairs from "
		    "March 3, the canal board said. Dredger %zu cleared "
		    "bank %zu. Keeper %zu oiled winch %zu.", i, 1000 + i,
		    i, 2000 + i, i, 3000 + i, i, 4000 + i, i, 5000 + i);
		import_into(f, src, "Ostrel lock gates to close",
		    "2025-02-20", body, &first);
		free(src);
		free(body);
	}
	assert_int_equal(store_commit(f->st, &cause), 0);
	assert_int_equal(xref_story_get(f->st, first, &x, &cause), 0);
	assert_true(x->nclaims >= 1);
	/* The notice, by many outlets at once, never twice by one. */
	assert_true(x->claims[0].nsources > 200);
	for (k = 0; k < x->nclaims; k++) {
		for (i = 1; i < x->claims[k].nmentions; i++)
			assert_int_not_equal(x->claims[k].mentions[i].article,
			    x->claims[k].mentions[i - 1].article);
	}
	xref_story_free(x);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_xref_shared_quote, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_xref_figure_difference,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_xref_unique_claims, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_xref_synonyms, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_xref_mentions_point_at_spans, setup, teardown),
		cmocka_unit_test_setup_teardown(test_xref_background, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_xref_cache, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_xref_threads, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_xref_many_outlets, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
