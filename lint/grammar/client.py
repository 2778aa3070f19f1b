"""Reach LanguageTool through language-tool-python, imported only here and only when called.

language-tool-python (GPL-3.0) is the optional ``grammar`` extra.  Its public
``LanguageTool.check(text)`` sends plain ``text`` only, so markup would be checked as prose.
This module therefore keeps everything else the client does (finding or starting the server,
checking the language against ``/v2/languages``, proxies, restarting a local server, the rate
limit) and makes the one ``/v2/check`` request itself through the client's own request method,
``_query_server(url, params, num_tries=1, method="post")``, with the client's parameters
(``_create_params``) and ``data`` in place of ``text``.  Those two names are private to
language-tool-python; they are looked up when a client is opened, and a release without them
is reported as unsupported instead of failing in the middle of a run.  The request timeout is
the client's ``_TIMEOUT`` class attribute, set on a subclass made per client; the same
subclass starts a local LanguageTool at most once (see ``_start_local_server_once``).
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import os
import socket
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from .. import rx
from .model import GrammarSettings, GrammarUnavailable

LTP_PATH_VARIABLE = "LTP_PATH"
_JARS = ("languagetool-server.jar", "languagetool.jar")
_VERSION_DIR = rx.compile(r"LanguageTool-(\d+\.\d+|\d{8})\Z")

NOT_INSTALLED = (
    "grammar checking needs language-tool-python: pip install 'newslint[grammar]'"
)
NOT_CONFIGURED = (
    "LanguageTool is not configured: set grammar.server to a LanguageTool server URL "
    "(e.g. http://localhost:8081) or grammar.ltp-path (or LTP_PATH) to a directory holding "
    "LanguageTool-<version>; grammar.allow-download: true lets language-tool-python download "
    "LanguageTool (see docs/grammar.md)"
)


class ServerUnreachable(GrammarUnavailable):
    """The server did not answer; later requests in the same session would not fare better."""


class Target(NamedTuple):
    """Which LanguageTool to use, found without contacting anything."""

    kind: str  # "server", "local" or "download"
    location: str  # server base URL ending in "/", or the LTP_PATH directory ("" = default)
    version: str | None = None  # installed LanguageTool version, for "local"

    @property
    def identity(self) -> str:
        """Names the LanguageTool that answers, for cache keys."""
        if self.kind == "server":
            return f"server {self.location}"
        if self.kind == "local":
            return f"local {self.location} LanguageTool-{self.version}"
        return f"download {self.location or '~'} LanguageTool-{_ltp_download_version()}"


def normalize_server_url(url: str) -> str:
    """``host:8081``, ``http://host:8081/v2/`` -> ``http://host:8081/`` (what the client wants)."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    path_end = url.rstrip("/")
    if path_end.endswith("/v2"):
        path_end = path_end[: -len("/v2")]
    return path_end + "/"


def find_installation(directory: str) -> tuple[str, str] | None:
    """``(LTP_PATH directory, version)`` of the newest LanguageTool unpacked in ``directory``.

    ``directory`` may also be a ``LanguageTool-<version>`` directory itself.
    """
    path = Path(directory).expanduser()
    if _VERSION_DIR.match(path.name) and _has_jar(path):
        return str(path.parent.resolve()), path.name.split("-", 1)[1]
    try:
        found = [
            child.name.split("-", 1)[1]
            for child in path.iterdir()
            if _VERSION_DIR.match(child.name) and _has_jar(child)
        ]
    except OSError:
        return None
    if not found:
        return None
    # as language-tool-python orders them: snapshots (YYYYMMDD) after releases
    newest = max(found, key=_version_order)
    return str(path.resolve()), newest


def _version_order(version: str) -> tuple[int, ...]:
    if "." in version:
        return (0, *map(int, version.split(".")))
    return (1, int(version))


def _has_jar(directory: Path) -> bool:
    return any((directory / jar).is_file() for jar in _JARS)


def resolve_target(settings: GrammarSettings) -> Target:
    """Where LanguageTool is, from the settings and ``LTP_PATH``; never downloads or connects."""
    if settings.server:
        return Target("server", normalize_server_url(settings.server))
    ltp_path = settings.ltp_path or os.environ.get(LTP_PATH_VARIABLE)
    if ltp_path:
        installed = find_installation(ltp_path)
        if installed is not None:
            return Target("local", installed[0], installed[1])
        if settings.allow_download:
            return Target("download", str(Path(ltp_path).expanduser().resolve()))
        raise GrammarUnavailable(
            f"no LanguageTool in {ltp_path}: expected a LanguageTool-<version> directory with "
            "languagetool-server.jar; unpack one there, set grammar.server instead, or set "
            "grammar.allow-download: true"
        )
    if settings.allow_download:
        return Target("download", "")
    raise GrammarUnavailable(NOT_CONFIGURED)


def import_language_tool() -> ModuleType:
    try:
        return importlib.import_module("language_tool_python")
    except ImportError as exc:
        raise GrammarUnavailable(NOT_INSTALLED) from exc


def _ltp_download_version() -> str:
    import_language_tool()
    return str(importlib.import_module("language_tool_python.download_lt").LTP_DOWNLOAD_VERSION)


@contextlib.contextmanager
def _ltp_path(directory: str) -> Iterator[None]:
    """language-tool-python reads ``LTP_PATH`` from the environment and nowhere else."""
    if not directory:
        yield
        return
    saved = os.environ.get(LTP_PATH_VARIABLE)
    os.environ[LTP_PATH_VARIABLE] = directory
    try:
        yield
    finally:
        if saved is None:
            del os.environ[LTP_PATH_VARIABLE]
        else:
            os.environ[LTP_PATH_VARIABLE] = saved


class LanguageToolClient:
    """One language-tool-python ``LanguageTool``: a remote server, or a local one it runs."""

    def __init__(self, target: Target, settings: GrammarSettings) -> None:
        ltp = import_language_tool()
        errors = importlib.import_module("language_tool_python.exceptions")
        self._error = errors.LanguageToolError
        self._rate_limit = errors.RateLimitError
        self._target = target
        self._timeout = settings.timeout
        self._url = target.location
        client_class = _client_class(ltp, settings.timeout)
        if target.kind == "server":
            try:
                tool = client_class(language=settings.language, remote_server=target.location)
            except self._error as exc:
                raise self._failure(exc) from exc
            except ValueError as exc:  # LanguageTag: the server does not know the language
                raise GrammarUnavailable(
                    f"LanguageTool server {self.display_url} cannot check "
                    f"{settings.language!r}: {_line(exc)}"
                ) from exc
        else:
            options: dict[str, Any] = {"language": settings.language}
            if target.kind == "local":
                options["language_tool_download_version"] = target.version
            try:
                with self._environment():
                    tool = client_class(**options)
            except (Exception, SystemExit) as exc:  # starting Java fails in many ways
                where = f"in {target.location}" if target.location else "(default download)"
                raise GrammarUnavailable(
                    f"LanguageTool {where} could not be started: {_line(exc)[:300]}"
                ) from exc
        self._tool: Any = tool
        self._url = str(getattr(tool, "url", None) or tool._url)
        tool.disabled_rules = set(settings.disabled_rules)

    def _environment(self) -> contextlib.AbstractContextManager[None]:
        return _ltp_path(self._target.location if self._target.kind != "server" else "")

    @property
    def display_url(self) -> str:
        url = self._url.rstrip("/")
        return url[: -len("/v2")] if url.endswith("/v2") else url

    def check(self, data: str) -> dict[str, Any]:
        """One ``/v2/check`` POST of annotated ``data``; the decoded JSON response."""
        tool = self._tool
        params: dict[str, str] = dict(tool._create_params(""))
        params.pop("text", None)
        params["data"] = data
        url = urllib.parse.urljoin(self._url, "check")
        try:
            with self._environment():
                response = tool._query_server(url, params, num_tries=1, method="post")
        except self._rate_limit as exc:
            raise ServerUnreachable(
                f"LanguageTool server {self.display_url} refused: rate limit exceeded"
            ) from exc
        except self._error as exc:
            raise self._failure(exc) from exc
        if not isinstance(response, dict) or not isinstance(response.get("matches"), list):
            raise GrammarUnavailable(
                f"LanguageTool server {self.display_url} sent an unexpected response: "
                f"{_line(json.dumps(response))[:200]}"
            )
        return response

    def close(self) -> None:
        tool = getattr(self, "_tool", None)
        if tool is not None:
            self._tool = None
            with self._environment():
                tool.close()

    def _failure(self, exc: BaseException) -> GrammarUnavailable:
        """A client error as the one-line message the user sees."""
        cause = exc.__cause__
        if isinstance(cause, ValueError):  # the server answered, but not with JSON: an error page
            return GrammarUnavailable(
                f"LanguageTool server {self.display_url} rejected the request: {_line(exc)[:200]}"
            )
        return ServerUnreachable(
            f"LanguageTool server {self.display_url} unreachable: {_reason(exc, self._timeout)}"
        )


def _client_class(ltp: ModuleType, timeout: float) -> Any:
    """language-tool-python's ``LanguageTool`` with our timeout, after checking what we use."""
    base = ltp.LanguageTool
    query = getattr(base, "_query_server", None)
    if (
        query is None
        or getattr(base, "_create_params", None) is None
        or "method" not in inspect.signature(query).parameters
    ):
        raise GrammarUnavailable(
            f"language-tool-python {_installed_version()} is not supported: newslint needs a "
            "release whose client can POST to /v2/check (3.x): pip install -U 'newslint[grammar]'"
        )
    return type(
        "NewslintLanguageTool",
        (base,),
        {"_TIMEOUT": timeout, "_start_server_on_free_port": _start_local_server_once},
    )


def _start_local_server_once(tool: Any) -> None:
    """Start a local LanguageTool on the one port the client picked.

    language-tool-python moves on to the next of some 900 ports whenever its server exits
    early, so a broken installation would spawn Java hundreds of times; one failure is enough
    to report.  (A port that happens to be taken fails the same way: run newslint again.)
    """
    tool._start_local_server()


def _installed_version() -> str:
    try:
        from importlib.metadata import version

        return version("language_tool_python")
    except Exception:  # noqa: BLE001 - only for a message
        return "(unknown version)"


def _reason(exc: BaseException, timeout: float) -> str:
    """Why a request failed, in a few words, from the exception and everything it wraps."""
    for link in _chain(exc):
        name = type(link).__name__
        if isinstance(link, (TimeoutError, socket.timeout)) or name in {
            "ReadTimeout", "ConnectTimeout", "Timeout", "ReadTimeoutError", "ConnectTimeoutError"
        }:
            return f"timed out after {timeout:g} s"
        if isinstance(link, ConnectionRefusedError):
            return "connection refused"
        if isinstance(link, socket.gaierror):
            return f"cannot resolve host ({_line(link)})"
    innermost = list(_chain(exc))[-1]
    return _line(innermost)[:200] or type(innermost).__name__


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        link = todo.pop(0)
        if id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        todo.extend(
            e
            for e in (link.__cause__, link.__context__, getattr(link, "reason", None), *link.args)
            if isinstance(e, BaseException)
        )


def _line(exc: BaseException | str) -> str:
    return " ".join(str(exc).split())
