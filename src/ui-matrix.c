/*
 * ui-matrix: the claims of the story against its outlets.  One row per
 * shared claim, most widely carried first, one column per article: ●
 * carries it, · does not, ≠ carries it differently (glyphs as well as
 * colours, so the matrix reads without colour).  Enter opens the claim in
 * the reading pane.
 */
#include "parallax/ui-private.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/article.h"
#include "parallax/util.h"

/* Columns of one cell. */
#define UI_CELL	3
/* Rows above the claims: the legend and the column numbers. */
#define UI_MATRIX_HEAD	3

enum ui_cell {
	UI_CELL_MISSING,
	UI_CELL_CARRIES,
	UI_CELL_DIFFERS
};

/* Claims shown at once: the rows below the head. */
static size_t
ui_matrix_per(const struct view *v)
{
	return v->h > UI_MATRIX_HEAD + 2 ? (size_t)(v->h - UI_MATRIX_HEAD -
	    2) : 1;
}

static const struct ui_hint ui_matrix_hints[] = {
	{ ACTION_MOVE_DOWN, "down" },
	{ ACTION_ENTER, "open claim" },
	{ ACTION_QUIT_VIEW, "close" },
	{ ACTION_NONE, NULL }
};

/* Does article art carry claim c, and how? */
static enum ui_cell
ui_matrix_cell(const struct xref_claim *c, size_t art, size_t *mention)
{
	enum ui_cell	 r = UI_CELL_MISSING;

	for (size_t i = 0; i < c->nmentions; i++)
		if (c->mentions[i].article == art) {
			r = UI_CELL_CARRIES;
			if (mention != NULL)
				*mention = i;
			break;
		}
	for (size_t i = 0; r != UI_CELL_MISSING && i < c->ndiffs; i++)
		if (c->diffs[i].article == art)
			r = UI_CELL_DIFFERS;
	return r;
}

/* The legend: the number of each outlet's column. */
static void
ui_matrix_legend(struct ui *ui, struct view *v)
{
	const struct xref_story	*x = ui->xref;
	int			 x0 = 2, w = v->w - 2;
	char			*s;

	size_t			 i;

	for (i = 0; i < x->narticles && x0 < w; i++) {
		s = xasprintf("%zu %s", i + 1, x->articles[i].source);
		x0 += ui_draw_fit(v->win, 1, x0, w - x0, s, i == ui->art ?
		    ui->attr[THEME_EL_HEADLINE] : ui->attr[THEME_EL_OUTLET]);
		x0 += 3;
		free(s);
	}
	/* Outlets that found no room: say there are more. */
	if (i < x->narticles)
		ui_draw_cstr(v->win, 1, x0 - 2 < w ? x0 - 2 : w - 1, 1, "…",
		    ui->attr[THEME_EL_OUTLET]);
	x0 = 2;
	x0 += ui_draw_cstr(v->win, 2, x0, w, "● carries  ",
	    ui->attr[THEME_EL_MATRIX_CARRIES]);
	x0 += ui_draw_cstr(v->win, 2, x0, w - x0, "· does not  ",
	    ui->attr[THEME_EL_MATRIX_MISSING]);
	ui_draw_cstr(v->win, 2, x0, w - x0, "≠ differs",
	    ui->attr[THEME_EL_MATRIX_DIFFERS]);
}

/* One claim's row: its cells, then its wording in the first outlet that
 * carries it. */
static void
ui_matrix_row(struct ui *ui, struct view *v, int y, size_t ci, bool cur)
{
	static const char *const glyph[] = {
		[UI_CELL_MISSING] = "·",
		[UI_CELL_CARRIES] = "●",
		[UI_CELL_DIFFERS] = "≠"
	};
	static const enum theme_element el[] = {
		[UI_CELL_MISSING] = THEME_EL_MATRIX_MISSING,
		[UI_CELL_CARRIES] = THEME_EL_MATRIX_CARRIES,
		[UI_CELL_DIFFERS] = THEME_EL_MATRIX_DIFFERS
	};
	const struct xref_claim	*c = &ui->xref->claims[ci];
	const struct xref_mention *m = &c->mentions[0];
	const struct article	*b;
	int			 x = 2, w = v->w - 2;
	attr_t			 a = ui_list_row(ui, v, y, cur,
				    ui->attr[THEME_EL_DEFAULT]);

	for (size_t i = 0; i < ui->xref->narticles && x + UI_CELL <= w; i++) {
		enum ui_cell k = ui_matrix_cell(c, i, NULL);
		ui_draw_cstr(v->win, y, x, 1, glyph[k], cur ? a :
		    ui->attr[el[k]]);
		x += UI_CELL;
	}
	if (ui_matrix_cell(c, ui->art, NULL) != UI_CELL_MISSING) {
		size_t k = 0;
		ui_matrix_cell(c, ui->art, &k);
		m = &c->mentions[k];
	}
	b = ui_body(ui, m->article);
	if (b != NULL && m->end <= b->body_len && m->start < m->end)
		ui_draw_fit_str(v->win, y, x + 1, w - x, b->body + m->start,
		    m->end - m->start, a);
}

static void
ui_matrix_draw(struct ui *ui, struct view *v)
{
	size_t	 n, i;
	int	 y, x = 2;
	char	*t;

	t = xasprintf("Matrix: %s", ui->xref != NULL && ui->xref->title !=
	    NULL ? ui->xref->title : "");
	ui_draw_box(v->win, t, ui->attr[THEME_EL_BORDER],
	    ui->attr[THEME_EL_PANE_TITLE_FOCUS]);
	free(t);
	if (ui->xref == NULL)
		return;
	ui_matrix_legend(ui, v);
	for (i = 0; i < ui->xref->narticles && x + UI_CELL <= v->w - 2; i++) {
		t = xasprintf("%zu", (i + 1) % 100);
		ui_draw_cstr(v->win, UI_MATRIX_HEAD, x, UI_CELL, t,
		    ui->attr[THEME_EL_OUTLET]);
		free(t);
		x += UI_CELL;
	}
	n = ui->xref->nclaims;
	if (n == 0) {
		ui_draw_fit(v->win, UI_MATRIX_HEAD + 1, 2, v->w - 4,
		    "No claim of this story is shared.",
		    ui->attr[THEME_EL_EMPTY]);
		return;
	}
	ui_list_scroll(v, n, ui_matrix_per(v));
	for (i = v->top, y = UI_MATRIX_HEAD + 1; i < n && y < v->h - 1;
	    i++, y++)
		ui_matrix_row(ui, v, y, i, i == v->cursor);
}

/* Open the claim under the cursor: in this article when it carries it,
 * else in the first outlet that does. */
static void
ui_matrix_open(struct ui *ui, struct view *v)
{
	const struct xref_claim	*c;
	size_t			 k = 0;

	if (ui->xref == NULL || v->cursor >= ui->xref->nclaims)
		return;
	c = &ui->xref->claims[v->cursor];
	if (ui_matrix_cell(c, ui->art, &k) == UI_CELL_MISSING)
		k = 0;
	ui_close_overlay(ui);
	ui_open_article(ui, ui->xref->articles[c->mentions[k].article].id,
	    c->mentions[k].span, c->mentions[k].article != ui->art);
	ui_set_focus(ui, UI_READER);
}

static bool
ui_matrix_key(struct ui *ui, struct view *v, enum action a, int ch)
{
	size_t	 n = ui->xref != NULL ? ui->xref->nclaims : 0;

	(void)ch;
	switch (a) {
	case ACTION_ENTER:
	case ACTION_EXPAND:
		ui_matrix_open(ui, v);
		return true;
	case ACTION_MATRIX:
	case ACTION_BACK:
		ui_close_overlay(ui);
		return true;
	default:
		return ui_list_move(v, a, n, ui_matrix_per(v));
	}
}

/* A click selects a claim, a second one opens it; the wheel scrolls. */
static void
ui_matrix_mouse(struct ui *ui, struct view *v, int y, int x, int wheel)
{
	size_t	 n = ui->xref != NULL ? ui->xref->nclaims : 0;

	(void)x;
	if (wheel != 0)
		ui_list_wheel(v, wheel, n, ui_matrix_per(v), 1);
	else if (ui_list_click(v, ui_list_at(v, y, UI_MATRIX_HEAD + 1, 1, n)))
		ui_matrix_open(ui, v);
}

const struct view_ops ui_matrix_ops = {
	.name = "matrix",
	.keys = KEYS_VIEW_MATRIX,
	.title = "Matrix",
	.draw = ui_matrix_draw,
	.key = ui_matrix_key,
	.mouse = ui_matrix_mouse,
	.hints = ui_matrix_hints
};
