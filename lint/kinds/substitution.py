"""substitution: a phrase with a preferred replacement."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import rx
from ..model import Hit
from ..schema import Option, boolean, string_map
from .base import Context, Kind, Span, anchored, is_literal, matches_in_spans


class SubstitutionChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        swap: Mapping[str, str] = options["swap"]
        flags = re.IGNORECASE if options["ignorecase"] else 0
        self.suggestions = list(swap.values())
        groups = "|".join(f"(?P<g{i}>{p})" for i, p in enumerate(swap))
        self.pattern = rx.compile(rf"(?<![\w-])(?:{groups})(?![\w-])", flags)
        self.per_span = anchored(self.pattern)
        # phrases written without regex syntax let a substring test skip most documents
        literal = all(is_literal(p) for p in swap)
        self.keys = tuple(p.lower() for p in swap) if literal and flags else None

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        if self.keys is not None:
            lowered = ctx.seg.lowered(view)
            if not any(key in lowered for key in self.keys):
                return
        for _index, match in matches_in_spans(self.pattern, view, spans, self.per_span):
            index = int(str(match.lastgroup)[1:])
            suggestion = match.expand(self.suggestions[index].replace("\\", "\\\\"))
            yield Hit(match.start(), match.end(),
                      {"match": match.group(0), "suggestion": suggestion})


def _swap(src: Any, keys: Any, value: Any) -> dict[str, str]:
    from ..schema import regex

    result = string_map(src, keys, value)
    for pattern in result:
        regex(src, keys + (pattern,), pattern)
    return result


KIND = Kind(
    name="substitution",
    summary="Report a phrase and suggest the preferred one.",
    options={
        "swap": Option(_swap, required=True, doc="Map of pattern to its suggested replacement."),
        "ignorecase": Option(boolean, True, doc="Match without regard to case."),
    },
    build=SubstitutionChecker,
    placeholders=frozenset({"match", "suggestion"}),
)
