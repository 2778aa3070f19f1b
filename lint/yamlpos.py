"""Load YAML into plain values while keeping where each value and key sits in the file.

Parsed documents can be kept between runs (:func:`activate`): a rule file or config whose text
is unchanged is then read back from the user's cache folder without importing the YAML parser,
which with parsing is about a fifth of a one-file run's start-up. What is derived from a
document can be kept beside it (:func:`remember`, :func:`recall`): rule files are kept
validated, so an unchanged rule pack is neither parsed nor checked again.
"""

from __future__ import annotations

import marshal
from typing import TYPE_CHECKING, Any, Union

from .marshalfile import MarshalFile
from .model import ConfigError

if TYPE_CHECKING:
    import yaml

KeyPath = tuple[Union[str, int], ...]
Marks = dict[KeyPath, tuple[int, int]]

# Bump when what is kept for a document changes.
_LAYOUT = 1


class Located:
    """A loaded YAML document with the 1-based line:col of every value and key."""

    def __init__(self, path: str, value: Any, marks: Marks, key_marks: Marks) -> None:
        self.path = path
        self.value = value
        self.marks = marks
        self.key_marks = key_marks

    def where(self, keys: KeyPath, *, key: bool = False) -> tuple[int, int]:
        table = self.key_marks if key else self.marks
        probe = keys
        while probe not in table and probe:
            probe = probe[:-1]
        return table.get(probe, (1, 1))

    def value_at(self, keys: KeyPath) -> Any:
        """The loaded value along a path of keys, or None where the path does not lead."""
        value = self.value
        for key in keys:
            if isinstance(value, dict) and key in value:
                value = value[key]
            elif isinstance(value, list) and isinstance(key, int) and 0 <= key < len(value):
                value = value[key]
            else:
                return None
        return value

    def error(self, keys: KeyPath, message: str, *, key: bool = False) -> ConfigError:
        line, col = self.where(keys, key=key)
        return ConfigError(self.path, line, col, message)


def _mark(node: yaml.Node, line_offset: int) -> tuple[int, int]:
    return node.start_mark.line + 1 + line_offset, node.start_mark.column + 1


class _Documents:
    """The process's store of parsed documents, once one is activated."""

    def __init__(self) -> None:
        self.file: MarshalFile | None = None


_DOCUMENTS = _Documents()


def activate(folder: str | None) -> MarshalFile | None:
    """Keep parsed documents in `folder` between runs (None: parse every time)."""
    _DOCUMENTS.file = MarshalFile(folder, "documents", _LAYOUT) if folder else None
    return _DOCUMENTS.file


def load(path: str, text: str, line_offset: int = 0, *, keep: bool = True) -> Located:
    """Parse `text`; errors become ConfigError at file:line:col.

    `keep=False` for text that differs from file to file (an article's front matter): kept,
    it would only grow the store by one entry per article of an archive."""
    store = _DOCUMENTS.file if keep else None
    key = (text, line_offset)
    if store is not None:
        kept = store.get(key)
        if kept is not None:
            try:
                value, marks, key_marks = marshal.loads(kept)
            except Exception:  # noqa: BLE001 - a damaged entry: parse again
                store.drop(key)
            else:
                return Located(path, value, marks, key_marks)
    located = _parse(path, text, line_offset)
    if store is not None:
        try:
            store.put(key, marshal.dumps((located.value, located.marks, located.key_marks)))
        except ValueError:  # a value marshal cannot keep (a YAML date): parse it each time
            pass
    return located


def recall(key: tuple[Any, ...]) -> Any:
    """A value derived from a document (a validated rule) that :func:`remember` kept in an
    earlier run, or None. `key` must hold the document's text and what the value depends on;
    its first item names what is kept."""
    store = _DOCUMENTS.file
    kept = store.get(key) if store is not None else None
    if store is None or kept is None:
        return None
    try:
        return marshal.loads(kept)
    except Exception:  # noqa: BLE001 - a damaged entry: work it out again
        store.drop(key)
        return None


def remember(key: tuple[Any, ...], value: Any) -> None:
    """Keep `value` under `key` (see :func:`recall`) when a store is active and marshal can
    keep it."""
    store = _DOCUMENTS.file
    if store is not None:
        try:
            store.put(key, marshal.dumps(value))
        except ValueError:
            pass


def _parse(path: str, text: str, line_offset: int) -> Located:
    import yaml

    # The C loader is much faster when libyaml is present.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        col = mark.column + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise ConfigError(path, line, col, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        # a character YAML refuses (a NUL): the reader gives its offset in the text
        line, col = 1, 1
        position = getattr(exc, "position", None)
        if isinstance(position, int) and 0 <= position <= len(text):
            line = text.count("\n", 0, position) + 1
            col = position - text.rfind("\n", 0, position)
        problem = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise ConfigError(path, line + line_offset, col, f"invalid YAML: {problem}") from None
    marks: Marks = {}
    key_marks: Marks = {}
    constructor = yaml.SafeLoader("")
    value = (None if node is None
             else _build(path, node, (), marks, key_marks, constructor, line_offset))
    return Located(path, value, marks, key_marks)


def _build(
    path: str,
    node: yaml.Node,
    keys: KeyPath,
    marks: Marks,
    key_marks: Marks,
    constructor: yaml.SafeLoader,
    line_offset: int,
) -> Any:
    marks[keys] = _mark(node, line_offset)
    kind = getattr(node, "id", "")  # PyYAML names a node's kind: mapping, sequence or scalar
    if kind == "mapping":
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _build(path, key_node, keys, {}, {}, constructor, line_offset)
            if not isinstance(key, (str, int)):
                line, col = _mark(key_node, line_offset)
                raise ConfigError(path, line, col, "mapping keys must be strings")
            if key in result:
                line, col = _mark(key_node, line_offset)
                raise ConfigError(path, line, col, f"duplicate key '{key}'")
            key_marks[keys + (key,)] = _mark(key_node, line_offset)
            result[key] = _build(
                path, value_node, keys + (key,), marks, key_marks, constructor, line_offset
            )
        return result
    if kind == "sequence":
        return [
            _build(path, item, keys + (i,), marks, key_marks, constructor, line_offset)
            for i, item in enumerate(node.value)
        ]
    try:
        return constructor.construct_object(node, deep=True)
    except Exception as exc:  # noqa: BLE001 - whatever a scalar's value cannot be built from
        # a scalar the tag or resolver cannot build: "2025-13-45" (a date), "!!int x"
        line, col = _mark(node, line_offset)
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(path, line, col, f"invalid value '{node.value}': {problem}") from None
