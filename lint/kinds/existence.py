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
        self.skip_names = bool(options["skip_names"])
        self.once = bool(options["once"])

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        excused: dict[int, bool] = {}
        reported = -1  # the last scope reported in (`once`)
        for index, match in self.search.matches(ctx.seg, view, spans):
            if self.once and index == reported:
                continue
            text = view[match.start() : match.end()]
            if self.exceptions and self.exceptions.fullmatch(text):
                continue
            if self.skip_names and text[:1].isupper() and \
                    view[spans[index][0]:match.start()].strip(_OPENERS):
                continue  # capitalised after a sentence's start: a name or a title
            if self.unless:
                if index not in excused:
                    start, end = spans[index]
                    excused[index] = bool(self.unless.search(ctx.seg.prose, start, end))
                if excused[index]:
                    continue
            reported = index
            yield Hit(match.start(), match.end(), {"match": text})


# What may come before a sentence's first word.
_OPENERS = " \t\r\n\"'“‘«([-—–*_"


KIND = Kind(
    name="existence",
    summary="Report every match of any of the patterns.",
    options={
        "patterns": Option(regex_list, required=True, doc="Regular expressions to report."),
        "exceptions": Option(regex_list, (), doc="Matches equal to one of these are not reported."),
        "unless": Option(regex_list, (), doc="Skip a scope in which any of these appears."),
        "ignorecase": Option(boolean, True, doc="Match without regard to case."),
        "words": Option(boolean, True, doc="Patterns match whole words only."),
        "skip_names": Option(boolean, False, doc=(
            "Skip a match that starts with a capital letter after the start of its sentence: "
            "a name or a title (the TV series Shameless), not the writer's word.")),
        "once": Option(boolean, False, doc=(
            "Report only the first match in each scope: one finding for one source, however "
            "many of the patterns describe it.")),
    },
    build=ExistenceChecker,
)
