"""Measure the quotes pack on labelled data kept outside the project.

    python scripts/evaluation/quotes.py [SHARED_DIR]

Unpaired marks: share of untouched PolNeAR dev/train articles the mark rules flag (false alarms,
with real defects among them); then one quotation mark removed at random (seeded) from each
article that has quotations, and the share of those articles the rules flag.
Quote vs source: sentences of the Clough & Stevenson answers, quoted against their Wikipedia
source. Altered = a sentence of a light or heavy revision that is not verbatim in the source;
not altered = a verbatim sentence or a sentence of a non-plagiarised answer.
"""

from __future__ import annotations

import csv
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.document import parse  # noqa: E402
from lint.quotesource import SourceIndex, tokens  # noqa: E402
from lint.segment import Segments  # noqa: E402

MARK_PROBLEMS = frozenset({"unmatched-close", "unclosed", "unclosed-single", "nested-double",
                           "wrong-way"})
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _problems(path: str, text: str) -> list[str]:
    scan = Segments(parse(path, text, "text")).quote_scan
    return [p.kind for p in scan.problems if p.kind in MARK_PROBLEMS]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def unpaired_marks(shared: pathlib.Path) -> list[dict[str, object]]:
    files = sorted((shared / "data" / "polnear").glob("*/text/*.txt"))
    rng = random.Random(2024)
    flagged = detected = trials = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        if _problems(str(path), text):
            flagged += 1
            continue  # already flagged: a removal there proves nothing
        scan = Segments(parse(str(path), text, "text")).quote_scan
        marks = [m.offset for m in scan.marks if m.double]
        if not marks:
            continue
        cut = rng.choice(marks)
        trials += 1
        detected += bool(_problems(str(path), text[:cut] + text[cut + 1 :]))
    share = flagged / len(files) if files else 0.0
    recall = detected / trials if trials else 0.0
    return [
        {"task": "quotes: untouched PolNeAR articles flagged by the mark rules (lower is better)",
         "precision": None, "recall": None, "f1": None,
         "note": f"{flagged}/{len(files)} = {share:.1%} flagged (most are real defects: "
                 "wrong-way marks, stray closing marks, nested doubles)",
         "baseline": "11.6% flagged by a quote-balance check"},
        {"task": "quotes: one double mark removed, article flagged (PolNeAR)",
         "precision": None, "recall": round(recall, 3), "f1": None,
         "note": f"{detected}/{trials} unflagged articles with quotations, seeded removal; "
                 "a removal the multi-paragraph convention allows is undetectable",
         "baseline": "target >= 0.95"},
    ]


def _verbatim(words: list[str], source: list[str]) -> bool:
    n = len(words)
    return any(source[i : i + n] == words for i in range(len(source) - n + 1))


def quote_vs_source(shared: pathlib.Path) -> list[dict[str, object]]:
    path = shared / "data" / "rewrite_pairs" / "clough_stevenson_plagiarism_pattern_sample.csv"
    tp = fp = fn = verbatim_ok = verbatim_all = 0
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    for answer, source, label in rows:
        index = SourceIndex([("source.txt", source)])
        source_words = [t.word for t in tokens(source)]
        for sentence in _SENTENCE.split(answer):
            words = [t.word for t in tokens(sentence)]
            if len(words) < 5:
                continue
            verbatim = _verbatim(words, source_words)
            gold = not verbatim and label in ("1", "2")
            match = index.match(sentence, 5)
            said = match is not None and match.verdict == "altered"
            if verbatim:
                verbatim_all += 1
                verbatim_ok += match is not None and match.verdict == "verbatim"
            tp += gold and said
            fp += said and not gold
            fn += gold and not said
    p, r, f = _prf(tp, fp, fn)
    return [{"task": "quotes: altered quotation vs its source (Clough & Stevenson)",
             "precision": p, "recall": r, "f1": f,
             "note": f"tp {tp} fp {fp} fn {fn}; verbatim sentences found verbatim "
                     f"{verbatim_ok}/{verbatim_all}",
             "baseline": "none published"}]


def run(shared: pathlib.Path) -> list[dict[str, object]]:
    return unpaired_marks(shared) + quote_vs_source(shared)


if __name__ == "__main__":
    base = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    for row in run(base):
        print(row)
