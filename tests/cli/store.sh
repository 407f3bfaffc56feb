#!/bin/sh
# The store: created with its folders, refuses what is not a parallax store
# and leaves it byte-for-byte untouched, works for two writers at once.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../lock.sh"

art() {	# art FILE TITLE: a small article
	mkdir -p "$(dirname "$1")"
	printf 'Title: %s\nSource: Test Wire\n\nThe %s happened on Tuesday in the town of Orlen, officials said.\n\nA second paragraph says more about the %s.\n' "$2" "$2" "$2" > "$1"
}
art "$T/a.txt" "ferry strike"

# Default path under XDG_DATA_HOME, folders created 0700.
"$PARALLAX" add "$T/a.txt" > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0 "add to the default store"
if [ -f "$XDG_DATA_HOME/parallax/store.db" ]; then ok "default store under XDG_DATA_HOME"
else fail "default store under XDG_DATA_HOME missing"; fi
expect_eq "$(stat -c %a "$XDG_DATA_HOME/parallax")" 700 "store folder is mode 0700"

# Pragmas and schema version.
px add "$T/a.txt"
expect_eq "$(sql 'PRAGMA journal_mode')" wal "store is in WAL mode"
expect_eq "$(sql 'PRAGMA user_version')" 5 "schema version in user_version"
expect_eq "$(sql 'PRAGMA application_id')" 1886547064 "application_id marks the store"

# Files that are not parallax stores: refused with exit 2, untouched.
refuse() {	# refuse FILE DESC REASON
	sum=$(sha256sum "$1" | cut -d' ' -f1)
	"$PARALLAX" --db "$1" list > "$T/out" 2> "$T/err"; rc=$?
	expect_rc 2 "$2 refused"
	expect_in "$T/err" "$3" "$2: reason given"
	expect_eq "$(sha256sum "$1" | cut -d' ' -f1)" "$sum" "$2 left byte-for-byte untouched"
	if [ -e "$1-wal" ] || [ -e "$1-journal" ] || [ -e "$1-shm" ]; then
		fail "$2: SQLite side files created"
	else ok "$2: no side files created"; fi
}
head -c 8192 /dev/urandom > "$T/random.db"
refuse "$T/random.db" "random bytes" "not a parallax store"
printf 'just some notes\nnothing more\n' > "$T/notes.txt"
refuse "$T/notes.txt" "a text file" "not a parallax store"
sqlite3 "$T/other.db" 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
refuse "$T/other.db" "another program's database" "another program"
cp "$DB" "$T/full.db"
sqlite3 "$T/full.db" 'PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;' >/dev/null
head -c 4096 "$T/full.db" > "$T/trunc.db"
refuse "$T/trunc.db" "a truncated store" "truncated"
cp "$T/full.db" "$T/newer.db"
sqlite3 "$T/newer.db" 'PRAGMA user_version = 99;'
refuse "$T/newer.db" "a store from a newer version" "newer parallax"
# An older store is brought up to date, its articles kept.
cp "$T/full.db" "$T/old.db"
sqlite3 "$T/old.db" 'DROP INDEX claims_cut; ALTER TABLE claims DROP COLUMN cut; DROP INDEX articles_story_outlet; DROP INDEX xref_cache_count; PRAGMA user_version = 2;'
"$PARALLAX" --db "$T/old.db" list > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0 "an older store opens"
expect_eq "$(sqlite3 "$T/old.db" 'PRAGMA user_version')" 5 "an older store is migrated"
expect_eq "$(sqlite3 "$T/old.db" "SELECT count(*) FROM sqlite_schema WHERE name = 'articles_story_outlet'")" 1 "the migration's index exists"
expect_in "$T/out" "ferry strike" "the migrated store keeps its articles"
expect_eq "$(sqlite3 "$T/old.db" "SELECT count(*) FROM claims WHERE cut = 0")" "$(sqlite3 "$T/old.db" "SELECT count(*) FROM articles")" \
	"its claims count as cut by an older parallax"

# A store from before version 4 holds claims in the first, longer form:
# written back in that form, the cross-reference of every story reads the
# same, and new articles beside them are written in the second form.
"$PARALLAX" --db "$T/c1.db" add "$FIX/stories" > /dev/null 2>&1
"$PARALLAX" --db "$T/c1.db" xref --json > "$T/xref2.json" 2> "$T/err"
python3 - "$T/c1.db" <<'PY'
import sqlite3, sys
def first_form(feat):
    out = []
    for i, l in enumerate(feat.split("\n")):
        if i == 0 and l.startswith("c2 "):
            l = "c1 " + l[3:]
        elif l[:1].isdigit():
            p = l.split(" ")
            word = p[0][1:]
            stem = p[1] if len(p) > 1 else "="
            name = p[2] if len(p) > 2 else "-"
            l = "w %s %s %s %s" % (p[0][0], word, stem,
                word if name == "=" else name)
        out.append(l)
    return "\n".join(out).encode()
db = sqlite3.connect(sys.argv[1])
for art, data in db.execute("SELECT article, data FROM claims").fetchall():
    b, o = data.encode(), b""
    while b:
        head, b = b.split(b"\n", 1)
        n = int(head.split()[4])
        feat, b = first_form(b[:n].decode()), b[n:]
        f = head.split()
        f[4] = str(len(feat)).encode()
        o += b" ".join(f) + b"\n" + feat
    db.execute("UPDATE claims SET data = ? WHERE article = ?", (o.decode(), art))
db.execute("DELETE FROM xref_cache")
db.execute("DROP INDEX claims_cut")
db.execute("ALTER TABLE claims DROP COLUMN cut")
db.execute("PRAGMA user_version = 3")
db.commit()
PY
expect_eq "$(sqlite3 "$T/c1.db" "SELECT count(*) FROM claims WHERE data LIKE '%c2 %'")" 0 "the store holds the first form only"
"$PARALLAX" --db "$T/c1.db" xref --json > "$T/xref1.json" 2> "$T/err"; rc=$?
expect_rc 0 "xref of a store in the first form"
if cmp -s "$T/xref1.json" "$T/xref2.json"; then ok "the first form reads as the second"
else fail "xref differs between the two forms"; fi
expect_eq "$(sqlite3 "$T/c1.db" 'PRAGMA user_version')" 5 "the first-form store is migrated"
art "$T/late.txt" "harbour fire"
"$PARALLAX" --db "$T/c1.db" add "$T/late.txt" > /dev/null 2>&1
expect_eq "$(sqlite3 "$T/c1.db" "SELECT substr(data, instr(data, char(10)) + 1, 3) FROM claims ORDER BY article DESC LIMIT 1")" "c2 " "a new article is written in the second form"
"$PARALLAX" --db "$T/nodir/x/store.db" list > "$T/out" 2> "$T/err"; rc=$?
expect_rc 2 "a --db in a missing folder is an error"

# Two add processes on one store at once both succeed.
for i in $(seq 1 30); do art "$T/p1/a$i.txt" "harbour fire number $i"; art "$T/p2/b$i.txt" "bridge vote number $i"; done
"$PARALLAX" --db "$T/two.db" add "$T/p1" > "$T/o1" 2> "$T/e1" & p1=$!
"$PARALLAX" --db "$T/two.db" add "$T/p2" > "$T/o2" 2> "$T/e2" & p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
expect_eq "$r1 $r2" "0 0" "two concurrent add processes both succeed"
cat "$T/e1" "$T/e2" | sed "s/^/    /"
DB="$T/two.db"
expect_eq "$(sql 'SELECT count(*) FROM articles')" 60 "both batches are in the store"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "store integrity after concurrent adds"
# While another process holds the write lock (an import runs), reading
# commands neither wait for it nor fail: opening a store that is up to
# date takes no lock.
hold_lock "$DB" "INSERT INTO outlets (name) VALUES ('Lock Holder');"
timeout 20 "$PARALLAX" --db "$DB" list > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0 "list while another process holds the write lock"
grep -q 'harbour fire number' "$T/out" && ok "and it lists the stored articles" ||
    fail "the list lacks an article: $(head -3 "$T/out")"
timeout 20 "$PARALLAX" --db "$DB" search harbour > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0 "search while another process holds the write lock"
# Their cross-references cannot be cached meanwhile: xref and show give
# the cache up rather than wait a minute a story.
expect_eq "$(sql 'SELECT count(*) FROM xref_cache')" 0 "no story is cached yet"
timeout 20 "$PARALLAX" --db "$DB" xref > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0 "xref of every story while another process holds the write lock"
grep -q 'shared claims$' "$T/out" && ok "and it shows the stories" ||
    fail "xref lacks the stories: $(head -3 "$T/out")"
timeout 20 "$PARALLAX" --db "$DB" show 1 > "$T/out" 2> "$T/err"; rc=$?
expect_rc 0 "show while another process holds the write lock"
free_lock ROLLBACK
# Both creating the store: neither takes the other's half-made store for a
# foreign database (a race that lost about one time in twenty).
lost=0
for k in 1 2 3 4 5 6 7 8 9 10; do
	"$PARALLAX" --db "$T/race$k.db" add "$T/p1/a1.txt" > /dev/null 2> "$T/e1" & p1=$!
	"$PARALLAX" --db "$T/race$k.db" add "$T/p2/b1.txt" > /dev/null 2> "$T/e2" & p2=$!
	wait $p1 || lost=$((lost + 1))
	wait $p2 || lost=$((lost + 1))
	[ "$(sqlite3 "$T/race$k.db" 'SELECT count(*) FROM articles')" = 2 ] || lost=$((lost + 1))
done
expect_eq "$lost" 0 "two processes creating one store at once, ten times"
