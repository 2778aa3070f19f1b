"""languagetool: grammar and spelling findings from a LanguageTool server (optional extra)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..model import Hit, Severity
from .base import Context, Kind, Span


class LanguageToolChecker:
    """Sends the article once (markup, front matter and, by default, quotations hidden)."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.options = options

    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        service = ctx.services.get("grammar")
        if service is None:
            return
        from .. import mask

        hidden = mask.masked_ranges(ctx.doc)
        quoted = [(q.inner_start, q.inner_end) for q in ctx.seg.quote_scan.quotations]
        for match in service.check(ctx.doc.text, hidden, quoted):
            suggestion = ""
            if match.replacements:
                shown = ", ".join(f"'{r}'" for r in match.replacements[:3])
                suggestion = f" Suggestions: {shown}."
            yield Hit(match.start, match.end, {
                "message": match.message.rstrip(),
                "suggestion": suggestion,
                "lt_rule": match.rule_id,
                "category": match.category,
            }, _SEVERITY[_severity_for(match.issue_type)])


_SEVERITY = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


def _severity_for(issue_type: str) -> str:
    from ..grammar.model import severity_for

    return severity_for(issue_type)


KIND = Kind(
    name="languagetool",
    summary="Grammar and spelling matches from LanguageTool.",
    options={},
    build=LanguageToolChecker,
    placeholders=frozenset({"match", "message", "suggestion", "lt_rule", "category"}),
    scopes=("document",),
    default_scope="document",
)
