"""consistency: one spelling per document out of each group of variants."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import rx
from ..model import Hit
from ..schema import Option, boolean, expect, regex, string_list
from ..yamlpos import KeyPath, Located
from .base import Context, Kind, Span, is_literal


class ConsistencyChecker:
    """Each group is searched only when at least two of its variants may be present, which a
    plain substring test tells for variants written without regex syntax."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.ignorecase: bool = options["ignorecase"]
        flags = re.IGNORECASE if self.ignorecase else 0
        self.groups: list[tuple[tuple[str, ...] | None, re.Pattern[str]]] = []
        for group in options["groups"]:
            body = "|".join(f"(?P<v{v}>{variant})" for v, variant in enumerate(group))
            pattern = rx.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)
            literal = all(is_literal(v) for v in group)
            keys = tuple(v.lower() if self.ignorecase else v for v in group) if literal else None
            self.groups.append((keys, pattern))
        # Every variant written without regex syntax, in one search: most articles hold none,
        # and one pass tells so instead of a substring test per variant.
        variants = sorted({k for keys, _ in self.groups if keys is not None for k in keys},
                          key=lambda k: (-len(k), k))
        self.any_literal = rx.compile("|".join(map(re.escape, variants))) if variants else None

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        haystack = view.lower() if self.ignorecase else view
        none_literal = self.any_literal is not None and self.any_literal.search(haystack) is None
        for keys, pattern in self.groups:
            if keys is not None and (none_literal or sum(1 for k in keys if k in haystack) < 2):
                continue
            yield from self._group(ctx, spans, view, pattern)

    def _group(self, ctx: Context, spans: Sequence[Span], view: str,
               pattern: re.Pattern[str]) -> Iterable[Hit]:
        first: tuple[str, str, int] | None = None
        for start, end in spans:
            for match in pattern.finditer(view, start, end):
                variant = str(match.lastgroup)
                if first is None:
                    first = (variant, match.group(0), ctx.doc.position(match.start())[0])
                elif variant != first[0]:
                    yield Hit(match.start(), match.end(), {
                        "match": match.group(0), "first": first[1], "first_line": str(first[2])})


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
