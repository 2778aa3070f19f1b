#!/usr/bin/env python3
"""Wrapped copy must read like the copy it was wrapped from: a check of newslint's findings.

    python scripts/wrap_check.py ../shared/corpus/bbc/txt --sample 445 --width 72

Copies a sample of articles into a temporary folder twice, once as they are and once with each
line wrapped at `--width` columns the way an editor, pandoc or an email client wraps it (a
space becomes a line break, so every offset stays the same), runs newslint on both, and prints
the findings (rule and offset) that only one copy has, by rule. Wrapping changes what a text
means in a few places (a line that now opens with "- " is a Markdown list item, a two-line
block may be a caption over its credit), so a handful of differences is expected; a rule that
differs often reads line breaks as structure where they are only wrapping.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

Key = tuple[str, str, int]


def wrap(text: str, width: int) -> str:
    """`text` with each line longer than `width` broken at its last space within the width."""
    out = []
    for line in text.split("\n"):
        chars = list(line)
        column, last_space = 0, -1
        for i, char in enumerate(chars):
            if char == " ":
                last_space = i
            column += 1
            if column > width and last_space >= 0:
                chars[last_space] = "\n"
                column, last_space = i - last_space, -1
        out.append("".join(chars))
    return "\n".join(out)


def findings(newslint: str, folder: Path) -> collections.Counter[Key]:
    run = subprocess.run([newslint, "check", "--no-cache", "--format", "json", "--exit-zero", "."],
                         cwd=folder, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"newslint failed in {folder}: {run.stderr.strip()}")
    found: collections.Counter[Key] = collections.Counter()
    starts: dict[str, list[int]] = {}
    for f in json.loads(run.stdout)["findings"]:
        path = f["path"]
        if path not in starts:
            text = (folder / path).read_text(encoding="utf-8")
            starts[path] = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        found[(path, f["rule"], starts[path][f["line"] - 1] + f["column"] - 1)] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sample", type=int, default=445, help="every n-th article, this many")
    parser.add_argument("--width", type=int, default=72)
    parser.add_argument("--suffix", choices=[".md", ".txt"], default=".md",
                        help="check the copies as Markdown or as plain text")
    parser.add_argument("--newslint", default=shutil.which("newslint") or "newslint")
    parser.add_argument("--show", type=int, default=10, help="differences to print in full")
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.folder.iterdir() if p.suffix in (".txt", ".md"))
    step = max(1, len(paths) // max(1, args.sample))
    paths = paths[::step][: args.sample]
    with tempfile.TemporaryDirectory() as tmp:
        plain, wrapped = Path(tmp, "as-is"), Path(tmp, "wrapped")
        plain.mkdir()
        wrapped.mkdir()
        for path in paths:
            text = path.read_text(encoding="utf-8", errors="replace")
            name = path.stem + args.suffix
            (plain / name).write_text(text, encoding="utf-8")
            (wrapped / name).write_text(wrap(text, args.width), encoding="utf-8")
        before, after = findings(args.newslint, plain), findings(args.newslint, wrapped)
        only_before, only_after = before - after, after - before
        print(f"{len(paths)} articles as {args.suffix}, wrapped at {args.width}: "
              f"{sum(before.values())} findings as they are, {sum(after.values())} wrapped")
        for label, keys in (("only as they are", only_before), ("only wrapped", only_after)):
            counts = collections.Counter(rule for _, rule, _ in keys.elements())
            print(f"{label}: {sum(counts.values())}",
                  ", ".join(f"{rule} {n}" for rule, n in counts.most_common()))
        for label, keys, folder in (("as is", only_before, plain),
                                    ("wrapped", only_after, wrapped)):
            for path, rule, offset in sorted(keys)[: args.show]:
                text = (folder / path).read_text(encoding="utf-8")
                context = text[max(0, offset - 40): offset + 60].replace("\n", "⏎")
                print(f"  {label:8} {rule} {path}@{offset}: {context}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    raise SystemExit(main())
