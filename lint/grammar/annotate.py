"""LanguageTool annotated text, and LanguageTool's UTF-16 offsets turned back into code points.

LanguageTool's ``data`` parameter takes the whole article as a list of ``text`` and ``markup``
parts.  Markup is not checked, yet it keeps its place: the offsets LanguageTool returns count
the markup too, so they are offsets into the original article.  Java counts them in UTF-16 code
units, where an emoji or any other character outside the Basic Multilingual Plane takes two;
:class:`Utf16Offsets` maps them back to Python's code points.
"""

from __future__ import annotations

import json
import sys
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .. import rx

Range = tuple[int, int]
AnnotationPart = dict[str, str]
Annotation = dict[str, list[AnnotationPart]]

#: What a hidden quotation reads as, so that the sentence around it stays whole
#: ("“Quote,” she said." rather than ", she said.").
QUOTE_PLACEHOLDER = "Quote"
#: After "an", a placeholder with a vowel sound, so LanguageTool's a/an rule stays quiet.
QUOTE_PLACEHOLDER_AFTER_AN = "Example"

_CLOSING_PUNCTUATION = frozenset(".,;:!?)]}”’»…")
_OPENING_PUNCTUATION = frozenset("([{“‘«„")
_HORIZONTAL_SPACE = frozenset(" \t")
_ASTRAL = rx.compile("[\U00010000-\U0010ffff]")
_WORD_BEFORE = rx.compile(r"(\w+)\W*\Z")


class AnnotatedText(NamedTuple):
    """The ``data`` LanguageTool gets, and which ranges of the original it was told are markup."""

    annotation: Annotation
    markup: tuple[Range, ...]

    def to_json(self) -> str:
        """The value of LanguageTool's ``data`` parameter (ASCII JSON, stable for cache keys)."""
        return json.dumps(self.annotation, ensure_ascii=True, separators=(",", ":"))

    def plain_text(self) -> str:
        """The text LanguageTool checks: text parts, with markup read as its ``interpretAs``."""
        parts = self.annotation["annotation"]
        return "".join(p.get("text", p.get("interpretAs", "")) for p in parts)

    def original_text(self) -> str:
        """Text and markup together: always the article as it was given."""
        return "".join(p.get("text", p.get("markup", "")) for p in self.annotation["annotation"])

    def has_prose(self) -> bool:
        """Whether any part LanguageTool would check holds more than whitespace."""
        return any(p.get("text", "").strip() for p in self.annotation["annotation"])

    def inside_markup(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies wholly inside one markup range."""
        index = bisect_right(self.markup, (start, sys.maxsize)) - 1
        return index >= 0 and self.markup[index][0] <= start and end <= self.markup[index][1]


def normalize_ranges(ranges: Iterable[Range], length: int) -> list[Range]:
    """Clip ranges to ``[0, length]``, drop empty ones, sort, and merge overlapping or touching."""
    merged: list[Range] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in ranges):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def annotate(text: str, hidden: Sequence[Range], quoted: Sequence[Range] = ()) -> AnnotatedText:
    """Split ``text`` into LanguageTool text and markup parts.

    ``hidden`` are code-point ranges LanguageTool must not check (markup, front matter, code).
    Each becomes markup read as a newline when it holds line breaks, else as a space when it
    would otherwise glue two words together, else as nothing; a hidden span standing between
    two spaces (or a space and closing punctuation) takes one of the spaces with it, so no
    double space or space before a full stop is left for LanguageTool to flag.  ``quoted`` are
    the insides of quotations to hide: they read as a placeholder word.
    """
    length = len(text)
    quotes = normalize_ranges(quoted, length)
    segments = normalize_ranges(list(hidden) + quotes, length)
    parts: list[AnnotationPart] = []
    markup: list[Range] = []
    cursor = 0
    for start, end in segments:
        if _overlaps(quotes, start, end):
            interpret = _quote_placeholder(text, start)
        else:
            start, interpret = _interpretation(text, start, end)
        if start > cursor:
            parts.append({"text": text[cursor:start]})
        part = {"markup": text[start:end]}
        if interpret:
            part["interpretAs"] = interpret
        parts.append(part)
        markup.append((start, end))
        cursor = end
    if cursor < length:
        parts.append({"text": text[cursor:]})
    return AnnotatedText({"annotation": parts}, tuple(markup))


def build_annotation(
    text: str, hidden: Sequence[Range], quoted: Sequence[Range] = ()
) -> Annotation:
    """The ``{"annotation": [...]}`` data for ``text`` with ``hidden`` and ``quoted`` as markup."""
    return annotate(text, hidden, quoted).annotation


def _overlaps(ranges: Sequence[Range], start: int, end: int) -> bool:
    index = bisect_right(ranges, (end, end)) - 1
    return index >= 0 and ranges[index][1] > start and ranges[index][0] < end


def _interpretation(text: str, start: int, end: int) -> tuple[int, str]:
    """What hidden ``text[start:end]`` reads as; the start may move back over one space."""
    hidden = text[start:end]
    before = text[start - 1] if start > 0 else None
    after = text[end] if end < len(text) else None
    newlines = hidden.count("\n")
    if newlines and before is not None and after is not None:
        return start, "\n" * min(newlines, 2)
    ends_here = after is None or after.isspace() or after in _CLOSING_PUNCTUATION
    if before in _HORIZONTAL_SPACE and ends_here:
        return start - 1, ""
    if (
        before is None
        or after is None
        or before.isspace()
        or after.isspace()
        or after in _CLOSING_PUNCTUATION
        or before in _OPENING_PUNCTUATION
        or not any(ch.isalnum() for ch in hidden)  # **, _, ` glue in rendering too
    ):
        return start, ""
    return start, " "


def _quote_placeholder(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if match and match.group(1).lower() == "an":
        return QUOTE_PLACEHOLDER_AFTER_AN
    return QUOTE_PLACEHOLDER


class Utf16Offsets:
    """Maps UTF-16 code-unit offsets into one text to code-point offsets.

    The table is built once per text (nothing at all for text with no character beyond the
    BMP); each lookup is then a single index.
    """

    __slots__ = ("_table", "_length", "_utf16_length")

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._table: array[int] | None = None
        if _ASTRAL.search(text) is None:
            self._utf16_length = self._length
            return
        table = array("q")
        append = table.append
        for index, char in enumerate(text):
            append(index)
            if ord(char) > 0xFFFF:
                append(index)  # the low surrogate: still inside this character
        append(self._length)
        self._table = table
        self._utf16_length = len(table) - 1

    @property
    def utf16_length(self) -> int:
        return self._utf16_length

    def start(self, offset: int) -> int:
        """The code point at a UTF-16 offset; an offset inside a surrogate pair rounds down."""
        self._check(offset)
        return offset if self._table is None else self._table[offset]

    def end(self, offset: int) -> int:
        """The code-point end for a UTF-16 end offset; inside a surrogate pair rounds up."""
        self._check(offset)
        table = self._table
        if table is None:
            return offset
        inside_pair = 0 < offset < self._utf16_length and table[offset] == table[offset - 1]
        return table[offset] + 1 if inside_pair else table[offset]

    __call__ = start

    def _check(self, offset: int) -> None:
        if not 0 <= offset <= self._utf16_length:
            raise ValueError(
                f"UTF-16 offset {offset} is outside a text of {self._utf16_length} units"
            )


def utf16_to_codepoint(text: str) -> Utf16Offsets:
    """The UTF-16 to code-point mapping of ``text``: ``utf16_to_codepoint(t)(n)``, ``.end(n)``."""
    return Utf16Offsets(text)
