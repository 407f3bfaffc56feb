#!/bin/sh
# Relearn the matcher's weights: build the feature dumper, dump the
# features of the MSRP training file and fit them (tests/eval/train.py).
# Paste the printed C into src/match.c.
#   BUILD=build sh tests/eval/train.sh [FILE]
set -eu
BUILD=${BUILD:-build}
DATA=${1:-${MSRP:-$(dirname "$0")/../../../shared/data/msrp/msr_paraphrase_train.txt}}
make -s "$BUILD/tools/match-features"
"$BUILD/tools/match-features" < "$DATA" | python3 "$(dirname "$0")/train.py"
