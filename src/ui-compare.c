/*
 * ui-compare: two outlets' articles of a story side by side, claim by
 * claim.  Claims that the two share are put on the same row; the words
 * that differ between the two wordings are marked.  The other outlet is
 * chosen with focus_next/focus_prev (Tab) or its number (as the matrix
 * numbers them).
 */
#include "parallax/ui-private.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/article.h"
#include "parallax/util.h"

/* A block of rows: a claim of the left article, of the right, or both. */
struct ui_block {
	size_t		 left;		/* span index or SIZE_MAX */
	size_t		 right;
	struct ui_runs	 lruns;		/* differing words */
	struct ui_runs	 rruns;
	struct ui_lines	 llines;
	struct ui_lines	 rlines;
	size_t		 row;		/* first row of the block */
	size_t		 height;
};

struct ui_compare {
	size_t		 other;		/* the right article (xref index) */
	unsigned long	 gen;		/* the blocks are for this article */
	size_t		 built_other;
	int		 built_w;
	struct ui_block	*b;
	size_t		 nb;
	size_t		 rows;
};

static const struct ui_hint ui_compare_hints[] = {
	{ ACTION_MOVE_DOWN, "down" },
	{ ACTION_PAGE_DOWN, "page" },
	{ ACTION_FOCUS_NEXT, "other outlet" },
	{ ACTION_QUIT_VIEW, "close" },
	{ ACTION_NONE, NULL }
};

static void
ui_compare_clear(struct ui_compare *c)
{
	for (size_t i = 0; i < c->nb; i++) {
		ui_runs_fini(&c->b[i].lruns);
		ui_runs_fini(&c->b[i].rruns);
		ui_lines_fini(&c->b[i].llines);
		ui_lines_fini(&c->b[i].rlines);
	}
	free(c->b);
	c->b = NULL;
	c->nb = 0;
	c->rows = 0;
}

static void
ui_compare_free(struct view *v)
{
	if (v->data == NULL)
		return;
	ui_compare_clear(v->data);
	free(v->data);
	v->data = NULL;
}

static struct ui_compare *
ui_compare_data(struct view *v)
{
	if (v->data == NULL)
		v->data = xcalloc(1, sizeof(struct ui_compare));
	return v->data;
}

void
ui_compare_start(struct ui *ui)
{
	struct ui_compare *c = ui_compare_data(&ui->overlay[UI_COMPARE]);

	if (ui_still_computing(ui))
		return;
	if (ui->xref == NULL || ui->art == SIZE_MAX ||
	    ui->xref->narticles < 2) {
		ui_message(ui, true, "This story has no other outlet to "
		    "compare with.");
		return;
	}
	if (c->other >= ui->xref->narticles || c->other == ui->art)
		c->other = ui->art == 0 ? 1 : 0;
	c->gen = 0;
	ui->overlay[UI_COMPARE].top = 0;
	ui_open_overlay(ui, UI_COMPARE);
}

/* The spans of an article not inside an earlier one (quotations inside
 * their sentence are left to the sentence). */
static size_t *
ui_compare_top(const struct xref_article *xa, size_t *n)
{
	size_t	*v = xcalloc(xa->nspans + 1, sizeof *v), k = 0, end = 0;

	for (size_t i = 0; i < xa->nspans; i++) {
		if (k > 0 && xa->spans[i].end <= end)
			continue;
		v[k++] = i;
		end = xa->spans[i].end;
	}
	*n = k;
	return v;
}

static void
ui_compare_add(struct ui_compare *c, size_t *cap, size_t l, size_t r)
{
	if (c->nb == *cap) {
		*cap = *cap == 0 ? 32 : *cap * 2;
		c->b = xreallocarray(c->b, *cap, sizeof *c->b);
	}
	memset(&c->b[c->nb], 0, sizeof c->b[c->nb]);
	c->b[c->nb].left = l;
	c->b[c->nb++].right = r;
}

/* Align: walk the left article's claims; a shared one pulls in the right
 * article's claims up to its partner, which shares its row. */
static void
ui_compare_align(struct ui *ui, struct ui_compare *c)
{
	const struct xref_article *la = &ui->xref->articles[ui->art];
	const struct xref_article *ra = &ui->xref->articles[c->other];
	size_t	 nl, nr, *L = ui_compare_top(la, &nl), *R = ui_compare_top(ra,
		    &nr), j = 0, cap = 0, k;
	bool	*used = xcalloc(nr + 1, sizeof *used);

	for (size_t i = 0; i < nl; i++) {
		size_t g = la->spans[L[i]].group;
		for (k = 0; g != XREF_NONE && k < nr; k++)
			if (!used[k] && ra->spans[R[k]].group == g)
				break;
		if (g == XREF_NONE || k >= nr || k < j) {
			ui_compare_add(c, &cap, L[i], SIZE_MAX);
			continue;
		}
		for (; j < k; j++)
			if (!used[j]) {
				used[j] = true;
				ui_compare_add(c, &cap, SIZE_MAX, R[j]);
			}
		used[k] = true;
		j = k + 1;
		ui_compare_add(c, &cap, L[i], R[k]);
	}
	for (; j < nr; j++)
		if (!used[j])
			ui_compare_add(c, &cap, SIZE_MAX, R[j]);
	free(used);
	free(L);
	free(R);
}

/* Wrap both sides and mark the differing words of the pairs. */
static void
ui_compare_build(struct ui *ui, struct view *v, struct ui_compare *c)
{
	const struct xref_article *la = &ui->xref->articles[ui->art];
	const struct xref_article *ra = &ui->xref->articles[c->other];
	const struct article	*lb = ui->article, *rb = ui_body(ui, c->other);
	size_t			 half = v->w > 8 ? (size_t)(v->w - 5) / 2 : 1;
	attr_t			 mark = ui->attr[THEME_EL_DIFF_WORD];

	ui_compare_clear(c);
	c->gen = ui->gen;
	c->built_other = c->other;
	c->built_w = v->w;
	if (rb == NULL)
		return;
	ui_compare_align(ui, c);
	for (size_t i = 0; i < c->nb; i++) {
		struct ui_block *b = &c->b[i];
		const struct xref_span *l = b->left != SIZE_MAX ?
		    &la->spans[b->left] : NULL;
		const struct xref_span *r = b->right != SIZE_MAX ?
		    &ra->spans[b->right] : NULL;
		if (l != NULL && r != NULL) {
			ui_diff_words(lb->body + l->start, l->end - l->start,
			    rb->body + r->start, r->end - r->start, mark,
			    &b->lruns, &b->rruns);
			ui_runs_shift(&b->lruns, l->start);
			ui_runs_shift(&b->rruns, r->start);
		}
		if (l != NULL) {
			ui_lines_wrap(&b->llines, lb->body + l->start,
			    l->end - l->start, half - 2);
			for (size_t k = 0; k < b->llines.n; k++) {
				b->llines.v[k].start += l->start;
				b->llines.v[k].end += l->start;
			}
		}
		if (r != NULL) {
			ui_lines_wrap(&b->rlines, rb->body + r->start,
			    r->end - r->start, half - 2);
			for (size_t k = 0; k < b->rlines.n; k++) {
				b->rlines.v[k].start += r->start;
				b->rlines.v[k].end += r->start;
			}
		}
		b->row = c->rows;
		b->height = (b->llines.n > b->rlines.n ? b->llines.n :
		    b->rlines.n) + 1;
		c->rows += b->height;
	}
}

/* One side of one row of a block. */
static void
ui_compare_side(struct ui *ui, struct view *v, int y, int x, int w,
    const struct xref_article *xa, size_t span, const struct article *body,
    const struct ui_lines *l, const struct ui_runs *runs, size_t line)
{
	enum ui_class	 k;

	if (span == SIZE_MAX || line >= l->n)
		return;
	k = ui_span_class(ui, &xa->spans[span]);
	if (line == 0)
		ui_draw_cstr(v->win, y, x, 1, ui_class_marker(k),
		    ui_class_attr(ui, k));
	ui_draw_runs(v->win, y, x + 2, w - 2, body->body, l->v[line].start,
	    l->v[line].end, runs->v, runs->n, ui_class_attr(ui, k));
}

static void
ui_compare_draw(struct ui *ui, struct view *v)
{
	struct ui_compare	*c = ui_compare_data(v);
	int			 half = (v->w - 5) / 2, y;
	size_t			 page = ui_page(v) - 1, row;
	char			*t;

	if (ui->xref == NULL || ui->art == SIZE_MAX || c->other >=
	    ui->xref->narticles) {
		ui_draw_box(v->win, "Compare", ui->attr[THEME_EL_BORDER],
		    ui->attr[THEME_EL_PANE_TITLE_FOCUS]);
		return;
	}
	t = xasprintf("Compare: %zu %s | %zu %s", ui->art + 1,
	    ui->xref->articles[ui->art].source, c->other + 1,
	    ui->xref->articles[c->other].source);
	ui_draw_box(v->win, t, ui->attr[THEME_EL_BORDER],
	    ui->attr[THEME_EL_PANE_TITLE_FOCUS]);
	free(t);
	if (c->gen != ui->gen || c->built_other != c->other ||
	    c->built_w != v->w)
		ui_compare_build(ui, v, c);
	ui_draw_fit(v->win, 1, 2, half, ui->xref->articles[ui->art].source,
	    ui->attr[THEME_EL_OUTLET]);
	ui_draw_fit(v->win, 1, half + 4, half, ui->xref->articles[
	    c->other].source, ui->attr[THEME_EL_OUTLET]);
	ui_list_clamp(v, c->rows, page);
	for (size_t i = 0; i < c->nb; i++) {
		struct ui_block *b = &c->b[i];
		for (size_t k = 0; k < b->height; k++) {
			row = b->row + k;
			if (row < v->top || row >= v->top + page)
				continue;
			y = (int)(row - v->top) + 2;
			ui_draw_cstr(v->win, y, half + 2, 1, "│",
			    ui->attr[THEME_EL_BORDER]);
			ui_compare_side(ui, v, y, 1, half,
			    &ui->xref->articles[ui->art], b->left,
			    ui->article, &b->llines, &b->lruns, k);
			ui_compare_side(ui, v, y, half + 4, half,
			    &ui->xref->articles[c->other], b->right,
			    ui_body(ui, c->other), &b->rlines, &b->rruns, k);
		}
	}
}

/* Choose the other outlet: the next one in a direction, skipping this. */
static void
ui_compare_cycle(struct ui *ui, struct ui_compare *c, int dir)
{
	size_t	 n = ui->xref->narticles;

	do
		c->other = (c->other + n + (size_t)(dir > 0 ? 1 : n - 1)) % n;
	while (c->other == ui->art);
}

static bool
ui_compare_key(struct ui *ui, struct view *v, enum action a, int ch)
{
	struct ui_compare	*c = ui_compare_data(v);

	if (ui->xref == NULL)
		return false;
	/* A page is the rows below the outlets' names. */
	if (ui_list_pan(v, a, ui_page(v) - 1))
		return true;
	switch (a) {
	case ACTION_FOCUS_NEXT:
	case ACTION_FOCUS_PREV:
		ui_compare_cycle(ui, c, a == ACTION_FOCUS_NEXT ? 1 : -1);
		v->top = 0;
		break;
	case ACTION_COMPARE:
	case ACTION_BACK:
		ui_close_overlay(ui);
		return true;
	default:
		if (ch >= '1' && ch <= '9' && (size_t)(ch - '1') <
		    ui->xref->narticles && (size_t)(ch - '1') != ui->art) {
			c->other = (size_t)(ch - '1');
			v->top = 0;
			break;
		}
		return false;
	}
	v->dirty = true;
	return true;
}

const struct view_ops ui_compare_ops = {
	.name = "compare",
	.keys = KEYS_VIEW_COMPARE,
	.title = "Compare",
	.draw = ui_compare_draw,
	.key = ui_compare_key,
	.mouse = ui_list_pan_mouse,
	.free = ui_compare_free,
	.hints = ui_compare_hints
};
