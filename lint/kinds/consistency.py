"""consistency: one spelling per document out of each group of variants."""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Sequence

from ..model import Hit
from ..schema import Option, boolean, expect, regex, string_list
from ..yamlpos import KeyPath, Located
from .base import Context, Kind, Span


class ConsistencyChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        flags = re.IGNORECASE if options["ignorecase"] else 0
        self.groups = [
            re.compile("|".join(rf"(?P<v{i}>(?<![\w-]){v}(?![\w-]))" for i, v in enumerate(g)), flags)
            for g in options["groups"]
        ]

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        for group in self.groups:
            first: str | None = None
            first_text = ""
            for start, end in spans:
                for match in group.finditer(view, start, end):
                    variant = str(match.lastgroup)
                    if first is None:
                        first, first_text = variant, match.group(0)
                        first_line = ctx.doc.position(match.start())[0]
                    elif variant != first:
                        yield Hit(match.start(), match.end(),
                                  {"match": match.group(0), "first": first_text,
                                   "first_line": str(first_line)})


def _groups(src: Located, keys: KeyPath, value: Any) -> tuple[tuple[str, ...], ...]:
    expect(src, keys, value, "a list of lists of variants", isinstance(value, list))
    out = []
    for i, group in enumerate(value):
        variants = string_list(src, keys + (i,), group)
        for j, variant in enumerate(variants):
            regex(src, keys + (i, j), variant)
        out.append(variants)
    return tuple(out)


KIND = Kind(
    name="consistency",
    summary="Report a variant spelling when another variant of the same group came first.",
    options={
        "groups": Option(_groups, required=True, doc="Lists of variant spellings (patterns)."),
        "ignorecase": Option(boolean, False, doc="Match without regard to case."),
    },
    build=ConsistencyChecker,
    placeholders=frozenset({"match", "first", "first_line"}),
    default_scope="document",
)
