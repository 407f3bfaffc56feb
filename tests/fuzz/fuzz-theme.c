/*
 * fuzz-theme: theme files and their parts on hostile bytes.  The input
 * is loaded as a theme file; every element keeps colours in -1..255 and
 * known attributes; every error is a "path:line: message"; every word of
 * every line that parses as a colour is written back and parsed again to
 * the same colour.
 */
#include "fuzz.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax/theme.h"

#define FUZZ_ATTRS (THEME_BOLD | THEME_UNDERLINE | THEME_REVERSE | \
	THEME_DIM | THEME_ITALIC | THEME_BLINK | THEME_STANDOUT)

static char	fuzz_path[64];

static void
fuzz_unlink(void)
{
	unlink(fuzz_path);
}

/* A scratch file, made once per process and removed at exit. */
static char *
fuzz_scratch(void)
{
	int	fd;

	if (fuzz_path[0] == '\0') {
		strcpy(fuzz_path, "/tmp/parallax-fuzz-theme.XXXXXX");
		FUZZ_CHECK((fd = mkstemp(fuzz_path)) != -1);
		close(fd);
		atexit(fuzz_unlink);
	}
	return fuzz_path;
}

static void
fuzz_color(const struct theme_color *c)
{
	FUZZ_CHECK(c->index >= -1 && c->index <= 255);
	FUZZ_CHECK(theme_color_index(c, 8) >= -1 &&
	    theme_color_index(c, 8) < 8);
	FUZZ_CHECK(theme_color_index(c, 16) < 16);
	FUZZ_CHECK(theme_color_index(c, 256) < 256);
}

static void
fuzz_theme(const struct theme *t)
{
	struct theme	mono;
	size_t		i;

	for (i = 0; i < THEME__MAX; i++) {
		fuzz_color(&t->el[i].fg);
		fuzz_color(&t->el[i].bg);
		FUZZ_CHECK((t->el[i].attrs & ~(unsigned)FUZZ_ATTRS) == 0);
	}
	theme_monochrome(t, &mono);
	for (i = 0; i < THEME__MAX; i++)
		FUZZ_CHECK(mono.el[i].fg.index == -1 &&
		    mono.el[i].bg.index == -1);
}

/* Every word that is a colour or an attribute reads back the same. */
static void
fuzz_words(const char *line)
{
	struct theme_color	 c, again;
	char			**w, *cause = NULL, *s;
	char			  buf[THEME_COLOR_MAX];
	size_t			 n, i;
	unsigned		 attr;

	if (theme_split_line(line, &w, &n, &cause) != 0) {
		FUZZ_CHECK(cause != NULL);
		free(cause);
		return;
	}
	for (i = 0; i < n; i++) {
		if (theme_parse_color(w[i], &c) == 0) {
			fuzz_color(&c);
			theme_color_string(&c, buf);
			FUZZ_CHECK(theme_parse_color(buf, &again) == 0);
			FUZZ_CHECK(again.index == c.index &&
			    again.rgb == c.rgb);
		}
		if (theme_parse_attr(w[i], &attr) == 0) {
			s = theme_attrs_string(attr);
			free(s);
		}
	}
	theme_free_words(w, n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct theme	  t;
	char		**errors = NULL, *path = fuzz_scratch();
	char		 *copy, *line, *next;
	size_t		  nerrors = 0, i;
	FILE		 *f;

	FUZZ_CHECK((f = fopen(path, "w")) != NULL);
	FUZZ_CHECK(fwrite(data, 1, size, f) == size && fclose(f) == 0);
	theme_init_default(&t);
	theme_load_all(&t, path, &errors, &nerrors);
	fuzz_theme(&t);
	for (i = 0; i < nerrors; i++)
		FUZZ_CHECK(strncmp(errors[i], path, strlen(path)) == 0);
	theme_free_words(errors, nerrors);
	FUZZ_CHECK((copy = malloc(size + 1)) != NULL);
	memcpy(copy, data, size);
	copy[size] = '\0';
	for (line = copy; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		fuzz_words(line);
	}
	free(copy);
	return 0;
}
