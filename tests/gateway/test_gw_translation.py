"""Anthropic <-> OpenAI chat-completions translation, and the retry policy's delays."""

from __future__ import annotations

import random
import threading

import pytest

from dgm.gateway import ProviderError, Retry
from dgm.gateway.providers.openai_format import from_chat, to_chat
from dgm.gateway.retry import backoff_delay, call_with_retries
from dgm.gateway.sse import message_events

REQUEST = {
    "model": "qwen", "max_tokens": 100, "temperature": 0.2, "stop_sequences": ["END"],
    "system": [{"type": "text", "text": "Be exact.", "cache_control": {"type": "ephemeral"}}],
    "tools": [{"name": "bash", "description": "Run it.",
               "input_schema": {"type": "object", "properties": {"cmd": {"type": "string"}}}}],
    "tool_choice": {"type": "any"},
    "messages": [
        {"role": "user", "content": "List files."},
        {"role": "assistant", "content": [
            {"type": "text", "text": "Sure."},
            {"type": "tool_use", "id": "call_1", "name": "bash", "input": {"cmd": "ls"}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "call_1",
             "content": [{"type": "text", "text": "a.py"}]},
            {"type": "text", "text": "Now read it."}]},
    ],
}


def test_request_to_chat() -> None:
    body = to_chat(REQUEST)
    assert body["model"] == "qwen" and body["max_tokens"] == 100 and body["stop"] == ["END"]
    assert body["tool_choice"] == "required"
    assert body["tools"] == [{"type": "function", "function": {
        "name": "bash", "description": "Run it.",
        "parameters": {"type": "object", "properties": {"cmd": {"type": "string"}}}}}]
    assert body["messages"] == [
        {"role": "system", "content": "Be exact."},
        {"role": "user", "content": "List files."},
        {"role": "assistant", "content": "Sure.", "tool_calls": [
            {"id": "call_1", "type": "function",
             "function": {"name": "bash", "arguments": '{"cmd": "ls"}'}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "a.py"},
        {"role": "user", "content": "Now read it."},
    ]


@pytest.mark.parametrize(("choice", "expected"), [
    ({"type": "auto"}, "auto"), ({"type": "none"}, "none"),
    ({"type": "tool", "name": "bash"}, {"type": "function", "function": {"name": "bash"}}),
])
def test_tool_choice(choice: dict, expected: object) -> None:
    assert to_chat({**REQUEST, "tool_choice": choice})["tool_choice"] == expected


def test_images_and_tool_errors() -> None:
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                         "data": "AAAA"}}
    messages = [{"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "c", "content": "boom", "is_error": True},
        {"type": "text", "text": "see"}, image]}]
    out = to_chat({"model": "m", "max_tokens": 1, "messages": messages})["messages"]
    assert out[0] == {"role": "tool", "tool_call_id": "c", "content": "[tool error] boom"}
    assert out[1]["content"][1] == {"type": "image_url",
                                    "image_url": {"url": "data:image/png;base64,AAAA"}}


def test_response_from_chat_with_tool_calls_and_cache() -> None:
    answer = {"id": "x1", "model": "qwen-served", "choices": [{"finish_reason": "tool_calls",
              "message": {"role": "assistant", "content": "Reading.", "tool_calls": [
                  {"id": "call_2", "type": "function",
                   "function": {"name": "bash", "arguments": '{"cmd": "cat a.py"}'}},
                  {"id": "call_3", "type": "function",
                   "function": {"name": "bash", "arguments": "not json"}}]}}],
              "usage": {"prompt_tokens": 120, "completion_tokens": 30,
                        "prompt_tokens_details": {"cached_tokens": 100}}}
    message = from_chat(answer, "qwen")
    assert message["type"] == "message" and message["role"] == "assistant"
    assert message["model"] == "qwen-served" and message["stop_reason"] == "tool_use"
    assert message["content"] == [
        {"type": "text", "text": "Reading."},
        {"type": "tool_use", "id": "call_2", "name": "bash", "input": {"cmd": "cat a.py"}},
        {"type": "tool_use", "id": "call_3", "name": "bash",
         "input": {"_unparsed_arguments": "not json"}},
    ]
    assert message["usage"] == {"input_tokens": 20, "output_tokens": 30,
                                "cache_read_input_tokens": 100, "cache_creation_input_tokens": 0}


def test_length_stop_maps_to_max_tokens() -> None:
    answer = {"choices": [{"finish_reason": "length", "message": {"content": "trunc"}}]}
    assert from_chat(answer, "m")["stop_reason"] == "max_tokens"


def test_stream_events_carry_every_block() -> None:
    message = {"id": "m", "type": "message", "role": "assistant", "model": "x",
               "content": [{"type": "text", "text": "hi"},
                           {"type": "tool_use", "id": "t", "name": "bash", "input": {"a": 1}}],
               "stop_reason": "tool_use", "stop_sequence": None,
               "usage": {"input_tokens": 3, "output_tokens": 4}}
    names = [name for name, _ in message_events(message)]
    assert names == ["message_start", "content_block_start", "content_block_delta",
                     "content_block_stop", "content_block_start", "content_block_delta",
                     "content_block_stop", "message_delta", "message_stop"]


def test_backoff_doubles_with_jitter_and_honours_retry_after() -> None:
    policy = Retry(max_retries=5, backoff_base_s=1.0, backoff_max_s=4.0)
    rng = random.Random(1)
    fault = ProviderError(500, "x")
    delays = [backoff_delay(policy, n, fault, rng) for n in range(4)]
    for n, delay in enumerate(delays):
        ceiling = min(4.0, 2.0**n)
        assert ceiling / 2 <= delay <= ceiling
    assert backoff_delay(policy, 0, ProviderError(429, "x", retry_after=7.0), rng) == 7.0


def test_call_with_retries_sleeps_between_tries_outside_the_semaphore() -> None:
    faults = [ProviderError(529, "overloaded"), ProviderError(429, "slow", retry_after=2.5)]
    limit = threading.BoundedSemaphore(1)
    slept: list[float] = []

    def call() -> str:
        if faults:
            raise faults.pop(0)
        return "done"

    def sleep(seconds: float) -> None:
        assert limit.acquire(blocking=False)  # free while backing off
        limit.release()
        slept.append(seconds)

    policy = Retry(max_retries=3, backoff_base_s=0.5)
    assert call_with_retries(call, policy, limit=limit, sleep=sleep) == ("done", 2)
    assert 0.25 <= slept[0] <= 0.5 and slept[1] == 2.5


def test_no_retry_on_other_4xx_and_give_up_after_max() -> None:
    tries: list[int] = []

    def bad() -> None:
        tries.append(1)
        raise ProviderError(404, "no such model")

    with pytest.raises(ProviderError, match="no such model"):
        call_with_retries(bad, Retry(max_retries=3), sleep=lambda s: None)
    assert len(tries) == 1

    def down() -> None:
        tries.append(1)
        raise ProviderError(502, "dropped")

    with pytest.raises(ProviderError) as caught:
        call_with_retries(down, Retry(max_retries=2), sleep=lambda s: None)
    assert len(tries) == 4 and caught.value.retries == 2
