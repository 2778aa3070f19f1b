"""Grammar checking of one article with LanguageTool: one request, offsets into the original.

``check_text(text, hidden, settings)`` hides ``hidden`` ranges (and, unless
``settings.quotations``, quoted speech) as LanguageTool markup, sends the article in one
``/v2/check`` request through language-tool-python, and returns the matches with code-point
offsets into ``text``.  A :class:`GrammarSession` does the same for many articles with one
client (one ``/v2/languages`` look-up, one local Java server); ``check_text`` opens a session
for a single call.  Nothing is imported from language-tool-python until a request is needed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

from .annotate import AnnotatedText, Range, annotate, utf16_to_codepoint
from .cache import GrammarCache, cache_key
from .client import LanguageToolClient, ServerUnreachable, Target, resolve_target
from .model import (
    GrammarMatch,
    GrammarSettings,
    GrammarUnavailable,
    Severity,
    severity_for,
)
from .quotes import quotation_ranges

__all__ = [
    "GrammarMatch",
    "GrammarSession",
    "GrammarSettings",
    "GrammarUnavailable",
    "Severity",
    "check_text",
    "severity_for",
]


def check_text(
    text: str,
    hidden: Sequence[Range],
    settings: GrammarSettings,
    *,
    quotations: Sequence[Range] | None = None,
) -> list[GrammarMatch]:
    """LanguageTool's matches for ``text``, sorted, offsets in code points into ``text``.

    ``hidden`` are ``(start, end)`` code-point ranges not to check (markup, front matter).
    ``quotations`` are the insides of quotations, hidden unless ``settings.quotations``; when
    not given they are found by :func:`lint.grammar.quotes.quotation_ranges`.
    Raises :class:`GrammarUnavailable` when LanguageTool cannot be used.
    """
    with GrammarSession(settings) as session:
        return session.check(text, hidden, quotations=quotations)


class GrammarSession:
    """Checks many articles with one language-tool-python client, opened at the first request.

    Once LanguageTool could not be started or reached, the session raises the same error for
    every later article at once (articles found in the cache are still answered), instead of
    waiting for a timeout each time.
    """

    def __init__(self, settings: GrammarSettings) -> None:
        self.settings = settings
        self._cache = GrammarCache(settings.cache_dir) if settings.cache_dir else None
        self._target: Target | None = None
        self._client: LanguageToolClient | None = None
        self._failure: str | None = None

    def __enter__(self) -> GrammarSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the client (and stop a local LanguageTool this session started)."""
        client, self._client = self._client, None
        if client is not None:
            client.close()

    def check(
        self,
        text: str,
        hidden: Sequence[Range],
        *,
        quotations: Sequence[Range] | None = None,
    ) -> list[GrammarMatch]:
        """Like :func:`check_text`, within this session."""
        quoted: Sequence[Range] = ()
        if not self.settings.quotations:
            quoted = quotation_ranges(text, hidden) if quotations is None else quotations
        annotated = annotate(text, hidden, quoted)
        if not annotated.has_prose():
            return []
        data = annotated.to_json()
        target = self._resolve()
        key = ""
        if self._cache is not None:
            key = cache_key(data, self.settings, target.identity)
            cached = self._cache.get(key)
            if cached is not None:
                return cached
        if self._failure is not None:
            raise GrammarUnavailable(self._failure)
        try:
            response = self._open(target).check(data)
        except ServerUnreachable as exc:
            self._failure = str(exc)
            raise
        matches = matches_from_response(response, text, annotated)
        if self._cache is not None:
            self._cache.put(key, matches)
        return matches

    def _resolve(self) -> Target:
        if self._target is None:
            self._target = resolve_target(self.settings)  # files only: errors are cheap again
        return self._target

    def _open(self, target: Target) -> LanguageToolClient:
        if self._client is None:
            try:
                self._client = LanguageToolClient(target, self.settings)
            except GrammarUnavailable as exc:
                self._failure = str(exc)
                raise
        return self._client


def matches_from_response(
    response: Mapping[str, Any], text: str, annotated: AnnotatedText
) -> list[GrammarMatch]:
    """GrammarMatches from a ``/v2/check`` response about ``annotated`` (made from ``text``).

    Offsets go from UTF-16 units to code points.  Matches wholly inside markup (about a
    placeholder or the whitespace markup reads as) and matches outside the text are dropped.
    """
    offsets = utf16_to_codepoint(text)
    found: set[GrammarMatch] = set()
    for raw in response.get("matches", ()):
        if not isinstance(raw, Mapping):
            continue
        try:
            offset, length = int(raw["offset"]), int(raw["length"])
            start, end = offsets.start(offset), offsets.end(offset + length)
        except (KeyError, TypeError, ValueError):
            continue
        if annotated.inside_markup(start, end):
            continue
        rule = _mapping(raw.get("rule"))
        category = _mapping(rule.get("category"))
        found.add(
            GrammarMatch(
                start=start,
                end=end,
                rule_id=str(rule.get("id", "")),
                category=str(category.get("id", "")),
                issue_type=str(rule.get("issueType", "uncategorized")),
                message=str(raw.get("message", "")),
                replacements=_replacements(raw.get("replacements")),
            )
        )
    return sorted(found)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _replacements(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list):
        return ()
    # LanguageTool sends [{"value": ...}]; very old servers sent bare strings
    values = (r.get("value") if isinstance(r, Mapping) else r for r in raw)
    return tuple(v for v in values if isinstance(v, str))
