/*
 * theme: colours and attributes of the interface's elements, theme files
 * and their words.  Fills a plain struct; must never include curses (the
 * interface maps our colours and attribute bits to its own).
 */
#include "parallax/theme.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parallax/util.h"

/* Theme files are small; anything bigger is a mistake. */
#define THEME_FILE_MAX	(1024 * 1024)

struct theme_info {
	const char	*name;
	int		 fg;
	int		 bg;
	unsigned	 attrs;
	const char	*meaning;
};

static const struct theme_info theme_table[THEME__MAX] = {
#define THEME_INFO(n, s, f, b, a, m) \
	[THEME_EL_##n] = { .name = s, .fg = f, .bg = b, .attrs = a, \
	    .meaning = m },
	THEME_ELEMENTS(THEME_INFO)
#undef THEME_INFO
};

/*
 * Attributes standing in for colour: each pair of elements that colour
 * alone tells apart in the same place gets different attributes.
 */
static const unsigned theme_mono[THEME__MAX] = {
	[THEME_EL_DEFAULT] = THEME_NORMAL,
	[THEME_EL_PANE_TITLE] = THEME_NORMAL,
	[THEME_EL_PANE_TITLE_FOCUS] = THEME_REVERSE | THEME_BOLD,
	[THEME_EL_BORDER] = THEME_NORMAL,
	[THEME_EL_STATUS] = THEME_REVERSE,
	[THEME_EL_MESSAGE] = THEME_BOLD,
	[THEME_EL_ERROR] = THEME_BOLD | THEME_UNDERLINE,
	[THEME_EL_CURSOR] = THEME_REVERSE,
	[THEME_EL_STORY] = THEME_BOLD,
	[THEME_EL_ARTICLE] = THEME_NORMAL,
	[THEME_EL_BAR_SHARED] = THEME_REVERSE,
	[THEME_EL_BAR_UNIQUE] = THEME_NORMAL,
	[THEME_EL_HEADLINE] = THEME_BOLD | THEME_UNDERLINE,
	[THEME_EL_META] = THEME_DIM,
	[THEME_EL_CLAIM_MANY] = THEME_BOLD,
	[THEME_EL_CLAIM_TWO] = THEME_UNDERLINE,
	[THEME_EL_CLAIM_UNIQUE] = THEME_NORMAL,
	[THEME_EL_CLAIM_DIFF] = THEME_BOLD | THEME_UNDERLINE,
	[THEME_EL_CLAIM_CURSOR] = THEME_REVERSE,
	[THEME_EL_SPEAKER] = THEME_ITALIC | THEME_UNDERLINE,
	[THEME_EL_DIFF_WORD] = THEME_BOLD | THEME_UNDERLINE,
	[THEME_EL_MENTION] = THEME_NORMAL,
	[THEME_EL_OUTLET] = THEME_BOLD,
	[THEME_EL_SEARCH_HIT] = THEME_REVERSE,
	[THEME_EL_PROMPT] = THEME_BOLD,
	[THEME_EL_HELP_KEY] = THEME_BOLD,
	[THEME_EL_MATRIX_CARRIES] = THEME_BOLD,
	[THEME_EL_MATRIX_MISSING] = THEME_DIM,
	[THEME_EL_MATRIX_DIFFERS] = THEME_REVERSE,
	[THEME_EL_EMPTY] = THEME_BOLD,
};

static const char *const theme_color_names[16] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
	"brightblack", "brightred", "brightgreen", "brightyellow",
	"brightblue", "brightmagenta", "brightcyan", "brightwhite",
};

static const struct {
	const char	*name;
	unsigned	 bit;
} theme_attr_names[] = {
	{ "bold", THEME_BOLD },
	{ "underline", THEME_UNDERLINE },
	{ "reverse", THEME_REVERSE },
	{ "dim", THEME_DIM },
	{ "italic", THEME_ITALIC },
	{ "blink", THEME_BLINK },
	{ "standout", THEME_STANDOUT },
	{ "normal", THEME_NORMAL },
};

/* The xterm palette's first 16 colours, to fold 256 colours onto 16. */
static const unsigned char theme_ansi_rgb[16][3] = {
	{ 0, 0, 0 }, { 205, 0, 0 }, { 0, 205, 0 }, { 205, 205, 0 },
	{ 0, 0, 238 }, { 205, 0, 205 }, { 0, 205, 205 }, { 229, 229, 229 },
	{ 127, 127, 127 }, { 255, 0, 0 }, { 0, 255, 0 }, { 255, 255, 0 },
	{ 92, 92, 255 }, { 255, 0, 255 }, { 0, 255, 255 }, { 255, 255, 255 },
};

/* The six levels of each axis of the xterm colour cube (16-231). */
static const unsigned char theme_cube[6] = { 0, 95, 135, 175, 215, 255 };

static struct theme_color
theme_plain(int index)
{
	struct theme_color c = { .index = index };

	return c;
}

void
theme_init_default(struct theme *theme)
{
	size_t	i;

	for (i = 0; i < THEME__MAX; i++) {
		theme->el[i].fg = theme_plain(theme_table[i].fg);
		theme->el[i].bg = theme_plain(theme_table[i].bg);
		theme->el[i].attrs = theme_table[i].attrs;
	}
}

const char *
theme_element_name(enum theme_element el)
{
	if ((unsigned)el >= THEME__MAX)
		return NULL;
	return theme_table[el].name;
}

int
theme_element_from_name(const char *name)
{
	size_t	i;

	for (i = 0; i < THEME__MAX; i++) {
		if (strcmp(theme_table[i].name, name) == 0)
			return (int)i;
	}
	return -1;
}

const char *
theme_element_meaning(enum theme_element el)
{
	if ((unsigned)el >= THEME__MAX)
		return NULL;
	return theme_table[el].meaning;
}

static unsigned
theme_dist(int r1, int g1, int b1, int r2, int g2, int b2)
{
	return (unsigned)((r1 - r2) * (r1 - r2) + (g1 - g2) * (g1 - g2) +
	    (b1 - b2) * (b1 - b2));
}

/* The rgb of an xterm palette colour. */
static void
theme_index_rgb(int index, int *r, int *g, int *b)
{
	if (index < 16) {
		*r = theme_ansi_rgb[index][0];
		*g = theme_ansi_rgb[index][1];
		*b = theme_ansi_rgb[index][2];
	} else if (index < 232) {
		index -= 16;
		*r = theme_cube[index / 36];
		*g = theme_cube[(index / 6) % 6];
		*b = theme_cube[index % 6];
	} else
		*r = *g = *b = 8 + 10 * (index - 232);
}

int
theme_rgb_to_256(unsigned char r, unsigned char g, unsigned char b)
{
	int		best = 16, i, cr, cg, cb;
	unsigned	d, bestd = ~0u;

	for (i = 16; i < 256; i++) {
		theme_index_rgb(i, &cr, &cg, &cb);
		d = theme_dist(r, g, b, cr, cg, cb);
		if (d < bestd) {
			bestd = d;
			best = i;
		}
	}
	return best;
}

int
theme_color_index(const struct theme_color *c, int ncolors)
{
	int		i, r, g, b, best = 0;
	unsigned	d, bestd = ~0u;

	if (c->index < 0)
		return -1;
	if (c->index < ncolors)
		return c->index;
	if (c->index < 16)
		return c->index - 8;
	theme_index_rgb(c->index, &r, &g, &b);
	for (i = 0; i < 16 && i < ncolors; i++) {
		d = theme_dist(r, g, b, theme_ansi_rgb[i][0],
		    theme_ansi_rgb[i][1], theme_ansi_rgb[i][2]);
		if (d < bestd) {
			bestd = d;
			best = i;
		}
	}
	return best;
}

static int
theme_hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* True when s is # followed by exactly six hexadecimal digits. */
static bool
theme_is_rgb(const char *s, size_t len)
{
	size_t	i;

	if (len != 7 || s[0] != '#')
		return false;
	for (i = 1; i < 7; i++) {
		if (theme_hex((unsigned char)s[i]) < 0)
			return false;
	}
	return true;
}

int
theme_parse_color(const char *s, struct theme_color *out)
{
	struct theme_color	c = { .index = -1 };
	const char		*p;
	size_t			 i;
	int			 n;

	if (strcasecmp(s, "default") == 0) {
		*out = c;
		return 0;
	}
	for (i = 0; i < UTIL_NELEM(theme_color_names); i++) {
		if (strcasecmp(s, theme_color_names[i]) == 0) {
			*out = theme_plain((int)i);
			return 0;
		}
	}
	if (theme_is_rgb(s, strlen(s))) {
		c.rgb = true;
		c.r = (unsigned char)(theme_hex(s[1]) * 16 + theme_hex(s[2]));
		c.g = (unsigned char)(theme_hex(s[3]) * 16 + theme_hex(s[4]));
		c.b = (unsigned char)(theme_hex(s[5]) * 16 + theme_hex(s[6]));
		c.index = theme_rgb_to_256(c.r, c.g, c.b);
		*out = c;
		return 0;
	}
	if (strncasecmp(s, "color", 5) == 0 ||
	    strncasecmp(s, "colour", 6) == 0) {
		p = s + (strncasecmp(s, "colour", 6) == 0 ? 6 : 5);
		if (*p == '\0' || strlen(p) > 3)
			return -1;
		for (n = 0; *p != '\0'; p++) {
			if (*p < '0' || *p > '9')
				return -1;
			n = n * 10 + (*p - '0');
		}
		if (n > 255)
			return -1;
		*out = theme_plain(n);
		return 0;
	}
	return -1;
}

int
theme_parse_attr(const char *s, unsigned *out)
{
	size_t	i;

	for (i = 0; i < UTIL_NELEM(theme_attr_names); i++) {
		if (strcasecmp(s, theme_attr_names[i].name) == 0) {
			*out = theme_attr_names[i].bit;
			return 0;
		}
	}
	return -1;
}

const char *
theme_color_string(const struct theme_color *c, char *buf)
{
	if (c->rgb)
		snprintf(buf, THEME_COLOR_MAX, "#%02x%02x%02x", c->r, c->g,
		    c->b);
	else if (c->index < 0)
		snprintf(buf, THEME_COLOR_MAX, "default");
	else if (c->index < 16)
		snprintf(buf, THEME_COLOR_MAX, "%s",
		    theme_color_names[c->index]);
	else
		snprintf(buf, THEME_COLOR_MAX, "color%d", c->index & 0xff);
	return buf;
}

char *
theme_attrs_string(unsigned attrs)
{
	struct buf	b;
	size_t		i;

	buf_init(&b);
	for (i = 0; i < UTIL_NELEM(theme_attr_names); i++) {
		if (theme_attr_names[i].bit == 0 ||
		    (attrs & theme_attr_names[i].bit) == 0)
			continue;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, theme_attr_names[i].name);
	}
	if (b.len == 0)
		buf_adds(&b, "normal");
	return buf_detach(&b, NULL);
}

int
theme_set(struct theme *theme, const char *element, const char *fg,
    const char *bg, char *const *attrs, size_t nattrs, char **cause)
{
	struct theme_style	st;
	unsigned		bit;
	size_t			i;
	int			el;

	if ((el = theme_element_from_name(element)) < 0) {
		*cause = xasprintf("unknown element: %s", element);
		return -1;
	}
	if (theme_parse_color(fg, &st.fg) != 0) {
		*cause = xasprintf("unknown colour: %s", fg);
		return -1;
	}
	if (theme_parse_color(bg, &st.bg) != 0) {
		*cause = xasprintf("unknown colour: %s", bg);
		return -1;
	}
	st.attrs = 0;
	for (i = 0; i < nattrs; i++) {
		if (theme_parse_attr(attrs[i], &bit) != 0) {
			*cause = xasprintf("unknown attribute: %s", attrs[i]);
			return -1;
		}
		st.attrs |= bit;
	}
	theme->el[el] = st;
	return 0;
}

static void
theme_push(char ***list, size_t *n, char *s)
{
	*list = xreallocarray(*list, *n + 1, sizeof **list);
	(*list)[(*n)++] = s;
}

/* Read one quoted word starting at *pp (on the quote) into b. */
static int
theme_quoted(const char **pp, struct buf *b, char **cause)
{
	const char	*p = *pp;
	char		 q = *p++;

	for (; *p != q; p++) {
		if (*p == '\0' || *p == '\n') {
			*cause = xasprintf("missing closing %c", q);
			return -1;
		}
		if (q == '"' && *p == '\\' && (p[1] == '"' || p[1] == '\\'))
			p++;
		buf_addc(b, *p);
	}
	*pp = p + 1;
	return 0;
}

int
theme_split_line(const char *line, char ***words, size_t *nwords,
    char **cause)
{
	const char	*p = line;
	struct buf	 b;
	size_t		 span;

	*words = NULL;
	*nwords = 0;
	for (;;) {
		p += strspn(p, " \t\r\n");
		if (*p == '\0')
			return 0;
		span = strcspn(p, " \t\r\n");
		if (*p == '#' && !theme_is_rgb(p, span))
			return 0;
		buf_init(&b);
		while (*p != '\0' && strchr(" \t\r\n", *p) == NULL) {
			if (*p == '"' || *p == '\'') {
				if (theme_quoted(&p, &b, cause) != 0) {
					buf_fini(&b);
					theme_free_words(*words, *nwords);
					*words = NULL;
					*nwords = 0;
					return -1;
				}
			} else
				buf_addc(&b, *p++);
		}
		theme_push(words, nwords, buf_detach(&b, NULL));
	}
}

void
theme_free_words(char **words, size_t nwords)
{
	size_t	i;

	for (i = 0; i < nwords; i++)
		free(words[i]);
	free(words);
}

/* Apply one line of a theme file; -1 with *cause (no prefix) on error. */
static int
theme_line(struct theme *theme, const char *line, char **cause)
{
	char	**w;
	size_t	  n;
	int	  rc = 0;

	if (theme_split_line(line, &w, &n, cause) != 0)
		return -1;
	if (n == 0)
		;
	else if (strcmp(w[0], "color") != 0 && strcmp(w[0], "colour") != 0) {
		*cause = xasprintf("unknown command: %s", w[0]);
		rc = -1;
	} else if (n < 4) {
		*cause = xasprintf("usage: color <element> <fg> <bg> "
		    "[attributes]");
		rc = -1;
	} else
		rc = theme_set(theme, w[1], w[2], w[3], w + 4, n - 4, cause);
	theme_free_words(w, n);
	return rc;
}

int
theme_load_all(struct theme *theme, const char *path, char ***errors,
    size_t *nerrors)
{
	char	*data, *cause, *line, *next;
	size_t	 len, lineno;
	int	 rc = 0;

	if (util_read_file(path, THEME_FILE_MAX, &data, &len, &cause) != 0) {
		theme_push(errors, nerrors, xasprintf("%s: %s", path, cause));
		free(cause);
		return -1;
	}
	for (line = data, lineno = 1; line != NULL; line = next, lineno++) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (theme_line(theme, line, &cause) != 0) {
			theme_push(errors, nerrors, xasprintf("%s:%zu: %s",
			    path, lineno, cause));
			free(cause);
			rc = -1;
		}
	}
	free(data);
	return rc;
}

int
theme_load(struct theme *theme, const char *path, char **cause)
{
	char	**errors = NULL;
	size_t	  nerrors = 0, i;

	if (theme_load_all(theme, path, &errors, &nerrors) == 0)
		return 0;
	*cause = errors[0];
	for (i = 1; i < nerrors; i++)
		free(errors[i]);
	free(errors);
	return -1;
}

static bool
theme_is_file(const char *path)
{
	struct stat	st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    access(path, R_OK) == 0;
}

char *
theme_find(const char *name, const char *const *dirs, size_t ndirs)
{
	char	*path;
	size_t	 i;

	if (*name == '\0')
		return NULL;
	if (strchr(name, '/') != NULL)
		return theme_is_file(name) ? xstrdup(name) : NULL;
	for (i = 0; i < ndirs; i++) {
		path = xasprintf("%s/%s.theme", dirs[i], name);
		if (theme_is_file(path))
			return path;
		free(path);
	}
	return NULL;
}

void
theme_monochrome(const struct theme *in, struct theme *out)
{
	size_t	i;

	if (out != in)
		*out = *in;
	for (i = 0; i < THEME__MAX; i++) {
		out->el[i].fg = theme_plain(-1);
		out->el[i].bg = theme_plain(-1);
		out->el[i].attrs = theme_mono[i];
	}
}
