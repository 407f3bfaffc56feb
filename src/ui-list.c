/*
 * ui-list: what the views that show a list share.  A list is n entries
 * of a fixed number of rows, a cursor on one of them and the first shown
 * at top (struct view's cursor and top); a view without a cursor (help,
 * compare, the reading pane) is panned by its top alone.  Here are the
 * movements of the keys and of the wheel, keeping the cursor on screen,
 * finding the entry under a click and the cursor's row.  It knows nothing
 * of what the entries are and puts no text on the screen.
 */
#include "parallax/ui-private.h"

#include <stdint.h>

/* Rows a panned view may have, as far as its keys know: its draw keeps
 * its top in range. */
#define UI_LIST_PAN_ROWS	(SIZE_MAX / 2 + 1)

/* Move a place among n (a cursor, or a top) for a movement action. */
static bool
ui_list_step(struct view *v, size_t *at, enum action a, size_t n,
    size_t page)
{
	switch (a) {
	case ACTION_MOVE_DOWN:
		if (*at + 1 < n)
			(*at)++;
		break;
	case ACTION_MOVE_UP:
		if (*at > 0)
			(*at)--;
		break;
	case ACTION_PAGE_DOWN:
		*at = *at + page < n ? *at + page : (n > 0 ? n - 1 : 0);
		break;
	case ACTION_PAGE_UP:
		*at = *at > page ? *at - page : 0;
		break;
	case ACTION_TOP:
		*at = 0;
		break;
	case ACTION_BOTTOM:
		*at = n > 0 ? n - 1 : 0;
		break;
	default:
		return false;
	}
	v->dirty = true;
	return true;
}

bool
ui_list_move(struct view *v, enum action a, size_t n, size_t page)
{
	return ui_list_step(v, &v->cursor, a, n, page);
}

void
ui_list_scroll(struct view *v, size_t n, size_t per)
{
	if (per == 0)
		per = 1;
	if (v->cursor >= n)
		v->cursor = n > 0 ? n - 1 : 0;
	if (v->cursor < v->top)
		v->top = v->cursor;
	if (v->cursor >= v->top + per)
		v->top = v->cursor - per + 1;
}

void
ui_list_wheel(struct view *v, int wheel, size_t n, size_t per, size_t rows)
{
	size_t	 step = rows > 0 && UI_WHEEL_ROWS / rows > 0 ?
		    UI_WHEEL_ROWS / rows : 1;
	size_t	 last = n > per ? n - per : 0;

	if (per == 0)
		per = 1;
	if (wheel > 0)
		v->top = v->top + step < last ? v->top + step : last;
	else
		v->top = v->top > step ? v->top - step : 0;
	if (v->cursor < v->top)
		v->cursor = v->top;
	if (v->cursor >= v->top + per)
		v->cursor = v->top + per - 1;
	if (v->cursor >= n)
		v->cursor = n > 0 ? n - 1 : 0;
	v->dirty = true;
}

size_t
ui_list_at(const struct view *v, int y, int first, size_t rows, size_t n)
{
	size_t	 k, shown;

	if (rows == 0 || y < first || y > v->h - 2)
		return SIZE_MAX;
	k = (size_t)(y - first) / rows;
	/* Drawn when its first two rows (its one) are inside the frame. */
	shown = (size_t)(v->h - 2 - first + (rows > 1 ? 0 : 1));
	shown = rows > 1 ? (shown + rows - 1) / rows : shown;
	if (k >= shown || v->top + k >= n)
		return SIZE_MAX;
	return v->top + k;
}

bool
ui_list_click(struct view *v, size_t entry)
{
	if (entry == SIZE_MAX)
		return false;
	if (entry == v->cursor)
		return true;
	v->cursor = entry;
	v->dirty = true;
	return false;
}

attr_t
ui_list_row(const struct ui *ui, struct view *v, int y, bool cursor,
    attr_t normal)
{
	if (!cursor)
		return normal;
	ui_draw_fill(v->win, y, 1, v->w - 2, ui->attr[THEME_EL_CURSOR]);
	return ui->attr[THEME_EL_CURSOR];
}

bool
ui_list_pan(struct view *v, enum action a, size_t page)
{
	return ui_list_step(v, &v->top, a, UI_LIST_PAN_ROWS, page);
}

void
ui_list_pan_wheel(struct view *v, int wheel)
{
	if (wheel > 0)
		v->top += UI_WHEEL_ROWS;
	else
		v->top = v->top > UI_WHEEL_ROWS ? v->top - UI_WHEEL_ROWS : 0;
	v->dirty = true;
}

void
ui_list_pan_mouse(struct ui *ui, struct view *v, int y, int x, int wheel)
{
	(void)ui;
	(void)y;
	(void)x;
	if (wheel != 0)
		ui_list_pan_wheel(v, wheel);
}

void
ui_list_clamp(struct view *v, size_t rows, size_t page)
{
	if (v->top + page > rows)
		v->top = rows > page ? rows - page : 0;
}
