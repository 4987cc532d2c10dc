"""Prompt caching: the cache breakpoints the gateway adds to requests bound for Anthropic.

The Messages API caches the prefix of a request (tools, then system, then messages) up
to each block marked `cache_control`, and a later request starting with the same prefix
reads it at a tenth of the input price (writing it costs 1.25 x). With `prompt_cache =
"auto"` the gateway marks where the stable prefix ends: the latest message (so the next
turn of an agent's conversation reads all of this one), the previous user message (this
turn reads the last one's prefix even past the API's 20-block look-back), the end of the
system prompt and the last tool (shared by every conversation of the same agent); in a
single question of several blocks (a diagnosis: the agent's source, then its logs), the
block before the last, so the next question about the same context reads it. The
caller's own marks are kept, and a request never carries more than MAX_BREAKPOINTS.

Only the forwarded copy is marked: recordings, replay and reuse see the request as the
caller sent it, so turning prompt_cache on or off never makes a recorded run diverge.
"""

from __future__ import annotations

from collections.abc import Iterator

from ground.jsontypes import Json, JsonObject

MAX_BREAKPOINTS = 4  # the Messages API refuses a request with more cache_control blocks
# Providers that speak Anthropic Messages and read cache_control. OpenAI-compatible
# servers cache prompt prefixes on their own: nothing is placed for them.
BREAKPOINT_PROVIDERS = frozenset({"anthropic", "toy"})
UNMARKABLE = frozenset({"thinking", "redacted_thinking"})  # blocks cache_control cannot mark


def cache_mark(ttl: str | None = None) -> JsonObject:
    """A cache_control value: ephemeral (5 minutes), or with a `ttl` such as "1h"."""
    return {"type": "ephemeral", **({"ttl": ttl} if ttl else {})}


def place_breakpoints(request: JsonObject) -> int:
    """Mark the stable prefixes of `request` (changed in place); how many marks were added."""
    room = MAX_BREAKPOINTS - count_breakpoints(request)
    candidates = _candidates(request)  # lazy: a text is made a block only when marked
    added = 0
    while added < room and (block := next(candidates, None)) is not None:
        if "cache_control" not in block:
            block["cache_control"] = cache_mark()
            added += 1
    return added


def count_breakpoints(request: JsonObject) -> int:
    """The blocks of `request` that carry cache_control (tools, system, message content)."""
    return sum(1 for block in _all_blocks(request) if "cache_control" in block)


def _all_blocks(request: JsonObject) -> Iterator[JsonObject]:
    """Every block that may carry cache_control, content inside tool results included."""
    for value in (request.get("tools"), request.get("system")):
        yield from _dicts(value)
    for message in _dicts(request.get("messages")):
        for block in _dicts(message.get("content")):
            yield block
            if block.get("type") == "tool_result":
                yield from _dicts(block.get("content"))


def _candidates(request: JsonObject) -> Iterator[JsonObject]:
    """The blocks to mark, most useful first (a caller's own marks leave less room)."""
    messages = list(_dicts(request.get("messages")))
    conversation = bool(request.get("tools")) or len(messages) > 1
    if messages and conversation:  # a single question without tools is rarely asked again
        yield from _last_block(messages[-1], "content", messages[-1].get("role") == "user")
    elif messages:  # but its leading blocks may be shared context (an agent's source)
        yield from _context_block(messages[-1])
    yield from _last_block(request, "system", True)
    earlier_users = [m for m in messages[:-1] if m.get("role") == "user"]
    if earlier_users and conversation:
        yield from _last_block(earlier_users[-1], "content", True)
    tools = list(_dicts(request.get("tools")))
    if tools:
        yield tools[-1]


def _last_block(holder: JsonObject, key: str, convert: bool) -> Iterator[JsonObject]:
    """The last markable block of `holder[key]`; a non-empty text is made a one-block list
    first when `convert` (an assistant's text is left alone: the API keeps it as sent)."""
    value = holder.get(key)
    if isinstance(value, str) and value and convert:
        block: JsonObject = {"type": "text", "text": value}
        holder[key] = [block]
        yield block
        return
    for block in reversed(list(_dicts(value))):
        if _markable(block):
            yield block
            return


def _context_block(message: JsonObject) -> Iterator[JsonObject]:
    """The block before the last of a message of several blocks: the end of the context a
    single question is asked about (its last block is the question's own part)."""
    blocks = list(_dicts(message.get("content")))
    if len(blocks) >= 2 and _markable(blocks[-2]):
        yield blocks[-2]


def _markable(block: JsonObject) -> bool:
    """Whether cache_control may go on `block` (not thinking, not an empty text)."""
    kind = block.get("type")
    return kind not in UNMARKABLE and not (kind == "text" and not block.get("text"))


def _dicts(value: Json) -> Iterator[JsonObject]:
    """The objects in a JSON list (nothing for anything else)."""
    if isinstance(value, list):
        yield from (item for item in value if isinstance(item, dict))
