#!/bin/sh
# parallax claims and parallax match: what the engine sees, without a store.
. "$(dirname "$0")/lib.sh"

printf 'Title: Ferry fares rise\n\nFares on the island ferry will rise by 12 per cent from Nov. 18, the operator said. "We have held prices for four years," said chief executive Mara Holt. The council called the rise unfair.\n' > "$T/a.txt"
px claims --json "$T/a.txt"
expect_rc 0 "claims --json"
python3 - "$T/out" > "$T/check" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
body_ok = all(set(s) >= {"start", "end", "text"} for s in d["sentences"])
quotes = [c for c in d["claims"] if c["kind"] == "quote"]
figs = [f for c in d["claims"] for f in c["figures"]]
print(len(d["sentences"]), body_ok,
      [q["speaker"] for q in quotes],
      sorted({f["unit"] for f in figs}))
PY
expect_eq "$(cat "$T/check")" "3 True ['Mara Holt'] ['date', 'percent']" "claims: sentences, the quote's speaker, the figures"
# What the import would store beside the text: author, date, address.
printf 'Title: Ferry fares rise
Author: Ines Vale
Date: 2025-11-02
URL: https://isle.example/fares

Fares on the island ferry will rise, the operator said.
' > "$T/b.txt"
px claims --json "$T/b.txt"
expect_eq "$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["author"], d["date"], d["url"])' "$T/out")" \
    "Ines Vale 2025-11-02 https://isle.example/fares" "claims --json: the author, date and address"
px claims "$T/b.txt"
expect_eq "$(sed -n '1,4p' "$T/out" | tr '\n' '|')" \
    "title: Ferry fares rise|author: Ines Vale|date: 2025-11-02|url: https://isle.example/fares|" \
    "claims: the title, author, date and address first"
# Without a Source: header the outlet is what `add` would give the file:
# its name; from standard input, "stdin".
printf 'Ferry fares rise\n\nFares on the island ferry will rise, the operator said.\n' > "$T/island-post.txt"
px claims --json "$T/island-post.txt"
expect_eq "$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["source"])' "$T/out")" \
    "island-post" "claims: the outlet of a file without a header is its name"
printf 'Fares on the island ferry will rise, the operator said.\n' |
    "$PARALLAX" claims --json - > "$T/out" 2> "$T/err"
expect_eq "$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["source"])' "$T/out")" \
    "stdin" "claims: the outlet of standard input is stdin"
printf 'Just one line of body text, with $4.5 million in it.' | "$PARALLAX" claims --raw - > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0 "claims --raw from stdin"
expect_in "$T/out" "figure" "claims --raw finds the figure"
px claims "$T/missing.txt"
expect_rc 1 "claims of a missing file"
expect_in "$T/err" "missing.txt" "the missing file is named"

printf '1\tThe island ferry fare will rise by 12 per cent in November, the operator said.\tThe operator said the island ferry fare would rise 12%% in November.\n2\tThe council approved the budget.\tA storm closed the harbour road on Friday.\nbad line without tabs\n' > "$T/pairs"
"$PARALLAX" match < "$T/pairs" > "$T/out" 2> "$T/err"; rc=$?
expect_rc 1 "match with a malformed line"
expect_eq "$(cut -f1,3 "$T/out" | tr '\t\n' ':,')" "1:1,2:0," "match decides same and different claims"
expect_in "$T/err" "stdin:3" "the malformed line is named"

# Under a locale that writes 1,5 for 1.5, figures are still read and
# scores still printed as C writes numbers.
mkdir -p "$T/loc"
if localedef -i de_DE -f UTF-8 "$T/loc/de_DE.UTF-8" > /dev/null 2>&1; then
	printf 'It cost $1.5bn.\n' | LOCPATH="$T/loc" LC_ALL=de_DE.UTF-8 \
	    "$PARALLAX" claims --raw - > "$T/out" 2>&1
	expect_in "$T/out" "usd 1500000000" "under de_DE, \$1.5bn is still 1.5 billion"
	printf '1\tThe fund got $1.5 billion.\tThe fund got 1.5 billion dollars.\n' |
	    LOCPATH="$T/loc" LC_ALL=de_DE.UTF-8 "$PARALLAX" match > "$T/out" 2>&1
	grep -q '^1	[01]\.[0-9]*	1$' "$T/out" &&
	    ok "under de_DE, match prints its score with a point" ||
	    fail "under de_DE, match printed: $(cat "$T/out")"
else
	fail "no de_DE locale could be made (apt-get install locales)"
fi
