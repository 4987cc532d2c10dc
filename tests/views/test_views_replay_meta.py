"""`dgm replay --meta`: the meta agent run that made an agent, re-run in a real sandbox."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from views_helpers import assert_user_error, dgm, fingerprint

from dgm.evolution.export import MANIFEST, export_manifest
from dgm.views.replay_meta import check_export
from ground.errors import DgmError

# One generation of one attempt on three tasks; with seed 1 the toy's meta run makes a
# child that passes smoke and is archived (seed 0's first child is broken).
HYPER_RUN = """\
name = "metareplay"
seed = 1
[evolution]
mode = "hyperagent"
generations = 1
attempts_per_generation = 1
[evaluation]
benchmark = "toyworld"
stages = [{ split = "small", min_score = 0.0, limit = 3 }]
workers = 2
agent_timeout_s = 120.0
top_k = 0
[executor]
workers = 1
[gateway]
provider = "toy"
model = "toy"
[gateway.providers.toy]
world = "open"
bug_rate = 0.15
"""
CHANGED = "a request this meta agent never sent"


@pytest.fixture(scope="module")
def hyper_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A real (toy-model) hyperagent run of one attempt: the run, its child, its attempt."""
    base = tmp_path_factory.mktemp("replay_meta")
    (base / "run.toml").write_text(HYPER_RUN)
    result = subprocess.run([sys.executable, "-m", "dgm", "run", "--config", str(base / "run.toml"),
                             "--run-dir", str(base / "run")], capture_output=True, text=True,
                            timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    tree = json.loads(dgm("tree", base / "run", "--format", "json").stdout)
    (child,) = [a for a in tree["agents"] if a["parent"]]  # if not: pick another seed
    shown = json.loads(dgm("show", base / "run", child["id"], "--json").stdout)
    return base / "run", child["id"], shown["extra"]["attempt_id"]


def replay_json(*args: str | Path) -> tuple[int, dict]:
    result = dgm("replay", *args, "--meta", "--json")
    assert result.returncode in (0, 1), result.stderr[-3000:]
    return result.returncode, json.loads(result.stdout)


def alter_recording(run: Path, attempt: str, which: int) -> None:
    """Make one recorded request of the meta run one it never sent."""
    path = sorted((run / "recordings" / attempt).glob("0*.json"))[which]
    data = json.loads(path.read_text())
    data["request"]["messages"][0]["content"] = CHANGED
    path.write_text(json.dumps(data))


@pytest.mark.docker
@pytest.mark.slow
def test_recorded_meta_replay_is_identical(hyper_run: tuple[Path, str, str],
                                           tmp_path: Path) -> None:
    run, agent, attempt = hyper_run
    before = fingerprint(run)
    code, report = replay_json(run, agent, "--recorded", "--out", tmp_path / "r")
    assert code == 0 and report["verdict"] == "identical" and report["identical"]
    assert report["mode"] == "recorded" and report["attempt"] == attempt
    assert report["meta_agent"] == report["parent"] and report["export_files"] > 3
    (case,) = report["tasks"]
    assert case["task_id"] == "meta_agent" and case["same"] and case["same_patch"]
    assert case["replayed"] == case["archived"] and case["archived"]["summary"]
    exchanges = case["exchanges"]
    assert exchanges["served"] == exchanges["recorded"] > 1 and exchanges["failed"] == 0
    patch = (run / "attempts" / attempt / "child.patch").read_text()
    assert patch.strip() and (tmp_path / "r" / "child.patch").read_text() == patch
    ledger = [json.loads(x) for x in (tmp_path / "r" / "ledger.jsonl").read_text().splitlines()]
    assert {(e["provider"], e["role"], e["attempt_id"]) for e in ledger} == \
        {("replay", "meta_agent", attempt)}
    assert fingerprint(run) == before  # the run is only read
    text = dgm("replay", run, agent, "--meta", "--recorded", "--out", tmp_path / "r2")
    assert text.returncode == 0, text.stderr[-3000:]
    assert "same     meta_agent: archived exit 0, replayed exit 0  same patch" in text.stdout
    assert "identical: 1/1 outcomes as archived, every recorded exchange" in text.stdout


@pytest.mark.docker
@pytest.mark.slow
def test_an_altered_recording_is_not_identical(hyper_run: tuple[Path, str, str],
                                               tmp_path: Path) -> None:
    run, agent, attempt = hyper_run
    copy = tmp_path / "copy"
    shutil.copytree(run, copy, symlinks=True)
    alter_recording(copy, attempt, -1)  # the inner coding agent's last request
    code, report = replay_json(copy, agent, "--recorded", "--out", tmp_path / "last")
    (case,) = report["tasks"]
    assert code == 1 and report["verdict"] == "same_outcomes_diverged_exchanges"
    assert case["same_patch"] and case["same_exchanges"] is False  # the edit was made before
    assert case["divergence_detail"]["recorded"] == CHANGED
    shutil.rmtree(copy / "recordings" / attempt)
    shutil.copytree(run / "recordings" / attempt, copy / "recordings" / attempt)
    alter_recording(copy, attempt, 0)  # the diagnosis: no answer, so no change
    code, report = replay_json(copy, agent, "--recorded", "--out", tmp_path / "first")
    (case,) = report["tasks"]
    assert code == 1 and report["verdict"] == "different" and not report["identical"]
    assert case["same_patch"] is False and case["replayed"]["summary"] == {}
    assert case["divergence_detail"]["field"] == "request.messages[0].content"
    assert "diverged" in case["divergence"] and case["exchanges"]["served"] == 0
    text = dgm("replay", copy, agent, "--meta", "--recorded", "--out", tmp_path / "first2")
    assert text.returncode == 1 and "DIFFERS  meta_agent" in text.stdout
    assert "other patch" in text.stdout and "DIFFERENT: 0/1 outcomes" in text.stdout


@pytest.mark.docker
@pytest.mark.slow
def test_an_altered_or_missing_export_is_refused(hyper_run: tuple[Path, str, str],
                                                 tmp_path: Path) -> None:
    run, agent, attempt = hyper_run
    copy = tmp_path / "copy"
    shutil.copytree(run, copy, symlinks=True)
    export = copy / "attempts" / attempt / "export"
    listed = json.loads((export / MANIFEST).read_text())["files"]
    assert "context.json" in listed
    context = export / "context.json"
    text = context.read_text()
    assert '"iterations_left": 0' in text
    context.write_text(text.replace('"iterations_left": 0', '"iterations_left": 9'))
    before = fingerprint(copy)
    assert_user_error(dgm("replay", copy, agent, "--meta", "--recorded", "--out", tmp_path / "r"),
                      "export was altered since the run: 1 file(s) differ from its export.json "
                      "(context.json)")
    assert fingerprint(copy) == before and not (tmp_path / "r").exists()
    shutil.rmtree(export)
    assert_user_error(dgm("replay", copy, agent, "--meta", "--model", "toy"), "export is gone")


def test_check_export_names_what_changed(tmp_path: Path) -> None:
    export = tmp_path / "export"
    (export / "agents" / "a").mkdir(parents=True)
    (export / "context.json").write_text('{"v": 1}\n')
    (export / "agents" / "a" / "diff.patch").write_text("diff\n")
    (export / MANIFEST).write_text(json.dumps(export_manifest(export)))
    assert sorted(check_export(export, "g001a00")) == ["agents/a/diff.patch", "context.json"]
    (export / "agents" / "a" / "diff.patch").write_text("diff!\n")
    (export / "extra.txt").write_text("new\n")
    with pytest.raises(DgmError, match=r"g001a00's export was altered since the run: 2 file\(s\) "
                                       r"differ from its export.json \(agents/a/diff.patch, "
                                       r"extra.txt\)"):
        check_export(export, "g001a00")
    (export / MANIFEST).unlink()
    with pytest.raises(DgmError, match="g001a00's export is gone"):
        check_export(export, "g001a00")


def test_meta_replay_user_errors(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    assert_user_error(dgm("replay", root, ids["output"], "--meta", "--recorded"),
                      "was not made by a meta agent (attempt g002a00 has no meta_agent.json")
    assert_user_error(dgm("replay", root, ids["seed"], "--meta", "--recorded"),
                      "pick a child")
    assert_user_error(dgm("replay", root, ids["output"], "--meta", "--recorded", "--tasks", "a"),
                      "--tasks does not go with --meta")
    assert_user_error(dgm("replay", root, ids["output"], "--meta"),
                      "exactly one of --recorded or --model")
    help_text = dgm("replay", "--help").stdout
    assert "--meta" in help_text and "meta agent run that made AGENT" in help_text
    assert "export" in help_text and "export.json is refused" in " ".join(help_text.split())
