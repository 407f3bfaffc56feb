# A story large enough that computing its cross-reference takes a while:
# the interface is drawn first and says what it is doing, then shows the
# result; once cached, the story opens without a word.
. "$(dirname "$0")/lib.sh"
python3 "$TOP/tests/bench/gen.py" 1500 "$T/gen" 1500 > /dev/null
make_store "$T/gen"
n=$(sqlite3 "$DB" 'SELECT count(*) FROM stories')
[ "$n" = 1 ] && ok "1500 articles of one event: one story" ||
    fail "1500 articles of one event made $n stories"
sqlite3 "$DB" 'DELETE FROM xref_cache'

start 100 30
expect "Cross-referencing a story of 1500 articles…" "a large story says it is being cross-referenced" 20
expect "│Cross-referencing…" "the sidebar says so too"
expect "┌─ Reading " "the panes are drawn meanwhile"
expect "Ostbel" "the article is shown meanwhile"
if wait_gone "Cross-referencing" 120; then ok "the message goes when the work is done"
else fail "still cross-referencing"; sed 's/^/    | /' "$SCREEN"; fi
expect " shared" "then the story's shared claims are counted" 30
expect_not "No claims found here." "and the sidebar shows a claim"
keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits" || fail "Q: status $rc"

# Cached: no message at all.
start 100 30
expect "┌─ Reading " "reopened" 30
settle
expect_not "Cross-referencing" "a cached story opens without the message"
keys Q
wait_exit && [ "$rc" = 0 ] && ok "Q quits again" || fail "Q: status $rc"
