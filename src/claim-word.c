/*
 * claim-word: the word-level features of claims.  Stop words, British
 * spellings made one form before stemming, irregular past forms stemmed
 * as their verb, the Snowball stemmer, the transliteration key that lets
 * "Yevgeny Prigojine" meet "Evgeny Prigozhin", and each thread's cache of
 * the words it has seen with their features (folding and stemming are
 * most of the cost of cutting an article).  Works on single words only:
 * no sentences, no figures.
 */
#include "parallax/claim.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <unictype.h>
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

/*
 * Irregular past forms and the verb they are stemmed as, so that "stole"
 * meets "stolen" and "steals" ("struck", "strike").  Sorted by form.
 * Forms that are more often other words ("left", "saw", "bound") are
 * left out.
 */
static const struct claim_variant claim_irregular[] = {
	{ "arisen", "arise" }, { "arose", "arise" }, { "ate", "eat" },
	{ "awoke", "awake" }, { "bade", "bid" }, { "beaten", "beat" },
	{ "became", "become" }, { "began", "begin" }, { "begot", "beget" },
	{ "begun", "begin" }, { "beheld", "behold" }, { "bent", "bend" },
	{ "bidden", "bid" }, { "bit", "bite" }, { "bitten", "bite" },
	{ "bled", "bleed" }, { "blew", "blow" }, { "blown", "blow" },
	{ "borne", "bear" }, { "bought", "buy" }, { "bred", "breed" },
	{ "broke", "break" }, { "broken", "break" }, { "brought", "bring" },
	{ "built", "build" }, { "came", "come" }, { "caught", "catch" },
	{ "chose", "choose" }, { "chosen", "choose" }, { "clung", "cling" },
	{ "crept", "creep" }, { "dealt", "deal" }, { "did", "do" },
	{ "done", "do" }, { "drawn", "draw" }, { "drew", "draw" },
	{ "driven", "drive" }, { "drove", "drive" }, { "dug", "dig" },
	{ "eaten", "eat" }, { "fallen", "fall" }, { "fed", "feed" },
	{ "fell", "fall" }, { "felt", "feel" }, { "fled", "flee" },
	{ "flew", "fly" }, { "flown", "fly" }, { "forbade", "forbid" },
	{ "forbidden", "forbid" }, { "foresaw", "foresee" },
	{ "foreseen", "foresee" }, { "forgave", "forgive" },
	{ "forgiven", "forgive" }, { "forgot", "forget" },
	{ "forgotten", "forget" }, { "forsook", "forsake" },
	{ "fought", "fight" }, { "found", "find" }, { "froze", "freeze" },
	{ "frozen", "freeze" }, { "gave", "give" }, { "given", "give" },
	{ "gone", "go" }, { "got", "get" }, { "gotten", "get" },
	{ "grew", "grow" }, { "grown", "grow" }, { "heard", "hear" },
	{ "held", "hold" }, { "hid", "hide" }, { "hidden", "hide" },
	{ "hung", "hang" }, { "kept", "keep" }, { "knew", "know" },
	{ "known", "know" }, { "led", "lead" }, { "lent", "lend" },
	{ "lost", "lose" }, { "made", "make" }, { "meant", "mean" },
	{ "met", "meet" }, { "mistaken", "mistake" },
	{ "mistook", "mistake" }, { "outgrew", "outgrow" },
	{ "outran", "outrun" }, { "overcame", "overcome" },
	{ "overran", "overrun" }, { "oversaw", "oversee" },
	{ "overseen", "oversee" }, { "overtaken", "overtake" },
	{ "overtook", "overtake" }, { "paid", "pay" }, { "ran", "run" },
	{ "rang", "ring" }, { "rebuilt", "rebuild" }, { "reran", "rerun" },
	{ "resold", "resell" }, { "retaken", "retake" },
	{ "retook", "retake" }, { "ridden", "ride" }, { "risen", "rise" },
	{ "rode", "ride" }, { "rose", "rise" }, { "said", "say" },
	{ "sank", "sink" }, { "sat", "sit" }, { "seen", "see" },
	{ "sent", "send" }, { "shaken", "shake" }, { "shone", "shine" },
	{ "shook", "shake" }, { "shot", "shoot" }, { "showed", "show" },
	{ "shown", "show" }, { "shrank", "shrink" }, { "slain", "slay" },
	{ "slept", "sleep" }, { "slew", "slay" }, { "slid", "slide" },
	{ "sold", "sell" }, { "sought", "seek" }, { "spat", "spit" },
	{ "sped", "speed" }, { "spent", "spend" }, { "spilt", "spill" },
	{ "spoke", "speak" }, { "spoken", "speak" }, { "sprang", "spring" },
	{ "spun", "spin" }, { "stole", "steal" }, { "stolen", "steal" },
	{ "stood", "stand" }, { "stridden", "stride" },
	{ "strode", "stride" }, { "strove", "strive" },
	{ "struck", "strike" }, { "stuck", "stick" }, { "stung", "sting" },
	{ "sunk", "sink" }, { "swam", "swim" }, { "swept", "sweep" },
	{ "swore", "swear" }, { "sworn", "swear" }, { "swung", "swing" },
	{ "taken", "take" }, { "taught", "teach" }, { "thought", "think" },
	{ "threw", "throw" }, { "thrown", "throw" }, { "told", "tell" },
	{ "took", "take" }, { "tore", "tear" }, { "torn", "tear" },
	{ "undercut", "undercut" }, { "undergone", "undergo" },
	{ "understood", "understand" }, { "undertaken", "undertake" },
	{ "undertook", "undertake" }, { "underwent", "undergo" },
	{ "upheld", "uphold" }, { "went", "go" }, { "wept", "weep" },
	{ "withdrawn", "withdraw" }, { "withdrew", "withdraw" },
	{ "withheld", "withhold" }, { "withstood", "withstand" },
	{ "woke", "wake" }, { "woken", "wake" }, { "won", "win" },
	{ "wore", "wear" }, { "worn", "wear" }, { "written", "write" },
	{ "wrote", "write" }, { "wrung", "wring" }
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
	char				 tmp[64];

	v = bsearch(w, claim_variants, UTIL_NELEM(claim_variants),
	    sizeof claim_variants[0], claim_cmp_variant);
	if (v != NULL)
		return xstrdup(v->to);
	if (n < 2 || n > sizeof tmp || w[n - 1] != 's')
		return NULL;
	memcpy(tmp, w, n - 1);
	tmp[n - 1] = '\0';
	v = bsearch(tmp, claim_variants, UTIL_NELEM(claim_variants),
	    sizeof claim_variants[0], claim_cmp_variant);
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
		if (strstr(w, r->from) == NULL)
			continue;
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

char *
claim_stem(struct sb_stemmer *st, const char *word)
{
	const sb_symbol	*s;

	s = sb_stemmer_stem(st, (const sb_symbol *)word, (int)strlen(word));
	if (s == NULL)
		die("out of memory in the stemmer");
	return xstrndup((const char *)s, (size_t)sb_stemmer_length(st));
}

/*
 * The thread's cache: the words seen, by their bytes in the text, with
 * their features.  Open addressing; entries own their strings.  Emptied
 * when it holds CLAIM_CACHE_MAX words, so that it stays a few megabytes.
 */
#define CLAIM_CACHE_MAX	32768

struct claim_cache_entry {
	char			*raw;		/* NULL: an empty slot */
	size_t			 rawlen;
	unsigned long long	 hash;
	struct claim_word	 w;
};

struct claim_cache {
	struct sb_stemmer		*st;
	struct claim_cache_entry	*e;
	size_t				 cap;
	size_t				 n;
};

static _Thread_local struct claim_cache *claim_cache_tls;
static pthread_key_t claim_cache_key;
static pthread_once_t claim_cache_once = PTHREAD_ONCE_INIT;

static void
claim_cache_clear(struct claim_cache *cc)
{
	struct claim_cache_entry	*e;
	size_t				 i;

	for (i = 0; i < cc->cap; i++) {
		e = &cc->e[i];
		if (e->raw == NULL)
			continue;
		free(e->raw);
		free(e->w.word);
		free(e->w.stem);
		free(e->w.name);
		memset(e, 0, sizeof *e);
	}
	cc->n = 0;
}

/* The destructor of the thread's cache. */
static void
claim_cache_free(void *arg)
{
	struct claim_cache	*cc = arg;

	claim_cache_clear(cc);
	free(cc->e);
	sb_stemmer_delete(cc->st);
	free(cc);
}

/* At exit, the cache of the thread that exits (the others' are freed by
 * the key's destructor when they end). */
static void
claim_cache_exit(void)
{
	struct claim_cache	*cc = claim_cache_tls;

	if (cc == NULL)
		return;
	claim_cache_tls = NULL;
	(void)pthread_setspecific(claim_cache_key, NULL);
	claim_cache_free(cc);
}

static void
claim_cache_key_init(void)
{
	if (pthread_key_create(&claim_cache_key, claim_cache_free) != 0)
		die("cannot create a thread key");
	if (atexit(claim_cache_exit) != 0)
		die("cannot register the word cache's exit");
}

static struct claim_cache *
claim_cache(void)
{
	struct claim_cache	*cc = claim_cache_tls;

	if (cc != NULL)
		return cc;
	pthread_once(&claim_cache_once, claim_cache_key_init);
	cc = xcalloc(1, sizeof *cc);
	cc->st = sb_stemmer_new("english", NULL);
	if (cc->st == NULL)
		die("cannot create the English stemmer");
	cc->cap = 1024;
	cc->e = xcalloc(cc->cap, sizeof *cc->e);
	if (pthread_setspecific(claim_cache_key, cc) != 0)
		die("cannot set a thread key");
	claim_cache_tls = cc;
	return cc;
}

struct sb_stemmer *
claim_stemmer(void)
{
	return claim_cache()->st;
}

static struct claim_cache_entry *
claim_cache_slot(const struct claim_cache *cc, const char *raw, size_t len,
    unsigned long long h)
{
	struct claim_cache_entry	*e;
	size_t				 i = (size_t)h & (cc->cap - 1);

	for (;;) {
		e = &cc->e[i];
		if (e->raw == NULL || (e->hash == h && e->rawlen == len &&
		    memcmp(e->raw, raw, len) == 0))
			return e;
		i = (i + 1) & (cc->cap - 1);
	}
}

/* Make room for n more words: empty the table when they would take it
 * past the most we keep, and double it until they fit. */
static void
claim_cache_room(struct claim_cache *cc, size_t n)
{
	struct claim_cache_entry	*old = cc->e, *e;
	size_t				 oldcap = cc->cap, i;

	if (cc->n + n > CLAIM_CACHE_MAX)
		claim_cache_clear(cc);
	if (2 * (cc->n + n) <= cc->cap)
		return;
	while (2 * (cc->n + n) > cc->cap)
		cc->cap *= 2;
	cc->e = xcalloc(cc->cap, sizeof *cc->e);
	for (i = 0; i < oldcap; i++) {
		if (old[i].raw == NULL)
			continue;
		e = claim_cache_slot(cc, old[i].raw, old[i].rawlen,
		    old[i].hash);
		*e = old[i];
	}
	free(old);
}

/* The length of a name less a possessive "'s" or "’s". */
static size_t
claim_name_len(const char *w, size_t len)
{
	if (len > 2 && w[len - 2] == '\'' && (w[len - 1] == 's' ||
	    w[len - 1] == 'S'))
		return len - 2;
	if (len > 4 && memcmp(w + len - 4, "\xe2\x80\x99", 3) == 0 &&
	    (w[len - 1] == 's' || w[len - 1] == 'S'))
		return len - 4;
	return len;
}

/* The features of one word, computed afresh. */
static void
claim_word_make(struct sb_stemmer *st, const char *s, size_t len,
    struct claim_word *w)
{
	const struct claim_variant	*irr;
	uint32_t			 uc;

	memset(w, 0, sizeof *w);
	w->word = claim_normalise_word(s, len);
	irr = bsearch(w->word, claim_irregular, UTIL_NELEM(claim_irregular),
	    sizeof claim_irregular[0], claim_cmp_variant);
	w->stem = claim_stem(st, irr != NULL ? irr->to : w->word);
	if (claim_is_stop_word(w->word))
		w->flags |= CLAIM_WORD_STOP;
	text_next(s, len, &uc);
	if (uc_is_upper(uc) && (w->flags & CLAIM_WORD_STOP) == 0) {
		w->flags |= CLAIM_WORD_NAME;
		w->name = claim_name_key(w->word,
		    claim_name_len(w->word, strlen(w->word)));
		if (*w->name == '\0') {
			free(w->name);
			w->name = xstrdup(w->stem);
		}
	}
}

void
claim_words_reserve(size_t n)
{
	claim_cache_room(claim_cache(), n);
}

const struct claim_word *
claim_word_peek(const char *s, size_t len)
{
	struct claim_cache		*cc = claim_cache();
	struct claim_cache_entry	*e;
	unsigned long long		 h;

	h = util_hash64(s, len);
	e = claim_cache_slot(cc, s, len, h);
	if (e->raw == NULL) {
		if (2 * (cc->n + 1) > cc->cap)
			die("claim_word_peek: no room reserved");
		e->raw = xstrndup(s, len);
		e->rawlen = len;
		e->hash = h;
		claim_word_make(cc->st, s, len, &e->w);
		cc->n++;
	}
	return &e->w;
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
