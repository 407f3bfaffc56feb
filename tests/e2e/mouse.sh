# The mouse: a click focuses the pane under it and selects what it is on,
# a second click opens it, the wheel scrolls the view under the pointer;
# clicks on frames, the status line, the views without a list, while a
# prompt reads or when the terminal is too small do no harm.  The reports
# are X10's (what ncurses asks for under TERM=screen-256color), and SGR's
# under an xterm; coordinates are 1-based, as the terminal sends them.
. "$(dirname "$0")/lib.sh"
make_store "$FIX/stories"

# mouse CODE X Y: a report of button code CODE at column X, row Y
mouse() {
	keys -H 1b 5b 4d $(printf '%x %x %x' $((32 + $1)) $((32 + $2)) \
	    $((32 + $3)))
}
click() { mouse 0 "$1" "$2"; mouse 3 "$1" "$2"; }
# dclick X Y: a double click whose reports come in one write, as when
# the interface is busy: none may be lost
dclick() {
	keys -H $(for b in 0 3 0 3; do
		printf '1b 5b 4d %x %x %x ' $((32 + b)) $((32 + $1)) $((32 + $2))
	done)
}
wheel_up() { mouse 64 "$1" "$2"; }
wheel_down() { mouse 65 "$1" "$2"; }
sgr_click() {
	keys -l "$(printf '\033[<0;%d;%dM' "$1" "$2")"
	keys -l "$(printf '\033[<0;%d;%dm' "$1" "$2")"
}

# until_ok CMD...: poll until the command succeeds (up to 3 seconds)
until_ok() {
	i=0
	while [ $i -lt 60 ]; do "$@" && return 0; i=$((i + 1)); sleep 0.05; done
	return 1
}
# row_of TEXT: the first screen row (1-based) showing the text
row_of() { screen; grep -nF -- "$1" "$SCREEN" | head -1 | cut -d: -f1; }
# col_of TEXT ROW: the column (1-based) where the text starts on the row
col_of() {
	pre=$(row "$2" | sed "s/$1.*//")
	echo $(($(printf %s "$pre" | wc -m) + 1))
}
# The panes' text at 80 columns and more: sources, reading, sidebar.
pane() { screen; awk -F'││' -v p="$1" 'NR > 1 { print $p }' "$SCREEN"; }
pane_has() { pane "$1" | grep -qF -- "$2"; }
# The row of the sources pane's open-article marker, and the first rows
# of the reading pane.
art_row() { screen; grep -n '^│  ▶ ' "$SCREEN" | head -1 | cut -d: -f1; }
art_is() { [ "$(art_row)" = "$1" ]; }
art_not() { [ "$(art_row)" != "$1" ]; }
reader_top() { pane 2 | head -3; }
top_is() { [ "$(reader_top)" = "$1" ]; }
top_not() { [ "$(reader_top)" != "$1" ]; }
alive() { [ ! -s "$T/rc" ]; }
# check DESC CMD...: ok when the command comes true, FAIL with the screen
check() {
	desc=$1
	shift
	if until_ok "$@"; then ok "$desc"
	else fail "$desc"; grep -v "^ *$" "$SCREEN" | head -40 | sed "s/^/    | /"; fi
}

start 120 40
expect "outlets" "the interface starts"
tm display -p -t "$SESSION" '#{mouse_any_flag}' | grep -qx 1 &&
    ok "the interface asks the terminal for mouse reports" ||
    fail "mouse reporting is off by default"
settle

# Sources: a click on an article selects it and shows it in the reading
# pane, the focus staying; a second click opens it, focusing the reader.
r=$(row_of "Lantern Co…")
click 10 "$r"
check "a click on an article shows it" art_is "$r"
expect "Lantern Courier · " "the reading pane shows the clicked article"
expect "j down" "the sources pane keeps the focus"
click 10 "$r"
expect "n shared claim" "a second click opens the article in the reading pane"
check "the article stays selected" art_is "$r"

# A click on a story selects it, a second one unfolds it; the focus
# comes back to the sources pane.
r=$(row_of "▸ Magnitude 5.8 quake")
click 5 "$r"
expect "j down" "a click focuses the sources pane"
expect_not "▾ Magnitude 5.8 quake" "a first click on a story only selects it"
click 5 "$r"
expect "▾ Magnitude 5.8 quake" "a second click unfolds the story"
click 5 "$r"
expect "▸ Magnitude 5.8 quake" "a third folds it again"

# Reading: a click puts the cursor on the claim under the pointer, by
# column: this line holds the end of one sentence and a quotation.
r=$(row_of "Lantern Co…")
click 10 "$r"
check "back on the Lantern Courier article" art_is "$r"
rq=$(row_of "yet to reach every community")
c=$(col_of "community" "$rq")
click "$c" "$rq"
expect "n shared claim" "a click focuses the reading pane"
check "a click selects the sentence under it" pane_has 3 "Speaking outside"
screen
row "$rq" | grep -q "││▶ yet to reach" &&
    ok "the clicked sentence is under the cursor" ||
    fail "no cursor on the clicked line: $(row "$rq")"
cq=$(($(col_of "“We" "$rq") + 1))
click "$cq" "$rq"
check "a click on a quotation selects the quotation" \
    pane_has 3 "We are still reaching"
check "the sidebar lists the other outlets' wordings" pane_has 3 "Carried by"
top0=$(reader_top)
click 60 "$(row_of "Governor says")"
check "a click on the first claim selects it" pane_has 3 "Only Lantern Courier"
check "a click does not move the text" top_is "$top0"

# The wheel scrolls the pane under the pointer, not the focused one; the
# cursor comes along when its claim leaves the screen.
wheel_down 40 20
check "the wheel scrolls the reading pane down" top_not "$top0"
wheel_up 40 20
check "and back up" top_is "$top0"
wheel_up 40 20
check "not above its top" top_is "$top0"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	wheel_down 40 20
done
expect "n shared claim" "the wheel leaves the focus alone"
click 1 20
expect "j down" "a click on the sources pane's frame focuses it"
pane 2 > "$T/before"
wheel_down 40 20
click 60 1
expect "n shared claim" "a click on the reader's frame focuses it"
pane 2 | cmp -s - "$T/before" &&
    ok "the wheel stops at the end of the article" ||
    fail "the wheel scrolled past the end"
pane 2 | grep -q '^▶' &&
    ok "the cursor came along with the text" ||
    fail "the cursor was left off screen"
keys g
check "g back at the top" top_is "$top0"

# Cross-reference: a click on another outlet's entry focuses the pane and
# selects it; a second one follows it to that outlet's article.
click "$cq" "$rq"
check "the quotation again" pane_has 3 "Carried by"
a0=$(art_row)
r=$(pane 3 | grep -n '^[─≠] ' | head -1 | cut -d: -f1)
r=$((r + 1))
click 90 "$r"
expect "Enter follow" "a click focuses the cross-reference pane"
art_is "$a0" && ok "a first click on an entry only selects it" ||
    fail "the first click followed the entry"
click 90 "$r"
check "a second click follows it to the other outlet" art_not "$a0"
expect "n shared claim" "the followed article has the focus"
keys BSpace
check "Backspace returns" art_is "$a0"
expect "Enter follow" "to the cross-reference pane"
click 60 1
expect "n shared claim" "the reader"
click 90 37
expect "Enter follow" "a click below the entries focuses the sidebar"
check "and follows nothing" art_is "$a0"

# Frames, the status and message lines: a click there selects nothing.
screen; sed -n '2,38p' "$SCREEN" > "$T/before"
click 30 39
click 30 40
click 28 10
click 60 1
expect "n shared claim" "a click on a pane's frame focuses it"
click 60 38
click 120 20
click 1 10
expect "j down" "the sources pane's frame"
screen; sed -n '2,38p' "$SCREEN" | cmp -s - "$T/before" &&
    ok "clicks on frames and the status lines select nothing" ||
    fail "a click on a frame changed the panes"

# A prompt reading a line ignores the mouse.
keys /
expect "Search:" "the search prompt"
click 10 6
click 40 10
wheel_down 40 10
keys earthquake Enter
expect "┌─ Search: earthquake" "the prompt took no click"

# Search: a click selects a result, a second one opens it.
r=$(row_of "Saltmere Daily  2025-03-09")
[ -n "$r" ] && ok "the results list the Saltmere Daily" ||
    fail "no Saltmere Daily result"
click 1 1
click 60 39
wheel_down 60 10
wheel_up 60 10
click 40 "$r"
expect "┌─ Search: earthquake" "a first click selects a result"
click 40 "$r"
expect "┌─ Reading " "a second click opens it"
expect "Saltmere Daily · " "the clicked result is read"
expect "n shared claim" "the reading pane has the focus"

# Matrix: a click on a claim selects it, a second opens it in the reader.
keys m
expect "● carries" "the matrix"
click 10 2
click 10 3
click 10 4
click 60 40
screen
claim=$(row 10 | sed 's/^│[ ●·≠]*//' | cut -c1-16)
click 30 10
expect "● carries" "a click on a claim (or the head) keeps the matrix open"
click 30 10
expect "┌─ Reading " "a second click opens the claim"
check "the opened claim is under the cursor" pane_has 3 "$claim"

# Compare: the wheel scrolls, clicks are ignored.
keys c
expect "┌─ Compare: " "the compare view"
screen; first=$(row 4)
click 30 5
click 90 10
wheel_down 30 10
check "the wheel scrolls the compare view" eval '[ "$(screen; row 4)" != "$first" ]'
wheel_up 30 10
check "and back" eval '[ "$(screen; row 4)" = "$first" ]'
expect "┌─ Compare: " "clicks leave the compare view open"
keys q
expect "┌─ Sources " "back to the panes"

# A terminal too small: clicks do no harm.
resize 30 10
expect "Terminal too small" "too small"
click 5 5
wheel_down 5 5
resize 120 40
expect "┌─ Sources " "clicks on a terminal too small do no harm"

# 80x24: the panes narrowed, then one pane at a time below 80 columns.
resize 80 24
expect "┌─ Cross" "80x24 shows the three panes"
click 1 5
expect "j down" "the sources pane"
keys g
r=$(row_of "Hackers")
dclick 3 "$r"
expect "▾ Hackers" "a double click unfolds a story at 80x24"
s0=$(pane 1 | head -2)
wheel_down 5 10
check "the wheel scrolls the sources pane" \
    eval '[ "$(pane 1 | head -2)" != "$s0" ]'
expect "j down" "the wheel does not move the focus"
wheel_up 5 10
wheel_up 5 10
wheel_up 5 10
check "and back to its top" eval '[ "$(pane 1 | head -2)" = "$s0" ]'
keys '?'
expect "Help: keys" "the help"
screen; first=$(row 2)
click 20 5
wheel_down 20 5
check "the wheel scrolls the help" eval '[ "$(screen; row 2)" != "$first" ]'
expect "Help: keys" "a click leaves the help open"
keys q
resize 70 24
wait_gone "┌─ Reading " && ok "below 80 columns one pane at a time" ||
    fail "70x24: the reading pane still shown"
expect "┌─ Sources " "the sources pane alone"
r=$(row_of "Kestrel")
click 10 "$r"
click 10 "$r"
expect "┌─ Reading " "a second click opens the article, the reader shown alone"
screen; t=$(sed -n '2,3p' "$SCREEN")
wheel_down 30 10
check "the wheel scrolls the reader alone" \
    eval '[ "$(screen; sed -n "2,3p" "$SCREEN")" != "$t" ]'
click 70 12
click 1 12
click 30 1
alive && ok "clicks on the single pane's frame do no harm" ||
    fail "the interface exited"

keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits with status 0 after the clicks" ||
    fail "Q: status $rc"

# An xterm sends SGR reports: they work the same.
start 120 40 TERM=xterm-256color --
expect "j down" "under TERM=xterm-256color"
settle
sgr_click 40 12
expect "n shared claim" "an SGR click focuses the reading pane"
keys Q
wait_exit

# set mouse no: the terminal is not asked for mouse reports.
mkdir -p "$XDG_CONFIG_HOME/parallax"
printf 'set mouse no\n' > "$XDG_CONFIG_HOME/parallax/config"
start 120 40
expect "j down" "with set mouse no"
tm display -p -t "$SESSION" '#{mouse_any_flag}' | grep -qx 0 &&
    ok "set mouse no leaves the mouse to the terminal" ||
    fail "set mouse no: the terminal still reports the mouse"
keys Q
wait_exit && [ "$rc" = 0 ] && ok "quits with status 0" || fail "status $rc"
