"""consistency: one spelling per document out of each group of variants."""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Sequence

from ..model import Hit
from ..schema import Option, boolean, expect, regex, string_list
from ..yamlpos import KeyPath, Located
from .base import Context, Kind, Span


class ConsistencyChecker:
    """One pass over the text with every variant of every group as a named alternative."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        flags = re.IGNORECASE if options["ignorecase"] else 0
        alternatives = []
        for g, group in enumerate(options["groups"]):
            for v, variant in enumerate(group):
                alternatives.append(f"(?P<g{g}_{v}>{variant})")
        body = "|".join(alternatives) or r"(?!x)x"
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        first: dict[str, tuple[str, str, int]] = {}
        for start, end in spans:
            for match in self.pattern.finditer(view, start, end):
                group, variant = str(match.lastgroup)[1:].split("_")
                if group not in first:
                    first[group] = (variant, match.group(0), ctx.doc.position(match.start())[0])
                    continue
                seen, text, line = first[group]
                if variant != seen:
                    yield Hit(match.start(), match.end(),
                              {"match": match.group(0), "first": text, "first_line": str(line)})


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
