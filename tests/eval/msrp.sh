#!/bin/sh
# Evaluate parallax's claim matcher on the MSRP training file: pipe it
# through `parallax match` and print accuracy, precision, recall and F1,
# next to a bag-of-words baseline (word-set Jaccard >= 0.5).  The data stay
# in ../shared; nothing is copied into the repository.
#   BUILD=build sh tests/eval/msrp.sh [FILE]
set -u
BUILD=${BUILD:-build}
DATA=${1:-${MSRP:-$(dirname "$0")/../../../shared/data/msrp/msr_paraphrase_train.txt}}
BIN=${PARALLAX_MATCH:-$BUILD/parallax match}
if [ ! -r "$DATA" ]; then
	echo "msrp.sh: no MSRP file at $DATA (skipped)" >&2
	exit 0
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
# Gold labels by line number, as `parallax match` numbers MSRP rows.
awk -F '\t' 'NR > 1 && NF == 5 { print NR "\t" $1 }' "$DATA" > "$tmp/gold"
$BIN < "$DATA" > "$tmp/out" 2> "$tmp/err" || {
	echo "msrp.sh: $BIN failed:" >&2
	cat "$tmp/err" >&2
	exit 1
}
report() {	# report LABEL < "gold<TAB>prediction" lines
	awk -F '\t' -v label="$1" '
	{ n++; if ($1 == $2) ok++
	  if ($2 == 1 && $1 == 1) tp++; if ($2 == 1 && $1 == 0) fp++
	  if ($2 == 0 && $1 == 1) fn++ }
	END { p = tp + fp ? tp / (tp + fp) : 0; r = tp + fn ? tp / (tp + fn) : 0
	  f = p + r ? 2 * p * r / (p + r) : 0
	  printf "%-14s %5d pairs  accuracy %.2f%%  precision %.2f%%  recall %.2f%%  F1 %.2f%%\n",
	      label, n, 100 * ok / n, 100 * p, 100 * r, 100 * f }'
}
awk -F '\t' 'NR == FNR { gold[$1] = $2; next } ($1 in gold) { print gold[$1] "\t" $3 }' \
    "$tmp/gold" "$tmp/out" | report "parallax"
# Baseline: lower-cased word sets, Jaccard overlap of at least one half.
awk -F '\t' 'NR > 1 && NF == 5 {
	n1 = split(tolower($4), a, /[^a-z0-9]+/); n2 = split(tolower($5), b, /[^a-z0-9]+/)
	delete s1; delete s2; u = 0; c = 0
	for (i = 1; i <= n1; i++) if (a[i] != "") s1[a[i]] = 1
	for (i = 1; i <= n2; i++) if (b[i] != "") s2[b[i]] = 1
	for (w in s1) { u++; if (w in s2) c++ }
	for (w in s2) if (!(w in s1)) u++
	print $1 "\t" (u && c / u >= 0.5 ? 1 : 0) }' "$DATA" | report "bag of words"
