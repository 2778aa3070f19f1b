"""repetition: the same word twice in a row ("the the")."""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Sequence

from ..model import Hit
from ..schema import Option, string_list
from .base import Context, Kind, Span

_REPEAT = re.compile(r"(?<![\w'’-])(\w+)[ \t]*\r?\n?[ \t]*\b(\1)(?![\w'’-])", re.IGNORECASE)


class RepetitionChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.allowed = frozenset(w.lower() for w in options["allow"])

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        for start, end in spans:
            for match in _REPEAT.finditer(view, start, end):
                word = match.group(1)
                if word.lower() in self.allowed or word.isdigit():
                    continue
                if match.group(1) != match.group(2) and match.group(2)[0].isupper():
                    continue  # "Walla Walla" style names differ only by case rarely; skip
                yield Hit(match.start(2), match.end(2), {"match": match.group(0), "word": word})


KIND = Kind(
    name="repetition",
    summary="Report a word repeated by mistake.",
    options={"allow": Option(string_list, (), doc="Words that may legitimately repeat.")},
    build=RepetitionChecker,
    placeholders=frozenset({"match", "word"}),
)
