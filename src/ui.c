/*
 * ui: the interface's main loop.  Opens the terminal (newterm, so that an
 * unusable terminal is an error we report rather than an exit inside
 * curses), turns the theme into colour pairs, lays the panes out for the
 * terminal's size, reads keys with a timeout, dispatches them to the
 * focused view and draws what is dirty once per iteration.  It also holds
 * the model side: the story list, the article being read with its
 * cross-reference, and the history of followed claims.  It never writes
 * to the store (a fetch runs as a child process: ui-spawn.c) and never
 * puts article text on the screen itself.
 */
#include "parallax/ui.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curses.h>
#include <panel.h>
#include <term.h>

#include "parallax/article.h"
#include "parallax/config.h"
#include "parallax/keys.h"
#include "parallax/store.h"
#include "parallax/text.h"
#include "parallax/theme.h"
#include "parallax/ui-private.h"
#include "parallax/util.h"
#include "parallax/xref.h"

/* Milliseconds a key read waits before the loop polls the store. */
#define UI_POLL_MS	250

/* Milliseconds of idle work (counting shared claims) between two looks
 * at the keyboard, and how long the user must have been quiet before it
 * starts: a burst of keys is never slowed by it, and the terminal has
 * the processor to itself while it shows the first screen. */
#define UI_IDLE_MS	30
#define UI_QUIET_MS	100

/* Stories read for the first screen beyond one per line. */
#define UI_FIRST_PAGE	16

/* Milliseconds the interface waits for another process's lock: a cache
 * write that would wait longer is given up. */
#define UI_BUSY_MS	40
/* A story of this many articles whose cross-reference must be computed
 * afresh takes long enough (about a second a thousand articles) to be
 * computed in the background (ui-job.c), the screen saying so. */
#define UI_BUSY_ARTICLES	200
/* Milliseconds a key read waits while that work runs, to show its end
 * soon. */
#define UI_JOB_POLL_MS	50

/* Smallest usable terminal. */
#define UI_MIN_COLS	40
#define UI_MIN_LINES	12

/* The signal that asked us to stop, 0 when none. */
static volatile sig_atomic_t ui_signalled;

static void
ui_on_signal(int sig)
{
	ui_signalled = sig;
}

/* die()'s hook: give the terminal back before the message is printed. */
static void
ui_cleanup(void)
{
	if (!isendwin())
		endwin();
}

void
ui_message(struct ui *ui, bool error, const char *fmt, ...)
{
	va_list	 ap;

	free(ui->message);
	va_start(ap, fmt);
	ui->message = xvasprintf(fmt, ap);
	va_end(ap);
	ui->message_error = error;
}

attr_t
ui_attr(const struct ui *ui, enum theme_element e)
{
	return ui->attr[e];
}

void
ui_dirty_all(struct ui *ui)
{
	ui->all_dirty = true;
}

size_t
ui_page(const struct view *v)
{
	return v->h > 3 ? (size_t)(v->h - 2) : 1;
}

enum ui_class
ui_span_class(const struct ui *ui, const struct xref_span *sp)
{
	const struct xref_claim	*c;

	if (ui->xref == NULL || sp->group == XREF_NONE ||
	    sp->group >= ui->xref->nclaims)
		return UI_CLASS_UNIQUE;
	c = &ui->xref->claims[sp->group];
	if (c->ndiffs > 0)
		return UI_CLASS_DIFF;
	return c->nsources >= 3 ? UI_CLASS_MANY : c->nsources == 2 ?
	    UI_CLASS_TWO : UI_CLASS_UNIQUE;
}

attr_t
ui_class_attr(const struct ui *ui, enum ui_class c)
{
	static const enum theme_element el[] = {
		[UI_CLASS_UNIQUE] = THEME_EL_CLAIM_UNIQUE,
		[UI_CLASS_TWO] = THEME_EL_CLAIM_TWO,
		[UI_CLASS_MANY] = THEME_EL_CLAIM_MANY,
		[UI_CLASS_DIFF] = THEME_EL_CLAIM_DIFF
	};

	return ui->attr[el[c]];
}

const char *
ui_class_marker(enum ui_class c)
{
	static const char *const m[] = {
		[UI_CLASS_UNIQUE] = "○",
		[UI_CLASS_TWO] = "◐",
		[UI_CLASS_MANY] = "●",
		[UI_CLASS_DIFF] = "≠"
	};

	return m[c];
}

/* Theme attributes as curses attributes. */
static attr_t
ui_map_attrs(unsigned a)
{
	static const struct {
		unsigned	bit;
		attr_t		attr;
	} map[] = {
		{ THEME_BOLD, A_BOLD }, { THEME_UNDERLINE, A_UNDERLINE },
		{ THEME_REVERSE, A_REVERSE }, { THEME_DIM, A_DIM },
		{ THEME_ITALIC, A_ITALIC }, { THEME_BLINK, A_BLINK },
		{ THEME_STANDOUT, A_STANDOUT }
	};
	attr_t	r = A_NORMAL;

	for (size_t i = 0; i < UTIL_NELEM(map); i++)
		if (a & map[i].bit)
			r |= map[i].attr;
	return r;
}

/* Turn the theme into colour pairs, or into attributes alone. */
static void
ui_setup_colors(struct ui *ui, bool no_color)
{
	struct theme	 mono;
	const char	*nc = getenv("NO_COLOR");
	int		 e, fg, bg;

	ui->color = !no_color && (nc == NULL || *nc == '\0') &&
	    ui->cfg.color && has_colors();
	if (ui->color && start_color() == ERR)
		ui->color = false;
	if (!ui->color) {
		theme_monochrome(&ui->cfg.theme, &mono);
		for (e = 0; e < THEME__MAX; e++)
			ui->attr[e] = ui_map_attrs(mono.el[e].attrs);
		ui->markers = true;
		return;
	}
	use_default_colors();
	for (e = 0; e < THEME__MAX; e++) {
		const struct theme_style *s = &ui->cfg.theme.el[e];
		fg = theme_color_index(&s->fg, COLORS);
		bg = theme_color_index(&s->bg, COLORS);
		init_pair((short)(e + 1), (short)fg, (short)bg);
		ui->attr[e] = COLOR_PAIR(e + 1) | ui_map_attrs(s->attrs);
	}
	ui->markers = false;
}

/* Put a view's window at the given place, making it anew; h or w 0
 * hides it. */
static void
ui_place(struct ui *ui, struct view *v, int y, int x, int h, int w)
{
	if (v->panel != NULL)
		del_panel(v->panel);
	if (v->win != NULL)
		delwin(v->win);
	v->win = NULL;
	v->panel = NULL;
	v->shown = false;
	if (h <= 0 || w <= 0)
		return;
	v->y = y;
	v->x = x;
	v->h = h;
	v->w = w;
	if ((v->win = newwin(h, w, y, x)) == NULL)
		return;
	v->panel = new_panel(v->win);
	v->shown = true;
	v->dirty = true;
	if (v->ops->resize != NULL)
		v->ops->resize(ui, v);
}

/* Widths of the sources pane and the sidebar for a terminal width. */
static void
ui_widths(const struct ui *ui, int cols, int *src, int *side)
{
	int	max;

	if (cols >= 120) {
		*src = cols / 5 < 28 ? 28 : cols / 5;
		max = cols / 3;
	} else {
		*src = cols / 4;
		max = cols * 3 / 10;
	}
	*side = ui->cfg.sidebar_width < max ? ui->cfg.sidebar_width : max;
	if (!ui->sidebar)
		*side = 0;
}

/*
 * Lay the screen out: the panes side by side from 80 columns (the sidebar
 * narrower below 120 and hidden with toggle_sidebar), one pane at a time
 * below 80, a notice below 40x12; then the overlays over the body, the
 * status line and the message line.
 */
static void
ui_layout(struct ui *ui)
{
	int	 body, src, side, i;

	getmaxyx(stdscr, ui->nlines, ui->ncols);
	ui->too_small = ui->ncols < UI_MIN_COLS || ui->nlines < UI_MIN_LINES;
	body = ui->too_small ? 0 : ui->nlines - 2;
	if (ui->too_small) {
		for (i = 0; i < UI_NPANES; i++)
			ui_place(ui, &ui->pane[i], 0, 0, 0, 0);
	} else if (ui->ncols >= 80) {
		ui_widths(ui, ui->ncols, &src, &side);
		if (ui->focus == UI_SIDEBAR && side == 0)
			ui->focus = UI_READER;
		ui_place(ui, &ui->pane[UI_SOURCES], 0, 0, body, src);
		ui_place(ui, &ui->pane[UI_READER], 0, src, body,
		    ui->ncols - src - side);
		ui_place(ui, &ui->pane[UI_SIDEBAR], 0, ui->ncols - side, body,
		    side);
	} else {
		for (i = 0; i < UI_NPANES; i++)
			ui_place(ui, &ui->pane[i], 0, 0,
			    i == ui->focus ? body : 0, ui->ncols);
	}
	for (i = 0; i < UI_NOVERLAYS; i++) {
		ui_place(ui, &ui->overlay[i], 0, 0, body, ui->ncols);
		if (ui->overlay[i].panel != NULL && i != ui->open)
			hide_panel(ui->overlay[i].panel);
	}
	if (ui->status != NULL)
		delwin(ui->status);
	if (ui->message_win != NULL)
		delwin(ui->message_win);
	ui->status = ui->message_win = NULL;
	if (!ui->too_small) {
		ui->status = newwin(1, ui->ncols, ui->nlines - 2, 0);
		ui->message_win = newwin(1, ui->ncols, ui->nlines - 1, 0);
	}
	werase(stdscr);
	wnoutrefresh(stdscr);
	ui_dirty_all(ui);
}

void
ui_set_focus(struct ui *ui, int pane)
{
	if (pane == UI_SIDEBAR && !ui->sidebar) {
		ui->sidebar = true;
		ui->focus = pane;
		ui_layout(ui);
		return;
	}
	ui->focus = pane;
	if (ui->ncols < 80)
		ui_layout(ui);
	ui_dirty_all(ui);
}

/* The next pane in the given direction that is or can be shown. */
static void
ui_cycle_focus(struct ui *ui, int dir)
{
	int	 p = ui->focus;

	do
		p = (p + dir + UI_NPANES) % UI_NPANES;
	while (p == UI_SIDEBAR && !ui->sidebar && ui->ncols >= 80);
	ui_set_focus(ui, p);
}

void
ui_open_overlay(struct ui *ui, int which)
{
	if (ui->open >= 0 && ui->overlay[ui->open].panel != NULL)
		hide_panel(ui->overlay[ui->open].panel);
	ui->open = which;
	ui->overlay[which].dirty = true;
	if (ui->overlay[which].panel != NULL) {
		show_panel(ui->overlay[which].panel);
		top_panel(ui->overlay[which].panel);
	}
	ui_dirty_all(ui);
}

void
ui_close_overlay(struct ui *ui)
{
	if (ui->open >= 0 && ui->overlay[ui->open].panel != NULL)
		hide_panel(ui->overlay[ui->open].panel);
	ui->open = -1;
	ui_dirty_all(ui);
}

static void
ui_info_fini(struct ui_story_info *in)
{
	store_entries_free(in->articles, in->narticles);
	free(in->ids);
	free(in->nshared);
	free(in->nsentences);
	memset(in, 0, sizeof *in);
}

/* Forget the story list and what was computed from it. */
static void
ui_free_stories(struct ui *ui)
{
	for (size_t i = 0; ui->info != NULL && i < ui->stories.n; i++)
		ui_info_fini(&ui->info[i]);
	free(ui->info);
	free(ui->order);
	store_story_heads_free(&ui->stories);
	ui->info = NULL;
	ui->order = NULL;
}

const struct store_story *
ui_story_by_id(const struct ui *ui, int64_t id, size_t *index)
{
	for (size_t i = 0; i < ui->stories.n; i++) {
		if (ui->stories.v[i].id == id) {
			if (index != NULL)
				*index = i;
			return &ui->stories.v[i];
		}
	}
	return NULL;
}

struct ui_story_info *
ui_story_info(struct ui *ui, size_t index)
{
	return &ui->info[index];
}

/* Newest article first, as the source list shows them. */
static int
ui_entry_cmp(const void *a, const void *b)
{
	const struct store_entry *x = a, *y = b;
	int	 c = strcmp(y->date != NULL ? y->date : "",
		    x->date != NULL ? x->date : "");

	if (c != 0)
		return c;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Set a story's number of outlets. */
static void
ui_story_set_outlets(struct ui *ui, size_t index, size_t n)
{
	struct store_story	*sy = &ui->stories.v[index];

	if (sy->nsources == 0 && n > 0 && ui->nnooutlets > 0)
		ui->nnooutlets--;
	if (n > 0)
		sy->nsources = n;
}

bool
ui_story_outlets(struct ui *ui, size_t index)
{
	char	*cause;
	size_t	 n;

	if (ui->stories.v[index].nsources > 0)
		return false;
	if (store_story_noutlets(ui->store, ui->stories.v[index].id, &n,
	    &cause) != 0) {
		ui_message(ui, true, "%s", cause);
		free(cause);
	}
	/* A story with no article left counts one outlet, not unknown. */
	ui_story_set_outlets(ui, index, n > 0 ? n : 1);
	return true;
}

const struct store_entry *
ui_story_articles(struct ui *ui, size_t index, size_t *n)
{
	struct ui_story_info	*in = &ui->info[index];
	struct store_story	*sy = &ui->stories.v[index];
	char			*cause;
	size_t			 k, nsources = 0;

	if (!in->loaded) {
		in->loaded = true;
		if (store_story_articles(ui->store, sy->id, &in->articles,
		    &in->narticles, &cause) != 0) {
			ui_message(ui, true, "%s", cause);
			free(cause);
		}
		qsort(in->articles, in->narticles, sizeof *in->articles,
		    ui_entry_cmp);
		/* The head's counts were read a moment ago: trust these. */
		sy->narticles = in->narticles;
		for (size_t j = 0; j < in->narticles; j++) {
			for (k = 0; k < j; k++)
				if (strcmp(in->articles[k].source,
				    in->articles[j].source) == 0)
					break;
			if (k == j)
				nsources++;
		}
		ui_story_set_outlets(ui, index, nsources);
	}
	*n = in->narticles;
	return in->articles;
}

/* Is the story large enough for its cross-reference to be computed in
 * the background? */
static bool
ui_story_large(const struct ui *ui, int64_t story)
{
	const struct store_story *sy = ui_story_by_id(ui, story, NULL);

	return sy != NULL && sy->narticles >= UI_BUSY_ARTICLES;
}

bool
ui_still_computing(struct ui *ui)
{
	if (ui->busy == 0 || ui->xref != NULL)
		return false;
	ui_message(ui, false, "The story's claims are still being "
	    "cross-referenced.");
	return true;
}

/* After the wait. */
static void
ui_busy_done(struct ui *ui)
{
	ui->busy = 0;
}

/* Note the counts of a story from its cross-reference. */
static void
ui_story_note(struct ui *ui, size_t index, const struct xref_story *x)
{
	struct ui_story_info	*in = &ui->info[index];
	struct store_story	*sy = &ui->stories.v[index];

	if (in->counted)
		return;
	in->counted = true;
	if (sy->nclaims < 0 && ui->nuncounted > 0)
		ui->nuncounted--;
	sy->nclaims = (long)x->nclaims;
	ui_story_set_outlets(ui, index, x->nsources);
	in->ncounts = x->narticles;
	in->ids = xcalloc(x->narticles + 1, sizeof *in->ids);
	in->nshared = xcalloc(x->narticles + 1, sizeof *in->nshared);
	in->nsentences = xcalloc(x->narticles + 1, sizeof *in->nsentences);
	for (size_t j = 0; j < x->narticles; j++) {
		in->ids[j] = x->articles[j].id;
		in->nshared[j] = x->articles[j].nshared;
		in->nsentences[j] = x->articles[j].nsentences;
	}
}

/* A story that cannot be cross-referenced counts as having no shared
 * claim. */
static void
ui_story_uncounted(struct ui *ui, size_t index)
{
	if (ui->info[index].counted)
		return;
	ui->info[index].counted = true;
	if (ui->stories.v[index].nclaims < 0 && ui->nuncounted > 0)
		ui->nuncounted--;
	ui->stories.v[index].nclaims = 0;
}

/*
 * Compute (or read from the cache) the cross-reference of a story for its
 * counts; true when the story had none yet.  A story that cannot be
 * cross-referenced counts as having no shared claim.
 */
bool
ui_story_count(struct ui *ui, size_t index)
{
	struct ui_story_info	*in = &ui->info[index];
	struct xref_story	*x;
	int64_t			 id = ui->stories.v[index].id;
	char			*cause = NULL;
	int			 rc;

	if (in->counted)
		return false;
	if (ui->xref != NULL && ui->story == id) {
		ui_story_note(ui, index, ui->xref);
		return true;
	}
	if (in->deferred)
		return false;
	rc = xref_story_cached(ui->store, id, &x, &cause);
	/* A large story is computed in the background, one at a time: the
	 * others wait for it (ui_job_arrived()). */
	if (rc == 2 && ui_story_large(ui, id)) {
		if (ui_job_want(ui, id, false))
			return true;
		in->deferred = true;
		return false;
	}
	if (rc == 2)
		rc = xref_story_refresh(ui->store, id, &x, &cause);
	if (rc == 0) {
		ui_story_note(ui, index, x);
		xref_story_free(x);
		return true;
	}
	if (cause != NULL) {
		ui_message(ui, true, "%s", cause);
		free(cause);
	}
	ui_story_uncounted(ui, index);
	return true;
}

bool
ui_story_counts(const struct ui *ui, size_t index, int64_t article,
    size_t *nshared, size_t *nsentences)
{
	const struct ui_story_info *in = &ui->info[index];

	for (size_t j = 0; in->counted && j < in->ncounts; j++) {
		if (in->ids[j] == article) {
			*nshared = in->nshared[j];
			*nsentences = in->nsentences[j];
			return true;
		}
	}
	return false;
}

/* Forget the cross-reference and the bodies loaded for it. */
static void
ui_free_xref(struct ui *ui)
{
	size_t	n = UTIL_NELEM(ui->memo);

	for (size_t i = 0; ui->xref != NULL && i < ui->xref->narticles; i++)
		article_free(ui->bodies[i]);
	free(ui->bodies);
	ui->bodies = NULL;
	/* A large story's result is kept for a return to it. */
	if (ui->xref != NULL && ui_story_large(ui, ui->xref->id)) {
		xref_story_free(ui->memo[n - 1]);
		memmove(ui->memo + 1, ui->memo, (n - 1) * sizeof *ui->memo);
		ui->memo[0] = ui->xref;
	} else
		xref_story_free(ui->xref);
	ui->xref = NULL;
	ui->story = 0;
}

/* The kept result of a story, taken out of the memo, when the story has
 * not changed since (else it is dropped); NULL when none. */
static struct xref_story *
ui_memo_take(struct ui *ui, int64_t story)
{
	struct xref_story	*x;
	int64_t			 version = 0;
	char			*cause = NULL;
	size_t			 n = UTIL_NELEM(ui->memo), i;

	for (i = 0; i < n && (ui->memo[i] == NULL ||
	    ui->memo[i]->id != story); i++)
		/* nothing */;
	if (i == n)
		return NULL;
	x = ui->memo[i];
	memmove(ui->memo + i, ui->memo + i + 1, (n - i - 1) *
	    sizeof *ui->memo);
	ui->memo[n - 1] = NULL;
	if (store_story_info(ui->store, story, NULL, &version, &cause) != 0 ||
	    version != x->version) {
		free(cause);
		xref_story_free(x);
		return NULL;
	}
	return x;
}

/* Forget every kept result. */
static void
ui_memo_free(struct ui *ui)
{
	for (size_t i = 0; i < UTIL_NELEM(ui->memo); i++) {
		xref_story_free(ui->memo[i]);
		ui->memo[i] = NULL;
	}
}

const struct article *
ui_body(struct ui *ui, size_t art)
{
	int64_t	 story;
	char	*cause;

	if (ui->xref == NULL || art >= ui->xref->narticles)
		return NULL;
	if (ui->xref->articles[art].id == ui->article_id)
		return ui->article;
	if (ui->bodies[art] == NULL && store_get_article(ui->store,
	    ui->xref->articles[art].id, &ui->bodies[art], &story,
	    &cause) < 0) {
		ui_message(ui, true, "%s", cause);
		free(cause);
	}
	return ui->bodies[art];
}

const struct xref_article *
ui_cur_article(const struct ui *ui)
{
	if (ui->xref == NULL || ui->art == SIZE_MAX)
		return NULL;
	return &ui->xref->articles[ui->art];
}

/* Load the cross-reference of a story unless it is the one held. */
static void
ui_load_xref(struct ui *ui, int64_t story)
{
	char	*cause;
	size_t	 i;
	int	 rc;

	if (ui->xref != NULL && ui->story == story)
		return;
	ui_free_xref(ui);
	ui_busy_done(ui);
	ui->xref = NULL;
	ui->story = story;
	if ((ui->xref = ui_memo_take(ui, story)) != NULL)
		rc = 0;
	else
		rc = xref_story_cached(ui->store, story, &ui->xref, &cause);
	/* A large story is computed in the background while the article
	 * is read without its claims: ui_job_arrived() shows them. */
	if (rc == 2 && ui_story_large(ui, story) &&
	    ui_job_want(ui, story, true)) {
		ui->xref = NULL;
		ui->busy = ui_story_by_id(ui, story, NULL)->narticles;
		return;
	}
	if (rc == 2)
		rc = xref_story_refresh(ui->store, story, &ui->xref, &cause);
	if (rc < 0) {
		ui_message(ui, true, "%s", cause);
		free(cause);
	}
	if (rc != 0) {
		ui->xref = NULL;
		return;
	}
	ui->bodies = xcalloc(ui->xref->narticles, sizeof *ui->bodies);
	if (ui_story_by_id(ui, story, &i) != NULL) {
		ui_story_note(ui, i, ui->xref);
		ui->pane[UI_SOURCES].dirty = true;
	}
}

void
ui_job_ended(struct ui *ui)
{
	/* The stories the idle work left for this one's end. */
	ui->nuncounted = 0;
	for (size_t i = 0; i < ui->stories.n; i++) {
		ui->info[i].deferred = false;
		if (ui->stories.v[i].nclaims < 0 && !ui->info[i].counted)
			ui->nuncounted++;
	}
}

void
ui_job_arrived(struct ui *ui, int64_t story, int rc, struct xref_story *x,
    char *cause)
{
	const struct xref_article *xa;
	size_t		 i;
	bool		 waited = ui->xref == NULL && ui->story == story;

	if (rc != 0) {
		if (ui_story_by_id(ui, story, &i) != NULL)
			ui_story_uncounted(ui, i);
		if (waited) {
			ui_busy_done(ui);
			if (rc < 0)
				ui_message(ui, true, "%s", cause);
		}
		free(cause);
		xref_story_free(x);
		return;
	}
	free(cause);
	if (ui_story_by_id(ui, story, &i) != NULL) {
		ui_story_note(ui, i, x);
		ui->pane[UI_SOURCES].dirty = true;
	}
	if (!waited) {
		xref_story_free(x);
		return;
	}
	ui_busy_done(ui);
	ui->xref = x;
	ui->bodies = xcalloc(x->narticles + 1, sizeof *ui->bodies);
	for (i = 0; i < x->narticles; i++)
		if (x->articles[i].id == ui->article_id)
			ui->art = i;
	if (ui->art != SIZE_MAX) {
		xa = &x->articles[ui->art];
		if (ui->pending_span < xa->nspans)
			ui->span = ui->pending_span;
		for (i = 0; ui->pending_start != SIZE_MAX && i < xa->nspans;
		    i++)
			if (xa->spans[i].start == ui->pending_start)
				ui->span = i;
	}
	ui->follow = true;
	ui->gen++;
	ui_dirty_all(ui);
}

int
ui_open_article(struct ui *ui, int64_t id, size_t span, bool remember)
{
	struct article	*a;
	int64_t		 story;
	char		*cause;
	int		 rc;

	rc = store_get_article(ui->store, id, &a, &story, &cause);
	if (rc != 0) {
		if (rc < 0) {
			ui_message(ui, true, "%s", cause);
			free(cause);
		} else
			ui_message(ui, true, "article %lld is gone",
			    (long long)id);
		return -1;
	}
	if (remember && ui->article != NULL) {
		ui->history = xreallocarray(ui->history, ui->nhistory + 1,
		    sizeof *ui->history);
		ui->history[ui->nhistory].article = ui->article_id;
		ui->history[ui->nhistory].span = ui->span;
		ui->history[ui->nhistory].focus = ui->focus;
		ui->nhistory++;
	}
	article_free(ui->article);
	ui->article = a;
	ui->article_id = id;
	/* A consistent state (the article without its claims) in case the
	 * screen is drawn while the cross-reference is computed. */
	ui->art = SIZE_MAX;
	ui->span = 0;
	ui->gen++;
	ui->pending_span = span;
	ui->pending_start = SIZE_MAX;
	ui_load_xref(ui, story);
	for (size_t i = 0; ui->xref != NULL && i < ui->xref->narticles; i++)
		if (ui->xref->articles[i].id == id)
			ui->art = i;
	ui->span = 0;
	if (ui->art != SIZE_MAX && span < ui->xref->articles[ui->art].nspans)
		ui->span = span;
	ui->follow = true;
	ui->gen++;
	ui->pane[UI_READER].top = 0;
	ui->pane[UI_SIDEBAR].cursor = 0;
	ui->pane[UI_SIDEBAR].top = 0;
	ui_sources_select(ui, story, id);
	ui_dirty_all(ui);
	return 0;
}

bool
ui_back(struct ui *ui)
{
	struct ui_place	 p;

	if (ui->nhistory == 0) {
		ui_message(ui, false, "Nothing to go back to.");
		return false;
	}
	p = ui->history[--ui->nhistory];
	if (ui_open_article(ui, p.article, p.span, false) != 0)
		return false;
	ui_set_focus(ui, p.focus);
	return true;
}

/* The byte offset where the claim under the cursor starts, to find it
 * again after a reload. */
static size_t
ui_span_start(const struct ui *ui)
{
	const struct xref_article *xa;

	if (ui->xref == NULL || ui->art == SIZE_MAX)
		return SIZE_MAX;
	xa = &ui->xref->articles[ui->art];
	return ui->span < xa->nspans ? xa->spans[ui->span].start : SIZE_MAX;
}

/* Carry the folding of the stories over to a new list. */
static void
ui_keep_expanded(struct ui *ui, const struct store_story_list *old,
    const struct ui_story_info *oinfo)
{
	size_t	 i = 0, j = 0;

	/* Both lists are newest first: walk them together. */
	while (i < ui->stories.n && j < old->n) {
		const struct store_story *a = &ui->stories.v[i], *b =
		    &old->v[j];
		if (a->id == b->id) {
			ui->info[i++].expanded = oinfo[j++].expanded;
		} else if (a->updated > b->updated || (a->updated ==
		    b->updated && a->id > b->id))
			i++;
		else
			j++;
	}
}

/* Read the story heads again, every one or (limit > 0) the newest;
 * false (and a message) on error. */
static bool
ui_load_stories(struct ui *ui, size_t limit)
{
	struct store_story_list	 l, old;
	struct ui_story_info	*oinfo;
	char			*cause;

	if (store_list_story_heads(ui->store, limit, &l, &cause) != 0) {
		ui_message(ui, true, "%s", cause);
		free(cause);
		return false;
	}
	old = ui->stories;
	oinfo = ui->info;
	ui->stories = l;
	ui->info = xcalloc(l.n + 1, sizeof *ui->info);
	ui->nuncounted = 0;
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].nclaims < 0)
			ui->nuncounted++;
	ui->nnooutlets = l.n;
	if (oinfo != NULL) {
		ui_keep_expanded(ui, &old, oinfo);
		for (size_t i = 0; i < old.n; i++)
			ui_info_fini(&oinfo[i]);
	}
	free(oinfo);
	store_story_heads_free(&old);
	free(ui->order);
	ui->order = NULL;		/* indices into the old list */
	ui->idle_next = 0;
	ui->idle_outlets = 0;
	ui->partial = limit > 0 && l.n == limit;
	return true;
}

void
ui_reload_page(struct ui *ui, bool keep, size_t limit)
{
	char			*cause;
	int64_t			 id = keep ? ui->article_id : 0;
	size_t			 start = ui_span_start(ui), span = 0, n;
	const struct xref_article *xa;
	const struct store_entry *e;

	if (!ui_load_stories(ui, limit))
		return;
	ui_sources_sort(ui);
	if (store_count_articles(ui->store, &ui->narticles, &cause) != 0) {
		ui_message(ui, true, "%s", cause);
		free(cause);
	}
	ui_free_xref(ui);
	if (id == 0 || ui_open_article(ui, id, 0, false) != 0) {
		article_free(ui->article);
		ui->article = NULL;
		ui->article_id = 0;
		ui->pane[UI_SOURCES].cursor = 0;
		ui->pane[UI_SOURCES].top = 0;
		if (ui->stories.n > 0 && (e = ui_story_articles(ui,
		    ui->order[0], &n)) != NULL && n > 0)
			ui_open_article(ui, e[0].id, 0, false);
	} else if (ui->xref == NULL)
		ui->pending_start = start;	/* still being computed */
	else if (ui->art != SIZE_MAX && start != SIZE_MAX) {
		xa = &ui->xref->articles[ui->art];
		for (size_t i = 0; i < xa->nspans; i++)
			if (xa->spans[i].start == start) {
				span = i;
				break;
			}
		ui->span = span;
	}
	ui_dirty_all(ui);
}

void
ui_reload(struct ui *ui, bool keep)
{
	ui_reload_page(ui, keep, 0);
}

/* Every refresh seconds, reload when the store has changed; true when it
 * did. */
static bool
ui_poll_store(struct ui *ui)
{
	time_t	 now = time(NULL);
	int64_t	 n;
	char	*cause;

	if (ui->cfg.refresh <= 0 || now - ui->checked < ui->cfg.refresh)
		return false;
	ui->checked = now;
	if (store_count_articles(ui->store, &n, &cause) != 0) {
		free(cause);
		return false;
	}
	if (n == ui->narticles)
		return false;
	ui_reload(ui, true);
	/* A running fetch's progress says it better. */
	if (ui->fetch.pid == 0)
		ui_message(ui, false, "The store changed: %lld articles.",
		    (long long)n);
	return true;
}

/* Say when some articles' claims were cut by an older parallax: what
 * the reading pane colours and the sidebar shows of them is the old
 * rules' until `parallax reindex`. */
static void
ui_hint_stale(struct ui *ui)
{
	int64_t	 n;
	char	*cause;

	if (store_count_stale(ui->store, CLAIM_CUT_VERSION, &n, &cause) != 0) {
		free(cause);
		return;
	}
	if (n > 0 && ui->message == NULL)
		ui_message(ui, false, "%lld article%s cut into claims by an "
		    "older parallax: run parallax reindex.", (long long)n,
		    n == 1 ? " was" : "s were");
}

/* The status line: the keys of the focused view's common actions. */
static void
ui_draw_status(struct ui *ui)
{
	const struct view	*v = ui->open >= 0 ? &ui->overlay[ui->open] :
				    &ui->pane[ui->focus];
	attr_t			 a = ui->attr[THEME_EL_STATUS];
	int			 x = 1;
	char			*k, *item;

	werase(ui->status);
	wbkgdset(ui->status, ' ' | a);
	ui_draw_fill(ui->status, 0, 0, ui->ncols, a);
	for (const struct ui_hint *h = v->ops->hints; h != NULL &&
	    h->action != ACTION_NONE; h++) {
		k = keys_describe(ui->cfg.keys, v->ops->keys, h->action);
		if (*k != '\0') {
			/* The first key only: "j, Down" -> "j". */
			char *comma = strstr(k, ", ");
			if (comma != NULL)
				*comma = '\0';
			item = xasprintf("%s %s", k, h->label);
			x += ui_draw_fit(ui->status, 0, x, ui->ncols - x,
			    item, a) + 2;
			free(item);
		}
		free(k);
		if (x >= ui->ncols)
			break;
	}
	wnoutrefresh(ui->status);
}

/* The message line: the prompt, else the message, else the progress of
 * a running fetch. */
static void
ui_draw_message(struct ui *ui)
{
	const char	*s;
	bool		 error;

	werase(ui->message_win);
	if (ui->prompting)
		ui_prompt_draw(ui);
	else if (ui->message != NULL)
		ui_draw_fit(ui->message_win, 0, 0, ui->ncols, ui->message,
		    ui->attr[ui->message_error ? THEME_EL_ERROR :
		    THEME_EL_MESSAGE]);
	else if (ui->busy > 0) {
		char *busy = xasprintf("Cross-referencing a story of %zu "
		    "articles…", ui->busy);
		ui_draw_fit(ui->message_win, 0, 0, ui->ncols, busy,
		    ui->attr[THEME_EL_MESSAGE]);
		free(busy);
	} else if ((s = ui_fetch_progress(ui, &error)) != NULL)
		ui_draw_fit(ui->message_win, 0, 0, ui->ncols, s,
		    ui->attr[error ? THEME_EL_ERROR : THEME_EL_MESSAGE]);
	wnoutrefresh(ui->message_win);
}

static void
ui_draw_too_small(struct ui *ui)
{
	char	*s;

	werase(stdscr);
	s = xasprintf("Terminal too small: %dx%d, need %dx%d.", ui->ncols,
	    ui->nlines, UI_MIN_COLS, UI_MIN_LINES);
	ui_draw_fit(stdscr, ui->nlines / 2, 0, ui->ncols, s,
	    ui->attr[THEME_EL_ERROR]);
	free(s);
	wnoutrefresh(stdscr);
}

/* Draw every dirty view, then the screen in one update. */
static void
ui_draw(struct ui *ui)
{
	struct view	*v;
	int		 i;

	if (ui->too_small) {
		ui_draw_too_small(ui);
		doupdate();
		return;
	}
	for (i = 0; i < UI_NPANES + UI_NOVERLAYS; i++) {
		v = i < UI_NPANES ? &ui->pane[i] :
		    &ui->overlay[i - UI_NPANES];
		if (i >= UI_NPANES && i - UI_NPANES != ui->open)
			continue;
		if (v->shown && (v->dirty || ui->all_dirty)) {
			werase(v->win);
			v->ops->draw(ui, v);
			v->dirty = false;
		}
	}
	ui->all_dirty = false;
	update_panels();
	ui_draw_status(ui);
	ui_draw_message(ui);
	doupdate();
}

/* Actions any view leaves to the loop. */
static void
ui_global_action(struct ui *ui, enum action a, int key)
{
	switch (a) {
	case ACTION_FOCUS_NEXT:
	case ACTION_FOCUS_PREV:
		ui_close_overlay(ui);
		ui_cycle_focus(ui, a == ACTION_FOCUS_NEXT ? 1 : -1);
		break;
	case ACTION_TOGGLE_SIDEBAR:
		ui->sidebar = !ui->sidebar;
		if (ui->ncols < 80)
			ui->focus = ui->sidebar ? UI_SIDEBAR : UI_READER;
		ui_layout(ui);
		break;
	case ACTION_COMPARE:
		ui_compare_start(ui);
		break;
	case ACTION_MATRIX:
		if (ui_still_computing(ui))
			break;
		if (ui->xref == NULL)
			ui_message(ui, true, "No story is open.");
		else
			ui_open_overlay(ui, UI_MATRIX);
		break;
	case ACTION_SEARCH:
		ui_search_start(ui, NULL);
		break;
	case ACTION_HELP:
		if (ui->open == UI_HELP)
			ui_close_overlay(ui);
		else
			ui_open_overlay(ui, UI_HELP);
		break;
	case ACTION_RELOAD:
		ui_reload(ui, true);
		ui_message(ui, false, "Reloaded: %lld articles.",
		    (long long)ui->narticles);
		break;
	case ACTION_FETCH:
		ui_fetch_start(ui);
		break;
	case ACTION_OPEN_URL:
		ui_open_url(ui);
		break;
	case ACTION_SORT:
		ui->sort = cfg_sort_next(ui->sort);
		ui_sources_sort(ui);
		/* From the top of the new order, which stays in view as
		 * the counts it needs arrive. */
		ui->pane[UI_SOURCES].cursor = 0;
		ui->pane[UI_SOURCES].top = 0;
		ui->sort_top = true;
		ui_message(ui, false, "Stories by %s.", cfg_sort_name(ui->sort));
		break;
	case ACTION_BACK:
		ui_back(ui);
		break;
	case ACTION_QUIT_VIEW:
		if (ui->open >= 0)
			ui_close_overlay(ui);
		else
			ui->quit = true;
		break;
	case ACTION_QUIT:
		ui->quit = true;
		break;
	case ACTION_REDRAW:
		clearok(curscr, TRUE);
		ui_dirty_all(ui);
		break;
	case ACTION_NEXT_SHARED: case ACTION_PREV_SHARED:
	case ACTION_NEXT_UNIQUE: case ACTION_PREV_UNIQUE:
	case ACTION_NEXT_DIFF: case ACTION_PREV_DIFF:
	case ACTION_NEXT_ARTICLE: case ACTION_PREV_ARTICLE:
		/* The reader's moves work from every pane. */
		ui_reader_ops.key(ui, &ui->pane[UI_READER], a, key);
		break;
	default:
		break;
	}
}

static bool
ui_view_has(const struct view *v, int y, int x)
{
	return v->shown && y >= v->y && y < v->y + v->h && x >= v->x &&
	    x < v->x + v->w;
}

/* The view at a screen position: the open overlay, else a shown pane
 * (its index is returned, else -1); NULL on the status and message
 * lines. */
static int
ui_view_at(struct ui *ui, int y, int x, struct view **out)
{
	*out = NULL;
	if (ui->open >= 0) {
		if (ui_view_has(&ui->overlay[ui->open], y, x))
			*out = &ui->overlay[ui->open];
		return -1;
	}
	for (int i = 0; i < UI_NPANES; i++) {
		if (ui_view_has(&ui->pane[i], y, x)) {
			*out = &ui->pane[i];
			return i;
		}
	}
	return -1;
}

/*
 * A press of the first button focuses the pane under it and, inside its
 * frame, selects what it is on; the wheel scrolls the view under it.
 * The mouse does nothing while a prompt reads a line, on the status and
 * message lines, or when the terminal is too small.
 */
static void
ui_mouse_event(struct ui *ui, const MEVENT *ev)
{
	struct view	*v;
	int		 pane, wheel, y, x;

	if (ui->too_small || ui->prompting)
		return;
	if (ev->bstate & BUTTON4_PRESSED)
		wheel = -1;
	else if (ev->bstate & BUTTON5_PRESSED)
		wheel = 1;
	else if (ev->bstate & BUTTON1_PRESSED)
		wheel = 0;
	else
		return;
	pane = ui_view_at(ui, ev->y, ev->x, &v);
	if (v == NULL)
		return;
	free(ui->message);
	ui->message = NULL;
	y = ev->y - v->y;
	x = ev->x - v->x;
	if (wheel == 0 && pane >= 0 && pane != ui->focus)
		ui_set_focus(ui, pane);
	if (wheel == 0 && (y < 1 || y >= v->h - 1 || x < 1 || x >= v->w - 1))
		return;		/* on the frame */
	if (v->ops->mouse != NULL)
		v->ops->mouse(ui, v, y, x, wheel);
}

/*
 * KEY_MOUSE: take every event ncurses holds (when several came at once,
 * as in a quick double click while the loop was busy, it returns one
 * KEY_MOUSE and hands the events out newest first) and handle the oldest;
 * the loop handles the others a turn each (before it reads a key again),
 * the screen drawn in between, so that each sees what the one before did.
 */
static void
ui_mouse(struct ui *ui)
{
	while (ui->nmouse < UI_MOUSE_QUEUE &&
	    getmouse(&ui->mouse[ui->nmouse]) == OK)
		ui->nmouse++;
	if (ui->nmouse > 0)
		ui_mouse_event(ui, &ui->mouse[--ui->nmouse]);
}

/* One key: to the prompt when one is open, else to the focused view and
 * then to the global actions. */
static void
ui_key(struct ui *ui, int status, wint_t wch)
{
	struct view	*v;
	enum action	 a;
	int		 key;

	if (status == KEY_CODE_YES && wch == KEY_RESIZE) {
		ui_layout(ui);
		return;
	}
	if (status == KEY_CODE_YES && wch == KEY_MOUSE) {
		ui_mouse(ui);
		return;
	}
	if (ui->prompting) {
		ui_prompt_key(ui, status, wch);
		return;
	}
	if (ui->too_small) {
		key = keys_from_wch(status == KEY_CODE_YES, wch);
		a = keys_lookup(ui->cfg.keys, KEYS_VIEW_MAIN, key);
		if (a == ACTION_QUIT || a == ACTION_QUIT_VIEW)
			ui->quit = true;
		return;
	}
	free(ui->message);
	ui->message = NULL;
	v = ui->open >= 0 ? &ui->overlay[ui->open] : &ui->pane[ui->focus];
	key = keys_from_wch(status == KEY_CODE_YES, wch);
	a = keys_lookup(ui->cfg.keys, v->ops->keys, key);
	if (v->ops->key != NULL && v->ops->key(ui, v, a, key))
		return;
	ui_global_action(ui, a, key);
}

/* Open the terminal or say why it cannot be used. */
static int
ui_open_terminal(struct ui *ui)
{
	const char	*term = getenv("TERM");
	char		*cup;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "parallax: the interface needs a terminal\n");
		return -1;
	}
	if (term == NULL || *term == '\0') {
		fprintf(stderr, "parallax: cannot use the terminal: TERM is "
		    "not set\n");
		return -1;
	}
	ui->screen = newterm(NULL, stdout, stdin);
	if (ui->screen != NULL) {
		cup = tigetstr("cup");
		if (cup != NULL && cup != (char *)-1)
			return 0;
		endwin();
		delscreen(ui->screen);
		ui->screen = NULL;
	}
	fprintf(stderr, "parallax: cannot use terminal type '%s'\n", term);
	return -1;
}

/* Read the configuration and the theme; errors go to the message line. */
static void
ui_configure(struct ui *ui, const struct ui_options *opts)
{
	char	**errors = NULL;
	size_t	  nerrors = 0;

	cfg_init(&ui->cfg);
	if (opts->config_path != NULL)
		cfg_load(&ui->cfg, opts->config_path, &errors, &nerrors);
	else
		cfg_load_default(&ui->cfg, &errors, &nerrors);
	if (opts->theme != NULL)
		cfg_use_theme(&ui->cfg, opts->theme, &errors, &nerrors);
	if (nerrors > 0) {
		if (nerrors == 1)
			ui_message(ui, true, "%s", errors[0]);
		else
			ui_message(ui, true, "%s (and %zu more errors)",
			    errors[0], nerrors - 1);
	}
	cfg_free_errors(errors, nerrors);
	ui->sidebar = ui->cfg.sidebar;
	ui->sort = ui->cfg.sort;
}

static void
ui_signals(void)
{
	struct sigaction	 sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: the key read returns */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static void
ui_free(struct ui *ui)
{
	struct view	*v;

	for (int i = 0; i < UI_NPANES + UI_NOVERLAYS; i++) {
		v = i < UI_NPANES ? &ui->pane[i] : &ui->overlay[i - UI_NPANES];
		if (v->ops != NULL && v->ops->free != NULL)
			v->ops->free(v);
		if (v->panel != NULL)
			del_panel(v->panel);
		if (v->win != NULL)
			delwin(v->win);
	}
	if (ui->status != NULL)
		delwin(ui->status);
	if (ui->message_win != NULL)
		delwin(ui->message_win);
	ui_fetch_fini(ui);
	ui_job_fini(ui);
	ui_free_stories(ui);
	ui_free_xref(ui);
	ui_memo_free(ui);
	article_free(ui->article);
	free(ui->history);
	free(ui->message);
	free(ui->prompt_label);
	buf_fini(&ui->prompt_text);
	cfg_fini(&ui->cfg);
	store_close(ui->store);
}

/* Set up curses once the terminal is open. */
static WINDOW *
ui_start_curses(struct ui *ui, const struct ui_options *opts)
{
	static const struct view_ops *const panes[UI_NPANES] = {
		[UI_SOURCES] = &ui_sources_ops,
		[UI_READER] = &ui_reader_ops,
		[UI_SIDEBAR] = &ui_sidebar_ops
	};
	static const struct view_ops *const overlays[UI_NOVERLAYS] = {
		[UI_COMPARE] = &ui_compare_ops,
		[UI_MATRIX] = &ui_matrix_ops,
		[UI_SEARCH] = &ui_search_ops,
		[UI_HELP] = &ui_help_ops
	};
	WINDOW	*in;

	util_set_cleanup(ui_cleanup);
	cbreak();
	noecho();
	nonl();
	curs_set(0);
	set_escdelay(25);
	ui_setup_colors(ui, opts->no_color);
	/* Presses at once: no wait for a release to make a click of. */
	if (ui->cfg.mouse) {
		mouseinterval(0);
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED,
		    NULL);
	}
	for (int i = 0; i < UI_NPANES; i++)
		ui->pane[i].ops = panes[i];
	for (int i = 0; i < UI_NOVERLAYS; i++)
		ui->overlay[i].ops = overlays[i];
	ui->focus = UI_SOURCES;
	ui->open = -1;
	in = newwin(1, 1, 0, 0);
	keypad(in, TRUE);
	wtimeout(in, UI_POLL_MS);
	wnoutrefresh(in);
	ui_layout(ui);
	return in;
}

/*
 * True when the terminal has gone away (its window closed, the tmux
 * server killed) without a SIGHUP reaching us, as when we run in another
 * session than the terminal's: every key read then fails at once, and
 * the loop would spin.
 */
static bool
ui_terminal_gone(void)
{
	struct pollfd	p = { .fd = STDIN_FILENO, .events = POLLIN };

	return poll(&p, 1, 0) == 1 &&
	    (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

int
ui_run(const struct ui_options *opts)
{
	struct ui	 ui;
	WINDOW		*in;
	char		*cause;
	wint_t		 wch;
	int		 status, wait;
	bool		 idle = true;	/* idle work may be left */
	bool		 quiet = false;	/* no key for UI_QUIET_MS */
	bool		 gone = false;	/* the terminal has gone */

	memset(&ui, 0, sizeof ui);
	buf_init(&ui.prompt_text);
	ui_fetch_init(&ui.fetch);
	ui.store_path = opts->store_path;
	ui.config_path = opts->config_path;
	if (store_open(opts->store_path, true, &ui.store, &cause) != 0) {
		char *safe = text_for_terminal(cause, strlen(cause));
		fprintf(stderr, "parallax: %s\n", safe);
		free(safe);
		free(cause);
		buf_fini(&ui.prompt_text);
		ui_fetch_fini(&ui);
		return 2;
	}
	store_set_busy_timeout(ui.store, UI_BUSY_MS);
	ui_configure(&ui, opts);
	ui_signals();
	if (ui_open_terminal(&ui) != 0) {
		ui_free(&ui);
		return 2;
	}
	in = ui_start_curses(&ui, opts);
	/* In the newest-first order, the newest stories are enough to fill
	 * the screen: every story is read by the first slice of idle work. */
	ui_reload_page(&ui, false, ui.sort != CFG_SORT_NEWEST ? 0 :
	    (size_t)(ui.nlines > 0 ? ui.nlines : 24) + UI_FIRST_PAGE);
	ui_hint_stale(&ui);
	ui.checked = time(NULL);
	/* While counts are missing, idle work runs in slices between two
	 * key reads that do not wait, once the user has been quiet. */
	while (!ui.quit && ui_signalled == 0) {
		ui_draw(&ui);
		if (ui.nmouse > 0) {
			ui_mouse_event(&ui, &ui.mouse[--ui.nmouse]);
			idle = true;
			quiet = false;
			continue;
		}
		wait = !idle ? UI_POLL_MS : quiet ? 0 : UI_QUIET_MS;
		if (ui_job_running(&ui) && wait > UI_JOB_POLL_MS)
			wait = UI_JOB_POLL_MS;
		wtimeout(in, wait);
		status = wget_wch(in, &wch);
		if (status != ERR) {
			ui_key(&ui, status, wch);
			idle = true;
			quiet = false;
		}
		/* After the key, which clears the message line: a fetch
		 * that has just ended says so. */
		if (ui_fetch_poll(&ui))
			idle = true;
		if (ui_job_poll(&ui))
			idle = true;
		if (status != ERR)
			continue;
		if (ui_terminal_gone()) {
			gone = true;
			break;
		}
		if (idle)
			idle = ui_sources_idle(&ui, UI_IDLE_MS);
		quiet = true;
		if (ui_poll_store(&ui))
			idle = true;
	}
	delwin(in);
	ui_free(&ui);
	endwin();
	delscreen(ui.screen);
	util_set_cleanup(NULL);
	/*
	 * The terminal has gone: the store is closed and nothing more can be
	 * shown, so leave now, without the exit handlers (they only free
	 * memory).  The hangup's SIGHUP and SIGCONT, which may come a moment
	 * after we notice, would otherwise meet the leak check of a sanitizer
	 * build at exit: a SIGCONT cancels the stop it asks for with ptrace,
	 * and it waits for that stop, spinning, for good.
	 */
	if (gone || ui_signalled == SIGHUP)
		_exit(0);
	return 0;
}
