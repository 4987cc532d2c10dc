"""The Messages API's structural rules, for the simulated model (WORLD_DESIGN.md A.7).

`api_errors(request)` lists what the real API would refuse with HTTP 400, in its own words:
tool calls whose results do not open the next turn, results for calls never made, empty
messages and blank text blocks, no messages, a negative max_tokens. An agent whose compaction
or retry code breaks the pairing of calls and results meets the refusal a real model gives.

As the API does today, consecutive messages of one role are read as one turn (not refused),
a conversation may open with an assistant turn, and max_tokens 0 is allowed (it only warms
the prompt cache); the gateway itself refuses a request without an integer max_tokens.
"""

from __future__ import annotations

from typing import Any

# The Messages API's own wording for each refusal (HTTP 400, invalid_request_error).
NO_MESSAGES = "messages: at least one message is required"
EMPTY_CONTENT = ("messages.{i}: all messages must have non-empty content except for the "
                 "optional final assistant message")
EMPTY_TEXT = "messages: text content blocks must be non-empty"
BLANK_TEXT = "messages: text content blocks must contain non-whitespace text"
UNANSWERED = ("messages.{i}: `tool_use` ids were found without `tool_result` blocks immediately "
              "after: {ids}. Each `tool_use` block must have a corresponding `tool_result` "
              "block in the next message.")
ORPHAN = ("messages.{i}.content.{j}: unexpected `tool_use_id` found in `tool_result` blocks: "
          "{id}. Each `tool_result` block must have a corresponding `tool_use` block in the "
          "previous message.")
NEGATIVE_MAX_TOKENS = "max_tokens: Input should be greater than or equal to 0"

Located = tuple[int, int, dict[str, Any]]  # (message index, block index, block)


def api_errors(request: dict[str, Any]) -> list[str]:
    """What the real Messages API would refuse in `request`'s structure, in its words; empty
    when it would take it. Consecutive messages of one role count as one turn, as the API
    merges them; within the turn after a tool call, the tool results come first."""
    messages = [m for m in request.get("messages") or [] if isinstance(m, dict)]
    if not messages:
        return [NO_MESSAGES]
    max_tokens = request.get("max_tokens")
    errors = [NEGATIVE_MAX_TOKENS] if isinstance(max_tokens, int) and max_tokens < 0 else []
    errors += _content_errors(messages)
    turns = _merged_turns(messages)
    for before, (role, blocks) in zip([None, *turns], turns, strict=False):
        if role == "assistant":
            continue
        asked = {b.get("id") for _, _, b in before[1] if b.get("type") == "tool_use"} \
            if before else set()
        errors += [ORPHAN.format(i=i, j=j, id=b.get("tool_use_id")) for i, j, b in blocks
                   if b.get("type") == "tool_result" and b.get("tool_use_id") not in asked]
    errors += _unanswered(turns)
    return list(dict.fromkeys(errors))


def _content_errors(messages: list[dict[str, Any]]) -> list[str]:
    """Empty messages (but a final assistant one) and empty or blank text blocks."""
    errors = []
    for i, message in enumerate(messages):
        content = message.get("content")
        final_assistant = i == len(messages) - 1 and message.get("role") == "assistant"
        if content in ("", [], None):
            errors += [] if final_assistant else [EMPTY_CONTENT.format(i=i)]
            continue
        for block in content_blocks(content):
            text = block.get("text")
            if block.get("type") == "text" and isinstance(text, str) and not text.strip():
                errors.append(BLANK_TEXT if text else EMPTY_TEXT)
    return errors


def _merged_turns(messages: list[dict[str, Any]]) -> list[tuple[str, list[Located]]]:
    """The conversation as the API reads it: consecutive messages of one role as one turn."""
    turns: list[tuple[str, list[Located]]] = []
    for i, message in enumerate(messages):
        role = str(message.get("role", ""))
        located = [(i, j, b) for j, b in enumerate(content_blocks(message.get("content")))]
        if turns and turns[-1][0] == role:
            turns[-1][1].extend(located)
        else:
            turns.append((role, located))
    return turns


def _unanswered(turns: list[tuple[str, list[Located]]]) -> list[str]:
    """Tool calls whose results do not open the next turn."""
    errors = []
    for (role, blocks), after in zip(turns, [*turns[1:], None], strict=False):
        calls = [(i, b.get("id")) for i, _, b in blocks if b.get("type") == "tool_use"]
        if role != "assistant" or not calls:
            continue
        answered = set()
        for _, _, block in after[1] if after and after[0] == "user" else []:
            if block.get("type") != "tool_result":
                break
            answered.add(block.get("tool_use_id"))
        missing = [str(c) for _, c in calls if c not in answered]
        if missing:
            errors.append(UNANSWERED.format(i=calls[0][0], ids=", ".join(missing)))
    return errors


def content_blocks(content: Any) -> list[dict[str, Any]]:
    """A message content as the API reads it: blocks (a string is one text block)."""
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    return [b for b in content or [] if isinstance(b, dict)]
