"""The words of the quotation views, derived from the prose's words, are the words a fresh
tokenisation of each view finds."""

from __future__ import annotations

import random

import pytest

from lint import mask
from lint.document import parse
from lint.segment import Segments, retokenise, tokenise

# Word characters, the characters a word may hold inside, and the rest; quotation marks that
# can open and close speech, also inside a word ("rock 'n' roll", "the players' union").
_ALPHABET = "ab1Z_é-.'’‘\"“” \n\t,;!?"


def _words(text: str) -> list[tuple[int, int]]:
    starts, ends = tokenise(text)
    return list(zip(starts, ends))


def _random_text_and_ranges(rnd: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Up to 120 characters of the alphabet and up to six ranges of up to 15 characters."""
    text = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 120)))
    ranges = []
    for _ in range(rnd.randint(0, 6)):
        start = rnd.randint(0, len(text))
        ranges.append((start, min(len(text), start + rnd.randint(0, 15))))
    return text, ranges


@pytest.mark.parametrize("seed", range(300))
def test_retokenise_matches_tokenise_on_random_blanking(seed: int) -> None:
    text, ranges = _random_text_and_ranges(random.Random(seed))
    view = mask.blank(text, ranges)
    starts, ends = tokenise(text)
    derived_starts, derived_ends = retokenise(view, starts, ends, ranges)
    assert list(zip(derived_starts, derived_ends)) == _words(view)


@pytest.mark.parametrize("seed", range(200))
def test_quotation_views_words_match_a_fresh_tokenisation(seed: int) -> None:
    rnd = random.Random(seed)
    pieces = ["He said", "“We won", "rock 'n' roll", "the players' union", "'Yes,' she",
              "said.", "U.S.", "don’t", "”", "\"", "'", "‘", "’", "\n\n", "e-mail", "...",
              "A_b", "2.5", "-", "tax-free", "(x)"]
    text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
    seg = Segments(parse("a.txt", text, "text"))
    for view in (seg.outside, seg.inside, seg.prose):
        assert list(zip(*seg.tokens(view))) == _words(view)


def test_a_text_without_quotations_shares_the_prose_words() -> None:
    seg = Segments(parse("a.txt", "No speech here at all.", "text"))
    assert seg.outside is seg.prose
    assert list(zip(*seg.tokens(seg.outside))) == _words(seg.prose)


@pytest.mark.parametrize("seed", range(300))
def test_retokenise_matches_tokenise_when_most_is_blanked(seed: int) -> None:
    text, kept = _random_text_and_ranges(random.Random(seed))
    kept.sort()
    gaps, cursor = [], 0
    for start, end in kept:
        if start > cursor:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    gaps.append((cursor, len(text)))
    view = mask.blank(text, gaps)
    starts, ends = tokenise(text)
    assert list(zip(*retokenise(view, starts, ends, gaps))) == _words(view)


@pytest.mark.parametrize("seed", range(50))
def test_word_pattern_matches_as_the_backtracking_one(seed: int) -> None:
    import re

    from lint.segment import WORD

    plain = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
    rnd = random.Random(seed)
    for _ in range(200):
        text = "".join(rnd.choice("aZ1_'’.- é\n,٣ⅷ") for _ in range(rnd.randint(0, 30)))
        assert [m.span() for m in WORD.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text
