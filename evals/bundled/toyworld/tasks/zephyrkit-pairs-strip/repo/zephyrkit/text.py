"""zephyrkit.text: helpers of the zephyrkit service."""

from __future__ import annotations


def parse_tags(text: str) -> dict[str, str]:
    """Read "key:value" pairs separated by "," into a dict."""
    result = {}
    for part in text.split(","):
        if not part.strip():
            continue
        key, value = part.split(":", 1)
        result[key] = value
    return result
