#!/bin/sh
# The claim engine on our fixtures: four stories (two twin earthquakes
# kept apart), shared quotes and facts found across outlets, differences
# recorded, unique facts left alone, and the xref JSON contract.
. "$(dirname "$0")/lib.sh"

px add "$FIX/stories"
expect_rc 0 "import the fixture stories"
px list --json
cp "$T/out" "$T/list.json"
px xref --json
expect_rc 0 "xref --json"
cp "$T/out" "$T/xref.json"
for id in $(sql "SELECT id FROM articles"); do
	"$PARALLAX" --db "$DB" show --json "$id" > "$T/show-$id.json"
done

python3 - "$T" <<'PY'
import json, os, sys
T = sys.argv[1]
lst = json.load(open(os.path.join(T, "list.json")))
xr = json.load(open(os.path.join(T, "xref.json")))
bodies = {}
for name in os.listdir(T):
    if name.startswith("show-"):
        a = json.load(open(os.path.join(T, name)))
        bodies[a["id"]] = a["body"].encode()

def check(cond, desc):
    print(("ok - " if cond else "FAIL - ") + desc)

# Grouping: by the file names each story holds.
def key(path):
    for k, words in (("A", "varnholt"), ("B", "caldmouth"), ("C", "corvel"), ("D", "selvik")):
        if words in path:
            return k
    return "?"
groups = sorted("".join(sorted(key(a["origin"]) for a in s["articles"])) for s in lst["stories"])
check(groups == ["AAAAA", "BBBBB", "CCCCC", "DDD"], "four stories, the twin earthquakes apart (%s)" % groups)

stories = {}
for s in xr["stories"]:
    ks = {key(a["origin"]) for a in s["articles"]}
    if len(ks) == 1:
        stories[ks.pop()] = s
src = {a["id"]: a["source"] for s in xr["stories"] for a in s["articles"]}

# The contract: text is exactly the bytes of the body at start/end.
exact = all(bodies[m["article"]][m["start"]:m["end"]].decode() == m["text"]
            for s in xr["stories"] for c in s["claims"] for m in c["mentions"])
check(exact, "every mention's text is the body's bytes at start..end")
counts = all(c["sources"] == len({src[m["article"]] for m in c["mentions"]})
             and c["sources"] >= 2 for s in xr["stories"] for c in s["claims"])
check(counts, "sources counts the distinct outlets of the mentions")
kinds = all(c["kind"] in ("quote", "figure", "statement") for s in xr["stories"] for c in s["claims"])
check(kinds, "every claim has a kind of the contract")

def find(story, words):
    s = stories.get(story, {"claims": []})
    best = None
    for c in s["claims"]:
        outlets = {src[m["article"]] for m in c["mentions"] if words in m["text"]}
        if outlets and (best is None or len(outlets) > len(best[1])):
            best = (c, outlets)
    return best

def shared(story, words, n, desc):
    f = find(story, words)
    got = len(f[1]) if f else 0
    check(got >= n, "%s: %s carried by %d outlets (wanted %d)" % (story, desc, got, n))

shared("A", "We are still reaching villages", 4, "the governor's quote")
shared("A", "Nobody should sleep inside a cracked building", 3, "the shelter quote")
shared("A", "The aftershocks will continue for weeks", 3, "the aftershock quote")
shared("B", "Our members held the line", 3, "the union leader's quote")
shared("B", "Every shop and every family", 3, "the mayor's quote")
shared("B", "moderni", 3, "the $100mn / $100 million / 100 million dollars fund")
shared("C", "1.2", 3, "1.2mn / 1.2 million / 1,200,000 customers")
shared("A", "bell tower", 5, "the bell tower of St Aldric's church (A-F2)")
shared("B", "14", 3, "the 14% raise and no job cuts by automation (B-F1)")
shared("D", "warehouse roof", 3, "the warehouse roof in Brannock (D-F2)")
# One fact, one outlet saying more or saying it otherwise.
shared("A", "camps", 3, "the tent camps outside Dunmoor")
shared("D", "Tarrow Point", 2, "the third death, in Tarrow Point")
shared("B", "third of", 2, "Caldmouth handles a third of the imports")
shared("C", "passwords or PINs", 2, "no passwords or PINs were taken")

def differs(story, what, that, desc):
    s = stories.get(story, {"claims": []})
    hit = any(d["what"] == what and
              that in d["that_value"] + " " + d["this_value"]
              for c in s["claims"] for d in c["differences"])
    check(hit, "%s: difference %s %s" % (story, what, desc))

differs("B", "figure", "88", "88% against 90%")
differs("B", "date", "11-19", "19 November against 18 November")
differs("A", "figure", "40000", "40,000 against 50,000 evacuated")
differs("A", "speaker", "Lund", "Petra Lund against Nadia Farrow")
differs("B", "speaker", "Teodora Vance", "the mayor against the port's chief")
differs("C", "date", "05-26", "May 26 against 28 May")

# "this" and "that" are each outlet's own words for the figure or date
# ("this_value" and "that_value" the normalised forms).
def worded(story, what, words, desc):
    s = stories.get(story, {"claims": []})
    hit = any(d["what"] == what and words in (d["this"], d["that"])
              for c in s["claims"] for d in c["differences"])
    check(hit, "%s: difference in the outlet's words: %s" % (story, desc))

worded("B", "date", "19 November", "19 November as written")
worded("C", "date", "May 26", "May 26 as written")
worded("B", "figure", "88%", "88% as written")

# A difference names the outlier: the majority's value is "this".
def outlier(story, what, value, desc):
    s = stories.get(story, {"claims": []})
    hit = any(d["what"] == what and value in d["that"] and value not in d["this"]
              for c in s["claims"] for d in c["differences"])
    check(hit, "%s: %s is the outlier (%s)" % (story, value, desc))
outlier("A", "speaker", "Lund", "three outlets name Farrow")

uniques = [
    ("A", "Greta Hollin"), ("A", "magnitude-6.2 quake killed 40"),
    ("A", "Hask Pass"), ("A", "field hospital with 200 beds"),
    ("A", "postponed all routine operations"),
    ("B", "strike fund ran dry"), ("B", "Ardent Line"), ("B", "Elias Mourne"),
    ("B", "improved twice during the overnight talks"), ("B", "extra night shifts"),
]
for story, words in uniques:
    s = stories.get(story, {"claims": []})
    linked = any(words in m["text"] for c in s["claims"] for m in c["mentions"])
    check(not linked, "%s: the unique fact '%s' stays unique" % (story, words))

# Claims from different stories are never linked; no claim holds two
# mentions of one article.
one = all(len({m["article"] for m in c["mentions"]}) == len(c["mentions"])
          for s in xr["stories"] for c in s["claims"])
check(one, "no shared claim holds one article twice")
PY

# The text form and show's marks.
px xref --story 1
expect_rc 0 "xref --story"
expect_in "$T/out" "carried by" "xref text names how many outlets carry a claim"
px xref
expect_in "$T/out" "says “19 November” where" \
    "xref text gives a differing date in the outlet's own words"
# At 80 columns nothing is wider; a long difference wraps, indented.
COLUMNS=80 px xref
expect_eq "$(python3 -c 'import sys; print(max(len(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")))' "$T/out")" \
    80 "xref text is 80 columns wide at most"
grep -A1 -xF "    ≠ speaker: Saltmere Daily says Joel Amadi where Kestrel News says Data" "$T/out" |
    grep -qxF "      Commissioner Amara Rennick" &&
    ok "a long difference wraps under itself" ||
    fail "a long difference is not wrapped under itself"
# "the bank" points back to the bank the article named: no speaker
# difference with "Corvel" or "a Corvel spokeswoman"; two people are one.
expect_not_in "$T/out" "where Lantern Courier says the bank" \
    "an institution named as \"the bank\" contradicts no speaker"
expect_in "$T/out" "≠ speaker: Saltmere Daily says Joel Amadi" \
    "two different people are a speaker difference"
px xref --story 999
expect_rc 1 "xref of a missing story"
a=$(sql "SELECT id FROM articles WHERE origin LIKE '%caldmouth-port-strike-ends.html'")
px show "$a"
expect_in "$T/out" "[4] " "show marks sentences carried by four outlets"
expect_in "$T/out" "[1] " "show marks sentences only this outlet has"

# The cache is used and refreshed when the story changes.
expect_eq "$(sql 'SELECT count(*) FROM xref_cache')" "$(sql 'SELECT count(*) FROM stories')" "xref results are cached per story"
s=$(sql "SELECT story FROM articles WHERE id = $a")
px rm "$a"
px xref --json --story "$s"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["stories"][0]["articles"]))' "$T/out" > "$T/n"
expect_eq "$(cat "$T/n")" 4 "the cache is refreshed when the story changes"

# Corrections: split and merge persist.
b=$(sql "SELECT id FROM articles WHERE origin LIKE '%NW-20250814-selvik-quake.txt'")
old=$(sql "SELECT story FROM articles WHERE id = $b")
px story split "$b"
expect_rc 0 "story split"
new=$(sql "SELECT story FROM articles WHERE id = $b")
if [ "$new" != "$old" ]; then ok "split moved the article to a new story"; else fail "split left the article in story $old"; fi
px story merge "$old" "$new"
expect_rc 0 "story merge"
expect_eq "$(sql "SELECT story FROM articles WHERE id = $b")" "$old" "merge brought it back"
expect_eq "$(sql "SELECT count(*) FROM stories WHERE id = $new")" 0 "the merged story is gone"
px story merge "$old" 9999
expect_rc 1 "merge with a missing story"
expect_in "$T/err" "no story 9999" "missing story named"
px story split 9999
expect_rc 1 "split of a missing article"
px story frob 1
expect_rc 2 "story with a bad subcommand"
