"""The weasel scorer's document pass (with its trigger-word prefilter) scores every sentence
exactly as scoring the sentence on its own does."""

from __future__ import annotations

import re
from pathlib import Path

from lint.document import parse
from lint.engine import check_document
from lint.kinds.weasel import CUES, TRIGGERS, WeaselScorer
from lint.rulefile import load_pack, shipped_rules_dir

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


def test_every_match_begins_with_a_lead_word() -> None:
    for name, _weight, pattern in CUES:
        for match in re.finditer(pattern.lstrip("^"), TEXT.lower()):
            first = re.search(r"[a-z]+", match.group(0))
            assert first and first.group(0) in TRIGGERS[name], (name, match.group(0))


def matched(text: str) -> list[tuple[str, str]]:
    return WeaselScorer().matched(text)


def test_agentless_attribution() -> None:
    assert matched("It is also said to cure colds.") == [
        ("it-is-said", "It is also said"), ("passive", "is also said"),
        ("said-to", "is also said to"),
    ]
    assert matched("It is often referred to as the first.") == [
        ("commonly-called", "often referred to"),
    ]
    assert matched("Studies suggest a link.") == [
        ("vague-study", "Studies suggest"), ("suggest", "suggest"),
    ]


def test_a_passive_of_opinion_with_its_agent_credits_someone() -> None:
    assert matched("The bridge was praised.") == [("passive", "was praised")]
    assert matched("The bridge was praised by Jane Smith.") == []


def test_counts_and_spans_of_time_are_not_vague_quantities() -> None:
    assert matched("Some 20 people came for several years.") == [("some-start", "Some")]
    assert matched("They came for some reason, many of them.") == [
        ("some", "some"), ("many", "many"),
    ]
    assert matched("Several of them came for many years.") == [
        ("some-start", "Several"), ("several", "Several"),
    ]


def test_may_have_hedges_the_past_and_may_the_month_is_no_modal() -> None:
    assert matched("He may have fled.") == [("may-have", "may have fled"), ("may", "may")]
    assert matched("Visitors may be admitted.") == [("may", "may")]
    assert matched("On May 5, the council met.") == []


def test_peacock_words_and_unsupported_superlatives() -> None:
    assert matched("She is one of the greatest singers.") == [
        ("one-of-the", "one of the greatest"), ("peacock", "greatest"),
    ]
    assert matched("A well-known and respected band.") == [
        ("peacock", "well-known"), ("peacock-weak", "respected"),
    ]
    assert matched("The best band won.") == [("peacock-weak", "best")]


def test_score_sums_the_weights_once_per_cue() -> None:
    weights = {name: weight for name, weight, _ in CUES}
    score = WeaselScorer().score("Many critics say many towns are probably doomed.")
    expected = ["crowd-says", "vague-crowd", "hedge", "some-start", "many", "crowd"]
    assert score.value == sum(weights[name] for name in expected)
    assert score.cue == (0, 16)


def weasel_findings(text: str) -> list[str]:
    rules = [r for r in load_pack(str(Path(shipped_rules_dir()) / "attribution"))
             if r.id == "attribution.weasel"]
    doc = parse("article.txt", text, "text")
    return [f"{f.line}:{f.column} {f.rule}" for f in check_document(doc, rules)]


def test_the_rule_reports_a_piled_up_sentence_at_its_first_cue() -> None:
    text = "Headline\n\nThe plan, many analysts believe, will probably fail.\n"
    assert weasel_findings(text) == ["3:11 attribution.weasel"]


def test_the_rule_leaves_counts_and_credited_praise_alone() -> None:
    text = ("Headline\n\nSome 20 analysts met for several hours; the plan was praised by "
            "Jane Smith, who may be asked to lead it.\n")
    assert weasel_findings(text) == []


def test_an_accusation_with_no_accuser_is_an_agentless_passive() -> None:
    assert matched("The mayor has been accused of hiding the costs.") == [
        ("passive", "been accused"),
    ]
    assert ("passive", "is blamed") in matched("The strike is blamed for the delays.")


def test_an_agent_later_in_the_clause_credits_the_passive_and_a_vague_one_does_not() -> None:
    assert matched("The mayor has been accused of hiding costs by the auditor.") == []
    assert matched("The bridge was praised for its design by Jane Smith.") == []
    assert matched("The bridge was delayed by 2010.") == []
    assert ("passive", "was praised") in matched("The bridge was praised by many critics.")
    assert ("passive", "was blamed") in matched("The mayor was blamed by cutting the budget.")
