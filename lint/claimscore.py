"""Score a sentence as a check-worthy claim, and tell whether a sentence is attributed.

A claim is a sentence that asserts a figure, a plan or someone's intent, a record, a comparison
or a cause. Each feature adds weight; opinion markers and questions take it away. The scorer
returns the weight and the words that carried most of it, so a message can name them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from . import cues, rx, sentences

Span = tuple[int, int]

# A motive the writer ascribes: "in a bid to", "in an effort to", "to boost his" (not "failed in
# an attempt to sue", an event; nor "continues to distract", "proposals to boost", "looking to
# boost": what goes on, a plan's aim, a wish).
MOTIVE = (
    r"\bin\s+order\s+to\b|\bso\s+as\s+to\b|(?<!\bfailed\s)(?<!\bfails\s)\bin\s+an?\s+(?:bid|move|"
    r"push|drive|effort|attempt|manoeuvre|maneuver|ploy)\s+to\b|"
    r"\bpart\s+of\s+(?:a|an|the|its|their|his|her)\s+(?:plan|strategy|effort|drive|push|bid|attempt|"
    r"campaign)\s+to\b|(?<!\bcontinue )(?<!\bcontinues )(?<!\bcontinued )(?<!\blooking )"
    r"(?<!\bproposal )(?<!\bproposals )\bto\s+(?:boost|shore\s+up|"
    r"bolster|win\s+back|curry|appease|distract)\s+(?:his|her|their|its)?\b|"
    r"\baimed\s+at\s+(?:boosting|shoring\s+up|bolstering|winning\s+back|currying|appeasing|"
    r"distracting)\b"
)
ASCRIBED_MOTIVE = (
    r"\bin\s+an?\s+(?:transparent|cynical|desperate|thinly[\s-]veiled|naked|calculated)\s+"
    r"(?:bid|move|push|drive|effort|attempt|manoeuvre|maneuver|ploy)\s+to\b|"
    r"\bmotivated\s+(?:above\s+all\s+|largely\s+|mainly\s+|chiefly\s+|primarily\s+|purely\s+)?"
    r"by\b|\bthe\s+(?:real|true)\s+reason\b|"
    r"\b(?:purely|solely|simply)\s+to\s+(?:save|win|avoid|please|boost|cut|protect|cover)\b|"
    r"\bdeliberately,?\s+(?:so\s+that|in\s+order\s+to)\b"
)
# (name, weight, pattern): the features of a claim (written for newslint). Each name is counted
# once. The weights were fitted as a linear model of check-worthiness on labelled debate
# sentences, then rounded; a score of 1 or more is a check-worthy claim.
FEATURES: tuple[tuple[str, float, str], ...] = (
    ("figure", 1.5, r"(?<![\w.-])\d+(?:[.,]\d+)*(?![\w-])"),
    ("money", 0.75, r"[$£€¥]\s?\d|\b\d[\d,.]*\s+(?:million|billion|trillion)\b"
                    r"|\b(?:dollars|pounds|euros)\b"),
    ("percent", 0.75, r"\d\s?(?:%|per\s?cent\b|percent\b)"),
    ("quantity", 1.0, r"\b(?:millions?|billions?|trillions?|thousands|hundreds|dozens|half|"
                      r"twice|doubled?|tripled?|quadrupled?|one\s+in\s+(?:\w+))\b"),
    ("number", 0.75, r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
                     r"fifty|hundred)\b"),
    ("date", 0.5, r"\b(?:(?:1[89]|20)\d\d|years?|months?|decades?|since|ago)\b"),
    ("past", 0.75, r"\b(?:was|were|had|did)\b|\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en)\b"),
    ("event", 0.75, r"\b(?!(?:need|feed|seed|speed|bed|red|shed|hundred|united|interested|"
                    r"concerned|supposed|used|indeed|tired|prepared|proud)\b)\w{3,}ed\b"),
    ("intent", 1.0, r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bno )(?<!\bits )(?<!\bhis )(?<!\bher )"
                    r"(?<!\btheir )(?<!\bnew )(?<!\bgovernment )(?<!\bsuspended )(?<!\brejected )"
                    r"\b(?:wants?|wanted|plans?|planned|planning|intends?|intended|aims?|aimed"
                    r"|seeks?|sought|is\s+trying|are\s+trying|was\s+trying|tries|tried"
                    r"|attempts?|attempted|is\s+determined|is\s+preparing|are\s+preparing)\s+to\b"
                    r"|\b(?:is|are)\s+set\s+to\b"),
    ("motive", 1.0, MOTIVE),
    # An estimate or a statistic rather than a count of what happened: "around 200", "more than
    # £1 billion", "one in five", "40% of". No weight (not fitted): a rule may require it. The
    # match takes in the whole figure, which a message quotes.
    ("estimate", 0.0, r"\b(?:around|about|approximately|roughly|more\s+than|at\s+least|nearly|"
                      r"almost|up\s+to|as\s+many\s+as|an\s+estimated)\s+(?:[$£€]\s?)?\d+(?:[.,]\d+)*"
                      r"(?:\s?(?:%|per\s?cent\b|percent\b|(?:million|billion|trillion|bn|m|k)\b))?|"
                      r"\bone\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|"
                      r"\d\s?(?:%|per\s?cent\b|percent\b)\s+of\b"),
    # A hidden motive the writer reads into an act: "a transparent manoeuvre to", "motivated
    # above all by", "the real reason", "purely to save money". A claim on its own, whatever
    # else the sentence holds (not fitted: none of these is in the labelled sentences).
    ("ascribed-motive", 2.0, ASCRIBED_MOTIVE),
    ("comparison", 0.5, r"\b(?:more|less|fewer|greater|higher|lower)\s+than\b|\b(?:most|least|"
                        r"largest|biggest|highest|lowest|worst|best|record|unprecedented|"
                        r"never\s+before|for\s+the\s+first\s+time)\b"),
    ("change", 0.5, r"\b(?:increased?|increases|rose|risen|fell|fallen|declined?|grew|grown|"
                    r"dropped|soared|plunged|doubled|halved|cut|cuts|raised|lowered|lost|gained|"
                    r"created)\b"),
    ("fact", 0.75, r"\b(?:voted|passed|signed|spent|spends|killed|died|arrested|charged|convicted|"
                   r"elected|won|banned|approved|rejected|funded|paid|pays|owns?|owned|employs?|"
                   r"employed|supported|opposed|proposed|sponsored)\b"),
    ("policy", 0.75, r"\b(?:tax(?:es)?|jobs?|unemployment|inflation|deficits?|debt|budget|"
                     r"economy|spending|wages?|income|health\s+care|insurance|pensions?|troops|"
                     r"nuclear|oil|energy|crime|immigrants?|prices?|interest\s+rates?|trade)\b"),
    # "cause" the verb, or the noun with a weight ("a key cause of"); not a movement ("a traitor
    # to the cause", "the cause of Afghan women").
    ("cause", 0.5, r"\b(?:because\s+of|caused|causing|(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )"
                   r"(?<!\btheir )(?<!\bits )(?<!\bour )(?<!\bthis )(?<!\bthat )(?<!\broot )"
                   r"(?<!\bmain )(?<!\bcommon )(?<!\bgood )(?<!\bjust )(?<!\blost )"
                   r"cause(?!\s+(?:of|for)\b)|(?:key|main|root|leading|primary|major|likely|"
                   r"probable|underlying|chief|biggest|real|direct|immediate|principal)\s+"
                   r"(?:causes?\s+of|reasons?\s+(?:for|behind|why|of))|led\s+to|leads\s+to|"
                   r"(?<!\bis )(?<!\bare )"
                   r"(?<!\bwas )(?<!\bwere )(?<!\bbe )due\s+to|due\s+(?:above\s+all|largely|mainly|"
                   r"mostly|entirely|partly|chiefly)\s+to|(?:entirely|largely|mainly|mostly|partly|all)\s+"
                   r"down\s+to|as\s+a\s+result|resulted\s+in|"
                   r"result\s+of|consequence\s+of|responsible\s+for|blamed)\b"),
    # Not "no one" or "nobody" ("no one was hurt" is a report, not a sweep), nor "not always".
    ("generalisation", 0.25, r"\bone\s+of\s+(?:many|several)\b|\b(?:(?<!\bnot )always|never|"
                             r"everyone|everybody|hardly\s+any(?:one|body))\b"),
)
# Markers that a sentence is opinion, advice, a forecast or an aside rather than a claim.
OPINION: tuple[tuple[float, str], ...] = (
    (-1.0, r"(?-i:\bI\b)|\b(?:my|me)\b"),
    (-0.75, r"\b(?:think|believe|feel|hope|want|wish|guess|suppose)\b"
            r"|\bin\s+my\s+(?:view|opinion)\b"),
    (-1.0, r"\b(?:should|must|ought\s+to|let's|let\s+us|need\s+to|needs\s+to|have\s+to|"
           r"got\s+to)\b"),
    (-0.75, r"\b(?:will|'ll|going\s+to|would|could|can)\b"),
    (-0.5, r"\b(?:you|your)\b"),
)
SHORT = (7, -0.75)  # sentences of at most this many words are rarely claims
NAME_WEIGHT = 0.75
CHECK_WORTHY = 1.0  # the score from which a sentence is a check-worthy claim
_NAME = rx.compile(r"(?<=[\w,;] )(?!I\b)[A-Z][a-z]+|(?<=[\w,;] )[A-Z]{2,}\b")
_WORD = rx.compile(r"[A-Za-z][\w'’-]*")


class Score(NamedTuple):
    value: float
    feature: str  # the strongest feature: figure, intent, ...
    words: str  # the words that carried it
    found: tuple[tuple[str, str], ...] = ()  # every feature present, with its words


class ClaimScorer:
    """Scores sentences; patterns are compiled once. The feature patterns are written in lower
    case and run case-sensitively over the lower-cased text (same offsets): much faster than
    case-insensitive matching."""

    def __init__(self) -> None:
        self.features = [(n, w, rx.compile(p)) for n, w, p in FEATURES]
        self.opinion = [(w, rx.compile(p, re.IGNORECASE)) for w, p in OPINION]

    @property
    def folded(self) -> list[tuple[str, float, re.Pattern[str]]]:
        """The features matched case-insensitively, for text whose lower case changes length
        (rare, so compiled on demand; `re` keeps them once compiled)."""
        return [(n, w, rx.compile(p, re.IGNORECASE)) for n, w, p in FEATURES]

    def has_any(self, names: Sequence[str], text: str, start: int, end: int,
                lowered: str) -> bool:
        """Whether any of the named features is present (a cheap test before `score`)."""
        features = self.features if len(lowered) == len(text) else self.folded
        haystack = lowered if len(lowered) == len(text) else text
        return any(pattern.search(haystack, start, end) for name, _w, pattern in features
                   if name in names)

    def score(self, text: str, start: int = 0, end: int | None = None,
              lowered: str | None = None) -> Score:
        """The claim score of text[start:end]; `lowered` is text.lower() when the caller has it."""
        stop = len(text) if end is None else end
        if lowered is None:
            lowered = text.lower()
        features = self.features
        if len(lowered) != len(text):  # lower-casing moved offsets: match case-insensitively
            features, lowered = self.folded, text
        total = 0.0
        best: tuple[float, str, str] = (0.0, "", "")
        seen: dict[str, str] = {}
        for name, weight, pattern in features:
            match = pattern.search(lowered, start, stop)
            if match is None or name in seen:
                continue
            words = " ".join(text[match.start() : match.end()].split())
            seen[name] = words
            total += weight
            if weight > best[0]:
                best = (weight, name, words)
        if _NAME.search(text, start, stop):
            total += NAME_WEIGHT
        if word_count(text, start, stop) <= SHORT[0]:
            total += SHORT[1]
        for weight, pattern in self.opinion:
            if pattern.search(text, start, stop):
                total += weight
        return Score(total, best[1], best[2], tuple(seen.items()))


def word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


class SentenceInfo(NamedTuple):
    span: Span
    paragraph: int
    attributed: bool  # it carries an attribution: its own cue, its speaker's, a lead-in's
    cue: bool  # a cue in the sentence itself
    quoted_share: float  # share of its characters inside quotations
    in_reach: bool  # attributed, or a cue in the sentence before it in the same paragraph


_LEAD_IN_END = rx.compile(r":\s*$")
_LEAD_IN_START = rx.compile(
    r"\s*(?:[“\"‘']\s*)?(?:as|according\s+to)\b[^,.]{0,80}?(?:,|:)", re.IGNORECASE
)


def analyse(
    prose: str, outside: str, paragraphs: Sequence[Span], quoted: float = 0.2,
    sentence_spans: Sequence[Span] | None = None, cue_index: cues.CueIndex | None = None,
) -> list[SentenceInfo]:
    """Every sentence of the paragraphs, with whether it carries or inherits an attribution.

    `sentence_spans` are the paragraphs' sentences and `cue_index` the cue index of `outside`,
    when the caller has them already."""
    out: list[SentenceInfo] = []
    governed = carried = False
    cursor = 0
    found = cues.CueIndex(outside) if cue_index is None else cue_index
    for index, (p_start, p_end) in enumerate(paragraphs):
        if sentence_spans is None:
            spans = list(sentences.split(prose, p_start, p_end))
        else:
            while cursor < len(sentence_spans) and sentence_spans[cursor][0] < p_start:
                cursor += 1
            first = cursor
            while cursor < len(sentence_spans) and sentence_spans[cursor][1] <= p_end:
                cursor += 1
            spans = list(sentence_spans[first:cursor])
        paragraph_cue = _governs_paragraph(found, spans)
        has = [_has_cue(found, start, end) for start, end in spans]
        carried = carried and bool(spans) and _continues(prose, spans[0])
        for i, (start, end) in enumerate(spans):
            after = i + 1 < len(has) and has[i + 1] and _leads(prose, spans[i + 1])
            before = i > 0 and has[i - 1]
            near = (before and _goes_on(prose, start, end)) or (i == 0 and carried) or after
            share = _quoted_share(prose, outside, start, end)
            attributed = has[i] or near or governed or paragraph_cue or share > quoted
            out.append(SentenceInfo((start, end), index, attributed, has[i], share,
                                    attributed or before))
        governed = _is_lead_in(prose, found, p_start, p_end)
        carried = bool(has) and has[-1]
    return out


# A paragraph that goes on with the speaker of the one before: a quotation, or a sentence whose
# subject points back ("He said", "The official added").
_CONTINUES = rx.compile(
    r"[“\"‘]|(?:he|she|they|the\s+(?:official|spokesw?o?man|spokesperson|statement|report|"
    r"letter|ruling|memo))\b",
    re.IGNORECASE,
)


# A sentence that goes on with the speaker of the sentence before it, in the same paragraph;
# after any other opening the sentence is more often the writer's own (but still in reach of
# that source, for rules that ask whether a claim has one nearby).
_GOES_ON = rx.compile(r"[“\"‘]|(?:she|they|i|we|this|these)\b", re.IGNORECASE)


def _goes_on(prose: str, start: int, end: int) -> bool:
    return _GOES_ON.match(prose, start, end) is not None


def _continues(prose: str, span: Span) -> bool:
    return _CONTINUES.match(prose, span[0], span[1]) is not None


# "Clinton wants to", "the council plans to", "investigators have discovered": the subject is the
# source of the belief, intent or finding.
_BELIEF = rx.compile(
    r"(?<![\w-])(?!(?:which|that|who|it|this|there)\s)(?:[A-Za-z][\w’'.-]*)\s+(?:also\s+|still\s+|now\s+|"
    r"has\s+|have\s+|had\s+)?(?:wants?|wanted|plans?|planned|intends?|intended|hopes?|hoped|"
    r"tries|tried|seeks?|sought|vows?|vowed|is\s+trying|are\s+trying|was\s+trying|"
    r"(?:has|have|had)\s+(?:discovered|learned|concluded|determined))\s+(?:to\b|that\b|"
    r"(?:the|a|an|his|her|their)\b)"
)

# Every match of _BELIEF holds one of these as a whole word (a cheap test before the search).
_BELIEF_TRIGGERS = frozenset("wants want wanted plans plan planned intends intend intended hopes "
                             "hope hoped tries tried seeks seek sought vows vow vowed trying "
                             "discovered learned concluded determined".split())


# A motive in the sentence: matched in the lower-cased text (fast), or case-insensitively in the
# text as written when lower-casing moves offsets.
_MOTIVE = rx.compile(MOTIVE + "|" + ASCRIBED_MOTIVE)
_MOTIVE_FOLDED = MOTIVE + "|" + ASCRIBED_MOTIVE

# Words of belief, perception, stance and proposal: a sentence holding one reports what someone
# thinks, sees, wants or proposes, which is an attribution though no one "said" it (written for
# newslint; each word kept marks an attribution in at least 65% of the labelled training
# sentences that hold it and no other cue; the articles measured were not used; the last lines,
# phrases of speech and forms of listed words, were kept as a group that marked one in about
# two thirds of them). Not reporting cues: a quotation next to "she thinks" still needs its
# speaker named.
STANCE = frozenset(
    """
    thinks sees seemed seems appeared appears learned worried worry know knows feel aware
    skeptical sceptical confident supported oppose opposed opposes proposed proposal proposals
    talked talks discussed discussing considered consider considers recognize recognise
    recognized recognised understand criticism criticisms critique suggestion want wanted wants
    view concerned see seeking calls arguments endorsement advocate advocates appointed
    opinion accept proposing convinced considering accusations planning discuss sounded sounds
    attributed speculation doubts complaints knowledge ordered issued challenged pressed
    accusation believing complaint expecting supports thinking wanting worrying
    likened likens hailed hails hailing discusses doubted fearing knowing recognizes recognizing
    understands persuade persuaded persuades persuading chastised chastises scolded rebuked
    berated grilled derided ridiculed comparing angered remembered applauded assumed underscores
    disappointed interpreted repeated prefers requested realized scared apologize apologized
    apologizes apologise apologised apologizing
    """.split()
)
# Feelings about a proposition ("Democrats are afraid that ..."; not "it is certain that").
_FEELINGS = ("afraid frustrated angry upset hopeful optimistic pessimistic sure certain glad happy "
             "disappointed surprised pleased proud furious relieved adamant unhappy thrilled "
             "excited nervous anxious fearful dismayed alarmed outraged")
# Phrases of stance ("talking about", "on whether", "seen as"; chosen as the words above), run
# only when one of their trigger words is present; and "think", but not in "think tank".
_STANCE_TRIGGERS = frozenset("how whether seen known decided favor talking talk idea looking "
                             "backed clear case aim lashed lashes lashing point points pointed "
                             "pointing stating ruled weigh weighs weighed weighing spoke suspect "
                             "suspects suspected like felt took take takes taking came come "
                             "comes coming critical counting opened opens open rule ruled rules "
                             "ruling vouch vouched vouches vouching spoken shot shots swipe swipes "
                             "tired staunch vocal outspoken consistent longtime long-time fierce "
                             "strong ardent avid harsh leading prominent loyal early cast casts "
                             "casting contention insistence assertion argument claim claims "
                             "belief view conviction account admission reckoning".split()
                             ) | frozenset(_FEELINGS.split())
_STANCE_PHRASE = rx.compile(
    r"(?<![\w-])(?:about\s+how|on\s+whether|seen\s+as|known\s+for|decided\s+to|"
    r"in\s+favor\s+of|talk(?:ing)?\s+about|idea\s+that|looking\s+(?:for|to)|backed\s+by|"
    r"ma(?:de|kes?|king)\s+(?:it\s+)?clear|ma(?:de|kes?|king)\s+(?:the|a|his|her|their|its)\s+case|"
    r"t(?:ook|akes?|aking)\s+aim|lash(?:ed|es|ing)\s+out|point(?:s|ed|ing)?\s+out|"
    r"stating\s+that|ruled\s+(?:that|on|in\s+favou?r|against)|weigh(?:s|ed|ing)?\s+in\s+"
    r"(?:on|about|with)|point(?:s|ed)?\s+to|spoke\s+(?:of|about)|suspect(?:s|ed)?\s+that|"
    r"would\s+like\s+to|felt\s+(?:that|betrayed|slighted|strongly|like)|"
    r"t(?:ook|akes?|aking)\s+(?:offen[cs]e|issue|exception)|"
    r"c(?:ame|omes?|oming)\s+out\s+(?:for|against|in\s+favou?r|in\s+support)|"
    r"critical\s+of|counting\s+on|open(?:ed|s)?\s+up\s+about|rul(?:e|ed|es|ing)\s+out|"
    r"vouch(?:ed|es|ing)?\s+for|spoken\s+(?:of|about|out)|tired\s+of|"
    r"(?:staunch|vocal|outspoken|consistent|longtime|long-time|fierce|strong|ardent|avid|harsh|"
    r"leading|prominent|loyal|early)\s+(?:supporters?|critics?|opponents?|advocates?|"
    r"proponents?|champions?|backers?|allies|ally|fans?)\s+of|"
    r"t(?:ook|akes?|aking)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:shots?|swipes?)\s+at|"
    # framing and stated positions: "has cast the Clintons as", "his insistence that", "an
    # assertion that", "by his own account"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"cast(?:s|ing)?\s+(?:[\w'’-]+\s+){1,4}as|"
    r"(?:his|her|their|its|[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?:contention|insistence|assertion|"
    r"argument|belief|claims?|view|conviction)\s+that|"
    r"an?\s+(?:[\w-]+\s+)?(?:contention|insistence|assertion|argument|claim)\s+that|"
    r"by\s+(?:his|her|their|its|[\w-]+['’]s)\s+(?:own\s+)?(?:account|admission|reckoning|"
    r"argument)|"
    r"(?<!\bit\sis\s)(?<!\bit's\s)(?<!\bit’s\s)(?<!\bit\swas\s)"
    r"(?:" + "|".join(_FEELINGS.split()) + r")\s+that)"
    r"(?![\w-])"
)
_THINK = rx.compile(r"(?<![\w-])think(?!\s+tanks?\b)(?![\w-])")
# Acts that put someone on record (a ruling, an order, a filing, a vote): an attribution when
# their subject is named or titled ("Judge Ruiz ruled", "the court has ordered"), not when it
# is a pronoun or the act is passive ("it wasn't approved").
ACTS = frozenset(
    """
    filed approved ruled sued voted released
    """.split()
)
_ACT = rx.compile(
    r"(?<![\w-])(?:[A-Z][\w’'.-]*|(?i:the)\s+[a-z][\w-]*)\s+(?:(?:has|have|had)\s+)?"
    r"(?:filed|approved|ruled|sued|voted|released)"
    r"(?![\w-])"
)


# A credit line, not an attribution: "(Reporting by ...; Editing by ...)", "Additional reporting
# from Jane Doe.", "Jane Doe contributed reporting.", "Smith reported from Washington.", "Photo:
# X via Getty Images."; nor is the publication's own note ("Editor's note: ...").
_CREDIT = rx.compile(
    r"(?:additional\s+)?(?:reporting|editing|writing)\s+by\b|additional\s+reporting\s+from\b|"
    r"contributed\s+(?:\w+\s+){0,2}"
    r"report(?:ing)?\b|(?-i:reported\s+from\s+[A-Z])|via\s+(?:getty|ap\b|reuters|afp|"
    r"shutterstock)|^\W*editor['’]s\s+note\b",
    re.IGNORECASE | re.MULTILINE,
)
_CREDIT_TRIGGERS = frozenset("reporting editing writing contributed reported via editor".split())


def _has_cue(found: cues.CueIndex, start: int, end: int) -> bool:
    """A reporting cue; or a word of stance, a named subject's act on record or a subject's
    stated intent, when the writer ascribes no motive in the same sentence. Never in a credit
    line, nor a reporting word in a sense that reports nothing ("adding to her lead")."""
    outside = found.text
    cue, words = found.scan(start, end)
    if not _CREDIT_TRIGGERS.isdisjoint(words) and _CREDIT.search(outside, start, end):
        return False
    if cue and not _NOT_CUE_TRIGGERS.isdisjoint(words):
        cue = _reports(found, start, end)
    if cue:
        return True
    stance = (
        not STANCE.isdisjoint(words)
        or ("think" in words and _search(_THINK, found, start, end))
        or (not _STANCE_TRIGGERS.isdisjoint(words) and _search(_STANCE_PHRASE, found, start, end))
        or (not ACTS.isdisjoint(words) and _ACT.search(outside, start, end))
        or (not _BELIEF_TRIGGERS.isdisjoint(words) and _BELIEF.search(outside, start, end))
    )
    if not stance:
        return False
    if found.lowered is None:
        return rx.compile(_MOTIVE_FOLDED, re.IGNORECASE).search(outside, start, end) is None
    return _MOTIVE.search(found.lowered, start, end) is None


# Reporting words in a sense that reports nothing: an increase ("adding to her lead"), an
# adjective ("an estimated 200 people", "a brief visit", "pledged delegates"), a programme ("a TV
# show", "for show"), a fall ("the rate declined by 4%", "a decline in turnout"; but "declined
# to comment" reports), keeping something up ("maintained a lead"; but "maintained that"),
# coming upon something ("found itself", "find a way", "can be found"), arriving ("showed
# up"), a channel rather than a source ("via email", "via landlines") or a remark or a question
# named as a thing ("the comment", "his comments came", "took questions from reporters"). Each
# match covers the word; a sentence whose every cue is such a word has no reporting cue (its
# words of stance still count).
_NOT_CUE_TRIGGERS = frozenset("adding added adds estimated brief pledged show shows decline "
                              "declined declines declining maintain maintains maintained "
                              "maintaining found find finds comment comments questions showed "
                              "showing via".split())
_NOT_CUE = rx.compile(
    r"(?<![\w-])(?:add(?:ing|ed|s)\s+to\s+(?:his|her|its|their|the)|adding\s+to|"
    r"maintain(?:s|ed|ing)?(?=\s+(?:a|an|the|his|her|its|their)\s+(?!innocence|position|view|"
    r"stance))|f(?:ound|inds?)(?=\s+(?:it|him|her|them|my|your|our)sel(?:f|ves))|"
    r"f(?:ound|ind)(?=\s+(?:(?:a|an|the|new|other)\s+)?(?:ways?|place|path|jobs?|home|time|money|"
    r"balance)\b)|(?:a|the|that|this|his|her)\s+comment|show(?:ed|s|ing)?(?=\s+up\b)|"
    r"(?:be|been|being)\s+found|(?:the|with|his|her|their|these|those)\s+comments|"
    r"via(?=\s+(?:landlines?|cellphones?|cell\s+phones?|telephone|phone|e-?mail|mail|text|"
    r"the\s+internet|satellite|video|skype|live\s?stream)\b)|"
    r"comments(?=\s+(?:from|come|came)\b)|(?:the|these|those|many|tough|took|take|takes|taking|"
    r"answer(?:ed|ing)?|field(?:ed|ing)?)\s+questions|questions(?=\s+(?:from|and)\b)|"
    r"(?:an|the)\s+estimated|(?:a|an|the|his|her|its|their|very|too)\s+brief|"
    r"pledged\s+delegates?|"
    r"(?:a|an|the|his|her|its|their|my|our|your|talk|tv|television|radio|news|game|reality|"
    r"morning|late-night|hourlong|for|[\w-]+['’]s)\s+shows?|this\s+show|"
    r"declin(?:e|ed|es|ing)(?=\s+(?!to\b|comment|requests?\b|an?\b|the\s+(?:offer|"
    r"invitation|request)|interview)[\w$]))"
    r"(?![\w-])"
)


def _reports(found: cues.CueIndex, start: int, end: int) -> bool:
    """Whether a cue of text[start:end] is used in a sense that reports."""
    if found.lowered is None:
        masks = [m.span() for m in re.finditer(_NOT_CUE.pattern, found.text[start:end],
                                                re.IGNORECASE)]
        masks = [(a + start, b + start) for a, b in masks]
    else:
        masks = [m.span() for m in _NOT_CUE.finditer(found.lowered, start, end)]
    if not masks:
        return True
    return any(not any(a <= s and e <= b for a, b in masks) for s, e in found.find(start, end))


def _search(pattern: re.Pattern[str], found: cues.CueIndex, start: int, end: int) -> bool:
    """A lower-case pattern in text[start:end], matched in the lower-cased text when lower-casing
    keeps the offsets, else case-insensitively."""
    if found.lowered is None:
        return re.search(pattern.pattern, found.text[start:end], re.IGNORECASE) is not None
    return pattern.search(found.lowered, start, end) is not None


_TRAILING_CUE = rx.compile(
    r"\W{0,3}(?:he|she|they|we|i)\s+(?:also\s+)?(?:said|says|added|told|wrote|explained|argued)\b",
    re.IGNORECASE,
)


def _leads(prose: str, span: Span) -> bool:
    """The next sentence opens with its speaker, a pronoun pointing back: 'He said ...', 'She
    added ...'."""
    return _TRAILING_CUE.match(prose, span[0], span[1]) is not None


def _governs_paragraph(found: cues.CueIndex, spans: Sequence[Span]) -> bool:
    """'As the Post reports, ...' or 'According to X, ...' opening a paragraph covers all of it."""
    if not spans:
        return False
    start, end = spans[0]
    match = _LEAD_IN_START.match(found.text, start, end)
    return bool(match and found.has(match.start(), match.end()))


def _is_lead_in(prose: str, found: cues.CueIndex, start: int, end: int) -> bool:
    """A short paragraph ending in a colon, with a cue: 'According to The Post:'."""
    return bool(
        _LEAD_IN_END.search(prose, start, end)
        and word_count(prose, start, end) <= 20
        and found.has(start, end)
    )


def _quoted_share(prose: str, outside: str, start: int, end: int) -> float:
    text, kept_text = prose[start:end], outside[start:end]
    if text == kept_text:
        return 0.0
    total = sum(map(len, text.split()))
    kept = sum(map(len, kept_text.split()))
    return 1.0 - kept / total if total else 0.0
