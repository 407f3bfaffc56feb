/*
 * cmd: the command-line commands.  Each opens the store, does its work
 * through the model modules and prints: human text aligned for an 80
 * column terminal, or JSON (jansson) with --json.  Every article string
 * passes through text_for_terminal() before it is printed.  Commands never
 * speak SQL and never touch curses.
 */
#include "parallax/cmd.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <jansson.h>

#include "parallax/article.h"
#include "parallax/claim.h"
#include "parallax/config.h"
#include "parallax/match.h"
#include "parallax/segment.h"
#include "parallax/store.h"
#include "parallax/story.h"
#include "parallax/text.h"
#include "parallax/theme.h"
#include "parallax/ui.h"
#include "parallax/util.h"
#include "parallax/xref.h"

/* Milliseconds xref and show wait for another process's write lock to
 * cache a cross-reference they computed: the cache is best effort, and
 * waiting the full minute for each story while an import runs would
 * stall them for as many minutes as there are stories. */
#define CMD_CACHE_BUSY_MS	250

struct store *
cmd_open_store(const struct cmd_env *env)
{
	struct store	*st;
	char		*path, *cause;

	path = env->db != NULL ? xstrdup(env->db) : store_default_path();
	if (path == NULL) {
		fprintf(stderr, "parallax: no store: set HOME or "
		    "XDG_DATA_HOME, or give --db PATH\n");
		return NULL;
	}
	if (store_open(path, env->db == NULL, &st, &cause) != 0) {
		char *safe = text_for_terminal(cause, strlen(cause));
		fprintf(stderr, "parallax: %s\n", safe);
		free(safe);
		free(cause);
		free(path);
		return NULL;
	}
	free(path);
	return st;
}

void
cmd_warn(const char *path, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg, *safe;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	safe = text_for_terminal(path, strlen(path));
	fprintf(stderr, "parallax: %s: %s\n", safe, msg);
	free(safe);
	free(msg);
}

void
cmd_put(FILE *f, const char *s, size_t cols)
{
	char	*safe;
	size_t	 len, w, fit;

	if (s == NULL)
		s = "";
	safe = text_for_terminal(s, strlen(s));
	len = strlen(safe);
	if (cols == 0) {
		fputs(safe, f);
		free(safe);
		return;
	}
	w = text_width(safe, len);
	if (w > cols) {
		fit = text_fit(safe, len, cols - 1, &w);
		fwrite(safe, 1, fit, f);
		fputs("…", f);
		w++;
	} else
		fputs(safe, f);
	for (; w < cols; w++)
		fputc(' ', f);
	free(safe);
}

/* Print len bytes of text as it is, its newlines kept and everything
 * else made safe for a terminal. */
static void
cmd_put_text(FILE *f, const char *s, size_t len)
{
	const char	*nl;
	char		*line;

	while (len > 0) {
		nl = memchr(s, '\n', len);
		size_t n = nl != NULL ? (size_t)(nl - s) : len;
		line = text_for_terminal(s, n);
		fputs(line, f);
		free(line);
		if (nl == NULL)
			break;
		fputc('\n', f);
		len -= n + 1;
		s = nl + 1;
	}
}

/*
 * Print one line of untrusted text wrapped to cols columns: every line
 * cols - more columns wide at most, the first indented by first spaces
 * (after whatever the line already holds), the others by more.
 */
static void
cmd_put_wrapped(FILE *f, const char *s, size_t first, size_t more,
    size_t cols)
{
	char	*safe = text_for_terminal(s, strlen(s));
	size_t	*breaks, n, len = strlen(safe), from = 0, to, i;

	n = text_wrap(safe, len, cols > more + 20 ? cols - more : 20,
	    &breaks);
	for (i = 0; i <= n; i++) {
		to = i < n ? breaks[i] : len;
		while (to > from && safe[to - 1] == ' ')
			to--;
		fprintf(f, "%*s%.*s\n", (int)(i == 0 ? first : more), "",
		    (int)(to - from), safe + from);
		from = i < n ? breaks[i] : len;
	}
	free(breaks);
	free(safe);
}

size_t
cmd_columns(void)
{
	const char	*c = getenv("COLUMNS");
	struct winsize	 ws;
	long		 n;

	if (c != NULL && (n = strtol(c, NULL, 10)) >= 40 && n <= 1000)
		return (size_t)n;
	if ((ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 ||
	    ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0) && ws.ws_col >= 40)
		return ws.ws_col > 1000 ? 1000 : ws.ws_col;
	return 80;
}

static FILE	*cmd_pager_pipe;
static bool	 cmd_on_terminal;	/* standard output was a terminal */

static void
cmd_pager_wait(void)
{
	fflush(stdout);
	close(STDOUT_FILENO);
	pclose(cmd_pager_pipe);
}

/*
 * Long human output goes through a pager when standard output is a
 * terminal: $PARALLAX_PAGER, else $PAGER, else less (with LESS=FRX unless
 * LESS is set, so that a short page just prints).  An empty value or
 * "cat" means none.
 */
static void
cmd_page(void)
{
	const char	*pager;

	if (cmd_pager_pipe != NULL || !isatty(STDOUT_FILENO))
		return;
	cmd_on_terminal = true;
	if ((pager = getenv("PARALLAX_PAGER")) == NULL &&
	    (pager = getenv("PAGER")) == NULL)
		pager = "less";
	if (*pager == '\0' || strcmp(pager, "cat") == 0)
		return;
	setenv("LESS", "FRX", 0);
	fflush(stdout);
	if ((cmd_pager_pipe = popen(pager, "w")) == NULL)
		return;
	if (dup2(fileno(cmd_pager_pipe), STDOUT_FILENO) == -1) {
		pclose(cmd_pager_pipe);
		cmd_pager_pipe = NULL;
		return;
	}
	atexit(cmd_pager_wait);
}

static void
cmd_print_json(json_t *j)
{
	json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', stdout);
	json_decref(j);
}

static json_t *
cmd_json_str(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static json_t *
cmd_json_entry(const struct store_entry *e)
{
	json_t	*o = json_object();

	json_object_set_new(o, "id", json_integer(e->id));
	json_object_set_new(o, "source", cmd_json_str(e->source));
	json_object_set_new(o, "title", cmd_json_str(e->title));
	json_object_set_new(o, "date", cmd_json_str(e->date));
	json_object_set_new(o, "origin", cmd_json_str(e->origin));
	return o;
}

int
cmd_parse_id(const char *s, int64_t *id)
{
	char		*end;
	long long	 v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0)
		return -1;
	*id = (int64_t)v;
	return 0;
}

/* A command's own options: only --json (and --help) unless it says. */
static int
cmd_json_opt(int argc, char **argv, const char *usage, bool *json)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int	ch;

	*json = false;
	while ((ch = getopt_long(argc, argv, "jh", opts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			*json = true;
			break;
		case 'h':
			printf("usage: parallax %s\n", usage);
			exit(CMD_OK);
		default:
			fprintf(stderr, "usage: parallax %s\n", usage);
			return -1;
		}
	}
	return 0;
}


/* ---- list ---- */

static int
cmd_list(const struct cmd_env *env, int argc, char **argv)
{
	struct store_story_list	 l;
	struct store		*st;
	char			*cause;
	bool			 json;
	size_t			 i, j, cols = cmd_columns();

	if (cmd_json_opt(argc, argv, "list [--json]", &json) != 0)
		return CMD_USAGE;
	if (optind < argc) {
		fprintf(stderr, "usage: parallax list [--json]\n");
		return CMD_USAGE;
	}
	if ((st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	if (store_list_stories(st, &l, &cause) != 0) {
		fprintf(stderr, "parallax: %s\n", cause);
		free(cause);
		store_close(st);
		return CMD_USAGE;
	}
	if (json) {
		json_t *root = json_object(), *stories = json_array();
		for (i = 0; i < l.n; i++) {
			json_t *o = json_object(), *arts = json_array();
			json_object_set_new(o, "id", json_integer(l.v[i].id));
			json_object_set_new(o, "title",
			    cmd_json_str(l.v[i].title));
			for (j = 0; j < l.v[i].narticles; j++)
				json_array_append_new(arts,
				    cmd_json_entry(&l.v[i].articles[j]));
			json_object_set_new(o, "articles", arts);
			json_array_append_new(stories, o);
		}
		json_object_set_new(root, "stories", stories);
		cmd_print_json(root);
	} else if (l.n == 0)
		printf("The store is empty: add articles with "
		    "'parallax add PATH...'.\n");
	else
		cmd_page();
	for (i = 0; !json && i < l.n; i++) {
		const struct store_story *s = &l.v[i];
		printf("%sstory %" PRId64 "  ", i > 0 ? "\n" : "", s->id);
		cmd_put(stdout, s->title, 0);
		printf("\n        %zu article%s, %zu outlet%s\n", s->narticles,
		    s->narticles == 1 ? "" : "s", s->nsources,
		    s->nsources == 1 ? "" : "s");
		for (j = 0; j < s->narticles; j++) {
			const struct store_entry *e = &s->articles[j];
			printf("%6" PRId64 "  ", e->id);
			cmd_put(stdout, e->source, 18);
			printf("  %-10s  ", e->date != NULL ? e->date : "");
			cmd_put(stdout, e->title, cols - 42);
			fputc('\n', stdout);
		}
	}
	store_story_list_free(&l);
	store_close(st);
	return CMD_OK;
}

/* ---- show ---- */

/* How many outlets carry the sentence span k of article xa, and whether
 * outlets differ on it (a quotation inside counts for its sentence). */
static size_t
cmd_span_sources(const struct xref_story *x, const struct xref_article *xa,
    size_t k, bool *differs)
{
	const struct xref_span	*s = &xa->spans[k];
	size_t			 n = 1, q;

	*differs = false;
	for (q = 0; q < xa->nspans; q++) {
		const struct xref_span *t = &xa->spans[q];
		if (q != k && (t->kind != CLAIM_QUOTE || t->start < s->start ||
		    t->start >= s->end))
			continue;
		if (t->group == XREF_NONE)
			continue;
		const struct xref_claim *c = &x->claims[t->group];
		if (c->nsources > n)
			n = c->nsources;
		if (c->ndiffs > 0)
			*differs = true;
	}
	return n;
}

static const struct xref_article *
cmd_xref_article(const struct xref_story *x, int64_t id)
{
	for (size_t i = 0; x != NULL && i < x->narticles; i++) {
		if (x->articles[i].id == id)
			return &x->articles[i];
	}
	return NULL;
}

/* The body with every sentence marked [N]: the outlets that carry it. */
static void
cmd_show_body(struct store *st, const struct article *a, int64_t id,
    int64_t story)
{
	const struct xref_article	*xa;
	struct xref_story		*x = NULL;
	char				*cause, *text = NULL, *line, *nl;
	size_t				 pos = 0, size = 0;
	FILE				*f;

	if (xref_story_get(st, story, &x, &cause) != 0) {
		free(cause);
		x = NULL;
	}
	/* Written whole, then wrapped for a terminal (a pipe gets each
	 * paragraph on a line of its own). */
	if ((f = open_memstream(&text, &size)) == NULL)
		die("open_memstream: out of memory");
	xa = cmd_xref_article(x, id);
	for (size_t k = 0; xa != NULL && k < xa->nspans; k++) {
		const struct xref_span *s = &xa->spans[k];
		bool differs;
		if (s->kind == CLAIM_QUOTE || s->start < pos ||
		    s->end > a->body_len)
			continue;
		cmd_put_text(f, a->body + pos, s->start - pos);
		size_t n = cmd_span_sources(x, xa, k, &differs);
		fprintf(f, "[%zu%s] ", n, differs ? "≠" : "");
		cmd_put_text(f, a->body + s->start, s->end - s->start);
		pos = s->end;
	}
	cmd_put_text(f, a->body + pos, a->body_len - pos);
	if (fclose(f) != 0)
		die("open_memstream: out of memory");
	for (line = text; line != NULL; line = nl != NULL ? nl + 1 : NULL) {
		if ((nl = strchr(line, '\n')) != NULL)
			*nl = '\0';
		if (cmd_on_terminal && *line != '\0')
			cmd_put_wrapped(stdout, line, 0, 0, cmd_columns() - 1);
		else
			printf("%s\n", line);
	}
	free(text);
	xref_story_free(x);
}

static int
cmd_show(const struct cmd_env *env, int argc, char **argv)
{
	struct store	*st;
	struct article	*a;
	char		*cause;
	int64_t		 id, story;
	bool		 json;
	int		 rc;

	if (cmd_json_opt(argc, argv, "show [--json] ID", &json) != 0)
		return CMD_USAGE;
	if (optind + 1 != argc || cmd_parse_id(argv[optind], &id) != 0) {
		fprintf(stderr, "usage: parallax show [--json] ID (an article "
		    "number from 'parallax list')\n");
		return CMD_USAGE;
	}
	if ((st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	store_set_busy_timeout(st, CMD_CACHE_BUSY_MS);
	rc = store_get_article(st, id, &a, &story, &cause);
	if (rc != 0) {
		if (rc == 1)
			fprintf(stderr, "parallax: no article %" PRId64 "\n",
			    id);
		else {
			fprintf(stderr, "parallax: %s\n", cause);
			free(cause);
		}
		store_close(st);
		return rc == 1 ? CMD_PARTIAL : CMD_USAGE;
	}
	if (json) {
		json_t *o = json_object();
		json_object_set_new(o, "id", json_integer(id));
		json_object_set_new(o, "story", json_integer(story));
		json_object_set_new(o, "source", cmd_json_str(a->source));
		json_object_set_new(o, "title", cmd_json_str(a->title));
		json_object_set_new(o, "date", cmd_json_str(a->date));
		json_object_set_new(o, "origin", cmd_json_str(a->origin));
		json_object_set_new(o, "author", cmd_json_str(a->author));
		json_object_set_new(o, "url", cmd_json_str(a->url));
		json_object_set_new(o, "body", json_stringn(a->body,
		    a->body_len));
		cmd_print_json(o);
	} else {
		static const struct { const char *label; size_t off; } f[] = {
			{ "Title", offsetof(struct article, title) },
			{ "Source", offsetof(struct article, source) },
			{ "Author", offsetof(struct article, author) },
			{ "Date", offsetof(struct article, date) },
			{ "URL", offsetof(struct article, url) },
			{ "Origin", offsetof(struct article, origin) },
		};
		cmd_page();
		for (size_t i = 0; i < UTIL_NELEM(f); i++) {
			const char *v = *(char *const *)(const void *)
			    ((const char *)a + f[i].off);
			if (v == NULL)
				continue;
			printf("%-8s", f[i].label);
			cmd_put(stdout, v, 0);
			fputc('\n', stdout);
		}
		printf("Story   %" PRId64 "\n\n", story);
		cmd_show_body(st, a, id, story);
	}
	article_free(a);
	store_close(st);
	return CMD_OK;
}

/* ---- search ---- */

static int
cmd_search(const struct cmd_env *env, int argc, char **argv)
{
	static const char	*usage = "search [--json] QUERY";
	struct store_hits	 h;
	struct store		*st;
	struct buf		 q;
	char			*cause;
	bool			 json;
	int			 i;

	if (cmd_json_opt(argc, argv, usage, &json) != 0)
		return CMD_USAGE;
	if (optind >= argc) {
		fprintf(stderr, "usage: parallax %s\n", usage);
		return CMD_USAGE;
	}
	buf_init(&q);
	for (i = optind; i < argc; i++) {
		if (i > optind)
			buf_addc(&q, ' ');
		buf_adds(&q, argv[i]);
	}
	if ((st = cmd_open_store(env)) == NULL) {
		buf_fini(&q);
		return CMD_USAGE;
	}
	if (store_search(st, q.data, 200, &h, &cause) != 0) {
		fprintf(stderr, "parallax: %s\n", cause);
		free(cause);
		buf_fini(&q);
		store_close(st);
		return CMD_USAGE;
	}
	if (json) {
		json_t *root = json_object(), *res = json_array();
		json_object_set_new(root, "query", json_string(q.data));
		for (size_t k = 0; k < h.n; k++) {
			json_t *o = cmd_json_entry(&h.v[k].entry);
			json_object_set_new(o, "story",
			    json_integer(h.v[k].entry.story));
			json_object_set_new(o, "snippet",
			    cmd_json_str(h.v[k].snippet));
			json_array_append_new(res, o);
		}
		json_object_set_new(root, "results", res);
		cmd_print_json(root);
	} else {
		if (h.n == 0)
			printf("No article matches.\n");
		for (size_t k = 0; k < h.n; k++) {
			const struct store_entry *e = &h.v[k].entry;
			printf("%6" PRId64 "  ", e->id);
			cmd_put(stdout, e->source, 18);
			fputs("  ", stdout);
			cmd_put(stdout, e->title, cmd_columns() - 28);
			fputs("\n        ", stdout);
			cmd_put(stdout, h.v[k].snippet, cmd_columns() - 8);
			fputc('\n', stdout);
		}
	}
	store_hits_free(&h);
	buf_fini(&q);
	store_close(st);
	return CMD_OK;
}

/* ---- claims cut by an older parallax ---- */

/* Say on stderr when some articles' claims were cut by an older parallax
 * (what `reindex` is for). */
static void
cmd_hint_stale(struct store *st)
{
	int64_t	 n;
	char	*cause;

	if (store_count_stale(st, CLAIM_CUT_VERSION, &n, &cause) != 0) {
		free(cause);
		return;
	}
	if (n > 0)
		fprintf(stderr, "parallax: %" PRId64 " article%s cut into "
		    "claims by an older parallax; `parallax reindex` cuts "
		    "%s again\n", n, n == 1 ? " was" : "s were",
		    n == 1 ? "it" : "them");
}

/*
 * The options of a command over stories: [--FLAG] [--story ID] [--help]
 * (also -F, FLAG's first letter, -s and -h), no operand.  0 to go on, 1
 * when the usage was asked for (printed), -1 on a usage error (said).
 */
static int
cmd_story_opts(int argc, char **argv, const char *usage, const char *flag,
    bool *set, int64_t *story)
{
	const struct option opts[] = {
		{ flag, no_argument, NULL, flag[0] },
		{ "story", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	char	short_opts[] = { flag[0], 's', ':', 'h', '\0' };
	int	ch;

	while ((ch = getopt_long(argc, argv, short_opts, opts, NULL)) != -1) {
		if (ch == flag[0]) {
			*set = true;
			continue;
		}
		switch (ch) {
		case 's':
			if (cmd_parse_id(optarg, story) != 0) {
				fprintf(stderr, "parallax: --story: not a "
				    "story number\n");
				return -1;
			}
			break;
		case 'h':
			printf("usage: parallax %s\n", usage);
			return 1;
		default:
			fprintf(stderr, "usage: parallax %s\n", usage);
			return -1;
		}
	}
	if (optind != argc) {
		fprintf(stderr, "usage: parallax %s\n", usage);
		return -1;
	}
	return 0;
}

/* ---- rm ---- */

static int
cmd_rm(const struct cmd_env *env, int argc, char **argv)
{
	struct store	*st;
	char		*cause;
	int64_t		 id;
	bool		 found, json;
	int		 i, rc = CMD_OK;

	if (cmd_json_opt(argc, argv, "rm ID...", &json) != 0)
		return CMD_USAGE;
	if (optind >= argc) {
		fprintf(stderr, "usage: parallax rm ID...\n");
		return CMD_USAGE;
	}
	for (i = optind; i < argc; i++) {
		if (cmd_parse_id(argv[i], &id) != 0) {
			cmd_warn(argv[i], "not an article number");
			return CMD_USAGE;
		}
	}
	if ((st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	if (store_begin(st, &cause) != 0)
		goto fail;
	for (i = optind; i < argc; i++) {
		cmd_parse_id(argv[i], &id);
		if (store_remove_article(st, id, &found, &cause) != 0)
			goto fail;
		if (found)
			printf("removed article %" PRId64 "\n", id);
		else {
			fprintf(stderr, "parallax: no article %" PRId64 "\n",
			    id);
			rc = CMD_PARTIAL;
		}
	}
	if (store_commit(st, &cause) != 0)
		goto fail;
	store_close(st);
	return rc;
fail:
	fprintf(stderr, "parallax: %s; nothing was removed\n", cause);
	free(cause);
	store_close(st);
	return CMD_USAGE;
}

/* ---- xref ---- */

/* The bodies of a story's articles, loaded once for printing mentions. */
static char **
cmd_bodies(struct store *st, const struct xref_story *x)
{
	char	**b = xcalloc(x->narticles + 1, sizeof *b);
	char	 *cause;

	for (size_t i = 0; i < x->narticles; i++) {
		struct article *a;
		if (store_get_article(st, x->articles[i].id, &a, NULL,
		    &cause) != 0) {
			free(cause);
			b[i] = xstrdup("");
			continue;
		}
		b[i] = a->body;
		a->body = NULL;
		article_free(a);
	}
	return b;
}

static void
cmd_bodies_free(char **b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(b[i]);
	free(b);
}

static const char *
cmd_mention_text(char **bodies, const struct xref_mention *m, size_t *len)
{
	size_t	blen = strlen(bodies[m->article]);

	if (m->start > blen || m->end > blen || m->end < m->start) {
		*len = 0;
		return "";
	}
	*len = m->end - m->start;
	return bodies[m->article] + m->start;
}

static json_t *
cmd_xref_json(const struct xref_story *x, char **bodies)
{
	json_t	*o = json_object(), *arts = json_array(), *claims = json_array();

	json_object_set_new(o, "id", json_integer(x->id));
	json_object_set_new(o, "title", cmd_json_str(x->title));
	for (size_t i = 0; i < x->narticles; i++) {
		const struct xref_article *a = &x->articles[i];
		json_t *ja = json_object();
		json_object_set_new(ja, "id", json_integer(a->id));
		json_object_set_new(ja, "source", cmd_json_str(a->source));
		json_object_set_new(ja, "title", cmd_json_str(a->title));
		json_object_set_new(ja, "date", cmd_json_str(a->date));
		json_object_set_new(ja, "origin", cmd_json_str(a->origin));
		json_array_append_new(arts, ja);
	}
	for (size_t i = 0; i < x->nclaims; i++) {
		const struct xref_claim *c = &x->claims[i];
		json_t *jc = json_object(), *ms = json_array(),
		    *ds = json_array();
		json_object_set_new(jc, "id", json_integer((json_int_t)c->id));
		json_object_set_new(jc, "kind",
		    json_string(claim_kind_name(c->kind)));
		json_object_set_new(jc, "sources",
		    json_integer((json_int_t)c->nsources));
		for (size_t k = 0; k < c->nmentions; k++) {
			const struct xref_mention *m = &c->mentions[k];
			json_t *jm = json_object();
			size_t len;
			const char *t = cmd_mention_text(bodies, m, &len);
			json_object_set_new(jm, "article",
			    json_integer(x->articles[m->article].id));
			json_object_set_new(jm, "start",
			    json_integer((json_int_t)m->start));
			json_object_set_new(jm, "end",
			    json_integer((json_int_t)m->end));
			json_object_set_new(jm, "text", json_stringn(t, len));
			json_array_append_new(ms, jm);
		}
		for (size_t k = 0; k < c->ndiffs; k++) {
			const struct xref_difference *d = &c->diffs[k];
			json_t *jd = json_object();
			json_object_set_new(jd, "article",
			    json_integer(x->articles[d->article].id));
			json_object_set_new(jd, "what",
			    json_string(xref_what_name(d->what)));
			json_object_set_new(jd, "this",
			    cmd_json_str(d->this_text));
			json_object_set_new(jd, "that",
			    cmd_json_str(d->that_text));
			json_object_set_new(jd, "this_value",
			    cmd_json_str(d->this_value));
			json_object_set_new(jd, "that_value",
			    cmd_json_str(d->that_value));
			json_array_append_new(ds, jd);
		}
		json_object_set_new(jc, "mentions", ms);
		json_object_set_new(jc, "differences", ds);
		json_array_append_new(claims, jc);
	}
	json_object_set_new(o, "articles", arts);
	json_object_set_new(o, "claims", claims);
	return o;
}

static void
cmd_xref_text(const struct xref_story *x, char **bodies)
{
	size_t	cols = cmd_columns();

	printf("story %" PRId64 "  ", x->id);
	cmd_put(stdout, x->title, 0);
	printf("\n  %zu article%s from %zu outlet%s, %zu shared claim%s\n",
	    x->narticles, x->narticles == 1 ? "" : "s", x->nsources,
	    x->nsources == 1 ? "" : "s", x->nclaims,
	    x->nclaims == 1 ? "" : "s");
	for (size_t i = 0; i < x->nclaims; i++) {
		const struct xref_claim *c = &x->claims[i];
		printf("\n  claim %zu  %s, carried by %zu of %zu outlets\n",
		    c->id, claim_kind_name(c->kind), c->nsources,
		    x->nsources);
		for (size_t k = 0; k < c->nmentions; k++) {
			const struct xref_mention *m = &c->mentions[k];
			size_t len;
			const char *t = cmd_mention_text(bodies, m, &len);
			char *line = xstrndup(t, len);
			fputs("    ", stdout);
			cmd_put(stdout, x->articles[m->article].source, 18);
			fputs("  ", stdout);
			cmd_put(stdout, line, cols > 30 ? cols - 24 : 0);
			fputc('\n', stdout);
			free(line);
		}
		for (size_t k = 0; k < c->ndiffs; k++) {
			const struct xref_difference *d = &c->diffs[k];
			/* A figure or date in the outlet's own words. */
			const char *q = d->what == XREF_DIFF_SPEAKER ? "" : "“";
			const char *e = d->what == XREF_DIFF_SPEAKER ? "" : "”";
			char *line = xasprintf("≠ %s: %s says %s%s%s where %s "
			    "says %s%s%s", xref_what_name(d->what),
			    x->articles[d->article].source, q, d->that_text, e,
			    x->articles[c->mentions[0].article].source, q,
			    d->this_text, e);
			cmd_put_wrapped(stdout, line, 4, 6, cols);
			free(line);
		}
	}
}

static int
cmd_xref(const struct cmd_env *env, int argc, char **argv)
{
	struct store_story_list	 l = { 0 };
	struct store		*st;
	json_t			*root = NULL, *stories = NULL;
	char			*cause;
	int64_t			 only = 0;
	bool			 json = false;
	int			 rc = CMD_OK;

	if ((rc = cmd_story_opts(argc, argv, "xref [--json] [--story ID]",
	    "json", &json, &only)) != 0)
		return rc < 0 ? CMD_USAGE : CMD_OK;
	if ((st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	cmd_hint_stale(st);
	store_set_busy_timeout(st, CMD_CACHE_BUSY_MS);
	if (only == 0 && store_list_stories(st, &l, &cause) != 0) {
		fprintf(stderr, "parallax: %s\n", cause);
		free(cause);
		store_close(st);
		return CMD_USAGE;
	}
	if (json) {
		root = json_object();
		stories = json_array();
	} else
		cmd_page();
	size_t n = only != 0 ? 1 : l.n;
	for (size_t i = 0; i < n; i++) {
		struct xref_story *x;
		int64_t id = only != 0 ? only : l.v[i].id;
		int r = xref_story_get(st, id, &x, &cause);
		if (r != 0) {
			if (r == 1)
				fprintf(stderr, "parallax: no story %" PRId64
				    "\n", id);
			else {
				fprintf(stderr, "parallax: %s\n", cause);
				free(cause);
			}
			rc = r == 1 ? CMD_PARTIAL : CMD_USAGE;
			continue;
		}
		char **bodies = cmd_bodies(st, x);
		if (json)
			json_array_append_new(stories, cmd_xref_json(x, bodies));
		else {
			if (i > 0)
				fputc('\n', stdout);
			cmd_xref_text(x, bodies);
		}
		cmd_bodies_free(bodies, x->narticles);
		xref_story_free(x);
	}
	if (json) {
		json_object_set_new(root, "stories", stories);
		cmd_print_json(root);
	} else if (only == 0 && l.n == 0)
		printf("The store is empty: add articles with "
		    "'parallax add PATH...'.\n");
	store_story_list_free(&l);
	store_close(st);
	return rc;
}

/* ---- claims ---- */

/* Read all of standard input, at most max bytes. */
static int
cmd_read_stdin(size_t max, char **data, size_t *len, char **cause)
{
	struct buf	b;
	size_t		n;

	buf_init(&b);
	for (;;) {
		buf_reserve(&b, 65536);
		n = fread(b.data + b.len, 1, 65536, stdin);
		b.len += n;
		b.data[b.len] = '\0';
		if (b.len > max) {
			*cause = xasprintf("input is larger than %zu MiB",
			    max >> 20);
			buf_fini(&b);
			return -1;
		}
		if (n == 0)
			break;
	}
	if (ferror(stdin)) {
		*cause = xasprintf("%s", strerror(errno));
		buf_fini(&b);
		return -1;
	}
	*data = buf_detach(&b, len);
	return 0;
}

static json_t *
cmd_figure_json(const struct claim_figure *f, const char *text)
{
	json_t	*o = json_object();
	char	*t = claim_figure_text(f);

	json_object_set_new(o, "text", json_stringn(text + f->start,
	    f->end - f->start));
	json_object_set_new(o, "value", json_real(f->value));
	json_object_set_new(o, "unit", json_string(claim_unit_name(f->unit)));
	json_object_set_new(o, "qualifier",
	    json_string(claim_qualifier_name(f->qualifier)));
	json_object_set_new(o, "noun", cmd_json_str(f->noun));
	json_object_set_new(o, "normalised", json_string(t));
	free(t);
	return o;
}

static int
cmd_claims(const struct cmd_env *env, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "raw", no_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const char	*usage = "claims [--json] [--raw] PATH|-";
	struct article_hints	 hints = { 0 };
	struct segment_result	 seg;
	struct claim_list	 cl;
	struct article		*a;
	const char		*path;
	char			*data, *cause;
	size_t			 len;
	bool			 json = false;
	int			 ch, rc;

	(void)env;
	while ((ch = getopt_long(argc, argv, "jrh", opts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			json = true;
			break;
		case 'r':
			hints.format = ARTICLE_RAW;
			break;
		case 'h':
			printf("usage: parallax %s\n", usage);
			return CMD_OK;
		default:
			fprintf(stderr, "usage: parallax %s\n", usage);
			return CMD_USAGE;
		}
	}
	if (optind + 1 != argc) {
		fprintf(stderr, "usage: parallax %s\n", usage);
		return CMD_USAGE;
	}
	path = argv[optind];
	if (strcmp(path, "-") == 0)
		rc = cmd_read_stdin(ARTICLE_MAX_BYTES, &data, &len, &cause);
	else
		rc = util_read_file(path, ARTICLE_MAX_BYTES, &data, &len,
		    &cause);
	if (rc == 0) {
		/* The outlet `add` would give a file of its own: its name
		 * without the extension. */
		char *base = util_path_stem(path);
		hints.fallback_source = strcmp(path, "-") == 0 ? "stdin" : base;
		rc = article_parse(data, len, strcmp(path, "-") == 0 ?
		    "stdin" : path, &hints, &a, &cause);
		free(base);
		free(data);
	}
	if (rc != 0) {
		cmd_warn(strcmp(path, "-") == 0 ? "stdin" : path, "%s", cause);
		free(cause);
		return CMD_PARTIAL;
	}
	segment_text(a->body, a->body_len, &seg);
	claim_extract(a->body, a->body_len, &cl);
	if (json) {
		json_t *o = json_object(), *ss = json_array(),
		    *cs = json_array();
		for (size_t i = 0; i < seg.nsentences; i++) {
			json_t *js = json_object();
			struct segment_span *sp = &seg.sentences[i];
			json_object_set_new(js, "start",
			    json_integer((json_int_t)sp->start));
			json_object_set_new(js, "end",
			    json_integer((json_int_t)sp->end));
			json_object_set_new(js, "text", json_stringn(a->body +
			    sp->start, sp->end - sp->start));
			json_array_append_new(ss, js);
		}
		for (size_t i = 0; i < cl.nclaims; i++) {
			const struct claim *c = &cl.claims[i];
			json_t *jc = json_object(), *fs = json_array();
			json_object_set_new(jc, "kind",
			    json_string(claim_kind_name(c->kind)));
			json_object_set_new(jc, "start",
			    json_integer((json_int_t)c->start));
			json_object_set_new(jc, "end",
			    json_integer((json_int_t)c->end));
			json_object_set_new(jc, "text", json_stringn(a->body +
			    c->start, c->end - c->start));
			json_object_set_new(jc, "speaker",
			    c->speaker_end > c->speaker_start ?
			    json_stringn(a->body + c->speaker_start,
			    c->speaker_end - c->speaker_start) : json_null());
			for (size_t k = 0; k < c->nfigures; k++)
				json_array_append_new(fs, cmd_figure_json(
				    &c->figures[k], a->body));
			json_object_set_new(jc, "figures", fs);
			json_array_append_new(cs, jc);
		}
		json_object_set_new(o, "title", cmd_json_str(a->title));
		json_object_set_new(o, "source", cmd_json_str(a->source));
		json_object_set_new(o, "author", cmd_json_str(a->author));
		json_object_set_new(o, "date", cmd_json_str(a->date));
		json_object_set_new(o, "url", cmd_json_str(a->url));
		json_object_set_new(o, "sentences", ss);
		json_object_set_new(o, "claims", cs);
		cmd_print_json(o);
	} else {
		if (hints.format != ARTICLE_RAW) {
			const char *const lab[] = { "title", "author", "date",
			    "url" };
			const char *const val[] = { a->title, a->author,
			    a->date, a->url };
			for (size_t k = 0; k < UTIL_NELEM(lab); k++) {
				if (val[k] == NULL)
					continue;
				printf("%s: ", lab[k]);
				cmd_put(stdout, val[k], 0);
				fputc('\n', stdout);
			}
		}
		for (size_t i = 0; i < cl.nclaims; i++) {
			const struct claim *c = &cl.claims[i];
			char *t = xstrndup(a->body + c->start,
			    c->end - c->start);
			printf("%4zu %-9s ", i + 1, claim_kind_name(c->kind));
			if (isatty(STDOUT_FILENO))
				cmd_put_wrapped(stdout, t, 0, 15,
				    cmd_columns() - 1);
			else {
				cmd_put(stdout, t, 0);
				fputc('\n', stdout);
			}
			free(t);
			if (c->speaker_end > c->speaker_start) {
				t = xstrndup(a->body + c->speaker_start,
				    c->speaker_end - c->speaker_start);
				fputs("               speaker: ", stdout);
				cmd_put(stdout, t, 0);
				fputc('\n', stdout);
				free(t);
			}
			for (size_t k = 0; k < c->nfigures; k++) {
				t = claim_figure_text(&c->figures[k]);
				fputs("               figure: ", stdout);
				cmd_put(stdout, t, 0);
				fputc('\n', stdout);
				free(t);
			}
		}
	}
	claim_list_fini(&cl);
	segment_result_fini(&seg);
	article_free(a);
	return CMD_OK;
}

/* ---- match ---- */

static int
cmd_match(const struct cmd_env *env, int argc, char **argv)
{
	char	*cause;
	bool	 json;

	(void)env;
	if (cmd_json_opt(argc, argv, "match < PAIRS", &json) != 0 || json ||
	    optind != argc) {
		fprintf(stderr, "usage: parallax match < PAIRS  (lines of "
		    "id<TAB>text1<TAB>text2)\n");
		return CMD_USAGE;
	}
	if (match_run_pairs(stdin, stdout, &cause) != 0) {
		fprintf(stderr, "parallax: match: %s\n", cause);
		free(cause);
		return CMD_PARTIAL;
	}
	return CMD_OK;
}

/* ---- story merge / split ---- */

static int
cmd_story(const struct cmd_env *env, int argc, char **argv)
{
	static const char	*usage = "story merge ID ID | story split "
	    "ARTICLE";
	struct store		*st;
	char			*cause;
	int64_t			 a = 0, b = 0, story;
	bool			 merge, json;
	int			 rc;

	if (cmd_json_opt(argc, argv, usage, &json) != 0)
		return CMD_USAGE;
	argc -= optind;
	argv += optind;
	merge = argc == 3 && strcmp(argv[0], "merge") == 0;
	if (!(merge || (argc == 2 && strcmp(argv[0], "split") == 0)) ||
	    cmd_parse_id(argv[1], &a) != 0 ||
	    (merge && cmd_parse_id(argv[2], &b) != 0)) {
		fprintf(stderr, "usage: parallax %s\n", usage);
		return CMD_USAGE;
	}
	if ((st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	if (store_begin(st, &cause) != 0) {
		fprintf(stderr, "parallax: %s\n", cause);
		free(cause);
		store_close(st);
		return CMD_USAGE;
	}
	rc = merge ? story_merge(st, a, b, &cause) :
	    story_split(st, a, &story, &cause);
	if (rc == 0 && store_commit(st, &cause) != 0)
		rc = -1;
	if (rc != 0) {
		store_rollback(st);
		fprintf(stderr, "parallax: %s\n", cause);
		free(cause);
		store_close(st);
		return rc == 1 ? CMD_PARTIAL : CMD_USAGE;
	}
	if (merge)
		printf("merged story %" PRId64 " into story %" PRId64 "\n",
		    b, a);
	else
		printf("article %" PRId64 " is now alone in story %" PRId64
		    "\n", a, story);
	store_close(st);
	return CMD_OK;
}

/* ---- reindex ---- */

/* Articles cut again per transaction: a long run commits as it goes, so
 * that the interface and imports wait for one batch at most and an
 * interrupted run keeps what it did. */
#define CMD_REINDEX_BATCH	500

static int
cmd_by_id(const void *a, const void *b)
{
	int64_t	x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* Sort the n ids of v and keep each once, at the front; how many. */
static size_t
cmd_distinct(int64_t *v, size_t n)
{
	size_t	k = 0;

	qsort(v, n, sizeof *v, cmd_by_id);
	for (size_t i = 0; i < n; i++) {
		if (k == 0 || v[i] != v[k - 1])
			v[k++] = v[i];
	}
	return k;
}

static int
cmd_reindex(const struct cmd_env *env, int argc, char **argv)
{
	struct store		*st;
	int64_t			*ids = NULL, *touched = NULL, only = 0;
	int64_t			*stories = NULL;
	size_t			 n = 0, i = 0, done = 0, saved = 0;
	size_t			 nstories = 0, batch = 0;
	int			*status = NULL;
	char			*cause = NULL;
	bool			 all = false, tty = isatty(STDERR_FILENO);
	bool			 shown = false;	/* a progress line */
	int			 rc;

	if ((rc = cmd_story_opts(argc, argv, "reindex [--all] [--story ID]",
	    "all", &all, &only)) != 0)
		return rc < 0 ? CMD_USAGE : CMD_OK;
	if ((st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	if (only != 0 && (rc = store_story_info(st, only, NULL, NULL,
	    &cause)) != 0) {
		if (rc == 1)
			fprintf(stderr, "parallax: no story %" PRId64 "\n",
			    only);
		else
			fprintf(stderr, "parallax: %s\n", cause);
		free(cause);
		store_close(st);
		return rc == 1 ? CMD_PARTIAL : CMD_USAGE;
	}
	if (store_stale_articles(st, CLAIM_CUT_VERSION, all, only, &ids, &n,
	    &cause) != 0)
		goto fail;
	touched = xcalloc(n + 1, sizeof *touched);
	stories = xcalloc(CMD_REINDEX_BATCH, sizeof *stories);
	status = xcalloc(CMD_REINDEX_BATCH, sizeof *status);
	for (i = 0; i < n; i += batch) {
		batch = n - i < CMD_REINDEX_BATCH ? n - i : CMD_REINDEX_BATCH;
		if (store_begin(st, &cause) != 0 ||
		    story_reindex(st, ids + i, batch, stories, status,
		    &cause) != 0)
			goto fail;
		for (size_t k = 0; k < batch; k++) {
			/* 1: removed since the list was read. */
			if (status[k] != 0)
				continue;
			done++;
			/* Its story changes: its cross-reference is
			 * computed again. */
			if (stories[k] == 0)
				continue;
			if (store_story_recut(st, stories[k], &cause) != 0)
				goto fail;
			touched[nstories++] = stories[k];
		}
		if (store_commit(st, &cause) != 0)
			goto fail;
		saved = done;
		if (tty)
			fprintf(stderr, "\rparallax: reindex: %zu of %zu "
			    "articles", i + batch, n);
		shown = tty;
	}
	if (shown)
		fputc('\n', stderr);
	nstories = cmd_distinct(touched, nstories);
	/* And each story's title by this version's rule, as an import
	 * would choose it. */
	if (nstories > 0 && store_begin(st, &cause) != 0)
		goto fail;
	for (size_t k = 0; k < nstories; k++) {
		if (story_retitle(st, touched[k], &cause) != 0)
			goto fail;
	}
	if (nstories > 0 && store_commit(st, &cause) != 0)
		goto fail;
	if (done == 0 && only != 0)
		printf("the claims of story %" PRId64 " are up to date\n",
		    only);
	else if (done == 0)
		printf("the claims of every article are up to date\n");
	else
		printf("cut the claims of %zu article%s again, in %zu "
		    "stor%s\n", done, done == 1 ? "" : "s", nstories,
		    nstories == 1 ? "y" : "ies");
	free(status);
	free(stories);
	free(touched);
	free(ids);
	store_close(st);
	return CMD_OK;
fail:
	if (shown)
		fputc('\n', stderr);
	store_rollback(st);
	if (saved == 0)
		fprintf(stderr, "parallax: %s; no claims were cut again\n",
		    cause);
	else
		fprintf(stderr, "parallax: %s; %zu article%s cut again "
		    "before it, the rest keep their old claims\n", cause,
		    saved, saved == 1 ? " was" : "s were");
	free(cause);
	free(status);
	free(stories);
	free(touched);
	free(ids);
	store_close(st);
	return CMD_USAGE;
}

const struct cmd cmd_table[] = {
	{ "add", "add [--source NAME] [--title T] [--date YYYY-MM-DD]\n"
	    "[--url URL] [--jobs N] PATH...",
	    "import files or folders of articles",
	    true, cmd_add },
	{ "list", "list [--json]", "stories with their articles", true,
	    cmd_list },
	{ "show", "show [--json] ID", "one article: metadata and clean body",
	    true, cmd_show },
	{ "search", "search [--json] QUERY", "full-text search of the store",
	    true, cmd_search },
	{ "rm", "rm ID...", "remove articles", true, cmd_rm },
	{ "xref", "xref [--json] [--story ID]",
	    "the shared claims of each story", true, cmd_xref },
	{ "claims", "claims [--json] [--raw] PATH|-",
	    "what parallax sees in one article, without storing it", false,
	    cmd_claims },
	{ "match", "match < PAIRS",
	    "score id<TAB>text1<TAB>text2 lines: id<TAB>score<TAB>0|1", false,
	    cmd_match },
	{ "story", "story merge ID ID | story split ARTICLE",
	    "correct the grouping of articles into stories", true,
	    cmd_story },
	{ "reindex", "reindex [--all] [--story ID]",
	    "cut stored articles into claims again with this version's rules",
	    true, cmd_reindex },
	{ "feed", "feed add URL [--source NAME] [--no-fulltext] | feed list "
	    "[--json] | feed rm URL|ID | feed import FILE.opml | feed export",
	    "the followed feeds: follow, list, remove, OPML import and export",
	    true, cmd_feed },
	{ "fetch", "fetch [--jobs N] [--quiet] [FEED...]",
	    "fetch feeds (and full text where feeds carry summaries) and "
	    "import new items", true, cmd_fetch },
	{ NULL, NULL, NULL, false, NULL }
};

int
cmd_check_theme(const char *name)
{
	char	**dirs, *path, *safe;
	size_t	  n;

	if (strcmp(name, "default") == 0)
		return 0;
	dirs = cfg_theme_dirs(&n);
	path = theme_find(name, (const char *const *)dirs, n);
	cfg_free_errors(dirs, n);
	if (path != NULL) {
		free(path);
		return 0;
	}
	safe = text_for_terminal(name, strlen(name));
	fprintf(stderr, "parallax: no theme '%s' (looked for %s.theme in the "
	    "user's and the installed theme folders)\n", safe, safe);
	free(safe);
	return -1;
}

const struct cmd *
cmd_find(const char *name)
{
	for (const struct cmd *c = cmd_table; c->name != NULL; c++) {
		if (strcmp(c->name, name) == 0)
			return c;
	}
	return NULL;
}

/* The width --help fits in, whatever the terminal. */
#define CMD_HELP_COLUMNS	80

void
cmd_usage(FILE *f)
{
	fputs("usage: parallax [-d|--db PATH] [-c|--config FILE] "
	    "[-t|--theme NAME] [--no-color]\n"
	    "                [COMMAND [ARGS]]\n\n"
	    "With no command, open the interface on the store.\n\n"
	    "Commands:\n", f);
	for (const struct cmd *c = cmd_table; c->name != NULL; c++) {
		/* Each form of a command (" | ") on a line of its own, and
		 * a form with a newline going on under it, so that nothing
		 * passes 80 columns. */
		const char *p = c->synopsis, *bar;
		int indent = 2;
		while (*p != '\0') {
			size_t len = strcspn(p, "\n");
			if ((bar = strstr(p, " | ")) != NULL &&
			    (size_t)(bar - p) < len)
				len = (size_t)(bar - p);
			fprintf(f, "%*s%.*s\n", indent, "", (int)len, p);
			p += len;
			indent = *p == '\n' ? 6 : 2;
			p += *p == '\n' ? 1 : *p != '\0' ? 3 : 0;
		}
		cmd_put_wrapped(f, c->summary, 6, 6, CMD_HELP_COLUMNS);
	}
	fputs("\nOptions:\n"
	    "  -d, --db PATH       the store (default "
	    "$XDG_DATA_HOME/parallax/store.db)\n"
	    "  -c, --config FILE   the configuration file\n"
	    "  -t, --theme NAME    the colour theme\n"
	    "      --no-color      do not use colour\n"
	    "  -h, --help          show this help\n"
	    "  -V, --version       show the version\n\n"
	    "Exit status: 0 all done, 1 some input refused, "
	    "2 usage error or unusable store.\n"
	    "See parallax(1) and parallax(5).\n", f);
}

int
cmd_interface(const struct cmd_env *env)
{
	struct ui_options	 o = { 0 };
	char			*path, *slash;
	int			 rc;

	path = env->db != NULL ? xstrdup(env->db) : store_default_path();
	if (path == NULL) {
		fprintf(stderr, "parallax: no store: set HOME or "
		    "XDG_DATA_HOME, or give --db PATH\n");
		return CMD_USAGE;
	}
	/* The default store's folders are ours to make. */
	if (env->db == NULL && (slash = strrchr(path, '/')) != NULL) {
		*slash = '\0';
		if (util_mkdirs(path, 0700) != 0) {
			fprintf(stderr, "parallax: cannot create %s: %s\n", path,
			    strerror(errno));
			free(path);
			return CMD_USAGE;
		}
		*slash = '/';
	}
	o.store_path = path;
	o.config_path = env->config;
	o.theme = env->theme;
	o.no_color = env->no_color;
	rc = ui_run(&o);
	free(path);
	return rc;
}
