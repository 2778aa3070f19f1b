"""quote-source: a quotation that is altered from, or absent in, the source texts given."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import Any

from .. import quotesource
from ..model import Hit
from ..schema import Option, choice, integer
from .base import Context, Kind, Span


class QuoteSourceChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.report = options["report"]
        self.min_words = options["min_words"]

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        index = ctx.shared("quotes.source-index", lambda: quotesource.index_for(ctx))
        if index is None:
            return
        for quote in ctx.seg.quote_scan.quotations:
            if not quote.double:
                continue
            words = ctx.seg.prose[quote.inner_start : quote.inner_end]
            key = f"quotes.source-match:{quote.inner_start}:{self.min_words}"
            result = ctx.shared(key, partial(index.match, words, self.min_words))
            if result is not None and result.verdict == self.report:
                yield Hit(quote.start, quote.start + 1, result.values())


KIND = Kind(
    name="quote-source",
    summary="Compare each quotation with the source texts given; report altered or absent ones.",
    options={
        "report": Option(choice("altered", "absent"), required=True,
                         doc="altered: a close but not exact match; absent: found in no source."),
        "min_words": Option(integer(1), 5, doc="Shorter quotations are not compared."),
    },
    build=QuoteSourceChecker,
    placeholders=frozenset({"match", "quote", "source", "line", "quoted", "original", "diff"}),
    scopes=("document",),
    default_scope="document",
)
