"""One run's usage across several gateways: the desk, the gateway's tap, the driver's commits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dgm.cluster.committer import Committer
from dgm.cluster.desk import DeskTap, UsageDesk
from dgm.cluster.node import seed_recordings
from dgm.evolution.protocols import CallContext
from dgm.gateway import Budget, BudgetExceeded, Gateway, GatewayConfig, Recording, UsageEntry
from dgm.gateway.recordings import load_recordings
from ground.errors import ConfigError

USAGE = {"input_tokens": 100, "output_tokens": 20}  # 120 tokens per exchange


class Scripted:
    """A model answering every request with a short message of 120 tokens."""

    name = "scripted"
    models: list[str] | None = ["scripted"]
    billed = True

    def secrets(self) -> list[str]:
        """No credentials."""
        return []

    def close(self) -> None:
        """Nothing to release."""

    def complete(self, request: dict[str, Any], context: CallContext) -> dict[str, Any]:
        text = f"answer to {request['messages'][-1]['content']}"
        return {"id": "m", "type": "message", "role": "assistant", "model": "scripted",
                "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                "stop_sequence": None, "usage": USAGE}


class ListTap:
    """A tap that keeps what it is told (what a node reports to the desk)."""

    def __init__(self) -> None:
        self.told: list[tuple[UsageEntry, Recording | None]] = []

    def check(self, context: CallContext) -> None:
        return None

    def record(self, entry: UsageEntry, recording: Recording | None) -> None:
        self.told.append((entry, recording))


def gateway(root: Path, tap: Any = None, reuse: bool = True, **budget: Any) -> Gateway:
    config = GatewayConfig(provider="scripted", model="scripted", budget=Budget(**budget),
                           reuse_recordings=reuse)
    return Gateway(config, root, providers={"scripted": Scripted()}, tap=tap)


def ask(gw: Gateway, text: str, attempt: str = "a1") -> dict[str, Any]:
    token = gw.issue_token(CallContext("r1", attempt, "coding_agent"))
    return gw.complete({"max_tokens": 10, "messages": [{"role": "user", "content": text}]}, token)


def entry(tokens: int, attempt: str = "a1") -> UsageEntry:
    return UsageEntry("r1", attempt, "coding_agent", "scripted", "scripted", 0,
                      input_tokens=tokens)


def seqs(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.json"))


def test_the_desk_counts_every_gateway_and_hands_each_exchange_over_once() -> None:
    desk = UsageDesk(Budget(run_tokens=300), [entry(100, "earlier")])
    desk.report(entry(120), None)
    desk.note(entry(50, "diagnosis"))  # the driver's own: counted, not handed over
    assert desk.check("r1", "a1") is None
    desk.report(entry(40, "a2"), None)
    parts = desk.check("r1", "a3")
    assert parts is not None and parts[:2] == ("run", "tokens") and parts[2] == 310
    assert "run budget exhausted" in str(BudgetExceeded(*parts))
    handed = desk.collect()
    assert [e.input_tokens for e, _ in handed] == [120, 40]
    assert desk.collect() == []


def test_an_imported_exchange_is_in_the_driver_ledger_and_recordings(tmp_path: Path) -> None:
    tap = ListTap()
    with gateway(tmp_path / "node", tap) as node, gateway(tmp_path / "run") as driver:
        for text in ("one", "two", "three"):
            ask(node, text)
        for told in tap.told:
            driver.import_exchange(*told)
        assert driver.usage(run_id="r1").tokens == 360 == node.usage(run_id="r1").tokens
        ledger = (tmp_path / "run" / "ledger.jsonl").read_text().splitlines()
        assert [json.loads(line)["seq"] for line in ledger] == [0, 1, 2]
        assert load_recordings(tmp_path / "run" / "recordings", "a1") == \
            load_recordings(tmp_path / "node" / "recordings", "a1")


def test_a_rerun_elsewhere_reuses_then_diverges_as_a_local_resume_would(tmp_path: Path) -> None:
    first = ListTap()
    with gateway(tmp_path / "node1", first) as node, gateway(tmp_path / "run") as driver:
        for text in ("one", "two", "three"):
            ask(node, text)
        for told in first.told:
            driver.import_exchange(*told)
        second = ListTap()
        seed_recordings(tmp_path / "node2" / "recordings",
                        load_recordings(tmp_path / "run" / "recordings", "a1"))
        with gateway(tmp_path / "node2", second) as again:
            ask(again, "one")  # as recorded: answered again, free
            ask(again, "TWO")  # differs: the rest of the old run is set aside, this goes live
        assert [(e.reused, rec is None) for e, rec in second.told] == [(True, True),
                                                                      (False, False)]
        for told in second.told:
            driver.import_exchange(*told)
        folder = tmp_path / "run" / "recordings" / "a1"
        assert seqs(folder) == ["000000", "000001"]
        assert seqs(folder / "abandoned-0") == ["000001", "000002"]
        assert "TWO" in (folder / "000001.json").read_text()
        assert driver.usage(run_id="r1").calls == 4  # three, then one more; the reuse is free


@pytest.mark.usefixtures("ray_here")
def test_the_run_budget_holds_across_gateways_and_the_driver_commits_once(
        tmp_path: Path) -> None:
    import ray

    desk = ray.remote(UsageDesk).remote(Budget(run_tokens=250), [])
    with gateway(tmp_path / "run") as driver, \
            gateway(tmp_path / "n1", DeskTap(desk)) as one, \
            gateway(tmp_path / "n2", DeskTap(desk)) as two:
        ask(one, "a", "x1")
        ask(two, "b", "x2")  # 240 spent: under the cap, so this one still goes through
        ask(two, "c", "x2")
        with pytest.raises(BudgetExceeded, match="run budget"):
            ask(one, "d", "x1")  # this gateway alone spent 120: only the desk knows better
        committer = Committer(desk, driver, tmp_path / "run")
        assert committer.flush() == 3
        assert committer.flush() == 0
        assert driver.usage(run_id="r1").tokens == 360
        assert sorted(p.name for p in (tmp_path / "run" / "recordings").iterdir()) == \
            ["x1", "x2"]


@pytest.mark.usefixtures("ray_here")
def test_a_cluster_without_sandbox_slots_is_refused() -> None:
    from dgm.cluster.placement import connect, require_slots

    assert connect(None, 2) is False  # Ray already runs in this process: it is used as is
    with pytest.raises(ConfigError, match="offers no sandbox_slot"):
        require_slots(None)
