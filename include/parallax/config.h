/*
 * config: the user's configuration file -- key bindings, colours, the
 * theme and options -- and where themes are looked for.  Reading the
 * configuration never stops the program: every bad line becomes a
 * "file:line: message" error for the interface to show, and every good
 * line still applies.  No curses here.
 */
#ifndef PARALLAX_CONFIG_H
#define PARALLAX_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "parallax/keys.h"
#include "parallax/theme.h"

/* Orders of the stories in the sources pane: _(NAME, "name", "help"). */
#define CFG_SORT_LIST(_) \
	_(NEWEST, "newest", "the story with the newest article first") \
	_(OUTLETS, "outlets", "the story covered by the most outlets first") \
	_(CLAIMS, "claims", "the story with the most shared claims first") \
	_(TITLE, "title", "alphabetically by title")

enum cfg_sort {
#define CFG_SORT_ENUM(n, s, h) CFG_SORT_##n,
	CFG_SORT_LIST(CFG_SORT_ENUM)
#undef CFG_SORT_ENUM
	CFG_SORT__MAX
};

/*
 * Every option of `set`: _(name, TYPE, "default", min, max, "help").
 * TYPE is BOOL (yes/no, on/off, true/false), INT (min..max) or SORT (one
 * of CFG_SORT_LIST's names); min and max matter for INT only.  Generates
 * the fields of struct cfg, the parser and the manual's list.
 */
#define OPTION_LIST(_) \
	_(sidebar, BOOL, "yes", 0, 0, \
	    "Show the cross-reference sidebar beside the reading pane.") \
	_(sidebar_width, INT, "40", 20, 200, \
	    "The width of the sidebar in columns.") \
	_(sort, SORT, "newest", 0, 0, \
	    "The order of the stories: newest, outlets, claims or title.") \
	_(mouse, BOOL, "yes", 0, 0, \
	    "Use the mouse: click to focus and select, wheel to scroll.") \
	_(refresh, INT, "3", 0, 3600, \
	    "Seconds between checks of the store for new articles; " \
	    "0 checks only on reload.") \
	_(color, BOOL, "yes", 0, 0, \
	    "Use colours when the terminal has them; with no, the theme's " \
	    "distinctions are made by attributes alone.") \
	_(fulltext, BOOL, "yes", 0, 0, \
	    "Fetch the page of feed items that carry only a summary and " \
	    "import the article found there.")

#define CFG_CTYPE_BOOL	bool
#define CFG_CTYPE_INT	int
#define CFG_CTYPE_SORT	enum cfg_sort

enum cfg_option {
#define CFG_OPTION_ENUM(n, t, d, lo, hi, h) CFG_OPTION_##n,
	OPTION_LIST(CFG_OPTION_ENUM)
#undef CFG_OPTION_ENUM
	CFG_OPTION__MAX
};

/* The whole configuration.  Owns keys and theme_name. */
struct cfg {
	struct keys	*keys;
	struct theme	 theme;
	char		*theme_name;	/* the last theme applied */
#define CFG_OPTION_FIELD(n, t, d, lo, hi, h) CFG_CTYPE_##t n;
	OPTION_LIST(CFG_OPTION_FIELD)
#undef CFG_OPTION_FIELD
};

/* The deepest chain of `source` lines followed. */
#define CFG_SOURCE_DEPTH	8

/* Fill cfg with the defaults: default keys, built-in theme ("default"),
 * every option's default.  Release with cfg_fini(). */
void		 cfg_init(struct cfg *cfg);

/* Release what cfg holds; cfg must be initialised again to be reused. */
void		 cfg_fini(struct cfg *cfg);

/*
 * Read a configuration file into cfg: bind, unbind, color, set, theme
 * and source lines.  Every error is appended to errors and nerrors as
 * "file:line: message" (or "file: reason" when the file cannot be read);
 * free them with cfg_free_errors().  Lines without errors apply.  Returns
 * 0, or -1 when there was any error.
 */
int		 cfg_load(struct cfg *cfg, const char *path, char ***errors,
		     size_t *nerrors);

/* As cfg_load() on cfg_default_path(), where a missing file is no error
 * (the defaults stand). */
int		 cfg_load_default(struct cfg *cfg, char ***errors,
		     size_t *nerrors);

/* Apply one line of configuration (without file or line in errors). */
int		 cfg_apply_line(struct cfg *cfg, const char *line,
		     char **cause);

/* Free an error list. */
void		 cfg_free_errors(char **errors, size_t nerrors);

/*
 * $XDG_CONFIG_HOME/parallax/config, or ~/.config/parallax/config when
 * XDG_CONFIG_HOME is unset or empty.  Caller frees.  NULL when neither
 * XDG_CONFIG_HOME nor HOME is set.
 */
char		*cfg_default_path(void);

/*
 * The folders themes are looked for in, first first:
 * $XDG_CONFIG_HOME/parallax/themes (or ~/.config/parallax/themes), the
 * installed PARALLAX_DATADIR/themes, then themes/ of the source tree when
 * the program runs from its build folder (found from /proc/self/exe).
 * Sets *n; free with cfg_free_errors().
 */
char		**cfg_theme_dirs(size_t *n);

/*
 * Start again from the built-in theme and apply the theme called name,
 * found through cfg_theme_dirs() (a name with a '/' is a path).  "default"
 * needs no file.  Sets cfg->theme_name.  Errors of the theme file are
 * appended to *errors; returns 0 or -1.
 */
int		 cfg_use_theme(struct cfg *cfg, const char *name,
		     char ***errors, size_t *nerrors);

/* Set an option from its text value.  Returns 0, or -1 with *cause
 * ("unknown option: x", "sidebar_width: 5 is below 20"...). */
int		 cfg_set(struct cfg *cfg, const char *name, const char *value,
		     char **cause);

/* The option of a name; -1 when unknown. */
int		 cfg_option_from_name(const char *name);

/* The name, default value, help and kind ("yes|no", "number", "newest|
 * outlets|claims|title") of an option.  Static strings. */
const char	*cfg_option_name(enum cfg_option opt);
const char	*cfg_option_default(enum cfg_option opt);
const char	*cfg_option_help(enum cfg_option opt);
const char	*cfg_option_kind(enum cfg_option opt);

/* The current value of an option as `set` would write it.  Caller frees. */
char		*cfg_option_value(const struct cfg *cfg, enum cfg_option opt);

/* "newest" for CFG_SORT_NEWEST; NULL when out of range. */
const char	*cfg_sort_name(enum cfg_sort sort);

/* The next order after sort, wrapping round (the sort action). */
enum cfg_sort	 cfg_sort_next(enum cfg_sort sort);

#endif
