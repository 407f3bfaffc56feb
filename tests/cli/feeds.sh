#!/bin/sh
# parallax feed and fetch against a loopback HTTP server of ours
# (feed-server.py): every format, full text of summary-only items,
# conditional requests, compression, redirects, and every way a feed can
# fail -- each named, none stopping the others.  Nothing leaves the machine.
. "$(dirname "$0")/lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
	ok "feeds: skipped, python3 is not installed"
	exit 0
fi
# The commands must be in the command table.
if ! "$PARALLAX" fetch --help >/dev/null 2>&1; then
	fail "feeds: 'parallax fetch' is not a command"
	exit 0
fi

# Proxies from the environment must not catch loopback requests.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
export no_proxy='*'

SECRET="$T/secret.txt"
echo "TOPSECRET-MARKER-7731" > "$SECRET"
LOG="$T/server.log"
: > "$LOG"
python3 "$TOP/tests/cli/feed-server.py" "$FIX/feeds" "$T/port" "$LOG" \
    "$SECRET" 2> "$T/server.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$T"' EXIT
trap 'exit 1' INT TERM HUP
i=0
while [ ! -s "$T/port" ] && [ $i -lt 100 ]; do
	kill -0 $SERVER 2>/dev/null || break
	sleep 0.1
	i=$((i + 1))
done
if [ ! -s "$T/port" ]; then
	fail "feeds: the test server did not start"
	cat "$T/server.err"
	exit 0
fi
B="http://127.0.0.1:$(cat "$T/port")"
count() { sql "SELECT count(*) FROM articles"; }

# ---- feed add, list ----
px feed add "$B/feeds/kestrel.rss" --source "Kestrel News"
expect_rc 0 "feed add"
expect_in "$T/out" "$B/feeds/kestrel.rss" "feed add prints the feed"
px feed add "$B/feeds/kestrel.rss"
expect_rc 0 "adding a followed feed again is no error"
expect_in "$T/err" "already followed as feed 1" "and says so"
px feed add file:///etc/passwd
expect_rc 2 "a file: address is refused"
expect_in "$T/err" "not an http or https address" "with its reason"
px feed add "javascript:alert(1)"
expect_rc 2 "a javascript: address is refused"
px feed add
expect_rc 2 "feed add without a URL is a usage error"
for u in "$B/gzip.atom" "$B/redirect.json" "$B/feeds/saltmere.rss" \
    "$B/feeds/hostile.rss"; do
	px feed add "$u"
done
px feed add --no-fulltext "$B/etag.rss"
expect_rc 0 "feed add --no-fulltext"
expect_eq "$(sql "SELECT count(*) FROM feeds")" 6 "six feeds followed"
px feed list
expect_rc 0 "feed list"
expect_in "$T/out" "never fetched" "feed list before any fetch"

# ---- the first fetch ----
px fetch
expect_rc 0 "fetch six good feeds"
expect_eq "$(sql "SELECT count(*) FROM articles a JOIN outlets o ON o.id = a.outlet WHERE o.name = 'Kestrel News'")" 2 "RSS items imported under --source"
expect_eq "$(sql "SELECT count(*) FROM articles a JOIN outlets o ON o.id = a.outlet WHERE o.name = 'Lantern Courier'")" 2 "an unnamed feed's outlet is its title"
expect_not_in "$LOG" "/lantern/" "no page fetched for a --no-fulltext feed"
expect_eq "$(sql "SELECT body FROM articles WHERE title LIKE 'School on Hollin%'")" "The only school on Hollin island will stay open for at least five more years after the council found money for a second teacher.

The school has eleven pupils." "an HTML summary becomes clean paragraphs"
expect_eq "$(sql "SELECT title || '|' || date || '|' || url FROM articles WHERE title LIKE 'Night trains%' LIMIT 1")" "Night trains return to the coast line|2025-04-11|$B/kestrel/night-trains" "title, date and link of an RSS item"
expect_eq "$(sql "SELECT count(*) FROM articles a JOIN outlets o ON o.id = a.outlet WHERE o.name = 'The Meridian Post'")" 2 "Atom over gzip, outlet from an html title"
expect_eq "$(sql "SELECT url FROM articles WHERE title = 'Water board empties Orlen reservoir'")" "$B/meridian/orlen" "Atom relative link resolved"
expect_in "$LOG" "/gzip.atom	parallax/" "compressed transfer asked for"
expect_eq "$(sql "SELECT body LIKE '%Tessel wells%' FROM articles WHERE title LIKE 'Orlen reservoir drained%'")" 1 "JSON Feed through a redirect"
expect_eq "$(sql "SELECT author FROM articles WHERE title = 'Water board empties Orlen reservoir'")" "Lena Hoff" "author from the feed"
expect_eq "$(sql "SELECT body LIKE '%640,000 crowns%' FROM articles WHERE title LIKE 'Lighthouse keepers%'")" 1 "full text fetched for a summary-only item"
expect_eq "$(sql "SELECT body LIKE '%Sign up%' OR body LIKE '%Most read%' FROM articles WHERE title LIKE 'Lighthouse keepers%'")" 0 "page furniture dropped from the fetched page"
expect_eq "$(sql "SELECT body FROM articles WHERE title = 'Missing page'")" "The page of this item is gone, so the summary itself is kept as the article text." "a page that fails leaves the summary"
expect_in "$T/out" "1 page not fetched (summary kept)" "and the feed's line says so"
expect_eq "$(sql "SELECT url IS NULL FROM articles WHERE title = 'Script link'")" 1 "a javascript: link is not kept"
expect_eq "$(sql "SELECT url IS NULL FROM articles WHERE title = 'File link'")" 1 "a file: link is not kept"
expect_not_in "$LOG" "never-javascript" "a javascript: link is never followed"
expect_in "$LOG" "parallax/0.1.0 (+terminal news reader)" "User-Agent"
expect_not_in "$T/out" "$(printf '\302\233')" "no C1 control from a feed title reaches the terminal"
expect_in "$T/out" "Hostile" "the hostile feed is named"
n1=$(count)
expect_eq "$n1" 12 "twelve articles from six feeds"
expect_eq "$(sql "SELECT count(*) FROM feed_items WHERE article IS NOT NULL")" 12 "every item recorded with its article"

# ---- fetching again adds nothing ----
: > "$LOG"
px fetch
expect_rc 0 "fetch again"
expect_eq "$(count)" "$n1" "fetching twice adds nothing"
expect_in "$LOG" "/etag.rss	parallax/0.1.0 (+terminal news reader)	\"lantern-v1\"" "If-None-Match sent with the stored ETag"
expect_in "$T/out" ": not modified" "a 304 is reported as not modified"
expect_not_in "$LOG" "saltmere-cottages" "known items' pages are not fetched again"
px feed list --json
expect_rc 0 "feed list --json"
expect_eq "$(jq -r '.feeds[] | select(.url | endswith("/etag.rss")) | .last_status' "$T/out")" 304 "last status kept"
expect_eq "$(jq -r '.feeds[0] | [.id, .source, .title, .fulltext, .articles, .last_error] | @tsv' "$T/out")" "1	Kestrel News	Kestrel News: Top stories	true	2	" "feed list --json fields"

# ---- failures: each named, none stopping the others ----
for u in /missing /error /stall /loop /oversize.rss /gzip-bomb.rss \
    /feeds/broken.rss /feeds/bomb.rss /feeds/xxe.rss /redirect-file; do
	px feed add "$B$u"
done
px feed add "$B/feeds/kestrel.rss?again" --source "Kestrel Again"
PARALLAX_FETCH_TIMEOUT=2 px fetch --jobs 20
expect_rc 1 "a fetch with failing feeds exits 1"
expect_in "$T/err" "HTTP 404" "404 named"
expect_in "$T/err" "HTTP 500" "500 named"
expect_in "$T/err" "timed out after 2 s" "a stalled server times out"
expect_in "$T/err" "too many redirects (more than 5)" "a redirect loop stops"
expect_eq "$(grep -c 'larger than 10 MiB' "$T/err")" 2 "oversize and gzip bomb stop at 10 MiB"
expect_in "$T/err" "broken.rss: parse error at line 6: " "malformed XML named with its line"
expect_in "$T/err" "bomb.rss: parse error at line 3: the document declares an entity (a)" "entity bomb refused"
expect_in "$T/err" "xxe.rss: parse error at line 3: the document declares an entity (leak)" "external entity refused"
expect_in "$T/err" "redirect-file: not an http or https address" "a redirect to file: is refused"
expect_in "$T/err" "10 failed" "the summary counts the failures"
expect_in "$T/out" "Kestrel Again: 0 new articles, 2 already in the store" "the good feed among them still imported"
expect_not_in "$T/out" "TOPSECRET" "the secret file never shows"
expect_eq "$(sql "SELECT count(*) FROM articles WHERE body LIKE '%TOPSECRET%' OR title LIKE '%TOPSECRET%'")" 0 "the secret file never reaches the store"
expect_eq "$(sql "SELECT last_error FROM feeds WHERE url LIKE '%/missing'")" "HTTP 404" "the failure is kept with the feed"
px feed list
expect_in "$T/out" "failed: HTTP 500" "feed list shows the last failure"

# ---- --quiet, fetching some feeds ----
px fetch --quiet 1 "$B/gzip.atom"
expect_rc 0 "fetch --quiet of two named feeds"
expect_eq "$(cat "$T/out" "$T/err")" "" "--quiet prints nothing when all is well"
px fetch --quiet "$B/missing"
expect_rc 1 "fetch --quiet of a failing feed"
expect_eq "$(cat "$T/out")" "" "--quiet: nothing on stdout"
expect_in "$T/err" "HTTP 404" "--quiet still names the failure"
px fetch 999
expect_rc 2 "fetching a feed not followed is a usage error"
expect_in "$T/err" "999: no such feed is followed" "and says which"
px fetch --jobs 0
expect_rc 2 "--jobs 0 is a usage error"

# ---- feed rm, export, import ----
px feed export
expect_rc 0 "feed export"
cp "$T/out" "$T/export.opml"
expect_in "$T/export.opml" "xmlUrl=\"$B/feeds/kestrel.rss\"" "export lists the feeds"
expect_in "$T/export.opml" "title=\"Kestrel News\"" "export names them"
px feed rm 1
expect_rc 0 "feed rm by id"
px feed rm "$B/gzip.atom"
expect_rc 0 "feed rm by URL"
px feed rm 1
expect_rc 1 "removing a feed not followed"
expect_eq "$(sql "SELECT count(*) FROM feeds")" 15 "two feeds removed"
expect_eq "$(count)" "$n1" "articles stay when their feed goes"
px feed import "$T/export.opml"
expect_rc 0 "feed import of the export"
expect_in "$T/err" "2 feeds added, 15 already followed, 0 refused" "import adds only what is missing"
expect_eq "$(sql "SELECT source FROM feeds WHERE url = '$B/feeds/kestrel.rss'")" "Kestrel News" "import keeps the names"
sed "s|{BASE}|$B|g" "$FIX/feeds/feeds.opml" > "$T/in.opml"
rm -f "$DB" "$DB-wal" "$DB-shm"
px feed import "$T/in.opml"
expect_rc 1 "an OPML with a file: outline exits 1"
expect_in "$T/err" "2 feeds added, 0 already followed, 1 refused" "and counts it"
px feed import "$T/missing.opml"
expect_rc 2 "importing a missing file"
printf '<opml><body><outline xmlUrl="x"' > "$T/bad.opml"
px feed import "$T/bad.opml"
expect_rc 2 "importing malformed OPML"
expect_in "$T/err" "line 1" "with its line"
px fetch
expect_rc 0 "fetch after import"
expect_eq "$(count)" 6 "imported feeds fetch"
