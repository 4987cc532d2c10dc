"""`dgm show`: parent, problem statement, per-task results, cost and the diff against the parent."""

from __future__ import annotations

import json
from pathlib import Path

from views_helpers import TASKS, assert_user_error, dgm


def test_show_text_has_what_a_reader_needs(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    result = dgm("show", root, ids["output"][:7])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"agent:      {ids['output']}" in out
    assert f"parent:     {ids['retry']} (0.500, ok)" in out
    assert "iteration:  2 (depth 2)" in out and "score:      0.750" in out
    assert "tasks:      3/4 resolved" in out
    assert "cost:       $0.0400, 4,000 tokens" in out
    assert "self_modifier $0.0025/250 tok/1 calls" in out
    assert f"children:   {ids['long']}" in out
    assert "Problem: Show test output to the model." in out
    assert "delta-refactor    0  failed" in out and "alpha-fix         0  resolved" in out
    assert f"diff against parent {ids['retry']}" in out
    assert "+# change 3: output" in out and "+SETTING_3 = 3" in out
    assert "simulated model" in out.splitlines()[0]


def test_show_json_is_the_record_and_more(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    data = json.loads(dgm("show", root, ids["narrow"], "--json").stdout)
    assert (data["id"], data["parent"], data["status"]) == (ids["narrow"], ids["retry"],
                                                            "rejected")
    assert data["parent_agent"]["id"] == ids["retry"] and data["iteration"] == 2
    assert [t["task_id"] for t in data["tasks"]] == TASKS
    assert [t["resolved"] for t in data["tasks"]] == [False, False, False, True]
    assert data["tasks_source"] == "evaluation"
    assert data["cost"]["by_role"]["coding_agent"]["calls"] == 4
    assert "+SETTING_4 = 4" in data["diff"]


def test_show_seed_and_an_agent_without_saved_evaluation(
        synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    seed = dgm("show", root, "root").stdout
    assert "parent:     - (seed agent)" in seed and "has no parent to diff against" in seed
    data = json.loads(dgm("show", root, ids["context"], "--json").stdout)
    assert data["tasks_source"] == "record"
    assert [t["resolved"] for t in data["tasks"]] == [False] * 4


def test_show_user_errors(synth: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, _ = synth
    assert_user_error(dgm("show", root, "ffffffffff"), "unknown agent")
    assert_user_error(dgm("show", root, "zz"), "not an agent id")
    assert_user_error(dgm("show", tmp_path / "nowhere", "abc"), "no run or archive")
