#!/usr/bin/env python3
"""How well does Flesch Reading Ease order OneStopEnglish's reading levels?

OneStopEnglish (Vajjala & Lucic 2018) has each news article rewritten at three
levels: Elementary, Intermediate and Advanced. For every article this counts the
three level pairs (ele/int, ele/adv, int/adv) and checks that the easier text
gets the higher Flesch Reading Ease, computed by ``lint.textmetrics`` (textstat
with the shipped CMU syllable table, offline). A tie counts as wrong.

The corpus is not part of newslint; point --data at a local copy:

    PYTHONPATH=. python scripts/eval_readability.py --data ../shared/data/onestopenglish
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import combinations
from pathlib import Path
from statistics import mean

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lint import textmetrics  # noqa: E402

LEVELS = (("ele", "Ele-Txt"), ("int", "Int-Txt"), ("adv", "Adv-Txt"))  # easiest first
BASELINE = 97.4  # % of level pairs, the corpus notes' 20-line Flesch implementation


def load(root: Path) -> dict[str, dict[str, str]]:
    """topic -> level -> text, for topics present at all three levels."""
    base = root / "Texts-SeparatedByReadingLevel"
    articles: dict[str, dict[str, str]] = {}
    for level, folder in LEVELS:
        for path in sorted((base / folder).glob(f"*-{level}.txt")):
            topic = path.name[: -len(f"-{level}.txt")]
            articles.setdefault(topic, {})[level] = path.read_text(encoding="utf-8-sig")
    return {t: a for t, a in articles.items() if len(a) == len(LEVELS)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=REPO.parent / "shared" / "data" / "onestopenglish",
        help="OneStopEnglish folder holding Texts-SeparatedByReadingLevel/",
    )
    ap.add_argument("--metric", default="flesch_reading_ease", choices=textmetrics.METRICS)
    args = ap.parse_args(argv)

    articles = load(args.data)
    if not articles:
        print(f"no articles found under {args.data}", file=sys.stderr)
        return 2
    # Grade-level metrics rise with difficulty; Flesch Reading Ease falls.
    sign = 1.0 if args.metric == "flesch_reading_ease" else -1.0

    started = time.perf_counter()
    scores = {
        topic: {lvl: textmetrics.compute(args.metric, text) for lvl, text in levels.items()}
        for topic, levels in articles.items()
    }
    elapsed = time.perf_counter() - started

    order = [lvl for lvl, _ in LEVELS]
    right = total = all_three = 0
    for s in scores.values():
        ok = [sign * s[easy] > sign * s[hard] for easy, hard in combinations(order, 2)]
        right += sum(ok)
        total += len(ok)
        all_three += all(ok)

    share = 100.0 * right / total
    means = " / ".join(f"{mean(s[lvl] for s in scores.values()):.1f}" for lvl in order)
    print(textmetrics.data_status())
    print(f"articles: {len(scores)} with all three levels ({elapsed:.1f} s to score)")
    print(f"mean {args.metric} ele / int / adv: {means}")
    print(f"articles with all three levels in order: {all_three}/{len(scores)}")
    baseline = f" (baseline quoted: {BASELINE}%)" if args.metric == "flesch_reading_ease" else ""
    print(f"level pairs ordered correctly by {args.metric}: {right}/{total} = {share:.1f}%", end="")
    print(baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
