#!/bin/sh
# list, show, search, rm, --help and --version, human and JSON.
. "$(dirname "$0")/lib.sh"

mkdir -p "$T/in/Wire One" "$T/in/Wire Two"
printf 'Title: Orchard frost ruins apple crop\nDate: 2024-04-10\nAuthor: Jo Lind\nURL: https://wire-one.example/frost\n\nA late frost destroyed most of the apple blossom in the Sallow valley on Tuesday, growers said.\n\nThe growers association put the loss at 2.5 million euros.\n' > "$T/in/Wire One/frost.txt"
printf 'Title: Glacier museum opens\nDate: 2024-04-11\n\nA museum about the retreating Hald glacier opened in the village of Tarn on Wednesday.\n' > "$T/in/Wire Two/museum.txt"

px list
expect_rc 0 "list on an empty store"
expect_in "$T/out" "The store is empty" "empty store explained"

px add "$T/in"
px list
expect_rc 0 "list"
expect_in "$T/out" "Orchard frost ruins apple crop" "list shows titles"
expect_in "$T/out" "Wire Two" "list shows outlets"
long=$(awk '{ if (length($0) > 80) print }' "$T/out" | wc -l)
expect_eq "$long" 0 "list fits in 80 columns"

px list --json
expect_rc 0 "list --json"
python3 - "$T/out" > "$T/check" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
arts = [a for s in d["stories"] for a in s["articles"]]
print(len(d["stories"]) >= 1, sorted(a["source"] for a in arts),
      all(set(a) == {"id", "source", "title", "date", "origin"} for a in arts),
      all({"id", "title", "articles"} <= set(s) for s in d["stories"]))
PY
expect_eq "$(cat "$T/check")" "True ['Wire One', 'Wire Two'] True True" "list --json has the contract's fields"

id=$(sql "SELECT id FROM articles WHERE title LIKE 'Orchard%'")
px show "$id"
expect_rc 0 "show"
expect_in "$T/out" "Author  Jo Lind" "show gives the author"
expect_in "$T/out" "destroyed most of the apple blossom" "show gives the body"
px show --json "$id"
python3 - "$T/out" > "$T/check" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
print(a["author"], a["url"], a["date"], a["source"], "2.5 million euros" in a["body"])
PY
expect_eq "$(cat "$T/check")" "Jo Lind https://wire-one.example/frost 2024-04-10 Wire One True" "show --json"
px show 9999
expect_rc 1 "show of a missing article"
expect_in "$T/err" "no article 9999" "missing article named"
px show abc
expect_rc 2 "show of a non-number is a usage error"

px search glacier
expect_rc 0 "search"
expect_in "$T/out" "Glacier museum opens" "search finds by body and title"
px search --json 'apple blos*'
python3 - "$T/out" > "$T/check" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print([r["title"] for r in d["results"]])
PY
expect_eq "$(cat "$T/check")" "['Orchard frost ruins apple crop']" "search --json with a prefix"
px search 'AND OR "unbalanced ('
expect_rc 0 "search syntax never fails"
expect_in "$T/out" "No article matches" "no match said"

px rm "$id" 9999
expect_rc 1 "rm with one missing id"
expect_in "$T/out" "removed article $id" "rm reports removal"
expect_in "$T/err" "no article 9999" "rm names the missing id"
expect_eq "$(sql 'SELECT count(*) FROM articles')" 1 "one article left"
px search apple
expect_in "$T/out" "No article matches" "removed article gone from the search index"
expect_eq "$(sql 'SELECT count(*) FROM stories')" 1 "its empty story removed"

"$PARALLAX" --help > "$T/out" 2>&1; rc=$?
expect_rc 0 "--help"
for c in add list show search rm xref claims match story reindex feed fetch; do
	expect_in "$T/out" "  $c " "--help lists $c"
done
expect_in "$T/out" "  feed export" "--help gives each form of feed on a line"
expect_eq "$(awk 'length($0) > 80' "$T/out" | wc -l)" 0 "--help is no wider than 80 columns"
"$PARALLAX" --version > "$T/out"; rc=$?
expect_rc 0 "--version"
expect_in "$T/out" "parallax " "--version names the program"
"$PARALLAX" --bogus > "$T/out" 2> "$T/err"; rc=$?
expect_rc 2 "unknown global option"
