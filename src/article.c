/*
 * article: turn the bytes of one file into a clean struct article.  Refuses
 * what is not an article (empty, binary, an .html that is not HTML, only
 * furniture), reads the plain-text header block and lines, hands HTML to
 * article-html.c and furniture to article-furniture.c, then merges the
 * caller's hints with what the file says.  Dates are normalised here.
 * It must not touch the store, curses or the network.
 */
#include "parallax/article.h"
#include "parallax/article-private.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <uniconv.h>
#include <unistr.h>

#include "parallax/text.h"
#include "parallax/util.h"

/* Longest title made from the first sentence, in columns. */
#define ART_TITLE_COLS	100

static const char *const art_month_names[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

static const char *const art_day_names[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday"
};

/* Keys of the plain-text header block. */
enum art_key {
	ART_KEY_TITLE,
	ART_KEY_SOURCE,
	ART_KEY_AUTHOR,
	ART_KEY_DATE,
	ART_KEY_URL
};

static const char *const art_keys[] = {
	[ART_KEY_TITLE] = "title",
	[ART_KEY_SOURCE] = "source",
	[ART_KEY_AUTHOR] = "author",
	[ART_KEY_DATE] = "date",
	[ART_KEY_URL] = "url"
};

void
article_draft_init(struct article_draft *d)
{
	memset(d, 0, sizeof *d);
}

void
article_draft_fini(struct article_draft *d)
{
	size_t	i;

	for (i = 0; i < d->n; i++)
		free(d->units[i].text);
	free(d->units);
	free(d->title);
	free(d->source);
	free(d->author);
	free(d->date);
	free(d->url);
	free(d->headline);
	memset(d, 0, sizeof *d);
}

struct article_unit *
article_draft_add(struct article_draft *d, const char *text, size_t len)
{
	struct article_unit	*u;
	size_t			 i;

	while (len > 0 && (*text == ' ' || *text == '\n')) {
		text++;
		len--;
	}
	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n'))
		len--;
	if (len == 0)
		return NULL;
	if (d->n == d->cap) {
		d->cap = d->cap == 0 ? 32 : d->cap * 2;
		d->units = xreallocarray(d->units, d->cap, sizeof *d->units);
	}
	u = &d->units[d->n++];
	memset(u, 0, sizeof *u);
	u->text = xstrndup(text, len);
	for (i = 0; i < len; i++) {
		if (u->text[i] == '\n')
			u->text[i] = ' ';
	}
	u->len = len;
	u->block = d->n;
	return u;
}

void
article_draft_set(char **field, const char *s, size_t len)
{
	char	*clean;

	if (*field != NULL || s == NULL)
		return;
	clean = text_clean_line(s, len);
	if (*clean == '\0')
		free(clean);
	else
		*field = clean;
}

void
article_free(struct article *a)
{
	if (a == NULL)
		return;
	free(a->title);
	free(a->source);
	free(a->author);
	free(a->date);
	free(a->url);
	free(a->origin);
	free(a->body);
	free(a);
}

/* The month named by the n letters at s (full or three-letter, "Sept"),
 * 1 to 12, or 0. */
static int
art_month(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < UTIL_NELEM(art_month_names); i++) {
		if ((n == 3 || n == strlen(art_month_names[i])) &&
		    strncasecmp(s, art_month_names[i], n) == 0)
			return (int)i + 1;
	}
	if (n == 4 && strncasecmp(s, "sept", 4) == 0)
		return 9;
	return 0;
}

static bool
art_weekday(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < UTIL_NELEM(art_day_names); i++) {
		if ((n == 3 || n == strlen(art_day_names[i])) &&
		    strncasecmp(s, art_day_names[i], n) == 0)
			return true;
	}
	return false;
}

/* Read up to max digits at *p into *v; returns how many were read. */
static size_t
art_digits(const char **p, size_t max, int *v)
{
	size_t	n = 0;

	*v = 0;
	while (n < max && isdigit((unsigned char)(*p)[n])) {
		*v = *v * 10 + ((*p)[n] - '0');
		n++;
	}
	*p += n;
	return n;
}

/* Length of the run of ASCII letters at s. */
static size_t
art_alpha(const char *s)
{
	size_t	n = 0;

	while (isalpha((unsigned char)s[n]))
		n++;
	return n;
}

/* Whether the n bytes at s are all ASCII capitals. */
static bool
art_upper_run(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!isupper((unsigned char)s[i]))
			return false;
	}
	return true;
}

static void
art_skip(const char **p, const char *chars)
{
	while (**p != '\0' && strchr(chars, **p) != NULL)
		(*p)++;
}

static bool
art_valid_date(int y, int m, int d)
{
	static const int days[] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 ||
	    d > days[m - 1])
		return false;
	if (m == 2 && d == 29)
		return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return true;
}

/* "2022-11-18", "2022/11/18", with a time after a 'T' or a space. */
static bool
art_date_iso(const char *p, int *y, int *m, int *d)
{
	char	sep;

	if (art_digits(&p, 4, y) != 4 || strchr("-/.", *p) == NULL ||
	    *p == '\0')
		return false;
	sep = *p++;
	if (art_digits(&p, 2, m) == 0 || *p++ != sep ||
	    art_digits(&p, 2, d) == 0)
		return false;
	return !isalnum((unsigned char)*p) || *p == 'T';
}

bool
article_clock_at(const char *p)
{
	int	v;

	if (art_digits(&p, 2, &v) == 0 || (*p != ':' && *p != '.'))
		return false;
	p++;
	return art_digits(&p, 2, &v) == 2 && !isdigit((unsigned char)*p);
}

/* Whether a line is a clock time alone, as a live page stamps each of
 * its entries ("16:20 BST", "9.41am", "10:05 a.m. ET"): a clock time,
 * then at most two short words (am, pm, a zone). */
static bool
art_clock_line(const char *p, size_t len)
{
	const char	*end = p + len, *q;
	size_t		 words = 0;
	int		 v;

	if (!article_clock_at(p))
		return false;
	q = p;
	(void)art_digits(&q, 2, &v);
	q++;
	(void)art_digits(&q, 2, &v);
	while (q < end) {
		while (q < end && *q == ' ')
			q++;
		if (q == end)
			break;
		if (++words > 2)
			return false;
		for (p = q; q < end && *q != ' '; q++) {
			if (!isalpha((unsigned char)*q) && *q != '.')
				return false;
		}
		if (q - p > 4)
			return false;
	}
	return true;
}

/* "18 Nov 2022", "18 November, 2022", "18-Nov-2022", "18th November". */
static bool
art_date_dmy(const char *p, int *y, int *m, int *d)
{
	size_t	n;

	if (art_digits(&p, 2, d) == 0)
		return false;
	if ((n = art_alpha(p)) == 2 && art_month(p, n) == 0)
		p += 2;		/* 18th */
	art_skip(&p, " -");
	if ((*m = art_month(p, n = art_alpha(p))) == 0)
		return false;
	p += n;
	art_skip(&p, ".");
	art_skip(&p, " ,-");
	if (art_digits(&p, 4, y) != 4)
		return false;
	return !isalnum((unsigned char)*p) || article_clock_at(p);
}

/* "November 18, 2022", "Nov. 18 2022". */
static bool
art_date_mdy(const char *p, int *y, int *m, int *d)
{
	size_t	n;

	if ((*m = art_month(p, n = art_alpha(p))) == 0)
		return false;
	p += n;
	art_skip(&p, ".");
	art_skip(&p, " ");
	if (art_digits(&p, 2, d) == 0)
		return false;
	if (art_alpha(p) == 2)
		p += 2;
	art_skip(&p, " ,");
	if (art_digits(&p, 4, y) != 4)
		return false;
	return !isalnum((unsigned char)*p) || article_clock_at(p);
}

/* Skip a clock time and what may follow it before a date ("9:41 AM GMT,
 * ", "09.00 BST "); false, *p unmoved, when there is none. */
static bool
art_skip_time(const char **p)
{
	const char	*q = *p;
	int		 v;
	size_t		 n;

	if (art_digits(&q, 2, &v) == 0 || (*q != ':' && *q != '.'))
		return false;
	q++;
	if (art_digits(&q, 2, &v) != 2)
		return false;
	art_skip(&q, " ");
	n = art_alpha(q);
	if ((n == 2 && (strncasecmp(q, "am", 2) == 0 ||
	    strncasecmp(q, "pm", 2) == 0)) ||
	    strncasecmp(q, "a.m.", 4) == 0 || strncasecmp(q, "p.m.", 4) == 0) {
		q += n == 2 ? 2 : 4;
		art_skip(&q, " ");
		n = art_alpha(q);
	}
	/* A time zone: two to four capitals. */
	if (n >= 2 && n <= 4 && art_upper_run(q, n)) {
		q += n;
		art_skip(&q, " ");
	}
	art_skip(&q, ",|-");
	art_skip(&q, " ");
	*p = q;
	return true;
}

char *
article_parse_date(const char *s)
{
	const char	*p = s;
	size_t		 n;
	int		 y, m, d;

	if (s == NULL)
		return NULL;
	art_skip(&p, " \t\n");
	/* An RFC 822 date starts with the day of the week. */
	if ((n = art_alpha(p)) > 0 && art_weekday(p, n)) {
		p += n;
		art_skip(&p, ".");
		art_skip(&p, " ,");
	}
	if (!art_date_iso(p, &y, &m, &d) && !art_date_dmy(p, &y, &m, &d) &&
	    !art_date_mdy(p, &y, &m, &d)) {
		/* "9:41 AM GMT, February 11, 2025": the time first. */
		if (!art_skip_time(&p) || (!art_date_dmy(p, &y, &m, &d) &&
		    !art_date_mdy(p, &y, &m, &d)))
			return NULL;
	}
	if (!art_valid_date(y, m, d))
		return NULL;
	return xasprintf("%04d-%02d-%02d", y, m, d);
}

/*
 * A full date in a file's path or an article's address, for an article
 * whose text gives none: "NW-20250309-quake.txt", "2025-03-09-quake.html",
 * "IMG_2025_03_09.txt", ".../news/2025/03/09/quake".  The year, month and
 * day stand alone (nothing alphanumeric touches them), in that order,
 * with one separator between them or none; the last such date wins (the
 * file's own name before its folders), and only a year from 1900 to next
 * year counts.  A hex name ("bf1ca7114d4f3a23") or a number of other
 * lengths gives nothing.
 */
static char *
art_origin_date(const char *origin)
{
	const char	*p, *q;
	char		 sep;
	int		 y, m, d, best_y = 0, best_m = 0, best_d = 0, latest;
	time_t		 now = time(NULL);
	struct tm	 tm;

	latest = gmtime_r(&now, &tm) != NULL ? tm.tm_year + 1900 + 1 : 9999;
	for (p = origin; *p != '\0'; p++) {
		if (!isdigit((unsigned char)*p) || (p > origin &&
		    isalnum((unsigned char)p[-1])))
			continue;
		q = p;
		if (art_digits(&q, 4, &y) != 4)
			continue;
		sep = strchr("-_./", *q) != NULL && *q != '\0' ? *q++ : '\0';
		if (art_digits(&q, 2, &m) != 2 ||
		    (sep != '\0' && *q++ != sep) ||
		    art_digits(&q, 2, &d) != 2 || isalnum((unsigned char)*q))
			continue;
		if (y >= 1900 && y <= latest && art_valid_date(y, m, d)) {
			best_y = y;
			best_m = m;
			best_d = d;
		}
	}
	if (best_y == 0)
		return NULL;
	return xasprintf("%04d-%02d-%02d", best_y, best_m, best_d);
}

/* The length of the line at s (without its newline). */
static size_t
art_line_len(const char *s, const char *end)
{
	const char	*nl = memchr(s, '\n', (size_t)(end - s));

	return nl != NULL ? (size_t)(nl - s) : (size_t)(end - s);
}

static bool
art_blank(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if (s[i] != ' ' && s[i] != '\n')
			return false;
	}
	return true;
}

/* The header key of a "Key: value" line, or -1; *value is set. */
static int
art_header_key(const char *s, size_t len, const char **value)
{
	const char	*colon = memchr(s, ':', len);
	size_t		 kl, i;

	if (colon == NULL)
		return -1;
	for (kl = (size_t)(colon - s); kl > 0 && s[kl - 1] == ' '; kl--)
		continue;
	for (i = 0; i < UTIL_NELEM(art_keys); i++) {
		if (kl == strlen(art_keys[i]) &&
		    strncasecmp(s, art_keys[i], kl) == 0) {
			*value = colon + 1;
			return (int)i;
		}
	}
	return -1;
}

/*
 * Read the header block at the top of a text file, when every line of its
 * first paragraph is a known "Key: value".  Returns where the body starts.
 */
static const char *
art_text_header(struct article_draft *d, const char *s, const char *end)
{
	const char	*p, *value;
	size_t		 ll, lines = 0;
	char		*v;
	int		 key;

	while (s < end && *s == '\n')
		s++;
	for (p = s; p < end; p += ll + 1) {
		ll = art_line_len(p, end);
		if (art_blank(p, ll))
			break;
		if (art_header_key(p, ll, &value) < 0)
			return s;
		lines++;
	}
	if (lines == 0)
		return s;
	for (p = s; p < end; p += ll + 1) {
		ll = art_line_len(p, end);
		if (art_blank(p, ll))
			break;
		key = art_header_key(p, ll, &value);
		v = text_clean_line(value, ll - (size_t)(value - p));
		switch (key) {
		case ART_KEY_TITLE:
			article_draft_set(&d->title, v, strlen(v));
			break;
		case ART_KEY_SOURCE:
			article_draft_set(&d->source, v, strlen(v));
			break;
		case ART_KEY_AUTHOR:
			article_draft_set(&d->author, v, strlen(v));
			break;
		case ART_KEY_DATE:
			if (d->date == NULL)
				d->date = article_parse_date(v);
			break;
		default:
			article_draft_set(&d->url, v, strlen(v));
			break;
		}
		free(v);
	}
	return p < end ? p : end;
}

/* A leading "date 2022-11-18" token; returns where the text goes on. */
static const char *
art_text_date_token(struct article_draft *d, const char *s, const char *end)
{
	const char	*p = s;
	char		 tmp[11];

	while (p < end && *p == '\n')
		p++;
	if (end - p < 15 || strncasecmp(p, "date", 4) != 0 ||
	    (p[4] != ' ' && p[4] != ':'))
		return s;
	p += 5;
	while (p < end && *p == ' ')
		p++;
	if (end - p < 10 || (end - p > 10 && p[10] != ' ' && p[10] != '\n'))
		return s;
	memcpy(tmp, p, 10);
	tmp[10] = '\0';
	if (tmp[4] != '-' || tmp[7] != '-')
		return s;
	if (d->date == NULL && (d->date = article_parse_date(tmp)) == NULL)
		return s;
	return p + 10;
}

static size_t
art_chars(const char *s, size_t len)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/*
 * Turn one paragraph (blank-line separated block) of a text file into
 * units.  In a hard-wrapped block (three lines or more, most nearly as
 * long as the longest, which has 50 to 100 characters) lines are joined
 * until one ends a sentence short of the width; elsewhere a line is only
 * joined to the next when it is long, unpunctuated and the next starts in
 * lower case.  Every other line is a paragraph of its own, and so is a
 * clock time alone (a live page's stamp, "16:20 BST").
 */
static void
art_text_block(struct article_draft *d, const char *s, const char *end)
{
	struct buf	 cur;
	const char	*p, *next;
	size_t		 ll, nl, n = 0, w = 0, full = 0, c, first = d->n;
	bool		 wrapped, join;

	for (p = s; p < end; p += ll + 1) {
		ll = art_line_len(p, end);
		n++;
		if ((c = art_chars(p, ll)) > w)
			w = c;
	}
	for (p = s; p < end; p += ll + 1) {
		ll = art_line_len(p, end);
		full += art_chars(p, ll) * 4 >= w * 3;
	}
	wrapped = n >= 3 && w >= 50 && w <= 100 && full * 2 >= n;
	buf_init(&cur);
	for (p = s; p < end; p = next) {
		ll = art_line_len(p, end);
		next = p + ll + 1;
		buf_add(&cur, p, ll);
		join = false;
		nl = next < end ? art_line_len(next, end) : 0;
		if (nl > 0 && article_bullet_len(next, nl) == 0 &&
		    !art_clock_line(p, ll) && !art_clock_line(next, nl)) {
			c = art_chars(p, ll);
			if (wrapped)
				join = article_final_char(p, ll) == 0 ||
				    c * 4 >= w * 3;
			else
				join = c >= 40 &&
				    article_final_char(p, ll) == 0 &&
				    islower((unsigned char)*next);
		}
		if (join) {
			buf_addc(&cur, ' ');
			continue;
		}
		article_draft_add(d, cur.data, cur.len);
		cur.len = 0;
	}
	buf_fini(&cur);
	for (c = first; c < d->n; c++)
		d->units[c].block = first;
	if (d->n == first + 1)
		d->units[first].alone = true;
}

/* Split the body of a text file into blocks and these into units. */
static void
art_text_units(struct article_draft *d, const char *s, const char *end)
{
	const char	*p = s, *block = NULL;
	size_t		 ll;

	for (;;) {
		ll = p < end ? art_line_len(p, end) : 0;
		if (p >= end || art_blank(p, ll)) {
			if (block != NULL)
				art_text_block(d, block, p > end ? end : p);
			block = NULL;
			if (p >= end)
				break;
		} else if (block == NULL)
			block = p;
		p += ll + 1;
	}
}

/* True when the origin's extension says HTML. */
static bool
art_html_name(const char *origin)
{
	const char	*dot;

	if (origin == NULL || (dot = strrchr(origin, '.')) == NULL ||
	    strchr(dot, '/') != NULL)
		return false;
	return strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0 ||
	    strcasecmp(dot, ".xhtml") == 0;
}

/* The last " | " or " - " (and the like) in title, or NULL; *len is
 * its length. */
static char *
art_last_sep(char *title, size_t *len)
{
	static const char *const seps[] = {
		" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
		" \xC2\xB7 "
	};
	char	*cut, *best = NULL;
	size_t	 i, sl;

	*len = 0;
	for (i = 0; i < UTIL_NELEM(seps); i++) {
		sl = strlen(seps[i]);
		for (cut = title; (cut = strstr(cut, seps[i])) != NULL;
		    cut++) {
			if (cut > best) {
				best = cut;
				*len = sl;
			}
		}
	}
	return best == title ? NULL : best;
}

/*
 * Cut a " | Site" or " - Site" suffix off title when Site is name, or when
 * what comes before it is the page's own headline: "Sea wall to be rebuilt
 * - The Caldmouth Echo" under a heading "Sea wall to be rebuilt" names its
 * site even when no tag does.  Either may be NULL.
 */
static void
art_strip_site(char *title, const char *name, const char *headline)
{
	char	*best;
	size_t	 bl;

	if (title == NULL || (best = art_last_sep(title, &bl)) == NULL)
		return;
	if ((name != NULL && article_same_text(best + bl, strlen(best + bl),
	    name, strlen(name))) || (headline != NULL &&
	    article_same_text(title, (size_t)(best - title), headline,
	    strlen(headline))))
		*best = '\0';
}

/* A title from the first sentence of the body, cut at a word. */
static char *
art_first_sentence(const char *body)
{
	size_t	 n, fit, cut;

	for (n = 0; body[n] != '\0' && body[n] != '\n'; n++) {
		if (strchr(".!?", body[n]) != NULL &&
		    (body[n + 1] == ' ' || body[n + 1] == '\0')) {
			n++;
			break;
		}
	}
	fit = text_fit(body, n, ART_TITLE_COLS, NULL);
	if (fit == n)
		return xstrndup(body, n);
	for (cut = fit; cut > 0 && body[cut] != ' '; cut--)
		continue;
	if (cut == 0)
		cut = fit;
	while (cut > 0 && strchr(" ,;:", body[cut - 1]) != NULL)
		cut--;
	return xasprintf("%.*s\xE2\x80\xA6", (int)cut, body);
}

/* A clean copy of a hint, or NULL. */
static char *
art_hint(const char *s)
{
	char	*c;

	if (s == NULL)
		return NULL;
	c = text_clean_line(s, strlen(s));
	if (*c == '\0') {
		free(c);
		return NULL;
	}
	return c;
}

/* Join the units that are not furniture into a body. */
static char *
art_join(const struct article_draft *d, size_t *len)
{
	struct buf	 b;
	char		*body;
	size_t		 i;

	buf_init(&b);
	for (i = 0; i < d->n; i++) {
		if (d->units[i].drop)
			continue;
		if (b.len > 0)
			buf_adds(&b, "\n\n");
		buf_add(&b, d->units[i].text, d->units[i].len);
	}
	body = text_clean_body(b.data, b.len, len, NULL);
	buf_fini(&b);
	return body;
}

/*
 * A page's title that names no more than its site ("Harbour Wire",
 * "Harbour Wire | News") gives way to the headline on the page: when it is
 * the outlet's name, or when the headline shares at least two more words
 * with the start of the text than it does (and two at least).  A title
 * from the hints is the user's and stays.  HTML pages only: a text file's
 * title is the user's header or its first line.
 */
static void
art_generic_title(struct article *a, const struct article_draft *d,
    const struct article_hints *h)
{
	size_t	 th, hh;

	if (a->title == NULL || d->headline == NULL || h->title != NULL ||
	    d->title == NULL || article_same_text(a->title, strlen(a->title),
	    d->headline, strlen(d->headline)))
		return;
	hh = article_shared_words(d->headline, a->body);
	th = article_shared_words(a->title, a->body);
	if (hh < 2 || (hh < th + 2 && (a->source == NULL ||
	    !article_same_text(a->title, strlen(a->title), a->source,
	    strlen(a->source)))))
		return;
	free(a->title);
	a->title = text_clean_line(d->headline, strlen(d->headline));
}

/* Make the article from a draft and the hints. */
static struct article *
art_finish(struct article_draft *d, const struct article_hints *h,
    const char *origin)
{
	struct article	*a = xcalloc(1, sizeof *a);
	char		*hd;

	a->source = art_hint(h->source);
	if (a->source == NULL && d->source != NULL)
		a->source = xstrdup(d->source);
	if (a->source == NULL)
		a->source = art_hint(h->fallback_source);
	a->title = art_hint(h->title);
	if (a->title == NULL && d->title != NULL) {
		a->title = xstrdup(d->title);
		art_strip_site(a->title, a->source, NULL);
		art_strip_site(a->title, d->source, NULL);
		art_strip_site(a->title, h->fallback_source, d->headline);
	}
	if (a->title == NULL && d->headline != NULL)
		a->title = text_clean_line(d->headline, strlen(d->headline));
	hd = h->date != NULL ? article_parse_date(h->date) : NULL;
	a->date = hd != NULL ? hd : d->date != NULL ? xstrdup(d->date) : NULL;
	if (a->date == NULL && origin != NULL)
		a->date = art_origin_date(origin);
	a->url = art_hint(h->url);
	if (a->url == NULL && d->url != NULL)
		a->url = xstrdup(d->url);
	if (d->author != NULL)
		a->author = xstrdup(d->author);
	if (origin != NULL)
		a->origin = text_clean_line(origin, strlen(origin));
	return a;
}

/* Which parser a file goes to. */
static enum article_format
art_format(const char *s, size_t len, const char *origin,
    enum article_format f)
{
	if (f != ARTICLE_AUTO)
		return f;
	if (art_html_name(origin) || article_html_looks(s, len, true))
		return ARTICLE_HTML;
	return ARTICLE_TEXT;
}

/*
 * The encoding a page declares in its first bytes (<meta charset=…>, the
 * charset of a Content-Type <meta>, or an XML declaration's encoding),
 * by the name iconv knows, into name; false when none.  As browsers do,
 * ISO-8859-1 and ASCII are read as windows-1252.
 */
static bool
art_declared_encoding(const char *data, size_t len, char *name, size_t size)
{
	static const char *const keys[] = { "charset", "encoding" };
	static const char *const latin[] = {
		"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1",
		"us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252"
	};
	const char	*p, *end = data + (len < 4096 ? len : 4096), *hit;
	size_t		 k, n;

	for (k = 0; k < UTIL_NELEM(keys); k++) {
		size_t kl = strlen(keys[k]);
		for (hit = NULL, p = data; p + kl < end; p++) {
			if (strncasecmp(p, keys[k], kl) == 0) {
				hit = p + kl;
				break;
			}
		}
		if (hit == NULL)
			continue;
		while (hit < end && (*hit == ' ' || *hit == '='))
			hit++;
		while (hit < end && (*hit == '"' || *hit == '\''))
			hit++;
		for (n = 0; hit + n < end && n + 1 < size &&
		    (isalnum((unsigned char)hit[n]) || strchr("-_.:",
		    hit[n]) != NULL); n++)
			name[n] = (char)tolower((unsigned char)hit[n]);
		name[n] = '\0';
		if (n == 0)
			continue;
		for (size_t i = 0; i < UTIL_NELEM(latin); i++) {
			if (strcmp(name, latin[i]) == 0)
				snprintf(name, size, "CP1252");
		}
		return true;
	}
	return false;
}

/* Whether raw bytes open with a tag, after blanks (a page named
 * otherwise than .html). */
static bool
art_opens_tag(const char *data, size_t len)
{
	size_t	i = 0;

	while (i < len && (data[i] == ' ' || data[i] == '\t' ||
	    data[i] == '\r' || data[i] == '\n'))
		i++;
	return i < len && data[i] == '<';
}

/*
 * A page that is not UTF-8 and declares another encoding (or is served
 * with one in ctype, HTTP's Content-Type, when it declares none),
 * converted to UTF-8 (*out, caller frees); false when it is left as it is
 * (UTF-8, or an encoding that cannot be read: its bytes are then repaired
 * as any).
 */
static bool
art_html_to_utf8(const char *data, size_t len, const char *ctype,
    char **out, size_t *outlen)
{
	char		 name[40];
	uint8_t		*conv;
	size_t		 n = 0;

	if (u8_check((const uint8_t *)data, len) == NULL)
		return false;
	/* The page's own word, else the server's. */
	if (!art_declared_encoding(data, len, name, sizeof name) &&
	    (ctype == NULL || strstr(ctype, "charset") == NULL ||
	    !art_declared_encoding(ctype, strlen(ctype), name, sizeof name)))
		return false;
	if (strcmp(name, "utf-8") == 0 || strcmp(name, "utf8") == 0)
		return false;
	conv = u8_conv_from_encoding(name, iconveh_question_mark, data, len,
	    NULL, NULL, &n);
	if (conv == NULL)
		return false;
	*out = (char *)conv;
	*outlen = n;
	return true;
}

/* Parse clean text into a draft; the body is left to the caller. */
static int
art_parse_clean(struct article_draft *d, const char *s, size_t len,
    enum article_format format, const char *known, size_t *dropped,
    char **cause)
{
	const char	*end = s + len, *p;

	if (format == ARTICLE_HTML) {
		if (article_html_parse(s, len, d, cause) != 0)
			return -1;
	} else {
		p = art_text_header(d, s, end);
		p = art_text_date_token(d, p, end);
		art_text_units(d, p, end);
	}
	*dropped = article_furniture(d, known != NULL ? known : d->title);
	return 0;
}

int
article_parse(const char *data, size_t len, const char *origin,
    const struct article_hints *hints, struct article **out, char **cause)
{
	static const struct article_hints	 none;
	struct article_draft			 d;
	struct article				*a;
	enum article_format			 format;
	const char				*nul;
	char					*clean, *body;
	char					*conv = NULL;
	size_t					 clen, invalid, blen;
	size_t					 dropped = 0;

	*out = NULL;
	if (hints == NULL)
		hints = &none;
	if (len == 0) {
		*cause = xstrdup("file is empty");
		return -1;
	}
	if ((nul = memchr(data, '\0', len)) != NULL) {
		*cause = xasprintf("binary file (NUL byte at offset %zu)",
		    (size_t)(nul - data));
		return -1;
	}
	/* A page in another encoding that says so is read in it (the
	 * bytes are not text yet: no string function on them). */
	if ((hints->format == ARTICLE_HTML || (hints->format ==
	    ARTICLE_AUTO && (art_html_name(origin) ||
	    art_opens_tag(data, len)))) &&
	    art_html_to_utf8(data, len, hints->content_type, &conv, &clen))
		clean = text_clean(conv, clen, &clen, &invalid);
	else
		clean = text_clean(data, len, &clen, &invalid);
	free(conv);
	if (art_blank(clean, clen)) {
		free(clean);
		*cause = xstrdup("file has no text");
		return -1;
	}
	format = art_format(clean, clen, origin, hints->format);
	if (format == ARTICLE_HTML && !article_html_looks(clean, clen, false)) {
		free(clean);
		*cause = xstrdup("not HTML: no HTML tags found");
		return -1;
	}
	article_draft_init(&d);
	if (format == ARTICLE_RAW) {
		body = text_clean_body(clean, clen, &blen, NULL);
	} else {
		if (art_parse_clean(&d, clean, clen, format, hints->title,
		    &dropped, cause) != 0) {
			article_draft_fini(&d);
			free(clean);
			return -1;
		}
		body = art_join(&d, &blen);
	}
	free(clean);
	if (blen == 0) {
		free(body);
		article_draft_fini(&d);
		*cause = xstrdup("no article text found");
		return -1;
	}
	a = art_finish(&d, hints, origin);
	a->body = body;
	a->body_len = blen;
	if (format == ARTICLE_HTML)
		art_generic_title(a, &d, hints);
	if (a->title == NULL)
		a->title = art_first_sentence(body);
	a->invalid = invalid;
	a->dropped = dropped;
	article_draft_fini(&d);
	*out = a;
	return 0;
}

int
article_parse_file(const char *path, const struct article_hints *hints,
    struct article **out, char **cause)
{
	char	*data;
	size_t	 len;
	int	 rc;

	*out = NULL;
	if (util_read_file(path, ARTICLE_MAX_BYTES, &data, &len, cause) != 0)
		return -1;
	rc = article_parse(data, len, path, hints, out, cause);
	free(data);
	return rc;
}
