#!/usr/bin/env python3
"""How well a bench store groups articles into stories: B-cubed precision,
recall and F1 of its stories against the generator's (tests/bench/gen.py:
article i, in file a<i>.txt, belongs to story i // PER).

    bcubed.py STORE.db [PER]

B-cubed: for each article, precision is the share of its story's articles
that truly share its event, recall the share of its event's articles in
its story; both are averaged over the articles."""
import re
import sqlite3
import sys
from collections import Counter


def main():
    db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
    per = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    made, truth = {}, {}
    for aid, origin, story in db.execute(
            "SELECT id, origin, story FROM articles"):
        m = re.search(r"a(\d+)\.txt$", origin or "")
        if m is None:
            continue
        made[aid] = story
        truth[aid] = int(m.group(1)) // per
    if not made:
        sys.exit("bcubed: no generated articles in %s" % sys.argv[1])
    nmade = Counter(made.values())
    ntrue = Counter(truth.values())
    both = Counter((truth[a], made[a]) for a in made)
    p = sum(both[truth[a], made[a]] / nmade[made[a]] for a in made)
    r = sum(both[truth[a], made[a]] / ntrue[truth[a]] for a in made)
    p /= len(made)
    r /= len(made)
    print("grouping: %d stories made for %d events: B-cubed precision %.4f,"
          " recall %.4f, F1 %.4f" % (len(nmade), len(ntrue), p, r,
                                     2 * p * r / (p + r)))


if __name__ == "__main__":
    main()
