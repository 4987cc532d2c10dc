"""`dgm replay`: an archived agent re-run in real sandboxes, from recordings or live."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from views_helpers import assert_user_error, dgm, fingerprint

SMALL_RUN = """\
name = "replayed"
seed = 0
[evolution]
generations = 1
attempts_per_generation = 1
[evaluation]
benchmark = "pytasks"
stages = [{ split = "small", min_score = 0.0, limit = 3 }]
workers = 2
agent_timeout_s = 120.0
top_k = 1
heldout_limit = 2
[executor]
workers = 1
[gateway]
provider = "toy"
model = "toy"
"""


@pytest.fixture(scope="module")
def real_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A real (toy-model) run of one generation; returns it and its newest agent."""
    base = tmp_path_factory.mktemp("replay")
    (base / "run.toml").write_text(SMALL_RUN)
    result = dgm("run", "--config", base / "run.toml", "--run-dir", base / "run")
    assert result.returncode == 0, result.stderr[-3000:]
    tree = json.loads(dgm("tree", base / "run", "--format", "json").stdout)
    newest = max(tree["agents"], key=lambda a: (a["iteration"], a["id"]))
    return base / "run", newest["id"]


def replay_json(*args: str | Path) -> tuple[int, dict]:
    result = dgm("replay", *args, "--json")
    assert result.returncode in (0, 1), result.stderr[-3000:]
    return result.returncode, json.loads(result.stdout)


@pytest.mark.docker
@pytest.mark.slow
def test_recorded_replay_reproduces_the_archive(real_run: tuple[Path, str],
                                                tmp_path: Path) -> None:
    run, agent = real_run
    before = fingerprint(run)
    code, report = replay_json(run, agent, "--recorded", "--out", tmp_path / "r")
    assert code == 0 and report["identical"] and report["mode"] == "recorded"
    assert report["verdict"] == "identical"
    assert len(report["tasks"]) == 3
    for task in report["tasks"]:
        assert task["same_outcome"] and task["same_patch"] and task["same"], task
        assert task["same_exchanges"] is True and task["divergence_detail"] is None
        assert task["replayed"] == task["archived"]
        exchanges = task["exchanges"]
        assert exchanges["served"] == exchanges["recorded"] > 0 and exchanges["failed"] == 0
        assert 0 <= exchanges["tolerated"] <= 1  # pytest's "in 0.02s" may differ, once
        assert task["divergence"] is None
    assert fingerprint(run) == before  # the run is only read
    ledger = [json.loads(x) for x in (tmp_path / "r" / "ledger.jsonl").read_text().splitlines()]
    assert ledger and {e["provider"] for e in ledger} == {"replay"}
    assert sum(e["usd"] for e in ledger) == 0
    assert json.loads((tmp_path / "r" / "replay.json").read_text())["identical"] is True


@pytest.mark.docker
@pytest.mark.slow
def test_replay_reports_differences_and_divergence(real_run: tuple[Path, str],
                                                   tmp_path: Path) -> None:
    run, agent = real_run
    copy = tmp_path / "copy"
    shutil.copytree(run, copy, symlinks=True)
    record = json.loads(dgm("show", copy, agent, "--json").stdout)
    attempt = record["extra"]["attempt_id"]
    saved = copy / "attempts" / attempt / "evaluate.json"
    evaluation = json.loads(saved.read_text())
    flipped = evaluation["value"]["results"][0]
    flipped["resolved"] = not flipped["resolved"]  # the archive now claims otherwise
    saved.write_text(json.dumps(evaluation))
    other = evaluation["value"]["results"][1]["task_id"]
    rec = copy / "recordings" / f"{attempt}_{other}_r0" / "000000.json"
    data = json.loads(rec.read_text())
    data["request"]["messages"][0]["content"] = "a request this agent never sent"
    rec.write_text(json.dumps(data))
    tasks = f"{flipped['task_id']},{other}"
    code, report = replay_json(copy, agent, "--recorded", "--tasks", tasks,
                               "--out", tmp_path / "r")
    assert code == 1 and not report["identical"] and report["verdict"] == "different"
    first, second = report["tasks"]
    assert first["task_id"] == flipped["task_id"] and not first["same_outcome"]
    assert first["replayed"]["resolved"] != first["archived"]["resolved"]
    assert second["divergence"] and "diverged" in second["divergence"]
    assert second["divergence_detail"]["field"] == "request.messages[0].content"
    assert second["divergence_detail"]["recorded"] == "a request this agent never sent"
    text = dgm("replay", copy, agent, "--recorded", "--tasks", flipped["task_id"],
               "--out", tmp_path / "r2")
    assert text.returncode == 1 and "DIFFERS" in text.stdout and "DIFFERENT" in text.stdout


@pytest.mark.docker
@pytest.mark.slow
def test_same_outcome_with_diverged_exchanges_is_not_reproduced(real_run: tuple[Path, str],
                                                                tmp_path: Path) -> None:
    run, agent = real_run
    copy = tmp_path / "copy"
    shutil.copytree(run, copy, symlinks=True)
    shown = json.loads(dgm("show", copy, agent, "--json").stdout)
    attempt, task = shown["extra"]["attempt_id"], shown["tasks"][0]["task_id"]
    last = sorted((copy / "recordings" / f"{attempt}_{task}_r0").glob("0*.json"))[-1]
    data = json.loads(last.read_text())
    changed = "a last request this agent never sent " * 20  # longer than any cut
    data["request"]["messages"][0]["content"] = changed
    last.write_text(json.dumps(data))
    result = dgm("replay", copy, agent, "--recorded", "--tasks", task, "--out", tmp_path / "r")
    assert result.returncode == 1, result.stderr[-3000:]
    assert "SAME OUTCOMES, DIVERGED EXCHANGES" in result.stdout  # the patch was made before
    assert "field:    request.messages[0].content" in result.stdout
    assert f"recorded: {changed}" in result.stdout
    report = json.loads((tmp_path / "r" / "replay.json").read_text())
    assert report["verdict"] == "same_outcomes_diverged_exchanges" and not report["identical"]
    (case,) = report["tasks"]
    assert case["same_outcome"] and case["same_exchanges"] is False and not case["same"]
    assert case["divergence_detail"]["recorded"] == changed


@pytest.mark.docker
@pytest.mark.slow
def test_live_replay_on_the_toy_model(real_run: tuple[Path, str], tmp_path: Path) -> None:
    run, agent = real_run
    task = json.loads(dgm("show", run, agent, "--json").stdout)["tasks"][0]["task_id"]
    code, report = replay_json(run, agent, "--model", "toy", "--tasks", task,
                               "--out", tmp_path / "live")
    assert report["mode"] == "live" and report["provider"] == "toy"
    assert code == 0 and report["tasks"][0]["same_outcome"]  # the toy model is deterministic


def test_replay_user_errors(synth: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, ids = synth
    agent = ids["output"]
    assert_user_error(dgm("replay", root, agent), "exactly one of --recorded or --model")
    assert_user_error(dgm("replay", root, agent, "--recorded", "--model", "toy"), "exactly one")
    assert_user_error(dgm("replay", root, agent, "--recorded"), "no recordings/")
    assert_user_error(dgm("replay", root, agent, "--model", "toy", "--tasks", "nope"),
                      "was not evaluated on nope")
    assert_user_error(dgm("replay", root, agent, "--model", "toy", "--out", root / "x"),
                      "inside the run")
    assert_user_error(dgm("replay", root, agent, "--model", "nosuch"), "unknown provider")
    assert not (root / "x").exists()
