"""The seed articles' expected findings (../shared/seeds/EXPECTED.md) under the default profile.

The articles are not part of the project; the test skips when ../shared is not beside it.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from lint.cli import main

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
ROW = re.compile(r"\| (\S+\.txt) \| (\d+) \| (\S+) \| (required|wanted|clean) \|")
GUARDED = {"attribution", "quotes", "insertions"}

pytestmark = pytest.mark.skipif(
    not (SEEDS / "EXPECTED.md").is_file(),
    reason=f"seed articles not found at {SEEDS} (they live in ../shared beside the checkout)",
)


def expected_rows() -> list[tuple[str, int, str, str]]:
    text = (SEEDS / "EXPECTED.md").read_text(encoding="utf-8")
    return [(m[1], int(m[2]), m[3], m[4]) for m in ROW.finditer(text)]


def packs_by_line() -> dict[tuple[str, int], set[str]]:
    files = sorted({row[0] for row in expected_rows()})
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--no-cache", "--format", "json", *(str(SEEDS / f) for f in files)],
                stdout=out, stderr=err)
    assert (code, err.getvalue()) == (1, "")
    found: dict[tuple[str, int], set[str]] = {}
    for item in json.loads(out.getvalue())["findings"]:
        key = (Path(item["path"]).name, item["line"])
        found.setdefault(key, set()).add(item["rule"].split(".")[0])
    return found


@pytest.fixture(scope="module")
def found() -> dict[tuple[str, int], set[str]]:
    return packs_by_line()


def test_every_required_row_is_found(found: dict[tuple[str, int], set[str]]) -> None:
    missing = [(f, line, pack) for f, line, pack, status in expected_rows()
               if status == "required" and pack not in found.get((f, line), set())]
    assert missing == []
    assert sum(1 for row in expected_rows() if row[3] == "required") == 13


def test_no_news_finding_on_clean_rows(found: dict[tuple[str, int], set[str]]) -> None:
    alarms = [(f, line, sorted(found.get((f, line), set()) & GUARDED))
              for f, line, _pack, status in expected_rows()
              if status == "clean" and found.get((f, line), set()) & GUARDED]
    assert alarms == []


def test_one_paragraph_per_line_copy_gets_the_same_findings(tmp_path: Path) -> None:
    """The seeds as copy often arrives, with single line breaks between paragraphs: the same
    rules fire with the same messages, each on its paragraph's new line."""
    for name in sorted({row[0] for row in expected_rows()}):
        text = (SEEDS / name).read_text(encoding="utf-8")
        blocks = text.split("\n\n")
        squeezed = tmp_path / name
        squeezed.write_text("\n".join(blocks), encoding="utf-8")
        new_line = {}  # line in the original -> line in the squeezed copy
        line = 1
        for index, block in enumerate(blocks):
            for offset in range(block.count("\n") + 1):
                new_line[line + offset] = index + 1 + offset + sum(
                    b.count("\n") for b in blocks[:index])
            line += block.count("\n") + 2
        results = []
        for path in (SEEDS / name, squeezed):
            out = io.StringIO()
            main(["check", "--no-cache", "--format", "json", str(path)],
                 stdout=out, stderr=io.StringIO())
            results.append(json.loads(out.getvalue())["findings"])
        original, squeezed_findings = results
        assert len(original) > 5
        assert [(new_line[f["line"]], f["rule"], f["message"]) for f in original] == [
            (f["line"], f["rule"], f["message"]) for f in squeezed_findings]
