# Hostile articles in the interface.  Every file of tests/fixtures/hostile
# and wide, a folder and a file whose names carry escape sequences, and the
# UTF-8 stress files of ../shared (when there) go into one store, as one
# story; one run of the interface reads them all, article by article, at
# 80x24 and again at 200x60, and opens the sidebar, compare, matrix and
# search views over them.  On every screen: only clean text (no ESC, no
# control, no payload of a removed sequence), no row wider than the pane
# and every box in line as parallax measures text (tests/tools/
# screen-check), the pane title and window name as they were, and no paste
# buffer.  tmux is set up so that a leaked OSC 0/2 would rename the pane
# and window and a leaked OSC 52 would make a buffer; a canary proves it.
. "$(dirname "$0")/lib.sh"
CHECK="$TOP/$BUILD/tools/screen-check"
H="$FIX/hostile"
U="${PARALLAX_SHARED:-$TOP/../shared}/data/utf8"
# Text that only the removed sequences carry (see make-hostile.sh).
PAYLOADS="LEAKED TEVBS0VE pwned ZXZpbA evil.example leaked.example ^["

# --- The store --------------------------------------------------------------
# A folder (an outlet) and a file named with OSC, CSI and OSC 52 sequences.
evil="$T/in/$(printf 'Gate\033]0;LEAKED\007house\033[2J Notices')"
mkdir -p "$evil"
printf 'Gatehouse opening hours change\n\nThe gatehouse will open at six in the morning from Monday, the harbour trust said.\n' \
    > "$evil/$(printf 'hours\033]52;c;TEVBS0VE\007\033[31m.txt')"
set -- "$H" "$FIX/wide" "$T/in"
if [ -f "$U/UTF-8-test.txt" ]; then
	set -- "$@" "$U/UTF-8-test.txt" "$U/UTF-8-demo.txt"
fi
"$PARALLAX" --db "$DB" add "$@" > "$T/add.out" 2> "$T/add.err"
rc=$?
[ "$rc" = 1 ] && ok "add: the hostile files are imported, the bad ones refused (1)" ||
    fail "add exited with $rc: $(head -3 "$T/add.err")"
"$PARALLAX" --db "$DB" list --json > "$T/list.json"
missing=""
for f in "$H"/* "$FIX"/wide/*; do
	case $f in *.sh) continue;; esac
	b=$(basename "$f")
	grep -qF "/$b\"" "$T/list.json" || grep -qF "/$b:" "$T/add.err" ||
	    missing="$missing $b"
done
[ -z "$missing" ] && ok "add: every fixture is imported or refused by name" ||
    fail "add: neither imported nor refused:$missing"
if [ -f "$U/UTF-8-test.txt" ]; then
	# Without its NUL byte the decoder test is text full of broken UTF-8.
	tr -d '\000' < "$U/UTF-8-test.txt" > "$T/utf8-test.txt"
	"$PARALLAX" --db "$DB" add --title "UTF-8 decoder stress test" \
	    "$T/utf8-test.txt" > /dev/null 2>&1 ||
	    fail "add: the UTF-8 decoder test without its NUL was refused"
else
	ok "UTF-8 stress files skipped (no ../shared)"
fi

# One story: the compare and matrix views then have outlets to show.
"$PARALLAX" --db "$DB" list --json > "$T/list.json"
first=""
for id in $(python3 -c 'import json, sys
print(" ".join(str(s["id"]) for s in json.load(open(sys.argv[1]))["stories"]))' \
    "$T/list.json"); do
	if [ -z "$first" ]; then first=$id; continue; fi
	"$PARALLAX" --db "$DB" story merge "$first" "$id" > /dev/null ||
	    fail "story merge $first $id"
done

# The tour: each article's title starts with a needle, the longest ASCII
# start of the title (at most 12 characters), that the first row of the
# reading pane shows when the article is open.
"$PARALLAX" --db "$DB" list --json > "$T/list.json"
python3 - "$T/list.json" > "$T/tour" <<'PY'
import json, re, sys
d = json.load(open(sys.argv[1]))
for s in d["stories"]:
    for a in s["articles"]:
        print(re.match(r"[ -~]*", a["title"]).group(0)[:12].rstrip())
PY
n=$(wc -l < "$T/tour")
if [ "$n" -ge 9 ] && [ "$(sort -u "$T/tour" | grep -c .)" -eq "$n" ]; then
	ok "one story of $n articles, each with its own title"
else
	fail "tour: $n articles, needles not distinct or empty:"; sed 's/^/    | /' "$T/tour"
fi

# --- tmux: traps for what leaks ---------------------------------------------
# Titles set by OSC 0/2 rename the pane, and the window after it; a screen
# title (ESC k) renames the window; OSC 52 makes a paste buffer.
tm new-session -d -s setup -x 80 -y 24 "sleep 60" \; \
    set-option -g status off \; \
    set-option -s set-clipboard on \; \
    set-window-option -g allow-rename on \; \
    set-window-option -g automatic-rename on \; \
    set-window-option -g automatic-rename-format '#{pane_title}'

# tmux_state: the window name, pane title and paste buffers of $1
tmux_state() {
	tm list-buffers -F 'buffer #{buffer_name}' \; \
	    display-message -p -t "$1" '#{window_name}|#{pane_title}'
}
# until_state SESSION STATE: poll (3 s) until tmux_state is STATE
until_state() {
	i=0
	while [ $i -lt 60 ]; do
		[ "$(tmux_state "$1")" = "$2" ] && return 0
		i=$((i + 1))
		sleep 0.05
	done
	return 1
}

tm new-session -d -s canary -x 80 -y 24 \
    "printf '\033]2;canary\007\033]52;c;Y2FuYXJ5\007'; sleep 60"
if until_state canary "buffer buffer0
canary|canary"; then
	ok "the traps work: a raw OSC 2 renames, a raw OSC 52 makes a buffer"
else
	fail "the traps do not work: $(tmux_state canary | tr '\n' ' ')"
fi
tm kill-session -t canary
tm delete-buffer -b buffer0 2>/dev/null

# The interface sets its own title first, so that every change is seen.
cat > "$T/pxui" <<EOF
#!/bin/sh
printf '\\033]2;hostile-e2e\\033\\\\'
exec '$PARALLAX' "\$@"
EOF
chmod +x "$T/pxui"
PXUI="$T/pxui"

# --- Looking at a screen ----------------------------------------------------
# reading_row1: the first row of the reading pane (its title)
reading_row1() { screen; sed -n 2p "$SCREEN" | awk -F'││' '{ print $2 }'; }
# wait_title NEEDLE: poll (5 s) until the reading pane's title shows it
wait_title() {
	i=0
	while [ $i -lt 100 ]; do
		case $(reading_row1) in *"$1"*) return 0;; esac
		i=$((i + 1))
		sleep 0.05
	done
	return 1
}
# wait_title_not TEXT: poll (5 s) until the reading pane's title row changes
wait_title_not() {
	i=0
	while [ $i -lt 100 ]; do
		[ "$(reading_row1)" != "$1" ] && return 0
		i=$((i + 1))
		sleep 0.05
	done
	return 1
}
# wait_row N PATTERN: poll (5 s) until row N matches the shell pattern
wait_row() {
	i=0
	while [ $i -lt 100 ]; do
		screen
		case $(row "$1") in $2) return 0;; esac
		i=$((i + 1))
		sleep 0.05
	done
	return 1
}

# look WHAT: check the screen now shown, one ok or FAIL line
look() {
	tm capture-pane -t "$SESSION" -p -N > "$T/cap"
	"$CHECK" "$W" "$HT" < "$T/cap" > "$T/why" 2>&1
	st=$?
	why=""
	[ $st = 0 ] || why="$(head -4 "$T/why" | tr '\n' ';') (status $st);"
	for p in $PAYLOADS; do
		grep -qF -- "$p" "$T/cap" && why="$why '$p' on screen;"
	done
	state=$(tmux_state "$SESSION")
	[ "$state" = "$STATE" ] ||
	    why="$why tmux now '$(echo "$state" | tr '\n' ' ')';"
	if [ -z "$why" ]; then
		ok "${W}x$HT $1: clean, in line, title and buffers unchanged"
	else
		fail "${W}x$HT $1: $why"
		sed 's/^/    | /' "$T/cap"
	fi
}

# step "KEYS" NEEDLE: send the keys, wait for the article, look at it
step() {
	keys $1
	if wait_title "$2" && wait_for "n shared claim"; then
		look "'$2'"
	else
		fail "${W}x$HT: '$2' did not open in the reading pane"
		sed 's/^/    | /' "$SCREEN"
	fi
}

# views NEEDLE: the sidebar, compare, matrix and search over the article
# being read (the reading pane has the focus, and has it again after)
views() {
	keys Tab
	wait_for "Backspace back" && keys j && look "'$1', sidebar focused" ||
	    fail "${W}x$HT: Tab did not focus the sidebar"
	keys s
	wait_gone "┌─ Cross-reference" && look "'$1', sidebar hidden" ||
	    fail "${W}x$HT: s did not hide the sidebar"
	keys s
	wait_for "┌─ Cross-reference" && wait_for "n shared claim" ||
	    fail "${W}x$HT: s did not show the sidebar again"
	keys c
	wait_for "┌─ Compare: " && look "'$1', compare" &&
	    keys Tab && look "'$1', compare with the next outlet" ||
	    fail "${W}x$HT: c did not compare"
	keys q
	wait_gone "┌─ Compare: " || fail "${W}x$HT: q did not close compare"
	keys m
	wait_for "┌─ Matrix: " && look "'$1', matrix" ||
	    fail "${W}x$HT: m did not show the matrix"
	keys q
	wait_gone "┌─ Matrix: " || fail "${W}x$HT: q did not close the matrix"
	keys /
	keys -l lantern
	keys Enter
	wait_for "┌─ Search: lantern" && wait_for "results for" &&
	    look "search for 'lantern'" || fail "${W}x$HT: / did not search"
	keys q
	wait_gone "┌─ Search: " || fail "${W}x$HT: q did not close the search"
	wait_for "n shared claim" || fail "${W}x$HT: the reader lost the focus"
}

# --- The tour ---------------------------------------------------------------
W=80 HT=24
STATE="hostile-e2e|hostile-e2e"
start "$W" "$HT"
if wait_title "$(sed -n 1p "$T/tour")" && until_state "$SESSION" "$STATE"; then
	ok "the interface opens the story with its title set"
else
	fail "the interface did not start: $(tmux_state "$SESSION") $(cat "$T/err")"
	sed 's/^/    | /' "$SCREEN"
fi
# Forwards with j from the sources pane, Enter to read, S-Tab back.
step Enter "$(sed -n 1p "$T/tour")"
sed 1d "$T/tour" > "$T/rest"
while IFS= read -r needle; do
	step "BTab j Enter" "$needle"
	[ "$needle" = Yijing ] && views "$needle"
done < "$T/rest"

# Backwards with k at 200x60.
W=200 HT=60
resize "$W" "$HT"
if wait_row $((HT - 2)) '└*┘' && wait_title "$(sed -n "${n}p" "$T/tour")"; then
	look "'$(sed -n "${n}p" "$T/tour")' after the resize"
else
	fail "${W}x$HT: the panes were not redrawn"; sed 's/^/    | /' "$SCREEN"
fi
at=$((n - 1))
while [ $at -ge 1 ]; do
	needle=$(sed -n "${at}p" "$T/tour")
	step "BTab k Enter" "$needle"
	# Wide enough for whole sentences: what the sanitiser left.
	case $needle in
	"Ferry timeta")
		expect "Quayside Ferry Desk · Osian Pryde" "controls.txt: outlet and author without their escapes"
		expect "Tickets can be bought on board or online." "controls.txt: C1 strings removed whole"
		views "$needle";;
	"Harbour ligh")
		expect "Organisers expect about 12,000 visitors over two nights, and tickets are sold at the harbour office only." "escapes.txt: OSC 0, 52 and 8 removed whole";;
	"Gatehouse op")
		expect "Gatehouse Notices" "a folder name with escapes gives a clean outlet";;
	esac
	at=$((at - 1))
done

# The other outlets' articles with ] and [.
for k in ']' '['; do
	was=$(reading_row1)
	keys "$k"
	wait_title_not "$was" && look "$k (another outlet's article)" ||
	    fail "${W}x$HT: $k did not open another article"
done

keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits with status 0 after the tour" ||
    fail "Q: status $rc"
[ -z "$(tm list-buffers)" ] && ok "no paste buffer at the end" ||
    fail "paste buffers at the end: $(tm list-buffers)"
