"""Weasel cues refined from an error analysis on WikiWeasel: each behaviour with the exact cues
matched, the exact score, and where it matters the exact `line:col rule` the shipped rule
reports. The sentences are invented."""

from __future__ import annotations

from pathlib import Path

from lint.document import parse
from lint.engine import check_document
from lint.kinds.weasel import CUES, THRESHOLD, WeaselScorer
from lint.rulefile import load_pack, shipped_rules_dir


def matched(text: str) -> list[tuple[str, str]]:
    return WeaselScorer().matched(text)


def score(text: str) -> float:
    return WeaselScorer().score(text).value


def weasel_findings(text: str) -> list[str]:
    rules = [r for r in load_pack(str(Path(shipped_rules_dir()) / "attribution"))
             if r.id == "attribution.weasel"]
    doc = parse("article.txt", text, "text")
    return [f"{f.line}:{f.column} {f.rule}" for f in check_document(doc, rules)]


# --- A perfect passive of description credits the description to no one ---------------------


def test_a_perfect_passive_of_description_is_agentless_attribution() -> None:
    assert matched("The new bridge has been described as an eyesore.") == [
        ("passive", "been described"),
    ]
    assert matched("The value of the scheme has been questioned.") == [
        ("passive", "been questioned"),
    ]
    assert matched("The tower has often been likened to a rocket.") == [
        ("passive", "been likened"),
    ]
    assert score("The value of the scheme has been questioned.") == 2.0 >= THRESHOLD


def test_the_same_verbs_with_an_agent_or_in_the_simple_past_credit_someone_or_only_name() -> None:
    assert matched("The bridge has been described as an eyesore by Anna Berg.") == []
    assert matched("The hamlet was called Northby until 1900.") == []
    assert matched("The cup was described in a catalogue of 1820.") == []


def test_money_raised_is_no_description() -> None:
    assert matched("Enough money has been raised to repair the roof.") == []


def test_a_perfect_passive_with_a_vague_crowd_as_agent_still_counts() -> None:
    assert matched("The plan has been compared to a lottery by some.") == [
        ("passive", "been compared"), ("some", "some"),
    ]
    assert score("The plan has been compared to a lottery by some.") == 4.5


# --- "possible to" states an ability; "not clear" states a doubt ---------------------------


def test_possible_to_is_an_ability_not_a_guess() -> None:
    assert matched("It is possible to walk to the island at low tide.") == []
    assert matched("The ramp makes it possible for wheelchairs to enter.") == []
    assert matched("It is possible that the ferry sank in the storm.") == [
        ("it-is-adj", "It is possible"), ("possible", "possible"),
    ]
    assert score("It is possible that the ferry sank in the storm.") == 2.5


def test_likely_to_is_still_a_hedge() -> None:
    assert matched("It is likely to rain on the parade.") == [
        ("it-is-adj", "It is likely"), ("possible", "likely"),
    ]


def test_it_is_not_clear_is_a_doubt() -> None:
    assert matched("It is not clear who paid for the banners.") == [
        ("it-is-adj", "It is not clear"),
    ]
    assert matched("It is not yet clear whether the mine will reopen.") == [
        ("it-is-adj", "It is not yet clear"), ("doubt", "whether"),
    ]
    assert score("It is not clear who paid for the banners.") == 1.5 >= THRESHOLD


# --- Degree and particular things are not vague quantities or crowds ---------------------


def test_to_some_extent_is_a_degree_not_a_vague_quantity() -> None:
    assert matched("The repairs helped to some extent.") == []
    assert matched("The repairs helped to some degree.") == []
    assert matched("The repairs helped some residents.") == [("some", "some")]


def test_a_certain_thing_is_particular_not_vague() -> None:
    assert matched("Members may vote after a certain age.") == [("may", "may")]
    assert matched("Certain economists disagree.") == [
        ("vague-crowd", "Certain economists"), ("some-start", "Certain"),
        ("certain", "Certain e"), ("crowd", "economists"),
    ]


# --- Intensifiers are boosters, not weasel wording ----------------------------------------


def test_intensifiers_are_no_cue() -> None:
    assert "intensifier" not in {name for name, _, _ in CUES}
    assert matched("The results were very strongly positive.") == []
    assert matched("The results were extremely good.") == []


def test_the_shipped_rule_reports_the_new_cues_only_where_they_pile_up() -> None:
    assert weasel_findings("Headline\n\nThe scheme has been described as a failure.\n") == []
    assert weasel_findings(
        "Headline\n\nThe scheme has been described as a failure, and many critics probably "
        "agree.\n"
    ) == ["3:16 attribution.weasel"]


# --- A superlative is no crowd; a purpose infinitive is no hedge -------------------------


def test_most_in_a_superlative_is_no_crowd() -> None:
    assert matched("It is the most cited paper in the field.") == [("most", "most")]
    assert matched("It was their 5th most viewed clip.") == [("most", "most")]
    assert matched("Most economists say the rise is over.") == [
        ("crowd-says", "Most economists say"), ("vague-crowd", "Most economists"),
        ("some-start", "Most"), ("most", "Most"), ("crowd", "economists"),
    ]
    assert matched("The critics say the rise is over.") == [
        ("crowd-says", "critics say"), ("crowd", "critics"),
    ]


def test_to_indicate_signals_and_does_not_hedge() -> None:
    assert matched("A lamp glows to indicate the power is on.") == []
    assert matched("Early tests indicate a leak.") == [("suggest", "indicate")]
    assert score("Early tests indicate a leak.") == 1.25
