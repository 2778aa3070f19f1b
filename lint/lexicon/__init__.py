"""Word lists shipped with newslint (sources and licences in lexicon/CREDITS.md)."""

from __future__ import annotations

import os


def read(name: str) -> str:
    """The text of a shipped word list (read from the package folder; no importlib.resources,
    whose import costs more than the read)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:  # not installed as plain files (a zip): ask the import system
        from importlib import resources

        return resources.files(__name__).joinpath(name).read_text("utf-8")
