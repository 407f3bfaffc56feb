/*
 * segment: cut a clean article body into sentences and quotations and find
 * who each quotation is attributed to.  Everything is a byte span of the
 * body; the body is never copied or changed.  Three linear passes over each
 * paragraph (sentences, quotation marks, speakers), each decision looking
 * at a bounded window around one position, so the work is linear in the
 * size of the body.  No store, no curses, no recursion, no hand-decoded
 * UTF-8 (libunistring decodes and classifies).
 *
 * A sentence may end at a run of . ? ! … (with closing quotes and brackets
 * after it) that is followed by a space or the paragraph end.  It does not
 * when the next word is lowercase; after ? and ! it does unless a
 * quotation closed and an attribution follows ("Why?" Kirby asked); after
 * an ellipsis when a capital follows, unless the word before it is one no
 * sentence ends on ("the prism of ... Sept. 11"); after a full stop it
 * depends on the word before: titles (Dr.) and e.g. never end, No./p./Fig.
 * and months not before a number, a number opening a line is a list
 * marker, and the abbreviations that may end a sentence (Inc., etc., U.S.,
 * initials) end one only before a word that typically starts a sentence
 * ("The", "He", "In", a quotation); after a.m./p.m. any capital but a day,
 * month or time zone does, unless an opening phrase of time came before
 * ("At 5 a.m. Mr. Smith left").  A spaced ellipsis (". . .") counts as one,
 * "[...]" marks an omission, a citation mark ("[1]") stays with its
 * sentence, a dash and a lowercase word continue it, and "I." after a
 * lowercase word is the pronoun, not an initial.  A full stop with no space
 * after it ends a sentence between a lowercase word and a capitalised one
 * ("held.Engineers"), outside addresses.  A paragraph that opens with a
 * list marker ("1.)", "2.", "b.") is cut before each next marker of the
 * same list.  An abbreviation after a hyphen or slash is looked up alone
 * ("then-Gov."), and after one a bracket holding a figure, a ticker or a
 * time zone continues the sentence ("Acme Co. (ACM) rose").  A stray
 * closing quote after a paragraph's last sentence joins it.  A single
 * newline ends a sentence only before or after a list item, between two
 * short lines, or after a line without final punctuation that looks like a
 * headline.
 */
#include "parallax/segment.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unictype.h>
#include <unistr.h>

#include "parallax/util.h"

/* How far a decision may look around one position, in bytes or tokens. */
#define SEG_WORD_MAX	64	/* a word looked up in a table */
#define SEG_WINDOW	200	/* text searched for an attribution */
#define SEG_TOKENS	96	/* tokens kept from one window */

enum seg_abbr {
	SEG_ABBR_TITLE,		/* "Dr. Kirby": never ends a sentence */
	SEG_ABBR_ALWAYS,	/* "e.g. France": never ends a sentence */
	SEG_ABBR_NUMBER,	/* "No. 2": no break before a number */
	SEG_ABBR_MONTH,		/* "Jan. 5": no break before a number */
	SEG_ABBR_CANEND,	/* "Acme Inc. The...": may end a sentence */
	SEG_ABBR_TIME		/* "9 a.m. The...": ends unless a day or zone */
};

struct seg_abbr_entry {
	const char	*word;
	enum seg_abbr	 kind;
};

static const struct seg_abbr_entry seg_abbrs[] = {
	{ "Mr", SEG_ABBR_TITLE }, { "Mrs", SEG_ABBR_TITLE },
	{ "Ms", SEG_ABBR_TITLE }, { "Dr", SEG_ABBR_TITLE },
	{ "Prof", SEG_ABBR_TITLE }, { "Gen", SEG_ABBR_TITLE },
	{ "Lt", SEG_ABBR_TITLE }, { "Col", SEG_ABBR_TITLE },
	{ "Sgt", SEG_ABBR_TITLE }, { "Capt", SEG_ABBR_TITLE },
	{ "Sen", SEG_ABBR_TITLE }, { "Rep", SEG_ABBR_TITLE },
	{ "Gov", SEG_ABBR_TITLE }, { "Pres", SEG_ABBR_TITLE },
	{ "Maj", SEG_ABBR_TITLE }, { "Adm", SEG_ABBR_TITLE },
	{ "Cpl", SEG_ABBR_TITLE }, { "Rev", SEG_ABBR_TITLE },
	{ "Hon", SEG_ABBR_TITLE }, { "Supt", SEG_ABBR_TITLE },
	{ "Insp", SEG_ABBR_TITLE }, { "Det", SEG_ABBR_TITLE },
	{ "Fr", SEG_ABBR_TITLE }, { "Messrs", SEG_ABBR_TITLE },
	{ "Brig", SEG_ABBR_TITLE }, { "Cmdr", SEG_ABBR_TITLE },
	{ "Cdr", SEG_ABBR_TITLE }, { "Pfc", SEG_ABBR_TITLE },
	{ "Pvt", SEG_ABBR_TITLE }, { "Spc", SEG_ABBR_TITLE },
	{ "Lieut", SEG_ABBR_TITLE }, { "Sens", SEG_ABBR_TITLE },
	{ "Reps", SEG_ABBR_TITLE }, { "Govs", SEG_ABBR_TITLE },
	{ "Gens", SEG_ABBR_TITLE }, { "Msgr", SEG_ABBR_TITLE },
	{ "Atty", SEG_ABBR_TITLE }, { "Amb", SEG_ABBR_TITLE },
	{ "Drs", SEG_ABBR_TITLE }, { "Profs", SEG_ABBR_TITLE },
	{ "e.g", SEG_ABBR_ALWAYS }, { "i.e", SEG_ABBR_ALWAYS },
	{ "approx", SEG_ABBR_ALWAYS }, { "vs", SEG_ABBR_ALWAYS },
	{ "cf", SEG_ABBR_ALWAYS }, { "viz", SEG_ABBR_ALWAYS },
	{ "incl", SEG_ABBR_ALWAYS }, { "ca", SEG_ABBR_ALWAYS },
	{ "v", SEG_ABBR_ALWAYS },	/* "Roe v. Wade" */
	{ "E.g", SEG_ABBR_ALWAYS }, { "I.e", SEG_ABBR_ALWAYS },
	{ "Approx", SEG_ABBR_ALWAYS }, { "Cf", SEG_ABBR_ALWAYS },
	{ "Incl", SEG_ABBR_ALWAYS }, { "Viz", SEG_ABBR_ALWAYS },
	{ "No", SEG_ABBR_NUMBER }, { "Nos", SEG_ABBR_NUMBER },
	{ "no", SEG_ABBR_NUMBER }, { "Fig", SEG_ABBR_NUMBER },
	{ "fig", SEG_ABBR_NUMBER }, { "Vol", SEG_ABBR_NUMBER },
	{ "vol", SEG_ABBR_NUMBER }, { "p", SEG_ABBR_NUMBER },
	{ "pp", SEG_ABBR_NUMBER }, { "Art", SEG_ABBR_NUMBER },
	{ "Sec", SEG_ABBR_NUMBER }, { "Ch", SEG_ABBR_NUMBER },
	/* "N°. 12", "Nº. 12": the degree sign and the ordinal indicator */
	{ "N\xc2\xb0", SEG_ABBR_NUMBER }, { "N\xc2\xba", SEG_ABBR_NUMBER },
	{ "n\xc2\xb0", SEG_ABBR_NUMBER }, { "n\xc2\xba", SEG_ABBR_NUMBER },
	{ "Jan", SEG_ABBR_MONTH }, { "Feb", SEG_ABBR_MONTH },
	{ "Mar", SEG_ABBR_MONTH }, { "Apr", SEG_ABBR_MONTH },
	{ "Jun", SEG_ABBR_MONTH }, { "Jul", SEG_ABBR_MONTH },
	{ "Aug", SEG_ABBR_MONTH }, { "Sep", SEG_ABBR_MONTH },
	{ "Sept", SEG_ABBR_MONTH }, { "Oct", SEG_ABBR_MONTH },
	{ "Nov", SEG_ABBR_MONTH }, { "Dec", SEG_ABBR_MONTH },
	{ "Inc", SEG_ABBR_CANEND }, { "Ltd", SEG_ABBR_CANEND },
	{ "Co", SEG_ABBR_CANEND }, { "Corp", SEG_ABBR_CANEND },
	{ "Jr", SEG_ABBR_CANEND }, { "Sr", SEG_ABBR_CANEND },
	{ "etc", SEG_ABBR_CANEND }, { "St", SEG_ABBR_CANEND },
	{ "Mt", SEG_ABBR_CANEND }, { "Bros", SEG_ABBR_CANEND },
	{ "Plc", SEG_ABBR_CANEND }, { "al", SEG_ABBR_CANEND },
	{ "Ave", SEG_ABBR_CANEND }, { "Blvd", SEG_ABBR_CANEND },
	{ "Dept", SEG_ABBR_CANEND }, { "Univ", SEG_ABBR_CANEND },
	{ "a.m", SEG_ABBR_TIME }, { "p.m", SEG_ABBR_TIME },
	{ "A.M", SEG_ABBR_TIME }, { "P.M", SEG_ABBR_TIME },
};

/* Capitalised words that continue a time: "9 a.m. Monday", "p.m. GMT". */
static const char *const seg_time_words[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
	"Oct", "Nov", "Dec", "GMT", "UTC", "BST", "CET", "CEST", "EST",
	"EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "CT",
	"Eastern", "Central", "Pacific", "Mountain", "Greenwich", NULL
};

/*
 * Words that begin sentences and rarely continue a name: after an
 * abbreviation that may end a sentence ("U.S.", "a.m.", "Inc.") one of
 * these makes the full stop a sentence end.
 */
static const char *const seg_starters[] = {
	"The", "A", "An", "This", "That", "These", "Those", "It", "Its",
	"He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
	"My", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On",
	"At", "By", "For", "From", "With", "After", "Before", "During",
	"Since", "When", "While", "If", "As", "Although", "Though",
	"However", "Meanwhile", "Also", "Still", "Then", "Now", "Later",
	"Earlier", "Last", "Next", "Many", "Most", "Some", "Several", "No",
	"Both", "Each", "Every", "Officials", "Police", "What", "Why",
	"How", "Who", "Where", "Nobody", "None", "Asked", "Under", NULL
};

static const char *const seg_verbs[] = {
	"said", "says", "say", "added", "adds", "told", "tells", "stated",
	"states", "wrote", "writes", "explained", "explains", "warned",
	"warns", "insisted", "insists", "claimed", "claims", "noted",
	"notes", "asked", "asks", "replied", "replies", "announced",
	"announces", "confirmed", "confirms", "declared", "declares",
	"argued", "argues", "continued", "continues", "adding", "recalled",
	"admitted", "acknowledged", "stressed", "urged", "cautioned",
	"conceded", "remarked", "responded", "countered", "tweeted",
	"posted", "shouted", "whispered", "testified", NULL
};

/* Verbs that name what a quotation is rather than report it, read only
 * just before its opening mark: "called it “overdue”", "which he
 * described as “a disgrace”". */
static const char *const seg_naming_verbs[] = {
	"called", "calls", "described", "describes", "dubbed", "termed",
	NULL
};

static const char *const seg_be[] = {
	"is", "are", "was", "were", "be", "been", "being", NULL
};

static const char *const seg_titles[] = {
	"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame",
	"Rev", "Gen", "Lt", "Col", "Sgt", "Capt", "Sen", "Rep", "Gov",
	"Pres", "Maj", "Adm", "Cpl", "Det", "Insp", "Supt", "Cllr", "Amb",
	"Hon", "Fr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Gen.",
	"Lt.", "Col.", "Sgt.", "Capt.", "Sen.", "Rep.", "Gov.", "Pres.",
	"Maj.", "Adm.", "Cpl.", "Det.", "Insp.", "Supt.", "Cllr.", "Amb.",
	"Hon.", "Fr.", NULL
};

static const char *const seg_determiners[] = {
	"a", "an", "the", "one", "another", "his", "her", "their", "its",
	"our", "this", "these", "those", "some", "several", "two", "three",
	"many", "most", "other", "each", "every", NULL
};

/* Ends a subject read backwards from its verb ("..., and Kirby said"). */
static const char *const seg_stops[] = {
	"and", "but", "or", "that", "which", "who", "whom", "as", "when",
	"while", "because", "if", "so", "then", "than", "where", "after",
	"before", "since", "although", "though", "until", "unless",
	"however", "meanwhile", "later", "earlier", "asked", "speaking",
	"yesterday", "today", "tonight", "on", "at", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "also", "not",
	"it", "what", "how", "why", "to", NULL
};

/* Ends a speaker read forwards from its verb ("said a spokesman on..."). */
static const char *const seg_fwd_stops[] = {
	"in", "on", "at", "during", "after", "before", "when", "while", "as",
	"and", "but", "to", "from", "with", "who", "which", "that", "via",
	"by", "last", "yesterday", "today", "tonight", "this", "earlier",
	"later", "adding", "told", "for", "because", "if", NULL
};

/* Prepositions inside a noun phrase ("officials in Kyiv"). */
static const char *const seg_preps[] = {
	"in", "of", "at", "from", "for", NULL
};

/* Words allowed between a subject and its verb ("he later added"). */
static const char *const seg_adverbs[] = {
	"also", "later", "then", "earlier", "previously", "again", "once",
	"further", "has", "have", "had", "was", "were", "is", "would",
	"will", "had", "recently", "reportedly", "simply", "quickly",
	"repeatedly", "publicly", "privately", "subsequently", NULL
};

static const char *const seg_pronouns[] = {
	"he", "she", "they", "it", NULL
};

/* Lowercase words that may sit inside a name ("Ursula von Hallen"). */
static const char *const seg_particles[] = {
	"de", "van", "von", "der", "den", "da", "di", "du", "bin", "al",
	"el", "la", "le", "ter", NULL
};

enum seg_qkind {
	SEG_Q_NONE,
	SEG_Q_DOUBLE,
	SEG_Q_SINGLE
};

/* A quotation while it is being found. */
struct seg_q {
	size_t	open;		/* the opening mark */
	size_t	inner;		/* just after the opening mark */
	size_t	close;		/* the closing mark, or the paragraph end */
	size_t	after;		/* just after the closing mark */
	size_t	para;		/* paragraph index */
	size_t	cont;		/* index+1 of the quotation it continues */
	bool	closed;		/* ended by a mark, not by the paragraph */
};

struct seg_tok {
	size_t	s;
	size_t	e;
	ucs4_t	punct;		/* 0 for a word */
};

enum seg_spk {
	SEG_SPK_NONE,
	SEG_SPK_NAME,
	SEG_SPK_PHRASE,
	SEG_SPK_PRONOUN,
	SEG_SPK_LAST		/* "Adding:": whoever spoke last */
};

struct seg_speaker {
	enum seg_spk	kind;
	size_t		s;
	size_t		e;
};

struct seg {
	const uint8_t		*s;
	size_t			 len;
	struct segment_span	*sent;
	size_t			 nsent;
	size_t			 capsent;
	struct seg_q		*q;
	size_t			 nq;
	size_t			 capq;
	/* quotation state carried from one paragraph to the next */
	enum seg_qkind		 qkind;
	bool			 qinner;
	struct seg_q		 qcur;
	size_t			 npara;
};

static ucs4_t
seg_cp(const struct seg *sg, size_t i, int *n)
{
	ucs4_t	uc;

	*n = u8_mbtouc(&uc, sg->s + i, sg->len - i);
	if (*n < 1)
		*n = 1;
	return uc;
}

/* The code point that ends just before i (0 at or before lo). */
static ucs4_t
seg_cp_before(const struct seg *sg, size_t i, size_t lo, size_t *at)
{
	ucs4_t		 uc;
	const uint8_t	*p;

	if (at != NULL)
		*at = i;
	if (i <= lo)
		return 0;
	p = u8_prev(&uc, sg->s + i, sg->s + lo);
	if (p == NULL)
		return 0;
	if (at != NULL)
		*at = (size_t)(p - sg->s);
	return uc;
}

static bool
seg_is_space(ucs4_t uc)
{
	return uc == ' ' || uc == '\n' || uc_is_property_white_space(uc);
}

static bool
seg_is_term(ucs4_t uc)
{
	return uc == '.' || uc == '?' || uc == '!' || uc == 0x2026 ||
	    uc == 0x203C || (uc >= 0x2047 && uc <= 0x2049);
}

static bool
seg_is_closer(ucs4_t uc)
{
	return uc == '"' || uc == '\'' || uc == ')' || uc == ']' ||
	    uc == '}' || uc == 0x201D || uc == 0x2019 || uc == 0x00BB ||
	    uc == 0x203A;
}

static bool
seg_is_opener(ucs4_t uc)
{
	return uc == '"' || uc == '\'' || uc == '(' || uc == '[' ||
	    uc == 0x201C || uc == 0x2018 || uc == 0x00AB || uc == 0x2039;
}

static bool
seg_is_quote_mark(ucs4_t uc)
{
	return uc == '"' || uc == 0x201C || uc == 0x201D || uc == 0x2018 ||
	    uc == 0x00AB || uc == 0x00BB;
}

static bool
seg_eq(const struct seg *sg, size_t s, size_t e, const char *w)
{
	size_t	n;

	if (s == e || sg->s[s] != (uint8_t)w[0])
		return false;	/* the common case, without strlen */
	n = strlen(w);
	return e - s == n && memcmp(sg->s + s, w, n) == 0;
}

static bool
seg_eq_ci(const struct seg *sg, size_t s, size_t e, const char *w)
{
	size_t	n;

	if (s == e || ((sg->s[s] ^ (uint8_t)w[0]) & ~0x20) != 0)
		return false;
	n = strlen(w);
	return e - s == n && strncasecmp((const char *)sg->s + s, w, n) == 0;
}

static bool
seg_in(const struct seg *sg, size_t s, size_t e, const char *const *list,
    bool ci)
{
	for (; *list != NULL; list++) {
		if (ci ? seg_eq_ci(sg, s, e, *list) : seg_eq(sg, s, e, *list))
			return true;
	}
	return false;
}

static void
seg_add_sentence(struct seg *sg, size_t s, size_t e)
{
	size_t	at = 0;
	int	n;

	while (s < e && seg_is_space(seg_cp(sg, s, &n)))
		s += (size_t)n;
	while (seg_is_space(seg_cp_before(sg, e, s, &at)))
		e = at;
	if (s >= e)
		return;
	if (sg->nsent == sg->capsent) {
		sg->capsent = sg->capsent ? sg->capsent * 2 : 64;
		sg->sent = xreallocarray(sg->sent, sg->capsent,
		    sizeof *sg->sent);
	}
	sg->sent[sg->nsent].start = s;
	sg->sent[sg->nsent].end = e;
	sg->nsent++;
}

static size_t
seg_skip_blanks(const struct seg *sg, size_t i, size_t end)
{
	int	n;

	while (i < end && seg_is_space(seg_cp(sg, i, &n)))
		i += (size_t)n;
	return i;
}

/* The next word after i: openers skipped, then letters and digits. */
struct seg_word {
	size_t	s;
	size_t	e;
	ucs4_t	first;
	bool	opened;		/* an opening quote or bracket came first */
	bool	initial;	/* one letter and a full stop: "J." */
};

static void
seg_next_word(const struct seg *sg, size_t i, size_t end,
    struct seg_word *w)
{
	ucs4_t	uc;
	int	n, m;

	memset(w, 0, sizeof *w);
	while (i < end && seg_is_opener(seg_cp(sg, i, &n))) {
		w->opened = true;
		i += (size_t)n;
	}
	w->s = w->e = i;
	if (i >= end)
		return;
	w->first = seg_cp(sg, i, &n);
	while (i < end && w->e - w->s < SEG_WORD_MAX) {
		uc = seg_cp(sg, i, &n);
		if (uc_is_alnum(uc)) {
			i += (size_t)n;
			w->e = i;
			continue;
		}
		if ((uc == '.' || uc == '\'' || uc == 0x2019 || uc == '-') &&
		    i + (size_t)n < end &&
		    uc_is_alnum(seg_cp(sg, i + (size_t)n, &m)) &&
		    w->e > w->s) {
			i += (size_t)n;
			continue;
		}
		break;
	}
	if (w->e > w->s && w->e < end && sg->s[w->e] == '.' &&
	    u8_mbsnlen(sg->s + w->s, w->e - w->s) == 1 &&
	    uc_is_alpha(w->first))
		w->initial = true;
}

/* "U.S", "a.m", "N.Y": single letters joined by full stops. */
static bool
seg_is_dotted(const struct seg *sg, size_t s, size_t e)
{
	size_t	i = s;
	int	n;
	bool	letter = true;

	if (e - s < 3)
		return false;
	while (i < e) {
		if (letter) {
			if (!uc_is_alpha(seg_cp(sg, i, &n)))
				return false;
			i += (size_t)n;
		} else {
			if (sg->s[i] != '.')
				return false;
			i++;
		}
		letter = !letter;
	}
	return !letter;
}

static bool
seg_is_number(const struct seg *sg, size_t s, size_t e)
{
	size_t	i;

	if (s == e || e - s > 3)
		return false;
	for (i = s; i < e; i++) {
		if (sg->s[i] < '0' || sg->s[i] > '9')
			return false;
	}
	return true;
}

/* Does a list item start at i: "- ", "* ", "• ", "1. ", "2) "? */
static bool
seg_is_item(const struct seg *sg, size_t i, size_t end)
{
	ucs4_t	uc;
	int	n;
	size_t	j = i;

	if (i >= end)
		return false;
	uc = seg_cp(sg, i, &n);
	if (uc == '-' || uc == '*' || uc == 0x2022 || uc == 0x2013 ||
	    uc == 0x2014 || uc == 0x25AA || uc == 0x25CF)
		return i + (size_t)n < end && sg->s[i + (size_t)n] == ' ';
	while (j < end && j - i < 4 && sg->s[j] >= '0' && sg->s[j] <= '9')
		j++;
	if (j == i || j - i > 3 || j + 1 >= end)
		return false;
	return (sg->s[j] == '.' || sg->s[j] == ')') && sg->s[j + 1] == ' ';
}

static bool
seg_is_starter(const struct seg *sg, const struct seg_word *w)
{
	if (w->opened)
		return true;
	return seg_in(sg, w->s, w->e, seg_starters, false);
}

static bool
seg_is_verb(const struct seg *sg, const struct seg_tok *t)
{
	return t->punct == 0 && seg_in(sg, t->s, t->e, seg_verbs, false);
}

static bool
seg_is_cap(const struct seg *sg, size_t i)
{
	int	n;

	return uc_is_upper(seg_cp(sg, i, &n));
}

static size_t	seg_tokenize(const struct seg *, size_t, size_t,
		    struct seg_tok *, size_t);

/*
 * After "?" or "!" and a closing quote, does an attribution follow
 * ("Why?" Kirby asked.)?  Then the question does not end the sentence.
 */
static bool
seg_attribution_follows(const struct seg *sg, size_t i, size_t end)
{
	struct seg_tok	t[6];
	size_t		n, k;

	if (end - i > SEG_WINDOW)
		end = i + SEG_WINDOW;
	n = seg_tokenize(sg, i, end, t, UTIL_NELEM(t));
	for (k = 0; k < n && k < 5; k++) {
		if (seg_is_verb(sg, &t[k]))
			return k > 0;
		if (t[k].punct != 0 || !seg_is_cap(sg, t[k].s))
			return false;
	}
	return false;
}

/* After "a.m." a capital ends the sentence unless it continues the time. */
static bool
seg_time_ends(const struct seg *sg, const struct seg_word *next)
{
	size_t	i;
	int	n;

	if (next->opened)
		return true;
	if (!uc_is_upper(next->first) ||
	    seg_in(sg, next->s, next->e, seg_time_words, false))
		return false;
	i = next->e;
	while (i < sg->len && sg->s[i] == ' ')
		i++;
	if (i + 4 <= sg->len && memcmp(sg->s + i, "time", 4) == 0 &&
	    (i + 4 == sg->len || !uc_is_alpha(seg_cp(sg, i + 4, &n))))
		return false;
	return true;
}

/* Does [s, e) hold at most max words (runs of non-blanks)? */
static bool
seg_few_words(const struct seg *sg, size_t s, size_t e, size_t max)
{
	size_t	words = 0;
	bool	in = false;
	int	n;

	for (; s < e; s += (size_t)n) {
		if (seg_is_space(seg_cp(sg, s, &n)))
			in = false;
		else if (!in) {
			in = true;
			if (++words > max)
				return false;
		}
	}
	return true;
}

/*
 * After an abbreviation, a bracket that holds a figure, a ticker or a time
 * zone continues the sentence: "Acme Co. (ACM) rose", "at 11 a.m.
 * (1500 GMT), the note".
 */
static bool
seg_aside(const struct seg *sg, const struct seg_word *next)
{
	size_t	i;

	if (!next->opened || next->s == 0 || sg->s[next->s - 1] != '(' ||
	    next->e == next->s)
		return false;
	if (uc_is_digit(next->first))
		return true;
	for (i = next->s; i < next->e; i++)
		if (sg->s[i] >= 'a' && sg->s[i] <= 'z')
			return false;
	return next->e < sg->len && sg->s[next->e] == ')';
}

/*
 * Does the sentence from lo to s open with a preposition of time and hold
 * at most three words before the time ("At 5", "By 10:30")?
 */
static bool
seg_time_phrase(const struct seg *sg, size_t lo, size_t s)
{
	static const char *const preps[] = { "At", "By", "Until", "Till",
	    "Before", "After", "From", "Since", "Around", "About", NULL };
	struct seg_word	w;

	lo = seg_skip_blanks(sg, lo, s);
	if (s - lo > SEG_WORD_MAX)
		return false;
	seg_next_word(sg, lo, s, &w);
	return w.e > w.s && !w.opened && seg_in(sg, w.s, w.e, preps, false) &&
	    seg_few_words(sg, lo, s, 3);
}

/*
 * Is the "I" at s the pronoun rather than an initial?  It is when a
 * lowercase word comes before it ("you and I.", "than I."), except after
 * the prepositions that come before a name ("by I. Levin").
 */
static bool
seg_pronoun_i(const struct seg *sg, size_t lo, size_t s)
{
	static const char *const before_names[] = { "by", "from", "of",
	    "to", "with", "for", "at", NULL };
	size_t	e, at, b;
	ucs4_t	uc;
	int	n;

	e = s;
	while ((uc = seg_cp_before(sg, e, lo, &at)) != 0 && seg_is_space(uc))
		e = at;
	if (e == s || uc == 0 || !uc_is_alpha(uc))
		return false;
	b = e;
	while ((uc = seg_cp_before(sg, b, lo, &at)) != 0 && uc_is_alpha(uc))
		b = at;
	return uc_is_lower(seg_cp(sg, b, &n)) &&
	    !seg_in(sg, b, e, before_names, false);
}

/*
 * Whether the word just before s (within lo) is one a sentence cannot end
 * on: an article, a preposition, a conjunction, a possessive ("the prism
 * of ... Sept. 11", "a trip to ... Paris"); dots after it mark words left
 * out, not an end.
 */
static bool
seg_open_word_before(const struct seg *sg, size_t lo, size_t s)
{
	static const char *const open[] = { "a", "about", "an", "and",
	    "as", "at", "between", "but", "by", "for", "from", "her", "his",
	    "in", "into", "its", "my", "of", "on", "or", "our", "than",
	    "that", "the", "their", "to", "with", "your", NULL };
	size_t	e, at, b;
	ucs4_t	uc;

	e = s;
	while ((uc = seg_cp_before(sg, e, lo, &at)) != 0 && seg_is_space(uc) &&
	    s - at <= SEG_WORD_MAX)
		e = at;
	if (e == s || uc == 0 || !uc_is_lower(uc))
		return false;
	b = e;
	while ((uc = seg_cp_before(sg, b, lo, &at)) != 0 && uc_is_alpha(uc) &&
	    e - at <= SEG_WORD_MAX)
		b = at;
	if (uc != 0 && uc_is_alpha(uc))
		return false;	/* too long for the list */
	return seg_in(sg, b, e, open, false);
}

/* The kind of the abbreviation [s, e), if the table has it. */
static bool
seg_abbr_find(const struct seg *sg, size_t s, size_t e, enum seg_abbr *kind)
{
	for (size_t k = 0; k < UTIL_NELEM(seg_abbrs); k++)
		if (seg_eq(sg, s, e, seg_abbrs[k].word)) {
			*kind = seg_abbrs[k].kind;
			return true;
		}
	return false;
}

/* Decide a full stop after the word that ends at dot (a span of s). */
static bool
seg_dot_ends(const struct seg *sg, size_t lo, size_t line, size_t dot,
    const struct seg_word *next)
{
	size_t			 s = dot, at;
	ucs4_t			 uc;
	enum seg_abbr		 kind = SEG_ABBR_CANEND;
	bool			 found, digit;
	int			 n;

	uc = seg_cp_before(sg, dot, lo, NULL);
	if (uc == 0 || seg_is_closer(uc))
		return true;
	while (dot - s < SEG_WORD_MAX) {
		uc = seg_cp_before(sg, s, lo, &at);
		if (uc == 0 || seg_is_space(uc))
			break;
		s = at;
	}
	if (dot - s >= SEG_WORD_MAX)
		return true;
	while (s < dot && seg_is_opener(seg_cp(sg, s, &n)))
		s += (size_t)n;
	if (s == dot)
		return true;
	/* The part after a hyphen or slash: "then-Gov.", "post-Sept.",
	 * "Minneapolis-St.", "PeopleSoft/J.D." */
	for (at = dot; at > s + 1; at--)
		if (sg->s[at - 1] == '-' || sg->s[at - 1] == '/') {
			s = at;
			break;
		}
	digit = uc_is_digit(next->first);
	/* "1. First item": a number that opens the line and the sentence;
	 * not one a hard-wrapped sentence reaches ("rose to\n12. Then"). */
	if (seg_is_number(sg, s, dot) && seg_skip_blanks(sg, line, dot) == s &&
	    seg_skip_blanks(sg, lo, dot) == s)
		return false;
	found = seg_abbr_find(sg, s, dot, &kind);
	if (!found) {
		if (seg_eq(sg, s, dot, "I") && seg_pronoun_i(sg, lo, s) &&
		    uc_is_upper(next->first))
			return true;	/* "you and I. Did you..." */
		if (u8_mbsnlen(sg->s + s, dot - s) == 1 &&
		    uc_is_upper(seg_cp(sg, s, &n)))
			kind = SEG_ABBR_CANEND;		/* an initial */
		else if (seg_is_dotted(sg, s, dot))
			kind = SEG_ABBR_CANEND;
		else
			return true;
	}
	switch (kind) {
	case SEG_ABBR_TITLE:
	case SEG_ABBR_ALWAYS:
		return false;
	case SEG_ABBR_NUMBER:
		return !digit;
	case SEG_ABBR_MONTH:
		if (digit)
			return false;
		break;
	case SEG_ABBR_CANEND:
		break;
	case SEG_ABBR_TIME:
		if (seg_aside(sg, next))
			return false;
		/* "At 5 a.m. Mr. Smith went out": an opening phrase of
		 * time is no sentence of its own. */
		if (seg_time_phrase(sg, lo, s) && !seg_is_starter(sg, next))
			return false;
		return seg_time_ends(sg, next);
	}
	if (next->initial || seg_aside(sg, next))
		return false;
	/* "Earnhardt Inc. No. 1 Chevrolet": "No." counts, starts nothing. */
	if (seg_eq(sg, next->s, next->e, "No") && next->e < sg->len &&
	    sg->s[next->e] == '.')
		return false;
	return seg_is_starter(sg, next);
}

/* A dash ("--", "–", "—") at i, then a lowercase word? */
static bool
seg_dash_then_lower(const struct seg *sg, size_t i, size_t pe)
{
	struct seg_word	w;
	ucs4_t		uc;
	size_t		j = i;
	int		n;

	while (j < pe && ((uc = seg_cp(sg, j, &n)) == '-' || uc == 0x2013 ||
	    uc == 0x2014))
		j += (size_t)n;
	if (j == i || j >= pe || !seg_is_space(seg_cp(sg, j, &n)))
		return false;
	j = seg_skip_blanks(sg, j, pe);
	if (j >= pe)
		return false;
	seg_next_word(sg, j, pe, &w);
	return w.e > w.s && uc_is_lower(w.first);
}

/*
 * The end of a spaced ellipsis starting with the full stop at i: three or
 * more full stops each one space apart (". . ." or "word. . . ."), else i.
 */
static size_t
seg_spaced_dots(const struct seg *sg, size_t i, size_t pe)
{
	size_t	j = i + 1, dots = 1;

	while (j + 1 < pe && sg->s[j] == ' ' && sg->s[j + 1] == '.') {
		j += 2;
		dots++;
	}
	return dots >= 3 ? j : i;
}

/* "[...]" or "(...)": dots that mark an omission inside a quotation. */
static bool
seg_omission(const struct seg *sg, size_t i, size_t r, size_t pe)
{
	ucs4_t	before;

	before = seg_cp_before(sg, i, 0, NULL);
	return r < pe && ((before == '[' && sg->s[r] == ']') ||
	    (before == '(' && sg->s[r] == ')'));
}

/*
 * Does the run of terminators [t, r) followed by closers up to e end a
 * sentence?  cur is where the sentence began, pe the paragraph end.
 */
static bool
seg_ends(const struct seg *sg, size_t cur, size_t line, size_t t,
    size_t r, size_t e, size_t pe)
{
	struct seg_word	 w;
	size_t		 i, dots = 0;
	bool		 mark = false, quoted = false;
	int		 n;
	ucs4_t		 uc;

	for (i = t; i < r; i += (size_t)n) {
		uc = seg_cp(sg, i, &n);
		if (uc == ' ')
			continue;	/* a spaced ellipsis ". . ." */
		if (uc == '?' || uc == '!' || uc > 0x2026)
			mark = true;
		else if (uc == 0x2026)
			dots += 3;
		else
			dots++;
	}
	for (i = r; i < e; i += (size_t)n) {
		uc = seg_cp(sg, i, &n);
		/* Digits and "[": a citation mark, "martyr.[1]". */
		if (uc != ')' && uc != ']' && uc != '}' && uc != '[' &&
		    !(uc >= '0' && uc <= '9'))
			quoted = true;
	}
	i = seg_skip_blanks(sg, e, pe);
	if (i >= pe)
		return true;
	seg_next_word(sg, i, pe, &w);
	if (w.s < pe && uc_is_lower(w.first))
		return false;
	if (seg_dash_then_lower(sg, i, pe))
		return false;	/* "and -- voila! -- you have cake" */
	if (mark)
		return !(quoted && seg_attribution_follows(sg, e, pe));
	/* An ellipsis before the pronoun leaves the sentence open: "the
	 * thing is . . . I didn't mean it"; a full stop and an ellipsis
	 * (four dots) end it. */
	if (dots == 3 && !quoted && seg_eq(sg, w.s, w.e, "I"))
		return false;
	if (dots == 3 && !quoted && seg_open_word_before(sg, cur, t))
		return false;
	if (dots > 1)
		return w.opened || uc_is_upper(w.first);
	return seg_dot_ends(sg, cur, line, t, &w);
}

/* A line that looks like a headline: capitalised words, no full stop. */
static bool
seg_is_title_line(const struct seg *sg, size_t s, size_t e)
{
	struct seg_word	w;
	size_t		i = s, words = 0, long_words = 0;
	int		n;

	while (i < e) {
		i = seg_skip_blanks(sg, i, e);
		if (i >= e)
			break;
		seg_next_word(sg, i, e, &w);
		if (w.e == w.s) {
			seg_cp(sg, w.s < e ? w.s : i, &n);
			i = (w.s < e ? w.s : i) + (size_t)n;
			continue;
		}
		if (words == 0 && !uc_is_upper(w.first))
			return false;
		words++;
		if (u8_mbsnlen(sg->s + w.s, w.e - w.s) >= 4) {
			if (!uc_is_upper(w.first) && !uc_is_digit(w.first))
				return false;
			long_words++;
		}
		if (words > 15)
			return false;
		i = w.e;
	}
	return long_words > 0;
}

struct seg_marker;
static size_t	seg_marker_at(const struct seg *, size_t, size_t,
		    struct seg_marker *, bool);
static bool	seg_numbered_next(const struct seg *, size_t, size_t, size_t,
		    size_t);

/*
 * Does the newline at nl end the sentence?  Only when the line before it
 * has no final punctuation and the next line starts a new item, or the
 * line was a headline or a list item.
 */
static bool
seg_newline_ends(const struct seg *sg, size_t ls, size_t nl, size_t pe)
{
	size_t		 ns, ne, le, ss, at;
	ucs4_t		 last;
	struct seg_word	 w;

	ns = seg_skip_blanks(sg, nl, pe);
	if (ns >= pe)
		return false;
	ss = seg_skip_blanks(sg, ls, nl);
	if (seg_is_item(sg, ss, nl))
		return true;
	le = nl;
	while ((last = seg_cp_before(sg, le, ss, &at)) != 0 &&
	    seg_is_space(last))
		le = at;
	/* A number opening the next line is an item as a list's first or
	 * next, or under a heading or a label ("Steps\n3. Mix"); a
	 * hard-wrapped sentence may reach any ("rose to\n12. Then"). */
	if (seg_is_item(sg, ns, pe) && (!uc_is_digit(sg->s[ns]) ||
	    seg_numbered_next(sg, ss, nl, ns, pe) ||
	    seg_few_words(sg, ss, le, 3) || seg_is_title_line(sg, ss, le)))
		return true;
	if (last == 0 || seg_is_term(last) || seg_is_closer(last) ||
	    last == ',' || last == ';' || last == ':' || last == '-' ||
	    last == 0x2013 || last == 0x2014)
		return false;
	ne = ns;
	while (ne < pe && sg->s[ne] != '\n')
		ne++;
	/* Short lines on both sides are a list, not a wrapped sentence:
	 * "features\ncontact manager\nevents". */
	if (seg_few_words(sg, ss, le, 3) && seg_few_words(sg, ns, ne, 3))
		return true;
	seg_next_word(sg, ns, pe, &w);
	if (w.s >= pe || !uc_is_upper(w.first))
		return false;
	if (seg_is_title_line(sg, ss, le))
		return true;
	return (le - ss) * 10 < (ne - ns) * 6;
}

/* Does the token [s, e) hold a character of a web or mail address? */
static bool
seg_addressy(const struct seg *sg, size_t s, size_t e, bool dots)
{
	for (; s < e; s++)
		if (sg->s[s] == '@' || sg->s[s] == '/' || sg->s[s] == ':' ||
		    (dots && sg->s[s] == '.'))
			return true;
	return false;
}

/*
 * A full stop at i with no space after it that still ends a sentence, as
 * in text that lost its spaces ("the store.The mayor"): one full stop
 * between a lowercase letter or a digit and a capitalised word, neither
 * token part of an address, a dotted abbreviation or a domain name.
 */
static bool
seg_glued(const struct seg *sg, size_t i, size_t r, size_t e, size_t pe)
{
	struct seg_word	w;
	enum seg_abbr	kind;
	size_t	b = i, a = e, at;
	ucs4_t	uc;
	int	n, m;

	if (r != i + 1 || e != r || e >= pe)
		return false;
	uc = seg_cp_before(sg, i, 0, NULL);
	if (!uc_is_lower(uc) && !uc_is_digit(uc))
		return false;
	uc = seg_cp(sg, e, &n);
	if (!uc_is_upper(uc) || e + (size_t)n >= pe ||
	    !uc_is_lower(seg_cp(sg, e + (size_t)n, &m)))
		return false;
	/* Bounded: a line without spaces stays linear. */
	while ((uc = seg_cp_before(sg, b, 0, &at)) != 0 && !seg_is_space(uc)) {
		if (i - at > SEG_WORD_MAX)
			return false;
		b = at;
	}
	while (a < pe && !seg_is_space(seg_cp(sg, a, &n))) {
		if (a - e > SEG_WORD_MAX)
			return false;
		a += (size_t)n;
	}
	/* The token after may end with its own full stop ("Tuesday.Mr."). */
	if (seg_addressy(sg, b, i, true) || seg_addressy(sg, e,
	    a > e && sg->s[a - 1] == '.' ? a - 1 : a, true))
		return false;
	/* A short capitalised word after the dot is a name's suffix
	 * ("Studio.Net", "Acme.Com") unless it starts sentences or is a
	 * title ("noon.The", "Tuesday.Mr."). */
	seg_next_word(sg, e, pe, &w);
	if (u8_mbsnlen(sg->s + w.s, w.e - w.s) > 3 || seg_is_starter(sg, &w))
		return true;
	return seg_abbr_find(sg, w.s, w.e, &kind) && kind == SEG_ABBR_TITLE;
}

/* A list marker: "1.)", "• 9.", "b." */
struct seg_marker {
	ucs4_t	bullet;		/* 0 for none */
	long	value;		/* the number, or the letter */
	bool	letter;
	char	punct[3];	/* ".)", "." or ")" */
};

/*
 * A list marker at i: an optional bullet, then a number of up to three
 * digits or one letter, then ".)", "." or ")" and a space ("1.) ",
 * "• 9. ", "b. ").  A letter takes ")" only where a line starts (line):
 * in running text "a) " may well be prose.  Fills *m and returns the end
 * of the marker, else i.
 */
static size_t
seg_marker_at(const struct seg *sg, size_t i, size_t pe,
    struct seg_marker *m, bool line)
{
	size_t	j = i, d;
	ucs4_t	uc;
	int	n;

	memset(m, 0, sizeof *m);
	if (j >= pe)
		return i;
	uc = seg_cp(sg, j, &n);
	if (uc == 0x2022 || uc == 0x2043 || uc == 0x2023 || uc == 0x25E6) {
		m->bullet = uc;
		j = seg_skip_blanks(sg, j + (size_t)n, pe);
	}
	for (d = j; d < pe && d - j < 4 && sg->s[d] >= '0' && sg->s[d] <= '9';
	    d++)
		m->value = m->value * 10 + (sg->s[d] - '0');
	if (d == j) {
		if (d < pe && sg->s[d] >= 'a' && sg->s[d] <= 'z') {
			m->letter = true;
			m->value = sg->s[d++];
		}
	} else if (d - j > 3)
		return i;
	if (d == j || d >= pe)
		return i;
	if (sg->s[d] == '.' && d + 1 < pe && sg->s[d + 1] == ')') {
		memcpy(m->punct, ".)", 3);
		d += 2;
	} else if (sg->s[d] == '.' || (sg->s[d] == ')' &&
	    (!m->letter || line))) {
		m->punct[0] = (char)sg->s[d++];
	} else
		return i;
	if (d >= pe || sg->s[d] != ' ')
		return i;
	return d;
}

/*
 * Does the word before i take a number ("May 2.", "No. 3."), so that the
 * number is no list marker?
 */
static bool
seg_counted_before(const struct seg *sg, size_t lo, size_t i)
{
	static const char *const counted[] = { "No", "Nos", "no", "p", "pp",
	    "page", "pages", "number", "Number", "version", "Section",
	    "section", "Article", "article", "Chapter", "chapter", NULL };
	size_t	e = i, b, at;
	ucs4_t	uc;

	while ((uc = seg_cp_before(sg, e, lo, &at)) != 0 &&
	    (seg_is_space(uc) || uc == '.'))
		e = at;
	b = e;
	while ((uc = seg_cp_before(sg, b, lo, &at)) != 0 && uc_is_alpha(uc))
		b = at;
	return b < e && (seg_in(sg, b, e, seg_time_words, false) ||
	    seg_in(sg, b, e, counted, false));
}

/* Is the number that opens the line at ns the first of a list, or the
 * next after the one that opens the line [ss, nl)? */
static bool
seg_numbered_next(const struct seg *sg, size_t ss, size_t nl, size_t ns,
    size_t pe)
{
	struct seg_marker	m, k;

	if (seg_marker_at(sg, ns, pe, &k, true) == ns || k.letter)
		return false;
	if (k.value == 1)
		return true;
	return seg_marker_at(sg, ss, nl, &m, true) != ss && !m.letter &&
	    m.bullet == k.bullet && m.value + 1 == k.value;
}

/* The marker of the next item of the list that m began, at i? */
static size_t
seg_next_marker(const struct seg *sg, size_t i, size_t pe,
    const struct seg_marker *m)
{
	struct seg_marker	 k;
	size_t			 e;

	/* "a) … b) …" goes on as it began, at a line's start. */
	e = seg_marker_at(sg, i, pe, &k, m->letter && m->punct[0] == ')');
	if (e == i || k.bullet != m->bullet || k.letter != m->letter ||
	    k.value != m->value + 1 || strcmp(k.punct, m->punct) != 0)
		return i;
	return e;
}

/*
 * Does the marker k that opens a line start an item of a list: one with a
 * bullet, the first of a list ("1.", "a."), or the next of the list the
 * line before opened (prev, when have)?  A number that a hard-wrapped
 * line happens to open with ("rose to\n100. Then") is none of these.
 */
static bool
seg_line_item(const struct seg_marker *k, const struct seg_marker *prev,
    bool have)
{
	if (k->bullet != 0)
		return true;
	if (k->value == (k->letter ? 'a' : 1))
		return true;
	return have && k->letter == prev->letter &&
	    k->value == prev->value + 1 && strcmp(k->punct, prev->punct) == 0;
}

/* Past a citation mark of up to three digits at e ("[1]"), else e. */
static size_t
seg_citation(const struct seg *sg, size_t e, size_t pe)
{
	size_t	j = e + 1;

	if (e >= pe || sg->s[e] != '[')
		return e;
	while (j < pe && j - e <= 3 && sg->s[j] >= '0' && sg->s[j] <= '9')
		j++;
	if (j == e + 1 || j - e > 3 || j >= pe || sg->s[j] != ']')
		return e;
	return j + 1;
}

/*
 * The paragraph's last sentence, from cur to pe.  Without a letter or a
 * digit (a stray closing quote: "he said. \"") it belongs to the sentence
 * before, when the paragraph has one (first is its first sentence).
 */
static void
seg_last_sentence(struct seg *sg, size_t first, size_t cur, size_t pe,
    bool seen)
{
	size_t	end = pe, at;

	if (seen || first >= sg->nsent) {
		seg_add_sentence(sg, cur, pe);
		return;
	}
	while (end > cur && seg_is_space(seg_cp_before(sg, end, cur, &at)))
		end = at;
	if (end > cur)
		sg->sent[sg->nsent - 1].end = end;
}

static void
seg_sentences(struct seg *sg, size_t ps, size_t pe)
{
	struct seg_marker	list, item, k;
	size_t	cur = ps, line = ps, i = ps, r, r2, e, me, ns;
	size_t	first = sg->nsent;
	bool	seen = false, listed, items;
	ucs4_t	uc;
	int	n;

	/* A paragraph that opens with a list marker may hold the whole
	 * list on one line: "1.) The first item 2.) The second item". */
	i = seg_skip_blanks(sg, ps, pe);
	me = seg_marker_at(sg, i, pe, &list, true);
	listed = me != i && (!list.letter || list.value == 'a');
	if (listed)
		i = me;
	item = list;
	items = listed;
	while (i < pe) {
		uc = seg_cp(sg, i, &n);
		if (listed && i > ps && sg->s[i - 1] == ' ' &&
		    (me = seg_next_marker(sg, i, pe, &list)) != i &&
		    (list.letter || !seg_counted_before(sg, ps, i))) {
			if (seen)
				seg_add_sentence(sg, cur, i);
			cur = i;
			seen = false;
			list.value++;
			i = me;
			continue;
		}
		if (uc == '\n') {
			if (seen && seg_newline_ends(sg, line, i, pe)) {
				seg_add_sentence(sg, cur, i);
				cur = seg_skip_blanks(sg, i, pe);
				seen = false;
			}
			/* A line that opens an item of a list ends what came
			 * before, and its marker ends nothing: "a. The first
			 * item\nb. The second", "• 10. The tenth". */
			ns = seg_skip_blanks(sg, i, pe);
			me = seg_marker_at(sg, ns, pe, &k, true);
			if (me != ns && seg_line_item(&k, &item, items)) {
				/* (Marks without a letter or digit go with
				 * the item.) */
				if (seen) {
					seg_add_sentence(sg, cur, i);
					cur = ns;
				}
				seen = false;
				item = k;
				items = true;
				line = ns;
				i = me;
				continue;
			}
			line = ++i;
			continue;
		}
		if (!seg_is_term(uc)) {
			if (uc_is_alnum(uc))
				seen = true;
			i += (size_t)n;
			continue;
		}
		r = i;
		if (uc == '.')
			r = seg_spaced_dots(sg, i, pe);
		while (r < pe && seg_is_term(seg_cp(sg, r, &n)))
			r += (size_t)n;
		if (uc == '.' && seg_omission(sg, i, r, pe)) {
			i = r;
			continue;
		}
		e = r;
		while (e < pe && (seg_is_closer(uc = seg_cp(sg, e, &n)) ||
		    seg_is_term(uc)))
			e += (size_t)n;
		while ((r2 = seg_citation(sg, e, pe)) != e)
			e = r2;
		if (seen && (e >= pe || seg_is_space(seg_cp(sg, e, &n)) ||
		    seg_glued(sg, i, r, e, pe)) &&
		    seg_ends(sg, cur, line, i, r, e, pe)) {
			seg_add_sentence(sg, cur, e);
			cur = seg_skip_blanks(sg, e, pe);
			seen = false;
		}
		i = e;
	}
	seg_last_sentence(sg, first, cur, pe, seen);
}

/* A plural possessive apostrophe at i ("the players’ union")? */
static bool
seg_possessive(const struct seg *sg, size_t i, size_t end)
{
	ucs4_t	uc;
	int	k;

	uc = seg_cp(sg, i, &k);
	if (uc != 0x2019 && uc != '\'')
		return false;
	return i + (size_t)k < end && sg->s[i + (size_t)k] == ' ';
}

/* Split a run of letters, digits and punctuation into tokens. */
static size_t
seg_tokenize(const struct seg *sg, size_t i, size_t end, struct seg_tok *t,
    size_t max)
{
	size_t	n = 0, st;
	ucs4_t	uc;
	int	k, m;

	while (i < end && n < max) {
		uc = seg_cp(sg, i, &k);
		if (seg_is_space(uc)) {
			i += (size_t)k;
			continue;
		}
		if (!uc_is_alnum(uc)) {
			t[n].s = i;
			t[n].e = i + (size_t)k;
			t[n++].punct = uc;
			i += (size_t)k;
			continue;
		}
		st = i;
		i += (size_t)k;
		while (i < end) {
			uc = seg_cp(sg, i, &k);
			if (uc_is_alnum(uc)) {
				i += (size_t)k;
				continue;
			}
			if ((uc == '\'' || uc == 0x2019 || uc == '-' ||
			    uc == '.' || uc == 0x2010) && i + (size_t)k < end &&
			    uc_is_alnum(seg_cp(sg, i + (size_t)k, &m))) {
				i += (size_t)k;
				continue;
			}
			break;
		}
		if (i < end && sg->s[i] == '.' &&
		    (seg_in(sg, st, i, seg_titles, false) ||
		    seg_is_dotted(sg, st, i)))
			i++;
		else if (i < end && sg->s[i - 1] == 's' &&
		    seg_possessive(sg, i, end))
			i += (size_t)k;
		t[n].s = st;
		t[n].e = i;
		t[n++].punct = 0;
	}
	return n;
}

static bool
seg_word_in(const struct seg *sg, const struct seg_tok *t,
    const char *const *list)
{
	return t->punct == 0 && seg_in(sg, t->s, t->e, list, true);
}

static bool
seg_is_adverb(const struct seg *sg, const struct seg_tok *t)
{
	size_t	len = t->e - t->s;

	if (t->punct != 0 || seg_is_cap(sg, t->s))
		return false;
	if (seg_in(sg, t->s, t->e, seg_adverbs, false))
		return true;
	return len > 4 && memcmp(sg->s + t->e - 2, "ly", 2) == 0;
}

static bool
seg_is_name_word(const struct seg *sg, const struct seg_tok *t)
{
	return t->punct == 0 && (seg_is_cap(sg, t->s) ||
	    seg_in(sg, t->s, t->e, seg_particles, false)) &&
	    !seg_word_in(sg, t, seg_stops) &&
	    !seg_word_in(sg, t, seg_determiners);
}

/*
 * A name is the run t[a..b) without its title and what precedes the
 * title: "Mr Kirby" and "Police Chief Supt. Gwen Rae" give "Kirby" and
 * "Gwen Rae".
 */
static bool
seg_name(const struct seg *sg, const struct seg_tok *t, size_t a, size_t b,
    struct seg_speaker *sp)
{
	size_t	m;

	for (m = b; m > a; m--) {
		if (seg_in(sg, t[m - 1].s, t[m - 1].e, seg_titles, false)) {
			a = m;
			break;
		}
	}
	while (a < b && !seg_is_cap(sg, t[a].s))
		a++;
	while (b > a && !seg_is_cap(sg, t[b - 1].s))
		b--;
	if (a >= b)
		return false;
	sp->kind = SEG_SPK_NAME;
	sp->s = t[a].s;
	sp->e = t[b - 1].e;
	return true;
}

static bool
seg_phrase(const struct seg_tok *t, size_t a, size_t b,
    struct seg_speaker *sp)
{
	if (a >= b)
		return false;
	sp->kind = SEG_SPK_PHRASE;
	sp->s = t[a].s;
	sp->e = t[b - 1].e;
	return true;
}

static bool
seg_all_names(const struct seg *sg, const struct seg_tok *t, size_t a,
    size_t b)
{
	for (; a < b; a++) {
		if (!seg_is_name_word(sg, &t[a]))
			return false;
	}
	return true;
}

/*
 * A subject set off by commas before its verb: "one resident, Petra
 * Olsen, 54, said" or "the mayor, Ian Doyle, said".  A name wins over a
 * noun phrase; an age is skipped.  t[c] is the comma before the verb.
 */
static bool
seg_appositive(const struct seg *sg, const struct seg_tok *t, size_t lo,
    size_t c, struct seg_speaker *sp)
{
	struct seg_speaker	phrase = { SEG_SPK_NONE, 0, 0 };
	size_t			a, m, parts;

	for (parts = 0; parts < 3; parts++) {
		a = c;
		while (a > lo && c - a < 10 && t[a - 1].punct == 0)
			a--;
		if (a == c)
			break;
		if (seg_all_names(sg, t, a, c) && seg_name(sg, t, a, c, sp))
			return true;
		for (m = a; m < c && phrase.kind == SEG_SPK_NONE; m++) {
			if (seg_word_in(sg, &t[m], seg_determiners))
				seg_phrase(t, m, c, &phrase);
		}
		if (a == lo || t[a - 1].punct != ',')
			break;
		c = a - 1;
	}
	*sp = phrase;
	return phrase.kind != SEG_SPK_NONE;
}

/*
 * The subject that ends just before the verb t[k], reading backwards no
 * further than t[lo]: a pronoun, a name, or a noun phrase.
 */
static bool
seg_subject_before(const struct seg *sg, const struct seg_tok *t, size_t lo,
    size_t k, struct seg_speaker *sp)
{
	size_t	j = k, i, m;

	while (j > lo && seg_is_adverb(sg, &t[j - 1]))
		j--;
	if (j > lo && t[j - 1].punct == ',')
		return seg_appositive(sg, t, lo, j - 1, sp);
	if (j == lo || t[j - 1].punct != 0)
		return false;
	if (seg_word_in(sg, &t[j - 1], seg_pronouns)) {
		sp->kind = SEG_SPK_PRONOUN;
		sp->s = t[j - 1].s;
		sp->e = t[j - 1].e;
		return true;
	}
	i = j;
	while (i > lo && j - i < 6 && t[i - 1].punct == 0 &&
	    !seg_word_in(sg, &t[i - 1], seg_stops) &&
	    !seg_is_verb(sg, &t[i - 1]))
		i--;
	if (i == j)
		return false;
	for (m = i; m < j; m++) {
		if (!seg_word_in(sg, &t[m], seg_determiners))
			continue;
		if (m > i && seg_word_in(sg, &t[m - 1], seg_preps))
			return seg_phrase(t, i, j, sp);
		return seg_phrase(t, m, j, sp);
	}
	m = j;
	while (m > i && seg_is_name_word(sg, &t[m - 1]))
		m--;
	if (m == i)
		return seg_name(sg, t, m, j, sp);
	if (m < j && !seg_is_cap(sg, t[j - 1].s))
		return false;
	if (m < j && !seg_word_in(sg, &t[m - 1], seg_preps))
		return seg_name(sg, t, m, j, sp);
	if (j - i > 4)
		return false;
	return seg_phrase(t, i, j, sp);
}

/* The speaker that follows the verb t[k]: "said Kirby", "said a spokesman". */
static bool
seg_subject_after(const struct seg *sg, const struct seg_tok *t, size_t n,
    size_t k, struct seg_speaker *sp)
{
	size_t	j = k + 1, m;

	if (j >= n || t[j].punct != 0)
		return false;
	if (seg_word_in(sg, &t[j], seg_pronouns)) {
		sp->kind = SEG_SPK_PRONOUN;
		sp->s = t[j].s;
		sp->e = t[j].e;
		return true;
	}
	if (seg_word_in(sg, &t[j], seg_determiners)) {
		m = j + 1;
		while (m < n && m - j < 7 && t[m].punct == 0 &&
		    !seg_word_in(sg, &t[m], seg_fwd_stops) &&
		    !seg_is_verb(sg, &t[m]))
			m++;
		return seg_phrase(t, j, m, sp);
	}
	while (j < n && j - k < 4 && t[j].punct == 0 &&
	    !seg_is_cap(sg, t[j].s) && !seg_word_in(sg, &t[j], seg_fwd_stops) &&
	    !seg_word_in(sg, &t[j], seg_particles))
		j++;	/* "said fire chief Orla Benn" */
	m = j;
	while (m < n && m - j < 6 && (seg_is_name_word(sg, &t[m]) ||
	    seg_in(sg, t[m].s, t[m].e, seg_titles, false)))
		m++;
	return seg_name(sg, t, j, m, sp);
}

/* "according to X": the speaker after "to" at t[k]. */
static bool
seg_according(const struct seg *sg, const struct seg_tok *t, size_t k)
{
	return k > 0 && t[k].punct == 0 && seg_eq(sg, t[k].s, t[k].e, "to") &&
	    t[k - 1].punct == 0 &&
	    seg_eq_ci(sg, t[k - 1].s, t[k - 1].e, "according");
}

/*
 * Whether the quotation whose closing mark ends just before i ends its
 * clause inside the marks ("…," "…." "…?" "…!"), as one followed by its
 * attribution without a comma does: "We will stay," Kirby said.  One that
 * ends on a word is a phrase of the sentence ("fierce battles" continued).
 */
static bool
seg_closes_clause(const struct seg *sg, size_t i)
{
	size_t	at;
	ucs4_t	uc;

	(void)seg_cp_before(sg, i, 0, &at);
	uc = seg_cp_before(sg, at, 0, NULL);
	return uc == ',' || uc == '.' || uc == '!' || uc == '?' ||
	    uc == ';' || uc == ':' || uc == 0x2026 || uc == '-' ||
	    uc == 0x2014 || uc == 0x2013;
}

/* An attribution after a closing mark: ", Kirby said", "said Kirby". */
static bool
seg_speaker_after(const struct seg *sg, size_t i, size_t end,
    struct seg_speaker *sp)
{
	struct seg_tok	t[16];
	size_t		n, a = 0, k;

	if (end - i > SEG_WINDOW)
		end = i + SEG_WINDOW;
	n = seg_tokenize(sg, i, end, t, UTIL_NELEM(t));
	if (n > 0 && t[0].punct == ',')
		a = 1;
	if (a + 1 < n && seg_according(sg, t, a + 1))
		return seg_subject_after(sg, t, n, a + 1, sp);
	/* "…," said Kirby; not "fierce battles" continued around … */
	if (a < n && seg_is_verb(sg, &t[a]))
		return (a > 0 || seg_closes_clause(sg, i)) &&
		    seg_subject_after(sg, t, n, a, sp);
	for (k = a; k < n && k - a < 12 &&
	    (t[k].punct == 0 || t[k].punct == ','); k++) {
		if (seg_is_verb(sg, &t[k]))
			return seg_subject_before(sg, t, a, k, sp);
	}
	return false;
}

/* An attribution before an opening mark: "Kirby said: ", "he added that ". */
static bool
seg_speaker_before(const struct seg *sg, size_t lo, size_t i,
    struct seg_speaker *sp)
{
	struct seg_tok	t[SEG_TOKENS];
	size_t		n, e, k, m, from = lo;
	int		c;

	if (i - lo > SEG_WINDOW) {
		from = i - SEG_WINDOW;
		while (from < i && !seg_is_space(seg_cp(sg, from, &c)))
			from++;
	}
	n = seg_tokenize(sg, from, i, t, UTIL_NELEM(t));
	e = n;
	if (e > 0 && (t[e - 1].punct == ':' || t[e - 1].punct == ','))
		e--;
	if (e > 0 && t[e - 1].punct == 0 &&
	    seg_eq(sg, t[e - 1].s, t[e - 1].e, "that"))
		e--;
	for (k = e; k > 0 && e - k < 8; k--) {
		if (t[k - 1].punct != 0 && t[k - 1].punct != ',')
			break;
		if (seg_according(sg, t, k - 1)) {
			for (m = k; m < e && t[m].punct == 0; m++)
				;
			return seg_subject_after(sg, t, m, k - 1, sp);
		}
	}
	for (k = e; k > 0 && e - k < 12; k--) {
		if (seg_is_quote_mark(t[k - 1].punct) ||
		    t[k - 1].punct == 0x2019 || t[k - 1].punct == ';' ||
		    seg_is_term(t[k - 1].punct))
			break;
		if (seg_is_verb(sg, &t[k - 1]) &&
		    seg_subject_before(sg, t, 0, k - 1, sp))
			return true;
		/* "Adding: “…”" opening the sentence: the speaker is the
		 * last one, as with "he added". */
		if (k == 1 && from == lo && seg_eq_ci(sg, t[0].s, t[0].e,
		    "adding")) {
			sp->kind = SEG_SPK_LAST;
			sp->s = t[0].s;
			sp->e = t[0].e;
			return true;
		}
		/* "called it", "described the plan as" just before; not
		 * the passive "was described as". */
		if (e - k < 4 && t[k - 1].punct == 0 &&
		    seg_in(sg, t[k - 1].s, t[k - 1].e, seg_naming_verbs,
		    false) && !(k >= 2 && seg_in(sg, t[k - 2].s, t[k - 2].e,
		    seg_be, true)) && seg_subject_before(sg, t, 0, k - 1, sp))
			return true;
	}
	return false;
}

static struct segment_span seg_quote_span(const struct seg *,
		    const struct seg_q *);

/*
 * The person last named as saying something in the sentences before
 * sentence si (at most three back, none before lo): "Mayor Ada Lind said
 * the city was relieved." lets a following "she added" mean Ada Lind.
 * False when none is found.
 */
static bool
seg_recent_name(const struct seg *sg, size_t si, size_t lo,
    struct segment_span *out)
{
	struct seg_tok		t[SEG_TOKENS];
	struct seg_speaker	sp;
	size_t			n, k, back;

	for (back = 1; back <= 3 && back <= si; back++) {
		const struct segment_span *s = &sg->sent[si - back];
		if (s->start < lo)
			break;
		n = seg_tokenize(sg, s->start, s->end, t, UTIL_NELEM(t));
		for (k = n; k > 0; k--) {
			memset(&sp, 0, sizeof sp);
			if (seg_is_verb(sg, &t[k - 1]) &&
			    seg_subject_before(sg, t, 0, k - 1, &sp) &&
			    sp.kind == SEG_SPK_NAME) {
				out->start = sp.s;
				out->end = sp.e;
				return true;
			}
		}
	}
	return false;
}

/* Keep a quotation unless nothing is inside its marks; true if kept. */
static bool
seg_add_quote(struct seg *sg, const struct seg_q *q)
{
	struct segment_span	sp = seg_quote_span(sg, q);

	if (sp.start >= sp.end)
		return false;
	if (sg->nq == sg->capq) {
		sg->capq = sg->capq ? sg->capq * 2 : 32;
		sg->q = xreallocarray(sg->q, sg->capq, sizeof *sg->q);
	}
	sg->q[sg->nq++] = *q;
	return true;
}

/* An opening mark: after a space, an opener or a dash, before a letter. */
static bool
seg_opens(const struct seg *sg, size_t i, int n, size_t ps, size_t pe,
    bool single)
{
	ucs4_t	before, after;
	int	k;

	before = seg_cp_before(sg, i, ps, NULL);
	if (i + (size_t)n >= pe)
		return false;
	after = seg_cp(sg, i + (size_t)n, &k);
	if (seg_is_space(after))
		return false;
	if (single && !uc_is_alpha(after) && !seg_is_opener(after))
		return false;
	return before == 0 || seg_is_space(before) || seg_is_opener(before) ||
	    (!uc_is_alnum(before) && !single);
}

/* A closing ’ rather than an apostrophe ("the players’ union"). */
static bool
seg_closes_single(const struct seg *sg, size_t i, size_t ps, size_t pe)
{
	ucs4_t	before, after = 0;
	int	k;

	before = seg_cp_before(sg, i, ps, NULL);
	seg_cp(sg, i, &k);
	if (i + (size_t)k < pe)
		after = seg_cp(sg, i + (size_t)k, &k);
	if (after != 0 && uc_is_alnum(after))
		return false;
	if (before == 0 || !uc_is_alpha(before))
		return true;
	return !(before == 's' && after != 0 && seg_is_space(after));
}

static void
seg_quote_open(struct seg *sg, enum seg_qkind kind, size_t i, int n)
{
	sg->qkind = kind;
	sg->qinner = false;
	memset(&sg->qcur, 0, sizeof sg->qcur);
	sg->qcur.open = i;
	sg->qcur.inner = i + (size_t)n;
	sg->qcur.para = sg->npara;
}

static void
seg_quote_close(struct seg *sg, size_t i, int n)
{
	sg->qcur.close = i;
	sg->qcur.after = i + (size_t)n;
	sg->qcur.closed = true;
	seg_add_quote(sg, &sg->qcur);
	sg->qkind = SEG_Q_NONE;
	sg->qinner = false;
}

/* One quotation mark at i: open, close, or nest. */
static void
seg_quote_mark(struct seg *sg, ucs4_t uc, size_t i, int n, size_t ps,
    size_t pe)
{
	bool	dq = uc == '"' || uc == 0x201C || uc == 0x201D ||
	    uc == 0x00AB || uc == 0x00BB;
	bool	opening = uc == 0x201C || uc == 0x2018 || uc == 0x00AB;
	enum seg_qkind kind = dq ? SEG_Q_DOUBLE : SEG_Q_SINGLE;
	int	k;

	if (uc == '"') {
		if (sg->qkind == SEG_Q_DOUBLE)
			seg_quote_close(sg, i, n);
		else if (sg->qkind == SEG_Q_SINGLE)
			sg->qinner = sg->qinner ? false :
			    seg_opens(sg, i, n, ps, pe, false);
		else if (seg_opens(sg, i, n, ps, pe, false))
			seg_quote_open(sg, SEG_Q_DOUBLE, i, n);
		return;
	}
	if (uc == 0x2018 && !seg_opens(sg, i, n, ps, pe, true))
		return;
	if (uc == 0x2019 && !seg_closes_single(sg, i, ps, pe))
		return;
	if (opening && uc != 0x00AB && (i + (size_t)n >= pe ||
	    seg_is_space(seg_cp(sg, i + (size_t)n, &k))))
		return;		/* a stray mark before a space */
	if (sg->qkind == SEG_Q_NONE) {
		if (opening)
			seg_quote_open(sg, kind, i, n);
	} else if ((sg->qkind == SEG_Q_DOUBLE) == dq) {
		if (!opening) {
			seg_quote_close(sg, i, n);
		} else {	/* the last one was never closed */
			seg_quote_close(sg, i, 0);
			seg_quote_open(sg, kind, i, n);
		}
	} else
		sg->qinner = opening;
}

/*
 * Find the quotations of one paragraph.  A quotation still open at the
 * end of the previous paragraph is kept (up to that paragraph's end) when
 * this one opens with a mark of the same kind, news style; otherwise it
 * is dropped as a stray mark.
 */
static void
seg_quotes(struct seg *sg, size_t ps, size_t pe, size_t prev_pe)
{
	size_t	i, cont = 0;
	ucs4_t	uc;
	int	n;

	if (sg->qkind != SEG_Q_NONE) {
		uc = seg_cp(sg, ps, &n);
		if (seg_is_quote_mark(uc) && uc != 0x201D &&
		    uc != 0x00BB &&
		    (uc == 0x2018) == (sg->qkind == SEG_Q_SINGLE)) {
			sg->qcur.close = sg->qcur.after = prev_pe;
			sg->qcur.closed = false;
			if (seg_add_quote(sg, &sg->qcur))
				cont = sg->nq;
		}
		sg->qkind = SEG_Q_NONE;
		sg->qinner = false;
	}
	for (i = ps; i < pe; i += (size_t)n) {
		uc = seg_cp(sg, i, &n);
		if (uc == '"' || uc == 0x201C || uc == 0x201D ||
		    uc == 0x2018 || uc == 0x2019 || uc == 0x00AB ||
		    uc == 0x00BB) {
			seg_quote_mark(sg, uc, i, n, ps, pe);
			if (cont != 0 && sg->qkind != SEG_Q_NONE &&
			    sg->qcur.open == i)
				sg->qcur.cont = cont;
			cont = 0;
		}
	}
}

static size_t
seg_sentence_at(const struct seg *sg, size_t pos, size_t *hint)
{
	while (*hint + 1 < sg->nsent && sg->sent[*hint].end <= pos)
		(*hint)++;
	return *hint;
}

/* The quoted words: inside the marks, trimmed, without a final comma. */
static struct segment_span
seg_quote_span(const struct seg *sg, const struct seg_q *q)
{
	struct segment_span	sp;
	size_t			at;
	ucs4_t			uc;

	sp.start = seg_skip_blanks(sg, q->inner, q->close);
	sp.end = q->close;
	while ((uc = seg_cp_before(sg, sp.end, sp.start, &at)) != 0 &&
	    (seg_is_space(uc) || uc == ','))
		sp.end = at;
	return sp;
}

/* Find each quotation's speaker, resolving pronouns to the last name. */
static void
seg_speakers(struct seg *sg, struct segment_result *out)
{
	struct seg_speaker	 sp;
	struct segment_span	 last_name = { 0, 0 }, last_any = { 0, 0 };
	struct segment_span	 none = { 0, 0 };
	size_t			 k, h_open = 0, h_close = 0, si, ci;
	const struct seg_q	*q;
	struct segment_quote	*o;
	bool			 found;

	if (sg->nq == 0)
		return;
	out->quotes = xcalloc(sg->nq, sizeof *out->quotes);
	for (k = 0; k < sg->nq; k++) {
		q = &sg->q[k];
		o = &out->quotes[k];
		o->span = seg_quote_span(sg, q);
		si = seg_sentence_at(sg, o->span.start, &h_open);
		ci = seg_sentence_at(sg, q->after ? q->after - 1 : 0,
		    &h_close);
		o->sentence = si;
		memset(&sp, 0, sizeof sp);
		found = false;
		if (q->closed && sg->sent[ci].end > q->after)
			found = seg_speaker_after(sg, q->after,
			    sg->sent[ci].end, &sp);
		if (!found)
			found = seg_speaker_before(sg, sg->sent[si].start,
			    q->open, &sp);
		o->speaker = none;
		if (found && (sp.kind == SEG_SPK_PRONOUN ||
		    sp.kind == SEG_SPK_LAST)) {
			struct segment_span recent;
			/* "he" is a person, so the last named; "Adding:"
			 * goes on from whoever spoke last. */
			o->speaker = last_name.end && sp.kind ==
			    SEG_SPK_PRONOUN ? last_name : last_any;
			/* A person named since that speaker is nearer. */
			if (seg_recent_name(sg, si, last_any.end, &recent) &&
			    recent.start >= last_any.end)
				o->speaker = recent;
		} else if (found) {
			o->speaker.start = sp.s;
			o->speaker.end = sp.e;
			last_any = o->speaker;
			if (sp.kind == SEG_SPK_NAME)
				last_name = o->speaker;
		} else if (q->cont != 0) {
			o->speaker = out->quotes[q->cont - 1].speaker;
		} else if (k > 0 && sg->q[k - 1].para == q->para &&
		    (seg_skip_blanks(sg, sg->sent[si].start, q->open) ==
		    q->open || out->quotes[k - 1].sentence == si)) {
			/* A quotation opening its sentence, or a second one
			 * in the sentence of the last ("called it "long
			 * overdue" and "welcome""). */
			o->speaker = out->quotes[k - 1].speaker;
		}
	}
	/* The first paragraphs of a quotation that runs over several are
	 * spoken by whoever the last is attributed to. */
	for (k = sg->nq; k-- > 0;) {
		q = &sg->q[k];
		if (q->cont != 0 && out->quotes[q->cont - 1].speaker.end == 0)
			out->quotes[q->cont - 1].speaker =
			    out->quotes[k].speaker;
	}
	out->nquotes = sg->nq;
}

void
segment_text(const char *body, size_t len, struct segment_result *out)
{
	struct seg	sg;
	size_t		i = 0, ps, pe, j, k, prev_pe = 0;
	int		n;

	memset(out, 0, sizeof *out);
	memset(&sg, 0, sizeof sg);
	sg.s = (const uint8_t *)body;
	sg.len = len;
	while (i < len) {
		ps = seg_skip_blanks(&sg, i, len);
		if (ps >= len)
			break;
		pe = ps;
		while (pe < len) {
			if (sg.s[pe] == '\n') {
				k = pe + 1;
				while (k < len && sg.s[k] != '\n' &&
				    seg_is_space(seg_cp(&sg, k, &n)))
					k += (size_t)n;
				if (k >= len || sg.s[k] == '\n')
					break;
				pe = k;
				continue;
			}
			pe++;
		}
		i = pe;
		j = pe;
		while (seg_is_space(seg_cp_before(&sg, j, ps, &k)))
			j = k;
		seg_sentences(&sg, ps, j);
		seg_quotes(&sg, ps, j, prev_pe);
		prev_pe = j;
		sg.npara++;
	}
	if (sg.nsent > 0)
		seg_speakers(&sg, out);
	free(sg.q);
	out->sentences = sg.sent;
	out->nsentences = sg.nsent;
}

void
segment_result_fini(struct segment_result *r)
{
	if (r == NULL)
		return;
	free(r->sentences);
	free(r->quotes);
	memset(r, 0, sizeof *r);
}
