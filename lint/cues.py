"""Attribution cues: the words that tie a statement to a source.

`find_cues` reports where a text says who said, reported, estimated or documented something.
Rules about unattributed claims and quotations with no speaker share it.

A cue is a reporting verb standing as a whole word, or one of a few phrases. The words of a text
(runs of word characters and hyphens) are found once per text; a verb is a set look-up, and a
phrase regex runs only in windows that hold one of its trigger words (every match of the phrase
contains one of them as a whole word). The result is the same as scanning the window with the
single alternation `reference_pattern()`: leftmost match first, phrases before verbs; except
that a word naming a markup tag ('<tweet/>') is never a verb.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

from . import lexicon, rx

if TYPE_CHECKING:
    from .kinds.base import Context

# Reporting verbs beyond the shipped list, with their forms (written for newslint; the last
# lines are forms of verbs already listed that the lists missed).
EXTRA_VERBS = """
according accuse accused accuses accusing asked asking asks believe believed believes
blame blamed blames brief briefed briefing caution cautioned cautions charge charged charges
cite cited cites citing complain complained complains concede conceded concedes contend
contended contends countered deny denied denies denying disclose disclosed discloses
emphasize emphasized emphasised emphasises estimate expect expected expects fear feared fears
find found hope hoped hopes insist maintain maintained maintains observe observed observes
pledge pledged pledges promise promised promises quote quoted quotes recall recalled recalls
recount recounted reiterate reiterated reiterates reveal revealed reveals show showed shown
shows signal signaled signalled signals speculate speculated stress stressed stresses
urge urged urges vow vowed vows wonder wondered posted shared
allege alleged alleges agree agreed agrees disagree disagreed disagrees boast boasted boasts
brag bragged demand demanded demands express expressed expresses hint hinted hints joke joked
lament lamented mock mocked praise praised praises predicted questioned questions
quip quipped threaten threatened threatens tout touted touts slam slammed blast blasted
criticise criticised criticises acknowledge
endorse endorsed endorses endorsing decline declined declines declining defend defended
defends defending reject rejected rejects dismiss dismissed dismisses condemn condemned
condemns railed remark remarked echoed voiced pleaded
recalling slams touting praising shout shouted shouting thanked chanted
refuse refused refuses refusing attacked attacking urging questioning
emailed portray portrayed portrays refer referred refers referring calling called seek sought
seeks hoping reportedly offered yell yells yelled lauded lambasted
alleging blasting brags demanding disclosing dismissing echo echoes echoing emphasising
emphasizing expressing mocking pledging portraying promising recounts rejecting revealing
slamming stressing thanking threatening vowing wondering
agreeing blaming condemning emphasizes joking lamenting laments maintaining reiterating remarking
yelling surmise surmised surmises posit posited posits implied implies intimated mused muses
groused grousing labeled labelled
""".split()

# Words of the shipped list that are mostly not reporting verbs in news copy ("the United
# States", "continue to", "a press release", "to ensure"): left out of the cue pattern.
AMBIGUOUS_VERBS = frozenset(
    """
    accept accepted accepting accepts continue continued continues continuing convince convinced
    convinces convincing ensure ensured ensures ensuring finding finds persist persisted persisting
    persists point pointing points present presenting presents release released releases
    releasing state states stating think thinking thinks demonstrate demonstrates demonstrating
    illustrate illustrates illustrating remind reminding reminds rave raves raving preach
    preaches preaching note
    """.split()
)

# Phrases that attribute without a reporting verb, each with its trigger words: one of them
# stands as a whole word in every match.
PHRASES: tuple[tuple[str, str], ...] = (
    ("according", r"according\s+to"),
    ("reported stated noted quoted",
     r"as\s+(?:reported|first\s+reported|stated|noted|quoted)\s+(?:by|in)"),
    # "in a statement", "under the Commission's published specification"
    ("statement report interview letter filing post tweet memo release speech study survey "
     "analysis ruling complaint lawsuit testimony affidavit indictment announcement email message "
     "specification regulations guidelines directive decree treaty",
     r"(?:in|under)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}(?:statement|report|"
     r"interview|letter|filing|post|tweet|memo|release|speech|study|survey|analysis|ruling|"
     r"complaint|lawsuit|testimony|affidavit|indictment|announcement|email|message|"
     r"specification|regulations|guidelines|directive|decree|treaty)"),
    ("data figures statistics records documents estimates research poll polls survey surveys "
     "study studies",
     r"(?:data|figures|statistics|records|documents|estimates|research|polls?|surveys?|a\s+study|"
     r"studies)\s+(?:from|by|published\s+by|released\s+by|compiled\s+by|show|showed|shows|"
     r"suggest|suggests|found|indicate)"),
    ("report reports reported", r"(?:reports?|reported)\s+(?:by|in|from)"),
    ("told telling", r"(?:told|telling)\s+(?:the|a|an|reporters|journalists|[A-Z])"),
    ("said says say", r"(?:said|says|say)\s+(?:in|on|at|during|that)"),
    ("said says say", r"(?:said|says|say),"),
    ("said says added told",
     r",\s*(?:he|she|they|it|officials?|police|spokesw?o?m[ae]n|experts?)\s+"
     r"(?:said|says|added|told)"),
    ("said says added told wrote argued noted explained",
     r"(?:he|she|they|it)\s+(?:said|says|added|told|wrote|argued|noted|explained)"),
    ("cited citing", r"\bcit(?:ed|ing)\b"),
    # a speaker going on, the words after a colon that ends the line or opens a quotation:
    # "Smith continued:", "She went on: “...”" (not a subhead "The Gap Goes On: It was")
    ("continued continues went goes",
     r"(?:continued|continues|went\s+on|goes\s+on):(?=[ \t]*(?:\n|$|[“\"‘]))"),
    ("think believe mean know feel guess suspect",
     r"(?:I|we)\s+(?:think|believe|mean|know|feel|guess|suspect)"),
    ("call calls called calling", r"call(?:s|ed|ing)?\s+(?:for|on)"),
    ("via", r"\bvia\b"),
    ("source sources official officials",
     r"(?:sources?|officials?)\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of)"),
    ("report reports reported reporting",
     r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}(?:reports?|reported|reporting)"),
)
# Reporting verbs that report nothing after these words. "found" reports only in the active
# voice: "the study found", but "the dog was found", "no culprit was ever found". A participle
# after an article is an adjective ("an estimated £4m", "the expected rise": the figure itself
# still wants a source), and "wonder" and "questions" after a determiner are nouns ("Is it any
# wonder", "questions remain").
_NOT_A_VERB_AFTER: dict[str, frozenset[str]] = {
    "found": frozenset("is are was were be been being ever never not later subsequently".split()),
    "estimated": frozenset({"a", "an", "the"}),
    "expected": frozenset({"a", "an", "the"}),
    "wonder": frozenset({"a", "any", "no", "small", "little", "the"}),
    "questions": frozenset({"the", "any", "no", "some", "many", "serious", "these", "those"}),
}
_RUN = rx.compile(r"[\w-]+")
_SPLIT = rx.compile(r"([\w-]+)")
_ESCAPE = rx.compile(r"\\.")
Span = tuple[int, int]


class Phrase(NamedTuple):
    triggers: frozenset[str]
    source: str  # the pattern, matched case-insensitively against the text as written
    lower: re.Pattern[str] | None  # for the lower-cased text, when written in lower case

    @property
    def pattern(self) -> re.Pattern[str]:
        return rx.compile(self.source, re.IGNORECASE)  # compiled once, then from re's cache

    def search(self, index: CueIndex, start: int, stop: int) -> re.Match[str] | None:
        if self.lower is not None and index.lowered is not None:
            return self.lower.search(index.lowered, start, stop)
        return self.pattern.search(index.text, start, stop)


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    text = lexicon.read("reporting_verbs_ggt.txt")
    words = {w.strip().lower() for w in text.splitlines() if w.strip()}
    return frozenset((words | set(EXTRA_VERBS)) - AMBIGUOUS_VERBS)


@lru_cache(maxsize=1)
def phrases() -> tuple[Phrase, ...]:
    out = []
    for triggers, body in PHRASES:
        source = rf"(?<![\w-])(?:{body})(?![\w-])"
        lower = None if any(c.isupper() for c in _ESCAPE.sub("", body)) else rx.compile(source)
        if lower is None:
            rx.compile(source, re.IGNORECASE)  # written with capitals: always needed
        out.append(Phrase(frozenset(triggers.split()), source, lower))
    return tuple(out)


@lru_cache(maxsize=1)
def triggers() -> dict[str, tuple[int, ...]]:
    """Each trigger word, with the indices in `phrases()` of the phrases it triggers."""
    out: dict[str, tuple[int, ...]] = {}
    for index, phrase in enumerate(phrases()):
        for word in sorted(phrase.triggers):
            out[word] = (*out.get(word, ()), index)
    return out


def reference_pattern() -> re.Pattern[str]:
    """The single alternation the index is equivalent to (slow; for tests)."""
    verbs = "|".join(sorted(reporting_verbs(), key=len, reverse=True))
    body = "|".join(f"(?:{p})" for _, p in PHRASES)
    return rx.compile(rf"(?<![\w-])(?:{body}|(?:{verbs}))(?![\w-])", re.IGNORECASE)


class CueIndex:
    """The words of one text, found once, and the cues of any window of it."""

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        self.lowered: str | None = lowered if len(lowered) == len(text) else None
        if self.lowered is None:  # lower-casing moved offsets: find the words first
            found = [(m.span(), m.group().lower()) for m in _RUN.finditer(text)]
            self.words = [word for _, word in found]
            self.starts = [span[0] for span, _ in found]
            self.ends = [span[1] for span, _ in found]
        else:  # gaps and words alternate; their running lengths are the words' offsets
            parts = _SPLIT.split(lowered)
            offsets = list(accumulate(map(len, parts)))
            self.words = parts[1::2]
            self.starts = offsets[0:-1:2]
            self.ends = offsets[1::2]

    def _window(self, start: int, stop: int) -> tuple[list[int], list[str]]:
        """Starts and lowercased words of the runs that begin in [start, stop), cut at stop."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, stop, lo)
        starts, words = self.starts[lo:hi], self.words[lo:hi]
        if hi > lo and self.ends[hi - 1] > stop:
            words[-1] = self.text[starts[-1] : stop].lower()
        return starts, words

    def _parts(self, start: int, stop: int) -> tuple[list[Span], list[Phrase], set[str]]:
        starts, words = self._window(start, stop)
        present = set(words)
        verbs = reporting_verbs()
        found = [] if verbs.isdisjoint(present) else [
            (s, s + len(w)) for i, (s, w) in enumerate(zip(starts, words))
            if w in verbs and not self._tag(s)
            and not (i and words[i - 1] in _NOT_A_VERB_AFTER.get(w, ()))]
        table = triggers()
        triggered = table.keys() & present  # most windows hold no phrase's trigger
        if not triggered:
            return found, [], present
        listed = phrases()
        wanted = sorted({i for word in triggered for i in table[word]})
        return found, [listed[i] for i in wanted], present

    def _tag(self, start: int) -> bool:
        """A word right after '<' or '</' names a markup tag ('<tweet/>'): not a verb."""
        return self.text[max(0, start - 2) : start].endswith(("<", "</"))

    def scan(self, start: int, stop: int) -> tuple[bool, set[str]]:
        """Whether text[start:stop] holds a cue, and its lower-cased words (found once)."""
        verbs, active, present = self._parts(start, stop)
        return bool(verbs) or any(p.search(self, start, stop) for p in active), present

    def find(self, start: int = 0, end: int | None = None) -> list[Span]:
        stop = len(self.text) if end is None else end
        verbs, active, _ = self._parts(start, stop)
        if not active:
            return verbs
        return _merge(self, stop, start, verbs, active)

    def has(self, start: int = 0, end: int | None = None) -> bool:
        stop = len(self.text) if end is None else end
        return self.scan(start, stop)[0]


def _merge(
    index: CueIndex, stop: int, cursor: int, verbs: list[Span], active: list[Phrase]
) -> list[Span]:
    """Leftmost-first, non-overlapping matches, phrases before verbs at the same start."""
    nexts = [p.search(index, cursor, stop) for p in active]
    out: list[Span] = []
    v = 0
    while True:
        best: Span | None = None
        for k, match in enumerate(nexts):
            if match is not None and match.start() < cursor:
                match = nexts[k] = active[k].search(index, cursor, stop)
            if match is not None and (best is None or match.start() < best[0]):
                best = match.span()
        while v < len(verbs) and verbs[v][0] < cursor:
            v += 1
        if v < len(verbs) and (best is None or verbs[v][0] < best[0]):
            best = verbs[v]
        if best is None:
            return out
        out.append(best)
        cursor = best[1]


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of attribution cues in text[start:end] (rules keep one CueIndex per view)."""
    return CueIndex(text).find(start, end)


def has_cue(text: str, start: int = 0, end: int | None = None) -> bool:
    return CueIndex(text).has(start, end)


def for_view(ctx: Context, view: str) -> CueIndex:
    """The cue index of one of the document's views, built once per document and shared by
    the rules that need it (no state outlives the document)."""
    name = "outside" if view is ctx.seg.outside else "prose" if view is ctx.seg.prose else "text"
    found: CueIndex = ctx.shared(f"cues.index:{name}", lambda: CueIndex(view))
    return found
