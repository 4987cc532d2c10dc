"""A whole Messages response re-told as the server-sent events of a streamed one."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

from ground.jsontypes import Json, JsonObject


def stream_body(message: Mapping[str, Json]) -> bytes:
    """The complete `text/event-stream` body for `message` (the SDK's stream() accepts it)."""
    return b"".join(_event(name, data) for name, data in message_events(message))


def message_events(message: Mapping[str, Json]) -> Iterator[tuple[str, JsonObject]]:
    """(event name, data) pairs: message_start, the content blocks, message_delta, message_stop."""
    usage = dict(_object(message.get("usage") or {}))
    start: JsonObject = {**message, "content": [], "stop_reason": None, "stop_sequence": None,
                         "usage": {**usage, "output_tokens": 0}}
    yield "message_start", {"type": "message_start", "message": start}
    for index, block in enumerate(_list(message.get("content") or [])):
        yield from _block_events(index, _object(block))
    delta: JsonObject = {k: message.get(k) for k in ("stop_reason", "stop_sequence")}
    yield "message_delta", {"type": "message_delta", "delta": delta,
                            "usage": {"output_tokens": usage.get("output_tokens", 0)}}
    yield "message_stop", {"type": "message_stop"}


def _block_events(index: int, block: JsonObject) -> Iterator[tuple[str, JsonObject]]:
    """Start, one delta carrying the whole block, and stop, for one content block."""
    kind = block.get("type")
    empty: JsonObject
    delta: JsonObject | None
    if kind == "text":
        empty, delta = {**block, "text": ""}, {"type": "text_delta", "text": block.get("text", "")}
    elif kind == "tool_use":
        empty = {**block, "input": {}}
        delta = {"type": "input_json_delta", "partial_json": json.dumps(block.get("input", {}))}
    elif kind == "thinking":
        empty = {**block, "thinking": "", "signature": ""}
        delta = {"type": "thinking_delta", "thinking": block.get("thinking", "")}
    else:
        empty, delta = block, None
    yield "content_block_start", {"type": "content_block_start", "index": index,
                                  "content_block": empty}
    if delta is not None:
        yield "content_block_delta", {"type": "content_block_delta", "index": index,
                                      "delta": delta}
    if kind == "thinking" and block.get("signature"):
        signature = {"type": "signature_delta", "signature": block["signature"]}
        yield "content_block_delta", {"type": "content_block_delta", "index": index,
                                      "delta": signature}
    yield "content_block_stop", {"type": "content_block_stop", "index": index}


def _event(name: str, data: JsonObject) -> bytes:
    """One SSE event."""
    return f"event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def _object(value: Json) -> JsonObject:
    """`value`, which a Messages response has as an object."""
    if not isinstance(value, dict):
        raise TypeError(f"not a JSON object: {value!r}")
    return value


def _list(value: Json) -> list[Json]:
    """`value`, which a Messages response has as a list."""
    if not isinstance(value, list):
        raise TypeError(f"not a JSON list: {value!r}")
    return value
