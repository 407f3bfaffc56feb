/* Unit tests of store: add, duplicates, list, get, search, remove,
 * refusal of foreign files, migrations on reopen. */
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
#include "parallax/util.h"

struct fixture {
	char		 dir[32];
	char		*path;
	struct store	*st;
};

static int
setup(void **state)
{
	struct fixture	*f = xcalloc(1, sizeof *f);
	char		*cause = NULL;

	strcpy(f->dir, "/tmp/parallax-store.XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	f->path = xasprintf("%s/store.db", f->dir);
	if (store_open(f->path, false, &f->st, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
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
	char		*cmd;

	store_close(f->st);
	cmd = xasprintf("rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		return -1;
	free(cmd);
	free(f->path);
	free(f);
	return 0;
}

static int64_t
add(struct store *st, const char *source, const char *title,
    const char *body, bool *dup)
{
	struct article	 a = { 0 };
	int64_t		 id = 0;
	char		*cause = NULL;
	bool		 d;

	a.source = (char *)(uintptr_t)source;
	a.title = (char *)(uintptr_t)title;
	a.body = (char *)(uintptr_t)body;
	a.body_len = strlen(body);
	a.origin = (char *)(uintptr_t)"test";
	a.date = (char *)(uintptr_t)"2024-01-02";
	assert_int_equal(store_add_article(st, &a, 0, NULL, &id, dup != NULL ? dup :
	    &d, &cause), 0);
	return id;
}

/* Add an article with its own body to story (0: a new story). */
static int64_t
add_to(struct store *st, int64_t story, int n)
{
	struct article	 a = { 0 };
	int64_t		 id = 0;
	char		*cause = NULL, *body;
	bool		 d;

	body = xasprintf("Ferry number %d sailed from the north quay.", n);
	a.source = (char *)(uintptr_t)"Wire";
	a.title = (char *)(uintptr_t)"Ferry";
	a.body = body;
	a.body_len = strlen(body);
	a.origin = (char *)(uintptr_t)"test";
	assert_int_equal(store_add_article(st, &a, story, NULL, &id, &d,
	    &cause), 0);
	assert_false(d);
	free(body);
	return id;
}

static void
test_store_add_and_get(void **state)
{
	struct fixture	*f = *state;
	struct article	*a;
	char		*cause;
	int64_t		 id, story;
	bool		 dup;

	id = add(f->st, "Wire", "Dam cracks", "Cracks were found.", &dup);
	assert_false(dup);
	assert_int_equal(store_get_article(f->st, id, &a, &story, &cause), 0);
	assert_string_equal(a->title, "Dam cracks");
	assert_string_equal(a->source, "Wire");
	assert_string_equal(a->body, "Cracks were found.");
	assert_int_equal(a->body_len, 18);
	assert_string_equal(a->date, "2024-01-02");
	assert_null(a->author);
	assert_true(story > 0);
	article_free(a);
	assert_int_equal(store_get_article(f->st, id + 100, &a, &story,
	    &cause), 1);
}

static void
test_store_duplicate(void **state)
{
	struct fixture	*f = *state;
	int64_t		 a, b;
	bool		 dup;
	int64_t		 n;
	char		*cause;

	a = add(f->st, "Wire", "One", "Same body text.", &dup);
	b = add(f->st, "Other", "Two", "Same body text.", &dup);
	assert_true(dup);
	assert_int_equal(a, b);
	assert_int_equal(store_count_articles(f->st, &n, &cause), 0);
	assert_int_equal(n, 1);
}

static void
test_store_list(void **state)
{
	struct fixture		*f = *state;
	struct store_story_list	 l;
	char			*cause;

	add(f->st, "Wire", "First", "Body one.", NULL);
	add(f->st, "Post", "Second", "Body two.", NULL);
	assert_int_equal(store_list_stories(f->st, &l, &cause), 0);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.v[0].narticles, 1);
	assert_int_equal(l.v[0].nsources, 1);
	/* Newest first. */
	assert_string_equal(l.v[0].title, "Second");
	assert_string_equal(l.v[0].articles[0].source, "Post");
	store_story_list_free(&l);
}

static void
test_store_search(void **state)
{
	struct fixture		*f = *state;
	struct store_hits	 h;
	char			*cause;

	add(f->st, "Wire", "Glacier museum", "A museum opened in Tarn.", NULL);
	add(f->st, "Post", "Frost", "Frost hit the orchards of Sallow.", NULL);
	assert_int_equal(store_search(f->st, "orchard*", 10, &h, &cause), 0);
	assert_int_equal(h.n, 1);
	assert_string_equal(h.v[0].entry.title, "Frost");
	assert_non_null(strstr(h.v[0].snippet, "[orchards]"));
	store_hits_free(&h);
	assert_int_equal(store_search(f->st, "\"(AND NEAR", 10, &h, &cause),
	    0);
	assert_int_equal(h.n, 0);
	store_hits_free(&h);
	assert_int_equal(store_search(f->st, "   ", 10, &h, &cause), 0);
	assert_int_equal(h.n, 0);
	store_hits_free(&h);
}

static void
test_store_remove(void **state)
{
	struct fixture		*f = *state;
	struct store_story_list	 l;
	struct store_hits	 h;
	char			*cause;
	int64_t			 id;
	bool			 found;

	id = add(f->st, "Wire", "Gone", "This will be removed.", NULL);
	assert_int_equal(store_remove_article(f->st, id, &found, &cause), 0);
	assert_true(found);
	assert_int_equal(store_remove_article(f->st, id, &found, &cause), 0);
	assert_false(found);
	assert_int_equal(store_list_stories(f->st, &l, &cause), 0);
	assert_int_equal(l.n, 0);
	store_story_list_free(&l);
	assert_int_equal(store_search(f->st, "removed", 10, &h, &cause), 0);
	assert_int_equal(h.n, 0);
	store_hits_free(&h);
}

static void
test_store_transaction_rollback(void **state)
{
	struct fixture	*f = *state;
	char		*cause;
	int64_t		 n;

	assert_int_equal(store_begin(f->st, &cause), 0);
	add(f->st, "Wire", "Temp", "Rolled back text.", NULL);
	store_rollback(f->st);
	assert_int_equal(store_count_articles(f->st, &n, &cause), 0);
	assert_int_equal(n, 0);
	assert_int_equal(store_begin(f->st, &cause), 0);
	add(f->st, "Wire", "Kept", "Committed text.", NULL);
	assert_int_equal(store_commit(f->st, &cause), 0);
	assert_int_equal(store_count_articles(f->st, &n, &cause), 0);
	assert_int_equal(n, 1);
}

static void
test_store_reopen(void **state)
{
	struct fixture	*f = *state;
	char		*cause;
	int64_t		 n;

	add(f->st, "Wire", "Persist", "Still here after reopening.", NULL);
	store_close(f->st);
	assert_int_equal(store_open(f->path, false, &f->st, &cause), 0);
	assert_int_equal(store_count_articles(f->st, &n, &cause), 0);
	assert_int_equal(n, 1);
}

/* The story's candidate entry for terms (its dates checked when first
 * is not NULL). */
static struct store_candidate
candidate(struct store *st, const char *const *terms, const double *w,
    size_t n, int64_t story, const char *first, const char *last)
{
	struct store_candidate	*c, found = { 0 };
	size_t			 nc, i;
	char			*cause = NULL;

	assert_int_equal(store_story_candidates(st, terms, w, n, 1, 0, 0, &c,
	    &nc, &cause), 0);
	for (i = 0; i < nc; i++) {
		if (c[i].story == story) {
			found = c[i];
			if (first != NULL) {
				assert_string_equal(c[i].date_first, first);
				assert_string_equal(c[i].date_last, last);
			}
			found.date_first = found.date_last = NULL;
		}
	}
	store_candidates_free(c, nc);
	return found;
}

/*
 * The story index as a batch sees it: its own additions count at once,
 * a commit keeps them, a rollback forgets them, and outside a batch they
 * are written at once.
 */
static void
test_store_story_index(void **state)
{
	struct fixture		*f = *state;
	const char		*terms[] = { "quarry", "kestrel", "dunmoor" };
	const double		 w[] = { 1, 2, 3 };
	struct store_candidate	 c;
	char			*cause = NULL;
	int64_t			 story, other;

	assert_int_equal(store_begin(f->st, &cause), 0);
	assert_int_equal(store_story_create(f->st, "Quarry", &story, &cause),
	    0);
	assert_int_equal(store_story_index_add(f->st, story, terms, w, 2, 1,
	    "2024-03-05", &cause), 0);
	assert_int_equal(store_story_index_add(f->st, story, terms + 1,
	    w + 1, 2, 1, "2024-03-01", &cause), 0);
	/* quarry 1, kestrel 2 + 2, dunmoor 3: the norm is 1 + 16 + 9. */
	c = candidate(f->st, terms, w, 3, story, "2024-03-01",
	    "2024-03-05");
	assert_true(c.story == story);
	assert_true(c.norm2 > 25.99 && c.norm2 < 26.01);
	assert_true(c.dot > 1 + 8 + 9 - 0.01 && c.dot < 18.01);
	assert_int_equal(c.nterms, 3);
	assert_int_equal(store_commit(f->st, &cause), 0);
	/* Committed: read back from the store, outside a batch. */
	c = candidate(f->st, terms, w, 3, story, "2024-03-01",
	    "2024-03-05");
	assert_true(c.norm2 > 25.99 && c.norm2 < 26.01);
	assert_true(c.dot > 17.99 && c.dot < 18.01);
	/* A later batch builds on the stored weights, then is undone. */
	assert_int_equal(store_begin(f->st, &cause), 0);
	assert_int_equal(store_story_index_add(f->st, story, terms, w, 1, -1,
	    NULL, &cause), 0);
	c = candidate(f->st, terms, w, 3, story, NULL, NULL);
	assert_true(c.norm2 > 24.99 && c.norm2 < 25.01);
	assert_int_equal(store_story_create(f->st, "Other", &other, &cause),
	    0);
	assert_int_equal(store_story_index_add(f->st, other, terms, w, 1, 1,
	    NULL, &cause), 0);
	c = candidate(f->st, terms, w, 1, other, NULL, NULL);
	assert_true(c.story == other);
	store_rollback(f->st);
	c = candidate(f->st, terms, w, 3, story, NULL, NULL);
	assert_true(c.norm2 > 25.99 && c.norm2 < 26.01);
	/* Outside a batch each change is written at once. */
	assert_int_equal(store_story_index_add(f->st, story, terms + 2, w + 2,
	    1, -1, NULL, &cause), 0);
	store_close(f->st);
	assert_int_equal(store_open(f->path, false, &f->st, &cause), 0);
	c = candidate(f->st, terms, w, 3, story, NULL, NULL);
	assert_true(c.norm2 > 16.99 && c.norm2 < 17.01);
	assert_int_equal(store_story_info(f->st, story, NULL, NULL, &cause),
	    0);
}

/* The candidates of an article of norm 10 that must share three terms
 * and reach a cosine of 0.25: the candidate for story, and how many. */
static struct store_candidate
candidate_joining(struct store *st, const char *const *terms,
    const double *w, size_t n, int64_t story, size_t *nc)
{
	struct store_candidate	*c, found = { 0 };
	char			*cause = NULL;

	assert_int_equal(store_story_candidates(st, terms, w, n, 10, 3, 0.25,
	    &c, nc, &cause), 0);
	for (size_t i = 0; i < *nc; i++) {
		if (c[i].story == story)
			found = c[i];
	}
	store_candidates_free(c, *nc);
	found.date_first = found.date_last = NULL;
	return found;
}

/*
 * A term of most stories is not looked up when it cannot lift a story to
 * the cosine by itself, yet it counts for the stories the other terms
 * find, exactly as a lookup of it would: for the newest stories it is in,
 * not for older ones (beyond the stories a lookup reads).
 */
static void
test_store_story_common_terms(void **state)
{
	struct fixture		*f = *state;
	const char		*terms[] = { "harbour", "kestrel", "dunmoor",
	    "saltmarsh" };
	const double		 w[] = { 1, 2, 2, 2 }, three[] = { 3, 3, 3, 3 };
	struct store_candidate	 c;
	char			*cause = NULL, *own;
	int64_t			 old, story, filler;
	size_t			 nc;

	assert_int_equal(store_begin(f->st, &cause), 0);
	assert_int_equal(store_story_create(f->st, "Old", &old, &cause), 0);
	assert_int_equal(store_story_index_add(f->st, old, terms, three, 4,
	    1, NULL, &cause), 0);
	for (int i = 0; i < 70; i++) {
		const char *t[] = { "harbour", NULL };
		t[1] = own = xasprintf("filler%d", i);
		assert_int_equal(store_story_create(f->st, own, &filler,
		    &cause), 0);
		assert_int_equal(store_story_index_add(f->st, filler, t,
		    three, 2, 1, NULL, &cause), 0);
		free(own);
	}
	assert_int_equal(store_story_create(f->st, "New", &story, &cause),
	    0);
	assert_int_equal(store_story_index_add(f->st, story, terms, three, 4,
	    1, NULL, &cause), 0);
	/* harbour is in every story and (say) article. */
	for (int i = 0; i < 72; i++)
		store_df_add(f->st, terms, 1);
	assert_true(store_df(f->st, "harbour") >= 64);
	for (int pass = 0; pass < 2; pass++) {
		/* New: 1 * 3 + 2 * 3 + 2 * 3 + 2 * 3 over its terms. */
		c = candidate_joining(f->st, terms, w, 4, story, &nc);
		assert_true(c.story == story);
		assert_int_equal(c.nterms, 4);
		assert_true(c.dot > 20.99 && c.dot < 21.01);
		assert_true(c.shared2 > 35.99 && c.shared2 < 36.01);
		/* Old: beyond the harbour stories a lookup reads. */
		c = candidate_joining(f->st, terms, w, 4, old, &nc);
		assert_true(c.story == old);
		assert_int_equal(c.nterms, 3);
		assert_true(c.dot > 17.99 && c.dot < 18.01);
		/* No filler: harbour alone gives them 3 / (10 * 3). */
		assert_int_equal(nc, 2);
		/* The same read back from the store, outside a batch. */
		if (pass == 0)
			assert_int_equal(store_commit(f->st, &cause), 0);
	}
}

/* The article count and term counts read outside a batch are kept
 * until another process changes the store, as store_ndocs() finds. */
static void
test_store_df_kept(void **state)
{
	struct fixture	*f = *state;
	const char	*terms[] = { "kestrel" };
	struct store	*other;
	char		*cause = NULL;

	assert_int_equal(store_begin(f->st, &cause), 0);
	store_df_add(f->st, terms, 1);
	assert_int_equal(store_commit(f->st, &cause), 0);
	assert_int_equal(store_ndocs(f->st), 0);
	assert_int_equal(store_df(f->st, "kestrel"), 1);
	assert_int_equal(store_open(f->path, false, &other, &cause), 0);
	assert_int_equal(store_begin(other, &cause), 0);
	add(other, "Wire", "Kestrel", "A kestrel nested on the quay.", NULL);
	store_df_add(other, terms, 1);
	assert_int_equal(store_commit(other, &cause), 0);
	store_close(other);
	/* Kept until the next reading... */
	assert_int_equal(store_df(f->st, "kestrel"), 1);
	/* ...which sees the other process's change. */
	assert_int_equal(store_ndocs(f->st), 1);
	assert_int_equal(store_df(f->st, "kestrel"), 2);
	/* This process's own changes outside a batch count at once. */
	add(f->st, "Wire", "Quay", "The quay was repaved overnight.", NULL);
	assert_int_equal(store_ndocs(f->st), 2);
}

/* Another process adds n articles to story, in one batch. */
static void
add_elsewhere(const char *path, int64_t story, int n, int first)
{
	struct store	*other;
	char		*cause = NULL;

	assert_int_equal(store_open(path, false, &other, &cause), 0);
	assert_int_equal(store_begin(other, &cause), 0);
	for (int i = 0; i < n; i++)
		add_to(other, story, first + i);
	assert_int_equal(store_commit(other, &cause), 0);
	store_close(other);
}

/* The largest story's size: counted once, kept true by each addition
 * (in and out of a batch), counted again after a removal, a move or
 * another process's change. */
static void
test_store_largest_story(void **state)
{
	struct fixture	*f = *state;
	char		*cause = NULL;
	int64_t		 a, b, first, id;
	bool		 found;

	assert_int_equal(store_largest_story(f->st), 0);
	assert_int_equal(store_begin(f->st, &cause), 0);
	assert_int_equal(store_story_create(f->st, "A", &a, &cause), 0);
	assert_int_equal(store_story_create(f->st, "B", &b, &cause), 0);
	first = add_to(f->st, a, 0);
	assert_int_equal(store_largest_story(f->st), 1);
	add_to(f->st, a, 1);
	add_to(f->st, b, 2);
	add_to(f->st, a, 3);
	assert_int_equal(store_largest_story(f->st), 3);
	add_to(f->st, b, 4);
	add_to(f->st, 0, 5);
	assert_int_equal(store_largest_story(f->st), 3);
	assert_int_equal(store_commit(f->st, &cause), 0);
	assert_int_equal(store_largest_story(f->st), 3);
	/* Outside a batch too. */
	add_to(f->st, b, 6);
	add_to(f->st, b, 7);
	assert_int_equal(store_largest_story(f->st), 4);
	assert_int_equal(store_remove_article(f->st, first, &found, &cause),
	    0);
	assert_true(found);
	assert_int_equal(store_largest_story(f->st), 4);
	assert_int_equal(store_article_move(f->st, add_to(f->st, a, 8), b,
	    true, &cause), 0);
	assert_int_equal(store_largest_story(f->st), 5);
	/* Another process grows story a past b. */
	add_elsewhere(f->path, a, 4, 10);
	assert_int_equal(store_largest_story(f->st), 6);
	assert_int_equal(store_story_merge(f->st, a, b, &cause), 0);
	assert_int_equal(store_largest_story(f->st), 11);
	id = add_to(f->st, a, 20);
	assert_true(id > 0);
	assert_int_equal(store_largest_story(f->st), 12);
	/* Kept from one batch to the next... */
	assert_int_equal(store_begin(f->st, &cause), 0);
	add_to(f->st, a, 21);
	assert_int_equal(store_commit(f->st, &cause), 0);
	assert_int_equal(store_begin(f->st, &cause), 0);
	add_to(f->st, a, 22);
	assert_int_equal(store_largest_story(f->st), 14);
	assert_int_equal(store_commit(f->st, &cause), 0);
	/* ...but not past another process's batch... */
	add_elsewhere(f->path, a, 3, 30);
	assert_int_equal(store_begin(f->st, &cause), 0);
	assert_int_equal(store_largest_story(f->st), 17);
	add_to(f->st, a, 40);
	assert_int_equal(store_largest_story(f->st), 18);
	/* ...nor past a batch rolled back. */
	store_rollback(f->st);
	assert_int_equal(store_largest_story(f->st), 17);
}

static void
test_store_refuses_foreign(void **state)
{
	struct fixture	*f = *state;
	struct store	*st;
	char		*path, *cause;
	FILE		*fp;

	path = xasprintf("%s/notes.txt", f->dir);
	fp = fopen(path, "w");
	fputs("these are my notes, not a database, and they are long enough "
	    "to fill a header of a hundred bytes or so, surely by now.\n", fp);
	fclose(fp);
	assert_int_equal(store_open(path, false, &st, &cause), -1);
	assert_non_null(strstr(cause, "not a parallax store"));
	free(cause);
	free(path);
}

static void
test_store_default_path(void **state)
{
	char	*p;

	(void)state;
	setenv("XDG_DATA_HOME", "/data", 1);
	p = store_default_path();
	assert_string_equal(p, "/data/parallax/store.db");
	free(p);
	setenv("XDG_DATA_HOME", "relative", 1);
	setenv("HOME", "/home/u", 1);
	p = store_default_path();
	assert_string_equal(p, "/home/u/.local/share/parallax/store.db");
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_store_add_and_get, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_store_duplicate, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_store_list, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_store_search, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_store_remove, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_store_transaction_rollback,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_reopen, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_store_story_index,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_story_common_terms,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_df_kept,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_largest_story,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_refuses_foreign,
		    setup, teardown),
		cmocka_unit_test(test_store_default_path),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
