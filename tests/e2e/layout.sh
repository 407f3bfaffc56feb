# The three panes at several sizes, colours, resizing and tiny terminals.
. "$(dirname "$0")/lib.sh"
make_store "$FIX/stories"

for size in 80x24 120x40 200x60; do
	w=${size%x*} h=${size#*x}
	start "$w" "$h"
	# The status line comes last: once it shows, the screen is whole
	# (a first screen cut short by the resize tmux makes at start is
	# finished by the redraw that follows).
	if wait_for "Cross-reference" && wait_for "? help"; then
		for t in Sources Reading Cross-reference; do
			grep -qF "┌─ $t " "$SCREEN" && ok "$size: pane $t" ||
			    fail "$size: pane $t has no title"
		done
		lines=$(wc -l < "$SCREEN")
		[ "$lines" -eq "$h" ] && ok "$size: $h rows" ||
		    fail "$size: $lines rows, wanted $h"
		bottom=$(row $((h - 2)))
		case $bottom in └*┘) ok "$size: panes end above the status line";;
		*) fail "$size: row $((h - 2)) is '$bottom'";; esac
		row $((h - 1)) | grep -q "help" && ok "$size: status line has key hints" ||
		    fail "$size: no key hints on the status line"
		[ "$(wc -L < "$SCREEN")" -le "$w" ] &&
		    ok "$size: nothing wider than the terminal" ||
		    fail "$size: a line is wider than $w"
	else
		fail "$size: the panes did not appear"; sed 's/^/    | /' "$SCREEN"
	fi
done

# Colours: the theme reaches the terminal.
start 120 40
wait_for "Cross-reference" >/dev/null
screen -e
if grep -q "$(printf '\033')\[3[0-7]m" "$SCREEN"; then ok "colours are used"
else fail "no colour escapes in the capture"; fi
grep -q "$(printf '\033')\[30m$(printf '\033')\[43m" "$SCREEN" &&
    ok "the claim under the cursor is highlighted (claim_cursor)" ||
    fail "no claim_cursor colours"

# A story, its outlets and shared claims; articles with bars.
screen
grep -q "[0-9] outlets  [0-9]* shared" "$SCREEN" && ok "stories show outlets and shared claims" ||
    fail "no outlet/shared counts"
grep -q "▮" "$SCREEN" && grep -q "[0-9]/[0-9]" "$SCREEN" &&
    ok "articles show a bar of shared claims" || fail "no article bar"
grep -q "Carried by [0-9] of [0-9] outlets\|carries this" "$SCREEN" &&
    ok "sidebar says how many outlets carry the claim" ||
    fail "sidebar has no carried-by line"
# At 200 columns the article rows have their date; at 80 the narrow
# Sources pane gives the bar and the date up for the outlet and title.
resize 200 60
wait_for "2025-03-09 Varnholt earthquake" >/dev/null
grep -q "Kestrel News *▮*▯* [0-9]*/[0-9]" "$SCREEN" &&
    grep -q "│      2025-03-09 Varnholt earthquake" "$SCREEN" &&
    ok "200x60: articles show outlet, bar, counts, date and title" ||
    { fail "200x60: article rows"; sed 's/^/    | /' "$SCREEN"; }
resize 80 24
wait_for "│      Varnholt ea" >/dev/null
grep -q "│  ▶ Kestrel… [0-9]*/[0-9]" "$SCREEN" && ! grep -q "▮" "$SCREEN" &&
    ok "80x24: the outlet keeps its room, the bar gives way" ||
    { fail "80x24: article rows"; sed 's/^/    | /' "$SCREEN"; }
resize 120 40

# Resize storm, then the screen is right again.
for s in 100x30 60x20 200x50 30x8 90x26 150x45 70x15 121x33 80x24; do
	resize "${s%x*}" "${s#*x}"
done
resize 120 40
# The panes back in full at the last size, within ten seconds (a loaded
# machine may still be drawing an earlier size when the screen first
# looks still).
storm_ok() {
	screen
	[ "$(wc -l < "$SCREEN")" -eq 40 ] && grep -qF "┌─ Sources " "$SCREEN" &&
	    grep -qF "┌─ Reading " "$SCREEN" &&
	    grep -qF "Cross-reference" "$SCREEN" &&
	    [ "$(wc -L < "$SCREEN")" -le 120 ] &&
	    sed -n 38p "$SCREEN" | grep -q "^└.*┘$" &&
	    sed -n 39p "$SCREEN" | grep -qF "? help"
}
i=0
until storm_ok || [ $i -ge 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
if storm_ok; then
	ok "after a resize storm the three panes are back"
else
	fail "screen wrong after the resize storm"; sed 's/^/    | /' "$SCREEN"
fi
[ -s "$T/rc" ] && fail "the program died in the resize storm (rc $(cat "$T/rc"))" ||
    ok "the program survived the resize storm"

# Below 80 columns: one pane at a time, Tab cycles.
resize 70 24
expect "┌─ Sources " "70 columns: the sources pane"
expect_not "┌─ Reading " "70 columns: one pane only"
keys Tab
expect "┌─ Reading " "70 columns: Tab shows the reading pane"
keys Tab
expect "┌─ Cross-reference " "70 columns: Tab shows the sidebar"

# Too small.
resize 30 10
expect "too small" "30x10: terminal too small notice"
resize 120 40
expect "┌─ Sources " "back to 120x40 after the notice"

keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits with status 0" || fail "Q: status $rc"
