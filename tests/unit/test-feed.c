/*
 * Unit tests of feed: every format, content:encoded, Atom xhtml, JSON
 * Feed, OPML written and read back, entity declarations refused, external
 * entities never loaded, malformed XML reported with its line, and links
 * other than http(s) left inert.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "parallax/feed.h"
#include "parallax/util.h"

static struct feed *
parse_ok(const char *doc, const char *base)
{
	struct feed	*f = NULL;
	char		*cause = NULL;

	if (feed_parse(doc, strlen(doc), base, &f, &cause) != 0) {
		print_error("feed_parse: %s\n", cause);
		free(cause);
		fail();
	}
	return f;
}

static char *
parse_fails(const char *doc)
{
	struct feed	*f = NULL;
	char		*cause = NULL;

	assert_int_equal(feed_parse(doc, strlen(doc), NULL, &f, &cause), -1);
	assert_null(f);
	assert_non_null(cause);
	return cause;
}

static void
test_feed_rss2(void **state)
{
	static const char doc[] =
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<rss version=\"2.0\""
	    " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
	    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
	    "<channel><title>Kestrel  News &amp; Views</title>"
	    "<link>https://kestrel.example/</link>\n"
	    "<item><title>Dockers vote to return</title>"
	    "<link>https://kestrel.example/caldmouth-vote</link>"
	    "<guid isPermaLink=\"false\">kn-4411</guid>"
	    "<pubDate>Tue, 14 Oct 2025 08:30:00 +0000</pubDate>"
	    "<dc:creator>Ivo Brandt</dc:creator>"
	    "<description>Short teaser.</description>"
	    "<content:encoded><![CDATA[<p>Dockworkers in Caldmouth voted "
	    "to end the strike.</p>]]></content:encoded></item>\n"
	    "<item><title>Cranes move again</title>"
	    "<guid>https://kestrel.example/cranes</guid>"
	    "<description>&lt;p&gt;The cranes moved on "
	    "Thursday.&lt;/p&gt;</description></item>\n"
	    "<item><title>Plain words</title>"
	    "<description>No markup at all.</description></item>\n"
	    "</channel></rss>\n";
	struct feed	*f = parse_ok(doc, NULL);

	(void)state;
	assert_int_equal(f->kind, FEED_RSS);
	assert_string_equal(f->title, "Kestrel News & Views");
	assert_string_equal(f->link, "https://kestrel.example/");
	assert_int_equal(f->nitems, 3);
	assert_string_equal(f->items[0].key, "kn-4411");
	assert_string_equal(f->items[0].title, "Dockers vote to return");
	assert_string_equal(f->items[0].link,
	    "https://kestrel.example/caldmouth-vote");
	assert_string_equal(f->items[0].date,
	    "Tue, 14 Oct 2025 08:30:00 +0000");
	assert_string_equal(f->items[0].author, "Ivo Brandt");
	assert_string_equal(f->items[0].content, "<p>Dockworkers in Caldmouth "
	    "voted to end the strike.</p>");
	assert_int_equal(f->items[0].content_type, FEED_CONTENT_HTML);
	assert_false(f->items[0].summary_only);
	/* A permalink guid is the link when there is no <link>. */
	assert_string_equal(f->items[1].link, "https://kestrel.example/cranes");
	assert_string_equal(f->items[1].content,
	    "<p>The cranes moved on Thursday.</p>");
	assert_int_equal(f->items[1].content_type, FEED_CONTENT_HTML);
	assert_true(f->items[1].summary_only);
	assert_int_equal(f->items[2].content_type, FEED_CONTENT_TEXT);
	assert_null(f->items[2].link);
	assert_true(strncmp(f->items[2].key, "hash:", 5) == 0);
	assert_int_equal(strlen(f->items[2].key), 5 + 16);
	assert_string_equal(feed_kind_name(f->kind), "RSS");
	feed_free(f);
}

static void
test_feed_rss1(void **state)
{
	static const char doc[] =
	    "<?xml version=\"1.0\"?>\n"
	    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
	    " xmlns=\"http://purl.org/rss/1.0/\""
	    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
	    " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
	    "<channel rdf:about=\"https://saltmere.example/\">"
	    "<title>Saltmere Daily</title>"
	    "<link>https://saltmere.example/</link></channel>\n"
	    "<item rdf:about=\"https://saltmere.example/a/1\">"
	    "<title>Quake off the Selvik coast</title>"
	    "<link>https://saltmere.example/a/1</link>"
	    "<dc:date>2025-08-14T06:12:00Z</dc:date>"
	    "<content:encoded>&lt;p&gt;A quake shook the coast.&lt;/p&gt;"
	    "</content:encoded></item>\n"
	    "<item rdf:about=\"https://saltmere.example/a/2\">"
	    "<title>Second</title><description>Brief.</description></item>\n"
	    "</rdf:RDF>\n";
	struct feed	*f = parse_ok(doc, NULL);

	(void)state;
	assert_int_equal(f->kind, FEED_RDF);
	assert_string_equal(f->title, "Saltmere Daily");
	assert_int_equal(f->nitems, 2);
	assert_string_equal(f->items[0].key, "https://saltmere.example/a/1");
	assert_string_equal(f->items[0].date, "2025-08-14T06:12:00Z");
	assert_string_equal(f->items[0].content,
	    "<p>A quake shook the coast.</p>");
	assert_false(f->items[0].summary_only);
	assert_true(f->items[1].summary_only);
	assert_string_equal(f->items[1].content, "Brief.");
	feed_free(f);
}

static void
test_feed_rss090(void **state)
{
	static const char doc[] =
	    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
	    " xmlns=\"http://my.netscape.com/rdf/simple/0.9/\">"
	    "<channel><title>Old Wire</title>"
	    "<link>http://old.example/</link></channel>"
	    "<item><title>First</title><link>http://old.example/1</link>"
	    "</item></rdf:RDF>";
	struct feed	*f = parse_ok(doc, NULL);

	(void)state;
	assert_int_equal(f->kind, FEED_RDF);
	assert_string_equal(f->title, "Old Wire");
	assert_int_equal(f->nitems, 1);
	assert_string_equal(f->items[0].key, "http://old.example/1");
	assert_null(f->items[0].content);
	feed_free(f);
}

static void
test_feed_rss091(void **state)
{
	static const char doc[] =
	    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
	    "<rss version=\"0.91\"><channel><title>Caf\xe9 Wire</title>"
	    "<item><title>R\xe9sum\xe9</title>"
	    "<link>http://cafe.example/r</link>"
	    "<description>Short.</description></item></channel></rss>";
	struct feed	*f = parse_ok(doc, NULL);

	(void)state;
	/* Latin-1 comes out as UTF-8. */
	assert_string_equal(f->title, "Caf\xc3\xa9 Wire");
	assert_string_equal(f->items[0].title, "R\xc3\xa9sum\xc3\xa9");
	feed_free(f);
}

static void
test_feed_atom(void **state)
{
	static const char doc[] =
	    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\""
	    " xmlns:h=\"http://www.w3.org/1999/xhtml\""
	    " xml:base=\"https://meridian.example/news/\">\n"
	    "<title type=\"html\">The &lt;b&gt;Meridian&lt;/b&gt; Post</title>"
	    "<link rel=\"self\" href=\"https://meridian.example/atom\"/>"
	    "<link href=\"/\"/>\n"
	    "<entry><id>tag:meridian.example,2025:1</id>"
	    "<title>Port strike ends</title>"
	    "<link rel=\"alternate\" href=\"port-strike\"/>"
	    "<updated>2025-10-15T09:00:00Z</updated>"
	    "<published>2025-10-14T09:00:00Z</published>"
	    "<author><name>Lena Hoff</name></author>"
	    "<summary>Teaser only.</summary>"
	    "<content type=\"xhtml\"><h:div><h:p>The strike is "
	    "<h:em>over</h:em>.</h:p></h:div></content></entry>\n"
	    "<entry><id>tag:meridian.example,2025:2</id>"
	    "<title type=\"text\">Quake</title>"
	    "<link href=\"https://meridian.example/quake\"/>"
	    "<updated>2025-03-09T10:00:00Z</updated>"
	    "<content type=\"html\">&lt;p&gt;Rescuers searched.&lt;/p&gt;"
	    "</content></entry>\n"
	    "<entry><id>tag:meridian.example,2025:3</id><title>Bank</title>"
	    "<link href=\"https://meridian.example/bank\"/>"
	    "<summary type=\"text\">Only a summary.</summary></entry>\n"
	    "<entry><id>tag:meridian.example,2025:4</id><title>Text</title>"
	    "<content>Plain &lt;words&gt; here.</content></entry>\n"
	    "</feed>\n";
	struct feed	*f = parse_ok(doc, "https://meridian.example/atom");

	(void)state;
	assert_int_equal(f->kind, FEED_ATOM);
	assert_string_equal(f->title, "The Meridian Post");
	assert_string_equal(f->link, "https://meridian.example/");
	assert_int_equal(f->nitems, 4);
	assert_string_equal(f->items[0].key, "tag:meridian.example,2025:1");
	assert_string_equal(f->items[0].link,
	    "https://meridian.example/news/port-strike");
	assert_string_equal(f->items[0].date, "2025-10-14T09:00:00Z");
	assert_string_equal(f->items[0].author, "Lena Hoff");
	assert_string_equal(f->items[0].content,
	    "<p>The strike is <em>over</em>.</p>");
	assert_int_equal(f->items[0].content_type, FEED_CONTENT_HTML);
	assert_false(f->items[0].summary_only);
	assert_string_equal(f->items[1].date, "2025-03-09T10:00:00Z");
	assert_string_equal(f->items[1].content, "<p>Rescuers searched.</p>");
	assert_int_equal(f->items[1].content_type, FEED_CONTENT_HTML);
	assert_true(f->items[2].summary_only);
	assert_string_equal(f->items[2].content, "Only a summary.");
	assert_int_equal(f->items[2].content_type, FEED_CONTENT_TEXT);
	assert_string_equal(f->items[3].content, "Plain <words> here.");
	assert_int_equal(f->items[3].content_type, FEED_CONTENT_TEXT);
	feed_free(f);
}

static void
test_feed_json(void **state)
{
	static const char doc[] =
	    "{\"version\": \"https://jsonfeed.org/version/1.1\","
	    " \"title\": \"Northline Wire\","
	    " \"home_page_url\": \"https://northline.example/\","
	    " \"items\": ["
	    "  {\"id\": \"nw-1\", \"url\": \"https://northline.example/1\","
	    "   \"title\": \"Breach at Corvel Bank\","
	    "   \"content_html\": \"<p>Data of customers leaked.</p>\","
	    "   \"summary\": \"Leak.\","
	    "   \"date_published\": \"2025-06-05T07:00:00+02:00\","
	    "   \"authors\": [{\"name\": \"Mara Quell\"}]},"
	    "  {\"id\": 42, \"content_text\": \"Plain text item.\"},"
	    "  {\"id\": \"nw-3\", \"url\": \"javascript:alert(1)\","
	    "   \"external_url\": \"https://elsewhere.example/3\","
	    "   \"summary\": \"Only this.\"},"
	    "  \"not an object\""
	    " ]}";
	static const char notfeed[] = "{\"version\": 2, \"items\": []}";
	struct feed	*f = parse_ok(doc, NULL);
	char		*cause;

	(void)state;
	assert_int_equal(f->kind, FEED_JSON);
	assert_string_equal(feed_kind_name(f->kind), "JSON Feed");
	assert_string_equal(f->title, "Northline Wire");
	assert_string_equal(f->link, "https://northline.example/");
	assert_int_equal(f->nitems, 3);
	assert_string_equal(f->items[0].key, "nw-1");
	assert_string_equal(f->items[0].content,
	    "<p>Data of customers leaked.</p>");
	assert_int_equal(f->items[0].content_type, FEED_CONTENT_HTML);
	assert_false(f->items[0].summary_only);
	assert_string_equal(f->items[0].author, "Mara Quell");
	assert_string_equal(f->items[0].date, "2025-06-05T07:00:00+02:00");
	assert_string_equal(f->items[1].key, "42");
	assert_int_equal(f->items[1].content_type, FEED_CONTENT_TEXT);
	assert_string_equal(f->items[2].link, "https://elsewhere.example/3");
	assert_true(f->items[2].summary_only);
	feed_free(f);
	cause = parse_fails(notfeed);
	assert_non_null(strstr(cause, "not a feed"));
	free(cause);
	cause = parse_fails("{\"version\": \n\"https://jsonfeed.org/version/1\""
	    ",\n ]");
	assert_true(strncmp(cause, "line 3:", 7) == 0);
	free(cause);
}

static void
test_feed_opml_round_trip(void **state)
{
	static const struct feed_outline in[] = {
		{ (char *)(uintptr_t)"https://kestrel.example/rss",
		  (char *)(uintptr_t)"Kestrel News" },
		{ (char *)(uintptr_t)"http://a.example/feed?x=1&y=2",
		  (char *)(uintptr_t)"Quotes \"&\" <angles>" },
		{ (char *)(uintptr_t)"https://b.example/atom", NULL },
	};
	struct feed_outline	*out;
	char			*doc, *cause = NULL;
	size_t			 len, n, skipped, i;

	(void)state;
	doc = feed_opml_write(in, UTIL_NELEM(in), "My feeds", &len);
	assert_int_equal(strlen(doc), len);
	assert_non_null(strstr(doc, "<opml version=\"2.0\">"));
	assert_non_null(strstr(doc, "<title>My feeds</title>"));
	assert_int_equal(feed_opml_parse(doc, len, &out, &n, &skipped,
	    &cause), 0);
	assert_int_equal(n, 3);
	assert_int_equal(skipped, 0);
	for (i = 0; i < 2; i++) {
		assert_string_equal(out[i].url, in[i].url);
		assert_string_equal(out[i].title, in[i].title);
	}
	/* Without a title, the URL names the feed. */
	assert_string_equal(out[2].title, "https://b.example/atom");
	feed_outlines_free(out, n);
	free(doc);
}

static void
test_feed_opml_nested(void **state)
{
	static const char doc[] =
	    "<?xml version=\"1.0\"?><opml version=\"1.0\"><head/><body>"
	    "<outline text=\"News\">"
	    "<outline text=\"One\" type=\"rss\" xmlUrl=\"https://one.example/"
	    "feed\"/>"
	    "<outline text=\"Evil\" xmlUrl=\"file:///etc/passwd\"/>"
	    "<outline text=\"Script\" xmlUrl=\"javascript:alert(1)\"/>"
	    "</outline>"
	    "<outline title=\"Two\" text=\"ignored\" xmlUrl=\" http://two."
	    "example/rss \"/></body></opml>";
	static const char notopml[] = "<rss><channel/></rss>";
	struct feed_outline	*out;
	char			*cause = NULL;
	size_t			 n, skipped;

	(void)state;
	assert_int_equal(feed_opml_parse(doc, strlen(doc), &out, &n, &skipped,
	    &cause), 0);
	assert_int_equal(n, 2);
	assert_int_equal(skipped, 2);
	assert_string_equal(out[0].url, "https://one.example/feed");
	assert_string_equal(out[0].title, "One");
	assert_string_equal(out[1].url, "http://two.example/rss");
	assert_string_equal(out[1].title, "Two");
	feed_outlines_free(out, n);
	assert_int_equal(feed_opml_parse(notopml, strlen(notopml), &out, &n,
	    &skipped, &cause), -1);
	assert_non_null(strstr(cause, "not OPML"));
	free(cause);
}

static void
test_feed_entities_refused(void **state)
{
	static const char bomb[] =
	    "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE rss [\n"
	    " <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
	    " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
	    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
	    "]>\n"
	    "<rss><channel><item><title>&c;</title></item></channel></rss>";
	static const char param[] =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
	    "<!ENTITY % p \"<!ENTITY q 'x'>\"> %p;\n]>\n<rss/>";
	static const char unparsed[] =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
	    "<!NOTATION gif SYSTEM \"image/gif\">\n"
	    "<!ENTITY pic SYSTEM \"pic.gif\" NDATA gif>\n]>\n<rss/>";
	char	*cause;

	(void)state;
	cause = parse_fails(bomb);
	assert_string_equal(cause, "line 3: the document declares an entity "
	    "(a); documents with entity declarations are refused");
	free(cause);
	cause = parse_fails(param);
	assert_non_null(strstr(cause, "declares an entity (p)"));
	free(cause);
	cause = parse_fails(unparsed);
	assert_non_null(strstr(cause, "declares an entity (pic)"));
	free(cause);
}

static void
test_feed_external_never_loaded(void **state)
{
	char	 dir[] = "/tmp/parallax-feed.XXXXXX", *secret, *dtd, *doc;
	char	*cause;
	FILE	*fp;
	struct feed *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	secret = xasprintf("%s/secret.txt", dir);
	dtd = xasprintf("%s/evil.dtd", dir);
	fp = fopen(secret, "w");
	assert_non_null(fp);
	fputs("TOPSECRETMARKER", fp);
	fclose(fp);
	fp = fopen(dtd, "w");
	assert_non_null(fp);
	fprintf(fp, "<!ENTITY leak SYSTEM \"file://%s\">\n", secret);
	fclose(fp);

	/* An external entity declared inside: refused outright. */
	doc = xasprintf("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
	    "<!ENTITY leak SYSTEM \"file://%s\">]>\n<rss><channel><item>"
	    "<title>x</title><description>&leak;</description></item>"
	    "</channel></rss>", secret);
	cause = parse_fails(doc);
	assert_non_null(strstr(cause, "declares an entity (leak)"));
	free(cause);
	free(doc);

	/* An external DTD that would declare it: never read, so the
	 * marker cannot appear anywhere. */
	doc = xasprintf("<?xml version=\"1.0\" standalone=\"no\"?>\n"
	    "<!DOCTYPE rss SYSTEM \"file://%s\">\n<rss><channel><item>"
	    "<title>t</title><description>before &leak; after</description>"
	    "</item></channel></rss>", dtd);
	f = NULL;
	cause = NULL;
	if (feed_parse(doc, strlen(doc), NULL, &f, &cause) == 0) {
		assert_int_equal(f->nitems, 1);
		assert_null(strstr(f->items[0].content, "TOPSECRET"));
		feed_free(f);
	} else {
		assert_null(strstr(cause, "TOPSECRET"));
		free(cause);
	}
	free(doc);

	/* XInclude is not processed. */
	doc = xasprintf("<rss xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
	    "<channel><item><title>t</title><description><xi:include "
	    "href=\"file://%s\" parse=\"text\"/></description></item>"
	    "</channel></rss>", secret);
	f = parse_ok(doc, NULL);
	assert_true(f->items[0].content == NULL ||
	    strstr(f->items[0].content, "TOPSECRET") == NULL);
	feed_free(f);
	free(doc);

	unlink(secret);
	unlink(dtd);
	rmdir(dir);
	free(secret);
	free(dtd);
}

static void
test_feed_malformed_line(void **state)
{
	static const char doc[] =
	    "<?xml version=\"1.0\"?>\n"
	    "<rss version=\"2.0\">\n"
	    "<channel><title>Broken</title>\n"
	    "<item><title>One</title></item>\n"
	    "<item><title>Two</titel></item>\n"
	    "</channel></rss>\n";
	char	*cause;

	(void)state;
	cause = parse_fails(doc);
	assert_true(strncmp(cause, "line 5: ", 8) == 0);
	free(cause);
	cause = parse_fails("<html><body><p>a page</p></body></html>");
	assert_string_equal(cause, "not a feed (the document is <html>, not "
	    "<rss>, <rdf:RDF> or an Atom <feed>)");
	free(cause);
	cause = parse_fails("  \n ");
	assert_string_equal(cause, "empty document");
	free(cause);
}

static void
test_feed_links_inert(void **state)
{
	static const char doc[] =
	    "<rss><channel><title>T</title>"
	    "<link>javascript:alert(document.cookie)</link>"
	    "<item><title>a</title><link>javascript:alert(1)</link></item>"
	    "<item><title>b</title><link>  JaVaScRiPt:alert(2)</link></item>"
	    "<item><title>c</title><link>file:///etc/passwd</link></item>"
	    "<item><title>d</title><link>data:text/html,hi</link></item>"
	    "<item><title>e</title><guid>file:///etc/shadow</guid></item>"
	    "<item><title>f</title><link>/relative/path</link></item>"
	    "<item><title>g</title><link>https://ok.example/g</link></item>"
	    "</channel></rss>";
	struct feed	*f = parse_ok(doc, NULL);
	size_t		 i;

	(void)state;
	assert_null(f->link);
	assert_int_equal(f->nitems, 7);
	for (i = 0; i < 6; i++)
		assert_null(f->items[i].link);
	/* The guid stays a key (it is inert text), never a link. */
	assert_string_equal(f->items[4].key, "file:///etc/shadow");
	assert_string_equal(f->items[6].link, "https://ok.example/g");
	feed_free(f);
	/* With a base, the relative link resolves; the others stay dead. */
	f = parse_ok(doc, "https://base.example/feeds/main.xml");
	assert_string_equal(f->items[5].link,
	    "https://base.example/relative/path");
	assert_null(f->items[0].link);
	assert_null(f->items[2].link);
	feed_free(f);
}

static void
test_feed_safe_url(void **state)
{
	static const char *const bad[] = {
		"javascript:alert(1)", "file:///etc/passwd", "ftp://x.example/",
		"http://", "https:///path", "http://a b.example/",
		"http://a.example/\x01", "mailto:a@b.example", "", "   ",
	};
	char	*s;
	size_t	 i;

	(void)state;
	for (i = 0; i < UTIL_NELEM(bad); i++)
		assert_null(feed_safe_url(bad[i], NULL));
	/* Scheme and host are not case-sensitive, the rest is. */
	s = feed_safe_url("  HTTPS://Upper.example/X?Q=A  ", NULL);
	assert_string_equal(s, "https://upper.example/X?Q=A");
	free(s);
	s = feed_safe_url("Http://Ann:PW@Host.Example:8080#Top", NULL);
	assert_string_equal(s, "http://Ann:PW@host.example:8080#Top");
	free(s);
	s = feed_safe_url("../up", "http://h.example/a/b/c");
	assert_string_equal(s, "http://h.example/a/up");
	free(s);
	assert_null(feed_safe_url("javascript:x", "http://h.example/"));
	assert_null(feed_safe_url("x", "file:///tmp/"));
	assert_null(feed_safe_url(NULL, NULL));
}

static void
test_feed_item_limit(void **state)
{
	struct buf	 b;
	struct feed	*f;
	char		*cause = NULL;
	size_t		 i;

	(void)state;
	buf_init(&b);
	buf_adds(&b, "<rss><channel>");
	for (i = 0; i < FEED_MAX_ITEMS + 10; i++)
		buf_printf(&b, "<item><guid>g%zu</guid><title>t</title>"
		    "</item>", i);
	buf_adds(&b, "</channel></rss>");
	assert_int_equal(feed_parse(b.data, b.len, NULL, &f, &cause), 0);
	assert_int_equal(f->nitems, FEED_MAX_ITEMS);
	feed_free(f);
	buf_fini(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feed_rss2),
		cmocka_unit_test(test_feed_rss1),
		cmocka_unit_test(test_feed_rss090),
		cmocka_unit_test(test_feed_rss091),
		cmocka_unit_test(test_feed_atom),
		cmocka_unit_test(test_feed_json),
		cmocka_unit_test(test_feed_opml_round_trip),
		cmocka_unit_test(test_feed_opml_nested),
		cmocka_unit_test(test_feed_entities_refused),
		cmocka_unit_test(test_feed_external_never_loaded),
		cmocka_unit_test(test_feed_malformed_line),
		cmocka_unit_test(test_feed_links_inert),
		cmocka_unit_test(test_feed_safe_url),
		cmocka_unit_test(test_feed_item_limit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
