/*
 * ui-job: the cross-reference of a large story computed on a thread of
 * its own, with a store connection of its own, while the interface goes
 * on answering keys.  One story at a time: a story the reader asks for
 * meanwhile waits its turn (the latest asked wins).  The thread computes,
 * hands the result over (ready), then caches it, which may wait for
 * another process's write lock, and ends (done).  The loop polls for
 * both (ui_job_poll()) and gives the result to ui_job_arrived(); quitting
 * asks the thread to give up and waits for it (ui_job_fini()).  The
 * thread never touches the interface, and the interface reads what the
 * thread writes only once ready or done is set.
 */
#include "parallax/ui-private.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/store.h"
#include "parallax/util.h"
#include "parallax/xref.h"

/* Milliseconds the work waits for another process's write lock to cache
 * its result: as long as a command would, unless asked to stop. */
#define UI_JOB_BUSY_MS	60000

static void *
ui_job_run(void *arg)
{
	struct ui_job		*j = arg;
	struct store		*st;
	struct xref_story	*x = NULL;
	char			*data = NULL, *cause;
	size_t			 nclaims = 0;
	int64_t			 version = 0;

	if (store_open_again(j->main, &st, &j->cause) != 0) {
		j->rc = -1;
		atomic_store(&j->ready, true);
		atomic_store(&j->done, true);
		return NULL;
	}
	store_set_busy_stop(st, UI_JOB_BUSY_MS, &j->stop);
	j->rc = xref_story_compute(st, j->story, &j->stop, &x, &j->cause);
	if (j->rc == 0) {
		data = xref_story_encode(x);
		nclaims = x->nclaims;
		version = x->version;
		j->result = x;
	}
	/* From here on x and j's result are the interface's. */
	atomic_store(&j->ready, true);
	/* Caching is best effort: a read-only store still answered. */
	if (data != NULL && store_xref_cache_put(st, j->story, version, data,
	    strlen(data), nclaims, &cause) != 0)
		free(cause);
	free(data);
	store_close(st);
	atomic_store(&j->done, true);
	return NULL;
}

bool
ui_job_running(const struct ui *ui)
{
	return ui->job.running;
}

/* Start the thread on a story; false when it cannot be started. */
static bool
ui_job_start(struct ui *ui, int64_t story)
{
	struct ui_job	*j = &ui->job;
	sigset_t	 all, old;
	int		 rc;

	j->story = story;
	j->result = NULL;
	j->cause = NULL;
	j->rc = 0;
	j->taken = false;
	j->main = ui->store;
	atomic_store(&j->ready, false);
	atomic_store(&j->done, false);
	atomic_store(&j->stop, false);
	/* The thread takes no signal: those are the interface's. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	rc = pthread_create(&j->tid, NULL, ui_job_run, j);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	j->running = rc == 0;
	return j->running;
}

bool
ui_job_want(struct ui *ui, int64_t story, bool reader)
{
	struct ui_job	*j = &ui->job;

	if (j->running) {
		/* Still being computed: the reader will have it. */
		if (j->story == story && !j->taken)
			return true;
		if (reader)
			j->next = story;
		return reader;
	}
	return ui_job_start(ui, story);
}

bool
ui_job_poll(struct ui *ui)
{
	struct ui_job		*j = &ui->job;
	struct xref_story	*x = NULL;
	char			*cause = NULL;
	int64_t			 next;
	int			 rc;
	bool			 arrived = false;

	if (!j->running)
		return false;
	if (!j->taken && atomic_load(&j->ready)) {
		j->taken = true;
		ui_job_arrived(ui, j->story, j->rc, j->result, j->cause);
		j->result = NULL;
		j->cause = NULL;
		arrived = true;
	}
	if (!atomic_load(&j->done))
		return arrived;
	pthread_join(j->tid, NULL);
	j->running = false;
	ui_job_ended(ui);
	/* The story the reader asked for meanwhile, unless it has been
	 * shown (or left) since: from the cache, which the work just ended
	 * may have filled, else computed next. */
	next = j->next;
	j->next = 0;
	if (next == 0 || next != ui->story || ui->xref != NULL)
		return true;
	rc = xref_story_cached(ui->store, next, &x, &cause);
	if (rc != 2)
		ui_job_arrived(ui, next, rc, x, cause);
	else if (!ui_job_start(ui, next))
		ui_job_arrived(ui, next, -1, NULL, xstrdup("cannot start a "
		    "thread to cross-reference the story"));
	return true;
}

void
ui_job_fini(struct ui *ui)
{
	struct ui_job	*j = &ui->job;

	if (!j->running)
		return;
	atomic_store(&j->stop, true);
	pthread_join(j->tid, NULL);
	j->running = false;
	if (!j->taken) {
		xref_story_free(j->result);
		free(j->cause);
	}
	j->result = NULL;
	j->cause = NULL;
}
