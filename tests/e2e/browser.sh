# The open_url key (w): $BROWSER gets the article's address as one
# argument, never through a shell, with the terminal handed over while it
# runs; "%s" in BROWSER places the address; only http(s) addresses are
# opened; without BROWSER the message line says to set it.
. "$(dirname "$0")/lib.sh"
unset BROWSER

URL=https://www.saltmeredaily.example/world/2025/03/09/varnholt-earthquake-12-dead
OPENED="$T/opened"

# A stand-in browser: writes its arguments one a line, shows a line on
# the terminal and waits for Enter, as a terminal browser holds the
# terminal until it is left.
cat > "$T/browser" <<EOF
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done > "$OPENED.tmp"
mv "$OPENED.tmp" "$OPENED"
printf 'STAND-IN BROWSER: press Enter\n'
read line
exit \${PX_BROWSER_STATUS:-0}
EOF
chmod +x "$T/browser"

# wait_file FILE: poll until the file exists
wait_file() {
	i=0
	while [ ! -e "$1" ] && [ $i -lt 100 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	[ -e "$1" ]
}

# open_saltmere: put the Saltmere article of the first story (its fourth,
# by date and outlet) in the reader and check that it is
open_saltmere() {
	expect "┌─ Sources " "$1: started"
	keys j j j
	expect "Earthquake in Varnholt leaves 12 dead" "$1: the article with an address is read"
}

make_store "$FIX/stories"

# No BROWSER: a hint.
start 120 40
open_saltmere "no BROWSER"
keys w
expect "Set BROWSER to open links" "w without BROWSER says to set it"

# A browser: the address as its one argument, the terminal handed over
# and the screen drawn again afterwards.
start 120 40 "BROWSER=$T/browser" --
open_saltmere "BROWSER"
keys w
expect "STAND-IN BROWSER: press Enter" "the browser has the terminal"
expect_not "┌─ Sources " "the interface is off the screen while it runs"
if wait_file "$OPENED" && [ "$(cat "$OPENED")" = "$URL" ]; then
	ok "the browser gets the article's address as its only argument"
else
	fail "the browser got: $(cat "$OPENED" 2>/dev/null)"
fi
keys Enter
expect "┌─ Sources " "the interface comes back after the browser"
expect "Opened $URL" "and says what it opened"
expect "Cross-reference" "every pane is drawn again"
keys j
expect "Deadly 6.4 earthquake strikes" "keys work after the browser"
keys Up
expect "Earthquake in Varnholt leaves 12 dead" "function keys work after the browser"

# "%s" in BROWSER: the address goes there, the other words stay
# separate arguments.  (set-environment: the value has spaces.)
tm set-environment -g BROWSER "$T/browser --new-tab %s --quiet"
rm -f "$OPENED"
start 120 40
open_saltmere "BROWSER with %s"
keys w
wait_file "$OPENED"
keys Enter
expected=$(printf '%s\n' --new-tab "$URL" --quiet)
[ "$(cat "$OPENED" 2>/dev/null)" = "$expected" ] &&
    ok "%s in BROWSER is replaced by the address, words split at spaces" ||
    fail "BROWSER with %s got: $(cat "$OPENED" 2>/dev/null | tr '\n' '|')"

# A browser that fails, and one that is not there.
tm set-environment -g PX_BROWSER_STATUS 3
tm set-environment -g BROWSER "$T/browser"
start 120 40
open_saltmere "failing BROWSER"
keys w
expect "STAND-IN BROWSER" "the failing browser runs"
keys Enter
expect "exited with status 3" "a browser's failure is shown"
tm set-environment -g -u PX_BROWSER_STATUS
tm set-environment -g BROWSER "$T/no-such-browser"
start 120 40
open_saltmere "missing BROWSER"
keys w
expect "Cannot run BROWSER ($T/no-such-browser)" "a missing browser is named"
expect "┌─ Sources " "the interface stays after a missing browser"

# Only http and https addresses are opened.
printf 'The harbour stayed quiet all week.\n\nFishermen said the nets came up empty on Tuesday.\n' \
    > "$T/harbour.txt"
"$PARALLAX" --db "$DB" add --url "file:///etc/passwd" --date 2031-01-02 \
    --title "Quiet harbour" "$T/harbour.txt" > /dev/null 2>&1
tm set-environment -g BROWSER "$T/browser"
rm -f "$OPENED"
start 120 40
expect "The harbour stayed quiet" "an article with a file: address is read"
keys w
expect "This article has no web address." "a file: address is not opened"
[ ! -e "$OPENED" ] && ok "the browser is not run for it" ||
    fail "the browser ran with $(cat "$OPENED")"
keys Q
wait_exit && [ "$rc" = 0 ] && ok "quits cleanly after running browsers" ||
    fail "quit: status $rc: $(head -3 "$T/err")"
