/*
 * fuzz-segment: the sentence splitter on cleaned hostile text.  Sentences
 * are ordered, disjoint, inside the body, trimmed, never cross a
 * paragraph break and cover every non-blank byte; quotations are ordered,
 * disjoint, inside the body, point at a sentence, and their speakers are
 * inside the body too.
 */
#include "fuzz.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/segment.h"
#include "parallax/text.h"

static bool
fuzz_blank(char c)
{
	return c == ' ' || c == '\n';
}

static void
fuzz_sentences(const char *b, size_t len, const struct segment_result *r)
{
	const struct segment_span	*s;
	size_t				 i, at = 0, k;

	for (i = 0; i < r->nsentences; i++) {
		s = &r->sentences[i];
		FUZZ_CHECK(s->start >= at && s->start < s->end);
		FUZZ_CHECK(s->end <= len);
		FUZZ_CHECK(!fuzz_blank(b[s->start]));
		FUZZ_CHECK(!fuzz_blank(b[s->end - 1]));
		/* Only blanks between two sentences. */
		for (k = at; k < s->start; k++)
			FUZZ_CHECK(fuzz_blank(b[k]));
		for (k = s->start; k + 1 < s->end; k++)
			FUZZ_CHECK(b[k] != '\n' || b[k + 1] != '\n');
		at = s->end;
	}
	for (k = at; k < len; k++)
		FUZZ_CHECK(fuzz_blank(b[k]));
}

static void
fuzz_quotes(size_t len, const struct segment_result *r)
{
	const struct segment_quote	*q;
	size_t				 i, at = 0;

	for (i = 0; i < r->nquotes; i++) {
		q = &r->quotes[i];
		FUZZ_CHECK(q->span.start >= at && q->span.start <= q->span.end);
		FUZZ_CHECK(q->span.end <= len);
		FUZZ_CHECK(q->sentence < r->nsentences);
		FUZZ_CHECK(q->speaker.start <= q->speaker.end);
		FUZZ_CHECK(q->speaker.end <= len);
		at = q->span.end;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct segment_result	 r;
	char			*body;
	size_t			 len;

	body = text_clean_body((const char *)data, size, &len, NULL);
	segment_text(body, len, &r);
	fuzz_sentences(body, len, &r);
	fuzz_quotes(len, &r);
	segment_result_fini(&r);
	free(body);
	return 0;
}
