"""What tool output holds that no re-run reproduces: timings ("7 passed in 0.02s"), unix
times, addresses and a response's cache split. Replay compares requests with them masked;
the toy model keys its answers' ids on the masked request, so a re-run under another load
records the same exchanges."""

from __future__ import annotations

import re

from ground.jsontypes import Json

VOLATILE = (
    (re.compile(r"\b\d+(?:\.\d+)?\s?(?:s|ms|us|µs|sec|secs|seconds)\b"), "<duration>"),
    (re.compile(r"\b0x[0-9a-fA-F]{6,}\b"), "0x<address>"),
    # Unix times (an agent's transcript stamps each event), 2017 to 2033, any fraction.
    (re.compile(r"\b1[5-9]\d{8}(?:\.\d+)?\b"), "<time>"),
    # How a response's input split between cache reads and writes (a transcript logs its
    # usage): it depends on what the provider's cache held then, not on the conversation.
    (re.compile(r"(cache_(?:creation|read)_input_tokens[\"']?\s*[:=]\s*)\d+"),
     r"\g<1><tokens>"),
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


def _masked_len(line: str) -> int:
    for pattern, mask in VOLATILE:
        line = pattern.sub(mask, line)
    return len(line)


def steady_tail(text: str, limit: int) -> str:
    """The last whole lines of `text` whose size with volatile tokens masked is at most `limit`.

    A plain `text[-limit:]` cuts where the volatile tokens' lengths put it ("0.5" against
    "0.503"), so a re-run under another load would show a model a different tail; this cut
    depends only on what `steady` keeps. A last line longer than `limit` alone is cut inside.
    """
    lines = text.splitlines(keepends=True)
    kept = 0
    size = 0
    for line in reversed(lines):
        size += _masked_len(line)
        if size > limit:
            break
        kept += 1
    if kept == 0 and lines:
        return lines[-1][-limit:]
    return "".join(lines[-kept:])


def steady_head(text: str, limit: int) -> str:
    """The first whole lines of `text` whose masked size is at most `limit` (see
    `steady_tail`); a first line longer than `limit` alone is cut inside."""
    lines = text.splitlines(keepends=True)
    kept = 0
    size = 0
    for line in lines:
        size += _masked_len(line)
        if size > limit:
            break
        kept += 1
    if kept == 0 and lines:
        return lines[0][:limit]
    return "".join(lines[:kept])
