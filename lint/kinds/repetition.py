"""repetition: the same word twice in a row ("the the")."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from operator import eq, sub
from typing import Any

from .. import rx
from ..model import Hit
from ..schema import Option, string_list
from .base import Context, Kind, Span

_GAP = rx.compile(r"[ \t]*(?:\r?\n)?[ \t]*")


class RepetitionChecker:
    """Compares neighbouring words of the document's word index: no regex backreferences."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.allowed = frozenset(w.lower() for w in options["allow"])

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        starts, ends = ctx.seg.tokens(view)
        low: str | None = ctx.seg.lowered(view)
        if low is not None and len(low) != len(view):
            low = None  # lower-casing moved offsets: lower each word on its own
        if any(a[1] > b[0] for a, b in zip(spans, spans[1:])):
            yield from self._by_span(spans, view, low, starts, ends)
            return
        # Neighbours of the same length, found in C over the whole word index; the spans
        # (sorted, apart) are looked up for those only.
        lengths = list(map(sub, ends, starts))
        same = compress(range(1, len(lengths)), map(eq, lengths, lengths[1:]))
        span_starts = [start for start, _ in spans]
        for i in same:
            s1, e1, s2, e2 = starts[i - 1], ends[i - 1], starts[i], ends[i]
            k = bisect.bisect_right(span_starts, s1) - 1
            if k < 0 or e2 > spans[k][1]:
                continue  # not both in one span
            if low[s1:e1] == low[s2:e2] if low is not None \
                    else view[s1:e1].lower() == view[s2:e2].lower():
                yield from self._pair(view, s1, e1, s2, e2)

    def _by_span(self, spans: Sequence[Span], view: str, low: str | None,
                 starts: Sequence[int], ends: Sequence[int]) -> Iterable[Hit]:
        """Span by span: for spans that overlap (the segmenter gives none)."""
        for start, end in spans:
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end)
            for i in range(first + 1, last):
                s2, e2 = starts[i], ends[i]
                if e2 > end:
                    break
                s1, e1 = starts[i - 1], ends[i - 1]
                # Most neighbours differ in length: test that before building any strings.
                if e2 - s2 == e1 - s1 and (
                    low[s1:e1] == low[s2:e2] if low is not None
                    else view[s1:e1].lower() == view[s2:e2].lower()
                ):
                    yield from self._pair(view, s1, e1, s2, e2)

    def _pair(self, view: str, s1: int, e1: int, s2: int, e2: int) -> Iterable[Hit]:
        one, two = view[s1:e1], view[s2:e2]
        lower = one.lower()
        if lower != two.lower() or lower in self.allowed or not one.isalpha() and any(
                map(str.isdigit, one)):
            return  # a figure repeated is data ("1.0 1.0" in a table), not a slip
        if two[0].isupper():
            return  # "Bafana Bafana", "Duran Duran", "the The": a name, not a slip
        if _GAP.fullmatch(view, e1, s2) is None:
            return  # punctuation between them: "Bye, bye"
        yield Hit(s2, e2, {"match": view[s1:e2], "word": one})


KIND = Kind(
    name="repetition",
    summary="Report a word repeated by mistake.",
    options={"allow": Option(string_list, (), doc="Words that may legitimately repeat.")},
    build=RepetitionChecker,
    placeholders=frozenset({"match", "word"}),
)
