/*
 * cmd-feed: the `feed` and `fetch` commands.  `feed` keeps the list of
 * followed feeds (add, list, rm, OPML import and export); `fetch` gets
 * them all at once through fetch.c, parses them with feed.c, fetches the
 * page of each new item that carries only a summary (when full text is
 * on), and imports every new item through the article parser and
 * story_import_prepared() (the items made on every processor first, by
 * story_prepare()), one transaction per feed so that a feed's articles, the
 * items seen and its validators (ETag, Last-Modified) land together.
 * Every name, title and error from the network passes through
 * text_for_terminal() before it is printed.  No SQL, no curses.
 */
#include "parallax/cmd.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "parallax/article.h"
#include "parallax/config.h"
#include "parallax/feed.h"
#include "parallax/fetch.h"
#include "parallax/store.h"
#include "parallax/story.h"
#include "parallax/text.h"
#include "parallax/util.h"

#define CF_USAGE_FEED	"feed add URL [--source NAME] [--no-fulltext] | " \
	"feed list [--json] | feed rm URL|ID | feed import FILE.opml | " \
	"feed export"
#define CF_USAGE_FETCH	"fetch [--jobs N] [--quiet] [FEED...]"
#define CF_MAX_JOBS	64

/* ---- helpers ---- */

/* Print "parallax: " and a message made safe for a terminal. */
static void
cf_warn(const char *fmt, ...) UTIL_PRINTF(1, 2);

static void
cf_warn(const char *fmt, ...)
{
	va_list	 ap;
	char	*msg, *safe;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	safe = text_for_terminal(msg, strlen(msg));
	fprintf(stderr, "parallax: %s\n", safe);
	free(safe);
	free(msg);
}

/* Run one store change in its own transaction; false after saying why. */
static bool
cf_begin(struct store *st)
{
	char	*cause;

	if (store_begin(st, &cause) == 0)
		return true;
	cf_warn("%s", cause);
	free(cause);
	return false;
}

static bool
cf_commit(struct store *st)
{
	char	*cause;

	if (store_commit(st, &cause) == 0)
		return true;
	cf_warn("%s", cause);
	free(cause);
	return false;
}

/* The name a feed goes by: the user's, the feed's own, or its URL. */
static const char *
cf_name(const struct store_feed *f)
{
	if (f->source != NULL)
		return f->source;
	return f->title != NULL ? f->title : f->url;
}

/* The feed named by an id or a URL among the n listed; NULL if none. */
static struct store_feed *
cf_lookup(struct store_feed *v, size_t n, const char *arg)
{
	int64_t	id;
	size_t	i;
	char	*url;

	if (cmd_parse_id(arg, &id) == 0) {
		for (i = 0; i < n; i++)
			if (v[i].id == id)
				return &v[i];
		return NULL;
	}
	url = feed_safe_url(arg, NULL);
	for (i = 0; url != NULL && i < n; i++) {
		if (strcmp(v[i].url, url) == 0)
			break;
	}
	free(url);
	return url != NULL && i < n ? &v[i] : NULL;
}

/* The `fulltext` option of the configuration; yes when there is none. */
static bool
cf_config_fulltext(const struct cmd_env *env)
{
	struct cfg	 cfg;
	char		**errors = NULL, *v;
	size_t		 nerrors = 0;
	int		 opt;
	bool		 on;

	if ((opt = cfg_option_from_name("fulltext")) < 0)
		return true;
	cfg_init(&cfg);
	if (env->config != NULL)
		cfg_load(&cfg, env->config, &errors, &nerrors);
	else
		cfg_load_default(&cfg, &errors, &nerrors);
	cfg_free_errors(errors, nerrors);
	v = cfg_option_value(&cfg, (enum cfg_option)opt);
	on = strcmp(v, "yes") == 0;
	free(v);
	cfg_fini(&cfg);
	return on;
}

static int
cf_list(struct store *st, struct store_feed **v, size_t *n)
{
	char	*cause;

	if (store_feed_list(st, v, n, &cause) == 0)
		return 0;
	cf_warn("%s", cause);
	free(cause);
	return -1;
}

/* ---- feed add ---- */

static int
cf_add(const struct cmd_env *env, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "source", required_argument, NULL, 's' },
		{ "no-fulltext", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char	*source = NULL;
	struct store	*st;
	char		*url, *cause;
	int64_t		 id;
	bool		 fulltext = true, existed;
	int		 ch, rc = CMD_OK;

	while ((ch = getopt_long(argc, argv, "s:nh", opts, NULL)) != -1) {
		switch (ch) {
		case 's':
			source = optarg;
			break;
		case 'n':
			fulltext = false;
			break;
		case 'h':
			printf("usage: parallax feed add URL [--source NAME] "
			    "[--no-fulltext]\n");
			return CMD_OK;
		default:
			fprintf(stderr, "usage: parallax feed add URL "
			    "[--source NAME] [--no-fulltext]\n");
			return CMD_USAGE;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: parallax feed add URL [--source NAME] "
		    "[--no-fulltext]\n");
		return CMD_USAGE;
	}
	if ((url = feed_safe_url(argv[optind], NULL)) == NULL) {
		cf_warn("%s: not an http or https address", argv[optind]);
		return CMD_USAGE;
	}
	if ((st = cmd_open_store(env)) == NULL) {
		free(url);
		return CMD_USAGE;
	}
	if (!cf_begin(st))
		rc = CMD_USAGE;
	else if (store_feed_add(st, url, source, fulltext, &id, &existed,
	    &cause) != 0) {
		cf_warn("%s", cause);
		free(cause);
		store_rollback(st);
		rc = CMD_USAGE;
	} else if (!cf_commit(st))
		rc = CMD_USAGE;
	else if (existed)
		cf_warn("%s: already followed as feed %" PRId64, url, id);
	else {
		printf("%4" PRId64 "  ", id);
		cmd_put(stdout, url, 0);
		fputc('\n', stdout);
	}
	store_close(st);
	free(url);
	return rc;
}

/* ---- feed list ---- */

static json_t *
cf_json_str(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static char *
cf_time(int64_t t)
{
	struct tm	tm;
	time_t		tt = (time_t)t;
	char		s[32];

	if (t <= 0 || gmtime_r(&tt, &tm) == NULL)
		return NULL;
	strftime(s, sizeof s, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return xstrdup(s);
}

static void
cf_list_json(const struct store_feed *v, size_t n)
{
	json_t	*root = json_object(), *arr = json_array(), *o;
	char	*t;
	size_t	 i;

	for (i = 0; i < n; i++) {
		o = json_object();
		json_object_set_new(o, "id", json_integer(v[i].id));
		json_object_set_new(o, "url", json_string(v[i].url));
		json_object_set_new(o, "source", cf_json_str(v[i].source));
		json_object_set_new(o, "title", cf_json_str(v[i].title));
		json_object_set_new(o, "fulltext",
		    json_boolean(v[i].fulltext));
		json_object_set_new(o, "items", json_integer(v[i].nitems));
		json_object_set_new(o, "articles",
		    json_integer(v[i].narticles));
		json_object_set_new(o, "last_status",
		    json_integer(v[i].last_status));
		json_object_set_new(o, "last_error",
		    cf_json_str(v[i].last_error));
		t = cf_time(v[i].last_fetch);
		json_object_set_new(o, "last_fetch", cf_json_str(t));
		free(t);
		json_array_append_new(arr, o);
	}
	json_object_set_new(root, "feeds", arr);
	json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', stdout);
	json_decref(root);
}

static void
cf_list_text(const struct store_feed *v, size_t n)
{
	char	*state;
	size_t	 i;

	if (n == 0)
		printf("No feeds followed: add one with 'parallax feed add "
		    "URL'.\n");
	for (i = 0; i < n; i++) {
		if (v[i].last_fetch == 0)
			state = xstrdup("never fetched");
		else if (v[i].last_error != NULL)
			state = xasprintf("failed: %s", v[i].last_error);
		else
			state = xstrdup("ok");
		printf("%4" PRId64 "  ", v[i].id);
		cmd_put(stdout, cf_name(&v[i]), 24);
		printf("  %5" PRId64 " article%s  ", v[i].narticles,
		    v[i].narticles == 1 ? " " : "s");
		cmd_put(stdout, state, 0);
		printf("\n      ");
		cmd_put(stdout, v[i].url, 0);
		fputc('\n', stdout);
		free(state);
	}
}

static int
cf_list_cmd(const struct cmd_env *env, int argc, char **argv)
{
	struct store_feed	*v;
	struct store		*st;
	size_t			 n;
	bool			 json = false;

	if (argc == 2 && strcmp(argv[1], "--json") == 0)
		json = true;
	else if (argc != 1) {
		fprintf(stderr, "usage: parallax feed list [--json]\n");
		return CMD_USAGE;
	}
	if ((st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	if (cf_list(st, &v, &n) != 0) {
		store_close(st);
		return CMD_USAGE;
	}
	if (json)
		cf_list_json(v, n);
	else
		cf_list_text(v, n);
	store_feeds_free(v, n);
	store_close(st);
	return CMD_OK;
}

/* ---- feed rm ---- */

static int
cf_rm(const struct cmd_env *env, int argc, char **argv)
{
	struct store_feed	*v, *f;
	struct store		*st;
	char			*cause;
	size_t			 n;
	bool			 found;
	int			 rc = CMD_OK;

	if (argc != 2) {
		fprintf(stderr, "usage: parallax feed rm URL|ID\n");
		return CMD_USAGE;
	}
	if ((st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	if (cf_list(st, &v, &n) != 0) {
		store_close(st);
		return CMD_USAGE;
	}
	if ((f = cf_lookup(v, n, argv[1])) == NULL) {
		cf_warn("%s: no such feed is followed", argv[1]);
		rc = CMD_PARTIAL;
	} else if (!cf_begin(st))
		rc = CMD_USAGE;
	else if (store_feed_remove(st, f->id, &found, &cause) != 0) {
		cf_warn("%s", cause);
		free(cause);
		store_rollback(st);
		rc = CMD_USAGE;
	} else if (!cf_commit(st))
		rc = CMD_USAGE;
	else {
		printf("removed feed %" PRId64 "  ", f->id);
		cmd_put(stdout, f->url, 0);
		fputc('\n', stdout);
	}
	store_feeds_free(v, n);
	store_close(st);
	return rc;
}

/* ---- feed import, feed export ---- */

/* Read a file, or standard input for "-", of at most FEED_MAX_BYTES. */
static int
cf_read(const char *path, char **data, size_t *len, char **cause)
{
	struct buf	b;
	char		chunk[8192];
	size_t		n;

	if (strcmp(path, "-") != 0)
		return util_read_file(path, FEED_MAX_BYTES, data, len, cause);
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) {
		if (b.len + n > FEED_MAX_BYTES) {
			buf_fini(&b);
			*cause = xstrdup("larger than 10 MiB");
			return -1;
		}
		buf_add(&b, chunk, n);
	}
	*data = buf_detach(&b, len);
	return 0;
}

static int
cf_import(const struct cmd_env *env, int argc, char **argv)
{
	struct feed_outline	*v;
	struct store		*st;
	char			*data, *cause;
	size_t			 len, n, skipped, i, added = 0, known = 0;
	int64_t			 id;
	bool			 existed, fulltext;
	int			 rc = CMD_OK;

	if (argc != 2) {
		fprintf(stderr, "usage: parallax feed import FILE.opml\n");
		return CMD_USAGE;
	}
	if (cf_read(argv[1], &data, &len, &cause) != 0) {
		cf_warn("%s: %s", argv[1], cause);
		free(cause);
		return CMD_USAGE;
	}
	if (feed_opml_parse(data, len, &v, &n, &skipped, &cause) != 0) {
		cf_warn("%s: %s", argv[1], cause);
		free(cause);
		free(data);
		return CMD_USAGE;
	}
	free(data);
	fulltext = cf_config_fulltext(env);
	if ((st = cmd_open_store(env)) == NULL || !cf_begin(st)) {
		store_close(st);
		feed_outlines_free(v, n);
		return CMD_USAGE;
	}
	for (i = 0; i < n; i++) {
		if (store_feed_add(st, v[i].url, v[i].title, fulltext, &id,
		    &existed, &cause) != 0) {
			cf_warn("%s", cause);
			free(cause);
			store_rollback(st);
			rc = CMD_USAGE;
			break;
		}
		if (existed) {
			known++;
			continue;
		}
		added++;
		printf("%4" PRId64 "  ", id);
		cmd_put(stdout, v[i].title, 24);
		fputs("  ", stdout);
		cmd_put(stdout, v[i].url, 0);
		fputc('\n', stdout);
	}
	if (rc == CMD_OK && !cf_commit(st))
		rc = CMD_USAGE;
	if (rc == CMD_OK) {
		cf_warn("%zu feed%s added, %zu already followed, %zu refused "
		    "(not http or https)", added, added == 1 ? "" : "s", known,
		    skipped);
		if (skipped > 0)
			rc = CMD_PARTIAL;
	}
	store_close(st);
	feed_outlines_free(v, n);
	return rc;
}

static int
cf_export(const struct cmd_env *env, int argc, char **argv)
{
	struct feed_outline	*o;
	struct store_feed	*v;
	struct store		*st;
	char			*doc;
	size_t			 n, i, len;

	(void)argv;
	if (argc != 1) {
		fprintf(stderr, "usage: parallax feed export\n");
		return CMD_USAGE;
	}
	if ((st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	if (cf_list(st, &v, &n) != 0) {
		store_close(st);
		return CMD_USAGE;
	}
	o = xcalloc(n + 1, sizeof *o);
	for (i = 0; i < n; i++) {
		o[i].url = v[i].url;
		o[i].title = v[i].source != NULL ? v[i].source : v[i].title;
	}
	doc = feed_opml_write(o, n, "parallax feeds", &len);
	fwrite(doc, 1, len, stdout);
	free(doc);
	free(o);
	store_feeds_free(v, n);
	store_close(st);
	return CMD_OK;
}

int
cmd_feed(const struct cmd_env *env, int argc, char **argv)
{
	static const struct {
		const char	*name;
		int		(*run)(const struct cmd_env *, int, char **);
	} subs[] = {
		{ "add", cf_add },
		{ "list", cf_list_cmd },
		{ "rm", cf_rm },
		{ "import", cf_import },
		{ "export", cf_export },
	};
	size_t	i;

	if (argc >= 2 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0)) {
		printf("usage: parallax %s\n", CF_USAGE_FEED);
		return CMD_OK;
	}
	for (i = 0; argc >= 2 && i < UTIL_NELEM(subs); i++) {
		if (strcmp(argv[1], subs[i].name) == 0) {
			optind = 0;	/* glibc: start afresh */
			return subs[i].run(env, argc - 1, argv + 1);
		}
	}
	fprintf(stderr, "usage: parallax %s\n", CF_USAGE_FEED);
	return CMD_USAGE;
}

/* ---- fetch ---- */

struct cf_feed;
struct cf_run;

/* A new item of a feed, and the article made of its page. */
struct cf_item {
	struct cf_feed		*feed;
	const struct feed_item	*it;
	struct article		*page;
};

/* One feed being fetched. */
struct cf_feed {
	struct cf_run		*run;
	const struct store_feed	*sf;
	struct feed		*parsed;
	struct cf_item		*items;		/* new items, oldest first */
	size_t			 nitems;
	size_t			 pending;	/* pages still coming */
	long			 status;
	char			*etag;
	char			*last_modified;
	bool			 not_modified;
	char			*error;
	size_t			 added, dups, empty, pages_failed;
};

struct cf_run {
	struct store		*st;
	struct fetch		*fetch;
	bool			 fulltext;	/* the configuration's */
	bool			 tty;		/* progress on stderr */
	bool			 quiet;
	bool			 fatal;		/* the store failed */
	bool			 bar;		/* a progress line is shown */
	size_t			 nfeeds, finished, failed, added;
	uint64_t		 tick_bytes;	/* at the last tick */
	double			 tick_seconds;
	double			 rate;		/* bytes/s between ticks */
};

static void
cf_bar_clear(struct cf_run *run)
{
	if (run->bar) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		run->bar = false;
	}
}

static size_t
cf_term_cols(void)
{
	struct winsize	ws;

	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col;
	return 80;
}

/* "1.2 MiB" */
static char *
cf_bytes(double n)
{
	if (n >= 1024.0 * 1024)
		return xasprintf("%.1f MiB", n / (1024.0 * 1024));
	return xasprintf("%.0f KiB", n / 1024.0);
}

/* The progress line, redrawn in place a few times a second: feeds done,
 * transfers, bytes and the rate since the last tick, failures. */
static void
cf_tick(const struct fetch_stats *s, void *arg)
{
	struct cf_run	*run = arg;
	char		*line, *got, *rate;
	double		 dt = s->seconds - run->tick_seconds;

	if (!run->tty)
		return;
	if (dt > 0)
		run->rate = (double)(s->bytes - run->tick_bytes) / dt;
	run->tick_bytes = s->bytes;
	run->tick_seconds = s->seconds;
	got = cf_bytes((double)s->bytes);
	rate = cf_bytes(run->rate);
	line = xasprintf("[%zu/%zu feeds] %zu running, %zu queued, %s, %s/s, "
	    "%zu failed", run->finished, run->nfeeds, s->running, s->waiting,
	    got, rate, run->failed);
	fputs("\r\033[K", stderr);
	cmd_put(stderr, line, cf_term_cols() - 1);
	fflush(stderr);
	run->bar = true;
	free(line);
	free(got);
	free(rate);
}

/* The name of a feed being fetched: as cf_name(), with the title just
 * fetched before the stored one. */
static const char *
cf_feed_name(const struct cf_feed *f)
{
	if (f->sf->source == NULL && f->parsed != NULL &&
	    f->parsed->title != NULL)
		return f->parsed->title;
	return cf_name(f->sf);
}

/* Record how a feed ended and say so. */
static void
cf_feed_end(struct cf_feed *f)
{
	struct cf_run	*run = f->run;
	char		*cause;

	if (f->error != NULL) {
		run->failed++;
		if (cf_begin(run->st)) {
			if (store_feed_set_result(run->st, f->sf->id, NULL,
			    f->status, f->error, (int64_t)time(NULL),
			    &cause) != 0) {
				cf_warn("%s", cause);
				free(cause);
				store_rollback(run->st);
			} else
				cf_commit(run->st);
		}
	}
	run->finished++;
	run->added += f->added;
	cf_bar_clear(run);
	if (!run->quiet) {
		cmd_put(stdout, cf_feed_name(f), 0);
		if (f->error != NULL) {
			fputs(": failed: ", stdout);
			cmd_put(stdout, f->error, 0);
			fputc('\n', stdout);
		} else if (f->not_modified)
			printf(": not modified\n");
		else {
			printf(": %zu new article%s", f->added,
			    f->added == 1 ? "" : "s");
			if (f->dups > 0)
				printf(", %zu already in the store", f->dups);
			if (f->empty > 0)
				printf(", %zu without text", f->empty);
			if (f->pages_failed > 0)
				printf(", %zu page%s not fetched (summary "
				    "kept)", f->pages_failed,
				    f->pages_failed == 1 ? "" : "s");
			fputc('\n', stdout);
		}
		fflush(stdout);
	}
}

/* The outlet of a feed's articles: the user's name for it, else the
 * feed's own title, else its address. */
static const char *
cf_source(const struct cf_feed *f)
{
	if (f->sf->source != NULL)
		return f->sf->source;
	if (f->parsed != NULL && f->parsed->title != NULL)
		return f->parsed->title;
	return f->sf->url;
}

struct article *
cmd_feed_item_article(const struct feed_item *it, const char *source,
    const char *origin)
{
	struct article_hints	 h = { 0 };
	struct article		*a = NULL;
	char			*cause;

	if (it->content == NULL)
		return NULL;
	if (it->link != NULL)
		origin = it->link;
	h.source = source;
	h.title = it->title;
	h.date = it->date;
	h.url = it->link;
	h.format = it->content_type == FEED_CONTENT_HTML ? ARTICLE_HTML :
	    ARTICLE_RAW;
	if (h.format == ARTICLE_HTML && article_parse(it->content,
	    strlen(it->content), origin, &h, &a, &cause) == 0)
		return a;
	if (h.format == ARTICLE_HTML)
		free(cause);
	/* Not HTML after all, or nothing left of it: as plain text. */
	h.format = ARTICLE_RAW;
	if (article_parse(it->content, strlen(it->content), origin, &h, &a,
	    &cause) != 0) {
		free(cause);
		return NULL;
	}
	if (a->author == NULL && it->author != NULL)
		a->author = text_clean_line(it->author, strlen(it->author));
	return a;
}

/* The article of one item: its page when fetched, else its content. */
static struct article *
cf_item_article(struct cf_item *ci, const char *source)
{
	struct article	*a;

	if (ci->page != NULL) {
		a = ci->page;
		ci->page = NULL;
		return a;
	}
	return cmd_feed_item_article(ci->it, source, ci->feed->sf->url);
}

/* The feed knows the author when the text does not say. */
static void
cf_set_author(struct article *a, const struct feed_item *it)
{
	if (a->author == NULL && it->author != NULL)
		a->author = text_clean_line(it->author, strlen(it->author));
}

/* An item's article and its claims, made ahead of the store. */
struct cf_made {
	struct article		*a;
	struct story_prep	*prep;
};

/* Items made at once, on every processor, before they are stored in
 * order: a bound on the memory of a feed of large pages. */
#define CF_MAKE_AHEAD	32
#define CF_MAKE_THREADS	4

struct cf_make {
	struct cf_feed	*f;
	size_t		 first;
	const char	*source;
	struct cf_made	*made;
};

/* Make item first + i: its article (the page fetched, else the feed's
 * content) and its claims; in any thread. */
static void
cf_make_item(size_t i, void *arg)
{
	struct cf_make	*mk = arg;
	struct cf_item	*ci = &mk->f->items[mk->first + i];
	struct cf_made	*m = &mk->made[i];

	if ((m->a = cf_item_article(ci, mk->source)) == NULL)
		return;
	cf_set_author(m->a, ci->it);
	m->prep = story_prepare(m->a);
}

/* Import one item, made, inside the feed's transaction; -1 when the
 * store failed.  The article and its claims are consumed. */
static int
cf_import_item(struct cf_feed *f, struct cf_item *ci, struct cf_made *m,
    char **cause)
{
	struct store	*st = f->run->st;
	int64_t		 id = 0, story;
	bool		 dup;
	int		 rc;

	if ((rc = store_feed_has_item(st, f->sf->id, ci->it->key, cause)) !=
	    1)
		return rc;
	if (m->a == NULL)
		f->empty++;
	else {
		rc = story_import_prepared(st, m->a, m->prep, &id, &story,
		    &dup, cause);
		m->prep = NULL;
		if (rc != 0)
			return -1;
		if (dup)
			f->dups++;
		else
			f->added++;
	}
	return store_feed_add_item(st, f->sf->id, ci->it->key, id, cause);
}

/* Every page of the feed is in: import its new items, one transaction. */
static void
cf_feed_import(struct cf_feed *f)
{
	struct cf_run	*run = f->run;
	struct cf_make	 mk = { 0 };
	char		*cause = NULL;
	size_t		 i, n, k;
	int		 rc = 0;

	mk.f = f;
	mk.source = cf_source(f);
	mk.made = xcalloc(CF_MAKE_AHEAD, sizeof *mk.made);
	if (run->fatal || store_begin(run->st, &cause) != 0)
		goto fail;
	for (i = 0; i < f->nitems && rc == 0; i += n) {
		n = f->nitems - i < CF_MAKE_AHEAD ? f->nitems - i :
		    CF_MAKE_AHEAD;
		mk.first = i;
		util_parallel(n, util_processors(CF_MAKE_THREADS),
		    cf_make_item, &mk);
		for (k = 0; k < n; k++) {
			if (rc == 0)
				rc = cf_import_item(f, &f->items[i + k],
				    &mk.made[k], &cause);
			article_free(mk.made[k].a);
			story_prep_free(mk.made[k].prep);
			memset(&mk.made[k], 0, sizeof mk.made[k]);
		}
	}
	if (rc != 0)
		goto fail;
	if (store_feed_set_cache(run->st, f->sf->id, f->etag,
	    f->last_modified, &cause) != 0 ||
	    store_feed_set_result(run->st, f->sf->id, f->parsed->title,
	    f->status, NULL, (int64_t)time(NULL), &cause) != 0 ||
	    store_commit(run->st, &cause) != 0)
		goto fail;
	free(mk.made);
	cf_feed_end(f);
	return;
fail:
	free(mk.made);
	store_rollback(run->st);
	f->added = f->dups = f->empty = 0;
	if (cause == NULL)
		cause = xstrdup("an earlier store error stopped the import");
	f->error = xasprintf("not imported: %s", cause);
	free(cause);
	run->fatal = true;
	cf_feed_end(f);
}

static void
cf_page_done(struct fetch_response *r, void *arg)
{
	struct cf_item		*ci = arg;
	struct cf_feed		*f = ci->feed;
	struct article_hints	 h = { 0 };
	char			*cause;

	if (r->error == NULL && r->data != NULL) {
		h.source = cf_source(f);
		h.title = ci->it->title;
		h.date = ci->it->date;
		h.url = ci->it->link;
		h.format = r->content_type != NULL &&
		    strstr(r->content_type, "html") != NULL ? ARTICLE_HTML :
		    ARTICLE_AUTO;
		h.content_type = r->content_type;
		if (article_parse(r->data, r->len, ci->it->link, &h,
		    &ci->page, &cause) != 0) {
			free(cause);
			ci->page = NULL;
		}
	}
	if (ci->page == NULL)
		f->pages_failed++;
	if (--f->pending == 0)
		cf_feed_import(f);
}

/* Which items are new, and which of those need their page. */
static void
cf_feed_plan(struct cf_feed *f)
{
	struct cf_run		*run = f->run;
	struct fetch_request	 req = { 0 };
	const struct feed_item	*it;
	struct cf_item		*ci;
	char			*cause;
	size_t			 i;
	int			 rc;

	f->items = xcalloc(f->parsed->nitems + 1, sizeof *f->items);
	/* Feeds list the newest first: import the oldest first. */
	for (i = f->parsed->nitems; i-- > 0;) {
		it = &f->parsed->items[i];
		rc = store_feed_has_item(run->st, f->sf->id, it->key, &cause);
		if (rc == -1) {
			free(cause);
			rc = 1;	/* checked again in the transaction */
		}
		if (rc == 0)
			continue;
		ci = &f->items[f->nitems++];
		ci->feed = f;
		ci->it = it;
	}
	for (i = 0; i < f->nitems; i++) {
		ci = &f->items[i];
		if (!run->fulltext || !f->sf->fulltext || ci->it->link == NULL ||
		    (ci->it->content != NULL && !ci->it->summary_only))
			continue;
		req.url = ci->it->link;
		req.max_bytes = FETCH_PAGE_MAX;
		f->pending++;
		fetch_add(run->fetch, &req, cf_page_done, ci);
	}
}

static void
cf_feed_done(struct fetch_response *r, void *arg)
{
	struct cf_feed	*f = arg;
	char		*cause;

	f->status = r->status;
	if (r->error != NULL) {
		f->error = xstrdup(r->error);
		cf_feed_end(f);
		return;
	}
	if (r->not_modified) {
		f->not_modified = true;
		if (cf_begin(f->run->st)) {
			if (store_feed_set_result(f->run->st, f->sf->id, NULL,
			    r->status, NULL, (int64_t)time(NULL), &cause) != 0) {
				cf_warn("%s", cause);
				free(cause);
				store_rollback(f->run->st);
			} else
				cf_commit(f->run->st);
		}
		cf_feed_end(f);
		return;
	}
	if (feed_parse(r->data, r->len, r->final_url, &f->parsed,
	    &cause) != 0) {
		f->error = strncmp(cause, "line ", 5) == 0 ?
		    xasprintf("parse error at %s", cause) :
		    xasprintf("parse error: %s", cause);
		free(cause);
		cf_feed_end(f);
		return;
	}
	f->etag = r->etag != NULL ? xstrdup(r->etag) : NULL;
	f->last_modified = r->last_modified != NULL ?
	    xstrdup(r->last_modified) : NULL;
	cf_feed_plan(f);
	if (f->pending == 0)
		cf_feed_import(f);
}

static void
cf_feed_fini(struct cf_feed *f)
{
	size_t	i;

	for (i = 0; i < f->nitems; i++)
		article_free(f->items[i].page);
	free(f->items);
	feed_free(f->parsed);
	free(f->etag);
	free(f->last_modified);
	free(f->error);
}

/* The summary: counts, then each failure with its reason. */
static void
cf_summary(struct cf_run *run, struct cf_feed *feeds)
{
	size_t	i;

	cf_bar_clear(run);
	if (!run->quiet || run->failed > 0)
		cf_warn("%zu feed%s fetched: %zu new article%s, %zu failed",
		    run->nfeeds, run->nfeeds == 1 ? "" : "s", run->added,
		    run->added == 1 ? "" : "s", run->failed);
	for (i = 0; i < run->nfeeds; i++) {
		const char *name = cf_feed_name(&feeds[i]);
		if (feeds[i].error == NULL)
			continue;
		if (strcmp(name, feeds[i].sf->url) == 0)
			cf_warn("failed: %s: %s", name, feeds[i].error);
		else
			cf_warn("failed: %s <%s>: %s", name, feeds[i].sf->url,
			    feeds[i].error);
	}
}

/* Parse fetch's options; -1 on a usage error. */
static int
cf_fetch_opts(int argc, char **argv, unsigned *jobs, bool *quiet)
{
	static const struct option opts[] = {
		{ "jobs", required_argument, NULL, 'j' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int64_t	n;
	int	ch;

	while ((ch = getopt_long(argc, argv, "j:qh", opts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			if (cmd_parse_id(optarg, &n) != 0 || n > CF_MAX_JOBS) {
				cf_warn("--jobs: '%s' is not a number from 1 "
				    "to %d", optarg, CF_MAX_JOBS);
				return -1;
			}
			*jobs = (unsigned)n;
			break;
		case 'q':
			*quiet = true;
			break;
		case 'h':
			printf("usage: parallax %s\n", CF_USAGE_FETCH);
			exit(CMD_OK);
		default:
			fprintf(stderr, "usage: parallax %s\n", CF_USAGE_FETCH);
			return -1;
		}
	}
	return 0;
}

/* The feeds to fetch: those named, or all.  -1 when one is unknown. */
static int
cf_select(struct store_feed *v, size_t n, int argc, char **argv,
    const struct store_feed ***out, size_t *nout)
{
	struct store_feed	*f;
	size_t			 i, j;
	int			 k;

	*out = xcalloc(n + 1, sizeof **out);
	*nout = 0;
	if (argc == 0) {
		for (i = 0; i < n; i++)
			(*out)[(*nout)++] = &v[i];
		return 0;
	}
	for (k = 0; k < argc; k++) {
		if ((f = cf_lookup(v, n, argv[k])) == NULL) {
			cf_warn("fetch: %s: no such feed is followed (see "
			    "'parallax feed list')", argv[k]);
			free(*out);
			*out = NULL;
			return -1;
		}
		for (j = 0; j < *nout && (*out)[j] != f; j++)
			;
		if (j == *nout)
			(*out)[(*nout)++] = f;
	}
	return 0;
}

int
cmd_fetch(const struct cmd_env *env, int argc, char **argv)
{
	const struct store_feed	**sel = NULL;
	struct store_feed	 *v = NULL;
	struct cf_feed		 *feeds = NULL;
	struct fetch_request	  req = { 0 };
	struct cf_run		  run = { 0 };
	char			 *cause;
	unsigned		  jobs = FETCH_JOBS;
	size_t			  n = 0, i;
	int			  rc = CMD_USAGE;

	if (cf_fetch_opts(argc, argv, &jobs, &run.quiet) != 0)
		return CMD_USAGE;
	run.fulltext = cf_config_fulltext(env);
	run.tty = !run.quiet && isatty(STDERR_FILENO);
	if ((run.st = cmd_open_store(env)) == NULL)
		return CMD_USAGE;
	if (cf_list(run.st, &v, &n) != 0 ||
	    cf_select(v, n, argc - optind, argv + optind, &sel,
	    &run.nfeeds) != 0)
		goto out;
	if (run.nfeeds == 0) {
		if (!run.quiet)
			printf("No feeds followed: add one with 'parallax "
			    "feed add URL'.\n");
		rc = CMD_OK;
		goto out;
	}
	if ((run.fetch = fetch_create(jobs, fetch_timeout_default(),
	    &cause)) == NULL) {
		cf_warn("%s", cause);
		free(cause);
		goto out;
	}
	feeds = xcalloc(run.nfeeds, sizeof *feeds);
	for (i = 0; i < run.nfeeds; i++) {
		feeds[i].run = &run;
		feeds[i].sf = sel[i];
		req.url = sel[i]->url;
		req.etag = sel[i]->etag;
		req.last_modified = sel[i]->last_modified;
		req.max_bytes = FETCH_FEED_MAX;
		fetch_add(run.fetch, &req, cf_feed_done, &feeds[i]);
	}
	if (fetch_run(run.fetch, cf_tick, &run, &cause) != 0) {
		cf_bar_clear(&run);
		cf_warn("%s", cause);
		free(cause);
		goto out;
	}
	cf_summary(&run, feeds);
	rc = run.fatal ? CMD_USAGE : run.failed > 0 ? CMD_PARTIAL : CMD_OK;
out:
	for (i = 0; feeds != NULL && i < run.nfeeds; i++)
		cf_feed_fini(&feeds[i]);
	free(feeds);
	fetch_free(run.fetch);
	free(sel);
	store_feeds_free(v, n);
	store_close(run.st);
	return rc;
}
