"""metric: a number computed per scope (words, or a readability formula) against thresholds."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Callable

from ..model import Hit
from ..schema import Option, choice, integer, number
from ..segment import WORD
from ..textmetrics import METRICS as TEXTSTAT_METRICS
from .base import Context, Kind, Span

OWN_METRICS = ("words", "sentences")


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    return len(WORD.findall(text, start, len(text) if end is None else end))


class MetricChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.metric: str = options["metric"]
        self.minimum: float | None = options["min"]
        self.maximum: float | None = options["max"]
        self.min_words: int = options["min_words"]
        self.max_quoted_share: float = options["max_quoted_share"]
        self.at_headline: bool = options["report_at"] == "headline"

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        compute: Callable[[str, int, int], float] | None = None
        # Word counts from the views' word indexes, looked up once per check, not per scope.
        starts = ctx.seg.tokens(view)[0]
        outside_starts = ctx.seg.tokens(ctx.seg.outside)[0] if self.max_quoted_share < 1.0 \
            else starts
        for start, end in spans:
            words = bisect_left(starts, end) - bisect_left(starts, start)
            if words == 0 or words < self.min_words:
                continue
            if self.max_quoted_share < 1.0:
                outside = bisect_left(outside_starts, end) - bisect_left(outside_starts, start)
                if (words - outside) / words > self.max_quoted_share:
                    continue  # mostly a speaker's words, counted by a rule of its own
            if self.metric == "words":
                value = float(words)
            else:
                compute = compute or self._function(ctx)
                value = compute(view, start, end)
            too_high = self.maximum is not None and value > self.maximum
            too_low = self.minimum is not None and value < self.minimum
            if too_high or too_low:
                first = WORD.search(view, start, end)
                at = first.start() if first else start
                if self.at_headline and ctx.seg.headline:
                    at = ctx.seg.headline[0]
                yield Hit(at, at, {
                    "match": "",
                    "metric": self.metric,
                    "value": _fmt(value),
                    "max": _fmt(self.maximum),
                    "min": _fmt(self.minimum),
                    "words": str(words),
                })

    def _function(self, ctx: Context) -> Callable[[str, int, int], float]:
        if self.metric == "words":
            return lambda view, s, e: float(count_words(view, s, e))
        if self.metric == "sentences":
            from .. import sentences

            return lambda view, s, e: float(sum(1 for _ in sentences.split(view, s, e)))
        from .. import textmetrics  # imported only when a readability formula runs

        name = self.metric
        return lambda view, s, e: float(textmetrics.compute(name, " ".join(view[s:e].split())))


def _fmt(value: float | None) -> str:
    if value is None:
        return "none"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


KIND = Kind(
    name="metric",
    summary="Compute a metric per scope (word count or a textstat readability formula).",
    options={
        "metric": Option(choice(*OWN_METRICS, *TEXTSTAT_METRICS), required=True,
                         doc="What to compute."),
        "max": Option(number, None, doc="Report values above this."),
        "min": Option(number, None, doc="Report values below this."),
        "min_words": Option(integer(0), 0, doc="Skip scopes shorter than this many words."),
        "max_quoted_share": Option(number, 1.0,
                                   doc="Skip scopes whose share of quoted words is above this."),
        "report_at": Option(choice("start", "headline"), "start",
                            doc="Report at the scope's first word or at the headline."),
    },
    build=MetricChecker,
    placeholders=frozenset({"match", "metric", "value", "max", "min", "words"}),
)
