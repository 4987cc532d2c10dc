"""The replay provider: exact matches, timing-only differences, real divergences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dgm.evolution.protocols import CallContext
from dgm.gateway.errors import ReplayDivergence
from dgm.gateway.providers.replay import ReplayProvider
from dgm.gateway.recordings import steady
from dgm.gateway.settings import ProviderSettings


def write_recording(root: Path, seq: int, text: str, answer: str) -> None:
    folder = root / "g001a00_task_r0"
    folder.mkdir(parents=True, exist_ok=True)
    rec = {"run_id": "r", "attempt_id": "g001a00/task/r0", "seq": seq, "role": "coding_agent",
           "provider": "toy", "model": "toy",
           "request": {"model": "toy", "messages": [{"role": "user", "content": text}]},
           "response": {"content": [{"type": "text", "text": answer}]}, "format": 1}
    (folder / f"{seq:06d}.json").write_text(json.dumps(rec))


def ask(provider: ReplayProvider, text: str) -> str:
    request = {"model": "other", "messages": [{"role": "user", "content": text}]}
    context = CallContext("r", "g001a00/task/r0", "coding_agent")
    return provider.complete(request, context)["content"][0]["text"]


def test_steady_masks_durations_and_addresses_only() -> None:
    assert steady({"a": ["7 passed in 0.02s", "<obj at 0x7f3a2b1c9d80>", "took 15ms"]}) == {
        "a": ["7 passed in <duration>", "<obj at 0x<address>>", "took <duration>"]}
    assert steady("version 3 of 5 tests") == "version 3 of 5 tests"


def test_steady_masks_the_unix_times_of_a_transcript() -> None:
    one = '{"time": 1764971234.12, "event": "start"} took 1764971234 s? no: id 17649712'
    other = '{"time": 1764971299.123, "event": "start"} took 1764971299 s? no: id 17649712'
    assert steady(one) == steady(other)
    assert "17649712" in steady(one)  # eight digits: not a time


def test_the_toys_token_count_does_not_move_with_timings() -> None:
    from dgm.toy.conversation import request_chars

    def asked(log: str) -> dict:
        return {"model": "toy", "max_tokens": 10, "messages": [{"role": "user", "content": log}]}

    quick = asked('{"time": 1764971234.12} 3 passed in 0.05s')
    slow = asked('{"time": 1764971234.125} 3 passed in 12.31s')
    assert request_chars(quick) == request_chars(slow)


def test_serves_in_order_tolerating_timing_noise(tmp_path: Path) -> None:
    write_recording(tmp_path, 0, "fix the bug", "first")
    write_recording(tmp_path, 1, "7 passed in 0.02s", "second")
    write_recording(tmp_path, 2, "1 failed in 0.10s", "third")
    provider = ReplayProvider(ProviderSettings(source=str(tmp_path)))
    assert ask(provider, "fix the bug") == "first"
    assert ask(provider, "7 passed in 0.05s") == "second"
    assert provider.tolerated("g001a00/task/r0") == 1
    with pytest.raises(ReplayDivergence, match="exchange 2 diverged"):
        ask(provider, "2 failed in 0.10s")
    with pytest.raises(ReplayDivergence, match="request 3 has no recording"):
        ask(provider, "more")
