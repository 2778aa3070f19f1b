"""Segment a document once into the scopes rules ask for by name.

Every scope is a tuple of (start, end) offsets into the document text. The text a rule reads
comes from a *view* of the same length as the document: prose (markup masked), prose outside
quotations, or quoted speech only.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property

from . import mask, quotations, rx, sentences, shape
from .document import Document

Span = tuple[int, int]
SCOPES = (
    "document",
    "line",
    "paragraph",
    "sentence",
    "body-sentence",
    "quotation",
    "headline",
    "byline",
    "lede",
    "front-matter",
)
QUOTATION_MODES = ("outside", "inside", "both")

_BLANK_LINE = rx.compile(r"(?:\r?\n[^\S\n]*){2,}|(?:\r?\n)(?=[ \t]*#{1,6}[ \t])")
# A byline: "By Jane Doe", "By Jane Doe and John Roe", "Translated by Nour Haddad", "Reporter:
# Rizky Pratama", "Court reporter: Dan Price", "Mehmet Aydın | ISTANBUL", "By Anna Novak |
# PRAGUE", "Anna Novak, Staff Writer", "Karen Molina | kmolina@example.com", "Priya Mandal, Local
# Democracy Reporting Service".
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:[ \t,]+(?:and[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,6}"
_BYLINE = rx.compile(
    r"[ \t]*(?:"
    r"(?:(?:[Bb]y|BY|(?:[Ww]ritten|[Ss]tory|[Ww]ords|[Tt]ranslated|[Rr]eported|[Ee]dited|[Cc]ompiled"
    r"|[Pp]osted|[Ff]iled)"
    r"[ \t]+by)"
    r"|(?:[A-Z][\w'’-]*[ \t]+)?(?:[Rr]eporter|[Aa]uthor|[Tt]ext|[Ww]ords|[Ss]tory|[Tt]ranslation|"
    r"[Cc]orrespondent)[ \t]*:)[ \t]+" + _NAME
    + r"(?:[ \t]*[|·•][ \t]*[A-Z][\w .:'’,/-]{1,40}){0,2}"
    r"|" + _NAME + r"[ \t]*[|·•][ \t]*[A-Z][\w .'’-]{1,40}"
    # "Karen Molina | kmolina@example.com"
    r"|" + _NAME + r"[ \t]*[|·•,][ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|" + _NAME + r",[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter|"
    r"[Ee]ditor|[Cc]olumnist|[Cc]ontributor|[Cc]ritic|[Jj]ournalist"
    r"|(?:[Rr]eporting|[Nn]ews|[Pp]ress|[Ww]ire)[ \t]+[Ss]ervice)"
    # a news agency as the byline: "Balkan Press Agency", "Staff and agencies", "Reuters"
    r"|(?:[A-Z][\w'’.-]*[ \t]+){0,4}(?:Press|News)[ \t]+(?:Agency|Service|Association|Wire)"
    r"|(?:[A-Z][\w'’.-]*[ \t]+){1,4}Agency|(?:Staff|Wire)[ \t]+and[ \t]+agencies"
    r"|Associated[ \t]+Press|Agence[ \t]+France-Presse|Reuters|AFP|dpa|EFE|ANSA|Xinhua|Kyodo|Yonhap"
    r")[ \t]*$"
)


def byline_shaped(line: str) -> bool:
    """Whether a line has a byline's shape ("By Jane Doe", "Anna Novak, Staff Writer"), wherever
    it stands: a byline repeated under a front-matter author is still a byline."""
    return _BYLINE.match(line) is not None


# A byline's second line, the writer's title: "Courier Staff Writer", "Business Correspondent".
_ROLE_LINE = rx.compile(
    r"[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:[Ww]riter|[Cc]orrespondent|[Rr]eporter|[Ee]ditor|"
    r"[Cc]olumnist|[Cc]ontributor|[Cc]ritic|[Jj]ournalist)[ \t]*$"
)
_HEADING_LINE = rx.compile(r"^[ \t]{0,3}#{1,6}[ \t]", re.MULTILINE)
_SENTENCE_END = rx.compile(r"[.!][”\"’')]?[ \t]*$")
# A word: letters and digits, joined by ', ’, ., - or _ (the longest such run from a letter or
# digit, up to its last letter or digit). Written as blocks taken whole (possessive): the
# same matches as [^\W_](?:[\w'’.-]*[^\W_])? without backtracking from the end of each run.
WORD = rx.compile(r"[^\W_]++(?:[_'’.-]++[^\W_]++)*+")
HEADLINE_KEYS = ("title", "headline")
# A headline has at most this many words; a longer first line is the lede.
_HEADLINE_MAX_WORDS = 30
# A first line in sentence case that ends as a sentence ends is the lede when it is longer than
# this, or when it holds two sentences and is longer than _TWO_SENTENCE_WORDS. Headlines written
# as sentences ("The real Trump showed up at debate. GOP must live with it.") are shorter.
_SENTENCE_WORDS = 16
_TWO_SENTENCE_WORDS = 12
_SENTENCE_BREAK = rx.compile(r"\b[a-z][a-z0-9]*[.!?][\"”’]?\s+[A-Z]")
_DATELINE_OPENING = rx.compile(r"[A-Z]{2,}[A-Z ,.'’-]*(?:\([^)\n]*\))?[ \t]*[—–-][ \t]+[A-Z]")
# Plain text is wrapped at 72 to 80 columns when it is wrapped at all; a longer line was
# never wrapped, so each line of its block is a paragraph of its own.
_WRAP_WIDTH = 100
# A photo credit opening a line: "Photo by", "Image: Reuters", "Pictures courtesy of ...".
_CREDIT_LINE = rx.compile(
    r"[ \t]*[*_]{0,2}(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|graphic|"
    r"credits?)(?:[ \t]+(?:by|courtesy|credits?|source)\b|[ \t]*:)", re.IGNORECASE)
_MAX_LINES_BEFORE_LEDE = 3  # captions, credits, kickers; more is a list, not an opening
BYLINE_KEYS = ("byline", "author", "authors")


class Segments:
    """Lazily computed scopes of one document; each is computed at most once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        # Per-view results, keyed by the view's id (the views live as long as this object).
        self._blanked_ranges: dict[int, list[Span]] = {}
        self._tokens: dict[int, tuple[Sequence[int], Sequence[int]]] = {}
        self._lowered: dict[int, str] = {}
        self._scopes: dict[str, tuple[Span, ...]] = {}

    # --- views -----------------------------------------------------------------
    @cached_property
    def prose(self) -> str:
        prose = mask.blank(self.doc.text, mask.masked_ranges(self.doc))
        breaks = wrap_breaks(self.doc.text, self.doc.front_matter_end,
                             headed=self.doc.format != "markdown")
        if not breaks:
            return prose
        # Wrapped prose reads as the paragraph it is: each of its line breaks is a space.
        chars = list(prose)
        for at in breaks:
            chars[at] = " "
        return "".join(chars)

    @cached_property
    def outside(self) -> str:
        """Prose with quoted speech (marks included) blanked."""
        return self._blanked([(q.start, q.end) for q in self.quote_scan.quotations])

    @cached_property
    def inside(self) -> str:
        """Only quoted speech; everything else blanked."""
        keep = sorted((q.inner_start, q.inner_end) for q in self.quote_scan.quotations)
        gaps: list[Span] = []
        cursor = 0
        for start, end in keep:
            if start > cursor:
                gaps.append((cursor, start))
            cursor = max(cursor, end)
        gaps.append((cursor, len(self.prose)))
        return self._blanked(gaps)

    def _blanked(self, ranges: list[Span]) -> str:
        """The prose with `ranges` blanked; the ranges are kept to derive the view's words."""
        view = mask.blank(self.prose, ranges)
        if view is not self.prose:  # nothing blanked gives the prose itself
            self._blanked_ranges[id(view)] = ranges
        return view

    def tokens(self, view: str) -> tuple[Sequence[int], Sequence[int]]:
        """Start and end offsets of the words of a view (one of this document's texts), kept
        as machine-integer arrays: a few bytes a word, even for a very long file."""
        found = self._tokens.get(id(view))
        if found is None:
            ranges = self._blanked_ranges.get(id(view))
            if ranges is None:
                found = tokenise(view)
            else:  # a quotation view: from the prose's words
                starts, ends = self.tokens(self.prose)
                found = retokenise(view, starts, ends, ranges)
            self._tokens[id(view)] = found
        return found

    def lowered(self, view: str) -> str:
        """The view in lower case (same offsets for the texts newslint reads), computed once."""
        found = self._lowered.get(id(view))
        if found is None:
            found = self._lowered[id(view)] = view.lower()
        return found

    def word_count(self, view: str, start: int, end: int) -> int:
        starts = self.tokens(view)[0]
        return bisect_left(starts, end) - bisect_left(starts, start)

    def view(self, mode: str) -> str:
        if mode == "outside":
            return self.outside
        if mode == "inside":
            return self.inside
        return self.prose

    # --- scopes ----------------------------------------------------------------
    def scope(self, name: str) -> tuple[Span, ...]:
        found = self._scopes.get(name)
        if found is None:
            found = self._scopes[name] = getattr(self, "_scope_" + name.replace("-", "_"))()
        return found

    def _scope_document(self) -> tuple[Span, ...]:
        return ((self.doc.front_matter_end, len(self.doc.text)),)

    def _scope_line(self) -> tuple[Span, ...]:
        text = self.doc.text
        starts = self.doc.line_starts
        out = []
        for i, start in enumerate(starts):
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
            if end > start and text[end - 1] == "\r":
                end -= 1
            if start >= self.doc.front_matter_end:
                out.append((start, end))
        return tuple(out)

    def _scope_paragraph(self) -> tuple[Span, ...]:
        return self.paragraphs

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        prose = self.prose
        out: list[Span] = []
        cursor = self.doc.front_matter_end
        for match in _BLANK_LINE.finditer(prose, cursor):
            out.extend(_trimmed(prose, cursor, match.start()))
            cursor = match.end() if match.group(0).count("\n") > 1 else match.start() + 1
        out.extend(_trimmed(prose, cursor, len(prose)))
        if self.doc.format == "markdown":
            out = _split_headings(self.doc.text, out)
        else:
            out = _split_unwrapped(prose, out)
        return tuple(out)

    def _scope_sentence(self) -> tuple[Span, ...]:
        prose = self.prose
        return tuple(s for p in self.paragraphs for s in sentences.split(prose, p[0], p[1]))

    def _scope_body_sentence(self) -> tuple[Span, ...]:
        """The sentences outside the headline and the byline: a headline's "reportedly" or
        "experts warn" summarises a story that names its sources. A first line that ends like a
        sentence (a one-paragraph text, a lede with no headline) is body."""
        headline = self.headline
        if headline and _SENTENCE_END.search(self.prose, headline[0], headline[1]):
            headline = None
        skip = [span for span in (headline, self.byline) if span]
        sentences_ = self.scope("sentence")
        if not skip:
            return sentences_
        return tuple(s for s in sentences_ if not any(s[0] < b and a < s[1] for a, b in skip))

    @cached_property
    def quote_scan(self) -> quotations.QuoteScan:
        return quotations.scan(self.prose, self.paragraphs)

    def _scope_quotation(self) -> tuple[Span, ...]:
        return tuple((q.inner_start, q.inner_end) for q in self.quote_scan.quotations)

    def _scope_headline(self) -> tuple[Span, ...]:
        span = self.headline
        return (span,) if span else ()

    def _scope_byline(self) -> tuple[Span, ...]:
        span = self.byline
        return (span,) if span else ()

    def _scope_lede(self) -> tuple[Span, ...]:
        span = self.lede
        return (span,) if span else ()

    def _scope_front_matter(self) -> tuple[Span, ...]:
        out = []
        text = self.doc.text
        for key, offset in self.doc.front_matter_offsets.items():
            if isinstance(self.doc.front_matter.get(key), str):
                end = text.find("\n", offset)
                end = len(text) if end < 0 else end
                out.append((offset, end - (1 if text[end - 1 : end] == "\r" else 0)))
        return tuple(out)

    # --- article structure -----------------------------------------------------
    @cached_property
    def headline(self) -> Span | None:
        if self.doc.part:
            return None  # a later part of a long file: its first line is not the headline
        field = self._front_matter_field(HEADLINE_KEYS)
        if field or not self.paragraphs:
            return field
        if self.doc.format == "markdown":
            for start, end in self.paragraphs:
                if _HEADING_LINE.match(self.doc.text, self._line_start(start)):
                    return start, end
                break
            return None
        start, end = self.paragraphs[0]
        line_end = self.doc.text.find("\n", start, end)
        end = end if line_end < 0 else line_end
        first = self.prose[start:end].rstrip()
        if _BYLINE.match(first) or not first.strip() or _reads_as_prose(first):
            return None  # a story that opens with its lede (scraped or exported without a title)
        return start, start + len(first)

    @cached_property
    def byline(self) -> Span | None:
        if self.doc.part:
            return None  # a later part of a long file: its first line is not the byline
        field = self._front_matter_field(BYLINE_KEYS)
        if field:
            return field
        for p_start, end in self.paragraphs[:3]:
            start = p_start
            while start < end:  # a byline may be any line of the first blocks
                line_end = self.doc.text.find("\n", start, end)
                stop = end if line_end < 0 else line_end
                candidate = self.prose[start:stop].rstrip()
                if _BYLINE.match(candidate):
                    after = self.doc.text.find("\n", stop + 1, end) if stop < end else -1
                    after = end if after < 0 else after
                    role = self.prose[stop + 1 : after].rstrip() if stop < end else ""
                    if role and _ROLE_LINE.match(role):  # "By Jane Doe\nStaff Writer"
                        return start, stop + 1 + len(role)
                    return start, start + len(candidate)
                start = stop + 1
        return None

    @cached_property
    def lede(self) -> Span | None:
        """The first body paragraph: not the headline, byline or a heading."""
        if self.doc.part:
            return None
        taken = [s for s in (self.headline, self.byline) if s]
        skipped = 0
        for start, end in self.paragraphs:
            if any(s[0] <= start < s[1] or start <= s[0] < end for s in taken):
                continue
            if self.doc.format == "markdown" and _HEADING_LINE.match(
                self.doc.text, self._line_start(start)
            ):
                continue
            body = self.prose[start:end]
            if (len(body.split()) < 8 and not re.search(r"[.!?”\"]\s*$", body)) or \
                    _CREDIT_LINE.match(body, body.rfind("\n") + 1):
                skipped += 1  # a caption, credit or kicker line, not a lede
                if skipped > _MAX_LINES_BEFORE_LEDE:
                    return None  # a list or a table, not a story that opens with a lede
                continue
            return start, end
        return None

    def is_heading(self, offset: int) -> bool:
        """Whether the offset is on a Markdown heading line (a headline or subheading)."""
        return self.doc.format == "markdown" and bool(
            _HEADING_LINE.match(self.doc.text, self._line_start(offset)))

    def _front_matter_field(self, keys: tuple[str, ...]) -> Span | None:
        """The value of the first of `keys` set as text in the front matter."""
        for key in keys:
            if isinstance(self.doc.front_matter.get(key), str) and \
                    key in self.doc.front_matter_offsets:
                return self._front_matter_span(key)
        return None

    def _front_matter_span(self, key: str) -> Span:
        offset = self.doc.front_matter_offsets[key]
        end = self.doc.text.find("\n", offset)
        end = len(self.doc.text) if end < 0 else end
        return offset, end - (1 if self.doc.text[end - 1 : end] == "\r" else 0)

    def _line_start(self, offset: int) -> int:
        return self.doc.text.rfind("\n", 0, offset) + 1

    def line_of(self, offset: int) -> int:
        return self.doc.position(offset)[0]


def _reads_as_prose(line: str) -> bool:
    """Whether the first line of a plain-text article is its lede rather than a headline: over
    thirty words, or a sentence in sentence case that is long, holds two sentences or opens
    with a dateline ("WASHINGTON (AP) — The ambassador ...")."""
    count = len(shape.words(line))
    if count > _HEADLINE_MAX_WORDS:
        return True
    if line.rstrip("”’\"' )")[-1:] not in (".", "!", "?") or shape.title_ratio(line) >= 0.5:
        return False
    return count > _SENTENCE_WORDS or count > _TWO_SENTENCE_WORDS and bool(
        _SENTENCE_BREAK.search(line) or _DATELINE_OPENING.match(line))


def tokenise(view: str, start: int = 0, end: int | None = None
             ) -> tuple[array[int], array[int]]:
    """Start and end offsets of the words of `view` (between `start` and `end`)."""
    spans = [m.span() for m in WORD.finditer(view, start, len(view) if end is None else end)]
    return array("q", [s for s, _ in spans]), array("q", [e for _, e in spans])


def retokenise(view: str, starts: Sequence[int], ends: Sequence[int], ranges: Sequence[Span]
               ) -> tuple[array[int], array[int]]:
    """The words of `view`, a text that is another text with `ranges` blanked, from that
    text's words (`starts`, `ends`): what tokenise(view) gives, re-reading only the words
    that a range's edge cuts.

    Blanking never creates a word character and never joins two words, so each word of the
    view lies inside a word of the original: a word no range touches is a word of both, a
    word inside a range is gone, and a word a range's edge cuts leaves its unblanked part.
    """
    out_starts: array[int] = array("q")
    out_ends: array[int] = array("q")
    done = 0  # words before this index are in the output already
    for start, end in sorted(ranges):
        first = max(bisect_right(ends, start), done)  # the first word ending after `start`
        stop = bisect_left(starts, end)  # the first word starting at or after `end`
        if stop <= first:
            continue
        out_starts.extend(starts[done:first])
        out_ends.extend(ends[done:first])
        # Words between the first and the last touched lie inside the range: gone.
        for index in (first, stop - 1) if stop - 1 > first else (first,):
            for match in WORD.finditer(view, starts[index], ends[index]):
                out_starts.append(match.start())
                out_ends.append(match.end())
        done = stop
    out_starts.extend(starts[done:])
    out_ends.extend(ends[done:])
    return out_starts, out_ends


# A block whose widest line is this wide or wider, and no wider than a wrap width, may be prose
# wrapped to that width (by an editor, pandoc, an email); a narrower one is an address or a list.
_MIN_WRAP = 60
# What ends a line that ends a sentence.
_LINE_ENDS = frozenset(".!?:;\"”’)")
_DASHES = frozenset("-–—")
# A line that opens a list item, a heading, a quotation block or a table row.
_STRUCTURE = rx.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]|>|[-*+•–—][ \t]|\d{1,3}[.)][ \t]|\|)")


def wrap_breaks(text: str, start: int = 0, *, headed: bool = False) -> list[int]:
    """Offsets of the line breaks (each \\n, and a \\r before it) inside wrapped prose in
    `text` after `start`: a block of three lines or more (or two, the second in lower case),
    each broken where the next line's first word would not have fitted within the block's
    widest line, which is how a wrapper breaks lines ("...Standard Life came in\\nfor
    criticism for..."). A caption over its credit, a list, a table, an address, a byline, a
    block with a line longer than any wrap width, or with a line that a short one follows, or
    whose every line ends a sentence, keeps its line breaks; so does the first block of a
    `headed` text (plain text: a headline, a byline and a dateline)."""
    out: list[int] = []
    block: list[tuple[int, int]] = []  # the block's lines: start, end without trailing space
    offset = start
    first = headed
    for line in text[start:].split("\n"):
        stripped = line.rstrip()
        if stripped:
            block.append((offset, offset + len(stripped)))
        elif block:
            if not first:
                _wrapped(text, block, out, headed)
            block, first = [], False
        offset += len(line) + 1
    if not first:
        _wrapped(text, block, out, headed)
    return out


def _wrapped(text: str, block: list[tuple[int, int]], out: list[int], plain: bool) -> None:
    """Add the breaks of `block` to `out` when it is wrapped prose (see wrap_breaks). In
    `plain` text a dash that a wrapper put at a line start ("...Kenenisa Bekele of Ethiopia\\n-
    the reigning champion - was never troubled") opens no list item where the break before it
    is a wrapper's; Markdown makes it one. Two lines are wrapped prose only when the second goes
    on in lower case ("...the hip hop tainted\\nthing it is now?"): a caption's credit does not."""
    if len(block) < 2:
        return
    if len(block) == 2 and not text[block[1][0]:block[1][1]].lstrip()[:1].islower():
        return
    widest = max(e - s for s, e in block)
    if not _MIN_WRAP <= widest <= _WRAP_WIDTH:
        return
    for (s, e), (next_s, next_e) in zip(block, block[1:]):
        first = text[next_s:next_e].split(None, 1)[0]
        if e - s + 1 + len(first) <= widest or text[e:next_s].startswith("  ") or \
                text[e - 1] == "\\" or (_STRUCTURE.match(text, next_s) and not (
                    plain and first in _DASHES)):
            return  # a short line, a list item, or a Markdown hard break ("  " or "\\")
    if all(text[e - 1] in _LINE_ENDS for _, e in block[:-1]) or \
            any(_BYLINE.match(text[s:e]) for s, e in block):
        return  # a sentence a line (copy with single line breaks), or a byline in the block
    for (_, e), (next_s, _) in zip(block, block[1:]):
        out.extend(range(e, next_s))  # the break and any space around it


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if start < end else []


def _split_unwrapped(text: str, paragraphs: list[Span]) -> list[Span]:
    """In plain text, a block whose lines were not wrapped to a width holds one paragraph per
    line (copy exported or scraped with single line breaks). A line longer than any wrap width
    shows it; a block of short lines (wrapped prose, a list, an address) stays one block. A
    line that opens in lower case goes on the sentence of the line before it."""
    out: list[Span] = []
    for start, end in paragraphs:
        if text.find("\n", start, end) < 0:
            out.append((start, end))
            continue
        lines: list[Span] = []
        cursor = start
        while cursor <= end:
            newline = text.find("\n", cursor, end)
            stop = end if newline < 0 else newline
            for line in _trimmed(text, cursor, stop):
                if lines and text[line[0]].islower():
                    lines[-1] = (lines[-1][0], line[1])  # a sentence broken by a stray newline
                else:
                    lines.append(line)
            cursor = stop + 1
        if max(e - s for s, e in lines) > _WRAP_WIDTH:
            out.extend(lines)
        else:
            out.append((start, end))
    return out


def _split_headings(text: str, paragraphs: list[Span]) -> list[Span]:
    """A Markdown heading line is a block of its own even with no blank line after it."""
    out: list[Span] = []
    for start, end in paragraphs:
        line_start = text.rfind("\n", 0, start) + 1
        if _HEADING_LINE.match(text, line_start):
            newline = text.find("\n", start, end)
            if newline >= 0:
                head_end = newline - (1 if text[newline - 1] == "\r" else 0)
                out.append((start, head_end))
                out.extend(_trimmed(text, newline + 1, end))
                continue
        out.append((start, end))
    return out
