"""Path globs with `**`, matched against paths relative to a base directory."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from . import rx


@lru_cache(maxsize=512)
def compile_glob(pattern: str) -> re.Pattern[str]:
    pattern = pattern.strip("/") if not pattern.startswith("/") else pattern[1:]
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    anchored = "/" in pattern
    body = "".join(out)
    return rx.compile(("" if anchored else "(?:.*/)?") + body + "(?:/.*)?$")


def relative(path: str, base: str) -> str:
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
    return rel.replace(os.sep, "/")


def matches(path: str, base: str, patterns: tuple[str, ...]) -> bool:
    rel = relative(path, base)
    return any(compile_glob(p).match(rel) for p in patterns)
