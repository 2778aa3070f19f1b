"""`newslint doctor`: config, rule packs, readability data and LanguageTool, a line each."""

from __future__ import annotations

import io
import platform
from pathlib import Path

import pytest

from lint import __version__
from lint.cli import main

pytest.importorskip("language_tool_python", reason="needs the grammar extra")
from ltserver import FakeLanguageTool  # noqa: E402


def doctor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> list[str]:
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert main(["doctor", *args], stdout=out, stderr=err) == 0
    assert err.getvalue() == ""
    return out.getvalue().splitlines()


def test_without_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    lines = doctor(tmp_path, monkeypatch)
    assert lines[0] == f"newslint {__version__} on Python {platform.python_version()}"
    assert lines[1] == "config: none found; the default profile applies"
    assert lines[2].startswith("rule packs: attribution, grammar, insertions, quotes, "
                               "readability, style (")
    assert lines[3].startswith("readability data: textstat ")
    assert lines[3].endswith(", offline")
    assert lines[4] == ("grammar: off (no grammar section in the config); "
                        "language-tool-python installed")
    assert lines[5:] == ["compile cache: off (NEWSLINT_NO_COMPILE_CACHE is set)"]


def test_compile_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.delenv("NEWSLINT_NO_COMPILE_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert doctor(tmp_path, monkeypatch)[5:] == [
        f"compile cache: {tmp_path / 'xdg' / 'newslint'} (compiled patterns and parsed rule "
        "files; safe to delete)"]


def test_server_reachable_and_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "newslint.yaml"
    with FakeLanguageTool() as lt:
        config.write_text(f"grammar:\n  server: {lt.url}\n", encoding="utf-8")
        up = doctor(tmp_path, monkeypatch, "--config", str(config))[4]
    assert up == (f"grammar: server {lt.url}: reachable (HTTP 200); "
                  "language-tool-python installed")
    config.write_text("grammar:\n  server: http://127.0.0.1:9\n", encoding="utf-8")
    down = doctor(tmp_path, monkeypatch, "--config", str(config))[4]
    assert down.startswith("grammar: server http://127.0.0.1:9: NOT reachable (")
