/*
 * ui-sources: the Sources pane.  The stories, each with its number of
 * outlets and of shared claims, expandable to its articles (outlet, date,
 * title and a bar of how much of the article other outlets carry).  Every
 * entry is two rows.  Moving onto an article shows it in the reading
 * pane.  The counts come from the cross-reference of the stories on
 * screen only.  It never draws text itself: ui-draw.c does.
 */
#include "parallax/ui-private.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parallax/util.h"

/* Rows per entry, and the width of an article's bar. */
#define UI_SOURCES_ROWS	2
#define UI_SOURCES_BAR	5

/* One entry of the list: a story, or one of its articles. */
struct ui_entry {
	size_t	 story;		/* index into ui->stories.v */
	size_t	 art;		/* index into its articles, SIZE_MAX: story */
};

static const struct ui_hint ui_sources_hints[] = {
	{ ACTION_MOVE_DOWN, "down" },
	{ ACTION_ENTER, "open" },
	{ ACTION_SORT, "sort" },
	{ ACTION_FOCUS_NEXT, "next pane" },
	{ ACTION_SEARCH, "search" },
	{ ACTION_HELP, "help" },
	{ ACTION_QUIT, "quit" },
	{ ACTION_NONE, NULL }
};

/* The entries in order: sorted stories, and the articles of the expanded
 * ones.  Caller frees. */
static struct ui_entry *
ui_sources_entries(const struct ui *ui, size_t *n)
{
	struct ui_entry	*e;
	size_t		 cap = ui->stories.n + 1, k = 0, s;

	for (size_t i = 0; i < ui->stories.n; i++)
		if (ui->info[i].expanded)
			cap += ui->stories.v[i].narticles;
	e = xcalloc(cap, sizeof *e);
	for (size_t i = 0; i < ui->stories.n; i++) {
		s = ui->order[i];
		e[k].story = s;
		e[k++].art = SIZE_MAX;
		if (!ui->info[s].expanded)
			continue;
		for (size_t j = 0; j < ui->stories.v[s].narticles; j++) {
			e[k].story = s;
			e[k++].art = j;
		}
	}
	*n = k;
	return e;
}

/* Sort keys, computed before qsort (which takes no context). */
struct ui_sort_key {
	size_t		 index;
	long long	 key;
	const char	*title;
};

static int
ui_sort_cmp(const void *a, const void *b)
{
	const struct ui_sort_key *x = a, *y = b;
	int c;

	if (x->title != NULL && (c = strcasecmp(x->title, y->title)) != 0)
		return c;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

void
ui_sources_sort(struct ui *ui)
{
	struct ui_sort_key	*k;
	size_t			 n = ui->stories.n;

	k = xcalloc(n + 1, sizeof *k);
	for (size_t i = 0; i < n; i++) {
		const struct store_story *sy = &ui->stories.v[i];
		k[i].index = i;
		switch (ui->sort) {
		case CFG_SORT_OUTLETS:
			k[i].key = -(long long)sy->nsources;
			break;
		case CFG_SORT_CLAIMS:
			/* Needs every story's cross-reference. */
			k[i].key = -(long long)ui_story_info(ui, i)->nclaims;
			break;
		case CFG_SORT_TITLE:
			k[i].title = sy->title != NULL ? sy->title : "";
			break;
		default:
			break;
		}
	}
	qsort(k, n, sizeof *k, ui_sort_cmp);
	free(ui->order);
	ui->order = xcalloc(n + 1, sizeof *ui->order);
	for (size_t i = 0; i < n; i++)
		ui->order[i] = k[i].index;
	free(k);
	if (ui->article_id != 0)
		ui_sources_select(ui, ui->story, ui->article_id);
	ui->pane[UI_SOURCES].dirty = true;
}

void
ui_sources_select(struct ui *ui, int64_t story, int64_t article)
{
	struct ui_entry	*e;
	size_t		 si, n;

	if (ui_story_by_id(ui, story, &si) == NULL)
		return;
	ui->info[si].expanded = true;
	e = ui_sources_entries(ui, &n);
	for (size_t i = 0; i < n; i++) {
		if (e[i].story != si || (e[i].art != SIZE_MAX &&
		    ui->stories.v[si].articles[e[i].art].id != article))
			continue;
		ui->pane[UI_SOURCES].cursor = i;
		if (e[i].art != SIZE_MAX)
			break;
	}
	free(e);
	ui->pane[UI_SOURCES].dirty = true;
}

/* A story's two rows. */
static void
ui_sources_story(struct ui *ui, struct view *v, int y, size_t si,
    bool cursor)
{
	const struct store_story *sy = &ui->stories.v[si];
	struct ui_story_info	*in = ui_story_info(ui, si);
	attr_t			 a = cursor ? ui->attr[THEME_EL_CURSOR] :
				    ui->attr[THEME_EL_STORY];
	attr_t			 m = cursor ? a : ui->attr[THEME_EL_META];
	int			 w = v->w - 2, x;
	char			*s;

	ui_draw_fill(v->win, y, 1, w, a);
	x = 1 + ui_draw_cstr(v->win, y, 1, w, in->expanded ? "▾ " : "▸ ",
	    a);
	ui_draw_fit(v->win, y, x, w - x + 1, sy->title, a);
	s = xasprintf("  %zu outlet%s  %zu shared", sy->nsources,
	    sy->nsources == 1 ? "" : "s", in->nclaims);
	ui_draw_fill(v->win, y + 1, 1, w, m);
	ui_draw_fit(v->win, y + 1, 1, w, s, m);
	free(s);
}

/* An article's two rows: outlet, bar and counts; date and title. */
static void
ui_sources_article(struct ui *ui, struct view *v, int y, size_t si,
    size_t ai, bool cursor)
{
	const struct store_entry *e = &ui->stories.v[si].articles[ai];
	struct ui_story_info	*in = ui_story_info(ui, si);
	attr_t			 a = cursor ? ui->attr[THEME_EL_CURSOR] :
				    ui->attr[THEME_EL_ARTICLE];
	int			 w = v->w - 2, x, right, filled = 0;
	size_t			 sh = in->nshared[ai], ns = in->nsentences[ai];
	char			*s;

	ui_draw_fill(v->win, y, 1, w, a);
	ui_draw_fill(v->win, y + 1, 1, w, a);
	s = xasprintf("%zu/%zu", sh, ns);
	right = (int)strlen(s) + UI_SOURCES_BAR + 1;
	x = 1 + ui_draw_cstr(v->win, y, 1, w, e->id == ui->article_id ?
	    "  ▶ " : "    ", a);
	ui_draw_fit(v->win, y, x, w - x - right, e->source, cursor ? a :
	    ui->attr[THEME_EL_OUTLET]);
	if (w - right > x) {
		if (ns > 0)
			filled = (int)((sh * UI_SOURCES_BAR + ns / 2) / ns);
		x = w - right + 1;
		for (int i = 0; i < UI_SOURCES_BAR; i++)
			x += ui_draw_cstr(v->win, y, x, 1, i < filled ? "▮" :
			    "▯", ui->attr[i < filled ? THEME_EL_BAR_SHARED :
			    THEME_EL_BAR_UNIQUE]);
		ui_draw_cstr(v->win, y, x + 1, w - x, s, a);
	}
	free(s);
	s = xasprintf("      %s %s", e->date != NULL ? e->date : "",
	    e->title != NULL ? e->title : "");
	ui_draw_fit(v->win, y + 1, 1, w, s, a);
	free(s);
}

/* Keep the cursor's entry on screen. */
static void
ui_sources_scroll(struct view *v, size_t n)
{
	size_t	 per = ui_page(v) / UI_SOURCES_ROWS;

	if (per == 0)
		per = 1;
	if (v->cursor >= n)
		v->cursor = n > 0 ? n - 1 : 0;
	if (v->cursor < v->top)
		v->top = v->cursor;
	if (v->cursor >= v->top + per)
		v->top = v->cursor - per + 1;
}

static void
ui_sources_draw(struct ui *ui, struct view *v)
{
	struct ui_entry	*e;
	size_t		 n, i;
	int		 y;

	ui_draw_box(v->win, v->ops->title, ui->attr[THEME_EL_BORDER],
	    ui->attr[ui->focus == UI_SOURCES && ui->open < 0 ?
	    THEME_EL_PANE_TITLE_FOCUS : THEME_EL_PANE_TITLE]);
	if (ui->stories.n == 0) {
		ui_draw_fit(v->win, 1, 1, v->w - 2, "No stories yet.",
		    ui->attr[THEME_EL_EMPTY]);
		return;
	}
	e = ui_sources_entries(ui, &n);
	ui_sources_scroll(v, n);
	for (i = v->top, y = 1; i < n && y + 1 < v->h - 1;
	    i++, y += UI_SOURCES_ROWS) {
		if (e[i].art == SIZE_MAX)
			ui_sources_story(ui, v, y, e[i].story,
			    i == v->cursor);
		else
			ui_sources_article(ui, v, y, e[i].story, e[i].art,
			    i == v->cursor);
	}
	free(e);
}

/* Show the article under the cursor in the reading pane. */
static void
ui_sources_preview(struct ui *ui, struct view *v, bool focus)
{
	struct ui_entry	*e;
	size_t		 n;
	int64_t		 id;

	e = ui_sources_entries(ui, &n);
	if (v->cursor < n && e[v->cursor].art != SIZE_MAX) {
		id = ui->stories.v[e[v->cursor].story].articles[
		    e[v->cursor].art].id;
		if (id != ui->article_id)
			ui_open_article(ui, id, 0, false);
		if (focus)
			ui_set_focus(ui, UI_READER);
	}
	free(e);
}

/* Expand (1), collapse (0) or toggle (-1) the story under the cursor. */
static void
ui_sources_fold(struct ui *ui, struct view *v, int how)
{
	struct ui_entry	*e;
	size_t		 n, s;

	e = ui_sources_entries(ui, &n);
	if (v->cursor < n) {
		s = e[v->cursor].story;
		if (e[v->cursor].art != SIZE_MAX && how != 1) {
			/* On an article: back to its story, folded. */
			while (v->cursor > 0 && e[v->cursor].art != SIZE_MAX)
				v->cursor--;
		}
		ui->info[s].expanded = how < 0 ? !ui->info[s].expanded :
		    how == 1;
	}
	free(e);
	v->dirty = true;
}

static bool
ui_sources_key(struct ui *ui, struct view *v, enum action a, int ch)
{
	size_t	 n, page = ui_page(v) / UI_SOURCES_ROWS;
	struct ui_entry *e;
	bool	 on_article;

	(void)ch;
	e = ui_sources_entries(ui, &n);
	on_article = v->cursor < n && e[v->cursor].art != SIZE_MAX;
	free(e);
	switch (a) {
	case ACTION_MOVE_DOWN:
		if (v->cursor + 1 < n)
			v->cursor++;
		break;
	case ACTION_MOVE_UP:
		if (v->cursor > 0)
			v->cursor--;
		break;
	case ACTION_PAGE_DOWN:
		v->cursor = v->cursor + page < n ? v->cursor + page :
		    (n > 0 ? n - 1 : 0);
		break;
	case ACTION_PAGE_UP:
		v->cursor = v->cursor > page ? v->cursor - page : 0;
		break;
	case ACTION_TOP:
		v->cursor = 0;
		break;
	case ACTION_BOTTOM:
		v->cursor = n > 0 ? n - 1 : 0;
		break;
	case ACTION_ENTER:
		if (on_article)
			ui_sources_preview(ui, v, true);
		else
			ui_sources_fold(ui, v, -1);
		return true;
	case ACTION_EXPAND:
		if (on_article)
			ui_sources_preview(ui, v, true);
		else
			ui_sources_fold(ui, v, 1);
		return true;
	case ACTION_COLLAPSE:
		ui_sources_fold(ui, v, 0);
		return true;
	default:
		return false;
	}
	ui_sources_preview(ui, v, false);
	v->dirty = true;
	return true;
}

static void
ui_sources_mouse(struct ui *ui, struct view *v, int y, int x, int wheel)
{
	size_t	 n, row;
	struct ui_entry *e;

	(void)x;
	e = ui_sources_entries(ui, &n);
	free(e);
	if (wheel != 0) {
		ui_sources_key(ui, v, wheel > 0 ? ACTION_MOVE_DOWN :
		    ACTION_MOVE_UP, 0);
		return;
	}
	if (y < 1)
		return;
	row = v->top + (size_t)(y - 1) / UI_SOURCES_ROWS;
	if (row >= n)
		return;
	if (row == v->cursor)
		ui_sources_key(ui, v, ACTION_ENTER, 0);
	else {
		v->cursor = row;
		ui_sources_preview(ui, v, false);
	}
	v->dirty = true;
}

const struct view_ops ui_sources_ops = {
	.name = "sources",
	.keys = KEYS_VIEW_SOURCES,
	.title = "Sources",
	.draw = ui_sources_draw,
	.key = ui_sources_key,
	.mouse = ui_sources_mouse,
	.hints = ui_sources_hints
};
