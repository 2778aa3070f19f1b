"""Attribution cues: the words that tie a statement to a source.

`find_cues` reports where a text says who said, reported, estimated or documented something.
Rules about unattributed claims and quotations with no speaker share it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Reporting verbs beyond the shipped list, with their forms (written for newslint).
EXTRA_VERBS = """
according accuse accused accuses accusing ask asked asking asks believe believed believes
blame blamed blames brief briefed briefing caution cautioned cautions charge charged charges
cite cited cites citing complain complained complains concede conceded concedes contend
contended contends counter countered deny denied denies denying disclose disclosed discloses
emphasize emphasized emphasised emphasises estimate expect expected expects fear feared fears
find found hope hoped hopes insist maintain maintained maintains observe observed observes
pledge pledged pledges promise promised promises quote quoted quotes recall recalled recalls
recount recounted reiterate reiterated reiterates reveal revealed reveals show showed shown
shows signal signaled signalled signals speculate speculated stress stressed stresses
urge urged urges vow vowed vows wonder wondered posted shared
allege alleged alleges agree agreed agrees disagree disagreed disagrees boast boasted boasts
brag bragged demand demanded demands express expressed expresses hint hinted hints joke joked
lament lamented mock mocked praise praised praises predicted question questioned questions
quip quipped threaten threatened threatens tout touted touts slam slammed blast blasted
criticise criticised criticises acknowledge
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
    preaches preaching
    """.split()
)

# Phrases that attribute without a reporting verb.
ATTRIBUTION_PHRASES = (
    r"according\s+to",
    r"as\s+(?:reported|first\s+reported|stated|noted|quoted)\s+(?:by|in)",
    r"(?:in|under)\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+){0,3}(?:statement|report|"
    r"interview|letter|filing|post|tweet|memo|release|speech|study|survey|analysis|ruling|"
    r"complaint|lawsuit|testimony|affidavit|indictment|announcement|email|message)",
    r"(?:data|figures|statistics|records|documents|estimates|research|polls?|surveys?|a\s+study|"
    r"studies)\s+(?:from|by|published\s+by|released\s+by|compiled\s+by|show|showed|shows|"
    r"suggest|suggests|found|indicate)",
    r"(?:reports?|reported)\s+(?:by|in|from)",
    r"(?:told|telling)\s+(?:the|a|an|reporters|journalists|[A-Z])",
    r"(?:said|says|say)\s+(?:in|on|at|during|that)",
    r"(?:said|says|say),",
    r",\s*(?:he|she|they|it|officials?|police|spokesw?o?m[ae]n|experts?)\s+(?:said|says|added|told)",
    r"(?:he|she|they|it)\s+(?:said|says|added|told|wrote|argued|noted|explained)",
    r"\bcit(?:ed|ing)\b",
    r"(?:I|we)\s+(?:think|believe|mean|know|feel|guess|suspect)",
    r"call(?:s|ed|ing)?\s+(?:for|on)",
    r"\bvia\b",
    r"(?:sources?|officials?)\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of)",
    r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}(?:reports?|reported|reporting)",
)


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    text = resources.files("lint.lexicon").joinpath("reporting_verbs_ggt.txt").read_text("utf-8")
    words = {w.strip().lower() for w in text.splitlines() if w.strip()}
    return frozenset((words | set(EXTRA_VERBS)) - AMBIGUOUS_VERBS)


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(reporting_verbs(), key=len, reverse=True))
    phrases = "|".join(f"(?:{p})" for p in ATTRIBUTION_PHRASES)
    return re.compile(rf"(?<![\w-])(?:{phrases}|(?:{verbs}))(?![\w-])", re.IGNORECASE)


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of attribution cues in text[start:end]."""
    stop = len(text) if end is None else end
    return [m.span() for m in cue_pattern().finditer(text, start, stop)]


def has_cue(text: str, start: int = 0, end: int | None = None) -> bool:
    stop = len(text) if end is None else end
    return cue_pattern().search(text, start, stop) is not None
