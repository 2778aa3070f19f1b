#!/usr/bin/env python3
"""Each pattern rule's search on its own: time per article and the letters a match can start with.

    python benchmarks/pattern_search.py ../shared/corpus/bbc/txt --limit 1000 [RULE ...]

A rule's patterns are joined into one search, which stops at every position whose character can
start a match of any of them (the first-character index) and there tries the patterns that can
start with it. A pattern that can start with a letter no other pattern of the rule starts with
(a "t" or an "s") makes the search stop at many more positions of every article, so a rule can
double in cost from one new pattern; this lists, per rule, the best of five timed searches of
the lower-cased articles, the letters its matches can start with, and how many of its patterns
can start with a dozen letters or more (they are best kept last, where the regrouping by first
letter leaves the others one run). Patterns come from the compile cache, as in a newslint run.
A rule whose patterns open lines (promo) is searched at line starts only in a run; its time
here is that of a search of the whole text.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint import rx  # noqa: E402
from lint.marshalfile import default_folder, switched_off  # noqa: E402

rx.activate(None if switched_off() else default_folder())

from profile_rules import default_rules  # noqa: E402

_WIDE = 12  # first characters beyond which a pattern is not regrouped (lint/rxdispatch.py)


def first_letters(pattern: str, flags: int) -> set[str] | None:
    """The characters a match of `pattern` can start with; None when they cannot be listed."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    from lint.rxindex import first_charset, listed_chars

    items = first_charset(list(_parser.parse(pattern, flags).data), _constants, 0)
    listed = None if items is None else listed_chars(items, _constants)
    return None if listed is None else set(listed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("rules", nargs="*", help="rule ids (default: every pattern rule)")
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_intermixed_args(argv)
    paths = sorted(p for p in args.folder.iterdir() if p.suffix in (".txt", ".md"))
    texts = [p.read_text(encoding="utf-8", errors="replace").lower() for p in paths[: args.limit]]
    rows: list[tuple[float, str, str, int, int]] = []
    for rule in default_rules():
        search: Any = getattr(rule.checker, "search", None)
        if search is None or (args.rules and rule.id not in args.rules):
            continue
        pattern = search.pattern
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            for text in texts:
                for _match in pattern.finditer(text):
                    pass
            best = min(best, time.perf_counter() - started)
        letters = first_letters(pattern.pattern, int(pattern.flags))
        shown = "(any)" if letters is None else "".join(sorted(c for c in letters if c.isalpha()))
        wide = sum(1 for p in search._source[0]
                   if (found := first_letters(f"(?:{p})", int(pattern.flags))) is None
                   or len(found) > _WIDE)
        rows.append((best, rule.id, shown, wide, len(search._source[0])))
    print(f"{len(texts)} articles, lower-cased; best of five searches, each over all of them")
    for best, rule_id, shown, wide, total in sorted(rows, reverse=True):
        print(f"{1000 * best / len(texts):7.3f} ms  {rule_id:34} starts: {shown:27} "
              f"wide patterns: {wide} of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
