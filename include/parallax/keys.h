/*
 * keys: the actions of the interface, the names of keys and the key
 * bindings of each view.  Plain data: no curses here.  Keys are ints in
 * ncurses' space (characters as their code point, function keys as
 * ncurses' KEY_* codes), so the interface passes what get_wch() returns
 * through keys_from_wch() and looks the result up.
 */
#ifndef PARALLAX_KEYS_H
#define PARALLAX_KEYS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Every action the interface performs on a key: _(NAME, "name", "help").
 * The name is what `bind` accepts; the help text is what the help overlay
 * and parallax(5) show.  Generates enum action.
 */
#define ACTION_LIST(_) \
	_(FOCUS_NEXT, "focus_next", "Move the focus to the next pane") \
	_(FOCUS_PREV, "focus_prev", "Move the focus to the previous pane") \
	_(MOVE_DOWN, "move_down", "Move the cursor down one line") \
	_(MOVE_UP, "move_up", "Move the cursor up one line") \
	_(PAGE_DOWN, "page_down", "Move down one page") \
	_(PAGE_UP, "page_up", "Move up one page") \
	_(TOP, "top", "Go to the first line") \
	_(BOTTOM, "bottom", "Go to the last line") \
	_(ENTER, "enter", "Open the story or article under the cursor, " \
	    "or follow the claim under the cursor") \
	_(BACK, "back", "Go back to where the last enter came from") \
	_(EXPAND, "expand", "Expand the story under the cursor") \
	_(COLLAPSE, "collapse", "Collapse the story under the cursor") \
	_(NEXT_SHARED, "next_shared", \
	    "Go to the next claim that other outlets carry") \
	_(PREV_SHARED, "prev_shared", \
	    "Go to the previous claim that other outlets carry") \
	_(NEXT_UNIQUE, "next_unique", \
	    "Go to the next claim that only this outlet carries") \
	_(PREV_UNIQUE, "prev_unique", \
	    "Go to the previous claim that only this outlet carries") \
	_(NEXT_DIFF, "next_diff", \
	    "Go to the next claim on which the outlets differ") \
	_(PREV_DIFF, "prev_diff", \
	    "Go to the previous claim on which the outlets differ") \
	_(NEXT_ARTICLE, "next_article", \
	    "Read the next article of the story") \
	_(PREV_ARTICLE, "prev_article", \
	    "Read the previous article of the story") \
	_(OPEN_URL, "open_url", "Open the article's address in $BROWSER") \
	_(COMPARE, "compare", \
	    "Compare this article with another outlet's, side by side") \
	_(MATRIX, "matrix", "Show which outlet carries which claim") \
	_(TOGGLE_SIDEBAR, "toggle_sidebar", \
	    "Show or hide the cross-reference sidebar") \
	_(SEARCH, "search", "Search the store") \
	_(HELP, "help", "Show or hide the list of keys") \
	_(RELOAD, "reload", "Read the store again") \
	_(FETCH, "fetch", "Fetch the followed feeds in the background") \
	_(SORT, "sort", "Cycle the order of the stories") \
	_(QUIT_VIEW, "quit_view", \
	    "Close the current view; quit from the main screen") \
	_(QUIT, "quit", "Quit parallax") \
	_(REDRAW, "redraw", "Redraw the screen") \

enum action {
	ACTION_NONE,
#define KEYS_ACTION_ENUM(n, s, h) ACTION_##n,
	ACTION_LIST(KEYS_ACTION_ENUM)
#undef KEYS_ACTION_ENUM
	ACTION__MAX
};

/*
 * The views a binding can belong to: _(NAME, "name", "description").
 * A key bound in main applies in every view that does not bind it.
 */
#define KEYS_VIEW_LIST(_) \
	_(MAIN, "main", "every view, unless the view binds the key itself") \
	_(SOURCES, "sources", "the list of stories and their articles") \
	_(READER, "reader", "the reading pane") \
	_(SIDEBAR, "sidebar", "the cross-reference sidebar") \
	_(COMPARE, "compare", "two articles side by side") \
	_(MATRIX, "matrix", "claims against outlets") \
	_(SEARCH, "search", "the search prompt and its results") \
	_(HELP, "help", "the list of keys")

enum keys_view {
#define KEYS_VIEW_ENUM(n, s, h) KEYS_VIEW_##n,
	KEYS_VIEW_LIST(KEYS_VIEW_ENUM)
#undef KEYS_VIEW_ENUM
	KEYS_VIEW__MAX
};

/* Function keys: these values equal ncurses' KEY_* codes. */
#define KEYS_DOWN	0402	/* KEY_DOWN */
#define KEYS_UP		0403	/* KEY_UP */
#define KEYS_LEFT	0404	/* KEY_LEFT */
#define KEYS_RIGHT	0405	/* KEY_RIGHT */
#define KEYS_HOME	0406	/* KEY_HOME */
#define KEYS_BACKSPACE	0407	/* KEY_BACKSPACE */
#define KEYS_F0		0410	/* KEY_F0 */
#define KEYS_F(n)	(KEYS_F0 + (n))	/* KEY_F(n) */
#define KEYS_DC		0512	/* KEY_DC (Delete) */
#define KEYS_IC		0513	/* KEY_IC (Insert) */
#define KEYS_NPAGE	0522	/* KEY_NPAGE (Page Down) */
#define KEYS_PPAGE	0523	/* KEY_PPAGE (Page Up) */
#define KEYS_ENTER	0527	/* KEY_ENTER (keypad Enter) */
#define KEYS_BTAB	0541	/* KEY_BTAB (Shift-Tab) */
#define KEYS_END	0550	/* KEY_END */
#define KEYS_MIN	0401	/* KEY_MIN: ncurses' codes start here ... */
#define KEYS_MAX	0777	/* ... and end here (KEY_MAX) */

/* Plain characters. */
#define KEYS_TAB	'\t'
#define KEYS_ESC	033
#define KEYS_SPACE	' '
#define KEYS_CTRL(c)	((c) & 037)	/* KEYS_CTRL('l') is Ctrl-L */

/*
 * Characters U+0101..U+01FF share their numbers with ncurses' function
 * keys; such a character is held as KEYS_LITERAL | code point so that it
 * cannot be taken for one.  Only keys_from_wch() and keys_key_from_name()
 * make such values.
 */
#define KEYS_LITERAL	0x40000000

/* The longest key name keys_key_name() writes, with its NUL. */
#define KEYS_NAME_MAX	24

/* One binding of a view. */
struct keys_binding {
	int		key;
	enum action	action;
};

/* The bindings of every view (opaque). */
struct keys;

/* "move_down" for ACTION_MOVE_DOWN, "none" for ACTION_NONE, NULL when out
 * of range.  Borrowed, static. */
const char	*keys_action_name(enum action action);

/* The action of a name ("none" gives ACTION_NONE); -1 when unknown. */
int		 keys_action_from_name(const char *name);

/* The one-line help of an action; "" for ACTION_NONE.  Static. */
const char	*keys_action_help(enum action action);

/* "reader" for KEYS_VIEW_READER; NULL when out of range.  Static. */
const char	*keys_view_name(enum keys_view view);

/* The view of a name; -1 when unknown. */
int		 keys_view_from_name(const char *name);

/* A sentence describing a view, for the manual.  Static. */
const char	*keys_view_help(enum keys_view view);

/*
 * The key that the interface should look up for what get_wch() returned:
 * function_key is true when get_wch() returned KEY_CODE_YES.  Characters
 * that collide with function-key codes get KEYS_LITERAL (see above).
 */
int		 keys_from_wch(bool function_key, unsigned long code);

/*
 * The canonical form of a key: '\r' and KEYS_ENTER become '\n' (Enter),
 * 127 and 8 become KEYS_BACKSPACE.  Every other key is returned as is.
 * Bindings are kept under canonical keys and lookups canonicalise.
 */
int		 keys_canonical(int key);

/*
 * The key of a name as the configuration writes it: "j", "Space", "Tab",
 * "S-Tab", "Enter", "Backspace", "Esc", "Up", "Down", "Left", "Right",
 * "PgUp", "PgDn", "Home", "End", "Delete", "Insert", "F1".."F63", "C-a"..
 * "C-z" (control letters) or any one printable UTF-8 character.  Names of
 * more than one character are matched ignoring case.  Returns the
 * canonical key, or -1 when the name is not a key.
 */
int		 keys_key_from_name(const char *name);

/*
 * Write the name of a key into buf (KEYS_NAME_MAX bytes) and return buf.
 * keys_key_from_name(keys_key_name(k)) == keys_canonical(k) for every key
 * keys_key_from_name() can return.  Unnamed codes are written "0x1ab".
 */
const char	*keys_key_name(int key, char *buf);

/* A new set of bindings holding the default table.  Free with keys_free. */
struct keys	*keys_create(void);

/* Free the bindings; NULL is fine. */
void		 keys_free(struct keys *keys);

/*
 * Bind key to action in view, replacing any binding of that key in the
 * view.  Binding ACTION_NONE in a view other than main makes the key do
 * nothing there even when main binds it.
 */
void		 keys_bind(struct keys *keys, enum keys_view view, int key,
		     enum action action);

/* Remove the binding of key in view; the key then falls back to main.
 * Returns true when there was one. */
bool		 keys_unbind(struct keys *keys, enum keys_view view, int key);

/* Remove every binding of every view (for `unbind all`-style resets). */
void		 keys_clear(struct keys *keys);

/*
 * The action of key in view: the view's own binding, else main's, else
 * ACTION_NONE.  The key is canonicalised first.
 */
enum action	 keys_lookup(const struct keys *keys, enum keys_view view,
		     int key);

/*
 * The bindings of one view only (not main's fallbacks), in the order
 * they were made.  Sets *out to borrowed storage, valid until the next
 * change to keys, and returns the count.
 */
size_t		 keys_bindings(const struct keys *keys, enum keys_view view,
		     const struct keys_binding **out);

/*
 * The keys that perform action in view, counting main's bindings that the
 * view does not override: the view's first, then main's, in binding
 * order.  Writes at most max keys to out and returns how many there are
 * in all (which may be more than max).
 */
size_t		 keys_for_action(const struct keys *keys, enum keys_view view,
		     enum action action, int *out, size_t max);

/*
 * The same as a string for the help overlay and status hints: the key
 * names joined by ", " ("j, Down"), or "" when no key performs it.
 * Caller frees.
 */
char		*keys_describe(const struct keys *keys, enum keys_view view,
		     enum action action);

#endif
