"""A stand-in LanguageTool HTTP server for tests: the documented v2 protocol, scripted matches.

It answers ``GET /v2/languages`` and ``POST /v2/check`` (form-encoded ``text`` or ``data``,
``language``, ``disabledRules``, ...) the way LanguageTool's server does: annotated ``data`` is
checked as its plain text (text parts plus each markup's ``interpretAs``), and every offset and
length in the response counts UTF-16 code units of the original text, markup included.  The
checker itself is a script: ``flag("teh", rule_id=..., ...)`` reports every whole-word
occurrence of a word.  It records every request, can be slowed down, made to fail, and stopped.

    with FakeLanguageTool() as lt:
        lt.flag("teh", replacements=("the",))
        ... LanguageTool(remote_server=lt.url) ...
        assert lt.check_requests[0].form["language"] == "en-US"
"""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LANGUAGES = (
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "French", "code": "fr", "longCode": "fr"},
)


@dataclass(frozen=True)
class FlagRule:
    """Report every whole-word occurrence of ``word`` as a match of one rule."""

    word: str
    rule_id: str = "MORFOLOGIK_RULE_EN_US"
    category: str = "TYPOS"
    category_name: str = "Possible Typo"
    issue_type: str = "misspelling"
    message: str = "Possible spelling mistake found."
    short_message: str = "Spelling mistake"
    replacements: tuple[str, ...] = ()


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    form: dict[str, str]  # query string and form body, one value per name


@dataclass
class FakeLanguageTool:
    """The server; ``url`` is its base (``http://127.0.0.1:PORT``) once started."""

    languages: tuple[dict[str, str], ...] = LANGUAGES
    check_delay: float = 0.0  # seconds before answering /v2/check
    languages_delay: float = 0.0  # seconds before answering /v2/languages
    failure: tuple[int, str] | None = None  # (status, plain-text body) for /v2/check
    requests: list[Request] = field(default_factory=list)
    rules: list[FlagRule] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # scripting -----------------------------------------------------------------------------

    def flag(self, word: str, **rule: Any) -> FlagRule:
        """Report every occurrence of ``word``; ``rule`` sets FlagRule's other fields."""
        made = FlagRule(word, **rule)
        self.rules.append(made)
        return made

    @property
    def check_requests(self) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/check")]

    # life cycle ----------------------------------------------------------------------------

    def start(self) -> FakeLanguageTool:
        fake = self

        class Handler(_Handler):
            server_state = fake

        self._stopping.clear()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop answering and close the port: the server is down from now on."""
        self._stopping.set()  # wakes delayed answers, which then give up
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeLanguageTool:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # what LanguageTool would answer -----------------------------------------------------------

    def record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; False when the server was stopped meanwhile."""
        return not (seconds > 0 and self._stopping.wait(seconds))

    def check(self, form: dict[str, str]) -> tuple[int, str, str]:
        """(status, content type, body) for a /v2/check request."""
        if self.failure is not None:
            return self.failure[0], "text/plain", self.failure[1]
        language = form.get("language")
        if not language:
            return 400, "text/plain", "Error: Missing 'language' parameter"
        if language not in {lang["longCode"] for lang in self.languages} | {"auto"}:
            message = f"Error: '{language}' is not a language code known to LanguageTool."
            return 400, "text/plain", message
        if "data" in form:
            try:
                original, plain, to_original = _from_annotation(json.loads(form["data"]))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                message = f"Error: Could not parse JSON from 'data' parameter: {exc}"
                return 400, "text/plain", message
        elif "text" in form:
            original = plain = form["text"]
            to_original = list(range(len(plain) + 1))
        else:
            return 400, "text/plain", "Error: Missing 'text' or 'data' parameter"
        disabled = set(filter(None, form.get("disabledRules", "").split(",")))
        matches = []
        for rule in self.rules:
            if rule.rule_id in disabled:
                continue
            pattern = rf"(?<!\w){re.escape(rule.word)}(?!\w)"
            for found in re.finditer(pattern, plain):
                matches.append(_match(rule, original, plain, to_original, *found.span()))
        matches.sort(key=lambda m: (m["offset"], m["rule"]["id"]))
        body = {
            "software": {
                "name": "LanguageTool", "version": "6.6", "buildDate": "2025-03-27 16:19:22 +0000",
                "apiVersion": 1, "premium": False, "status": "",
            },
            "warnings": {"incompleteResults": False},
            "language": {
                "name": language, "code": language,
                "detectedLanguage": {"name": language, "code": language, "confidence": 0.99},
            },
            "matches": matches,
            "sentenceRanges": [],
        }
        return 200, "application/json", json.dumps(body)


class _Handler(BaseHTTPRequestHandler):
    server_state: FakeLanguageTool

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # keep test output quiet

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self._handle("GET", "")

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        length = int(self.headers.get("Content-Length") or 0)
        self._handle("POST", self.rfile.read(length).decode("utf-8"))

    def _handle(self, method: str, body: str) -> None:
        fake = self.server_state
        parsed = urllib.parse.urlsplit(self.path)
        form = dict(urllib.parse.parse_qsl(parsed.query, keep_blank_values=True))
        form.update(urllib.parse.parse_qsl(body, keep_blank_values=True))
        fake.record(Request(method, parsed.path, form))
        if parsed.path == "/v2/languages" and method == "GET":
            if not fake.wait(fake.languages_delay):
                return
            self._send(200, "application/json", json.dumps(list(fake.languages)))
        elif parsed.path == "/v2/check" and method in ("GET", "POST"):
            if not fake.wait(fake.check_delay):
                return
            self._send(*fake.check(form))
        elif parsed.path == "/v2/healthcheck":
            self._send(200, "text/plain", "OK")
        else:
            self._send(404, "text/plain", f"Error: unknown path {parsed.path}")

    def _send(self, status: int, content_type: str, body: str) -> None:
        data = body.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client gave up (a timeout test)


def _from_annotation(data: dict[str, Any]) -> tuple[str, str, list[int]]:
    """(original text, plain text, plain code point -> original code point), as LanguageTool's
    AnnotatedText does: interpretAs text maps to where its markup starts."""
    original: list[str] = []
    plain: list[str] = []
    to_original: list[int] = []
    at = 0
    for part in data["annotation"]:
        if "text" in part:
            text = part["text"]
            original.append(text)
            plain.append(text)
            to_original.extend(range(at, at + len(text)))
            at += len(text)
        else:
            markup = part["markup"]
            interpret = part.get("interpretAs", "")
            original.append(markup)
            plain.append(interpret)
            to_original.extend([at] * len(interpret))
            at += len(markup)
    to_original.append(at)
    return "".join(original), "".join(plain), to_original


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _match(
    rule: FlagRule, original: str, plain: str, to_original: list[int], start: int, end: int
) -> dict[str, Any]:
    """One match in LanguageTool's JSON, offsets in UTF-16 units of the original text."""
    orig_start = to_original[start]
    orig_end = to_original[end - 1] + 1  # LanguageTool maps the last character, then adds one
    offset = _utf16(original[:orig_start])
    length = _utf16(original[orig_start:orig_end])
    before = original[max(0, orig_start - 40):orig_start]
    context = before + original[orig_start:orig_end + 40]
    sentence_start = max(plain.rfind(".", 0, start), plain.rfind("\n", 0, start)) + 1
    sentence_end = plain.find(".", end)
    return {
        "message": rule.message,
        "shortMessage": rule.short_message,
        "replacements": [{"value": value} for value in rule.replacements],
        "offset": offset,
        "length": length,
        "context": {"text": context, "offset": _utf16(before), "length": length},
        "sentence": plain[sentence_start:sentence_end + 1 if sentence_end >= 0 else None].strip(),
        "type": {"typeName": "UnknownWord" if rule.issue_type == "misspelling" else "Other"},
        "rule": {
            "id": rule.rule_id,
            "description": rule.message,
            "issueType": rule.issue_type,
            "category": {"id": rule.category, "name": rule.category_name},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }
