"""Translation between Anthropic Messages bodies and OpenAI chat-completions bodies."""

from __future__ import annotations

import json
from collections.abc import Mapping

from ground.jsontypes import Json, JsonObject

STOP_REASONS = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use",
                "function_call": "tool_use", "content_filter": "refusal"}
# Sampling fields with the same meaning on both sides.
SAME_FIELDS = ("max_tokens", "temperature", "top_p")


def to_chat(request: Mapping[str, Json]) -> JsonObject:
    """An OpenAI chat-completions body for an Anthropic Messages request."""
    messages = _system_messages(request.get("system"))
    for message in _items(request.get("messages", [])):
        messages.extend(_chat_messages(_object(message)))
    body: JsonObject = {"model": request["model"], "messages": messages}
    body.update({k: request[k] for k in SAME_FIELDS if k in request})
    if request.get("stop_sequences"):
        body["stop"] = request["stop_sequences"]
    if request.get("tools"):
        body["tools"] = [_chat_tool(_object(t)) for t in _items(request["tools"])]
    if request.get("tool_choice"):
        body["tool_choice"] = _chat_tool_choice(_object(request["tool_choice"]))
    return body


def from_chat(response: Mapping[str, Json], model: str) -> JsonObject:
    """An Anthropic Messages response for an OpenAI chat-completions response."""
    choice = _object(_items(response.get("choices") or [{}])[0])
    message = _object(choice.get("message") or {})
    content: list[Json] = []
    if message.get("content"):
        content.append({"type": "text", "text": _text_of(message["content"])})
    content.extend(_tool_use(_object(call)) for call in _items(message.get("tool_calls") or []))
    reason = STOP_REASONS.get(str(choice.get("finish_reason") or "stop"), "end_turn")
    if any(_object(b)["type"] == "tool_use" for b in content):
        reason = "tool_use"
    return {
        "id": "msg_" + str(response.get("id") or "openai"),
        "type": "message",
        "role": "assistant",
        "model": response.get("model") or model,
        "content": content,
        "stop_reason": reason,
        "stop_sequence": None,
        "usage": messages_usage(_object(response.get("usage") or {})),
    }


def _system_messages(system: Json) -> list[Json]:
    """The system prompt (a string or a list of text blocks) as a system message."""
    if not system:
        return []
    text = system if isinstance(system, str) else _text_of(system)
    return [{"role": "system", "content": text}]


def _chat_messages(message: JsonObject) -> list[Json]:
    """One Anthropic message as one or more chat messages (tool results become `tool` ones)."""
    role, content = message["role"], message.get("content", "")
    if isinstance(content, str):
        return [{"role": role, "content": content}]
    blocks = [_object(b) for b in _items(content)]
    if role == "assistant":
        return [_assistant_message(blocks)]
    out: list[Json] = [_tool_message(b) for b in blocks if b.get("type") == "tool_result"]
    parts = [_user_part(b) for b in blocks if b.get("type") in ("text", "image")]
    if parts:
        only_text = all(p["type"] == "text" for p in parts)
        text = "\n\n".join(_str(p["text"]) for p in parts) if only_text else None
        out.append({"role": "user", "content": text if only_text else [*parts]})
    return out


def _assistant_message(blocks: list[JsonObject]) -> JsonObject:
    """An assistant turn: its text, and its tool_use blocks as tool_calls."""
    text = "".join(_str(b.get("text", "")) for b in blocks if b.get("type") == "text")
    message: JsonObject = {"role": "assistant", "content": text or None}
    calls = [b for b in blocks if b.get("type") == "tool_use"]
    if calls:
        message["tool_calls"] = [
            {"id": b["id"], "type": "function",
             "function": {"name": b["name"], "arguments": json.dumps(b.get("input", {}))}}
            for b in calls
        ]
    return message


def _tool_message(block: JsonObject) -> JsonObject:
    """A tool_result block as a `tool` message (errors are marked in the text)."""
    text = _text_of(block.get("content", ""))
    if block.get("is_error"):
        text = f"[tool error] {text}"
    return {"role": "tool", "tool_call_id": block["tool_use_id"], "content": text}


def _user_part(block: JsonObject) -> JsonObject:
    """A text or image block as a chat content part."""
    if block["type"] == "text":
        return {"type": "text", "text": block["text"]}
    source = _object(block.get("source", {}))
    url = source.get("url") or f"data:{source.get('media_type')};base64,{source.get('data')}"
    return {"type": "image_url", "image_url": {"url": url}}


def _text_of(content: Json) -> str:
    """The text of a string or of a list of blocks/parts (non-text parts are skipped)."""
    if isinstance(content, str):
        return content
    blocks = [_object(b) for b in _items(content)]
    return "\n".join(_str(b.get("text", "")) for b in blocks if b.get("type") == "text")


def _chat_tool(tool: JsonObject) -> JsonObject:
    """An Anthropic tool definition as an OpenAI function tool."""
    function: JsonObject = {"name": tool["name"],
                            "parameters": tool.get("input_schema", {"type": "object"})}
    if tool.get("description"):
        function["description"] = tool["description"]
    return {"type": "function", "function": function}


def _chat_tool_choice(choice: JsonObject) -> Json:
    """Anthropic tool_choice (auto, any, tool, none) in OpenAI terms."""
    kind = choice.get("type")
    if kind == "tool":
        return {"type": "function", "function": {"name": choice["name"]}}
    return {"any": "required", "none": "none"}.get(str(kind), "auto")


def _tool_use(call: JsonObject) -> JsonObject:
    """An OpenAI tool call as a tool_use block (unparseable arguments kept as text)."""
    function = _object(call.get("function") or {})
    raw = function.get("arguments") or "{}"
    if not isinstance(raw, str):
        raise TypeError(f"tool call arguments are not text: {raw!r}")
    try:
        arguments = json.loads(raw)
    except ValueError:
        arguments = {"_unparsed_arguments": raw}
    if not isinstance(arguments, dict):
        arguments = {"_arguments": arguments}
    return {"type": "tool_use", "id": call.get("id") or "call", "name": function.get("name", ""),
            "input": arguments}


def messages_usage(usage: JsonObject) -> JsonObject:
    """OpenAI usage as Anthropic usage (cached prompt tokens count as cache reads)."""
    prompt = _int(usage.get("prompt_tokens"))
    cached = _int(_object(usage.get("prompt_tokens_details") or {}).get("cached_tokens"))
    return {
        "input_tokens": prompt - cached,
        "output_tokens": _int(usage.get("completion_tokens")),
        "cache_read_input_tokens": cached,
        "cache_creation_input_tokens": 0,
    }


def _int(value: Json) -> int:
    """A token count (absent: 0)."""
    if not value:
        return 0
    if not isinstance(value, int | float | str):
        raise TypeError(f"not a number: {value!r}")
    return int(value)


def _str(value: Json) -> str:
    """`value`, which the body's shape has as text."""
    if not isinstance(value, str):
        raise TypeError(f"not a JSON string: {value!r}")
    return value


def _object(value: Json) -> JsonObject:
    """`value`, which the body's shape has as an object."""
    if not isinstance(value, dict):
        raise TypeError(f"not a JSON object: {value!r}")
    return value


def _items(value: Json) -> list[Json]:
    """`value`, which the body's shape has as a list."""
    if not isinstance(value, list):
        raise TypeError(f"not a JSON list: {value!r}")
    return value
