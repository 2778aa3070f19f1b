"""Every shipped pattern rule can skip most of an article without a match attempt.

A rule's patterns are joined into one search. One pattern that can start at any word (an
optional word before a listed one, ``[\\w-]+ circles``, a leading ``\\s+``) or one case-sensitive
part in a lower-case list takes away, for the whole rule, the first-character index or the
lower-cased search that let the regex engine skip most positions, and the rule costs two to
five times as much. These guards say which rule and why, instead of a slower benchmark later.
"""

from __future__ import annotations

import os
import re
import string
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from lint import config, ruleset, rxindex
from lint.kinds.base import Searcher

_LETTERS = frozenset(string.ascii_lowercase)


def _searchers() -> list[tuple[str, Searcher]]:
    cfg = config.default()
    rules = ruleset.rules_for(ruleset.load_ruleset(cfg), cfg, os.path.join(os.getcwd(), "x.md"))
    found = []
    for rule in rules:
        search = getattr(rule.checker, "search", None)
        if isinstance(search, Searcher):
            found.append((rule.id, search))
    return found


SEARCHERS = _searchers()


def _first_letters(items: list[Any]) -> frozenset[str]:
    """The lower-case letters a match can start with, from the index's charset items (a
    category, \\w or \\s, or a negated set: any letter)."""
    listed = rxindex.listed_chars(items, _constants)
    return _LETTERS if listed is None else listed & _LETTERS


def test_the_shipped_rules_have_searches() -> None:
    assert len(SEARCHERS) >= 12


@pytest.mark.parametrize(("rule_id", "search"), SEARCHERS, ids=[r for r, _ in SEARCHERS])
def test_a_lower_case_list_searches_the_lower_cased_text(rule_id: str, search: Searcher) -> None:
    assert not search.pattern.flags & re.IGNORECASE, (
        f"{rule_id}: one pattern holds a capital letter or (?-i:...), so the whole list is "
        "matched case-insensitively")


@pytest.mark.parametrize(("rule_id", "search"), SEARCHERS, ids=[r for r, _ in SEARCHERS])
def test_a_search_skips_most_positions(rule_id: str, search: Searcher) -> None:
    at_lines, mark, rest, _literals = search._work_out_plan()
    if at_lines or rest or mark:
        return  # tried at line starts only, or only where a mark such as "?" occurs
    parsed = _parser.parse(search.pattern.pattern, int(search.pattern.flags))
    first = rxindex.first_charset(list(parsed.data), _constants, 0)
    assert first is not None, f"{rule_id}: no first-character index can be worked out"
    assert _first_letters(first) != _LETTERS, (
        f"{rule_id}: a match may start with any letter; a pattern probably starts at any word")
