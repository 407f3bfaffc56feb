#!/bin/sh
# Four imports into one store at once, with the interface open on it:
# every import finishes (no "database is locked"), the store holds each
# of the 1,000 articles once and is intact, and the interface, left
# alone, lists the new stories.
. "$(dirname "$0")/../e2e/lib.sh"

N=1000
python3 "$TOP/tests/bench/gen.py" $N "$T/in" > /dev/null
# Deal the articles round the four importers, keeping their outlet folders.
find "$T/in" -type f | sort | awk -v t="$T" '{
	k = NR % 4; o = $0; sub(/.*\/in\//, "", o)
	printf "%s\t%s/part%d/%s\n", $0, t, k, o }' |
while IFS='	' read -r from to; do
	mkdir -p "$(dirname "$to")"
	ln "$from" "$to"
done

mkdir -p "$XDG_CONFIG_HOME/parallax"
printf 'set sort title\nset refresh 1\n' > "$XDG_CONFIG_HOME/parallax/config"
start 100 30
expect "No stories yet." "the interface opens on an empty store"

for k in 0 1 2 3; do
	( "$PARALLAX" --db "$DB" add "$T/part$k" > "$T/add$k.out" \
	    2> "$T/add$k.err"; echo $? > "$T/add$k.rc" ) &
done
wait
for k in 0 1 2 3; do
	n=$(find "$T/part$k" -type f | wc -l)
	if [ "$(cat "$T/add$k.rc")" = 0 ] && [ ! -s "$T/add$k.err" ]; then
		ok "import $k of $n articles exits 0, silent on stderr"
	else
		fail "import $k: exit $(cat "$T/add$k.rc")"
		sed 's/^/    /' "$T/add$k.err" | head -5
	fi
done
if grep -qi "locked\|busy" "$T"/add*.err; then
	fail "an import met a locked store"
	grep -hi "locked\|busy" "$T"/add*.err | head -3
else
	ok "no import met a locked or busy store"
fi

sql() { sqlite3 -batch "$DB" "$1"; }
if [ "$(sql 'PRAGMA integrity_check')" = ok ]; then ok "integrity_check ok"
else fail "integrity_check: $(sql 'PRAGMA integrity_check' | head -3)"; fi
got=$(sql "SELECT count(*), count(DISTINCT origin), count(DISTINCT hash),
    (SELECT count(*) FROM claims),
    (SELECT count(*) FROM articles a WHERE NOT EXISTS
        (SELECT 1 FROM stories s WHERE s.id = a.story)) FROM articles")
if [ "$got" = "$N|$N|$N|$N|0" ]; then
	ok "$N articles, each once, each with its claims and its story"
else
	fail "articles|origins|hashes|claims|storyless: $got" \
	    "(wanted $N|$N|$N|$N|0)"
fi

# The interface reloads by itself and lists the stories, first by title.
first=$(sql "SELECT title FROM stories ORDER BY title LIMIT 1" | cut -c1-14)
expect "$first" "the interface lists the new stories" 20
expect_not "No stories yet." "the empty notice is gone"
if [ -s "$T/rc" ]; then fail "the interface exited: $(cat "$T/rc")"
else ok "the interface is still running"; fi
