"""Records shared by the grammar backend and its cache: settings, matches, the one error."""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

Severity = Literal["error", "warning", "info"]

#: Issue types (LanguageTool's ``rule.issueType``, from ITS 2.0) worth a warning; the rest are
#: advice and come out as ``info``.  No LanguageTool match is an error by default: a statistical
#: grammar checker is not sure enough to fail a build on its own say-so.
WARNING_ISSUE_TYPES = frozenset(
    {"misspelling", "grammar", "typographical", "duplication", "inconsistency", "numbers"}
)


def severity_for(issue_type: str) -> Severity:
    """The newslint severity of a LanguageTool issue type: ``warning`` or ``info``.

    grammar, misspelling, typographical, duplication, inconsistency and numbers are warnings;
    style, register, whitespace, locale-violation, uncategorized, other and anything unknown
    are info.  Never ``error``: a rule file can raise a severity, the backend does not.
    """
    return "warning" if issue_type.strip().lower() in WARNING_ISSUE_TYPES else "info"


class GrammarSettings:
    """How to reach LanguageTool and what to ask it.

    ``server`` is a LanguageTool HTTP server URL (``http://localhost:8081``; a trailing ``/v2``
    is accepted).  ``ltp_path`` is a directory holding an unpacked ``LanguageTool-<version>``
    (language-tool-python's ``LTP_PATH``); when unset, the ``LTP_PATH`` environment variable is
    used.  A download happens only with ``allow_download``.  ``quotations`` sends quoted speech
    to LanguageTool; by default it is hidden, since a quotation must stay as it was said.
    """

    __slots__ = ("server", "ltp_path", "allow_download", "language", "timeout", "quotations",
                 "disabled_rules", "cache_dir")

    def __init__(
        self,
        server: str | None = None,
        ltp_path: str | None = None,
        allow_download: bool = False,
        language: str = "en-US",
        timeout: float = 20.0,
        quotations: bool = False,
        disabled_rules: tuple[str, ...] = (),
        cache_dir: str | None = None,
    ) -> None:
        if not timeout > 0:
            raise ValueError(f"grammar timeout must be positive, not {timeout!r}")
        self.server = server
        self.ltp_path = ltp_path
        self.allow_download = allow_download
        self.language = language
        self.timeout = timeout
        self.quotations = quotations
        self.disabled_rules = (disabled_rules if isinstance(disabled_rules, tuple)
                               else tuple(disabled_rules))
        self.cache_dir = cache_dir

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GrammarSettings):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"


class GrammarMatch(NamedTuple):
    """One LanguageTool match, with code-point offsets into the original article text."""

    start: int
    end: int
    rule_id: str
    category: str  # LanguageTool category id: TYPOS, GRAMMAR, PUNCTUATION, STYLE, ...
    issue_type: str  # misspelling, grammar, style, typographical, whitespace, ...
    message: str
    replacements: tuple[str, ...]


class GrammarUnavailable(Exception):
    """LanguageTool cannot be used; the message is one line for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
