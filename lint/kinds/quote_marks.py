"""quote-marks: quotation marks that do not pair up, point the wrong way or mix styles."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import Hit
from ..quotations import DOUBLE_STYLES, Problem, double_styles
from ..schema import Option, fail, string_list
from ..yamlpos import KeyPath, Located
from .base import Context, Kind, Span

PROBLEMS = ("unmatched-close", "unclosed", "unreopened", "unclosed-single", "nested-double",
            "nested-single", "wrong-way", "mixed-style")
_CONTEXT_WORDS = 4


def _problem_list(src: Located, keys: KeyPath, value: Any) -> tuple[str, ...]:
    items = string_list(src, keys, value)
    for i, item in enumerate(items):
        if item not in PROBLEMS:
            fail(src, keys + (i,), f"must be one of {', '.join(PROBLEMS)}, got '{item}'")
    return items


def words_before(text: str, offset: int, limit: int = _CONTEXT_WORDS) -> str:
    """Up to `limit` words that end at `offset`, on the same paragraph."""
    head = text[max(0, offset - 200) : offset].split("\n\n")[-1]
    return " ".join(head.split()[-limit:])


def words_after(text: str, offset: int, limit: int = _CONTEXT_WORDS) -> str:
    tail = text[offset : offset + 200].split("\n\n")[0]
    return " ".join(tail.split()[:limit])


def _within(spans: Sequence[Span], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


class QuoteMarksChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.problems = frozenset(options["problems"])

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        for problem in ctx.seg.quote_scan.problems:
            if problem.kind in self.problems and _within(spans, problem.offset):
                yield Hit(problem.offset, problem.offset + 1, self._values(ctx, problem))

    def _values(self, ctx: Context, problem: Problem) -> dict[str, str]:
        text = ctx.seg.prose
        style = DOUBLE_STYLES.get(problem.char, "single")
        others = []  # the styles the article uses more, named only by mixed-style's message
        if problem.kind == "mixed-style":
            styles = double_styles(ctx.seg.quote_scan.marks)
            others = [s for s in sorted(styles, key=lambda s: -len(styles[s])) if s != style]
        return {
            "mark": problem.char,
            "before": words_before(text, problem.offset),
            "after": words_after(text, problem.offset + 1),
            "style": style,
            "other": others[0] if others else style,
        }


KIND = Kind(
    name="quote-marks",
    summary="Report quotation marks that do not pair up, point the wrong way or mix styles.",
    options={
        "problems": Option(_problem_list, required=True,
                           doc=f"Which problems to report: {', '.join(PROBLEMS)}."),
    },
    build=QuoteMarksChecker,
    placeholders=frozenset({"match", "mark", "before", "after", "style", "other"}),
    scopes=("document",),
    default_scope="document",
)
