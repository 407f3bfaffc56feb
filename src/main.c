/*
 * main: parse the global options, set the locale and dispatch to a
 * command.  Nothing else lives here.
 */
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/cmd.h"
#include "parallax/util.h"

static const struct option main_options[] = {
	{ "db",		required_argument,	NULL, 'd' },
	{ "config",	required_argument,	NULL, 'c' },
	{ "theme",	required_argument,	NULL, 't' },
	{ "no-color",	no_argument,		NULL, 'C' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "version",	no_argument,		NULL, 'V' },
	{ NULL,		0,			NULL, 0 }
};

int
main(int argc, char **argv)
{
	struct cmd_env		 env = { 0 };
	const struct cmd	*c;
	int			 ch;

	util_heap_hugepages(UTIL_HEAP_HUGE);
	setlocale(LC_ALL, "");
	/* The reader's characters, but numbers as C writes them: figures are
	 * parsed with strtod() and scores printed with a point whatever the
	 * locale ("1.5bn" is not 1bn under de_DE). */
	setlocale(LC_NUMERIC, "C");
	/* '+': stop at the command name; its own options are its own. */
	while ((ch = getopt_long(argc, argv, "+d:c:t:hV", main_options,
	    NULL)) != -1) {
		switch (ch) {
		case 'd':
			env.db = optarg;
			break;
		case 'c':
			env.config = optarg;
			break;
		case 't':
			env.theme = optarg;
			break;
		case 'C':
			env.no_color = true;
			break;
		case 'h':
			cmd_usage(stdout);
			return CMD_OK;
		case 'V':
			printf("parallax %s\n", PARALLAX_VERSION);
			return CMD_OK;
		default:
			fprintf(stderr, "Try 'parallax --help'.\n");
			return CMD_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (env.theme != NULL && cmd_check_theme(env.theme) != 0)
		return CMD_USAGE;
	if (argc == 0)
		return cmd_interface(&env);
	if ((c = cmd_find(argv[0])) == NULL) {
		fprintf(stderr, "parallax: unknown command '%s'; try "
		    "'parallax --help'\n", argv[0]);
		return CMD_USAGE;
	}
	optind = 0;	/* glibc: start afresh for the command's options */
	return c->run(&env, argc, argv);
}
