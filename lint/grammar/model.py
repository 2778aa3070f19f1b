"""Records shared by the grammar backend and its cache: settings, matches, the one error."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

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


@dataclass(frozen=True)
class GrammarSettings:
    """How to reach LanguageTool and what to ask it.

    ``server`` is a LanguageTool HTTP server URL (``http://localhost:8081``; a trailing ``/v2``
    is accepted).  ``ltp_path`` is a directory holding an unpacked ``LanguageTool-<version>``
    (language-tool-python's ``LTP_PATH``); when unset, the ``LTP_PATH`` environment variable is
    used.  A download happens only with ``allow_download``.  ``quotations`` sends quoted speech
    to LanguageTool; by default it is hidden, since a quotation must stay as it was said.
    """

    server: str | None = None
    ltp_path: str | None = None
    allow_download: bool = False
    language: str = "en-US"
    timeout: float = 20.0
    quotations: bool = False
    disabled_rules: tuple[str, ...] = ()
    cache_dir: str | None = None

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise ValueError(f"grammar timeout must be positive, not {self.timeout!r}")
        if not isinstance(self.disabled_rules, tuple):
            object.__setattr__(self, "disabled_rules", tuple(self.disabled_rules))


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
