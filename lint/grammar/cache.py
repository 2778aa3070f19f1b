"""A directory of LanguageTool results, so an unchanged article is never sent twice.

Each entry is one JSON file named by the sha256 of everything that decides the result: the
annotated text exactly as sent, the settings that change what LanguageTool reports (language,
disabled rules, whether quotations are sent) and which LanguageTool answered (server URL, or
local installation and version).  Entries are written to a temporary file and moved into place
with ``os.replace``, so a reader never sees half an entry; an entry that cannot be read or does
not have the expected shape counts as missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .model import GrammarMatch, GrammarSettings

#: Bump when the key or the entry format changes; old entries are then never looked at.
CACHE_FORMAT = 1


def cache_key(data: str, settings: GrammarSettings, server_identity: str) -> str:
    """The sha256 key for annotated ``data`` checked under ``settings`` by one LanguageTool."""
    payload = {
        "format": CACHE_FORMAT,
        "data": data,
        "language": settings.language,
        "disabled_rules": sorted(set(settings.disabled_rules)),
        "quotations": settings.quotations,
        "server": server_identity,
    }
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("ascii")).hexdigest()


class GrammarCache:
    """Matches stored as ``<directory>/<key[:2]>/<key>.json``."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)

    def path_for(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[GrammarMatch] | None:
        """The stored matches, or None when there is no usable entry."""
        try:
            with open(self.path_for(key), encoding="utf-8") as handle:
                entry = json.load(handle)
        except (OSError, ValueError):
            return None
        return _matches_from_entry(entry)

    def put(self, key: str, matches: Sequence[GrammarMatch]) -> None:
        """Store matches atomically; a cache that cannot be written only warns."""
        path = self.path_for(key)
        entry = {"format": CACHE_FORMAT, "matches": [m._asdict() for m in matches]}
        temp_name = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry, handle, ensure_ascii=False)
            os.replace(temp_name, path)
            temp_name = None
        except OSError as exc:
            warnings.warn(f"grammar cache entry not written: {exc}", RuntimeWarning, stacklevel=2)
        finally:
            if temp_name is not None:
                try:
                    os.unlink(temp_name)
                except OSError:
                    pass


def _matches_from_entry(entry: Any) -> list[GrammarMatch] | None:
    if not isinstance(entry, dict) or entry.get("format") != CACHE_FORMAT:
        return None
    rows = entry.get("matches")
    if not isinstance(rows, list):
        return None
    matches: list[GrammarMatch] = []
    for row in rows:
        if not isinstance(row, dict) or set(row) != set(GrammarMatch._fields):
            return None
        start, end, replacements = row["start"], row["end"], row["replacements"]
        strings = (row["rule_id"], row["category"], row["issue_type"], row["message"])
        if (
            not all(type(n) is int for n in (start, end))
            or not 0 <= start <= end
            or not all(isinstance(s, str) for s in strings)
            or not isinstance(replacements, list)
            or not all(isinstance(r, str) for r in replacements)
        ):
            return None
        matches.append(GrammarMatch(start, end, *strings, tuple(replacements)))
    return matches
