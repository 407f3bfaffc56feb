/*
 * ui-spawn: the programs the interface runs.  `parallax fetch` runs as a
 * child in the background, its output read through pipes without ever
 * waiting and turned into progress on the message line; the child writes
 * the store in its own transactions and the interface reads the store
 * again when it ends.  $BROWSER runs in the foreground with the terminal
 * handed over, as a mail reader runs a shell.  Nothing here goes through
 * a shell, and what a child prints reaches the screen only through
 * text_for_terminal().
 */
#include "parallax/ui-private.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

#include "parallax/article.h"
#include "parallax/store.h"
#include "parallax/text.h"
#include "parallax/util.h"

extern char **environ;

/* The longest line of the child's output that is kept; the rest of a
 * longer line is dropped. */
#define UI_FETCH_LINE_MAX	2048

/* How long a fetch asked to stop may take before it is killed. */
#define UI_FETCH_STOP_MS	1000

void
ui_fetch_init(struct ui_fetch *f)
{
	memset(f, 0, sizeof *f);
	f->fd[0] = f->fd[1] = -1;
	buf_init(&f->line[0]);
	buf_init(&f->line[1]);
}

static void
ui_fetch_close(struct ui_fetch *f)
{
	for (int i = 0; i < 2; i++) {
		if (f->fd[i] != -1)
			close(f->fd[i]);
		f->fd[i] = -1;
		f->line[i].len = 0;
		f->line[i].data[0] = '\0';
	}
}

/* "3 new articles", the failures and the latest of them. */
static void
ui_fetch_counts(const struct ui_fetch *f, struct buf *b)
{
	buf_printf(b, "%zu new article%s", f->added, f->added == 1 ? "" :
	    "s");
	if (f->failed > 0)
		buf_printf(b, ", %zu failed", f->failed);
	if (f->failure != NULL)
		buf_printf(b, " — %s", f->failure);
}

/* Set the progress text: "Fetching 3 of 5 feeds… 2 new articles". */
static void
ui_fetch_describe(struct ui_fetch *f)
{
	struct buf	 b;

	buf_init(&b);
	buf_printf(&b, "Fetching %zu of %zu feed%s… ", f->done,
	    f->nfeeds, f->nfeeds == 1 ? "" : "s");
	ui_fetch_counts(f, &b);
	free(f->progress);
	f->progress = buf_detach(&b, NULL);
}

/* Keep s (len bytes, untrusted) as the latest failure. */
static void
ui_fetch_fail(struct ui_fetch *f, const char *s, size_t len)
{
	free(f->failure);
	f->failure = text_for_terminal(s, len);
}

/* The number of new articles a feed's line reports: the last ": N new
 * article" in it (a feed's name may hold such words too). */
static bool
ui_fetch_added(const char *line, size_t *n)
{
	const char	*p, *found = NULL;
	char		*end;
	unsigned long	 v = 0, got = 0;

	for (p = strstr(line, ": "); p != NULL; p = strstr(p + 1, ": ")) {
		if (p[2] < '0' || p[2] > '9')
			continue;
		errno = 0;
		v = strtoul(p + 2, &end, 10);
		if (errno == 0 && strncmp(end, " new article", 12) == 0) {
			found = p;
			got = v;
		}
	}
	if (found == NULL)
		return false;
	*n = got;
	return true;
}

/* One line the child printed: on stdout a feed that ended, on stderr a
 * warning or the summary (which we make ourselves). */
static void
ui_fetch_line(struct ui *ui, int which, const char *line)
{
	struct ui_fetch	*f = &ui->fetch;
	const char	*p;
	size_t		 n;

	if (which == 1) {
		if (strncmp(line, "parallax: ", 10) == 0)
			line += 10;
		if (strncmp(line, "failed: ", 8) == 0 ||
		    strstr(line, " fetched: ") != NULL || *line == '\0')
			return;
		ui_fetch_fail(f, line, strlen(line));
	} else if (strncmp(line, "No feeds followed", 17) == 0)
		return;
	else {
		f->done++;
		if ((p = strstr(line, ": failed: ")) != NULL) {
			f->failed++;
			/* "Name: reason" */
			char *s = xasprintf("%.*s: %s", (int)(p - line), line,
			    p + 10);
			ui_fetch_fail(f, s, strlen(s));
			free(s);
		} else if (ui_fetch_added(line, &n))
			f->added += n;
	}
	ui_fetch_describe(f);
	/* The news replaces a passing message; an error stays. */
	if (ui->message != NULL && !ui->message_error) {
		free(ui->message);
		ui->message = NULL;
	}
}

/* Read what one pipe holds, line by line (a line's bytes past
 * UI_FETCH_LINE_MAX are dropped); false at its end. */
static bool
ui_fetch_read(struct ui *ui, int which)
{
	struct ui_fetch	*f = &ui->fetch;
	struct buf	*l = &f->line[which];
	char		 data[4096];
	ssize_t		 got;

	for (;;) {
		got = read(f->fd[which], data, sizeof data);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return true;
		if (got <= 0)
			break;
		for (ssize_t i = 0; i < got; i++) {
			if (data[i] != '\n') {
				if (l->len < UI_FETCH_LINE_MAX)
					buf_addc(l, data[i]);
				continue;
			}
			ui_fetch_line(ui, which, l->data);
			l->len = 0;
			l->data[0] = '\0';
		}
	}
	if (l->len > 0)
		ui_fetch_line(ui, which, l->data);
	l->len = 0;
	l->data[0] = '\0';
	return false;
}

/* A pipe whose ends are closed on exec, the reading end not blocking. */
static int
ui_fetch_pipe(int fds[2])
{
	if (pipe(fds) != 0)
		return -1;
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
	return 0;
}

/* How many feeds are followed; -1 (and a message) on error. */
static long
ui_fetch_nfeeds(struct ui *ui)
{
	struct store_feed	*v;
	size_t			 n;
	char			*cause;

	if (store_feed_list(ui->store, &v, &n, &cause) != 0) {
		ui_message(ui, true, "%s", cause);
		free(cause);
		return -1;
	}
	store_feeds_free(v, n);
	return (long)n;
}

/* Spawn `parallax --db STORE [--config FILE] fetch` with stdin from
 * /dev/null and stdout and stderr to the two pipes; 0 or an errno. */
static int
ui_fetch_spawn(struct ui *ui, int out[2], int err[2])
{
	posix_spawn_file_actions_t	 fa;
	char				*argv[7];
	int				 n = 0, rc;

	argv[n++] = xstrdup("parallax");
	argv[n++] = xstrdup("--db");
	argv[n++] = xstrdup(ui->store_path);
	if (ui->config_path != NULL) {
		argv[n++] = xstrdup("--config");
		argv[n++] = xstrdup(ui->config_path);
	}
	argv[n++] = xstrdup("fetch");
	argv[n] = NULL;
	if ((rc = posix_spawn_file_actions_init(&fa)) != 0)
		goto out;
	if ((rc = posix_spawn_file_actions_addopen(&fa, STDIN_FILENO,
	    "/dev/null", O_RDONLY, 0)) == 0 &&
	    (rc = posix_spawn_file_actions_adddup2(&fa, out[1],
	    STDOUT_FILENO)) == 0 &&
	    (rc = posix_spawn_file_actions_adddup2(&fa, err[1],
	    STDERR_FILENO)) == 0)
		rc = posix_spawn(&ui->fetch.pid, "/proc/self/exe", &fa, NULL,
		    argv, environ);
	posix_spawn_file_actions_destroy(&fa);
out:
	if (rc != 0)
		ui->fetch.pid = 0;
	while (n > 0)
		free(argv[--n]);
	return rc;
}

void
ui_fetch_start(struct ui *ui)
{
	struct ui_fetch	*f = &ui->fetch;
	int		 out[2], err[2], rc;
	long		 n;

	if (f->pid != 0) {
		ui_message(ui, false, "A fetch is already running: %zu of %zu "
		    "feeds done.", f->done, f->nfeeds);
		return;
	}
	if ((n = ui_fetch_nfeeds(ui)) < 0)
		return;
	if (n == 0) {
		ui_message(ui, false, "No feeds followed: parallax feed add "
		    "URL");
		return;
	}
	if (ui_fetch_pipe(out) != 0) {
		ui_message(ui, true, "Cannot fetch: %s", strerror(errno));
		return;
	}
	if (ui_fetch_pipe(err) != 0) {
		ui_message(ui, true, "Cannot fetch: %s", strerror(errno));
		close(out[0]);
		close(out[1]);
		return;
	}
	rc = ui_fetch_spawn(ui, out, err);
	close(out[1]);
	close(err[1]);
	if (rc != 0) {
		close(out[0]);
		close(err[0]);
		ui_message(ui, true, "Cannot fetch: %s", strerror(rc));
		return;
	}
	f->fd[0] = out[0];
	f->fd[1] = err[0];
	f->nfeeds = (size_t)n;
	f->done = f->added = f->failed = 0;
	free(f->failure);
	f->failure = NULL;
	ui_fetch_describe(f);
}

/* The child has ended with status st: read the store again when it
 * changed and say how the fetch went.  True when it was read again. */
static bool
ui_fetch_end(struct ui *ui, int st)
{
	struct ui_fetch	*f = &ui->fetch;
	struct buf	 b;
	int64_t		 n;
	char		*cause;
	bool		 reloaded = false, bad;

	if (store_count_articles(ui->store, &n, &cause) != 0)
		free(cause);
	else if (n != ui->narticles) {
		ui_reload(ui, true);
		reloaded = true;
	}
	ui->checked = time(NULL);
	buf_init(&b);
	bad = !WIFEXITED(st) || WEXITSTATUS(st) > 1;
	if (WIFSIGNALED(st))
		buf_printf(&b, "The fetch was stopped by signal %d: ",
		    WTERMSIG(st));
	else if (bad)
		buf_printf(&b, "The fetch failed (exit status %d): ",
		    WEXITSTATUS(st));
	else
		buf_printf(&b, "Fetched %zu feed%s: ", f->done,
		    f->done == 1 ? "" : "s");
	ui_fetch_counts(f, &b);
	buf_addc(&b, '.');
	ui_message(ui, bad || f->failed > 0 || f->failure != NULL, "%s",
	    b.data);
	buf_fini(&b);
	free(f->progress);
	f->progress = NULL;
	return reloaded;
}

bool
ui_fetch_poll(struct ui *ui)
{
	struct ui_fetch	*f = &ui->fetch;
	pid_t		 r;
	int		 st;

	if (f->pid == 0)
		return false;
	for (int i = 0; i < 2; i++) {
		if (f->fd[i] != -1 && !ui_fetch_read(ui, i)) {
			close(f->fd[i]);
			f->fd[i] = -1;
		}
	}
	/* Reaped once it has closed its output: it has printed all. */
	if (f->fd[0] != -1 || f->fd[1] != -1)
		return false;
	while ((r = waitpid(f->pid, &st, WNOHANG)) < 0 && errno == EINTR)
		;
	if (r == 0)
		return false;
	f->pid = 0;
	ui_fetch_close(f);
	if (r < 0)
		st = 0;
	return ui_fetch_end(ui, st);
}

const char *
ui_fetch_progress(const struct ui *ui, bool *error)
{
	*error = ui->fetch.failed > 0 || ui->fetch.failure != NULL;
	return ui->fetch.pid != 0 ? ui->fetch.progress : NULL;
}

void
ui_fetch_fini(struct ui *ui)
{
	struct ui_fetch		*f = &ui->fetch;
	struct timespec		 tick = { 0, 10 * 1000 * 1000 };
	int			 st, waited;

	if (f->pid != 0) {
		kill(f->pid, SIGTERM);
		for (waited = 0; waitpid(f->pid, &st, WNOHANG) == 0; waited +=
		    10) {
			if (waited >= UI_FETCH_STOP_MS) {
				kill(f->pid, SIGKILL);
				while (waitpid(f->pid, &st, 0) < 0 &&
				    errno == EINTR)
					;
				break;
			}
			nanosleep(&tick, NULL);
		}
		f->pid = 0;
	}
	ui_fetch_close(f);
	buf_fini(&f->line[0]);
	buf_fini(&f->line[1]);
	free(f->failure);
	free(f->progress);
	f->failure = f->progress = NULL;
}

/* An address a browser may be given: http or https, no space or control
 * character in it. */
static bool
ui_is_web_address(const char *s)
{
	if (s == NULL || (!util_has_prefix_ci(s, "http://") &&
	    !util_has_prefix_ci(s, "https://")))
		return false;
	for (; *s != '\0'; s++)
		if ((unsigned char)*s <= ' ' || *s == 0x7f)
			return false;
	return true;
}

/* A word of $BROWSER with every "%s" replaced by url. */
static char *
ui_browser_word(const char *w, size_t len, const char *url, bool *used)
{
	struct buf	 b;

	buf_init(&b);
	for (size_t i = 0; i < len; i++) {
		if (w[i] == '%' && i + 1 < len && w[i + 1] == 's') {
			buf_adds(&b, url);
			*used = true;
			i++;
		} else
			buf_addc(&b, w[i]);
	}
	return buf_detach(&b, NULL);
}

/* $BROWSER cut at spaces into an argument vector with url in place of
 * "%s", or after the last word when it has none.  NULL-ended; the count
 * in *n. */
static char **
ui_browser_argv(const char *browser, const char *url, size_t *n)
{
	char		**argv = NULL;
	size_t		  len;
	bool		  used = false;

	*n = 0;
	for (const char *p = browser; *p != '\0'; p += len) {
		p += strspn(p, " \t");
		if ((len = strcspn(p, " \t")) == 0)
			continue;
		argv = xreallocarray(argv, *n + 2, sizeof *argv);
		argv[(*n)++] = ui_browser_word(p, len, url, &used);
	}
	if (*n == 0)
		return NULL;
	if (!used) {
		argv = xreallocarray(argv, *n + 2, sizeof *argv);
		argv[(*n)++] = xstrdup(url);
	}
	argv[*n] = NULL;
	return argv;
}

/* Run argv in the foreground with the terminal handed over; the
 * message says what went wrong. */
static void
ui_run_browser(struct ui *ui, char **argv)
{
	pid_t	 pid;
	int	 rc, st = 0;

	def_prog_mode();
	endwin();
	rc = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
	if (rc == 0)
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
	reset_prog_mode();
	clearok(curscr, TRUE);
	ui_dirty_all(ui);
	if (rc != 0)
		ui_message(ui, true, "Cannot run BROWSER (%s): %s", argv[0],
		    strerror(rc));
	else if (WIFSIGNALED(st))
		ui_message(ui, true, "BROWSER (%s) was killed by signal %d.",
		    argv[0], WTERMSIG(st));
	else if (WEXITSTATUS(st) != 0)
		ui_message(ui, true, "BROWSER (%s) exited with status %d.",
		    argv[0], WEXITSTATUS(st));
}

void
ui_open_url(struct ui *ui)
{
	const char	*browser = getenv("BROWSER"), *url = NULL;
	char		**argv;
	size_t		  n;

	if (ui->article == NULL) {
		ui_message(ui, true, "No article is open.");
		return;
	}
	if (ui_is_web_address(ui->article->url))
		url = ui->article->url;
	else if (ui_is_web_address(ui->article->origin))
		url = ui->article->origin;
	if (url == NULL) {
		ui_message(ui, true, "This article has no web address.");
		return;
	}
	if (browser == NULL ||
	    (argv = ui_browser_argv(browser, url, &n)) == NULL) {
		ui_message(ui, true, "Set BROWSER to open links");
		return;
	}
	ui_run_browser(ui, argv);
	if (ui->message == NULL)
		ui_message(ui, false, "Opened %s", url);
	for (size_t i = 0; i < n; i++)
		free(argv[i]);
	free(argv);
}
