"""Attribution cues and sentence ends found by error analysis on PolNeAR political news: each
case is a general form of English news copy, checked by exact findings."""

from __future__ import annotations

from pathlib import Path

from conftest import attributed, rule_hits

# Two clauses of 20 words each around the break point: one sentence of 41 words is too long,
# two of about 20 are not.
FIRST = "The committee met for three hours on Tuesday to weigh the new budget for schools and roads"
REST = ("signed the order that set up the fund, and it still pays for the schools, roads and "
        "parks of the state today.")


def test_dotted_initials_inside_a_name_do_not_end_the_sentence(repo: Path) -> None:
    text = f"Budget approved\n\n{FIRST} after President George H.W. Bush {REST}\n"
    assert rule_hits(repo, text, "readability.sentence-length") == [
        "3:1 readability.sentence-length"
    ]


def test_dotted_capitals_before_a_sentence_opener_still_end_it(repo: Path) -> None:
    text = f"Budget approved\n\n{FIRST} at the U.N. The chief of the agency {REST}\n"
    assert rule_hits(repo, text, "readability.sentence-length") == []


def test_the_title_del_does_not_end_the_sentence(repo: Path) -> None:
    text = f"Budget approved\n\n{FIRST} after state Del. Jennifer McClellan {REST}\n"
    assert rule_hits(repo, text, "readability.sentence-length") == [
        "3:1 readability.sentence-length"
    ]


def test_a_quotation_signed_with_a_dash_names_its_speaker(repo: Path) -> None:
    text = (
        "Voters speak\n\n"
        "Readers sent us their views on the debate. Here are some of them.\n\n"
        "\u201cHe walked out of the hall. Nobody stopped him.\u201d \u2015 Jane Doe\n\n"
        "The debate ran for two hours.\n\n"
        "\u201cHe walked out of the hall. Nobody stopped him.\u201d\n"
    )
    assert rule_hits(repo, text, "quotes.no-speaker") == ["9:1 quotes.no-speaker"]
    assert attributed(text) == [False, False, False, True, True, False, True, True]


CLAIM = "Crews closed 40 depots in March in a bid to win votes.\n"


def test_a_speaker_going_on_after_a_colon_leads_in_the_next_paragraph(repo: Path) -> None:
    for lead_in in ("The mayor continued:", "She went on:"):
        text = f"Depots close\n\n{lead_in}\n\n{CLAIM}"
        assert rule_hits(repo, text, "attribution.unsourced-claim") == []
    text = f"Depots close\n\nThe Gap Goes On: The mayor left:\n\n{CLAIM}"
    assert rule_hits(repo, text, "attribution.unsourced-claim") == [
        "5:1 attribution.unsourced-claim"
    ]


def test_additional_reporting_from_is_a_credit_not_a_source(repo: Path) -> None:
    text = f"Depots close\n\nAdditional reporting from Jane Doe. {CLAIM}"
    assert rule_hits(repo, text, "attribution.unsourced-claim") == [
        "3:37 attribution.unsourced-claim"
    ]
    text = f"Depots close\n\nThe mayor reported the news. {CLAIM}"
    assert rule_hits(repo, text, "attribution.unsourced-claim") == []
