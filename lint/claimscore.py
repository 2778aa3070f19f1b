"""Score a sentence as a check-worthy claim, and tell whether a sentence is attributed.

A claim is a sentence that asserts a figure, a plan or someone's intent, a record, a comparison
or a cause. Each feature adds weight; opinion markers and questions take it away. The scorer
returns the weight and the words that carried most of it, so a message can name them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from . import cues, sentences

Span = tuple[int, int]

# (name, weight, pattern): the features of a claim (written for newslint).
FEATURES: tuple[tuple[str, float, str], ...] = (
    ("figure", 1.5, r"[$£€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b)"
                    r"|\b\d[\d,.]*\s+(?:million|billion|trillion)\b"),
    ("figure", 1.0, r"(?<![\w.-])\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|(?<![\w.-])(?!(?:19|20)\d\d\b)"
                    r"\d+(?:\.\d+)?(?![\w-])"),
    ("date", 0.5, r"\b(?:1[89]|20)\d\d\b"),
    ("figure", 1.0, r"\b(?:millions?|billions?|trillions?|thousands|hundreds|dozens|half|"
                    r"twice|doubled?|tripled?|quadrupled?|one\s+in\s+(?:\w+))\b"),
    ("intent", 1.5, r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bno )(?<!\bits )(?<!\bhis )(?<!\bher )"
                    r"(?<!\btheir )(?<!\bnew )(?<!\bgovernment )(?<!\bsuspended )(?<!\brejected )"
                    r"\b(?:wants?|wanted|plans?|planned|planning|intends?|intended|aims?|aimed"
                    r"|seeks?|sought|is\s+trying|are\s+trying|was\s+trying|tries|tried"
                    r"|attempts?|attempted|is\s+determined|is\s+preparing|are\s+preparing)\s+to\b"
                    r"|\bin\s+order\s+to\b|\bto\s+boost\s+(?:his|her|their|its)\b"),
    ("plan", 1.0, r"\b(?:is|are)\s+set\s+to\b|\bin\s+a\s+bid\s+to\b"),
    ("record", 1.0, r"\b(?:most|least|largest|biggest|highest|lowest|worst|best|fastest|"
                    r"slowest|greatest|strongest|weakest|deadliest|record|unprecedented|"
                    r"never\s+before|for\s+the\s+first\s+time)\b"),
    ("comparison", 1.0, r"\b(?:more|less|fewer|greater)\s+than\b|\b(?:increased?|increases|"
                        r"rose|risen|fell|fallen|declined?|grew|grown|dropped|soared|"
                        r"plunged|doubled|halved|cut|raised|lowered)\b"),
    ("cause", 1.0, r"\b(?:because\s+of|caused?|causing|led\s+to|leads\s+to|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )due\s+to|"
                   r"as\s+a\s+result|resulted\s+in|result\s+of|responsible\s+for|blamed)\b"),
    ("generalisation", 0.5, r"\bone\s+of\s+(?:many|several)\b|\b(?:always|never|"
                            r"nobody|no\s+one|everyone)\b"),
    ("fact", 0.5, r"\b(?:voted|passed|signed|spent|killed|died|arrested|charged|convicted|"
                  r"elected|won|lost|created|destroyed|banned|approved|rejected|funded|paid|"
                  r"owns?|owned|employs?|employed)\b"),
)
# Markers that a sentence is opinion, a greeting or an aside rather than a claim.
OPINION: tuple[tuple[float, str], ...] = (
    (-1.0, r"\bI\s+(?:think|believe|feel|hope|want|would|will|am|'m)\b|\bI'm\b|\bin\s+my\s+(?:view|opinion)\b"),
    (-0.5, r"\b(?:should|must|ought\s+to|let's|let\s+us|we\s+need|we've\s+got\s+to|thank\s+you)\b"),
    (-0.5, r"\b(?:you|your)\b"),
)
_NAME = re.compile(r"(?<=[\w,;] )(?!I\b)[A-Z][a-z]+|(?<=[\w,;] )[A-Z]{2,}\b")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


class Score(NamedTuple):
    value: float
    feature: str  # the strongest feature: figure, intent, ...
    words: str  # the words that carried it
    found: tuple[tuple[str, str], ...] = ()  # every feature present, with its words


class ClaimScorer:
    """Scores sentences; patterns are compiled once."""

    def __init__(self) -> None:
        self.features = [(n, w, re.compile(p, re.IGNORECASE)) for n, w, p in FEATURES]
        self.opinion = [(w, re.compile(p, re.IGNORECASE)) for w, p in OPINION]

    def score(self, text: str, start: int = 0, end: int | None = None) -> Score:
        stop = len(text) if end is None else end
        total = 0.0
        best: tuple[float, str, str] = (0.0, "", "")
        seen: dict[str, str] = {}
        for name, weight, pattern in self.features:
            match = pattern.search(text, start, stop)
            if match is None or name in seen:
                continue
            words = " ".join(match.group(0).split())
            seen[name] = words
            total += weight
            if weight > best[0]:
                best = (weight, name, words)
        names = len(_NAME.findall(text, start, stop))
        total += min(names, 2) * 0.5
        for weight, pattern in self.opinion:
            if pattern.search(text, start, stop):
                total += weight
        return Score(total, best[1], best[2], tuple(seen.items()))


def word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


class SentenceInfo(NamedTuple):
    span: Span
    paragraph: int
    attributed: bool  # a cue in it, in the sentence before, or a governing lead-in
    cue: bool  # a cue in the sentence itself
    quoted_share: float  # share of its characters inside quotations


_LEAD_IN_END = re.compile(r":\s*$")
_LEAD_IN_START = re.compile(
    r"\s*(?:[“\"‘']\s*)?(?:as|according\s+to)\b[^,.]{0,80}?(?:,|:)", re.IGNORECASE
)


def analyse(
    prose: str, outside: str, paragraphs: Sequence[Span], quoted: float = 0.5
) -> list[SentenceInfo]:
    """Every sentence of the paragraphs, with whether it carries or inherits an attribution."""
    out: list[SentenceInfo] = []
    governed = False
    for index, (p_start, p_end) in enumerate(paragraphs):
        spans = list(sentences.split(prose, p_start, p_end))
        paragraph_cue = _governs_paragraph(outside, spans)
        has = [cues.has_cue(outside, start, end) for start, end in spans]
        for i, (start, end) in enumerate(spans):
            near = (i > 0 and has[i - 1]) or (i + 1 < len(has) and has[i + 1] and _leads(prose, spans[i + 1]))
            share = _quoted_share(prose, outside, start, end)
            attributed = has[i] or near or governed or paragraph_cue or share > quoted
            out.append(SentenceInfo((start, end), index, attributed, has[i], share))
        governed = _is_lead_in(prose, outside, p_start, p_end)
    return out


_TRAILING_CUE = re.compile(r"^\W{0,3}(?:\w+\s+){0,6}?(?:said|says|added|told|wrote|explained|argued)\b", re.IGNORECASE)


def _leads(prose: str, span: Span) -> bool:
    """The next sentence opens with its speaker: 'He said ...', 'The minister added ...'."""
    return _TRAILING_CUE.match(prose, span[0], span[1]) is not None


def _governs_paragraph(outside: str, spans: Sequence[Span]) -> bool:
    """'As the Post reports, ...' or 'According to X, ...' opening a paragraph covers all of it."""
    if not spans:
        return False
    start, end = spans[0]
    match = _LEAD_IN_START.match(outside, start, end)
    return bool(match and cues.has_cue(outside, match.start(), match.end()))


def _is_lead_in(prose: str, outside: str, start: int, end: int) -> bool:
    """A short paragraph ending in a colon, with a cue: 'According to The Post:'."""
    return bool(
        _LEAD_IN_END.search(prose, start, end)
        and word_count(prose, start, end) <= 20
        and cues.has_cue(outside, start, end)
    )


def _quoted_share(prose: str, outside: str, start: int, end: int) -> float:
    text, kept_text = prose[start:end], outside[start:end]
    if text == kept_text:
        return 0.0
    total = sum(map(len, text.split()))
    kept = sum(map(len, kept_text.split()))
    return 1.0 - kept / total if total else 0.0
