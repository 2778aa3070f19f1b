"""Check that a very large article (50 MB by default) is read and checked to the end.

    python scripts/large_file.py [MEGABYTES]

Writes the article to a temporary directory, runs `newslint check` on it, prints the time taken
and the exit code, and fails if the run did not finish cleanly (exit 0 or 1, nothing on stderr).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time

from lint.cli import main

PARAGRAPH = ("The council met on Tuesday to vote on the budget. Members agreed to fund the "
             "schools. The the vote was close.\n\n")


def run(megabytes: float) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.md")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(PARAGRAPH * int(megabytes * 1_000_000 // len(PARAGRAPH)))
        out, err = io.StringIO(), io.StringIO()
        started = time.perf_counter()
        code = main(["check", "--no-cache", "--min-level", "error", path], out, err)
        elapsed = time.perf_counter() - started
    print(f"{megabytes:g} MB: exit {code} in {elapsed:.1f} s")
    if err.getvalue():
        print(err.getvalue(), end="", file=sys.stderr)
    return 0 if code in (0, 1) and not err.getvalue() else 1


if __name__ == "__main__":
    sys.exit(run(float(sys.argv[1]) if len(sys.argv) > 1 else 50.0))
