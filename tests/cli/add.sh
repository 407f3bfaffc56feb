#!/bin/sh
# parallax add: one line per article, one reason per refusal, the rest of
# the batch still imported, duplicates noticed, outlets from folders.
. "$(dirname "$0")/lib.sh"

mk() {	# mk FILE TEXT...
	mkdir -p "$(dirname "$1")"
	f=$1; shift
	printf "$@" > "$f"
}
mk "$T/in/Coastline Herald/dam.txt" 'Dam inspection ordered after cracks found\n\nEngineers found three cracks in the Orlen dam on Monday, the water board said.\n\nThe board ordered a full inspection before the spring melt.\n'
mk "$T/in/Coastline Herald/tram.txt" 'Title: Tram line to reopen in May\nAuthor: Pia Moreau\nDate: 2024-03-05\n\nThe northern tram line will reopen on May 2 after repairs costing $4.5 million, the city said.\n'
mk "$T/in/Inland Post/dam.html" '<!doctype html><html><head><title>Cracks in Orlen dam</title><meta property="og:site_name" content="Inland Post"></head><body><article><h1>Cracks in Orlen dam</h1><p>Three cracks were found in the Orlen dam on Monday, according to the water board.</p><p>An inspection will take place before the spring melt, the board said.</p></article></body></html>\n'

px add "$T/in"
expect_rc 0 "add a folder of outlets"
expect_eq "$(wc -l < "$T/out")" 3 "one line per imported article"
expect_in "$T/out" "Coastline Herald" "outlet from the folder name"
expect_in "$T/out" "Inland Post" "outlet from og:site_name"
expect_in "$T/out" "Tram line to reopen in May" "title from the header"
expect_eq "$(sql "SELECT count(*) FROM articles")" 3 "three articles stored"
expect_eq "$(sql "SELECT author FROM articles WHERE title LIKE 'Tram%'")" "Pia Moreau" "author from the header"
expect_eq "$(sql "SELECT date FROM articles WHERE title LIKE 'Tram%'")" "2024-03-05" "date from the header"
expect_eq "$(sql "SELECT title FROM articles WHERE origin LIKE '%Coastline Herald/dam.txt'")" "Dam inspection ordered after cracks found" "title from the first short line"

# The same again: nothing added, and it says so.
px add "$T/in"
expect_rc 0 "re-adding is not an error"
expect_eq "$(sql "SELECT count(*) FROM articles")" 3 "re-adding adds nothing"
expect_in "$T/err" "already in the store" "re-adding says so"

# Overrides from the command line.
mk "$T/solo.txt" 'Ferry service cut\n\nThe island ferry will run twice a day from June, the operator said on Friday.\n'
px add --source "Quay Radio" --title "Ferries halved" --date 2024-06-01 --url https://example.org/f "$T/solo.txt"
expect_rc 0 "add with overrides"
expect_eq "$(sql "SELECT o.name, a.title, a.date, a.url FROM articles a JOIN outlets o ON o.id = a.outlet WHERE a.origin LIKE '%solo.txt'")" "Quay Radio|Ferries halved|2024-06-01|https://example.org/f" "overrides win"
px add --date 2024-13-45 "$T/solo.txt"
expect_rc 2 "a bad --date is a usage error"
mk "$T/Other/solo2.txt" 'Ferry cut\n\nThe island ferry will run three times a day from July, the operator said.\n'
px add "$T/Other/solo2.txt"
expect_eq "$(sql "SELECT o.name FROM articles a JOIN outlets o ON o.id = a.outlet WHERE a.origin LIKE '%solo2.txt'")" "solo2" "outlet from the file name for an explicit file"

# Refusals: each named with its reason, the rest still imported.
mkdir -p "$T/bad"; : > "$T/bad/empty.txt"
printf '   \n\n  \t \n' > "$T/bad/blank.txt"
printf 'Title: x\n\nsome\0binary' > "$T/bad/nul.txt"
printf 'This is plain prose, not a web page at all, and it has no tags.\n' > "$T/bad/prose.html"
head -c 17000000 /dev/zero | tr '\0' 'a' > "$T/bad/huge.txt"
mkfifo "$T/bad/pipe.txt"
mk "$T/bad/good.txt" 'Lighthouse relit\n\nThe old lighthouse at Kell Point was relit on Sunday after forty years, the trust said.\n'
px add "$T/bad/empty.txt" "$T/bad/blank.txt" "$T/bad/nul.txt" "$T/bad/prose.html" "$T/bad/huge.txt" "$T/bad/pipe.txt" "$T/bad/missing.txt" /dev/null "$T/bad/good.txt"
expect_rc 1 "a batch with refusals exits 1"
expect_eq "$(grep -c 'Lighthouse relit' "$T/out")" 1 "the good file of the batch is imported"
expect_in "$T/err" "empty.txt: " "empty file refused by name"
expect_in "$T/err" "empty" "empty file reason"
expect_in "$T/err" "blank.txt: " "blank file refused"
expect_in "$T/err" "nul.txt: binary" "binary file refused"
expect_in "$T/err" "prose.html: not HTML" ".html that is not HTML refused"
expect_in "$T/err" "huge.txt: file is larger than 16 MiB" "file over 16 MiB refused"
expect_in "$T/err" "pipe.txt: is a FIFO" "FIFO refused without hanging"
expect_in "$T/err" "missing.txt: no such file or folder" "missing path refused"
expect_in "$T/err" "/dev/null: is a device" "device refused"
expect_eq "$(sql "SELECT count(*) FROM articles WHERE origin LIKE '%/bad/%'")" 1 "only the good file stored"

# Unreadable files (when not root, permissions bite; as root use a folder
# we cannot list instead of skipping the check).
mk "$T/locked/secret.txt" 'Locked\n\nThis text is in a file nobody may read, the test says.\n'
chmod 000 "$T/locked/secret.txt"
if [ "$(id -u)" != 0 ]; then
	px add "$T/locked/secret.txt"
	expect_rc 1 "unreadable file refused"
	expect_in "$T/err" "Permission denied" "unreadable file reason"
fi
chmod 644 "$T/locked/secret.txt"

# Symbolic link loops are detected, not followed forever.
mkdir -p "$T/loop/a"
mk "$T/loop/a/story.txt" 'Canal reopens\n\nThe Vell canal reopened to barges on Wednesday after dredging, the authority said.\n'
ln -s .. "$T/loop/a/up"
px add "$T/loop"
expect_rc 1 "a symlink loop is reported"
expect_in "$T/err" "symbolic link loop" "symlink loop named"
expect_eq "$(grep -c 'Canal reopens' "$T/out")" 1 "the file inside the loop is imported once"

# Usage errors.
px add
expect_rc 2 "add without paths is a usage error"
px add --bogus "$T/solo.txt"
expect_rc 2 "unknown option is a usage error"
px frobnicate
expect_rc 2 "unknown command is a usage error"
expect_in "$T/err" "unknown command" "unknown command named"

# Saved feeds: every item with text becomes an article of the feed's
# outlet (or --source); broken and hostile feeds are refused by name.
px add "$FIX/feeds/meridian.atom" "$FIX/feeds/northline.json" "$FIX/feeds/broken.rss" "$FIX/feeds/bomb.rss"
expect_rc 1 "saved feeds, two of them bad"
expect_in "$T/out" "The Meridian Post" "an Atom feed's items take the feed's title as outlet"
expect_in "$T/out" "Northline Wire" "a JSON Feed's items are imported"
expect_in "$T/err" "broken.rss: not a feed: line 6:" "a malformed feed is refused with its line"
expect_in "$T/err" "bomb.rss: not a feed:" "a feed declaring entities is refused"
expect_eq "$(sql "SELECT count(*) FROM articles a JOIN outlets o ON o.id = a.outlet WHERE o.name = 'The Meridian Post' AND a.origin LIKE '%meridian.atom'")" 2 "feed items name the saved feed as their origin"
px add --source "Quay Radio" "$FIX/feeds/saltmere.rss"
expect_rc 0 "a feed with --source"
expect_eq "$(grep -c 'Quay Radio' "$T/out")" "$(wc -l < "$T/out")" "--source names every item's outlet"

# --jobs: articles are made ahead on other threads, stored in walk order:
# the output and the store are the same on one thread and on several,
# with refusals, feeds and hostile files in the batch.
mkdir -p "$T/jobs"
cp -R "$FIX" "$T/jobs/fixtures"
mk "$T/jobs/fixtures/zz/empty.txt" ''
dump() {	# dump DB: what an import stored, ids and all
	sqlite3 -batch "$1" "SELECT a.id, a.story, a.title, o.name, a.origin, a.signature FROM articles a JOIN outlets o ON o.id = a.outlet ORDER BY a.id; SELECT article, data FROM claims ORDER BY article; SELECT id, title, norm2 FROM stories ORDER BY id; SELECT * FROM story_index ORDER BY 1, 2; SELECT * FROM terms ORDER BY 1"
}
for j in 1 3; do
	"$PARALLAX" --db "$T/jobs/$j.db" add --jobs $j "$T/jobs/fixtures" > "$T/jobs/$j.out" 2> "$T/jobs/$j.err"
	echo $? > "$T/jobs/$j.rc"
	dump "$T/jobs/$j.db" > "$T/jobs/$j.dump"
done
expect_eq "$(cat "$T/jobs/3.rc")" "$(cat "$T/jobs/1.rc")" "--jobs 3 exits as --jobs 1"
expect_eq "$(cmp "$T/jobs/1.out" "$T/jobs/3.out" && echo same)" same "--jobs 3 prints what --jobs 1 prints"
expect_eq "$(cmp "$T/jobs/1.err" "$T/jobs/3.err" && echo same)" same "--jobs 3 refuses what --jobs 1 refuses, in order"
expect_eq "$(cmp "$T/jobs/1.dump" "$T/jobs/3.dump" && echo same)" same "--jobs 3 stores what --jobs 1 stores"
expect_in "$T/jobs/3.err" "empty.txt: " "a refusal among the jobs is reported"
expect_eq "$(grep -c . "$T/jobs/1.out")" "$(sqlite3 -batch "$T/jobs/1.db" "SELECT count(*) FROM articles")" "one line per stored article"
px add --jobs 0 "$T/solo.txt"
expect_rc 2 "--jobs 0 is a usage error"
expect_in "$T/err" "--jobs: '0' is not a number from 1 to 64" "--jobs says what it takes"

# A file without an extension is an article even in a folder whose name
# has a dot.
mk "$T/dotted/v1.2/notes" 'Pier lights restored\n\nThe pier lights were restored on Sunday after a storm, the harbour master said.\n'
px add "$T/dotted"
expect_rc 0 "a folder with a dot in its name"
expect_in "$T/out" "Pier lights restored" "its file without an extension is imported"

# One event covered by many articles stays one story: as it comes to fill
# the store, its own words must not sink below each article's chance words.
python3 "$TOP/tests/bench/gen.py" 150 "$T/big" 150
"$PARALLAX" --db "$T/big.db" add "$T/big" > /dev/null 2>&1
expect_eq "$(sqlite3 -batch "$T/big.db" "SELECT count(*) FROM articles")" 150 "150 articles of one event imported"
expect_eq "$(sqlite3 -batch "$T/big.db" "SELECT count(*) FROM stories")" 1 "150 articles of one event make one story"
# ...while eight-article events in the same store stay apart.
python3 "$TOP/tests/bench/gen.py" 80 "$T/many" 8 1000
"$PARALLAX" --db "$T/big.db" add "$T/many" > /dev/null 2>&1
expect_eq "$(sqlite3 -batch "$T/big.db" "SELECT count(*) FROM stories")" 11 "ten more events make ten more stories"
# Two earthquakes dated the same day stay two stories beside a story that
# fills the store (its weighting must not blur theirs).
"$PARALLAX" --db "$T/big.db" add --date 2025-03-09 "$FIX/stories" > /dev/null 2>&1
expect_eq "$(sqlite3 -batch "$T/big.db" "SELECT count(DISTINCT story) FROM articles WHERE origin LIKE '%/stories/%'")" 4 "the fixtures' four events stay four stories beside it"
expect_eq "$(sqlite3 -batch "$T/big.db" "SELECT count(DISTINCT a.story) FROM articles a WHERE a.title LIKE '%Varnholt%' OR a.title LIKE '%Selvik%'")" 2 "the twin earthquakes stay apart"
