"""One LanguageTool session per process, shared by every article the process checks.

When LanguageTool cannot be reached the service remembers why, so the run can say so once and
finish the other checks (or stop, when the config requires grammar).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .model import GrammarMatch, GrammarSettings, GrammarUnavailable

Range = tuple[int, int]


class GrammarService:
    def __init__(self, settings: GrammarSettings) -> None:
        self.settings = settings
        self.failure: str | None = None
        self._session: Any = None

    def check(self, text: str, hidden: Sequence[Range],
              quotations: Sequence[Range]) -> list[GrammarMatch]:
        if self.failure is not None:
            return []
        try:
            if self._session is None:
                from .backend import GrammarSession

                self._session = GrammarSession(self.settings)
            matches: list[GrammarMatch] = self._session.check(text, hidden, quotations=quotations)
            return matches
        except GrammarUnavailable as exc:
            self.failure = str(exc)
            return []

    def close(self) -> None:
        if self._session is not None:
            self._session.close()


def settings_from_config(grammar: Mapping[str, Any], cache_dir: str | None) -> GrammarSettings:
    return GrammarSettings(
        server=grammar.get("server"),
        ltp_path=grammar.get("ltp-path"),
        allow_download=bool(grammar.get("allow-download", False)),
        language=str(grammar.get("language", "en-US")),
        timeout=float(grammar.get("timeout", 20.0)),
        quotations=bool(grammar.get("quotations", False)),
        disabled_rules=tuple(grammar.get("disabled-rules", ())),
        cache_dir=cache_dir,
    )
