#!/bin/sh
# A crash mid-import loses nothing and half-writes nothing: an `add` of
# 1,000 articles is killed with SIGKILL at twenty-odd moments (a fixed
# sequence of delays, growing from 5 ms and starting again once an import
# outruns them).  After every kill the program opens the store, SQLite
# finds it intact, and the batch is all there or not there at all: no
# article without its claims or its story, no story without articles, a
# full-text index that agrees with the articles.  A last add completes.
. "$(dirname "$0")/lib.sh"

N=1000
# Small fictional articles (about 500 bytes) from ten outlets, so that an
# import is short and the delays below reach its end, the commit included.
python3 - "$T/in" $N <<'PY'
import os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
r = random.Random(11)
syl = ["ka", "lo", "ven", "dar", "mi", "tor", "sel", "un", "bra", "qui"]
def word():
    return "".join(r.choice(syl) for _ in range(r.randint(2, 3)))
for i in range(n):
    d = os.path.join(out, "Outlet %d" % (i % 10))
    os.makedirs(d, exist_ok=True)
    place, who = word().capitalize(), word().capitalize()
    body = []
    for _ in range(4):
        body.append("%s %s %s in %s, %s said on day %d." % (
            word().capitalize(), word(), word(), place, who, i))
    with open(os.path.join(d, "a%04d.txt" % i), "w") as f:
        f.write("Title: %s %s in %s\nDate: 2025-%02d-%02d\n\n%s\n" % (
            word().capitalize(), word(), place, i % 12 + 1, i % 28 + 1,
            "\n\n".join(body)))
PY

# state: "ARTICLES CLAIMS-MISSING ORPHAN-CLAIMS LOST-STORY EMPTY-STORIES"
state() {
	sql "SELECT (SELECT count(*) FROM articles),
	    (SELECT count(*) FROM articles a WHERE NOT EXISTS
	        (SELECT 1 FROM claims c WHERE c.article = a.id)),
	    (SELECT count(*) FROM claims c WHERE NOT EXISTS
	        (SELECT 1 FROM articles a WHERE a.id = c.article)),
	    (SELECT count(*) FROM articles a WHERE a.story IS NULL OR
	        NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story)),
	    (SELECT count(*) FROM stories s WHERE NOT EXISTS
	        (SELECT 1 FROM articles a WHERE a.story = s.id))" |
	    tr '|' ' '
}

# consistent: the store opens and is whole; prints what is wrong, if any
consistent() {
	"$PARALLAX" --db "$DB" list > /dev/null 2> "$T/list.err" ||
	    { echo "list fails: $(head -1 "$T/list.err")"; return 1; }
	ic=$(sql 'PRAGMA integrity_check' 2>&1)
	[ "$ic" = ok ] || { echo "integrity_check: $ic"; return 1; }
	sql "INSERT INTO articles_fts (articles_fts)
	    VALUES ('integrity-check')" > "$T/fts.err" 2>&1 ||
	    { echo "full-text index: $(head -1 "$T/fts.err")"; return 1; }
	set -- $(state)
	case $1 in 0|$N) ;; *) echo "$1 articles: a half batch"; return 1;; esac
	[ "$2 $3 $4 $5" = "0 0 0 0" ] ||
	    { echo "articles without claims $2, orphan claims $3," \
	    "articles without story $4, empty stories $5"; return 1; }
	return 0
}

kills=0 trials=0 done_early=0 bad=0 i=0
# At least twenty kills, and at least one import that outran its delay:
# the delays then covered the whole import, commit included.
while { [ $kills -lt 20 ] || [ $done_early -lt 1 ]; } && [ $trials -lt 60 ]
do
	ms=$(awk -v i=$i 'BEGIN { printf "%d", 5 * 1.3 ^ i }')
	"$PARALLAX" --db "$DB" add "$T/in" > /dev/null 2> "$T/add.err" &
	pid=$!
	sleep "$(awk -v m="$ms" 'BEGIN { printf "%.3f", m / 1000 }')"
	kill -KILL $pid 2> /dev/null
	wait $pid 2> /dev/null
	st=$?
	trials=$((trials + 1))
	i=$((i + 1))
	if [ $st -eq 137 ]; then
		kills=$((kills + 1))
	elif [ $st -eq 0 ]; then
		# The import outran this delay: start again from an empty
		# store and from short delays.
		done_early=$((done_early + 1))
		i=$((i / 3))
	else
		fail "add before kill after $ms ms: exit $st"
		sed 's/^/    /' "$T/add.err" | head -5
		bad=$((bad + 1))
	fi
	if ! why=$(consistent); then
		fail "after a kill at $ms ms: $why"
		bad=$((bad + 1))
		break
	fi
	[ $st -eq 0 ] && rm -f "$DB" "$DB-wal" "$DB-shm"
done
if [ $kills -ge 20 ] && [ $done_early -ge 1 ] && [ $bad -eq 0 ]; then
	ok "$kills imports killed mid-way ($done_early finished first):" \
	    "store whole, batches all or nothing"
elif [ $bad -eq 0 ]; then
	fail "$kills of $trials imports killed mid-way, $done_early" \
	    "finished first: the delays did not cover an import"
fi

px add "$T/in"
expect_rc 0 "a complete add after the crashes"
expect_eq "$(state)" "$N 0 0 0 0" \
    "all $N articles, each with its claims and story"
if why=$(consistent); then ok "the store is whole after the last add"
else fail "after the last add: $why"; fi
px add "$T/in"
expect_eq "$(sql 'SELECT count(*) FROM articles')" $N \
    "importing again adds no duplicates"
