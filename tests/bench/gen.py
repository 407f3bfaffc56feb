#!/usr/bin/env python3
"""Write N deterministic synthetic articles of about 3 KB into OUT/<outlet>/
(usage: gen.py N OUT [ARTICLES_PER_STORY [FIRST]]: articles FIRST to
FIRST + N - 1 of the endless sequence, 0 by default).

Stories of about eight outlets, shaped like real coverage: each story has
its own place, people, figures and a pool of facts; every article reports
a dozen of the story's facts, each worded a little differently (words
dropped, swapped or replaced), quotes a few of them, and adds sentences of
its own.  The vocabulary is large, so unrelated sentences rarely share
words.  Same N, same bytes, every time."""
import os
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
PER = int(sys.argv[3]) if len(sys.argv) > 3 else 8      # articles per story
FIRST = int(sys.argv[4]) if len(sys.argv) > 4 else 0
SYL = ["ka", "lo", "ven", "dar", "mi", "tor", "sel", "un", "bra", "qui",
       "pel", "ost", "ri", "ga", "nem", "fa", "zu", "hol", "tek", "ar",
       "bel", "cor", "dun", "ef", "gil", "har", "is", "jor", "kel", "mar"]
FUNCTION = ("the a of in on to and that for with by at from as was were "
            "is has had have said will would after before about over "
            "their its this which when while").split()
VERBS = ["said", "added", "told reporters", "confirmed", "warned", "noted"]
OUTLETS = ["Outlet %02d" % i for i in range(40)]
vocab_rng = random.Random(7)
VOCAB = sorted({"".join(vocab_rng.choice(SYL) for _ in range(vocab_rng.randint(2, 4)))
                for _ in range(9000)})


def word(r):
    return r.choice(VOCAB)


def name(r):
    return "".join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()


def fact(r, story):
    words = [word(r) for _ in range(r.randint(9, 16))]
    for _ in range(4):
        words.insert(r.randrange(len(words)), r.choice(FUNCTION))
    words.insert(r.randrange(len(words)), story["place"])
    if r.random() < 0.4:
        words.insert(r.randrange(len(words)),
                     "%s %s" % (format(r.randint(2, 900) * 1000, ","), word(r)))
    return words


def story(sid):
    r = random.Random(sid * 7919 + 1)
    s = {"place": name(r), "people": ["%s %s" % (name(r), name(r)) for _ in range(3)],
         "event": word(r), "date": (sid // 40) % 12 + 1, "day": sid % 28 + 1}
    s["facts"] = [fact(r, s) for _ in range(30)]
    return s


def reword(r, words):
    w = list(words)
    for _ in range(r.randint(0, 3)):
        k = r.randrange(len(w))
        op = r.random()
        if op < 0.4 and len(w) > 8:
            del w[k]
        elif op < 0.7:
            j = r.randrange(len(w))
            w[k], w[j] = w[j], w[k]
        else:
            w[k] = r.choice(FUNCTION)
    return w


for i in range(FIRST, FIRST + n):
    sid = i // PER
    s = story(sid)
    r = random.Random(i)
    outlet = OUTLETS[(i % PER + sid) % len(OUTLETS)]
    d = os.path.join(out, outlet)
    os.makedirs(d, exist_ok=True)
    paras = []
    facts = r.sample(s["facts"], 12)
    for k, f in enumerate(facts):
        text = " ".join(reword(r, f))
        text = text[0].upper() + text[1:]
        if k % 4 == 1:
            paras.append('"%s," %s %s.' % (text, r.choice(s["people"]), r.choice(VERBS)))
        else:
            paras.append(text + ".")
    while sum(len(p) for p in paras) < 2900:
        own = [word(r) for _ in range(r.randint(10, 18))] + r.sample(FUNCTION, 4)
        r.shuffle(own)
        paras.insert(r.randrange(len(paras) + 1), " ".join(own).capitalize() + ".")
    title = "%s %s in %s" % (s["event"].capitalize(), word(r), s["place"])
    with open(os.path.join(d, "a%06d.txt" % i), "w") as f:
        f.write("Title: %s\nDate: 2024-%02d-%02d\n\n%s\n" % (
            title, s["date"], s["day"], "\n\n".join(paras)))
