#!/bin/sh
# reindex: the claims an older parallax cut (or none) are cut again with
# the present rules, giving what an import gives today; the cross-reference
# follows, xref and a migrated store say when it is needed, and a store of
# schema 4 gains the version column.
. "$(dirname "$0")/lib.sh"

px add "$FIX/stories"
expect_rc 0 "import the fixture stories"
narticles=$(sql "SELECT count(*) FROM articles")
px reindex
expect_rc 0 "reindex a store cut by this version"
expect_in "$T/out" "the claims of every article are up to date" "nothing to cut again"
sql "SELECT article, count, data FROM claims ORDER BY article" > "$T/claims.before"
px xref --json
cp "$T/out" "$T/xref.before"
expect_eq "$(sql 'SELECT DISTINCT cut FROM claims')" "$(sed -n 's/^#define CLAIM_CUT_VERSION[^0-9]*\([0-9]*\).*/\1/p' "$TOP/include/parallax/claim.h")" \
	"claims are stored with the version that cut them"

# Two articles of two stories whose claims an old parallax cut (here:
# none at all), and no cross-reference cached from before.
a1=$(sql "SELECT min(id) FROM articles")
a2=$(sql "SELECT min(id) FROM articles WHERE story != (SELECT story FROM articles WHERE id = $a1)")
sql "UPDATE claims SET count = 0, data = '', cut = 0 WHERE article IN ($a1, $a2); DELETE FROM xref_cache"
px xref --json
expect_rc 0 "xref of a store with old claims"
expect_in "$T/err" "2 articles were cut into claims by an older parallax; \`parallax reindex\` cuts them again" \
	"xref says that some claims are old"
if cmp -s "$T/out" "$T/xref.before"; then fail "old claims change what xref finds"
else ok "old claims change what xref finds"; fi

sql "SELECT id, updated FROM stories ORDER BY id" > "$T/times.before"
sleep 1
px reindex
expect_rc 0 "reindex the old claims"
expect_eq "$(sql 'SELECT id, updated FROM stories ORDER BY id')" "$(cat "$T/times.before")" \
	"stories keep their time (and their place among the newest)"
expect_in "$T/out" "cut the claims of 2 articles again, in 2 stories" "reindex says what it cut"
sql "SELECT article, count, data FROM claims ORDER BY article" > "$T/claims.after"
if cmp -s "$T/claims.before" "$T/claims.after"; then ok "the claims cut again are the ones an import cuts"
else fail "the claims cut again are the ones an import cuts"; diff "$T/claims.before" "$T/claims.after" | head -5; fi
px xref --json
expect_not_in "$T/err" "older parallax" "no more old claims to mention"
if cmp -s "$T/out" "$T/xref.before"; then ok "the cached cross-reference is computed again"
else fail "the cached cross-reference is computed again"; fi

px reindex --all
expect_rc 0 "reindex --all"
expect_in "$T/out" "cut the claims of $narticles articles again, in 4 stories" "--all cuts every article"
sql "SELECT article, count, data FROM claims ORDER BY article" > "$T/claims.all"
if cmp -s "$T/claims.before" "$T/claims.all"; then ok "--all changes no claim of this version"
else fail "--all changes no claim of this version"; fi

# A story titled by an older rule gets the title an import gives today.
story=$(sql "SELECT story FROM articles WHERE id = $a1")
title=$(sql "SELECT title FROM stories WHERE id = $story")
sql "UPDATE claims SET cut = 0 WHERE article IN ($a1, $a2); UPDATE stories SET title = 'An older title' WHERE id = $story"
px reindex --story "$story"
expect_rc 0 "reindex --story"
expect_in "$T/out" "cut the claims of 1 article again, in 1 story" "--story cuts only that story's"
expect_eq "$(sql "SELECT title FROM stories WHERE id = $story")" "$title" "the story's title is chosen again"
expect_eq "$(sql 'SELECT count(*) FROM claims WHERE cut = 0')" 1 "the other story's article is left for later"
px reindex --story "$story"
expect_in "$T/out" "the claims of story $story are up to date" "--story of an up-to-date story"
px reindex
expect_in "$T/out" "cut the claims of 1 article again, in 1 story" "the rest on the next run"

px reindex --story 999
expect_rc 1 "reindex --story of no story"
expect_in "$T/err" "no story 999" "the missing story is named"
px reindex --story x
expect_rc 2 "reindex --story of no number"
px reindex extra
expect_rc 2 "reindex takes no operand"
expect_in "$T/err" "usage: parallax reindex [--all] [--story ID]" "the usage line"
px reindex --help
expect_rc 0 "reindex --help"
expect_in "$T/out" "usage: parallax reindex" "reindex --help gives the usage"

# A store of schema 4, before claims kept their version: migrated on
# opening, every article's claims counted old, then cut again.
sql "DROP INDEX claims_cut; ALTER TABLE claims DROP COLUMN cut; PRAGMA user_version = 4"
px list
expect_rc 0 "a schema-4 store opens"
expect_eq "$(sql 'PRAGMA user_version')" 5 "and is migrated"
expect_eq "$(sql 'SELECT count(*) FROM claims WHERE cut = 0')" "$narticles" "its claims count as cut by an older parallax"
px xref
expect_in "$T/err" "$narticles articles were cut into claims by an older parallax" "xref says so"
px reindex
expect_in "$T/out" "cut the claims of $narticles articles again, in 4 stories" "reindex cuts them all"
sql "SELECT article, count, data FROM claims ORDER BY article" > "$T/claims.migrated"
if cmp -s "$T/claims.before" "$T/claims.migrated"; then ok "into the claims an import cuts"
else fail "into the claims an import cuts"; fi

# More than one batch of 500, cut on several threads: the claims an old
# parallax left in three articles of four (825: two batches) are cut
# again, into what the import cut.
python3 "$TOP/tests/bench/gen.py" 1100 "$T/many" > /dev/null
DB="$T/many.db"
px add "$T/many"
expect_rc 0 "import 1,100 articles"
sql "SELECT article, count, data FROM claims ORDER BY article" > "$T/many.before"
sql "UPDATE claims SET count = 0, data = '', cut = 0 WHERE article % 4 != 0"
stale=$(sql "SELECT count(*) FROM claims WHERE cut = 0")
px reindex
expect_rc 0 "reindex two batches"
expect_in "$T/out" "cut the claims of $stale articles again" "reindex cuts the $stale old ones"
expect_eq "$(sql 'SELECT count(*) FROM claims WHERE cut = 0')" 0 "none is left old"
sql "SELECT article, count, data FROM claims ORDER BY article" > "$T/many.after"
if cmp -s "$T/many.before" "$T/many.after"; then ok "the batches cut what the import cut"
else fail "the batches cut what the import cut"; fi
