"""weasel: a sentence whose wording hedges a claim or credits it to nobody in particular.

Each cue type (agentless attribution "it is said", a vague crowd "some critics say", a hedge
"probably", a vague quantity "many", a peacock word "renowned"...) adds its weight once; a
sentence is reported when the sum reaches the rule's threshold. The cue reported is the first
present in CUES, which puts agentless attribution before hedges, quantities and peacock words.

The categories follow Wikipedia's guidance on weasel, hedging and peacock wording (MOS:WEASEL,
MOS:PEACOCK) and the CoNLL-2010 uncertainty guidelines; the word lists were written for
newslint. Some distinctions are syntactic: a passive of opinion with its agent ("was praised by
Rosen") credits someone, "some 20 people" and "several years" are counts, not vague crowds,
and "may have been" hedges a past event where "may be used" does not. The weights were fitted
by logistic regression on one half of a set of labelled encyclopedia sentences, checked on the
other half, and rounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate
from typing import Any, NamedTuple

from .. import rx
from ..model import Hit
from ..schema import Option, number
from .base import Context, Kind, Span


def _words(words: str) -> str:
    """A cue of whole words: matched through one pass over the text for all such cues."""
    return r"\b(?:" + "|".join(words.split()) + r")\b"


_CROWD = (
    "critics experts observers commentators scholars historians analysts scientists researchers "
    "academics sources fans proponents opponents supporters detractors skeptics sceptics "
    "reviewers economists theologians biographers theorists pundits insiders"
)
_CROWD_RE = _CROWD.replace(" ", "|")
_SAY = (
    r"say|said|says|claim|claimed|claims|believe|believed|believes|argue|argued|argues|suggest|"
    r"suggested|suggests|consider|considered|considers|think|thought|thinks|feel|felt|feels|"
    r"contend|contended|contends|maintain|maintained|maintains|assert|asserted|asserts|"
    r"speculate|speculated|allege|alleged|insist|insisted|note|noted|view|viewed|regard|"
    r"regarded|see|saw|hold|held|doubt|doubted|dispute|disputed|question|questioned|criticize|"
    r"criticized|criticise|criticised|fear|feared|describe|described|call|called|cite|cited|"
    r"point\s+out|pointed\s+out"
)
_REPORTED = (
    r"said|believed|thought|claimed|alleged|rumou?red|reported|suggested|argued|speculated|"
    r"noted|assumed|theori[sz]ed|proposed|hypothesi[sz]ed|conjectured|posited|held|understood|"
    r"felt|presumed|supposed|contended|maintained|asserted|estimated|known|expected|feared|"
    r"hoped|recogni[sz]ed|accepted|considered|questioned|doubted|disputed|stated"
)
_OPINION = (
    r"said|believed|thought|claimed|alleged|rumou?red|reported|suggested|argued|considered|"
    r"regarded|viewed|perceived|deemed|reputed|supposed|presumed|recogni[sz]ed|accepted|"
    r"understood|speculated|critici[sz]ed|praised|acclaimed|hailed|heralded|touted|lauded|"
    r"dubbed|labell?ed|condemned|characteri[sz]ed|accused|blamed|branded|castigated|denounced|"
    r"derided|ridiculed|vilified"
)
# Verbs whose perfect passive credits a description or a doubt to no one ("has been described
# as", "has been questioned", "have been likened to"); the simple past of most of them only
# names or reports ("the town was called Eboracum", "the cup was described in 1820").
_DESCRIBED = (
    r"called|described|questioned|remarked|noted|cited|likened|compared|portrayed|attributed|"
    r"credited|linked"
)
# An agent after a passive of opinion, in the same clause: "praised by Rosen", "accused of
# fraud by the regulator"; not "by 2010", "by far", "by cutting costs", nor a vague crowd ("by
# many critics", "by some").
_AGENT = (
    r"(?:\s+[\w'-]+){0,8}?\s+by\s+(?!(?:\d|far|then|now|mistake|accident|default|contrast|"
    r"comparison|way|some|many|most|several|various|numerous|certain|other|others|"
    rf"{_CROWD_RE})\b|[a-z]+ing\b)"
)
_NUMBER = (
    r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen"
)
_TIME = (
    r"years?|times?|days?|months?|weeks?|hours?|decades?|centuries|minutes?|seasons?|"
    r"occasions?|generations?|moments?|nights?"
)
_FREQUENTLY = (
    "often usually commonly sometimes generally popularly widely frequently occasionally "
    "typically traditionally"
)
_VAGUE_STUDY = (
    r"\b(?:studies|research|reports|surveys|estimates|sources|accounts|scholarship|evidence|data)"
    r"\s+(?:\w+\s+)?(?:suggest|suggests|suggested|show|shows|shown|indicate|indicates|indicated|"
    r"vary|varies|differ|differs|claim|claims|point)\b"
    r"|\b(?:one|some|several|many|other|recent|various)\s+(?:study|studies|report|reports|survey|"
    r"surveys|accounts?|sources?|estimates?|opinions?|interpretations?|versions)\b"
    r"|\b(?:opinions?|views|estimates|accounts)\s+(?:vary|varies|differ|differs)\b"
    r"|\bdiffering\s+(?:opinions|views|accounts)\b"
)
_BELIEF = (
    "believe believes believed belief beliefs speculate speculated speculates speculation "
    "speculative theorised theorized theorise theorize hypothesis hypotheses hypothesised "
    "hypothesized conjecture conjectured conjectures assume assumed assumes assumption "
    "assumptions presume presumed rumor rumors rumored rumour rumours rumoured legend legends "
    "myth myths"
)
_PEACOCK = (
    "famous famously famed renowned acclaimed acclaim legendary iconic prestigious "
    "eminent illustrious masterpiece seminal brilliant outstanding remarkable extraordinary "
    "exceptional impressive greatest finest"
)
# (name, weight, pattern): the cue types of weasel wording, in the order a cue is reported.
# Patterns are lower case; one that starts with "^" counts only at the start of a sentence.
CUES: tuple[tuple[str, float, str], ...] = (
    # Attribution to nobody in particular.
    ("it-is-said", 1.75, r"\bit\s+(?:is|was|has\s+been|had\s+been|(?:can|could|may|might|must|"
                         r"should)\s+(?:also\s+)?be|(?:can|could|may|might)\s+have\s+been)\s+"
                         rf"(?:\w+\s+)?(?:{_REPORTED})\b"),
    # "most" here is a crowd, not a superlative ("the most cited paper", "its most popular view").
    ("crowd-says", 2.0, rf"\b(?:some|many|(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)"
                        rf"(?<!\btheir\s)(?<!\dth\s)most|others|{_CROWD_RE})\s+(?:\w+\s+)?"
                        rf"(?:{_SAY})\b"),
    ("passive", 2.0, r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+|also\s+|often\s+|"
                     rf"still\s+|now\s+)?(?:{_OPINION})\b(?!{_AGENT})"
                     rf"|\bbeen\s+(?:\w+ly\s+|also\s+|often\s+)?(?:{_DESCRIBED})\b(?!{_AGENT})"),
    ("said-to", 0.75, r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+|also\s+|often\s+|"
                      r"still\s+)?(?:said|believed|thought|reported|rumou?red|alleged|claimed|"
                      r"reputed|supposed|presumed|suspected|purported)\s+to\b"),
    ("commonly-called", 1.25, rf"\b(?:{_FREQUENTLY.replace(' ', '|')})\s+(?:be\s+|been\s+)?"
                              r"(?:referred\s+to|described|called|known|regarded|seen|considered|"
                              r"thought|equated|cited|credited|attributed|associated|labell?ed|"
                              r"dubbed|termed|viewed|perceived)\b"),
    ("vague-crowd", 0.5, r"\b(?:some|many|most|several|various|numerous|certain|other)\s+"
                         rf"(?:(?!(?:{_NUMBER})\b)[a-z]+\s+)?(?:{_CROWD_RE}|people|authors|"
                         r"writers|members|users|"
                         r"studies|reports|accounts)\b"),
    ("vague-study", 1.25, _VAGUE_STUDY),
    ("there-is", 0.75, r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|"
                       r"remains?)\s+(?:\w+\s+){0,2}(?:speculation|debate|controversy|claims?|"
                       r"suggestions?|belief|perception|doubts?|rumou?rs?|reports|criticism|"
                       r"disagreement|dispute|theories|theory|questions?|concerns?|arguments?|"
                       r"allegations?|evidence|consensus|view)\b"),
    # Hedges.
    ("it-is-adj", 1.5, r"\bit\s+(?:is|was|seems|seemed|appears|appeared|remains|remained)\s+"
                       r"(?:\w+\s+)?(?:possible\b(?!\s+(?:to|for)\b)|likely|unlikely|probable|"
                       r"plausible|conceivable|unclear|uncertain|unknown|doubtful|debatable|arguable|"
                       r"questionable|not\s+(?:yet\s+|entirely\s+|fully\s+|always\s+)?clear)\b"),
    ("hedge", 2.75, _words("probably possibly perhaps presumably apparently supposedly purportedly "
                           "reportedly allegedly arguably seemingly ostensibly reputedly "
                           "conceivably maybe plausibly")),
    ("may-have", 1.0, r"\b(?:may|might|could|must)\s+(?:well\s+|also\s+|even\s+)?have\s+"
                      r"(?:been\s+)?[a-z]+(?:ed|en|t|wn|ne|ung|ade)\b"),
    # "a lamp to indicate the power is on" signals; it does not hedge.
    ("suggest", 1.25, r"\b(?:suggest|suggests|suggested|suggesting|suggestion|suggestions|"
                      r"(?<!\bto\s)indicate|indicates|indicated|implies|implied)\b"),
    ("seems", 0.25, r"\b(?:seems?|seemed|appears?|appeared)\s+(?:to|that|as|likely)\b"),
    # "it is possible to fly there" states an ability, not a guess.
    ("possible", 1.0, r"\b(?:possible(?!\s+(?:to|for)\b)|probable|plausible|apparent|putative|"
                      r"so-called|supposed|alleged|presumed|purported|likely|unlikely)\b"),
    ("believed", 1.0, r"\bthought\s+(?:to|that)\b|" + _words(_BELIEF)),
    ("claim", 0.75, _words("claim claims claimed claiming allege alleges alleged allegation "
                           "allegations alleging contend contends contended")),
    ("considered", 0.75, r"\b(?:considered|regarded|perceived|deemed|viewed)\s+(?:as|to|by|a|an|"
                         r"the|one)\b"),
    ("doubt", 1.25, _words("unclear unknown uncertain uncertainty disputed dispute debated debate "
                           "debatable controversy controversial controversies questionable doubt "
                           "doubts doubted doubtful unproven unconfirmed unsubstantiated "
                           "unverified contested whether theory theories evidence proof")),
    ("widely", 1.25, _words("widely generally commonly popularly largely traditionally")),
    # Unsupported praise.
    ("one-of-the", 1.0, r"\bone\s+of\s+(?:the|its|his|her|their)\s+(?:\w+est|most|best|finest|"
                        r"greatest|leading|top|worst|foremost|premier)\b|\bamong\s+the\s+"
                        r"(?:\w+est|most|best|finest|greatest)\b"),
    # "celebrated" praises ("the celebrated poet"), not as the verb ("celebrated his birthday",
    # "Mass was celebrated by the bishop").
    ("peacock", 1.5, r"\b(?:best|well)-known\b|\bwell\s+known\b|\bcelebrated\b(?!\s*[.,;:!?]|"
                     r"\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|"
                     r"them|it|by|mass)\b)|" + _words(_PEACOCK)),
    # Vague quantities (not counts: "some 20 people", "several years"; nor a degree: "to some
    # extent").
    ("some", 2.5, rf"\bsome\b(?!\s+(?:(?:{_NUMBER}|{_TIME}|time|more|kind|sort|extent|degree)\b|"
                  r"\d))"),
    ("some-start", 1.0, r"^\W*(?:some|many|several|most|others|certain)\b"),
    # Not a question or a comparison: "how many", "as many (toys) as", "as many as 60".
    ("many", 2.75, rf"\bmany\b(?<!\bhow\smany)(?!\s+(?:{_TIME}|more)\b)"
                   r"(?!(?<=\bas\smany)(?:\s+[\w'-]+){0,3}?\s+as\b)"),
    ("several", 2.25, rf"\bseveral\b(?!\s+(?:(?:{_NUMBER}|{_TIME})\b|\d))"),
    # "a certain age" is one particular thing left unnamed, not a vague crowd.
    ("certain", 1.25, r"(?<!\ba\s)\bcertain\s+(?!(?:that|to|of|whether)\b)[a-z]"),
    ("various", 0.5, r"\b(?:various|numerous|countless|innumerable|myriad|untold|plenty\s+of|"
                     r"a\s+(?:number|variety|host|handful|multitude)\s+of)\b"),
    ("most", 0.75, r"\bmost\b(?!\s+(?:of|recently|likely|often)\b)"),
    ("most-of", 0.5, r"\bmost\s+of\b|\bmajority\s+of\b"),
    ("much", 0.75, _words("much")),
    ("few", 0.25, _words("few")),
    ("others", 0.5, _words("others")),
    ("crowd", 1.25, _words(_CROWD)),
    ("peacock-weak", 0.5, _words("notable notably prominent respected influential leading popular "
                                 "best unique significant important major great successful")),
    # Modal verbs of possibility ("May" the month is not one).
    ("may", 0.5, r"\b(?:may(?!\s*(?:\d|,))|might)\b"),
    ("could", 0.25, _words("could would")),
)
# Each pattern cue's lead words: every match of the cue begins with one of them, a whole word
# (the cue "some-start" is tried at the start of each sentence instead). The text's words are
# read once; a cue's pattern is tried only where one of its lead words stands, and a cue of
# whole words (see _words) is its own list of lead words, found by a look-up.
_LEADS: dict[str, str] = {
    "it-is-said": "it",
    "crowd-says": f"some many most others {_CROWD}",
    "said-to": "is are was were been be being",
    "passive": "is are was were been be being",
    "commonly-called": _FREQUENTLY,
    "vague-crowd": "some many most several various numerous certain other",
    "vague-study": "studies research reports surveys estimates sources accounts scholarship "
                   "evidence data one some several many other recent various opinion opinions "
                   "views differing",
    "there-is": "there",
    "it-is-adj": "it",
    "suggest": "suggest suggests suggested suggesting suggestion suggestions indicate indicates "
               "indicated implies implied",
    "may-have": "may might could must",
    "seems": "seem seems seemed appear appears appeared",
    "possible": "possible probable plausible apparent putative so supposed alleged presumed "
                "purported likely unlikely",
    "believed": f"thought {_BELIEF}",
    "considered": "considered regarded perceived deemed viewed",
    "one-of-the": "one among",
    "peacock": f"best well celebrated {_PEACOCK}",
    "some": "some",
    "some-start": "some many several most others certain",
    "many": "many",
    "several": "several",
    "certain": "certain",
    "various": "various numerous countless innumerable myriad untold plenty a",
    "most": "most",
    "most-of": "most majority",
    "may": "may might",
}
_WORD_CUE = rx.compile(r"\\b\(\?:([a-z]+(?:\|[a-z]+)*)\)\\b")


def _leads(name: str, pattern: str) -> frozenset[str]:
    if name in _LEADS:
        return frozenset(_LEADS[name].split())
    words = _WORD_CUE.fullmatch(pattern)
    return frozenset(words.group(1).split("|") if words else ())


TRIGGERS: dict[str, frozenset[str]] = {name: _leads(name, p) for name, _, p in CUES}
_TOKEN_SPLIT = rx.compile(r"([a-z]+)")  # the words a cue can begin at, kept by split
THRESHOLD = 1.5  # the score from which a sentence reads as weasel wording


class Score(NamedTuple):
    value: float
    cue: Span  # where the cue to report is; (0, 0) when there is none


class WeaselScorer:
    """Scores sentences; patterns are compiled once. The cue patterns are written in lower case
    and run case-sensitively over lower-cased text (same offsets), which is much faster."""

    def __init__(self) -> None:
        self.weights = [weight for _, weight, _ in CUES]
        # word -> the cues it may begin: (rank in CUES, pattern to try there or None for a word)
        self.leads: dict[str, list[tuple[int, re.Pattern[str] | None]]] = {}
        self.at_start: list[tuple[int, re.Pattern[str]]] = []
        for rank, (name, _, pattern) in enumerate(CUES):
            if pattern.startswith("^"):
                self.at_start.append((rank, rx.compile(pattern[1:])))
                continue
            compiled = None if _WORD_CUE.fullmatch(pattern) else rx.compile(pattern)
            for word in sorted(TRIGGERS[name]):
                self.leads.setdefault(word, []).append((rank, compiled))

    def score(self, text: str, start: int = 0, end: int | None = None) -> Score:
        return self.scores(text, [(start, len(text) if end is None else end)])[0]

    def scores(self, text: str, spans: Sequence[Span]) -> list[Score]:
        """The score of each span (sorted, not overlapping) of one text, from one pass over its
        words: each cue counts once in a span, reported at its first match there."""
        if not spans:
            return []
        lowered = _lower(text)
        found = [self._at_start(lowered, start, end) for start, end in spans]
        self._from_words(lowered, spans, found)
        return [self._total(cues) for cues in found]

    def matched(self, text: str) -> list[tuple[str, str]]:
        """The cues of one sentence, in the order of CUES: (name, the words matched)."""
        lowered = _lower(text)
        found = [self._at_start(lowered, 0, len(text))]
        if text:
            self._from_words(lowered, [(0, len(text))], found)
        return [(CUES[rank][0], text[a:b]) for rank, (a, b) in sorted(found[0].items())]

    def _at_start(self, lowered: str, start: int, end: int) -> dict[int, Span]:
        found: dict[int, Span] = {}
        for rank, pattern in self.at_start:
            match = pattern.match(lowered, start, end)
            if match:
                found[rank] = match.span()
        return found

    def _from_words(
        self, lowered: str, spans: Sequence[Span], found: list[dict[int, Span]]
    ) -> None:
        """Adds to `found` (one dict a span: cue rank -> where it matched) the cues that begin
        at a word: a cue of whole words where it stands, a pattern where it matches."""
        index, leads = 0, self.leads
        first = spans[0][0]
        # The words (runs of a-z) in C: split keeps them at odd places, and the running lengths
        # of the pieces are their offsets. Most words lead no cue: only those that do are
        # looked at in Python.
        parts = _TOKEN_SPLIT.split(lowered[first : spans[-1][1]])
        words = parts[1::2]
        present = leads.keys() & set(words)
        if not present:
            return
        offsets = list(accumulate(map(len, parts)))
        for k in [k for k, word in enumerate(words) if word in present]:
            at, stop = first + offsets[2 * k], first + offsets[2 * k + 1]
            while spans[index][1] <= at:
                index += 1
            end = spans[index][1]
            if at < spans[index][0] or stop > end:
                continue
            here = found[index]
            for rank, pattern in leads[words[k]]:
                if rank in here:
                    continue
                if pattern is None:
                    here[rank] = (at, stop)
                    continue
                match = pattern.match(lowered, at, end)
                if match:
                    here[rank] = match.span()

    def _total(self, cues: dict[int, Span]) -> Score:
        if not cues:
            return Score(0.0, (0, 0))
        return Score(sum(self.weights[rank] for rank in cues), cues[min(cues)])


def _lower(text: str) -> str:
    """Lower case with every offset kept (a letter whose lower case is longer stays as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


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
