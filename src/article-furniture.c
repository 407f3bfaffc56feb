/*
 * article-furniture: find the page furniture in a draft article (banners,
 * app promos, sign-in prompts, "Related" link lists, captions and photo
 * credits, bylines, staff credits, copyright lines) and its headline.
 *
 * The rules look at position (runs at the top and the bottom), at the
 * shape of a line (length, final punctuation, brackets, bullets) and at a
 * small set of generic interface words that only count on short lines.
 * A sentence with final punctuation in the middle of the body is never
 * dropped, apart from a short imperative interface prompt ("Sign up
 * now.") and the labelled shapes above (captions, credits, copyright).
 * This file must not print, touch the store or parse HTML.
 */
#include "parallax/article.h"
#include "parallax/article-private.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parallax/text.h"
#include "parallax/util.h"

/* A line of at most this many words is short. */
#define ART_SHORT	12
/* Words at most of a note on the writer at the end. */
#define ART_BIO_WORDS		60
/* Words at most of a link after a list's heading as its label. */
#define ART_LABELLED_LINK	20
/* Words at most of a question that is a link after a list's heading. */
#define ART_LINK_QUESTION	10
/* Words from which a punctuated unit is a sentence, not a menu item. */
#define ART_SENTENCE_WORDS	8
/* Words of a line that are looked at for interface words. */
#define ART_TOKENS	48
/* No rule reads the words of a longer unit: past this it is prose. */
#define ART_READ_WORDS	30

/* Words a headline must share with its lede to be known by them. */
#define ART_LEDE_WORDS	2

/* Generic interface words: a short unpunctuated line naming one of these
 * is furniture. */
static const char *const art_ui_words[] = {
	"sign in", "sign up", "signin", "signup", "log in", "login",
	"log out", "logout", "register", "subscribe", "subscribers",
	"subscription", "newsletter", "newsletters", "download", "app",
	"apps", "share", "comments", "comment", "reply", "related",
	"read more", "advertisement", "advert", "ads", "sponsored", "cookie",
	"cookies", "email", "follow us", "account", "member", "membership",
	"privacy", "terms", "click", "tap", "menu", "print", "bookmark",
	"listen", "watch", "gallery", "trending", "popular", "recommended",
	"link", "links", "topics", "tags", "facebook", "twitter", "whatsapp",
	"linkedin", "instagram", "telegram", "more stories", "top stories",
	"most read", "see also", "free trial", "premium", "paywall"
};

/* Imperative prompts: a line of at most eight words that starts with one
 * of these is furniture even with final punctuation. */
static const char *const art_ui_verbs[] = {
	"sign up", "sign in", "log in", "subscribe", "download", "register",
	"follow us", "share this", "share on", "share via", "click here",
	"tap here", "read more", "see more", "join us", "join our",
	"continue reading", "listen to this", "already a member",
	"already have an account", "already subscribed", "advertisement",
	"sponsored", "start reading", "start your free", "get the app",
	"leave a reply", "leave a comment", "source link", "skip to",
	"create an account", "create a free account", "accept cookies",
	"show more", "show less", "show all", "show key events",
	"hide key events", "load more", "view more", "view all"
};

/* Headings of link lists: the short unpunctuated lines after one of these
 * are links. */
static const char *const art_list_heads[] = {
	"related", "read more", "more stories", "see also", "recommended",
	"popular", "trending", "most read", "top stories", "also read",
	"further reading", "more from", "more on", "you may also like",
	"you might also like", "read next", "more news", "our picks",
	"latest"
};

static const char *const art_latest[] = { "latest" };

/* A short unpunctuated line naming these heads readers' comments ("3
 * comments", "2 thoughts on …", "Join the conversation"). */
static const char *const art_comment_heads[] = {
	"comment", "comments", "responses", "replies", "thoughts on",
	"join the conversation", "reader comments", "discussion"
};

/* A comment's buttons: a line of one or two words starting with these. */
static const char *const art_reply_words[] = {
	"reply", "report", "like", "share"
};

/* What a note on the writer says after the name. */
static const char *const art_bio_verbs[] = {
	"is", "writes", "covers", "reports", "joined"
};

/* Notes on where a text comes from, or on the page itself (an update,
 * a disclaimer), at the start of a line that ends a page. */
static const char *const art_end_notes[] = {
	"this article was originally", "this story was originally",
	"this article originally", "this story originally",
	"this article was first", "this story was first",
	"this article first", "this story first", "this article appeared",
	"this story appeared", "this article was produced",
	"this story was produced", "originally published", "first published",
	"a version of this article", "a version of this story",
	"an earlier version of this", "this article has been updated",
	"this story has been updated", "this article has been amended",
	"this story has been amended", "the views expressed",
	"views expressed", "the opinions expressed", "opinions expressed"
};

/* Labels a note on the page may stand after ("Editor's note: An earlier
 * version of this article …"). */
static const char *const art_note_labels[] = {
	"editor's note", "editors' note", "editors note", "editor’s note",
	"note", "correction", "clarification", "update", "updated"
};

/* A wire report's thanks to its other writers: a credit wherever it is. */
static const char *const art_contributed[] = {
	"contributed to this report", "contributed to this story",
	"contributed to this article", "contributed reporting"
};

/* Small words a title leaves in lower case. */
static const char *const art_title_small[] = {
	"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for",
	"by", "with", "from", "as"
};

/* Last words of a picture agency's name ("Getty Images"). */
static const char *const art_agency_tails[] = {
	"images", "photos", "pictures", "photography", "agency",
	"shutterstock"
};

/* Caption labels at the start of a line. */
static const char *const art_caption_labels[] = {
	"photo", "photos", "photograph", "picture", "pictures", "pictured",
	"image", "images", "credit", "credits", "illustration", "source",
	"video", "graphic", "caption", "main image", "top image",
	"image credit", "photo credit", "file photo", "image source",
	"image caption", "media caption", "photo caption", "video caption"
};

/* Staff credit roles: "<role> by <names>". */
static const char *const art_roles[] = {
	"reporting", "editing", "writing", "additional reporting",
	"extra reporting", "research", "translation", "compiled", "produced",
	"edited", "written", "reported", "graphics", "photos", "photography",
	"illustrations", "fact checking", "design", "video", "interactive"
};

static const char *const art_reserved[] = { "all rights reserved" };

/* Words that speak to the reader. */
static const char *const art_you[] = {
	"you", "your", "yours", "you're", "you'll", "you've", "you’re",
	"you’ll", "you’ve"
};

/* How a line that gives an address to write to starts ("Contact the
 * author at …", "Send tips to …"), unless it speaks to the reader or for
 * the outlet ("Have a tip? Email us at …"); an appeal in the report
 * ("Anyone with information should email …") does neither. */
static const char *const art_contact[] = {
	"contact", "email", "e-mail", "write", "send", "reach",
	"tips", "follow", "you", "questions", "comments", "feedback"
};

/* "Follow Elin Markham on X at @elinmarkham.": with a handle, a prompt. */
static const char *const art_follow[] = { "follow" };

/* Labels before a date on a date line. */
static const char *const art_date_labels[] = {
	"published", "updated", "posted", "last updated", "first published",
	"date", "modified", "published on", "updated on", "posted on", "on",
	"last modified", "last modified on", "last updated on"
};

/* Words of a labelled time ("Updated 9:41 a.m. ET", "Posted 3 hours
 * ago"): parts of a clock time, lengths of time and time zones. */
static const char *const art_time_words[] = {
	"at", "am", "pm", "a.m", "p.m", "a", "m", "ago", "today", "yesterday",
	"second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs",
	"hour", "hours", "h", "day", "days", "gmt", "utc", "bst", "cet",
	"cest", "eet", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst",
	"mdt", "pt", "pst", "pdt", "ist", "jst", "aest", "aedt", "local",
	"time"
};

/* Month names, as a labelled date line may hold them. */
static const char *const art_month_words[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec"
};

/*
 * The folded words of a line, as offsets into the folded text, each with
 * its first eight bytes as a number (a phrase's first word must have the
 * same number to match there).
 */
struct art_tokens {
	char		*fold;
	size_t		 n;
	size_t		 words;		/* all of them, kept or not */
	size_t		 start[ART_TOKENS];
	size_t		 end[ART_TOKENS];
	uint64_t	 key[ART_TOKENS];
};

static int
art_token_cb(const char *s, size_t start, size_t end, void *arg)
{
	struct art_tokens	*t = arg;

	(void)s;
	t->words++;
	if (t->n < ART_TOKENS) {
		t->start[t->n] = start;
		t->end[t->n] = end;
		t->n++;
	}
	return 0;
}

static uint64_t
art_key(const char *s, size_t len)
{
	uint64_t	k = 0;

	memcpy(&k, s, len < sizeof k ? len : sizeof k);
	return k;
}

static void
art_tokens_keys(struct art_tokens *t)
{
	for (size_t i = 0; i < t->n; i++)
		t->key[i] = art_key(t->fold + t->start[i],
		    t->end[i] - t->start[i]);
}

static size_t	art_count_words(const char *, size_t);

static void
art_tokens_init(struct art_tokens *t, const char *s, size_t len)
{
	size_t	flen;

	t->n = t->words = 0;
	t->fold = text_fold(s, len, &flen);
	text_words(t->fold, flen, art_token_cb, t);
	art_tokens_keys(t);
}

static bool
art_is_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((unsigned char)s[i] >= 0x80)
			return false;
	}
	return true;
}

/*
 * The words of a unit and, when it is short enough for any rule to read
 * them, its folded tokens.  Folding ASCII only lowers capitals, so the
 * words of an ASCII unit are found once, in the text itself.
 */
static void
art_tokens_unit(struct art_tokens *t, const char *s, size_t len)
{
	size_t	i;

	t->n = t->words = 0;
	t->fold = NULL;
	if (!art_is_ascii(s, len)) {
		size_t words = art_count_words(s, len);
		if (words <= ART_READ_WORDS)
			art_tokens_init(t, s, len);
		t->words = words;
		return;
	}
	text_words(s, len, art_token_cb, t);
	if (t->words > ART_READ_WORDS) {
		t->n = 0;
		return;
	}
	t->fold = xmalloc(len + 1);
	for (i = 0; i < len; i++)
		t->fold[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 :
		    s[i]);
	t->fold[len] = '\0';
	art_tokens_keys(t);
}

/* True when the words of phrase (space separated) are tokens i, i+1, …. */
static bool
art_phrase_at(const struct art_tokens *t, size_t i, const char *phrase)
{
	const char	*p = phrase, *sp;
	size_t		 wl;

	/* Most tokens differ from the phrase in their first byte. */
	if (i >= t->n || t->fold[t->start[i]] != phrase[0])
		return false;
	for (; *p != '\0'; i++) {
		if (i >= t->n)
			return false;
		sp = strchr(p, ' ');
		wl = sp != NULL ? (size_t)(sp - p) : strlen(p);
		if (t->end[i] - t->start[i] != wl ||
		    memcmp(t->fold + t->start[i], p, wl) != 0)
			return false;
		p += wl;
		if (*p == ' ')
			p++;
	}
	return true;
}

/* Whether token i is one of the single words of table. */
static bool
art_token_in(const struct art_tokens *t, size_t i, const char *const *table,
    size_t n)
{
	for (size_t j = 0; j < n; j++) {
		if (t->end[i] - t->start[i] == strlen(table[j]) &&
		    art_phrase_at(t, i, table[j]))
			return true;
	}
	return false;
}

/* How many of the table's phrases occur in t (each counted once). */
static size_t
art_count_phrases(const struct art_tokens *t, const char *const *table,
    size_t n)
{
	size_t		i, j, hits = 0;
	uint64_t	k;

	for (j = 0; j < n; j++) {
		k = art_key(table[j], strcspn(table[j], " "));
		for (i = 0; i < t->n; i++) {
			if (t->key[i] == k && art_phrase_at(t, i, table[j])) {
				hits++;
				break;
			}
		}
	}
	return hits;
}

static bool
art_has_phrase(const struct art_tokens *t, const char *const *table,
    size_t n)
{
	return art_count_phrases(t, table, n) > 0;
}

/* The number of tokens of the longest table phrase at token 0, or 0. */
static size_t
art_starts_with(const struct art_tokens *t, const char *const *table,
    size_t n)
{
	size_t		 j, words, best = 0;
	const char	*p;

	if (t->n == 0)
		return 0;
	for (j = 0; j < n; j++) {
		if (t->key[0] != art_key(table[j], strcspn(table[j], " ")) ||
		    !art_phrase_at(t, 0, table[j]))
			continue;
		for (words = 1, p = table[j]; *p != '\0'; p++)
			words += *p == ' ';
		if (words > best)
			best = words;
	}
	return best;
}

static int
art_count_cb(const char *s, size_t start, size_t end, void *arg)
{
	(void)s;
	(void)start;
	(void)end;
	(*(size_t *)arg)++;
	return 0;
}

static size_t
art_count_words(const char *s, size_t len)
{
	size_t	n = 0;

	text_words(s, len, art_count_cb, &n);
	return n;
}

/*
 * The length of s without the closing quotes, brackets, asterisks and
 * spaces at its end.
 */
static size_t
art_trim_closers(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;

	while (len > 0) {
		if (strchr("\"')]* ", p[len - 1]) != NULL && p[len - 1] != 0)
			len--;
		else if (len >= 3 && p[len - 3] == 0xE2 && p[len - 2] == 0x80 &&
		    (p[len - 1] == 0x99 || p[len - 1] == 0x9D))
			len -= 3;	/* ’ ” */
		else if (len >= 2 && p[len - 2] == 0xC2 && p[len - 1] == 0xBB)
			len -= 2;	/* » */
		else
			break;
	}
	return len;
}

char
article_final_char(const char *s, size_t len)
{
	len = art_trim_closers(s, len);
	if (len == 0)
		return 0;
	if (strchr(".!?:", s[len - 1]) != NULL)
		return s[len - 1];
	if (len >= 3 && memcmp(s + len - 3, "\xE2\x80\xA6", 3) == 0)
		return '.';
	return 0;
}

static bool
art_is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

size_t
article_bullet_len(const char *s, size_t len)
{
	static const char *const bullets[] = {
		"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", "\xE2\x80\x94 ",
		"\xC2\xB7 ", "\xC2\xBB ", "\xE2\x96\xAA "
	};
	size_t	i, bl;

	for (i = 0; i < UTIL_NELEM(bullets); i++) {
		bl = strlen(bullets[i]);
		if (len > bl && memcmp(s, bullets[i], bl) == 0)
			return bl;
	}
	return 0;
}

/* True when the whole line is one bracketed group: "(…)" or "[…]". */
static bool
art_bracketed(const char *s, size_t len)
{
	size_t	i;
	int	depth = 0;
	char	open, close;

	if (len < 3 || (s[0] != '(' && s[0] != '['))
		return false;
	open = s[0];
	close = open == '(' ? ')' : ']';
	for (i = 0; i < len; i++) {
		if (s[i] == open)
			depth++;
		else if (s[i] == close && --depth == 0)
			return i == len - 1;
	}
	return false;
}

/*
 * A caption or photo credit: a bracketed line without its own final
 * punctuation or with a caption label, a line that starts with a caption
 * label and a colon, "Courtesy of …" that is short or unpunctuated, or a
 * caption that ends with a credit label ("… Photo: Jane Doe/Agency").
 */
static bool
art_is_caption(struct article_unit *u, const struct art_tokens *t)
{
	const char	*colon;
	size_t		 lw;

	if (art_bracketed(u->text, u->len) && u->words <= 20) {
		if (article_final_char(u->text + 1, u->len - 2) == 0)
			return true;
		return art_starts_with(t, art_caption_labels,
		    UTIL_NELEM(art_caption_labels)) != 0;
	}
	if (u->words > 30)
		return false;
	/* "Getty Images", "Harbour Press Agency": a picture agency's credit
	 * on a line of its own, over its caption. */
	if (!u->final && u->words >= 2 && u->words <= 5 &&
	    t->n == u->words && art_token_in(t, t->n - 1, art_agency_tails,
	    UTIL_NELEM(art_agency_tails))) {
		u->label = true;
		return true;
	}
	lw = art_starts_with(t, art_caption_labels,
	    UTIL_NELEM(art_caption_labels));
	if (lw > 0 && (colon = strpbrk(u->text, ":,")) != NULL &&
	    art_count_words(u->text, (size_t)(colon - u->text)) == lw) {
		/* "Image caption," alone: the caption is the next line. */
		u->label = t->n == lw;
		return true;
	}
	if ((art_phrase_at(t, 0, "courtesy of") ||
	    art_phrase_at(t, 0, "photo by") || art_phrase_at(t, 0,
	    "image by") || art_phrase_at(t, 0, "picture by")) &&
	    (!u->final || u->words <= 8))
		return true;
	if (!u->final && u->words <= 40) {
		static const char *const tails[] = {
			"Photo: ", "Photograph: ", "Picture: ", "Image: ",
			"Credit: ", "(Photo", "(Picture", "(Image", "Photo by "
		};
		size_t	i, from = u->len > 80 ? u->len - 80 : 0;
		const char *open;

		/* "… harbour on Thursday (AGENCY)": an upper-case credit in
		 * brackets closing an unpunctuated line. */
		for (open = u->text + u->len - 1; open > u->text &&
		    *open != '('; open--)
			;
		if (u->len > 4 && u->text[u->len - 1] == ')' &&
		    open > u->text) {
			size_t upper = 0, lower = 0;
			for (const char *p = open + 1; p < u->text + u->len;
			    p++) {
				upper += *p >= 'A' && *p <= 'Z';
				lower += *p >= 'a' && *p <= 'z';
			}
			if (upper >= 2 && lower == 0)
				return true;
		}
		for (i = 0; i < UTIL_NELEM(tails); i++) {
			const char	*p = u->text + from;

			if ((p = strstr(p, tails[i])) != NULL && p > u->text)
				return true;
		}
	}
	return false;
}

/*
 * A staff credit: "[Additional] <role> by <Names>", possibly several
 * joined by ';', where most words after "by" are capitalised.
 */
static bool
art_is_credit(const struct article_unit *u, const struct art_tokens *t)
{
	size_t		 rw, caps = 0, words = 0;
	const char	*p;

	if (u->words > 25 || u->final == '?' || u->final == '!')
		return false;
	rw = art_starts_with(t, art_roles, UTIL_NELEM(art_roles));
	if (rw == 0 || !art_phrase_at(t, rw, "by") || rw + 1 >= t->n)
		return false;
	if (!art_is_upper(u->text[0]))
		return false;
	/* Count capitals in the original words after the first "by". */
	p = strstr(u->text, " by ");
	if (p == NULL)
		return false;
	for (p += 4; *p != '\0'; p++) {
		if (p[-1] != ' ' && p[-1] != ';' && p[-1] != ',')
			continue;
		if (*p == ' ')
			continue;
		if (strncmp(p, "and ", 4) == 0 || strncmp(p, "in ", 3) == 0 ||
		    strncmp(p, "by ", 3) == 0 || strncmp(p, "of ", 3) == 0)
			continue;
		words++;
		caps += art_is_upper(*p) || (unsigned char)*p >= 0x80;
	}
	return words > 0 && caps * 5 >= words * 3;
}

/* The length of a line up to its first " | " or " · " (a page's parts
 * on one line: "By Jane Doe | Published 2 June 2025"), or all of it. */
static size_t
art_first_part(const char *s, size_t len)
{
	const char	*bar = strstr(s, " | "), *dot = strstr(s, " \xC2\xB7 ");

	if (dot != NULL && (bar == NULL || dot < bar))
		bar = dot;
	return bar != NULL ? (size_t)(bar - s) : len;
}

/* The date of the part of a byline after its name ("By Jane Doe |
 * Published 2 June 2025, 18:05 BST"), or NULL.  Caller frees. */
static char *
art_byline_date(const struct article_unit *u)
{
	size_t		 first = art_first_part(u->text, u->len), i, ll;
	const char	*p;

	if (first == u->len)
		return NULL;
	p = u->text + first + 3;
	while (*p == ' ' || (unsigned char)*p == 0xC2 ||
	    (unsigned char)*p == 0xB7 || *p == '|')
		p++;
	for (i = 0; i < UTIL_NELEM(art_date_labels); i++) {
		ll = strlen(art_date_labels[i]);
		if (strncasecmp(p, art_date_labels[i], ll) == 0 &&
		    (p[ll] == ' ' || p[ll] == ':')) {
			p += ll + 1;
			break;
		}
	}
	while (*p == ' ' || *p == ':')
		p++;
	return article_parse_date(p);
}

/* "By Jane Doe", "Written by Jane Doe, Vellmar Herald", "By Jane Doe |
 * Published 2 June 2025": the byline's name starts at the returned offset
 * (0: not a byline). */
static size_t
art_byline_at(const struct article_unit *u)
{
	static const char *const prefixes[] = {
		"By ", "BY ", "Written by ", "Words by ", "Story by ",
		"Reported by "
	};
	size_t	i, pl, words;

	words = art_count_words(u->text, art_first_part(u->text, u->len));
	if (u->final != 0 || words > 10 || words < 2)
		return 0;
	for (i = 0; i < UTIL_NELEM(prefixes); i++) {
		pl = strlen(prefixes[i]);
		if (u->len > pl && strncmp(u->text, prefixes[i], pl) == 0 &&
		    (art_is_upper(u->text[pl]) ||
		    (unsigned char)u->text[pl] >= 0x80))
			return pl;
	}
	return 0;
}

static bool
art_is_copyright(const struct article_unit *u, const struct art_tokens *t)
{
	if (u->words > 30)
		return false;
	if (strstr(u->text, "\xC2\xA9") != NULL)	/* © */
		return true;
	if (art_has_phrase(t, art_reserved, UTIL_NELEM(art_reserved)))
		return true;
	/* "Copyright 2023 …" or "Copyright (c) …", not "Copyright law …". */
	if (t->n >= 2 && art_phrase_at(t, 0, "copyright") &&
	    (art_phrase_at(t, 1, "c") || (t->fold[t->start[1]] >= '0' &&
	    t->fold[t->start[1]] <= '9')))
		return true;
	return u->len > 4 && (strncmp(u->text, "(c) ", 4) == 0 ||
	    strncmp(u->text, "(C) ", 4) == 0);
}

/* The date of a line that is only a date, perhaps labelled; NULL if it is
 * not one.  Caller frees. */
static char *
art_date_line(const struct article_unit *u, const struct art_tokens *t)
{
	const char	*p = u->text;
	size_t		 lw, i;

	if (u->final == '.' || u->final == '?' || u->final == '!' ||
	    u->words > 10)
		return NULL;
	lw = art_starts_with(t, art_date_labels, UTIL_NELEM(art_date_labels));
	for (i = 0; i < lw; i++) {
		while (*p == ' ')
			p++;
		while (*p != '\0' && *p != ' ' && *p != ':')
			p++;
	}
	while (*p == ' ' || *p == ':' || *p == '-' || *p == '|')
		p++;
	return article_parse_date(p);
}

/* A line that is only a labelled time or date, with no date to take from
 * it: "Updated 9:41 a.m. ET", "Published 3 hours ago", a date run into
 * another ("Published On 11 Feb 202511 Feb 2025"), or a clock time alone
 * ("16:20 BST"). */
static bool
art_time_line(const struct article_unit *u, const struct art_tokens *t)
{
	const char	*p;
	size_t		 lw, i, digits = 0;
	bool		 clock = false, ago = false, month = false;

	if (u->words > 8 || u->final == '?' || u->final == '!')
		return false;
	lw = art_starts_with(t, art_date_labels, UTIL_NELEM(art_date_labels));
	/* Or a clock time alone, a live page's stamp ("16:20 BST"). */
	if (lw == 0 && !article_clock_at(u->text))
		return false;
	if (lw >= t->n)
		return false;
	for (i = lw; i < t->n; i++) {
		if (t->fold[t->start[i]] >= '0' && t->fold[t->start[i]] <= '9')
			digits++;
		else if (art_token_in(t, i, art_month_words,
		    UTIL_NELEM(art_month_words)))
			month = true;
		else if (!art_token_in(t, i, art_time_words,
		    UTIL_NELEM(art_time_words)))
			return false;
		ago = ago || art_phrase_at(t, i, "ago");
	}
	for (p = u->text; (p = strchr(p, ':')) != NULL; p++)
		clock = clock || (p > u->text && p[-1] >= '0' && p[-1] <= '9' &&
		    p[1] >= '0' && p[1] <= '9');
	return digits > 0 && (clock || ago || month);
}

bool
article_same_text(const char *a, size_t alen, const char *b, size_t blen)
{
	struct art_tokens	ta, tb;
	size_t			i;
	bool			same;

	art_tokens_init(&ta, a, alen);
	art_tokens_init(&tb, b, blen);
	same = ta.n == tb.n && ta.n > 0;
	for (i = 0; same && i < ta.n; i++) {
		same = ta.end[i] - ta.start[i] == tb.end[i] - tb.start[i] &&
		    memcmp(ta.fold + ta.start[i], tb.fold + tb.start[i],
		    ta.end[i] - ta.start[i]) == 0;
	}
	free(ta.fold);
	free(tb.fold);
	return same;
}

/*
 * A short line of capitalised words ("Our Standards: The Harbour Wire
 * Trust Principles."): four capitals at least, no other word in lower case
 * than the small words of a title.  ASCII lines only, whose tokens are
 * offsets into the text itself.
 */
static bool
art_title_cased(const struct article_unit *u, const struct art_tokens *t)
{
	size_t	i, caps = 0;
	char	c;

	if (u->words > 10 || t->n != u->words || !art_is_ascii(u->text, u->len))
		return false;
	for (i = 0; i < t->n; i++) {
		c = u->text[t->start[i]];
		if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
			caps += c >= 'A';
			continue;
		}
		if (!art_token_in(t, i, art_title_small,
		    UTIL_NELEM(art_title_small)))
			return false;
	}
	return caps >= 4;
}

/*
 * Cut the links an embedded post ends with ("… next month.
 * pic.twitter.com/AbC1", "https://t.co/AbC1") off the end of u, so that
 * what it says is read as the sentence it is.
 */
static void
art_strip_embed_links(struct article_unit *u)
{
	static const char *const links[] = {
		"pic.twitter.com/", "https://t.co/", "http://t.co/"
	};
	size_t	start, i;
	bool	cut = true;

	while (cut && u->len > 0) {
		cut = false;
		for (start = u->len; start > 0 && u->text[start - 1] != ' ';
		    start--)
			continue;
		if (start == 0)
			break;
		for (i = 0; i < UTIL_NELEM(links) && !cut; i++)
			cut = strncmp(u->text + start, links[i],
			    strlen(links[i])) == 0;
		if (cut) {
			while (start > 0 && u->text[start - 1] == ' ')
				start--;
			u->len = start;
			u->text[start] = '\0';
		}
	}
}

/* Whether t starts with an end note, after a note's label or not. */
static bool
art_starts_end_note(const struct art_tokens *t)
{
	size_t	k, j;

	if (art_starts_with(t, art_end_notes, UTIL_NELEM(art_end_notes)) != 0)
		return true;
	if ((k = art_starts_with(t, art_note_labels,
	    UTIL_NELEM(art_note_labels))) == 0)
		return false;
	for (j = 0; j < UTIL_NELEM(art_end_notes); j++) {
		if (art_phrase_at(t, k, art_end_notes[j]))
			return true;
	}
	return false;
}

/* Whether the text ends with an email address ("Contact the author at
 * tips@example.com."): a word character before its @, a dot between word
 * characters after it, and nothing but a full stop after it. */
static bool
art_ends_with_email(const char *s, size_t len)
{
	const char	*end = s + len, *p, *at;
	bool		 dot = false;

	while (end > s && (end[-1] == '.' || end[-1] == ' '))
		end--;
	for (p = end; p > s && p[-1] != ' ' && p[-1] != '@'; p--) {
		if (p < end && *p == '.' && p + 1 < end &&
		    isalnum((unsigned char)p[-1]) &&
		    isalnum((unsigned char)p[1]))
			dot = true;
	}
	at = p - 1;
	return dot && p > s + 1 && *at == '@' &&
	    isalnum((unsigned char)at[-1]);
}

/* The line that signs an embedded post: "— Mara Quill (@maraquill)
 * February 11, 2025". */
static bool
art_embed_signature(const struct article_unit *u)
{
	return u->words <= 12 && strstr(u->text, "(@") != NULL &&
	    (strncmp(u->text, "\xE2\x80\x94", 3) == 0 ||	/* — */
	    strncmp(u->text, "\xE2\x80\x93", 3) == 0 ||	/* – */
	    strncmp(u->text, "- ", 2) == 0);
}

/* Work out the shape of one unit and whether it is furniture on its own. */
static void
art_classify(struct article_draft *d, struct article_unit *u)
{
	struct art_tokens	 t;
	char			*date;
	size_t			 at, k;

	art_strip_embed_links(u);
	art_tokens_unit(&t, u->text, u->len);
	u->words = t.words;
	u->final = article_final_char(u->text, u->len);
	u->bullet = u->bullet || article_bullet_len(u->text, u->len) > 0;
	if (u->words <= 25) {
		u->uihits = art_count_phrases(&t, art_ui_words,
		    UTIL_NELEM(art_ui_words));
		u->ui = u->uihits > 0;
		u->uiverb = art_starts_with(&t, art_ui_verbs,
		    UTIL_NELEM(art_ui_verbs)) != 0;
		u->you = art_has_phrase(&t, art_you, UTIL_NELEM(art_you));
		u->comments = u->words <= 6 && (u->final == 0 ||
		    u->final == ':') && art_has_phrase(&t, art_comment_heads,
		    UTIL_NELEM(art_comment_heads));
		u->reply = u->words <= 2 && art_starts_with(&t,
		    art_reply_words, UTIL_NELEM(art_reply_words)) != 0;
		/* "Also read: <a link>"; "Latest: …" may open a report. */
		k = art_starts_with(&t, art_list_heads,
		    UTIL_NELEM(art_list_heads));
		u->listlabel = k > 0 && k < t.n &&
		    t.fold[t.end[k - 1]] == ':' &&
		    !art_token_in(&t, 0, art_latest, UTIL_NELEM(art_latest));
		u->heading = u->words <= 6 &&
		    (u->final == 0 || u->final == ':') &&
		    art_has_phrase(&t, art_list_heads,
		    UTIL_NELEM(art_list_heads));
	}
	u->address = u->words <= 15 && (strstr(u->text, "http://") != NULL ||
	    strstr(u->text, "https://") != NULL ||
	    strstr(u->text, "www.") != NULL ||
	    (u->words <= 10 && (art_starts_with(&t, art_contact,
	    UTIL_NELEM(art_contact)) != 0 || u->you ||
	    strstr(u->text, " us ") != NULL) &&
	    art_ends_with_email(u->text, u->len)));
	u->endnote = u->address || (u->words <= 25 &&
	    art_starts_end_note(&t)) || art_title_cased(u, &t) ||
	    (u->words <= 12 && art_starts_with(&t, art_follow,
	    UTIL_NELEM(art_follow)) != 0 && strchr(u->text, '@') != NULL);
	if (art_is_copyright(u, &t))
		u->kind = ARTICLE_KIND_COPYRIGHT;
	else if ((u->words <= 30 && art_has_phrase(&t, art_contributed,
	    UTIL_NELEM(art_contributed))) || art_embed_signature(u))
		u->kind = ARTICLE_KIND_CREDIT;
	else if (art_is_caption(u, &t))
		u->kind = ARTICLE_KIND_CAPTION;
	else if (art_is_credit(u, &t))
		u->kind = ARTICLE_KIND_CREDIT;
	else if ((at = art_byline_at(u)) != 0) {
		u->kind = ARTICLE_KIND_BYLINE;
		if (d->author == NULL) {
			size_t n = strcspn(u->text + at, ",|;("), first =
			    art_first_part(u->text, u->len);
			while (n > 0 && (at + n > first ||
			    u->text[at + n - 1] == ' '))
				n--;
			article_draft_set(&d->author, u->text + at, n);
		}
		if (d->date == NULL)
			d->date = art_byline_date(u);
	} else if ((date = art_date_line(u, &t)) != NULL) {
		u->kind = ARTICLE_KIND_DATE;
		if (d->date == NULL)
			d->date = date;
		else
			free(date);
	} else if (art_time_line(u, &t))
		u->kind = ARTICLE_KIND_DATE;
	free(t.fold);
}

/* A unit that cannot be a paragraph of prose on its own. */
static bool
art_flimsy(const struct article_unit *u)
{
	if (u->drop || u->kind != ARTICLE_KIND_TEXT)
		return true;
	if (u->words <= ART_SHORT && !u->final)
		return true;
	if ((u->bullet || u->linky) && !u->final)
		return true;
	if (u->final == ':' && u->words <= 4)
		return true;	/* "Share this:", a label */
	return u->uiverb && u->words <= 8;
}

/* A unit that could be a headline: not an interface prompt ("Show key
 * events only") nor a live page's entry, which opens with a clock time
 * ("18:40 Port says …"). */
static bool
art_title_shaped(const struct article_unit *u)
{
	char	c = article_final_char(u->text, u->len);

	return u->kind == ARTICLE_KIND_TEXT && !u->bullet && !u->linky &&
	    u->len <= 600 && u->words >= 2 && u->words < 25 &&
	    (c == 0 || c == '?' || c == '!') && !article_clock_at(u->text) &&
	    !u->uiverb;
}

/* True when u is the known title, or its start (before " | Site"). */
static bool
art_is_known_title(const struct article_unit *u, const char *known)
{
	struct art_tokens	tu, tk;
	size_t			i;
	bool			same;

	if (known == NULL || u->words == 0)
		return false;
	art_tokens_init(&tu, u->text, u->len);
	art_tokens_init(&tk, known, strlen(known));
	same = tu.n > 0 && tu.n <= tk.n && (tu.n == tk.n || tu.n >= 3);
	for (i = 0; same && i < tu.n; i++) {
		same = tu.end[i] - tu.start[i] == tk.end[i] - tk.start[i] &&
		    memcmp(tu.fold + tu.start[i], tk.fold + tk.start[i],
		    tu.end[i] - tu.start[i]) == 0;
	}
	free(tu.fold);
	free(tk.fold);
	return same;
}

/* A short unit shaped like a sentence of a report: ART_SENTENCE_WORDS
 * words or more, ended by a full stop (or ! or ?), no interface words,
 * not speaking to the reader ("Read news from 100s of titles, curated
 * for you.").
 * A run of furniture does not take it ("Port officials said 23 vessels
 * were waiting at anchor by Monday evening." between a caption and "Most
 * viewed"). */
static bool
art_sentence_shaped(const struct article_unit *u)
{
	return u->words >= ART_SENTENCE_WORDS && (u->final == '.' ||
	    u->final == '!' || u->final == '?') && !u->ui && !u->uiverb &&
	    !u->you && !u->endnote && u->kind == ARTICLE_KIND_TEXT;
}

/*
 * Mark the units inside runs of short units (consecutive units of at most
 * ART_SHORT words in one block) in which most units are flimsy or have
 * four words at most: banners, promos and menus.  run[i] is set for each
 * but a sentence among them.
 */
static void
art_mark_runs(const struct article_draft *d, bool *run)
{
	size_t	i = 0, j, flimsy;

	while (i < d->n) {
		if (d->units[i].words > ART_SHORT) {
			i++;
			continue;
		}
		for (j = i, flimsy = 0; j < d->n &&
		    d->units[j].words <= ART_SHORT &&
		    d->units[j].block == d->units[i].block; j++)
			flimsy += art_flimsy(&d->units[j]) ||
			    d->units[j].words <= 4;
		if (j - i >= 2 && flimsy * 2 > j - i) {
			for (; i < j; i++)
				run[i] = !art_sentence_shaped(&d->units[i]);
		}
		i = j;
	}
}

/* Drop what is furniture wherever it stands, and link lists after their
 * headings. */
static void
art_drop_anywhere(struct article_draft *d)
{
	struct article_unit	*u;
	size_t			 i;

	for (i = 0; i < d->n; i++) {
		u = &d->units[i];
		/* No letter or digit: a rule ("___", "* * *") or a bullet. */
		if (u->kind != ARTICLE_KIND_TEXT || u->words == 0)
			u->drop = true;
		else if (u->ui && !u->final && u->words <= 10)
			u->drop = true;
		else if (u->uiverb && u->words <= 8)
			u->drop = true;
		else if (u->address && !u->final)
			u->drop = true;	/* "Follow us at https://…" */
		else if (u->listlabel && (!u->final || u->linkish) &&
		    u->words <= ART_LABELLED_LINK)
			u->drop = true;	/* "Also read: Ferry fares …" */
		if (u->label && i + 1 < d->n && !d->units[i + 1].final &&
		    d->units[i + 1].words <= 40)
			d->units[i + 1].drop = true;
		if (!u->heading)
			continue;
		u->drop = true;
		/* Its links, up to prose: a headline may ask ("Why are the
		 * pilots striking?"). */
		while (i + 1 < d->n) {
			u = &d->units[i + 1];
			if (u->final && u->kind == ARTICLE_KIND_TEXT &&
			    (u->final != '?' || u->words > ART_LINK_QUESTION))
				break;
			if (u->words > 25)
				break;
			u->drop = true;
			i++;
		}
	}
}

/* The distinct words of four letters or more that a shares with b. */
static size_t
art_shared_words(const struct art_tokens *a, const struct art_tokens *b)
{
	size_t	i, j, len, n = 0;
	bool	seen;

	for (i = 0; i < a->n; i++) {
		len = a->end[i] - a->start[i];
		if (len < 4)
			continue;
		for (j = 0, seen = false; j < i && !seen; j++)
			seen = a->end[j] - a->start[j] == len &&
			    memcmp(a->fold + a->start[j], a->fold + a->start[i],
			    len) == 0;
		for (j = 0; j < b->n && !seen; j++) {
			if (b->end[j] - b->start[j] == len &&
			    memcmp(b->fold + b->start[j], a->fold + a->start[i],
			    len) == 0) {
				n++;
				break;
			}
		}
	}
	return n;
}

size_t
article_shared_words(const char *a, const char *b)
{
	struct art_tokens	ta, tb;
	size_t			n, blen = strlen(b);

	art_tokens_init(&ta, a, strlen(a));
	art_tokens_init(&tb, b, blen < ARTICLE_SHARED_READ ? blen :
	    ARTICLE_SHARED_READ);
	n = art_shared_words(&ta, &tb);
	free(ta.fold);
	free(tb.fold);
	return n;
}

/*
 * The headline-shaped unit of the top units [0, k) that shares most words
 * (ART_LEDE_WORDS at least) with the lede, the first two units of prose
 * after them or kept among them (a standfirst): a headline tells what its
 * lede tells, and a promo for another story, a caption or a place line
 * tell less of it.  k if none.
 */
static size_t
art_title_by_lede(const struct article_draft *d, size_t k, const bool *keep)
{
	const struct article_unit	*u;
	struct art_tokens		 lede, t;
	struct buf			 b;
	size_t				 i, n, got = 0, pick = k, most = 0;

	buf_init(&b);
	for (i = 0; i < d->n && got < 2; i++) {
		u = &d->units[i];
		if ((i < k && !keep[i]) || u->kind != ARTICLE_KIND_TEXT ||
		    art_flimsy(u))
			continue;
		buf_add(&b, u->text, u->len);
		buf_addc(&b, ' ');
		got++;
	}
	if (got == 0) {
		buf_fini(&b);
		return k;
	}
	art_tokens_init(&lede, b.data, b.len);
	buf_fini(&b);
	for (i = 0; i < k; i++) {
		u = &d->units[i];
		if (!art_title_shaped(u) || u->ui || keep[i] ||
		    (u->words < 3 && !u->alone))
			continue;
		art_tokens_init(&t, u->text, u->len);
		n = art_shared_words(&t, &lede);
		free(t.fold);
		if (n > most) {
			most = n;
			pick = i;
		}
	}
	free(lede.fold);
	return most >= ART_LEDE_WORDS ? pick : k;
}

/*
 * The headline among the top units [0, k): the unit that matches the
 * known title; else the first title-shaped unit of three words or more
 * without interface words that stands alone or outside a run; else the
 * one among them that shares most words with the lede
 * (art_title_by_lede()); else the last such unit before the first byline
 * or standfirst, or the last such unit (promos come before headlines,
 * bylines and labels after them); else the longest title-shaped one.  k if
 * none.
 */
static size_t
art_pick_title(const struct article_draft *d, size_t k, const bool *run,
    const bool *keep, const char *known)
{
	const struct article_unit	*u;
	size_t				 i, best = k, best2 = k, by = k;
	size_t				 before = k;

	for (i = 0; i < k; i++) {
		if (art_is_known_title(&d->units[i], known))
			return i;
		if (by == k && (d->units[i].kind == ARTICLE_KIND_BYLINE ||
		    keep[i]))
			by = i;
	}
	for (i = 0; i < k; i++) {
		u = &d->units[i];
		if (!art_title_shaped(u) || (u->words < 3 && !u->alone) ||
		    keep[i])
			continue;
		if (!u->ui && (u->alone || !run[i]))
			return i;
		if (!u->ui)
			best = i;
		if (!u->ui && i < by)
			before = i;
		if (best2 == k || u->words >= d->units[best2].words)
			best2 = i;
	}
	if ((i = art_title_by_lede(d, k, keep)) != k)
		return i;
	return before != k ? before : best != k ? best : best2;
}

/* True when u may be the headline as a unit of its own. */
static bool
art_headline_like(const struct article_unit *u)
{
	return art_title_shaped(u) && !u->ui && (u->words >= 3 || u->alone);
}

/*
 * The top edge: banners, labels, bylines and the headline before the
 * first unit of prose.  Before a headline has been seen, runs of short
 * lines go whole (a promo's sentences with them); after it, a sentence
 * (with a full stop or longer than a label) followed by more furniture is
 * a standfirst and is kept (keep[i]).
 * Returns the end of the top zone.
 */
static size_t
art_top_edge(const struct article_draft *d, const bool *run,
    const char *known, bool *keep)
{
	const struct article_unit	*u;
	size_t				 i, k = 0, skips = 0;
	bool				 have_title = false, next;

	for (i = 0; i < d->n; i++) {
		u = &d->units[i];
		next = i + 1 < d->n && (art_flimsy(&d->units[i + 1]) ||
		    run[i + 1]);
		if (art_is_known_title(u, known))
			have_title = true;
		else if (art_flimsy(u) || (run[i] && (!have_title ||
		    u->words <= 4)))
			have_title = have_title || art_headline_like(u);
		else if (!have_title && art_title_shaped(u) && !u->ui)
			have_title = true;
		else if (have_title && skips < 2 && next &&
		    (u->final != 0 || u->words > ART_SHORT)) {
			keep[i] = true;
			skips++;
		} else
			break;
		k = i + 1;
	}
	/* The zone ends on furniture or a headline, never on prose. */
	while (k > 0 && !art_flimsy(&d->units[k - 1]) &&
	    !art_title_shaped(&d->units[k - 1]))
		k--;
	return k;
}

/* A sentence full of interface words: "Save my email for the next time I
 * comment."  Furniture only after other furniture at the bottom. */
static bool
art_form_text(const struct article_unit *u)
{
	return u->uihits >= 2 && u->words <= 20;
}

/*
 * Where a section of readers' comments starts below the text, or d->n: a
 * heading of comments after prose, followed before the end by a
 * comment's button ("Reply") or two time lines (the comments' times; one
 * could be the page's "Updated …").  The comments are other people's
 * words, not the report's.
 */
static size_t
art_comments_start(const struct article_draft *d, size_t top, size_t bottom)
{
	size_t	i, j, times;
	bool	prose = false;

	for (i = top; i < bottom; i++) {
		const struct article_unit *u = &d->units[i];
		if (!u->comments || !prose) {
			prose |= !u->drop && u->final != 0 &&
			    u->kind == ARTICLE_KIND_TEXT;
			continue;
		}
		for (j = i + 1, times = 0; j < d->n; j++) {
			times += d->units[j].kind == ARTICLE_KIND_DATE;
			if (d->units[j].reply || times >= 2)
				return i;
		}
	}
	return d->n;
}

/*
 * A note on the writer, who signed the byline ("Elin Markham is the
 * Herald's transport correspondent. She has covered …"): the name, then
 * one of art_bio_verbs.  Furniture at the end, where the bottom edge
 * reaches it.
 */
static bool
art_author_bio(const struct article_draft *d, const struct article_unit *u)
{
	struct art_tokens	 t;
	size_t			 len, words;
	bool			 bio;

	/* An outlet named as the author ("Kestrel News has asked …") is
	 * no writer. */
	if (d->author == NULL || (len = strlen(d->author)) < 4 ||
	    (d->source != NULL && strcasecmp(d->source, d->author) == 0) ||
	    u->words > ART_BIO_WORDS || u->len <= len ||
	    strncmp(u->text, d->author, len) != 0 || u->text[len] != ' ')
		return false;
	words = art_count_words(d->author, len);
	art_tokens_init(&t, u->text, u->len);
	bio = words < t.n && art_token_in(&t, words, art_bio_verbs,
	    UTIL_NELEM(art_bio_verbs));
	free(t.fold);
	return bio;
}

/* A short line that is mostly a link ("Have a news tip? Contact us."),
 * or an end note: furniture at the bottom, full stop or not. */
static bool
art_end_furniture(const struct article_unit *u)
{
	return (u->linkish && u->words <= ART_SHORT) || u->endnote;
}

/* The bottom edge: comment forms, promos and link lists after the last
 * unit of prose.  Returns the start of the bottom zone (>= top). */
static size_t
art_bottom_edge(const struct article_draft *d, const bool *run, size_t top)
{
	size_t	k = d->n;

	while (k > top) {
		if (art_flimsy(&d->units[k - 1]) || run[k - 1] ||
		    art_end_furniture(&d->units[k - 1]))
			k--;
		else if (art_form_text(&d->units[k - 1]) && k - 1 > top &&
		    (art_flimsy(&d->units[k - 2]) ||
		    art_end_furniture(&d->units[k - 2])))
			k--;
		else
			break;
	}
	while (k < d->n && !art_flimsy(&d->units[k]) &&
	    !art_form_text(&d->units[k]) && !art_end_furniture(&d->units[k]))
		k++;
	return k;
}

/*
 * Strip a dateline ("VELLMAR, March 3 (Harbour Wire) - ", "VELLMAR — ",
 * "(Harbour Wire) - ") from the start of u; a date in it with a year fills
 * d->date.  Returns whether there was one.
 */
static bool
art_dateline(struct article_draft *d, struct article_unit *u)
{
	const char	*s = u->text, *p = s, *date = NULL, *date_end = NULL;
	size_t		 caps = 0, dash;
	bool		 paren = false;
	char		*iso, *tmp;

	while (art_is_upper(*p) || *p == ' ' || *p == '.' || *p == '\'' ||
	    *p == '-') {
		caps += art_is_upper(*p);
		if (*p == ' ' && (p[1] == '-' || p[1] == '(' ||
		    (unsigned char)p[1] == 0xE2))
			break;
		p++;
	}
	if (*s == '(')
		caps = 3;	/* "(Harbour Wire) - …": the outlet alone */
	else if (caps < 3 || p == s || !art_is_upper(*s))
		return false;
	while (p > s && p[-1] == ' ')
		p--;
	if (*p == ',') {
		for (date = ++p; *p != '\0' && *p != '(' && p - date < 40;
		    p++) {
			if (*p == ' ' && (p[1] == '-' ||
			    (unsigned char)p[1] == 0xE2))
				break;
		}
		date_end = p;
	}
	while (*p == ' ')
		p++;
	if (*p == '(') {
		if ((p = strchr(p, ')')) == NULL || p - s > 120)
			return false;
		p++;
		paren = true;
	}
	while (*p == ' ')
		p++;
	if (strncmp(p, "\xE2\x80\x94", 3) == 0 ||	/* — */
	    strncmp(p, "\xE2\x80\x93", 3) == 0)		/* – */
		dash = 3;
	else if (*p == '-' && (date != NULL || paren))
		dash = p[1] == '-' ? 2 : 1;
	else
		return false;
	p += dash;
	if (*p != ' ')
		return false;
	while (*p == ' ')
		p++;
	if (*p == '\0')
		return false;
	if (date != NULL && d->date == NULL) {
		tmp = xstrndup(date, (size_t)(date_end - date));
		if ((iso = article_parse_date(tmp)) != NULL)
			d->date = iso;
		free(tmp);
	}
	memmove(u->text, p, strlen(p) + 1);
	u->len = strlen(u->text);
	return true;
}

size_t
article_furniture(struct article_draft *d, const char *known)
{
	bool	*run, *keep;
	size_t	 i, top, bottom, c, t, tries, dropped = 0;

	for (i = 0; i < d->n; i++)
		art_classify(d, &d->units[i]);
	run = xcalloc(d->n + 1, sizeof *run);
	keep = xcalloc(d->n + 1, sizeof *keep);
	art_mark_runs(d, run);
	/* The edges first, so that the headline is seen before its words
	 * are judged on their own. */
	top = art_top_edge(d, run, known, keep);
	t = art_pick_title(d, top, run, keep, known);
	art_drop_anywhere(d);
	for (i = top; i < d->n; i++)
		d->units[i].endnote |= art_author_bio(d, &d->units[i]);
	bottom = art_bottom_edge(d, run, top);
	if ((c = art_comments_start(d, top, bottom)) < bottom)
		bottom = c;
	for (i = 0; i < d->n; i++) {
		if ((i < top && !keep[i]) || i >= bottom)
			d->units[i].drop = true;
	}
	if (t < top) {
		d->units[t].title = true;
		free(d->headline);
		d->headline = xstrdup(d->units[t].text);
	}
	/* The dateline opens the lede: the first or, after a standfirst,
	 * the second unit of the body. */
	for (i = 0, tries = 0; i < d->n && tries < 2; i++) {
		if (d->units[i].drop)
			continue;
		if (art_dateline(d, &d->units[i]))
			break;
		tries++;
	}
	for (i = 0; i < d->n; i++)
		dropped += d->units[i].drop && !d->units[i].title;
	free(keep);
	free(run);
	return dropped;
}
