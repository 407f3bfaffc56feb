/* Unit tests of theme: colours, attributes, theme files and their errors,
 * the shipped themes and the monochrome fallback. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parallax/theme.h"
#include "parallax/util.h"

/* Write text to dir/name and return the path (caller frees). */
static char *
test_write(const char *dir, const char *name, const char *text)
{
	char	*path = xasprintf("%s/%s", dir, name);
	FILE	*f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

static void
test_theme_default(void **state)
{
	struct theme	t;

	(void)state;
	theme_init_default(&t);
	assert_int_equal(t.el[THEME_EL_DEFAULT].fg.index, -1);
	assert_int_equal(t.el[THEME_EL_DEFAULT].bg.index, -1);
	assert_int_equal(t.el[THEME_EL_CLAIM_MANY].fg.index, THEME_GREEN);
	assert_int_equal(t.el[THEME_EL_CLAIM_MANY].attrs, THEME_BOLD);
	assert_int_equal(t.el[THEME_EL_PANE_TITLE_FOCUS].bg.index, THEME_CYAN);
	assert_false(t.el[THEME_EL_ERROR].fg.rgb);
	assert_string_equal(theme_element_name(THEME_EL_CLAIM_DIFF),
	    "claim_diff");
	assert_int_equal(theme_element_from_name("search_hit"),
	    THEME_EL_SEARCH_HIT);
	assert_int_equal(theme_element_from_name("Search_Hit"), -1);
	assert_int_equal(theme_element_from_name("sky"), -1);
	assert_null(theme_element_name(THEME__MAX));
	assert_true(strlen(theme_element_meaning(THEME_EL_EMPTY)) > 0);
}

static void
test_theme_colors(void **state)
{
	struct theme_color	c;
	char			buf[THEME_COLOR_MAX];

	(void)state;
	assert_int_equal(theme_parse_color("default", &c), 0);
	assert_int_equal(c.index, -1);
	assert_int_equal(theme_parse_color("Red", &c), 0);
	assert_int_equal(c.index, 1);
	assert_int_equal(theme_parse_color("white", &c), 0);
	assert_int_equal(c.index, 7);
	assert_int_equal(theme_parse_color("brightblack", &c), 0);
	assert_int_equal(c.index, 8);
	assert_int_equal(theme_parse_color("brightwhite", &c), 0);
	assert_int_equal(c.index, 15);
	assert_int_equal(theme_parse_color("color0", &c), 0);
	assert_int_equal(c.index, 0);
	assert_int_equal(theme_parse_color("color208", &c), 0);
	assert_int_equal(c.index, 208);
	assert_false(c.rgb);
	assert_int_equal(theme_parse_color("colour255", &c), 0);
	assert_int_equal(c.index, 255);
	assert_int_equal(theme_parse_color("#ff8700", &c), 0);
	assert_true(c.rgb);
	assert_int_equal(c.r, 0xff);
	assert_int_equal(c.g, 0x87);
	assert_int_equal(c.b, 0x00);
	assert_int_equal(c.index, 208);
	assert_string_equal(theme_color_string(&c, buf), "#ff8700");
	assert_int_equal(theme_parse_color("#000000", &c), 0);
	assert_int_equal(c.index, 16);
	assert_int_equal(theme_parse_color("#FFFFFF", &c), 0);
	assert_int_equal(c.index, 231);
	assert_int_equal(theme_parse_color("#808080", &c), 0);
	assert_int_equal(c.index, 244);
	assert_int_equal(theme_rgb_to_256(95, 135, 175), 67);

	assert_int_equal(theme_parse_color("color256", &c), -1);
	assert_int_equal(theme_parse_color("color", &c), -1);
	assert_int_equal(theme_parse_color("color-1", &c), -1);
	assert_int_equal(theme_parse_color("color0012", &c), -1);
	assert_int_equal(theme_parse_color("#ff870", &c), -1);
	assert_int_equal(theme_parse_color("#ff87000", &c), -1);
	assert_int_equal(theme_parse_color("#gg0000", &c), -1);
	assert_int_equal(theme_parse_color("purple", &c), -1);
	assert_int_equal(theme_parse_color("", &c), -1);

	theme_parse_color("color42", &c);
	assert_string_equal(theme_color_string(&c, buf), "color42");
	theme_parse_color("brightcyan", &c);
	assert_string_equal(theme_color_string(&c, buf), "brightcyan");
	theme_parse_color("default", &c);
	assert_string_equal(theme_color_string(&c, buf), "default");
}

static void
test_theme_color_index(void **state)
{
	struct theme_color	c;

	(void)state;
	theme_parse_color("default", &c);
	assert_int_equal(theme_color_index(&c, 8), -1);
	theme_parse_color("brightred", &c);
	assert_int_equal(theme_color_index(&c, 256), 9);
	assert_int_equal(theme_color_index(&c, 16), 9);
	assert_int_equal(theme_color_index(&c, 8), 1);
	theme_parse_color("color196", &c);	/* pure red */
	assert_int_equal(theme_color_index(&c, 256), 196);
	assert_int_equal(theme_color_index(&c, 16), 9);
	assert_int_equal(theme_color_index(&c, 8), 1);
	theme_parse_color("#0000d7", &c);
	assert_int_equal(theme_color_index(&c, 8), 4);
}

static void
test_theme_attrs(void **state)
{
	unsigned	 a;
	char		*s;

	(void)state;
	assert_int_equal(theme_parse_attr("bold", &a), 0);
	assert_int_equal(a, THEME_BOLD);
	assert_int_equal(theme_parse_attr("UNDERLINE", &a), 0);
	assert_int_equal(a, THEME_UNDERLINE);
	assert_int_equal(theme_parse_attr("normal", &a), 0);
	assert_int_equal(a, 0);
	assert_int_equal(theme_parse_attr("standout", &a), 0);
	assert_int_equal(a, THEME_STANDOUT);
	assert_int_equal(theme_parse_attr("sparkle", &a), -1);
	s = theme_attrs_string(THEME_BOLD | THEME_REVERSE | THEME_ITALIC);
	assert_string_equal(s, "bold reverse italic");
	free(s);
	s = theme_attrs_string(0);
	assert_string_equal(s, "normal");
	free(s);
}

static void
test_theme_split(void **state)
{
	char	**w, *cause;
	size_t	  n;

	(void)state;
	assert_int_equal(theme_split_line("  color  cursor #102030\tred "
	    "# a comment", &w, &n, &cause), 0);
	assert_int_equal(n, 4);
	assert_string_equal(w[2], "#102030");
	assert_string_equal(w[3], "red");
	theme_free_words(w, n);
	assert_int_equal(theme_split_line("bind main \"#\" 'a b' \"x\\\"y\" "
	    "c#d", &w, &n, &cause), 0);
	assert_int_equal(n, 6);
	assert_string_equal(w[2], "#");
	assert_string_equal(w[3], "a b");
	assert_string_equal(w[4], "x\"y");
	assert_string_equal(w[5], "c#d");
	theme_free_words(w, n);
	assert_int_equal(theme_split_line("# only a comment", &w, &n, &cause),
	    0);
	assert_int_equal(n, 0);
	theme_free_words(w, n);
	assert_int_equal(theme_split_line("set x \"open", &w, &n, &cause), -1);
	assert_string_equal(cause, "missing closing \"");
	free(cause);
}

static void
test_theme_load(void **state)
{
	char		 dir[] = "/tmp/parallax-theme.XXXXXX", *path, *cause;
	struct theme	 t;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = test_write(dir, "t.theme",
	    "# a theme\n"
	    "\n"
	    "color claim_many   color34 default bold underline\n"
	    "   color cursor #1c2b3a brightyellow reverse  # trailing\n"
	    "color status default blue\n");
	theme_init_default(&t);
	assert_int_equal(theme_load(&t, path, &cause), 0);
	assert_int_equal(t.el[THEME_EL_CLAIM_MANY].fg.index, 34);
	assert_int_equal(t.el[THEME_EL_CLAIM_MANY].bg.index, -1);
	assert_int_equal(t.el[THEME_EL_CLAIM_MANY].attrs,
	    THEME_BOLD | THEME_UNDERLINE);
	assert_true(t.el[THEME_EL_CURSOR].fg.rgb);
	assert_int_equal(t.el[THEME_EL_CURSOR].fg.r, 0x1c);
	assert_int_equal(t.el[THEME_EL_CURSOR].fg.g, 0x2b);
	assert_int_equal(t.el[THEME_EL_CURSOR].fg.b, 0x3a);
	assert_int_equal(t.el[THEME_EL_CURSOR].bg.index, 11);
	assert_int_equal(t.el[THEME_EL_CURSOR].attrs, THEME_REVERSE);
	assert_int_equal(t.el[THEME_EL_STATUS].fg.index, -1);
	assert_int_equal(t.el[THEME_EL_STATUS].bg.index, THEME_BLUE);
	assert_int_equal(t.el[THEME_EL_STATUS].attrs, 0);
	/* Untouched elements keep their values. */
	assert_int_equal(t.el[THEME_EL_ERROR].fg.index, THEME_RED);
	unlink(path);
	free(path);
	rmdir(dir);
}

/* Each kind of error names the file and line; good lines still apply. */
static void
test_theme_errors(void **state)
{
	char		 dir[] = "/tmp/parallax-theme.XXXXXX", *path, *cause;
	char		*want, **errors = NULL;
	struct theme	 t;
	size_t		 nerrors = 0, i;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = test_write(dir, "bad.theme",
	    "color sky blue default\n"
	    "color story purple default\n"
	    "color story default \"#12345\"\n"
	    "color story red default sparkle\n"
	    "color meta red\n"
	    "colr meta red default\n"
	    "color \"meta\n"
	    "color meta magenta black bold\n");
	theme_init_default(&t);
	assert_int_equal(theme_load_all(&t, path, &errors, &nerrors), -1);
	assert_int_equal(nerrors, 7);
	static const char *const msgs[] = {
		"1: unknown element: sky",
		"2: unknown colour: purple",
		"3: unknown colour: #12345",
		"4: unknown attribute: sparkle",
		"5: usage: color <element> <fg> <bg> [attributes]",
		"6: unknown command: colr",
		"7: missing closing \"",
	};
	for (i = 0; i < nerrors; i++) {
		want = xasprintf("%s:%s", path, msgs[i]);
		assert_string_equal(errors[i], want);
		free(want);
		free(errors[i]);
	}
	free(errors);
	/* The bad lines changed nothing; the good one applied. */
	assert_int_equal(t.el[THEME_EL_STORY].fg.index, -1);
	assert_int_equal(t.el[THEME_EL_STORY].attrs, THEME_BOLD);
	assert_int_equal(t.el[THEME_EL_META].fg.index, THEME_MAGENTA);
	assert_int_equal(t.el[THEME_EL_META].bg.index, THEME_BLACK);

	/* theme_load() gives the first error only. */
	assert_int_equal(theme_load(&t, path, &cause), -1);
	want = xasprintf("%s:1: unknown element: sky", path);
	assert_string_equal(cause, want);
	free(want);
	free(cause);
	unlink(path);
	free(path);

	path = xasprintf("%s/missing.theme", dir);
	assert_int_equal(theme_load(&t, path, &cause), -1);
	want = xasprintf("%s: No such file or directory", path);
	assert_string_equal(cause, want);
	free(want);
	free(cause);
	free(path);
	rmdir(dir);
}

static void
test_theme_find(void **state)
{
	char		 dir[] = "/tmp/parallax-theme.XXXXXX", *a, *b, *p;
	const char	*dirs[3];

	(void)state;
	assert_non_null(mkdtemp(dir));
	a = xasprintf("%s/a", dir);
	b = xasprintf("%s/b", dir);
	assert_int_equal(mkdir(a, 0700), 0);
	assert_int_equal(mkdir(b, 0700), 0);
	free(test_write(b, "x.theme", "\n"));
	free(test_write(a, "y.theme", "\n"));
	free(test_write(b, "y.theme", "\n"));
	dirs[0] = "/nonexistent";
	dirs[1] = a;
	dirs[2] = b;
	p = theme_find("x", dirs, 3);
	assert_non_null(p);
	assert_true(strncmp(p, b, strlen(b)) == 0);
	assert_string_equal(p + strlen(b), "/x.theme");
	free(p);
	p = theme_find("y", dirs, 3);
	assert_true(strncmp(p, a, strlen(a)) == 0);
	free(p);
	assert_null(theme_find("z", dirs, 3));
	assert_null(theme_find("", dirs, 3));
	p = xasprintf("%s/x.theme", b);
	{
		char	*q = theme_find(p, NULL, 0);

		assert_non_null(q);
		assert_string_equal(q, p);
		free(q);
	}
	unlink(p);
	free(p);
	p = xasprintf("%s/y.theme", a);
	unlink(p);
	free(p);
	p = xasprintf("%s/y.theme", b);
	unlink(p);
	free(p);
	rmdir(a);
	rmdir(b);
	free(a);
	free(b);
	rmdir(dir);
}

/* Every theme we ship loads without error (tests run from the top). */
static void
test_theme_shipped(void **state)
{
	static const char *const names[] = {
		"default", "light", "mono", "high-contrast", "dusk-256",
	};
	struct theme	 t, builtin;
	char		*path, *cause;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		path = xasprintf("themes/%s.theme", names[i]);
		theme_init_default(&t);
		if (theme_load(&t, path, &cause) != 0)
			fail_msg("%s", cause);
		free(path);
	}
	/* default.theme is the built-in theme. */
	memset(&t, 0, sizeof t);
	theme_load(&t, "themes/default.theme", &cause);
	theme_init_default(&builtin);
	assert_memory_equal(&t, &builtin, sizeof t);
	/* mono.theme is what theme_monochrome() makes. */
	memset(&t, 0, sizeof t);
	theme_load(&t, "themes/mono.theme", &cause);
	theme_monochrome(&builtin, &builtin);
	assert_memory_equal(&t, &builtin, sizeof t);
}

static void
test_theme_monochrome(void **state)
{
	static const enum theme_element claims[] = {
		THEME_EL_CLAIM_MANY, THEME_EL_CLAIM_TWO, THEME_EL_CLAIM_UNIQUE,
		THEME_EL_CLAIM_DIFF,
	};
	static const enum theme_element matrix[] = {
		THEME_EL_MATRIX_CARRIES, THEME_EL_MATRIX_MISSING,
		THEME_EL_MATRIX_DIFFERS,
	};
	struct theme	t, m;
	size_t		i, j;

	(void)state;
	theme_init_default(&t);
	theme_monochrome(&t, &m);
	for (i = 0; i < THEME__MAX; i++) {
		assert_int_equal(m.el[i].fg.index, -1);
		assert_int_equal(m.el[i].bg.index, -1);
		assert_false(m.el[i].fg.rgb);
	}
	for (i = 0; i < 4; i++) {
		for (j = i + 1; j < 4; j++)
			assert_int_not_equal(m.el[claims[i]].attrs,
			    m.el[claims[j]].attrs);
	}
	for (i = 0; i < 3; i++) {
		for (j = i + 1; j < 3; j++)
			assert_int_not_equal(m.el[matrix[i]].attrs,
			    m.el[matrix[j]].attrs);
	}
	assert_int_equal(m.el[THEME_EL_CLAIM_MANY].attrs, THEME_BOLD);
	assert_int_equal(m.el[THEME_EL_CLAIM_TWO].attrs, THEME_UNDERLINE);
	assert_int_equal(m.el[THEME_EL_CLAIM_UNIQUE].attrs, 0);
	assert_int_equal(m.el[THEME_EL_CLAIM_DIFF].attrs,
	    THEME_BOLD | THEME_UNDERLINE);
	assert_int_equal(m.el[THEME_EL_CURSOR].attrs, THEME_REVERSE);
	assert_int_not_equal(m.el[THEME_EL_BAR_SHARED].attrs,
	    m.el[THEME_EL_BAR_UNIQUE].attrs);
	assert_int_not_equal(m.el[THEME_EL_PANE_TITLE].attrs,
	    m.el[THEME_EL_PANE_TITLE_FOCUS].attrs);
	/* In place works too. */
	theme_monochrome(&t, &t);
	assert_memory_equal(&t, &m, sizeof t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_theme_default),
		cmocka_unit_test(test_theme_colors),
		cmocka_unit_test(test_theme_color_index),
		cmocka_unit_test(test_theme_attrs),
		cmocka_unit_test(test_theme_split),
		cmocka_unit_test(test_theme_load),
		cmocka_unit_test(test_theme_errors),
		cmocka_unit_test(test_theme_find),
		cmocka_unit_test(test_theme_shipped),
		cmocka_unit_test(test_theme_monochrome),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
