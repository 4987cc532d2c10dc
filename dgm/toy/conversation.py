"""Reading Anthropic Messages requests and writing responses, for the simulated model.

The toy keeps no state between calls: everything it knows about its progress it
reads back from the conversation, where each of its answers carries a step tag,
"(step: NAME)", in its text.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from ground.noise import steady

LABEL = "[simulated model]"
CHARS_PER_TOKEN = 4  # the simulated model's token count: JSON characters / 4
STEP_TAG = re.compile(r"\(step: (\w+)\)")


@dataclass(frozen=True)
class Action:
    """One answer of the simulated model: a text and at most one tool call."""

    step: str
    text: str
    tool: str | None = None
    tool_input: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Turn:
    """One earlier answer of the simulated model and the result of its tool call."""

    step: str
    tool_input: dict[str, Any] | None
    result: str | None


class Draws:
    """Deterministic uniform draws keyed by a tuple of facts and a name for each draw."""

    def __init__(self, *parts: object) -> None:
        self.key = "|".join(str(p) for p in parts)

    def uniform(self, name: str) -> float:
        """A number in [0, 1) that depends only on the key and `name`."""
        digest = hashlib.sha256(f"{self.key}|{name}".encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64

    def randint(self, name: str, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self.uniform(name) * (high - low + 1))


def block_text(content: Any) -> str:
    """The text of a message content: a string, or text and tool_result blocks."""
    if isinstance(content, str):
        return content
    parts = []
    for block in content or []:
        if block.get("type") == "text":
            parts.append(block.get("text", ""))
        elif block.get("type") == "tool_result":
            parts.append(block_text(block.get("content", "")))
    return "\n".join(parts)


def system_text(request: dict[str, Any]) -> str:
    """The system prompt as one string."""
    return block_text(request.get("system") or "")


def first_user_text(request: dict[str, Any]) -> str:
    """The text of the first user message (the task, for an agent)."""
    for message in request.get("messages", []):
        if message.get("role") == "user":
            return block_text(message.get("content"))
    return ""


def later_user_texts(request: dict[str, Any]) -> list[str]:
    """Plain text the user sent after the first message (not tool results)."""
    texts = []
    for message in request.get("messages", [])[1:]:
        content = message.get("content")
        if message.get("role") != "user":
            continue
        if isinstance(content, str):
            texts.append(content)
        else:
            texts += [b.get("text", "") for b in content if b.get("type") == "text"]
    return texts


def all_text(request: dict[str, Any]) -> str:
    """Every text of the request: system prompt and messages."""
    texts = [system_text(request)]
    texts += [block_text(m.get("content")) for m in request.get("messages", [])]
    return "\n".join(texts)


def tool_names(request: dict[str, Any]) -> set[str]:
    """Names of the tools the request offers."""
    return {tool.get("name", "") for tool in request.get("tools") or []}


def history(request: dict[str, Any]) -> list[Turn]:
    """The simulated model's earlier answers, each with its tool call's result."""
    results = _tool_results(request)
    turns = []
    for message in request.get("messages", []):
        if message.get("role") != "assistant" or isinstance(message.get("content"), str):
            continue
        blocks = message.get("content") or []
        tag = STEP_TAG.search(block_text([b for b in blocks if b.get("type") == "text"]))
        call = next((b for b in blocks if b.get("type") == "tool_use"), None)
        turns.append(Turn(
            step=tag.group(1) if tag else "other",
            tool_input=call.get("input") if call else None,
            result=results.get(call.get("id")) if call else None,
        ))
    return turns


def _tool_results(request: dict[str, Any]) -> dict[str, str]:
    results = {}
    for message in request.get("messages", []):
        if message.get("role") == "user" and not isinstance(message.get("content"), str):
            for block in message.get("content") or []:
                if block.get("type") == "tool_result":
                    results[block.get("tool_use_id")] = block_text(block.get("content", ""))
    return results


def request_chars(request: dict[str, Any]) -> int:
    """Size of the request in characters, the basis of the token estimate; timings and unix
    times count as their masks (ground.noise), so a re-run's count does not move with load."""
    return len(json.dumps(steady(request), ensure_ascii=False))


def response(request: dict[str, Any], action: Action, key: str) -> dict[str, Any]:
    """An Anthropic Messages response body for `action`."""
    n = sum(1 for m in request.get("messages", []) if m.get("role") == "assistant")
    digest = hashlib.sha256(f"{key}|{n}".encode()).hexdigest()
    content: list[dict[str, Any]] = [{"type": "text", "text": action.text}]
    if action.tool:
        content.append({"type": "tool_use", "id": f"toolu_toy_{n:03d}_{digest[:12]}",
                        "name": action.tool, "input": action.tool_input})
    return {
        "id": f"msg_toy_{digest[:24]}",
        "type": "message",
        "role": "assistant",
        "model": request.get("model", "toy"),
        "content": content,
        "stop_reason": "tool_use" if action.tool else "end_turn",
        "stop_sequence": None,
        "usage": {
            "input_tokens": max(1, request_chars(request) // CHARS_PER_TOKEN),
            "output_tokens": max(1, len(json.dumps(content)) // CHARS_PER_TOKEN),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
        },
    }


def say(step: str, text: str) -> str:
    """A labelled, step-tagged text for an answer."""
    return f"{LABEL} (step: {step}) {text}"


def request_digest(request: dict[str, Any]) -> str:
    """A short stable hash of the whole request, its timings and addresses masked: the same
    conversation gets the same answer ids however long its test runs took."""
    return hashlib.sha256(json.dumps(steady(request), sort_keys=True).encode()).hexdigest()[:16]
