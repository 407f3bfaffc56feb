/*
 * screen-check: check a screen captured with `tmux capture-pane -p -N`
 * against the width that parallax itself gives text.  Reads the rows on
 * stdin and prints one line per problem on stdout (nothing when the
 * screen is right); exits 1 when there was a problem, 2 on a usage error.
 *   - there are ROWS rows;
 *   - every character is one that text_is_clean() accepts: no ESC, no C0
 *     or C1 control, no bidi control, no invisible character;
 *   - no row is wider than COLS columns as text_width() measures it (a
 *     row may be narrower: tmux keeps no cells for cleared ends of rows);
 *   - every box lines up: below each ┌ and ┐ of the first row there are
 *     only │ down to the └ and ┘ that close it, in the same columns.
 * A character that curses and the terminal place in a different column
 * than parallax computed shows up as a row too wide or a frame out of
 * line.  It is the interface tests' ruler, never used by parallax; it
 * measures in the locale of its environment, as the interface does.
 */
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/text.h"

#define SC_MAX_ROWS	500
#define SC_MAX_COLS	1000

/* One row: the byte offset of the character that starts each column, or
 * -1 for the second half of a wide character. */
struct sc_row {
	char	*text;
	size_t	 len;
	long	 at[SC_MAX_COLS + 1];
	size_t	 width;
};

static struct sc_row	 rows[SC_MAX_ROWS];
static int		 problems;

static void sc_problem(int, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

/* Report a problem on row y (0-based). */
static void
sc_problem(int y, const char *fmt, ...)
{
	va_list	ap;

	printf("row %d: ", y + 1);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	problems++;
}

/* Measure row y: its columns and its width; report unclean characters. */
static void
sc_measure(struct sc_row *r, int y)
{
	size_t		 i = 0, col = 0, w;
	uint32_t	 uc;
	int		 k;

	while (i < r->len) {
		k = text_next(r->text + i, r->len - i, &uc);
		if (k <= 0)
			break;
		if (!text_is_clean(r->text + i, (size_t)k))
			sc_problem(y, "U+%04lX is not clean text",
			    (unsigned long)uc);
		w = text_width(r->text + i, (size_t)k);
		for (size_t c = 0; c < w; c++)
			if (col + c <= SC_MAX_COLS)
				r->at[col + c] = c == 0 ? (long)i : -1;
		col += w;
		i += (size_t)k;
	}
	r->width = col;
}

/* True when row r has the character s at column col. */
static bool
sc_has(const struct sc_row *r, size_t col, const char *s)
{
	size_t	n = strlen(s);

	if (col >= r->width || col > SC_MAX_COLS || r->at[col] < 0)
		return false;
	return r->len - (size_t)r->at[col] >= n &&
	    memcmp(r->text + r->at[col], s, n) == 0;
}

/* Follow one side of a box down from (y, col) to the corner that ends it. */
static void
sc_side(int nrows, int y, size_t col, const char *corner)
{
	for (y++; y < nrows; y++) {
		if (sc_has(&rows[y], col, corner))
			return;
		if (!sc_has(&rows[y], col, "│")) {
			sc_problem(y, "frame column %lu is out of line",
			    (unsigned long)col + 1);
			return;
		}
	}
	sc_problem(y - 1, "the box at column %lu is never closed",
	    (unsigned long)col + 1);
}

/* The boxes whose tops are on the first row: the panes and the views.
 * (Corners further down may be article text, such as a drawn table.) */
static void
sc_frames(int nrows)
{
	if (nrows == 0)
		return;
	for (size_t c = 0; c < rows[0].width; c++) {
		if (sc_has(&rows[0], c, "┌"))
			sc_side(nrows, 0, c, "└");
		else if (sc_has(&rows[0], c, "┐"))
			sc_side(nrows, 0, c, "┘");
	}
}

int
main(int argc, char **argv)
{
	char	*line = NULL;
	size_t	 cap = 0;
	ssize_t	 n;
	long	 cols, want;
	int	 nrows = 0;

	if (argc != 3 || (cols = atol(argv[1])) <= 0 || cols > SC_MAX_COLS ||
	    (want = atol(argv[2])) <= 0 || want > SC_MAX_ROWS) {
		fprintf(stderr, "usage: screen-check COLS ROWS < capture\n");
		return 2;
	}
	/* Widths as the interface measures them: in the user's locale. */
	setlocale(LC_ALL, "");
	while (nrows < SC_MAX_ROWS && (n = getline(&line, &cap, stdin)) > 0) {
		if (line[n - 1] == '\n')
			n--;
		rows[nrows].text = line;
		rows[nrows].len = (size_t)n;
		line = NULL;
		cap = 0;
		sc_measure(&rows[nrows], nrows);
		if (rows[nrows].width > (size_t)cols)
			sc_problem(nrows, "%lu columns wide",
			    (unsigned long)rows[nrows].width);
		nrows++;
	}
	free(line);
	if (nrows != want) {
		printf("%d rows, not %ld\n", nrows, want);
		problems++;
	}
	sc_frames(nrows);
	for (int y = 0; y < nrows; y++)
		free(rows[y].text);
	return problems > 0;
}
