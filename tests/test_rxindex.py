"""lint.rxindex: the first-character index added to patterns the compiler leaves unindexed.

The index may only skip positions where no match can start, so a search must find exactly what
``re`` finds: checked on hand-picked patterns and on a few thousand random ones.
"""

from __future__ import annotations

import os
import random
import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

import pytest
from conftest import random_patterns_find_what_re_finds

from lint.rx import PatternStore
from lint.rxindex import add_index

# The store's own builder: what ``re`` compiles, with the index (nothing is read or written).
_STORE = PatternStore(os.devnull)


def _build(pattern: str, flags: int = 0) -> tuple[re.Pattern[str], bool]:
    """The pattern compiled with the index, and whether one was added."""
    compiled, kept = _STORE._build(pattern, flags)
    return compiled, kept[1] != _STORE._build(pattern, flags, index=False)[1][1]


TEXTS = [
    "Some experts said; many critics, it is thought, SOME-experts.",
    "some some experts\nmany\tcritics (it is said) \u201cquoted\u201d words",
    "a ab abb b ba -a a- \n\nb-b aab bba",
    "",
    "x",
]

INDEXED = [
    r"(?<![\w-])(?:some|many)\s+(?:experts?|critics)",
    r"(?<![\w-])(?:(?:a|an|one)\s+)?(?:source|official)s?",
    r"\b(?:it|this)\s+is\s+(?:said|thought)\b",
    r"(?<=\s)(?:a|)b",
    r"(?<![.])a*b",
    r"(?<!x)(a)\1",
    r"(?=[sm])\w+",
    r"(?<![\w-])(?:x{0}some|many)",
    r"(?m)^[ \t]*(?:some|many)",
    r"(?<!\w)[\u201c\"](?P<inner>[^\u201d\"]*)[\u201d\"]",
]

NOT_INDEXED = {
    r"some|many": "the compiler's own charset",
    r"(?<![\w-])(?i:some|many)": "case-insensitive part",
    r"(?i)(?<![\w-])some": "case-insensitive pattern",
    r"^\s*some": "anchored at the start: the engine stops after one position",
    r"\Asome": "anchored at the start",
    r"(?<!x)[^a]b": "negated class first",
    r"(?<!x).b": "any character first",
    r"(?<!x)(?:a?)?": "can match nothing",
    r"(?<!x)(a)?\1?b?": "may start with a back-reference",
}


@pytest.mark.parametrize("pattern", INDEXED)
def test_indexed_patterns_find_what_re_finds(pattern: str) -> None:
    compiled, added = _build(pattern)
    assert added
    for text in TEXTS:
        assert [m.span() for m in compiled.finditer(text)] == [
            m.span() for m in re.finditer(pattern, text)]
        assert compiled.sub("#", text) == re.sub(pattern, "#", text)


@pytest.mark.parametrize("pattern", sorted(NOT_INDEXED))
def test_left_as_the_compiler_made_it(pattern: str) -> None:
    compiled, added = _build(pattern)
    assert not added, NOT_INDEXED[pattern]
    assert compiled == re.compile(pattern)


def test_the_set_holds_exactly_the_possible_first_characters() -> None:
    compiled, _ = _build(r"(?<![\w-])(?:some|many|(?:x|y)?z)\b")
    starts = [m.start() for m in compiled.finditer("some many xz yz z wz q")]
    assert starts == [0, 5, 10, 13, 16]
    parsed = _parser.parse(r"(?<![\w-])(?:some|many|(?:x|y)?z)\b")
    code = add_index(_compiler._code(parsed, 0), parsed, 0, _compiler, _constants)
    assert code[2] & _constants.SRE_INFO_CHARSET
    # the charset block: a bitmap of the characters m, s, x, y, z
    plain = _compiler._code(_parser.parse("[msxyz]"), 0)
    assert code[5:1 + code[1]] == plain[5:1 + plain[1]]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    atoms = ["a", "b", "-", " ", "[ab]", "[^a]", r"\w", r"\s", ".", r"\b", r"(?<![\w-])",
             "(?<=a)", "(?!b)", "(?=a)", "$", "^"]
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.2 and depth < 2:
            alternatives = [_random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.2:
                alternatives.append("")
            atom = "(?:" + "|".join(alternatives) + ")"
        elif roll < 0.3 and depth < 2:
            atom = "(" + _random_pattern(rng, depth + 1) + ")"
        else:
            atom = rng.choice(atoms)
        if depth <= 1 and atom not in (r"\b", "$", "^") and not atom.startswith(("(?<", "(?=",
                                                                                 "(?!")):
            atom += rng.choice(["", "", "", "?", "*", "+", "{0,2}", "{2}", "??"])
        parts.append(atom)
    return "".join(parts)


def test_random_patterns_find_what_re_finds() -> None:
    indexed = random_patterns_find_what_re_finds(20261201, _random_pattern, _build, "ab- \nxa",
                                                 12)
    assert indexed > 250
