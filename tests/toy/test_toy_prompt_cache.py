"""The toy's prompt cache follows the real API's rules; its answers never depend on it."""

from __future__ import annotations

import copy
import threading
from typing import Any

import pytest

from dgm.evolution.protocols import CallContext
from dgm.toy import ToyProvider
from dgm.toy.prompt_cache import DEFAULT_MIN_TOKENS, min_cacheable_tokens, unmarked

MARK = {"type": "ephemeral"}
CONTEXT = CallContext(run_id="r", attempt_id="a", role="diagnoser")


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def request(system_chars: int, question: str = "Which fix?", *, mark_last: bool = False,
            ttl: str | None = None, model: str = "toy") -> dict[str, Any]:
    """A system prompt of `system_chars` characters, marked, and one user question."""
    mark = {**MARK, **({"ttl": ttl} if ttl else {})}
    last: Any = [{"type": "text", "text": question, **({"cache_control": MARK} if mark_last
                                                       else {})}]
    return {"model": model, "max_tokens": 256,
            "system": [{"type": "text", "text": "s" * system_chars, "cache_control": mark}],
            "messages": [{"role": "user", "content": last}]}


def usage(provider: ToyProvider, req: dict[str, Any]) -> tuple[int, int, int]:
    """(input, cache write, cache read) of one request."""
    u = provider.complete(copy.deepcopy(req), CONTEXT)["usage"]
    return u["input_tokens"], u["cache_creation_input_tokens"], u["cache_read_input_tokens"]


def test_a_marked_prefix_is_written_then_read() -> None:
    toy = ToyProvider(0, clock=Clock())
    plain, written, read = usage(toy, request(8000))
    assert written >= 2000 and read == 0 and plain > 0
    assert usage(toy, request(8000)) == (plain, 0, written)


def test_a_prefix_below_the_minimum_is_never_cached() -> None:
    toy = ToyProvider(0, clock=Clock())
    short = request(4 * DEFAULT_MIN_TOKENS - 200)
    first = usage(toy, short)
    assert first[1:] == (0, 0)
    assert usage(toy, short) == first
    assert len(toy.cache) == 0


def test_the_minimum_depends_on_the_model() -> None:
    assert min_cacheable_tokens("claude-3-5-haiku-latest") == 2048
    assert min_cacheable_tokens("claude-sonnet-4-5") == min_cacheable_tokens("toy") == 1024
    middling = 4 * 1500  # 1500 tokens: enough for Sonnet-class, not for Haiku
    assert usage(ToyProvider(0, clock=Clock()), request(middling))[1] > 0
    assert usage(ToyProvider(0, clock=Clock()), request(middling, model="claude-haiku-4-5"))[1:] \
        == (0, 0)


def test_an_entry_lives_five_minutes_from_its_last_use() -> None:
    clock = Clock()
    toy = ToyProvider(0, clock=clock)
    _, written, _ = usage(toy, request(8000))
    clock.now += 299
    assert usage(toy, request(8000))[2] == written  # a hit refreshes it
    clock.now += 299
    assert usage(toy, request(8000))[2] == written
    clock.now += 301
    assert usage(toy, request(8000))[1:] == (written, 0)  # expired: written again


def test_a_one_hour_mark_outlives_five_minutes() -> None:
    clock = Clock()
    toy = ToyProvider(0, clock=clock)
    _, written, _ = usage(toy, request(8000, ttl="1h"))
    clock.now += 3000
    assert usage(toy, request(8000, ttl="1h"))[2] == written
    clock.now += 3601
    assert usage(toy, request(8000, ttl="1h"))[2] == 0


def test_a_changed_prefix_misses_and_a_longer_one_reads_the_shorter() -> None:
    toy = ToyProvider(0, clock=Clock())
    _, written, _ = usage(toy, request(8000))
    assert usage(toy, request(8001))[2] == 0  # the system prompt changed: nothing read
    longer = request(8000, "Which fix? " * 500, mark_last=True)
    plain, more, read = usage(toy, longer)
    assert read == written and more > 0  # the system prefix read, the question written
    assert usage(toy, longer) == (plain, 0, read + more)


def conversation(turns: int, mark_at: list[int]) -> dict[str, Any]:
    """A long task and `turns` tool calls; cache marks on the messages at `mark_at`."""
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": [{"type": "text", "text": "task " * 2000}]}]
    for k in range(turns):
        messages.append({"role": "assistant", "content": [
            {"type": "tool_use", "id": f"t{k}", "name": "bash", "input": {"command": "ls"}}]})
        messages.append({"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": f"t{k}", "content": f"out {k}"}]})
    for i in mark_at:
        messages[i]["content"][-1]["cache_control"] = MARK
    return {"model": "toy", "max_tokens": 64, "messages": messages}


def test_the_look_back_reaches_twenty_blocks_before_a_mark() -> None:
    toy = ToyProvider(0, clock=Clock())
    _, written, _ = usage(toy, conversation(0, [0]))
    assert usage(toy, conversation(10, [20]))[2] == written  # 20 blocks on: still found
    toy = ToyProvider(0, clock=Clock())
    usage(toy, conversation(0, [0]))
    assert usage(toy, conversation(11, [22]))[2] == 0  # 22 blocks on: past the look-back
    toy = ToyProvider(0, clock=Clock())
    usage(toy, conversation(0, [0]))
    assert usage(toy, conversation(11, [0, 22]))[2] == written  # a mark on it is found


def test_answers_and_total_input_do_not_depend_on_the_marks() -> None:
    marked_req = request(8000, mark_last=True)
    bare = copy.deepcopy(marked_req)
    bare["system"] = "s" * 8000  # as the agent sent it, before the gateway made it a block
    bare["messages"][0]["content"] = "Which fix?"
    answers = [ToyProvider(0, clock=Clock()).complete(r, CONTEXT) for r in (marked_req, bare)]
    assert answers[0]["content"] == answers[1]["content"]
    assert answers[0]["id"] == answers[1]["id"]
    u = [a["usage"] for a in answers]
    assert u[1]["cache_creation_input_tokens"] == u[1]["cache_read_input_tokens"] == 0
    assert u[0]["input_tokens"] + u[0]["cache_creation_input_tokens"] == u[1]["input_tokens"]
    assert unmarked(marked_req)[0] == bare


def test_concurrent_requests_write_a_prefix_once_and_the_same_sequence_gives_the_same_usage(
) -> None:
    toy = ToyProvider(0, clock=Clock())
    results: list[tuple[int, int, int]] = []
    lock = threading.Lock()

    def call() -> None:
        got = usage(toy, request(8000))
        with lock:
            results.append(got)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    writes = [r for r in results if r[1]]
    assert len(writes) == 1 and sum(r[2] for r in results) == 7 * writes[0][1]
    sequence = [request(8000), request(9000, mark_last=True), request(8000)]
    runs = [[usage(ToyProvider(0, clock=Clock()), r) for r in sequence] for _ in range(2)]
    assert runs[0] == runs[1]


@pytest.mark.parametrize("role", ["coding_agent", "self_modifier", "diagnoser"])
def test_unmarked_requests_report_no_cache_use(role: str) -> None:
    req = {"model": "toy", "max_tokens": 64, "system": "s" * 8000,
           "tools": [{"name": "bash", "description": "run", "input_schema": {"type": "object"}}],
           "messages": [{"role": "user", "content": "Fix the bug."}]}
    answer = ToyProvider(0).complete(req, CallContext("r", "a", role, hints={}))
    assert answer["usage"]["cache_creation_input_tokens"] == 0
    assert answer["usage"]["cache_read_input_tokens"] == 0
