"""JSON values as types: what `json.loads` gives and `json.dumps` takes."""

from __future__ import annotations

from typing import TypeAlias

# Any JSON value. Read values are narrowed (isinstance) before use; a parameter that only
# writes JSON takes Mapping[str, Json] or Sequence[Json], since dict and list are invariant.
Json: TypeAlias = None | bool | int | float | str | list["Json"] | dict[str, "Json"]
# A JSON object, e.g. one line of a JSONL file.
JsonObject: TypeAlias = dict[str, Json]
