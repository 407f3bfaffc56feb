# Helpers for the interface tests: a scratch HOME, a store built from the
# fixtures, and the real program in a private tmux server.  Checks print
# "ok - ..." or "FAIL - ..."; waits poll capture-pane, never a bare sleep.
set -u
TOP=${TOP:-$(pwd)}
BUILD=${BUILD:-build}
PARALLAX="$TOP/$BUILD/parallax"
# The program that opens the interface (the same binary, unless a test
# run points elsewhere).
PXUI=${PXUI:-$PARALLAX}
FIX="$TOP/tests/fixtures"
T=$(mktemp -d "${TMPDIR:-/tmp}/parallax-e2e.XXXXXX")
SOCK="parallax-$$"
export HOME="$T/home" XDG_DATA_HOME="$T/data" XDG_CONFIG_HOME="$T/config"
export XDG_CACHE_HOME="$T/cache" LC_ALL=C.UTF-8 TZ=UTC
# The private server's socket lives in the scratch folder too.
export TMUX_TMPDIR="$T"
unset TMUX
unset NO_COLOR
mkdir -p "$HOME" "$XDG_CONFIG_HOME"
DB="$T/store.db"
SCREEN="$T/screen"

tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1; rm -rf "$T"; }
trap cleanup EXIT INT TERM

ok() { echo "ok - $*"; }
fail() { echo "FAIL - $*"; }

# make_store [DIR...]: a store holding the given fixture folders
make_store() {
	rm -f "$DB" "$DB-wal" "$DB-shm"
	for d in "$@"; do
		"$PARALLAX" --db "$DB" add "$d" > /dev/null 2>> "$T/add.err"
	done
}

# start W H [ENV=VALUE...] -- [ARGS...]: run the interface on $DB in a
# fresh tmux server of W x H; its exit status lands in $T/rc.
start() {
	w=$1 h=$2
	shift 2
	envs="TERM=screen-256color"
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		envs="$envs $1"
		shift
	done
	[ $# -gt 0 ] && shift
	old=${SESSION:-}
	NSESSION=$(( ${NSESSION:-0} + 1 ))
	SESSION="px$NSESSION"
	rm -f "$T/rc"
	args=""
	for a in "$@"; do args="$args '$a'"; done
	tm new-session -d -s "$SESSION" -x "$w" -y "$h" \
	    "env $envs '$PXUI' --db '$DB' $args 2> '$T/err'; echo \$? > '$T/rc'; sleep 30" \; \
	    set-option -g status off
	[ -n "$old" ] && tm kill-session -t "$old" >/dev/null 2>&1
	return 0
}

# screen [-e]: the pane's text (with attributes under -e) into $SCREEN
screen() { tm capture-pane -t "$SESSION" -p "$@" > "$SCREEN" 2>/dev/null; }

# wait_for TEXT [SECONDS]: poll until the screen shows a fixed string
wait_for() {
	limit=$(( ${2:-5} * 20 ))
	i=0
	while [ $i -lt "$limit" ]; do
		screen
		grep -qF -- "$1" "$SCREEN" && return 0
		i=$((i + 1))
		sleep 0.05
	done
	return 1
}

# wait_gone TEXT [SECONDS]: poll until the screen no longer shows it
wait_gone() {
	limit=$(( ${2:-5} * 20 ))
	i=0
	while [ $i -lt "$limit" ]; do
		screen
		grep -qF -- "$1" "$SCREEN" || return 0
		i=$((i + 1))
		sleep 0.05
	done
	return 1
}

# wait_exit [SECONDS]: poll until the program has exited; status in $rc
wait_exit() {
	limit=$(( ${1:-5} * 20 ))
	i=0
	while [ $i -lt "$limit" ]; do
		if [ -s "$T/rc" ]; then rc=$(cat "$T/rc"); return 0; fi
		i=$((i + 1))
		sleep 0.05
	done
	rc=timeout
	return 1
}

# keys KEY...: send keys to the program
keys() { tm send-keys -t "$SESSION" "$@"; }

# resize W H: resize the program's window
resize() { tm resize-window -t "$SESSION" -x "$1" -y "$2"; }

# expect TEXT DESC: wait for the text, ok or FAIL with the screen shown
expect() {
	if wait_for "$1" "${3:-5}"; then ok "$2"
	else fail "$2: '$1' not on screen"; grep -v "^ *$" "$SCREEN" | head -40 | sed "s/^/    | /"; fi
}

# expect_not TEXT DESC: the current screen does not show the text
expect_not() {
	screen
	if grep -qF -- "$1" "$SCREEN"; then
		fail "$2: '$1' on screen"; grep -v "^ *$" "$SCREEN" | head -40 | sed "s/^/    | /"
	else ok "$2"; fi
}

# row N: line N (1-based) of the last captured screen
row() { sed -n "${1}p" "$SCREEN"; }

# settle: wait until two captures a moment apart are the same
settle() {
	i=0
	screen
	cp "$SCREEN" "$T/prev"
	while [ $i -lt 60 ]; do
		sleep 0.05
		screen
		cmp -s "$SCREEN" "$T/prev" && return 0
		cp "$SCREEN" "$T/prev"
		i=$((i + 1))
	done
	return 1
}
