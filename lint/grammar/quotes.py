"""Find the insides of quotations, which grammar checking leaves alone by default.

A quotation is what someone said; a linter must not suggest rewording it.  This finder is small
and conservative: double quotation marks (curly, straight, guillemets) and curly single marks,
paired within a paragraph.  A double quotation still open at the end of a paragraph runs to the
paragraph's end, as multi-paragraph quotations do in news copy.  A closing single mark between
letters (don’t) or after a plural (the officers’ union) is an apostrophe, not a quotation.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Sequence

from .. import rx
from .annotate import Range, normalize_ranges

_PARAGRAPH_BREAK = rx.compile(r"\n[ \t]*\r?\n")
_OPEN_DOUBLE = "“«"
_CLOSE_DOUBLE = "”»"
_MARK = rx.compile("[“”«»\"‘’]")
_OPENING_CONTEXT = frozenset(" \t\r\n([{—–-/")
_TRAILING = " \t\r\n,.;:!?…"


def quotation_ranges(text: str, hidden: Sequence[Range] = ()) -> list[Range]:
    """Code-point ranges of what quotations say, without their marks or closing punctuation.

    Marks inside ``hidden`` ranges (markup, code) are not quotation marks.
    """
    skip = normalize_ranges(hidden, len(text))
    found: list[Range] = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        found.extend(_paragraph(text, start, brk.start(), skip))
        start = brk.end()
    found.extend(_paragraph(text, start, len(text), skip))
    return [r for r in (_trim(text, s, e) for s, e in found) if r[1] > r[0]]


def _paragraph(text: str, start: int, end: int, skip: Sequence[Range]) -> list[Range]:
    found: list[Range] = []
    double: int | None = None
    single: int | None = None
    for mark in _MARK.finditer(text, start, end):
        i, char = mark.start(), mark.group()
        if _hidden(skip, i):
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if char in _OPEN_DOUBLE or (char == '"' and double is None):
            if double is None:
                double, single = i, None
        elif char in _CLOSE_DOUBLE or char == '"':
            if double is not None:
                found.append((double + 1, i))
                double = None
        elif double is not None:
            continue  # single marks inside a double quotation are part of it
        elif char == "‘" and single is None and before in _OPENING_CONTEXT:
            single = i
        elif char == "’" and single is not None and not after.isalnum() and before != "s":
            found.append((single + 1, i))
            single = None
    if double is not None:
        found.append((double + 1, end))
    return found


def _hidden(skip: Sequence[Range], index: int) -> bool:
    at = bisect_right(skip, (index, sys.maxsize)) - 1
    return at >= 0 and skip[at][0] <= index < skip[at][1]


def _trim(text: str, start: int, end: int) -> Range:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end
