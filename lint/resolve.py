"""Resolve: one finding for a line that is not part of the story.

A line an insertions rule reports (a promo slug, a caption, a pasted headline, a repeated
paragraph) is to be deleted, so its wording, quotation marks or length are no findings of
their own: "Forwarded this email? Sign up here" is a promo line, not also a rhetorical
question. Runs after suppressions: a line whose insertion finding the writer suppressed is
part of the story, and every other rule's findings on it stand.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Finding

_OWN = ("insertions.", "newslint.")


def apply(findings: Sequence[Finding]) -> list[Finding]:
    """The findings without those of other packs lying wholly inside an insertion's span."""
    spans = [((f.line, f.column), (f.end_line, f.end_column))
             for f in findings if f.rule.startswith("insertions.")]
    if not spans:
        return list(findings)
    return [f for f in findings if f.rule.startswith(_OWN) or not any(
        start <= (f.line, f.column) and (f.end_line, f.end_column) <= end
        for start, end in spans)]
