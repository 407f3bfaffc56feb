#!/usr/bin/env python3
"""Write N deterministic synthetic articles of about 3 KB into OUT/<outlet>/.

Stories of about eight outlets: each story has a vocabulary of its own
(place, people, figures) so that grouping and cross-referencing have real
work to do.  Same N, same bytes, every time."""
import os
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20261122)
syll = ["ka", "lo", "ven", "dar", "mi", "tor", "sel", "un", "bra", "qui",
        "pel", "ost", "ri", "ga", "nem", "fa", "zu", "hol", "tek", "ar"]
common = ("the council said on Monday that work would continue while the "
          "inquiry looked at what went wrong and who should pay for the "
          "repairs to the damaged roads bridges and homes in the area "
          "residents told reporters they had waited for weeks for news").split()
verbs = ["said", "added", "told reporters", "confirmed", "warned"]
outlets = ["Outlet %02d" % i for i in range(40)]


def name():
    return "".join(rng.choice(syll) for _ in range(rng.randint(2, 3))).capitalize()


def story(sid):
    r = random.Random(sid)
    return {
        "place": "".join(r.choice(syll) for _ in range(3)).capitalize(),
        "person": "".join(r.choice(syll) for _ in range(2)).capitalize() + " " +
                  "".join(r.choice(syll) for _ in range(3)).capitalize(),
        "figure": r.randint(2, 900) * 1000,
        "event": r.choice(["flood", "fire", "strike", "storm", "collapse",
                           "election", "outbreak", "landslide"]),
        "words": ["".join(r.choice(syll) for _ in range(3)) for _ in range(30)],
    }


for i in range(n):
    sid = i // 8
    s = story(sid)
    outlet = outlets[(i % 8 + sid) % len(outlets)]
    d = os.path.join(out, outlet)
    os.makedirs(d, exist_ok=True)
    paras = []
    title = "%s %s leaves %d without power in %s" % (
        s["event"].capitalize(), name(), s["figure"], s["place"])
    while sum(len(p) for p in paras) < 2900:
        words = rng.sample(common, 12) + rng.sample(s["words"], 4)
        rng.shuffle(words)
        sent = " ".join(words).capitalize()
        paras.append('"%s," %s %s. About %s people in %s were affected, '
                     'officials said on day %d.' % (
                         sent, s["person"], rng.choice(verbs),
                         format(s["figure"], ","), s["place"], rng.randint(1, 28)))
    with open(os.path.join(d, "a%06d.txt" % i), "w") as f:
        f.write("Title: %s\nDate: 2024-%02d-%02d\n\n%s\n" % (
            title, sid % 12 + 1, sid % 28 + 1, "\n\n".join(paras)))
