# Speakers in the sidebar, and the shared-claim counts of the source list
# computed while the user is idle (a new store has none cached).
. "$(dirname "$0")/lib.sh"
make_store "$FIX/stories"

nstories=$(sqlite3 "$DB" 'SELECT count(*) FROM stories')
cached=$(sqlite3 "$DB" 'SELECT count(*) FROM xref_cache')
[ "$cached" = 0 ] && ok "a new store has no shared-claim counts yet" ||
    fail "a new store already caches $cached stories"

start 120 32
expect "┌─ Cross-reference " "the interface starts on an uncounted store"
# Every story's count arrives without a key, and the pane says when the
# counting is over.
i=0
while [ $i -lt 100 ]; do
	screen
	n=$(grep -c "outlets  [0-9][0-9]* shared" "$SCREEN")
	[ "$n" -eq "$nstories" ] && ! grep -q "counting: " "$SCREEN" && break
	i=$((i + 1))
	sleep 0.05
done
[ "$n" -eq "$nstories" ] && ok "all $nstories stories get their count while idle" ||
    { fail "$n of $nstories stories counted"; sed 's/^/    | /' "$SCREEN"; }
grep -q "… shared" "$SCREEN" && fail "an unknown count is left" ||
    ok "no unknown count is left"
cached=$(sqlite3 "$DB" 'SELECT count(*) FROM xref_cache')
[ "$cached" = "$nstories" ] && ok "the counts are cached in the store" ||
    fail "$cached of $nstories stories cached"

# Sort by claims (newest -> outlets -> claims): counts descend.
keys o o
expect "Stories by claims." "o twice sorts by shared claims"
settle
counts=$(grep -o "outlets  [0-9]* shared" "$SCREEN" | awk '{ print $2 }' | tr '\n' ' ')
sorted=$(echo "$counts" | tr ' ' '\n' | grep . | sort -rn | tr '\n' ' ')
[ -n "$counts" ] && [ "$counts" = "$sorted" ] &&
    ok "stories by shared claims, most first ($counts)" ||
    fail "by claims: $counts"

# A second start reads the counts from the store: nothing to count.
start 120 32
expect "┌─ Cross-reference " "restarted"
screen
[ "$(grep -c "outlets  [0-9][0-9]* shared" "$SCREEN")" -eq "$nstories" ] &&
    ok "cached counts are shown at once" || fail "cached counts missing"

# The speaker of a shared quotation, here and in the other outlets.
keys n n n
expect "Speaker: Petra Lund" "the sidebar names the speaker of the quote under the cursor"
settle	# the capture may catch the sidebar half drawn
grep -q "─ Lantern Courier · Petra Lund" "$SCREEN" &&
    ok "another outlet's speaker stands beside its wording" ||
    { fail "no speaker beside another outlet"; sed 's/^/    | /' "$SCREEN"; }
grep -q "─ The Meridian Post · Lund" "$SCREEN" &&
    ok "each outlet's own naming of the speaker" ||
    fail "no speaker for The Meridian Post"
# A claim that is not a quotation and names nobody: no speaker line.
keys Tab g
expect "figure · unique" "g goes back to the first claim"
grep -q "Speaker:" "$SCREEN" && fail "a speaker line for a plain claim" ||
    ok "no speaker line for a claim without one"
# A quotation whose outlets differ on the speaker says so briefly.
keys n n n n
expect "≠ Northline Wire · Nadia Farrow" "a speaker difference names the other speaker"
settle
# The line wraps rather than cutting off this article's own speaker.
grep -A1 "≠ Northline Wire · Nadia Farrow" "$SCREEN" | grep -q "(here Lund)" &&
    ok "a difference is shown whole, wrapped" ||
    { fail "the difference is cut short"; sed 's/^/    | /' "$SCREEN"; }

keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits" || fail "Q: status $rc"

# At 80x24 a long claim is cut with a mark in the sidebar, and the first
# outlet's long wording does not scroll the claim's first line away.
start 80 24
expect "┌─ Cross-reference " "restarted at 80x24"
keys Tab n n
expect "Carried by 5 of 5" "n reaches the claim every outlet carries"
settle
row 2 | grep -q "│ The bell tower of" &&
    ok "the sidebar begins with the claim's first line" ||
    { fail "the claim's first line is scrolled away"; sed 's/^/    | /' "$SCREEN"; }
grep -q " centuries, … *│$" "$SCREEN" &&
    ok "a claim cut short ends with …" ||
    { fail "no … after a cut claim"; sed 's/^/    | /' "$SCREEN"; }
# The outlet's name stays whole on the outlet line.
keys N
expect "figure · disputed" "N goes back to the disputed figure"
settle
grep -q "≠ Lantern Courier: *│$" "$SCREEN" &&
    ok "the outlet line wraps after the outlet's name" ||
    { fail "the outlet's name is broken"; sed 's/^/    | /' "$SCREEN"; }
row 2 | grep -q "│ Around 40,000 *│$" &&
    ok "a long outlet line and wording leave the claim's first line shown" ||
    { fail "the disputed claim's first line is scrolled away"; sed 's/^/    | /' "$SCREEN"; }
keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits at 80x24" || fail "Q: status $rc"
