"""A table kept between runs in one file, in the user's cache folder, like ``__pycache__``.

What newslint computes the same way on every start (compiled patterns, parsed rule files) is
kept in such a table: loaded on first use, written atomically when a run added to it, and
ignored whenever it is missing, damaged, or written by another Python build or file layout.
Nothing in it is ever the only copy of anything: it can be deleted at any time.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Hashable
from typing import Any

# A save keeps only the entries the run used when the table holds more than twice as many, and
# this many more: what older rule sets, Python builds or installs left behind is dropped, while
# two configurations that alternate keep both their working sets.
SLACK = 64


# Set to anything but empty or 0, this turns the compile cache off.
OFF_SWITCH = "NEWSLINT_NO_COMPILE_CACHE"


def switched_off() -> bool:
    return os.environ.get(OFF_SWITCH, "") not in ("", "0")


def default_folder() -> str | None:
    """``$XDG_CACHE_HOME/newslint``, else ``~/.cache/newslint``; None without a home."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "newslint")


class MarshalFile:
    """One table of marshal-able values under hashable keys, in a file named for the Python
    build (``NAME-cpython-311.marshal``)."""

    def __init__(self, folder: str, name: str, layout: Any) -> None:
        tag = sys.implementation.cache_tag or "python"
        self.path = os.path.join(folder, f"{name}-{tag}.marshal")
        self._header = (layout, sys.version)
        self._entries: dict[Hashable, Any] | None = None
        self._used: set[Hashable] = set()
        self._changed = False

    def _table(self) -> dict[Hashable, Any]:
        if self._entries is None:
            self._entries = {}
            try:
                with open(self.path, "rb") as handle:
                    data = handle.read()  # marshal.load reads a file in small pieces: 4x slower
                header, entries = marshal.loads(data)
                if header == self._header and isinstance(entries, dict):
                    self._entries = entries
            except Exception:  # noqa: BLE001 - missing, damaged or foreign: start empty
                pass
        return self._entries

    def get(self, key: Hashable) -> Any:
        found = self._table().get(key)
        if found is not None:
            self._used.add(key)
        return found

    def put(self, key: Hashable, value: Any) -> None:
        self._table()[key] = value
        self._used.add(key)
        self._changed = True

    def keys(self) -> list[Hashable]:
        return list(self._table())

    def drop(self, key: Hashable) -> None:
        if self._table().pop(key, None) is not None:
            self._changed = True
        self._used.discard(key)

    def save(self) -> None:
        """Write the file if this run changed it: atomically, and silently not at all when the
        folder cannot be written (a read-only home, a full disk)."""
        if not self._changed or self._entries is None:
            return
        entries = self._entries
        if len(entries) > 2 * len(self._used) + SLACK:
            entries = {key: entries[key] for key in self._used if key in entries}
        temp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temp, "wb") as handle:
                marshal.dump((self._header, entries), handle)
            os.replace(temp, self.path)
        except (OSError, ValueError):
            try:
                os.unlink(temp)
            except OSError:
                pass
            return
        self._changed = False
