#!/bin/sh
# make bench, bounds: hostile sizes, each at n and 2n, so that the ratio
# of the two times shows how the cost grows (n log n gives a little over
# 2; n^2 gives 4).  Sizes from BOUNDS_SCALE (1 = the issue's full sizes,
# 0.2 by default: BOUNDS_SCALE=1 for the full run, slow).
set -eu
BUILD=${BUILD:-build}
P=$(pwd)/$BUILD/parallax
RUNSTAT=$(pwd)/$BUILD/tools/runstat
W=${BENCH_DIR:-$(pwd)/build/bench}/bounds
S=${BOUNDS_SCALE:-0.2}
mkdir -p "$W"

size() { awk -v n="$1" -v s="$S" 'BEGIN { printf "%d", n * s }'; }

# run LABEL N CMD...: time one run, keep wall and peak memory; a run that
# fails says why and leaves no time (so no growth is computed from it)
run() {
	label=$1 n=$2
	shift 2
	st=0
	"$RUNSTAT" "$@" > /dev/null 2> "$W/err" || st=$?
	out=$(tail -1 "$W/err")
	t=$(echo "$out" | sed -n 's/wall=\([0-9.]*\).*/\1/p')
	m=$(echo "$out" | sed -n 's/.*maxrss=\([0-9]*\).*/\1/p')
	if [ "$st" != 0 ]; then
		printf '  %-34s n=%-9s FAILED (status %s): %s\n' "$label" "$n" \
		    "$st" "$(grep -v '^wall=' "$W/err" | head -1)"
		: > "$W/last"
		return 0
	fi
	printf '  %-34s n=%-9s %8.2f s  peak %7.1f MB\n' "$label" "$n" "$t" \
	    "$(awk -v m="$m" 'BEGIN { print m / 1024 }')"
	echo "$t" > "$W/last"
}

# pair LABEL N GEN: GEN N FILE writes the input; claims of n and 2n
pair() {
	label=$1 n=$2 gen=$3
	$gen "$n" "$W/in1.txt"
	run "$label" "$n" "$P" claims --raw "$W/in1.txt"
	a=$(cat "$W/last")
	$gen $((n * 2)) "$W/in2.txt"
	run "$label" $((n * 2)) "$P" claims --raw "$W/in2.txt"
	b=$(cat "$W/last")
	growth "$a" "$b"
}

# growth A B: how the time grew from n (A seconds) to 2n (B seconds)
growth() {
	if [ -z "$1" ] || [ -z "$2" ]; then
		printf '  %-34s no growth: a run failed\n' ""
		return 0
	fi
	awk -v a="$1" -v b="$2" 'BEGIN { printf "  %-34s growth x%.2f for twice the input\n", "", (a > 0 ? b / a : 0) }'
}

one_line() {	# a single line of N bytes of words
	python3 -c 'import sys; n = int(sys.argv[1]); w = "harbour wall held overnight, "; sys.stdout.write((w * (n // len(w) + 1))[:n] + "\n")' "$1" > "$2"
}
short_lines() {	# N short lines (a million of them stay under the 16 MiB limit)
	python3 -c 'import sys; n = int(sys.argv[1]); sys.stdout.write("".join("Line %d\n" % i for i in range(n)))' "$1" > "$2"
}
quotes() {	# N quotations with speakers
	python3 -c 'import sys; n = int(sys.argv[1]); sys.stdout.write(" ".join("\"We will stay number %d,\" said Mara Voss." % i for i in range(n)) + "\n")' "$1" > "$2"
}

echo "bounds (scale $S):"
pair "article of one long line" "$(size 1000000)" one_line
pair "article of many short lines" "$(size 500000)" short_lines
pair "article of many quotations" "$(size 50000)" quotes

# A folder of many small files, imported at n and 2n.
for n in $(size 50000) $(size 100000); do
	d=$W/files-$n
	[ -d "$d" ] || python3 - "$d" "$n" <<'PY'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    sub = os.path.join(d, "Outlet %d" % (i % 50))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "a%07d.txt" % i), "w") as f:
        f.write("Title: Note %d\n\nThe harbour office logged ship number %d on day %d, officials said.\n" % (i, i, i % 300))
PY
	rm -f "$W/files.db"*
	run "folder of small files (add)" "$n" "$P" --db "$W/files.db" add "$d"
	ta="${tb:-}" tb=$(cat "$W/last")
done
growth "$ta" "$tb"

# One story of many articles: its import, then its cross-reference.
for n in $(size 5000) $(size 10000); do
	d=$W/story-$n
	[ -d "$d" ] || python3 tests/bench/gen.py "$n" "$d" "$n"
	rm -f "$W/story.db"*
	run "one story of n articles (add)" "$n" "$P" --db "$W/story.db" add "$d"
	aa="${ab:-}" ab=$(cat "$W/last")
	# The figures mean what they say only if the import made one story.
	printf '  %-34s %s stories made\n' "" "$(python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM stories").fetchone()[0])' \
	    "$W/story.db")"
	run "one story of n articles (xref)" "$n" "$P" --db "$W/story.db" xref --json
	xa="${xb:-}" xb=$(cat "$W/last")
done
echo "  one story of n articles (add):"
growth "$aa" "$ab"
echo "  one story of n articles (xref):"
growth "$xa" "$xb"
