# A store of more stories than the first screen reads: the rest arrive by
# themselves, and every count is computed while the user is idle.
. "$(dirname "$0")/lib.sh"
python3 "$TOP/tests/bench/gen.py" 400 "$T/gen" > /dev/null
make_store "$T/gen"
nstories=$(sqlite3 "$DB" 'SELECT count(*) FROM stories')
oldest=$(sqlite3 "$DB" 'SELECT title FROM stories ORDER BY updated, id LIMIT 1' |
    cut -c1-10)
[ "$nstories" -gt 40 ] && ok "$nstories stories: more than an 80x24 first screen reads" ||
    fail "only $nstories stories"

start 80 24
expect "┌─ Sources " "the first screen"
# The idle work reads every story, then counts them all.
if wait_gone "counting: " 30; then ok "every story counted while idle"
else fail "still counting"; sed 's/^/    | /' "$SCREEN"; fi
cached=$(sqlite3 "$DB" 'SELECT count(*) FROM xref_cache')
[ "$cached" = "$nstories" ] && ok "all $nstories counts cached" ||
    fail "$cached of $nstories cached"
keys G
expect "$oldest" "G reaches the oldest story, beyond the first screen"
keys g
expect "▾ " "g is back at the top, on the story being read"

# Sorted by outlets, the list is counted and ordered without a wait.
keys o
expect "Stories by outlets." "o sorts by outlets"
settle
counts=$(grep -o "│  [0-9]* outlets" "$SCREEN" | awk '{ print $2 }' | tr '\n' ' ')
sorted=$(echo "$counts" | tr ' ' '\n' | grep . | sort -rn | tr '\n' ' ')
[ -n "$counts" ] && [ "$counts" = "$sorted" ] &&
    ok "stories by outlets, most first ($counts)" || fail "by outlets: $counts"

keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits" || fail "Q: status $rc"
