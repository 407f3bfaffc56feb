/*
 * claim-word: the word-level features of claims.  Stop words, British
 * spellings made one form before stemming, the Snowball stemmer, and the
 * transliteration key that lets "Yevgeny Prigojine" meet "Evgeny
 * Prigozhin".  Works on single words only: no sentences, no figures.
 */
#include "parallax/claim.h"

#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <uninorm.h>

#include "claim-internal.h"
#include "parallax/text.h"
#include "parallax/util.h"

/* Sorted for bsearch. */
static const char *const claim_stop_words[] = {
	"'s", "a", "about", "above", "after", "again", "against", "all", "also",
	"am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
	"before", "being", "below", "between", "both", "but", "by", "can",
	"could", "did", "do", "does", "doing", "down", "during", "each", "few",
	"for", "from", "further", "had", "has", "have", "having", "he", "her",
	"here", "hers", "herself", "him", "himself", "his", "how", "i", "if",
	"in", "into", "is", "it", "it's", "its", "itself", "just", "may", "me",
	"might", "more", "most", "mr", "mrs", "ms", "must", "my", "myself",
	"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
	"other", "our", "ours", "out", "over", "own", "said", "same", "says",
	"shall", "she", "should", "so", "some", "such", "than", "that",
	"the", "their", "theirs", "them", "themselves", "then", "there",
	"these", "they", "this", "those", "through", "to", "too", "under",
	"until", "up", "upon", "very", "was", "we", "were", "what", "when",
	"where", "which", "while", "who", "whom", "whose", "why", "will",
	"with", "would", "yet", "you", "your", "yours"
};

/* British (or variant) spelling and the one form we keep. */
struct claim_variant {
	const char	*from;
	const char	*to;
};

/* Sorted by from; a word or the word with a final "s" is looked up. */
static const struct claim_variant claim_variants[] = {
	{ "aeroplane", "airplane" },
	{ "ageing", "aging" },
	{ "aluminium", "aluminum" },
	{ "amongst", "among" },
	{ "anaemia", "anemia" },
	{ "analogue", "analog" },
	{ "burnt", "burned" },
	{ "catalogue", "catalog" },
	{ "cheque", "check" },
	{ "defence", "defense" },
	{ "draught", "draft" },
	{ "dreamt", "dreamed" },
	{ "enrol", "enroll" },
	{ "foetus", "fetus" },
	{ "fuelled", "fueled" },
	{ "fuelling", "fueling" },
	{ "fulfil", "fulfill" },
	{ "grey", "gray" },
	{ "jewellery", "jewelry" },
	{ "judgement", "judgment" },
	{ "kerb", "curb" },
	{ "learnt", "learned" },
	{ "licence", "license" },
	{ "manoeuvre", "maneuver" },
	{ "mould", "mold" },
	{ "moustache", "mustache" },
	{ "offence", "offense" },
	{ "paediatric", "pediatric" },
	{ "plough", "plow" },
	{ "practise", "practice" },
	{ "practised", "practiced" },
	{ "pretence", "pretense" },
	{ "programme", "program" },
	{ "pyjamas", "pajamas" },
	{ "sceptic", "skeptic" },
	{ "sceptical", "skeptical" },
	{ "spelt", "spelled" },
	{ "towards", "toward" },
	{ "tyre", "tire" },
	{ "whilst", "while" }
};

/* Words that look British by their ending but are not. */
static const char *const claim_keep[] = {
	"advertise", "advise", "amour", "appraise", "arise", "bestsel",
	"bruise", "chastise", "circumcise", "clockwise", "compel", "comprise",
	"compromise", "concise", "contour", "cruise", "demise", "despise",
	"detour", "devise", "devour", "disguise", "dispel", "enterprise",
	"excel", "excise", "exercise", "expel", "expertise", "flour",
	"foretel", "franchise", "impel", "improvise", "incise", "likewise",
	"macabre", "merchandise", "otherwise", "paradise", "paramour",
	"porpoise", "praise", "precise", "premise", "promise", "propel",
	"rebel", "repel", "reprise", "retel", "revise", "scour", "storytel",
	"sunrise", "supervise", "surmise", "surprise", "televise", "timbre",
	"tortoise", "treatise", "troubadour", "turquoise", "uprise", "velour"
};

static int
claim_cmp_str(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static int
claim_cmp_variant(const void *key, const void *elem)
{
	return strcmp(key, ((const struct claim_variant *)elem)->from);
}

bool
claim_is_stop_word(const char *word)
{
	return bsearch(word, claim_stop_words, UTIL_NELEM(claim_stop_words),
	    sizeof claim_stop_words[0], claim_cmp_str) != NULL;
}

static bool
claim_is_kept(const char *base)
{
	return bsearch(base, claim_keep, UTIL_NELEM(claim_keep),
	    sizeof claim_keep[0], claim_cmp_str) != NULL;
}

/* The variant table, for the word or the word less a final "s". */
static char *
claim_variant_of(const char *w)
{
	const struct claim_variant	*v;
	size_t				 n = strlen(w);
	char				*tmp;

	v = bsearch(w, claim_variants, UTIL_NELEM(claim_variants),
	    sizeof claim_variants[0], claim_cmp_variant);
	if (v != NULL)
		return xstrdup(v->to);
	if (n < 2 || w[n - 1] != 's')
		return NULL;
	tmp = xstrndup(w, n - 1);
	v = bsearch(tmp, claim_variants, UTIL_NELEM(claim_variants),
	    sizeof claim_variants[0], claim_cmp_variant);
	free(tmp);
	return v != NULL ? xasprintf("%ss", v->to) : NULL;
}

/*
 * A suffix rule: a word base + from + tail, where tail is one of tails,
 * becomes base + to + tail.  base must be at least minbase bytes and, with
 * the ending of the rule's "kept" form, not be in claim_keep.
 */
struct claim_rule {
	const char	*from;
	const char	*to;
	const char	*keep;		/* base + keep is the dictionary form */
	size_t		 minbase;
	const char	*tails[12];
};

static const struct claim_rule claim_rules[] = {
	{ "our", "or", "our", 2, { "", "s", "ed", "ing", "ite", "ites",
	    "able", "er", "ers", "ful", "less", NULL } },
	{ "isation", "ization", "ise", 3, { "", "s", "al", NULL } },
	{ "is", "iz", "ise", 3, { "e", "es", "ed", "ing", "er", "ers",
	    "able", NULL } },
	{ "ys", "yz", "yse", 3, { "e", "ed", "ing", "er", "ers", NULL } },
	{ "tre", "ter", "tre", 2, { "", "s", NULL } },
	{ "tred", "tered", "tre", 2, { "", NULL } },
	{ "bre", "ber", "bre", 2, { "", "s", NULL } },
	{ "ell", "el", "el", 3, { "ed", "ing", "er", "ers", NULL } }
};

/* Apply the first rule that fits w; NULL when none does. */
static char *
claim_apply_rules(const char *w)
{
	const struct claim_rule	*r;
	size_t			 n = strlen(w), i, j, tl, fl, base;
	char			*kept, *out;
	bool			 keep;

	for (i = 0; i < UTIL_NELEM(claim_rules); i++) {
		r = &claim_rules[i];
		fl = strlen(r->from);
		for (j = 0; r->tails[j] != NULL; j++) {
			tl = strlen(r->tails[j]);
			if (n < fl + tl + r->minbase)
				continue;
			base = n - fl - tl;
			if (memcmp(w + base, r->from, fl) != 0 ||
			    strcmp(w + base + fl, r->tails[j]) != 0)
				continue;
			kept = xasprintf("%.*s%s", (int)base, w, r->keep);
			keep = claim_is_kept(kept);
			free(kept);
			if (keep)
				return NULL;
			out = xasprintf("%.*s%s%s", (int)base, w, r->to,
			    r->tails[j]);
			return out;
		}
	}
	return NULL;
}

char *
claim_normalise_word(const char *word, size_t len)
{
	char	*folded, *out;
	size_t	 n, i, j;

	folded = text_fold(word, len, &n);
	/* Digit groups: "50,000" is "50000". */
	if (n > 0 && folded[0] >= '0' && folded[0] <= '9') {
		for (i = j = 0; i < n; i++) {
			if (folded[i] != ',')
				folded[j++] = folded[i];
		}
		folded[j] = '\0';
		return folded;
	}
	out = claim_variant_of(folded);
	if (out == NULL)
		out = claim_apply_rules(folded);
	if (out == NULL)
		return folded;
	free(folded);
	return out;
}

struct sb_stemmer *
claim_stemmer_new(void)
{
	struct sb_stemmer	*st;

	st = sb_stemmer_new("english", NULL);
	if (st == NULL)
		die("cannot create the English stemmer");
	return st;
}

char *
claim_stem(struct sb_stemmer *st, const char *word)
{
	const sb_symbol	*s;

	s = sb_stemmer_stem(st, (const sb_symbol *)word, (int)strlen(word));
	if (s == NULL)
		die("out of memory in the stemmer");
	return xstrndup((const char *)s, (size_t)sb_stemmer_length(st));
}

/* Spelling pairs of transliterations, applied in this order. */
static const struct claim_variant claim_translit[] = {
	{ "dzh", "j" }, { "tsch", "ch" }, { "sch", "sh" }, { "tch", "ch" },
	{ "zh", "j" }, { "dj", "j" }, { "kh", "h" }, { "cks", "x" },
	{ "ks", "x" }, { "ck", "k" }, { "ph", "f" }, { "tz", "ts" },
	{ "ou", "u" }, { "gue", "ge" }, { "gui", "gi" }, { "w", "v" },
	{ "y", "i" }
};

/* Replace every from by to in s, in place (to is never longer). */
static void
claim_replace_all(char *s, const char *from, const char *to)
{
	size_t	fl = strlen(from), tl = strlen(to);
	char	*p = s, *q = s;

	while (*p != '\0') {
		if (strncmp(p, from, fl) == 0) {
			memcpy(q, to, tl);
			q += tl;
			p += fl;
		} else
			*q++ = *p++;
	}
	*q = '\0';
}

char *
claim_name_key(const char *name, size_t len)
{
	uint8_t	*nfd;
	size_t	 n, i, j;
	char	*k;

	nfd = u8_normalize(UNINORM_NFD, (const uint8_t *)name, len, NULL, &n);
	if (nfd == NULL)
		die("out of memory normalising a name");
	k = xmalloc(n + 1);
	for (i = j = 0; i < n; i++) {
		if (nfd[i] >= 'A' && nfd[i] <= 'Z')
			k[j++] = (char)(nfd[i] - 'A' + 'a');
		else if (nfd[i] >= 'a' && nfd[i] <= 'z')
			k[j++] = (char)nfd[i];
	}
	k[j] = '\0';
	free(nfd);
	if (j == 0) {
		/* Not Latin: the folded name is its own key. */
		free(k);
		return text_fold(name, len, NULL);
	}
	for (i = 0; i < UTIL_NELEM(claim_translit); i++)
		claim_replace_all(k, claim_translit[i].from,
		    claim_translit[i].to);
	if (strncmp(k, "ie", 2) == 0)
		memmove(k, k + 1, strlen(k));
	claim_replace_all(k, "ie", "i");
	for (i = j = 0; k[i] != '\0'; i++) {
		if (j == 0 || k[j - 1] != k[i])
			k[j++] = k[i];
	}
	k[j] = '\0';
	if (j > 3 && k[j - 1] == 'e')
		k[j - 1] = '\0';
	return k;
}
