"""The weasel scorer's document pass (with its trigger-word prefilter) scores every sentence
exactly as scoring the sentence on its own does."""

from __future__ import annotations

import re

from lint.kinds.weasel import CUES, TRIGGERS, WeaselScorer

TEXT = (
    "It is widely believed that the plan will fail. Some critics say it was rushed. "
    "Many experts argue the reforms are probably too late. The mayor is thought to be one of "
    "the best known figures in the region. Several analysts seem to agree, according to some. "
    "It has been suggested that the famous bridge may close. Perhaps the council tends to "
    "delay. The results are unclear and the evidence is disputed. People were considered "
    "influential by others. A few very important decisions were regarded as major. "
    "The council met on Tuesday and approved the budget. Sceptics claimed the figures "
    "were rumoured to be wrong."
)


def spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^.]+\.", text)]


def test_document_pass_equals_sentence_by_sentence() -> None:
    scorer = WeaselScorer()
    sentences = spans(TEXT)
    assert scorer.scores(TEXT, sentences) == [scorer.score(TEXT, s, e) for s, e in sentences]
    assert sum(1 for score in scorer.scores(TEXT, sentences) if score.value > 0) == 11


def test_every_cue_has_triggers() -> None:
    assert {name for name, _, _ in CUES} == set(TRIGGERS)


def test_each_cue_fires_only_with_a_trigger_word_present() -> None:
    for name, _weight, pattern in CUES:
        for match in re.finditer(pattern, TEXT.lower()):
            words = set(re.findall(r"[a-z]+", match.group(0)))
            assert words & TRIGGERS[name], (name, match.group(0))
