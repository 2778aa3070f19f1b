"""Report formats: text, JSON (versioned), SARIF (validated against the schema), GitHub."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from conftest import cli, write

from lint.model import Finding, Severity
from lint.report import text

ARTICLE = "The the council met in order to vote.\n"
SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def test_text_without_terminal_has_no_excerpt_or_colour(repo: Path) -> None:
    write(repo, "a.txt", ARTICLE)
    assert cli("check", "a.txt").out == (
        "a.txt:1:5: warning [style.repeated-word] 'The' is repeated: delete one.\n"
        "a.txt:1:21: info [style.wordy-phrase] Wordy: 'in order to'. Write 'to'.\n")


def test_text_excerpt_with_caret_and_colour() -> None:
    finding = Finding("a.txt", 1, 5, 1, 8, "style.repeated-word", Severity.WARNING, "Dup.")
    plain = text.render([finding], {"a.txt": ARTICLE}, excerpt=True)
    assert plain == ("a.txt:1:5: warning [style.repeated-word] Dup.\n"
                     "    The the council met in order to vote.\n"
                     "        ^~~\n")
    coloured = text.render([finding], {"a.txt": ARTICLE}, colour=True, excerpt=True)
    assert "\033[33mwarning\033[0m" in coloured and "\033[33m    ^~~\033[0m" in coloured


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_output_gets_excerpts_and_no_color_is_honoured(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lint.cli import main

    write(repo, "a.txt", "Prices rose!\n")
    monkeypatch.setenv("NO_COLOR", "1")
    out = _Terminal()
    main(["check", "a.txt"], stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines()[1:] == ["    Prices rose!", "               ^"]


def test_json_report(repo: Path) -> None:
    write(repo, "a.txt", ARTICLE)
    write(repo, "b.txt", b"\xff")
    run = cli("check", "--format", "json", "a.txt", "b.txt")
    report = json.loads(run.out)
    assert run.code == 2
    assert report["version"] == 1
    assert report["tool"]["name"] == "newslint"
    assert report["findings"][0] == {
        "path": "a.txt", "line": 1, "column": 5, "end_line": 1, "end_column": 8,
        "rule": "style.repeated-word", "severity": "warning",
        "message": "'The' is repeated: delete one.",
    }
    assert [f["rule"] for f in report["findings"]] == ["style.repeated-word",
                                                       "style.wordy-phrase"]
    assert report["errors"] == [{"message": "b.txt: not valid UTF-8 at byte offset 0 (byte 0xff)"}]
    assert report["summary"] == {"files": 2, "error": 0, "warning": 1, "info": 1}


def test_json_report_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "json-report.md").read_text("utf-8")
    for key in ("version", "tool", "findings", "errors", "summary", "end_column", "severity"):
        assert f"`{key}`" in doc


@pytest.mark.skipif(not SCHEMA.is_file(), reason=f"SARIF schema not found at {SCHEMA} "
                    "(the shared folder is not beside this checkout)")
def test_sarif_report_validates(repo: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    write(repo, "news/a.md", "---\ntitle: T\n---\n" + ARTICLE)
    run = cli("check", "--format", "sarif", "news/a.md")
    log = json.loads(run.out)
    jsonschema.validate(log, json.loads(SCHEMA.read_text("utf-8")))
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "style.repeated-word" and result["level"] == "warning"
    assert result["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "news/a.md"},
        "region": {"startLine": 4, "startColumn": 5, "endLine": 4, "endColumn": 8},
    }
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[result["ruleIndex"]]["id"] == "style.repeated-word"


def test_sarif_with_no_findings_validates(repo: Path) -> None:
    write(repo, "a.txt", "All fine.\n")
    log = json.loads(cli("check", "--format", "sarif", "a.txt").out)
    assert log["version"] == "2.1.0" and log["runs"][0]["results"] == []


def test_github_annotations(repo: Path) -> None:
    write(repo, "a.txt", ARTICLE)
    run = cli("check", "--format", "github", "a.txt")
    assert run.out == (
        "::warning file=a.txt,line=1,col=5,endLine=1,endColumn=8,title=style.repeated-word::"
        "'The' is repeated: delete one.\n"
        "::notice file=a.txt,line=1,col=21,endLine=1,endColumn=32,title=style.wordy-phrase::"
        "Wordy: 'in order to'. Write 'to'.\n")


def test_github_format_is_automatic_under_actions(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(repo, "a.txt", ARTICLE)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert cli("check", "a.txt").out.startswith("::warning file=a.txt,line=1,col=5,")
    assert cli("check", "--format", "text", "a.txt").out.startswith("a.txt:1:5: warning")
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert cli("check", "a.txt").out.startswith("a.txt:1:5: warning")


def test_github_escapes_properties() -> None:
    from lint.report import github

    finding = Finding("a,b:c.txt", 2, 3, 2, 4, "x.y", Severity.ERROR, "50% done\nnext")
    assert github.render([finding]) == (
        "::error file=a%2Cb%3Ac.txt,line=2,col=3,endLine=2,endColumn=4,title=x.y::"
        "50%25 done%0Anext\n")


def test_paths_in_reports_are_as_given(repo: Path) -> None:
    write(repo, "sub/a.txt", ARTICLE)
    absolute = os.path.join(os.getcwd(), "sub", "a.txt")
    assert cli("check", absolute).out.startswith(f"{absolute}:1:5:")
