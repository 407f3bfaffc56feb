/*
 * claim: cut an article into claims (its sentences and its quotations)
 * and compute the features they are matched by; write those features as
 * text for the store and read them back.  Words, names and figures are
 * found by claim-word.c and claim-figure.c; this file puts them together.
 * Nothing here compares two claims (that is match.c).
 */
#include "parallax/claim.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claim-internal.h"
#include "parallax/segment.h"
#include "parallax/text.h"
#include "parallax/util.h"

static const char *const claim_kind_names[] = {
	[CLAIM_STATEMENT] = "statement",
	[CLAIM_FIGURE] = "figure",
	[CLAIM_QUOTE] = "quote"
};

const char *
claim_kind_name(enum claim_kind k)
{
	return (size_t)k < UTIL_NELEM(claim_kind_names) ?
	    claim_kind_names[k] : "?";
}

/* The spans of a claim's words, as text_words() hands them over. */
struct claim_spans {
	size_t	*v;		/* start, end, start, end, … */
	size_t	 n;		/* words */
	size_t	 cap;
};

static int
claim_collect_word(const char *s, size_t start, size_t end, void *arg)
{
	struct claim_spans	*sp = arg;

	(void)s;
	if (sp->n == sp->cap) {
		sp->cap = sp->cap == 0 ? 32 : sp->cap * 2;
		sp->v = xreallocarray(sp->v, sp->cap, 2 * sizeof *sp->v);
	}
	sp->v[2 * sp->n] = start;
	sp->v[2 * sp->n + 1] = end;
	sp->n++;
	return 0;
}

/* Copy a string into the pool at *p and point *dst at it. */
static void
claim_pool_put(char **p, char **dst, const char *s)
{
	size_t	n = strlen(s) + 1;

	memcpy(*p, s, n);
	*dst = *p;
	*p += n;
}

/* The words of text [0, len): their features from the word cache, their
 * strings copied into one block that the claim owns. */
static void
claim_words(struct claim *c, const char *text, size_t len)
{
	struct claim_spans	 sp = { NULL, 0, 0 };
	struct claim_word	*w;
	size_t			 i, total = 0;
	char			*p;

	text_words(text, len, claim_collect_word, &sp);
	if (sp.n == 0)
		return;
	claim_words_reserve(sp.n);
	c->words = xcalloc(sp.n, sizeof *c->words);
	c->nwords = sp.n;
	for (i = 0; i < sp.n; i++) {
		w = &c->words[i];
		*w = *claim_word_peek(text + sp.v[2 * i],
		    sp.v[2 * i + 1] - sp.v[2 * i]);
		total += strlen(w->word) + strlen(w->stem) + 2;
		if (w->name != NULL)
			total += strlen(w->name) + 1;
	}
	free(sp.v);
	c->strings = p = xmalloc(total);
	for (i = 0; i < c->nwords; i++) {
		w = &c->words[i];
		claim_pool_put(&p, &w->word, w->word);
		claim_pool_put(&p, &w->stem, w->stem);
		if (w->name != NULL)
			claim_pool_put(&p, &w->name, w->name);
	}
}

void
claim_init(struct claim *c, const char *text, size_t start, size_t end)
{
	size_t	i;

	memset(c, 0, sizeof *c);
	c->start = start;
	c->end = end;
	c->kind = CLAIM_STATEMENT;
	claim_words(c, text + start, end - start);
	c->nfigures = claim_figures(text + start, end - start, &c->figures);
	for (i = 0; i < c->nfigures; i++) {
		c->figures[i].start += start;
		c->figures[i].end += start;
		if (c->figures[i].unit != CLAIM_UNIT_YEAR)
			c->kind = CLAIM_FIGURE;
	}
}

void
claim_fini(struct claim *c)
{
	size_t	i;

	for (i = 0; c->strings == NULL && i < c->nwords; i++) {
		free(c->words[i].word);
		free(c->words[i].stem);
		free(c->words[i].name);
	}
	free(c->strings);
	free(c->words);
	claim_figures_free(c->figures, c->nfigures);
	memset(c, 0, sizeof *c);
}

void
claim_extract(const char *body, size_t len, struct claim_list *out)
{
	struct segment_result	 seg;
	struct claim		*c;
	size_t			 i;

	segment_text(body, len, &seg);
	out->nclaims = seg.nsentences + seg.nquotes;
	out->claims = out->nclaims == 0 ? NULL :
	    xcalloc(out->nclaims, sizeof *out->claims);
	for (i = 0; i < seg.nsentences; i++) {
		claim_init(&out->claims[i], body,
		    seg.sentences[i].start, seg.sentences[i].end);
	}
	for (i = 0; i < seg.nquotes; i++) {
		c = &out->claims[seg.nsentences + i];
		claim_init(c, body, seg.quotes[i].span.start,
		    seg.quotes[i].span.end);
		c->kind = CLAIM_QUOTE;
		c->speaker_start = seg.quotes[i].speaker.start;
		c->speaker_end = seg.quotes[i].speaker.end;
	}
	segment_result_fini(&seg);
}

void
claim_list_fini(struct claim_list *l)
{
	size_t	i;

	for (i = 0; i < l->nclaims; i++)
		claim_fini(&l->claims[i]);
	free(l->claims);
	l->claims = NULL;
	l->nclaims = 0;
}

/*
 * The encoded form, one record a line, fields separated by spaces:
 *	c2 KIND START END SPEAKER_START SPEAKER_END
 *	FWORD [STEM [NAME]]	a word: its flags as one digit, glued to it;
 *				STEM "=" or left out when it is WORD, NAME
 *				"=" when it is WORD, left out when none
 *	f UNIT QUAL VALUE NOUN MONTH DAY YEAR WEEKDAY START END  (NOUN "-")
 * Strings escape backslash, space, tab and newline as \\ \s \t \n.
 * Stores written before version 4 hold the first form, still read:
 *	c1 KIND START END SPEAKER_START SPEAKER_END
 *	w FLAGS WORD STEM NAME		(STEM "=" when it is WORD, NAME "-")
 * The second form is about a third smaller: most words are stop words or
 * their own stem, and the words make up most of a claim.
 */
static void
claim_put_str(struct buf *b, const char *s)
{
	size_t	n;

	for (;;) {
		n = strcspn(s, "\\ \t\n");
		buf_add(b, s, n);
		s += n;
		if (*s == '\0')
			break;
		switch (*s++) {
		case '\\':
			buf_adds(b, "\\\\");
			break;
		case ' ':
			buf_adds(b, "\\s");
			break;
		case '\t':
			buf_adds(b, "\\t");
			break;
		default:	/* '\n': strcspn() stops at nothing else */
			buf_adds(b, "\\n");
			break;
		}
	}
}

/* A decimal number, without printf: encoding runs for every word. */
static void
claim_put_num(struct buf *b, size_t v)
{
	char	tmp[24];
	size_t	i = sizeof tmp;

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	buf_add(b, tmp + i, sizeof tmp - i);
}

/* A figure's value, exactly: whole numbers as digits, others as %.17g. */
static void
claim_put_value(struct buf *b, double v)
{
	char	tmp[32];
	int	n;

	if (v >= 0 && v < 9007199254740992.0 && v == (double)(size_t)v) {
		claim_put_num(b, (size_t)v);
		return;
	}
	n = snprintf(tmp, sizeof tmp, "%.17g", v);
	buf_add(b, tmp, n > 0 && (size_t)n < sizeof tmp ? (size_t)n : 0);
}

char *
claim_features_encode(const struct claim *c)
{
	const struct claim_word		*w;
	const struct claim_figure	*f;
	struct buf			 b;
	size_t				 i, k, parts[6];
	bool				 stem_same;

	buf_init(&b);
	buf_adds(&b, "c2 ");
	claim_put_num(&b, (size_t)c->kind);
	buf_addc(&b, ' ');
	claim_put_num(&b, c->start);
	buf_addc(&b, ' ');
	claim_put_num(&b, c->end);
	buf_addc(&b, ' ');
	claim_put_num(&b, c->speaker_start);
	buf_addc(&b, ' ');
	claim_put_num(&b, c->speaker_end);
	buf_addc(&b, '\n');
	for (i = 0; i < c->nwords; i++) {
		w = &c->words[i];
		buf_addc(&b, (char)('0' + (w->flags & 7)));
		claim_put_str(&b, w->word);
		stem_same = strcmp(w->stem, w->word) == 0;
		if (!stem_same || w->name != NULL) {
			buf_addc(&b, ' ');
			if (stem_same)
				buf_addc(&b, '=');
			else
				claim_put_str(&b, w->stem);
		}
		if (w->name != NULL) {
			buf_addc(&b, ' ');
			if (strcmp(w->name, w->word) == 0)
				buf_addc(&b, '=');
			else
				claim_put_str(&b, w->name);
		}
		buf_addc(&b, '\n');
	}
	for (i = 0; i < c->nfigures; i++) {
		f = &c->figures[i];
		parts[0] = (size_t)f->month;
		parts[1] = (size_t)f->day;
		parts[2] = (size_t)f->year;
		parts[3] = (size_t)f->weekday;
		parts[4] = f->start;
		parts[5] = f->end;
		buf_adds(&b, "f ");
		claim_put_num(&b, (size_t)f->unit);
		buf_addc(&b, ' ');
		claim_put_num(&b, (size_t)f->qualifier);
		buf_addc(&b, ' ');
		claim_put_value(&b, f->value);
		buf_addc(&b, ' ');
		if (f->noun == NULL)
			buf_addc(&b, '-');
		else
			claim_put_str(&b, f->noun);
		for (k = 0; k < UTIL_NELEM(parts); k++) {
			buf_addc(&b, ' ');
			claim_put_num(&b, parts[k]);
		}
		buf_addc(&b, '\n');
	}
	return buf_detach(&b, NULL);
}

/* Split one line (NUL-terminated, modified) into at most max fields. */
static size_t
claim_fields(char *line, char **fields, size_t max)
{
	size_t	n = 0;
	char	*p = line;

	while (*p != '\0') {
		if (n == max)
			return max + 1;
		fields[n++] = p;
		while (*p != '\0' && *p != ' ')
			p++;
		if (*p == ' ')
			*p++ = '\0';
	}
	return n;
}

/* Undo claim_put_str(); NULL on a bad escape or an empty string. */
static char *
claim_get_str(const char *s)
{
	struct buf	b;

	if (*s == '\0')
		return NULL;
	buf_init(&b);
	for (; *s != '\0'; s++) {
		if (*s != '\\') {
			buf_addc(&b, *s);
			continue;
		}
		switch (*++s) {
		case '\\':
			buf_addc(&b, '\\');
			break;
		case 's':
			buf_addc(&b, ' ');
			break;
		case 't':
			buf_addc(&b, '\t');
			break;
		case 'n':
			buf_addc(&b, '\n');
			break;
		default:
			buf_fini(&b);
			return NULL;
		}
	}
	return buf_detach(&b, NULL);
}

/* claim_get_str() in place: the string only ever shrinks. */
static char *
claim_unescape(char *s)
{
	char	*o = s;
	char	*p;

	if (*s == '\0')
		return NULL;
	for (p = s; *p != '\0'; p++) {
		if (*p != '\\') {
			*o++ = *p;
			continue;
		}
		switch (*++p) {
		case '\\':
			*o++ = '\\';
			break;
		case 's':
			*o++ = ' ';
			break;
		case 't':
			*o++ = '\t';
			break;
		case 'n':
			*o++ = '\n';
			break;
		default:
			return NULL;
		}
	}
	*o = '\0';
	return s;
}

static int
claim_get_num(const char *s, long long min, long long max, long long *v)
{
	char	*end;

	errno = 0;
	*v = strtoll(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || *v < min || *v > max)
		return -1;
	return 0;
}

static int
claim_get_size(const char *s, size_t *v)
{
	long long	n;

	if (claim_get_num(s, 0, (long long)(SIZE_MAX >> 2), &n) != 0)
		return -1;
	*v = (size_t)n;
	return 0;
}

static const char *
claim_decode_header(struct claim *c, char **f, size_t n, int *form)
{
	long long	k;

	if (n != 6 || (strcmp(f[0], "c1") != 0 && strcmp(f[0], "c2") != 0))
		return "not a claim header";
	*form = f[0][1] - '0';
	if (claim_get_num(f[1], CLAIM_STATEMENT, CLAIM_QUOTE, &k) != 0)
		return "bad kind";
	c->kind = (enum claim_kind)k;
	if (claim_get_size(f[2], &c->start) != 0 ||
	    claim_get_size(f[3], &c->end) != 0 ||
	    claim_get_size(f[4], &c->speaker_start) != 0 ||
	    claim_get_size(f[5], &c->speaker_end) != 0 ||
	    c->end < c->start || c->speaker_end < c->speaker_start)
		return "bad span";
	return NULL;
}

static const char *
claim_decode_word(struct claim *c, size_t *cap, char **f, size_t n)
{
	struct claim_word	*w;
	long long		 flags;

	if (n != 5)
		return "a word needs 4 fields";
	if (claim_get_num(f[1], 0, CLAIM_WORD_STOP | CLAIM_WORD_NAME,
	    &flags) != 0)
		return "bad word flags";
	if (c->nwords == *cap) {
		*cap = *cap == 0 ? 16 : *cap * 2;
		c->words = xreallocarray(c->words, *cap, sizeof *c->words);
	}
	w = &c->words[c->nwords++];
	memset(w, 0, sizeof *w);
	w->flags = (unsigned)flags;
	/* The strings stay in the decoded copy, which the claim keeps. */
	w->word = claim_unescape(f[2]);
	w->stem = strcmp(f[3], "=") == 0 ? w->word : claim_unescape(f[3]);
	if (strcmp(f[4], "-") != 0)
		w->name = claim_unescape(f[4]);
	if (w->word == NULL || w->stem == NULL || (w->name == NULL &&
	    strcmp(f[4], "-") != 0))
		return "bad word";
	return NULL;
}

/* A word of the second form: "FWORD [STEM [NAME]]". */
static const char *
claim_decode_word2(struct claim *c, size_t *cap, char **f, size_t n)
{
	struct claim_word	*w;
	unsigned		 flags;

	if (n < 1 || n > 3)
		return "a word needs 1 to 3 fields";
	flags = (unsigned)(f[0][0] - '0');
	if (flags > (CLAIM_WORD_STOP | CLAIM_WORD_NAME))
		return "bad word flags";
	if (c->nwords == *cap) {
		*cap = *cap == 0 ? 16 : *cap * 2;
		c->words = xreallocarray(c->words, *cap, sizeof *c->words);
	}
	w = &c->words[c->nwords++];
	memset(w, 0, sizeof *w);
	w->flags = flags;
	/* The strings stay in the decoded copy, which the claim keeps. */
	if ((w->word = claim_unescape(f[0] + 1)) == NULL)
		return "bad word";
	w->stem = n < 2 || strcmp(f[1], "=") == 0 ? w->word :
	    claim_unescape(f[1]);
	if (n == 3)
		w->name = strcmp(f[2], "=") == 0 ? w->word :
		    claim_unescape(f[2]);
	if (w->stem == NULL || (n == 3 && w->name == NULL))
		return "bad word";
	return NULL;
}

static const char *
claim_decode_figure(struct claim *c, size_t *cap, char **f, size_t n)
{
	struct claim_figure	*g;
	long long		 v[6];
	char			*end;
	size_t			 i;

	if (n != 11)
		return "a figure needs 10 fields";
	if (c->nfigures == *cap) {
		*cap = *cap == 0 ? 4 : *cap * 2;
		c->figures = xreallocarray(c->figures, *cap,
		    sizeof *c->figures);
	}
	g = &c->figures[c->nfigures++];
	memset(g, 0, sizeof *g);
	if (strcmp(f[4], "-") != 0 && (g->noun = claim_get_str(f[4])) == NULL)
		return "bad noun";
	if (claim_get_num(f[1], CLAIM_UNIT_COUNT, CLAIM_UNIT_DATE, &v[0]) ||
	    claim_get_num(f[2], CLAIM_QUAL_NONE, CLAIM_QUAL_UP_TO, &v[1]) ||
	    claim_get_num(f[5], 0, 12, &v[2]) ||
	    claim_get_num(f[6], 0, 31, &v[3]) ||
	    claim_get_num(f[7], 0, 9999, &v[4]) ||
	    claim_get_num(f[8], 0, 7, &v[5]))
		return "bad figure field";
	g->unit = (enum claim_unit)v[0];
	g->qualifier = (enum claim_qualifier)v[1];
	g->month = (int)v[2];
	g->day = (int)v[3];
	g->year = (int)v[4];
	g->weekday = (int)v[5];
	/* Earlier builds wrote numbers the locale's way: a store written
	 * under one with a decimal comma holds "3,5". */
	for (char *p = f[3]; *p != '\0'; p++) {
		if (*p == ',')
			*p = '.';
	}
	errno = 0;
	g->value = strtod(f[3], &end);
	if (*f[3] == '\0' || *end != '\0' || errno != 0)
		return "bad figure value";
	i = 9;
	if (claim_get_size(f[i], &g->start) != 0 ||
	    claim_get_size(f[i + 1], &g->end) != 0 || g->end < g->start)
		return "bad figure span";
	return NULL;
}

int
claim_features_decode(const char *s, size_t len, struct claim *c,
    char **cause)
{
	char		*copy, *line, *next, *f[12];
	const char	*err = NULL;
	size_t		 n, lineno = 0, wcap = 0, fcap = 0;
	int		 form = 0;

	memset(c, 0, sizeof *c);
	/* The claim keeps the copy: its words' strings are cut from it. */
	c->strings = copy = xstrndup(s, len);
	if (strlen(copy) != len)
		err = "NUL byte";
	/* A word a line after the header: room for them all at once, so
	 * that a story's thousands of claims keep no slack. */
	for (n = 0, line = copy; (line = strchr(line, '\n')) != NULL; line++)
		n++;
	if (err == NULL && n > 0) {
		wcap = n;
		c->words = xreallocarray(NULL, wcap, sizeof *c->words);
	}
	for (line = copy; err == NULL && *line != '\0'; line = next) {
		lineno++;
		next = strchr(line, '\n');
		if (next == NULL)
			next = line + strlen(line);
		else
			*next++ = '\0';
		n = claim_fields(line, f, UTIL_NELEM(f));
		if (lineno == 1)
			err = claim_decode_header(c, f, n, &form);
		else if (form == 2 && n > 0 && f[0][0] >= '0' &&
		    f[0][0] <= '9')
			err = claim_decode_word2(c, &wcap, f, n);
		else if (form == 1 && n > 0 && strcmp(f[0], "w") == 0)
			err = claim_decode_word(c, &wcap, f, n);
		else if (n > 0 && strcmp(f[0], "f") == 0)
			err = claim_decode_figure(c, &fcap, f, n);
		else
			err = "unknown record";
	}
	if (err == NULL && lineno == 0)
		err = "empty";
	if (err == NULL)
		return 0;
	*cause = xasprintf("features:%zu: %s", lineno, err);
	claim_fini(c);
	return -1;
}
