"""Separator lines start a new section for the duplicate check; invisible lines do not."""

from __future__ import annotations

from lint.document import parse
from lint.engine import check_document
from lint.rulefile import load_pack, shipped_rules_dir

REPEATED = "Rivera opened the score in the 58th minute with a header from a corner."


def findings(text: str) -> list[str]:
    rules = [r for r in load_pack(shipped_rules_dir() + "/insertions")
             if r.id == "insertions.duplicate-paragraph"]
    doc = parse("a.txt", text, "text")
    return [f"{f.line}:{f.column} {f.rule}" for f in check_document(doc, rules)]


def test_a_line_of_invisible_characters_does_not_separate_sections() -> None:
    text = f"Cup final\n\n{REPEATED}\n\n\u00a0\u200b\n\n{REPEATED}\n"
    assert findings(text) == ["7:1 insertions.duplicate-paragraph"]


def test_a_visible_separator_starts_a_new_section() -> None:
    text = f"Cup final\n\n{REPEATED}\n\n* * *\n\n{REPEATED}\n"
    assert findings(text) == []
