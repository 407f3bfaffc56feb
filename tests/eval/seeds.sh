#!/bin/sh
# make eval, part two: import the real articles in ../shared/seeds (one
# outlet each) and print every link parallax makes between them, for a
# person to read and judge.  Nothing from the seeds is kept.
set -eu
BUILD=${BUILD:-build}
P=$(pwd)/$BUILD/parallax
SEEDS=${PARALLAX_SHARED:-../shared}/seeds
if [ ! -d "$SEEDS" ]; then
	echo "eval: no seeds at $SEEDS; skipped"
	exit 0
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/parallax-eval.XXXXXX")
trap 'rm -rf "$W"' EXIT
n=0
for f in "$SEEDS"/*; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	"$P" --db "$W/store.db" add --source "seed outlet $n ($(basename "$f"))" "$f" > /dev/null
done
echo "== seeds: $n articles =="
"$P" --db "$W/store.db" list
echo
COLUMNS=200 "$P" --db "$W/store.db" xref
"$P" --db "$W/store.db" xref --json > "$W/xref.json"
python3 - "$W/xref.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
claims = [c for s in d["stories"] for c in s["claims"]]
links = sum(len(c["mentions"]) - 1 for c in claims)
by = {}
for c in claims:
    by[c["sources"]] = by.get(c["sources"], 0) + 1
print("\n== %d stories, %d shared claims (%s), %d links, %d differences ==" % (
    len(d["stories"]), len(claims),
    ", ".join("%d by %d outlets" % (v, k) for k, v in sorted(by.items(), reverse=True)),
    links, sum(len(c["differences"]) for c in claims)))
PY
