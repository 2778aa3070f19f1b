"""weasel: a sentence whose wording hedges a claim or credits it to nobody in particular.

Each cue type (a vague quantity, a vague crowd of sources, a hedging adverb, attribution in the
passive without an agent, a peacock word...) adds its weight once; a sentence is reported when
the sum reaches the rule's threshold. The cue reported is the first present in CUES, which
puts agentless attribution ("it is thought", "critics say") before quantities. The word
lists were written for newslint; the weights were fitted on labelled encyclopedia sentences and
rounded.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from ..model import Hit
from ..schema import Option, number
from .base import Context, Kind, Span

_CROWD = (
    r"critics|experts|observers|commentators|scholars|historians|analysts|scientists|"
    r"researchers|academics|sources|fans|proponents|opponents|supporters|detractors|skeptics|"
    r"sceptics|reviewers"
)
_PASSIVE = (
    r"said|believed|thought|claimed|alleged|rumou?red|reported|suggested|argued|considered|"
    r"regarded|seen|viewed|described|recogni[sz]ed|accepted|held|understood|speculated|"
    r"critici[sz]ed|praised|acclaimed"
)
# (name, weight, pattern): the cue types of weasel wording.
CUES: tuple[tuple[str, float, str], ...] = (
    ("it-is-said", 1.5, r"\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:said|"
                        r"believed|thought|claimed|alleged|rumou?red|reported|suggested|argued|"
                        r"speculated|noted|assumed|theori[sz]ed|proposed|known|expected|possible|"
                        r"likely|unlikely|unclear|uncertain|unknown)\b"),
    ("crowd-says", 1.25, rf"\b(?:some|many|others|{_CROWD}|they)\s+(?:\w+\s+)?(?:say|said|"
                         r"claim|claimed|believe|believed|argue|argued|suggest|suggested|"
                         r"consider|considered|think|thought|feel|contend|maintain|note|noted|"
                         r"see|view|regard)\b"),
    ("passive", 1.5, rf"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?(?:{_PASSIVE})\b"),
    ("hedge", 2.25, r"\b(?:probably|possibly|perhaps|presumably|apparently|supposedly|"
                    r"purportedly|reportedly|allegedly|arguably|seemingly|ostensibly|"
                    r"reputedly)\b"),
    ("widely", 1.25, r"\b(?:widely|generally|commonly)\b"),
    ("likely", 1.0, r"\blikely\b"),
    ("some", 2.0, r"\bsome\b"),
    ("many", 2.0, r"\bmany\b"),
    ("doubt", 1.0, r"\b(?:unclear|unknown|uncertain|disputed|debated|debate|controversial|"
                   r"controversy|questionable|doubtful|speculation|speculative|rumou?rs?|"
                   r"theory|theories|evidence|whether|criticism|critici[sz]ed)\b"),
    ("several", 1.0, r"\b(?:several|various|numerous|countless|certain|a\s+number\s+of|"
                     r"a\s+variety\s+of|the\s+majority\s+of)\b"),
    ("crowd", 1.0, rf"\b(?:{_CROWD})\b"),
    ("one-of-the", 1.0, r"\bone\s+of\s+the\s+(?:\w+est|most|best|finest|greatest|leading|top)\b"),
    ("most", 1.0, r"\bmost\b"),
    ("believed", 1.0, r"\b(?:believed?|thought|claims?|claimed|suggested|suggests?|argued?|"
                      r"argues|speculated|theori[sz]ed|supposed|assumed|rumou?red|alleged?)\b"),
    ("considered", 0.75, r"\b(?:considered|regarded)\b"),
    ("peacock", 0.75, r"\b(?:best[\s-]known|well[\s-]known|known\s+(?:as|for)|famous|famously|"
                      r"famed|renowned|acclaimed|celebrated|legendary|iconic|notable|notably|"
                      r"prominent|leading|prestigious|respected|influential|popular|finest|"
                      r"greatest|best)\b"),
    ("seems", 0.75, r"\b(?:seems?|seemed|appears?|appeared)\s+(?:to|that|as|likely)\b"),
    ("may", 0.5, r"\b(?:may|might)\b"),
    ("in-general", 0.5, r"\b(?:tends?|tended)\s+to\b|\bin\s+general\b|\bin\s+some\s+cases\b|"
                        r"\bto\s+some\s+(?:extent|degree)\b|\bin\s+many\s+(?:cases|ways)\b|"
                        r"\baccording\s+to\s+(?:some|many|one|legend|tradition|myth)\b"),
    ("few", 0.25, r"\b(?:a\s+few|few|much|little)\b"),
    ("intensifier", 0.25, r"\b(?:very|highly|extremely|hugely|enormously|significant|"
                          r"significantly|important|major|great|successful|strong|strongly)\b"),
    ("people", 0.25, r"\b(?:others|people)\b"),
)
_CROWD_WORDS = _CROWD.replace("|", " ").replace("?", "")
# Each cue's trigger words: one of them stands as a whole word in every match of the cue, so a
# document without any of them cannot match it (checked before the cue's pattern runs).
TRIGGERS: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) for name, words in {
        "it-is-said": "it",
        "crowd-says": f"some many others they {_CROWD_WORDS} sceptics",
        "passive": "is are was were been be being",
        "hedge": "probably possibly perhaps presumably apparently supposedly purportedly "
                 "reportedly allegedly arguably seemingly ostensibly reputedly",
        "widely": "widely generally commonly",
        "likely": "likely",
        "some": "some",
        "many": "many",
        "doubt": "unclear unknown uncertain disputed debated debate controversial controversy "
                 "questionable doubtful speculation speculative rumor rumors rumour rumours theory "
                 "theories evidence whether criticism criticized criticised",
        "several": "several various numerous countless certain number variety majority",
        "crowd": f"{_CROWD_WORDS} sceptics",
        "one-of-the": "one",
        "most": "most",
        "believed": "believe believed thought claim claims claimed suggested suggest suggests "
                    "argue argued argues speculated theorized theorised supposed assumed rumored "
                    "rumoured alleged allege",
        "considered": "considered regarded",
        "peacock": "best well known famous famously famed renowned acclaimed celebrated "
                   "legendary iconic notable notably prominent leading prestigious respected "
                   "influential popular finest greatest",
        "seems": "seem seems seemed appear appears appeared",
        "may": "may might",
        "in-general": "tend tends tended general some extent degree many according",
        "few": "few much little",
        "intensifier": "very highly extremely hugely enormously significant significantly "
                       "important major great successful strong strongly",
        "people": "others people",
    }.items()
}
_WORDS = re.compile(r"[a-z]+")
THRESHOLD = 1.5  # the score from which a sentence reads as weasel wording


class Score(NamedTuple):
    value: float
    cue: Span  # where the cue to report is; (0, 0) when there is none


class WeaselScorer:
    """Scores sentences; patterns are compiled once. The cue patterns are written in lower case
    and run case-sensitively over lower-cased text (same offsets), which is much faster."""

    def __init__(self) -> None:
        self.cues = [(w, re.compile(p)) for _, w, p in CUES]
        self.triggers = [TRIGGERS[name] for name, _, _ in CUES]

    def score(self, text: str, start: int = 0, end: int | None = None) -> Score:
        stop = len(text) if end is None else end
        lowered = text.lower()
        if len(lowered) != len(text):  # lower-casing moved offsets: match case-insensitively
            cues = [(w, re.compile(p.pattern, re.IGNORECASE)) for w, p in self.cues]
            return _first_cues(cues, text, start, stop)
        return _first_cues(self.cues, lowered, start, stop)

    def scores(self, text: str, spans: Sequence[Span]) -> list[Score]:
        """The score of each span (sorted, not overlapping) of one text: each cue pattern
        scans the text once, and its first match inside a span counts for that span."""
        lowered = text.lower()
        if len(lowered) != len(text) or not spans:
            return [self.score(text, start, end) for start, end in spans]
        starts = [start for start, _ in spans]
        totals = [0.0] * len(spans)
        cues: list[Span] = [(0, 0)] * len(spans)
        present = set(_WORDS.findall(lowered, spans[0][0], spans[-1][1]))
        for (weight, pattern), triggers in zip(self.cues, self.triggers):
            if triggers.isdisjoint(present):
                continue
            seen = -1
            for match in pattern.finditer(lowered, spans[0][0], spans[-1][1]):
                index = bisect.bisect_right(starts, match.start()) - 1
                if index <= seen or match.end() > spans[index][1]:
                    continue
                seen = index
                totals[index] += weight
                if cues[index] == (0, 0):
                    cues[index] = match.span()
        return [Score(total, cue) for total, cue in zip(totals, cues)]


def _first_cues(cues: Sequence[tuple[float, re.Pattern[str]]], text: str, start: int,
                stop: int) -> Score:
    total, cue = 0.0, (0, 0)
    for weight, pattern in cues:
        match = pattern.search(text, start, stop)
        if match is None:
            continue
        total += weight
        if cue == (0, 0):
            cue = match.span()
    return Score(total, cue)


class WeaselChecker:
    def __init__(self, options: Mapping[str, Any]) -> None:
        self.threshold: float = options["threshold"]
        self.scorer = WeaselScorer()

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        skip = [s for s in (ctx.seg.headline, ctx.seg.byline) if s]
        body = [(a, b) for a, b in spans if not any(a < o[1] and o[0] < b for o in skip)]
        for score in self.scorer.scores(view, body):
            if score.value >= self.threshold:
                yield Hit(*score.cue)


KIND = Kind(
    name="weasel",
    summary="A sentence whose weighted weasel cues (vague quantities and sources, hedges, "
    "agentless attribution, peacock words) reach a threshold.",
    options={
        "threshold": Option(
            number, THRESHOLD, doc="Report sentences whose weasel score reaches this."
        ),
    },
    build=WeaselChecker,
    scopes=("sentence",),
    default_scope="sentence",
)
