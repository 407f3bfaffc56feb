/* Unit tests of config: options, bind/unbind/color/set/theme/source lines,
 * errors with file and line, nesting and loops, default paths. */
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

#include "parallax/config.h"
#include "parallax/util.h"

struct test_dir {
	char	path[64];
};

/* A scratch folder per test, with HOME and XDG_CONFIG_HOME inside it. */
static int
test_setup(void **state)
{
	struct test_dir	*d = xcalloc(1, sizeof *d);
	char		*s;

	snprintf(d->path, sizeof d->path, "/tmp/parallax-config.XXXXXX");
	if (mkdtemp(d->path) == NULL)
		return -1;
	s = xasprintf("%s/home", d->path);
	mkdir(s, 0700);
	setenv("HOME", s, 1);
	free(s);
	s = xasprintf("%s/xdg", d->path);
	setenv("XDG_CONFIG_HOME", s, 1);
	free(s);
	*state = d;
	return 0;
}

static int
test_teardown(void **state)
{
	struct test_dir	*d = *state;
	char		*cmd;

	cmd = xasprintf("rm -rf '%s'", d->path);
	if (system(cmd) != 0)
		return -1;
	free(cmd);
	free(d);
	return 0;
}

/* Write text to DIR/name, making folders; returns the path (caller frees). */
static char *
test_write(const struct test_dir *d, const char *name, const char *text)
{
	char	*path = xasprintf("%s/%s", d->path, name), *slash;
	FILE	*f;

	slash = strrchr(path, '/');
	*slash = '\0';
	assert_int_equal(util_mkdirs(path, 0700), 0);
	*slash = '/';
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* Check the error list against "PATH:suffix" strings, then free it. */
static void
test_errors(char **errors, size_t nerrors, const char *path,
    const char *const *want, size_t nwant)
{
	char	*s;
	size_t	 i;

	if (nerrors != nwant) {
		for (i = 0; i < nerrors; i++)
			print_message("error: %s\n", errors[i]);
	}
	assert_int_equal(nerrors, nwant);
	for (i = 0; i < nerrors; i++) {
		s = xasprintf("%s%s", path, want[i]);
		assert_string_equal(errors[i], s);
		free(s);
	}
	cfg_free_errors(errors, nerrors);
}

static void
test_config_defaults(void **state)
{
	struct cfg	cfg;
	char		*v;

	(void)state;
	cfg_init(&cfg);
	assert_true(cfg.sidebar);
	assert_int_equal(cfg.sidebar_width, 40);
	assert_int_equal(cfg.sort, CFG_SORT_NEWEST);
	assert_true(cfg.mouse);
	assert_int_equal(cfg.refresh, 3);
	assert_true(cfg.color);
	assert_string_equal(cfg.theme_name, "default");
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_MAIN, 'j'),
	    ACTION_MOVE_DOWN);
	assert_int_equal(cfg.theme.el[THEME_EL_CLAIM_MANY].fg.index,
	    THEME_GREEN);
	v = cfg_option_value(&cfg, CFG_OPTION_sidebar_width);
	assert_string_equal(v, "40");
	free(v);
	v = cfg_option_value(&cfg, CFG_OPTION_mouse);
	assert_string_equal(v, "yes");
	free(v);
	assert_string_equal(cfg_option_name(CFG_OPTION_refresh), "refresh");
	assert_string_equal(cfg_option_default(CFG_OPTION_sort), "newest");
	assert_string_equal(cfg_option_kind(CFG_OPTION_color), "yes|no");
	assert_int_equal(cfg_option_from_name("sidebar_width"),
	    CFG_OPTION_sidebar_width);
	assert_int_equal(cfg_option_from_name("width"), -1);
	assert_int_equal(cfg_sort_next(CFG_SORT_NEWEST), CFG_SORT_OUTLETS);
	assert_int_equal(cfg_sort_next(CFG_SORT_TITLE), CFG_SORT_NEWEST);
	assert_string_equal(cfg_sort_name(CFG_SORT_CLAIMS), "claims");
	cfg_fini(&cfg);
}

static void
test_config_set(void **state)
{
	struct cfg	 cfg;
	char		*cause;
	char		*v;

	(void)state;
	cfg_init(&cfg);
	assert_int_equal(cfg_set(&cfg, "sidebar", "no", &cause), 0);
	assert_false(cfg.sidebar);
	assert_int_equal(cfg_set(&cfg, "sidebar", "on", &cause), 0);
	assert_true(cfg.sidebar);
	assert_int_equal(cfg_set(&cfg, "mouse", "false", &cause), 0);
	assert_false(cfg.mouse);
	assert_int_equal(cfg_set(&cfg, "mouse", "true", &cause), 0);
	assert_true(cfg.mouse);
	assert_int_equal(cfg_set(&cfg, "color", "off", &cause), 0);
	assert_false(cfg.color);
	assert_int_equal(cfg_set(&cfg, "color", "yes", &cause), 0);
	assert_true(cfg.color);
	assert_int_equal(cfg_set(&cfg, "sidebar_width", "64", &cause), 0);
	assert_int_equal(cfg.sidebar_width, 64);
	assert_int_equal(cfg_set(&cfg, "refresh", "0", &cause), 0);
	assert_int_equal(cfg.refresh, 0);
	assert_int_equal(cfg_set(&cfg, "sort", "claims", &cause), 0);
	assert_int_equal(cfg.sort, CFG_SORT_CLAIMS);
	v = cfg_option_value(&cfg, CFG_OPTION_sort);
	assert_string_equal(v, "claims");
	free(v);

	assert_int_equal(cfg_set(&cfg, "sidebar", "maybe", &cause), -1);
	assert_string_equal(cause, "sidebar: expected yes or no, not maybe");
	free(cause);
	assert_int_equal(cfg_set(&cfg, "sidebar_width", "5", &cause), -1);
	assert_string_equal(cause,
	    "sidebar_width: 5 is out of range (20 to 200)");
	free(cause);
	assert_int_equal(cfg_set(&cfg, "refresh", "3s", &cause), -1);
	assert_string_equal(cause, "refresh: not a number: 3s");
	free(cause);
	assert_int_equal(cfg_set(&cfg, "sort", "random", &cause), -1);
	assert_string_equal(cause,
	    "sort: expected newest, outlets, claims or title, not random");
	free(cause);
	assert_int_equal(cfg_set(&cfg, "wrap", "yes", &cause), -1);
	assert_string_equal(cause, "unknown option: wrap");
	free(cause);
	/* Failed sets leave the values alone. */
	assert_true(cfg.sidebar);
	assert_int_equal(cfg.sidebar_width, 64);
	assert_int_equal(cfg.refresh, 0);
	assert_int_equal(cfg.sort, CFG_SORT_CLAIMS);
	cfg_fini(&cfg);
}

/* Good lines apply around bad ones; every bad one is listed. */
static void
test_config_mixed(void **state)
{
	static const char *const want[] = {
		":3: unknown view: pager",
		":4: unknown key: Hyper-x",
		":5: unknown action: explode",
		":6: usage: bind <view> <key> <action>",
		":8: unknown option: wrap",
		":9: unknown element: sky",
		":10: unknown command: bnid",
		":11: missing closing \"",
		":13: sidebar_width: 1000 is out of range (20 to 200)",
	};
	struct test_dir	*d = *state;
	struct cfg	 cfg;
	char		*path, **errors = NULL;
	size_t		 nerrors = 0;

	path = test_write(d, "config",
	    "# my configuration\n"
	    "bind main x quit\n"
	    "bind pager x quit\n"
	    "bind main Hyper-x quit\n"
	    "bind main x explode\n"
	    "bind main x\n"
	    "set sidebar no   # no sidebar\n"
	    "set wrap yes\n"
	    "color sky red default\n"
	    "bnid main y quit\n"
	    "bind main \"y quit\n"
	    "color claim_two magenta default underline\n"
	    "set sidebar_width 1000\n"
	    "bind reader \"Space\" next_shared\n"
	    "bind main \"#\" help\n"
	    "unbind main Q\n"
	    "  \t\n");
	cfg_init(&cfg);
	assert_int_equal(cfg_load(&cfg, path, &errors, &nerrors), -1);
	test_errors(errors, nerrors, path, want, UTIL_NELEM(want));
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_SOURCES, 'x'),
	    ACTION_QUIT);
	assert_false(cfg.sidebar);
	assert_int_equal(cfg.sidebar_width, 40);
	assert_int_equal(cfg.theme.el[THEME_EL_CLAIM_TWO].fg.index,
	    THEME_MAGENTA);
	assert_int_equal(cfg.theme.el[THEME_EL_CLAIM_TWO].attrs,
	    THEME_UNDERLINE);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_READER, ' '),
	    ACTION_NEXT_SHARED);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_SOURCES, ' '),
	    ACTION_PAGE_DOWN);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_MAIN, '#'),
	    ACTION_HELP);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_MAIN, 'Q'),
	    ACTION_NONE);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_MAIN, 'y'),
	    ACTION_NONE);
	cfg_fini(&cfg);
	free(path);
}

static void
test_config_clean(void **state)
{
	struct test_dir	*d = *state;
	struct cfg	 cfg;
	char		*path, **errors = NULL;
	size_t		 nerrors = 0;

	path = test_write(d, "config",
	    "set sort title\n"
	    "set refresh 10\n"
	    "bind help q quit_view\n"
	    "unbind all\n"
	    "bind main C-c quit\n"
	    "bind main F2 help\n");
	cfg_init(&cfg);
	assert_int_equal(cfg_load(&cfg, path, &errors, &nerrors), 0);
	assert_int_equal(nerrors, 0);
	assert_null(errors);
	assert_int_equal(cfg.sort, CFG_SORT_TITLE);
	assert_int_equal(cfg.refresh, 10);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_MAIN, 'q'),
	    ACTION_NONE);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_HELP, 'q'),
	    ACTION_NONE);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_READER, 3),
	    ACTION_QUIT);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_READER, KEYS_F(2)),
	    ACTION_HELP);
	cfg_fini(&cfg);
	free(path);
}

static void
test_config_apply_line(void **state)
{
	struct cfg	 cfg;
	char		*cause;

	(void)state;
	cfg_init(&cfg);
	assert_int_equal(cfg_apply_line(&cfg, "bind matrix Esc back", &cause),
	    0);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_MATRIX, 27),
	    ACTION_BACK);
	assert_int_equal(cfg_apply_line(&cfg, "", &cause), 0);
	assert_int_equal(cfg_apply_line(&cfg, "set", &cause), -1);
	assert_string_equal(cause, "usage: set <option> <value>");
	free(cause);
	assert_int_equal(cfg_apply_line(&cfg, "unbind main", &cause), -1);
	assert_string_equal(cause, "usage: unbind <view> <key> | unbind all");
	free(cause);
	assert_int_equal(cfg_apply_line(&cfg, "theme nosuchtheme", &cause), -1);
	assert_string_equal(cause, "unknown theme: nosuchtheme");
	free(cause);
	cfg_fini(&cfg);
}

static void
test_config_missing(void **state)
{
	struct test_dir	*d = *state;
	struct cfg	 cfg;
	char		*path, **errors = NULL, *want;
	size_t		 nerrors = 0;

	cfg_init(&cfg);
	path = xasprintf("%s/nothing", d->path);
	assert_int_equal(cfg_load(&cfg, path, &errors, &nerrors), -1);
	assert_int_equal(nerrors, 1);
	want = xasprintf("%s: No such file or directory", path);
	assert_string_equal(errors[0], want);
	free(want);
	cfg_free_errors(errors, nerrors);
	free(path);
	/* The default file may be missing: that is no error. */
	errors = NULL;
	nerrors = 0;
	assert_int_equal(cfg_load_default(&cfg, &errors, &nerrors), 0);
	assert_int_equal(nerrors, 0);
	/* And when it is there it is read. */
	free(test_write(d, "xdg/parallax/config", "set mouse no\n"));
	assert_int_equal(cfg_load_default(&cfg, &errors, &nerrors), 0);
	assert_false(cfg.mouse);
	cfg_fini(&cfg);
}

static void
test_config_default_path(void **state)
{
	struct test_dir	*d = *state;
	char		*p, *want;

	p = cfg_default_path();
	want = xasprintf("%s/xdg/parallax/config", d->path);
	assert_string_equal(p, want);
	free(p);
	free(want);
	setenv("XDG_CONFIG_HOME", "", 1);
	p = cfg_default_path();
	want = xasprintf("%s/home/.config/parallax/config", d->path);
	assert_string_equal(p, want);
	free(p);
	free(want);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	assert_null(cfg_default_path());
}

/* source: relative to the including file, ~ expanded, errors with their
 * own file and line. */
static void
test_config_source(void **state)
{
	struct test_dir	*d = *state;
	struct cfg	 cfg;
	char		*top, *keys, *home, **errors = NULL, *want;
	size_t		 nerrors = 0;

	top = test_write(d, "conf/config",
	    "source parts/keys\n"
	    "source ~/colours\n"
	    "source parts/absent\n"
	    "set refresh 7\n");
	keys = test_write(d, "conf/parts/keys",
	    "bind main z quit\n"
	    "bind main zz quit\n");
	home = test_write(d, "home/colours", "color error white red bold\n");
	cfg_init(&cfg);
	assert_int_equal(cfg_load(&cfg, top, &errors, &nerrors), -1);
	assert_int_equal(nerrors, 2);
	want = xasprintf("%s:2: unknown key: zz", keys);
	assert_string_equal(errors[0], want);
	free(want);
	want = xasprintf("%s:3: %s/conf/parts/absent: No such file or "
	    "directory", top, d->path);
	assert_string_equal(errors[1], want);
	free(want);
	cfg_free_errors(errors, nerrors);
	assert_int_equal(keys_lookup(cfg.keys, KEYS_VIEW_MAIN, 'z'),
	    ACTION_QUIT);
	assert_int_equal(cfg.theme.el[THEME_EL_ERROR].bg.index, THEME_RED);
	assert_int_equal(cfg.refresh, 7);
	cfg_fini(&cfg);
	free(top);
	free(keys);
	free(home);
}

static void
test_config_source_loop(void **state)
{
	struct test_dir	*d = *state;
	struct cfg	 cfg;
	char		*a, *b, **errors = NULL, *want;
	size_t		 nerrors = 0;

	a = test_write(d, "a", "set refresh 5\nsource b\n");
	b = test_write(d, "b", "set sidebar no\nsource a\n");
	cfg_init(&cfg);
	assert_int_equal(cfg_load(&cfg, a, &errors, &nerrors), -1);
	assert_int_equal(nerrors, 1);
	want = xasprintf("%s/b:2: source loop: %s/a is already being read",
	    d->path, d->path);
	assert_string_equal(errors[0], want);
	free(want);
	cfg_free_errors(errors, nerrors);
	assert_int_equal(cfg.refresh, 5);
	assert_false(cfg.sidebar);
	cfg_fini(&cfg);
	free(a);
	free(b);
}

/* A chain of CFG_SOURCE_DEPTH files is read; one more is refused. */
static void
test_config_source_depth(void **state)
{
	struct test_dir	*d = *state;
	struct cfg	 cfg;
	char		*name, *text, *path, **errors = NULL, *want;
	size_t		 nerrors = 0;
	int		 i;

	for (i = 1; i <= CFG_SOURCE_DEPTH + 1; i++) {
		name = xasprintf("f%d", i);
		text = xasprintf("set refresh %d\nsource f%d\n", i, i + 1);
		free(test_write(d, name, text));
		free(name);
		free(text);
	}
	path = xasprintf("%s/f1", d->path);
	cfg_init(&cfg);
	assert_int_equal(cfg_load(&cfg, path, &errors, &nerrors), -1);
	assert_int_equal(nerrors, 1);
	want = xasprintf("%s/f%d:2: source: too deeply nested (more than %d "
	    "files)", d->path, CFG_SOURCE_DEPTH, CFG_SOURCE_DEPTH);
	assert_string_equal(errors[0], want);
	free(want);
	cfg_free_errors(errors, nerrors);
	assert_int_equal(cfg.refresh, CFG_SOURCE_DEPTH);
	cfg_fini(&cfg);
	free(path);
}

/* theme: found in the user's themes folder; later color lines win; the
 * theme file's errors carry its own name. */
static void
test_config_theme(void **state)
{
	struct test_dir	*d = *state;
	struct cfg	 cfg;
	char		*conf, *th, **errors = NULL, *want, *cause;
	size_t		 nerrors = 0;

	th = test_write(d, "xdg/parallax/themes/paper.theme",
	    "color story blue default underline\n"
	    "color meta green default\n"
	    "color nope red default\n");
	conf = test_write(d, "config",
	    "color headline red default\n"
	    "theme paper\n"
	    "color meta yellow default\n"
	    "theme fog\n");
	cfg_init(&cfg);
	assert_int_equal(cfg_load(&cfg, conf, &errors, &nerrors), -1);
	assert_int_equal(nerrors, 2);
	want = xasprintf("%s:3: unknown element: nope", th);
	assert_string_equal(errors[0], want);
	free(want);
	want = xasprintf("%s:4: unknown theme: fog", conf);
	assert_string_equal(errors[1], want);
	free(want);
	cfg_free_errors(errors, nerrors);
	assert_string_equal(cfg.theme_name, "paper");
	assert_int_equal(cfg.theme.el[THEME_EL_STORY].fg.index, THEME_BLUE);
	assert_int_equal(cfg.theme.el[THEME_EL_STORY].attrs, THEME_UNDERLINE);
	assert_int_equal(cfg.theme.el[THEME_EL_META].fg.index, THEME_YELLOW);
	/* theme starts again from the built-in theme. */
	assert_int_equal(cfg.theme.el[THEME_EL_HEADLINE].fg.index,
	    THEME_WHITE);
	/* "default" needs no file. */
	assert_int_equal(cfg_apply_line(&cfg, "theme default", &cause), 0);
	assert_int_equal(cfg.theme.el[THEME_EL_STORY].fg.index, -1);
	assert_string_equal(cfg.theme_name, "default");
	/* A path is a path. */
	errors = NULL;
	nerrors = 0;
	assert_int_equal(cfg_use_theme(&cfg, th, &errors, &nerrors), -1);
	assert_int_equal(nerrors, 1);
	cfg_free_errors(errors, nerrors);
	assert_int_equal(cfg.theme.el[THEME_EL_STORY].fg.index, THEME_BLUE);
	cfg_fini(&cfg);
	free(conf);
	free(th);
}

static void
test_config_theme_dirs(void **state)
{
	struct test_dir	*d = *state;
	char		**dirs, *want;
	size_t		  n;

	dirs = cfg_theme_dirs(&n);
	assert_true(n >= 2);
	want = xasprintf("%s/xdg/parallax/themes", d->path);
	assert_string_equal(dirs[0], want);
	free(want);
	assert_true(strstr(dirs[1], "/themes") != NULL);
	cfg_free_errors(dirs, n);
	unsetenv("XDG_CONFIG_HOME");
	dirs = cfg_theme_dirs(&n);
	want = xasprintf("%s/home/.config/parallax/themes", d->path);
	assert_string_equal(dirs[0], want);
	free(want);
	cfg_free_errors(dirs, n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_config_defaults),
		cmocka_unit_test(test_config_set),
		cmocka_unit_test_setup_teardown(test_config_mixed, test_setup,
		    test_teardown),
		cmocka_unit_test_setup_teardown(test_config_clean, test_setup,
		    test_teardown),
		cmocka_unit_test_setup_teardown(test_config_apply_line,
		    test_setup, test_teardown),
		cmocka_unit_test_setup_teardown(test_config_missing,
		    test_setup, test_teardown),
		cmocka_unit_test_setup_teardown(test_config_default_path,
		    test_setup, test_teardown),
		cmocka_unit_test_setup_teardown(test_config_source, test_setup,
		    test_teardown),
		cmocka_unit_test_setup_teardown(test_config_source_loop,
		    test_setup, test_teardown),
		cmocka_unit_test_setup_teardown(test_config_source_depth,
		    test_setup, test_teardown),
		cmocka_unit_test_setup_teardown(test_config_theme, test_setup,
		    test_teardown),
		cmocka_unit_test_setup_teardown(test_config_theme_dirs,
		    test_setup, test_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
