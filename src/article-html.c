/*
 * article-html: read an HTML page with libxml2's HTML parser (from memory,
 * never loading entities, DTDs or anything from the network) into a draft
 * article: metadata from <meta>, <title>, <time> and bylines; units from
 * the article body, found as itemprop=articleBody, the largest <article>,
 * or the container with the most paragraph text that is not links.
 * Navigation, scripts, forms, figures and other page chrome are removed
 * before any text is read.  It must not print or touch the store.
 */
#include "parallax/article.h"
#include "parallax/article-private.h"

#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "parallax/util.h"

/* Sibling containers scoring this share of the densest between them
 * widen it to their parent, each counting from this share (html_widen()). */
#define HTML_WIDEN_SHARE	0.5
#define HTML_WIDEN_EACH		0.2

/* A block of prose just before the text, weighing at most this share of
 * it, with at most this share of its text in links, is its lead (an intro
 * or standfirst a page sets apart from the body). */
#define HTML_LEAD_SHARE		0.5
/* A top heading longer than this is no title. */
#define HTML_H1_MAX		300
#define HTML_LEAD_LINKS		0.3

/* A page's JSON-LD "articleBody" is read instead of its paragraphs when
 * it has HTML_LD_MIN bytes at least and its paragraphs not half of them
 * (a page that builds its text with scripts); objects are looked for this
 * deep at most. */
#define HTML_LD_MIN	200
#define HTML_LD_DEPTH	8

/* Only the first bytes of a file are sniffed for tags. */
#define HTML_SNIFF	65536
#define HTML_SNIFF_AUTO	1024

/* Elements that are never article text. */
static const char *const html_drop[] = {
	"script", "style", "noscript", "nav", "aside", "footer", "form",
	"figure", "figcaption", "iframe", "button", "svg", "template",
	"select", "input", "textarea", "object", "embed", "canvas", "video",
	"audio", "dialog", "menu", "head", "math", "map", "label"
};

/* Elements that end a paragraph. */
static const char *const html_blocks[] = {
	"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div",
	"br", "section", "article", "header", "ul", "ol", "dl", "dt", "dd",
	"table", "tr", "pre", "hr", "address", "main", "body", "center",
	"details", "summary", "caption"
};

/* Parts of class and id names that mark page chrome. */
static const char *const html_chrome[] = {
	"share", "sharing", "social", "related", "newsletter", "promo",
	"advert", "advertisement", "ad", "ads", "cookie", "cookies",
	"comments", "subscribe", "subscription", "signup", "paywall",
	"breadcrumb", "breadcrumbs", "sidebar", "menu", "popup", "modal",
	"recommended", "outbrain", "taboola", "byline-share", "toolbar"
};

/* ARIA roles of page chrome. */
static const char *const html_roles[] = {
	"navigation", "complementary", "contentinfo", "search", "dialog",
	"banner", "menu", "menubar", "toolbar", "alert"
};

/* Metadata found in a page, best first within each field. */
struct html_meta {
	char	*og_title;
	char	*doc_title;
	char	*h1;		/* the first top heading's text */
	char	*site;
	char	*author;
	char	*author_alt;	/* a second, different author tag */
	char	*rel_author;
	char	*byline;
	char	*date;
	char	*time_date;
	char	*url;
	char	*canonical;
	char	*ld_body;	/* the longest JSON-LD "articleBody" */
	char	*ld_date;	/* the first JSON-LD "datePublished" */
	char	*ld_headline;	/* its first "headline" */
	char	*ld_author;	/* the name of its first "author" */
	char	*ld_publisher;	/* the name of its first "publisher" */
};

/* The text of a paragraph being read. */
struct html_walk {
	struct article_draft	*d;
	struct buf		 cur;
	size_t			 text;	/* non-space bytes */
	size_t			 link;	/* of which inside links */
	int			 in_link;
	int			 in_li;
	int			 in_heading;
};

/* Container scores of the densest-block search. */
struct html_score {
	xmlNodePtr	 node;
	double		 score;
};

struct html_scores {
	struct html_score	*v;
	size_t			 n;
	size_t			 cap;
};

static bool
html_is(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->name != NULL &&
	    strcasecmp((const char *)n->name, name) == 0;
}

static bool
html_in(xmlNodePtr n, const char *const *table, size_t len)
{
	size_t	i;

	if (n->type != XML_ELEMENT_NODE || n->name == NULL)
		return false;
	for (i = 0; i < len; i++) {
		if (strcasecmp((const char *)n->name, table[i]) == 0)
			return true;
	}
	return false;
}

/* An attribute's value, to free with xmlFree(), or NULL. */
static char *
html_attr(xmlNodePtr n, const char *name)
{
	return (char *)xmlGetProp(n, (const xmlChar *)name);
}

static bool
html_attr_is(xmlNodePtr n, const char *name, const char *value)
{
	char	*v = html_attr(n, name);
	bool	 is = v != NULL && strcasecmp(v, value) == 0;

	xmlFree(v);
	return is;
}

/* Whether attribute name of n starts with prefix, in any case. */
static bool
html_attr_has_prefix(xmlNodePtr n, const char *name, const char *prefix)
{
	char	*v = html_attr(n, name);
	bool	 is = v != NULL && strncasecmp(v, prefix, strlen(prefix)) == 0;

	xmlFree(v);
	return is;
}

/* Set *field to a copy of s unless it is set already or s is NULL. */
static void
html_keep(char **field, const char *s)
{
	if (*field == NULL && s != NULL && *s != '\0')
		*field = xstrdup(s);
}

/* The text content of a node, as a malloc'd string. */
static char *
html_text(xmlNodePtr n)
{
	xmlChar	*c = xmlNodeGetContent(n);
	char	*s = xstrdup(c != NULL ? (const char *)c : "");

	xmlFree(c);
	return s;
}

/* Bytes of s that are not white space. */
static size_t
html_ink(const char *s)
{
	size_t	n = 0;

	for (; *s != '\0'; s++)
		n += *s != ' ' && *s != '\n' && *s != '\t' && *s != '\r';
	return n;
}

/* Bytes of text under n that are not white space. */
static size_t
html_text_len(xmlNodePtr n, bool links_only, bool in_link)
{
	xmlNodePtr	 c;
	size_t		 len = 0;

	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if ((links_only && !in_link) || n->content == NULL)
			return 0;
		return html_ink((const char *)n->content);
	}
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	in_link = in_link || html_is(n, "a");
	for (c = n->children; c != NULL; c = c->next)
		len += html_text_len(c, links_only, in_link);
	return len;
}

/* A <meta> element: the Open Graph, Dublin Core and article fields. */
static void
html_meta_tag(xmlNodePtr n, struct html_meta *m)
{
	static const char *const dates[] = {
		"article:published_time", "og:article:published_time",
		"og:published_time", "date", "pubdate", "publishdate",
		"publish-date", "dc.date", "dc.date.issued", "datepublished",
		"dcterms.date", "dcterms.created", "sailthru.date"
	};
	char	*key, *content;
	size_t	 i;

	if ((key = html_attr(n, "property")) == NULL &&
	    (key = html_attr(n, "name")) == NULL &&
	    (key = html_attr(n, "itemprop")) == NULL)
		return;
	if ((content = html_attr(n, "content")) == NULL) {
		xmlFree(key);
		return;
	}
	if (strcasecmp(key, "og:title") == 0 ||
	    strcasecmp(key, "twitter:title") == 0)
		html_keep(&m->og_title, content);
	else if (strcasecmp(key, "og:site_name") == 0 ||
	    strcasecmp(key, "application-name") == 0)
		html_keep(&m->site, content);
	else if (strcasecmp(key, "og:url") == 0)
		html_keep(&m->url, content);
	else if ((strcasecmp(key, "author") == 0 ||
	    strcasecmp(key, "article:author") == 0 ||
	    strcasecmp(key, "dc.creator") == 0 ||
	    strcasecmp(key, "byl") == 0) &&
	    strncasecmp(content, "http", 4) != 0) {
		if (m->author != NULL && strcmp(m->author, content) != 0)
			html_keep(&m->author_alt, content);
		html_keep(&m->author, content);
	}
	for (i = 0; i < UTIL_NELEM(dates); i++) {
		if (strcasecmp(key, dates[i]) == 0 && m->date == NULL)
			m->date = article_parse_date(content);
	}
	xmlFree(key);
	xmlFree(content);
}

/* True when a class or id attribute has a part naming one of table. */
static bool
html_class_has(xmlNodePtr n, const char *attr, const char *const *table,
    size_t len)
{
	char	*v = html_attr(n, attr), *p, *save = NULL;
	size_t	 i;
	bool	 has = false;

	if (v == NULL)
		return false;
	for (p = strtok_r(v, " \t\n-_", &save); p != NULL && !has;
	    p = strtok_r(NULL, " \t\n-_", &save)) {
		for (i = 0; i < len && !has; i++)
			has = strcasecmp(p, table[i]) == 0;
	}
	xmlFree(v);
	return has;
}

/* The first element below n whose class or itemprop names a name. */
static xmlNodePtr
html_find_name(xmlNodePtr n)
{
	static const char *const name[] = { "name" };
	xmlNodePtr		 c, found;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (html_class_has(c, "class", name, 1) ||
		    html_attr_is(c, "itemprop", "name"))
			return c;
		if ((found = html_find_name(c)) != NULL)
			return found;
	}
	return NULL;
}

/* A byline's text: its name part alone when it marks one, so that the
 * writer's role and town beside it stay out. */
static char *
html_byline(xmlNodePtr n)
{
	xmlNodePtr	 name = html_find_name(n);
	char		*s;

	if (name != NULL) {
		s = html_text(name);
		if (*s != '\0')
			return s;
		free(s);
	}
	return html_text(n);
}

/* Keep s in *best as html_ld_find() does; true when the search is over
 * (the first was wanted and is found). */
static bool
html_ld_keep(const char **best, const char *s, bool longest)
{
	if (s != NULL && (*best == NULL ||
	    (longest && strlen(s) > strlen(*best))))
		*best = s;
	return *best != NULL && !longest;
}

/*
 * A string under key in a JSON-LD value (an object, an array of them, a
 * "@graph"): the longest there is when longest is set, else the first.
 * NULL if none.
 */
static const char *
html_ld_find(json_t *j, const char *key, bool longest, int depth)
{
	const char	*best = NULL, *k;
	json_t		*v;
	size_t		 i;

	if (depth > HTML_LD_DEPTH)
		return NULL;
	if (json_is_array(j)) {
		json_array_foreach(j, i, v) {
			if (html_ld_keep(&best, html_ld_find(v, key, longest,
			    depth + 1), longest))
				break;
		}
		return best;
	}
	if (!json_is_object(j))
		return NULL;
	if (json_is_string(v = json_object_get(j, key)) &&
	    html_ld_keep(&best, json_string_value(v), longest))
		return best;
	json_object_foreach(j, k, v) {
		if (html_ld_keep(&best, html_ld_find(v, key, longest,
		    depth + 1), longest))
			break;
	}
	return best;
}

/* The first value under key in a JSON-LD value, or NULL. */
static json_t *
html_ld_value(json_t *j, const char *key, int depth)
{
	const char	*k;
	json_t		*v, *f;
	size_t		 i;

	if (depth > HTML_LD_DEPTH)
		return NULL;
	if (json_is_array(j)) {
		json_array_foreach(j, i, v) {
			if ((f = html_ld_value(v, key, depth + 1)) != NULL)
				return f;
		}
		return NULL;
	}
	if (!json_is_object(j))
		return NULL;
	if ((v = json_object_get(j, key)) != NULL)
		return v;
	json_object_foreach(j, k, v) {
		if ((f = html_ld_value(v, key, depth + 1)) != NULL)
			return f;
	}
	return NULL;
}

/* The name a JSON-LD person or organisation goes by: the string itself,
 * its "name", or the first of a list's.  NULL if none. */
static const char *
html_ld_name(json_t *v)
{
	if (json_is_array(v))
		v = json_array_get(v, 0);
	if (json_is_object(v))
		v = json_object_get(v, "name");
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* A <script type="application/ld+json">: keep its articleBody if it is
 * the longest yet, and its first publication date, headline, author and
 * publisher.  A script that is not JSON says nothing. */
static void
html_ld_script(xmlNodePtr n, struct html_meta *m)
{
	xmlChar		*text = xmlNodeGetContent(n);
	json_t		*j;
	json_error_t	 err;
	const char	*body, *date;

	if (text == NULL)
		return;
	j = json_loadb((const char *)text, strlen((const char *)text), 0,
	    &err);
	xmlFree(text);
	if (j == NULL)
		return;
	body = html_ld_find(j, "articleBody", true, 0);
	if (body != NULL && (m->ld_body == NULL ||
	    strlen(body) > strlen(m->ld_body))) {
		free(m->ld_body);
		m->ld_body = xstrdup(body);
	}
	if (m->ld_date == NULL &&
	    (date = html_ld_find(j, "datePublished", false, 0)) != NULL)
		m->ld_date = article_parse_date(date);
	html_keep(&m->ld_headline, html_ld_find(j, "headline", false, 0));
	html_keep(&m->ld_author, html_ld_name(html_ld_value(j, "author", 0)));
	html_keep(&m->ld_publisher, html_ld_name(html_ld_value(j, "publisher",
	    0)));
	json_decref(j);
}

/* Walk the whole page for its metadata. */
static void
html_find_meta(xmlNodePtr n, struct html_meta *m)
{
	static const char *const byline[] = { "byline", "author" };
	char		*s, *href;
	xmlNodePtr	 c;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (html_is(n, "meta"))
			html_meta_tag(n, m);
		else if (html_is(n, "script") && html_attr_has_prefix(n,
		    "type", "application/ld+json"))
			html_ld_script(n, m);
		else if (html_is(n, "title") && m->doc_title == NULL)
			m->doc_title = html_text(n);
		else if (html_is(n, "h1") && m->h1 == NULL &&
		    html_text_len(n, true, false) * 2 <=
		    html_text_len(n, false, false))
			m->h1 = html_text(n);	/* a logo links home */
		else if (html_is(n, "link") &&
		    html_attr_is(n, "rel", "canonical")) {
			href = html_attr(n, "href");
			html_keep(&m->canonical, href);
			xmlFree(href);
		} else if (html_is(n, "time") && m->time_date == NULL) {
			if ((s = html_attr(n, "datetime")) != NULL)
				m->time_date = article_parse_date(s);
			xmlFree(s);
		} else if (html_is(n, "a") && m->rel_author == NULL &&
		    html_attr_is(n, "rel", "author"))
			m->rel_author = html_text(n);
		else if (m->byline == NULL && (html_class_has(n, "class",
		    byline, UTIL_NELEM(byline)) || html_attr_is(n, "itemprop",
		    "author"))) {
			s = html_byline(n);
			if (*s != '\0' && strlen(s) < 120)
				m->byline = s;
			else
				free(s);
		}
		c = n->children;
		if (c != NULL)
			html_find_meta(c, m);
	}
}

/* True when n sits inside an <article>. */
static bool
html_inside_article(xmlNodePtr n)
{
	for (n = n->parent; n != NULL; n = n->parent) {
		if (html_is(n, "article"))
			return true;
	}
	return false;
}

/* True when n holds the article body, so that it is never pruned. */
static bool
html_holds_article(xmlNodePtr n)
{
	xmlNodePtr	c;

	if (html_is(n, "article") || html_is(n, "main") ||
	    html_is(n, "body") || html_is(n, "html") ||
	    html_attr_is(n, "itemprop", "articleBody"))
		return true;
	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE && html_holds_article(c))
			return true;
	}
	return false;
}

/* True when an element is page chrome to remove before reading. */
static bool
html_is_chrome(xmlNodePtr n, size_t total)
{
	char	*v;
	bool	 hidden;

	if (html_in(n, html_drop, UTIL_NELEM(html_drop)))
		return true;
	if (html_is(n, "header") && !html_inside_article(n))
		return true;
	if (xmlHasProp(n, (const xmlChar *)"hidden") != NULL ||
	    html_attr_is(n, "aria-hidden", "true"))
		return true;
	v = html_attr(n, "role");
	hidden = false;
	if (v != NULL) {
		size_t	i;

		for (i = 0; i < UTIL_NELEM(html_roles); i++)
			hidden = hidden || strcasecmp(v, html_roles[i]) == 0;
		xmlFree(v);
	}
	if (hidden && !html_holds_article(n))
		return true;
	if (!html_class_has(n, "class", html_chrome,
	    UTIL_NELEM(html_chrome)) && !html_class_has(n, "id", html_chrome,
	    UTIL_NELEM(html_chrome)))
		return false;
	/* A chrome-sounding name on the main text is somebody's joke. */
	return !html_holds_article(n) &&
	    html_text_len(n, false, false) * 2 < total;
}

/* Remove chrome elements (and comments) from the tree under n. */
static void
html_prune(xmlNodePtr n, size_t total)
{
	xmlNodePtr	c, next;

	for (c = n->children; c != NULL; c = next) {
		next = c->next;
		if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE ||
		    c->type == XML_ENTITY_REF_NODE || c->type == XML_DTD_NODE ||
		    (c->type == XML_ELEMENT_NODE && html_is_chrome(c, total))) {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		} else if (c->type == XML_ELEMENT_NODE)
			html_prune(c, total);
	}
}

/* The first element under n with itemprop=articleBody, or NULL. */
static xmlNodePtr
html_find_body(xmlNodePtr n)
{
	xmlNodePtr	c, f;

	for (c = n; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (html_attr_is(c, "itemprop", "articleBody"))
			return c;
		if ((f = html_find_body(c->children)) != NULL)
			return f;
	}
	return NULL;
}

/* The <article> under n with the most text; *best_len is its text. */
static void
html_find_article(xmlNodePtr n, xmlNodePtr *best, size_t *best_len)
{
	xmlNodePtr	c;
	size_t		len;

	for (c = n; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (html_is(c, "article") &&
		    (len = html_text_len(c, false, false)) > *best_len) {
			*best = c;
			*best_len = len;
		}
		html_find_article(c->children, best, best_len);
	}
}

static void
html_score_add(struct html_scores *s, xmlNodePtr node, double score)
{
	size_t	i;

	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return;
	if (node->_private != NULL) {
		i = (size_t)(uintptr_t)node->_private - 1;
		s->v[i].score += score;
		return;
	}
	if (s->n == s->cap) {
		s->cap = s->cap == 0 ? 64 : s->cap * 2;
		s->v = xreallocarray(s->v, s->cap, sizeof *s->v);
	}
	s->v[s->n].node = node;
	s->v[s->n].score = score;
	node->_private = (void *)(uintptr_t)(++s->n);
}

/* Score every paragraph's parent (and, half, grandparent) by its text
 * less its link text. */
static void
html_score_paragraphs(xmlNodePtr n, struct html_scores *s)
{
	xmlNodePtr	c;
	double		score;

	for (c = n; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (html_is(c, "p") || html_is(c, "pre") ||
		    html_is(c, "blockquote")) {
			score = (double)html_text_len(c, false, false) -
			    (double)html_text_len(c, true, false);
			if (score > 0) {
				html_score_add(s, c->parent, score);
				if (c->parent != NULL)
					html_score_add(s, c->parent->parent,
					    score / 2);
			}
			continue;
		}
		html_score_paragraphs(c->children, s);
	}
}

/* The score of a container, 0 when it has none. */
static double
html_score_of(const struct html_scores *s, xmlNodePtr n)
{
	if (n == NULL || n->_private == NULL)
		return 0;
	return s->v[(size_t)(uintptr_t)n->_private - 1].score;
}

/* The best score of a container at or under n: what the paragraphs of
 * its best part weigh, however deep they sit. */
static double
html_score_under(const struct html_scores *s, xmlNodePtr n)
{
	xmlNodePtr	c;
	double		best = html_score_of(s, n), v;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE &&
		    (v = html_score_under(s, c)) > best)
			best = v;
	}
	return best;
}

/* Whether a and b are blocks of one kind: the same element with the same
 * class, as a page repeats for each part of its text. */
static bool
html_same_kind(xmlNodePtr a, xmlNodePtr b)
{
	char	*ca, *cb;
	bool	 same;

	if (strcmp((const char *)a->name, (const char *)b->name) != 0)
		return false;
	ca = html_attr(a, "class");
	cb = html_attr(b, "class");
	same = ca != NULL && cb != NULL && *ca != '\0' && strcmp(ca, cb) == 0;
	xmlFree(ca);
	xmlFree(cb);
	return same;
}

/* Whether n is its parent's only element. */
static bool
html_only_child(xmlNodePtr n)
{
	xmlNodePtr	c;

	for (c = n->parent->children; c != NULL; c = c->next) {
		if (c != n && c->type == XML_ELEMENT_NODE)
			return false;
	}
	return true;
}

/*
 * Widen the densest container to take in the rest of the text.  A page
 * that wraps each paragraph in a block of its own, or splits the text
 * around an advertisement, scores its paragraphs in separate containers;
 * the best of them holds one paragraph.  Climb out of wrappers that hold
 * nothing else, then to the parent when the siblings hold paragraphs
 * scoring HTML_WIDEN_SHARE of the best between them (each sibling by its
 * best container, at least HTML_WIDEN_EACH of the best: a block of a few
 * links or a caption does not count) or when a sibling of the same kind
 * (element and class) holds any, and again from there.  An <article> is a
 * whole: it is not climbed out of, and one beside the text is another
 * text.
 */
static xmlNodePtr
html_widen(const struct html_scores *s, xmlNodePtr best, double score)
{
	xmlNodePtr	n = best, c;
	double		more, v;
	bool		like;

	while (n->parent != NULL && n->parent->type == XML_ELEMENT_NODE &&
	    !html_is(n, "article")) {
		if (html_only_child(n)) {
			n = n->parent;
			continue;
		}
		more = 0;
		like = false;
		for (c = n->parent->children; c != NULL; c = c->next) {
			if (c == n || c->type != XML_ELEMENT_NODE ||
			    html_is(c, "article") ||
			    (v = html_score_under(s, c)) <= 0)
				continue;
			if (v >= HTML_WIDEN_EACH * score)
				more += v;
			like = like || html_same_kind(c, n);
		}
		if (more < HTML_WIDEN_SHARE * score && !like)
			break;
		n = n->parent;
	}
	/* Only wrappers climbed: the container itself is the answer. */
	for (c = best; c != n; c = c->parent) {
		if (!html_only_child(c))
			return n;
	}
	return best;
}

/*
 * The lead of the text in n: the element just before it, when that holds
 * prose paragraphs (an intro or a standfirst in a block of its own, as
 * many pages set it apart from the body) weighing at most HTML_LEAD_SHARE
 * of the text, and few links; else NULL.  A block of links, a byline in
 * no paragraph or a picture with its caption is no lead.
 */
static xmlNodePtr
html_lead(const struct html_scores *s, xmlNodePtr n, double score)
{
	xmlNodePtr	c;
	size_t		text, links;
	double		v;

	for (c = n->prev; c != NULL; c = c->prev) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if ((text = html_text_len(c, false, false)) == 0)
			continue;
		if (html_is(c, "figure") || html_is(c, "picture"))
			continue;
		links = html_text_len(c, true, false);
		v = html_is(c, "p") ? (double)text - (double)links :
		    html_score_under(s, c);
		if (v <= 0 || v > HTML_LEAD_SHARE * score ||
		    (double)links > HTML_LEAD_LINKS * (double)text)
			return NULL;
		return c;
	}
	return NULL;
}

/* The lead (html_lead()) of a body the page marks as such. */
static xmlNodePtr
html_lead_of(xmlNodePtr root, xmlNodePtr body)
{
	struct html_scores	 s = { NULL, 0, 0 };
	xmlNodePtr		 lead;
	size_t			 i;

	html_score_paragraphs(root, &s);
	lead = html_lead(&s, body, (double)html_text_len(body, false, false) -
	    (double)html_text_len(body, true, false));
	for (i = 0; i < s.n; i++)
		s.v[i].node->_private = NULL;
	free(s.v);
	return lead;
}

/* The container with the densest paragraphs, widened to the rest of the
 * text (html_widen()), or NULL; *best_score is the text it weighs, *lead
 * the block before it that leads it (html_lead()) or NULL. */
static xmlNodePtr
html_densest(xmlNodePtr root, double *best_score, xmlNodePtr *lead)
{
	struct html_scores	 s = { NULL, 0, 0 };
	xmlNodePtr		 best = NULL, wide;
	size_t			 i;

	*best_score = 0;
	*lead = NULL;
	html_score_paragraphs(root, &s);
	for (i = 0; i < s.n; i++) {
		if (s.v[i].score > *best_score) {
			*best_score = s.v[i].score;
			best = s.v[i].node;
		}
	}
	if (best != NULL && (wide = html_widen(&s, best, *best_score)) !=
	    best) {
		/* The widened text, less its links, is what it weighs. */
		best = wide;
		*best_score = fmax(*best_score,
		    (double)html_text_len(best, false, false) -
		    (double)html_text_len(best, true, false));
	}
	if (best != NULL && !html_is(best, "body"))
		*lead = html_lead(&s, best, *best_score);
	for (i = 0; i < s.n; i++)
		s.v[i].node->_private = NULL;
	free(s.v);
	return best;
}

/* End the paragraph being read: it becomes a unit. */
static void
html_flush(struct html_walk *w)
{
	struct article_unit	*u;

	u = article_draft_add(w->d, w->cur.data, w->cur.len);
	if (u != NULL) {
		u->bullet = w->in_li > 0;
		u->linky = w->text > 0 && w->link * 10 >= w->text * 9;
		u->linkish = w->text > 0 && w->link * 2 >= w->text;
		u->alone = w->in_heading > 0;
	}
	w->cur.len = 0;
	w->cur.data[0] = '\0';
	w->text = w->link = 0;
}

/* Add text with its white space collapsed. */
static void
html_add_text(struct html_walk *w, const char *s)
{
	bool	space;

	for (; *s != '\0'; s++) {
		space = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r' ||
		    *s == '\f';
		if (space) {
			if (w->cur.len > 0 &&
			    w->cur.data[w->cur.len - 1] != ' ')
				buf_addc(&w->cur, ' ');
			continue;
		}
		buf_addc(&w->cur, *s);
		w->text++;
		w->link += w->in_link > 0;
	}
}

/* Read the paragraphs under n. */
static void
html_walk(struct html_walk *w, xmlNodePtr n)
{
	xmlNodePtr	c;
	bool		block, heading, li, link;

	for (c = n; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE) {
			if (c->content != NULL)
				html_add_text(w, (const char *)c->content);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (html_is(c, "td") || html_is(c, "th")) {
			buf_addc(&w->cur, ' ');
		}
		block = html_in(c, html_blocks, UTIL_NELEM(html_blocks));
		heading = c->name[0] == 'h' && c->name[1] >= '1' &&
		    c->name[1] <= '6' && c->name[2] == '\0';
		li = html_is(c, "li");
		link = html_is(c, "a");
		if (block)
			html_flush(w);
		w->in_li += li;
		w->in_link += link;
		w->in_heading += heading;
		html_walk(w, c->children);
		if (block)
			html_flush(w);
		w->in_heading -= heading;
		w->in_li -= li;
		w->in_link -= link;
	}
}

/* Skip white space, an XML declaration and comments at the start of s
 * (NUL-terminated, n bytes looked at). */
static void
html_skip_prolog(const char **s, size_t *n)
{
	const char	*close, *end;

	for (;;) {
		while (*n > 0 && (**s == ' ' || **s == '\n')) {
			(*s)++;
			(*n)--;
		}
		if (util_has_prefix_ci(*s, "<!--"))
			close = "-->";
		else if (util_has_prefix_ci(*s, "<?xml"))
			close = "?>";
		else
			return;
		if ((end = strstr(*s, close)) == NULL)
			return;
		end += strlen(close);
		if ((size_t)(end - *s) > *n)
			return;
		*n -= (size_t)(end - *s);
		*s = end;
	}
}

bool
article_html_looks(const char *s, size_t len, bool strict)
{
	static const char *const tags[] = {
		"<html", "<!doctype html", "<head", "<body", "<p>", "<p ",
		"<div", "<article", "<title", "<meta", "<br", "<span", "<a ",
		"<h1", "<h2", "<h3", "<ul", "<section", "<main", "<table",
		"<img", "<em>", "<strong>"
	};
	static const char *const strong[] = { "<body", "<p>", "<p " };
	size_t	 i, j, n = len < HTML_SNIFF ? len : HTML_SNIFF;

	html_skip_prolog(&s, &n);
	if (strict) {
		if (util_has_prefix_ci(s, "<!doctype html") ||
		    util_has_prefix_ci(s, "<html") ||
		    util_has_prefix_ci(s, "<head"))
			return true;
		if (n > HTML_SNIFF_AUTO)
			n = HTML_SNIFF_AUTO;
	}
	for (i = 0; i < n; i++) {
		if (s[i] != '<')
			continue;
		for (j = 0; j < (strict ? UTIL_NELEM(strong) :
		    UTIL_NELEM(tags)); j++) {
			const char	*t = strict ? strong[j] : tags[j];

			if (n - i >= strlen(t) && strncasecmp(s + i, t,
			    strlen(t)) == 0)
				return true;
		}
	}
	return false;
}

/* Move the metadata found into the draft, best source first. */
static void
html_meta_to_draft(struct html_meta *m, struct article_draft *d)
{
	char	*by;

	article_draft_set(&d->title, m->og_title, m->og_title != NULL ?
	    strlen(m->og_title) : 0);
	article_draft_set(&d->title, m->ld_headline, m->ld_headline != NULL ?
	    strlen(m->ld_headline) : 0);
	article_draft_set(&d->title, m->doc_title, m->doc_title != NULL ?
	    strlen(m->doc_title) : 0);
	/* A page without a title tag: its top heading. */
	if (m->h1 != NULL && strlen(m->h1) <= HTML_H1_MAX)
		article_draft_set(&d->title, m->h1, strlen(m->h1));
	article_draft_set(&d->source, m->site, m->site != NULL ?
	    strlen(m->site) : 0);
	article_draft_set(&d->source, m->ld_publisher, m->ld_publisher !=
	    NULL ? strlen(m->ld_publisher) : 0);
	/* A site that names itself as the author says nothing: the byline
	 * or rel=author then tells who wrote it. */
	if (m->author != NULL && m->site != NULL &&
	    strcasecmp(m->author, m->site) == 0) {
		free(m->author);
		m->author = m->author_alt;
		m->author_alt = NULL;
	}
	article_draft_set(&d->author, m->author, m->author != NULL ?
	    strlen(m->author) : 0);
	article_draft_set(&d->author, m->rel_author, m->rel_author != NULL ?
	    strlen(m->rel_author) : 0);
	if (m->byline != NULL) {
		by = m->byline;
		while (*by == ' ' || *by == '\n' || *by == '\t')
			by++;
		if (strncasecmp(by, "by ", 3) == 0)
			by += 3;
		article_draft_set(&d->author, by, strlen(by));
	}
	article_draft_set(&d->author, m->ld_author, m->ld_author != NULL ?
	    strlen(m->ld_author) : 0);
	if (d->date == NULL) {
		d->date = m->date != NULL ? m->date : m->time_date != NULL ?
		    m->time_date : m->ld_date;
		if (d->date == m->date)
			m->date = NULL;
		else if (d->date == m->time_date)
			m->time_date = NULL;
		else
			m->ld_date = NULL;
	}
	article_draft_set(&d->url, m->url, m->url != NULL ? strlen(m->url) :
	    0);
	article_draft_set(&d->url, m->canonical, m->canonical != NULL ?
	    strlen(m->canonical) : 0);
	free(m->og_title);
	free(m->doc_title);
	free(m->h1);
	free(m->site);
	free(m->author);
	free(m->author_alt);
	free(m->rel_author);
	free(m->byline);
	free(m->date);
	free(m->time_date);
	free(m->url);
	free(m->canonical);
	free(m->ld_date);
	free(m->ld_headline);
	free(m->ld_author);
	free(m->ld_publisher);
}

/*
 * A document of a JSON-LD articleBody: HTML as it is when it holds tags,
 * else text whose lines are paragraphs (entities decoded by the parser
 * either way).  NULL if libxml2 makes nothing of it.
 */
static htmlDocPtr
html_ld_doc(const char *text)
{
	struct buf	 b;
	const char	*p;
	htmlDocPtr	 doc;
	bool		 tags = strstr(text, "</") != NULL ||
			    strstr(text, "<p") != NULL ||
			    strstr(text, "<br") != NULL;

	buf_init(&b);
	buf_adds(&b, "<html><body><div>");
	for (p = text; *p != '\0'; p++) {
		if (*p == '\n' && !tags)
			buf_adds(&b, "<br>");
		else
			buf_addc(&b, *p);
	}
	buf_adds(&b, "</div></body></html>");
	doc = b.len > INT_MAX ? NULL : htmlReadMemory(b.data, (int)b.len,
	    NULL, "UTF-8", HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
	buf_fini(&b);
	return doc;
}

static pthread_once_t	html_once = PTHREAD_ONCE_INIT;

int
article_html_parse(const char *html, size_t len, struct article_draft *d,
    char **cause)
{
	struct html_meta	 m;
	struct html_walk	 w;
	htmlDocPtr		 doc;
	xmlNodePtr		 root, body, art = NULL, lead = NULL;
	size_t			 art_len = 0;
	double			 dense;
	char			*ld;

	if (len > INT_MAX) {
		*cause = xstrdup("not HTML: too large");
		return -1;
	}
	/* libxml2 is initialised once before any thread parses with it
	 * (add parses on several). */
	if (pthread_once(&html_once, xmlInitParser) != 0)
		die("pthread_once failed");
	doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
	    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_RECOVER);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL) {
		xmlFreeDoc(doc);
		*cause = xstrdup("not HTML: libxml2 made no document of it");
		return -1;
	}
	memset(&m, 0, sizeof m);
	html_find_meta(root, &m);
	ld = m.ld_body;
	m.ld_body = NULL;
	html_meta_to_draft(&m, d);
	html_prune(root, html_text_len(root, false, false));
	if ((body = html_find_body(root)) == NULL) {
		html_find_article(root, &art, &art_len);
		body = html_densest(root, &dense, &lead);
		if (art != NULL &&
		    (body == NULL || (double)art_len >= dense / 2)) {
			body = art;
			lead = NULL;
		}
		if (body == NULL)
			body = root;
	} else
		lead = html_lead_of(root, body);
	/* A page that builds its text with scripts may give it whole in
	 * its JSON-LD. */
	if (ld != NULL && strlen(ld) >= HTML_LD_MIN &&
	    html_text_len(body, false, false) * 2 < html_ink(ld)) {
		xmlFreeDoc(doc);
		doc = html_ld_doc(ld);
		body = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
		lead = NULL;
	}
	free(ld);
	memset(&w, 0, sizeof w);
	w.d = d;
	buf_init(&w.cur);
	if (lead != NULL) {
		html_walk(&w, lead->children);
		html_flush(&w);
	}
	if (body != NULL)
		html_walk(&w, body->children);
	html_flush(&w);
	buf_fini(&w.cur);
	xmlFreeDoc(doc);
	return 0;
}
