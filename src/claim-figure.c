/*
 * claim-figure: find the figures a sentence states and normalise them, so
 * that "$100mn", "$100 million" and "100 million dollars" are one value
 * in one unit, "90 per cent" is "90%", "72 cents" is "$0.72", "3 1/2" and
 * "half a million" are 3.5 and 500,000, "Nov. 18" is "18 November", a
 * hedge ("more than", "about") is kept apart from the value, and a count
 * has the noun it counts (the head of "seven hospital workers").  A small
 * lexer over the original bytes (numbers and currency signs are what it
 * needs; words are matched ASCII-case-insensitively), then a parser over
 * its tokens.  Never allocates beyond the figures it returns.
 */
#include "parallax/claim.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "claim-internal.h"
#include "parallax/util.h"

enum claim_tok_type {
	CLAIM_TOK_NUM,
	CLAIM_TOK_WORD,
	CLAIM_TOK_SIGN,		/* $ £ € % */
	CLAIM_TOK_PUNCT
};

#define CLAIM_WORD_MAX 24

struct claim_tok {
	enum claim_tok_type	 type;
	size_t			 start;
	size_t			 end;
	bool			 gap;		/* whitespace before it */
	/* CLAIM_TOK_NUM */
	double			 num;
	bool			 plain;		/* bare digits */
	bool			 ordinal;	/* 18th */
	double			 scale;		/* glued "mn", "bn": 1e6… */
	bool			 scale_money;	/* needs a currency ("m") */
	bool			 percent;	/* glued "pc" */
	bool			 pence;		/* glued "p" */
	/* CLAIM_TOK_WORD: ASCII lower-cased, truncated */
	char			 w[CLAIM_WORD_MAX];
	bool			 cap;
	/* CLAIM_TOK_SIGN and CLAIM_TOK_PUNCT: the character */
	char			 c;
};

struct claim_lexer {
	struct claim_tok	*toks;
	size_t			 n;
	size_t			 cap;
};

/* Spaces, including the no-break and thin spaces that group digits. */
static size_t
claim_space_len(const char *s, size_t len, size_t i)
{
	const unsigned char	*u = (const unsigned char *)s + i;

	if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')
		return 1;
	if (i + 1 < len && u[0] == 0xc2 && u[1] == 0xa0)
		return 2;
	if (i + 2 < len && u[0] == 0xe2 && u[1] == 0x80 &&
	    (u[2] == 0x89 || u[2] == 0xaf || u[2] == 0x8a))
		return 3;
	return 0;
}

/* A non-letter character outside ASCII (general punctuation, Latin-1
 * signs, quotes, dashes): its length, 0 otherwise. */
static size_t
claim_punct_len(const char *s, size_t len, size_t i)
{
	const unsigned char	*u = (const unsigned char *)s + i;

	if (u[0] == 0xc2 && i + 1 < len)
		return 2;
	if (u[0] == 0xe2 && i + 2 < len && (u[1] == 0x80 || u[1] == 0x81))
		return 3;
	return 0;
}

static bool
claim_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
claim_is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (unsigned char)c >= 0x80;
}

static struct claim_tok *
claim_lex_push(struct claim_lexer *lx, enum claim_tok_type type,
    size_t start, bool gap)
{
	struct claim_tok	*t;

	if (lx->n == lx->cap) {
		lx->cap = lx->cap == 0 ? 32 : lx->cap * 2;
		lx->toks = xreallocarray(lx->toks, lx->cap, sizeof *lx->toks);
	}
	t = &lx->toks[lx->n++];
	memset(t, 0, sizeof *t);
	t->type = type;
	t->start = start;
	t->gap = gap;
	return t;
}

/* Count the digits at s[i]. */
static size_t
claim_digits(const char *s, size_t len, size_t i)
{
	size_t	n = 0;

	while (i + n < len && claim_is_digit(s[i + n]))
		n++;
	return n;
}

/* Suffixes glued to a number: a scale, an ordinal, "pc" (per cent, in
 * British papers) or "p" (pence). */
enum claim_suffix_kind {
	CLAIM_SUF_SCALE,
	CLAIM_SUF_MONEY,	/* a scale that needs a currency ("$5m") */
	CLAIM_SUF_ORDINAL,
	CLAIM_SUF_PERCENT,
	CLAIM_SUF_PENCE
};

struct claim_suffix {
	const char		*s;
	double			 scale;
	enum claim_suffix_kind	 kind;
};

static const struct claim_suffix claim_suffixes[] = {
	{ "mn", 1e6, CLAIM_SUF_SCALE }, { "mln", 1e6, CLAIM_SUF_SCALE },
	{ "m", 1e6, CLAIM_SUF_MONEY }, { "bn", 1e9, CLAIM_SUF_SCALE },
	{ "b", 1e9, CLAIM_SUF_MONEY }, { "tn", 1e12, CLAIM_SUF_SCALE },
	{ "k", 1e3, CLAIM_SUF_MONEY }, { "st", 0, CLAIM_SUF_ORDINAL },
	{ "nd", 0, CLAIM_SUF_ORDINAL }, { "rd", 0, CLAIM_SUF_ORDINAL },
	{ "th", 0, CLAIM_SUF_ORDINAL }, { "pc", 0, CLAIM_SUF_PERCENT },
	{ "p", 0, CLAIM_SUF_PENCE }
};

/* A vulgar fraction character at s[i] ("½", "¾", "⅓"): its length, and
 * its value in *v; 0 when there is none. */
static size_t
claim_vulgar_len(const char *s, size_t len, size_t i, double *v)
{
	const unsigned char	*u = (const unsigned char *)s + i;
	static const double	 latin[] = { 0.25, 0.5, 0.75 };
	static const double	 forms[] = { 1.0 / 3, 2.0 / 3, 0.2, 0.4, 0.6,
				    0.8, 1.0 / 6, 5.0 / 6, 0.125, 0.375,
				    0.625, 0.875 };

	/* U+00BC-U+00BE, then U+2153-U+215E. */
	if (i + 1 < len && u[0] == 0xc2 && u[1] >= 0xbc && u[1] <= 0xbe) {
		*v = latin[u[1] - 0xbc];
		return 2;
	}
	if (i + 2 < len && u[0] == 0xe2 && u[1] == 0x85 && u[2] >= 0x93 &&
	    u[2] <= 0x9e) {
		*v = forms[u[2] - 0x93];
		return 3;
	}
	return 0;
}

/*
 * Whether the comma at s[i] is a decimal comma, as text written in the
 * European way has it: one or two digits after it, then a scale or a
 * percentage ("1,2 million", "4,5 %", "3,75 percent").  A list ("items
 * 1,2 and 3") has none; three digits are a group of thousands.
 */
static bool
claim_decimal_comma(const char *s, size_t len, size_t i)
{
	static const char *const after[] = {
		"million", "billion", "trillion", "mn", "bn", "percent",
		"per cent", "%"
	};
	size_t	k = claim_digits(s, len, i + 1), j;

	if (s[i] != ',' || k == 0 || k > 2)
		return false;
	j = i + 1 + k;
	if (j < len && s[j] == ' ')
		j++;
	for (size_t a = 0; a < UTIL_NELEM(after); a++) {
		size_t al = strlen(after[a]);

		if (j + al <= len && util_has_prefix_ci(s + j, after[a]) &&
		    (j + al == len || !claim_is_alpha(s[j + al])))
			return true;
	}
	return false;
}

/* Lex a number at s[i]: digits, groups of three, a decimal part (after a
 * point, or a decimal comma) and a glued suffix.  Returns the index after
 * it. */
static size_t
claim_lex_number(struct claim_lexer *lx, const char *s, size_t len,
    size_t i, bool gap)
{
	struct claim_tok	*t = claim_lex_push(lx, CLAIM_TOK_NUM, i, gap);
	struct buf		 b;
	size_t			 n, sp, k, wl;
	double			 frac = 0;

	buf_init(&b);
	n = claim_digits(s, len, i);
	buf_add(&b, s + i, n);
	t->plain = true;
	i += n;
	/* Groups of three: "50,000", "50 000" (only after 1-3 digits). */
	while (n <= 3 && i < len) {
		sp = s[i] == ',' ? 1 : claim_space_len(s, len, i);
		if (sp == 0 || s[i] == '\n')
			break;
		k = claim_digits(s, len, i + sp);
		if (k != 3)
			break;
		buf_add(&b, s + i + sp, 3);
		i += sp + 3;
		t->plain = false;
	}
	if (i + 1 < len && (s[i] == '.' || (t->plain &&
	    claim_decimal_comma(s, len, i))) && claim_is_digit(s[i + 1])) {
		n = claim_digits(s, len, i + 1);
		buf_addc(&b, '.');
		buf_add(&b, s + i + 1, n);
		i += n + 1;
		t->plain = false;
	}
	t->num = strtod(b.data, NULL);
	buf_fini(&b);
	/* "3½": a whole number and a fraction. */
	if (t->plain && (k = claim_vulgar_len(s, len, i, &frac)) > 0) {
		t->num += frac;
		t->plain = false;
		i += k;
	}
	for (wl = 0; i + wl < len && claim_is_alpha(s[i + wl]) &&
	    claim_punct_len(s, len, i + wl) == 0; wl++)
		continue;
	for (k = 0; wl > 0 && k < UTIL_NELEM(claim_suffixes); k++) {
		const struct claim_suffix *x = &claim_suffixes[k];
		if (strlen(x->s) != wl || !util_has_prefix_ci(s + i, x->s))
			continue;
		/* "pc" and "p" only in lower case ("5P" is a code), and
		 * "3p.m." is a time. */
		if ((x->kind == CLAIM_SUF_PERCENT || x->kind ==
		    CLAIM_SUF_PENCE) && (strncmp(s + i, x->s, wl) != 0 ||
		    (i + wl + 1 < len && s[i + wl] == '.' &&
		    claim_is_alpha(s[i + wl + 1]))))
			break;
		t->scale = x->scale;
		t->scale_money = x->kind == CLAIM_SUF_MONEY;
		t->ordinal = x->kind == CLAIM_SUF_ORDINAL;
		t->percent = x->kind == CLAIM_SUF_PERCENT;
		t->pence = x->kind == CLAIM_SUF_PENCE;
		i += wl;
		break;
	}
	t->end = i;
	return i;
}

/* Lex a word at s[i]; returns the index after it. */
static size_t
claim_lex_word(struct claim_lexer *lx, const char *s, size_t len, size_t i,
    bool gap)
{
	struct claim_tok	*t = claim_lex_push(lx, CLAIM_TOK_WORD, i, gap);
	size_t			 k = 0;
	char			 c;

	t->cap = s[i] >= 'A' && s[i] <= 'Z';
	while (i < len && claim_is_alpha(s[i]) &&
	    claim_space_len(s, len, i) == 0 &&
	    claim_punct_len(s, len, i) == 0 &&
	    !(i + 2 < len && (unsigned char)s[i] == 0xe2 &&
	    (unsigned char)s[i + 1] == 0x82)) {
		c = s[i++];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (k + 1 < CLAIM_WORD_MAX)
			t->w[k++] = c;
	}
	/* Always make progress: a byte that starts no word is skipped
	 * with its continuation bytes. */
	if (i == t->start) {
		i++;
		while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
			i++;
	}
	t->end = i;
	return i;
}

/* Cut text into tokens. */
static void
claim_lex(struct claim_lexer *lx, const char *s, size_t len)
{
	struct claim_tok	*t;
	const unsigned char	*u;
	size_t			 i = 0, sp, k;
	double			 frac;
	bool			 gap = true;

	while (i < len) {
		u = (const unsigned char *)s + i;
		if ((sp = claim_space_len(s, len, i)) > 0) {
			i += sp;
			gap = true;
			continue;
		}
		if (claim_is_digit(s[i])) {
			i = claim_lex_number(lx, s, len, i, gap);
		} else if ((k = claim_vulgar_len(s, len, i, &frac)) > 0) {
			t = claim_lex_push(lx, CLAIM_TOK_NUM, i, gap);
			t->num = frac;
			t->end = i += k;
		} else if (s[i] == '$' || s[i] == '%') {
			t = claim_lex_push(lx, CLAIM_TOK_SIGN, i, gap);
			t->c = s[i];
			t->end = ++i;
		} else if (i + 1 < len && u[0] == 0xc2 && u[1] == 0xa3) {
			t = claim_lex_push(lx, CLAIM_TOK_SIGN, i, gap);
			t->c = 'L';
			t->end = i += 2;
		} else if (i + 2 < len && u[0] == 0xe2 && u[1] == 0x82 &&
		    u[2] == 0xac) {
			t = claim_lex_push(lx, CLAIM_TOK_SIGN, i, gap);
			t->c = 'E';
			t->end = i += 3;
		} else if ((k = claim_punct_len(s, len, i)) > 0) {
			t = claim_lex_push(lx, CLAIM_TOK_PUNCT, i, gap);
			t->c = '?';
			t->end = i += k;
		} else if (claim_is_alpha(s[i])) {
			i = claim_lex_word(lx, s, len, i, gap);
		} else {
			t = claim_lex_push(lx, CLAIM_TOK_PUNCT, i, gap);
			t->c = s[i];
			t->end = ++i;
		}
		gap = false;
	}
}

/* Word tables: a word and a number it stands for.  Every table below is
 * sorted by its words, for bsearch(). */
struct claim_wordval {
	const char	*w;
	int		 v;
};

static const struct claim_wordval claim_number_words[] = {
	{ "eight", 8 }, { "eighteen", 18 }, { "eighty", 80 },
	{ "eleven", 11 }, { "fifteen", 15 }, { "fifty", 50 }, { "five", 5 },
	{ "forty", 40 }, { "four", 4 }, { "fourteen", 14 }, { "nine", 9 },
	{ "nineteen", 19 }, { "ninety", 90 }, { "one", 1 }, { "seven", 7 },
	{ "seventeen", 17 }, { "seventy", 70 }, { "six", 6 },
	{ "sixteen", 16 }, { "sixty", 60 }, { "ten", 10 }, { "thirteen", 13 },
	{ "thirty", 30 }, { "three", 3 }, { "twelve", 12 }, { "twenty", 20 },
	{ "two", 2 }
};

static const struct claim_wordval claim_scales[] = {
	{ "billion", 1000000000 }, { "bn", 1000000000 }, { "dozen", 12 },
	{ "hundred", 100 }, { "million", 1000000 }, { "mln", 1000000 },
	{ "mn", 1000000 }, { "thousand", 1000 }, { "tn", -1 },
	{ "trillion", -1 }
};

/* "hundreds of", "thousands of": more than the unit. */
static const struct claim_wordval claim_plural_scales[] = {
	{ "billions", 1000000000 }, { "dozens", 12 }, { "hundreds", 100 },
	{ "millions", 1000000 }, { "thousands", 1000 }
};

static const struct claim_wordval claim_months[] = {
	{ "apr", 4 }, { "april", 4 }, { "aug", 8 }, { "august", 8 },
	{ "dec", 12 }, { "december", 12 }, { "feb", 2 }, { "february", 2 },
	{ "jan", 1 }, { "january", 1 }, { "jul", 7 }, { "july", 7 },
	{ "jun", 6 }, { "june", 6 }, { "mar", 3 }, { "march", 3 },
	{ "may", 5 }, { "nov", 11 }, { "november", 11 }, { "oct", 10 },
	{ "october", 10 }, { "sep", 9 }, { "sept", 9 }, { "september", 9 }
};

static const struct claim_wordval claim_weekdays[] = {
	{ "friday", 5 }, { "monday", 1 }, { "saturday", 6 }, { "sunday", 7 },
	{ "thursday", 4 }, { "tuesday", 2 }, { "wednesday", 3 }
};

/* Currency words after a value. */
static const struct claim_wordval claim_currency_words[] = {
	{ "dollar", CLAIM_UNIT_USD }, { "dollars", CLAIM_UNIT_USD },
	{ "eur", CLAIM_UNIT_EUR }, { "euro", CLAIM_UNIT_EUR },
	{ "euros", CLAIM_UNIT_EUR }, { "gbp", CLAIM_UNIT_GBP },
	{ "pound", CLAIM_UNIT_GBP }, { "pounds", CLAIM_UNIT_GBP },
	{ "sterling", CLAIM_UNIT_GBP }, { "usd", CLAIM_UNIT_USD }
};

/* Adjectives skipped on the way to the counted noun. */
static const char *const claim_noun_skip[] = {
	"active", "additional", "alleged", "armed", "civilian", "confirmed",
	"consecutive", "elderly", "estimated", "extra", "fewer", "foreign",
	"former", "further", "local", "military", "more", "new", "old",
	"other", "registered", "reported", "separate", "straight",
	"suspected", "unarmed", "young"
};

/* Words that are not counted nouns. */
static const char *const claim_not_nouns[] = {
	"a", "about", "after", "an", "and", "are", "around", "as", "at", "be",
	"been", "before", "but", "by", "cent", "down", "each", "for", "from",
	"had", "has", "have", "he", "her", "his", "i", "in", "into", "is",
	"it", "its", "of", "on", "or", "over", "pct", "per", "percent",
	"point", "points", "said", "says", "she", "since", "so", "than",
	"that", "the", "their", "there", "these", "they", "this", "those",
	"times", "to", "under", "up", "was", "we", "were", "when", "which",
	"while", "who", "will", "with", "would", "year", "years"
};

static int
claim_cmp_wordval(const void *key, const void *elem)
{
	return strcmp(key, ((const struct claim_wordval *)elem)->w);
}

static int
claim_cmp_word(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static int
claim_lookup(const struct claim_wordval *tab, size_t n, const char *w)
{
	const struct claim_wordval	*e;

	e = bsearch(w, tab, n, sizeof *tab, claim_cmp_wordval);
	return e == NULL ? 0 : e->v;
}

static bool
claim_in(const char *const *tab, size_t n, const char *w)
{
	return bsearch(w, tab, n, sizeof *tab, claim_cmp_word) != NULL;
}

#define CLAIM_LOOKUP(tab, w) claim_lookup(tab, UTIL_NELEM(tab), w)
#define CLAIM_IN(tab, w) claim_in(tab, UTIL_NELEM(tab), w)

/* The parser's view of the token array. */
struct claim_parse {
	const char		*text;
	struct claim_tok	*t;
	size_t			 n;
	struct sb_stemmer	*st;
	struct claim_figure	*figs;
	size_t			 nfigs;
	size_t			 cap;
};

static bool
claim_word_at(const struct claim_parse *p, size_t i, const char *w)
{
	return i < p->n && p->t[i].type == CLAIM_TOK_WORD &&
	    strcmp(p->t[i].w, w) == 0;
}

static bool
claim_punct_at(const struct claim_parse *p, size_t i, char c)
{
	return i < p->n && p->t[i].type == CLAIM_TOK_PUNCT && p->t[i].c == c;
}

/* Qualifier phrases, as sequences of words before the value. */
struct claim_qualphrase {
	const char		*w[3];
	enum claim_qualifier	 q;
};

static const struct claim_qualphrase claim_qualphrases[] = {
	{ { "more", "than", NULL }, CLAIM_QUAL_MORE_THAN },
	{ { "over", NULL, NULL }, CLAIM_QUAL_MORE_THAN },
	{ { "above", NULL, NULL }, CLAIM_QUAL_MORE_THAN },
	{ { "upwards", "of", NULL }, CLAIM_QUAL_MORE_THAN },
	{ { "in", "excess", "of" }, CLAIM_QUAL_MORE_THAN },
	{ { "less", "than", NULL }, CLAIM_QUAL_LESS_THAN },
	{ { "fewer", "than", NULL }, CLAIM_QUAL_LESS_THAN },
	{ { "under", NULL, NULL }, CLAIM_QUAL_LESS_THAN },
	{ { "below", NULL, NULL }, CLAIM_QUAL_LESS_THAN },
	{ { "about", NULL, NULL }, CLAIM_QUAL_ABOUT },
	{ { "around", NULL, NULL }, CLAIM_QUAL_ABOUT },
	{ { "some", NULL, NULL }, CLAIM_QUAL_ABOUT },
	{ { "roughly", NULL, NULL }, CLAIM_QUAL_ABOUT },
	{ { "approximately", NULL, NULL }, CLAIM_QUAL_ABOUT },
	{ { "an", "estimated", NULL }, CLAIM_QUAL_ABOUT },
	{ { "nearly", NULL, NULL }, CLAIM_QUAL_NEARLY },
	{ { "almost", NULL, NULL }, CLAIM_QUAL_NEARLY },
	{ { "close", "to", NULL }, CLAIM_QUAL_NEARLY },
	{ { "at", "least", NULL }, CLAIM_QUAL_AT_LEAST },
	{ { "up", "to", NULL }, CLAIM_QUAL_UP_TO },
	{ { "as", "many", "as" }, CLAIM_QUAL_UP_TO },
	{ { "as", "much", "as" }, CLAIM_QUAL_UP_TO }
};

/* The qualifier ending just before token i; *first gets its first token. */
static enum claim_qualifier
claim_qualifier_before(const struct claim_parse *p, size_t i, size_t *first)
{
	const struct claim_qualphrase	*q;
	size_t				 k, len;

	*first = i;
	for (k = 0; k < UTIL_NELEM(claim_qualphrases); k++) {
		q = &claim_qualphrases[k];
		for (len = 0; len < 3 && q->w[len] != NULL; len++)
			continue;
		if (i < len)
			continue;
		if (claim_word_at(p, i - len, q->w[0]) &&
		    (len < 2 || claim_word_at(p, i - len + 1, q->w[1])) &&
		    (len < 3 || claim_word_at(p, i - len + 2, q->w[2]))) {
			*first = i - len;
			return q->q;
		}
	}
	return CLAIM_QUAL_NONE;
}

static struct claim_figure *
claim_add(struct claim_parse *p, enum claim_unit unit, size_t first,
    size_t last)
{
	struct claim_figure	*f;

	if (p->nfigs == p->cap) {
		p->cap = p->cap == 0 ? 4 : p->cap * 2;
		p->figs = xreallocarray(p->figs, p->cap, sizeof *p->figs);
	}
	f = &p->figs[p->nfigs++];
	memset(f, 0, sizeof *f);
	f->unit = unit;
	f->start = p->t[first].start;
	f->end = p->t[last].end;
	return f;
}

/* Number words from token i ("twenty-five", "a dozen", "two"); returns the
 * value (0 if none) and sets *next. */
static double
claim_number_words_at(const struct claim_parse *p, size_t i, size_t *next)
{
	int	v, u;

	*next = i;
	if (i >= p->n || p->t[i].type != CLAIM_TOK_WORD)
		return 0;
	/* "half a million", "half a dozen": half of the scale. */
	if (strcmp(p->t[i].w, "half") == 0) {
		if (claim_word_at(p, i + 1, "a") && i + 2 < p->n &&
		    p->t[i + 2].type == CLAIM_TOK_WORD &&
		    CLAIM_LOOKUP(claim_scales, p->t[i + 2].w) > 0) {
			*next = i + 2;
			return 0.5;
		}
		return 0;
	}
	/* "a million", "a dozen": one of the scale. */
	if (strcmp(p->t[i].w, "a") == 0) {
		if (i + 1 < p->n && p->t[i + 1].type == CLAIM_TOK_WORD &&
		    CLAIM_LOOKUP(claim_scales, p->t[i + 1].w) != 0) {
			*next = i + 1;
			return 1;
		}
		return 0;
	}
	v = CLAIM_LOOKUP(claim_number_words, p->t[i].w);
	if (v == 0)
		return 0;
	*next = i + 1;
	if (v >= 20 && v % 10 == 0 && claim_punct_at(p, i + 1, '-') &&
	    !p->t[i + 1].gap && i + 2 < p->n &&
	    p->t[i + 2].type == CLAIM_TOK_WORD) {
		u = CLAIM_LOOKUP(claim_number_words, p->t[i + 2].w);
		if (u > 0 && u < 10) {
			v += u;
			*next = i + 3;
		}
	}
	return v;
}

/* A scale word at i ("million", "bn"); multiplies *v and advances *i. */
static bool
claim_scale_at(const struct claim_parse *p, size_t *i, double *v)
{
	size_t	k = *i;
	int	s;

	/* "$100-million": a hyphen glued on both sides. */
	if (k + 1 < p->n && claim_punct_at(p, k, '-') && !p->t[k].gap &&
	    !p->t[k + 1].gap)
		k++;
	if (k >= p->n || p->t[k].type != CLAIM_TOK_WORD)
		return false;
	s = CLAIM_LOOKUP(claim_scales, p->t[k].w);
	if (s == 0 || (k != *i && s == 100))
		return false;
	*v *= s < 0 ? 1e12 : (double)s;
	*i = k + 1;
	return true;
}

/* The currency sign before token i, if any ("$", "US$", "£"). */
static enum claim_unit
claim_sign_unit(const struct claim_tok *t)
{
	if (t->type != CLAIM_TOK_SIGN)
		return CLAIM_UNIT_COUNT;
	switch (t->c) {
	case '$':
		return CLAIM_UNIT_USD;
	case 'L':
		return CLAIM_UNIT_GBP;
	case 'E':
		return CLAIM_UNIT_EUR;
	default:
		return CLAIM_UNIT_COUNT;
	}
}

/* Whether a word at i may be the noun a count counts. */
static bool
claim_is_noun_at(const struct claim_parse *p, size_t i)
{
	return i < p->n && p->t[i].type == CLAIM_TOK_WORD && !p->t[i].cap &&
	    !CLAIM_IN(claim_not_nouns, p->t[i].w) &&
	    CLAIM_LOOKUP(claim_months, p->t[i].w) == 0 &&
	    !claim_is_stop_word(p->t[i].w) && strlen(p->t[i].w) >= 2;
}

/* Plurals without an s, that head what they begin ("12 people"). */
static const char *const claim_plurals[] = {
	"cattle", "children", "crew", "data", "deer", "feet", "fish",
	"geese", "men", "mice", "people", "personnel", "sheep", "staff",
	"teeth", "women"
};

/* A plural ("workers", "people"; not "news" or "status"). */
static bool
claim_is_plural(const char *w)
{
	size_t	n = strlen(w);

	if (CLAIM_IN(claim_plurals, w))
		return true;
	return n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' &&
	    w[n - 2] != 'u' && w[n - 2] != 'i' && strcmp(w, "news") != 0;
}

/* The stem of the noun a count counts, from token i, or NULL.  Of a
 * compound, the head: a plural after singular nouns and names ("seven
 * hospital workers", "103 human West Nile cases"); plural says whether
 * the count is above one (for one, a singular noun then a word in s is a
 * verb: "one person dies"). */
static char *
claim_noun_at(const struct claim_parse *p, size_t i, size_t *last,
    bool plural)
{
	char	*norm, *stem;

	while (i < p->n && p->t[i].type == CLAIM_TOK_WORD &&
	    (p->t[i].cap || CLAIM_IN(claim_noun_skip, p->t[i].w)) &&
	    !CLAIM_IN(claim_not_nouns, p->t[i].w))
		i++;
	if (!claim_is_noun_at(p, i))
		return NULL;
	for (size_t k = i + 1; plural && !claim_is_plural(p->t[i].w) &&
	    k <= i + 3 && k < p->n && p->t[k].gap && (claim_is_noun_at(p, k) ||
	    (p->t[k].type == CLAIM_TOK_WORD && p->t[k].cap)) &&
	    CLAIM_LOOKUP(claim_number_words, p->t[k].w) == 0; k++) {
		if (!p->t[k].cap && claim_is_plural(p->t[k].w)) {
			i = k;
			break;
		}
	}
	norm = claim_normalise_word(p->text + p->t[i].start,
	    p->t[i].end - p->t[i].start);
	stem = claim_stem(p->st, norm);
	free(norm);
	*last = i;
	return stem;
}

/* A number glued to letters or joined by '-', ':' or '/' is a code or a
 * time ("F-16", "10:30", "3-2"), not a figure. */
static bool
claim_is_glued(const struct claim_parse *p, size_t i, size_t next)
{
	const struct claim_tok	*t;

	if (i > 0 && !p->t[i].gap) {
		t = &p->t[i - 1];
		if (t->type == CLAIM_TOK_WORD || t->type == CLAIM_TOK_NUM ||
		    (t->type == CLAIM_TOK_PUNCT && strchr("-:/.", t->c)))
			return true;
	}
	if (next < p->n && !p->t[next].gap &&
	    ((p->t[next].type == CLAIM_TOK_PUNCT &&
	    strchr(":/", p->t[next].c) != NULL && next + 1 < p->n &&
	    p->t[next + 1].type == CLAIM_TOK_NUM && !p->t[next + 1].gap) ||
	    p->t[next].type == CLAIM_TOK_WORD))
		return true;
	return false;
}

/* A month name at i (capitalised, perhaps abbreviated with a dot). */
static int
claim_month_at(const struct claim_parse *p, size_t i, size_t *next)
{
	int	m;

	if (i >= p->n || p->t[i].type != CLAIM_TOK_WORD || !p->t[i].cap)
		return 0;
	m = CLAIM_LOOKUP(claim_months, p->t[i].w);
	if (m == 0)
		return 0;
	*next = i + 1;
	if (strlen(p->t[i].w) <= 4 && claim_punct_at(p, i + 1, '.'))
		*next = i + 2;
	return m;
}

static bool
claim_is_day(const struct claim_tok *t)
{
	return t->type == CLAIM_TOK_NUM && t->plain && t->num >= 1 &&
	    t->num <= 31 && t->scale == 0;
}

static bool
claim_is_year(const struct claim_tok *t)
{
	return t->type == CLAIM_TOK_NUM && t->plain && !t->ordinal &&
	    t->scale == 0 && t->num >= 1800 && t->num <= 2100 &&
	    t->end - t->start == 4;
}

/* A date at token i: "Nov. 18", "November 18, 2023", "18 November",
 * "the 18th of November", "November 2023", with an optional weekday
 * before it.  Returns the token after it, or i when there is none. */
static size_t
claim_date_at(struct claim_parse *p, size_t i)
{
	struct claim_figure	*f;
	size_t			 j = i, k, first = i;
	int			 wd = 0, month = 0, day = 0, year = 0;

	/* A date starts with a weekday, a month or a day. */
	if (p->t[i].type != CLAIM_TOK_NUM && (p->t[i].type !=
	    CLAIM_TOK_WORD || !p->t[i].cap))
		return i;
	if (j < p->n && p->t[j].type == CLAIM_TOK_WORD && p->t[j].cap &&
	    (wd = CLAIM_LOOKUP(claim_weekdays, p->t[j].w)) != 0) {
		j++;
		if (claim_punct_at(p, j, ','))
			j++;
	}
	if ((month = claim_month_at(p, j, &k)) != 0) {
		if (k < p->n && claim_is_day(&p->t[k]) && !claim_is_glued(p,
		    k, k + 1)) {
			day = (int)p->t[k].num;
			j = k + 1;
			if (claim_punct_at(p, j, ',') && j + 1 < p->n &&
			    claim_is_year(&p->t[j + 1])) {
				year = (int)p->t[j + 1].num;
				j += 2;
			} else if (j < p->n && claim_is_year(&p->t[j])) {
				year = (int)p->t[j].num;
				j++;
			}
		} else if (k < p->n && claim_is_year(&p->t[k])) {
			year = (int)p->t[k].num;
			j = k + 1;
		} else
			month = 0;
	} else if (j < p->n && claim_is_day(&p->t[j])) {
		k = j + 1;
		if (claim_word_at(p, k, "of"))
			k++;
		if ((month = claim_month_at(p, k, &k)) != 0 &&
		    (p->t[j].ordinal || k != j + 2 ||
		    !claim_word_at(p, j + 1, "of"))) {
			day = (int)p->t[j].num;
			if (j > 0 && claim_word_at(p, j - 1, "the") &&
			    wd == 0)
				first = j - 1;
			j = k;
			if (j < p->n && claim_is_year(&p->t[j])) {
				year = (int)p->t[j].num;
				j++;
			}
		} else
			month = 0;
	}
	if (month == 0) {
		if (wd == 0)
			return i;
		j = i + 1;
	}
	f = claim_add(p, CLAIM_UNIT_DATE, first, j - 1);
	f->weekday = wd;
	f->month = month;
	f->day = day;
	f->year = year;
	return j;
}

/* A percent sign or word at i ("%", "percent", "per cent", "pct", "pc");
 * advances *i. */
static bool
claim_percent_at(const struct claim_parse *p, size_t *i)
{
	if (*i < p->n && p->t[*i].type == CLAIM_TOK_SIGN &&
	    p->t[*i].c == '%') {
		(*i)++;
		return true;
	}
	if (claim_word_at(p, *i, "percent") || claim_word_at(p, *i, "pct") ||
	    (claim_word_at(p, *i, "pc") && !p->t[*i].cap)) {
		(*i)++;
		return true;
	}
	if (claim_word_at(p, *i, "per") && claim_word_at(p, *i + 1, "cent")) {
		*i += 2;
		return true;
	}
	return false;
}

/*
 * Whether "pounds" at token cur, after a value ending before next, is a
 * weight ("weighed 136 pounds") rather than sterling: sums of pounds
 * written out come in millions or billions ("50 million pounds") or say
 * so ("500 pounds sterling"); British papers write "£500" otherwise.
 */
static bool
claim_is_weight(const struct claim_parse *p, size_t next, size_t cur)
{
	const struct claim_tok	*v = &p->t[next - 1];

	if (!claim_word_at(p, cur, "pounds") && !claim_word_at(p, cur, "pound"))
		return false;
	if (claim_word_at(p, cur + 1, "sterling"))
		return false;
	return !(v->type == CLAIM_TOK_NUM && v->scale != 0) &&
	    !(v->type == CLAIM_TOK_WORD &&
	    CLAIM_LOOKUP(claim_scales, v->w) > 1000);
}

/* A fraction written with a slash after a whole number and a space ("3
 * 1/2"): its value, with *i moved past it; 0 when there is none.  A
 * third number after another slash makes a date ("3 1/2/2020"). */
static double
claim_fraction_at(const struct claim_parse *p, size_t *i)
{
	const struct claim_tok	*a, *b;
	size_t			 k = *i;

	if (k + 2 >= p->n)
		return 0;
	a = &p->t[k];
	b = &p->t[k + 2];
	if (a->type != CLAIM_TOK_NUM || !a->plain || !a->gap ||
	    a->scale != 0 || !claim_punct_at(p, k + 1, '/') ||
	    p->t[k + 1].gap || b->type != CLAIM_TOK_NUM || !b->plain ||
	    b->gap || b->scale != 0 || b->ordinal || b->percent ||
	    a->num < 1 || a->num >= b->num || b->num > 16 ||
	    (k + 3 < p->n && !p->t[k + 3].gap &&
	    (claim_punct_at(p, k + 3, '/') || p->t[k + 3].type ==
	    CLAIM_TOK_NUM)))
		return 0;
	*i = k + 3;
	return a->num / b->num;
}

/* The value at token i: digits with their scale, or number words.  Sets
 * *v and *next; false when there is no value. */
static bool
claim_value_at(const struct claim_parse *p, size_t i, bool money, double *v,
    size_t *next, bool *worded)
{
	const struct claim_tok	*t;

	*worded = false;
	if (i >= p->n)
		return false;
	t = &p->t[i];
	if (t->type == CLAIM_TOK_NUM) {
		if (t->ordinal)
			return false;
		if (t->scale != 0 && t->scale_money && !money)
			return false;
		*v = t->num * (t->scale != 0 ? t->scale : 1);
		*next = i + 1;
		if (t->plain && !t->percent && !t->pence)
			*v += claim_fraction_at(p, next);
	} else {
		*v = claim_number_words_at(p, i, next);
		if (*v == 0)
			return false;
		*worded = true;
	}
	/* "two and a half million", "3 and a half". */
	if (*v == floor(*v) && *v < 1000 && claim_word_at(p, *next, "and") &&
	    claim_word_at(p, *next + 1, "a") &&
	    claim_word_at(p, *next + 2, "half")) {
		*v += 0.5;
		*next += 3;
	}
	while (claim_scale_at(p, next, v))
		*worded = false;
	return true;
}

/* Whether a figure can start at t: a number, a sign, or a word that
 * begins a value ("us", "a", number words, "hundreds"). */
static bool
claim_may_start_figure(const struct claim_tok *t)
{
	if (t->type == CLAIM_TOK_NUM || t->type == CLAIM_TOK_SIGN)
		return true;
	/* The first letters of those words: most words stop here. */
	if (t->type != CLAIM_TOK_WORD || t->w[0] == '\0' ||
	    strchr("abdefhmnostu", t->w[0]) == NULL)
		return false;
	return strcmp(t->w, "us") == 0 || strcmp(t->w, "a") == 0 ||
	    strcmp(t->w, "half") == 0 ||
	    CLAIM_LOOKUP(claim_number_words, t->w) != 0 ||
	    CLAIM_LOOKUP(claim_plural_scales, t->w) != 0;
}

/* A figure starting at token i (after any qualifier); returns the token
 * after it, or i when there is none. */
static size_t
claim_figure_at(struct claim_parse *p, size_t i)
{
	struct claim_figure	*f;
	enum claim_qualifier	 q;
	enum claim_unit		 unit;
	size_t			 first, j = i, next, last, w, cur;
	double			 v;
	bool			 worded;
	char			*noun = NULL;

	if (!claim_may_start_figure(&p->t[i]))
		return i;
	unit = claim_sign_unit(&p->t[i]);
	if (unit != CLAIM_UNIT_COUNT)
		j++;
	else if (claim_word_at(p, i, "us") && i + 1 < p->n &&
	    !p->t[i + 1].gap && claim_sign_unit(&p->t[i + 1]) ==
	    CLAIM_UNIT_USD) {
		unit = CLAIM_UNIT_USD;
		j += 2;
	}
	if (!claim_value_at(p, j, unit != CLAIM_UNIT_COUNT, &v, &next,
	    &worded)) {
		if (i < p->n && p->t[i].type == CLAIM_TOK_WORD &&
		    (w = (size_t)CLAIM_LOOKUP(claim_plural_scales,
		    p->t[i].w)) != 0 && claim_word_at(p, i + 1, "of")) {
			f = claim_add(p, CLAIM_UNIT_COUNT, i, i + 1);
			f->value = (double)w;
			f->qualifier = CLAIM_QUAL_MORE_THAN;
			last = i + 1;
			f->noun = claim_noun_at(p, i + 2, &last, true);
			f->end = p->t[last].end;
			return i + 2;
		}
		return i;
	}
	if (j == i && p->t[j].type == CLAIM_TOK_NUM &&
	    claim_is_glued(p, j, next))
		return next;
	q = claim_qualifier_before(p, i, &first);
	last = next - 1;
	cur = next;
	/* "a 2-billion-dollar deal": the currency joined by a hyphen. */
	if (claim_punct_at(p, next, '-') && !p->t[next].gap &&
	    next + 1 < p->n && !p->t[next + 1].gap)
		cur = next + 1;
	if (unit == CLAIM_UNIT_COUNT && p->t[next - 1].type ==
	    CLAIM_TOK_NUM && (p->t[next - 1].percent ||
	    p->t[next - 1].pence)) {
		/* "12pc", "72p". */
		if (p->t[next - 1].pence) {
			unit = CLAIM_UNIT_GBP;
			v /= 100;
		} else
			unit = CLAIM_UNIT_PERCENT;
	} else if (unit == CLAIM_UNIT_COUNT && claim_percent_at(p, &next)) {
		unit = CLAIM_UNIT_PERCENT;
		last = next - 1;
	} else if (unit == CLAIM_UNIT_COUNT && (claim_word_at(p, next,
	    "cents") || claim_word_at(p, next, "cent") ||
	    claim_word_at(p, next, "pence"))) {
		/* "72 cents" is $0.72, "40 pence" £0.40. */
		unit = p->t[next].w[0] == 'p' ? CLAIM_UNIT_GBP :
		    CLAIM_UNIT_USD;
		v /= 100;
		last = next++;
	} else if (unit == CLAIM_UNIT_COUNT && cur < p->n &&
	    p->t[cur].type == CLAIM_TOK_WORD && !claim_is_weight(p, next,
	    cur) &&
	    (unit = (enum claim_unit)CLAIM_LOOKUP(claim_currency_words,
	    p->t[cur].w)) != CLAIM_UNIT_COUNT) {
		last = cur;
		next = cur + 1;
	} else if (unit == CLAIM_UNIT_COUNT) {
		/* A year may be followed by anything ("in 2001 involving
		 * five priests"): no compound. */
		noun = claim_noun_at(p, next, &last, v > 1 && !(j == next - 1 &&
		    claim_is_year(&p->t[j])));
		if (noun == NULL && (worded || (j == next - 1 &&
		    claim_is_year(&p->t[j])))) {
			if (!worded && q == CLAIM_QUAL_NONE) {
				f = claim_add(p, CLAIM_UNIT_YEAR, j, j);
				f->value = v;
			}
			return next;
		}
		if (noun != NULL)
			next = last + 1;
	}
	f = claim_add(p, unit, q != CLAIM_QUAL_NONE ? first : i, last);
	f->value = v;
	f->qualifier = q;
	f->noun = noun;
	return next;
}

/*
 * The end of the list marker that text opens with ("1. ", "2) ", "• 10. "),
 * else 0: its number counts items, not things.
 */
static size_t
claim_marker_end(const char *text, size_t len)
{
	static const char *const bullets[] = { "\xe2\x80\xa2", "\xe2\x80\xa3",
	    "\xe2\x81\x83", "\xe2\x97\xa6", "\xe2\x96\xaa", "\xe2\x97\x8f",
	    "-", "*" };
	size_t	i = 0, d;

	for (size_t b = 0; b < UTIL_NELEM(bullets); b++) {
		size_t n = strlen(bullets[b]);
		if (len > n && memcmp(text, bullets[b], n) == 0 &&
		    text[n] == ' ') {
			i = n + 1;
			break;
		}
	}
	for (d = i; d < len && d - i < 4 && text[d] >= '0' && text[d] <= '9';
	    d++)
		/* nothing */;
	if (d == i || d - i > 3 || d >= len)
		return 0;
	if (text[d] == '.' && d + 1 < len && text[d + 1] == ')')
		d++;
	else if (text[d] != '.' && text[d] != ')')
		return 0;
	return d + 1 < len && text[d + 1] == ' ' ? d + 2 : 0;
}

size_t
claim_figures(const char *text, size_t len, struct claim_figure **figs)
{
	struct claim_lexer	 lx = { NULL, 0, 0 };
	struct claim_parse	 p;
	size_t			 i, next, skip;

	claim_lex(&lx, text, len);
	memset(&p, 0, sizeof p);
	p.text = text;
	p.t = lx.toks;
	p.n = lx.n;
	p.st = claim_stemmer();
	skip = claim_marker_end(text, len);
	for (i = 0; i < p.n && p.t[i].start < skip; i++)
		/* nothing */;
	for (; i < p.n; i = next) {
		next = claim_date_at(&p, i);
		if (next == i)
			next = claim_figure_at(&p, i);
		if (next == i)
			next = i + 1;
	}
	free(lx.toks);
	*figs = p.figs;
	return p.nfigs;
}

void
claim_figures_free(struct claim_figure *figs, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(figs[i].noun);
	free(figs);
}

static const char *const claim_unit_names[] = {
	[CLAIM_UNIT_COUNT] = "count",
	[CLAIM_UNIT_PERCENT] = "percent",
	[CLAIM_UNIT_USD] = "usd",
	[CLAIM_UNIT_GBP] = "gbp",
	[CLAIM_UNIT_EUR] = "eur",
	[CLAIM_UNIT_YEAR] = "year",
	[CLAIM_UNIT_DATE] = "date"
};

static const char *const claim_qual_names[] = {
	[CLAIM_QUAL_NONE] = "",
	[CLAIM_QUAL_ABOUT] = "about",
	[CLAIM_QUAL_MORE_THAN] = "more than",
	[CLAIM_QUAL_LESS_THAN] = "less than",
	[CLAIM_QUAL_NEARLY] = "nearly",
	[CLAIM_QUAL_AT_LEAST] = "at least",
	[CLAIM_QUAL_UP_TO] = "up to"
};

const char *
claim_unit_name(enum claim_unit u)
{
	return (size_t)u < UTIL_NELEM(claim_unit_names) ?
	    claim_unit_names[u] : "?";
}

const char *
claim_qualifier_name(enum claim_qualifier q)
{
	return (size_t)q < UTIL_NELEM(claim_qual_names) ?
	    claim_qual_names[q] : "?";
}

static const char *const claim_weekday_names[] = {
	"", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday"
};

char *
claim_figure_text(const struct claim_figure *f)
{
	struct buf	b;

	buf_init(&b);
	if (f->qualifier != CLAIM_QUAL_NONE)
		buf_printf(&b, "%s ", claim_qualifier_name(f->qualifier));
	switch (f->unit) {
	case CLAIM_UNIT_DATE:
		buf_adds(&b, "date");
		if (f->year != 0 || f->month != 0 || f->day != 0) {
			buf_addc(&b, ' ');
			if (f->year != 0)
				buf_printf(&b, "%04d-", f->year);
			buf_printf(&b, "%02d-%02d", f->month, f->day);
		}
		if (f->weekday > 0 && f->weekday <= 7)
			buf_printf(&b, " %s", claim_weekday_names[f->weekday]);
		break;
	case CLAIM_UNIT_PERCENT:
		buf_printf(&b, "%.15g%%", f->value);
		break;
	case CLAIM_UNIT_COUNT:
		buf_printf(&b, "%.15g", f->value);
		break;
	default:
		buf_printf(&b, "%s %.15g", claim_unit_name(f->unit), f->value);
		break;
	}
	if (f->noun != NULL)
		buf_printf(&b, " %s", f->noun);
	return buf_detach(&b, NULL);
}

/* "people" (stemmed) counts whoever the other figure counts: "1,200,000
 * people" and "1.2 million customers" agree.  Only for agreement: a
 * different number of people is not a different number of customers. */
static bool
claim_is_people(const char *noun)
{
	return strcmp(noun, "peopl") == 0 || strcmp(noun, "person") == 0;
}

/* "about" and no hedge agree; any other pair of hedges must be equal. */
static bool
claim_qualifiers_agree(enum claim_qualifier a, enum claim_qualifier b)
{
	if (a == b)
		return true;
	return (a == CLAIM_QUAL_NONE || a == CLAIM_QUAL_ABOUT) &&
	    (b == CLAIM_QUAL_NONE || b == CLAIM_QUAL_ABOUT);
}

/* The power of ten a value is given to: 1e6 for 114e6, 0.1 for 14.7. */
static double
claim_precision(double v)
{
	double	p = 1e-6;

	v = fabs(v);
	if (v < 1e-6)
		return 1;
	while (p < v && fabs(v / (p * 10) - round(v / (p * 10))) <
	    1e-6 * (v / (p * 10)))
		p *= 10;
	return p;
}

/*
 * Equal values, or the same value rounded: "$114 million" and "$114.3
 * million", "about $65 billion" and "$64.7 billion".  The more precise
 * value must round to the other, within 2 % (5 % with "about").
 */
static bool
claim_values_agree(const struct claim_figure *a,
    const struct claim_figure *b)
{
	double	pa, pb, coarse, fine, prec, tol;

	if (fabs(a->value - b->value) <= 1e-9 * fmax(fmax(fabs(a->value),
	    fabs(b->value)), 1))
		return true;
	tol = a->qualifier == CLAIM_QUAL_ABOUT ||
	    b->qualifier == CLAIM_QUAL_ABOUT ? 0.05 : 0.02;
	if (fabs(a->value - b->value) > tol * fmax(fabs(a->value),
	    fabs(b->value)))
		return false;
	pa = claim_precision(a->value);
	pb = claim_precision(b->value);
	/* Given to one precision, they must be equal; comparing them
	 * directly keeps the answer the same both ways round. */
	if (pa == pb)
		return fabs(a->value - b->value) <= 1e-9 * pa || tol > 0.02;
	coarse = pa > pb ? a->value : b->value;
	fine = pa > pb ? b->value : a->value;
	prec = pa > pb ? pa : pb;
	return fabs(round(fine / prec) * prec - coarse) <= 1e-9 * prec ||
	    tol > 0.02;
}

bool
claim_figure_is_comparable(const struct claim_figure *a,
    const struct claim_figure *b)
{
	if (a->unit != b->unit)
		return false;
	if (a->unit == CLAIM_UNIT_DATE) {
		/* Two dates speak of one day when they name parts alike. */
		return (a->month != 0 && b->month != 0) ||
		    (a->weekday != 0 && b->weekday != 0);
	}
	if (a->noun == NULL || b->noun == NULL)
		return a->unit != CLAIM_UNIT_COUNT || a->noun == b->noun;
	return strcmp(a->noun, b->noun) == 0;
}

bool
claim_figure_is_same(const struct claim_figure *a,
    const struct claim_figure *b)
{
	if (a->unit != b->unit)
		return false;
	if (a->unit == CLAIM_UNIT_DATE) {
		if (a->month != 0 && b->month != 0 && a->month != b->month)
			return false;
		if (a->day != 0 && b->day != 0 && a->day != b->day)
			return false;
		if (a->year != 0 && b->year != 0 && a->year != b->year)
			return false;
		if (a->weekday != 0 && b->weekday != 0 &&
		    a->weekday != b->weekday)
			return false;
		return (a->month != 0 && b->month != 0) ||
		    (a->weekday != 0 && b->weekday != 0);
	}
	if (!claim_values_agree(a, b))
		return false;
	if (!claim_qualifiers_agree(a->qualifier, b->qualifier))
		return false;
	return a->noun == NULL || b->noun == NULL ||
	    strcmp(a->noun, b->noun) == 0 || claim_is_people(a->noun) ||
	    claim_is_people(b->noun);
}
