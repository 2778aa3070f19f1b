"""The closed set of rule kinds, in an explicit registry."""

from __future__ import annotations

from collections.abc import Mapping

from . import (
    body_pattern,
    caption_line,
    claim,
    conditional,
    consistency,
    duplicate_paragraph,
    edge_line,
    existence,
    invisible_line,
    languagetool,
    metric,
    occurrence,
    pasted_headline,
    quote_marks,
    quote_source,
    quote_speaker,
    repetition,
    substitution,
    trailing_block,
    weasel,
)
from .base import Kind


def registry() -> Mapping[str, Kind]:
    kinds = (
        existence.KIND,
        quote_marks.KIND, quote_speaker.KIND, quote_source.KIND,
        substitution.KIND,
        occurrence.KIND,
        repetition.KIND,
        consistency.KIND,
        conditional.KIND,
        metric.KIND,
        claim.KIND,
        body_pattern.KIND,
        languagetool.KIND,
        weasel.KIND,
        *(caption_line.KIND, duplicate_paragraph.KIND, edge_line.KIND, invisible_line.KIND,
          pasted_headline.KIND, trailing_block.KIND),
    )
    return {kind.name: kind for kind in kinds}
