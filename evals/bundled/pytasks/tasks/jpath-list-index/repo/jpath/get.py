"""Reading values out of nested JSON data."""

from typing import Any


def get_path(data: Any, path: str, default: Any = None) -> Any:
    """The value at dotted `path` in `data`, or `default`."""
    current = data
    for part in path.split("."):
        if isinstance(current, dict) and part in current:
            current = current[part]
        else:
            return default
    return current
