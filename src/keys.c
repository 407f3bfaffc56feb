/*
 * keys: actions, key names and the bindings of each view.  The default
 * bindings are a table; the configuration changes them with keys_bind().
 * Plain data only: must never include curses (our KEYS_* constants carry
 * ncurses' numbers instead).
 */
#include "parallax/keys.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unistr.h>

#include "parallax/text.h"
#include "parallax/util.h"

struct keys_view_bindings {
	struct keys_binding	*b;
	size_t			 n;
	size_t			 cap;
};

struct keys {
	struct keys_view_bindings	view[KEYS_VIEW__MAX];
};

static const struct {
	const char	*name;
	const char	*help;
} keys_actions[ACTION__MAX] = {
	[ACTION_NONE] = { .name = "none", .help = "" },
#define KEYS_ACTION_INFO(n, s, h) [ACTION_##n] = { .name = s, .help = h },
	ACTION_LIST(KEYS_ACTION_INFO)
#undef KEYS_ACTION_INFO
};

static const struct {
	const char	*name;
	const char	*help;
} keys_views[KEYS_VIEW__MAX] = {
#define KEYS_VIEW_INFO(n, s, h) [KEYS_VIEW_##n] = { .name = s, .help = h },
	KEYS_VIEW_LIST(KEYS_VIEW_INFO)
#undef KEYS_VIEW_INFO
};

/* The default bindings, in the order the help overlay lists them. */
#define KEYS_IN(v, k, a) \
	{ .view = KEYS_VIEW_##v, .key = (k), .action = ACTION_##a }
#define KEYS_MAIN(k, a) KEYS_IN(MAIN, k, a)
static const struct {
	enum keys_view	view;
	int		key;
	enum action	action;
} keys_defaults[] = {
	KEYS_MAIN(KEYS_TAB, FOCUS_NEXT),
	KEYS_MAIN(KEYS_BTAB, FOCUS_PREV),
	KEYS_MAIN('j', MOVE_DOWN),
	KEYS_MAIN(KEYS_DOWN, MOVE_DOWN),
	KEYS_MAIN('k', MOVE_UP),
	KEYS_MAIN(KEYS_UP, MOVE_UP),
	KEYS_MAIN(KEYS_NPAGE, PAGE_DOWN),
	KEYS_MAIN(' ', PAGE_DOWN),
	KEYS_MAIN(KEYS_PPAGE, PAGE_UP),
	KEYS_MAIN('b', PAGE_UP),
	KEYS_MAIN('g', TOP),
	KEYS_MAIN(KEYS_HOME, TOP),
	KEYS_MAIN('G', BOTTOM),
	KEYS_MAIN(KEYS_END, BOTTOM),
	KEYS_MAIN('\n', ENTER),
	KEYS_MAIN(KEYS_BACKSPACE, BACK),
	KEYS_MAIN('l', EXPAND),
	KEYS_MAIN(KEYS_RIGHT, EXPAND),
	KEYS_MAIN('h', COLLAPSE),
	KEYS_MAIN(KEYS_LEFT, COLLAPSE),
	KEYS_MAIN('n', NEXT_SHARED),
	KEYS_MAIN('N', PREV_SHARED),
	KEYS_MAIN('u', NEXT_UNIQUE),
	KEYS_MAIN('U', PREV_UNIQUE),
	KEYS_MAIN('d', NEXT_DIFF),
	KEYS_MAIN('D', PREV_DIFF),
	KEYS_MAIN(']', NEXT_ARTICLE),
	KEYS_MAIN('[', PREV_ARTICLE),
	KEYS_MAIN('w', OPEN_URL),
	KEYS_MAIN('c', COMPARE),
	KEYS_MAIN('m', MATRIX),
	KEYS_MAIN('s', TOGGLE_SIDEBAR),
	KEYS_MAIN('/', SEARCH),
	KEYS_MAIN('?', HELP),
	KEYS_MAIN(KEYS_F(1), HELP),
	KEYS_MAIN('r', RELOAD),
	KEYS_MAIN('R', FETCH),
	KEYS_MAIN('o', SORT),
	KEYS_MAIN('q', QUIT_VIEW),
	KEYS_MAIN('Q', QUIT),
	KEYS_MAIN(KEYS_CTRL('l'), REDRAW),
	/* Escape leaves the views that sit over the panes. */
	KEYS_IN(COMPARE, KEYS_ESC, QUIT_VIEW),
	KEYS_IN(MATRIX, KEYS_ESC, QUIT_VIEW),
	KEYS_IN(SEARCH, KEYS_ESC, QUIT_VIEW),
	KEYS_IN(HELP, KEYS_ESC, QUIT_VIEW),
};
#undef KEYS_MAIN
#undef KEYS_IN

/* Names of keys that are not one printable character. */
static const struct {
	const char	*name;
	int		 key;
} keys_names[] = {
	/* The first name of a key is the one keys_key_name() writes. */
	{ "Space", ' ' },
	{ "Tab", KEYS_TAB },
	{ "S-Tab", KEYS_BTAB },
	{ "BTab", KEYS_BTAB },
	{ "Enter", '\n' },
	{ "Return", '\n' },
	{ "Backspace", KEYS_BACKSPACE },
	{ "BSpace", KEYS_BACKSPACE },
	{ "Esc", KEYS_ESC },
	{ "Escape", KEYS_ESC },
	{ "Up", KEYS_UP },
	{ "Down", KEYS_DOWN },
	{ "Left", KEYS_LEFT },
	{ "Right", KEYS_RIGHT },
	{ "PgUp", KEYS_PPAGE },
	{ "PageUp", KEYS_PPAGE },
	{ "PgDn", KEYS_NPAGE },
	{ "PageDown", KEYS_NPAGE },
	{ "Home", KEYS_HOME },
	{ "End", KEYS_END },
	{ "Delete", KEYS_DC },
	{ "Del", KEYS_DC },
	{ "Insert", KEYS_IC },
};

const char *
keys_action_name(enum action action)
{
	if ((unsigned)action >= ACTION__MAX)
		return NULL;
	return keys_actions[action].name;
}

int
keys_action_from_name(const char *name)
{
	size_t	i;

	for (i = 0; i < ACTION__MAX; i++) {
		if (strcmp(keys_actions[i].name, name) == 0)
			return (int)i;
	}
	return -1;
}

const char *
keys_action_help(enum action action)
{
	if ((unsigned)action >= ACTION__MAX)
		return NULL;
	return keys_actions[action].help;
}

const char *
keys_view_name(enum keys_view view)
{
	if ((unsigned)view >= KEYS_VIEW__MAX)
		return NULL;
	return keys_views[view].name;
}

int
keys_view_from_name(const char *name)
{
	size_t	i;

	for (i = 0; i < KEYS_VIEW__MAX; i++) {
		if (strcmp(keys_views[i].name, name) == 0)
			return (int)i;
	}
	return -1;
}

const char *
keys_view_help(enum keys_view view)
{
	if ((unsigned)view >= KEYS_VIEW__MAX)
		return NULL;
	return keys_views[view].help;
}

int
keys_from_wch(bool function_key, unsigned long code)
{
	if (function_key)
		return (int)code;
	if (code > 0x10ffff)
		return -1;
	if (code >= KEYS_MIN && code <= KEYS_MAX)
		return KEYS_LITERAL | (int)code;
	return (int)code;
}

int
keys_canonical(int key)
{
	switch (key) {
	case '\r':
	case KEYS_ENTER:
		return '\n';
	case 127:
	case 8:
		return KEYS_BACKSPACE;
	default:
		return key;
	}
}

/* A "C-x" name: a control letter. */
static int
keys_ctrl_from_name(const char *name)
{
	int	c;

	if (strlen(name) != 3 || strncasecmp(name, "C-", 2) != 0)
		return -1;
	c = (unsigned char)name[2];
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return keys_canonical(KEYS_CTRL(c));
	return -1;
}

/* An "Fn" name, 1 to 63. */
static int
keys_fn_from_name(const char *name)
{
	char	*end;
	long	 n;

	if ((name[0] != 'F' && name[0] != 'f') || name[1] < '1' ||
	    name[1] > '9')
		return -1;
	n = strtol(name + 1, &end, 10);
	if (*end != '\0' || n < 1 || n > 63)
		return -1;
	return KEYS_F((int)n);
}

int
keys_key_from_name(const char *name)
{
	const uint8_t	*s = (const uint8_t *)name;
	size_t		 i, len = strlen(name);
	ucs4_t		 uc;
	int		 n, key;

	if (len == 0)
		return -1;
	n = u8_mbtoucr(&uc, s, len);
	if (n > 0 && (size_t)n == len) {
		/* Controls, bidi and invisible characters are no keys: their
		 * names would reach the help overlay raw. */
		if (uc < 0x20 || !text_is_clean(name, len))
			return -1;
		return keys_from_wch(false, uc);
	}
	for (i = 0; i < UTIL_NELEM(keys_names); i++) {
		if (strcasecmp(keys_names[i].name, name) == 0)
			return keys_names[i].key;
	}
	if ((key = keys_ctrl_from_name(name)) >= 0)
		return key;
	return keys_fn_from_name(name);
}

const char *
keys_key_name(int key, char *buf)
{
	uint8_t	u[8];
	size_t	i;
	int	n, uc;

	key = keys_canonical(key);
	for (i = 0; i < UTIL_NELEM(keys_names); i++) {
		if (keys_names[i].key == key) {
			snprintf(buf, KEYS_NAME_MAX, "%s", keys_names[i].name);
			return buf;
		}
	}
	if (key > 0 && key <= 26) {
		snprintf(buf, KEYS_NAME_MAX, "C-%c", key + 'a' - 1);
		return buf;
	}
	if (key > KEYS_F0 && key < KEYS_F(64)) {
		snprintf(buf, KEYS_NAME_MAX, "F%d", key - KEYS_F0);
		return buf;
	}
	if (key & KEYS_LITERAL)
		uc = key & ~KEYS_LITERAL;
	else if (key >= KEYS_MIN && key <= KEYS_MAX)
		uc = 0;		/* an unnamed function key */
	else
		uc = key;
	if (uc > 0x20 && uc <= 0x10ffff && uc != 0x7f &&
	    (n = u8_uctomb(u, (ucs4_t)uc, (int)sizeof u)) > 0) {
		memcpy(buf, u, (size_t)n);
		buf[n] = '\0';
		return buf;
	}
	snprintf(buf, KEYS_NAME_MAX, "0x%x", (unsigned)key);
	return buf;
}

struct keys *
keys_create(void)
{
	struct keys	*keys = xcalloc(1, sizeof *keys);
	size_t		 i;

	for (i = 0; i < UTIL_NELEM(keys_defaults); i++)
		keys_bind(keys, keys_defaults[i].view, keys_defaults[i].key,
		    keys_defaults[i].action);
	return keys;
}

void
keys_clear(struct keys *keys)
{
	size_t	v;

	for (v = 0; v < KEYS_VIEW__MAX; v++) {
		free(keys->view[v].b);
		keys->view[v].b = NULL;
		keys->view[v].n = keys->view[v].cap = 0;
	}
}

void
keys_free(struct keys *keys)
{
	if (keys == NULL)
		return;
	keys_clear(keys);
	free(keys);
}

static struct keys_binding *
keys_find(const struct keys *keys, enum keys_view view, int key)
{
	const struct keys_view_bindings	*vb = &keys->view[view];
	size_t				 i;

	for (i = 0; i < vb->n; i++) {
		if (vb->b[i].key == key)
			return &vb->b[i];
	}
	return NULL;
}

void
keys_bind(struct keys *keys, enum keys_view view, int key,
    enum action action)
{
	struct keys_view_bindings	*vb = &keys->view[view];
	struct keys_binding		*b;

	key = keys_canonical(key);
	if ((b = keys_find(keys, view, key)) != NULL) {
		b->action = action;
		return;
	}
	if (vb->n == vb->cap) {
		vb->cap = vb->cap == 0 ? 16 : vb->cap * 2;
		vb->b = xreallocarray(vb->b, vb->cap, sizeof *vb->b);
	}
	vb->b[vb->n].key = key;
	vb->b[vb->n].action = action;
	vb->n++;
}

bool
keys_unbind(struct keys *keys, enum keys_view view, int key)
{
	struct keys_view_bindings	*vb = &keys->view[view];
	struct keys_binding		*b;
	size_t				 i;

	if ((b = keys_find(keys, view, keys_canonical(key))) == NULL)
		return false;
	i = (size_t)(b - vb->b);
	memmove(b, b + 1, (vb->n - i - 1) * sizeof *b);
	vb->n--;
	return true;
}

enum action
keys_lookup(const struct keys *keys, enum keys_view view, int key)
{
	const struct keys_binding	*b;

	key = keys_canonical(key);
	if ((unsigned)view < KEYS_VIEW__MAX &&
	    (b = keys_find(keys, view, key)) != NULL)
		return b->action;
	if ((b = keys_find(keys, KEYS_VIEW_MAIN, key)) != NULL)
		return b->action;
	return ACTION_NONE;
}

size_t
keys_bindings(const struct keys *keys, enum keys_view view,
    const struct keys_binding **out)
{
	*out = keys->view[view].b;
	return keys->view[view].n;
}

size_t
keys_for_action(const struct keys *keys, enum keys_view view,
    enum action action, int *out, size_t max)
{
	const struct keys_view_bindings	*vb;
	size_t				 i, n = 0;
	int				 key;

	vb = &keys->view[view];
	for (i = 0; i < vb->n; i++) {
		if (vb->b[i].action != action)
			continue;
		if (n < max)
			out[n] = vb->b[i].key;
		n++;
	}
	if (view == KEYS_VIEW_MAIN)
		return n;
	vb = &keys->view[KEYS_VIEW_MAIN];
	for (i = 0; i < vb->n; i++) {
		key = vb->b[i].key;
		if (vb->b[i].action != action ||
		    keys_find(keys, view, key) != NULL)
			continue;
		if (n < max)
			out[n] = key;
		n++;
	}
	return n;
}

char *
keys_describe(const struct keys *keys, enum keys_view view,
    enum action action)
{
	struct buf	 b;
	char		 name[KEYS_NAME_MAX];
	int		*list;
	size_t		 n, i;

	n = keys_for_action(keys, view, action, NULL, 0);
	list = xreallocarray(NULL, n + 1, sizeof *list);
	keys_for_action(keys, view, action, list, n);
	buf_init(&b);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(&b, ", ");
		buf_adds(&b, keys_key_name(list[i], name));
	}
	free(list);
	return buf_detach(&b, NULL);
}
