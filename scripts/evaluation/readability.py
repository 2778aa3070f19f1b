"""Readability: does Flesch Reading Ease order OneStopEnglish's three reading levels?"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from eval_readability import BASELINE, LEVELS, load  # noqa: E402

from lint import textmetrics  # noqa: E402


def run(shared: Path) -> list[dict[str, Any]]:
    articles = load(shared / "data" / "onestopenglish")
    order = [lvl for lvl, _ in LEVELS]
    right = total = 0
    for levels in articles.values():
        score = {lvl: textmetrics.compute("flesch_reading_ease", levels[lvl]) for lvl in order}
        ok = [score[easy] > score[hard] for easy, hard in combinations(order, 2)]
        right += sum(ok)
        total += len(ok)
    return [{
        "task": "reading levels ordered by Flesch Reading Ease (OneStopEnglish pairs)",
        "precision": None, "recall": None, "f1": None,
        "note": f"{right}/{total} = {100.0 * right / max(total, 1):.1f}% of pairs",
        "baseline": f"{BASELINE}% of pairs",
    }]


if __name__ == "__main__":
    for row in run(REPO.parent / "shared"):
        print(row)
