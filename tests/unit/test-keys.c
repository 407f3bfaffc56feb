/* Unit tests of keys: the default table, names, rebinding and fallback. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "parallax/keys.h"

/* Every default binding of the main view, as the manual lists it. */
static const struct {
	int		key;
	enum action	action;
} test_main_defaults[] = {
	{ '\t', ACTION_FOCUS_NEXT }, { KEYS_BTAB, ACTION_FOCUS_PREV },
	{ 'j', ACTION_MOVE_DOWN }, { KEYS_DOWN, ACTION_MOVE_DOWN },
	{ 'k', ACTION_MOVE_UP }, { KEYS_UP, ACTION_MOVE_UP },
	{ KEYS_NPAGE, ACTION_PAGE_DOWN }, { ' ', ACTION_PAGE_DOWN },
	{ KEYS_PPAGE, ACTION_PAGE_UP }, { 'b', ACTION_PAGE_UP },
	{ 'g', ACTION_TOP }, { KEYS_HOME, ACTION_TOP },
	{ 'G', ACTION_BOTTOM }, { KEYS_END, ACTION_BOTTOM },
	{ '\n', ACTION_ENTER }, { '\r', ACTION_ENTER },
	{ KEYS_ENTER, ACTION_ENTER },
	{ KEYS_BACKSPACE, ACTION_BACK }, { 127, ACTION_BACK },
	{ 8, ACTION_BACK },
	{ 'l', ACTION_EXPAND }, { KEYS_RIGHT, ACTION_EXPAND },
	{ 'h', ACTION_COLLAPSE }, { KEYS_LEFT, ACTION_COLLAPSE },
	{ 'n', ACTION_NEXT_SHARED }, { 'N', ACTION_PREV_SHARED },
	{ 'u', ACTION_NEXT_UNIQUE }, { 'U', ACTION_PREV_UNIQUE },
	{ 'd', ACTION_NEXT_DIFF }, { 'D', ACTION_PREV_DIFF },
	{ ']', ACTION_NEXT_ARTICLE }, { '[', ACTION_PREV_ARTICLE },
	{ 'c', ACTION_COMPARE }, { 'm', ACTION_MATRIX },
	{ 's', ACTION_TOGGLE_SIDEBAR }, { '/', ACTION_SEARCH },
	{ '?', ACTION_HELP }, { KEYS_F(1), ACTION_HELP },
	{ 'r', ACTION_RELOAD }, { 'o', ACTION_SORT },
	{ 'q', ACTION_QUIT_VIEW }, { 'Q', ACTION_QUIT },
	{ 12, ACTION_REDRAW },
};

static void
test_keys_defaults(void **state)
{
	struct keys	*keys = keys_create();
	size_t		 i;
	int		 v;

	(void)state;
	for (v = 0; v < KEYS_VIEW__MAX; v++) {
		for (i = 0; i < sizeof test_main_defaults /
		    sizeof test_main_defaults[0]; i++)
			assert_int_equal(keys_lookup(keys, (enum keys_view)v,
			    test_main_defaults[i].key),
			    test_main_defaults[i].action);
	}
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_MAIN, 'x'), ACTION_NONE);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_MAIN, KEYS_ESC),
	    ACTION_NONE);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_HELP, KEYS_ESC),
	    ACTION_QUIT_VIEW);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_SEARCH, KEYS_ESC),
	    ACTION_QUIT_VIEW);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_READER, KEYS_ESC),
	    ACTION_NONE);
	keys_free(keys);
}

/* Our constants are ncurses' numbers. */
static void
test_keys_constants(void **state)
{
	(void)state;
	assert_int_equal(KEYS_UP, 259);
	assert_int_equal(KEYS_DOWN, 258);
	assert_int_equal(KEYS_LEFT, 260);
	assert_int_equal(KEYS_RIGHT, 261);
	assert_int_equal(KEYS_HOME, 262);
	assert_int_equal(KEYS_BACKSPACE, 263);
	assert_int_equal(KEYS_F(1), 265);
	assert_int_equal(KEYS_DC, 330);
	assert_int_equal(KEYS_NPAGE, 338);
	assert_int_equal(KEYS_PPAGE, 339);
	assert_int_equal(KEYS_ENTER, 343);
	assert_int_equal(KEYS_BTAB, 353);
	assert_int_equal(KEYS_END, 360);
}

static void
test_keys_action_names(void **state)
{
	int	a;

	(void)state;
	assert_string_equal(keys_action_name(ACTION_MOVE_DOWN), "move_down");
	assert_string_equal(keys_action_name(ACTION_NONE), "none");
	assert_null(keys_action_name(ACTION__MAX));
	assert_int_equal(keys_action_from_name("toggle_sidebar"),
	    ACTION_TOGGLE_SIDEBAR);
	assert_int_equal(keys_action_from_name("none"), ACTION_NONE);
	assert_int_equal(keys_action_from_name("Move_Down"), -1);
	assert_int_equal(keys_action_from_name("fly"), -1);
	assert_string_equal(keys_action_help(ACTION_QUIT), "Quit parallax");
	for (a = 1; a < ACTION__MAX; a++) {
		assert_int_equal(keys_action_from_name(keys_action_name(
		    (enum action)a)), a);
		assert_true(strlen(keys_action_help((enum action)a)) > 0);
	}
	assert_int_equal(keys_view_from_name("reader"), KEYS_VIEW_READER);
	assert_int_equal(keys_view_from_name("main"), KEYS_VIEW_MAIN);
	assert_int_equal(keys_view_from_name("pager"), -1);
	assert_string_equal(keys_view_name(KEYS_VIEW_MATRIX), "matrix");
}

static void
test_keys_names(void **state)
{
	static const struct {
		const char	*name;
		int		 key;
	} cases[] = {
		{ "j", 'j' }, { "J", 'J' }, { "Space", ' ' }, { " ", ' ' },
		{ "Tab", '\t' }, { "S-Tab", KEYS_BTAB }, { "Enter", '\n' },
		{ "Backspace", KEYS_BACKSPACE }, { "Esc", 27 },
		{ "Up", KEYS_UP }, { "Down", KEYS_DOWN }, { "Left", KEYS_LEFT },
		{ "Right", KEYS_RIGHT }, { "PgUp", KEYS_PPAGE },
		{ "PgDn", KEYS_NPAGE }, { "Home", KEYS_HOME },
		{ "End", KEYS_END }, { "Delete", KEYS_DC }, { "C-l", 12 },
		{ "C-a", 1 }, { "F1", KEYS_F(1) }, { "F12", KEYS_F(12) },
		{ "#", '#' }, { "\xc3\xa9", 0xe9 }, { "\xe2\x86\x92", 0x2192 },
		{ "\xc4\x81", KEYS_LITERAL | 0x101 },
	};
	char	buf[KEYS_NAME_MAX];
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(keys_key_from_name(cases[i].name),
		    cases[i].key);
		assert_int_equal(keys_key_from_name(keys_key_name(cases[i].key,
		    buf)), cases[i].key);
	}
	assert_string_equal(keys_key_name(' ', buf), "Space");
	assert_string_equal(keys_key_name('\r', buf), "Enter");
	assert_string_equal(keys_key_name(KEYS_ENTER, buf), "Enter");
	assert_string_equal(keys_key_name(127, buf), "Backspace");
	assert_string_equal(keys_key_name(12, buf), "C-l");
	assert_string_equal(keys_key_name(KEYS_F(5), buf), "F5");
	assert_string_equal(keys_key_name(KEYS_BTAB, buf), "S-Tab");
	assert_string_equal(keys_key_name(KEYS_NPAGE, buf), "PgDn");
	assert_string_equal(keys_key_name(KEYS_LITERAL | 0x101, buf),
	    "\xc4\x81");
	assert_string_equal(keys_key_name(0x1ff, buf), "0x1ff");
	/* Case is ignored for names, never for one character. */
	assert_int_equal(keys_key_from_name("pgdn"), KEYS_NPAGE);
	assert_int_equal(keys_key_from_name("c-L"), 12);
	assert_int_equal(keys_key_from_name("f0"), -1);
	assert_int_equal(keys_key_from_name("F64"), -1);
	assert_int_equal(keys_key_from_name("jj"), -1);
	assert_int_equal(keys_key_from_name(""), -1);
	assert_int_equal(keys_key_from_name("\t"), -1);
	assert_int_equal(keys_key_from_name("\xff"), -1);
	assert_int_equal(keys_key_from_name("C-1"), -1);
	assert_int_equal(keys_key_from_name("C-m"), '\n');
}

static void
test_keys_from_wch(void **state)
{
	(void)state;
	assert_int_equal(keys_from_wch(true, KEYS_UP), KEYS_UP);
	assert_int_equal(keys_from_wch(false, 'j'), 'j');
	assert_int_equal(keys_from_wch(false, 0x103), KEYS_LITERAL | 0x103);
	assert_int_equal(keys_from_wch(false, 0x2192), 0x2192);
	assert_int_equal(keys_from_wch(false, 0x110000), -1);
}

static void
test_keys_rebind(void **state)
{
	struct keys	*keys = keys_create();

	(void)state;
	keys_bind(keys, KEYS_VIEW_MAIN, 'x', ACTION_QUIT);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_READER, 'x'),
	    ACTION_QUIT);
	keys_bind(keys, KEYS_VIEW_MAIN, 'j', ACTION_MOVE_UP);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_MAIN, 'j'),
	    ACTION_MOVE_UP);
	assert_true(keys_unbind(keys, KEYS_VIEW_MAIN, 'j'));
	assert_false(keys_unbind(keys, KEYS_VIEW_MAIN, 'j'));
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_SOURCES, 'j'),
	    ACTION_NONE);
	/* Binding '\r' binds Enter, whichever code the terminal sends. */
	keys_bind(keys, KEYS_VIEW_MAIN, '\r', ACTION_COMPARE);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_MAIN, KEYS_ENTER),
	    ACTION_COMPARE);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_MAIN, '\n'),
	    ACTION_COMPARE);
	keys_clear(keys);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_MAIN, 'q'), ACTION_NONE);
	keys_free(keys);
	keys_free(NULL);
}

static void
test_keys_view_over_main(void **state)
{
	struct keys	*keys = keys_create();

	(void)state;
	keys_bind(keys, KEYS_VIEW_READER, 'j', ACTION_NEXT_SHARED);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_READER, 'j'),
	    ACTION_NEXT_SHARED);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_SOURCES, 'j'),
	    ACTION_MOVE_DOWN);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_MAIN, 'j'),
	    ACTION_MOVE_DOWN);
	/* none in a view hides main's binding there only. */
	keys_bind(keys, KEYS_VIEW_MATRIX, 'c', ACTION_NONE);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_MATRIX, 'c'), ACTION_NONE);
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_READER, 'c'),
	    ACTION_COMPARE);
	assert_true(keys_unbind(keys, KEYS_VIEW_READER, 'j'));
	assert_int_equal(keys_lookup(keys, KEYS_VIEW_READER, 'j'),
	    ACTION_MOVE_DOWN);
	keys_free(keys);
}

static void
test_keys_for_action(void **state)
{
	struct keys			*keys = keys_create();
	const struct keys_binding	*b;
	char				*s;
	int				 list[4];
	size_t				 n;

	(void)state;
	n = keys_for_action(keys, KEYS_VIEW_MAIN, ACTION_MOVE_DOWN, list, 4);
	assert_int_equal(n, 2);
	assert_int_equal(list[0], 'j');
	assert_int_equal(list[1], KEYS_DOWN);
	s = keys_describe(keys, KEYS_VIEW_READER, ACTION_PAGE_DOWN);
	assert_string_equal(s, "PgDn, Space");
	free(s);
	s = keys_describe(keys, KEYS_VIEW_HELP, ACTION_QUIT_VIEW);
	assert_string_equal(s, "Esc, q");
	free(s);
	s = keys_describe(keys, KEYS_VIEW_MAIN, ACTION_NONE);
	assert_string_equal(s, "");
	free(s);
	/* A view's override hides main's key from the list. */
	keys_bind(keys, KEYS_VIEW_READER, 'j', ACTION_NEXT_SHARED);
	s = keys_describe(keys, KEYS_VIEW_READER, ACTION_MOVE_DOWN);
	assert_string_equal(s, "Down");
	free(s);
	s = keys_describe(keys, KEYS_VIEW_READER, ACTION_NEXT_SHARED);
	assert_string_equal(s, "j, n");
	free(s);
	/* Counting only. */
	assert_int_equal(keys_for_action(keys, KEYS_VIEW_MAIN, ACTION_HELP,
	    NULL, 0), 2);
	assert_int_equal(keys_bindings(keys, KEYS_VIEW_READER, &b), 1);
	assert_int_equal(b[0].key, 'j');
	assert_int_equal(keys_bindings(keys, KEYS_VIEW_SIDEBAR, &b), 0);
	keys_free(keys);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys_defaults),
		cmocka_unit_test(test_keys_constants),
		cmocka_unit_test(test_keys_action_names),
		cmocka_unit_test(test_keys_names),
		cmocka_unit_test(test_keys_from_wch),
		cmocka_unit_test(test_keys_rebind),
		cmocka_unit_test(test_keys_view_over_main),
		cmocka_unit_test(test_keys_for_action),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
