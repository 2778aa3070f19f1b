"""Grammar and spelling through LanguageTool (the optional ``newslint[grammar]`` extra).

Importing this package never imports language-tool-python; that happens on the first request.
See docs/grammar.md.
"""

from __future__ import annotations

from .backend import (
    GrammarMatch,
    GrammarSession,
    GrammarSettings,
    GrammarUnavailable,
    Severity,
    check_text,
    severity_for,
)

__all__ = [
    "GrammarMatch",
    "GrammarSession",
    "GrammarSettings",
    "GrammarUnavailable",
    "Severity",
    "check_text",
    "severity_for",
]
