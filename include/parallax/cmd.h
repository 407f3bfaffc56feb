/*
 * cmd: the commands of the command line (add, list, show, ...), each a
 * function over an open store that prints its results.  main.c parses the
 * global options and dispatches here.
 */
#ifndef PARALLAX_CMD_H
#define PARALLAX_CMD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "parallax/util.h"

/* Exit statuses of the contract. */
#define CMD_OK		0	/* all done */
#define CMD_PARTIAL	1	/* some input refused, the rest done */
#define CMD_USAGE	2	/* usage error or unusable store */

/* What main.c found in the global options. */
struct cmd_env {
	const char	*db;		/* store path, NULL for the default */
	const char	*config;	/* configuration file or NULL */
	const char	*theme;		/* theme name or NULL */
	bool		 no_color;
};

/* A command: its name, a one-line synopsis and summary for --help, and
 * the function that runs it (argv[0] is the command name). */
struct cmd {
	const char	*name;
	const char	*synopsis;
	const char	*summary;
	bool		 needs_store;
	int		(*run)(const struct cmd_env *env, int argc, char **argv);
};

/* The command table, ended by an entry whose name is NULL. */
extern const struct cmd cmd_table[];

struct store;

/* Open the store the environment names (creating the default one and
 * its folders), or say why not on stderr and return NULL. */
struct store *cmd_open_store(const struct cmd_env *env);

/* Print s made safe for a terminal, cut with "…" or padded to exactly
 * cols columns (cols 0: as it is). */
void	cmd_put(FILE *f, const char *s, size_t cols);

/* Print "parallax: PATH: message" on stderr, the path made safe. */
void	cmd_warn(const char *path, const char *fmt, ...) UTIL_PRINTF(2, 3);

/* Columns available for output: $COLUMNS, else the terminal's width (of
 * standard output, or of standard error once a pager has it), else 80. */
size_t	cmd_columns(void);

/* add [--source NAME] [--title T] [--date D] [--url URL] [--jobs N]
 * PATH...: import files and folders (src/cmd-add.c). */
int	cmd_add(const struct cmd_env *env, int argc, char **argv);

/* Parse a positive article, story or feed number: 0, or -1. */
int	cmd_parse_id(const char *s, int64_t *id);

/* 0 when the named theme can be found (in the user's or the installed
 * theme folders); otherwise say so on stderr and return -1. */
int	cmd_check_theme(const char *name);

/* The named command, or NULL. */
const struct cmd *cmd_find(const char *name);

/* Print the whole --help text to f. */
void	cmd_usage(FILE *f);

/* feed add|list|rm|import|export: the followed feeds (src/cmd-feed.c). */
int	cmd_feed(const struct cmd_env *env, int argc, char **argv);

/* fetch [--jobs N] [--quiet] [FEED...]: fetch followed feeds and import
 * their new items (src/cmd-feed.c). */
int	cmd_fetch(const struct cmd_env *env, int argc, char **argv);

struct feed_item;
struct article;

/* The article a feed item carries (HTML or text content, with the
 * item's title, date, link and author), for the given outlet; origin
 * names it when the item has no link.  NULL when nothing is left of it.
 * Caller frees with article_free(). */
struct article *cmd_feed_item_article(const struct feed_item *it,
	    const char *source, const char *origin);

/* Open the interface (no command given). */
int	cmd_interface(const struct cmd_env *env);

#endif
