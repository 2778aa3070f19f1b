"""Lines that may not belong to the story: their shape, place and distance from its topic.

Shared by the `insertions` rule kinds. Everything is computed once per document from the
segments (through `Context.shared`) and keeps absolute offsets into the document text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from typing import NamedTuple

from . import rx
from .segment import Segments, byline_shaped
from .shape import title_ratio, words

_CONTENT = rx.compile(r"[^\W\d_]{3,}")
_HEADING = rx.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]|>|[-*+][ \t]|\d+[.)][ \t]|\|)")
_BOLD_LINE = rx.compile(r"^[ \t]*(?:\*\*|__)[^\n]*(?:\*\*|__)[ \t]*$")
_DATELINE = rx.compile(r"^[A-Z][A-Z .,'’-]{2,}(?:\([^)\n]*\))?[ \t]*[—–-]")
_BYLINE = rx.compile(r"^(?:by|written by|reporting by|edited by|compiled by|words by|story by|"
                     r"text by|translated by|reported by|additional reporting by|issued by|"
                     r"released by)\b"
                     r"|^(?:edition|editing|editor|edited|translation|translator|reporting|"
                     r"production|text)[ \t]*:[ \t]*[A-Z]", re.IGNORECASE)
# Every quotation mark, whichever way it faces: a line ending in one after closing punctuation
# is a quoted sentence, whether the mark is straight, curly (even turned the wrong way: `.“`),
# single, double, low or a guillemet.
QUOTE_MARKS = "\"'“”‘’„‚‟‛«»‹›"
_END_PUNCT = frozenset(".,;:)]…—–-" + QUOTE_MARKS)
_DANGLING = frozenset("a an the of to for as and or but with in on at by from that than".split())
_QUOTE_END = frozenset(QUOTE_MARKS)
PROSE_END = rx.compile(rf"[.!?][{QUOTE_MARKS})]?[ \t]*$")  # a line that ends like a sentence
# A line that reports someone's words is the story's, not a photo's description or page
# furniture: "The agency said the bacterium poses no risk", "Mayor Ruiz said council had voted".
REPORTED = rx.compile(r"\b(?:said|says|told|according[ \t]+to)\b")
# Markdown emphasis around a whole line: "*Subscribe to our newsletter*", "__Photo: AP__".
_EMPHASIS = rx.compile(r"(\*{1,2}|_{1,2})(?=\S)(.*?\S)\1")
# A photo credit that closes a caption line: "... on Monday. REUTERS/Jane Doe", "(Getty
# Images)", "(AP Photo/Jane Doe)", "| Photo: Jane Doe", "... Monday. Photograph: Jane Doe",
# "... workshop. (Harrowgate Pianos)"; and the marks of a library picture, "(File photo)",
# "(Handout picture)", ", archive photograph", and a caption's "(pictured)".
_AGENCY = (r"getty(?:[ \t]+images)?|ap[ \t]+photo|reuters|afp|epa(?:-efe)?|pa[ \t]+(?:media|wire)"
           r"|shutterstock|istock(?:photo)?|alamy|bloomberg|xinhua|anadolu|nurphoto|mena|kyodo|dpa"
           r"|ansa|yonhap|antara|bernama|tass|ria[ \t]+novosti|efe|andina|agerpres|leta|hina|irna"
           r"|kuna")
_PHOTO_WORD = (r"(?:photo(?:graph)?|image|picture|illustration)s?"
               r"(?:[ \t]+(?:credit|courtesy(?:[ \t]+of)?|by))?|credit")
CREDIT_TAIL = rx.compile(
    r"(?:(?<=\S)[ \t]+|(?<=[.!?])[ \t]*)(?:\|[ \t]*)?(?:"
    rf"\((?:[^()\n]{{0,40}}?[ /])?(?:{_AGENCY})\b[^()\n]{{0,40}}\)"
    rf"|\((?:{_PHOTO_WORD})[ \t]*:[ \t]*[^()\n]{{1,50}}\)"
    r"|\((?:file|archive|stock|handout)[ \t]+(?:photo(?:graph)?|picture|image|footage)s?\)"
    r"|\([^()\n]{1,30}[ \t](?:photo|picture|image)s?\)"
    r"|\((?:photo(?:graph)?|image|picture)s?[ \t]+by[ \t]+[^()\n]{1,40}\)"
    r"|(?<=,[ \t])in[ \t]+an?[ \t]+(?:file|archive|stock|handout)[ \t]+"
    r"(?:photo(?:graph)?|picture|image)\."
    # a library picture's mark after a comma: "Locomotive Lyd2-41 on the siding, archive
    # photograph"; the people placed by a caption: "... in Mrs Patel's class (pictured)"
    r"|(?<=,[ \t])(?:file|archive|stock|handout|library)[ \t]+"
    r"(?:photo(?:graph)?|picture|image)s?\.?"
    r"|\((?:pictured|above|below|inset|main[ \t]+(?:picture|image|photo))\)"
    # a national agency's tag closing a caption, whose letters also spell words and so must be
    # capitals: "... near Azilal (MAP)" (the others are in _AGENCY)
    r"|\((?-i:MAP|BSS|PNA|APP|WAM|QNA|PAP|CTK|MTI|BTA|ANA|AA)\)"
    r"|\((?-i:[A-Z]{2,8})/(?:file|archive|stock|handout)\)"
    r"|(?<=[.!?] )(?:photo|picture|image)s?[ \t]+(?:from|courtesy[ \t]+of)[ \t]+[^\n]{1,50}"
    r"|(?<=[.!?] )(?-i:[A-Z]{2,6}/[A-Z][a-z]+)"  # after the caption's sentence: "ASP/Archives"
    r"|(?<=[.!?] )(?-i:[A-Z]{2,8})[ \t]+(?:photo|picture)s?"  # an agency's: "... BSS photo"
    # a name alone in brackets after the caption's full stop, a handout's owner: "... at the
    # Skipton workshop. (Harrowgate Pianos)" (a sentence's own aside comes before its stop; a
    # dateline's agency comes after a date: "ASTANA. May 27. (Steppe Info)")
    r"|(?<=[^\W\d_][.!?] )\((?-i:[A-Z][\w'’&.-]*"
    r"(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|and|&|the|de|du|van|von)){0,4})\)"
    r"|(?-i:(?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU)[ \t]*/[ \t]*[A-Z][\w.'’-]*"
    r"(?:[ \t]+(?:[A-Z][\w.'’-]*|van|von|der|den|de|da|del|di|la|le|bin|al)){0,4}"
    r"(?:[ \t]*/[ \t]*[A-Z][\w .'’-]{1,30})?)"
    rf"|(?<=[.!?|] )(?:{_PHOTO_WORD})[ \t]*[:/][ \t]*[^\n]{{1,50}}"
    r")[ \t]*$",
    re.IGNORECASE,
)
_STOP = frozenset(
    """about above after again against all also and any are been before being below between
    both but can could did does doing down during each few for from further had has have
    having her here hers herself him himself his how into its itself just more most not now
    off once only other our ours out over own same she should some such than that the their
    theirs them themselves then there these they this those through too under until very was
    were what when where which while who whom why will with would you your yours yourself
    says said say new one two three first last year years time times like get gets make makes
    made people back still way many much even well week day today know knows want wants
    look looks looking think thing things need needs best good great better really going
    just every never ever always something anything everything nothing right left little
    long big small thing told tell take takes took give gives gave come comes came show
    shows find found keep help part place put see seen seems use used work works""".split()
)


class Line(NamedTuple):
    """One non-blank line of the body, with its paragraph and its place among paragraphs."""

    start: int
    end: int
    text: str
    paragraph: int  # index into Segments.paragraphs
    alone: bool  # the line is the whole paragraph


class Layout:
    """The lines and paragraphs of one document, as the stray-line rules see them."""

    def __init__(
        self,
        lines: tuple[Line, ...],
        bodies: tuple[str, ...],  # the text of each paragraph in the prose view
        paragraph_spans: tuple[tuple[int, int], ...],
        paragraph_sizes: tuple[int, ...],  # words per paragraph
        paragraph_leads: tuple[bool, ...],  # ends with a colon: it introduces the next paragraph
        paragraph_labels: tuple[bool, ...],  # the paragraph is one short label-like line
        lede: int,  # index of the lede paragraph, or len(paragraphs) when there is none
        protected: frozenset[int],  # line starts of the headline and byline
    ) -> None:
        self.lines = lines
        self.bodies = bodies
        self.paragraph_spans = paragraph_spans
        self.paragraph_sizes = paragraph_sizes
        self.paragraph_leads = paragraph_leads
        self.paragraph_labels = paragraph_labels
        self.lede = lede
        self.protected = protected

    @cached_property
    def paragraph_words(self) -> tuple[frozenset[str], ...]:
        """Content stems of each paragraph, computed when a candidate line needs them."""
        return tuple(stems(b) for b in self.bodies)


def stems(text: str) -> frozenset[str]:
    """Content words of a text, crudely stemmed, lower case."""
    return frozenset({w[:5] for w in _CONTENT.findall(text.lower()) if w not in _STOP})


def unwrap(text: str) -> str:
    """The line without Markdown emphasis wrapped around the whole of it."""
    stripped = text.strip()
    match = _EMPHASIS.fullmatch(stripped)
    return match.group(2) if match else stripped


# The date that closes a wire-agency caption: "... in Millbrook, Monday, Oct. 14." (a sentence
# of news copy says "on Monday"; a caption gives the weekday and the date after a comma).
_MONTH = (r"(?:Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|"
          r"June|July|August|September|October|November|December)")
# A wire caption's date: ", Monday, Oct. 14."; ", August 6, 2025." or ", 6 August 2025." with
# the year; or a bare ", Wednesday" with no full stop (a sentence does not end so; "The vote is
# on Tuesday, May 7." and "It opens on August 6, 2025." do).
_DATED_TAIL = rx.compile(
    r",[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]+" + _MONTH +
    r"[ \t]+\d{1,2}(?:,[ \t]+\d{4})?\.|(?P<year>" + _MONTH + r"[ \t]+\d{1,2},[ \t]+\d{4}\.|"
    r"\d{1,2}[ \t]+" + _MONTH + r"[ \t]+\d{4}\.)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$"
)
# A caption describes its picture: a line dated with the year that tells of the past or reports
# words ("The first hearing was held in Leeds, 6 August 2025.", "He said the offer will expire
# at 1630 EST, March 30, 1987.") is a sentence.
_PAST = rx.compile(r"\b(?:was|were|had|did|has[ \t]+been|have[ \t]+been)\b")
# A library picture's mark after a caption, in the languages wire copy is translated from:
# "Lodbjerg Fyr seen from the dunes at sunset. Arkivfoto"
# A dateline on a line of its own: "Colombo, 4 March 2024", "LONDON, Monday, Oct. 14".
_DATE_LINE = rx.compile(
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"  # a place, not the weekday of a date
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},[ \t]+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+" + _MONTH + r"|" + _MONTH + r"[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?\.?[ \t]*"
)
_ARCHIVE_TAIL = rx.compile(
    r"(?<=[.!?])[ \t]+\(?(?:arkivfoto|archivfoto|archivbild|arkivbild|arkistokuva|file[ \t]+photo|"
    r"archive[ \t]+photo|foto[ \t]+de[ \t]+arquivo|foto[ \t]+de[ \t]+archivo|foto[ \t]+d'archivio|"
    r"photo[ \t]+d'archives)\)?\.?$",
    re.IGNORECASE,
)


def credit_tail(text: str) -> re.Match[str] | None:
    """The photo credit (or a wire caption's date) that ends a line, if any."""
    text = text.rstrip()
    if (text[-2:-1].isdigit() and text.endswith(".")) or text.endswith("day"):
        dated = _DATED_TAIL.search(text)
        told = text[: dated.start()] if dated and dated.group("year") else ""
        if dated and not (_PAST.search(told) or REPORTED.search(told)):
            return dated
    end = text[-24:].lower()
    if "foto" in end or "photo" in end or "bild" in end or "kuva" in end:
        archive = _ARCHIVE_TAIL.search(text)
        if archive:
            return archive
    if "(" not in text and "/" not in text and ":" not in text and not end.rstrip(".").endswith(
            ("image", "photo", "picture", "photograph", "images", "photos", "pictures",
             "photographs")) and "photo " not in text[-60:].lower():
        return None  # every form of credit holds one of these: skip the costly search
    return CREDIT_TAIL.search(text)


def credit_shaped(text: str, credit: re.Pattern[str]) -> bool:
    """A whole line that is a photo credit, named or empty: "Photo: Getty Images", "Image:",
    "Photo courtesy of", "(AP Photo/Jane Doe)"; not a sentence that opens with such a word
    ("Photos of the crash spread online.", "Reuters reported the deal on Monday")."""
    plain = unwrap(text)
    if not credit.match(plain) or PROSE_END.search(plain):
        return False
    count = len(words(plain))
    return count <= 4 or (count <= 8 and (":" in plain or "/" in plain or plain[0] == "("))


def by_credit(lay: Layout, index: int, credit: re.Pattern[str]) -> bool:
    """A credit line is next to the line: in a short paragraph of their own (caption, credit),
    or each alone in its paragraph, one after the other."""
    line = lay.lines[index]
    for other_index in (index - 1, index + 1):
        if not 0 <= other_index < len(lay.lines):
            continue
        other = lay.lines[other_index]
        if other.paragraph == line.paragraph:
            near = _paragraph_size(lay, index, 3) <= 3
        else:
            near = line.alone and other.alone and abs(other.paragraph - line.paragraph) == 1
        if near and credit_shaped(other.text, credit):
            return True
    return False


def credited_caption(
    lay: Layout, index: int, credit: re.Pattern[str], min_words: int, max_words: int
) -> bool:
    """A caption in sentence or title case: a short line with no closing punctuation by a
    credit line, or a paragraph of one line that ends with a credit ("... REUTERS/Jane Doe")."""
    line = lay.lines[index]
    text = line.text.strip()
    if credit_shaped(text, credit):
        return False  # the credit itself
    tail = credit_tail(text) if line.alone else None
    if tail:
        head = text[: tail.start()].strip()
        count = len(words(head))
        return (min_words <= count <= max_words and not is_structure(head)
                and (head[0].isupper() or head[0].isdigit()))
    if label_like(text, min_words, max_words):
        return by_credit(lay, index, credit)
    return _sentence_by_credit(lay, index, text, credit, min_words, max_words)


def _sentence_by_credit(lay: Layout, index: int, text: str, credit: re.Pattern[str],
                        min_words: int, max_words: int) -> bool:
    """A one-sentence caption with its full stop, in a paragraph of two lines whose other line
    is a credit: "Damaged blossoms near the village, 11 April." above "Image credit:"."""
    if not text.endswith(".") or not text[0].isupper() or _paragraph_size(lay, index, 2) != 2:
        return False
    lines, paragraph = lay.lines, lay.lines[index].paragraph
    other = lines[index - 1] if index and lines[index - 1].paragraph == paragraph else \
        lines[index + 1]
    return (credit_shaped(other.text, credit) and not is_structure(text)
            and min_words <= len(words(text)) <= max_words)


def _paragraph_size(lay: Layout, index: int, most: int) -> int:
    """How many lines the line's paragraph has, counted up to one more than `most` (a
    paragraph's lines stand together in the layout)."""
    lines, paragraph = lay.lines, lay.lines[index].paragraph
    size, lo, hi = 1, index - 1, index + 1
    while size <= most and lo >= 0 and lines[lo].paragraph == paragraph:
        size, lo = size + 1, lo - 1
    while size <= most and hi < len(lines) and lines[hi].paragraph == paragraph:
        size, hi = size + 1, hi + 1
    return size


# A signed sign-off: "See you next Sunday. — Arvind", "Thanks for reading! – The editors".
_SIGN_OFF = rx.compile(r"[.!][ \t]*[—–-][ \t]*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,2}\Z")


def is_structure(text: str) -> bool:
    """Markdown structure, bylines, datelines and sign-offs: never a stray line."""
    stripped = text.strip()
    return bool(
        _HEADING.match(text) or _BOLD_LINE.match(text) or _DATELINE.match(text)
        or _BYLINE.match(stripped) or byline_shaped(text.rstrip())
        or _DATE_LINE.fullmatch(stripped) or _SIGN_OFF.search(stripped)
    )


def label_like(text: str, min_words: int, max_words: int) -> bool:
    """A short line with no closing punctuation: shaped like a headline, caption or label."""
    stripped = text.strip()
    if not stripped:
        return False
    last = stripped[-1]
    if last in _QUOTE_END:
        if stripped[-2:-1] in _END_PUNCT:
            return False  # a quoted sentence
    elif last in _END_PUNCT:
        return False
    if not (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"'“‘("):
        return False  # a fragment of a broken sentence, not a line of its own
    count = len(words(stripped))
    if not min_words <= count <= max_words or is_structure(text):
        return False
    if stripped.split()[-1].lower() in _DANGLING:
        return False
    return last not in "?!" or title_ratio(stripped) >= 0.8


def layout(seg: Segments) -> Layout:
    """Split the body into lines tagged with their paragraph; find the lede."""
    paragraphs = seg.paragraphs
    lines: list[Line] = []
    text = seg.doc.text
    for index, (start, end) in enumerate(paragraphs):
        for line in _lines_of(seg.prose, start, end, index):
            line_start = text.rfind("\n", 0, line.start) + 1
            if not is_structure(text[line_start : line.end]):
                lines.append(line)
    kept = [s for s in (seg.headline, seg.byline) if s]  # a byline may hold its writer's title
    protected = frozenset(s[0] for s in kept) | frozenset(
        line.start for line in lines if any(a <= line.start < b for a, b in kept))
    lede_span = seg.lede
    lede = paragraphs.index(lede_span) if lede_span in paragraphs else len(paragraphs)
    bodies = [seg.prose[s:e] for s, e in paragraphs]
    return Layout(
        lines=tuple(lines),
        bodies=tuple(bodies),
        paragraph_spans=tuple(paragraphs),
        paragraph_sizes=tuple(len(b.split()) for b in bodies),
        paragraph_leads=tuple(b.rstrip().endswith(":") for b in bodies),
        paragraph_labels=tuple("\n" not in b and label_like(b, 1, 16) for b in bodies),
        lede=lede,
        protected=protected,
    )


def _lines_of(prose: str, start: int, end: int, index: int) -> Iterable[Line]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    while cursor < end:
        stop = prose.find("\n", cursor, end)
        stop = end if stop < 0 else stop
        text = prose[cursor:stop].rstrip()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            pieces.append((cursor + lead, cursor + len(text)))
        cursor = stop + 1
    for s, e in pieces:
        yield Line(s, e, prose[s:e], index, len(pieces) == 1)


def overlap(candidate: frozenset[str], context: Iterable[frozenset[str]]) -> float:
    """Share of the candidate's content words found in the context."""
    if not candidate:
        return 1.0
    pool: set[str] = set()
    for item in context:
        pool |= item
    return len(candidate & pool) / len(candidate)


def neighbours(lay: Layout, paragraph: int) -> list[int]:
    return [i for i in (paragraph - 1, paragraph + 1) if 0 <= i < len(lay.paragraph_sizes)]


def isolated(lay: Layout, paragraph: int) -> bool:
    """The paragraph stands between full paragraphs, not in a list and not after a lead-in."""
    if paragraph > 0 and lay.paragraph_leads[paragraph - 1]:
        return False
    return not any(lay.paragraph_labels[i] for i in neighbours(lay, paragraph))
