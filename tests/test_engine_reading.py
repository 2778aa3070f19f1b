"""Reading articles: formats, encodings, line endings, stdin, directories and masking.

Each case asserts the exact `line:col rule` list, so a shifted offset fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cli, write

REPEAT = "style.repeated-word"
WORDY = "style.wordy-phrase"


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.markdown"])
def test_each_article_suffix_is_read(repo: Path, name: str) -> None:
    write(repo, name, "The the minister resigned.\n")
    run = cli("check", name)
    assert (run.code, run.hits(), run.err) == (1, ["1:5 " + REPEAT], "")
    assert run.out.startswith(f"{name}:1:5: warning [{REPEAT}] ")


def test_text_line_format_is_exact(repo: Path) -> None:
    write(repo, "a.txt", "Prices rose!\n")
    run = cli("check", "a.txt")
    assert run.out == ("a.txt:1:12: info [style.exclamation] Exclamation mark in the "
                       "reporter's own words: end the sentence with a full stop.\n")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"The the cat sat.\n", ["1:5 " + REPEAT]),
        (b"\xef\xbb\xbfThe the cat sat.\n", ["1:5 " + REPEAT]),  # BOM: columns start after it
        (b"First line.\r\nThe the cat sat.\r\n", ["2:5 " + REPEAT]),
        (b"\xef\xbb\xbfFirst line.\r\n\r\nIt met in order to vote.\r\n", ["3:8 " + WORDY]),
        (b"First line.\rThe the cat.\n", ["1:17 " + REPEAT]),  # a lone CR is not a line break
    ],
)
def test_bom_and_line_endings(repo: Path, data: bytes, expected: list[str]) -> None:
    write(repo, "a.txt", data)
    assert cli("check", "a.txt").hits() == expected


def test_columns_count_code_points(repo: Path) -> None:
    # é is two bytes, the emoji four bytes and two UTF-16 units: each is one column
    write(repo, "a.txt", "Café 😀 — the the end.\n")
    assert cli("check", "a.txt").hits() == ["1:14 " + REPEAT]


def test_front_matter_is_masked_and_keeps_lines(repo: Path) -> None:
    write(repo, "a.md", "---\ntitle: in order to\nnote: the the\n---\n\nIt met in order to vote.\n")
    assert cli("check", "a.md").hits() == ["6:8 " + WORDY]


def test_front_matter_in_plain_text(repo: Path) -> None:
    write(repo, "a.txt", "---\ntitle: the the\n---\nThe the cat.\n")
    assert cli("check", "a.txt").hits() == ["4:5 " + REPEAT]


def test_toml_front_matter_is_masked_and_keeps_lines(repo: Path) -> None:
    """Hugo and Zola put TOML between +++ lines."""
    write(repo, "a.md", '+++\ntitle = "in order to"\nnote = """\nthe the\n"""\n+++\n\n'
                        "It met in order to vote.\n")
    assert cli("check", "a.md").hits() == ["8:8 " + WORDY]
    write(repo, "b.txt", "+++\r\ntitle = 'the the'\r\n+++\r\nThe the cat.\r\n")
    assert cli("check", "b.txt").hits() == ["4:5 " + REPEAT]


def test_an_unclosed_toml_block_is_body_text(repo: Path) -> None:
    write(repo, "a.md", "+++\ntitle = 'x'\n\nThe the cat.\n")
    assert cli("check", "a.md").hits() == ["4:5 " + REPEAT]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # code span
        ("Use `in order to` then in order to.\n", ["1:24 " + WORDY]),
        # double-backtick code span containing a backtick
        ("Use ``a ` in order to`` then in order to.\n", ["1:30 " + WORDY]),
        # fenced and indented code blocks
        ("```\nin order to\n```\n\nThen in order to.\n", ["5:6 " + WORDY]),
        ("Intro.\n\n    in order to\n\nThen in order to.\n", ["5:6 " + WORDY]),
        # HTML comments and HTML blocks
        ("A <!-- in order to --> then in order to.\n", ["1:29 " + WORDY]),
        ("<div>\nin order to\n</div>\n\nThen in order to.\n", ["5:6 " + WORDY]),
        # link and image targets (and titles) masked, link text kept
        ('See [the report](http://x.org/a "in order to") in order to.\n', ["1:48 " + WORDY]),
        ("See [in order to](http://x.org/) now.\n", ["1:6 " + WORDY]),
        ("An ![alt](pic.png) and <http://x.org/the-the> in order to.\n", ["1:47 " + WORDY]),
        ("See [ref][1] in order to.\n\n[1]: http://x.org \"in order to\"\n", ["1:14 " + WORDY]),
        # heading markup masked, heading text kept
        ("## In order to win\n\nThen in order to.\n", ["1:4 " + WORDY, "3:6 " + WORDY]),
    ],
)
def test_markdown_structure_masked_without_shifting(
    repo: Path, source: str, expected: list[str]
) -> None:
    write(repo, "a.md", source)
    assert cli("check", "a.md").hits() == expected


def test_markdown_masking_after_crlf_and_bom(repo: Path) -> None:
    data = "\ufeff---\r\ntitle: T\r\n---\r\nUse `x` and <!-- y --> in order to.\r\n"
    write(repo, "a.md", data.encode("utf-8"))
    assert cli("check", "a.md").hits() == ["4:24 " + WORDY]


def test_text_files_are_not_parsed_as_markdown(repo: Path) -> None:
    write(repo, "a.txt", "Use `in order to` here.\n")
    assert cli("check", "a.txt").hits() == ["1:6 " + WORDY]


def test_stdin_defaults_to_plain_text(repo: Path) -> None:
    run = cli("check", "-", stdin=b"Use `in order to` here.\n")
    assert (run.code, run.out.split(":")[0], run.hits()) == (0, "<stdin>", ["1:6 " + WORDY])


def test_stdin_filename_sets_format_and_name(repo: Path) -> None:
    run = cli("check", "-", "--stdin-filename", "news/a.md",
              stdin=b"\xef\xbb\xbfUse `in order to` then in order to.\r\n")
    assert run.hits() == ["1:24 " + WORDY]
    assert run.out.startswith("news/a.md:1:24:")


def test_directories_are_walked_recursively_and_honour_exclude(repo: Path) -> None:
    write(repo, ".newslint.yaml", "extends: default\nexclude: [drafts, '**/*.skip.md']\n")
    write(repo, "news/a.md", "The the.\n")
    write(repo, "news/deep/b.txt", "The the.\n")
    write(repo, "news/deep/c.markdown", "The the.\n")
    write(repo, "news/deep/d.skip.md", "The the.\n")
    write(repo, "news/notes.rst", "The the.\n")
    write(repo, "drafts/e.md", "The the.\n")
    run = cli("check", ".")
    paths = sorted({line.split(":")[0] for line in run.out.splitlines()})
    assert paths == ["news/a.md", "news/deep/b.txt", "news/deep/c.markdown"]
    assert run.code == 1


def test_an_excluded_file_named_explicitly_is_skipped(repo: Path) -> None:
    write(repo, ".newslint.yaml", "exclude: [drafts]\n")
    write(repo, "drafts/e.md", "The the.\n")
    run = cli("check", "drafts/e.md")
    assert (run.code, run.out, run.err) == (
        2, "", "newslint: no articles to check (every path given is excluded)\n")
