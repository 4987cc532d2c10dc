"""`dgm run` and `dgm eval` given what a hurried user types: one line, exit 2, nothing left."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dgm.config import load_config
from dgm.runner import DEMO_CONFIG, prepare_new

REPO = Path(__file__).resolve().parents[2]


def dgm(*args: str | Path, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *map(str, args)], capture_output=True,
                          text=True, timeout=600, cwd=cwd, env=env)


def assert_one_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("dgm: error: "), result.stderr
    assert words in lines[0] and "Traceback" not in result.stderr


def test_without_config_a_run_takes_the_demo_values_and_its_directory_name(
        tmp_path: Path) -> None:
    _, config = prepare_new(None, str(tmp_path / "runs" / "first"), [])
    demo = load_config(DEMO_CONFIG)
    assert config.name == "first"
    assert {**config.to_dict(), "name": None} == {**demo.to_dict(), "name": None}
    assert config.evaluation.agent_timeout_s == demo.evaluation.agent_timeout_s
    assert config.budget.wall_hours == demo.budget.wall_hours


def test_a_name_in_the_config_or_on_the_command_line_wins(tmp_path: Path) -> None:
    named = tmp_path / "named.toml"
    named.write_text('name = "alpha"\n')
    assert prepare_new(named, str(tmp_path / "d1"), [])[1].name == "alpha"
    assert prepare_new(None, str(tmp_path / "d2"), ['name="beta"'])[1].name == "beta"
    assert prepare_new(None, None, [])[1].name == "demo"


@pytest.mark.parametrize("under", ["", "sub"])
def test_run_dir_that_is_a_file(tmp_path: Path, under: str) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("keep me")
    assert_one_line(dgm("run", "--run-dir", a_file / under if under else a_file), "is a file")
    assert a_file.read_text() == "keep me"


def test_config_errors_point_at_the_set_or_the_file(tmp_path: Path) -> None:
    bad_set = dgm("run", "--run-dir", tmp_path / "r", "--set", "evolution.generations=abc")
    assert_one_line(bad_set, "--set evolution.generations")
    assert "config file" not in bad_set.stderr
    bad_file = tmp_path / "bad.toml"
    bad_file.write_text('[evolution]\nattempts_per_generation = 0\n')
    result = dgm("run", "--config", bad_file, "--run-dir", tmp_path / "r")
    assert_one_line(result, str(bad_file))
    model = dgm("eval", REPO / "agents_archive" / "seed", "--benchmark", "pytasks",
                "--model", "nosuch")
    assert_one_line(model, "--model")
    assert "[gateway]" not in model.stderr
    assert not (tmp_path / "r").exists()


def test_a_bad_benchmark_leaves_no_run_behind(tmp_path: Path) -> None:
    result = dgm("run", "--set", "evaluation.benchmark=nope", "--run-dir", tmp_path / "R")
    assert_one_line(result, "nope")
    assert not (tmp_path / "R").exists()


def test_eval_without_docker_creates_no_out_dir(tmp_path: Path) -> None:
    env = {**os.environ, "DOCKER_HOST": f"unix://{tmp_path}/no-docker.sock"}
    result = dgm("eval", REPO / "agents_archive" / "seed", "--benchmark", "pytasks",
                 "--out", tmp_path / "out", env=env)
    assert_one_line(result, "Docker")
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()


@pytest.mark.docker
def test_a_new_run_failing_after_it_was_set_up_leaves_nothing(tmp_path: Path,
                                                              sandbox_image: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ANTHROPIC_API_KEY"}
    args = ("run", "--set", 'gateway.provider="anthropic"', "--generations", "1")
    assert_one_line(dgm(*args, "--run-dir", tmp_path / "new", env=env), "ANTHROPIC_API_KEY")
    assert not (tmp_path / "new").exists()
    (tmp_path / "empty").mkdir()
    assert_one_line(dgm(*args, "--run-dir", tmp_path / "empty", env=env), "ANTHROPIC_API_KEY")
    assert list((tmp_path / "empty").iterdir()) == []
    again = dgm(*args, "--run-dir", tmp_path / "new", env=env)  # same error, not "resume it"
    assert_one_line(again, "ANTHROPIC_API_KEY")


@pytest.mark.docker
def test_eval_without_a_key_creates_no_out_dir(tmp_path: Path, sandbox_image: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ANTHROPIC_API_KEY"}
    result = dgm("eval", REPO / "agents_archive" / "seed", "--benchmark", "pytasks",
                 "--model", "anthropic", "--out", tmp_path / "out", env=env)
    assert_one_line(result, "ANTHROPIC_API_KEY")
    assert result.stdout == "" and not (tmp_path / "out").exists()


def test_a_heldout_smoke_task_is_refused(tmp_path: Path) -> None:
    from evals import load_benchmark

    heldout = load_benchmark("pytasks").split("heldout")[0]
    result = dgm("run", "--set", f'evaluation.smoke_task="{heldout}"', "--run-dir",
                 tmp_path / "r")
    assert_one_line(result, "held-out")
    assert not (tmp_path / "r").exists()
