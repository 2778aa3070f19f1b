"""Resolve: a line an insertions rule reports is one finding, not one per pack."""

from __future__ import annotations

from pathlib import Path

from conftest import cli, write

from lint import resolve
from lint.model import Finding, Severity

ARTICLE = (
    "# Chess club wins the title\n\n"
    "The club won the national title on Sunday, its captain said.\n\n"
    "{note}Forwarded this email? Sign up here to get The Sunday Board every week.\n\n"
    "The captain said the team would defend the title next year.\n"
)


def test_a_promo_line_is_not_also_a_rhetorical_question(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", ARTICLE.format(note=""))
    run = cli("check", "--min-level", "info", "--no-cache", str(path))
    assert run.hits() == ["5:1 insertions.promo"]
    assert run.code == 1


def test_a_suppressed_insertion_leaves_the_line_to_the_other_rules(tmp_path: Path) -> None:
    note = "<!-- newslint disable-next-line insertions.promo -- our own sign-up line -->\n"
    path = write(tmp_path, "a.md", ARTICLE.format(note=note))
    run = cli("check", "--min-level", "info", "--no-cache", str(path))
    assert run.hits() == ["6:1 attribution.rhetorical-question"]


def _finding(rule: str, line: int, col: int, end_col: int) -> Finding:
    return Finding("a.md", line, col, line, end_col, rule, Severity.WARNING, "m")


def test_only_findings_wholly_inside_an_insertion_go() -> None:
    promo = _finding("insertions.promo", 5, 1, 40)
    inside = _finding("attribution.rhetorical-question", 5, 10, 20)
    across = _finding("readability.paragraph-length", 5, 1, 41)
    elsewhere = _finding("attribution.vague-source", 7, 1, 10)
    unused = _finding("newslint.unused-suppression", 5, 3, 3)
    assert resolve.apply([promo, inside, across, elsewhere, unused]) == [
        promo, across, elsewhere, unused]


def test_a_pasted_headline_guess_gives_way_to_a_rule_that_names_the_line() -> None:
    caption = _finding("insertions.caption-label", 5, 1, 10)
    guess = _finding("insertions.pasted-headline", 5, 1, 60)
    alone = _finding("insertions.pasted-headline", 9, 1, 40)
    assert resolve.apply([caption, guess, alone]) == [caption, alone]


def test_a_caption_line_is_reported_once(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", (
        "Bells ring again at the cathedral\n\n"
        "The ten bells rang together on Sunday for the first time in a year, the cathedral "
        "said.\n\n"
        "Pictured: Bellringers practise in the ringing chamber ahead of Sunday's service\n\n"
        "The bells were recast in a foundry in Loughborough, the dean said.\n"))
    run = cli("check", "--min-level", "info", "--no-cache", str(path))
    assert run.hits() == ["5:1 insertions.caption-label"]
