"""The closed set of rule kinds, in an explicit registry."""

from __future__ import annotations

from typing import Mapping

from . import conditional, consistency, existence, metric, occurrence, repetition, substitution
from . import caption_line, duplicate_paragraph, invisible_line, pasted_headline
from . import body_pattern, claim
from . import languagetool
from . import quote_marks, quote_source, quote_speaker
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
        *(caption_line.KIND, duplicate_paragraph.KIND, invisible_line.KIND, pasted_headline.KIND),
    )
    return {kind.name: kind for kind in kinds}
