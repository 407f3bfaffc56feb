/*
 * article: the clean article record, and the parsers that turn a plain
 * text or HTML file into one (metadata, page furniture removal, hygiene).
 * Never touches the store, curses or the network.
 */
#ifndef PARALLAX_ARTICLE_H
#define PARALLAX_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

/* Largest file parallax imports. */
#define ARTICLE_MAX_BYTES	(16u * 1024 * 1024)

/* A clean article.  Every string is clean UTF-8 (text_clean()) or NULL. */
struct article {
	char	*title;
	char	*source;	/* the outlet */
	char	*author;
	char	*date;		/* YYYY-MM-DD or NULL */
	char	*url;
	char	*origin;	/* the path or URL it came from */
	char	*body;		/* NFC, paragraphs separated by "\n\n" */
	size_t	 body_len;
	size_t	 invalid;	/* invalid UTF-8 sequences repaired */
	size_t	 dropped;	/* lines of page furniture dropped */
};

enum article_format {
	ARTICLE_AUTO,		/* from the extension and the content */
	ARTICLE_TEXT,
	ARTICLE_HTML,
	ARTICLE_RAW		/* body text only: no header, title or furniture */
};

/*
 * What the caller knows better than the file: command-line overrides win
 * over the file; fallback_source is used only when neither the flags nor
 * the file name an outlet (the folder name, then the file name).
 */
struct article_hints {
	const char		*source;
	const char		*title;
	const char		*date;
	const char		*url;
	const char		*fallback_source;
	enum article_format	 format;
	const char		*content_type;	/* HTTP's, for its charset */
};

/*
 * Parse len bytes read from origin into a new article.  Returns 0 and sets
 * *out (caller frees with article_free()), or -1 with *cause set to a
 * one-line reason (caller frees): binary data, nothing but furniture, an
 * .html that is not HTML.
 */
int	article_parse(const char *data, size_t len, const char *origin,
	    const struct article_hints *hints, struct article **out,
	    char **cause);

/* Read and parse one file; refusals as util_read_file() and
 * article_parse(), without the path in *cause. */
int	article_parse_file(const char *path, const struct article_hints *hints,
	    struct article **out, char **cause);

/* Normalise a date written as YYYY-MM-DD, an ISO 8601 time, an RFC 822
 * date or "November 18, 2022" / "18 Nov 2022" to YYYY-MM-DD; NULL if it is
 * none of these.  Caller frees. */
char	*article_parse_date(const char *s);

/* Free an article and its strings; NULL is fine. */
void	article_free(struct article *a);

#endif
