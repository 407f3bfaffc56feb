/*
 * cmd-add: `parallax add`.  Walks the paths given (folders recursively,
 * in name order, symbolic link loops refused) and imports the files in
 * that order in one transaction.  Reading, cleaning and cutting an
 * article into claims needs no store, so worker threads do it for the
 * files ahead (story_prepare()) while this thread stores each in turn:
 * the output and the store are what one thread would make.  The walk
 * runs only as far ahead as the files made ahead, which are bounded in
 * number (a ring of jobs) and in bytes, so that memory stays that of a
 * few articles however large the batch.
 */
#include "parallax/cmd.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parallax/article.h"
#include "parallax/feed.h"
#include "parallax/store.h"
#include "parallax/story.h"
#include "parallax/util.h"

/* Threads that make articles ahead by default: one a processor, at
 * most this many (--jobs takes up to ADD_JOBS_MAX). */
#define ADD_JOBS		4
#define ADD_JOBS_MAX		64
/* Files made ahead of the one being stored: at most this many, and of
 * this many bytes (but always one). */
#define ADD_AHEAD		64
#define ADD_AHEAD_BYTES		(16 * 1024 * 1024)

/* A file to import, in walk order, and what was made of it. */
struct add_job {
	char			*path;
	char			*folder;	/* the folder it was in, or NULL */
	char			*refusal;	/* the walk refused it: why */
	bool			 feed;		/* a saved feed: stored as such */
	size_t			 size;
	bool			 made;
	struct article		*a;
	struct story_prep	*prep;
	char			*cause;		/* why it is not an article */
};

/* A folder being walked: its entries in name order, the next one. */
struct add_dir {
	char		 *path;
	const char	 *name;		/* its last name, in path */
	struct dirent	**names;
	size_t		  n;
	size_t		  next;
	dev_t		  dev;
	ino_t		  ino;
};

struct cmd_add {
	struct store		*st;
	struct article_hints	 hints;
	size_t			 added, refused, duplicates, skipped;
	bool			 fatal;
	/* The walk: the paths given, the next of them, and the folders
	 * open below it (a stack). */
	char			**roots;
	size_t			 nroots;
	size_t			 root;
	struct add_dir		*dirs;
	size_t			 ndirs;
	size_t			 capdirs;
	/* Job k is jobs[k % ADD_AHEAD]; the one being listed. */
	struct add_job		 jobs[ADD_AHEAD];
	size_t			 listing;
	/* The workers, and what they share under mu: the jobs listed, the
	 * next job to take, the one being stored, the bytes taken and not
	 * stored. */
	size_t			 njobs;
	pthread_mutex_t		 mu;
	pthread_cond_t		 work;		/* a job may be taken */
	pthread_cond_t		 made;		/* a job was made */
	pthread_t		*tid;
	size_t			 nthreads;
	size_t			 next;
	size_t			 at;
	size_t			 inflight;
	bool			 stop;
};

/* The extension of a path's last name, or NULL. */
static const char *
cmd_add_ext(const char *path)
{
	const char	*base = strrchr(path, '/'), *dot;

	base = base != NULL ? base + 1 : path;
	dot = strrchr(base, '.');
	return dot != NULL && dot != base ? dot : NULL;
}

/* Whether a path's last name ends in one of the n extensions (any
 * case). */
static bool
cmd_add_ext_in(const char *name, const char *const *exts, size_t n)
{
	const char	*dot = cmd_add_ext(name);

	for (size_t i = 0; dot != NULL && i < n; i++) {
		if (strcasecmp(dot, exts[i]) == 0)
			return true;
	}
	return false;
}

/* A saved feed, by its name. */
static bool
cmd_add_is_feed_name(const char *name)
{
	static const char *const	exts[] = { ".rss", ".atom", ".rdf",
	    ".xml", ".json" };

	return cmd_add_ext_in(name, exts, UTIL_NELEM(exts));
}

/* An article file or a saved feed, by its name (or a name without an
 * extension). */
static bool
cmd_add_is_article_name(const char *name)
{
	static const char *const	exts[] = { ".txt", ".text", ".md",
	    ".html", ".htm", ".xhtml" };
	return cmd_add_ext(name) == NULL || cmd_add_is_feed_name(name) ||
	    cmd_add_ext_in(name, exts, UTIL_NELEM(exts));
}

/* ---- the walk ---- */

static struct add_job *
cmd_add_job(struct cmd_add *ca, const char *path, const char *folder)
{
	struct add_job	*j = &ca->jobs[ca->listing % ADD_AHEAD];

	memset(j, 0, sizeof *j);
	j->path = xstrdup(path);
	j->folder = folder != NULL ? xstrdup(folder) : NULL;
	return j;
}

static int
cmd_add_filter(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

/* Open a folder for the walk, unless it is one of those open (a loop):
 * NULL, or the reason it is refused. */
static const char *
cmd_add_open(struct cmd_add *ca, const char *path, const struct stat *sb)
{
	struct add_dir	*d;
	struct dirent	**names;
	int		  n;

	for (size_t i = 0; i < ca->ndirs; i++) {
		if (ca->dirs[i].dev == sb->st_dev &&
		    ca->dirs[i].ino == sb->st_ino)
			return "symbolic link loop; not followed";
	}
	if ((n = scandir(path, &names, cmd_add_filter, alphasort)) < 0)
		return strerror(errno);
	if (ca->ndirs == ca->capdirs) {
		ca->capdirs = ca->capdirs == 0 ? 8 : 2 * ca->capdirs;
		ca->dirs = xreallocarray(ca->dirs, ca->capdirs,
		    sizeof *ca->dirs);
	}
	d = &ca->dirs[ca->ndirs++];
	d->path = xstrdup(path);
	d->name = strrchr(d->path, '/');
	d->name = d->name != NULL && d->name[1] != '\0' ? d->name + 1 :
	    d->path;
	d->names = names;
	d->n = (size_t)n;
	d->next = 0;
	d->dev = sb->st_dev;
	d->ino = sb->st_ino;
	return NULL;
}

static void
cmd_add_close(struct cmd_add *ca)
{
	struct add_dir	*d = &ca->dirs[--ca->ndirs];

	for (size_t i = 0; i < d->n; i++)
		free(d->names[i]);
	free(d->names);
	free(d->path);
}

/* Visit a path: list it as job listing (true), or open it as a folder,
 * or skip it (false).  folder is the name of the folder it is in. */
static bool
cmd_add_visit(struct cmd_add *ca, const char *path, const char *folder,
    bool explicit)
{
	struct add_job	*j;
	struct stat	 sb;
	const char	*why;

	if (stat(path, &sb) == -1) {
		j = cmd_add_job(ca, path, NULL);
		j->refusal = xstrdup(errno == ENOENT ?
		    "no such file or folder" : strerror(errno));
		return true;
	}
	if (S_ISDIR(sb.st_mode)) {
		if ((why = cmd_add_open(ca, path, &sb)) == NULL)
			return false;
		cmd_add_job(ca, path, NULL)->refusal = xstrdup(why);
		return true;
	}
	if (!explicit && S_ISREG(sb.st_mode) &&
	    !cmd_add_is_article_name(path)) {
		ca->skipped++;
		return false;
	}
	j = cmd_add_job(ca, path, folder);
	j->feed = cmd_add_is_feed_name(path);
	j->size = S_ISREG(sb.st_mode) && sb.st_size > 0 ?
	    (size_t)sb.st_size : 0;
	return true;
}

/* List the next file of the walk as job k: false when there is none
 * left. */
static bool
cmd_add_walk(struct cmd_add *ca, size_t k)
{
	struct add_dir	*d;
	char		*child;
	bool		 listed;

	ca->listing = k;
	for (;;) {
		if (ca->ndirs == 0) {
			if (ca->root == ca->nroots)
				return false;
			if (cmd_add_visit(ca, ca->roots[ca->root++], NULL,
			    true))
				return true;
			continue;
		}
		d = &ca->dirs[ca->ndirs - 1];
		if (d->next == d->n) {
			cmd_add_close(ca);
			continue;
		}
		child = xasprintf("%s%s%s", d->path,
		    d->path[strlen(d->path) - 1] == '/' ? "" : "/",
		    d->names[d->next++]->d_name);
		/* The name stays put when a folder is opened below. */
		listed = cmd_add_visit(ca, child, d->name, false);
		free(child);
		if (listed)
			return true;
	}
}

/* ---- making articles, in any thread ---- */

/* Read, clean and cut one file into claims (nothing for a refusal or a
 * feed, which the storing thread handles). */
static void
cmd_add_make(const struct article_hints *given, struct add_job *j)
{
	struct article_hints	 hints = *given;
	char			*base;

	if (j->refusal != NULL || j->feed)
		return;
	base = util_path_stem(j->path);
	hints.fallback_source = j->folder != NULL ? j->folder : base;
	if (article_parse_file(j->path, &hints, &j->a, &j->cause) == 0)
		j->prep = story_prepare(j->a);
	free(base);
}

/* Whether a worker may take the next job: there is one, and it is the
 * one being stored or within the bounds ahead of it. */
static bool
cmd_add_can_take(const struct cmd_add *ca)
{
	if (ca->stop || ca->next >= ca->njobs)
		return false;
	return ca->next == ca->at || ca->inflight == 0 ||
	    (ca->next - ca->at < ADD_AHEAD && ca->inflight +
	    ca->jobs[ca->next % ADD_AHEAD].size <= ADD_AHEAD_BYTES);
}

static void *
cmd_add_worker(void *arg)
{
	struct cmd_add	*ca = arg;
	struct add_job	*j;

	pthread_mutex_lock(&ca->mu);
	for (;;) {
		while (!ca->stop && !cmd_add_can_take(ca))
			pthread_cond_wait(&ca->work, &ca->mu);
		if (ca->stop)
			break;
		j = &ca->jobs[ca->next++ % ADD_AHEAD];
		ca->inflight += j->size;
		pthread_mutex_unlock(&ca->mu);
		cmd_add_make(&ca->hints, j);
		pthread_mutex_lock(&ca->mu);
		j->made = true;
		pthread_cond_signal(&ca->made);
	}
	pthread_mutex_unlock(&ca->mu);
	return NULL;
}

/* Start up to n - 1 workers (this thread is the n-th). */
static void
cmd_add_start(struct cmd_add *ca, size_t n)
{
	sigset_t	all, old;

	if (n < 2)
		return;
	if (pthread_mutex_init(&ca->mu, NULL) != 0)
		return;
	if (pthread_cond_init(&ca->work, NULL) != 0 ||
	    pthread_cond_init(&ca->made, NULL) != 0)
		die("cannot create a condition variable");
	ca->tid = xcalloc(n, sizeof *ca->tid);
	/* Signals are this thread's to take. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	for (size_t k = 1; k < n; k++) {
		if (pthread_create(&ca->tid[ca->nthreads], NULL,
		    cmd_add_worker, ca) != 0)
			break;
		ca->nthreads++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Walk on until job upto - 1 is listed or the walk ends, and let the
 * workers see the jobs listed. */
static void
cmd_add_list(struct cmd_add *ca, size_t upto, size_t *listed, bool *walked)
{
	while (*listed < upto && !*walked) {
		if (cmd_add_walk(ca, *listed))
			(*listed)++;
		else
			*walked = true;
	}
	if (ca->nthreads == 0) {
		ca->njobs = *listed;
		return;
	}
	pthread_mutex_lock(&ca->mu);
	ca->njobs = *listed;
	pthread_cond_broadcast(&ca->work);
	pthread_mutex_unlock(&ca->mu);
}

/* Job k, made: by a worker, or now by this thread if none has taken it
 * (which makes the jobs ahead while it waits). */
static struct add_job *
cmd_add_wait(struct cmd_add *ca, size_t k)
{
	struct add_job	*j = &ca->jobs[k % ADD_AHEAD];

	if (ca->nthreads == 0) {
		cmd_add_make(&ca->hints, j);
		return j;
	}
	pthread_mutex_lock(&ca->mu);
	ca->at = k;
	pthread_cond_broadcast(&ca->work);
	if (ca->next == k) {
		ca->next++;
		ca->inflight += j->size;
		pthread_mutex_unlock(&ca->mu);
		cmd_add_make(&ca->hints, j);
		return j;
	}
	/* While a worker makes it, make the next one instead of waiting. */
	while (!j->made) {
		if (cmd_add_can_take(ca)) {
			struct add_job *o = &ca->jobs[ca->next++ % ADD_AHEAD];
			ca->inflight += o->size;
			pthread_mutex_unlock(&ca->mu);
			cmd_add_make(&ca->hints, o);
			pthread_mutex_lock(&ca->mu);
			o->made = true;
			continue;
		}
		pthread_cond_wait(&ca->made, &ca->mu);
	}
	pthread_mutex_unlock(&ca->mu);
	return j;
}

static void
cmd_add_job_free(struct add_job *j)
{
	free(j->path);
	free(j->folder);
	free(j->refusal);
	free(j->cause);
	article_free(j->a);
	story_prep_free(j->prep);
	memset(j, 0, sizeof *j);
}

/* Job k is stored: its slot is free, its bytes no longer count against
 * those ahead. */
static void
cmd_add_release(struct cmd_add *ca, size_t k)
{
	size_t	size = ca->jobs[k % ADD_AHEAD].size;

	cmd_add_job_free(&ca->jobs[k % ADD_AHEAD]);
	if (ca->nthreads == 0)
		return;
	pthread_mutex_lock(&ca->mu);
	ca->inflight -= size;
	pthread_cond_broadcast(&ca->work);
	pthread_mutex_unlock(&ca->mu);
}

/* Stop the workers (after what they are making), free every job and
 * close the walk. */
static void
cmd_add_finish(struct cmd_add *ca)
{
	if (ca->nthreads > 0) {
		pthread_mutex_lock(&ca->mu);
		ca->stop = true;
		pthread_cond_broadcast(&ca->work);
		pthread_mutex_unlock(&ca->mu);
		for (size_t k = 0; k < ca->nthreads; k++)
			pthread_join(ca->tid[k], NULL);
	}
	if (ca->tid != NULL) {
		pthread_cond_destroy(&ca->work);
		pthread_cond_destroy(&ca->made);
		pthread_mutex_destroy(&ca->mu);
		free(ca->tid);
	}
	for (size_t k = 0; k < ADD_AHEAD; k++)
		cmd_add_job_free(&ca->jobs[k]);
	while (ca->ndirs > 0)
		cmd_add_close(ca);
	free(ca->dirs);
}

/* ---- storing, in this thread ---- */

/* Report one imported article, or that it was already there. */
static void
cmd_add_report(struct cmd_add *ca, const char *path, const struct article *a,
    int64_t id, bool dup)
{
	if (dup) {
		cmd_warn(path, "already in the store as article %" PRId64
		    "; nothing added", id);
		ca->duplicates++;
		return;
	}
	printf("%6" PRId64 "  ", id);
	cmd_put(stdout, a->source, 20);
	fputs("  ", stdout);
	cmd_put(stdout, a->title, cmd_columns() - 30);
	fputc('\n', stdout);
	if (a->invalid > 0)
		cmd_warn(path, "%zu invalid UTF-8 sequence%s replaced",
		    a->invalid, a->invalid == 1 ? "" : "s");
	ca->added++;
}

/* A saved feed: every item with content is an article of the outlet
 * named by --source, else the feed's title, else the folder or file. */
static void
cmd_add_feed(struct cmd_add *ca, const char *path, const char *fallback)
{
	struct feed	*f;
	char		*data, *cause;
	size_t		 len, empty = 0;

	if (util_read_file(path, ARTICLE_MAX_BYTES, &data, &len, &cause) != 0) {
		cmd_warn(path, "%s", cause);
		free(cause);
		ca->refused++;
		return;
	}
	if (feed_parse(data, len, NULL, &f, &cause) != 0) {
		cmd_warn(path, "not a feed: %s", cause);
		free(cause);
		free(data);
		ca->refused++;
		return;
	}
	free(data);
	for (size_t i = 0; i < f->nitems && !ca->fatal; i++) {
		const char *source = ca->hints.source != NULL ?
		    ca->hints.source : f->title != NULL ? f->title : fallback;
		struct article *a = cmd_feed_item_article(&f->items[i], source,
		    path);
		int64_t id, story;
		bool dup;
		if (a == NULL) {
			empty++;
			continue;
		}
		if (story_import(ca->st, a, &id, &story, &dup, &cause) != 0) {
			cmd_warn(path, "%s", cause);
			free(cause);
			ca->fatal = true;
		} else
			cmd_add_report(ca, path, a, id, dup);
		article_free(a);
	}
	if (empty > 0) {
		cmd_warn(path, "%zu item%s without text skipped", empty,
		    empty == 1 ? "" : "s");
	}
	feed_free(f);
}

/* Store one made job, or say why it was refused. */
static void
cmd_add_store(struct cmd_add *ca, struct add_job *j)
{
	char	*cause, *base;
	int64_t	 id, story;
	bool	 dup;

	if (j->refusal != NULL || j->cause != NULL) {
		cmd_warn(j->path, "%s", j->refusal != NULL ? j->refusal :
		    j->cause);
		ca->refused++;
		return;
	}
	if (j->feed) {
		base = util_path_stem(j->path);
		cmd_add_feed(ca, j->path, j->folder != NULL ? j->folder :
		    base);
		free(base);
		return;
	}
	/* The preparation is the store's now, whatever happens. */
	if (story_import_prepared(ca->st, j->a, j->prep, &id, &story, &dup,
	    &cause) != 0) {
		j->prep = NULL;
		cmd_warn(j->path, "%s", cause);
		free(cause);
		ca->fatal = true;
		return;
	}
	j->prep = NULL;
	cmd_add_report(ca, j->path, j->a, id, dup);
}

/* --jobs N: 0, or -1 after saying why. */
static int
cmd_add_jobs(const char *arg, size_t *n)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || v < 1 ||
	    v > ADD_JOBS_MAX) {
		fprintf(stderr, "parallax: --jobs: '%s' is not a number from "
		    "1 to %d\n", arg, ADD_JOBS_MAX);
		return -1;
	}
	*n = (size_t)v;
	return 0;
}

/* The default number of threads: one a processor, at most ADD_JOBS. */
static size_t
cmd_add_default_jobs(void)
{
	long	n = sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		return 1;
	return n > ADD_JOBS ? ADD_JOBS : (size_t)n;
}

int
cmd_add(const struct cmd_env *env, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "source", required_argument, NULL, 's' },
		{ "title", required_argument, NULL, 't' },
		{ "date", required_argument, NULL, 'D' },
		{ "url", required_argument, NULL, 'u' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const char	*usage = "add [--source NAME] [--title T] "
	    "[--date YYYY-MM-DD] [--url URL] [--jobs N] PATH...";
	struct cmd_add		 ca = { 0 };
	char			*date = NULL, *cause;
	size_t			 jobs = cmd_add_default_jobs(), k, listed = 0;
	bool			 walked = false;
	int			 ch, rc;

	while ((ch = getopt_long(argc, argv, "s:t:D:u:j:h", opts,
	    NULL)) != -1) {
		switch (ch) {
		case 's':
			ca.hints.source = optarg;
			break;
		case 't':
			ca.hints.title = optarg;
			break;
		case 'D':
			free(date);
			if ((date = article_parse_date(optarg)) == NULL) {
				fprintf(stderr, "parallax: --date: '%s' is not "
				    "a date (YYYY-MM-DD)\n", optarg);
				return CMD_USAGE;
			}
			ca.hints.date = date;
			break;
		case 'u':
			ca.hints.url = optarg;
			break;
		case 'j':
			if (cmd_add_jobs(optarg, &jobs) != 0) {
				free(date);
				return CMD_USAGE;
			}
			break;
		case 'h':
			printf("usage: parallax %s\n", usage);
			free(date);
			return CMD_OK;
		default:
			fprintf(stderr, "usage: parallax %s\n", usage);
			free(date);
			return CMD_USAGE;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "parallax: add: no files or folders given\n"
		    "usage: parallax %s\n", usage);
		free(date);
		return CMD_USAGE;
	}
	if ((ca.st = cmd_open_store(env)) == NULL) {
		free(date);
		return CMD_USAGE;
	}
	if (store_begin(ca.st, &cause) != 0) {
		fprintf(stderr, "parallax: %s\n", cause);
		free(cause);
		store_close(ca.st);
		free(date);
		return CMD_USAGE;
	}
	ca.roots = &argv[optind];
	ca.nroots = (size_t)(argc - optind);
	cmd_add_list(&ca, ADD_AHEAD, &listed, &walked);
	if (ca.njobs > 1)
		cmd_add_start(&ca, jobs);
	for (k = 0; k < ca.njobs && !ca.fatal; k++) {
		cmd_add_store(&ca, cmd_add_wait(&ca, k));
		cmd_add_release(&ca, k);
		cmd_add_list(&ca, k + 1 + ADD_AHEAD, &listed, &walked);
	}
	cmd_add_finish(&ca);
	rc = CMD_OK;
	if (ca.fatal) {
		store_rollback(ca.st);
		fprintf(stderr, "parallax: nothing was imported; the store is "
		    "unchanged\n");
		rc = CMD_USAGE;
	} else if (store_commit(ca.st, &cause) != 0) {
		fprintf(stderr, "parallax: %s; nothing was imported\n", cause);
		free(cause);
		rc = CMD_USAGE;
	} else if (ca.refused > 0)
		rc = CMD_PARTIAL;
	if (rc != CMD_USAGE && (ca.refused > 0 || ca.duplicates > 0 ||
	    ca.skipped > 0)) {
		fprintf(stderr, "parallax: %zu imported, %zu already present, "
		    "%zu refused", ca.added, ca.duplicates, ca.refused);
		if (ca.skipped > 0)
			fprintf(stderr, ", %zu skipped (not article files)",
			    ca.skipped);
		fputc('\n', stderr);
	}
	store_close(ca.st);
	free(date);
	return rc;
}
