/*
 * fuzz-feed: the feed and subscription-list parsers on hostile
 * documents.  A feed parses or is refused with a reason; every item has a
 * key; every link is one that feed_safe_url() keeps as it is; no feed has
 * more than FEED_MAX_ITEMS items.  An OPML list keeps only http(s) URLs
 * and survives being written and read again.  feed_safe_url() gets the
 * input's first line as a URL, with and without a base.
 */
#include "fuzz.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parallax/feed.h"

#define FUZZ_BASE	"https://news.example.invalid/feeds/world.xml"

/* A URL is either NULL or one that feed_safe_url() returns unchanged. */
static void
fuzz_url(const char *url)
{
	char	*again;
	size_t	 i;

	if (url == NULL)
		return;
	/* Schemes ignore case ("HTTPS://" is an https URL). */
	FUZZ_CHECK(strncasecmp(url, "http://", 7) == 0 ||
	    strncasecmp(url, "https://", 8) == 0);
	for (i = 0; url[i] != '\0'; i++)
		FUZZ_CHECK((unsigned char)url[i] > ' ' &&
		    (unsigned char)url[i] != 0x7f);
	again = feed_safe_url(url, NULL);
	FUZZ_CHECK(again != NULL && strcmp(again, url) == 0);
	free(again);
}

static void
fuzz_feed(const uint8_t *data, size_t size, const char *base)
{
	struct feed	*f = NULL;
	char		*cause = NULL;
	size_t		 i;

	if (feed_parse((const char *)data, size, base, &f, &cause) != 0) {
		FUZZ_CHECK(f == NULL && cause != NULL);
		free(cause);
		return;
	}
	FUZZ_CHECK(f != NULL && f->nitems <= FEED_MAX_ITEMS);
	FUZZ_CHECK(feed_kind_name(f->kind) != NULL);
	fuzz_url(f->link);
	for (i = 0; i < f->nitems; i++) {
		FUZZ_CHECK(f->items[i].key != NULL);
		fuzz_url(f->items[i].link);
	}
	feed_free(f);
}

static void
fuzz_opml(const uint8_t *data, size_t size)
{
	struct feed_outline	*v = NULL, *w = NULL;
	char			*cause = NULL, *doc;
	size_t			 n = 0, m = 0, skipped = 0, len, i;

	if (feed_opml_parse((const char *)data, size, &v, &n, &skipped,
	    &cause) != 0) {
		FUZZ_CHECK(cause != NULL);
		free(cause);
		return;
	}
	for (i = 0; i < n; i++)
		fuzz_url(v[i].url);
	doc = feed_opml_write(v, n, "fuzz \"list\" <&>", &len);
	FUZZ_CHECK(strlen(doc) == len);
	if (feed_opml_parse(doc, len, &w, &m, &skipped, &cause) != 0) {
		fprintf(stderr, "re-reading: %s\n%s\n", cause, doc);
		FUZZ_CHECK(!"a written list reads back");
	}
	FUZZ_CHECK(m == n);
	for (i = 0; i < n; i++)
		FUZZ_CHECK(strcmp(v[i].url, w[i].url) == 0);
	feed_outlines_free(w, m);
	feed_outlines_free(v, n);
	free(doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t	*nl;
	char		*line, *url;
	size_t		 n;

	fuzz_feed(data, size, FUZZ_BASE);
	fuzz_feed(data, size, NULL);
	fuzz_opml(data, size);
	nl = memchr(data, '\n', size);
	n = nl != NULL ? (size_t)(nl - data) : size;
	if (n < 4096) {
		FUZZ_CHECK((line = malloc(n + 1)) != NULL);
		memcpy(line, data, n);
		line[n] = '\0';
		url = feed_safe_url(line, FUZZ_BASE);
		fuzz_url(url);
		free(url);
		url = feed_safe_url(line, NULL);
		fuzz_url(url);
		free(url);
		free(line);
	}
	return 0;
}
