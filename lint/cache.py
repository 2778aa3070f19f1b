"""A content cache of findings, safe to share between concurrent runs.

An entry is keyed by the file's bytes, its path, the fingerprint of the rules that run on it
(ids, severities, scopes, options, messages), the run settings and newslint's own code, so it
can never be stale after a config, rule or code change. Entries are written atomically; an
unreadable or corrupt entry is a miss, never an error.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import lru_cache

from . import __version__
from .model import Finding, Severity

CACHE_DIR_NAME = ".newslint_cache"
LAYOUT = "v2"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """newslint's version and the size and mtime of each of its source and rule files."""
    here = os.path.dirname(os.path.abspath(__file__))
    import hashlib  # not at start-up: a run without the cache never hashes

    digest = hashlib.sha256(__version__.encode())
    from .rulefile import shipped_rules_dir

    for root in (here, shipped_rules_dir()):
        for current, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                if name.endswith((".py", ".yaml", ".yml", ".gz", ".txt")):
                    stat = os.stat(os.path.join(current, name))
                    digest.update(f"{current}/{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def find_root(start: str) -> str:
    """The repository root above `start` (the folder holding .git), else `start` itself."""
    current = os.path.abspath(start)
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return os.path.abspath(start)
        current = parent


def depend_stamp(path: str) -> list[int]:
    """Size and modification time of a file a check read; [-1, -1] when it is gone."""
    try:
        stat = os.stat(path)
    except OSError:
        return [-1, -1]
    return [stat.st_size, stat.st_mtime_ns]


class Cache:
    def __init__(self, directory: str) -> None:
        self.directory = os.path.join(directory, LAYOUT)

    @staticmethod
    def key(data: bytes, path: str, fingerprint: str) -> str:
        import hashlib  # not at start-up: a run without the cache never hashes

        digest = hashlib.sha256(data)
        digest.update(b"\0" + os.path.abspath(path).encode("utf-8", "surrogateescape"))
        digest.update(b"\0" + fingerprint.encode())
        return digest.hexdigest()

    def _entry(self, key: str) -> str:
        return os.path.join(self.directory, key[:2], key + ".json")

    def get(self, key: str, path: str) -> tuple[Finding, ...] | None:
        """The cached findings, unless the entry is missing, damaged, or a file the check read
        besides the article (a quotation source) has changed since."""
        try:
            with open(self._entry(key), encoding="utf-8") as handle:
                entry = json.load(handle)
            if any(depend_stamp(dep) != stamp for dep, stamp in entry["reads"]):
                return None
            return tuple(
                Finding(path, r[0], r[1], r[2], r[3], r[4], Severity(r[5]), r[6], r[7], r[8])
                for r in entry["findings"]
            )
        except (OSError, ValueError, TypeError, IndexError, KeyError):
            return None

    def put(self, key: str, findings: Sequence[Finding], reads: Sequence[str] = ()) -> None:
        rows = [[f.line, f.column, f.end_line, f.end_column, f.rule, int(f.severity), f.message,
                 f.start, f.end] for f in findings]
        entry = {"reads": [[dep, depend_stamp(dep)] for dep in reads], "findings": rows}
        target = self._entry(key)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            self._mark_ignored()
            import tempfile

            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry, handle, ensure_ascii=False)
            os.replace(tmp, target)
        except OSError:
            return  # a cache that cannot be written is only slower

    def _mark_ignored(self) -> None:
        ignore = os.path.join(os.path.dirname(self.directory), ".gitignore")
        if not os.path.exists(ignore):
            with open(ignore, "w", encoding="utf-8") as handle:
                handle.write("# created by newslint\n*\n")

    def clear(self) -> None:
        import shutil

        shutil.rmtree(os.path.dirname(self.directory), ignore_errors=True)
