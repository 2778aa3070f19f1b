#!/usr/bin/env python3
"""How far can a sentence classifier get on the WikiWeasel copy the weasel scorer was fitted on?

    pip install scikit-learn   # an analysis dependency, not newslint's
    python scripts/weasel_ceiling.py [--shared ../shared]

Five-fold cross-validated logistic regressions (and gradient-boosted trees on the cues) over
wikiweasel_train.csv, each at its best threshold, next to what newslint's weasel detector scores
as shipped (the weasel score from 1.5, the vague-source and anonymous-source rules):

- the weasel scorer's cues as features (which cues a sentence holds);
- a bag of words, and of words and word pairs (what the labels alone can teach);
- the bag of words and the cues together.

A model that learns only from these labels, scored at its best threshold on held-out folds, says
what this copy allows: if none reaches a score, hand-tuned cues will not reach it honestly
either. This is a script, not a test; the data is not part of newslint.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FOLDS = 5


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args(argv)
    path = args.shared / "data" / "conll2010_wikiweasel" / "wikiweasel_train.csv"
    if not path.is_file():
        print(f"weasel_ceiling: {path}: no such file", file=sys.stderr)
        return 2
    try:
        import numpy as np
        from scipy.sparse import csr_matrix, hstack
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold
    except ImportError:
        print("weasel_ceiling: needs scikit-learn (pip install scikit-learn)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "scripts" / "evaluation"))
    from attribution import _detok, _weasel_detector  # type: ignore[import-not-found]

    from lint.kinds.weasel import CUES, WeaselScorer

    scorer, shipped = WeaselScorer(), _weasel_detector()
    texts: list[str] = []
    labels: list[int] = []
    with path.open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            texts.append(_detok(record["text"]))
            labels.append(int(record["label"].strip() == "1"))
    y = np.array(labels)
    names = [name for name, _, _ in CUES]
    cues = np.array([[int(n in {m for m, _ in scorer.matched(t)}) for n in names] for t in texts])
    hits = np.array([bool(shipped(t)) for t in texts])

    def f1(found: Any) -> float:
        tp = int((found & (y == 1)).sum())
        fp = int((found & (y == 0)).sum())
        fn = int((~found & (y == 1)).sum())
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    def best(scores: Any) -> tuple[float, float]:
        return max((f1(scores >= t), t) for t in np.arange(0.05, 0.95, 0.01))

    def bag(train: Any, test: Any, pairs: bool = False) -> tuple[Any, Any]:
        words = CountVectorizer(ngram_range=(1, 2) if pairs else (1, 1), min_df=2, binary=True)
        return (words.fit_transform([texts[i] for i in train]),
                words.transform([texts[i] for i in test]))

    def bag_and_cues(train: Any, test: Any) -> tuple[Any, Any]:
        a, b = bag(train, test)
        return (hstack([a, csr_matrix(cues[train])]).tocsr(),
                hstack([b, csr_matrix(cues[test])]).tocsr())

    Features = Callable[[Any, Any], tuple[Any, Any]]
    runs: list[tuple[str, Features, Callable[[], Any]]] = [
        ("logistic regression, the scorer's cues", lambda a, b: (cues[a], cues[b]),
         lambda: LogisticRegression(max_iter=2000)),
        ("gradient-boosted trees, the scorer's cues", lambda a, b: (cues[a], cues[b]),
         lambda: HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05)),
        ("logistic regression, bag of words", bag,
         lambda: LogisticRegression(C=0.3, max_iter=2000)),
        ("logistic regression, bag of words and word pairs", lambda a, b: bag(a, b, True),
         lambda: LogisticRegression(C=0.3, max_iter=2000)),
        ("logistic regression, bag of words and the cues", bag_and_cues,
         lambda: LogisticRegression(C=0.3, max_iter=2000)),
    ]
    print(f"{len(texts)} sentences, {int(y.sum())} weasel; {FOLDS}-fold cross-validation, "
          "each model at its best threshold")
    print("| model | F1 |")
    print("| --- | --- |")
    print(f"| newslint as shipped (weasel score from 1.5, vague and anonymous sources) | "
          f"{f1(hits):.3f} |")
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
    for name, features, model in runs:
        scores = np.zeros(len(texts))
        for train, test in folds.split(texts, y):
            a, b = features(train, test)
            scores[test] = model().fit(a, y[train]).predict_proba(b)[:, 1]
        value, threshold = best(scores)
        print(f"| {name} | {value:.3f} (from {threshold:.2f}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
