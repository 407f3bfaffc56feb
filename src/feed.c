/*
 * feed: RSS, Atom, JSON Feed and OPML, parsed from memory.  XML goes
 * through libxml2 with the network off, every external load refused by
 * our entity loader, and a SAX hook that stops the parser at the first
 * entity declaration (the billion laughs and external entities both start
 * with one), so nothing here can read a file, open a socket or expand
 * without bound.  Links are kept only when they are http or https.  This
 * module must not fetch, store or print.
 */
#include "parallax/feed.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/uri.h>

#include "parallax/util.h"

#define NS_ATOM		"http://www.w3.org/2005/Atom"
#define NS_RSS1		"http://purl.org/rss/1.0/"
#define NS_RSS090	"http://my.netscape.com/rdf/simple/0.9/"
#define NS_RDF		"http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_CONTENT	"http://purl.org/rss/1.0/modules/content/"
#define NS_DC		"http://purl.org/dc/elements/1.1/"
#define NS_XHTML	"http://www.w3.org/1999/xhtml"

/* Keys longer than this are replaced by their hash. */
#define FEED_KEY_MAX	512

/* What the SAX hooks saw while one document was parsed. */
struct feed_xml {
	char	*entity;	/* the first entity declared */
	int	 entity_line;
	char	*error;		/* the first error, with its line */
};

/* ---- XML reading ---- */

/* Every external entity, DTD or XInclude load is refused. */
static xmlParserInputPtr
feed_no_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

static void
feed_entity_seen(xmlParserCtxtPtr ctxt, const xmlChar *name)
{
	struct feed_xml	*fx = ctxt->_private;

	if (fx != NULL && fx->entity == NULL) {
		fx->entity = xstrdup(name != NULL ? (const char *)name : "?");
		fx->entity_line = ctxt->input != NULL ? ctxt->input->line : 0;
	}
	xmlStopParser(ctxt);
}

/* SAX: an entity declaration stops the parse; the entity is never made. */
static void
feed_entity_decl(void *ctx, const xmlChar *name, int type,
    const xmlChar *public_id, const xmlChar *system_id, xmlChar *content)
{
	(void)type;
	(void)public_id;
	(void)system_id;
	(void)content;
	feed_entity_seen(ctx, name);
}

static void
feed_unparsed_decl(void *ctx, const xmlChar *name, const xmlChar *public_id,
    const xmlChar *system_id, const xmlChar *notation)
{
	(void)public_id;
	(void)system_id;
	(void)notation;
	feed_entity_seen(ctx, name);
}

/* SAX: keep the first error (the one that explains) and print nothing. */
static void
feed_error(void *ctx, xmlErrorPtr err)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	struct feed_xml		*fx = ctxt != NULL ? ctxt->_private : NULL;
	char			*msg;
	size_t			 n;

	if (fx == NULL || fx->error != NULL || err == NULL ||
	    err->level < XML_ERR_ERROR)
		return;
	msg = xstrdup(err->message != NULL ? err->message : "malformed XML");
	n = strlen(msg);
	while (n > 0 && isspace((unsigned char)msg[n - 1]))
		msg[--n] = '\0';
	fx->error = xasprintf("line %d: %s", err->line, msg);
	free(msg);
}

/* True when the document's DTD declares any entity (after the SAX hook
 * this cannot happen; checked anyway, cheaply). */
static bool
feed_has_entities(xmlDocPtr doc)
{
	xmlDtdPtr	dtds[2] = { doc->intSubset, doc->extSubset };
	xmlNodePtr	n;
	size_t		i;

	for (i = 0; i < 2; i++) {
		if (dtds[i] == NULL)
			continue;
		if (dtds[i]->entities != NULL || dtds[i]->pentities != NULL)
			return true;
		for (n = dtds[i]->children; n != NULL; n = n->next) {
			if (n->type == XML_ENTITY_DECL)
				return true;
		}
	}
	return false;
}

/*
 * Parse an XML document from memory under our rules.  Returns the
 * document (free with xmlFreeDoc()) or NULL with *cause.
 */
static xmlDocPtr
feed_xml_read(const char *data, size_t len, const char *base, char **cause)
{
	struct feed_xml		 fx = { NULL, 0, NULL };
	xmlParserCtxtPtr	 ctxt;
	xmlDocPtr		 doc = NULL;
	bool			 wf;

	if (len > FEED_MAX_BYTES || len > INT_MAX) {
		*cause = xstrdup("document is larger than 10 MiB");
		return NULL;
	}
	xmlSetExternalEntityLoader(feed_no_loader);
	if ((ctxt = xmlCreateMemoryParserCtxt(data, (int)len)) == NULL) {
		*cause = xstrdup("cannot parse: out of memory");
		return NULL;
	}
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	ctxt->_private = &fx;
	ctxt->sax->entityDecl = feed_entity_decl;
	ctxt->sax->unparsedEntityDecl = feed_unparsed_decl;
	ctxt->sax->serror = feed_error;
	ctxt->sax->getEntity = NULL;
	ctxt->sax->getParameterEntity = NULL;
	ctxt->sax->externalSubset = NULL;
	ctxt->sax->resolveEntity = NULL;
	xmlParseDocument(ctxt);
	wf = ctxt->wellFormed != 0;
	doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	xmlFreeParserCtxt(ctxt);
	if (fx.entity != NULL || (doc != NULL && feed_has_entities(doc))) {
		*cause = xasprintf("line %d: the document declares an entity "
		    "(%s); documents with entity declarations are refused",
		    fx.entity_line, fx.entity != NULL ? fx.entity : "?");
		goto fail;
	}
	if (!wf || doc == NULL || xmlDocGetRootElement(doc) == NULL) {
		*cause = fx.error != NULL ? fx.error :
		    xstrdup("not well-formed XML");
		fx.error = NULL;
		goto fail;
	}
	free(fx.error);
	if (base != NULL)
		xmlNodeSetBase((xmlNodePtr)doc, (const xmlChar *)base);
	return doc;
fail:
	free(fx.entity);
	free(fx.error);
	if (doc != NULL)
		xmlFreeDoc(doc);
	return NULL;
}

/* ---- helpers ---- */

static bool
feed_ns_is(xmlNodePtr n, const char *ns)
{
	if (ns == NULL)
		return n->ns == NULL || n->ns->href == NULL;
	return n->ns != NULL && n->ns->href != NULL &&
	    strcmp((const char *)n->ns->href, ns) == 0;
}

/* An element called name in namespace ns (NULL: none). */
static bool
feed_el(xmlNodePtr n, const char *ns, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0 && feed_ns_is(n, ns);
}

/* s without leading and trailing white space, runs of white space made
 * one space when collapse is set; NULL when nothing is left.  Frees s. */
static char *
feed_trim(char *s, bool collapse)
{
	char	*p, *q;
	bool	 space = false;

	if (s == NULL)
		return NULL;
	for (p = s, q = s; *p != '\0'; p++) {
		if (isspace((unsigned char)*p)) {
			if (!collapse)
				*q++ = *p;
			else
				space = q != s;
			continue;
		}
		if (space)
			*q++ = ' ';
		space = false;
		*q++ = *p;
	}
	*q = '\0';
	for (p = s; isspace((unsigned char)*p); p++)
		;
	q = s + strlen(s);
	while (q > p && isspace((unsigned char)q[-1]))
		q--;
	if (q == p) {
		free(s);
		return NULL;
	}
	memmove(s, p, (size_t)(q - p));
	s[q - p] = '\0';
	return s;
}

/* The text of a node, trimmed; NULL when empty. */
static char *
feed_node_text(xmlNodePtr n)
{
	xmlChar	*c = xmlNodeGetContent(n);
	char	*s;

	if (c == NULL)
		return NULL;
	s = xstrdup((const char *)c);
	xmlFree(c);
	return feed_trim(s, false);
}

static char *
feed_prop(xmlNodePtr n, const char *name)
{
	xmlChar	*c = xmlGetProp(n, (const xmlChar *)name);
	char	*s;

	if (c == NULL)
		return NULL;
	s = xstrdup((const char *)c);
	xmlFree(c);
	return feed_trim(s, false);
}

/* True when s holds something that looks like an HTML tag. */
static bool
feed_has_tags(const char *s)
{
	const char	*p;

	for (p = strchr(s, '<'); p != NULL; p = strchr(p + 1, '<')) {
		if (isalpha((unsigned char)p[1]) || (p[1] == '/' &&
		    isalpha((unsigned char)p[2])) || p[1] == '!')
			return true;
	}
	return false;
}

/* The text of an HTML fragment, white space collapsed.  Frees html. */
static char *
feed_html_text(char *html)
{
	htmlDocPtr	 doc;
	xmlNodePtr	 root;
	char		*s = NULL;
	size_t		 len;

	if (html == NULL || !feed_has_tags(html))
		return feed_trim(html, true);
	len = strlen(html);
	doc = htmlReadMemory(html, (int)(len > INT_MAX ? INT_MAX : len), NULL,
	    "UTF-8", HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING);
	if (doc != NULL && (root = xmlDocGetRootElement(doc)) != NULL)
		s = feed_node_text(root);
	if (doc != NULL)
		xmlFreeDoc(doc);
	free(html);
	return feed_trim(s, true);
}

/* Resolve and check a link found at node n. */
static char *
feed_link_at(xmlNodePtr n, const char *href)
{
	xmlChar	*base;
	char	*url;

	if (href == NULL)
		return NULL;
	base = xmlNodeGetBase(n->doc, n);
	url = feed_safe_url(href, (const char *)base);
	xmlFree(base);
	return url;
}

static bool
feed_is_http(const char *s)
{
	size_t	n;

	if (util_has_prefix_ci(s, "http://"))
		n = 7;
	else if (util_has_prefix_ci(s, "https://"))
		n = 8;
	else
		return false;
	return s[n] != '\0' && s[n] != '/' && s[n] != '?' && s[n] != '#';
}

/*
 * Lower-case the parts of an http(s) address that are not case-sensitive,
 * its scheme and host, so that one item keeps one key however its feed
 * spells them.
 */
static char *
feed_lower_url(char *u)
{
	char	*p, *host, *end;

	for (p = u; *p != ':'; p++)
		*p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
	host = p + 3;
	end = host + strcspn(host, "/?#");
	for (p = host; p < end; p++) {
		if (*p == '@')
			host = p + 1;
	}
	for (p = host; p < end; p++)
		*p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
	return u;
}

char *
feed_safe_url(const char *url, const char *base)
{
	const unsigned char	*p;
	xmlChar			*abs;
	char			*s, *out = NULL;

	if (url == NULL)
		return NULL;
	s = feed_trim(xstrdup(url), false);
	if (s == NULL)
		return NULL;
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p <= 0x20 || *p == 0x7f) {
			free(s);
			return NULL;
		}
	}
	if (feed_is_http(s))
		return feed_lower_url(s);
	if (base != NULL && feed_is_http(base) &&
	    (abs = xmlBuildURI((const xmlChar *)s, (const xmlChar *)base)) !=
	    NULL) {
		if (feed_is_http((const char *)abs))
			out = feed_lower_url(xstrdup((const char *)abs));
		xmlFree(abs);
	}
	free(s);
	return out;
}

/* The key of an item: its id, else its link, else a hash of its text. */
static void
feed_item_key(struct feed_item *it)
{
	struct buf	b;
	const char	*k = it->id != NULL ? it->id : it->link;

	if (k != NULL && strlen(k) <= FEED_KEY_MAX) {
		it->key = xstrdup(k);
		return;
	}
	buf_init(&b);
	if (k != NULL)
		buf_adds(&b, k);
	else {
		buf_adds(&b, it->title != NULL ? it->title : "");
		buf_addc(&b, '\n');
		buf_adds(&b, it->content != NULL ? it->content : "");
	}
	it->key = xasprintf("hash:%016llx", util_hash64(b.data, b.len));
	buf_fini(&b);
}

static void
feed_item_fini(struct feed_item *it)
{
	free(it->key);
	free(it->id);
	free(it->link);
	free(it->title);
	free(it->author);
	free(it->date);
	free(it->content);
}

/* A new item slot, or NULL when the feed holds enough. */
static struct feed_item *
feed_new_item(struct feed *f)
{
	struct feed_item	*it;

	if (f->nitems >= FEED_MAX_ITEMS)
		return NULL;
	f->items = xreallocarray(f->items, f->nitems + 1, sizeof *f->items);
	it = &f->items[f->nitems++];
	memset(it, 0, sizeof *it);
	return it;
}

/* Finish an item; one with neither text nor link nor title is dropped. */
static void
feed_end_item(struct feed *f)
{
	struct feed_item	*it = &f->items[f->nitems - 1];

	if (it->content == NULL && it->link == NULL && it->title == NULL) {
		feed_item_fini(it);
		f->nitems--;
		return;
	}
	if (it->content != NULL && it->content_type == FEED_CONTENT_NONE)
		it->content_type = feed_has_tags(it->content) ?
		    FEED_CONTENT_HTML : FEED_CONTENT_TEXT;
	feed_item_key(it);
}

static void
feed_set(char **field, char *value)
{
	if (value == NULL)
		return;
	if (*field != NULL) {
		free(value);
		return;
	}
	*field = value;
}

/* ---- RSS ---- */

static void
feed_rss_item(struct feed *f, xmlNodePtr item, const char *ns)
{
	struct feed_item	*it;
	xmlNodePtr		 c;
	char			*desc = NULL, *encoded = NULL, *guid_link = NULL;
	char			*s;

	if ((it = feed_new_item(f)) == NULL)
		return;
	for (c = item->children; c != NULL; c = c->next) {
		if (feed_el(c, ns, "title"))
			feed_set(&it->title, feed_html_text(feed_node_text(c)));
		else if (feed_el(c, ns, "link")) {
			s = feed_node_text(c);
			feed_set(&it->link, feed_link_at(c, s));
			free(s);
		} else if (feed_el(c, ns, "guid")) {
			feed_set(&it->id, feed_node_text(c));
			s = feed_prop(c, "isPermaLink");
			if (it->id != NULL && (s == NULL ||
			    strcmp(s, "false") != 0))
				feed_set(&guid_link, feed_link_at(c, it->id));
			free(s);
		} else if (feed_el(c, ns, "description"))
			feed_set(&desc, feed_node_text(c));
		else if (feed_el(c, NS_CONTENT, "encoded"))
			feed_set(&encoded, feed_node_text(c));
		else if (feed_el(c, ns, "pubDate") || feed_el(c, NS_DC, "date"))
			feed_set(&it->date, feed_node_text(c));
		else if (feed_el(c, ns, "author") ||
		    feed_el(c, NS_DC, "creator"))
			feed_set(&it->author, feed_html_text(feed_node_text(c)));
	}
	if (it->id == NULL)
		it->id = feed_prop(item, "about");
	if (it->link == NULL) {
		it->link = guid_link;
		guid_link = NULL;
	}
	free(guid_link);
	if (encoded != NULL) {
		it->content = encoded;
		it->content_type = FEED_CONTENT_HTML;
		free(desc);
	} else if (desc != NULL) {
		it->content = desc;
		it->summary_only = true;
	}
	feed_end_item(f);
}

/* RSS 0.9x/2.0 (<rss><channel>) and RDF (<rdf:RDF>, items beside the
 * channel). */
static void
feed_rss(struct feed *f, xmlNodePtr root, const char *ns)
{
	xmlNodePtr	ch = NULL, c, n;

	for (c = root->children; c != NULL; c = c->next) {
		if (feed_el(c, ns, "channel")) {
			ch = c;
			break;
		}
	}
	if (ch != NULL) {
		for (c = ch->children; c != NULL; c = c->next) {
			if (feed_el(c, ns, "title"))
				feed_set(&f->title,
				    feed_html_text(feed_node_text(c)));
			else if (feed_el(c, ns, "link")) {
				char *s = feed_node_text(c);
				feed_set(&f->link, feed_link_at(c, s));
				free(s);
			}
		}
	}
	/* RSS 2.0 items are in the channel, RDF ones beside it. */
	for (n = ch != NULL ? ch->children : NULL; n != NULL; n = n->next)
		if (feed_el(n, ns, "item"))
			feed_rss_item(f, n, ns);
	for (n = root->children; n != NULL; n = n->next)
		if (feed_el(n, ns, "item"))
			feed_rss_item(f, n, ns);
}

/* ---- Atom ---- */

/* Drop the XHTML namespace from a subtree, so that it serialises as
 * plain HTML tags without prefixes. */
static void
feed_strip_ns(xmlNodePtr n)
{
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (n->ns != NULL && n->ns->href != NULL &&
		    strcmp((const char *)n->ns->href, NS_XHTML) == 0)
			n->ns = NULL;
		feed_strip_ns(n->children);
	}
}

/* The markup inside an xhtml construct (inside its wrapping div). */
static char *
feed_xhtml(xmlNodePtr n)
{
	xmlBufferPtr	 b;
	xmlNodePtr	 c, div = NULL;
	char		*s;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			div = c;
			break;
		}
	}
	if (div == NULL || strcmp((const char *)div->name, "div") != 0)
		div = n;
	feed_strip_ns(div->children);
	if ((b = xmlBufferCreate()) == NULL)
		return NULL;
	for (c = div->children; c != NULL; c = c->next)
		xmlNodeDump(b, n->doc, c, 0, 0);
	s = xstrndup((const char *)xmlBufferContent(b),
	    (size_t)xmlBufferLength(b));
	xmlBufferFree(b);
	return feed_trim(s, false);
}

/* An Atom text construct or content: its text and what it is written
 * in.  Out-of-line and binary content give NULL. */
static char *
feed_atom_text(xmlNodePtr n, enum feed_content *type)
{
	char	*t = feed_prop(n, "type");
	char	*s = NULL;

	*type = FEED_CONTENT_TEXT;
	if (t == NULL || strcmp(t, "text") == 0 ||
	    (strncmp(t, "text/", 5) == 0 && strstr(t, "html") == NULL))
		s = feed_node_text(n);
	else if (strcmp(t, "html") == 0 || strcmp(t, "text/html") == 0) {
		s = feed_node_text(n);
		*type = FEED_CONTENT_HTML;
	} else if (strcmp(t, "xhtml") == 0 ||
	    strcmp(t, "application/xhtml+xml") == 0) {
		s = feed_xhtml(n);
		*type = FEED_CONTENT_HTML;
	}
	free(t);
	if (xmlHasProp(n, (const xmlChar *)"src") != NULL) {
		free(s);
		s = NULL;
	}
	return s;
}

static char *
feed_atom_title(xmlNodePtr n)
{
	enum feed_content	 type;
	char			*s = feed_atom_text(n, &type);

	return type == FEED_CONTENT_HTML ? feed_html_text(s) :
	    feed_trim(s, true);
}

/* The href of an alternate link (rel absent or "alternate"). */
static char *
feed_atom_link(xmlNodePtr n)
{
	char	*rel = feed_prop(n, "rel"), *href, *url = NULL;

	if (rel == NULL || strcmp(rel, "alternate") == 0) {
		href = feed_prop(n, "href");
		url = feed_link_at(n, href);
		free(href);
	}
	free(rel);
	return url;
}

static void
feed_atom_entry(struct feed *f, xmlNodePtr entry)
{
	struct feed_item	*it;
	enum feed_content	 ctype = FEED_CONTENT_NONE, stype;
	xmlNodePtr		 c, a;
	char			*content = NULL, *summary = NULL;
	char			*published = NULL, *updated = NULL;

	if ((it = feed_new_item(f)) == NULL)
		return;
	for (c = entry->children; c != NULL; c = c->next) {
		if (feed_el(c, NS_ATOM, "id"))
			feed_set(&it->id, feed_node_text(c));
		else if (feed_el(c, NS_ATOM, "title"))
			feed_set(&it->title, feed_atom_title(c));
		else if (feed_el(c, NS_ATOM, "link"))
			feed_set(&it->link, feed_atom_link(c));
		else if (feed_el(c, NS_ATOM, "published"))
			feed_set(&published, feed_node_text(c));
		else if (feed_el(c, NS_ATOM, "updated"))
			feed_set(&updated, feed_node_text(c));
		else if (feed_el(c, NS_ATOM, "summary") && summary == NULL)
			summary = feed_atom_text(c, &stype);
		else if (feed_el(c, NS_ATOM, "content") && content == NULL)
			content = feed_atom_text(c, &ctype);
		else if (feed_el(c, NS_ATOM, "author")) {
			for (a = c->children; a != NULL; a = a->next)
				if (feed_el(a, NS_ATOM, "name"))
					feed_set(&it->author,
					    feed_node_text(a));
		}
	}
	it->date = published != NULL ? published : updated;
	if (published != NULL)
		free(updated);
	if (content != NULL) {
		it->content = content;
		it->content_type = ctype;
		free(summary);
	} else if (summary != NULL) {
		it->content = summary;
		it->content_type = stype;
		it->summary_only = true;
	}
	feed_end_item(f);
}

static void
feed_atom(struct feed *f, xmlNodePtr root)
{
	xmlNodePtr	c;

	for (c = root->children; c != NULL; c = c->next) {
		if (feed_el(c, NS_ATOM, "title"))
			feed_set(&f->title, feed_atom_title(c));
		else if (feed_el(c, NS_ATOM, "link"))
			feed_set(&f->link, feed_atom_link(c));
		else if (feed_el(c, NS_ATOM, "entry"))
			feed_atom_entry(f, c);
	}
}

/* ---- JSON Feed ---- */

static char *
feed_json_str(json_t *o, const char *key)
{
	json_t	*v = json_object_get(o, key);

	if (json_is_string(v))
		return feed_trim(xstrndup(json_string_value(v),
		    json_string_length(v)), false);
	if (json_is_integer(v))
		return xasprintf("%lld", (long long)json_integer_value(v));
	return NULL;
}

static void
feed_json_item(struct feed *f, json_t *o, const char *base)
{
	struct feed_item	*it;
	json_t			*authors, *a;
	char			*html, *text, *summary, *s;

	if (!json_is_object(o) || (it = feed_new_item(f)) == NULL)
		return;
	it->id = feed_json_str(o, "id");
	s = feed_json_str(o, "url");
	it->link = feed_safe_url(s, base);
	free(s);
	if (it->link == NULL) {
		s = feed_json_str(o, "external_url");
		it->link = feed_safe_url(s, base);
		free(s);
	}
	it->title = feed_html_text(feed_json_str(o, "title"));
	if ((it->date = feed_json_str(o, "date_published")) == NULL)
		it->date = feed_json_str(o, "date_modified");
	authors = json_object_get(o, "authors");
	a = json_is_array(authors) ? json_array_get(authors, 0) :
	    json_object_get(o, "author");
	if (json_is_object(a))
		it->author = feed_json_str(a, "name");
	html = feed_json_str(o, "content_html");
	text = feed_json_str(o, "content_text");
	summary = feed_json_str(o, "summary");
	if (html != NULL) {
		it->content = html;
		it->content_type = FEED_CONTENT_HTML;
		free(text);
		free(summary);
	} else if (text != NULL) {
		it->content = text;
		it->content_type = FEED_CONTENT_TEXT;
		free(summary);
	} else if (summary != NULL) {
		it->content = summary;
		it->content_type = FEED_CONTENT_TEXT;
		it->summary_only = true;
	}
	feed_end_item(f);
}

static int
feed_json(struct feed *f, const char *data, size_t len, const char *base,
    char **cause)
{
	json_error_t	 err;
	json_t		*root, *items, *v;
	char		*s;
	size_t		 i;

	if ((root = json_loadb(data, len, 0, &err)) == NULL) {
		*cause = xasprintf("line %d: %s", err.line, err.text);
		return -1;
	}
	v = json_object_get(root, "version");
	if (!json_is_object(root) || !json_is_string(v) ||
	    strncmp(json_string_value(v), "https://jsonfeed.org/version/",
	    29) != 0) {
		json_decref(root);
		*cause = xstrdup("not a feed (JSON without a JSON Feed "
		    "version)");
		return -1;
	}
	f->kind = FEED_JSON;
	f->title = feed_html_text(feed_json_str(root, "title"));
	s = feed_json_str(root, "home_page_url");
	f->link = feed_safe_url(s, base);
	free(s);
	items = json_object_get(root, "items");
	for (i = 0; json_is_array(items) && i < json_array_size(items); i++)
		feed_json_item(f, json_array_get(items, i), base);
	json_decref(root);
	return 0;
}

/* ---- the public face ---- */

/* The first significant byte: past a UTF-8 byte order mark and white
 * space. */
static const char *
feed_first(const char *data, size_t len)
{
	const char	*p = data, *end = data + len;

	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end && isspace((unsigned char)*p))
		p++;
	return p < end ? p : NULL;
}

int
feed_parse(const char *data, size_t len, const char *base_url,
    struct feed **out, char **cause)
{
	struct feed	*f;
	const char	*p;
	xmlDocPtr	 doc;
	xmlNodePtr	 root;

	*out = NULL;
	if (len > FEED_MAX_BYTES) {
		*cause = xstrdup("feed is larger than 10 MiB");
		return -1;
	}
	if ((p = feed_first(data, len)) == NULL) {
		*cause = xstrdup("empty document");
		return -1;
	}
	f = xcalloc(1, sizeof *f);
	if (*p == '{') {
		if (feed_json(f, data, len, base_url, cause) != 0) {
			feed_free(f);
			return -1;
		}
		*out = f;
		return 0;
	}
	if ((doc = feed_xml_read(data, len, base_url, cause)) == NULL) {
		feed_free(f);
		return -1;
	}
	root = xmlDocGetRootElement(doc);
	if (feed_el(root, NULL, "rss")) {
		f->kind = FEED_RSS;
		feed_rss(f, root, NULL);
	} else if (feed_el(root, NS_RDF, "RDF")) {
		f->kind = FEED_RDF;
		feed_rss(f, root, xmlSearchNsByHref(doc, root,
		    (const xmlChar *)NS_RSS090) != NULL ? NS_RSS090 : NS_RSS1);
	} else if (feed_el(root, NS_ATOM, "feed")) {
		f->kind = FEED_ATOM;
		feed_atom(f, root);
	} else {
		*cause = xasprintf("not a feed (the document is <%s>, not "
		    "<rss>, <rdf:RDF> or an Atom <feed>)",
		    (const char *)root->name);
		xmlFreeDoc(doc);
		feed_free(f);
		return -1;
	}
	xmlFreeDoc(doc);
	*out = f;
	return 0;
}

void
feed_free(struct feed *f)
{
	size_t	i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nitems; i++)
		feed_item_fini(&f->items[i]);
	free(f->items);
	free(f->title);
	free(f->link);
	free(f);
}

const char *
feed_kind_name(enum feed_kind kind)
{
	static const char *const names[] = {
		[FEED_RSS] = "RSS",
		[FEED_RDF] = "RSS 1.0",
		[FEED_ATOM] = "Atom",
		[FEED_JSON] = "JSON Feed"
	};

	return (size_t)kind < UTIL_NELEM(names) ? names[kind] : "?";
}

/* ---- OPML ---- */

static void
feed_opml_walk(xmlNodePtr n, struct feed_outline **v, size_t *len,
    size_t *skipped)
{
	char	*url, *safe, *title;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)n->name, "outline") != 0)
			continue;
		if ((url = feed_prop(n, "xmlUrl")) == NULL)
			url = feed_prop(n, "xmlurl");
		if (url != NULL) {
			if ((safe = feed_safe_url(url, NULL)) == NULL)
				(*skipped)++;
			else {
				if ((title = feed_prop(n, "title")) == NULL)
					title = feed_prop(n, "text");
				*v = xreallocarray(*v, *len + 1, sizeof **v);
				(*v)[*len].url = safe;
				(*v)[*len].title = feed_trim(title, true);
				(*len)++;
			}
			free(url);
		}
		feed_opml_walk(n->children, v, len, skipped);
	}
}

int
feed_opml_parse(const char *data, size_t len, struct feed_outline **out,
    size_t *n, size_t *skipped, char **cause)
{
	xmlDocPtr	doc;
	xmlNodePtr	root, c;

	*out = NULL;
	*n = 0;
	*skipped = 0;
	if ((doc = feed_xml_read(data, len, NULL, cause)) == NULL)
		return -1;
	root = xmlDocGetRootElement(doc);
	if (strcmp((const char *)root->name, "opml") != 0) {
		*cause = xasprintf("not OPML (the document is <%s>)",
		    (const char *)root->name);
		xmlFreeDoc(doc);
		return -1;
	}
	for (c = root->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)c->name, "body") == 0)
			feed_opml_walk(c->children, out, n, skipped);
	}
	xmlFreeDoc(doc);
	return 0;
}

void
feed_outlines_free(struct feed_outline *v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(v[i].url);
		free(v[i].title);
	}
	free(v);
}

/* s with the control characters XML 1.0 cannot carry made spaces. */
static xmlChar *
feed_xml_safe(const char *s)
{
	char	*t = xstrdup(s), *p;

	for (p = t; *p != '\0'; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	}
	return (xmlChar *)t;
}

static void
feed_opml_prop(xmlNodePtr n, const char *name, const char *value)
{
	xmlChar	*v = feed_xml_safe(value);

	xmlNewProp(n, (const xmlChar *)name, v);
	free(v);
}

char *
feed_opml_write(const struct feed_outline *v, size_t n, const char *title,
    size_t *len)
{
	xmlDocPtr	 doc;
	xmlNodePtr	 root, head, body, o;
	xmlChar		*mem = NULL, *t;
	int		 size = 0;
	size_t		 i;
	char		*out;

	doc = xmlNewDoc((const xmlChar *)"1.0");
	root = xmlNewDocNode(doc, NULL, (const xmlChar *)"opml", NULL);
	xmlDocSetRootElement(doc, root);
	xmlNewProp(root, (const xmlChar *)"version", (const xmlChar *)"2.0");
	head = xmlNewChild(root, NULL, (const xmlChar *)"head", NULL);
	t = feed_xml_safe(title != NULL ? title : "parallax feeds");
	xmlNewTextChild(head, NULL, (const xmlChar *)"title", t);
	free(t);
	body = xmlNewChild(root, NULL, (const xmlChar *)"body", NULL);
	for (i = 0; i < n; i++) {
		const char *name = v[i].title != NULL ? v[i].title : v[i].url;
		o = xmlNewChild(body, NULL, (const xmlChar *)"outline", NULL);
		feed_opml_prop(o, "type", "rss");
		feed_opml_prop(o, "text", name);
		feed_opml_prop(o, "title", name);
		feed_opml_prop(o, "xmlUrl", v[i].url);
	}
	xmlDocDumpFormatMemoryEnc(doc, &mem, &size, "UTF-8", 1);
	xmlFreeDoc(doc);
	if (mem == NULL)
		die("cannot write OPML: out of memory");
	out = xstrndup((const char *)mem, (size_t)size);
	xmlFree(mem);
	*len = (size_t)size;
	return out;
}
