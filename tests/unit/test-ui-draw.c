/*
 * The pure parts of ui-draw.c, without a terminal: the word diff of two
 * wordings, wrapping into lines, runs of attributes and the cutting of a
 * line into pieces at column boundaries.  Attributes here are plain
 * numbers: these functions only carry them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/text.h"
#include "parallax/ui-private.h"
#include "parallax/util.h"

#define MARK	((attr_t)7)
#define BASE	((attr_t)1)
#define HOT	((attr_t)2)

static void
assert_run(const struct ui_run *r, size_t start, size_t end, attr_t attr)
{
	assert_int_equal(r->start, start);
	assert_int_equal(r->end, end);
	assert_int_equal(r->attr, attr);
}

static void
assert_piece(const struct ui_piece *p, size_t start, size_t end, int col,
    int width, attr_t attr)
{
	assert_int_equal(p->start, start);
	assert_int_equal(p->end, end);
	assert_int_equal(p->col, col);
	assert_int_equal(p->width, width);
	assert_int_equal(p->attr, attr);
}

/* Words one wording lacks are marked, case aside. */
static void
test_ui_draw_diff_words(void **state)
{
	const char	*a = "The mayor said on Monday";
	const char	*b = "the Mayor said Tuesday";
	struct ui_runs	 ra = { 0 }, rb = { 0 };

	(void)state;
	ui_diff_words(a, strlen(a), b, strlen(b), MARK, &ra, &rb);
	assert_int_equal(ra.n, 2);
	assert_run(&ra.v[0], 15, 17, MARK);		/* "on" */
	assert_run(&ra.v[1], 18, 24, MARK);		/* "Monday" */
	assert_int_equal(rb.n, 1);
	assert_run(&rb.v[0], 15, 22, MARK);		/* "Tuesday" */
	ui_runs_fini(&ra);
	ui_runs_fini(&rb);
}

/* The same words, in another case and spacing: nothing to mark; a
 * moved word is marked on one side. */
static void
test_ui_draw_diff_same(void **state)
{
	const char	*a = "Ferry fares rise by 4%";
	const char	*b = "ferry  FARES rise by 4%";
	const char	*c = "by 4% ferry fares rise";
	struct ui_runs	 ra = { 0 }, rb = { 0 };

	(void)state;
	ui_diff_words(a, strlen(a), b, strlen(b), MARK, &ra, &rb);
	assert_int_equal(ra.n, 0);
	assert_int_equal(rb.n, 0);
	ui_diff_words(a, strlen(a), c, strlen(c), MARK, &ra, &rb);
	/* The longest common run is "Ferry fares rise": "by 4" differs. */
	assert_true(ra.n >= 1);
	assert_int_equal(ra.v[0].start, 17);		/* "by" */
	assert_true(rb.n >= 1);
	assert_int_equal(rb.v[0].start, 0);
	ui_runs_fini(&ra);
	ui_runs_fini(&rb);
}

/* Past 400 words a side the diff gives up and marks nothing. */
static void
test_ui_draw_diff_too_long(void **state)
{
	struct buf	 a;
	struct ui_runs	 ra = { 0 }, rb = { 0 };

	(void)state;
	buf_init(&a);
	for (int i = 0; i < 450; i++)
		buf_printf(&a, "w%d ", i);
	ui_diff_words(a.data, a.len, "w1 x", 4, MARK, &ra, &rb);
	assert_int_equal(ra.n, 0);
	assert_int_equal(rb.n, 0);
	buf_fini(&a);
	ui_runs_fini(&ra);
	ui_runs_fini(&rb);
}

/* Lines break between words; a line break makes a new line, an empty
 * line a blank one. */
static void
test_ui_draw_wrap(void **state)
{
	const char	*s = "alpha beta gamma";
	const char	*t = "ab\n\ncd";
	struct ui_lines	 l = { 0 };

	(void)state;
	ui_lines_wrap(&l, s, strlen(s), 11);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.v[0].start, 0);
	assert_int_equal(l.v[0].end, 11);		/* "alpha beta " */
	assert_int_equal(l.v[1].start, 11);
	assert_int_equal(l.v[1].end, 16);
	ui_lines_wrap(&l, s, strlen(s), 80);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].end, 16);
	ui_lines_wrap(&l, t, strlen(t), 80);
	assert_int_equal(l.n, 3);
	assert_int_equal(l.v[0].start, 0);
	assert_int_equal(l.v[0].end, 2);
	assert_int_equal(l.v[1].start, 3);
	assert_int_equal(l.v[1].end, 3);
	assert_int_equal(l.v[2].start, 4);
	assert_int_equal(l.v[2].end, 6);
	assert_int_equal(ui_lines_find(&l, 0), 0);
	assert_int_equal(ui_lines_find(&l, 2), 0);
	assert_int_equal(ui_lines_find(&l, 3), 1);
	assert_int_equal(ui_lines_find(&l, 5), 2);
	assert_int_equal(ui_lines_find(&l, 99), 2);
	ui_lines_fini(&l);
	assert_null(l.v);
}

/* Wide characters count two columns each when wrapping. */
static void
test_ui_draw_wrap_wide(void **state)
{
	const char	*s = "日本 語学 校舎";	/* 3 + 1 + 3 + 1 + 3 bytes */
	struct ui_lines	 l = { 0 };

	(void)state;
	ui_lines_wrap(&l, s, strlen(s), 5);
	assert_int_equal(l.n, 3);
	assert_int_equal(l.v[0].start, 0);
	assert_int_equal(l.v[1].start, 7);
	assert_int_equal(l.v[2].start, 14);
	assert_int_equal(l.v[2].end, strlen(s));
	ui_lines_fini(&l);
}

static void
test_ui_draw_runs(void **state)
{
	struct ui_runs	 r = { 0 };

	(void)state;
	ui_runs_add(&r, 0, 4, BASE);
	ui_runs_add(&r, 4, 6, BASE);		/* adjoins: extends */
	ui_runs_add(&r, 6, 6, HOT);		/* empty: dropped */
	ui_runs_add(&r, 7, 9, BASE);		/* a gap: a new run */
	ui_runs_add(&r, 9, 12, HOT);		/* another attribute */
	assert_int_equal(r.n, 3);
	assert_run(&r.v[0], 0, 6, BASE);
	assert_run(&r.v[1], 7, 9, BASE);
	assert_run(&r.v[2], 9, 12, HOT);
	ui_runs_shift(&r, 100);
	assert_run(&r.v[0], 100, 106, BASE);
	assert_run(&r.v[2], 109, 112, HOT);
	ui_runs_fini(&r);
	assert_int_equal(r.n, 0);
}

/* A line cut into pieces: the base between runs, a run cut at the last
 * column, and the trailing spaces of a wrapped line dropped. */
static void
test_ui_draw_cut(void **state)
{
	const char	*s = "hello world   ";
	struct ui_run	 run = { 6, 11, HOT };
	struct ui_pieces p = { 0 };

	(void)state;
	assert_int_equal(ui_cut_runs(s, 0, strlen(s), &run, 1, BASE, 8, &p),
	    8);
	assert_int_equal(p.n, 2);
	assert_piece(&p.v[0], 0, 6, 0, 6, BASE);
	assert_piece(&p.v[1], 6, 8, 6, 2, HOT);
	assert_int_equal(ui_cut_runs(s, 0, strlen(s), &run, 1, BASE, 40, &p),
	    11);
	assert_int_equal(p.n, 2);
	assert_piece(&p.v[1], 6, 11, 6, 5, HOT);
	/* From the middle of a run, which carries on. */
	assert_int_equal(ui_cut_runs(s, 8, 14, &run, 1, BASE, 40, &p), 3);
	assert_int_equal(p.n, 1);
	assert_piece(&p.v[0], 8, 11, 0, 3, HOT);
	/* No columns, no pieces. */
	assert_int_equal(ui_cut_runs(s, 0, strlen(s), &run, 1, BASE, 0, &p),
	    0);
	assert_int_equal(p.n, 0);
	ui_pieces_fini(&p);
}

/* A wide character that does not fit ends the line: nothing is drawn
 * half, and nothing after it. */
static void
test_ui_draw_cut_wide(void **state)
{
	const char	*s = "ab日本cd";
	struct ui_run	 run = { 8, 10, HOT };
	struct ui_pieces p = { 0 };

	(void)state;
	assert_int_equal(ui_cut_runs(s, 0, strlen(s), &run, 1, BASE, 5, &p),
	    4);
	assert_int_equal(p.n, 1);
	assert_piece(&p.v[0], 0, 5, 0, 4, BASE);	/* "ab日" */
	assert_int_equal(ui_cut_runs(s, 0, strlen(s), &run, 1, BASE, 8, &p),
	    8);
	assert_int_equal(p.n, 2);
	assert_piece(&p.v[0], 0, 8, 0, 6, BASE);
	assert_piece(&p.v[1], 8, 10, 6, 2, HOT);
	ui_pieces_fini(&p);
}

/* Text that is not clean is measured as the terminal will be shown it:
 * an escape never reaches the screen, and the columns add up. */
static void
test_ui_draw_cut_unsafe(void **state)
{
	const char	*s = "a\033[31mb";
	struct ui_pieces p = { 0 };
	char		*safe = text_for_terminal(s, strlen(s));
	int		 used;

	(void)state;
	used = ui_cut_runs(s, 0, strlen(s), NULL, 0, BASE, 40, &p);
	assert_int_equal(used, (int)text_width(safe, strlen(safe)));
	assert_int_equal(p.n, 1);
	assert_piece(&p.v[0], 0, strlen(s), 0, used, BASE);
	assert_null(memchr(safe, '\033', strlen(safe)));
	free(safe);
	ui_pieces_fini(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ui_draw_diff_words),
		cmocka_unit_test(test_ui_draw_diff_same),
		cmocka_unit_test(test_ui_draw_diff_too_long),
		cmocka_unit_test(test_ui_draw_wrap),
		cmocka_unit_test(test_ui_draw_wrap_wide),
		cmocka_unit_test(test_ui_draw_runs),
		cmocka_unit_test(test_ui_draw_cut),
		cmocka_unit_test(test_ui_draw_cut_wide),
		cmocka_unit_test(test_ui_draw_cut_unsafe),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
