#!/usr/bin/env python3
"""Learning curve of the answer-or-abstain decision: would more labelled questions help?

Reads the rows `java -jar target/mission-bot.jar train --dump rows.csv ...` writes (one row a question:
id, label, features), and prints the out-of-sample balanced accuracy of a class-balanced logistic
regression (the kind of model the bot ships) trained on 25, 50, 75 and 100% of the training questions
of each fold: 5 folds grouped by question, 3 draws each. Standard library only.

    python3 src/test/scripts/learning_curve.py rows.csv
"""
import csv
import math
import random
import sys


def fit(xs, ys, l2=1.0, rounds=400, rate=0.1):
    n = len(xs[0])
    w, b = [0.0] * n, 0.0
    pos = sum(ys)
    weight = {1: len(ys) / (2 * pos), 0: len(ys) / (2 * (len(ys) - pos))}
    for _ in range(rounds):
        gw, gb = [0.0] * n, 0.0
        for x, t in zip(xs, ys):
            z = max(-30.0, min(30.0, b + sum(a * c for a, c in zip(w, x))))
            g = (1 / (1 + math.exp(-z)) - t) * weight[t]
            gb += g
            for j in range(n):
                gw[j] += g * x[j]
        w = [wj - rate * (gj / len(ys) + l2 * wj / len(ys)) for wj, gj in zip(w, gw)]
        b -= rate * gb / len(ys)
    return w, b


def standardise(train, test):
    n = len(train[0])
    mean = [sum(x[j] for x in train) / len(train) for j in range(n)]
    sd = [max(1e-9, (sum((x[j] - mean[j]) ** 2 for x in train) / len(train)) ** 0.5) for j in range(n)]
    scale = lambda rows: [[(x[j] - mean[j]) / sd[j] for j in range(n)] for x in rows]
    return scale(train), scale(test)


def balanced_accuracy(truth, guess):
    tp = sum(1 for t, g in zip(truth, guess) if t and g)
    tn = sum(1 for t, g in zip(truth, guess) if not t and not g)
    return (tp / sum(truth) + tn / (len(truth) - sum(truth))) / 2


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    features = [k for k in rows[0] if k not in ("id", "label")]
    x = [[float(r[k]) for k in features] for r in rows]
    y = [1 if r["label"] == "true" else 0 for r in rows]
    ids = [r["id"] for r in rows]
    questions = sorted(set(ids))
    random.seed(1)
    random.shuffle(questions)
    folds = [set(questions[i::5]) for i in range(5)]
    for share in (0.25, 0.5, 0.75, 1.0):
        scores = []
        for draw in range(3):
            truth, guess = [], []
            for fold in folds:
                train = [i for i in range(len(rows)) if ids[i] not in fold]
                kept = sorted(set(ids[i] for i in train))
                random.seed(100 + draw)
                random.shuffle(kept)
                kept = set(kept[:int(len(kept) * share)])
                train = [i for i in train if ids[i] in kept]
                test = [i for i in range(len(rows)) if ids[i] in fold]
                xtrain, xtest = standardise([x[i] for i in train], [x[i] for i in test])
                w, b = fit(xtrain, [y[i] for i in train])
                guess += [1 if b + sum(a * c for a, c in zip(w, row)) > 0 else 0 for row in xtest]
                truth += [y[i] for i in test]
            scores.append(balanced_accuracy(truth, guess))
        print(f"{share:.0%} of the training questions: balanced accuracy {sum(scores) / len(scores):.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
