#!/usr/bin/env python3
"""Where the time goes: seconds per stage and per rule over a set of articles, one process.

    python benchmarks/profile_rules.py ../shared/corpus/bbc/txt --limit 200

Stages: reading and parsing, segmentation (prose view, paragraphs, sentences, quotations),
then each rule (its first run includes compiling its patterns). Patterns come from the compile
cache as in a newslint run, unless NEWSLINT_NO_COMPILE_CACHE=1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint import rx  # noqa: E402
from lint.marshalfile import default_folder, switched_off  # noqa: E402

# As the command line does, before the modules that compile patterns are loaded: the patterns
# come from the compile cache, with its first-character index (NEWSLINT_NO_COMPILE_CACHE=1: not).
rx.activate(None if switched_off() else default_folder())

from lint import config, document, engine, ruleset  # noqa: E402
from lint.kinds.base import Context, RunSettings  # noqa: E402
from lint.segment import Segments  # noqa: E402


def default_rules() -> list[Any]:
    """The default profile's rules, as a run in the current folder would apply them."""
    cfg = config.default()
    return ruleset.rules_for(ruleset.load_ruleset(cfg), cfg, os.path.join(os.getcwd(), "x.md"))


def spend(docs: Iterable[document.Document], rules: Sequence[Any],
          spent: dict[str, float] | None = None) -> dict[str, float]:
    """Seconds spent on segmenting the documents and on each rule, added to `spent`."""
    spent = defaultdict(float) if spent is None else spent
    for doc in docs:
        started = time.perf_counter()
        seg = Segments(doc)
        for name in ("paragraph", "sentence", "quotation", "line"):
            seg.scope(name)
        _ = seg.outside, seg.inside
        spent["segment"] += time.perf_counter() - started
        ctx = Context(doc, seg, RunSettings())
        for rule in rules:
            started = time.perf_counter()
            list(engine.run_rule(rule, ctx))
            spent[rule.id] += time.perf_counter() - started
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.folder.iterdir() if p.suffix in (".txt", ".md"))[: args.limit]
    rules = default_rules()
    spent: dict[str, float] = defaultdict(float)
    for path in paths:
        started = time.perf_counter()
        doc = document.read_path(str(path))
        spent["read"] += time.perf_counter() - started
        spend([doc], rules, spent)
    total = sum(spent.values())
    print(f"{len(paths)} articles, {total:.2f} s, {1000 * total / len(paths):.2f} ms per article")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{1000 * seconds / len(paths):8.3f} ms  {100 * seconds / total:5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
