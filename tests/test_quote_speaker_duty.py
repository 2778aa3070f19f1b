"""quotes.no-speaker: a reporting verb after a modal or "to" is a duty, a possibility or a plan,
not words anyone spoke, so it names no speaker for a quotation beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cli, write

DUTY = ("The firm was hacked in May.\n\n"
        "Under UK data-protection law, companies must report serious breaches within 72 hours.\n\n"
        "\"This was entirely preventable and the company knows it.\"\n\n"
        "The firm has improved its systems since.\n")


def test_a_duty_to_report_is_not_a_speaker(repo: Path) -> None:
    write(repo, "a.txt", DUTY)
    assert cli("check", "--no-cache", "a.txt").hits() == ["5:1 quotes.no-speaker"]


def test_a_plan_to_announce_is_not_a_speaker(repo: Path) -> None:
    write(repo, "a.txt", DUTY.replace("companies must report serious breaches within 72 hours",
                                      "the regulator plans to announce a fine next month"))
    assert cli("check", "--no-cache", "a.txt").hits() == ["5:1 quotes.no-speaker"]


def test_someone_who_did_report_is_a_speaker(repo: Path) -> None:
    write(repo, "a.txt", DUTY.replace("companies must report serious breaches within 72 hours",
                                      "the company reported the breach to the regulator"))
    assert cli("check", "--no-cache", "a.txt").hits() == []


INSTRUCTION = ("Clinic opens\n\n"
               "The clinic opened on Monday.\n\n"
               "\u201cIt only takes one case in a crowded waiting room.\u201d\n\n"
               "Anyone who develops a fever is asked to call ahead before visiting.\n")


def test_an_instruction_in_the_passive_is_not_a_speaker(repo: Path) -> None:
    write(repo, "a.txt", INSTRUCTION)
    assert cli("check", "--no-cache", "a.txt").hits() == ["5:1 quotes.no-speaker"]
    write(repo, "a.txt", INSTRUCTION.replace("is asked to call", "were told to call"))
    assert cli("check", "--no-cache", "a.txt").hits() == ["5:1 quotes.no-speaker"]


def test_a_person_who_asked_or_was_told_something_is_a_speaker(repo: Path) -> None:
    for sentence in ("Anyone who develops a fever is asked whether they travelled, the nurse "
                     "told reporters.",
                     "The nurse asked visitors to call ahead."):
        write(repo, "a.txt", INSTRUCTION.replace(
            "Anyone who develops a fever is asked to call ahead before visiting.", sentence))
        assert cli("check", "--no-cache", "a.txt").hits() == [], sentence


# A cue that names nobody who spoke, then the same article with someone who did.
NOBODY_SPOKE = [
    ("Fares rise\n\nBus operators have reportedly been losing money on every journey.\n\n"
     "\"Nobody asked us. Nobody ever asks us.\"\n",
     ["3:20 attribution.impersonal-source", "5:1 quotes.no-speaker"],
     [("have reportedly been losing", "reported losing")]),
    ("The ground was sold in 2003.\n\n"
     "Who could have predicted then that Hollywood would come to the rescue?\n\n"
     "\"We will be respectful of the heritage of this place, whatever we build.\"\n",
     ["3:1 attribution.rhetorical-question", "5:1 quotes.no-speaker"],
     [("Who could have predicted then", "The owners predicted"), ("rescue?", "rescue.")]),
]


@pytest.mark.parametrize(("article", "hits", "edits"), NOBODY_SPOKE,
                         ids=["reportedly", "could-have-predicted"])
def test_hearsay_and_speech_that_did_not_happen_name_no_speaker(
        repo: Path, article: str, hits: list[str], edits: list[tuple[str, str]]) -> None:
    write(repo, "a.txt", article)
    assert cli("check", "--no-cache", "a.txt").hits() == hits
    for old, new in edits:
        article = article.replace(old, new)
    write(repo, "a.txt", article)
    assert cli("check", "--no-cache", "a.txt").hits() == []
