# Every key of the main screen doing what it says, and the views.
. "$(dirname "$0")/lib.sh"
make_store "$FIX/stories"

# The row of the reading pane's cursor marker (0: none on screen).
cursor_row() { screen; grep -n '││▶' "$SCREEN" | head -1 | cut -d: -f1; }

# The row of the sources pane's open-article marker: which article is read.
art_row() { screen; grep -n '^│  ▶ ' "$SCREEN" | head -1 | cut -d: -f1; }
# The top rows of the reading pane.
reader_top() { screen; awk -F'││' 'NR >= 2 && NR <= 5 { print $2 }' "$SCREEN"; }
# until CMD...: poll until the command succeeds (up to 3 seconds)
until_ok() {
	i=0
	while [ $i -lt 60 ]; do "$@" && return 0; i=$((i + 1)); sleep 0.05; done
	return 1
}
cursor_is() { [ "$(cursor_row)" = "$1" ]; }
cursor_not() { [ "$(cursor_row)" != "$1" ]; }
art_is() { [ "$(art_row)" = "$1" ]; }
art_not() { [ "$(art_row)" != "$1" ]; }
top_is() { [ "$(reader_top)" = "$1" ]; }
top_not() { [ "$(reader_top)" != "$1" ]; }

start 120 40
expect "outlets" "the first article opens with its cross-reference"
expect "j down" "the sources pane has the focus and its hints"

# Sources: fold the first story, open the second and preview its article.
keys g h
expect "▸" "h collapses the story"
keys j l
expect "▾" "l expands the next story"
a0=$(art_row)
keys j
until_ok art_not "$a0" && ok "moving onto an article shows it" ||
    fail "sources: the article did not open"
a1=$(art_row)
keys Tab
expect "n shared claim" "Tab focuses the reading pane (its hints)"
r0=$(cursor_row)
keys j
until_ok cursor_not "$r0"
r1=$(cursor_row)
[ "${r1:-0}" -gt "${r0:-0}" ] && ok "j moves the cursor to the next claim" ||
    fail "j: cursor row $r0 -> $r1"
keys k
until_ok cursor_is "$r0" && ok "k moves the cursor back" ||
    fail "k: cursor row $(cursor_row), wanted $r0"

keys u
expect "· unique" "u goes to a claim only this outlet carries"
keys n
expect "Carried by" "n goes to a shared claim"
keys g
until_ok cursor_is "$r0" && ok "g goes back to the first claim" ||
    fail "g: cursor row $(cursor_row), wanted $r0"

keys ']'
until_ok art_not "$a1" && ok "] opens the next article of the story" ||
    fail "]: still on the same article"
keys '['
until_ok art_is "$a1" && ok "[ opens the previous article" ||
    fail "[: article row $(art_row), wanted $a1"

# Follow a claim to another outlet and come back.
keys n Enter
expect "Enter follow" "Enter in the reader focuses the sidebar"
keys Enter
until_ok art_not "$a1" && ok "Enter in the sidebar opens the other outlet's article" ||
    fail "follow: still on the same article"
screen; grep -q "││▶" "$SCREEN" && ok "the followed claim is under the cursor" ||
    fail "follow: no cursor on screen"
keys BSpace
until_ok art_is "$a1" && ok "Backspace returns to the article" ||
    fail "back: article row $(art_row), wanted $a1"

# Back restores the focus too; Tab cycles sidebar, sources, reader.
expect "Enter follow" "Backspace gives the focus back to the sidebar"
keys Tab Tab
expect "n shared claim" "Tab cycles back to the reader"
keys g
until_ok top_not "" ; top0=$(reader_top)
keys PageDown
until_ok top_not "$top0" && ok "PgDn scrolls the reading pane" || fail "PgDn: still at the top"
keys Home
until_ok top_is "$top0" && ok "Home goes back to the top" || fail "Home: not at the top"
keys G
until_ok top_not "$top0" && ok "G goes to the last claim" || fail "G: still at the top"
keys g

# The sidebar toggles.
keys s
wait_gone "┌─ Cross-reference" && ok "s hides the sidebar" || fail "s: sidebar still shown"
keys s
expect "┌─ Cross-reference" "s shows the sidebar again"

# Sort.
keys o
expect "Stories by outlets" "o sorts the stories by outlets"
keys o o o
expect "Stories by newest" "o cycles back to newest"

# Compare.
keys c
expect "┌─ Compare: " "c opens the compare view"
screen; t1=$(row 1)
keys Tab
i=0; while [ $i -lt 60 ]; do screen; [ "$(row 1)" != "$t1" ] && break; i=$((i+1)); sleep 0.05; done
[ "$(row 1)" != "$t1" ] && ok "Tab in compare chooses another outlet" || fail "compare: Tab did nothing"
keys 1
wait_for "Compare: " >/dev/null
screen
grep -q "│" "$SCREEN" && ok "compare shows two columns" || fail "compare: no columns"
keys q
expect "┌─ Sources " "q closes the compare view"

# Matrix.
keys m
expect "● carries" "m opens the matrix with its legend"
screen
grep -q "^│ [●·≠]  [●·≠]" "$SCREEN" && ok "matrix rows have cells" || fail "matrix: no cells"
grep -q "^│ [●·≠]  [●·≠].*…│$" "$SCREEN" && ok "a claim cut at the matrix's edge ends with …" ||
    fail "matrix: no row ends with …"
# Narrow, the legend's outlets that find no room are marked (at 40
# columns the second outlet of three ends at the edge).
resize 40 30
settle
row 2 | grep -q "^│ 1 .*…" && ok "40 columns: the legend says there are more outlets" ||
    fail "40 columns: legend is '$(row 2)'"
resize 120 40
settle
keys j Enter
expect "┌─ Reading " "Enter in the matrix opens the claim in the reading pane"

# Search.
keys /
expect "Search:" "/ opens the search prompt"
keys "strike" Enter
expect "┌─ Search: strike" "search results are listed"
screen
grep -q "Caldmouth\|strike" "$SCREEN" && ok "search finds the strike story" || fail "search: no result"
keys Enter
expect "┌─ Reading " "Enter on a result opens the article"
screen
grep -qi "strike\|dock" "$SCREEN" && ok "the opened result is the strike story" || fail "search: wrong article"

# Differences: open an article of the earthquake story through search.
keys /
expect "Search:" "/ again"
keys "Petra Lund" Enter
expect "┌─ Search: Petra Lund" "search for a speaker"
keys Enter
expect "┌─ Reading " "the article opens"
keys d
expect "≠ " "d goes to a claim the outlets differ on"
screen
grep -q "││≠\|││▶" "$SCREEN" && ok "the difference is marked in the reading pane" ||
    fail "no ≠ marker in the reader"
keys D
settle

# Help lists every action.
keys '?'
expect "Help: keys" "? opens the help"
screen
missing=""
for a in focus_next focus_prev move_down move_up page_down page_up top bottom \
    enter back expand collapse next_shared prev_shared next_unique prev_unique \
    next_diff prev_diff next_article prev_article compare matrix toggle_sidebar \
    search help reload sort quit_view quit redraw; do
	grep -q " $a " "$SCREEN" || missing="$missing $a"
done
[ -z "$missing" ] && ok "help lists every action" || fail "help misses:$missing"
keys q
wait_gone "Help: keys" && ok "q closes the help" || fail "help still shown"

keys r
expect "Reloaded" "r reloads"
keys C-l
expect "┌─ Sources " "C-l redraws"

keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits with status 0" || fail "Q: status $rc"
