#!/usr/bin/env python3
"""Which rules slow down on hostile text: each rule's cost per kilobyte on generated articles
built to make regular expressions backtrack, next to its cost on real articles.

    python benchmarks/adversarial.py [--corpus ../shared/corpus/bbc/txt] [--limit 300]

The generated articles repeat what makes a pattern try hard at every position: long runs of
words with no punctuation, question marks far from a sentence start, unclosed quotation marks,
the trigger words of the attribution rules in long chains, live-page times, markup residue,
very long lines, and quotations with no speaker after sentences that name somebody new. A rule
whose cost per kilobyte there is many times its cost on real copy has a pattern, or a rule kind,
that tries too much at each position (as a rhetorical-question pattern that looked up to eleven
words back from every word once did: 33 times its old cost on such text). A script, not a
test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from profile_rules import default_rules, spend  # noqa: E402

from lint import document  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
FLAG = 20.0  # report a rule whose cost per kilobyte on hostile text is this many times its own
GROW = 4  # the hostile text again, this many times longer
SUPERLINEAR = 2.0  # report a rule whose cost per kilobyte grows this much with it
MIN_SECONDS = 0.05  # ... when it spends at least this long on the longer article

_WORDS = ("the council said many observers believe some critics argue that it is widely thought "
          "analysts expect officials privately admit sources close to the talks reportedly "
          "everyone in the town knows a cruel blow to residents who deserve better probably "
          "around 400 jobs more than £3 million will cost").split()


def hostile_articles(seed: int = 7, scale: int = 1) -> list[str]:
    """Generated articles, each about 30 to 60 KB (times `scale`), one per kind of hostile
    text."""
    rnd = random.Random(seed)

    def words(n: int) -> str:
        return " ".join(rnd.choice(_WORDS) for _ in range(n))

    def article(paragraphs: Sequence[str]) -> str:
        return "Headline for a hostile article\n\n" + "\n\n".join(paragraphs) + "\n"

    k = scale
    return [
        article([words(400) for _ in range(20 * k)]),  # long runs, no punctuation
        article([words(300) + " why?" for _ in range(20 * k)]),  # a question far from its start
        article(['"' + words(200) for _ in range(30 * k)]),  # quotations never closed
        article([("word " * 300) + "?" for _ in range(30 * k)]),  # one word over and over
        article([f"19:{i % 60:02d} — " + words(60) for i in range(120 * k)]),  # live-page times
        article(['alt="' + words(40) + '" ' + words(40) for _ in range(80 * k)]),  # markup residue
        article([" ".join(words(40).split()) + ". " + words(30) + "," * 50
                 for _ in range(60 * k)]),
        article([words(3000 * k)]),  # one very long line
        # unattributed quotations, each after a sentence whose subject is a new name (the
        # speaker search once read the whole article again for each: 74 s for 275 KB)
        article([f"Zed{i}a thinks not. “{words(12)}.”" for i in range(600 * k)]),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus" / "bbc"
                        / "txt")
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args(argv)
    rules = default_rules()
    hostile = [document.parse(f"hostile{i}.txt", text, "text")
               for i, text in enumerate(hostile_articles())]
    spend(hostile[:1], rules)  # the first run compiles what the compile cache does not hold
    hostile_kb = sum(len(d.text) for d in hostile) / 1000
    on_hostile = spend(hostile, rules)
    real: dict[str, float] = {}
    real_kb = 0.0
    if args.corpus.is_dir():
        paths = sorted(args.corpus.glob("*.txt"))[: args.limit]
        docs = [document.read_path(str(p)) for p in paths]
        real_kb = sum(len(d.text) for d in docs) / 1000
        real = spend(docs, rules)
    else:
        print(f"adversarial: no corpus at {args.corpus}: hostile text only", file=sys.stderr)
    print(f"hostile text {hostile_kb:.0f} KB; real articles {real_kb:.0f} KB")
    print("| stage or rule | ms per KB, hostile | ms per KB, real | ratio |")
    print("| --- | --- | --- | --- |")
    flagged = 0
    for name, seconds in sorted(on_hostile.items(), key=lambda kv: -kv[1]):
        per_kb = 1000 * seconds / hostile_kb
        base = 1000 * real.get(name, 0.0) / real_kb if real_kb else 0.0
        ratio = per_kb / base if base > 0 else float("inf")
        mark = " (slow)" if real_kb and ratio >= FLAG and per_kb >= 0.05 else ""
        flagged += bool(mark)
        print(f"| {name} | {per_kb:.3f} | {base:.3f} | {ratio:.1f}{mark} |")
    print(f"{flagged} rules at least {FLAG:.0f} times slower per KB on hostile text")
    # Work that grows faster than the text: each hostile article made GROW times longer should
    # cost about GROW times as much; a rule whose cost per KB on one of them grows by
    # SUPERLINEAR or more does work per item that reads the whole article (quadratic).
    print(f"\neach hostile article {GROW} times longer: rules whose cost per KB grows with it")
    print("| rule | article | ms per KB | ms per KB, longer | growth |")
    print("| --- | --- | --- | --- | --- |")
    superlinear = 0
    pairs = zip(hostile, hostile_articles(scale=GROW))
    for number, (small_doc, text) in enumerate(pairs):
        large_doc = document.parse(f"grown{number}.txt", text, "text")
        spend([large_doc], rules)  # once first, so that what a run keeps (the syllable counts
        # of new words) is kept for both: the second runs compare the work alone
        small, large = spend([small_doc], rules), spend([large_doc], rules)
        small_kb, large_kb = len(small_doc.text) / 1000, len(large_doc.text) / 1000
        for name, seconds in large.items():
            before, after = small.get(name, 0.0) / small_kb, seconds / large_kb
            if before > 0 and after / before >= SUPERLINEAR and seconds >= MIN_SECONDS:
                superlinear += 1
                print(f"| {name} | {number} | {1000 * before:.3f} | {1000 * after:.3f} | "
                      f"{after / before:.1f} |")
    print(f"{superlinear} rules whose cost grows faster than the text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
