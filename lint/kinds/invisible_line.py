"""invisible-line: a line that holds only invisible or space characters other than plain spaces."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import rx
from ..model import Hit
from .base import Context, Kind, Span

_INVISIBLE = (
    "\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060-\u2064\u3000\ufeff"
)
_LINE = rx.compile(rf"[ \t{_INVISIBLE}]*[{_INVISIBLE}][ \t{_INVISIBLE}]*")


def describe(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED CHARACTER')}"


class InvisibleLineChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        del options

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        text = ctx.doc.text
        for start, end in spans:
            if not _LINE.fullmatch(text, start, end):
                continue
            seen = dict.fromkeys(c for c in text[start:end] if c not in " \t")
            names = ", ".join(describe(c) for c in seen)
            yield Hit(start, end, {"match": text[start:end], "chars": names})


KIND = Kind(
    name="invisible-line",
    summary="A line holding only invisible characters (no-break or zero-width spaces).",
    options={},
    build=InvisibleLineChecker,
    placeholders=frozenset({"match", "chars"}),
    scopes=("line",),
    default_scope="line",
)
