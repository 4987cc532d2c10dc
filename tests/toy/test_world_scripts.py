"""scripts/world_calibrate.py and scripts/world_check.py: their parts on small inputs."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dgm.toy.agent_ast import index
from dgm.toy.mechanisms import MECHANISMS

ROOT = Path(__file__).resolve().parents[2]


def script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


calibrate, check = script("world_calibrate"), script("world_check")


def test_a_stack_names_mechanisms_and_parameters_and_bad_ones_are_refused() -> None:
    assert calibrate.parse_stack("seed=") == ("seed", [])
    assert calibrate.parse_stack("two=turn_limit:turns=40+truncate:limit=900,mode=tail") == (
        "two", [("turn_limit", {"turns": 40}), ("truncate", {"limit": 900, "mode": "tail"})])
    with pytest.raises(SystemExit, match="unknown mechanism 'turn_limits'"):
        calibrate.parse_stack("x=turn_limits")
    with pytest.raises(SystemExit, match="NAME=MECHANISM"):
        calibrate.parse_stack("turn_limit")
    assert all(calibrate.parse_stack(s)[0] for s in calibrate.CANONICAL)


def test_a_built_stack_carries_each_mechanism_with_the_given_parameters(tmp_path: Path) -> None:
    name, steps = calibrate.parse_stack("s=turn_limit:turns=40+tests_tool:lines=25+truncate")
    agent = calibrate.build(name, steps, tmp_path, 0)
    files = {str(p.relative_to(agent)): p.read_text() for p in agent.rglob("*.py")}
    found = index(files)
    assert MECHANISMS["turn_limit"].existing(found) == {"turns": 40}
    assert MECHANISMS["tests_tool"].existing(found) == {"lines": 25}
    cut = MECHANISMS["truncate"].existing(found)
    again = calibrate.build("t", calibrate.parse_stack("t=truncate")[1], tmp_path, 0)
    alone = {str(p.relative_to(again)): p.read_text() for p in again.rglob("*.py")}
    assert cut == MECHANISMS["truncate"].existing(index(alone))  # drawn alike in every stack


def test_failures_are_named_by_the_last_step_and_the_table_counts_gains() -> None:
    assert calibrate.failure({}, "give_up:give_up") == "give_up"
    assert calibrate.failure({}, "explore:read") == "out_of_turns"
    assert calibrate.failure({"log_tail": "prompt is too long"}, "explore:read") == "overflow"
    assert calibrate.failure({}, "done:finished") == "finished"
    rows = [{"stack": "seed", "score": 0.5, "usd": 1.0, "solved": ["a", "b"],
             "failures": {"give_up": 2}},
            {"stack": "more", "score": 0.5, "usd": 1.2, "solved": ["b", "c"],
             "failures": {"slip": 2}}]
    lines = calibrate.table(rows).splitlines()
    assert lines[2].split()[:5] == ["more", "0.500", "1", "1", "1.20"]


@dataclass
class Record:
    id: str
    score: float | None
    iteration: int
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.extra = {"iteration": self.iteration}


@dataclass
class Run:
    records: list[Record]


def test_the_change_line_is_read_and_best_rises_count_only_after_the_cut() -> None:
    statement = 'gave up.\n[simulated model] change: {"mechanism": "truncate", "op": "add"}'
    assert check.change_of(statement) == {"mechanism": "truncate", "op": "add"}
    assert check.change_of("no change line") is None
    assert check.change_of("change: {broken") is None
    run = Run([Record("s", 0.5, 0), Record("a", 0.6, 10), Record("b", 0.55, 31),
               Record("c", 0.7, 35), Record("d", 0.8, 40), Record("e", None, 50)])
    assert check.best_rises(run, 30) == 2
    assert check.best_rises(run, 0) == 3
