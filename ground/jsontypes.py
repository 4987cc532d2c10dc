"""JSON values as types (what `json.loads` gives and `json.dumps` takes), and records from JSON."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypeAlias, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")

# Any JSON value. Read values are narrowed (isinstance) before use; a parameter that only
# writes JSON takes Mapping[str, Json] or Sequence[Json], since dict and list are invariant.
Json: TypeAlias = None | bool | int | float | str | list["Json"] | dict[str, "Json"]
# A JSON object, e.g. one line of a JSONL file.
JsonObject: TypeAlias = dict[str, Json]
# A value json.dumps writes, as a parameter type: its containers are covariant, so list[str]
# and dict[str, int] are JsonLike where they are not Json.
JsonLike: TypeAlias = (
    None | bool | int | float | str | Sequence["JsonLike"] | Mapping[str, "JsonLike"]
)


def dataclass_from(cls: type[D], data: Mapping[str, object]) -> D:
    """Rebuild dataclass `cls` from what its to_dict wrote; keys it does not know are dropped.

    The values are taken as written (unchecked), as `cls(**data)` would.
    """
    names = _field_names(cls)
    return cls(**{k: v for k, v in data.items() if k in names})


@functools.cache
def _field_names(cls: type[DataclassInstance]) -> frozenset[str]:
    """A dataclass's field names, worked out once per class (a ledger has many lines)."""
    return frozenset(f.name for f in dataclasses.fields(cls))


def check_format(data: Mapping[str, object], current: int, what: str) -> None:
    """Refuse a record written in a newer format than `current` (or with a non-number one)."""
    version = data.get("format", current)
    if not isinstance(version, int | float):
        raise TypeError(f"{what} format {version!r} is not a number")
    if version > current:
        raise ValueError(f"{what} format {version} is newer than {current}")
