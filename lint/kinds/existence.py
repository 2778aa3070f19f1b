"""existence: report each match of a list of patterns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import Hit
from ..schema import Option, boolean, regex_list
from .base import Context, Kind, Searcher, Span, compile_patterns


class ExistenceChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.search = Searcher(options["patterns"], ignorecase=options["ignorecase"],
                               words=options["words"])
        self.exceptions = (
            compile_patterns(options["exceptions"], ignorecase=options["ignorecase"], words=False)
            if options["exceptions"] else None
        )
        self.unless = (
            compile_patterns(options["unless"], ignorecase=True, words=False)
            if options["unless"] else None
        )

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        excused: dict[int, bool] = {}
        for index, match in self.search.matches(ctx.seg, view, spans):
            text = view[match.start() : match.end()]
            if self.exceptions and self.exceptions.fullmatch(text):
                continue
            if self.unless:
                if index not in excused:
                    start, end = spans[index]
                    excused[index] = bool(self.unless.search(ctx.seg.prose, start, end))
                if excused[index]:
                    continue
            yield Hit(match.start(), match.end(), {"match": text})


KIND = Kind(
    name="existence",
    summary="Report every match of any of the patterns.",
    options={
        "patterns": Option(regex_list, required=True, doc="Regular expressions to report."),
        "exceptions": Option(regex_list, (), doc="Matches equal to one of these are not reported."),
        "unless": Option(regex_list, (), doc="Skip a scope in which any of these appears."),
        "ignorecase": Option(boolean, True, doc="Match without regard to case."),
        "words": Option(boolean, True, doc="Patterns match whole words only."),
    },
    build=ExistenceChecker,
)
