/*
 * ui: the ncursesw interface opened by `parallax` with no command.  Three
 * panes (sources, reading, cross-reference) and the compare, matrix,
 * search and help views.  It only reads the store and the xref results;
 * it never parses articles and never writes to the store.
 */
#ifndef PARALLAX_UI_H
#define PARALLAX_UI_H

#include <stdbool.h>

/* What the command line hands to the interface. */
struct ui_options {
	const char	*store_path;	/* the store to open (required) */
	const char	*config_path;	/* configuration file, NULL: default */
	const char	*theme;		/* theme name or file, NULL: config's */
	bool		 no_color;	/* --no-color (NO_COLOR is read too) */
};

/*
 * Run the interface until the user quits or a SIGINT, SIGTERM or SIGHUP
 * arrives; the terminal is restored in every case (die() included).
 * Returns the exit status: 0 after a normal quit or a signal, 2 when the
 * store cannot be opened or the terminal cannot be used (a message is
 * printed on stderr, e.g. "parallax: cannot use terminal type 'xyz'").
 * Configuration errors do not stop it: they are shown on the message line.
 */
int	ui_run(const struct ui_options *opts);

#endif
