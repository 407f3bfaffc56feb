/*
 * text: everything parallax does to Unicode text, built on libunistring.
 * UTF-8 repair, sanitising for storage and for the terminal, NFC/NFKC
 * normalisation and case folding, words, display width and wrapping.
 * Never touches curses, SQL or files.
 */
#ifndef PARALLAX_TEXT_H
#define PARALLAX_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Clean untrusted bytes into the form parallax stores: invalid UTF-8
 * becomes U+FFFD (each maximal bad sequence counts once in *invalid, which
 * may be NULL), a leading BOM is dropped, CRLF and CR become LF, tabs and
 * other blanks become spaces, ANSI/VT escape sequences (CSI, OSC, DCS, …)
 * are removed whole, other C0 and C1 controls, bidi embeddings, overrides
 * and isolates, and invisible format characters (zero-width space, word
 * joiner, soft hyphen, …) are removed.  ZWJ and variation selectors are
 * kept (emoji need them).  The result is NFC, NUL-terminated, caller frees.
 */
char	*text_clean(const char *in, size_t len, size_t *out_len,
	    size_t *invalid);

/*
 * Like text_clean() and then tidy whitespace for a body: trailing spaces
 * removed from every line, runs of spaces inside a line collapsed to one,
 * three or more newlines collapsed to a blank line, leading and trailing
 * blank lines removed.  Paragraphs (blank-line separated) are kept.
 */
char	*text_clean_body(const char *in, size_t len, size_t *out_len,
	    size_t *invalid);

/* Clean a one-line field (title, author…): as text_clean_body() with all
 * newlines made spaces and the ends trimmed.  Caller frees. */
char	*text_clean_line(const char *in, size_t len);

/* True when s (len bytes) is valid UTF-8 with no C0/C1 control other than
 * '\n' and no escape, bidi control or invisible character: what
 * text_clean() guarantees. */
bool	text_is_clean(const char *s, size_t len);

/*
 * NFKC plus case folding, with typographic variants made plain: curly
 * quotes to ' and ", dashes to -, ellipsis to "...", non-breaking and other
 * spaces to ' '.  Used for matching, never for display.  Caller frees.
 */
char	*text_fold(const char *s, size_t len, size_t *out_len);

/*
 * Call fn for each word of s: a run that libunistring's word breaker
 * delimits and that contains at least one letter or digit.  start/end are
 * byte offsets into s.  Stops early when fn returns non-zero and returns
 * that value; 0 otherwise.
 */
typedef int (*text_word_fn)(const char *s, size_t start, size_t end,
	    void *arg);
int	text_words(const char *s, size_t len, text_word_fn fn, void *arg);

/* Display width in terminal columns of len bytes of clean UTF-8: in a
 * UTF-8 locale what wcwidth() says, as curses and terminals count, and
 * libunistring's width for characters wcwidth() does not know. */
size_t	text_width(const char *s, size_t len);

/*
 * The longest prefix of s (len bytes) that fits in cols columns, without
 * splitting a character or separating combining marks from their base.
 * Returns its length in bytes; *width (may be NULL) receives its width.
 */
size_t	text_fit(const char *s, size_t len, size_t cols, size_t *width);

/*
 * Break s (len bytes, one paragraph, no newlines) into lines of at most
 * cols columns with libunistring's line breaker.  Fills *breaks with a
 * malloc'd array of the byte offsets where each line after the first
 * starts and returns their count.  A word longer than cols is cut at a
 * column boundary.  Spaces at a break stay at the end of the line before.
 */
size_t	text_wrap(const char *s, size_t len, size_t cols, size_t **breaks);

/*
 * Make a string safe for a terminal: text_clean() plus every remaining
 * control or newline shown as a visible placeholder (U+FFFD for bad bytes,
 * a space for newlines and tabs).  For text printed by the command line
 * and for anything not already cleaned.  Caller frees.
 */
char	*text_for_terminal(const char *s, size_t len);

/* Decode one character at s (len > 0 bytes, clean UTF-8); returns its
 * length in bytes and sets *uc. */
int	text_next(const char *s, size_t len, uint32_t *uc);

#endif
