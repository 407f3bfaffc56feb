/*
 * claim: the claims of an article and the features they are matched by.
 * Every sentence of a body is a claim, and so is every quotation (with its
 * speaker).  A claim carries its words (folded, British spellings made one
 * form), their stems, the phonetic keys of the names it mentions and the
 * figures it states, parsed and normalised ("$100mn" = "100 million
 * dollars").  Features are computed once, at import, and persisted through
 * claim_features_encode().  No store, no curses, no matching here.
 */
#ifndef PARALLAX_CLAIM_H
#define PARALLAX_CLAIM_H

#include <stdbool.h>
#include <stddef.h>

enum claim_kind {
	CLAIM_STATEMENT,	/* a sentence without a figure */
	CLAIM_FIGURE,		/* a sentence that states a figure */
	CLAIM_QUOTE		/* a quotation, with its speaker */
};

/* What a figure measures. */
enum claim_unit {
	CLAIM_UNIT_COUNT,	/* a plain number, often of a noun */
	CLAIM_UNIT_PERCENT,
	CLAIM_UNIT_USD,
	CLAIM_UNIT_GBP,
	CLAIM_UNIT_EUR,
	CLAIM_UNIT_YEAR,	/* a bare year: "in 2023" */
	CLAIM_UNIT_DATE		/* month/day[/year] and/or a weekday */
};

/* The words that hedge a figure; kept apart from its value. */
enum claim_qualifier {
	CLAIM_QUAL_NONE,
	CLAIM_QUAL_ABOUT,	/* about, some, around, roughly */
	CLAIM_QUAL_MORE_THAN,	/* more than, over, above, hundreds of */
	CLAIM_QUAL_LESS_THAN,	/* less than, fewer than, under, below */
	CLAIM_QUAL_NEARLY,	/* nearly, almost, close to */
	CLAIM_QUAL_AT_LEAST,
	CLAIM_QUAL_UP_TO	/* up to, as many as */
};

/*
 * A figure.  value is normalised (100e6 for "$100mn", 90 for "90 per
 * cent"); for CLAIM_UNIT_DATE value is 0 and month (1-12), day (1-31),
 * year and weekday (1 = Monday … 7 = Sunday) say what is known, 0 meaning
 * unknown.  noun is the stem of the noun the figure counts ("personnel")
 * or NULL.  start/end are byte offsets into the text the claim was cut
 * from (the body).
 */
struct claim_figure {
	double			 value;
	enum claim_unit		 unit;
	enum claim_qualifier	 qualifier;
	char			*noun;
	int			 month;
	int			 day;
	int			 year;
	int			 weekday;
	size_t			 start;
	size_t			 end;
};

/* Flags of a claim word. */
#define CLAIM_WORD_STOP	0x1	/* a stop word: ignored by word overlap */
#define CLAIM_WORD_NAME	0x2	/* capitalised: has a name key */

/*
 * One word of a claim, in order.  word is folded (text_fold()) with
 * British spellings made American; stem is its Snowball stem (the term
 * that document frequencies count); name is the transliteration key of a
 * capitalised word (CLAIM_WORD_NAME), NULL otherwise.
 */
struct claim_word {
	char		*word;
	char		*stem;
	char		*name;
	unsigned	 flags;
};

/*
 * A claim: a span [start, end) of the body, its kind, for a quotation the
 * span of its speaker (speaker_start == speaker_end when unknown), and its
 * features.  The claim owns its arrays and strings: the words' strings are
 * one block, strings, or (strings NULL) each allocated on its own.
 */
struct claim {
	enum claim_kind		 kind;
	size_t			 start;
	size_t			 end;
	size_t			 speaker_start;
	size_t			 speaker_end;
	struct claim_word	*words;
	size_t			 nwords;
	char			*strings;
	struct claim_figure	*figures;
	size_t			 nfigures;
};

/* The claims of one article. */
struct claim_list {
	struct claim	*claims;
	size_t		 nclaims;
};

/*
 * The version of the rules that cut a body into claims and compute their
 * features (segment, claim, its figures and words): stored with each
 * article's claims, so that `parallax reindex` can cut again the articles
 * an older parallax cut.  Raise it whenever claim_extract() or
 * claim_features_encode() gives something else for some text; test-claim's
 * test_claim_cut_version says when (its checksum of the fixtures' claims).
 */
#define CLAIM_CUT_VERSION	5

/*
 * Cut a clean body (len bytes of UTF-8, as stored) into claims: one per
 * sentence, in order, then one per quotation with its speaker.  Fills
 * *out; free with claim_list_fini().  Never fails.
 */
void	 claim_extract(const char *body, size_t len, struct claim_list *out);

/* Free the claims of a list; the struct itself is the caller's. */
void	 claim_list_fini(struct claim_list *l);

/*
 * Compute the features of the span [start, end) of text into *c, which
 * is overwritten (kind becomes CLAIM_FIGURE or CLAIM_STATEMENT, no
 * speaker).  Offsets of figures are relative to text.  Free with
 * claim_fini().  Never fails.
 */
void	 claim_init(struct claim *c, const char *text, size_t start,
	    size_t end);

/* Free what a claim owns (not the struct). */
void	 claim_fini(struct claim *c);

/*
 * Parse the figures of len bytes of text (offsets relative to text).
 * Returns their count and sets *figs to a malloc'd array (NULL when none)
 * that the caller frees with claim_figures_free().
 */
size_t	 claim_figures(const char *text, size_t len,
	    struct claim_figure **figs);
void	 claim_figures_free(struct claim_figure *figs, size_t n);

/*
 * A figure as text for people and for explanations: "about 50000
 * personnel", "more than usd 100000000", "90%", "year 1998",
 * "date 11-18", "date 2023-11-18 tuesday".  Caller frees.
 */
char	*claim_figure_text(const struct claim_figure *f);

/* True when two figures state the same thing: unit, value, noun (when
 * both have one; "people" agrees with any) and a compatible qualifier
 * ("about" agrees with none). */
bool	 claim_figure_is_same(const struct claim_figure *a,
	    const struct claim_figure *b);

/* True when two figures speak of the same quantity (same unit, same noun
 * or one without noun), whatever their values. */
bool	 claim_figure_is_comparable(const struct claim_figure *a,
	    const struct claim_figure *b);

/*
 * Fold one word for matching: text_fold() and then British spellings
 * made one form ("defence" -> "defense", "organisation" ->
 * "organization", "centre" -> "center", "colour" -> "color",
 * "travelled" -> "traveled", "analyse" -> "analyze").  Caller frees.
 */
char	*claim_normalise_word(const char *word, size_t len);

/*
 * The transliteration key of a name: accents dropped, lower case, then
 * variant spellings made one ("Evgeny"/"Yevgeny", "Prigozhin"/
 * "Prigojine", "Aleksei"/"Alexei", "Putin"/"Poutine").  Caller frees.
 */
char	*claim_name_key(const char *name, size_t len);

/* True when the folded word (NUL-terminated) is one of our stop words. */
bool	 claim_is_stop_word(const char *word);

/* The lower-case name of a kind, unit or qualifier ("figure", "usd",
 * "more than"); "" for CLAIM_QUAL_NONE. */
const char *claim_kind_name(enum claim_kind k);
const char *claim_unit_name(enum claim_unit u);
const char *claim_qualifier_name(enum claim_qualifier q);

/*
 * The features of a claim (everything in struct claim) as a compact,
 * line-based text for a TEXT column.  Caller frees.
 */
char	*claim_features_encode(const struct claim *c);

/*
 * Read back what claim_features_encode() wrote (len bytes) into *c, which
 * is overwritten.  Returns 0, or -1 with *cause set (caller frees) and *c
 * left empty (claim_fini() is still safe).
 */
int	 claim_features_decode(const char *s, size_t len, struct claim *c,
	    char **cause);

#endif
