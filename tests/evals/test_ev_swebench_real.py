"""Real SWE-bench instances (tomli's fixes, a unittest-graded one) in images built offline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from evals import load_benchmark
from evals.grading import grade_patch
from evals.swebench_images import dockerfile, stage_repo
from ground.errors import BenchmarkError
from tests.evals.ev_fixtures import (
    SWEBENCH_DATA,
    commit_files,
    remove_image,
    swebench_records,
)

Built = tuple[Path, list[dict[str, Any]], dict[str, str]]
TOMLI = "hukkin__tomli-229"
MINICALC = "dgm-fixtures__minicalc-1"


def test_stored_instances_load_in_the_swebench_5_format(tmp_path: Path) -> None:
    bench = load_benchmark(f"swebench:{SWEBENCH_DATA / 'instances.jsonl'}", heldout_fraction=0)
    assert sorted(bench.ids) == sorted(["hukkin__tomli-229", "hukkin__tomli-175", MINICALC])
    for record in swebench_records():
        assert {"image", "eval_script", "log_parser", "eval_type"} <= set(record)
        start = record["eval_script"].index(": '>>>>> Start Test Output'")
        assert start < record["eval_script"].index(": '>>>>> End Test Output'")
        task = bench.task(record["instance_id"])
        assert task.fail_to_pass == record["FAIL_TO_PASS"] and task.pass_to_pass
        assert task.repo_path == "/testbed"


def test_the_made_here_instance_is_at_its_recorded_commit(tmp_path: Path) -> None:
    record = next(r for r in swebench_records() if r["instance_id"] == MINICALC)
    base = commit_files(SWEBENCH_DATA / "minicalc" / "repo", tmp_path / "r")
    assert base == record["base_commit"]


def test_the_dockerfile_installs_as_root_and_ends_as_our_user() -> None:
    text = dockerfile("base:1", "pip install -e .", with_wheels=True)
    lines = text.splitlines()
    assert lines[:2] == ["FROM base:1", "USER root"]
    assert lines[-1] == "USER 1000:1000"
    assert any("/wheels/*.whl" in line for line in lines)
    assert "cd /testbed\\npip install -e ." in text


def test_staging_a_commit_takes_its_tree_without_git(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    base = commit_files(SWEBENCH_DATA / "minicalc" / "repo", repo)
    (repo / "minicalc" / "stats.py").write_text("changed after the commit\n")
    stage_repo(repo, tmp_path / "staged", base)
    staged = (tmp_path / "staged" / "minicalc" / "stats.py").read_text()
    assert staged == (SWEBENCH_DATA / "minicalc/repo/minicalc/stats.py").read_text()
    assert not (tmp_path / "staged" / ".git").exists()


def test_staging_refuses_an_unknown_commit_and_a_plain_directory(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    commit_files(SWEBENCH_DATA / "minicalc" / "repo", repo)
    with pytest.raises(BenchmarkError, match="not in the git repository"):
        stage_repo(repo, tmp_path / "a", "0" * 40)
    with pytest.raises(BenchmarkError, match="not the top directory of a git checkout"):
        stage_repo(SWEBENCH_DATA / "minicalc", tmp_path / "b", "HEAD")  # inside our repo
    with pytest.raises(BenchmarkError, match="not the top directory of a git checkout"):
        stage_repo(repo / "minicalc", tmp_path / "b", "HEAD")
    with pytest.raises(BenchmarkError, match="not a directory"):
        stage_repo(tmp_path / "missing", tmp_path / "c")


@pytest.fixture(scope="module")
def built(real_swebench: Built) -> Built:
    """The stored instances with their images (built once per session)."""
    return real_swebench


def _task(built: Built, instance_id: str) -> Any:
    return load_benchmark(f"swebench:{built[0]}", heldout_fraction=0).task(instance_id)


def _record(built: Built, instance_id: str) -> dict[str, Any]:
    return next(r for r in built[1] if r["instance_id"] == instance_id)


def _run(tag: str, script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["docker", "run", "--rm", "--network", "none", "--entrypoint", "bash",
                           tag, "-c", script], capture_output=True, text=True, timeout=300)


@pytest.mark.docker
def test_the_image_holds_the_repo_installed_in_editable_mode(built: Built) -> None:
    res = _run(built[2][TOMLI], "id -u; python -c 'import tomli; print(tomli.__file__)'; "
                                "source /opt/venv/bin/activate; python -c 'import tomli; "
                                "print(tomli.__file__)'; test -r /testbed/src/tomli/_parser.py")
    assert res.returncode == 0, res.stderr
    assert res.stdout.split()[0] == "1000"
    assert "/testbed/src/tomli/__init__.py" in res.stdout


@pytest.mark.docker
def test_the_eval_script_runs_the_tests_at_base(built: Built) -> None:
    for instance_id in (TOMLI, MINICALC):
        record = _record(built, instance_id)
        res = _run(built[2][instance_id], record["eval_script"])
        out = res.stdout + res.stderr
        assert ">>>>> End Test Output" in out
        assert "passed" in out or "... ok" in out


@pytest.mark.docker
def test_build_image_from_the_cli(sandbox_image: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dgm.cli import cli

    repo = tmp_path / "repo"
    base = commit_files(SWEBENCH_DATA / "minicalc" / "repo", repo)
    (repo / "minicalc" / "stats.py").write_text("raise SystemExit('not the base commit')\n")
    tag = "dgm-test-swebench-cli:latest"
    wheel = next((SWEBENCH_DATA / "wheels").glob("flit_core-*.whl"))
    args = ["bench", "build-image", "--repo", str(repo), "--commit", base, "--tag", tag,
            "--base", sandbox_image, "--wheel", str(wheel), "--json", "--install",
            "/opt/venv/bin/pip install --no-index --no-deps --no-build-isolation -e ."]
    try:
        result = CliRunner().invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["tag"] == tag
        res = _run(tag, "cd /tmp && /opt/venv/bin/python -c "
                        "'from minicalc import median; print(median([3, 1, 2]))'")
        assert res.stdout.strip() == "2", res.stderr
    finally:
        from sandbox.client import client_for

        with client_for(None) as client:
            remove_image(client, tag)


@pytest.mark.docker
@pytest.mark.parametrize("args, message", [
    (["--commit", "0" * 40], "is not in the git repository"),
    (["--base", "dgm-test-no-such-image:none"], "base image dgm-test-no-such-image:none is not"),
])
def test_build_image_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    commit_files(SWEBENCH_DATA / "minicalc" / "repo", tmp_path / "repo")
    res = subprocess.run([sys.executable, "-m", "dgm", "bench", "build-image",
                          "--repo", str(tmp_path / "repo"), "--install", "true",
                          "--tag", "dgm-test-never-built:x", *args],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and message in res.stderr, res.stderr


def test_build_image_names_a_missing_repo_dir(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "dgm", "bench", "build-image",
                          "--repo", str(tmp_path / "nope"), "--install", "true", "--tag", "x:y"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 2 and "does not exist" in res.stderr
    assert res.stderr.count("\n") == 1


# Grading in /testbed with the instance's eval_script and log parser (evals/grading.py).

@pytest.mark.docker
@pytest.mark.parametrize("instance_id", [TOMLI, "hukkin__tomli-175", MINICALC])
def test_gold_patch_resolves(built: Built, instance_id: str) -> None:
    task = _task(built, instance_id)
    result = grade_patch(task, _record(built, instance_id)["patch"])
    assert result.resolved, result


@pytest.mark.docker
@pytest.mark.parametrize("instance_id", [TOMLI, MINICALC])
def test_empty_patch_does_not_resolve(built: Built, instance_id: str) -> None:
    result = grade_patch(_task(built, instance_id), "")
    assert not result.resolved and result.empty_patch
    assert instance_id != TOMLI or "tests/test_error.py::TestError::test_type_error" in (
        result.missing_tests)


@pytest.mark.docker
def test_a_patch_editing_the_tests_does_not_resolve(built: Built) -> None:
    record = _record(built, TOMLI)
    cheat = (record["test_patch"]
             .replace('"Expected str object, not \'bytes\'"', "str(exc_info.exception)")
             .replace('"Expected str object, not \'bool\'"', "str(exc_info.exception)"))
    # The test module rewritten so the new test passes against the unpatched parser.
    result = grade_patch(_task(built, TOMLI), cheat.replace("TypeError)", "Exception)"))
    assert not result.resolved, result
