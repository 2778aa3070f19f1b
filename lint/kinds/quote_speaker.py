"""quote-speaker: a quotation nobody is said to have said, or said only by a vague source."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import cues
from ..model import Hit
from ..quotations import Quotation
from ..schema import Option, choice, integer, regex_list
from .base import Context, Kind, Span, compile_patterns
from .quote_marks import words_after

_WORD = re.compile(r"[\w’'-]+")


class QuoteSpeakerChecker:
    """Find the speaker of each quotation in its sentence, paragraph or the adjacent sentence."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.report = options["report"]
        self.min_words = options["min_words"]
        self.vague = compile_patterns(options["vague"], ignorecase=True, words=True)

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        for quote in self._speech(ctx):
            region = _attribution_region(ctx, quote)
            outside = ctx.seg.outside
            found = [c for a, b in region for c in cues.find_cues(outside, a, b)]
            lead_in = _lead_in(ctx, quote)
            if self.report == "missing" and not found and not lead_in:
                yield self._hit(ctx, quote)
            elif self.report == "vague" and found and not lead_in:
                sentence = _sentence_of(ctx, quote.start)
                if self._vague_only(outside, region, sentence):
                    yield self._hit(ctx, quote)

    def _speech(self, ctx: Context) -> Iterable[Quotation]:
        for quote in ctx.seg.quote_scan.quotations:
            if not quote.double or quote.continues:
                continue
            words = _WORD.findall(ctx.seg.prose, quote.inner_start, quote.inner_end)
            if len(words) >= self.min_words:
                yield quote

    def _vague_only(self, outside: str, region: Sequence[Span], sentence: Span) -> bool:
        if not self.vague.search(outside, *sentence):
            return False
        named = re.compile(r"(?<![.!?“\"]\s)\b[A-Z][a-z]+")
        return not any(named.search(outside, a, b) for a, b in [sentence])

    @staticmethod
    def _hit(ctx: Context, quote: Quotation) -> Hit:
        return Hit(quote.start, quote.start + 1,
                   {"quote": words_after(ctx.seg.prose, quote.inner_start, 6)})


def _paragraph_index(ctx: Context, offset: int) -> int:
    for i, (start, end) in enumerate(ctx.seg.paragraphs):
        if start <= offset < end:
            return i
    return -1


def _sentence_of(ctx: Context, offset: int) -> Span:
    for start, end in ctx.seg.scope("sentence"):
        if start <= offset < end:
            return start, end
    return offset, offset


def _attribution_region(ctx: Context, quote: Quotation) -> list[Span]:
    """The quotation's paragraph, the sentence before it and the sentence after it."""
    paras = ctx.seg.paragraphs
    index = _paragraph_index(ctx, quote.start)
    if index < 0:
        return []
    region = [paras[index]]
    sentences = ctx.seg.scope("sentence")
    if index > 0:
        before = [s for s in sentences if paras[index - 1][0] <= s[0] < paras[index - 1][1]]
        region.extend(before[-1:])
    after_para = _chain_end(ctx, index)
    if after_para + 1 < len(paras):
        next_start, next_end = paras[after_para + 1]
        after = [s for s in sentences if next_start <= s[0] < next_end]
        region.extend(after[:1])
    region.extend(paras[index + 1 : after_para + 1])
    return region


def _chain_end(ctx: Context, index: int) -> int:
    """The last paragraph of a quotation that runs on over paragraphs."""
    paras = ctx.seg.paragraphs
    quotes = ctx.seg.quote_scan.quotations
    continued = {_paragraph_index(ctx, q.start) for q in quotes if q.continues}
    while index + 1 < len(paras) and index + 1 in continued:
        index += 1
    return index


def _lead_in(ctx: Context, quote: Quotation) -> bool:
    """A colon before the quotation, in its paragraph or ending the paragraph before."""
    prose = ctx.seg.prose
    index = _paragraph_index(ctx, quote.start)
    para_start = ctx.seg.paragraphs[index][0]
    head = prose[para_start : quote.start].rstrip()
    if head.endswith(":"):
        return True
    if head or index == 0:
        return False
    prev_start, prev_end = ctx.seg.paragraphs[index - 1]
    return prose[prev_start:prev_end].rstrip().endswith(":")


KIND = Kind(
    name="quote-speaker",
    summary="Report a quotation with no speaker, or one attributed only to a vague source.",
    options={
        "report": Option(choice("missing", "vague"), "missing",
                         doc="missing: nobody said it; vague: only a vague source said it."),
        "min_words": Option(integer(1), 5,
                            doc="Shorter quotations are scare quotes or terms, not speech."),
        "vague": Option(regex_list, (), doc="Vague sources (for report: vague)."),
    },
    build=QuoteSpeakerChecker,
    placeholders=frozenset({"match", "quote"}),
    scopes=("document",),
    default_scope="document",
)
