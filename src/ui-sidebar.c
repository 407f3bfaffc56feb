/*
 * ui-sidebar: the Cross-reference pane.  For the claim under the reading
 * pane's cursor: its wording here, how many outlets carry it, and every
 * other outlet's wording with the words that differ from this article's
 * marked, the outlets that differ on a figure, a date or the speaker
 * first; the speaker of a quotation here and in every other outlet.
 * Enter opens that outlet's article at that claim (and remembers where
 * it came from).  Everything comes from the cross-reference.
 */
#include "parallax/ui-private.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/article.h"
#include "parallax/util.h"

/* Lines of the claim's own wording shown at most. */
#define UI_SIDEBAR_CLAIM_LINES	6

/* Lines of the cursor's entry's wording that scrolling keeps in view. */
#define UI_SIDEBAR_KEEP_LINES	4

/* What a row of the sidebar shows. */
enum ui_row_kind {
	UI_ROW_CLAIM,		/* a line of this article's wording; text
				   set on the last one shown of a longer claim */
	UI_ROW_INFO,		/* a line of plain text */
	UI_ROW_HEAD,		/* an entry's outlet line */
	UI_ROW_WORDING,		/* a line of an entry's wording */
	UI_ROW_BLANK
};

struct ui_row {
	enum ui_row_kind kind;
	size_t		 entry;
	size_t		 start;
	size_t		 end;
	char		*text;		/* UI_ROW_INFO, UI_ROW_HEAD */
};

/* Another outlet's mention of the claim. */
struct ui_entry {
	size_t			 mention;
	const char		*what;		/* NULL: states it the same */
	const char		*theirs;	/* each in its own words */
	const char		*ours;
	struct ui_runs		 runs;		/* differing words */
};

struct ui_sidebar {
	struct ui_entry	*e;
	size_t		 ne;
	struct ui_row	*rows;
	size_t		 nrows;
	size_t		 cap;
	bool		 cursor_shown;	/* drawn with the focus */
};

static const struct ui_hint ui_sidebar_hints[] = {
	{ ACTION_MOVE_DOWN, "down" },
	{ ACTION_ENTER, "follow" },
	{ ACTION_BACK, "back" },
	{ ACTION_TOGGLE_SIDEBAR, "hide" },
	{ ACTION_FOCUS_NEXT, "next pane" },
	{ ACTION_HELP, "help" },
	{ ACTION_NONE, NULL }
};

static void
ui_sidebar_clear(struct ui_sidebar *sb)
{
	for (size_t i = 0; i < sb->ne; i++)
		ui_runs_fini(&sb->e[i].runs);
	for (size_t i = 0; i < sb->nrows; i++)
		free(sb->rows[i].text);
	free(sb->e);
	sb->e = NULL;
	sb->ne = 0;
	sb->nrows = 0;
}

static void
ui_sidebar_free(struct view *v)
{
	struct ui_sidebar *sb = v->data;

	if (sb == NULL)
		return;
	ui_sidebar_clear(sb);
	free(sb->rows);
	free(sb);
	v->data = NULL;
}

static void
ui_sidebar_row(struct ui_sidebar *sb, enum ui_row_kind k, size_t entry,
    size_t start, size_t end, char *text)
{
	if (sb->nrows == sb->cap) {
		sb->cap = sb->cap == 0 ? 64 : sb->cap * 2;
		sb->rows = xreallocarray(sb->rows, sb->cap, sizeof *sb->rows);
	}
	sb->rows[sb->nrows++] = (struct ui_row){ k, entry, start, end, text };
}

/* The claim under the reading pane's cursor, or NULL. */
static const struct xref_span *
ui_sidebar_span(const struct ui *ui)
{
	const struct xref_article *xa = ui_cur_article(ui);

	if (xa == NULL || ui->span >= xa->nspans)
		return NULL;
	return &xa->spans[ui->span];
}

/* What an article states for a kind of difference: its own value when
 * the cross-reference records one, else the first mention's; *text gets
 * the words it is given in. */
static const char *
ui_sidebar_value(const struct xref_claim *c, size_t art, enum xref_what w,
    const char **text)
{
	const char	*first = NULL;

	*text = NULL;
	for (size_t i = 0; i < c->ndiffs; i++) {
		if (c->diffs[i].what != w)
			continue;
		if (c->diffs[i].article == art) {
			*text = c->diffs[i].that_text;
			return c->diffs[i].that_value;
		}
		first = c->diffs[i].this_value;
		*text = c->diffs[i].this_text;
	}
	return first;
}

/* Does article art state the claim differently from this article? */
static void
ui_sidebar_differs(const struct ui *ui, const struct xref_claim *c,
    size_t art, struct ui_entry *e)
{
	const char	*a, *b, *at, *bt;

	for (size_t i = 0; i < c->ndiffs; i++) {
		a = ui_sidebar_value(c, ui->art, c->diffs[i].what, &at);
		b = ui_sidebar_value(c, art, c->diffs[i].what, &bt);
		if (a != NULL && b != NULL && strcmp(a, b) != 0) {
			e->what = xref_what_name(c->diffs[i].what);
			e->ours = at;
			e->theirs = bt;
			return;
		}
	}
}

/* The other outlets' mentions, those that differ first. */
static void
ui_sidebar_entries(struct ui *ui, struct ui_sidebar *sb,
    const struct xref_claim *c)
{
	struct ui_entry	 e;
	size_t		 k = 0;

	sb->e = xcalloc(c->nmentions + 1, sizeof *sb->e);
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < c->nmentions; i++) {
			if (c->mentions[i].article == ui->art)
				continue;
			memset(&e, 0, sizeof e);
			e.mention = i;
			ui_sidebar_differs(ui, c, c->mentions[i].article, &e);
			if ((e.what != NULL) != (pass == 0))
				continue;
			sb->e[k++] = e;
		}
	}
	sb->ne = k;
}

/* The speaker of a claim as its article's body names it (caller frees),
 * or NULL when the claim names none. */
static char *
ui_sidebar_who(const struct article *body, const struct xref_span *sp)
{
	if (body == NULL || sp->speaker_end <= sp->speaker_start ||
	    sp->speaker_end > body->body_len)
		return NULL;
	return xstrndup(body->body + sp->speaker_start,
	    sp->speaker_end - sp->speaker_start);
}

/* The speaker of the claim under the cursor: always for a quotation
 * ("not named" when the article does not say), and for any claim whose
 * speaker is known. */
static void
ui_sidebar_speaker(struct ui *ui, struct ui_sidebar *sb,
    const struct xref_span *sp)
{
	char	*who = ui_sidebar_who(ui->article, sp);

	if (who != NULL)
		ui_sidebar_row(sb, UI_ROW_INFO, 0, 0, 0, xasprintf("Speaker: "
		    "%s", who));
	else if (sp->kind == CLAIM_QUOTE)
		ui_sidebar_row(sb, UI_ROW_INFO, 0, 0, 0, xstrdup("Speaker: "
		    "not named"));
	free(who);
}

/* An outlet's name with no-break spaces, so that the outlet line wraps
 * after it rather than within it. */
static char *
ui_sidebar_unbroken(const char *name)
{
	size_t	 n = 0;
	char	*s, *p;

	for (const char *q = name; *q != '\0'; q++)
		n += *q == ' ';
	p = s = xmalloc(strlen(name) + n + 1);
	for (; *name != '\0'; name++) {
		if (*name == ' ') {
			*p++ = '\xc2';
			*p++ = '\xa0';
		} else
			*p++ = *name;
	}
	*p = '\0';
	return s;
}

/* An entry's outlet line: the outlet, how it differs, and for a
 * quotation who it says spoke. */
static char *
ui_sidebar_head(struct ui *ui, const struct ui_entry *d,
    const struct xref_mention *m, const struct article *body)
{
	const struct xref_article *oa = &ui->xref->articles[m->article];
	const struct xref_span	*osp = m->span < oa->nspans ?
				    &oa->spans[m->span] : NULL;
	char			*who = NULL, *by = xstrdup(""), *s;
	char			*name = ui_sidebar_unbroken(oa->source);

	if (osp != NULL && (who = ui_sidebar_who(body, osp)) != NULL) {
		free(by);
		by = xasprintf(" · %s", who);
	} else if (osp != NULL && osp->kind == CLAIM_QUOTE) {
		free(by);
		by = xstrdup(" · speaker not named");
	}
	/* A difference of speaker names both speakers, briefly. */
	if (d->what != NULL && strcmp(d->what, xref_what_name(
	    XREF_DIFF_SPEAKER)) == 0)
		s = xasprintf("≠\u00a0%s · %s (here %s)", name, d->theirs,
		    d->ours);
	else if (d->what != NULL)
		s = xasprintf("≠\u00a0%s: %s %s (here %s)%s", name, d->what,
		    d->theirs, d->ours, by);
	else
		s = xasprintf("─\u00a0%s%s", name, by);
	free(name);
	free(who);
	free(by);
	return s;
}

/* Wrap one entry: its outlet line, then its wording with the words that
 * differ from this article's marked. */
static void
ui_sidebar_entry(struct ui *ui, struct ui_sidebar *sb, size_t k,
    const struct xref_claim *c, const struct xref_span *sp, size_t cols)
{
	const struct xref_mention *m = &c->mentions[sb->e[k].mention];
	const struct article *body = ui_body(ui, m->article);
	struct ui_runs	 mine = { 0 };
	struct ui_lines	 l = { 0 };
	char		*head = ui_sidebar_head(ui, &sb->e[k], m, body);

	/* The outlet line wraps, so that a difference is read whole;
	 * its later lines are indented past the wording's.  No-break
	 * spaces keep the outlet's name whole and beside its mark. */
	ui_lines_wrap(&l, head, strlen(head), cols > 3 ? cols - 2 : 1);
	for (size_t i = 0; i < l.n; i++)
		ui_sidebar_row(sb, UI_ROW_HEAD, k, 0, 0, i == 0 ?
		    xstrndup(head, l.v[i].end) : xasprintf("    %.*s",
		    (int)(l.v[i].end - l.v[i].start), head + l.v[i].start));
	free(head);
	if (body == NULL || m->end > body->body_len || m->start >= m->end)
		return;
	ui_diff_words(ui->article->body + sp->start, sp->end - sp->start,
	    body->body + m->start, m->end - m->start,
	    ui->attr[THEME_EL_DIFF_WORD], &mine, &sb->e[k].runs);
	ui_runs_fini(&mine);
	ui_runs_shift(&sb->e[k].runs, m->start);
	ui_lines_wrap(&l, body->body + m->start, m->end - m->start, cols);
	for (size_t i = 0; i < l.n; i++)
		ui_sidebar_row(sb, UI_ROW_WORDING, k, m->start + l.v[i].start,
		    m->start + l.v[i].end, NULL);
	ui_lines_fini(&l);
}

/* Lay the rows out for the claim under the cursor. */
static void
ui_sidebar_build(struct ui *ui, struct view *v, struct ui_sidebar *sb)
{
	const struct xref_span	*sp = ui_sidebar_span(ui);
	const struct xref_claim	*c = NULL;
	const struct xref_article *xa = ui_cur_article(ui);
	struct ui_lines		 l = { 0 };
	size_t			 cols = v->w > 6 ? (size_t)v->w - 4 : 1;

	ui_sidebar_clear(sb);
	if (sp == NULL || ui->article == NULL)
		return;
	if (sp->group != XREF_NONE && sp->group < ui->xref->nclaims)
		c = &ui->xref->claims[sp->group];
	ui_lines_wrap(&l, ui->article->body + sp->start, sp->end - sp->start,
	    cols);
	for (size_t i = 0; i < l.n && i < UI_SIDEBAR_CLAIM_LINES; i++)
		ui_sidebar_row(sb, UI_ROW_CLAIM, 0, sp->start + l.v[i].start,
		    sp->start + l.v[i].end, i + 1 == UI_SIDEBAR_CLAIM_LINES &&
		    l.n > UI_SIDEBAR_CLAIM_LINES ? xstrdup("…") : NULL);
	ui_lines_fini(&l);
	ui_sidebar_row(sb, UI_ROW_INFO, 0, 0, 0, xasprintf("%s · %s",
	    claim_kind_name(sp->kind), c == NULL ? "unique" :
	    c->ndiffs > 0 ? "disputed" : "shared"));
	ui_sidebar_speaker(ui, sb, sp);
	if (c == NULL) {
		ui_sidebar_row(sb, UI_ROW_INFO, 0, 0, 0, xasprintf("Only %s "
		    "carries this claim.", xa->source));
		return;
	}
	ui_sidebar_row(sb, UI_ROW_INFO, 0, 0, 0, xasprintf("Carried by %zu "
	    "of %zu outlets", c->nsources, ui->xref->nsources));
	ui_sidebar_entries(ui, sb, c);
	for (size_t k = 0; k < sb->ne; k++) {
		ui_sidebar_row(sb, UI_ROW_BLANK, 0, 0, 0, NULL);
		ui_sidebar_entry(ui, sb, k, c, sp, cols);
	}
}

/*
 * Keep the cursor's entry shown: its outlet line and its first
 * UI_SIDEBAR_KEEP_LINES lines of wording, so that a long wording does not
 * push the claim itself off the top.
 */
static void
ui_sidebar_scroll(struct view *v, const struct ui_sidebar *sb)
{
	size_t	 page = ui_page(v), head = SIZE_MAX, last = 0, kept = 0;

	for (size_t i = 0; i < sb->nrows; i++) {
		if (sb->rows[i].entry != v->cursor ||
		    (sb->rows[i].kind != UI_ROW_HEAD &&
		    sb->rows[i].kind != UI_ROW_WORDING))
			continue;
		if (head == SIZE_MAX)
			head = i;
		if (sb->rows[i].kind == UI_ROW_WORDING &&
		    kept++ == UI_SIDEBAR_KEEP_LINES)
			break;
		last = i;
	}
	if (head == SIZE_MAX)
		return;
	if (last >= v->top + page)
		v->top = last - page + 1;
	if (head < v->top)
		v->top = head;
	if (v->top + page > sb->nrows)
		v->top = sb->nrows > page ? sb->nrows - page : 0;
	if (head < v->top)
		v->top = head;
}

static void
ui_sidebar_draw_row(struct ui *ui, struct view *v, struct ui_sidebar *sb,
    const struct ui_row *r, int y)
{
	const struct xref_span	*sp = ui_sidebar_span(ui);
	int			 w = v->w - 2;
	attr_t			 a;

	switch (r->kind) {
	case UI_ROW_CLAIM: {
		int n;

		a = ui_class_attr(ui, ui_span_class(ui, sp));
		n = ui_draw_str(v->win, y, 2, w - 1, ui->article->body +
		    r->start, r->end - r->start, a);
		if (r->text != NULL)
			ui_draw_fit(v->win, y, 2 + n, w - 1 - n, r->text,
			    ui->attr[THEME_EL_META]);
		break;
	}
	case UI_ROW_INFO:
		ui_draw_fit(v->win, y, 1, w, r->text, ui->attr[THEME_EL_META]);
		break;
	case UI_ROW_HEAD:
		a = ui_list_row(ui, v, y, r->entry == v->cursor &&
		    ui->focus == UI_SIDEBAR, ui->attr[sb->e[r->entry].what !=
		    NULL ? THEME_EL_CLAIM_DIFF : THEME_EL_OUTLET]);
		ui_draw_fit(v->win, y, 1, w, r->text, a);
		break;
	case UI_ROW_WORDING: {
		const struct xref_claim *c = &ui->xref->claims[sp->group];
		const struct article *b = ui_body(ui,
		    c->mentions[sb->e[r->entry].mention].article);
		ui_draw_runs(v->win, y, 3, w - 2, b->body, r->start, r->end,
		    sb->e[r->entry].runs.v, sb->e[r->entry].runs.n,
		    ui->attr[THEME_EL_MENTION]);
		break;
	}
	default:
		break;
	}
}

static void
ui_sidebar_draw(struct ui *ui, struct view *v)
{
	struct ui_sidebar	*sb;
	int			 y;

	if (v->data == NULL)
		v->data = xcalloc(1, sizeof *sb);
	sb = v->data;
	ui_draw_box(v->win, v->ops->title, ui->attr[THEME_EL_BORDER],
	    ui->attr[ui->focus == UI_SIDEBAR && ui->open < 0 ?
	    THEME_EL_PANE_TITLE_FOCUS : THEME_EL_PANE_TITLE]);
	ui_sidebar_build(ui, v, sb);
	if (sb->nrows == 0) {
		ui_draw_fit(v->win, 1, 1, v->w - 2, ui->article == NULL ?
		    "Nothing to cross-reference." : ui->busy > 0 &&
		    ui->xref == NULL ? "Cross-referencing…" :
		    "No claims found here.",
		    ui->attr[THEME_EL_META]);
		return;
	}
	if (v->cursor >= sb->ne)
		v->cursor = sb->ne > 0 ? sb->ne - 1 : 0;
	sb->cursor_shown = ui->focus == UI_SIDEBAR && ui->open < 0;
	ui_sidebar_scroll(v, sb);
	for (size_t i = v->top; i < sb->nrows && (y = (int)(i - v->top) +
	    1) < v->h - 1; i++)
		ui_sidebar_draw_row(ui, v, sb, &sb->rows[i], y);
}

/* Follow the entry under the cursor to its article. */
static void
ui_sidebar_follow(struct ui *ui, struct view *v)
{
	struct ui_sidebar	*sb = v->data;
	const struct xref_span	*sp = ui_sidebar_span(ui);
	const struct xref_mention *m;

	if (sb == NULL || sp == NULL || sp->group == XREF_NONE ||
	    v->cursor >= sb->ne) {
		ui_message(ui, false, "No other outlet carries this claim.");
		return;
	}
	m = &ui->xref->claims[sp->group].mentions[sb->e[v->cursor].mention];
	ui_open_article(ui, ui->xref->articles[m->article].id, m->span,
	    true);
	ui_set_focus(ui, UI_READER);
}

static bool
ui_sidebar_key(struct ui *ui, struct view *v, enum action a, int ch)
{
	struct ui_sidebar *sb = v->data;
	size_t		 n = sb != NULL ? sb->ne : 0;

	(void)ch;
	switch (a) {
	/* Entries vary in height: a page goes to the first or the last. */
	case ACTION_TOP:
	case ACTION_PAGE_UP:
		v->cursor = 0;
		v->top = 0;
		break;
	case ACTION_PAGE_DOWN:
		return ui_list_move(v, ACTION_BOTTOM, n, 0);
	case ACTION_ENTER:
	case ACTION_EXPAND:
		ui_sidebar_follow(ui, v);
		return true;
	default:
		return ui_list_move(v, a, n, 0);
	}
	v->dirty = true;
	return true;
}

/*
 * A click on another outlet's entry selects it, a second one (on the
 * entry shown as selected) follows it to that outlet's article, as Enter
 * does.  The wheel moves from entry to entry, the pane scrolling to show
 * each whole.
 */
static void
ui_sidebar_mouse(struct ui *ui, struct view *v, int y, int x, int wheel)
{
	struct ui_sidebar *sb = v->data;
	size_t		 row = v->top + (size_t)(y > 0 ? y - 1 : 0);

	(void)x;
	if (wheel != 0) {
		ui_sidebar_key(ui, v, wheel > 0 ? ACTION_MOVE_DOWN :
		    ACTION_MOVE_UP, 0);
		return;
	}
	if (sb == NULL || row >= sb->nrows || (sb->rows[row].kind !=
	    UI_ROW_HEAD && sb->rows[row].kind != UI_ROW_WORDING))
		return;
	if (ui_list_click(v, sb->rows[row].entry) && sb->cursor_shown)
		ui_sidebar_follow(ui, v);
	v->dirty = true;
}

const struct view_ops ui_sidebar_ops = {
	.name = "sidebar",
	.keys = KEYS_VIEW_SIDEBAR,
	.title = "Cross-reference",
	.draw = ui_sidebar_draw,
	.key = ui_sidebar_key,
	.mouse = ui_sidebar_mouse,
	.free = ui_sidebar_free,
	.hints = ui_sidebar_hints
};
