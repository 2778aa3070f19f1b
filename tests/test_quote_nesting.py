"""Quotations nested wrongly are reported once, at the inner mark: a double inside a double, or a
single inside a single in copy that quotes with single marks."""

from __future__ import annotations

import pytest

from lint.document import parse
from lint.engine import check_document
from lint.rulefile import load_pack, shipped_rules_dir


def findings(text: str) -> list[str]:
    rules = load_pack(shipped_rules_dir() + "/quotes")
    doc = parse("a.txt", text, "text")
    return [f"{f.line}:{f.column} {f.rule}" for f in check_document(doc, rules)]


@pytest.mark.parametrize(("quotation", "expected"), [
    # the inner closing mark closes the nested quotation, not the outer one
    ("“They ran the town like a club with “members only” on the door,” the mayor said.",
     ["3:37 quotes.nesting"]),
    # two openings and one close leave one quotation open
    ("“They ran the town like a club with “members only on the door,” she said.",
     ["3:1 quotes.unclosed", "3:37 quotes.nesting"]),
    ("“They ran the town like a club with ‘members only’ on the door,” the mayor said.", []),
    # in copy that quotes with single marks, a single quotation inside one is nested wrongly
    ("‘They ran the town like a club with ‘members only’ on the door,’ the mayor said.",
     ["3:37 quotes.nesting"]),
    ("‘They ran the town like a club with “members only” on the door,’ the mayor said.", []),
    # a straight single quotation opened inside a double one and never closed
    ("Half the programme must be \"music with a 'connection to the North,\" the rules say.",
     ["3:42 quotes.nesting"]),
    # a single quotation reopened after its own attribution is not nested
    ("‘We lost, the mayor said. ‘We will be back next year.’", []),
])
def test_quotation_nesting(quotation: str, expected: list[str]) -> None:
    assert findings(f"Vote count\n\n{quotation}\n") == expected
