"""Cuts of log text that do not move when only timings change (a port of the host's
ground/noise.py steady_tail and steady_head, with the same masks), so this meta agent shows the
model the same evidence the host's diagnosis shows."""

from __future__ import annotations

import re

# What tool output holds that no re-run reproduces: durations, addresses, unix times and a
# response's cache split. Sizes are measured with these masked.
VOLATILE = (
    (re.compile(r"\b\d+(?:\.\d+)?\s?(?:s|ms|us|µs|sec|secs|seconds)\b"), "<duration>"),
    (re.compile(r"\b0x[0-9a-fA-F]{6,}\b"), "0x<address>"),
    (re.compile(r"\b1[5-9]\d{8}(?:\.\d+)?\b"), "<time>"),
    (re.compile(r"(cache_(?:creation|read)_input_tokens[\"']?\s*[:=]\s*)\d+"),
     r"\g<1><tokens>"),
)


def masked_len(line: str) -> int:
    """The length of `line` with its volatile tokens masked."""
    for pattern, mask in VOLATILE:
        line = pattern.sub(mask, line)
    return len(line)


def steady_tail(text: str, limit: int) -> str:
    """The last whole lines of `text` whose masked size is at most `limit`; a last line longer
    than `limit` alone is cut inside."""
    lines = text.splitlines(keepends=True)
    kept = _fitting(reversed(lines), limit)
    if kept == 0 and lines:
        return lines[-1][-limit:]
    return "".join(lines[-kept:]) if kept else ""


def steady_head(text: str, limit: int) -> str:
    """The first whole lines of `text` whose masked size is at most `limit`; a first line
    longer than `limit` alone is cut inside."""
    lines = text.splitlines(keepends=True)
    kept = _fitting(lines, limit)
    if kept == 0 and lines:
        return lines[0][:limit]
    return "".join(lines[:kept])


def _fitting(lines, limit: int) -> int:
    """How many of `lines`, taken in order, fit in `limit` masked characters."""
    kept = size = 0
    for line in lines:
        size += masked_len(line)
        if size > limit:
            break
        kept += 1
    return kept
