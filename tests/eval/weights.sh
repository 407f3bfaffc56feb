#!/bin/sh
# Check that the weights in src/match.c are the ones tests/eval/train.sh
# fits from the MSRP file for the present features, and print the
# cross-validated figures.  A change to claims (how figures or speakers
# are read) moves the features of some pairs; this says when to refit.
#   BUILD=build sh tests/eval/weights.sh [FILE]
set -u
here=$(dirname "$0")
BUILD=${BUILD:-build}
DATA=${1:-${MSRP:-$here/../../../shared/data/msrp/msr_paraphrase_train.txt}}
if [ ! -r "$DATA" ]; then
	echo "weights.sh: no MSRP file at $DATA (skipped)" >&2
	exit 0
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
BUILD=$BUILD sh "$here/train.sh" "$DATA" > "$tmp/fit" || exit 1
grep '^cv\|^training' "$tmp/fit"
sed -n '/^static const double match_weights/,/^static const double match_threshold/p' \
	"$tmp/fit" > "$tmp/want"
sed -n '/^static const double match_weights/,/^static const double match_threshold/p' \
	"$here/../../src/match.c" > "$tmp/have"
if cmp -s "$tmp/want" "$tmp/have"; then
	echo "weights         src/match.c holds what train.sh fits"
else
	echo "weights         src/match.c differs from what train.sh fits; refit:"
	diff "$tmp/have" "$tmp/want"
	exit 1
fi
