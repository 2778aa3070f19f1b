"""claim: a check-worthy claim with no attribution in reach.

A sentence is reported when it scores as a claim (a figure, an intent, a record, a comparison,
a cause) and no attribution covers it: none in the sentence, none in the sentence before it in
the same paragraph, no lead-in governing the paragraph. With `reach: nearby`, none in its
paragraph, nor a source reported in the writer's words in the paragraph on either side of it (a
speaker's quotation there stands behind its own words, not a figure next to it): a claim
standing alone among unattributed paragraphs and quotations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .. import cues
from ..claimscore import ClaimScorer, SentenceInfo, analyse, word_count
from ..model import Hit
from ..schema import Option, choice, integer, number, string_list
from .base import Context, Kind, Span

FEATURE_NAMES = {  # every feature of claimscore.FEATURES, as a message names it
    "figure": "a figure",
    "money": "a sum of money",
    "percent": "a percentage",
    "quantity": "a quantity",
    "number": "a number",
    "date": "a date",
    "past": "a past event",
    "event": "an event",
    "intent": "someone's intent",
    "motive": "a motive",
    "estimate": "an estimate",
    "ascribed-motive": "a motive read into an act",
    "comparison": "a comparison",
    "change": "a change",
    "fact": "an event",
    "policy": "a matter of policy",
    "cause": "a cause",
    "generalisation": "a generalisation",
}


class ClaimChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.threshold: float = options["threshold"]
        self.min_words: int = options["min_words"]
        self.max_quoted_share: float = options["max_quoted_share"]
        self.require: tuple[str, ...] = options["require"]
        self.exclude: tuple[str, ...] = options["exclude"]
        self.nearby: bool = options["reach"] == "nearby"
        self.scorer = ClaimScorer()

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        wanted = set(spans)
        skip = [s for s in (ctx.seg.headline, ctx.seg.byline) if s]
        infos: list[SentenceInfo] = ctx.shared(
            "claim.analysis",
            lambda: analyse(ctx.seg.prose, ctx.seg.outside, ctx.seg.paragraphs,
                            sentence_spans=ctx.seg.scope("sentence"),
                            cue_index=cues.for_view(ctx, ctx.seg.outside)),
        )
        sourced, reported = _sourced_paragraphs(infos) if self.nearby else (set(), set())
        for info in infos:
            start, end = info.span
            if info.span not in wanted or info.in_reach or _overlaps(info.span, skip):
                continue
            if self.nearby and (info.paragraph in sourced or not reported.isdisjoint(
                    (info.paragraph - 1, info.paragraph + 1))):
                continue
            if not self._candidate(ctx.seg.prose, info):
                continue
            lowered = ctx.seg.lowered(view)
            if self.require and not self.scorer.has_any(self.require, view, start, end, lowered):
                continue  # none of the required features: no finding whatever the score
            if self.exclude and self.scorer.has_any(self.exclude, view, start, end, lowered):
                continue  # another rule's claim
            score = self.scorer.score(view, start, end, lowered)
            if score.value < self.threshold:
                continue
            found = [(n, w) for n, w in score.found if n in self.require] if self.require else [
                (score.feature, score.words)]
            if found:
                name, words = found[0]
                feature = FEATURE_NAMES[name]
                yield Hit(start, end, {"feature": feature, "words": words})

    def _candidate(self, prose: str, info: SentenceInfo) -> bool:
        start, end = info.span
        text = prose[start:end].rstrip("”’\"' )")
        if text.endswith(("?", ":")) or info.quoted_share > self.max_quoted_share:
            return False
        return word_count(prose, start, end) >= self.min_words


def _sourced_paragraphs(infos: Sequence[SentenceInfo]) -> tuple[set[int], set[int]]:
    """The paragraphs with a sentence that carries an attribution or a cue, and those of them
    where such a sentence is in the writer's words (not mostly a direct quotation): a source
    reported there may stand behind a figure next to it; a speaker's quotation stands behind
    its own words only."""
    sourced: set[int] = set()
    reporting: set[int] = set()
    for info in infos:
        if info.attributed or info.cue:
            sourced.add(info.paragraph)
            if info.quoted_share < _QUOTED:
                reporting.add(info.paragraph)
    return sourced, reporting


_QUOTED = 0.5


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


KIND = Kind(
    name="claim",
    summary="A sentence that states a check-worthy claim with no attribution in reach.",
    options={
        "threshold": Option(number, 2.5, doc="Report sentences whose claim score reaches this."),
        "require": Option(
            string_list, (), doc="Report only claims with one of these features (empty: any)."
        ),
        "exclude": Option(string_list, (), doc=(
            "Skip claims with any of these features (left to a rule that requires them).")),
        "min_words": Option(integer(1), 6, doc="Skip sentences shorter than this many words."),
        "reach": Option(choice("paragraph", "nearby"), "paragraph", doc=(
            "paragraph: an attribution in the sentence, the one before it in its paragraph or a "
            "lead-in covers a claim; nearby: also one anywhere in its paragraph, or a source "
            "reported in the writer's words (not a quotation's speaker) in the paragraph "
            "either side.")),
        "max_quoted_share": Option(
            number, 0.5, doc="Skip sentences more of whose characters are quoted than this."
        ),
    },
    build=ClaimChecker,
    placeholders=frozenset({"feature", "words"}),
    scopes=("sentence",),
    default_scope="sentence",
)
