"""The simulated model's prompt cache, by the rules of Anthropic's Messages API.

A request is a sequence of blocks (tools, then system, then each message's content).
A block marked `cache_control` is a breakpoint: the prefix up to and including it is
cached (a "write") when it holds at least the model's minimum of tokens, for 5 minutes
(or the mark's `ttl`, "1h"), and each hit refreshes that time. A request reads the
longest unexpired cached prefix that ends at a breakpoint or up to LOOKBACK_BLOCKS blocks
before one. Usage then splits the request's input tokens into what was read, what was
written (from the end of the read part to the last breakpoint) and the rest (input).
Tokens are the toy's own count: JSON characters / 4. Only usage depends on the cache;
the answers never do.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from dgm.toy.conversation import CHARS_PER_TOKEN

LOOKBACK_BLOCKS = 20  # how far before a breakpoint the API looks for a cached prefix
DEFAULT_TTL_S = 300.0  # "ephemeral": 5 minutes
TTL_S = {"5m": 300.0, "1h": 3600.0}
# The least a prefix must hold to be cached, by model family (Haiku-class: 2048 tokens);
# any other model, Sonnet- and Opus-class and the toy: 1024.
MIN_TOKENS_BY_FAMILY = (("haiku", 2048),)
DEFAULT_MIN_TOKENS = 1024


def min_cacheable_tokens(model: str) -> int:
    """The shortest prefix, in tokens, that `model` caches."""
    name = model.lower()
    return next((n for family, n in MIN_TOKENS_BY_FAMILY if family in name), DEFAULT_MIN_TOKENS)


@dataclass(frozen=True)
class Prefixes:
    """A request as the cache sees it: each block's prefix (key, tokens) and the marks."""

    keys: list[str]  # keys[i]: the prefix through block i (model, blocks 0..i), hashed
    tokens: list[int]  # tokens[i]: tokens of that prefix
    marks: dict[int, float]  # block index -> time to live (s) of its cache_control mark


@dataclass(frozen=True)
class CacheUsage:
    """How a request's input tokens split between the cache and plain input."""

    input_tokens: int
    cache_creation_input_tokens: int
    cache_read_input_tokens: int


def unmarked(request: dict[str, Any]) -> tuple[dict[str, Any], dict[int, float]]:
    """`request` as its sender wrote it, and its cache_control marks by block index.

    The marks are removed, and a system prompt or user message that is one plain text
    block is read as that text: the gateway makes a text a block to mark it, and the
    request must read the same (same answer, same tokens) with or without the mark.
    """
    clean = copy.deepcopy(request)
    marks: dict[int, float] = {}
    for index, (_, block, _) in enumerate(_blocks(clean)):
        ttl = _pop_mark(block)
        for inner in _inner(block):  # marks inside a tool result count for the result
            ttl = _pop_mark(inner) or ttl
        if ttl is not None:
            marks[index] = ttl
    if "system" in clean:
        clean["system"] = _as_text(clean["system"])
    for message in clean.get("messages") or []:
        if isinstance(message, dict) and message.get("role") == "user" and "content" in message:
            message["content"] = _as_text(message.get("content"))
    return clean, marks


def prefixes(request: dict[str, Any], marks: dict[int, float]) -> Prefixes:
    """The prefixes of an unmarked request (see `unmarked`), keyed by its model."""
    key = hashlib.sha256(f"model|{request.get('model', '')}".encode()).hexdigest()
    chars, keys, tokens = 0, [], []
    for where, block, framing in _blocks(request):
        text = json.dumps(block, ensure_ascii=False)
        key = hashlib.sha256(f"{key}|{where}|{text}".encode()).hexdigest()
        chars += len(text) + framing
        keys.append(key)
        tokens.append(chars // CHARS_PER_TOKEN)
    return Prefixes(keys, tokens, marks)


class PromptCache:
    """Cached prefixes with their expiry times; thread-safe, on an injectable clock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self._expiry: dict[str, tuple[float, float]] = {}  # key -> (expires at, ttl)
        self._lock = threading.Lock()

    def use(self, seen: Prefixes, total_tokens: int, model: str) -> CacheUsage:
        """Read the longest cached prefix, write the marked ones; the request's usage."""
        minimum = min_cacheable_tokens(model)
        with self._lock:
            now = self.clock()
            self._expiry = {k: v for k, v in self._expiry.items() if v[0] > now}
            hit = self._longest_hit(seen)
            if hit is not None:
                ttl = self._expiry[seen.keys[hit]][1]
                self._expiry[seen.keys[hit]] = (now + ttl, ttl)
            written = [i for i in sorted(seen.marks) if seen.tokens[i] >= minimum]
            for i in written:
                ttl = max(seen.marks[i], self._expiry.get(seen.keys[i], (0.0, 0.0))[1])
                self._expiry[seen.keys[i]] = (now + ttl, ttl)
        read = min(seen.tokens[hit], total_tokens) if hit is not None else 0
        write = min(seen.tokens[written[-1]], total_tokens) - read if written else 0
        return CacheUsage(total_tokens - read - write, write, read)

    def _longest_hit(self, seen: Prefixes) -> int | None:
        """The last block index whose prefix is cached, looking back from each mark."""
        found = [i for mark in seen.marks
                 for i in range(mark, max(-1, mark - LOOKBACK_BLOCKS - 1), -1)
                 if seen.keys[i] in self._expiry]
        return max(found) if found else None

    def __len__(self) -> int:
        """How many prefixes are cached (expired ones included until the next request)."""
        with self._lock:
            return len(self._expiry)


def _blocks(request: dict[str, Any]) -> Iterator[tuple[str, Any, int]]:
    """Each block of a request in the cache's order, with where it sits and the characters
    of framing that come with it: every tool, the system prompt's blocks (a text is one),
    then each message's. A message's first block is told apart (a block never joins a
    neighbouring message) and carries the message's framing ({"role": ..., "content": [,
    the separators), which the prefix up to it holds too."""
    for tool in request.get("tools") or []:
        yield "tool", tool, 0
    yield from (("system", b, 0) for b in _content(request.get("system")))
    for m, message in enumerate(request.get("messages") or []):
        if not isinstance(message, dict):
            continue
        blocks = _content(message.get("content"))
        framing = _chars(message) - sum(map(_chars, blocks)) + (2 if m else 0)
        for i, block in enumerate(blocks):
            yield f"{message.get('role', '')}{'+' if i == 0 else ''}", block, framing * (i == 0)


def _chars(value: Any) -> int:
    """The characters of `value` as JSON, as the toy counts them."""
    return len(json.dumps(value, ensure_ascii=False))


def _content(value: Any) -> list[Any]:
    """A content as blocks: a text is one block, a list its items, nothing none."""
    if isinstance(value, list):
        return value
    return [value] if isinstance(value, str) and value else []


def _inner(block: Any) -> list[Any]:
    """The blocks inside a tool result's content."""
    content = block.get("content") if isinstance(block, dict) else None
    return content if isinstance(content, list) else []


def _as_text(content: Any) -> Any:
    """A content that is one plain, non-empty text block, as that text; else unchanged."""
    if isinstance(content, list) and len(content) == 1 and isinstance(content[0], dict):
        block = content[0]
        if set(block) == {"type", "text"} and block["type"] == "text" and block["text"]:
            return block["text"]
    return content


def _pop_mark(block: Any) -> float | None:
    """Remove `block`'s cache_control; its time to live in seconds, or None if unmarked."""
    if not isinstance(block, dict):
        return None
    mark = block.pop("cache_control", None)
    if not isinstance(mark, dict):
        return None
    return TTL_S.get(str(mark.get("ttl", "5m")), DEFAULT_TTL_S)
