"""A resumed run re-runs an attempt: what an earlier session paid for and recorded is reused."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from gw_fakes import ScriptedProvider, context, message, scripted_config, sdk_client

from dgm.evolution.protocols import CallContext
from dgm.gateway import (
    Budget,
    BudgetExceeded,
    Gateway,
    GatewayConfig,
    Price,
    ProviderError,
    ProviderSettings,
    UsageEntry,
)
from dgm.gateway.ledger import Ledger
from dgm.gateway.recordings import load_recordings
from ground.errors import ConfigError

PRICES = {"scripted": Price(input=1.0, output=10.0)}  # 0.0015 USD per call below
PROMPTS = ["one", "two", "three", "four", "five"]


def model(request: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    """A deterministic model whose answer depends on the conversation; it can refuse."""
    last = request["messages"][-1]["content"]
    if last == "fail please":
        raise ProviderError(400, "the model refuses")
    return message(f"turns={len(request['messages'])} last={last}",
                   usage={"input_tokens": 1000, "output_tokens": 50})


def converse(gw: Gateway, prompts: list[str], attempt: str = "A", **kw: Any) -> list[str]:
    """An agent's conversation, in-process; a refused call becomes part of the transcript."""
    token = gw.issue_token(context(attempt=attempt, **kw))
    history: list[dict[str, Any]] = []
    answers = []
    for prompt in prompts:
        history.append({"role": "user", "content": prompt})
        try:
            answer = gw.complete({"max_tokens": 64, "messages": history}, token)
            text = answer["content"][0]["text"]
        except ProviderError as exc:
            text = f"error {exc.status}"
        answers.append(text)
        history.append({"role": "assistant", "content": text})
    return answers


def session(run_dir: Path, prompts: list[str], attempt: str = "A",
            **config: Any) -> tuple[list[str], ScriptedProvider]:
    """One gateway lifetime running one conversation; then it 'crashes' (is closed)."""
    provider = ScriptedProvider(model)
    with Gateway(scripted_config(prices=PRICES, **config), run_dir,
                 providers={"scripted": provider}) as gw:
        return converse(gw, prompts, attempt), provider


def seqs(folder: Path) -> list[str]:
    """The recording file names in `folder`."""
    return sorted(p.name for p in folder.glob("*.json"))


def entries(run_dir: Path) -> list[UsageEntry]:
    """The run's ledger."""
    return Ledger(run_dir / "ledger.jsonl").entries()


def test_a_resumed_attempt_pays_only_past_what_was_recorded(tmp_path: Path) -> None:
    whole, _ = session(tmp_path / "whole", PROMPTS)  # the run that never crashed
    run_dir = tmp_path / "run"
    session(run_dir, PROMPTS[:3])
    again, provider = session(run_dir, PROMPTS)
    assert again == whole
    assert [c[0]["messages"][-1]["content"] for c in provider.calls] == ["four", "five"]
    second = entries(run_dir)[3:]
    assert [(e.seq, e.reused, e.usd, e.tokens) for e in second] == [
        (0, True, 0.0, 0), (1, True, 0.0, 0), (2, True, 0.0, 0),
        (3, False, pytest.approx(0.0015), 1050), (4, False, pytest.approx(0.0015), 1050)]
    folder = run_dir / "recordings" / "A"
    assert seqs(folder) == [f"{i:06d}.json" for i in range(5)]
    assert not list(folder.glob("abandoned-*"))
    clean = [(r.request, r.response) for r in load_recordings(run_dir / "recordings", "A")]
    assert clean == [(r.request, r.response)
                     for r in load_recordings(tmp_path / "whole" / "recordings", "A")]


def test_a_resumed_run_counts_the_same_spend_as_an_uninterrupted_one(tmp_path: Path) -> None:
    session(tmp_path / "whole", PROMPTS)
    session(tmp_path / "run", PROMPTS[:2])
    provider = ScriptedProvider(model)
    with Gateway(scripted_config(prices=PRICES), tmp_path / "run",
                 providers={"scripted": provider}) as gw:
        converse(gw, PROMPTS)
        resumed = gw.usage_by_prefix("A")
    with Gateway(scripted_config(prices=PRICES), tmp_path / "whole",
                 providers={"scripted": provider}) as gw:
        whole = gw.usage(attempt_id="A")
    assert (resumed.calls, resumed.tokens, resumed.usd) == (
        whole.calls, whole.tokens, pytest.approx(whole.usd))
    assert resumed.reused == 2 and whole.reused == 0


def test_a_divergence_moves_the_stale_recordings_aside(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    session(run_dir, PROMPTS)
    changed = [*PROMPTS[:2], "THREE", "four", "five"]
    answers, provider = session(run_dir, changed)
    assert [c[0]["messages"][-1]["content"] for c in provider.calls] == ["THREE", "four", "five"]
    assert [(e.seq, e.reused) for e in entries(run_dir)[5:]] == [
        (0, True), (1, True), (2, False), (3, False), (4, False)]
    folder = run_dir / "recordings" / "A"
    assert seqs(folder) == [f"{i:06d}.json" for i in range(5)]
    assert seqs(folder / "abandoned-0") == [f"{i:06d}.json" for i in (2, 3, 4)]
    old = json.loads((folder / "abandoned-0" / "000002.json").read_text())
    assert old["request"]["messages"][-1]["content"] == "three"
    replay = GatewayConfig(provider="replay", model="replayed", providers={
        "replay": ProviderSettings(source=str(run_dir / "recordings"))})
    with Gateway(replay, tmp_path / "replayed") as gw:  # replay sees the one clean sequence
        assert converse(gw, changed) == answers


def test_running_out_of_recordings_goes_live_and_a_second_divergence_adds_a_folder(
    tmp_path: Path,
) -> None:
    run_dir = tmp_path / "run"
    session(run_dir, PROMPTS[:2])
    session(run_dir, PROMPTS[:4])  # reuses 0-1, pays for 2-3
    _, provider = session(run_dir, ["one", "TWO"])
    assert len(provider.calls) == 1
    folder = run_dir / "recordings" / "A"
    assert seqs(folder) == ["000000.json", "000001.json"]
    assert seqs(folder / "abandoned-0") == [f"{i:06d}.json" for i in (1, 2, 3)]
    session(run_dir, ["one", "TWO", "x"])
    assert seqs(folder / "abandoned-0") == [f"{i:06d}.json" for i in (1, 2, 3)]
    assert not (folder / "abandoned-1").exists()  # running out abandons nothing
    session(run_dir, ["uno"])
    assert seqs(folder / "abandoned-1") == [f"{i:06d}.json" for i in (0, 1, 2)]


def test_a_recorded_error_is_not_reused(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    prompts = ["hello", "fail please", "and again"]
    first, _ = session(run_dir, prompts)
    again, provider = session(run_dir, prompts)
    assert again == first and first[1] == "error 400"
    assert [c[0]["messages"][-1]["content"] for c in provider.calls] == [
        "fail please", "and again"]
    folder = run_dir / "recordings" / "A"
    assert seqs(folder / "abandoned-0") == ["000001.json", "000002.json"]
    assert [(e.seq, e.reused, e.status) for e in entries(run_dir)[3:]] == [
        (0, True, 200), (1, False, 400), (2, False, 200)]


def test_only_the_same_model_and_only_on_first_sight(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    session(run_dir, PROMPTS[:2])
    provider = ScriptedProvider(model)
    provider.models = ["scripted", "scripted-2"]
    config = scripted_config(prices=PRICES, model="scripted-2")
    with Gateway(config, run_dir, providers={"scripted": provider}) as gw:
        converse(gw, PROMPTS[:2])  # another model: nothing reused
        assert len(provider.calls) == 2
    with Gateway(config, run_dir, providers={"scripted": provider}) as gw:
        converse(gw, PROMPTS[:2])  # the same model again: reused
        assert len(provider.calls) == 2
        converse(gw, PROMPTS[:2])  # the same attempt again in this lifetime: live
        assert len(provider.calls) == 4
    folder = run_dir / "recordings" / "A"
    assert seqs(folder) == [f"{i:06d}.json" for i in range(4)]
    assert seqs(folder / "abandoned-0") == ["000000.json", "000001.json"]
    models = [r.model for r in load_recordings(run_dir / "recordings", "A")]
    assert models == ["scripted-2"] * 4


def test_reuse_works_over_http_and_ignores_stream(tmp_path: Path, run_dir: Path) -> None:
    provider = ScriptedProvider(model)
    history = [{"role": "user", "content": "one"}]
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        client = sdk_client(gw, gw.issue_token(context(attempt="A")))
        first = client.messages.create(model="m", max_tokens=9, messages=history)
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        client = sdk_client(gw, gw.issue_token(context(attempt="A")))
        with client.messages.stream(model="m", max_tokens=9, messages=history) as stream:
            again = stream.get_final_message()
    assert len(provider.calls) == 1
    assert again.content[0].text == first.content[0].text == "turns=1 last=one"


def test_a_reused_attempt_keeps_its_budget_behaviour(tmp_path: Path) -> None:
    budget = Budget(attempt_tokens=2000)  # 1050 tokens per call: the third call is refused
    run_dir = tmp_path / "run"
    session(run_dir, PROMPTS[:2], budget=budget)
    provider = ScriptedProvider(model)
    with Gateway(scripted_config(prices=PRICES, budget=budget), run_dir,
                 providers={"scripted": provider}) as gw:
        token = gw.issue_token(context(attempt="A"))
        history: list[dict[str, Any]] = []
        for prompt, answer in zip(PROMPTS[:2], ["turns=1 last=one", "turns=3 last=two"],
                                  strict=True):
            history.append({"role": "user", "content": prompt})
            got = gw.complete({"max_tokens": 64, "messages": history}, token)
            assert got["content"][0]["text"] == answer
            history.append({"role": "assistant", "content": answer})
        history.append({"role": "user", "content": "three"})
        with pytest.raises(BudgetExceeded):
            gw.complete({"max_tokens": 64, "messages": history}, token)
    assert provider.calls == []


def test_a_gap_in_the_recordings_ends_reuse_there(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    session(run_dir, PROMPTS)
    folder = run_dir / "recordings" / "A"
    (folder / "000002.json").unlink()
    _, provider = session(run_dir, PROMPTS)
    assert len(provider.calls) == 3
    assert seqs(folder) == [f"{i:06d}.json" for i in range(5)]
    assert seqs(folder / "abandoned-0") == ["000003.json", "000004.json"]


def test_concurrent_attempts_each_reuse_their_own(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    names = [f"g001a{i:02d}/t-{i}/r0" for i in range(8)]
    provider = ScriptedProvider(model)

    def run_all(prompts: list[str]) -> None:
        with Gateway(scripted_config(prices=PRICES), run_dir,
                     providers={"scripted": provider}) as gw:
            threads = [threading.Thread(target=converse, args=(gw, prompts, name))
                       for name in names]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()

    run_all(PROMPTS[:2])
    run_all(PROMPTS)
    assert len(provider.calls) == 8 * 2 + 8 * 3
    for name in names:
        assert len(load_recordings(run_dir / "recordings", name)) == 5
    assert sum(e.reused for e in entries(run_dir)) == 16


def test_reuse_can_be_switched_off(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    session(run_dir, PROMPTS[:2])
    _, provider = session(run_dir, PROMPTS[:2], reuse_recordings=False)
    assert len(provider.calls) == 2
    assert seqs(run_dir / "recordings" / "A") == [f"{i:06d}.json" for i in range(4)]
    assert GatewayConfig.from_dict({"reuse_recordings": False}).reuse_recordings is False
    assert GatewayConfig().reuse_recordings is True
    for bad in (1, "no"):
        with pytest.raises(ConfigError, match="reuse_recordings"):
            GatewayConfig.from_dict({"reuse_recordings": bad})
    with pytest.raises(ConfigError, match="max_request_bytes"):
        GatewayConfig.from_dict({"max_request_bytes": True})


def test_old_ledger_lines_read_as_not_reused() -> None:
    line = {"run_id": "r", "attempt_id": "a", "role": "diagnoser", "provider": "toy",
            "model": "toy", "seq": 0, "format": 1}
    assert UsageEntry.from_dict(line).reused is False


def test_a_resume_past_a_saved_step_reuses_the_next_roles_recordings(tmp_path: Path) -> None:
    """Killed in self-modification after a saved diagnosis: the re-run asks no diagnosis, so
    the diagnoser's recordings are passed over (kept), and the self-modifier's are reused."""
    run_dir = tmp_path / "run"
    with Gateway(scripted_config(prices=PRICES), run_dir,
                 providers={"scripted": ScriptedProvider(model)}) as gw:
        converse(gw, ["diagnose", "again"], role="diagnoser")
        first = converse(gw, PROMPTS[:2], role="self_modifier")
    provider = ScriptedProvider(model)
    with Gateway(scripted_config(prices=PRICES), run_dir,
                 providers={"scripted": provider}) as gw:
        again = converse(gw, PROMPTS[:3], role="self_modifier")
    assert again[:2] == first
    assert [c[0]["messages"][-1]["content"] for c in provider.calls] == ["three"]  # only new
    folder = run_dir / "recordings" / "A"
    assert seqs(folder) == [f"{i:06d}.json" for i in range(5)]
    assert not list(folder.glob("abandoned-*"))
    roles = [r.role for r in load_recordings(run_dir / "recordings", "A")]
    assert roles == ["diagnoser"] * 2 + ["self_modifier"] * 3
    assert [e.reused for e in entries(run_dir)[4:]] == [True, True, False]
