#!/bin/sh
# Feeds bench: 50 feeds of 100 items each fetched from a loopback server
# (tests/cli/feed-server.py) against the same 5000 articles imported from
# files with `add`, in the same run so that a noisy machine still gives a
# fair ratio.  Articles come from tests/bench/gen.py.  Not part of `make
# check`; run with `sh tests/bench/feeds.sh` after `make`.
set -eu
BUILD=${BUILD:-build}
TOP=$(pwd)
P=$TOP/$BUILD/parallax
W=${BENCH_DIR:-$TOP/build/bench}/feeds
NFEEDS=${BENCH_FEEDS:-50}
NITEMS=${BENCH_ITEMS:-100}
rm -rf "$W"
mkdir -p "$W/src" "$W/feeds"
python3 tests/bench/gen.py $((NFEEDS * NITEMS)) "$W/src" > /dev/null
# One RSS feed per NITEMS articles, the article text as content:encoded.
python3 - "$W/src" "$W/feeds" "$NFEEDS" "$NITEMS" <<'PY'
import html, os, sys
src, out, nf, ni = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(src) for f in fs)
for k in range(nf):
    items = []
    for i, path in enumerate(files[k * ni:(k + 1) * ni]):
        head, _, body = open(path).read().partition("\n\n")
        meta = dict(l.split(": ", 1) for l in head.splitlines() if ": " in l)
        paras = "".join("<p>%s</p>" % html.escape(p) for p in body.split("\n\n") if p.strip())
        items.append("<item><title>%s</title><guid>bench-%d-%d</guid>"
                     "<pubDate>%s</pubDate><content:encoded><![CDATA[%s]]>"
                     "</content:encoded></item>" % (html.escape(meta.get("Title", "")),
                     k, i, meta.get("Date", ""), paras))
    with open(os.path.join(out, "feed%02d.rss" % k), "w") as f:
        f.write('<?xml version="1.0"?><rss version="2.0" xmlns:content='
                '"http://purl.org/rss/1.0/modules/content/"><channel>'
                "<title>Bench %02d</title>%s</channel></rss>" % (k, "".join(items)))
PY
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy
python3 tests/cli/feed-server.py "$W/feeds" "$W/port" "$W/log" /dev/null &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
i=0
while [ ! -s "$W/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
B="http://127.0.0.1:$(cat "$W/port")"
k=0
while [ $k -lt "$NFEEDS" ]; do
	"$P" --db "$W/feeds.db" feed add "$B/feeds/feed$(printf %02d $k).rss" > /dev/null
	k=$((k + 1))
done
now() { date +%s.%N; }
t0=$(now)
"$P" --db "$W/files.db" add "$W/src" > /dev/null
t1=$(now)
"$P" --db "$W/feeds.db" fetch --quiet
t2=$(now)
"$P" --db "$W/feeds.db" fetch --quiet
t3=$(now)
n=$(sqlite3 "$W/feeds.db" "SELECT count(*) FROM articles")
awk -v t0="$t0" -v t1="$t1" -v t2="$t2" -v t3="$t3" -v n="$n" \
    -v nf="$NFEEDS" -v ni="$NITEMS" 'BEGIN {
	printf "feeds: %d feeds x %d items, %d articles imported\n", nf, ni, n
	printf "  add from files:        %6.2f s\n", t1 - t0
	printf "  fetch from loopback:   %6.2f s (%.2fx the files)\n", t2 - t1,
	    (t2 - t1) / (t1 - t0 > 0 ? t1 - t0 : 1e-3)
	printf "  fetch again (nothing new): %6.2f s\n", t3 - t2
}'
