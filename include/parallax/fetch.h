/*
 * fetch: HTTP(S) transfers with limits, many at once.  A fetch is a set
 * of transfers run concurrently (at most `jobs` at a time) through one
 * libcurl multi handle in the calling thread; each transfer ends in a
 * callback, which may queue more.  Only http and https, at most 5
 * redirects, compressed transfer, conditional requests, a size cap per
 * transfer, proxies from the environment as libcurl reads them.  Knows
 * nothing of feeds, the store or the terminal.
 */
#ifndef PARALLAX_FETCH_H
#define PARALLAX_FETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Size caps: a feed document and an article page. */
#define FETCH_FEED_MAX		(10u * 1024 * 1024)
#define FETCH_PAGE_MAX		(5u * 1024 * 1024)
#define FETCH_MAX_REDIRECTS	5
#define FETCH_CONNECT_TIMEOUT	10	/* seconds */
#define FETCH_TIMEOUT		60	/* seconds for a whole transfer */
#define FETCH_JOBS		8	/* transfers at once by default */

struct fetch;

/* What to get.  Strings are copied by fetch_add(). */
struct fetch_request {
	const char	*url;
	const char	*etag;		/* sent as If-None-Match, or NULL */
	const char	*last_modified;	/* sent as If-Modified-Since, or NULL */
	size_t		 max_bytes;	/* body cap (decoded bytes) */
};

/* How a transfer ended.  Everything is valid during the callback only,
 * except data, which the callback may take (and must then free, setting
 * data to NULL). */
struct fetch_response {
	const char	*url;		/* as requested */
	const char	*final_url;	/* after redirects */
	long		 status;	/* HTTP status, 0 when none came */
	bool		 not_modified;	/* 304: nothing new */
	char		*data;		/* the body, NUL-terminated */
	size_t		 len;
	const char	*etag;		/* validators of the response, or NULL */
	const char	*last_modified;
	const char	*content_type;
	const char	*error;		/* NULL on success (2xx or 304), else
					   why: "HTTP 404", "timed out after
					   60 s", "larger than 10 MiB", ... */
	double		 seconds;	/* the time it took */
};

typedef void (*fetch_done_fn)(struct fetch_response *r, void *arg);

/* Counts for a progress display. */
struct fetch_stats {
	size_t		 waiting;	/* queued, not started */
	size_t		 running;
	size_t		 done;		/* ended well */
	size_t		 failed;
	uint64_t	 bytes;		/* received so far (decoded) */
	double		 seconds;	/* since fetch_run() started */
};

typedef void (*fetch_tick_fn)(const struct fetch_stats *s, void *arg);

/*
 * A new, empty fetch running at most jobs transfers at once (0: the
 * default), each limited to timeout seconds (0: FETCH_TIMEOUT).  Returns
 * NULL with *cause when libcurl cannot start.  Free with fetch_free().
 */
struct fetch *fetch_create(unsigned jobs, long timeout, char **cause);
void	fetch_free(struct fetch *f);

/* Queue a transfer; done(response, arg) is called from fetch_run() when it
 * ends, successfully or not. */
void	fetch_add(struct fetch *f, const struct fetch_request *req,
	    fetch_done_fn done, void *arg);

/*
 * Run every queued transfer, and those queued by callbacks, to their end.
 * tick (may be NULL) is called a few times a second and once at the end.
 * Failing transfers are reported through their callbacks; returns -1 with
 * *cause only when libcurl itself fails.
 */
int	fetch_run(struct fetch *f, fetch_tick_fn tick, void *arg,
	    char **cause);

/* The whole-transfer timeout in seconds: PARALLAX_FETCH_TIMEOUT when it
 * is a number from 1 to 3600, else FETCH_TIMEOUT. */
long	fetch_timeout_default(void);

/* The User-Agent sent: "parallax/VERSION (+terminal news reader)". */
const char *fetch_user_agent(void);

#endif
