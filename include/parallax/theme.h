/*
 * theme: the colours and attributes of every element of the interface,
 * and theme files that change them.  A theme is a plain struct filled
 * without curses; the interface turns it into colour pairs.
 */
#ifndef PARALLAX_THEME_H
#define PARALLAX_THEME_H

#include <stdbool.h>
#include <stddef.h>

/* Colour numbers used in the element table: the terminal's default, the
 * eight ANSI colours and their bright variants (8-15). */
#define THEME_DEFAULT	(-1)
#define THEME_BLACK	0
#define THEME_RED	1
#define THEME_GREEN	2
#define THEME_YELLOW	3
#define THEME_BLUE	4
#define THEME_MAGENTA	5
#define THEME_CYAN	6
#define THEME_WHITE	7
#define THEME_BRIGHT(c)	((c) + 8)

/* Attributes: our own bits, which the interface maps to A_* values. */
#define THEME_NORMAL	0x00u
#define THEME_BOLD	0x01u
#define THEME_UNDERLINE	0x02u
#define THEME_REVERSE	0x04u
#define THEME_DIM	0x08u
#define THEME_ITALIC	0x10u
#define THEME_BLINK	0x20u
#define THEME_STANDOUT	0x40u

/*
 * Every element: _(NAME, "name", fg, bg, attrs, "meaning"), making
 * THEME_EL_NAME.  The values are the built-in dark theme
 * (themes/default.theme says the same).
 */
#define THEME_ELEMENTS(_) \
	_(DEFAULT, "default", THEME_DEFAULT, THEME_DEFAULT, THEME_NORMAL, \
	    "ordinary text and the background of every pane") \
	_(PANE_TITLE, "pane_title", THEME_CYAN, THEME_DEFAULT, THEME_NORMAL, \
	    "the title of a pane that does not have the focus") \
	_(PANE_TITLE_FOCUS, "pane_title_focus", THEME_BLACK, THEME_CYAN, \
	    THEME_BOLD, "the title of the pane that has the focus") \
	_(BORDER, "border", THEME_BLUE, THEME_DEFAULT, THEME_NORMAL, \
	    "the lines between panes") \
	_(STATUS, "status", THEME_WHITE, THEME_BLUE, THEME_NORMAL, \
	    "the status line at the bottom") \
	_(MESSAGE, "message", THEME_GREEN, THEME_DEFAULT, THEME_NORMAL, \
	    "a message on the message line") \
	_(ERROR, "error", THEME_RED, THEME_DEFAULT, THEME_BOLD, \
	    "an error on the message line") \
	_(CURSOR, "cursor", THEME_BLACK, THEME_WHITE, THEME_NORMAL, \
	    "the selected line of a list") \
	_(STORY, "story", THEME_DEFAULT, THEME_DEFAULT, THEME_BOLD, \
	    "a story title in the sources pane") \
	_(ARTICLE, "article", THEME_DEFAULT, THEME_DEFAULT, THEME_NORMAL, \
	    "an article (its outlet) under a story in the sources pane") \
	_(BAR_SHARED, "bar_shared", THEME_GREEN, THEME_DEFAULT, THEME_NORMAL, \
	    "the part of an article's bar for claims other outlets carry") \
	_(BAR_UNIQUE, "bar_unique", THEME_YELLOW, THEME_DEFAULT, \
	    THEME_NORMAL, "the part of an article's bar for claims no " \
	    "other outlet carries") \
	_(HEADLINE, "headline", THEME_WHITE, THEME_DEFAULT, THEME_BOLD, \
	    "the headline of the article being read") \
	_(META, "meta", THEME_CYAN, THEME_DEFAULT, THEME_NORMAL, \
	    "the outlet, author and date under a headline") \
	_(CLAIM_MANY, "claim_many", THEME_GREEN, THEME_DEFAULT, THEME_BOLD, \
	    "a claim carried by three outlets or more") \
	_(CLAIM_TWO, "claim_two", THEME_CYAN, THEME_DEFAULT, THEME_NORMAL, \
	    "a claim carried by two outlets") \
	_(CLAIM_UNIQUE, "claim_unique", THEME_DEFAULT, THEME_DEFAULT, \
	    THEME_NORMAL, "a claim only this outlet carries") \
	_(CLAIM_DIFF, "claim_diff", THEME_RED, THEME_DEFAULT, \
	    THEME_UNDERLINE, "a claim on which the outlets differ " \
	    "(a figure, a date or a speaker)") \
	_(CLAIM_CURSOR, "claim_cursor", THEME_BLACK, THEME_YELLOW, \
	    THEME_NORMAL, "the claim under the cursor") \
	_(SPEAKER, "speaker", THEME_MAGENTA, THEME_DEFAULT, THEME_NORMAL, \
	    "the person a quotation is attributed to") \
	_(DIFF_WORD, "diff_word", THEME_RED, THEME_DEFAULT, THEME_BOLD, \
	    "words that differ between two wordings, in the sidebar and " \
	    "the compare view") \
	_(MENTION, "mention", THEME_DEFAULT, THEME_DEFAULT, THEME_NORMAL, \
	    "another outlet's wording of a claim in the sidebar") \
	_(OUTLET, "outlet", THEME_YELLOW, THEME_DEFAULT, THEME_NORMAL, \
	    "an outlet's name in the sidebar, compare and matrix views") \
	_(SEARCH_HIT, "search_hit", THEME_BLACK, THEME_YELLOW, THEME_NORMAL, \
	    "the words that matched a search") \
	_(PROMPT, "prompt", THEME_DEFAULT, THEME_DEFAULT, THEME_BOLD, \
	    "the search prompt and what is typed into it") \
	_(HELP_KEY, "help_key", THEME_YELLOW, THEME_DEFAULT, THEME_BOLD, \
	    "a key name in the help overlay") \
	_(MATRIX_CARRIES, "matrix_carries", THEME_GREEN, THEME_DEFAULT, \
	    THEME_BOLD, "a matrix cell: the outlet carries the claim") \
	_(MATRIX_MISSING, "matrix_missing", THEME_DEFAULT, THEME_DEFAULT, \
	    THEME_DIM, "a matrix cell: the outlet does not carry the claim") \
	_(MATRIX_DIFFERS, "matrix_differs", THEME_RED, THEME_DEFAULT, \
	    THEME_BOLD, "a matrix cell: the outlet carries the claim " \
	    "differently") \
	_(EMPTY, "empty", THEME_YELLOW, THEME_DEFAULT, THEME_NORMAL, \
	    "the notice shown when the store holds no articles")

enum theme_element {
#define THEME_ELEMENT_ENUM(n, s, f, b, a, m) THEME_EL_##n,
	THEME_ELEMENTS(THEME_ELEMENT_ENUM)
#undef THEME_ELEMENT_ENUM
	THEME__MAX
};

/*
 * A colour: index is -1 (the terminal's default) or 0-255.  A colour
 * written #rrggbb has rgb set with r, g, b, and index is the nearest
 * colour of the xterm 256-colour palette for terminals without direct
 * colour.
 */
struct theme_color {
	int		index;
	bool		rgb;
	unsigned char	r, g, b;
};

struct theme_style {
	struct theme_color	fg;
	struct theme_color	bg;
	unsigned		attrs;	/* THEME_BOLD | ... */
};

struct theme {
	struct theme_style	el[THEME__MAX];
};

/* The longest string theme_color_string() writes, with its NUL. */
#define THEME_COLOR_MAX	16

/* Fill theme with the built-in dark theme. */
void		 theme_init_default(struct theme *theme);

/* "claim_many" for THEME_EL_CLAIM_MANY; NULL when out of range.  Static. */
const char	*theme_element_name(enum theme_element el);

/* The element of a name; -1 when unknown. */
int		 theme_element_from_name(const char *name);

/* What an element is, for the manual.  Static. */
const char	*theme_element_meaning(enum theme_element el);

/*
 * Parse a colour: "default", black red green yellow blue magenta cyan
 * white, brightblack ... brightwhite (8-15), colorN (0-255) or #rrggbb,
 * ignoring case.  Returns 0, or -1 when s is not a colour.
 */
int		 theme_parse_color(const char *s, struct theme_color *out);

/* Parse one attribute name (bold underline reverse dim italic blink
 * standout normal) into its bit (THEME_NORMAL is 0); -1 when unknown. */
int		 theme_parse_attr(const char *s, unsigned *out);

/* Write a colour as a theme file would ("default", "red", "color208",
 * "#ff8700") into buf (THEME_COLOR_MAX bytes) and return buf. */
const char	*theme_color_string(const struct theme_color *c, char *buf);

/* Attributes as a theme file would write them, separated by spaces;
 * "normal" for none.  Caller frees. */
char		*theme_attrs_string(unsigned attrs);

/* The nearest colour of the xterm 256-colour palette to r, g, b (16-255). */
int		 theme_rgb_to_256(unsigned char r, unsigned char g,
		     unsigned char b);

/*
 * The colour number to use on a terminal with ncolors colours (8, 16,
 * 256 or more): -1 for the default, the index when the terminal has it,
 * else the nearest colour it has (bright colours fold onto the eight
 * plain ones on 8-colour terminals).
 */
int		 theme_color_index(const struct theme_color *c, int ncolors);

/*
 * Set one element from the words of a `color` line: element, fg, bg and
 * zero or more attributes.  On error returns -1 with *cause (caller
 * frees; no file:line prefix) and leaves the theme unchanged.
 */
int		 theme_set(struct theme *theme, const char *element,
		     const char *fg, const char *bg, char *const *attrs,
		     size_t nattrs, char **cause);

/*
 * Split one line of a theme or configuration file into words.  Blanks
 * separate words; "double quotes" (with \" and \\) and 'single quotes'
 * keep blanks and # inside a word; an unquoted word starting with #
 * begins a comment unless the word is a #rrggbb colour.  Sets *words
 * (free with theme_free_words) and *nwords; returns 0, or -1 with *cause
 * for an unterminated quote.
 */
int		 theme_split_line(const char *line, char ***words,
		     size_t *nwords, char **cause);

/* Free what theme_split_line() returned. */
void		 theme_free_words(char **words, size_t nwords);

/*
 * Apply a theme file to theme: `color <element> <fg> <bg> [attrs...]`
 * lines, comments (#) and blank lines.  Valid lines apply even when
 * others fail.  Every error ("path:line: message", or "path: reason" when
 * the file cannot be read) is appended to errors and nerrors (free with
 * theme_free_words).  Returns 0, or -1 when there was any error.
 */
int		 theme_load_all(struct theme *theme, const char *path,
		     char ***errors, size_t *nerrors);

/* As theme_load_all(), reporting only the first error in *cause (caller
 * frees). */
int		 theme_load(struct theme *theme, const char *path,
		     char **cause);

/*
 * Find a theme file: when name holds a '/' it is a path and is returned
 * as is if it can be read; otherwise the first dirs[i]/NAME.theme that
 * is a readable file.  Returns the path (caller frees) or NULL.
 */
char		*theme_find(const char *name, const char *const *dirs,
		     size_t ndirs);

/*
 * A version of in for terminals without colour: every colour becomes the
 * default and every distinction is made by attributes instead (claims
 * carried by many outlets bold, by two underlined, by one plain, with
 * differences bold and underlined; the cursor reversed...).  in and out
 * may be the same.
 */
void		 theme_monochrome(const struct theme *in, struct theme *out);

#endif
