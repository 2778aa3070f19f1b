"""The contract between the engine and the rule kinds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from ..document import Document
from ..model import Hit
from ..schema import Option
from ..segment import Segments

Span = tuple[int, int]


@dataclass(frozen=True)
class RunSettings:
    """What a run knows beyond the article: source texts for quotations, grammar settings."""

    sources: tuple[tuple[str, str], ...] = ()  # (path, text)
    grammar: Any = None
    cache_dir: str | None = None
    base_dir: str = "."


@dataclass
class Context:
    """One document being checked, with its segments; shared by every rule for that document."""

    doc: Document
    seg: Segments
    settings: RunSettings = field(default_factory=RunSettings)
    memo: dict[str, Any] = field(default_factory=dict)
    services: Mapping[str, Any] = field(default_factory=dict)  # e.g. a LanguageTool session

    def shared(self, key: str, build: Callable[[], Any]) -> Any:
        """Work several rules need (a claim model, source index) done once per document."""
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]


class Checker(Protocol):
    def check(self, ctx: Context, spans: Sequence[Span], view: str) -> Iterable[Hit]: ...


@dataclass(frozen=True)
class Kind:
    """A rule kind: the options it takes, the scopes it can run on, and how to build a checker."""

    name: str
    summary: str
    options: Mapping[str, Option]
    build: Callable[[Mapping[str, Any]], Checker]
    placeholders: frozenset[str] = frozenset({"match"})
    scopes: tuple[str, ...] = ()  # empty: any scope
    default_scope: str = "sentence"


def compile_patterns(patterns: Sequence[str], *, ignorecase: bool, words: bool) -> re.Pattern[str]:
    """Join patterns into one alternation, compiled once at load time."""
    body = "|".join(f"(?:{p})" for p in patterns) or r"(?!x)x"
    if words:
        body = rf"(?<![\w-])(?:{body})(?![\w-])"
    return re.compile(body, re.IGNORECASE if ignorecase else 0)
