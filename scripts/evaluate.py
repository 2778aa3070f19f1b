#!/usr/bin/env python3
"""Run newslint's detectors over the labelled development data and print, per task, precision,
recall and F1 next to the simple baselines.

    python scripts/evaluate.py [--shared ../shared] [--only attribution,quotes]

The data is not part of newslint (see ../shared/data/README.md); this is a script, not a test.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PACKS = ("attribution", "quotes", "insertions", "readability")


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--only", default=",".join(PACKS), help="comma-separated packs")
    args = parser.parse_args(argv)
    if not (args.shared / "data").is_dir():
        print(f"evaluate: no labelled data under {args.shared / 'data'}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "scripts" / "evaluation"))
    print("| pack | task | P | R | F1 | note | baseline |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for pack in args.only.split(","):
        started = time.perf_counter()
        module = importlib.import_module(pack)
        for row in module.run(args.shared):
            cells = [pack, row["task"], _fmt(row.get("precision")), _fmt(row.get("recall")),
                     _fmt(row.get("f1")), _fmt(row.get("note", "")), _fmt(row.get("baseline"))]
            print("| " + " | ".join(cells) + " |")
        print(f"({pack}: {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
