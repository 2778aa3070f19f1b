"""Patterns that match only at line starts are tried there only, with the same matches."""

from __future__ import annotations

import random
import re

import pytest

from lint.document import compute_line_starts, parse
from lint.kinds.base import Searcher, at_line_starts, matches_in_spans, needed_mark
from lint.segment import Segments

ANCHORED = [
    r"(?:(?<![^\n])[ \t]*(?:\*{1,2}|_{1,2})?(?:sign[ \t]+up|subscribe)\b[^\n]*)",
    r"(?:(?<![^\n])ab)|(?:(?<![^\n])[ \t]*b+\n?a)",
    r"(?<![\w-])(?:(?:(?<![^\n])(?:a|b)[ab\n]*))",
    r"(?<![^\n])[ \t]*(?:a|b)[^\n]*$",
    r"(?i)(?<![^\n])A[ab]",
]
NOT_ANCHORED = [
    r"(?<![^\n])[ \t]*",  # can match empty
    r"(?:(?<![^\n])x)|y",
    r"(?<![^\n \t])(?:(?<![^\n])|(?<=[.!?][ \t]))a",
    r"a(?<![^\n])b",
]


@pytest.mark.parametrize("pattern", ANCHORED)
def test_anchored_patterns_are_recognised(pattern: str) -> None:
    assert at_line_starts(re.compile(pattern))


@pytest.mark.parametrize("pattern", NOT_ANCHORED)
def test_other_patterns_are_not(pattern: str) -> None:
    assert not at_line_starts(re.compile(pattern))


@pytest.mark.parametrize("seed", range(200))
def test_matches_at_line_starts_are_the_matches_of_a_full_search(seed: int) -> None:
    rnd = random.Random(seed)
    text = "".join(rnd.choice(["a", "b", " ", "\t", "\n", "\n", "*", "_", "sign up ", "x", "A"])
                   for _ in range(rnd.randint(0, 80)))
    cuts = sorted(rnd.sample(range(len(text) + 1), min(len(text) + 1, 2 * rnd.randint(1, 4))))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    lines = compute_line_starts(text)
    for source in ANCHORED:
        pattern = re.compile(source)
        for per_span in (False, True):
            full = [(i, m.span()) for i, m in matches_in_spans(pattern, text, spans, per_span)]
            fast = [(i, m.span()) for i, m in matches_in_spans(pattern, text, spans, per_span,
                                                                lines)]
            assert fast == full, (source, text, spans)


@pytest.mark.parametrize(("pattern", "mark"), [
    (r"(?:[^\s?!.:;]{2,}\?(?=\s|$))", "?"),
    (r"(?:!)", "!"),
    (r"(\d+)(?:\.\d+)?%", "%"),
    (r"(?i:it\?)", "?"),
    (r"a|b?", None),
    (r"(?=\?)a", None),  # a lookahead consumes nothing
    (r"a(?:\?)?", None),  # optional
    (r"x+", None),  # letters depend on case
    (r"(?<![^\n])\w+(?: \w+)*\?|\w{2,}\?", "?"),  # every alternative needs it
    (r"a\?|b!", None),  # each needs its own
    (r"a\?|b", None),
])
def test_needed_mark(pattern: str, mark: str | None) -> None:
    assert needed_mark(re.compile(pattern)) == mark


@pytest.mark.parametrize("seed", range(100))
def test_skipping_text_without_the_needed_mark_keeps_the_matches(seed: int) -> None:
    rnd = random.Random(seed)
    text = "".join(rnd.choice(["ab", "c", " ", "\n", "?", "!", "%", "12", "."])
                   for _ in range(rnd.randint(0, 60)))
    cuts = sorted(rnd.sample(range(len(text) + 1), min(len(text) + 1, 2 * rnd.randint(1, 4))))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    for source in (r"(?:[^\s?!.]{2,}\?(?=\s|$))", r"(\d+)(?:\.\d+)?%", r"c!",
                   r"(?<![^\n])[^\s?!.]+(?: [^\s?!.]+)*\?|[^\s?!.]{2,}\?"):
        pattern = re.compile(source)
        mark = needed_mark(pattern)
        assert mark is not None
        for per_span in (False, True):
            full = [(i, m.span()) for i, m in matches_in_spans(pattern, text, spans, per_span)]
            fast = [(i, m.span()) for i, m in matches_in_spans(pattern, text, spans, per_span,
                                                                needed=mark)]
            assert fast == full


MIXED = [
    [r"(?<![^\n])[ \t]*(?:sign[ \t]+up|subscribe)\b[^\n]*",
     r"\[(?:news|video)\](?=[ \t]*(?![^\n]))"],
    [r"(?<![^\n])ab", r"b+a", r"(?<![^\n])[ \t]*a\n?b"],
    [r"(?<![^\n])(?:a|b)[ab\n]*", r"ba", r"x"],
]


@pytest.mark.parametrize("patterns", MIXED)
@pytest.mark.parametrize("words", [False, True])
def test_a_list_with_some_line_start_patterns_finds_what_a_full_search_finds(
        patterns: list[str], words: bool) -> None:
    searcher = Searcher(patterns, ignorecase=True, words=words)
    assert searcher._work_out_plan()[2]  # some patterns may match away from a line start
    rnd = random.Random(len(patterns))
    for _ in range(150):
        text = "".join(rnd.choice(["a", "b", "B", " ", "\t", "\n", "\n", "sign up ", "x", "-",
                                   "[news]", "[video] ", "subscribe"])
                       for _ in range(rnd.randint(0, 50)))
        seg = Segments(parse("a.txt", text, "text"))
        cuts = sorted(rnd.sample(range(len(text) + 1), min(len(text) + 1, 2 * rnd.randint(1, 3))))
        spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        view = seg.lowered(text) if searcher.lower else text
        full = [(i, m.span()) for i, m in matches_in_spans(searcher.pattern, view, spans,
                                                            searcher.per_span)]
        fast = [(i, m.span()) for i, m in searcher.matches(seg, text, spans)]
        assert fast == full, (patterns, text, spans)


def test_numbered_back_references_keep_the_full_search() -> None:
    searcher = Searcher([r"(?<![^\n])(a)\1", r"(b)\1"], ignorecase=False, words=False)
    assert searcher._work_out_plan()[2] == ()


def test_a_match_running_into_the_next_span_hides_none_inside_it() -> None:
    # "a hazy sky\n\nAn officer ... said" matches from the caption into the next sentence;
    # the match that lies inside the sentence is still found
    pattern = re.compile(r"(?<![\w-])(?:an?\s+(?:\w+\s+){0,3}?officer\s+(?:\w+\s+){0,3}?said)")
    view = "under a hazy sky\n\nan officer in the office said so."
    spans = [(0, 16), (18, len(view))]
    found = [(i, m.group()) for i, m in matches_in_spans(pattern, view, spans)]
    assert found == [(1, "an officer in the office said")]
