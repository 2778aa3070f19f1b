"""body-pattern: like existence, but never in the headline, the byline or a Markdown heading.

For wording that is fine in a headline (a question, a teaser) and out of place in the body.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Hit
from .base import Context, Kind, Span
from .existence import KIND as EXISTENCE
from .existence import ExistenceChecker


class BodyPatternChecker(ExistenceChecker):
    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]:
        skip = [s for s in (ctx.seg.headline, ctx.seg.byline) if s]
        body = [s for s in spans if not any(s[0] < o[1] and o[0] < s[1] for o in skip)
                and not ctx.seg.is_heading(s[0])]
        return super().check(ctx, body, view)


KIND = Kind(
    name="body-pattern",
    summary="Report every match of any of the patterns, outside the headline, byline and "
    "headings.",
    options=EXISTENCE.options,
    build=BodyPatternChecker,
)
