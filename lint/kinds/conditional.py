"""conditional: if a pattern appears in a scope, another must appear too."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import rx
from ..model import Hit
from ..schema import Option, boolean, integer, regex
from .base import Context, Kind, Span

_GROUP_REF = rx.compile(r"\{(\d)\}")


class ConditionalChecker:
    """`first` must be accompanied by `second` in the same scope, or within `window` units
    (scopes) before it when a window is given. `second` may use `\\1`-style references to
    groups of `first` (as `{1}`)."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        flags = re.IGNORECASE if options["ignorecase"] else 0
        self.first = rx.compile(options["first"], flags)
        self.second_template: str = options["second"]
        self.flags = flags
        self.window: int = options["window"]

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        for index, (start, end) in enumerate(spans):
            for match in self.first.finditer(view, start, end):
                second = self._second(match)
                lo = spans[max(0, index - self.window)][0]
                if not second.search(ctx.seg.prose, lo, end):
                    yield Hit(match.start(), match.end(), {"match": match.group(0)})

    def _second(self, match: re.Match[str]) -> re.Pattern[str]:
        groups = [re.escape(g or "") for g in match.groups()]
        filled = _GROUP_REF.sub(
            lambda ref: groups[int(ref.group(1)) - 1] if int(ref.group(1)) <= len(groups) else "",
            self.second_template,
        )
        return rx.compile(filled, self.flags)


KIND = Kind(
    name="conditional",
    summary="Require a second pattern wherever the first appears.",
    options={
        "first": Option(regex, required=True, doc="The pattern that triggers the rule."),
        "second": Option(regex, required=True,
                         doc="The pattern that must accompany it; {1} is the first group."),
        "window": Option(integer(0), 0, doc="Also look this many scopes back."),
        "ignorecase": Option(boolean, False, doc="Match without regard to case."),
    },
    build=ConditionalChecker,
)
