"""quote-speaker: a quotation nobody is said to have said, or said only by a vague source."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from .. import cues
from ..model import Hit
from ..quotations import Quotation
from ..schema import Option, choice, integer, regex_list
from .base import Context, Kind, Span, compile_patterns
from .quote_marks import words_after

_WORD = re.compile(r"[\w’'-]+")
# Verbs of speech: one ending the words just before a quotation ("he said “...”"), and with
# more of them (a speech tag's shape says who spoke whatever the verb) in a tag after one.
_SPEECH_VERBS = (
    r"said|says|say|told|tells|added|asked|wrote|writes|stated|declared|explained|continued|"
    r"saying|tweeted|replied|warned|insisted|noted|concluded|reads?"
)
_TAG_VERBS = (
    r"continues|went[ \t]+on|goes[ \t]+on|adds|asks|quipped|barked|recalled|argued|joked|"
    r"shouted|laughed|sighed|answered|responded|remarked|observed|predicted|acknowledged|"
    r"admitted|conceded|stressed|cautioned"
)
_SPEECH_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})$", re.IGNORECASE)
# A speech tag right after a closing mark: `,” he continued`, `," Rubio went on.`
_SPEECH_TAG = re.compile(
    r"[”\"],?[ \t]+(?:he|she|they|I|we|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]+"
    rf"(?:{_SPEECH_VERBS}|{_TAG_VERBS})\b")
_SUBJECT = re.compile(r"[,.]?\s+(?:is|was|are|were|has been|had been|will be)\b")
_NAMED = re.compile(r"(?<![.!?“\"]\s)\b[A-Z][a-z]+")


class _Layout(NamedTuple):
    """Paragraph and sentence starts of one document, for bisect; built once per document."""

    paragraphs: tuple[Span, ...]
    para_starts: list[int]
    sentences: tuple[Span, ...]
    sentence_starts: list[int]
    continued: frozenset[int]  # paragraphs that continue a quotation from the one before
    unclosed: tuple[Quotation, ...]  # quotations left open: their bounds, and speaker, unsure
    has_cue: dict[Span, bool]  # spans already searched for attribution


def _layout(ctx: Context) -> _Layout:
    paras = ctx.seg.paragraphs
    sentences = ctx.seg.scope("sentence")
    starts = [a for a, _ in paras]
    scan = ctx.seg.quote_scan
    continued = frozenset(_index(starts, paras, q.start) for q in scan.quotations if q.continues)
    open_at = {p.offset for p in scan.problems if p.kind == "unclosed"}
    unclosed = tuple(q for q in scan.quotations if q.start in open_at)
    return _Layout(paras, starts, sentences, [a for a, _ in sentences], continued, unclosed, {})


def _index(starts: Sequence[int], spans: Sequence[Span], offset: int) -> int:
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < spans[i][1] else -1


class QuoteSpeakerChecker:
    """Find the speaker of each quotation in its sentence, paragraph or the adjacent sentence."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.report = options["report"]
        self.min_words = options["min_words"]
        self.vague = compile_patterns(options["vague"], ignorecase=True, words=True)

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        layout: _Layout = ctx.shared("quotes.layout", lambda: _layout(ctx))
        for quote in self._speech(ctx):
            index = _index(layout.para_starts, layout.paragraphs, quote.start)
            if index < 0:
                continue
            region = _attribution_region(layout, index)
            found = _cues(ctx, layout, region) or _tagged(ctx.seg.prose, region)
            lead_in = _lead_in(ctx, layout, index, quote)
            if self.report == "missing" and not found and not lead_in:
                yield self._hit(ctx, quote)
            elif self.report == "vague" and found and not lead_in:
                i = _index(layout.sentence_starts, layout.sentences, quote.start)
                sentence = layout.sentences[i] if i >= 0 else (quote.start, quote.start)
                if self._vague_only(ctx.seg.outside, sentence):
                    yield self._hit(ctx, quote)

    def _speech(self, ctx: Context) -> Iterable[Quotation]:
        """Quotations that open a stretch of speech: not continuations, mentions or terms."""
        prose = ctx.seg.prose
        last_end = -1  # end of the last quotation left open inside its paragraph
        for quote in ctx.seg.quote_scan.quotations:
            reopened = not prose[last_end : quote.start].strip() if last_end >= 0 else False
            last_end = quote.end if not quote.closed else -1
            if not quote.double or quote.continues or reopened or _mention(prose, quote):
                continue
            words = _WORD.findall(prose, quote.inner_start, quote.inner_end)
            if len(words) >= self.min_words:
                yield quote

    def _vague_only(self, outside: str, sentence: Span) -> bool:
        if not self.vague.search(outside, *sentence):
            return False
        return not _NAMED.search(outside, *sentence)

    @staticmethod
    def _hit(ctx: Context, quote: Quotation) -> Hit:
        return Hit(quote.start, quote.start + 1,
                   {"quote": words_after(ctx.seg.prose, quote.inner_start, 6)})


def _mention(prose: str, quote: Quotation) -> bool:
    """A quotation woven into the reporter's sentence as a name, title or phrase.

    `awarded for "continued creativity"`, `"Taking tough choices" is the theme`: the quotation
    follows a word of the sentence, or is the subject of its verb.
    """
    before = prose[max(0, quote.start - 40) : quote.start].rstrip(" \xa0")
    if before and before[-1].isalnum() and not _SPEECH_VERB.search(before):
        return True
    return quote.closed and bool(_SUBJECT.match(prose, quote.end))


def _cues(ctx: Context, layout: _Layout, region: Sequence[Span]) -> bool:
    """Attribution in the region, outside quotations or inside one left open."""
    outside = cues.for_view(ctx, ctx.seg.outside)
    for span in region:
        if span not in layout.has_cue:
            layout.has_cue[span] = outside.has(*span)
        if layout.has_cue[span]:
            return True
    prose = cues.for_view(ctx, ctx.seg.prose)
    return any(a <= q.start < b and prose.find(q.inner_start, q.inner_end)
               for q in layout.unclosed for a, b in region)


def _tagged(prose: str, region: Sequence[Span]) -> bool:
    """A speech tag on a quotation in the region names who spoke."""
    return any(_SPEECH_TAG.search(prose, a, b) for a, b in region)


def _attribution_region(layout: _Layout, index: int) -> list[Span]:
    """The quotation's paragraph, the sentence before it and the sentence after it."""
    paras = layout.paragraphs
    region = [paras[index]]
    if index > 0:
        i = bisect_left(layout.sentence_starts, paras[index][0]) - 1
        if i >= 0 and layout.sentence_starts[i] >= paras[index - 1][0]:
            region.append(layout.sentences[i])
    after_para = index
    while after_para + 1 < len(paras) and after_para + 1 in layout.continued:
        after_para += 1
    if after_para + 1 < len(paras):
        next_start, next_end = paras[after_para + 1]
        i = bisect_left(layout.sentence_starts, next_start)
        if i < len(layout.sentences) and layout.sentence_starts[i] < next_end:
            region.append(layout.sentences[i])
    region.extend(paras[index + 1 : after_para + 1])
    return region


def _lead_in(ctx: Context, layout: _Layout, index: int, quote: Quotation) -> bool:
    """A colon before the quotation, in its paragraph or ending the paragraph before."""
    prose = ctx.seg.prose
    head = prose[layout.paragraphs[index][0] : quote.start].rstrip()
    if head.endswith(":"):
        return True
    if head or index == 0:
        return False
    prev_start, prev_end = layout.paragraphs[index - 1]
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
