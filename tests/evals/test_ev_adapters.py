"""Loading all four formats onto the same Task record (no sandbox)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from ev_fixtures import make_swebench_repo, write_polyglot

from evals import list_benchmarks, load_benchmark
from evals.humaneval import difficulty, spread
from ground.errors import BenchmarkError


def git_apply_check(repo: Path, patch: str, tmp: Path) -> None:
    (tmp / "check.diff").write_text(patch)
    done = subprocess.run(["git", "apply", "--check", str(tmp / "check.diff")], cwd=repo,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_humaneval(cache: Path, tmp_path: Path) -> None:
    bench = load_benchmark("humaneval", cache_dir=cache)
    assert len(bench.ids) == 164 and bench.ids[0] == "HumanEval-0"
    assert len(bench.split("small")) == 10 and len(bench.split("medium")) == 30
    assert set(bench.split("small")) <= set(bench.split("medium"))
    task = bench.task("HumanEval-38")
    assert task.repo_dir and (task.repo_dir / "solution.py").is_file()
    assert "encode_cyclic" in task.instructions and "def decode_cyclic" in task.instructions
    hidden = (task.hidden_tests_dir / "test_humaneval.py").read_text()
    assert "check(decode_cyclic)" in hidden and "from solution import *" in hidden
    repo = tmp_path / "repo"
    shutil.copytree(task.repo_dir, repo)
    git_apply_check(repo, task.solution_patch or "", tmp_path)
    assert load_benchmark("humaneval", cache_dir=cache).task("HumanEval-38").repo_dir == \
        task.repo_dir


def test_humaneval_helpers() -> None:
    assert spread([str(i) for i in range(10)], 4) == ["0", "3", "6", "9"]
    assert difficulty("    return x\n") == 1 and difficulty("\n".join(["a"] * 12)) == 3


def swebench_file(tmp_path: Path, jsonl: bool) -> tuple[Path, dict]:
    record = make_swebench_repo(tmp_path / "repo")
    path = tmp_path / ("instances.jsonl" if jsonl else "instances.json")
    path.write_text(json.dumps(record) + "\n" if jsonl else json.dumps([record]))
    return path, record


@pytest.mark.parametrize("jsonl", [True, False])
def test_swebench(tmp_path: Path, jsonl: bool) -> None:
    path, record = swebench_file(tmp_path, jsonl)
    bench = load_benchmark(str(path))
    task = bench.task("acme__calcpkg-1")
    assert task.repo_dir is None and task.repo_path == "/testbed"
    assert task.image == "sweb.eval.x86_64.acme_1776_calcpkg-1:latest"
    assert task.fail_to_pass == ["tests/test_ops.py::test_add"]
    assert task.pass_to_pass == ["tests/test_ops.py::test_sub"]
    assert task.test_command.endswith("tests/test_ops.py") and "-rA" in task.test_command
    assert task.hidden_tests_patch == record["test_patch"]
    assert task.solution_patch == record["patch"]
    assert task.instructions == record["problem_statement"]
    assert task.metadata["base_commit"] == record["base_commit"]


def test_swebench_image_options(tmp_path: Path) -> None:
    path, _ = swebench_file(tmp_path, True)
    templated = load_benchmark(f"swebench:{path}", image="env/{repo_slug}:{version}")
    assert templated.task("acme__calcpkg-1").image == "env/acme__calcpkg:0.1"
    (tmp_path / "map.json").write_text(json.dumps({"acme__calcpkg-1": "mine:1"}))
    mapped = load_benchmark(f"swebench:{path}", images=str(tmp_path / "map.json"))
    assert mapped.task("acme__calcpkg-1").image == "mine:1"
    with pytest.raises(BenchmarkError, match="unknown field"):
        load_benchmark(f"swebench:{path}", image="x/{nope}").task("acme__calcpkg-1")


def test_swebench_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    with pytest.raises(BenchmarkError, match="not valid JSON"):
        load_benchmark(str(bad))
    bad.write_text(json.dumps({"instance_id": "a__b-1", "patch": "nothing"}) + "\n")
    with pytest.raises(BenchmarkError, match="no gold patch"):
        load_benchmark(str(bad))
    with pytest.raises(BenchmarkError, match="does not exist"):
        load_benchmark(f"swebench:{tmp_path / 'missing.jsonl'}")


def test_polyglot(tmp_path: Path, cache: Path) -> None:
    root = write_polyglot(tmp_path / "polyglot")
    bench = load_benchmark(f"polyglot:{root}", cache_dir=cache)
    assert bench.ids == ["python__leap", "python__raindrops", "python__reverse-string"]
    task = bench.task("python__reverse-string")
    repo = task.repo_dir
    assert repo and sorted(p.name for p in repo.iterdir()) == ["reverse_string.py", "tests"]
    assert task.hidden_tests_target == "." and task.hidden_tests_dir
    assert [p.name for p in task.hidden_tests_dir.iterdir()] == ["reverse_string_test.py"]
    assert "Reverse a string" in task.instructions and "reversed()" in task.instructions
    assert task.test_command.endswith("reverse_string_test.py")
    assert [bench.task(i).difficulty for i in bench.ids] == [1, 3, 2]
    git_apply_check(repo, task.solution_patch or "", tmp_path)
    assert "text[::-1]" in (task.solution_patch or "")


def test_polyglot_errors(tmp_path: Path) -> None:
    root = write_polyglot(tmp_path / "polyglot")
    with pytest.raises(BenchmarkError, match="go/exercises/practice does not exist"):
        load_benchmark(f"polyglot:{root}", languages="go")
    with pytest.raises(BenchmarkError, match="unknown polyglot languages"):
        load_benchmark(f"polyglot:{root}", languages="cobol")
    with pytest.raises(BenchmarkError, match="does not exist"):
        load_benchmark(f"polyglot:{tmp_path / 'elsewhere'}")


def test_paths_are_detected(tmp_path: Path) -> None:
    root = write_polyglot(tmp_path / "polyglot")
    assert load_benchmark(str(root), cache_dir=tmp_path / "c").name == "polyglot"
    (tmp_path / "plain").mkdir()
    with pytest.raises(BenchmarkError, match="not a benchmark"):
        load_benchmark(str(tmp_path / "plain"))


def test_unknown_name_lists_the_valid_ones() -> None:
    with pytest.raises(BenchmarkError, match="pytasks, toyworld, humaneval"):
        load_benchmark("no-such-benchmark")


def test_list_benchmarks() -> None:
    infos = {info.name: info for info in list_benchmarks()}
    assert infos["pytasks"].tasks == len(load_benchmark("pytasks").ids)
    assert infos["pytasks"].splits["small"] == 10 and infos["humaneval"].tasks == 164
    assert infos["swebench"].tasks is None and infos["swebench"].usage == "swebench:PATH"
