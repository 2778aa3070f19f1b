"""The command line through `main([...])`: exit codes, listing, explaining, docs, bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import cli, write

ARTICLE = "The the council met in order to vote.\n"  # a warning and an info finding


@pytest.mark.parametrize(
    ("args", "code", "shown"),
    [
        ((), 1, ["1:5 style.repeated-word", "1:21 style.wordy-phrase"]),
        (("--fail-level", "error"), 0, ["1:5 style.repeated-word", "1:21 style.wordy-phrase"]),
        (("--fail-level", "info"), 1, ["1:5 style.repeated-word", "1:21 style.wordy-phrase"]),
        (("--min-level", "warning"), 1, ["1:5 style.repeated-word"]),
        (("--min-level", "error"), 1, []),  # filters what is shown, not the exit code
        (("--exit-zero",), 0, ["1:5 style.repeated-word", "1:21 style.wordy-phrase"]),
    ],
)
def test_exit_codes(repo: Path, args: tuple[str, ...], code: int, shown: list[str]) -> None:
    write(repo, "a.txt", ARTICLE)
    run = cli("check", *args, "a.txt")
    assert (run.code, run.hits(), run.err) == (code, shown, "")


def test_clean_article_exits_zero(repo: Path) -> None:
    write(repo, "a.txt", "The council met to vote.\n")
    assert cli("check", "a.txt") == (0, "", "")


def test_a_bad_file_among_several_is_reported_and_the_rest_checked(repo: Path) -> None:
    write(repo, "a.txt", ARTICLE)
    write(repo, "bad.txt", b"caf\xe9 au lait\n")
    write(repo, "c.md", "The the end.\n")
    run = cli("check", "a.txt", "bad.txt", "missing.md", "c.md")
    assert run.code == 2
    assert run.hits() == ["1:5 style.repeated-word", "1:21 style.wordy-phrase",
                          "1:5 style.repeated-word"]
    assert run.err == (
        "newslint: missing.md: no such file or directory\n"
        "newslint: bad.txt: not valid UTF-8 at byte offset 3 (byte 0xe9)\n")


@pytest.mark.parametrize(
    ("setup", "argv", "err"),
    [
        ({}, ["missing.md"], "newslint: missing.md: no such file or directory\n"),
        ({"empty/notes.rst": "x"}, ["empty"],
         "newslint: empty: no articles (.md, .markdown, .txt) found in directory\n"),
        ({"a.md": b"\x89PNG\r\n\x1a\n\x00\x00"}, ["a.md"],
         "newslint: a.md: binary file, not an article\n"),
        ({"a.md": b"Fine text then \xff\xfe bad.\n"}, ["a.md"],
         "newslint: a.md: not valid UTF-8 at byte offset 15 (byte 0xff)\n"),
        ({"a.md": "---\ntitle: [unclosed\n---\nBody.\n"}, ["a.md"], None),
        ({}, ["--fail-level", "fatal", "a.md"], None),
        ({}, [], None),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    repo: Path, setup: dict[str, str | bytes], argv: list[str], err: str | None
) -> None:
    for name, content in setup.items():
        write(repo, name, content)
    run = cli("check", *argv) if argv else cli()
    assert run.code == 2 and run.out == ""
    assert run.err.count("\n") == 1 and run.err.startswith("newslint: ")
    assert "Traceback" not in run.err
    if err is not None:
        assert run.err == err


def test_usage_errors_name_the_argument(repo: Path) -> None:
    run = cli("check", "--fail-level", "fatal", "a.md")
    assert run.err.startswith("newslint: error: argument --fail-level: invalid choice: 'fatal'")


def test_malformed_front_matter_is_located(repo: Path) -> None:
    write(repo, "a.md", "---\ntitle: [unclosed\n---\nBody.\n")
    run = cli("check", "a.md")
    assert run.err.startswith("newslint: a.md:3:1: front matter: invalid YAML: ")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2025-13-45", "'2025-13-45': month must be in 1..12"),
        ("!!int many", "'many': invalid literal for int() with base 10: 'many'"),
    ],
)
def test_a_front_matter_value_yaml_cannot_build_is_located(
        repo: Path, value: str, problem: str) -> None:
    """A date that is no date is an error at its line and column, never an internal one."""
    write(repo, "a.md", f"---\ntitle: Bins\ndate: {value}\n---\nBody.\n")
    assert cli("check", "a.md") == (
        2, "", f"newslint: a.md:3:7: front matter: invalid value {problem}\n")


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("title = Bins", "2:9: front matter: invalid TOML: invalid value"),
        ('title = "Bins"\ntitle = "Again"', "3:16: front matter: invalid TOML: cannot overwrite "
                                            "a value"),
        ('tags = ["bins", "council"', "3:1: front matter: invalid TOML: unclosed array"),
    ],
)
def test_malformed_toml_front_matter_is_located(repo: Path, body: str, error: str) -> None:
    write(repo, "a.md", f"+++\n{body}\n+++\nBody.\n")
    assert cli("check", "a.md") == (2, "", f"newslint: a.md:{error}\n")


def test_a_lone_carriage_return_in_markdown_keeps_lines_true(repo: Path) -> None:
    """The Markdown parser takes a lone CR for a line break; newslint counts lines by LF."""
    write(repo, "a.md", "# Title\n\nSee [the report](https://example.com).\n\n"
                        "The fed\reration met.\n\nThe the vote was close.")
    assert cli("check", "a.md") == (
        1, "a.md:7:5: warning [style.repeated-word] 'The' is repeated: delete one.\n", "")


def test_a_match_across_a_soft_line_break_is_reported_on_one_line(repo: Path) -> None:
    """A Markdown paragraph wrapped mid-phrase: the message shows the words, not the break."""
    write(repo, "a.md", "Plan\n\nThe council met. Critics\nsay the plan is flawed.\n")
    assert cli("check", "a.md") == (
        1, "a.md:3:18: warning [attribution.vague-source] Vague source 'Critics say': "
           "name who says so.\n", "")
    run = cli("check", "--format", "github", "a.md")
    assert run.out == ("::warning file=a.md,line=3,col=18,endLine=4,endColumn=4,"
                       "title=attribution.vague-source::Vague source 'Critics say': "
                       "name who says so.\n")


def test_wrapped_markdown_is_checked_as_its_paragraphs(repo: Path) -> None:
    """A question in wrapped prose is reported where it starts, with all its words, and a
    phrase runs over a line break ("in\norder to")."""
    write(repo, "a.md", "# Shops\n\n"
          "Critics of the scheme were not slow to respond. When did the council\n"
          "last ask the traders what they wanted? The answer, we hear, is never: in\n"
          "order to save money it asked nobody, and the shops paid for it.\n")
    assert cli("check", "a.md").out == (
        "a.md:3:49: info [attribution.rhetorical-question] Question in the writer's own voice "
        "('When did the council last ask the traders what they wanted?'): report the answer, "
        "or attribute the question to whoever asked it.\n"
        "a.md:4:71: info [style.wordy-phrase] Wordy: 'in order to'. Write 'to'.\n")


def test_empty_files_are_fine(repo: Path) -> None:
    write(repo, "a.md", "")
    write(repo, "b.txt", "\ufeff")
    write(repo, "c.md", "---\ntitle: Only a title\n---\n")
    assert cli("check", "a.md", "b.txt", "c.md") == (0, "", "")


def test_large_file_finishes(repo: Path) -> None:
    """1 MB here to keep the suite fast; scripts/large_file.py runs the 50 MB case."""
    paragraph = ("The council met on Tuesday to vote on the budget. Members agreed to "
                 "fund the schools. The the vote was close.\n\n")
    count = 1_000_000 // len(paragraph)
    write(repo, "big.md", paragraph * count)
    run = cli("check", "--min-level", "error", "big.md")
    assert (run.code, run.out, run.err) == (1, "", "")


def test_articles_are_never_written(repo: Path) -> None:
    write(repo, "a.md", "---\ntitle: T\n---\nThe the cat in order to.\r\n")
    write(repo, "b.txt", b"\xef\xbb\xbfThe the.\r\n")
    before = {n: (os.stat(n).st_mtime_ns, Path(n).read_bytes()) for n in ("a.md", "b.txt")}
    for args in ([], ["--format", "json"], ["--format", "sarif"], ["--format", "github"]):
        cli("check", *args, "a.md", "b.txt")
    after = {n: (os.stat(n).st_mtime_ns, Path(n).read_bytes()) for n in ("a.md", "b.txt")}
    assert after == before


def test_rules_lists_enabled_rules(repo: Path) -> None:
    run = cli("rules")
    assert run.code == 0
    ids = [line.split()[0] for line in run.out.splitlines()]
    assert ids == sorted(ids) and "style.repeated-word" in ids
    assert run.out.splitlines()[ids.index("style.repeated-word")].split()[1:4] == [
        "repetition", "warning", "stable"]


def test_rules_respects_config(repo: Path) -> None:
    write(repo, ".newslint.yaml", "ignore: [style.repeated-word]\n")
    assert "style.repeated-word" not in cli("rules").out
    line = [x for x in cli("rules", "--all").out.splitlines() if x.startswith("style.repeated")]
    assert line[0].split()[3:5] == ["stable,", "off"]


def test_explain_prints_the_rule_page(repo: Path) -> None:
    run = cli("explain", "style.repeated-word")
    assert run.code == 0 and run.err == ""
    assert run.out.startswith("# style.repeated-word\n\nA word repeated by mistake")
    assert "## Why it matters" in run.out and "(reported at 1:5)" in run.out


def test_explain_unknown_rule_suggests(repo: Path) -> None:
    run = cli("explain", "style.repeated-words")
    assert run == (2, "", "newslint: unknown rule 'style.repeated-words' "
                          "(did you mean 'style.repeated-word'?)\n")


def test_docs_write_and_check(repo: Path) -> None:
    out_dir = os.path.join("site", "rules")
    assert cli("docs", "--output", out_dir, "--check").code == 1
    run = cli("docs", "--output", out_dir)
    assert run.code == 0 and f"wrote {os.path.join(out_dir, 'README.md')}\n" in run.out
    assert cli("docs", "--output", out_dir, "--check") == (0, "", "")
    Path(out_dir, "style.exclamation.md").write_text("stale\n", encoding="utf-8")
    Path(out_dir, "old.rule.md").write_text("gone\n", encoding="utf-8")
    run = cli("docs", "--output", out_dir, "--check")
    assert run.code == 1
    assert run.err == (
        f"newslint: {os.path.join(out_dir, 'old.rule.md')} is out of date: run 'newslint docs'\n"
        f"newslint: {os.path.join(out_dir, 'style.exclamation.md')} is out of date: "
        "run 'newslint docs'\n")


def test_no_command_is_a_usage_error() -> None:
    assert cli() == (2, "", "newslint: error: a command is required: check, rules, explain, "
                            "docs or doctor\n")


def test_internal_errors_are_one_line(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lint import engine

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(engine, "find", boom)
    write(repo, "a.txt", ARTICLE)
    run = cli("check", "--no-cache", "-j", "1", "a.txt")
    assert (run.code, run.err) == (2, "newslint: internal error: RuntimeError: kaboom "
                                      "(set NEWSLINT_DEBUG=1 for a traceback)\n")


def test_example_article_exact_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    run = cli("check", "--no-cache", "examples/article.md")
    assert (run.code, run.err) == (1, "")
    assert run.hits() == [
        "10:1 attribution.unsourced-claim",
        "12:1 insertions.promo",
        "12:65 style.exclamation",
        "18:24 quotes.unclosed",
        "18:37 style.repeated-word",
        "20:1 attribution.vague-source",
        "20:61 attribution.anonymous-source",
        "20:61 readability.sentence-length",
    ]
