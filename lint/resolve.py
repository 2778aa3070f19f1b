"""Resolve: one finding for a line that is not part of the story.

A line an insertions rule reports (a promo slug, a caption, a pasted headline, a repeated
paragraph) is to be deleted, so its wording, quotation marks or length are no findings of
their own: "Forwarded this email? Sign up here" is a promo line, not also a rhetorical
question. Runs after suppressions: a line whose insertion finding the writer suppressed is
part of the story, and every other rule's findings on it stand.

insertions.pasted-headline judges a line by its shape alone; when another insertions rule
names what the line is ("Pictured: ..." is a caption, "Image: Getty" a credit), that finding
stands for the line and the guess is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Finding

_OWN = ("insertions.", "newslint.")
# Rules that guess what a line is from its shape: another insertion finding on the line wins.
_GUESSES = frozenset({"insertions.pasted-headline"})


def apply(findings: Sequence[Finding]) -> list[Finding]:
    """The findings without those of other packs lying wholly inside an insertion's span, and
    without a guess on a line another insertions rule reports."""
    insertions = [f for f in findings if f.rule.startswith("insertions.")]
    if not insertions:
        return list(findings)
    spans = [((f.line, f.column), (f.end_line, f.end_column)) for f in insertions]
    named = {line for f in insertions if f.rule not in _GUESSES
             for line in range(f.line, f.end_line + 1)}
    return [f for f in findings
            if not (f.rule in _GUESSES and f.line in named)
            and (f.rule.startswith(_OWN) or not any(
                start <= (f.line, f.column) and (f.end_line, f.end_column) <= end
                for start, end in spans))]
