"""Searcher's literal prefilter: strings one of which every match holds, so that a text holding
none of them is not searched. It may only skip texts that hold no match: checked on every
shipped rule, on hand-written patterns and on a thousand random ones."""

from __future__ import annotations

import glob
import os
import random
import re
from re import _parser  # type: ignore[attr-defined]

import pytest

from lint.document import parse
from lint.kinds.base import Context, Searcher, matches_in_spans, needed_literals, required
from lint.rulefile import Rule, load_pack
from lint.segment import Segments

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _req(source: str, flags: int = 0) -> frozenset[str] | None:
    return required(_parser.parse(source, flags).data)


# --- required(): hand-written patterns -------------------------------------------------------

@pytest.mark.parametrize(("source", "expected"), [
    ("said", {"said"}),
    ("foo|bar", {"foo", "bar"}),
    ("said|says|sad", {"said", "says", "sad"}),  # the parser takes out the common "sa"
    ("(?:foo)?bar", {"bar"}),
    ("(?:some|many)\\s+experts?", {"expert"}),
    ("neighbou?rs", {"neighbours", "neighbors"}),
    ("a[bc]d", {"abd", "acd"}),  # a class of plain characters is spelled out
    ("[abc]def", {"adef", "bdef", "cdef"}),
    ("[a-c]def", {"def"}),  # a range is not spelled out
    ("\\w+ing\\b", {"ing"}),
    ("abc+", {"abc"}),
    ("x(?:ab)+cd", {"abcd"}),
    ("(?:ab|cd){2}", {"abab", "abcd", "cdab", "cdcd"}),
    ("(?:abc){2,}", {"abcabc"}),
    ("(?:abc)+?x", {"abcx"}),
    ("(?>abc)d", {"abcd"}),
    ("(?<=foo)bar", {"bar"}),  # a lookbehind's text is not in the match
    ("(?=foobar)foo", {"foo"}),
    ("foo(?=x)bar", {"foobar"}),  # a lookaround consumes nothing: the run goes on
    ("(?<![\\w-])(?:said|told)(?![\\w-])", {"said", "told"}),
    ("(?i:abc)def", {"def"}),  # a case-insensitive part holds no exact literal
    ("(?:a|bc)\\s+(?:said|told)", {"said", "told"}),
    ("(?:(?:foo|bar)\\s+x|baz)", {"foo", "bar", "baz"}),
    ("^\\s*quux$", {"quux"}),
    # a word nearly every news article holds is the last choice
    ("(?:said|told)\\s+(?:the\\s+)?critics", {"critics"}),
    ("(?:some|many)\\s+say", {"some", "many"}),  # both common: the longer
    ("people\\s+\\w+", {"people"}),
])
def test_required_strings(source: str, expected: set[str]) -> None:
    assert _req(source) == frozenset(expected)


@pytest.mark.parametrize("source", [
    "ab",  # too short to be worth a look
    "a|bcd",
    "\\w+",
    "[abc]+",
    "[^x]yz",
    "(?:foo)?",
    "(?:foo)*bar?",
    "foo|\\d+",
    "(?=foo)\\w",
    "(?i:abcdef)",
    "(?!foo)bar|x",
    "(a)\\1abc",  # a back-reference: give up
    "(?P<x>a)?(?(x)abc|abd)",  # a conditional group: give up
    "(?P<x>abc)(?P=x)",
])
def test_no_required_strings(source: str) -> None:
    assert _req(source) is None


def test_case_insensitive_patterns_have_no_literals() -> None:
    assert needed_literals(re.compile("abcdef", re.IGNORECASE)) is None
    assert needed_literals(re.compile("(?i)abcdef")) is None
    assert needed_literals(re.compile("abcdef")) == ("abcdef",)
    assert needed_literals(re.compile("(?i:abc)def|ghi")) == ("def", "ghi")


def test_literals_are_minimal_and_shortest_first() -> None:
    assert needed_literals(re.compile("believed|believe|thinks|think")) == ("think", "believe")


def test_too_many_literals_give_no_prefilter() -> None:
    many = "|".join(f"w{i:03d}" for i in range(100))
    assert needed_literals(re.compile(many)) is None
    assert needed_literals(re.compile("|".join(f"w{i:03d}" for i in range(20)))) is not None


# --- the shipped rules ----------------------------------------------------------------------

def _rules() -> list[Rule]:
    found = []
    for folder in sorted(glob.glob(os.path.join(ROOT, "rules", "*", ""))):
        for rule in load_pack(folder):
            if isinstance(getattr(rule.checker, "search", None), Searcher):
                found.append(rule)
    return found


RULES = _rules()


def _texts(rule: Rule, rnd: random.Random) -> list[str]:
    """The rule's examples, and texts of their words shuffled (with sentence and paragraph
    breaks thrown in)."""
    examples = [e.text for e in (*rule.fails, *rule.passes)]
    words = [w for text in examples for w in text.split()]
    texts = list(examples)
    for _ in range(30):
        picked = rnd.sample(words, min(len(words), rnd.randint(1, 40)))
        parts = []
        for word in picked:
            parts.append(word)
            parts.append(rnd.choice([" ", " ", " ", " ", ". ", "\n", "\n\n", ", "]))
        text = "".join(parts)
        texts.append("x " + text if text.startswith("---") else text)  # not front matter
    return texts


def _view(rule: Rule, seg: Segments) -> str:
    if rule.scope == "front-matter":
        return seg.doc.text
    return seg.prose if rule.scope == "quotation" else seg.view(rule.quotations)


def test_rules_are_found() -> None:
    assert len(RULES) >= 8
    assert any(needed_literals(r.checker.search.pattern) for r in RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_shipped_rules_find_the_same_with_the_prefilter(rule: Rule) -> None:
    rnd = random.Random(rule.id)
    search: Searcher = rule.checker.search
    literals = needed_literals(search.pattern)
    skipped = 0
    for text in _texts(rule, rnd):
        seg = Segments(parse("a.txt", text, "text"))
        ctx = Context(seg.doc, seg)
        spans = seg.scope(rule.scope)
        view = _view(rule, seg)
        results = []
        for on in (False, True):
            search.prefilter = on
            try:
                found = [(i, m.span(), m.regs) for i, m in search.matches(seg, view, spans)]
                hits = list(rule.checker.check(ctx, spans, view)) if spans else []
            finally:
                search.prefilter = True
            results.append((found, hits))
        assert results[0] == results[1], text
        if literals is not None:
            searched = seg.lowered(view) if search.lower else view
            for _index, (start, end), _regs in results[0][0]:  # every match holds a literal
                assert any(lit in searched[start:end] for lit in literals), (text, start, end)
            if spans and not any(searched.find(lit, spans[0][0], spans[-1][1]) >= 0
                                 for lit in literals):
                skipped += 1
                assert not results[0][0]
    if literals is not None and search._plan is not None and search._plan[3] is not None:
        assert skipped, "some shuffled text should hold none of the literals"


# --- random patterns ------------------------------------------------------------------------

_LITERALS = ["a", "b", "c", "ab", "abc", "bca", "cab", "aab", "cc", "abca", "Abc"]
_CLASSES = ["[ab]", "[^a]", "\\w", "\\s", ".", "[bc]", "[a ]"]
_QUANTIFIERS = ["?", "+", "*", "{2}", "{1,2}", "{0,3}", "{2,}", "+?", "??", "*?", "++", "?+"]


def _piece(rnd: random.Random, depth: int) -> str:
    roll = rnd.random()
    if depth > 2 or roll < 0.35:
        return rnd.choice(_LITERALS)
    if roll < 0.45:
        return rnd.choice(_CLASSES)
    if roll < 0.6:
        return rnd.choice(["(?:", "(", "(?>", "(?i:"]) + _sequence(rnd, depth + 1) + ")"
    if roll < 0.72:
        return "(?:" + "|".join(_sequence(rnd, depth + 1)
                                for _ in range(rnd.randint(2, 3))) + ")"
    if roll < 0.88:
        atom = rnd.choice(_LITERALS[:3] + _CLASSES[:2]) if rnd.random() < 0.4 else \
            "(?:" + _sequence(rnd, depth + 1) + ")"
        return atom + rnd.choice(_QUANTIFIERS)
    return rnd.choice(["(?=" + _sequence(rnd, depth + 1) + ")",
                       "(?!" + _sequence(rnd, depth + 1) + ")",
                       "(?<=ab)", "(?<!c)", "(?<![\\w])", "\\b", "^", "$"])


def _sequence(rnd: random.Random, depth: int) -> str:
    return "".join(_piece(rnd, depth) for _ in range(rnd.randint(1, 3)))


def _pattern(rnd: random.Random) -> re.Pattern[str]:
    while True:
        source = _sequence(rnd, 0)
        if rnd.random() < 0.3:
            source = "|".join([source, _sequence(rnd, 0)])
        try:
            return re.compile(source)
        except re.error:
            continue


def _text(rnd: random.Random) -> str:
    pieces = [*_LITERALS, "A", "B", "C", " ", "\n"]
    return "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))


def _spans(rnd: random.Random, length: int) -> list[tuple[int, int]]:
    """One to three sorted spans of a text, not overlapping (they may touch)."""
    count = rnd.randint(1, 3)
    cuts = sorted(rnd.choice(range(length + 1)) for _ in range(2 * count))
    return [(cuts[i], cuts[i + 1]) for i in range(0, 2 * count, 2)]


def test_random_patterns_never_skip_a_match() -> None:
    rnd = random.Random(20240611)
    with_literals = skips = 0
    for _ in range(1000):
        pattern = _pattern(rnd)
        literals = needed_literals(pattern)
        if literals is None:
            continue
        with_literals += 1
        assert all(len(lit) >= 3 for lit in literals)
        for _ in range(25):
            text = _text(rnd)
            for match in pattern.finditer(text):  # every match holds one of the literals
                assert any(lit in match.group() for lit in literals), (pattern, text)
            if not any(lit in text for lit in literals):
                skips += 1
                assert pattern.search(text) is None, (pattern, text)
            spans = _spans(rnd, len(text))
            for per_span in (False, True):
                plain = [(i, m.span()) for i, m in matches_in_spans(pattern, text, spans,
                                                                    per_span)]
                filtered = [(i, m.span()) for i, m in matches_in_spans(
                    pattern, text, spans, per_span, literals=list(literals))]
                assert plain == filtered, (pattern, text, spans)
    assert with_literals > 200 and skips > 1000  # the prefilter was put to the test
