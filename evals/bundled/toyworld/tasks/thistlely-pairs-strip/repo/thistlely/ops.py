"""thistlely.ops: helpers of the thistlely service."""

from __future__ import annotations


def read_options(text: str) -> dict[str, str]:
    """Read "key:value" pairs separated by ";" into a dict."""
    result = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, value = part.split(":", 1)
        result[key] = value
    return result
