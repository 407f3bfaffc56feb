/*
 * segment: cut a clean article body into sentences and quotations, as
 * byte spans of the body, and find who each quotation is attributed to.
 * Pure text processing: no store, no curses, no allocation kept after the
 * caller frees the result.
 */
#ifndef PARALLAX_SEGMENT_H
#define PARALLAX_SEGMENT_H

#include <stddef.h>

/* A half-open byte span [start, end) of the body. */
struct segment_span {
	size_t	start;
	size_t	end;
};

/*
 * A quotation: the quoted words (without the quote marks), the sentence
 * (index into the sentence array) where it opens, and the speaker it is
 * attributed to, as a span of the body ("Kirby", "a senior official"), or
 * speaker.start == speaker.end when none is found.  A pronoun ("he added")
 * resolves to the last named speaker before it.
 *
 * Details: quotations are spans inside straight or curly double quotes,
 * guillemets, and curly single quotes used as quotation marks (never
 * apostrophes or straight single quotes); only outermost quotations are
 * listed, ordered and non-overlapping.  The span is trimmed and a final
 * comma dropped ("We will stay,").  A name speaker drops its title and
 * anything before the title ("Mr Kirby", "Police Chief Supt. Gwen Rae"
 * give "Kirby", "Gwen Rae"); a noun phrase keeps its determiner ("the
 * official").  A pronoun with no named speaker before it takes the last
 * speaker of any kind.  A quotation left open at the end of a paragraph
 * whose next paragraph opens with a new mark (news style) ends at its
 * paragraph's end and the next one inherits its speaker; one left open
 * otherwise is dropped as a stray mark.  A quotation without its own
 * attribution that begins a sentence takes the speaker of the quotation
 * before it in the same paragraph.
 */
struct segment_quote {
	struct segment_span	span;
	size_t			sentence;
	struct segment_span	speaker;
};

struct segment_result {
	struct segment_span	*sentences;
	size_t			 nsentences;
	struct segment_quote	*quotes;
	size_t			 nquotes;
};

/*
 * Segment len bytes of clean UTF-8 (paragraphs separated by blank lines).
 * Sentences never cross a paragraph break, cover every non-blank byte of
 * the body exactly once apart from the whitespace between them, and carry
 * no leading or trailing whitespace.  Fills *out; free with
 * segment_result_fini().  Never fails.
 */
void	segment_text(const char *body, size_t len, struct segment_result *out);

/* Free the arrays of a result; the struct itself is the caller's. */
void	segment_result_fini(struct segment_result *r);

#endif
