/*
 * config: reads the user's configuration -- bind, unbind, color, set,
 * theme and source lines -- into a struct cfg, and decides where themes
 * are looked for.  A bad line never stops the program: it becomes a
 * "file:line: message" error and the other lines still apply.  Must not
 * include curses or print anything.
 */
#include "parallax/config.h"

#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parallax/keys.h"
#include "parallax/theme.h"
#include "parallax/util.h"

#ifndef PARALLAX_DATADIR
#define PARALLAX_DATADIR "/usr/local/share/parallax"
#endif

/* Configuration files are small; anything bigger is a mistake. */
#define CFG_FILE_MAX	(1024 * 1024)

enum cfg_type {
	CFG_TYPE_BOOL,
	CFG_TYPE_INT,
	CFG_TYPE_SORT,
};

static const struct {
	const char	*name;
	enum cfg_type	 type;
	const char	*def;
	int		 min;
	int		 max;
	const char	*help;
	size_t		 offset;
} cfg_options[CFG_OPTION__MAX] = {
#define CFG_OPTION_INFO(n, t, d, lo, hi, h) \
	[CFG_OPTION_##n] = { .name = #n, .type = CFG_TYPE_##t, .def = d, \
	    .min = lo, .max = hi, .help = h, \
	    .offset = offsetof(struct cfg, n) },
	OPTION_LIST(CFG_OPTION_INFO)
#undef CFG_OPTION_INFO
};

static const char *const cfg_sort_names[CFG_SORT__MAX] = {
#define CFG_SORT_NAME(n, s, h) [CFG_SORT_##n] = s,
	CFG_SORT_LIST(CFG_SORT_NAME)
#undef CFG_SORT_NAME
};

static const char *const cfg_kinds[] = {
	[CFG_TYPE_BOOL] = "yes|no",
	[CFG_TYPE_INT] = "number",
	[CFG_TYPE_SORT] = "newest|outlets|claims|title",
};

static const struct {
	const char	*name;
	bool		 value;
} cfg_bools[] = {
	{ "yes", true }, { "on", true }, { "true", true },
	{ "no", false }, { "off", false }, { "false", false },
};

/* What reading one chain of files needs: the files being read (to find
 * loops) and where errors go. */
struct cfg_ctx {
	struct cfg	*cfg;
	char		*stack[CFG_SOURCE_DEPTH];
	size_t		 depth;
	const char	*dir;		/* folder of the file being read */
	char		***errors;
	size_t		*nerrors;
};

struct cfg_cmd {
	const char	*name;
	size_t		 min;	/* arguments, without the command */
	size_t		 max;
	const char	*usage;
	int		(*fn)(struct cfg_ctx *, char **, size_t, char **);
};

static int	cfg_file(struct cfg_ctx *, const char *, char **);

static void
cfg_push(char ***list, size_t *n, char *s)
{
	*list = xreallocarray(*list, *n + 1, sizeof **list);
	(*list)[(*n)++] = s;
}

void
cfg_free_errors(char **errors, size_t nerrors)
{
	size_t	i;

	for (i = 0; i < nerrors; i++)
		free(errors[i]);
	free(errors);
}

void
cfg_init(struct cfg *cfg)
{
	char	*cause;
	size_t	 i;

	memset(cfg, 0, sizeof *cfg);
	cfg->keys = keys_create();
	theme_init_default(&cfg->theme);
	cfg->theme_name = xstrdup("default");
	for (i = 0; i < CFG_OPTION__MAX; i++) {
		if (cfg_set(cfg, cfg_options[i].name, cfg_options[i].def,
		    &cause) != 0)
			die("option %s: %s", cfg_options[i].name, cause);
	}
}

void
cfg_fini(struct cfg *cfg)
{
	keys_free(cfg->keys);
	cfg->keys = NULL;
	free(cfg->theme_name);
	cfg->theme_name = NULL;
}

int
cfg_option_from_name(const char *name)
{
	size_t	i;

	for (i = 0; i < CFG_OPTION__MAX; i++) {
		if (strcmp(cfg_options[i].name, name) == 0)
			return (int)i;
	}
	return -1;
}

const char *
cfg_option_name(enum cfg_option opt)
{
	return (unsigned)opt < CFG_OPTION__MAX ? cfg_options[opt].name : NULL;
}

const char *
cfg_option_default(enum cfg_option opt)
{
	return (unsigned)opt < CFG_OPTION__MAX ? cfg_options[opt].def : NULL;
}

const char *
cfg_option_help(enum cfg_option opt)
{
	return (unsigned)opt < CFG_OPTION__MAX ? cfg_options[opt].help : NULL;
}

const char *
cfg_option_kind(enum cfg_option opt)
{
	if ((unsigned)opt >= CFG_OPTION__MAX)
		return NULL;
	return cfg_kinds[cfg_options[opt].type];
}

const char *
cfg_sort_name(enum cfg_sort sort)
{
	return (unsigned)sort < CFG_SORT__MAX ? cfg_sort_names[sort] : NULL;
}

enum cfg_sort
cfg_sort_next(enum cfg_sort sort)
{
	return (enum cfg_sort)(((unsigned)sort + 1) % CFG_SORT__MAX);
}

static void *
cfg_field(const struct cfg *cfg, enum cfg_option opt)
{
	return (char *)(uintptr_t)cfg + cfg_options[opt].offset;
}

char *
cfg_option_value(const struct cfg *cfg, enum cfg_option opt)
{
	void	*f = cfg_field(cfg, opt);

	switch (cfg_options[opt].type) {
	case CFG_TYPE_BOOL:
		return xstrdup(*(bool *)f ? "yes" : "no");
	case CFG_TYPE_INT:
		return xasprintf("%d", *(int *)f);
	case CFG_TYPE_SORT:
		return xstrdup(cfg_sort_names[*(enum cfg_sort *)f]);
	}
	return xstrdup("");
}

static int
cfg_parse_bool(const char *name, const char *value, bool *out, char **cause)
{
	size_t	i;

	for (i = 0; i < UTIL_NELEM(cfg_bools); i++) {
		if (strcmp(cfg_bools[i].name, value) == 0) {
			*out = cfg_bools[i].value;
			return 0;
		}
	}
	*cause = xasprintf("%s: expected yes or no, not %s", name, value);
	return -1;
}

static int
cfg_parse_int(const char *name, const char *value, int min, int max,
    int *out, char **cause)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(value, &end, 10);
	if (*value == '\0' || *end != '\0' || errno != 0) {
		*cause = xasprintf("%s: not a number: %s", name, value);
		return -1;
	}
	if (n < min || n > max) {
		*cause = xasprintf("%s: %s is out of range (%d to %d)", name,
		    value, min, max);
		return -1;
	}
	*out = (int)n;
	return 0;
}

static int
cfg_parse_sort(const char *name, const char *value, enum cfg_sort *out,
    char **cause)
{
	size_t	i;

	for (i = 0; i < CFG_SORT__MAX; i++) {
		if (strcmp(cfg_sort_names[i], value) == 0) {
			*out = (enum cfg_sort)i;
			return 0;
		}
	}
	*cause = xasprintf("%s: expected newest, outlets, claims or title, "
	    "not %s", name, value);
	return -1;
}

int
cfg_set(struct cfg *cfg, const char *name, const char *value, char **cause)
{
	void	*f;
	int	 opt;

	if ((opt = cfg_option_from_name(name)) < 0) {
		*cause = xasprintf("unknown option: %s", name);
		return -1;
	}
	f = cfg_field(cfg, (enum cfg_option)opt);
	switch (cfg_options[opt].type) {
	case CFG_TYPE_BOOL:
		return cfg_parse_bool(name, value, f, cause);
	case CFG_TYPE_INT:
		return cfg_parse_int(name, value, cfg_options[opt].min,
		    cfg_options[opt].max, f, cause);
	case CFG_TYPE_SORT:
		return cfg_parse_sort(name, value, f, cause);
	}
	*cause = xasprintf("%s: cannot be set", name);
	return -1;
}

char *
cfg_default_path(void)
{
	const char	*xdg = getenv("XDG_CONFIG_HOME");
	const char	*home = getenv("HOME");

	if (xdg != NULL && *xdg != '\0')
		return xasprintf("%s/parallax/config", xdg);
	if (home != NULL && *home != '\0')
		return xasprintf("%s/.config/parallax/config", home);
	return NULL;
}

static bool
cfg_is_dir(const char *path)
{
	struct stat	st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char **
cfg_theme_dirs(size_t *n)
{
	const char	*xdg = getenv("XDG_CONFIG_HOME");
	const char	*home = getenv("HOME");
	char		**dirs = NULL, exe[PATH_MAX], *slash, *d;
	ssize_t		  len;

	*n = 0;
	if (xdg != NULL && *xdg != '\0')
		cfg_push(&dirs, n, xasprintf("%s/parallax/themes", xdg));
	else if (home != NULL && *home != '\0')
		cfg_push(&dirs, n, xasprintf("%s/.config/parallax/themes",
		    home));
	cfg_push(&dirs, n, xstrdup(PARALLAX_DATADIR "/themes"));

	/* PREFIX/bin/parallax finds PREFIX/share/parallax/themes even when
	 * installed somewhere else than it was built for (a DESTDIR, a
	 * moved tree); build/parallax, build/asan/parallax, build/tools/x
	 * find the tree's themes/ one or two folders up. */
	len = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (len <= 0)
		return dirs;
	exe[len] = '\0';
	if ((slash = strrchr(exe, '/')) == NULL)
		return dirs;
	*slash = '\0';
	d = xasprintf("%s/../share/parallax/themes", exe);
	if (cfg_is_dir(d) && strcmp(d, PARALLAX_DATADIR "/themes") != 0)
		cfg_push(&dirs, n, d);
	else
		free(d);
	d = xasprintf("%s/../themes", exe);
	if (cfg_is_dir(d))
		cfg_push(&dirs, n, d);
	else
		free(d);
	d = xasprintf("%s/../../themes", exe);
	if (cfg_is_dir(d))
		cfg_push(&dirs, n, d);
	else
		free(d);
	return dirs;
}

/* Apply a theme; -1 with *cause when it cannot be found, otherwise the
 * theme file's own errors go to errors. */
static int
cfg_theme(struct cfg *cfg, const char *name, char ***errors,
    size_t *nerrors, char **cause)
{
	char	**dirs, *path;
	size_t	  ndirs;
	int	  rc;

	dirs = cfg_theme_dirs(&ndirs);
	path = theme_find(name, (const char *const *)dirs, ndirs);
	cfg_free_errors(dirs, ndirs);
	if (path == NULL && strcmp(name, "default") != 0) {
		*cause = xasprintf("unknown theme: %s", name);
		return -1;
	}
	theme_init_default(&cfg->theme);
	free(cfg->theme_name);
	cfg->theme_name = xstrdup(name);
	if (path == NULL)
		return 0;
	rc = theme_load_all(&cfg->theme, path, errors, nerrors);
	free(path);
	return rc == 0 ? 0 : 1;
}

int
cfg_use_theme(struct cfg *cfg, const char *name, char ***errors,
    size_t *nerrors)
{
	char	*cause;
	int	 rc;

	if ((rc = cfg_theme(cfg, name, errors, nerrors, &cause)) < 0)
		cfg_push(errors, nerrors, cause);
	return rc == 0 ? 0 : -1;
}

static int
cfg_cmd_bind(struct cfg_ctx *ctx, char **argv, size_t argc, char **cause)
{
	int	view, key, action;

	(void)argc;
	if ((view = keys_view_from_name(argv[0])) < 0) {
		*cause = xasprintf("unknown view: %s", argv[0]);
		return -1;
	}
	if ((key = keys_key_from_name(argv[1])) < 0) {
		*cause = xasprintf("unknown key: %s", argv[1]);
		return -1;
	}
	if ((action = keys_action_from_name(argv[2])) < 0) {
		*cause = xasprintf("unknown action: %s", argv[2]);
		return -1;
	}
	keys_bind(ctx->cfg->keys, (enum keys_view)view, key,
	    (enum action)action);
	return 0;
}

static int
cfg_cmd_unbind(struct cfg_ctx *ctx, char **argv, size_t argc, char **cause)
{
	int	view, key;

	if (argc == 1) {
		if (strcmp(argv[0], "all") != 0) {
			*cause = xasprintf("usage: unbind <view> <key> | "
			    "unbind all");
			return -1;
		}
		keys_clear(ctx->cfg->keys);
		return 0;
	}
	if ((view = keys_view_from_name(argv[0])) < 0) {
		*cause = xasprintf("unknown view: %s", argv[0]);
		return -1;
	}
	if ((key = keys_key_from_name(argv[1])) < 0) {
		*cause = xasprintf("unknown key: %s", argv[1]);
		return -1;
	}
	keys_unbind(ctx->cfg->keys, (enum keys_view)view, key);
	return 0;
}

static int
cfg_cmd_color(struct cfg_ctx *ctx, char **argv, size_t argc, char **cause)
{
	return theme_set(&ctx->cfg->theme, argv[0], argv[1], argv[2],
	    argv + 3, argc - 3, cause);
}

static int
cfg_cmd_set(struct cfg_ctx *ctx, char **argv, size_t argc, char **cause)
{
	(void)argc;
	return cfg_set(ctx->cfg, argv[0], argv[1], cause);
}

/* The theme's own errors carry their file and line; a theme that cannot
 * be found is an error of this line. */
static int
cfg_cmd_theme(struct cfg_ctx *ctx, char **argv, size_t argc, char **cause)
{
	(void)argc;
	return cfg_theme(ctx->cfg, argv[0], ctx->errors, ctx->nerrors,
	    cause) < 0 ? -1 : 0;
}

/* ~ and ~/x are the home folder; a relative path is relative to dir. */
static char *
cfg_expand(const char *path, const char *dir)
{
	const char	*home = getenv("HOME");

	if (path[0] == '~' && (path[1] == '/' || path[1] == '\0') &&
	    home != NULL)
		return xasprintf("%s%s", home, path + 1);
	if (path[0] == '/' || dir == NULL)
		return xstrdup(path);
	return xasprintf("%s/%s", dir, path);
}

static int
cfg_cmd_source(struct cfg_ctx *ctx, char **argv, size_t argc, char **cause)
{
	char	*path;
	int	 rc;

	(void)argc;
	if (ctx->depth >= CFG_SOURCE_DEPTH) {
		*cause = xasprintf("source: too deeply nested (more than %d "
		    "files)", CFG_SOURCE_DEPTH);
		return -1;
	}
	path = cfg_expand(argv[0], ctx->dir);
	rc = cfg_file(ctx, path, cause);
	free(path);
	return rc;
}

static const struct cfg_cmd cfg_cmds[] = {
	{ .name = "bind", .min = 3, .max = 3, .fn = cfg_cmd_bind,
	  .usage = "bind <view> <key> <action>" },
	{ .name = "unbind", .min = 1, .max = 2, .fn = cfg_cmd_unbind,
	  .usage = "unbind <view> <key>" },
	{ .name = "color", .min = 3, .max = 10, .fn = cfg_cmd_color,
	  .usage = "color <element> <fg> <bg> [attributes]" },
	{ .name = "colour", .min = 3, .max = 10, .fn = cfg_cmd_color,
	  .usage = "colour <element> <fg> <bg> [attributes]" },
	{ .name = "set", .min = 2, .max = 2, .fn = cfg_cmd_set,
	  .usage = "set <option> <value>" },
	{ .name = "theme", .min = 1, .max = 1, .fn = cfg_cmd_theme,
	  .usage = "theme <name>" },
	{ .name = "source", .min = 1, .max = 1, .fn = cfg_cmd_source,
	  .usage = "source <file>" },
};

static int
cfg_line(struct cfg_ctx *ctx, const char *line, char **cause)
{
	const struct cfg_cmd	*cmd = NULL;
	char			**w;
	size_t			  n, i;
	int			  rc;

	if (theme_split_line(line, &w, &n, cause) != 0)
		return -1;
	if (n == 0) {
		theme_free_words(w, n);
		return 0;
	}
	for (i = 0; i < UTIL_NELEM(cfg_cmds); i++) {
		if (strcmp(cfg_cmds[i].name, w[0]) == 0)
			cmd = &cfg_cmds[i];
	}
	if (cmd == NULL) {
		*cause = xasprintf("unknown command: %s", w[0]);
		rc = -1;
	} else if (n - 1 < cmd->min || n - 1 > cmd->max) {
		*cause = xasprintf("usage: %s", cmd->usage);
		rc = -1;
	} else
		rc = cmd->fn(ctx, w + 1, n - 1, cause);
	theme_free_words(w, n);
	return rc;
}

/*
 * Read one file of the chain, listing the errors of its lines.  Returns
 * 0, or -1 with *cause when the file cannot be read or is already being
 * read.
 */
static int
cfg_file(struct cfg_ctx *ctx, const char *path, char **cause)
{
	char		*real, *data, *why, *line, *next, *dir, *slash;
	const char	*saved = ctx->dir;
	size_t		 len, lineno, i;

	if ((real = realpath(path, NULL)) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	for (i = 0; i < ctx->depth; i++) {
		if (strcmp(ctx->stack[i], real) == 0) {
			*cause = xasprintf("source loop: %s is already being "
			    "read", path);
			free(real);
			return -1;
		}
	}
	if (util_read_file(real, CFG_FILE_MAX, &data, &len, &why) != 0) {
		*cause = xasprintf("%s: %s", path, why);
		free(why);
		free(real);
		return -1;
	}
	ctx->stack[ctx->depth++] = real;
	dir = xstrdup(real);
	if ((slash = strrchr(dir, '/')) != NULL)
		*(slash == dir ? slash + 1 : slash) = '\0';
	ctx->dir = dir;
	for (line = data, lineno = 1; line != NULL; line = next, lineno++) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (cfg_line(ctx, line, &why) != 0) {
			cfg_push(ctx->errors, ctx->nerrors,
			    xasprintf("%s:%zu: %s", path, lineno, why));
			free(why);
		}
	}
	ctx->dir = saved;
	free(dir);
	free(data);
	free(ctx->stack[--ctx->depth]);
	return 0;
}

int
cfg_load(struct cfg *cfg, const char *path, char ***errors, size_t *nerrors)
{
	struct cfg_ctx	ctx = { .cfg = cfg, .errors = errors,
			    .nerrors = nerrors };
	size_t		before = *nerrors;
	char		*cause;

	if (cfg_file(&ctx, path, &cause) != 0) {
		cfg_push(errors, nerrors, cause);
		return -1;
	}
	return *nerrors > before ? -1 : 0;
}

int
cfg_load_default(struct cfg *cfg, char ***errors, size_t *nerrors)
{
	char	*path;
	int	 rc = 0;

	if ((path = cfg_default_path()) == NULL)
		return 0;
	if (access(path, F_OK) == 0)
		rc = cfg_load(cfg, path, errors, nerrors);
	free(path);
	return rc;
}

int
cfg_apply_line(struct cfg *cfg, const char *line, char **cause)
{
	struct cfg_ctx	  ctx = { .cfg = cfg };
	char		**errors = NULL;
	size_t		  nerrors = 0;
	int		  rc;

	ctx.errors = &errors;
	ctx.nerrors = &nerrors;
	rc = cfg_line(&ctx, line, cause);
	if (rc == 0 && nerrors > 0) {
		*cause = errors[0];
		errors[0] = NULL;
		rc = -1;
	}
	cfg_free_errors(errors, nerrors);
	return rc;
}
