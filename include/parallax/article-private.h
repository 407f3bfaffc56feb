/*
 * article-private: what the three files of the article module share and
 * nobody else uses.  A parser (plain text or HTML) turns the input into a
 * draft: a list of units (one line or block each) plus the metadata it
 * found; article_furniture() then marks which units are page furniture and
 * which one is the headline.
 */
#ifndef PARALLAX_ARTICLE_PRIVATE_H
#define PARALLAX_ARTICLE_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

/* What a unit is, when it is something other than prose. */
enum article_kind {
	ARTICLE_KIND_TEXT,
	ARTICLE_KIND_CAPTION,	/* photo caption or credit */
	ARTICLE_KIND_CREDIT,	/* "Editing by …" */
	ARTICLE_KIND_BYLINE,	/* "By Jane Doe" */
	ARTICLE_KIND_DATE,	/* a line that is only a date or a time */
	ARTICLE_KIND_COPYRIGHT
};

/*
 * One line of a text file, or one block of an HTML page.  text is clean
 * and on one line; units of one blank-line separated block share block;
 * bullet: "- item", "• item" or <li>; linky: all its text is links (HTML);
 * linkish: half its text or more is links (HTML);
 * final: the sentence punctuation it ends with ('.', '!', '?', ':') or 0;
 * alone: a paragraph of its own (text) or a heading (HTML); ui: it is
 * short and names an interface thing (uihits of them); label: a caption
 * label alone ("Image caption,"); uiverb: starts with an interface
 * imperative; heading: heads a link list ("Related", "Read more");
 * endnote: a note on where the text comes from ("This article was
 * originally published …"), a short line of capitalised words ("Our
 * Standards: The Harbour Wire Trust Principles.") or a short line with a
 * web address in it (address), furniture at the end; you: a short unit
 * that speaks to the reader ("curated for you"); listlabel: a link list's
 * heading as the label of a link ("Also read: …"); comments: heads a
 * section of readers' comments ("3 comments"); reply: a comment's button
 * ("Reply").
 * The furniture pass sets drop and marks the headline with title.
 */
struct article_unit {
	char			*text;
	size_t			 len;
	size_t			 words;
	size_t			 block;
	bool			 bullet;
	bool			 linky;
	bool			 linkish;
	char			 final;
	bool			 alone;
	bool			 ui;
	size_t			 uihits;
	bool			 label;
	bool			 uiverb;
	bool			 heading;
	bool			 endnote;
	bool			 address;
	bool			 you;
	bool			 listlabel;
	bool			 comments;
	bool			 reply;
	enum article_kind	 kind;
	bool			 drop;
	bool			 title;
};

/* The units of one input and the metadata found in it (all owned). */
struct article_draft {
	struct article_unit	*units;
	size_t			 n;
	size_t			 cap;
	char			*title;
	char			*source;
	char			*author;
	char			*date;		/* YYYY-MM-DD */
	char			*url;
	char			*headline;	/* the heuristic title */
};

void	article_draft_init(struct article_draft *d);
void	article_draft_fini(struct article_draft *d);

/* Append a copy of len bytes of clean text as a unit (trimmed; blank text
 * is ignored).  Returns the unit or NULL when nothing was added. */
struct article_unit *article_draft_add(struct article_draft *d,
	    const char *text, size_t len);

/* Set *field to a clean one-line copy of s unless it is already set or s
 * is blank. */
void	article_draft_set(char **field, const char *s, size_t len);

/*
 * Mark the furniture of a draft and find its headline: sets drop on
 * furniture units, title on the headline unit (whose text becomes
 * d->headline), fills d->author and d->date from bylines and date lines
 * when they are unset, and strips a dateline from the first body unit.
 * known (may be NULL) is a title from elsewhere to recognise.
 * Returns the number of units dropped, not counting the headline.
 */
size_t	article_furniture(struct article_draft *d, const char *known);

/* The sentence punctuation s ends with, closing quotes and brackets
 * aside: '.' (also for an ellipsis), '!', '?', ':', or 0. */
char	article_final_char(const char *s, size_t len);

/* Whether a clock time starts at p ("9:41", "09.00", "16:20 BST"): a
 * date run into a time, a live page's stamp. */
bool	article_clock_at(const char *p);

/* Bytes of a bullet ("- ", "• ", "* " …) at the start of s, or 0. */
size_t	article_bullet_len(const char *s, size_t len);

/* The distinct words of four letters or more (folded) that a shares with
 * the first ARTICLE_SHARED_READ bytes of b. */
#define ARTICLE_SHARED_READ	600
size_t	article_shared_words(const char *a, const char *b);

/* True when a and b are the same text once folded (case, quotes, spaces). */
bool	article_same_text(const char *a, size_t alen, const char *b,
	    size_t blen);

/*
 * Parse an HTML page (clean UTF-8, len bytes) into d: metadata from the
 * head, units from the article body.  Returns 0, or -1 with *cause set
 * when libxml2 cannot make a document of it.
 */
int	article_html_parse(const char *html, size_t len,
	    struct article_draft *d, char **cause);

/* True when len bytes look like an HTML document rather than text. */
bool	article_html_looks(const char *s, size_t len, bool strict);

#endif
