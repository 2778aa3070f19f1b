"""lint.rxdispatch: long alternations regrouped by first character.

A regrouped pattern must find exactly what ``re`` finds, with the same groups, the first
alternative that matches winning as before: checked on hand-picked shapes and on a few thousand
random alternations.
"""

from __future__ import annotations

import os
import random
import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import pytest
from conftest import random_patterns_find_what_re_finds

from lint.rx import PatternStore
from lint.rxdispatch import MIN_BRANCH, dispatch

_STORE = PatternStore(os.devnull)  # the store's builder; nothing is read or written


def _regrouped(pattern: str, flags: int = 0) -> bool:
    parsed = _parser.parse(pattern, flags)
    before = _compiler._code(parsed, flags)
    changed = dispatch(parsed, flags | parsed.state.flags, _parser, _constants)
    assert changed == (_compiler._code(parsed, flags) != before)
    return changed


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[Any, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _same_as_re(pattern: str, texts: list[str], flags: int = 0) -> None:
    built = _STORE._build(pattern, flags)[0]
    expected = re.compile(pattern, flags)
    for text in texts:
        assert _found(built, text) == _found(expected, text), (pattern, text)


TEXTS = [
    "some critics say; many experts said, critics argue, SOME critics, sources say",
    "a ab abc abd b bc bcd c cd-ab x-ab ab-x abab aab",
    "the word is that rumour has it the word in the city is that",
    "it is said it was said it is thought one source said a source told",
    "",
    "s",
]

REGROUPED = {
    # leftmost-first: the first alternative that matches wins, not the longest
    r"(?<![\w-])(?:a|ab|abc|b|bc|c)": "a literal list",
    r"(?<![\w-])(?:ab|a|abc|abd|bcd|bc|b)(?![\w-])": "backtracking into a later alternative",
    r"(?<![\w-])(?:(?:some|many)\s+critics|critics\s+(?:say|argue)|sources\s+say|some|many"
    r"|most)": "a branch first inside an alternative",
    r"(?:(?:a|an|one)\s+)?(?:source|sources)\s+(?:said|told)|word\s+is|rumou?r\s+has\s+it"
    r"|it\s+(?:is|was)\s+(?:said|thought)|critics|cd|some|sa|ab|on": "optional first (greedy)",
    r"(?:(?:a|an|one)\s+)??(?:source|sources)\s+(?:said|told)|word\s+is|rumou?r\s+has\s+it"
    r"|it\s+(?:is|was)\s+(?:said|thought)|critics|cd|some|sa|ab|on": "optional first (lazy)",
    r"(?:a{1,2}b|ab{2,3}|b+c|c*d|bc?d|ab)": "repeats first",
    r"(?<=\s)(?:ab|ac|bc|bd|cd|ce)": "a lookbehind before the branch",
    r"(?:(?<![\w-])ab|(?<![\w-])ac|(?<=\s)bc|(?<!x)bd|cd|ce)": "lookbehinds inside alternatives",
    r"(?:(ab)|(a)b|(?P<c>c)d|bc|bd|b)": "captures: kept whole behind a lookahead",
    r"(?:(?=ab)a|ab|ac|ba|bc|ca)": "a lookahead first: kept whole",
    r"(?:ab|ac|[a-z]+-ab|ba|bb|bc|cd)": "an alternative of many first characters in between",
    r"(?:\s+ab|ab|ac|ba|bc|cd|ce)": "an alternative whose first characters cannot be listed",
    r"(?:a?|ab|ac|ad|ae|af)": "an alternative that can match nothing stays first",
    r"(?:ab|ac|ad|ae|af|ag|b)\b": "one first character shared by nearly all",
}

LEFT_ALONE = {
    r"(?:ab|ac|ad|ae|af)": "fewer alternatives than MIN_BRANCH",
    r"(?i)(?:ab|ac|ad|ae|af|ag)": "case-insensitive",
    r"(?:ab|ac|ad|ae|af|(?i:ag))": "a part with its own flags",
    r"(?:ab|bc|cd|de|ef|fg)": "no first character shared",
    r"(?:ab|ac|ad|ae|af|ag)": "the parser already took off the prefix they all share",
    r"(?:\sa|\sb|\sc|\sd|\se|\sf)": "first characters that cannot be listed",
}


@pytest.mark.parametrize("pattern", sorted(REGROUPED))
def test_regrouped_patterns_find_what_re_finds(pattern: str) -> None:
    assert _regrouped(pattern), REGROUPED[pattern]
    _same_as_re(pattern, TEXTS)
    _same_as_re(pattern, [t.upper() for t in TEXTS])


@pytest.mark.parametrize("pattern", sorted(LEFT_ALONE))
def test_left_as_the_parser_made_it(pattern: str) -> None:
    assert MIN_BRANCH == 6
    assert not _regrouped(pattern), LEFT_ALONE[pattern]
    _same_as_re(pattern, TEXTS)


def test_a_search_looks_at_fewer_alternatives() -> None:
    # six alternatives starting with "s" and six with "m": at a word starting with "m" the
    # regrouped branch looks at two groups, then the six "m" words, not twelve words
    pattern = "(?<![\\w-])(?:" + "|".join(
        [f"s{w}" for w in ("ay", "aid", "ays", "uggest", "ources", "ome")]
        + [f"m{w}" for w in ("any", "ost", "ight", "ay", "edia", "embers")]) + ")"
    parsed = _parser.parse(pattern)
    assert dispatch(parsed, 0, _parser, _constants)
    branch = [av for op, av in parsed.data if op is _constants.BRANCH][0]
    assert [alt.data[0] for alt in branch[1]] == [
        (_constants.LITERAL, ord("s")), (_constants.LITERAL, ord("m"))]
    assert _found(_STORE._build(pattern, 0)[0], "many say; most media") == [
        ((0, 4), ()), ((5, 8), ()), ((10, 14), ()), ((15, 20), ())]


def _random_alternation(rng: random.Random, depth: int = 0) -> str:
    words = ["a", "ab", "abc", "b", "ba", "bab", "c", "ca", "cb", "x", "a-b", "aa"]
    alternatives = []
    for _ in range(rng.randint(MIN_BRANCH if depth == 0 else 2, 12)):
        part = rng.choice(words)
        roll = rng.random()
        if roll < 0.15 and depth < 1:
            part = "(?:" + _random_alternation(rng, depth + 1) + ")" + rng.choice(["", "b", "?"])
        elif roll < 0.25:
            part = rng.choice(["(?:a|b)", "(?:a|c)?", "[ab]", "[bc]+", "a{1,2}", "b*", "(?:a|b)??",
                               "[bc]+?", "b*?", "(?:ab|a)?"]) + part
        elif roll < 0.32:
            part = rng.choice(["(?<![\\w-])", "(?<=a)", "(?<!b)", "\\b"]) + part
        elif roll < 0.37:
            part = "(" + part + ")"
        elif roll < 0.42:
            part = part + rng.choice(["\\b", "(?![\\w-])", "$", "(?=a)"])
        elif roll < 0.46:
            part = rng.choice(["[a-c]-", "\\w", "(?=a)a"]) + part
        alternatives.append(part)
    return "|".join(alternatives)


def _random_pattern(rng: random.Random) -> str:
    return "(?:" + _random_alternation(rng) + ")" + rng.choice(["", "", "b", "(?![\\w-])"])


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], bool]:
    return _STORE._build(pattern, flags)[0], _regrouped(pattern, flags)


def test_random_alternations_find_what_re_finds() -> None:
    regrouped = random_patterns_find_what_re_finds(20261202, _random_pattern, _build,
                                                   "abcx- \naab", 20, count=1500)
    assert regrouped > 800


def test_a_rewrite_with_too_many_prefixes_is_abandoned() -> None:
    # every alternative opens with 16 optional "x or y": regrouping the tails in turn would
    # build a prefix tree of 2 ** 16 paths, so the pattern is left as the parser made it
    heads = "(?:x|y)?" * 16
    pattern = "(?:" + "|".join(f"{heads}{c}{i}" for i, c in enumerate("bcdefgh" * 2)) + ")"
    assert not _regrouped(pattern)
    _same_as_re(pattern, ["xyb0", "yyyyxxc1 d2", "h6 xh13"])


def test_parts_nested_too_deep_to_take_apart_are_left_alone() -> None:
    # taking "a?" off 1,500 times in a row runs past Python's recursion limit
    pattern = "(?:" + "|".join("a?" * 1500 + c for c in "bcdefgh") + ")"
    assert not _regrouped(pattern)
    _same_as_re(pattern, ["b", "x d y", ""])
