"""Load typed config dataclasses from TOML tables, naming any bad key and its valid values."""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar, Union, get_args, get_origin

from ground.errors import FIX_VALUE, ConfigError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T")
D = TypeVar("D", bound="DataclassInstance")


def lookup(table: dict[str, T], name: str, what: str) -> T:
    """table[name], or a ConfigError naming `what` and listing the valid names."""
    try:
        return table[name]
    except KeyError:
        raise ConfigError(f"unknown {what} '{name}'",
                          f"use one of: {', '.join(sorted(table))}") from None


def from_table(cls: type[D], table: object, where: str) -> D:
    """Build dataclass `cls` from a TOML table (else a ConfigError); `where` names the table."""
    if not isinstance(table, dict):
        raise ConfigError(f"'{where}' must be a table", "see configs/demo.toml for the shape")
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(table) - fields)
    if unknown:
        place = f"in [{where}]" if where else "at the top level"
        raise ConfigError(f"unknown key '{_join(where, unknown[0])}'",
                          f"valid keys {place}: {', '.join(sorted(fields))}")
    values = {k: coerce(hints[k], v, _join(where, k)) for k, v in table.items()}
    return cls(**values)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def coerce(hint: object, value: object, key: str) -> object:
    """Check `value` against a type hint (dataclasses, lists, optionals, scalars)."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        options = get_args(hint)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in (o for o in options if o is not type(None)):
            try:
                return coerce(option, value, key)
            except ConfigError as exc:
                errors.append(exc)
        raise errors[0]
    if origin is list:
        if not isinstance(value, list):
            raise _type_error(key, "a list", value)
        (item,) = get_args(hint)
        return [coerce(item, v, f"{key}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise _type_error(key, "a table", value)
        return dict(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_table(hint, value, key)
    return _scalar(hint, value, key)


def _scalar(hint: object, value: object, key: str) -> object:
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if hint is int and isinstance(value, bool):
        raise _type_error(key, "an integer", value)
    if hint is Any:
        return value
    if not isinstance(hint, type):  # what isinstance below would raise for, said plainly
        raise TypeError(f"config type hint {hint!r} is not supported")
    if isinstance(value, hint):
        return value
    names = {int: "an integer", float: "a number", str: "a string", bool: "true or false"}
    raise _type_error(key, names.get(hint, hint.__name__), value)


def _type_error(key: str, wanted: str, value: object) -> ConfigError:
    return ConfigError(f"'{key}' must be {wanted}, not {value!r}", FIX_VALUE, key=key)


def parse_override(text: str) -> tuple[list[str], object]:
    """Parse `a.b.c=VALUE` (VALUE as TOML, or a bare string) from the command line."""
    key, sep, raw = text.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"bad --set '{text}'", "write it as section.key=value")
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw
    return key.strip().split("."), value


def apply_override(raw: dict[str, object], path: list[str], value: object) -> None:
    """Set raw[path...] = value, creating tables on the way."""
    node = raw
    for part in path[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise ConfigError(f"'{'.'.join(path)}' does not name a table key", "check the key")
        node = child
    node[path[-1]] = value
