/*
 * ui-prompt: a line of text typed on the message line (the search
 * prompt).  It runs inside the main loop: keys come here while a prompt
 * is open, and the callback gets the text on Enter or NULL on Escape.
 * Only printable characters are taken.
 */
#include "parallax/ui-private.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "parallax/text.h"
#include "parallax/util.h"

/* The longest text a prompt takes, in bytes. */
#define UI_PROMPT_MAX	512

void
ui_prompt_start(struct ui *ui, const char *label, ui_prompt_fn done)
{
	free(ui->prompt_label);
	ui->prompt_label = xstrdup(label);
	buf_fini(&ui->prompt_text);
	buf_init(&ui->prompt_text);
	ui->prompt_done = done;
	ui->prompting = true;
}

/* Close the prompt and hand its text (or NULL) to the callback. */
static void
ui_prompt_finish(struct ui *ui, bool ok)
{
	char		*text = xstrdup(ui->prompt_text.data);
	ui_prompt_fn	 done = ui->prompt_done;

	ui->prompting = false;
	ui->prompt_done = NULL;
	done(ui, ok ? text : NULL);
	free(text);
}

/* Remove the last character of the text. */
static void
ui_prompt_erase(struct buf *b)
{
	while (b->len > 0) {
		unsigned char c = (unsigned char)b->data[--b->len];
		if ((c & 0xc0) != 0x80)
			break;
	}
	b->data[b->len] = '\0';
}

bool
ui_prompt_key(struct ui *ui, int status, wint_t ch)
{
	int		 key = keys_canonical(keys_from_wch(
			     status == KEY_CODE_YES, ch));
	char		 mb[MB_LEN_MAX];
	mbstate_t	 ps;
	size_t		 n;

	if (key == '\n') {
		ui_prompt_finish(ui, true);
	} else if (key == KEYS_ESC || key == KEYS_CTRL('g') ||
	    key == KEYS_CTRL('c')) {
		ui_prompt_finish(ui, false);
	} else if (key == KEYS_BACKSPACE) {
		if (ui->prompt_text.len == 0)
			ui_prompt_finish(ui, false);
		else
			ui_prompt_erase(&ui->prompt_text);
	} else if (key == KEYS_CTRL('u')) {
		ui->prompt_text.len = 0;
		ui->prompt_text.data[0] = '\0';
	} else if (status != KEY_CODE_YES && iswprint(ch)) {
		memset(&ps, 0, sizeof ps);
		n = wcrtomb(mb, (wchar_t)ch, &ps);
		if (n != (size_t)-1 && ui->prompt_text.len + n < UI_PROMPT_MAX)
			buf_add(&ui->prompt_text, mb, n);
	}
	return true;
}

void
ui_prompt_draw(struct ui *ui)
{
	WINDOW	*w = ui->message_win;
	int	 x, cols = ui->ncols;
	size_t	 len = ui->prompt_text.len, width;
	const char *t = ui->prompt_text.data;

	x = ui_draw_cstr(w, 0, 0, cols, ui->prompt_label,
	    ui->attr[THEME_EL_PROMPT]);
	/* Show the end of a text too long for the line. */
	width = text_width(t, len);
	while (width + 1 > (size_t)(cols - x) && len > 0) {
		uint32_t uc;
		int k = text_next(t, len, &uc);
		width -= text_width(t, (size_t)k);
		t += k;
		len -= (size_t)k;
	}
	x += ui_draw_str(w, 0, x, cols - x, t, len, ui->attr[THEME_EL_PROMPT]);
	ui_draw_str(w, 0, x, cols - x, " ", 1, ui->attr[THEME_EL_PROMPT] |
	    A_REVERSE);
}
