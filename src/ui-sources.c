/*
 * ui-sources: the Sources pane.  The stories, each with its number of
 * outlets and of shared claims, expandable to its articles (outlet, date,
 * title and a bar of how much of the article other outlets carry).  Every
 * entry is two rows.  Moving onto an article shows it in the reading
 * pane.  The newest stories' heads are read for the first screen, and
 * every story's by the first slice of idle work; a story's articles
 * are read when it is first on screen, and the shared-claim counts come
 * from the store's cache or, while the user is idle, from cross-
 * references computed a slice at a time: the stories on screen first,
 * then the rest ("…" until known).  It never draws text itself:
 * ui-draw.c does.
 */
#include "parallax/ui-private.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "parallax/text.h"
#include "parallax/util.h"

/* Rows per entry, and the width of an article's bar. */
#define UI_SOURCES_ROWS	2
#define UI_SOURCES_BAR	5

/* Columns an article's outlet and title keep before the bar and the date
 * give way to them in a narrow pane. */
#define UI_SOURCES_NAME_MIN	10
#define UI_SOURCES_TITLE_MIN	16

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
ui_sources_entries(struct ui *ui, size_t *n)
{
	struct ui_entry	*e;
	size_t		 cap = ui->stories.n + 1, k = 0, s, na;

	for (size_t i = 0; i < ui->stories.n; i++)
		if (ui->info[i].expanded) {
			ui_story_articles(ui, i, &na);
			cap += na;
		}
	e = xcalloc(cap, sizeof *e);
	for (size_t i = 0; i < ui->stories.n; i++) {
		s = ui->order[i];
		e[k].story = s;
		e[k++].art = SIZE_MAX;
		if (!ui->info[s].expanded)
			continue;
		for (size_t j = 0; j < ui->info[s].narticles; j++) {
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

/* The index of an entry in the entries, or SIZE_MAX. */
static size_t
ui_sources_find(const struct ui_entry *e, size_t n, struct ui_entry want)
{
	for (size_t i = 0; i < n; i++)
		if (e[i].story == want.story && e[i].art == want.art)
			return i;
	return SIZE_MAX;
}

/*
 * Sort the stories.  The entry under the cursor stays under it, and with
 * keep_row on the same row of the pane (the order changes under the user
 * as counts arrive); on a new list the article being read is selected.
 */
static void
ui_sources_resort(struct ui *ui, bool keep_row)
{
	struct view		*v = &ui->pane[UI_SOURCES];
	struct ui_sort_key	*k;
	struct ui_entry		*e, cur = { SIZE_MAX, SIZE_MAX };
	size_t			 n = ui->stories.n, ne, row = 0, i;

	if (ui->order != NULL) {
		e = ui_sources_entries(ui, &ne);
		if (v->cursor < ne) {
			cur = e[v->cursor];
			row = v->cursor >= v->top ? v->cursor - v->top : 0;
		}
		free(e);
	}
	k = xcalloc(n + 1, sizeof *k);
	for (i = 0; i < n; i++) {
		const struct store_story *sy = &ui->stories.v[i];
		k[i].index = i;
		switch (ui->sort) {
		case CFG_SORT_OUTLETS:
			k[i].key = -(long long)sy->nsources;
			break;
		case CFG_SORT_CLAIMS:
			/* Unknown counts (-1) last, until the idle work
			 * has them. */
			k[i].key = -(long long)sy->nclaims;
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
	for (i = 0; i < n; i++)
		ui->order[i] = k[i].index;
	free(k);
	v->dirty = true;
	if (cur.story == SIZE_MAX) {
		if (ui->article_id != 0)
			ui_sources_select(ui, ui->story, ui->article_id);
		return;
	}
	e = ui_sources_entries(ui, &ne);
	if ((i = ui_sources_find(e, ne, cur)) != SIZE_MAX) {
		v->cursor = i;
		/* Else from the top, scrolled to the cursor when drawn. */
		v->top = !keep_row ? 0 : i >= row ? i - row : 0;
	}
	free(e);
}

void
ui_sources_sort(struct ui *ui)
{
	ui_sources_resort(ui, false);
}

void
ui_sources_select(struct ui *ui, int64_t story, int64_t article)
{
	struct ui_entry	*e;
	size_t		 si, n;

	if (ui_story_by_id(ui, story, &si) == NULL)
		return;
	ui->sort_top = false;
	ui->info[si].expanded = true;
	e = ui_sources_entries(ui, &n);
	for (size_t i = 0; i < n; i++) {
		if (e[i].story != si || (e[i].art != SIZE_MAX &&
		    ui->info[si].articles[e[i].art].id != article))
			continue;
		ui->pane[UI_SOURCES].cursor = i;
		if (e[i].art != SIZE_MAX)
			break;
	}
	free(e);
	ui->pane[UI_SOURCES].dirty = true;
}

/* A count, or "…" while it is unknown. */
static char *
ui_sources_count(long n)
{
	return n < 0 ? xstrdup("…") : xasprintf("%ld", n);
}

/* A story's two rows. */
static void
ui_sources_story(struct ui *ui, struct view *v, int y, size_t si,
    bool cursor)
{
	struct store_story	*sy = &ui->stories.v[si];
	struct ui_story_info	*in = ui_story_info(ui, si);
	attr_t			 a = cursor ? ui->attr[THEME_EL_CURSOR] :
				    ui->attr[THEME_EL_STORY];
	attr_t			 m = cursor ? a : ui->attr[THEME_EL_META];
	int			 w = v->w - 2, x;
	char			*s, *o, *c;
	size_t			 n;

	/* A story on screen has its articles, and so its outlets. */
	if (sy->nsources == 0)
		ui_story_articles(ui, si, &n);
	ui_draw_fill(v->win, y, 1, w, a);
	x = 1 + ui_draw_cstr(v->win, y, 1, w, in->expanded ? "▾ " : "▸ ",
	    a);
	ui_draw_fit(v->win, y, x, w - x + 1, sy->title, a);
	o = ui_sources_count(sy->nsources > 0 ? (long)sy->nsources : -1);
	c = ui_sources_count(sy->nclaims);
	s = xasprintf("  %s outlet%s  %s shared", o, sy->nsources == 1 ? "" :
	    "s", c);
	ui_draw_fill(v->win, y + 1, 1, w, m);
	ui_draw_fit(v->win, y + 1, 1, w, s, m);
	free(s);
	free(o);
	free(c);
}

/* An article's two rows: outlet, bar and counts; date and title. */
static void
ui_sources_article(struct ui *ui, struct view *v, int y, size_t si,
    size_t ai, bool cursor)
{
	const struct store_entry *e = &ui->info[si].articles[ai];
	attr_t			 a = cursor ? ui->attr[THEME_EL_CURSOR] :
				    ui->attr[THEME_EL_ARTICLE];
	int			 w = v->w - 2, x, right, filled = 0;
	size_t			 sh = 0, ns = 0;
	bool			 known, bar;
	const char		*date;
	char			*s;

	known = ui_story_counts(ui, si, e->id, &sh, &ns);
	ui_draw_fill(v->win, y, 1, w, a);
	ui_draw_fill(v->win, y + 1, 1, w, a);
	s = known ? xasprintf("%zu/%zu", sh, ns) : xstrdup("…");
	right = (int)text_width(s, strlen(s)) + UI_SOURCES_BAR + 1;
	x = 1 + ui_draw_cstr(v->win, y, 1, w, e->id == ui->article_id ?
	    "  ▶ " : "    ", a);
	bar = w - x - right >= UI_SOURCES_NAME_MIN;
	if (!bar)
		right -= UI_SOURCES_BAR;
	ui_draw_fit(v->win, y, x, w - x - right, e->source, cursor ? a :
	    ui->attr[THEME_EL_OUTLET]);
	if (w - right > x) {
		if (ns > 0)
			filled = (int)((sh * UI_SOURCES_BAR + ns / 2) / ns);
		x = w - right + 1;
		for (int i = 0; bar && i < UI_SOURCES_BAR; i++)
			x += ui_draw_cstr(v->win, y, x, 1, i < filled ? "▮" :
			    "▯", ui->attr[i < filled ? THEME_EL_BAR_SHARED :
			    THEME_EL_BAR_UNIQUE]);
		ui_draw_cstr(v->win, y, x + bar, w - x, s, a);
	}
	free(s);
	/* A narrow pane shows the title rather than the date. */
	date = e->date != NULL && w >= 6 + 11 + UI_SOURCES_TITLE_MIN ?
	    e->date : "";
	s = xasprintf("      %s%s%s", date, *date != '\0' ? " " : "",
	    e->title != NULL ? e->title : "");
	ui_draw_fit(v->win, y + 1, 1, w, s, a);
	free(s);
}

/* Entries shown at once. */
static size_t
ui_sources_per(const struct view *v)
{
	size_t	 per = ui_page(v) / UI_SOURCES_ROWS;

	return per > 0 ? per : 1;
}

/* While shared claims are being counted, say so on the bottom border. */
static void
ui_sources_progress(struct ui *ui, struct view *v)
{
	char	*s;

	if (ui->nuncounted == 0 || v->w < 16 || v->h < 3)
		return;
	s = xasprintf(" counting: %zu left ", ui->nuncounted);
	ui_draw_fit(v->win, v->h - 1, 2, v->w - 4, s, ui->attr[THEME_EL_META]);
	free(s);
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
	ui_list_scroll(v, n, ui_sources_per(v));
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
	ui_sources_progress(ui, v);
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
		id = ui->info[e[v->cursor].story].articles[
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
	size_t	 n;
	struct ui_entry *e;
	bool	 on_article;

	(void)ch;
	e = ui_sources_entries(ui, &n);
	on_article = v->cursor < n && e[v->cursor].art != SIZE_MAX;
	free(e);
	if (a != ACTION_NONE)
		ui->sort_top = false;
	switch (a) {
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
		if (!ui_list_move(v, a, n, ui_sources_per(v)))
			return false;
		break;
	}
	ui_sources_preview(ui, v, false);
	return true;
}

/*
 * A click selects an entry and shows its article, a second one opens
 * the article or folds the story, as Enter does.  The wheel scrolls the
 * list, dragging the cursor along without opening what it passes.
 */
static void
ui_sources_mouse(struct ui *ui, struct view *v, int y, int x, int wheel)
{
	size_t	 n, row;
	struct ui_entry *e;

	(void)x;
	e = ui_sources_entries(ui, &n);
	free(e);
	ui->sort_top = false;
	if (wheel != 0) {
		ui_list_wheel(v, wheel, n, ui_sources_per(v),
		    UI_SOURCES_ROWS);
		return;
	}
	row = ui_list_at(v, y, 1, UI_SOURCES_ROWS, n);
	if (ui_list_click(v, row))
		ui_sources_key(ui, v, ACTION_ENTER, 0);
	else if (row != SIZE_MAX)
		ui_sources_preview(ui, v, false);
}

/* Milliseconds since a moment. */
static long
ui_sources_ms(const struct timespec *t0)
{
	struct timespec	 t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)(t.tv_sec - t0->tv_sec) * 1000 +
	    (t.tv_nsec - t0->tv_nsec) / 1000000;
}

/* Does a story on screen still lack a count? */
static bool
ui_sources_wants(const struct ui *ui, size_t si)
{
	return ui->stories.v[si].nclaims < 0 ||
	    ui->stories.v[si].nsources == 0 ||
	    (ui->info[si].expanded && !ui->info[si].counted);
}

static bool
ui_sources_no_claims(const struct store_story *sy)
{
	return sy->nclaims < 0;
}

static bool
ui_sources_no_outlets(const struct store_story *sy)
{
	return sy->nsources == 0;
}

/*
 * Work through the stories in list order from *next while *left of them
 * lack what need() tells, with work() to get it, until budget_ms have
 * passed since t0.  True when the time ran out.
 */
static bool
ui_sources_pass(struct ui *ui, const struct timespec *t0, long budget_ms,
    size_t *next, size_t *left, bool (*need)(const struct store_story *),
    bool (*work)(struct ui *, size_t), bool *did)
{
	size_t	 s;

	for (size_t seen = 0; *left > 0; seen++) {
		if (seen > 2 * ui->stories.n + 1) {
			*left = 0;	/* none left after all */
			break;
		}
		if (*next >= ui->stories.n)
			*next = 0;	/* re-sorted under us */
		s = ui->order[*next];
		if (!need(&ui->stories.v[s])) {
			(*next)++;
			continue;
		}
		if (*did && ui_sources_ms(t0) >= budget_ms)
			return true;
		*did |= work(ui, s);
		(*next)++;
	}
	return false;
}

/* Read every story after a first screen of the newest, the cursor kept
 * on its entry. */
static void
ui_sources_complete(struct ui *ui, struct view *v)
{
	struct ui_entry	*e, cur = { SIZE_MAX, SIZE_MAX };
	size_t		 n, top = v->top, i, si;
	int64_t		 story = 0, article = 0;

	e = ui_sources_entries(ui, &n);
	if (v->cursor < n) {
		cur = e[v->cursor];
		story = ui->stories.v[cur.story].id;
		if (cur.art != SIZE_MAX)
			article = ui->info[cur.story].articles[cur.art].id;
	}
	free(e);
	ui_reload(ui, true);
	if (story == 0 || ui_story_by_id(ui, story, &si) == NULL)
		return;
	e = ui_sources_entries(ui, &n);
	for (i = 0; i < n; i++) {
		if (e[i].story != si || (article == 0) != (e[i].art ==
		    SIZE_MAX) || (article != 0 &&
		    ui->info[si].articles[e[i].art].id != article))
			continue;
		v->cursor = i;
		v->top = top <= i ? top : i;
		break;
	}
	free(e);
}

/*
 * One slice of idle work: count the shared claims and outlets of the
 * stories on screen (and the articles' counts of the expanded ones),
 * then of the others in list order, those the sort needs first, until
 * budget_ms have passed (one story may take longer: its cross-reference
 * is computed whole).  True when work is left.
 */
bool
ui_sources_idle(struct ui *ui, long budget_ms)
{
	struct view	*v = &ui->pane[UI_SOURCES];
	struct timespec	 t0;
	struct ui_entry	*e;
	size_t		 n, per = ui_page(v) / UI_SOURCES_ROWS + 1, i, s;
	bool		 did = false, left = false, outlets_first;

	if (ui->partial) {
		ui_sources_complete(ui, v);
		return true;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	e = ui_sources_entries(ui, &n);
	for (i = v->top; i < n && i < v->top + per; i++) {
		s = e[i].story;
		if (!ui_sources_wants(ui, s))
			continue;
		if (did && ui_sources_ms(&t0) >= budget_ms) {
			left = true;
			break;
		}
		did |= ui_story_outlets(ui, s);
		did |= ui_story_count(ui, s);
	}
	free(e);
	outlets_first = ui->sort == CFG_SORT_OUTLETS;
	for (int pass = 0; pass < 2 && !left; pass++) {
		if ((pass == 0) == outlets_first)
			left = ui_sources_pass(ui, &t0, budget_ms,
			    &ui->idle_outlets, &ui->nnooutlets,
			    ui_sources_no_outlets, ui_story_outlets, &did);
		else
			left = ui_sources_pass(ui, &t0, budget_ms,
			    &ui->idle_next, &ui->nuncounted,
			    ui_sources_no_claims, ui_story_count, &did);
	}
	if (did) {
		if (ui->sort == CFG_SORT_CLAIMS || ui->sort ==
		    CFG_SORT_OUTLETS)
			ui_sources_resort(ui, true);
		if (ui->sort_top)
			v->cursor = v->top = 0;
		v->dirty = true;
	}
	return left || ui->nuncounted > 0 || ui->nnooutlets > 0;
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
