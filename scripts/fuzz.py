#!/usr/bin/env python3
"""Mutation fuzzing: newslint must end every run with 0, 1 or 2 and a one-line error, never an
internal error, whatever the article or config.

    python scripts/fuzz.py ../shared/seeds ../shared/corpus/bbc/txt --runs 2000 --seed 1
    python scripts/fuzz.py ../shared/seeds --configs --runs 1000

Articles from the folders given are mutated (quotation marks, no-break and zero-width spaces,
lone carriage returns, control characters, Markdown and HTML pieces, YAML and TOML front
matter with dates that are no dates, cut and copied runs of text, random bytes) and checked in
one process in every report format; with --configs, a config and a rule pack are mutated
instead. A failing input is written to --out with what went wrong, for a test to be made of
it. Not a test: it runs as long as it is asked to.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import tempfile
import traceback
from pathlib import Path

SNIPPETS = [
    '"', "“", "”", "‘", "’", "'", "«", "»", "\u00a0", "\u200b", "\ufeff", "\r", "\r\n", "\n",
    "\n\n", "\t", "---\n", "```\n", "<div>", "</p>", "<!-- ", " -->", "<!-- newslint disable -->",
    "# ", "## ", "> ", "- ", "1. ", "| a | b |\n|---|---|\n", "![alt](x.png)", "[link](http://x)",
    "*", "_", "**", "\\", "...", "…", "—", "?", "!", ":", "(", ")", "%", "£", "1,000", "\u0301",
    "😀", "\u202e", "\x00", "\x0b", "\x0c", "\u2028", "\x85", "said", "according to", "Photo: ",
    "ADVERTISEMENT", 'title: "x: y"\n', "sources: [missing.txt]\n", "date: 2025-13-45\n",
    " " * 50, "A" * 3000, "word " * 400,
]
FRONT = ["title: x\n", "title: [\n", "a: b: c\n", "- 1\n", "", "date: 2025-13-45\n",
         "author: {x: 1}\n", "n: !!int many\n"]
TOML_FRONT = ['title = "x"\n', "title = x\n", 'title = """\n', "tags = [1,\n", "[params]\na = 1\n",
              'sources = ["missing.txt"]\n', "date = 2025-13-45\n", "a.b = 1\n", "", "'k' = 'v'\n"]
CONFIG = """extends: default
select: [attribution, quotes, style]
ignore: [style.wordy-phrase]
rules:
  readability.sentence-length:
    severity: error
    max: 30
  style.exclamation: "off"
overrides:
  - files: ["opinion/**"]
    ignore: [style.exclamation]
packs: [house]
fail-level: warning
"""
RULE = """kind: existence
scope: body-sentence
severity: warning
summary: A banned word.
why: Because.
message: "Banned '{match}'."
fix: Cut it.
patterns:
  - (?:utili[sz]e|leverage)
examples:
  fail:
    - text: "We utilise it."
      expect: ["1:4"]
  pass:
    - "We use it."
"""
CONFIG_SNIPPETS = [":", " ", "\n", "  ", "-", "[", "]", "{", "}", '"', "'", "*", "&a", "!!int",
                   "~", "null", "-1", "1e999", "(", "(?P<x>", "{match}", "{nope}", "\t", "#",
                   "\x00", "kind: metric\n", "scope: nowhere\n"]


def mutate(rnd: random.Random, text: str, snippets: list[str]) -> str:
    for _ in range(rnd.randint(1, 12)):
        at = rnd.randint(0, len(text))
        roll = rnd.random()
        if roll < 0.45:
            text = text[:at] + rnd.choice(snippets) + text[at:]
        elif roll < 0.65:
            text = text[:at] + text[at + rnd.randint(1, 40):]
        elif roll < 0.8:
            to = rnd.randint(0, len(text))
            text = text[:to] + text[at:at + rnd.randint(1, 300)] + text[to:]
        elif roll < 0.9:
            text = text.replace(rnd.choice(['"', "“", "”", "\n\n", ". "]),
                                rnd.choice(['"', "“", "\n", ".\n\n", ""]), rnd.randint(1, 5))
        elif snippets is SNIPPETS and roll < 0.95:
            text = "---\n" + rnd.choice(FRONT) + rnd.choice(["---\n", "", "...\n"]) + text
        elif snippets is SNIPPETS:
            text = "+++\n" + rnd.choice(TOML_FRONT) + rnd.choice(["+++\n", "", "+++"]) + text
    return text


def problem(code: int, out: str, err: str, fmt: str) -> str | None:
    """What is wrong with one run's outcome, or None."""
    if code not in (0, 1, 2) or "internal error" in err or "Traceback" in err:
        return f"exit {code}: {err.strip()[-300:]}"
    if code == 2 and (err.count("\n") != 1 or not err.startswith("newslint: ")):
        return f"error not one line: {err!r}"
    if code != 2 and fmt in ("json", "sarif"):
        try:
            json.loads(out)
        except ValueError as exc:
            return f"{fmt} output does not parse: {exc}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--configs", action="store_true", help="mutate a config and a rule pack")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args(argv)
    from lint.cli import main as newslint

    rnd = random.Random(args.seed)
    sources = [p.read_text(encoding="utf-8", errors="replace") for folder in args.folders
               for p in sorted(folder.iterdir())[:300] if p.suffix in (".txt", ".md")]
    if not sources:
        raise SystemExit("no .txt or .md articles in the folders given")
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        for run in range(args.runs):
            for leftover in Path(tmp).iterdir():
                if leftover.is_file():
                    leftover.unlink()
            Path(tmp, ".git").mkdir(exist_ok=True)
            Path(tmp, "house").mkdir(exist_ok=True)
            config, rule = CONFIG, RULE
            if args.configs:
                config = mutate(rnd, CONFIG, CONFIG_SNIPPETS) if rnd.random() < 0.6 else CONFIG
                rule = mutate(rnd, RULE, CONFIG_SNIPPETS) if rnd.random() < 0.6 else RULE
                Path(tmp, ".newslint.yaml").write_text(config, encoding="utf-8")
                Path(tmp, "house", "banned.yaml").write_text(rule, encoding="utf-8")
                article = rnd.choice(sources)
            else:
                Path(tmp, ".newslint.yaml").unlink(missing_ok=True)
                article = mutate(rnd, rnd.choice(sources), SNIPPETS)
            name = "a" + rnd.choice([".md", ".txt", ".markdown"])
            data = (article.encode("utf-8", "surrogatepass") if rnd.random() < 0.97
                    else rnd.randbytes(rnd.randint(0, 500)))
            Path(tmp, name).write_bytes(data)
            for fmt in ("text", "json", "sarif", "github"):
                out, err = io.StringIO(), io.StringIO()
                try:
                    code = newslint(["check", "--no-cache", "-j", "1", "--format", fmt, name],
                                    stdout=out, stderr=err)
                except BaseException:  # noqa: BLE001 - what the fuzzer is looking for
                    code, err = -1, io.StringIO(traceback.format_exc())
                found = problem(code, out.getvalue(), err.getvalue(), fmt)
                if found:
                    failures += 1
                    case = args.out.resolve() / f"{args.seed}-{run}"
                    case.mkdir(parents=True, exist_ok=True)
                    (case / name).write_bytes(data)
                    (case / ".newslint.yaml").write_text(config, encoding="utf-8")
                    (case / "banned.yaml").write_text(rule, encoding="utf-8")
                    (case / "problem.txt").write_text(f"--format {fmt}: {found}\n", "utf-8")
                    print(f"run {run}, --format {fmt}: {found.splitlines()[0][:160]} ({case})")
                    break
    print(f"{args.runs} runs, {failures} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
