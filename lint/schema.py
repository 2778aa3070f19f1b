"""A small validator for YAML config and rule files: exact messages at file:line:col."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Callable, NamedTuple

from . import rx
from .yamlpos import KeyPath, Located


def dotted(keys: KeyPath) -> str:
    out = ""
    for key in keys:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else str(key))
    return out or "(top level)"


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Option(NamedTuple):
    """One key of a schema: its type check, default, and whether it is required."""

    check: Callable[[Located, KeyPath, Any], Any]
    default: Any = None
    required: bool = False
    doc: str = ""


def fail(src: Located, keys: KeyPath, message: str) -> Any:
    raise src.error(keys, f"{dotted(keys)}: {message}")


def expect(src: Located, keys: KeyPath, value: Any, wanted: str, ok: bool) -> None:
    if not ok:
        fail(src, keys, f"expected {wanted}, got {_type_name(value)}")


def string(src: Located, keys: KeyPath, value: Any) -> str:
    expect(src, keys, value, "a string", isinstance(value, str))
    return str(value)


def boolean(src: Located, keys: KeyPath, value: Any) -> bool:
    expect(src, keys, value, "true or false", isinstance(value, bool))
    return bool(value)


def integer(minimum: int | None = None) -> Callable[[Located, KeyPath, Any], int]:
    def check(src: Located, keys: KeyPath, value: Any) -> int:
        whole = isinstance(value, int) and not isinstance(value, bool)
        expect(src, keys, value, "an integer", whole)
        if minimum is not None and value < minimum:
            fail(src, keys, f"must be at least {minimum}, got {value}")
        return int(value)

    return check


def number(src: Located, keys: KeyPath, value: Any) -> float:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    expect(src, keys, value, "a number", ok)
    return float(value)


def choice(*allowed: str) -> Callable[[Located, KeyPath, Any], str]:
    def check(src: Located, keys: KeyPath, value: Any) -> str:
        if value not in allowed:
            shown = value if isinstance(value, str) else _type_name(value)
            fail(src, keys, f"must be one of {', '.join(allowed)}, got '{shown}'")
        return str(value)

    return check


def string_list(src: Located, keys: KeyPath, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    expect(src, keys, value, "a list of strings", isinstance(value, list))
    return tuple(string(src, keys + (i,), item) for i, item in enumerate(value))


def regex(src: Located, keys: KeyPath, value: Any) -> str:
    pattern = string(src, keys, value)
    try:
        rx.compile(pattern)
    except re.error as exc:
        fail(src, keys, f"invalid regular expression: {exc.msg} at position {exc.pos}")
    return pattern


def regex_list(src: Located, keys: KeyPath, value: Any) -> tuple[str, ...]:
    """A list of patterns. They are compiled once, by the rule kind that joins them; when that
    fails, `locate_regex_error` names the pattern at fault."""
    return string_list(src, keys, value)


def locate_regex_error(src: Located, keys: KeyPath, value: Any, error: re.error) -> None:
    """Raise the located error for the pattern of a list that does not compile."""
    items = [value] if isinstance(value, str) else list(value or ())
    for i, item in enumerate(items):
        regex(src, keys + (i,) if isinstance(value, list) else keys, item)
    fail(src, keys, f"invalid regular expression: {error.msg}")


def string_map(src: Located, keys: KeyPath, value: Any) -> dict[str, str]:
    expect(src, keys, value, "a mapping of strings", isinstance(value, dict))
    return {str(k): string(src, keys + (k,), v) for k, v in value.items()}


def mapping(
    src: Located,
    keys: KeyPath,
    value: Any,
    options: Mapping[str, Option],
    *,
    extra: Sequence[str] = (),
) -> dict[str, Any]:
    """Validate a mapping against `options`; unknown keys are errors with a suggestion."""
    if value is None:
        value = {}
    expect(src, keys, value, "a mapping", isinstance(value, dict))
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key in extra:
            continue
        if key not in options:
            known = sorted(set(options) | set(extra))
            import difflib  # only when needed: not at start-up

            near = difflib.get_close_matches(str(key), known, n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            line, col = src.where(keys + (key,), key=True)
            from .model import ConfigError

            raise ConfigError(src.path, line, col, f"{dotted(keys + (key,))}: unknown key{hint}")
        out[key] = options[key].check(src, keys + (key,), item)
    for key, option in options.items():
        if key not in out:
            if option.required:
                fail(src, keys, f"missing required key '{key}'")
            out[key] = option.default
    return out


def nearest(name: str, known: Sequence[str]) -> str:
    import difflib  # only when needed: not at start-up

    near = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    return f" (did you mean '{near[0]}'?)" if near else ""


def mapping_list(
    src: Located, keys: KeyPath, value: Any, options: Mapping[str, Option]
) -> list[dict[str, Any]]:
    """A list whose every item is a mapping validated against `options`."""
    expect(src, keys, value, "a list", isinstance(value, list))
    return [mapping(src, keys + (i,), item, options) for i, item in enumerate(value)]
