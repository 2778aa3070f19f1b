"""Grammar checking through the whole of newslint, against a local LanguageTool stand-in."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from lint.cli import main

pytest.importorskip("language_tool_python", reason="needs the grammar extra: "
                    "pip install 'newslint[grammar]'")
from ltserver import FakeLanguageTool  # noqa: E402

ARTICLE = (
    "---\n"
    "title: Council vote\n"
    "---\n"
    "The officals 😀 met on Tuesday. \"Teh plan stays,\" the mayor said.\n"
    "It was a very unique occassion.\n"
)


def run(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--format", "text", *args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # the repository root: the cache lives here
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_findings_offsets_severities_and_request(article: Path, monkeypatch: pytest.MonkeyPatch,
                                                 ) -> None:
    with FakeLanguageTool() as lt:
        lt.flag("officals", replacements=("officials", "official"))
        lt.flag("occassion", replacements=("occasion",))
        lt.flag("unique", rule_id="EN_UNIQUE", category="STYLE", issue_type="style",
                message="Avoid 'very unique'.")
        lt.flag("Teh")
        code, out, err = run(["--no-cache", "--grammar-server", lt.url, "story.md"],
                             article.parent, monkeypatch)
        data = lt.check_requests[0].form["data"]
    assert out.splitlines() == [
        "story.md:4:5: warning [grammar.languagetool] Possible spelling mistake found. "
        "Suggestions: 'officials', 'official'. [MORFOLOGIK_RULE_EN_US]",
        "story.md:5:15: info [grammar.languagetool] Avoid 'very unique'. [EN_UNIQUE]",
        "story.md:5:22: warning [grammar.languagetool] Possible spelling mistake found. "
        "Suggestions: 'occasion'. [MORFOLOGIK_RULE_EN_US]",
    ]
    assert err == ""
    assert code == 1
    assert '"markup":"---\\ntitle: Council vote\\n---\\n"' in data  # front matter hidden
    assert '"markup":"Teh plan stays,","interpretAs":"Quote"' in data  # quotation hidden


def test_cache_answers_the_second_run(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeLanguageTool() as lt:
        lt.flag("officals")
        first = run(["--grammar-server", lt.url, "story.md"], article.parent, monkeypatch)
        second = run(["--grammar-server", lt.url, "story.md"], article.parent, monkeypatch)
        requests = len(lt.check_requests)
    assert first == second
    assert first[1].startswith("story.md:4:5: warning [grammar.languagetool]")
    assert requests == 1


def test_server_down_is_said_once_and_other_checks_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("The the vote was close.\n", encoding="utf-8")
    code, out, err = run(["--no-cache", "-j", "1", "--grammar-server", "http://127.0.0.1:9",
                          "a.md", "b.md"], tmp_path, monkeypatch)
    assert err == ("newslint: grammar checks skipped: LanguageTool server http://127.0.0.1:9 "
                   "unreachable: connection refused\n")
    assert out.splitlines() == [
        "a.md:1:5: warning [style.repeated-word] 'The' is repeated: delete one.",
        "b.md:1:5: warning [style.repeated-word] 'The' is repeated: delete one.",
    ]
    assert code == 1


def test_required_grammar_fails_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text("The vote was close.\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text(
        "grammar:\n  server: http://127.0.0.1:9\n  required: true\n", encoding="utf-8")
    code, out, err = run(["--no-cache", "a.md"], tmp_path, monkeypatch)
    assert err == ("newslint: grammar is required: LanguageTool server http://127.0.0.1:9 "
                   "unreachable: connection refused\n")
    assert code == 2


def test_grammar_is_off_without_configuration(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text("The officals met.\n", encoding="utf-8")
    assert run(["--no-cache", "a.md"], tmp_path, monkeypatch) == (0, "", "")
