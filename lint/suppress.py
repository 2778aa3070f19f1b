"""Inline suppressions written in the article as HTML comments.

    <!-- newslint disable-next-line attribution.vague-source -- quoting a court filing -->
    <!-- newslint disable quotes -->  ...  <!-- newslint enable quotes -->
    <!-- newslint disable-line -->
    <!-- newslint disable-file readability -->

With no rule named, every rule is covered. Rules are named by id, pack or alias.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Callable

from . import rx
from .document import Document
from .model import Finding, Severity

_COMMENT = rx.compile(
    r"<!--\s*newslint\s+(?P<verb>disable-next-line|disable-line|disable-file|disable|enable)"
    r"(?P<rules>(?:(?!--).)*?)\s*(?:--(?!>)\s*(?P<reason>(?:(?!-->|<!--).)*?))?\s*-->",
    re.DOTALL,
)


class Suppression:
    __slots__ = ("verb", "rules", "offset", "first_line", "last_line", "used")

    def __init__(
        self,
        verb: str,
        rules: tuple[str, ...],
        offset: int,
        first_line: int,
        last_line: int,  # inclusive; large for open blocks
        used: set[str] | None = None,
    ) -> None:
        self.verb = verb
        self.rules = rules
        self.offset = offset
        self.first_line = first_line
        self.last_line = last_line
        self.used: set[str] = set() if used is None else used

    def covers(self, rule_id: str, line: int, canonical: Callable[[str], str]) -> str | None:
        if not self.first_line <= line <= self.last_line:
            return None
        if not self.rules:
            return "*"
        for name in self.rules:
            name = canonical(name)
            if rule_id == name or rule_id.startswith(name + "."):
                return name
        return None


def parse(doc: Document) -> list[Suppression]:
    out: list[Suppression] = []
    open_blocks: list[Suppression] = []
    for match in _COMMENT.finditer(doc.text):
        verb = match.group("verb")
        rules = tuple(r for r in re.split(r"[\s,]+", match.group("rules").strip()) if r)
        line = doc.position(match.start())[0]
        end_line = doc.position(match.end())[0]
        if verb == "disable-next-line":
            out.append(Suppression(verb, rules, match.start(), end_line + 1, end_line + 1))
        elif verb == "disable-line":
            out.append(Suppression(verb, rules, match.start(), line, end_line))
        elif verb == "disable-file":
            out.append(Suppression(verb, rules, match.start(), 1, 1 << 30))
        elif verb == "disable":
            block = Suppression(verb, rules, match.start(), line, 1 << 30)
            out.append(block)
            open_blocks.append(block)
        else:  # enable closes the matching open blocks
            for block in list(open_blocks):
                if not rules or set(rules) & set(block.rules) or not block.rules:
                    block.last_line = line
                    open_blocks.remove(block)
    return out


def apply(
    doc: Document,
    findings: Sequence[Finding],
    canonical: Callable[[str], str],
    report_unused: bool,
) -> list[Finding]:
    suppressions = parse(doc)
    if not suppressions:
        return list(findings)
    kept = []
    for finding in findings:
        hidden = False
        for sup in suppressions:
            name = sup.covers(finding.rule, finding.line, canonical)
            if name:
                sup.used.add(name)
                hidden = True
        if not hidden:
            kept.append(finding)
    if report_unused:
        kept.extend(_unused(doc, suppressions, canonical))
    return kept


def _unused(doc: Document, suppressions: Sequence[Suppression],
            canonical: Callable[[str], str]) -> list[Finding]:
    out = []
    for sup in suppressions:
        names = [canonical(r) for r in sup.rules] or ["*"]
        for name in names:
            if name in sup.used:
                continue
            line, col = doc.position(sup.offset)
            shown = "all rules" if name == "*" else f"'{name}'"
            out.append(Finding(doc.path, line, col, line, col, "newslint.unused-suppression",
                               Severity.WARNING, f"Suppression of {shown} is not needed here: "
                               "nothing it covers was reported. Remove it.",
                               sup.offset, sup.offset))
    return out
