/*
 * feed: news feeds and subscription lists parsed from memory -- RSS 0.9x,
 * 1.0 and 2.0 (with content:encoded), Atom 1.0 (text, html and xhtml
 * content), JSON Feed 1.x, and OPML lists read and written.  Never touches
 * the network, the store or the terminal.  XML is parsed with every
 * external load refused and documents that declare entities refused
 * whole; only http and https links survive parsing, anything else
 * (javascript:, file:, data:, ...) is dropped as inert text.
 */
#ifndef PARALLAX_FEED_H
#define PARALLAX_FEED_H

#include <stdbool.h>
#include <stddef.h>

/* Largest feed document parsed, and most items kept from one feed. */
#define FEED_MAX_BYTES	(10u * 1024 * 1024)
#define FEED_MAX_ITEMS	5000

enum feed_kind {
	FEED_RSS,		/* RSS 0.9x and 2.0 */
	FEED_RDF,		/* RSS 0.90 and 1.0 (RDF) */
	FEED_ATOM,
	FEED_JSON
};

/* What an item's content is written in. */
enum feed_content {
	FEED_CONTENT_NONE,
	FEED_CONTENT_TEXT,
	FEED_CONTENT_HTML
};

/* One entry of a feed.  Strings are UTF-8 as the feed gave them (not yet
 * cleaned) or NULL, except key, which is never NULL. */
struct feed_item {
	char			*key;	/* guid or id, else link, else
					   "hash:" and a hash of the text */
	char			*id;	/* guid or id as written */
	char			*link;	/* absolute http(s) URL */
	char			*title;	/* plain text */
	char			*author;
	char			*date;	/* as written (RFC 822, RFC 3339) */
	char			*content;
	enum feed_content	 content_type;
	bool			 summary_only;	/* content is a summary or
						   description, not the
						   article's full text */
};

/* A parsed feed. */
struct feed {
	enum feed_kind		 kind;
	char			*title;	/* plain text or NULL */
	char			*link;	/* the site, http(s), or NULL */
	struct feed_item	*items;	/* in document order */
	size_t			 nitems;
};

/*
 * Parse len bytes of RSS, Atom or JSON Feed.  base_url (may be NULL) is
 * where the document came from: relative links are resolved against it
 * (and xml:base).  Returns 0 and *out (free with feed_free()), or -1 with
 * *cause (caller frees): "line N: ..." for malformed XML, a refusal for a
 * document that declares entities, "not a feed" for anything else.
 */
int	feed_parse(const char *data, size_t len, const char *base_url,
	    struct feed **out, char **cause);

/* Free a feed and its items; NULL is fine. */
void	feed_free(struct feed *f);

/* "RSS", "RSS 1.0", "Atom" or "JSON Feed". */
const char *feed_kind_name(enum feed_kind kind);

/*
 * The absolute form of url (resolved against base when relative and base
 * is not NULL), when it is an http or https URL without spaces or control
 * characters; NULL for anything else.  Caller frees.
 */
char	*feed_safe_url(const char *url, const char *base);

/* One feed of a subscription list. */
struct feed_outline {
	char	*url;		/* http(s) */
	char	*title;		/* may be NULL */
};

/*
 * Read an OPML subscription list: every outline with an xmlUrl, at any
 * depth.  Outlines whose xmlUrl is not http(s) are left out and counted in
 * *skipped.  Returns 0 with *out and *n (free with feed_outlines_free()),
 * or -1 with *cause.  The XML rules of feed_parse() apply.
 */
int	feed_opml_parse(const char *data, size_t len, struct feed_outline **out,
	    size_t *n, size_t *skipped, char **cause);
void	feed_outlines_free(struct feed_outline *v, size_t n);

/* An OPML 2.0 document listing the n feeds under the given title, as a
 * NUL-terminated string (caller frees) of *len bytes. */
char	*feed_opml_write(const struct feed_outline *v, size_t n,
	    const char *title, size_t *len);

#endif
