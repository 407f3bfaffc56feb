#!/bin/sh
# make bench: import N synthetic articles (stories of about eight outlets)
# and compare with reading the same bytes with cat, in the same run, so a
# noisy machine still gives a fair ratio; say how well the import grouped
# them (B-cubed against the generator's stories); then time the
# cross-reference of one story and of every story.  N from BENCH_N
# (default "1000 10000"; BENCH_N="1000 10000 100000" for the full run).
set -eu
BUILD=${BUILD:-build}
P=$(pwd)/$BUILD/parallax
RUNSTAT=$(pwd)/$BUILD/tools/runstat
XREF=$(pwd)/$BUILD/tools/bench-xref
W=${BENCH_DIR:-$(pwd)/build/bench}
mkdir -p "$W"
echo "parallax bench on $(nproc) cores; articles in $W"
prev=""
cprev=""
for n in ${BENCH_N:-1000 10000}; do
	src=$W/articles-$n
	[ -d "$src" ] || python3 tests/bench/gen.py "$n" "$src"
	bytes=$(find "$src" -type f -name '*.txt' -exec cat {} + | wc -c)
	# Floor: the same files read by cat through the same walk, warm.
	find "$src" -type f -name '*.txt' -exec cat {} + > /dev/null
	cat_t=$( { "$RUNSTAT" sh -c "find '$src' -type f -name '*.txt' -exec cat {} + > /dev/null"; } 2>&1 | sed -n 's/wall=\([0-9.]*\).*/\1/p')
	rm -f "$W/store-$n.db"*
	out=$( { "$RUNSTAT" "$P" --db "$W/store-$n.db" add "$src" > /dev/null; } 2>&1 | tail -1)
	t=$(echo "$out" | sed -n 's/wall=\([0-9.]*\).*/\1/p')
	rss=$(echo "$out" | sed -n 's/.*maxrss=\([0-9]*\).*/\1/p')
	cpu=$(echo "$out" | sed -n 's/.*cpu=\([0-9.]*\).*/\1/p')
	per=$(awk -v n="$n" -v t="$t" 'BEGIN { printf "%.1f", t / n * 1e6 }')
	cper=$(awk -v n="$n" -v t="$cpu" 'BEGIN { printf "%.1f", t / n * 1e6 }')
	awk -v n="$n" -v b="$bytes" -v t="$t" -v c="$cat_t" -v r="$rss" -v p="$per" 'BEGIN {
		printf "add N=%-6d %7.1f MB in %6.2f s: %6.1f MB/s, %7.0f articles/s, %6.0f us/article, peak %5.1f MB  (cat: %.3f s, %.0f MB/s)\n",
		    n, b / 1e6, t, b / 1e6 / t, n / t, p, r / 1024, c, b / 1e6 / (c > 0 ? c : 1e-3) }'
	awk -v b="$bytes" -v t="$cpu" -v p="$cper" 'BEGIN {
		printf "    processor time %.2f s: %.1f MB/s, %.0f us/article\n", t, b / 1e6 / (t > 0 ? t : 1e-3), p }'
	if [ -n "$prev" ]; then
		awk -v a="$prev" -v b="$per" -v ca="$cprev" -v cb="$cper" 'BEGIN { printf "    import time per article grew %.2fx from the previous N (processor time %.2fx; target: at most 1.3x)\n", b / a, cb / ca }'
	fi
	prev=$per
	cprev=$cper
	python3 tests/bench/bcubed.py "$W/store-$n.db" | sed 's/^/    /'
	"$XREF" "$W/store-$n.db" one 8 | sed 's/^/    /'
	out=$( { "$RUNSTAT" "$XREF" "$W/store-$n.db" all; } 2>&1)
	echo "$out" | sed -n '1p' | sed 's/^/    /'
	echo "$out" | sed -n 's/.*maxrss=\([0-9]*\).*/    peak memory of xref of all: \1 KB/p'
done
# One story of fifty articles, the size the interface must handle at once.
big=$W/story50
if [ ! -f "$big.db" ]; then
	rm -rf "$big.src"
	python3 tests/bench/gen.py 50 "$big.src" 50
	"$P" --db "$big.db" add "$big.src" > /dev/null
fi
"$XREF" "$big.db" one 40 | sed 's/^/story of 50: /'
sh tests/bench/bounds.sh
sh tests/bench/feeds.sh
sh tests/bench/ui.sh
