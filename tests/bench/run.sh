#!/bin/sh
# make bench: import N synthetic articles and compare with reading the same
# bytes with cat, in the same run, so a noisy machine still gives a fair
# ratio.  Prints MB/s, articles/s and peak memory.  N from BENCH_N
# (default "1000 10000").
set -eu
BUILD=${BUILD:-build}
P=$(pwd)/$BUILD/parallax
RUNSTAT=$(pwd)/$BUILD/tools/runstat
W=${BENCH_DIR:-$(pwd)/build/bench}
mkdir -p "$W"
for n in ${BENCH_N:-1000 10000}; do
	src=$W/articles-$n
	[ -d "$src" ] || python3 tests/bench/gen.py "$n" "$src"
	bytes=$(find "$src" -type f -name '*.txt' -exec cat {} + | wc -c)
	# Floor: the same files read by cat through the same walk.
	find "$src" -type f -name '*.txt' -exec cat {} + > /dev/null
	cat_t=$( { "$RUNSTAT" sh -c "find '$src' -type f -name '*.txt' -exec cat {} + > /dev/null"; } 2>&1 | sed -n 's/wall=\([0-9.]*\).*/\1/p')
	rm -f "$W/store-$n.db"*
	out=$( { "$RUNSTAT" "$P" --db "$W/store-$n.db" add "$src" > /dev/null; } 2>&1 | tail -1)
	t=$(echo "$out" | sed -n 's/wall=\([0-9.]*\).*/\1/p')
	rss=$(echo "$out" | sed -n 's/.*maxrss=\([0-9]*\).*/\1/p')
	awk -v n="$n" -v b="$bytes" -v t="$t" -v c="$cat_t" -v r="$rss" 'BEGIN {
		printf "add N=%-6d %7.1f MB  %6.2f s  %7.1f MB/s  %8.0f articles/s  peak %6.1f MB   (cat: %.3f s, %.0f MB/s; add/cat %.1fx)\n",
		    n, b / 1e6, t, b / 1e6 / t, n / t, r / 1024, c, b / 1e6 / (c > 0 ? c : 1e-3), t / (c > 0 ? c : 1e-3) }'
done
