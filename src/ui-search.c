/*
 * ui-search: the search prompt and its results.  The query goes to the
 * store's full-text search over every article; the results list shows the
 * outlet, title, date and a snippet with the matching words marked, and
 * Enter opens the article in the reading pane.
 */
#include "parallax/ui-private.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/util.h"

/* Results asked of the store at most. */
#define UI_SEARCH_LIMIT	200
/* Rows per result. */
#define UI_SEARCH_ROWS	3

struct ui_search {
	char			*query;
	struct store_hits	 hits;
};

/* Results shown at once. */
static size_t
ui_search_per(const struct view *v)
{
	size_t	 per = ui_page(v) / UI_SEARCH_ROWS;

	return per > 0 ? per : 1;
}

static const struct ui_hint ui_search_hints[] = {
	{ ACTION_MOVE_DOWN, "down" },
	{ ACTION_ENTER, "open" },
	{ ACTION_SEARCH, "new search" },
	{ ACTION_QUIT_VIEW, "close" },
	{ ACTION_NONE, NULL }
};

static void
ui_search_free(struct view *v)
{
	struct ui_search *s = v->data;

	if (s == NULL)
		return;
	free(s->query);
	store_hits_free(&s->hits);
	free(s);
	v->data = NULL;
}

/* The prompt's callback: run the query and show the results. */
static void
ui_search_done(struct ui *ui, const char *text)
{
	struct view		*v = &ui->overlay[UI_SEARCH];
	struct ui_search	*s;
	char			*cause;

	if (text == NULL || *text == '\0')
		return;
	ui_search_free(v);
	s = v->data = xcalloc(1, sizeof *s);
	s->query = xstrdup(text);
	if (store_search(ui->store, text, UI_SEARCH_LIMIT, &s->hits,
	    &cause) != 0) {
		ui_message(ui, true, "%s", cause);
		free(cause);
		return;
	}
	ui_message(ui, false, "%zu result%s for \"%s\".", s->hits.n,
	    s->hits.n == 1 ? "" : "s", text);
	v->cursor = v->top = 0;
	ui_open_overlay(ui, UI_SEARCH);
}

void
ui_search_start(struct ui *ui, const char *query)
{
	if (query != NULL) {
		ui_search_done(ui, query);
		return;
	}
	ui_prompt_start(ui, "Search: ", ui_search_done);
}

/* A snippet: the text between "[" and "]" marked as a hit. */
static void
ui_search_snippet(struct ui *ui, struct view *v, int y, const char *sn)
{
	int	 x = 4, w = v->w - 1;
	bool	 hit = false;
	size_t	 n;

	while (*sn != '\0' && x < w) {
		n = strcspn(sn, hit ? "]" : "[");
		x += ui_draw_str(v->win, y, x, w - x, sn, n, ui->attr[hit ?
		    THEME_EL_SEARCH_HIT : THEME_EL_DEFAULT]);
		sn += n;
		if (*sn != '\0') {
			sn++;
			hit = !hit;
		}
	}
}

static void
ui_search_draw(struct ui *ui, struct view *v)
{
	struct ui_search	*s = v->data;
	size_t			 i;
	int			 y, w = v->w - 2;
	char			*t;

	t = xasprintf("Search: %s", s != NULL ? s->query : "");
	ui_draw_box(v->win, t, ui->attr[THEME_EL_BORDER],
	    ui->attr[THEME_EL_PANE_TITLE_FOCUS]);
	free(t);
	if (s == NULL || s->hits.n == 0) {
		ui_draw_fit(v->win, 1, 2, w - 1, "No articles match.",
		    ui->attr[THEME_EL_EMPTY]);
		return;
	}
	ui_list_scroll(v, s->hits.n, ui_search_per(v));
	for (i = v->top, y = 1; i < s->hits.n && y + 1 < v->h - 1;
	    i++, y += UI_SEARCH_ROWS) {
		const struct store_entry *e = &s->hits.v[i].entry;
		attr_t a = ui_list_row(ui, v, y, i == v->cursor,
		    ui->attr[THEME_EL_STORY]);
		t = xasprintf("%s  %s  %s", e->source, e->date != NULL ?
		    e->date : "", e->title);
		ui_draw_fit(v->win, y, 2, w - 1, t, a);
		free(t);
		ui_search_snippet(ui, v, y + 1, s->hits.v[i].snippet);
	}
}

static bool
ui_search_key(struct ui *ui, struct view *v, enum action a, int ch)
{
	struct ui_search *s = v->data;
	size_t		 n = s != NULL ? s->hits.n : 0;

	(void)ch;
	switch (a) {
	case ACTION_ENTER:
	case ACTION_EXPAND:
		if (v->cursor >= n)
			return true;
		ui_close_overlay(ui);
		ui_open_article(ui, s->hits.v[v->cursor].entry.id, 0, true);
		ui_set_focus(ui, UI_READER);
		return true;
	case ACTION_BACK:
		ui_close_overlay(ui);
		return true;
	default:
		return ui_list_move(v, a, n, ui_search_per(v));
	}
}

/* A click selects a result, a second one opens it; the wheel scrolls. */
static void
ui_search_mouse(struct ui *ui, struct view *v, int y, int x, int wheel)
{
	struct ui_search *s = v->data;
	size_t		 n = s != NULL ? s->hits.n : 0;

	(void)x;
	if (wheel != 0)
		ui_list_wheel(v, wheel, n, ui_search_per(v), UI_SEARCH_ROWS);
	else if (ui_list_click(v, ui_list_at(v, y, 1, UI_SEARCH_ROWS, n)))
		ui_search_key(ui, v, ACTION_ENTER, 0);
}

const struct view_ops ui_search_ops = {
	.name = "search",
	.keys = KEYS_VIEW_SEARCH,
	.title = "Search",
	.draw = ui_search_draw,
	.key = ui_search_key,
	.mouse = ui_search_mouse,
	.free = ui_search_free,
	.hints = ui_search_hints
};
