# A story large enough that computing its cross-reference takes a while:
# it is computed in the background while the interface is drawn, says
# what it is doing and answers keys; then the result is shown; once
# cached, the story opens without a word.  Quitting midway stops the
# work, and a store another process is writing to does not hold the
# result back.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../lock.sh"
python3 "$TOP/tests/bench/gen.py" 1500 "$T/gen" 1500 > /dev/null
make_store "$T/gen"
n=$(sqlite3 "$DB" 'SELECT count(*) FROM stories')
[ "$n" = 1 ] && ok "1500 articles of one event: one story" ||
    fail "1500 articles of one event made $n stories"
sqlite3 "$DB" 'DELETE FROM xref_cache'
ncached() { sqlite3 "$DB" '.timeout 5000' 'SELECT count(*) FROM xref_cache'; }

start 100 30
expect "Cross-referencing a story of 1500 articles…" "a large story says it is being cross-referenced" 20
expect "│Cross-referencing…" "the sidebar says so too"
expect "┌─ Reading " "the panes are drawn meanwhile"
expect "Ostbel" "the article is shown meanwhile"
keys '?'
expect "Help: keys" "a key is answered meanwhile"
keys q
# The matrix needs the claims: meanwhile it says they are coming (unless
# the work ended first, on a fast machine).
keys m
i=0
while [ $i -lt 100 ]; do
	screen
	grep -q "still being cross-referenced\|Matrix: " "$SCREEN" && break
	i=$((i + 1))
	sleep 0.05
done
if grep -q "The story's claims are still being cross-referenced." "$SCREEN"; then
	ok "the matrix says the claims are still being worked out"
elif grep -q "Matrix: " "$SCREEN"; then
	ok "the matrix opened (the work ended before the key)"
	keys Escape
else
	fail "m while computing: neither the message nor the matrix"
	sed 's/^/    | /' "$SCREEN"
fi
if wait_gone "Cross-referencing" 120; then ok "the message goes when the work is done"
else fail "still cross-referencing"; sed 's/^/    | /' "$SCREEN"; fi
expect " shared" "then the story's shared claims are counted" 30
expect_not "No claims found here." "and the sidebar shows a claim"
keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits" || fail "Q: status $rc"
n=$(ncached)
[ "$n" = 1 ] && ok "the result is cached" || fail "$n cached stories"

# Cached: no message at all.
start 100 30
expect "┌─ Reading " "reopened" 30
settle
expect_not "Cross-referencing" "a cached story opens without the message"
keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits again" || fail "Q: status $rc"

# Quitting midway: the work gives up at once and caches nothing (done
# in the foreground, the work would finish first and cache the story).
sqlite3 "$DB" 'DELETE FROM xref_cache'
start 100 30
expect "Cross-referencing a story of 1500 articles…" "computing again" 20
keys Q
wait_exit 10 && [ "$rc" = 0 ] && ok "Q quits midway" ||
    fail "Q midway: status $rc"
n=$(ncached)
[ "$n" = 0 ] && ok "the work given up caches nothing" ||
    fail "$n cached stories after quitting midway"

# Another process holds the write lock (an import, say): the result is
# shown meanwhile, and cached once the lock is free, while the interface
# runs on.  Quitting while the cache write waits does not wait for it.
sqlite3 "$DB" 'DELETE FROM xref_cache'
hold_lock "$DB"
start 100 30
expect "Cross-referencing a story of 1500 articles…" "computing with the store locked" 20
if wait_gone "Cross-referencing" 120; then ok "the claims are shown while the store is locked"
else fail "still cross-referencing with the store locked"; fi
expect_not "No claims found here." "the sidebar shows a claim"
n=$(ncached)
[ "$n" = 0 ] && ok "nothing is cached while the store is locked" ||
    fail "$n cached stories while the store is locked"
free_lock
i=0
while [ "$(ncached)" != 1 ] && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
[ $i -lt 100 ] && ok "cached once the lock is free" ||
    fail "not cached after the lock was freed"
keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits" || fail "Q: status $rc"

sqlite3 "$DB" 'DELETE FROM xref_cache'
hold_lock "$DB"
start 100 30
expect "Cross-referencing a story of 1500 articles…" "locked again" 20
wait_gone "Cross-referencing" 120
keys Q
wait_exit 5 && [ "$rc" = 0 ] && ok "Q does not wait for the cache write" ||
    fail "Q while the cache write waits: status $rc"
free_lock
n=$(ncached)
[ "$n" = 0 ] && ok "and the write is given up" ||
    fail "$n cached stories after quitting with the store locked"

# A large story left and opened again while the store cannot be written:
# its result is kept, so it is shown at once instead of being computed
# again (nothing could be cached meanwhile).
"$PARALLAX" --db "$DB" add "$FIX/stories/Kestrel News/caldmouth-dockers-vote-return.txt" > /dev/null
sqlite3 "$DB" 'DELETE FROM xref_cache'
hold_lock "$DB"
start 100 30
expect "Dockworkers in Caldmouth" "the newest story, a small one, opens first" 20
keys /
expect "Search:" "/ to find the large story"
keys Tekjor Enter
expect "┌─ Search: Tekjor" "its articles are found"
keys Enter
expect "Cross-referencing a story of 1500 articles…" "the large story is computed" 20
if wait_gone "Cross-referencing" 120; then ok "and shown"
else fail "still cross-referencing the large story"; fi
keys /
expect "Search:" "/ to go back to the small story"
keys Caldmouth Enter
expect "┌─ Search: Caldmouth" "it is found"
keys Enter
expect "Dockworkers in Caldmouth" "the small story is read"
keys BSpace
expect "Tekjor" "Backspace goes back to the large story"
settle
expect_not "Cross-referencing" "the large story's claims are shown again at once"
expect_not "No claims found here." "and its sidebar shows a claim"
n=$(ncached)
[ "$n" = 0 ] && ok "(nothing was cached meanwhile)" ||
    fail "$n cached stories with the store locked"
keys Q
wait_exit 5 && [ "$rc" = 0 ] && ok "Q quits" || fail "Q: status $rc"
free_lock
