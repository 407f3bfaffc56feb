/*
 * text: Unicode text handling for parallax, all of it on libunistring.
 * Repairs and sanitises untrusted bytes (invalid UTF-8, terminal escape
 * sequences, controls, bidi and invisible characters), normalises (NFC for
 * storage, NFKC plus case folding for matching), breaks words, measures
 * display width and wraps.  It must not touch curses, SQL or files, keep
 * state, or print anything.
 */
/* wcwidth() */
#define _XOPEN_SOURCE 700

#include "parallax/text.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwbrk.h>
#include <uniwidth.h>

#include "parallax/util.h"

/* Combining marks kept after one base character; the rest are dropped so
 * that hostile "zalgo" text cannot make normalisation or drawing slow. */
#define TEXT_MAX_MARKS 16

/* Buffers for breaks of strings up to this size live on the stack. */
#define TEXT_STACK_BREAKS 4096

/* libunistring's encoding argument: never the locale's. */
#define TEXT_ENCODING "UTF-8"

/* What text_clean() does with a character. */
enum text_class {
	TEXT_KEEP = 0,
	TEXT_DROP,
	TEXT_SPACE,
	TEXT_NEWLINE,
	TEXT_PARAGRAPH
};

struct text_range {
	uint32_t	lo;
	uint32_t	hi;
	int		cls;
};

/* Non-ASCII characters, from U+00A0 up, that are not simply kept; sorted
 * and disjoint for text_find(). */
static const struct text_range text_classes[] = {
	{ 0x00A0, 0x00A0, TEXT_SPACE },		/* no-break space */
	{ 0x00AD, 0x00AD, TEXT_DROP },		/* soft hyphen */
	{ 0x061C, 0x061C, TEXT_DROP },		/* Arabic letter mark */
	{ 0x1680, 0x1680, TEXT_SPACE },		/* ogham space mark */
	{ 0x180E, 0x180E, TEXT_DROP },		/* Mongolian vowel separator */
	{ 0x2000, 0x200A, TEXT_SPACE },		/* en quad .. hair space */
	{ 0x200B, 0x200B, TEXT_DROP },		/* zero-width space */
	{ 0x200E, 0x200F, TEXT_DROP },		/* LRM, RLM */
	{ 0x2028, 0x2028, TEXT_NEWLINE },	/* line separator */
	{ 0x2029, 0x2029, TEXT_PARAGRAPH },	/* paragraph separator */
	{ 0x202A, 0x202E, TEXT_DROP },		/* embeddings, overrides */
	{ 0x202F, 0x202F, TEXT_SPACE },		/* narrow no-break space */
	{ 0x205F, 0x205F, TEXT_SPACE },		/* medium maths space */
	{ 0x2060, 0x206F, TEXT_DROP },		/* joiner, isolates, ... */
	{ 0x3000, 0x3000, TEXT_SPACE },		/* ideographic space */
	{ 0xFDD0, 0xFDEF, TEXT_DROP },		/* noncharacters */
	{ 0xFEFF, 0xFEFF, TEXT_DROP },		/* BOM, ZWNBSP */
	{ 0xFFF9, 0xFFFB, TEXT_DROP },		/* interlinear annotation */
	{ 0xE0000, 0xE007F, TEXT_DROP },	/* tag characters */
};

/*
 * Characters that are NFC, have combining class 0 and never compose with
 * the character before them: a string made only of these (and of anything
 * below U+0300) is already NFC, so u8_normalize() is skipped.  Sorted and
 * disjoint; the unit test checks it against libunistring's data.
 */
static const struct text_range text_nfc_safe[] = {
	{ 0x0400, 0x0482, 0 },		/* Cyrillic */
	{ 0x048A, 0x052F, 0 },
	{ 0x05D0, 0x05EA, 0 },		/* Hebrew letters */
	{ 0x0620, 0x064A, 0 },		/* Arabic letters */
	{ 0x1E00, 0x1EFF, 0 },		/* Latin extended additional */
	{ 0x2010, 0x2027, 0 },		/* dashes, quotes, bullets */
	{ 0x2030, 0x205E, 0 },
	{ 0x20A0, 0x20C0, 0 },		/* currency */
	{ 0x2190, 0x21FF, 0 },		/* arrows */
	{ 0x2500, 0x27BF, 0 },		/* box drawing .. dingbats */
	{ 0x3001, 0x3029, 0 },		/* CJK punctuation */
	{ 0x3030, 0x303F, 0 },
	{ 0x3041, 0x3096, 0 },		/* hiragana */
	{ 0x30A1, 0x30FA, 0 },		/* katakana */
	{ 0x4E00, 0x9FFF, 0 },		/* CJK unified ideographs */
	{ 0xAC00, 0xD7A3, 0 },		/* Hangul syllables */
	{ 0xFF01, 0xFFEE, 0 },		/* halfwidth and fullwidth forms */
	{ 0xFFFD, 0xFFFD, 0 },
	{ 0x1F300, 0x1FAFF, 0 },	/* pictographs, emoji */
};

/* The growing output of text_clean(); always room for a NUL. */
struct text_out {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

static const struct text_range *
text_find(const struct text_range *r, size_t n, uint32_t uc)
{
	size_t	lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (uc < r[mid].lo)
			hi = mid;
		else if (uc > r[mid].hi)
			lo = mid + 1;
		else
			return &r[mid];
	}
	return NULL;
}

/* The class of a character at or above U+00A0. */
static int
text_class_of(uint32_t uc)
{
	const struct text_range	*r;

	if ((uc >= 0x3001 && uc < 0xFDD0) || (uc > 0xAD && uc < 0x61C))
		return TEXT_KEEP;
	if ((uc & 0xFFFE) == 0xFFFE)
		return TEXT_DROP;	/* U+xFFFE and U+xFFFF */
	r = text_find(text_classes, UTIL_NELEM(text_classes), uc);
	return r == NULL ? TEXT_KEEP : r->cls;
}

static bool
text_is_nfc_safe(uint32_t uc)
{
	return uc < 0x300 ||
	    text_find(text_nfc_safe, UTIL_NELEM(text_nfc_safe), uc) != NULL;
}

/* A combining mark (for the per-base limit): non-zero combining class or
 * general category M. */
static bool
text_is_mark(uint32_t uc)
{
	return uc_combining_class(uc) != 0 ||
	    uc_is_general_category(uc, UC_CATEGORY_M);
}

/*
 * Decode one character at s (n > 0 bytes) into *uc; returns its length.
 * Invalid UTF-8 gives U+FFFD and sets *bad; its length is that of the
 * maximal subpart (the longest prefix that could start a well-formed
 * sequence, at least one byte), as Unicode recommends, so each bad
 * sequence is replaced once.
 */
static size_t
text_decode(const uint8_t *s, size_t n, uint32_t *uc, bool *bad)
{
	ucs4_t	c;
	size_t	m;
	int	k;

	if ((k = u8_mbtoucr(&c, s, n)) > 0) {
		*uc = c;
		*bad = false;
		return (size_t)k;
	}
	for (m = 1; m < 4 && m < n; m++) {
		if (u8_mbtoucr(&c, s, m + 1) != -2)
			break;
	}
	*uc = 0xFFFD;
	*bad = true;
	return m;
}

/* text_decode() with the ASCII case inline, for clean or folded text. */
static inline size_t
text_step(const uint8_t *s, size_t n, uint32_t *uc)
{
	bool	bad;

	if (s[0] < 0x80) {
		*uc = s[0];
		return 1;
	}
	return text_decode(s, n, uc, &bad);
}

static void
text_out_grow(struct text_out *o, size_t need)
{
	size_t	cap = o->cap < 64 ? 64 : o->cap;

	while (cap - o->len < need) {
		if (cap > SIZE_MAX / 2)
			die("text too large");
		cap *= 2;
	}
	o->p = xrealloc(o->p, cap);
	o->cap = cap;
}

static inline void
text_out_add(struct text_out *o, const void *data, size_t n)
{
	if (o->cap - o->len <= n)
		text_out_grow(o, n + 1);
	memcpy(o->p + o->len, data, n);
	o->len += n;
}

/* Index just past a CSI sequence whose parameters start at s[i]. */
static size_t
text_skip_csi(const uint8_t *s, size_t n, size_t i)
{
	while (i < n && s[i] >= 0x20 && s[i] <= 0x3F)
		i++;
	if (i < n && s[i] >= 0x40 && s[i] <= 0x7E)
		i++;
	return i;
}

/*
 * Index just past a control string (OSC, DCS, SOS, PM, APC) whose body
 * starts at s[i].  BEL, ST (ESC \ or U+009C), CAN and SUB end it and go
 * with it; another ESC, a line end or the end of input end it and stay, so
 * that an unterminated string never eats more than the rest of its line.
 */
static size_t
text_skip_string(const uint8_t *s, size_t n, size_t i)
{
	for (; i < n; i++) {
		switch (s[i]) {
		case 0x07:
		case 0x18:
		case 0x1A:
			return i + 1;
		case 0x1B:
			if (i + 1 < n && s[i + 1] == '\\')
				return i + 2;
			return i;
		case '\n':
		case '\r':
			return i;
		case 0xC2:
			if (i + 1 < n && s[i + 1] == 0x9C)
				return i + 2;
			break;
		default:
			break;
		}
	}
	return i;
}

/* Index just past an escape sequence whose ESC was just before s[i]. */
static size_t
text_skip_escape(const uint8_t *s, size_t n, size_t i)
{
	if (i >= n)
		return i;
	switch (s[i]) {
	case '[':
		return text_skip_csi(s, n, i + 1);
	case ']':
	case 'P':
	case 'X':
	case '^':
	case '_':
		return text_skip_string(s, n, i + 1);
	default:
		break;
	}
	if (s[i] >= 0x20 && s[i] <= 0x2F) {
		/* nF: intermediates then one final byte (ESC ( B). */
		while (i < n && s[i] >= 0x20 && s[i] <= 0x2F)
			i++;
		if (i < n && s[i] >= 0x30 && s[i] <= 0x7E)
			i++;
		return i;
	}
	if (s[i] >= 0x30 && s[i] <= 0x7E)
		return i + 1;	/* two-character escape (ESC 7, ESC c) */
	return i;		/* a lone ESC */
}

/* Handle a C0 control or DEL at s[i]; returns the next index. */
static size_t
text_clean_c0(const uint8_t *s, size_t n, size_t i, struct text_out *o)
{
	switch (s[i]) {
	case '\r':
		text_out_add(o, "\n", 1);
		return i + 1 < n && s[i + 1] == '\n' ? i + 2 : i + 1;
	case '\n':
		text_out_add(o, "\n", 1);
		return i + 1;
	case '\t':
	case '\v':
	case '\f':
		text_out_add(o, " ", 1);
		return i + 1;
	case 0x1B:
		return text_skip_escape(s, n, i + 1);
	default:
		return i + 1;	/* other C0 controls and DEL */
	}
}

/* Handle a C1 control uc whose encoding ends just before s[i]. */
static size_t
text_clean_c1(const uint8_t *s, size_t n, size_t i, uint32_t uc,
    struct text_out *o)
{
	switch (uc) {
	case 0x85:		/* NEL */
		text_out_add(o, "\n", 1);
		return i;
	case 0x9B:		/* CSI */
		return text_skip_csi(s, n, i);
	case 0x90:		/* DCS */
	case 0x98:		/* SOS */
	case 0x9D:		/* OSC */
	case 0x9E:		/* PM */
	case 0x9F:		/* APC */
		return text_skip_string(s, n, i);
	default:
		return i;
	}
}

/*
 * The sanitising pass of text_clean(): everything but NFC.  Sets
 * *needs_nfc when a character that may not be NFC was kept.
 */
static void
text_sanitise(const uint8_t *s, size_t n, struct text_out *o,
    size_t *invalid, bool *needs_nfc)
{
	size_t		 i = 0, j, k, marks = 0, before;
	uint32_t	 uc;
	bool		 bad;

	while (i < n) {
		if (s[i] >= 0x20 && s[i] < 0x7F) {
			for (j = i + 1; j < n && s[j] >= 0x20 && s[j] < 0x7F;
			    j++)
				/* nothing */;
			text_out_add(o, s + i, j - i);
			i = j;
			marks = 0;
			continue;
		}
		/*
		 * A control that is dropped (or an escape sequence skipped)
		 * leaves the marks around it on one base: only what is
		 * written starts a new count, so that interleaved controls
		 * cannot smuggle an unbounded run of marks through.
		 */
		before = o->len;
		if (s[i] < 0x80) {
			i = text_clean_c0(s, n, i, o);
			if (o->len != before)
				marks = 0;
			continue;
		}
		k = text_decode(s + i, n - i, &uc, &bad);
		i += k;
		if (bad) {
			(*invalid)++;
			text_out_add(o, "\xEF\xBF\xBD", 3);
			marks = 0;
			continue;
		}
		if (uc < 0xA0) {
			i = text_clean_c1(s, n, i, uc, o);
			if (o->len != before)
				marks = 0;
			continue;
		}
		switch (text_class_of(uc)) {
		case TEXT_DROP:
			continue;
		case TEXT_SPACE:
			text_out_add(o, " ", 1);
			marks = 0;
			continue;
		case TEXT_NEWLINE:
			text_out_add(o, "\n", 1);
			marks = 0;
			continue;
		case TEXT_PARAGRAPH:
			text_out_add(o, "\n\n", 2);
			marks = 0;
			continue;
		default:
			break;
		}
		if (text_is_nfc_safe(uc))
			marks = 0;
		else {
			*needs_nfc = true;
			if (!text_is_mark(uc))
				marks = 0;
			else if (++marks > TEXT_MAX_MARKS)
				continue;
		}
		text_out_add(o, s + i - k, k);
	}
}

/* The ASCII form of a typographic character for matching, or NULL. */
static const char *
text_fold_plain(uint32_t uc)
{
	switch (uc) {
	case 0x02BC: case 0x2018: case 0x2019: case 0x201A: case 0x201B:
	case 0x2032: case 0x2035: case 0x2039: case 0x203A:
		return "'";
	case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E:
	case 0x201F: case 0x2033: case 0x2036: case 0x301D: case 0x301E:
	case 0x301F:
		return "\"";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2043: case 0x2212: case 0x2E3A: case 0x2E3B:
		return "-";
	case 0x2026:
		return "...";
	case 0x00A0: case 0x1680: case 0x2007: case 0x202F: case 0x3000:
		return " ";
	default:
		return NULL;
	}
}

/*
 * Normalise one stretch [s, s + n) that holds unsafe characters and append
 * it to o: NFC, or for fold NFKC with case folding and plain typography.
 */
static void
text_norm_stretch(const uint8_t *s, size_t n, bool fold, struct text_out *o)
{
	uint8_t		 stack[512], *r;
	const char	*plain;
	size_t		 rlen = sizeof stack, i, k;
	uint32_t	 uc;
	bool		 bad;

	if (fold)
		r = u8_casefold(s, n, NULL, UNINORM_NFKC, stack, &rlen);
	else
		r = u8_normalize(UNINORM_NFC, s, n, stack, &rlen);
	if (r == NULL)
		die("libunistring normalisation failed");
	if (!fold)
		text_out_add(o, r, rlen);
	for (i = 0; fold && i < rlen; i += k) {
		k = text_decode(r + i, rlen - i, &uc, &bad);
		if (uc >= 0xA0 && (plain = text_fold_plain(uc)) != NULL)
			text_out_add(o, plain, strlen(plain));
		else
			text_out_add(o, r + i, k);
	}
	if (r != stack)
		free(r);
}

/*
 * True when the normal form leaves uc alone and never joins it to the
 * character before: a stable boundary.  For fold only ASCII other than
 * capitals qualifies (capitals are lowered by the caller's copy).
 */
static bool
text_norm_safe(uint32_t uc, bool fold)
{
	return fold ? uc < 0x80 : text_is_nfc_safe(uc);
}

/* Copy a safe run to o, lowering ASCII capitals when folding. */
static void
text_norm_copy(const uint8_t *s, size_t n, bool fold, struct text_out *o)
{
	size_t	i;

	if (o->cap - o->len <= n)
		text_out_grow(o, n + 1);
	if (!fold)
		memcpy(o->p + o->len, s, n);
	for (i = 0; fold && i < n; i++) {
		o->p[o->len + i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ?
		    s[i] + 32 : s[i]);
	}
	o->len += n;
}

/*
 * Append the NFC (or, with fold, the folded form) of s to o.  Only the
 * stretches around unsafe characters, from the safe character before them
 * (which may compose with them) to the next safe one, go through
 * libunistring: most news text is one long safe run.
 */
static void
text_norm(const uint8_t *s, size_t n, bool fold, struct text_out *o)
{
	size_t		i = 0, a, b, k = 0;
	uint32_t	uc = 0;

	while (i < n) {
		for (a = i; i < n; i += k) {
			k = text_step(s + i, n - i, &uc);
			if (!text_norm_safe(uc, fold))
				break;
		}
		if (i == n) {
			text_norm_copy(s + a, n - a, fold, o);
			break;
		}
		/* Back to the start of the safe character before. */
		if ((b = i) > a) {
			b--;
			while (b > a && (s[b] & 0xC0) == 0x80)
				b--;
		}
		text_norm_copy(s + a, b - a, fold, o);
		for (i += k; i < n; i += k) {
			k = text_step(s + i, n - i, &uc);
			if (text_norm_safe(uc, fold))
				break;
		}
		text_norm_stretch(s + b, i - b, fold, o);
	}
}

char *
text_clean(const char *in, size_t len, size_t *out_len, size_t *invalid)
{
	struct text_out	 o, n;
	size_t		 bad = 0;
	bool		 needs_nfc = false;

	o.cap = len + len / 16 + 16;
	o.p = xmalloc(o.cap);
	o.len = 0;
	text_sanitise((const uint8_t *)in, len, &o, &bad, &needs_nfc);
	if (needs_nfc) {
		n.cap = o.len + o.len / 16 + 16;
		n.p = xmalloc(n.cap);
		n.len = 0;
		text_norm((const uint8_t *)o.p, o.len, false, &n);
		free(o.p);
		o = n;
	}
	o.p[o.len] = '\0';
	if (out_len != NULL)
		*out_len = o.len;
	if (invalid != NULL)
		*invalid = bad;
	return o.p;
}

/*
 * Tidy the spaces and newlines of clean text in place (it only shrinks):
 * spaces at line ends and starts go, inner runs become one space, blank
 * lines collapse to one and go at both ends.  With one_line, newlines are
 * spaces.  Returns the new length.
 */
static size_t
text_tidy(char *s, size_t n, bool one_line)
{
	size_t	r, w = 0, nl = 0;
	bool	space = false;

	for (r = 0; r < n; r++) {
		if (s[r] == ' ' || (one_line && s[r] == '\n')) {
			space = true;
			continue;
		}
		if (s[r] == '\n') {
			nl++;
			space = false;
			continue;
		}
		if (w > 0 && nl > 0) {
			s[w++] = '\n';
			if (nl > 1)
				s[w++] = '\n';
		} else if (w > 0 && space)
			s[w++] = ' ';
		nl = 0;
		space = false;
		s[w++] = s[r];
	}
	s[w] = '\0';
	return w;
}

char *
text_clean_body(const char *in, size_t len, size_t *out_len,
    size_t *invalid)
{
	char	*s;
	size_t	 n;

	s = text_clean(in, len, &n, invalid);
	n = text_tidy(s, n, false);
	if (out_len != NULL)
		*out_len = n;
	return s;
}

char *
text_clean_line(const char *in, size_t len)
{
	char	*s;
	size_t	 n;

	s = text_clean(in, len, &n, NULL);
	text_tidy(s, n, true);
	return s;
}

bool
text_is_clean(const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s;
	size_t		 i = 0, k;
	uint32_t	 uc;
	bool		 bad;

	while (i < len) {
		if (p[i] < 0x80) {
			if ((p[i] < 0x20 && p[i] != '\n') || p[i] == 0x7F)
				return false;
			i++;
			continue;
		}
		k = text_decode(p + i, len - i, &uc, &bad);
		if (bad || uc < 0xA0 || text_class_of(uc) != TEXT_KEEP)
			return false;
		i += k;
	}
	return true;
}

char *
text_fold(const char *s, size_t len, size_t *out_len)
{
	struct text_out	o;

	o.cap = len + len / 16 + 16;
	o.p = xmalloc(o.cap);
	o.len = 0;
	text_norm((const uint8_t *)s, len, true, &o);
	o.p[o.len] = '\0';
	if (out_len != NULL)
		*out_len = o.len;
	return o.p;
}

/* True when s (n bytes) holds a letter or a digit. */
static bool
text_has_alnum(const uint8_t *s, size_t n)
{
	size_t		i, k;
	uint32_t	uc;
	bool		bad;

	for (i = 0; i < n; i += k) {
		if (s[i] < 0x80) {
			k = 1;
			if ((s[i] >= '0' && s[i] <= '9') ||
			    ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
				return true;
			continue;
		}
		k = text_decode(s + i, n - i, &uc, &bad);
		if (uc_is_general_category(uc, UC_CATEGORY_L) ||
		    uc_is_general_category(uc, UC_CATEGORY_N))
			return true;
	}
	return false;
}

int
text_words(const char *s, size_t len, text_word_fn fn, void *arg)
{
	const uint8_t	*p = (const uint8_t *)s;
	char		 stack[TEXT_STACK_BREAKS], *brk;
	size_t		 i, start = 0;
	int		 rc = 0;

	if (len == 0)
		return 0;
	brk = len <= sizeof stack ? stack : xmalloc(len);
	u8_wordbreaks(p, len, brk);
	for (i = 1; i <= len && rc == 0; i++) {
		if (i < len && !brk[i])
			continue;
		if (text_has_alnum(p + start, i - start))
			rc = fn(s, start, i, arg);
		start = i;
	}
	if (brk != stack)
		free(brk);
	return rc;
}

/*
 * Columns of one character: 0 for controls and non-printables.  Curses and
 * the terminal place characters by wcwidth(), and libunistring's tables
 * differ from the C library's on some assigned characters (U+4DC0..U+4DFF,
 * U+3248..U+324F, Kannada vowel signs, Arabic number signs): in a UTF-8
 * locale wcwidth() decides where it knows the character, so that text
 * lines up on the screen; libunistring decides everywhere else.
 */
static size_t
text_char_width(uint32_t uc)
{
	int	w;

	if (uc < 0x80)
		return uc >= 0x20 && uc < 0x7F;
	if (MB_CUR_MAX > 1 && (w = wcwidth((wchar_t)uc)) >= 0)
		return (size_t)w;
	w = uc_width(uc, TEXT_ENCODING);
	return w < 0 ? 0 : (size_t)w;
}

size_t
text_width(const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s;
	size_t		 i = 0, w = 0, k;
	uint32_t	 uc;
	bool		 bad;

	while (i < len) {
		if (p[i] < 0x80) {
			w += p[i] >= 0x20 && p[i] < 0x7F;
			i++;
			continue;
		}
		k = text_decode(p + i, len - i, &uc, &bad);
		w += text_char_width(uc);
		i += k;
	}
	return w;
}

/* Length in bytes of the grapheme cluster at s (n > 0 bytes). */
static size_t
text_cluster(const uint8_t *s, size_t n)
{
	const uint8_t	*next;

	if (s[0] < 0x80 && (n == 1 || s[1] < 0x80) && s[0] != '\r')
		return 1;
	next = u8_grapheme_next(s, s + n);
	return next == NULL || next <= s ? 1 : (size_t)(next - s);
}

size_t
text_fit(const char *s, size_t len, size_t cols, size_t *width)
{
	const uint8_t	*p = (const uint8_t *)s;
	size_t		 i = 0, w = 0, k, cw;

	while (i < len) {
		k = text_cluster(p + i, len - i);
		cw = k == 1 && p[i] < 0x80 ? text_char_width(p[i]) :
		    text_width(s + i, k);
		if (w + cw > cols)
			break;
		w += cw;
		i += k;
	}
	if (width != NULL)
		*width = w;
	return i;
}

/*
 * Let u8_width_linebreaks() cut words wider than cols: mark, in the
 * override o (len bytes, allocated on first need), break opportunities at
 * column boundaries inside every such word.  p holds the possible breaks.
 */
static char *
text_wrap_cuts(const uint8_t *s, size_t len, size_t cols, const char *p)
{
	char	*o = NULL;
	size_t	 a, b, end, k;

	for (a = 0; a < len; a = b) {
		for (b = a + 1; b < len && p[b] != UC_BREAK_POSSIBLE &&
		    p[b] != UC_BREAK_MANDATORY; b++)
			/* nothing */;
		for (end = b; end > a && (s[end - 1] == ' ' ||
		    s[end - 1] == '\n'); end--)
			/* nothing */;
		while (a < end) {
			k = text_fit((const char *)s + a, end - a, cols, NULL);
			if (k == 0)
				k = text_cluster(s + a, end - a);
			if (a + k >= end)
				break;
			a += k;
			if (o == NULL)
				o = xcalloc(len, 1);
			o[a] = UC_BREAK_POSSIBLE;
		}
	}
	return o;
}

/* The end of the line of the breaks p that starts at from. */
static size_t
text_wrap_line_end(const char *p, size_t len, size_t from)
{
	size_t	to;

	for (to = from + 1; to < len && p[to] != UC_BREAK_POSSIBLE &&
	    p[to] != UC_BREAK_HYPHENATION && p[to - 1] != UC_BREAK_MANDATORY;
	    to++)
		/* nothing */;
	return to;
}

/* Break [from, end) greedily into lines of cols columns: at the last
 * opportunity of q (the possible breaks) that fits, else at a column. */
static void
text_wrap_greedy(const uint8_t *s, size_t from, size_t end, size_t cols,
    char *p, const char *q)
{
	size_t	k, e, b;

	while (end > from && (s[end - 1] == ' ' || s[end - 1] == '\n'))
		end--;
	while (from < end) {
		k = text_fit((const char *)s + from, end - from, cols, NULL);
		if (from + k >= end)
			break;
		/* Spaces after what fits may end the line too. */
		for (e = from + k; e < end && s[e] == ' '; e++)
			/* nothing */;
		for (b = e; b > from && q[b] != UC_BREAK_POSSIBLE; b--)
			/* nothing */;
		if (b == from) {
			b = from + (k > 0 ? k : text_cluster(s + from,
			    end - from));
			if (b >= end)
				break;	/* one cluster, too wide alone */
		}
		from = b;
		p[from] = UC_BREAK_POSSIBLE;
	}
}

/*
 * u8_width_linebreaks() measures with libunistring's widths, which
 * text_char_width() overrides for some characters: from the first line of
 * the breaks p that came out wider than cols to the next mandatory break,
 * break again with text_fit().
 */
static void
text_wrap_refit(const uint8_t *s, size_t len, size_t cols, char *p,
    const char *q)
{
	size_t	from, to, end;

	for (from = 0; from < len; from = to) {
		to = text_wrap_line_end(p, len, from);
		for (end = to; end > from && (s[end - 1] == ' ' ||
		    s[end - 1] == '\n'); end--)
			/* nothing */;
		if (text_fit((const char *)s + from, end - from, cols,
		    NULL) == end - from)
			continue;
		for (to = from + 1; to < len && p[to - 1] !=
		    UC_BREAK_MANDATORY; to++)
			if (p[to] != UC_BREAK_MANDATORY)
				p[to] = UC_BREAK_PROHIBITED;
		text_wrap_greedy(s, from, to, cols, p, q);
	}
}

size_t
text_wrap(const char *s, size_t len, size_t cols, size_t **breaks)
{
	const uint8_t	*u = (const uint8_t *)s;
	char		*p, *o, *q;
	size_t		 i, n = 0, cap = 0, *out = NULL, at;
	int		 width;

	*breaks = NULL;
	if (len == 0)
		return 0;
	if (cols == 0)
		cols = 1;
	width = cols > 1000000 ? 1000000 : (int)cols;
	p = xmalloc(len);
	u8_possible_linebreaks(u, len, TEXT_ENCODING, p);
	o = text_wrap_cuts(u, len, cols, p);
	q = xmalloc(len);
	memcpy(q, p, len);
	u8_width_linebreaks(u, len, width, 0, 0, o, TEXT_ENCODING, p);
	text_wrap_refit(u, len, cols, p, q);
	free(q);
	for (i = 0; i < len; i++) {
		if (p[i] == UC_BREAK_MANDATORY)
			at = i + 1;
		else if (i > 0 && (p[i] == UC_BREAK_POSSIBLE ||
		    p[i] == UC_BREAK_HYPHENATION))
			at = i;
		else
			continue;
		if (at >= len)
			continue;
		if (n == cap) {
			cap = cap == 0 ? 16 : cap * 2;
			out = xreallocarray(out, cap, sizeof *out);
		}
		out[n++] = at;
	}
	free(o);
	free(p);
	*breaks = out;
	return n;
}

char *
text_for_terminal(const char *s, size_t len)
{
	char	*r, *q;

	r = text_clean(s, len, NULL, NULL);
	for (q = r; (q = strchr(q, '\n')) != NULL; q++)
		*q = ' ';
	return r;
}

int
text_next(const char *s, size_t len, uint32_t *uc)
{
	bool	bad;

	if (len == 0) {
		*uc = 0;
		return 0;
	}
	if ((unsigned char)s[0] < 0x80) {
		*uc = (unsigned char)s[0];
		return 1;
	}
	return (int)text_decode((const uint8_t *)s, len, uc, &bad);
}
