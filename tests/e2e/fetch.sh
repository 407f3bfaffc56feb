# The fetch key (R): `parallax fetch` runs as a child while the interface
# goes on; its progress and failures show on the message line, the new
# stories appear without losing the reader's place, a second R starts no
# second fetch, and quitting stops and reaps the child.  The feeds come
# from our loopback server (tests/cli/feed-server.py); nothing leaves the
# machine.
. "$(dirname "$0")/lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
	ok "fetch: skipped, python3 is not installed"
	exit 0
fi
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
export no_proxy='*'

echo "not a secret" > "$T/secret.txt"
: > "$T/server.log"
python3 "$TOP/tests/cli/feed-server.py" "$FIX/feeds" "$T/port" \
    "$T/server.log" "$T/secret.txt" 2> "$T/server.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; cleanup' EXIT
trap 'exit 1' INT TERM HUP
i=0
while [ ! -s "$T/port" ] && [ $i -lt 100 ]; do
	kill -0 $SERVER 2>/dev/null || break
	sleep 0.1
	i=$((i + 1))
done
if [ ! -s "$T/port" ]; then
	fail "fetch: the test server did not start"
	cat "$T/server.err"
	exit 0
fi
B="http://127.0.0.1:$(cat "$T/port")"

# px_pid: the interface's process, from the tmux pane's shell
px_pid() {
	sh_pid=$(tm display-message -t "$SESSION" -p '#{pane_pid}')
	pgrep -P "$sh_pid" | head -1
}

# reading_title: the first line of the reading pane on the last capture
reading_title() { awk -F'││' 'NR == 2 { print $2 }' "$SCREEN"; }

make_store "$FIX/stories"

# No feed followed: a hint, and no child.
start 120 40
expect "┌─ Sources " "started on the stories"
keys R
expect "No feeds followed: parallax feed add URL" "R without feeds says how to add one"
pid=$(px_pid)
[ -n "$pid" ] && [ -z "$(pgrep -P "$pid")" ] &&
    ok "R without feeds starts no child" || fail "R without feeds: a child runs"
keys q
wait_exit

"$PARALLAX" --db "$DB" feed add "$B/feeds/kestrel.rss" --source "Kestrel News" \
    > /dev/null 2>&1
"$PARALLAX" --db "$DB" feed add "$B/feeds/lantern.rss" > /dev/null 2>&1
"$PARALLAX" --db "$DB" feed add "$B/error" > /dev/null 2>&1

# A fetch that ends: the message says so, the stories appear, the place
# is kept and the child is reaped.
start 120 40
expect "┌─ Sources " "started with three feeds followed"
keys j j
settle
screen
before=$(reading_title)
keys R
expect "Fetched 3 feeds: 4 new articles, 1 failed" "R fetches and says when it has finished" 20
expect "$B/error: " "the failed feed is named on the message line"
expect "Night trains" "a fetched story appears in the sources pane"
expect "Ferry fares" "another feed's story appears too"
screen
after=$(reading_title)
[ "$before" = "$after" ] && ok "the fetch keeps the article being read" ||
    fail "fetch: reading '$after', was '$before'"
pid=$(px_pid)
kids=$(pgrep -P "$pid" | wc -l)
[ "$kids" -eq 0 ] && ok "the fetch child is reaped (no zombie)" ||
    fail "fetch: $kids children left: $(ps -o pid=,stat=,args= --ppid "$pid")"
grep -q "^/feeds/kestrel.rss" "$T/server.log" &&
    ok "the child asked the server for the feed" || fail "no feed was requested"
keys Q
wait_exit && [ "$rc" = 0 ] && ok "quits after a fetch" || fail "quit: status $rc"

# A fetch that hangs on one feed: progress, the failure as it happens, no
# second child, and quitting stops it.
"$PARALLAX" --db "$DB" feed add "$B/stall" > /dev/null 2>&1
start 120 40
expect "┌─ Sources " "started with four feeds followed"
keys R
expect "Fetching 3 of 4 feeds… 0 new articles, 1 failed — $B/error: " \
    "progress and the failure show while the fetch runs" 20
pid=$(px_pid)
child=$(pgrep -P "$pid")
[ "$(echo "$child" | grep -c .)" -eq 1 ] && ok "one fetch child runs" ||
    fail "fetch children: '$child'"
keys R
expect "A fetch is already running: 3 of 4 feeds done." "a second R says one runs"
[ "$(pgrep -P "$pid")" = "$child" ] && ok "a second R starts no second child" ||
    fail "children now: $(pgrep -P "$pid" | tr '\n' ' ')"
keys j
expect "Fetching 3 of 4 feeds" "the progress comes back after a key"
screen
tail -1 "$SCREEN" > "$T/progress-row"
keys Q
if wait_exit 5 && [ "$rc" = 0 ]; then
	ok "quitting during a fetch exits at once"
else
	fail "quit during a fetch: status $rc"
fi
if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
	fail "the fetch child $child still runs after quitting"
else
	ok "quitting stops the fetch child"
fi
