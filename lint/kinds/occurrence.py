"""occurrence: count matches per scope and compare with a minimum or maximum."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import Hit
from ..schema import Option, boolean, integer, regex_list
from .base import Context, Kind, Searcher, Span


class OccurrenceChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.search = Searcher(options["patterns"], ignorecase=options["ignorecase"],
                               words=options["words"])
        self.minimum: int | None = options["min"]
        self.maximum: int | None = options["max"]

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        found: dict[int, list[re.Match[str]]] = {}
        for index, match in self.search.matches(ctx.seg, view, spans):
            found.setdefault(index, []).append(match)
        for index, (start, _end) in enumerate(spans):
            matches = found.get(index, [])
            count = len(matches)
            if self.maximum is not None and count > self.maximum:
                over = matches[self.maximum]
                text = view[over.start() : over.end()]
                yield Hit(over.start(), over.end(), self._values(text, count))
            elif self.minimum is not None and count < self.minimum:
                yield Hit(start, start, self._values("", count))

    def _values(self, match: str, count: int) -> dict[str, str]:
        return {"match": match, "count": str(count),
                "min": str(self.minimum), "max": str(self.maximum)}


KIND = Kind(
    name="occurrence",
    summary="Count matches in each scope and report too many or too few.",
    options={
        "patterns": Option(regex_list, required=True, doc="What to count."),
        "min": Option(integer(0), None, doc="Fewest allowed per scope."),
        "max": Option(integer(0), None, doc="Most allowed per scope."),
        "ignorecase": Option(boolean, True, doc="Match without regard to case."),
        "words": Option(boolean, True, doc="Patterns match whole words only."),
    },
    build=OccurrenceChecker,
    placeholders=frozenset({"match", "count", "min", "max"}),
)
