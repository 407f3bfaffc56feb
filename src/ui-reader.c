/*
 * ui-reader: the Reading pane.  The headline, outlet, author, date and
 * origin, then the body wrapped at the pane's width, every claim coloured
 * by how many outlets carry it, differences marked, the claim under the
 * cursor highlighted and a marker in the gutter of every line.  The
 * cursor moves claim by claim.  Claims and their groups come from the
 * cross-reference; this file never parses the article.
 */
#include "parallax/ui-private.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/article.h"
#include "parallax/text.h"
#include "parallax/util.h"

/* Columns of the gutter before the text: a marker and a space. */
#define UI_GUTTER	2

struct ui_reader {
	unsigned long	 gen;		/* what lines and runs are for */
	size_t		 cols;
	size_t		 span;
	struct ui_lines	 title;		/* the headline, wrapped */
	struct ui_lines	 body;
	unsigned char	*cls;		/* per body byte: 0, or class + 1 */
	struct ui_runs	 runs;
};

static const struct ui_hint ui_reader_hints[] = {
	{ ACTION_NEXT_SHARED, "shared claim" },
	{ ACTION_NEXT_UNIQUE, "unique" },
	{ ACTION_NEXT_DIFF, "difference" },
	{ ACTION_ENTER, "cross-reference" },
	{ ACTION_NEXT_ARTICLE, "next outlet" },
	{ ACTION_COMPARE, "compare" },
	{ ACTION_MATRIX, "matrix" },
	{ ACTION_SEARCH, "search" },
	{ ACTION_HELP, "help" },
	{ ACTION_NONE, NULL }
};

static struct ui_reader *
ui_reader_data(struct view *v)
{
	if (v->data == NULL)
		v->data = xcalloc(1, sizeof(struct ui_reader));
	return v->data;
}

static void
ui_reader_free(struct view *v)
{
	struct ui_reader *r = v->data;

	if (r == NULL)
		return;
	ui_lines_fini(&r->title);
	ui_lines_fini(&r->body);
	ui_runs_fini(&r->runs);
	free(r->cls);
	free(r);
	v->data = NULL;
}

/* Rows above the body: the headline, meta, origin and a blank line. */
static size_t
ui_reader_header_rows(const struct ui_reader *r)
{
	return r->title.n + 3;
}

/* Mark every byte of the body with the strongest class of the claims
 * that cover it. */
static void
ui_reader_classes(struct ui *ui, struct ui_reader *r)
{
	const struct xref_article *xa = ui_cur_article(ui);
	size_t			 len = ui->article->body_len;

	free(r->cls);
	r->cls = xcalloc(len + 1, 1);
	for (size_t i = 0; xa != NULL && i < xa->nspans; i++) {
		const struct xref_span *sp = &xa->spans[i];
		unsigned char c = (unsigned char)(ui_span_class(ui, sp) + 1);
		for (size_t b = sp->start; b < sp->end && b < len; b++)
			if (r->cls[b] < c)
				r->cls[b] = c;
	}
}

/* The runs of attributes over the body, the cursor's claim on top. */
static void
ui_reader_runs(struct ui *ui, struct ui_reader *r)
{
	const struct xref_article *xa = ui_cur_article(ui);
	size_t	 len = ui->article->body_len, cs = 0, ce = 0, b;
	attr_t	 cur = ui->attr[THEME_EL_CLAIM_CURSOR], a;

	r->runs.n = 0;
	if (xa != NULL && ui->span < xa->nspans) {
		cs = xa->spans[ui->span].start;
		ce = xa->spans[ui->span].end;
	}
	for (b = 0; b < len; ) {
		size_t e = b + 1;
		while (e < len && r->cls[e] == r->cls[b] &&
		    (e < cs || e >= ce) == (b < cs || b >= ce))
			e++;
		if (b >= cs && b < ce)
			a = cur;
		else if (r->cls[b] != 0)
			a = ui_class_attr(ui, r->cls[b] - 1);
		else
			a = ui->attr[THEME_EL_DEFAULT];
		ui_runs_add(&r->runs, b, e, a);
		b = e;
	}
	r->span = ui->span;
}

/* Bring lines and runs up to date with the article, width and cursor. */
static void
ui_reader_update(struct ui *ui, struct view *v, struct ui_reader *r)
{
	size_t	 cols = v->w > UI_GUTTER + 3 ? (size_t)v->w - 2 - UI_GUTTER :
		    1;
	const char *t;

	if (ui->article == NULL)
		return;
	if (r->gen != ui->gen || r->cols != cols) {
		t = ui->article->title != NULL ? ui->article->title : "";
		ui_lines_wrap(&r->title, t, strlen(t), cols + UI_GUTTER);
		ui_lines_wrap(&r->body, ui->article->body,
		    ui->article->body_len, cols);
		if (r->gen != ui->gen)
			ui_reader_classes(ui, r);
		r->gen = ui->gen;
		r->cols = cols;
		r->span = SIZE_MAX;
	}
	if (r->span != ui->span)
		ui_reader_runs(ui, r);
}

/* Scroll so that the claim under the cursor is on screen. */
static void
ui_reader_follow(struct ui *ui, struct view *v, struct ui_reader *r)
{
	const struct xref_article *xa = ui_cur_article(ui);
	size_t	 page = ui_page(v), hdr = ui_reader_header_rows(r), a, b;

	if (!ui->follow || xa == NULL || ui->span >= xa->nspans)
		return;
	ui->follow = false;
	a = hdr + ui_lines_find(&r->body, xa->spans[ui->span].start);
	b = hdr + ui_lines_find(&r->body, xa->spans[ui->span].end > 0 ?
	    xa->spans[ui->span].end - 1 : 0);
	if (ui->span == 0)
		a = 0;
	if (a < v->top)
		v->top = a;
	else if (b >= v->top + page)
		v->top = b - page + 1 > a ? a : b - page + 1;
}

static void
ui_reader_header(struct ui *ui, struct view *v, struct ui_reader *r,
    size_t row, int y)
{
	const struct article	*a = ui->article;
	int			 w = v->w - 2;
	char			*s;

	if (row < r->title.n) {
		const struct ui_line *l = &r->title.v[row];
		ui_draw_str(v->win, y, 1, w, a->title + l->start,
		    l->end - l->start, ui->attr[THEME_EL_HEADLINE]);
	} else if (row == r->title.n) {
		s = xasprintf("%s%s%s%s%s", a->source != NULL ? a->source :
		    "", a->author != NULL ? " · " : "", a->author != NULL ?
		    a->author : "", a->date != NULL ? " · " : "",
		    a->date != NULL ? a->date : "");
		ui_draw_fit(v->win, y, 1, w, s, ui->attr[THEME_EL_META]);
		free(s);
	} else if (row == r->title.n + 1) {
		ui_draw_fit(v->win, y, 1, w, a->url != NULL ? a->url :
		    a->origin, ui->attr[THEME_EL_META]);
	}
}

/* The gutter marker of a body line: the cursor where the claim under it
 * reaches the line, else the class of its first claim byte. */
static void
ui_reader_gutter(struct ui *ui, struct view *v, struct ui_reader *r,
    const struct ui_line *l, int y)
{
	const struct xref_article *xa = ui_cur_article(ui);
	size_t	 b = l->start;
	bool	 cursor = false;

	while (b < l->end && ui->article->body[b] == ' ')
		b++;
	if (b >= l->end || r->cls[b] == 0)
		return;
	/* Every line the cursor's claim touches shows the cursor, also
	 * one that starts with the end of the sentence before it. */
	if (xa != NULL && ui->span < xa->nspans)
		cursor = b < xa->spans[ui->span].end &&
		    l->end > xa->spans[ui->span].start;
	ui_draw_cstr(v->win, y, 1, 1, cursor ? "▶" :
	    ui_class_marker(r->cls[b] - 1), cursor ?
	    ui->attr[THEME_EL_CLAIM_CURSOR] : ui_class_attr(ui,
	    r->cls[b] - 1));
}

/* The friendly screen of an empty store. */
static void
ui_reader_empty(struct ui *ui, struct view *v)
{
	static const char *const lines[] = {
		"The store is empty.",
		"",
		"Add articles from the shell:",
		"  parallax add PATH...",
		"Files or folders of text or HTML pages; one folder per",
		"outlet works well, as in articles/Harbour Gazette/*.txt.",
		"",
		"They appear here by themselves (r reloads now)."
	};

	for (size_t i = 0; i < UTIL_NELEM(lines) && (int)i + 2 < v->h - 1;
	    i++)
		ui_draw_fit(v->win, (int)i + 2, 2, v->w - 4, lines[i],
		    ui->attr[i == 0 ? THEME_EL_EMPTY : THEME_EL_DEFAULT]);
}

static void
ui_reader_draw(struct ui *ui, struct view *v)
{
	struct ui_reader	*r = ui_reader_data(v);
	size_t			 row, hdr, page = ui_page(v);
	int			 y;

	ui_draw_box(v->win, v->ops->title, ui->attr[THEME_EL_BORDER],
	    ui->attr[ui->focus == UI_READER && ui->open < 0 ?
	    THEME_EL_PANE_TITLE_FOCUS : THEME_EL_PANE_TITLE]);
	if (ui->article == NULL) {
		if (ui->stories.n == 0)
			ui_reader_empty(ui, v);
		return;
	}
	ui_reader_update(ui, v, r);
	ui_reader_follow(ui, v, r);
	hdr = ui_reader_header_rows(r);
	ui_list_clamp(v, hdr + r->body.n, page);
	for (row = v->top, y = 1; y < v->h - 1; row++, y++) {
		if (row < hdr) {
			ui_reader_header(ui, v, r, row, y);
			continue;
		}
		if (row - hdr >= r->body.n)
			break;
		const struct ui_line *l = &r->body.v[row - hdr];
		ui_reader_gutter(ui, v, r, l, y);
		ui_draw_runs(v->win, y, 1 + UI_GUTTER, v->w - 2 - UI_GUTTER,
		    ui->article->body, l->start, l->end, r->runs.v,
		    r->runs.n, ui->attr[THEME_EL_DEFAULT]);
	}
}

/* Does the claim match what a jump looks for? */
static bool
ui_reader_is(struct ui *ui, const struct xref_span *sp, enum action a)
{
	switch (a) {
	case ACTION_NEXT_SHARED:
	case ACTION_PREV_SHARED:
		return sp->group != XREF_NONE;
	case ACTION_NEXT_UNIQUE:
	case ACTION_PREV_UNIQUE:
		return sp->group == XREF_NONE;
	default:
		return ui_span_class(ui, sp) == UI_CLASS_DIFF;
	}
}

/* Move to the next or previous claim of a kind; false when none. */
static bool
ui_reader_jump(struct ui *ui, enum action a, int dir)
{
	const struct xref_article *xa = ui_cur_article(ui);
	size_t	 i;

	if (xa == NULL)
		return false;
	for (i = ui->span; dir > 0 ? i + 1 < xa->nspans : i > 0; ) {
		i = dir > 0 ? i + 1 : i - 1;
		if (ui_reader_is(ui, &xa->spans[i], a)) {
			ui->span = i;
			return true;
		}
	}
	return false;
}

/* Open the next or previous article of the story. */
static void
ui_reader_article(struct ui *ui, int dir)
{
	size_t	 n;

	if (ui->xref == NULL || ui->art == SIZE_MAX)
		return;
	n = ui->xref->narticles;
	if ((dir < 0 && ui->art == 0) || (dir > 0 && ui->art + 1 >= n)) {
		ui_message(ui, false, "No %s article in this story.",
		    dir > 0 ? "next" : "previous");
		return;
	}
	ui_open_article(ui, ui->xref->articles[ui->art + (size_t)dir].id, 0,
	    false);
}

/* Move the cursor to the first claim that starts on or after a row. */
static void
ui_reader_to_row(struct ui *ui, struct ui_reader *r, size_t row)
{
	const struct xref_article *xa = ui_cur_article(ui);
	size_t	 hdr = ui_reader_header_rows(r), off;

	if (xa == NULL || r->body.n == 0)
		return;
	row = row > hdr ? row - hdr : 0;
	off = row < r->body.n ? r->body.v[row].start : SIZE_MAX;
	for (size_t i = 0; i < xa->nspans; i++)
		if (xa->spans[i].start >= off || i + 1 == xa->nspans) {
			ui->span = i;
			return;
		}
}

/* The claim under the cursor moved: the sidebar shows it from its top. */
static void
ui_reader_moved(struct ui *ui, struct view *v)
{
	ui->pane[UI_SIDEBAR].cursor = 0;
	ui->pane[UI_SIDEBAR].top = 0;
	v->dirty = ui->pane[UI_SIDEBAR].dirty = true;
}

static bool
ui_reader_key(struct ui *ui, struct view *v, enum action a, int ch)
{
	struct ui_reader	*r = ui_reader_data(v);
	const struct xref_article *xa = ui_cur_article(ui);
	size_t			 n = xa != NULL ? xa->nspans : 0;
	size_t			 page = ui_page(v);

	(void)ch;
	switch (a) {
	case ACTION_MOVE_DOWN:
		if (n == 0)
			v->top++;
		else if (ui->span + 1 < n)
			ui->span++;
		break;
	case ACTION_MOVE_UP:
		if (n == 0 && v->top > 0)
			v->top--;
		else if (ui->span > 0)
			ui->span--;
		break;
	case ACTION_PAGE_DOWN:
		v->top += page > 1 ? page - 1 : 1;
		ui_reader_to_row(ui, r, v->top);
		v->dirty = ui->pane[UI_SIDEBAR].dirty = true;
		return true;
	case ACTION_PAGE_UP:
		v->top = v->top > page - 1 ? v->top - (page - 1) : 0;
		ui_reader_to_row(ui, r, v->top);
		v->dirty = ui->pane[UI_SIDEBAR].dirty = true;
		return true;
	case ACTION_TOP:
		ui->span = 0;
		v->top = 0;
		break;
	case ACTION_BOTTOM:
		ui->span = n > 0 ? n - 1 : 0;
		v->top = SIZE_MAX / 2;
		break;
	case ACTION_NEXT_SHARED: case ACTION_NEXT_UNIQUE:
	case ACTION_NEXT_DIFF:
		if (!ui_reader_jump(ui, a, 1) && !ui_still_computing(ui))
			ui_message(ui, false, "No further such claim.");
		break;
	case ACTION_PREV_SHARED: case ACTION_PREV_UNIQUE:
	case ACTION_PREV_DIFF:
		if (!ui_reader_jump(ui, a, -1) && !ui_still_computing(ui))
			ui_message(ui, false, "No earlier such claim.");
		break;
	case ACTION_NEXT_ARTICLE:
	case ACTION_PREV_ARTICLE:
		ui_reader_article(ui, a == ACTION_NEXT_ARTICLE ? 1 : -1);
		return true;
	case ACTION_ENTER:
		ui_set_focus(ui, UI_SIDEBAR);
		return true;
	default:
		return false;
	}
	ui->follow = true;
	ui_reader_moved(ui, v);
	return true;
}

/*
 * The wheel scrolls the text; when the claim under the cursor leaves the
 * screen the cursor goes to the first claim shown, as a page does.
 */
static void
ui_reader_wheel(struct ui *ui, struct view *v, struct ui_reader *r,
    int wheel)
{
	const struct xref_article *xa = ui_cur_article(ui);
	size_t	 page = ui_page(v), hdr = ui_reader_header_rows(r), a, b;

	ui_list_pan_wheel(v, wheel);
	if (ui->article == NULL)
		return;
	ui_list_clamp(v, hdr + r->body.n, page);
	if (xa == NULL || ui->span >= xa->nspans || r->body.n == 0)
		return;
	a = hdr + ui_lines_find(&r->body, xa->spans[ui->span].start);
	b = hdr + ui_lines_find(&r->body, xa->spans[ui->span].end > 0 ?
	    xa->spans[ui->span].end - 1 : 0);
	if (b < v->top || a >= v->top + page) {
		ui_reader_to_row(ui, r, v->top);
		ui_reader_moved(ui, v);
	}
}

/* The byte of the body under column col of a body line (the gutter
 * counts as the line's first character, a column past its end as its
 * last). */
static size_t
ui_reader_byte_at(const struct ui *ui, const struct ui_line *l, int col)
{
	const char	*s = ui->article->body;
	size_t		 end = l->end, fit;

	while (end > l->start && s[end - 1] == ' ')
		end--;
	if (end == l->start)
		return l->start;
	fit = col > 0 ? text_fit(s + l->start, end - l->start, (size_t)col,
	    NULL) : 0;
	return l->start + fit < end ? l->start + fit : end - 1;
}

/*
 * A click on a claim puts the cursor on it (the innermost, as for a
 * quotation inside its sentence); on the gutter, on the claim its
 * marker stands for.  The text does not move.
 */
static void
ui_reader_click(struct ui *ui, struct view *v, struct ui_reader *r, int y,
    int x)
{
	const struct xref_article *xa = ui_cur_article(ui);
	size_t	 row = v->top + (size_t)(y - 1), hdr, off, best = SIZE_MAX;
	const struct ui_line *l;

	if (ui->article == NULL || xa == NULL)
		return;
	hdr = ui_reader_header_rows(r);
	if (row < hdr || row - hdr >= r->body.n)
		return;
	l = &r->body.v[row - hdr];
	off = ui_reader_byte_at(ui, l, x - 1 - UI_GUTTER);
	if (x - 1 < UI_GUTTER)
		while (off < l->end && ui->article->body[off] == ' ')
			off++;
	for (size_t i = 0; i < xa->nspans; i++)
		if (xa->spans[i].start <= off && off < xa->spans[i].end &&
		    (best == SIZE_MAX || xa->spans[i].start >=
		    xa->spans[best].start))
			best = i;
	if (best == SIZE_MAX || best == ui->span)
		return;
	ui->span = best;
	ui_reader_moved(ui, v);
}

static void
ui_reader_mouse(struct ui *ui, struct view *v, int y, int x, int wheel)
{
	struct ui_reader	*r = ui_reader_data(v);

	ui_reader_update(ui, v, r);	/* the lines of what is shown */
	if (wheel != 0)
		ui_reader_wheel(ui, v, r, wheel);
	else
		ui_reader_click(ui, v, r, y, x);
}

const struct view_ops ui_reader_ops = {
	.name = "reader",
	.keys = KEYS_VIEW_READER,
	.title = "Reading",
	.draw = ui_reader_draw,
	.key = ui_reader_key,
	.mouse = ui_reader_mouse,
	.free = ui_reader_free,
	.hints = ui_reader_hints
};
