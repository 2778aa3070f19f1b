"""The LanguageTool backend, through the real language-tool-python client and a local server.

No LanguageTool can be fetched where these tests run, so ``tests/ltserver.py`` plays the server
from LanguageTool's documented v2 protocol.  Tests marked ``needs_ltp`` skip when the optional
``language_tool_python`` package is not installed; the others need nothing beyond newslint.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lint.grammar import (
    GrammarMatch,
    GrammarSession,
    GrammarSettings,
    GrammarUnavailable,
    check_text,
    severity_for,
)
from lint.grammar.annotate import annotate, build_annotation, utf16_to_codepoint
from lint.grammar.cache import GrammarCache, cache_key
from lint.grammar.client import (
    NOT_CONFIGURED,
    find_installation,
    normalize_server_url,
    resolve_target,
)
from lint.grammar.quotes import quotation_ranges

sys.path.insert(0, str(Path(__file__).parent))
from ltserver import FakeLanguageTool  # noqa: E402

try:
    import language_tool_python  # noqa: F401 - only: is the optional extra installed?

    HAVE_LTP = True
except ImportError:
    HAVE_LTP = False
needs_ltp = pytest.mark.skipif(
    not HAVE_LTP,
    reason="language_tool_python is not installed (pip install 'newslint[grammar]')",
)


@pytest.fixture
def lt(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLanguageTool]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with FakeLanguageTool() as server:
        yield server


def settings_for(lt: FakeLanguageTool, **changes: Any) -> GrammarSettings:
    return GrammarSettings(server=lt.url, **{"timeout": 2.0, **changes})


def sent_annotation(lt: FakeLanguageTool, index: int = -1) -> list[dict[str, str]]:
    parts: list[dict[str, str]] = json.loads(lt.check_requests[index].form["data"])["annotation"]
    return parts


def plain(parts: list[dict[str, str]]) -> str:
    return "".join(p.get("text", p.get("interpretAs", "")) for p in parts)


# annotated text ------------------------------------------------------------------------------

MARKDOWN = (
    "---\ntitle: x\n---\n"
    "Use the `grep` command. A **bold** word and <br>here. He said `x`.\n\n<!-- c\n\n-->Next."
)


def markdown_hidden(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in re.finditer(r"`[^`]*`|\*\*|<br>|<!--.*?-->", text, re.S)]
    return [(0, text.index("Use"))] + spans


def test_hidden_ranges_become_markup_that_keeps_sentences_apart() -> None:
    annotated = annotate(MARKDOWN, markdown_hidden(MARKDOWN))
    assert annotated.annotation["annotation"] == [
        {"markup": "---\ntitle: x\n---\n"},
        {"text": "Use the"},
        {"markup": " `grep`"},  # takes a space along: no double space is left
        {"text": " command. A "},
        {"markup": "**"},
        {"text": "bold"},
        {"markup": "**"},
        {"text": " word and "},
        {"markup": "<br>"},
        {"text": "here. He said"},
        {"markup": " `x`"},  # no space is left before the full stop
        {"text": ".\n\n"},
        {"markup": "<!-- c\n\n-->", "interpretAs": "\n\n"},
        {"text": "Next."},
    ]
    assert annotated.original_text() == MARKDOWN
    assert annotated.plain_text() == "Use the command. A bold word and here. He said.\n\n\n\nNext."


def test_markup_between_words_reads_as_space_or_newline() -> None:
    text = "one<br/>two<x\ny>three four"
    parts = build_annotation(text, [(3, 8), (11, 16)])["annotation"]
    assert parts[1] == {"markup": "<br/>", "interpretAs": " "}
    assert parts[3] == {"markup": "<x\ny>", "interpretAs": "\n"}
    assert plain(parts) == "one two\nthree four"


def test_overlapping_and_out_of_range_hidden_ranges_are_merged_and_clipped() -> None:
    text = "Alpha beta gamma."
    annotated = annotate(text, [(6, 8), (7, 11), (-3, 0), (16, 99), (3, 3)])
    assert annotated.markup == ((6, 11), (16, 17))
    assert annotated.plain_text() == "Alpha gamma"
    assert annotated.original_text() == text


def test_quotations_read_as_a_placeholder() -> None:
    text = "“I am here,” she said. It was an “unbelievable” day."
    quotes = quotation_ranges(text)
    assert [text[s:e] for s, e in quotes] == ["I am here", "unbelievable"]
    assert annotate(text, [], quotes).plain_text() == "“Quote,” she said. It was an “Example” day."


def test_quotation_finder_skips_apostrophes_markup_and_paragraph_breaks() -> None:
    text = (
        "She didn’t say ‘no’. The officers’ union said \"we met today.\" "
        "`\"code\"` and «oui».\n\n“A quotation that goes on\n\n“and on,” he said."
    )
    code = (text.index("`"), text.index("`", text.index("`") + 1) + 1)
    found = [text[s:e] for s, e in quotation_ranges(text, [code])]
    assert found == ["no", "we met today", "oui", "A quotation that goes on", "and on"]


def test_utf16_offsets_map_back_to_code_points() -> None:
    text = "a😀b𝒳c"
    mapping = utf16_to_codepoint(text)
    assert mapping.utf16_length == len(text.encode("utf-16-le")) // 2 == 7
    assert [mapping(u) for u in range(8)] == [0, 1, 1, 2, 3, 3, 4, 5]
    assert [mapping.end(u) for u in range(8)] == [0, 1, 2, 2, 3, 4, 4, 5]
    plain_mapping = utf16_to_codepoint("plain ascii and é")
    assert plain_mapping(17) == 17 and plain_mapping.end(5) == 5
    with pytest.raises(ValueError):
        mapping(8)


def test_utf16_table_is_built_once_and_handles_long_text() -> None:
    text = "🎉 " * 50_000 + "end"
    mapping = utf16_to_codepoint(text)
    start = time.perf_counter()
    assert all(mapping(3 * i) == 2 * i for i in range(50_000))
    assert time.perf_counter() - start < 1.0


# settings, severities, cache -----------------------------------------------------------------


def test_severity_mapping() -> None:
    for issue in ("misspelling", "grammar", "typographical", "duplication", "Grammar"):
        assert severity_for(issue) == "warning"
    for issue in ("style", "register", "whitespace", "locale-violation", "uncategorized", ""):
        assert severity_for(issue) == "info"


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        GrammarSettings(timeout=0)
    assert GrammarSettings(disabled_rules=["A", "B"]).disabled_rules == ("A", "B")  # type: ignore[arg-type]


def test_server_urls_are_normalized() -> None:
    assert normalize_server_url("localhost:8081") == "http://localhost:8081/"
    assert normalize_server_url("http://h:8081/v2/") == "http://h:8081/"
    assert normalize_server_url("https://h/api") == "https://h/api/"


MATCH = GrammarMatch(4, 7, "R", "TYPOS", "misspelling", "Spelling?", ("the", "tea"))


def test_cache_stores_reads_and_ignores_corrupt_entries(tmp_path: Path) -> None:
    cache = GrammarCache(tmp_path)
    key = cache_key("{}", GrammarSettings(), "server http://x/")
    assert cache.get(key) is None
    cache.put(key, [MATCH])
    assert cache.get(key) == [MATCH]
    assert [p.name for p in cache.path_for(key).parent.iterdir()] == [f"{key}.json"]
    for corrupt in ("{not json", '{"format": 1, "matches": [{"start": 1}]}', "[]", ""):
        cache.path_for(key).write_text(corrupt, encoding="utf-8")
        assert cache.get(key) is None


def test_cache_key_covers_what_changes_results() -> None:
    base = GrammarSettings()
    key = cache_key("{}", base, "server http://x/")
    assert key == cache_key("{}", GrammarSettings(timeout=5, cache_dir="/c"), "server http://x/")
    assert key != cache_key("{}", GrammarSettings(language="en-GB"), "server http://x/")
    assert key != cache_key("{}", GrammarSettings(disabled_rules=("R",)), "server http://x/")
    assert key != cache_key("{}", GrammarSettings(quotations=True), "server http://x/")
    assert key != cache_key("{}", base, "server http://y/")
    assert key != cache_key('{"a":1}', base, "server http://x/")


def test_importing_newslint_grammar_does_not_import_language_tool_python() -> None:
    code = (
        "import sys, lint.grammar, lint.grammar.backend, lint.grammar.client, "
        "lint.grammar.cache, lint.grammar.annotate, lint.grammar.quotes\n"
        "assert 'language_tool_python' not in sys.modules, 'imported'\n"
    )
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=root)


def test_local_installations_are_found(tmp_path: Path) -> None:
    for version in ("6.4", "6.10"):
        (tmp_path / f"LanguageTool-{version}").mkdir()
        (tmp_path / f"LanguageTool-{version}" / "languagetool-server.jar").write_bytes(b"")
    (tmp_path / "LanguageTool-7.0").mkdir()  # no jar: not an installation
    assert find_installation(str(tmp_path)) == (str(tmp_path.resolve()), "6.10")
    assert find_installation(str(tmp_path / "LanguageTool-6.4")) == (str(tmp_path.resolve()), "6.4")
    target = resolve_target(GrammarSettings(ltp_path=str(tmp_path)))
    assert (target.kind, target.version) == ("local", "6.10")


# through language-tool-python ----------------------------------------------------------------


@needs_ltp
def test_one_request_with_annotated_data(lt: FakeLanguageTool) -> None:
    text = MARKDOWN + " “Teh quote,” said teh source."
    lt.flag("teh", replacements=("the",))
    settings = settings_for(lt, disabled_rules=("WHITESPACE_RULE", "EN_QUOTES"))
    matches = check_text(text, markdown_hidden(MARKDOWN), settings)
    assert [r.path for r in lt.requests] == ["/v2/languages", "/v2/check"]
    form = lt.check_requests[0].form
    assert lt.check_requests[0].method == "POST"
    assert "text" not in form
    assert form["language"] == "en-US"
    assert set(form["disabledRules"].split(",")) == {"WHITESPACE_RULE", "EN_QUOTES"}
    sent = plain(sent_annotation(lt))
    assert "grep" not in sent and "title" not in sent and "<br>" not in sent
    assert sent.endswith("Next. “Quote,” said teh source.")
    assert "".join(p.get("text", p.get("markup", "")) for p in sent_annotation(lt)) == text
    assert [text[m.start:m.end] for m in matches] == ["teh"]
    assert matches[0].start == text.rindex("teh")


@needs_ltp
def test_quotations_are_sent_when_configured(lt: FakeLanguageTool) -> None:
    text = "“Teh quote,” said teh source."
    lt.flag("Teh")
    lt.flag("teh")
    matches = check_text(text, [], settings_for(lt, quotations=True))
    assert plain(sent_annotation(lt)) == text
    assert [(m.start, m.end) for m in matches] == [(1, 4), (18, 21)]


@needs_ltp
def test_engine_supplied_quotations_are_used(lt: FakeLanguageTool) -> None:
    text = "He said teh words teh."
    lt.flag("teh")
    matches = check_text(text, [], settings_for(lt), quotations=[(8, 17)])
    assert plain(sent_annotation(lt)) == "He said Quote teh."
    assert [m.start for m in matches] == [18]


@needs_ltp
def test_offsets_count_emoji_before_and_inside_matches(lt: FakeLanguageTool) -> None:
    text = "🎉 Big news: teh 😀 vote.\n\n<b>𝒳</b> teh and ca😀t, teh 👩‍👩‍👧 end teh"
    hidden = [(m.start(), m.end()) for m in re.finditer(r"</?b>", text)]
    lt.flag("teh")
    lt.flag("ca😀t", rule_id="EMOJI_WORD", category="MISC", issue_type="typographical")
    matches = check_text(text, hidden, settings_for(lt))
    teh = [found.start() for found in re.finditer("teh", text)]
    assert [(m.start, m.end) for m in matches if m.rule_id != "EMOJI_WORD"] == [
        (s, s + 3) for s in teh
    ]
    emoji_word = [m for m in matches if m.rule_id == "EMOJI_WORD"]
    assert [text[m.start:m.end] for m in emoji_word] == ["ca😀t"]
    # the server answered in UTF-16 units, which differ from code points after the emoji
    status, _, body = lt.check(lt.check_requests[0].form)
    answered = json.loads(body)["matches"]
    sent_offsets = [m["offset"] for m in answered if m["rule"]["id"] != "EMOJI_WORD"]
    assert status == 200
    assert sent_offsets == [len(text[:s].encode("utf-16-le")) // 2 for s in teh]
    assert sent_offsets != teh


@needs_ltp
def test_match_fields_and_severity(lt: FakeLanguageTool) -> None:
    lt.flag("alot", rule_id="ALOT", category="GRAMMAR", issue_type="grammar",
            message="Did you mean “a lot”?", replacements=("a lot",))
    lt.flag("utilize", rule_id="UTILIZE", category="STYLE", issue_type="style",
            message="Consider “use”.", replacements=("use", "employ"))
    text = "We utilize alot of words."
    matches = check_text(text, [], settings_for(lt))
    assert matches == [
        GrammarMatch(3, 10, "UTILIZE", "STYLE", "style", "Consider “use”.", ("use", "employ")),
        GrammarMatch(11, 15, "ALOT", "GRAMMAR", "grammar", "Did you mean “a lot”?", ("a lot",)),
    ]
    assert [severity_for(m.issue_type) for m in matches] == ["info", "warning"]


@needs_ltp
def test_matches_about_placeholders_are_dropped(lt: FakeLanguageTool) -> None:
    lt.flag("Quote", rule_id="QUOTE_RULE")
    assert check_text("“Something,” she said.", [], settings_for(lt)) == []
    assert len(lt.check_requests) == 1


@needs_ltp
def test_disabled_rules_are_honoured(lt: FakeLanguageTool) -> None:
    lt.flag("teh")
    settings = settings_for(lt, disabled_rules=("MORFOLOGIK_RULE_EN_US",))
    assert check_text("teh", [], settings) == []


@needs_ltp
def test_text_with_nothing_to_check_sends_nothing(lt: FakeLanguageTool) -> None:
    assert check_text("<!-- only a comment -->\n", [(0, 23)], settings_for(lt)) == []
    assert lt.requests == []


@needs_ltp
def test_cache_hit_makes_no_request(lt: FakeLanguageTool, tmp_path: Path) -> None:
    lt.flag("teh")
    settings = settings_for(lt, cache_dir=str(tmp_path))
    first = check_text("Read teh news 😀 teh.", [], settings)
    assert len(lt.requests) == 2
    assert check_text("Read teh news 😀 teh.", [], settings) == first
    assert len(lt.requests) == 2  # neither /v2/languages nor /v2/check
    lt.stop()
    assert check_text("Read teh news 😀 teh.", [], settings) == first  # works with no server
    with pytest.raises(GrammarUnavailable):
        check_text("Read teh news 😀 teh.", [], settings_for(lt, cache_dir=str(tmp_path),
                                                         language="en-GB"))


@needs_ltp
def test_corrupt_cache_entry_is_replaced(lt: FakeLanguageTool, tmp_path: Path) -> None:
    lt.flag("teh")
    settings = settings_for(lt, cache_dir=str(tmp_path))
    first = check_text("teh", [], settings)
    (entry,) = tmp_path.glob("*/*.json")
    entry.write_text('{"format": 1, "matches": "oops"}', encoding="utf-8")
    assert check_text("teh", [], settings) == first
    assert len(lt.check_requests) == 2
    assert json.loads(entry.read_text(encoding="utf-8"))["matches"][0]["rule_id"] == (
        "MORFOLOGIK_RULE_EN_US"
    )


@needs_ltp
def test_timeout_on_check(lt: FakeLanguageTool) -> None:
    lt.check_delay = 5
    started = time.monotonic()
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], settings_for(lt, timeout=0.3))
    assert str(caught.value) == f"LanguageTool server {lt.url} unreachable: timed out after 0.3 s"
    assert time.monotonic() - started < 2
    assert len(lt.check_requests) == 1  # not retried


@needs_ltp
def test_timeout_on_language_list(lt: FakeLanguageTool) -> None:
    lt.languages_delay = 5
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], settings_for(lt, timeout=0.25))
    assert str(caught.value) == f"LanguageTool server {lt.url} unreachable: timed out after 0.25 s"


@needs_ltp
def test_server_down(lt: FakeLanguageTool) -> None:
    lt.stop()
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], settings_for(lt))
    assert str(caught.value) == f"LanguageTool server {lt.url} unreachable: connection refused"


@needs_ltp
def test_session_uses_one_client_and_gives_up_once_unreachable(lt: FakeLanguageTool) -> None:
    lt.flag("teh")
    with GrammarSession(settings_for(lt, timeout=0.3)) as session:
        for article in ("teh one.", "teh two.", "teh three."):
            assert len(session.check(article, [])) == 1
        assert [r.path for r in lt.requests] == ["/v2/languages"] + ["/v2/check"] * 3
        lt.check_delay = 5
        with pytest.raises(GrammarUnavailable):
            session.check("teh four.", [])
        started = time.monotonic()
        with pytest.raises(GrammarUnavailable) as caught:
            session.check("teh five.", [])
        assert time.monotonic() - started < 0.1
        assert "timed out after 0.3 s" in str(caught.value)
        assert len(lt.check_requests) == 4


@needs_ltp
def test_session_still_answers_from_cache_after_losing_the_server(
    lt: FakeLanguageTool, tmp_path: Path
) -> None:
    lt.flag("teh")
    settings = settings_for(lt, cache_dir=str(tmp_path))
    cached = check_text("teh cached.", [], settings)
    with GrammarSession(settings) as session:
        lt.stop()
        with pytest.raises(GrammarUnavailable, match="unreachable: connection refused"):
            session.check("teh new.", [])
        assert session.check("teh cached.", []) == cached


@needs_ltp
def test_server_error_is_reported(lt: FakeLanguageTool) -> None:
    lt.failure = (413, "Error: Your text exceeds the limit of 20000 characters.")
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], settings_for(lt))
    assert str(caught.value) == (
        f"LanguageTool server {lt.url} rejected the request: "
        "Error: Your text exceeds the limit of 20000 characters."
    )


@needs_ltp
def test_unknown_language(lt: FakeLanguageTool) -> None:
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], settings_for(lt, language="xx-YY"))
    assert str(caught.value).startswith(f"LanguageTool server {lt.url} cannot check 'xx-YY'")


@pytest.fixture
def no_download(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make language-tool-python's download functions record the call and fail, offline."""
    download_lt = pytest.importorskip("language_tool_python.download_lt")
    calls: list[str] = []

    def refuse(name: str) -> Any:
        def fail(*args: Any, **kwargs: Any) -> None:
            calls.append(name)
            raise download_lt.PathError("no network in tests")

        return fail

    monkeypatch.setattr(download_lt.LocalLanguageTool, "_get_remote_zip", refuse("fetch"))
    for name in ("http_get", "download_zip", "download_lt"):
        if hasattr(download_lt, name):
            monkeypatch.setattr(download_lt, name, refuse(name))
    monkeypatch.delenv("LTP_PATH", raising=False)
    return calls


@needs_ltp
def test_nothing_configured_means_no_download(no_download: list[str]) -> None:
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], GrammarSettings())
    assert str(caught.value) == NOT_CONFIGURED
    assert str(caught.value) == (
        "LanguageTool is not configured: set grammar.server to a LanguageTool server URL "
        "(e.g. http://localhost:8081) or grammar.ltp-path (or LTP_PATH) to a directory holding "
        "LanguageTool-<version>; grammar.allow-download: true lets language-tool-python "
        "download LanguageTool (see docs/grammar.md)"
    )
    assert no_download == []


@needs_ltp
def test_empty_ltp_path_means_no_download(no_download: list[str], tmp_path: Path) -> None:
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], GrammarSettings(ltp_path=str(tmp_path)))
    assert str(caught.value) == (
        f"no LanguageTool in {tmp_path}: expected a LanguageTool-<version> directory with "
        "languagetool-server.jar; unpack one there, set grammar.server instead, or set "
        "grammar.allow-download: true"
    )
    assert no_download == []


@needs_ltp
def test_ltp_path_from_environment(
    no_download: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], GrammarSettings())
    assert str(caught.value).startswith(f"no LanguageTool in {tmp_path}:")
    assert no_download == []


@needs_ltp
def test_download_only_when_allowed(
    no_download: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    download_lt = pytest.importorskip("language_tool_python.download_lt")
    monkeypatch.setattr(  # past the Java version check, straight to the (refused) fetch
        download_lt.ReleaseLocalLanguageTool, "download", lambda self: self._get_remote_zip(None)
    )
    settings = GrammarSettings(ltp_path=str(tmp_path), allow_download=True)
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], settings)
    assert str(caught.value) == (
        f"LanguageTool in {tmp_path.resolve()} could not be started: no network in tests"
    )
    assert no_download == ["fetch"]
    assert "LTP_PATH" not in os.environ  # put back as it was


@needs_ltp
def test_broken_local_installation_fails_once_and_fast(
    no_download: list[str], tmp_path: Path
) -> None:
    jar = tmp_path / "LanguageTool-6.6" / "languagetool-server.jar"
    jar.parent.mkdir()
    jar.write_bytes(b"not a jar")
    started = time.monotonic()
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], GrammarSettings(ltp_path=str(tmp_path)))
    # with Java: "LanguageTool server exited early with code 1"; without: "No java install ..."
    assert str(caught.value).startswith(
        f"LanguageTool in {tmp_path.resolve()} could not be started: "
    )
    assert time.monotonic() - started < 5  # one start, not one per port
    assert no_download == []  # LanguageTool-6.6 is installed: nothing to fetch


@needs_ltp
def test_unsupported_client_release_is_reported(
    lt: FakeLanguageTool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import language_tool_python

    def old_query_server(self: Any, url: str, params: Any = None, num_tries: int = 2) -> Any:
        raise AssertionError("must not be called")

    monkeypatch.setattr(language_tool_python.LanguageTool, "_query_server", old_query_server)
    with pytest.raises(GrammarUnavailable) as caught:
        check_text("Some text.", [], settings_for(lt))
    assert "is not supported" in str(caught.value)
    assert lt.requests == []
