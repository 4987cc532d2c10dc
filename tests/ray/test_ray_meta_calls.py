"""A meta agent's run and a self-check through the cluster's call path, without Ray itself.

The runner here stands in for Ray's transport only: it packs the trees as CallRunner does,
builds the NodeCall and runs the node's method for it (node.METHODS, which `serve` calls)
on unpacked copies. What travels and how the node hands it on is the real code; the
node-side harness is the loop's FakeHarness, so the remote patch can be compared with a
local one. Ray's scheduling, node loss and the node's Docker run are not exercised here.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from dgm.cluster.node import METHODS, NodeCall
from dgm.cluster.remote import RemoteHarness
from dgm.cluster.trees import pack, unpack
from evals.harness import Harness
from ground.context import CallContext
from sandbox import SandboxConfig
from tests.loop.fakes import FakeHarness


class RecordingHarness(FakeHarness):
    """The fake harness, noting what each meta run was handed."""

    def __init__(self) -> None:
        super().__init__(write_notes=True)
        self.seen: list[tuple[Any, ...]] = []

    def run_meta_agent(self, agent_dir: Path, workspace: Path, export_dir: Path, context: Any,
                       iterations_left: int, timeout_s: float | None = None) -> Any:
        self.seen.append((sorted(p.name for p in agent_dir.iterdir()),
                          sorted(p.name for p in export_dir.iterdir()), context,
                          iterations_left, timeout_s))
        return super().run_meta_agent(agent_dir, workspace, export_dir, context,
                                      iterations_left, timeout_s)


class LoopbackRunner:
    """CallRunner's `run` with the node's side called here instead of on a Ray worker."""

    def __init__(self, node_harness: FakeHarness) -> None:
        self.node_harness = node_harness
        self.sent: list[tuple[str, str, str, list[str]]] = []

    def run(self, method: str, billed: str, role: str, trees: dict[str, Path],
            args: dict[str, Any]) -> Any:
        packed = {name: pack(path) for name, path in trees.items()}
        self.sent.append((method, billed, role, sorted(packed)))
        call = NodeCall("c1", method, f"{method} {billed}", None, "image", packed, args, [],
                        False)  # type: ignore[arg-type]
        with tempfile.TemporaryDirectory() as tmp:
            unpacked = {name: unpack(data, Path(tmp, name)) for name, data in packed.items()}
            return METHODS[method](self.node_harness, call, unpacked)


def no_local_sandbox() -> Harness:
    """The driver's harness RemoteHarness copies its settings from (no gateway needed here)."""
    return Harness(None, SandboxConfig(), "image", "run")  # type: ignore[arg-type]


def agent_tree(root: Path, quality: int) -> Path:
    root.mkdir(parents=True)
    (root / "coding_agent.py").write_text(f"QUALITY = {quality}\n")
    (root / "meta_agent.py").write_text("print('meta')\n")
    return root


def test_a_meta_run_sent_to_a_node_gives_the_local_patch_and_summary(tmp_path: Path) -> None:
    agent, workspace = agent_tree(tmp_path / "agent", 5), agent_tree(tmp_path / "workspace", 3)
    export = tmp_path / "export"
    export.mkdir()
    facts = {"v": 1, "attempt": "g002a02", "generation": 2, "index": 2}
    (export / "context.json").write_text(json.dumps(facts))
    (export / "index.jsonl").write_text("")
    node = RecordingHarness()
    runner = LoopbackRunner(node)
    remote = RemoteHarness(no_local_sandbox(), runner)
    context = CallContext("run", "g002a02", "meta_agent", seed=9)
    run = remote.run_meta_agent(agent, workspace, export, context, 4, 600.0)
    local = FakeHarness(write_notes=True).run_meta_agent(
        agent, shutil.copytree(workspace, tmp_path / "again"), export, context, 4, 600.0)
    assert run.patch == local.patch and run.summary == local.summary
    assert "-QUALITY = 3\n+QUALITY = 5" in run.patch  # "big" on the workspace, not /agent
    assert "+g002a02" in run.patch  # the notes the node harness was told to write
    assert runner.sent == [("run_meta_agent", "g002a02", "meta_agent",
                            ["agent", "export", "repo"])]
    assert node.seen == [(["coding_agent.py", "meta_agent.py"], ["context.json", "index.jsonl"],
                          context, 4, 600.0)]


def test_a_self_check_sent_to_a_node_checks_the_shipped_entry(tmp_path: Path) -> None:
    agent = agent_tree(tmp_path / "agent", 1)
    runner = LoopbackRunner(FakeHarness())
    remote = RemoteHarness(no_local_sandbox(), runner)
    assert remote.self_check(agent, "meta_agent.py").passed
    assert not remote.self_check(agent, "missing.py").passed
    assert [s[:2] for s in runner.sent] == [("self_check", "meta_agent.py"),
                                            ("self_check", "missing.py")]
