"""attribution.writer-comment: the writer's own comment on the news, by exact findings."""

from __future__ import annotations

from pathlib import Path

from conftest import cli, rule_hits, write

RULE = "attribution.writer-comment"

ARTICLE = (
    "Factory closes\n\n"
    "The factory closed in March. Sadly, 200 people lost their jobs.\n\n"
    "The delay is clearly the result of years of neglect by the owners.\n\n"
    "The firm took a week to tell its staff, which is far too long.\n\n"
    "It was, quite simply, the worst year in the town's history.\n\n"
    "Unsurprisingly, the union called a meeting on Friday.\n"
)


def test_comments_in_the_writers_voice_are_reported_where_they_stand(repo: Path) -> None:
    assert rule_hits(repo, ARTICLE, RULE) == [
        f"3:30 {RULE}", f"5:14 {RULE}", f"7:50 {RULE}", f"9:9 {RULE}", f"11:1 {RULE}"]


def test_the_message_names_the_comment(repo: Path) -> None:
    run = cli("check", "--no-cache", write(repo, "a.txt", "Headline\n\nSadly, 200 jobs went.\n"))
    assert run.hits() == [f"3:1 {RULE}"]
    assert ("Comment 'Sadly,' in the writer's own voice: attribute the judgement or state the "
            "fact plainly.") in run.out


QUIET = (
    "Factory closes\n\n"
    "\"Sadly, 200 people lost their jobs,\" the manager said.\n\n"
    "The report said there was far too little attention paid to the river.\n\n"
    "The exits were clearly marked and the staff spoke frankly about the fire.\n\n"
    "He admitted that the largest debtor, Brazil, was clearly an exception.\n\n"
    "The firm is clearly visible from the motorway.\n"
)


def test_quoted_reported_and_descriptive_uses_are_not_comments(repo: Path) -> None:
    assert rule_hits(repo, QUIET, RULE) == []


SWEEP = "attribution.sweeping-claim"


def test_a_sweeping_claim_names_its_words_and_an_event_is_not_one(repo: Path) -> None:
    text = ("Flood town\n\n"
            "No one was hurt when the river burst its banks on Tuesday.\n\n"
            "Everybody in Alcoran remembers the flood of 1998.\n")
    run = cli("check", "--no-cache", write(repo, "a.txt", text))
    assert [h for h in run.hits() if SWEEP in h] == [f"5:1 {SWEEP}"]
    assert ("Sweeping claim 'Everybody in Alcoran remembers': say who was asked and how many, "
            "or narrow the claim.") in run.out
