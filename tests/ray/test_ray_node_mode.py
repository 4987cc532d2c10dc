"""A node's gateway serves the roles of the run's mode: the mode travels in the NodeSetup the
placement builds, so a hyperagent run's meta agent is served on a node. Without Ray itself:
the node's harness is built here as `serve` builds it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dgm.cluster.node import NodeCall, NodeSetup, node_harness
from dgm.config import load_config
from dgm.gateway import GatewayConfig, ProviderSettings, Route
from dgm.placement import node_setup
from ground.context import CallContext
from ground.errors import GatewayError
from sandbox import SandboxConfig

REPO = Path(__file__).resolve().parents[2]


def routed_apart(recordings: Path) -> GatewayConfig:
    """The toy for every role but meta_agent, which another provider serves."""
    return GatewayConfig(provider="toy", model="toy",
                         roles={"meta_agent": Route("replay", "recorded")},
                         providers={"replay": ProviderSettings(source=str(recordings))})


def call(setup: NodeSetup) -> NodeCall:
    return NodeCall("c1", "run_meta_agent", "meta g001a00", setup, "image", {}, {}, [], False)


def meta_token(setup: NodeSetup, root: Path) -> str:
    """A meta_agent token from the harness a node builds for `setup`."""
    with node_harness(call(setup), None, root) as harness:
        return str(harness.gateway.issue_token(CallContext("r", "g001a00", "meta_agent")))


def test_the_placement_gives_nodes_the_run_mode() -> None:
    for name, mode in [("hyperagent.toml", "hyperagent"), ("toyworld.toml", "dgm")]:
        config = load_config(REPO / "configs" / name)
        setup = node_setup(config, config.gateway)
        assert setup.mode == mode
        assert (setup.run_id, setup.benchmark) == (config.name, config.evaluation.benchmark)


def test_a_hyperagent_node_serves_the_meta_agent_role(tmp_path: Path) -> None:
    (tmp_path / "recordings").mkdir()
    setup = NodeSetup(routed_apart(tmp_path / "recordings"), SandboxConfig(), "r", 0, 60.0,
                      "pytasks", {}, mode="hyperagent")
    assert meta_token(setup, tmp_path / "hyper")
    # a node told mode dgm builds no provider for the role, and refuses it with the fix
    with pytest.raises(GatewayError, match="Gateway\\(..., mode=...\\)"):
        meta_token(replace(setup, mode="dgm"), tmp_path / "dgm")
