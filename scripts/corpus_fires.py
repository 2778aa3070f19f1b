#!/usr/bin/env python3
"""How often each rule fires on professional copy, with a sample of its hits to read.

    python scripts/corpus_fires.py [--corpus ../shared/corpus/bbc/txt] [--sample 3]

Runs the installed newslint (default profile, JSON report) over every article in the folder
and prints, per rule, findings per 100 articles, the share of articles with at least one, and
a few hits with their line of text. A rule that mostly cries wolf here needs fixing or a lower
severity. The corpus is not part of newslint; this is a script, not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path,
                        default=REPO.parent / "shared" / "corpus" / "bbc" / "txt")
    parser.add_argument("--sample", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--newslint", default="newslint")
    args = parser.parse_args(argv)
    files = sorted(str(p) for p in args.corpus.iterdir() if p.suffix in (".txt", ".md"))
    if not files:
        print(f"corpus_fires: no articles in {args.corpus}", file=sys.stderr)
        return 2
    run = subprocess.run([args.newslint, "check", "--no-cache", "--exit-zero", "--format", "json",
                          *files], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        print(f"corpus_fires: newslint exited {run.returncode}: {run.stderr[-300:]}",
              file=sys.stderr)
        return 2
    findings = json.loads(run.stdout)["findings"]
    by_rule: dict[str, list[dict[str, object]]] = defaultdict(list)
    for item in findings:
        by_rule[str(item["rule"])].append(item)
    rng = random.Random(args.seed)
    print(f"{len(files)} articles, {len(findings)} findings\n")
    print("| rule | severity | per 100 articles | articles hit |")
    print("| --- | --- | --- | --- |")
    for rule, items in sorted(by_rule.items(), key=lambda kv: -len(kv[1])):
        hit = len({i["path"] for i in items})
        print(f"| {rule} | {items[0]['severity']} | {100 * len(items) / len(files):.1f} | "
              f"{100 * hit / len(files):.1f}% |")
    for rule, items in sorted(by_rule.items()):
        print(f"\n## {rule}")
        for item in rng.sample(items, min(args.sample, len(items))):
            lines = Path(str(item["path"])).read_text(encoding="utf-8-sig").splitlines()
            text = lines[int(str(item["line"])) - 1].strip() if lines else ""
            print(f"- {Path(str(item['path'])).name}:{item['line']}:{item['column']} "
                  f"{item['message']}\n    {text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
