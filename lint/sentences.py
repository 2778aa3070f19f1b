"""Split a paragraph into sentences, news style: abbreviations, initials, decimals, ellipses,
and sentences that end inside quotation marks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import rx

# Abbreviations that do not end a sentence when followed by a capitalised word.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gov govs sen sens rep reps gen lt col maj capt cmdr sgt adm cpl pvt
    pres supt det insp rev fr sr jr st mt ft messrs mmes hon atty del
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vols fig figs pp pg art ch sec dept est approx ave blvd rd
    inc corp co ltd llc plc bros assn univ
    vs v etc al cf eg ie
    a.m p.m e.g i.e u.s u.k u.n u.s.a d.c e.u n.y l.a
    """.split()
)
# After these the next capitalised word still starts a new sentence only if it is a common opener.
AMBIGUOUS = frozenset({"u.s", "u.k", "u.n", "u.s.a", "d.c", "e.u", "etc", "inc", "corp", "co",
                       "ltd", "llc", "plc", "a.m", "p.m", "no", "n.y", "l.a", "st", "del"})
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there but and or so yet
    in on at for from by with after before when while if as his her its their our my
    one two three some many most all no not mr mrs ms dr officials police""".split()
)

_BOUNDARY = rx.compile(
    r"""(?P<end>[.!?]+|…|\.\s?\.\s?\.)(?P<close>[”’"'»)\]]*)(?P<space>\s+)(?=(?P<next>[“‘"'«(\[]*\S))"""
)
_ITEM_DIGITS = 3  # a list item's number has at most this many digits; a year is no item
# A line that opens with a list marker starts an item, whatever ended the line before it.
_ITEM_BREAK = rx.compile(r"\n(?=[ \t]*(?:[-*+•–—]|\d{1,3}[.)])[ \t]+\S)")
# The lookbehind changes no match (a match after a letter means one at that letter too) and
# saves trying the pattern inside every earlier word.
_WORD_BEFORE = rx.compile(r"(?<![A-Za-z])([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.?$")
# Initials or an abbreviation written with a full stop after each capital: 'G.K.', 'F.B.I.'.
_DOTTED = rx.compile(r"(?:[A-Z]\.)+[A-Z]")
# The speaker of a quotation signed after it with a dash: '... a country." — Jane Doe'.
_SIGNATURE = rx.compile(r"[―—–]\s*[A-Z]")
_CLOSING_QUOTES = frozenset("”\"’'»")

Span = tuple[int, int]


def split(text: str, start: int, end: int) -> Iterator[Span]:
    """Yield (start, end) spans of sentences in text[start:end], trimmed of outer whitespace.
    Each item of a list (a line opening with "-", "*", "•" or "1.") is a sentence of its own
    at least: items rarely end with a full stop."""
    out: list[Span] = []
    if text.find("\n", start, end) < 0:
        _split(text, start, end, out)
        return iter(out)
    cursor = start
    for item in _ITEM_BREAK.finditer(text, start, end):
        _split(text, cursor, item.start(), out)
        cursor = item.end()
    _split(text, cursor, end, out)
    return iter(out)


def _split(text: str, start: int, end: int, out: list[Span]) -> None:
    """Append the sentences of text[start:end] to `out`."""
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _is_boundary(text, match, start):
            _trim(text, cursor, match.end("close"), out)
            cursor = match.end("space")
    _trim(text, cursor, end, out)


def _trim(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _is_boundary(text: str, match: re.Match[str], floor: int) -> bool:
    # _BOUNDARY's groups by number (end 1, close 2, next 4): a name costs a look-up per call.
    after = match.start(4)
    following = text[after : after + 40].lstrip("“‘\"'«([")
    first = following[:1]
    if not first:
        return False
    if first.islower():
        return False  # "... and then", "e.g. the", "U.S. officials" in lowercase context
    close = match.group(2)
    if close and not _CLOSING_QUOTES.isdisjoint(close) and _SIGNATURE.match(following):
        return False  # the quotation's signature: '..." — Jane Doe'
    if close or match.group(1) != ".":
        return True
    line_start = max(floor, text.rfind("\n", floor, match.start()) + 1)
    number = text[line_start : match.start()].strip()
    if number.isdigit() and len(number) <= _ITEM_DIGITS:
        return False  # the number of a list item: "1. Road repairs" (not a wrapped "2002.")
    before = text[max(floor, match.start() - 30) : match.start() + 1]
    word_match = _WORD_BEFORE.search(before)
    if not word_match:
        return True
    word = word_match.group(1)
    lower = word.lower()
    if len(word) == 1 and word.isupper():
        return False  # an initial: "John F. Kennedy"
    if lower in ABBREVIATIONS or lower.rstrip(".") in ABBREVIATIONS:
        if lower in AMBIGUOUS or lower.rstrip(".") in AMBIGUOUS:
            return _opens_sentence(following)
        return False
    if _DOTTED.fullmatch(word):
        return _opens_sentence(following)  # 'George H.W. Bush', but '... in the U.N. The ...'
    return True


def _opens_sentence(following: str) -> bool:
    next_word = re.match(r"[A-Za-z]+", following)
    return bool(next_word and next_word.group(0).lower() in SENTENCE_OPENERS)
