/*
 * fuzz-article: the plain-text and HTML article parsers on hostile files.
 * Each input is parsed as text, as HTML, as raw body text and by guess
 * (from an .html and from a .txt name).  A parse either fails with a clean
 * one-line reason or gives an article whose every string is clean, whose
 * body is as long as it says and whose date is YYYY-MM-DD.  The date
 * parser gets the input as a string of its own.
 */
#include "fuzz.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/article.h"
#include "parallax/text.h"

static void
fuzz_field(const char *s, bool one_line)
{
	if (s == NULL)
		return;
	FUZZ_CHECK(text_is_clean(s, strlen(s)));
	if (one_line)
		FUZZ_CHECK(strchr(s, '\n') == NULL);
}

static void
fuzz_date(const char *d)
{
	size_t	i;

	if (d == NULL)
		return;
	FUZZ_CHECK(strlen(d) == 10 && d[4] == '-' && d[7] == '-');
	for (i = 0; i < 10; i++)
		FUZZ_CHECK(i == 4 || i == 7 || isdigit((unsigned char)d[i]));
}

static void
fuzz_parse(const uint8_t *data, size_t size, const char *origin,
    enum article_format format)
{
	struct article_hints	 hints = { .format = format,
				    .fallback_source = "Fuzz Outlet" };
	struct article		*a = NULL;
	char			*cause = NULL;

	if (article_parse((const char *)data, size, origin, &hints, &a,
	    &cause) != 0) {
		FUZZ_CHECK(a == NULL && cause != NULL);
		fuzz_field(cause, true);
		free(cause);
		return;
	}
	FUZZ_CHECK(a != NULL && a->body != NULL);
	FUZZ_CHECK(strlen(a->body) == a->body_len);
	FUZZ_CHECK(text_is_clean(a->body, a->body_len));
	FUZZ_CHECK(strstr(a->body, "\n\n\n") == NULL);
	fuzz_field(a->title, true);
	fuzz_field(a->source, true);
	fuzz_field(a->author, true);
	fuzz_field(a->url, true);
	fuzz_field(a->origin, false);
	fuzz_date(a->date);
	article_free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s, *d;

	fuzz_parse(data, size, "fuzz/input.txt", ARTICLE_TEXT);
	fuzz_parse(data, size, "fuzz/input.html", ARTICLE_HTML);
	fuzz_parse(data, size, "fuzz/input", ARTICLE_RAW);
	fuzz_parse(data, size, "fuzz/input.html", ARTICLE_AUTO);
	fuzz_parse(data, size, "fuzz/input.txt", ARTICLE_AUTO);
	if (size < 256) {
		s = malloc(size + 1);
		FUZZ_CHECK(s != NULL);
		memcpy(s, data, size);
		s[size] = '\0';
		d = article_parse_date(s);
		fuzz_date(d);
		free(d);
		free(s);
	}
	return 0;
}
