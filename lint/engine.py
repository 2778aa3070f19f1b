"""Check one document against a list of rules: segment, check, resolve."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Callable

from . import resolve, rx, suppress
from .document import Document
from .kinds.base import Context, RunSettings
from .model import Finding, Hit
from .rulefile import Rule
from .segment import Segments


class _Values(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# A line break, with the spaces around it, in a value put into a message: a match in a soft-
# wrapped Markdown paragraph ("Critics\nsay"). A finding is one line in every report format.
_BREAK = rx.compile(r"[ \t]*[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]\s*")


def _one_line(value: Any) -> Any:
    return _BREAK.sub(" ", value) if isinstance(value, str) else value


def run_rule(rule: Rule, ctx: Context) -> Iterable[Hit]:
    spans = ctx.seg.scope(rule.scope)
    if not spans:
        return ()
    if rule.scope == "front-matter":
        view = ctx.doc.text
    elif rule.scope == "quotation":
        view = ctx.seg.prose
    else:
        view = ctx.seg.view(rule.quotations)
    return rule.checker.check(ctx, spans, view)


def to_finding(doc: Document, rule: Rule, hit: Hit, view_text: str) -> Finding:
    values = _Values({key: _one_line(value) for key, value in hit.values.items()})
    values.setdefault("match", _one_line(view_text[hit.start : hit.end]))
    message = rule.message.format_map(values)
    line, col = doc.position(hit.start)
    end_line, end_col = doc.position(max(hit.end, hit.start))
    severity = min(hit.severity, rule.severity) if hit.severity else rule.severity
    return Finding(doc.path, line, col, end_line, end_col, rule.id,
                   severity, message, hit.start, hit.end)


def find(
    doc: Document,
    rules: Sequence[Rule],
    settings: RunSettings | None = None,
    services: Mapping[str, Any] | None = None,
    reads: list[str] | None = None,
) -> list[Finding]:
    """The rules' findings, before suppressions; files a rule read are appended to `reads`."""
    ctx = Context(doc, Segments(doc), settings or RunSettings(), services=services or {},
                  reads=reads if reads is not None else [])
    findings: set[Finding] = set()
    for rule in rules:
        for hit in run_rule(rule, ctx):
            findings.add(to_finding(doc, rule, hit, ctx.doc.text))
    return sorted(findings, key=Finding.sort_key)


def check_document(
    doc: Document,
    rules: Sequence[Rule],
    settings: RunSettings | None = None,
    canonical: Callable[[str], str] = str,
    report_unused: bool = False,
    services: Mapping[str, Any] | None = None,
    reads: list[str] | None = None,
) -> list[Finding]:
    """The document's findings, suppressions applied."""
    found = find(doc, rules, settings, services, reads)
    kept = resolve.apply(suppress.apply(doc, found, canonical, report_unused))
    return sorted(kept, key=Finding.sort_key)
