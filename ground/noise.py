"""What tool output holds that no re-run reproduces: timings ("7 passed in 0.02s") and
addresses. Replay compares requests with them masked; the toy model keys its answers'
ids on the masked request, so a re-run under another load records the same exchanges."""

from __future__ import annotations

import re

from ground.jsontypes import Json

VOLATILE = (
    (re.compile(r"\b\d+(?:\.\d+)?\s?(?:s|ms|us|µs|sec|secs|seconds)\b"), "<duration>"),
    (re.compile(r"\b0x[0-9a-fA-F]{6,}\b"), "0x<address>"),
)


def steady(value: Json) -> Json:
    """A JSON value with the volatile tokens of its strings masked."""
    if isinstance(value, str):
        for pattern, mask in VOLATILE:
            value = pattern.sub(mask, value)
        return value
    if isinstance(value, dict):
        return {k: steady(v) for k, v in value.items()}
    if isinstance(value, list):
        return [steady(v) for v in value]
    return value
