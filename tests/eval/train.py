#!/usr/bin/env python3
"""Learn the weights of parallax's claim matcher (src/match.c).

Reads the features that build/tools/match-features writes for the MSRP
training file (one "label f1 f2 ... rule" line per pair, a header line
naming the columns; "#rule" is what the rules around the model say, see
match_rule()), fits a logistic regression with a little L2 shrinkage by
Newton's method (plain python, no numpy) on the pairs the rules leave to
the model, chooses the threshold for accuracy on them, and checks the whole
procedure by 10-fold cross-validation with a fixed shuffle: the decision
(`parallax match`: the rules, else the model) and, for reference, the
model alone fit on every pair.  Prints the weights as C to paste into
src/match.c.  Deterministic: the same input gives the same numbers.

    sh tests/eval/train.sh          (builds the tool and runs this)
    build/tools/match-features < msr_paraphrase_train.txt | \
        python3 tests/eval/train.py
"""

import math
import random
import sys

L2 = 1e-3
STEPS = 50
FOLDS = 10
SEED = 1729


def read(stream):
    """Feature names and (label, features, rule) rows.  Columns whose name
    starts with "#" are not features: "#rule" is what the rules around the
    model say (-1 never the same, 1 the same whatever the model says, 0
    the model decides); without it every row is the model's."""
    header = stream.readline().split()
    cols = header[1:]
    feat = [j for j, c in enumerate(cols) if not c.startswith("#")]
    rule = cols.index("#rule") if "#rule" in cols else None
    names = [cols[j] for j in feat]
    rows = []
    for line in stream:
        parts = line.split()
        if len(parts) != len(cols) + 1:
            continue
        v = [float(x) for x in parts[1:]]
        rows.append((int(parts[0]), [v[j] for j in feat],
                     int(v[rule]) if rule is not None else 0))
    return names, rows


def standardise(rows, k):
    n = len(rows)
    mean = [sum(r[1][j] for r in rows) / n for j in range(k)]
    sd = []
    for j in range(k):
        var = sum((r[1][j] - mean[j]) ** 2 for r in rows) / n
        sd.append(math.sqrt(var) if var > 1e-12 else 1.0)
    return mean, sd


def sigmoid(z):
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def solve(a, v):
    """Solve a·x = v by Gaussian elimination with partial pivoting."""
    n = len(v)
    m = [row[:] + [v[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for j in range(c, n + 1):
                m[r][j] -= f * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) \
            / m[r][r]
    return x


def fit(rows, k):
    """Weights and bias on the original feature scale, by Newton's method
    on the L2-penalised log-likelihood of standardised features."""
    mean, sd = standardise(rows, k)
    xs = [[(r[1][j] - mean[j]) / sd[j] for j in range(k)] + [1.0]
          for r in rows]
    ys = [r[0] for r in rows]
    n = len(rows)
    beta = [0.0] * (k + 1)
    for _ in range(STEPS):
        grad = [L2 * n * bj for bj in beta[:k]] + [0.0]
        hess = [[0.0] * (k + 1) for _ in range(k + 1)]
        for j in range(k):
            hess[j][j] = L2 * n
        for x, y in zip(xs, ys):
            p = sigmoid(sum(bj * xj for bj, xj in zip(beta, x)))
            e = p - y
            h = p * (1 - p)
            for i in range(k + 1):
                grad[i] += e * x[i]
                hi = h * x[i]
                row = hess[i]
                for j in range(i, k + 1):
                    row[j] += hi * x[j]
        for i in range(k + 1):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = solve(hess, grad)
        beta = [bj - sj for bj, sj in zip(beta, step)]
        if max(abs(sj) for sj in step) < 1e-9:
            break
    w, b = beta[:k], beta[k]
    # Undo the standardisation: w.(x-m)/s + b = (w/s).x + (b - sum w m/s).
    ow = [w[j] / sd[j] for j in range(k)]
    ob = b - sum(w[j] * mean[j] / sd[j] for j in range(k))
    return ow, ob


def prob(w, b, x):
    return sigmoid(b + sum(wj * xj for wj, xj in zip(w, x)))


def best_threshold(w, b, rows):
    """The threshold that maximises accuracy on rows."""
    scored = sorted((prob(w, b, r[1]), r[0]) for r in rows)
    pos = sum(y for _, y in scored)
    best, best_t = -1, 0.5
    correct = pos   # everything predicted positive
    for i, (p, y) in enumerate(scored):
        if correct > best:
            best = correct
            best_t = p if i == 0 else (scored[i - 1][0] + p) / 2
        correct += -1 if y == 1 else 1
    return min(max(best_t, 0.05), 0.95)


def decide(w, b, t, r):
    """What `parallax match` answers: the rules, else the model."""
    if r[2] != 0:
        return r[2] > 0
    return prob(w, b, r[1]) >= t


def learn(rows, k):
    """Weights, bias and threshold from rows: the model is fit on, and its
    threshold chosen for, the pairs the rules leave to it."""
    free = [r for r in rows if r[2] == 0]
    w, b = fit(free, k)
    return w, b, best_threshold(w, b, free)


def scores(pred_gold):
    tp = sum(1 for p, g in pred_gold if p and g)
    fp = sum(1 for p, g in pred_gold if p and not g)
    fn = sum(1 for p, g in pred_gold if not p and g)
    acc = sum(1 for p, g in pred_gold if p == g) / len(pred_gold)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return acc, prec, rec, f1


def show(label, s):
    print("%-22s accuracy %.2f%%  precision %.2f%%  recall %.2f%%  F1 %.2f%%"
          % ((label,) + tuple(100 * v for v in s)))


def main():
    names, rows = read(sys.stdin)
    k = len(names)
    if not rows:
        sys.exit("train.py: no feature rows on stdin")
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    pg, pm = [], []
    for f in range(FOLDS):
        test = [rows[i] for n, i in enumerate(order) if n % FOLDS == f]
        train = [rows[i] for n, i in enumerate(order) if n % FOLDS != f]
        w, b, t = learn(train, k)
        pg += [(decide(w, b, t, r), r[0] == 1) for r in test]
        w, b = fit(train, k)
        t = best_threshold(w, b, train)
        pm += [(prob(w, b, r[1]) >= t, r[0] == 1) for r in test]
    show("cv decision (%d)" % FOLDS, scores(pg))
    show("cv model alone (%d)" % FOLDS, scores(pm))
    w, b, t = learn(rows, k)
    show("training decision", scores([(decide(w, b, t, r), r[0] == 1)
                                      for r in rows]))
    print()
    print("static const double match_weights[MATCH_NFEATURES] = {")
    for j, name in enumerate(names):
        sep = "," if j + 1 < k else ""
        print("\t[MATCH_F_%s] = %.4f%s" % (name.upper(), w[j], sep))
    print("};")
    print("static const double match_bias = %.4f;" % b)
    print("static const double match_threshold = %.4f;" % t)


if __name__ == "__main__":
    main()
