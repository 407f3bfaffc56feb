/*
 * ui-help: the list of keys, generated from the action table: every
 * action, the keys that perform it in the current bindings (of the pane
 * that had the focus, main's included) and its help text.
 */
#include "parallax/ui-private.h"

#include <stdlib.h>

#include "parallax/util.h"

/* Columns given to the key names. */
#define UI_HELP_KEYS	16

static const struct ui_hint ui_help_hints[] = {
	{ ACTION_MOVE_DOWN, "down" },
	{ ACTION_PAGE_DOWN, "page" },
	{ ACTION_QUIT_VIEW, "close" },
	{ ACTION_NONE, NULL }
};

static void
ui_help_draw(struct ui *ui, struct view *v)
{
	enum keys_view	 kv = ui->pane[ui->focus].ops->keys;
	size_t		 page = ui_page(v), n = ACTION__MAX - 1, row;
	char		*k, *title;
	int		 y, x, w = v->w - 2;

	title = xasprintf("Help: keys of the %s pane", keys_view_name(kv));
	ui_draw_box(v->win, title, ui->attr[THEME_EL_BORDER],
	    ui->attr[THEME_EL_PANE_TITLE_FOCUS]);
	free(title);
	ui_list_clamp(v, n, page);
	for (row = v->top, y = 1; row < n && y < v->h - 1; row++, y++) {
		enum action a = (enum action)(row + 1);
		k = keys_describe(ui->cfg.keys, kv, a);
		ui_draw_fit(v->win, y, 2, UI_HELP_KEYS - 1, *k != '\0' ? k :
		    "(none)", ui->attr[THEME_EL_HELP_KEY]);
		free(k);
		x = 2 + UI_HELP_KEYS;
		x += ui_draw_fit(v->win, y, x, w - x, keys_action_name(a),
		    ui->attr[THEME_EL_DEFAULT]);
		x = x < 2 + UI_HELP_KEYS + 15 ? 2 + UI_HELP_KEYS + 15 : x + 1;
		ui_draw_fit(v->win, y, x, w - x, keys_action_help(a),
		    ui->attr[THEME_EL_META]);
	}
}

static bool
ui_help_key(struct ui *ui, struct view *v, enum action a, int ch)
{
	(void)ch;
	switch (a) {
	case ACTION_BACK:
	case ACTION_ENTER:
		ui_close_overlay(ui);
		return true;
	default:
		return ui_list_pan(v, a, ui_page(v));
	}
}

const struct view_ops ui_help_ops = {
	.name = "help",
	.keys = KEYS_VIEW_HELP,
	.title = "Help",
	.draw = ui_help_draw,
	.key = ui_help_key,
	.mouse = ui_list_pan_mouse,
	.hints = ui_help_hints
};
