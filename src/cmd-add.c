/*
 * cmd-add: `parallax add`.  Walks the paths given (folders recursively,
 * in name order, symbolic link loops refused) into a list of files, then
 * imports them in that order in one transaction.  Reading, cleaning and
 * cutting an article into claims needs no store, so worker threads do it
 * for the files ahead (story_prepare()) while this thread stores each in
 * turn: the output and the store are what one thread would make.  The
 * files made ahead are bounded in number and in bytes, so that memory
 * stays that of a few articles however large the batch.
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

struct cmd_add {
	struct store		*st;
	struct article_hints	 hints;
	size_t			 added, refused, duplicates, skipped;
	dev_t			*seen_dev;	/* folders on the current walk */
	ino_t			*seen_ino;
	size_t			 nseen;
	bool			 fatal;
	struct add_job		*jobs;
	size_t			 njobs;
	size_t			 capjobs;
	/* The workers, and what they share under mu: the next job to
	 * take, the one being stored, the bytes taken and not stored. */
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
	struct add_job	*j;

	if (ca->njobs == ca->capjobs) {
		ca->capjobs = ca->capjobs == 0 ? 64 : ca->capjobs * 2;
		ca->jobs = xreallocarray(ca->jobs, ca->capjobs,
		    sizeof *ca->jobs);
	}
	j = &ca->jobs[ca->njobs++];
	memset(j, 0, sizeof *j);
	j->path = xstrdup(path);
	j->folder = folder != NULL ? xstrdup(folder) : NULL;
	return j;
}

/* A path the walk refuses, reported in its turn. */
static void
cmd_add_refuse(struct cmd_add *ca, const char *path, const char *why)
{
	cmd_add_job(ca, path, NULL)->refusal = xstrdup(why);
}

static void cmd_add_walk(struct cmd_add *, const char *, const char *,
    bool);

static int
cmd_add_filter(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

static void
cmd_add_folder(struct cmd_add *ca, const char *path, const struct stat *sb)
{
	struct dirent	**names;
	const char	 *folder;
	size_t		  i;
	int		  n;

	for (i = 0; i < ca->nseen; i++) {
		if (ca->seen_dev[i] == sb->st_dev &&
		    ca->seen_ino[i] == sb->st_ino) {
			cmd_add_refuse(ca, path,
			    "symbolic link loop; not followed");
			return;
		}
	}
	if ((n = scandir(path, &names, cmd_add_filter, alphasort)) < 0) {
		cmd_add_refuse(ca, path, strerror(errno));
		return;
	}
	ca->seen_dev = xreallocarray(ca->seen_dev, ca->nseen + 1,
	    sizeof *ca->seen_dev);
	ca->seen_ino = xreallocarray(ca->seen_ino, ca->nseen + 1,
	    sizeof *ca->seen_ino);
	ca->seen_dev[ca->nseen] = sb->st_dev;
	ca->seen_ino[ca->nseen] = sb->st_ino;
	ca->nseen++;
	folder = strrchr(path, '/');
	folder = folder != NULL && folder[1] != '\0' ? folder + 1 : path;
	for (i = 0; i < (size_t)n; i++) {
		char *child = xasprintf("%s%s%s", path,
		    path[strlen(path) - 1] == '/' ? "" : "/",
		    names[i]->d_name);
		cmd_add_walk(ca, child, folder, false);
		free(child);
	}
	for (i = 0; i < (size_t)n; i++)
		free(names[i]);
	free(names);
	ca->nseen--;
}

/* List the files under path (path itself when explicit, whatever its
 * name), in the order they are imported. */
static void
cmd_add_walk(struct cmd_add *ca, const char *path, const char *folder,
    bool explicit)
{
	struct add_job	*j;
	struct stat	 sb;

	if (stat(path, &sb) == -1) {
		cmd_add_refuse(ca, path, errno == ENOENT ?
		    "no such file or folder" : strerror(errno));
		return;
	}
	if (S_ISDIR(sb.st_mode)) {
		cmd_add_folder(ca, path, &sb);
		return;
	}
	if (!explicit && S_ISREG(sb.st_mode) &&
	    !cmd_add_is_article_name(path)) {
		ca->skipped++;
		return;
	}
	j = cmd_add_job(ca, path, folder);
	j->feed = cmd_add_is_feed_name(path);
	j->size = S_ISREG(sb.st_mode) && sb.st_size > 0 ?
	    (size_t)sb.st_size : 0;
}

/* ---- making articles, in any thread ---- */

/* Read, clean and cut one file into claims (nothing for a refusal or a
 * feed, which the storing thread handles). */
static void
cmd_add_make(const struct article_hints *given, struct add_job *j)
{
	struct article_hints	 hints = *given;
	char			*base, *dot;

	if (j->refusal != NULL || j->feed)
		return;
	base = xstrdup(strrchr(j->path, '/') != NULL ?
	    strrchr(j->path, '/') + 1 : j->path);
	if ((dot = strrchr(base, '.')) != NULL && dot != base)
		*dot = '\0';
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
	    (ca->next - ca->at < ADD_AHEAD &&
	    ca->inflight + ca->jobs[ca->next].size <= ADD_AHEAD_BYTES);
}

static void *
cmd_add_worker(void *arg)
{
	struct cmd_add	*ca = arg;
	struct add_job	*j;

	pthread_mutex_lock(&ca->mu);
	for (;;) {
		while (!ca->stop && ca->next < ca->njobs &&
		    !cmd_add_can_take(ca))
			pthread_cond_wait(&ca->work, &ca->mu);
		if (ca->stop || ca->next >= ca->njobs)
			break;
		j = &ca->jobs[ca->next++];
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

	if (n < 2 || ca->njobs < 2)
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
	for (size_t k = 1; k < n && k < ca->njobs; k++) {
		if (pthread_create(&ca->tid[ca->nthreads], NULL,
		    cmd_add_worker, ca) != 0)
			break;
		ca->nthreads++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Job k, made: by a worker, or now by this thread if none has taken it
 * (which makes the jobs ahead while it waits). */
static struct add_job *
cmd_add_wait(struct cmd_add *ca, size_t k)
{
	struct add_job	*j = &ca->jobs[k];

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
			struct add_job *o = &ca->jobs[ca->next++];
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

/* Job k is stored: its bytes no longer count against those ahead. */
static void
cmd_add_release(struct cmd_add *ca, size_t k)
{
	size_t	size = ca->jobs[k].size;

	cmd_add_job_free(&ca->jobs[k]);
	if (ca->nthreads == 0)
		return;
	pthread_mutex_lock(&ca->mu);
	ca->inflight -= size;
	pthread_cond_broadcast(&ca->work);
	pthread_mutex_unlock(&ca->mu);
}

/* Stop the workers (after what they are making) and free every job. */
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
	for (size_t k = 0; k < ca->njobs; k++)
		cmd_add_job_free(&ca->jobs[k]);
	free(ca->jobs);
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
	char	*cause, *base, *dot;
	int64_t	 id, story;
	bool	 dup;

	if (j->refusal != NULL || j->cause != NULL) {
		cmd_warn(j->path, "%s", j->refusal != NULL ? j->refusal :
		    j->cause);
		ca->refused++;
		return;
	}
	if (j->feed) {
		base = xstrdup(strrchr(j->path, '/') != NULL ?
		    strrchr(j->path, '/') + 1 : j->path);
		if ((dot = strrchr(base, '.')) != NULL && dot != base)
			*dot = '\0';
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
	size_t			 jobs = cmd_add_default_jobs(), k;
	int			 ch, i, rc;

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
	for (i = optind; i < argc; i++)
		cmd_add_walk(&ca, argv[i], NULL, true);
	cmd_add_start(&ca, jobs);
	for (k = 0; k < ca.njobs && !ca.fatal; k++) {
		cmd_add_store(&ca, cmd_add_wait(&ca, k));
		cmd_add_release(&ca, k);
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
	free(ca.seen_dev);
	free(ca.seen_ino);
	store_close(ca.st);
	free(date);
	return rc;
}
