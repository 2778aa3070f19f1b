"""Inline suppressions in Markdown and plain text, and reporting the unused ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cli, write

UNUSED = "newslint.unused-suppression"


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_disable_next_line(repo: Path, name: str) -> None:
    write(repo, name, (
        "<!-- newslint disable-next-line style.repeated-word -- a quoted typo -->\n"
        "The the cat.\n"
        "The the dog.\n"
    ))
    assert cli("check", name).hits() == ["3:5 style.repeated-word"]


def test_disable_next_line_names_a_pack_and_only_that(repo: Path) -> None:
    write(repo, "a.md", "<!-- newslint disable-next-line readability -->\nThe the cat!\n")
    assert cli("check", "a.md").hits() == ["2:5 style.repeated-word", "2:12 style.exclamation"]


def test_disable_line_with_several_rules(repo: Path) -> None:
    write(repo, "a.txt", (
        "The the cat! <!-- newslint disable-line style.repeated-word, style.exclamation -->\n"
        "\nThe the dog!\n"
    ))
    assert cli("check", "a.txt").hits() == ["3:5 style.repeated-word", "3:12 style.exclamation"]


def test_disable_enable_block(repo: Path) -> None:
    write(repo, "a.md", (
        "The the one.\n\n"
        "<!-- newslint disable style -->\n\n"
        "The the two!\n\n"
        "<!-- newslint enable style -->\n\n"
        "The the three.\n"
    ))
    assert cli("check", "a.md").hits() == ["1:5 style.repeated-word", "9:5 style.repeated-word"]


def test_disable_block_without_rules_covers_everything(repo: Path) -> None:
    write(repo, "a.md", "<!-- newslint disable -->\nThe the two!\n<!-- newslint enable -->\n"
                        "The the three.\n")
    assert cli("check", "a.md").hits() == ["4:5 style.repeated-word"]


def test_disable_file(repo: Path) -> None:
    write(repo, "a.md", "The the one!\n\nThe the two.\n\n"
                        "<!-- newslint disable-file style.repeated-word -->\n")
    assert cli("check", "a.md").hits() == ["1:12 style.exclamation"]


def test_suppression_inside_code_is_still_a_comment_only_in_prose(repo: Path) -> None:
    # the comment sits in prose: it applies; the code block mentioning one is masked prose
    write(repo, "a.md", "```\nThe the code.\n```\n\nThe the prose.\n")
    assert cli("check", "a.md").hits() == ["5:5 style.repeated-word"]


def test_unused_suppressions_reported_when_configured(repo: Path) -> None:
    write(repo, ".newslint.yaml", "report-unused-suppressions: true\n")
    write(repo, "a.md", (
        "<!-- newslint disable-next-line style.repeated-word -->\n"
        "The cat sat.\n"
        "<!-- newslint disable-next-line style.repeated-word -->\n"
        "The the dog.\n"
    ))
    run = cli("check", "a.md")
    assert run.hits() == ["1:1 " + UNUSED]
    assert run.out == (
        "a.md:1:1: warning [newslint.unused-suppression] Suppression of "
        "'style.repeated-word' is not needed here: nothing it covers was reported. Remove it.\n")
    assert run.code == 1


def test_unused_suppressions_flag(repo: Path) -> None:
    write(repo, "a.txt", "<!-- newslint disable-line --> All is well.\n")
    assert cli("check", "a.txt").hits() == []
    assert cli("check", "--report-unused-suppressions", "a.txt").hits() == ["1:1 " + UNUSED]


def test_suppression_by_alias(repo: Path) -> None:
    write(repo, ".newslint.yaml", "packs: [house]\n")
    write(repo, "house/boffin.yaml", (
        "kind: existence\nseverity: warning\nsummary: S.\nwhy: W.\nmessage: M.\n"
        "patterns: [boffin]\naliases: [house.old-name]\n"
    ))
    write(repo, "a.txt", "A boffin. <!-- newslint disable-line house.old-name -->\nA boffin.\n")
    assert cli("check", "a.txt").hits() == ["2:3 house.boffin"]
