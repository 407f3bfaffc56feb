#!/bin/sh
# Hostile input: escape sequences, control and bidi characters, invalid
# UTF-8, binary files and hostile file names never reach the store or the
# terminal raw; refusals are named; the rest of a batch is imported.
. "$(dirname "$0")/lib.sh"
H="$FIX/hostile"

# is_clean FILE: no ESC, no C0 but \t \n, no DEL, no C1 (raw or UTF-8),
# no bidi embedding, override or isolate, and valid UTF-8.
is_clean() {
	python3 - "$1" <<'PY'
import re, sys
b = open(sys.argv[1], "rb").read()
try:
    t = b.decode("utf-8")
except UnicodeDecodeError as e:
    print("invalid UTF-8 at", e.start); sys.exit(1)
bad = re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]", t)
if bad:
    print("control U+%04X at %d" % (ord(bad.group()), bad.start())); sys.exit(1)
PY
}
expect_clean() {	# expect_clean FILE DESC
	if why=$(is_clean "$1"); then ok "$2"; else fail "$2: $why"; fi
}

px add "$H/escapes.txt" "$H/crlf-bom.txt" "$H/bad-date.txt" "$H/entities.html" "$H/longword.txt"
expect_rc 0 "hostile but valid articles are imported"
expect_clean "$T/out" "add prints nothing raw"
expect_clean "$T/err" "add's messages print nothing raw"
expect_eq "$(sql "SELECT title FROM articles WHERE origin LIKE '%escapes.txt'")" "Harbour lights festival returns to Quayside" "escape sequences removed from the title"
expect_eq "$(sql "SELECT count(*) FROM articles WHERE instr(body, char(27)) OR instr(title, char(27)) OR instr(body, char(155)) OR instr(body, char(8238)) OR instr(body, char(13)) OR instr(body, char(8)) OR instr(body, char(8203))")" 0 "no ESC, CSI, RLO, CR, BS or ZWSP stored"
python3 - "$DB" > "$T/check" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
b = c.execute("SELECT body FROM articles WHERE origin LIKE '%escapes.txt'").fetchone()[0]
print(b.split("\n\n")[0])
PY
expect_eq "$(cat "$T/check")" "The Harbour Lights festival returns to Quayside this weekend after a two-year break, organisers said on Wednesday." "escapes.txt: the first paragraph survives whole"
expect_eq "$(sql "SELECT title || '|' || coalesce(date, '') FROM articles WHERE origin LIKE '%crlf-bom.txt'")" "Quayside market moves indoors for winter|2025-11-03" "BOM and CRLF: clean title and date"
expect_eq "$(sql "SELECT coalesce(date, 'none') FROM articles WHERE origin LIKE '%bad-date.txt'")" "none" "an impossible date is not stored"
for id in $(sql "SELECT id FROM articles"); do
	"$PARALLAX" --db "$DB" show "$id" >> "$T/shown" 2>&1
	"$PARALLAX" --db "$DB" show --json "$id" >> "$T/shown.json" 2>&1
done
expect_clean "$T/shown" "show prints nothing raw"
expect_clean "$T/shown.json" "show --json prints nothing raw"
px list; expect_clean "$T/out" "list prints nothing raw"
px xref; expect_clean "$T/out" "xref prints nothing raw"
px search tide; expect_clean "$T/out" "search prints nothing raw"
expect_in "$T/out" "Tide tables" "the entity-laden title keeps its words"

# Refusals, each named; a batch with refusals still imports the rest.
px add "$H/nul.txt" "$H/empty.txt" "$H/whitespace.txt" "$H/png.html" "$H/prose.html"
expect_rc 1 "a batch of bad files exits 1"
expect_in "$T/err" "nul.txt: binary file" "NUL bytes refused as binary"
expect_in "$T/err" "empty.txt: file is empty" "empty file refused"
expect_in "$T/err" "whitespace.txt: file has no text" "whitespace-only file refused"
expect_in "$T/err" "png.html: binary file" "a PNG named .html refused"
expect_clean "$T/err" "refusals print nothing raw"

# A file name with an escape sequence in it.
evil="$T/$(printf 'evil\033[2Jname').txt"
printf 'Title: Tide tables\n\nThe spring tide tables were published on Monday by the harbour office.\n' > "$evil"
px add "$evil"
expect_rc 0 "a file with ESC in its name is imported"
expect_clean "$T/out" "its name is printed without ESC"
printf 'x' > "$T/$(printf 'bad\033]0;title\007').txt"
px add "$T/$(printf 'bad\033]0;title\007').txt"
expect_clean "$T/err" "a refusal names the file without ESC or BEL"
px list --json; expect_clean "$T/out" "list --json shows the origin without ESC"

# Kuhn's UTF-8 decoder stress test: repaired, counted, printed clean.
U="${PARALLAX_SHARED:-$TOP/../shared}/data/utf8"
if [ -f "$U/UTF-8-test.txt" ]; then
	px add "$U/UTF-8-test.txt"
	expect_rc 1 "the stress file as it is (it holds a NUL) is refused"
	expect_in "$T/err" "binary file (NUL byte at offset" "and the NUL is named"
	# Without its NUL byte it is a text file full of broken UTF-8.
	tr -d '\000' < "$U/UTF-8-test.txt" > "$T/utf8-test.txt"
	cp "$U/UTF-8-demo.txt" "$T/utf8-demo.txt"
	px add --source "Stress Test" "$T/utf8-test.txt" "$T/utf8-demo.txt"
	expect_rc 0 "the UTF-8 stress files are imported"
	expect_in "$T/err" "invalid UTF-8 sequences replaced" "invalid sequences are counted"
	id=$(sql "SELECT id FROM articles WHERE origin LIKE '%utf8-test.txt'")
	px show "$id"
	expect_clean "$T/out" "the repaired stress file shows clean"
	px show --json "$(sql "SELECT id FROM articles WHERE origin LIKE '%utf8-demo.txt'")"
	expect_in "$T/out" "Σὲ γνωρίζω ἀπὸ τὴν κόψη" "valid UTF-8 survives untouched"
else
	ok "UTF-8 stress files not present; skipped"
fi
