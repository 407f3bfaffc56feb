/*
 * ui-private: what the files of the interface share.  A view is a const
 * struct view_ops (what it does) plus a struct view (where it is and what
 * it shows).  struct ui holds the whole state: the store, the story list,
 * the article being read with its cross-reference, the history, the
 * panes and the overlay views.  Only src/ui*.c include this header.
 */
#ifndef PARALLAX_UI_PRIVATE_H
#define PARALLAX_UI_PRIVATE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <sys/types.h>

#include <curses.h>
#include <panel.h>

#include "parallax/config.h"
#include "parallax/keys.h"
#include "parallax/store.h"
#include "parallax/theme.h"
#include "parallax/ui.h"
#include "parallax/util.h"
#include "parallax/xref.h"

struct article;
struct ui;
struct view;

/* Characters of text drawn with one attribute: [start, end) of a string. */
struct ui_run {
	size_t	 start;
	size_t	 end;
	attr_t	 attr;
};

/* Sorted, disjoint runs. */
struct ui_runs {
	struct ui_run	*v;
	size_t		 n;
	size_t		 cap;
};

/* Screen lines of a wrapped text: byte ranges of it. */
struct ui_line {
	size_t	 start;
	size_t	 end;
};

struct ui_lines {
	struct ui_line	*v;
	size_t		 n;
	size_t		 cap;
};

/* A piece of a screen line: bytes [start, end) of a text put at column
 * col (from the line's first), width columns wide, with one attribute. */
struct ui_piece {
	size_t	 start;
	size_t	 end;
	int	 col;
	int	 width;
	attr_t	 attr;
};

struct ui_pieces {
	struct ui_piece	*v;
	size_t		 n;
	size_t		 cap;
};

/* A key hint of the status line: the action and what to call it. */
struct ui_hint {
	enum action	 action;
	const char	*label;
};

/* What a view does.  Every function but draw may be NULL. */
struct view_ops {
	const char	*name;		/* "reader", ... */
	enum keys_view	 keys;		/* where its bindings are looked up */
	const char	*title;		/* pane title */
	/* Draw the whole view into its window (only when dirty). */
	void		(*draw)(struct ui *ui, struct view *v);
	/* Handle an action (or, when action is ACTION_NONE, the raw key
	 * ch); never draws, sets dirty flags.  True when handled. */
	bool		(*key)(struct ui *ui, struct view *v,
			    enum action action, int ch);
	/* The window changed size. */
	void		(*resize)(struct ui *ui, struct view *v);
	/* A click at (y, x) of the window, inside its frame (wheel 0), or
	 * a step of the wheel over it (wheel -1 up, 1 down; y and x are
	 * then anywhere in the window).  Never draws. */
	void		(*mouse)(struct ui *ui, struct view *v, int y, int x,
			    int wheel);
	/* Free the private data. */
	void		(*free)(struct view *v);
	/* Actions whose keys the status line shows while it is focused,
	 * ended by ACTION_NONE. */
	const struct ui_hint *hints;
};

struct view {
	const struct view_ops	*ops;
	WINDOW			*win;
	PANEL			*panel;
	int			 y, x, h, w;	/* geometry on the screen */
	bool			 shown;
	bool			 dirty;
	size_t			 top;		/* first row shown */
	size_t			 cursor;	/* selected row or entry */
	void			*data;		/* private to the view */
};

/* The panes and the overlay views. */
enum ui_pane {
	UI_SOURCES,
	UI_READER,
	UI_SIDEBAR,
	UI_NPANES
};

enum ui_overlay {
	UI_COMPARE,
	UI_MATRIX,
	UI_SEARCH,
	UI_HELP,
	UI_NOVERLAYS
};

/*
 * What the source list knows of a story beyond its head (struct
 * store_story: id, title, counts; nclaims -1 and nsources 0 while
 * unknown).  Its articles are loaded when it is first shown; its
 * cross-reference counts when its cross-reference is first loaded or
 * computed by the idle work (ui_sources_idle()), visible stories first.
 */
struct ui_story_info {
	bool			 expanded;
	bool			 loaded;	/* articles are loaded */
	struct store_entry	*articles;	/* newest first */
	size_t			 narticles;
	bool			 counted;	/* the counts are known */
	bool			 deferred;	/* uncounted: waits for the
						   background work */
	size_t			 ncounts;	/* per xref article: */
	int64_t			*ids;
	size_t			*nshared;
	size_t			*nsentences;
};
/* A place to return to. */
struct ui_place {
	int64_t	 article;
	size_t	 span;
	int	 focus;
};

typedef void (*ui_prompt_fn)(struct ui *ui, const char *text);

/* Mouse events held at most (as many as ncurses queues). */
#define UI_MOUSE_QUEUE	8

/* The class of a claim as the reader colours it. */
enum ui_class {
	UI_CLASS_UNIQUE,
	UI_CLASS_TWO,
	UI_CLASS_MANY,
	UI_CLASS_DIFF
};

/*
 * The fetch run in the background (ui-spawn.c): `parallax fetch` as a
 * child whose output the loop reads without waiting.  The child prints a
 * line per feed on stdout as it ends, warnings on stderr.
 */
struct ui_fetch {
	pid_t			 pid;		/* 0: none runs */
	int			 fd[2];		/* its stdout, stderr; -1 */
	struct buf		 line[2];	/* a line read in part */
	size_t			 nfeeds;	/* followed when it began */
	size_t			 done;		/* feeds ended */
	size_t			 added;		/* new articles */
	size_t			 failed;	/* feeds that failed */
	char			*failure;	/* the latest, terminal-safe */
	char			*progress;	/* for the message line */
};

/*
 * The cross-reference of a large story computed in the background
 * (ui-job.c).  Until ready is set, the thread alone uses result, cause
 * and rc; it reads story and main (only its path) until done is set.
 */
struct ui_job {
	pthread_t		 tid;
	bool			 running;	/* a thread to join */
	atomic_bool		 ready;		/* result, cause, rc are set */
	bool			 taken;		/* by ui_job_arrived() */
	atomic_bool		 done;		/* the thread has finished */
	atomic_bool		 stop;		/* asked to give up */
	int64_t			 story;		/* being computed */
	int64_t			 next;		/* the reader's, after it; 0 */
	const struct store	*main;		/* the interface's store */
	struct xref_story	*result;
	char			*cause;
	int			 rc;
};

struct ui {
	struct store		*store;
	const char		*store_path;	/* ui_options': borrowed */
	const char		*config_path;	/* NULL: the default */
	SCREEN			*screen;
	struct cfg		 cfg;
	attr_t			 attr[THEME__MAX];
	bool			 color;
	bool			 markers;	/* no colour: show markers */
	int			 nlines, ncols;
	bool			 too_small;
	bool			 sidebar;	/* the sidebar is shown */
	bool			 quit;
	bool			 all_dirty;

	struct view		 pane[UI_NPANES];
	int			 focus;		/* an enum ui_pane */
	int			 npanes_shown;
	struct view		 overlay[UI_NOVERLAYS];
	int			 open;		/* overlay shown, or -1 */
	WINDOW			*status;
	WINDOW			*message_win;
	char			*message;
	bool			 message_error;
	/* The articles of the story whose cross-reference the reader
	 * waits for (ui-job.c), 0 when it waits for none. */
	size_t			 busy;
	bool			 prompting;
	char			*prompt_label;
	struct buf		 prompt_text;
	ui_prompt_fn		 prompt_done;
	/* Mouse events not handled yet, the oldest last: ncurses reads
	 * those that come together at once.  One is handled a turn. */
	MEVENT			 mouse[UI_MOUSE_QUEUE];
	int			 nmouse;

	/* The story list: every story's head, the rest loaded lazily. */
	struct store_story_list	 stories;	/* store_list_story_heads() */
	bool			 partial;	/* the newest only, so far */
	struct ui_story_info	*info;		/* per story */
	size_t			*order;		/* story indices, sorted */
	enum cfg_sort		 sort;
	bool			 sort_top;	/* sorted by the user, who has
						   not moved since: show the
						   top as counts arrive */
	size_t			 idle_next;	/* in order: next to count */
	size_t			 nuncounted;	/* stories without nclaims */
	size_t			 idle_outlets;	/* in order: next without */
	size_t			 nnooutlets;	/* stories without nsources */
	int64_t			 narticles;	/* to notice changes */
	time_t			 checked;

	/* The article being read. */
	struct xref_story	*xref;
	int64_t			 story;		/* id of xref's story */
	/* The cross-references of the last large stories left, newest
	 * first, until their stories change: shown again at once even
	 * when the store could not cache them (another process writing). */
	struct xref_story	*memo[4];
	struct article		*article;
	int64_t			 article_id;
	size_t			 art;		/* index in xref->articles */
	size_t			 span;		/* claim under the cursor */
	bool			 follow;	/* scroll the cursor into view */
	/* While the cross-reference is computed in the background: the
	 * claim to put the cursor on, by number and (SIZE_MAX: none) by
	 * where it starts. */
	size_t			 pending_span;
	size_t			 pending_start;
	unsigned long		 gen;		/* counts articles opened */

	struct ui_place		*history;
	size_t			 nhistory;

	/* Bodies of the story's other articles, loaded when first shown. */
	struct article		**bodies;	/* per xref article */

	struct ui_fetch		 fetch;
	struct ui_job		 job;
};

/* ui.c */
void	ui_message(struct ui *ui, bool error, const char *fmt, ...)
	    UTIL_PRINTF(3, 4);
attr_t	ui_attr(const struct ui *ui, enum theme_element e);
void	ui_set_focus(struct ui *ui, int pane);
void	ui_dirty_all(struct ui *ui);
void	ui_open_overlay(struct ui *ui, int which);
void	ui_close_overlay(struct ui *ui);
/* Read the stories again, and the article being read when keep is true
 * (else the newest story's first article). */
void	ui_reload(struct ui *ui, bool keep);
/* The same with only the limit newest stories (partial is then set). */
void	ui_reload_page(struct ui *ui, bool keep, size_t limit);
const struct store_story *ui_story_by_id(const struct ui *ui, int64_t id,
	    size_t *index);
struct ui_story_info *ui_story_info(struct ui *ui, size_t index);
/* A story's articles, newest first, read from the store the first time
 * (which also counts its outlets); borrowed.  NULL and *n 0 on error. */
const struct store_entry *ui_story_articles(struct ui *ui, size_t index,
	    size_t *n);
/* Load a story's cross-reference (from the cache, else computed and
 * cached) for its counts; true when it had none yet.  Slow: idle work. */
bool	ui_story_count(struct ui *ui, size_t index);
/* Count a story's outlets (a quick query); true when it had none yet. */
bool	ui_story_outlets(struct ui *ui, size_t index);
/* An article's shared and total sentences: false while unknown. */
bool	ui_story_counts(const struct ui *ui, size_t index, int64_t article,
	    size_t *nshared, size_t *nsentences);
int	ui_open_article(struct ui *ui, int64_t article, size_t span,
	    bool remember);
/* While the story's cross-reference is computed in the background, say
 * so (for a key that needs it) and return true. */
bool	ui_still_computing(struct ui *ui);
bool	ui_back(struct ui *ui);
const struct article *ui_body(struct ui *ui, size_t art);
const struct xref_article *ui_cur_article(const struct ui *ui);
enum ui_class ui_span_class(const struct ui *ui, const struct xref_span *sp);
attr_t	ui_class_attr(const struct ui *ui, enum ui_class c);
const char *ui_class_marker(enum ui_class c);
size_t	ui_page(const struct view *v);

/* ui-draw.c: the only code that writes article text.  Every function
 * below takes untrusted text; the ui_draw_ ones write to a window, the
 * others are pure. */
int	ui_draw_str(WINDOW *w, int y, int x, int cols, const char *s,
	    size_t len, attr_t attr);
int	ui_draw_cstr(WINDOW *w, int y, int x, int cols, const char *s,
	    attr_t attr);
int	ui_draw_fit(WINDOW *w, int y, int x, int cols, const char *s,
	    attr_t attr);
int	ui_draw_fit_str(WINDOW *w, int y, int x, int cols, const char *s,
	    size_t len, attr_t attr);
void	ui_draw_fill(WINDOW *w, int y, int x, int cols, attr_t attr);
int	ui_draw_runs(WINDOW *w, int y, int x, int cols, const char *s,
	    size_t start, size_t end, const struct ui_run *runs, size_t nruns,
	    attr_t base);
void	ui_draw_box(WINDOW *w, const char *title, attr_t border,
	    attr_t tattr);
/* Cut bytes [start, end) of s into the pieces of one screen line of
 * cols columns: trailing spaces dropped, the runs' attributes (base
 * between them), ending where a character no longer fits.  Returns the
 * columns used.  out is emptied first; free with ui_pieces_fini(). */
int	ui_cut_runs(const char *s, size_t start, size_t end,
	    const struct ui_run *runs, size_t nruns, attr_t base, int cols,
	    struct ui_pieces *out);
void	ui_pieces_fini(struct ui_pieces *p);
/* Wrap len bytes of s at cols columns into l (emptied first): one line
 * per line break of text_wrap(), a blank line for an empty one. */
void	ui_lines_wrap(struct ui_lines *l, const char *s, size_t len,
	    size_t cols);
/* The line holding byte off: the last that starts at or before it. */
size_t	ui_lines_find(const struct ui_lines *l, size_t off);
void	ui_lines_fini(struct ui_lines *l);
/* Append a run; empty runs are dropped, one adjoining the last run with
 * the same attribute extends it. */
void	ui_runs_add(struct ui_runs *r, size_t start, size_t end, attr_t attr);
void	ui_runs_fini(struct ui_runs *r);
/* Add by to every offset of the runs. */
void	ui_runs_shift(struct ui_runs *r, size_t by);
/* Mark with mark, in each of two wordings, the words the other lacks
 * (outside a longest common subsequence of the case-folded words); runs
 * relative to a and b.  Gives up (no runs) past 400 words a side. */
void	ui_diff_words(const char *a, size_t alen, const char *b, size_t blen,
	    attr_t mark, struct ui_runs *ra, struct ui_runs *rb);

/* ui-list.c: the movements of lists (n entries of a fixed number of
 * rows, a cursor and a top) and of views panned by their top alone.
 * Each sets the view dirty when it moves something. */
/* Rows a step of the wheel scrolls. */
#define UI_WHEEL_ROWS	3
/* Move the cursor for move_down/up, page_down/up (page entries), top or
 * bottom over n entries; false, and nothing moved, for other actions. */
bool	ui_list_move(struct view *v, enum action a, size_t n, size_t page);
/* Keep the cursor (moved back onto the last of n entries) among the per
 * entries shown from top. */
void	ui_list_scroll(struct view *v, size_t n, size_t per);
/* A step of the wheel (-1 up, 1 down) over a list of n entries of rows
 * rows each, per of them shown: the list scrolls UI_WHEEL_ROWS rows'
 * worth of entries (one at least), no further than its last screen, and
 * the cursor is dragged along to stay on screen. */
void	ui_list_wheel(struct view *v, int wheel, size_t n, size_t per,
	    size_t rows);
/* The entry under row y of the window of a list whose entries, rows
 * rows each, are drawn from row first on, top first, while their first
 * two rows (their one) fit in the frame; SIZE_MAX when none is. */
size_t	ui_list_at(const struct view *v, int y, int first, size_t rows,
	    size_t n);
/* A click on an entry (SIZE_MAX: none): true when it is the cursor's
 * already (the view then opens it), else the cursor moves onto it. */
bool	ui_list_click(struct view *v, size_t entry);
/* Row y of a list: filled between the frame with the cursor's colour
 * when it is the cursor's.  Returns the attribute of its text: the
 * cursor's, else normal. */
attr_t	ui_list_row(const struct ui *ui, struct view *v, int y, bool cursor,
	    attr_t normal);
/* Pan a view without a cursor for move_down/up, page_down/up (page
 * rows), top or bottom; false for other actions.  The view's draw keeps
 * top in range (ui_list_clamp()). */
bool	ui_list_pan(struct view *v, enum action a, size_t page);
/* Pan for a step of the wheel: UI_WHEEL_ROWS rows. */
void	ui_list_pan_wheel(struct view *v, int wheel);
/* The mouse handler (view_ops' mouse) of a panned view: the wheel pans,
 * a click does nothing. */
void	ui_list_pan_mouse(struct ui *ui, struct view *v, int y, int x,
	    int wheel);
/* Keep a panned view of rows rows, page shown, from scrolling past its
 * last screen. */
void	ui_list_clamp(struct view *v, size_t rows, size_t page);

/* The views. */
extern const struct view_ops ui_sources_ops;
extern const struct view_ops ui_reader_ops;
extern const struct view_ops ui_sidebar_ops;
extern const struct view_ops ui_compare_ops;
extern const struct view_ops ui_matrix_ops;
extern const struct view_ops ui_search_ops;
extern const struct view_ops ui_help_ops;

/* ui-sources.c */
void	ui_sources_select(struct ui *ui, int64_t story, int64_t article);
void	ui_sources_sort(struct ui *ui);
/* One slice of idle work of about budget_ms: counts for the stories on
 * screen, then the others.  True while work is left. */
bool	ui_sources_idle(struct ui *ui, long budget_ms);

/* ui-prompt.c: a line read on the message line while the loop runs.
 * done is called with the text (NULL when cancelled). */
void	ui_prompt_start(struct ui *ui, const char *label, ui_prompt_fn done);
bool	ui_prompt_key(struct ui *ui, int status, wint_t ch);
void	ui_prompt_draw(struct ui *ui);

/* ui-search.c */
void	ui_search_start(struct ui *ui, const char *query);

/* ui-compare.c */
void	ui_compare_start(struct ui *ui);

/* ui-job.c: a large story cross-referenced on a thread of its own. */
/* Ask for a story's cross-reference: started now when no other is being
 * computed; else, for the reader, computed next (the latest asked wins).
 * False when it will not be computed in the background: for the idle
 * work, another is being computed; for the reader, no thread could be
 * started (compute it in the foreground). */
bool	ui_job_want(struct ui *ui, int64_t story, bool reader);
/* True while a story is being computed. */
bool	ui_job_running(const struct ui *ui);
/* When the result is there, hand it to ui_job_arrived(); when the
 * thread has ended, tell ui_job_ended() and start the next story asked
 * for.  True when either happened.  Never waits. */
bool	ui_job_poll(struct ui *ui);
/* Ask the computation to give up and wait for it.  Safe when none
 * runs. */
void	ui_job_fini(struct ui *ui);
/* ui.c: a story's cross-reference computed in the background (rc 0, x)
 * or not (rc -1 with cause, 1 when the story has gone): noted for the
 * counts and shown when the reader waits for it.  Takes x and cause. */
void	ui_job_arrived(struct ui *ui, int64_t story, int rc,
	    struct xref_story *x, char *cause);
/* ui.c: the background work has ended; the stories the idle work left
 * for it are counted again. */
void	ui_job_ended(struct ui *ui);

/* ui-spawn.c: other programs run from the interface. */
void	ui_fetch_init(struct ui_fetch *f);
/* Start `parallax fetch` on the store in the background; a message when
 * no feed is followed, one already runs or it cannot start. */
void	ui_fetch_start(struct ui *ui);
/* Read what the fetch printed since the last call and, once it has
 * ended, reap it, read the store again when it changed and say how it
 * went.  Never waits.  True when the store was read again. */
bool	ui_fetch_poll(struct ui *ui);
/* The running fetch's progress for the message line (NULL when none
 * runs); *error when a feed has failed. */
const char *ui_fetch_progress(const struct ui *ui, bool *error);
/* Stop a running fetch with SIGTERM (SIGKILL if it lingers), reap it and
 * free what the fetch holds.  Safe when none runs. */
void	ui_fetch_fini(struct ui *ui);
/* Run $BROWSER on the address of the article being read, in the
 * foreground with the terminal given back; a message when there is no
 * browser, no article or no http(s) address. */
void	ui_open_url(struct ui *ui);

#endif
