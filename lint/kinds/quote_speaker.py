"""quote-speaker: a quotation nobody is said to have said, or said only by a vague source."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from .. import cues, rx, shape, strays
from ..model import Hit
from ..quotations import Quotation, first_words
from ..schema import Option, choice, integer, regex_list
from .base import Context, Kind, Span, compile_patterns

_WORD = rx.compile(r"[\w’'-]+")
# Verbs of speech: one ending the words just before a quotation ("he said “...”"), and with
# more of them (a speech tag's shape says who spoke whatever the verb) in a tag after one.
_SPEECH_VERBS = (
    r"said|says|say|told|tells|added|asked|wrote|writes|stated|declared|explained|continued|"
    r"saying|tweeted|replied|warned|insisted|noted|concluded|reads?"
)
_TAG_VERBS = (
    r"continues|went[ \t]+on|goes[ \t]+on|adds|asks|quipped|barked|recalled|argued|joked|"
    r"shouted|laughed|sighed|answered|responded|remarked|observed|predicted|acknowledged|"
    r"admitted|conceded|stressed|cautioned|remarks|observes|recalls|argues|explains|insists|"
    r"notes|warns|admits|concedes|jokes|replies|answers|responds|laughs|sighs|predicts|"
    r"acknowledges|stresses|cautions|states|quips|grins|grinned|smiles|smiled|shrugs|shrugged|"
    r"beams|beamed|chuckles|chuckled|muses|mused|enthuses|enthused|fumed|fumes|ordered|orders|"
    r"yelled|yells|screamed|screams|cried|cries|whispered|whispers|murmured|murmurs|snapped|"
    r"snaps|retorted|retorts|countered|counters|boasted|boasts|complained|complains|pleaded|"
    r"pleads|exclaimed|exclaims|announced|announces|thundered|thunders|scoffed|scoffs|"
    r"marvelled|marvels|wondered|wonders|declares"
)
_SPEECH_VERB = rx.compile(rf"\b(?:{_SPEECH_VERBS})$", re.IGNORECASE)
# Who a speech tag names: a pronoun, a name of up to four words, or a noun phrase ("an officer",
# "the former minister", "a voice-over in the ad").
_TAG_SUBJECT = (
    r"(?:he|she|they|I|we|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"|(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Aa]nother)(?:[ \t]+[\w'’-]+){1,4}?)"
)
_VERB = rf"(?:{_SPEECH_VERBS}|{_TAG_VERBS})"
# A speech tag after a closing mark in the region: `,” he continued`, `," Rubio went on.`,
# `,” grins Dr Ben Brabon`, `,” an officer ordered`, or signed with a dash (`.” ― Jane Doe`).
_SPEECH_TAG = rx.compile(
    rf"[”\"],?[ \t]+{_TAG_SUBJECT}[ \t]+{_VERB}\b"
    rf"|[”\"],?[ \t]+{_VERB}[ \t]+(?:[A-Z]|(?:the|a|an|one)\b)"
    r"|[”\"][ \t]*[―—–][ \t]*[A-Z]")
# ... or one just before the quotation's opening mark: `He continued, “`.
_LEAD_TAG = rx.compile(
    rf"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[A-Z][\w'’.-]*)[ \t]+{_VERB}[ \t]*[,:][ \t]*$")
# Data and documents show, suggest or find things; they do not speak. A cue whose verb is one of
# these and whose subject is a data noun ("the hospital's own figures show") names no speaker for
# a quotation; one with a document noun ("a report found") names none for first-person speech.
_DATA_NOUNS = frozenset(
    "data figures statistics stats numbers records estimates results polls poll tests scans "
    "footage images charts graphs readings projections forecasts trends rates evidence".split())
_DOCUMENT_NOUNS = frozenset(
    "report reports study studies survey surveys research analysis analyses review audit "
    "inquiry documents document papers paper findings assessment filings accounts "
    "specification regulations guidelines directive decree treaty website websites webpage "
    "database register minutes brochure prospectus catalogue archive archives timetable".split())
_DATA_VERBS = frozenset(
    "show shows showed shown suggest suggests suggested indicate indicates indicated reveal "
    "reveals revealed find finds found confirm confirms confirmed highlight highlights "
    "highlighted".split())
# A reporting verb after one of these is a duty, a possibility or a plan, not words anyone
# spoke: "companies must report breaches", "the council may announce", "it plans to disclose".
_MODALS = frozenset("must should shall may might can cannot could to".split())
# "to" is in most sentences, so it alone does not send a span to the full check: only "to"
# right before a reporting verb does (_to_a_verb).
# An expectation is nobody's words: "parking charges expected to rise", "the firm expects to".
_EXPECTING = frozenset("expect expects expected".split())
# A verb after one of these is a passive with nobody behind it: "has been widely praised as".
_PASSIVE_AFTER = frozenset({"been", "being"})
# "reportedly" passes on hearsay: it names nobody who could have spoken a quotation.
_HEARSAY = frozenset({"reportedly"})
# "Who could have predicted", "he would have said": speech that did not happen.
_UNREAL = frozenset("could would might should may must".split())
_MAY_BE_MUTE = _DATA_NOUNS | _DOCUMENT_NOUNS | _DATA_VERBS | (_MODALS - {"to"}) | _EXPECTING | \
    _PASSIVE_AFTER | _HEARSAY | _UNREAL | frozenset(
        "briefing interview announcement statement bulletin".split())  # may be in a name
# "is asked to call ahead", "were told to stay indoors": an instruction in the passive names
# nobody who spoke.
_INSTRUCTED = frozenset("asked told urged advised instructed ordered encouraged warned".split())
_BE = frozenset("is are was were be been being am".split())
_TO_NEXT = rx.compile(r"\s+to\b")
_PERSON = frozenset({"person"})
_ADVERBS = frozenset("also now still only already clearly further even both all widely "
                     "generally commonly often".split())
_DETERMINERS = frozenset("a an the its their his her our this these those new latest own".split())
# A noun of speech after a determiner or a word that makes it a thing: "another press briefing".
_NOUN_BEFORE = _DETERMINERS | frozenset("another that press news media daily weekly".split())
_PEOPLE = frozenset("i we he she they you who mr ms mrs miss dr prof sir lord lady minister "
                    "spokesman spokeswoman spokesperson official officials".split())
_TO_VERB = rx.compile(rf"\bto\s+(?:(?:{'|'.join(sorted(_ADVERBS))})\s+)*([\w'’-]+)",
                      re.IGNORECASE)
_CLAUSE = rx.compile(r"[,;:.!?()“”\"—–]")
_FIRST_PERSON = rx.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs)\b")
_SUBJECT = rx.compile(r"[,.]?\s+(?:is|was|are|were|has been|had been|will be)\b")
_NAMED = rx.compile(r"(?<![.!?“\"]\s)\b[A-Z][a-z]+")


class _Layout(NamedTuple):
    """Paragraph and sentence starts of one document, for bisect; built once per document."""

    paragraphs: tuple[Span, ...]
    para_starts: list[int]
    sentences: tuple[Span, ...]
    sentence_starts: list[int]
    continued: frozenset[int]  # paragraphs that continue a quotation from the one before
    unclosed: tuple[Quotation, ...]  # quotations left open: their bounds, and speaker, unsure
    cue_kinds: dict[Span, frozenset[str]]  # spans already searched: their cues' sources
    speakers: list[frozenset[str]]  # the names the article has speak, worked out when needed


def _layout(ctx: Context) -> _Layout:
    paras = ctx.seg.paragraphs
    sentences = ctx.seg.scope("sentence")
    starts = [a for a, _ in paras]
    scan = ctx.seg.quote_scan
    continued = frozenset(_index(starts, paras, q.start) for q in scan.quotations if q.continues)
    open_at = {p.offset for p in scan.problems if p.kind == "unclosed"}
    unclosed = tuple(q for q in scan.quotations if q.start in open_at)
    return _Layout(paras, starts, sentences, [a for a, _ in sentences], continued, unclosed, {},
                   [])


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
            region = _attribution_region(layout, index, ctx.seg.prose)
            first_person = bool(_FIRST_PERSON.search(ctx.seg.prose, quote.inner_start,
                                                     quote.inner_end))
            found = (_cues(ctx, layout, region, first_person)
                     or _tagged(ctx.seg.prose, region)
                     or bool(_LEAD_TAG.search(ctx.seg.prose, max(0, quote.start - 60),
                                              quote.start)))
            lead_in = _lead_in(ctx, layout, index, quote)
            if self.report == "missing" and not found and not lead_in and \
                    not _introduced(ctx.seg.outside, layout, index, quote):
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
        inner = ctx.seg.prose[quote.inner_start : quote.inner_end].split("\n\n")[0]
        return Hit(quote.start, quote.start + 1, {"quote": first_words(inner, 6)})


_TITLE_WORDS = 8
_TITLE_RATIO = 0.75


def _mention(prose: str, quote: Quotation) -> bool:
    """A quotation woven into the reporter's sentence as a name, title or phrase.

    `awarded for "continued creativity"`, `"Taking tough choices" is the theme`: the quotation
    follows a word of the sentence, or is the subject of its verb, or is a short title in
    title case, or a fragment in lower case after a dash or a comma.
    """
    before = prose[max(0, quote.start - 40) : quote.start].rstrip(" \xa0")
    if before and before[-1].isalnum() and not _SPEECH_VERB.search(before):
        return True
    # a fragment set into the sentence between dashes or after a comma, in lower case: "sings
    # the refrain — “the sea keeps what it is given” — in a canon"
    if before and before[-1] in "—–-," and prose[quote.inner_start:quote.inner_start + 1].islower():
        return True
    if quote.closed and _SUBJECT.match(prose, quote.end):
        return True
    # a title in title case: "“Orange is the New Black” star Dascha Polanco"
    inner = prose[quote.inner_start : quote.inner_end]
    return len(shape.words(inner)) <= _TITLE_WORDS and shape.title_ratio(inner) >= _TITLE_RATIO


def _cues(ctx: Context, layout: _Layout, region: Sequence[Span], first_person: bool) -> bool:
    """Attribution in the region, outside quotations or inside one left open, by a source that
    can speak the quotation: data cannot; a document cannot speak in the first person."""
    outside = cues.for_view(ctx, ctx.seg.outside)
    mute = {"data", "document", "duty", "nobody"} if first_person else {"data", "duty", "nobody"}
    for span in region:
        kinds = layout.cue_kinds.get(span)
        if kinds is None:
            kinds = layout.cue_kinds[span] = _cue_sources(outside, span)
        if kinds - mute:
            return True
    prose = cues.for_view(ctx, ctx.seg.prose)
    return any(a <= q.start < b and prose.find(q.inner_start, q.inner_end)
               for q in layout.unclosed for a, b in region)


def _cue_sources(outside: cues.CueIndex, span: Span) -> frozenset[str]:
    """Who the cues in the span say spoke. Only a data verb or a data or document noun in the
    span can make a cue other than a person's, so without one the cheap check answers."""
    found, words = outside.scan(*span)
    if not found:
        return frozenset()
    if (_MAY_BE_MUTE.isdisjoint(words) and not ("to" in words and _to_a_verb(outside.text, span))
            and (_INSTRUCTED.isdisjoint(words) and "it" not in words or _BE.isdisjoint(words))):
        return _PERSON
    return frozenset(_cue_source(outside.text, cue) for cue in outside.find(*span))


def _to_a_verb(text: str, span: Span) -> bool:
    """Whether "to" stands right before a reporting verb in the span (past an adverb)."""
    verbs = cues.reporting_verbs()
    return any(m.group(1).lower() in verbs for m in _TO_VERB.finditer(text, *span))


def _cue_source(text: str, cue: Span) -> str:
    """Who a cue says spoke: "data" (figures show), "document" (a study found) or "person"."""
    words = [w.lower() for w in _WORD.findall(text, *cue)]
    if (words[-2] in _MODALS) if len(words) > 1 else _after(text, cue[0], _MODALS):
        return "duty"  # "companies must report", "it plans to disclose"
    if len(words) == 1 and words[0] in _INSTRUCTED and _TO_NEXT.match(text, cue[1]) and \
            _after(text, cue[0], _BE):
        return "duty"  # "visitors are asked to call ahead"
    if len(words) == 1 and (words[0] in _HEARSAY or _impersonal(text, cue[0]) or
                            _unreal(text, cue[0]) or _in_a_name(text, cue)):
        return "nobody"  # "it is widely acknowledged that"; "the Morning Business Briefing"
    if len(words) == 1 and (words[0] in _EXPECTING and _TO_NEXT.match(text, cue[1]) or
                            words[0] == "briefing" and _after(text, cue[0], _NOUN_BEFORE) or
                            _after(text, cue[0], _PASSIVE_AFTER)):
        return "nobody"  # "charges expected to rise"; "another press briefing"; "been praised"
    if words and words[0] == "according":  # "according to LSEG data": the words after it say who
        nouns = [w.lower() for w in _WORD.findall(_CLAUSE.split(text[cue[1]:cue[1] + 60])[0])[:4]]
    elif len(words) > 1 and words[0] in ("in", "under"):  # "in a statement", "under the rules"
        nouns = words[-1:]
    elif len(words) > 1:  # a phrase: "figures show", "data from", "a study found", "the report"
        nouns = [w for w in words if w not in _DETERMINERS][:1]
    elif words and words[0] in _DATA_VERBS:  # a verb: its subject comes before it
        clause = _clause_words(text, cue[0])
        nouns = _subject(clause)
        if clause and not any(n in _DATA_NOUNS or n in _DOCUMENT_NOUNS for n in nouns) and \
                not any(map(_personlike, clause)):
            return "nobody"  # "The row shows that trust has broken down"
    else:
        return "person"
    if any(n in _DATA_NOUNS for n in nouns):
        return "data"
    return "document" if any(n in _DOCUMENT_NOUNS for n in nouns) else "person"


def _in_a_name(text: str, cue: Span) -> bool:
    """Whether a capitalised cue word follows a capitalised word: part of a name ("the Morning
    Business Briefing", a newsletter), not a verb or noun of speech."""
    if not text[cue[0]:cue[0] + 1].isupper():
        return False
    before = _WORD.findall(text, max(0, cue[0] - 30), cue[0])
    return bool(before) and before[-1][:1].isupper() and \
        text[cue[0] - 1:cue[0]] in (" ", "\t")


def _impersonal(text: str, verb: int) -> bool:
    """Whether the verb is an impersonal passive: "it is (widely) acknowledged", "it was said"."""
    words = _words_before(text, verb)
    return len(words) >= 2 and words[-1].lower() in _BE and words[-2].lower() == "it"


def _unreal(text: str, verb: int) -> bool:
    """Whether the verb follows "could have", "would have" and the like: no one spoke."""
    words = _words_before(text, verb)
    return len(words) >= 2 and words[-1].lower() == "have" and words[-2].lower() in _UNREAL


def _after(text: str, verb: int, kinds: frozenset[str]) -> bool:
    """Whether the word before the verb (past an adverb) is one of `kinds`."""
    words = _words_before(text, verb)
    return bool(words) and words[-1].lower() in kinds


def _words_before(text: str, verb: int) -> list[str]:
    """The words, as written, just before a verb, past the adverbs that end them."""
    return _past_adverbs(_WORD.findall(text, max(0, verb - 40), verb))


def _past_adverbs(words: list[str]) -> list[str]:
    """The words before a verb without the adverbs that end them ("figures also", "to now")."""
    while words and words[-1].lower() in _ADVERBS:
        words.pop()
    return words


def _clause_words(text: str, verb: int) -> list[str]:
    """The words, as written, of the clause before a verb, past the adverbs that end it."""
    clause = _CLAUSE.split(text[max(0, verb - 80) : verb])[-1]
    return _past_adverbs(_WORD.findall(clause)[-8:])


def _subject(words: list[str]) -> list[str]:
    """Candidate head nouns, lower-cased, of a verb's subject from the clause before it: the
    word just before the verb, or any word of a short clause that names no person ("figures
    released on Monday show"; not "figures the minister cited show")."""
    if any(w.lower() in _PEOPLE for w in words):
        return [words[-1].lower()]
    return [w.lower() for w in words]


# Words that name who can speak: "researchers", "the inspector", "Ms Ruiz", "they".
_PERSON_ENDINGS = ("ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ent", "ents")


def _personlike(word: str) -> bool:
    lowered = word.lower()
    return lowered in _PEOPLE or lowered.endswith(_PERSON_ENDINGS) or (
        word[:1].isupper() and lowered not in _DETERMINERS)


def _tagged(prose: str, region: Sequence[Span]) -> bool:
    """A speech tag on a quotation in the region names who spoke."""
    return any(_SPEECH_TAG.search(prose, a, b) for a, b in region)


def _attribution_region(layout: _Layout, index: int, prose: str) -> list[Span]:
    """The quotation's paragraph, the sentence before it (the whole paragraph before it when
    that ends with a quotation) and the sentence after it (not a line of its own with no
    closing punctuation: a headline, a "Read more:" link)."""
    paras = layout.paragraphs
    region = [paras[index]]
    if index > 0:
        i = bisect_left(layout.sentence_starts, paras[index][0]) - 1
        if prose[paras[index - 1][0]:paras[index - 1][1]].rstrip().endswith(_QUOTE_END):
            region.append(paras[index - 1])  # a speaker's quotation goes on in this one
        elif i >= 0 and layout.sentence_starts[i] >= paras[index - 1][0] and \
                not _bare_line(prose, layout.sentences[i], paras[index - 1]):
            region.append(layout.sentences[i])
    after_para = index
    while after_para + 1 < len(paras) and after_para + 1 in layout.continued:
        after_para += 1
    if after_para + 1 < len(paras):
        next_start, next_end = paras[after_para + 1]
        i = bisect_left(layout.sentence_starts, next_start)
        if i < len(layout.sentences) and layout.sentence_starts[i] < next_end and \
                not _bare_line(prose, layout.sentences[i], paras[after_para + 1]):
            region.append(layout.sentences[i])
    region.extend(paras[index + 1 : after_para + 1])
    return region


# A paragraph that ends with a closing mark ends with a speaker's words: the next quotation may
# go on with them ("... dysfunctional." / "If I did a show about the war ...").
_QUOTE_END = ("”", '"')
# The most words a headline, link or label line beside a quotation has.
_BARE_WORDS = 40


def _bare_line(prose: str, sentence: Span, paragraph: Span) -> bool:
    """Whether the sentence is the whole of a one-line, label-like paragraph (no closing
    punctuation): a headline, a link ("Read more: Powys school transport changes explained"),
    page furniture; never the speech tag of a quotation next to it."""
    text = prose[paragraph[0]:paragraph[1]].strip()
    return prose[sentence[0]:sentence[1]].strip() == text and "\n" not in text and \
        strays.label_like(text, 1, _BARE_WORDS)


# Words a sentence may open with before its subject: "But Redford knows", "Meanwhile, Fan is".
_CONNECTIVES = frozenset("but and so yet still now then meanwhile however instead indeed also "
                         "for".split())
_TITLES = frozenset("mr mrs ms miss dr prof sir dame lord lady".split())
_BEFORE_SUBJECT = _CONNECTIVES | _TITLES
_PRONOUNS = frozenset("he she they".split())
# The candidate subjects of a sentence: its first words, and the first words after each of its
# first commas ("Not sporty at school, she started"; "It won't go that far, but Sherman wants").
_MAX_HEADS = 4
_HEAD_WORDS = 4


def _introduced(outside: str, layout: _Layout, index: int, quote: Quotation) -> bool:
    """Whether the sentence just before the quotation, in its paragraph, introduces its speaker
    as its subject: a pronoun ("She is embarrassed to admit it. “I remember ...”") or a person
    the article quotes elsewhere ("Rosser thinks not. “They are desperate ...”")."""
    i = bisect_right(layout.sentence_starts, quote.start) - 1
    if i >= 0 and layout.sentence_starts[i] < quote.start and \
            outside[layout.sentence_starts[i]:quote.start].strip():
        return False  # the quotation does not open its sentence
    if i >= 0 and layout.sentence_starts[i] == quote.start:
        i -= 1
    if i < 0 or layout.sentences[i][0] < layout.paragraphs[index][0]:
        return False
    start, end = layout.sentences[i]
    clauses = outside[start:end].split(",")[:_MAX_HEADS]
    for k, clause in enumerate(clauses):
        words = clause.split()[:_HEAD_WORDS]
        while words and words[0].lower() in _BEFORE_SUBJECT:
            words.pop(0)
        appositive = len(words) == 1 and k == 0 and len(clauses) > 1  # "Pickering, who was"
        if not appositive and (len(words) < 2 or not words[1][:1].islower()):
            continue  # no subject before a verb in lower case
        subject = words[0]
        if subject.lower() in _PRONOUNS:
            return True
        if subject[:1].isupper() and len(subject) > 1 and subject.lower() not in _NOT_NAMES:
            if not layout.speakers:
                layout.speakers.append(_speakers(outside))
            if subject in layout.speakers[0]:
                return True
    return False


_NOT_NAMES = frozenset("the a an this that these those it its there their his her our one some "
                       "many most".split())
_ANY_SPEECH_VERB = rx.compile(rf"\b{_VERB}\b")
_CAPITALISED = rx.compile(r"\b[A-Z][\w'’-]*")
_NAMES_AFTER = rx.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*")
# How far before a speech verb, within its sentence, a name may start: one that ends up to 150
# characters before the verb, however long it is.
_SPEAKER_REACH = 190
_POSSESSIVE = rx.compile(r"['’]s?$")


def _speakers(outside: str) -> frozenset[str]:
    """The capitalised words the article has say something: in a sentence before a speech
    verb, up to 150 characters from it ("Rosser said", "Joan Pickering, who runs the post
    office, ... says"), or in the name just after one ("says Rosser"). One pass over the text,
    however many quotations ask."""
    found: list[str] = []
    for verb in _ANY_SPEECH_VERB.finditer(outside):
        head = outside[max(0, verb.start() - _SPEAKER_REACH) : verb.start()]
        stop = max(head.rfind("."), head.rfind("!"), head.rfind("?"), head.rfind("\n"))
        found.extend(_CAPITALISED.findall(head, stop + 1))
        after = _NAMES_AFTER.match(outside, verb.end())
        if after:
            found.extend(_CAPITALISED.findall(after.group()))
    # a possessive names its owner too: "Jamie's back ..., but he insisted"
    return frozenset(found) | {_POSSESSIVE.sub("", name) for name in found}


def _lead_in(ctx: Context, layout: _Layout, index: int, quote: Quotation) -> bool:
    """A colon before the quotation, in its paragraph or ending the paragraph before."""
    prose = ctx.seg.prose
    head = prose[layout.paragraphs[index][0] : quote.start].strip()
    if head.endswith(":") or head.startswith(":"):
        return True  # "She said:" before it, or a transcript's ": ..." paragraph of the speaker
    if head or index == 0:
        return False
    prev_start, prev_end = layout.paragraphs[index - 1]
    lead = prose[prev_start:prev_end].rstrip()
    # a paragraph of one word ("Picture:", "Pic:") is a label left behind, not "She said:"
    return lead.endswith(":") and len(_WORD.findall(lead)) > 1


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
