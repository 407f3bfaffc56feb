/*
 * fetch: concurrent HTTP(S) transfers with libcurl's multi interface, in
 * the calling thread.  Every transfer is bounded: http and https only
 * (redirects too), at most FETCH_MAX_REDIRECTS redirects, a connect and a
 * whole-transfer timeout, and a cap on the decoded body enforced by the
 * write callback (so a compressed bomb stops at the cap too).  It must
 * not parse what it fetches, touch the store or print.
 */
#include "parallax/fetch.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "parallax/util.h"

#ifndef PARALLAX_VERSION
#define PARALLAX_VERSION "0"
#endif

/* Longest validator (ETag, Last-Modified) kept. */
#define FETCH_VALIDATOR_MAX	256
/* Milliseconds between progress ticks. */
#define FETCH_TICK_MS		200

struct fetch_xfer {
	struct fetch		*f;
	CURL			*easy;
	char			*url;
	char			*etag_req;
	char			*lm_req;
	size_t			 max;
	struct curl_slist	*headers;
	struct buf		 body;
	bool			 too_big;
	char			*etag;
	char			*lm;
	fetch_done_fn		 done;
	void			*arg;
	double			 started;
	struct fetch_xfer	*next;		/* in the waiting queue */
	char			 errbuf[CURL_ERROR_SIZE];
};

struct fetch {
	CURLM			*multi;
	unsigned		 jobs;
	long			 timeout;
	struct fetch_xfer	*head;		/* waiting, first first */
	struct fetch_xfer	*tail;
	struct fetch_xfer	**live;		/* running */
	size_t			 nlive;
	struct fetch_stats	 stats;
	double			 start;
};

static double
fetch_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

const char *
fetch_user_agent(void)
{
	return "parallax/" PARALLAX_VERSION " (+terminal news reader)";
}

long
fetch_timeout_default(void)
{
	const char	*s = getenv("PARALLAX_FETCH_TIMEOUT");
	char		*end;
	long		 v;

	if (s == NULL || *s == '\0')
		return FETCH_TIMEOUT;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v < 1 || v > 3600)
		return FETCH_TIMEOUT;
	return v;
}

struct fetch *
fetch_create(unsigned jobs, long timeout, char **cause)
{
	struct fetch	*f;

	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		*cause = xstrdup("cannot start libcurl");
		return NULL;
	}
	f = xcalloc(1, sizeof *f);
	if ((f->multi = curl_multi_init()) == NULL) {
		free(f);
		curl_global_cleanup();
		*cause = xstrdup("cannot start libcurl");
		return NULL;
	}
	f->jobs = jobs > 0 ? jobs : FETCH_JOBS;
	f->timeout = timeout > 0 ? timeout : FETCH_TIMEOUT;
	f->live = xcalloc(f->jobs, sizeof *f->live);
	return f;
}

static void
fetch_xfer_free(struct fetch_xfer *x)
{
	if (x == NULL)
		return;
	if (x->easy != NULL)
		curl_easy_cleanup(x->easy);
	curl_slist_free_all(x->headers);
	buf_fini(&x->body);
	free(x->url);
	free(x->etag_req);
	free(x->lm_req);
	free(x->etag);
	free(x->lm);
	free(x);
}

void
fetch_free(struct fetch *f)
{
	struct fetch_xfer	*x, *next;
	size_t			 i;

	if (f == NULL)
		return;
	for (x = f->head; x != NULL; x = next) {
		next = x->next;
		fetch_xfer_free(x);
	}
	for (i = 0; i < f->nlive; i++) {
		curl_multi_remove_handle(f->multi, f->live[i]->easy);
		fetch_xfer_free(f->live[i]);
	}
	free(f->live);
	curl_multi_cleanup(f->multi);
	curl_global_cleanup();
	free(f);
}

/* A header value safe to send back: no control characters, not too long;
 * NULL otherwise. */
static char *
fetch_clean_value(const char *s, size_t len)
{
	size_t	i;

	while (len > 0 && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		len--;
	if (len == 0 || len > FETCH_VALIDATOR_MAX)
		return NULL;
	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return NULL;
	}
	return xstrndup(s, len);
}

void
fetch_add(struct fetch *f, const struct fetch_request *req,
    fetch_done_fn done, void *arg)
{
	struct fetch_xfer	*x = xcalloc(1, sizeof *x);

	x->f = f;
	x->url = xstrdup(req->url);
	if (req->etag != NULL)
		x->etag_req = fetch_clean_value(req->etag, strlen(req->etag));
	if (req->last_modified != NULL)
		x->lm_req = fetch_clean_value(req->last_modified,
		    strlen(req->last_modified));
	x->max = req->max_bytes > 0 ? req->max_bytes : FETCH_PAGE_MAX;
	x->done = done;
	x->arg = arg;
	buf_init(&x->body);
	if (f->tail != NULL)
		f->tail->next = x;
	else
		f->head = x;
	f->tail = x;
	f->stats.waiting++;
}

static size_t
fetch_write(char *data, size_t size, size_t n, void *arg)
{
	struct fetch_xfer	*x = arg;

	n *= size;
	if (n > x->max - x->body.len) {
		x->too_big = true;
		return 0;	/* aborts the transfer */
	}
	buf_add(&x->body, data, n);
	x->f->stats.bytes += n;
	return n;
}

/* Keep the validators of the last response (a redirect starts anew). */
static size_t
fetch_header(char *data, size_t size, size_t n, void *arg)
{
	struct fetch_xfer	*x = arg;
	static const char	*names[] = { "etag:", "last-modified:" };
	char			**slots[] = { &x->etag, &x->lm };
	size_t			 i, len = size * n;

	if (len >= 5 && strncmp(data, "HTTP/", 5) == 0) {
		free(x->etag);
		free(x->lm);
		x->etag = x->lm = NULL;
		return len;
	}
	for (i = 0; i < UTIL_NELEM(names); i++) {
		size_t k = strlen(names[i]);
		if (len > k && strncasecmp(data, names[i], k) == 0) {
			free(*slots[i]);
			*slots[i] = fetch_clean_value(data + k, len - k);
		}
	}
	return len;
}

/* Make the easy handle of a transfer; false when libcurl refuses. */
static bool
fetch_setup(struct fetch *f, struct fetch_xfer *x)
{
	char	*h;
	CURL	*e;

	if ((e = x->easy = curl_easy_init()) == NULL)
		return false;
	if (x->etag_req != NULL) {
		h = xasprintf("If-None-Match: %s", x->etag_req);
		x->headers = curl_slist_append(x->headers, h);
		free(h);
	}
	if (x->lm_req != NULL) {
		h = xasprintf("If-Modified-Since: %s", x->lm_req);
		x->headers = curl_slist_append(x->headers, h);
		free(h);
	}
	return curl_easy_setopt(e, CURLOPT_URL, x->url) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https") ==
	    CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") ==
	    CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_MAXREDIRS,
	    (long)FETCH_MAX_REDIRECTS) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT,
	    f->timeout < FETCH_CONNECT_TIMEOUT ? f->timeout :
	    (long)FETCH_CONNECT_TIMEOUT) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_TIMEOUT, f->timeout) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "") == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_USERAGENT, fetch_user_agent()) ==
	    CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
	    (curl_off_t)x->max) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, fetch_write) ==
	    CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_WRITEDATA, x) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, fetch_header) ==
	    CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_HEADERDATA, x) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->headers) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_PRIVATE, x) == CURLE_OK &&
	    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf) == CURLE_OK;
}

/* "10 MiB" or "512 KiB". */
static char *
fetch_size_name(size_t n)
{
	if (n >= 1024 * 1024 && n % (1024 * 1024) == 0)
		return xasprintf("%zu MiB", n / (1024 * 1024));
	return xasprintf("%zu KiB", n / 1024);
}

/* Why a transfer failed, or NULL when it did not. */
static char *
fetch_error(struct fetch_xfer *x, CURLcode rc, long status)
{
	char	*size, *msg;

	if (x->too_big || rc == CURLE_FILESIZE_EXCEEDED) {
		size = fetch_size_name(x->max);
		msg = xasprintf("larger than %s; abandoned", size);
		free(size);
		return msg;
	}
	switch (rc) {
	case CURLE_OK:
		if ((status >= 200 && status < 300) || status == 304)
			return NULL;
		return xasprintf("HTTP %ld", status);
	case CURLE_OPERATION_TIMEDOUT:
		return xasprintf("timed out after %ld s", x->f->timeout);
	case CURLE_TOO_MANY_REDIRECTS:
		return xasprintf("too many redirects (more than %d)",
		    FETCH_MAX_REDIRECTS);
	case CURLE_UNSUPPORTED_PROTOCOL:
		return xstrdup("not an http or https address (or a redirect "
		    "to one that is not)");
	default:
		return xstrdup(x->errbuf[0] != '\0' ? x->errbuf :
		    curl_easy_strerror(rc));
	}
}

/* A transfer ended: tell its owner, then free it. */
static void
fetch_finish(struct fetch *f, struct fetch_xfer *x, CURLcode rc)
{
	struct fetch_response	 r;
	char			*error, *final = NULL, *ctype = NULL;
	long			 status = 0;

	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &final);
	curl_easy_getinfo(x->easy, CURLINFO_CONTENT_TYPE, &ctype);
	error = fetch_error(x, rc, status);
	memset(&r, 0, sizeof r);
	r.url = x->url;
	r.final_url = final != NULL ? final : x->url;
	r.status = status;
	r.not_modified = error == NULL && status == 304;
	r.error = error;
	r.etag = x->etag;
	r.last_modified = x->lm;
	r.content_type = ctype;
	r.seconds = fetch_now() - x->started;
	if (error == NULL && !r.not_modified)
		r.data = buf_detach(&x->body, &r.len);
	if (error != NULL)
		f->stats.failed++;
	else
		f->stats.done++;
	x->done(&r, x->arg);
	free(r.data);
	free(error);
	fetch_xfer_free(x);
}

/* Start waiting transfers while there is room. */
static void
fetch_fill(struct fetch *f)
{
	struct fetch_xfer	*x;

	while (f->head != NULL && f->nlive < f->jobs) {
		x = f->head;
		if ((f->head = x->next) == NULL)
			f->tail = NULL;
		x->next = NULL;
		f->stats.waiting--;
		x->started = fetch_now();
		if (!fetch_setup(f, x) ||
		    curl_multi_add_handle(f->multi, x->easy) != CURLM_OK) {
			fetch_finish(f, x, CURLE_FAILED_INIT);
			continue;
		}
		f->live[f->nlive++] = x;
		f->stats.running = f->nlive;
	}
}

static void
fetch_unlive(struct fetch *f, struct fetch_xfer *x)
{
	size_t	i;

	for (i = 0; i < f->nlive; i++) {
		if (f->live[i] == x) {
			f->live[i] = f->live[--f->nlive];
			break;
		}
	}
	f->stats.running = f->nlive;
}

/* Hand every finished transfer to its owner. */
static void
fetch_reap(struct fetch *f)
{
	struct fetch_xfer	*x;
	CURLMsg			*m;
	CURLcode		 rc;
	char			*priv;
	int			 left;

	while ((m = curl_multi_info_read(f->multi, &left)) != NULL) {
		if (m->msg != CURLMSG_DONE)
			continue;
		rc = m->data.result;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &priv);
		x = (struct fetch_xfer *)(void *)priv;
		curl_multi_remove_handle(f->multi, x->easy);
		fetch_unlive(f, x);
		fetch_finish(f, x, rc);
		fetch_fill(f);
	}
}

int
fetch_run(struct fetch *f, fetch_tick_fn tick, void *arg, char **cause)
{
	CURLMcode	mc;
	double		last = 0;
	int		still;

	f->start = fetch_now();
	for (;;) {
		fetch_fill(f);
		if ((mc = curl_multi_perform(f->multi, &still)) != CURLM_OK)
			goto fail;
		fetch_reap(f);
		if (f->nlive == 0 && f->head == NULL)
			break;
		if ((mc = curl_multi_poll(f->multi, NULL, 0, FETCH_TICK_MS,
		    NULL)) != CURLM_OK)
			goto fail;
		f->stats.seconds = fetch_now() - f->start;
		if (tick != NULL &&
		    f->stats.seconds - last >= FETCH_TICK_MS / 1000.0) {
			last = f->stats.seconds;
			tick(&f->stats, arg);
		}
	}
	f->stats.seconds = fetch_now() - f->start;
	if (tick != NULL)
		tick(&f->stats, arg);
	return 0;
fail:
	*cause = xasprintf("libcurl: %s", curl_multi_strerror(mc));
	return -1;
}
