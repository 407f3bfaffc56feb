/*
 * ui-draw: the only code that puts article text on the screen.  It
 * measures with text_width()/text_fit() (the widths curses uses), wraps
 * with text_wrap(), cuts at column boundaries, places every piece at the
 * column it computed itself, and hands curses only clean text, without
 * zero-width joiners, through waddnstr() (never a printf-style call).
 * Text that is not clean is made safe with text_for_terminal() first.  It
 * knows nothing of views.  The measuring, wrapping, cutting and word diff
 * are pure functions (ui_cut_, ui_lines_, ui_runs_, ui_diff_words) that
 * tests call without a terminal.
 */
#include "parallax/ui-private.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/text.h"
#include "parallax/util.h"

/* True when len bytes of s may go to the terminal as they are. */
static bool
ui_draw_is_safe(const char *s, size_t len)
{
	return memchr(s, '\n', len) == NULL && text_is_clean(s, len);
}

/*
 * Hand curses len bytes of clean text at the cursor, without the
 * zero-width joiners (U+200D, E2 80 8D).  Curses moves the cursor by the
 * width of each character, but terminals disagree on a ZWJ sequence (tmux
 * and many others draw a family emoji of three people in two columns, not
 * six): without its joiners every part sits in the columns counted for it.
 */
static void
ui_draw_add(WINDOW *w, const char *s, size_t len)
{
	size_t	i = 0, from = 0;

	for (; i + 2 < len; i++) {
		if (memcmp(s + i, "\xE2\x80\x8D", 3) != 0)
			continue;
		if (i > from)
			waddnstr(w, s + from, (int)(i - from));
		from = i + 3;
		i += 2;
	}
	if (len > from)
		waddnstr(w, s + from, (int)(len - from));
}

/* Put one piece of at most cols columns at (y, x); returns its width. */
static int
ui_draw_piece(WINDOW *w, int y, int x, int cols, const char *s, size_t len,
    attr_t attr)
{
	size_t	 fit, width;

	if (cols <= 0 || len == 0)
		return 0;
	fit = text_fit(s, len, (size_t)cols, &width);
	if (fit == 0)
		return 0;
	wattrset(w, attr);
	if (wmove(w, y, x) == ERR)
		return 0;
	ui_draw_add(w, s, fit);
	return (int)width;
}

int
ui_draw_str(WINDOW *w, int y, int x, int cols, const char *s, size_t len,
    attr_t attr)
{
	char	*safe;
	int	 n;

	if (s == NULL || cols <= 0)
		return 0;
	if (ui_draw_is_safe(s, len))
		return ui_draw_piece(w, y, x, cols, s, len, attr);
	safe = text_for_terminal(s, len);
	n = ui_draw_piece(w, y, x, cols, safe, strlen(safe), attr);
	free(safe);
	return n;
}

int
ui_draw_cstr(WINDOW *w, int y, int x, int cols, const char *s, attr_t attr)
{
	if (s == NULL)
		return 0;
	return ui_draw_str(w, y, x, cols, s, strlen(s), attr);
}

void
ui_draw_fill(WINDOW *w, int y, int x, int cols, attr_t attr)
{
	if (cols <= 0 || wmove(w, y, x) == ERR)
		return;
	wattrset(w, attr);
	for (; cols > 0; cols--)
		waddch(w, ' ');
}

int
ui_draw_fit(WINDOW *w, int y, int x, int cols, const char *s, attr_t attr)
{
	if (s == NULL)
		return 0;
	return ui_draw_fit_str(w, y, x, cols, s, strlen(s), attr);
}

int
ui_draw_fit_str(WINDOW *w, int y, int x, int cols, const char *s,
    size_t len, attr_t attr)
{
	size_t	 width;
	int	 n;

	if (s == NULL || cols <= 0)
		return 0;
	width = text_width(s, len);
	if (width <= (size_t)cols)
		return ui_draw_str(w, y, x, cols, s, len, attr);
	n = ui_draw_str(w, y, x, cols - 1, s, len, attr);
	n += ui_draw_str(w, y, x + n, 1, "…", strlen("…"), attr);
	return n;
}

/* The first run that ends after off (runs are sorted, disjoint). */
static size_t
ui_draw_first_run(const struct ui_run *runs, size_t n, size_t off)
{
	size_t	lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (runs[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * How much of len bytes of s fits in cols columns: *fit bytes of *width
 * columns; true when all of it fits.  Text that is not clean is measured
 * as text_for_terminal() shows it, and then *fit is all of it (the
 * drawing cleans and cuts it again to *width).
 */
static bool
ui_cut_measure(const char *s, size_t len, size_t cols, size_t *fit,
    size_t *width)
{
	char	*safe;
	size_t	 slen;
	bool	 all;

	if (ui_draw_is_safe(s, len)) {
		*fit = text_fit(s, len, cols, width);
		return *fit == len;
	}
	safe = text_for_terminal(s, len);
	slen = strlen(safe);
	all = text_fit(safe, slen, cols, width) == slen;
	free(safe);
	*fit = *width > 0 ? len : 0;
	return all;
}

static void
ui_pieces_add(struct ui_pieces *p, size_t start, size_t end, int col,
    int width, attr_t attr)
{
	if (p->n == p->cap) {
		p->cap = p->cap == 0 ? 16 : p->cap * 2;
		p->v = xreallocarray(p->v, p->cap, sizeof *p->v);
	}
	p->v[p->n++] = (struct ui_piece){ start, end, col, width, attr };
}

void
ui_pieces_fini(struct ui_pieces *p)
{
	free(p->v);
	memset(p, 0, sizeof *p);
}

int
ui_cut_runs(const char *s, size_t start, size_t end,
    const struct ui_run *runs, size_t nruns, attr_t base, int cols,
    struct ui_pieces *out)
{
	size_t	 off = start, stop, r, fit, width;
	attr_t	 a;
	int	 used = 0;
	bool	 all;

	out->n = 0;
	/* Spaces at a line break stay at the end of the line: drop them. */
	while (end > start && s[end - 1] == ' ')
		end--;
	r = ui_draw_first_run(runs, nruns, off);
	while (off < end && used < cols) {
		if (r < nruns && runs[r].start <= off) {
			stop = runs[r].end < end ? runs[r].end : end;
			a = runs[r].attr;
			r++;
		} else {
			stop = r < nruns && runs[r].start < end ?
			    runs[r].start : end;
			a = base;
		}
		all = ui_cut_measure(s + off, stop - off,
		    (size_t)(cols - used), &fit, &width);
		if (fit > 0)
			ui_pieces_add(out, off, off + fit, used, (int)width,
			    a);
		used += (int)width;
		if (!all)
			break;		/* the rest does not fit */
		off = stop;
	}
	return used;
}

int
ui_draw_runs(WINDOW *w, int y, int x, int cols, const char *s, size_t start,
    size_t end, const struct ui_run *runs, size_t nruns, attr_t base)
{
	struct ui_pieces p = { 0 };
	int		 used;

	used = ui_cut_runs(s, start, end, runs, nruns, base, cols, &p);
	for (size_t i = 0; i < p.n; i++)
		ui_draw_str(w, y, x + p.v[i].col, p.v[i].width,
		    s + p.v[i].start, p.v[i].end - p.v[i].start, p.v[i].attr);
	ui_pieces_fini(&p);
	return used;
}

void
ui_draw_box(WINDOW *w, const char *title, attr_t border, attr_t tattr)
{
	int	 h, wd;

	getmaxyx(w, h, wd);
	if (h < 2 || wd < 2)
		return;
	wattrset(w, border);
	box(w, 0, 0);
	if (title != NULL && wd > 6) {
		ui_draw_str(w, 0, 2, 1, " ", 1, border);
		int n = ui_draw_fit(w, 0, 3, wd - 6, title, tattr);
		ui_draw_str(w, 0, 3 + n, 1, " ", 1, border);
	}
	wattrset(w, A_NORMAL);
}

void
ui_lines_fini(struct ui_lines *l)
{
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Add the line [start, end) of s to l. */
static void
ui_lines_add(struct ui_lines *l, size_t start, size_t end)
{
	if (l->n == l->cap) {
		l->cap = l->cap == 0 ? 64 : l->cap * 2;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n].start = start;
	l->v[l->n].end = end;
	l->n++;
}

void
ui_lines_wrap(struct ui_lines *l, const char *s, size_t len, size_t cols)
{
	size_t	 a = 0, b, *br, nbr, i, from;

	l->n = 0;
	if (cols == 0)
		cols = 1;
	while (a <= len) {
		const char *nl = memchr(s + a, '\n', len - a);
		b = nl != NULL ? (size_t)(nl - s) : len;
		if (b == a) {
			ui_lines_add(l, a, a);	/* blank line */
		} else {
			nbr = text_wrap(s + a, b - a, cols, &br);
			from = a;
			for (i = 0; i < nbr; i++) {
				ui_lines_add(l, from, a + br[i]);
				from = a + br[i];
			}
			ui_lines_add(l, from, b);
			free(br);
		}
		if (nl == NULL)
			break;
		a = b + 1;
	}
}

size_t
ui_lines_find(const struct ui_lines *l, size_t off)
{
	size_t	lo = 0, hi = l->n, mid;

	/* The last line that starts at or before off. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (l->v[mid].start <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? 0 : lo - 1;
}

void
ui_runs_fini(struct ui_runs *r)
{
	free(r->v);
	memset(r, 0, sizeof *r);
}

void
ui_runs_add(struct ui_runs *r, size_t start, size_t end, attr_t attr)
{
	if (start >= end)
		return;
	if (r->n > 0 && r->v[r->n - 1].end == start &&
	    r->v[r->n - 1].attr == attr) {
		r->v[r->n - 1].end = end;
		return;
	}
	if (r->n == r->cap) {
		r->cap = r->cap == 0 ? 32 : r->cap * 2;
		r->v = xreallocarray(r->v, r->cap, sizeof *r->v);
	}
	r->v[r->n].start = start;
	r->v[r->n].end = end;
	r->v[r->n].attr = attr;
	r->n++;
}

/* The words of a text with their folded forms, for the word diff. */
struct ui_words {
	size_t	*start;
	size_t	*end;
	char	**fold;
	size_t	 n;
	size_t	 cap;
};

/* Word diffs give up past this many words a side (the table is n*m). */
#define UI_DIFF_MAX_WORDS	400

static int
ui_words_add(const char *s, size_t start, size_t end, void *arg)
{
	struct ui_words	*w = arg;
	size_t		 len;

	if (w->n == w->cap) {
		w->cap = w->cap == 0 ? 32 : w->cap * 2;
		w->start = xreallocarray(w->start, w->cap, sizeof *w->start);
		w->end = xreallocarray(w->end, w->cap, sizeof *w->end);
		w->fold = xreallocarray(w->fold, w->cap, sizeof *w->fold);
	}
	w->start[w->n] = start;
	w->end[w->n] = end;
	w->fold[w->n] = text_fold(s + start, end - start, &len);
	w->n++;
	return w->n > UI_DIFF_MAX_WORDS;
}

static void
ui_words_fini(struct ui_words *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->fold[i]);
	free(w->start);
	free(w->end);
	free(w->fold);
}

/* Mark the words of w that are not in the common subsequence. */
static void
ui_words_mark(const struct ui_words *w, const bool *common, attr_t mark,
    struct ui_runs *r)
{
	r->n = 0;
	for (size_t i = 0; i < w->n; i++)
		if (!common[i])
			ui_runs_add(r, w->start[i], w->end[i], mark);
}

/*
 * Mark, in each of two wordings of a claim, the words that the other does
 * not have: the words outside a longest common subsequence of the two
 * word lists (words compared folded).  Offsets are relative to a and b.
 */
void
ui_diff_words(const char *a, size_t alen, const char *b, size_t blen,
    attr_t mark, struct ui_runs *ra, struct ui_runs *rb)
{
	struct ui_words	 wa = { 0 }, wb = { 0 };
	unsigned short	*t;
	bool		*ca, *cb;
	size_t		 n, m, i, j;

	ra->n = rb->n = 0;
	if (text_words(a, alen, ui_words_add, &wa) != 0 ||
	    text_words(b, blen, ui_words_add, &wb) != 0) {
		ui_words_fini(&wa);
		ui_words_fini(&wb);
		return;
	}
	n = wa.n;
	m = wb.n;
	/* t[i][j]: the LCS of the words from i and from j on. */
	t = xcalloc((n + 1) * (m + 1), sizeof *t);
	for (i = n; i-- > 0; )
		for (j = m; j-- > 0; ) {
			unsigned short *c = &t[i * (m + 1) + j];
			if (strcmp(wa.fold[i], wb.fold[j]) == 0)
				*c = (unsigned short)(t[(i + 1) * (m + 1) +
				    j + 1] + 1);
			else {
				unsigned short d = t[(i + 1) * (m + 1) + j];
				unsigned short r = t[i * (m + 1) + j + 1];
				*c = d > r ? d : r;
			}
		}
	ca = xcalloc(n + 1, sizeof *ca);
	cb = xcalloc(m + 1, sizeof *cb);
	for (i = 0, j = 0; i < n && j < m; ) {
		if (strcmp(wa.fold[i], wb.fold[j]) == 0) {
			ca[i++] = cb[j++] = true;
		} else if (t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1])
			i++;
		else
			j++;
	}
	ui_words_mark(&wa, ca, mark, ra);
	ui_words_mark(&wb, cb, mark, rb);
	free(ca);
	free(cb);
	free(t);
	ui_words_fini(&wa);
	ui_words_fini(&wb);
}

void
ui_runs_shift(struct ui_runs *r, size_t by)
{
	for (size_t i = 0; i < r->n; i++) {
		r->v[i].start += by;
		r->v[i].end += by;
	}
}
