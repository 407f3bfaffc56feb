# No colour, configuration errors, hostile and wide articles, the empty
# store, unusable terminals and signals.
. "$(dirname "$0")/lib.sh"
ESC=$(printf '\033')

# colour_escapes: does the last -e capture set a foreground or background?
colour_escapes() {
	grep -Eq "$ESC\[([0-9]+;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]+)*m" "$SCREEN"
}

make_store "$FIX/stories"

for how in "NO_COLOR=1 --" "-- --no-color"; do
	start 120 40 $how
	if wait_for "Cross-reference"; then
		screen -e
		colour_escapes && fail "$how: colour escapes on screen" ||
		    ok "$how: no colour escapes"
		screen
		grep -q '││[●◐○≠▶] ' "$SCREEN" && ok "$how: claims carry markers" ||
		    fail "$how: no claim markers"
		screen -e
		grep -q "$ESC\[[0-9;]*[147]m" "$SCREEN" &&
		    ok "$how: attributes still make the distinctions" ||
		    fail "$how: no bold/underline/reverse"
	else
		fail "$how: did not start"
	fi
done

# A configuration with errors: they are shown and the interface starts.
cat > "$T/bad.conf" <<'CONF'
set sidebar yes
frobnicate everything
color no_such_element red blue
bind reader x quit
CONF
start 120 40 -- -c "$T/bad.conf"
expect "bad.conf:2:" "a configuration error is shown on the message line"
expect "┌─ Sources " "the interface starts despite configuration errors"
keys Tab x
wait_exit && ok "the configuration's good lines apply (x bound to quit)" ||
    fail "x did not quit: rc $rc"

# Claims cut by an older parallax: the message line says so at start,
# at 80 columns, and names what to run.
sqlite3 "$DB" "UPDATE claims SET cut = 0 WHERE article IN (1, 2)"
start 80 24
expect "2 articles were cut into claims by an older parallax: run parallax" \
    "old claims are mentioned at start"
expect "reindex." "and the message names reindex whole at 80 columns"
"$PARALLAX" --db "$DB" reindex > /dev/null
start 80 24
expect "┌─ Sources " "the interface starts after reindex"
expect_not "older parallax" "no mention once the claims are cut again"

# A theme by name, and one that does not exist: refused up front.
start 120 40 -- -t light
expect "┌─ Sources " "the interface starts with -t light"
start 120 40 -- -t no-such-theme
if wait_exit 5 && [ "$rc" = 2 ] && grep -q "no theme 'no-such-theme'" "$T/err"; then
	ok "an unknown theme is refused with exit 2 and named"
else
	fail "an unknown theme: rc $rc, $(head -1 "$T/err")"
fi

# Hostile article: escapes never reach the terminal.
make_store "$FIX/hostile"
start 120 40
tm select-pane -t "$SESSION" -T "e2e-title"
expect "Harbour lights" "the hostile article opens"
keys Tab j j j PageDown
settle
screen -e
if grep -q "$ESC\]\|$ESC\[[0-9;]*[HJ]\|$(printf '\007')" "$SCREEN"; then
	fail "hostile: raw escapes in the capture"
else
	ok "hostile: no raw escapes reach the screen"
fi
title=$(tm display-message -t "$SESSION" -p '#{pane_title}')
[ "$title" = "e2e-title" ] && ok "hostile: the pane title is unchanged" ||
    fail "hostile: pane title is now '$title'"
screen
grep -q pwned "$SCREEN" && fail "hostile: escape payload shown" ||
    ok "hostile: no escape payload on screen"
[ "$(wc -L < "$SCREEN")" -le 120 ] && [ "$(wc -l < "$SCREEN")" -eq 40 ] &&
    ok "hostile: the layout holds" || fail "hostile: layout broken"

# Wide characters: every row is exactly as wide as the terminal.
make_store "$FIX/wide"
start 100 30
expect "Aokiri" "the wide article opens"
keys Tab j j j
settle
settle
bad=0
sed -n '1,28p' "$SCREEN" > "$T/rows"
while IFS= read -r line; do
	[ "$(printf '%s\n' "$line" | wc -L)" -eq 100 ] || bad=$((bad + 1))
done < "$T/rows"
[ $bad -eq 0 ] && ok "wide: every pane row is 100 columns (CJK, emoji, accents)" ||
    { fail "wide: $bad rows are not 100 columns"; sed 's/^/    | /' "$SCREEN"; }
grep -q "灯籠橋" "$SCREEN" && ok "wide: CJK text is shown" || fail "wide: no CJK text"

# The empty store.
DB="$T/empty/store.db"
start 80 24
expect "parallax add PATH" "the empty store says how to add articles"
keys Q
wait_exit && [ "$rc" = 0 ] && ok "empty store: Q quits" || fail "empty store: rc $rc"

# Live: articles added while it runs appear by themselves, and the
# article being read stays open.
DB="$T/store.db"
make_store "$FIX/stories"
start 120 40
expect "┌─ Sources " "started on the stories"
screen
before=$(awk -F'││' 'NR == 2 { print $2 }' "$SCREEN")
"$PARALLAX" --db "$DB" add "$FIX/wide" > /dev/null 2>&1
expect "Lantern bridge" "a new article appears without a key (refresh)" 10
screen
after=$(awk -F'││' 'NR == 2 { print $2 }' "$SCREEN")
[ "$before" = "$after" ] && ok "refresh keeps the article being read" ||
    fail "refresh: reading '$after', was '$before'"

# Signals restore the terminal and exit cleanly.
start 80 24
wait_for "┌─ Sources " >/dev/null
sh_pid=$(tm display-message -t "$SESSION" -p '#{pane_pid}')
px_pid=$(pgrep -P "$sh_pid" | head -1)
if [ -n "$px_pid" ]; then
	kill -TERM "$px_pid"
	wait_exit && [ "$rc" = 0 ] && ok "SIGTERM: clean exit" ||
	    fail "SIGTERM: status $rc"
	wait_gone "┌─ Sources " && ok "SIGTERM: the terminal is restored" ||
	    fail "SIGTERM: the interface is still on screen"
else
	fail "SIGTERM: cannot find the program's process"
fi

# Unusable terminals: a clear error and status 2.
for term in dumb no-such-terminal; do
	start 80 24 TERM=$term --
	wait_exit
	[ "$rc" = 2 ] && ok "TERM=$term: exit status 2" || fail "TERM=$term: status $rc"
	grep -q "cannot use terminal type '$term'" "$T/err" &&
	    ok "TERM=$term: a clear error" ||
	    { fail "TERM=$term: error was: $(cat "$T/err")"; }
done
