"""A double quotation opened inside another in the same style is reported once, at that mark."""

from __future__ import annotations

from lint.document import parse
from lint.engine import check_document
from lint.rulefile import load_pack, shipped_rules_dir


def findings(text: str) -> list[str]:
    rules = load_pack(shipped_rules_dir() + "/quotes")
    doc = parse("a.txt", text, "text")
    return [f"{f.line}:{f.column} {f.rule}" for f in check_document(doc, rules)]


def test_the_inner_closing_mark_closes_the_nested_quotation_not_the_outer_one() -> None:
    text = ("Vote count\n\n“They ran the town like a club with “members only” on the door,” "
            "the mayor said.\n")
    assert findings(text) == ["3:37 quotes.nesting"]


def test_two_openings_and_one_close_leave_one_quotation_open() -> None:
    text = ("Vote count\n\n“They ran the town like a club with “members only on the door,” "
            "she said.\n")
    assert findings(text) == ["3:1 quotes.unclosed", "3:37 quotes.nesting"]


def test_single_marks_inside_double_marks_are_fine() -> None:
    text = ("Vote count\n\n“They ran the town like a club with ‘members only’ on the door,” "
            "the mayor said.\n")
    assert findings(text) == []


def test_a_single_quotation_inside_a_single_quotation_is_reported_at_the_inner_mark() -> None:
    text = ("Vote count\n\n‘They ran the town like a club with ‘members only’ on the door,’ "
            "the mayor said.\n")
    assert findings(text) == ["3:37 quotes.nesting"]


def test_double_marks_inside_single_marks_are_fine() -> None:
    text = ("Vote count\n\n‘They ran the town like a club with “members only” on the door,’ "
            "the mayor said.\n")
    assert findings(text) == []


def test_a_single_quotation_reopened_after_its_own_attribution_is_not_nested() -> None:
    text = "Vote count\n\n‘We lost, the mayor said. ‘We will be back next year.’\n"
    assert "quotes.nesting" not in " ".join(findings(text))
