#!/bin/sh
# The interface's start-up: time from launch to the first full screen and
# the peak memory, on stores of BENCH_UI_N synthetic articles (default
# "10000"; BENCH_UI_N="10000 100000" for the full run, which imports for
# several minutes the first time).  Each program runs in a private tmux
# server; capture-pane is polled until the screen is complete (the Sources
# title and the status line's hints).  The baseline, in the same run, is
# the time tmux takes to show `cat` of a file: what is left over is ours.
# Memory is the process's VmHWM once the screen is up, and two seconds on
# (every story read, the idle counting of shared claims under way).
set -eu
BUILD=${BUILD:-build}
P=$(pwd)/$BUILD/parallax
W=${BENCH_DIR:-$(pwd)/build/bench}
RUNS=${BENCH_UI_RUNS:-5}
mkdir -p "$W"
SOCK="parallax-bench-$$"
export TMUX_TMPDIR="$W" LC_ALL=C.UTF-8 TZ=UTC
export XDG_CONFIG_HOME="$W/config" XDG_DATA_HOME="$W/data"
unset TMUX NO_COLOR
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server >/dev/null 2>&1 || true' EXIT INT TERM

now() { date +%s%N; }

# shown SESSION TEXT...: true when the pane shows every text
shown() {
	s=$1
	shift
	scr=$(tm capture-pane -t "$s" -p 2>/dev/null) || return 1
	for t in "$@"; do
		case $scr in *"$t"*) ;; *) return 1;; esac
	done
	return 0
}

# launch CMD TEXT...: milliseconds from the start of CMD in a new
# 120x32 session to the screen showing every TEXT; leaves the session
# (named s$n) running and its pid in $pid
n=0
launch() {
	cmd=$1
	shift
	n=$((n + 1))
	t0=$(now)
	tm new-session -d -s "s$n" -x 120 -y 32 "exec $cmd 2>/dev/null"
	i=0
	until shown "s$n" "$@"; do
		i=$((i + 1))
		if [ $i -gt 20000 ]; then
			echo "timed out waiting for: $*" >&2
			tm capture-pane -t "s$n" -p >&2
			exit 1
		fi
	done
	t1=$(now)
	pid=$(tm display-message -p -t "s$n" '#{pane_pid}')
	ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
}

# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# A session to keep the server up between runs.
tm new-session -d -s keep -x 80 -y 24 "sleep 3600"
tm set-option -g status off
seq 1 200 | sed 's/^/line /' > "$W/cat.txt"
echo "END OF FILE" >> "$W/cat.txt"

echo "parallax interface start-up on $(nproc) cores, 120x32, median of $RUNS"
for N in ${BENCH_UI_N:-10000}; do
	db=$W/ui-$N.db
	if [ ! -f "$db" ]; then
		src=$W/articles-$N
		[ -d "$src" ] || python3 tests/bench/gen.py "$N" "$src"
		echo "importing $N articles into $db ..."
		"$P" --db "$db" add "$src" > /dev/null
	fi
	base="" ui="" hwm="" cold=""
	r=0
	while [ $r -lt "$RUNS" ]; do
		r=$((r + 1))
		launch "sh -c 'cat $W/cat.txt; sleep 60'" "END OF FILE"
		base="$base $ms"
		tm kill-session -t "s$n"
		launch "env TERM=screen-256color $P --db $db" \
		    "Sources" "Cross-reference" "help"
		[ $r -eq 1 ] && cold=$ms
		ui="$ui $ms"
		hwm="$hwm $(sed -n 's/^VmHWM:[^0-9]*\([0-9]*\).*/\1/p' \
		    "/proc/$pid/status")"
		if [ $r -eq 1 ]; then
			# Two seconds on: every story read, counting going on.
			sleep 2
			later=$(sed -n 's/^VmHWM:[^0-9]*\([0-9]*\).*/\1/p' \
			    "/proc/$pid/status")
		fi
		tm send-keys -t "s$n" q
		tm kill-session -t "s$n" 2>/dev/null || true
	done
	b=$(echo "$base" | tr ' ' '\n' | grep . | median)
	u=$(echo "$ui" | tr ' ' '\n' | grep . | median)
	m=$(echo "$hwm" | tr ' ' '\n' | grep . | sort -n | tail -1)
	awk -v n="$N" -v b="$b" -v u="$u" -v m="$m" -v c="$cold" -v l="$later" 'BEGIN {
		printf "N=%-7d first screen %7.1f ms (first run %.1f ms; cat baseline %.1f ms; ours %.1f ms), peak memory %.1f MB (%.1f MB two seconds on)\n",
		    n, u, c, b, u - b, m / 1024, l / 1024 }'
done
