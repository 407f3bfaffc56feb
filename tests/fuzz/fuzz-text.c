/*
 * fuzz-text: the sanitiser and the text helpers on hostile bytes.  Every
 * cleaning function must give clean text (text_is_clean()); cleaning is
 * idempotent; the body and line variants keep their whitespace promises;
 * words, fitting and wrapping stay inside the string, on character
 * boundaries, within the width asked for.
 */
#include "fuzz.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>

#include "parallax/text.h"

/* True when offset at of s starts a character (or is its end). */
static bool
fuzz_on_boundary(const char *s, size_t len, size_t at)
{
	return at == len || ((unsigned char)s[at] & 0xC0) != 0x80;
}

static void
fuzz_clean(const uint8_t *data, size_t size)
{
	char	*a, *b;
	size_t	 alen, blen, invalid;

	a = text_clean((const char *)data, size, &alen, &invalid);
	FUZZ_CHECK(a[alen] == '\0' && strlen(a) == alen);
	FUZZ_CHECK(text_is_clean(a, alen));
	FUZZ_CHECK(invalid <= size);
	b = text_clean(a, alen, &blen, &invalid);
	FUZZ_CHECK(invalid == 0);
	FUZZ_CHECK(blen == alen && memcmp(a, b, alen) == 0);
	free(b);
	free(a);
}

/* The whitespace promises of text_clean_body(). */
static void
fuzz_body(const uint8_t *data, size_t size)
{
	char	*a;
	size_t	 len, i;

	a = text_clean_body((const char *)data, size, &len, NULL);
	FUZZ_CHECK(a[len] == '\0' && strlen(a) == len);
	FUZZ_CHECK(text_is_clean(a, len));
	FUZZ_CHECK(strstr(a, "\n\n\n") == NULL);
	FUZZ_CHECK(strstr(a, " \n") == NULL && strstr(a, "  ") == NULL);
	if (len > 0) {
		FUZZ_CHECK(a[0] != '\n' && a[len - 1] != '\n');
		FUZZ_CHECK(a[len - 1] != ' ');
	}
	for (i = 0; i < len; i++)
		FUZZ_CHECK(a[i] != '\t' && a[i] != '\r');
	free(a);
}

static void
fuzz_line(const uint8_t *data, size_t size)
{
	char	*a;
	size_t	 len;

	a = text_clean_line((const char *)data, size);
	len = strlen(a);
	FUZZ_CHECK(text_is_clean(a, len));
	FUZZ_CHECK(strchr(a, '\n') == NULL);
	FUZZ_CHECK(len == 0 || (a[0] != ' ' && a[len - 1] != ' '));
	free(a);
	a = text_for_terminal((const char *)data, size);
	len = strlen(a);
	FUZZ_CHECK(text_is_clean(a, len));
	FUZZ_CHECK(strchr(a, '\n') == NULL);
	free(a);
}

/* Words of clean text: ordered, non-empty, in bounds, on boundaries. */
static int
fuzz_word(const char *s, size_t start, size_t end, void *arg)
{
	size_t	*last = arg;

	FUZZ_CHECK(start >= last[0] && start < end && end <= last[1]);
	FUZZ_CHECK(fuzz_on_boundary(s, last[1], start));
	FUZZ_CHECK(fuzz_on_boundary(s, last[1], end));
	last[0] = end;
	return 0;
}

/* Lines of a wrapped paragraph fit, spaces at their ends apart. */
static void
fuzz_wrap(const char *s, size_t len, size_t cols)
{
	size_t	*breaks, n, i, from, to, end, fit, w;

	n = text_wrap(s, len, cols, &breaks);
	for (i = 0, from = 0; i <= n; i++, from = to) {
		to = i < n ? breaks[i] : len;
		FUZZ_CHECK(to <= len && fuzz_on_boundary(s, len, to));
		FUZZ_CHECK(i == n || to > from);
		for (end = to; end > from && s[end - 1] == ' '; end--)
			/* nothing */;
		fit = text_fit(s + from, end - from, cols, &w);
		/* A line that does not fit is one cluster, too wide alone. */
		if (fit < end - from) {
			FUZZ_CHECK(fit == 0);
			FUZZ_CHECK((const char *)u8_grapheme_next(
			    (const uint8_t *)s + from,
			    (const uint8_t *)s + end) == s + end);
		}
	}
	free(breaks);
}

/* The helpers that assume clean input, on the cleaned input. */
static void
fuzz_helpers(const uint8_t *data, size_t size)
{
	char		*a, *f, *p;
	size_t		 len, flen, last[2], fit, w, cols, i;
	uint32_t	 uc;
	int		 k;

	a = text_clean((const char *)data, size, &len, NULL);
	f = text_fold(a, len, &flen);
	FUZZ_CHECK(f[flen] == '\0' && text_is_clean(f, flen));
	free(f);
	last[0] = 0;
	last[1] = len;
	text_words(a, len, fuzz_word, last);
	for (i = 0; i < len; i += (size_t)k) {
		k = text_next(a + i, len - i, &uc);
		FUZZ_CHECK(k > 0 && (size_t)k <= len - i);
	}
	for (cols = 0; cols < 12; cols++) {
		fit = text_fit(a, len, cols, &w);
		FUZZ_CHECK(fit <= len && w <= cols);
		FUZZ_CHECK(fuzz_on_boundary(a, len, fit));
		FUZZ_CHECK(text_width(a, fit) == w);
	}
	for (p = a; (p = strchr(p, '\n')) != NULL; p++)
		*p = ' ';
	for (cols = 1; cols < 9; cols++)
		fuzz_wrap(a, len, cols);
	fuzz_wrap(a, len, 80);
	free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_clean(data, size);
	fuzz_body(data, size);
	fuzz_line(data, size);
	fuzz_helpers(data, size);
	return 0;
}
