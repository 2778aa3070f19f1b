"""Mask what is not prose (front matter, Markdown code, HTML, link targets) without moving text.

The masked text has the same length as the original: masked characters become spaces, line
breaks stay, so every offset a rule reports is an offset into the original file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import Any

from . import rx
from .document import Document

Range = tuple[int, int]
_HTML_COMMENT = rx.compile(r"<!--.*?-->", re.DOTALL)
_NOT_BREAK = rx.compile(r"[^\r\n]")
_LONE_CR = rx.compile(r"\r(?!\n)")


def blank(text: str, ranges: Iterable[Range]) -> str:
    """Replace each range with spaces, keeping line breaks."""
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(ranges):
        start = max(start, cursor)
        if end <= start:
            continue
        pieces.append(text[cursor:start])
        if text.find("\n", start, end) < 0 and text.find("\r", start, end) < 0:
            # most ranges (a quotation) hold no break
            pieces.append(" " * max(0, min(end, len(text)) - start))
            cursor = end
            continue
        piece = text[start:end]
        if "\r" in piece:
            pieces.append(_NOT_BREAK.sub(" ", piece))
        else:
            pieces.append("\n".join(" " * len(part) for part in piece.split("\n")))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def masked_ranges(doc: Document) -> list[Range]:
    ranges: list[Range] = []
    if doc.front_matter_end:
        ranges.append((0, doc.front_matter_end))
    if doc.format == "markdown":
        ranges.extend(_markdown_ranges(doc))
    else:
        ranges.extend(m.span() for m in _HTML_COMMENT.finditer(doc.text, doc.front_matter_end))
    return ranges


# Markdown with nothing for the parser to find but ATX headings and paragraphs: no character
# that opens code, HTML, a link, an autolink or a table cell anywhere; every line blank, an ATX
# heading, or a paragraph line whose first character (after at most three spaces) cannot open
# another block (a list, a quote, a fence, a rule, a setext underline, code by indentation).
_SPECIAL = rx.compile(r"[`<>\[\]|\\\r]")
_PLAIN_LINE = rx.compile(
    r" {0,3}(?:#{1,6}(?![^ \t\n])|(?!\d{1,9}[.)](?![^ \t\n]))[^\s#>\-+*=_~])[^\n]*|[ \t]*")
_ATX = rx.compile(r" {0,3}#")


def _plain_markdown_ranges(text: str, begin: int, starts: Sequence[int]) -> list[Range] | None:
    """The ranges markdown-it would give a Markdown body of only ATX headings and paragraphs
    (their markup), without importing it (a third of a one-paragraph check's start-up); None
    when the body holds anything else."""
    if _SPECIAL.search(text, begin):
        return None
    ranges: list[Range] = []
    first = bisect.bisect_left(starts, begin)
    for index in range(first, len(starts)):
        start = starts[index]
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        line_end = end - 1 if text.endswith("\n", start, end) else end
        if not _PLAIN_LINE.fullmatch(text, start, line_end):
            return None
        if _ATX.match(text, start, line_end):
            ranges.extend(_heading_markup(text, (start, end)))
    return ranges


def _markdown_ranges(doc: Document) -> list[Range]:
    text = doc.text
    starts = doc.line_starts
    plain = _plain_markdown_ranges(text, doc.front_matter_end, starts)
    if plain is not None:
        return plain
    from markdown_it import MarkdownIt

    # hide the front matter from the parser without changing line numbers; a lone carriage
    # return, which the parser takes for a line break and newslint does not, becomes a space
    body = "\n" * text.count("\n", 0, doc.front_matter_end) + text[doc.front_matter_end :]
    if "\r" in body:
        body = _LONE_CR.sub(" ", body)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    ranges: list[Range] = []
    covered: list[Range] = []

    def line_span(mapping: list[int]) -> Range:
        first, last = mapping
        end = starts[last] if last < len(starts) else len(text)
        return starts[first], end

    for token in tokens:
        if token.map is None:
            continue
        span = line_span(token.map)
        if token.block and token.nesting >= 0:
            covered.append(span)
        if token.type in ("fence", "code_block", "html_block", "hr"):
            ranges.append(span)
        elif token.type == "heading_open":
            ranges.extend(_heading_markup(text, span))
        elif token.type == "inline" and token.children:
            ranges.extend(_inline_ranges(text, span, token.children))
    ranges.extend(_uncovered(text, doc.front_matter_end, covered))
    return ranges


def _heading_markup(text: str, span: Range) -> list[Range]:
    match = re.match(r"[ \t]*#{1,6}[ \t]*", text[span[0] : span[1]])
    if match:
        line = text[span[0] : span[1]].rstrip("\r\n")
        out = [(span[0], span[0] + match.end())]
        closing = re.search(r"[ \t]+#+[ \t]*$", line)
        if closing:
            out.append((span[0] + closing.start(), span[0] + len(line)))
        return out
    # setext heading: mask the underline
    lines = text[span[0] : span[1]].splitlines(keepends=True)
    if len(lines) >= 2:
        last_start = span[1] - len(lines[-1])
        return [(last_start, span[1])]
    return []


def _uncovered(text: str, begin: int, covered: list[Range]) -> list[Range]:
    """Lines no block token covers (link reference definitions) are not prose."""
    out: list[Range] = []
    cursor = begin
    for start, end in sorted(covered):
        if start > cursor and text[cursor:start].strip():
            out.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < len(text) and text[cursor:].strip():
        out.append((cursor, len(text)))
    return out


def _inline_ranges(text: str, span: Range, children: list[Any]) -> list[Range]:
    """Align inline tokens with the source, in order, and mask code, HTML and link targets."""
    cursor, limit = span
    out: list[Range] = []
    for child in children:
        kind = child.type
        if kind == "text" and child.content:
            found = text.find(child.content, cursor, limit)
            if found >= 0:
                cursor = found + len(child.content)
        elif kind == "code_inline":
            opening = text.find(child.markup, cursor, limit)
            if opening < 0:
                continue
            after = opening + len(child.markup) + len(child.content)
            closing = text.find(child.markup, after, limit)
            if closing < 0:
                closing = opening + len(child.markup) + len(child.content)
            cursor = closing + len(child.markup)
            out.append((opening, cursor))
        elif kind == "html_inline":
            found = text.find(child.content, cursor, limit)
            if found >= 0:
                cursor = found + len(child.content)
                out.append((found, cursor))
        elif kind == "link_open" and child.markup == "autolink":
            found = text.find("<", cursor, limit)
            close = text.find(">", found, limit) if found >= 0 else -1
            if close >= 0:
                out.append((found, close + 1))
                cursor = close + 1
        elif kind == "link_open":
            found = text.find("[", cursor, limit)
            if found >= 0:
                out.append((found, found + 1))
                cursor = found + 1
        elif kind == "link_close" and child.markup != "autolink":
            cursor = _mask_target(text, cursor, limit, out)
        elif kind == "image":
            found = text.find("![", cursor, limit)
            if found >= 0:
                cursor = _mask_target(text, found, limit, out, whole_from=found)
    return out


_TARGET = rx.compile(r"\]\s*(?:\((?:[^()\\]|\\.|\([^()]*\))*\)|\[[^\]]*\])?")


def _mask_target(
    text: str, cursor: int, limit: int, out: list[Range], whole_from: int | None = None
) -> int:
    close = text.find("]", cursor, limit)
    if whole_from is not None:
        # skip over the alt text, which may itself contain brackets
        depth, i = 0, whole_from + 2
        while i < limit:
            if text[i] == "[":
                depth += 1
            elif text[i] == "]":
                if depth == 0:
                    break
                depth -= 1
            i += 1
        close = i if i < limit else -1
    if close < 0:
        return cursor
    match = _TARGET.match(text, close)
    end = match.end() if match else close + 1
    out.append((whole_from if whole_from is not None else close, end))
    return end
