/*
 * Unit tests of the text module: cleaning hostile bytes, normal forms,
 * words, widths and wrapping.  All examples are made up.
 */
#include "parallax/text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>
#include <uninorm.h>
#include <unistr.h>

#include "parallax/util.h"

/* Clean in (len bytes) and check the output and the count of bad bytes. */
static void
check_clean(const char *in, size_t len, const char *want, size_t want_bad)
{
	char	*out;
	size_t	 n, bad;

	out = text_clean(in, len, &n, &bad);
	assert_string_equal(out, want);
	assert_int_equal(n, strlen(want));
	assert_int_equal(bad, want_bad);
	assert_true(text_is_clean(out, n));
	free(out);
}

#define CLEAN(in, want, bad) check_clean(in, sizeof (in) - 1, want, bad)

static void
test_text_invalid_bytes(void **state)
{
	(void)state;
	/* Lone continuation, bad lead, truncated 3-byte sequence at end. */
	CLEAN("a\x80" "b\xff" "c\xe2\x82", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD"
	    "c\xEF\xBF\xBD", 3);
	/* Truncated 2-byte sequence followed by ASCII: one replacement. */
	CLEAN("caf\xc3" "s", "caf\xEF\xBF\xBD" "s", 1);
	/* Overlong '/': C0 can never start a sequence, so two. */
	CLEAN("\xc0\xaf", "\xEF\xBF\xBD\xEF\xBF\xBD", 2);
	/* Encoded surrogate: ED may start one, A0 may not follow it. */
	CLEAN("\xed\xa0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3);
	/* Truncated 4-byte sequence is one maximal subpart. */
	CLEAN("x\xf0\x9f\x98y", "x\xEF\xBF\xBDy", 1);
	/* A real U+FFFD in the input is not counted. */
	CLEAN("\xEF\xBF\xBD", "\xEF\xBF\xBD", 0);
	/* NULL count is allowed. */
	free(text_clean("\xff", 1, NULL, NULL));
}

static void
test_text_bom(void **state)
{
	(void)state;
	CLEAN("\xef\xbb\xbfHeadline", "Headline", 0);
	CLEAN("\xef\xbb\xbfone\xef\xbb\xbftwo", "onetwo", 0);
}

static void
test_text_newlines(void **state)
{
	(void)state;
	CLEAN("one\r\ntwo\rthree\nfour\r\n", "one\ntwo\nthree\nfour\n", 0);
	CLEAN("a\r\r\nb", "a\n\nb", 0);
	/* Line and paragraph separators. */
	CLEAN("a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", "a\nb\n\nc", 0);
}

static void
test_text_csi(void **state)
{
	(void)state;
	CLEAN("\x1b[2J\x1b[HBreaking news", "Breaking news", 0);
	CLEAN("up\x1b[3Adown\x1b[10;20Hx\x1b[?25l\x1b[2K", "updownx", 0);
	CLEAN("\x1b[1;31mred\x1b[0m text", "red text", 0);
	/* Device status and attribute queries answer into the input. */
	CLEAN("a\x1b[6n\x1b[c\x1b[>0c\x1b[18tb", "ab", 0);
	/* Unfinished at the end of input. */
	CLEAN("tail\x1b[12;", "tail", 0);
}

static void
test_text_osc(void **state)
{
	(void)state;
	CLEAN("\x1b]0;evil\x07Title", "Title", 0);
	CLEAN("\x1b]2;evil\x1b\\ok", "ok", 0);
	/* OSC 52 writes the clipboard. */
	CLEAN("\x1b]52;c;cm0gLXJmIH4=\x07safe", "safe", 0);
	/* OSC 8 hyperlinks: the link text stays. */
	CLEAN("See \x1b]8;;https://example.invalid/x\x1b\\the report"
	    "\x1b]8;;\x1b\\.", "See the report.", 0);
	/* An unterminated string stops at the end of its line. */
	CLEAN("\x1b]0;never ends\nnext line", "\nnext line", 0);
}

static void
test_text_dcs_and_strings(void **state)
{
	(void)state;
	CLEAN("a\x1bP1$r0m\x1b\\b", "ab", 0);
	CLEAN("\x1b_apc\x1b\\\x1b^pm\x1b\\\x1bXsos\x1b\\end", "end", 0);
	/* ESC inside a string ends it and starts its own sequence. */
	CLEAN("\x1bPdata\x1b[31mred", "red", 0);
}

static void
test_text_short_escapes(void **state)
{
	(void)state;
	CLEAN("\x1b" "c\x1b" "7\x1b(Bok\x1b" "8\x1bZ", "ok", 0);
	CLEAN("lone\x1b", "lone", 0);
	CLEAN("\x1b\x1b[2Jx", "x", 0);
}

static void
test_text_raw_c1_bytes(void **state)
{
	(void)state;
	/* 8-bit C1 bytes are not UTF-8: replaced, never obeyed. */
	CLEAN("a\x9b" "2Jb\x85" "c", "a\xEF\xBF\xBD" "2Jb\xEF\xBF\xBD" "c",
	    2);
}

static void
test_text_encoded_c1(void **state)
{
	(void)state;
	/* U+009B CSI, U+009D OSC ... U+009C ST, U+0090 DCS. */
	CLEAN("a\xc2\x9b" "2Jb", "ab", 0);
	CLEAN("x\xc2\x9d" "0;title\xc2\x9cy", "xy", 0);
	CLEAN("p\xc2\x90q\xc2\x9cr", "pr", 0);
	/* NEL is a line end; other C1 controls go. */
	CLEAN("p\xc2\x85q", "p\nq", 0);
	CLEAN("\xc2\x80" "a\xc2\x8d" "b\xc2\x9c", "ab", 0);
	/* APC swallows its string up to ST. */
	CLEAN("a\xc2\x9f" "hidden\xc2\x9c" "b", "ab", 0);
}

static void
test_text_c0_controls(void **state)
{
	(void)state;
	CLEAN("a\0b\x07" "c\x7f" "d\x01\x1f" "e", "abcde", 0);
	CLEAN("a\tb\vc\fd", "a b c d", 0);
}

static void
test_text_overwrites(void **state)
{
	(void)state;
	/* \r and \b cannot hide text behind other text. */
	CLEAN("Rates rise\rRates fall", "Rates rise\nRates fall", 0);
	CLEAN("approved\b\b\b\b\b\b\b\bdenied", "approveddenied", 0);
}

static void
test_text_unicode_spaces(void **state)
{
	(void)state;
	CLEAN("a\xc2\xa0" "b\xe2\x80\x83" "c\xe2\x80\xaf" "d\xe3\x80\x80" "e",
	    "a b c d e", 0);
}

static void
test_text_bidi(void **state)
{
	(void)state;
	/* RLO ... PDF, LRI ... PDI, RLM, ALM. */
	CLEAN("a\xe2\x80\xae" "evil\xe2\x80\xac" "b\xe2\x81\xa6x\xe2\x81\xa9"
	    "\xe2\x80\x8f\xd8\x9c" "c", "aevilbxc", 0);
}

static void
test_text_invisible(void **state)
{
	(void)state;
	CLEAN("in\xe2\x80\x8bvis\xc2\xadi\xe2\x81\xa0" "b\xe1\xa0\x8el"
	    "\xef\xbf\xb9" "e\xf3\xa0\x80\x81\xf3\xa0\x81\xbf", "invisible", 0);
	/* Noncharacters. */
	CLEAN("\xef\xb7\x90\xef\xbf\xbe\xf0\x9f\xbf\xbfz", "z", 0);
}

static void
test_text_emoji_kept(void **state)
{
	(void)state;
	/* Heart with VS16, family joined by ZWJ, keycap, ZWNJ in Persian. */
	CLEAN("\xe2\x9d\xa4\xef\xb8\x8f", "\xe2\x9d\xa4\xef\xb8\x8f", 0);
	CLEAN("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d"
	    "\xf0\x9f\x91\xa7", "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9"
	    "\xe2\x80\x8d\xf0\x9f\x91\xa7", 0);
	CLEAN("1\xef\xb8\x8f\xe2\x83\xa3", "1\xef\xb8\x8f\xe2\x83\xa3", 0);
	CLEAN("\xd9\x85\xe2\x80\x8c\xdb\x8c", "\xd9\x85\xe2\x80\x8c\xdb\x8c",
	    0);
}

static void
test_text_nfc(void **state)
{
	(void)state;
	CLEAN("Cafe\xcc\x81 society", "Caf\xc3\xa9 society", 0);
	/* Greek oxia is a singleton: NFC makes it tonos. */
	CLEAN("\xe1\xbd\xb9", "\xcf\x8c", 0);
	/* Marks reordered by combining class, then composed. */
	CLEAN("a\xcc\xa3\xcc\x82", "\xe1\xba\xad", 0);
	CLEAN("a\xcc\x82\xcc\xa3", "\xe1\xba\xad", 0);
	/* Hangul jamo compose to a syllable. */
	CLEAN("\xe1\x84\x80\xe1\x85\xa1", "\xea\xb0\x80", 0);
}

static void
test_text_combining_bounded(void **state)
{
	struct buf	 b, want;
	char		*out;
	size_t		 i, n;
	clock_t		 t0;

	(void)state;
	buf_init(&b);
	buf_init(&want);
	buf_adds(&b, "a");
	for (i = 0; i < 5000; i++)
		buf_adds(&b, "\xcc\x81");
	buf_adds(&b, "b");
	/* Sixteen marks are kept; NFC composes the first with the a. */
	buf_adds(&want, "\xc3\xa1");
	for (i = 0; i < 15; i++)
		buf_adds(&want, "\xcc\x81");
	buf_adds(&want, "b");
	out = text_clean(b.data, b.len, &n, NULL);
	assert_string_equal(out, want.data);
	free(out);

	/* A megabyte of mixed marks with no base, in bounded time. */
	b.len = 0;
	for (i = 0; i < 500000; i++) {
		buf_addc(&b, '\xcc');
		buf_addc(&b, (char)(0x80 + i % 0x30));
	}
	t0 = clock();
	out = text_clean(b.data, b.len, &n, NULL);
	assert_true(n <= 32);
	assert_true(clock() - t0 < 2 * CLOCKS_PER_SEC);
	free(out);
	buf_fini(&b);
	buf_fini(&want);
}

/* Every single character, every canonical pair that composes and every
 * character doubled before a mark of low combining class comes out of
 * text_clean() in NFC: proves the table of NFC-safe characters. */
static void
test_text_always_nfc(void **state)
{
	uint8_t		 in[16], *nfc, tmp[64];
	uint32_t	 dec[UC_DECOMPOSITION_MAX_LENGTH];
	ucs4_t		 c;
	char		*out;
	size_t		 n, len, nlen;
	int		 k, tag, pass;

	(void)state;
	for (pass = 0; pass < 3; pass++) {
		for (c = 0x80; c <= 0x10FFFF; c++) {
			if (c >= 0xD800 && c <= 0xDFFF)
				continue;
			len = 0;
			if (pass == 1) {
				k = uc_decomposition(c, &tag, dec);
				if (k != 2 || tag != UC_DECOMP_CANONICAL)
					continue;
				len += (size_t)u8_uctomb(in, dec[0], 8);
				len += (size_t)u8_uctomb(in + len, dec[1], 8);
			} else if (pass == 2) {
				/* A mark would have to move before c c. */
				in[len++] = 'e';
				len += (size_t)u8_uctomb(in + len, c, 8);
				len += (size_t)u8_uctomb(in + len, c, 8);
				len += (size_t)u8_uctomb(in + len, 0x334, 8);
			} else
				len = (size_t)u8_uctomb(in, c, 8);
			out = text_clean((char *)in, len, &n, NULL);
			nlen = sizeof tmp;
			nfc = u8_normalize(UNINORM_NFC, (uint8_t *)out, n,
			    tmp, &nlen);
			assert_non_null(nfc);
			if (nlen != n || memcmp(nfc, out, n) != 0)
				fail_msg("U+%04X pass %d not NFC", c, pass);
			if (nfc != tmp)
				free(nfc);
			free(out);
		}
	}
}

static void
test_text_clean_body(void **state)
{
	char	*out;
	size_t	 n, bad;
	const char in[] = "\r\n  First  para,\tsecond clause.  \r\n"
	    "\r\n\r\n\r\nSecond\xc2\xa0para.\nline two   \n \n\n\xff\n";

	(void)state;
	out = text_clean_body(in, sizeof in - 1, &n, &bad);
	assert_string_equal(out, "First para, second clause.\n\n"
	    "Second para.\nline two\n\n\xEF\xBF\xBD");
	assert_int_equal(n, strlen(out));
	assert_int_equal(bad, 1);
	free(out);
	out = text_clean_body(" \n\n ", 4, &n, NULL);
	assert_string_equal(out, "");
	assert_int_equal(n, 0);
	free(out);
}

static void
test_text_clean_line(void **state)
{
	char		*out;
	const char	 in[] = "\n  Headline:\tsplit\r\nover \x1b[1mlines  \n";

	(void)state;
	out = text_clean_line(in, sizeof in - 1);
	assert_string_equal(out, "Headline: split over lines");
	free(out);
}

static void
test_text_is_clean(void **state)
{
	const char	 hostile[] = "\xef\xbb\xbf\x1b]0;x\x07" "a\r\n\t\xff"
	    "\xc2\x9b" "1m\xe2\x80\xae\xe2\x80\x8b\xc2\xa0" "b\0";
	char		*out;
	size_t		 n;

	(void)state;
	assert_false(text_is_clean(hostile, sizeof hostile - 1));
	out = text_clean(hostile, sizeof hostile - 1, &n, NULL);
	assert_true(text_is_clean(out, n));
	assert_string_equal(out, "a\n \xEF\xBF\xBD" " b");
	free(out);
	assert_true(text_is_clean("plain\ntext \xe4\xb8\xad", 14));
	assert_false(text_is_clean("\x1b[2J", 4));
	assert_false(text_is_clean("a\tb", 3));
	assert_false(text_is_clean("a\rb", 3));
	assert_false(text_is_clean("\xff", 1));
	assert_false(text_is_clean("\xe2\x80\xae", 3));
	assert_false(text_is_clean("\xc2\x85", 2));
	assert_false(text_is_clean("\xef\xbb\xbf", 3));
	assert_true(text_is_clean("", 0));
}

static void
test_text_fold(void **state)
{
	/* "“Defence” — Ｆｕｌｌ…" */
	const char	 in[] = "\xe2\x80\x9c" "Defence\xe2\x80\x9d "
	    "\xe2\x80\x94 \xef\xbc\xa6\xef\xbd\x95\xef\xbd\x8c"
	    "\xef\xbd\x8c\xe2\x80\xa6";
	const char	*fold;
	char		*out;
	size_t		 n;

	(void)state;
	out = text_fold(in, sizeof in - 1, &n);
	assert_string_equal(out, "\"defence\" - full...");
	assert_int_equal(n, strlen(out));
	free(out);
	fold = "It\xe2\x80\x99s STRA\xc3\x9f" "E\xc2\xa0" "5\xe2\x80\x93" "6";
	out = text_fold(fold, strlen(fold), &n);
	assert_string_equal(out, "it's strasse 5-6");
	free(out);
	fold = "Caf\xc3\x89 CAFE\xcc\x81";
	out = text_fold(fold, strlen(fold), NULL);
	assert_string_equal(out, "caf\xc3\xa9 caf\xc3\xa9");
	free(out);
	out = text_fold("ASCII Only 42", 13, &n);
	assert_string_equal(out, "ascii only 42");
	free(out);
}

struct words {
	char	list[512];
	int	count;
	int	stop_at;
};

static int
collect_word(const char *s, size_t start, size_t end, void *arg)
{
	struct words	*w = arg;
	size_t		 used = strlen(w->list);

	snprintf(w->list + used, sizeof w->list - used, "%s%.*s",
	    used > 0 ? "|" : "", (int)(end - start), s + start);
	if (++w->count == w->stop_at)
		return 7;
	return 0;
}

static void
test_text_words(void **state)
{
	struct words	 w;
	const char	*s = "The U.S. economy grew 3%, to $1.5bn \xe2\x80\x94 "
	    "officials' figures don't lie.";

	(void)state;
	memset(&w, 0, sizeof w);
	assert_int_equal(text_words(s, strlen(s), collect_word, &w), 0);
	assert_string_equal(w.list, "The|U.S|economy|grew|3|to|1.5bn|"
	    "officials|figures|don't|lie");
	memset(&w, 0, sizeof w);
	w.stop_at = 2;
	assert_int_equal(text_words(s, strlen(s), collect_word, &w), 7);
	assert_string_equal(w.list, "The|U.S");
	memset(&w, 0, sizeof w);
	s = "caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 -- !";
	assert_int_equal(text_words(s, strlen(s), collect_word, &w), 0);
	assert_string_equal(w.list, "caf\xc3\xa9|\xe4\xb8\xad|\xe6\x96\x87");
	assert_int_equal(text_words("", 0, collect_word, &w), 0);
}

static void
test_text_width(void **state)
{
	(void)state;
	assert_int_equal(text_width("abc", 3), 3);
	assert_int_equal(text_width("\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97", 9),
	    6);
	assert_int_equal(text_width("e\xcc\x81", 3), 1);
	assert_int_equal(text_width("a\xcc\x81\xcc\x82\xcc\xa3", 7), 1);
	assert_int_equal(text_width("\xef\xbc\xa6", 3), 2);
	assert_int_equal(text_width("a\x1b" "b\n", 4), 2);
	assert_int_equal(text_width("", 0), 0);
}

static void
test_text_fit(void **state)
{
	const char	*s = "a\xe4\xb8\xad" "b";
	size_t		 w;

	(void)state;
	/* The wide character is never cut in half. */
	assert_int_equal(text_fit(s, 5, 2, &w), 1);
	assert_int_equal(w, 1);
	assert_int_equal(text_fit(s, 5, 3, &w), 4);
	assert_int_equal(w, 3);
	assert_int_equal(text_fit(s, 5, 10, &w), 5);
	assert_int_equal(w, 4);
	assert_int_equal(text_fit(s, 5, 0, &w), 0);
	assert_int_equal(w, 0);
	/* Marks stay with their base. */
	assert_int_equal(text_fit("e\xcc\x81\xcc\xa3x", 6, 1, &w), 5);
	assert_int_equal(w, 1);
	assert_int_equal(text_fit("ab\xcc\x81", 4, 1, NULL), 1);
	assert_int_equal(text_fit("ab\xcc\x81", 4, 2, NULL), 4);
}

/* Check that every line of s broken at breaks is at most cols wide, not
 * counting the spaces that end it. */
static void
check_lines(const char *s, size_t len, size_t cols, const size_t *breaks,
    size_t n)
{
	size_t	i, start = 0, end;

	for (i = 0; i <= n; i++) {
		end = i < n ? breaks[i] : len;
		assert_true(end > start);
		while (end > start && s[end - 1] == ' ')
			end--;
		if (text_width(s + start, end - start) > cols)
			fail_msg("line %zu [%.*s] wider than %zu", i,
			    (int)(end - start), s + start, cols);
		start = i < n ? breaks[i] : len;
	}
}

static void
test_text_wrap_english(void **state)
{
	const char	*s = "The quick brown fox jumps over the lazy dog";
	size_t		*b, n, cols;

	(void)state;
	/* libunistring counts the space after a word: "jumps over " does
	 * not fit in 10 columns. */
	n = text_wrap(s, strlen(s), 10, &b);
	assert_int_equal(n, 4);
	assert_int_equal(b[0], 10);
	assert_int_equal(b[1], 20);
	assert_int_equal(b[2], 26);
	assert_int_equal(b[3], 35);
	free(b);
	n = text_wrap(s, strlen(s), 11, &b);
	assert_int_equal(n, 4);
	assert_int_equal(b[0], 10);
	assert_int_equal(b[1], 20);
	assert_int_equal(b[2], 31);
	assert_int_equal(b[3], 40);
	free(b);
	for (cols = 3; cols <= 50; cols++) {
		n = text_wrap(s, strlen(s), cols, &b);
		check_lines(s, strlen(s), cols, b, n);
		free(b);
	}
	n = text_wrap(s, strlen(s), 80, &b);
	assert_int_equal(n, 0);
	assert_null(b);
	assert_int_equal(text_wrap("", 0, 10, &b), 0);
}

static void
test_text_wrap_long_word(void **state)
{
	const char	*s = "abcdefghijklmnopqrstuvwxyz end";
	size_t		*b, n;

	(void)state;
	n = text_wrap(s, strlen(s), 10, &b);
	assert_int_equal(n, 2);
	assert_int_equal(b[0], 10);
	assert_int_equal(b[1], 20);
	free(b);
	s = "go https://example.invalid/a/very/long/path now";
	n = text_wrap(s, strlen(s), 12, &b);
	check_lines(s, strlen(s), 12, b, n);
	free(b);
}

static void
test_text_wrap_cjk(void **state)
{
	const char	*s = "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe4\xb8\xad"
	    "\xe6\x96\x87\xe5\xad\x97";
	const char	*mixed = "\xe6\x96\xb0\xe9\x97\xbb\xe6\x8a\xa5\xe9\x81"
	    "\x93\xe3\x80\x82 Reports in two \xe8\xaf\xad\xe8\xa8\x80 mixed "
	    "\xe4\xb8\x80\xe8\xb5\xb7\xe3\x80\x82";
	size_t		*b, n, cols;

	(void)state;
	n = text_wrap(s, strlen(s), 4, &b);
	assert_int_equal(n, 2);
	assert_int_equal(b[0], 6);
	assert_int_equal(b[1], 12);
	free(b);
	n = text_wrap(s, strlen(s), 5, &b);
	assert_int_equal(n, 2);
	assert_int_equal(b[0], 6);
	free(b);
	for (cols = 2; cols <= 30; cols++) {
		n = text_wrap(s, strlen(s), cols, &b);
		check_lines(s, strlen(s), cols, b, n);
		free(b);
		n = text_wrap(mixed, strlen(mixed), cols, &b);
		check_lines(mixed, strlen(mixed), cols, b, n);
		free(b);
	}
}

static void
test_text_for_terminal(void **state)
{
	char	*out;

	(void)state;
	out = text_for_terminal("a\nb\tc\x1b[31md\xff\r\n", 15);
	assert_string_equal(out, "a b cd\xEF\xBF\xBD ");
	free(out);
}

static void
test_text_next(void **state)
{
	uint32_t	uc;

	(void)state;
	assert_int_equal(text_next("A", 1, &uc), 1);
	assert_int_equal(uc, 'A');
	assert_int_equal(text_next("\xc3\xa9x", 3, &uc), 2);
	assert_int_equal(uc, 0xE9);
	assert_int_equal(text_next("\xe2\x82\xac", 3, &uc), 3);
	assert_int_equal(uc, 0x20AC);
	assert_int_equal(text_next("\xf0\x9f\x98\x80", 4, &uc), 4);
	assert_int_equal(uc, 0x1F600);
	assert_int_equal(text_next("\xe2\x82", 2, &uc), 2);
	assert_int_equal(uc, 0xFFFD);
}

/* Read a file of the shared data, or skip the test when it is absent. */
static char *
read_shared(const char *name, size_t *len)
{
	const char	*top;
	char		*path, *data, *cause;

	if ((top = getenv("PARALLAX_SHARED")) == NULL)
		top = "../shared";
	path = xasprintf("%s/data/utf8/%s", top, name);
	if (util_read_file(path, 1 << 20, &data, len, &cause) != 0) {
		free(cause);
		data = NULL;
	}
	free(path);
	return data;
}

static void
test_text_kuhn_files(void **state)
{
	char	*data, *out;
	uint8_t	*nfc;
	size_t	 len, n, bad, nlen, i, lines;

	(void)state;
	if ((data = read_shared("UTF-8-test.txt", &len)) == NULL)
		skip();
	out = text_clean(data, len, &n, &bad);
	assert_true(text_is_clean(out, n));
	assert_int_equal(bad, 378);
	for (i = lines = 0; i < n; i++)
		lines += out[i] == '\n';
	assert_int_equal(lines, 300);
	free(out);
	free(data);

	if ((data = read_shared("UTF-8-demo.txt", &len)) == NULL)
		skip();
	out = text_clean(data, len, &n, &bad);
	assert_true(text_is_clean(out, n));
	assert_int_equal(bad, 0);
	nfc = u8_normalize(UNINORM_NFC, (uint8_t *)data, len, NULL, &nlen);
	assert_non_null(nfc);
	assert_int_equal(n, nlen);
	assert_memory_equal(out, nfc, n);
	free(nfc);
	free(out);
	free(data);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_invalid_bytes),
		cmocka_unit_test(test_text_bom),
		cmocka_unit_test(test_text_newlines),
		cmocka_unit_test(test_text_csi),
		cmocka_unit_test(test_text_osc),
		cmocka_unit_test(test_text_dcs_and_strings),
		cmocka_unit_test(test_text_short_escapes),
		cmocka_unit_test(test_text_raw_c1_bytes),
		cmocka_unit_test(test_text_encoded_c1),
		cmocka_unit_test(test_text_c0_controls),
		cmocka_unit_test(test_text_overwrites),
		cmocka_unit_test(test_text_unicode_spaces),
		cmocka_unit_test(test_text_bidi),
		cmocka_unit_test(test_text_invisible),
		cmocka_unit_test(test_text_emoji_kept),
		cmocka_unit_test(test_text_nfc),
		cmocka_unit_test(test_text_combining_bounded),
		cmocka_unit_test(test_text_always_nfc),
		cmocka_unit_test(test_text_clean_body),
		cmocka_unit_test(test_text_clean_line),
		cmocka_unit_test(test_text_is_clean),
		cmocka_unit_test(test_text_fold),
		cmocka_unit_test(test_text_words),
		cmocka_unit_test(test_text_width),
		cmocka_unit_test(test_text_fit),
		cmocka_unit_test(test_text_wrap_english),
		cmocka_unit_test(test_text_wrap_long_word),
		cmocka_unit_test(test_text_wrap_cjk),
		cmocka_unit_test(test_text_for_terminal),
		cmocka_unit_test(test_text_next),
		cmocka_unit_test(test_text_kuhn_files),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
